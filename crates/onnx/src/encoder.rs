//! Sentence embeddings for claim alignment: a mean-pooled, L2-normalized
//! sentence-transformers encoder (all-MiniLM-L6-v2 by default) run through the
//! same ONNX Runtime as the NER model.

use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;

use crate::runtime::Classifier;
use crate::tokenize::TextTokenizer;
use factsift_core::document::Span;
use factsift_core::SentenceEncoder;

/// Folder of the default embedder, relative to the repository root
/// (filled by `scripts/fetch-embedder.sh`, part of `make deps`).
pub const DEFAULT_DIR: &str = ".cache/models/minilm";

/// Environment variable naming an embedder folder (model.onnx + tokenizer.json).
pub const EMBEDDER_ENV: &str = "FACTSIFT_EMBEDDER";

/// Longest input, in tokens, special tokens included (the encoder was trained on 128).
const MAX_TOKENS: usize = 128;

/// A loaded sentence encoder.
pub struct Embedder {
    model: Classifier,
    tokenizer: TextTokenizer,
    dir: PathBuf,
}

/// Where the embedder is looked for when none is named: `$FACTSIFT_EMBEDDER`,
/// then `.cache/models/minilm` under the current folder and next to the binary's
/// repository.
pub fn find_default() -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Ok(dir) = std::env::var(EMBEDDER_ENV) {
        candidates.push(PathBuf::from(dir));
    }
    candidates.push(PathBuf::from(DEFAULT_DIR));
    if let Ok(exe) = std::env::current_exe() {
        // target/release/factsift → repository root
        if let Some(root) = exe.ancestors().nth(3) {
            candidates.push(root.join(DEFAULT_DIR));
        }
    }
    candidates
        .into_iter()
        .find(|d| d.join("model.onnx").is_file() && d.join("tokenizer.json").is_file())
}

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

/// Loads the encoder `choice` names: with [`EmbedderChoice::Auto`], the
/// default one when it is installed and loads (a warning otherwise), else
/// none.
pub fn load_choice(choice: &EmbedderChoice, threads: usize) -> anyhow::Result<Option<Embedder>> {
    match choice {
        EmbedderChoice::None => Ok(None),
        EmbedderChoice::Dir(dir) => Embedder::load(dir, threads)
            .with_context(|| format!("loading the sentence embedder in {}", dir.display()))
            .map(Some),
        EmbedderChoice::Auto => match find_default() {
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

impl Embedder {
    /// Loads `model.onnx` and `tokenizer.json` from `dir`, as `threads`
    /// single-threaded sessions (0 = one per core, at most 8) that embed
    /// sentences in parallel.
    pub fn load(dir: &Path, threads: usize) -> anyhow::Result<Embedder> {
        let model = Classifier::load_parallel(&dir.join("model.onnx"), threads)?;
        let tokenizer = TextTokenizer::from_file(&dir.join("tokenizer.json"))?;
        Ok(Embedder {
            model,
            tokenizer,
            dir: dir.to_path_buf(),
        })
    }

    /// The folder the embedder was loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Unit-length embeddings of `texts`, in order.
    ///
    /// One sentence per model call: an int8 model quantizes a call's
    /// activations with one scale over the whole call, so a sentence batched
    /// with others (and padded to the longest) would get an embedding, and a
    /// claim pair a score, that depends on unrelated sentences. Alone, a
    /// sentence's embedding depends on the sentence only. The calls run in
    /// parallel on the model's sessions.
    pub fn embed(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        texts.par_iter().map(|t| self.embed_one(t)).collect()
    }

    /// The unit-length embedding of one sentence, from a call of its own.
    fn embed_one(&self, text: &str) -> anyhow::Result<Vec<f32>> {
        let ids: Vec<i64> = self.token_ids(text)?.into_iter().map(i64::from).collect();
        let len = ids.len();
        let hidden = self.model.run(ids, vec![1; len], None, 1, len)?;
        Ok(mean_pool(&hidden.values, len, hidden.classes))
    }

    fn token_ids(&self, text: &str) -> anyhow::Result<Vec<u32>> {
        let seq = self
            .tokenizer
            .encode_pieces(text, &[Span::new(0, text.len())])?;
        let room = MAX_TOKENS - self.tokenizer.prefix().len() - self.tokenizer.suffix().len();
        let mut ids = self.tokenizer.prefix().to_vec();
        ids.extend(seq.ids.iter().take(room));
        ids.extend(self.tokenizer.suffix());
        Ok(ids)
    }
}

/// Mean of the first `len` token vectors (the rest is padding), scaled to
/// unit length.
fn mean_pool(hidden: &[f32], len: usize, dim: usize) -> Vec<f32> {
    let mut sum = vec![0f32; dim];
    for token in hidden.chunks_exact(dim).take(len) {
        for (s, v) in sum.iter_mut().zip(token) {
            *s += v;
        }
    }
    let n = (len.min(hidden.len() / dim.max(1)) as f32).max(1.0);
    sum.iter_mut().for_each(|s| *s /= n);
    let norm = sum.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        sum.iter_mut().for_each(|s| *s /= norm);
    }
    sum
}

impl SentenceEncoder for Embedder {
    fn encode(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        self.embed(texts)
    }

    fn source(&self) -> String {
        self.dir.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_pooling_ignores_padding_and_normalizes() {
        let hidden = [1.0, 0.0, 3.0, 0.0, 100.0, 100.0];
        let v = mean_pool(&hidden, 2, 2);
        assert!((v[0] - 1.0).abs() < 1e-6 && v[1].abs() < 1e-6);
        let w = mean_pool(&[0.0, 2.0, 0.0, 2.0], 2, 2);
        assert!((factsift_core::model::cosine(&v, &w)).abs() < 1e-6);
    }

    /// The default embedder of the source tree (`make deps`), when present.
    fn default_embedder() -> Option<Embedder> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(DEFAULT_DIR);
        if !dir.join("model.onnx").is_file() {
            assert!(
                std::env::var("FACTSIFT_REQUIRE_MODELS").is_err(),
                "embedder missing in {} (run `make deps`)",
                dir.display()
            );
            eprintln!("skipped: no embedder in {}", dir.display());
            return None;
        }
        Some(Embedder::load(&dir, 2).expect("embedder loads"))
    }

    #[test]
    fn a_sentence_embeds_alike_whatever_is_embedded_with_it() {
        let Some(e) = default_embedder() else {
            return;
        };
        let claim = "More than 250 Venezuelan migrants were deported to El Salvador.";
        let alone = e.embed(&[claim]).expect("embed");
        // unrelated sentences of every length, some longer than the claim
        let others: Vec<String> = (1..48)
            .map(|i| {
                format!(
                    "Markets closed {i} points {}higher.",
                    "very ".repeat(i % 20)
                )
            })
            .collect();
        let mut texts: Vec<&str> = others.iter().map(String::as_str).collect();
        texts.insert(17, claim);
        let together = e.embed(&texts).expect("embed");
        assert_eq!(together[17], alone[0]);
        assert_eq!(together.len(), texts.len());
    }
}
