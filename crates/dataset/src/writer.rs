//! Writing tables as partitioned folders of part files.
//!
//! Layout: `OUT/<table>/shard=<i>/part-<run>-<batch>.<ext>`, readable with
//! `polars.scan_parquet("OUT/<table>/**/*.parquet")` or DuckDB's
//! `read_parquet('OUT/<table>/*/*.parquet', hive_partitioning=true)`. Every
//! part is written atomically. A batch's `documents` part is written last,
//! so a document is done exactly when its `documents` row exists; on start,
//! parts of other tables with no matching `documents` part (left by an
//! interrupted batch) are removed, and so are the previous run's `errors`
//! parts, since failed inputs are retried. A run only ever removes parts of
//! its own partition, and holds the folder's locks (see [`super::lock`])
//! while it writes.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use polars::prelude::DataFrame;

use super::atomic::{remove_leftovers, write_atomic};
use super::format::OutputFormat;
use super::lock::{lock_aliases, lock_for_run, OutputLock};
use super::manifest::check_schema_version;
use super::tables::{aliases, Batch, ALIASES, DOCUMENTS, ENTITIES, TABLES};
use crate::aliases::AliasBook;

/// The partition a run writes: shard `index` of `count` (`count` is 1 for
/// an unsharded run, which writes `shard=0` and owns the whole folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// Zero-based shard number.
    pub index: u32,
    /// Number of shards.
    pub count: u32,
}

impl Partition {
    /// Folder name of the partition (`shard=3`).
    pub fn dir_name(&self) -> String {
        format!("shard={}", self.index)
    }

    /// True for an unsharded run.
    pub fn is_whole(&self) -> bool {
        self.count <= 1
    }
}

/// Writes the parts of one run into an output folder.
pub struct DatasetWriter {
    root: PathBuf,
    format: OutputFormat,
    partition: String,
    run_id: String,
    batches: usize,
    written: HashSet<String>,
    _lock: OutputLock,
}

impl DatasetWriter {
    /// Locks `root` for a run writing into `partition` (failing when another
    /// run holds the lock) and prepares it. With `force`, earlier output is
    /// removed: every table of an unsharded run, only the partition's own
    /// parts for a shard.
    pub fn create(
        root: &Path,
        format: OutputFormat,
        partition: Partition,
        run_id: String,
        force: bool,
    ) -> anyhow::Result<Self> {
        std::fs::create_dir_all(root)
            .with_context(|| format!("creating output folder {}", root.display()))?;
        let lock = lock_for_run(root, partition.index, partition.count)?;
        if !(force && partition.is_whole()) {
            check_schema_version(root)?;
        }
        let writer = DatasetWriter {
            root: root.to_path_buf(),
            format,
            partition: partition.dir_name(),
            run_id,
            batches: 0,
            written: HashSet::new(),
            _lock: lock,
        };
        if force && partition.is_whole() {
            for table in table_dirs(root)? {
                remove_dir(&table)?;
            }
        } else if force {
            // a shard finishing meanwhile must not count parts half removed
            let _aliases = lock_aliases(root)?;
            writer.remove_own_partition()?;
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

    /// File names of the parts in `dir`.
    fn part_names(&self, dir: &Path) -> HashSet<String> {
        self.parts(dir).iter().map(|p| dir_name(p)).collect()
    }

    fn remove_unfinished(&self) -> anyhow::Result<()> {
        let done = self.part_names(&self.part_dir(DOCUMENTS));
        for table in table_dirs(&self.root)? {
            let dir = table.join(&self.partition);
            let name = dir_name(&table);
            if name == ALIASES {
                // written across shards, under its own lock
                continue;
            }
            remove_leftovers(&dir);
            if name == DOCUMENTS || !TABLES.iter().any(|(t, _)| *t == name) {
                continue;
            }
            for part in self.parts(&dir) {
                // An empty part only carries its table's schema: it is
                // complete whatever happened to the run that wrote it.
                let schema_only = dir_name(&part).contains("-empty.");
                if !schema_only && (name == "errors" || !done.contains(&dir_name(&part))) {
                    std::fs::remove_file(&part)
                        .with_context(|| format!("removing unfinished part {}", part.display()))?;
                }
            }
        }
        Ok(())
    }

    /// Removes this partition's folder of every table but the cross-shard
    /// `aliases` (rebuilt at the end of the run): `--force` on one shard
    /// leaves the other shards' parts alone.
    fn remove_own_partition(&self) -> anyhow::Result<()> {
        for table in table_dirs(&self.root)? {
            let dir = table.join(&self.partition);
            if dir_name(&table) != ALIASES && dir.is_dir() {
                remove_dir(&dir)?;
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
        self.write_file(table, &path, df)
    }

    /// Writes `df` atomically to `path`, a part of `table`.
    fn write_file(&mut self, table: &str, path: &Path, df: &mut DataFrame) -> anyhow::Result<()> {
        let format = self.format;
        write_atomic(path, |out| {
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

impl DatasetWriter {
    /// Rebuilds the `aliases` table from every finished `entities` part in
    /// the folder (all runs, all shards) and writes it as the table's only
    /// part, `aliases/shard=0/part-aliases.<ext>`, under the aliases lock:
    /// whichever run or shard finishes last leaves the table a clean run
    /// over the same documents would write. Returns its number of rows.
    pub fn rebuild_aliases(&mut self) -> anyhow::Result<usize> {
        let _lock = lock_aliases(&self.root)?;
        let mut book = AliasBook::default();
        for part in self.finished_parts(ENTITIES) {
            let df = self
                .format
                .read_columns(&part, &aliases::ENTITY_COLUMNS)
                .with_context(|| format!("reading entities from {}", part.display()))?;
            aliases::count_entities(&mut book, &df)
                .with_context(|| format!("counting aliases in {}", part.display()))?;
        }
        let mut df = aliases::frame(&book.rows()).context("building table aliases")?;
        self.replace_aliases(&mut df)?;
        Ok(df.height())
    }

    /// Parts of `table` in every partition whose batch is done (its
    /// `documents` part exists), so a batch another shard is still writing,
    /// or one an interrupted run left, is not counted.
    fn finished_parts(&self, table: &str) -> Vec<PathBuf> {
        let Ok(partitions) = std::fs::read_dir(self.root.join(table)) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for partition in partitions.flatten() {
            let done = self.part_names(&self.root.join(DOCUMENTS).join(partition.file_name()));
            let parts = self.parts(&partition.path());
            found.extend(parts.into_iter().filter(|p| done.contains(&dir_name(p))));
        }
        found.sort();
        found
    }

    /// Writes `df` as the one `aliases` part, then removes every other
    /// (earlier versions wrote one part per run). Holds the aliases lock.
    fn replace_aliases(&mut self, df: &mut DataFrame) -> anyhow::Result<()> {
        let table = self.root.join(ALIASES);
        let partitions: Vec<PathBuf> = std::fs::read_dir(&table)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        for dir in &partitions {
            remove_leftovers(dir);
        }
        let name = format!("part-aliases.{}", self.format.extension());
        let keep = table.join("shard=0").join(&name);
        self.write_file(ALIASES, &keep, df)?;
        for part in partitions.iter().flat_map(|dir| self.parts(dir)) {
            if part != keep {
                std::fs::remove_file(&part)
                    .with_context(|| format!("removing old aliases part {}", part.display()))?;
            }
        }
        Ok(())
    }
}

fn remove_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))
}

/// The last component of `path` (a table folder's table name).
fn dir_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn writer(root: &Path) -> DatasetWriter {
        let whole = Partition { index: 0, count: 1 };
        DatasetWriter::create(root, OutputFormat::Parquet, whole, "t".into(), false)
            .expect("writer")
    }

    #[test]
    fn a_truncated_entities_part_is_named_when_aliases_are_rebuilt() {
        let root = std::env::temp_dir().join(format!("factsift-writer-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mut w = writer(&root);
        let empty = Batch::default();
        for (name, build) in TABLES {
            let mut df = build(&empty).expect("frame");
            w.write_part(name, "part-x-00000.parquet", &mut df)
                .expect("part");
        }
        assert_eq!(w.rebuild_aliases().expect("empty aliases"), 0);
        let part = w.part_dir(ENTITIES).join("part-x-00000.parquet");
        let bytes = std::fs::read(&part).expect("read");
        std::fs::write(&part, &bytes[..bytes.len() / 2]).expect("truncate");
        let err = w.rebuild_aliases().expect_err("truncated part");
        assert!(
            format!("{err:#}").contains(&part.display().to_string()),
            "{err:#}"
        );
        drop(w);
        let _ = std::fs::remove_dir_all(&root);
    }
}
