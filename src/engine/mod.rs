//! The pure core: plain Rust, no web dependency, tested natively with `cargo test`.
//!
//! Three capabilities, each depending only on those before it and on the shared basics:
//! - [`diagnostic`]: the questionnaire, a resident's session and its compact text form;
//! - [`contacts`]: the data·inclusion reader, who can help (matching), contact cards, opening hours;
//! - [`handoff`]: the roadmap (what the results and the print show), the take-away link and QR
//!   code, the anonymous count.
//!
//! Shared basics: the embedding [`config`], the accent [`color`], the [`messages`] of each
//! language, the small [`formats`] every part checks (INSEE codes, départements, phones, links),
//! the civil [`calendar`] (days, Easter, public holidays), the data·inclusion vocabulary
//! ([`codes`]), which of the device's voices reads a language ([`speech`]), and which département's
//! contacts file a commune or a postcode needs ([`territory`]).

pub mod calendar;
pub mod codes;
pub mod color;
pub mod config;
pub mod contacts;
pub mod diagnostic;
pub mod formats;
pub mod handoff;
pub mod messages;
pub mod pictograms;
pub mod plural;
pub mod speech;
pub mod territory;

/// The eight fields of SPEC §4, in their canonical order.
pub const FIELD_IDS: &[&str] =
    &["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"];
