//! Where the widget lives, and how it talks to the page around it.

use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::protocol::{Message, Value};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, Window};

/// A heading whose top is nearer the viewport's bottom than this (CSS pixels) is out of view: its
/// line would be cut or alone at the bottom edge.
const HEADING_ROOM: f64 = 48.0;

/// The height of the widget's « Quitter vite » bar, 0 while it is not shown. Inline and in the
/// full page, the bar sticks to the top of the screen as the page scrolls: what scrolls there is
/// under it.
fn quit_bar(el: &Element) -> f64 {
    let bar = el.closest(".pw").ok().flatten().and_then(|w| w.query_selector(".pw-quit").ok().flatten());
    bar.map_or(0.0, |b| b.get_bounding_client_rect().height())
}

/// Scrolls `el` to the top of the screen, below the « Quitter vite » bar `bar` px high (its
/// `scroll-margin-top`, which `scrollIntoView` keeps in every engine, in any scrolling box).
fn below_quit(el: &Element, bar: f64) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let margin = bar as u32 + 8;
        let _ = el.style().set_property("scroll-margin-top", &format!("{margin}px"));
    }
    el.scroll_into_view_with_bool(true);
}

pub enum Host {
    /// The widget page opened directly (kiosk, QR code): nobody to talk to.
    Page,
    /// Inside the loader's iframe: messages go to the partner page, and only to its origin.
    Frame { parent: Window, origin: String },
    /// In a shadow root of the partner page: the loader's `emit(name, detail)`.
    Inline(js_sys::Function),
}

impl Host {
    pub fn from_page(window: &Window, origin: Option<&str>) -> Host {
        let parent = match window.parent() {
            Ok(Some(p)) if !js_sys::Object::is(&p, window) => p,
            _ => return Host::Page,
        };
        match origin.filter(|o| is_origin(o)) {
            Some(origin) => {
                if let Some(html) = window.document().and_then(|d| d.document_element()) {
                    // The iframe takes the content's height: the page itself never scrolls.
                    let _ = html.class_list().add_1("in-frame");
                }
                Host::Frame { parent, origin: origin.to_string() }
            }
            None => {
                gloo::console::warn!(
                    "Passerelle: framed without a valid `origin` parameter; events and resizing are off"
                );
                Host::Page
            }
        }
    }

    /// `passerelle:completed`, the anonymous count: the levels the engine chose to send
    /// (`roadmap::count`), the mode, the language and the partner; nothing else.
    pub fn completed(&self, fields: &[(crate::engine::FieldId, Level)], mode: &str, lang: &str, partner: Option<&str>) {
        let levels = fields.iter().map(|(f, l)| (f.as_str().to_string(), Value::Text(l.as_str().into()))).collect();
        self.emit(Message::completed(levels, mode, lang, partner));
    }

    /// « Quitter vite »: the whole page leaves for `neutral`, replacing this history entry.
    /// In the iframe the loader does it, on this origin-checked request (it knows the neutral
    /// page itself: a message never chooses where the partner's page goes).
    pub fn leave(&self, neutral: &str) {
        let Some(window) = web_sys::window() else { return };
        match self {
            Host::Frame { parent, origin } => {
                post(parent, origin, Message::Leave);
            }
            // Inline: the partner's page is this window (or the top one, if it is framed).
            Host::Inline(_) | Host::Page => {
                let top = window.top().ok().flatten().unwrap_or_else(|| window.clone());
                if top.location().replace(neutral).is_err() {
                    let _ = window.location().replace(neutral);
                }
            }
        }
    }

    /// In the iframe, tells the loader whether « Quitter vite » is shown, and in which words: the
    /// frame never scrolls, so the loader keeps a button of its own in view on the partner's page.
    pub fn quit(&self, label: Option<&str>) {
        if let Host::Frame { parent, origin } = self {
            post(parent, origin, Message::Quit { label: label.map(String::from) });
        }
    }

    /// In the iframe, calls `f` when the loader's « Quitter vite » is pressed: a message from the
    /// partner page itself, on its origin, and nothing else.
    pub fn on_quit(&self, f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
        let Host::Frame { parent, origin } = self else { return None };
        let (parent, origin) = (parent.clone(), origin.clone());
        let window = web_sys::window()?;
        Some(gloo::events::EventListener::new(&window, "message", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from = e.source().is_some_and(|s| js_sys::Object::is(s.as_ref(), parent.as_ref()));
            // The loader's messages carry no payload: their source and type are the whole message.
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
            let read =
                Value::Object(["source", "type"].map(|k| (k.into(), get(k).map_or(Value::Null, Value::Text))).into());
            if from && e.origin() == origin && matches!(Message::from_loader(&read), Some(Message::QuitPressed)) {
                f();
            }
        }))
    }

    /// Brings `el` into the resident's view: in the iframe, the loader scrolls the partner's
    /// page to it (the iframe itself never scrolls); elsewhere the browser does.
    pub fn show(&self, el: &Element) {
        match self {
            Host::Frame { parent, origin } => {
                let r = el.get_bounding_client_rect();
                post(parent, origin, Message::Show { top: r.top(), height: r.height() });
            }
            _ => below_quit(el, quit_bar(el)),
        }
    }

    /// Brings a new step's heading into view after it took focus. In the loader's iframe, tells the
    /// partner page where the heading is (WebKit does not scroll a page for a focus inside a
    /// cross-origin frame); the loader scrolls if it is out of view. Elsewhere, scrolls it into view
    /// if it is not.
    pub fn reveal(&self, el: &Element) {
        let top = el.get_bounding_client_rect().top();
        if let Host::Frame { parent, origin } = self {
            let y = top + web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            post(parent, origin, Message::Step { top: y.max(0.0) });
            return;
        }
        let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
        let bar = quit_bar(el);
        if top < bar || top > height - HEADING_ROOM {
            below_quit(el, bar);
        }
    }

    pub fn is_inline(&self) -> bool {
        matches!(self, Host::Inline(_))
    }

    /// Dispatches an event (`Message::Event`) on the partner's script element.
    pub fn emit(&self, event: Message) {
        match self {
            Host::Page => {}
            Host::Frame { parent, origin } => post(parent, origin, event),
            Host::Inline(emit) => {
                if let Message::Event { name, detail } = event {
                    let _ = emit.call2(&JsValue::NULL, &name.into(), &js(&detail));
                }
            }
        }
    }

    /// In an iframe, tells the loader the widget's language, so the iframe's title (what a
    /// screen reader announces of the frame) follows it.
    pub fn language(&self, lang: &str) {
        if let Host::Frame { parent, origin } = self {
            post(parent, origin, Message::Lang { lang: lang.into() });
        }
    }

    /// In an iframe, reports the content's height whenever it changes, so the loader sizes
    /// the iframe to it: no inner scrollbar. The height depends on content only (never on the
    /// viewport), so resizing the iframe cannot loop.
    pub fn watch_size(&self, root: &Element) {
        let Host::Frame { parent, origin } = self else { return };
        let (parent, origin, el) = (parent.clone(), origin.clone(), root.clone());
        let mut last = -1.0;
        let report = Closure::<dyn FnMut()>::new(move || {
            let height = el.get_bounding_client_rect().height().ceil();
            if height != last {
                last = height;
                post(&parent, &origin, Message::Resize { height });
            }
        });
        if let Ok(observer) = ResizeObserver::new(report.as_ref().unchecked_ref()) {
            observer.observe(root);
        }
        // Lives as long as the page.
        report.forget();
    }
}

/// `scheme://host[:port]`, as `location.origin` gives it.
fn is_origin(o: &str) -> bool {
    (o.starts_with("https://") || o.starts_with("http://"))
        && o.len() < 300
        && !o.split("://").nth(1).is_some_and(|rest| rest.is_empty() || rest.contains(['/', '?', '#', ' ']))
}

/// A plain JS object (structured-clonable for postMessage).
pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in entries {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Sends `m` to the partner page, on its origin only.
fn post(parent: &Window, origin: &str, m: Message) {
    let _ = parent.post_message(&js(&m.encode()), origin);
}

fn js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => (*b).into(),
        Value::Number(n) => (*n).into(),
        Value::Text(s) => s.into(),
        Value::List(l) => l.iter().map(js).collect::<js_sys::Array>().into(),
        Value::Object(o) => {
            let entries: Vec<(&str, JsValue)> = o.iter().map(|(k, x)| (k.as_str(), js(x))).collect();
            object(&entries)
        }
    }
}
