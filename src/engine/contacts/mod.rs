//! Who can help: the data·inclusion contacts (a JSON [`tree`] read into the [`model`] after the
//! official [`schema`]'s checks, by the [`reader`]), whether the deployment vouches for a file
//! ([`trust`]), matching a resident's needs to services, what a contact card shows, and opening
//! hours.

pub mod card;
pub mod hours;
pub mod matching;
pub mod model;
pub mod opening;
pub mod pieces;
pub mod reader;
pub mod schema;
pub mod sun;
pub mod tree;
pub mod trust;

pub use model::{Commune, Directory, Service, Structure};
pub use reader::read;
pub use schema::{check, SERVICE, STRUCTURE};
pub use tree::Tree;
