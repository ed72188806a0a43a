//! Plain text input (`.txt`).

use super::Parsed;
use factsift_core::document::DocumentMeta;

/// Plain text is stored as decoded; paragraphs are found by the segmenter.
pub fn parse(text: String, meta: DocumentMeta) -> Parsed {
    Parsed {
        text,
        blocks: Vec::new(),
        meta: DocumentMeta {
            format: "txt",
            ..meta
        },
    }
}
