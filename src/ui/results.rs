use super::emergency::AfterHeading;
use super::hooks::use_catalog;
use super::items::{fold, Items};
use super::keep::Keep;
use super::read_aloud::ReadAloud;
use super::screen::{Back, Screen};
use super::territory::AskTerritory;
use super::Dispatch;
use crate::engine::diagnostic::Action;
use crate::engine::handoff::roadmap::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Everything to show, computed by the engine (`roadmap::plan`).
    pub plan: Rc<Plan>,
    /// "22/11/2026".
    pub date: String,
    pub partner: Option<String>,
    /// The take-away link, without and with the private fields.
    pub links: (String, String),
    pub accompanied: bool,
    pub assisted: bool,
    pub counted: bool,
    pub oncount: Callback<()>,
    pub onprint: Callback<()>,
    /// Copies the text; answers whether it worked.
    pub oncopy: Callback<(String, Callback<bool>)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
    /// Asks the resident's postcode, for their département's contacts (`hooks::use_contacts`).
    #[prop_or_default]
    pub territory: Option<Callback<String>>,
}

/// « Ma feuille de route »: renders the engine's plan — the barriers the resident wants help
/// with, each with its next step and contacts; then their other answers; then how to take it
/// away. Never a score.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_catalog();
    let with_private = use_state(|| false);
    // On a phone the top shows each wanted field's next step with its call button (issue 15);
    // the contacts, what to bring, the other answers and the take-away unfold on demand.
    let open = use_state(Vec::<String>::new);
    let plan = &props.plan;
    let items = Items {
        t,
        plan,
        accompanied: props.accompanied,
        with_private: *with_private,
        open: &open,
        dispatch: &props.dispatch,
    };
    let printed = plan.barriers.iter().filter(|b| *with_private || !b.private).count();
    let intro = |n: usize| match n {
        0 => t.t("ui-roadmap-empty").to_string(),
        n => t.format_with("ui-roadmap-intro", &[("count", n.into())]),
    };
    let link = if *with_private { props.links.1.clone() } else { props.links.0.clone() };
    let text = plan.text(&t, &props.date, props.partner.as_deref(), &link, *with_private);
    let spoken = plan.spoken(&t, &props.date, props.partner.as_deref(), *with_private);
    let onhealth = {
        let w = with_private.clone();
        Callback::from(move |on| w.set(on))
    };
    let onconsent = {
        let (oncount, counted) = (props.oncount.clone(), props.counted);
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlInputElement>().checked() && !counted {
                oncount.emit(());
            }
        })
    };
    let others = fold(&open, "others".into(), html! { t.t("ui-show-others") });
    let top = plan.top.min(plan.barriers.len());
    let topics = fold(
        &open,
        "topics".into(),
        html! { t.format_with("ui-roadmap-more-topics", &[("count", (plan.barriers.len() - top).into())]) },
    );
    let back = Back { label: "ui-results-change", noprint: true, onclick: props.dispatch.reform(|_| Action::Back) };
    html! {
        <Screen class="pw-results" title={t.t("ui-roadmap-title")} autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }} {back}>
            <p class="pw-print-head">
                { t.format("ui-roadmap-date", &[("date", &props.date)]) }
                if let Some(p) = &props.partner { { " · " }{ t.format("ui-partner", &[("partner", p)]) } }
            </p>
            if props.accompanied {
                <p class="pw-print-only"><strong>{ t.t("ui-liaison-title") }</strong>
                    if props.assisted { { " · " }{ t.t("ui-liaison-assisted") } }
                </p>
            }
            <ReadAloud parts={spoken} />
            if let Some(onpick) = &props.territory {
                <AskTerritory onpick={onpick.clone()} />
            }
            if plan.national {
                <p class="pw-notice" role="status">{ t.t("ui-contacts-failed") }</p>
            }
            if plan.barriers.is_empty() {
                <p>{ t.t("ui-roadmap-empty") }</p>
            } else {
                // The paper counts what it prints (health and safety only when asked for).
                if printed == plan.barriers.len() {
                    <p>{ intro(printed) }</p>
                } else {
                    <p class="pw-noprint">{ intro(plan.barriers.len()) }</p>
                    <p class="pw-print-only">{ intro(printed) }</p>
                }
                <ol class="pw-result-list pw-roadmap">{ for plan.barriers[..top].iter().map(|b| items.barrier(b)) }</ol>
                // Past the urgent field and the resident's first wishes: « Autres sujets », folded.
                if top < plan.barriers.len() {
                    { topics.button }
                    <ol id={topics.id} class={classes!("pw-result-list", "pw-roadmap", "pw-more-topics", topics.class)}
                        start={(top + 1).to_string()}>{ for plan.barriers[top..].iter().map(|b| items.barrier(b)) }</ol>
                }
            }
            // Below the steps: choosing one's commune refines them, the steps come first.
            { items.communes() }
            if !plan.others.is_empty() {
                <h3 class="pw-others-title">{ t.t("ui-roadmap-others") }</h3>
                { others.button }
                <ul id={others.id} class={classes!("pw-result-list", "pw-others", others.class)}>{ for plan.others.iter().map(|o| items.other(o)) }</ul>
            }
            <Keep {link} {text} has_private={plan.has_private} with_private={*with_private} {onhealth}
                onprint={props.onprint.clone()} oncopy={props.oncopy.clone()} />
            <div class="pw-consent pw-noprint">
                <div class="pw-check">
                    <input type="checkbox" id="pw-consent" checked={props.counted} disabled={props.counted} onchange={onconsent}
                        aria-describedby="pw-consent-hint" />
                    <label for="pw-consent">{ t.t("ui-consent") }</label>
                </div>
                <p class="pw-hint" id="pw-consent-hint">{ t.t(if props.counted { "ui-consent-done" } else { "ui-consent-hint" }) }</p>
            </div>
        </Screen>
    }
}
