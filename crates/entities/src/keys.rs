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

use std::collections::{BTreeMap, HashMap};

use factsift_core::document::Span;
pub use factsift_core::keys::{clean_name, entity_key, name_words, slug};
use factsift_core::places;
use factsift_core::{Family, Label};

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
    introduced_acronym(text, end).map(|a| name_words(a).concat())
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
        let norm = name_words(&canonical).join(" ");
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

    join_acronyms(&mut groups, &acronyms);
    join_short_names(&mut groups);

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

/// An introduced acronym joins its long form, whatever label the model gave
/// the acronym. `acronyms` pairs each acronym's lookup form with the group
/// of the name it followed.
fn join_acronyms(groups: &mut [Group], acronyms: &[(String, usize)]) {
    let mut by_compact: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        by_compact
            .entry(group.norm.replace(' ', ""))
            .or_default()
            .push(g);
    }
    for (acr, long) in acronyms {
        for &g in by_compact.get(acr).map_or(&[][..], Vec::as_slice) {
            if g != *long && groups[g].parent.is_none() {
                let target = root(groups, *long);
                if target != g {
                    groups[g].parent = Some(target);
                    groups[g].takes_label = true;
                }
            }
        }
    }
}

/// A person's short name joins the fuller name that ends with it (or starts
/// with it); with several candidates, the most mentioned.
fn join_short_names(groups: &mut [Group]) {
    let people: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].label == Label::Person && groups[g].parent.is_none())
        .collect();
    // Every shorter name a person's name starts or ends with, and the
    // people whose names do.
    let mut fuller: HashMap<String, Vec<usize>> = HashMap::new();
    for &h in &people {
        let words: Vec<&str> = groups[h].norm.split(' ').collect();
        for n in 1..words.len() {
            fuller.entry(words[..n].join(" ")).or_default().push(h);
            fuller
                .entry(words[words.len() - n..].join(" "))
                .or_default()
                .push(h);
        }
    }
    for &g in &people {
        let candidates = fuller.get(&groups[g].norm).map_or(&[][..], Vec::as_slice);
        let best = candidates
            .iter()
            .copied()
            .filter(|&h| h != g)
            .max_by_key(|&h| {
                (
                    groups[h].mentions,
                    groups[h].norm.split(' ').count(),
                    std::cmp::Reverse(groups[h].first),
                )
            });
        if let Some(h) = best {
            groups[g].parent = Some(h);
        }
    }
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

    /// A document naming `n` different people in full, each followed by an
    /// acronym, and then each by surname, with the mentions to key.
    fn many_people(n: usize) -> (String, Vec<KeyInput>) {
        let word = |i| factsift_testdata::letters_word("Q", i);
        let mut text = String::new();
        let mut spans = Vec::new();
        for i in 0..n {
            let full = format!("Ann {} {}", word(i), word(i + n));
            spans.push((text.len(), full.len()));
            text.push_str(&format!("{full} (AB{}) spoke. ", word(i).to_uppercase()));
        }
        for i in 0..n {
            let short = word(i + n);
            spans.push((text.len(), short.len()));
            text.push_str(&format!("{short} left. "));
        }
        let inputs = spans
            .into_iter()
            .map(|(start, len)| KeyInput {
                span: Span::new(start, start + len),
                label: Label::Person,
                country: None,
            })
            .collect();
        (text, inputs)
    }

    #[test]
    fn keying_is_linear_in_the_number_of_names() {
        let (small, large) = (many_people(2_500), many_people(10_000));
        factsift_testdata::assert_linear("keying", &small, &large, |(text, inputs)| {
            let keys = assign(text, inputs);
            assert_eq!(keys[inputs.len() - 1].key, keys[inputs.len() / 2 - 1].key);
        });
    }
}
