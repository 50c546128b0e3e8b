//! A parsed JSON value, read-only: what the contacts reader and the trust checks walk. Native
//! code (tests, importer) reads through `serde_json`; the widget through the browser's own
//! `JSON.parse` (`src/web/fetch.rs`), so no JSON parser ships in the bundle.

/// A parsed JSON value, read-only.
pub trait Tree: Sized {
    /// An object's member (`None`: absent, or this is not an object).
    fn get(&self, key: &str) -> Option<Self>;
    fn as_text(&self) -> Option<String>;
    fn as_number(&self) -> Option<f64>;
    fn as_bool(&self) -> Option<bool>;
    fn items(&self) -> Option<Vec<Self>>;
    /// The value of a decimal number whose syntax the reader has checked (`-1.5e3`, `.5`): the
    /// browser's own `parseFloat` in the widget, so Rust's float parser stays out of the bundle.
    fn decimal(text: &str) -> f64 {
        text.parse().unwrap_or(f64::NAN)
    }
    fn is_null(&self) -> bool;
    fn is_object(&self) -> bool;
}

#[cfg(any(not(target_arch = "wasm32"), feature = "core-only"))]
impl Tree for serde_json::Value {
    fn get(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn as_text(&self) -> Option<String> {
        self.as_str().map(String::from)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_bool(&self) -> Option<bool> {
        serde_json::Value::as_bool(self)
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }
    fn is_object(&self) -> bool {
        serde_json::Value::is_object(self)
    }
}
