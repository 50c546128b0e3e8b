//! The importer's file readers: whatever a coordinator hands it (JSON, JSON Lines, GeoJSON, CSV,
//! XLSX, Parquet, API pages — told apart by their content). Beyond "no panic" (a reader crate's
//! included): a file it reads is named by its form, and a file it refuses gets one message that
//! names the file. What the entries hold is the reader's to judge, entry by entry.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::contacts::schema::SERVICE;

// The command line's files (input.rs opens them through it).
#[path = "../../src/bin/passerelle-import/files.rs"]
#[allow(dead_code, unused_imports)]
mod files;
#[path = "../../src/bin/passerelle-import/input.rs"]
mod input;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("passerelle-fuzz-input-{}", std::process::id()));
    std::fs::write(&path, data).expect("a temporary file");
    let name = path.to_str().expect("a UTF-8 temporary path");
    match input::stream(name, SERVICE, |v| drop(v)) {
        Ok(form) => assert!(!form.form.is_empty()),
        Err(message) => assert!(message.contains(name), "{message}"),
    }
});
