use super::class::class;
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
use crate::engine::handoff::share::Links;
use crate::engine::messages::keys;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Everything to show, computed by the engine (`roadmap::plan`).
    pub plan: Rc<Plan>,
    /// "22/11/2026".
    pub date: String,
    pub partner: Option<String>,
    /// The link named a contacts file the deployment does not vouch for (`contacts::trust`): why
    /// the national contacts are shown, rather than a file that could not be fetched or read.
    pub unvouched: bool,
    /// The take-away link, without and with the private fields.
    pub links: Links,
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
        0 => t.t(keys::UI_ROADMAP_EMPTY).to_string(),
        n => t.format_with(keys::UI_ROADMAP_INTRO, &[("count", n.into())]),
    };
    let link = props.links.get(*with_private).to_string();
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
    let others = fold(&open, "others".into(), html! { t.t(keys::UI_SHOW_OTHERS) });
    let top = plan.top.min(plan.barriers.len());
    let topics = fold(
        &open,
        "topics".into(),
        html! { t.format_with(keys::UI_ROADMAP_MORE_TOPICS, &[("count", (plan.barriers.len() - top).into())]) },
    );
    let back = Back { label: keys::UI_RESULTS_CHANGE, noprint: true, onclick: props.dispatch.reform(|_| Action::Back) };
    html! {
        <Screen class="pw-results" title={t.t(keys::UI_ROADMAP_TITLE)} autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }} {back}>
            <p class="pw-print-head">
                { t.format(keys::UI_ROADMAP_DATE, &[("date", &props.date)]) }
                if let Some(p) = &props.partner { { " · " }{ t.format(keys::UI_PARTNER, &[("partner", p)]) } }
            </p>
            if props.accompanied {
                <p class="pw-print-only"><strong>{ t.t(keys::UI_LIAISON_TITLE) }</strong>
                    if props.assisted { { " · " }{ t.t(keys::UI_LIAISON_ASSISTED) } }
                </p>
            }
            <ReadAloud parts={spoken} />
            if let Some(onpick) = &props.territory {
                <AskTerritory onpick={onpick.clone()} />
            }
            if plan.national {
                <p class="pw-notice" role="status">{ t.t(if props.unvouched { keys::UI_CONTACTS_UNVOUCHED } else { keys::UI_CONTACTS_FAILED }) }</p>
            }
            if plan.barriers.is_empty() {
                <p>{ t.t(keys::UI_ROADMAP_EMPTY) }</p>
            } else {
                // The paper counts what it prints (health and safety only when asked for).
                if printed == plan.barriers.len() {
                    <p>{ intro(printed) }</p>
                } else {
                    <p class="pw-noprint">{ intro(plan.barriers.len()) }</p>
                    <p class="pw-print-only">{ intro(printed) }</p>
                }
                <ol class="pw-result-list pw-roadmap">{ for plan.barriers[..top].iter().map(|b| items.barrier(b)) }</ol>
                // After the first steps, not above them: the roadmap's top stays within two screens.
                { for plan.lines.iter().map(|line| html! { <p>{ t.t(line) }</p> }) }
                // Past the urgent field and the resident's first wishes: « Autres sujets », folded.
                if top < plan.barriers.len() {
                    { topics.button }
                    <ol id={topics.id} ~className={class!("pw-result-list pw-roadmap pw-more-topics", topics.class)}
                        start={(top + 1).to_string()}>{ for plan.barriers[top..].iter().map(|b| items.barrier(b)) }</ol>
                }
            }
            // Below the steps: choosing one's commune refines them, the steps come first.
            { items.communes() }
            if !plan.others.is_empty() {
                <h3 class="pw-others-title">{ t.t(keys::UI_ROADMAP_OTHERS) }</h3>
                { others.button }
                <ul id={others.id} ~className={class!("pw-result-list pw-others", others.class)}>{ for plan.others.iter().map(|o| items.other(o)) }</ul>
            }
            <Keep {link} {text} has_private={plan.has_private} with_private={*with_private} {onhealth}
                onprint={props.onprint.clone()} oncopy={props.oncopy.clone()} />
            <div class="pw-consent pw-noprint">
                <div class="pw-check">
                    <input type="checkbox" id="pw-consent" checked={props.counted} disabled={props.counted} onchange={onconsent}
                        aria-describedby="pw-consent-hint" />
                    <label for="pw-consent">{ t.t(keys::UI_CONSENT) }</label>
                </div>
                <p class="pw-hint" id="pw-consent-hint">{ t.t(if props.counted { keys::UI_CONSENT_DONE } else { keys::UI_CONSENT_HINT }) }</p>
            </div>
        </Screen>
    }
}
