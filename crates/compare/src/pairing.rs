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

/// Text similarity (TF-IDF cosine) from which a pair of claims that both
/// cite figures is checked with the sentence embedder.
pub const EMBED_FROM: f64 = 0.1;

/// Candidate pairs (claims of different sources in one story) scored by
/// text similarity: those that reach the threshold (they join statistics
/// whose figures match), and among them the mutual best matches (the
/// `claims_alignment` rows). Every pair is scored by TF-IDF cosine against
/// [`WORD_THRESHOLD`]; with an embedder, the pairs of claims that both cite
/// figures and fall short of it (from [`EMBED_FROM`]) are scored again by
/// embedding cosine against [`EMBEDDING_THRESHOLD`], so that paraphrased
/// figures still pair while only those claims are embedded.
pub(super) fn align_claims(
    claims: &[ClaimRow],
    docs: &Docs,
    story_of: &[u32],
    embedder: Option<&dyn SentenceEncoder>,
) -> anyhow::Result<(Vec<Scored>, Vec<Scored>)> {
    let (vocab, term_ids) = align::claim_terms(claims);
    let figures: Vec<_> = claims
        .iter()
        .map(|c| align::figure_tokens(&c.text))
        .collect();
    let pairs = align::candidates(claims, docs, &term_ids, &figures, story_of);
    let vectors: Vec<textsim::SparseVec> = term_ids.iter().map(|ids| vocab.vector(ids)).collect();
    let mut scored: Vec<(Scored, f64)> = pairs
        .iter()
        .map(|&(a, b)| {
            let s = Scored {
                a,
                b,
                text: textsim::cosine(&vectors[a], &vectors[b]),
                entities: align::jaccard(&claims[a].entity_keys, &claims[b].entity_keys),
                shared_figure: !figures[a].is_disjoint(&figures[b]),
            };
            (s, WORD_THRESHOLD)
        })
        .collect();
    if let Some(e) = embedder {
        embed_uncertain(claims, &mut scored, e)?;
    }
    let similar: Vec<Scored> = scored
        .into_iter()
        .filter(|(s, threshold)| s.passes(*threshold))
        .map(|(s, _)| s)
        .collect();
    // each pair passed its own threshold above
    let aligned = align::select(claims, similar.clone(), f64::NEG_INFINITY);
    Ok((similar, aligned))
}

/// Rescores by embedding cosine the pairs of figure-citing claims whose
/// TF-IDF cosine lies in `[EMBED_FROM, WORD_THRESHOLD)`.
fn embed_uncertain(
    claims: &[ClaimRow],
    scored: &mut [(Scored, f64)],
    e: &dyn SentenceEncoder,
) -> anyhow::Result<()> {
    let uncertain = |s: &Scored| {
        (EMBED_FROM..WORD_THRESHOLD).contains(&s.text)
            && !claims[s.a].quantity_ids.is_empty()
            && !claims[s.b].quantity_ids.is_empty()
    };
    let mut wanted: Vec<usize> = scored
        .iter()
        .filter(|(s, _)| uncertain(s))
        .flat_map(|(s, _)| [s.a, s.b])
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(());
    }
    let texts: Vec<&str> = wanted.iter().map(|&i| claims[i].text.as_str()).collect();
    let vectors = e.encode(&texts).context("embedding claims")?;
    let slot: HashMap<usize, usize> = wanted.iter().enumerate().map(|(s, &i)| (i, s)).collect();
    for (s, threshold) in scored.iter_mut().filter(|(s, _)| uncertain(s)) {
        s.text = cosine(&vectors[slot[&s.a]], &vectors[slot[&s.b]]);
        *threshold = EMBEDDING_THRESHOLD;
    }
    Ok(())
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
