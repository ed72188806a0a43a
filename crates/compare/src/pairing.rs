//! Pairs claims across sources and turns the pairs into the
//! `claims_alignment` rows and into merges of statistic groups.

use std::collections::HashMap;

use anyhow::Context as _;

use super::align::{self, ClaimRow, Figure, Scored};
use super::docs::Docs;
use super::inputs::FigureMap;
use super::model::{Alignment, ClaimSide};
use super::statistics;
use super::textsim;
use factsift_core::model::cosine;
use factsift_core::SentenceEncoder;

/// Text similarity a pair needs with sentence embeddings (cosine).
pub const EMBEDDING_THRESHOLD: f64 = 0.6;

/// Text similarity a pair needs with TF-IDF word overlap (cosine).
pub const WORD_THRESHOLD: f64 = 0.3;

/// Candidate pairs scored by text similarity: those that reach the
/// threshold (they join statistics whose figures match), and among them the
/// mutual best matches (the `claims_alignment` rows).
pub(super) fn align_claims(
    claims: &[ClaimRow],
    docs: &Docs,
    embedder: Option<&dyn SentenceEncoder>,
) -> anyhow::Result<(Vec<Scored>, Vec<Scored>)> {
    let (vocab, term_ids) = align::claim_terms(claims);
    let figures: Vec<_> = claims
        .iter()
        .map(|c| align::figure_tokens(&c.text))
        .collect();
    let pairs = align::candidates(claims, docs, &term_ids, &figures);
    let text_sim: Vec<f64> = match embedder {
        Some(e) => {
            let mut wanted: Vec<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
            wanted.sort_unstable();
            wanted.dedup();
            let texts: Vec<&str> = wanted.iter().map(|&i| claims[i].text.as_str()).collect();
            let vectors = e.encode(&texts).context("embedding claims")?;
            let slot: HashMap<usize, usize> =
                wanted.iter().enumerate().map(|(s, &i)| (i, s)).collect();
            pairs
                .iter()
                .map(|&(a, b)| cosine(&vectors[slot[&a]], &vectors[slot[&b]]))
                .collect()
        }
        None => {
            let vectors: Vec<textsim::SparseVec> =
                term_ids.iter().map(|ids| vocab.vector(ids)).collect();
            pairs
                .iter()
                .map(|&(a, b)| textsim::cosine(&vectors[a], &vectors[b]))
                .collect()
        }
    };
    let scored: Vec<Scored> = pairs
        .iter()
        .zip(text_sim)
        .map(|(&(a, b), text)| Scored {
            a,
            b,
            text,
            entities: align::jaccard(&claims[a].entity_keys, &claims[b].entity_keys),
            shared_figure: !figures[a].is_disjoint(&figures[b]),
        })
        .collect();
    let threshold = if embedder.is_some() {
        EMBEDDING_THRESHOLD
    } else {
        WORD_THRESHOLD
    };
    let similar: Vec<Scored> = scored.into_iter().filter(|s| s.passes(threshold)).collect();
    let aligned = align::select(claims, similar.clone(), threshold);
    Ok((similar, aligned))
}

pub(super) fn claim_figures<'a>(c: &ClaimRow, figures: &'a FigureMap) -> Vec<&'a Figure> {
    c.quantity_ids
        .iter()
        .filter_map(|q| figures.get(q))
        .collect()
}

pub(super) fn build_alignments(
    claims: &[ClaimRow],
    docs: &Docs,
    aligned: &[Scored],
    figures: &FigureMap,
    story_of: &[u32],
    story_names: &[String],
) -> Vec<Alignment> {
    let side = |c: &ClaimRow| ClaimSide {
        claim_id: c.claim_id.clone(),
        doc_id: docs.list[c.doc].doc_id.clone(),
        source: docs.list[c.doc].source.clone(),
        text: c.text.clone(),
        speaker: c.speaker.clone(),
        hedged: c.hedged,
        hedge_cue: c.hedge_cue.clone(),
    };
    let mut out: Vec<Alignment> = aligned
        .iter()
        .map(|s| {
            let (mut a, mut b) = (&claims[s.a], &claims[s.b]);
            if (docs.list[b.doc].source.as_str(), &b.claim_id)
                < (docs.list[a.doc].source.as_str(), &a.claim_id)
            {
                std::mem::swap(&mut a, &mut b);
            }
            let fa = claim_figures(a, figures);
            let fb = claim_figures(b, figures);
            let matched = align::matching_figures(&fa, &fb);
            let (relation, detail) = align::relate(
                a,
                b,
                &docs.list[a.doc].source,
                &docs.list[b.doc].source,
                &matched,
            );
            let shared: Vec<String> = a
                .entity_keys
                .iter()
                .filter(|k| b.entity_keys.contains(k))
                .cloned()
                .collect();
            Alignment {
                pair_id: String::new(),
                story_id: story_names[story_of[a.doc] as usize].clone(),
                a: side(a),
                b: side(b),
                similarity: s.combined(),
                text_similarity: s.text,
                shared_entities: shared,
                relation,
                detail,
            }
        })
        .collect();
    out.sort_by(|x, y| {
        x.relation
            .cmp(&y.relation)
            .then(y.similarity.total_cmp(&x.similarity))
            .then(x.a.claim_id.cmp(&y.a.claim_id))
            .then(x.b.claim_id.cmp(&y.b.claim_id))
    });
    for (i, a) in out.iter_mut().enumerate() {
        a.pair_id = format!("a{:04}", i + 1);
    }
    out
}

/// Statistic groups that similar claims show to be one figure.
pub(super) fn figure_merges(
    claims: &[ClaimRow],
    aligned: &[Scored],
    figures: &FigureMap,
    story_of: &[u32],
) -> Vec<(statistics::GroupKey, statistics::GroupKey)> {
    let mut out = Vec::new();
    for s in aligned {
        let (a, b) = (&claims[s.a], &claims[s.b]);
        // statistics are grouped within a story
        if story_of[a.doc] != story_of[b.doc] {
            continue;
        }
        let (fa, fb) = (claim_figures(a, figures), claim_figures(b, figures));
        for (x, y) in align::matching_figures(&fa, &fb) {
            if x.period != y.period {
                continue;
            }
            let key = |doc: usize, f: &Figure| {
                (
                    story_of[doc],
                    f.kind.clone(),
                    f.unit.clone(),
                    f.concept.clone(),
                    f.period.clone(),
                )
            };
            out.push((key(a.doc, x), key(b.doc, y)));
        }
    }
    out
}
