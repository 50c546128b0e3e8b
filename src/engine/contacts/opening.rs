//! Opening hours in words: where a contact stands now (« Ouvert maintenant, jusqu'à 17 h »), and its
//! week for paper (« lun.–ven. 9 h–12 h, 14 h–17 h ; fermé les jours fériés »). What the reader
//! cannot be sure of is shown as written.

use crate::engine::calendar;
use crate::engine::contacts::hours::{self, LocalTime, State, Status};
use crate::engine::messages::{keys, Catalog};

/// « 9 h », « 8 h 30 », and 24:00 (the end of a day) « minuit ».
pub(crate) fn time(t: &Catalog, minutes: u16) -> String {
    if minutes == 1440 {
        return t.t(keys::UI_TIME_MIDNIGHT).to_string();
    }
    let (h, m) = ((minutes / 60) % 24, minutes % 60);
    if m == 0 {
        t.format(keys::UI_TIME_H, &[("h", &h.to_string())])
    } else {
        t.format(keys::UI_TIME_HM, &[("h", &h.to_string()), ("m", &format!("{m:02}"))])
    }
}

/// A moment a sentence names: a day (`days` after today) and a time of it, 1440 being midnight at
/// its end, so that a change at 0:00 is said « minuit » on the evening before, never « 0 h ».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub days: u32,
    pub minutes: u16,
    /// The date the sentence names (from the 7th day on, the weekday alone is not enough).
    pub date: LocalTime,
}

impl When {
    fn of(at: LocalTime, days: u32) -> When {
        match (at.minutes, days) {
            (0, 1..) => {
                let d = calendar::days(at.year, at.month, at.day) - 1;
                When { days: days - 1, minutes: 1440, date: LocalTime::at(d, 0) }
            }
            _ => When { days, minutes: at.minutes, date: at },
        }
    }
}

/// What the line about « now » says, before it is put in words: the oracle stage checks the moment
/// it names against the reference's next change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Always,
    OpenUntil(When),
    Opens(When),
    /// Closed until a time from which what the comment says applies (« sur rendez-vous »).
    ClosedThen(When, String),
    /// The state depends on what the text says in words.
    Unknown(String),
    /// Shown as written.
    AsWritten,
}

pub fn said(s: &Status) -> Said {
    match (s.state, s.next) {
        (State::Open, None) => Said::Always,
        (State::Open, Some((at, _, n))) => Said::OpenUntil(When::of(at, n)),
        (State::Closed, Some((at, State::Open, n))) => Said::Opens(When::of(at, n)),
        (State::Closed, Some((at, State::Unknown, n))) => match &s.next_comment {
            Some(c) if !c.is_empty() => Said::ClosedThen(When::of(at, n), c.clone()),
            _ => Said::AsWritten,
        },
        (State::Unknown, _) => match &s.comment {
            Some(c) if !c.is_empty() => Said::Unknown(c.clone()),
            _ => Said::AsWritten,
        },
        // Closed for good, or until a time the text only describes: as written.
        _ => Said::AsWritten,
    }
}

/// "Ouvert maintenant, jusqu'à 17 h", "Ouvre lundi à 9 h", "Ouvert 24 h/24", or the hours as
/// written when they cannot be read. `departement` ("57"…) for Alsace-Moselle's holidays.
pub fn opening(t: &Catalog, text: &str, now: LocalTime, departement: Option<&str>) -> String {
    let raw = || t.format(keys::UI_CONTACT_HOURS, &[("hours", text)]);
    let Some(schedule) = hours::parse(text) else { return raw() };
    let s = hours::status(&schedule, now, departement);
    // Today, tomorrow, a weekday of the coming week, or a weekday and its date.
    let words = |key: &str, w: When, comment: &str| {
        let when = match w.days {
            0 => "today",
            1 => "tomorrow",
            2..=6 => "day",
            _ => "date",
        };
        let date = t.format(
            keys::UI_DAY_MONTH,
            &[("d", &w.date.day.to_string()), ("month", t.t(keys::UI_MONTH[usize::from(w.date.month - 1)]))],
        );
        let day = t.t(keys::UI_DAY[usize::from(w.date.weekday)]).to_string();
        let time = time(t, w.minutes);
        let midnight = if w.minutes == 1440 { "yes" } else { "no" };
        let args = [("when", when), ("day", &day), ("date", &date), ("time", &time), ("midnight", midnight)];
        t.format(key, &[&args[..], &[("comment", comment)]].concat())
    };
    let line = match said(&s) {
        Said::Always => t.t(keys::UI_OPEN_ALWAYS).to_string(),
        Said::OpenUntil(w) => words(keys::UI_OPEN_UNTIL, w, ""),
        Said::Opens(w) => words(keys::UI_OPENS, w, ""),
        Said::ClosedThen(w, c) => return words(keys::UI_CLOSED_THEN, w, &c),
        Said::Unknown(c) => return t.format(keys::UI_HOURS_UNKNOWN, &[("comment", &c)]),
        Said::AsWritten => return raw(),
    };
    match s.comment {
        Some(c) if !c.is_empty() => t.format(keys::UI_HOURS_COMMENT, &[("status", &line), ("comment", &c)]),
        _ => line,
    }
}

/// The week in words, for paper: « lun.–ven. 9 h–12 h, 14 h–17 h ; sam. 9 h–12 h ; fermé les jours
/// fériés ». None when the text says more than weekdays and times (months, weeks, comments…).
pub fn weekly(t: &Catalog, text: &str) -> Option<String> {
    let (mut week, ph_off) = hours::parse(text)?.plain_week()?;
    if week.iter().all(|d| d == &[(0, 1440, None)]) {
        let always = t.t(keys::UI_WEEK_ALWAYS).to_string();
        return Some(if ph_off {
            t.format(keys::UI_WEEK_AND, &[("a", &always), ("b", t.t(keys::UI_WEEK_PH_OFF))])
        } else {
            always
        });
    }
    // A night past midnight is said on the day it starts: « ven. 22 h–2 h ».
    for d in 0..7 {
        let next = (d + 1) % 7;
        if week[d].last().is_some_and(|s| s.1 == 1440 && s.0 > 0)
            && week[next]
                .first()
                .is_some_and(|s| s.0 == 0 && s.1 < 1440 && s.2 == week[d].last().and_then(|l| l.2.clone()))
        {
            let (_, end, _) = week[next].remove(0);
            week[d].last_mut()?.1 = 1440 + end;
        }
    }
    let range = |a: String, b: String| t.format(keys::UI_RANGE, &[("from", &a), ("to", &b)]);
    let mut parts: Vec<String> = Vec::new();
    let mut d = 0;
    while d < 7 {
        let mut e = d;
        while e + 1 < 7 && week[e + 1] == week[d] {
            e += 1;
        }
        if !week[d].is_empty() {
            let short = |k: usize| t.t(keys::UI_DAY_SHORT[k]).to_string();
            let days = match e - d {
                0 => short(d),
                1 => t.format(keys::UI_LIST, &[("a", &short(d)), ("b", &short(e))]),
                _ => range(short(d), short(e)),
            };
            // « 9 h–12 h, 14 h–17 h (sur rendez-vous) »: a comment once after the times it is about.
            let mut groups: Vec<(String, &Option<String>)> = Vec::new();
            for (s, e, c) in &week[d] {
                let r = range(time(t, *s), time(t, if *e > 1440 { e - 1440 } else { *e }));
                match groups.last_mut() {
                    Some((times, last)) if *last == c => *times = t.format(keys::UI_LIST, &[("a", times), ("b", &r)]),
                    _ => groups.push((r, c)),
                }
            }
            let times = groups
                .into_iter()
                .map(|(times, c)| match c {
                    Some(c) if !c.is_empty() => t.format(keys::UI_HOURS_COMMENT, &[("status", &times), ("comment", c)]),
                    _ => times,
                })
                .reduce(|a, b| t.format(keys::UI_LIST, &[("a", &a), ("b", &b)]))?;
            parts.push(t.format(keys::UI_WEEK_DAY, &[("days", &days), ("times", &times)]));
        }
        d = e + 1;
    }
    if ph_off {
        parts.push(t.t(keys::UI_WEEK_PH_OFF).to_string());
    }
    parts.into_iter().reduce(|a, b| t.format(keys::UI_WEEK_AND, &[("a", &a), ("b", &b)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(year: i32, month: u8, day: u8, minutes: u16) -> LocalTime {
        let d = calendar::days(year, month, day);
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
    fn far_changes_name_their_date_and_midnight_is_said() {
        let t = Catalog::new("fr");
        // Open on Friday 3 September 2027 until All Saints' Day, a Monday: the sentence names the date.
        let friday = at(2027, 9, 3, 600);
        assert_eq!(
            opening(&t, "24/7; PH off", friday, None),
            "Ouvert maintenant, jusqu'au dimanche 31 octobre à minuit"
        );
        // Open 8 days: the date, at a time of day.
        assert_eq!(
            opening(&t, "Mo-Fr 09:00-18:00; Sa,Su 09:00-17:00; Nov 02 off", at(2026, 10, 25, 600), None),
            "Ouvert maintenant, jusqu'à 17 h"
        );
        assert_eq!(
            opening(&t, "Mo-Su 00:00-24:00; Nov 02 10:00-24:00", at(2026, 10, 25, 600), None),
            "Ouvert maintenant, jusqu'au dimanche 1 novembre à minuit"
        );
        assert_eq!(
            opening(&t, "Mo-Su 00:00-24:00; Nov 02 00:00-10:00", at(2026, 10, 25, 600), None),
            "Ouvert maintenant, jusqu'au lundi 2 novembre à 10 h"
        );
        // Midnight two to six days ahead: the weekday, at « minuit », never « 0 h ».
        assert_eq!(
            opening(&t, "Mo-Fr 00:00-24:00", at(2026, 12, 7, 600), None),
            "Ouvert maintenant, jusqu'à vendredi minuit"
        );
        assert_eq!(
            opening(&t, "Mo,Tu 00:00-24:00", at(2026, 12, 7, 600), None),
            "Ouvert maintenant, jusqu'à demain minuit"
        );
        // Opening at 0:00: midnight of the evening before.
        assert_eq!(
            opening(&t, "We 00:00-02:00", at(2026, 12, 7, 600), None),
            "Fermé maintenant. Ouvre demain à minuit"
        );
        assert_eq!(
            opening(&t, "We 00:00-02:00", at(2026, 12, 10, 600), None),
            "Fermé maintenant. Ouvre mardi à minuit"
        );
        let en = Catalog::new("en");
        assert_eq!(opening(&en, "24/7; PH off", friday, None), "Open now, until midnight on Sunday 31 October");
        assert_eq!(opening(&en, "Mo-Fr 08:00-24:00", at(2026, 12, 7, 600), None), "Open now, until midnight");
        assert_eq!(
            opening(&en, "Fr 08:30-12:00; PH off", at(2026, 12, 18, 13 * 60), None),
            "Closed now. Opens on Friday 8 January at 8:30"
        );
        let ar = Catalog::new("ar");
        let far = opening(&ar, "24/7; PH off", friday, None);
        assert!(far.contains("منتصف الليل") && far.contains("31") && !far.contains("0:00"), "{far}");
    }

    /// Every moment a sentence names is the change the reader found (the oracle stage compares that
    /// with the reference): the day named and « minuit » put back together give the same instant.
    #[test]
    fn what_is_said_is_the_next_change() {
        let now = at(2027, 9, 3, 600);
        for text in [
            "24/7; PH off",
            "Mo-Fr 00:00-24:00",
            "We 00:00-02:00",
            "Mo-Fr 09:00-12:00; PH off",
            "Mo-Su 00:00-24:00; Dec 24 off",
        ] {
            let s = hours::status(&hours::parse(text).unwrap(), now, None);
            let (at, ..) = s.next.unwrap();
            let (Said::OpenUntil(w) | Said::Opens(w)) = said(&s) else { panic!("{text}") };
            let day = calendar::days(2027, 9, 3) + w.days as i32 + (w.minutes / 1440) as i32;
            assert_eq!(LocalTime::at(day, w.minutes % 1440), at, "{text}");
            assert_eq!(
                calendar::days(w.date.year, w.date.month, w.date.day),
                calendar::days(2027, 9, 3) + w.days as i32
            );
        }
    }

    /// Issue 22: the demo's value was shown as code on the card.
    #[test]
    fn comments_are_said_in_the_week() {
        let t = Catalog::new("fr");
        let demo = "Mo-Fr 09:00-12:00; Mo-Fr 14:00-17:00 \"sur rendez-vous\"; PH off";
        // As the reference reads it: the second rule names the same days, so it replaces the first.
        assert_eq!(weekly(&t, demo).as_deref(), Some("lun.–ven. 14 h–17 h (sur rendez-vous) ; fermé les jours fériés"));
        assert_eq!(
            weekly(&t, "Mo-Fr 09:00-12:00, Mo-Fr 14:00-17:00 \"sur rendez-vous\"; PH off").as_deref(),
            Some("lun.–ven. 9 h–12 h, 14 h–17 h (sur rendez-vous) ; fermé les jours fériés")
        );
        assert_eq!(
            weekly(&t, "Mo-Fr 09:00-12:00,14:00-17:00 open \"sur rendez-vous\"; Sa 09:00-12:00").as_deref(),
            Some("lun.–ven. 9 h–12 h, 14 h–17 h (sur rendez-vous) ; sam. 9 h–12 h")
        );
        assert_eq!(weekly(&t, "Mo 08:00-24:00").as_deref(), Some("lun. 8 h–minuit"), "midnight is « minuit »");
        let en = Catalog::new("en");
        assert_eq!(
            weekly(&en, demo).as_deref(),
            Some("Mon–Fri 14:00–17:00 (sur rendez-vous); closed on public holidays")
        );
        // What a comment says of a whole day, or a fallback, stays as written.
        assert_eq!(weekly(&t, "Mo-Fr 09:00-12:00; \"sur rendez-vous\""), None);
        assert_eq!(weekly(&t, "Mo-Fr 09:00-12:00 || \"sur rendez-vous\""), None);
        assert_eq!(weekly(&t, "Mo-Fr 09:00-12:00 unknown"), None);
        let monday = at(2026, 12, 7, 15 * 60);
        assert_eq!(opening(&t, demo, monday, None), "Horaires à vérifier : sur rendez-vous");
        assert_eq!(
            opening(&t, demo, at(2026, 12, 7, 600), None),
            "Fermé maintenant. À partir de 14 h : sur rendez-vous"
        );
        assert_eq!(
            opening(&t, demo, at(2026, 12, 7, 18 * 60), None),
            "Fermé maintenant. À partir de demain à 14 h : sur rendez-vous"
        );
        assert_eq!(opening(&en, demo, at(2026, 12, 7, 600), None), "Closed now. From 14:00: sur rendez-vous");
    }

    /// Issue 22: no card shows a shipped value as code: every `horaires_accueil` of the demo and
    /// national files is said in words, now and for the week, at every hour of a week.
    #[test]
    fn every_shipped_value_is_said_in_words() {
        let t = Catalog::new("fr");
        for file in [
            include_str!("../../../content/contacts/demo.json"),
            include_str!("../../../content/contacts/national.json"),
        ] {
            let data: serde_json::Value = serde_json::from_str(file).unwrap();
            let services = data.get("services").unwrap_or(&data).as_array().unwrap();
            for text in services.iter().filter_map(|s| s["horaires_accueil"].as_str()) {
                assert!(weekly(&t, text).is_some(), "{text:?}: the week shown as written");
                for d in 7..14 {
                    for h in 0..24 {
                        let line = opening(&t, text, at(2026, 12, d, h * 60), Some("93"));
                        assert!(!line.contains(text) && !line.starts_with("Horaires :"), "{text:?}: {line}");
                    }
                }
            }
        }
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
        assert_eq!(
            weekly(&t, "Mo 10:00-12:00 \"sur rendez-vous\"").as_deref(),
            Some("lun. 10 h–12 h (sur rendez-vous)")
        );
        assert_eq!(weekly(&t, "nonsense"), None);
        let en = Catalog::new("en");
        assert_eq!(
            weekly(&en, "Mo-Fr 09:00-12:00; PH off").as_deref(),
            Some("Mon–Fri 9:00–12:00; closed on public holidays")
        );
    }
}
