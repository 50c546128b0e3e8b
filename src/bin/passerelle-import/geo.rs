//! Where an entry is, from every field it has: its INSEE code, else its postcode, else its
//! coordinates; and whether its coordinates are plausible for that place.
//!
//! The official commune referential is npm `@etalab/decoupage-administratif` 6.0.0 (pinned in
//! tests/package.json, installed by tools/setup.sh): names, départements (2A/2B, overseas),
//! postcodes, EPCI, and the codes of merged communes. It holds no coordinates: a point is
//! checked against its département's territory (metropolitan France or the overseas one, below),
//! and a point alone is placed by the territory it falls in overseas, else by the nearest
//! structure of the export whose place is known (within 10 km).

use passerelle::engine::contacts::matching::haversine;
use serde::Deserialize;
use std::collections::HashMap;

pub const REFERENTIAL: &str = "@etalab/decoupage-administratif 6.0.0";

/// Where the referential is installed by tools/setup.sh.
pub fn default_dir() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/node_modules/@etalab/decoupage-administratif/data").to_string()
}

#[derive(Deserialize)]
struct RawCommune {
    code: String,
    nom: String,
    #[serde(rename = "type")]
    kind: String,
    departement: Option<String>,
    #[serde(rename = "chefLieu")]
    chef_lieu: Option<String>,
    #[serde(rename = "codesPostaux", default)]
    codes_postaux: Vec<String>,
    #[serde(rename = "anciensCodes", default)]
    anciens_codes: Vec<String>,
}

#[derive(Deserialize)]
struct RawEpci {
    code: String,
    membres: Vec<RawMember>,
}

#[derive(Deserialize)]
struct RawMember {
    code: String,
}

pub struct Commune {
    pub nom: String,
    pub departement: String,
    pub epci: Option<String>,
}

#[derive(Default)]
pub struct Referential {
    pub communes: HashMap<String, Commune>,
    /// A former or delegated commune's code → the current commune's.
    current: HashMap<String, String>,
    /// Postcode → the current communes it serves.
    postcodes: HashMap<String, Vec<String>>,
}

impl Referential {
    pub fn load(dir: &str) -> Result<Referential, String> {
        let read = |name: &str| {
            let path = format!("{dir}/{name}");
            crate::files::read(&path).map_err(|e| format!("cannot read the commune referential {path}: {e}"))
        };
        let raw: Vec<RawCommune> = serde_json::from_slice(&read("communes.json")?).map_err(|e| e.to_string())?;
        let epci: Vec<RawEpci> = serde_json::from_slice(&read("epci.json")?).map_err(|e| e.to_string())?;
        let mut r = Referential::default();
        for c in raw {
            match c.kind.as_str() {
                "commune-actuelle" => {
                    for old in c.anciens_codes {
                        r.current.insert(old, c.code.clone());
                    }
                    for cp in c.codes_postaux {
                        r.postcodes.entry(cp).or_default().push(c.code.clone());
                    }
                    let departement = c.departement.unwrap_or_default();
                    r.communes.insert(c.code, Commune { nom: c.nom, departement, epci: None });
                }
                // Delegated and associated communes, municipal arrondissements: their chef-lieu.
                _ => {
                    if let Some(chef) = c.chef_lieu {
                        r.current.entry(c.code).or_insert(chef);
                    }
                }
            }
        }
        for e in epci {
            for m in e.membres {
                if let Some(c) = r.communes.get_mut(&m.code) {
                    c.epci = Some(e.code.clone());
                }
            }
        }
        Ok(r)
    }

    /// The current commune of an INSEE code (itself, or the commune it merged into).
    pub fn current<'a>(&'a self, code: &'a str) -> Option<&'a str> {
        let code = code.to_ascii_uppercase();
        if let Some((k, _)) = self.communes.get_key_value(code.as_str()) {
            return Some(k);
        }
        self.current.get(code.as_str()).map(String::as_str)
    }

    /// Every postcode, with the current communes it serves.
    pub fn postcodes(&self) -> impl Iterator<Item = (&String, &Vec<String>)> {
        self.postcodes.iter()
    }

    /// The one commune a postcode serves, if it serves one only.
    pub fn postcode_commune(&self, cp: &str) -> Option<&str> {
        match self.postcodes.get(cp).map(Vec::as_slice) {
            Some([one]) => Some(one),
            _ => None,
        }
    }

    /// The département of a postcode when every commune it serves lies in the same one.
    pub fn postcode_departement(&self, cp: &str) -> Option<&str> {
        let communes = self.postcodes.get(cp)?;
        let first = &self.communes.get(communes.first()?)?.departement;
        communes.iter().all(|c| self.communes.get(c).is_some_and(|x| &x.departement == first)).then_some(first)
    }
}

/// The territories a point may lie in: metropolitan France (Corsica included) and each overseas
/// one, as latitude and longitude bounds, with about 10 km of margin.
const TERRITORIES: &[(&str, f64, f64, f64, f64)] = &[
    ("metro", 41.2, 51.2, -5.3, 9.7),
    ("971", 15.8, 16.6, -61.9, -60.9),
    ("972", 14.35, 14.95, -61.3, -60.75),
    ("973", 2.0, 5.9, -54.7, -51.5),
    ("974", -21.45, -20.8, 55.15, 55.9),
    ("975", 46.7, 47.2, -56.5, -56.1),
    ("976", -13.1, -12.55, 44.9, 45.35),
    ("977", 17.8, 18.0, -62.95, -62.75),
    ("978", 18.0, 18.15, -63.2, -62.95),
    ("986", -14.45, -13.15, -178.25, -176.05),
    ("987", -28.0, -7.7, -155.0, -134.0),
    ("988", -22.9, -19.4, 163.4, 168.3),
];

/// The territory key of a département: its own overseas, `metro` otherwise.
fn territory_of(dep: &str) -> &str {
    if dep.len() == 3 {
        dep
    } else {
        "metro"
    }
}

/// Whether a point lies in the territory of a département.
pub fn plausible(dep: &str, (la, lo): (f64, f64)) -> bool {
    let key = territory_of(dep);
    TERRITORIES
        .iter()
        .filter(|t| t.0 == key)
        .any(|t| la >= t.1 - 0.1 && la <= t.2 + 0.1 && lo >= t.3 - 0.1 && lo <= t.4 + 0.1)
        || !TERRITORIES.iter().any(|t| t.0 == key)
}

/// The overseas département a point lies in, if any.
pub fn overseas_at((la, lo): (f64, f64)) -> Option<&'static str> {
    TERRITORIES[1..].iter().find(|t| la >= t.1 && la <= t.2 && lo >= t.3 && lo <= t.4).map(|t| t.0)
}

/// Known places (a structure's position and département), on a grid of 0.1° cells.
#[derive(Default)]
pub struct Places(HashMap<(i32, i32), Vec<Known>>);

/// A known place: latitude, longitude, département.
type Known = (f64, f64, String);

impl Places {
    fn cell((la, lo): (f64, f64)) -> (i32, i32) {
        ((la * 10.0).floor() as i32, (lo * 10.0).floor() as i32)
    }
    pub fn add(&mut self, p: (f64, f64), dep: &str) {
        self.0.entry(Self::cell(p)).or_default().push((p.0, p.1, dep.to_string()));
    }
    /// The département of the nearest known place within 10 km.
    pub fn nearest(&self, p: (f64, f64)) -> Option<&str> {
        let (a, b) = Self::cell(p);
        let mut best: Option<(f64, &str)> = None;
        for da in -1..=1 {
            for db in -1..=1 {
                for (la, lo, dep) in self.0.get(&(a + da, b + db)).into_iter().flatten() {
                    let km = haversine(p, (*la, *lo));
                    if km <= 10.0 && best.is_none_or(|(k, _)| km < k) {
                        best = Some((km, dep));
                    }
                }
            }
        }
        best.map(|(_, d)| d)
    }
}

// Reads the referential from disk: the command line's tests only (the worker's files are in memory).
#[cfg(all(test, not(passerelle_worker)))]
mod tests {
    use super::*;

    #[test]
    fn territories() {
        assert!(plausible("974", (-21.34, 55.48)));
        assert!(!plausible("974", (21.34, 55.48)), "a latitude that lost its sign");
        assert!(plausible("59", (50.63, 3.06)) && plausible("2A", (41.92, 8.74)));
        assert!(!plausible("59", (-50.63, 3.06)));
        assert_eq!(overseas_at((-20.88, 55.45)), Some("974"));
        assert_eq!(overseas_at((50.63, 3.06)), None);
    }

    #[test]
    fn the_referential() {
        let Ok(r) = Referential::load(&default_dir()) else {
            panic!("the commune referential is missing: run tools/setup.sh")
        };
        assert_eq!(r.communes["97411"].nom, "Saint-Denis");
        assert_eq!(r.communes["2A004"].departement, "2A");
        assert_eq!(r.postcode_departement("97410"), Some("974"));
        assert_eq!(r.postcode_departement("20000"), Some("2A"));
        assert_eq!(r.postcode_departement("59000"), Some("59"));
        assert_eq!(r.current("20004"), Some("2A004"), "Ajaccio's former code");
        assert!(r.communes["59350"].epci.is_some());
    }
}
