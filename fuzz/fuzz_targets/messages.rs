//! The Fluent-compiled message filling: a damaged compiled pattern (a fetched language file
//! that went wrong) with texts and numbers for its variables. Beyond "no panic": every text
//! without any of the grammar's characters comes out as it went in.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::messages::{fill, Arg};

fuzz_target!(|data: &[u8]| {
    let Ok(pattern) = std::str::from_utf8(data) else { return };
    let args = [("name", Arg::Str("Épicerie")), ("n", Arg::Num(data.len() % 7)), ("when", Arg::Str("lundi 9 h"))];
    for lang in ["fr", "en", "ar"] {
        let _ = fill(lang, pattern, &args, lang == "ar");
    }
    if !pattern.contains(['{', '}', '|', '\\']) {
        assert_eq!(fill("fr", pattern, &args, false), pattern);
    }
});
