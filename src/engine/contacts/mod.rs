//! Who can help: the data·inclusion reader and its checks, matching a resident's needs to
//! services, what a contact card shows, and opening hours.

pub mod card;
pub mod hours;
pub mod matching;
pub mod opening;
pub mod reader;
pub mod territory;
pub mod trust;

pub use reader::{read, Directory, Service, Structure, Tree};
