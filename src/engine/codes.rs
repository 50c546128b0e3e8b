//! The data·inclusion v1 vocabulary (`content/data-inclusion/`, compiled by `build.rs`): the
//! sorted code lists of its enumerations (thématiques, publics, modes, networks…), data·inclusion's
//! own v0 → v1 correspondence, and the bit sets the matching runs on. Shared by the questionnaire
//! (which thématiques and publics its answers call for) and the contacts (which a service offers).

include!(concat!(env!("OUT_DIR"), "/enumerations.rs"));

/// The bit of a thématique in a service's set (`Service::themes`): matching is one AND.
pub fn theme_bit(code: &str) -> u128 {
    THEMATIQUES.binary_search(&code).map_or(0, |i| 1 << i)
}

/// The bit of a public in a service's set (`Service::publics_bits`).
pub fn public_bit(code: &str) -> u16 {
    PUBLICS.binary_search(&code).map_or(0, |i| 1 << i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code has its own bit: the sets are wide enough for the vocabulary.
    #[test]
    fn each_code_has_its_bit() {
        assert!(THEMATIQUES.len() <= 128 && PUBLICS.len() <= 16, "{} {}", THEMATIQUES.len(), PUBLICS.len());
        assert!(THEMATIQUES.windows(2).all(|w| w[0] < w[1]) && PUBLICS.windows(2).all(|w| w[0] < w[1]));
        let themes = THEMATIQUES.iter().fold(0u128, |m, t| m | theme_bit(t));
        assert_eq!(themes.count_ones() as usize, THEMATIQUES.len());
        assert_eq!(PUBLICS.iter().fold(0u16, |m, p| m | public_bit(p)).count_ones() as usize, PUBLICS.len());
        assert_eq!((theme_bit("pas-un-code"), public_bit("pas-un-public")), (0, 0));
    }

    /// The correspondence's targets are all v1 codes, and its sources are not: every v0 code
    /// that is also a v1 code keeps its meaning.
    #[test]
    fn the_v0_correspondence_leads_to_v1_codes() {
        for (map, v1) in [(V0_THEMATIQUES, THEMATIQUES), (V0_PUBLICS, PUBLICS)] {
            assert!(map.windows(2).all(|w| w[0].0 < w[1].0));
            for (v0, targets) in map {
                assert!(v1.binary_search(v0).is_err(), "{v0} is a v1 code");
                for t in *targets {
                    assert!(v1.binary_search(t).is_ok(), "{v0} → {t}: not a v1 code");
                }
            }
        }
        assert_eq!((V0_THEMATIQUES.len(), V0_PUBLICS.len()), (122, 22));
    }
}
