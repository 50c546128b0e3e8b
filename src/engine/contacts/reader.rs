//! Contacts files in the data·inclusion v1 format: `{"structures": [...], "services": [...],
//! "communes": [...]}` or a bare array of services.
//!
//! Every field v1 defines is checked as the official models do (PyPI `data-inclusion-schema`
//! 1.0.10, pydantic in its default lax mode): types with pydantic's coercions (a number in a
//! string, a boolean as 1 or 0, a date-time at midnight or a timestamp as a date), enumerations,
//! patterns, lengths, dates between 2000-01-01 and `today`, e-mails as `email-validator` reads
//! them, URLs as `HttpUrl` reads them, and `tous-publics` alone. An invalid optional value is
//! removed and reported (id, field, why); an entry is left out only when a required field is
//! missing or invalid. Lists are sets: duplicates are dropped. `tools/oracle.py` runs the
//! official models on the same corpus and requires the same verdict, field by field.
//!
//! The reader walks any JSON tree through [`Tree`]: `serde_json` natively (tests, importer),
//! the browser's own `JSON.parse` in the widget, so no JSON parser ships in the bundle.

use crate::engine::diagnostic::questionnaire::codes;
use crate::engine::formats::{email, web_url};

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
    /// Its prerequisites or the papers it asks for, in its own words: the only « what to
    /// bring » the roadmap states.
    pub conditions_acces: Option<String>,
    pub modes_accueil: Vec<String>,
    pub modes_mobilisation: Vec<String>,
    pub mobilisable_par: Vec<String>,
    /// `None`: not said, so not restricted.
    pub zone_eligibilite: Option<Vec<String>>,
    /// Free text, as written (it may hold several numbers, or none).
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

impl Service {
    /// Its département, for Alsace-Moselle's own public holidays: the first two digits of its
    /// postcode, else of its INSEE code.
    pub fn departement(&self) -> Option<&str> {
        self.code_postal.as_deref().or(self.code_insee.as_deref()).and_then(|c| c.get(..2))
    }
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
    /// A directory of entries already checked (the importer's, to run the widget's matching on
    /// what it writes).
    pub fn of_entries(structures: Vec<Entry>, services: Vec<Entry>, communes: Vec<Commune>) -> Directory {
        let mut dir = Directory {
            structures: structures.into_iter().map(Entry::into_structure).collect(),
            services: services.into_iter().map(Entry::into_service).collect(),
            communes,
        };
        dir.resolve();
        dir
    }
    /// Each service's structure, found once.
    fn resolve(&mut self) {
        let index: std::collections::HashMap<&str, usize> =
            self.structures.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        for s in &mut self.services {
            s.structure = index.get(s.structure_id.as_str()).copied();
        }
    }
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

/// A calendar day, as `yyyymmdd`: ordered like the dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub u32);

impl Day {
    /// `YYYY-MM-DD`, a real date of year 1 or later.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let n = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        (y >= 1 && (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1])
            .then_some(Day(y * 10_000 + m * 100 + d))
    }

    pub const fn ymd(y: u32, m: u32, d: u32) -> Day {
        Day(y * 10_000 + m * 100 + d)
    }

    /// The day `days` after 1970-01-01 (negative: before).
    pub fn from_unix_days(days: i64) -> Day {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Day((y.clamp(0, 400_000) * 10_000 + m * 100 + d) as u32)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0 / 10_000, self.0 / 100 % 100, self.0 % 100)
    }
}

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

/// The entry's id for a report, or its position when it has none.
pub fn id_of<T: Tree>(v: &T, i: usize) -> String {
    v.get("id").and_then(|x| x.as_text()).filter(|s| !s.is_empty()).unwrap_or_else(|| format!("#{}", i + 1))
}

/// The field at fault and why.
pub type Check<V> = Result<V, (&'static str, String)>;

/// A valid value, normalised (what the official models would hold, serialised).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Integer(i64),
    List(Vec<String>),
}

/// A value that breaks the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub reason: String,
    pub required: bool,
}

/// One entry checked field by field: its valid values, in the schema's order, and its problems.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub fields: Vec<(&'static str, Value)>,
    pub problems: Vec<Problem>,
}

impl Entry {
    /// Every required field is present and valid.
    pub fn kept(&self) -> bool {
        !self.problems.iter().any(|p| p.required)
    }
    pub fn value(&self, key: &str) -> Option<&Value> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.value(key) {
            Some(Value::Text(s)) => Some(s),
            _ => None,
        }
    }
    pub fn number(&self, key: &str) -> Option<f64> {
        match self.value(key) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }
    pub fn list(&self, key: &str) -> Option<&[String]> {
        match self.value(key) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        }
    }
    fn take(&mut self, key: &str) -> Option<Value> {
        let i = self.fields.iter().position(|(k, _)| *k == key)?;
        Some(self.fields.swap_remove(i).1)
    }
    fn take_text(&mut self, key: &str) -> Option<String> {
        match self.take(key) {
            Some(Value::Text(s)) => Some(s),
            _ => None,
        }
    }
    fn take_list(&mut self, key: &str) -> Option<Vec<String>> {
        match self.take(key) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        }
    }

    fn into_structure(mut self) -> Structure {
        Structure {
            id: self.take_text("id").unwrap_or_default(),
            nom: self.take_text("nom").unwrap_or_default(),
            telephone: self.take_text("telephone"),
            site_web: self.take_text("site_web"),
            reseaux_porteurs: self.take_list("reseaux_porteurs").unwrap_or_default(),
        }
    }

    fn into_service(mut self) -> Service {
        let thematiques = self.take_list("thematiques").unwrap_or_default();
        let publics = self.take_list("publics").unwrap_or_default();
        Service {
            structure: None,
            themes: thematiques.iter().fold(0, |m, t| m | theme_bit(t)),
            publics_bits: publics.iter().fold(0, |m, p| m | public_bit(p)),
            thematiques,
            publics,
            latitude: self.number("latitude"),
            longitude: self.number("longitude"),
            id: self.take_text("id").unwrap_or_default(),
            structure_id: self.take_text("structure_id").unwrap_or_default(),
            nom: self.take_text("nom").unwrap_or_default(),
            description: self.take_text("description").unwrap_or_default(),
            gratuit: self.take_text("frais").map(|f| f == "gratuit"),
            frais_precisions: self.take_text("frais_precisions"),
            conditions_acces: self.take_text("conditions_acces"),
            modes_accueil: self.take_list("modes_accueil").unwrap_or_default(),
            modes_mobilisation: self.take_list("modes_mobilisation").unwrap_or_default(),
            mobilisable_par: self.take_list("mobilisable_par").unwrap_or_default(),
            zone_eligibilite: self.take_list("zone_eligibilite"),
            telephone: self.take_text("telephone"),
            courriel: self.take_text("courriel"),
            lien_mobilisation: self.take_text("lien_mobilisation"),
            adresse: self.take_text("adresse"),
            code_postal: self.take_text("code_postal"),
            commune: self.take_text("commune"),
            code_insee: self.take_text("code_insee"),
            horaires_accueil: self.take_text("horaires_accueil"),
            date_maj: self.take_text("date_maj").unwrap_or_default(),
        }
    }
}

/// What a field holds, as the official models type it.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `str`, any length.
    Text,
    /// `str` of `min..=max` characters.
    Sized(usize, usize),
    /// A constrained code (`^\d{5}$`…), with what it is for the report.
    Code(fn(&str) -> bool, &'static str),
    /// `date`, 2000-01-01 to today.
    Date,
    /// `float`, at least the given minimum.
    Float(Option<f64>),
    /// `int`, at least the given minimum.
    Int(i64),
    Email,
    Url,
    /// One value of an enumeration.
    One(&'static [&'static str]),
    /// `set[Enum]`: duplicates dropped, at least `min` values.
    Set(&'static [&'static str], usize),
    /// `thematiques` and `publics`: a `Set` whose v0 codes are read as their v1 codes through
    /// data·inclusion's own correspondence (`content/data-inclusion/v0-to-v1.json`), and whose
    /// unknown codes are removed one by one, each reported: a stray code never costs its siblings.
    Codes(&'static [&'static str], usize, &'static [(&'static str, &'static [&'static str])]),
    /// `zone_eligibilite`: a non-empty list of commune, département, EPCI or country codes, or `france`.
    Zones,
}

/// One field of the schema.
pub struct Spec {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn req(name: &'static str, kind: Kind) -> Spec {
    Spec { name, kind, required: true }
}
const fn opt(name: &'static str, kind: Kind) -> Spec {
    Spec { name, kind, required: false }
}

/// Every field of a v1 structure, in the models' order.
pub static STRUCTURE: &[Spec] = &[
    req("source", Kind::Text),
    req("id", Kind::Text),
    req("nom", Kind::Sized(3, 150)),
    req("date_maj", Kind::Date),
    opt("description", Kind::Sized(5, 10_000)),
    opt("lien_source", Kind::Url),
    opt("siret", Kind::Code(is_siret, "a SIRET number (14 digits)")),
    opt("commune", Kind::Text),
    opt("code_postal", Kind::Code(is_code_postal, "a postal code (5 digits)")),
    opt("code_insee", Kind::Code(is_code_insee, "an INSEE code (5 letters or digits)")),
    opt("adresse", Kind::Text),
    opt("complement_adresse", Kind::Text),
    opt("longitude", Kind::Float(None)),
    opt("latitude", Kind::Float(None)),
    opt("telephone", Kind::Text),
    opt("courriel", Kind::Email),
    opt("site_web", Kind::Url),
    opt("horaires_accueil", Kind::Text),
    opt("accessibilite_lieu", Kind::Url),
    opt("reseaux_porteurs", Kind::Set(codes::RESEAUX_PORTEURS, 0)),
];

/// Every field of a v1 service, in the models' order.
pub static SERVICE: &[Spec] = &[
    req("source", Kind::Text),
    req("structure_id", Kind::Text),
    req("id", Kind::Text),
    req("nom", Kind::Sized(3, 150)),
    req("description", Kind::Sized(5, 10_000)),
    opt("lien_source", Kind::Url),
    req("date_maj", Kind::Date),
    opt("type", Kind::One(codes::TYPES_DE_SERVICES)),
    opt("thematiques", Kind::Codes(codes::THEMATIQUES, 0, codes::V0_THEMATIQUES)),
    opt("frais", Kind::One(codes::FRAIS)),
    opt("frais_precisions", Kind::Text),
    opt("publics", Kind::Codes(codes::PUBLICS, 1, codes::V0_PUBLICS)),
    opt("publics_precisions", Kind::Text),
    opt("conditions_acces", Kind::Text),
    opt("commune", Kind::Text),
    opt("code_postal", Kind::Code(is_code_postal, "a postal code (5 digits)")),
    opt("code_insee", Kind::Code(is_code_insee, "an INSEE code (5 letters or digits)")),
    opt("adresse", Kind::Text),
    opt("complement_adresse", Kind::Text),
    opt("longitude", Kind::Float(None)),
    opt("latitude", Kind::Float(None)),
    opt("telephone", Kind::Text),
    opt("courriel", Kind::Email),
    opt("modes_accueil", Kind::Set(codes::MODES_ACCUEIL, 0)),
    opt("zone_eligibilite", Kind::Zones),
    opt("contact_nom_prenom", Kind::Text),
    opt("lien_mobilisation", Kind::Url),
    opt("modes_mobilisation", Kind::Set(codes::MODES_MOBILISATION, 1)),
    opt("mobilisable_par", Kind::Set(codes::PERSONNES_MOBILISATRICES, 1)),
    opt("mobilisation_precisions", Kind::Text),
    opt("volume_horaire_hebdomadaire", Kind::Float(Some(0.0))),
    opt("nombre_semaines", Kind::Int(1)),
    opt("horaires_accueil", Kind::Text),
];

/// Checks one structure or service (`STRUCTURE` or `SERVICE`) field by field.
pub fn check<T: Tree>(v: &T, specs: &[Spec], today: Day) -> Entry {
    let mut e = Entry::default();
    if !v.is_object() {
        e.problems.push(Problem { field: "id", reason: "entry is not an object".into(), required: true });
        return e;
    }
    for spec in specs {
        let value = v.get(spec.name).filter(|x| !x.is_null() || spec.required);
        let result = match (value, spec.kind) {
            (None, _) if spec.required => Err("is missing".to_string()),
            (None, _) => continue,
            (Some(x), Kind::Codes(allowed, min, v0)) => {
                let (value, notes) = coded(&x, allowed, min, v0);
                for reason in notes {
                    e.problems.push(Problem { field: spec.name, reason, required: false });
                }
                match value {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => continue,
                    Err(reason) => Err(reason),
                }
            }
            (Some(x), kind) => field(&x, kind, today),
        };
        match result {
            Ok(value) => e.fields.push((spec.name, value)),
            Err(reason) => e.problems.push(Problem { field: spec.name, reason, required: spec.required }),
        }
    }
    // Cross-field rule of the models: `tous-publics` cannot be used with other publics.
    if let Some(publics) = e.list("publics") {
        if publics.len() > 1 && publics.iter().any(|p| p == "tous-publics") {
            e.take("publics");
            e.problems.push(Problem {
                field: "publics",
                reason: "mixes `tous-publics` with other publics".into(),
                required: false,
            });
        }
    }
    e
}

fn cut(s: &str) -> String {
    let mut c: String = s.chars().take(60).collect();
    if c.len() < s.len() {
        c.push('…');
    }
    c
}

/// A list of codes, v0 codes read as v1, unknown codes removed: the list (`None`: every code was
/// removed), or why the whole value is unusable; and one note for each code mapped or removed.
#[allow(clippy::type_complexity)]
fn coded<T: Tree>(
    x: &T,
    allowed: &[&str],
    min: usize,
    v0: &[(&str, &[&'static str])],
) -> (Result<Option<Value>, String>, Vec<String>) {
    let mut notes = Vec::new();
    let Some(items) = x.items() else { return (Err("is not a list".into()), notes) };
    let given = items.len();
    let mut out: Vec<String> = Vec::with_capacity(given);
    let push = |c: &str, out: &mut Vec<String>| {
        if !out.iter().any(|o| o == c) {
            out.push(c.to_string());
        }
    };
    for item in items {
        let Some(s) = item.as_text() else { return (Err("has an item that is not a string".into()), notes) };
        if allowed.binary_search(&s.as_str()).is_ok() {
            push(&s, &mut out);
        } else if let Ok(i) = v0.binary_search_by(|(k, _)| k.cmp(&s.as_str())) {
            let targets = v0[i].1;
            notes.push(if targets.is_empty() {
                format!("v0 code \"{}\" has no v1 equivalent: removed", cut(&s))
            } else {
                format!("v0 code \"{}\" read as its v1 codes", cut(&s))
            });
            for t in targets {
                push(t, &mut out);
            }
        } else {
            notes.push(format!("unknown code \"{}\": removed", cut(&s)));
        }
    }
    if out.is_empty() && given > 0 {
        return (Ok(None), notes);
    }
    if out.len() < min {
        return (Err("is empty".into()), notes);
    }
    (Ok(Some(Value::List(out))), notes)
}

/// One value, as the models' type reads it.
fn field<T: Tree>(x: &T, kind: Kind, today: Day) -> Result<Value, String> {
    let text = || x.as_text().ok_or_else(|| "is not a string".to_string());
    match kind {
        Kind::Text => text().map(Value::Text),
        Kind::Sized(min, max) => {
            let s = text()?;
            let n = s.chars().count();
            if n < min {
                Err(format!("is shorter than {min} characters"))
            } else if n > max {
                Err(format!("is longer than {max} characters"))
            } else {
                Ok(Value::Text(s))
            }
        }
        Kind::Code(ok, what) => {
            let s = text()?;
            if ok(&s) {
                Ok(Value::Text(s))
            } else {
                Err(format!("\"{}\" is not {what}", cut(&s)))
            }
        }
        Kind::Email => {
            let s = text()?;
            email(&s).map(Value::Text).ok_or_else(|| format!("\"{}\" is not an e-mail address", cut(&s)))
        }
        Kind::Url => {
            let s = text()?;
            web_url(&s).map(Value::Text).ok_or_else(|| format!("\"{}\" is not an http(s) link", cut(&s)))
        }
        Kind::One(allowed) => {
            let s = text()?;
            if allowed.binary_search(&s.as_str()).is_ok() {
                Ok(Value::Text(s))
            } else {
                Err(format!("has an unknown value \"{}\"", cut(&s)))
            }
        }
        Kind::Codes(allowed, min, _) | Kind::Set(allowed, min) => {
            let items = x.items().ok_or("is not a list")?;
            let mut out: Vec<String> = Vec::with_capacity(items.len());
            for item in items {
                let s = item.as_text().ok_or("has an item that is not a string")?;
                if allowed.binary_search(&s.as_str()).is_err() {
                    return Err(format!("has an unknown value \"{}\"", cut(&s)));
                }
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            if out.len() < min {
                return Err("is empty".into());
            }
            Ok(Value::List(out))
        }
        Kind::Zones => {
            let items = x.items().ok_or("is not a list")?;
            if items.is_empty() {
                return Err("is empty".into());
            }
            let mut out: Vec<String> = Vec::with_capacity(items.len());
            for item in items {
                match item.as_text() {
                    Some(s) if is_zone(&s) => {
                        if !out.contains(&s) {
                            out.push(s)
                        }
                    }
                    Some(s) => return Err(format!("has \"{}\", which is not a zone code", cut(&s))),
                    None => return Err("has an item that is not a string".into()),
                }
            }
            Ok(Value::List(out))
        }
        Kind::Float(min) => {
            let n = number(x).ok_or("is not a number")?;
            if !n.is_finite() {
                return Err("is not a finite number".into());
            }
            match min {
                Some(m) if n < m => Err("is negative".into()),
                _ => Ok(Value::Number(n)),
            }
        }
        Kind::Int(min) => {
            let n = integer(x).ok_or("is not a whole number")?;
            if n < min {
                Err(format!("is less than {min}"))
            } else {
                Ok(Value::Integer(n))
            }
        }
        Kind::Date => {
            let d = date(x).ok_or("is not a date (YYYY-MM-DD)")?;
            if d < Day::ymd(2000, 1, 1) {
                Err("is before 2000".into())
            } else if d > today {
                Err("is in the future".into())
            } else {
                Ok(Value::Text(d.to_string()))
            }
        }
    }
}

/// A number as pydantic's lax mode reads one: a JSON number, a boolean (1 or 0), or a string
/// holding a number (spaces around, or `_` between digits, `inf` and `nan` too).
fn number<T: Tree>(x: &T) -> Option<f64> {
    if let Some(n) = x.as_number() {
        return Some(n);
    }
    if let Some(b) = x.as_bool() {
        return Some(if b { 1.0 } else { 0.0 });
    }
    let s = x.as_text()?;
    // As pydantic-core: the trimmed text, else the untrimmed text without its underscores (none
    // first or last, never two in a row).
    decimal::<T>(s.trim()).or_else(|| {
        (s.contains('_') && !s.starts_with('_') && !s.ends_with('_') && !s.contains("__"))
            .then(|| decimal::<T>(&s.replace('_', "")))
            .flatten()
    })
}

/// The text without its `_`, when each stands between two digits (as Python writes numbers).
fn without_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let between_digits = |i: usize| i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit();
    (s.contains('_') && b.iter().enumerate().all(|(i, c)| *c != b'_' || between_digits(i))).then(|| s.replace('_', ""))
}

/// A whole number as pydantic's lax mode reads one: a JSON number without fraction, a boolean,
/// or a string of digits (trimmed, `_` between digits, a sign, `.0` at the end allowed; no exponent).
fn integer<T: Tree>(x: &T) -> Option<i64> {
    if let Some(n) = x.as_number() {
        return (n.fract() == 0.0 && n.abs() < 9.0e15).then_some(n as i64);
    }
    if let Some(b) = x.as_bool() {
        return Some(i64::from(b));
    }
    let s = x.as_text()?;
    let s = s.trim();
    let s = match s.find('.') {
        Some(i) if s.len() > i + 1 && s[i + 1..].bytes().all(|c| c == b'0') => &s[..i],
        _ => s,
    };
    let digits = without_underscores(s).unwrap_or_else(|| s.to_string());
    let (negative, digits) = match digits.as_bytes().first() {
        Some(b'-') => (true, &digits[1..]),
        Some(b'+') => (false, &digits[1..]),
        _ => (false, &digits[..]),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().try_fold(0i64, |n, d| n.checked_mul(10)?.checked_add(i64::from(d - b'0')))?;
    Some(if negative { -n } else { n })
}

/// A number in Rust's (and pydantic's) float syntax: `[+-]` then `inf`, `infinity`, `nan` (any
/// case) or digits with an optional point and exponent.
fn decimal<T: Tree>(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = body.to_ascii_lowercase();
    let n = if special == "inf" || special == "infinity" {
        f64::INFINITY
    } else if special == "nan" {
        f64::NAN
    } else {
        let b = body.as_bytes();
        let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let whole = digits(0);
        let mut i = whole;
        let mut fraction = 0;
        if b.get(i) == Some(&b'.') {
            fraction = digits(i + 1);
            i += 1 + fraction;
        }
        if whole + fraction == 0 {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1 + usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
            let exponent = digits(i);
            if exponent == 0 {
                return None;
            }
            i += exponent;
        }
        if i != b.len() {
            return None;
        }
        T::decimal(body)
    };
    Some(if negative { -n } else { n })
}

/// A date as pydantic's lax mode reads one: `YYYY-MM-DD`; a date-time at exactly midnight
/// (`2026-01-01T00:00:00Z`, offset ignored); a Unix timestamp (number, or number in a string;
/// milliseconds above 2×10¹⁰) at exactly midnight UTC.
fn date<T: Tree>(x: &T) -> Option<Day> {
    if x.as_bool().is_some() {
        return None;
    }
    if let Some(n) = x.as_number() {
        return timestamp(n);
    }
    let s = x.as_text()?;
    if let Some(d) = Day::parse(&s) {
        return Some(d);
    }
    let b = s.as_bytes();
    if b.first().is_some_and(|c| c.is_ascii_digit() || *c == b'+' || *c == b'-')
        && b.iter().skip(1).all(|c| c.is_ascii_digit() || b".eE+-".contains(c))
        && !(b.len() > 10 && b[4] == b'-')
    {
        return decimal::<T>(&s).and_then(timestamp);
    }
    let day = Day::parse(s.get(..10)?)?;
    let rest = &b[10..];
    if !matches!(rest.first(), Some(b'T' | b't' | b' ' | b'_')) {
        return None;
    }
    midnight(&rest[1..]).then_some(day)
}

/// `HH:MM[:SS[.f]]` then `Z` or `±HH[:]MM` or nothing, every time field zero.
fn midnight(t: &[u8]) -> bool {
    let two = |i: usize, max: u8| {
        t.get(i..i + 2)
            .filter(|p| p.iter().all(u8::is_ascii_digit))
            .map(|p| (p[0] - b'0') * 10 + p[1] - b'0')
            .filter(|n| *n <= max)
    };
    let (Some(h), Some(m)) = (two(0, 23), two(3, 59)) else { return false };
    if t[2] != b':' {
        return false;
    }
    let mut zero = h == 0 && m == 0;
    let mut i = 5;
    if t.get(i) == Some(&b':') {
        let Some(sec) = two(i + 1, 59) else { return false };
        zero &= sec == 0;
        i += 3;
        if matches!(t.get(i), Some(b'.' | b',')) {
            let digits = t[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return false;
            }
            // Microseconds: what lies beyond the sixth digit is truncated.
            zero &= t[i + 1..i + 1 + digits.min(6)].iter().all(|c| *c == b'0');
            i += 1 + digits;
        }
    }
    let tz = &t[i..];
    let offset = match tz {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', rest @ ..] => {
            let hh =
                |p: &[u8]| p.len() == 2 && p.iter().all(u8::is_ascii_digit) && (p[0] - b'0') * 10 + p[1] - b'0' < 24;
            let mm =
                |p: &[u8]| p.len() == 2 && p.iter().all(u8::is_ascii_digit) && (p[0] - b'0') * 10 + p[1] - b'0' < 60;
            match rest.len() {
                5 => rest[2] == b':' && hh(&rest[..2]) && mm(&rest[3..]),
                4 => hh(&rest[..2]) && mm(&rest[2..]),
                _ => false,
            }
        }
        _ => false,
    };
    zero && offset
}

/// A Unix timestamp at exactly midnight UTC (seconds, or milliseconds above 2×10¹⁰).
fn timestamp(n: f64) -> Option<Day> {
    let secs = if n.abs() > 2.0e10 { n / 1000.0 } else { n };
    (secs.is_finite() && secs.abs() < 1.0e13 && secs.fract() == 0.0 && (secs as i64) % 86_400 == 0)
        .then(|| Day::from_unix_days((secs as i64).div_euclid(86_400)))
}

/// `\d` as the models' patterns read it (Unicode decimal digits, e.g. `٣` or `３`).
fn is_digit(c: char) -> bool {
    // The zero of each run of ten decimal digits outside ASCII (Unicode general category Nd).
    const ZEROS: [u32; 65] = [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
        0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
        0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
        0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
        0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    ];
    let c = c as u32;
    (0x30..=0x39).contains(&c) || (c > 0x7f && ZEROS.iter().any(|z| (*z..*z + 10).contains(&c)))
}

/// `\w` as the models' patterns read it: letters, marks, decimal digits, connector punctuation.
fn is_word(c: char) -> bool {
    c.is_alphabetic()
        || is_digit(c)
        || matches!(
            c,
            '_' | '\u{203f}' | '\u{2040}' | '\u{2054}' | '\u{fe33}' | '\u{fe34}' | '\u{fe4d}'..='\u{fe4f}' | '\u{ff3f}'
        )
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        || matches!(c, '\u{200c}' | '\u{200d}')
}

fn count_all(s: &str, n: std::ops::RangeInclusive<usize>, ok: fn(char) -> bool) -> bool {
    n.contains(&s.chars().count()) && s.chars().all(ok)
}

/// `^\w{5}$`.
fn is_code_insee(s: &str) -> bool {
    count_all(s, 5..=5, is_word)
}

/// `^\d{5}$`.
fn is_code_postal(s: &str) -> bool {
    count_all(s, 5..=5, is_digit)
}

/// `^\d{14}$`.
fn is_siret(s: &str) -> bool {
    count_all(s, 14..=14, is_digit)
}

/// A zone: commune `^\w{5}$`, département `^\w{2,3}$`, EPCI `^\d{9}$`, country `^99[0-5]\d{2}$`, or `france`.
fn is_zone(s: &str) -> bool {
    s == "france" || count_all(s, 5..=5, is_word) || count_all(s, 2..=3, is_word) || count_all(s, 9..=9, is_digit)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_s_departement_comes_from_its_postcode_else_its_insee_code() {
        let s = |postal: Option<&str>, insee: Option<&str>| Service {
            code_postal: postal.map(String::from),
            code_insee: insee.map(String::from),
            ..Service::default()
        };
        assert_eq!(s(Some("57000"), Some("93066")).departement(), Some("57"));
        assert_eq!(s(None, Some("67482")).departement(), Some("67"));
        assert_eq!(s(None, None).departement(), None);
    }
    use crate::engine::formats::tel_href;
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

    /// The correspondence's targets are all v1 codes, and its sources are not: every v0 code
    /// that is also a v1 code keeps its meaning.
    #[test]
    fn the_v0_correspondence_leads_to_v1_codes() {
        for (map, v1) in [(codes::V0_THEMATIQUES, codes::THEMATIQUES), (codes::V0_PUBLICS, codes::PUBLICS)] {
            assert!(map.windows(2).all(|w| w[0].0 < w[1].0));
            for (v0, targets) in map {
                assert!(v1.binary_search(v0).is_err(), "{v0} is a v1 code");
                for t in *targets {
                    assert!(v1.binary_search(t).is_ok(), "{v0} → {t}: not a v1 code");
                }
            }
        }
        assert_eq!((codes::V0_THEMATIQUES.len(), codes::V0_PUBLICS.len()), (122, 22));
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
    fn days() {
        assert_eq!(Day::parse("2024-02-29"), Some(Day::ymd(2024, 2, 29)));
        for bad in ["2025-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-01", "2026-01-01 "] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert_eq!(Day::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Day::from_unix_days(20_454).to_string(), "2026-01-01");
        assert_eq!(Day::from_unix_days(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn links_and_phones_that_may_be_rendered() {
        for (raw, want) in [
            ("https://exemple.invalid/a?b=c", "https://exemple.invalid/a?b=c"),
            ("http://x.fr", "http://x.fr/"),
            (" https://x.fr/a b ", "https://x.fr/a%20b"),
            ("http:x.fr", "http://x.fr/"),
            ("https://EXAMPLE.fr:443/", "https://example.fr/"),
            ("https://x.fr:8080/?q=é", "https://x.fr:8080/?q=%C3%A9"),
            ("https://0x7f.1", "https://127.0.0.1/"),
        ] {
            assert_eq!(crate::engine::formats::web_url(raw).as_deref(), Some(want), "{raw}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            "https://",
            "ftp://x",
            "//x.fr",
            "https://a b",
            "mailto:a@b.fr",
            "https://x.fr:99999",
            "https://999.1.1.1",
            "https://a.b.c.123",
        ] {
            assert_eq!(crate::engine::formats::web_url(bad), None, "{bad}");
        }
        for (text, href) in [
            ("01 99 00 12 34", "tel:0199001234"),
            ("+33 1 99 00 12 34", "tel:+33199001234"),
            ("+33 (0)1 99 00 12 34", "tel:+33199001234"),
            ("0033 1 99 00 12 34", "tel:+33199001234"),
            ("115", "tel:115"),
            ("39 19", "tel:3919"),
            ("01.99.00.12.34", "tel:0199001234"),
            ("03 20 00 00 00 / 06 12 34 56 78", "tel:0320000000"),
            ("0320000000 0612345678", "tel:0320000000"),
            ("Standard : 03-20-00-00-00 (9h-17h)", "tel:0320000000"),
            ("+262 262 12 34 56", "tel:+262262123456"),
            ("0199001234;javascript:x", "tel:0199001234"),
        ] {
            assert_eq!(tel_href(text).as_deref(), Some(href), "{text}");
        }
        for bad in ["appelez le standard", "12", "de 9h à 17h", "tel:115", "", "1234567"] {
            assert_eq!(tel_href(bad), None, "{bad}");
        }
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
