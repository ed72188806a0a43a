//! Canonical names and entity keys.
//!
//! Inside a document, mentions of one entity are grouped: equal names (after
//! dropping "the", possessives, titles and dots), place aliases ("US",
//! "U.S.", "United States"), acronyms introduced in parentheses
//! ("Terrorism Confinement Center (CECOT)") and a person's short name
//! ("Bukele" for "Nayib Bukele"). Each group gets a canonical name, and its
//! key is a pure function of label and canonical name
//! (`person:nayib-bukele`), so the same entity in two outlets or two runs
//! gets the same key and a plain join lines them up.

use std::collections::BTreeMap;

use super::labels::{Family, Label};
use super::places;
use crate::document::Span;

/// A mention to be keyed: its span, its label and, for a demonym, its
/// country.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyInput {
    /// Byte span in the document text.
    pub span: Span,
    /// Label after refinement.
    pub label: Label,
    /// For a `NORP` demonym, the canonical name of its country.
    pub country: Option<&'static str>,
}

/// The key of one mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed {
    /// The entity key, e.g. `gpe:el-salvador`.
    pub key: String,
    /// The entity's canonical name, e.g. `El Salvador`.
    pub canonical: String,
    /// For a demonym, the key of its country (`gpe:el-salvador`).
    pub linked_key: Option<String>,
    /// The mention's label: its own, except that an acronym introduced in
    /// parentheses takes the label of the name it abbreviates (the model's
    /// `ORG` for "CECOT" becomes the `FAC` of "Terrorism Confinement
    /// Center"), and a non-place name the document uses mostly for a person
    /// becomes that person. Other mentions keep their own label even when
    /// their key is another label's: measured on CoNLL-2003 dev, forcing one
    /// label per key costs 0.35 F1 points.
    pub label: Label,
}

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
/// ([`super::stage::MAX_MENTION_CHARS`]), but keys are also built from
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

/// `name` with the diacritics of letters removed: compatibility decomposition
/// (NFKD), the marks of the combining diacritical blocks dropped, and the
/// rest recomposed (NFC), so "López" reads "Lopez" and "ﬁ" reads "fi" while
/// scripts whose vowel signs are marks of their own blocks (Devanagari,
/// Arabic) and Hangul syllables are left as they are.
fn fold_accents(name: &str) -> impl Iterator<Item = char> + '_ {
    use unicode_normalization::UnicodeNormalization;
    name.nfkd().filter(|&c| !is_diacritic(c)).nfc()
}

/// A mark of the Unicode blocks of combining diacritical marks (the accents
/// NFD splits off Latin, Greek and Cyrillic letters).
fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
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
fn words(name: &str) -> Vec<String> {
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
            let w = words(last_piece).concat();
            if TITLES.contains(&w.as_str()) || places::country_of_demonym(first).is_some() {
                parts.remove(0);
            } else {
                break;
            }
        }
    }
    parts.join(" ")
}

/// The acronym introduced in parentheses right after byte `end`
/// ("Terrorism Confinement Center (CECOT)"): a short word of letters and
/// digits with at least two capitals.
pub fn introduced_acronym(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?;
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let candidate = inner[..close].trim();
    let capitals = candidate.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=12).contains(&candidate.chars().count())
        && capitals >= 2
        && candidate
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'));
    ok.then_some(candidate)
}

/// The lookup form of an introduced acronym.
fn acronym_after(text: &str, end: usize) -> Option<String> {
    introduced_acronym(text, end).map(|a| words(a).concat())
}

struct Group {
    label: Label,
    /// Lookup form of the canonical name.
    norm: String,
    /// Canonical name as it will be written.
    canonical: String,
    mentions: usize,
    first: usize,
    /// Group this one was merged into.
    parent: Option<usize>,
    /// True when its mentions take the label of the entity they joined: an
    /// acronym of its parent's name, or a person's name the model gave
    /// another label once.
    takes_label: bool,
}

fn root(groups: &[Group], mut g: usize) -> usize {
    while let Some(p) = groups[g].parent {
        g = p;
    }
    g
}

/// Assigns keys to the mentions of one document (in any order); the result
/// is in input order.
pub fn assign(text: &str, inputs: &[KeyInput]) -> Vec<Keyed> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_name: BTreeMap<(Label, String), usize> = BTreeMap::new();
    let mut group_of = Vec::with_capacity(inputs.len());
    let mut acronyms: Vec<(String, usize)> = Vec::new();
    for (i, m) in inputs.iter().enumerate() {
        let surface = text.get(m.span.start..m.span.end).unwrap_or("");
        let name = match (m.label, m.country) {
            (Label::Norp, Some(_)) => singular_demonym(&clean_name(surface, m.label)),
            _ => clean_name(surface, m.label),
        };
        let place = matches!(m.label, Label::Gpe | Label::Loc)
            .then(|| places::place(&name))
            .flatten();
        let canonical = place.map_or(name, |p| p.canonical.to_string());
        let norm = words(&canonical).join(" ");
        let g = *by_name.entry((m.label, norm.clone())).or_insert_with(|| {
            groups.push(Group {
                label: m.label,
                norm,
                canonical: canonical.clone(),
                mentions: 0,
                first: i,
                parent: None,
                takes_label: false,
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.mentions += 1;
        if canonical.split(' ').count() > group.canonical.split(' ').count() {
            group.canonical = canonical;
        }
        group_of.push(g);
        if let Some(acr) = acronym_after(text, m.span.end) {
            acronyms.push((acr, g));
        }
    }

    // An introduced acronym joins its long form, whatever label the model
    // gave the acronym.
    for (acr, long) in &acronyms {
        for g in 0..groups.len() {
            if g != *long && groups[g].norm.replace(' ', "") == *acr && groups[g].parent.is_none() {
                let target = root(&groups, *long);
                if target != g {
                    groups[g].parent = Some(target);
                    groups[g].takes_label = true;
                }
            }
        }
    }

    // A person's short name joins the fuller name that ends with it (or
    // starts with it); with several candidates, the most mentioned.
    let people: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].label == Label::Person && groups[g].parent.is_none())
        .collect();
    for &g in &people {
        let short: Vec<&str> = groups[g].norm.split(' ').collect();
        let best = people
            .iter()
            .copied()
            .filter(|&h| h != g)
            .filter(|&h| {
                let long: Vec<&str> = groups[h].norm.split(' ').collect();
                long.len() > short.len() && (long.ends_with(&short) || long.starts_with(&short))
            })
            .max_by_key(|&h| {
                let long_len = groups[h].norm.split(' ').count();
                (
                    groups[h].mentions,
                    long_len,
                    std::cmp::Reverse(groups[h].first),
                )
            });
        if let Some(h) = best {
            groups[g].parent = Some(h);
        }
    }

    // A name the model labelled inconsistently joins the label most used,
    // and through it the entity that name already belongs to ("Bukele" as
    // ORG in "the Bukele administration" joins the person).
    let mut by_norm: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        by_norm.entry(group.norm.clone()).or_default().push(g);
    }
    for same in by_norm.values().filter(|v| v.len() > 1) {
        let Some(&winner) = same
            .iter()
            .max_by_key(|&&g| (groups[g].mentions, std::cmp::Reverse(groups[g].label)))
        else {
            continue;
        };
        let target = root(&groups, winner);
        for &g in same {
            if g != winner && groups[g].parent.is_none() && g != target {
                groups[g].parent = Some(target);
                // A name this document uses mostly for a person is that
                // person where the model said otherwise ("the Bukele
                // administration"), unless it is a known place ("Jordan").
                groups[g].takes_label = groups[target].label == Label::Person
                    && (groups[g].label.family() != Family::Place
                        || places::place(&groups[g].canonical).is_none());
            }
        }
    }

    inputs
        .iter()
        .zip(&group_of)
        .map(|(m, &g)| {
            let r = root(&groups, g);
            let group = &groups[r];
            let mut abbreviates = false;
            let mut at = g;
            while let Some(p) = groups[at].parent {
                abbreviates |= groups[at].takes_label;
                at = p;
            }
            Keyed {
                key: entity_key(group.label, &group.canonical),
                canonical: group.canonical.clone(),
                linked_key: m.country.map(|c| entity_key(Label::Gpe, c)),
                label: if abbreviates { group.label } else { m.label },
            }
        })
        .collect()
}

/// "Salvadorans" → "Salvadoran" when both name the same country.
fn singular_demonym(name: &str) -> String {
    if let Some(stem) = name.strip_suffix('s') {
        if places::country_of_demonym(stem).is_some()
            && places::country_of_demonym(stem) == places::country_of_demonym(name)
        {
            return stem.to_string();
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str, needle: &str, nth: usize, label: Label) -> KeyInput {
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .expect(needle);
        KeyInput {
            span: Span::new(start, start + needle.len()),
            label,
            country: if label == Label::Norp {
                places::country_of_demonym(needle)
            } else {
                None
            },
        }
    }

    #[test]
    fn slugs_and_keys() {
        assert_eq!(slug("U.S."), "us");
        assert_eq!(slug("Günther  Maihold"), "gunther-maihold");
        assert_eq!(entity_key(Label::Gpe, "El Salvador"), "gpe:el-salvador");
    }

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

    #[test]
    fn accented_and_plain_spellings_are_one_entity() {
        let text = "Ruth López spoke. Ruth Lopez left. López smiled.";
        let inputs = vec![
            input(text, "Ruth López", 0, Label::Person),
            input(text, "Ruth Lopez", 0, Label::Person),
            input(text, "López", 1, Label::Person),
        ];
        let k = assign(text, &inputs);
        assert!(k.iter().all(|k| k.key == "person:ruth-lopez"), "{k:?}");
        // the canonical name is written as the text first wrote it
        assert!(k.iter().all(|k| k.canonical == "Ruth López"), "{k:?}");
    }

    #[test]
    fn titles_and_demonyms_are_dropped_from_names() {
        assert_eq!(
            clean_name("Salvadoran President Nayib Bukele", Label::Person),
            "Nayib Bukele"
        );
        assert_eq!(
            clean_name("then–President Joe Biden", Label::Person),
            "Joe Biden"
        );
        assert_eq!(clean_name("the United States", Label::Gpe), "United States");
        assert_eq!(clean_name("Bukele’s", Label::Person), "Bukele");
        assert_eq!(clean_name("President", Label::Person), "President");
    }

    #[test]
    fn one_document_one_key_per_entity() {
        let text = "Salvadoran President Nayib Bukele met US officials. The U.S. and the \
                    United States are one. Bukele praised the Terrorism Confinement Center \
                    (CECOT). CECOT holds many. Salvadorans voted.";
        let inputs = vec![
            input(text, "Salvadoran", 0, Label::Norp),
            input(text, "Nayib Bukele", 0, Label::Person),
            input(text, "US", 0, Label::Gpe),
            input(text, "U.S.", 0, Label::Gpe),
            input(text, "United States", 0, Label::Gpe),
            input(text, "Bukele", 1, Label::Person),
            input(text, "Terrorism Confinement Center", 0, Label::Fac),
            input(text, "CECOT", 0, Label::Org),
            input(text, "CECOT", 1, Label::Org),
            input(text, "Salvadorans", 0, Label::Norp),
        ];
        let k = assign(text, &inputs);
        assert_eq!(k[1].key, "person:nayib-bukele");
        assert_eq!(k[5].key, k[1].key);
        assert_eq!(k[5].canonical, "Nayib Bukele");
        assert_eq!(k[2].key, "gpe:united-states");
        assert_eq!(k[3].key, k[2].key);
        assert_eq!(k[4].key, k[2].key);
        assert_eq!(k[6].key, "fac:terrorism-confinement-center");
        assert_eq!(k[7].key, k[6].key);
        assert_eq!(k[8].key, k[6].key);
        assert_eq!(k[0].key, "norp:salvadoran");
        assert_eq!(k[9].key, k[0].key);
        assert_eq!(k[0].linked_key.as_deref(), Some("gpe:el-salvador"));
        assert_eq!(k[1].linked_key, None);
    }

    #[test]
    fn short_name_goes_to_the_most_mentioned_full_name() {
        let text = "Donald Trump and Melania Trump came. Donald Trump spoke. Trump left.";
        let inputs = vec![
            input(text, "Donald Trump", 0, Label::Person),
            input(text, "Melania Trump", 0, Label::Person),
            input(text, "Donald Trump", 1, Label::Person),
            input(text, "Trump", 3, Label::Person),
        ];
        let k = assign(text, &inputs);
        assert_eq!(k[3].key, "person:donald-trump");
        assert_eq!(k[1].key, "person:melania-trump");
    }

    #[test]
    fn keys_do_not_depend_on_the_document() {
        let a = "Reporters asked Nayib Bukele.";
        let b = "In San Salvador, President Nayib Bukele spoke.";
        let ka = assign(a, &[input(a, "Nayib Bukele", 0, Label::Person)]);
        let kb = assign(b, &[input(b, "President Nayib Bukele", 0, Label::Person)]);
        assert_eq!(ka[0].key, kb[0].key);
    }

    #[test]
    fn inconsistent_labels_take_the_majority() {
        let text = "El Salvador grew. El Salvador voted. El Salvador won.";
        let inputs = vec![
            input(text, "El Salvador", 0, Label::Gpe),
            input(text, "El Salvador", 1, Label::Org),
            input(text, "El Salvador", 2, Label::Gpe),
        ];
        let k = assign(text, &inputs);
        assert!(k.iter().all(|k| k.key == "gpe:el-salvador"), "{k:?}");
    }
}
