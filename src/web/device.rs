//! What the device offers the widget: its clock, the clipboard, the printer.

use crate::engine::contacts::hours::LocalTime;

/// The device's local date and time.
pub fn now() -> LocalTime {
    let d = js_sys::Date::new_0();
    LocalTime {
        year: d.get_full_year() as i32,
        month: (d.get_month() + 1) as u8,
        day: d.get_date() as u8,
        weekday: ((d.get_day() + 6) % 7) as u8,
        minutes: (d.get_hours() * 60 + d.get_minutes()) as u16,
    }
}

/// Today's date on this device: (day, month, year).
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_date(), d.get_month() + 1, d.get_full_year())
}

/// Copies `text` to the clipboard; `false` where the browser refuses.
pub async fn copy(text: String) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Prints the widget's document (in the iframe, only the widget).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today in UTC, as the official data·inclusion models bound `date_maj` (no date in the future).
pub fn today_utc() -> crate::engine::contacts::reader::Day {
    crate::engine::contacts::reader::Day::from_unix_days((js_sys::Date::now() / 86_400_000.0).floor() as i64)
}
