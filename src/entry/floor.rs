//! The benchmarks' floor (`--features floor`): what a minimal Yew page costs, built the same way.

use yew::prelude::*;

#[component]
pub fn Hello() -> Html {
    let n = use_state(|| 0);
    let onclick = {
        let n = n.clone();
        Callback::from(move |_| n.set(*n + 1))
    };
    html! { <div class="pw-app"><button type="button" class="pw-button pw-primary" {onclick}>{ format!("Commencer {}", *n) }</button></div> }
}
