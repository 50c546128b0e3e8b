use super::emergency::AfterHeading;
use super::hooks::use_catalog;
use super::picto::picto;
use super::question::option;
use super::read_aloud::ReadAloud;
use super::screen::{Back, Screen};
use super::Dispatch;
use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::diagnostic::{Action, Help, Wish};
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub field: String,
    pub level: Option<Level>,
    pub chosen: Option<Help>,
    /// Marked « le plus important pour moi ».
    pub important: bool,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// « Le plus important pour moi » for a field: a real checkbox, its label naming the field for
/// screen readers; it only marks (nothing moves, nothing goes on), one tap on or off.
fn important(t: &Catalog, field: &str, on: bool, d: &Dispatch) -> Html {
    let d = d.clone();
    let id = format!("pw-important-{field}");
    let action = Action::Important(field.to_string(), !on);
    html! {
        <div class="pw-option pw-important">
            <input type="checkbox" id={id.clone()} checked={on}
                onchange={Callback::from(move |_: Event| d.emit(action.clone()))} />
            <label for={id}>
                <span aria-hidden="true" class="pw-star">{ if on { "★" } else { "☆" } }</span>
                { t.t("ui-important") }
                <span class="pw-sr">{ " — " }{ t.t(&format!("field-{field}")) }</span>
            </label>
        </div>
    }
}

/// After a field that signals something: where the resident stands, in words, and whether
/// they want help with it.
#[component]
pub fn HelpScreen(props: &HelpProps) -> Html {
    let t = use_catalog();
    let f = &props.field;
    // Each answer goes on to the next step: plain buttons (not toggles) whose description says
    // so; the one chosen before, when the resident comes back, says that too.
    let buttons = Help::ALL.iter().map(|h| {
        let action = Action::Help(f.clone(), *h);
        let chosen = props.chosen == Some(*h);
        let class = classes!("pw-button", (*h == Help::Oui).then_some("pw-primary"), chosen.then_some("pw-chosen"));
        let described = if chosen { "pw-help-goes-on pw-help-chosen" } else { "pw-help-goes-on" };
        html! {
            <button type="button" {class} aria-describedby={described}
                onclick={props.dispatch.reform(move |_| action.clone())}>
                { t.t(&format!("ui-help-{}", h.as_str())) }
            </button>
        }
    });
    let sentence = props.level.map(|l| t.t(&l.sentence_key(f)).to_string());
    let spoken: Vec<String> = std::iter::once(t.t(&format!("field-{f}")).to_string())
        .chain(sentence.clone())
        .chain([t.t("ui-help-question").to_string(), t.t("ui-help-goes-on").to_string()])
        .chain(Help::ALL.iter().map(|h| t.t(&format!("ui-help-{}", h.as_str())).to_string()))
        .collect();
    html! {
        <Screen class="pw-help" title={t.t(&format!("field-{f}")).to_string()} autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }}
            back={Back { label: "ui-back", noprint: false, onclick: props.dispatch.reform(|_| Action::Back) }}>
            if let Some(sentence) = sentence {
                <p>{ sentence }</p>
            }
            { important(&t, f, props.important, &props.dispatch) }
            <p id="pw-help-q" class="pw-question-text">{ t.t("ui-help-question") }</p>
            <ReadAloud parts={spoken} />
            <p id="pw-help-goes-on" class="pw-hint">{ t.t("ui-help-goes-on") }</p>
            if props.chosen.is_some() { <span id="pw-help-chosen" class="pw-sr">{ t.t("ui-help-chosen") }</span> }
            <div class="pw-choices" role="group" aria-labelledby="pw-help-q">{ for buttons }</div>
        </Screen>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// The fields that signal something, in the roadmap's order, with the wish said so far and
    /// the mark (`Diagnostic::wish_list`).
    pub wishes: Vec<Wish>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// The autonomous mode asks once, at the end: a checkbox per field that signals something.
#[component]
pub fn HelpChecklist(props: &ChecklistProps) -> Html {
    let t = use_catalog();
    let d = props.dispatch.clone();
    let boxes = props.wishes.iter().map(|w| {
        let f = &w.field;
        // Ticked by default (the engine reads « Suivant » so).
        let checked = w.ticked();
        let action = Action::Help(f.clone(), if checked { Help::Non } else { Help::Oui });
        let label = html! { <>{ picto(w.picto) }{ t.t(&format!("field-{f}")) }</> };
        // Beside each field, its own mark: the list never moves as either is ticked.
        html! {
            <div class="pw-wish">
                { option("checkbox", "wish", f, label, checked, action, &d) }
                { important(&t, f, w.important, &d) }
            </div>
        }
    });
    let spoken: Vec<String> = std::iter::once(t.t("ui-wishes-title").to_string())
        .chain([t.t("ui-multiple-hint").to_string(), t.t("ui-important-hint").to_string()])
        .chain(props.wishes.iter().map(|w| t.t(&format!("field-{}", w.field)).to_string()))
        .collect();
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    html! {
        <Screen class="pw-help pw-wishes" title={t.t("ui-wishes-title")} heading_id="pw-wishes-q" autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }}>
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                <fieldset class="pw-fieldset" aria-labelledby="pw-wishes-q" aria-describedby="pw-wishes-hint pw-important-hint">
                    <p class="pw-hint" id="pw-wishes-hint">{ t.t("ui-multiple-hint") }</p>
                    <p class="pw-hint" id="pw-important-hint">{ t.t("ui-important-hint") }</p>
                    <div class="pw-options">{ for boxes }</div>
                </fieldset>
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-back") }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t("ui-next") }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
            </form>
        </Screen>
    }
}
