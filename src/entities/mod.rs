//! The entities stage: named-entity recognition with a transformer model run
//! by ONNX Runtime, labels mapped to one schema, and canonical entity keys
//! that join across documents, outlets and runs.
//!
//! The work is split by job:
//! - [`runtime`]: finding and loading the ONNX Runtime library, running a
//!   token-classification session;
//! - [`model`]: a model folder (`model.onnx`, `tokenizer.json`,
//!   `config.json`), listing and verifying models;
//! - [`tokenize`]: sub-word tokens with exact byte offsets;
//! - [`windows`]: sentence-aware windows with overlap and stitching;
//! - [`decode`]: sub-word → word aggregation and BIO/BIOES decoding;
//! - [`labels`] and [`places`]: one label schema for every model and the
//!   country / state / demonym knowledge that refines it;
//! - [`keys`]: canonical names and entity keys;
//! - [`propagate`]: a name recognised once is recognised everywhere in its
//!   document;
//! - [`aliases`]: each key's surface forms and their counts (the `aliases`
//!   table, counted from the `entities` rows of every document written);
//! - [`stage`]: the [`EntitiesStage`] that ties them together;
//! - [`throughput`]: timing it for `make bench`.

pub mod aliases;
pub mod decode;
pub mod facilities;
pub mod keys;
pub mod labels;
pub mod model;
pub mod places;
pub mod propagate;
pub mod runtime;
pub mod stage;
pub mod throughput;
pub mod tokenize;
pub mod transitions;
pub mod windows;

pub use labels::Label;
pub use stage::EntitiesStage;

use crate::document::Span;

/// One named-entity mention in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in `Document::text`; the text there is the mention.
    pub span: Span,
    /// Index into `Document::sentences` of the sentence holding the mention,
    /// `None` when the document has no sentences.
    pub sentence: Option<usize>,
    /// The schema label after knowledge refinement.
    pub label: Label,
    /// Mean probability of the mention's word tags (0..1).
    pub score: f32,
    /// The canonical key shared by every mention of the entity
    /// (`person:nayib-bukele`).
    pub key: String,
    /// The canonical name of the entity (`Nayib Bukele`).
    pub canonical: String,
    /// For a nationality (`NORP`) linked to a country, the country's key.
    pub linked_key: Option<String>,
}
