//! The questionnaire, as `content/questionnaire.toml` describes it (format: `content/README.md`),
//! and the checks that keep it sound: a broken content file fails the tests with a message
//! naming the identifier to fix.

use crate::engine::codes;
use crate::engine::messages::{keys, Catalog};
use crate::engine::{FieldId, FIELD_IDS};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// Text and lists are borrowed from static data in the bundle (`build.rs` writes the
/// questionnaire as Rust, so no parser ships), and owned when a test builds its own.
pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// The answer ids every question offers besides its own.
pub const DONT_KNOW: &str = "ne-sait-pas";
pub const NO_ANSWER: &str = "sans-reponse";

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub version: u32,
    #[serde(default)]
    pub profile: List<Question>,
    pub fields: List<Field>,
    #[serde(default)]
    pub emergency: List<Emergency>,
    /// A field whose shown questions were answered « Je ne sais pas » / « Je préfère ne pas
    /// répondre » at least this often (in %), with no difficulty said, is « à voir ensemble ».
    #[serde(default = "default_uncertain_share")]
    pub uncertain_share: u8,
}

fn default_uncertain_share() -> u8 {
    50
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: FieldId,
    /// The resident may skip the whole field (health, money).
    #[serde(default)]
    pub sensitive: bool,
    /// Its pictogram (`content/pictograms/<name>.svg`).
    #[serde(default)]
    pub picto: Option<Text>,
    /// The thématiques of someone to check the field with, when it is « à voir ensemble ».
    #[serde(default)]
    pub check_with: List<Text>,
    pub questions: List<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Single,
    Multiple,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Text,
    pub kind: Kind,
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// Asked to every resident in the autonomous mode. A field's other questions (its detail)
    /// are asked there only when one of its screening answers signals something or is « Je ne
    /// sais pas »; the accompanied mode asks them all. Screening questions come first in a field.
    #[serde(default)]
    pub screening: bool,
    /// Asked only in the accompanied mode, where the counsellor goes into a field's full detail:
    /// the autonomous detail stays two or three questions a field.
    #[serde(default)]
    pub deep: bool,
    pub answers: List<AnswerDef>,
}

/// Shown only if `question` was answered with one of `answers`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: Text,
    pub answers: List<Text>,
}

/// Where a field stands, weakest to strongest. Never shown as a grade.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Level {
    #[default]
    #[serde(rename = "ok")]
    Ok,
    /// Answered mostly « Je ne sais pas » or « Je préfère ne pas répondre », with no difficulty
    /// said: not evidence of none, to check with someone. Never an answer's signal.
    #[serde(rename = "a_voir_ensemble")]
    Ensemble,
    #[serde(rename = "a_voir")]
    AVoir,
    #[serde(rename = "frein")]
    Frein,
    #[serde(rename = "urgent")]
    Urgent,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Ensemble => "a_voir_ensemble",
            Level::AVoir => "a_voir",
            Level::Frein => "frein",
            Level::Urgent => "urgent",
        }
    }
    /// The signals an answer can give, each with its own sentence per field.
    pub const ALL: [Level; 4] = [Level::Ok, Level::AVoir, Level::Frein, Level::Urgent];

    /// Message key of what the widget says of a field at this level.
    pub fn sentence_key(self, field: FieldId) -> &'static str {
        let i = field.index();
        match self {
            Level::Ensemble => keys::UI_LEVEL_ENSEMBLE,
            Level::Ok => keys::FIELD_OK[i],
            Level::AVoir => keys::FIELD_A_VOIR[i],
            Level::Frein => keys::FIELD_FREIN[i],
            Level::Urgent => keys::FIELD_URGENT[i],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerDef {
    pub id: Text,
    #[serde(default)]
    pub signal: Level,
    /// A pictogram beside the answer (`content/pictograms/<name>.svg`), for key answers.
    #[serde(default)]
    pub picto: Option<Text>,
    /// data·inclusion thématiques this answer calls for.
    #[serde(default)]
    pub thematiques: List<Text>,
    /// An urgent answer's follow-up: thématiques that come after the urgency, weighed as a
    /// `frein` (accès aux droits once there is food): a service that answers only them never
    /// passes one that answers the urgency itself.
    #[serde(default)]
    pub then: List<Text>,
    /// data·inclusion publics this profile answer makes fit.
    #[serde(default)]
    pub publics: List<Text>,
    /// Emergency numbers to show at once.
    #[serde(default)]
    pub emergency: List<Text>,
    /// In a multiple-choice question: choosing it clears the others.
    #[serde(default)]
    pub exclusive: bool,
    /// A safety answer (violence, a child in danger, dark thoughts): its field stays out of
    /// what leaves the screen unless asked for, and « Quitter vite » is offered.
    #[serde(default)]
    pub safety: bool,
    /// A situation with a date that cannot wait behind the others (an eviction with a hearing
    /// coming, the month's rent and food unpaid): among fields of the same level, its field comes
    /// first on the roadmap, after the urgent ones and those the resident marks.
    #[serde(default)]
    pub pressing: bool,
    /// Pressing only when another answer was given: no childcare at all is what keeps a parent
    /// raising children alone from anything else (domain.md §2.3 rule 5).
    #[serde(default)]
    pub pressing_if: Option<Condition>,
    /// A profile answer that changes what the roadmap says, not who it names: the message (its
    /// key) the roadmap adds under its first steps — show it to one's counsellor (domain.md
    /// §2.3 rule 10), school before 16 (rule 1).
    #[serde(default)]
    pub roadmap_line: Option<Text>,
}

impl AnswerDef {
    /// Every thématique this answer calls for, with its weight: its own signal, and `frein` for
    /// what follows an urgency (`then`).
    pub fn calls(&self) -> impl Iterator<Item = (&Text, Level)> {
        self.thematiques.iter().map(|t| (t, self.signal)).chain(self.then.iter().map(|t| (t, Level::Frein)))
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub id: Text,
    pub number: Text,
    /// Reached by text message, not by a call (the 114).
    #[serde(default)]
    pub sms: bool,
}

impl Emergency {
    /// The link that reaches it: `sms:` or `tel:`.
    pub fn href(&self) -> String {
        format!("{}:{}", if self.sms { "sms" } else { "tel" }, self.number)
    }

    /// The message that says what it is for, in a sentence (« Le 115 : pour … »).
    pub fn key(&self) -> String {
        format!("emergency-{}", self.id)
    }

    /// The same in a few words, beside the number in a list.
    pub fn short_key(&self) -> String {
        format!("emergency-short-{}", self.id)
    }
}

static BUILTIN: Questionnaire = include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"));
// The emergency numbers (`NUMBERS`), a constant of their own: the welcome shows them from the
// first module, which the rest of the questionnaire stays out of.
include!(concat!(env!("OUT_DIR"), "/numbers.rs"));

impl Questionnaire {
    /// The questionnaire compiled into the bundle. Its checks run in the tests, not in every
    /// resident's browser.
    pub fn builtin() -> Questionnaire {
        BUILTIN.clone()
    }

    /// Reads and checks a questionnaire in JSON (native: the tests and tools).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str) -> Result<Questionnaire, String> {
        let q: Questionnaire = serde_json::from_str(json).map_err(|e| e.to_string())?;
        q.check().map_err(|errors| errors.join("\n"))?;
        Ok(q)
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Every question, profile first, in asking order, with its field (`None` for the profile).
    pub fn questions(&self) -> impl Iterator<Item = (Option<&Field>, &Question)> {
        self.profile
            .iter()
            .map(|q| (None, q))
            .chain(self.fields.iter().flat_map(|f| f.questions.iter().map(move |q| (Some(f), q))))
    }

    pub fn question(&self, id: &str) -> Option<(Option<&Field>, &Question)> {
        self.questions().find(|(_, q)| q.id == id)
    }

    pub fn emergency(&self, id: &str) -> Option<&Emergency> {
        self.emergency.iter().find(|e| e.id == id)
    }

    /// All the content rules; each error names the identifier to fix.
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut errors = Vec::new();
        let mut err = |s: String| errors.push(s);
        if self.version != 1 {
            err(format!("version {} is not supported (expected 1)", self.version));
        }
        let ids: Vec<&str> = self.fields.iter().map(|f| &*f.id).collect();
        if ids != FIELD_IDS {
            err(format!("fields must be, in this order: {} (found: {})", FIELD_IDS.join(" "), ids.join(" ")));
        }
        let mut seen = BTreeSet::new();
        let has = |key: String, err: &mut dyn FnMut(String)| {
            if !Catalog::has(&key) {
                err(format!("message `{key}` is missing from content/locales/fr/"));
            }
        };
        // A condition (`show_if`, `pressing_if`) names a known question and some of its answers;
        // the question's position, when known.
        let condition = |at: &str, key: &str, c: &Condition, err: &mut dyn FnMut(String)| {
            if c.answers.is_empty() {
                err(format!("{at}: {key} lists no answer"));
            }
            let Some(i) = self.questions().position(|(_, o)| o.id == c.question) else {
                err(format!("{at}: {key} names unknown question `{}`", c.question));
                return None;
            };
            let target = self.questions().nth(i).unwrap().1;
            for a in c.answers.iter().filter(|a| !target.answers.iter().any(|x| &x.id == *a)) {
                err(format!("{at}: {key} names unknown answer `{a}` of `{}`", c.question));
            }
            Some(i)
        };
        for e in self.emergency.iter() {
            has(e.key(), &mut err);
            has(e.short_key(), &mut err);
            if e.number.is_empty() || !e.number.bytes().all(|b| b.is_ascii_digit()) {
                err(format!("emergency `{}`: number `{}` is not a phone number", e.id, e.number));
            }
        }
        if !(1..=100).contains(&self.uncertain_share) {
            err(format!("uncertain_share {} is not a share in % (1 to 100)", self.uncertain_share));
        }
        for f in self.fields.iter() {
            for t in f.check_with.iter() {
                if codes::THEMATIQUES.binary_search(&&**t).is_err() {
                    err(format!("field `{}`: check_with `{t}` is not a data·inclusion thématique", f.id));
                }
            }
            if !(3..=6).contains(&f.questions.len()) {
                err(format!("field `{}` has {} questions (3 to 6 expected)", f.id, f.questions.len()));
            }
            for key in ["", "-intro"]
                .into_iter()
                .map(String::from)
                .chain(Level::ALL.iter().map(|l| format!("-{}", l.as_str())))
            {
                has(format!("field-{}{key}", f.id), &mut err);
            }
        }
        for (field, q) in self.questions() {
            let where_ = format!("question `{}`", q.id);
            if !seen.insert(&*q.id) {
                err(format!("{where_} is defined twice"));
            }
            if let Some(f) = field {
                if !q.id.starts_with(&format!("{}-", f.id)) {
                    err(format!("{where_} should start with its field's id `{}-`", f.id));
                }
            }
            has(format!("q-{}", q.id), &mut err);
            if q.answers.len() < 2 {
                err(format!("{where_} needs at least 2 answers"));
            }
            let mut answer_ids = BTreeSet::new();
            for a in q.answers.iter() {
                let at = format!("answer `{}` of {where_}", a.id);
                if !answer_ids.insert(&*a.id) {
                    err(format!("{at} is defined twice"));
                }
                if a.id == DONT_KNOW || a.id == NO_ANSWER {
                    err(format!("{at}: `{}` is reserved (every question offers it)", a.id));
                }
                has(format!("a-{}-{}", q.id, a.id), &mut err);
                for (t, _) in a.calls() {
                    if codes::THEMATIQUES.binary_search(&&**t).is_err() {
                        err(format!("{at}: `{t}` is not a data·inclusion thématique"));
                    }
                }
                if !a.then.is_empty() && a.signal != Level::Urgent {
                    err(format!("{at}: `then` follows an urgency: only an urgent answer has one"));
                }
                for t in a.then.iter().filter(|t| a.thematiques.contains(t)) {
                    err(format!("{at}: `{t}` is both called for now and `then`"));
                }
                if !a.thematiques.is_empty() {
                    has(format!("why-{}-{}", q.id, a.id), &mut err);
                }
                if a.signal > Level::Ok && a.thematiques.is_empty() {
                    err(format!("{at} signals `{}` but calls for no thématique", a.signal.as_str()));
                }
                for p in a.publics.iter() {
                    if codes::PUBLICS.binary_search(&&**p).is_err() {
                        err(format!("{at}: `{p}` is not a data·inclusion public"));
                    }
                }
                for e in a.emergency.iter() {
                    if self.emergency(e).is_none() {
                        err(format!("{at}: emergency `{e}` is not defined"));
                    }
                }
                if a.signal == Level::Ensemble {
                    err(format!("{at}: `a_voir_ensemble` is an outcome, not an answer's signal"));
                }
                if a.safety && a.signal < Level::Frein {
                    err(format!("{at}: a safety answer signals at least `frein`"));
                }
                if (a.pressing || a.pressing_if.is_some()) && a.signal < Level::Frein {
                    err(format!("{at}: a pressing answer signals at least `frein`"));
                }
                if let Some(c) = &a.pressing_if {
                    condition(&at, "pressing_if", c, &mut err);
                }
                if let Some(key) = &a.roadmap_line {
                    has(key.to_string(), &mut err);
                    if field.is_some() {
                        err(format!("{at}: roadmap_line is for the profile's answers"));
                    }
                }
                if a.exclusive && q.kind == Kind::Single {
                    err(format!("{at}: `exclusive` only makes sense in a multiple-choice question"));
                }
            }
            // Branching may only look back, so there is no cycle and every question is reachable
            // as soon as the one it depends on is.
            if let Some(c) = &q.show_if {
                let own = self.questions().position(|(_, o)| o.id == q.id).unwrap();
                if condition(&where_, "show_if", c, &mut err).is_some_and(|i| i >= own) {
                    err(format!("{where_}: show_if must name an earlier question, not `{}`", c.question));
                }
            }
        }
        // The detail depends on the screening answers: they come first, so answering never
        // changes the steps before the current one.
        for f in self.fields.iter() {
            if let Some(i) = f.questions.iter().position(|q| !q.screening) {
                if let Some(q) = f.questions.iter().find(|q| q.screening && q.deep) {
                    errors.push(format!("question `{}`: a screening question is never `deep`", q.id));
                }
                if let Some(q) = f.questions[i..].iter().find(|q| q.screening) {
                    errors.push(format!("question `{}`: screening questions come first in field `{}`", q.id, f.id));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pictogram_named_by_the_questionnaire_is_drawn() {
        use crate::engine::pictograms::paths;
        let q = Questionnaire::builtin();
        for f in q.fields.iter() {
            let name = f.picto.as_deref().unwrap_or_else(|| panic!("field `{}` has no pictogram", f.id));
            assert!(paths(name).is_some(), "{name}");
        }
        for (_, question) in q.questions() {
            for a in question.answers.iter() {
                if let Some(name) = &a.picto {
                    assert!(paths(name).is_some_and(|p| !p.is_empty()), "{}/{}: {name}", question.id, a.id);
                }
            }
        }
    }

    #[test]
    fn the_shipped_questionnaire_is_sound() {
        let json = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.json"));
        let q: Questionnaire = serde_json::from_str(json).expect("questionnaire.toml matches the format");
        if let Err(errors) = q.check() {
            panic!("content/questionnaire.toml:\n  {}", errors.join("\n  "));
        }
        // What the bundle carries is what the file says.
        assert_eq!(Questionnaire::builtin(), q);
    }

    fn sample() -> serde_json::Value {
        let fields: Vec<_> = FIELD_IDS.iter().map(|f| serde_json::json!({ "id": f, "questions": [] })).collect();
        serde_json::json!({ "version": 1, "fields": fields, "profile": [
            { "id": "profil-age", "kind": "single", "answers": [
                { "id": "16-25", "publics": ["jeunes"] }, { "id": "26-49" } ] }
        ]})
    }

    fn errors(v: serde_json::Value) -> String {
        let q: Questionnaire = serde_json::from_value(v).unwrap();
        q.check().unwrap_err().join("\n")
    }

    #[test]
    fn errors_name_the_identifier() {
        let mut v = sample();
        v["fields"][0]["questions"] = serde_json::json!([
            { "id": "reseau-a", "kind": "single", "answers": [
                { "id": "oui" }, { "id": "non", "signal": "frein", "thematiques": ["pas-un-code"] } ] },
            { "id": "reseau-a", "kind": "single", "show_if": { "question": "reseau-z", "answers": ["x"] },
              "answers": [ { "id": "ne-sait-pas" }, { "id": "b", "signal": "frein" } ] },
            { "id": "mauvais-prefixe", "kind": "single", "show_if": { "question": "reseau-a", "answers": ["peut-etre"] },
              "answers": [ { "id": "a", "emergency": ["999"], "exclusive": true }, { "id": "b", "pressing": true },
                { "id": "c", "signal": "frein", "thematiques": ["famille--garde-denfants"],
                  "pressing_if": { "question": "profil-age", "answers": ["16-25", "99"] } },
                { "id": "d", "signal": "frein", "thematiques": ["famille--garde-denfants"],
                  "pressing_if": { "question": "profil-x", "answers": [] } },
                { "id": "e", "roadmap_line": "ui-pas-un-message" },
                { "id": "f", "signal": "frein", "thematiques": ["famille--garde-denfants"], "then": ["famille--soutien-a-la-parentalite-et-a-leducation"] },
                { "id": "g", "signal": "urgent", "thematiques": ["famille--garde-denfants"], "then": ["famille--garde-denfants", "pas-un-code-ensuite"] } ] },
        ]);
        let mut unknown = v.clone();
        unknown["fields"][1]["id"] = "savoir".into();
        let refused = serde_json::from_value::<Questionnaire>(unknown).unwrap_err().to_string();
        assert!(refused.contains("unknown field `savoir`"), "{refused}");
        (v["fields"][1]["id"], v["fields"][2]["id"]) = ("numerique".into(), "savoirs".into());
        let e = errors(v);
        for needle in [
            "fields must be, in this order",
            "`pas-un-code` is not a data·inclusion thématique",
            "question `reseau-a` is defined twice",
            "show_if names unknown question `reseau-z`",
            "`ne-sait-pas` is reserved",
            "answer `b` of question `reseau-a` signals `frein` but calls for no thématique",
            "question `mauvais-prefixe` should start with its field's id `reseau-`",
            "show_if names unknown answer `peut-etre` of `reseau-a`",
            "emergency `999` is not defined",
            "answer `b` of question `mauvais-prefixe`: a pressing answer signals at least `frein`",
            "answer `c` of question `mauvais-prefixe`: pressing_if names unknown answer `99` of `profil-age`",
            "answer `d` of question `mauvais-prefixe`: pressing_if names unknown question `profil-x`",
            "answer `d` of question `mauvais-prefixe`: pressing_if lists no answer",
            "message `ui-pas-un-message` is missing from content/locales/fr/",
            "answer `e` of question `mauvais-prefixe`: roadmap_line is for the profile's answers",
            "answer `f` of question `mauvais-prefixe`: `then` follows an urgency: only an urgent answer has one",
            "answer `g` of question `mauvais-prefixe`: `famille--garde-denfants` is both called for now and `then`",
            "answer `g` of question `mauvais-prefixe`: `pas-un-code-ensuite` is not a data·inclusion thématique",
            "`exclusive` only makes sense",
            "field `mobilite` has 0 questions",
        ] {
            assert!(e.contains(needle), "missing «{needle}» in:\n{e}");
        }
    }

    #[test]
    fn branching_must_look_back() {
        let mut v = sample();
        v["profile"] = serde_json::json!([
            { "id": "profil-a", "kind": "single", "show_if": { "question": "profil-b", "answers": ["oui"] },
              "answers": [ { "id": "oui" }, { "id": "non" } ] },
            { "id": "profil-b", "kind": "single", "show_if": { "question": "profil-a", "answers": ["oui"] },
              "answers": [ { "id": "oui" }, { "id": "non" } ] },
        ]);
        assert!(errors(v).contains("question `profil-a`: show_if must name an earlier question, not `profil-b`"));
    }

    #[test]
    fn unknown_keys_are_refused() {
        let mut v = sample();
        v["profile"][0]["answrs"] = serde_json::json!([]);
        let e = serde_json::from_value::<Questionnaire>(v).unwrap_err().to_string();
        assert!(e.contains("answrs"), "{e}");
    }
}
