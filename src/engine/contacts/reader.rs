//! Contacts files in the data·inclusion v1 format: `{"structures": [...], "services": [...],
//! "communes": [...]}` or a bare array of services. Each entry is checked against the schema's
//! rules; an invalid one is left out and reported (id, field, why), everything else is used.
//!
//! The reader walks any JSON tree through [`Tree`]: `serde_json` natively (tests, importer),
//! the browser's own `JSON.parse` in the widget, so no JSON parser ships in the bundle.

use crate::engine::diagnostic::questionnaire::codes;
use crate::engine::formats::{is_phone, is_web_url};

/// A parsed JSON value, read-only.
pub trait Tree: Sized {
    /// An object's member (`None`: absent, or this is not an object).
    fn get(&self, key: &str) -> Option<Self>;
    fn as_text(&self) -> Option<String>;
    fn as_number(&self) -> Option<f64>;
    fn items(&self) -> Option<Vec<Self>>;
    fn is_null(&self) -> bool;
    fn is_object(&self) -> bool;
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Structure {
    pub id: String,
    pub nom: String,
    pub telephone: Option<String>,
    pub site_web: Option<String>,
    pub reseaux_porteurs: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Service {
    pub id: String,
    pub structure_id: String,
    /// Index of its structure in the directory, resolved once when read.
    pub structure: Option<usize>,
    /// `thematiques` as a bit set over `codes::THEMATIQUES`: matching is one AND.
    pub themes: u128,
    /// `publics` as a bit set over `codes::PUBLICS`.
    pub publics_bits: u16,
    pub nom: String,
    pub description: String,
    pub thematiques: Vec<String>,
    pub publics: Vec<String>,
    /// `Some(true)`: gratuit, `Some(false)`: payant.
    pub gratuit: Option<bool>,
    pub frais_precisions: Option<String>,
    pub modes_accueil: Vec<String>,
    pub modes_mobilisation: Vec<String>,
    pub mobilisable_par: Vec<String>,
    /// `None`: not said, so not restricted.
    pub zone_eligibilite: Option<Vec<String>>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub lien_mobilisation: Option<String>,
    pub adresse: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub code_insee: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub horaires_accueil: Option<String>,
    pub date_maj: String,
}

/// A commune of the file's territory (our documented extension of the format).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Commune {
    pub code_insee: String,
    pub nom: String,
    pub latitude: f64,
    pub longitude: f64,
    pub epci: Option<String>,
}

/// Why an entry was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// `services`, `structures` or `communes`.
    pub section: &'static str,
    pub id: String,
    pub field: &'static str,
    pub reason: String,
}

impl Issue {
    /// One console line.
    pub fn message(&self) -> String {
        format!(
            "Passerelle: contacts file: {} \"{}\" left out: `{}` {}",
            &self.section[..self.section.len() - 1],
            self.id,
            self.field,
            self.reason
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
    pub communes: Vec<Commune>,
}

/// The bit of a thématique in [`Service::themes`].
pub fn theme_bit(code: &str) -> u128 {
    codes::THEMATIQUES.binary_search(&code).map_or(0, |i| 1 << i)
}

/// The bit of a public in [`Service::publics_bits`].
pub fn public_bit(code: &str) -> u16 {
    codes::PUBLICS.binary_search(&code).map_or(0, |i| 1 << i)
}

impl Directory {
    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }
    pub fn structure_of(&self, s: &Service) -> Option<&Structure> {
        s.structure.and_then(|i| self.structures.get(i))
    }
    pub fn commune(&self, code: &str) -> Option<&Commune> {
        self.communes.iter().find(|c| c.code_insee == code)
    }
}

/// The whole file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unusable(pub String);

const MAX_ENTRIES: usize = 200_000;
const MAX_TEXT: usize = 10_000;

/// Reads a contacts file. Entries that break the schema are left out and listed.
pub fn read<T: Tree>(root: &T) -> Result<(Directory, Vec<Issue>), Unusable> {
    let (structures, services, communes) = if let Some(items) = root.items() {
        (None, items, None)
    } else if root.is_object() {
        let services = root.get("services").and_then(|s| s.items());
        let Some(services) = services else {
            return Err(Unusable("expected a \"services\" array, or an array of services".into()));
        };
        (root.get("structures").and_then(|s| s.items()), services, root.get("communes").and_then(|c| c.items()))
    } else {
        return Err(Unusable("expected a JSON object or array".into()));
    };
    let total = services.len() + structures.as_ref().map_or(0, Vec::len);
    if total > MAX_ENTRIES {
        return Err(Unusable(format!("{total} entries: more than {MAX_ENTRIES}")));
    }
    let mut issues = Vec::new();
    let mut dir = Directory::default();
    let mut seen = std::collections::HashSet::new();
    for (i, s) in structures.unwrap_or_default().iter().enumerate() {
        match structure(s) {
            Ok(s) if !seen.insert(s.id.clone()) => {
                issues.push(issue("structures", &s.id, "id", "is used twice".into()))
            }
            Ok(s) => dir.structures.push(s),
            Err((field, reason)) => issues.push(issue("structures", &id_of(s, i), field, reason)),
        }
    }
    seen.clear();
    for (i, s) in services.iter().enumerate() {
        match service(s) {
            Ok(s) if !seen.insert(s.id.clone()) => issues.push(issue("services", &s.id, "id", "is used twice".into())),
            Ok(s) => dir.services.push(s),
            Err((field, reason)) => issues.push(issue("services", &id_of(s, i), field, reason)),
        }
    }
    let index: std::collections::HashMap<&str, usize> =
        dir.structures.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    for s in &mut dir.services {
        s.structure = index.get(s.structure_id.as_str()).copied();
    }
    for (i, c) in communes.unwrap_or_default().iter().enumerate() {
        match commune(c) {
            Ok(c) => dir.communes.push(c),
            Err((field, reason)) => issues.push(issue(
                "communes",
                &text(c, "code_insee").unwrap_or_else(|| format!("#{}", i + 1)),
                field,
                reason,
            )),
        }
    }
    Ok((dir, issues))
}

fn issue(section: &'static str, id: &str, field: &'static str, reason: String) -> Issue {
    Issue { section, id: id.chars().take(80).collect(), field, reason }
}

/// The entry's id for a report, or its position when it has none.
pub fn id_of<T: Tree>(v: &T, i: usize) -> String {
    text(v, "id").filter(|s| !s.is_empty()).unwrap_or_else(|| format!("#{}", i + 1))
}

/// The field at fault and why.
pub type Check<V> = Result<V, (&'static str, String)>;

fn text<T: Tree>(v: &T, key: &str) -> Option<String> {
    v.get(key).and_then(|x| x.as_text())
}

/// A required string of `min..=max` characters.
fn required<T: Tree>(v: &T, key: &'static str, min: usize, max: usize) -> Check<String> {
    match v.get(key) {
        None => Err((key, "is missing".into())),
        Some(x) => match x.as_text() {
            None => Err((key, "is not a string".into())),
            Some(s) => length(key, s, min, max),
        },
    }
}

fn length(key: &'static str, s: String, min: usize, max: usize) -> Check<String> {
    let n = s.chars().count();
    if n < min {
        Err((key, format!("is shorter than {min} characters")))
    } else if n > max {
        Err((key, format!("is longer than {max} characters")))
    } else {
        Ok(s)
    }
}

/// An optional string: absent and null are `None`; anything else must be a string.
fn optional<T: Tree>(v: &T, key: &'static str) -> Check<Option<String>> {
    match v.get(key) {
        None => Ok(None),
        Some(x) if x.is_null() => Ok(None),
        Some(x) => match x.as_text() {
            Some(s) => length(key, s, 0, MAX_TEXT).map(Some),
            None => Err((key, "is not a string".into())),
        },
    }
}

fn optional_with<T: Tree>(v: &T, key: &'static str, ok: fn(&str) -> bool, what: &str) -> Check<Option<String>> {
    match optional(v, key)? {
        Some(s) if !ok(&s) => Err((key, format!("is not {what}"))),
        s => Ok(s),
    }
}

fn number<T: Tree>(v: &T, key: &'static str, min: f64, max: f64) -> Check<Option<f64>> {
    match v.get(key) {
        None => Ok(None),
        Some(x) if x.is_null() => Ok(None),
        Some(x) => match x.as_number() {
            Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
            Some(_) => Err((key, "is out of range".into())),
            None => Err((key, "is not a number".into())),
        },
    }
}

/// A list of codes from `allowed` (sorted); absent or null is empty; `min_items` when present.
fn codes_list<T: Tree>(v: &T, key: &'static str, allowed: &[&str], min_items: usize) -> Check<Vec<String>> {
    match v.get(key) {
        None => Ok(vec![]),
        Some(x) if x.is_null() => Ok(vec![]),
        Some(x) => {
            let items = x.items().ok_or((key, "is not a list".into()))?;
            if items.len() < min_items {
                return Err((key, "is empty".into()));
            }
            let mut out: Vec<String> = Vec::new();
            for item in items {
                let s = item.as_text().ok_or((key, "has an item that is not a string".into()))?;
                if allowed.binary_search(&s.as_str()).is_err() {
                    return Err((key, format!("has an unknown value \"{}\"", s.chars().take(60).collect::<String>())));
                }
                if out.contains(&s) {
                    return Err((key, format!("lists \"{s}\" twice")));
                }
                out.push(s);
            }
            Ok(out)
        }
    }
}

pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| b[i].is_ascii_digit())
        && (1..=12).contains(&((b[5] - b'0') * 10 + b[6] - b'0'))
        && (1..=31).contains(&((b[8] - b'0') * 10 + b[9] - b'0'))
}

fn is_code_insee(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn is_code_postal(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

/// What the schema accepts as a zone: commune, département, EPCI, foreign country, or france.
fn is_zone(s: &str) -> bool {
    let word = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    s == "france"
        || (s.len() == 5 && word(s))
        || ((2..=3).contains(&s.len()) && word(s))
        || (s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit()))
}

fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(d), None)
        if !a.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.')
        && s.len() <= 254 && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'(),;:[]\\".contains(c)))
}

/// One structure, checked against the schema's rules.
pub fn structure<T: Tree>(v: &T) -> Check<Structure> {
    if !v.is_object() {
        return Err(("id", "entry is not an object".into()));
    }
    required(v, "source", 1, 200)?;
    let id = required(v, "id", 1, 200)?;
    let nom = required(v, "nom", 1, 150)?;
    let date_maj = required(v, "date_maj", 1, 40)?;
    if !is_date(&date_maj) {
        return Err(("date_maj", "is not a date (YYYY-MM-DD)".into()));
    }
    optional_with(v, "code_insee", is_code_insee, "an INSEE code")?;
    optional_with(v, "code_postal", is_code_postal, "a postal code")?;
    optional_with(v, "courriel", is_email, "an e-mail address")?;
    optional_with(v, "siret", |s| s.len() == 14 && s.bytes().all(|b| b.is_ascii_digit()), "a SIRET number")?;
    number(v, "latitude", -90.0, 90.0)?;
    number(v, "longitude", -180.0, 180.0)?;
    let reseaux_porteurs = codes_list(v, "reseaux_porteurs", codes::RESEAUX_PORTEURS, 0)?;
    Ok(Structure {
        reseaux_porteurs,
        id,
        nom,
        telephone: optional_with(v, "telephone", is_phone, "a phone number")?,
        site_web: optional_with(v, "site_web", is_web_url, "an http(s) link")?,
    })
}

/// One service, checked against the schema's rules.
pub fn service<T: Tree>(v: &T) -> Check<Service> {
    if !v.is_object() {
        return Err(("id", "entry is not an object".into()));
    }
    required(v, "source", 1, 200)?;
    let id = required(v, "id", 1, 200)?;
    let date_maj = required(v, "date_maj", 1, 40)?;
    if !is_date(&date_maj) {
        return Err(("date_maj", "is not a date (YYYY-MM-DD)".into()));
    }
    let gratuit = match optional(v, "frais")?.as_deref() {
        None => None,
        Some("gratuit") => Some(true),
        Some("payant") => Some(false),
        Some(other) => {
            return Err(("frais", format!("has an unknown value \"{}\"", other.chars().take(60).collect::<String>())))
        }
    };
    optional_with(v, "type", |t| codes::TYPES_DE_SERVICES.binary_search(&t).is_ok(), "a known type")?;
    let zone_eligibilite = match v.get("zone_eligibilite") {
        None => None,
        Some(z) if z.is_null() => None,
        Some(z) => {
            let items = z.items().ok_or(("zone_eligibilite", "is not a list".to_string()))?;
            if items.is_empty() {
                return Err(("zone_eligibilite", "is empty".into()));
            }
            let mut out = Vec::new();
            for item in items {
                match item.as_text() {
                    Some(s) if is_zone(&s) => out.push(s),
                    _ => return Err(("zone_eligibilite", "has an item that is not a zone code".into())),
                }
            }
            Some(out)
        }
    };
    let (latitude, longitude) = (number(v, "latitude", -90.0, 90.0)?, number(v, "longitude", -180.0, 180.0)?);
    let thematiques = codes_list(v, "thematiques", codes::THEMATIQUES, 0)?;
    let publics = codes_list(v, "publics", codes::PUBLICS, 1)?;
    Ok(Service {
        structure: None,
        themes: thematiques.iter().fold(0, |m, t| m | theme_bit(t)),
        publics_bits: publics.iter().fold(0, |m, p| m | public_bit(p)),
        structure_id: required(v, "structure_id", 1, 200)?,
        nom: required(v, "nom", 1, 150)?,
        description: required(v, "description", 5, MAX_TEXT)?,
        thematiques,
        publics,
        gratuit,
        frais_precisions: optional(v, "frais_precisions")?,
        modes_accueil: codes_list(v, "modes_accueil", codes::MODES_ACCUEIL, 0)?,
        modes_mobilisation: codes_list(v, "modes_mobilisation", codes::MODES_MOBILISATION, 1)?,
        mobilisable_par: codes_list(v, "mobilisable_par", codes::PERSONNES_MOBILISATRICES, 1)?,
        zone_eligibilite,
        telephone: optional_with(v, "telephone", is_phone, "a phone number")?,
        courriel: optional_with(v, "courriel", is_email, "an e-mail address")?,
        lien_mobilisation: optional_with(v, "lien_mobilisation", is_web_url, "an http(s) link")?,
        adresse: optional(v, "adresse")?,
        code_postal: optional_with(v, "code_postal", is_code_postal, "a postal code")?,
        commune: optional(v, "commune")?,
        code_insee: optional_with(v, "code_insee", is_code_insee, "an INSEE code")?,
        latitude,
        longitude,
        horaires_accueil: optional(v, "horaires_accueil")?,
        date_maj,
        id,
    })
}

fn commune<T: Tree>(v: &T) -> Check<Commune> {
    let code_insee = required(v, "code_insee", 5, 5)?;
    if !is_code_insee(&code_insee) {
        return Err(("code_insee", "is not an INSEE code".into()));
    }
    Ok(Commune {
        nom: required(v, "nom", 1, 150)?,
        latitude: number(v, "latitude", -90.0, 90.0)?.ok_or(("latitude", "is missing".to_string()))?,
        longitude: number(v, "longitude", -180.0, 180.0)?.ok_or(("longitude", "is missing".to_string()))?,
        epci: optional_with(
            v,
            "epci",
            |s| s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit()),
            "an EPCI SIREN number",
        )?,
        code_insee,
    })
}

#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn good(id: &str) -> serde_json::Value {
        json!({ "source": "t", "structure_id": "st", "id": id, "nom": "Accueil emploi", "description": "Un conseiller vous aide.",
                "date_maj": "2026-10-01", "thematiques": ["famille--garde-denfants"], "publics": ["tous-publics"],
                "telephone": "01 99 00 12 34", "lien_mobilisation": "https://exemple.invalid/rdv", "latitude": 48.9, "longitude": 2.4 })
    }

    fn with(id: &str, key: &str, value: serde_json::Value) -> serde_json::Value {
        let mut s = good(id);
        s[key] = value;
        s
    }

    fn without(id: &str, key: &str) -> serde_json::Value {
        let mut s = good(id);
        s.as_object_mut().unwrap().remove(key);
        s
    }

    #[test]
    fn reads_the_object_form_and_a_bare_array() {
        let (d, issues) = read(&json!({ "structures": [{ "source": "t", "id": "st", "nom": "Centre", "date_maj": "2026-01-31" }], "services": [good("a")] })).unwrap();
        assert!(issues.is_empty());
        assert_eq!(d.services[0].telephone.as_deref(), Some("01 99 00 12 34"));
        assert_eq!(d.structure("st").unwrap().nom, "Centre");
        let (d, _) = read(&json!([good("a"), good("b")])).unwrap();
        assert_eq!(d.services.len(), 2);
    }

    #[test]
    fn an_unusable_file_says_why() {
        for bad in [json!("text"), json!(12), json!({ "structures": [] }), json!({ "services": "none" }), json!(null)] {
            assert!(read(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn each_invalid_entry_is_left_out_with_its_id_field_and_reason() {
        let services = vec![
            good("ok"),
            without("no-nom", "nom"),
            with("long-nom", "nom", json!("x".repeat(151))),
            with("html", "description", json!("<img src=x onerror=alert(1)> Un service.")),
            with("js-link", "lien_mobilisation", json!("javascript:alert(1)")),
            with("data-link", "lien_mobilisation", json!("data:text/html,<script>alert(1)</script>")),
            with("bad-theme", "thematiques", json!(["famille--garde-denfants", "pas-un-code"])),
            with("bad-type", "publics", json!("tous-publics")),
            with("empty-publics", "publics", json!([])),
            with("bad-date", "date_maj", json!("01/10/2026")),
            with("bad-phone", "telephone", json!("appelez-nous")),
            with("bad-lat", "latitude", json!("48.9")),
            with("far-lat", "latitude", json!(123.0)),
            with("huge", "description", json!("é".repeat(10_001))),
            with("frais-list", "frais", json!(["gratuit"])),
            with("zone", "zone_eligibilite", json!(["<script>"])),
            with("twice", "publics", json!(["jeunes", "jeunes"])),
            json!(["not", "an", "object"]),
            good("ok"),
        ];
        let (d, issues) = read(&json!({ "services": services })).unwrap();
        assert_eq!(d.services.len(), 2, "the valid entries and the hostile-but-harmless HTML text are kept");
        assert_eq!(d.services[1].id, "html", "text is text: it is rendered as such, never as HTML");
        let got: Vec<(String, &str)> = issues.iter().map(|i| (i.id.clone(), i.field)).collect();
        let want = [
            ("no-nom", "nom"),
            ("long-nom", "nom"),
            ("js-link", "lien_mobilisation"),
            ("data-link", "lien_mobilisation"),
            ("bad-theme", "thematiques"),
            ("bad-type", "publics"),
            ("empty-publics", "publics"),
            ("bad-date", "date_maj"),
            ("bad-phone", "telephone"),
            ("bad-lat", "latitude"),
            ("far-lat", "latitude"),
            ("huge", "description"),
            ("frais-list", "frais"),
            ("zone", "zone_eligibilite"),
            ("twice", "publics"),
            ("#18", "id"),
            ("ok", "id"),
        ];
        assert_eq!(got, want.iter().map(|(a, b)| (a.to_string(), *b)).collect::<Vec<_>>());
        assert_eq!(
            issues[2].message(),
            "Passerelle: contacts file: service \"js-link\" left out: `lien_mobilisation` is not an http(s) link"
        );
    }

    #[test]
    fn links_and_phones_that_may_be_rendered() {
        for ok in ["https://exemple.invalid/a?b=c", "http://x.fr"] {
            assert!(is_web_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            "https://",
            "https:///x",
            "ftp://x",
            "//x.fr",
            "https://a b",
            "mailto:a@b.fr",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
        for ok in ["01 99 00 12 34", "+33 1 99 00 12 34", "115", "3949", "01.99.00.12.34"] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in ["12", "0199001234;javascript:x", "+33+1", "tel:115", ""] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn communes_section() {
        let (d, issues) = read(&json!({ "services": [], "communes": [
            { "code_insee": "93901", "nom": "Villeneuve", "latitude": 48.9, "longitude": 2.4, "epci": "200099901" },
            { "code_insee": "93902", "nom": "Sans position" },
        ]}))
        .unwrap();
        assert_eq!(d.communes.len(), 1);
        assert_eq!(d.commune("93901").unwrap().epci.as_deref(), Some("200099901"));
        assert_eq!((issues[0].section, issues[0].id.as_str(), issues[0].field), ("communes", "93902", "latitude"));
    }

    #[test]
    fn the_shipped_files_are_valid() {
        for file in ["content/contacts/demo.json", "content/contacts/national.json"] {
            let text = std::fs::read_to_string(file).unwrap();
            let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let (d, issues) = read(&v).unwrap_or_else(|e| panic!("{file}: {}", e.0));
            assert!(issues.is_empty(), "{file}: {:?}", issues.iter().map(Issue::message).collect::<Vec<_>>());
            assert!(!d.services.is_empty(), "{file} has no service");
            for s in &d.services {
                assert!(
                    d.structure(&s.structure_id).is_some(),
                    "{file}: {} names unknown structure {}",
                    s.id,
                    s.structure_id
                );
            }
        }
    }
}

/// Bad input never panics: any JSON tree, any entry.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    fn tree() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>().prop_map(|f| json!(f)),
            any::<i64>().prop_map(|i| json!(i)),
            ".{0,40}".prop_map(Value::String),
            prop::sample::select(vec![
                "tous-publics",
                "famille--garde-denfants",
                "2026-01-01",
                "93901",
                "https://x.fr",
                "javascript:x",
                "01 99 00 12 34",
                "france",
                "usagers"
            ])
            .prop_map(|s| json!(s)),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec(
                    (
                        prop::sample::select(vec![
                            "id",
                            "source",
                            "nom",
                            "description",
                            "date_maj",
                            "structure_id",
                            "thematiques",
                            "publics",
                            "services",
                            "structures",
                            "communes",
                            "zone_eligibilite",
                            "latitude",
                            "longitude",
                            "code_insee",
                            "telephone",
                            "lien_mobilisation",
                            "frais",
                            "modes_accueil",
                            "mobilisable_par",
                            "horaires_accueil",
                            "epci",
                            "x",
                        ]),
                        inner
                    ),
                    0..10
                )
                .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn reading_any_tree_never_panics(v in tree()) {
            if let Ok((dir, _)) = read(&v) {
                for s in &dir.services {
                    prop_assert!(s.lien_mobilisation.as_deref().is_none_or(is_web_url));
                    prop_assert!(s.telephone.as_deref().is_none_or(is_phone));
                }
            }
        }

        #[test]
        fn reading_near_valid_services_never_panics(v in tree(), key in "[a-z_]{1,20}") {
            let mut s = json!({ "source": "f", "structure_id": "s", "id": "i", "nom": "n", "description": "Une description.", "date_maj": "2026-01-01" });
            s[key] = v;
            let _ = read(&json!({ "services": [s] }));
        }
    }
}
