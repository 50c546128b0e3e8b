//! Interface messages, compiled from `content/locales/*.ftl` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Languages written right to left.
const RTL: &[&str] = &["ar"];

/// The messages of one language; a key missing there falls back to French.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catalog {
    pub lang: &'static str,
    table: &'static [(&'static str, &'static str)],
}

impl Catalog {
    /// The catalog for `lang`, or French when that language is not shipped.
    pub fn new(lang: &str) -> Catalog {
        let (lang, table) = LANGUAGES
            .iter()
            .find(|(l, _)| *l == lang)
            .copied()
            .unwrap_or(LANGUAGES[0]);
        Catalog { lang, table }
    }

    pub fn is_shipped(lang: &str) -> bool {
        LANGUAGES.iter().any(|(l, _)| *l == lang)
    }

    pub fn shipped() -> impl Iterator<Item = &'static str> {
        LANGUAGES.iter().map(|(l, _)| *l)
    }

    pub fn dir(&self) -> &'static str {
        if RTL.contains(&self.lang) { "rtl" } else { "ltr" }
    }

    fn lookup(table: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
        table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1)
    }

    /// The message `key`; French if this language lacks it; the key itself if nobody has it.
    pub fn t<'a>(&self, key: &'a str) -> &'a str
    where
        'static: 'a,
    {
        Self::lookup(self.table, key)
            .or_else(|| Self::lookup(LANGUAGES[0].1, key))
            .unwrap_or(key)
    }

    /// Whether `key` exists in French, the reference language.
    pub fn has(key: &str) -> bool {
        Self::lookup(LANGUAGES[0].1, key).is_some()
    }

    /// The message `key` with its `{$name}` variables filled in.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut text = self.t(key).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{${name}}}"), value);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_is_the_reference_and_fallback() {
        assert_eq!(LANGUAGES[0].0, "fr");
        assert_eq!(Catalog::new("xx").lang, "fr");
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for (lang, table) in LANGUAGES {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "{lang} is not sorted");
        }
    }

    #[test]
    fn formats_variables_and_falls_back_to_the_key() {
        let fr = Catalog::new("fr");
        assert_eq!(fr.t("no-such-key"), "no-such-key");
        assert!(fr.format("ui-welcome-title", &[]).contains("Passerelle"));
    }
}
