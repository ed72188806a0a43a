//! Keys for the subjects of figures, shared with the entities table.
//!
//! A figure's `subject_key` must join with `entities.entity_key`. When the
//! entities stage ran, the subject takes the key of the mention that names it
//! (same sentence first, then the nearest elsewhere in the document: "Bukele"
//! finds "Nayib Bukele"); a nationality takes its country's key. Without a
//! mention, a known place gets the `gpe:` key the entities stage would give
//! it, and anything else a `misc:` key built the same way.
//!
//! A subject that is one word opening its sentence, that no mention names
//! and that is no known place or nationality ("Regardless", "Currently",
//! "Deputies") is a sentence word, not a name: when the entities stage
//! found names in the document, the figure takes the next mention of its
//! sentence instead ("Orozco" in "Deputies said Orozco weighed 135
//! pounds"), or no subject at all. A personal pronoun ("I", "they"), a
//! function word ("If") or a lone letter names no one: the figure has no
//! subject.
//!
//! The mentions are indexed once per document by every name a subject may
//! use for them, each name's mentions sorted by sentence, so a figure finds
//! its mention by a hash look-up and a binary search: the work grows with
//! the number of figures plus mentions, not with their product.

use std::collections::HashMap;

use factsift_core::document::{Document, Sentence};
use factsift_core::keys::{entity_key, slug};
use factsift_core::quantity::Quantity;
use factsift_core::text::{is_personal_pronoun, is_stopword, lower};
use factsift_core::{places, Label, Mention};

/// Sets `subject_key` of every quantity of `doc` that has a subject; a
/// sentence word taken for a subject gives way to the next mention of its
/// sentence, or to none.
pub fn key_subjects(doc: &mut Document) {
    let Document {
        text,
        sentences,
        quantities,
        entities,
        ..
    } = doc;
    let index = MentionIndex::new(entities);
    // a document names few subjects many times: each is slugged and
    // placed once
    let mut names: HashMap<String, SubjectNames> = HashMap::new();
    for q in quantities.iter_mut() {
        let Some(subject) = q.subject.as_deref() else {
            continue;
        };
        // "I promised that Americans making $250,000 ...": a pronoun names
        // no one the figure is about, nor does a function word opening a
        // quotation ("If it's true they're offering $200 million") or a
        // lone letter (an initial of "T.Y. Hilton" cut from its name)
        let folded = lower(subject);
        if is_personal_pronoun(&folded) || is_stopword(&folded) || subject.chars().count() < 2 {
            q.subject = None;
            q.subject_key = None;
            continue;
        }
        if !names.contains_key(subject) {
            names.insert(subject.to_string(), SubjectNames::new(subject));
        }
        let subject_names = &names[subject];
        let mentioned = index.nearest(&subject_names.slug, q.sentence);
        // only a document whose entities stage found names can tell
        let sentence_word_end =
            (mentioned.is_none() && subject_names.lone_word && !entities.is_empty())
                .then(|| opening_word_end(text, sentences, q.sentence, subject))
                .flatten();
        match (mentioned, sentence_word_end) {
            (Some(m), _) => q.subject_key = Some(mention_key(m)),
            (None, Some(end)) => {
                let next = index.next_in_sentence(q, end);
                q.subject = next.map(|m| mention_text(text, m));
                q.subject_key = next.map(mention_key);
            }
            (None, None) => q.subject_key = Some(subject_names.unmentioned.clone()),
        }
    }
}

/// The key a subject takes from mention `m`: a nationality's country, else
/// the mention's own key.
fn mention_key(m: &Mention) -> String {
    m.linked_key.clone().unwrap_or_else(|| m.key.clone())
}

/// The words of mention `m` in `text` (its canonical name when its span
/// does not fit the text).
fn mention_text(text: &str, m: &Mention) -> String {
    text.get(m.span.start..m.span.end)
        .unwrap_or(&m.canonical)
        .to_string()
}

/// Where `subject` ends (a byte of `text`) when it is the first word of
/// sentence `sentence`, after any opening quote or bracket.
fn opening_word_end(
    text: &str,
    sentences: &[Sentence],
    sentence: usize,
    subject: &str,
) -> Option<usize> {
    let span = sentences.get(sentence)?.span;
    let words = text
        .get(span.start..span.end)?
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let rest = words.strip_prefix(subject)?;
    let end = span.end - rest.len();
    (!rest.starts_with(char::is_alphanumeric)).then_some(end)
}

/// The names a subject is looked up by: its slug among the mentions, and
/// the key it takes when no mention has that name.
struct SubjectNames {
    slug: String,
    unmentioned: String,
    /// One word that is no known place or nationality: a sentence word
    /// when it opens the sentence and no mention names it.
    lone_word: bool,
}

impl SubjectNames {
    fn new(subject: &str) -> SubjectNames {
        SubjectNames {
            slug: slug(subject),
            unmentioned: unmentioned_key(subject),
            lone_word: !subject.contains(char::is_whitespace)
                && places::place(subject).is_none()
                && places::country_of_demonym(subject).is_none(),
        }
    }

    /// The key of the subject of a figure of `sentence`.
    #[cfg(test)]
    fn key(&self, sentence: usize, mentions: &MentionIndex<'_>) -> String {
        match mentions.nearest(&self.slug, sentence) {
            Some(m) => mention_key(m),
            None => self.unmentioned.clone(),
        }
    }
}

/// One mention under one of its names: its sentence and its position in the
/// document's mentions.
#[derive(Debug, Clone, Copy)]
struct Entry {
    sentence: Option<usize>,
    index: usize,
}

impl Entry {
    /// Sort key: by sentence (mentions without one last), then text order.
    fn order(&self) -> (usize, usize) {
        (self.sentence.unwrap_or(usize::MAX), self.index)
    }

    /// How far the mention is from `sentence` (farthest without a sentence).
    fn distance(&self, sentence: usize) -> usize {
        self.sentence.map_or(usize::MAX, |s| s.abs_diff(sentence))
    }
}

/// The mentions of a document by the names a subject may call them: the
/// slug of the canonical name, every end of it that starts a word
/// ("bukele" of "nayib-bukele"), and every end of the key after a `:`.
struct MentionIndex<'a> {
    mentions: &'a [Mention],
    by_name: HashMap<String, Vec<Entry>>,
    /// Positions of each sentence's mentions, in text order.
    by_sentence: HashMap<usize, Vec<usize>>,
}

impl<'a> MentionIndex<'a> {
    fn new(mentions: &'a [Mention]) -> MentionIndex<'a> {
        let mut by_name: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
        for (index, m) in mentions.iter().enumerate() {
            if let Some(s) = m.sentence {
                by_sentence.entry(s).or_default().push(index);
            }
            let entry = Entry {
                sentence: m.sentence,
                index,
            };
            let canonical = slug(&m.canonical);
            let mut names = name_ends(&canonical, '-');
            names.extend(m.key.match_indices(':').map(|(i, _)| &m.key[i + 1..]));
            names.sort_unstable();
            names.dedup();
            for name in names {
                by_name.entry(name.to_string()).or_default().push(entry);
            }
        }
        for entries in by_name.values_mut() {
            entries.sort_by_key(Entry::order);
        }
        for positions in by_sentence.values_mut() {
            positions.sort_by_key(|&i| mentions[i].span.start);
        }
        MentionIndex {
            mentions,
            by_name,
            by_sentence,
        }
    }

    /// The subject figure `q` takes when the word opening its sentence
    /// (which ends at byte `start`) is no name: the first mention of the
    /// sentence after that word and before the figure, else the first
    /// after the figure.
    fn next_in_sentence(&self, q: &Quantity, start: usize) -> Option<&'a Mention> {
        let in_sentence = self
            .by_sentence
            .get(&q.sentence)
            .into_iter()
            .flatten()
            .map(|&i| &self.mentions[i])
            .filter(|m| m.span.start >= start);
        let mut after = None;
        for m in in_sentence {
            if m.span.end <= q.span.start {
                return Some(m);
            }
            if after.is_none() && m.span.start >= q.span.end {
                after = Some(m);
            }
        }
        after
    }

    /// The mention named `wanted` nearest to `sentence` (the first in text
    /// order among equally near ones).
    fn nearest(&self, wanted: &str, sentence: usize) -> Option<&'a Mention> {
        let entries = self.by_name.get(wanted)?;
        // the first entry at or after the sentence, and the first entry of
        // the last sentence before it
        let earlier = |limit: usize| move |e: &Entry| e.sentence.is_some_and(|s| s < limit);
        let after = entries.partition_point(earlier(sentence));
        let before = after
            .checked_sub(1)
            .and_then(|last| entries[last].sentence)
            .map(|s| entries.partition_point(earlier(s)));
        let best = [before, Some(after)]
            .into_iter()
            .flatten()
            .filter_map(|i| entries.get(i))
            .min_by_key(|e| (e.distance(sentence), e.index))?;
        self.mentions.get(best.index)
    }
}

/// `name` and each of its ends that follows a `sep`.
fn name_ends(name: &str, sep: char) -> Vec<&str> {
    let mut out = vec![name];
    out.extend(name.match_indices(sep).map(|(i, _)| &name[i + 1..]));
    out
}

#[cfg(test)]
fn subject_key_for(subject: &str, sentence: usize, mentions: &MentionIndex<'_>) -> String {
    SubjectNames::new(subject).key(sentence, mentions)
}

/// The key of a subject no mention names: a known place's `gpe:` key, a
/// nationality's country, else a `misc:` key.
fn unmentioned_key(subject: &str) -> String {
    match places::place(subject) {
        Some(p) => entity_key(Label::Gpe, p.canonical),
        None => match places::country_of_demonym(subject) {
            Some(country) => entity_key(Label::Gpe, country),
            None => entity_key(Label::Misc, subject),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::document::Span;

    fn mention(canonical: &str, key: &str, sentence: usize) -> Mention {
        Mention {
            span: Span::new(0, 1),
            sentence: Some(sentence),
            label: Label::Person,
            score: 0.9,
            key: key.to_string(),
            canonical: canonical.to_string(),
            linked_key: None,
        }
    }

    #[test]
    fn subjects_take_mention_keys_then_place_keys() {
        let mentions = vec![
            mention("Nayib Bukele", "person:nayib-bukele", 0),
            mention("LPG Datos", "org:lpg-datos", 5),
        ];
        let index = MentionIndex::new(&mentions);
        let none = MentionIndex::new(&[]);
        assert_eq!(subject_key_for("Bukele", 4, &index), "person:nayib-bukele");
        assert_eq!(subject_key_for("LPG Datos", 0, &index), "org:lpg-datos");
        assert_eq!(subject_key_for("El Salvador", 1, &index), "gpe:el-salvador");
        assert_eq!(
            subject_key_for("El Salvador", 1, &none),
            entity_key(Label::Gpe, "El Salvador")
        );
        assert_eq!(
            subject_key_for("Acme Widgets", 1, &none),
            "misc:acme-widgets"
        );
    }

    /// The stage's figures of `text`, segmented, with a mention of each
    /// of `named` (label, name) at its first occurrence.
    fn staged(text: &str, named: &[(Label, &str)]) -> Document {
        use factsift_core::document::DocumentMeta;
        use factsift_core::Stage;
        let mut doc = Document::new(text.to_string(), DocumentMeta::default());
        factsift_segment::SegmentStage
            .process(&mut doc)
            .expect("segment");
        for &(label, name) in named {
            let start = text.find(name).expect("a named mention");
            let sentence = doc
                .sentences
                .iter()
                .position(|s| s.span.start <= start && start < s.span.end);
            doc.entities.push(Mention {
                span: Span::new(start, start + name.len()),
                sentence,
                label,
                score: 0.9,
                key: entity_key(label, name),
                canonical: name.to_string(),
                linked_key: None,
            });
        }
        crate::NumbersStage.process(&mut doc).expect("numbers");
        doc
    }

    /// The subject and key of the figure of `doc` whose text starts `figure`.
    fn subject_of<'a>(doc: &'a Document, figure: &str) -> (Option<&'a str>, Option<&'a str>) {
        let q = doc
            .quantities
            .iter()
            .find(|q| doc.text[q.span.start..].starts_with(figure))
            .unwrap_or_else(|| panic!("no figure {figure:?} in {:#?}", doc.quantities));
        (q.subject.as_deref(), q.subject_key.as_deref())
    }

    #[test]
    fn a_word_opening_its_sentence_is_no_subject_unless_a_mention_names_it() {
        let text = "Officers said Pellman weighed 180 pounds. \
            Regardless of the cost, the 31-year-old signed. \
            Brevik scored 12 goals. \
            Canada added 40 buses. \
            Mayor Jon Halvik cut 30 jobs. \
            The board said Tamsin cut 5 jobs. \
            Lately, the fund lost 7 clients to Ardmore Bank.";
        let doc = staged(
            text,
            &[
                (Label::Person, "Pellman"),
                (Label::Person, "Brevik"),
                (Label::Org, "Ardmore Bank"),
            ],
        );
        // the next mention of the sentence, before the figure or after it
        assert_eq!(
            subject_of(&doc, "180 pounds"),
            (Some("Pellman"), Some("person:pellman"))
        );
        assert_eq!(
            subject_of(&doc, "7 clients"),
            (Some("Ardmore Bank"), Some("org:ardmore-bank"))
        );
        // no mention to fall back on: no subject
        assert_eq!(subject_of(&doc, "31-year-old"), (None, None));
        // a named word, a known place, several words, a word inside the
        // sentence: as before
        assert_eq!(
            subject_of(&doc, "12 goals"),
            (Some("Brevik"), Some("person:brevik"))
        );
        assert_eq!(subject_of(&doc, "40 buses").1, Some("gpe:canada"));
        assert_eq!(
            subject_of(&doc, "30 jobs"),
            (Some("Jon Halvik"), Some("misc:jon-halvik"))
        );
        assert_eq!(
            subject_of(&doc, "5 jobs"),
            (Some("Tamsin"), Some("misc:tamsin"))
        );
        // a pronoun is no subject
        let doc = staged("During the campaign I promised 30 new clinics.", &[]);
        assert_eq!(subject_of(&doc, "30 new clinics"), (None, None));
        let doc = staged("Patrick said: \"If they offer $200 million, fine.\"", &[]);
        assert_eq!(subject_of(&doc, "$200 million"), (None, None));
        let doc = staged("He made two throws to T.Y. Hilton on third down.", &[]);
        assert!(doc
            .quantities
            .iter()
            .all(|q| q.subject.as_deref() != Some("Y")));
        // a document without mentions (no entities stage) keeps its words
        let doc = staged("Officers arrested 4 men.", &[]);
        assert_eq!(
            subject_of(&doc, "4 men"),
            (Some("Officers"), Some("misc:officers"))
        );
    }

    /// The nearest mention by scanning them all, as the stage did before
    /// the index: the reference the index must agree with.
    fn nearest_by_scan<'a>(
        mentions: &'a [Mention],
        wanted: &str,
        sentence: usize,
    ) -> Option<&'a Mention> {
        mentions
            .iter()
            .filter(|m| {
                let canonical = slug(&m.canonical);
                canonical == wanted
                    || canonical.ends_with(&format!("-{wanted}"))
                    || m.key.ends_with(&format!(":{wanted}"))
            })
            .min_by_key(|m| m.sentence.map_or(usize::MAX, |s| s.abs_diff(sentence)))
    }

    #[test]
    fn the_index_finds_the_mention_a_scan_finds() {
        let names = ["Nayib Bukele", "Bukele", "Ana Bukele", "LPG Datos", "Datos"];
        let mut mentions = Vec::new();
        for i in 0..60usize {
            let name = names[(i * 7) % names.len()];
            let key = format!("person:{}", slug(names[(i * 3) % names.len()]));
            let mut m = mention(name, &key, (i * 13) % 17);
            if i % 11 == 0 {
                m.sentence = None;
            }
            m.linked_key = Some(format!("x:{i}"));
            mentions.push(m);
        }
        let index = MentionIndex::new(&mentions);
        for wanted in ["bukele", "nayib-bukele", "datos", "lpg-datos", "ana", "x"] {
            for sentence in 0..20 {
                let expected = nearest_by_scan(&mentions, wanted, sentence);
                let found = index.nearest(wanted, sentence);
                assert_eq!(
                    found.map(|m| m.linked_key.as_deref()),
                    expected.map(|m| m.linked_key.as_deref()),
                    "{wanted} near {sentence}"
                );
            }
        }
    }

    /// A document of `n` sentences, each with a figure whose subject is a
    /// different mention.
    fn many_subjects(n: usize) -> Document {
        use crate::Quantity;
        use factsift_core::document::DocumentMeta;
        let mut doc = Document::new(String::new(), DocumentMeta::default());
        doc.entities = (0..n)
            .map(|i| mention(&format!("Acme Unit{i}"), &format!("org:acme-unit{i}"), i))
            .collect();
        let template = crate::extract::extract_sentences(
            "Acme Unit0 sold 5 cars.",
            vec![Span::new(0, 23)],
            factsift_core::Language::En,
        );
        let q: &Quantity = template.first().expect("a figure");
        doc.quantities = (0..n)
            .map(|i| {
                let mut q = q.clone();
                q.sentence = i;
                q.subject = Some(format!("Unit{}", (i * 7919) % n));
                q
            })
            .collect();
        doc
    }

    /// Seconds `key_subjects` takes on `doc`.
    #[test]
    fn keying_grows_linearly_with_the_document() {
        // 4× the figures and mentions: about 4× the time when each figure
        // looks its mention up, 16× when it scans them all (thread CPU time,
        // so a busy machine cannot fail it).
        let small = std::cell::RefCell::new(many_subjects(25_000));
        let large = std::cell::RefCell::new(many_subjects(100_000));
        factsift_testdata::assert_linear("subject keys", &small, &large, |doc| {
            key_subjects(&mut doc.borrow_mut())
        });
        let large = large.into_inner();
        let q = &large.quantities[1];
        assert_eq!(q.subject_key.as_deref(), Some("org:acme-unit7919"));
    }
}
