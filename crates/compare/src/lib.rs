//! `factsift compare`: line up what different sources say about the same facts.
//!
//! Reads one or more run folders lazily, groups documents into stories, and builds
//! three tables: `statistics` (the same figure across sources, with a verdict),
//! `entity_coverage` (who mentions whom, how often, how early) and
//! `claims_alignment` (claims from different sources that state the same thing),
//! plus a Markdown and a self-contained HTML report.
//!
//! The steps, one module each: [`load`] finds and scans the runs (`inputs`
//! reads the tables through it), [`docs`] names each document's source,
//! [`keys`] reconciles entity keys across documents, [`align`] scores and
//! relates claim pairs (with [`textsim`] and a sentence encoder; `pairing`
//! runs it),
//! [`stories`] clusters documents (page furniture left out by
//! [`boilerplate`]), [`copies`] finds wire copies, [`statistics`] groups figures (with
//! [`measured`], [`facts`] and [`interval`]), [`coverage`] counts entity mentions, and
//! [`tables`], [`report`] and [`write()`] write the results.

pub mod align;
pub mod boilerplate;
pub mod copies;
pub mod coverage;
pub mod cues;
pub mod docs;
pub mod facts;
mod inputs;
pub mod interval;
pub mod keys;
pub mod load;
pub mod measured;
pub mod model;
mod pairing;
pub mod report;
pub mod statistics;
pub mod stories;
pub mod tables;
pub mod textsim;
pub mod write;

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use factsift_core::SentenceEncoder;
use polars::prelude::*;

use docs::Docs;
use keys::KeyMap;
use load::RunSet;
use model::{Comparison, StoryDoc};

pub use pairing::{EMBEDDING_THRESHOLD, WORD_THRESHOLD};
pub use write::write;

/// What to compare and how.
#[derive(Clone, Default)]
pub struct Options<'a> {
    /// Run folders (or folders holding run folders).
    pub runs: Vec<PathBuf>,
    /// Sentence encoder for claim alignment; `None` aligns claims by
    /// TF-IDF word overlap.
    pub encoder: Option<&'a dyn SentenceEncoder>,
}

/// Documents per chunk of stories whose figures are grouped together.
pub const CHUNK_DOCUMENTS: usize = 10_000;

/// Splits documents into chunks of whole stories of about
/// [`CHUNK_DOCUMENTS`] documents each.
fn story_chunks(docs: &[usize], story_of: &[u32]) -> Vec<Vec<usize>> {
    let mut by_story: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for &d in docs {
        by_story.entry(story_of[d]).or_default().push(d);
    }
    let mut chunks: Vec<Vec<usize>> = vec![Vec::new()];
    for (_, members) in by_story {
        if chunks
            .last()
            .is_some_and(|c| c.len() + members.len() > CHUNK_DOCUMENTS && !c.is_empty())
        {
            chunks.push(Vec::new());
        }
        if let Some(last) = chunks.last_mut() {
            last.extend(members);
        }
    }
    chunks.retain(|c| !c.is_empty());
    chunks
}

/// Runs the comparison.
pub fn compare(opts: &Options<'_>) -> anyhow::Result<Comparison> {
    let runs = RunSet::open(&opts.runs)?;
    let docs = Docs::read(&runs)?;
    let sources = docs.sources();
    let source_index: HashMap<&str, u32> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i as u32))
        .collect();

    let mentions = inputs::read_mentions(&runs, &docs)?;
    let subjects = inputs::read_subject_keys(&runs, &docs)?;
    let keys = KeyMap::build(
        mentions
            .iter()
            .map(|m| m.entity_key.as_str())
            .chain(subjects.iter().map(|(_, k)| k.as_str())),
    );
    drop(subjects);

    let claims = inputs::read_claims(&runs, &docs, &keys)?;
    let text_dates = inputs::read_text_dates(&runs, &docs)?;
    let evidence = stories::evidence(&claims, text_dates);
    let story_of = stories::cluster(&docs, &evidence);
    drop(evidence);
    let story_names = stories::names(&docs, &story_of);
    let story_count = story_names.len();

    let pairing::ClaimPairs {
        similar,
        aligned,
        statements,
    } = pairing::align_claims(&claims, &docs, &story_of, opts.encoder)?;
    let claim_index = facts::ClaimIndex::build(&claims);
    let figures = inputs::read_figures(&runs, &claims, &similar, &claim_index)?;

    let copy_of = copies::groups(&claims, docs.list.len());
    let alignments = pairing::build_alignments(
        &claims,
        &docs,
        &statements,
        &figures,
        &story_of,
        &story_names,
        &copy_of,
    );

    // figures of stories told by at least two sources
    let mut story_sources: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); story_count];
    for (d, doc) in docs.list.iter().enumerate() {
        story_sources[story_of[d] as usize].insert(doc.source.as_str());
    }
    let shared: Vec<usize> = (0..docs.list.len())
        .filter(|&d| story_sources[story_of[d] as usize].len() >= 2)
        .collect();
    // Stories are compared in chunks of whole stories, so that the readings
    // held at once stay bounded by the chunk, not by the dataset.
    let (merges, disputes) =
        pairing::figure_links(&claims, &similar, &aligned, &figures, &story_of);
    let linked = pairing::linked_documents(&claims, &docs, &aligned);
    let evidence = statistics::Evidence {
        figures: &disputes,
        documents: &linked,
    };
    let concepts = statistics::concepts(&runs)?;
    let mut statistics = Vec::new();
    for chunk in story_chunks(&shared, &story_of) {
        let doc_map = DataFrame::new(
            chunk.len(),
            vec![
                Series::new(
                    "doc_id".into(),
                    chunk
                        .iter()
                        .map(|&d| docs.list[d].doc_id.as_str())
                        .collect::<Vec<_>>(),
                )
                .into_column(),
                Series::new(
                    "story".into(),
                    chunk.iter().map(|&d| story_of[d]).collect::<Vec<_>>(),
                )
                .into_column(),
                Series::new(
                    "source".into(),
                    chunk
                        .iter()
                        .map(|&d| source_index[docs.list[d].source.as_str()])
                        .collect::<Vec<_>>(),
                )
                .into_column(),
            ],
        )?;
        let readings = statistics::read(&runs, doc_map, &concepts, &keys, &claim_index)?;
        statistics.extend(statistics::group(
            readings,
            &merges,
            &evidence,
            &sources,
            &story_names,
        ));
    }
    statistics::count_independent(&mut statistics, |d| docs.position(d).map(|p| copy_of[p]));
    statistics::rank(&mut statistics);
    let sentences = inputs::read_sentences(
        &runs,
        statistics
            .iter()
            .flat_map(|g| &g.figures)
            .map(|f| (f.doc_id.as_str(), f.sentence_id)),
    )?;
    for f in statistics.iter_mut().flat_map(|g| &mut g.figures) {
        if let Some(text) = sentences.get(&(f.doc_id.clone(), f.sentence_id)) {
            f.sentence = text.clone();
        }
    }
    let coverage = coverage::build(&mentions, &docs, &keys);

    let mut story_docs: Vec<StoryDoc> = docs
        .list
        .iter()
        .enumerate()
        .map(|(d, doc)| StoryDoc {
            story_id: story_names[story_of[d] as usize].clone(),
            doc_id: doc.doc_id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
        })
        .collect();
    story_docs.sort_by(|a, b| {
        (&a.story_id, &a.source, &a.doc_id).cmp(&(&b.story_id, &b.source, &b.doc_id))
    });
    Ok(Comparison {
        runs: runs
            .runs()
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        sources,
        documents: docs.list.len(),
        stories: story_count,
        story_docs,
        statistics,
        coverage,
        alignments,
        embeddings: opts.encoder.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_hold_whole_stories_and_stay_near_the_bound() {
        // 3 stories: 6,000 + 6,000 + 3 documents
        let story_of: Vec<u32> = (0..12_003)
            .map(|d| {
                if d < 6_000 {
                    0
                } else if d < 12_000 {
                    1
                } else {
                    2
                }
            })
            .collect();
        let docs: Vec<usize> = (0..12_003).rev().collect();
        let chunks = story_chunks(&docs, &story_of);
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks.iter().map(Vec::len).sum::<usize>(), 12_003);
        for c in &chunks {
            let stories: BTreeSet<u32> = c.iter().map(|&d| story_of[d]).collect();
            for s in stories {
                // every document of a story is in the chunk that has the story
                assert_eq!(
                    c.iter().filter(|&&d| story_of[d] == s).count(),
                    story_of.iter().filter(|&&x| x == s).count()
                );
            }
        }
        assert!(story_chunks(&[], &story_of).is_empty());
    }
}
