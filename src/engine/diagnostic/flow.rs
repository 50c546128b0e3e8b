//! Where a resident's answers lead: the screens (a question's group), the steps of the session in
//! order, the progress bar and the « Question 3 sur 5 » count, the field a step belongs to, the
//! accompanied mode's path and overview, the welcome's minutes.

use crate::engine::diagnostic::assessment::{Diagnostic, FieldResult};
use crate::engine::diagnostic::questionnaire::{Field, Question};
use crate::engine::diagnostic::state::{Session, Step};
use crate::engine::FieldId;

/// "Question 3 sur 5 — Mobilité"; `field` is `None` for the profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub field: Option<FieldId>,
    pub index: usize,
    pub total: usize,
}

/// The welcome's « about N minutes » for a pass over `fields` fields. Measured (tools/flow.mjs,
/// README): the short pass is 11 to 15 screens for eight fields (a field's questions together),
/// at about 20 s a screen of one to three questions: about 5 minutes; half a minute a field
/// plus one.
pub fn minutes(fields: usize) -> usize {
    1 + fields.div_ceil(2)
}

impl Diagnostic {
    /// The welcome's « about N minutes » for the fields asked (`minutes`).
    pub fn minutes(&self) -> usize {
        minutes(self.fields().count())
    }

    /// The screen a question is asked on, named by the first question of its group in the
    /// questionnaire, shown or not: the profile is one screen; in the autonomous mode a field's
    /// screening questions are one screen and its detail another; in the accompanied mode each
    /// field is one screen, screening, detail and depth together (issue 22: a full interview in
    /// about 60 taps, not 90), its follow-ups appearing below the answers that call for them.
    pub fn screen_of(&self, accompanied: bool, question: &str) -> Option<&str> {
        let (field, q) = self.questionnaire.question(question)?;
        match field {
            None => self.questionnaire.profile.first().map(|x| &*x.id),
            Some(f) if accompanied => f.questions.first().map(|x| &*x.id),
            Some(_) if q.deep => Some(&*q.id),
            Some(f) => f.questions.iter().find(|x| !x.deep && x.screening == q.screening).map(|x| &*x.id),
        }
    }

    /// A step named by any question of a screen is that screen.
    pub fn normalize(&self, accompanied: bool, step: Step) -> Step {
        match &step {
            Step::Question(q) => match self.screen_of(accompanied, q) {
                Some(name) if name != q => Step::Question(name.to_string()),
                _ => step,
            },
            _ => step,
        }
    }

    /// The questions shown together on the current screen, in order (a question screen's shown
    /// questions; nothing on other steps). Answering one may show a follow-up on the same
    /// screen (violence at home, dark thoughts): it is asked at once, right below.
    pub fn screen<'a>(&'a self, s: &'a Session) -> Vec<&'a Question> {
        let Step::Question(name) = &s.step else { return vec![] };
        self.questionnaire
            .questions()
            .filter(|(f, q)| {
                f.is_none_or(|f| self.fields.contains(&f.id))
                    && self.screen_of(s.accompanied(), &q.id) == Some(name.as_str())
                    && self.visible(s, q)
            })
            .map(|(_, q)| q)
            .collect()
    }

    /// The screen's group holds several questions (shown or not): it is drawn as one screen of
    /// groups, each named by its question, under the field's title. A screen of one question
    /// has the question as its title.
    pub fn grouped(&self, s: &Session) -> bool {
        let Step::Question(name) = &s.step else { return false };
        self.questionnaire
            .questions()
            .filter(|(_, q)| self.screen_of(s.accompanied(), &q.id) == Some(name.as_str()))
            .count()
            > 1
    }

    /// Every step of this session, in order. Visibility depends only on earlier answers (or on
    /// answers of the same screen), so the steps before the current one never move.
    pub fn steps(&self, s: &Session) -> Vec<Step> {
        let mut steps = vec![Step::Welcome];
        // The profile is one screen, named by its first question.
        steps.extend(self.questionnaire.profile.first().map(|q| Step::Question(q.id.to_string())));
        if s.accompanied() {
            steps.push(Step::Overview);
        }
        let signals = |f: &Field| self.signals(s, &f.id);
        for f in self.fields().filter(|f| !s.is_skipped(&f.id)) {
            for q in self.visible_in(s, &f.questions) {
                let step = Step::Question(self.screen_of(s.accompanied(), &q.id).unwrap_or(&q.id).to_string());
                if steps.last() != Some(&step) {
                    steps.push(step);
                }
            }
            if s.accompanied() && signals(f) {
                steps.push(Step::Help(f.id));
            }
        }
        // Autonomous: the wish for help asked once, as a checklist of the fields that signal
        // something, named by the first of them.
        if !s.accompanied() {
            if let Some(f) = self.fields().filter(|f| !s.is_skipped(&f.id)).find(|f| signals(f)) {
                steps.push(Step::Help(f.id));
            }
        }
        steps.push(Step::Results);
        steps
    }

    /// The progress bar: the screen's place among every screen the questionnaire can show in
    /// this mode (the profile, then each field's screening and detail, or in the accompanied
    /// mode each field), whether shown or not.
    /// Its total never changes as answers open or close a field's detail; a field whose detail
    /// is not asked moves the bar on by two. `None` off the question screens.
    pub fn bar(&self, s: &Session) -> Option<(usize, usize)> {
        let Step::Question(name) = &s.step else { return None };
        let mut slots: Vec<&str> = Vec::new();
        let profile = self.questionnaire.profile.iter();
        let fields = self.fields().flat_map(|f| f.questions.iter());
        for q in profile.chain(fields).filter(|q| s.accompanied() || !q.deep) {
            if let Some(n) = self.screen_of(s.accompanied(), &q.id) {
                if slots.last() != Some(&n) {
                    slots.push(n);
                }
            }
        }
        let at = slots.iter().position(|n| n == name)?;
        Some((at + 1, slots.len()))
    }

    /// Where a step stands in the questionnaire, whatever is shown.
    pub(crate) fn rank(&self, step: &Step, accompanied: bool) -> usize {
        let q = &self.questionnaire;
        match step {
            Step::Welcome => 0,
            Step::Question(id) => 1 + 2 * q.questions().position(|(_, x)| x.id == *id).unwrap_or(usize::MAX / 4),
            // Autonomous: the checklist after every field.
            Step::Help(_) if !accompanied => usize::MAX - 1,
            Step::Help(f) => {
                let last = q
                    .questions()
                    .enumerate()
                    .filter(|(_, (g, _))| g.is_some_and(|g| g.id == *f))
                    .map(|(i, _)| i)
                    .last();
                2 + 2 * last.unwrap_or(usize::MAX / 4)
            }
            // Between the profile and the first field.
            Step::Overview => 2 * q.profile.len(),
            Step::Results => usize::MAX,
        }
    }

    /// The field a step belongs to (`None`: welcome, profile, results).
    pub fn field_of(&self, step: &Step) -> Option<&Field> {
        match step {
            Step::Question(q) => self.questionnaire.question(q).and_then(|(f, _)| f),
            Step::Help(f) => self.questionnaire.field(f),
            _ => None,
        }
    }

    /// Where the resident is in the pass: the field among the fields asked. Its total never
    /// changes as answers open or close a field's detail (a count of questions would).
    pub fn progress(&self, s: &Session) -> Option<Progress> {
        let Step::Question(id) = &s.step else { return None };
        let field = self.questionnaire.question(id)?.0?;
        let index = self.fields().position(|f| f.id == field.id)? + 1;
        Some(Progress { field: Some(field.id), index, total: self.fields().count() })
    }

    /// The question's place among its field's shown questions (the first one carries the
    /// field's introduction).
    pub fn first_of_field(&self, s: &Session, question: &str) -> bool {
        let Some((Some(f), _)) = self.questionnaire.question(question) else { return false };
        self.visible_in(s, &f.questions).next().is_some_and(|q| q.id == question)
    }

    /// The first question of a field: where « Répondre » and the overview lead.
    pub fn first_question(&self, field: &str) -> Option<&str> {
        self.fields().find(|f| f.id == field)?.questions.first().map(|q| &*q.id)
    }

    /// Accompanied mode: the screen of the first field after `field` (`None`: from the first
    /// field) that is neither answered in any part nor skipped.
    pub fn next_field(&self, s: &Session, field: Option<&str>) -> Option<Step> {
        let started = |f: &Field| s.is_skipped(&f.id) || f.questions.iter().any(|q| s.answer(&q.id).is_some());
        let steps = self.steps(s);
        self.fields()
            .skip_while(|f| field.is_some_and(|x| f.id != x))
            .skip(usize::from(field.is_some()))
            .filter(|f| !started(f))
            .find_map(|f| steps.iter().find(|x| self.field_of(x).is_some_and(|g| g.id == f.id)).cloned())
    }

    /// Accompanied mode's overview: every field in the canonical order, with its first question.
    pub fn overview(&self, s: &Session) -> Vec<(FieldResult, String)> {
        let results = self.results(s);
        self.fields()
            .filter_map(|f| {
                let r = results.iter().find(|r| r.field == *f.id)?;
                Some((r.clone(), self.first_question(&f.id)?.to_string()))
            })
            .collect()
    }
}
