//! The diagnostic: the questionnaire (content compiled from `content/`), a resident's session and
//! its compact, versioned text form. The session in layers, each using only those before it:
//! - [`state`]: the session as data (step, answers, wishes, marks, notes);
//! - [`assessment`]: what the answers say (visibility, levels, needs, urgent numbers, publics,
//!   wishes, results);
//! - [`flow`]: where they lead (screens, steps, the bar, progress, the accompanied path);
//! - [`session`]: the actions and the reducer that applies them;
//! - [`encoding`]: the session as text, for the device and the take-away link.

pub mod assessment;
pub mod encoding;
pub mod flow;
pub mod questionnaire;
pub mod session;
pub mod state;

pub use assessment::{Diagnostic, FieldResult, Need, Profile, Wish};
pub use flow::{minutes, Progress};
pub use session::{Action, NOTE_MAX};
pub use state::{Help, Response, Session, Step};
