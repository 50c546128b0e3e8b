//! The widget's configuration, parsed from the `data-*` attributes of the partner's script tag
//! (SPEC §3). Attributes come from pages we never saw: every value is checked, and a bad one
//! yields a warning naming the attribute and the value, and the default.

use crate::engine::color::Rgb;
use crate::engine::formats::is_insee;
use crate::engine::messages::Catalog;
use crate::engine::territory;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Autonome,
    Accompagne,
}

impl Mode {
    /// The mode a switch or a flag says: on, a counsellor is there.
    pub fn from_accompanied(on: bool) -> Mode {
        if on {
            Mode::Accompagne
        } else {
            Mode::Autonome
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Autonome => "autonome",
            Mode::Accompagne => "accompagne",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Config {
    /// URL of the contacts file; `None`: the bundle's own `contacts.json`.
    pub contacts: Option<String>,
    pub mode: Mode,
    /// Interface language; `None`: the browser's if shipped, else French.
    pub lang: Option<&'static str>,
    /// Languages offered in the menu (all shipped ones by default).
    pub langs: Vec<&'static str>,
    /// Field ids to ask; empty: all of them.
    pub fields: Vec<String>,
    /// INSEE code of the partner's commune.
    pub commune: Option<String>,
    /// Accent colour, already corrected for contrast.
    pub color: Option<Rgb>,
    pub partner: Option<String>,
    /// data·inclusion service ids shown first.
    pub highlight: Vec<String>,
    /// Send anonymous counts to the host's Matomo too (`data-matomo` present).
    pub matomo: bool,
    /// A page opened directly asked for a partner or contacts file the deployment does not
    /// list (`contacts::trust::Trust::vouch`): the national contacts, and a note.
    pub unvouched: bool,
}

/// One console line for a partner's developer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning(pub String);

/// Attributes the loader handles itself; the widget accepts them silently.
const LOADER_ATTRIBUTES: &[&str] = &["integration", "target"];
const MAX_TEXT: usize = 120;
const MAX_LIST: usize = 50;

impl Config {
    /// Parses attribute names (without `data-`) and values. `field_ids` are the known field ids.
    pub fn parse<'a>(
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
        field_ids: &[&str],
    ) -> (Config, Vec<Warning>) {
        let mut c = Config { langs: Catalog::shipped().collect(), ..Config::default() };
        let mut warnings = Vec::new();
        let mut warn = |name: &str, value: &str, why: String| {
            let value: String = value.chars().take(80).collect();
            warnings.push(Warning(format!("Passerelle: data-{name}=\"{value}\" ignored: {why}")));
        };
        for (name, value) in attrs {
            let v = value.trim();
            match name {
                // A template names one `{departement}` (engine::territory): checked as the URL
                // of a piece.
                "contacts" => {
                    match (territory::template(&territory::unescape(v)), safe_url(&territory::piece(v, "59"))) {
                        (Ok(true), true) => c.contacts = Some(territory::unescape(v)),
                        (Ok(false), true) => c.contacts = Some(v.to_string()),
                        (Err(why), _) => warn(name, value, format!("{why}; using the bundle's contacts.json")),
                        (Ok(_), false) => warn(
                            name,
                            value,
                            "expected an http(s) or relative URL; using the bundle's contacts.json".into(),
                        ),
                    }
                }
                "mode" => match v {
                    "autonome" => c.mode = Mode::Autonome,
                    "accompagne" | "accompagné" => c.mode = Mode::Accompagne,
                    _ => warn(name, value, "expected \"autonome\" or \"accompagne\"; using \"autonome\"".into()),
                },
                "lang" => match shipped(v) {
                    Some(l) => c.lang = Some(l),
                    None => {
                        warn(name, value, format!("language not shipped ({}); using the browser's language", list()))
                    }
                },
                "langs" => {
                    let (ok, bad): (Vec<_>, Vec<_>) = split(v).partition(|l| shipped(l).is_some());
                    if !bad.is_empty() {
                        warn(name, value, format!("unknown language(s) {} ({})", bad.join(", "), list()));
                    }
                    if !ok.is_empty() {
                        c.langs = dedup(ok.into_iter().filter_map(shipped));
                    }
                }
                "fields" => {
                    let (ok, bad): (Vec<_>, Vec<_>) = split(v).partition(|f| field_ids.contains(f));
                    if !bad.is_empty() || ok.is_empty() {
                        warn(
                            name,
                            value,
                            format!("unknown field(s) {} (known: {})", bad.join(", "), field_ids.join(" ")),
                        );
                    }
                    c.fields = dedup(ok.into_iter().map(String::from));
                }
                "commune" => match is_insee(v) {
                    true => c.commune = Some(v.to_ascii_uppercase()),
                    false => warn(name, value, "expected a 5-character INSEE commune code such as 93066".into()),
                },
                "color" => match Rgb::parse(v) {
                    Some(rgb) => {
                        let fixed = rgb.readable();
                        if fixed != rgb {
                            warn(
                                name,
                                value,
                                format!(
                                    "contrast {}:1 against white is below 4.5:1; using {} ({}:1)",
                                    tenths(rgb.contrast_with_white()),
                                    fixed.hex(),
                                    tenths(fixed.contrast_with_white())
                                ),
                            );
                        }
                        c.color = Some(fixed);
                    }
                    None => warn(name, value, "expected a colour such as #0b6e4f; using the neutral colour".into()),
                },
                "partner" => match clean_text(v) {
                    Some(p) => c.partner = Some(p),
                    None => warn(name, value, format!("expected a name of 1 to {MAX_TEXT} characters")),
                },
                "highlight" => {
                    c.highlight = dedup(split(v).filter(|s| s.len() <= MAX_TEXT).map(String::from));
                }
                "matomo" => c.matomo = true,
                n if LOADER_ATTRIBUTES.contains(&n) => {}
                _ => warn(name, value, "unknown attribute".into()),
            }
        }
        (c, warnings)
    }
}

/// `4.5`: one decimal without the float formatting machinery (about 15 KB of wasm).
fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as u32;
    format!("{}.{}", t / 10, t % 10)
}

fn shipped(lang: &str) -> Option<&'static str> {
    let lang = lang.to_ascii_lowercase();
    Catalog::shipped().find(|l| *l == lang)
}

fn list() -> String {
    format!("shipped: {}", Catalog::shipped().collect::<Vec<_>>().join(" "))
}

/// Comma- or space-separated values.
fn split(v: &str) -> impl Iterator<Item = &str> {
    v.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).take(MAX_LIST)
}

fn dedup<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// A URL the widget may fetch: http(s) or relative, never `javascript:`, `data:` and the like; or
/// a `blob:` of an http(s) page (the coordinator's preview of a file just prepared,
/// www/preparer.js), which only that page's origin can read.
fn safe_url(v: &str) -> bool {
    if v.is_empty() || v.len() > 2000 || v.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let web = |scheme: &str| matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https");
    match v.split_once(':') {
        Some((scheme, rest)) if !scheme.contains('/') && !scheme.contains('?') && !scheme.contains('#') => {
            web(scheme) || (scheme.eq_ignore_ascii_case("blob") && rest.split_once("://").is_some_and(|(s, _)| web(s)))
        }
        _ => true,
    }
}

/// Text shown as text: no control characters, bounded length.
fn clean_text(v: &str) -> Option<String> {
    let t: String = v.chars().filter(|c| !c.is_control()).collect();
    let t = t.trim();
    (!t.is_empty() && t.chars().count() <= MAX_TEXT).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["reseau", "mobilite", "sante"];

    fn parse(attrs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        Config::parse(attrs.iter().copied(), FIELDS)
    }

    #[test]
    fn no_attributes_gives_defaults_and_no_warning() {
        let (c, w) = parse(&[]);
        assert!(w.is_empty());
        assert_eq!(c.mode, Mode::Autonome);
        assert_eq!(c.lang, None);
        assert_eq!(c.langs, Catalog::shipped().collect::<Vec<_>>());
        assert!(c.fields.is_empty() && c.contacts.is_none() && c.color.is_none());
    }

    #[test]
    fn reads_the_spec_snippet() {
        let (c, w) = parse(&[
            ("contacts", "https://host/passerelle/contacts.json"),
            ("mode", "accompagne"),
            ("lang", "fr"),
            ("color", "#0b6e4f"),
            ("partner", "Centre social Les Tilleuls"),
            ("integration", "iframe"),
            ("commune", "93066"),
            ("fields", "mobilite, reseau mobilite"),
            ("highlight", "svc-1,svc-2"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.mode, Mode::Accompagne);
        assert_eq!(c.lang, Some("fr"));
        assert_eq!(c.fields, ["mobilite", "reseau"]);
        assert_eq!(c.commune.as_deref(), Some("93066"));
        assert_eq!(c.partner.as_deref(), Some("Centre social Les Tilleuls"));
        assert_eq!(c.highlight, ["svc-1", "svc-2"]);
        assert_eq!(c.color.unwrap().hex(), "#0b6e4f");
    }

    #[test]
    fn each_bad_value_warns_once_naming_attribute_and_value() {
        let cases = [
            ("mode", "expert"),
            ("lang", "xx"),
            ("commune", "9306"),
            ("color", "vert"),
            ("contacts", "javascript:alert(1)"),
            ("contacts", "data:application/json,{}"),
            ("partner", "   "),
            ("fields", "travail"),
            ("colour", "#fff"),
        ];
        for (name, value) in cases {
            let (c, w) = parse(&[(name, value)]);
            assert_eq!(w.len(), 1, "{name}={value}: {w:?}");
            assert!(w[0].0.contains(&format!("data-{name}=\"{value}\"")), "{:?}", w[0]);
            assert_eq!(c.mode, Mode::Autonome);
            assert!(c.contacts.is_none() && c.fields.is_empty() && c.partner.is_none());
        }
    }

    #[test]
    fn pale_colour_is_corrected_with_a_warning() {
        let (c, w) = parse(&[("color", "#ffcc00")]);
        assert_eq!(w.len(), 1);
        assert!(w[0].0.contains("below 4.5:1"));
        assert!(c.color.unwrap().contrast_with_white() >= MIN);
    }
    const MIN: f64 = crate::engine::color::MIN_CONTRAST;

    #[test]
    fn contacts_templates_name_one_departement() {
        let (c, w) = Config::parse([("contacts", "https://h.fr/contacts/{departement}.json")], &[]);
        assert_eq!((c.contacts.as_deref(), w.len()), (Some("https://h.fr/contacts/{departement}.json"), 0));
        for bad in ["https://h.fr/{departemnt}.json", "https://h.fr/{departement}/{departement}.json"] {
            let (c, w) = Config::parse([("contacts", bad)], &[]);
            assert!(c.contacts.is_none(), "{bad}");
            assert!(w[0].0.starts_with("Passerelle: data-contacts=") && w[0].0.contains("{departement}"), "{w:?}");
        }
        // As the loader hands it to the frame: a resolved URL, braces encoded.
        let (c, w) = Config::parse([("contacts", "https://h.fr/contacts/%7Bdepartement%7D.json")], &[]);
        assert_eq!((c.contacts.as_deref(), w.len()), (Some("https://h.fr/contacts/{departement}.json"), 0));
        let (c, w) = Config::parse([("contacts", "https://h.fr/%7Bdepartemnt%7D.json")], &[]);
        assert!(c.contacts.is_none() && w.len() == 1);
        let (c, w) = Config::parse([("contacts", "javascript:{departement}")], &[]);
        assert!(c.contacts.is_none() && w[0].0.contains("http(s)"));
    }

    #[test]
    fn relative_and_http_contacts_urls_are_accepted() {
        for ok in [
            "contacts.json",
            "/data/c.json",
            "http://127.0.0.1:8081/c.json",
            "HTTPS://x/y?a=b:c",
            "blob:https://passerelle.example.org/6b1d9c0e-2f",
        ] {
            assert!(safe_url(ok), "{ok}");
        }
        for bad in [
            "",
            "vbscript:x",
            "file:///etc/passwd",
            "a b.json",
            "javascript:fetch('x')",
            "blob:javascript:x",
            "blob:null/6b1d",
            "blob:file:///x",
        ] {
            assert!(!safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn insee_codes() {
        for ok in ["93066", "2A004", "2b033", "97411"] {
            assert!(is_insee(ok), "{ok}");
        }
        // "é" spans two bytes: found by the fuzzer, it once split a character.
        for bad in ["9306", "930666", "AB123", "93O66", "", "2C004", "é123", "\u{cfa1d}X"] {
            assert!(!is_insee(bad), "{bad}");
        }
    }
}

/// Attributes from pages we never saw never panic the parser.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_attributes_parse_without_panic(attrs in proptest::collection::vec(
            (prop::sample::select(vec!["contacts", "mode", "lang", "langs", "fields", "commune", "color", "partner", "highlight", "matomo", "integration", "x-y"]), ".{0,60}"), 0..12)) {
            let (c, w) = Config::parse(attrs.iter().map(|(k, v)| (*k, v.as_str())), crate::engine::FIELD_IDS);
            prop_assert!(w.len() <= attrs.len());
            prop_assert!(c.color.is_none_or(|c| c.contrast_with_white() >= crate::engine::color::MIN_CONTRAST));
            prop_assert!(c.contacts.as_deref().is_none_or(|u| !u.to_ascii_lowercase().starts_with("javascript:")));
        }
    }
}
