use super::class::class;
use super::emergency::Urgent;
use super::hooks::use_catalog;
use crate::engine::messages::keys;
use crate::web::speech::{self, Support};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What is read, in order, one utterance each: the question, its hints and its answers; or
    /// the roadmap. The emergency numbers, once an urgent answer is given, come first.
    pub parts: Vec<String>,
}

/// « Écouter » / « Arrêter »: reads the screen aloud in the current language with the device's
/// voice for it (`engine::speech::pick`); the same button stops. Where the device has voices
/// but none for the language, the button stays, with a word saying why; it is left out only on
/// a device that cannot speak at all. Leaving the screen (or the language) stops the reading.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let t = use_catalog();
    let urgent = use_context::<Urgent>().unwrap_or_default();
    let support = use_state(|| speech::support(t.lang));
    let speaking = use_state(|| false);
    {
        let (support, speaking) = (support.clone(), speaking.clone());
        use_effect_with(t.lang, move |lang| {
            let lang = *lang;
            support.set(speech::support(lang));
            let listener = speech::on_voices(move || support.set(speech::support(lang)));
            move || {
                drop(listener);
                speech::stop();
                speaking.set(false);
            }
        });
    }
    // Said once a visit and language, on the first screen that offers it: a button that cannot
    // read is not worth a line on every screen (issue 22).
    let told = use_mut_ref(|| None::<bool>);
    match *support {
        Support::None => html! {},
        Support::Missing if !*told.borrow_mut().get_or_insert_with(|| speech::first_missing(t.lang)) => html! {},
        Support::Missing => html! {
            <p class="pw-read-line pw-noprint">
                <button type="button" class="pw-button pw-read" aria-disabled="true" aria-describedby="pw-read-why">
                    { speaker() }{ t.t(keys::UI_READ_ALOUD) }
                </button>
                <span id="pw-read-why" class="pw-hint">{ t.t(keys::UI_READ_NO_VOICE) }</span>
            </p>
        },
        Support::Ready => {
            let onclick = {
                let speaking = speaking.clone();
                let lang = t.lang;
                let parts: Vec<String> = urgent.spoken.iter().cloned().chain(props.parts.iter().cloned()).collect();
                Callback::from(move |_: MouseEvent| {
                    if *speaking {
                        speech::stop();
                        speaking.set(false);
                    } else {
                        let done = speaking.clone();
                        speaking.set(speech::speak(&parts, lang, move || done.set(false)));
                    }
                })
            };
            html! {
                <p class="pw-read-line pw-noprint">
                    <button type="button" ~className={class!("pw-button pw-read", speaking.then_some("pw-speaking"))} {onclick}>
                        if *speaking { { stop_icon() }{ t.t(keys::UI_READ_STOP) } } else { { speaker() }{ t.t(keys::UI_READ_ALOUD) } }
                    </button>
                </p>
            }
        }
    }
}

/// A loudspeaker drawn in strokes, not an emoji: WebKitGTK and older phones without an emoji
/// font show « 🔊 » as an empty box.
fn speaker() -> Html {
    html! {
        <svg class="pw-read-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d="M4 9h4l5-4v14l-5-4H4z" />
            <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
        </svg>
    }
}

/// A square, for « Arrêter la lecture ».
fn stop_icon() -> Html {
    html! {
        <svg class="pw-read-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
        </svg>
    }
}
