//! The coverage picture: for each commune of the prepared file and each of the diagnostic's
//! eight fields, how many services a resident there would be offered — the widget's own reader
//! and matching (`contacts_for`, every need of the field, the commune as the resident's), in
//! autonomous mode (a resident alone: services only professionals can mobilise left out) and
//! accompanied mode (a counsellor beside them).

use passerelle::engine::config::Mode;
use passerelle::engine::contacts::matching::{all_needs, contacts_for, Context};
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
        let offered = |code: &str, mode: Mode| -> Vec<usize> {
            let ctx = Context { commune: Some(code.to_string()), mode, ..Context::default() };
            needs.iter().map(|n| contacts_for(dir, n, &ctx).len()).collect()
        };
        Coverage {
            fields: q.fields.iter().map(|f| f.id.to_string()).collect(),
            communes: dir
                .communes
                .iter()
                .map(|c| {
                    let code = c.code_insee.as_str();
                    (c.code_insee.clone(), c.nom.clone(), offered(code, Mode::Autonome), offered(code, Mode::Accompagne))
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
        json!({ "fields": self.fields, "communes": communes })
    }
}
