//! What the device offers the widget: its clock and timers, the clipboard, the printer.

use crate::engine::calendar::Day;
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

/// Today's date on this device.
pub fn today() -> Day {
    let d = js_sys::Date::new_0();
    Day::ymd(d.get_full_year() as i32, (d.get_month() + 1) as u8, d.get_date() as u8)
}

/// Runs `f` in a task of its own, after the current one (work that must not hold a screen back);
/// dropping the handle first cancels it.
pub fn in_a_task(f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(0, f)
}

/// Waits `ms` milliseconds.
pub async fn pause(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
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

/// The day the widget checks `date_maj` against. Not the device's clock: a resident's phone is
/// often wrong (reset after a flat battery), and a clock set in the past would make every
/// recent service "updated in the future" and drop it, leaving the resident with no contact. So
/// no date is too late here; the importer, on the coordinator's machine, refuses future dates
/// as the official models do (`passerelle-import`).
pub fn contacts_day() -> Day {
    Day::MAX
}
