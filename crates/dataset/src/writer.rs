//! Writing tables as partitioned folders of part files.
//!
//! Layout: `OUT/<table>/shard=<i>/part-<run>-<batch>.<ext>`, readable with
//! `polars.scan_parquet("OUT/<table>/**/*.parquet")` or DuckDB's
//! `read_parquet('OUT/<table>/*/*.parquet', hive_partitioning=true)`. Every
//! part is written atomically. A batch's `documents` part is written last,
//! so a document is done exactly when its `documents` row exists; on start,
//! parts of other tables with no matching `documents` part (left by an
//! interrupted batch) are removed, and so are the previous run's `errors`
//! parts, since failed inputs are retried.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use polars::prelude::DataFrame;

use super::atomic::{remove_leftovers, write_atomic};
use super::format::OutputFormat;
use super::tables::{Batch, DOCUMENTS, TABLES};

/// Writes the parts of one run into an output folder.
pub struct DatasetWriter {
    root: PathBuf,
    format: OutputFormat,
    partition: String,
    run_id: String,
    batches: usize,
    written: HashSet<String>,
}

impl DatasetWriter {
    /// Prepares `root` for a run writing into partition `partition`
    /// (`shard=i`). With `force`, earlier output of every table is removed.
    pub fn create(
        root: &Path,
        format: OutputFormat,
        partition: String,
        run_id: String,
        force: bool,
    ) -> anyhow::Result<Self> {
        std::fs::create_dir_all(root)
            .with_context(|| format!("creating output folder {}", root.display()))?;
        let writer = DatasetWriter {
            root: root.to_path_buf(),
            format,
            partition,
            run_id,
            batches: 0,
            written: HashSet::new(),
        };
        if force {
            for table in table_dirs(root)? {
                std::fs::remove_dir_all(&table)
                    .with_context(|| format!("removing {}", table.display()))?;
            }
        } else {
            writer.remove_unfinished()?;
        }
        Ok(writer)
    }

    /// The output folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn part_dir(&self, table: &str) -> PathBuf {
        self.root.join(table).join(&self.partition)
    }

    fn parts(&self, dir: &Path) -> Vec<PathBuf> {
        let ext = self.format.extension();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut parts: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == ext)
                    && p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
            })
            .collect();
        parts.sort();
        parts
    }

    fn remove_unfinished(&self) -> anyhow::Result<()> {
        let done: HashSet<String> = self
            .parts(&self.part_dir(DOCUMENTS))
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        for table in table_dirs(&self.root)? {
            let dir = table.join(&self.partition);
            remove_leftovers(&dir);
            let name = table
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name == DOCUMENTS || !TABLES.iter().any(|(t, _)| *t == name) {
                continue;
            }
            for part in self.parts(&dir) {
                let file = part
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if name == "errors" || !done.contains(&file) {
                    std::fs::remove_file(&part)
                        .with_context(|| format!("removing unfinished part {}", part.display()))?;
                }
            }
        }
        Ok(())
    }

    /// The ids of documents already written by earlier runs (all shards).
    pub fn done_ids(&self) -> anyhow::Result<HashSet<String>> {
        let mut ids = HashSet::new();
        let docs = self.root.join(DOCUMENTS);
        let Ok(partitions) = std::fs::read_dir(&docs) else {
            return Ok(ids);
        };
        for partition in partitions.flatten() {
            for part in self.parts(&partition.path()) {
                let df = self
                    .format
                    .read_columns(&part, &["doc_id"])
                    .with_context(|| format!("reading done documents from {}", part.display()))?;
                let col = df.column("doc_id")?.str()?;
                ids.extend(col.iter().flatten().map(str::to_string));
            }
        }
        Ok(ids)
    }

    /// Writes every table's rows of a batch; returns rows written per table.
    pub fn write_batch(&mut self, batch: &Batch) -> anyhow::Result<Vec<(&'static str, usize)>> {
        let part = format!(
            "part-{}-{:05}.{}",
            self.run_id,
            self.batches,
            self.format.extension()
        );
        self.batches += 1;
        let mut counts = Vec::with_capacity(TABLES.len());
        for (name, build) in TABLES {
            if *name == DOCUMENTS && batch.docs.is_empty() {
                continue;
            }
            let mut df = build(batch).with_context(|| format!("building table {name}"))?;
            if df.height() == 0 && *name != DOCUMENTS {
                counts.push((*name, 0));
                continue;
            }
            counts.push((*name, df.height()));
            self.write_part(name, &part, &mut df)?;
        }
        Ok(counts)
    }

    /// Writes a run-level table (e.g. `aliases`) as one part; an empty one
    /// only when the table has no part yet (so its schema is there).
    pub fn write_table(&mut self, name: &str, df: &mut DataFrame) -> anyhow::Result<()> {
        if df.height() == 0 && !self.parts(&self.part_dir(name)).is_empty() {
            return Ok(());
        }
        let part = format!("part-{}-run.{}", self.run_id, self.format.extension());
        self.write_part(name, &part, df)
    }

    fn write_part(&mut self, table: &str, part: &str, df: &mut DataFrame) -> anyhow::Result<()> {
        let path = self.part_dir(table).join(part);
        let format = self.format;
        write_atomic(&path, |out| {
            format
                .write(df, out)
                .with_context(|| format!("writing {}", path.display()))
        })?;
        self.written.insert(table.to_string());
        Ok(())
    }

    /// Makes sure every table of the contract has at least one part in this
    /// partition, writing an empty one where a run produced no rows, so that
    /// readers always find each table and its schema.
    pub fn ensure_tables(&mut self) -> anyhow::Result<()> {
        let empty = Batch::default();
        for (name, build) in TABLES {
            if self.written.contains(*name) || !self.parts(&self.part_dir(name)).is_empty() {
                continue;
            }
            let mut df = build(&empty)?;
            let part = format!("part-{}-empty.{}", self.run_id, self.format.extension());
            self.write_part(name, &part, &mut df)?;
        }
        Ok(())
    }
}

/// Table folders under `root`: sub-folders holding `shard=` partitions.
fn table_dirs(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    let entries = std::fs::read_dir(root).with_context(|| format!("reading {}", root.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let partitioned = std::fs::read_dir(&path).is_ok_and(|children| {
            children
                .flatten()
                .any(|c| c.file_name().to_string_lossy().starts_with("shard="))
        });
        if path.is_dir() && partitioned {
            dirs.push(path);
        }
    }
    Ok(dirs)
}
