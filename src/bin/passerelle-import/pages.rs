//! One answer of the data·inclusion API v1 (`{items, total, page, size, pages}`): its items
//! written as JSON Lines, which the importer then reads like an export. The command line's `api.rs`
//! fetches the pages with ureq; the coordinator's page fetches them itself and hands them to its
//! worker (crates/preparer): both write the items here, so both read the same bytes.

use serde_json::Value;
use std::io::Write;

/// Entries a page asks for (the API allows 10 000).
pub const SIZE: usize = 1000;

/// Writes the items of `body` (the answer to `url`) to `out`, one a line; returns how many there
/// were and how many pages the API says the table has.
pub fn write_items(url: &str, body: &Value, out: &mut impl Write) -> Result<(usize, u64), String> {
    let items = body
        .get("items")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{url}: the answer has no `items` list: is this the data·inclusion API v1?"))?;
    for item in items {
        serde_json::to_writer(&mut *out, item).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    Ok((items.len(), body.get("pages").and_then(Value::as_u64).unwrap_or(0)))
}

/// What the report says the tables were read from.
pub fn origin(base: &str, pages: usize) -> String {
    format!("the API v1 at {base} ({pages} pages)")
}
