//! Synthetic data·inclusion data for the benchmarks: a national-size export, or a contacts file.
//!
//! cargo run --release --example synthetic -- export DIR N     (DIR/structures.json, DIR/services.json)
//! cargo run --release --example synthetic -- contacts FILE N  (one contacts file, around 93901)

use passerelle::engine::codes::{PUBLICS, THEMATIQUES};
use serde_json::{json, Value};
use std::io::{BufWriter, Write};

/// A small deterministic generator: the same data every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

fn place(r: &mut Rng, i: usize, local: bool) -> (String, f64, f64) {
    if local {
        // Around Villeneuve-sur-Demo (demo communes 93901-93903).
        (format!("9390{}", 1 + i % 3), 48.90 + r.unit() * 0.08, 2.42 + r.unit() * 0.12)
    } else {
        let dept = 1 + r.below(95);
        (format!("{dept:02}{:03}", 1 + r.below(300)), 43.0 + r.unit() * 7.0, -1.0 + r.unit() * 8.0)
    }
}

fn structure(r: &mut Rng, i: usize, local: bool) -> Value {
    let (code, la, lo) = place(r, i, local);
    json!({ "source": "synthetic", "id": format!("st-{i}"), "nom": format!("Structure {i}"), "date_maj": "2026-10-01",
            "code_insee": code, "commune": format!("Commune {code}"), "latitude": la, "longitude": lo,
            "telephone": "01 99 00 00 00", "reseaux_porteurs": if i % 5 == 0 { json!(["ccas-cias"]) } else { json!([]) } })
}

fn service(r: &mut Rng, i: usize, structures: usize, local: bool) -> Value {
    let (code, la, lo) = place(r, i, local);
    let themes: Vec<&str> = (0..1 + r.below(3))
        .map(|_| THEMATIQUES[r.below(THEMATIQUES.len())])
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let publics = if i % 3 == 0 { vec!["tous-publics"] } else { vec![PUBLICS[r.below(PUBLICS.len())]] };
    let remote = i % 7 == 0;
    json!({ "source": "synthetic", "structure_id": format!("st-{}", i % structures), "id": format!("sv-{i}"),
            "nom": format!("Service {i}"), "description": "Un service de démonstration pour les mesures. Il aide les habitants.",
            "date_maj": "2026-10-01", "thematiques": themes, "publics": publics, "frais": "gratuit",
            "modes_accueil": if remote { json!(["a-distance"]) } else { json!(["en-presentiel"]) },
            "modes_mobilisation": ["telephoner", "se-presenter"], "mobilisable_par": if i % 4 == 0 { json!(["professionnels"]) } else { json!(["usagers", "professionnels"]) },
            "zone_eligibilite": if remote { json!(["france"]) } else { json!([code[..2].to_string()]) },
            "telephone": "01 99 00 00 01", "adresse": format!("{} rue des Essais", 1 + i % 200), "code_postal": "93900",
            "commune": format!("Commune {code}"), "code_insee": code, "latitude": la, "longitude": lo,
            "horaires_accueil": "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00" })
}

fn write(path: &str, v: &Value) {
    let mut w = BufWriter::new(std::fs::File::create(path).unwrap_or_else(|e| panic!("{path}: {e}")));
    serde_json::to_writer(&mut w, v).unwrap();
    w.flush().unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).expect("usage: synthetic export DIR N | contacts FILE N");
    let mut r = Rng(0x9e3779b97f4a7c15);
    let structures = (n / 5).max(1);
    match args[0].as_str() {
        "export" => {
            // A national export: 2 % of it around the demo territory.
            let st: Vec<Value> = (0..structures).map(|i| structure(&mut r, i, i % 50 == 0)).collect();
            write(&format!("{}/structures.json", args[1]), &Value::Array(st));
            let sv: Vec<Value> = (0..n).map(|i| service(&mut r, i, structures, (i % structures) % 50 == 0)).collect();
            write(&format!("{}/services.json", args[1]), &Value::Array(sv));
        }
        "contacts" => {
            let st: Vec<Value> = (0..structures).map(|i| structure(&mut r, i, true)).collect();
            let sv: Vec<Value> = (0..n).map(|i| service(&mut r, i, structures, true)).collect();
            let communes = json!([
                { "code_insee": "93901", "nom": "Villeneuve-sur-Demo", "latitude": 48.935, "longitude": 2.465, "epci": "200099901" },
                { "code_insee": "93902", "nom": "Bourg-les-Demo", "latitude": 48.95, "longitude": 2.49, "epci": "200099901" },
                { "code_insee": "93903", "nom": "Saint-Exemple", "latitude": 48.90, "longitude": 2.52, "epci": "200099901" },
            ]);
            write(&args[1], &json!({ "structures": st, "services": sv, "communes": communes }));
        }
        other => panic!("unknown mode {other}"),
    }
}
