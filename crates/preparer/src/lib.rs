//! The coordinator's page's worker (www/preparer.html): the importer of the command line
//! (`src/bin/passerelle-import`), the same source compiled again, over the bytes the page hands
//! it instead of files, plus what the page shows beyond the command line's report (the coverage
//! in both modes).
//!
//! The importer's files are included as they are (`#[path]`): one source for both, so the page's
//! output and report are the command line's. What differs is here: `files` (memory, not disk),
//! `api` and `split` (not in the browser: the page fetches the API itself, and cuts no pieces).

#[path = "../../../src/bin/passerelle-import/main.rs"]
#[allow(dead_code)]
mod cli;

use cli::{geo, hours, input, native, pages, report};

pub mod api;
pub mod br;
pub mod coverage;
pub mod files;
pub mod prepare;
mod split;
#[cfg(target_arch = "wasm32")]
mod worker;
