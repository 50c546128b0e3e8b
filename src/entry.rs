//! The composition root: the entry points the page and the loader call. Each builds the
//! configuration, checks what the deployment vouches for, picks the language, installs panic
//! containment and renders the widget's root (`ui::Boot`). The browser services it wires are in
//! `web`, the components in `ui`; neither knows this module.

#[cfg(feature = "floor")]
mod floor;

use crate::engine::config::{Config, Mode};
use crate::engine::contacts::trust::Trust;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::ui::{AppProps, Boot};
use crate::web::{fetch, page, panic, storage, Host, HostRef};
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
    let attrs: Vec<(String, String)> = attrs.into_iter().filter(|(k, _)| k != "origin" && k != "instance").collect();
    let shared = page::take_fragment(&window);
    // Opened directly (not in a partner's page): the bundle's origin vouches only for the partners
    // and contacts files its deployment lists (SPEC §7).
    let asks = attrs.iter().any(|(k, _)| k == "partner" || k == "contacts");
    if matches!(host, Host::Page) && asks {
        wasm_bindgen_futures::spawn_local(async move {
            let trust = fetch::trust().await;
            if let Err(e) = start(root, attrs, host, instance, String::new(), shared, Some(trust)) {
                gloo::console::error!(e);
            }
        });
        return Ok(());
    }
    start(root, attrs, host, instance, String::new(), shared, None)
}

/// Entry point of the inline integration: `root` lies in a shadow root the loader made,
/// `attrs` are the script tag's `data-*` values, `emit(name, detail)` dispatches host events,
/// `instance` numbers the widgets of the page, `bundle` is the URL of the bundle's folder.
#[wasm_bindgen]
pub fn mount(
    root: Element,
    attrs: js_sys::Object,
    emit: js_sys::Function,
    instance: u32,
    bundle: String,
) -> Result<(), JsValue> {
    let attrs: Vec<(String, String)> = js_sys::Object::entries(&attrs)
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    start(root, attrs, Host::Inline(emit), instance, bundle, None, None)
}

/// `bundle`: the bundle's folder URL, empty when the page is in it.
/// `shared`: the answers of a take-away link, if the page was opened from one.
/// Not generic, and not inlined: one copy for both entry points.
#[inline(never)]
fn start(
    root: Element,
    attrs: Vec<(String, String)>,
    host: Host,
    instance: u32,
    bundle: String,
    shared: Option<String>,
    trust: Option<Trust>,
) -> Result<(), JsValue> {
    // The floor: a bare Yew page behind the same loader, size and ready messages; nothing of ours.
    #[cfg(feature = "floor")]
    {
        host.watch_size(&root);
        yew::Renderer::<floor::Hello>::with_root(root).render();
        host.emit(crate::engine::protocol::Message::Event {
            name: "passerelle:ready".into(),
            detail: crate::engine::protocol::Value::Null,
        });
        return Ok(());
    }
    let config = configure(&attrs, trust);
    if let (Some(color), Some(el)) = (config.color, root.dyn_ref::<HtmlElement>()) {
        // Through the CSSOM, which a strict style-src CSP allows (a style attribute it would not).
        el.style().set_property("--accent", &color.hex())?;
    }
    let store = storage::Store::new(config.mode.as_str(), instance);
    // The language chosen in the menu comes back with the answers after a reload; one chosen on the
    // first screen (www/first.js) is kept on `root`, read again each time a language file came.
    let langs = config.langs.clone();
    let menu_store = store.clone();
    let chosen = move |root: &Element| {
        let kept = root.get_attribute("data-pw-lang").or_else(|| menu_store.load_lang());
        kept.and_then(|l| langs.iter().copied().find(|s| *s == l))
    };
    let lang = chosen(&root).or(config.lang).unwrap_or_else(|| page::browser_language(&config.langs));
    host.watch_size(&root);
    let host = HostRef(std::rc::Rc::new(host));
    let base = bundle.clone();
    let root_again = root.clone();
    let render = move |catalog: Catalog| {
        let apology =
            [keys::UI_CRASH_TITLE, keys::UI_CRASH_TEXT, keys::UI_WELCOME_SOS, keys::UI_RELOAD].map(|k| catalog.t(k));
        let contact = config.partner.as_deref().map(|p| catalog.format(keys::UI_CRASH_CONTACT, &[("partner", p)]));
        let numbers = crate::engine::diagnostic::questionnaire::NUMBERS
            .iter()
            .map(|e| (e.href(), &*e.number, catalog.t(&e.short_key()).to_string()))
            .collect();
        panic::watch(&root, contact, apology, numbers);
        let ready =
            crate::engine::protocol::Message::ready(config.mode.as_str(), catalog.lang, config.partner.as_deref());
        // What the resident did on the first screen until now (www/first.js), read in the task that
        // replaces it: a tap made while a language file was on its way is not lost.
        let kept = |name: &str| {
            let value = root.get_attribute(name);
            let _ = root.remove_attribute(name);
            value
        };
        let tapped = kept("data-pw-start").is_some();
        let kept_accompanied = kept("data-pw-accompanied").is_some();
        kept("data-pw-lang"); // already honoured by `chosen`
        root.set_inner_html("");
        let accompanied = config.mode == Mode::Accompagne || kept_accompanied;
        let props = AppProps {
            config: config.into(),
            catalog,
            store,
            national: format!("{bundle}national.json"),
            page: page::page_url(&bundle),
            bundle,
            shared,
            host: host.clone(),
            start: tapped,
            accompanied,
            onlang: yew::Callback::noop(),
        };
        yew::Renderer::<Boot>::with_root_and_props(root, props).render();
        host.0.emit(ready);
    };
    // French is in the bundle; another language's file comes first (one request), and another
    // again if the resident chose a third on the first screen meanwhile.
    match Catalog::available(lang) {
        Some(c) => render(c),
        None => wasm_bindgen_futures::spawn_local(async move {
            let mut asked = lang;
            loop {
                let catalog = fetch::language(&base, asked).await;
                match chosen(&root_again) {
                    Some(l) if l != asked => asked = l,
                    _ => break render(catalog),
                }
            }
        }),
    }
    Ok(())
}

/// The configuration from the page's attributes, its warnings on the console; opened on its own,
/// what the deployment does not vouch for is refused (`contacts::trust`).
fn configure(attrs: &[(String, String)], trust: Option<Trust>) -> Config {
    let (mut config, warnings) =
        Config::parse(attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())), crate::engine::FIELD_IDS);
    for w in warnings {
        gloo::console::warn!(w.0);
    }
    if let Some(trust) = trust {
        let refused = trust.vouch(&mut config, page::absolute);
        if refused.any() {
            gloo::console::warn!(refused.message());
        }
    }
    config
}
