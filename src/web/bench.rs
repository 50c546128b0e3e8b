//! Benchmark hook (built only with `--features bench`, never in a release).

use crate::web::fetch as contacts;
use wasm_bindgen::prelude::*;

/// Ranks the
/// contacts in `json` for every field of a full set of answers, `rounds` times; returns the
/// mean milliseconds of one full ranking.
#[wasm_bindgen]
pub fn bench_ranking(json: &str, rounds: u32) -> f64 {
    use crate::engine::contacts::matching::{all_needs, contacts_for, Context};
    let dir = contacts::parse(json).unwrap_or_default();
    let needs = all_needs(&crate::engine::diagnostic::questionnaire::Questionnaire::builtin());
    let ctx = Context {
        mode: crate::engine::config::Mode::Accompagne,
        commune: Some("93901".into()),
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
