//! One run of the pipeline over a set of inputs.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::json;

use super::{InputError, Shard, Stage};
use factsift_core::document::Document;
use factsift_core::language::{detect, Language};
use factsift_dataset::tables::ALIASES;
use factsift_dataset::{
    manifest_path, write_manifest, Batch, DatasetWriter, OutputFormat, Partition,
};
use factsift_ingest::{discover, Format, Reader, DEFAULT_MAX_DOC_BYTES};

/// What a run reads, how, and where it writes.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Files, folders, or `-` for standard input.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Table file format.
    pub format: OutputFormat,
    /// Documents per batch: the unit of parallel work, of writing and of memory.
    pub batch_size: usize,
    /// Which share of the documents this run processes.
    pub shard: Shard,
    /// Rebuild from scratch instead of skipping documents already written.
    pub force: bool,
    /// Language of every document; detected per document when `None`.
    pub language: Option<Language>,
    /// Worker threads (recorded in the manifest; the caller sizes the pool).
    pub jobs: usize,
    /// The largest document read, in bytes (a file, standard input or one
    /// JSONL line); larger ones become `errors` rows.
    pub max_doc_bytes: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            inputs: Vec::new(),
            out: PathBuf::from("outputs"),
            format: OutputFormat::Parquet,
            batch_size: 256,
            shard: Shard::default(),
            force: false,
            language: None,
            jobs: 1,
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
        }
    }
}

/// Receives progress while a run goes on (a progress bar, log lines, nothing).
pub trait Progress: Sync {
    /// The run starts; `inputs` is the number of input files when every
    /// input is one document, `None` when feeds make the total unknown.
    fn start(&self, inputs: Option<u64>);
    /// `n` more inputs or feed lines have been read and handled.
    fn advance(&self, n: u64);
    /// The run is over.
    fn finish(&self, summary: &RunSummary);
}

/// Progress that reports nothing (`--quiet`, tests).
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _inputs: Option<u64>) {}
    fn advance(&self, _n: u64) {}
    fn finish(&self, _summary: &RunSummary) {}
}

/// Counts and timings of a finished run.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    /// Input files found (a feed counts once).
    pub inputs: usize,
    /// Documents processed and written by this run.
    pub written: usize,
    /// Documents skipped because an earlier run wrote them.
    pub already_done: usize,
    /// Documents skipped because an identical text came earlier in this run.
    pub duplicates: usize,
    /// Documents left to other shards.
    pub other_shards: usize,
    /// Rows written to `errors`.
    pub errors: usize,
    /// Rows written per table.
    pub rows: Vec<(String, usize)>,
    /// Time spent in each stage, summed over batches.
    pub stage_time: Vec<(String, Duration)>,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

impl RunSummary {
    /// True when the run had inputs but could not process any document
    /// (nothing written, nothing skipped as already done or duplicate).
    pub fn nothing_processed(&self) -> bool {
        self.written + self.already_done + self.duplicates + self.other_shards == 0
    }

    fn add_rows(&mut self, table: &str, n: usize) {
        match self.rows.iter_mut().find(|(t, _)| t == table) {
            Some((_, count)) => *count += n,
            None => self.rows.push((table.to_string(), n)),
        }
    }
}

/// Runs `stages` over the inputs of `options` and writes the dataset.
pub fn run(
    options: &RunOptions,
    stages: &[Box<dyn Stage>],
    progress: &dyn Progress,
) -> anyhow::Result<RunSummary> {
    let started = Instant::now();
    let started_at = chrono::Utc::now();
    let run_id = format!(
        "{}-{}",
        started_at.format("%Y%m%dT%H%M%SZ"),
        std::process::id()
    );
    let partition = Partition {
        index: options.shard.index,
        count: options.shard.count,
    };
    let mut writer = DatasetWriter::create(
        &options.out,
        options.format,
        partition,
        run_id.clone(),
        options.force,
    )?;
    let done = if options.force {
        HashSet::new()
    } else {
        writer.done_ids()?
    };
    let found = discover(&options.inputs);
    let mut summary = RunSummary {
        inputs: found.items.len(),
        stage_time: stages
            .iter()
            .map(|s| (s.name().to_string(), Duration::ZERO))
            .collect(),
        ..RunSummary::default()
    };
    // The total is known when every input is one document (no feeds, no sniffing).
    let one_doc_each = found.items.iter().all(|i| {
        matches!(
            i.format,
            Some(Format::Text | Format::Markdown | Format::Html)
        )
    });
    progress.start(one_doc_each.then_some(found.items.len() as u64));

    let batch_size = options.batch_size.max(1);
    let mut seen: HashSet<String> = HashSet::new();
    let mut batch = Batch {
        docs: Vec::new(),
        errors: found.errors,
    };
    let mut reader = Reader::new(found.items).with_max_doc_bytes(options.max_doc_bytes);
    while let Some(chunk) = reader.next_chunk(batch_size) {
        let n = chunk.len() as u64;
        for result in chunk {
            match result {
                Err(e) => batch.errors.push(e),
                Ok(doc) => {
                    if !options.shard.contains(&doc.doc_id) {
                        summary.other_shards += 1;
                    } else if done.contains(&doc.doc_id) {
                        summary.already_done += 1;
                    } else if !seen.insert(doc.doc_id.clone()) {
                        summary.duplicates += 1;
                    } else {
                        batch.docs.push(doc);
                    }
                }
            }
        }
        if batch.docs.len() >= batch_size || batch.errors.len() >= batch_size {
            process_and_write(&mut batch, options, stages, &mut writer, &mut summary)?;
        }
        progress.advance(n);
    }
    if !batch.docs.is_empty() || !batch.errors.is_empty() {
        process_and_write(&mut batch, options, stages, &mut writer, &mut summary)?;
    }
    let mut stage_manifests = Vec::new();
    for stage in stages {
        stage_manifests.push(json!({"name": stage.name(), "details": stage.manifest()}));
    }
    let aliases = writer.rebuild_aliases()?;
    summary.add_rows(ALIASES, aliases);
    writer.ensure_tables()?;
    summary.elapsed = started.elapsed();

    let record = json!({
        "run_id": run_id,
        "started": started_at.to_rfc3339(),
        "finished": chrono::Utc::now().to_rfc3339(),
        "config": {
            "inputs": options.inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "out": options.out.display().to_string(),
            "format": options.format.name(),
            "batch_size": batch_size,
            "shard": options.shard.to_string(),
            "force": options.force,
            "language": options.language.map(|l| l.code()).unwrap_or("auto"),
            "jobs": options.jobs,
            "max_doc_bytes": options.max_doc_bytes,
        },
        "stages": stage_manifests,
        "counts": {
            "inputs": summary.inputs,
            "documents_written": summary.written,
            "skipped_already_done": summary.already_done,
            "skipped_duplicates": summary.duplicates,
            "skipped_other_shards": summary.other_shards,
            "skipped_warc_records": reader.skipped_records(),
            "errors": summary.errors,
            "rows": summary.rows.iter().map(|(t, n)| (t.clone(), json!(n))).collect::<serde_json::Map<_, _>>(),
        },
        "timings_s": {
            "total": summary.elapsed.as_secs_f64(),
            "stages": summary.stage_time.iter().map(|(s, d)| (s.clone(), json!(d.as_secs_f64()))).collect::<serde_json::Map<_, _>>(),
        },
    });
    write_manifest(
        &manifest_path(writer.root(), options.shard.index, options.shard.count),
        record,
    )?;
    progress.finish(&summary);
    Ok(summary)
}

fn process_and_write(
    batch: &mut Batch,
    options: &RunOptions,
    stages: &[Box<dyn Stage>],
    writer: &mut DatasetWriter,
    summary: &mut RunSummary,
) -> anyhow::Result<()> {
    process_batch(batch, options.language, stages, &mut summary.stage_time);
    for (table, n) in writer.write_batch(batch)? {
        summary.add_rows(table, n);
    }
    summary.written += batch.docs.len();
    summary.errors += batch.errors.len();
    batch.docs.clear();
    batch.errors.clear();
    Ok(())
}

/// Sets each document's language (`language`, else detected) and runs every
/// stage over the batch in turn; a document a stage fails on leaves the
/// batch for an `errors` row. Adds each stage's time to `stage_time`.
pub(crate) fn process_batch(
    batch: &mut Batch,
    language: Option<Language>,
    stages: &[Box<dyn Stage>],
    stage_time: &mut [(String, Duration)],
) {
    for doc in &mut batch.docs {
        doc.language = language.unwrap_or_else(|| detect(&doc.text));
    }
    for (i, stage) in stages.iter().enumerate() {
        let t = Instant::now();
        let results = run_stage(stage.as_ref(), &mut batch.docs);
        stage_time[i].1 += t.elapsed();
        let docs = std::mem::take(&mut batch.docs);
        for (doc, result) in docs.into_iter().zip(results) {
            match result {
                Ok(()) => batch.docs.push(doc),
                Err(e) => batch.errors.push(InputError {
                    path: doc.meta.external_id.clone(),
                    doc_id: Some(doc.doc_id.clone()),
                    stage: stage.name(),
                    message: format!("{e:#}"),
                }),
            }
        }
    }
}

/// Runs a stage on a batch; a panic inside the stage costs only the
/// documents it happened on, which get an error instead.
fn run_stage(stage: &dyn Stage, docs: &mut [Document]) -> Vec<anyhow::Result<()>> {
    match catch_unwind(AssertUnwindSafe(|| stage.process_batch(docs))) {
        Ok(results) if results.len() == docs.len() => results,
        _ => docs
            .iter_mut()
            .map(|doc| {
                catch_unwind(AssertUnwindSafe(|| stage.process(doc))).unwrap_or_else(|_| {
                    Err(anyhow::anyhow!(
                        "internal error in stage {} (please report it)",
                        stage.name()
                    ))
                })
            })
            .collect(),
    }
}
