use super::{use_heading_focus, Dispatch};
use crate::engine::i18n::Catalog;
use crate::engine::questionnaire::Level;
use crate::engine::session::{Action, FieldResult, Help, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub results: Vec<FieldResult>,
    /// The first question of each field, to go back and answer.
    pub first_questions: Vec<(String, String)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// The fields in the resident's order, each in one plain sentence. Never a score.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let first = |field: &str| props.first_questions.iter().find(|(f, _)| f == field).map(|(_, q)| q.clone());
    let item = |r: &FieldResult| {
        let f = &r.field;
        let sentence = if r.skipped {
            t.t("ui-results-skipped").to_string()
        } else {
            match r.level {
                Some(l) => t.t(&format!("field-{f}-{}", l.as_str())).to_string(),
                None => t.t("ui-results-unanswered").to_string(),
            }
        };
        let wants = matches!(r.help, Some(Help::Oui | Help::PlusTard)) || r.level == Some(Level::Urgent);
        let goto = first(f).map(|q| props.dispatch.reform(move |_| Action::GoTo(Step::Question(q.clone()))));
        html! {
            <li class={classes!("pw-result", r.level.map(|l| format!("pw-level-{}", l.as_str())))}>
                <h3>{ t.t(&format!("field-{f}")) }</h3>
                <p>{ sentence }</p>
                if let Some(h) = r.help {
                    <p class="pw-wish">{ t.t(&format!("ui-results-help-{}", h.as_str())) }</p>
                }
                if wants && r.level > Some(Level::Ok) {
                    <p class="pw-contacts-slot">{ t.t("ui-results-contacts-soon") }</p>
                }
                if let Some(goto) = goto.filter(|_| r.skipped || r.level.is_none()) {
                    <button type="button" class="pw-button" onclick={goto}>
                        { t.t("ui-results-answer") }<span class="pw-sr">{ format!(" : {}", t.t(&format!("field-{f}"))) }</span>
                    </button>
                }
            </li>
        }
    };
    html! {
        <section class="pw-screen pw-results">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ t.t("ui-results-title") }</h2>
            <p>{ t.t("ui-results-intro") }</p>
            <ol class="pw-result-list">{ for props.results.iter().map(item) }</ol>
            <div class="pw-nav">
                <button type="button" class="pw-button" onclick={props.dispatch.reform(|_| Action::Back)}>
                    <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-results-change") }
                </button>
            </div>
        </section>
    }
}
