//! The widget's opening-hours reader against the reference implementation (npm `opening_hours`).
//! `node tests/hours/oracle.mjs` writes the reference's verdicts, then runs this test: for every
//! value of tests/hours/corpus.txt that the widget reads, the state (open, closed, unknown) and the
//! next change must be the reference's at every local time. Ignored in a plain `cargo test`, which
//! has no verdicts to compare with; `make test` runs it as the stage "hours".

use passerelle::engine::calendar;
use passerelle::engine::contacts::hours::{self, LocalTime, State};
use passerelle::engine::contacts::opening::{said, Said};
use passerelle::engine::contacts::sun::{Clock, Observer};
use serde_json::Value;

fn local(y: i64, m: i64, d: i64, minutes: i64) -> LocalTime {
    let days = calendar::days(y as i32, m as u8, d as u8);
    LocalTime {
        year: y as i32,
        month: m as u8,
        day: d as u8,
        weekday: (days + 3).rem_euclid(7) as u8,
        minutes: minutes as u16,
    }
}

/// Minutes since 1970 UTC of a Paris local time: summer time from the last Sunday of March to the
/// last Sunday of October, 01:00 UTC; a local time the spring change skips is read as winter time,
/// as JavaScript's Date reads it.
fn utc(at: LocalTime) -> i64 {
    let last_sunday = |m: u8| {
        let d = calendar::days(at.year, m, 31);
        d - ((d + 3).rem_euclid(7) + 1) % 7
    };
    let local = calendar::days(at.year, at.month, at.day) as i64 * 1440 + at.minutes as i64;
    let (start, end) = (last_sunday(3) as i64 * 1440 + 60, last_sunday(10) as i64 * 1440 + 60);
    let summer = local - 120;
    if summer >= start && summer < end {
        summer
    } else {
        local - 60
    }
}

/// The constructs a value uses, for the coverage report (a value may use several).
fn constructs(v: &str) -> Vec<&'static str> {
    let b = v.as_bytes();
    let year = b.windows(5).any(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4] != b':' && w[..2] >= b"19"[..]);
    let past_24 = b.windows(3).any(|w| matches!(w, [b'2', b'5'..=b'9', b':'] | [b'3' | b'4', b'0'..=b'9', b':']));
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let checks: [(&str, bool); 12] = [
        ("nth weekday", v.contains('[')),
        ("school holidays", v.contains("SH")),
        ("public holidays", v.contains("PH")),
        ("easter", v.contains("easter")),
        ("weeks", v.contains("week")),
        ("years", year),
        ("sun", ["sunrise", "sunset", "dawn", "dusk"].iter().any(|w| v.contains(w))),
        ("open end", v.contains('+')),
        ("comment", v.contains('"')),
        ("months, dates", months.iter().any(|m| v.contains(m))),
        ("past 24:00", past_24),
        ("repeat /n", v.contains('/') && !v.contains("24/7")),
    ];
    let mut out: Vec<&str> = checks.iter().filter(|c| c.1).map(|c| c.0).collect();
    if out.is_empty() {
        out.push("weekdays and times only");
    }
    out
}

#[test]
#[ignore = "needs the reference's verdicts: run `node tests/hours/oracle.mjs`"]
fn the_reader_agrees_with_the_reference() {
    let file = std::env::var("HOURS_ORACLE").unwrap_or_else(|_| "target/hours-oracle.json".into());
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let oracle: Value = serde_json::from_str(&text).expect("oracle JSON");
    let times = oracle["times"].as_array().expect("times");
    let values = oracle["values"].as_array().expect("values");
    let (mut accepted, mut checked, mut reference_rejects, mut sentences, mut clock_changes) = (0, 0, 0, 0, 0);
    let mut self_contradictions = 0;
    let mut disagreements: Vec<String> = Vec::new();
    // The reference's own test suite, where the developer gave it to oracle.mjs (HOURS_REFERENCE_SUITE).
    let suite: std::collections::HashSet<String> = std::env::var("HOURS_REFERENCE_SUITE")
        .map(|f| std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}")).lines().map(String::from).collect())
        .unwrap_or_default();
    // (construct, reference suite?) -> (values the reference reads, of them read by the widget)
    let mut coverage: std::collections::BTreeMap<(&str, bool), (u32, u32)> = Default::default();
    let mut missed: Vec<&str> = Vec::new();
    for v in values {
        let value = v["value"].as_str().expect("value");
        let read = hours::parse(value);
        if v["ok"] == Value::Bool(true) {
            let in_suite = suite.contains(value);
            for c in constructs(value).into_iter().chain(["all"]) {
                let e = coverage.entry((c, in_suite)).or_default();
                e.0 += 1;
                e.1 += read.is_some() as u32;
            }
            if read.is_none() && (!in_suite || std::env::var_os("HOURS_SHOW_MISSED").is_some()) {
                missed.push(value);
            }
        }
        let Some(schedule) = read else { continue };
        accepted += 1;
        if v["ok"] != Value::Bool(true) {
            reference_rejects += 1;
            disagreements.push(format!("{value:?}: read by the widget, rejected by the reference"));
            continue;
        }
        // Where the reference's knowledge ends (its school holidays), a later change is none.
        let until = v["until"].as_i64();
        for (t, verdict) in times.iter().zip(v["verdicts"].as_array().expect("verdicts")) {
            if verdict.is_null() {
                continue;
            }
            let n = |k: &str| t[k].as_i64().expect("time field");
            let now = local(n("y"), n("m"), n("d"), n("minutes"));
            let coordinate = |k: &str| t[k].as_str().and_then(|x| x.parse::<f64>().ok()).expect("coordinates");
            let place = Observer { latitude: coordinate("lat"), longitude: coordinate("lon"), clock: Clock::Paris };
            let status = hours::status_at(&schedule, now, t["dep"].as_str(), Some(&place));
            let ours_state = match status.state {
                State::Open => "open",
                State::Closed => "closed",
                State::Unknown => "unknown",
            };
            // Changes compared as instants.
            let ours_next = status.next.map(|(at, _, _)| utc(at)).filter(|&x| until.is_none_or(|u| x < u));
            let theirs_next = verdict[1].as_array().map(|a| a[4].as_i64().unwrap());
            // Where the reference's next change is later than its own state's change a minute on
            // (oracle.mjs marks it), only the state is compared, and the sentence must name no moment.
            if verdict.get(2).is_some() {
                self_contradictions += 1;
                let named = !matches!(said(&status), Said::Unknown(_) | Said::AsWritten);
                if verdict[0].as_str() != Some(ours_state) || named {
                    disagreements.push(format!(
                        "{value:?} at {now:?}: widget {ours_state} (a sentence naming a moment: {named}), reference {} (contradicting itself)",
                        verdict[0]
                    ));
                }
                checked += 1;
                continue;
            }
            // The moment the sentence names (« jusqu'au dimanche 31 octobre à minuit »), put back
            // together from the day it names and its time: the reference's next change.
            let claimed = match said(&status) {
                Said::OpenUntil(w) | Said::Opens(w) | Said::ClosedThen(w, _) => {
                    let d = calendar::days(now.year, now.month, now.day) + w.days as i32 + (w.minutes / 1440) as i32;
                    let x = utc(LocalTime::at(d, w.minutes % 1440));
                    Some(Some(x).filter(|x| until.is_none_or(|u| *x < u)))
                }
                Said::Always => Some(None),
                Said::Unknown(_) | Said::AsWritten => None,
            };
            // The reference errs on the days the clocks go forward: it computes a night past midnight
            // 24 hours of milliseconds later, so `Mo-Sa 22:00-06:00` is open from 00:00 to 01:00 on
            // Monday 30 March 2026. Such disagreements are counted apart, not copied.
            let spring = [calendar::days(2026, 3, 29), calendar::days(2027, 3, 28)];
            let near = |d: i32| spring.iter().any(|&s| d == s || d == s + 1);
            let today = calendar::days(now.year, now.month, now.day);
            let differs = verdict[0].as_str() != Some(ours_state)
                || ours_next != theirs_next
                || claimed.as_ref().is_some_and(|c| *c != theirs_next);
            if differs && (near(today) || theirs_next.is_some_and(|x| near(((x + 60) / 1440) as i32))) {
                clock_changes += 1;
                continue;
            }
            if claimed.as_ref().is_some_and(|c| *c != theirs_next) {
                sentences += 1;
                disagreements
                    .push(format!("{value:?} at {now:?}: the sentence says {claimed:?}, reference {theirs_next:?}"));
            }
            checked += 1;
            if verdict[0].as_str() != Some(ours_state) || ours_next != theirs_next {
                disagreements.push(format!(
                    "{value:?} at {:?} (dep {:?}): widget {ours_state} next {ours_next:?}, reference {} next {theirs_next:?}",
                    now, t["dep"], verdict[0]
                ));
            }
        }
    }
    let share = 100.0 * accepted as f64 / values.len() as f64;
    println!(
        "hours oracle: corpus {} values, {accepted} read by the widget ({share:.0} %), {} local times, {checked} verdicts compared, {} disagreements ({sentences} sentences the reference contradicts, {reference_rejects} values the reference rejects); {clock_changes} verdicts of the reference's own clock-change error set apart; {self_contradictions} where it contradicts itself, their state only compared",
        values.len(),
        times.len(),
        disagreements.len()
    );
    println!("coverage (values the reference reads / of them read by the widget):");
    for ((c, in_suite), (n, read)) in &coverage {
        let group = if *in_suite { "reference's test suite" } else { "French corpus" };
        println!("  {group:24} {c:26} {read:4} / {n:4} ({:.0} %)", 100.0 * *read as f64 / *n as f64);
    }
    for m in &missed {
        println!("  not read (French corpus): {m:?}");
    }
    let mut seen = std::collections::HashSet::new();
    for d in disagreements.iter().filter(|d| seen.insert(d.split(" at ").next().unwrap_or(d).to_string())).take(60) {
        println!("  {d}");
    }
    assert!(disagreements.is_empty(), "{} disagreements with the reference", disagreements.len());
    assert!(values.len() >= 500 && times.len() >= 100, "corpus too small");
}
