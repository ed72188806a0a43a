//! The entities stage: tokenize, window, run the model, decode, refine, key.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use super::decode::{self, RawMention};
use super::keys::{self, KeyInput};
use super::labels::{self, LabelSet};
use super::model::{ModelDir, TokenTypes};
use super::propagate;
use super::transitions::Transitions;
use factsift_core::document::{Document, Sentence, Span};
use factsift_core::{Logits, Mention, Stage, TokenClassifier};
use factsift_onnx::tokenize::{TextTokenizer, TokenSeq, SHAPE_SPECIAL};
use factsift_onnx::windows::{self, Window, WindowConfig};
use factsift_onnx::Classifier;

/// Text tokenized ahead while the previous group runs through the model:
/// about this many bytes (enough windows to keep every session busy)…
const GROUP_BYTES: usize = 48 * 1024;
/// …and at most this many documents.
const GROUP_DOCS: usize = 256;

/// Named-entity recognition with an ONNX token-classification model.
pub struct EntitiesStage {
    model: ModelDir,
    hashes: std::collections::BTreeMap<String, String>,
    tokenizer: TextTokenizer,
    classifier: Box<dyn TokenClassifier>,
    labels: LabelSet,
    transitions: Transitions,
    windows: WindowConfig,
    max_window: usize,
    counts: Counts,
}

#[derive(Default)]
struct Counts {
    documents: AtomicU64,
    windows: AtomicU64,
    tokens: AtomicU64,
    model_tokens: AtomicU64,
    mentions: AtomicU64,
}

/// A document made ready for the model.
struct Prepared {
    seq: TokenSeq,
    windows: Vec<Window>,
}

impl EntitiesStage {
    /// Loads the model folder at `path` (see [`super::model`]) and the ONNX
    /// Runtime library, with `threads` inference threads (0 = ONNX Runtime's
    /// choice). Errors name what is missing; nothing panics.
    pub fn from_model_dir(path: &Path, threads: usize) -> anyhow::Result<EntitiesStage> {
        let classifier = Classifier::load_parallel(&path.join(super::model::MODEL_FILE), threads)?;
        EntitiesStage::with_classifier(path, Box::new(classifier))
    }

    /// The stage over the model folder at `path` (its tokenizer, labels and
    /// settings) with the weights run by `classifier`: any backend of the
    /// [`TokenClassifier`] trait, not only ONNX Runtime.
    pub fn with_classifier(
        path: &Path,
        classifier: Box<dyn TokenClassifier>,
    ) -> anyhow::Result<EntitiesStage> {
        let model = ModelDir::open(path)?;
        let labels = model.labels()?;
        let hashes = model.file_hashes()?;
        let tokenizer = TextTokenizer::from_file(&path.join(super::model::TOKENIZER_FILE))?;
        let specials = tokenizer.prefix().len() + tokenizer.suffix().len();
        let max_window = model
            .max_positions
            .map_or(usize::MAX, |max| max.saturating_sub(specials).max(8));
        let mut windows = WindowConfig::default();
        if let Some(trained) = model.window_tokens {
            windows.max_tokens = trained;
        }
        windows.max_tokens = windows.max_tokens.min(max_window).max(8);
        Ok(EntitiesStage {
            model,
            hashes,
            tokenizer,
            classifier,
            transitions: Transitions::new(&labels),
            labels,
            windows,
            max_window,
            counts: Counts::default(),
        })
    }

    /// Uses other window sizes (the model's position limit still applies).
    pub fn with_windows(mut self, config: WindowConfig) -> EntitiesStage {
        self.windows = WindowConfig {
            max_tokens: config.max_tokens.min(self.max_window).max(8),
            context: config.context,
        };
        self
    }

    /// The model's name (its folder name).
    pub fn model_name(&self) -> &str {
        &self.model.name
    }

    /// Windows run so far (the manifest's window count).
    pub fn windows_run(&self) -> u64 {
        self.counts.windows.load(Ordering::Relaxed)
    }

    /// Document tokens labelled so far (each counted once, context and
    /// special tokens excluded).
    pub fn tokens_run(&self) -> u64 {
        self.counts.tokens.load(Ordering::Relaxed)
    }

    /// Tokens fed to the model so far, context tokens included.
    pub fn model_tokens_run(&self) -> u64 {
        self.counts.model_tokens.load(Ordering::Relaxed)
    }

    /// Annotates one document.
    pub fn annotate_one(&self, doc: &mut Document) -> anyhow::Result<()> {
        self.annotate(std::slice::from_mut(doc))
            .pop()
            .unwrap_or(Ok(()))
    }

    /// Annotates documents in groups: while one group runs through the
    /// model, the next is tokenized; windows of a group are sorted by length
    /// and batched with dynamic padding. One result per document.
    pub fn annotate(&self, docs: &mut [Document]) -> Vec<anyhow::Result<()>> {
        let mut results = Vec::with_capacity(docs.len());
        let mut groups: Vec<&mut [Document]> = Vec::new();
        let mut rest = docs;
        while !rest.is_empty() {
            let (mut n, mut bytes) = (0, 0);
            while n < rest.len() && n < GROUP_DOCS && (n == 0 || bytes < GROUP_BYTES) {
                bytes += rest[n].text.len();
                n += 1;
            }
            let (head, tail) = std::mem::take(&mut rest).split_at_mut(n);
            groups.push(head);
            rest = tail;
        }
        let mut ready = groups.first().map(|g| self.prepare(g)).unwrap_or_default();
        for k in 0..groups.len() {
            let current = std::mem::take(&mut ready);
            let next = groups.get(k + 1).map(|g| &**g);
            let (probs, prepared_next) = rayon::join(
                || self.infer(&current),
                || next.map(|g| self.prepare(g)).unwrap_or_default(),
            );
            ready = prepared_next;
            let group = &mut *groups[k];
            match probs {
                Ok(probs) => {
                    for ((doc, prep), p) in group.iter_mut().zip(current).zip(probs) {
                        results.push(prep.and_then(|prep| self.finish(doc, &prep.seq, p)));
                    }
                }
                Err(e) => {
                    let msg = format!("{e:#}");
                    results.extend(group.iter().map(|_| Err(anyhow::anyhow!("{msg}"))));
                }
            }
        }
        results
    }

    fn prepare(&self, docs: &[Document]) -> Vec<anyhow::Result<Prepared>> {
        docs.par_iter()
            .map(|doc| {
                let pieces: Vec<Span> = if doc.sentences.is_empty() {
                    vec![Span::new(0, doc.text.len())]
                } else {
                    doc.sentences.iter().map(|s| s.span).collect()
                };
                let seq = self.tokenizer.encode_pieces(&doc.text, &pieces)?;
                let windows = windows::plan(&seq, &self.windows);
                Ok(Prepared { seq, windows })
            })
            .collect()
    }

    /// Runs every window of a group; returns, per document, the class
    /// probabilities of each token (`tokens × classes`).
    fn infer(&self, prepared: &[anyhow::Result<Prepared>]) -> anyhow::Result<Vec<Vec<f32>>> {
        let classes = self.labels.len();
        let mut probs: Vec<Vec<f32>> = prepared
            .iter()
            .map(|p| match p {
                Ok(p) => vec![0.0; p.seq.len() * classes],
                Err(_) => Vec::new(),
            })
            .collect();
        let jobs: Vec<(usize, &Prepared, &Window)> = prepared
            .iter()
            .enumerate()
            .filter_map(|(d, p)| p.as_ref().ok().map(|p| (d, p)))
            .flat_map(|(d, p)| p.windows.iter().map(move |w| (d, p, w)))
            .collect();
        // One window per model call. An int8 model quantizes a call's
        // activations with one scale computed over the whole call, so batched
        // windows would depend on the windows beside them; alone, a window's
        // output depends on the window only (and, with no padding, this
        // measured faster here: 8,060 against 5,800 tokens/s on CoNLL-2003
        // dev). The calls run in parallel on the classifier's sessions.
        let prefix = self.tokenizer.prefix().len();
        let outputs: Vec<Logits> = jobs
            .par_iter()
            .map(|(_, p, w)| self.run_window(p, w))
            .collect::<anyhow::Result<_>>()?;
        for ((d, _, w), logits) in jobs.iter().zip(outputs) {
            anyhow::ensure!(
                logits.classes == classes,
                "model returns {} classes but config.json lists {classes}",
                logits.classes
            );
            let out = &mut probs[*d];
            for t in w.owned.clone() {
                let pos = prefix + (t - w.tokens.start);
                let src = &logits.values[pos * classes..(pos + 1) * classes];
                out[t * classes..(t + 1) * classes].copy_from_slice(src);
            }
            self.counts.windows.fetch_add(1, Ordering::Relaxed);
            self.counts
                .tokens
                .fetch_add(w.owned.len() as u64, Ordering::Relaxed);
            self.counts
                .model_tokens
                .fetch_add(w.tokens.len() as u64, Ordering::Relaxed);
        }
        for p in probs.iter_mut() {
            decode::softmax_rows(p, classes);
        }
        Ok(probs)
    }

    /// Runs one window (with the tokenizer's special tokens around it).
    fn run_window(&self, p: &Prepared, w: &Window) -> anyhow::Result<Logits> {
        let prefix = self.tokenizer.prefix();
        let suffix = self.tokenizer.suffix();
        let ids: Vec<i64> = prefix
            .iter()
            .chain(&p.seq.ids[w.tokens.clone()])
            .chain(suffix)
            .map(|&i| i64::from(i))
            .collect();
        let len = ids.len();
        let types = (self.model.token_types == TokenTypes::WordShape).then(|| {
            let special = i64::from(SHAPE_SPECIAL);
            std::iter::repeat_n(special, prefix.len())
                .chain(p.seq.shapes[w.tokens.clone()].iter().map(|&s| i64::from(s)))
                .chain(std::iter::repeat_n(special, suffix.len()))
                .collect()
        });
        self.classifier.classify(ids, vec![1; len], types, 1, len)
    }

    /// Decodes a document's probabilities into keyed mentions.
    fn finish(&self, doc: &mut Document, seq: &TokenSeq, probs: Vec<f32>) -> anyhow::Result<()> {
        let words = decode::word_tags(seq, &probs, self.labels.len(), &self.transitions);
        let raw = decode::mentions(&words, &self.labels);
        let refined: Vec<(RawMention, labels::Refined)> = raw
            .into_iter()
            .filter_map(|m| {
                let text = doc.text.get(m.span.start..m.span.end)?;
                if !is_name_like(text) {
                    return None;
                }
                let r = labels::refine(m.label, text);
                Some((m, r))
            })
            .collect();
        let inputs: Vec<KeyInput> = refined
            .iter()
            .map(|(m, r)| KeyInput {
                span: m.span,
                label: r.label,
                country: r.country,
            })
            .collect();
        let keyed = keys::assign(&doc.text, &inputs);
        let found: Vec<Mention> = refined
            .into_iter()
            .zip(keyed)
            .map(|((m, _), k)| Mention {
                span: m.span,
                sentence: None,
                label: k.label,
                score: m.score,
                key: k.key,
                canonical: k.canonical,
                linked_key: k.linked_key,
            })
            .collect();
        let sentences = &doc.sentences;
        let inside = |span: Span| {
            sentences.is_empty()
                || sentence_of(sentences, span.start)
                    .is_some_and(|i| sentences[i].span.end >= span.end)
        };
        let mut mentions = propagate::extend(&doc.text, found, inside);
        for m in mentions.iter_mut() {
            m.sentence = sentence_of(sentences, m.span.start);
        }
        doc.entities = mentions;
        self.counts.documents.fetch_add(1, Ordering::Relaxed);
        self.counts
            .mentions
            .fetch_add(doc.entities.len() as u64, Ordering::Relaxed);
        Ok(())
    }
}

/// The longest mention kept, in characters: a span that long is a run of
/// text the model read as one word (a URL, a 1M-character "word"), not a name.
pub const MAX_MENTION_CHARS: usize = 100;

/// The most words a mention may have ("United Nations High Commissioner for
/// Refugees" has six).
pub const MAX_MENTION_WORDS: usize = 12;

/// True when a mention's text can be a name: it has a letter ("42" of "42
/// Baker Street" is the numbers stage's) and at most [`MAX_MENTION_CHARS`]
/// characters and [`MAX_MENTION_WORDS`] words. Longer mentions are dropped,
/// not cut: a cut would make up a name the text does not have.
pub fn is_name_like(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && text.chars().nth(MAX_MENTION_CHARS).is_none()
        && text.split_whitespace().nth(MAX_MENTION_WORDS).is_none()
}

/// Index of the sentence that contains byte `at`.
fn sentence_of(sentences: &[Sentence], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= at);
    sentences.get(i).filter(|s| s.span.start <= at).map(|_| i)
}

impl Stage for EntitiesStage {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        self.annotate_one(doc)
    }

    fn process_batch(&self, docs: &mut [Document]) -> Vec<anyhow::Result<()>> {
        self.annotate(docs)
    }

    fn manifest(&self) -> serde_json::Value {
        let c = &self.counts;
        let mut manifest = serde_json::json!({
            "model": self.model.name,
            "model_path": self.model.path.display().to_string(),
            "model_files_sha256": self.hashes,
            "labels": self.labels.schema_labels().iter().map(|l| l.as_str()).collect::<Vec<_>>(),
            "model_classes": self.labels.len(),
            "window": { "max_tokens": self.windows.max_tokens, "context": self.windows.context },
            "documents": c.documents.load(Ordering::Relaxed),
            "windows": c.windows.load(Ordering::Relaxed),
            "tokens": c.tokens.load(Ordering::Relaxed),
            "model_tokens": c.model_tokens.load(Ordering::Relaxed),
            "mentions": c.mentions.load(Ordering::Relaxed),
        });
        // The backend's own facts (ONNX Runtime's version and library) sit
        // beside the model's.
        if let (Some(m), serde_json::Value::Object(backend)) =
            (manifest.as_object_mut(), self.classifier.describe())
        {
            m.extend(backend);
        }
        manifest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_name_sized() {
        assert!(is_name_like("Nayib Bukele"));
        assert!(is_name_like(
            "United Nations High Commissioner for Refugees"
        ));
        assert!(!is_name_like("42"));
        assert!(!is_name_like(&"x".repeat(1_000_000)));
        assert!(is_name_like(&"é".repeat(MAX_MENTION_CHARS)));
        assert!(!is_name_like(&"é".repeat(MAX_MENTION_CHARS + 1)));
        let words = vec!["Word"; MAX_MENTION_WORDS + 1].join(" ");
        assert!(!is_name_like(&words));
        assert!(is_name_like(&words[5..]));
    }
}
