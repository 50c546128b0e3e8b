//! Opening hours of directory entries (data·inclusion `horaires_accueil`, OSM `opening_hours` syntax).
//!
//! Read by hand because a full parser crate costs ~48 KB of wasm. The rules are evaluated exactly as
//! the reference implementation (npm `opening_hours`, `getStatePair`) does, and `make test` compares
//! both on a corpus (tests/hours/): a rule with a date selector replaces what earlier rules said
//! about its days (off rules and rules without a date only add to it), a time past midnight is a rule
//! for the next day, `||` fills only what is still closed, a comment without `open` is « unknown ».
//! Understood: weekdays and ranges, `PH` (French public holidays, with Good Friday and 26 December
//! in départements 57, 67 and 68), months (`Jan-Jun`), dates (`Dec 24`, `Dec 24-Jan 02`), weeks
//! (`week 01-10`), `H:MM` and `HH:MM`, nights (`22:00-06:00`), `24/7`, `open`/`off`/`closed`/
//! `unknown`, comments, `,` additional rules and `||`. Anything else gives `None`, and the widget
//! shows the text as written instead of guessing.

const DAY: u16 = 1440;
/// Longer texts are not plain weekly hours; the cap also bounds the work done on hostile input.
const MAX_LEN: usize = 1000;
/// How far ahead the next change is looked for: every pattern read here repeats within a year.
const HORIZON: i32 = 800;
const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_LEN: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// A local date and time, as the device's clock gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Minutes since midnight.
    pub minutes: u16,
}

impl LocalTime {
    /// Midnight plus `minutes` on the day `days` after 1970-01-01.
    pub fn at(days: i32, minutes: u16) -> Self {
        let (year, month, day) = civil(days);
        LocalTime { year, month, day, weekday: (days + 3).rem_euclid(7) as u8, minutes }
    }
    fn days(&self) -> i32 {
        days(self.year, self.month, self.day)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    /// Depends on something the text only says in words ("sur rendez-vous"), or `unknown`.
    Unknown,
}

/// Where a schedule stands at a given time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub state: State,
    /// The comment of the rule in force ("sur rendez-vous").
    pub comment: Option<String>,
    /// When the state next changes, what it becomes and in how many days; None if it never does.
    pub next: Option<(LocalTime, State, u32)>,
    /// The comment of the rule in force from then.
    pub next_comment: Option<String>,
}

/// Opening intervals per weekday (0 = Monday), minutes since midnight, [start, end), in order,
/// with the comment each one carries.
pub type Week = [Vec<(u16, u16, Option<String>)>; 7];

/// One rule of the text (a time range past midnight adds a rule for the day after).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    /// Weekdays (bits 0–6) and public holidays (bit 7), any of them.
    days: Option<u8>,
    /// Months, bits 0–11.
    months: Option<u16>,
    /// Date ranges, as month × 32 + day, inclusive, wrapping past December.
    dates: Option<Vec<(u16, u16)>>,
    /// ISO weeks, bits 1–53.
    weeks: Option<u64>,
    /// Empty: the whole day.
    spans: Vec<(u16, u16)>,
    state: State,
    comment: Option<String>,
    additional: bool,
    fallback: bool,
    /// The part past midnight of the rule before: its date selectors apply to the day before.
    wrapped: bool,
}

impl Rule {
    fn has_date(&self) -> bool {
        self.days.is_some() || self.months.is_some() || self.dates.is_some() || self.weeks.is_some()
    }

    fn matches(&self, d: i32, dep: Option<&str>) -> bool {
        let d = d - self.wrapped as i32;
        let t = LocalTime::at(d, 0);
        let md = t.month as u16 * 32 + t.day as u16;
        self.days.is_none_or(|m| m >> t.weekday & 1 == 1 || m & 0x80 != 0 && holiday(t.year, t.month, t.day, dep))
            && self.months.is_none_or(|m| m >> (t.month - 1) & 1 == 1)
            && self
                .dates
                .as_ref()
                .is_none_or(|v| v.iter().any(|&(a, b)| if a <= b { a <= md && md <= b } else { md >= a || md <= b }))
            && self.weeks.is_none_or(|w| w >> iso_week(d) & 1 == 1)
    }
}

/// An opening_hours text that was fully understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    rules: Vec<Rule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok<'a> {
    Num(u16, usize),
    Word(&'a str),
    Str(&'a str),
    P(u8),
    Or,
}

fn lex(text: &str) -> Option<Vec<Tok<'_>>> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        i += 1;
        match c {
            b' ' | b'\t' => {}
            b'0'..=b'9' => {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                // Digits by hand: no integer parser in the wasm for this.
                let n = b[start..i].iter().try_fold(0u16, |n, &c| n.checked_mul(10)?.checked_add((c - b'0') as u16))?;
                v.push(Tok::Num(n, i - start));
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                v.push(Tok::Word(&text[start..i]));
            }
            b'"' => {
                let len = b[i..].iter().position(|&c| c == b'"')?;
                v.push(Tok::Str(&text[i..i + len]));
                i += len + 1;
            }
            b'|' if b.get(i) == Some(&b'|') => {
                i += 1;
                v.push(Tok::Or);
            }
            b':' | b'-' | b',' | b';' | b'/' => v.push(Tok::P(c)),
            _ => return None,
        }
    }
    Some(v)
}

struct Parser<'a> {
    t: Vec<Tok<'a>>,
    i: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<Tok<'a>> {
        self.t.get(self.i).copied()
    }
    fn peek2(&self) -> Option<Tok<'a>> {
        self.t.get(self.i + 1).copied()
    }
    fn eat(&mut self, p: u8) -> bool {
        let ok = self.peek() == Some(Tok::P(p));
        self.i += ok as usize;
        ok
    }
    fn word(&mut self, list: &[&str]) -> Option<usize> {
        let Some(Tok::Word(w)) = self.peek() else { return None };
        let k = list.iter().position(|x| *x == w)?;
        self.i += 1;
        Some(k)
    }
    fn num(&mut self) -> Option<(u16, usize)> {
        let Some(Tok::Num(n, len)) = self.peek() else { return None };
        self.i += 1;
        Some((n, len))
    }

    /// `H:MM` or `HH:MM`, up to 24:00.
    fn time(&mut self) -> Option<u16> {
        let (h, hl) = self.num()?;
        if !self.eat(b':') {
            return None;
        }
        let (m, ml) = self.num()?;
        (hl <= 2 && ml == 2 && m < 60 && h <= 24 && h * 60 + m <= DAY).then(|| h * 60 + m)
    }

    /// A month and an optional day: (month 0–11, day).
    fn month_day(&mut self) -> Option<(usize, Option<u8>)> {
        let m = self.word(&MONTHS)?;
        let day = match self.peek() {
            Some(Tok::Num(..)) => {
                let (d, len) = self.num()?;
                (len <= 2 && d >= 1 && d <= MONTH_LEN[m] as u16).then_some(d as u8)?;
                Some(d as u8)
            }
            _ => None,
        };
        Some((m, day))
    }

    /// One rule, from its selectors to its comment; `more` says whether a `,` additional rule follows.
    fn rule(&mut self, fallback: bool, additional: bool) -> Option<(Rule, bool)> {
        let mut r = Rule {
            days: None,
            months: None,
            dates: None,
            weeks: None,
            spans: Vec::new(),
            state: State::Open,
            comment: None,
            additional,
            fallback,
            wrapped: false,
        };
        // Months, or dates.
        if let Some(Tok::Word(w)) = self.peek() {
            if MONTHS.contains(&w) {
                let (mut months, mut dates) = (0u16, Vec::new());
                loop {
                    let (m, d) = self.month_day()?;
                    let a = (m as u16 + 1) * 32 + d.unwrap_or(0) as u16;
                    if self.eat(b'-') {
                        let (m2, d2) = match (d, self.peek()) {
                            (Some(_), Some(Tok::Num(..))) => {
                                let (n, len) = self.num()?;
                                (len <= 2 && n >= 1 && n <= MONTH_LEN[m] as u16).then_some(())?;
                                (m, Some(n as u8))
                            }
                            _ => self.month_day()?,
                        };
                        if d.is_some() != d2.is_some() {
                            return None;
                        }
                        let b = (m2 as u16 + 1) * 32 + d2.unwrap_or(0) as u16;
                        match d {
                            Some(_) if m == m2 && b < a => return None,
                            Some(_) => dates.push((a, b)),
                            None => {
                                let mut k = m;
                                loop {
                                    months |= 1 << k;
                                    if k == m2 {
                                        break;
                                    }
                                    k = (k + 1) % 12;
                                }
                            }
                        }
                    } else if d.is_some() {
                        dates.push((a, a));
                    } else {
                        months |= 1 << m;
                    }
                    // A comma followed by a weekday or a time ends the list.
                    if !(self.peek() == Some(Tok::P(b','))
                        && matches!(self.peek2(), Some(Tok::Word(w)) if MONTHS.contains(&w)))
                    {
                        break;
                    }
                    self.i += 1;
                }
                match (months, dates.is_empty()) {
                    (0, false) => r.dates = Some(dates),
                    (_, true) => r.months = Some(months),
                    _ => return None,
                }
            }
        }
        if self.peek() == Some(Tok::Word("week")) {
            self.i += 1;
            let mut weeks = 0u64;
            loop {
                let (a, _) = self.num()?;
                let b = if self.eat(b'-') { self.num()?.0 } else { a };
                if a < 1 || a > b || b > 53 {
                    return None;
                }
                weeks |= (u64::MAX >> (63 - b)) & !((1 << a) - 1);
                if !(self.peek() == Some(Tok::P(b',')) && matches!(self.peek2(), Some(Tok::Num(..)))) {
                    break;
                }
                // "week 5, 10:00-12:00" is not a list of weeks.
                if matches!(self.t.get(self.i + 2), Some(Tok::P(b':'))) {
                    break;
                }
                self.i += 1;
            }
            // Week 53 alone comes back every five or six years only.
            if weeks == 1 << 53 {
                return None;
            }
            r.weeks = Some(weeks);
        }
        if let Some(Tok::Word(w)) = self.peek() {
            if w == "PH" || DAYS.contains(&w) {
                let mut mask = 0u8;
                loop {
                    if self.word(&["PH"]).is_some() {
                        mask |= 0x80;
                    } else {
                        let a = self.word(&DAYS)?;
                        let b = if self.eat(b'-') { self.word(&DAYS)? } else { a };
                        let mut k = a;
                        loop {
                            mask |= 1 << k;
                            if k == b {
                                break;
                            }
                            k = (k + 1) % 7;
                        }
                    }
                    if !(self.peek() == Some(Tok::P(b','))
                        && matches!(self.peek2(), Some(Tok::Word(w)) if w == "PH" || DAYS.contains(&w)))
                    {
                        break;
                    }
                    self.i += 1;
                }
                r.days = Some(mask);
            }
        }
        // Combinations that could leave years between two matching days are not read.
        let ph = r.days.is_some_and(|m| m & 0x80 != 0);
        if r.dates.is_some() && (r.days.is_some() || r.weeks.is_some()) || ph && r.weeks.is_some() {
            return None;
        }
        // Times, or 24/7.
        let mut said = false;
        if let (Some(Tok::Num(24, 2)), Some(Tok::P(b'/'))) = (self.peek(), self.peek2()) {
            self.i += 2;
            if self.num()? != (7, 1) || r.has_date() {
                return None;
            }
            r.spans.push((0, DAY));
            said = true;
        } else if matches!(self.peek(), Some(Tok::Num(..))) {
            loop {
                let s = self.time()?;
                if !self.eat(b'-') {
                    return None;
                }
                let e = self.time()?;
                if s >= DAY || s == e {
                    return None;
                }
                r.spans.push((s, if e <= s { e + DAY } else { e }));
                if !(self.peek() == Some(Tok::P(b',')) && matches!(self.peek2(), Some(Tok::Num(..)))) {
                    break;
                }
                self.i += 1;
            }
            said = true;
        }
        let keyword = self.word(&["open", "closed", "off", "unknown"]);
        if let Some(k) = keyword {
            r.state = [State::Open, State::Closed, State::Closed, State::Unknown][k];
            said = true;
        }
        if let Some(Tok::Str(c)) = self.peek() {
            self.i += 1;
            if keyword.is_none() {
                r.state = State::Unknown;
            }
            r.comment = Some(c.trim().to_string());
            said = true;
        }
        // A weekday with nothing after it ("Mo-Fr") is more often a mistake than "all day".
        if !said {
            return None;
        }
        let more = self.peek() == Some(Tok::P(b',')) && !matches!(self.peek2(), Some(Tok::Num(..)) | None);
        self.i += more as usize;
        Some((r, more))
    }
}

/// The supported subset of OSM opening_hours, or None when the text says more than it can read.
pub fn parse(text: &str) -> Option<Schedule> {
    if text.len() > MAX_LEN {
        return None;
    }
    let mut p = Parser { t: lex(text)?, i: 0 };
    // Directory data often ends with a stray `;`: an empty last rule says nothing.
    if p.t.last() == Some(&Tok::P(b';')) {
        p.t.pop();
    }
    let mut rules: Vec<Rule> = Vec::new();
    let (mut fallback, mut additional) = (false, false);
    loop {
        let (rule, more) = p.rule(fallback, additional)?;
        let wraps: Vec<(u16, u16)> = rule.spans.iter().filter(|s| s.1 > DAY).map(|&(_, e)| (0, e - DAY)).collect();
        if !wraps.is_empty() {
            let next = Rule { spans: wraps, wrapped: true, additional: false, fallback: false, ..rule.clone() };
            rules.push(Rule { spans: rule.spans.iter().map(|&(s, e)| (s, e.min(DAY))).collect(), ..rule });
            rules.push(next);
        } else {
            rules.push(rule);
        }
        (fallback, additional) = (false, more);
        if more {
            continue;
        }
        match p.peek() {
            None => break,
            Some(Tok::P(b';')) => {}
            Some(Tok::Or) => fallback = true,
            _ => return None,
        }
        p.i += 1;
    }
    Some(Schedule { rules })
}

impl Schedule {
    /// The day `d` (days since 1970-01-01) as (start, end, state, rule) pieces, in order, covering 0–1440.
    fn day(&self, d: i32, dep: Option<&str>) -> Vec<(u16, u16, State, Option<usize>)> {
        // Which rules apply, as getStatePair chooses them.
        let mut chosen: Vec<usize> = Vec::new();
        for (n, r) in self.rules.iter().enumerate() {
            if !r.matches(d, dep) {
                continue;
            }
            let resets = (r.has_date() || n > 0 && r.state == State::Open && !self.rules[n - 1].has_date())
                && r.state != State::Closed
                && !r.wrapped
                && !r.additional
                && !r.fallback;
            if resets {
                chosen.clear();
            }
            chosen.push(n);
        }
        // The day's boundaries, in order (inserted by hand: no sorting code in the wasm for this).
        let mut cuts = vec![0, DAY];
        for &n in &chosen {
            for &(s, e) in &self.rules[n].spans {
                for x in [s, e] {
                    if let Err(k) = cuts.binary_search(&x) {
                        cuts.insert(k, x);
                    }
                }
            }
        }
        let mut out: Vec<(u16, u16, State, Option<usize>)> = Vec::new();
        for w in cuts.windows(2) {
            let (mut state, mut by) = (State::Closed, None);
            for &n in &chosen {
                let r = &self.rules[n];
                let hit = r.spans.is_empty() || r.spans.iter().any(|&(s, e)| s <= w[0] && w[0] < e);
                if hit && (!r.fallback || state == State::Closed) {
                    (state, by) = (r.state, Some(n));
                }
            }
            match out.last_mut() {
                Some(last) if last.2 == state && last.3 == by => last.1 = w[1],
                _ => out.push((w[0], w[1], state, by)),
            }
        }
        out
    }

    /// The hours of an ordinary week and whether it says `PH off`, when every rule is only weekdays
    /// and times (and `PH off`): what the week in words can say. A piece open or depending on what
    /// a comment says carries that comment (« 14 h–17 h (sur rendez-vous) »). None otherwise.
    pub(crate) fn plain_week(&self) -> Option<(Week, bool)> {
        let mut ph_off = false;
        for r in &self.rules {
            let ph = r.days.is_some_and(|m| m & 0x80 != 0);
            if r.months.is_some() || r.dates.is_some() || r.weeks.is_some() || r.fallback {
                return None;
            }
            // A comment on no times at all, or `unknown` with no words: as written.
            if r.comment.is_some() && r.spans.is_empty() || r.state == State::Unknown && r.comment.is_none() {
                return None;
            }
            if ph && (r.days != Some(0x80) || r.state != State::Closed || !r.spans.is_empty()) {
                return None;
            }
            ph_off |= ph;
        }
        // 2024-01-01 is a Monday; holidays are left out of the plain week.
        let monday = days(2024, 1, 8);
        let week = core::array::from_fn(|k| {
            let d = self.day(monday + k as i32, Some("--"));
            d.iter()
                .filter(|p| p.2 != State::Closed)
                .map(|p| (p.0, p.1, p.3.and_then(|n| self.rules[n].comment.clone())))
                .collect()
        });
        Some((week, ph_off))
    }
}

/// Where `schedule` stands at `now`; `departement` ("57"…) for Alsace-Moselle's two extra holidays.
pub fn status(schedule: &Schedule, now: LocalTime, departement: Option<&str>) -> Status {
    let today = now.days();
    let m = now.minutes.min(DAY - 1);
    let plan = schedule.day(today, departement);
    let here = plan.iter().find(|p| p.0 <= m && m < p.1).copied().unwrap_or((0, DAY, State::Closed, None));
    let comment = here.3.and_then(|n| schedule.rules[n].comment.clone());
    let mut next = plan.iter().find(|p| p.0 > m && p.2 != here.2).map(|p| (today, p.0, p.2, p.3));
    // A week without holidays, months, dates or weeks repeats every 7 days: no need to look further.
    let weekly = schedule
        .rules
        .iter()
        .all(|r| r.days.is_none_or(|m| m & 0x80 == 0) && r.months.is_none() && r.dates.is_none() && r.weeks.is_none());
    for d in today + 1..today + if weekly { 8 } else { HORIZON } {
        if next.is_some() {
            break;
        }
        next = schedule.day(d, departement).iter().find(|p| p.2 != here.2).map(|p| (d, p.0, p.2, p.3));
    }
    Status {
        state: here.2,
        comment,
        next: next.map(|(d, at, s, _)| (LocalTime::at(d, at), s, (d - today) as u32)),
        next_comment: next.and_then(|n| schedule.rules[n.3?].comment.clone()),
    }
}

/// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
pub fn days(year: i32, month: u8, day: u8) -> i32 {
    let y = year - (month <= 2) as i32;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i32 - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn civil(z: i32) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + (month <= 2) as i32, month, day)
}

/// ISO 8601 week number of day `d`.
fn iso_week(d: i32) -> u32 {
    let thursday = d - (d + 3).rem_euclid(7) + 3;
    let year = civil(thursday).0;
    ((thursday - days(year, 1, 1)) / 7 + 1) as u32
}

/// Easter Sunday (anonymous Gregorian algorithm), as days since 1970-01-01.
fn easter(y: i32) -> i32 {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    days(y, month as u8, day as u8)
}

/// French public holidays; Good Friday and 26 December only in Moselle, Bas-Rhin and Haut-Rhin.
pub fn holiday(year: i32, month: u8, day: u8, departement: Option<&str>) -> bool {
    let alsace = matches!(departement, Some("57" | "67" | "68"));
    let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];
    if fixed.contains(&(month, day)) || alsace && (month, day) == (12, 26) {
        return true;
    }
    let off = days(year, month, day) - easter(year);
    matches!(off, 1 | 39 | 50) || alsace && off == -2
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: u16 = 60;

    fn at(year: i32, month: u8, day: u8, minutes: u16) -> LocalTime {
        LocalTime::at(days(year, month, day), minutes)
    }

    fn st(text: &str, now: LocalTime) -> Status {
        status(&parse(text).unwrap_or_else(|| panic!("{text:?} should parse")), now, None)
    }

    #[test]
    fn calendar() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(civil(days(2026, 12, 25)), (2026, 12, 25));
        assert_eq!(at(2026, 12, 25, 0).weekday, 4);
        assert_eq!(civil(easter(2026)), (2026, 4, 5));
        assert_eq!(civil(easter(2027)), (2027, 3, 28));
        assert_eq!(civil(easter(2024)), (2024, 3, 31));
        assert_eq!(iso_week(days(2026, 1, 1)), 1);
        assert_eq!(iso_week(days(2027, 1, 1)), 53);
        assert_eq!(iso_week(days(2027, 1, 4)), 1);
        assert!(holiday(2026, 5, 14, None), "Ascension 2026");
        assert!(holiday(2026, 5, 25, None), "Whit Monday 2026");
        assert!(!holiday(2026, 4, 3, None) && holiday(2026, 4, 3, Some("67")), "Good Friday");
        assert!(!holiday(2026, 12, 26, Some("93")) && holiday(2026, 12, 26, Some("57")));
    }

    #[test]
    fn christmas_friday_is_closed_until_monday() {
        let s = st("Mo-Fr 08:30-12:00; PH off", at(2026, 12, 25, 10 * H));
        assert_eq!(s.state, State::Closed);
        assert_eq!(s.next, Some((at(2026, 12, 28, 8 * H + 30), State::Open, 3)));
        let s = st("Mo-Fr 08:30-12:00; PH off", at(2027, 1, 1, 10 * H));
        assert_eq!(s.state, State::Closed);
    }

    #[test]
    fn later_rules_without_weekdays_add_hours() {
        // As the reference: a rule without a date after one with a date adds to every day.
        let monday = at(2026, 12, 7, 15 * H);
        let s = st("Mo-Fr 09:00-12:00 ; 14:00-17:00", monday);
        assert_eq!((s.state, s.next.unwrap().0.minutes), (State::Open, 17 * H));
        let s = st("Mo-Fr 09:00-12:00 ; 14:00-17:00", at(2026, 12, 6, 10 * H));
        assert_eq!(s.next.unwrap().0, at(2026, 12, 6, 14 * H));
        let s = st("Mo-Fr 09:00-17:00; Su closed; 10:00-11:00", at(2026, 12, 7, 12 * H));
        assert_eq!(s.state, State::Open);
        let s = st("Mo-Fr 09:00-17:00; Su closed; 10:00-11:00", at(2026, 12, 6, 10 * H + 30));
        assert_eq!(s.state, State::Open);
        // A later rule naming a day replaces it.
        let s = st("Mo-Fr 09:00-17:00; We 09:00-12:00", at(2026, 12, 9, 13 * H));
        assert_eq!(s.state, State::Closed);
    }

    #[test]
    fn nights_and_always() {
        let s = st("Mo-Fr 22:00-06:00", at(2026, 12, 7, 23 * H));
        assert_eq!(s.next, Some((at(2026, 12, 8, 6 * H), State::Closed, 1)));
        let s = st("24/7", at(2026, 12, 7, 23 * H));
        assert_eq!((s.state, s.next), (State::Open, None));
        let s = st("24/7; PH off", at(2026, 12, 24, 23 * H));
        assert_eq!(s.next, Some((at(2026, 12, 25, 0), State::Closed, 1)));
    }

    #[test]
    fn comments_months_weeks_fallback() {
        let s = st("\"sur rendez-vous\"", at(2026, 12, 7, 10 * H));
        assert_eq!((s.state, s.comment.as_deref()), (State::Unknown, Some("sur rendez-vous")));
        let s = st("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", at(2026, 12, 7, 13 * H));
        assert_eq!(s.state, State::Unknown);
        let s = st("Jan-Jun Mo 10:00-12:00", at(2026, 12, 25, 10 * H));
        assert_eq!(s.next.unwrap().0, at(2027, 1, 4, 10 * H));
        let s = st("Mo-Fr 09:00-12:00; Dec 24 off", at(2026, 12, 24, 10 * H));
        assert_eq!(s.state, State::Closed);
        let s = st("week 01-10 Mo 10:00-12:00", at(2026, 12, 25, 10 * H));
        assert_eq!(s.next.unwrap().0, at(2027, 1, 4, 10 * H));
        let s = st("Mo-Fr 9:00-12:00", at(2026, 12, 7, 10 * H));
        assert_eq!(s.state, State::Open);
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        let long = "Mo 09:00-12:00".to_string() + &" ".repeat(MAX_LEN);
        for bad in [
            "",
            "   ",
            ";",
            "PH",
            "SH off",
            "Mo-Fr sunrise-sunset",
            "Mo-Fr 09:00+",
            "Mo[1] 09:00-12:00",
            "25:00-26:00",
            "09:00-25:00",
            "24:00-02:00",
            "09:60-10:00",
            "09h00-12h00",
            "9h-12h",
            "0900-1200",
            "09:00",
            "09:00-",
            "09:00-12:00,",
            "12:00-12:00",
            "Mo-Fr",
            "Mo",
            "Mon-Fri 09:00-12:00",
            "mo 09:00-12:00",
            "Mo-Fr OFF",
            "Lu-Ve 09:00-12:00",
            "Mo–Fr 09:00-12:00",
            "Du lundi au vendredi de 9h à 12h",
            "Mo 24/7",
            "24/7/365",
            "é",
            "Feb 29 off",
            "week 53 Mo 10:00-12:00",
            "Dec 24 Mo 10:00-12:00",
            "PH Mo-Fr 10:00-12:00",
            "2024 Mo 10:00-12:00",
            "Mo-Fr 09:00-12:00;; Sa 10:00-12:00",
            "\"open",
            &long,
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
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

    #[test]
    fn random_token_soup_never_panics_and_keeps_the_invariants() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let tokens = [
            "Mo", "Tu", "We", "Fr", "Su", "-", ",", " ", "; ", "off", "PH", "24/7", "09:00", "12:00", "22:00", "02:00",
            "24:00", "Dec", "24", "week", "1", "\"x\"", "||", "open", "é",
        ];
        let mut parsed = 0;
        for _ in 0..5_000 {
            let len = 1 + rng.next(10);
            let text: String = (0..len).map(|_| tokens[rng.next(tokens.len())]).collect();
            let Some(s) = parse(&text) else { continue };
            parsed += 1;
            let now = at(2026, 1 + rng.next(12) as u8, 1 + rng.next(28) as u8, rng.next(1440) as u16);
            let r = status(&s, now, None);
            if let Some((t, state, n)) = r.next {
                assert!(state != r.state && t.days() - now.days() == n as i32, "{text:?}");
                assert!(t.days() > now.days() || t.minutes > now.minutes, "{text:?}");
            }
        }
        assert!(parsed > 100, "only {parsed} parsed");
    }
}
