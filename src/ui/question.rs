use super::class::class;
use super::emergency::AfterHeading;
use super::hooks::use_catalog;
use super::picto::picto;
use super::read_aloud::ReadAloud;
use super::screen::Screen;
use super::Dispatch;
use crate::engine::diagnostic::questionnaire::{AnswerDef, Field, Kind, Question, DONT_KNOW, NO_ANSWER};
use crate::engine::diagnostic::{Action, Response};
use crate::engine::messages::keys;
use crate::engine::messages::Catalog;
use yew::prelude::*;

/// One answer: a real radio button or checkbox with its label, sending `action` when chosen.
pub(super) fn option(
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

/// One question: a group of real radio buttons or checkboxes, its hints tied to it, and the
/// answers every question offers (the profile's only « Je préfère ne pas répondre »). Named by
/// its own `h3` on a screen of several questions; alone on its screen, by the screen's title
/// (`pw-q-<id>`, said once as it takes focus), with no heading of its own.
fn group(t: &Catalog, q: &Question, response: &Option<Response>, alone: bool, dont_know: bool, d: &Dispatch) -> Html {
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
        dont_know.then(|| universal(DONT_KNOW, keys::UI_DONT_KNOW, Response::DontKnow, Action::DontKnow(qid.clone())));
    let no_answer = universal(NO_ANSWER, keys::UI_NO_ANSWER, Response::NoAnswer, Action::NoAnswer(qid.clone()));
    let hint = hint(t, &qid);
    let described: Vec<String> =
        [hint.as_ref().map(|_| format!("pw-hint-{qid}")), multiple.then(|| format!("pw-multiple-{qid}"))]
            .into_iter()
            .flatten()
            .collect();
    let heading_id = format!("pw-q-{qid}");
    html! {
        <fieldset key={qid.clone()} ~className={class!("pw-fieldset", (!alone).then_some("pw-profile-q"))}
            aria-labelledby={heading_id.clone()} aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
            if !alone {
                <h3 id={heading_id} class="pw-question-text">{ t.t(&format!("q-{}", qid)) }</h3>
            }
            if let Some(hint) = hint { <p class="pw-hint" id={format!("pw-hint-{qid}")}>{ hint }</p> }
            if multiple { <p class="pw-hint" id={format!("pw-multiple-{qid}")}>{ t.t(keys::UI_MULTIPLE_HINT) }</p> }
            if dont_know.is_some() {
                <div class="pw-options">{ for answers }</div>
                <div class="pw-options pw-universal">{ dont_know }{ no_answer }</div>
            } else {
                <div class="pw-options">{ for answers }{ no_answer }</div>
            }
        </fieldset>
    }
}

fn hint(t: &Catalog, qid: &str) -> Option<String> {
    let key = format!("q-{qid}-help");
    Catalog::has(&key).then(|| t.t(&key).to_string())
}

/// What « Écouter » reads of a question, in the order of the screen: the question, its hints,
/// then each answer.
fn spoken(t: &Catalog, q: &Question, dont_know: bool) -> impl Iterator<Item = String> {
    let qid = q.id.to_string();
    std::iter::once(t.t(&format!("q-{qid}")).to_string())
        .chain(hint(t, &qid))
        .chain((q.kind == Kind::Multiple).then(|| t.t(keys::UI_MULTIPLE_HINT).to_string()))
        .chain(q.answers.iter().map(|a| t.t(&format!("a-{}-{}", q.id, a.id)).to_string()).collect::<Vec<_>>())
        .chain(dont_know.then(|| t.t(keys::UI_DONT_KNOW).to_string()))
        .chain([t.t(keys::UI_NO_ANSWER).to_string()])
}

/// An answer's label: its pictogram, if any, and its wording.
fn answer_label(t: &Catalog, qid: &str, a: &AnswerDef) -> Html {
    html! { <>{ picto(a.picto.as_deref()) }{ t.t(&format!("a-{qid}-{}", a.id)) }</> }
}

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    /// The screen's shown questions, in order, and their answers.
    pub questions: Vec<Question>,
    pub responses: Vec<Option<Response>>,
    /// `None`: the profile.
    pub field: Option<Field>,
    /// The screen's title when it asks several questions (the profile's, the field's, or its
    /// detail's); `None`: one question, which is the title.
    pub title: Option<String>,
    /// The field's first screen, or the profile: it carries the introduction.
    pub first: bool,
    pub field_index: usize,
    pub field_total: usize,
    /// The progress bar: this screen among every screen the pass can show (`Diagnostic::bar`).
    pub bar: Option<(usize, usize)>,
    pub autofocus: bool,
    pub dispatch: Dispatch,
}

/// A question screen: the profile (all optional, one screen), one question (titled by it), or
/// a field's questions together (autonomous: its screening questions, or its detail;
/// accompanied: all of them), each a group named by its own heading. A follow-up (violence at home, dark thoughts) appears
/// right below the answer that calls for it, without moving the focus.
///
/// Heard in this order: the title (the focused heading, said once), the emergency numbers once
/// given, where the resident is (theme, count), the introduction, then the groups of answers
/// with their hints.
#[component]
pub fn QuestionScreen(props: &ScreenProps) -> Html {
    let t = use_catalog();
    let d = props.dispatch.clone();
    let field = props.field.as_ref();
    let profile = field.is_none();
    let alone = props.title.is_none();
    let field_title = field.map(|f| t.t(f.id.key()).to_string());
    let intro = props.first.then(|| t.t(field.map_or(keys::PROFILE_INTRO, |f| f.id.intro_key())).to_string());
    let groups = props.questions.iter().zip(props.responses.iter()).map(|(q, r)| group(&t, q, r, alone, !profile, &d));
    // « Suivant » with nothing at all chosen on the screen asks once, gently, and keeps the focus
    // where it is; pressed again, it goes on (the answers stay « not said »). The profile, all
    // optional, goes on at once.
    let empty = !profile && props.responses.iter().all(Option::is_none);
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
    let theme = field.map(|_| {
        t.format_with(
            keys::UI_FIELD_START,
            &[("index", (props.field_index + 1).into()), ("total", props.field_total.into())],
        )
    });
    let (title, heading_id) = match (&props.title, props.questions.first()) {
        (Some(title), _) => (title.clone(), None),
        (None, Some(q)) => (t.t(&format!("q-{}", q.id)).to_string(), Some(format!("pw-q-{}", q.id))),
        (None, None) => (String::new(), None),
    };
    // Read aloud in the order of the screen: the title and introduction of a screen of several
    // questions, then each question with its hints and answers.
    let spoken: Vec<String> = (!alone)
        .then(|| title.clone())
        .into_iter()
        .chain(intro.clone().filter(|_| !alone))
        .chain(props.questions.iter().flat_map(|q| spoken(&t, q, !profile)))
        .collect();
    html! {
        <Screen class={class!("pw-question", profile.then_some("pw-profile"), (!alone && !profile).then_some("pw-field-screen"))}
            {title} heading_id={heading_id.map(AttrValue::from)} autofocus={props.autofocus} after_heading={html! { <AfterHeading /> }}>
            if let Some(theme) = theme {
                <p class="pw-kicker">
                    if alone {
                        <span class="pw-theme-count">{ theme }</span>
                        { " · " }
                        { picto(field.and_then(|f| f.picto.as_deref())) }<span>{ field_title.unwrap_or_default() }</span>
                    } else {
                        // The field's name is the title already: its pictogram and where it stands.
                        { picto(field.and_then(|f| f.picto.as_deref())) }<span class="pw-theme-count">{ theme }</span>
                    }
                </p>
            }
            { pass_bar(props.bar) }
            if let Some(intro) = intro {
                <p class="pw-intro">{ intro }</p>
            }
            <ReadAloud parts={spoken} />
            <form class="pw-form" {onsubmit} novalidate=true>
                { for groups }
                <div class="pw-nav">
                    <button type="button" class="pw-button" onclick={d.reform(|_| Action::Back)}>
                        <span aria-hidden="true" class="pw-arrow-back">{ "←" }</span>{ t.t(keys::UI_BACK) }
                    </button>
                    <button type="submit" class="pw-button pw-primary">
                        { t.t(keys::UI_NEXT) }<span aria-hidden="true" class="pw-arrow-next">{ "→" }</span>
                    </button>
                </div>
                if !profile {
                    if *asked && empty {
                        <p class="pw-nothing-chosen" role="status">{ t.t(keys::UI_NOTHING_CHOSEN) }</p>
                    } else {
                        <p class="pw-nothing-chosen" role="status"></p>
                    }
                }
                if let Some(f) = field.filter(|f| f.sensitive) {
                    <div class="pw-skip-field">
                        <p>{ t.t(keys::UI_SKIP_FIELD_HINT) }</p>
                        <button type="button" class="pw-button" onclick={d.reform({ let f = f.id; move |_| Action::SkipField(f) })}>
                            { t.t(keys::UI_SKIP_FIELD) }
                        </button>
                    </div>
                }
            </form>
        </Screen>
    }
}
