//! The civil calendar, in one type: [`Day`], a date of the proleptic Gregorian calendar. The
//! contacts reader checks `date_maj` with it, the opening hours count days and find public
//! holidays with it, and the device clock's date is one (`Day::ymd`). Day numbers (days since
//! 1970-01-01, Howard Hinnant's `days_from_civil` and `civil_from_days`) are for arithmetic only.

/// Days in each month of a common year.
pub const MONTH_LEN: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// A calendar day. Ordered like the dates (year, then month, then day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl Day {
    /// Later than any date: a bound nothing passes (`date_maj` in the widget, whose clock may
    /// be wrong).
    pub const MAX: Day = Day { year: i32::MAX, month: 12, day: 31 };

    pub const fn ymd(year: i32, month: u8, day: u8) -> Day {
        Day { year, month, day }
    }

    /// `YYYY-MM-DD`, a real date of year 1 or later.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let n = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        let (y, m, d) = (n(0..4)? as i32, n(5..7)? as u8, n(8..10)? as u8);
        (y >= 1 && (1..=12).contains(&m) && d >= 1 && d <= month_len(y, m)).then_some(Day::ymd(y, m, d))
    }

    /// The day `n` days after 1970-01-01 (negative: before).
    pub fn from_number(n: i32) -> Day {
        let (year, month, day) = civil(i64::from(n));
        Day { year: year as i32, month, day }
    }

    /// A Unix day count of any size (a timestamp in a contacts file, a spreadsheet's serial
    /// date), the year kept between 0 and 400 000.
    pub fn from_unix_days(days: i64) -> Day {
        let (year, month, day) = civil(days);
        Day { year: year.clamp(0, 400_000) as i32, month, day }
    }

    /// Days since 1970-01-01.
    pub fn number(self) -> i32 {
        days(self.year, self.month, self.day)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        (self.number() + 3).rem_euclid(7) as u8
    }

    /// French public holidays; Good Friday and 26 December only in Moselle, Bas-Rhin and
    /// Haut-Rhin (Alsace-Moselle's local law), and in the five overseas départements their own
    /// days (the abolition of slavery, law 83-550 and decree 83-1003; Good Friday and 21 July in
    /// Guadeloupe and Martinique), by the département's code. The overseas collectivities' days
    /// are left out: the sources disagree on them.
    pub fn is_holiday(self, departement: Option<&str>) -> bool {
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];
        if fixed.contains(&(self.month, self.day)) {
            return true;
        }
        let off = self.number() - easter(self.year).number();
        if matches!(off, 1 | 39 | 50) {
            return true;
        }
        let (good_friday, local): (bool, &[(u8, u8)]) = match departement.unwrap_or("") {
            "57" | "67" | "68" => (true, &[(12, 26)]),
            "971" => (true, &[(5, 27), (7, 21)]),
            "972" => (true, &[(5, 22), (7, 21)]),
            "973" => (false, &[(6, 10)]),
            "974" => (false, &[(12, 20)]),
            "976" => (false, &[(4, 27)]),
            _ => (false, &[]),
        };
        good_friday && off == -2 || local.contains(&(self.month, self.day))
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date of day number `z` (Howard Hinnant's `civil_from_days`).
fn civil(z: i64) -> (i64, u8, u8) {
    let z = z.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The day number (days since 1970-01-01) of a date (Howard Hinnant's `days_from_civil`).
pub fn days(year: i32, month: u8, day: u8) -> i32 {
    let y = year - (month <= 2) as i32;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i32 - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

pub fn month_len(year: i32, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    MONTH_LEN[month as usize - 1] + (month == 2 && leap) as u8
}

/// ISO 8601 week number of day number `d`.
pub fn iso_week(d: i32) -> u32 {
    let thursday = d - (d + 3).rem_euclid(7) + 3;
    let year = Day::from_number(thursday).year;
    ((thursday - days(year, 1, 1)) / 7 + 1) as u32
}

/// Easter Sunday (anonymous Gregorian algorithm).
pub fn easter(y: i32) -> Day {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Day::ymd(y, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_and_counted() {
        assert_eq!(Day::parse("2024-02-29"), Some(Day::ymd(2024, 2, 29)));
        for bad in ["2025-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-01", "2026-01-01 "] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert_eq!(Day::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Day::from_unix_days(20_454).to_string(), "2026-01-01");
        assert_eq!(Day::from_unix_days(-1).to_string(), "1969-12-31");
        assert_eq!(Day::from_unix_days(i64::MAX).year, 400_000);
        assert_eq!(Day::from_unix_days(i64::MIN).year, 0);
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(Day::from_number(days(2026, 12, 25)), Day::ymd(2026, 12, 25));
        assert_eq!(Day::ymd(2026, 12, 25).weekday(), 4);
        assert!(Day::ymd(2026, 1, 31) < Day::ymd(2026, 2, 1) && Day::ymd(2099, 1, 1) < Day::MAX);
        assert_eq!(iso_week(days(2026, 1, 1)), 1);
        assert_eq!(iso_week(days(2027, 1, 1)), 53);
        assert_eq!(iso_week(days(2027, 1, 4)), 1);
    }

    /// Every day number of four centuries reads back as itself, in order.
    #[test]
    fn day_numbers_and_dates_agree() {
        let mut last = Day::from_number(days(1899, 12, 31));
        for n in days(1900, 1, 1)..days(2300, 1, 1) {
            let d = Day::from_number(n);
            assert!(d > last && d.number() == n && Day::parse(&d.to_string()) == Some(d), "{d}");
            last = d;
        }
    }

    /// The public holidays of the Code du travail (art. L3133-1), Alsace-Moselle's two more
    /// (art. L3134-13).
    /// Overseas, each territory's own days (the reference, npm `opening_hours`, holds the same).
    #[test]
    fn overseas_public_holidays() {
        let h = |d: &str, y, m, day| Day::ymd(y, m, day).is_holiday(Some(d));
        assert!(h("974", 2026, 12, 20) && !h("75", 2026, 12, 20) && !h("971", 2026, 12, 20));
        assert!(h("971", 2026, 5, 27) && h("971", 2026, 7, 21) && h("971", 2026, 4, 3));
        assert!(h("972", 2026, 5, 22) && h("972", 2026, 4, 3) && !h("972", 2026, 5, 27));
        assert!(h("973", 2026, 6, 10) && !h("973", 2026, 4, 3));
        assert!(h("976", 2026, 4, 27) && !h("976", 2026, 5, 27));
        assert!(!h("974", 2026, 12, 26) && !h("2A", 2026, 12, 26) && h("57", 2026, 12, 26));
    }

    #[test]
    fn easter_and_public_holidays() {
        assert_eq!(easter(2026), Day::ymd(2026, 4, 5));
        assert_eq!(easter(2027), Day::ymd(2027, 3, 28));
        assert_eq!(easter(2024), Day::ymd(2024, 3, 31));
        let holiday = |y, m, d, dep| Day::ymd(y, m, d).is_holiday(dep);
        assert!(holiday(2026, 5, 14, None), "Ascension 2026");
        assert!(holiday(2026, 5, 25, None), "Whit Monday 2026");
        assert!(holiday(2026, 4, 6, None), "Easter Monday 2026");
        assert!(!holiday(2026, 4, 3, None) && holiday(2026, 4, 3, Some("67")), "Good Friday");
        assert!(!holiday(2026, 12, 26, Some("93")) && holiday(2026, 12, 26, Some("57")));
        assert!(!holiday(2026, 4, 5, None), "Easter Sunday is a Sunday, not a public holiday");
    }
}
