//! « Garder ma feuille de route »: print it, copy it, mail it, or take its link or QR code; and
//! on paper, how to find it again.

use super::class::class;
use super::hooks::use_catalog;
use super::items::fold;
use crate::engine::formats::encode_query;
use crate::engine::handoff::share::qr_path;
use crate::engine::messages::keys;
use crate::web::device::in_a_task;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepProps {
    /// The take-away link, with the private fields or not, as chosen.
    pub link: String,
    /// The roadmap as text (`Plan::text`), for the copy and the e-mail.
    pub text: String,
    /// Some answers are health or safety: the resident chooses whether they go with it.
    pub has_private: bool,
    pub with_private: bool,
    pub onhealth: Callback<bool>,
    pub onprint: Callback<()>,
    /// Copies the text; answers whether it worked.
    pub oncopy: Callback<(String, Callback<bool>)>,
}

/// The take-away: its heading is the button that unfolds it (the accordion pattern).
#[component]
pub fn Keep(props: &KeepProps) -> Html {
    let t = use_catalog();
    let copied = use_state(|| None::<bool>);
    let open = use_state(Vec::<String>::new);
    let link = &props.link;
    let mailto =
        format!("mailto:?subject={}&body={}", encode_query(t.t(keys::UI_ROADMAP_TITLE)), encode_query(&props.text));
    // The QR code: on screen in « Garder ma feuille de route » (folded), and again on paper (there
    // only). Encoded once for both, in a task of its own just after the roadmap is drawn (the roadmap
    // never waits for it), and again only when the link changes; never shown for another link.
    let code = use_state(|| None::<Rc<(String, Option<(String, i32)>)>>);
    {
        let code = code.clone();
        use_effect_with(link.clone(), move |link| {
            let link = link.clone();
            let timer = in_a_task(move || {
                let qr = qr_path(&link);
                code.set(Some(Rc::new((link, qr))));
            });
            move || drop(timer)
        });
    }
    // On screen, a labelled image; on paper, beside the link it repeats. Literal classes: an SVG
    // element's `className` is not a string (`ui::class`).
    let qr = |screen: bool| {
        code.as_ref().filter(|c| c.0 == *link).and_then(|c| c.1.as_ref()).map(|(path, size)| {
            let (view, side) = (format!("0 0 {size} {size}"), size.to_string());
            let body = html! {
                <>
                    <rect width={side.clone()} height={side} fill="#fff" />
                    <path d={path.clone()} fill="#000" />
                </>
            };
            if screen {
                html! {
                    <svg class="pw-qr" role="img" aria-label={t.t(keys::UI_QR_LABEL).to_string()} viewBox={view}
                        width="200" height="200" shape-rendering="crispEdges">{ body }</svg>
                }
            } else {
                html! {
                    <svg class="pw-qr-print" aria-hidden="true" viewBox={view}
                        width="200" height="200" shape-rendering="crispEdges">{ body }</svg>
                }
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
        let (copied, oncopy, text) = (copied.clone(), props.oncopy.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            oncopy.emit((text.clone(), {
                let c = copied.clone();
                Callback::from(move |ok| c.set(Some(ok)))
            }))
        })
    };
    let onhealth = props.onhealth.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
    let keep = fold(&open, "keep".into(), html! { t.t(keys::UI_KEEP_TITLE) });
    html! {
        <>
            <section class="pw-keep pw-noprint" aria-labelledby="pw-keep-title">
                <h3 id="pw-keep-title" class="pw-fold-heading">{ keep.button }</h3>
                <div id={keep.id} ~className={class!("pw-keep-body", keep.class)}>
                <p>{ t.t(keys::UI_KEEP_TEXT) }</p>
                <div class="pw-actions">
                    <button type="button" class="pw-button pw-primary" onclick={props.onprint.reform(|_: MouseEvent| ())}>{ t.t(keys::UI_PRINT) }</button>
                    <button type="button" class="pw-button" onclick={oncopy}>{ t.t(keys::UI_COPY) }</button>
                    <a class="pw-button" href={mailto}>{ t.t(keys::UI_EMAIL) }</a>
                </div>
                <p role="status" class="pw-status">{
                    match *copied { Some(true) => t.t(keys::UI_COPIED), Some(false) => t.t(keys::UI_COPY_SELECT), None => "" }
                }</p>
                if *copied == Some(false) {
                    <label for="pw-copy-text" class="pw-link-label">{ t.t(keys::UI_COPY_TEXT_LABEL) }</label>
                    <textarea id="pw-copy-text" class="pw-link-field" rows="8" readonly=true value={props.text.clone()} ref={manual} />
                }
                if props.has_private {
                    <div class="pw-check">
                        <input type="checkbox" id="pw-with-health" checked={props.with_private} onchange={onhealth} />
                        <label for="pw-with-health">{ t.t(keys::UI_WITH_HEALTH) }</label>
                    </div>
                }
                <label for="pw-link" class="pw-link-label">{ t.t(keys::UI_LINK_LABEL) }</label>
                <input id="pw-link" class="pw-link-field" type="text" readonly=true value={link.clone()} />
                { qr(true).unwrap_or_default() }
                </div>
            </section>
            // On paper: how to find the roadmap again, as the resident chose (private fields or not).
            <section class="pw-print-only pw-print-keep">
                <p>{ t.t(keys::UI_ROADMAP_LINK) }</p>
                <p class="pw-print-link">{ link.clone() }</p>
                { qr(false).unwrap_or_default() }
            </section>
        </>
    }
}
