//! « Ma feuille de route », computed: which barriers go on it and in which order, each with its
//! contacts, the reason for each, and the next step (who, where, when, what to bring); the
//! resident's other answers; what is private; the plain-text summary a resident copies or sends
//! by e-mail; the anonymous count. The results screen and the print only render a [`Plan`].

use crate::engine::config::Config;
use crate::engine::contacts::card::{card, Card, Phone};
use crate::engine::contacts::hours::LocalTime;
use crate::engine::contacts::matching::{
    contacts_for, rules_for, Context, Rule, GENERALIST, GENERALIST_MIN, GENERALIST_THEMES, TOP,
};
use crate::engine::contacts::model::{Commune, Directory};
use crate::engine::contacts::opening::{opening_at, weekly};
use crate::engine::diagnostic::questionnaire::{Emergency, Level};
use crate::engine::diagnostic::{Diagnostic, FieldResult, Help, Need, Session};
use crate::engine::formats::lower;
use crate::engine::messages::{keys, Catalog};
use crate::engine::FieldId;

/// Fields whose answers are special-category data (GDPR): never counted, and left out of the
/// take-away link, the copied text, the e-mail and the print unless the resident asks for them.
/// A field with a safety answer (violence, a child in danger, dark thoughts) is private too
/// (`Diagnostic::safety`, `private_fields`).
pub const PRIVATE_FIELDS: &[&str] = &["sante"];

/// The roadmap's entry for the one generalist of a run answered mostly « je ne sais pas »
/// (`field-ensemble`, « Faire le point sur tout »).
pub const GENERALIST_FIELD: &str = "ensemble";

/// The neutral page « Quitter vite » leaves for: a search engine's home page, the most ordinary
/// sight on any phone, which says nothing of what was on the screen (violence-support sites do
/// the same).
pub const NEUTRAL_PAGE: &str = "https://www.google.fr/";

/// The fields private in this session: health, and any field with a safety answer.
pub fn private_fields(d: &Diagnostic, s: &Session) -> Vec<FieldId> {
    d.fields().filter(|f| PRIVATE_FIELDS.contains(&&*f.id) || d.safety(s, Some(&f.id))).map(|f| f.id).collect()
}

/// The next step for a barrier, from the contact to call first: what to do first when it is
/// urgent, who and how, when (on screen: open now or next; on paper: the week's hours), what
/// to bring, and the contact's number or website to act on at once. A service only a
/// professional can mobilise is worded for the counsellor. On a phone the roadmap's top shows
/// each step but what to bring, which unfolds with the contacts (issue 15).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NextStep {
    /// Urgent: the emergency numbers to call first, or that nobody is reachable now.
    pub first: Vec<String>,
    pub how: Option<String>,
    /// « Ouvert maintenant, jusqu'à 17 h »: on screen only.
    pub when: Option<String>,
    /// The week's hours: on paper and in the copied text, which are read later.
    pub week: Option<String>,
    /// Never for an urgent barrier.
    pub bring: Option<String>,
    /// The same contact's number, to call from the step itself. Never for a service only a
    /// professional can mobilise (the step says to ask them).
    pub call: Option<Phone>,
    /// Its website, when it has no number to call.
    pub web: Option<String>,
    /// Beside a call button when the contact is closed now: when to call (« À appeler lundi à
    /// partir de 9 h »), on screen only.
    pub call_when: Option<String>,
}

impl NextStep {
    /// Closed now with a number: « Fermé maintenant : à appeler demain à partir de 9 h » says it
    /// all, in place of « Fermé maintenant. Ouvre demain à 9 h » (the same hours, twice on a phone).
    fn said_once(self) -> Self {
        NextStep { when: self.when.filter(|_| self.call_when.is_none()), ..self }
    }

    /// Every line as the screen shows it, in order (« now », not the week's hours).
    pub fn screen(&self) -> Vec<String> {
        self.first
            .iter()
            .chain(&self.how)
            .chain(&self.when)
            .chain(&self.call_when)
            .chain(&self.bring)
            .cloned()
            .collect()
    }

    /// Every line, as the copied text says it (the week's hours, not « now »).
    pub fn lines(&self) -> impl Iterator<Item = &String> {
        self.first.iter().chain(&self.how).chain(&self.week).chain(&self.bring)
    }
}

/// What to bring is what the service itself states (`conditions_acces`), or nothing: never a
/// list for the whole theme.
pub fn next_step(t: &Catalog, card: &Card, now: LocalTime) -> NextStep {
    let step = NextStep {
        first: Vec::new(),
        how: Some(how(t, card)),
        when: card.hours.as_deref().map(|h| opening_at(t, h, now, card.departement.as_deref(), card.place.as_ref())),
        week: card.hours.as_deref().map(|h| week(t, h)),
        bring: card.conditions.as_deref().map(|c| t.format(keys::UI_NEXT_CONDITIONS, &[("conditions", c)])),
        ..ways(t, card, now)
    };
    step.said_once()
}

/// The step's own way to reach its contact: its number, else its website; none for a service
/// only a professional can mobilise.
fn ways(t: &Catalog, card: &Card, now: LocalTime) -> NextStep {
    let card = Some(card).filter(|c| !c.professional);
    let call = card.and_then(|c| c.phone.clone());
    NextStep {
        call_when: card.filter(|_| call.is_some()).and_then(|c| call_when(t, c, now)),
        call,
        web: card.filter(|c| c.phone.is_none()).and_then(|c| c.web.clone()),
        ..NextStep::default()
    }
}

/// The next step of an urgent barrier: someone reachable now, never a closed place, never
/// papers to bring. Violence, a child in danger, dark thoughts (`safety`): the specialised
/// number first. No contact reachable now: said so, the emergency numbers first.
pub fn urgent_step(t: &Catalog, numbers: &[&Emergency], safety: bool, card: Option<&Card>, now: LocalTime) -> NextStep {
    let call = |e: &&Emergency| {
        let key = if e.sms { keys::UI_NEXT_EMERGENCY_SMS } else { keys::UI_NEXT_EMERGENCY };
        t.format(key, &[("number", &e.number), ("what", t.t(&e.key()))])
    };
    let mut first = Vec::new();
    let reachable = card.filter(|c| c.open_now && !c.professional);
    if safety || reachable.is_none() {
        first.extend(numbers.iter().map(call));
    }
    // A service open now that only the counsellor can mobilise (the accompanied mode) is not
    // reached by the resident's own call (`Card::open_now`), but it is open: « nobody is open »
    // would contradict its « Ouvert 24 h/24 » two lines below.
    let open = |c: &Card| status_now(c, now).is_some_and(|s| s.state == crate::engine::contacts::hours::State::Open);
    if card.is_some_and(|c| !(c.open_now || c.professional && open(c))) {
        first.push(t.t(keys::UI_NEXT_NONE_NOW).to_string());
    }
    NextStep {
        first,
        how: card.map(|c| how(t, c)),
        when: card
            .and_then(|c| Some(opening_at(t, c.hours.as_deref()?, now, c.departement.as_deref(), c.place.as_ref()))),
        week: card.and_then(|c| c.hours.as_deref()).map(|h| week(t, h)),
        bring: None,
        ..card.map(|c| ways(t, c, now)).unwrap_or_default()
    }
    .said_once()
}

/// Where the contact's hours stand now, when it has readable ones.
fn status_now(card: &Card, now: LocalTime) -> Option<crate::engine::contacts::hours::Status> {
    use crate::engine::contacts::hours;
    let schedule = hours::parse(card.hours.as_deref()?)?;
    Some(hours::status_at(&schedule, now, card.departement.as_deref(), card.place.as_ref()))
}

/// When to call a contact closed now: the day and time it opens, within the week (its hours
/// are the only word on when someone answers). A step that sends the resident there in person
/// says it opens, in person and by phone, not « à appeler » under « Allez sur place ».
fn call_when(t: &Catalog, card: &Card, now: LocalTime) -> Option<String> {
    use crate::engine::contacts::hours::State;
    let s = status_now(card, now)?;
    let (at, State::Open, n) = s.next.filter(|_| s.state == State::Closed)? else { return None };
    let time = crate::engine::contacts::opening::time(t, at.minutes);
    let way = if walks_in(t, card) { "go" } else { "call" };
    Some(match n {
        0 => t.format(keys::UI_CALL_TODAY, &[("time", &time), ("way", way)]),
        1 => t.format(keys::UI_CALL_TOMORROW, &[("time", &time), ("way", way)]),
        2..=6 => t.format(
            keys::UI_CALL_ON,
            &[("day", t.t(keys::UI_DAY[usize::from(at.weekday)])), ("time", &time), ("way", way)],
        ),
        _ => return None,
    })
}

/// The step sends the resident to the place, without an appointment (« Allez sur place, sans
/// rendez-vous »); a name that says « sans rendez-vous » already is called instead, so that it is
/// not said twice.
fn walks_in(t: &Catalog, card: &Card) -> bool {
    let said = lower(&card.title).contains(&lower(t.t(keys::UI_CONTACT_WALK_IN)));
    card.address.is_some() && card.walk_in && !said
}

/// How to reach a contact: walk in, call, go, online, or through the counsellor.
fn how(t: &Catalog, card: &Card) -> String {
    let who = &card.title;
    if card.professional {
        return t.format(keys::UI_NEXT_PROFESSIONAL, &[("who", who)]);
    }
    match (&card.address, walks_in(t, card), &card.phone, &card.web) {
        (Some(a), true, _, _) => t.format(keys::UI_NEXT_WALK_IN, &[("who", who), ("address", a)]),
        (_, _, Some(phone), _) => t.format(keys::UI_NEXT_CALL, &[("who", who), ("phone", &phone.shown)]),
        (Some(a), false, None, _) => t.format(keys::UI_NEXT_GO, &[("who", who), ("address", a)]),
        (None, _, None, Some(_)) => t.format(keys::UI_NEXT_ONLINE, &[("who", who)]),
        _ => t.format(keys::UI_NEXT_ASK, &[("who", who)]),
    }
}

/// Where the contacts come from, as the results see them: `D` is how the directory is held (a
/// reference for `plan`; the widget keeps it in an `Rc` while the resident answers).
#[derive(Clone, Copy, Debug)]
pub enum Source<D> {
    /// The file is still loading: the roadmap shows its barriers, contacts come next.
    Loading,
    /// The partner's file.
    Local(D),
    /// The national fallback, when the partner's file could not be used.
    National(D),
}

impl<D: std::ops::Deref<Target = Directory>> Source<D> {
    /// The same source, borrowed.
    pub fn as_ref(&self) -> Source<&Directory> {
        match self {
            Source::Loading => Source::Loading,
            Source::Local(d) => Source::Local(d),
            Source::National(d) => Source::National(d),
        }
    }
}

/// Where and for whom contacts are sought: the resident's commune, else the partner's.
pub fn context(d: &Diagnostic, s: &Session, config: &Config) -> Context {
    Context {
        mode: s.mode,
        commune: s.commune.clone().or_else(|| config.commune.clone()),
        highlight: config.highlight.clone(),
        profile: d.profile(s),
        now: None,
        rules: Vec::new(),
    }
}

/// A contact on the roadmap, worded for this moment: the card, why it is there, whether it is
/// open now (on screen only: paper never says « ouvert maintenant »), its hours for the week
/// (on paper, and on demand on screen), and its facts (walk-in, free, distance, remote).
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub card: Card,
    /// « Parce que vous avez dit : … ».
    pub reason: String,
    /// « Ouvert maintenant, jusqu'à 17 h », « Ouvre lundi à 9 h »…
    pub now: Option<String>,
    /// The week's hours in words, or as written when they cannot be put in words.
    pub week: Option<String>,
    pub facts: Vec<String>,
    /// What the service helps with, in the interface's language (the data's own words are
    /// French): « Aide pour : Garde d'enfants, Soutien aux aidants ».
    pub helps: Option<String>,
}

/// A barrier the resident wants help with (or an urgent one), on the roadmap.
#[derive(Clone, Debug, PartialEq)]
pub struct Barrier {
    /// The field's id, or the generalist's (`GENERALIST_FIELD`).
    pub field: String,
    /// Its name's message key (`field-{id}`).
    pub name_key: &'static str,
    /// The field's pictogram (`content/questionnaire.toml`), beside its title.
    pub picto: Option<String>,
    pub level: Option<Level>,
    /// Message key of the level's sentence, e.g. `field-logement-urgent`.
    pub level_key: Option<&'static str>,
    /// The next step, from the contact to call first.
    pub next: Option<NextStep>,
    pub contacts: Vec<Contact>,
    /// The counsellor's note (accompanied mode only, printed on the fiche de liaison).
    pub note: Option<String>,
    /// Special-category data: left out of what leaves the screen unless asked for.
    pub private: bool,
}

impl Barrier {
    /// Urgent: its sentence and its step's emergency numbers are never folded away on screen;
    /// they stand at the top of the roadmap with its step.
    pub fn urgent(&self) -> bool {
        self.level == Some(Level::Urgent)
    }
}

/// Another answer: a field the resident does not want help with, skipped or not answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Other {
    pub field: FieldId,
    pub level: Option<Level>,
    /// Message key of what the widget says of it.
    pub sentence_key: &'static str,
    /// Message key of the resident's wish, when asked.
    pub wish_key: Option<&'static str>,
    /// The first question to answer it now, when skipped or unanswered.
    pub answer: Option<String>,
    pub note: Option<String>,
    /// Health or safety: left out of the print unless asked for.
    pub private: bool,
}

/// Everything « Ma feuille de route » and its print show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub barriers: Vec<Barrier>,
    pub others: Vec<Other>,
    /// Contacts are still loading.
    pub loading: bool,
    /// The partner's file could not be used: the national contacts are shown.
    pub national: bool,
    /// The communes of the contacts file, to choose one's own.
    pub communes: Vec<Commune>,
    /// The commune contacts are sought around.
    pub commune: Option<String>,
    /// The resident answered a private field (the choice to include it in the link is offered).
    pub has_private: bool,
    /// What the profile adds under the first steps (message keys): show it to one's counsellor,
    /// school before 16.
    pub lines: Vec<String>,
    /// How many barriers stand unfolded at the top (urgent ones, then the resident's marked ones
    /// if any, else the next, up to `TOP`); the others wait under « Autres sujets ».
    pub top: usize,
}

/// On the roadmap: the resident asked for help (now or later), or it is urgent.
pub fn wanted(r: &FieldResult) -> bool {
    r.level > Some(Level::Ok) && (matches!(r.help, Some(Help::Oui | Help::PlusTard)) || r.level == Some(Level::Urgent))
}

/// The week's hours of a contact, for paper and for the resident who asks: in words, or as
/// written when they cannot be put in words.
pub fn week(t: &Catalog, text: &str) -> String {
    match weekly(t, text) {
        Some(w) => t.format(keys::UI_CONTACT_WEEK, &[("week", &w)]),
        None => t.format(keys::UI_CONTACT_HOURS, &[("hours", text)]),
    }
}

/// The facts of a contact card that do not change with the time of day.
pub fn facts(t: &Catalog, c: &Card) -> Vec<String> {
    let mut facts = Vec::new();
    if c.walk_in {
        facts.push(t.t(keys::UI_CONTACT_WALK_IN).into());
    }
    match c.free {
        Some(true) => facts.push(t.t(keys::UI_CONTACT_FREE).into()),
        Some(false) => facts.push(t.t(keys::UI_CONTACT_PAID).into()),
        None => {}
    }
    match (&c.distance, c.in_person) {
        (Some(d), _) => facts.push(t.format(keys::UI_CONTACT_DISTANCE, &[("distance", &d.said(t))])),
        (None, true) => facts.push(t.t(keys::UI_CONTACT_IN_PERSON).into()),
        _ => {}
    }
    if c.remote {
        facts.push(t.t(keys::UI_CONTACT_REMOTE).into());
    }
    facts
}

/// The labels of what a service helps with, the resident's needs first, three at most.
pub fn helps(t: &Catalog, c: &Card, needs: &[crate::engine::diagnostic::Need]) -> Option<String> {
    let needed = |x: &&String| needs.iter().any(|n| n.thematique == **x);
    let codes = c.thematiques.iter().filter(needed).chain(c.thematiques.iter().filter(|x| !needed(x)));
    let labels: Vec<String> = codes
        .map(|x| format!("thematique-{x}"))
        .filter(|k| Catalog::has(k))
        .take(3)
        .map(|k| t.t(&k).to_string())
        .collect();
    let comma = if t.dir() == "rtl" { "، " } else { ", " };
    (!labels.is_empty()).then(|| t.format(keys::UI_CONTACT_HELPS, &[("list", &labels.join(comma))]))
}

/// The roadmap of a session: pure, so every rule here is tested natively.
pub fn plan(
    t: &Catalog,
    d: &Diagnostic,
    s: &Session,
    source: Source<&Directory>,
    ctx: &Context,
    now: LocalTime,
) -> Plan {
    let results = d.results(s);
    let private = private_fields(d, s);
    let is_private = |f: &str| private.iter().any(|x| x == f);
    let ctx = &Context { now: Some(now), ..ctx.clone() };
    let note =
        |f: &str| s.accompanied().then(|| s.notes.iter().find(|(x, _)| x == f).map(|(_, n)| n.clone())).flatten();
    let directory = match source {
        Source::Loading => None,
        Source::Local(dir) | Source::National(dir) => Some(dir),
    };
    let barrier = |f: &str, level: Option<Level>, needs: &[Need], rules: Vec<&'static Rule>| {
        let ctx = &Context { rules, ..ctx.clone() };
        let cards: Vec<Card> =
            directory.map(|dir| contacts_for(dir, needs, ctx).iter().map(card).collect()).unwrap_or_default();
        {
            let next = if level == Some(Level::Urgent) {
                match directory {
                    // Someone reachable now if there is one, whatever the ranking's order says.
                    Some(_) => {
                        let reach = cards.iter().find(|c| c.open_now && !c.professional).or(cards.first());
                        Some(urgent_step(t, &d.field_emergencies(s, f), d.safety(s, Some(f)), reach, now))
                    }
                    None => None,
                }
            } else {
                cards.first().map(|c| next_step(t, c, now))
            };
            Barrier {
                field: f.to_string(),
                name_key: FieldId::parse(f).map_or(keys::FIELD_ENSEMBLE, FieldId::key),
                picto: d.questionnaire.field(f).and_then(|x| x.picto.as_deref()).map(String::from),
                level,
                level_key: level.zip(FieldId::parse(f)).map(|(l, f)| l.sentence_key(f)),
                next,
                contacts: cards
                    .into_iter()
                    .map(|c| Contact {
                        reason: t.format(keys::UI_CONTACT_BECAUSE, &[("why", t.t(&c.why))]),
                        now: c
                            .hours
                            .as_deref()
                            .map(|h| opening_at(t, h, now, c.departement.as_deref(), c.place.as_ref())),
                        week: c.hours.as_deref().map(|h| week(t, h)),
                        facts: facts(t, &c),
                        helps: helps(t, &c, needs),
                        card: c,
                    })
                    .collect(),
                note: note(f),
                private: is_private(f),
            }
        }
    };
    let mut barriers: Vec<Barrier> = results
        .iter()
        .filter(|r| wanted(r))
        .map(|r| barrier(&r.field, r.level, &r.needs, rules_for(d, s, &r.field)))
        .collect();
    // The resident's own top (issue 21): after the urgent fields, those marked « le plus
    // important pour moi », in the questionnaire's order among themselves; then the others.
    let place = |b: &Barrier| {
        let marked = s.is_important(&b.field).then(|| d.fields().position(|f| f.id == b.field));
        (!b.urgent(), marked.is_none(), marked.flatten())
    };
    for i in 1..barriers.len() {
        let mut j = i;
        while j > 0 && place(&barriers[j - 1]) > place(&barriers[j]) {
            barriers.swap(j - 1, j);
            j -= 1;
        }
    }
    // Mostly « je ne sais pas »: one generalist to go through everything with leads, after any
    // urgent field, and the unsure fields wait among the other answers (`content/matching.toml`).
    let unsure: Vec<String> =
        barriers.iter().filter(|b| b.level == Some(Level::Ensemble)).map(|b| b.field.clone()).collect();
    let generalist = unsure.len() >= GENERALIST_MIN && unsure.len() * 2 > barriers.len();
    if generalist {
        barriers.retain(|b| b.level != Some(Level::Ensemble));
        let needs: Vec<Need> = GENERALIST_THEMES
            .iter()
            .map(|t| Need { thematique: t.to_string(), why: keys::WHY_ENSEMBLE.into(), signal: Level::Ensemble })
            .collect();
        let mut g = barrier(GENERALIST_FIELD, Some(Level::Ensemble), &needs, vec![&GENERALIST]);
        g.level_key = Some(keys::UI_LEVEL_GENERALIST);
        g.picto = Some("people".into());
        g.contacts.truncate(1);
        let at = barriers.iter().take_while(|b| b.urgent()).count();
        barriers.insert(at, g);
    }
    let moved = |r: &&FieldResult| generalist && unsure.iter().any(|u| *u == r.field);
    let others = results
        .iter()
        .filter(|r| !wanted(r) || moved(r))
        .map(|r| {
            let f = &r.field;
            Other {
                field: *f,
                level: r.level,
                sentence_key: match (r.skipped, r.level) {
                    (true, _) => keys::UI_RESULTS_SKIPPED,
                    (false, Some(l)) => l.sentence_key(*f),
                    (false, None) => keys::UI_RESULTS_UNANSWERED,
                },
                wish_key: r.help.map(Help::results_key),
                answer: d.first_question(f).filter(|_| r.skipped || r.level.is_none()).map(String::from),
                note: note(f),
                private: is_private(f),
            }
        })
        .collect();
    // Unfolded: the urgent fields, the generalist, and the resident's marked fields when there
    // are any (three at most, urgent ones always), else the first three.
    let urgent = barriers.iter().filter(|b| b.urgent()).count();
    let marked = barriers.iter().filter(|b| !b.urgent() && s.is_important(&b.field)).count();
    let top = match marked {
        0 => urgent.max(TOP),
        _ => (urgent + usize::from(generalist) + marked).min(TOP).max(urgent),
    }
    .min(barriers.len());
    let communes = match source {
        Source::Local(dir) => dir.communes.clone(),
        _ => Vec::new(),
    };
    Plan {
        others,
        loading: matches!(source, Source::Loading),
        national: matches!(source, Source::National(_)),
        communes,
        commune: ctx.commune.clone(),
        has_private: results.iter().any(|r| is_private(&r.field) && (r.level.is_some() || r.skipped)),
        lines: d.roadmap_lines(s).into_iter().map(String::from).collect(),
        top,
        barriers,
    }
}

impl Plan {
    /// The roadmap as plain text, for the clipboard and an e-mail: private barriers only when
    /// the resident asked for them (`with_private`), as for the link.
    pub fn text(&self, t: &Catalog, date: &str, partner: Option<&str>, link: &str, with_private: bool) -> String {
        let mut out =
            format!("{}\n{}", t.t(keys::UI_ROADMAP_TITLE), t.format(keys::UI_ROADMAP_DATE, &[("date", date)]));
        if let Some(p) = partner {
            out.push_str(&format!(" · {}", t.format(keys::UI_PARTNER, &[("partner", p)])));
        }
        out.push('\n');
        let shown: Vec<&Barrier> = self.barriers.iter().filter(|b| with_private || !b.private).collect();
        if shown.is_empty() {
            out.push_str(&format!("\n{}\n", t.t(keys::UI_ROADMAP_EMPTY)));
        }
        for (i, b) in shown.iter().enumerate() {
            out.push_str(&format!("\n{}. {}\n", i + 1, t.t(b.name_key)));
            if let Some(n) = &b.next {
                for line in n.lines() {
                    out.push_str(&format!("   {line}\n"));
                }
            }
            // As on the screen: no contact for this theme, then who can advise (never a bare heading).
            if b.contacts.is_empty() && !self.loading {
                out.push_str(&format!("   {}\n", t.t(keys::UI_CONTACTS_NONE)));
            }
            for c in &b.contacts {
                let c = &c.card;
                let mut line = format!("   - {}", c.title);
                if let Some(phone) = &c.phone {
                    line.push_str(&format!(" · {}", phone.shown));
                }
                if let Some(a) = &c.address {
                    line.push_str(&format!(" · {a}"));
                }
                if let Some(w) = &c.web {
                    line.push_str(&format!(" · {w}"));
                }
                out.push_str(&line);
                out.push('\n');
            }
        }
        for line in self.lines.iter().filter(|_| !shown.is_empty()) {
            out.push_str(&format!("\n{}\n", t.t(line)));
        }
        out.push_str(&format!("\n{}\n{link}\n", t.t(keys::UI_ROADMAP_LINK)));
        out
    }
}

/// Ends `s` as a sentence, so a voice pauses after it.
fn sentence(s: &str) -> String {
    let s = s.trim();
    match s.chars().last() {
        None => String::new(),
        Some('.' | '!' | '?' | '…' | ':' | '؟') => s.to_string(),
        Some(_) => format!("{s}."),
    }
}

impl Plan {
    /// The roadmap as « Écouter » reads it, one part per utterance: what the screen says, in its
    /// order, with the words of the links and never their addresses; it ends on how to keep it.
    /// Private barriers only when the resident asked for them (`with_private`), as on paper.
    pub fn spoken(&self, t: &Catalog, date: &str, partner: Option<&str>, with_private: bool) -> Vec<String> {
        let mut head =
            vec![sentence(t.t(keys::UI_ROADMAP_TITLE)), sentence(&t.format(keys::UI_ROADMAP_DATE, &[("date", date)]))];
        if let Some(p) = partner {
            head.push(sentence(&t.format(keys::UI_PARTNER, &[("partner", p)])));
        }
        let shown: Vec<&Barrier> = self.barriers.iter().filter(|b| with_private || !b.private).collect();
        head.push(sentence(&if shown.is_empty() {
            t.t(keys::UI_ROADMAP_EMPTY).to_string()
        } else {
            t.format_with(keys::UI_ROADMAP_INTRO, &[("count", shown.len().into())])
        }));
        let mut parts = vec![head.join(" ")];
        for (i, b) in shown.iter().enumerate() {
            let mut p = vec![sentence(&format!("{}. {}", i + 1, t.t(b.name_key)))];
            p.extend(b.level_key.as_ref().map(|k| sentence(t.t(k))));
            if let Some(n) = &b.next {
                p.push(format!("{} :", t.t(keys::UI_ROADMAP_NEXT)));
                p.extend(n.screen().iter().map(|l| sentence(l)));
            }
            if !b.contacts.is_empty() {
                p.push(format!("{} :", t.t(keys::UI_CONTACTS_TITLE)));
            } else if !self.loading {
                p.push(sentence(t.t(keys::UI_CONTACTS_NONE)));
            }
            for c in &b.contacts {
                let c = &c.card;
                p.push(sentence(&c.title));
                p.extend(c.organisation.as_deref().map(sentence));
                p.extend(c.phone.as_ref().map(|p| sentence(&t.format(keys::UI_CONTACT_CALL, &[("phone", &p.shown)]))));
                p.extend(c.address.as_deref().map(sentence));
                if c.web.is_some() {
                    p.push(sentence(t.t(keys::UI_CONTACT_WEB)));
                }
            }
            parts.push(p.join(" "));
        }
        parts.extend(self.lines.iter().filter(|_| !shown.is_empty()).map(|line| sentence(t.t(line))));
        let others: Vec<&Other> = self.others.iter().filter(|o| with_private || !o.private).collect();
        if !others.is_empty() {
            let mut p = vec![sentence(t.t(keys::UI_ROADMAP_OTHERS))];
            for o in others {
                p.push(sentence(t.t(o.field.key())));
                p.push(sentence(t.t(o.sentence_key)));
            }
            parts.push(p.join(" "));
        }
        parts.push(format!("{} {}", sentence(t.t(keys::UI_KEEP_TITLE)), sentence(t.t(keys::UI_KEEP_TEXT))));
        parts
    }
}

/// The anonymous count (SPEC §3): each field's level, never an answer, never a private field
/// (health, or a field with a safety answer).
pub fn count(d: &Diagnostic, s: &Session) -> Vec<(FieldId, Level)> {
    let private = private_fields(d, s);
    d.results(s).into_iter().filter(|r| !private.contains(&r.field)).filter_map(|r| Some((r.field, r.level?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::config::Mode;

    use crate::engine::diagnostic::{Action, Response};

    /// A weekday of the week of Monday 7 December 2026, no holiday in it.
    fn at(weekday: u8, minutes: u16) -> LocalTime {
        LocalTime { year: 2026, month: 12, day: 7 + weekday, weekday, minutes }
    }

    fn card() -> Card {
        Card {
            id: "s".into(),
            title: "Relais petite enfance".into(),
            organisation: None,
            summary: "Une animatrice vous aide.".into(),
            why: "why-famille-garde-aucune".into(),
            first: true,
            professional: false,
            open_now: false,
            free: Some(true),
            walk_in: true,
            remote: false,
            in_person: true,
            distance: Some(crate::engine::contacts::card::Distance::Metres(400)),
            phone: Some(Phone { shown: "01 99 00 13 30".into(), href: "tel:0199001330".into() }),
            web: None,
            email: None,
            address: Some("6 rue de la Crèche, 93900 Villeneuve-sur-Demo".into()),
            map: None,
            hours: Some("Mo-Fr 09:00-12:00,13:30-17:00".into()),
            conditions: Some("Livret de famille.".into()),
            departement: Some("93".into()),
            place: None,
            thematiques: vec!["famille--soutien-aidants".into(), "famille--garde-denfants".into()],
        }
    }

    #[test]
    fn the_next_step_says_who_where_when_and_what_to_bring() {
        let t = Catalog::new("fr");
        let n = next_step(&t, &card(), at(0, 10 * 60));
        assert_eq!(
            n.how.as_deref(),
            Some("Allez sur place, sans rendez-vous : Relais petite enfance, 6 rue de la Crèche, 93900 Villeneuve-sur-Demo.")
        );
        assert_eq!(n.when.as_deref(), Some("Ouvert maintenant, jusqu'à 12 h"));
        assert!(n.week.as_deref().is_some_and(|w| w.starts_with("Horaires")), "{:?}", n.week);
        assert_eq!(n.bring.as_deref(), Some("Ce service demande : Livret de famille."), "its own words");
        let unsaid = next_step(&t, &Card { conditions: None, ..card() }, at(0, 600));
        assert_eq!(unsaid.bring, None, "nothing said when the service says nothing: no list for the theme");
        let call = Card { walk_in: false, ..card() };
        assert!(next_step(&t, &call, at(5, 600))
            .how
            .is_some_and(|h| h.starts_with("Appelez le 01 99 00 13 30 : Relais petite enfance")));
        let lunch = next_step(&t, &card(), at(0, 12 * 60 + 15));
        // Closed now with a number: when it opens says it, beside the button, not the opening hours
        // a second time; sent there in person, it opens « sur place et au téléphone ».
        assert_eq!(lunch.when, None);
        assert_eq!(
            lunch.call_when.as_deref(),
            Some("Fermé maintenant : ouvre aujourd'hui à 13 h 30, sur place et au téléphone.")
        );
        let online = Card { phone: None, ..card() };
        assert_eq!(
            next_step(&t, &online, at(0, 12 * 60 + 15)).when.as_deref(),
            Some("Fermé maintenant. Ouvre aujourd'hui à 13 h 30")
        );
        let raw = Card { hours: Some("le matin, sauf vacances".into()), ..card() };
        assert_eq!(next_step(&t, &raw, at(0, 0)).when.as_deref(), Some("Horaires : le matin, sauf vacances"));
    }

    /// Issue 22, item 9: a service's name is not a person to « go and see », a name starting
    /// with a vowel needs no « de », « sans rendez-vous » is said once, and a call button beside
    /// a closed place says when to call.
    #[test]
    fn the_next_step_reads_well_whatever_the_service_is_called() {
        let t = Catalog::new("fr");
        let step = |c: Card| next_step(&t, &c, at(0, 600)).how.unwrap();
        let wifi = Card { title: "Ordinateurs et wifi en accès libre".into(), ..card() };
        assert!(!step(wifi).contains("Allez voir"));
        let epicerie = Card { title: "Épicerie solidaire".into(), professional: true, ..card() };
        assert_eq!(step(epicerie), "Votre conseiller peut faire la demande pour vous : Épicerie solidaire.");
        let point = Card { title: "Point écoute sans rendez-vous (Demo)".into(), ..card() };
        assert_eq!(step(point).matches("sans rendez-vous").count(), 1);
        // Closed at lunch, at night, on Saturday: when to call, beside the button.
        let when = |c: &Card, at: LocalTime| next_step(&t, c, at).call_when;
        let call = Card { walk_in: false, ..card() };
        assert_eq!(when(&call, at(0, 600)), None, "open now: call now");
        assert_eq!(
            when(&call, at(0, 12 * 60 + 15)).as_deref(),
            Some("Fermé maintenant : à appeler aujourd'hui à partir de 13 h 30.")
        );
        assert_eq!(
            when(&call, at(1, 20 * 60)).as_deref(),
            Some("Fermé maintenant : à appeler demain à partir de 9 h.")
        );
        assert_eq!(when(&call, at(5, 600)).as_deref(), Some("Fermé maintenant : à appeler lundi à partir de 9 h."));
        assert_eq!(when(&Card { phone: None, ..card() }, at(5, 600)), None, "no number, nothing to say");
        // Sent there in person (« Allez sur place, sans rendez-vous »): not « à appeler ».
        assert_eq!(
            when(&card(), at(1, 20 * 60)).as_deref(),
            Some("Fermé maintenant : ouvre demain à 9 h, sur place et au téléphone.")
        );
        assert_eq!(
            when(&card(), at(5, 600)).as_deref(),
            Some("Fermé maintenant : ouvre lundi à 9 h, sur place et au téléphone.")
        );
        let named = Card { title: "Point écoute sans rendez-vous (Demo)".into(), ..card() };
        assert_eq!(
            when(&named, at(5, 600)).as_deref(),
            Some("Fermé maintenant : à appeler lundi à partir de 9 h."),
            "its step is a call"
        );
        let en = Catalog::new("en");
        assert_eq!(
            next_step(&en, &call, at(5, 600)).call_when.as_deref(),
            Some("Closed now: call on Monday from 9:00.")
        );
        assert_eq!(
            next_step(&en, &card(), at(5, 600)).call_when.as_deref(),
            Some("Closed now: opens on Monday at 9:00, in person and by phone.")
        );
    }

    #[test]
    fn the_next_step_carries_its_contact_s_number_else_its_website_never_a_professional_s() {
        let t = Catalog::new("fr");
        let n = next_step(&t, &card(), at(0, 600));
        assert_eq!(n.call, Some(Phone { shown: "01 99 00 13 30".into(), href: "tel:0199001330".into() }));
        assert_eq!(n.web, None, "a number to call: no website beside it");
        let online = Card { phone: None, web: Some("https://example.org/rdv".into()), ..card() };
        let n = next_step(&t, &online, at(0, 600));
        assert_eq!((n.call, n.web.as_deref()), (None, Some("https://example.org/rdv")));
        let pro = Card { professional: true, web: Some("https://example.org".into()), ..card() };
        let n = next_step(&t, &pro, at(0, 600));
        assert_eq!((n.call, n.web), (None, None), "the counsellor asks for it: no call button for the resident");
        // Urgent, the place closed: when it opens is said once, beside its number.
        let closed = urgent_step(&t, &[], true, Some(&card()), at(1, 20 * 60)).screen();
        let said: Vec<_> = closed.iter().filter(|l| l.starts_with("Fermé maintenant")).collect();
        assert_eq!(said, ["Fermé maintenant : ouvre demain à 9 h, sur place et au téléphone."], "{closed:?}");
        let urgent = urgent_step(&t, &[], false, Some(&Card { open_now: true, ..card() }), at(0, 600));
        assert_eq!(urgent.call.map(|c| c.href).as_deref(), Some("tel:0199001330"), "the one reachable now");
        assert_eq!(urgent_step(&t, &[], false, None, at(0, 600)).call, None);
    }

    fn demo() -> Directory {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/contacts/demo.json")).unwrap();
        let today = crate::engine::calendar::Day::ymd(2026, 12, 1);
        crate::engine::contacts::read(&serde_json::from_str::<serde_json::Value>(&text).unwrap(), today).unwrap().0
    }

    fn diagnostic() -> Diagnostic {
        Diagnostic::new(crate::engine::diagnostic::questionnaire::Questionnaire::builtin(), &[])
    }

    /// A resident who sleeps outside (urgent, no wish asked), lacks childcare and wants help,
    /// has money worries but wants no help, and told about their health.
    fn session() -> Session {
        let mut s = Session::default();
        for (q, a) in [
            ("logement-nuit", "dehors"),
            ("famille-garde", "aucune"),
            ("finances-essentiel", "non"),
            ("sante-gene", "un-peu"),
            ("sante-couverture", "aucune"),
        ] {
            s.set_answer(q.into(), Response::Chosen(vec![a.into()]));
        }
        s.set_answer("profil-enfants".into(), Response::Chosen(vec!["oui".into()]));
        s.help = vec![("famille".into(), Help::Oui), ("finances".into(), Help::Non), ("sante".into(), Help::Oui)];
        s.notes = vec![("famille".into(), "Voir la crèche".into())];
        s
    }

    fn ctx(d: &Diagnostic, s: &Session) -> Context {
        context(d, s, &Config { commune: Some("93901".into()), ..Config::default() })
    }

    #[test]
    fn the_roadmap_holds_urgent_and_wanted_barriers_urgent_first() {
        let (t, d, s, dir) = (Catalog::new("fr"), diagnostic(), session(), demo());
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        let fields: Vec<&str> = p.barriers.iter().map(|b| b.field.as_str()).collect();
        assert_eq!(fields[0], "logement", "urgent first, though no wish was asked");
        assert!(fields.contains(&"famille") && !fields.contains(&"finances"), "{fields:?}: « non » keeps it off");
        assert_eq!(p.barriers[0].level_key, Some("field-logement-urgent"));
        assert!(
            p.barriers[0].urgent() && !p.barriers[1..].iter().any(Barrier::urgent),
            "only the urgent one stays unfolded"
        );
        let finances = p.others.iter().find(|o| o.field == "finances").unwrap();
        assert_eq!(finances.wish_key, Some("ui-results-help-non"));
        assert!(finances.answer.is_none(), "answered: nothing to go back to");
        let reseau = p.others.iter().find(|o| o.field == "reseau").unwrap();
        assert_eq!(reseau.sentence_key, "ui-results-unanswered");
        assert_eq!(reseau.answer.as_deref(), Some("reseau-experience"), "unanswered: its first question");
        assert!(!p.loading && !p.national && !p.communes.is_empty() && p.commune.as_deref() == Some("93901"));
    }

    /// Issue 21: urgent first, then the fields the resident marked (in the questionnaire's order
    /// among themselves, whatever the levels), then the others; three unfolded at most.
    #[test]
    fn the_resident_s_marked_fields_lead_after_the_urgent_ones() {
        let (t, d, dir) = (Catalog::new("fr"), diagnostic(), demo());
        let mut s = session();
        for (q, a) in [("mobilite-transports", "impossible"), ("savoirs-lire", "non"), ("reseau-experience", "jamais")]
        {
            s.set_answer(q.into(), Response::Chosen(vec![a.into()]));
        }
        s.help = d.fields().map(|f| (f.id, Help::Oui)).collect();
        s.help.sort();
        let order = |s: &Session| {
            let p = plan(&t, &d, s, Source::Local(&dir), &ctx(&d, s), at(0, 600));
            (p.barriers.iter().map(|b| b.field.clone()).collect::<Vec<_>>(), p.top)
        };
        let (before, top) = order(&s);
        assert_eq!(before[0], "logement");
        assert_eq!(top, 3);
        let famille = before.iter().position(|f| f == "famille").unwrap();
        assert!(famille > 2, "{before:?}: childcare is not at the top unmarked");
        for f in ["sante", "famille", "reseau"] {
            s.apply(&d, Action::Important(f.into(), true));
        }
        let (after, top) = order(&s);
        assert_eq!(&after[..4], ["logement", "reseau", "famille", "sante"], "{after:?}");
        assert_eq!(top, 3, "the urgent field and two marked ones unfolded, the rest under « Autres sujets »");
        s.apply(&d, Action::Important("sante".into(), false));
        s.apply(&d, Action::Important("reseau".into(), false));
        let (after, top) = order(&s);
        assert_eq!(
            (&after[..2], top),
            (&["logement".to_string(), "famille".to_string()][..], 2),
            "only what was marked"
        );
        assert_eq!(after.len(), before.len(), "marks reorder, never add or drop");
        s.apply(&d, Action::Help("reseau".into(), Help::Non));
        assert!(!s.is_important("reseau") && !order(&s).0.contains(&"reseau".to_string()), "« non » unmarks");
    }

    #[test]
    fn each_barrier_has_contacts_with_reasons_and_a_next_step_from_the_first() {
        let (t, d, s, dir) = (Catalog::new("fr"), diagnostic(), session(), demo());
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        let famille = p.barriers.iter().find(|b| b.field == "famille").unwrap();
        assert_eq!(famille.picto.as_deref(), Some("children"), "its pictogram beside its title");
        for b in &p.barriers {
            assert!(!b.contacts.is_empty() && b.contacts.len() <= 3, "{}: {:?}", b.field, b.contacts.len());
            assert!(b.contacts[0].card.first && b.contacts.iter().skip(1).all(|c| !c.card.first));
            assert!(b.contacts.iter().all(|c| c.reason.starts_with("Parce que vous avez dit")), "{:?}", b.contacts);
            if b.level == Some(Level::Urgent) {
                assert!(b.next.as_ref().is_some_and(|n| n.bring.is_none()), "{:?}", b.next);
            } else {
                assert_eq!(b.next, Some(next_step(&t, &b.contacts[0].card, at(0, 600))));
            }
        }
        let loading = plan(&t, &d, &s, Source::Loading, &ctx(&d, &s), at(0, 600));
        assert!(loading.loading && loading.barriers.iter().all(|b| b.contacts.is_empty() && b.next.is_none()));
        let national = plan(&t, &d, &s, Source::National(&dir), &ctx(&d, &s), at(0, 600));
        assert!(national.national && national.communes.is_empty(), "no commune to choose in the national file");
    }

    /// domain.md §2.3 rule 10: a resident who already has a counsellor is told to show them the
    /// roadmap, on the screen, in the copied text and aloud; « non », or no answer, says nothing.
    #[test]
    fn a_resident_with_a_counsellor_is_told_to_show_them_the_roadmap() {
        let (t, d, dir) = (Catalog::new("fr"), diagnostic(), demo());
        let line = t.t(keys::UI_ROADMAP_FOLLOWED);
        for (answer, said) in [(Some("oui"), true), (Some("non"), false), (None, false)] {
            let mut s = session();
            if let Some(a) = answer {
                s.set_answer("profil-suivi".into(), Response::Chosen(vec![a.into()]));
            }
            let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
            assert_eq!(p.lines.iter().any(|l| l == keys::UI_ROADMAP_FOLLOWED), said, "{answer:?}");
            assert_eq!(p.text(&t, "07/12/2026", None, "https://x/#r", false).contains(line), said, "{answer:?}");
            assert_eq!(p.spoken(&t, "07/12/2026", None, false).iter().any(|x| x.contains(line)), said, "{answer:?}");
        }
    }

    #[test]
    fn notes_only_in_the_accompanied_mode() {
        let (t, d, dir) = (Catalog::new("fr"), diagnostic(), demo());
        let s = session();
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        assert!(p.barriers.iter().all(|b| b.note.is_none()));
        let s = Session { mode: Mode::Accompagne, ..session() };
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        let famille = p.barriers.iter().find(|b| b.field == "famille").unwrap();
        assert_eq!(famille.note.as_deref(), Some("Voir la crèche"));
        assert_eq!(ctx(&d, &s).mode, Mode::Accompagne);
    }

    #[test]
    fn the_resident_s_commune_beats_the_partner_s() {
        let (d, s) = (diagnostic(), Session { commune: Some("93902".into()), ..session() });
        assert_eq!(ctx(&d, &s).commune.as_deref(), Some("93902"));
        assert_eq!(ctx(&d, &session()).commune.as_deref(), Some("93901"));
        assert_eq!(ctx(&d, &session()).mode, Mode::Autonome);
    }

    #[test]
    fn health_stays_private_in_the_text_and_never_counts() {
        let (t, d, s, dir) = (Catalog::new("fr"), diagnostic(), session(), demo());
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        assert!(p.has_private);
        assert!(p.barriers.iter().any(|b| b.field == "sante" && b.private));
        let without = p.text(&t, "22/11/2026", Some("Centre social"), "https://x/widget.html#r=1", false);
        let with = p.text(&t, "22/11/2026", Some("Centre social"), "https://x/widget.html#r=1", true);
        let sante = t.t("field-sante");
        assert!(!without.contains(sante) && with.contains(sante), "{without}");
        for needle in
            ["Ma feuille de route", "22/11/2026", "Proposé par Centre social", "1. ", "https://x/widget.html#r=1"]
        {
            assert!(without.contains(needle), "«{needle}» missing from:\n{without}");
        }
        let first = &p.barriers[0].contacts[0].card;
        assert!(without.contains(&first.title) && !without.contains('<'));
        let count = count(&d, &s);
        assert!(count.iter().any(|(f, l)| f == "logement" && *l == Level::Urgent));
        assert!(!count.iter().any(|(f, _)| f == "sante"), "health is never counted");
        assert!(!count.iter().any(|(f, _)| f == "reseau"), "unanswered: nothing to count");
    }

    #[test]
    fn a_voice_pauses_after_each_line() {
        assert_eq!(sentence("  Ouvert maintenant "), "Ouvert maintenant.");
        for done in ["Fin.", "Vraiment ?", "Appelez !", "Et…", "Contacts :", "هل؟"] {
            assert_eq!(sentence(done), done);
        }
        assert_eq!(sentence(" "), "");
    }

    /// « Écouter » says what the screen shows, in its order, the words of the links and never
    /// their addresses, private barriers only when asked for, and ends on how to keep it.
    #[test]
    fn the_roadmap_is_spoken_as_the_screen_shows_it() {
        let (t, d, s, dir) = (Catalog::new("fr"), diagnostic(), session(), demo());
        let p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        let without = p.spoken(&t, "22/11/2026", Some("Centre social"), false);
        let shown = p.barriers.iter().filter(|b| !b.private).count();
        assert!(shown >= 2, "{:?}", p.barriers);
        assert_eq!(without.len(), 1 + shown + usize::from(!p.others.is_empty()) + 1, "{without:#?}");
        assert!(without[0].starts_with("Ma feuille de route. ") && without[0].contains("22/11/2026"), "{}", without[0]);
        assert!(without[0].contains("Proposé par Centre social."), "{}", without[0]);
        let first = format!("1. {}.", t.t(p.barriers[0].name_key));
        assert!(without[1].starts_with(&first), "{} / {first}", without[1]);
        assert!(without[1].contains(&p.barriers[0].contacts[0].card.title), "{}", without[1]);
        let all = without.join(" ");
        assert!(!all.contains("http") && !all.contains("tel:"), "never an address: {all}");
        assert!(!all.contains(t.t("field-sante")), "health only when asked for: {all}");
        assert!(p.spoken(&t, "d", None, true).join(" ").contains(t.t("field-sante")));
        assert!(without.last().unwrap().starts_with(&sentence(t.t("ui-keep-title"))));
        let empty = Plan::default().spoken(&t, "d", None, false);
        assert_eq!(empty.len(), 2);
        assert!(empty[0].ends_with(&sentence(t.t("ui-roadmap-empty"))), "{empty:?}");
    }

    /// A theme with no contact near the resident says who can advise, on paper and aloud as on
    /// the screen: never a bare heading (the national file has none for some themes).
    #[test]
    fn a_theme_without_contacts_says_who_can_advise_in_the_text_and_aloud() {
        let (t, d, s, dir) = (Catalog::new("fr"), diagnostic(), session(), demo());
        let mut p = plan(&t, &d, &s, Source::Local(&dir), &ctx(&d, &s), at(0, 600));
        let none = t.t("ui-contacts-none");
        assert!(!p.text(&t, "d", None, "l", true).contains(none), "every theme has contacts here");
        p.barriers[0].contacts.clear();
        assert_eq!(p.text(&t, "d", None, "l", true).matches(none).count(), 1);
        assert!(p.spoken(&t, "d", None, true)[1].contains(none));
        p.loading = true;
        assert!(!p.text(&t, "d", None, "l", true).contains(none), "still loading: not « none » yet");
    }

    #[test]
    fn an_empty_roadmap_says_so() {
        let (t, d) = (Catalog::new("fr"), diagnostic());
        let s = Session::default();
        let p = plan(&t, &d, &s, Source::Loading, &ctx(&d, &s), at(0, 0));
        assert!(p.barriers.is_empty() && !p.has_private);
        assert!(p.text(&t, "d", None, "l", false).contains(t.t("ui-roadmap-empty")));
    }
}
