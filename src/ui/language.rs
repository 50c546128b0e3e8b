use super::AppProps;
use crate::engine::messages::Catalog;
use yew::prelude::*;

/// The language the widget speaks, and the menu's callback. It can change on any screen, the
/// answers staying: a choice is kept on this device and its messages fetched; the document's
/// language (not inline) and the loader's frame title follow.
#[hook]
pub fn use_language(props: &AppProps) -> (Catalog, Callback<String>) {
    let catalog = use_state(|| props.catalog);
    {
        let host = props.host.clone();
        use_effect_with(*catalog, move |c| {
            if !host.0.is_inline() {
                crate::web::page::set_document_language(c);
            }
            host.0.language(c.lang);
        });
    }
    let onlang = {
        let (catalog, bundle, store) = (catalog.clone(), props.bundle.clone(), props.store.clone());
        Callback::from(move |lang: String| {
            store.save_lang(&lang);
            let (catalog, bundle) = (catalog.clone(), bundle.clone());
            wasm_bindgen_futures::spawn_local(
                async move { catalog.set(crate::web::fetch::language(&bundle, &lang).await) },
            );
        })
    };
    (*catalog, onlang)
}

#[derive(Properties, PartialEq)]
pub struct LanguageProps {
    pub current: &'static str,
    pub offered: Vec<&'static str>,
    pub onchange: Callback<String>,
}

/// On every screen: each language named in itself, so a resident who reads no French finds theirs.
#[component]
pub fn LanguageMenu(props: &LanguageProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="pw-lang pw-noprint">
            <label for="pw-lang">
                // A globe drawn in strokes, not an emoji (which some phones show as an empty box).
                <svg class="pw-lang-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"
                    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
                    <circle cx="12" cy="12" r="9" />
                    <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9" />
                </svg>{ t.t("ui-language") }
            </label>
            <select id="pw-lang" {onchange}>
                { for props.offered.iter().map(|l| html! {
                    <option value={*l} lang={*l} selected={*l == props.current}>{ Catalog::own_name(l) }</option>
                }) }
            </select>
        </div>
    }
}
