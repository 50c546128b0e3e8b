//! The resident's postcode, asked on the roadmap when the partner's contacts are one file per
//! département and the page names no commune (a national site). The département is found on the
//! device (`engine::territory::of_postcode`); the postcode itself is never sent: only the
//! département's file is fetched, and the piece its index names for the postcode.

use super::hooks::use_catalog;
use crate::engine::messages::keys;
use crate::engine::territory;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AskTerritoryProps {
    /// The postcode typed, once it can be one: read on the device (`engine::territory::Place`).
    pub onpick: Callback<String>,
}

#[component]
pub fn AskTerritory(props: &AskTerritoryProps) -> Html {
    let t = use_catalog();
    let input = use_node_ref();
    let wrong = use_state(|| false);
    let onsubmit = {
        let (input, wrong, onpick) = (input.clone(), wrong.clone(), props.onpick.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            match territory::of_postcode(&value) {
                Some(_) => onpick.emit(value),
                None => wrong.set(true),
            }
        })
    };
    let described = if *wrong { "pw-territory-hint pw-territory-wrong" } else { "pw-territory-hint" };
    html! {
        <form class="pw-commune pw-territory pw-noprint" {onsubmit} novalidate=true>
            <label for="pw-territory">{ t.t(keys::UI_TERRITORY_LABEL) }</label>
            <p class="pw-hint" id="pw-territory-hint">{ t.t(keys::UI_TERRITORY_HINT) }</p>
            <input id="pw-territory" ref={input} type="text" inputmode="numeric" autocomplete="postal-code"
                maxlength="6" size="6" aria-describedby={described} aria-invalid={(*wrong).to_string()} />
            <button type="submit" class="pw-button">{ t.t(keys::UI_TERRITORY_SUBMIT) }</button>
            if *wrong {
                <p class="pw-notice" id="pw-territory-wrong" role="alert">{ t.t(keys::UI_TERRITORY_WRONG) }</p>
            }
        </form>
    }
}
