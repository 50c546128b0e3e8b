//! The take-away link and its QR code: the widget page, the partner's settings in the query
//! (not personal), the answers in the fragment, which browsers never send to any server.

use crate::engine::config::Config;
use crate::engine::diagnostic::assessment::Diagnostic;
use crate::engine::diagnostic::state::Session;
use crate::engine::formats::encode_query;
use qrcodegen::{QrCode, QrCodeEcc};

/// The fragment key of the answers.
pub const FRAGMENT: &str = "#r=";

/// The take-away link, without and with the private fields (the resident chooses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links {
    pub without_private: String,
    pub with_private: String,
}

impl Links {
    pub fn of(page: &str, config: &Config, lang: &str, d: &Diagnostic, s: &Session) -> Links {
        Links {
            without_private: link(page, config, lang, &s.link(d, false)),
            with_private: link(page, config, lang, &s.link(d, true)),
        }
    }

    pub fn get(&self, with_private: bool) -> &str {
        if with_private {
            &self.with_private
        } else {
            &self.without_private
        }
    }
}

/// `page`: the widget page's URL without query or fragment.
pub fn link(page: &str, config: &Config, lang: &str, answers: &str) -> String {
    let mut q: Vec<(&str, String)> = vec![("lang", lang.to_string())];
    if let Some(c) = &config.contacts {
        q.push(("contacts", c.clone()));
    }
    if let Some(p) = &config.partner {
        q.push(("partner", p.clone()));
    }
    if let Some(c) = &config.commune {
        q.push(("commune", c.clone()));
    }
    if let Some(c) = config.color {
        q.push(("color", c.hex()));
    }
    if !config.fields.is_empty() {
        q.push(("fields", config.fields.join(",")));
    }
    if !config.highlight.is_empty() {
        q.push(("highlight", config.highlight.join(",")));
    }
    let query: Vec<String> = q.into_iter().map(|(k, v)| format!("{k}={}", encode_query(&v))).collect();
    format!("{page}?{}{FRAGMENT}{answers}", query.join("&"))
}

/// The answers' text in a URL fragment, if it has one.
pub fn from_fragment(hash: &str) -> Option<&str> {
    hash.strip_prefix(FRAGMENT)
}

/// The QR code of `text` as one SVG path (one unit per module, a 4-module quiet zone), and its
/// size in units. `None` if the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut d = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!("M{} {}h{}v1h-{}z", start + 4, y + 4, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some((d, n + 8))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::color::Rgb;

    #[test]
    fn the_link_carries_settings_in_the_query_and_answers_in_the_fragment() {
        let config = Config {
            partner: Some("Centre social Les Tilleuls".into()),
            commune: Some("93901".into()),
            contacts: Some("https://h/contacts.json?v=2".into()),
            color: Rgb::parse("#0b6e4f"),
            ..Config::default()
        };
        let l = link("https://h/passerelle/widget.html", &config, "fr", "1ABCD.r..AAAAAAAA..A.");
        assert_eq!(
            l,
            "https://h/passerelle/widget.html?lang=fr&contacts=https%3A%2F%2Fh%2Fcontacts.json%3Fv%3D2&partner=Centre%20social%20Les%20Tilleuls&commune=93901&color=%230b6e4f#r=1ABCD.r..AAAAAAAA..A."
        );
        assert_eq!(from_fragment("#r=abc"), Some("abc"));
        assert_eq!(from_fragment("#x=abc"), None);
    }

    #[test]
    fn a_qr_code_for_a_full_link() {
        let text =
            format!("https://exemple.invalid/passerelle/widget.html?lang=fr&partner=Centre#r={}", "A".repeat(80));
        let (path, size) = qr_path(&text).unwrap();
        assert!(size >= 21 + 8 && path.starts_with('M'));
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
