//! `--by-departement DIR`: the whole export cut into one contacts file per département,
//! `DIR/<code>.json` (2A/2B and overseas included), and `DIR/index.json`.
//!
//! A piece holds the services located in its département and the remote ones whose
//! `zone_eligibilite` covers it (a commune, an EPCI, the département or `france`), the structures
//! of those services, and the communes where something lies. Services no answer of the
//! diagnostic can reach are left out and counted.
//!
//! Memory stays bounded whatever the export's size: pass 1 streams the structures into
//! per-département JSON Lines, pass 2 streams the services the same way (a service open to the
//! whole country is written once), pass 3 picks the few structures a remote service needs in
//! another département, and each piece is then written from its own parts, one at a time; the
//! départements cut finer last, two at a time (one per core). What stays in memory for the whole
//! run is a 64-bit hash per id (duplicates, and each structure's département), for one piece its
//! structure ids and communes, and for each finer cut under way its area.

#[path = "finer.rs"]
mod finer;

use crate::native::{admit, api_form, clean, json_of, referential, Args, Territory};
use crate::report::{reachable_themes, Outcome, Report};
use crate::{geo::Places, input};
use passerelle::engine::codes::theme_bit;
use passerelle::engine::contacts;
use passerelle::engine::contacts::schema::Entry;
use passerelle::engine::formats::departement;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A département's file larger than this (raw JSON, in KB; about 20 times less in brotli) is
/// cut finer (`finer`): the budget is 100 KB brotli for the median piece, 400 for the largest.
pub const PIECE_KB: u64 = 1_700;

/// Départements cut finer at once, at most: each holds its area (its services and those around it)
/// in memory while it is cut.
const CUTTERS: usize = 2;

/// A 64-bit hash of an id: 500 000 ids collide with a chance of about 10⁻⁸.
fn key(id: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// The per-département JSON Lines of one kind, opened as needed.
struct Parts {
    dir: PathBuf,
    kind: &'static str,
    open: HashMap<String, BufWriter<File>>,
}

impl Parts {
    fn path(&self, dep: &str) -> PathBuf {
        self.dir.join(format!("{}-{dep}.jsonl", self.kind))
    }
    fn write(&mut self, dep: &str, line: &Value) -> Result<(), String> {
        if !self.open.contains_key(dep) {
            let path = self.path(dep);
            let f = File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            self.open.insert(dep.to_string(), BufWriter::with_capacity(32 << 10, f));
        }
        let w = self.open.get_mut(dep).expect("opened above");
        serde_json::to_writer(&mut *w, line).map_err(|e| e.to_string())?;
        w.write_all(b"\n").map_err(|e| e.to_string())
    }
    fn close(&mut self) -> Result<(), String> {
        for (_, mut w) in self.open.drain() {
            w.flush().map_err(|e| e.to_string())?;
        }
        Ok(())
    }
    /// Each line of a département's part, read back.
    fn each(&self, dep: &str, mut f: impl FnMut(Value) -> Result<(), String>) -> Result<(), String> {
        let Ok(file) = File::open(self.path(dep)) else { return Ok(()) };
        for line in BufReader::with_capacity(256 << 10, file).lines() {
            let line = line.map_err(|e| e.to_string())?;
            f(serde_json::from_str(&line).map_err(|e| e.to_string())?)?;
        }
        Ok(())
    }
}

/// The commune an entry lies in, for the piece's `communes` (our extension): current code,
/// the referential's name and EPCI, and the entry's position. Only when it has a position.
fn commune_of(t: &Territory, e: &Entry) -> Value {
    let (Some(la), Some(lo)) = (e.number("latitude"), e.number("longitude")) else { return Value::Null };
    let place = t.place(e);
    let known = place.commune.as_deref().and_then(|c| t.referential.communes.get_key_value(c));
    let (code, nom, epci) = match (known, e.text("code_insee"), e.text("commune")) {
        (Some((c, k)), _, _) => (c.clone(), k.nom.clone(), k.epci.clone()),
        (None, Some(code), Some(nom)) => (code.to_string(), nom.to_string(), None),
        _ => return Value::Null,
    };
    let usable = passerelle::engine::formats::is_insee(&code)
        && (-90.0..=90.0).contains(&la)
        && (-180.0..=180.0).contains(&lo)
        && !nom.is_empty();
    if usable {
        json!([code, nom, epci, la, lo])
    } else {
        Value::Null
    }
}

/// The fields the widget reads (`reader::Structure`, `reader::Service`): a piece holds these
/// only, which the official models accept (the others are optional), and a description as the
/// card shows it (its first sentence, `card::summary`). The full record stays at data·inclusion.
const STRUCTURE_FIELDS: &[&str] = &["source", "id", "nom", "date_maj", "telephone", "site_web", "reseaux_porteurs"];
const SERVICE_FIELDS: &[&str] = &[
    "source",
    "id",
    "structure_id",
    "nom",
    "description",
    "date_maj",
    "thematiques",
    "publics",
    "frais",
    "frais_precisions",
    "conditions_acces",
    "modes_accueil",
    "modes_mobilisation",
    "mobilisable_par",
    "zone_eligibilite",
    "telephone",
    "courriel",
    "lien_mobilisation",
    "adresse",
    "code_postal",
    "commune",
    "code_insee",
    "latitude",
    "longitude",
    "horaires_accueil",
];

fn slim(e: &Entry, fields: &[&str]) -> Value {
    let mut v = json_of(e);
    if let Value::Object(m) = &mut v {
        m.retain(|k, _| fields.contains(&k.as_str()));
        if let Some(Value::String(d)) = m.get_mut("description") {
            let short = passerelle::engine::contacts::card::summary(d);
            if short.chars().count() >= 5 {
                *d = short;
            }
        }
        // A position to about 10 m (4 decimals): the digits beyond weigh, and the widget shows
        // distances to 100 m.
        for k in ["latitude", "longitude"] {
            if let Some(n) = m.get(k).and_then(Value::as_f64) {
                m.insert(k.into(), json!((n * 1e4).round() / 1e4));
            }
        }
    }
    v
}

/// One piece's count, for index.json.
struct Piece {
    code: String,
    local: usize,
    remote: usize,
    structures: usize,
    communes: usize,
    bytes: u64,
    /// The finer pieces, when the département was cut finer.
    finer: Vec<finer::Finer>,
}

pub fn run(args: &Args) -> Result<(Report, Outcome), String> {
    let started = Instant::now();
    let out = Path::new(args.by_departement.as_deref().expect("split mode"));
    let mut report = Report::default();
    let referential = referential(args, &mut report);
    // The territories: every département of the referential (with the overseas collectivities
    // it lists), named; without it, those the export holds.
    let names: BTreeMap<String, String> = std::fs::read(format!("{}/departements.json", args.referential))
        .ok()
        .and_then(|b| serde_json::from_slice::<Vec<Value>>(&b).ok())
        .unwrap_or_default()
        .iter()
        .filter_map(|d| Some((d["code"].as_str()?.to_string(), d["nom"].as_str()?.to_string())))
        .collect();
    let mut known: BTreeSet<String> = referential.communes.values().map(|c| c.departement.clone()).collect();
    known.extend(names.keys().cloned());
    let open_list = known.is_empty();
    // An EPCI's départements (a few EPCI straddle a border).
    let mut epci: HashMap<String, BTreeSet<String>> = HashMap::new();
    for c in referential.communes.values() {
        if let Some(e) = &c.epci {
            epci.entry(e.clone()).or_default().insert(c.departement.clone());
        }
    }
    let mut territory = Territory { args, referential, places: Places::default() };
    let tmp = PathBuf::from(format!("{}.tmp-{}", out.display(), std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let work = tmp.join(".parts");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot write {}: {e}", work.display()))?;
    let result = cut(args, &mut report, &mut territory, &known, open_list, &epci, &names, &tmp, &work);
    let _ = std::fs::remove_dir_all(&work);
    let outcome = match result {
        Ok(o) => o,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    if outcome == Outcome::Written {
        // The previous folder is replaced only by a complete one.
        let old = PathBuf::from(format!("{}.old-{}", out.display(), std::process::id()));
        let had = out.exists();
        if had {
            std::fs::rename(out, &old).map_err(|e| format!("cannot replace {}: {e}", out.display()))?;
        }
        std::fs::rename(&tmp, out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        if had {
            let _ = std::fs::remove_dir_all(&old);
        }
    } else {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    report.millis = started.elapsed().as_millis();
    report.out = format!("{}/<code>.json", out.display());
    Ok((report, outcome))
}

#[allow(clippy::too_many_arguments)]
fn cut(
    args: &Args,
    report: &mut Report,
    territory: &mut Territory,
    known: &BTreeSet<String>,
    open_list: bool,
    epci: &HashMap<String, BTreeSet<String>>,
    names: &BTreeMap<String, String>,
    tmp: &Path,
    work: &Path,
) -> Result<Outcome, String> {
    let today = args.today;
    let is_known = |d: &str| open_list || known.contains(d);
    let mut seen: BTreeSet<String> = known.clone();
    let (mut read_st, mut read_sv) = (0usize, 0usize);
    let mut structures = Parts { dir: work.to_path_buf(), kind: "st", open: HashMap::new() };
    let mut services = Parts { dir: work.to_path_buf(), kind: "sv", open: HashMap::new() };
    let mut failure: Option<String> = None;

    // Pass 1: each structure into its département's part.
    let mut home: HashMap<u64, Option<String>> = HashMap::new();
    let mut unplaced_structures = 0usize;
    let r = input::stream(&args.structures, contacts::STRUCTURE, |v| {
        read_st += 1;
        let new_id = |id: &str| !home.contains_key(&key(id));
        let Some((mut e, id)) = admit("structure", contacts::STRUCTURE, &v, read_st - 1, today, report, new_id) else {
            return;
        };
        clean("structure", &mut e, &id, report);
        territory.check_position("structure", &mut e, &id, report);
        let place = territory.locate_structure(&e);
        let dep = place.departement.filter(|d| is_known(d));
        match &dep {
            Some(d) => {
                seen.insert(d.clone());
                let line = json!({ "c": commune_of(territory, &e), "e": slim(&e, STRUCTURE_FIELDS) });
                if let Err(err) = structures.write(d, &line) {
                    failure.get_or_insert(err);
                }
            }
            None => unplaced_structures += 1,
        }
        home.insert(key(&id), dep);
    })?;
    report.form(args.origin.as_deref().unwrap_or(&args.structures), "structures", api_form(args, r));
    structures.close()?;
    if let Some(e) = failure.take() {
        return Err(e);
    }

    // Pass 2: each service into the part of the département it lies in, and of each one its
    // zone covers when it is remote; those open to all of France once, into `france`.
    let reach = reachable_themes();
    let mut ids: HashSet<u64> = HashSet::new();
    let mut shared: HashSet<u64> = HashSet::new();
    let (mut nowhere, mut local, mut kept, mut unreachable) = (0usize, 0usize, 0usize, 0usize);
    let mut export_date = String::new();
    // Where each département's located services lie, to find its neighbours.
    let mut bbox: HashMap<String, [f64; 4]> = HashMap::new();
    let r = input::stream(&args.services, contacts::SERVICE, |v| {
        read_sv += 1;
        let new_id = |id: &str| ids.insert(key(id));
        let Some((mut e, id)) = admit("service", contacts::SERVICE, &v, read_sv - 1, today, report, new_id) else {
            return;
        };
        let themes = e.list("thematiques").map_or(0, |t| t.iter().fold(0, |m, t| m | theme_bit(t)));
        if themes & reach == 0 {
            unreachable += 1;
            if report.unreachable.len() < 20 {
                report.unreachable.push(id);
            }
            return;
        }
        territory.check_position("service", &mut e, &id, report);
        let sid = e.text("structure_id").unwrap_or_default().to_string();
        let st_home = home.get(&key(&sid));
        if st_home.is_none() && report.orphans.len() < 20 {
            report.orphans.push(id.clone());
        }
        let place = territory.place(&e);
        let here = match place.departement.filter(|d| is_known(d)) {
            Some(d) => Some(d),
            // No place of its own: its structure's.
            None if place.commune.is_none() => st_home.cloned().flatten(),
            None => None,
        };
        let remote = e.list("modes_accueil").is_some_and(|m| m.iter().any(|m| m == "a-distance"));
        // The widget offers a service with a zone only to the residents it covers (whatever
        // its mode): each département it covers, and its own if covered.
        let zoned = e.list("zone_eligibilite").is_some();
        let mut zone: BTreeSet<String> = BTreeSet::new();
        let mut france = false;
        for z in e.list("zone_eligibilite").into_iter().flatten() {
            if z == "france" {
                france = true;
            } else if z.len() == 9 {
                zone.extend(epci.get(z.as_str()).into_iter().flatten().cloned());
            } else if z.len() == 5 {
                let r = &territory.referential;
                let dep = r
                    .current(z)
                    .and_then(|c| r.communes.get(c))
                    .map_or_else(|| departement(z).to_ascii_uppercase(), |c| c.departement.clone());
                zone.insert(dep);
            } else {
                zone.insert(z.to_ascii_uppercase());
            }
        }
        let here = here.filter(|d| !zoned || france || zone.contains(d));
        // In person, only where it is (the importer's rule: a remote service without a zone
        // stays in its own département too).
        if !remote {
            (zone, france) = (BTreeSet::new(), false);
        }
        zone.retain(|d| is_known(d) && Some(d) != here.as_ref());
        if here.is_none() && zone.is_empty() && !france {
            nowhere += 1;
            return;
        }
        clean("service", &mut e, &id, report);
        kept += 1;
        if let Some(d) = e.text("date_maj").filter(|d| *d > export_date.as_str()) {
            export_date = d.to_string();
        }
        let entry = slim(&e, SERVICE_FIELDS);
        let st_dep = st_home.cloned().flatten();
        let mut write = |dep: &str, line: Value| {
            if let Err(err) = services.write(dep, &line) {
                failure.get_or_insert(err);
            }
        };
        if let Some(d) = &here {
            local += 1;
            seen.insert(d.clone());
            let c = commune_of(territory, &e);
            if let (Some(la), Some(lo)) = (c[3].as_f64(), c[4].as_f64()) {
                finer::grow(bbox.entry(d.clone()).or_insert(finer::dot((la, lo))), (la, lo));
            }
            write(d, json!({ "c": c, "e": entry }));
            if st_dep.as_ref() != Some(d) {
                shared.insert(key(&sid));
            }
        }
        if france {
            // Skipped in its own département, which has it already.
            write("france", json!({ "d": here, "e": entry }));
            shared.insert(key(&sid));
        } else {
            for d in &zone {
                write(d, json!({ "e": entry }));
                if st_dep.as_ref() != Some(d) {
                    shared.insert(key(&sid));
                }
            }
        }
    })?;
    report.form(args.origin.as_deref().unwrap_or(&args.services), "services", api_form(args, r));
    services.close()?;
    if let Some(e) = failure.take() {
        return Err(e);
    }
    drop(home);
    drop(ids);
    report.read = (read_st, read_sv);
    report.local = local;
    report.outside = nowhere;
    report.structures_unused = unplaced_structures;
    let outcome = report.outcome(args.max_dropped);
    if outcome != Outcome::Written {
        report.kept = (0, kept, 0);
        return Ok(outcome);
    }

    // Pass 3: the structures of services offered in another département than their own.
    let mut elsewhere: HashMap<String, Value> = HashMap::new();
    if !shared.is_empty() {
        for dep in &seen {
            structures.each(dep, |line| {
                let id = line["e"]["id"].as_str().unwrap_or_default();
                if shared.contains(&key(id)) {
                    elsewhere.insert(id.to_string(), line["e"].clone());
                }
                Ok(())
            })?;
        }
    }
    drop(shared);

    // Each piece from its parts: its services' structures, its services, its communes.
    let mut pieces = Vec::new();
    // The départements cut finer (their index in `pieces`), once every whole file is written.
    let mut finer_todo: Vec<usize> = Vec::new();
    let mut written: HashSet<u64> = HashSet::new();
    let mut communes_kept = 0usize;
    // The services open to all of France, for the départements cut finer: one file, `france.json`.
    let mut shared: Option<Option<&str>> = None;
    for dep in &seen {
        let mut needed: HashSet<String> = HashSet::new();
        let (mut n_local, mut n_remote) = (0usize, 0usize);
        let mut need = |line: &Value| {
            if let Some(s) = line["e"]["structure_id"].as_str() {
                needed.insert(s.to_string());
            }
        };
        services.each(dep, |line| {
            need(&line);
            if line.get("c").is_none() {
                n_remote += 1;
            } else {
                n_local += 1;
            }
            Ok(())
        })?;
        services.each("france", |line| {
            if line["d"].as_str() != Some(dep) {
                need(&line);
                n_remote += 1;
            }
            Ok(())
        })?;
        let path = tmp.join(format!("{dep}.json"));
        let file = File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let mut w = BufWriter::with_capacity(256 << 10, file);
        let mut communes: BTreeMap<String, (String, f64, f64, u32, Value)> = BTreeMap::new();
        let mut add = |c: &Value| {
            if let [code, nom, epci, la, lo] = c.as_array().map(Vec::as_slice).unwrap_or_default() {
                let e = communes.entry(code.as_str().unwrap_or_default().to_string()).or_insert((
                    nom.as_str().unwrap_or_default().to_string(),
                    0.0,
                    0.0,
                    0,
                    epci.clone(),
                ));
                e.1 += la.as_f64().unwrap_or_default();
                e.2 += lo.as_f64().unwrap_or_default();
                e.3 += 1;
            }
        };
        let io = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
        let mut first = true;
        let mut put = |w: &mut BufWriter<File>, e: &Value| -> Result<(), String> {
            if !std::mem::take(&mut first) {
                w.write_all(b",").map_err(io)?;
            }
            serde_json::to_writer(&mut *w, e).map_err(|e| e.to_string())
        };
        w.write_all(b"{\"structures\":[").map_err(io)?;
        let mut n_structures = 0usize;
        structures.each(dep, |line| {
            if needed.remove(line["e"]["id"].as_str().unwrap_or_default()) {
                add(&line["c"]);
                n_structures += 1;
                written.insert(key(line["e"]["id"].as_str().unwrap_or_default()));
                put(&mut w, &line["e"])?;
            }
            Ok(())
        })?;
        let mut rest: Vec<&String> = needed.iter().collect();
        rest.sort();
        for id in rest {
            if let Some(e) = elsewhere.get(id) {
                n_structures += 1;
                put(&mut w, e)?;
            }
        }
        first = true;
        w.write_all(b"],\"services\":[").map_err(io)?;
        let mut put = |w: &mut BufWriter<File>, e: &Value| -> Result<(), String> {
            if !std::mem::take(&mut first) {
                w.write_all(b",").map_err(io)?;
            }
            serde_json::to_writer(&mut *w, e).map_err(|e| e.to_string())
        };
        services.each(dep, |line| {
            add(&line["c"]);
            put(&mut w, &line["e"])
        })?;
        services.each("france", |line| {
            if line["d"].as_str() != Some(dep) {
                put(&mut w, &line["e"])?;
            }
            Ok(())
        })?;
        w.write_all(b"],\"communes\":").map_err(io)?;
        let list: Vec<Value> = communes
            .iter()
            .map(|(code, (nom, la, lo, n, epci))| {
                let mut c =
                    json!({ "code_insee": code, "nom": nom, "latitude": la / *n as f64, "longitude": lo / *n as f64 });
                if !epci.is_null() {
                    c["epci"] = epci.clone();
                }
                c
            })
            .collect();
        serde_json::to_writer(&mut w, &list).map_err(|e| e.to_string())?;
        w.write_all(b"}").map_err(io)?;
        w.flush().map_err(io)?;
        drop(w);
        communes_kept += list.len();
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        if bbox.contains_key(dep) && bytes > args.piece_kb * 1024 {
            if shared.is_none() {
                shared = Some(write_shared(tmp, &services, &elsewhere)?.then_some("france"));
            }
            finer_todo.push(pieces.len());
        }
        pieces.push(Piece {
            code: dep.clone(),
            local: n_local,
            remote: n_remote,
            structures: n_structures,
            communes: list.len(),
            bytes,
            finer: vec![],
        });
    }
    report.kept = (written.len(), kept, communes_kept);
    // The finer cuts, one per core (at most `CUTTERS` at once, each holding one area in memory):
    // a cut only reads the parts and writes its own files, so the order they end in changes nothing.
    let cutters = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, CUTTERS);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let codes: Vec<&str> = finer_todo.iter().map(|&i| pieces[i].code.as_str()).collect();
    let cut_one = |dep: &str| -> Result<Vec<finer::Finer>, String> {
        let area = area(dep, &bbox[dep], &bbox, &services, &structures, &elsewhere)?;
        finer::cut(area, &territory.referential, args.piece_kb * 1024, tmp, shared.flatten())
    };
    let mut done: Vec<(usize, Result<Vec<finer::Finer>, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cutters)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(dep) = codes.get(k) else { return mine };
                        let r = cut_one(dep);
                        let failed = r.is_err();
                        mine.push((k, r));
                        if failed {
                            // The others stop at their next département.
                            next.store(codes.len(), std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    });
    done.sort_by_key(|(k, _)| *k);
    for (k, r) in done {
        pieces[finer_todo[k]].finer = r?;
    }

    // index.json: what a deployment and a coordinator read first.
    let index = json!({
        "source": report.forms.iter().map(|(what, path, form, _)| format!("{what}: {path} ({form})")).collect::<Vec<_>>(),
        "export_date": export_date,
        "generated": today.to_string(),
        "referential": report.referential,
        "services": { "read": read_sv, "kept": kept, "located": local, "invalid": report.dropped.entries("service"),
                      "unreachable": unreachable, "offered_nowhere": nowhere },
        "territories": pieces.iter().map(|p| json!({
            "code": p.code, "nom": names.get(&p.code), "file": format!("{}.json", p.code),
            "services": p.local + p.remote, "local": p.local, "remote": p.remote,
            "structures": p.structures, "communes": p.communes, "bytes": p.bytes,
            "pieces": (!p.finer.is_empty()).then(|| p.finer.iter().map(|f| json!({
                "file": f.file, "services": f.services, "structures": f.structures, "communes": f.communes,
                "bytes": f.bytes, "radius_km": f.radius_km,
            })).collect::<Vec<_>>()),
        })).collect::<Vec<_>>(),
    });
    let path = tmp.join("index.json");
    std::fs::write(&path, serde_json::to_string_pretty(&index).unwrap_or_default() + "\n")
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    report.unreachable_count = Some(unreachable);
    Ok(outcome)
}

/// What a finer cut of `dep` reads: its located services and those of its neighbours within
/// the widget's radius, its remote ones (and those open to all of France), and the structures.
fn area<'a>(
    dep: &'a str,
    b: &[f64; 4],
    bbox: &HashMap<String, [f64; 4]>,
    services: &Parts,
    structures: &Parts,
    elsewhere: &HashMap<String, Value>,
) -> Result<finer::Area<'a>, String> {
    let km = passerelle::engine::contacts::matching::MAX_KM;
    let mut area = finer::Area { dep, located: vec![], unplaced: vec![], remote: vec![], structures: HashMap::new() };
    let reach = finer::widen(b, km);
    let mut around: Vec<&String> = bbox.iter().filter(|(_, o)| finer::meets(&reach, o)).map(|(d, _)| d).collect();
    around.sort();
    for d in &around {
        services.each(d, |line| {
            if everywhere(&line["e"]) {
                return Ok(()); // in france.json
            }
            let (la, lo) = (line["c"][3].as_f64(), line["c"][4].as_f64());
            match (la.zip(lo), *d == dep) {
                (Some(p), _) if finer::meets(&reach, &finer::dot(p)) => area.located.extend(finer::Located::of(&line)),
                (None, true) if line.get("c").is_none() => area.remote.push(line["e"].to_string()),
                (None, true) => area.unplaced.push(line),
                _ => {}
            }
            Ok(())
        })?;
    }
    // Only the structures these services need.
    let mut needed: HashSet<&str> = area.located.iter().map(finer::Located::structure).collect();
    let others: Vec<String> = area
        .unplaced
        .iter()
        .chain(std::iter::empty())
        .filter_map(|l| l["e"]["structure_id"].as_str().map(String::from))
        .collect();
    let remote: Vec<String> = area
        .remote
        .iter()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok()?["structure_id"].as_str().map(String::from))
        .collect();
    needed.extend(others.iter().chain(&remote).map(String::as_str));
    let mut found: HashMap<String, (String, Value)> = HashMap::new();
    for d in &around {
        structures.each(d, |line| {
            if let Some(id) = line["e"]["id"].as_str().filter(|id| needed.contains(id)) {
                found.insert(id.to_string(), (line["e"].to_string(), line["c"].clone()));
            }
            Ok(())
        })?;
    }
    area.structures = found;
    for (id, e) in elsewhere {
        area.structures.entry(id.clone()).or_insert_with(|| (e.to_string(), Value::Null));
    }
    Ok(area)
}

/// A remote service open to all of France.
fn everywhere(e: &Value) -> bool {
    let has = |k: &str, v: &str| e[k].as_array().is_some_and(|l| l.iter().any(|x| x == v));
    has("modes_accueil", "a-distance") && has("zone_eligibilite", "france")
}

/// `france.json`: the services open to all of France and their structures, which the pieces of
/// the départements cut finer leave to it (the widget fetches it once, with its piece). Whether
/// there are any.
fn write_shared(tmp: &Path, services: &Parts, elsewhere: &HashMap<String, Value>) -> Result<bool, String> {
    let mut list = vec![];
    services.each("france", |line| {
        list.push(line["e"].clone());
        Ok(())
    })?;
    let mut ids: Vec<&str> = list.iter().filter_map(|e| e["structure_id"].as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let structures: Vec<&Value> = ids.iter().filter_map(|id| elsewhere.get(*id)).collect();
    let path = tmp.join("france.json");
    let text = json!({ "structures": structures, "services": list, "communes": [] }).to_string();
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(!list.is_empty())
}
