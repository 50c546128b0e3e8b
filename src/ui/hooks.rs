//! What the components share: the messages and the host (a context the `Shell` gives every
//! screen), the heading that takes focus, the language, the document's title, and the contacts.

use super::chunk::Chunk;
use super::later::Later;
use super::{AppProps, Contacts};
use crate::engine::config::Config;
use crate::engine::contacts::Directory;
use crate::engine::messages::Catalog;
use crate::engine::territory::{self, Place};
use crate::web::fetch::{self, FetchError};
use crate::web::HostRef;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// What every screen is given by the `Shell` (one context: one cost in the first module).
#[derive(Clone, PartialEq)]
pub struct Widget {
    /// The messages, in the widget's language.
    pub t: Catalog,
    /// The page the widget lives in.
    pub host: HostRef,
}

/// The messages in the widget's language.
#[hook]
pub fn use_catalog() -> Catalog {
    use_context::<Widget>().expect("widget context").t
}

/// The page the widget lives in.
#[hook]
pub fn use_host() -> HostRef {
    use_context::<Widget>().expect("widget context").host
}

/// A heading that takes focus when its screen appears after the resident's own action — never
/// on first load, where it would steal focus from the host page.
#[hook]
pub fn use_heading_focus(autofocus: bool) -> NodeRef {
    let node = use_node_ref();
    let host = use_host();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if autofocus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                    host.0.reveal(&el);
                }
            }
        });
    }
    node
}

/// The language the widget speaks, and the menu's callback, kept by the root (`boot.rs`) for the
/// whole visit. It can change on any screen, the answers staying: a choice is kept on this device
/// and its messages fetched, the last choice winning; the document's language (not inline) and the
/// loader's frame title follow.
#[hook]
pub fn use_language(props: &AppProps) -> (Catalog, Callback<String>) {
    let catalog = use_state(|| props.catalog);
    let host = props.host.clone();
    use_effect_with(*catalog, move |c| {
        if !host.0.is_inline() {
            crate::web::page::set_document_language(c);
        }
        host.0.language(c.lang);
    });
    let choices = use_mut_ref(|| 0u32);
    let onlang = {
        let (catalog, bundle, store) = (catalog.clone(), props.bundle.clone(), props.store.clone());
        Callback::from(move |lang: String| {
            store.save_lang(&lang);
            *choices.borrow_mut() += 1;
            let choice = *choices.borrow();
            let (catalog, bundle, choices) = (catalog.clone(), bundle.clone(), choices.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let messages = fetch::language(&bundle, &lang).await;
                if *choices.borrow() == choice {
                    catalog.set(messages);
                }
            });
        })
    };
    (*catalog, onlang)
}

/// In a page of its own (full page or iframe) the document's title follows the step; an inline
/// widget leaves the host page's title alone. `None`: another component has the title.
#[hook]
pub fn use_document_title(host: &HostRef, title: Option<String>) {
    let inline = host.0.is_inline();
    use_effect_with(title, move |title| {
        if let Some(title) = title.as_deref().filter(|_| !inline) {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                doc.set_title(title);
            }
        }
    });
}

/// Why the partner's contacts are not used; the national ones are, in their place.
#[derive(Clone, Debug, PartialEq)]
pub enum ContactsError {
    /// The deployment does not vouch for the file (`contacts::trust`): not a fault to report.
    Unvouched,
    /// The file could not be had.
    Fetch(FetchError),
    /// The file came but could not be read (the reader says why).
    Unread { url: String, why: String },
}

impl std::fmt::Display for ContactsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContactsError::Unvouched => write!(f, "not listed by this deployment"),
            ContactsError::Fetch(e) => write!(f, "{e}"),
            ContactsError::Unread { url, why } => write!(f, "{url}: {why}"),
        }
    }
}

/// A fetched file read by the results' chunk.
fn read(later: &Later, url: &str, json: Result<JsValue, ContactsError>) -> Result<Directory, ContactsError> {
    json.and_then(|json| (later.read)(&json).map_err(|why| ContactsError::Unread { url: url.into(), why }))
}

/// The contacts the results draw on. The partner's file (`data-contacts`, else `contacts.json`
/// beside the page) is fetched once the first screen is drawn, while the resident answers, and
/// read once the results' chunk is there; if it cannot be used, the national contacts of the
/// bundle (`national`), fetched only then: most residents never need them.
///
/// A template (`https://HOST/contacts/{departement}.json`, `engine::territory`) names one file
/// per département: the partner's `data-commune` says which, fetched as early; without it, the
/// resident gives their postcode on the roadmap (the returned callback, read on the device), and
/// only then is their département's file fetched. A département cut finer is an index: then the
/// piece it names for the commune or postcode (`fetch::territory`).
#[hook]
pub fn use_contacts(config: &Config, national: &str, chunk: Chunk<Later>) -> (Contacts, Option<Callback<String>>) {
    let template = config.contacts.clone().filter(|u| territory::template(u) == Ok(true));
    let place = use_state(|| config.commune.as_deref().and_then(Place::of_commune));
    let local = match (config.unvouched, &template) {
        (true, _) => None,
        (false, Some(t)) => place.as_ref().map(|p| territory::piece(t, &p.departement)),
        (false, None) => Some(config.contacts.clone().unwrap_or_else(|| "contacts.json".into())),
    };
    let waiting = !config.unvouched && template.is_some() && place.is_none();
    // The URL read, and what it gave.
    let raw = use_state(|| None::<(String, Result<JsValue, ContactsError>)>);
    {
        let raw = raw.clone();
        use_effect_with((local.clone(), (*place).clone()), move |(local, place)| {
            let (local, place) = (local.clone(), place.clone());
            if !waiting {
                wasm_bindgen_futures::spawn_local(async move {
                    // A link naming a contacts file the deployment does not list: the national ones.
                    raw.set(Some(match (local, template, place) {
                        (None, _, _) => (String::new(), Err(ContactsError::Unvouched)),
                        (Some(_), Some(t), Some(place)) => match fetch::territory(&t, &place).await {
                            Ok((url, json)) => (url, Ok(json)),
                            Err(e) => (e.url.clone(), Err(ContactsError::Fetch(e))),
                        },
                        (Some(url), _, _) => {
                            let json = fetch::contacts(&url).await.map_err(ContactsError::Fetch);
                            (url, json)
                        }
                    }))
                });
            }
        });
    }
    let ask = waiting.then(|| {
        let place = place.clone();
        Callback::from(move |postcode: String| place.set(Place::of_postcode(&postcode)))
    });
    let contacts = use_state(|| Contacts::Loading);
    {
        let (contacts, national) = (contacts.clone(), national.to_string());
        use_effect_with(((*raw).clone(), chunk), move |(raw, chunk)| {
            let (Some((url, raw)), Chunk::Ready(later)) = (raw, chunk) else { return };
            let later = *later;
            match read(later, url, raw.clone()) {
                Ok(dir) => contacts.set(Contacts::Local(Rc::new(dir))),
                Err(why) => {
                    if why != ContactsError::Unvouched {
                        gloo::console::error!(format!(
                            "Passerelle: local contacts could not be loaded ({why}); showing national contacts."
                        ));
                    }
                    wasm_bindgen_futures::spawn_local(async move {
                        let json = fetch::contacts(&national).await.map_err(ContactsError::Fetch);
                        let dir = read(later, &national, json).unwrap_or_else(|e| {
                            gloo::console::error!(format!(
                                "Passerelle: national contacts could not be loaded either ({e})."
                            ));
                            Directory::default()
                        });
                        contacts.set(Contacts::National(Rc::new(dir)));
                    });
                }
            }
        });
    }
    ((*contacts).clone(), ask)
}
