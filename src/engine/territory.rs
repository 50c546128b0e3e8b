//! Which piece of the national contacts a resident needs: `data-contacts` may be a template such as
//! `https://HOST/contacts/{departement}.json`, one file per département (`passerelle-import
//! --by-departement`). The département comes from the partner's `data-commune` (an INSEE code),
//! or from the postcode the resident types on the roadmap, found here, offline: nothing they type
//! is ever sent, only the piece's name (their département) shows in the request.
//!
//! Referential: the official commune referential (@etalab/decoupage-administratif 6.0.0). Codes
//! are the départements' (01–95, Corsica 2A and 2B, overseas 971–976) and the overseas
//! collectivities' it lists (975, 977, 978, 984, 986–989).

/// The placeholder of a template.
pub const PLACEHOLDER: &str = "{departement}";

/// Postcodes whose département is not the one their digits say (`tools/postcodes.py`).
const EXCEPTIONS: &str = include_str!("../../content/territory/postcodes.txt");

/// The URL with percent-encoded braces read as braces: the loader hands the attribute to the
/// widget's frame as a resolved URL, which encodes `{` and `}`.
pub fn unescape(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        match rest.get(i + 1..i + 3).map(str::to_ascii_uppercase).as_deref() {
            Some("7B") => out.push('{'),
            Some("7D") => out.push('}'),
            _ => {
                out.push('%');
                rest = &rest[i + 1..];
                continue;
            }
        }
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    out
}

/// `Ok(true)`: a template with one `{departement}`; `Ok(false)`: a plain URL; `Err`: braces
/// that are not exactly one `{departement}` (a typo would fetch a file named after it).
pub fn template(url: &str) -> Result<bool, String> {
    let n = url.matches(PLACEHOLDER).count();
    let rest = url.replacen(PLACEHOLDER, "", 1);
    if n > 1 {
        return Err(format!("{PLACEHOLDER} appears {n} times; a template names it once"));
    }
    if rest.contains(['{', '}']) {
        return Err(format!("the only placeholder is {PLACEHOLDER}, e.g. https://HOST/contacts/{PLACEHOLDER}.json"));
    }
    Ok(n == 1)
}

/// The piece of a template for a département.
pub fn piece(template: &str, departement: &str) -> String {
    template.replacen(PLACEHOLDER, departement, 1)
}

/// A département code (as the referential writes them).
pub fn is_departement(code: &str) -> bool {
    let b = code.as_bytes();
    match b.len() {
        2 => {
            (code.chars().all(|c| c.is_ascii_digit()) && ("01"..="95").contains(&code) && code != "20")
                || code == "2A"
                || code == "2B"
        }
        3 => {
            ["971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989"].contains(&code)
        }
        _ => false,
    }
}

/// The département of an INSEE commune code (`59350` → `59`, `2A004` → `2A`, `97411` → `974`).
pub fn of_insee(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_uppercase();
    if code.len() != 5 || !code.is_ascii() {
        return None;
    }
    let dep = if code.starts_with("97") || code.starts_with("98") { &code[..3] } else { &code[..2] };
    (is_departement(dep) && code[dep.len()..].bytes().all(|b| b.is_ascii_digit())).then(|| dep.to_string())
}

/// The département of a postcode, the most populous when it serves several; `None` for what
/// cannot be one. Spaces are ignored (« 13 001 »).
pub fn of_postcode(text: &str) -> Option<String> {
    departements_of_postcode(text).into_iter().next()
}

/// Every département a postcode serves, most populous first (`01200` → `01`, `74`): most serve
/// one; empty for what cannot be one. Spaces are ignored.
pub fn departements_of_postcode(text: &str) -> Vec<String> {
    let cp: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if cp.len() != 5 || !cp.bytes().all(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    if let Some(line) = EXCEPTIONS.lines().find(|l| l.starts_with(cp.as_str())) {
        return line.split(' ').skip(1).map(String::from).collect();
    }
    let dep = match &cp[..2] {
        "20" if cp.as_str() < "20200" => "2A".to_string(),
        "20" => "2B".to_string(),
        "97" | "98" => cp[..3].to_string(),
        two => two.to_string(),
    };
    if is_departement(&dep) {
        vec![dep]
    } else {
        Vec::new()
    }
}

/// Where the resident's contacts are: the département, and what finds their piece in the
/// département's index when it was cut finer (`passerelle-import --piece-kb`). Stays on the
/// device: only the département's file and the piece's name go into requests.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The département, the most populous when a postcode serves several.
    pub departement: String,
    /// The other départements the postcode serves (`01200`: `74` beside `01`), so that none of
    /// its residents miss their own département's contacts; empty for a commune.
    pub others: Vec<String>,
    /// The partner's `data-commune`.
    pub commune: Option<String>,
    /// The postcode the resident typed, without spaces.
    pub postcode: Option<String>,
}

impl Place {
    pub fn of_commune(code: &str) -> Option<Place> {
        let commune = code.trim().to_ascii_uppercase();
        let postcode = arrondissement_postcode(&commune);
        Some(Place { departement: of_insee(&commune)?, others: Vec::new(), commune: Some(commune), postcode })
    }
    pub fn of_postcode(text: &str) -> Option<Place> {
        let postcode: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut deps = departements_of_postcode(&postcode).into_iter();
        Some(Place { departement: deps.next()?, others: deps.collect(), commune: None, postcode: Some(postcode) })
    }
    /// The place in each of its départements, main first: one file (and piece) to fetch for each.
    pub fn each(&self) -> Vec<Place> {
        std::iter::once(&self.departement)
            .chain(&self.others)
            .map(|d| Place { departement: d.clone(), others: Vec::new(), ..self.clone() })
            .collect()
    }
}

/// The postcode of a municipal arrondissement of Paris, Marseille or Lyon (`75111` → `75011`,
/// `13208` → `13008`, `69381` → `69001`; the referential's): a city too large for one piece is cut
/// by postcode, and an index lists the city's code, not its arrondissements'.
fn arrondissement_postcode(code: &str) -> Option<String> {
    let n: u32 = code.get(3..)?.parse().ok()?;
    match code.get(..3)? {
        "751" if (1..=20).contains(&n) => Some(format!("750{n:02}")),
        "132" if (1..=16).contains(&n) => Some(format!("130{n:02}")),
        "693" if (81..=89).contains(&n) => Some(format!("6900{}", n - 80)),
        _ => None,
    }
}

/// A piece's name: its département, a dash, a number (`59-12`), so nothing else can go into
/// the URL, whatever the index says.
pub fn is_piece(name: &str, departement: &str) -> bool {
    name.strip_prefix(departement)
        .and_then(|n| n.strip_prefix('-'))
        .is_some_and(|n| (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrondissements_give_their_postcode() {
        for (code, cp) in [
            ("75111", Some("75011")),
            ("75101", Some("75001")),
            ("75120", Some("75020")),
            ("13208", Some("13008")),
            ("13216", Some("13016")),
            ("69381", Some("69001")),
            ("69389", Some("69009")),
            ("75056", None),
            ("13055", None),
            ("69123", None),
            ("13217", None),
            ("59350", None),
        ] {
            assert_eq!(Place::of_commune(code).unwrap().postcode.as_deref(), cp, "{code}");
        }
    }

    #[test]
    fn piece_names() {
        assert!(is_piece("2A-3", "2A") && is_piece("974-12", "974"));
        for bad in ["59", "59-", "59-1a", "13-1", "59-123456", "59-../1", "59-1/2"] {
            assert!(!is_piece(bad, "59"), "{bad}");
        }
    }

    #[test]
    fn templates() {
        assert_eq!(template("https://h/contacts/{departement}.json"), Ok(true));
        assert_eq!(template("contacts.json"), Ok(false));
        for bad in [
            "https://h/{departemnt}.json",
            "https://h/{departement}/{departement}.json",
            "https://h/{dep.json",
            "x}.json",
        ] {
            assert!(template(bad).is_err(), "{bad}");
        }
        assert_eq!(piece("/c/{departement}.json", "2A"), "/c/2A.json");
        assert_eq!(unescape("https://h/c/%7Bdepartement%7d.json?a=%20"), "https://h/c/{departement}.json?a=%20");
        assert_eq!(unescape("%7%"), "%7%");
    }

    #[test]
    fn insee_codes() {
        for (code, dep) in [
            ("59350", "59"),
            ("13055", "13"),
            ("13201", "13"),
            ("2A004", "2A"),
            ("2b033", "2B"),
            ("97101", "971"),
            ("97411", "974"),
            ("97611", "976"),
            ("01001", "01"),
            ("75056", "75"),
            ("98818", "988"),
        ] {
            assert_eq!(of_insee(code).as_deref(), Some(dep), "{code}");
        }
        for bad in ["20004", "9741", "00001", "96001", "97901", "2C004", "", "5935O", "٥٩٣٥٠"] {
            assert_eq!(of_insee(bad), None, "{bad}");
        }
    }

    #[test]
    fn postcodes() {
        for (cp, dep) in [
            ("13001", "13"),
            ("13 008", "13"),
            ("59000", "59"),
            ("20000", "2A"),
            ("20200", "2B"),
            ("97400", "974"),
            ("97133", "977"),
            ("97150", "978"),
            ("05110", "05"),
            ("94390", "91"),
        ] {
            assert_eq!(of_postcode(cp).as_deref(), Some(dep), "{cp}");
        }
        for bad in ["00000", "96000", "1300", "13OO1", "97900", ""] {
            assert_eq!(of_postcode(bad), None, "{bad}");
            assert!(departements_of_postcode(bad).is_empty(), "{bad}");
            assert_eq!(Place::of_postcode(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_postcode_serving_two_departements_gives_both() {
        let deps = |cp: &str| departements_of_postcode(cp);
        assert_eq!(deps("01200"), ["01", "74"]);
        assert_eq!(deps("05 110"), ["05", "04"]);
        assert_eq!(deps("52100"), ["52", "51"]);
        assert_eq!(deps("94390"), ["91"], "served by another département only");
        assert_eq!(deps("13008"), ["13"]);
        let place = Place::of_postcode("01 200").unwrap();
        assert_eq!((place.departement.as_str(), place.others.as_slice()), ("01", &["74".to_string()][..]));
        let each: Vec<_> = place.each().into_iter().map(|p| (p.departement, p.others, p.postcode)).collect();
        assert_eq!(each, [("01".into(), vec![], Some("01200".into())), ("74".into(), vec![], Some("01200".into()))]);
        assert_eq!(Place::of_postcode("13008").unwrap().each().len(), 1);
        // A partner's commune is in one département.
        let commune = Place::of_commune("01173").unwrap();
        assert!(commune.others.is_empty());
        assert_eq!(commune.each(), std::slice::from_ref(&commune));
    }

    /// Every postcode of the official referential gives the département of its communes (the
    /// most populous), and all the départements it serves, with the rule and the table alone.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_postcode_of_the_referential() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/node_modules/@etalab/decoupage-administratif/data");
        let Ok(text) = std::fs::read_to_string(format!("{dir}/communes.json")) else {
            panic!("the commune referential is missing: run tools/setup.sh")
        };
        let communes: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        let mut people: std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>> =
            Default::default();
        for c in communes.iter().filter(|c| c["type"] == "commune-actuelle") {
            let Some(dep) = c["departement"].as_str() else { continue };
            assert_eq!(of_insee(c["code"].as_str().unwrap()).as_deref(), Some(dep), "{}", c["code"]);
            for cp in c["codesPostaux"].as_array().into_iter().flatten() {
                *people.entry(cp.as_str().unwrap().into()).or_default().entry(dep.into()).or_default() +=
                    c["population"].as_u64().unwrap_or(1).max(1);
            }
        }
        assert!(people.len() > 6000);
        for (cp, deps) in &people {
            let most = deps.iter().max_by_key(|(_, n)| **n).unwrap().0;
            assert_eq!(of_postcode(cp).as_deref(), Some(most.as_str()), "{cp}: {deps:?}");
            // And every other département it serves, none more.
            let mut all = departements_of_postcode(cp);
            all.sort();
            assert_eq!(all, deps.keys().cloned().collect::<Vec<_>>(), "{cp}");
        }
    }
}
