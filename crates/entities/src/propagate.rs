//! Document-level consistency: a name the model recognised once is
//! recognised everywhere in the same document.
//!
//! A model reads a window at a time and can miss a name it found a few
//! sentences earlier ("Bukele" found in one sentence, missed in the next).
//! Every other whole-word occurrence of a confidently recognised surface
//! form, and of an acronym introduced in parentheses after a mention, is
//! added as a mention with the same label and key, and the mean score of the
//! model's own mentions of that form.

use std::collections::{BTreeMap, BTreeSet};

use aho_corasick::AhoCorasick;

use super::keys;
use factsift_core::document::Span;
use factsift_core::Mention;

/// The least mean score a model mention needs for its surface form to be
/// propagated.
pub const MIN_SCORE: f32 = 0.6;

/// Adds the missed occurrences of recognised names; returns all mentions in
/// text order. `inside` says whether a byte span may hold a mention (it must
/// lie inside a sentence).
pub fn extend(
    text: &str,
    mut mentions: Vec<Mention>,
    inside: impl Fn(Span) -> bool,
) -> Vec<Mention> {
    // Surface form → (template mention, score sum, count).
    let mut forms: BTreeMap<String, (usize, f32, usize)> = BTreeMap::new();
    let mut acronyms: BTreeMap<String, usize> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        if eligible(surface) {
            let e = forms.entry(surface.to_string()).or_insert((i, 0.0, 0));
            e.1 += m.score;
            e.2 += 1;
        }
        if let Some(acr) = keys::introduced_acronym(text, m.span.end) {
            acronyms.entry(acr.to_string()).or_insert(i);
        }
    }
    let mut templates: Vec<(String, usize, f32)> = forms
        .into_iter()
        .filter(|(_, (_, sum, n))| sum / *n as f32 >= MIN_SCORE)
        .map(|(form, (i, sum, n))| (form, i, sum / n as f32))
        .collect();
    let known: BTreeSet<String> = templates.iter().map(|(f, _, _)| f.clone()).collect();
    for (acr, i) in acronyms {
        if !known.contains(&acr) {
            let score = mentions[i].score;
            templates.push((acr, i, score));
        }
    }
    // Longer forms first, so "Nayib Bukele" is placed before "Bukele".
    templates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let occurrences = occurrences(text, &templates);
    let mut alive = vec![true; mentions.len()];
    let mut placed = Placed::new(&mentions);
    for ((form, i, score), starts) in templates.iter().zip(occurrences) {
        for start in starts {
            let span = Span::new(start, start + form.len());
            if !whole_word(text, span) || !inside(span) {
                continue;
            }
            let label = mentions[*i].label;
            let overlapping = placed.overlapping(&mentions, span);
            // A fragment of the longer name ("El" of "El Salvador") gives
            // way to it; any other overlap keeps what is there.
            let fragments_only = overlapping.iter().all(|&j| {
                let m = &mentions[j];
                m.label == label
                    && span.start <= m.span.start
                    && m.span.end <= span.end
                    && m.span != span
            });
            if !fragments_only {
                continue;
            }
            for j in overlapping {
                alive[j] = false;
                placed.remove(mentions[j].span, j);
            }
            let template = &mentions[*i];
            let added = Mention {
                span,
                sentence: None,
                label,
                score: *score,
                key: template.key.clone(),
                canonical: template.canonical.clone(),
                linked_key: template.linked_key.clone(),
            };
            placed.insert(span, mentions.len());
            mentions.push(added);
            alive.push(true);
        }
    }
    let mut out: Vec<Mention> = mentions
        .into_iter()
        .zip(alive)
        .filter_map(|(m, keep)| keep.then_some(m))
        .collect();
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Where each template's form occurs in the text (byte starts, in text
/// order), found in one pass over the text for all forms together.
fn occurrences(text: &str, templates: &[(String, usize, f32)]) -> Vec<Vec<usize>> {
    let forms = || templates.iter().map(|(form, _, _)| form.as_str());
    let Ok(searcher) = AhoCorasick::new(forms()) else {
        // Too many forms for one automaton: one search per form.
        return forms()
            .map(|form| text.match_indices(form).map(|(at, _)| at).collect())
            .collect();
    };
    let mut found = vec![Vec::new(); templates.len()];
    for m in searcher.find_overlapping_iter(text) {
        found[m.pattern().as_usize()].push(m.start());
    }
    found
}

/// The live mentions by start, so that the mentions overlapping a span are
/// found by a range look-up instead of a scan of them all (a document that
/// repeats a name a million times has a million mentions).
struct Placed {
    by_start: BTreeSet<(usize, usize)>,
    /// Longest live (or once live) mention, in bytes: a mention overlapping a
    /// span starts less than this before it.
    longest: usize,
}

impl Placed {
    fn new(mentions: &[Mention]) -> Placed {
        let mut placed = Placed {
            by_start: BTreeSet::new(),
            longest: 0,
        };
        for (j, m) in mentions.iter().enumerate() {
            placed.insert(m.span, j);
        }
        placed
    }

    fn insert(&mut self, span: Span, j: usize) {
        self.by_start.insert((span.start, j));
        self.longest = self.longest.max(span.end.saturating_sub(span.start));
    }

    fn remove(&mut self, span: Span, j: usize) {
        self.by_start.remove(&(span.start, j));
    }

    /// Indices of the live mentions that share a byte with `span`, in order.
    fn overlapping(&self, mentions: &[Mention], span: Span) -> Vec<usize> {
        let from = span.start.saturating_sub(self.longest);
        let mut found: Vec<usize> = self
            .by_start
            .range((from, 0)..(span.end, 0))
            .map(|&(_, j)| j)
            .filter(|&j| overlap(mentions[j].span, span))
            .collect();
        found.sort_unstable();
        found
    }
}

/// Worth propagating: starts with a capital letter or digit and has at
/// least two characters (so stray one-letter tags are not spread).
fn eligible(surface: &str) -> bool {
    let mut chars = surface.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    first_ok && chars.next().is_some()
}

/// The span is not part of a longer word.
fn whole_word(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The two spans share at least one byte.
fn overlap(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::Label;

    fn mention(text: &str, needle: &str, label: Label, key: &str, score: f32) -> Mention {
        let start = text.find(needle).expect(needle);
        Mention {
            span: Span::new(start, start + needle.len()),
            sentence: None,
            label,
            score,
            key: key.to_string(),
            canonical: needle.to_string(),
            linked_key: None,
        }
    }

    #[test]
    fn recognised_names_and_introduced_acronyms_spread() {
        let text = "Nayib Bukele opened the Terrorism Confinement Center (CECOT). \
                    Bukele said CECOT is full. Bukeleism is not a name. Bukele left.";
        let ms = vec![
            mention(
                text,
                "Nayib Bukele",
                Label::Person,
                "person:nayib-bukele",
                0.9,
            ),
            mention(
                text,
                "Terrorism Confinement Center",
                Label::Fac,
                "fac:tcc",
                0.8,
            ),
        ];
        let first_bukele = text.find("Bukele said").expect("second sentence");
        let ms2 = {
            let mut v = ms.clone();
            v.push(Mention {
                span: Span::new(first_bukele, first_bukele + 6),
                key: "person:nayib-bukele".into(),
                ..ms[0].clone()
            });
            v
        };
        let out = extend(text, ms2, |_| true);
        let got: Vec<(&str, &str)> = out
            .iter()
            .map(|m| (&text[m.span.start..m.span.end], m.key.as_str()))
            .collect();
        assert!(got.contains(&("CECOT", "fac:tcc")), "{got:?}");
        let bukeles = got.iter().filter(|(t, _)| *t == "Bukele").count();
        assert_eq!(bukeles, 2, "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.starts_with("Bukeleism")));
        assert!(out.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }

    #[test]
    fn a_fragment_gives_way_to_the_full_name() {
        let text = "El Salvador grew. Bukele runs El Salvador’s prisons.";
        let full = mention(text, "El Salvador", Label::Gpe, "gpe:el-salvador", 0.8);
        let second = text.rfind("El").expect("second El");
        let fragment = Mention {
            span: Span::new(second, second + 2),
            key: "gpe:el".into(),
            ..full.clone()
        };
        let out = extend(text, vec![full, fragment], |_| true);
        let got: Vec<&str> = out
            .iter()
            .map(|m| &text[m.span.start..m.span.end])
            .collect();
        assert_eq!(got, vec!["El Salvador", "El Salvador"]);
        assert!(out.iter().all(|m| m.key == "gpe:el-salvador"));
    }

    #[test]
    fn low_scores_lower_case_and_outside_spans_do_not_spread() {
        let text = "May came. In May it rained. the city grew. the city.";
        let ms = vec![
            mention(text, "May", Label::Person, "person:may", 0.4),
            mention(text, "the city", Label::Gpe, "gpe:city", 0.9),
        ];
        let out = extend(text, ms.clone(), |_| true);
        assert_eq!(out.len(), 2);
        let text2 = "Bukele spoke. Bukele left.";
        let ms = vec![mention(
            text2,
            "Bukele",
            Label::Person,
            "person:bukele",
            0.9,
        )];
        let out = extend(text2, ms, |s| s.start < 13);
        assert_eq!(out.len(), 1);
    }

    /// Mentions of "Para" in `n` paragraphs "Para N." whose every "Para"
    /// the model found.
    fn repeated_name(n: usize) -> (String, Vec<Mention>) {
        let text: String = (0..n).map(|i| format!("Para {i}.\n\n")).collect();
        let template = mention(&text, "Para", Label::Person, "person:para", 0.9);
        let mentions: Vec<Mention> = text
            .match_indices("Para")
            .map(|(at, _)| Mention {
                span: Span::new(at, at + 4),
                ..template.clone()
            })
            .collect();
        (text, mentions)
    }

    /// A document that names `n` different people once each, then mentions
    /// each again without the model finding it.
    fn many_names(n: usize) -> (String, Vec<Mention>) {
        let name_for = |i| factsift_testdata::letters_word("Zed", i);
        let mut text = String::new();
        let mut mentions = Vec::new();
        for i in 0..n {
            let name = name_for(i);
            text.push_str("Then ");
            let start = text.len();
            text.push_str(&name);
            mentions.push(Mention {
                span: Span::new(start, text.len()),
                sentence: None,
                label: Label::Person,
                score: 0.9,
                key: format!("person:{}", name.to_lowercase()),
                canonical: name.clone(),
                linked_key: None,
            });
            text.push_str(" spoke. ");
        }
        for i in 0..n {
            text.push_str(&format!("Later {} left. ", name_for(i)));
        }
        (text, mentions)
    }

    #[test]
    fn propagation_is_linear_in_the_number_of_names() {
        // All forms are searched in one pass; one pass per form would be
        // quadratic.
        let (small, large) = (many_names(5_000), many_names(20_000));
        factsift_testdata::assert_linear("names", &small, &large, |(text, mentions)| {
            let out = extend(text, mentions.to_vec(), |_| true);
            assert_eq!(out.len(), 2 * mentions.len());
        });
    }

    #[test]
    fn propagation_grows_linearly_with_the_mentions() {
        // An occurrence looks up the mentions it overlaps (linear); scanning
        // them all would be quadratic.
        let small = repeated_name(50_000);
        let large = repeated_name(200_000);
        factsift_testdata::assert_linear("propagation", &small, &large, |(text, mentions)| {
            let out = extend(text, mentions.to_vec(), |_| true);
            assert_eq!(out.len(), mentions.len());
        });
    }
}
