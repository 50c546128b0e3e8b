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
        "kept 3 structures, 6 services, 2 communes",
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
        passerelle::engine::contacts::reader::read(&file, passerelle::engine::contacts::reader::Day::ymd(2026, 12, 1))
            .unwrap();
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
