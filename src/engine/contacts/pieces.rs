//! A département's file cut finer (`passerelle-import --piece-kb`): an index naming, for each
//! commune and postcode, the piece to fetch (README « Contacts for every territory »). Read here,
//! on the device: the place stays there, only the piece's name goes into the request.

use crate::engine::contacts::Tree;
use crate::engine::territory::{is_piece, Place};

/// What a département's file is for a place.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// The contacts themselves (a département small enough to be one piece).
    Contacts,
    /// An index: the name of the place's piece, to put in the template.
    Piece(String),
    /// An index that lists no piece for the place, or a name that is not a piece's.
    Unlisted,
}

/// Reads a département's file: contacts, or an index (`{"pieces": [{"piece": "59-3",
/// "communes": [...], "postcodes": [...]}]}`) where the place's commune, else its postcode,
/// names its piece.
pub fn find<T: Tree>(file: &T, place: &Place) -> Found {
    let Some(pieces) = file.get("pieces").and_then(|p| p.items()) else { return Found::Contacts };
    if file.get("services").is_some() {
        return Found::Contacts;
    }
    let listed = |key: &str, wanted: &str| {
        pieces.iter().find(|p| {
            p.get(key).and_then(|l| l.items()).is_some_and(|l| l.iter().any(|c| c.as_text().as_deref() == Some(wanted)))
        })
    };
    let hit = place
        .commune
        .as_deref()
        .and_then(|c| listed("communes", c))
        .or_else(|| place.postcode.as_deref().and_then(|cp| listed("postcodes", cp)));
    match hit.and_then(|p| p.get("piece")).and_then(|n| n.as_text()) {
        Some(name) if is_piece(&name, &place.departement) => Found::Piece(name),
        _ => Found::Unlisted,
    }
}

/// The name of the file an index says goes with every piece (`france`: the services open to all
/// of France, written once); only that name is accepted.
pub const SHARED: &str = "france";

/// Whether an index says its pieces go with [`SHARED`].
pub fn shared<T: Tree>(index: &T) -> bool {
    index.get("shared").and_then(|s| s.as_text()).as_deref() == Some(SHARED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_departements_index_names_the_piece() {
        let index = json!({ "departement": "13", "pieces": [
            { "piece": "13-1", "communes": ["13001", "13005"], "postcodes": ["13120"] },
            { "piece": "13-2", "communes": ["13055"], "postcodes": ["13001"] },
            { "piece": "13-9", "communes": [], "postcodes": ["13008"] },
            { "piece": "../x", "communes": ["13004"], "postcodes": [] },
        ]});
        let at = |p: Option<Place>| find(&index, &p.unwrap());
        assert_eq!(at(Place::of_postcode("13 008")), Found::Piece("13-9".into()));
        assert_eq!(at(Place::of_postcode("13120")), Found::Piece("13-1".into()));
        assert_eq!(at(Place::of_commune("13055")), Found::Piece("13-2".into()));
        // A partner in Marseille's 8th arrondissement: the piece of its postcode.
        assert_eq!(at(Place::of_commune("13208")), Found::Piece("13-9".into()));
        assert_eq!(at(Place::of_commune("13005")), Found::Piece("13-1".into()));
        assert_eq!(at(Place::of_commune("13002")), Found::Unlisted);
        assert_eq!(at(Place::of_postcode("13090")), Found::Unlisted);
        assert_eq!(at(Place::of_commune("13004")), Found::Unlisted, "not a piece's name");
        // A département's contacts file is read as it is.
        assert_eq!(at(Place::of_commune("59350")), Found::Unlisted);
        assert_eq!(
            find(&json!({ "services": [], "structures": [] }), &Place::of_commune("59350").unwrap()),
            Found::Contacts
        );
        assert_eq!(find(&json!([]), &Place::of_commune("59350").unwrap()), Found::Contacts);
        assert!(!shared(&index));
        assert!(shared(&json!({ "pieces": [], "shared": "france" })));
        assert!(!shared(&json!({ "pieces": [], "shared": "../france" })));
    }
}
