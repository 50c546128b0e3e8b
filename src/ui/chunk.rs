//! Fetching a wasm chunk — the diagnostic (`boot.rs`) and the results (`later.rs`) — the same way:
//! a failed fetch retried after 1, 3 and 9 s, then said plainly with « Réessayer » and the
//! emergency numbers.

use super::screen::{Back, Screen};
use super::welcome::sos;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::web::device::pause;
use std::future::Future;
use yew::prelude::*;

/// The first retry's wait; each next one waits `BACKOFF` times longer, up to `LAST_RETRY_MS`.
const FIRST_RETRY_MS: i32 = 1_000;
const BACKOFF: i32 = 3;
const LAST_RETRY_MS: i32 = 9_000;

/// Which chunk: named on the console when it does not come.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    /// The questions, the session and their screens (`boot.rs`).
    Diagnostic,
    /// The contacts, the roadmap and the results screen (`later.rs`).
    Results,
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Part::Diagnostic => "the diagnostic",
            Part::Results => "the rest of the widget",
        })
    }
}

/// The chunk could not be fetched (a network error, logged on the console by the loader).
#[derive(Debug)]
pub struct Missing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Missing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Missing
    }
}

/// Where a chunk is; `T` is the table of functions it brings.
pub enum Chunk<T: 'static> {
    Loading,
    Ready(&'static T),
    /// Not arrived after every retry; the resident can ask again.
    Failed,
}

// By hand: a derive would ask `T` to be `Clone` and `PartialEq`, and only the pointer matters.
impl<T> Clone for Chunk<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Chunk<T> {}

impl<T> PartialEq for Chunk<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Chunk::Ready(a), Chunk::Ready(b)) => std::ptr::eq(*a, *b),
            (Chunk::Loading, Chunk::Loading) | (Chunk::Failed, Chunk::Failed) => true,
            _ => false,
        }
    }
}

/// Fetches a chunk through its split point `parts`, retrying a failed fetch after 1, 3 and 9 s;
/// `what` names it on the console.
async fn load<T: 'static, F>(what: Part, parts: impl Fn() -> F) -> Chunk<T>
where
    F: Future<Output = Result<&'static T, Missing>>,
{
    let mut wait = FIRST_RETRY_MS;
    loop {
        match parts().await {
            Ok(table) => return Chunk::Ready(table),
            Err(Missing) if wait <= LAST_RETRY_MS => {
                gloo::console::warn!(format!(
                    "Passerelle: {what} could not be loaded; trying again in {} s.",
                    wait / 1000
                ));
                pause(wait).await;
                wait *= BACKOFF;
            }
            Err(Missing) => {
                gloo::console::error!(format!("Passerelle: {what} could not be loaded; the answers are kept."));
                return Chunk::Failed;
            }
        }
    }
}

/// A chunk fetched once the component is first drawn (unless `initial` already has it), and
/// « Réessayer »'s callback, which fetches it again.
#[hook]
pub fn use_chunk<T, F, P>(what: Part, initial: Chunk<T>, parts: P) -> (Chunk<T>, Callback<()>)
where
    T: 'static,
    F: Future<Output = Result<&'static T, Missing>> + 'static,
    P: Fn() -> F + Copy + 'static,
{
    let chunk = use_state(|| initial);
    {
        let chunk = chunk.clone();
        use_effect_with((), move |_| {
            if *chunk == Chunk::Loading {
                wasm_bindgen_futures::spawn_local(async move { chunk.set(load(what, parts).await) });
            }
        });
    }
    let onretry = {
        let chunk = chunk.clone();
        Callback::from(move |_| {
            chunk.set(Chunk::Loading);
            let chunk = chunk.clone();
            wasm_bindgen_futures::spawn_local(async move { chunk.set(load(what, parts).await) });
        })
    };
    (*chunk, onretry)
}

/// What a waiting screen says.
pub struct Waiting {
    /// The screen's title (a message key).
    pub title: &'static str,
    /// The polite status while the chunk is on its way (a message key).
    pub loading: &'static str,
    /// The section's classes after `pw-screen`.
    pub class: &'static str,
    /// The chunk has not come after every retry.
    pub failed: bool,
    pub onretry: Callback<()>,
    pub autofocus: bool,
    pub back: Option<Back>,
}

/// A screen whose chunk is on its way (rarely seen: it is fetched while the resident reads or
/// answers), or never came: said plainly (the answers are kept), with a way to retry and the
/// emergency numbers. A function, not a component: the welcome's module carries it, and a
/// component costs more there.
pub fn waiting(t: &Catalog, w: Waiting) -> Html {
    html! {
        <Screen class={w.class} title={t.t(w.title)} autofocus={w.autofocus} back={w.back}>
            if w.failed {
                <p class="pw-notice" role="alert">{ t.t(keys::UI_LATER_FAILED) }</p>
                <div class="pw-actions">
                    <button type="button" class="pw-button pw-primary" onclick={w.onretry.reform(|_: MouseEvent| ())}>
                        { t.t(keys::UI_RETRY) }
                    </button>
                </div>
                { sos(t) }
            } else {
                <p role="status">{ t.t(w.loading) }</p>
            }
        </Screen>
    }
}
