//! `--by-departement` cuts the national export into files on disk: the command line's alone.

use crate::native::Args;
use crate::report::{Outcome, Report};

/// The command line's default, named by its argument parser (the page never cuts).
pub const PIECE_KB: u64 = 1_700;

pub fn run(_args: &Args) -> Result<(Report, Outcome), String> {
    Err("--by-departement is the command line's".into())
}
