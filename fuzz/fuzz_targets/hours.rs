//! Opening hours (`horaires_accueil`): the first four bytes pick a time in 2026–2027, the rest
//! is the text. Beyond "no panic": the change announced is in the future, and at that moment
//! the schedule is in the state announced.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::calendar::days;
use passerelle::engine::contacts::hours::{parse, status, LocalTime};

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let Ok(text) = std::str::from_utf8(&data[4..]) else { return };
    let Some(schedule) = parse(text) else { return };
    let day = days(2026, 1, 1) + (u16::from_le_bytes([data[0], data[1]]) % 730) as i32;
    let now = LocalTime::at(day, u16::from_le_bytes([data[2], data[3]]) % 1440);
    let dep = ["75", "57", "974"][data[0] as usize % 3];
    let here = status(&schedule, now, Some(dep));
    if let Some((at, state, _)) = here.next {
        assert!(
            (at.year, at.month, at.day, at.minutes) > (now.year, now.month, now.day, now.minutes),
            "{text:?} at {now:?}"
        );
        assert_ne!(state, here.state, "{text:?} at {now:?}");
        assert_eq!(status(&schedule, at, Some(dep)).state, state, "{text:?} at {now:?}: next {at:?}");
    }
});
