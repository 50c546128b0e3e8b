//! A resident's session as it changes: the actions a screen sends (answer, go on, go back, skip
//! a field, wish for help, mark, note, clear) and the reducer that applies them, keeping the
//! session consistent with the steps (`flow`) and « Quitter vite » for the rest of the visit.

use crate::engine::config::Mode;
use crate::engine::diagnostic::assessment::Diagnostic;
use crate::engine::diagnostic::questionnaire::Kind;
use crate::engine::diagnostic::state::{put, take, Help, Response, Session, Step};
use crate::engine::FieldId;

/// A counsellor's note stays short: it is printed on the fiche de liaison.
pub const NOTE_MAX: usize = 500;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// Single choice: this answer.
    Choose(String, String),
    /// Multiple choice: this answer on or off.
    Toggle(String, String),
    DontKnow(String),
    NoAnswer(String),
    /// « Suivant »: the screen's questions left unanswered stay « not said » (the screen asks
    /// once, gently, before it is sent with nothing chosen: the one way to pass a screen).
    Next,
    Back,
    /// "Passer ce thème", from any question of a sensitive field.
    SkipField(FieldId),
    Help(FieldId, Help),
    /// « Le plus important pour moi » on or off for a field: marking one wants help with it;
    /// « non » to help unmarks it.
    Important(FieldId, bool),
    GoTo(Step),
    /// The resident's commune, for distances and eligibility.
    SetCommune(Option<String>),
    SetMode(Mode),
    SetAssisted(bool),
    Note(FieldId, String),
    /// The resident agreed to the anonymous count, which was sent.
    Counted,
    Clear,
}

impl Session {
    fn mark(&mut self, field: FieldId, on: bool) {
        match (self.important.binary_search(&field), on) {
            (Err(i), true) => self.important.insert(i, field),
            (Ok(i), false) => _ = self.important.remove(i),
            _ => {}
        }
    }

    /// Applies one action; anything that does not fit the questionnaire is ignored.
    pub fn apply(&mut self, d: &Diagnostic, action: Action) {
        self.act(d, action);
        self.quick_exit = d.safety(self, None) || (self.quick_exit && !self.answers.is_empty());
        // An answer may hide the step the resident is on (in the accompanied mode, answers
        // can change in any order): then go on to the next step that is still there.
        let steps = d.steps(self);
        if !steps.contains(&self.step) {
            // The mode changed: the same question, on the screen it is now asked on.
            let screen = d.normalize(self.accompanied(), self.step.clone());
            if steps.contains(&screen) {
                self.step = screen;
                return;
            }
            let rank = d.rank(&self.step, self.accompanied());
            self.step = steps.into_iter().find(|s| d.rank(s, self.accompanied()) >= rank).unwrap_or(Step::Results);
        }
    }

    fn act(&mut self, d: &Diagnostic, action: Action) {
        match action {
            Action::Start => self.step = d.steps(self)[1].clone(),
            Action::Choose(q, a) => {
                if let Some((_, question)) = d.questionnaire.question(&q) {
                    if question.answers.iter().any(|x| x.id == a) {
                        self.set_answer(q, Response::Chosen(vec![a]));
                    }
                }
            }
            Action::Toggle(q, a) => self.toggle(d, q, a),
            Action::DontKnow(q) => self.universal(d, q, Response::DontKnow),
            Action::NoAnswer(q) => self.universal(d, q, Response::NoAnswer),
            Action::Next => {
                // The checklist of wishes is ticked by default: what was not unticked is wanted.
                if matches!(self.step, Step::Help(_)) && !self.accompanied() {
                    let wanted: Vec<FieldId> = d
                        .fields()
                        .filter(|f| !self.is_skipped(&f.id) && self.help_for(&f.id).is_none())
                        .filter(|f| d.signals(self, &f.id))
                        .map(|f| f.id)
                        .collect();
                    for f in wanted {
                        put(&mut self.help, f, Help::Oui);
                    }
                }
                self.leave_screen(d);
                self.advance(d);
            }
            Action::Back => {
                let steps = d.steps(self);
                if let Some(i) = steps.iter().position(|s| s == &self.step) {
                    let previous = steps[i.saturating_sub(1)].clone();
                    let entering =
                        d.field_of(&self.step).is_some_and(|f| d.field_of(&previous).is_none_or(|g| g.id != f.id));
                    self.step = if self.accompanied() && (entering || self.step == Step::Results) {
                        Step::Overview
                    } else {
                        previous
                    };
                }
            }
            Action::SkipField(f) => {
                let Some(field) = d.fields().find(|x| x.id == f && x.sensitive) else { return };
                let order = d.fields().position(|x| x.id == field.id);
                if !self.is_skipped(&f) {
                    let i = self.skipped.partition_point(|x| x < &f);
                    self.skipped.insert(i, f);
                }
                take(&mut self.help, &f);
                self.mark(f, false);
                let steps = d.steps(self);
                // The first step past the skipped field (the overview, when accompanied). The
                // checklist of wishes comes after every field, whichever field it is named by:
                // skipping the last field leads to it, not past it to the roadmap.
                if self.accompanied() {
                    self.step = Step::Overview;
                    return;
                }
                self.step = steps
                    .into_iter()
                    .find(|s| match (s, d.field_of(s)) {
                        (Step::Help(_), _) => true,
                        (_, Some(g)) => d.fields().position(|x| x.id == g.id) > order,
                        (_, None) => *s == Step::Results,
                    })
                    .unwrap_or(Step::Results);
            }
            Action::Help(f, h) => {
                if d.fields().any(|x| x.id == f) {
                    if h == Help::Non {
                        self.mark(f, false);
                    }
                    put(&mut self.help, f, h);
                    // Autonomous: a checklist, left with « Suivant ».
                    if self.accompanied() && self.step == Step::Help(f) {
                        self.advance(d);
                    }
                }
            }
            // Only a field the resident is asked about (one that signals something, not skipped).
            Action::Important(f, on) => {
                if d.fields().any(|x| x.id == f) && !self.is_skipped(&f) && d.signals(self, &f) {
                    self.mark(f, on);
                    // Not asked yet is wanted on the checklist (ticked by default): left so, the
                    // checklist's order does not move under the finger.
                    if on && self.help_for(&f) == Some(Help::Non) {
                        put(&mut self.help, f, Help::Oui);
                    }
                }
            }
            Action::GoTo(step) => {
                let step = d.normalize(self.accompanied(), step);
                if let Some(f) = d.field_of(&step) {
                    self.skipped.retain(|x| x != &f.id);
                }
                if d.steps(self).contains(&step) {
                    self.step = step;
                }
            }
            Action::SetCommune(c) => self.commune = c.filter(|c| crate::engine::formats::is_insee(c)),
            Action::SetMode(mode) => {
                self.mode = mode;
                if mode == Mode::Autonome && self.step == Step::Overview {
                    self.step = Step::Welcome;
                }
            }
            Action::SetAssisted(on) => self.assisted = on,
            Action::Note(f, text) => {
                if d.fields().any(|x| x.id == f) {
                    let text: String = text.chars().filter(|c| !c.is_control() || *c == '\n').take(NOTE_MAX).collect();
                    take(&mut self.notes, &f);
                    if !text.trim().is_empty() {
                        put(&mut self.notes, f, text);
                    }
                }
            }
            Action::Counted => self.counted = true,
            // « Effacer » and « Nouvelle personne »: everything goes but the counsellor's mode.
            Action::Clear => *self = Session { mode: self.mode, ..Session::default() },
        }
    }

    /// The screen's questions left unanswered are « not said » (never evidence of anything).
    fn leave_screen(&mut self, d: &Diagnostic) {
        let unanswered: Vec<String> =
            d.screen(self).iter().filter(|q| self.answer(&q.id).is_none()).map(|q| q.id.to_string()).collect();
        for q in unanswered {
            self.set_answer(q, Response::Skipped);
        }
    }

    fn advance(&mut self, d: &Diagnostic) {
        let steps = d.steps(self);
        if let Some(i) = steps.iter().position(|s| s == &self.step) {
            let next = steps[(i + 1).min(steps.len() - 1)].clone();
            // Accompanied: after the profile or at the end of a field, on to the next field not
            // started yet (the counsellor's path through the interview, issue 22); the overview
            // once there is none (« Retour » from a field leads there at any time).
            let leaving = d.field_of(&self.step).filter(|f| d.field_of(&next).is_none_or(|g| g.id != f.id));
            self.step = match leaving {
                Some(f) if self.accompanied() => d.next_field(self, Some(&f.id)).unwrap_or(Step::Overview),
                None if self.accompanied() && next == Step::Overview => {
                    d.next_field(self, None).unwrap_or(Step::Overview)
                }
                _ => next,
            };
        }
    }

    fn universal(&mut self, d: &Diagnostic, q: String, r: Response) {
        if d.questionnaire.question(&q).is_some() {
            self.set_answer(q, r);
        }
    }

    fn toggle(&mut self, d: &Diagnostic, q: String, a: String) {
        let Some((_, question)) = d.questionnaire.question(&q) else { return };
        let Some(def) = question.answers.iter().find(|x| x.id == a) else { return };
        if question.kind != Kind::Multiple {
            return self.act(d, Action::Choose(q, a));
        }
        let mut ids = match take(&mut self.answers, &q) {
            Some(Response::Chosen(ids)) => ids,
            _ => vec![],
        };
        if let Some(i) = ids.iter().position(|x| x == &a) {
            ids.remove(i);
        } else if def.exclusive {
            ids = vec![a];
        } else {
            ids.push(a);
            // In the questionnaire's order, whatever the order of the clicks; no exclusive one.
            ids = question
                .answers
                .iter()
                .filter(|d| !d.exclusive && ids.iter().any(|x| *x == d.id))
                .map(|d| d.id.to_string())
                .collect();
        }
        if !ids.is_empty() {
            self.set_answer(q, Response::Chosen(ids));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::diagnostic::assessment::{Need, Profile, Wish};
    use crate::engine::diagnostic::flow::{minutes, Progress};
    use crate::engine::diagnostic::questionnaire::{Level, Questionnaire};
    use crate::engine::FIELD_IDS;
    use proptest::prelude::*;

    /// A small questionnaire in the shipped format: the engine's rules, not the wording.
    fn fixture() -> Questionnaire {
        let q = |id: &str, answers: serde_json::Value| serde_json::json!({ "id": id, "kind": "single", "answers": answers });
        let ok_frein = serde_json::json!([
            { "id": "oui" }, { "id": "non", "signal": "frein", "thematiques": ["remobilisation--lien-social"] } ]);
        let mut fields: Vec<serde_json::Value> = FIELD_IDS
            .iter()
            .map(|f| serde_json::json!({ "id": f, "questions": [q(&format!("{f}-a"), ok_frein.clone()), q(&format!("{f}-b"), ok_frein.clone())] }))
            .collect();
        fields[3]["questions"] = serde_json::json!([
            { "id": "famille-garde", "kind": "single", "show_if": { "question": "profil-enfants", "answers": ["oui"] },
              "answers": [ { "id": "oui" }, { "id": "non", "signal": "frein", "thematiques": ["famille--garde-denfants"] } ] },
            { "id": "famille-violence", "kind": "single", "answers": [
              { "id": "non" }, { "id": "oui", "signal": "urgent", "thematiques": ["famille--surmonter-conflits-separation-violence"], "emergency": ["3919"], "safety": true } ] },
        ]);
        fields[7]["sensitive"] = true.into();
        fields[7]["questions"] = serde_json::json!([
            { "id": "sante-soins", "kind": "multiple", "answers": [
              { "id": "dents", "signal": "a_voir", "thematiques": ["sante--acces-aux-soins"] },
              { "id": "moral", "signal": "frein", "thematiques": ["sante--sante-mentale"] },
              { "id": "aucun", "exclusive": true } ] },
            q("sante-b", ok_frein.clone()),
        ]);
        serde_json::from_value(serde_json::json!({
            "version": 1,
            "profile": [
                { "id": "profil-age", "kind": "single", "answers": [ { "id": "16-25", "publics": ["jeunes"] }, { "id": "26-49" } ] },
                { "id": "profil-enfants", "kind": "single", "answers": [ { "id": "oui", "publics": ["familles"] }, { "id": "non" } ] },
            ],
            "fields": fields,
            "emergency": [ { "id": "3919", "number": "3919" } ],
        }))
        .unwrap()
    }

    fn diag() -> Diagnostic {
        Diagnostic::new(fixture(), &[])
    }

    fn run(d: &Diagnostic, actions: impl IntoIterator<Item = Action>) -> Session {
        let mut s = Session::default();
        for a in actions {
            s.apply(d, a);
        }
        s
    }

    fn choose(q: &str, a: &str) -> Action {
        Action::Choose(q.into(), a.into())
    }

    /// Whether some screen of the session asks this question.
    fn asks(d: &Diagnostic, s: &Session, question: &str) -> bool {
        d.steps(s).into_iter().any(|step| {
            let on = Session { step, ..s.clone() };
            d.screen(&on).iter().any(|q| q.id == question)
        })
    }

    /// The question screens of a session, each as the ids of its shown questions.
    fn screens(d: &Diagnostic, s: &Session) -> Vec<Vec<String>> {
        d.steps(s)
            .into_iter()
            .filter(|x| matches!(x, Step::Question(_)))
            .map(|step| d.screen(&Session { step, ..s.clone() }).iter().map(|q| q.id.to_string()).collect())
            .collect()
    }

    #[test]
    fn walks_profile_then_fields_and_branches_on_children() {
        let d = diag();
        let s = run(&d, [Action::Start]);
        assert_eq!(s.step, Step::Question("profil-age".into()));
        let s = run(&d, [Action::Start, choose("profil-age", "16-25"), choose("profil-enfants", "non"), Action::Next]);
        assert_eq!(s.step, Step::Question("reseau-a".into()), "the profile is one screen");
        assert!(!asks(&d, &s, "famille-garde"), "no children, no childcare question");
        let s = run(&d, [choose("profil-enfants", "oui")]);
        assert!(asks(&d, &s, "famille-garde"));
        assert_eq!(d.publics(&s), ["familles"]);
        // 26-49: neither young nor senior, as far as services go; children: familles.
        let s = run(&d, [choose("profil-age", "26-49"), choose("profil-enfants", "oui")]);
        assert_eq!(d.profile(&s), Profile { has: vec!["familles".into()], lacks: vec!["jeunes".into()] });
    }

    #[test]
    fn level_is_the_strongest_signal_and_help_is_asked_only_then() {
        let d = diag();
        let mut s = run(&d, [choose("reseau-a", "oui")]);
        assert_eq!(d.level(&s, "reseau"), Some(Level::Ok));
        assert!(!d.steps(&s).contains(&Step::Help("reseau".into())));
        s.apply(&d, choose("reseau-b", "non"));
        assert_eq!(d.level(&s, "reseau"), Some(Level::Frein));
        assert!(d.steps(&s).contains(&Step::Help("reseau".into())));
        assert_eq!(d.level(&s, "mobilite"), None, "nothing answered, nothing said");
        s.apply(&d, Action::DontKnow("mobilite-a".into()));
        assert_eq!(d.level(&s, "mobilite"), Some(Level::Ensemble), "« je ne sais pas » is no evidence of none");
        s.apply(&d, choose("mobilite-b", "oui"));
        assert_eq!(d.level(&s, "mobilite"), Some(Level::Ensemble), "half unsure: still to check together");
        s.apply(&d, Action::NoAnswer("savoirs-a".into()));
        s.apply(&d, choose("savoirs-b", "non"));
        assert_eq!(d.level(&s, "savoirs"), Some(Level::Frein), "a difficulty said is a difficulty");
        assert_eq!(
            d.needs(&s, "reseau"),
            [Need {
                thematique: "remobilisation--lien-social".into(),
                why: "why-reseau-b-non".into(),
                signal: Level::Frein
            }]
        );
    }

    #[test]
    fn progress_counts_the_shown_questions_of_the_field() {
        let d = diag();
        let s = run(&d, [Action::GoTo(Step::Question("mobilite-b".into()))]);
        assert_eq!(d.progress(&s), Some(Progress { field: Some("mobilite".into()), index: 5, total: 8 }));
        assert!(!d.first_of_field(&s, "mobilite-b") && d.first_of_field(&s, "mobilite-a"));
        let s = run(&d, [Action::Start]);
        assert_eq!(d.progress(&s), None, "the profile is one screen, without a count");
    }

    /// The shipped questionnaire: screening first, detail only where a screening answer signals
    /// something, everything in the accompanied mode; the wish for help asked once.
    #[test]
    fn the_screening_pass_asks_the_detail_only_where_it_matters() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = Session::default();
        let v = |ids: &[&str]| ids.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // The profile on one screen, then one screen per field: its screening questions together.
        assert_eq!(
            screens(&d, &s),
            [
                v(&["profil-age", "profil-enfants", "profil-suivi", "profil-qpv"]),
                v(&["reseau-experience"]),
                v(&["savoirs-oral", "savoirs-lire", "savoirs-diplome"]),
                v(&["numerique-demarches"]),
                v(&["famille-aidant", "famille-securite"]),
                v(&["mobilite-transports", "mobilite-permis"]),
                v(&["logement-nuit", "logement-risque"]),
                v(&["finances-essentiel"]),
                v(&["sante-gene", "sante-moral", "sante-reconnaissance"]),
            ]
        );
        s.apply(&d, choose("reseau-experience", "recent"));
        assert!(!asks(&d, &s, "reseau-contacts"));
        s.apply(&d, choose("reseau-experience", "jamais"));
        assert_eq!(
            screens(&d, &s)[2],
            v(&["reseau-contacts", "reseau-recherche", "reseau-discrimination"]),
            "a barrier opens the detail, on one screen of its own"
        );
        assert!(!asks(&d, &s, "reseau-envies"), "the deep detail is the counsellor's");
        s.apply(&d, Action::DontKnow("mobilite-transports".into()));
        assert!(asks(&d, &s, "mobilite-vehicule"), "« je ne sais pas » too");
        // Safety follow-ups: on the same screen, as soon as they matter.
        s.apply(&d, choose("sante-moral", "parfois"));
        assert_eq!(
            screens(&d, &s).last().unwrap(),
            &v(&["sante-gene", "sante-moral", "sante-idees", "sante-reconnaissance"])
        );
        s.apply(&d, choose("famille-securite", "non"));
        assert!(screens(&d, &s).contains(&v(&["famille-aidant", "famille-securite", "famille-enfant-danger"])));
        s.apply(&d, choose("famille-securite", "oui"));
        // Children: the childcare question on the family screen, the hours in its detail.
        s.apply(&d, choose("profil-enfants", "oui"));
        assert!(screens(&d, &s).contains(&v(&["famille-garde", "famille-aidant", "famille-securite"])));
        let wishes: Vec<_> = d.steps(&s).into_iter().filter(|x| matches!(x, Step::Help(_))).collect();
        assert_eq!(wishes, [Step::Help("reseau".into())], "one checklist, after every field");
        s.apply(&d, Action::GoTo(Step::Help("reseau".into())));
        s.apply(&d, Action::Next);
        assert_eq!(s.help_for("reseau"), Some(Help::Oui), "ticked by default");
        assert_eq!(s.step, Step::Results);
        s.apply(&d, Action::SetMode(Mode::Accompagne));
        // The counsellor keeps the depth, each field on one screen (issue 22): screening, detail
        // and depth together, the field's follow-ups among them.
        let accompanied = screens(&d, &s);
        assert_eq!(accompanied.len(), 1 + 8);
        assert_eq!(
            accompanied[1],
            v(&["reseau-experience", "reseau-contacts", "reseau-recherche", "reseau-envies", "reseau-discrimination"])
        );
        assert!(accompanied[3].contains(&"numerique-cv".to_string()));
        assert!(accompanied[4].contains(&"famille-horaires".to_string()) && accompanied[4][0] == "famille-garde");
        s.apply(&d, Action::GoTo(Step::Question("reseau-envies".into())));
        assert_eq!(s.step, Step::Question("reseau-experience".into()), "a question opens its field's screen");
        assert!(d.grouped(&s));
    }

    /// « Suivant » leaves what was not answered on the screen « not said », and goes on.
    #[test]
    fn a_screen_is_answered_together_and_left_with_one_next() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = run(&d, [Action::Start, choose("profil-age", "26-49"), Action::Next]);
        assert_eq!(s.answer("profil-enfants"), Some(&Response::Skipped));
        assert_eq!(s.step, Step::Question("reseau-experience".into()));
        assert!(!d.grouped(&s), "one question: its own title");
        for a in [choose("reseau-experience", "recent"), Action::Next, choose("savoirs-lire", "seul"), Action::Next] {
            s.apply(&d, a);
        }
        s.apply(&d, Action::Next);
        assert_eq!(s.answer("numerique-demarches"), Some(&Response::Skipped));
        // The family screen is named by its first question, shown or not (no children here).
        assert_eq!(s.step, Step::Question("famille-garde".into()));
        assert!(d.grouped(&s));
        s.apply(&d, choose("famille-securite", "oui"));
        s.apply(&d, Action::Next);
        assert_eq!(s.answer("famille-aidant"), Some(&Response::Skipped));
        assert_eq!(s.step, Step::Question("mobilite-transports".into()));
        assert!(d.grouped(&s), "transport and licence together");
        s.apply(&d, Action::Back);
        assert_eq!(s.step, Step::Question("famille-garde".into()), "back to the whole screen");
        // A question named directly (an old stored step, a crafted link) is its screen.
        s.apply(&d, Action::GoTo(Step::Question("logement-risque".into())));
        assert_eq!(s.step, Step::Question("logement-nuit".into()));
        let restored = Session::restore(&d, &s.encode(&d)).unwrap();
        assert_eq!(restored, s, "a reload resumes on the same screen with every answer");
        let mut old = s.clone();
        old.step = Step::Question("sante-moral".into());
        assert_eq!(Session::restore(&d, &old.encode(&d)).unwrap().step, Step::Question("sante-gene".into()));
    }

    /// One bar whose total never changes: each field has two places (screening, detail), taken
    /// or passed over.
    #[test]
    fn the_bar_counts_screens_and_its_total_never_moves() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = run(&d, [Action::Start]);
        assert_eq!(d.bar(&s), Some((1, 17)));
        s.apply(&d, Action::Next);
        assert_eq!(d.bar(&s), Some((2, 17)), "réseau's screening");
        s.apply(&d, choose("reseau-experience", "jamais"));
        s.apply(&d, Action::Next);
        assert_eq!(d.bar(&s), Some((3, 17)), "réseau's detail");
        s.apply(&d, Action::Next);
        assert_eq!(d.bar(&s), Some((4, 17)));
        s.apply(&d, choose("savoirs-lire", "seul"));
        s.apply(&d, Action::Next);
        assert_eq!(d.bar(&s), Some((6, 17)), "no detail: on by two, the total unchanged");
        let mut totals = vec![];
        for _ in 0..40 {
            totals.extend(d.bar(&s).map(|b| b.1));
            s.apply(&d, Action::Next);
        }
        assert!(totals.iter().all(|t| *t == 17));
        assert_eq!(d.bar(&run(&d, [Action::Start, Action::Next, Action::Next])), Some((4, 17)));
        // The accompanied mode: one place per field, whatever its answers open.
        let mut s = run(&d, [Action::SetMode(Mode::Accompagne), Action::Start]);
        assert_eq!(d.bar(&s), Some((1, 9)));
        s.apply(&d, Action::GoTo(Step::Question("logement-recherche".into())));
        assert_eq!(d.bar(&s), Some((7, 9)), "a question inside a field's screen: the field's place");
        s.apply(&d, choose("logement-nuit", "dehors"));
        assert_eq!(d.bar(&s), Some((7, 9)), "an answer that hides a question leaves the bar alone");
    }

    #[test]
    fn urgent_answers_bring_emergency_numbers_and_come_first() {
        let d = diag();
        let s = run(
            &d,
            [choose("reseau-a", "non"), Action::Help("reseau".into(), Help::Oui), choose("famille-violence", "oui")],
        );
        assert_eq!(d.emergencies(&s).iter().map(|e| &*e.number).collect::<Vec<_>>(), ["3919"]);
        let order: Vec<_> = d.results(&s).into_iter().map(|r| r.field).collect();
        assert_eq!(&order[..2], ["famille", "reseau"]);
    }

    #[test]
    fn results_follow_the_residents_wishes_then_levels() {
        let d = diag();
        let s = run(
            &d,
            [
                choose("reseau-a", "non"),
                Action::Help("reseau".into(), Help::Non),
                choose("mobilite-a", "non"),
                Action::Help("mobilite".into(), Help::PlusTard),
                choose("logement-a", "non"),
                Action::Help("logement".into(), Help::Oui),
                choose("savoirs-a", "oui"),
            ],
        );
        let order: Vec<_> = d.results(&s).into_iter().map(|r| r.field).collect();
        assert_eq!(order, ["logement", "mobilite", "savoirs", "numerique", "famille", "finances", "sante", "reseau"]);
    }

    /// « Le plus important pour moi » (issue 21): one tap per field that signals something; it
    /// wants help with the field, « non » or skipping the field unmarks it; it is kept on the
    /// device and in the link, and never reorders the results the checklist is drawn from.
    #[test]
    fn the_resident_marks_the_fields_most_important_to_them() {
        let d = diag();
        let mut s =
            run(&d, [choose("reseau-a", "non"), choose("mobilite-a", "non"), choose("famille-violence", "oui")]);
        let order = |s: &Session| d.results(s).into_iter().map(|r| r.field).collect::<Vec<_>>();
        s.apply(&d, Action::Important("savoirs".into(), true));
        assert!(s.important.is_empty(), "nothing to help with in savoirs: no mark");
        s.apply(&d, Action::Help("mobilite".into(), Help::Non));
        s.apply(&d, Action::Important("mobilite".into(), true));
        let before = order(&s);
        s.apply(&d, Action::Important("reseau".into(), true));
        assert_eq!(s.important, ["mobilite", "reseau"]);
        assert_eq!(s.help_for("mobilite"), Some(Help::Oui), "marking it wants help with it");
        assert_eq!(s.help_for("reseau"), None, "not asked yet: still ticked by default");
        assert_eq!(order(&s), before, "marks do not move the results the checklist is drawn from");
        assert_eq!(Session::restore(&d, &s.encode(&d)), Ok(s.clone()));
        assert_eq!(Session::from_link(&d, &s.link(&d, false)).map(|x| x.important), Ok(s.important.clone()));
        s.apply(&d, Action::Important("reseau".into(), false));
        assert_eq!(s.important, ["mobilite"]);
        s.apply(&d, Action::Help("mobilite".into(), Help::Non));
        assert!(s.important.is_empty(), "no help wanted: no longer marked");
        s.apply(&d, Action::Help("mobilite".into(), Help::PlusTard));
        s.apply(&d, Action::Important("mobilite".into(), true));
        assert_eq!(s.help_for("mobilite"), Some(Help::PlusTard), "« plus tard » stays");
        s.apply(&d, Action::Clear);
        assert!(s.is_blank());
    }

    #[test]
    fn a_sensitive_field_can_be_skipped_whole_and_taken_back() {
        let d = diag();
        let mut s = run(
            &d,
            [Action::GoTo(Step::Question("sante-soins".into())), Action::Toggle("sante-soins".into(), "moral".into())],
        );
        s.apply(&d, Action::SkipField("sante".into()));
        assert_eq!(s.step, Step::Results, "nothing else signals: the roadmap");
        assert_eq!(d.level(&s, "sante"), None);
        assert!(d.needs(&s, "sante").is_empty());
        s.apply(&d, Action::SkipField("reseau".into()));
        assert!(!s.is_skipped("reseau"), "only sensitive fields are skipped whole");
        s.apply(&d, Action::GoTo(Step::Question("sante-soins".into())));
        assert_eq!(s.step, Step::Question("sante-soins".into()));
        assert_eq!(d.level(&s, "sante"), Some(Level::Frein), "answers kept while skipped");
    }

    /// Skipping the last field still asks which of the others the resident wants help with
    /// (issue 22, item 1): the checklist is named by an earlier field but comes after all.
    #[test]
    fn skipping_the_last_field_leads_to_the_checklist() {
        let d = diag();
        let mut s = run(&d, [choose("finances-a", "non"), Action::GoTo(Step::Question("sante-soins".into()))]);
        s.apply(&d, Action::Toggle("sante-soins".into(), "moral".into()));
        s.apply(&d, Action::SkipField("sante".into()));
        assert_eq!(s.step, Step::Help("finances".into()), "the checklist, not the roadmap");
        s.apply(&d, Action::Next);
        assert_eq!(s.step, Step::Results);
        assert_eq!(s.help_for("finances"), Some(Help::Oui), "the money difficulty is wanted");
        assert!(!d.needs(&s, "finances").is_empty());
    }

    /// The checklist keeps its order whatever is ticked (issue 22, item 4).
    #[test]
    fn the_checklist_keeps_its_order_as_boxes_are_ticked() {
        let d = diag();
        let mut s =
            run(&d, [choose("reseau-a", "non"), choose("mobilite-a", "non"), choose("famille-violence", "oui")]);
        let order = |s: &Session| d.wishes(s).into_iter().map(|r| r.field).collect::<Vec<_>>();
        let before = order(&s);
        assert_eq!(before, ["famille", "reseau", "mobilite"], "urgent first, then the canonical order");
        for (f, h) in [("reseau", Help::Non), ("famille", Help::Non), ("mobilite", Help::Oui), ("reseau", Help::Oui)] {
            s.apply(&d, Action::Help(f.into(), h));
            assert_eq!(order(&s), before, "after {f} {h:?}");
        }
        assert_eq!(d.wishes(&s)[1].help, Some(Help::Oui), "each with its wish");
    }

    /// The checklist as the view draws it: the fields that signal something, each ticked unless
    /// unticked or put off, with its mark and its pictogram when it is a drawn one.
    #[test]
    fn the_wish_list_holds_the_fields_that_signal_something() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = run(
            &d,
            [
                choose("logement-nuit", "dehors"),
                choose("finances-essentiel", "non"),
                choose("mobilite-transports", "facile"),
                Action::Help("finances".into(), Help::PlusTard),
                Action::Important("logement".into(), true),
            ],
        );
        s.apply(&d, Action::Important("mobilite".into(), true));
        let signals: Vec<&str> = d.fields().filter(|f| d.signals(&s, &f.id)).map(|f| &*f.id).collect();
        assert_eq!(signals, ["logement", "finances"], "a field answered « no difficulty » does not signal");
        let list = d.wish_list(&s);
        assert_eq!(list.iter().map(|w| w.field.as_str()).collect::<Vec<_>>(), ["logement", "finances"], "urgent first");
        assert_eq!(list.iter().map(Wish::ticked).collect::<Vec<_>>(), [true, false], "« plus tard » is unticked");
        assert_eq!(list.iter().map(|w| w.important).collect::<Vec<_>>(), [true, false], "mobilité cannot be marked");
        for w in &list {
            let picto = d.questionnaire.field(&w.field).and_then(|f| f.picto.as_deref());
            assert!(picto.is_some() && w.picto == picto, "{}: {:?}", w.field, w.picto);
            assert!(crate::engine::pictograms::paths(w.picto.unwrap()).is_some());
        }
        s.apply(&d, Action::SkipField("sante".into()));
        assert!(!d.signals(&s, "sante") && !d.signals(&s, "reseau"), "skipped or unanswered: nothing to ask");
    }

    /// The welcome's minutes, the same on the first screen (from the configuration) as in the
    /// diagnostic (from its fields).
    #[test]
    fn the_welcome_says_half_a_minute_a_field_plus_one() {
        assert_eq!(minutes(8), 5);
        assert_eq!(minutes(1), 2);
        assert_eq!(minutes(3), 3);
        assert_eq!(diag().minutes(), 5);
        assert_eq!(Diagnostic::new(fixture(), &["mobilite".into(), "reseau".into()]).minutes(), 2);
    }

    /// « Quitter vite » from the first safety answer, for the rest of the visit even when the
    /// answer is changed back; cleared answers end it; a session read back offers it when it
    /// holds a safety answer.
    #[test]
    fn quick_exit_stays_once_a_safety_answer_was_given() {
        let d = diag();
        let mut s = run(&d, [choose("reseau-a", "non")]);
        assert!(!s.quick_exit, "no safety answer");
        s.apply(&d, choose("famille-violence", "oui"));
        assert!(s.quick_exit);
        s.apply(&d, choose("famille-violence", "non"));
        assert!(s.quick_exit && !d.safety(&s, None), "changed back: whoever is feared may still be there");
        assert!(!Session::restore(&d, &s.encode(&d)).unwrap().quick_exit, "read back: only with a safety answer");
        s.apply(&d, choose("famille-violence", "oui"));
        assert!(Session::restore(&d, &s.encode(&d)).unwrap().quick_exit);
        s.apply(&d, Action::Clear);
        assert!(!s.quick_exit, "cleared answers end it");
    }

    #[test]
    fn exclusive_answers_clear_the_others() {
        let d = diag();
        let t = |a: &str| Action::Toggle("sante-soins".into(), a.into());
        let s = run(&d, [t("dents"), t("moral")]);
        assert_eq!(s.answer("sante-soins"), Some(&Response::Chosen(vec!["dents".into(), "moral".into()])));
        let s = run(&d, [t("dents"), t("moral"), t("aucun")]);
        assert_eq!(s.answer("sante-soins"), Some(&Response::Chosen(vec!["aucun".into()])));
        let s = run(&d, [t("aucun"), t("dents")]);
        assert_eq!(s.answer("sante-soins"), Some(&Response::Chosen(vec!["dents".into()])));
        let s = run(&d, [t("dents"), t("dents")]);
        assert_eq!(s.answer("sante-soins"), None);
    }

    #[test]
    fn enabled_fields_limit_the_steps() {
        let d = Diagnostic::new(fixture(), &["mobilite".into(), "reseau".into()]);
        let mut fields: Vec<_> =
            d.steps(&Session::default()).iter().filter_map(|s| d.field_of(s)).map(|f| f.id.to_string()).collect();
        fields.dedup();
        assert_eq!(fields, ["reseau", "mobilite"]);
        assert_eq!(d.results(&Session::default()).len(), 2);
    }

    #[test]
    fn accompanied_mode_goes_through_the_overview_in_any_order() {
        let d = diag();
        let mut s = run(&d, [Action::SetMode(Mode::Accompagne), Action::Start, Action::Next]);
        assert_eq!(s.step, Step::Question("reseau-a".into()), "after the profile, the first field");
        s.apply(&d, Action::Back);
        assert_eq!(s.step, Step::Overview, "« Retour »: the overview, to take the fields in any order");
        s.apply(&d, Action::GoTo(Step::Question("mobilite-a".into())));
        s.apply(&d, Action::Back);
        assert_eq!(s.step, Step::Overview, "back from a field's screen");
        // A field is one screen (issue 22), named by its first question: every question of the
        // field on it, a question named alone opens it.
        s.apply(&d, Action::GoTo(Step::Question("mobilite-b".into())));
        assert_eq!(s.step, Step::Question("mobilite-a".into()));
        assert_eq!(d.screen(&s).iter().map(|q| &*q.id).collect::<Vec<_>>(), ["mobilite-a", "mobilite-b"]);
        assert_eq!(d.progress(&s).map(|p| p.index), Some(5));
        s.apply(&d, choose("mobilite-b", "oui"));
        s.apply(&d, Action::Next);
        assert_eq!(s.answer("mobilite-a"), Some(&Response::Skipped), "left unanswered: not said");
        assert_eq!(s.step, Step::Question("logement-a".into()), "the end of a field leads on to the next");
        s.apply(&d, Action::Back);
        assert_eq!(s.step, Step::Overview, "« Retour » from a field: the overview");
        // The path goes past the fields already started, and ends on the overview.
        s.apply(&d, choose("finances-a", "oui"));
        s.apply(&d, Action::GoTo(Step::Question("famille-violence".into())));
        assert_eq!(s.step, Step::Question("famille-garde".into()), "named by its first question, shown or not");
        assert_eq!(d.screen(&s).iter().map(|q| &*q.id).collect::<Vec<_>>(), ["famille-violence"], "no children");
        s.apply(&d, Action::Next);
        assert_eq!(s.step, Step::Question("logement-a".into()), "mobilité started: on to logement");
        s.apply(&d, choose("logement-a", "oui"));
        s.apply(&d, choose("logement-b", "oui"));
        s.apply(&d, Action::Next);
        assert_eq!(s.step, Step::Question("sante-soins".into()), "finances started: on to santé");
        // A reload, the stored step naming a question inside the screen: the same screen.
        let mut stored = s.clone();
        stored.step = Step::Question("sante-b".into());
        assert_eq!(Session::restore(&d, &stored.encode(&d)), Ok(s.clone()));
        s.apply(&d, Action::SkipField("sante".into()));
        assert_eq!(s.step, Step::Overview);
        s.apply(&d, Action::GoTo(Step::Question("sante-b".into())));
        assert_eq!(s.step, Step::Question("sante-soins".into()));
        s.apply(&d, choose("sante-b", "oui"));
        s.apply(&d, Action::Next);
        assert_eq!(s.step, Step::Overview, "no field left after santé: the overview");
        s.apply(&d, Action::Note("mobilite".into(), "  ".into()));
        assert!(s.notes.is_empty(), "a blank note is no note");
        s.apply(&d, Action::Note("mobilite".into(), "x".repeat(900)));
        assert_eq!(s.note("mobilite").len(), NOTE_MAX);
        s.apply(&d, Action::GoTo(Step::Results));
        s.apply(&d, Action::Back);
        assert_eq!(s.step, Step::Overview);
        s.apply(&d, Action::Clear);
        assert!(s.is_blank() && s.accompanied(), "« Nouvelle personne » keeps the counsellor's mode only");
    }

    #[test]
    fn a_link_with_notes_or_the_accompanied_mode_is_refused() {
        let d = diag();
        let mut s = run(&d, [choose("reseau-a", "non")]);
        let link = s.link(&d, false);
        assert_eq!(Session::from_link(&d, &link).map(|x| x.step), Ok(Step::Results));
        s.apply(&d, Action::Note("reseau".into(), "Appelez le 08 99 00 00 00".into()));
        assert!(Session::from_link(&d, &s.encode(&d)).is_err(), "device text with notes, passed off as a link");
        let s = run(&d, [Action::SetMode(Mode::Accompagne)]);
        assert!(Session::from_link(&d, &s.encode(&d)).is_err());
    }

    #[test]
    fn restore_reads_back_and_refuses_garbage() {
        let d = diag();
        let s = run(&d, [Action::Start, choose("profil-age", "16-25"), Action::Next]);
        assert_eq!(Session::restore(&d, &s.encode(&d)), Ok(s));
        // A mark on a field not wanted (a forged or damaged text) is dropped, not misread.
        let mut s = run(&d, [choose("reseau-a", "non"), Action::Help("reseau".into(), Help::Non)]);
        s.important = vec!["reseau".into()];
        assert!(Session::restore(&d, &s.encode(&d)).unwrap().important.is_empty());
        assert!(Session::restore(&d, "garbage").is_err());
    }

    fn action() -> impl Strategy<Value = Action> {
        let d = diag();
        let qs: Vec<(String, Vec<String>)> = d
            .questionnaire
            .questions()
            .map(|(_, q)| (q.id.to_string(), q.answers.iter().map(|a| a.id.to_string()).collect()))
            .collect();
        let qs2 = qs.clone();
        prop_oneof![
            Just(Action::Start),
            Just(Action::Next),
            Just(Action::Back),
            Just(Action::Clear),
            (0..qs.len(), 0..4usize).prop_map(move |(i, j)| {
                let (q, a) = &qs[i];
                Action::Choose(q.clone(), a[j % a.len()].clone())
            }),
            (0..qs2.len(), 0..4usize, 0..3u8).prop_map(move |(i, j, k)| {
                let (q, a) = &qs2[i];
                match k {
                    0 => Action::Toggle(q.clone(), a[j % a.len()].clone()),
                    1 => Action::DontKnow(q.clone()),
                    _ => Action::GoTo(Step::Question(q.clone())),
                }
            }),
            (0..8usize, 0..3usize).prop_map(|(f, h)| Action::Help(FIELD_IDS[f].into(), Help::ALL[h])),
            (0..8usize).prop_map(|f| Action::SkipField(FIELD_IDS[f].into())),
            (0..8usize, any::<bool>()).prop_map(|(f, on)| Action::Important(FIELD_IDS[f].into(), on)),
            any::<bool>().prop_map(|on| Action::SetMode(Mode::from_accompanied(on))),
            any::<bool>().prop_map(Action::SetAssisted),
            (0..8usize, ".{0,40}").prop_map(|(f, n)| Action::Note(FIELD_IDS[f].into(), n)),
            Just(Action::Counted),
            Just(Action::GoTo(Step::Overview)),
            Just(Action::GoTo(Step::Results)),
        ]
    }

    proptest! {
        // 400 in the test command; `make fuzz` asks for many more (PROPTEST_CASES).
        #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400), ..ProptestConfig::default() })]
        /// Whatever a resident does, the session stays consistent.
        #[test]
        fn any_sequence_keeps_the_session_consistent(actions in proptest::collection::vec(action(), 0..60)) {
            let d = diag();
            let mut s = Session::default();
            for a in actions {
                let before = s.clone();
                s.apply(&d, a.clone());
                let steps = d.steps(&s);
                prop_assert!(steps.contains(&s.step), "{:?} left the steps after {a:?}", s.step);
                prop_assert!(s.answers.windows(2).all(|w| w[0].0 < w[1].0), "answers stay sorted");
                for (q, r) in &s.answers {
                    let (_, question) = d.questionnaire.question(q).expect("only known questions");
                    if let Response::Chosen(ids) = r {
                        prop_assert!(!ids.is_empty());
                        prop_assert!(ids.iter().all(|id| question.answers.iter().any(|x| &x.id == id)));
                        if question.kind == Kind::Single { prop_assert_eq!(ids.len(), 1); }
                    }
                }
                for f in d.fields() {
                    let level = d.level(&s, &f.id);
                    if level.is_none() { prop_assert!(d.needs(&s, &f.id).is_empty()); }
                    if s.is_skipped(&f.id) { prop_assert!(level.is_none() && f.sensitive); }
                }
                prop_assert_eq!(d.results(&s).len(), 8);
                // A field marked « le plus important » is one the resident wants help with.
                prop_assert!(s.important.windows(2).all(|w| w[0] < w[1]), "marks stay sorted");
                for f in &s.important {
                    prop_assert!(!s.is_skipped(f) && s.help_for(f) != Some(Help::Non), "{f} marked");
                }
                if let Some(p) = d.progress(&s) { prop_assert!(1 <= p.index && p.index <= p.total); }
                // A question step is a screen with something to ask, and a place on the bar, whose
                // total depends on the mode only.
                if matches!(s.step, Step::Question(_)) {
                    prop_assert!(!d.screen(&s).is_empty(), "an empty screen at {:?}", s.step);
                    let (i, n) = d.bar(&s).expect("a place on the bar");
                    prop_assert!(1 <= i && i <= n);
                    prop_assert_eq!(n, 1 + 8, "the fixture: two questions a field, no screening; one screen a field in both modes");
                }
                // « Quitter vite » with any safety answer, and never with no answer at all.
                prop_assert!(!d.safety(&s, None) || s.quick_exit);
                prop_assert!(!s.quick_exit || !s.answers.is_empty());
                // Stored and read back, the session is the same (« Quitter vite » offered again
                // only with a safety answer).
                let restored = Session { quick_exit: d.safety(&s, None), ..s.clone() };
                prop_assert_eq!(Session::restore(&d, &s.encode(&d)), Ok(restored));
                // Back then Next returns to the same step when answers did not change (the
                // accompanied mode goes back to its overview instead).
                if a == Action::Back && before.step != s.step && before.answers == s.answers && !s.accompanied() {
                    let mut again = s.clone();
                    again.apply(&d, Action::Next);
                    prop_assert_eq!(again.step, before.step);
                }
            }
        }
    }
}
