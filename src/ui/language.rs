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
    let t = use_context::<Catalog>().expect("catalog context");
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="pw-lang pw-noprint">
            <label for="pw-lang">
                <span aria-hidden="true" class="pw-lang-icon">{ "🌐 " }</span>{ t.t("ui-language") }
            </label>
            <select id="pw-lang" {onchange}>
                { for props.offered.iter().map(|l| html! {
                    <option value={*l} lang={*l} selected={*l == props.current}>{ Catalog::own_name(l) }</option>
                }) }
            </select>
        </div>
    }
}
