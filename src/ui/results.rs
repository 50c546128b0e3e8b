use super::contact::ContactCard;
use super::read_aloud::ReadAloud;
use super::{use_heading_focus, Contacts, Dispatch};
use crate::engine::contacts::card::{card, Card};
use crate::engine::contacts::hours::LocalTime;
use crate::engine::contacts::matching::{contacts_for, Context};
use crate::engine::diagnostic::questionnaire::Level;
use crate::engine::diagnostic::session::{Action, FieldResult, Help, Step};
use crate::engine::handoff::roadmap::{next_step, summary, Item};
use crate::engine::handoff::share::qr_path;
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub results: Vec<FieldResult>,
    /// The first question of each field, to go back and answer.
    pub first_questions: Vec<(String, String)>,
    pub contacts: Contacts,
    pub context: Context,
    /// The device's local date and time.
    pub now: LocalTime,
    /// "22/11/2026".
    pub date: String,
    pub partner: Option<String>,
    /// The take-away link, without and with the health field.
    pub links: (String, String),
    pub accompanied: bool,
    pub assisted: bool,
    pub notes: Vec<(String, String)>,
    pub counted: bool,
    pub oncount: Callback<()>,
    pub onprint: Callback<()>,
    /// Copies the text; answers whether it worked.
    pub oncopy: Callback<(String, Callback<bool>)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// A barrier the resident wants help with: they said so, or it is urgent.
fn wanted(r: &FieldResult) -> bool {
    r.level > Some(Level::Ok) && (matches!(r.help, Some(Help::Oui | Help::PlusTard)) || r.level == Some(Level::Urgent))
}

/// « Ma feuille de route »: the barriers the resident wants help with, in their order, each with
/// its next step and contacts; then their other answers; then how to take it away. Never a score.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let with_health = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let first = |field: &str| props.first_questions.iter().find(|(f, _)| f == field).map(|(_, q)| q.clone());
    let cards_for = |r: &FieldResult| -> Vec<Card> {
        match &props.contacts {
            Contacts::Loading => vec![],
            Contacts::Local(d) | Contacts::National(d) => {
                contacts_for(d, &r.needs, &props.context).iter().map(card).collect()
            }
        }
    };
    let items: Vec<Item> = props
        .results
        .iter()
        .filter(|r| wanted(r))
        .map(|r| Item { field: r.field.clone(), level: r.level, cards: cards_for(r) })
        .collect();
    let note = |f: &str| props.notes.iter().find(|(x, _)| x == f).map(|(_, n)| n.clone());

    let roadmap_item = |item: &Item| {
        let f = &item.field;
        html! {
            <li class={classes!("pw-result", item.level.map(|l| format!("pw-level-{}", l.as_str())))}>
                <h3>{ t.t(&format!("field-{f}")) }</h3>
                if let Some(l) = item.level { <p>{ t.t(&format!("field-{f}-{}", l.as_str())) }</p> }
                if let Some(c) = item.cards.first() {
                    <div class="pw-next">
                        <p class="pw-next-title">{ t.t("ui-roadmap-next") }</p>
                        { for next_step(&t, f, c, props.now).into_iter().map(|l| html! { <p>{ l }</p> }) }
                    </div>
                }
                if props.accompanied {
                    if let Some(n) = note(f) { <p class="pw-note-print">{ t.format("ui-liaison-note", &[("note", &n)]) }</p> }
                }
                <div class="pw-contacts">
                    <p class="pw-contacts-title">{ t.t("ui-contacts-title") }</p>
                    if matches!(props.contacts, Contacts::Loading) {
                        <p role="status">{ t.t("ui-contacts-loading") }</p>
                    } else if item.cards.is_empty() {
                        <p>{ t.t("ui-contacts-none") }</p>
                    }
                    { for item.cards.iter().map(|c| html! { <ContactCard key={c.id.clone()} card={c.clone()} now={props.now} /> }) }
                </div>
            </li>
        }
    };
    let other = |r: &FieldResult| {
        let f = &r.field;
        let sentence = if r.skipped {
            t.t("ui-results-skipped").to_string()
        } else {
            r.level.map_or_else(
                || t.t("ui-results-unanswered").to_string(),
                |l| t.t(&format!("field-{f}-{}", l.as_str())).to_string(),
            )
        };
        let goto = first(f)
            .filter(|_| r.skipped || r.level.is_none())
            .map(|q| props.dispatch.reform(move |_| Action::GoTo(Step::Question(q.clone()))));
        html! {
            <li class={classes!("pw-result", r.level.map(|l| format!("pw-level-{}", l.as_str())))}>
                <h3>{ t.t(&format!("field-{f}")) }</h3>
                <p>{ sentence }</p>
                if let Some(h) = r.help { <p class="pw-wish">{ t.t(&format!("ui-results-help-{}", h.as_str())) }</p> }
                if props.accompanied {
                    if let Some(n) = note(f) { <p class="pw-note-print">{ t.format("ui-liaison-note", &[("note", &n)]) }</p> }
                }
                if let Some(goto) = goto {
                    <button type="button" class="pw-button pw-noprint" onclick={goto}>
                        { t.t("ui-results-answer") }<span class="pw-sr">{ format!(" : {}", t.t(&format!("field-{f}"))) }</span>
                    </button>
                }
            </li>
        }
    };

    let communes = match &props.contacts {
        Contacts::Local(d) if !d.communes.is_empty() => {
            let current = props.context.commune.clone().unwrap_or_default();
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
                        { for d.communes.iter().map(|c| html! {
                            <option value={c.code_insee.clone()} selected={c.code_insee == current}>{ &c.nom }</option>
                        }) }
                    </select>
                </div>
            }
        }
        _ => html! {},
    };

    let link = if *with_health { props.links.1.clone() } else { props.links.0.clone() };
    let text = summary(&t, &items, &props.date, props.partner.as_deref(), &link, props.now);
    let mailto = format!(
        "mailto:?subject={}&body={}",
        crate::engine::formats::encode_query(t.t("ui-roadmap-title")),
        crate::engine::formats::encode_query(&text)
    );
    let qr = qr_path(&link);
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
        let w = with_health.clone();
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
    let has_health = props.results.iter().any(|r| r.field == "sante" && (r.level.is_some() || r.skipped));
    html! {
        <section class="pw-screen pw-results">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ t.t("ui-roadmap-title") }</h2>
            <p class="pw-print-head">
                { t.format("ui-roadmap-date", &[("date", &props.date)]) }
                if let Some(p) = &props.partner { { " · " }{ t.format("ui-partner", &[("partner", p)]) } }
            </p>
            if props.accompanied {
                <p class="pw-print-only"><strong>{ t.t("ui-liaison-title") }</strong>
                    if props.assisted { { " · " }{ t.t("ui-liaison-assisted") } }
                </p>
            }
            <ReadAloud text={text.replace(&link, "")} />
            if matches!(props.contacts, Contacts::National(_)) {
                <p class="pw-notice" role="status">{ t.t("ui-contacts-failed") }</p>
            }
            { communes }
            if items.is_empty() {
                <p>{ t.t("ui-roadmap-empty") }</p>
            } else {
                <p>{ t.t("ui-roadmap-intro") }</p>
                <ol class="pw-result-list pw-roadmap">{ for items.iter().map(roadmap_item) }</ol>
            }
            if props.results.iter().any(|r| !wanted(r)) {
                <h3 class="pw-others-title">{ t.t("ui-roadmap-others") }</h3>
                <ul class="pw-result-list pw-others">{ for props.results.iter().filter(|r| !wanted(r)).map(other) }</ul>
            }
            <section class="pw-keep pw-noprint" aria-labelledby="pw-keep-title">
                <h3 id="pw-keep-title">{ t.t("ui-keep-title") }</h3>
                <p>{ t.t("ui-keep-text") }</p>
                <div class="pw-actions">
                    <button type="button" class="pw-button pw-primary" onclick={props.onprint.reform(|_: MouseEvent| ())}>{ t.t("ui-print") }</button>
                    <button type="button" class="pw-button" onclick={oncopy}>{ t.t("ui-copy") }</button>
                    <a class="pw-button" href={mailto}>{ t.t("ui-email") }</a>
                </div>
                <p role="status" class="pw-status">{
                    match *copied { Some(true) => t.t("ui-copied"), Some(false) => t.t("ui-copy-failed"), None => "" }
                }</p>
                if has_health {
                    <div class="pw-check">
                        <input type="checkbox" id="pw-with-health" checked={*with_health} onchange={onhealth} />
                        <label for="pw-with-health">{ t.t("ui-with-health") }</label>
                    </div>
                }
                <label for="pw-link" class="pw-link-label">{ t.t("ui-link-label") }</label>
                <input id="pw-link" class="pw-link-field" type="text" readonly=true value={link.clone()} />
                if let Some((path, size)) = qr {
                    <svg class="pw-qr" role="img" aria-label={t.t("ui-qr-label").to_string()} viewBox={format!("0 0 {size} {size}")}
                        width="200" height="200" shape-rendering="crispEdges">
                        <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                        <path d={path} fill="#000" />
                    </svg>
                }
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
