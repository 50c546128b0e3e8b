//! The reader's verdict, field by field, for the conformance oracle (`tools/oracle.py`).
//!
//! cargo run --example verdicts -- fields
//!     the fields the reader checks: {"structure": [[name, required]…], "service": […]}
//! cargo run --example verdicts -- check TODAY FILE
//!     FILE is {"structures": […], "services": […]}; prints, for each entry in order, the fields
//!     the reader finds invalid (sorted) and whether it keeps the entry:
//!     {"structures": [{"invalid": […], "kept": true}…], "services": […]}

use passerelle::engine::calendar::Day;
use passerelle::engine::contacts::schema::{check, Spec, SERVICE, STRUCTURE};
use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["fields"] => {
            let list = |specs: &[Spec]| specs.iter().map(|s| json!([s.name, s.required])).collect::<Vec<_>>();
            println!("{}", json!({ "structure": list(STRUCTURE), "service": list(SERVICE) }));
        }
        ["check", today, file] => {
            let today = Day::parse(today).expect("TODAY: YYYY-MM-DD");
            let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let verdicts = |section: &str, specs: &[Spec]| -> Vec<Value> {
                let empty = vec![];
                v[section]
                    .as_array()
                    .unwrap_or(&empty)
                    .iter()
                    .map(|entry| {
                        let e = check(entry, specs, today);
                        let mut invalid: Vec<&str> = e.problems.iter().map(|p| p.field).collect();
                        invalid.sort();
                        invalid.dedup();
                        json!({ "invalid": invalid, "kept": e.kept() })
                    })
                    .collect()
            };
            println!(
                "{}",
                json!({ "structures": verdicts("structures", STRUCTURE), "services": verdicts("services", SERVICE) })
            );
        }
        _ => {
            eprintln!("usage: verdicts fields | verdicts check TODAY FILE");
            std::process::exit(2);
        }
    }
}
