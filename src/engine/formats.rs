//! Small formats every part of the core checks or writes: INSEE commune codes, phone numbers,
//! the only links ever rendered, percent-encoding, the lower case words are compared in.

/// An INSEE commune code: 5 digits, or 2A/2B and 3 digits for Corsica.
pub fn is_insee(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 5
        && (b[..2].iter().all(u8::is_ascii_digit) || matches!(v.get(..2), Some("2A" | "2B" | "2a" | "2b")))
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// The département of an INSEE commune code (or of a postcode, which starts the same way), by the
/// official geographic code (INSEE, Code officiel géographique): its first two characters
/// (`01`…`95`, `2A`, `2B`), three overseas (`971`…`976` for the DROM, `975`, `977`, `978` and
/// `98x` for the overseas collectivities, whose codes are of the same form).
pub fn departement(code: &str) -> &str {
    let n = if code.starts_with("97") || code.starts_with("98") { 3 } else { 2 };
    code.get(..n).unwrap_or(code)
}

/// The first dialable French number in a free-text phone field, as a `tel:` link: a 10-digit
/// national number (`03 20 00 00 00`), `+33`/`0033` and 9 digits (`+33 (0)3 20…`), an overseas
/// `+262`-style number, or, when the text is nothing else, a short number (`115`, `3919`).
/// Separators between digits: space, no-break space, dot, dash. Text around is ignored, so
/// « 03 20 00 00 00 / 06 12 34 56 78 » calls the first and « appelez le standard » calls none.
pub fn tel_href(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let is_sep = |c: char| matches!(c, ' ' | '.' | '-' | '\u{a0}' | '\u{202f}');
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = (c == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) || c.is_ascii_digit();
        if !starts || (i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '+')) {
            i += 1;
            continue;
        }
        // One run: digits and single separators, with "(0)" allowed after an international prefix.
        let plus = c == '+';
        let mut digits = String::new();
        let mut j = i + usize::from(plus);
        while j < chars.len() {
            let d = chars[j];
            if d.is_ascii_digit() {
                digits.push(d);
                j += 1;
            } else if is_sep(d) && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit() || *n == '(') {
                j += 1;
            } else if d == '(' && chars.get(j + 1) == Some(&'0') && chars.get(j + 2) == Some(&')') && digits.len() <= 3
            {
                j += 3;
                if chars.get(j).is_some_and(|n| is_sep(*n)) {
                    j += 1;
                }
            } else {
                break;
            }
            // A national number is complete at 10 digits: what follows is another number.
            if !plus && digits.len() == 10 && digits.starts_with('0') && !digits.starts_with("00") {
                break;
            }
        }
        let intl = if plus { Some(digits.as_str()) } else { digits.strip_prefix("00") };
        if let Some(n) = intl {
            for code in ["33", "262", "269", "508", "590", "594", "596", "681", "687", "689"] {
                if let Some(rest) = n.strip_prefix(code) {
                    let rest =
                        if rest.len() == 10 && code == "33" { rest.strip_prefix('0').unwrap_or(rest) } else { rest };
                    if rest.len() == 9 || (code.len() == 3 && rest.len() == 6) {
                        return Some(format!("tel:+{code}{rest}"));
                    }
                }
            }
        } else if digits.len() == 10 && digits.starts_with('0') && digits.as_bytes()[1] != b'0' {
            return Some(format!("tel:{digits}"));
        }
        i = j.max(i + 1);
    }
    // A short number, when the field holds nothing else: 15, 17, 18, 112, 115, 119, 3919, 116 000…
    let only: String = text.chars().filter(|c| !is_sep_or_space(*c)).collect();
    let short = match only.len() {
        2 => matches!(only.as_str(), "15" | "17" | "18"),
        3 => only.starts_with('1'),
        4 => only.starts_with(['1', '3']),
        6 => only.starts_with("116"),
        _ => false,
    };
    (short && only.bytes().all(|b| b.is_ascii_digit())).then(|| format!("tel:{only}"))
}

fn is_sep_or_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-')
}

/// The only links ever rendered: http(s), with a host, nothing a browser would reinterpret.
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
        && s.len() <= URL_MAX
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The longest link the official models accept (pydantic's `HttpUrl`, `max_length` 2083: the
/// old Internet Explorer limit).
const URL_MAX: usize = 2083;

/// An http(s) URL as pydantic's `HttpUrl` reads it (the WHATWG URL parser of the `url` crate):
/// surrounding spaces and controls trimmed, tabs and newlines removed, any number of slashes or
/// backslashes after the scheme, a host (IPv4 numbers checked), a port up to 65535, at most
/// 2083 bytes. Returns it normalised: lower-case scheme and host, no default port, a path,
/// spaces and other unsafe characters percent-encoded, so it is safe to render as a link. A link
/// whose encoded form is over 2083 bytes is refused (the models accept it, then refuse what they
/// make of it: a deliberate difference, tools/corpus.py).
pub fn web_url(input: &str) -> Option<String> {
    if input.is_empty() || input.len() > URL_MAX {
        return None;
    }
    let s: String =
        input.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let colon = s.find(':')?;
    let scheme = s[..colon].to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = s[colon + 1..].trim_start_matches(['/', '\\']);
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
        None => (None, authority),
    };
    let (host, port) = if hostport.starts_with('[') {
        let close = hostport.find(']')?;
        if !ipv6(&hostport[1..close]) {
            return None;
        }
        let after = &hostport[close + 1..];
        (hostport[..=close].to_ascii_lowercase(), if after.is_empty() { "" } else { after.strip_prefix(':')? })
    } else {
        let (h, p) = hostport.split_once(':').unwrap_or((hostport, ""));
        (domain(h)?, p)
    };
    let port = match port {
        "" => None,
        p if p.bytes().all(|b| b.is_ascii_digit()) => {
            let n = p
                .bytes()
                .try_fold(0u32, |n, b| n.checked_mul(10)?.checked_add(u32::from(b - b'0')).filter(|n| *n <= 65535))?;
            (n != if scheme == "http" { 80 } else { 443 }).then_some(n)
        }
        _ => return None,
    };
    let mut out = format!("{scheme}://");
    if let Some(u) = userinfo {
        encode_into(&mut out, u, b" \"<>`#?{}/:;=@[\\]^|");
        out.push('@');
    }
    out.push_str(&host);
    if let Some(p) = port {
        out.push_str(&format!(":{p}"));
    }
    let (before_fragment, fragment) = tail.split_once('#').map_or((tail, None), |(a, b)| (a, Some(b)));
    let (path, query) = before_fragment.split_once('?').map_or((before_fragment, None), |(a, b)| (a, Some(b)));
    if path.is_empty() {
        out.push('/');
    }
    encode_into(&mut out, &path.replace('\\', "/"), b" \"<>`#?{}");
    if let Some(q) = query {
        out.push('?');
        encode_into(&mut out, q, b" \"<>#'");
    }
    if let Some(f) = fragment {
        out.push('#');
        encode_into(&mut out, f, b" \"<>`");
    }
    // Percent-encoding can make it longer than the models accept: they would refuse their own output.
    (out.len() <= URL_MAX).then_some(out)
}

/// Percent-encodes controls, non-ASCII and the given ASCII bytes.
fn encode_into(out: &mut String, s: &str, set: &[u8]) {
    for b in s.bytes() {
        if b <= 0x20 || b >= 0x7f || set.contains(&b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
}

/// A URL's host, as the WHATWG "domain to ASCII" step accepts it: percent-decoded, lower-cased,
/// none of the forbidden code points, numbers read as an IPv4 address. Non-ASCII letters and
/// digits are kept as they are (browsers encode them).
fn domain(h: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(h.len());
    let raw = h.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (raw[i], raw.get(i + 1).and_then(|b| hex(*b)), raw.get(i + 2).and_then(|b| hex(*b))) {
            (b'%', Some(a), Some(b)) => {
                bytes.push((a * 16 + b) as u8);
                i += 3;
            }
            (b, _, _) => {
                bytes.push(b);
                i += 1;
            }
        }
    }
    let decoded = String::from_utf8(bytes).ok()?;
    let mut out = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        match c {
            // Mapped to nothing by UTS 46: soft hyphen, zero-width space and joiners' kin, variation selectors.
            '\u{ad}'
            | '\u{34f}'
            | '\u{180b}'..='\u{180d}'
            | '\u{200b}'
            | '\u{2060}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}' => {}
            c if c.is_ascii() => {
                if c <= ' ' || c == '\u{7f}' || "#%/:<>?@[\\]^|".contains(c) {
                    return None;
                }
                out.push(c.to_ascii_lowercase());
            }
            // Kept as written: browsers map and encode them (no Unicode case tables in the bundle).
            c if c.is_alphanumeric() => out.push(c),
            _ => return None,
        }
    }
    if out.is_empty() {
        return None;
    }
    let labels: Vec<&str> = out.split('.').collect();
    let last = match labels[..] {
        [.., l, ""] if labels.len() > 1 => l,
        [.., l] => l,
        [] => "",
    };
    let numeric = |l: &str| {
        !l.is_empty()
            && (l.bytes().all(|b| b.is_ascii_digit())
                || l.strip_prefix("0x").is_some_and(|x| x.bytes().all(|b| b.is_ascii_hexdigit())))
    };
    if numeric(last) {
        return ipv4(&out);
    }
    labels.iter().all(|l| punycode_ok(l)).then_some(out)
}

/// An IPv6 address: eight groups of 1–4 hex digits, one `::` for a run of zero groups, the last
/// two groups possibly written as an IPv4 address.
fn ipv6(s: &str) -> bool {
    let (head, tail, compressed) = match s.split_once("::") {
        Some((h, t)) => (h, t, true),
        None => (s, "", false),
    };
    let mut groups = 0;
    for (part, last) in [(head, !compressed), (tail, true)] {
        if part.is_empty() {
            continue;
        }
        let items: Vec<&str> = part.split(':').collect();
        for (i, g) in items.iter().enumerate() {
            if last && i + 1 == items.len() && g.contains('.') {
                let octets: Vec<&str> = g.split('.').collect();
                if octets.len() != 4
                    || !octets.iter().all(|o| {
                        !o.is_empty()
                            && o.len() <= 3
                            && o.bytes().all(|b| b.is_ascii_digit())
                            && o.parse::<u16>().is_ok_and(|n| n <= 255)
                            && (o.len() == 1 || !o.starts_with('0'))
                    })
                {
                    return false;
                }
                groups += 2;
            } else if (1..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_hexdigit()) {
                groups += 1;
            } else {
                return false;
            }
        }
    }
    if compressed {
        groups < 8
    } else {
        groups == 8
    }
}

/// The WHATWG IPv4 parser: 1 to 4 numbers (decimal, `0x` hex, leading-zero octal).
fn ipv4(host: &str) -> Option<String> {
    let parts: Vec<&str> = host.strip_suffix('.').unwrap_or(host).split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let mut numbers = Vec::with_capacity(4);
    for p in &parts {
        if p.is_empty() {
            return None;
        }
        let (digits, radix) = if let Some(x) = p.strip_prefix("0x") {
            (x, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        let n = if digits.is_empty() { 0 } else { u64::from_str_radix(digits, radix).ok()? };
        numbers.push(n);
    }
    let (last, first) = numbers.split_last()?;
    if first.iter().any(|n| *n > 255) || *last >= 256u64.pow(5 - numbers.len() as u32) {
        return None;
    }
    let mut v = first.iter().enumerate().fold(0u64, |v, (i, n)| v + n * 256u64.pow(3 - i as u32)) + last;
    let mut octets = [0u64; 4];
    for o in octets.iter_mut().rev() {
        *o = v % 256;
        v /= 256;
    }
    Some(format!("{}.{}.{}.{}", octets[0], octets[1], octets[2], octets[3]))
}

/// RFC 3492's parameters for Punycode (section 5): the digits' base, the thresholds' bounds,
/// the bias adaptation's skew and damping, and where decoding starts.
const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

/// An `xn--` label must decode (RFC 3492 Punycode) to letters, digits or hyphens, not all ASCII,
/// as IDNA requires; any other label passes.
fn punycode_ok(label: &str) -> bool {
    let Some(input) = label.strip_prefix("xn--").or_else(|| label.strip_prefix("XN--")) else { return true };
    let (basic, rest) = input.rfind('-').map_or(("", input), |i| (&input[..i], &input[i + 1..]));
    let decoded = (|| -> Option<Vec<char>> {
        let mut out: Vec<char> = basic.chars().collect();
        let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
        let mut digits = rest.bytes();
        let mut next = digits.next();
        while next.is_some() {
            let (old, mut w, mut k) = (i, 1u32, BASE);
            loop {
                let digit = match next? {
                    c @ b'a'..=b'z' => c - b'a',
                    c @ b'A'..=b'Z' => c - b'A',
                    c @ b'0'..=b'9' => c - b'0' + 26,
                    _ => return None,
                } as u32;
                next = digits.next();
                i = i.checked_add(digit.checked_mul(w)?)?;
                let t = k.saturating_sub(bias).clamp(T_MIN, T_MAX);
                if digit < t {
                    break;
                }
                w = w.checked_mul(BASE - t)?;
                k += BASE;
            }
            let len = out.len() as u32 + 1;
            let mut delta = if old == 0 { (i - old) / DAMP } else { (i - old) / 2 };
            delta += delta / len;
            let mut k = 0;
            while delta > (BASE - T_MIN) * T_MAX / 2 {
                delta /= BASE - T_MIN;
                k += BASE;
            }
            bias = k + (BASE - T_MIN + 1) * delta / (delta + SKEW);
            n = n.checked_add(i / len)?;
            i %= len;
            out.insert(i as usize, char::from_u32(n)?);
            i += 1;
        }
        Some(out)
    })();
    decoded.is_some_and(|d| {
        !d.is_empty() && d.iter().any(|c| !c.is_ascii()) && d.iter().all(|c| c.is_alphanumeric() || *c == '-')
    })
}

/// An e-mail address as pydantic's `EmailStr` reads it (`email-validator` without DNS): an
/// optional display name (`Accueil <contact@x.fr>`), a dot-atom before the @ (no quoting), a
/// domain with a dot, labels of letters, digits and inner hyphens, a top-level domain ending
/// in a letter, no special-use name (`.invalid`, `.test`, `.local`, `.localhost`, `.onion`,
/// `.arpa`), at most 254 bytes. Returns the address normalised: the domain's ASCII letters lower-cased.
pub fn email(input: &str) -> Option<String> {
    if input.chars().count() > 2048 || input.contains(['\r', '\n']) {
        return None;
    }
    let addr = display_name_inner(input).unwrap_or(input).trim();
    let (local, domain) = addr.split_once('@')?;
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    if local.is_empty()
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local.chars().enumerate().all(|(i, c)| c == '.' || atext(c) || (!c.is_ascii() && safe(c, i == 0)))
    {
        return None;
    }
    if domain.is_empty() || domain.chars().count() > 253 {
        return None;
    }
    if !domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || (!c.is_ascii() && safe(c, false))) {
        return None;
    }
    let domain = domain.to_ascii_lowercase();
    if domain.starts_with(['.', '-'])
        || domain.ends_with(['.', '-'])
        || domain.contains("..")
        || domain.contains(".-")
        || domain.contains("-.")
        || !domain.contains('.')
    {
        return None;
    }
    for label in domain.split('.') {
        let c: Vec<char> = label.chars().collect();
        if (c.len() >= 4 && c[2] == '-' && c[3] == '-' && !label.starts_with("xn"))
            || c.len() > 63
            || !punycode_ok(label)
        {
            return None;
        }
    }
    let tld = domain.rsplit('.').next().unwrap_or("");
    if tld.is_ascii() && !tld.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    for special in ["arpa", "invalid", "local", "localhost", "onion", "test"] {
        if domain == special || domain.ends_with(&format!(".{special}")) {
            return None;
        }
    }
    const CASE_INSENSITIVE: [&str; 15] = [
        "info",
        "marketing",
        "sales",
        "support",
        "abuse",
        "noc",
        "security",
        "postmaster",
        "hostmaster",
        "usenet",
        "news",
        "webmaster",
        "www",
        "uucp",
        "ftp",
    ];
    let local = if CASE_INSENSITIVE.contains(&local.to_ascii_lowercase().as_str()) {
        local.to_ascii_lowercase()
    } else {
        local.to_string()
    };
    let out = format!("{local}@{domain}");
    (out.len() <= 254 && addr.len() <= 254).then_some(out)
}

/// A non-ASCII character email-validator lets through: not a space, control or format character.
fn safe(c: char, first: bool) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
        || (first && matches!(c, '\u{300}'..='\u{36f}')))
}

/// pydantic's "pretty" e-mail form, `Name <address>` or `"Name" <address>`: the address. As its
/// regular expression, the leftmost `<` after a valid name.
fn display_name_inner(s: &str) -> Option<&str> {
    let t = s.trim().strip_suffix('>')?;
    let word = |w: &str| w.chars().all(|c| c.is_alphanumeric() || "_.!#$%&'*+-/=?^`{|}~".contains(c));
    t.match_indices('<').find_map(|(lt, _)| {
        let name = t[..lt].trim();
        let quoted = name.len() >= 3 && name.starts_with('"') && name.ends_with('"');
        let inner = &t[lt + 1..];
        (!inner.is_empty() && (name.is_empty() || quoted || name.split_whitespace().all(word))).then_some(inner)
    })
}

/// Percent-encodes a query value.
pub fn encode_query(s: &str) -> String {
    percent_encode(s, b"")
}

/// The `mailto:` link of an address that [`email`] kept. An address may hold `?`, `#`, `&`, `=`
/// or `%` (RFC 5322 allows them before the @), which a `mailto:` link would read as headers, a
/// fragment or an escape (« a?bcc=x@y.fr » would write to « a » and copy « x@y.fr »): RFC 6068
/// keeps only unreserved characters and its `some-delims` as they are.
pub fn mailto_href(address: &str) -> String {
    format!("mailto:{}", percent_encode(address, b"!$'()*+,;:@"))
}

/// Percent-encodes every byte but the unreserved ones (RFC 3986) and `keep`.
fn percent_encode(s: &str, keep: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

/// A character in lower case, as `char::to_lowercase` gives it, for the Latin letters (ASCII,
/// Latin-1, Latin Extended-A) and the signs that lower into them (Kelvin, Ångström), and for the
/// basic Cyrillic and the Georgian capitals (the opening-hours reference corrects Russian and
/// Georgian words); any other character as it is. `None` for « İ », which lowers into two (`i`
/// and a dot above). Rust's full table would weigh 3.3 KB brotli in the results' chunk for letters
/// the words the core compares never hold: a test checks, for every character, that none of them
/// (opening hours' corrections, matching's words, « sans rendez-vous ») can tell this from
/// `to_lowercase` (`contacts::matching`'s `lower_case_agrees_with_std_for_the_words_compared`).
pub fn lower_char(c: char) -> Option<char> {
    let n = c as u32;
    let down = |up: bool| if up { char::from_u32(n + 1) } else { Some(c) };
    match n {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => char::from_u32(n + 32),
        0x130 => None,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 => down(n % 2 == 0),
        0x139..=0x148 | 0x179..=0x17e => down(n % 2 == 1),
        0x178 => Some('\u{ff}'),
        0x400..=0x40f => char::from_u32(n + 0x50),
        0x410..=0x42f => char::from_u32(n + 0x20),
        0x1c90..=0x1cba | 0x1cbd..=0x1cbf => char::from_u32(n - 0xbc0),
        0x212a => Some('k'),
        0x212b => Some('\u{e5}'),
        _ => Some(c),
    }
}

/// A text in lower case, by [`lower_char`].
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lower_char(c) {
            Some(l) => out.push(l),
            None => out.push_str("i\u{307}"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_departement_of_a_commune() {
        assert_eq!(departement("93066"), "93");
        assert_eq!(departement("97411"), "974");
        assert_eq!(departement("97611"), "976", "Mayotte");
        assert_eq!(departement("98735"), "987", "Polynésie française, an overseas collectivity");
        assert_eq!(departement("2A004"), "2A");
        assert_eq!(departement("2B033"), "2B");
        assert_eq!(departement("9"), "9", "too short: as given");
    }

    #[test]
    fn links_and_phones_that_may_be_rendered() {
        for (raw, want) in [
            ("https://exemple.invalid/a?b=c", "https://exemple.invalid/a?b=c"),
            ("http://x.fr", "http://x.fr/"),
            (" https://x.fr/a b ", "https://x.fr/a%20b"),
            ("http:x.fr", "http://x.fr/"),
            ("https://EXAMPLE.fr:443/", "https://example.fr/"),
            ("https://x.fr:8080/?q=é", "https://x.fr:8080/?q=%C3%A9"),
            ("https://0x7f.1", "https://127.0.0.1/"),
        ] {
            assert_eq!(web_url(raw).as_deref(), Some(want), "{raw}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            "https://",
            "ftp://x",
            "//x.fr",
            "https://a b",
            "mailto:a@b.fr",
            "https://x.fr:99999",
            "https://999.1.1.1",
            "https://a.b.c.123",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
        for (text, href) in [
            ("01 99 00 12 34", "tel:0199001234"),
            ("+33 1 99 00 12 34", "tel:+33199001234"),
            ("+33 (0)1 99 00 12 34", "tel:+33199001234"),
            ("0033 1 99 00 12 34", "tel:+33199001234"),
            ("115", "tel:115"),
            ("39 19", "tel:3919"),
            ("01.99.00.12.34", "tel:0199001234"),
            ("03 20 00 00 00 / 06 12 34 56 78", "tel:0320000000"),
            ("0320000000 0612345678", "tel:0320000000"),
            ("Standard : 03-20-00-00-00 (9h-17h)", "tel:0320000000"),
            ("+262 262 12 34 56", "tel:+262262123456"),
            ("0199001234;javascript:x", "tel:0199001234"),
        ] {
            assert_eq!(tel_href(text).as_deref(), Some(href), "{text}");
        }
        for bad in ["appelez le standard", "12", "de 9h à 17h", "tel:115", "", "1234567"] {
            assert_eq!(tel_href(bad), None, "{bad}");
        }
    }

    #[test]
    fn insee_codes() {
        assert!(is_insee("93066") && is_insee("2A004") && is_insee("2b033"));
        assert!(!is_insee("9306") && !is_insee("930666") && !is_insee("2C004") && !is_insee("9a066"));
    }

    #[test]
    fn mailto_links_name_only_the_address() {
        // Found by the fuzz target `email`: `?` and `#` are valid before the @.
        let address = email("a?bcc=x#y@ville.fr").expect("a valid address");
        assert_eq!(mailto_href(&address), "mailto:a%3Fbcc%3Dx%23y@ville.fr");
        assert_eq!(mailto_href("contact+rdv@caf.fr"), "mailto:contact+rdv@caf.fr");
        assert_eq!(mailto_href("élodie@ville.fr"), "mailto:%C3%A9lodie@ville.fr");
    }

    // The readers of what a contacts file says; their coverage-guided twins are fuzz/fuzz_targets/
    // (`make fuzz`). The strategies stay near each format, where random text seldom goes.
    proptest::proptest! {
        #[test]
        fn a_kept_link_is_rendered_and_normalised_once(
            text in r"[ \t]?(https?|HTTP|ftp|javascript):[/\\]{0,3}([a-zA-Z0-9._~%!$&'()*+,;=:-]{0,12}@)?(\[[0-9a-fA-F:.]{0,20}\]|[a-zA-Z0-9.%-]{0,20}|xn--[a-z0-9-]{0,12}(\.[a-z]{2,3})?|[0-9.x]{0,16})(:[0-9]{0,6})?([/\\?#][ -~é]{0,20})?"
        ) {
            if let Some(u) = web_url(&text) {
                proptest::prop_assert!(is_web_url(&u), "{:?} → {:?}", text, u);
                proptest::prop_assert_eq!(web_url(&u), Some(u.clone()));
            }
        }

        #[test]
        fn a_kept_address_is_itself_and_its_link_writes_to_it_alone(
            text in r"([A-Za-z ]{0,8}<)?[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~é-]{0,12}@[a-zA-Z0-9.é-]{0,16}(\.[a-zA-Z]{0,4})?>?"
        ) {
            if let Some(e) = email(&text) {
                proptest::prop_assert_eq!(email(&e), Some(e.clone()));
                let href = mailto_href(&e);
                proptest::prop_assert!(!href.contains(['?', '#', '&', '=', ' ']), "{}", href);
            }
        }

        #[test]
        fn a_call_link_holds_a_dialable_number_found_again_in_itself(text in r"[a-z ]{0,6}[+0-9 .()\u{a0}-]{0,24}[a-z /]{0,4}") {
            if let Some(h) = tel_href(&text) {
                let number = h.strip_prefix("tel:").expect("a tel: link");
                proptest::prop_assert!(number.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+')), "{}", h);
                proptest::prop_assert_eq!(tel_href(number), Some(h.clone()));
            }
        }

        #[test]
        fn insee_codes_are_five_characters_of_a_commune(text in r"(2[AaBbC]|[0-9]{2}|[a-z]{2})[0-9]{2,4}") {
            let b = text.as_bytes();
            let expected = b.len() == 5 && b[2..].iter().all(u8::is_ascii_digit)
                && (b[..2].iter().all(u8::is_ascii_digit) || matches!(&text[..2], "2A" | "2B" | "2a" | "2b"));
            proptest::prop_assert_eq!(is_insee(&text), expected);
        }
    }
}
