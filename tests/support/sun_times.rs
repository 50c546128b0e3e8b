//! Every dawn, sunrise, sunset and dusk of 2026–2029 in Paris and in La Réunion, as the engine
//! computes them, summed into one number. Natively (`tests/sun_times.rs`) the trigonometry is
//! libm's; in the browser (`tests/web.rs`) it is the browser's own `Math` (`src/web/math.rs`):
//! both must give [`FOUR_YEARS`].

use passerelle::engine::calendar::days;
use passerelle::engine::contacts::sun::{minutes, place, Event};

pub const FOUR_YEARS: i64 = 9_018_458;

/// The sum of the minutes of every event (-1 for one that does not happen that day).
pub fn four_years() -> i64 {
    let paris = place(Some(48.86), Some(2.35), Some("75001")).unwrap();
    let reunion = place(Some(-20.88), Some(55.45), Some("97400")).unwrap();
    (days(2026, 1, 1)..days(2030, 1, 1))
        .flat_map(|d| [paris, reunion].map(move |at| (at, d)))
        .flat_map(|(at, d)| [Event::Dawn, Event::Sunrise, Event::Sunset, Event::Dusk].map(move |e| (at, d, e)))
        .map(|(at, d, e)| minutes(&at, d, e).map_or(-1, i64::from))
        .sum()
}
