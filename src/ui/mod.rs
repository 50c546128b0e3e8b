//! Yew function components: they render the engine's state and forward events, nothing more.

mod app;
mod boot;
mod chunk;
mod clear;
mod contact;
mod emergency;
mod help;
mod language;
mod later;
mod overview;
mod picto;
mod question;
mod read_aloud;
mod results;
mod welcome;

pub use app::AppProps;
pub use boot::Boot;

use crate::engine::diagnostic::Action;
use yew::Callback;

/// What every screen sends up: an engine action.
pub type Dispatch = Callback<Action>;

/// The contacts the results draw on.
#[derive(Clone, Debug)]
pub enum Contacts {
    Loading,
    /// The partner's file.
    Local(std::rc::Rc<crate::engine::contacts::Directory>),
    /// The national fallback, when the partner's file could not be used.
    National(std::rc::Rc<crate::engine::contacts::Directory>),
}

impl PartialEq for Contacts {
    fn eq(&self, other: &Self) -> bool {
        use std::rc::Rc;
        match (self, other) {
            (Contacts::Loading, Contacts::Loading) => true,
            (Contacts::Local(a), Contacts::Local(b)) | (Contacts::National(a), Contacts::National(b)) => {
                Rc::ptr_eq(a, b)
            }
            _ => false,
        }
    }
}

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
                    crate::web::reveal(&el);
                }
            }
        });
    }
    node
}
