//! The pipeline over records held in memory (the Python package and Spark
//! executors): each record is read like a line of a JSONL feed, the
//! documents go through the same stages in batches, and the tables come back
//! as frames instead of part files.

use std::collections::HashSet;
use std::time::Duration;

use polars::prelude::DataFrame;
use rayon::prelude::*;

use super::run::process_batch;
use super::{InputError, Stage};
use factsift_core::language::Language;
use factsift_dataset::aliases::AliasBook;
use factsift_dataset::tables::{aliases, ALIASES, ENTITIES, TABLES};
use factsift_dataset::Batch;
use factsift_ingest::{decode, jsonl, Hint};

/// How [`extract`] reads and batches its records.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Language of every document; detected per document when `None`.
    pub language: Option<Language>,
    /// Documents per batch given to the stages.
    pub batch_size: usize,
    /// Names the records in `errors.path` and as the external id of a record
    /// without `id`: record `i` is `ORIGIN:i`, as a feed's line is.
    pub origin: String,
    /// The number of the first record (1 unless the records continue
    /// earlier ones of the same origin).
    pub first: usize,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            language: None,
            batch_size: 256,
            origin: "records".to_string(),
            first: 1,
        }
    }
}

/// Every table of the contract, by name: the [`TABLES`] in their order,
/// then `aliases`.
pub type Frames = Vec<(&'static str, DataFrame)>;

/// Runs `stages` over `records`, each one JSON object as a JSONL feed line
/// holds it (`text` or `html`, optional `id`, `source`, `url`, `title`,
/// `published`), and returns the tables `factsift run` would write for them:
/// the same rows, a record that cannot be read giving an `errors` row, a
/// repeated text counted once, and `aliases` over all the records.
pub fn extract(
    records: &[String],
    options: &ExtractOptions,
    stages: &[Box<dyn Stage>],
) -> anyhow::Result<Frames> {
    let mut frames: Frames = Vec::with_capacity(TABLES.len() + 1);
    for (name, build) in TABLES {
        frames.push((name, build(&Batch::default())?));
    }
    let mut stage_time: Vec<(String, Duration)> = stages
        .iter()
        .map(|s| (s.name().to_string(), Duration::ZERO))
        .collect();
    let mut seen = HashSet::new();
    let batch_size = options.batch_size.max(1);
    for (n, chunk) in records.chunks(batch_size).enumerate() {
        let first = options.first + n * batch_size;
        let mut batch = read_chunk(chunk, first, &options.origin, &mut seen);
        process_batch(&mut batch, options.language, stages, &mut stage_time);
        for (frame, (_, build)) in frames.iter_mut().zip(TABLES) {
            frame.1.vstack_mut_owned(build(&batch)?)?;
        }
    }
    let mut book = AliasBook::default();
    if let Some((_, entities)) = frames.iter().find(|(name, _)| *name == ENTITIES) {
        aliases::count_entities(&mut book, entities)?;
    }
    frames.push((ALIASES, aliases::frame(&book.rows())?));
    Ok(frames)
}

/// Reads one chunk of records (numbered from `first`) into a batch,
/// leaving out texts already `seen`.
fn read_chunk(chunk: &[String], first: usize, origin: &str, seen: &mut HashSet<String>) -> Batch {
    let read: Vec<_> = chunk
        .par_iter()
        .enumerate()
        .map(|(i, record)| read_record(record, &format!("{origin}:{}", first + i)))
        .collect();
    let mut batch = Batch::default();
    for result in read {
        match result {
            Err(e) => batch.errors.push(e),
            Ok(doc) if seen.insert(doc.doc_id.clone()) => batch.docs.push(doc),
            Ok(_) => {}
        }
    }
    batch
}

/// One record read as the CLI reads a feed line: decoded (notes and
/// refusals included), parsed, and made a document.
fn read_record(record: &str, location: &str) -> Result<factsift_core::Document, InputError> {
    let decoded =
        decode(record.as_bytes(), Hint::default()).map_err(|m| InputError::ingest(location, m))?;
    let mut parsed = jsonl::parse_line(decoded.text.trim(), location)
        .map_err(|m| InputError::ingest(location, m))?;
    parsed.meta.notes = decoded.notes;
    parsed.into_document(location)
}
