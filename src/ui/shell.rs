//! The page around every screen, drawn the same by the first screen (`Boot`) and the diagnostic
//! (`App`): the page's heading, « Quitter vite », the language menu, the welcome's notices, the
//! live lines screen readers hear, the emergency block and « Effacer mes réponses ».

use super::class::class;
use super::clear::ClearButton;
use super::hooks::Widget;
use super::language::LanguageMenu;
use crate::engine::config::Config;
use crate::engine::messages::keys;
use crate::web::{Host, HostRef};
use yew::prelude::*;

/// What the page around a screen is drawn from.
pub struct Shell<'a> {
    /// The messages and the host, given to every screen (a context).
    pub t: crate::engine::messages::Catalog,
    pub config: &'a Config,
    pub host: &'a HostRef,
    pub accompanied: bool,
    pub onlang: Callback<String>,
    /// The first screen: it carries the notices about the page's address.
    pub welcome: bool,
    /// The take-away link the page was opened from could not be read.
    pub broken_link: bool,
    /// « Quitter vite », once a safety answer is given (`quit::quit_button`).
    pub quit: Html,
    /// The block below the screen where the emergency numbers appeared, and the numbers in it;
    /// off the paper when a safety answer would show through them. (The diagnostic's: the first
    /// module leaves the numbers' code to its chunk.)
    pub block: NodeRef,
    pub numbers: Html,
    pub noprint: bool,
    /// Read at once by screen readers: the numbers, as an urgent answer adds one.
    pub announce: String,
    /// On the welcome, the answers were just wiped: said instead (the welcome shows it too).
    pub cleared: bool,
    /// Where the resident is, announced on each step.
    pub progress: String,
    /// « Effacer mes réponses » (or « Nouvelle personne »), when there is something to clear.
    pub onclear: Option<Callback<()>>,
    pub screen: Html,
}

/// The page around `screen`. A function, not a component: the first module carries it, and a
/// component costs more there.
pub fn shell(p: Shell) -> Html {
    let t = p.t;
    let config = p.config;
    // The widget page opened on its own has the page's one `h1`; in a frame or inline, the
    // partner's page has it.
    let own_page = matches!(*p.host.0, Host::Page);
    html! {
        <ContextProvider<Widget> context={Widget { t, host: p.host.clone() }}>
            <div ~className={class!("pw-app", p.accompanied.then_some("pw-accompanied"))} lang={t.lang} dir={t.dir()}>
                if own_page {
                    <h1 class="pw-sr">{ t.t(keys::UI_PAGE_H1) }</h1>
                }
                { p.quit }
                if config.langs.len() > 1 {
                    <LanguageMenu current={t.lang} offered={config.langs.clone()} onchange={p.onlang} />
                }
                if config.unvouched && p.welcome {
                    <p class="pw-notice">{ t.t(keys::UI_UNVOUCHED) }</p>
                }
                if p.broken_link && p.welcome {
                    <p class="pw-notice" role="alert">{ t.t(keys::UI_LINK_BROKEN) }</p>
                }
                // Always there and filled in one change, so the numbers are announced at once.
                <p class="pw-sr" aria-live="assertive" aria-atomic="true">{
                    if p.cleared { t.t(keys::UI_CLEARED) } else { p.announce.as_str() }
                }</p>
                // Announced on each step; present from the start so screen readers hear the
                // changes. Seen (and read on) on the screen itself, after its heading.
                <p class="pw-progress pw-sr" aria-live="polite">{ &p.progress }</p>
                { p.screen }
                // Right after the screen where the urgent answer was given, where the resident's
                // eyes are; on the paper only when no safety answer would show through them.
                <div ref={p.block} ~className={class!("pw-numbers", p.noprint.then_some("pw-noprint"))}>
                    { p.numbers }
                </div>
                if let Some(onclear) = &p.onclear {
                    <ClearButton accompanied={p.accompanied} onclear={onclear.clone()} />
                }
            </div>
        </ContextProvider<Widget>>
    }
}
