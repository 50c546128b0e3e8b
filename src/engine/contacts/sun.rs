//! Sunrise, sunset, dawn and dusk at a service's coordinates, for opening hours such as
//! `sunrise-sunset` or `(sunset+01:00)`.
//!
//! The reference implementation (npm `opening_hours`) takes them from npm `suncalc` 2.0 (Meeus,
//! *Astronomical Algorithms*, ch. 15 and 25); this is the same computation, so that both name the
//! same minute, and the hours oracle compares them (tests/hours/). A few lines of trigonometry
//! cost less in the wasm than a crate.

use core::f64::consts::PI;

const RAD: f64 = PI / 180.0;
/// Days from 1970-01-01 to the J2000 epoch's day.
const J2000_FROM_1970: f64 = 10_957.0;
const J0: f64 = 0.0009;

/// Where a service is, and how its local clock runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observer {
    pub latitude: f64,
    pub longitude: f64,
    /// The local clock: metropolitan France's (UTC+1, summer time from the last Sunday of March to
    /// the last Sunday of October), or a fixed offset from UTC in minutes (the overseas ones).
    pub clock: Clock,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    Paris,
    Fixed(i16),
}

impl Clock {
    /// The clock of a device whose offset from UTC is `minutes` now: Paris's when it is UTC+1 or +2.
    pub fn from_offset(minutes: i16) -> Clock {
        match minutes {
            60 | 120 => Clock::Paris,
            m => Clock::Fixed(m),
        }
    }

    /// The offset from UTC, in minutes, in daytime on day `d` (days since 1970-01-01).
    fn offset(self, d: i32) -> i32 {
        match self {
            Clock::Fixed(m) => m as i32,
            Clock::Paris => {
                let year = super::hours::LocalTime::at(d, 0).year;
                let last_sunday = |m: u8| {
                    let x = crate::engine::calendar::days(year, m, 31);
                    x - ((x + 3).rem_euclid(7) + 1) % 7
                };
                if last_sunday(3) <= d && d < last_sunday(10) {
                    120
                } else {
                    60
                }
            }
        }
    }
}

/// Where a service is for its sun times: its coordinates, and its clock by its postcode (or INSEE
/// code); None when either is missing, or for an overseas clock with summer time of its own
/// (Saint-Pierre-et-Miquelon), so that such hours are shown as written.
pub fn place(latitude: Option<f64>, longitude: Option<f64>, code: Option<&str>) -> Option<Observer> {
    let code = code?;
    let clock = match code.get(..3)? {
        "971" | "972" | "977" | "978" => Clock::Fixed(-240),
        "973" => Clock::Fixed(-180),
        "974" => Clock::Fixed(240),
        "976" => Clock::Fixed(180),
        c if c.starts_with("97") || c.starts_with("98") => return None,
        _ => Clock::Paris,
    };
    Some(Observer { latitude: latitude?, longitude: longitude?, clock })
}

/// The events the opening_hours syntax names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Dawn,
    Sunrise,
    Sunset,
    Dusk,
}

impl Event {
    pub fn named(word: &str) -> Option<Event> {
        match word {
            "dawn" => Some(Event::Dawn),
            "sunrise" => Some(Event::Sunrise),
            "sunset" => Some(Event::Sunset),
            "dusk" => Some(Event::Dusk),
            _ => None,
        }
    }

    /// The reference's time without coordinates, which only fixes the order of a range.
    pub fn default_minutes(self) -> u16 {
        [330, 360, 1080, 1110][self as usize]
    }
}

/// ΔT = TT − UT in seconds (Espenak and Meeus's fit for 2005–2050, and after).
fn delta_t(d: f64) -> f64 {
    let y = 2000.0 + d / 365.2425;
    if y < 2050.0 {
        let t = y - 2000.0;
        62.92 + t * (0.32217 + t * 0.005589)
    } else {
        let t = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * t * t - 0.5628 * (2150.0 - y)
    }
}

/// The Sun's apparent right ascension and declination, `d` days after J2000 (TT).
fn sun_coords(d: f64) -> (f64, f64) {
    let t = d / 36525.0;
    let l0 = RAD * (280.46646 + t * (36000.76983 + t * 0.0003032));
    let m = RAD * (357.52911 + t * (35999.05029 - t * 0.0001537));
    let (sin_m, cos_m) = (m.sin(), m.cos());
    let c = RAD
        * ((1.914602 - t * (0.004817 + t * 0.000014)) * sin_m
            + (0.019993 - 0.000101 * t) * 2.0 * sin_m * cos_m
            + 0.000289 * sin_m * (3.0 - 4.0 * sin_m * sin_m));
    let om = RAD * (125.04 - 1934.136 * t);
    let l = l0 + c - RAD * (0.00569 + 0.00478 * om.sin());
    let e = RAD * (23.439291 - t * (0.0130042 + t * (0.00000016 - t * 0.000000504))) + RAD * 0.00256 * om.cos();
    ((e.cos() * l.sin()).atan2(l.cos()), (e.sin() * l.sin()).asin())
}

fn tt(d: f64) -> f64 {
    d + delta_t(d) / 86400.0
}

fn sidereal(d: f64, lw: f64) -> f64 {
    RAD * (280.46061837 + 360.98564736629 * d) - lw
}

fn wrap_pi(a: f64) -> f64 {
    a - 2.0 * PI * (a / (2.0 * PI)).round()
}

/// Minutes after local midnight of day `d` (days since 1970-01-01) at which `event` happens, cut
/// to the minute as a clock shows it; None where the Sun does not reach its altitude that day.
pub fn minutes(at: &Observer, d: i32, event: Event) -> Option<i32> {
    let lw = RAD * -at.longitude;
    let phi = RAD * at.latitude;
    // The day's solar transit, from its noon (UT) moved to the longitude's.
    let mut dt = (d as f64 - J2000_FROM_1970) + J0 + lw / (2.0 * PI);
    for _ in 0..3 {
        dt -= wrap_pi(sidereal(dt, lw) - sun_coords(tt(dt)).0) / (2.0 * PI);
    }
    let dec = sun_coords(tt(dt)).1;
    let (angle, sign) = match event {
        Event::Dawn => (-6.0, -1.0),
        Event::Sunrise => (-0.833, -1.0),
        Event::Sunset => (-0.833, 1.0),
        Event::Dusk => (-6.0, 1.0),
    };
    let h0 = angle * RAD;
    let cos_h0 = (h0.sin() - phi.sin() * dec.sin()) / (phi.cos() * dec.cos());
    if !(-1.0..=1.0).contains(&cos_h0) {
        return None;
    }
    let mut j = dt + sign * cos_h0.acos() / (2.0 * PI);
    for _ in 0..2 {
        let (ra, dec) = sun_coords(tt(j));
        let h = wrap_pi(sidereal(j, lw) - ra);
        let alt = (phi.sin() * dec.sin() + phi.cos() * dec.cos() * h.cos()).asin();
        let sin_h = phi.cos() * dec.cos() * h.sin();
        if sin_h.abs() < 1e-6 {
            break;
        }
        j += (alt - h0) / (2.0 * PI * sin_h);
    }
    // Milliseconds since 1970 as JavaScript's Date keeps them (whole), then minutes.
    let ms = ((j + J2000_FROM_1970 + 0.5) * 86_400_000.0).trunc();
    let utc = (ms / 60_000.0).floor() as i64;
    Some((utc + at.clock.offset(d) as i64 - d as i64 * 1440) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::days;

    const PARIS: Observer = Observer { latitude: 48.86, longitude: 2.35, clock: Clock::Paris };

    #[test]
    fn paris_in_winter_and_summer() {
        // As npm suncalc 2.0.2 gives them, through the reference (TZ=Europe/Paris).
        let winter = days(2026, 12, 21);
        let summer = days(2027, 6, 21);
        let hm = |m: i32| (m / 60, m % 60);
        assert_eq!(hm(minutes(&PARIS, winter, Event::Sunrise).unwrap()), (8, 41));
        assert_eq!(hm(minutes(&PARIS, winter, Event::Sunset).unwrap()), (16, 56));
        assert_eq!(hm(minutes(&PARIS, summer, Event::Sunrise).unwrap()), (5, 46));
        assert_eq!(hm(minutes(&PARIS, summer, Event::Dusk).unwrap()), (22, 40));
        // Near the pole in June the Sun does not set.
        let north = Observer { latitude: 78.2, longitude: 15.6, clock: Clock::Fixed(120) };
        assert_eq!(minutes(&north, summer, Event::Sunset), None);
        // La Réunion keeps UTC+4 all year: sunrise there on 21 December, by the same computation.
        let reunion = place(Some(-20.88), Some(55.45), Some("97400")).unwrap();
        assert_eq!(reunion.clock, Clock::Fixed(240));
        assert_eq!(hm(minutes(&reunion, winter, Event::Sunrise).unwrap()), (5, 34));
        assert_eq!(place(Some(48.9), Some(2.4), Some("93200")).unwrap().clock, Clock::Paris);
        assert_eq!(place(Some(46.8), Some(-56.2), Some("97500")), None);
        assert_eq!(place(None, Some(2.4), Some("93200")), None);
    }
}
