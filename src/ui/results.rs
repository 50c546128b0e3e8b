use super::contact::ContactCard;
use super::{use_heading_focus, Contacts, Dispatch};
use crate::engine::card::card;
use crate::engine::i18n::Catalog;
use crate::engine::matching::{contacts_for, Context};
use crate::engine::questionnaire::Level;
use crate::engine::session::{Action, FieldResult, Help, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub results: Vec<FieldResult>,
    /// The first question of each field, to go back and answer.
    pub first_questions: Vec<(String, String)>,
    pub contacts: Contacts,
    pub context: Context,
    /// Local time: weekday (0 = Monday), minutes since midnight.
    pub now: (u8, u16),
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// The fields in the resident's order, each in one plain sentence — never a score — and for
/// each barrier they want help with, who can help.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let first = |field: &str| props.first_questions.iter().find(|(f, _)| f == field).map(|(_, q)| q.clone());
    let contacts = |needs: &[crate::engine::session::Need]| -> Html {
        let dir = match &props.contacts {
            Contacts::Loading => return html! { <p class="pw-contacts-slot" role="status">{ t.t("ui-contacts-loading") }</p> },
            Contacts::Local(d) | Contacts::National(d) => d,
        };
        let found = contacts_for(dir, needs, &props.context);
        html! {
            <div class="pw-contacts">
                <p class="pw-contacts-title">{ t.t("ui-contacts-title") }</p>
                if found.is_empty() {
                    <p>{ t.t("ui-contacts-none") }</p>
                }
                { for found.iter().map(|m| html! { <ContactCard key={m.service.id.clone()} card={card(m)} now={props.now} /> }) }
            </div>
        }
    };
    let communes = match &props.contacts {
        Contacts::Local(d) if !d.communes.is_empty() => {
            let current = props.context.commune.clone().unwrap_or_default();
            let onchange = props.dispatch.reform(|e: Event| {
                let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                Action::SetCommune(Some(value).filter(|v| !v.is_empty()))
            });
            html! {
                <div class="pw-commune">
                    <label for="pw-commune">{ t.t("ui-commune-label") }</label>
                    <p class="pw-hint" id="pw-commune-hint">{ t.t("ui-commune-hint") }</p>
                    <select id="pw-commune" aria-describedby="pw-commune-hint" {onchange}>
                        <option value="" selected={current.is_empty()}>{ t.t("ui-commune-any") }</option>
                        { for d.communes.iter().map(|c| html! {
                            <option value={c.code_insee.clone()} selected={c.code_insee == current}>{ &c.nom }</option>
                        }) }
                    </select>
                </div>
            }
        }
        _ => html! {},
    };
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
                    { contacts(&r.needs) }
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
            if matches!(props.contacts, Contacts::National(_)) {
                <p class="pw-notice" role="status">{ t.t("ui-contacts-failed") }</p>
            }
            { communes }
            <ol class="pw-result-list">{ for props.results.iter().map(item) }</ol>
            <div class="pw-nav">
                <button type="button" class="pw-button" onclick={props.dispatch.reform(|_| Action::Back)}>
                    <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-results-change") }
                </button>
            </div>
        </section>
    }
}
