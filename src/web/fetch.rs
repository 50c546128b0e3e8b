//! Loading the contacts file: fetched from the partner's URL with a time limit and a size
//! limit, parsed by the browser's own `JSON.parse`, read by the pure core.

use crate::engine::contacts::pieces::{self, Found};
use crate::engine::contacts::trust::Trust;
use crate::engine::contacts::Tree;
#[cfg(feature = "bench")]
use crate::engine::contacts::{read, Directory};
use crate::engine::messages::Catalog;
use crate::engine::territory::{self, Place};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

/// A slow server must not leave the resident waiting: after this, the national contacts.
#[cfg(not(feature = "test-hooks"))]
const TIMEOUT_MS: u32 = 10_000;
/// The test bundle (`--features test-hooks`, never a release) gives up sooner, so the end-to-end
/// test of a host that never answers waits 1 s, not 10.
#[cfg(feature = "test-hooks")]
const TIMEOUT_MS: u32 = 1_000;
/// Parsing is on the page's thread: a bounded file keeps it short (a territory's file is far smaller).
pub const MAX_BYTES: usize = 20 * MB;
const MB: usize = 1024 * 1024;

impl Tree for JsValue {
    fn get(&self, key: &str) -> Option<Self> {
        if !Tree::is_object(self) {
            return None;
        }
        // Own properties only, as the native reader (serde_json) reads them: a page that added
        // `nom` or `telephone` to Object.prototype must not fill in what a file left out.
        let key = JsValue::from(key);
        let own = Reflect::get_own_property_descriptor(self.unchecked_ref::<js_sys::Object>(), &key).ok()?;
        if own.is_undefined() {
            return None;
        }
        Reflect::get(self, &key).ok().filter(|v| !v.is_undefined())
    }
    fn as_text(&self) -> Option<String> {
        self.as_string()
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_bool(&self) -> Option<bool> {
        JsValue::as_bool(self)
    }
    fn decimal(text: &str) -> f64 {
        js_sys::parse_float(text)
    }
    fn items(&self) -> Option<Vec<Self>> {
        Array::is_array(self).then(|| Array::from(self).to_vec())
    }
    fn is_null(&self) -> bool {
        JsValue::is_null(self)
    }
    fn is_object(&self) -> bool {
        JsValue::is_object(self) && !Array::is_array(self)
    }
}

/// Why a file could not be had, said on the console after its URL.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// No window or no `AbortController`: not a page that can fetch.
    NoFetch,
    /// The time limit passed before the server answered.
    NoAnswer,
    /// A network error, or the server does not allow this site (CORS).
    Unreachable,
    /// The server answered with an error status.
    Http(u16),
    /// Over [`MAX_BYTES`], said by its length or found once read.
    TooLarge,
    /// The answer's body could not be read.
    Unreadable,
    /// The time limit passed while the body was coming.
    Incomplete,
    /// Not JSON (a contacts file or `trust.json`).
    NotJson,
    /// A département's index that names no piece for the resident's place.
    Unlisted,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let seconds = TIMEOUT_MS / 1000;
        match self {
            Failure::NoFetch => write!(f, "this page cannot fetch"),
            Failure::NoAnswer => write!(f, "no answer after {seconds} s"),
            Failure::Unreachable => {
                write!(f, "unreachable (network error, or the server does not allow this site: CORS)")
            }
            Failure::Http(status) => write!(f, "HTTP {status}"),
            Failure::TooLarge => write!(f, "larger than {} MB", MAX_BYTES / MB),
            Failure::Unreadable => write!(f, "unreadable body"),
            Failure::Incomplete => write!(f, "no complete answer after {seconds} s"),
            Failure::NotJson => write!(f, "the file is not valid JSON"),
            Failure::Unlisted => write!(f, "this index names no piece for the commune or postcode"),
        }
    }
}

/// A file that could not be had: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchError {
    pub url: String,
    pub failure: Failure,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.url, self.failure)
    }
}

/// Reads JSON text into a directory; entries left out are reported on the console, once.
/// (The widget reads through `ui::later`, in the second chunk; this is the benchmark's way.)
#[cfg(feature = "bench")]
pub fn parse(text: &str) -> Result<Directory, String> {
    let value = JSON::parse(text).map_err(|_| Failure::NotJson.to_string())?;
    let (dir, issues) = read(&value, crate::web::device::contacts_day()).map_err(|e| e.0)?;
    for i in issues {
        gloo::console::warn!(i.message());
    }
    Ok(dir)
}

/// Fetches the contacts file at `url` and parses it with the browser's `JSON.parse`; reading it
/// is the second chunk's (`ui::later`).
pub async fn contacts(url: &str) -> Result<JsValue, FetchError> {
    let text = fetch_text(url).await?;
    JSON::parse(&text).map_err(|_| FetchError { url: url.to_string(), failure: Failure::NotJson })
}

/// A territory's contacts from a template: the département's file, and, when it is an index
/// (a département cut finer), the piece it names for the place (`engine::contacts::pieces`).
/// A postcode serving two départements (`01200`: Ain and Haute-Savoie) gets both, joined; one
/// that fails leaves the others (a console warning). Only the départements and the pieces' names
/// go into the URLs. Returns the URL read (the first), and its JSON.
pub async fn territory(template: &str, place: &Place) -> Result<(String, JsValue), FetchError> {
    let mut read: Option<(String, JsValue)> = None;
    let (mut shared, mut failed) = (false, None);
    for place in place.each() {
        match departement(template, &place).await {
            Ok((url, file, index_shared)) => {
                shared |= index_shared;
                match &read {
                    Some((_, first)) => join(first, &file),
                    None => read = Some((url, file)),
                }
            }
            Err(e) => {
                gloo::console::warn!(format!("Passerelle: {e}; the other département's contacts alone."));
                failed.get_or_insert(e);
            }
        }
    }
    let Some((url, file)) = read else { return Err(failed.expect("a place has a département")) };
    if shared {
        // The services open to all of France, beside the pieces: added once. Without them the
        // pieces are still the resident's.
        let shared = territory::piece(template, pieces::SHARED);
        match contacts(&shared).await {
            Ok(more) => join(&file, &more),
            Err(e) => gloo::console::warn!(format!("Passerelle: {e}; the piece without the national services.")),
        }
    }
    Ok((url, file))
}

/// One département's contacts for the place: its file, or the piece its index names; and whether
/// the index says its pieces go with `france.json`.
async fn departement(template: &str, place: &Place) -> Result<(String, JsValue, bool), FetchError> {
    let url = territory::piece(template, &place.departement);
    let file = contacts(&url).await?;
    match pieces::find(&file, place) {
        Found::Contacts => Ok((url, file, false)),
        Found::Piece(name) => {
            let url = territory::piece(template, &name);
            Ok((url.clone(), contacts(&url).await?, pieces::shared(&file)))
        }
        Found::Unlisted => Err(FetchError { url, failure: Failure::Unlisted }),
    }
}

/// Adds the structures and services of `more` to those of `piece` (both contacts files), but
/// those the piece has already (a national service's structure may also run a local one; a
/// service near the border may be in both départements' files; their communes, by code, too).
fn join(piece: &JsValue, more: &JsValue) {
    for (key, id) in [("structures", "id"), ("services", "id"), ("communes", "code_insee")] {
        let id = |v: &JsValue| Reflect::get(v, &id.into()).ok().and_then(|i| i.as_string());
        let (Ok(a), Ok(b)) = (Reflect::get(piece, &key.into()), Reflect::get(more, &key.into())) else { continue };
        if Array::is_array(&a) && Array::is_array(&b) {
            let (a, b) = (Array::from(&a), Array::from(&b));
            let had: std::collections::HashSet<String> = a.iter().filter_map(|v| id(&v)).collect();
            let new = b.filter(&mut |v, _, _| id(&v).is_none_or(|i| !had.contains(&i)));
            let _ = Reflect::set(piece, &key.into(), &a.concat(&new));
        }
    }
}

/// A file's text, with a time limit and a size limit, without cookie or referrer.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let fail = |failure: Failure| FetchError { url: url.to_string(), failure };
    let window = web_sys::window().ok_or_else(|| fail(Failure::NoFetch))?;
    let controller = AbortController::new().map_err(|_| fail(Failure::NoFetch))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    // No cookie, no referrer: nothing about the resident goes with the request.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    let timer = gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || controller.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(|e| {
        fail(match e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "AbortError") {
            true => Failure::NoAnswer,
            false => Failure::Unreachable,
        })
    })?;
    let response: Response = response.dyn_into().map_err(|_| fail(Failure::Unreadable))?;
    if !response.ok() {
        return Err(fail(Failure::Http(response.status())));
    }
    let length = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<usize>().ok());
    if length.is_some_and(|l| l > MAX_BYTES) {
        return Err(fail(Failure::TooLarge));
    }
    let text = JsFuture::from(response.text().map_err(|_| fail(Failure::Unreadable))?)
        .await
        .map_err(|_| fail(Failure::Incomplete))?;
    drop(timer);
    let text = text.as_string().ok_or_else(|| fail(Failure::Unreadable))?;
    if text.len() > MAX_BYTES {
        return Err(fail(Failure::TooLarge));
    }
    Ok(text)
}

/// The deployment's `trust.json`, beside the widget page. Unreachable or unreadable: nothing is
/// vouched for (said on the console).
pub async fn trust() -> Trust {
    let read = async {
        let text = fetch_text("trust.json").await?;
        let value =
            JSON::parse(&text).map_err(|_| FetchError { url: "trust.json".into(), failure: Failure::NotJson })?;
        Ok::<_, FetchError>(Trust::read(&value))
    };
    read.await.unwrap_or_else(|e| {
        gloo::console::warn!(format!("Passerelle: {e}; no partner or contacts file is vouched for."));
        Trust::default()
    })
}

/// A language's messages, fetched from the bundle; French if they cannot be had.
pub async fn language(bundle: &str, lang: &str) -> Catalog {
    if let Some(c) = Catalog::available(lang) {
        return c;
    }
    let Some(file) = Catalog::file(lang) else { return Catalog::new("fr") };
    match fetch_text(&format!("{bundle}{file}")).await {
        Ok(text) => Catalog::load(lang, text),
        Err(e) => {
            gloo::console::warn!(format!(
                "Passerelle: messages for \"{lang}\" could not be loaded ({e}); using French."
            ));
            Catalog::new("fr")
        }
    }
}
