//! What a contact card shows, ready to render: a resident should be able to act on it at once
//! (call, go, book), and only safe links are ever produced.

use crate::engine::contacts::matching::Match;
use crate::engine::contacts::sun::{self, Observer};
use crate::engine::formats::{encode_query, is_web_url, mailto_href, tel_href};

/// A number to call: « 03 20 00 00 00 / 06 12 34 56 78 » is shown whole and calls the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As written.
    pub shown: String,
    /// The `tel:` link to its first dialable French number.
    pub href: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub organisation: Option<String>,
    /// The description's first sentence, cut cleanly.
    pub summary: String,
    /// Message key completing « Parce que vous avez dit : … ».
    pub why: String,
    pub first: bool,
    pub professional: bool,
    /// Answers an urgent need and can be reached now.
    pub open_now: bool,
    pub free: Option<bool>,
    pub walk_in: bool,
    pub remote: bool,
    pub in_person: bool,
    /// How far, rounded as it is said; the words are the language's (`Distance::said`).
    pub distance: Option<Distance>,
    /// A phone without a dialable French number has no button.
    pub phone: Option<Phone>,
    pub web: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub map: Option<String>,
    pub hours: Option<String>,
    /// The service's own `conditions_acces` (prerequisites, papers).
    pub conditions: Option<String>,
    /// For Alsace-Moselle's own public holidays (`Service::departement`).
    pub departement: Option<String>,
    /// Its coordinates and clock, for hours set by the sun (`sunrise-sunset`).
    pub place: Option<Observer>,
    /// What the service helps with: its data·inclusion thématiques (codes).
    pub thematiques: Vec<String>,
}

const SUMMARY_MAX: usize = 180;

/// The first sentence, or the first `SUMMARY_MAX` characters cut at a word, with "…".
pub fn summary(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut end = None;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && i >= 20 && text[i + 1..].starts_with(' ') {
            end = Some(i + 1);
            break;
        }
    }
    let sentence = &text[..end.unwrap_or(text.len())];
    if sentence.chars().count() <= SUMMARY_MAX {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(SUMMARY_MAX).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > SUMMARY_MAX / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// A distance as a resident reads it: hundreds of metres under 1 km, else kilometres to a tenth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distance {
    Metres(u32),
    Tenths(u32),
}

/// Rounded without float formatting in the bundle.
pub fn distance(km: f64) -> Distance {
    if km < 1.0 {
        Distance::Metres(((km * 10.0).round() as u32).max(1) * 100)
    } else {
        Distance::Tenths((km * 10.0).round() as u32)
    }
}

impl Distance {
    /// "2,3 km" in French, "2.3 km" in English, « 2,3 كم » in Arabic: the number and unit are the
    /// language's (`ui-distance-*`), not French everywhere.
    pub fn said(self, t: &crate::engine::messages::Catalog) -> String {
        use crate::engine::messages::keys;
        match self {
            Distance::Metres(m) => t.format(keys::UI_DISTANCE_M, &[("m", &m.to_string())]),
            // One placeable for the number: Arabic isolates each placeable, and « 2 », « , », « 6 » each
            // isolated in a right-to-left line read « 6,2 ».
            Distance::Tenths(n) => {
                let km = format!("{}{}{}", n / 10, t.t(keys::UI_DECIMAL_MARK), n % 10);
                t.format(keys::UI_DISTANCE_KM, &[("km", &km)])
            }
        }
    }
}

/// Coordinates for a map link, to 5 decimals (about a metre), without float formatting.
fn coord(x: f64) -> String {
    let n = (x * 100_000.0).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    format!("{sign}{}.{:05}", n / 100_000, n % 100_000)
}

pub fn card(m: &Match) -> Card {
    let s = m.service;
    let address = s.adresse.as_ref().map(|a| {
        let town = [s.code_postal.as_deref(), s.commune.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        if town.is_empty() {
            a.clone()
        } else {
            format!("{a}, {town}")
        }
    });
    let in_person =
        s.modes_accueil.iter().any(|x| x == "en-presentiel") || (s.modes_accueil.is_empty() && address.is_some());
    let map = match (s.latitude, s.longitude, &address) {
        _ if !in_person => None,
        (Some(la), Some(lo), _) => Some(format!(
            "https://www.openstreetmap.org/?mlat={}&mlon={}#map=18/{}/{}",
            coord(la),
            coord(lo),
            coord(la),
            coord(lo)
        )),
        (_, _, Some(a)) => Some(format!("https://www.openstreetmap.org/search?query={}", encode_query(a))),
        _ => None,
    };
    let phone = s.telephone.as_ref().or(m.structure.and_then(|st| st.telephone.as_ref()));
    Card {
        id: s.id.clone(),
        title: s.nom.clone(),
        organisation: m.structure.map(|st| st.nom.clone()).filter(|n| *n != s.nom),
        summary: summary(&s.description),
        why: m.why.clone(),
        first: m.first,
        professional: m.professional,
        open_now: m.open_now,
        free: s.gratuit,
        walk_in: s.modes_mobilisation.iter().any(|x| x == "se-presenter"),
        remote: m.remote,
        in_person,
        distance: m.km.filter(|_| in_person).map(distance),
        phone: phone.and_then(|p| tel_href(p).map(|href| Phone { shown: p.clone(), href })),
        web: s.lien_mobilisation.clone().or(m.structure.and_then(|st| st.site_web.clone())).filter(|u| is_web_url(u)),
        email: s.courriel.as_deref().map(mailto_href),
        address: address.filter(|_| in_person),
        map,
        hours: s.horaires_accueil.clone(),
        conditions: s.conditions_acces.clone(),
        departement: s.departement().map(String::from),
        place: sun::place(s.latitude, s.longitude, s.code_postal.as_deref().or(s.code_insee.as_deref())),
        thematiques: s.thematiques.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_one_clean_sentence() {
        assert_eq!(
            summary("Un conseiller vous aide à trouver une garde. Ensuite, il vous accompagne."),
            "Un conseiller vous aide à trouver une garde."
        );
        assert_eq!(
            summary("Court. Puis une suite."),
            "Court. Puis une suite.",
            "too short to be a sentence of its own"
        );
        let long = "mot ".repeat(100);
        let s = summary(&long);
        assert!(s.ends_with('…') && s.chars().count() <= SUMMARY_MAX + 1 && !s.contains("  "), "{s}");
        assert_eq!(summary("  Espaces \n multiples  "), "Espaces multiples");
        assert_eq!(summary("Prix : 3.50 € par séance, sur place."), "Prix : 3.50 € par séance, sur place.");
    }

    #[test]
    fn links_are_safe() {
        assert_eq!(tel_href("01 99 00 12 34").as_deref(), Some("tel:0199001234"));
        assert_eq!(tel_href("+33 1 99 00 12 34").as_deref(), Some("tel:+33199001234"));
        assert_eq!(tel_href("javascript:alert(1)"), None);
        // A free-text phone: the link calls the first dialable number; the text shows them all.
        assert_eq!(tel_href("03 20 00 00 00 / 06 12 34 56 78").as_deref(), Some("tel:0320000000"));
        assert_eq!(tel_href("appelez le standard"), None);
        assert_eq!(encode_query("12 allée des Tilleuls & co"), "12%20all%C3%A9e%20des%20Tilleuls%20%26%20co");
    }

    #[test]
    fn distances_and_coordinates() {
        let said = |km, lang| distance(km).said(&crate::engine::messages::Catalog::new(lang));
        assert_eq!(said(2.345, "fr"), "2,3 km");
        assert_eq!(said(0.81, "fr"), "800 m");
        assert_eq!(said(0.01, "fr"), "100 m");
        assert_eq!(said(12.0, "fr"), "12,0 km");
        assert_eq!(said(2.345, "en"), "2.3 km", "an English decimal point");
        assert_eq!(said(0.81, "en"), "800 m");
        // In Arabic the number is one isolated run, so that a right-to-left line keeps it 2,3.
        assert!(said(2.345, "ar").contains("2,3") && said(2.345, "ar").ends_with("كم"), "{}", said(2.345, "ar"));
        assert_eq!(coord(48.935), "48.93500");
        assert_eq!(coord(-0.5), "-0.50000");
    }
}
