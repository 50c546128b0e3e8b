//! A bug must never leave a dead or half-drawn widget: when the wasm stops on a trap (a panic,
//! an allocation failure, anything that aborts), every widget of this page shows a short
//! apology with the partner's name, the emergency numbers (a resident in danger keeps them) and
//! a reload button. The host page is not touched.
//!
//! The release bundle aborts on a panic at once, without running any hook (`panic=immediate-abort`,
//! tools/build.mjs: 8 KB less on the first load), so the trap is seen from JavaScript: the glue's
//! guard (tools/build.mjs, `guard`) catches the `WebAssembly.RuntimeError` an export throws, logs
//! it and calls [`crashed`] once. The test bundle keeps Rust's panic hook, which only logs the
//! panic's message first: the apology comes the same way in both.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::Element;

struct Mounted {
    root: Element,
    /// « You can also ask … » with the partner's name, when there is a partner.
    contact: Option<String>,
    /// The title, the text, the emergency numbers' heading and « Recharger ».
    messages: [&'static str; 4],
    /// The emergency numbers as the welcome lists them: the link, the number, what it is for.
    numbers: Vec<(String, &'static str, String)>,
}

std::thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget root, with the apology in its language; installs the hook once.
pub fn watch(
    root: &Element,
    contact: Option<String>,
    messages: [&'static str; 4],
    numbers: Vec<(String, &'static str, String)>,
) {
    let first = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.push(Mounted { root: root.clone(), contact, messages, numbers });
        m.len() == 1
    });
    // Through yew, which otherwise installs its own hook when it renders. The release aborts
    // before any hook runs: only the test bundle's prints the panic's message. Not once this
    // instance has panicked (its `panic = "abort"` leaves it panicking for good), where std
    // refuses any new hook with a panic of its own: the hook in place stays.
    if first && !std::thread::panicking() {
        yew::set_custom_panic_hook(Box::new(|_info| {
            #[cfg(debug_assertions)]
            web_sys::console::error_1(&format!("Passerelle: {_info}").into());
        }));
    }
}

/// Called by the glue's guard after the first trap: the apology in every widget of the page.
/// The instance still runs after a trap, but what the trap interrupted may still hold a borrow.
#[wasm_bindgen]
pub fn crashed() {
    MOUNTED.with(|m| {
        if let Ok(m) = m.try_borrow() {
            m.iter().for_each(apologise);
        }
    });
}

/// Text only, built with the DOM: nothing from outside is parsed as HTML.
fn apologise(w: &Mounted) {
    let Some(doc) = w.root.owner_document() else { return };
    let build = || -> Result<(), JsValue> {
        let [title, text, sos, reload] = w.messages;
        let box_ = doc.create_element("div")?;
        box_.set_class_name("pw-app pw-crash");
        box_.set_attribute("role", "alert")?;
        let h = doc.create_element("h2")?;
        h.set_text_content(Some(title));
        box_.append_child(&h)?;
        let p = doc.create_element("p")?;
        p.set_text_content(Some(text));
        box_.append_child(&p)?;
        if let Some(contact) = &w.contact {
            let p = doc.create_element("p")?;
            p.set_text_content(Some(contact));
            box_.append_child(&p)?;
        }
        let p = doc.create_element("p")?;
        p.set_id("pw-sos");
        p.set_class_name("pw-sos-title");
        p.set_text_content(Some(sos));
        box_.append_child(&p)?;
        let list = doc.create_element("ul")?;
        list.set_class_name("pw-sos");
        list.set_attribute("aria-labelledby", "pw-sos")?;
        for (href, number, what) in &w.numbers {
            let a = doc.create_element("a")?;
            a.set_attribute("href", href)?;
            let b = doc.create_element("b")?;
            b.set_text_content(Some(number));
            a.append_child(&b)?;
            a.append_with_str_2(" ", what)?;
            let li = doc.create_element("li")?;
            li.append_child(&a)?;
            list.append_child(&li)?;
        }
        box_.append_child(&list)?;
        let b = doc.create_element("button")?;
        b.set_attribute("type", "button")?;
        b.set_class_name("pw-button pw-primary");
        b.set_text_content(Some(reload));
        let again = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        b.add_event_listener_with_callback("click", again.as_ref().unchecked_ref())?;
        again.forget();
        box_.append_child(&b)?;
        w.root.set_text_content(None);
        w.root.append_child(&box_)?;
        Ok(())
    };
    let _ = build();
}

/// Test hook: a panic on demand (built only with `--features test-hooks`).
#[cfg(feature = "test-hooks")]
#[wasm_bindgen]
pub fn panic_for_tests() {
    panic!("a panic asked for by a test");
}
