use super::welcome::Welcome;
use crate::engine::config::Config;
use crate::engine::i18n::Catalog;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub catalog: Catalog,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Catalog> context={props.catalog}>
            <div class="pw-app">
                <Welcome partner={props.config.partner.clone()} />
            </div>
        </ContextProvider<Catalog>>
    }
}
