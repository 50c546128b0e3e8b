//! Contacts files in the data·inclusion v1 format: `{"structures": [...], "services": [...],
//! "communes": [...]}` or a bare array of services, read into a [`Directory`].
//!
//! Every field v1 defines is checked as the official models do (`schema`). An invalid optional
//! value is removed and reported (id, field, why); an entry is left out only when a required
//! field is missing or invalid. Lists are sets: duplicates are dropped.
//!
//! The reader walks any JSON tree through [`Tree`].

use crate::engine::calendar::Day;
use crate::engine::contacts::model::{Commune, Directory};
use crate::engine::contacts::schema::{check, id_of, Check, Entry, SERVICE, STRUCTURE};
use crate::engine::contacts::tree::Tree;

/// A value that broke the schema: its entry left out (a required field), or the value removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// `services`, `structures` or `communes`.
    pub section: &'static str,
    pub id: String,
    pub field: &'static str,
    pub reason: String,
    /// The entry was kept without this value.
    pub kept: bool,
}

impl Issue {
    /// One console line.
    pub fn message(&self) -> String {
        format!(
            "Passerelle: contacts file: {} \"{}\" {}: `{}` {}",
            &self.section[..self.section.len() - 1],
            self.id,
            match (self.kept, self.reason.contains(" code \"")) {
                (true, true) => "kept",
                (true, false) => "kept without a value",
                _ => "left out",
            },
            self.field,
            self.reason
        )
    }
}

/// The whole file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unusable(pub String);

const MAX_ENTRIES: usize = 200_000;

/// Reads a contacts file: `today` bounds `date_maj` (the official models refuse a future date).
/// Invalid values are removed and listed, entries without a valid required field left out.
pub fn read<T: Tree>(root: &T, today: Day) -> Result<(Directory, Vec<Issue>), Unusable> {
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
    for (i, v) in structures.unwrap_or_default().iter().enumerate() {
        let e = check(v, STRUCTURE, today);
        let id = report(&mut issues, "structures", &e, v, i);
        if !e.kept() {
            continue;
        }
        if !seen.insert(id.clone()) {
            issues.push(issue("structures", &id, "id", "is used twice".into(), false));
            continue;
        }
        dir.structures.push(e.into_structure());
    }
    seen.clear();
    for (i, v) in services.iter().enumerate() {
        let e = check(v, SERVICE, today);
        let id = report(&mut issues, "services", &e, v, i);
        if !e.kept() {
            continue;
        }
        if !seen.insert(id.clone()) {
            issues.push(issue("services", &id, "id", "is used twice".into(), false));
            continue;
        }
        dir.services.push(e.into_service());
    }
    dir.resolve();
    for (i, c) in communes.unwrap_or_default().iter().enumerate() {
        match commune(c) {
            Ok(c) => dir.communes.push(c),
            Err((field, reason)) => issues.push(issue(
                "communes",
                &c.get("code_insee").and_then(|x| x.as_text()).unwrap_or_else(|| format!("#{}", i + 1)),
                field,
                reason,
                false,
            )),
        }
    }
    Ok((dir, issues))
}

/// Lists an entry's problems; returns its id.
fn report<T: Tree>(issues: &mut Vec<Issue>, section: &'static str, e: &Entry, v: &T, i: usize) -> String {
    let kept = e.kept();
    let id = e.text("id").map_or_else(|| id_of(v, i), str::to_string);
    for p in &e.problems {
        issues.push(issue(section, &id, p.field, p.reason.clone(), kept));
    }
    id
}

fn issue(section: &'static str, id: &str, field: &'static str, reason: String, kept: bool) -> Issue {
    let id = if id.is_empty() { "(empty id)".to_string() } else { id.chars().take(80).collect() };
    Issue { section, id, field, reason, kept }
}

fn commune<T: Tree>(v: &T) -> Check<Commune> {
    let text = |key: &'static str| -> Check<String> {
        v.get(key).and_then(|x| x.as_text()).ok_or((key, "is missing or not a string".to_string()))
    };
    let code_insee = text("code_insee")?;
    if !crate::engine::formats::is_insee(&code_insee) {
        return Err(("code_insee", "is not an INSEE code".into()));
    }
    let coordinate = |key: &'static str, max: f64| -> Check<f64> {
        match v.get(key).and_then(|x| x.as_number()) {
            Some(n) if (-max..=max).contains(&n) => Ok(n),
            Some(_) => Err((key, "is out of range".into())),
            None => Err((key, "is missing".into())),
        }
    };
    let epci = match v.get("epci").filter(|x| !x.is_null()) {
        None => None,
        Some(x) => match x.as_text() {
            Some(s) if s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit()) => Some(s),
            _ => return Err(("epci", "is not an EPCI SIREN number".into())),
        },
    };
    let nom = text("nom")?;
    if nom.is_empty() || nom.chars().count() > 150 {
        return Err(("nom", "is empty or longer than 150 characters".into()));
    }
    Ok(Commune {
        nom,
        latitude: coordinate("latitude", 90.0)?,
        longitude: coordinate("longitude", 180.0)?,
        epci,
        code_insee,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::codes;
    use serde_json::json;

    const TODAY: Day = Day::ymd(2026, 12, 1);

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
        let (d, issues) = read(&json!({ "structures": [{ "source": "t", "id": "st", "nom": "Centre", "date_maj": "2026-01-31" }], "services": [good("a")] }), TODAY).unwrap();
        assert!(issues.is_empty());
        assert_eq!(d.services[0].telephone.as_deref(), Some("01 99 00 12 34"));
        assert_eq!(d.structure("st").unwrap().nom, "Centre");
        let (d, _) = read(&json!([good("a"), good("b")]), TODAY).unwrap();
        assert_eq!(d.services.len(), 2);
    }

    #[test]
    fn an_unusable_file_says_why() {
        for bad in [json!("text"), json!(12), json!({ "structures": [] }), json!({ "services": "none" }), json!(null)] {
            assert!(read(&bad, TODAY).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_invalid_required_field_leaves_the_entry_out() {
        let services = vec![
            good("ok"),
            without("no-nom", "nom"),
            with("long-nom", "nom", json!("x".repeat(151))),
            with("short-nom", "nom", json!("xy")),
            with("html", "description", json!("<img src=x onerror=alert(1)> Un service.")),
            with("bad-date", "date_maj", json!("01/10/2026")),
            with("impossible", "date_maj", json!("2026-02-30")),
            with("future", "date_maj", json!("2026-12-02")),
            with("old", "date_maj", json!("1999-12-31")),
            with("huge", "description", json!("é".repeat(10_001))),
            json!(["not", "an", "object"]),
            good("ok"),
        ];
        let (d, issues) = read(&json!({ "services": services }), TODAY).unwrap();
        assert_eq!(d.services.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["ok", "html"]);
        let got: Vec<(String, &str, bool)> = issues.iter().map(|i| (i.id.clone(), i.field, i.kept)).collect();
        let want = [
            ("no-nom", "nom"),
            ("long-nom", "nom"),
            ("short-nom", "nom"),
            ("bad-date", "date_maj"),
            ("impossible", "date_maj"),
            ("future", "date_maj"),
            ("old", "date_maj"),
            ("huge", "description"),
            ("#11", "id"),
            ("ok", "id"),
        ];
        assert_eq!(got, want.iter().map(|(a, b)| (a.to_string(), *b, false)).collect::<Vec<_>>());
        assert_eq!(
            issues[5].message(),
            "Passerelle: contacts file: service \"future\" left out: `date_maj` is in the future"
        );
    }

    #[test]
    fn an_invalid_optional_value_is_removed_and_the_entry_kept() {
        let services = vec![
            with("js-link", "lien_mobilisation", json!("javascript:alert(1)")),
            with("data-link", "lien_mobilisation", json!("data:text/html,<script>alert(1)</script>")),
            with("bad-theme", "thematiques", json!(["famille--garde-denfants", "pas-un-code"])),
            with("bad-publics", "publics", json!(["pas-un-public"])),
            with("bad-type", "publics", json!("tous-publics")),
            with("empty-publics", "publics", json!([])),
            with("mixed-publics", "publics", json!(["tous-publics", "jeunes"])),
            with("bad-lat", "latitude", json!("quarante-huit")),
            with("frais-list", "frais", json!(["gratuit"])),
            with("zone", "zone_eligibilite", json!(["<script>"])),
            with("mail", "courriel", json!("a..b@x.fr")),
            with("port", "lien_mobilisation", json!("https://x.fr:99999/")),
            with("weeks", "nombre_semaines", json!(0)),
        ];
        let (d, issues) = read(&json!({ "services": services }), TODAY).unwrap();
        assert_eq!(d.services.len(), 13, "{issues:?}");
        let got: Vec<(&str, &str, bool)> = issues.iter().map(|i| (i.id.as_str(), i.field, i.kept)).collect();
        assert_eq!(
            got,
            [
                ("js-link", "lien_mobilisation", true),
                ("data-link", "lien_mobilisation", true),
                ("bad-theme", "thematiques", true),
                ("bad-publics", "publics", true),
                ("bad-type", "publics", true),
                ("empty-publics", "publics", true),
                ("mixed-publics", "publics", true),
                ("bad-lat", "latitude", true),
                ("frais-list", "frais", true),
                ("zone", "zone_eligibilite", true),
                ("mail", "courriel", true),
                ("port", "lien_mobilisation", true),
                ("weeks", "nombre_semaines", true),
            ]
        );
        assert!(d.services.iter().all(|s| s.lien_mobilisation.as_deref().is_none_or(is_web_url_ok)));
        assert_eq!(
            d.services[2].thematiques,
            ["famille--garde-denfants"],
            "an unknown code is removed alone: its valid siblings stay"
        );
        assert_eq!(issues[2].reason, "unknown code \"pas-un-code\": removed");
        assert_eq!(issues[3].reason, "unknown code \"pas-un-public\": removed");
        assert!(d.services[3].publics.is_empty());
        assert_eq!(
            issues[0].message(),
            "Passerelle: contacts file: service \"js-link\" kept without a value: `lien_mobilisation` \"javascript:alert(1)\" is not an http(s) link"
        );
    }

    #[test]
    fn v0_codes_are_read_as_their_v1_codes() {
        let services = vec![
            with(
                "v0",
                "thematiques",
                json!(["logement-hebergement", "famille--garde-denfants", "mobilite--louer-un-vehicule"]),
            ),
            with("v0-publics", "publics", json!(["beneficiaires-rsa", "jeunes-16-26", "adultes"])),
            with("none", "thematiques", json!(["handicap", "inconnu"])),
        ];
        let (d, issues) = read(&json!({ "services": services }), TODAY).unwrap();
        assert_eq!(d.services.len(), 3);
        let s = &d.services[0];
        assert!(s.thematiques.contains(&"logement-hebergement--louer-un-logement".to_string()), "{:?}", s.thematiques);
        assert!(s.thematiques.contains(&"famille--garde-denfants".to_string()));
        assert!(s.thematiques.contains(&"mobilite--acceder-a-un-vehicule".to_string()));
        assert!(s.thematiques.iter().all(|t| codes::THEMATIQUES.contains(&t.as_str())));
        assert_eq!(s.themes.count_ones() as usize, s.thematiques.len());
        assert_eq!(d.services[1].publics, ["beneficiaires-des-minimas-sociaux", "jeunes"]);
        assert!(d.services[2].thematiques.is_empty());
        let reasons: Vec<&str> = issues.iter().map(|i| i.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "v0 code \"logement-hebergement\" read as its v1 codes",
                "v0 code \"mobilite--louer-un-vehicule\" read as its v1 codes",
                "v0 code \"beneficiaires-rsa\" read as its v1 codes",
                "v0 code \"jeunes-16-26\" read as its v1 codes",
                "v0 code \"adultes\" has no v1 equivalent: removed",
                "v0 code \"handicap\" has no v1 equivalent: removed",
                "unknown code \"inconnu\": removed",
            ]
        );
        assert_eq!(
            issues[0].message(),
            "Passerelle: contacts file: service \"v0\" kept: `thematiques` v0 code \"logement-hebergement\" read as its v1 codes"
        );
    }

    fn is_web_url_ok(s: &str) -> bool {
        crate::engine::formats::is_web_url(s)
    }

    #[test]
    fn what_the_official_models_accept_is_kept_normalised() {
        let services = vec![
            with("phones", "telephone", json!("03 20 00 00 00 / 06 12 34 56 78")),
            with("standard", "telephone", json!("appelez le standard")),
            with("twice", "thematiques", json!(["famille--garde-denfants", "famille--garde-denfants"])),
            with("lat-text", "latitude", json!("50.63")),
            with("lat-bool", "latitude", json!(true)),
            with("datetime", "date_maj", json!("2026-01-01T00:00:00Z")),
            with("timestamp", "date_maj", json!(1_767_225_600)),
            with("accent", "code_insee", json!("9390é")),
            with("pretty", "courriel", json!("Accueil <Contact@X.fr>")),
            with("space", "lien_mobilisation", json!("HTTPS://X.fr/a b")),
        ];
        let (d, issues) = read(&json!({ "services": services }), TODAY).unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        let s = |id: &str| d.services.iter().find(|s| s.id == id).unwrap();
        assert_eq!(s("phones").telephone.as_deref(), Some("03 20 00 00 00 / 06 12 34 56 78"));
        assert_eq!(s("standard").telephone.as_deref(), Some("appelez le standard"));
        assert_eq!(s("twice").thematiques, ["famille--garde-denfants"]);
        assert_eq!((s("lat-text").latitude, s("lat-bool").latitude), (Some(50.63), Some(1.0)));
        assert_eq!((s("datetime").date_maj.as_str(), s("timestamp").date_maj.as_str()), ("2026-01-01", "2026-01-01"));
        assert_eq!(s("accent").code_insee.as_deref(), Some("9390é"));
        assert_eq!(s("pretty").courriel.as_deref(), Some("Contact@x.fr"));
        assert_eq!(s("space").lien_mobilisation.as_deref(), Some("https://x.fr/a%20b"));
    }

    #[test]
    fn communes_section() {
        let (d, issues) = read(
            &json!({ "services": [], "communes": [
                { "code_insee": "93901", "nom": "Villeneuve", "latitude": 48.9, "longitude": 2.4, "epci": "200099901" },
                { "code_insee": "93902", "nom": "Sans position" },
            ]}),
            TODAY,
        )
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
            let (d, issues) = read(&v, TODAY).unwrap_or_else(|e| panic!("{file}: {}", e.0));
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
            if let Ok((dir, _)) = read(&v, Day::ymd(2026, 12, 1)) {
                for s in &dir.services {
                    prop_assert!(s.lien_mobilisation.as_deref().is_none_or(crate::engine::formats::is_web_url));
                    let href = s.telephone.as_deref().and_then(crate::engine::formats::tel_href);
                    prop_assert!(href.is_none_or(|h| h[4..].bytes().all(|b| b.is_ascii_digit() || b == b'+')));
                }
            }
        }

        #[test]
        fn reading_near_valid_services_never_panics(v in tree(), key in "[a-z_]{1,20}") {
            let mut s = json!({ "source": "f", "structure_id": "s", "id": "i", "nom": "n", "description": "Une description.", "date_maj": "2026-01-01" });
            s[key] = v;
            let _ = read(&json!({ "services": [s] }), Day::ymd(2026, 12, 1));
        }
    }
}
