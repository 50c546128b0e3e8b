//! « Quitter vite »: once a safety answer is given, one tap wipes this device and leaves for a
//! neutral page.

use super::Dispatch;
use crate::engine::diagnostic::Action;
use crate::engine::handoff::roadmap::NEUTRAL_PAGE;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::web::storage::Store;
use crate::web::HostRef;
use yew::prelude::*;

/// « Quitter vite »'s callback while it is `shown`, else `None`. In the iframe, the loader keeps a
/// button of its own in view on the partner's page (in the widget's words), and its tap comes
/// back here to wipe the device as this one does.
#[hook]
pub fn use_quick_exit(
    shown: bool,
    t: Catalog,
    host: &HostRef,
    store: &Store,
    dispatch: &Dispatch,
) -> Option<Callback<()>> {
    let onquit = {
        let (store, host, dispatch) = (store.clone(), host.clone(), dispatch.clone());
        Callback::from(move |_: ()| {
            dispatch.emit(Action::Clear);
            wipe_and_leave(&store, &host);
        })
    };
    {
        let host = host.clone();
        let label = shown.then(|| t.t(keys::UI_QUIT).to_string());
        use_effect_with(label, move |label| host.0.quit(label.as_deref()));
    }
    {
        let (host, onquit) = (host.clone(), onquit.clone());
        use_effect_with((), move |_| {
            let listener = host.0.on_quit(move || onquit.emit(()));
            move || drop(listener)
        });
    }
    shown.then_some(onquit)
}

/// What « Quitter vite » does wherever it is pressed (the diagnostic, or `Boot` before it has
/// read the answers): the answers wiped from this device, the page gone to a neutral one.
pub fn wipe_and_leave(store: &Store, host: &HostRef) {
    store.clear();
    host.0.leave(NEUTRAL_PAGE);
}

/// « Quitter vite » at the top of the widget, with what it does. Only the button's bar stays over
/// the screen as the page scrolls: its hint, under it, scrolls away (on a 360 px phone the two
/// made a 112 px bar over every screen, the button alone a 56 px one).
pub fn quit_button(t: &Catalog, onquit: &Callback<()>) -> Html {
    html! {
        <>
            <div class="pw-quit pw-noprint">
                <button type="button" class="pw-button pw-danger" onclick={onquit.reform(|_: MouseEvent| ())} aria-describedby="pw-quit-hint">
                    { t.t(keys::UI_QUIT) }
                </button>
            </div>
            <p id="pw-quit-hint" class="pw-hint pw-quit-hint pw-noprint">{ t.t(keys::UI_QUIT_HINT) }</p>
        </>
    }
}
