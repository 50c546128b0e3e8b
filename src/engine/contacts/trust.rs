//! What the bundle's origin vouches for (SPEC §7). A link to the widget page can name any partner
//! and any contacts file; opened on the bundle's own origin, outside a partner's page, it would
//! borrow that origin's trust. The deployment lists the partners and contacts files it vouches for
//! (`trust.json`, written by the build from `deploy/trust.json`); a page opened directly shows a
//! partner's name or loads a contacts file only if listed, else the national contacts and a note.
//! Inside a partner's page (the loader's iframe, or inline) the page is the partner's own: no rule.

use crate::engine::config::Config;
use crate::engine::contacts::tree::Tree;

/// The deployment's lists. Missing or malformed: empty, so nothing is vouched for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trust {
    pub partners: Vec<String>,
    pub contacts: Vec<String>,
}

/// What a page opened directly asked for and was refused.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Refused {
    pub partner: Option<String>,
    pub contacts: Option<String>,
}

impl Refused {
    pub fn any(&self) -> bool {
        self.partner.is_some() || self.contacts.is_some()
    }

    /// One console line for whoever opened the link.
    pub fn message(&self) -> String {
        let mut what = Vec::new();
        if let Some(p) = &self.partner {
            what.push(format!("partner \"{p}\""));
        }
        if let Some(c) = &self.contacts {
            what.push(format!("contacts \"{c}\""));
        }
        format!(
            "Passerelle: this page was opened directly and names {} that the deployment does not list (trust.json); showing the national contacts.",
            what.join(" and ")
        )
    }
}

const MAX_ENTRIES: usize = 1000;

impl Trust {
    /// Reads `{"partners": [text…], "contacts": [url…]}`; entries that are not text are skipped.
    pub fn read<T: Tree>(tree: &T) -> Trust {
        let list = |key: &str| -> Vec<String> {
            tree.get(key)
                .and_then(|l| l.items())
                .unwrap_or_default()
                .iter()
                .filter_map(|v| v.as_text())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .take(MAX_ENTRIES)
                .collect()
        };
        Trust { partners: list("partners"), contacts: list("contacts") }
    }

    /// Applies the rule to a page opened directly. `resolve` turns a contacts URL (the link's, or
    /// a listed one) into an absolute URL, relative to the bundle's folder; `None` if it cannot.
    /// The bundle's own contacts file (no `contacts` given) is always vouched for. Anything
    /// refused: the partner's name is dropped, and the contacts become the national ones.
    pub fn vouch(&self, config: &mut Config, resolve: impl Fn(&str) -> Option<String>) -> Refused {
        let mut refused = Refused::default();
        if let Some(p) = &config.partner {
            if !self.partners.iter().any(|l| l == p.trim()) {
                refused.partner = Some(p.clone());
            }
        }
        if let Some(c) = &config.contacts {
            let wanted = resolve(c);
            let listed = wanted.as_ref().is_some_and(|w| self.contacts.iter().any(|l| resolve(l).as_ref() == Some(w)));
            if !listed {
                refused.contacts = Some(c.clone());
            }
        }
        if refused.any() {
            if refused.partner.is_some() {
                config.partner = None;
            }
            config.contacts = None;
            config.highlight.clear();
            config.unvouched = true;
        }
        refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const BUNDLE: &str = "https://passerelle.example.org/b/";

    /// Enough of URL resolution for the tests: absolute, root-relative, folder-relative.
    fn resolve(u: &str) -> Option<String> {
        if u.starts_with("https://") || u.starts_with("http://") {
            Some(u.to_string())
        } else if let Some(path) = u.strip_prefix('/') {
            Some(format!("https://passerelle.example.org/{path}"))
        } else if u.contains(':') {
            None
        } else {
            Some(format!("{BUNDLE}{u}"))
        }
    }

    fn trust() -> Trust {
        Trust::read(&json!({
            "partners": ["Centre social Les Tilleuls", 3, ""],
            "contacts": ["contacts.json", "https://territoire.example.org/contacts.json"]
        }))
    }

    fn config(partner: Option<&str>, contacts: Option<&str>) -> Config {
        Config {
            partner: partner.map(String::from),
            contacts: contacts.map(String::from),
            highlight: vec!["x".into()],
            ..Config::default()
        }
    }

    #[test]
    fn reads_the_lists_and_skips_what_is_not_text() {
        assert_eq!(trust().partners, vec!["Centre social Les Tilleuls"]);
        assert_eq!(trust().contacts.len(), 2);
        assert_eq!(Trust::read(&json!("nonsense")), Trust::default());
        assert_eq!(Trust::read(&json!({ "partners": "x" })), Trust::default());
    }

    #[test]
    fn listed_partner_and_contacts_are_kept() {
        for contacts in [
            None,
            Some("contacts.json"),
            Some("https://passerelle.example.org/b/contacts.json"),
            Some("https://territoire.example.org/contacts.json"),
        ] {
            let mut c = config(Some("Centre social Les Tilleuls"), contacts);
            let before = c.clone();
            assert!(!trust().vouch(&mut c, resolve).any(), "{contacts:?}");
            assert_eq!(c, before);
        }
    }

    #[test]
    fn the_crafted_link_of_issue_17_is_refused() {
        let mut c = config(Some("Caisse Test"), Some("https://stranger/c.json"));
        let r = trust().vouch(&mut c, resolve);
        assert_eq!(r.partner.as_deref(), Some("Caisse Test"));
        assert_eq!(r.contacts.as_deref(), Some("https://stranger/c.json"));
        assert!(r.message().contains("Caisse Test") && r.message().contains("trust.json"));
        assert_eq!((c.partner, c.contacts, c.highlight.len(), c.unvouched), (None, None, 0, true));
    }

    #[test]
    fn an_unlisted_partner_alone_or_unlisted_contacts_alone_is_refused() {
        let mut c = config(Some("Caisse Test"), None);
        assert!(trust().vouch(&mut c, resolve).any());
        assert!(c.unvouched && c.partner.is_none());
        let mut c = config(Some("Centre social Les Tilleuls"), Some("/other/contacts.json"));
        let r = trust().vouch(&mut c, resolve);
        assert_eq!(
            (r.partner, c.partner.as_deref(), c.contacts, c.unvouched),
            (None, Some("Centre social Les Tilleuls"), None, true)
        );
    }

    #[test]
    fn nothing_listed_vouches_for_nothing_but_the_bundles_own_file() {
        let mut c = config(None, None);
        assert!(!Trust::default().vouch(&mut c, resolve).any());
        let mut c = config(None, Some("contacts.json"));
        assert!(Trust::default().vouch(&mut c, resolve).any());
        // A URL that cannot be resolved is never listed.
        let mut c = config(None, Some("javascript:alert(1)"));
        assert!(trust().vouch(&mut c, resolve).any());
    }
}
