//! The importer's modules (src/bin/passerelle-import) are compiled here with `passerelle_worker`:
//! with this crate's `files`, `api` and `split` in place of the command line's.
fn main() {
    println!("cargo::rustc-cfg=passerelle_worker");
}
