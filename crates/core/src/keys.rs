//! Entity keys: the canonical, case-folded form that joins one entity's
//! mentions across documents, outlets and runs (`person:nayib-bukele`).
//!
//! A key is a pure function of a label and a canonical name, so the same
//! entity gets the same key wherever it is found. The entities stage groups
//! mentions and picks the canonical name; the numbers and claims stages build
//! keys for subjects and speakers with the same functions.

use crate::entity::Label;
use crate::places;

/// The key of an entity: `label:slug-of-canonical-name`.
pub fn entity_key(label: Label, canonical: &str) -> String {
    format!(
        "{}:{}",
        label.as_str().to_ascii_lowercase(),
        slug(canonical)
    )
}

/// Lower-case letters and digits of a name, other runs joined by `-`
/// (dots and apostrophes dropped, so "U.S." is `us`).
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        if c == '.' || c == '\'' || c == '’' {
            continue;
        }
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "judge",
    "justice",
    "chief",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "sir",
    "dame",
    "lord",
    "lady",
    "secretary",
    "ambassador",
    "mayor",
    "chancellor",
    "director",
    "deputy",
    "former",
    "then",
    "late",
    "ceo",
    "chairman",
    "chairwoman",
    "sheikh",
    "rev",
    "reverend",
    "bishop",
    "cardinal",
    "archbishop",
    "speaker",
    "attorney",
    "commissioner",
    "lawyer",
    "scholar",
    "professor",
    "coach",
];

/// The words of a name in lookup form: lower case, dots and apostrophes
/// dropped.
pub fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '–' || c == '—')
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '.' | '\'' | '’'))
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The surface name of a mention without a leading "the", a trailing
/// possessive and, for people, leading titles and demonyms
/// ("Salvadoran President Nayib Bukele" → "Nayib Bukele").
pub fn clean_name(surface: &str, label: Label) -> String {
    let mut s = surface.split_whitespace().collect::<Vec<_>>().join(" ");
    for suffix in ["'s", "’s"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
        }
    }
    let mut parts: Vec<&str> = s.split(' ').collect();
    if parts.len() > 1 && parts[0].eq_ignore_ascii_case("the") {
        parts.remove(0);
    }
    if label == Label::Person {
        while parts.len() > 1 {
            let first = parts[0];
            let last_piece = first.rsplit(['–', '—', '-']).next().unwrap_or(first);
            let w = name_words(last_piece).concat();
            if TITLES.contains(&w.as_str()) || places::country_of_demonym(first).is_some() {
                parts.remove(0);
            } else {
                break;
            }
        }
    }
    parts.join(" ")
}
