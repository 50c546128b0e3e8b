//! The widget's opening-hours reader against the reference implementation (npm `opening_hours`).
//! `node tests/hours/oracle.mjs` writes the reference's verdicts, then runs this test: for every
//! value of tests/hours/corpus.txt that the widget reads, the state (open, closed, unknown) and the
//! next change must be the reference's at every local time. Ignored in a plain `cargo test`, which
//! has no verdicts to compare with; `make test` runs it as the stage "hours".

use passerelle::engine::contacts::hours::{self, LocalTime, State};
use passerelle::engine::contacts::opening::{said, Said};
use serde_json::Value;

fn local(y: i64, m: i64, d: i64, minutes: i64) -> LocalTime {
    let days = hours::days(y as i32, m as u8, d as u8);
    LocalTime {
        year: y as i32,
        month: m as u8,
        day: d as u8,
        weekday: (days + 3).rem_euclid(7) as u8,
        minutes: minutes as u16,
    }
}

#[test]
#[ignore = "needs the reference's verdicts: run `node tests/hours/oracle.mjs`"]
fn the_reader_agrees_with_the_reference() {
    let file = std::env::var("HOURS_ORACLE").unwrap_or_else(|_| "target/hours-oracle.json".into());
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let oracle: Value = serde_json::from_str(&text).expect("oracle JSON");
    let times = oracle["times"].as_array().expect("times");
    let values = oracle["values"].as_array().expect("values");
    let (mut accepted, mut checked, mut reference_rejects, mut sentences) = (0, 0, 0, 0);
    let mut disagreements: Vec<String> = Vec::new();
    for v in values {
        let value = v["value"].as_str().expect("value");
        let Some(schedule) = hours::parse(value) else { continue };
        accepted += 1;
        if v["ok"] != Value::Bool(true) {
            reference_rejects += 1;
            disagreements.push(format!("{value:?}: read by the widget, rejected by the reference"));
            continue;
        }
        for (t, verdict) in times.iter().zip(v["verdicts"].as_array().expect("verdicts")) {
            let n = |k: &str| t[k].as_i64().expect("time field");
            let now = local(n("y"), n("m"), n("d"), n("minutes"));
            let status = hours::status(&schedule, now, t["dep"].as_str());
            let ours_state = match status.state {
                State::Open => "open",
                State::Closed => "closed",
                State::Unknown => "unknown",
            };
            let ours_next =
                status.next.map(|(at, _, _)| vec![at.year as i64, at.month as i64, at.day as i64, at.minutes as i64]);
            let theirs_next = verdict[1].as_array().map(|a| a.iter().map(|x| x.as_i64().unwrap()).collect::<Vec<_>>());
            // The moment the sentence names (« jusqu'au dimanche 31 octobre à minuit »), put back
            // together from the day it names and its time: the reference's next change.
            let claimed = match said(&status) {
                Said::OpenUntil(w) | Said::Opens(w) | Said::ClosedThen(w, _) => {
                    let d = hours::days(now.year, now.month, now.day) + w.days as i32 + (w.minutes / 1440) as i32;
                    let at = LocalTime::at(d, w.minutes % 1440);
                    Some(Some(vec![at.year as i64, at.month as i64, at.day as i64, at.minutes as i64]))
                }
                Said::Always => Some(None),
                Said::Unknown(_) | Said::AsWritten => None,
            };
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
        "hours oracle: corpus {} values, {accepted} read by the widget ({share:.0} %), {} local times, {checked} verdicts compared, {} disagreements ({sentences} sentences the reference contradicts, {reference_rejects} values the reference rejects)",
        values.len(),
        times.len(),
        disagreements.len()
    );
    for d in disagreements.iter().take(30) {
        println!("  {d}");
    }
    assert!(disagreements.is_empty(), "{} disagreements with the reference", disagreements.len());
    assert!(values.len() >= 500 && times.len() >= 100, "corpus too small");
}
