//! The take-away link's fragment and the stored session: whatever a stranger puts after `#r=`.
//! Beyond "no panic": a session that is read is written back as text that reads the same
//! session, for the link and for the device's storage.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use passerelle::engine::diagnostic::{Diagnostic, Session};
use passerelle::engine::handoff::share::from_fragment;

thread_local! {
    static DIAGNOSTIC: Diagnostic = Diagnostic::new(Questionnaire::builtin(), &[]);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let answers = from_fragment(text).unwrap_or(text);
    DIAGNOSTIC.with(|d| {
        if let Ok(s) = Session::from_link(d, answers) {
            let again = s.link(d, true);
            assert_eq!(Session::from_link(d, &again).as_ref(), Ok(&s), "link {answers:?} → {again:?}");
        }
        if let Ok(s) = Session::restore(d, answers) {
            let again = s.encode(d);
            assert_eq!(Session::restore(d, &again).as_ref(), Ok(&s), "stored {answers:?} → {again:?}");
        }
    });
});
