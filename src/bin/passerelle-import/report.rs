//! What an import did, for a coordinator to act on: every failing reason of every entry counted,
//! codes named, orphan and unreachable services listed, and what a resident of each kept
//! commune would be offered in each field of the diagnostic (the widget's own reading and
//! matching). `json` for machines (`--report`), `summary` for people.

use passerelle::engine::codes::theme_bit;
use passerelle::engine::contacts::matching::{all_needs, contacts_for, Context, PER_BARRIER};
use passerelle::engine::contacts::schema::Entry;
use passerelle::engine::contacts::Directory;
use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The thématiques some answer of the diagnostic calls for, as a bit set (`theme_bit`): a
/// service with none of them is never offered.
pub fn reachable_themes() -> u128 {
    let q = Questionnaire::builtin();
    let mut any = 0u128;
    for (f, n) in q.fields.iter().zip(all_needs(&q)) {
        any |= n.iter().fold(0, |m, n| m | theme_bit(&n.thematique));
        any |= f.check_with.iter().fold(0, |m, t| m | theme_bit(t));
    }
    any
}

/// How many ids each reason keeps for the report.
const IDS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Written,
    NothingKept,
    TooManyDropped,
}

/// Reasons, by (kind, field, reason): how many, and the first ids; and the entries concerned.
#[derive(Default)]
pub struct Tally {
    reasons: BTreeMap<(String, String, String), (usize, Vec<String>)>,
    entries: BTreeMap<String, usize>,
}

impl Tally {
    pub fn add(&mut self, kind: &str, field: &str, reason: &str, id: &str) {
        let e = self.reasons.entry((kind.into(), field.into(), reason.into())).or_default();
        e.0 += 1;
        if e.1.len() < IDS && e.1.last().is_none_or(|l| l != id) {
            e.1.push(if id.is_empty() { "(empty id)".into() } else { id.to_string() });
        }
    }
    /// An entry dropped (counted once, whatever its reasons).
    pub fn entry(&mut self, kind: &str) {
        *self.entries.entry(kind.into()).or_default() += 1;
    }
    pub fn entries(&self, kind: &str) -> usize {
        self.entries.get(kind).copied().unwrap_or_default()
    }
    fn json(&self) -> Value {
        let reasons: Vec<Value> = self
            .reasons
            .iter()
            .map(|((kind, field, reason), (n, ids))| json!({ "kind": kind, "field": field, "reason": reason, "count": n, "ids": ids }))
            .collect();
        json!({ "entries": self.entries, "reasons": reasons })
    }
    fn lines(&self, out: &mut String) {
        let mut rows: Vec<_> = self.reasons.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        for ((kind, field, reason), (n, ids)) in rows {
            let field = if field.is_empty() { String::new() } else { format!("`{field}` ") };
            let eg: Vec<&str> = ids.iter().take(3).map(String::as_str).collect();
            out.push_str(&format!("  {n:>7}  {kind}: {field}{reason}  (e.g. {})\n", eg.join(", ")));
        }
    }
}

/// A code the reader changed, from its reason: (what happened, the code).
fn code_note(reason: &str) -> Option<(&'static str, &str)> {
    let code = reason.split('"').nth(1)?;
    let class = if reason.starts_with("unknown code") {
        "unknown: removed"
    } else if reason.contains("no v1 equivalent") {
        "v0, no v1 equivalent: removed"
    } else if reason.starts_with("v0 code") {
        "v0, read as its v1 codes"
    } else {
        return None;
    };
    Some((class, code))
}

/// A reason without the value it quotes, so that reasons can be counted.
fn generic(reason: &str) -> String {
    match (reason.find('"'), reason.rfind('"')) {
        (Some(a), Some(b)) if b > a => {
            if a == 0 {
                reason[b + 1..].trim_start().to_string()
            } else {
                reason.replace(&reason[a..=b], "…")
            }
        }
        _ => reason.to_string(),
    }
}

#[derive(Default)]
pub struct Report {
    pub forms: Vec<(String, String, String, BTreeMap<String, usize>)>,
    pub read: (usize, usize),
    pub kept: (usize, usize, usize),
    pub outside: usize,
    /// Kept services located in the territory (the others are remote services open to it).
    pub local: usize,
    pub structures_unused: usize,
    pub dropped: Tally,
    pub removed: Tally,
    /// (kind, field, what happened, code) → how many values.
    pub codes: BTreeMap<(String, String, &'static str, String), usize>,
    pub orphans: Vec<String>,
    pub unreachable: Vec<String>,
    /// How many are unreachable, when `unreachable` lists the first ones only (`--by-departement`).
    pub unreachable_count: Option<usize>,
    /// The diagnostic's fields, and for each kept commune how many services a resident would
    /// be offered in each.
    pub fields: Vec<String>,
    pub offered: Vec<(String, String, Vec<usize>)>,
    /// Services whose thématiques some answer of each field calls for.
    pub per_field: Vec<usize>,
    pub millis: u128,
    pub out: String,
    /// INSEE codes of kept entries that the referential does not know.
    pub unknown_communes: Vec<String>,
    /// The commune referential used, if found.
    pub referential: Option<String>,
}

impl Report {
    pub fn form(&mut self, path: &str, what: &str, r: crate::input::Form) {
        self.forms.push((what.into(), path.into(), r.form, r.reshaped));
    }

    /// Every problem of an entry: those of required fields drop it, the others remove a value.
    pub fn tally(&mut self, kind: &str, e: &Entry, id: &str) {
        if !e.kept() {
            self.dropped.entry(kind);
        }
        for p in &e.problems {
            if let Some((class, code)) = code_note(&p.reason) {
                *self.codes.entry((kind.into(), p.field.into(), class, code.into())).or_default() += 1;
            }
            let reason = generic(&p.reason);
            if p.required {
                self.dropped.add(kind, p.field, &reason, id);
            } else {
                self.removed.add(kind, p.field, &reason, id);
            }
        }
    }

    pub fn outcome(&self, max_dropped: Option<f64>) -> Outcome {
        // Remote services open to the whole country come with any territory: alone, they make
        // no territory's file.
        if self.local == 0 {
            return Outcome::NothingKept;
        }
        let invalid = self.dropped.entries("service");
        match max_dropped {
            Some(max) if self.read.1 > 0 && invalid as f64 * 100.0 / self.read.1 as f64 > max => {
                Outcome::TooManyDropped
            }
            _ => Outcome::Written,
        }
    }

    /// What the widget would offer, read from the written file with its own reader and matching.
    pub fn coverage(&mut self, dir: &Directory) {
        let q = Questionnaire::builtin();
        let needs = all_needs(&q);
        self.fields = q.fields.iter().map(|f| f.id.to_string()).collect();
        let any = reachable_themes();
        self.unreachable = dir.services.iter().filter(|s| s.themes & any == 0).map(|s| s.id.clone()).collect();
        self.per_field = needs
            .iter()
            .map(|n| {
                let bits = n.iter().fold(0, |m, n| m | theme_bit(&n.thematique));
                dir.services.iter().filter(|s| s.themes & bits != 0).count()
            })
            .collect();
        // Remote services open to all (no zone, or `france`) pass every filter that depends on
        // the commune: when they alone fill a field's list, every commune is offered a full list
        // there, and the matching need not run commune by commune.
        let everywhere = open_to_all(dir);
        let full: Vec<Option<usize>> = needs
            .iter()
            .map(|n| {
                let ctx = Context { commune: dir.communes.first().map(|c| c.code_insee.clone()), ..Context::default() };
                let k = contacts_for(&everywhere, n, &ctx).len();
                (k >= PER_BARRIER).then_some(k)
            })
            .collect();
        for c in &dir.communes {
            let ctx = Context { commune: Some(c.code_insee.clone()), ..Context::default() };
            let counts =
                needs.iter().zip(&full).map(|(n, f)| f.unwrap_or_else(|| contacts_for(dir, n, &ctx).len())).collect();
            self.offered.push((c.code_insee.clone(), c.nom.clone(), counts));
        }
    }

    pub fn json(&self, outcome: Outcome) -> Value {
        let codes: Vec<Value> = self
            .codes
            .iter()
            .map(|((kind, field, class, code), n)| json!({ "kind": kind, "field": field, "code": code, "what": class, "count": n }))
            .collect();
        let forms: Vec<Value> = self
            .forms
            .iter()
            .map(|(what, path, form, reshaped)| json!({ "table": what, "path": path, "form": form, "reshaped": reshaped }))
            .collect();
        let communes: Vec<Value> = self
            .offered
            .iter()
            .map(|(code, nom, counts)| {
                let by_field: serde_json::Map<String, Value> =
                    self.fields.iter().zip(counts).map(|(f, n)| (f.clone(), json!(n))).collect();
                json!({ "code_insee": code, "nom": nom, "offered": by_field })
            })
            .collect();
        let per_field: serde_json::Map<String, Value> =
            self.fields.iter().zip(&self.per_field).map(|(f, n)| (f.clone(), json!(n))).collect();
        json!({
            "outcome": match outcome {
                Outcome::Written => "written",
                Outcome::NothingKept => "nothing kept: previous output left as it was",
                Outcome::TooManyDropped => "too many invalid services: previous output left as it was",
            },
            "out": self.out,
            "read": { "forms": forms, "structures": self.read.0, "services": self.read.1 },
            "kept": { "structures": self.kept.0, "services": self.kept.1, "services_in_territory": self.local, "communes": self.kept.2 },
            "outside_territory": { "services": self.outside, "structures": self.structures_unused },
            "dropped": self.dropped.json(),
            "removed": self.removed.json(),
            "codes": codes,
            "orphans": { "count": self.orphans.len(), "ids": self.orphans },
            "unreachable": { "count": self.unreachable.len(), "ids": self.unreachable },
            "coverage": { "services_per_field": per_field, "communes": communes },
            "referential": self.referential,
            "communes_not_in_referential": self.unknown_communes,
            "millis": self.millis,
        })
    }

    pub fn summary(&self, outcome: Outcome) -> String {
        let mut s = String::new();
        for (what, path, form, reshaped) in &self.forms {
            s.push_str(&format!("{what}: {path} read as {form}\n"));
            for (shape, n) in reshaped {
                s.push_str(&format!("  {shape}: {n}\n"));
            }
        }
        s.push_str(&format!("read {} structures, {} services\n", self.read.0, self.read.1));
        match outcome {
            Outcome::Written => s.push_str(&format!(
                "kept {} structures, {} services ({} in the territory), {} communes → {}\n",
                self.kept.0, self.kept.1, self.local, self.kept.2, self.out
            )),
            _ => s.push_str(&format!(
                "kept {} structures, {} services ({} in the territory): NOT written, {} left as it was\n",
                self.kept.0, self.kept.1, self.local, self.out
            )),
        }
        s.push_str(&format!(
            "outside the territory: {} services, {} structures\n",
            self.outside, self.structures_unused
        ));
        s.push_str(&format!(
            "dropped {} structures, {} services; every reason (an entry may have several):\n",
            self.dropped.entries("structure"),
            self.dropped.entries("service")
        ));
        self.dropped.lines(&mut s);
        s.push_str("values corrected or removed (the entry kept):\n");
        self.removed.lines(&mut s);
        if !self.codes.is_empty() {
            s.push_str("codes:\n");
            let mut rows: Vec<_> = self.codes.iter().collect();
            rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for ((kind, field, class, code), n) in rows {
                s.push_str(&format!("  {n:>7}  {kind} `{field}` \"{code}\": {class}\n"));
            }
        }
        let ids = |v: &[String]| v.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        if !self.unknown_communes.is_empty() {
            s.push_str(&format!(
                "INSEE codes the referential ({}) does not know, kept with the export's names: {} ({})\n",
                self.referential.as_deref().unwrap_or_default(),
                self.unknown_communes.len(),
                ids(&self.unknown_communes)
            ));
        }
        if !self.orphans.is_empty() {
            s.push_str(&format!(
                "orphan services (their structure is in no file read): {} (e.g. {})\n",
                self.orphans.len(),
                ids(&self.orphans)
            ));
        }
        if !self.unreachable.is_empty() {
            s.push_str(&format!(
                "services no answer of the diagnostic reaches: {} (e.g. {})\n",
                self.unreachable_count.unwrap_or(self.unreachable.len()),
                ids(&self.unreachable)
            ));
        }
        if !self.fields.is_empty() {
            s.push_str("per field: services, and communes whose residents would be offered none\n");
            for (i, f) in self.fields.iter().enumerate() {
                let none: Vec<&str> = self.offered.iter().filter(|c| c.2[i] == 0).map(|c| c.0.as_str()).collect();
                s.push_str(&format!(
                    "  {f:<12} {:>6} services, {} of {} communes offered none{}\n",
                    self.per_field[i],
                    none.len(),
                    self.offered.len(),
                    if none.is_empty() {
                        String::new()
                    } else {
                        format!(" (e.g. {})", none[..none.len().min(5)].join(", "))
                    }
                ));
            }
        }
        s.push_str(&format!("in {} ms\n", self.millis));
        s
    }
}

/// The remote services open to all (no zone, or `france`): they pass every filter that depends on
/// the commune (the report's per-field counts and the coordinator's coverage both start from them).
pub(crate) fn open_to_all(dir: &Directory) -> Directory {
    Directory {
        services: dir
            .services
            .iter()
            .filter(|s| {
                s.modes_accueil.iter().any(|m| m == "a-distance")
                    && s.zone_eligibilite.as_ref().is_none_or(|z| z.iter().any(|z| z == "france"))
            })
            .cloned()
            .collect(),
        ..Directory::default()
    }
}
