//! Opening hours of directory entries (data·inclusion `horaires_accueil`, OSM `opening_hours` syntax).
//!
//! Read by hand because a full parser crate costs ~48 KB of wasm: only the common subset is
//! understood, and anything else gives `None` so that the widget shows the raw text instead of
//! guessing. Override semantics follow the OSM specification (as opening_hours.js implements it):
//! a later rule naming a day replaces that whole day, including what spilled into it past
//! midnight from the day before.

/// Opening intervals per weekday (0 = Monday … 6 = Sunday), minutes since midnight, [start, end), sorted, merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week {
    pub days: [Vec<(u16, u16)>; 7],
}

const DAY: u16 = 1440;
const ALL: u8 = 0x7f;
const NAMES: [&[u8]; 7] = [b"Mo", b"Tu", b"We", b"Th", b"Fr", b"Sa", b"Su"];
/// Longer texts are not plain weekly hours; the cap also bounds the work done on hostile input.
const MAX_LEN: usize = 1000;

/// The supported subset of OSM opening_hours, or None when the text says more than it can read.
pub fn parse(text: &str) -> Option<Week> {
    if text.len() > MAX_LEN {
        return None;
    }
    let mut week = Week { days: Default::default() };
    let mut read = false;
    for (n, rule) in text.split(';').enumerate() {
        let r = rule.as_bytes().trim_ascii();
        // Directory data often ends with a stray `;`: an empty last rule says nothing.
        if r.is_empty() && n > 0 && text.trim_end().ends_with(';') && text.split(';').count() == n + 1 {
            continue;
        }
        // Public holidays cannot be known here: "PH off" is accepted and ignored, nothing else.
        if let Some(rest) = r.strip_prefix(b"PH") {
            if !rest.first().is_some_and(u8::is_ascii_whitespace) || !is_off(rest.trim_ascii()) {
                return None;
            }
            continue;
        }
        read = true;
        if r == b"24/7" {
            apply(&mut week, ALL, &[(0, DAY)]);
            continue;
        }
        let mut c = Cur { b: r, i: 0 };
        let mask = if r.len() >= 2 && NAMES.contains(&&r[..2]) {
            let mask = c.days()?;
            // OSM wants a space between the weekdays and what follows.
            let before = c.i;
            c.ws();
            if c.i == before {
                return None;
            }
            if is_off(&r[c.i..]) {
                apply(&mut week, mask, &[]);
                continue;
            }
            mask
        } else {
            ALL
        };
        let mut spans = Vec::new();
        loop {
            let s = c.time()?;
            c.ws();
            if !c.eat(b'-') {
                return None;
            }
            c.ws();
            let e = c.time()?;
            if s >= DAY || s == e {
                return None;
            }
            // An end before the start runs past midnight into the next day.
            spans.push((s, if e < s { e + DAY } else { e }));
            c.ws();
            if !c.eat(b',') {
                break;
            }
            c.ws();
        }
        if c.i != r.len() {
            return None;
        }
        apply(&mut week, mask, &spans);
    }
    if read {
        Some(week)
    } else {
        None
    }
}

fn is_off(word: &[u8]) -> bool {
    word == b"off" || word == b"closed"
}

/// Replaces the days in `mask` by `spans` (ends past 1440 spill into the next day).
fn apply(week: &mut Week, mask: u8, spans: &[(u16, u16)]) {
    for d in 0..7 {
        if mask >> d & 1 == 1 {
            week.days[d].clear();
        }
    }
    // Cleared first, so that in "Fr-Sa 22:00-02:00" Saturday keeps Friday's night.
    for d in 0..7 {
        if mask >> d & 1 == 1 {
            for &(s, e) in spans {
                add(&mut week.days[d], s, e.min(DAY));
                if e > DAY {
                    add(&mut week.days[(d + 1) % 7], 0, e - DAY);
                }
            }
        }
    }
}

/// Inserts [s, e) keeping the list sorted, merging whatever it overlaps or touches.
fn add(v: &mut Vec<(u16, u16)>, mut s: u16, mut e: u16) {
    if s >= e {
        return;
    }
    let mut i = 0;
    while i < v.len() {
        let (a, b) = v[i];
        if b < s {
            i += 1;
        } else if a > e {
            break;
        } else {
            s = s.min(a);
            e = e.max(b);
            v.remove(i);
        }
    }
    v.insert(i, (s, e));
}

struct Cur<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cur<'_> {
    fn ws(&mut self) {
        while self.b.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.b.get(self.i) == Some(&byte);
        self.i += hit as usize;
        hit
    }

    fn day(&mut self) -> Option<u8> {
        let name = self.b.get(self.i..self.i + 2)?;
        let d = NAMES.iter().position(|n| *n == name)?;
        self.i += 2;
        Some(d as u8)
    }

    /// `Mo`, `Mo-Fr`, `Fr-Mo` (wrapping) and comma lists of these, as a bit mask; stops
    /// before the spaces that follow, so the caller can insist on them.
    fn days(&mut self) -> Option<u8> {
        let mut mask = 0u8;
        loop {
            let mut d = self.day()?;
            let mut to = d;
            let mut end = self.i;
            self.ws();
            if self.eat(b'-') {
                self.ws();
                to = self.day()?;
                end = self.i;
                self.ws();
            }
            loop {
                mask |= 1 << d;
                if d == to {
                    break;
                }
                d = (d + 1) % 7;
            }
            if !self.eat(b',') {
                self.i = end;
                return Some(mask);
            }
            self.ws();
        }
    }

    /// Strict `HH:MM`, 00:00 to 24:00.
    fn time(&mut self) -> Option<u16> {
        let t = self.b.get(self.i..self.i + 5)?;
        let n = |k: usize| t[k].is_ascii_digit().then(|| (t[k] - b'0') as u16);
        let (h, m) = (n(0)? * 10 + n(1)?, n(3)? * 10 + n(4)?);
        if t[2] != b':' || m > 59 || h * 60 + m > DAY {
            return None;
        }
        self.i += 5;
        Some(h * 60 + m)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open now, until `until` minutes after midnight today (1440 = midnight; if the opening continues past midnight into the next day's interval starting at 0, still report 1440).
    Open { until: u16 },
    /// Closed now; opens `in_days` days from today (0 = later today, 1 = tomorrow … up to 7 = same weekday next week) at `at` minutes.
    Opens { in_days: u8, weekday: u8, at: u16 },
    /// Never open in the week.
    Never,
}

/// `weekday`: 0 = Monday; `minutes`: minutes since midnight, local time.
/// Out-of-range inputs are wrapped (weekday) or clamped (minutes) rather than trusted.
pub fn status(week: &Week, weekday: u8, minutes: u16) -> Status {
    let w = (weekday % 7) as usize;
    let m = minutes.min(DAY - 1);
    for &(s, e) in &week.days[w] {
        if m < s {
            return Status::Opens { in_days: 0, weekday: w as u8, at: s };
        }
        if m < e {
            return Status::Open { until: e };
        }
    }
    for k in 1..8 {
        let d = (w + k) % 7;
        if let Some(&(s, _)) = week.days[d].first() {
            return Status::Opens { in_days: k as u8, weekday: d as u8, at: s };
        }
    }
    Status::Never
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: u16 = 60;

    fn days(text: &str) -> [Vec<(u16, u16)>; 7] {
        parse(text).unwrap_or_else(|| panic!("{text:?} should parse")).days
    }

    #[test]
    fn reads_the_typical_entry() {
        let d = days("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off");
        for day in &d[..5] {
            assert_eq!(day, &[(9 * H, 12 * H), (14 * H, 17 * H)]);
        }
        assert_eq!(d[5], [(9 * H, 12 * H)]);
        assert!(d[6].is_empty());
    }

    #[test]
    fn tolerates_spaces_around_separators() {
        assert_eq!(
            days("  Mo - Fr  09:00 - 12:00 , 14:00-17:00 ;Sa 09:00-12:00 ;  PH  closed "),
            days("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off")
        );
        assert_eq!(days("Mo, We ,Fr 10:00-11:00"), days("Mo,We,Fr 10:00-11:00"));
    }

    #[test]
    fn rule_without_weekdays_applies_to_every_day() {
        let d = days("09:00-17:00");
        assert!(d.iter().all(|day| day == &[(9 * H, 17 * H)]));
        assert!(days("00:00-24:00").iter().all(|day| day == &[(0, DAY)]));
    }

    #[test]
    fn later_rules_replace_the_days_they_name() {
        let d = days("Mo-Fr 09:00-17:00; We 09:00-12:00");
        assert_eq!(d[1], [(9 * H, 17 * H)]);
        assert_eq!(d[2], [(9 * H, 12 * H)]);
        let d = days("Mo-Sa 09:00-17:00; Sa off");
        assert!(d[5].is_empty() && d[4] == [(9 * H, 17 * H)]);
        let d = days("Mo-Fr 09:00-17:00; Su closed; 10:00-11:00");
        assert!(d.iter().all(|day| day == &[(10 * H, 11 * H)]));
        let d = days("24/7; Su off");
        assert!(d[..6].iter().all(|day| day == &[(0, DAY)]) && d[6].is_empty());
    }

    #[test]
    fn weekday_lists_and_wrapping_ranges() {
        let d = days("Fr-Mo 10:00-12:00");
        let open: Vec<bool> = d.iter().map(|day| !day.is_empty()).collect();
        assert_eq!(open, [true, false, false, false, true, true, true]);
        let d = days("Mo-We,Fr 10:00-12:00");
        let open: Vec<bool> = d.iter().map(|day| !day.is_empty()).collect();
        assert_eq!(open, [true, true, true, false, true, false, false]);
        let d = days("Su-Sa 10:00-12:00");
        assert!(d.iter().all(|day| !day.is_empty()));
    }

    #[test]
    fn overlapping_and_touching_spans_merge() {
        assert_eq!(days("Mo 09:00-12:00,11:00-14:00")[0], [(9 * H, 14 * H)]);
        assert_eq!(days("Mo 12:00-14:00,09:00-12:00")[0], [(9 * H, 14 * H)]);
        assert_eq!(days("Mo 14:00-15:00,09:00-10:00")[0], [(9 * H, 10 * H), (14 * H, 15 * H)]);
    }

    #[test]
    fn spans_crossing_midnight_spill_into_the_next_day() {
        let d = days("Fr 22:00-02:00");
        assert_eq!(d[4], [(22 * H, DAY)]);
        assert_eq!(d[5], [(0, 2 * H)]);
        assert_eq!(days("Su 23:00-01:00")[0], [(0, H)]);
        assert_eq!(days("Mo 22:00-00:00")[0], [(22 * H, DAY)]);
        assert!(days("Mo 22:00-00:00")[1].is_empty());
        // Both nights survive within one rule.
        let d = days("Fr-Sa 22:00-02:00");
        assert_eq!(d[5], [(0, 2 * H), (22 * H, DAY)]);
        assert_eq!(d[6], [(0, 2 * H)]);
        // OSM: a later rule replaces the whole day, spill included.
        assert!(days("Fr 22:00-02:00; Sa off")[5].is_empty());
    }

    #[test]
    fn always_open() {
        let w = parse("24/7").unwrap();
        assert!(w.days.iter().all(|day| day == &[(0, DAY)]));
        assert_eq!(status(&w, 3, 12 * H), Status::Open { until: DAY });
        assert!(parse(" 24/7 ; PH off").is_some());
    }

    #[test]
    fn status_open_and_opening_times() {
        let w = parse("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off").unwrap();
        assert_eq!(status(&w, 0, 9 * H), Status::Open { until: 12 * H });
        assert_eq!(status(&w, 0, 16 * H + 59), Status::Open { until: 17 * H });
        assert_eq!(status(&w, 0, 8 * H), Status::Opens { in_days: 0, weekday: 0, at: 9 * H });
        assert_eq!(status(&w, 0, 12 * H), Status::Opens { in_days: 0, weekday: 0, at: 14 * H });
        assert_eq!(status(&w, 0, 17 * H), Status::Opens { in_days: 1, weekday: 1, at: 9 * H });
        assert_eq!(status(&w, 4, 18 * H), Status::Opens { in_days: 1, weekday: 5, at: 9 * H });
        assert_eq!(status(&w, 5, 13 * H), Status::Opens { in_days: 2, weekday: 0, at: 9 * H });
        let w = parse("Mo-Fr 09:00-17:00").unwrap();
        assert_eq!(status(&w, 4, 18 * H), Status::Opens { in_days: 3, weekday: 0, at: 9 * H });
    }

    #[test]
    fn status_next_week_and_never() {
        let w = parse("Mo 09:00-12:00").unwrap();
        assert_eq!(status(&w, 0, 13 * H), Status::Opens { in_days: 7, weekday: 0, at: 9 * H });
        assert_eq!(status(&w, 0, 10 * H), Status::Open { until: 12 * H });
        assert_eq!(status(&parse("Su off").unwrap(), 2, 600), Status::Never);
        assert_eq!(status(&parse("Mo-Su off").unwrap(), 2, 600), Status::Never);
    }

    #[test]
    fn status_across_midnight() {
        let w = parse("Fr 22:00-02:00").unwrap();
        assert_eq!(status(&w, 4, 23 * H), Status::Open { until: DAY });
        assert_eq!(status(&w, 5, H), Status::Open { until: 2 * H });
        assert_eq!(status(&w, 5, 3 * H), Status::Opens { in_days: 6, weekday: 4, at: 22 * H });
        assert_eq!(status(&w, 4, 21 * H), Status::Opens { in_days: 0, weekday: 4, at: 22 * H });
        let w = parse("Mo 20:00-24:00; Tu 00:00-03:00").unwrap();
        assert_eq!(status(&w, 0, 23 * H), Status::Open { until: DAY });
    }

    #[test]
    fn status_never_panics_on_out_of_range_input() {
        let w = parse("Mo-Fr 09:00-17:00").unwrap();
        assert_eq!(status(&w, 7, 10 * H), Status::Open { until: 17 * H });
        assert_eq!(status(&w, 255, u16::MAX), status(&w, 3, DAY - 1));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        // Valid but padded past the cap: refused on length alone.
        let long = "Mo 09:00-12:00".to_string() + &" ".repeat(MAX_LEN);
        for bad in [
            "",
            "   ",
            ";",
            "PH off",
            "PH",
            "PH 10:00-12:00",
            "PH,Su off",
            "Su,PH off",
            "PHoff",
            "SH off",
            "Mo-Fr 09:00-12:00; SH off",
            "Jan-Mar Mo 10:00-12:00",
            "Mo-Fr 09:00-12:00; Dec 25 off",
            "Dec 24 10:00-12:00",
            "week 01-10 Mo 10:00-12:00",
            "2024 Mo 10:00-12:00",
            "2024-2025 10:00-12:00",
            "Mo-Fr sunrise-sunset",
            "Mo-Fr 09:00-sunset",
            "Mo-Fr 09:00+",
            "Mo-Fr 09:00-12:00+",
            "Mo-Fr 09:00-12:00 \"sur rendez-vous\"",
            "\"sur rendez-vous\"",
            "Mo[1] 09:00-12:00",
            "Mo[1,3] off",
            "Mo-Fr open \"appeler avant\"",
            "Mo-Fr 09:00-12:00 open",
            "open",
            "unknown",
            "Mo-Fr unknown",
            "Mo-Fr 09:00-12:00 || Sa 10:00-12:00",
            "Mo-Fr 09:00-12:00 | Sa 10:00-12:00",
            "25:00-26:00",
            "09:00-25:00",
            "09:00-24:01",
            "24:00-02:00",
            "09:60-10:00",
            "09:00-10:60",
            "9:00-12:00",
            "09:00-9:30",
            "09h00-12h00",
            "9h-12h",
            "0900-1200",
            "09:00",
            "09:00-",
            "09:00-12:00,",
            "09:00-12:00,,14:00-15:00",
            "12:00-12:00",
            "Mo-Fr",
            "Mo",
            "off",
            "closed",
            "Mo-Fr 09:00-12:00 off",
            "Mo 09:00-12:00, Tu 10:00-12:00",
            "Mo-Fr 09:00-12:00;;Sa 10:00-12:00",
            "Mon 09:00-12:00",
            "Mon-Fri 09:00-12:00",
            "mo 09:00-12:00",
            "MO 09:00-12:00",
            "Mo-Fr OFF",
            "Mo-Fr09:00-12:00",
            "Mo-Froff",
            "Mo- 09:00-12:00",
            "Mo, 09:00-12:00",
            "Mo-Fr-Sa 09:00-12:00",
            "Lu-Ve 09:00-12:00",
            "Mo–Fr 09:00-12:00",
            "Mo-Fr 09:00–12:00",
            "Mo-Fr\u{a0}09:00-12:00",
            "Du lundi au vendredi de 9h à 12h",
            "24/7 off",
            "Mo 24/7",
            "24/7/365",
            "é",
            &long,
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        // Just under the cap is still read.
        assert!(parse(&"Mo 09:00-12:00; ".repeat(62)[..62 * 16 - 2]).is_some());
    }

    /// Deterministic xorshift, so failures reproduce without a property-testing crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn check(text: &str) -> bool {
        let Some(w) = parse(text) else { return false };
        for day in &w.days {
            let mut last = None;
            for &(s, e) in day {
                assert!(s < e && e <= DAY, "{text:?}: {day:?}");
                assert!(last.is_none_or(|l| l < s), "{text:?}: {day:?} unsorted or unmerged");
                last = Some(e);
            }
        }
        for wd in 0..7u8 {
            for m in (0..DAY).step_by(97) {
                match status(&w, wd, m) {
                    Status::Open { until } => assert!(until > m && until <= DAY, "{text:?}"),
                    Status::Opens { in_days, weekday, at } => {
                        assert!(in_days <= 7 && at < DAY, "{text:?}");
                        assert_eq!(weekday, (wd + in_days) % 7, "{text:?}");
                        assert!(in_days > 0 || at > m, "{text:?}");
                    }
                    Status::Never => assert!(w.days.iter().all(Vec::is_empty), "{text:?}"),
                }
            }
        }
        true
    }

    #[test]
    fn random_strings_never_panic_and_keep_the_invariants() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let chars: Vec<char> = "MoTuWeFrSaSu0123456789:-,; offPH/é\t".chars().collect();
        for _ in 0..20_000 {
            let len = rng.next(40);
            let text: String = (0..len).map(|_| chars[rng.next(chars.len())]).collect();
            check(&text);
        }
        // Token soup, so that a good share of inputs actually parses.
        let tokens = [
            "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "-", ",", " ", " ", "; ", "off", "closed", "PH off", "24/7",
            "00:00", "09:00", "12:00", "14:00", "17:30", "22:00", "23:59", "24:00", "02:00", "25:00",
        ];
        let mut soup = 0;
        for _ in 0..50_000 {
            let len = 1 + rng.next(12);
            let text: String = (0..len).map(|_| tokens[rng.next(tokens.len())]).collect();
            soup += check(&text) as u32;
        }
        let grammar = |rng: &mut Rng| {
            let mut t = String::new();
            for r in 0..1 + rng.next(4) {
                if r > 0 {
                    t.push_str("; ");
                }
                if rng.next(3) > 0 {
                    t.push_str(tokens[rng.next(7)]);
                    if rng.next(2) == 0 {
                        t.push_str(["-", ","][rng.next(2)]);
                        t.push_str(tokens[rng.next(7)]);
                    }
                    t.push(' ');
                }
                for s in 0..1 + rng.next(3) {
                    if s > 0 {
                        t.push(',');
                    }
                    t.push_str(tokens[16 + rng.next(9)]);
                    t.push('-');
                    t.push_str(tokens[16 + rng.next(9)]);
                }
            }
            t
        };
        let mut parsed = 0;
        for _ in 0..20_000 {
            parsed += check(&grammar(&mut rng)) as u32;
        }
        // Both generators must reach the Some path often enough to test something.
        assert!(soup > 100 && parsed > 5_000, "only {soup} and {parsed} generated inputs parsed");
    }
}

#[cfg(test)]
mod trailing {
    #[test]
    fn a_stray_trailing_semicolon_is_tolerated_but_not_an_empty_rule() {
        assert_eq!(super::parse("Mo-Fr 09:00-12:00;"), super::parse("Mo-Fr 09:00-12:00"));
        assert!(super::parse("Mo-Fr 09:00-12:00;; Sa 09:00-12:00").is_none());
        assert!(super::parse(";").is_none());
    }
}
