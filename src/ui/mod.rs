//! Yew function components: they render the engine's state and forward events, nothing more.
//! The root (`Boot`) gives them the host; the `Shell` around every screen gives them the
//! messages and the emergency numbers (contexts, read through `hooks`).

mod app;
mod boot;
mod chunk;
mod class;
mod clear;
mod contact;
mod emergency;
mod help;
mod hooks;
mod items;
mod keep;
mod language;
mod later;
mod overview;
mod picto;
mod question;
mod quit;
mod read_aloud;
mod results;
mod screen;
mod shell;
mod steps;
mod territory;
mod welcome;

pub use app::AppProps;
pub use boot::Boot;

use crate::engine::diagnostic::Action;
use yew::Callback;

/// What every screen sends up: an engine action.
pub type Dispatch = Callback<Action>;

/// The contacts the results draw on: the engine's source, held while the resident answers.
pub type Contacts = crate::engine::handoff::roadmap::Source<std::rc::Rc<crate::engine::contacts::Directory>>;

/// The same file, not an equal one: a cheap key for what is computed from it.
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
