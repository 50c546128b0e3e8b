//! The roadmap's items, as the results screen lists them: a barrier the resident wants help
//! with (its next step, then its contacts, folded), another answer, and the commune's choice.

use super::class::class;
use super::contact::ContactCard;
use super::picto::picto;
use super::Dispatch;
use crate::engine::contacts::card::Phone;
use crate::engine::diagnostic::{Action, Step};
use crate::engine::handoff::roadmap::{Barrier, Other, Plan};
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use yew::prelude::*;

/// A part that unfolds on demand: its button, the part's classes (folded or not) and its id.
/// On paper everything shows (`.pw-folded` hides only on screen).
pub struct Fold {
    pub button: Html,
    pub class: Option<&'static str>,
    pub id: String,
}

/// The part `id` among the `open` ones, unfolded by its button labelled `label`.
pub fn fold(open: &UseStateHandle<Vec<String>>, id: String, label: Html) -> Fold {
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
    Fold { button, class: (!is_open).then_some("pw-folded"), id: format!("pw-fold-{id}") }
}

/// What every item is drawn with.
pub struct Items<'a> {
    pub t: Catalog,
    pub plan: &'a Plan,
    /// The counsellor's notes go on the paper (accompanied mode).
    pub accompanied: bool,
    /// Health and safety go on the paper too.
    pub with_private: bool,
    pub open: &'a UseStateHandle<Vec<String>>,
    pub dispatch: &'a Dispatch,
}

impl Items<'_> {
    fn note(&self, n: &Option<String>) -> Html {
        match n {
            Some(n) if self.accompanied => {
                html! { <p class="pw-note-print">{ self.t.format(keys::UI_LIAISON_NOTE, &[("note", n)]) }</p> }
            }
            _ => html! {},
        }
    }

    /// On a phone the top shows each wanted field's next step with its call button (issue 15);
    /// the contacts, what to bring and the notes unfold on demand.
    pub fn barrier(&self, b: &Barrier) -> Html {
        let t = self.t;
        let f = &b.field;
        let title = t.t(b.name_key).to_string();
        let level = b.level_key.as_ref().map(|k| html! { <p class="pw-level-text">{ t.t(k) }</p> });
        let cards = html! {
            <div class="pw-contacts">
                <p class="pw-contacts-title">{ t.t(keys::UI_CONTACTS_TITLE) }</p>
                if self.plan.loading {
                    <p role="status">{ t.t(keys::UI_CONTACTS_LOADING) }</p>
                } else if b.contacts.is_empty() {
                    <p>{ t.t(keys::UI_CONTACTS_NONE) }</p>
                }
                { for b.contacts.iter().map(|c| html! { <ContactCard key={c.card.id.clone()} contact={c.clone()} /> }) }
            </div>
        };
        let class = class!(
            "pw-result",
            b.level.map(|l| format!("pw-level-{}", l.as_str())),
            (b.private && !self.with_private).then_some("pw-noprint")
        );
        let heading = html! { <h3>{ picto(b.picto.as_deref()) }{ &title }</h3> };
        // A number never breaks across lines.
        let call = |phone: &Phone| {
            html! {
                <a class="pw-button pw-primary" href={phone.href.clone()}>{ t.format(keys::UI_CONTACT_CALL, &[("phone", &phone.shown.replace(' ', "\u{a0}"))]) }</a>
            }
        };
        let web = |web: &String| {
            html! {
                <a class="pw-button" href={web.clone()} target="_blank" rel="noopener noreferrer">{ t.t(keys::UI_CONTACT_WEB) }<span class="pw-sr">{ format!(" ({})", t.t(keys::UI_NEW_TAB)) }</span></a>
            }
        };
        let step = b.next.as_ref().map(|n| {
            html! {
                <div class="pw-next">
                    <p class="pw-next-title">{ t.t(keys::UI_ROADMAP_NEXT) }</p>
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
            return html! { <li ~className={class}>{ heading }{ level }{ step }{ bring }{ self.note(&b.note) }{ cards }</li> };
        }
        let urgent = b.urgent();
        let label = html! {
            <>{ t.format_with(keys::UI_ROADMAP_MORE, &[("count", b.contacts.len().into())]) }<span class="pw-sr">{ format!(" : {title}") }</span></>
        };
        let more = fold(self.open, format!("more-{f}"), label);
        html! {
            <li ~className={class}>
                { heading }
                if urgent { { level.clone() } }
                { step }
                { more.button }
                <div id={more.id} ~className={class!("pw-more", more.class)}>
                    if !urgent { { level } }
                    { bring }
                    { self.note(&b.note) }
                    { cards }
                </div>
            </li>
        }
    }

    /// An answer that calls for no help, with a way back to it.
    pub fn other(&self, o: &Other) -> Html {
        let t = self.t;
        let f = &o.field;
        let goto = o.answer.clone().map(|q| self.dispatch.reform(move |_| Action::GoTo(Step::Question(q.clone()))));
        html! {
            <li ~className={class!("pw-result", o.level.map(|l| format!("pw-level-{}", l.as_str())), (o.private && !self.with_private).then_some("pw-noprint"))}>
                <h3>{ t.t(f.key()) }</h3>
                <p class="pw-level-text">{ t.t(o.sentence_key) }</p>
                if let Some(w) = &o.wish_key { <p class="pw-wish">{ t.t(w) }</p> }
                { self.note(&o.note) }
                if let Some(goto) = goto {
                    <button type="button" class="pw-button pw-noprint" onclick={goto}>
                        { t.t(keys::UI_RESULTS_ANSWER) }<span class="pw-sr">{ format!(" : {}", t.t(f.key())) }</span>
                    </button>
                }
            </li>
        }
    }

    /// The commune's choice, when the contacts name several: it refines the steps.
    pub fn communes(&self) -> Html {
        let (t, plan) = (self.t, self.plan);
        if plan.communes.is_empty() {
            return html! {};
        }
        let current = plan.commune.clone().unwrap_or_default();
        let onchange = self.dispatch.reform(|e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            Action::SetCommune(Some(value).filter(|v| !v.is_empty()))
        });
        html! {
            <div class="pw-commune pw-noprint">
                <label for="pw-commune">{ t.t(keys::UI_COMMUNE_LABEL) }</label>
                <p class="pw-hint" id="pw-commune-hint">{ t.t(keys::UI_COMMUNE_HINT) }</p>
                <select id="pw-commune" aria-describedby="pw-commune-hint" {onchange}>
                    <option value="" selected={current.is_empty()}>{ t.t(keys::UI_COMMUNE_ANY) }</option>
                    { for plan.communes.iter().map(|c| html! {
                        <option value={c.code_insee.clone()} selected={c.code_insee == current}>{ &c.nom }</option>
                    }) }
                </select>
            </div>
        }
    }
}
