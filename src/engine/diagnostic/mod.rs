//! The diagnostic: the questionnaire (content compiled from `content/`), a resident's session
//! (steps, answers, levels, results) and its compact, versioned text form.

pub mod encoding;
pub mod questionnaire;
pub mod session;
