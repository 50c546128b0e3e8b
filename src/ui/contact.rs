use crate::engine::contacts::card::Card;
use crate::engine::contacts::hours::{departement, LocalTime};
use crate::engine::contacts::opening::{opening, weekly};
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    pub card: Card,
    /// The device's local date and time.
    pub now: LocalTime,
}

/// A contact a resident can act on: who, why, when, and how to reach them.
#[component]
pub fn ContactCard(props: &ContactProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let c = &props.card;
    let mut facts: Vec<String> = Vec::new();
    if let Some(h) = &c.hours {
        facts.push(opening(&t, h, props.now, c.address.as_deref().and_then(departement)));
    }
    // The week in words: on demand on screen, always on paper.
    let week = c.hours.as_deref().and_then(|h| weekly(&t, h));
    if c.walk_in {
        facts.push(t.t("ui-contact-walk-in").into());
    }
    match c.free {
        Some(true) => facts.push(t.t("ui-contact-free").into()),
        Some(false) => facts.push(t.t("ui-contact-paid").into()),
        None => {}
    }
    match (&c.distance, c.in_person) {
        (Some(d), _) => facts.push(t.format("ui-contact-distance", &[("distance", d)])),
        (None, true) => facts.push(t.t("ui-contact-in-person").into()),
        _ => {}
    }
    if c.remote {
        facts.push(t.t("ui-contact-remote").into());
    }
    html! {
        <article class={classes!("pw-contact", c.first.then_some("pw-first"))}>
            if c.first { <p class="pw-badge">{ t.t("ui-contact-first") }</p> }
            <h4 class="pw-contact-title">{ &c.title }</h4>
            if let Some(o) = &c.organisation { <p class="pw-org">{ o }</p> }
            if c.professional { <p class="pw-pro">{ t.t("ui-contact-professional") }</p> }
            <p>{ &c.summary }</p>
            <p class="pw-why">{ t.format("ui-contact-because", &[("why", t.t(&c.why))]) }</p>
            <ul class="pw-contact-facts">
                { for facts.iter().map(|f| html! { <li>{ f }</li> }) }
                if let Some(w) = &week { <li class="pw-print-only">{ t.format("ui-contact-week", &[("week", w)]) }</li> }
            </ul>
            if let Some(w) = &week {
                <details class="pw-week pw-noprint"><summary>{ t.t("ui-contact-week-show") }</summary><p>{ w }</p></details>
            }
            <p class="pw-actions">
                if let Some((shown, href)) = &c.phone {
                    // A number never breaks across lines.
                    <a class="pw-button pw-primary" href={href.clone()}>{ t.format("ui-contact-call", &[("phone", &shown.replace(' ', "\u{a0}"))]) }</a>
                }
                if let Some(web) = &c.web {
                    <a class="pw-button" href={web.clone()} target="_blank" rel="noopener noreferrer">{ t.t("ui-contact-web") }</a>
                }
                if let Some(mail) = &c.email {
                    <a class="pw-button" href={mail.clone()}>{ t.t("ui-contact-email") }</a>
                }
            </p>
            if let Some(a) = &c.address {
                <p class="pw-address">
                    { a }
                    if let Some(map) = &c.map {
                        { " · " }<a href={map.clone()} target="_blank" rel="noopener noreferrer">{ t.t("ui-contact-map") }</a>
                    }
                </p>
            }
        </article>
    }
}
