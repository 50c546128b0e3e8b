//! Reading what coordinators have: the forms data·inclusion publishes (its open-data export job
//! writes each table as JSON records, CSV, GeoJSON, XLSX, Parquet; its API v1 answers pages of `items`), JSON
//! Lines, and a contacts file. The form is told from the content, never from the file name, and
//! every entry is passed on as a JSON object, one at a time.
//!
//! A file whose first entry has too few of the v1 field names gets one message naming what was
//! expected and what was found, instead of one error per entry. Values in the shapes other tools
//! write them — lists as `{a,b}` (PostgreSQL) or `['a', 'b']` (pandas), decimal commas — are read
//! as what they mean, and counted in the report.

use crate::files::{self, File};
use passerelle::engine::contacts::schema::{Kind, Spec};
use serde::de::{Deserializer as _, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};

/// What was read: the form, and the values read in another tool's shape (how many, by shape).
#[derive(Default)]
pub struct Form {
    pub form: String,
    pub reshaped: BTreeMap<String, usize>,
}

/// Calls `each` on every entry of the file at `path`, as a v1 entry of `specs`.
pub fn stream(path: &str, specs: &'static [Spec], mut each: impl FnMut(Value)) -> Result<Form, String> {
    let file = files::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
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
    let mut read = Form::default();
    let mut checked = false;
    let mut failure = None;
    let mut one = |v: Value, read: &mut Form| -> bool {
        let mut v = v;
        if !checked {
            checked = true;
            if let Err(e) = shape(path, &v, specs) {
                failure = Some(e);
                return false;
            }
        }
        reshape(&mut v, specs, &mut read.reshaped);
        each(v);
        true
    };
    let bad = |e: serde_json::Error| format!("{path} is not valid JSON: {e}");
    let magic = reader.fill_buf().map_err(|e| format!("cannot read {path}: {e}"))?;
    if magic.starts_with(b"PAR1") {
        drop(reader);
        read.form = parquet(path, &mut |v, r| one(v, r), &mut read)?;
    } else if magic.starts_with(b"PK\x03\x04") {
        drop(reader);
        read.form = xlsx(path, specs, &mut |v, r| one(v, r), &mut read)?;
    } else if first == b'[' {
        read.form = "a JSON array of entries (data·inclusion's open-data JSON)".into();
        struct Each<'a, F: FnMut(Value) -> bool>(&'a mut F);
        impl<'de, F: FnMut(Value) -> bool> Visitor<'de> for Each<'_, F> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an array of entries")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while let Some(v) = seq.next_element::<Value>()? {
                    if !(self.0)(v) {
                        // Stop reading: the rest is not wanted.
                        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                        return Ok(());
                    }
                }
                Ok(())
            }
        }
        let mut de = serde_json::Deserializer::from_reader(reader);
        let mut f = |v: Value| one(v, &mut read);
        de.deserialize_seq(Each(&mut f)).map_err(bad)?;
        de.end().map_err(bad)?;
    } else if first == b'{' {
        let mut lines = 0usize;
        let mut kinds = (false, false, false); // entries, FeatureCollection, pages
        let mut de = serde_json::Deserializer::from_reader(reader);
        // Object after object (JSON Lines, or one object); `end` only looks ahead for more.
        while de.end().is_err() {
            let mut go = true;
            let (mut v, features) = {
                // GeoJSON's features go to `one` as they are read: never the whole collection in memory.
                let mut each = |f: Value| {
                    go = one(feature(f), &mut read);
                    go
                };
                serde::de::DeserializeSeed::deserialize(Top(&mut each), &mut de).map_err(bad)?
            };
            lines += 1;
            if features {
                kinds.1 = true;
            } else if let Some(items) = page_items(&mut v, specs) {
                kinds.2 = true;
                go = items.into_iter().all(|e| one(e, &mut read));
            } else {
                kinds.0 = true;
                go = one(v, &mut read);
            }
            if !go {
                break;
            }
        }
        read.form = match kinds {
            (_, true, _) => "GeoJSON features (data·inclusion's open-data GeoJSON)".into(),
            (false, false, true) => "a JSON object holding the entries (a contacts file or API v1 page)".into(),
            _ if lines > 1 => "JSON Lines".into(),
            _ => "one JSON object".into(),
        };
    } else {
        read.form = csv(path, reader, &mut |v, r| one(v, r), &mut read)?;
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(read),
    }
}

/// One JSON object of the file, read with its `features` (GeoJSON's) handed one at a time to the
/// function and its other members kept: the object, and whether it had features.
struct Top<'a>(&'a mut dyn FnMut(Value) -> bool);

impl<'de> serde::de::DeserializeSeed<'de> for Top<'_> {
    type Value = (Value, bool);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = (Value, bool);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (each, mut rest, mut features) = (self.0, Map::new(), false);
        while let Some(key) = map.next_key::<String>()? {
            if key == "features" && !features {
                features = true;
                map.next_value_seed(Features(&mut *each))?;
            } else {
                rest.insert(key, map.next_value()?);
            }
        }
        Ok((Value::Object(rest), features))
    }
}

/// GeoJSON's `features`, each handed on as it is read; the rest skipped once the function says stop.
struct Features<'a>(&'a mut dyn FnMut(Value) -> bool);

impl<'de> serde::de::DeserializeSeed<'de> for Features<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Features<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of GeoJSON features")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(f) = seq.next_element::<Value>()? {
            if !(self.0)(f) {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                break;
            }
        }
        Ok(())
    }
}

/// A GeoJSON feature's entry: its properties, with its point as the entry's own longitude and
/// latitude (as the export made it) when they are missing.
fn feature(f: Value) -> Value {
    let Value::Object(mut f) = f else { return Value::Null };
    let mut p = f.remove("properties").unwrap_or(Value::Null);
    if let (Some(Value::Array(c)), Some(m)) =
        (f.get_mut("geometry").and_then(|g| g.get_mut("coordinates")).map(Value::take), p.as_object_mut())
    {
        if let Ok([lo, la]) = <[Value; 2]>::try_from(c) {
            m.entry("longitude").or_insert(lo);
            m.entry("latitude").or_insert(la);
        }
    }
    p
}

/// The entries of a JSON object that holds them: a contacts file (`services`, `structures`) or
/// an API v1 page (`items`).
fn page_items(v: &mut Value, specs: &[Spec]) -> Option<Vec<Value>> {
    let section = if specs.iter().any(|s| s.name == "structure_id") { "services" } else { "structures" };
    let m = v.as_object_mut()?;
    if m.contains_key("id") {
        return None;
    }
    let key = if matches!(m.get("items"), Some(Value::Array(_))) { "items" } else { section };
    match m.remove(key) {
        Some(Value::Array(a)) => Some(a),
        Some(other) => {
            m.insert(key.to_string(), other);
            None
        }
        None => None,
    }
}

/// The published CSV (pandas' `to_csv`: a header of v1 field names, lists as `['a', 'b']`), or a
/// CSV with `;` as made by a French spreadsheet.
fn csv(
    path: &str,
    mut reader: BufReader<File>,
    one: &mut dyn FnMut(Value, &mut Form) -> bool,
    read: &mut Form,
) -> Result<String, String> {
    let head = reader.fill_buf().map_err(|e| format!("cannot read {path}: {e}"))?;
    let line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let (commas, semicolons) =
        (line.iter().filter(|b| **b == b',').count(), line.iter().filter(|b| **b == b';').count());
    if commas == 0 && semicolons == 0 {
        return Err(format!(
            "{path}: not a form the importer reads. Expected data·inclusion v1 entries as a JSON array, JSON Lines, \
             GeoJSON, an API v1 page, CSV, XLSX or Parquet; found text starting «{}»",
            String::from_utf8_lossy(&line[..line.len().min(60)])
        ));
    }
    let delimiter = if semicolons > commas { b';' } else { b',' };
    let mut r = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(reader);
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| format!("{path} is not valid CSV: {e}"))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let mut record = csv::StringRecord::new();
    loop {
        match r.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(format!("{path} is not valid CSV: {e}")),
        }
        let mut m = Map::with_capacity(headers.len());
        for (h, cell) in headers.iter().zip(record.iter()) {
            // An empty cell is pandas' missing value.
            if !cell.is_empty() && !h.is_empty() {
                m.insert(h.clone(), Value::String(cell.to_string()));
            }
        }
        if !one(Value::Object(m), read) {
            break;
        }
    }
    Ok(format!("CSV (`{}` between columns)", delimiter as char))
}

/// The export's Parquet (pandas' `to_parquet(index=False)`: pyarrow, snappy-compressed; text as
/// strings, lists as `list<string>`, dates as `date32`, a column with no value at all as nulls of
/// `double`), read row by row, one row group in memory at a time. Each row becomes the entry its
/// JSON form holds: dates as `YYYY-MM-DD`, nulls absent.
fn parquet(path: &str, one: &mut dyn FnMut(Value, &mut Form) -> bool, read: &mut Form) -> Result<String, String> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let bad = |e: parquet::errors::ParquetError| format!("{path} is not a readable Parquet file: {e}");
    let file = files::chunks(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let reader = SerializedFileReader::new(file).map_err(bad)?;
    fn value(f: Field) -> Value {
        let day = |d: i64| Value::String(passerelle::engine::calendar::Day::from_unix_days(d).to_string());
        match f {
            Field::Null => Value::Null,
            Field::Bool(b) => Value::Bool(b),
            Field::Byte(i) => i.into(),
            Field::Short(i) => i.into(),
            Field::Int(i) => i.into(),
            Field::Long(i) => i.into(),
            Field::UByte(i) => i.into(),
            Field::UShort(i) => i.into(),
            Field::UInt(i) => i.into(),
            Field::ULong(i) => i.into(),
            Field::Float16(x) => f64::from(x).into(),
            Field::Float(x) => f64::from(x).into(),
            // NaN (pandas' missing value, when not written as null) is absent.
            Field::Double(x) if x.is_nan() => Value::Null,
            Field::Double(x) => x.into(),
            Field::Str(s) => Value::String(s),
            Field::Bytes(b) => Value::String(String::from_utf8_lossy(b.data()).into_owned()),
            Field::Date(d) => day(d.into()),
            Field::TimestampMillis(t) => day(t.div_euclid(86_400_000)),
            Field::TimestampMicros(t) => day(t.div_euclid(86_400_000_000)),
            Field::ListInternal(l) => Value::Array(l.elements().iter().cloned().map(value).collect()),
            Field::Group(r) => Value::Object(r.into_columns().into_iter().map(|(k, v)| (k, value(v))).collect()),
            other => Value::String(other.to_string()),
        }
    }
    // The `parquet` crate panics on some damaged pages (found by the fuzz target `import_input`:
    // an RLE run past its buffer) instead of returning an error: such a file gets the same clear
    // message, not a crash. The importer's profile unwinds (Cargo.toml, `[profile.import]`); the
    // page's worker cannot (wasm), and says the message from its panic hook (`files::catching`).
    let rows = || -> Result<(), String> {
        for row in reader.get_row_iter(None).map_err(bad)? {
            let m: Map<String, Value> = row
                .map_err(bad)?
                .into_columns()
                .into_iter()
                .map(|(k, v)| (k, value(v)))
                .filter(|(_, v)| !v.is_null())
                .collect();
            if !one(Value::Object(m), read) {
                break;
            }
        }
        Ok(())
    };
    let damaged = format!("{path} is not a readable Parquet file: its pages are damaged");
    files::catching(&damaged, rows).unwrap_or(Err(damaged))?;
    Ok("Parquet (data·inclusion's open-data Parquet)".into())
}

/// A spreadsheet: the export's XLSX (pandas' `to_excel`: one sheet, an index column) or the
/// official validator's template that producers fill in (sheets `Structures` and `Services`, a
/// `__ignore__` column marking description and example rows, lists written `a, b`, no `source`:
/// the file's name stands for it, and is reported).
fn xlsx(
    path: &str,
    specs: &[Spec],
    one: &mut dyn FnMut(Value, &mut Form) -> bool,
    read: &mut Form,
) -> Result<String, String> {
    use calamine::{Data, Reader};
    let bad = |e: calamine::Error| format!("{path} is not a readable spreadsheet: {e}");
    let mut book = files::workbook(path).map_err(bad)?;
    let names = book.sheet_names();
    let want = if specs.iter().any(|s| s.name == "structure_id") { "services" } else { "structures" };
    let sheet = names
        .iter()
        .find(|n| n.trim().eq_ignore_ascii_case(want))
        .or(if names.len() == 1 { names.first() } else { None })
        .ok_or_else(|| format!("{path}: no sheet named « {want} » among {}", names.join(", ")))?
        .clone();
    let stem = std::path::Path::new(path).file_stem().map_or("xlsx".into(), |s| s.to_string_lossy().to_string());
    let is_list =
        |h: &str| specs.iter().any(|s| s.name == h && matches!(s.kind, Kind::Set(..) | Kind::Codes(..) | Kind::Zones));
    // The first row names the columns (and tells the validator's template by its `__ignore__`);
    // each row after it is one entry.
    let mut header: Option<(std::collections::HashMap<u32, String>, bool)> = None;
    rows(&mut book, &sheet, &mut |row| {
        let Some((headers, template)) = &header else {
            let named: std::collections::HashMap<u32, String> = row
                .into_iter()
                .filter_map(|(col, c)| match c {
                    Data::String(s) => Some((col, s.trim().to_string())),
                    _ => None,
                })
                .collect();
            let template = named.values().any(|h| h == "__ignore__");
            header = Some((named, template));
            return true;
        };
        let mut m = Map::with_capacity(headers.len());
        for (col, cell) in row {
            let Some(h) = headers.get(&col) else { continue };
            let text = match cell {
                Data::Empty => continue,
                Data::String(s) if s.trim().is_empty() => continue,
                Data::String(s) => s,
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e16 => format!("{}", f as i64),
                Data::Float(f) => f.to_string(),
                Data::Int(i) => i.to_string(),
                Data::Bool(b) => b.to_string(),
                // A date: the spreadsheet's day number (from 1899-12-30).
                Data::DateTime(d) => {
                    passerelle::engine::calendar::Day::from_unix_days(d.as_f64().floor() as i64 - 25_569).to_string()
                }
                Data::DateTimeIso(s) | Data::DurationIso(s) => s,
                Data::Error(_) => continue,
            };
            if h.is_empty() {
                continue;
            }
            let v = if is_list(h) && !text.starts_with(['[', '{']) {
                Value::Array(
                    text.split(',')
                        .map(|i| i.trim())
                        .filter(|i| !i.is_empty())
                        .map(|i| Value::String(i.into()))
                        .collect(),
                )
            } else {
                Value::String(text)
            };
            m.insert(h.clone(), v);
        }
        if *template {
            // Description and example rows are marked in `__ignore__`; empty rows are the rest of the sheet.
            if m.remove("__ignore__").is_some() || m.is_empty() {
                return true;
            }
            if !m.contains_key("source") {
                m.insert("source".into(), Value::String(stem.clone()));
                *read
                    .reshaped
                    .entry(format!("entries without `source`: the file's name, « {stem} », stands for it"))
                    .or_default() += 1;
            }
        } else if m.is_empty() {
            return true;
        }
        one(Value::Object(m), read)
    })
    .map_err(bad)?;
    Ok(format!(
        "{} (sheet « {sheet} »)",
        if header.is_some_and(|(_, template)| template) {
            "the validator's spreadsheet template (XLSX)"
        } else {
            "a spreadsheet (XLSX)"
        }
    ))
}

/// Each row of `sheet` to `f`, as its cells with their column, until `f` says stop. An XLSX sheet is
/// streamed (calamine's cell reader): 100 000 services are never held whole, only the workbook's
/// shared strings; other workbooks (XLS, ODS) are read whole.
fn rows<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Sheets<RS>,
    sheet: &str,
    f: &mut dyn FnMut(Vec<(u32, calamine::Data)>) -> bool,
) -> Result<(), calamine::Error> {
    use calamine::Reader;
    if let calamine::Sheets::Xlsx(x) = book {
        let mut cells = x.worksheet_cells_reader(sheet)?;
        let (mut row, mut at) = (Vec::new(), None);
        while let Some(c) = cells.next_cell()? {
            let (r, col) = c.get_position();
            if at.is_some_and(|a| a != r) && !f(std::mem::take(&mut row)) {
                return Ok(());
            }
            at = Some(r);
            row.push((col, calamine::Data::from(c.get_value().clone())));
        }
        if at.is_some() {
            f(row);
        }
        return Ok(());
    }
    let range = book.worksheet_range(sheet)?;
    let first = range.start().map_or(0, |(_, col)| col);
    for r in range.rows() {
        if !f(r.iter().zip(first..).map(|(c, col)| (col, c.clone())).collect()) {
            break;
        }
    }
    Ok(())
}

/// The first entry must be in v1's shape: at least half of the required field names. Otherwise
/// one message says what was expected and what was found.
fn shape(path: &str, v: &Value, specs: &[Spec]) -> Result<(), String> {
    let Some(m) = v.as_object() else {
        return Err(format!("{path}: the first entry is not an object but {}", kind_of(v)));
    };
    let required: Vec<&str> = specs.iter().filter(|s| s.required).map(|s| s.name).collect();
    let present = required.iter().filter(|r| m.contains_key(**r)).count();
    if present * 2 >= required.len() {
        return Ok(());
    }
    let keys: Vec<&str> = m.keys().map(String::as_str).take(12).collect();
    let french = keys.iter().any(|k| k.chars().any(|c| c.is_uppercase() || c == ' ' || !c.is_ascii()));
    Err(format!(
        "{path}: not in the data·inclusion v1 shape. Expected fields named {}; found {}.{}",
        required.join(", "),
        keys.iter().map(|k| format!("«{k}»")).collect::<Vec<_>>().join(", "),
        if french {
            " These are French column names: is this a spreadsheet made for reading (e.g. an extract of a \
             directory)? Export it from data·inclusion (open data on data.gouv.fr, or the API) instead."
        } else {
            ""
        }
    ))
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Values written in another tool's shape, read as what they mean: lists as text (`{a,b}`,
/// `['a', 'b']`, `["a"]`), numbers with a decimal comma.
fn reshape(v: &mut Value, specs: &[Spec], counts: &mut BTreeMap<String, usize>) {
    let Some(m) = v.as_object_mut() else { return };
    for spec in specs {
        let Some(Value::String(s)) = m.get(spec.name) else { continue };
        let s = s.trim();
        let list = matches!(spec.kind, Kind::Set(..) | Kind::Codes(..) | Kind::Zones);
        let new = if list {
            let (shape, items) = if let Some(inner) = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
                ("lists written {a,b} (PostgreSQL arrays), read as lists", split_items(inner))
            } else if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                ("lists written ['a', 'b'] (Python, pandas' CSV), read as lists", split_items(inner))
            } else {
                continue;
            };
            *counts.entry(shape.into()).or_default() += 1;
            Value::Array(items.into_iter().map(Value::String).collect())
        } else if matches!(spec.kind, Kind::Float(_)) && s.contains(',') && !s.contains('.') {
            let t = s.replacen(',', ".", 1);
            if t.parse::<f64>().is_err() {
                continue;
            }
            *counts.entry("numbers with a decimal comma, read as numbers".into()).or_default() += 1;
            Value::String(t)
        } else {
            continue;
        };
        m.insert(spec.name.to_string(), new);
    }
}

/// The items of a list written as text: `a,b`, `'a', 'b'`, `"a","b"`.
fn split_items(inner: &str) -> Vec<String> {
    inner
        .split(',')
        .map(|i| i.trim().trim_matches(|c| c == '\'' || c == '"').to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle::engine::contacts::schema::SERVICE;
    use serde_json::json;

    /// A JSON form reads a coordinate as exactly as CSV and Parquet do (serde_json's `float_roundtrip`),
    /// so every form of an export gives the same bytes.
    #[test]
    fn json_numbers_are_read_exactly() {
        for t in ["48.952729839999996", "45.842541800000006", "2.8394959999999996"] {
            assert_eq!(serde_json::from_str::<f64>(t).unwrap(), t.parse::<f64>().unwrap(), "{t}");
        }
    }

    #[test]
    fn lists_and_numbers_in_other_shapes() {
        let mut v = json!({ "thematiques": "{famille--garde-denfants,sante--sante-mentale}", "publics": "['jeunes', 'femmes']",
                            "latitude": "-21,34", "nom": "{pas une liste}" });
        let mut counts = BTreeMap::new();
        reshape(&mut v, SERVICE, &mut counts);
        assert_eq!(v["thematiques"], json!(["famille--garde-denfants", "sante--sante-mentale"]));
        assert_eq!(v["publics"], json!(["jeunes", "femmes"]));
        assert_eq!(v["latitude"], json!("-21.34"));
        assert_eq!(v["nom"], json!("{pas une liste}"));
        assert_eq!(counts.values().sum::<usize>(), 3);
    }
}
