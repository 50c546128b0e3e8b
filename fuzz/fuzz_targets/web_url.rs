//! Links of a contacts file. Beyond "no panic": what is kept is a link the widget renders,
//! and normalising it again changes nothing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::formats::{is_web_url, web_url};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(u) = web_url(text) {
        assert!(is_web_url(&u), "{text:?} → {u:?}");
        assert_eq!(web_url(&u).as_deref(), Some(u.as_str()), "{text:?}");
        assert!(!u.contains(['<', '>']), "{u:?}");
    }
});
