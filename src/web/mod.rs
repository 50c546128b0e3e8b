//! Browser services, in one place: the host (a full page, an iframe, or a shadow root in the
//! partner's page), the page (address, fragment, language), storage, fetching (contacts,
//! languages), the device (clock, clipboard, print), speech, panic containment, and the browser's
//! `Math` for the engine's trigonometry. Nothing here draws the widget: the entry points
//! (`crate::entry`) and the components (`ui`) use these, never the other way round
//! (`tests/architecture.rs`).

#[cfg(feature = "bench")]
mod bench;
pub mod device;
pub mod fetch;
mod host;
// Not in the floor, which has no trigonometry to replace.
#[cfg(not(feature = "floor"))]
mod math;
pub mod page;
pub mod panic;
pub mod speech;
pub mod storage;

pub use host::{object, Host};

/// The host, handed to the components as a context (compared by identity).
#[derive(Clone)]
pub struct HostRef(pub std::rc::Rc<Host>);

impl PartialEq for HostRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}
