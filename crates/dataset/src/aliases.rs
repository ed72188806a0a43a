//! The run-level book of aliases: for each entity key, the surface forms
//! seen and how often.

use std::collections::BTreeMap;

use factsift_core::{Label, Mention};

/// One row of the `aliases` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasRow {
    /// The entity key.
    pub entity_key: String,
    /// The canonical name most often given to the key.
    pub canonical_name: String,
    /// The label most often given to the key's mentions.
    pub label: &'static str,
    /// A surface form, white space collapsed.
    pub surface: String,
    /// How many mentions had this surface form.
    pub mentions: u64,
}

#[derive(Debug, Default)]
struct KeyStats {
    canonical: BTreeMap<String, u64>,
    labels: BTreeMap<&'static str, u64>,
    surfaces: BTreeMap<String, u64>,
}

/// Accumulates alias counts over a run; the result does not depend on the
/// order documents arrive in.
#[derive(Debug, Default)]
pub struct AliasBook {
    keys: BTreeMap<String, KeyStats>,
}

impl AliasBook {
    /// Counts the mentions of one document.
    pub fn add(&mut self, text: &str, mentions: &[Mention]) {
        for m in mentions {
            let surface = text.get(m.span.start..m.span.end).unwrap_or("");
            self.add_mention(&m.key, &m.canonical, m.label, surface);
        }
    }

    /// Counts one mention given by its fields (as in a row of the
    /// `entities` table); `text` is the mention's text as written, white
    /// space not yet collapsed.
    pub fn add_mention(&mut self, key: &str, canonical: &str, label: Label, text: &str) {
        let surface = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let stats = self.keys.entry(key.to_string()).or_default();
        *stats.canonical.entry(canonical.to_string()).or_default() += 1;
        *stats.labels.entry(label.as_str()).or_default() += 1;
        *stats.surfaces.entry(surface).or_default() += 1;
    }

    /// Number of distinct keys seen.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no mention was counted.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The rows, by key then surface form.
    pub fn rows(&self) -> Vec<AliasRow> {
        let mut rows = Vec::new();
        for (key, stats) in &self.keys {
            let canonical = most_common(&stats.canonical).cloned().unwrap_or_default();
            let label = most_common(&stats.labels).copied().unwrap_or("MISC");
            for (surface, &n) in &stats.surfaces {
                rows.push(AliasRow {
                    entity_key: key.clone(),
                    canonical_name: canonical.clone(),
                    label,
                    surface: surface.clone(),
                    mentions: n,
                });
            }
        }
        rows
    }
}

/// The most counted entry; ties go to the smallest, so the choice is stable.
fn most_common<K: Ord>(counts: &BTreeMap<K, u64>) -> Option<&K> {
    counts
        .iter()
        .fold(None, |best: Option<(&K, u64)>, (k, &n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((k, n)),
        })
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::document::Span;
    use factsift_core::Label;

    fn mention(start: usize, end: usize, key: &str, canonical: &str) -> Mention {
        Mention {
            span: Span::new(start, end),
            sentence: Some(0),
            label: Label::Gpe,
            score: 0.9,
            key: key.to_string(),
            canonical: canonical.to_string(),
            linked_key: None,
        }
    }

    #[test]
    fn counts_surface_forms_per_key_in_any_order() {
        let a = "US and U.S. and US";
        let ma = vec![
            mention(0, 2, "gpe:united-states", "United States"),
            mention(7, 11, "gpe:united-states", "United States"),
            mention(16, 18, "gpe:united-states", "United States"),
        ];
        let b = "the United  States";
        let mb = vec![mention(4, 18, "gpe:united-states", "United States")];
        let mut one = AliasBook::default();
        one.add(a, &ma);
        one.add(b, &mb);
        let mut two = AliasBook::default();
        two.add(b, &mb);
        two.add(a, &ma);
        assert_eq!(one.rows(), two.rows());
        let rows = one.rows();
        assert_eq!(rows.len(), 3);
        let us = rows.iter().find(|r| r.surface == "US").expect("US row");
        assert_eq!(us.mentions, 2);
        assert!(rows.iter().any(|r| r.surface == "United States"));
        assert_eq!(one.len(), 1);
    }
}
