//! The importer's few contacts with the file system and the clock, in one place: the command
//! line's are these; the coordinator's page's worker (crates/preparer) compiles the same importer
//! with its own `files`, over the bytes the page hands it.

pub use std::fs::File;
pub use std::time::Instant;

pub fn open(path: &str) -> std::io::Result<File> {
    File::open(path)
}

/// What Parquet's reader reads from.
pub fn chunks(path: &str) -> std::io::Result<File> {
    File::open(path)
}

pub fn workbook(path: &str) -> Result<calamine::Sheets<std::io::BufReader<File>>, calamine::Error> {
    calamine::open_workbook_auto(path)
}

pub fn create(path: &str) -> std::io::Result<File> {
    File::create(path)
}

pub use std::fs::{read, remove_file, rename, write};
pub use std::process::id as process_id;

/// Runs `f`, a panic in it caught (`None`) and not printed: the caller says `what` it means. (The
/// page's worker, where wasm cannot unwind, has its panic hook say `what` instead.)
pub fn catching<T>(_what: &str, f: impl FnOnce() -> T) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    done.ok()
}
