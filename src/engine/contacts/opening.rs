//! Opening hours in words: where a contact stands now (« Ouvert maintenant, jusqu'à 17 h »), and its
//! week for paper (« lun.–ven. 9 h–12 h, 14 h–17 h ; fermé les jours fériés »). What the reader
//! cannot be sure of is shown as written.

use crate::engine::contacts::hours::{self, LocalTime, State};
use crate::engine::messages::Catalog;

pub(crate) fn time(t: &Catalog, minutes: u16) -> String {
    let (h, m) = ((minutes / 60) % 24, minutes % 60);
    if m == 0 {
        t.format("ui-time-h", &[("h", &h.to_string())])
    } else {
        t.format("ui-time-hm", &[("h", &h.to_string()), ("m", &format!("{m:02}"))])
    }
}

/// "Ouvert maintenant, jusqu'à 17 h", "Ouvre lundi à 9 h", "Ouvert 24 h/24", or the hours as
/// written when they cannot be read. `departement` ("57"…) for Alsace-Moselle's holidays.
pub fn opening(t: &Catalog, text: &str, now: LocalTime, departement: Option<&str>) -> String {
    let raw = || t.format("ui-contact-hours", &[("hours", text)]);
    let Some(schedule) = hours::parse(text) else { return raw() };
    let s = hours::status(&schedule, now, departement);
    let day = |at: &LocalTime| t.t(&format!("ui-day-{}", at.weekday)).to_string();
    let line = match (s.state, s.next) {
        (State::Open, None) => t.t("ui-open-always").to_string(),
        (State::Open, Some((at, _, 0))) => t.format("ui-open-until", &[("time", &time(t, at.minutes))]),
        (State::Open, Some((at, _, 1))) if at.minutes == 0 => t.t("ui-open-until-midnight").to_string(),
        (State::Open, Some((at, _, 1))) => t.format("ui-open-until-tomorrow", &[("time", &time(t, at.minutes))]),
        (State::Open, Some((at, _, _))) => {
            t.format("ui-open-until-day", &[("day", &day(&at)), ("time", &time(t, at.minutes))])
        }
        (State::Closed, Some((at, State::Open, n))) => {
            let when = time(t, at.minutes);
            match n {
                0 => t.format("ui-opens-today", &[("time", &when)]),
                1 => t.format("ui-opens-tomorrow", &[("time", &when)]),
                2..=6 => t.format("ui-opens-on", &[("day", &day(&at)), ("time", &when)]),
                _ => {
                    let date = t.format(
                        "ui-day-month",
                        &[("d", &at.day.to_string()), ("month", t.t(&format!("ui-month-{}", at.month)))],
                    );
                    t.format("ui-opens-date", &[("day", &day(&at)), ("date", &date), ("time", &when)])
                }
            }
        }
        (State::Unknown, _) => {
            return match s.comment {
                Some(c) if !c.is_empty() => t.format("ui-hours-unknown", &[("comment", &c)]),
                _ => raw(),
            };
        }
        // Closed for good, or until a time the text only describes: as written.
        _ => return raw(),
    };
    match s.comment {
        Some(c) if !c.is_empty() => t.format("ui-hours-comment", &[("status", &line), ("comment", &c)]),
        _ => line,
    }
}

/// The week in words, for paper: « lun.–ven. 9 h–12 h, 14 h–17 h ; sam. 9 h–12 h ; fermé les jours
/// fériés ». None when the text says more than weekdays and times (months, weeks, comments…).
pub fn weekly(t: &Catalog, text: &str) -> Option<String> {
    let (mut week, ph_off) = hours::parse(text)?.plain_week()?;
    if week.iter().all(|d| d == &[(0, 1440)]) {
        let always = t.t("ui-week-always").to_string();
        return Some(if ph_off {
            t.format("ui-week-and", &[("a", &always), ("b", t.t("ui-week-ph-off"))])
        } else {
            always
        });
    }
    // A night past midnight is said on the day it starts: « ven. 22 h–2 h ».
    for d in 0..7 {
        let next = (d + 1) % 7;
        if week[d].last().is_some_and(|s| s.1 == 1440 && s.0 > 0)
            && week[next].first().is_some_and(|s| s.0 == 0 && s.1 < 1440)
        {
            let (_, end) = week[next].remove(0);
            week[d].last_mut()?.1 = 1440 + end;
        }
    }
    let range = |a: String, b: String| t.format("ui-range", &[("from", &a), ("to", &b)]);
    let mut parts: Vec<String> = Vec::new();
    let mut d = 0;
    while d < 7 {
        let mut e = d;
        while e + 1 < 7 && week[e + 1] == week[d] {
            e += 1;
        }
        if !week[d].is_empty() {
            let short = |k: usize| t.t(&format!("ui-day-short-{k}")).to_string();
            let days = match e - d {
                0 => short(d),
                1 => t.format("ui-list", &[("a", &short(d)), ("b", &short(e))]),
                _ => range(short(d), short(e)),
            };
            let times = week[d]
                .iter()
                .map(|&(s, e)| range(time(t, s), time(t, e % 1440)))
                .reduce(|a, b| t.format("ui-list", &[("a", &a), ("b", &b)]))?;
            parts.push(t.format("ui-week-day", &[("days", &days), ("times", &times)]));
        }
        d = e + 1;
    }
    if ph_off {
        parts.push(t.t("ui-week-ph-off").to_string());
    }
    parts.into_iter().reduce(|a, b| t.format("ui-week-and", &[("a", &a), ("b", &b)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(year: i32, month: u8, day: u8, minutes: u16) -> LocalTime {
        let d = hours::days(year, month, day);
        LocalTime { year, month, day, weekday: (d + 3).rem_euclid(7) as u8, minutes }
    }

    #[test]
    fn christmas_and_always() {
        let t = Catalog::new("fr");
        let christmas = at(2026, 12, 25, 600);
        assert_eq!(opening(&t, "Mo-Fr 08:30-12:00; PH off", christmas, None), "Fermé maintenant. Ouvre lundi à 8 h 30");
        assert_eq!(opening(&t, "24/7", christmas, None), "Ouvert 24 h/24");
        assert_eq!(
            opening(&t, "Mo-Fr 22:00-06:00", at(2026, 12, 7, 23 * 60), None),
            "Ouvert maintenant, jusqu'à 6 h demain"
        );
        assert_eq!(
            opening(&t, "Mo-Fr 08:00-24:00", at(2026, 12, 7, 23 * 60), None),
            "Ouvert maintenant, jusqu'à minuit"
        );
        assert_eq!(
            opening(&t, "Fr 08:30-12:00; PH off", at(2026, 12, 18, 13 * 60), None),
            "Fermé maintenant. Ouvre vendredi 8 janvier à 8 h 30"
        );
        assert_eq!(
            opening(&t, "Mo-Fr 09:00-12:00 open \"sur rendez-vous\"", at(2026, 12, 7, 600), None),
            "Ouvert maintenant, jusqu'à 12 h (sur rendez-vous)"
        );
        assert_eq!(opening(&t, "\"sur rendez-vous\"", christmas, None), "Horaires à vérifier : sur rendez-vous");
        assert_eq!(opening(&t, "du lundi au vendredi", christmas, None), "Horaires : du lundi au vendredi");
        assert_eq!(
            opening(&t, "Mo-Fr 09:00-12:00; PH off", at(2026, 12, 26, 600), Some("67")),
            "Fermé maintenant. Ouvre lundi à 9 h"
        );
        // Good Friday in Alsace.
        let good_friday = at(2026, 4, 3, 600);
        assert_eq!(opening(&t, "Mo-Fr 09:00-12:00; PH off", good_friday, None), "Ouvert maintenant, jusqu'à 12 h");
        assert_eq!(
            opening(&t, "Mo-Fr 09:00-12:00; PH off", good_friday, Some("68")),
            "Fermé maintenant. Ouvre mardi à 9 h"
        );
    }

    #[test]
    fn the_week_in_words() {
        let t = Catalog::new("fr");
        assert_eq!(
            weekly(&t, "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off").as_deref(),
            Some("lun.–ven. 9 h–12 h, 14 h–17 h ; sam. 9 h–12 h ; fermé les jours fériés")
        );
        assert_eq!(weekly(&t, "Mo,Tu 09:00-12:00").as_deref(), Some("lun., mar. 9 h–12 h"));
        assert_eq!(weekly(&t, "Fr 22:00-02:00").as_deref(), Some("ven. 22 h–2 h"));
        assert_eq!(weekly(&t, "24/7").as_deref(), Some("24 h/24, 7 j/7"));
        assert_eq!(weekly(&t, "Jan-Jun Mo 10:00-12:00"), None);
        assert_eq!(weekly(&t, "Mo 10:00-12:00 \"sur rendez-vous\""), None);
        assert_eq!(weekly(&t, "nonsense"), None);
        let en = Catalog::new("en");
        assert_eq!(
            weekly(&en, "Mo-Fr 09:00-12:00; PH off").as_deref(),
            Some("Mon–Fri 9:00–12:00; closed on public holidays")
        );
    }
}
