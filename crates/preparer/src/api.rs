//! The command line's `--api` reads with `ureq`, which a browser has not: the page's worker
//! (www/preparer-worker.js) fetches the API's pages itself, the same pages in the same order, and
//! hands each answer here; its items are written as the command line writes them (`pages.rs`),
//! into the files the importer then reads.

use crate::{files, pages};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

/// Where the tables fetched are put (the command line's temporary files).
pub const STRUCTURES: &str = "api/structures.jsonl";
pub const SERVICES: &str = "api/services.jsonl";

thread_local! {
    /// The tables being fetched: JSON Lines so far, and pages read.
    static TABLES: RefCell<HashMap<String, Vec<u8>>> = RefCell::new(HashMap::new());
    static PAGES: RefCell<usize> = const { RefCell::new(0) };
}

/// Starts anew (no page read).
pub fn clear() {
    TABLES.with(|t| t.borrow_mut().clear());
    PAGES.with(|p| *p.borrow_mut() = 0);
}

/// One answer of the API for `table` (`structures` or `services`) at `url`: returns how many
/// items it held and how many pages the table has, or what is wrong with it (the command line's words).
pub fn page(table: &str, url: &str, body: &[u8]) -> Result<(usize, u64), String> {
    let body: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("{url}: the answer is not JSON: {e}"))?;
    let found = TABLES.with(|t| {
        let mut t = t.borrow_mut();
        pages::write_items(url, &body, t.entry(table.to_string()).or_default())
    })?;
    PAGES.with(|p| *p.borrow_mut() += 1);
    Ok(found)
}

/// Puts the tables fetched where the importer reads them; returns the pages read.
pub fn finish() -> usize {
    for (table, path) in [("structures", STRUCTURES), ("services", SERVICES)] {
        files::put(path, TABLES.with(|t| t.borrow_mut().remove(table)).unwrap_or_default());
    }
    PAGES.with(|p| *p.borrow())
}

/// The command line's type: here it only names the API in the report.
#[allow(dead_code)] // The command line's fields, unused here.
pub struct Api {
    pub base: String,
    pub token: String,
    pub filters: Vec<(&'static str, String)>,
}

impl Api {
    pub fn fetch(&self, _table: &str, _to: &Path) -> Result<usize, String> {
        Err("the API is read by the page itself".into())
    }
}
