//! The data·inclusion API v1, read as an export: `GET {base}/api/v1/{structures,services}` with
//! its own filters (`code_departement`, `code_commune`), page by page (`page`, `size`; each
//! answer is `{items, total, page, size, pages}`), with the token as a bearer. Pages are written
//! to a local JSON Lines file (`pages.rs`), which the importer then reads like any export. The
//! coordinator's page (www/preparer-worker.js) asks for the same pages in the same order.
//!
//! A refused token (401, 403) stops at once with what to do; a busy server (429, 5xx) or a
//! broken connection is tried again after 1, 2, 4 s (or the `Retry-After` it asks, up to 30 s).

use serde_json::Value;
use std::io::Write;
use std::time::Duration;

use crate::pages::{write_items, SIZE};

const TRIES: u32 = 4;

pub struct Api {
    pub base: String,
    pub token: String,
    /// `(name, value)` filters, each fetched in turn (none: the whole country).
    pub filters: Vec<(&'static str, String)>,
}

impl Api {
    fn root(&self) -> String {
        let b = self.base.trim_end_matches('/');
        if b.ends_with("/api/v1") {
            b.to_string()
        } else {
            format!("{b}/api/v1")
        }
    }

    /// Every entry of `table` (`structures` or `services`), into `path` as JSON Lines; returns
    /// how many pages were read.
    pub fn fetch(&self, table: &str, path: &std::path::Path) -> Result<usize, String> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        );
        let filters: Vec<Option<&(&str, String)>> =
            if self.filters.is_empty() { vec![None] } else { self.filters.iter().map(Some).collect() };
        let mut pages = 0;
        for filter in filters {
            let mut page = 1;
            loop {
                let mut url = format!("{}/{table}?page={page}&size={SIZE}", self.root());
                if let Some((k, v)) = filter {
                    url.push_str(&format!("&{k}={v}"));
                }
                let body = self.get(&agent, &url)?;
                pages += 1;
                let (items, last) = write_items(&url, &body, &mut out)?;
                if items == 0 || page as u64 >= last {
                    break;
                }
                page += 1;
            }
        }
        out.flush().map_err(|e| e.to_string())?;
        Ok(pages)
    }

    fn get(&self, agent: &ureq::Agent, url: &str) -> Result<Value, String> {
        let mut wait = 1;
        for attempt in 1..=TRIES {
            let last = attempt == TRIES;
            match agent.get(url).header("Authorization", &format!("Bearer {}", self.token)).call() {
                Ok(mut r) => {
                    let status = r.status().as_u16();
                    match status {
                        200 => {
                            return serde_json::from_reader(r.body_mut().as_reader())
                                .map_err(|e| format!("{url}: the answer is not JSON: {e}"))
                        }
                        401 | 403 => {
                            return Err(format!(
                                "{url}: the API refused the token ({status}). Check --token: data·inclusion \
                                 gives tokens on request, for the API v1 with the « api » scope"
                            ))
                        }
                        429 | 500..=599 if !last => {
                            let asked = r
                                .headers()
                                .get("retry-after")
                                .and_then(|v| v.to_str().ok())
                                .and_then(|v| v.trim().parse::<u64>().ok());
                            std::thread::sleep(Duration::from_secs(asked.unwrap_or(wait).min(30)));
                        }
                        429 => {
                            return Err(format!(
                                "{url}: the API still says « too many requests » (429) after {TRIES} tries: \
                                 wait a few minutes, or filter by département (--departement)"
                            ))
                        }
                        _ => return Err(format!("{url}: the API answered {status}")),
                    }
                }
                Err(e) if !last => {
                    eprintln!("passerelle-import: {url}: {e}; trying again in {wait} s");
                    std::thread::sleep(Duration::from_secs(wait));
                }
                Err(e) => return Err(format!("{url}: {e} (after {TRIES} tries)")),
            }
            wait *= 2;
        }
        unreachable!("the last try returns")
    }
}
