//! Read-aloud with the browser's own voices (Web Speech API): nothing leaves the device.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice for `lang` ("fr" matches "fr-FR", "fr_CA"…), if the device has one.
fn voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    synth()?.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).find(|v| {
        let l = v.lang().to_ascii_lowercase();
        l == lang || l.starts_with(&format!("{lang}-")) || l.starts_with(&format!("{lang}_"))
    })
}

/// Whether the button can be offered: hidden where no voice speaks the language.
pub fn available(lang: &str) -> bool {
    voice(lang).is_some()
}

/// Speaks `text` in `lang`, stopping whatever was being read.
pub fn speak(text: &str, lang: &str) {
    let (Some(s), Some(v)) = (synth(), voice(lang)) else { return };
    s.cancel();
    if let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) {
        u.set_lang(&v.lang());
        u.set_voice(Some(&v));
        s.speak(&u);
    }
}

/// Stops reading (the resident moved on).
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// Calls `f` when the device's voices change (they often load after the page).
pub fn on_voices(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let s = synth()?;
    Some(gloo::events::EventListener::new(&s, "voiceschanged", move |_| f()))
}
