use super::emergency::AfterHeading;
use super::picto::picto;
use super::read_aloud::ReadAloud;
use super::{use_heading_focus, Dispatch};
use crate::engine::diagnostic::questionnaire::{AnswerDef, Field, Kind, Question, DONT_KNOW, NO_ANSWER};
use crate::engine::diagnostic::session::{Action, Progress, Response};
use crate::engine::messages::Catalog;
use yew::prelude::*;

/// One answer: a real radio button or checkbox with its label, sending `action` when chosen.
fn option(
    input_type: &'static str,
    qid: &str,
    value: &str,
    label: Html,
    checked: bool,
    action: Action,
    d: &Dispatch,
) -> Html {
    let d = d.clone();
    let id = format!("pw-{qid}-{value}");
    html! {
        <div class="pw-option">
            <input type={input_type} id={id.clone()} name={qid.to_string()} value={value.to_string()} {checked}
                onchange={Callback::from(move |_: Event| d.emit(action.clone()))} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// The one progress bar of the pass: a total that never changes (`Diagnostic::bar`); the words
/// (« Thème 6 sur 8 ») say where the resident is.
fn pass_bar(bar: Option<(usize, usize)>) -> Html {
    match bar {
        Some((value, max)) => html! {
            <progress class="pw-pass-bar" aria-hidden="true" max={max.to_string()} value={value.to_string()}></progress>
        },
        None => html! {},
    }
}

/// One question of a screen of several: a group of real radio buttons or checkboxes named by its
/// own `h3`, its hints tied to it, and the answers every question offers (the profile's only
/// « Je préfère ne pas répondre »).
fn group(t: &Catalog, q: &Question, response: &Option<Response>, dont_know: bool, d: &Dispatch) -> Html {
    let qid = q.id.to_string();
    let multiple = q.kind == Kind::Multiple;
    let input_type = if multiple { "checkbox" } else { "radio" };
    let chosen = |a: &str| matches!(response, Some(Response::Chosen(ids)) if ids.iter().any(|x| x == a));
    let option = |value: &str, label: Html, checked: bool, action: Action| {
        option(input_type, &qid, value, label, checked, action, d)
    };
    let answers = q.answers.iter().map(|a| {
        let action = match multiple {
            true => Action::Toggle(qid.clone(), a.id.to_string()),
            false => Action::Choose(qid.clone(), a.id.to_string()),
        };
        option(&a.id, answer_label(t, &qid, a), chosen(&a.id), action)
    });
    let universal = |value: &str, key: &str, r: Response, action: Action| {
        option(value, html! { t.t(key) }, *response == Some(r), action)
    };
    let dont_know =
        dont_know.then(|| universal(DONT_KNOW, "ui-dont-know", Response::DontKnow, Action::DontKnow(qid.clone())));
    let no_answer = universal(NO_ANSWER, "ui-no-answer", Response::NoAnswer, Action::NoAnswer(qid.clone()));
    let help_key = format!("q-{}-help", qid);
    let hint = Catalog::has(&help_key).then(|| t.t(&help_key).to_string());
    let described: Vec<String> =
        [hint.as_ref().map(|_| format!("pw-hint-{qid}")), multiple.then(|| format!("pw-multiple-{qid}"))]
            .into_iter()
            .flatten()
            .collect();
    let heading_id = format!("pw-q-{qid}");
    html! {
        <fieldset key={qid.clone()} class="pw-fieldset pw-profile-q" aria-labelledby={heading_id.clone()}
            aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
            <h3 id={heading_id} class="pw-question-text">{ t.t(&format!("q-{}", qid)) }</h3>
            if let Some(hint) = hint { <p class="pw-hint" id={format!("pw-hint-{qid}")}>{ hint }</p> }
            if multiple { <p class="pw-hint" id={format!("pw-multiple-{qid}")}>{ t.t("ui-multiple-hint") }</p> }
            if dont_know.is_some() {
                <div class="pw-options">{ for answers }</div>
                <div class="pw-options pw-universal">{ dont_know }{ no_answer }</div>
            } else {
                <div class="pw-options">{ for answers }{ no_answer }</div>
            }
        </fieldset>
    }
}

/// An answer's label: its pictogram, if any, and its wording.
fn answer_label(t: &Catalog, qid: &str, a: &AnswerDef) -> Html {
    html! { <>{ picto(a.picto.as_deref()) }{ t.t(&format!("a-{qid}-{}", a.id)) }</> }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: Question,
    /// `None` for a profile question.
    pub field: Option<Field>,
    pub progress: Option<Progress>,
    /// The first question shown in its field: it carries the field's introduction.
    pub first: bool,
    pub response: Option<Response>,
    pub field_index: Option<usize>,
    pub field_total: usize,
    /// The progress bar: this screen among every screen the pass can show (`Diagnostic::bar`).
    pub bar: Option<(usize, usize)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// One question per screen: a group of real radio buttons or checkboxes with labels, named by
/// the question's heading, and the two answers every question offers.
#[component]
pub fn QuestionScreen(props: &QuestionProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let q = &props.question;
    let qid = q.id.to_string();
    let multiple = q.kind == Kind::Multiple;
    let input_type = if multiple { "checkbox" } else { "radio" };
    let chosen = |a: &str| matches!(&props.response, Some(Response::Chosen(ids)) if ids.iter().any(|x| x == a));
    let d = props.dispatch.clone();

    let option = |value: &str, label: Html, checked: bool, action: Action| {
        option(input_type, &qid, value, label, checked, action, &d)
    };
    let answers = q.answers.iter().map(|a| {
        let action = if multiple {
            Action::Toggle(qid.clone(), a.id.to_string())
        } else {
            Action::Choose(qid.clone(), a.id.to_string())
        };
        option(&a.id, answer_label(&t, &qid, a), chosen(&a.id), action)
    });
    let dont_know = option(
        DONT_KNOW,
        html! { t.t("ui-dont-know") },
        props.response == Some(Response::DontKnow),
        Action::DontKnow(qid.clone()),
    );
    let no_answer = option(
        NO_ANSWER,
        html! { t.t("ui-no-answer") },
        props.response == Some(Response::NoAnswer),
        Action::NoAnswer(qid.clone()),
    );

    let help_key = format!("q-{}-help", qid);
    let hint = Catalog::has(&help_key).then(|| t.t(&help_key).to_string());
    let first = props.first;
    let intro = first.then(|| {
        t.t(&props.field.as_ref().map(|f| format!("field-{}-intro", f.id)).unwrap_or_else(|| "profile-intro".into()))
            .to_string()
    });
    // « Suivant » with nothing chosen asks once, gently, and keeps the focus where it is; pressed
    // again, it goes on (the answer stays « not said »).
    let asked = use_state(|| false);
    let onsubmit = {
        let (d, asked, empty) = (d.clone(), asked.clone(), props.response.is_none());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if empty && !*asked {
                asked.set(true);
            } else {
                d.emit(Action::Next);
            }
        })
    };
    let field_title = props
        .field
        .as_ref()
        .map(|f| t.t(&format!("field-{}", f.id)).to_string())
        .unwrap_or_else(|| t.t("profile-title").to_string());
    let theme = props
        .field_index
        .map(|i| t.format_with("ui-field-start", &[("index", (i + 1).into()), ("total", props.field_total.into())]));
    let heading_id = format!("pw-q-{qid}");
    // The hints say how to answer: tied to the group of answers, so they are heard with it.
    let described: Vec<String> =
        [hint.as_ref().map(|_| format!("pw-hint-{qid}")), multiple.then(|| format!("pw-multiple-{qid}"))]
            .into_iter()
            .flatten()
            .collect();
    // Read aloud in the order of the screen: the question, its hints, then each answer.
    let spoken: Vec<String> = std::iter::once(t.t(&format!("q-{}", qid)).to_string())
        .chain(hint.clone())
        .chain(multiple.then(|| t.t("ui-multiple-hint").to_string()))
        .chain(q.answers.iter().map(|a| t.t(&format!("a-{}-{}", qid, a.id)).to_string()))
        .chain([t.t("ui-dont-know").to_string(), t.t("ui-no-answer").to_string()])
        .collect();
    // Heard in this order: the question (the focused heading, said once: the group of answers
    // is named by it, not by a legend around it), the emergency numbers once given, where the
    // resident is (theme, question count), the theme's introduction, then the group of answers
    // with its hints.
    html! {
        <section class="pw-screen pw-question">
            <h2 id={heading_id.clone()} class="pw-title" tabindex="-1" ref={heading}>{ t.t(&format!("q-{}", qid)) }</h2>
            <AfterHeading />
            <p class="pw-kicker">
                if let Some(theme) = theme {
                    <span class="pw-theme-count">{ theme }</span>
                    { " · " }
                }
                { picto(props.field.as_ref().and_then(|f| f.picto.as_deref())) }<span>{ field_title }</span>
            </p>
            { pass_bar(props.bar) }
            if let Some(intro) = intro {
                <p class="pw-intro">{ intro }</p>
            }
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                <fieldset class="pw-fieldset" aria-labelledby={heading_id}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                    if let Some(hint) = hint { <p class="pw-hint" id={format!("pw-hint-{qid}")}>{ hint }</p> }
                    if multiple { <p class="pw-hint" id={format!("pw-multiple-{qid}")}>{ t.t("ui-multiple-hint") }</p> }
                    <div class="pw-options">{ for answers }</div>
                    <div class="pw-options pw-universal">{ dont_know }{ no_answer }</div>
                </fieldset>
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-back") }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t("ui-next") }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
                if *asked && props.response.is_none() {
                    <p class="pw-nothing-chosen" role="status">{ t.t("ui-nothing-chosen") }</p>
                } else {
                    <p class="pw-nothing-chosen" role="status"></p>
                }
                if let Some(f) = props.field.as_ref().filter(|f| f.sensitive) {
                    <div class="pw-skip-field">
                        <p>{ t.t("ui-skip-field-hint") }</p>
                        <button type="button" class="pw-button" onclick={d.reform({ let f = f.id.to_string(); move |_| Action::SkipField(f.clone()) })}>
                            { t.t("ui-skip-field") }
                        </button>
                    </div>
                }
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    /// The profile questions shown, in order.
    pub questions: Vec<Question>,
    pub responses: Vec<Option<Response>>,
    pub bar: Option<(usize, usize)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// The profile on one screen: each question a group of radio buttons named by its own heading,
/// all optional.
#[component]
pub fn ProfileScreen(props: &ProfileProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let d = props.dispatch.clone();
    let groups = props.questions.iter().zip(props.responses.iter()).map(|(q, r)| group(&t, q, r, false, &d));
    let spoken: Vec<String> = std::iter::once(t.t("profile-title").to_string())
        .chain([t.t("profile-intro").to_string()])
        .chain(props.questions.iter().map(|q| t.t(&format!("q-{}", q.id)).to_string()))
        .collect();
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    html! {
        <section class="pw-screen pw-question pw-profile">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ t.t("profile-title") }</h2>
            <AfterHeading />
            { pass_bar(props.bar) }
            <p class="pw-intro">{ t.t("profile-intro") }</p>
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                { for groups }
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-back") }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t("ui-next") }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldScreenProps {
    pub field: Field,
    /// The screen's shown questions, in order, and their answers.
    pub questions: Vec<Question>,
    pub responses: Vec<Option<Response>>,
    /// The field's detail (its screening questions came on the screen before).
    pub detail: bool,
    /// The field's first screen: it carries the field's introduction.
    pub first: bool,
    pub field_index: usize,
    pub field_total: usize,
    pub bar: Option<(usize, usize)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// A field's questions asked together (autonomous mode): its screening questions, or its
/// detail. Titled by the field; each question a group named by its own heading, as on the
/// profile screen. A follow-up (violence at home, dark thoughts) appears right below the answer
/// that calls for it, without moving the focus.
#[component]
pub fn FieldScreen(props: &FieldScreenProps) -> Html {
    let t = use_context::<Catalog>().expect("catalog context");
    let heading = use_heading_focus(props.autofocus);
    let d = props.dispatch.clone();
    let f = &props.field;
    let field_title = t.t(&format!("field-{}", f.id)).to_string();
    let title = match props.detail {
        true => t.format("ui-detail-title", &[("field", &field_title)]),
        false => field_title,
    };
    let intro = props.first.then(|| t.t(&format!("field-{}-intro", f.id)).to_string());
    let groups = props.questions.iter().zip(props.responses.iter()).map(|(q, r)| group(&t, q, r, true, &d));
    // « Suivant » with nothing at all chosen on the screen asks once, gently, and keeps the focus
    // where it is; pressed again, it goes on (the answers stay « not said »).
    let empty = props.responses.iter().all(Option::is_none);
    let asked = use_state(|| false);
    let onsubmit = {
        let (d, asked) = (d.clone(), asked.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if empty && !*asked {
                asked.set(true);
            } else {
                d.emit(Action::Next);
            }
        })
    };
    let theme = t.format_with(
        "ui-field-start",
        &[("index", (props.field_index + 1).into()), ("total", props.field_total.into())],
    );
    // Read aloud in the order of the screen: the title, the introduction, then each question with
    // its hints and answers.
    let spoken: Vec<String> = std::iter::once(title.clone())
        .chain(intro.clone())
        .chain(props.questions.iter().flat_map(|q| {
            let help_key = format!("q-{}-help", q.id);
            std::iter::once(t.t(&format!("q-{}", q.id)).to_string())
                .chain(Catalog::has(&help_key).then(|| t.t(&help_key).to_string()))
                .chain((q.kind == Kind::Multiple).then(|| t.t("ui-multiple-hint").to_string()))
                .chain(q.answers.iter().map(|a| t.t(&format!("a-{}-{}", q.id, a.id)).to_string()))
                .chain([t.t("ui-dont-know").to_string(), t.t("ui-no-answer").to_string()])
                .collect::<Vec<_>>()
        }))
        .collect();
    html! {
        <section class="pw-screen pw-question pw-field-screen">
            <h2 class="pw-title" tabindex="-1" ref={heading}>{ title }</h2>
            <AfterHeading />
            // The field's name is the title already: its pictogram and where it stands.
            <p class="pw-kicker">
                { picto(f.picto.as_deref()) }<span class="pw-theme-count">{ theme }</span>
            </p>
            { pass_bar(props.bar) }
            if let Some(intro) = intro {
                <p class="pw-intro">{ intro }</p>
            }
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                { for groups }
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t("ui-back") }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t("ui-next") }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
                if *asked && empty {
                    <p class="pw-nothing-chosen" role="status">{ t.t("ui-nothing-chosen") }</p>
                } else {
                    <p class="pw-nothing-chosen" role="status"></p>
                }
                if f.sensitive {
                    <div class="pw-skip-field">
                        <p>{ t.t("ui-skip-field-hint") }</p>
                        <button type="button" class="pw-button" onclick={d.reform({ let f = f.id.to_string(); move |_| Action::SkipField(f.clone()) })}>
                            { t.t("ui-skip-field") }
                        </button>
                    </div>
                }
            </form>
        </section>
    }
}
