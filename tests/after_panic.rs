//! A widget mounted after a panic, in a test build of its own: the first widget of its wasm
//! instance, as the bug it guards against needs (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[path = "support/shadow.rs"]
mod shadow;
use shadow::{attrs, shadow_root};

wasm_bindgen_test_configure!(run_in_browser);

/// A widget mounted after a panic still mounts, and the test after a failing one is not failed by
/// it. Once a panic has happened, this test build stays panicking for good (`panic = "abort"`: the
/// trap ends the call, never the panic), and std then refuses any new panic hook with a panic of its
/// own: panic containment (`web/panic.rs`) must not ask for one, least of all while it holds its
/// list of widgets.
#[wasm_bindgen_test]
async fn a_widget_mounts_after_a_panic() {
    let boom = Closure::<dyn Fn()>::new(|| panic!("a panic asked for by a test"));
    // The trap comes back through JavaScript as an exception, caught here.
    let trapped = boom.as_ref().unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    assert!(trapped.is_err() && std::thread::panicking());
    let (shadow, root) = shadow_root();
    let noop = Closure::<dyn FnMut(String, JsValue)>::new(|_: String, _| {});
    passerelle::entry::mount(
        root,
        attrs(&[("lang", "fr")]),
        noop.as_ref().unchecked_ref::<js_sys::Function>().clone(),
        90,
        String::new(),
    )
    .unwrap();
    yew::scheduler::flush().await;
    assert!(shadow.query_selector(".pw-welcome .pw-primary").unwrap().is_some(), "the welcome, with « Commencer »");
}
