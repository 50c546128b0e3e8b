//! Seed corpora of the fuzz targets (fuzz/, `make fuzz`), made from the test corpora and the
//! content of this checkout, so they follow the questionnaire and the data as they change.
//!
//! cargo run --example fuzz_seeds -- DIR
//!     writes DIR/<target>/<n> for every target of fuzz/Cargo.toml

use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use passerelle::engine::diagnostic::{Action, Diagnostic, Help, Session};
use serde_json::Value;
use std::path::Path;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: fuzz_seeds DIR");
    let mut seeds = Seeds { dir: Path::new(&dir).to_path_buf() };

    // Sessions as links and as stored text: residents who answer at random, in both modes.
    let d = Diagnostic::new(Questionnaire::builtin(), &[]);
    let questions: Vec<(String, Vec<String>)> = d
        .questionnaire
        .questions()
        .map(|(_, q)| (q.id.to_string(), q.answers.iter().map(|a| a.id.to_string()).collect()))
        .collect();
    let mut r: u64 = 7;
    let mut roll = |n: usize| {
        r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (r >> 33) as usize % n.max(1)
    };
    for run in 0..40 {
        let mut s = Session::default();
        s.apply(&d, Action::SetMode(passerelle::engine::config::Mode::from_accompanied(run % 3 == 0)));
        s.apply(&d, Action::Start);
        for _ in 0..roll(40) {
            let (q, answers) = &questions[roll(questions.len())];
            let a = match roll(6) {
                0 => Action::DontKnow(q.clone()),
                1 => Action::NoAnswer(q.clone()),
                2 => Action::Toggle(q.clone(), answers[roll(answers.len())].clone()),
                3 => Action::Help(passerelle::engine::FieldId::ALL[roll(8)], Help::ALL[roll(Help::ALL.len())]),
                4 => Action::Next,
                _ => Action::Choose(q.clone(), answers[roll(answers.len())].clone()),
            };
            s.apply(&d, a);
        }
        if run % 5 == 0 {
            s.apply(&d, Action::Note(passerelle::engine::FieldId::ALL[roll(8)], "Voir la CAF. ~ % é".into()));
        }
        seeds.put("fragment", format!("#r={}", s.link(&d, run % 2 == 0)));
        seeds.put("fragment", s.encode(&d));
    }

    // Attributes: the demo pages' and the README's, and every attribute with a bad value.
    for set in [
        "contacts=https://127.0.0.1:8081/contacts.json\nmode=autonome\nlang=fr\ncolor=#0b6e4f\npartner=Centre social Les Tilleuls\ncommune=93901\nhighlight=demo-tilleuls-accueil-emploi",
        "mode=accompagne\nlangs=fr,en,ar\nfields=reseau savoirs numerique famille mobilite logement finances sante\nintegration=inline\ntarget=#x",
        "mode=x\nlang=zz\ncolor=#fff\ncommune=2A004\nfields=nope,sante\nmatomo=\ncontacts=javascript:alert(1)",
    ] {
        seeds.put("attributes", set.to_string());
    }

    // Opening hours: the oracle's corpus, each at a few times.
    let hours = std::fs::read_to_string("tests/hours/corpus.txt").expect("tests/hours/corpus.txt");
    for (i, line) in hours.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let time = (i as u32).wrapping_mul(2654435761).to_le_bytes();
        seeds.put_bytes("hours", [&time[..], line.as_bytes()].concat());
    }

    // French free-text hours, in the forms the importer converts (service-public.fr's, and prose).
    for text in [
        " Lundi : 8h00-12h00 14h00-18h00 Mardi : 8h00-12h00 Mercredi : fermé Jeudi : 13h30-17h00 ",
        "du lundi au vendredi de 9h à 12h et de 14h à 17h",
        "Du lundi au jeudi de 8h30 à 12h, le vendredi de 8h30 à 11h30",
    ] {
        seeds.put("import_hours", text.to_string());
    }

    // Contacts: every contacts file of the content and the tests; their links, e-mails and phones.
    let mut files = vec![];
    for folder in ["content/contacts", "tests/fixtures", "tests/fixtures/scenarios", "tests/fixtures/exports"] {
        for e in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json" || x == "jsonl") {
                files.push(p);
            }
        }
    }
    files.sort();
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        let values: Vec<Value> = if p.extension().is_some_and(|x| x == "jsonl") {
            text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
        } else {
            serde_json::from_str(&text).into_iter().collect()
        };
        for v in &values {
            walk(v, &mut seeds);
        }
        if text.len() < 200_000 {
            seeds.put("contacts", text);
        }
    }

    // The importer's readers: every export of the corpus as it is, binary forms included.
    let mut exports: Vec<_> =
        std::fs::read_dir("tests/fixtures/exports").into_iter().flatten().flatten().map(|e| e.path()).collect();
    exports.sort();
    for p in exports {
        match std::fs::read(&p) {
            Ok(bytes) if bytes.len() < 200_000 => seeds.put_bytes("import_input", bytes),
            _ => {}
        }
    }

    // Messages: every message of the shipped languages, as the filling reads them.
    for lang in ["fr", "en", "ar"] {
        for e in std::fs::read_dir(format!("content/locales/{lang}")).into_iter().flatten().flatten() {
            let ftl = std::fs::read_to_string(e.path()).unwrap_or_default();
            for line in ftl.lines().filter_map(|l| l.split_once(" = ").map(|(_, v)| v)) {
                seeds.put("messages", line.replace("{ $", "{$").replace(" }", "}"));
            }
        }
    }
}

/// Every string under a link's, an e-mail's or a phone's key, to its target's seeds.
fn walk(v: &Value, seeds: &mut Seeds) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let target = match k.as_str() {
                    "site_web" | "lien_source" | "lien_mobilisation" => Some("web_url"),
                    "courriel" => Some("email"),
                    "telephone" => Some("phone"),
                    // The importer reads French free text there (`import_hours`).
                    "horaires_accueil" => Some("import_hours"),
                    _ => None,
                };
                match (target, x.as_str()) {
                    (Some(t), Some(s)) => seeds.put(t, s.to_string()),
                    _ => walk(x, seeds),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, seeds)),
        _ => {}
    }
}

struct Seeds {
    dir: std::path::PathBuf,
}

impl Seeds {
    fn put(&mut self, target: &str, text: String) {
        self.put_bytes(target, text.into_bytes());
    }

    /// Named by content, so that a value met twice is one seed.
    fn put_bytes(&mut self, target: &str, bytes: Vec<u8>) {
        let folder = self.dir.join(target);
        std::fs::create_dir_all(&folder).expect("seed folder");
        let mut h: u64 = 0xcbf29ce484222325;
        for b in &bytes {
            h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
        }
        std::fs::write(folder.join(format!("{h:016x}")), bytes).expect("seed file");
    }
}
