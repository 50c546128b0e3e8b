//! The pictograms drawn for Passerelle (`content/pictograms/*.svg`), as path data: 24 × 24,
//! 2-px round strokes of `currentColor`, so they take the partner's accent.

include!(concat!(env!("OUT_DIR"), "/pictograms.rs"));

/// The paths of a pictogram, by name.
pub fn paths(name: &str) -> Option<&'static [&'static str]> {
    PICTOGRAMS.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| PICTOGRAMS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::diagnostic::questionnaire::Questionnaire;

    #[test]
    fn every_pictogram_named_by_the_questionnaire_is_drawn() {
        let q = Questionnaire::builtin();
        for f in q.fields.iter() {
            let name = f.picto.as_deref().unwrap_or_else(|| panic!("field `{}` has no pictogram", f.id));
            assert!(paths(name).is_some(), "{name}");
        }
        for (_, question) in q.questions() {
            for a in question.answers.iter() {
                if let Some(name) = &a.picto {
                    assert!(paths(name).is_some_and(|p| !p.is_empty()), "{}/{}: {name}", question.id, a.id);
                }
            }
        }
    }
}
