//! Turns a data·inclusion v1 export into the contacts file of one territory.
//!
//! passerelle-import --structures S.json --services V.json [--commune CODE]... [--departement CODE]...
//!                   [--around LAT,LON,KM] --out contacts.json
//!
//! Inputs are JSON arrays (as published in open data) or JSON Lines, read as streams: memory
//! holds what is kept, never the national file. Every field is checked as the official
//! data·inclusion models check it (`reader::check`): an invalid optional value is removed, an
//! entry whose required field is invalid is dropped. The output holds only the valid values,
//! normalised, under the official field names, so it is valid under those models; the summary
//! counts what was kept, removed and dropped, by reason, with the first ids.

// A native tool: on wasm32 (the widget's target) there is nothing to build.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use passerelle::engine::contacts::matching::{departement, haversine};
    use passerelle::engine::contacts::reader::{self as contacts, id_of, Day, Entry, Value as Field};
    use serde::de::{Deserializer as _, SeqAccess, Visitor};
    use serde_json::{json, Value};
    use std::collections::{BTreeMap, HashMap, HashSet};
    use std::fs::File;
    use std::io::{BufRead, BufReader, BufWriter, Read, Write};
    use std::process::ExitCode;
    use std::time::Instant;

    struct Args {
        structures: String,
        services: String,
        communes: Vec<String>,
        departements: Vec<String>,
        around: Option<(f64, f64, f64)>,
        out: String,
        today: Day,
    }

    const USAGE: &str = "usage: passerelle-import --structures S.json --services V.json [--commune CODE]... \
    [--departement CODE]... [--around LAT,LON,KM] [--today YYYY-MM-DD] --out contacts.json";

    fn args() -> Result<Args, String> {
        let mut it = std::env::args().skip(1);
        let (mut structures, mut services, mut out) = (None, None, None);
        let (mut communes, mut departements, mut around) = (vec![], vec![], None);
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let mut today = Day::from_unix_days((secs / 86_400) as i64);
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or(format!("{a} needs a value"));
            match a.as_str() {
                "--structures" => structures = Some(value()?),
                "--services" => services = Some(value()?),
                "--out" => out = Some(value()?),
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
        Ok(Args {
            structures: structures.ok_or("--structures is required")?,
            services: services.ok_or("--services is required")?,
            out: out.ok_or("--out is required")?,
            communes,
            departements,
            around,
            today,
        })
    }

    /// Calls `each` on every entry of a JSON array or JSON Lines file, one at a time.
    fn stream(path: &str, mut each: impl FnMut(Value)) -> Result<(), String> {
        let file = File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let mut reader = BufReader::with_capacity(1 << 20, file);
        let first = loop {
            let buf = reader.fill_buf().map_err(|e| format!("cannot read {path}: {e}"))?;
            match buf.iter().position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF) {
                Some(i) => break buf[i],
                None if buf.is_empty() => return Err(format!("{path} is empty")),
                None => {
                    let n = buf.len();
                    reader.consume(n);
                }
            }
        };
        let bad = |e: serde_json::Error| format!("{path} is not valid JSON: {e}");
        if first == b'[' {
            struct Each<'a, F: FnMut(Value)>(&'a mut F);
            impl<'de, F: FnMut(Value)> Visitor<'de> for Each<'_, F> {
                type Value = ();
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an array of entries")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                    while let Some(v) = seq.next_element::<Value>()? {
                        (self.0)(v);
                    }
                    Ok(())
                }
            }
            let mut de = serde_json::Deserializer::from_reader(reader);
            de.deserialize_seq(Each(&mut each)).map_err(bad)?;
            de.end().map_err(bad)
        } else {
            for v in serde_json::Deserializer::from_reader(reader.take(u64::MAX)).into_iter::<Value>() {
                each(v.map_err(bad)?);
            }
            Ok(())
        }
    }

    /// What was left out or removed, by reason: how many, and the first few ids.
    #[derive(Default)]
    struct Tally(BTreeMap<String, (usize, Vec<String>)>);

    impl Tally {
        fn add(&mut self, reason: String, id: &str) {
            let e = self.0.entry(reason).or_default();
            e.0 += 1;
            if e.1.len() < 5 {
                e.1.push(if id.is_empty() { "(empty id)".into() } else { id.to_string() });
            }
        }
        fn total(&self) -> usize {
            self.0.values().map(|e| e.0).sum()
        }
        fn write(&self, title: &str, report: &mut String) {
            report.push_str(&format!("{title} {}:\n", self.total()));
            for (reason, (n, ids)) in &self.0 {
                report.push_str(&format!(
                    "  {n:>7}  {reason}{}\n",
                    if ids.is_empty() { String::new() } else { format!("  (e.g. {})", ids.join(", ")) }
                ));
            }
        }
    }

    /// A reason without the value it quotes, so that reasons can be counted.
    fn generic(reason: &str) -> String {
        match (reason.find('"'), reason.rfind('"')) {
            (Some(a), Some(b)) if b > a => {
                let quoted = &reason[a..=b];
                if a == 0 {
                    reason[b + 1..].trim_start().to_string()
                } else {
                    reason.replace(quoted, "…")
                }
            }
            _ => reason.to_string(),
        }
    }

    /// Counts an entry's problems: the entry dropped (by its first invalid required field), or
    /// its invalid optional values removed.
    fn tally(kind: &str, e: &Entry, id: &str, dropped: &mut Tally, removed: &mut Tally) {
        if let Some(p) = e.problems.iter().find(|p| p.required) {
            dropped.add(format!("{kind}: `{}` {}", p.field, generic(&p.reason)), id);
        } else {
            for p in &e.problems {
                removed.add(format!("{kind}: `{}` {}", p.field, generic(&p.reason)), id);
            }
        }
    }

    /// The entry as the official models would serialise it: its valid fields, in their order.
    fn json_of(e: &Entry) -> Value {
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

    struct Territory<'a>(&'a Args);

    impl Territory<'_> {
        fn everything(&self) -> bool {
            self.0.communes.is_empty() && self.0.departements.is_empty() && self.0.around.is_none()
        }
        /// Whether a place (INSEE code and/or position) lies in the territory; `None`: unknown place.
        fn holds(&self, v: &Entry) -> Option<bool> {
            if self.everything() {
                return Some(true);
            }
            let code = v.text("code_insee");
            let pos = v.number("latitude").zip(v.number("longitude"));
            if code.is_none() && pos.is_none() {
                return None;
            }
            let by_code = code.is_some_and(|c| {
                self.0.communes.iter().any(|x| x == c) || self.0.departements.iter().any(|d| d == departement(c))
            });
            let by_pos = matches!((self.0.around, pos), (Some((la, lo, km)), Some(p)) if haversine((la, lo), p) <= km);
            Some(by_code || by_pos)
        }
        /// A remote service open to people of the territory.
        fn serves(&self, zone: &[String]) -> bool {
            zone.iter().any(|z| {
                z == "france"
                    || self.0.communes.contains(z)
                    || self.0.departements.contains(z)
                    || self.0.communes.iter().any(|c| departement(c) == z)
            })
        }
    }

    fn run(args: &Args) -> Result<String, String> {
        let started = Instant::now();
        let territory = Territory(args);
        let today = args.today;
        let (mut read_st, mut read_sv) = (0usize, 0usize);
        let (mut dropped, mut removed) = (Tally::default(), Tally::default());
        // Pass 1: the territory's structures.
        let mut structures: HashMap<String, Entry> = HashMap::new();
        let mut elsewhere: HashSet<String> = HashSet::new();
        stream(&args.structures, |v| {
            read_st += 1;
            let e = contacts::check(&v, contacts::STRUCTURE, today);
            let id = e.text("id").map_or_else(|| id_of(&v, read_st - 1), String::from);
            if !e.kept() {
                return tally("structure", &e, &id, &mut dropped, &mut removed);
            }
            if structures.contains_key(&id) || elsewhere.contains(&id) {
                return dropped.add("structure: `id` is used twice".into(), &id);
            }
            match territory.holds(&e) {
                Some(true) => {
                    tally("structure", &e, &id, &mut dropped, &mut removed);
                    structures.insert(id, e);
                }
                _ => {
                    elsewhere.insert(id);
                }
            }
        })?;
        // Pass 2: services in the territory, by their own place, their structure's, or as remote
        // services open to it.
        let mut services: Vec<Entry> = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        let mut needed: HashSet<String> = HashSet::new();
        stream(&args.services, |v| {
            read_sv += 1;
            let e = contacts::check(&v, contacts::SERVICE, today);
            let id = e.text("id").map_or_else(|| id_of(&v, read_sv - 1), String::from);
            if !e.kept() {
                return tally("service", &e, &id, &mut dropped, &mut removed);
            }
            if !ids.insert(id.clone()) {
                return dropped.add("service: `id` is used twice".into(), &id);
            }
            let remote = e.list("modes_accueil").is_some_and(|m| m.iter().any(|m| m == "a-distance"));
            let open = || remote && e.list("zone_eligibilite").is_some_and(|z| territory.serves(z));
            let structure_id = e.text("structure_id").unwrap_or_default();
            let keep = match territory.holds(&e) {
                Some(true) => true,
                Some(false) => open(),
                None => structures.contains_key(structure_id) || open(),
            };
            if !keep {
                return dropped.add("service: outside the territory".into(), &id);
            }
            tally("service", &e, &id, &mut dropped, &mut removed);
            if !structures.contains_key(structure_id) {
                needed.insert(structure_id.to_string());
            }
            services.push(e);
        })?;
        // Pass 3: the structures of kept services that lie elsewhere (remote services, mostly).
        needed.retain(|id| elsewhere.contains(id));
        if !needed.is_empty() {
            stream(&args.structures, |v| {
                if let Some(id) = v.get("id").and_then(Value::as_str) {
                    if needed.remove(id) {
                        let e = contacts::check(&v, contacts::STRUCTURE, today);
                        tally("structure", &e, id, &mut dropped, &mut removed);
                        structures.insert(id.to_string(), e);
                    }
                }
            })?;
        }
        let dropped_structures = read_st
            - structures.len()
            - dropped.0.iter().filter(|(k, _)| k.starts_with("structure")).map(|(_, e)| e.0).sum::<usize>();
        if dropped_structures > 0 {
            dropped
                .0
                .insert("structure: outside the territory, and no kept service".into(), (dropped_structures, vec![]));
        }
        // The communes section: each commune's name and the mean position of what lies there.
        let mut communes: BTreeMap<String, (String, f64, f64, u32)> = BTreeMap::new();
        for e in structures.values().chain(services.iter()) {
            let (Some(code), Some(nom)) = (e.text("code_insee"), e.text("commune")) else { continue };
            let (Some(la), Some(lo)) = (e.number("latitude"), e.number("longitude")) else { continue };
            let usable = passerelle::engine::formats::is_insee(code)
                && (-90.0..=90.0).contains(&la)
                && (-180.0..=180.0).contains(&lo);
            if usable && (territory.everything() || territory.holds(e) == Some(true)) {
                let c = communes.entry(code.to_string()).or_insert((nom.to_string(), 0.0, 0.0, 0));
                c.1 += la;
                c.2 += lo;
                c.3 += 1;
            }
        }
        let communes: Vec<Value> = communes
            .into_iter()
            .map(|(code, (nom, la, lo, n))| json!({ "code_insee": code, "nom": nom, "latitude": la / n as f64, "longitude": lo / n as f64 }))
            .collect();
        let mut structures: Vec<(String, Entry)> = structures.into_iter().collect();
        structures.sort_by(|a, b| a.0.cmp(&b.0));
        let (kept_st, kept_sv, n_communes) = (structures.len(), services.len(), communes.len());
        let out = File::create(&args.out).map_err(|e| format!("cannot write {}: {e}", args.out))?;
        let mut w = BufWriter::with_capacity(1 << 20, out);
        // One entry at a time: the kept entries are not held twice.
        let write = |w: &mut BufWriter<File>| -> std::io::Result<()> {
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
        write(&mut w).map_err(|e| format!("cannot write {}: {e}", args.out))?;

        let mut report = format!(
            "read {read_st} structures, {read_sv} services\nkept {kept_st} structures, {kept_sv} services, {n_communes} communes → {}\n",
            args.out,
        );
        removed.write("values removed (the entry kept)", &mut report);
        dropped.write("dropped", &mut report);
        report.push_str(&format!("in {} ms\n", started.elapsed().as_millis()));
        Ok(report)
    }

    pub fn main() -> ExitCode {
        let args = match args() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("passerelle-import: {e}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        match run(&args) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("passerelle-import: {e}");
                ExitCode::from(1)
            }
        }
    }
}
