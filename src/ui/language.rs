use super::hooks::use_catalog;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageProps {
    pub current: &'static str,
    pub offered: Vec<&'static str>,
    pub onchange: Callback<String>,
}

/// On every screen: each language named in itself, so a resident who reads no French finds theirs.
#[component]
pub fn LanguageMenu(props: &LanguageProps) -> Html {
    let t = use_catalog();
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="pw-lang pw-noprint">
            <label for="pw-lang">
                // A globe drawn in strokes, not an emoji (which some phones show as an empty box).
                <svg class="pw-lang-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"
                    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
                    <circle cx="12" cy="12" r="9" />
                    <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9" />
                </svg>{ t.t(keys::UI_LANGUAGE) }
            </label>
            <select id="pw-lang" {onchange}>
                { for props.offered.iter().map(|l| html! {
                    <option value={*l} lang={*l} selected={*l == props.current}>{ Catalog::own_name(l) }</option>
                }) }
            </select>
        </div>
    }
}
