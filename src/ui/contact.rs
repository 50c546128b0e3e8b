use crate::engine::handoff::roadmap::Contact;
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    /// The card and its facts, worded by the engine (`roadmap::plan`).
    pub contact: Contact,
}

/// A contact a resident can act on: who, why, when, and how to reach them.
#[component]
pub fn ContactCard(props: &ContactProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let c = &props.contact.card;
    let facts = &props.contact.facts;
    html! {
        <article class={classes!("pw-contact", c.first.then_some("pw-first"))}>
            if c.first { <p class="pw-badge">{ t.t("ui-contact-first") }</p> }
            <h4 class="pw-contact-title">{ &c.title }</h4>
            if let Some(o) = &c.organisation { <p class="pw-org">{ o }</p> }
            if c.professional { <p class="pw-pro">{ t.t("ui-contact-professional") }</p> }
            <p>{ &c.summary }</p>
            <p class="pw-why">{ &props.contact.reason }</p>
            <ul class="pw-contact-facts">{ for facts.iter().map(|f| html! { <li>{ f }</li> }) }</ul>
            <p class="pw-actions">
                if let Some((shown, href)) = &c.phone {
                    // A number never breaks across lines.
                    <a class="pw-button pw-primary" href={href.clone()}>{ t.format("ui-contact-call", &[("phone", &shown.replace(' ', "\u{a0}"))]) }</a>
                }
                if let Some(web) = &c.web {
                    <a class="pw-button" href={web.clone()} target="_blank" rel="noopener noreferrer">{ t.t("ui-contact-web") }<span class="pw-sr">{ format!(" ({})", t.t("ui-new-tab")) }</span></a>
                }
                if let Some(mail) = &c.email {
                    <a class="pw-button" href={mail.clone()}>{ t.t("ui-contact-email") }</a>
                }
            </p>
            if let Some(a) = &c.address {
                <p class="pw-address">
                    { a }
                    if let Some(map) = &c.map {
                        { " · " }<a href={map.clone()} target="_blank" rel="noopener noreferrer">{ t.t("ui-contact-map") }<span class="pw-sr">{ format!(" ({})", t.t("ui-new-tab")) }</span></a>
                    }
                </p>
            }
        </article>
    }
}
