//! The situations the matching and the roadmap are judged against (SPEC §5), from
//! `content/scenarios.toml`: each drives a `Session` with the scenario's answers, computes the
//! roadmap (`roadmap::plan`) at the scenario's time, and checks what must hold. A rule change
//! that breaks a scenario fails here, naming the scenario and what differs.
//!
//! `SCENARIOS_PRINT=1 cargo test --test scenarios -- --nocapture` prints what each scenario
//! shows, to write a new one.

use passerelle::engine::calendar;
use passerelle::engine::config::{Config, Mode};
use passerelle::engine::contacts::hours::LocalTime;
use passerelle::engine::contacts::{read, Directory};
use passerelle::engine::diagnostic::questionnaire::{Level, Questionnaire};
use passerelle::engine::diagnostic::{Action, Diagnostic, Help, Response, Session};
use passerelle::engine::handoff::roadmap::{self, Plan, Source};
use passerelle::engine::messages::Catalog;
use passerelle::engine::FieldId;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Value;

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// "Mo 10:00": that weekday of the week of Monday 7 December 2026 (no public holiday in it);
/// "2026-05-01 10:00": that very day, public holidays included.
fn time(text: &str) -> Result<LocalTime, String> {
    let (day, hm) = text.split_once(' ').ok_or(format!("now `{text}`: expected e.g. \"Mo 10:00\""))?;
    let (h, m) = hm.split_once(':').ok_or(format!("now `{text}`: expected HH:MM"))?;
    let (h, m): (u16, u16) = (h.parse().map_err(|_| "hour")?, m.parse().map_err(|_| "minutes")?);
    let days = match DAYS.iter().position(|x| *x == day) {
        Some(d) => calendar::days(2026, 12, 7) + d as i32,
        None => {
            let ymd: Vec<&str> = day.split('-').collect();
            let n =
                |i: usize| ymd.get(i).and_then(|x| x.parse::<i32>().ok()).ok_or(format!("now `{text}`: unknown day"));
            calendar::days(n(0)?, n(1)? as u8, n(2)? as u8)
        }
    };
    Ok(LocalTime::at(days, h * 60 + m))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

fn table(v: Option<&Value>) -> BTreeMap<String, Value> {
    v.and_then(Value::as_table).map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect()).unwrap_or_default()
}

fn directory(name: &str) -> Directory {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = match name {
        "demo" => root.join("content/contacts/demo.json"),
        other => root.join("tests/fixtures/scenarios").join(format!("{other}.json")),
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (dir, issues) = read(
        &serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        passerelle::engine::calendar::Day::ymd(2026, 12, 1),
    )
    .unwrap();
    assert!(issues.is_empty(), "{}: {issues:?}", path.display());
    dir
}

/// The scenario's session: its answers ("?" je ne sais pas, "-" préfère ne pas répondre,
/// "a,b" several), each checked against the questionnaire, its wishes ("oui" by default) and the
/// fields it marks « le plus important pour moi ».
fn session(d: &Diagnostic, sc: &Value, mode: Mode) -> Result<Session, String> {
    let mut s = Session { mode, commune: None, ..Session::default() };
    for (q, a) in table(sc.get("answers")) {
        let a = a.as_str().ok_or(format!("answer to `{q}` is not text"))?;
        let (_, question) = d.questionnaire.question(&q).ok_or(format!("unknown question `{q}`"))?;
        let r = match a {
            "?" => Response::DontKnow,
            "-" => Response::NoAnswer,
            ids => {
                let ids: Vec<String> = ids.split(',').map(|x| x.trim().to_string()).collect();
                for id in &ids {
                    if !question.answers.iter().any(|x| x.id == *id) {
                        return Err(format!("question `{q}` has no answer `{id}`"));
                    }
                }
                Response::Chosen(ids)
            }
        };
        s.set_answer(q, r);
    }
    for (q, _) in &s.answers {
        let (_, question) = d.questionnaire.question(q).unwrap();
        if !d.visible(&s, question) {
            return Err(format!("question `{q}` is not asked with these answers (show_if)"));
        }
    }
    let help = table(sc.get("help"));
    for f in d.fields() {
        if d.level(&s, &f.id).is_some_and(|l| l > Level::Ok) {
            let wish = help.get(&*f.id).and_then(Value::as_str).unwrap_or("oui");
            let h = Help::ALL.into_iter().find(|h| h.as_str() == wish).ok_or(format!("help `{wish}`"))?;
            s.help.push((f.id, h));
        }
    }
    // « Le plus important pour moi », one tap per field, as the checklist sends it.
    for f in strings(sc.get("important")) {
        s.apply(d, Action::Important(FieldId::parse(&f).ok_or(format!("important `{f}`: not a field"))?, true));
        if !s.is_important(&f) {
            return Err(format!("important `{f}`: not a field the resident is asked about"));
        }
    }
    Ok(s)
}

struct Outcome {
    plan: Plan,
    levels: BTreeMap<String, String>,
    numbers: Vec<String>,
    link: String,
    text: String,
    safety: bool,
}

fn run(t: &Catalog, d: &Diagnostic, sc: &Value) -> Result<Outcome, String> {
    let mode = match sc.get("mode").and_then(Value::as_str).unwrap_or("autonome") {
        "autonome" => Mode::Autonome,
        "accompagne" => Mode::Accompagne,
        m => return Err(format!("mode `{m}`")),
    };
    let s = session(d, sc, mode)?;
    let config = Config {
        commune: sc.get("commune").and_then(Value::as_str).map(String::from),
        highlight: strings(sc.get("highlight")),
        mode,
        ..Config::default()
    };
    let now = time(sc.get("now").and_then(Value::as_str).ok_or("no `now`")?)?;
    let dir = directory(sc.get("contacts").and_then(Value::as_str).unwrap_or("demo"));
    let ctx = roadmap::context(d, &s, &config);
    let plan = roadmap::plan(t, d, &s, Source::Local(&dir), &ctx, now);
    let levels =
        d.results(&s).into_iter().filter_map(|r| Some((r.field.to_string(), r.level?.as_str().to_string()))).collect();
    let numbers = d.emergencies(&s).iter().map(|e| e.number.to_string()).collect();
    let link = s.link(d, false);
    let text = plan.text(t, "01/12/2026", None, "https://x/#r=1", false);
    Ok(Outcome { plan, levels, numbers, link, text, safety: d.safety(&s, None) })
}

fn print(id: &str, o: &Outcome) {
    println!("── {id}\n   levels {:?}\n   numbers {:?}", o.levels, o.numbers);
    for b in &o.plan.barriers {
        let ids: Vec<&str> = b.contacts.iter().map(|c| c.card.id.as_str()).collect();
        println!("   {} ({:?}) private={} contacts {ids:?}", b.field, b.level.map(|l| l.as_str()), b.private);
        for l in b.next.as_ref().map(|n| n.screen()).unwrap_or_default() {
            println!("      > {l}");
        }
        for c in &b.contacts {
            println!("      · {}", c.reason);
        }
    }
}

/// Everything a scenario's `expect` says, as a list of what differs.
fn check(t: &Catalog, d: &Diagnostic, sc: &Value, o: &Outcome) -> Vec<String> {
    let mut bad = Vec::new();
    let e = sc.get("expect").cloned().unwrap_or(Value::Table(Default::default()));
    for (f, l) in table(e.get("levels")) {
        let got = o.levels.get(&f).map_or("none", String::as_str);
        if l.as_str() != Some(got) {
            bad.push(format!("level of {f}: expected {l}, got {got}"));
        }
    }
    let fields: Vec<String> = o.plan.barriers.iter().map(|b| b.field.clone()).collect();
    if let Some(want) = e.get("fields") {
        if strings(Some(want)) != fields {
            bad.push(format!("roadmap fields: expected {want}, got {fields:?}"));
        }
    }
    if let Some(top) = e.get("top").and_then(Value::as_integer) {
        if o.plan.top as i64 != top {
            bad.push(format!("fields unfolded at the top: expected {top}, got {}", o.plan.top));
        }
    }
    // Whatever the scenario: at most three fields at the top, urgent ones always among them.
    let urgent = o.plan.barriers.iter().filter(|b| b.urgent()).count();
    if o.plan.top > 3.max(urgent) || o.plan.top < urgent.min(o.plan.barriers.len()) {
        bad.push(format!("{} fields at the top ({urgent} urgent)", o.plan.top));
    }
    let barrier = |f: &str| o.plan.barriers.iter().find(|b| b.field == f);
    for (f, id) in table(e.get("first")) {
        let got = barrier(&f).and_then(|b| b.contacts.first()).map(|c| c.card.id.clone());
        if id.as_str() != got.as_deref() {
            bad.push(format!("first contact for {f}: expected {id}, got {got:?}"));
        }
    }
    for (f, want) in table(e.get("contacts")) {
        let got: Vec<String> =
            barrier(&f).map(|b| b.contacts.iter().map(|c| c.card.id.clone()).collect()).unwrap_or_default();
        if strings(Some(&want)) != got {
            bad.push(format!("contacts for {f}: expected {want}, got {got:?}"));
        }
    }
    let all: Vec<&str> = o.plan.barriers.iter().flat_map(|b| b.contacts.iter().map(|c| c.card.id.as_str())).collect();
    for id in strings(e.get("absent")) {
        if all.contains(&id.as_str()) {
            bad.push(format!("{id} must not be on the roadmap"));
        }
    }
    for id in strings(e.get("present")) {
        if !all.contains(&id.as_str()) {
            bad.push(format!("{id} must be on the roadmap"));
        }
    }
    let next = |f: &str| barrier(f).and_then(|b| b.next.as_ref()).map(|n| n.screen().join("\n")).unwrap_or_default();
    for (f, list) in table(e.get("next_has")) {
        for needle in strings(Some(&list)) {
            if !next(&f).contains(&needle) {
                bad.push(format!("next step of {f} must say «{needle}»:\n{}", next(&f)));
            }
        }
    }
    for (f, list) in table(e.get("next_lacks")) {
        for needle in strings(Some(&list)) {
            if next(&f).contains(&needle) {
                bad.push(format!("next step of {f} must not say «{needle}»:\n{}", next(&f)));
            }
        }
    }
    for (f, needle) in table(e.get("next_first")) {
        let first =
            barrier(&f).and_then(|b| b.next.as_ref()).and_then(|n| n.screen().first().cloned()).unwrap_or_default();
        if !first.contains(needle.as_str().unwrap_or("")) {
            bad.push(format!("next step of {f} must begin with «{needle}», got «{first}»"));
        }
    }
    // Whatever the scenario: an urgent step never lists papers, and never says « Appelez » for a
    // professionals-only service.
    let bring = t.t("ui-next-conditions").split('{').next().unwrap().to_string();
    for b in &o.plan.barriers {
        let lines = b.next.as_ref().map(|n| n.screen()).unwrap_or_default();
        if b.level == Some(Level::Urgent) && lines.iter().any(|l| l.contains(&bring)) {
            bad.push(format!("urgent {}: papers to bring in {:?}", b.field, b.next));
        }
        if let Some(c) = b.contacts.first().filter(|c| c.card.professional) {
            if lines.iter().any(|l| l.contains(&format!("Appelez {}", c.card.title))) {
                bad.push(format!("{}: « Appelez » a professionals-only service", b.field));
            }
        }
        for c in &b.contacts {
            if c.card.professional && sc.get("mode").is_none_or(|m| m.as_str() != Some("accompagne")) {
                bad.push(format!("{}: professionals-only {} in the autonomous mode", b.field, c.card.id));
            }
        }
    }
    if let Some(want) = e.get("numbers") {
        if strings(Some(want)) != o.numbers {
            bad.push(format!("emergency numbers: expected {want}, got {:?}", o.numbers));
        }
    }
    let private: Vec<String> = o.plan.barriers.iter().filter(|b| b.private).map(|b| b.field.clone()).collect();
    if let Some(want) = e.get("private") {
        if strings(Some(want)) != private {
            bad.push(format!("private barriers: expected {want}, got {private:?}"));
        }
    }
    // What is private stays out of the text and the link made without the box ticked.
    for f in &private {
        if o.text.contains(t.t(&format!("field-{f}"))) {
            bad.push(format!("private {f} in the copied text"));
        }
        let restored = Session::from_link(d, &o.link).expect("the link reads back");
        if d.level(&restored, f).is_some() {
            bad.push(format!("private {f} in the link"));
        }
    }
    if let Some(want) = e.get("lines") {
        if strings(Some(want)) != o.plan.lines {
            bad.push(format!("the profile's lines on the roadmap: expected {want}, got {:?}", o.plan.lines));
        }
    }
    if let Some(q) = e.get("quit").and_then(Value::as_bool) {
        if q != o.safety {
            bad.push(format!("« Quitter vite »: expected {q}, got {}", o.safety));
        }
    }
    bad
}

#[test]
fn every_scenario_holds() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/scenarios.toml");
    let file: Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).expect("content/scenarios.toml");
    let scenarios = file.get("scenario").and_then(Value::as_array).expect("[[scenario]] entries");
    assert!(scenarios.len() >= 60, "at least 60 situations, found {}", scenarios.len());
    let (t, d) = (Catalog::new("fr"), Diagnostic::new(Questionnaire::builtin(), &[]));
    let mut failures = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for sc in scenarios {
        let id = sc.get("id").and_then(Value::as_str).expect("every scenario has an id");
        assert!(ids.insert(id), "scenario `{id}` is defined twice");
        assert!(sc.get("persona").is_some(), "scenario `{id}` says who it is about (persona)");
        match run(&t, &d, sc) {
            Ok(o) => {
                if std::env::var("SCENARIOS_PRINT").is_ok() {
                    print(id, &o);
                }
                for b in check(&t, &d, sc, &o) {
                    failures.push(format!("{id}: {b}"));
                }
            }
            Err(e) => failures.push(format!("{id}: {e}")),
        }
    }
    assert!(failures.is_empty(), "content/scenarios.toml:\n  {}", failures.join("\n  "));
}
