use super::chunk::{use_chunk, Chunk};
use super::clear::ClearButton;
use super::emergency::{EmergencyNumbers, Urgent};
use super::help::{HelpChecklist, HelpScreen};
use super::language::{use_language, LanguageMenu};
use super::later::{self, ResultsInputs, Waiting};
use super::overview::Overview;
use super::question::QuestionScreen;
use super::welcome::Welcome;
use super::Contacts;
use crate::engine::config::Config;
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
            None => {
                (store.load().and_then(|text| Session::restore(&diagnostic, &text).ok()).unwrap_or_default(), false)
            }
        };
        let mut session = Session { accompanied: session.accompanied || accompanied, ..session };
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
                store.save(&s.encode(&diagnostic));
            }
        });
    }
    // After the first screen is drawn, while the resident answers: the rest of the widget (a
    // second wasm chunk, `later.rs`) and the contacts file, fetched and parsed side by side.
    let (chunk, onretry) = use_chunk("the rest of the widget", Chunk::Loading, later::parts);
    let raw = use_state(|| None::<Result<wasm_bindgen::JsValue, String>>);
    {
        let raw = raw.clone();
        let url = props.config.contacts.clone().unwrap_or_else(|| "contacts.json".into());
        let unvouched = props.config.unvouched;
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // A link naming a contacts file the deployment does not list: the national ones.
                let local = match unvouched {
                    true => Err("not listed by this deployment".to_string()),
                    false => crate::web::fetch::contacts(&url).await,
                };
                raw.set(Some(local))
            });
        });
    }
    // The file is read once both are there; the national contacts if it cannot be used.
    let contacts = use_state(|| Contacts::Loading);
    {
        let contacts = contacts.clone();
        let url = props.config.contacts.clone().unwrap_or_else(|| "contacts.json".into());
        let national = props.national.clone();
        // Not a fault to report: the deployment does not vouch for the file (`contacts::trust`).
        let unvouched = props.config.unvouched;
        use_effect_with(((*raw).clone(), chunk), move |(raw, chunk)| {
            let (Some(raw), Chunk::Ready(later)) = (raw, chunk) else { return };
            let later = *later;
            let local = raw.clone().and_then(|json| (later.read)(&json).map_err(|e| format!("{url}: {e}")));
            match local {
                Ok(dir) => contacts.set(Contacts::Local(Rc::new(dir))),
                Err(why) => {
                    if !unvouched {
                        gloo::console::error!(format!(
                            "Passerelle: local contacts could not be loaded ({why}); showing national contacts."
                        ));
                    }
                    // Fetched only now: most residents never need it.
                    wasm_bindgen_futures::spawn_local(async move {
                        let dir = crate::web::fetch::contacts(&national)
                            .await
                            .and_then(|json| (later.read)(&json).map_err(|e| format!("{national}: {e}")))
                            .unwrap_or_else(|e| {
                                gloo::console::error!(format!(
                                    "Passerelle: national contacts could not be loaded either ({e})."
                                ));
                                Default::default()
                            });
                        contacts.set(Contacts::National(Rc::new(dir)));
                    });
                }
            }
        });
    }
    // Focus follows the resident's own steps, never the first load.
    let acted = use_mut_ref(|| props.start);
    let autofocus = *acted.borrow();
    let dispatch: Callback<Action> = {
        let state = state.dispatcher();
        Callback::from(move |a| {
            *acted.borrow_mut() = true;
            state.dispatch(a)
        })
    };
    let (t, onlang) = use_language(props);
    let d = &state.diagnostic;
    let s = &state.session;
    let progress = d.progress(s).map(|p| {
        let field = p.field.as_ref().map_or(t.t("ui-profile").to_string(), |f| t.t(&format!("field-{f}")).to_string());
        t.format_with(
            "ui-progress",
            &[("index", p.index.into()), ("total", p.total.into()), ("field", (&field).into())],
        )
    });
    // The roadmap is the engine's: computed when what it depends on changes, not at each render.
    let plan = {
        let on_results = s.step == Step::Results;
        let key = (on_results.then(|| s.clone()), (*contacts).clone(), t.lang, chunk);
        let (d, config) = (state.diagnostic.clone(), props.config.clone());
        use_memo(key, move |(session, contacts, _, chunk)| match (session, chunk) {
            (Some(s), Chunk::Ready(later)) => Rc::new((later.plan)(&t, &d, s, contacts, &config)),
            _ => Rc::new(Plan::default()),
        })
    };
    let field_total = d.fields().count();
    let screen = match &s.step {
        Step::Welcome => html! {
            // Measured (tools/flow.mjs, README): the short pass is 11 to 15 screens for eight
            // fields (a field's questions together), at about 20 s a screen of one to three
            // questions: about 5 minutes; half a minute a field plus one.
            <Welcome partner={props.config.partner.clone()} minutes={1 + field_total.div_ceil(2)} {autofocus} accompanied={s.accompanied}
                fields={d.fields().map(|f| f.id.to_string()).collect::<Vec<_>>()}
                onstart={dispatch.reform(|_| Action::Start)} onaccompanied={dispatch.reform(Action::SetAccompanied)} />
        },
        // The profile, one question, or a field's questions together (its screening or its
        // detail in the autonomous mode, all of them in the accompanied mode).
        Step::Question(id) => match d.questionnaire.question(id) {
            Some((field, q)) => {
                let questions: Vec<_> = d.screen(s).into_iter().cloned().collect();
                let responses: Vec<_> = questions.iter().map(|q| s.answer(&q.id).cloned()).collect();
                let title = match field {
                    None => Some(t.t("profile-title").to_string()),
                    Some(f) if d.grouped(s) => {
                        let key = format!("field-{}", f.id);
                        let name = t.t(&key);
                        // Accompanied: the field's one screen, named by the field.
                        Some(match q.screening || s.accompanied {
                            true => name.to_string(),
                            false => t.format("ui-detail-title", &[("field", name)]),
                        })
                    }
                    Some(_) => None,
                };
                let first = field.is_none() || questions.first().is_some_and(|q| d.first_of_field(s, &q.id));
                html! {
                    <QuestionScreen key={id.clone()} {questions} {responses} field={field.cloned()} {title} {first}
                        field_index={field.and_then(|f| d.fields().position(|x| x.id == f.id)).unwrap_or(0)}
                        {field_total} bar={d.bar(s)} {autofocus} dispatch={dispatch.clone()} />
                }
            }
            None => html! {},
        },
        Step::Help(field) if !s.accompanied => {
            // In an order that does not move as boxes are ticked (`Diagnostic::wishes`).
            let fields: Vec<_> = d
                .wishes(s)
                .into_iter()
                .map(|r| {
                    let pic = d.questionnaire.field(&r.field).and_then(|f| f.picto.clone());
                    (
                        r.field,
                        r.help,
                        pic.and_then(|p| {
                            crate::engine::pictograms::PICTOGRAMS.iter().find(|(n, _)| *n == p).map(|(n, _)| *n)
                        }),
                    )
                })
                .collect();
            html! { <HelpChecklist key="wishes" {fields} important={s.important.clone()} {autofocus} dispatch={dispatch.clone()} /> }
        }
        Step::Help(field) => html! {
            <HelpScreen key={field.clone()} field={field.clone()} level={d.level(s, field)}
                chosen={s.help_for(field)} important={s.is_important(field)} {autofocus} dispatch={dispatch.clone()} />
        },
        Step::Overview => {
            let fields = d.overview(s);
            html! { <Overview {fields} notes={s.notes.clone()} assisted={s.assisted} {autofocus} dispatch={dispatch.clone()} /> }
        }
        Step::Results => match chunk {
            Chunk::Ready(later) => (later.results)(ResultsInputs {
                t,
                d,
                s,
                plan: (*plan).clone(),
                config: &props.config,
                page: &props.page,
                host: &props.host,
                dispatch: &dispatch,
                autofocus,
            }),
            waiting => html! {
                <Waiting failed={waiting == Chunk::Failed} {onretry} {autofocus} dispatch={dispatch.clone()} />
            },
        },
    };
    let emergencies: Rc<Vec<_>> = Rc::new(d.emergencies(s).into_iter().cloned().collect());
    // The screen where a number appeared keeps it below (nothing moves under the resident's
    // finger); on later screens it comes right after the heading (`AfterHeading`).
    let appeared = use_mut_ref(|| (emergencies.len(), None::<Step>));
    {
        let mut a = appeared.borrow_mut();
        if emergencies.len() > a.0 {
            *a = (emergencies.len(), Some(s.step.clone()));
        } else {
            a.0 = emergencies.len();
        }
    }
    let here = appeared.borrow().1.as_ref() == Some(&s.step);
    // The moment an urgent answer adds a number, the numbers come into view (after the
    // resident's own action only, never on load) and are announced, in one change.
    let block = use_node_ref();
    {
        let (block, host, seen) = (block.clone(), props.host.clone(), use_mut_ref(|| 0usize));
        use_effect_with(emergencies.len(), move |n| {
            if *n > *seen.borrow() && autofocus {
                if let Some(el) = block.cast::<web_sys::Element>() {
                    host.0.show(&el);
                }
            }
            *seen.borrow_mut() = *n;
        });
    }
    let announce = match emergencies.is_empty() {
        true => String::new(),
        false => {
            let numbers: Vec<String> =
                emergencies.iter().map(|e| t.t(&format!("emergency-{}", e.id)).to_string()).collect();
            t.format("ui-emergency-announce", &[("numbers", &numbers.join(" "))])
        }
    };
    let safety = d.safety(s, None);
    // « Quitter vite » stays for the rest of the visit once a safety answer was given, even if it is
    // changed back: whoever the resident fears is still in the room. Cleared answers end it.
    let quit = {
        let kept = use_mut_ref(|| false);
        let shown = safety || (*kept.borrow() && !s.answers.is_empty());
        *kept.borrow_mut() = shown;
        shown
    };
    let urgent = Urgent {
        numbers: emergencies.clone(),
        here,
        spoken: (!emergencies.is_empty()).then(|| announce.clone()),
        noprint: safety,
    };
    // In a page of its own (full page or iframe) the document's title follows the step;
    // an inline widget leaves the host page's title alone.
    let page_title = match &s.step {
        Step::Welcome => t.t("ui-welcome-title").to_string(),
        Step::Question(_) => t.format("ui-page-title", &[("step", progress.as_deref().unwrap_or_default())]),
        Step::Help(f) => t.format("ui-page-title", &[("step", t.t(&format!("field-{f}")))]),
        Step::Overview => t.format("ui-page-title", &[("step", t.t("ui-overview-title"))]),
        Step::Results => t.format("ui-page-title", &[("step", t.t("ui-roadmap-title"))]),
    };
    {
        let inline = props.host.0.is_inline();
        use_effect_with(page_title, move |title| {
            if !inline {
                if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                    doc.set_title(title);
                }
            }
        });
    }
    // The widget page opened on its own has the page's one `h1`; in a frame or inline, the
    // partner's page has it.
    let own_page = matches!(*props.host.0, crate::web::Host::Page);
    // « Quitter vite », once a safety answer is given: wipes this device, leaves for a neutral page.
    let onquit = {
        let (store, host, dispatch) = (props.store.clone(), props.host.clone(), dispatch.clone());
        Callback::from(move |_: ()| {
            store.clear();
            dispatch.emit(Action::Clear);
            host.0.leave(crate::engine::handoff::roadmap::NEUTRAL_PAGE);
        })
    };
    // In the iframe, the loader keeps « Quitter vite » in view on the partner's page, and its tap
    // comes back here to wipe the device as this one does.
    {
        let host = props.host.clone();
        let label = quit.then(|| t.t("ui-quit").to_string());
        use_effect_with(label, move |label| host.0.quit(label.as_deref()));
    }
    {
        let (host, onquit) = (props.host.clone(), onquit.clone());
        use_effect_with((), move |_| {
            let listener = host.0.on_quit(move || onquit.emit(()));
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<Catalog> context={t}>
        <ContextProvider<Urgent> context={urgent}>
            <div class={classes!("pw-app", s.accompanied.then_some("pw-accompanied"))} lang={t.lang} dir={t.dir()}>
                if own_page {
                    <h1 class="pw-sr">{ t.t("ui-page-h1") }</h1>
                }
                if quit {
                    <div class="pw-quit pw-noprint">
                        <button type="button" class="pw-button pw-danger" onclick={onquit.reform(|_: MouseEvent| ())} aria-describedby="pw-quit-hint">
                            { t.t("ui-quit") }
                        </button>
                        <span id="pw-quit-hint" class="pw-hint">{ t.t("ui-quit-hint") }</span>
                    </div>
                }
                if props.config.langs.len() > 1 {
                    <LanguageMenu current={t.lang} offered={props.config.langs.clone()} onchange={onlang} />
                }
                if props.config.unvouched && s.step == Step::Welcome {
                    <p class="pw-notice">{ t.t("ui-unvouched") }</p>
                }
                if state.broken_link && s.step == Step::Welcome {
                    <p class="pw-notice" role="alert">{ t.t("ui-link-broken") }</p>
                }
                // Always there and filled in one change, so the numbers are announced at once.
                <p class="pw-sr" aria-live="assertive" aria-atomic="true">{ announce }</p>
                // Announced on each step; present from the start so screen readers hear the
                // changes. Seen (and read on) on the screen itself, after its heading.
                <p class="pw-progress pw-sr" aria-live="polite">{ progress.unwrap_or_default() }</p>
                { screen }
                // Right after the screen where the urgent answer was given, where the resident's
                // eyes are; on the paper only when no safety answer would show through them.
                <div ref={block} class={classes!(safety.then_some("pw-noprint"))}>
                    if here && !emergencies.is_empty() {
                        <EmergencyNumbers numbers={emergencies.clone()} />
                    }
                </div>
                if s.step != Step::Welcome || s.accompanied {
                    <ClearButton accompanied={s.accompanied} onclear={dispatch.reform(|_| Action::Clear)} />
                }
            </div>
        </ContextProvider<Urgent>>
        </ContextProvider<Catalog>>
    }
}
