//! Yew function components: they render the engine's state and forward events, nothing more.

mod app;
mod clear;
mod emergency;
mod help;
mod question;
mod results;
mod welcome;

pub use app::{App, AppProps};

use crate::engine::session::Action;
use yew::Callback;

/// What every screen sends up: an engine action.
pub type Dispatch = Callback<Action>;

use yew::prelude::*;

/// A heading that takes focus when its screen appears after the resident's own action — never
/// on first load, where it would steal focus from the host page.
#[hook]
pub fn use_heading_focus(autofocus: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if autofocus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}
