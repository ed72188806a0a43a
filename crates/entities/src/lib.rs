//! The entities stage: named-entity recognition with a transformer model
//! (through the [`factsift_core::TokenClassifier`] trait; ONNX Runtime by
//! default), labels mapped to one schema, and canonical entity keys that join
//! across documents, outlets and runs.
//!
//! The work is split by job:
//! - [`model`]: a model folder (`model.onnx`, `tokenizer.json`,
//!   `config.json`), listing and verifying models;
//! - [`decode`] and [`transitions`]: sub-word → word aggregation and the most
//!   probable BIO/BIOES tag path;
//! - [`labels`] and [`facilities`]: one label schema for every model and the
//!   country / state / demonym / facility knowledge that refines it;
//! - [`keys`]: grouping a document's mentions under canonical names (the key
//!   functions themselves are in [`factsift_core::keys`]);
//! - [`propagate`]: a name recognised once is recognised everywhere in its
//!   document;
//! - [`stage`]: the [`EntitiesStage`] that ties them together.

pub mod decode;
pub mod facilities;
pub mod keys;
pub mod labels;
pub mod model;
pub mod propagate;
pub mod stage;
pub mod transitions;

pub use factsift_core::{Label, Mention};
pub use stage::EntitiesStage;
