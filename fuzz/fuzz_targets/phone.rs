//! Phone numbers of a contacts file. Beyond "no panic": a call link holds only what a dialer
//! reads, and is found again in its own digits.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::formats::tel_href;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(h) = tel_href(text) {
        let number = h.strip_prefix("tel:").expect("a tel: link");
        assert!(
            !number.is_empty() && number.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+')),
            "{h:?}"
        );
        assert_eq!(tel_href(number).as_deref(), Some(h.as_str()), "{text:?}");
    }
});
