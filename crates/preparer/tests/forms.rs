//! The import issue's test corpus (tests/fixtures/exports) through the worker's entry point, over
//! bytes: every form gives the same contacts file, and the coverage in autonomous mode is the
//! command line's report's. (The browser test, tests/e2e/preparer.test.mjs, compares the page's
//! bytes with the command line's.)

use passerelle_preparer::prepare::{prepare, Options};
use passerelle_preparer::{api, files};

fn load(name: &str, as_name: &str) {
    let path = format!("{}/../../tests/fixtures/exports/{name}", env!("CARGO_MANIFEST_DIR"));
    files::put(as_name, std::fs::read(path).unwrap());
}

fn referential() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/node_modules/@etalab/decoupage-administratif/data");
    for f in ["communes.json", "epci.json"] {
        files::put(&format!("referentiel/{f}"), std::fs::read(format!("{dir}/{f}")).unwrap());
    }
}

/// La Réunion on the corpus's day, from files: the options the tests share.
fn reunion() -> Options {
    Options {
        communes: vec![],
        departements: vec!["974".into()],
        today: "2026-06-30".into(),
        max_dropped: None,
        api: None,
    }
}

#[test]
fn every_form_gives_the_same_file_and_the_reports_coverage() {
    referential();
    let o = reunion();
    let mut first: Option<Vec<u8>> = None;
    for (st, sv) in [
        ("structures.json", "services.json"),
        ("structures.jsonl", "services.jsonl"),
        ("structures.csv", "services.csv"),
        ("structures.geojson", "services.geojson"),
        ("structures.xlsx", "services.xlsx"),
        ("structures.parquet", "services.parquet"),
    ] {
        load(st, st);
        load(sv, sv);
        let p = prepare(st, sv, &o);
        assert_eq!(p.exit, 0, "{sv}: {:?}", p.error);
        let contacts = p.contacts.clone().unwrap();
        match &first {
            None => first = Some(contacts),
            Some(f) => assert!(f == &contacts, "{sv}: another file"),
        }
        let report = p.report.unwrap();
        let coverage = p.coverage.unwrap();
        let fields: Vec<&str> = coverage["fields"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
        let communes = coverage["communes"].as_array().unwrap();
        assert!(!communes.is_empty());
        for (mine, theirs) in communes.iter().zip(report["coverage"]["communes"].as_array().unwrap()) {
            assert_eq!(mine["code_insee"], theirs["code_insee"]);
            for (i, f) in fields.iter().enumerate() {
                assert_eq!(mine["autonome"][i], theirs["offered"][f], "{sv} {} {f}", mine["code_insee"]);
                assert!(mine["accompagne"][i].as_u64() >= mine["autonome"][i].as_u64());
            }
        }
        files::remove_file(st).ok();
        files::remove_file(sv).ok();
    }
}

#[test]
fn bad_options_and_foreign_files_exit_as_the_command_line() {
    referential();
    let bad = Options {
        communes: vec!["9390".into()],
        departements: vec![],
        today: "2026-06-30".into(),
        max_dropped: None,
        api: None,
    };
    let p = prepare("s", "v", &bad);
    assert_eq!(p.exit, 2);
    assert!(p.error.unwrap().contains("--commune 9390"));
    load("structures.json", "structures.json");
    load("foreign.csv", "foreign.csv");
    let o = reunion();
    let p = prepare("structures.json", "foreign.csv", &o);
    assert_eq!(p.exit, 3, "{:?}", p.error);
    assert!(p.error.unwrap().contains("not in the data·inclusion v1 shape"));
}

/// The API's pages (tests/fixtures/exports/api-*.json, which tests/import.rs's stub serves) handed
/// over as the page's worker hands them: the command line's `--api` form and origin, the same
/// services as the files.
#[test]
fn the_apis_pages_read_as_the_command_lines_api() {
    referential();
    let page = |table: &str, n: u32| {
        let path = format!("{}/../../tests/fixtures/exports/api-{table}-{n}.json", env!("CARGO_MANIFEST_DIR"));
        api::page(table, &format!("http://127.0.0.1:9/api/v1/{table}?page={n}"), &std::fs::read(path).unwrap())
    };
    api::clear();
    assert_eq!(page("structures", 1).unwrap().1, 2);
    page("structures", 2).unwrap();
    for n in 1..=4 {
        assert_eq!(page("services", n).unwrap().1, 4);
    }
    let err = api::page("services", "http://x/api/v1/services?page=5", b"<html>").unwrap_err();
    assert!(err.starts_with("http://x/api/v1/services?page=5: the answer is not JSON"), "{err}");
    let err = api::page("services", "http://x/p", b"{}").unwrap_err();
    assert!(err.contains("no `items` list"), "{err}");
    let o = Options { api: Some("http://127.0.0.1:9".into()), ..reunion() };
    let p = prepare("unused", "unused", &o);
    assert_eq!(p.exit, 0, "{:?}", p.error);
    assert!(
        p.summary.contains(
            "services: the API v1 at http://127.0.0.1:9 (6 pages) read as pages of {items, total, page, size, pages}"
        ),
        "{}",
        p.summary
    );
    assert_eq!(p.report.unwrap()["kept"]["services"], 16, "the same as the files");
}
