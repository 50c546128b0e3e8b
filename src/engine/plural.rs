//! CLDR cardinal plural categories of the shipped languages, for whole numbers (counts).
//!
//! Shared with `build.rs` (which resolves selectors known at build time), so the widget and the
//! build always agree. A shipped language needs its rules here: the build fails otherwise.

/// The category of the count `n` in `lang` (`zero`, `one`, `two`, `few`, `many`, `other`), as a
/// Fluent variant key names it; `None` for a language without rules here.
pub fn category(lang: &str, n: u64) -> Option<&'static str> {
    Some(match lang {
        // French: 0 and 1 are singular (« 0 thème »). CLDR's `many` (1 000 000 …) is newer than
        // the data fluent-bundle uses, and no count here gets there.
        "fr" if n <= 1 => "one",
        "fr" => "other",
        "en" if n == 1 => "one",
        "en" => "other",
        // Arabic's six forms. CLDR: few is n % 100 in 3..=10, many n % 100 in 11..=99 (so 103 is
        // few); intl_pluralrules 7.0 (under fluent-bundle) drops the modulo, and agrees up to 102.
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        _ => return None,
    })
}
