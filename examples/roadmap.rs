//! Native roadmap benchmark: `roadmap::plan` over the demo contacts for the session `node
//! tools/bench.mjs run` walks (the first answer to every question; its take-away link is the default
//! argument), and the opening-hours work each contact on it costs. CPU time, which a loaded machine
//! changes less than the wall time.
//!
//! cargo run --release --example roadmap [-- LINK_FRAGMENT]
//! ROADMAP_PARSE="Mo-Fr 09:00-12:00; PH off" cargo run --release --example roadmap: one text's parse.

use passerelle::engine::calendar;
use passerelle::engine::config::Config;
use passerelle::engine::contacts::hours::{self, LocalTime};
use passerelle::engine::contacts::opening::{opening_at, weekly};
use passerelle::engine::contacts::read;
use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use passerelle::engine::diagnostic::{Diagnostic, Session};
use passerelle::engine::handoff::roadmap::{self, Source};
use passerelle::engine::messages::Catalog;
use std::time::Instant;

/// The session the bench walks, as its take-away link's fragment.
const BENCH_RUN: &str = "1M7jG.r.EDADDEAAAAEDDAAEAAAAAEDAAEDAAAEDAAAE.AAABAAAA..A.";

fn main() {
    if let Ok(text) = std::env::var("ROADMAP_PARSE") {
        time("parse", 100_000, || hours::parse(&text));
        return;
    }
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/content/contacts/demo.json");
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let (dir, _) = read(&value, calendar::Day::ymd(2026, 12, 1)).unwrap();
    let (t, d) = (Catalog::new("fr"), Diagnostic::new(Questionnaire::builtin(), &[]));
    let link = std::env::args().nth(1).unwrap_or(BENCH_RUN.into());
    let s = Session::from_link(&d, &link).expect("a take-away link's fragment (after #r=)");
    // Sunday 6 December 2026, 14:00: closed now, the next opening named.
    let now = LocalTime::at(calendar::days(2026, 12, 6), 14 * 60);
    let ctx = roadmap::context(&d, &s, &Config::default());
    let plan = roadmap::plan(&t, &d, &s, Source::Local(&dir), &ctx, now);
    let contacts: usize = plan.barriers.iter().map(|b| b.contacts.len()).sum();
    println!("{} barriers, {contacts} contacts, {} services", plan.barriers.len(), dir.services.len());
    time("plan", 2_000, || roadmap::plan(&t, &d, &s, Source::Local(&dir), &ctx, now));
    time("plan, contacts still loading", 2_000, || roadmap::plan(&t, &d, &s, Source::Loading, &ctx, now));
    for c in plan.barriers.iter().flat_map(|b| &b.contacts) {
        let Some(h) = c.card.hours.as_deref() else { continue };
        let (dep, place) = (c.card.departement.as_deref(), c.card.place.as_ref());
        println!("{}: « {h} »", c.card.title);
        time("  parse", 20_000, || hours::parse(h));
        time("  opening_at", 20_000, || opening_at(&t, h, now, dep, place));
        time("  weekly", 20_000, || weekly(&t, h));
    }
}

/// Runs `f` `rounds` times; prints the CPU time per round, and the wall time.
fn time<T>(what: &str, rounds: u32, mut f: impl FnMut() -> T) {
    let (started, cpu) = (Instant::now(), cpu_ns());
    for _ in 0..rounds {
        std::hint::black_box(f());
    }
    let wall = started.elapsed().as_secs_f64() * 1e6 / f64::from(rounds);
    match (cpu, cpu_ns()) {
        (Some(a), Some(b)) => {
            println!("{what}: {:.1} µs of CPU time ({wall:.1} µs wall)", (b - a) as f64 / 1e3 / f64::from(rounds))
        }
        _ => println!("{what}: {wall:.1} µs wall"),
    }
}

/// CPU time used by this thread so far, in ns (Linux).
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
