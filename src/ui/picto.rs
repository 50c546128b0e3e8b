use crate::engine::pictograms::{paths, FIELD_PATHS};
use yew::prelude::*;

/// A pictogram beside words that say the same: hidden from screen readers, drawn in the text's
/// colour (`currentColor`, so the partner's accent where the text has it).
pub fn picto(name: Option<&str>) -> Html {
    let Some(ps) = name.and_then(paths) else { return html! {} };
    drawn(ps)
}

/// A field's pictogram, by the field's place in the canonical order (without the whole table).
pub fn field_picto(index: usize) -> Html {
    FIELD_PATHS.get(index).map_or_else(Html::default, |ps| drawn(ps))
}

fn drawn(ps: &[&'static str]) -> Html {
    html! {
        <svg class="pw-picto" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            { for ps.iter().map(|d| html! { <path d={*d} /> }) }
        </svg>
    }
}
