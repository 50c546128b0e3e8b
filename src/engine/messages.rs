//! Interface messages, compiled from `content/locales/*.ftl` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Languages written right to left.
const RTL: &[&str] = &["ar"];

type Table = &'static [(&'static str, &'static str)];

std::thread_local! {
    /// Languages read from their texts, once each for the life of the page.
    static LOADED: std::cell::RefCell<Vec<(&'static str, Table)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The messages of one language; a key missing there falls back to French.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catalog {
    pub lang: &'static str,
    table: Table,
}

impl Catalog {
    /// The catalog for `lang` if this build carries it or it was loaded, else French.
    pub fn new(lang: &str) -> Catalog {
        Self::available(lang).unwrap_or_else(Self::french)
    }

    fn french() -> Catalog {
        Self::available(LANGUAGES[0].0).unwrap_or(Catalog { lang: LANGUAGES[0].0, table: &[] })
    }

    /// `lang`'s catalog, if it is at hand without fetching its file.
    pub fn available(lang: &str) -> Option<Catalog> {
        if let Some((lang, table)) = LOADED.with(|l| l.borrow().iter().find(|(l, _)| *l == lang).copied()) {
            return Some(Catalog { lang, table });
        }
        let (_, text) = LANGUAGES.iter().find(|(l, _)| *l == lang)?;
        Some(Self::keep(Self::read(lang, text)?))
    }

    /// Reads a fetched language file. Each language is read once and kept for the page's
    /// life, so catalogs stay cheap to copy. A damaged file gives French.
    pub fn load(lang: &str, text: String) -> Catalog {
        if let Some(c) = Self::available(lang) {
            return c;
        }
        Self::read(lang, Box::leak(text.into_boxed_str())).map(Self::keep).unwrap_or_else(Self::french)
    }

    fn keep(c: Catalog) -> Catalog {
        LOADED.with(|l| l.borrow_mut().push((c.lang, c.table)));
        c
    }

    /// A language text (`key<TAB>text` lines sorted by key, as build.rs writes them) read
    /// into a table of slices of it; `None` for an unknown language or a damaged text.
    fn read(lang: &str, text: &'static str) -> Option<Catalog> {
        let lang = Self::shipped().find(|l| *l == lang)?;
        let mut table: Vec<(&'static str, &'static str)> = Vec::new();
        for line in text.lines() {
            if let Some((k, v)) = line.split_once('\t') {
                let v = if v.contains("\\n") { Box::leak(v.replace("\\n", "\n").into_boxed_str()) } else { v };
                table.push((k, v));
            }
        }
        // Out of order or repeated keys would defeat the binary search: such a text is refused.
        if table.is_empty() || !table.windows(2).all(|w| w[0].0 < w[1].0) {
            return None;
        }
        Some(Catalog { lang, table: Box::leak(table.into_boxed_slice()) })
    }

    pub fn is_shipped(lang: &str) -> bool {
        SHIPPED.iter().any(|(l, ..)| *l == lang)
    }

    pub fn shipped() -> impl Iterator<Item = &'static str> {
        SHIPPED.iter().map(|(l, ..)| *l)
    }

    /// The bundle file holding `lang`'s messages (`None` for French, which the bundle carries).
    pub fn file(lang: &str) -> Option<&'static str> {
        SHIPPED.iter().find(|(l, ..)| *l == lang).map(|(_, f, _)| *f).filter(|f| !f.is_empty())
    }

    /// A language's name in that language, for the language menu.
    pub fn own_name(lang: &str) -> &'static str {
        SHIPPED.iter().find(|(l, ..)| *l == lang).map_or("", |(.., n)| *n)
    }

    pub fn dir(&self) -> &'static str {
        if RTL.contains(&self.lang) {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn lookup(table: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
        table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1)
    }

    /// The message `key`; French if this language lacks it; the key itself if nobody has it.
    pub fn t<'a>(&self, key: &'a str) -> &'a str
    where
        'static: 'a,
    {
        Self::lookup(self.table, key).or_else(|| Self::lookup(Self::french().table, key)).unwrap_or(key)
    }

    /// Whether `key` exists in French, the reference language.
    pub fn has(key: &str) -> bool {
        Self::lookup(Self::french().table, key).is_some()
    }

    /// The message `key` with its `{$name}` variables filled in. In a right-to-left language
    /// each value is isolated (U+2068 … U+2069, as Fluent does), so an address or a phone
    /// number keeps its own order.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut text = self.t(key).to_string();
        let rtl = self.dir() == "rtl";
        for (name, value) in args {
            let value = if rtl { format!("\u{2068}{value}\u{2069}") } else { value.to_string() };
            text = text.replace(&format!("{{${name}}}"), &value);
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
    fn every_text_reads_into_a_sorted_table() {
        for (lang, _) in LANGUAGES {
            let c = Catalog::available(lang).unwrap_or_else(|| panic!("{lang} does not read"));
            assert!(c.table.len() > 100 && c.table.windows(2).all(|w| w[0].0 < w[1].0), "{lang}");
        }
    }

    /// Every language says everything French says, and nothing else.
    #[test]
    fn no_translation_is_missing() {
        let fr: Vec<&str> = Catalog::new("fr").table.iter().map(|(k, _)| *k).collect();
        let mut report = Vec::new();
        for (lang, _) in &LANGUAGES[1..] {
            let table = Catalog::new(lang).table;
            let keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            let missing: Vec<_> = fr.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !fr.contains(k)).collect();
            if !missing.is_empty() {
                report.push(format!("{lang} lacks {missing:?}"));
            }
            if !extra.is_empty() {
                report.push(format!("{lang} has unknown {extra:?}"));
            }
            for (k, v) in table.iter() {
                let vars = |s: &str| {
                    s.match_indices("{$")
                        .map(|(i, _)| s[i..].split('}').next().unwrap_or("").to_string())
                        .collect::<Vec<_>>()
                };
                let (mut a, mut b) = (vars(v), vars(Catalog::new("fr").t(k)));
                a.sort();
                b.sort();
                if a != b {
                    report.push(format!("{lang} `{k}` has placeables {a:?}, French {b:?}"));
                }
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
        assert_eq!(LANGUAGES.len(), SHIPPED.len());
    }

    #[test]
    fn a_language_file_reads_back_and_a_missing_message_falls_back_to_french() {
        let en = Catalog::new("en").table;
        let text: String = en
            .iter()
            .filter(|(k, _)| *k != "ui-start")
            .map(|(k, v)| format!("{k}\t{}\n", v.replace('\n', "\\n")))
            .collect();
        // As the widget reads it (natively, English is also compiled in).
        let c = Catalog::read("en", Box::leak(text.into_boxed_str())).unwrap();
        assert_eq!(c.lang, "en");
        assert_eq!(c.t("ui-next"), en.iter().find(|(k, _)| *k == "ui-next").unwrap().1);
        assert_eq!(c.t("ui-start"), "Commencer", "missing in English: the French message");
        assert_eq!(Catalog::read("xx", "a\tb"), None);
        assert_eq!(Catalog::read("ar", "b\tx\na\ty\n"), None, "unsorted file refused");
        assert_eq!(Catalog::load("xx", "a\tb".into()).lang, "fr");
        assert!(Catalog::file("en").is_some_and(|f| f.starts_with("messages-en-")));
        assert_eq!(Catalog::file("fr"), None);
    }

    #[test]
    fn right_to_left_values_are_isolated() {
        let ar = Catalog::new("ar");
        assert_eq!(ar.dir(), "rtl");
        let call = ar.format("ui-contact-call", &[("phone", "01 99 00 12 34")]);
        assert!(call.contains("\u{2068}01 99 00 12 34\u{2069}"), "{call}");
        assert!(!Catalog::new("fr").format("ui-contact-call", &[("phone", "01")]).contains('\u{2068}'));
    }

    #[test]
    fn formats_variables_and_falls_back_to_the_key() {
        let fr = Catalog::new("fr");
        assert_eq!(fr.t("no-such-key"), "no-such-key");
        assert!(fr.format("ui-welcome-title", &[]).contains("Passerelle"));
    }
}
