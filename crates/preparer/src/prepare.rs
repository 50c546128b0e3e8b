//! One run of the importer over bytes: what the command line does for
//! `--structures S --services V [--commune C]… [--departement D]… --today T [--max-dropped P]
//! --report R --out contacts.json`, with the same exit status, summary and report.

use crate::native::{run, Args};
use crate::report::Outcome;
use crate::{coverage, files};
use passerelle::engine::calendar::Day;
use serde_json::{json, Value};

/// Where the page puts the referential (tools/build.mjs writes it, in the official files' shape).
pub const REFERENTIAL: &str = "referentiel";
pub const OUT: &str = "contacts.json";

pub struct Options {
    pub communes: Vec<String>,
    pub departements: Vec<String>,
    /// YYYY-MM-DD: the last day a `date_maj` may have.
    pub today: String,
    pub max_dropped: Option<f64>,
    /// `--api URL`: the tables are the pages the page fetched there (`api::page`), not files.
    pub api: Option<String>,
}

pub struct Prepared {
    /// The command line's exit status: 0 written, 1 unreadable, 2 bad options, 3 nothing kept,
    /// 4 too many invalid.
    pub exit: u8,
    /// What the command line says on stderr, when something went wrong.
    pub error: Option<String>,
    /// The command line's standard output.
    pub summary: String,
    /// The command line's `--report`.
    pub report: Option<Value>,
    /// The contacts file, when written.
    pub contacts: Option<Vec<u8>>,
    /// What a resident would be offered, in both modes (`coverage::Coverage::json`).
    pub coverage: Option<Value>,
}

fn failed(exit: u8, e: String) -> Prepared {
    Prepared {
        exit,
        error: Some(format!("passerelle-import: {e}")),
        summary: String::new(),
        report: None,
        contacts: None,
        coverage: None,
    }
}

/// Runs the importer over the files `structures` and `services` (names under which they were
/// put in `files`, the names the coordinator's files have), or over the API's pages handed to
/// `api::page` when `o.api` names it.
pub fn prepare(structures: &str, services: &str, o: &Options) -> Prepared {
    for c in &o.communes {
        if !passerelle::engine::formats::is_insee(c) {
            return failed(2, format!("--commune {c}: not an INSEE commune code (e.g. 93066)"));
        }
    }
    for d in &o.departements {
        if !(2..=3).contains(&d.len()) || !d.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return failed(2, format!("--departement {d}: not a département code (e.g. 93, 2A, 974)"));
        }
    }
    let Some(today) = Day::parse(&o.today) else {
        return failed(2, format!("--today {}: expected a date such as 2026-12-01", o.today));
    };
    // As the command line's `--api`: the pages' items as JSON Lines, the API named as their origin.
    let (structures, services, api, origin) = match &o.api {
        Some(base) => {
            let pages = crate::api::finish();
            let api = crate::api::Api { base: base.clone(), token: String::new(), filters: vec![] };
            (crate::api::STRUCTURES, crate::api::SERVICES, Some(api), Some(crate::pages::origin(base, pages)))
        }
        None => (structures, services, None, None),
    };
    let args = Args {
        structures: structures.into(),
        services: services.into(),
        communes: o.communes.iter().map(|c| c.to_ascii_uppercase()).collect(),
        departements: o.departements.iter().map(|d| d.to_ascii_uppercase()).collect(),
        around: None,
        out: OUT.into(),
        report: None,
        max_dropped: o.max_dropped,
        today,
        api,
        origin,
        referential: REFERENTIAL.into(),
        by_departement: None,
        piece_kb: crate::split::PIECE_KB,
    };
    let _ = files::remove_file(OUT);
    match run(&args) {
        Ok((report, outcome)) => {
            let contacts = files::take(OUT);
            let coverage = contacts.as_deref().and_then(|bytes| {
                let v: Value = serde_json::from_slice(bytes).ok()?;
                let (dir, _) = passerelle::engine::contacts::read(&v, today).ok()?;
                Some(coverage::Coverage::of(&dir).json())
            });
            let error = match outcome {
                Outcome::Written => None,
                Outcome::NothingKept => Some(format!("passerelle-import: nothing kept: {OUT} left as it was")),
                Outcome::TooManyDropped => Some(format!(
                    "passerelle-import: more than {}% of the services are invalid: {OUT} left as it was",
                    o.max_dropped.unwrap_or_default()
                )),
            };
            Prepared {
                exit: match outcome {
                    Outcome::Written => 0,
                    Outcome::NothingKept => 3,
                    Outcome::TooManyDropped => 4,
                },
                error,
                summary: report.summary(outcome),
                report: Some(report.json(outcome)),
                contacts,
                coverage,
            }
        }
        // A foreign shape is a file with nothing usable in it.
        Err(e) => failed(if e.contains("not in the data·inclusion v1 shape") { 3 } else { 1 }, e),
    }
}

impl Prepared {
    /// Everything but the contacts file, for the page.
    pub fn json(&self) -> Value {
        json!({
            "exit": self.exit,
            "error": self.error,
            "summary": self.summary,
            "report": self.report,
            "coverage": self.coverage,
        })
    }
}
