//! The page the widget lives in: its address (the take-away link's page, the fragment it was
//! opened with) and its language.

use crate::engine::messages::Catalog;
use wasm_bindgen::JsValue;

/// The widget page's URL for a take-away link: this page when the widget is one, else the
/// bundle's `widget.html`.
pub fn page_url(bundle: &str) -> String {
    if !bundle.is_empty() {
        return format!("{bundle}widget.html");
    }
    web_sys::window()
        .and_then(|w| Some(format!("{}{}", w.location().origin().ok()?, w.location().pathname().ok()?)))
        .unwrap_or_else(|| "widget.html".into())
}

/// Reads the answers of a take-away link from the fragment, then removes them from the
/// address bar: a shared device must not show them to the next person.
pub fn take_fragment(window: &web_sys::Window) -> Option<String> {
    let hash = window.location().hash().ok()?;
    let answers = crate::engine::handoff::share::from_fragment(&hash)?.to_string();
    let clean = format!("{}{}", window.location().pathname().ok()?, window.location().search().ok()?);
    let _ = window.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    Some(answers)
}

/// In a page of its own (full page or iframe), the document's language and direction follow
/// the widget's; an inline widget leaves the host page's alone.
pub fn set_document_language(c: &Catalog) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", c.lang);
        let _ = html.set_attribute("dir", c.dir());
    }
}

/// The first of the browser's preferred languages among those offered, else French.
pub fn browser_language(offered: &[&'static str]) -> &'static str {
    let navigator = web_sys::window().map(|w| w.navigator());
    let prefs = navigator.map(|n| n.languages().iter().filter_map(|l| l.as_string()).collect::<Vec<_>>());
    prefs
        .unwrap_or_default()
        .iter()
        .filter_map(|l| l.split('-').next())
        .find_map(|l| offered.iter().copied().find(|s| s.eq_ignore_ascii_case(l)))
        .unwrap_or("fr")
}

/// `url` made absolute against this page's address (the bundle's folder for the widget page).
pub fn absolute(url: &str) -> Option<String> {
    let base = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new_with_base(url, &base).ok().map(|u| u.href())
}
