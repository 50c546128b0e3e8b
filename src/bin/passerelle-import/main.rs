//! Turns a data·inclusion export into the contacts file of one territory.
//!
//! passerelle-import --structures S --services V [--commune CODE]... [--departement CODE]...
//!                   [--around LAT,LON,KM] [--report report.json] [--max-dropped PCT] --out contacts.json
//!
//! Inputs are read in any form data·inclusion publishes (`input.rs`: JSON, JSON Lines, CSV,
//! GeoJSON, API pages), as streams: memory holds what is kept, never the national file. Every
//! field is checked as the official data·inclusion models check it (`schema::check`): an invalid
//! optional value is removed, an entry whose required field is invalid is dropped, v0 codes are
//! read as v1. The output holds only valid values, normalised, under the official field names.
//!
//! The report (`report.rs`) counts every reason of every entry, names unknown codes, lists orphan
//! and unreachable services, and what a resident of each commune would be offered, field by
//! field. Exit status: 0 when a usable file was written; 3 when nothing was kept; 4 when more
//! than `--max-dropped` % of the services read were invalid (then the previous output is left as
//! it was); 1 unreadable input; 2 bad arguments.

// A native tool: on wasm32 (the widget's target) there is nothing to build. The coordinator's
// page's worker (crates/preparer, cfg `passerelle_worker`) compiles these modules to wasm, with
// its own `api`, `split` and `files`.
#[cfg(all(target_arch = "wasm32", not(passerelle_worker)))]
fn main() {}

#[cfg(not(any(target_arch = "wasm32", passerelle_worker)))]
mod api;
#[cfg(not(any(target_arch = "wasm32", passerelle_worker)))]
mod files;
#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod geo;
#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod hours;
#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod input;
#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod pages;
#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod report;
#[cfg(not(any(target_arch = "wasm32", passerelle_worker)))]
mod split;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(any(not(target_arch = "wasm32"), passerelle_worker))]
pub(crate) mod native {
    use crate::files::{self, Instant};
    use crate::geo::{self, Places, Referential};
    use crate::input;
    use crate::report::{Outcome, Report};
    use passerelle::engine::calendar::Day;
    use passerelle::engine::contacts;
    use passerelle::engine::contacts::matching::haversine;
    use passerelle::engine::contacts::schema::{id_of, Entry, Value as Field};
    use passerelle::engine::formats::departement;
    use serde_json::{json, Value};
    use std::collections::{HashMap, HashSet};
    use std::io::{BufWriter, Write};
    use std::process::ExitCode;

    pub struct Args {
        pub(crate) structures: String,
        pub(crate) services: String,
        pub(crate) communes: Vec<String>,
        pub(crate) departements: Vec<String>,
        pub(crate) around: Option<(f64, f64, f64)>,
        pub(crate) out: String,
        pub(crate) report: Option<String>,
        pub(crate) max_dropped: Option<f64>,
        pub(crate) today: Day,
        pub(crate) api: Option<crate::api::Api>,
        /// What the tables were read from, when not the files named (the API).
        pub(crate) origin: Option<String>,
        pub(crate) referential: String,
        /// `--by-departement DIR`: one file per département, and DIR/index.json.
        pub(crate) by_departement: Option<String>,
        /// `--piece-kb N`: a département's piece larger than this (raw JSON) is cut finer.
        pub(crate) piece_kb: u64,
    }

    const USAGE: &str =
        "usage: passerelle-import (--structures S --services V | --api URL --token T) [--commune CODE]... \
    [--departement CODE]... [--around LAT,LON,KM] [--today YYYY-MM-DD] [--report report.json] \
    [--max-dropped PCT] (--out contacts.json | --by-departement DIR [--piece-kb N])";

    fn args() -> Result<Args, String> {
        let mut it = std::env::args().skip(1);
        let (mut structures, mut services, mut out, mut report, mut max_dropped) = (None, None, None, None, None);
        let (mut api, mut token, mut referential, mut by_departement) = (None, None, None, None);
        let (mut communes, mut departements, mut around) = (vec![], vec![], None);
        let mut piece_kb = crate::split::PIECE_KB;
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let mut today = Day::from_unix_days((secs / 86_400) as i64);
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or(format!("{a} needs a value"));
            match a.as_str() {
                "--structures" => structures = Some(value()?),
                "--services" => services = Some(value()?),
                "--out" => out = Some(value()?),
                "--report" => report = Some(value()?),
                "--referential" => referential = Some(value()?),
                "--by-departement" => by_departement = Some(value()?),
                "--api" => api = Some(value()?),
                "--piece-kb" => {
                    let v = value()?;
                    piece_kb =
                        v.parse().ok().filter(|n| *n > 0).ok_or(format!("--piece-kb {v}: expected a size in KB"))?;
                }
                "--token" => token = Some(value()?),
                "--max-dropped" => {
                    let v = value()?;
                    match v.trim_end_matches('%').parse::<f64>() {
                        Ok(p) if (0.0..=100.0).contains(&p) => max_dropped = Some(p),
                        _ => return Err(format!("--max-dropped {v}: expected a percentage from 0 to 100")),
                    }
                }
                "--commune" => {
                    let v = value()?;
                    if !passerelle::engine::formats::is_insee(&v) {
                        return Err(format!("--commune {v}: not an INSEE commune code (e.g. 93066)"));
                    }
                    communes.push(v.to_ascii_uppercase());
                }
                "--departement" => {
                    let v = value()?;
                    if !(2..=3).contains(&v.len()) || !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
                        return Err(format!("--departement {v}: not a département code (e.g. 93, 2A, 974)"));
                    }
                    departements.push(v.to_ascii_uppercase());
                }
                "--around" => {
                    let v = value()?;
                    let n: Vec<f64> = v.split(',').filter_map(|x| x.trim().parse().ok()).collect();
                    match n[..] {
                        [lat, lon, km]
                            if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km > 0.0 =>
                        {
                            around = Some((lat, lon, km))
                        }
                        _ => return Err(format!("--around {v}: expected LAT,LON,KM such as 48.93,2.46,10")),
                    }
                }
                // The last day a `date_maj` may have (default: today, UTC), for reproducible runs.
                "--today" => {
                    let v = value()?;
                    today = Day::parse(&v).ok_or(format!("--today {v}: expected a date such as 2026-12-01"))?;
                }
                "-h" | "--help" => return Err(USAGE.into()),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if by_departement.is_some() && !(communes.is_empty() && departements.is_empty() && around.is_none()) {
            return Err(
                "--by-departement cuts the whole export: no --commune, --departement or --around with it".into()
            );
        }
        let api = match (api, token) {
            (Some(base), Some(token)) => {
                if structures.is_some() || services.is_some() {
                    return Err("--api reads both tables: no --structures or --services with it".into());
                }
                let mut filters: Vec<(&'static str, String)> =
                    communes.iter().map(|c| ("code_commune", c.clone())).collect();
                if filters.is_empty() {
                    filters = departements.iter().map(|d| ("code_departement", d.clone())).collect();
                }
                let dir = std::env::temp_dir();
                structures = Some(
                    dir.join(format!("passerelle-api-structures-{}.jsonl", std::process::id())).display().to_string(),
                );
                services = Some(
                    dir.join(format!("passerelle-api-services-{}.jsonl", std::process::id())).display().to_string(),
                );
                Some(crate::api::Api { base, token, filters })
            }
            (Some(_), None) => return Err("--api needs --token".into()),
            (None, Some(_)) => return Err("--token goes with --api".into()),
            (None, None) => None,
        };
        Ok(Args {
            structures: structures.ok_or("--structures is required (or --api)")?,
            services: services.ok_or("--services is required (or --api)")?,
            api,
            origin: None,
            referential: referential.unwrap_or_else(geo::default_dir),
            out: match (out, &by_departement) {
                (Some(_), Some(_)) => return Err("--out and --by-departement: one or the other".into()),
                (None, Some(dir)) => dir.clone(),
                (out, None) => out.ok_or("--out is required (or --by-departement DIR)")?,
            },
            by_departement,
            piece_kb,
            report,
            max_dropped,
            communes,
            departements,
            around,
            today,
        })
    }

    /// The entry as the official models would serialise it: its valid fields, in their order.
    pub(crate) fn json_of(e: &Entry) -> Value {
        let mut m = serde_json::Map::with_capacity(e.fields.len());
        for (k, v) in &e.fields {
            let v = match v {
                Field::Text(s) => Value::String(s.clone()),
                Field::Number(n) => json!(n),
                Field::Integer(n) => json!(n),
                Field::List(l) => json!(l),
            };
            m.insert(k.to_string(), v);
        }
        Value::Object(m)
    }

    /// The département of a postcode: its first two digits; 3 overseas (971…976, 986…988);
    /// Corsica's 20xxx split at 20200 (2A below, 2B from there). A few postcodes straddle a
    /// border (e.g. 05110 has communes in 04): the INSEE code, when given, is used first.
    pub fn postal_departement(cp: &str) -> Option<String> {
        if cp.len() != 5 || !cp.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d = match &cp[..2] {
            "20" => {
                if cp < "20200" {
                    "2A".to_string()
                } else {
                    "2B".to_string()
                }
            }
            "97" | "98" => cp[..3].to_string(),
            two => two.to_string(),
        };
        Some(d)
    }

    /// An entry's place: its current commune when known, and its département.
    #[derive(Default)]
    pub(crate) struct Place {
        pub(crate) commune: Option<String>,
        pub(crate) departement: Option<String>,
        /// Found from its coordinates alone.
        pub(crate) by_position: bool,
    }

    pub(crate) struct Territory<'a> {
        pub(crate) args: &'a Args,
        pub(crate) referential: Referential,
        pub(crate) places: Places,
    }

    impl Territory<'_> {
        fn everything(&self) -> bool {
            self.args.communes.is_empty() && self.args.departements.is_empty() && self.args.around.is_none()
        }

        /// A structure's place, which also teaches the positions of its département (so that
        /// services known only by their position can be placed later).
        pub(crate) fn locate_structure(&mut self, e: &Entry) -> Place {
            let place = self.place(e);
            if let (Some(dep), Some(pos), false) =
                (&place.departement, e.number("latitude").zip(e.number("longitude")), place.by_position)
            {
                self.places.add(pos, dep);
            }
            place
        }

        /// From every field the entry has: its INSEE code, else its postcode, else its position.
        pub(crate) fn place(&self, e: &Entry) -> Place {
            let r = &self.referential;
            if let Some(code) = e.text("code_insee") {
                let current = r.current(code).map(String::from);
                let dep = current
                    .as_deref()
                    .and_then(|c| r.communes.get(c))
                    .map(|c| c.departement.clone())
                    .unwrap_or_else(|| departement(code).to_ascii_uppercase());
                return Place { commune: current, departement: Some(dep), by_position: false };
            }
            if let Some(cp) = e.text("code_postal") {
                let dep = r.postcode_departement(cp).map(String::from).or_else(|| postal_departement(cp));
                if dep.is_some() {
                    let commune = r.postcode_commune(cp).map(String::from);
                    return Place { commune, departement: dep, by_position: false };
                }
            }
            let pos = e.number("latitude").zip(e.number("longitude"));
            let dep = pos.and_then(|p| geo::overseas_at(p).or_else(|| self.places.nearest(p)));
            Place { commune: None, departement: dep.map(String::from), by_position: true }
        }

        /// Whether a place lies in the territory; `None`: unknown place.
        fn holds(&self, e: &Entry) -> Option<bool> {
            if self.everything() {
                return Some(true);
            }
            let place = self.place(e);
            let pos = e.number("latitude").zip(e.number("longitude"));
            let a = self.args;
            let by_pos = matches!((a.around, pos), (Some((la, lo, km)), Some(p)) if haversine((la, lo), p) <= km);
            if place.departement.is_none() && pos.is_none() {
                return None;
            }
            let by_code = place.commune.as_ref().is_some_and(|c| a.communes.contains(c))
                || e.text("code_insee").is_some_and(|c| a.communes.iter().any(|x| x.eq_ignore_ascii_case(c)))
                || place.departement.as_ref().is_some_and(|d| a.departements.contains(d));
            match (by_code || by_pos, place.departement.is_some() || a.around.is_some()) {
                (true, _) => Some(true),
                (false, true) => Some(false),
                // A point no known place is near: its structure decides.
                (false, false) => None,
            }
        }

        /// A remote service open to people of the territory.
        fn serves(&self, zone: &[String]) -> bool {
            let a = self.args;
            zone.iter().any(|z| {
                z == "france"
                    || a.communes.contains(z)
                    || a.departements.contains(z)
                    || a.communes.iter().any(|c| departement(c) == z)
            })
        }

        /// Coordinates outside the territory of the entry's own commune or postcode (a lost sign,
        /// swapped values) are removed: a wrong point is worse than none.
        pub(crate) fn check_position(&self, kind: &str, e: &mut Entry, id: &str, report: &mut Report) {
            let Some(pos) = e.number("latitude").zip(e.number("longitude")) else { return };
            let place = self.place(e);
            let Some(dep) = place.departement.filter(|_| !place.by_position) else { return };
            if !geo::plausible(&dep, pos) {
                e.fields.retain(|(k, _)| *k != "latitude" && *k != "longitude");
                report.removed.add(
                    kind,
                    "latitude",
                    "and `longitude` lie outside the territory of the entry's commune: removed",
                    id,
                );
            }
        }
    }

    /// The schema's example phone and numbers of one repeated digit (`0000000000`) are
    /// placeholders: a call button on them would ring no one, or a stranger.
    pub fn is_placeholder_phone(text: &str) -> bool {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let national =
            digits.strip_prefix("33").filter(|_| text.trim_start().starts_with('+')).map(|d| format!("0{d}"));
        let d = national.as_deref().unwrap_or(&digits);
        const EXAMPLES: [&str; 4] = ["0123456789", "0102030405", "0612345678", "0601020304"];
        d.len() >= 6 && (EXAMPLES.contains(&d) || d[1..].bytes().all(|b| b == d.as_bytes()[1]))
    }

    /// The `n`-th entry of `kind` as every pass first takes it: checked against the official
    /// model, counted in the report, and kept only if the model keeps it and `new_id` says its id
    /// was not seen before. Returns the entry and its id.
    pub(crate) fn admit(
        kind: &'static str,
        specs: &[contacts::schema::Spec],
        v: &Value,
        n: usize,
        today: Day,
        report: &mut Report,
        new_id: impl FnOnce(&str) -> bool,
    ) -> Option<(Entry, String)> {
        let e = contacts::check(v, specs, today);
        let id = e.text("id").map_or_else(|| id_of(v, n), String::from);
        report.tally(kind, &e, &id);
        if !e.kept() {
            return None;
        }
        if !new_id(&id) {
            report.dropped.entry(kind);
            report.dropped.add(kind, "id", "is used twice", &id);
            return None;
        }
        Some((e, id))
    }

    /// What the importer cleans beyond the models: placeholder phones removed; hours written in
    /// French as OSM `opening_hours` when they can be read whole, else trimmed.
    pub(crate) fn clean(kind: &str, e: &mut Entry, id: &str, report: &mut Report) {
        for (k, v) in e.fields.iter_mut() {
            if let Field::Text(s) = v {
                if *k == "horaires_accueil" {
                    if let Some(osm) = crate::hours::to_osm(s) {
                        *s = osm;
                        report.removed.add(kind, k, "in French, written as OSM opening_hours", id);
                    } else if s.trim().len() != s.len() {
                        *s = s.trim().to_string();
                    }
                }
            }
        }
        if e.text("telephone").is_some_and(is_placeholder_phone) {
            e.fields.retain(|(k, _)| *k != "telephone");
            report.removed.add(kind, "telephone", "is a placeholder (an example or repeated digits)", id);
        }
    }

    /// Pages of the API are saved as JSON Lines: the form read is the API's.
    pub(crate) fn api_form(args: &Args, mut r: input::Form) -> input::Form {
        if args.api.is_some() {
            r.form = "pages of {items, total, page, size, pages}".into();
        }
        r
    }

    /// The commune referential, or an empty one (said on stderr) when it cannot be read.
    pub(crate) fn referential(args: &Args, report: &mut Report) -> Referential {
        match Referential::load(&args.referential) {
            Ok(r) => {
                report.referential = Some(geo::REFERENTIAL.to_string());
                r
            }
            Err(e) => {
                eprintln!(
                    "passerelle-import: {e}\n  without it, postcodes are read by their first digits and communes keep the \
                     export's names (tools/setup.sh installs it)"
                );
                Referential::default()
            }
        }
    }

    pub(crate) fn run(args: &Args) -> Result<(Report, Outcome), String> {
        if args.by_departement.is_some() {
            return crate::split::run(args);
        }
        let started = Instant::now();
        let mut report = Report::default();
        let referential = referential(args, &mut report);
        let mut territory = Territory { args, referential, places: Places::default() };
        let today = args.today;
        let (mut read_st, mut read_sv) = (0usize, 0usize);
        // Pass 1: the territory's structures.
        let mut structures: HashMap<String, Entry> = HashMap::new();
        let mut elsewhere: HashSet<String> = HashSet::new();
        let mut all_structures: HashSet<String> = HashSet::new();
        let r = input::stream(&args.structures, contacts::STRUCTURE, |v| {
            read_st += 1;
            let new_id = |id: &str| all_structures.insert(id.to_string());
            let Some((mut e, id)) =
                admit("structure", contacts::STRUCTURE, &v, read_st - 1, today, &mut report, new_id)
            else {
                return;
            };
            clean("structure", &mut e, &id, &mut report);
            territory.check_position("structure", &mut e, &id, &mut report);
            territory.locate_structure(&e);
            match territory.holds(&e) {
                Some(true) => {
                    structures.insert(id, e);
                }
                _ => {
                    elsewhere.insert(id);
                }
            }
        })?;
        report.form(args.origin.as_deref().unwrap_or(&args.structures), "structures", api_form(args, r));
        // Pass 2: services in the territory, by their own place, their structure's, or as remote
        // services open to it.
        let mut services: Vec<Entry> = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        let mut needed: HashSet<String> = HashSet::new();
        let (mut outside, mut local) = (0usize, 0usize);
        let r = input::stream(&args.services, contacts::SERVICE, |v| {
            read_sv += 1;
            let new_id = |id: &str| ids.insert(id.to_string());
            let Some((mut e, id)) = admit("service", contacts::SERVICE, &v, read_sv - 1, today, &mut report, new_id)
            else {
                return;
            };
            territory.check_position("service", &mut e, &id, &mut report);
            let remote = e.list("modes_accueil").is_some_and(|m| m.iter().any(|m| m == "a-distance"));
            let open = || remote && e.list("zone_eligibilite").is_some_and(|z| territory.serves(z));
            let structure_id = e.text("structure_id").unwrap_or_default().to_string();
            let (keep, here) = match territory.holds(&e) {
                Some(true) => (true, true),
                Some(false) => (open(), false),
                None if structures.contains_key(&structure_id) => (true, true),
                None => (open(), false),
            };
            local += usize::from(here);
            if !keep {
                outside += 1;
                return;
            }
            clean("service", &mut e, &id, &mut report);
            if !structures.contains_key(&structure_id) {
                needed.insert(structure_id);
            }
            services.push(e);
        })?;
        report.form(args.origin.as_deref().unwrap_or(&args.services), "services", api_form(args, r));
        // Pass 3: the structures of kept services that lie elsewhere (remote services, mostly).
        needed.retain(|id| elsewhere.contains(id));
        if !needed.is_empty() {
            input::stream(&args.structures, contacts::STRUCTURE, |v| {
                if let Some(id) = v.get("id").and_then(Value::as_str) {
                    if needed.remove(id) {
                        let mut e = contacts::check(&v, contacts::STRUCTURE, today);
                        let mut ignored = Report::default();
                        clean("structure", &mut e, id, &mut ignored);
                        territory.check_position("structure", &mut e, id, &mut ignored);
                        structures.insert(id.to_string(), e);
                    }
                }
            })?;
        }
        // Orphans: services whose structure is in no file read (their cards lose its name and phone).
        for s in &services {
            let sid = s.text("structure_id").unwrap_or_default();
            if !structures.contains_key(sid) {
                report.orphans.push(s.text("id").unwrap_or_default().to_string());
            }
        }
        // The communes section: each commune of the territory where something lies, named as the
        // referential names it (current code, EPCI), at the mean position of what lies there.
        let mut communes: std::collections::BTreeMap<String, (String, f64, f64, u32, Option<String>)> =
            Default::default();
        let mut unknown_communes = std::collections::BTreeSet::new();
        // Summed in a fixed order (structures by id, then services as read): the same file gives the same bytes.
        let mut by_id: Vec<(&String, &Entry)> = structures.iter().collect();
        by_id.sort_unstable_by_key(|(id, _)| *id);
        for e in by_id.into_iter().map(|(_, e)| e).chain(services.iter()) {
            let (Some(la), Some(lo)) = (e.number("latitude"), e.number("longitude")) else { continue };
            let place = territory.place(e);
            let known = place.commune.as_deref().and_then(|c| territory.referential.communes.get_key_value(c));
            let (code, nom, epci, unknown) = match (known, e.text("code_insee"), e.text("commune")) {
                (Some((c, k)), _, _) => (c.clone(), k.nom.clone(), k.epci.clone(), false),
                // A code the referential does not know (or no referential): the export's own code
                // and name, reported.
                (None, Some(code), Some(nom)) => {
                    (code.to_string(), nom.to_string(), None, !territory.referential.communes.is_empty())
                }
                _ => continue,
            };
            let usable = passerelle::engine::formats::is_insee(&code)
                && (-90.0..=90.0).contains(&la)
                && (-180.0..=180.0).contains(&lo)
                && !nom.is_empty();
            if usable && (territory.everything() || territory.holds(e) == Some(true)) {
                if unknown {
                    unknown_communes.insert(code.clone());
                }
                let c = communes.entry(code).or_insert((nom, 0.0, 0.0, 0, epci));
                c.1 += la;
                c.2 += lo;
                c.3 += 1;
            }
        }
        let communes: Vec<Value> = communes
            .into_iter()
            .map(|(code, (nom, la, lo, n, epci))| {
                let mut c =
                    json!({ "code_insee": code, "nom": nom, "latitude": la / n as f64, "longitude": lo / n as f64 });
                if let Some(epci) = epci {
                    c["epci"] = json!(epci);
                }
                c
            })
            .collect();
        let mut structures: Vec<(String, Entry)> = structures.into_iter().collect();
        structures.sort_by(|a, b| a.0.cmp(&b.0));
        report.read = (read_st, read_sv);
        report.kept = (structures.len(), services.len(), communes.len());
        report.outside = outside;
        report.unknown_communes = unknown_communes.into_iter().collect();
        report.local = local;
        report.structures_unused = read_st.saturating_sub(structures.len() + report.dropped.entries("structure"));

        // Written next to the output, renamed over it only when usable: a failed run leaves the
        // previous file as it was.
        let tmp = format!("{}.tmp-{}", args.out, files::process_id());
        let out = files::create(&tmp).map_err(|e| format!("cannot write {tmp}: {e}"))?;
        let mut w = BufWriter::with_capacity(1 << 20, out);
        let write = |w: &mut BufWriter<files::File>| -> std::io::Result<()> {
            w.write_all(b"{\"structures\":[")?;
            for (i, (_, e)) in structures.iter().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                serde_json::to_writer(&mut *w, &json_of(e))?;
            }
            w.write_all(b"],\"services\":[")?;
            for (i, e) in services.iter().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                serde_json::to_writer(&mut *w, &json_of(e))?;
            }
            w.write_all(b"],\"communes\":")?;
            serde_json::to_writer(&mut *w, &communes)?;
            w.write_all(b"}")?;
            w.flush()
        };
        write(&mut w).map_err(|e| format!("cannot write {tmp}: {e}"))?;
        drop(w);
        let outcome = report.outcome(args.max_dropped);
        if outcome == Outcome::Written {
            // What the widget will make of it: the same entries, through its own matching.
            let communes = communes
                .iter()
                .map(|c| contacts::Commune {
                    code_insee: c["code_insee"].as_str().unwrap_or_default().to_string(),
                    nom: c["nom"].as_str().unwrap_or_default().to_string(),
                    latitude: c["latitude"].as_f64().unwrap_or_default(),
                    longitude: c["longitude"].as_f64().unwrap_or_default(),
                    epci: c["epci"].as_str().map(String::from),
                })
                .collect();
            let dir =
                contacts::Directory::of_entries(structures.into_iter().map(|(_, e)| e).collect(), services, communes);
            report.coverage(&dir);
            files::rename(&tmp, &args.out).map_err(|e| format!("cannot write {}: {e}", args.out))?;
        } else {
            let _ = files::remove_file(&tmp);
        }
        report.millis = started.elapsed().as_millis();
        report.out = args.out.clone();
        Ok((report, outcome))
    }

    pub fn main() -> ExitCode {
        let mut args = match args() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("passerelle-import: {e}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        if let Some(api) = &args.api {
            let mut pages = 0;
            for (table, path) in [("structures", &args.structures), ("services", &args.services)] {
                match api.fetch(table, std::path::Path::new(path)) {
                    Ok(n) => pages += n,
                    Err(e) => {
                        eprintln!("passerelle-import: {e}");
                        return ExitCode::from(1);
                    }
                }
            }
            args.origin = Some(crate::pages::origin(&api.base, pages));
        }
        let result = run(&args);
        if args.api.is_some() {
            let _ = files::remove_file(&args.structures);
            let _ = files::remove_file(&args.services);
        }
        match result {
            Ok((report, outcome)) => {
                print!("{}", report.summary(outcome));
                if let Some(path) = &args.report {
                    if let Err(e) = files::write(path, report.json(outcome).to_string() + "\n") {
                        eprintln!("passerelle-import: cannot write {path}: {e}");
                        return ExitCode::from(1);
                    }
                }
                match outcome {
                    Outcome::Written => ExitCode::SUCCESS,
                    Outcome::NothingKept => {
                        eprintln!("passerelle-import: nothing kept: {} left as it was", args.out);
                        ExitCode::from(3)
                    }
                    Outcome::TooManyDropped => {
                        eprintln!(
                            "passerelle-import: more than {}% of the services are invalid: {} left as it was",
                            args.max_dropped.unwrap_or_default(),
                            args.out
                        );
                        ExitCode::from(4)
                    }
                }
            }
            Err(e) => {
                eprintln!("passerelle-import: {e}");
                // A foreign shape is a file with nothing usable in it.
                ExitCode::from(if e.contains("not in the data·inclusion v1 shape") { 3 } else { 1 })
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn placeholder_phones() {
            for p in ["0123456789", "+33123456789", "01 23 45 67 89", "00 00 00 00 00", "01.02.03.04.05"] {
                assert!(is_placeholder_phone(p), "{p}");
            }
            for p in ["01 99 00 12 34", "+262 262 12 34 56", "115", "3919", "03 20 00 00 00"] {
                assert!(!is_placeholder_phone(p), "{p}");
            }
        }

        #[test]
        fn postcodes_to_departements() {
            for (cp, d) in [
                ("59000", "59"),
                ("20000", "2A"),
                ("20167", "2A"),
                ("20200", "2B"),
                ("20600", "2B"),
                ("97400", "974"),
                ("97600", "976"),
                ("98800", "988"),
                ("01000", "01"),
            ] {
                assert_eq!(postal_departement(cp).as_deref(), Some(d), "{cp}");
            }
            assert_eq!(postal_departement("9740"), None);
        }
    }
}
