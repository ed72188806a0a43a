//! The core of factsift: the document model every stage shares, the
//! [`Stage`] trait, the text layer, entity keys and the model traits.
//!
//! A [`Document`] holds the original text plus standoff annotation layers
//! (blocks, sentences, [`Mention`]s, [`Quantity`]s, [`Claim`]s) that point
//! into it by byte offsets; [`CharOffsets`] is the one place that turns them
//! into the character offsets of the dataset contract. The stage crates
//! (segment, numbers, claims, entities) and ingest depend on this crate only,
//! so they build and test without polars, ONNX Runtime or clap.

pub mod claim;
pub mod document;
pub mod entity;
pub mod error;
pub mod keys;
pub mod language;
pub mod model;
pub mod places;
pub mod quantity;
pub mod stage;
pub mod text;

pub use claim::{Claim, ClaimKind, Speaker};
pub use document::{
    Block, BlockKind, CharOffsets, Document, DocumentMeta, Sentence, SentenceKind, Span,
};
pub use entity::{Family, Label, Mention};
pub use error::InputError;
pub use language::Language;
pub use model::{Logits, SentenceEncoder, TokenClassifier};
pub use quantity::{Direction, Flags, Kind, Qualifier, Quantity, Role};
pub use stage::Stage;
