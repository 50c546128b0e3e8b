//! The importer on small exports: what it keeps, what it drops and why, and how it fails.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_passerelle-import");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn import(extra: &[&str]) -> (std::process::Output, Option<serde_json::Value>) {
    let out = std::env::temp_dir().join(format!(
        "passerelle-import-{}-{}.json",
        std::process::id(),
        extra.join("_").replace(['/', ','], "-")
    ));
    let _ = std::fs::remove_file(&out);
    let o = Command::new(BIN)
        .args([
            "--structures",
            &fixture("export-structures.json"),
            "--services",
            &fixture("export-services.jsonl"),
            "--today",
            "2026-12-01",
            "--out",
            out.to_str().unwrap(),
        ])
        .args(extra)
        .output()
        .unwrap();
    let file = std::fs::read_to_string(&out).ok().map(|t| serde_json::from_str(&t).unwrap());
    (o, file)
}

fn ids(v: &serde_json::Value, section: &str) -> Vec<String> {
    let mut ids: Vec<String> =
        v[section].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn keeps_a_commune_list_and_remote_services_open_to_it() {
    let (o, file) = import(&["--commune", "93901", "--commune", "93902"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = file.unwrap();
    assert_eq!(ids(&file, "services"), ["sv-budget", "sv-garde", "sv-js", "sv-libre", "sv-ligne", "sv-theme"]);
    assert_eq!(ids(&file, "structures"), ["st-bourg", "st-national", "st-villeneuve"]);
    let communes: Vec<&str> =
        file["communes"].as_array().unwrap().iter().map(|c| c["code_insee"].as_str().unwrap()).collect();
    assert_eq!(communes, ["93901", "93902"]);
    let summary = String::from_utf8(o.stdout).unwrap();
    for line in [
        "services: ",
        "read as JSON Lines",
        "read 6 structures, 8 services",
        "kept 3 structures, 6 services (5 in the territory), 2 communes",
        "INSEE codes the referential (@etalab/decoupage-administratif 6.0.0) does not know, kept with the export's names: 2 (93901, 93902)",
        "outside the territory: 1 services, 1 structures",
        "dropped 2 structures, 1 services; every reason (an entry may have several):",
        "1  service: `lien_mobilisation` is not an http(s) link  (e.g. sv-js)",
        "1  service: `thematiques` unknown code …: removed  (e.g. sv-theme)",
        "1  service `thematiques` \"pas-un-code\": unknown: removed",
        "1  service: `lien_source` is not an http(s) link  (e.g. sv-libre)",
        "1  service: `nombre_semaines` is less than 1  (e.g. sv-libre)",
        "1  service: `publics` mixes `tous-publics` with other publics  (e.g. sv-libre)",
        "1  service: `id` is used twice  (e.g. sv-garde)",
        "1  structure: `date_maj` is not a date (YYYY-MM-DD)  (e.g. st-bad-date)",
        "1  structure: `id` is missing  (e.g. #6)",
        "services no answer of the diagnostic reaches: 2 (e.g. sv-js, sv-theme)",
        "  famille           1 services, 0 of 2 communes offered none",
        "  logement          0 services, 2 of 2 communes offered none (e.g. 93901, 93902)",
    ] {
        assert!(summary.contains(line), "missing «{line}» in\n{summary}");
    }
    // Only valid values, normalised, under the official names: the invalid ones are gone.
    let service = |id: &str| file["services"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone();
    assert!(service("sv-js").get("lien_mobilisation").is_none());
    assert!(service("sv-theme").get("thematiques").is_none());
    let libre = service("sv-libre");
    assert_eq!(
        libre,
        serde_json::json!({
            "source": "fixture", "structure_id": "st-villeneuve", "id": "sv-libre", "nom": "Permanence emploi",
            "description": "Une permanence sans rendez-vous.", "date_maj": "2026-09-01",
            "thematiques": ["trouver-un-emploi--repondre-a-des-offres-demploi"],
            "telephone": "03 20 00 00 00 / 06 12 34 56 78", "courriel": "Contact@villeneuve.example.org",
            "lien_mobilisation": "https://exemple.invalid/rdv%20permanence", "latitude": 48.935, "longitude": 2.465,
            "code_insee": "93901", "commune": "Villeneuve-sur-Demo",
        })
    );
    // What it writes, the widget reads without a single issue.
    let (_, issues) =
        passerelle::engine::contacts::read(&file, passerelle::engine::calendar::Day::ymd(2026, 12, 1)).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn keeps_a_departement_or_a_radius() {
    let (_, file) = import(&["--departement", "76"]);
    assert_eq!(ids(&file.unwrap(), "services"), ["sv-ligne", "sv-loin"]);
    // Remote services open to all of France come along with any territory.
    let (_, file) = import(&["--around", "48.935,2.465,1"]);
    assert_eq!(ids(&file.unwrap(), "services"), ["sv-garde", "sv-libre", "sv-ligne"]);
}

#[test]
fn bad_arguments_and_unreadable_files_say_which() {
    for (args, needle) in [
        (vec!["--commune", "9390"], "--commune 9390"),
        (vec!["--around", "48.9,2.4"], "--around 48.9,2.4"),
        (vec!["--departement", "x"], "--departement x"),
        (vec!["--frobnicate"], "unknown argument --frobnicate"),
    ] {
        let (o, _) = import(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(needle),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = Command::new(BIN)
        .args(["--structures", "/nonexistent.json", "--services", "x", "--out", "/tmp/x.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read /nonexistent.json"));
    let garbage = std::env::temp_dir().join("passerelle-garbage.json");
    std::fs::write(&garbage, "[{\"id\": 1,,]").unwrap();
    let o = Command::new(BIN)
        .args(["--structures", garbage.to_str().unwrap(), "--services", "x", "--out", "/tmp/x.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not valid JSON"), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The importer on one export of tests/fixtures/exports (tools/exports.py): its summary, report and output.
fn export(
    structures: &str,
    services: &str,
    extra: &[&str],
) -> (std::process::Output, serde_json::Value, Option<serde_json::Value>) {
    let tag =
        format!("{}-{structures}-{services}-{}", std::process::id(), extra.join("_")).replace(['/', ',', '.'], "-");
    let dir = std::env::temp_dir();
    let (out, report) = (dir.join(format!("pi-{tag}.json")), dir.join(format!("pi-{tag}-report.json")));
    let _ = std::fs::remove_file(&out);
    let o = Command::new(BIN)
        .args([
            "--structures",
            &fixture(&format!("exports/{structures}")),
            "--services",
            &fixture(&format!("exports/{services}")),
        ])
        .args(["--today", "2026-06-30", "--out", out.to_str().unwrap(), "--report", report.to_str().unwrap()])
        .args(extra)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&report)
            .unwrap_or_else(|_| panic!("no report: {}", String::from_utf8_lossy(&o.stderr))),
    )
    .unwrap();
    let file = std::fs::read_to_string(&out).ok().map(|t| serde_json::from_str(&t).unwrap());
    (o, report, file)
}

fn count(report: &serde_json::Value, section: &str, field: &str, reason: &str) -> u64 {
    report[section]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["field"] == field && r["reason"].as_str().unwrap().contains(reason))
        .map(|r| r["count"].as_u64().unwrap())
        .sum()
}

/// Each published form of the same La Réunion export gives the same result, v0 codes read as v1.
#[test]
fn every_form_of_the_export_gives_the_same_contacts() {
    let mut outputs = vec![];
    for (st, sv, form) in [
        ("structures.json", "services.json", "a JSON array"),
        ("structures.jsonl", "services.jsonl", "JSON Lines"),
        ("structures.csv", "services.csv", "CSV (`,`"),
        ("structures.geojson", "services.geojson", "GeoJSON"),
        ("structures.json", "services-pg.csv", "CSV (`;`"),
        ("structures.xlsx", "services.xlsx", "a spreadsheet (XLSX)"),
        ("structures.parquet", "services.parquet", "Parquet"),
        ("template.xlsx", "template.xlsx", "the validator's spreadsheet template"),
    ] {
        let (o, report, file) = export(st, sv, &["--departement", "974"]);
        let summary = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{sv}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(report["read"]["forms"][1]["form"].as_str().unwrap().contains(form), "{sv}: {summary}");
        assert_eq!(
            (report["read"]["structures"].as_u64(), report["read"]["services"].as_u64()),
            (Some(7), Some(19)),
            "{sv}"
        );
        assert_eq!(
            report["kept"],
            serde_json::json!({ "structures": 5, "services": 16, "services_in_territory": 15, "communes": 3 }),
            "{sv}"
        );
        assert_eq!(report["dropped"]["entries"], serde_json::json!({ "structure": 1, "service": 2 }), "{sv}");
        assert_eq!(report["outside_territory"]["services"], 1, "{sv}: sv-lille");
        // v0 codes: read as v1, never wiping the valid siblings; unknown codes named.
        let codes = report["codes"].as_array().unwrap();
        let code = |c: &str| codes.iter().find(|x| x["code"] == c).map(|x| x["what"].as_str().unwrap().to_string());
        assert_eq!(code("pas-un-code").as_deref(), Some("unknown: removed"), "{sv}");
        assert_eq!(code("autre-code-inconnu").as_deref(), Some("unknown: removed"));
        assert_eq!(code("logement-hebergement").as_deref(), Some("v0, read as its v1 codes"));
        assert_eq!(code("adultes").as_deref(), Some("v0, no v1 equivalent: removed"));
        assert_eq!(codes.len(), 12, "{sv}: {codes:?}");
        // Orphans, unreachable services, placeholders, a lost sign.
        assert_eq!(report["orphans"]["ids"], serde_json::json!(["sv-orphelin"]));
        assert_eq!(report["unreachable"]["ids"], serde_json::json!(["sv-international"]));
        assert_eq!(count(&report, "removed", "telephone", "placeholder"), 2, "{sv}");
        assert_eq!(count(&report, "removed", "latitude", "outside the territory"), 1, "{sv}");
        // Every field of the diagnostic the export covers gets services, in every commune.
        let per_field = &report["coverage"]["services_per_field"];
        for f in ["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"] {
            assert!(per_field[f].as_u64().unwrap() > 0, "{sv}: no service for {f}: {per_field}");
        }
        for c in report["coverage"]["communes"].as_array().unwrap() {
            assert!(c["offered"]["logement"].as_u64().unwrap() > 0, "{sv}: {c}");
        }
        let file = file.unwrap();
        let service = |id: &str| file["services"].as_array().unwrap().iter().find(|s| s["id"] == id).cloned();
        let logement = service("sv-v0-logement").unwrap();
        assert!(logement["thematiques"]
            .as_array()
            .unwrap()
            .contains(&"logement-hebergement--louer-un-logement".into()));
        assert!(
            service("sv-postcode").is_some() && service("sv-coords").is_some(),
            "{sv}: placed by postcode, by coordinates"
        );
        assert!(service("sv-signe").unwrap().get("latitude").is_none());
        assert!(service("sv-placeholder").unwrap().get("telephone").is_none());
        assert_eq!(service("sv-placeholder").unwrap()["horaires_accueil"], "Mo 08:00-12:00,14:00-18:00");
        let names: Vec<&str> =
            file["communes"].as_array().unwrap().iter().map(|c| c["nom"].as_str().unwrap()).collect();
        assert_eq!(names, ["Le Port", "Saint-Denis", "Saint-Pierre"], "{sv}: from the referential");
        assert!(file["communes"].as_array().unwrap().iter().all(|c| c["epci"].is_string()));
        outputs.push(file);
    }
    // The template has no `source`: the file's name stands for it.
    let template = outputs.pop().unwrap();
    assert!(template["services"].as_array().unwrap().iter().all(|s| s["source"] == "template"));
    assert_eq!(template["services"].as_array().unwrap().len(), outputs[0]["services"].as_array().unwrap().len());
    assert!(outputs.windows(2).all(|w| w[0] == w[1]), "every form gives the same file");
}

#[test]
fn a_service_located_by_postcode_and_coordinates_is_kept_for_its_departement() {
    let (o, report, file) = export("structures.json", "services.json", &["--departement", "59"]);
    assert!(o.status.success());
    assert_eq!(report["kept"]["services_in_territory"], 1);
    assert!(file.unwrap()["services"].as_array().unwrap().iter().any(|s| s["id"] == "sv-lille"));
}

#[test]
fn nothing_in_the_territory_exits_3_and_leaves_the_previous_file() {
    let out = std::env::temp_dir().join(format!("pi-{}-previous.json", std::process::id()));
    std::fs::write(&out, "previous").unwrap();
    let o = Command::new(BIN)
        .args(["--structures", &fixture("exports/structures.json"), "--services", &fixture("exports/services.json")])
        .args(["--today", "2026-06-30", "--departement", "2A", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stdout));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous");
    assert!(String::from_utf8_lossy(&o.stdout).contains("(0 in the territory): NOT written"));
    // Over --max-dropped: 2 invalid services of 19 is 10.5 %.
    let o = Command::new(BIN)
        .args(["--structures", &fixture("exports/structures.json"), "--services", &fixture("exports/services.json")])
        .args(["--today", "2026-06-30", "--departement", "974", "--max-dropped", "10", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous");
    let (o, _, _) = export("structures.json", "services.json", &["--departement", "974", "--max-dropped", "11"]);
    assert!(o.status.success());
}

#[test]
fn a_file_in_another_shape_gets_one_message() {
    let (o, _) = {
        let o = Command::new(BIN)
            .args(["--structures", &fixture("exports/structures.json"), "--services", &fixture("exports/foreign.csv")])
            .args(["--out", "/tmp/never-written.json"])
            .output()
            .unwrap();
        (o, ())
    };
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("Expected fields named source, structure_id, id, nom, description, date_maj; found «Identifiant»")
    );
    assert!(err.contains("French column names"), "{err}");
}

/// A damaged Parquet file (found by the fuzz target `import_input`: the `parquet` crate panics on
/// it) gets one clear message and a non-zero exit, not a crash.
#[test]
fn a_damaged_parquet_file_gets_one_message() {
    let o = Command::new(BIN)
        .args(["--structures", &fixture("exports/structures.json"), "--services", &fixture("exports/damaged.parquet")])
        .args(["--out", "/tmp/never-written.json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.code().is_some_and(|c| c != 0 && c != 101), "{:?} {err}", o.status);
    assert!(err.contains("damaged.parquet is not a readable Parquet file"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A stub of the data·inclusion API v1 on 127.0.0.1, serving tests/fixtures/exports/api-*.json:
/// the token `good` is accepted, any other refused (401); the first request of `services` page 2
/// is answered 429 with `Retry-After: 0`. Returns the base URL and the request lines it saw.
fn stub_api() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        let mut busy_once = true;
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut auth = String::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap() == 0 || h.trim().is_empty() {
                    break;
                }
                if h.to_ascii_lowercase().starts_with("authorization:") {
                    auth = h[14..].trim().to_string();
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or_default().to_string();
            log.lock().unwrap().push(path.clone());
            let table = if path.starts_with("/api/v1/services") { "services" } else { "structures" };
            let page = path.split(['?', '&']).find_map(|p| p.strip_prefix("page=")).unwrap_or("1").to_string();
            let (status, extra, body) = if auth != "Bearer good" {
                ("401 Unauthorized", "", r#"{"detail":"Not authenticated"}"#.to_string())
            } else if table == "services" && page == "2" && std::mem::take(&mut busy_once) {
                ("429 Too Many Requests", "Retry-After: 0\r\n", "{}".to_string())
            } else {
                let file = fixture(&format!("exports/api-{table}-{page}.json"));
                ("200 OK", "", std::fs::read_to_string(file).unwrap_or_else(|_| r#"{"items":[],"pages":0}"#.into()))
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, seen)
}

#[test]
fn reads_the_api_page_by_page() {
    let (base, seen) = stub_api();
    let dir = std::env::temp_dir();
    let (out, report) = (
        dir.join(format!("pi-{}-api.json", std::process::id())),
        dir.join(format!("pi-{}-api-report.json", std::process::id())),
    );
    let o = Command::new(BIN)
        .args(["--api", &base, "--token", "good", "--departement", "974", "--today", "2026-06-30"])
        .args(["--out", out.to_str().unwrap(), "--report", report.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let summary = String::from_utf8_lossy(&o.stdout);
    assert!(
        summary.contains(&format!(
            "services: the API v1 at {base} (6 pages) read as pages of {{items, total, page, size, pages}}"
        )),
        "{summary}"
    );
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(report["kept"]["services"], 16, "the same as the files");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0], "/api/v1/structures?page=1&size=1000&code_departement=974");
    assert_eq!(
        seen.iter().filter(|p| p.starts_with("/api/v1/services?page=2")).count(),
        2,
        "retried after 429: {seen:?}"
    );
    assert_eq!(seen.len(), 2 + 4 + 1);
    let (base, _) = stub_api();
    let o =
        Command::new(BIN).args(["--api", &base, "--token", "wrong", "--out", out.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("the API refused the token (401)") && err.contains("--token"), "{err}");
}

/// Opening hours written in French become OSM rules that the reference (npm opening_hours, in
/// tests/node_modules) reads without a warning and opens when the French says; others stay text.
#[test]
fn french_hours_become_opening_hours_the_reference_reads() {
    // (text, expected rule, probes: day of June 2026 (1 = Monday), time, open)
    /// A day of June 2026 (1 = Monday), a time, whether the place is open then.
    type Probe = (u32, &'static str, bool);
    let cases: &[(&str, Option<&str>, &[Probe])] = &[
        (
            " Lundi : 8h00-12h00 14h00-18h00 Mardi : 8h00-12h00 14h00-18h00 Mercredi : 8h00-12h00 Jeudi : 8h00-12h00 14h00-18h00 Vendredi : 8h00-12h00 14h00-18h00 ",
            Some("Mo,Tu 08:00-12:00,14:00-18:00; We 08:00-12:00; Th,Fr 08:00-12:00,14:00-18:00"),
            &[(1, "10:00", true), (1, "13:00", false), (3, "15:00", false), (4, "15:00", true), (6, "10:00", false)],
        ),
        ("du lundi au vendredi de 9h à 12h", Some("Mo-Fr 09:00-12:00"), &[(2, "11:59", true), (2, "12:00", false), (7, "10:00", false)]),
        (
            "Du lundi au vendredi de 9h à 12h et de 14h à 17h30",
            Some("Mo-Fr 09:00-12:00,14:00-17:30"),
            &[(5, "17:15", true), (5, "13:00", false)],
        ),
        ("Lundi : 8h30-12h Samedi : fermé", Some("Mo 08:30-12:00"), &[(1, "08:45", true), (6, "10:00", false)]),
        ("sur rendez-vous", None, &[]),
        ("lundi 9h-12h lundi 14h-17h", None, &[]),
    ];
    let dir = std::env::temp_dir();
    let input = dir.join(format!("pi-{}-hours.jsonl", std::process::id()));
    let out = dir.join(format!("pi-{}-hours.json", std::process::id()));
    let lines: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (text, _, _))| {
            serde_json::json!({ "source": "t", "structure_id": "st", "id": format!("h{i}"), "nom": "Accueil", "description": "Un accueil.",
                                "date_maj": "2026-05-01", "code_insee": "97411", "horaires_accueil": text })
            .to_string()
        })
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let o = Command::new(BIN)
        .args(["--structures", &fixture("exports/structures.json"), "--services", input.to_str().unwrap()])
        .args(["--today", "2026-06-30", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut probes = vec![];
    for (i, (text, want, p)) in cases.iter().enumerate() {
        let s = file["services"].as_array().unwrap().iter().find(|s| s["id"] == format!("h{i}")).unwrap();
        let got = s["horaires_accueil"].as_str().unwrap();
        assert_eq!(got, want.unwrap_or(text.trim()), "{text}");
        if let Some(rule) = want {
            probes.push(serde_json::json!({ "rule": rule, "probes": p.iter().map(|(d, t, open)| (format!("2026-06-{d:02}T{t}:00"), open)).collect::<Vec<_>>() }));
        }
    }
    let script = r#"
        const oh = require("opening_hours");
        let failed = 0;
        for (const c of JSON.parse(process.argv[1])) {
          const h = new oh(c.rule, null, { mode: 0 });
          if (h.getWarnings().length) { console.log(c.rule, h.getWarnings()); failed++; }
          for (const [at, open] of c.probes) {
            if (h.getState(new Date(at)) !== open) { console.log(c.rule, at, "expected", open); failed++; }
          }
        }
        process.exit(failed ? 1 : 0);
    "#;
    let node = Command::new("node")
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"))
        .args(["-e", script, &serde_json::Value::Array(probes).to_string()])
        .output()
        .expect("node");
    assert!(
        node.status.success(),
        "npm opening_hours disagrees: {}{}",
        String::from_utf8_lossy(&node.stdout),
        String::from_utf8_lossy(&node.stderr)
    );
}

/// One département rule for the widget and the importer (`formats::departement`), checked on the
/// official referential (INSEE's Code officiel géographique, as `@etalab/decoupage-administratif`
/// publishes it, installed by tools/setup.sh): every current commune, delegated commune and
/// municipal arrondissement, overseas ones included (3 digits). Only five associated communes,
/// kept under their former département's code, differ.
#[test]
fn the_departement_rule_is_the_official_geographic_code_s() {
    use passerelle::engine::formats::{departement, is_insee};
    let path =
        format!("{}/tests/node_modules/@etalab/decoupage-administratif/data/communes.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the commune referential: run tools/setup.sh");
    let communes: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let (mut checked, mut overseas, mut associated) = (0, 0, Vec::new());
    for c in &communes {
        let (code, dep) = (c["code"].as_str().unwrap(), c["departement"].as_str().unwrap());
        assert!(is_insee(code), "{code}");
        if c["type"] == "commune-associee" && departement(code) != dep {
            associated.push(code);
            continue;
        }
        assert_eq!(departement(code), dep, "{code} {}", c["nom"]);
        checked += 1;
        overseas += usize::from(dep.len() == 3);
    }
    assert!(checked > 37_000 && overseas > 200, "{checked} communes, {overseas} overseas");
    assert_eq!(associated, ["02285", "39012", "51494", "52210", "79224"]);
}
