//! `--by-departement` cuts the national export into files on disk: the command line's alone.

use crate::native::Args;
use crate::report::{Outcome, Report};

pub fn run(_args: &Args) -> Result<(Report, Outcome), String> {
    Err("--by-departement is the command line's".into())
}
