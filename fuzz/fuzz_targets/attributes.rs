//! The loader's `data-*` attributes (and the iframe page's query, which carries them): one
//! `name=value` a line. Beyond "no panic": every warning names its attribute, and every value
//! kept is one the widget may use.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::config::Config;
use passerelle::engine::formats::is_insee;
use passerelle::engine::messages::Catalog;

const FIELDS: [&str; 8] = ["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let attrs: Vec<(&str, &str)> = text.lines().map(|l| l.split_once('=').unwrap_or((l, ""))).collect();
    let (config, warnings) = Config::parse(attrs.iter().copied(), &FIELDS);
    for w in &warnings {
        assert!(w.0.starts_with("Passerelle: data-"), "{w:?}");
    }
    assert!(warnings.len() <= attrs.len());
    assert!(config.commune.as_deref().is_none_or(is_insee), "{:?}", config.commune);
    assert!(config.fields.iter().all(|f| FIELDS.contains(&f.as_str())), "{:?}", config.fields);
    assert!(config.lang.is_none_or(Catalog::is_shipped));
    assert!(!config.langs.is_empty() && config.langs.iter().all(|l| Catalog::is_shipped(l)));
    if let Some(c) = config.color {
        assert!(c.contrast_with_white() >= 4.5, "{c:?}");
    }
});
