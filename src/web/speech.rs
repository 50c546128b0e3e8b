//! Read-aloud with the browser's own voices (Web Speech API): nothing leaves the device. Which
//! voice reads a language is the engine's rule (`engine::speech::pick`).

use crate::engine::speech::{pick, Voice};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn voices() -> Vec<SpeechSynthesisVoice> {
    synth()
        .map(|s| s.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).collect())
        .unwrap_or_default()
}

/// The device's voice for `lang`: its default one for the language, else the closest variant.
fn voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let all = voices();
    let listed: Vec<Voice> = all.iter().map(|v| Voice { lang: v.lang(), default: v.default() }).collect();
    pick(lang, &listed).map(|i| all[i].clone())
}

/// What the device can do for a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// No speech at all (no API, or no voice yet): the button is not offered.
    None,
    /// Voices, but none for this language: the button stays, with a word saying why.
    Missing,
    Ready,
}

pub fn support(lang: &str) -> Support {
    if synth().is_none() || voices().is_empty() {
        Support::None
    } else if voice(lang).is_some() {
        Support::Ready
    } else {
        Support::Missing
    }
}

/// Speaks `parts` in `lang`, one utterance each, after stopping whatever was being read;
/// `done` is called when the last one ends (or fails). Returns whether anything is read.
pub fn speak(parts: &[String], lang: &str, done: impl FnOnce() + 'static) -> bool {
    let (Some(s), Some(v)) = (synth(), voice(lang)) else { return false };
    s.cancel();
    let parts: Vec<&String> = parts.iter().filter(|p| !p.trim().is_empty()).collect();
    let mut done = Some(done);
    for (i, text) in parts.iter().enumerate() {
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) else { continue };
        u.set_lang(&v.lang());
        u.set_voice(Some(&v));
        if i + 1 == parts.len() {
            if let Some(done) = done.take() {
                // Called once, by `end` or `error` (the other is then dropped with the utterance).
                let cell = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
                let on = {
                    let cell = cell.clone();
                    Closure::<dyn FnMut()>::new(move || {
                        if let Some(f) = cell.take() {
                            f()
                        }
                    })
                };
                u.set_onend(Some(on.as_ref().unchecked_ref()));
                u.set_onerror(Some(on.as_ref().unchecked_ref()));
                on.forget();
            }
        }
        s.speak(&u);
    }
    !parts.is_empty()
}

/// Stops reading (the resident pressed « Arrêter », or moved on).
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

thread_local! {
    /// The languages for which « no voice on this device » was said already in this visit.
    static TOLD: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether « this device has no voice for `lang` » is to be said now: the first time only.
pub fn first_missing(lang: &str) -> bool {
    TOLD.with(|told| {
        let mut told = told.borrow_mut();
        let first = !told.iter().any(|l| l == lang);
        if first {
            told.push(lang.to_string());
        }
        first
    })
}
