//! A département whose piece would be too large for a phone, cut finer (issue 25).
//!
//! The communes of the département are grouped by EPCI (the referential's); an EPCI whose own
//! services would fill more than a third of a piece is split into groups of neighbouring
//! communes, and a commune that alone would (Paris) into its postcodes. Each group's piece,
//! `<dep>-<n>.json`, holds the services located in its communes, then those of the département
//! and of its neighbours nearest to its communes, up to the widget's radius (`max_km`, 30 km) or
//! as far as the piece's size allows (the radius kept is in index.json), the remote services
//! that cover the département, their structures, and the communes where something lies.
//! `<dep>.json` becomes a small index from commune code and postcode to piece name, which the
//! widget reads first (`engine::contacts::pieces`).
//!
//! Memory: the located services and structures of the département and of the part of its
//! neighbours within the radius, for the time of its cut.

use crate::geo::Referential;
use passerelle::engine::contacts::matching::{haversine, MAX_KM};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

/// A piece written: for index.json.
pub struct Finer {
    pub file: String,
    pub services: usize,
    pub structures: usize,
    pub communes: usize,
    pub bytes: u64,
    pub radius_km: f64,
}

/// A located service of the area: where, and its entry as written.
pub struct Located {
    at: (f64, f64),
    code: String,
    cp: String,
    sid: String,
    line: String,
    c: Value,
}

impl Located {
    /// A part's line (`{"c": [code, nom, epci, lat, lon], "e": {...}}`) with a position.
    pub fn of(line: &Value) -> Option<Located> {
        let (code, at) = point(&line["c"])?;
        let e = &line["e"];
        Some(Located {
            at,
            code,
            cp: e["code_postal"].as_str().unwrap_or_default().to_string(),
            sid: e["structure_id"].as_str().unwrap_or_default().to_string(),
            line: serde_json::to_string(e).ok()?,
            c: line["c"].clone(),
        })
    }
    pub fn structure(&self) -> &str {
        &self.sid
    }
}

/// The communes a piece is for; or one of a commune's postcodes, when it is too large alone
/// (`cut`: that commune's postcodes, and whether this is the first, which takes the services
/// with none of them).
struct Unit {
    communes: Vec<String>,
    postcode: Option<String>,
    cut: Option<(Vec<String>, bool)>,
    at: Vec<(f64, f64)>,
}

/// What the cut reads: the département's parts, and its neighbours' located services (those
/// open to all of France are in `france.json`, fetched with any piece).
pub struct Area<'a> {
    pub dep: &'a str,
    /// Located services of the département and its neighbours near it.
    pub located: Vec<Located>,
    /// The département's services without a position: placed at their commune's.
    pub unplaced: Vec<Value>,
    /// The département's remote services and those open to all of France, as written.
    pub remote: Vec<String>,
    /// Structures by id: `(entry as written, its commune)`.
    pub structures: HashMap<String, (String, Value)>,
}

/// The bounding box of a set of points, `[south, north, west, east]`.
pub fn grow(b: &mut [f64; 4], (la, lo): (f64, f64)) {
    *b = [b[0].min(la), b[1].max(la), b[2].min(lo), b[3].max(lo)];
}

/// Box `a` grown by `km` on every side (a slight overestimate): grown once, then met by many.
#[must_use]
pub fn widen(a: &[f64; 4], km: f64) -> [f64; 4] {
    let dla = km / 111.0;
    let dlo = km / (111.0 * a[0].abs().max(a[1].abs()).min(80.0).to_radians().cos());
    [a[0] - dla, a[1] + dla, a[2] - dlo, a[3] + dlo]
}

/// Whether boxes `a` and `b` meet.
#[must_use]
pub fn meets(a: &[f64; 4], b: &[f64; 4]) -> bool {
    b[1] >= a[0] && b[0] <= a[1] && b[3] >= a[2] && b[2] <= a[3]
}

/// The distance from `to` to the nearest of `points` if it is within `km`: the minimum of
/// `haversine` over them, computed only for the points whose latitude alone does not already put
/// them farther than `km` or than the nearest so far (an arc of great circle is never shorter than
/// its change of latitude; the margin of a millimetre is far above rounding). The national cut
/// spends most of its trigonometry here.
fn nearest(points: &[(f64, f64)], to: (f64, f64), km: f64) -> Option<f64> {
    const KM_PER_DEGREE: f64 = 6371.0 * std::f64::consts::PI / 180.0;
    let mut best = f64::MAX;
    for p in points {
        let floor = (p.0 - to.0).abs() * KM_PER_DEGREE - 1e-6;
        if floor <= km && floor <= best {
            best = best.min(haversine(*p, to));
        }
    }
    (best <= km).then_some(best)
}

/// The box of one point.
#[must_use]
pub fn dot((la, lo): (f64, f64)) -> [f64; 4] {
    [la, la, lo, lo]
}

fn point(c: &Value) -> Option<(String, (f64, f64))> {
    let a = c.as_array()?;
    Some((a.first()?.as_str()?.to_string(), (a.get(3)?.as_f64()?, a.get(4)?.as_f64()?)))
}

/// Cuts `area` into pieces of at most about `cap` bytes; writes them and the index `<dep>.json`
/// into `dir`.
pub fn cut(
    area: Area,
    referential: &Referential,
    cap: u64,
    dir: &Path,
    shared: Option<&str>,
) -> Result<Vec<Finer>, String> {
    let dep = area.dep;
    let mut remote = area.remote;
    let mut located = area.located;
    {
        let mut mean: HashMap<&str, (f64, f64, f64)> = HashMap::new();
        for l in &located {
            let p = mean.entry(&l.code).or_default();
            *p = (p.0 + l.at.0, p.1 + l.at.1, p.2 + 1.0);
        }
        let mut placed = vec![];
        for line in area.unplaced {
            let e = &line["e"];
            let code = e["code_insee"].as_str().and_then(|c| referential.current(c)).unwrap_or_default().to_string();
            match (mean.get(code.as_str()), serde_json::to_string(e)) {
                (Some(p), Ok(text)) => placed.push(Located {
                    at: (p.0 / p.2, p.1 / p.2),
                    code,
                    cp: e["code_postal"].as_str().unwrap_or_default().to_string(),
                    sid: e["structure_id"].as_str().unwrap_or_default().to_string(),
                    line: text,
                    c: Value::Null,
                }),
                // Nowhere to place it: in every piece of the département.
                (None, Ok(text)) => remote.push(text),
                _ => {}
            }
        }
        located.extend(placed);
    }
    let remote_bytes: u64 = remote.iter().map(|l| l.len() as u64 + 1).sum();
    // Each commune's place (the mean of what lies there) and the weight of its own services.
    let mut place: HashMap<&str, (f64, f64, f64)> = HashMap::new();
    let mut own: HashMap<&str, u64> = HashMap::new();
    for l in &located {
        let p = place.entry(&l.code).or_default();
        *p = (p.0 + l.at.0, p.1 + l.at.1, p.2 + 1.0);
        if referential.communes.get(&l.code).map_or(l.code.starts_with(dep), |c| c.departement == dep) {
            *own.entry(&l.code).or_default() += l.line.len() as u64 + 1;
        }
    }
    let at = |code: &str| place.get(code).map(|p| (p.0 / p.2, p.1 / p.2));
    // The département's communes, by EPCI (a commune without one alone).
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut communes: BTreeSet<String> = own.keys().map(|c| c.to_string()).collect();
    communes.extend(referential.communes.iter().filter(|(_, c)| c.departement == dep).map(|(k, _)| k.clone()));
    for code in &communes {
        let epci = referential.communes.get(code).and_then(|c| c.epci.clone()).unwrap_or_else(|| code.clone());
        groups.entry(epci).or_default().push(code.clone());
    }
    let own_cap = cap / 3;
    let mut units: Vec<Unit> = Vec::new();
    let mut postcodes_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for (cp, list) in referential.postcodes() {
        for c in list {
            postcodes_of.entry(c.as_str()).or_default().push(cp.as_str());
        }
    }
    for list in groups.values() {
        let weight = |c: &String| own.get(c.as_str()).copied().unwrap_or(0);
        let (mut placed, unplaced): (Vec<&String>, Vec<&String>) = list.iter().partition(|c| at(c).is_some());
        let first = units.len();
        // Heaviest first; each group takes its nearest neighbours while it can.
        placed.sort_by_key(|c| std::cmp::Reverse(weight(c)));
        while let Some(seed) = placed.first().copied() {
            placed.remove(0);
            let here = at(seed).expect("placed");
            let mut cps: Vec<&str> = postcodes_of.get(seed.as_str()).cloned().unwrap_or_default();
            cps.sort();
            if weight(seed) > own_cap && cps.len() > 1 {
                // One commune too large alone: one piece per postcode.
                let all: Vec<String> = cps.iter().map(|c| c.to_string()).collect();
                for (i, cp) in cps.into_iter().enumerate() {
                    let mut at_cp = (0.0, 0.0, 0.0);
                    for l in located.iter().filter(|l| l.code == *seed && l.cp == cp) {
                        at_cp = (at_cp.0 + l.at.0, at_cp.1 + l.at.1, at_cp.2 + 1.0);
                    }
                    let p = if at_cp.2 > 0.0 { (at_cp.0 / at_cp.2, at_cp.1 / at_cp.2) } else { here };
                    let cut = Some((all.clone(), i == 0));
                    units.push(Unit { communes: vec![seed.clone()], postcode: Some(cp.to_string()), cut, at: vec![p] });
                }
                continue;
            }
            let mut unit = Unit { communes: vec![seed.clone()], postcode: None, cut: None, at: vec![here] };
            let mut total = weight(seed);
            // Nearest first; each distance computed once (a stable sort on the same keys: the same order).
            let mut by_distance: Vec<(f64, &String)> =
                placed.iter().map(|c| (haversine(here, at(c).unwrap()), *c)).collect();
            by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
            placed = by_distance.into_iter().map(|(_, c)| c).collect();
            while let Some(next) = placed.first().copied() {
                if total + weight(next) > own_cap {
                    break;
                }
                total += weight(next);
                unit.communes.push(next.clone());
                unit.at.push(at(next).unwrap());
                placed.remove(0);
            }
            placed.sort_by_key(|c| std::cmp::Reverse(weight(c)));
            units.push(unit);
        }
        // Communes where nothing lies: with their EPCI's first piece of communes (or one of
        // their own).
        match units[first..].iter_mut().find(|u| u.cut.is_none()) {
            Some(u) => u.communes.extend(unplaced.into_iter().cloned()),
            None if !unplaced.is_empty() => units.push(Unit {
                communes: unplaced.into_iter().cloned().collect(),
                postcode: None,
                cut: None,
                at: vec![],
            }),
            None => {}
        }
    }

    let mut written = Vec::new();
    let mut index_pieces = Vec::new();
    let mut listed: HashSet<&str> = HashSet::new();
    // Each service's commune as a number, so that a piece asks « is it one of mine? » of every
    // service without hashing its code again (the national cut asks it some 10⁸ times).
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    let commune_of: Vec<usize> = located
        .iter()
        .map(|l| {
            let n = numbers.len();
            *numbers.entry(l.code.as_str()).or_insert(n)
        })
        .collect();
    for (n, unit) in units.iter().enumerate() {
        let file = format!("{dep}-{}", n + 1);
        let mut mine = vec![false; numbers.len()];
        for c in &unit.communes {
            if let Some(&i) = numbers.get(c.as_str()) {
                mine[i] = true;
            }
        }
        let first_of_commune = unit.cut.as_ref().is_none_or(|(_, first)| *first);
        let is_own = |i: usize, l: &Located| {
            mine[commune_of[i]]
                && match (&unit.postcode, &unit.cut) {
                    (Some(cp), Some((all, first))) => l.cp == *cp || (*first && !all.contains(&l.cp)),
                    _ => true,
                }
        };
        let mut bbox = [f64::MAX, f64::MIN, f64::MAX, f64::MIN];
        for p in &unit.at {
            grow(&mut bbox, *p);
        }
        // The weight of a service: its line, and its structure's the first time.
        let mut st_seen: HashSet<String> = HashSet::new();
        let structures = &area.structures;
        let mut weigh = |l: &Located| {
            l.line.len() as u64
                + 1
                + match st_seen.insert(l.sid.clone()) {
                    true => structures.get(&l.sid).map_or(0, |s| s.0.len() as u64 + 1),
                    false => 0,
                }
        };
        let mut bytes = remote_bytes;
        let mut chosen: Vec<&Located> = Vec::new();
        let mut others: Vec<(f64, &Located)> = Vec::new();
        let reach = widen(&bbox, MAX_KM);
        for (i, l) in located.iter().enumerate() {
            if is_own(i, l) {
                bytes += weigh(l);
                chosen.push(l);
            } else if !unit.at.is_empty() && meets(&reach, &dot(l.at)) {
                if let Some(d) = nearest(&unit.at, l.at, MAX_KM) {
                    others.push((d, l));
                }
            }
        }
        others.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut radius = MAX_KM;
        for (d, l) in others {
            let w = weigh(l);
            if bytes + w > cap {
                radius = (d * 10.0).floor() / 10.0;
                break;
            }
            bytes += w;
            chosen.push(l);
        }
        // Services of a structure together: they compress better.
        chosen.sort_by(|a, b| (&a.sid, &a.line).cmp(&(&b.sid, &b.line)));
        let (piece, n_st, n_communes) = write(&file, &chosen, &remote, &area.structures, dir)?;
        written.push(Finer {
            file: format!("{file}.json"),
            services: chosen.len() + remote.len(),
            structures: n_st,
            communes: n_communes,
            bytes: piece,
            radius_km: radius,
        });
        let communes: Vec<&str> =
            unit.communes.iter().map(String::as_str).filter(|c| first_of_commune && listed.insert(c)).collect();
        index_pieces.push((file, communes, unit.postcode.clone()));
    }
    // Each postcode of the département's communes: the piece of its own cut, else of its
    // commune with the most services here.
    let mut by_commune: HashMap<&str, usize> = HashMap::new();
    for (i, (_, communes, _)) in index_pieces.iter().enumerate() {
        for c in communes {
            by_commune.insert(c, i);
        }
    }
    let mut cps: Vec<BTreeSet<String>> = vec![BTreeSet::new(); index_pieces.len()];
    for (cp, list) in referential.postcodes() {
        if let Some(i) = index_pieces.iter().position(|p| p.2.as_deref() == Some(cp.as_str())) {
            cps[i].insert(cp.clone());
            continue;
        }
        let best = list
            .iter()
            .filter(|c| referential.communes.get(*c).is_some_and(|c| c.departement == dep))
            .max_by_key(|c| (own.get(c.as_str()).copied().unwrap_or(0), std::cmp::Reverse(c.as_str())));
        if let Some(i) = best.and_then(|c| by_commune.get(c.as_str())) {
            cps[*i].insert(cp.clone());
        }
    }
    let mut index = json!({
        "departement": dep,
        "pieces": index_pieces.iter().zip(&cps).map(|((file, communes, _), cps)| json!({
            "piece": file, "communes": communes, "postcodes": cps,
        })).collect::<Vec<_>>(),
    });
    // The file the widget fetches with any piece: the services open to all of France.
    if let Some(name) = shared {
        index["shared"] = json!(name);
    }
    let path = dir.join(format!("{dep}.json"));
    std::fs::write(&path, serde_json::to_string(&index).unwrap_or_default())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(written)
}

/// One piece: its services' structures, its services, the communes where they lie.
fn write(
    file: &str,
    chosen: &[&Located],
    remote: &[String],
    structures: &HashMap<String, (String, Value)>,
    dir: &Path,
) -> Result<(u64, usize, usize), String> {
    let mut sids: Vec<&str> = chosen.iter().map(|l| l.sid.as_str()).collect();
    for r in remote {
        if let Some(s) =
            serde_json::from_str::<Value>(r).ok().and_then(|v| v["structure_id"].as_str().map(String::from))
        {
            if let Some((k, _)) = structures.get_key_value(&s) {
                sids.push(k);
            }
        }
    }
    sids.sort_unstable();
    sids.dedup();
    let mut places: BTreeMap<String, (String, f64, f64, f64, Value)> = BTreeMap::new();
    let mut add = |c: &Value| {
        if let [code, nom, epci, la, lo] = c.as_array().map(Vec::as_slice).unwrap_or_default() {
            let e = places.entry(code.as_str().unwrap_or_default().to_string()).or_insert((
                nom.as_str().unwrap_or_default().to_string(),
                0.0,
                0.0,
                0.0,
                epci.clone(),
            ));
            e.1 += la.as_f64().unwrap_or_default();
            e.2 += lo.as_f64().unwrap_or_default();
            e.3 += 1.0;
        }
    };
    let mut out = String::from("{\"structures\":[");
    let mut n_st = 0;
    for s in &sids {
        if let Some((line, c)) = structures.get(*s) {
            if n_st > 0 {
                out.push(',');
            }
            out.push_str(line);
            add(c);
            n_st += 1;
        }
    }
    out.push_str("],\"services\":[");
    for (i, l) in chosen.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&l.line);
        add(&l.c);
    }
    for (i, r) in remote.iter().enumerate() {
        if i > 0 || !chosen.is_empty() {
            out.push(',');
        }
        out.push_str(r);
    }
    out.push_str("],\"communes\":");
    let list: Vec<Value> = places
        .iter()
        .map(|(code, (nom, la, lo, n, epci))| {
            let mut c =
                json!({ "code_insee": code, "nom": nom, "latitude": round(la / n), "longitude": round(lo / n) });
            if !epci.is_null() {
                c["epci"] = epci.clone();
            }
            c
        })
        .collect();
    out.push_str(&serde_json::to_string(&list).unwrap_or_default());
    out.push('}');
    let path = dir.join(format!("{file}.json"));
    std::fs::write(&path, &out).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((out.len() as u64, n_st, list.len()))
}

fn round(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}
