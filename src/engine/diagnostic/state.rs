//! A resident's session as data: where they are (the step) and what they said (answers, wishes
//! for help, marks, skipped fields, commune, notes), with the plain reads every layer above
//! needs. What the answers say is the assessment's (`assessment`), where they lead the flow's
//! (`flow`), how actions change them the reducer's (`session`).

use crate::engine::config::Mode;
use crate::engine::messages::keys;
use crate::engine::FieldId;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Welcome,
    /// A question screen, named by the first question of its group (`Diagnostic::screen_of`):
    /// the profile, one question, or a field's screening questions or its detail together (in
    /// the accompanied mode, all of a field's questions).
    Question(String),
    /// "Voulez-vous de l'aide pour cela ?" after a field that signals something.
    Help(FieldId),
    /// Accompanied mode: the eight fields at a glance, answered in any order.
    Overview,
    Results,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    Chosen(Vec<String>),
    DontKnow,
    NoAnswer,
    Skipped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Help {
    Oui,
    PlusTard,
    Non,
}

impl Help {
    pub const ALL: [Help; 3] = [Help::Oui, Help::PlusTard, Help::Non];
    /// The answer's words (`ui-help-{h}`).
    pub fn key(self) -> &'static str {
        keys::UI_HELP[self as usize]
    }

    /// What the roadmap says of the wish (`ui-results-help-{h}`).
    pub fn results_key(self) -> &'static str {
        keys::UI_RESULTS_HELP[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Help::Oui => "oui",
            Help::PlusTard => "plus-tard",
            Help::Non => "non",
        }
    }
}

/// Small maps kept as vectors sorted by id: a few dozen entries, and much less code in the
/// bundle than a BTreeMap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    pub step: Step,
    pub answers: Vec<(String, Response)>,
    pub help: Vec<(FieldId, Help)>,
    /// The fields the resident marked « le plus important pour moi », sorted by id: the
    /// roadmap leads with them after any urgent field. Never a field they said « non » to.
    pub important: Vec<FieldId>,
    /// Fields skipped as a whole.
    pub skipped: Vec<FieldId>,
    /// The resident's commune (INSEE code), chosen among the contacts file's.
    pub commune: Option<String>,
    /// Accompanied: a counsellor and the resident together; autonomous: the resident alone.
    pub mode: Mode,
    /// « Répondu avec aide », printed on the fiche de liaison.
    pub assisted: bool,
    /// The counsellor's note per field, kept on this device only.
    pub notes: Vec<(FieldId, String)>,
    /// The anonymous count was sent (once).
    pub counted: bool,
    /// « Quitter vite » is offered: from the first safety answer for the rest of the visit, even
    /// if the answer is changed back, for whoever the resident fears is still in the room;
    /// cleared answers end it (`Session::apply`). Not stored: a session read back offers it when
    /// it holds a safety answer (`Session::restore`).
    pub quick_exit: bool,
}

pub(crate) fn put<K: Ord, V>(map: &mut Vec<(K, V)>, key: K, value: V) {
    match map.binary_search_by(|(k, _)| k.cmp(&key)) {
        Ok(i) => map[i].1 = value,
        Err(i) => map.insert(i, (key, value)),
    }
}

pub(crate) fn take<K: std::borrow::Borrow<str>, V>(map: &mut Vec<(K, V)>, key: &str) -> Option<V> {
    map.binary_search_by(|(k, _)| k.borrow().cmp(key)).ok().map(|i| map.remove(i).1)
}

impl Session {
    /// A counsellor and the resident together.
    pub fn accompanied(&self) -> bool {
        self.mode == Mode::Accompagne
    }

    pub fn answer(&self, question: &str) -> Option<&Response> {
        self.answers.binary_search_by(|(k, _)| k.as_str().cmp(question)).ok().map(|i| &self.answers[i].1)
    }

    pub fn set_answer(&mut self, question: String, r: Response) {
        put(&mut self.answers, question, r)
    }

    pub fn help_for(&self, field: &str) -> Option<Help> {
        self.help.iter().find(|(f, _)| f == field).map(|(_, h)| *h)
    }

    pub fn is_skipped(&self, field: &str) -> bool {
        self.skipped.iter().any(|f| f == field)
    }

    /// Marked « le plus important pour moi ».
    pub fn is_important(&self, field: &str) -> bool {
        self.important.iter().any(|f| f == field)
    }

    /// Nothing said yet: nothing to keep.
    pub fn is_blank(&self) -> bool {
        self.step == Step::Welcome
            && self.answers.is_empty()
            && self.help.is_empty()
            && self.important.is_empty()
            && self.skipped.is_empty()
            && self.notes.is_empty()
            && self.commune.is_none()
            && !self.assisted
            && !self.counted
    }

    pub fn note(&self, field: &str) -> &str {
        self.notes.iter().find(|(f, _)| f == field).map_or("", |(_, n)| n.as_str())
    }
}
