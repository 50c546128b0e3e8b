use crate::engine::messages::Catalog;
use crate::web::speech;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What is read: the question and its answers, or the roadmap.
    pub text: String,
}

/// « Écouter »: reads the screen aloud in the current language; hidden where the device has
/// no voice for it; stops when the resident moves on.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let voiced = use_state(|| speech::available(t.lang));
    {
        let voiced = voiced.clone();
        use_effect_with(t.lang, move |lang| {
            let lang = *lang;
            voiced.set(speech::available(lang));
            let listener = speech::on_voices(move || voiced.set(speech::available(lang)));
            // Leaving the screen (or the language) stops the reading.
            move || {
                drop(listener);
                speech::stop();
            }
        });
    }
    if !*voiced {
        return html! {};
    }
    let onclick = {
        let (text, lang) = (props.text.clone(), t.lang);
        Callback::from(move |_: MouseEvent| speech::speak(&text, lang))
    };
    html! {
        <button type="button" class="pw-button pw-read pw-noprint" {onclick}>
            <span aria-hidden="true">{ "🔊 " }</span>{ t.t("ui-read-aloud") }
        </button>
    }
}
