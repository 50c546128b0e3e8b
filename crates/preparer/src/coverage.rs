//! The coverage picture: for each commune of the prepared file and each of the diagnostic's
//! eight fields, how many services a resident there would be offered — the widget's own reader
//! and matching (`contacts_for`, every need of the field, the commune as the resident's), in
//! autonomous mode (a resident alone: services only professionals can mobilise left out) and
//! accompanied mode (a counsellor beside them).

use passerelle::engine::config::Mode;
use passerelle::engine::contacts::matching::{all_needs, contacts_for, Context, PER_BARRIER};
use passerelle::engine::contacts::Directory;
use passerelle::engine::diagnostic::questionnaire::Questionnaire;
use serde_json::{json, Value};

pub struct Coverage {
    /// The fields, in the diagnostic's order.
    pub fields: Vec<String>,
    /// (INSEE code, name, services offered per field autonomous, the same accompanied).
    pub communes: Vec<(String, String, Vec<usize>, Vec<usize>)>,
}

impl Coverage {
    pub fn of(dir: &Directory) -> Coverage {
        let q = Questionnaire::builtin();
        let needs = all_needs(&q);
        // Remote services open to all (no zone, or `france`) pass every filter that depends on the
        // commune: when they alone fill a field's list, every commune is offered a full list there,
        // and the matching need not run commune by commune (as the importer's report does).
        let everywhere = crate::report::open_to_all(dir);
        let full = |mode: Mode| -> Vec<bool> {
            let ctx =
                Context { commune: dir.communes.first().map(|c| c.code_insee.clone()), mode, ..Context::default() };
            needs.iter().map(|n| contacts_for(&everywhere, n, &ctx).len() >= PER_BARRIER).collect()
        };
        let full = [full(Mode::Autonome), full(Mode::Accompagne)];
        let offered = |code: &str, mode: Mode| -> Vec<usize> {
            let ctx = Context { commune: Some(code.to_string()), mode, ..Context::default() };
            let full = &full[usize::from(mode == Mode::Accompagne)];
            needs
                .iter()
                .zip(full)
                .map(|(n, f)| if *f { PER_BARRIER } else { contacts_for(dir, n, &ctx).len() })
                .collect()
        };
        Coverage {
            fields: q.fields.iter().map(|f| f.id.to_string()).collect(),
            communes: dir
                .communes
                .iter()
                .map(|c| {
                    let code = c.code_insee.as_str();
                    (
                        c.code_insee.clone(),
                        c.nom.clone(),
                        offered(code, Mode::Autonome),
                        offered(code, Mode::Accompagne),
                    )
                })
                .collect(),
        }
    }

    pub fn json(&self) -> Value {
        let communes: Vec<Value> = self
            .communes
            .iter()
            .map(|(code, nom, a, b)| json!({ "code_insee": code, "nom": nom, "autonome": a, "accompagne": b }))
            .collect();
        // `full`: the most a field's list holds (a full list).
        json!({ "fields": self.fields, "full": PER_BARRIER, "communes": communes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle::engine::calendar::Day;

    fn demo() -> Directory {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/contacts/demo.json")).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        passerelle::engine::contacts::read(&v, Day::parse("2026-12-01").unwrap()).unwrap().0
    }

    #[test]
    fn every_commune_and_field_in_both_modes() {
        let dir = demo();
        let c = Coverage::of(&dir);
        assert_eq!(
            c.fields,
            ["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"]
        );
        assert_eq!(c.communes.len(), dir.communes.len());
        for (code, _, a, b) in &c.communes {
            assert_eq!((a.len(), b.len()), (8, 8), "{code}");
            assert!(a.iter().chain(b).all(|n| *n <= PER_BARRIER), "{code}");
        }
    }

    /// A service only professionals can mobilise (`mobilisable_par` without `usagers`) counts in
    /// accompanied mode only; a resident alone is not offered it.
    #[test]
    fn a_professionals_only_service_counts_when_accompanied() {
        let mut dir = demo();
        // Only the professionals' services are left: alone, a resident is offered nothing.
        dir.services.retain(|s| !s.mobilisable_par.is_empty() && !s.mobilisable_par.iter().any(|p| p == "usagers"));
        assert!(!dir.services.is_empty());
        let c = Coverage::of(&dir);
        assert!(c.communes.iter().all(|(_, _, a, _)| a.iter().all(|n| *n == 0)));
        assert!(c.communes.iter().any(|(_, _, _, b)| b.iter().any(|n| *n > 0)));
        // The same counts as the widget's own matching for one cell.
        let q = Questionnaire::builtin();
        let needs = all_needs(&q);
        let (code, _, _, b) = &c.communes[0];
        let ctx = Context { commune: Some(code.clone()), mode: Mode::Accompagne, ..Context::default() };
        assert_eq!(b[0], contacts_for(&dir, &needs[0], &ctx).len());
    }
}
