use super::class::class;
use super::hooks::use_catalog;
use crate::engine::diagnostic::questionnaire::Emergency;
use crate::engine::diagnostic::{Diagnostic, Session, Step};
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use crate::web::HostRef;
use std::rc::Rc;
use yew::prelude::*;

/// The emergency numbers the answers call for, given to every screen (a context): where the
/// block stands, and what « Écouter » reads first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Urgent {
    pub numbers: Rc<Vec<Emergency>>,
    /// The urgent answer was given on this screen: the block stands below it (nothing moves
    /// under the resident's finger); on later screens it comes right after the heading.
    pub here: bool,
    /// The announcement, one sentence: « Numéros d'urgence, gratuits, jour et nuit : Le 115… ».
    pub spoken: Option<String>,
    /// A safety answer was given: the numbers stay off the paper (they would show it).
    pub noprint: bool,
}

#[derive(Properties, PartialEq)]
pub struct EmergencyProps {
    pub numbers: Rc<Vec<Emergency>>,
}

/// The numbers, each with a call button: below the screen where the urgent answer is given
/// (brought into view and announced), then right after the heading of every later screen.
#[component]
pub fn EmergencyNumbers(props: &EmergencyProps) -> Html {
    let t = use_catalog();
    html! {
        <section class="pw-emergency" aria-labelledby="pw-emergency-title" role="region">
            <h3 id="pw-emergency-title" class="pw-emergency-title" tabindex="-1">{ t.t(keys::UI_EMERGENCY_TITLE) }</h3>
            <p>{ t.format_with(keys::UI_EMERGENCY_TEXT, &[("count", props.numbers.len().into())]) }</p>
            <ul class="pw-emergency-list">
                { for props.numbers.iter().map(|e| html! {
                    <li>
                        <a class="pw-button pw-call" href={e.href()}>
                            { t.format(if e.sms { keys::UI_EMERGENCY_SMS } else { keys::UI_EMERGENCY_CALL }, &[("number", &e.number)]) }
                        </a>
                        <span>{ t.t(&e.key()) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Placed by each screen right after its heading: the numbers, on the screens after the one
/// where they appeared, so that reading on from the focused heading meets them first.
#[component]
pub fn AfterHeading() -> Html {
    let urgent = use_context::<Urgent>().unwrap_or_default();
    if urgent.here || urgent.numbers.is_empty() {
        return html! {};
    }
    html! {
        <div ~className={class!("pw-after-heading", urgent.noprint.then_some("pw-noprint"))}>
            <EmergencyNumbers numbers={urgent.numbers.clone()} />
        </div>
    }
}

/// The emergency numbers the answers call for, where they stand, and the sentence that announces
/// them. The screen where a number appeared keeps it below (nothing moves under the resident's
/// finger); on later screens it comes right after the heading (`AfterHeading`). The moment an
/// urgent answer adds a number, the `block` below the screen comes into view (after the
/// resident's own action only, never on load) and the numbers are announced, in one change.
#[hook]
pub fn use_urgent(
    t: Catalog,
    host: &HostRef,
    d: &Diagnostic,
    s: &Session,
    autofocus: bool,
    block: &NodeRef,
) -> (Urgent, String) {
    let numbers: Rc<Vec<_>> = Rc::new(d.emergencies(s).into_iter().cloned().collect());
    let appeared = use_mut_ref(|| (numbers.len(), None::<Step>));
    {
        let mut a = appeared.borrow_mut();
        if numbers.len() > a.0 {
            *a = (numbers.len(), Some(s.step.clone()));
        } else {
            a.0 = numbers.len();
        }
    }
    let here = appeared.borrow().1.as_ref() == Some(&s.step);
    {
        let (block, host, seen) = (block.clone(), host.clone(), use_mut_ref(|| 0usize));
        use_effect_with(numbers.len(), move |n| {
            if *n > *seen.borrow() && autofocus {
                if let Some(el) = block.cast::<web_sys::Element>() {
                    host.0.show(&el);
                }
            }
            *seen.borrow_mut() = *n;
        });
    }
    let announce = match numbers.is_empty() {
        true => String::new(),
        false => {
            let named: Vec<String> = numbers.iter().map(|e| t.t(&e.key()).to_string()).collect();
            t.format(keys::UI_EMERGENCY_ANNOUNCE, &[("numbers", &named.join(" "))])
        }
    };
    let spoken = (!numbers.is_empty()).then(|| announce.clone());
    (Urgent { numbers, here, spoken, noprint: d.safety(s, None) }, announce)
}
