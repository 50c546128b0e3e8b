use super::emergency::Urgent;
use crate::engine::messages::Catalog;
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
    let t = use_context::<Catalog>().expect("catalog context");
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
    let icon = |i: &str| html! { <span aria-hidden="true">{ i }</span> };
    match *support {
        Support::None => html! {},
        Support::Missing => html! {
            <p class="pw-read-line pw-noprint">
                <button type="button" class="pw-button pw-read" aria-disabled="true" aria-describedby="pw-read-why">
                    { icon("🔊 ") }{ t.t("ui-read-aloud") }
                </button>
                <span id="pw-read-why" class="pw-hint">{ t.t("ui-read-no-voice") }</span>
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
                    <button type="button" class={classes!("pw-button", "pw-read", speaking.then_some("pw-speaking"))} {onclick}>
                        if *speaking { { icon("⏹ ") }{ t.t("ui-read-stop") } } else { { icon("🔊 ") }{ t.t("ui-read-aloud") } }
                    </button>
                </p>
            }
        }
    }
}
