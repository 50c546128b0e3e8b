//! What only the end of the diagnostic needs — reading the contacts file (data·inclusion
//! codes and checks), matching, opening hours, the roadmap, the results screen and its QR
//! code — is reached only through [`Later`]. In the release bundle (`--features split`,
//! tools/build.mjs) `wasm-split-cli` moves all of it into a wasm chunk of its own, fetched in the
//! background once the diagnostic's chunk has come (`boot.rs`); without the feature (tests) it is
//! all in one module.

use super::chunk::Missing;
use super::results::Results;
use super::{Contacts, Dispatch};
use crate::engine::config::Config;
use crate::engine::contacts::{read, Directory};
use crate::engine::diagnostic::{Action, Diagnostic, Session};
use crate::engine::handoff::roadmap::{self, Plan};
use crate::engine::handoff::share;
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::web::HostRef;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The chunk's functions; the first module calls them through these pointers.
pub struct Later {
    /// Reads a parsed contacts file; entries left out are reported on the console, once.
    pub read: fn(&JsValue) -> Result<Directory, String>,
    /// The roadmap, from the session and the contacts.
    pub plan: fn(&Catalog, &Diagnostic, &Session, &Contacts, &Config) -> Plan,
    /// « Ma feuille de route ».
    pub results: fn(ResultsInputs) -> Html,
}

/// What the results screen is drawn from.
pub struct ResultsInputs<'a> {
    pub t: Catalog,
    pub d: &'a Diagnostic,
    pub s: &'a Session,
    pub plan: Rc<Plan>,
    /// The resident's département is asked (`hooks::use_contacts`).
    pub territory: Option<Callback<String>>,
    pub config: &'a Rc<Config>,
    /// The widget page's URL, for take-away links.
    pub page: &'a str,
    pub host: &'a HostRef,
    pub dispatch: &'a Dispatch,
    pub autofocus: bool,
}

static LATER: Later = Later { read: read_contacts, plan, results };

fn read_contacts(value: &JsValue) -> Result<Directory, String> {
    let (dir, issues) = read(value, crate::web::device::contacts_day()).map_err(|e| e.0)?;
    for i in issues {
        gloo::console::warn!(i.message());
    }
    Ok(dir)
}

fn plan(t: &Catalog, d: &Diagnostic, s: &Session, contacts: &Contacts, config: &Config) -> Plan {
    let ctx = roadmap::context(d, s, config);
    roadmap::plan(t, d, s, contacts.as_ref(), &ctx, crate::web::device::now())
}

fn results(i: ResultsInputs) -> Html {
    let (t, d, s) = (i.t, i.d, i.s);
    let mode = s.mode;
    let today = crate::web::device::today();
    let (d2, m2) = (format!("{:02}", today.day), format!("{:02}", today.month));
    let date = t.format(keys::UI_DATE, &[("d", &d2), ("m", &m2), ("y", &today.year.to_string())]);
    let links = share::Links::of(i.page, i.config, t.lang, d, s);
    // The anonymous count: what to send is the engine's rule (levels only, never health).
    let oncount = {
        let (host, dispatch, fields) = (i.host.clone(), i.dispatch.clone(), roadmap::count(d, s));
        let (lang, partner) = (t.lang, i.config.partner.clone());
        Callback::from(move |_| {
            host.0.completed(&fields, mode.as_str(), lang, partner.as_deref());
            dispatch.emit(Action::Counted);
        })
    };
    let oncopy = Callback::from(|(text, done): (String, Callback<bool>)| {
        wasm_bindgen_futures::spawn_local(async move { done.emit(crate::web::device::copy(text).await) })
    });
    html! {
        <Results plan={i.plan} {date} partner={i.config.partner.clone()} unvouched={i.config.unvouched} {links}
            accompanied={s.accompanied()} assisted={s.assisted} counted={s.counted}
            {oncount} onprint={Callback::from(|_| crate::web::device::print())} {oncopy}
            autofocus={i.autofocus} dispatch={i.dispatch.clone()} territory={i.territory} />
    }
}

/// The split point: its body, and all that only it reaches, is the chunk.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(later, fallible)]
pub fn parts() -> Result<&'static Later, Missing> {
    Ok(&LATER)
}

#[cfg(not(feature = "split"))]
pub async fn parts() -> Result<&'static Later, Missing> {
    Ok(&LATER)
}
