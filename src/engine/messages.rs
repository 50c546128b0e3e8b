//! Interface messages, compiled from `content/locales/*.ftl` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Every message key, as a constant generated from the French messages (`build.rs`): a key the
/// code names exists in French, and in every language, or the build fails. Keys built from a
/// value are tables by value (`keys::FIELD[i]` for the i-th field), reached through typed
/// functions (`FieldId::key`, `Level::sentence_key`, `Help::key`…).
pub mod keys {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

use super::plural;

/// Messages by key: the key, the text, and whether the text is a pattern to fill (build.rs's
/// compiled form) rather than plain text.
type Table = &'static [(&'static str, &'static str, bool)];

std::thread_local! {
    /// Languages read from their texts, once each for the life of the page.
    static LOADED: std::cell::RefCell<Vec<(&'static str, Table)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// On the web, the French messages the first screen does not need (build.rs: all but `ui-…`
    /// and `topic-…`), once the diagnostic's chunk has added them ([`Catalog::add_french_rest`]).
    static REST: std::cell::Cell<Table> = const { std::cell::Cell::new(&[]) };
}

/// A value for a message's `{ $name }`: a text, or a count, which also picks the plural
/// variant of a `{ $name -> [one] … *[other] … }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n)
    }
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

    /// A language text (one message a line sorted by key, `key<TAB>text` or `key=pattern`, as
    /// build.rs writes them) read into a table of slices of it; `None` for an unknown language
    /// or a damaged text. Not kept: [`Catalog::load`] is for the widget.
    pub fn read(lang: &str, text: &'static str) -> Option<Catalog> {
        let lang = Self::shipped().find(|l| *l == lang)?;
        let mut table: Vec<(&'static str, &'static str, bool)> = Vec::new();
        for line in text.split('\n') {
            let i = next(line, 0, b"\t=");
            if let (Some(k), Some(v)) = (line.get(..i), line.get(i + 1..)) {
                let pattern = line.as_bytes()[i] == b'=';
                // Escapes (`\\`, `\n`…) are read now in plain text, as they are when a pattern is filled.
                let v = if !pattern && next(v, 0, b"\\") < v.len() {
                    let mut s = String::new();
                    Fill { args: &[], lang, isolate: false }.pattern(v, 0, &mut s);
                    Box::leak(s.into_boxed_str())
                } else {
                    v
                };
                table.push((k, v, pattern));
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

    fn lookup(table: Table, key: &str) -> Option<(&'static str, bool)> {
        table.binary_search_by(|(k, ..)| (*k).cmp(key)).ok().map(|i| (table[i].1, table[i].2))
    }

    /// Adds the French messages only the diagnostic and the results use: on the web their text is
    /// in the diagnostic's chunk (`src/ui/boot.rs`), which calls this when it arrives. Native
    /// builds carry every message in [`LANGUAGES`]: nothing to add.
    pub fn add_french_rest() {
        #[cfg(target_arch = "wasm32")]
        if REST.with(|r| r.get().is_empty()) {
            if let Some(c) = Self::read(LANGUAGES[0].0, FR_REST) {
                REST.with(|r| r.set(c.table));
            }
        }
    }

    /// The message `key` in French, the reference language.
    fn french_message(key: &str) -> Option<(&'static str, bool)> {
        Self::lookup(Self::french().table, key).or_else(|| Self::lookup(REST.with(|r| r.get()), key))
    }

    /// The message `key` in this language, else in French (with the language it is in).
    fn find(&self, key: &str) -> Option<(&'static str, &'static str, bool)> {
        let here = Self::lookup(self.table, key).map(|(v, p)| (self.lang, v, p));
        here.or_else(|| Self::french_message(key).map(|(v, p)| (LANGUAGES[0].0, v, p)))
    }

    /// The message `key`, for a message without `{ $name }`; French if this language lacks it;
    /// the key itself if nobody has it.
    pub fn t<'a>(&self, key: &'a str) -> &'a str
    where
        'static: 'a,
    {
        self.find(key).map_or(key, |(_, v, _)| v)
    }

    /// Whether `key` exists in French, the reference language.
    pub fn has(key: &str) -> bool {
        Self::french_message(key).is_some()
    }

    /// The message `key` with its `{ $name }` filled with texts.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (*n, Arg::Str(v))).collect();
        self.format_with(key, &args)
    }

    /// The message `key` with its `{ $name }` filled with texts or numbers, and its variants
    /// chosen (a number picks the plural category of the message's language), in one pass: a
    /// value is never read again. In a right-to-left language each value is isolated (U+2068 …
    /// U+2069, where Fluent puts them), so an address or a phone number keeps its own order.
    pub fn format_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.find(key) {
            Some((lang, v, true)) => {
                let mut out = String::with_capacity(v.len() + 16);
                Fill { args, lang, isolate: self.dir() == "rtl" }.pattern(v, 0, &mut out);
                out
            }
            Some((_, v, false)) => v.to_string(),
            None => key.to_string(),
        }
    }
}

/// A compiled pattern filled as [`Catalog::format_with`] fills a message: for the fuzz target
/// of the filling (fuzz/), which feeds it damaged patterns.
#[doc(hidden)]
pub fn fill(lang: &str, pattern: &str, args: &[(&str, Arg)], isolate: bool) -> String {
    let mut out = String::new();
    Fill { args, lang, isolate }.pattern(pattern, 0, &mut out);
    out
}

/// Fills a compiled pattern (its grammar is in build.rs, `mod fluent`). Never panics, even on
/// a damaged text: what cannot be read is left out.
struct Fill<'a> {
    args: &'a [(&'a str, Arg<'a>)],
    /// The message's language, for plural categories.
    lang: &'a str,
    isolate: bool,
}

/// Where the next of `bytes` is in `s[i..]` (all ASCII, so always a character boundary), or the end.
fn next(s: &str, i: usize, bytes: &[u8]) -> usize {
    s.as_bytes().iter().skip(i).position(|c| bytes.contains(c)).map_or(s.len(), |p| i + p)
}

impl Fill<'_> {
    /// Writes the pattern `s[i..]` up to the `|` or `}` that ends it, or the end; returns where it stopped.
    fn pattern(&self, s: &str, mut i: usize, out: &mut String) -> usize {
        loop {
            let end = next(s, i, b"{}|\\");
            out.push_str(s.get(i..end).unwrap_or(""));
            i = end;
            match s.as_bytes().get(i) {
                Some(b'{') => i = self.placeable(s, i + 1, out),
                // The build escapes ASCII only: `\n` is a line break, `\x` is x.
                Some(b'\\') => match s.as_bytes().get(i + 1) {
                    Some(c) if c.is_ascii() => {
                        out.push(if *c == b'n' { '\n' } else { *c as char });
                        i += 2;
                    }
                    _ => i += 1,
                },
                _ => return i,
            }
        }
    }

    /// A placeable, from after its `{`; returns the index after its `}`.
    fn placeable(&self, s: &str, mut i: usize, out: &mut String) -> usize {
        let b = s.as_bytes();
        let alone = b.get(i) == Some(&b'!');
        i += alone as usize;
        let mut text = String::new();
        if b.get(i) == Some(&b'=') {
            i = self.pattern(s, i + 1, &mut text);
        } else {
            let end = next(s, i, b"}?");
            let name = s.get(i + 1..end).unwrap_or("");
            let arg = self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
            i = end;
            if b.get(i) == Some(&b'?') {
                // The first variant whose key matches, else the default one (`*`).
                let (mut chosen, mut default) = (None, None);
                while b.get(i).is_some_and(|c| *c != b'}') {
                    let star = b.get(i + 1) == Some(&b'*');
                    let key = i + 1 + star as usize;
                    let colon = next(s, key, b":");
                    let mut variant = String::new();
                    i = self.pattern(s, colon + 1, &mut variant);
                    if chosen.is_none() && arg.is_some_and(|a| self.matches(a, s.get(key..colon).unwrap_or(""))) {
                        chosen = Some(variant);
                    } else if star {
                        default = Some(variant);
                    }
                }
                text = chosen.or(default).unwrap_or_default();
            } else {
                match arg {
                    Some(Arg::Str(v)) => text.push_str(v),
                    Some(Arg::Num(n)) => text = n.to_string(),
                    // As Fluent shows a value it was not given.
                    None => {
                        text.push_str("{$");
                        text.push_str(name);
                        text.push('}');
                    }
                }
            }
        }
        if self.isolate && !alone {
            out.push('\u{2068}');
            out.push_str(&text);
            out.push('\u{2069}');
        } else {
            out.push_str(&text);
        }
        i + 1
    }

    /// Fluent's matching: a text equals the key; a number equals a number key, or has the key
    /// as its plural category.
    fn matches(&self, arg: Arg, key: &str) -> bool {
        let number_key = key.as_bytes().first().is_some_and(|c| c.is_ascii_digit() || *c == b'-');
        match arg {
            Arg::Str(v) => !number_key && v == key,
            Arg::Num(n) if number_key => key == n.to_string(),
            Arg::Num(n) => plural::category(self.lang, n as u64) == Some(key),
        }
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

    /// The variables a compiled message uses, selectors included, sorted.
    fn variables(v: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut chars = v.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '{' => {
                    let rest = v[i + 1..].trim_start_matches('!');
                    if let Some(name) = rest.strip_prefix('$') {
                        found.push(name[..name.find(['}', '?']).unwrap_or(name.len())].to_string());
                    }
                }
                _ => {}
            }
        }
        found.sort();
        found.dedup();
        found
    }

    /// Every language says everything French says, and nothing else.
    #[test]
    fn no_translation_is_missing() {
        let fr: Vec<&str> = Catalog::new("fr").table.iter().map(|(k, ..)| *k).collect();
        let mut report = Vec::new();
        for (lang, _) in &LANGUAGES[1..] {
            let table = Catalog::new(lang).table;
            let keys: Vec<&str> = table.iter().map(|(k, ..)| *k).collect();
            let missing: Vec<_> = fr.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !fr.contains(k)).collect();
            if !missing.is_empty() {
                report.push(format!("{lang} lacks {missing:?}"));
            }
            if !extra.is_empty() {
                report.push(format!("{lang} has unknown {extra:?}"));
            }
            for (k, v, _) in table.iter() {
                let (a, b) = (variables(v), variables(Catalog::new("fr").t(k)));
                if a != b {
                    report.push(format!("{lang} `{k}` uses {a:?}, French {b:?}"));
                }
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
        assert_eq!(LANGUAGES.len(), SHIPPED.len());
    }

    /// A table back to the text build.rs writes.
    fn text(table: Table, skip: &str) -> String {
        let escape = |v: &str| {
            v.chars()
                .map(|c| match c {
                    '\n' => "\\n".to_string(),
                    '\\' | '{' | '}' | '|' => format!("\\{c}"),
                    c => c.to_string(),
                })
                .collect::<String>()
        };
        table
            .iter()
            .filter(|(k, ..)| *k != skip)
            .map(|(k, v, pattern)| if *pattern { format!("{k}={v}\n") } else { format!("{k}\t{}\n", escape(v)) })
            .collect()
    }

    #[test]
    fn a_language_file_reads_back_and_a_missing_message_falls_back_to_french() {
        let en = Catalog::new("en");
        // As the widget reads it (natively, English is also compiled in).
        let c = Catalog::read("en", Box::leak(text(en.table, "ui-start").into_boxed_str())).unwrap();
        assert_eq!(c.lang, "en");
        assert_eq!(c.t("ui-next"), en.t("ui-next"));
        assert_eq!(c.t("ui-start"), "Commencer", "missing in English: the French message");
        for (k, ..) in en.table.iter().filter(|(k, ..)| *k != "ui-start") {
            let args = [("count", Arg::Num(3)), ("partner", Arg::Str("P")), ("index", Arg::Num(1))];
            assert_eq!(c.format_with(k, &args), en.format_with(k, &args), "{k}");
        }
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
        assert_eq!(fr.format("no-such-key", &[]), "no-such-key");
        assert!(fr.format("ui-welcome-title", &[]).contains("Passerelle"));
    }

    /// A catalog of one language made of the given lines, for the reader's own tests.
    fn catalog(lang: &str, lines: &str) -> Catalog {
        Catalog::read(lang, Box::leak(lines.to_string().into_boxed_str())).unwrap()
    }

    /// Placeholders are filled in one pass: a value is text, never a pattern read again.
    #[test]
    fn a_value_is_never_expanded_again() {
        let c = catalog("fr", "m=Appelez {$who} au {$phone}.\n");
        let args = [("who", "{$phone} {$who} \\n {=x} |"), ("phone", "01")];
        assert_eq!(c.format("m", &args), "Appelez {$phone} {$who} \\n {=x} | au 01.");
        let ar = catalog("ar", "m=اتصل بـ {$who} على {$phone}\n");
        assert_eq!(ar.format("m", &args), "اتصل بـ \u{2068}{$phone} {$who} \\n {=x} |\u{2069} على \u{2068}01\u{2069}");
    }

    #[test]
    fn selects_plural_categories_numbers_and_words() {
        let lines = "m={!$n?0:aucun|one:{$n} thème|*other:{$n} thèmes}\n\
                     w={!$g?f:elle|*m:il} {=8} \\{x\\} \\| \\\\ \\n.\n";
        let fr = catalog("fr", lines);
        let cases = [(0, "aucun"), (1, "1 thème"), (2, "2 thèmes"), (11, "11 thèmes")];
        for (n, want) in cases {
            assert_eq!(fr.format_with("m", &[("n", Arg::Num(n))]), want);
        }
        assert_eq!(
            fr.format_with("m", &[("n", Arg::Str("1"))]),
            "1 thèmes",
            "a text is no number: the default variant"
        );
        assert_eq!(fr.format("m", &[]), "{$n} thèmes", "no value: the default variant");
        assert_eq!(fr.format("w", &[("g", "f")]), "elle 8 {x} | \\ \n.");
        assert_eq!(fr.format("w", &[("g", "x")]), "il 8 {x} | \\ \n.");
        let ar = catalog("ar", "m={!$n?zero:0|one:1|two:2|few:{$n} ق|many:{$n} م|*other:{$n} و}\n");
        for (n, want) in [(0, "0"), (1, "1"), (2, "2"), (3, "\u{2068}3\u{2069} ق"), (11, "\u{2068}11\u{2069} م")] {
            assert_eq!(ar.format_with("m", &[("n", Arg::Num(n))]), want);
        }
        assert_eq!(ar.format_with("m", &[("n", Arg::Num(103))]), "\u{2068}103\u{2069} ق", "CLDR: 103 is few");
        assert_eq!(ar.format_with("m", &[("n", Arg::Num(100))]), "\u{2068}100\u{2069} و");
    }

    #[test]
    fn plural_categories() {
        let cat = |lang, n| plural::category(lang, n).unwrap();
        assert_eq!([0, 1, 2].map(|n| cat("fr", n)), ["one", "one", "other"]);
        assert_eq!([0, 1, 2].map(|n| cat("en", n)), ["other", "one", "other"]);
        let ar = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000].map(|n| cat("ar", n));
        assert_eq!(ar, ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many", "other"]);
        assert_eq!(plural::category("xx", 1), None);
    }

    mod fuzz {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// A damaged pattern never panics the widget.
            #[test]
            fn fuzz_any_pattern_fills(p in "[{}|$?!=*:\\\\a-z0-9 é]{0,40}", n in any::<usize>()) {
                for lang in ["fr", "ar"] {
                    let c = catalog(lang, Box::leak(format!("m={p}\n").into_boxed_str()));
                    let _ = c.format_with("m", &[("a", Arg::Num(n)), ("b", Arg::Str("x"))]);
                }
            }
        }
    }
}
