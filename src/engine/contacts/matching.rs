//! Who can help with a barrier (SPEC §5): the services whose thématiques the resident's answers
//! call for, that they are eligible to, that they can reach, ranked, at most three, each with
//! the answer that brought it.

use crate::engine::codes::{public_bit, theme_bit};
use crate::engine::config::Mode;
use crate::engine::contacts::hours::{self, LocalTime, State};
use crate::engine::contacts::model::{Directory, Service, Structure};
use crate::engine::contacts::sun;
use crate::engine::diagnostic::{Diagnostic, Need, Profile, Response, Session};
use crate::engine::formats::{departement, lower};

include!(concat!(env!("OUT_DIR"), "/matching.rs"));

/// Which services an orientation rule picks: each list given must match (any of its values).
#[derive(Debug, PartialEq)]
pub struct Selector {
    /// data·inclusion réseaux porteurs of the service's structure.
    pub reseaux: &'static [&'static str],
    pub thematiques: &'static [&'static str],
    /// Words of the service's name or description (lower case): where data·inclusion has no
    /// code for what the referential tells apart (ASL vs illiteracy courses, the PASS, the ADIL).
    pub words: &'static [&'static str],
    /// Not free (`frais`).
    pub paid: bool,
    /// Reached only online: remote and no phone number.
    pub web_only: bool,
}

/// An orientation rule of a referential (`content/matching.toml`, each with its source): for
/// the `fields` named (all if none), when every `when` holds and no `unless` does, services
/// `prefer` picks come first and those `exclude` picks are not proposed.
#[derive(Debug, PartialEq)]
pub struct Rule {
    pub id: &'static str,
    pub fields: &'static [&'static str],
    /// Question → answers: one of them was chosen.
    pub when: &'static [(&'static str, &'static [&'static str])],
    pub unless: &'static [(&'static str, &'static [&'static str])],
    pub prefer: Option<Selector>,
    pub exclude: Option<Selector>,
}

impl Selector {
    fn picks(&self, s: &Service, st: Option<&Structure>) -> bool {
        let any = |list: &[&str], has: &[String]| list.is_empty() || list.iter().any(|x| has.iter().any(|h| h == x));
        any(self.reseaux, st.map_or(&[], |st| &st.reseaux_porteurs))
            && any(self.thematiques, &s.thematiques)
            && (!self.paid || s.gratuit == Some(false))
            && (!self.web_only || (s.telephone.is_none() && s.modes_accueil.iter().all(|m| m == "a-distance")))
            && (self.words.is_empty() || {
                let text = lower(&format!("{} {}", s.nom, s.description));
                self.words.iter().any(|w| text.contains(w))
            })
    }
}

/// The rules that apply to a field of this session, in the file's order.
pub fn rules_for(d: &Diagnostic, s: &Session, field: &str) -> Vec<&'static Rule> {
    let said = |(q, answers): &(&str, &[&str])| {
        d.questionnaire.question(q).is_some_and(|(f, question)| {
            f.is_none_or(|f| !s.is_skipped(&f.id))
                && d.visible(s, question)
                && matches!(s.answer(q), Some(Response::Chosen(ids)) if ids.iter().any(|x| answers.contains(&x.as_str())))
        })
    };
    RULES
        .iter()
        .filter(|r| r.fields.is_empty() || r.fields.contains(&field))
        .filter(|r| r.when.iter().all(said) && !r.unless.iter().any(said))
        .collect()
}

/// A public service of "droit commun" (`content/matching.toml`): carried by one of its networks.
pub fn is_droit_commun(st: &Structure) -> bool {
    st.reseaux_porteurs.iter().any(|r| DROIT_COMMUN.binary_search(&r.as_str()).is_ok())
}

/// Where and for whom contacts are sought.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub mode: Mode,
    /// INSEE code distances and eligibility are measured from: the resident's, else the partner's.
    pub commune: Option<String>,
    /// Service ids the partner wants first (`data-highlight`).
    pub highlight: Vec<String>,
    pub profile: Profile,
    /// The resident's time (weekday 0 = Monday, minutes since midnight): for an urgent need,
    /// services open now come first. `None`: not known.
    pub now: Option<LocalTime>,
    /// The orientation rules that apply to the field sought for (`rules_for`).
    pub rules: Vec<&'static Rule>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Match<'a> {
    pub service: &'a Service,
    pub structure: Option<&'a Structure>,
    /// Message key completing « Parce que vous avez dit : … ».
    pub why: String,
    /// Only a professional can mobilise it ("à demander à votre conseiller").
    pub professional: bool,
    /// It answers an urgent need, and the resident can reach it now (open now or 24/7).
    pub open_now: bool,
    /// The one to contact first.
    pub first: bool,
    /// Distance from the resident's commune, when both places are known.
    pub km: Option<f64>,
    pub remote: bool,
}

/// Every thématique any answer of each field calls for, with that answer's signal (urgent ones
/// included, so opening hours are read as they would be): the most a resident can ask, for the
/// ranking benchmarks.
pub fn all_needs(q: &crate::engine::diagnostic::questionnaire::Questionnaire) -> Vec<Vec<Need>> {
    q.fields
        .iter()
        .map(|f| {
            let mut needs: Vec<Need> = Vec::new();
            for question in f.questions.iter() {
                for a in question.answers.iter() {
                    for t in a.thematiques.iter().chain(a.then.iter()) {
                        if !needs.iter().any(|n| n.thematique == **t) {
                            needs.push(Need {
                                thematique: t.to_string(),
                                why: format!("why-{}-{}", question.id, a.id),
                                signal: a.signal,
                            });
                        }
                    }
                }
            }
            needs
        })
        .collect()
}

/// Great-circle distance in km.
pub fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// cos by its Taylor series: enough for a latitude (error below 1e-4 up to 60°), and no
/// trigonometry library in the bundle.
fn cos(x: f64) -> f64 {
    let x2 = x * x;
    1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0)))
}

impl Context {
    /// `epci`: the EPCI of the context's commune, looked up once per ranking.
    fn eligible_zone(&self, epci: Option<&str>, s: &Service) -> bool {
        let (Some(zone), Some(code)) = (&s.zone_eligibilite, &self.commune) else { return true };
        zone.iter().any(|z| z == "france" || z == code || z == departement(code) || Some(z.as_str()) == epci)
    }

    /// `tous-publics` always fits; a service is left out only when every public it names is
    /// one the resident's answers rule out (`lacks`, as bits).
    fn fits_publics(s: &Service, lacks: u16) -> bool {
        s.publics_bits == 0 || s.publics_bits & public_bit("tous-publics") != 0 || s.publics_bits & !lacks != 0
    }

    /// When it opens by its hours: `Some(0)` when open now (24/7 included), else 1 + the days
    /// until it opens (1: later today, 2: tomorrow); `None` when its hours are unknown,
    /// unreadable or say only in words when. Days, not minutes: 8:30 or 9:00 tomorrow is the
    /// same morning for the resident. Each distinct text is read once per ranking and
    /// département (`seen`, sorted): territories repeat a few, and Alsace-Moselle's own holidays
    /// follow the service's département.
    fn opens<'a>(&self, s: &'a Service, seen: &mut Vec<Read<'a>>) -> Option<u32> {
        let (Some(text), Some(now)) = (&s.horaires_accueil, self.now) else { return None };
        let key = (text.as_str(), s.departement());
        let wait = |st: hours::Status| match (st.state, st.next) {
            (State::Open, _) => Some(0),
            (State::Closed, Some((_, State::Open, days))) => Some(1 + days),
            _ => None,
        };
        // Hours set by the sun depend on where the service is: read for it alone.
        if ["sun", "dawn", "dusk", "daylight"].iter().any(|w| text.contains(w)) {
            let place = sun::place(s.latitude, s.longitude, s.code_postal.as_deref().or(s.code_insee.as_deref()));
            return hours::parse(text).and_then(|w| wait(hours::status_at(&w, now, key.1, place.as_ref())));
        }
        match seen.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => seen[i].1,
            Err(i) => {
                let opens = hours::parse(text).and_then(|w| wait(hours::status(&w, now, key.1)));
                seen.insert(i, (key, opens));
                opens
            }
        }
    }

    fn reachable(&self, s: &Service) -> bool {
        self.mode == Mode::Accompagne
            || s.mobilisable_par.is_empty()
            || s.mobilisable_par.iter().any(|p| p == "usagers")
    }
}

/// Up to `PER_BARRIER` contacts for the `needs` of one field, best first.
pub fn contacts_for<'a>(dir: &'a Directory, needs: &[Need], ctx: &Context) -> Vec<Match<'a>> {
    if needs.is_empty() {
        return vec![];
    }
    let origin = ctx.commune.as_deref().and_then(|c| dir.commune(c)).map(|c| (c.latitude, c.longitude));
    // Within a territory the flat-earth distance is within 0.1 % of the great circle, and
    // far cheaper on thousands of services.
    let squeeze = origin.map_or(1.0, |(la, _)| cos(la.to_radians()));
    let km_to = |(la, lo): (f64, f64), (lb, lob): (f64, f64)| {
        let (dy, dx) = ((lb - la).to_radians(), (lob - lo).to_radians() * squeeze);
        6371.0 * (dx * dx + dy * dy).sqrt()
    };
    let place = |s: &Service| match (s.latitude, s.longitude) {
        (Some(la), Some(lo)) => Some((la, lo)),
        _ => s.code_insee.as_deref().and_then(|c| dir.commune(c)).map(|c| (c.latitude, c.longitude)),
    };
    let bits_of = |list: &[String]| list.iter().fold(0u16, |m, p| m | public_bit(p));
    let (has, lacks) = (bits_of(&ctx.profile.has), bits_of(&ctx.profile.lacks));
    let (tous, qpv_bit) = (public_bit("tous-publics"), public_bit("residents-qpv-frr"));
    let qpv = has & qpv_bit != 0;
    let epci = ctx.commune.as_deref().and_then(|c| dir.commune(c)).and_then(|c| c.epci.as_deref());
    let bits: Vec<u128> = needs.iter().map(|n| theme_bit(&n.thematique)).collect();
    let wanted = bits.iter().fold(0, |m, b| m | b);
    let broad = BROAD.iter().fold(0, |m, t| m | theme_bit(t));
    let urgent = needs.iter().zip(&bits).filter(|(n, _)| n.urgent()).fold(0, |m, (_, b)| m | b);
    // Candidates as (rank, service, its first need, distance, remote, open now); a `Match` only for the chosen.
    let mut ranked: Vec<Candidate> = Vec::with_capacity(256);
    let mut seen = Vec::new();
    // Services are many, needs few: a bit-set test first, the rest only for candidates.
    for s in dir.services.iter().filter(|s| s.themes & wanted != 0) {
        let hit = s.themes & wanted;
        if !ctx.eligible_zone(epci, s) || !Context::fits_publics(s, lacks) || !ctx.reachable(s) {
            continue;
        }
        let st = dir.structure_of(s);
        if ctx.rules.iter().any(|r| r.exclude.as_ref().is_some_and(|x| x.picks(s, st))) {
            continue;
        }

        let remote = s.modes_accueil.iter().any(|m| m == "a-distance");
        let km = origin.zip(place(s)).map(|(a, b)| km_to(a, b));
        if !remote && km.is_some_and(|k| k > MAX_KM) {
            continue;
        }
        let serves_urgent = hit & urgent != 0;
        let opens = if serves_urgent { ctx.opens(s, &mut seen) } else { None };
        let open_now = opens == Some(0) && !is_professional(s);
        // For an urgent need, how soon: open now, then a professionals' service open now (through
        // the counsellor), then the one that opens first (tomorrow before Wednesday); unknown
        // hours last.
        let soon = match opens {
            _ if urgent == 0 => 0,
            _ if !serves_urgent => u32::MAX,
            Some(0) => u32::from(!open_now),
            Some(days) => 1 + days,
            None => u32::MAX - 1,
        };
        // The reason given is the heaviest need it answers, the first said on a tie.
        let (mut heaviest, mut total, mut best) = (0, 0, None);
        for (i, (n, b)) in needs.iter().zip(&bits).enumerate() {
            if b & hit != 0 {
                let w = WEIGHTS[n.signal as usize];
                if best.is_none() || w > heaviest {
                    (heaviest, best) = (w, Some(i));
                }
                total += w;
            }
        }
        let Some(best) = best else { continue };
        let own = s.themes.count_ones().max(1);
        let droit_commun = st.is_some_and(is_droit_commun);
        // A public of the service the profile states; else open to all; else only for publics
        // the resident did not say they belong to (e.g. femmes: never asked).
        let targeted = match (s.publics_bits & has & !tous != 0, s.publics_bits == 0 || s.publics_bits & tous != 0) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        };
        // The referential's service for this situation: the first rule that prefers it, if it
        // is open to the resident (not only for a public they did not say they belong to).
        let prefers = |r: &&Rule| r.prefer.as_ref().is_some_and(|x| x.picks(s, st));
        let referential = match ctx.rules.iter().position(prefers) {
            Some(i) if targeted < 2 => i as u32,
            _ => u32::MAX,
        };
        // Criteria in `matching.toml`'s canonical list; smaller comes first.
        let criteria: [u32; 11] = [
            u32::from(!serves_urgent),
            soon,
            referential,
            u32::MAX - heaviest,
            u32::MAX - total,
            1000 - (hit & !broad).count_ones() * 1000 / own,
            u32::from(!ctx.highlight.contains(&s.id)),
            u32::from(!(qpv && s.publics_bits & qpv_bit != 0)),
            targeted,
            u32::from(!droit_commun),
            // Remote services rank as if next door; unknown places after every known one.
            if remote { 0 } else { km.map_or(u32::MAX, |k| (k * 1000.0) as u32) },
        ];
        let mut key = [0; 11];
        for (k, i) in key.iter_mut().zip(ORDER) {
            *k = criteria[i];
        }
        ranked.push((key, s, best, km, remote, open_now));
    }
    // Only three are wanted: a selection of the best, without a general sort in the bundle.
    let mut out = Vec::new();
    while out.len() < PER_BARRIER && !ranked.is_empty() {
        let mut top = 0;
        for i in 1..ranked.len() {
            if (&ranked[i].0, &ranked[i].1.nom) < (&ranked[top].0, &ranked[top].1.nom) {
                top = i;
            }
        }
        let (_, s, best, km, remote, open_now) = ranked.swap_remove(top);
        out.push(Match {
            service: s,
            structure: dir.structure_of(s),
            why: needs[best].why.clone(),
            professional: is_professional(s),
            open_now,
            first: false,
            km,
            remote,
        });
    }
    if let Some(m) = out.first_mut() {
        m.first = true;
    }
    out
}

/// Only a professional can mobilise it.
fn is_professional(s: &Service) -> bool {
    !s.mobilisable_par.is_empty() && !s.mobilisable_par.iter().any(|p| p == "usagers")
}

/// Hours already read in a ranking: (text, département) → when it opens (`Context::opens`).
type Read<'a> = ((&'a str, Option<&'a str>), Option<u32>);

/// The ranking criteria of a service, in `matching.toml`'s order; smaller comes first.
type Key = [u32; 11];

/// A candidate: its rank, the service, the need it is given for, distance, remote, open now.
type Candidate<'a> = (Key, &'a Service, usize, Option<f64>, bool, bool);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Day;
    use crate::engine::contacts::reader::read;
    use crate::engine::diagnostic::questionnaire::Level;
    use serde_json::json;

    #[test]
    fn lower_case_agrees_with_std_for_the_words_compared() {
        use crate::engine::contacts::hours::CORRECTIONS;
        use crate::engine::messages::{keys, Catalog};
        // Every word the core compares in lower case: the hours' corrections, matching's words
        // (build.rs writes them lowered by std), « sans rendez-vous » in each language.
        let mut words: Vec<String> = CORRECTIONS.iter().map(|(from, _)| from.to_string()).collect();
        for r in RULES {
            for sel in [&r.prefer, &r.exclude].into_iter().flatten() {
                words.extend(sel.words.iter().map(|w| w.to_string()));
            }
        }
        let langs: Vec<Catalog> = Catalog::shipped().filter_map(Catalog::available).collect();
        assert_eq!(langs.len(), Catalog::shipped().count(), "every language's messages at hand");
        words.extend(langs.iter().map(|t| t.t(keys::UI_CONTACT_WALK_IN).to_lowercase()));
        for w in &words {
            assert_eq!(lower(w), *w, "{w} is its own lower case");
        }
        let held: std::collections::BTreeSet<char> = words.iter().flat_map(|w| w.chars()).collect();
        assert!(["é", "à", "sans", "пн", "ორშ"].iter().all(|s| s.chars().all(|c| held.contains(&c))), "{held:?}");
        // Latin: the same as std. Elsewhere, where they differ, neither side holds a letter of
        // those words, so no comparison can come out otherwise.
        let mut buf = [0; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let (ours, std) = (lower(c.encode_utf8(&mut buf)), c.to_lowercase().collect::<String>());
            if (c as u32) < 0x180 || ours == std {
                assert_eq!(ours, std, "U+{:04X}", c as u32);
            } else {
                let shared: String = ours.chars().chain(std.chars()).filter(|x| held.contains(x)).collect();
                assert!(
                    shared.is_empty(),
                    "U+{:04X} lowers to {std:?} in std: « {shared} » is in a compared word",
                    c as u32
                );
            }
        }
    }

    fn service(id: &str, extra: serde_json::Value) -> serde_json::Value {
        let mut s = json!({
            "source": "test", "structure_id": "st-asso", "id": id, "nom": format!("Service {id}"),
            "description": "Un service de test.", "date_maj": "2026-10-01",
            "thematiques": ["famille--garde-denfants"], "publics": ["tous-publics"],
            "modes_accueil": ["en-presentiel"], "mobilisable_par": ["usagers", "professionnels"],
            "code_insee": "93901",
        });
        for (k, v) in extra.as_object().unwrap() {
            s[k] = v.clone();
        }
        s
    }

    fn directory(services: Vec<serde_json::Value>) -> Directory {
        let file = json!({
            "structures": [
                { "source": "test", "id": "st-asso", "nom": "Association", "date_maj": "2026-10-01" },
                { "source": "test", "id": "st-caf", "nom": "CAF", "date_maj": "2026-10-01", "reseaux_porteurs": ["caf"] },
            ],
            "services": services,
            "communes": [
                { "code_insee": "93901", "nom": "Villeneuve", "latitude": 48.935, "longitude": 2.465, "epci": "200099901" },
                { "code_insee": "93902", "nom": "Bourg", "latitude": 48.95, "longitude": 2.49, "epci": "200099901" },
                { "code_insee": "76901", "nom": "Lointain", "latitude": 49.9, "longitude": 1.08 },
            ],
        });
        let (dir, issues) = read(&file, Day::ymd(2026, 12, 1)).unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        dir
    }

    fn need(t: &str, why: &str) -> Need {
        Need { thematique: t.into(), why: why.into(), signal: Level::Frein }
    }

    fn garde() -> Vec<Need> {
        vec![need("famille--garde-denfants", "why-famille-garde-aucune")]
    }

    fn ctx() -> Context {
        Context { commune: Some("93901".into()), ..Context::default() }
    }

    fn ids(m: &[Match]) -> Vec<String> {
        m.iter().map(|m| m.service.id.clone()).collect()
    }

    #[test]
    fn the_short_cosine_is_close_enough() {
        for deg in [0.0, 20.0, 41.0, 46.0, 51.0, 60.0] {
            let x: f64 = f64::to_radians(deg);
            assert!((cos(x) - x.cos()).abs() < 1e-4, "{deg}°");
        }
    }

    #[test]
    fn distances() {
        let paris_lyon = haversine((48.8566, 2.3522), (45.764, 4.8357));
        assert!((paris_lyon - 392.0).abs() < 3.0, "{paris_lyon}");
    }

    #[test]
    fn only_services_for_what_was_said_at_most_three_one_first() {
        let dir = directory(
            (1..=5)
                .map(|i| service(&format!("s{i}"), json!({})))
                .chain([service("other", json!({ "thematiques": ["mobilite--preparer-un-permis"] }))])
                .collect(),
        );
        let m = contacts_for(&dir, &garde(), &ctx());
        assert_eq!(m.len(), 3);
        assert!(m.iter().all(|m| m.service.id != "other"));
        assert_eq!(m.iter().filter(|m| m.first).count(), 1);
        assert!(m[0].first);
        assert_eq!(m[0].why, "why-famille-garde-aucune");
        assert!(contacts_for(&dir, &[], &ctx()).is_empty());
    }

    #[test]
    fn eligibility_zone_commune_departement_epci_france() {
        let dir = directory(vec![
            service("commune", json!({ "zone_eligibilite": ["93901"] })),
            service("autre-commune", json!({ "zone_eligibilite": ["93903"] })),
            service("dept", json!({ "zone_eligibilite": ["93"] })),
            service("epci", json!({ "zone_eligibilite": ["200099901"] })),
            service("france", json!({ "zone_eligibilite": ["france"], "modes_accueil": ["a-distance"] })),
            service("autre-dept", json!({ "zone_eligibilite": ["76"] })),
        ]);
        let mut all = vec![];
        for pair in [["commune", "dept"], ["epci", "france"]] {
            let only: Vec<_> = dir.services.iter().filter(|s| pair.contains(&s.id.as_str())).cloned().collect();
            let d = Directory { services: only, ..dir.clone() };
            all.extend(ids(&contacts_for(&d, &garde(), &ctx())));
        }
        all.sort();
        assert_eq!(all, ["commune", "dept", "epci", "france"]);
        let excluded: Vec<_> = dir.services.iter().filter(|s| s.id.starts_with("autre")).cloned().collect();
        assert!(contacts_for(&Directory { services: excluded, ..dir.clone() }, &garde(), &ctx()).is_empty());
        // Commune unknown: the zone cannot be checked, nothing is left out for it.
        assert_eq!(contacts_for(&dir, &garde(), &Context::default()).len(), 3);
    }

    #[test]
    fn publics_fit_unless_every_one_is_ruled_out() {
        let dir = directory(vec![
            service("jeunes", json!({ "publics": ["jeunes"] })),
            service("femmes", json!({ "publics": ["femmes"] })),
            service("seniors-jeunes", json!({ "publics": ["seniors", "jeunes"] })),
        ]);
        let mut c = ctx();
        c.profile = Profile { has: vec![], lacks: vec!["jeunes".into(), "seniors".into()] };
        assert_eq!(
            ids(&contacts_for(&dir, &garde(), &c)),
            ["femmes"],
            "gender is never asked: femmes is not ruled out"
        );
        c.profile = Profile { has: vec!["jeunes".into()], lacks: vec!["seniors".into()] };
        let got = ids(&contacts_for(&dir, &garde(), &c));
        assert_eq!(got[..2], ["jeunes", "seniors-jeunes"], "targeted services first: {got:?}");
    }

    #[test]
    fn qpv_residents_get_qpv_services_first() {
        let dir = directory(vec![service("a", json!({})), service("qpv", json!({ "publics": ["residents-qpv-frr"] }))]);
        let mut c = ctx();
        c.profile.has = vec!["residents-qpv-frr".into()];
        assert_eq!(ids(&contacts_for(&dir, &garde(), &c))[0], "qpv");
        c.profile = Profile { has: vec![], lacks: vec!["residents-qpv-frr".into()] };
        assert_eq!(ids(&contacts_for(&dir, &garde(), &c)), ["a"], "a QPV-only service is not for others");
    }

    #[test]
    fn professionals_only_in_the_accompanied_mode_and_marked() {
        let dir = directory(vec![
            service("pro", json!({ "mobilisable_par": ["professionnels"] })),
            service("all", json!({})),
        ]);
        assert_eq!(ids(&contacts_for(&dir, &garde(), &ctx())), ["all"]);
        let c = Context { mode: Mode::Accompagne, ..ctx() };
        let m = contacts_for(&dir, &garde(), &c);
        assert_eq!(m.len(), 2);
        assert!(m.iter().find(|m| m.service.id == "pro").unwrap().professional);
        assert!(!m.iter().find(|m| m.service.id == "all").unwrap().professional);
    }

    #[test]
    fn nearer_first_far_left_out_remote_always_in() {
        let dir = directory(vec![
            service("bourg", json!({ "code_insee": "93902" })),
            service("ici", json!({ "latitude": 48.936, "longitude": 2.466 })),
            service("loin", json!({ "code_insee": "76901" })),
            service("en-ligne", json!({ "code_insee": "76901", "modes_accueil": ["a-distance"] })),
        ]);
        let m = contacts_for(&dir, &garde(), &ctx());
        assert_eq!(ids(&m), ["en-ligne", "ici", "bourg"]);
        assert!(m[1].km.unwrap() < 0.5 && (2.0..3.0).contains(&m[2].km.unwrap()));
        assert!(m[0].remote);
    }

    #[test]
    fn relevance_before_bonuses() {
        let dir = directory(vec![
            service("asso", json!({})),
            service("caf", json!({ "structure_id": "st-caf" })),
            service(
                "deux",
                json!({ "thematiques": ["famille--garde-denfants", "famille--soutien-aidants"], "code_insee": "93902" }),
            ),
            service("partenaire", json!({ "code_insee": "93902" })),
            service("qpv", json!({ "publics": ["residents-qpv-frr"] })),
            service(
                "large",
                json!({ "thematiques": ["famille--garde-denfants", "mobilite--preparer-un-permis", "numerique--acquerir-un-equipement"] }),
            ),
        ]);
        let needs = vec![need("famille--garde-denfants", "why-a"), need("famille--soutien-aidants", "why-b")];
        let mut c = ctx();
        assert_eq!(ids(&contacts_for(&dir, &needs, &c)), ["deux", "caf", "asso"], "more needs, then droit commun");
        c.highlight = vec!["partenaire".into()];
        c.profile.has = vec!["residents-qpv-frr".into()];
        assert_eq!(
            ids(&contacts_for(&dir, &needs, &c))[..3],
            ["deux", "partenaire", "qpv"],
            "bonuses never lift a service above one answering more"
        );
        // A heavier need outweighs several lighter ones.
        let weighted = vec![
            Need { signal: Level::AVoir, ..need("famille--garde-denfants", "why-a") },
            need("famille--soutien-aidants", "why-b"),
        ];
        let only = |ids: &[&str]| Directory {
            services: dir.services.iter().filter(|s| ids.contains(&s.id.as_str())).cloned().collect(),
            ..dir.clone()
        };
        let aidants = directory(vec![
            service("aidants", json!({ "thematiques": ["famille--soutien-aidants"] })),
            service("garde", json!({ "thematiques": ["famille--garde-denfants"], "structure_id": "st-caf" })),
        ]);
        assert_eq!(ids(&contacts_for(&aidants, &weighted, &ctx())), ["aidants", "garde"]);
        // A service made for the need before a general one that also covers it.
        assert_eq!(ids(&contacts_for(&only(&["large", "asso"]), &needs, &ctx())), ["asso", "large"]);
        let urgent = vec![
            need("famille--garde-denfants", "why-a"),
            Need { signal: Level::Urgent, ..need("famille--soutien-aidants", "why-b") },
        ];
        let m = contacts_for(&dir, &urgent, &ctx());
        assert_eq!(m[0].service.id, "deux");
        assert_eq!(m[0].why, "why-b", "the reason is the heaviest thing said that the service answers");
    }

    /// Every rule of `content/matching.toml` names real questions, answers, fields and codes.
    #[test]
    fn the_orientation_rules_are_sound() {
        use crate::engine::codes;
        use crate::engine::diagnostic::questionnaire::Questionnaire;
        let q = Questionnaire::builtin();
        let mut errors = Vec::new();
        for r in RULES {
            for f in r.fields {
                if q.field(f).is_none() {
                    errors.push(format!("rule `{}`: no field `{f}`", r.id));
                }
            }
            for (question, answers) in r.when.iter().chain(r.unless) {
                match q.question(question) {
                    None => errors.push(format!("rule `{}`: no question `{question}`", r.id)),
                    Some((_, qq)) => {
                        for a in *answers {
                            if !qq.answers.iter().any(|x| x.id == *a) {
                                errors.push(format!("rule `{}`: question `{question}` has no answer `{a}`", r.id));
                            }
                        }
                    }
                }
            }
            for x in r.prefer.iter().chain(&r.exclude) {
                for t in x.thematiques {
                    if codes::THEMATIQUES.binary_search(t).is_err() {
                        errors.push(format!("rule `{}`: `{t}` is not a thématique", r.id));
                    }
                }
                for n in x.reseaux {
                    if codes::RESEAUX_PORTEURS.binary_search(n).is_err() {
                        errors.push(format!("rule `{}`: `{n}` is not a réseau porteur", r.id));
                    }
                }
            }
        }
        for t in BROAD.iter().filter(|t| codes::THEMATIQUES.binary_search(t).is_err()) {
            errors.push(format!("broad: `{t}` is not a thématique"));
        }
        assert!(errors.is_empty(), "content/matching.toml:\n{}", errors.join("\n"));
        assert!(RULES.len() >= 15, "the referentials' rules are there");
    }

    #[test]
    fn a_rule_prefers_the_referentials_service_and_excludes_what_does_not_fit() {
        static PREFER: Rule = Rule {
            id: "t",
            fields: &[],
            when: &[],
            unless: &[],
            prefer: Some(Selector { reseaux: &["caf"], thematiques: &[], words: &[], paid: false, web_only: false }),
            exclude: None,
        };
        static EXCLUDE: Rule = Rule {
            id: "x",
            fields: &[],
            when: &[],
            unless: &[],
            prefer: None,
            exclude: Some(Selector { reseaux: &[], thematiques: &[], words: &["payant"], paid: true, web_only: false }),
        };
        static WEB: Rule = Rule {
            id: "w",
            fields: &[],
            when: &[],
            unless: &[],
            prefer: None,
            exclude: Some(Selector { reseaux: &[], thematiques: &[], words: &[], paid: false, web_only: true }),
        };
        let dir = directory(vec![
            service("deux", json!({ "thematiques": ["famille--garde-denfants", "famille--soutien-aidants"] })),
            service("caf", json!({ "structure_id": "st-caf" })),
            service("payant", json!({ "nom": "Garde payante", "frais": "payant" })),
            service("gratuit-payant", json!({ "nom": "Garde payante ou pas", "frais": "gratuit" })),
            service("web", json!({ "modes_accueil": ["a-distance"] })),
            service("tel", json!({ "modes_accueil": ["a-distance"], "telephone": "0102030405" })),
        ]);
        let needs = vec![need("famille--garde-denfants", "why-a"), need("famille--soutien-aidants", "why-b")];
        let c = Context { rules: vec![&PREFER], ..ctx() };
        assert_eq!(
            ids(&contacts_for(&dir, &needs, &c))[0],
            "caf",
            "the referential's service before one answering more"
        );
        let c = Context { rules: vec![&EXCLUDE, &WEB], ..ctx() };
        let got = ids(&contacts_for(&Directory { services: dir.services[2..].to_vec(), ..dir.clone() }, &needs, &c));
        assert_eq!(got, ["gratuit-payant", "tel"], "paid and web-only services left out: {got:?}");
    }

    #[test]
    fn an_urgent_need_goes_first_to_who_is_open_now() {
        let dir = directory(vec![
            service("jour", json!({ "horaires_accueil": "Mo-Fr 08:30-13:00" })),
            service("ligne", json!({ "horaires_accueil": "24/7", "modes_accueil": ["a-distance"] })),
            service("pro", json!({ "horaires_accueil": "24/7", "mobilisable_par": ["professionnels"] })),
        ]);
        let urgent = vec![Need { signal: Level::Urgent, ..need("famille--garde-denfants", "why-a") }];
        // Monday 30 November 2026.
        let monday = |minutes| LocalTime { year: 2026, month: 11, day: 30, weekday: 0, minutes };
        let at = |now| Context { now: Some(monday(now)), mode: Mode::Accompagne, ..ctx() };
        let m = contacts_for(&dir, &urgent, &at(20 * 60));
        assert_eq!(ids(&m)[0], "ligne", "Monday evening: the 24/7 line");
        assert!(m[0].open_now && !m.iter().any(|m| m.service.id == "pro" && m.open_now));
        assert_eq!(ids(&contacts_for(&dir, &urgent, &at(10 * 60)))[..2], ["jour", "ligne"]);
    }

    #[test]
    fn nothing_open_for_an_urgent_need_the_first_to_open_leads() {
        // Saturday 5 December 2026, 20:00: one opens on Wednesday, one at a time said only in
        // words, two on Monday, at 9:00 and at 8:30 (the same morning); named so that the
        // alphabetical order, the last tie-break, is not the expected one.
        let dir = directory(vec![
            service("a-mercredi", json!({ "horaires_accueil": "We 14:00-17:00" })),
            service("b-mots", json!({ "horaires_accueil": "\"sur rendez-vous\"" })),
            service("c-lundi-9h", json!({ "horaires_accueil": "Mo-Fr 09:00-12:00" })),
            service("d-lundi-8h30", json!({ "horaires_accueil": "Mo-Fr 08:30-12:00" })),
        ]);
        let urgent = vec![Need { signal: Level::Urgent, ..need("famille--garde-denfants", "why-a") }];
        let saturday = LocalTime { year: 2026, month: 12, day: 5, weekday: 5, minutes: 20 * 60 };
        let m = contacts_for(&dir, &urgent, &Context { now: Some(saturday), ..ctx() });
        assert_eq!(
            ids(&m),
            ["c-lundi-9h", "d-lundi-8h30", "a-mercredi"],
            "Monday before Wednesday, by name within a day"
        );
        assert!(!m.iter().any(|m| m.open_now));
        // Not urgent: opening hours do not rank.
        let m = contacts_for(&dir, &garde(), &Context { now: Some(saturday), ..ctx() });
        assert_eq!(ids(&m), ["a-mercredi", "b-mots", "c-lundi-9h"]);
    }
}
