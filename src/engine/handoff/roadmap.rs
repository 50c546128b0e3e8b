//! « Ma feuille de route » in words: the next step for each barrier (who, where, when, what to
//! bring), and the plain-text summary a resident copies or sends by e-mail.

use crate::engine::contacts::card::Card;
use crate::engine::contacts::hours::{self, LocalTime};
/// Moved to the contacts engine, with the week in words; kept here for the callers.
pub use crate::engine::contacts::opening::opening;
use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::messages::Catalog;

/// A barrier the resident wants help with, and who can help.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub field: String,
    pub level: Option<Level>,
    pub cards: Vec<Card>,
}

/// The next step for a barrier, from the contact to call first.
pub fn next_step(t: &Catalog, field: &str, card: &Card, now: LocalTime) -> Vec<String> {
    let who = &card.title;
    let mut lines = vec![match (&card.address, card.walk_in, &card.phone, &card.web) {
        (Some(a), true, _, _) => t.format("ui-next-walk-in", &[("who", who), ("address", a)]),
        (_, _, Some((phone, _)), _) => t.format("ui-next-call", &[("who", who), ("phone", phone)]),
        (Some(a), false, None, _) => t.format("ui-next-go", &[("who", who), ("address", a)]),
        (None, _, None, Some(_)) => t.format("ui-next-online", &[("who", who)]),
        _ => t.format("ui-next-ask", &[("who", who)]),
    }];
    if let Some(h) = &card.hours {
        lines.push(opening(t, h, now, card.address.as_deref().and_then(hours::departement)));
    }
    let bring = format!("field-{field}-bring");
    if Catalog::has(&bring) {
        lines.push(t.format("ui-next-bring", &[("bring", t.t(&bring))]));
    }
    lines
}

/// The roadmap as plain text, for the clipboard and an e-mail.
pub fn summary(t: &Catalog, items: &[Item], date: &str, partner: Option<&str>, link: &str, now: LocalTime) -> String {
    let mut out = format!("{}\n{}", t.t("ui-roadmap-title"), t.format("ui-roadmap-date", &[("date", date)]));
    if let Some(p) = partner {
        out.push_str(&format!(" · {}", t.format("ui-partner", &[("partner", p)])));
    }
    out.push('\n');
    if items.is_empty() {
        out.push_str(&format!("\n{}\n", t.t("ui-roadmap-empty")));
    }
    for (i, item) in items.iter().enumerate() {
        out.push_str(&format!("\n{}. {}\n", i + 1, t.t(&format!("field-{}", item.field))));
        if let Some(first) = item.cards.first() {
            for line in next_step(t, &item.field, first, now) {
                out.push_str(&format!("   {line}\n"));
            }
        }
        for c in &item.cards {
            let mut line = format!("   - {}", c.title);
            if let Some((phone, _)) = &c.phone {
                line.push_str(&format!(" · {phone}"));
            }
            if let Some(a) = &c.address {
                line.push_str(&format!(" · {a}"));
            }
            if let Some(w) = &c.web {
                line.push_str(&format!(" · {w}"));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str(&format!("\n{}\n{link}\n", t.t("ui-roadmap-link")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A weekday of the week of Monday 7 December 2026, no holiday in it.
    fn at(weekday: u8, minutes: u16) -> LocalTime {
        LocalTime { year: 2026, month: 12, day: 7 + weekday, weekday, minutes }
    }

    fn card() -> Card {
        Card {
            id: "s".into(),
            title: "Relais petite enfance".into(),
            organisation: None,
            summary: "Une animatrice vous aide.".into(),
            why: "why-famille-garde-aucune".into(),
            first: true,
            professional: false,
            free: Some(true),
            walk_in: true,
            remote: false,
            in_person: true,
            distance: Some("400 m".into()),
            phone: Some(("01 99 00 13 30".into(), "tel:0199001330".into())),
            web: None,
            email: None,
            address: Some("6 rue de la Crèche, 93900 Villeneuve-sur-Demo".into()),
            map: None,
            hours: Some("Mo-Fr 09:00-12:00,13:30-17:00".into()),
        }
    }

    #[test]
    fn the_next_step_says_who_where_when_and_what_to_bring() {
        let t = Catalog::new("fr");
        let lines = next_step(&t, "famille", &card(), at(0, 10 * 60));
        assert_eq!(
            lines[0],
            "Allez voir Relais petite enfance, sans rendez-vous : 6 rue de la Crèche, 93900 Villeneuve-sur-Demo."
        );
        assert_eq!(lines[1], "Ouvert maintenant, jusqu'à 12 h");
        assert!(lines[2].starts_with("À apporter : "), "{}", lines[2]);
        let call = Card { walk_in: false, ..card() };
        assert!(next_step(&t, "famille", &call, at(5, 600))[0]
            .starts_with("Appelez Relais petite enfance au 01 99 00 13 30"));
        assert_eq!(
            next_step(&t, "famille", &card(), at(0, 12 * 60 + 15))[1],
            "Fermé maintenant. Ouvre aujourd'hui à 13 h 30"
        );
        let raw = Card { hours: Some("sur rendez-vous".into()), ..card() };
        assert_eq!(next_step(&t, "famille", &raw, at(0, 0))[1], "Horaires : sur rendez-vous");
    }

    #[test]
    fn the_summary_is_plain_text_with_every_contact_and_the_link() {
        let t = Catalog::new("fr");
        let items = vec![Item { field: "famille".into(), level: Some(Level::Frein), cards: vec![card()] }];
        let s = summary(&t, &items, "22/11/2026", Some("Centre social"), "https://x/widget.html#r=1", at(0, 600));
        for needle in [
            "Ma feuille de route",
            "22/11/2026",
            "Proposé par Centre social",
            "1. Famille",
            "Relais petite enfance · 01 99 00 13 30",
            "https://x/widget.html#r=1",
        ] {
            assert!(s.contains(needle), "«{needle}» missing from:\n{s}");
        }
        assert!(!s.contains('<'));
        assert!(summary(&t, &[], "d", None, "l", at(0, 0)).contains(t.t("ui-roadmap-empty")));
    }
}
