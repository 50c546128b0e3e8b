//! The entry points the page's worker (www/preparer-worker.js) calls.

use crate::{api, files, prepare};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The worker's (preparer-worker.js): keeps a panic's message for the page, as wasm then traps.
    #[wasm_bindgen(js_name = passerellePanic)]
    fn passerelle_panic(message: &str);
    /// The same, for a panic the command line catches: its message and exit status (1) instead.
    #[wasm_bindgen(js_name = passerelleFailed)]
    fn passerelle_failed(error: &str);
}

/// Puts a file (an export's table, the referential's files) under a name.
#[wasm_bindgen]
pub fn put(path: &str, data: Vec<u8>) {
    files::put(path, data);
}

/// Takes a file out (`undefined`: none).
#[wasm_bindgen]
pub fn take(path: &str) -> Option<Vec<u8>> {
    files::take(path)
}

/// The `.br` of a file (`br::compress`).
#[wasm_bindgen]
pub fn brotli(data: &[u8]) -> Vec<u8> {
    crate::br::compress(data)
}

/// Forgets the API's pages of an earlier run.
#[wasm_bindgen(js_name = apiClear)]
pub fn api_clear() {
    api::clear();
}

/// One answer of the API (`table`: structures or services; `url`: where it came from, for the
/// messages): returns [items in it, pages the table has], or throws the command line's message.
#[wasm_bindgen(js_name = apiPage)]
pub fn api_page(table: &str, url: &str, body: &[u8]) -> Result<Vec<f64>, JsValue> {
    api::page(table, url, body).map(|(n, pages)| vec![n as f64, pages as f64]).map_err(|e| JsValue::from_str(&e))
}

/// Runs the importer (over the API's pages handed to `apiPage` when `api` names its address);
/// `progress(path, read, size)` is called as the tables are read. Returns the
/// outcome as JSON (`Prepared::json`); the contacts file is then `take("contacts.json")`.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)] // The command line's options, one by one, as the worker passes them.
pub fn prepare(
    structures: &str,
    services: &str,
    communes: Vec<String>,
    departements: Vec<String>,
    today: &str,
    max_dropped: Option<f64>,
    api: Option<String>,
    progress: js_sys::Function,
) -> String {
    std::panic::set_hook(Box::new(|info| match files::panic_meaning() {
        Some(m) => passerelle_failed(&format!("passerelle-import: {m}")),
        None => passerelle_panic(&info.to_string()),
    }));
    files::on_progress(Some(Box::new(move |path: &str, read: usize, size: usize| {
        let _ = progress.call3(&JsValue::NULL, &path.into(), &(read as f64).into(), &(size as f64).into());
    })));
    let o = prepare::Options { communes, departements, today: today.into(), max_dropped, api };
    let p = prepare::prepare(structures, services, &o);
    files::on_progress(None);
    if let Some(bytes) = &p.contacts {
        files::put(prepare::OUT, bytes.clone());
    }
    p.json().to_string()
}
