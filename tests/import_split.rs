//! `passerelle-import --by-departement DIR`: the national export cut into one file per
//! département, on small exports (tools/oracle.sh checks the pieces against the official models).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_passerelle-import");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/exports/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pi-split-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn cut(structures: &str, services: &str, dir: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(["--structures", structures, "--services", services, "--today", "2026-06-30", "--by-departement"])
        .arg(dir)
        .args(extra)
        .output()
        .unwrap()
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

fn ids(piece: &Value, section: &str) -> Vec<String> {
    let mut v: Vec<String> =
        piece[section].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

fn structure(id: &str, place: Value) -> Value {
    let mut s = json!({ "source": "dora", "id": id, "nom": format!("Structure {id}"), "date_maj": "2026-03-02" });
    s.as_object_mut().unwrap().extend(place.as_object().unwrap().clone());
    s
}

fn service(id: &str, st: &str, theme: &str, place: Value) -> Value {
    let mut s = json!({
        "source": "dora", "id": id, "structure_id": st, "nom": format!("Service {id}"),
        "description": "Un accompagnement près de chez vous.", "date_maj": "2026-03-02",
        "thematiques": [theme], "modes_accueil": ["en-presentiel"],
    });
    s.as_object_mut().unwrap().extend(place.as_object().unwrap().clone());
    s
}

/// Where each service goes: its own département (by INSEE code, postcode, or its structure's),
/// and, when remote, every département its zone covers (a département, a commune, an EPCI, France).
#[test]
fn each_service_goes_to_its_departement_and_those_its_zone_covers() {
    let dir = scratch("zones");
    let remote = |zone: Value| json!({ "modes_accueil": ["a-distance"], "zone_eligibilite": zone });
    let structures = [
        structure("st-paris", json!({ "code_insee": "75056", "latitude": 48.85, "longitude": 2.35 })),
        structure("st-lille", json!({ "code_insee": "59350", "latitude": 50.63, "longitude": 3.06 })),
        structure("st-bastia", json!({ "code_postal": "20200" })),
        structure("st-abymes", json!({ "code_insee": "97101" })),
        structure("st-seule", json!({ "code_insee": "13055" })),
    ];
    let emploi = "trouver-un-emploi--repondre-a-des-offres-demploi";
    let services = [
        service("sv-lille", "st-lille", emploi, json!({ "code_insee": "59350", "latitude": 50.63, "longitude": 3.06 })),
        // No place of its own: its structure's.
        service("sv-par-structure", "st-lille", emploi, json!({})),
        service("sv-bastia", "st-bastia", emploi, json!({ "code_postal": "20200" })),
        service("sv-ajaccio", "st-bastia", emploi, json!({ "code_insee": "2A004" })),
        service("sv-abymes", "st-abymes", emploi, json!({ "code_postal": "97139" })),
        service("sv-zone-59", "st-paris", emploi, remote(json!(["59"]))),
        service("sv-zone-marseille", "st-paris", emploi, remote(json!(["13055"]))),
        service("sv-zone-mel", "st-paris", emploi, remote(json!(["200093201"]))),
        service("sv-france", "st-paris", "sante--sante-mentale", remote(json!(["france"]))),
        // In person with a zone that leaves out its own place: no resident is offered it.
        service("sv-present-zone", "st-lille", emploi, json!({ "code_insee": "59350", "zone_eligibilite": ["13"] })),
        // No answer of the diagnostic calls for it: left out, counted.
        service(
            "sv-inatteignable",
            "st-lille",
            "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
            json!({}),
        ),
        // Nowhere: no place, an unknown structure, not remote (as the one above, counted).
        service("sv-nulle-part", "st-inconnue", emploi, json!({})),
    ];
    let st = dir.join("structures.json");
    let sv = dir.join("services.jsonl");
    std::fs::write(&st, serde_json::to_string(&structures).unwrap()).unwrap();
    std::fs::write(&sv, services.iter().map(|s| s.to_string() + "\n").collect::<String>()).unwrap();
    let out = dir.join("contacts");
    let o = cut(st.to_str().unwrap(), sv.to_str().unwrap(), &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let piece = |code: &str| read(&out.join(format!("{code}.json")));
    assert_eq!(
        ids(&piece("59"), "services"),
        ["sv-france", "sv-lille", "sv-par-structure", "sv-zone-59", "sv-zone-mel"]
    );
    assert_eq!(ids(&piece("59"), "structures"), ["st-lille", "st-paris"], "a remote service's structure comes along");
    assert_eq!(ids(&piece("13"), "services"), ["sv-france", "sv-zone-marseille"]);
    assert_eq!(ids(&piece("13"), "structures"), ["st-paris"], "a structure without a kept service is left out");
    assert_eq!(ids(&piece("2B"), "services"), ["sv-bastia", "sv-france"]);
    assert_eq!(ids(&piece("2A"), "services"), ["sv-ajaccio", "sv-france"]);
    assert_eq!(ids(&piece("2A"), "structures"), ["st-bastia", "st-paris"]);
    assert_eq!(ids(&piece("971"), "services"), ["sv-abymes", "sv-france"]);
    assert_eq!(ids(&piece("75"), "services"), ["sv-france"], "once in its own département");
    // Every département and overseas one has its piece, the national services at least.
    for code in ["01", "2A", "2B", "972", "973", "974", "976"] {
        assert!(ids(&piece(code), "services").contains(&"sv-france".to_string()), "{code}");
    }
    // Communes: named by the referential, with their EPCI, where something with a position lies.
    let communes = piece("59")["communes"].clone();
    assert_eq!(
        communes,
        json!([{ "code_insee": "59350", "nom": "Lille", "latitude": 50.63, "longitude": 3.06, "epci": "200093201" }])
    );
    // index.json: territories, counts, bytes, export date, source; what was left out.
    let index = read(&out.join("index.json"));
    assert_eq!(index["export_date"], "2026-03-02");
    assert!(index["source"][1].as_str().unwrap().contains("JSON Lines"), "{}", index["source"]);
    assert_eq!(
        index["services"],
        json!({ "read": 12, "kept": 9, "located": 6, "invalid": 0, "unreachable": 1, "offered_nowhere": 2 })
    );
    let territories = index["territories"].as_array().unwrap();
    assert!(territories.len() >= 101, "{}", territories.len());
    let nord = territories.iter().find(|t| t["code"] == "59").unwrap();
    assert_eq!(nord["nom"], "Nord");
    assert_eq!(
        (nord["services"].as_u64(), nord["local"].as_u64(), nord["remote"].as_u64()),
        (Some(5), Some(2), Some(3))
    );
    assert_eq!(nord["bytes"].as_u64().unwrap(), std::fs::metadata(out.join("59.json")).unwrap().len());
    for t in territories {
        assert!(out.join(t["file"].as_str().unwrap()).is_file(), "{t}");
    }
    let summary = String::from_utf8_lossy(&o.stdout);
    assert!(summary.contains("services no answer of the diagnostic reaches: 1 (e.g. sv-inatteignable)"), "{summary}");
    // No working files are left behind.
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains(".tmp-")));
    assert!(!out.join(".parts").exists());
}

/// Each published form of the La Réunion export gives the same pieces.
#[test]
fn every_form_of_the_export_gives_the_same_pieces() {
    let dir = scratch("forms");
    let mut pieces = vec![];
    for (st, sv) in [
        ("structures.json", "services.json"),
        ("structures.jsonl", "services.jsonl"),
        ("structures.csv", "services.csv"),
        ("structures.geojson", "services.geojson"),
        ("structures.json", "services-pg.csv"),
        ("structures.xlsx", "services.xlsx"),
        ("structures.parquet", "services.parquet"),
    ] {
        let out = dir.join(sv.replace('.', "-"));
        let o = cut(&fixture(st), &fixture(sv), &out, &[]);
        assert!(o.status.success(), "{sv}: {}", String::from_utf8_lossy(&o.stderr));
        let reunion = read(&out.join("974.json"));
        // The same services as the one-territory import keeps for 974, less the unreachable one.
        assert_eq!(ids(&reunion, "services").len(), 15, "{sv}");
        assert!(ids(&reunion, "services").contains(&"sv-ligne".to_string()), "{sv}: the national line");
        assert_eq!(ids(&read(&out.join("59.json")), "services"), ["sv-ligne", "sv-lille"], "{sv}");
        let index = read(&out.join("index.json"));
        assert_eq!(index["services"]["unreachable"], 1, "{sv}: sv-international");
        assert_eq!(index["services"]["invalid"], 2, "{sv}");
        pieces.push(reunion);
    }
    assert!(pieces.windows(2).all(|w| w[0] == w[1]), "every form gives the same piece");
}

/// A failed run keeps the previous folder: over `--max-dropped`, exit 4 and nothing replaced.
#[test]
fn too_many_dropped_keeps_the_previous_folder() {
    let dir = scratch("dropped");
    let out = dir.join("contacts");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("59.json"), "previous").unwrap();
    let o = cut(&fixture("structures.json"), &fixture("services.json"), &out, &["--max-dropped", "5"]);
    assert_eq!(o.status.code(), Some(4), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read_to_string(out.join("59.json")).unwrap(), "previous");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no working folder left");
    // With a bearable threshold the folder is replaced as a whole.
    let o = cut(&fixture("structures.json"), &fixture("services.json"), &out, &["--max-dropped", "20"]);
    assert!(o.status.success());
    assert!(read(&out.join("59.json"))["services"].is_array());
    let o = Command::new(BIN)
        .args(["--structures", "a", "--services", "b", "--departement", "59", "--by-departement", "x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

/// `structures` and `services` written in `dir` and cut with pieces of 2 KB: the output folder.
fn cut_finer(dir: &Path, structures: &[Value], services: &[Value]) -> PathBuf {
    let st = dir.join("structures.json");
    let sv = dir.join("services.json");
    std::fs::write(&st, serde_json::to_string(structures).unwrap()).unwrap();
    std::fs::write(&sv, serde_json::to_string(services).unwrap()).unwrap();
    let out = dir.join("contacts");
    let o = cut(st.to_str().unwrap(), sv.to_str().unwrap(), &out, &["--piece-kb", "2"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

/// A département over `--piece-kb` is cut finer: `<dep>.json` becomes an index from commune and
/// postcode to piece, each piece holding its communes' services and those within the widget's
/// 30 km, across the département's border too.
#[test]
fn a_large_departement_is_cut_into_pieces_within_the_radius() {
    let dir = scratch("finer");
    let emploi = "trouver-un-emploi--repondre-a-des-offres-demploi";
    let at = |code: &str, la: f64, lo: f64| json!({ "code_insee": code, "latitude": la, "longitude": lo });
    let structures = [
        structure("st-lille", at("59350", 50.63, 3.06)),
        structure("st-dunkerque", at("59183", 51.03, 2.37)),
        structure("st-lens", at("62498", 50.43, 2.83)),
    ];
    let services = [
        service("sv-lille", "st-lille", emploi, at("59350", 50.63, 3.06)),
        service("sv-dunkerque", "st-dunkerque", emploi, at("59183", 51.03, 2.37)),
        // 27 km from Lille, in the Pas-de-Calais.
        service("sv-lens", "st-lens", emploi, at("62498", 50.43, 2.83)),
        service(
            "sv-zone-59",
            "st-lille",
            emploi,
            json!({ "modes_accueil": ["a-distance"], "zone_eligibilite": ["59"] }),
        ),
        service("sv-dunkerque-2", "st-dunkerque", emploi, at("59183", 51.03, 2.37)),
        service("sv-dunkerque-3", "st-dunkerque", emploi, at("59183", 51.03, 2.37)),
        service("sv-dunkerque-4", "st-dunkerque", emploi, at("59183", 51.03, 2.37)),
        // Open to all of France, in Lille: in france.json, fetched with any piece, not in the pieces.
        service("sv-france", "st-lille", emploi, {
            let mut v = at("59350", 50.63, 3.06);
            v["modes_accueil"] = json!(["a-distance"]);
            v["zone_eligibilite"] = json!(["france"]);
            v
        }),
    ];
    let out = cut_finer(&dir, &structures, &services);
    let index = read(&out.join("59.json"));
    let piece_of = |key: &str, code: &str| {
        let p = index["pieces"].as_array().unwrap().iter().find(|p| p[key].as_array().unwrap().contains(&json!(code)));
        p.unwrap_or_else(|| panic!("{code} in no piece: {index}"))["piece"].as_str().unwrap().to_string()
    };
    let lille = piece_of("communes", "59350");
    let dunkerque = piece_of("communes", "59183");
    assert_ne!(lille, dunkerque);
    assert_eq!(piece_of("postcodes", "59000"), lille, "Lille's postcode");
    assert_eq!(piece_of("postcodes", "59140"), dunkerque, "Dunkerque's postcode");
    // Every commune of the Nord in one piece, once.
    let listed: Vec<&str> = index["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["communes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()))
        .collect();
    assert!(listed.len() > 600, "{}", listed.len());
    assert_eq!(listed.len(), listed.iter().collect::<std::collections::BTreeSet<_>>().len());
    let piece = |name: &str| read(&out.join(format!("{name}.json")));
    assert_eq!(ids(&piece(&lille), "services"), ["sv-lens", "sv-lille", "sv-zone-59"], "Lens is 27 km away");
    assert_eq!(ids(&piece(&lille), "structures"), ["st-lens", "st-lille"]);
    assert_eq!(
        ids(&piece(&dunkerque), "services"),
        ["sv-dunkerque", "sv-dunkerque-2", "sv-dunkerque-3", "sv-dunkerque-4", "sv-zone-59"],
        "Lille is 65 km away"
    );
    // index.json lists the pieces with their size and the radius they hold.
    let territories = read(&out.join("index.json"))["territories"].clone();
    let nord = territories.as_array().unwrap().iter().find(|t| t["code"] == "59").unwrap().clone();
    let pieces = nord["pieces"].as_array().unwrap();
    assert_eq!(pieces.len(), index["pieces"].as_array().unwrap().len());
    for p in pieces {
        assert_eq!(
            p["bytes"].as_u64().unwrap(),
            std::fs::metadata(out.join(p["file"].as_str().unwrap())).unwrap().len()
        );
    }
    // A small département stays one file, with the national services.
    assert!(ids(&piece("62"), "services").contains(&"sv-france".to_string()));
    assert_eq!(index["shared"], "france");
    assert_eq!(ids(&piece("france"), "services"), ["sv-france"]);
    assert_eq!(ids(&piece("france"), "structures"), ["st-lille"]);
}

/// Two départements cut finer in one run (the cuts run side by side, one per core): each gets its
/// own index and pieces, and `index.json` lists each piece under its own département.
#[test]
fn two_departements_cut_finer_each_list_their_own_pieces() {
    let dir = scratch("finer-two");
    let emploi = "trouver-un-emploi--repondre-a-des-offres-demploi";
    let at = |code: &str, la: f64, lo: f64| json!({ "code_insee": code, "latitude": la, "longitude": lo });
    let places = [("59350", 50.63, 3.06), ("59183", 51.03, 2.37), ("62041", 50.29, 2.78), ("62160", 50.72, 1.61)];
    let structures: Vec<Value> =
        places.iter().map(|(c, la, lo)| structure(&format!("st-{c}"), at(c, *la, *lo))).collect();
    let services: Vec<Value> = places
        .iter()
        .flat_map(|(c, la, lo)| {
            (0..4).map(move |i| service(&format!("sv-{c}-{i}"), &format!("st-{c}"), emploi, at(c, *la, *lo)))
        })
        .collect();
    let out = cut_finer(&dir, &structures, &services);
    let territories = read(&out.join("index.json"))["territories"].clone();
    for dep in ["59", "62"] {
        let t = territories.as_array().unwrap().iter().find(|t| t["code"] == dep).unwrap().clone();
        let pieces = t["pieces"].as_array().unwrap_or_else(|| panic!("{dep} not cut finer: {t}"));
        let index = read(&out.join(format!("{dep}.json")));
        assert_eq!(pieces.len(), index["pieces"].as_array().unwrap().len(), "{dep}");
        let mut held = std::collections::BTreeSet::new();
        for p in pieces {
            let file = p["file"].as_str().unwrap();
            assert!(file.starts_with(&format!("{dep}-")), "{file} listed under {dep}");
            assert_eq!(p["bytes"].as_u64().unwrap(), std::fs::metadata(out.join(file)).unwrap().len(), "{file}");
            held.extend(ids(&read(&out.join(file)), "services"));
        }
        // Its pieces together hold every service of its own communes.
        for (c, ..) in places.iter().filter(|(c, ..)| c.starts_with(dep)) {
            for i in 0..4 {
                assert!(held.contains(&format!("sv-{c}-{i}")), "sv-{c}-{i} in no piece of {dep}: {held:?}");
            }
        }
    }
}
