//! E-mail addresses of a contacts file. Beyond "no panic": a kept address is read again as
//! itself, and its `mailto:` link writes to that address and nothing more (no header, no
//! fragment), which percent-decoding the link shows.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::formats::{email, mailto_href};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(e) = email(text) {
        assert_eq!(email(&e).as_deref(), Some(e.as_str()), "{text:?}");
        let href = mailto_href(&e);
        let to = href.strip_prefix("mailto:").expect("a mailto: link");
        assert!(!to.contains(['?', '#', '&', '=', ' ', '<', '>', '"']), "{href:?}");
        assert_eq!(decode(to).as_deref(), Some(e.as_bytes()), "{href:?}");
    }
});

fn decode(s: &str) -> Option<Vec<u8>> {
    let (b, mut out, mut i) = (s.as_bytes(), Vec::new(), 0);
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}
