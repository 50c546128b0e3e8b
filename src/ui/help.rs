use super::class::class;
use super::emergency::AfterHeading;
use super::hooks::use_catalog;
use super::picto::picto;
use super::question::option;
use super::read_aloud::ReadAloud;
use super::screen::{Back, Screen};
use super::Dispatch;
use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::diagnostic::{Action, Help, Wish};
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::engine::FieldId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub field: FieldId,
    pub level: Option<Level>,
    pub chosen: Option<Help>,
    /// Marked « le plus important pour moi ».
    pub important: bool,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// « Le plus important pour moi » for a field: a real checkbox, its label naming the field for
/// screen readers; it only marks (nothing moves, nothing goes on), one tap on or off.
fn important(t: &Catalog, field: FieldId, on: bool, d: &Dispatch) -> Html {
    let d = d.clone();
    let id = format!("pw-important-{field}");
    let action = Action::Important(field, !on);
    html! {
        <div class="pw-option pw-important">
            <input type="checkbox" id={id.clone()} checked={on}
                onchange={Callback::from(move |_: Event| d.emit(action.clone()))} />
            <label for={id}>
                <span aria-hidden="true" class="pw-star">{ if on { "★" } else { "☆" } }</span>
                { t.t(keys::UI_IMPORTANT) }
                <span class="pw-sr">{ " — " }{ t.t(field.key()) }</span>
            </label>
        </div>
    }
}

/// After a field that signals something: where the resident stands, in words, and whether
/// they want help with it.
#[component]
pub fn HelpScreen(props: &HelpProps) -> Html {
    let t = use_catalog();
    let f = props.field;
    // Each answer goes on to the next step: plain buttons (not toggles) whose description says
    // so; the one chosen before, when the resident comes back, says that too.
    let buttons = Help::ALL.iter().map(|h| {
        let action = Action::Help(f, *h);
        let chosen = props.chosen == Some(*h);
        let class = class!("pw-button", (*h == Help::Oui).then_some("pw-primary"), chosen.then_some("pw-chosen"));
        let described = if chosen { "pw-help-goes-on pw-help-chosen" } else { "pw-help-goes-on" };
        html! {
            <button type="button" ~className={class} aria-describedby={described}
                onclick={props.dispatch.reform(move |_| action.clone())}>
                { t.t(h.key()) }
            </button>
        }
    });
    let sentence = props.level.map(|l| t.t(l.sentence_key(f)).to_string());
    let spoken: Vec<String> = std::iter::once(t.t(f.key()).to_string())
        .chain(sentence.clone())
        .chain([t.t(keys::UI_HELP_QUESTION).to_string(), t.t(keys::UI_HELP_GOES_ON).to_string()])
        .chain(Help::ALL.iter().map(|h| t.t(h.key()).to_string()))
        .collect();
    html! {
        <Screen class="pw-help" title={t.t(f.key()).to_string()} autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }}
            back={Back { label: keys::UI_BACK, noprint: false, onclick: props.dispatch.reform(|_| Action::Back) }}>
            if let Some(sentence) = sentence {
                <p>{ sentence }</p>
            }
            { important(&t, f, props.important, &props.dispatch) }
            <p id="pw-help-q" class="pw-question-text">{ t.t(keys::UI_HELP_QUESTION) }</p>
            <ReadAloud parts={spoken} />
            <p id="pw-help-goes-on" class="pw-hint">{ t.t(keys::UI_HELP_GOES_ON) }</p>
            if props.chosen.is_some() { <span id="pw-help-chosen" class="pw-sr">{ t.t(keys::UI_HELP_CHOSEN) }</span> }
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
        let action = Action::Help(*f, if checked { Help::Non } else { Help::Oui });
        let label = html! { <>{ picto(w.picto) }{ t.t(f.key()) }</> };
        // Beside each field, its own mark: the list never moves as either is ticked.
        html! {
            <div class="pw-wish">
                { option("checkbox", "wish", f, label, checked, action, &d) }
                { important(&t, *f, w.important, &d) }
            </div>
        }
    });
    let spoken: Vec<String> = std::iter::once(t.t(keys::UI_WISHES_TITLE).to_string())
        .chain([t.t(keys::UI_MULTIPLE_HINT).to_string(), t.t(keys::UI_IMPORTANT_HINT).to_string()])
        .chain(props.wishes.iter().map(|w| t.t(w.field.key()).to_string()))
        .collect();
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    html! {
        <Screen class="pw-help pw-wishes" title={t.t(keys::UI_WISHES_TITLE)} heading_id="pw-wishes-q" autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }}>
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                <fieldset class="pw-fieldset" aria-labelledby="pw-wishes-q" aria-describedby="pw-wishes-hint pw-important-hint">
                    <p class="pw-hint" id="pw-wishes-hint">{ t.t(keys::UI_MULTIPLE_HINT) }</p>
                    <p class="pw-hint" id="pw-important-hint">{ t.t(keys::UI_IMPORTANT_HINT) }</p>
                    <div class="pw-options">{ for boxes }</div>
                </fieldset>
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t(keys::UI_BACK) }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t(keys::UI_NEXT) }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
            </form>
        </Screen>
    }
}
