use super::class::class;
use super::hooks::use_catalog;
use super::screen::Screen;
use super::Dispatch;
use crate::engine::diagnostic::{Action, FieldResult, Step};
use crate::engine::messages::keys;
use crate::engine::FieldId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// The fields in the canonical order, with their first question.
    pub fields: Vec<(FieldResult, String)>,
    pub notes: Vec<(FieldId, String)>,
    pub assisted: bool,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// Accompanied mode: the eight fields at a glance, any order, a note for each.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let t = use_catalog();
    let d = &props.dispatch;
    let card = |(r, first): &(FieldResult, String)| {
        let f = r.field;
        let status = match (r.skipped, r.level) {
            (true, _) => t.t(keys::UI_OVERVIEW_SKIPPED).to_string(),
            (_, Some(l)) => t.t(l.sentence_key(f)).to_string(),
            (_, None) => t.t(keys::UI_OVERVIEW_TODO).to_string(),
        };
        let go = {
            let q = first.clone();
            d.reform(move |_| Action::GoTo(Step::Question(q.clone())))
        };
        let note = props.notes.iter().find(|(x, _)| *x == f).map(|(_, n)| n.clone()).unwrap_or_default();
        let onchange = {
            d.reform(move |e: Event| Action::Note(f, e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
        };
        let title = t.t(f.key()).to_string();
        html! {
            <li ~className={class!("pw-field-card", r.level.map(|l| format!("pw-level-{}", l.as_str())))}>
                <h3>{ &title }</h3>
                <p>{ status }</p>
                <button type="button" class="pw-button" onclick={go}>
                    { t.t(if r.level.is_some() || r.skipped { keys::UI_OVERVIEW_EDIT } else { keys::UI_OVERVIEW_START }) }
                    <span class="pw-sr">{ format!(" : {title}") }</span>
                </button>
                <label class="pw-note-label" for={format!("pw-note-{f}")}>{ t.t(keys::UI_NOTE_LABEL) }</label>
                <textarea id={format!("pw-note-{f}")} class="pw-note" rows="2" maxlength="500" value={note} {onchange} />
            </li>
        }
    };
    let onassisted =
        d.reform(|e: Event| Action::SetAssisted(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
    html! {
        <Screen class="pw-overview" title={t.format_with(keys::UI_OVERVIEW_TITLE, &[("count", props.fields.len().into())])} autofocus={props.autofocus}>
            <p>{ t.t(keys::UI_OVERVIEW_INTRO) }</p>
            <ul class="pw-field-grid">{ for props.fields.iter().map(card) }</ul>
            <div class="pw-check">
                <input type="checkbox" id="pw-assisted" checked={props.assisted} onchange={onassisted} />
                <label for="pw-assisted">{ t.t(keys::UI_ASSISTED) }</label>
            </div>
            <div class="pw-nav">
                <button type="button" class="pw-button pw-primary" onclick={d.reform(|_| Action::GoTo(Step::Results))}>{ t.t(keys::UI_OVERVIEW_RESULTS) }</button>
            </div>
        </Screen>
    }
}
