//! The ONNX Runtime backend of factsift's model traits.
//!
//! - [`runtime`]: finding and loading the ONNX Runtime library (the `ort`
//!   crate in load-dynamic mode) and running sessions; its [`Classifier`]
//!   implements [`factsift_core::TokenClassifier`];
//! - [`tokenize`]: sub-word tokens with exact byte offsets (`tokenizers`);
//! - [`windows`]: sentence-aware windows over a token sequence;
//! - [`encoder`]: a sentence-transformers encoder that implements
//!   [`factsift_core::SentenceEncoder`].

pub mod encoder;
pub mod runtime;
pub mod tokenize;
pub mod windows;

pub use encoder::{load_choice, Embedder, EmbedderChoice};
pub use runtime::{runtime_info, Classifier, RuntimeInfo};
pub use tokenize::{TextTokenizer, TokenSeq};
