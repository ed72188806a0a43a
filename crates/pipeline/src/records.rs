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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{build_stages, run, RunOptions, Silent, StageConfig};
    use factsift_dataset::OutputFormat;

    const RECORDS: [&str; 5] = [
        r#"{"id": "a", "text": "Prices rose 3.2% in May, the statistics office said.", "published": "2024-06-01"}"#,
        r#"{"text": 42}"#,
        r#"{"id": "b", "source": "example.org", "text": "About 250 people were sent back on Sunday."}"#,
        r#"not json"#,
        r#"{"id": "c", "text": "Prices rose 3.2% in May, the statistics office said."}"#,
    ];

    fn frame<'a>(frames: &'a Frames, name: &str) -> &'a DataFrame {
        &frames.iter().find(|(n, _)| *n == name).expect("table").1
    }

    #[test]
    fn records_give_the_tables_a_run_over_the_same_feed_writes() {
        let stages = build_stages(&StageConfig::default()).expect("stages");
        let records: Vec<String> = RECORDS.iter().map(|r| r.to_string()).collect();
        let dir = std::env::temp_dir().join(format!("factsift-records-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let feed = dir.join("feed.jsonl");
        let options = ExtractOptions {
            batch_size: 2,
            origin: feed.display().to_string(),
            ..ExtractOptions::default()
        };
        let frames = extract(&records, &options, &stages).expect("extract");
        let names: Vec<&str> = frames.iter().map(|(n, _)| *n).collect();
        let mut want: Vec<&str> = TABLES.iter().map(|(n, _)| *n).collect();
        want.push(ALIASES);
        assert_eq!(names, want);

        std::fs::write(&feed, RECORDS.join("\n")).expect("feed");
        let run_options = RunOptions {
            inputs: vec![feed],
            out: dir.join("out"),
            batch_size: 2,
            ..RunOptions::default()
        };
        run(&run_options, &stages, &Silent).expect("run");
        for (name, _) in TABLES {
            let mut parts: Vec<_> = std::fs::read_dir(dir.join("out").join(name).join("shard=0"))
                .expect("table folder")
                .flatten()
                .map(|e| e.path())
                .collect();
            parts.sort();
            let mut written = frame(&frames, name).clear();
            for part in parts {
                let columns: Vec<&str> = frame(&frames, name)
                    .get_column_names()
                    .into_iter()
                    .map(|c| c.as_str())
                    .collect();
                let df = OutputFormat::Parquet
                    .read_columns(&part, &columns)
                    .expect("part");
                written.vstack_mut_owned(df).expect("stack");
            }
            // errors name the feed's lines the same way; documents: a and b,
            // the repeated text counted once
            assert!(
                written.equals_missing(frame(&frames, name)),
                "{name} differs: {written} vs {}",
                frame(&frames, name)
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(frame(&frames, "documents").height(), 2);
        assert_eq!(frame(&frames, "errors").height(), 2);
    }
}
