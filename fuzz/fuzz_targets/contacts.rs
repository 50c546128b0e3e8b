//! A partner's contacts file: any JSON tree. Beyond "no panic": whatever is kept is what the
//! widget may render (links, e-mails and phones in their checked forms).
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::calendar::Day;
use passerelle::engine::contacts::read;
use passerelle::engine::formats::{email, is_web_url};

fuzz_target!(|data: &[u8]| {
    let Ok(tree) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let Ok((directory, issues)) = read(&tree, Day::ymd(2026, 12, 1)) else { return };
    for i in &issues {
        assert!(!i.message().is_empty());
    }
    let links = directory.services.iter().filter_map(|s| s.lien_mobilisation.as_deref());
    for link in links.chain(directory.structures.iter().filter_map(|s| s.site_web.as_deref())) {
        assert!(is_web_url(link), "{link:?}");
    }
    for e in directory.services.iter().filter_map(|s| s.courriel.as_deref()) {
        assert_eq!(email(e).as_deref(), Some(e), "courriel");
    }
});
