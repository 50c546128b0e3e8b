//! Which of the device's voices reads a language: the rule, without the browser (the call to
//! `speechSynthesis` is in `web::speech`).

/// A voice as the device lists it: its language tag ("fr-FR", "fr_BE", "ar") and whether it
/// is the device's default voice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub lang: String,
    pub default: bool,
}

/// The regional variants preferred for each language, closest first: the French of France,
/// British then American English, Modern Standard Arabic (Saudi voices read it) then the
/// Egyptian and Maghreb ones.
fn preferred(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["fr-fr"],
        "en" => &["en-gb", "en-us"],
        "ar" => &["ar-sa", "ar-001", "ar-eg", "ar-ma", "ar-dz", "ar-tn"],
        _ => &[],
    }
}

/// "fr_BE" → "fr-be".
fn tag(lang: &str) -> String {
    lang.trim().to_ascii_lowercase().replace('_', "-")
}

/// The voice that reads `lang` (a primary language subtag: "fr", "en", "ar"), as an index
/// into `voices`: the device's default voice when it speaks the language; else the closest
/// regional variant (`preferred`); else the bare language ("fr"); else the first that
/// speaks it. `None` where no voice speaks the language.
pub fn pick(lang: &str, voices: &[Voice]) -> Option<usize> {
    let lang = tag(lang);
    let speaks = |v: &Voice| {
        let t = tag(&v.lang);
        t == lang || t.starts_with(&format!("{lang}-"))
    };
    let candidates: Vec<usize> = (0..voices.len()).filter(|&i| speaks(&voices[i])).collect();
    if let Some(&i) = candidates.iter().find(|&&i| voices[i].default) {
        return Some(i);
    }
    for region in preferred(&lang) {
        if let Some(&i) = candidates.iter().find(|&&i| tag(&voices[i].lang) == *region) {
            return Some(i);
        }
    }
    candidates.iter().copied().find(|&i| tag(&voices[i].lang) == lang).or(candidates.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, bool)]) -> Vec<Voice> {
        list.iter().map(|(l, d)| Voice { lang: l.to_string(), default: *d }).collect()
    }

    #[test]
    fn france_before_belgium() {
        assert_eq!(pick("fr", &voices(&[("fr-BE", false), ("fr-CA", false), ("fr-FR", false)])), Some(2));
        assert_eq!(pick("fr", &voices(&[("fr_BE", false), ("fr_FR", false)])), Some(1));
    }

    #[test]
    fn the_devices_default_voice_first() {
        assert_eq!(pick("fr", &voices(&[("fr-FR", false), ("fr-CA", true)])), Some(1));
        // A default voice in another language is not taken.
        assert_eq!(pick("fr", &voices(&[("en-US", true), ("fr-BE", false)])), Some(1));
    }

    #[test]
    fn closest_variant_then_any() {
        assert_eq!(pick("en", &voices(&[("en-AU", false), ("en-US", false), ("en-GB", false)])), Some(2));
        assert_eq!(pick("en", &voices(&[("en-AU", false), ("en-US", false)])), Some(1));
        assert_eq!(pick("ar", &voices(&[("ar-EG", false), ("ar-SA", false)])), Some(1));
        assert_eq!(pick("ar", &voices(&[("fr-FR", false), ("ar", false), ("ar-LB", false)])), Some(1));
        assert_eq!(pick("ar", &voices(&[("ar-LB", false)])), Some(0));
    }

    #[test]
    fn no_voice_for_the_language() {
        assert_eq!(pick("ar", &voices(&[("fr-FR", true), ("en-GB", false)])), None);
        assert_eq!(pick("fr", &[]), None);
        // "frr" (North Frisian) is not French.
        assert_eq!(pick("fr", &voices(&[("frr-DE", false)])), None);
    }
}
