//! Native ranking benchmark: every field's contacts for a full set of answers, over a contacts
//! file (cargo run --release --example ranking -- FILE).

use passerelle::engine::calendar::Day;
use passerelle::engine::config::Mode;
use passerelle::engine::contacts::matching::{all_needs, contacts_for, Context};
use passerelle::engine::contacts::read;
use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use std::time::Instant;

fn main() {
    let file = std::env::args().nth(1).expect("usage: ranking FILE");
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let started = Instant::now();
    let (dir, issues) = read(&value, Day::ymd(2100, 1, 1)).unwrap();
    println!("reading {} services: {:.1} ms natively", dir.services.len(), started.elapsed().as_secs_f64() * 1000.0);
    assert!(issues.is_empty());
    let needs = all_needs(&Questionnaire::builtin());
    let ctx = Context {
        mode: Mode::Accompagne,
        commune: Some("93901".into()),
        // Monday 7 December 2026, 10:00.
        now: (std::env::var("RANKING_NOW").as_deref() != Ok("0")).then(|| {
            passerelle::engine::contacts::hours::LocalTime::at(passerelle::engine::calendar::days(2026, 12, 7), 600)
        }),
        ..Context::default()
    };
    let rounds = 100;
    let cpu_started = cpu_ns();
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for n in &needs {
            found += contacts_for(&dir, n, &ctx).len();
        }
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0 / rounds as f64;
    if let (Some(a), Some(b)) = (cpu_started, cpu_ns()) {
        // On a loaded machine the wall time says little: the CPU time this thread used does.
        println!("ranking: {:.2} ms of CPU time per round", (b - a) as f64 / 1e6 / rounds as f64);
    }
    println!(
        "ranking {} services for all 8 fields (full answers): {ms:.2} ms natively ({} contacts)",
        dir.services.len(),
        found / rounds
    );
}

/// CPU time used by this thread so far, in ns (Linux), whatever else the machine runs.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
