//! Near-verbatim copies: a wire story printed by several outlets is one
//! independent source, however many documents carry it.
//!
//! Two documents are copies when at least [`MIN_SHARED_SHARE`] of the
//! claims of the one with fewer appear word for word (case and punctuation
//! aside) in the other; page furniture and claims of fewer than
//! [`MIN_WORDS`] words are not counted. Copies of copies are one group.

use std::collections::{BTreeMap, HashMap, HashSet};

use factsift_core::text::words;

use super::align::ClaimRow;
use super::boilerplate::is_furniture;
use super::stories::Components;

/// Share of the shorter document's claims the other must repeat.
pub const MIN_SHARED_SHARE: f64 = 0.5;

/// Shortest claim, in words, that counts towards copying.
pub const MIN_WORDS: usize = 6;

/// Fewest counted claims a document needs to be judged a copy.
const MIN_CLAIMS: usize = 3;

/// Most documents a claim may be repeated in and still say who copied whom
/// (a stock line repeated everywhere says nothing).
const MAX_REPEATS: usize = 50;

/// The copy group of each of `n` documents (its smallest member's index).
pub fn groups(claims: &[ClaimRow], n: usize) -> Vec<usize> {
    let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
    let mut counted: Vec<HashSet<String>> = vec![HashSet::new(); n];
    for c in claims {
        if is_furniture(&c.text) {
            continue;
        }
        let ws: Vec<String> = words(&c.text).iter().map(|w| w.lower()).collect();
        if ws.len() < MIN_WORDS {
            continue;
        }
        let key = ws.join(" ");
        if counted[c.doc].insert(key.clone()) {
            postings.entry(key).or_default().push(c.doc);
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for docs in postings.values().filter(|d| d.len() <= MAX_REPEATS) {
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let mut comps = Components::new(n);
    for ((a, b), k) in shared {
        let fewer = counted[a].len().min(counted[b].len());
        if fewer >= MIN_CLAIMS && k as f64 >= MIN_SHARED_SHARE * fewer as f64 {
            comps.union(a, b);
        }
    }
    (0..n).map(|d| comps.find(d)).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A claim of `doc` with `text` and nothing else (also for other
    /// modules' tests).
    pub(crate) fn claim(doc: usize, text: &str) -> ClaimRow {
        ClaimRow {
            claim_id: format!("{doc}:{text}"),
            doc,
            sentence_id: 0,
            start: 0,
            text: text.into(),
            speaker: None,
            speaker_key: None,
            hedged: false,
            hedge_cue: None,
            negated: false,
            entity_keys: Vec::new(),
            quantity_ids: Vec::new(),
        }
    }

    #[test]
    fn wire_copies_are_one_group_and_rewrites_are_not() {
        let wire = [
            "A magnitude 4.6 earthquake struck near The Geysers on Thursday.",
            "The quake was centred about two miles from Cobb, the survey said.",
            "There were no immediate reports of damage or injuries in the area.",
        ];
        let mut claims = Vec::new();
        for doc in [0, 1] {
            claims.extend(wire.iter().map(|t| claim(doc, t)));
        }
        // doc 1 adds a line of its own; doc 2 tells the story in its own words
        claims.push(claim(
            1,
            "Residents said they felt a sharp jolt before dawn.",
        ));
        for t in [
            "An earthquake of magnitude 4.6 shook the Geysers area on Thursday.",
            "It was centred near Cobb, according to the geological survey.",
            "No damage was reported, officials said on Thursday morning.",
        ] {
            claims.push(claim(2, t));
        }
        let g = groups(&claims, 3);
        assert_eq!(g[0], g[1]);
        assert_ne!(g[0], g[2]);
    }
}
