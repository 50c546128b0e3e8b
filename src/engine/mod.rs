//! The pure core: plain Rust, no web dependency, tested natively with `cargo test`.

pub mod color;
pub mod card;
pub mod config;
pub mod contacts;
pub mod encoding;
pub mod hours;
pub mod matching;
pub mod i18n;
pub mod questionnaire;
pub mod roadmap;
pub mod session;
pub mod share;

/// The eight fields of SPEC §4, in their canonical order.
pub const FIELD_IDS: &[&str] =
    &["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"];
