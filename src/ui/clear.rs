use super::hooks::use_catalog;
use crate::engine::messages::keys;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClearProps {
    /// Accompanied mode: « Nouvelle personne », for the next resident on a shared computer.
    pub accompanied: bool,
    pub onclear: Callback<()>,
}

/// "Effacer mes réponses", always there, confirmed in place (no browser dialog: they are
/// blocked or confusing inside iframes).
#[component]
pub fn ClearButton(props: &ClearProps) -> Html {
    let t = use_catalog();
    let asking = use_state(|| false);
    let keep = use_node_ref();
    let trigger = use_node_ref();
    // Focus goes to « Non » when asked, and back to the button when the question is dismissed
    // (never on the first render).
    let was_asking = use_mut_ref(|| false);
    {
        let (keep, trigger) = (keep.clone(), trigger.clone());
        use_effect_with(*asking, move |asking| {
            let target = match (*asking, *was_asking.borrow()) {
                (true, _) => keep.cast::<web_sys::HtmlElement>(),
                (false, true) => trigger.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(b) = target {
                let _ = b.focus();
            }
            *was_asking.borrow_mut() = *asking;
        });
    }
    let set = |v: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(v))
    };
    let onclear = {
        let (asking, onclear) = (asking.clone(), props.onclear.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            onclear.emit(());
        })
    };
    html! {
        <div class="pw-clear pw-noprint">
            if *asking {
                <div class="pw-confirm" role="group" aria-labelledby="pw-clear-q">
                    <p id="pw-clear-q">{ t.t(if props.accompanied { keys::UI_NEW_PERSON_CONFIRM } else { keys::UI_CLEAR_CONFIRM }) }</p>
                    <button type="button" class="pw-button pw-danger" onclick={onclear}>{ t.t(if props.accompanied { keys::UI_NEW_PERSON_YES } else { keys::UI_CLEAR_YES }) }</button>
                    <button type="button" class="pw-button" ref={keep} onclick={set(false)}>{ t.t(keys::UI_CLEAR_NO) }</button>
                </div>
            } else {
                <button type="button" class="pw-button pw-link pw-danger" ref={trigger} onclick={set(true)}>
                    { t.t(if props.accompanied { keys::UI_NEW_PERSON } else { keys::UI_CLEAR }) }
                </button>
            }
        </div>
    }
}
