use super::chunk::{use_chunk, Chunk, Part};
use super::emergency::{use_urgent, EmergencyNumbers, Urgent};
use super::hooks::{use_contacts, use_document_title};
use super::later;
use super::quit::{quit_button, use_quick_exit};
use super::shell::{shell, Shell};
use super::steps::{self, page_title, progress};
use crate::engine::config::{Config, Mode};
use crate::engine::diagnostic::questionnaire::Questionnaire;
use crate::engine::diagnostic::{Action, Diagnostic, Session, Step};
use crate::engine::handoff::roadmap::Plan;
use crate::engine::messages::Catalog;
use crate::web::storage::Store;
use crate::web::HostRef;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub catalog: Catalog,
    pub store: Store,
    /// The national fallback contacts, in the bundle.
    pub national: String,
    /// The widget page's URL, for take-away links.
    pub page: String,
    /// The bundle's folder URL (empty when the page is in it).
    pub bundle: String,
    /// The answers of the take-away link the page was opened from.
    pub shared: Option<String>,
    pub host: HostRef,
    /// « Commencer » was pressed on the first screen (`boot.rs`, which draws it before this is there).
    pub start: bool,
    /// The accompanied mode, as the first screen left it (at first, `data-mode`'s).
    pub accompanied: bool,
    /// The language menu's callback: the root (`boot.rs`) keeps the language for the whole visit,
    /// so a choice made on « Un instant… » whose messages come once the diagnostic is drawn is kept.
    pub onlang: Callback<String>,
}

/// The engine's session, reduced by its actions.
struct State {
    diagnostic: Rc<Diagnostic>,
    session: Session,
    /// A take-away link that could not be read.
    broken_link: bool,
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut session = self.session.clone();
        session.apply(&self.diagnostic, action);
        Rc::new(State { diagnostic: self.diagnostic.clone(), session, broken_link: self.broken_link })
    }
}

/// The diagnostic: the session, kept on this device as it changes; the contacts and the results'
/// chunk, fetched while the resident answers; the step's screen in the shell.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = props.store.clone();
    let config = props.config.clone();
    let shared = props.shared.clone();
    let (start, accompanied) = (props.start, props.accompanied);
    let state = use_reducer(move || {
        let diagnostic = Rc::new(Diagnostic::new(Questionnaire::builtin(), &config.fields));
        // A take-away link first; else resume where the resident was (reload, iframe re-created).
        let (session, broken_link) = match shared.map(|text| Session::from_link(&diagnostic, &text)) {
            Some(Ok(s)) => (s, false),
            Some(Err(e)) => {
                gloo::console::warn!(format!("Passerelle: take-away link not read ({e:?}); starting afresh."));
                (Session::default(), true)
            }
            // « Quitter vite » stays for the rest of the visit, a reload included, even if the
            // safety answer was changed back (whoever is feared may still be there).
            None => {
                let mut s = store.load().and_then(|text| Session::restore(&diagnostic, &text).ok()).unwrap_or_default();
                s.quick_exit |= !s.answers.is_empty() && store.load_quit();
                (s, false)
            }
        };
        let mode = if accompanied { Mode::Accompagne } else { session.mode };
        let mut session = Session { mode, ..session };
        if start && session.step == Step::Welcome {
            session.apply(&diagnostic, Action::Start);
        }
        State { diagnostic, session, broken_link }
    });
    // Every answer is kept at once, on this device only; nothing said, nothing kept.
    {
        let store = props.store.clone();
        let diagnostic = state.diagnostic.clone();
        use_effect_with(state.session.clone(), move |s| {
            if s.is_blank() {
                store.clear();
            } else {
                store.save(&s.encode(&diagnostic), s.quick_exit);
            }
        });
    }
    // Once the diagnostic starts (never for a visitor who only reads the welcome), while the
    // resident answers: the rest of the widget (the results' chunk, `later.rs`) and the contacts
    // file, fetched and parsed side by side.
    let (chunk, onretry) = use_chunk(Part::Results, Chunk::Loading, later::parts);
    let (contacts, territory) = use_contacts(&props.config, &props.national, chunk);
    // Focus follows the resident's own steps, never the first load.
    let acted = use_mut_ref(|| props.start);
    let autofocus = *acted.borrow();
    // The welcome says the answers were wiped, until the resident's next step.
    let cleared = use_state_eq(|| false);
    let dispatch: Callback<Action> = {
        let (state, cleared) = (state.dispatcher(), cleared.clone());
        Callback::from(move |a| {
            *acted.borrow_mut() = true;
            cleared.set(a == Action::Clear);
            state.dispatch(a)
        })
    };
    let (t, onlang) = (props.catalog, props.onlang.clone());
    let host = props.host.clone();
    let (d, s) = (&state.diagnostic, &state.session);
    let progress = progress(&t, d, s);
    // The roadmap is the engine's: computed when what it depends on changes, not at each render.
    let plan = {
        let on_results = s.step == Step::Results;
        let key = (on_results.then(|| s.clone()), contacts, t.lang, chunk);
        let (d, config) = (state.diagnostic.clone(), props.config.clone());
        use_memo(key, move |(session, contacts, _, chunk)| match (session, chunk) {
            (Some(s), Chunk::Ready(later)) => Rc::new((later.plan)(&t, &d, s, contacts, &config)),
            _ => Rc::new(Plan::default()),
        })
    };
    let block = use_node_ref();
    let (urgent, announce) = use_urgent(t, &host, d, s, autofocus, &block);
    let safety = d.safety(s, None);
    // « Quitter vite »: the session's rule (`Session::quick_exit`).
    let onquit = use_quick_exit(s.quick_exit, t, &host, &props.store, &dispatch);
    use_document_title(&host, Some(page_title(&t, &s.step, progress.as_deref())));
    let welcome = s.step == Step::Welcome;
    let cleared = *cleared && welcome;
    let inputs = steps::Inputs {
        t,
        d,
        s,
        props,
        host: &host,
        dispatch: &dispatch,
        autofocus,
        cleared,
        chunk,
        onretry,
        plan: (*plan).clone(),
        territory,
    };
    let quit = onquit.map(|onquit| quit_button(&t, &onquit)).unwrap_or_default();
    let numbers = match urgent.here && !urgent.numbers.is_empty() {
        true => html! { <EmergencyNumbers numbers={urgent.numbers.clone()} /> },
        false => html! {},
    };
    let screen =
        html! { <ContextProvider<Urgent> context={urgent}>{ steps::screen(inputs) }</ContextProvider<Urgent>> };
    shell(Shell {
        t,
        config: &props.config,
        host: &host,
        accompanied: s.accompanied(),
        onlang,
        welcome,
        broken_link: state.broken_link,
        quit,
        block,
        numbers,
        noprint: safety,
        announce,
        cleared,
        progress: progress.unwrap_or_default(),
        onclear: (!welcome || s.accompanied()).then(|| dispatch.reform(|_| Action::Clear)),
        screen,
    })
}
