use super::clear::ClearButton;
use super::emergency::EmergencyNumbers;
use super::help::HelpScreen;
use super::question::QuestionScreen;
use super::results::Results;
use super::welcome::Welcome;
use crate::engine::config::Config;
use crate::engine::i18n::Catalog;
use crate::engine::questionnaire::Questionnaire;
use crate::engine::matching::Context;
use crate::engine::session::{Action, Diagnostic, Session, Step};
use super::Contacts;
use crate::web::storage::Store;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub catalog: Catalog,
    pub store: Store,
    /// The national fallback contacts, in the bundle.
    pub national: String,
}

/// The engine's session, reduced by its actions.
struct State {
    diagnostic: Rc<Diagnostic>,
    session: Session,
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut session = self.session.clone();
        session.apply(&self.diagnostic, action);
        Rc::new(State { diagnostic: self.diagnostic.clone(), session })
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = props.store.clone();
    let config = props.config.clone();
    let state = use_reducer(move || {
        let diagnostic = Rc::new(Diagnostic::new(Questionnaire::builtin(), &config.fields));
        // Resume where the resident was (reload, iframe re-created).
        let session = store.load().and_then(|text| Session::restore(&diagnostic, &text).ok()).unwrap_or_default();
        State { diagnostic, session }
    });
    // Every answer is kept at once, on this device only.
    {
        let store = props.store.clone();
        let diagnostic = state.diagnostic.clone();
        use_effect_with(state.session.clone(), move |s| {
            if *s == Session::default() {
                store.clear();
            } else {
                store.save(&s.encode(&diagnostic, &[]));
            }
        });
    }
    // Contacts load after the first screen is drawn, while the resident answers.
    let contacts = use_state(|| Contacts::Loading);
    {
        let contacts = contacts.clone();
        let url = props.config.contacts.clone().unwrap_or_else(|| "contacts.json".into());
        let national = props.national.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::web::contacts::load(&url).await {
                    Ok(dir) => contacts.set(Contacts::Local(Rc::new(dir))),
                    Err(why) => {
                        gloo::console::error!(format!("Passerelle: local contacts could not be loaded ({why}); showing national contacts."));
                        // Fetched only now: most residents never need it.
                        let dir = crate::web::contacts::load(&national).await.unwrap_or_else(|e| {
                            gloo::console::error!(format!("Passerelle: national contacts could not be loaded either ({e})."));
                            Default::default()
                        });
                        contacts.set(Contacts::National(Rc::new(dir)));
                    }
                }
            });
        });
    }
    // Focus follows the resident's own steps, never the first load.
    let acted = use_mut_ref(|| false);
    let autofocus = *acted.borrow();
    let dispatch: Callback<Action> = {
        let state = state.dispatcher();
        Callback::from(move |a| {
            *acted.borrow_mut() = true;
            state.dispatch(a)
        })
    };
    let t = props.catalog;
    let d = &state.diagnostic;
    let s = &state.session;
    let progress = d.progress(s).map(|p| {
        let field = p.field.as_ref().map_or(t.t("ui-profile").to_string(), |f| t.t(&format!("field-{f}")).to_string());
        t.format("ui-progress", &[("index", &p.index.to_string()), ("total", &p.total.to_string()), ("field", &field)])
    });
    let screen = match &s.step {
        Step::Welcome => html! { <Welcome partner={props.config.partner.clone()} {autofocus} onstart={dispatch.reform(|_| Action::Start)} /> },
        Step::Question(id) => match d.questionnaire.question(id) {
            Some((field, q)) => html! {
                <QuestionScreen key={id.clone()} question={q.clone()} field={field.cloned()}
                    progress={d.progress(s)} response={s.answer(id).cloned()}
                    field_index={field.and_then(|f| d.fields().position(|x| x.id == f.id))}
                    field_total={d.fields().count()} {autofocus} dispatch={dispatch.clone()} />
            },
            None => html! {},
        },
        Step::Help(field) => html! {
            <HelpScreen key={field.clone()} field={field.clone()} level={d.level(s, field)}
                chosen={s.help_for(field)} {autofocus} dispatch={dispatch.clone()} />
        },
        Step::Results => {
            let first_questions = d.fields().filter_map(|f| f.questions.first().map(|q| (f.id.to_string(), q.id.to_string()))).collect::<Vec<_>>();
            let context = Context {
                mode: props.config.mode,
                commune: s.commune.clone().or_else(|| props.config.commune.clone()),
                highlight: props.config.highlight.clone(),
                profile: d.profile(s),
            };
            html! {
                <Results results={d.results(s)} {first_questions} contacts={(*contacts).clone()} {context}
                    now={crate::web::now()} {autofocus} dispatch={dispatch.clone()} />
            }
        }
    };
    let emergencies: Vec<_> = d.emergencies(s).into_iter().cloned().collect();
    html! {
        <ContextProvider<Catalog> context={props.catalog}>
            <div class="pw-app">
                if !emergencies.is_empty() {
                    <EmergencyNumbers numbers={emergencies} />
                }
                // Announced on each step; present from the start so screen readers hear the changes.
                <p class="pw-progress" aria-live="polite">{ progress.unwrap_or_default() }</p>
                { screen }
                if s.step != Step::Welcome {
                    <ClearButton onclear={dispatch.reform(|_| Action::Clear)} />
                }
            </div>
        </ContextProvider<Catalog>>
    }
}
