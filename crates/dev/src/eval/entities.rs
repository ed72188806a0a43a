//! Evaluation sections for the entities stage: named-entity F1 on CoNLL-2003
//! dev and GUM news, and the seed article's entities and keys.
//!
//! The model is `$FACTSIFT_MODEL` (a name or folder, see
//! `entities::model::resolve`), else the default model `factsift-ner-en`.
//! When the model or the ONNX Runtime library is absent the sections say so
//! and are skipped.

use std::collections::BTreeMap;

use super::{Figure, Section, SharedData};
use crate::throughput;
use factsift_core::document::{Document, DocumentMeta, Sentence, SentenceKind, Span};
use factsift_core::Label;
use factsift_core::Stage;
use factsift_entities::{model, EntitiesStage};

/// The entities sections.
pub const SECTIONS: &[Section] = &[
    (
        "entities: CoNLL-2003 dev NER (strict span + PER/ORG/LOC/MISC)",
        conll_dev,
    ),
    (
        "entities: GUM news NER (person/place/organization)",
        gum_news,
    ),
    ("entities: seed article entities and keys", seed),
];

/// The environment variable naming the model to evaluate.
pub const MODEL_ENV: &str = "FACTSIFT_MODEL";
/// The CoNLL-2003 dev F1 the default model must reach.
pub const CONLL_DEV_TARGET: f64 = 0.93;

fn load_stage() -> Option<EntitiesStage> {
    let name = std::env::var(MODEL_ENV).unwrap_or_else(|_| model::DEFAULT_MODEL.to_string());
    let loaded = model::resolve(&name).and_then(|dir| EntitiesStage::from_model_dir(&dir, 0));
    match loaded {
        Ok(stage) => Some(stage),
        Err(e) => {
            println!("   skipped: {e:#}");
            None
        }
    }
}

/// GUM's coarse type for a schema label, when GUM scores it.
fn gum_type(label: Label) -> Option<&'static str> {
    match label {
        Label::Person => Some("person"),
        Label::Org => Some("organization"),
        Label::Gpe | Label::Loc | Label::Fac => Some("place"),
        _ => None,
    }
}

/// A document per row with the row's own sentence spans (char offsets
/// `sentence_spans`), so that scores do not depend on the segmenter.
fn documents_with_sentences(rows: &[serde_json::Value]) -> Vec<Document> {
    rows.iter()
        .map(|row| {
            let text = row.get("text").and_then(|t| t.as_str()).unwrap_or("");
            let bytes = byte_offsets(text);
            let mut doc = Document::new(text.to_string(), DocumentMeta::default());
            doc.sentences = row
                .get("sentence_spans")
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|p| {
                            let s = bytes.get(p.get(0)?.as_u64()? as usize)?;
                            let e = bytes.get(p.get(1)?.as_u64()? as usize)?;
                            Some(Sentence {
                                span: Span::new(*s, *e),
                                kind: SentenceKind::Body,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            doc
        })
        .collect()
}

/// Strict span-and-type F1 of the stage on CoNLL-2003 dev (`eng.testa`),
/// read from the training corpus folder, with the model's labels mapped to
/// CoNLL's four types; per-type F1 as information.
fn conll_dev(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.train_file("ner_conll2003_en", "dev.jsonl") else {
        return Ok(None);
    };
    let Some(stage) = load_stage() else {
        return Ok(None);
    };
    let rows = super::read_jsonl(&path)?;
    let mut docs = documents_with_sentences(&rows);
    let golds: Vec<Vec<(Span, String)>> = rows
        .iter()
        .zip(&docs)
        .map(|(row, doc)| {
            let bytes = byte_offsets(&doc.text);
            row.get("entities")
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|e| {
                            Some((span_of(e, &bytes)?, e.get("type")?.as_str()?.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let speed = throughput::measure(&stage, &mut docs)?;
    let mut by_type: BTreeMap<&str, Score> = BTreeMap::new();
    let mut all = Score::default();
    for (doc, gold) in docs.iter().zip(&golds) {
        let pred: Vec<(Span, &str)> = doc
            .entities
            .iter()
            .map(|m| (m.span, m.label.family().conll_name()))
            .collect();
        for (s, t) in &pred {
            let hit = gold.iter().any(|(gs, gt)| gs == s && gt == t);
            for score in [&mut all, by_type.entry(t).or_default()] {
                score.pred += 1;
                score.strict += usize::from(hit);
            }
        }
        for (_, t) in gold {
            all.gold += 1;
            let family = Label::from_model_type(t).map_or("MISC", |l| l.family().conll_name());
            by_type.entry(family).or_default().gold += 1;
        }
    }
    let (p, r, f) = Score::f1(all.strict, all.pred, all.gold);
    let mut figures = vec![Figure::with_target(
        "CoNLL-2003 dev F1 strict (span + type)",
        f,
        CONLL_DEV_TARGET,
        format!(
            "P={p:.4} R={r:.4} tp={} pred={} gold={} model={}",
            all.strict,
            all.pred,
            all.gold,
            stage.model_name()
        ),
    )];
    for (t, score) in &by_type {
        let (p, r, f) = Score::f1(score.strict, score.pred, score.gold);
        figures.push(Figure::info(
            &format!("CoNLL-2003 dev F1 {t}"),
            f,
            format!("P={p:.4} R={r:.4} gold={}", score.gold),
        ));
    }
    figures.push(Figure::info(
        "NER tokens per second (information)",
        speed.tokens_per_s(),
        format!(
            "{} docs, {} tokens, {} windows in {:.2}s",
            speed.documents, speed.tokens, speed.windows, speed.seconds
        ),
    ));
    Ok(Some(figures))
}

/// Byte offset of each char offset of `text` (plus the end).
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn span_of(value: &serde_json::Value, bytes: &[usize]) -> Option<Span> {
    let s = bytes.get(value.get("start")?.as_u64()? as usize)?;
    let e = bytes.get(value.get("end")?.as_u64()? as usize)?;
    (s <= e).then(|| Span::new(*s, *e))
}

/// Drops a leading determiner from a gold span ("the United States"), as
/// named-entity annotation does.
fn without_determiner(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            return Span::new(span.end - rest.len(), span.end);
        }
    }
    span
}

#[derive(Default)]
struct Score {
    gold: usize,
    pred: usize,
    strict: usize,
    overlap: usize,
}

impl Score {
    fn f1(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
        let p = if pred == 0 {
            0.0
        } else {
            tp as f64 / pred as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            tp as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

fn gum_news(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("sbd_ner_gum_news_en") else {
        return Ok(None);
    };
    let Some(stage) = load_stage() else {
        return Ok(None);
    };
    let rows = super::read_jsonl(&path)?;
    let mut docs = documents_with_sentences(&rows);
    let mut golds = Vec::new();
    for (row, doc) in rows.iter().zip(&docs) {
        let text = &doc.text;
        let bytes = byte_offsets(text);
        let gold: Vec<(Span, String)> = row
            .get("entities")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter(|e| {
                        e.get("has_propn_or_identity").and_then(|v| v.as_bool()) == Some(true)
                    })
                    .filter_map(|e| {
                        let t = e.get("etype")?.as_str()?;
                        matches!(t, "person" | "place" | "organization").then(|| {
                            Some((without_determiner(text, span_of(e, &bytes)?), t.to_string()))
                        })?
                    })
                    .collect()
            })
            .unwrap_or_default();
        golds.push(gold);
    }
    let speed = throughput::measure(&stage, &mut docs)?;
    let mut score = Score::default();
    for (doc, gold) in docs.iter().zip(&golds) {
        let pred: Vec<(Span, &str)> = doc
            .entities
            .iter()
            .filter_map(|m| gum_type(m.label).map(|t| (m.span, t)))
            .collect();
        score.gold += gold.len();
        score.pred += pred.len();
        score.strict += pred
            .iter()
            .filter(|(s, t)| gold.iter().any(|(gs, gt)| gs == s && gt == t))
            .count();
        let mut used = vec![false; gold.len()];
        for (s, t) in &pred {
            let hit = gold.iter().enumerate().position(|(i, (gs, gt))| {
                !used[i] && gt == t && gs.start < s.end && s.start < gs.end
            });
            if let Some(i) = hit {
                used[i] = true;
                score.overlap += 1;
            }
        }
    }
    let (p, r, f) = Score::f1(score.strict, score.pred, score.gold);
    let (lp, lr, lf) = Score::f1(score.overlap, score.pred, score.gold);
    Ok(Some(vec![
        Figure::info(
            "NER F1 strict (span + type)",
            f,
            format!(
                "P={p:.3} R={r:.3} tp={} pred={} gold={} model={}",
                score.strict,
                score.pred,
                score.gold,
                stage.model_name()
            ),
        ),
        Figure::info(
            "NER F1 overlap (type must match)",
            lf,
            format!("P={lp:.3} R={lr:.3} tp={}", score.overlap),
        ),
        Figure::info(
            "NER tokens per second (information)",
            speed.tokens_per_s(),
            format!(
                "{} docs ({:.2} docs/s), {} tokens, {} windows in {:.2}s",
                speed.documents,
                speed.docs_per_s(),
                speed.tokens,
                speed.windows,
                speed.seconds
            ),
        ),
    ]))
}

fn seed(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some((path, text)) = shared.seed() else {
        return Ok(None);
    };
    let Some(stage) = load_stage() else {
        return Ok(None);
    };
    let mut doc = Document::new(text, DocumentMeta::default());
    doc.language = factsift_core::language::detect(&doc.text);
    factsift_segment::SegmentStage.process(&mut doc)?;
    stage.process(&mut doc)?;
    let mut by_key: BTreeMap<&str, (usize, Label)> = BTreeMap::new();
    let mut by_label: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &doc.entities {
        let e = by_key.entry(m.key.as_str()).or_insert((0, m.label));
        e.0 += 1;
        *by_label.entry(m.label.as_str()).or_default() += 1;
    }
    let mut keys: Vec<(&str, usize)> = by_key.iter().map(|(k, (n, _))| (*k, *n)).collect();
    keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = keys
        .iter()
        .take(12)
        .map(|(k, n)| format!("{k}×{n}"))
        .collect();
    let labels: Vec<String> = by_label.iter().map(|(l, n)| format!("{l}={n}")).collect();
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Some(vec![
        Figure::info(
            "seed mentions",
            doc.entities.len() as f64,
            format!("{file}: {}", labels.join(" ")),
        ),
        Figure::info(
            "seed distinct entity keys",
            by_key.len() as f64,
            top.join(", "),
        ),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn determiners_are_dropped_from_gold_spans() {
        let text = "In the United States today";
        let s = without_determiner(text, Span::new(3, 20));
        assert_eq!(&text[s.start..s.end], "United States");
        let s = without_determiner(text, Span::new(7, 20));
        assert_eq!(&text[s.start..s.end], "United States");
    }

    #[test]
    fn f1_of_nothing_is_zero() {
        assert_eq!(Score::f1(0, 0, 0), (0.0, 0.0, 0.0));
        let (_, _, f) = Score::f1(5, 10, 10);
        assert!((f - 0.5).abs() < 1e-12);
    }
}
