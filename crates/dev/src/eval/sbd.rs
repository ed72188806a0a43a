//! Evaluation sections for sentence segmentation: the seed article, pySBD's
//! Golden Rules (English, and Spanish as information) and GUM news
//! sentence boundaries.

use std::collections::HashSet;

use super::{read_jsonl, Figure, Section, SharedData};
use factsift_core::document::SentenceKind;
use factsift_core::language::Language;
use factsift_segment::segment;

/// The sbd sections.
pub const SECTIONS: &[Section] = &[
    ("sbd seed", seed),
    ("sbd golden rules", golden_rules),
    ("sbd gum news", gum_news),
];

/// Segments expected in the seed article, and how many are headings.
const SEED_SEGMENTS: usize = 59;
const SEED_HEADINGS: usize = 4;

/// The seed article: number of segments and headings.
fn seed(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some((path, text)) = shared.seed() else {
        return Ok(None);
    };
    let sentences = segment(&text, Language::En, &[]);
    let headings = sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Heading)
        .count();
    let quotes = sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Quote)
        .count();
    let exact = sentences.len() == SEED_SEGMENTS && headings == SEED_HEADINGS;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Some(vec![
        Figure::with_target(
            "seed: segments and headings as expected",
            if exact { 1.0 } else { 0.0 },
            1.0,
            format!("{name}: expected {SEED_SEGMENTS} segments, {SEED_HEADINGS} headings"),
        ),
        Figure::info("seed: segments", sentences.len() as f64, String::new()),
        Figure::info("seed: headings", headings as f64, String::new()),
        Figure::info("seed: quote sentences", quotes as f64, String::new()),
    ]))
}

/// The sentences `segment` finds in `text`, as strings.
fn sentence_texts(text: &str, lang: Language) -> Vec<&str> {
    segment(text, lang, &[])
        .into_iter()
        .filter_map(|s| text.get(s.span.start..s.span.end))
        .collect()
}

/// One Golden Rules case: passes when the sentences match the gold exactly
/// (both trimmed).
fn case_passes(row: &serde_json::Value, lang: Language) -> bool {
    let text = row["text"].as_str().unwrap_or_default();
    let gold: Vec<&str> = row["sentences"]
        .as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str()).map(str::trim).collect())
        .unwrap_or_default();
    sentence_texts(text, lang) == gold
}

/// pySBD's Golden Rules: English exact-match cases (target 46 of 48) and the
/// Spanish cases as information. Cases that expect text cleaning are left
/// out, as the segmenter never rewrites text.
fn golden_rules(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("sbd_pysbd_golden_rules") else {
        return Ok(None);
    };
    let rows = read_jsonl(&path)?;
    let clean = |r: &&serde_json::Value| !r["expects_cleaning"].as_bool().unwrap_or(false);
    let english: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["variable"] == "GOLDEN_EN_RULES")
        .filter(clean)
        .collect();
    let spanish: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["lang"] == "es")
        .filter(clean)
        .collect();
    let en_failed: Vec<String> = english
        .iter()
        .filter(|r| !case_passes(r, Language::En))
        .map(|r| r["rule"].as_str().unwrap_or("?").to_string())
        .collect();
    let es_failed: Vec<String> = spanish
        .iter()
        .filter(|r| !case_passes(r, Language::Es))
        .map(|r| {
            let text = r["text"].as_str().unwrap_or_default();
            let short: String = text.chars().take(40).collect();
            format!(
                "{}:{} {short:?}",
                r["variable"].as_str().unwrap_or("?"),
                r["index"]
            )
        })
        .collect();
    let en_pass = english.len() - en_failed.len();
    let es_pass = spanish.len() - es_failed.len();
    Ok(Some(vec![
        Figure::with_target(
            "golden rules EN (exact cases)",
            en_pass as f64,
            46.0,
            format!(
                "{en_pass}/{}; fails: {}",
                english.len(),
                en_failed.join(" | ")
            ),
        ),
        Figure::info(
            "golden rules ES (exact cases)",
            es_pass as f64,
            format!(
                "{es_pass}/{}; fails: {}",
                spanish.len(),
                es_failed.join(" | ")
            ),
        ),
    ]))
}

/// Byte offset of every character offset of `text` (and of its end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

/// Sentence ends of the gold spans, as byte offsets after trimming white
/// space.
fn gold_ends(text: &str, spans: &[serde_json::Value]) -> HashSet<usize> {
    let map = char_to_byte(text);
    spans
        .iter()
        .filter_map(|s| {
            let start = map.get(s.get(0)?.as_u64()? as usize).copied()?;
            let end = map.get(s.get(1)?.as_u64()? as usize).copied()?;
            let trimmed = text.get(start..end)?.trim_end();
            (!trimmed.trim().is_empty()).then_some(start + trimmed.len())
        })
        .collect()
}

/// GUM news: sentence-boundary precision, recall and F1 (a boundary is a
/// sentence end; ends match when equal after trimming white space).
fn gum_news(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("sbd_ner_gum_news_en") else {
        return Ok(None);
    };
    let rows = read_jsonl(&path)?;
    let (mut tp, mut n_pred, mut n_gold) = (0usize, 0usize, 0usize);
    for row in &rows {
        let text = row["text"].as_str().unwrap_or_default();
        let spans = row["sentence_spans"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let gold = gold_ends(text, &spans);
        let pred: HashSet<usize> = segment(text, Language::En, &[])
            .iter()
            .map(|s| s.span.end)
            .collect();
        tp += pred.intersection(&gold).count();
        n_pred += pred.len();
        n_gold += gold.len();
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, n_pred);
    let recall = ratio(tp, n_gold);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Ok(Some(vec![
        Figure::with_target(
            "GUM news boundary F1",
            f1,
            0.95,
            format!(
                "{} docs, {tp} of {n_gold} gold, {n_pred} predicted",
                rows.len()
            ),
        ),
        Figure::info("GUM news boundary precision", precision, String::new()),
        Figure::info("GUM news boundary recall", recall, String::new()),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_ends_are_trimmed_byte_offsets() {
        let text = "Ünï one.  Two. ";
        let spans: Vec<serde_json::Value> =
            vec![serde_json::json!([0, 10]), serde_json::json!([10, 15])];
        let ends = gold_ends(text, &spans);
        let one = text.find("one.").map(|i| i + 4);
        let two = text.find("Two.").map(|i| i + 4);
        assert_eq!(ends, [one, two].into_iter().flatten().collect());
    }

    #[test]
    fn a_case_passes_only_on_exact_sentences() {
        let row = serde_json::json!({"text": "Hi there. Bye now.", "sentences": ["Hi there.", "Bye now. "]});
        assert!(case_passes(&row, Language::En));
        let row =
            serde_json::json!({"text": "Hi there. Bye now.", "sentences": ["Hi there. Bye now."]});
        assert!(!case_passes(&row, Language::En));
    }
}
