//! The iframe protocol: every message between the widget's frame and the loader (`www/embed.js`),
//! both ways, as one enum with its encoding and its decoding. A message is a plain object (what
//! `postMessage` clones): `source` says who speaks, `type` what is said, then the payload.
//!
//! The decoding is the loader's acceptance rule written once: a message it would ignore decodes
//! to `None`. A native test reads `www/embed.js` and checks it handles exactly these names.

/// Who speaks: the widget's frame, or the loader on the partner's page.
pub const FROM_WIDGET: &str = "passerelle";
pub const FROM_LOADER: &str = "passerelle-loader";

/// The `type` of each message the widget sends, and of each the loader sends.
pub const WIDGET_TYPES: [&str; 7] = ["resize", "event", "step", "lang", "leave", "quit", "show"];
pub const LOADER_TYPES: [&str; 1] = ["quit"];

/// The events the loader dispatches on the partner's script tag: no other name passes.
pub const EVENTS: [&str; 2] = ["passerelle:ready", "passerelle:completed"];

/// Positions and heights, in CSS pixels, are finite and under this bound: the loader never sizes
/// or scrolls a page by an absurd amount.
pub const MAX_PX: f64 = 1e5;

/// The longest label of the loader's « Quitter vite », in UTF-16 units (the loader's `length`).
pub const MAX_LABEL: usize = 80;

/// A structured-clonable value: the payloads' shape, without the browser.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A key's value in an object (the last, as JavaScript reads a duplicated key); `None` otherwise.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn text(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Value::Text(s)) => Some(s),
            _ => None,
        }
    }

    fn number(&self, key: &str) -> Option<f64> {
        match self.get(key) {
            Some(Value::Number(n)) if n.is_finite() => Some(*n),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Widget → loader: the content's height changed; the iframe takes it (no inner scrollbar).
    Resize { height: f64 },
    /// Widget → loader: an event for the partner's page, dispatched on its script tag.
    Event { name: String, detail: Value },
    /// Widget → loader: a new step's heading is at `top` in the frame; the page scrolls to it if
    /// it is out of view (WebKit does not for a focus in a cross-origin frame).
    Step { top: f64 },
    /// Widget → loader: the widget's language, which the iframe's title follows.
    Lang { lang: String },
    /// Widget → loader: « Quitter vite » pressed, storage wiped: the page leaves for a neutral one.
    Leave,
    /// Widget → loader: « Quitter vite » is on the widget's screen, in these words (or no longer).
    Quit { label: Option<String> },
    /// Widget → loader: a block of the frame (emergency numbers) to bring whole into view.
    Show { top: f64, height: f64 },
    /// Loader → widget: the loader's own « Quitter vite » was pressed.
    QuitPressed,
}

impl Message {
    /// `passerelle:ready`: the widget is drawn, in this mode and language, for this partner.
    pub fn ready(mode: &str, lang: &str, partner: Option<&str>) -> Message {
        Message::event(EVENTS[0], vec![], mode, lang, partner)
    }

    /// `passerelle:completed`, the anonymous count: the levels the engine chose to send
    /// (`roadmap::count`), the mode, the language and the partner; nothing else.
    pub fn completed(fields: Vec<(String, Value)>, mode: &str, lang: &str, partner: Option<&str>) -> Message {
        Message::event(EVENTS[1], vec![("fields".into(), Value::Object(fields))], mode, lang, partner)
    }

    fn event(name: &str, mut detail: Vec<(String, Value)>, mode: &str, lang: &str, partner: Option<&str>) -> Message {
        detail.push(("mode".into(), Value::Text(mode.into())));
        detail.push(("lang".into(), Value::Text(lang.into())));
        detail.push(("partner".into(), partner.map_or(Value::Null, |p| Value::Text(p.into()))));
        Message::Event { name: name.into(), detail: Value::Object(detail) }
    }

    /// `(source, type)`.
    pub fn kind(&self) -> (&'static str, &'static str) {
        let name = match self {
            Message::Resize { .. } => "resize",
            Message::Event { .. } => "event",
            Message::Step { .. } => "step",
            Message::Lang { .. } => "lang",
            Message::Leave => "leave",
            Message::Quit { .. } => "quit",
            Message::Show { .. } => "show",
            Message::QuitPressed => return (FROM_LOADER, "quit"),
        };
        (FROM_WIDGET, name)
    }

    /// The object to post (taking the message: its texts move into it, uncopied).
    pub fn encode(self) -> Value {
        let (source, kind) = self.kind();
        let mut o =
            vec![("source".to_string(), Value::Text(source.into())), ("type".to_string(), Value::Text(kind.into()))];
        let mut put = |k: &str, v: Value| o.push((k.to_string(), v));
        match self {
            Message::Resize { height } => put("height", Value::Number(height)),
            Message::Event { name, detail } => {
                put("name", Value::Text(name));
                put("detail", detail);
            }
            Message::Step { top } => put("top", Value::Number(top)),
            Message::Lang { lang } => put("lang", Value::Text(lang)),
            Message::Quit { label } => {
                put("on", Value::Bool(label.is_some()));
                put("label", label.map_or(Value::Null, Value::Text));
            }
            Message::Show { top, height } => {
                put("top", Value::Number(top));
                put("height", Value::Number(height));
            }
            Message::Leave | Message::QuitPressed => {}
        }
        Value::Object(o)
    }

    /// The message `v` holds, if the receiving side acts on it: known source and type, payload of
    /// the right type and within bounds. Anything else is refused (`None`), never a panic.
    pub fn decode(v: &Value) -> Option<Message> {
        Message::from_loader(v).or_else(|| Message::from_widget(v))
    }

    /// What the widget reads: the loader's messages only (they carry no payload).
    pub fn from_loader(v: &Value) -> Option<Message> {
        match (v.text("source")?, v.text("type")?) {
            (FROM_LOADER, "quit") => Some(Message::QuitPressed),
            _ => None,
        }
    }

    /// What the loader reads: the widget's messages.
    pub fn from_widget(v: &Value) -> Option<Message> {
        let px = |k: &str, min: f64| v.number(k).filter(|n| *n >= min && *n < MAX_PX);
        match (v.text("source")?, v.text("type")?) {
            (FROM_WIDGET, "resize") => Some(Message::Resize { height: px("height", 0.0).filter(|h| *h > 0.0)? }),
            (FROM_WIDGET, "event") => {
                let name = v.text("name").filter(|n| EVENTS.contains(n))?;
                Some(Message::Event { name: name.into(), detail: v.get("detail").cloned().unwrap_or(Value::Null) })
            }
            (FROM_WIDGET, "step") => Some(Message::Step { top: px("top", 0.0)? }),
            (FROM_WIDGET, "lang") => {
                let lang = v
                    .text("lang")
                    .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))?;
                Some(Message::Lang { lang: lang.into() })
            }
            (FROM_WIDGET, "leave") => Some(Message::Leave),
            (FROM_WIDGET, "quit") => {
                let on = match v.get("on") {
                    Some(Value::Bool(on)) => *on,
                    _ => return None,
                };
                let label = v.text("label").filter(|l| on && l.encode_utf16().count() < MAX_LABEL);
                Some(Message::Quit { label: label.map(String::from) })
            }
            (FROM_WIDGET, "show") => Some(Message::Show { top: px("top", -MAX_PX)?, height: px("height", 0.0)? }),
            _ => None,
        }
    }

    /// One message of each kind, as the widget and the loader send them: the tests' cases and
    /// the fuzzers' seeds.
    pub fn samples() -> Vec<Message> {
        // Adding a variant breaks this match: give it a sample below.
        let _every = |m: &Message| match m {
            Message::Resize { .. }
            | Message::Event { .. }
            | Message::Step { .. }
            | Message::Lang { .. }
            | Message::Leave
            | Message::Quit { .. }
            | Message::Show { .. }
            | Message::QuitPressed => {}
        };
        let text = |s: &str| Value::Text(s.into());
        let fields = vec![("mobilite".into(), text("fort")), ("logement".into(), text("leger"))];
        vec![
            Message::Resize { height: 1184.0 },
            Message::ready("autonome", "fr", None),
            Message::completed(fields, "accompagne", "ar", Some("Centre social Les Tilleuls")),
            Message::Step { top: 312.5 },
            Message::Lang { lang: "ar".into() },
            Message::Leave,
            Message::Quit { label: Some("Quitter vite".into()) },
            Message::Quit { label: None },
            Message::Show { top: 2210.25, height: 388.0 },
            Message::QuitPressed,
        ]
    }
}

/// Reads serde_json's values (tests, fuzz targets, seeds); the widget reads the browser's.
#[cfg(not(target_arch = "wasm32"))]
impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Value {
        use serde_json::Value as J;
        match v {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => n.as_f64().map_or(Value::Null, Value::Number),
            J::String(s) => Value::Text(s.clone()),
            J::Array(a) => Value::List(a.iter().map(Value::from).collect()),
            J::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), Value::from(x))).collect()),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<&Value> for serde_json::Value {
    fn from(v: &Value) -> serde_json::Value {
        use serde_json::Value as J;
        match v {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => serde_json::Number::from_f64(*n).map_or(J::Null, J::Number),
            Value::Text(s) => J::String(s.clone()),
            Value::List(l) => J::Array(l.iter().map(J::from).collect()),
            Value::Object(o) => J::Object(o.iter().map(|(k, x)| (k.clone(), J::from(x))).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn json(text: &str) -> Value {
        Value::from(&serde_json::from_str::<serde_json::Value>(text).unwrap())
    }

    #[test]
    fn every_message_reads_back_as_itself() {
        let samples = Message::samples();
        for m in &samples {
            assert_eq!(Message::decode(&m.clone().encode()).as_ref(), Some(m));
            // JSON reorders an object's keys: compared as JSON.
            let through_json = serde_json::Value::from(&m.clone().encode()).to_string();
            let back = Message::decode(&json(&through_json)).expect(&through_json).encode();
            assert_eq!(serde_json::Value::from(&back), serde_json::Value::from(&m.clone().encode()));
        }
        let kinds: BTreeSet<_> = samples.iter().map(Message::kind).collect();
        let names: BTreeSet<_> = WIDGET_TYPES
            .iter()
            .map(|t| (FROM_WIDGET, *t))
            .chain(LOADER_TYPES.iter().map(|t| (FROM_LOADER, *t)))
            .collect();
        assert_eq!(kinds, names, "every kind has a sample, and every sample a declared name");
    }

    #[test]
    fn the_loader_acceptance_rules() {
        let w = |rest: &str| json(&format!(r#"{{"source":"passerelle",{rest}}}"#));
        assert_eq!(Message::decode(&w(r#""type":"resize","height":640"#)), Some(Message::Resize { height: 640.0 }));
        for bad in [r#""height":0"#, r#""height":-3"#, r#""height":100000"#, r#""height":"640""#, r#""h":640"#] {
            assert_eq!(Message::decode(&w(&format!(r#""type":"resize",{bad}"#))), None, "{bad}");
        }
        assert_eq!(Message::decode(&w(r#""type":"step","top":0"#)), Some(Message::Step { top: 0.0 }));
        assert_eq!(Message::decode(&w(r#""type":"step","top":-1"#)), None);
        assert_eq!(
            Message::decode(&w(r#""type":"show","top":-20,"height":5"#)),
            Some(Message::Show { top: -20.0, height: 5.0 })
        );
        assert_eq!(Message::decode(&w(r#""type":"show","top":1e300,"height":5"#)), None);
        assert_eq!(Message::decode(&w(r#""type":"event","name":"passerelle:other""#)), None, "only the known events");
        assert_eq!(
            Message::decode(&w(r#""type":"event","name":"passerelle:ready""#)),
            Some(Message::Event { name: "passerelle:ready".into(), detail: Value::Null })
        );
        assert_eq!(Message::decode(&w(r#""type":"lang","lang":"fr-FR""#)), None);
        assert_eq!(Message::decode(&w(r#""type":"quit","on":"yes","label":"x""#)), None, "`on` is a boolean");
        assert_eq!(Message::decode(&w(r#""type":"quit","on":false,"label":"x""#)), Some(Message::Quit { label: None }));
        let long = "é".repeat(MAX_LABEL);
        assert_eq!(
            Message::decode(&w(&format!(r#""type":"quit","on":true,"label":"{long}""#))),
            Some(Message::Quit { label: None })
        );
        // The same type from the other side, or from nobody, is another message or none.
        assert_eq!(
            Message::decode(&json(r#"{"source":"passerelle-loader","type":"quit"}"#)),
            Some(Message::QuitPressed)
        );
        assert_eq!(Message::decode(&json(r#"{"source":"passerelle-loader","type":"leave"}"#)), None);
        assert_eq!(Message::decode(&json(r#"{"type":"leave"}"#)), None);
        for other in ["null", "\"leave\"", "[1,2]", "{}", r#"{"source":"passerelle","type":"resize"}"#] {
            assert_eq!(Message::decode(&json(other)), None, "{other}");
        }
        // A duplicated key counts as JavaScript reads it: the last one.
        let twice = Value::Object(vec![
            ("source".into(), Value::Text("passerelle".into())),
            ("type".into(), Value::Text("nope".into())),
            ("type".into(), Value::Text("leave".into())),
        ]);
        assert_eq!(Message::decode(&twice), Some(Message::Leave));
    }

    /// The loader (`www/embed.js`) handles exactly the enum's names, each way, and dispatches
    /// exactly its events: a name added on one side only fails here.
    #[test]
    fn the_loader_speaks_this_protocol() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let js = std::fs::read_to_string(root.join("www/embed.js")).unwrap();
        // Quoted strings right after a marker, e.g. `d.type === "resize"`.
        let after = |marker: &str| -> BTreeSet<String> {
            js.match_indices(marker)
                .filter_map(|(i, _)| js[i + marker.len()..].split('"').nth(1).map(String::from))
                .collect()
        };
        let handled = after("d.type ===");
        assert_eq!(handled, WIDGET_TYPES.iter().map(|s| s.to_string()).collect(), "types the loader handles");
        assert!(js.contains(&format!("d.source !== \"{FROM_WIDGET}\"")), "the loader checks the widget's source");
        let sent = after(&format!("source: \"{FROM_LOADER}\", type:"));
        assert_eq!(sent, LOADER_TYPES.iter().map(|s| s.to_string()).collect(), "types the loader sends");
        assert_eq!(js.matches("postMessage(").count(), LOADER_TYPES.len(), "every message the loader sends is above");
        let events = js.split("var EVENTS = {").nth(1).and_then(|r| r.split('}').next()).unwrap();
        let events: BTreeSet<_> = events.split(',').filter_map(|e| e.split('"').nth(1)).collect();
        assert_eq!(events, EVENTS.into_iter().collect(), "events the loader dispatches");
        // The frame's title follows every language the widget ships, and only those.
        let titles = js.split("var TITLES = {").nth(1).and_then(|r| r.split('}').next()).unwrap();
        let titles: BTreeSet<String> = titles
            .lines()
            .filter_map(|l| l.trim().split(':').next())
            .filter(|k| !k.is_empty())
            .map(String::from)
            .collect();
        let shipped: BTreeSet<String> = std::fs::read_dir(root.join("content/locales"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(titles, shipped, "a title for each language");
    }

    proptest::proptest! {
        /// Whatever comes, decoding never panics, and what it accepts reads back as itself.
        #[test]
        fn decoding_round_trips(text in "\\{\"source\":\"passerelle(-loader)?\",\"type\":\"(resize|event|step|lang|leave|quit|show|x)\"(,\"(height|top|name|lang|on|label|detail)\":(-?[0-9]{1,6}(\\.[0-9])?|true|false|null|\"[a-z:é]{0,4}\"|\"passerelle:ready\"))*\\}") {
            if let Ok(j) = serde_json::from_str::<serde_json::Value>(&text) {
                if let Some(m) = Message::decode(&Value::from(&j)) {
                    proptest::prop_assert_eq!(Message::decode(&m.clone().encode()), Some(m));
                }
            }
        }
    }
}
