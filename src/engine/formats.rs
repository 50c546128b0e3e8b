//! Small formats every part of the core checks or writes: INSEE commune codes, phone numbers,
//! the only links ever rendered, percent-encoding.

/// An INSEE commune code: 5 digits, or 2A/2B and 3 digits for Corsica.
pub fn is_insee(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 5
        && (b[..2].iter().all(u8::is_ascii_digit) || matches!(v.get(..2), Some("2A" | "2B" | "2a" | "2b")))
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// Digits, spaces, dots, dashes and one leading `+`: something a `tel:` link can carry.
pub fn is_phone(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && s.len() <= 40
        && s.char_indices().all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0))
}

/// `tel:` with digits and a leading `+` only.
pub fn tel_href(phone: &str) -> Option<String> {
    is_phone(phone)
        .then(|| format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()))
}

/// The only links ever rendered: http(s), with a host.
pub fn is_web_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return false;
    };
    !rest.is_empty()
        && !rest.starts_with('/')
        && s.len() <= 2083
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Percent-encodes a query value.
pub fn encode_query(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insee_codes() {
        assert!(is_insee("93066") && is_insee("2A004") && is_insee("2b033"));
        assert!(!is_insee("9306") && !is_insee("930666") && !is_insee("2C004") && !is_insee("9a066"));
    }
}
