//! The pictograms drawn for Passerelle (`content/pictograms/*.svg`), as path data: 24 × 24,
//! 2-px round strokes of `currentColor`, so they take the partner's accent.

include!(concat!(env!("OUT_DIR"), "/pictograms.rs"));

/// The paths of a pictogram, by name.
pub fn paths(name: &str) -> Option<&'static [&'static str]> {
    PICTOGRAMS.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| PICTOGRAMS[i].1)
}
