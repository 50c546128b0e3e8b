use super::hooks::use_catalog;
use super::picto::field_picto;
use super::screen::Screen;
use crate::engine::diagnostic::questionnaire::NUMBERS;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub partner: Option<String>,
    /// About how long the diagnostic takes, with the fields asked.
    pub minutes: usize,
    /// The fields asked (data-fields), in order: the introduction names only these.
    pub fields: Vec<crate::engine::FieldId>,
    pub autofocus: bool,
    /// The answers were just wiped (« Effacer mes réponses »): said under the heading, and
    /// announced by the shell's live region.
    pub cleared: bool,
    pub accompanied: bool,
    pub onstart: Callback<()>,
    pub onaccompanied: Callback<bool>,
}

/// What the widget is, how long it takes, and that answers stay on the device; the fields'
/// pictograms (their names are in the introduction), and the emergency numbers, callable at once.
#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let t = use_catalog();
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    // « a, b et c »: the last two joined by « et », the others by a comma.
    let topics = props.fields.iter().rev().map(|f| t.t(f.topic_key()).to_string()).enumerate().fold(
        String::new(),
        |acc, (i, x)| match i {
            0 => x,
            1 => t.format(keys::UI_LIST_PAIR, &[("a", &x), ("b", &acc)]),
            _ => t.format(keys::UI_LIST_MORE, &[("a", &x), ("b", &acc)]),
        },
    );
    let pictos = props.fields.iter().map(|f| field_picto(f.index()));
    html! {
        <Screen class="pw-welcome" title={t.t(keys::UI_WELCOME_TITLE)} heading_id="pw-title" labelled=true autofocus={props.autofocus}>
            if props.cleared {
                <p class="pw-notice">{ t.t(keys::UI_CLEARED) }</p>
            }
            <div class="pw-welcome-pictos">{ for pictos }</div>
            <p>{ t.format(keys::UI_WELCOME_INTRO, &[("topics", &topics)]) }</p>
            <p>{ t.t(keys::UI_WELCOME_RESULT) }</p>
            <ul class="pw-facts">
                <li>{ t.format_with(keys::UI_WELCOME_TIME, &[("minutes", props.minutes.into())]) }</li>
                <li>{ t.t(keys::UI_WELCOME_PRIVACY) }</li>
                <li>{ t.t(keys::UI_WELCOME_SKIP) }</li>
            </ul>
            <button type="button" class="pw-button pw-primary" onclick={onstart}>{ t.t(keys::UI_START) }</button>
            <div class="pw-check pw-accompanied-switch">
                <input type="checkbox" id="pw-accompanied" checked={props.accompanied}
                    onchange={props.onaccompanied.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())} />
                <label for="pw-accompanied">{ t.t(keys::UI_ACCOMPANIED_SWITCH) }</label>
            </div>
            if let Some(p) = &props.partner {
                <p class="pw-partner">{ t.format(keys::UI_PARTNER, &[("partner", p)]) }</p>
            }
            { sos(&t) }
        </Screen>
    }
}

/// The emergency numbers, each a `tel:` (or `sms:`) link, under « Besoin d'aide tout de suite ? »:
/// at the end of the welcome, and of a screen whose chunk never came (a resident in danger on a
/// bad network is not left without them). A function: the first module carries it.
pub fn sos(t: &Catalog) -> Html {
    html! {
        <>
            <p id="pw-sos" class="pw-sos-title">{ t.t(keys::UI_WELCOME_SOS) }</p>
            <ul class="pw-sos" aria-labelledby="pw-sos">
                { for NUMBERS.iter().map(|e| html! {
                    <li><a href={e.href()}><b>{ &*e.number }</b>{" "}{ t.t(&e.short_key()) }</a></li>
                }) }
            </ul>
        </>
    }
}
