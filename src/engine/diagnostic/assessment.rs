//! What a resident's answers say, whatever the screen: which questions are shown (visibility),
//! each field's level, the thématiques they call for (needs), urgent numbers and safety answers,
//! the profile's data·inclusion publics, the checklist of wishes and the results in the
//! resident's order. Plain data in, plain data out.

use crate::engine::diagnostic::questionnaire::{
    AnswerDef, Condition, Emergency, Field, Level, Question, Questionnaire,
};
use crate::engine::diagnostic::state::{Help, Response, Session};
use crate::engine::messages::keys;
use crate::engine::FieldId;

/// A thématique the resident's answers call for, and which answer did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Need {
    pub thematique: String,
    /// Message key completing « Parce que vous avez dit : … ».
    pub why: String,
    /// The signal of the answer that called for it: an urgent need's contacts come first,
    /// then a heavier need's (`content/matching.toml`).
    pub signal: Level,
}

impl Need {
    pub fn urgent(&self) -> bool {
        self.signal == Level::Urgent
    }
}

/// What the profile says of the data·inclusion publics: those that fit the resident, and
/// those their answers rule out (a question left unanswered rules out nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub has: Vec<String>,
    pub lacks: Vec<String>,
}

/// A box of the autonomous checklist of wishes (`Diagnostic::wish_list`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wish {
    pub field: FieldId,
    /// The wish said so far.
    pub help: Option<Help>,
    /// The field's pictogram, when it is one of the drawn ones.
    pub picto: Option<&'static str>,
    /// Marked « le plus important pour moi ».
    pub important: bool,
}

impl Wish {
    /// Ticked by default: what was not unticked (« non ») or put off (« plus tard ») is wanted,
    /// as « Suivant » reads it.
    pub fn ticked(&self) -> bool {
        !matches!(self.help, Some(Help::Non | Help::PlusTard))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldResult {
    pub field: FieldId,
    /// `None`: not enough answers to say.
    pub level: Option<Level>,
    pub help: Option<Help>,
    pub skipped: bool,
    pub needs: Vec<Need>,
    /// An answer says a situation with a date (`AnswerDef::pressing`).
    pub pressing: bool,
}

/// The questionnaire as this widget asks it: only the fields the partner chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub questionnaire: Questionnaire,
    pub(crate) fields: Vec<FieldId>,
}

impl Diagnostic {
    /// `enabled` empty: every field.
    pub fn new(questionnaire: Questionnaire, enabled: &[String]) -> Diagnostic {
        let fields = questionnaire
            .fields
            .iter()
            .map(|f| f.id)
            .filter(|id| enabled.is_empty() || enabled.iter().any(|e| e == id))
            .collect();
        Diagnostic { questionnaire, fields }
    }

    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.questionnaire.fields.iter().filter(|f| self.fields.contains(&f.id))
    }

    /// The field signals something (a level above « no difficulty »): the resident is asked
    /// whether they want help with it, and may mark it. Never a skipped field (no level).
    pub fn signals(&self, s: &Session, field: &str) -> bool {
        self.level(s, field) > Some(Level::Ok)
    }

    /// A question is shown when its condition's question is shown and was answered so; in the
    /// autonomous mode, a field's detail only when its screening says something (`opens`).
    pub fn visible(&self, s: &Session, q: &Question) -> bool {
        if q.deep && !s.accompanied() {
            return false;
        }
        if !q.screening && !s.accompanied() {
            if let Some((Some(f), _)) = self.questionnaire.question(&q.id) {
                if f.questions.iter().any(|x| x.screening) && !self.opens(s, f) {
                    return false;
                }
            }
        }
        q.show_if.as_ref().is_none_or(|c| self.holds(s, c))
    }

    /// The condition's question is shown and was answered with one of its answers.
    fn holds(&self, s: &Session, c: &Condition) -> bool {
        let Some((_, cq)) = self.questionnaire.question(&c.question) else { return false };
        self.visible(s, cq)
            && matches!(s.answer(&c.question), Some(Response::Chosen(ids)) if ids.iter().any(|a| c.answers.iter().any(|x| x == a)))
    }

    /// A screening answer of the field signals something, or is « Je ne sais pas »: its detail
    /// is asked.
    pub fn opens(&self, s: &Session, f: &Field) -> bool {
        f.questions.iter().filter(|q| q.screening).any(|q| match s.answer(&q.id) {
            Some(Response::DontKnow) => self.visible(s, q),
            Some(Response::Chosen(ids)) => {
                self.visible(s, q) && q.answers.iter().any(|a| a.signal > Level::Ok && ids.iter().any(|x| *x == a.id))
            }
            _ => false,
        })
    }

    pub(crate) fn visible_in<'a>(
        &'a self,
        s: &'a Session,
        qs: &'a [Question],
    ) -> impl Iterator<Item = &'a Question> + 'a {
        qs.iter().filter(move |q| self.visible(s, q))
    }

    /// The answers given to the shown questions of a field.
    fn chosen<'a>(&'a self, s: &'a Session, f: &'a Field) -> impl Iterator<Item = (&'a Question, &'a AnswerDef)> + 'a {
        self.visible_in(s, &f.questions).flat_map(move |q| {
            let ids = match s.answer(&q.id) {
                Some(Response::Chosen(ids)) => ids.as_slice(),
                _ => &[],
            };
            q.answers.iter().filter(move |a| ids.iter().any(|x| *x == a.id)).map(move |a| (q, a))
        })
    }

    /// The strongest signal among the field's answers; `None` when nothing was answered.
    /// « Je ne sais pas » and « Je préfère ne pas répondre » are no evidence of no difficulty:
    /// a field answered so at least `uncertain_share` % of the time, with no difficulty said,
    /// is « à voir ensemble ».
    pub fn level(&self, s: &Session, field: &str) -> Option<Level> {
        let f = self.questionnaire.field(field)?;
        if s.is_skipped(field) {
            return None;
        }
        let signal = self.chosen(s, f).map(|(_, a)| a.signal).max();
        if signal > Some(Level::Ok) {
            return signal;
        }
        let (mut unsure, mut said) = (0u32, 0u32);
        for q in self.visible_in(s, &f.questions) {
            match s.answer(&q.id) {
                Some(Response::DontKnow | Response::NoAnswer) => unsure += 1,
                Some(Response::Chosen(_)) => said += 1,
                _ => {}
            }
        }
        if unsure > 0 && unsure * 100 >= u32::from(self.questionnaire.uncertain_share) * (unsure + said) {
            return Some(Level::Ensemble);
        }
        // No false reassurance: « no difficulty » only when every screening question shown (the
        // facts the field's sentence states) was answered; otherwise the neutral « not enough
        // answers » (a field mostly unsure is « à voir ensemble » above).
        let unsaid = |q: &Question| q.screening && !matches!(s.answer(&q.id), Some(Response::Chosen(_)));
        if signal == Some(Level::Ok) && self.visible_in(s, &f.questions).any(unsaid) {
            return None;
        }
        signal
    }

    /// A safety answer was given (violence, a child in danger, dark thoughts) in this field, or
    /// in any field (`None`).
    pub fn safety(&self, s: &Session, field: Option<&str>) -> bool {
        self.fields()
            .filter(|f| field.is_none_or(|x| x == f.id) && !s.is_skipped(&f.id))
            .any(|f| self.chosen(s, f).any(|(_, a)| a.safety))
    }

    /// What the profile's answers add to the roadmap (`AnswerDef::roadmap_line`), as message keys.
    pub fn roadmap_lines(&self, s: &Session) -> Vec<&str> {
        let mut out = Vec::new();
        for q in self.questionnaire.profile.iter().filter(|q| self.visible(s, q)) {
            let Some(Response::Chosen(ids)) = s.answer(&q.id) else { continue };
            out.extend(
                q.answers.iter().filter(|a| ids.iter().any(|x| *x == a.id)).filter_map(|a| a.roadmap_line.as_deref()),
            );
        }
        out
    }

    pub fn needs(&self, s: &Session, field: &str) -> Vec<Need> {
        let Some(f) = self.questionnaire.field(field) else { return vec![] };
        if s.is_skipped(field) {
            return vec![];
        }
        let mut needs: Vec<Need> = Vec::new();
        // The heaviest answers first: a thématique is called for by the strongest answer naming it;
        // an urgent answer's follow-up (`then`) weighs as a frein.
        for level in [Level::Urgent, Level::Frein, Level::AVoir] {
            for (q, a) in self.chosen(s, f) {
                for (t, _) in a.calls().filter(|(_, l)| *l == level) {
                    if !needs.iter().any(|n| &n.thematique == t) {
                        needs.push(Need {
                            thematique: t.to_string(),
                            why: format!("why-{}-{}", q.id, a.id),
                            signal: level,
                        });
                    }
                }
            }
        }
        if needs.is_empty() && self.level(s, field) == Some(Level::Ensemble) {
            for t in f.check_with.iter() {
                needs.push(Need { thematique: t.to_string(), why: keys::WHY_ENSEMBLE.into(), signal: Level::Ensemble });
            }
        }
        needs
    }

    /// Emergency numbers called for by the answers of one field.
    pub fn field_emergencies(&self, s: &Session, field: &str) -> Vec<&Emergency> {
        let mut out: Vec<&Emergency> = Vec::new();
        let Some(f) = self.fields().find(|f| f.id == field && !s.is_skipped(&f.id)) else { return out };
        for (_, a) in self.chosen(s, f) {
            for e in a.emergency.iter().filter_map(|e| self.questionnaire.emergency(e)) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// Emergency numbers called for by the answers shown, without repeats.
    pub fn emergencies(&self, s: &Session) -> Vec<&Emergency> {
        let mut out: Vec<&Emergency> = Vec::new();
        for f in self.fields().filter(|f| !s.is_skipped(&f.id)) {
            for (_, a) in self.chosen(s, f) {
                for e in a.emergency.iter().filter_map(|e| self.questionnaire.emergency(e)) {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }

    /// The publics the profile gives and rules out; an urgent answer anywhere makes the
    /// services for people in an emergency fit too.
    pub fn profile(&self, s: &Session) -> Profile {
        let mut p = Profile { has: self.publics(s), lacks: vec![] };
        if self.fields().any(|f| self.level(s, &f.id) == Some(Level::Urgent)) {
            p.has.push("personnes-en-situation-durgence".into());
        }
        // Publics of the answers not chosen are ruled out: the profile's, and a field's (a
        // recognised disability answered « non »).
        let fields = self.fields().filter(|f| !s.is_skipped(&f.id)).flat_map(|f| f.questions.iter());
        for q in self.questionnaire.profile.iter().chain(fields).filter(|q| self.visible(s, q)) {
            let Some(Response::Chosen(ids)) = s.answer(&q.id) else { continue };
            for a in q.answers.iter().filter(|a| !ids.iter().any(|x| *x == a.id)) {
                for pub_ in a.publics.iter() {
                    if !p.has.iter().any(|x| x == pub_) && !p.lacks.iter().any(|x| x == pub_) {
                        p.lacks.push(pub_.to_string());
                    }
                }
            }
        }
        p
    }

    /// data·inclusion publics the profile answers make fit, and a field's answers (a recognised
    /// disability), without repeats.
    pub fn publics(&self, s: &Session) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let fields = self.fields().filter(|f| !s.is_skipped(&f.id)).flat_map(|f| f.questions.iter());
        for q in self.questionnaire.profile.iter().chain(fields).filter(|q| self.visible(s, q)) {
            let Some(Response::Chosen(ids)) = s.answer(&q.id) else { continue };
            for a in q.answers.iter().filter(|a| ids.iter().any(|x| *x == a.id)) {
                for p in a.publics.iter() {
                    if !out.iter().any(|x| x == p) {
                        out.push(p.to_string());
                    }
                }
            }
        }
        out
    }

    /// The autonomous checklist of wishes: the fields that signal something, in the roadmap's
    /// order as it stands before any wish (urgent first, then the heavier), each with its wish.
    /// Ticking or unticking a box never moves one under the resident's finger.
    pub fn wishes(&self, s: &Session) -> Vec<FieldResult> {
        let unwished = Session { help: Vec::new(), ..s.clone() };
        self.results(&unwished)
            .into_iter()
            .filter(|r| self.signals(s, &r.field))
            .map(|r| FieldResult { help: s.help_for(&r.field), ..r })
            .collect()
    }

    /// The checklist as drawn: `wishes`, each with its pictogram and its mark.
    pub fn wish_list(&self, s: &Session) -> Vec<Wish> {
        self.wishes(s)
            .into_iter()
            .map(|r| {
                let picto = self.questionnaire.field(&r.field).and_then(|f| f.picto.as_deref());
                Wish {
                    picto: picto
                        .and_then(|p| crate::engine::pictograms::PICTOGRAMS.iter().map(|(n, _)| *n).find(|n| *n == p)),
                    important: s.is_important(&r.field),
                    help: r.help,
                    field: r.field,
                }
            })
            .collect()
    }

    /// Every field asked, urgent first, then by the resident's wish (oui, plus tard, not asked,
    /// non), then by level, a situation with a date first within a level (`pressing`), then in
    /// the canonical order.
    pub fn results(&self, s: &Session) -> Vec<FieldResult> {
        let mut out: Vec<FieldResult> = self
            .fields()
            .map(|f| FieldResult {
                field: f.id,
                level: self.level(s, &f.id),
                help: s.help_for(&f.id),
                skipped: s.is_skipped(&f.id),
                needs: self.needs(s, &f.id),
                pressing: !s.is_skipped(&f.id)
                    && self
                        .chosen(s, f)
                        .any(|(_, a)| a.pressing || a.pressing_if.as_ref().is_some_and(|c| self.holds(s, c))),
            })
            .collect();
        let wish = |r: &FieldResult| match r.help {
            Some(Help::Oui) => 0,
            Some(Help::PlusTard) => 1,
            None => 2,
            Some(Help::Non) => 3,
        };
        let key = |r: &FieldResult| (r.level != Some(Level::Urgent), wish(r), std::cmp::Reverse(r.level), !r.pressing);
        // A stable insertion sort: eight items, and far less code in the bundle than `sort`.
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && key(&out[j - 1]) > key(&out[j]) {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No false reassurance (issue 21): a field reads « sans difficulté » only when the facts its
    /// screening asks were all said.
    #[test]
    fn a_field_is_fine_only_when_its_screening_facts_were_all_said() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = Session::default();
        let said = |s: &mut Session, q: &str, a: &str| s.set_answer(q.into(), Response::Chosen(vec![a.into()]));
        said(&mut s, "savoirs-lire", "seul");
        assert_eq!(d.level(&s, "savoirs"), None, "speaking and the diploma unsaid");
        said(&mut s, "savoirs-oral", "tout");
        s.set_answer("savoirs-diplome".into(), Response::DontKnow);
        assert_eq!(d.level(&s, "savoirs"), None, "one fact unknown, too few to be « à voir ensemble »");
        said(&mut s, "savoirs-diplome", "bac");
        assert_eq!(d.level(&s, "savoirs"), Some(Level::Ok));
        said(&mut s, "mobilite-transports", "facile");
        assert_eq!(d.level(&s, "mobilite"), None, "the licence unsaid");
        said(&mut s, "mobilite-permis", "non");
        assert_eq!(d.level(&s, "mobilite"), Some(Level::AVoir), "no licence is something to see");
    }

    /// An urgent answer's follow-up (`then`) is a need of its own, weighed as a frein, given for
    /// the same answer; a heavier answer naming the same thématique still decides its weight.
    #[test]
    fn what_follows_an_urgency_weighs_as_a_frein() {
        let d = Diagnostic::new(Questionnaire::builtin(), &[]);
        let mut s = Session::default();
        s.set_answer("finances-essentiel".into(), Response::Chosen(vec!["manger".into()]));
        let needs = |s: &Session| -> Vec<(String, Level)> {
            d.needs(s, "finances").into_iter().map(|n| (n.thematique, n.signal)).collect()
        };
        let droits = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits".to_string();
        assert_eq!(
            needs(&s),
            [("equipement-et-alimentation--alimentation".to_string(), Level::Urgent), (droits.clone(), Level::Frein)]
        );
        assert!(d.needs(&s, "finances").iter().all(|n| n.why == "why-finances-essentiel-manger"));
        // No income at all calls for the rights now: urgent.
        s.set_answer("finances-revenus".into(), Response::Chosen(vec!["rien".into()]));
        assert!(needs(&s).contains(&(droits, Level::Urgent)));
    }
}
