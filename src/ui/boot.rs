//! The first screen, drawn before the rest of the widget is there.
//!
//! [`Boot`] is the root component. It draws the welcome itself — the same page as the
//! diagnostic's own welcome (`tests/web.rs` compares the two) — and, once that is on screen,
//! fetches the diagnostic ([`App`]: the questions, the session, the help and overview screens,
//! the emergency numbers, read-aloud), which fetches the results' chunk (`later.rs`) once the
//! diagnostic starts: a visitor who only reads the welcome does not download it. In the release
//! bundle (`--features split`) `wasm-split-cli` moves all that only [`App`] reaches into a chunk
//! of its own; without the feature (tests) it is in the one module and at hand at once.
//!
//! The resident sees no difference: « Commencer » opens the diagnostic (after « Un instant… »
//! if the chunk is still on its way); a reload or a take-away link, which resume a session,
//! show « Un instant… » until it is there. A chunk that never comes is said plainly, with
//! « Réessayer »; the answers stay in `sessionStorage`, untouched.

use super::app::{App, AppProps};
use super::chunk::{use_chunk, waiting, Chunk, Missing, Part, Waiting};
use super::hooks::{use_document_title, use_language};
use super::quit::{quit_button, wipe_and_leave};
use super::shell::{shell, Shell};
use super::welcome::Welcome;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use yew::prelude::*;

/// The chunk's function; the first module calls it through this pointer.
pub struct Rest {
    /// The diagnostic, from the first screen's state.
    pub app: fn(AppProps) -> Html,
}

static REST: Rest = Rest { app };

fn app(props: AppProps) -> Html {
    // The questions' and answers' French wording comes with this chunk.
    Catalog::add_french_rest();
    html! { <App ..props /> }
}

/// The split point: its body, and all that only it reaches, is the chunk.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(diagnostic, fallible)]
fn parts() -> Result<&'static Rest, Missing> {
    Ok(&REST)
}

#[cfg(not(feature = "split"))]
async fn parts() -> Result<&'static Rest, Missing> {
    Ok(&REST)
}

/// The chunk, when it needs no fetching (one module: tests and development builds).
fn at_hand() -> Option<&'static Rest> {
    match cfg!(feature = "split") {
        true => None,
        false => Some(&REST),
    }
}

/// The widget's root: the welcome at once, the diagnostic once its chunk is there.
#[component]
pub fn Boot(props: &AppProps) -> Html {
    let (part, onretry) = use_chunk(Part::Diagnostic, at_hand().map_or(Chunk::Loading, Chunk::Ready), parts);
    // A reload or a take-away link resumes a session: the diagnostic draws it — unless the
    // resident wiped it on « Un instant… » (« Effacer mes réponses »), before it could.
    let cleared = use_state(|| false);
    let kept = *use_state(|| props.shared.is_some() || props.store.load().is_some());
    let resume = kept && !*cleared;
    // « Quitter vite » was on screen before a reload: it stays on « Un instant… » (and on the
    // screen of a chunk that never comes) until the diagnostic draws its own.
    let quit = *use_state(|| props.shared.is_none() && props.store.load_quit()) && resume;
    // « Commencer » may have been tapped on the first screen before the wasm was there.
    let started = use_state(|| props.start);
    let accompanied = use_state(|| props.accompanied);
    // The language, chosen on any screen: the diagnostic's menu is this one's.
    let (t, onlang) = use_language(props);
    let diagnostic = match part {
        Chunk::Ready(rest) if *started || resume => Some(rest),
        _ => None,
    };
    // The first screen's title, until the diagnostic has the page (it sets its own).
    use_document_title(&props.host, diagnostic.is_none().then(|| t.t(keys::UI_WELCOME_TITLE).to_string()));
    if let Some(rest) = diagnostic {
        return (rest.app)(AppProps {
            catalog: t,
            start: *started,
            accompanied: *accompanied,
            onlang,
            shared: props.shared.clone().filter(|_| !*cleared),
            ..props.clone()
        });
    }
    let welcome = !*started && !resume;
    let screen = match welcome {
        true => {
            let config = &props.config;
            // The fields asked, in the questionnaire's order (that of FIELD_IDS, checked by tests/web.rs).
            let fields: Vec<crate::engine::FieldId> = crate::engine::FieldId::ALL
                .into_iter()
                .filter(|f| config.fields.is_empty() || config.fields.iter().any(|x| x == f))
                .collect();
            let onstart = {
                let started = started.clone();
                Callback::from(move |_| started.set(true))
            };
            let onaccompanied = {
                let accompanied = accompanied.clone();
                Callback::from(move |on| accompanied.set(on))
            };
            html! {
                <Welcome partner={config.partner.clone()} minutes={crate::engine::diagnostic::minutes(fields.len())} autofocus={*cleared} cleared={*cleared}
                    accompanied={*accompanied} {fields} {onstart} {onaccompanied} />
            }
        }
        false => waiting(
            &t,
            Waiting {
                title: keys::UI_WELCOME_TITLE,
                loading: keys::UI_LOADING,
                class: "",
                failed: part == Chunk::Failed,
                onretry,
                autofocus: *started,
                back: None,
            },
        ),
    };
    // « Effacer mes réponses » (« Nouvelle personne » in the accompanied mode) does here what the
    // diagnostic's does: the answers kept on this device, or the take-away link's, are wiped, and the
    // welcome comes back.
    let onclear = {
        let (store, cleared, started) = (props.store.clone(), cleared.clone(), started.clone());
        Callback::from(move |_| {
            store.clear();
            cleared.set(true);
            started.set(false);
        })
    };
    // « Quitter vite » does here what the diagnostic's does; the loader's own button on the
    // partner's page is not asked for (a short screen, the widget's button at its top).
    let onquit = {
        let (store, host) = (props.store.clone(), props.host.clone());
        Callback::from(move |_| wipe_and_leave(&store, &host))
    };
    // The diagnostic's page around its welcome, nothing more: no answer read yet, so no emergency
    // block and no progress.
    shell(Shell {
        t,
        config: &props.config,
        host: &props.host,
        accompanied: *accompanied,
        onlang,
        welcome,
        broken_link: false,
        quit: if quit { quit_button(&t, &onquit) } else { Html::default() },
        block: NodeRef::default(),
        numbers: Html::default(),
        noprint: false,
        announce: String::new(),
        cleared: welcome && *cleared,
        progress: String::new(),
        onclear: (!welcome || *accompanied).then_some(onclear),
        screen,
    })
}
