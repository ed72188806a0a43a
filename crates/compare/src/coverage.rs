//! The `entity_coverage` comparison: which sources mention which entities,
//! how often and how early.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::docs::Docs;
use super::keys::KeyMap;
use super::model::Coverage;

/// One entity mention, as read from the `entities` table.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Document index in [`Docs::list`].
    pub doc: usize,
    /// Sentence index.
    pub sentence_id: i64,
    /// Character offset of the mention.
    pub start: i64,
    /// Entity key (as written by the run).
    pub entity_key: String,
    /// Canonical name.
    pub canonical_name: String,
    /// Label.
    pub label: String,
}

#[derive(Default)]
struct Tally {
    docs: BTreeSet<usize>,
    mentions: usize,
    first_position: f64,
    first_sentence: i64,
}

/// Coverage rows for every (entity, source) pair with at least one mention,
/// entities covered by the most sources first.
pub fn build(mentions: &[Mention], docs: &Docs, keys: &KeyMap) -> Vec<Coverage> {
    let sources_total = docs.sources().len();
    let mut tallies: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut names: HashMap<String, BTreeMap<(String, String), usize>> = HashMap::new();
    for m in mentions {
        let Some(doc) = docs.list.get(m.doc) else {
            continue;
        };
        let key = keys.resolve(&m.entity_key).to_string();
        // the name and label of the key the mention resolves to win
        let own = usize::from(key == m.entity_key);
        *names
            .entry(key.clone())
            .or_default()
            .entry((m.canonical_name.clone(), m.label.clone()))
            .or_default() += 1 + own * 1000;
        let t = tallies
            .entry((key, doc.source.clone()))
            .or_insert_with(|| Tally {
                first_position: f64::INFINITY,
                first_sentence: i64::MAX,
                ..Default::default()
            });
        t.docs.insert(m.doc);
        t.mentions += 1;
        let position = (m.start.max(0) as f64 / doc.chars as f64).min(1.0);
        t.first_position = t.first_position.min(position);
        t.first_sentence = t.first_sentence.min(m.sentence_id);
    }
    let mut sources_of: HashMap<&str, usize> = HashMap::new();
    for (key, _) in tallies.keys() {
        *sources_of.entry(key.as_str()).or_default() += 1;
    }
    let mut rows: Vec<Coverage> = tallies
        .iter()
        .map(|((key, source), t)| {
            let (name, label) = names
                .get(key)
                .and_then(|n| n.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
                .map(|(nl, _)| nl.clone())
                .unwrap_or_default();
            Coverage {
                entity_key: key.clone(),
                canonical_name: name,
                label,
                source: source.clone(),
                docs: t.docs.len(),
                mentions: t.mentions,
                first_position: t.first_position,
                first_sentence: t.first_sentence,
                sources_mentioning: sources_of[key.as_str()],
                sources_total,
            }
        })
        .collect();
    let total: HashMap<String, usize> = rows.iter().fold(HashMap::new(), |mut acc, r| {
        *acc.entry(r.entity_key.clone()).or_default() += r.mentions;
        acc
    });
    rows.sort_by(|a, b| {
        b.sources_mentioning
            .cmp(&a.sources_mentioning)
            .then(total[&b.entity_key].cmp(&total[&a.entity_key]))
            .then(a.entity_key.cmp(&b.entity_key))
            .then(a.first_position.total_cmp(&b.first_position))
            .then(a.source.cmp(&b.source))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    fn docs() -> Docs {
        let df = df!(
            "doc_id" => ["d0", "d1", "d2"],
            "source" => ["A", "B", "B"],
            "n_chars" => [100i64, 200, 100],
        )
        .unwrap();
        Docs::from_frame(&df)
    }

    fn mention(doc: usize, start: i64, key: &str, name: &str) -> Mention {
        Mention {
            doc,
            sentence_id: start / 50,
            start,
            entity_key: key.into(),
            canonical_name: name.into(),
            label: "PERSON".into(),
        }
    }

    #[test]
    fn counts_sources_docs_and_first_positions() {
        let docs = docs();
        let keys = KeyMap::build(["person:nayib-bukele", "person:bukele", "person:rubio"]);
        let rows = build(
            &[
                mention(0, 10, "person:nayib-bukele", "Nayib Bukele"),
                mention(0, 60, "person:bukele", "Bukele"),
                mention(1, 100, "person:bukele", "Bukele"),
                mention(2, 0, "person:rubio", "Rubio"),
            ],
            &docs,
            &keys,
        );
        assert_eq!(rows.len(), 3);
        let first = &rows[0];
        assert_eq!(first.entity_key, "person:nayib-bukele");
        assert_eq!(first.canonical_name, "Nayib Bukele");
        assert_eq!(first.sources_mentioning, 2);
        assert_eq!(first.sources_total, 2);
        let a = rows.iter().find(|r| r.source == "A").unwrap();
        assert_eq!((a.docs, a.mentions), (1, 2));
        assert!((a.first_position - 0.1).abs() < 1e-9);
        let b = rows
            .iter()
            .find(|r| r.source == "B" && r.entity_key == "person:nayib-bukele")
            .unwrap();
        assert!((b.first_position - 0.5).abs() < 1e-9);
        assert_eq!(b.first_sentence, 2);
        assert_eq!(rows[2].sources_mentioning, 1);
    }
}
