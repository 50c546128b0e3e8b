//! Benchmark hook (built only with `--features bench`, never in a release).

use crate::web::fetch as contacts;
use wasm_bindgen::prelude::*;

/// Ranks the
/// contacts in `json` for every field of a full set of answers, `rounds` times; returns the
/// mean milliseconds of one full ranking.
#[wasm_bindgen]
pub fn bench_ranking(json: &str, rounds: u32) -> f64 {
    bench_ranking_at(json, rounds, "93901")
}

/// The same for a resident of `commune` (a territory's piece, issue 25).
#[wasm_bindgen]
pub fn bench_ranking_at(json: &str, rounds: u32, commune: &str) -> f64 {
    use crate::engine::contacts::matching::{all_needs, contacts_for, Context};
    let dir = contacts::parse(json).unwrap_or_default();
    let needs = all_needs(&crate::engine::diagnostic::questionnaire::Questionnaire::builtin());
    let ctx = Context {
        mode: crate::engine::config::Mode::Accompagne,
        commune: Some(commune.into()),
        // Monday 7 December 2026, 10:00.
        now: Some(crate::engine::contacts::hours::LocalTime::at(crate::engine::calendar::days(2026, 12, 7), 600)),
        ..Context::default()
    };
    let clock = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let started = clock.now();
    for _ in 0..rounds {
        for n in &needs {
            std::hint::black_box(contacts_for(&dir, n, &ctx));
        }
    }
    (clock.now() - started) / rounds as f64
}

/// Milliseconds to read a contacts file's text as the widget does (`JSON.parse`, then the reader).
#[wasm_bindgen]
pub fn bench_read(json: &str) -> f64 {
    let clock = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let started = clock.now();
    std::hint::black_box(contacts::parse(json).map(|d| d.services.len()).unwrap_or_default());
    clock.now() - started
}
