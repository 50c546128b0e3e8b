//! A widget's place in a component test: a shadow root of its own, as the inline integration gives
//! it, and the `data-*` attributes as the loader passes them.
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

pub fn shadow_root() -> (ShadowRoot, Element) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let root = document.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    (shadow, root)
}

pub fn attrs(pairs: &[(&str, &str)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o
}
