//! Which screen the session's step draws, and the words that say where the resident is.

use super::chunk::{waiting, Chunk, Waiting};
use super::help::{HelpChecklist, HelpScreen};
use super::later::{Later, ResultsInputs};
use super::overview::Overview;
use super::question::QuestionScreen;
use super::screen::Back;
use super::welcome::Welcome;
use super::{AppProps, Dispatch};
use crate::engine::config::Mode;
use crate::engine::diagnostic::{Action, Diagnostic, Session, Step};
use crate::engine::handoff::roadmap::Plan;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::web::HostRef;
use std::rc::Rc;
use yew::prelude::*;

/// What a step's screen is drawn from.
pub struct Inputs<'a> {
    pub t: Catalog,
    pub d: &'a Diagnostic,
    pub s: &'a Session,
    pub props: &'a AppProps,
    pub host: &'a HostRef,
    pub dispatch: &'a Dispatch,
    /// The resident has acted: the screen's heading takes focus.
    pub autofocus: bool,
    /// The answers were just wiped: the welcome says so.
    pub cleared: bool,
    /// The results' chunk, and « Réessayer » when it never came.
    pub chunk: Chunk<Later>,
    pub onretry: Callback<()>,
    pub plan: Rc<Plan>,
    /// The resident's département is asked on the roadmap (a `{departement}` template, no commune).
    pub territory: Option<Callback<String>>,
}

/// The screen of the session's step.
pub fn screen(i: Inputs) -> Html {
    let (t, d, s, autofocus) = (i.t, i.d, i.s, i.autofocus);
    let dispatch = i.dispatch.clone();
    let field_total = d.fields().count();
    match &s.step {
        Step::Welcome => html! {
            <Welcome partner={i.props.config.partner.clone()} minutes={d.minutes()} {autofocus} cleared={i.cleared} accompanied={s.accompanied()}
                fields={d.fields().map(|f| f.id).collect::<Vec<_>>()}
                onstart={dispatch.reform(|_| Action::Start)} onaccompanied={dispatch.reform(|on| Action::SetMode(Mode::from_accompanied(on)))} />
        },
        // The profile, one question, or a field's questions together (its screening or its
        // detail in the autonomous mode, all of them in the accompanied mode).
        Step::Question(id) => match d.questionnaire.question(id) {
            Some((field, q)) => {
                let questions: Vec<_> = d.screen(s).into_iter().cloned().collect();
                let responses: Vec<_> = questions.iter().map(|q| s.answer(&q.id).cloned()).collect();
                let title = match field {
                    None => Some(t.t(keys::PROFILE_TITLE).to_string()),
                    Some(f) if d.grouped(s) => {
                        let name = t.t(f.id.key());
                        // Accompanied: the field's one screen, named by the field.
                        Some(match q.screening || s.accompanied() {
                            true => name.to_string(),
                            false => t.format(keys::UI_DETAIL_TITLE, &[("field", name)]),
                        })
                    }
                    Some(_) => None,
                };
                let first = field.is_none() || questions.first().is_some_and(|q| d.first_of_field(s, &q.id));
                html! {
                    <QuestionScreen key={id.clone()} {questions} {responses} field={field.cloned()} {title} {first}
                        field_index={field.and_then(|f| d.fields().position(|x| x.id == f.id)).unwrap_or(0)}
                        {field_total} bar={d.bar(s)} {autofocus} {dispatch} />
                }
            }
            None => html! {},
        },
        Step::Help(_) if !s.accompanied() => {
            // In an order that does not move as boxes are ticked (`Diagnostic::wish_list`).
            html! { <HelpChecklist key="wishes" wishes={d.wish_list(s)} {autofocus} {dispatch} /> }
        }
        Step::Help(field) => html! {
            <HelpScreen key={field.as_str()} field={*field} level={d.level(s, field)}
                chosen={s.help_for(field)} important={s.is_important(field)} {autofocus} {dispatch} />
        },
        Step::Overview => {
            let fields = d.overview(s);
            html! { <Overview {fields} notes={s.notes.clone()} assisted={s.assisted} {autofocus} {dispatch} /> }
        }
        Step::Results => match i.chunk {
            Chunk::Ready(later) => (later.results)(ResultsInputs {
                t,
                d,
                s,
                plan: i.plan,
                territory: i.territory,
                config: &i.props.config,
                page: &i.props.page,
                host: i.host,
                dispatch: i.dispatch,
                autofocus,
            }),
            chunk => waiting(
                &t,
                Waiting {
                    title: keys::UI_ROADMAP_TITLE,
                    loading: keys::UI_CONTACTS_LOADING,
                    class: "pw-results",
                    failed: chunk == Chunk::Failed,
                    onretry: i.onretry,
                    autofocus,
                    back: Some(Back {
                        label: keys::UI_RESULTS_CHANGE,
                        noprint: true,
                        onclick: dispatch.reform(|_| Action::Back),
                    }),
                },
            ),
        },
    }
}

/// Where the resident is (« Thème 2 sur 8 : … »), announced on each step.
pub fn progress(t: &Catalog, d: &Diagnostic, s: &Session) -> Option<String> {
    d.progress(s).map(|p| {
        let field = p.field.as_ref().map_or(t.t(keys::UI_PROFILE).to_string(), |f| t.t(f.key()).to_string());
        t.format_with(
            keys::UI_PROGRESS,
            &[("index", p.index.into()), ("total", p.total.into()), ("field", (&field).into())],
        )
    })
}

/// The document's title on each step (in a page of its own).
pub fn page_title(t: &Catalog, step: &Step, progress: Option<&str>) -> String {
    match step {
        Step::Welcome => t.t(keys::UI_WELCOME_TITLE).to_string(),
        Step::Question(_) => t.format(keys::UI_PAGE_TITLE, &[("step", progress.unwrap_or_default())]),
        Step::Help(f) => t.format(keys::UI_PAGE_TITLE, &[("step", t.t(f.key()))]),
        Step::Overview => t.format(keys::UI_PAGE_TITLE, &[("step", t.t(keys::UI_OVERVIEW_TITLE))]),
        Step::Results => t.format(keys::UI_PAGE_TITLE, &[("step", t.t(keys::UI_ROADMAP_TITLE))]),
    }
}
