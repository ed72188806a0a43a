//! Knowledge of facilities: buildings and structures named in the news.
//!
//! The labels step uses it to turn a model's `ORG`, `LOC` or `GPE` into
//! `FAC` when the name is a facility: its last words are a facility noun
//! ("Terrorism Confinement Center", "Heathrow Airport", "Trent Bridge"), or
//! it is one of a short list of facilities known by a bare name
//! ("Alcatraz", "Rikers Island"), which no noun gives away. Nouns that also
//! head organization names ("Center" alone, "Institute", "Palace" for
//! Crystal Palace, "Pipeline" for pipeline companies) are not on the list;
//! "Center" counts only with a qualifier that makes it a building
//! ("Detention Center"). Buildings that news uses for the organization in
//! them ("the White House said", the Kremlin, the Pentagon) stay `ORG`.

use factsift_core::places::normalize;

/// Last words that make a name a facility (lower case).
const HEADS: &[&str] = &[
    "prison",
    "penitentiary",
    "jail",
    "gaol",
    "airport",
    "stadium",
    "bridge",
    "tunnel",
    "dam",
    "canal",
    "highway",
    "motorway",
    "expressway",
    "cathedral",
    "mosque",
    "synagogue",
    "power station",
    "power plant",
    "nuclear plant",
    "detention center",
    "detention centre",
    "detention facility",
    "detention camp",
    "confinement center",
    "confinement centre",
    "correctional center",
    "correctional centre",
    "correctional facility",
    "correctional institution",
    "processing center",
    "processing centre",
    "naval base",
    "air base",
    "air force base",
];

/// Facilities known by a bare name (normalized: lower case, no "the").
const KNOWN: &[&str] = &[
    "alcatraz",
    "guantanamo bay",
    "guantánamo bay",
    "rikers island",
    "san quentin",
    "sing sing",
    "robben island",
    "abu ghraib",
    "evin",
    "belmarsh",
    "attica",
    "leavenworth",
    "eiffel tower",
];

/// True when `name` (a mention's text) names a facility.
pub fn is_facility(name: &str) -> bool {
    let norm = normalize(name);
    if KNOWN.contains(&norm.as_str()) {
        return true;
    }
    let words: Vec<&str> = norm.split(' ').collect();
    if words.len() < 2 {
        return false;
    }
    HEADS.iter().any(|head| {
        let head: Vec<&str> = head.split(' ').collect();
        words.len() > head.len() && words.ends_with(&head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facility_nouns_and_known_names() {
        assert!(is_facility("Terrorism Confinement Center"));
        assert!(is_facility("the Terrorism Confinement Center"));
        assert!(is_facility("Heathrow Airport"));
        assert!(is_facility("Trent Bridge"));
        assert!(is_facility("Alcatraz"));
        assert!(is_facility("Rikers Island"));
        // a bare noun, an organization's "Center", a club named for a palace
        assert!(!is_facility("Prison"));
        assert!(!is_facility("Pew Research Center"));
        assert!(!is_facility("Crystal Palace"));
        assert!(!is_facility("El Salvador"));
    }
}
