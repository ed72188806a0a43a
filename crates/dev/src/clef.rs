//! The CLEF-2019 CheckThat! check-worthiness set (Task 1, English) as
//! documents, and the fixed rule that splits it into a training part and a
//! validation part.
//!
//! Each transcript is one row of `normalized.jsonl` with its sentences as
//! character offsets and a 0/1 `check_worthy` label. A transcript becomes a
//! [`Document`] whose sentences are the labelled ones and whose quantities
//! come from the real numbers stage, so the model is fitted on the same
//! features the claims stage computes.

use std::path::Path;

use factsift_core::document::{Document, DocumentMeta, Sentence, SentenceKind, Span};
use factsift_core::language::Language;
use factsift_core::Stage;
use factsift_numbers::NumbersStage;

/// The name of the set under `corpora/eval/`.
pub const SET: &str = "claims_clef2019_checkthat_en";

/// One transcript with a label per sentence.
#[derive(Debug, Clone)]
pub struct Transcript {
    /// The set's id of the transcript.
    pub id: String,
    /// The transcript as a document (sentences and quantities filled).
    pub doc: Document,
    /// Check-worthiness label of each sentence of `doc`.
    pub labels: Vec<bool>,
}

/// The validation rule: with transcripts sorted by id, every fourth one
/// (positions 3, 7, 11, …) is held out for validation; the others train.
pub fn is_validation(position: usize) -> bool {
    position % 4 == 3
}

/// Reads the set's transcripts, sorted by id, with quantities extracted.
pub fn load(path: &Path) -> anyhow::Result<Vec<Transcript>> {
    let mut out = Vec::new();
    for row in crate::eval::read_jsonl(path)? {
        let id = row["id"].as_str().unwrap_or_default().to_string();
        let text = row["text"].as_str().unwrap_or_default().to_string();
        let byte_of: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let mut sentences = Vec::new();
        let mut labels = Vec::new();
        for s in row["sentences"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let start = s["start"]
                .as_u64()
                .and_then(|c| byte_of.get(c as usize))
                .copied();
            let end = s["end"]
                .as_u64()
                .and_then(|c| byte_of.get(c as usize))
                .copied();
            let (Some(start), Some(end)) = (start, end) else {
                continue;
            };
            if start > end {
                continue;
            }
            sentences.push(Sentence {
                span: Span::new(start, end),
                kind: SentenceKind::Body,
            });
            labels.push(s["check_worthy"].as_i64() == Some(1));
        }
        let mut doc = Document::new(text, DocumentMeta::default());
        doc.language = Language::En;
        doc.sentences = sentences;
        NumbersStage.process(&mut doc)?;
        out.push(Transcript { id, doc, labels });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}
