//! What every screen repeats: a section, its heading (which takes focus after the resident's own
//! step), the emergency numbers right after it, and « Retour ».

use super::class::class;
use super::hooks::{use_catalog, use_heading_focus};
use yew::prelude::*;

/// « Retour » at the foot of a screen.
#[derive(Clone, PartialEq)]
pub struct Back {
    /// The button's words (a message key).
    pub label: &'static str,
    /// Left off the paper (the results).
    pub noprint: bool,
    pub onclick: Callback<MouseEvent>,
}

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    /// The section's classes after `pw-screen`.
    #[prop_or_default]
    pub class: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub heading_id: Option<AttrValue>,
    /// The section is named by its heading (`aria-labelledby`, with `heading_id`).
    #[prop_or_default]
    pub labelled: bool,
    pub autofocus: bool,
    /// Right after the heading: the emergency numbers, on the screens after the one where they
    /// appeared (`<AfterHeading />`, the diagnostic's screens: the welcome leaves its code to
    /// their chunk).
    #[prop_or_default]
    pub after_heading: Html,
    #[prop_or_default]
    pub back: Option<Back>,
    #[prop_or_default]
    pub children: Html,
}

/// A screen: its heading, what it holds, then « Retour ».
#[component]
pub fn Screen(props: &ScreenProps) -> Html {
    let t = use_catalog();
    let heading = use_heading_focus(props.autofocus);
    let labelled = props.heading_id.clone().filter(|_| props.labelled);
    html! {
        <section ~className={class!("pw-screen", props.class.as_str())} aria-labelledby={labelled}>
            <h2 id={props.heading_id.clone()} class="pw-title" tabindex="-1" ref={heading}>{ &props.title }</h2>
            { props.after_heading.clone() }
            { props.children.clone() }
            if let Some(back) = &props.back {
                <div ~className={class!("pw-nav", back.noprint.then_some("pw-noprint"))}>
                    <button type="button" class="pw-button" onclick={back.onclick.clone()}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t(back.label) }
                    </button>
                </div>
            }
        </section>
    }
}
