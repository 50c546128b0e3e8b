//! Browser glue, in one place: the entry points the page and the loader call, and the host
//! (where the widget lives: a full page, an iframe, or a shadow root in the partner's page).

pub mod contacts;
mod host;
pub mod panic;
pub mod speech;
pub mod storage;

pub use host::{object, Host};

/// The host, handed to the root component (compared by identity).
#[derive(Clone)]
pub struct HostRef(pub std::rc::Rc<Host>);

impl PartialEq for HostRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

use crate::engine::config::Config;
use crate::engine::i18n::Catalog;
use crate::ui::{App, AppProps};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, UrlSearchParams};

/// Entry point of the widget page (`widget.html`), opened directly or inside the loader's iframe.
/// The configuration comes from the page's query string, as the loader wrote it.
#[wasm_bindgen]
pub fn mount_page() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let root = document.get_element_by_id("passerelle").ok_or("no #passerelle element")?;
    let params = UrlSearchParams::new_with_str(&window.location().search()?)?;
    let attrs: Vec<(String, String)> = js_sys::try_iter(&params)?
        .ok_or("query string is not iterable")?
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.ok()?.into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    // `origin` and `instance` are the loader's, not the partner's.
    let param = |name: &str| attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let host = Host::from_page(&window, param("origin").as_deref());
    let instance = param("instance").and_then(|i| i.parse().ok()).unwrap_or(0);
    let attrs = attrs.into_iter().filter(|(k, _)| k != "origin" && k != "instance");
    let shared = take_fragment(&window);
    start(root, attrs, host, instance, String::new(), shared)
}

/// Entry point of the inline integration: `root` lies in a shadow root the loader made,
/// `attrs` are the script tag's `data-*` values, `emit(name, detail)` dispatches host events,
/// `instance` numbers the widgets of the page, `bundle` is the URL of the bundle's folder.
#[wasm_bindgen]
pub fn mount(root: Element, attrs: js_sys::Object, emit: js_sys::Function, instance: u32, bundle: String) -> Result<(), JsValue> {
    let attrs: Vec<(String, String)> = js_sys::Object::entries(&attrs)
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    start(root, attrs.into_iter(), Host::Inline(emit), instance, bundle, None)
}

/// `bundle`: the bundle's folder URL, empty when the page is in it.
/// `shared`: the answers of a take-away link, if the page was opened from one.
fn start(
    root: Element,
    attrs: impl Iterator<Item = (String, String)>,
    host: Host,
    instance: u32,
    bundle: String,
    shared: Option<String>,
) -> Result<(), JsValue> {
    // The floor: a bare Yew page behind the same loader, size and ready messages; nothing of ours.
    #[cfg(feature = "floor")]
    {
        host.watch_size(&root);
        yew::Renderer::<floor::Hello>::with_root(root).render();
        host.emit("passerelle:ready", &JsValue::NULL);
        return Ok(());
    }
    let attrs: Vec<(String, String)> = attrs.collect();
    let (config, warnings) =
        Config::parse(attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())), crate::engine::FIELD_IDS);
    for w in warnings {
        gloo::console::warn!(w.0);
    }
    if let (Some(color), Some(el)) = (config.color, root.dyn_ref::<HtmlElement>()) {
        // Through the CSSOM, which a strict style-src CSP allows (a style attribute it would not).
        el.style().set_property("--accent", &color.hex())?;
    }
    let lang = config.lang.unwrap_or_else(|| browser_language(&config.langs));
    host.watch_size(&root);
    let host = std::rc::Rc::new(host);
    let base = bundle.clone();
    let render = move |catalog: Catalog| {
        let apology = ["ui-crash-title", "ui-crash-text", "ui-crash-contact", "ui-reload"].map(|k| catalog.t(k));
        panic::watch(&root, config.partner.clone(), apology);
        let ready = host::object(&[
            ("mode", config.mode.as_str().into()),
            ("lang", catalog.lang.into()),
            ("partner", config.partner.as_deref().map_or(JsValue::NULL, JsValue::from)),
        ]);
        let store = storage::Store::new(config.mode.as_str(), instance);
        root.set_inner_html("");
        let props = AppProps {
            config: config.into(),
            catalog,
            store,
            national: format!("{bundle}national.json"),
            page: page_url(&bundle),
            bundle,
            shared,
            host: HostRef(host.clone()),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        host.emit("passerelle:ready", &ready);
    };
    // French is in the bundle; another language's file comes first (one request).
    match Catalog::available(lang) {
        Some(c) => render(c),
        None => wasm_bindgen_futures::spawn_local(async move { render(language(&base, lang).await) }),
    }
    Ok(())
}

/// A language's messages, fetched from the bundle; French if they cannot be had.
pub async fn language(bundle: &str, lang: &str) -> Catalog {
    if let Some(c) = Catalog::available(lang) {
        return c;
    }
    let Some(file) = Catalog::file(lang) else { return Catalog::new("fr") };
    match contacts::fetch_text(&format!("{bundle}{file}")).await {
        Ok(text) => Catalog::load(lang, text),
        Err(e) => {
            gloo::console::warn!(format!("Passerelle: messages for \"{lang}\" could not be loaded ({e}); using French."));
            Catalog::new("fr")
        }
    }
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
fn browser_language(offered: &[&'static str]) -> &'static str {
    let navigator = web_sys::window().map(|w| w.navigator());
    let prefs = navigator.map(|n| n.languages().iter().filter_map(|l| l.as_string()).collect::<Vec<_>>());
    prefs
        .unwrap_or_default()
        .iter()
        .filter_map(|l| l.split('-').next())
        .find_map(|l| offered.iter().copied().find(|s| s.eq_ignore_ascii_case(l)))
        .unwrap_or("fr")
}

/// The device's local time: weekday (0 = Monday) and minutes since midnight.
pub fn now() -> (u8, u16) {
    let d = js_sys::Date::new_0();
    (((d.get_day() + 6) % 7) as u8, (d.get_hours() * 60 + d.get_minutes()) as u16)
}

/// Benchmark hook (built only with `--features bench`, never in a release): ranks the
/// contacts in `json` for every field of a full set of answers, `rounds` times; returns the
/// mean milliseconds of one full ranking.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_ranking(json: &str, rounds: u32) -> f64 {
    use crate::engine::matching::{all_needs, contacts_for, Context};
    let dir = contacts::parse(json).unwrap_or_default();
    let needs = all_needs(&crate::engine::questionnaire::Questionnaire::builtin());
    let ctx = Context { mode: crate::engine::config::Mode::Accompagne, commune: Some("93901".into()), ..Context::default() };
    let clock = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let started = clock.now();
    for _ in 0..rounds {
        for n in &needs {
            std::hint::black_box(contacts_for(&dir, n, &ctx));
        }
    }
    (clock.now() - started) / rounds as f64
}

/// Prints the widget's document (in the iframe, only the widget).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Copies `text` to the clipboard; `false` where the browser refuses.
pub async fn copy(text: String) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Today's date on this device: (day, month, year).
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_date(), d.get_month() + 1, d.get_full_year())
}

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
fn take_fragment(window: &web_sys::Window) -> Option<String> {
    let hash = window.location().hash().ok()?;
    let answers = crate::engine::share::from_fragment(&hash)?.to_string();
    let clean = format!("{}{}", window.location().pathname().ok()?, window.location().search().ok()?);
    let _ = window.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    Some(answers)
}

/// The benchmarks' floor (`--features floor`): what a minimal Yew page costs, built the same way.
#[cfg(feature = "floor")]
mod floor {
    use yew::prelude::*;

    #[component]
    pub fn Hello() -> Html {
        let n = use_state(|| 0);
        let onclick = { let n = n.clone(); Callback::from(move |_| n.set(*n + 1)) };
        html! { <div class="pw-app"><button type="button" class="pw-button pw-primary" {onclick}>{ format!("Commencer {}", *n) }</button></div> }
    }
}
