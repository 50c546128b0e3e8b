use super::contact::ContactCard;
use super::emergency::AfterHeading;
use super::picto::picto;
use super::read_aloud::ReadAloud;
use super::{use_heading_focus, Dispatch};
use crate::engine::diagnostic::{Action, Step};
use crate::engine::formats::encode_query;
use crate::engine::handoff::roadmap::{Barrier, Other, Plan};
use crate::engine::handoff::share::qr_path;
use crate::engine::messages::Catalog;
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
}

/// « Ma feuille de route »: renders the engine's plan — the barriers the resident wants help
/// with, each with its next step and contacts; then their other answers; then how to take it
/// away. Never a score.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let with_private = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let plan = &props.plan;
    let note = |n: &Option<String>| match n {
        Some(n) if props.accompanied => {
            html! { <p class="pw-note-print">{ t.format("ui-liaison-note", &[("note", n)]) }</p> }
        }
        _ => html! {},
    };

    // On a phone the top shows each wanted field's next step with its call button (issue 15);
    // the contacts, what to bring, the other answers and the take-away unfold on demand. On
    // paper everything shows (`.pw-folded` hides only on screen).
    let open = use_state(Vec::<String>::new);
    let fold = |id: String, label: Html| {
        let is_open = open.contains(&id);
        let onclick = {
            let (open, id) = (open.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                let mut v = (*open).clone();
                match v.iter().position(|x| *x == id) {
                    Some(i) => {
                        v.remove(i);
                    }
                    None => v.push(id.clone()),
                }
                open.set(v);
            })
        };
        let button = html! {
            <button type="button" class="pw-button pw-fold pw-noprint" aria-expanded={if is_open { "true" } else { "false" }}
                aria-controls={format!("pw-fold-{id}")} {onclick}>
                { label }<span class="pw-fold-mark" aria-hidden="true">{ if is_open { "▴" } else { "▾" } }</span>
            </button>
        };
        (button, classes!((!is_open).then_some("pw-folded")), format!("pw-fold-{id}"))
    };

    let roadmap_item = |b: &Barrier| {
        let f = &b.field;
        let title = t.t(&format!("field-{f}")).to_string();
        let level = b.level_key.as_ref().map(|k| html! { <p class="pw-level-text">{ t.t(k) }</p> });
        let cards = html! {
            <div class="pw-contacts">
                <p class="pw-contacts-title">{ t.t("ui-contacts-title") }</p>
                if plan.loading {
                    <p role="status">{ t.t("ui-contacts-loading") }</p>
                } else if b.contacts.is_empty() {
                    <p>{ t.t("ui-contacts-none") }</p>
                }
                { for b.contacts.iter().map(|c| html! { <ContactCard key={c.card.id.clone()} contact={c.clone()} /> }) }
            </div>
        };
        let class = classes!(
            "pw-result",
            b.level.map(|l| format!("pw-level-{}", l.as_str())),
            (b.private && !*with_private).then_some("pw-noprint")
        );
        let heading = html! { <h3>{ picto(b.picto.as_deref()) }{ &title }</h3> };
        // A number never breaks across lines.
        let call = |(shown, href): &(String, String)| {
            html! {
                <a class="pw-button pw-primary" href={href.clone()}>{ t.format("ui-contact-call", &[("phone", &shown.replace(' ', "\u{a0}"))]) }</a>
            }
        };
        let web = |web: &String| {
            html! {
                <a class="pw-button" href={web.clone()} target="_blank" rel="noopener noreferrer">{ t.t("ui-contact-web") }<span class="pw-sr">{ format!(" ({})", t.t("ui-new-tab")) }</span></a>
            }
        };
        let step = b.next.as_ref().map(|n| {
            html! {
                <div class="pw-next">
                    <p class="pw-next-title">{ t.t("ui-roadmap-next") }</p>
                    { for n.first.iter().map(|l| html! { <p class="pw-next-first">{ l }</p> }) }
                    if let Some(how) = &n.how { <p>{ how }</p> }
                    if let Some(when) = &n.when { <p class="pw-now">{ when }</p> }
                    if let Some(w) = &n.call_when { <p class="pw-now pw-call-when pw-noprint">{ w }</p> }
                    if let Some(week) = &n.week { <p class="pw-print-only">{ week }</p> }
                    if n.call.is_some() || n.web.is_some() {
                        <p class="pw-actions pw-next-act">{ n.call.as_ref().map(call) }{ n.web.as_ref().map(web) }</p>
                    }
                </div>
            }
        });
        let bring =
            b.next.as_ref().and_then(|n| n.bring.as_ref()).map(|x| html! { <p class="pw-next-bring">{ x }</p> });
        if b.contacts.is_empty() {
            // Nothing to unfold: the contacts are on their way, or there are none (an urgent
            // step then gives the numbers to call).
            return html! { <li {class}>{ heading }{ level }{ step }{ bring }{ note(&b.note) }{ cards }</li> };
        }
        let urgent = b.urgent();
        let label = html! {
            <>{ t.format_with("ui-roadmap-more", &[("count", b.contacts.len().into())]) }<span class="pw-sr">{ format!(" : {title}") }</span></>
        };
        let (more_button, more_class, more_id) = fold(format!("more-{f}"), label);
        html! {
            <li {class}>
                { heading }
                if urgent { { level.clone() } }
                { step }
                { more_button }
                <div id={more_id} class={classes!("pw-more", more_class)}>
                    if !urgent { { level } }
                    { bring }
                    { note(&b.note) }
                    { cards }
                </div>
            </li>
        }
    };
    let other = |o: &Other| {
        let f = &o.field;
        let goto = o.answer.clone().map(|q| props.dispatch.reform(move |_| Action::GoTo(Step::Question(q.clone()))));
        html! {
            <li class={classes!("pw-result", o.level.map(|l| format!("pw-level-{}", l.as_str())), (o.private && !*with_private).then_some("pw-noprint"))}>
                <h3>{ t.t(&format!("field-{f}")) }</h3>
                <p class="pw-level-text">{ t.t(&o.sentence_key) }</p>
                if let Some(w) = &o.wish_key { <p class="pw-wish">{ t.t(w) }</p> }
                { note(&o.note) }
                if let Some(goto) = goto {
                    <button type="button" class="pw-button pw-noprint" onclick={goto}>
                        { t.t("ui-results-answer") }<span class="pw-sr">{ format!(" : {}", t.t(&format!("field-{f}"))) }</span>
                    </button>
                }
            </li>
        }
    };

    let communes = match plan.communes.is_empty() {
        false => {
            let current = plan.commune.clone().unwrap_or_default();
            let onchange = props.dispatch.reform(|e: Event| {
                let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                Action::SetCommune(Some(value).filter(|v| !v.is_empty()))
            });
            html! {
                <div class="pw-commune pw-noprint">
                    <label for="pw-commune">{ t.t("ui-commune-label") }</label>
                    <p class="pw-hint" id="pw-commune-hint">{ t.t("ui-commune-hint") }</p>
                    <select id="pw-commune" aria-describedby="pw-commune-hint" {onchange}>
                        <option value="" selected={current.is_empty()}>{ t.t("ui-commune-any") }</option>
                        { for plan.communes.iter().map(|(code, nom)| html! {
                            <option value={code.clone()} selected={*code == current}>{ nom }</option>
                        }) }
                    </select>
                </div>
            }
        }
        true => html! {},
    };

    let printed = plan.barriers.iter().filter(|b| *with_private || !b.private).count();
    let intro = |n: usize| match n {
        0 => t.t("ui-roadmap-empty").to_string(),
        n => t.format_with("ui-roadmap-intro", &[("count", n.into())]),
    };
    let link = if *with_private { props.links.1.clone() } else { props.links.0.clone() };
    let text = plan.text(&t, &props.date, props.partner.as_deref(), &link, *with_private);
    let spoken = spoken(&t, plan, &props.date, props.partner.as_deref(), *with_private);
    let mailto = format!("mailto:?subject={}&body={}", encode_query(t.t("ui-roadmap-title")), encode_query(&text));
    // The QR code: on screen in « Garder ma feuille de route », and again on paper (there only).
    let qr = |class: &'static str| {
        qr_path(&link).map(|(path, size)| {
            let screen = class == "pw-qr";
            html! {
                <svg class={class} role={screen.then_some("img")} aria-label={screen.then(|| t.t("ui-qr-label").to_string())}
                    aria-hidden={(!screen).then_some("true")} viewBox={format!("0 0 {size} {size}")}
                    width="200" height="200" shape-rendering="crispEdges">
                    <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                    <path d={path} fill="#000" />
                </svg>
            }
        })
    };
    // Where the browser refuses the clipboard, the text is shown selected, to copy by hand.
    let manual = use_node_ref();
    {
        let (manual, failed) = (manual.clone(), *copied == Some(false));
        use_effect_with(failed, move |failed| {
            if let Some(area) = manual.cast::<web_sys::HtmlTextAreaElement>().filter(|_| *failed) {
                let _ = area.focus();
                area.select();
            }
        });
    }
    let oncopy = {
        let (copied, oncopy, text) = (copied.clone(), props.oncopy.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            oncopy.emit((text.clone(), {
                let c = copied.clone();
                Callback::from(move |ok| c.set(Some(ok)))
            }))
        })
    };
    let onhealth = {
        let w = with_private.clone();
        Callback::from(move |e: Event| w.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    };
    let onconsent = {
        let (oncount, counted) = (props.oncount.clone(), props.counted);
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlInputElement>().checked() && !counted {
                oncount.emit(());
            }
        })
    };
    let (others_button, others_class, others_id) = fold("others".into(), html! { t.t("ui-show-others") });
    let top = plan.top.min(plan.barriers.len());
    let (topics_button, topics_class, topics_id) = fold(
        "topics".into(),
        html! { t.format_with("ui-roadmap-more-topics", &[("count", (plan.barriers.len() - top).into())]) },
    );
    // The take-away: its heading is the button that unfolds it (the accordion pattern).
    let (keep_button, keep_class, keep_id) = fold("keep".into(), html! { t.t("ui-keep-title") });
    html! {
        <section class="pw-screen pw-results">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ t.t("ui-roadmap-title") }</h2>
            <AfterHeading />
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
                <ol class="pw-result-list pw-roadmap">{ for plan.barriers[..top].iter().map(roadmap_item) }</ol>
                // Past the urgent field and the resident's first wishes: « Autres sujets », folded.
                if top < plan.barriers.len() {
                    { topics_button }
                    <ol id={topics_id} class={classes!("pw-result-list", "pw-roadmap", "pw-more-topics", topics_class)}
                        start={(top + 1).to_string()}>{ for plan.barriers[top..].iter().map(roadmap_item) }</ol>
                }
            }
            // Below the steps: choosing one's commune refines them, the steps come first.
            { communes }
            if !plan.others.is_empty() {
                <h3 class="pw-others-title">{ t.t("ui-roadmap-others") }</h3>
                { others_button }
                <ul id={others_id} class={classes!("pw-result-list", "pw-others", others_class)}>{ for plan.others.iter().map(other) }</ul>
            }
            <section class="pw-keep pw-noprint" aria-labelledby="pw-keep-title">
                <h3 id="pw-keep-title" class="pw-fold-heading">{ keep_button }</h3>
                <div id={keep_id} class={classes!("pw-keep-body", keep_class)}>
                <p>{ t.t("ui-keep-text") }</p>
                <div class="pw-actions">
                    <button type="button" class="pw-button pw-primary" onclick={props.onprint.reform(|_: MouseEvent| ())}>{ t.t("ui-print") }</button>
                    <button type="button" class="pw-button" onclick={oncopy}>{ t.t("ui-copy") }</button>
                    <a class="pw-button" href={mailto}>{ t.t("ui-email") }</a>
                </div>
                <p role="status" class="pw-status">{
                    match *copied { Some(true) => t.t("ui-copied"), Some(false) => t.t("ui-copy-select"), None => "" }
                }</p>
                if *copied == Some(false) {
                    <label for="pw-copy-text" class="pw-link-label">{ t.t("ui-copy-text-label") }</label>
                    <textarea id="pw-copy-text" class="pw-link-field" rows="8" readonly=true value={text.clone()} ref={manual} />
                }
                if plan.has_private {
                    <div class="pw-check">
                        <input type="checkbox" id="pw-with-health" checked={*with_private} onchange={onhealth} />
                        <label for="pw-with-health">{ t.t("ui-with-health") }</label>
                    </div>
                }
                <label for="pw-link" class="pw-link-label">{ t.t("ui-link-label") }</label>
                <input id="pw-link" class="pw-link-field" type="text" readonly=true value={link.clone()} />
                { qr("pw-qr").unwrap_or_default() }
                </div>
            </section>
            // On paper: how to find the roadmap again, as the resident chose (private fields or not).
            <section class="pw-print-only pw-print-keep">
                <p>{ t.t("ui-roadmap-link") }</p>
                <p class="pw-print-link">{ link.clone() }</p>
                { qr("pw-qr-print").unwrap_or_default() }
            </section>
            <div class="pw-consent pw-noprint">
                <div class="pw-check">
                    <input type="checkbox" id="pw-consent" checked={props.counted} disabled={props.counted} onchange={onconsent}
                        aria-describedby="pw-consent-hint" />
                    <label for="pw-consent">{ t.t("ui-consent") }</label>
                </div>
                <p class="pw-hint" id="pw-consent-hint">{ t.t(if props.counted { "ui-consent-done" } else { "ui-consent-hint" }) }</p>
            </div>
            <div class="pw-nav pw-noprint">
                <button type="button" class="pw-button" onclick={props.dispatch.reform(|_| Action::Back)}>
                    <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-results-change") }
                </button>
            </div>
        </section>
    }
}

/// Ends `s` as a sentence, so a voice pauses after it.
fn sentence(s: &str) -> String {
    let s = s.trim();
    match s.chars().last() {
        None => String::new(),
        Some('.' | '!' | '?' | '…' | ':' | '؟') => s.to_string(),
        Some(_) => format!("{s}."),
    }
}

/// The roadmap as « Écouter » reads it, one part per utterance: what the screen says, in its
/// order, with the words of the links and never their addresses; it ends on how to keep it.
fn spoken(t: &Catalog, plan: &Plan, date: &str, partner: Option<&str>, with_private: bool) -> Vec<String> {
    let mut head = vec![sentence(t.t("ui-roadmap-title")), sentence(&t.format("ui-roadmap-date", &[("date", date)]))];
    if let Some(p) = partner {
        head.push(sentence(&t.format("ui-partner", &[("partner", p)])));
    }
    let shown: Vec<&Barrier> = plan.barriers.iter().filter(|b| with_private || !b.private).collect();
    head.push(sentence(&if shown.is_empty() {
        t.t("ui-roadmap-empty").to_string()
    } else {
        t.format_with("ui-roadmap-intro", &[("count", shown.len().into())])
    }));
    let mut parts = vec![head.join(" ")];
    for (i, b) in shown.iter().enumerate() {
        let mut p = vec![sentence(&format!("{}. {}", i + 1, t.t(&format!("field-{}", b.field))))];
        p.extend(b.level_key.as_ref().map(|k| sentence(t.t(k))));
        if let Some(n) = &b.next {
            p.push(format!("{} :", t.t("ui-roadmap-next")));
            p.extend(n.screen().iter().map(|l| sentence(l)));
        }
        if !b.contacts.is_empty() {
            p.push(format!("{} :", t.t("ui-contacts-title")));
        }
        for c in &b.contacts {
            let c = &c.card;
            p.push(sentence(&c.title));
            p.extend(c.organisation.as_deref().map(sentence));
            p.extend(c.phone.as_ref().map(|(shown, _)| sentence(&t.format("ui-contact-call", &[("phone", shown)]))));
            p.extend(c.address.as_deref().map(sentence));
            if c.web.is_some() {
                p.push(sentence(t.t("ui-contact-web")));
            }
        }
        parts.push(p.join(" "));
    }
    let others: Vec<&Other> = plan.others.iter().filter(|o| with_private || !o.private).collect();
    if !others.is_empty() {
        let mut p = vec![sentence(t.t("ui-roadmap-others"))];
        for o in others {
            p.push(sentence(t.t(&format!("field-{}", o.field))));
            p.push(sentence(t.t(&o.sentence_key)));
        }
        parts.push(p.join(" "));
    }
    parts.push(format!("{} {}", sentence(t.t("ui-keep-title")), sentence(t.t("ui-keep-text"))));
    parts
}
