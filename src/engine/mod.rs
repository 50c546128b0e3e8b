//! The pure core: plain Rust, no web dependency, tested natively with `cargo test`.
//!
//! Three capabilities, each depending only on those before it and on the shared basics:
//! - [`diagnostic`]: the questionnaire, a resident's session and its compact text form;
//! - [`contacts`]: the data·inclusion reader, who can help (matching), contact cards, opening hours;
//! - [`handoff`]: the roadmap (what the results and the print show), the take-away link and QR
//!   code, the anonymous count.
//!
//! Shared basics: the embedding [`config`], the accent [`color`], the [`messages`] of each
//! language, the iframe [`protocol`] between the widget and its loader, the small [`formats`]
//! every part checks (INSEE codes, départements, phones, links), the civil [`calendar`] (days,
//! Easter, public holidays), the data·inclusion vocabulary ([`codes`]), which of the device's
//! voices reads a language ([`speech`]), and which département's contacts file a commune or a
//! postcode needs ([`territory`]).

pub mod calendar;
pub mod codes;
pub mod color;
pub mod config;
pub mod contacts;
pub mod diagnostic;
pub mod formats;
pub mod handoff;
pub mod messages;
pub mod pictograms;
pub mod plural;
pub mod protocol;
pub mod speech;
pub mod territory;

/// The eight fields of SPEC §4, in their canonical order.
pub const FIELD_IDS: &[&str] =
    &["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"];

/// One of the eight fields, by its id. Made only from [`FIELD_IDS`] ([`FieldId::parse`],
/// [`FieldId::ALL`]), so it is always one of them; ordered like its id. Its message keys are
/// functions of it, each checked to exist when the build compiles the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldId(&'static str);

impl FieldId {
    /// Every field, in the canonical order.
    pub const ALL: [FieldId; 8] = {
        let mut all = [FieldId(""); 8];
        let mut i = 0;
        while i < 8 {
            all[i] = FieldId(FIELD_IDS[i]);
            i += 1;
        }
        all
    };

    /// The field named `id`, known when the program is compiled (the questionnaire's, which
    /// `build.rs` writes as Rust): an unknown id fails the build.
    pub const fn known(id: &'static str) -> FieldId {
        let mut i = 0;
        while i < FIELD_IDS.len() {
            let (a, b) = (FIELD_IDS[i].as_bytes(), id.as_bytes());
            if a.len() == b.len() {
                let mut j = 0;
                while j < a.len() && a[j] == b[j] {
                    j += 1;
                }
                if j == a.len() {
                    return FieldId(FIELD_IDS[i]);
                }
            }
            i += 1;
        }
        panic!("not one of the eight fields")
    }

    /// The field named `id`, if it is one of the eight.
    pub fn parse(id: &str) -> Option<FieldId> {
        FIELD_IDS.iter().find(|f| **f == id).map(|f| FieldId(f))
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// Its place in the canonical order.
    pub fn index(self) -> usize {
        FIELD_IDS.iter().position(|f| *f == self.0).unwrap_or(0)
    }

    /// Its name (`field-{id}`).
    pub fn key(self) -> &'static str {
        messages::keys::FIELD[self.index()]
    }

    /// What its first question says first (`field-{id}-intro`).
    pub fn intro_key(self) -> &'static str {
        messages::keys::FIELD_INTRO[self.index()]
    }

    /// Its topic on the welcome screen (`topic-{id}`).
    pub fn topic_key(self) -> &'static str {
        messages::keys::TOPIC[self.index()]
    }
}

impl std::ops::Deref for FieldId {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for FieldId {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl std::fmt::Display for FieldId {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for FieldId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for FieldId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<FieldId> for &str {
    fn eq(&self, other: &FieldId) -> bool {
        *self == other.0
    }
}

impl PartialEq<String> for FieldId {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl PartialEq<FieldId> for String {
    fn eq(&self, other: &FieldId) -> bool {
        self == other.0
    }
}

impl PartialEq<FieldId> for str {
    fn eq(&self, other: &FieldId) -> bool {
        self == other.0
    }
}

/// In the engine's tests, a field written as text (`"reseau".into()`); an unknown one panics.
#[cfg(test)]
impl From<&str> for FieldId {
    fn from(id: &str) -> FieldId {
        FieldId::parse(id).unwrap_or_else(|| panic!("not a field: {id}"))
    }
}

impl<'de> serde::Deserialize<'de> for FieldId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FieldId, D::Error> {
        let id = std::borrow::Cow::<str>::deserialize(d)?;
        FieldId::parse(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown field `{id}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field's keys exist in every language (the build checks it); they are the field's.
    #[test]
    fn a_field_is_one_of_the_eight_with_its_keys() {
        assert_eq!(FieldId::ALL.map(FieldId::as_str), *FIELD_IDS);
        for f in FieldId::ALL {
            assert_eq!(FieldId::parse(&f), Some(f));
            assert_eq!((f.key(), f.intro_key()), (&*format!("field-{f}"), &*format!("field-{f}-intro")));
            assert_eq!(f.topic_key(), format!("topic-{f}"));
            assert_eq!(FieldId::ALL[f.index()], f);
        }
        assert_eq!(FieldId::parse("travail"), None);
        let parsed: Result<FieldId, _> = serde_json::from_str("\"travail\"");
        assert!(parsed.is_err());
    }
}
