//! Entity keys: the canonical, case-folded form that joins one entity's
//! mentions across documents, outlets and runs (`person:nayib-bukele`).
//!
//! A key is a pure function of a label and a canonical name, so the same
//! entity gets the same key wherever it is found. The entities stage groups
//! mentions and picks the canonical name; the numbers and claims stages build
//! keys for subjects and speakers with the same functions.

use crate::entity::Label;
use crate::places;
use crate::text::fold_accents;

/// The key of an entity: `label:slug-of-canonical-name`.
pub fn entity_key(label: Label, canonical: &str) -> String {
    format!(
        "{}:{}",
        label.as_str().to_ascii_lowercase(),
        slug(canonical)
    )
}

/// Longest slug, in characters: a longer name is cut after its last whole
/// word within the limit. The entities stage drops mentions that long
/// (`factsift_entities::stage::MAX_MENTION_CHARS`), but keys are also built from
/// speakers and figure subjects.
pub const MAX_SLUG_CHARS: usize = 100;

/// Lower-case letters and digits of a name with accents folded, other runs
/// joined by `-` (dots and apostrophes dropped, so "U.S." is `us`; "López"
/// and "Lopez" are both `lopez`), at most [`MAX_SLUG_CHARS`] characters.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len().min(4 * MAX_SLUG_CHARS));
    let mut chars = 0;
    let mut dash = false;
    for c in fold_accents(name) {
        if c == '.' || c == '\'' || c == '’' {
            continue;
        }
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
                chars += 1;
            }
            dash = false;
            chars += push_lower_folded(&mut out, c);
            if chars > MAX_SLUG_CHARS {
                // enough to know where the last whole word ends
                break;
            }
        } else {
            dash = true;
        }
    }
    cut_slug(out)
}

/// A slug of at most [`MAX_SLUG_CHARS`] characters, cut after its last
/// whole word when it is longer (or mid-word when it is one word).
fn cut_slug(slug: String) -> String {
    let Some((end, _)) = slug.char_indices().nth(MAX_SLUG_CHARS) else {
        return slug;
    };
    let head = &slug[..end];
    let at_word = slug[end..].starts_with('-');
    let kept = match head.rfind('-') {
        Some(dash) if !at_word => &head[..dash],
        _ => head,
    };
    kept.trim_end_matches('-').to_string()
}

/// Pushes the lower case of `c` (an accent-folded character) with letters
/// like "ø" spelt plainly; returns how many characters it pushed.
fn push_lower_folded(out: &mut String, c: char) -> usize {
    let mut pushed = 0;
    for l in c.to_lowercase() {
        match fold_letter(l) {
            Some(plain) => {
                out.push_str(plain);
                pushed += plain.chars().count();
            }
            None => {
                out.push(l);
                pushed += 1;
            }
        }
    }
    pushed
}

/// The plain Latin spelling of a lower-case letter that has no decomposition
/// ("ø" → "o", "ß" → "ss", "æ" → "ae", "ł" → "l"), as names are commonly
/// written without them.
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ħ' => "h",
        'ı' => "i",
        _ => return None,
    })
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

/// The words of a name in lookup form: lower case with accents folded as
/// in [`slug`] (so names with one key are one group), dots and apostrophes
/// dropped.
pub fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '–' || c == '—')
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in fold_accents(w).filter(|c| !matches!(c, '.' | '\'' | '’')) {
                push_lower_folded(&mut out, c);
            }
            out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_case_and_accents() {
        assert_eq!(slug("Ruth López"), "ruth-lopez");
        assert_eq!(slug("Ruth Lopez"), "ruth-lopez");
        assert_eq!(slug("RUTH LÓPEZ"), "ruth-lopez");
        // decomposed input (e + combining acute) folds alike
        assert_eq!(slug("Jose\u{301} Mari\u{301}a"), slug("José María"));
        assert_eq!(slug("Søren Kierkegaard"), "soren-kierkegaard");
        assert_eq!(slug("Straße"), "strasse");
        assert_eq!(slug("Łódź"), "lodz");
        assert_eq!(slug("Æsir"), "aesir");
        assert_eq!(slug("İstanbul"), "istanbul");
        assert_eq!(slug("Αθήνα"), "αθηνα");
        // Hangul stays in syllables, Devanagari keeps its vowel signs
        assert_eq!(slug("서울"), "서울");
        assert_eq!(slug("मोदी"), "मोदी");
        assert_eq!(
            entity_key(Label::Person, "Ruth López"),
            entity_key(Label::Person, "Ruth Lopez")
        );
    }

    #[test]
    fn slugs_are_capped_at_a_word_boundary() {
        let long = slug(&"a".repeat(1_000_000));
        assert_eq!(long, "a".repeat(MAX_SLUG_CHARS));
        let words: Vec<String> = (0..40).map(|i| format!("word{i}")).collect();
        let s = slug(&words.join(" "));
        assert!(s.chars().count() <= MAX_SLUG_CHARS, "{s}");
        assert!(s.chars().count() > MAX_SLUG_CHARS - 8, "{s}");
        let full = words.join("-");
        assert!(full.starts_with(&format!("{s}-")), "{s}");
        assert_eq!(
            slug(&"é".repeat(MAX_SLUG_CHARS)),
            "e".repeat(MAX_SLUG_CHARS)
        );
    }
}
