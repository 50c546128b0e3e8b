//! The sun times natively, with libm: the number the browser must give too (`tests/web.rs`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/sun_times.rs"]
mod sun_times;

#[test]
fn four_years_of_sun_times_in_one_number() {
    assert_eq!(sun_times::four_years(), sun_times::FOUR_YEARS);
}
