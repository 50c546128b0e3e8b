//! The roadmap as « Écouter » reads it.

use crate::engine::handoff::roadmap::{Barrier, Other, Plan};
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;

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
pub fn spoken(t: &Catalog, plan: &Plan, date: &str, partner: Option<&str>, with_private: bool) -> Vec<String> {
    let mut head =
        vec![sentence(t.t(keys::UI_ROADMAP_TITLE)), sentence(&t.format(keys::UI_ROADMAP_DATE, &[("date", date)]))];
    if let Some(p) = partner {
        head.push(sentence(&t.format(keys::UI_PARTNER, &[("partner", p)])));
    }
    let shown: Vec<&Barrier> = plan.barriers.iter().filter(|b| with_private || !b.private).collect();
    head.push(sentence(&if shown.is_empty() {
        t.t(keys::UI_ROADMAP_EMPTY).to_string()
    } else {
        t.format_with(keys::UI_ROADMAP_INTRO, &[("count", shown.len().into())])
    }));
    let mut parts = vec![head.join(" ")];
    for (i, b) in shown.iter().enumerate() {
        let mut p = vec![sentence(&format!("{}. {}", i + 1, t.t(b.name_key)))];
        p.extend(b.level_key.as_ref().map(|k| sentence(t.t(k))));
        if let Some(n) = &b.next {
            p.push(format!("{} :", t.t(keys::UI_ROADMAP_NEXT)));
            p.extend(n.screen().iter().map(|l| sentence(l)));
        }
        if !b.contacts.is_empty() {
            p.push(format!("{} :", t.t(keys::UI_CONTACTS_TITLE)));
        }
        for c in &b.contacts {
            let c = &c.card;
            p.push(sentence(&c.title));
            p.extend(c.organisation.as_deref().map(sentence));
            p.extend(c.phone.as_ref().map(|p| sentence(&t.format(keys::UI_CONTACT_CALL, &[("phone", &p.shown)]))));
            p.extend(c.address.as_deref().map(sentence));
            if c.web.is_some() {
                p.push(sentence(t.t(keys::UI_CONTACT_WEB)));
            }
        }
        parts.push(p.join(" "));
    }
    let others: Vec<&Other> = plan.others.iter().filter(|o| with_private || !o.private).collect();
    if !others.is_empty() {
        let mut p = vec![sentence(t.t(keys::UI_ROADMAP_OTHERS))];
        for o in others {
            p.push(sentence(t.t(o.field.key())));
            p.push(sentence(t.t(o.sentence_key)));
        }
        parts.push(p.join(" "));
    }
    parts.push(format!("{} {}", sentence(t.t(keys::UI_KEEP_TITLE)), sentence(t.t(keys::UI_KEEP_TEXT))));
    parts
}
