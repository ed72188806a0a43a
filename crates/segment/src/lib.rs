//! Sentence segmentation: a rule-based segmenter for English and Spanish
//! news text.
//!
//! [`segment`] first finds paragraphs ([`paragraphs`]: layout blocks from
//! ingest, or lines and blank lines of plain text) and their kinds
//! (heading, quotation, list item, body), then splits each paragraph into
//! sentences ([`boundaries`]) in one pass over its bytes. A paragraph break
//! always ends a sentence; a heading is one segment. Abbreviations
//! ([`abbreviations`]) and typical sentence openers ([`starters`]) are
//! static sorted lists looked up without allocating.

mod abbreviations;
mod boundaries;
mod lists;
mod paragraphs;
mod punctuation;
mod starters;

use factsift_core::document::{Block, Document, Sentence, SentenceKind, Span};
use factsift_core::language::Language;
use factsift_core::Stage;

/// Splits `text` into sentences.
///
/// `blocks` are the layout blocks from ingest (empty for plain text, where
/// paragraphs are found from line breaks). `lang` selects the abbreviation
/// lists; [`Language::Unknown`] is treated as English. The sentences come
/// back in text order, as byte spans trimmed of surrounding white space,
/// non-overlapping, each inside one paragraph.
pub fn segment(text: &str, lang: Language, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for para in paragraphs::paragraphs(text, blocks) {
        let Some(p) = text.get(para.start..para.end) else {
            continue;
        };
        let base = para.start;
        let kind = para.kind;
        if kind == SentenceKind::Heading {
            let t = p.trim_start();
            let s = base + (p.len() - t.len());
            let t = t.trim_end();
            if !t.is_empty() {
                out.push(Sentence {
                    span: Span::new(s, s + t.len()),
                    kind,
                });
            }
            continue;
        }
        boundaries::split(p, lang, &mut |s, e| {
            out.push(Sentence {
                span: Span::new(base + s, base + e),
                kind,
            })
        });
    }
    out
}

/// The pipeline stage that fills [`Document::sentences`] with [`segment`].
#[derive(Debug, Default, Clone)]
pub struct SegmentStage;

impl Stage for SegmentStage {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        doc.sentences = segment(&doc.text, doc.language, &doc.blocks);
        Ok(())
    }

    fn manifest(&self) -> serde_json::Value {
        serde_json::json!({ "method": "rules", "languages": ["en", "es"] })
    }
}

#[cfg(test)]
mod tests;
