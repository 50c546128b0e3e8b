use crate::engine::diagnostic::questionnaire::Emergency;
use crate::engine::messages::Catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmergencyProps {
    pub numbers: Vec<Emergency>,
}

/// Shown as soon as an urgent answer is given, right below the screen, and brought into view:
/// the flow goes on, and the numbers stay on every later screen.
#[component]
pub fn EmergencyNumbers(props: &EmergencyProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    html! {
        <section class="pw-emergency" aria-labelledby="pw-emergency-title" role="region">
            <h3 id="pw-emergency-title" class="pw-emergency-title" tabindex="-1">{ t.t("ui-emergency-title") }</h3>
            <p>{ t.format_with("ui-emergency-text", &[("count", props.numbers.len().into())]) }</p>
            <ul class="pw-emergency-list">
                { for props.numbers.iter().map(|e| html! {
                    <li>
                        <a class="pw-button pw-call" href={format!("tel:{}", e.number)}>
                            { t.format("ui-emergency-call", &[("number", &e.number)]) }
                        </a>
                        <span>{ t.t(&format!("emergency-{}", e.id)) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
