//! The data·inclusion v1 schema, field by field, as the official models check it (PyPI
//! `data-inclusion-schema` 1.0.10, pydantic in its default lax mode): types with pydantic's
//! coercions (a number in a string, a boolean as 1 or 0, a date-time at midnight or a timestamp
//! as a date), enumerations, patterns, lengths, dates between 2000-01-01 and `today`, e-mails as
//! `email-validator` reads them, URLs as `HttpUrl` reads them, and `tous-publics` alone.
//! `tools/oracle.py` runs the official models on the same corpus and requires the same verdict,
//! field by field.
//!
//! This is the importer's API (`passerelle-import` checks each entry with [`check`] before it
//! writes it) as much as the reader's: both keep exactly what the models keep.

use crate::engine::calendar::Day;
use crate::engine::codes::{self, public_bit, theme_bit};
use crate::engine::contacts::model::{Commune, Directory, Service, Structure};
use crate::engine::contacts::tree::Tree;
use crate::engine::formats::{email, web_url};

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

    pub(crate) fn into_structure(mut self) -> Structure {
        Structure {
            id: self.take_text("id").unwrap_or_default(),
            nom: self.take_text("nom").unwrap_or_default(),
            telephone: self.take_text("telephone"),
            site_web: self.take_text("site_web"),
            reseaux_porteurs: self.take_list("reseaux_porteurs").unwrap_or_default(),
        }
    }

    pub(crate) fn into_service(mut self) -> Service {
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
    opt("code_insee", Kind::Code(five_word_characters, "an INSEE code (5 letters or digits)")),
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
    opt("code_insee", Kind::Code(five_word_characters, "an INSEE code (5 letters or digits)")),
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

/// `^\w{5}$`, the models' pattern for `code_insee`: looser than an INSEE code (the one predicate
/// for those is `formats::is_insee`, which the widget requires wherever it uses a commune).
fn five_word_characters(s: &str) -> bool {
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
}

/// The entry's id for a report, or its position when it has none.
pub fn id_of<T: Tree>(v: &T, i: usize) -> String {
    v.get("id").and_then(|x| x.as_text()).filter(|s| !s.is_empty()).unwrap_or_else(|| format!("#{}", i + 1))
}
