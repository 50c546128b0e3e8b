use super::read_aloud::ReadAloud;
use super::{use_heading_focus, Dispatch};
use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::diagnostic::session::{Action, Help};
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub field: String,
    pub level: Option<Level>,
    pub chosen: Option<Help>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// After a field that signals something: where the resident stands, in words, and whether
/// they want help with it.
#[component]
pub fn HelpScreen(props: &HelpProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let f = &props.field;
    let buttons = Help::ALL.iter().map(|h| {
        let action = Action::Help(f.clone(), *h);
        let class = classes!("pw-button", (*h == Help::Oui).then_some("pw-primary"));
        html! {
            <button type="button" {class} aria-pressed={(props.chosen == Some(*h)).to_string()}
                onclick={props.dispatch.reform(move |_| action.clone())}>
                { t.t(&format!("ui-help-{}", h.as_str())) }
            </button>
        }
    });
    html! {
        <section class="pw-screen pw-help">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ t.t(&format!("field-{f}")) }</h2>
            if let Some(level) = props.level {
                <p>{ t.t(&level.sentence_key(f)) }</p>
            }
            <p id="pw-help-q" class="pw-question-text">{ t.t("ui-help-question") }</p>
            <ReadAloud text={format!("{}. {}. {}", t.t(&format!("field-{f}")), props.level.map_or(String::new(), |l| t.t(&l.sentence_key(f)).to_string()), t.t("ui-help-question"))} />
            <div class="pw-choices" role="group" aria-labelledby="pw-help-q">{ for buttons }</div>
            <div class="pw-nav">
                <button type="button" class="pw-button" onclick={props.dispatch.reform(|_| Action::Back)}>
                    <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-back") }
                </button>
            </div>
        </section>
    }
}
