//! The contacts data model: data·inclusion v1 structures and services as the widget keeps them
//! once checked (`schema`), the communes of the file's territory, and the directory that holds
//! them.

use crate::engine::formats::departement;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Structure {
    pub id: String,
    pub nom: String,
    pub telephone: Option<String>,
    pub site_web: Option<String>,
    pub reseaux_porteurs: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Service {
    pub id: String,
    pub structure_id: String,
    /// Index of its structure in the directory, resolved once when read.
    pub structure: Option<usize>,
    /// `thematiques` as a bit set over `codes::THEMATIQUES`: matching is one AND.
    pub themes: u128,
    /// `publics` as a bit set over `codes::PUBLICS`.
    pub publics_bits: u16,
    pub nom: String,
    pub description: String,
    pub thematiques: Vec<String>,
    pub publics: Vec<String>,
    /// `Some(true)`: gratuit, `Some(false)`: payant.
    pub gratuit: Option<bool>,
    pub frais_precisions: Option<String>,
    /// Its prerequisites or the papers it asks for, in its own words: the only « what to
    /// bring » the roadmap states.
    pub conditions_acces: Option<String>,
    pub modes_accueil: Vec<String>,
    pub modes_mobilisation: Vec<String>,
    pub mobilisable_par: Vec<String>,
    /// `None`: not said, so not restricted.
    pub zone_eligibilite: Option<Vec<String>>,
    /// Free text, as written (it may hold several numbers, or none).
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub lien_mobilisation: Option<String>,
    pub adresse: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub code_insee: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub horaires_accueil: Option<String>,
    pub date_maj: String,
}

impl Service {
    /// Its département (for Alsace-Moselle's public holidays, the school zones): that of its
    /// INSEE code, else of its postcode (`formats::departement`).
    pub fn departement(&self) -> Option<&str> {
        self.code_insee.as_deref().or(self.code_postal.as_deref()).map(departement)
    }
}

/// A commune of the file's territory (our documented extension of the format).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Commune {
    pub code_insee: String,
    pub nom: String,
    pub latitude: f64,
    pub longitude: f64,
    pub epci: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
    pub communes: Vec<Commune>,
}

impl Directory {
    /// Each service's structure, found once.
    pub(crate) fn resolve(&mut self) {
        let index: std::collections::HashMap<&str, usize> =
            self.structures.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        for s in &mut self.services {
            s.structure = index.get(s.structure_id.as_str()).copied();
        }
    }
    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }
    pub fn structure_of(&self, s: &Service) -> Option<&Structure> {
        s.structure.and_then(|i| self.structures.get(i))
    }
    pub fn commune(&self, code: &str) -> Option<&Commune> {
        self.communes.iter().find(|c| c.code_insee == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_s_departement_comes_from_its_insee_code_else_its_postcode() {
        let s = |postal: Option<&str>, insee: Option<&str>| Service {
            code_postal: postal.map(String::from),
            code_insee: insee.map(String::from),
            ..Service::default()
        };
        assert_eq!(s(Some("57000"), Some("57463")).departement(), Some("57"));
        assert_eq!(s(None, Some("67482")).departement(), Some("67"));
        assert_eq!(s(Some("68100"), None).departement(), Some("68"));
        assert_eq!(s(Some("97400"), Some("97411")).departement(), Some("974"), "La Réunion, not « 97 »");
        assert_eq!(s(Some("20000"), Some("2A004")).departement(), Some("2A"), "Corse-du-Sud: its INSEE code says so");
        assert_eq!(s(None, None).departement(), None);
    }
}
