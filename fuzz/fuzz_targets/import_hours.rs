//! The importer's reading of French free-text opening hours (« Lundi : 8h00-12h00 14h00-18h00 … »,
//! « du lundi au vendredi de 9h à 12h »). Beyond "no panic": what it writes, the widget reads,
//! and it says nothing on days the text does not name.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::contacts::hours::parse;

#[path = "../../src/bin/passerelle-import/hours.rs"]
mod french;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(osm) = french::to_osm(text) {
        assert!(parse(&osm).is_some(), "{text:?} → {osm:?}: the widget cannot read it");
        assert_eq!(french::to_osm(text).as_deref(), Some(osm.as_str()));
    }
});
