//! `factsift compare`: line up what different sources say about the same facts.
//!
//! Reads one or more run folders lazily, groups documents into stories, and builds
//! three tables: `statistics` (the same figure across sources, with a verdict),
//! `entity_coverage` (who mentions whom, how often, how early) and
//! `claims_alignment` (claims from different sources that state the same thing),
//! plus a Markdown and a self-contained HTML report.
//!
//! The steps, one module each: [`load`] finds and scans the runs, [`docs`]
//! names each document's source, [`keys`] reconciles entity keys across
//! documents, [`align`] pairs claims (with [`textsim`] and [`embed`]),
//! [`stories`] clusters documents, [`statistics`] groups figures (with
//! [`measured`] and [`interval`]), [`coverage`] counts entity mentions, and
//! [`tables`] and `report` write the results.

pub mod align;
pub mod coverage;
pub mod docs;
pub mod embed;
pub mod interval;
pub mod keys;
pub mod load;
pub mod measured;
pub mod model;
pub mod report;
pub mod statistics;
pub mod stories;
pub mod tables;
pub mod textsim;
pub mod write;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use anyhow::Context as _;
use polars::prelude::*;

use align::{ClaimRow, Figure, Scored};
use coverage::Mention;
use docs::Docs;
use embed::Embedder;
use keys::KeyMap;
use load::{bools, ints, string_lists, strings, CollectWith, RunSet};
use model::{Alignment, ClaimSide, Comparison, StoryDoc};

pub use write::write;

/// Text similarity a pair needs with sentence embeddings (cosine).
pub const EMBEDDING_THRESHOLD: f64 = 0.6;

/// Text similarity a pair needs with TF-IDF word overlap (cosine).
pub const WORD_THRESHOLD: f64 = 0.3;

/// Which sentence embedder claim alignment uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedderChoice {
    /// The default embedder if it is installed, else word overlap.
    Auto,
    /// Word overlap only.
    None,
    /// The embedder in this folder (model.onnx + tokenizer.json).
    Dir(PathBuf),
}

/// What to compare and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// Run folders (or folders holding run folders).
    pub runs: Vec<PathBuf>,
    /// Sentence embedder for claim alignment.
    pub embedder: EmbedderChoice,
    /// ONNX Runtime threads (0 = its default).
    pub threads: usize,
}

/// Runs the comparison.
pub fn compare(opts: &Options) -> anyhow::Result<Comparison> {
    let runs = RunSet::open(&opts.runs)?;
    let docs = Docs::read(&runs)?;
    let sources = docs.sources();
    let source_index: HashMap<&str, u32> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i as u32))
        .collect();

    let mentions = read_mentions(&runs, &docs)?;
    let subjects = read_subject_keys(&runs, &docs)?;
    let claims_df = runs.read(
        "claims",
        &[
            "claim_id",
            "doc_id",
            "sentence_id",
            "text",
            "speaker",
            "speaker_key",
            "hedged",
            "hedge_cue",
            "negated",
            "entity_keys",
            "quantity_ids",
        ],
    )?;

    let keys = KeyMap::build(
        mentions
            .iter()
            .map(|m| m.entity_key.as_str())
            .chain(subjects.iter().map(|(_, k)| k.as_str())),
    );
    let mut doc_keys: Vec<BTreeSet<String>> = vec![BTreeSet::new(); docs.list.len()];
    for m in &mentions {
        doc_keys[m.doc].insert(keys.resolve(&m.entity_key).to_string());
    }
    for (doc, k) in &subjects {
        doc_keys[*doc].insert(keys.resolve(k).to_string());
    }

    let claims = claim_rows(&claims_df, &docs, &keys);
    let embedder = load_embedder(&opts.embedder, opts.threads)?;
    let (similar, aligned) = align_claims(&claims, &docs, embedder.as_ref())?;
    let figures = read_figures(&runs, &claims, &similar)?;

    let aligned_docs: Vec<(usize, usize)> = aligned
        .iter()
        .map(|s| (claims[s.a].doc, claims[s.b].doc))
        .collect();
    let mut claims_per_doc = vec![0usize; docs.list.len()];
    for c in &claims {
        claims_per_doc[c.doc] += 1;
    }
    let story_of = stories::cluster(&docs, &doc_keys, &aligned_docs, &claims_per_doc);
    let story_count = story_of.iter().copied().max().map_or(0, |m| m as usize + 1);
    let story_names: Vec<String> = (0..story_count).map(|i| format!("t{:03}", i + 1)).collect();

    let alignments = build_alignments(&claims, &docs, &aligned, &figures, &story_of, &story_names);

    // figures of stories told by at least two sources
    let mut story_sources: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); story_count];
    for (d, doc) in docs.list.iter().enumerate() {
        story_sources[story_of[d] as usize].insert(doc.source.as_str());
    }
    let shared: Vec<usize> = (0..docs.list.len())
        .filter(|&d| story_sources[story_of[d] as usize].len() >= 2)
        .collect();
    let doc_map = DataFrame::new(
        shared.len(),
        vec![
            Series::new(
                "doc_id".into(),
                shared
                    .iter()
                    .map(|&d| docs.list[d].doc_id.as_str())
                    .collect::<Vec<_>>(),
            )
            .into_column(),
            Series::new(
                "story".into(),
                shared.iter().map(|&d| story_of[d]).collect::<Vec<_>>(),
            )
            .into_column(),
            Series::new(
                "source".into(),
                shared
                    .iter()
                    .map(|&d| source_index[docs.list[d].source.as_str()])
                    .collect::<Vec<_>>(),
            )
            .into_column(),
        ],
    )?;
    let readings = statistics::read(&runs, doc_map, &keys)?;
    let merges = figure_merges(&claims, &similar, &figures, &story_of);
    let sentences = read_sentences(
        &runs,
        readings.iter().map(|r| (r.doc_id.as_str(), r.sentence_id)),
    )?;
    let lookup = |doc: &str, s: i64| {
        sentences
            .get(&(doc.to_string(), s))
            .cloned()
            .unwrap_or_default()
    };
    let statistics = statistics::build(readings, &merges, &sources, &story_names, &lookup);
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
        embeddings: embedder.is_some(),
    })
}

fn load_embedder(choice: &EmbedderChoice, threads: usize) -> anyhow::Result<Option<Embedder>> {
    match choice {
        EmbedderChoice::None => Ok(None),
        EmbedderChoice::Dir(dir) => Embedder::load(dir, threads)
            .with_context(|| format!("loading the sentence embedder in {}", dir.display()))
            .map(Some),
        EmbedderChoice::Auto => match embed::find_default() {
            Some(dir) => match Embedder::load(&dir, threads) {
                Ok(e) => Ok(Some(e)),
                Err(e) => {
                    eprintln!(
                        "warning: sentence embedder in {} not usable ({e:#}); aligning claims by word overlap",
                        dir.display()
                    );
                    Ok(None)
                }
            },
            None => Ok(None),
        },
    }
}

fn read_mentions(runs: &RunSet, docs: &Docs) -> anyhow::Result<Vec<Mention>> {
    let df = runs.read(
        "entities",
        &[
            "doc_id",
            "sentence_id",
            "start",
            "entity_key",
            "canonical_name",
            "label",
        ],
    )?;
    let doc_id = strings(&df, "doc_id");
    let sentence = ints(&df, "sentence_id");
    let start = ints(&df, "start");
    let key = strings(&df, "entity_key");
    let name = strings(&df, "canonical_name");
    let label = strings(&df, "label");
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let (Some(d), Some(k)) = (doc_id[i].as_deref(), key[i].clone()) else {
            continue;
        };
        let Some(doc) = docs.position(d) else {
            continue;
        };
        // the same document read from two runs counts once
        if !seen.insert((doc, start[i], k.clone())) {
            continue;
        }
        out.push(Mention {
            doc,
            sentence_id: sentence[i].unwrap_or(0),
            start: start[i].unwrap_or(0),
            entity_key: k,
            canonical_name: name[i].clone().unwrap_or_default(),
            label: label[i].clone().unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The subject keys of each document's figures (places and names the
/// numbers stage attached even when no NER model ran).
fn read_subject_keys(runs: &RunSet, docs: &Docs) -> anyhow::Result<Vec<(usize, String)>> {
    let Some(scan) = runs.scan("quantities", &["doc_id", "subject_key"])? else {
        return Ok(Vec::new());
    };
    let df = scan
        .filter(col("subject_key").is_not_null())
        .unique_generic(None, UniqueKeepStrategy::Any)
        .collect_with("reading the figures' subjects")?;
    let doc_id = strings(&df, "doc_id");
    let key = strings(&df, "subject_key");
    let mut out: Vec<(usize, String)> = doc_id
        .into_iter()
        .zip(key)
        .filter_map(|(d, k)| Some((docs.position(d.as_deref()?)?, k?)))
        .collect();
    out.sort();
    Ok(out)
}

fn claim_rows(df: &DataFrame, docs: &Docs, keys: &KeyMap) -> Vec<ClaimRow> {
    let claim_id = strings(df, "claim_id");
    let doc_id = strings(df, "doc_id");
    let sentence = ints(df, "sentence_id");
    let text = strings(df, "text");
    let speaker = strings(df, "speaker");
    let speaker_key = strings(df, "speaker_key");
    let hedged = bools(df, "hedged");
    let hedge_cue = strings(df, "hedge_cue");
    let negated = bools(df, "negated");
    let entity_keys = string_lists(df, "entity_keys");
    let quantity_ids = string_lists(df, "quantity_ids");
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for i in 0..df.height() {
        let (Some(id), Some(d), Some(t)) = (&claim_id[i], &doc_id[i], &text[i]) else {
            continue;
        };
        let Some(doc) = docs.position(d) else {
            continue;
        };
        if !seen.insert(id.clone()) {
            continue;
        }
        let mut ek: Vec<String> = entity_keys[i]
            .iter()
            .map(|k| keys.resolve(k).to_string())
            .collect();
        ek.sort();
        ek.dedup();
        out.push(ClaimRow {
            claim_id: id.clone(),
            doc,
            sentence_id: sentence[i].unwrap_or(0),
            text: t.clone(),
            speaker: speaker[i].clone(),
            speaker_key: speaker_key[i]
                .as_deref()
                .map(|k| keys.resolve(k).to_string()),
            hedged: hedged[i],
            hedge_cue: hedge_cue[i].clone(),
            negated: negated[i],
            entity_keys: ek,
            quantity_ids: quantity_ids[i].clone(),
        });
    }
    out
}

/// Candidate pairs scored by text similarity: those that reach the
/// threshold (they join statistics whose figures match), and among them the
/// mutual best matches (the `claims_alignment` rows).
fn align_claims(
    claims: &[ClaimRow],
    docs: &Docs,
    embedder: Option<&Embedder>,
) -> anyhow::Result<(Vec<Scored>, Vec<Scored>)> {
    let (vocab, term_ids) = align::claim_terms(claims);
    let pairs = align::candidates(claims, docs, &term_ids);
    let text_sim: Vec<f64> = match embedder {
        Some(e) => {
            let mut wanted: Vec<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
            wanted.sort_unstable();
            wanted.dedup();
            let texts: Vec<&str> = wanted.iter().map(|&i| claims[i].text.as_str()).collect();
            let vectors = e.embed(&texts).context("embedding claims")?;
            let slot: HashMap<usize, usize> =
                wanted.iter().enumerate().map(|(s, &i)| (i, s)).collect();
            pairs
                .iter()
                .map(|&(a, b)| embed::cosine(&vectors[slot[&a]], &vectors[slot[&b]]))
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
            shared_figure: !align::figure_tokens(&claims[a].text)
                .is_disjoint(&align::figure_tokens(&claims[b].text)),
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

/// The figures of the aligned claims, by quantity id, with their period.
fn read_figures(
    runs: &RunSet,
    claims: &[ClaimRow],
    aligned: &[Scored],
) -> anyhow::Result<HashMap<String, (Figure, Option<String>)>> {
    let mut wanted: Vec<&str> = aligned
        .iter()
        .flat_map(|s| [&claims[s.a], &claims[s.b]])
        .flat_map(|c| c.quantity_ids.iter().map(String::as_str))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    let Some(scan) = runs.scan(
        "quantities",
        &[
            "quantity_id",
            "kind",
            "unit",
            "measured",
            "value",
            "value_max",
            "qualifier",
            "text",
            "period",
        ],
    )?
    else {
        return Ok(HashMap::new());
    };
    let ids = DataFrame::new(
        wanted.len(),
        vec![Series::new("quantity_id".into(), wanted).into_column()],
    )?;
    let df = scan
        .join(
            ids.lazy(),
            [col("quantity_id")],
            [col("quantity_id")],
            JoinArgs::new(JoinType::Inner),
        )
        .filter(col("value").is_not_null())
        .collect_with("reading the aligned claims' figures")?;
    let id = strings(&df, "quantity_id");
    let kind = strings(&df, "kind");
    let unit = strings(&df, "unit");
    let measured = strings(&df, "measured");
    let value = load::floats(&df, "value");
    let value_max = load::floats(&df, "value_max");
    let qualifier = strings(&df, "qualifier");
    let text = strings(&df, "text");
    let period = strings(&df, "period");
    let mut out = HashMap::new();
    for i in 0..df.height() {
        let (Some(id), Some(kind), Some(value)) = (&id[i], &kind[i], value[i]) else {
            continue;
        };
        if matches!(kind.as_str(), "date" | "ordinal") {
            continue;
        }
        out.insert(
            id.clone(),
            (
                Figure {
                    kind: kind.clone(),
                    unit: unit[i].clone(),
                    concept: measured[i]
                        .as_deref()
                        .map(measured::normalize)
                        .unwrap_or_default(),
                    value,
                    value_max: value_max[i],
                    qualifier: qualifier[i].clone().unwrap_or_else(|| "exact".into()),
                    text: text[i].clone().unwrap_or_default(),
                },
                period[i].clone(),
            ),
        );
    }
    Ok(out)
}

type FigureMap = HashMap<String, (Figure, Option<String>)>;

fn claim_figures<'a>(c: &ClaimRow, figures: &'a FigureMap) -> Vec<&'a Figure> {
    c.quantity_ids
        .iter()
        .filter_map(|q| figures.get(q).map(|(f, _)| f))
        .collect()
}

fn build_alignments(
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
    });
    for (i, a) in out.iter_mut().enumerate() {
        a.pair_id = format!("a{:04}", i + 1);
    }
    out
}

/// Statistic groups that similar claims show to be one figure.
fn figure_merges(
    claims: &[ClaimRow],
    aligned: &[Scored],
    figures: &FigureMap,
    story_of: &[u32],
) -> Vec<(statistics::GroupKey, statistics::GroupKey)> {
    let mut out = Vec::new();
    for s in aligned {
        let (a, b) = (&claims[s.a], &claims[s.b]);
        let with_period = |c: &ClaimRow| -> Vec<(&Figure, &Option<String>)> {
            c.quantity_ids
                .iter()
                .filter_map(|q| figures.get(q).map(|(f, p)| (f, p)))
                .collect()
        };
        let (pa, pb) = (with_period(a), with_period(b));
        let fa: Vec<&Figure> = pa.iter().map(|(f, _)| *f).collect();
        let fb: Vec<&Figure> = pb.iter().map(|(f, _)| *f).collect();
        for (x, y) in align::matching_figures(&fa, &fb) {
            let period = |list: &[(&Figure, &Option<String>)], f: &Figure| {
                list.iter()
                    .find(|(g, _)| std::ptr::eq(*g, f))
                    .and_then(|(_, p)| (*p).clone())
            };
            let (px, py) = (period(&pa, x), period(&pb, y));
            if px != py {
                continue;
            }
            let key = |doc: usize, f: &Figure, p: Option<String>| {
                (
                    story_of[doc],
                    f.kind.clone(),
                    f.unit.clone(),
                    f.concept.clone(),
                    p,
                )
            };
            out.push((key(a.doc, x, px), key(b.doc, y, py)));
        }
    }
    out
}

/// Sentence texts for the given (doc_id, sentence_id) pairs.
fn read_sentences<'a>(
    runs: &RunSet,
    wanted: impl Iterator<Item = (&'a str, i64)>,
) -> anyhow::Result<HashMap<(String, i64), String>> {
    let mut pairs: Vec<(&str, i64)> = wanted.collect();
    pairs.sort_unstable();
    pairs.dedup();
    if pairs.is_empty() {
        return Ok(HashMap::new());
    }
    let Some(scan) = runs.scan("sentences", &["doc_id", "sentence_id", "text"])? else {
        return Ok(HashMap::new());
    };
    let keys = DataFrame::new(
        pairs.len(),
        vec![
            Series::new(
                "doc_id".into(),
                pairs.iter().map(|p| p.0).collect::<Vec<_>>(),
            )
            .into_column(),
            Series::new(
                "sentence_id".into(),
                pairs.iter().map(|p| p.1).collect::<Vec<_>>(),
            )
            .into_column(),
        ],
    )?;
    let df = scan
        .with_column(col("sentence_id").cast(DataType::Int64))
        .join(
            keys.lazy(),
            [col("doc_id"), col("sentence_id")],
            [col("doc_id"), col("sentence_id")],
            JoinArgs::new(JoinType::Inner),
        )
        .collect_with("reading the figures' sentences")?;
    let doc = strings(&df, "doc_id");
    let sid = ints(&df, "sentence_id");
    let text = strings(&df, "text");
    Ok(doc
        .into_iter()
        .zip(sid)
        .zip(text)
        .filter_map(|((d, s), t)| Some(((d?, s?), t?)))
        .collect())
}
