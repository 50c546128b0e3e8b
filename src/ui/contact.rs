use super::class::class;
use super::hooks::use_catalog;
use crate::engine::handoff::roadmap::Contact;
use crate::engine::messages::keys;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    /// The card and its facts, worded by the engine (`roadmap::plan`).
    pub contact: Contact,
}

/// A contact a resident can act on: who, why, when, and how to reach them.
#[component]
pub fn ContactCard(props: &ContactProps) -> Html {
    let t = use_catalog();
    let c = &props.contact.card;
    let contact = &props.contact;
    // The contacts file's words are French, whatever the interface's language: said so (a voice
    // and a translator read them as French), each in its own direction (in an Arabic page, « à
    // l'oral. » keeps its full stop at its end).
    let value = |v: &str| html! { <bdi lang="fr">{ v.to_string() }</bdi> };
    html! {
        <article ~className={class!("pw-contact", c.first.then_some("pw-first"))}>
            if c.first { <p class="pw-badge">{ t.t(keys::UI_CONTACT_FIRST) }</p> }
            <h4 class="pw-contact-title">{ value(&c.title) }</h4>
            if let Some(o) = &c.organisation { <p class="pw-org">{ value(o) }</p> }
            if c.professional { <p class="pw-pro">{ t.t(keys::UI_CONTACT_PROFESSIONAL) }</p> }
            <p class="pw-summary" lang="fr" dir="auto">{ &c.summary }</p>
            if let Some(helps) = &contact.helps { <p class="pw-helps">{ helps }</p> }
            <p class="pw-why">{ &contact.reason }</p>
            <ul class="pw-contact-facts">
                if let Some(now) = &contact.now { <li class="pw-now">{ now }</li> }
                { for contact.facts.iter().map(|f| html! { <li>{ f }</li> }) }
            </ul>
            <p class="pw-actions">
                if let Some(phone) = &c.phone {
                    // A number never breaks across lines.
                    <a class="pw-button pw-primary" href={phone.href.clone()}>{ t.format(keys::UI_CONTACT_CALL, &[("phone", &phone.shown.replace(' ', "\u{a0}"))]) }</a>
                }
                if let Some(web) = &c.web {
                    <a class="pw-button" href={web.clone()} target="_blank" rel="noopener noreferrer">{ t.t(keys::UI_CONTACT_WEB) }<span class="pw-sr">{ format!(" ({})", t.t(keys::UI_NEW_TAB)) }</span></a>
                }
                if let Some(mail) = &c.email {
                    <a class="pw-button" href={mail.clone()}>{ t.t(keys::UI_CONTACT_EMAIL) }</a>
                }
            </p>
            // On paper: the number to call, written out.
            if let Some(phone) = &c.phone {
                <p class="pw-print-only pw-phone">{ t.format(keys::UI_CONTACT_PHONE, &[("phone", &phone.shown)]) }</p>
            }
            if let Some(a) = &c.address {
                <p class="pw-address">
                    { value(a) }
                    if let Some(map) = &c.map {
                        { " · " }<a class="pw-map" href={map.clone()} target="_blank" rel="noopener noreferrer">{ t.t(keys::UI_CONTACT_MAP) }<span class="pw-sr">{ format!(" ({})", t.t(keys::UI_NEW_TAB)) }</span></a>
                    }
                </p>
            }
            if let Some(week) = &contact.week {
                <details class="pw-week pw-noprint">
                    <summary>{ t.t(keys::UI_CONTACT_WEEK_SHOW) }</summary>
                    <p>{ week }</p>
                </details>
                <p class="pw-print-only pw-week-print">{ week }</p>
            }
        </article>
    }
}
