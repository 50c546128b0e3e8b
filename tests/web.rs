//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown`).
//! Each test mounts the widget into its own shadow root, as the inline integration does,
//! and reads what a person would see.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/sun_times.rs"]
mod sun_times;

#[path = "support/shadow.rs"]
mod shadow;
use shadow::{attrs, shadow_root};

#[wasm_bindgen_test]
async fn mounts_in_a_shadow_root_and_says_ready() {
    let (shadow, root) = shadow_root();
    let events = Rc::new(RefCell::new(Vec::<String>::new()));
    let seen = events.clone();
    let emit = Closure::<dyn FnMut(String, JsValue)>::new(move |name: String, _detail| seen.borrow_mut().push(name));
    passerelle::entry::mount(
        root.clone(),
        attrs(&[("partner", "Centre social Les Tilleuls"), ("lang", "fr"), ("color", "#0b6e4f")]),
        emit.as_ref().unchecked_ref::<js_sys::Function>().clone(),
        0,
        String::new(),
    )
    .unwrap();
    yew::scheduler::flush().await;

    let title = shadow.query_selector("h2").unwrap().expect("a title");
    assert!(title.text_content().unwrap().contains("trouver de l'aide"));
    let partner = shadow.query_selector(".pw-partner").unwrap().expect("partner line");
    assert_eq!(partner.text_content().unwrap(), "Proposé par Centre social Les Tilleuls");
    let app = shadow.query_selector(".pw-app").unwrap().expect("the widget's root");
    assert_eq!(app.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(app.get_attribute("dir").as_deref(), Some("ltr"));
    assert!(root.contains(Some(&app)));
    assert_eq!(*events.borrow(), ["passerelle:ready"]);
}

#[wasm_bindgen_test]
async fn a_question_is_a_fieldset_of_labelled_choices() {
    let (shadow, root) = shadow_root();
    let noop = Closure::<dyn FnMut(String, JsValue)>::new(|_: String, _| {});
    passerelle::entry::mount(
        root,
        attrs(&[("mode", "autonome"), ("lang", "fr")]),
        noop.as_ref().unchecked_ref::<js_sys::Function>().clone(),
        7,
        String::new(),
    )
    .unwrap();
    yew::scheduler::flush().await;
    let start: web_sys::HtmlElement = shadow.query_selector(".pw-primary").unwrap().unwrap().dyn_into().unwrap();
    start.click();
    yew::scheduler::flush().await;
    // The profile, one screen: « Suivant » to the first screening question.
    let next: web_sys::HtmlElement =
        shadow.query_selector(".pw-profile .pw-primary").unwrap().unwrap().dyn_into().unwrap();
    next.click();
    yew::scheduler::flush().await;

    // The question is the heading, said once when it takes focus, and it names the group.
    let fieldset = shadow.query_selector("fieldset[aria-labelledby]").unwrap().expect("a named group of answers");
    let heading = shadow
        .query_selector(&format!("h2#{}", fieldset.get_attribute("aria-labelledby").unwrap()))
        .unwrap()
        .expect("the group is named by the question's heading");
    assert!(!heading.text_content().unwrap().is_empty());
    let radios = shadow.query_selector_all("fieldset input[type=radio]").unwrap();
    assert!(radios.length() >= 4, "answers plus « je ne sais pas » and « je préfère ne pas répondre »");
    for i in 0..radios.length() {
        let input: Element = radios.get(i).unwrap().dyn_into().unwrap();
        let id = input.id();
        let label = shadow.query_selector(&format!("label[for='{id}']")).unwrap();
        assert!(label.is_some_and(|l| !l.text_content().unwrap().is_empty()), "{id} has a label");
    }
    let progress = shadow.query_selector(".pw-progress[aria-live=polite]").unwrap().expect("a live progress line");
    assert!(progress.text_content().unwrap().starts_with("Thème 1 sur"));
}

/// The first screen is drawn before the diagnostic's chunk is there (src/ui/boot.rs): it must
/// be the page the diagnostic draws for its own welcome, field for field, in every mode.
#[wasm_bindgen_test]
async fn the_first_screen_is_the_diagnostics_own_welcome() {
    for (mode, fields) in [("autonome", "mobilite,reseau,sante"), ("accompagne", "")] {
        let (shadow, root) = shadow_root();
        let noop = Closure::<dyn FnMut(String, JsValue)>::new(|_: String, _| {});
        let mut pairs = vec![("mode", mode), ("lang", "fr"), ("langs", "fr,en"), ("partner", "Maison Test")];
        if !fields.is_empty() {
            pairs.push(("fields", fields));
        }
        passerelle::entry::mount(
            root,
            attrs(&pairs),
            noop.as_ref().unchecked_ref::<js_sys::Function>().clone(),
            40 + pairs.len() as u32,
            String::new(),
        )
        .unwrap();
        yew::scheduler::flush().await;
        let page = || shadow.query_selector(".pw-app").unwrap().expect("the widget's root").outer_html();
        let first = page();
        assert!(first.contains("pw-welcome"), "{first}");
        let click = |selector: &str| {
            let b: web_sys::HtmlElement = shadow.query_selector(selector).unwrap().expect(selector).dyn_into().unwrap();
            b.click();
        };
        click(".pw-welcome .pw-primary");
        yew::scheduler::flush().await;
        assert!(!page().contains("pw-welcome"), "« Commencer » opens the diagnostic");
        if mode == "accompagne" {
            // In this mode « Retour » leads to the overview; « Nouvelle personne » comes back
            // to the welcome.
            click(".pw-clear .pw-button");
            yew::scheduler::flush().await;
            click(".pw-clear .pw-danger");
        } else {
            click(".pw-nav .pw-button:not(.pw-primary)");
        }
        yew::scheduler::flush().await;
        // « Nouvelle personne » wiped the answers: the welcome says so (shown and announced),
        // and is otherwise the same page.
        let mut again = page();
        if mode == "accompagne" {
            let said = "Vos réponses sont effacées.";
            let notice = format!("<p class=\"pw-notice\">{said}</p>");
            assert!(again.contains(&notice) && again.contains(&format!("class=\"pw-sr\">{said}</p>")), "{again}");
            again = again.replace(&notice, "").replace(&format!(">{said}</p>"), "></p>");
        }
        assert_eq!(again, first, "{mode}: the first screen and the diagnostic's welcome differ");
    }
}

/// The sun times in the browser, where the trigonometry is the browser's own `Math` (`web/math.rs`
/// replaces libm's), are the minutes the engine gives natively (`tests/sun_times.rs`), which the
/// hours oracle compares with the reference.
#[wasm_bindgen_test]
fn the_sun_times_are_the_same_minutes_in_the_browser() {
    assert_eq!(sun_times::four_years(), sun_times::FOUR_YEARS);
}
