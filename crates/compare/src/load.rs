//! Finds the run folders to compare and scans their tables lazily with polars.
//!
//! A run folder holds one sub-folder per table (`quantities/shard=0/part-….parquet`,
//! hive-partitioned); a folder given on the command line may also hold several
//! run folders, one level down (`outputs/run-a`, `outputs/run-b`). Every table is
//! read through one lazy scan over all runs, so only the columns and rows the
//! comparison asks for are ever loaded.

use factsift_dataset::schema::{claims, documents, entities, quantities, sentences};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use polars::prelude::*;

use factsift_dataset::SCHEMA_VERSION;

/// The run folders of one comparison.
#[derive(Debug, Clone)]
pub struct RunSet {
    runs: Vec<PathBuf>,
}

/// True when `dir` looks like a run folder (it has a `documents` table).
fn is_run(dir: &Path) -> bool {
    dir.join(documents::TABLE).is_dir()
}

impl RunSet {
    /// Resolves the folders given on the command line into run folders.
    pub fn open(paths: &[PathBuf]) -> anyhow::Result<RunSet> {
        let mut runs = Vec::new();
        for path in paths {
            anyhow::ensure!(path.is_dir(), "{}: not a folder", path.display());
            if is_run(path) {
                runs.push(path.clone());
                continue;
            }
            let mut inner: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("reading {}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_run(p))
                .collect();
            anyhow::ensure!(
                !inner.is_empty(),
                "{}: not a factsift run folder (no documents/ table inside it or one level down)",
                path.display()
            );
            inner.sort();
            runs.extend(inner);
        }
        runs.dedup();
        for run in &runs {
            let has_parquet = glob_has(&run.join(documents::TABLE), "parquet");
            anyhow::ensure!(
                has_parquet,
                "{}: compare reads runs written as Parquet (run `factsift run --format parquet`)",
                run.display()
            );
            check_manifests(run)?;
            check_parts(run)?;
            check_tables(run)?;
        }
        Ok(RunSet { runs })
    }

    /// The run folders, in order.
    pub fn runs(&self) -> &[PathBuf] {
        &self.runs
    }

    /// A lazy scan of `table` over every run that has it, keeping `columns`.
    /// `None` when no run has the table.
    pub fn scan(&self, table: &str, columns: &[&str]) -> anyhow::Result<Option<LazyFrame>> {
        let mut frames = Vec::new();
        for run in &self.runs {
            let dir = run.join(table);
            if !glob_has(&dir, "parquet") {
                continue;
            }
            let pattern = format!("{}/**/*.parquet", dir.display());
            let args = ScanArgsParquet {
                hive_options: HiveOptions::new_enabled(),
                ..Default::default()
            };
            let lf = LazyFrame::scan_parquet(PlRefPath::from(pattern.as_str()), args)
                .map_err(|e| anyhow::anyhow!("scanning {}: {e}", dir.display()))?;
            frames.push(lf.select(columns.iter().map(|c| col(*c)).collect::<Vec<_>>()));
        }
        if frames.is_empty() {
            return Ok(None);
        }
        let all = if frames.len() == 1 {
            frames.remove(0)
        } else {
            concat(frames, UnionArgs::default())?
        };
        Ok(Some(all))
    }

    /// Collects `table`'s `columns` over every run (an empty frame with no
    /// columns when no run has the table).
    pub fn read(&self, table: &str, columns: &[&str]) -> anyhow::Result<DataFrame> {
        match self.scan(table, columns)? {
            Some(lf) => lf.collect_with(&format!("reading the {table} tables")),
            None => Ok(DataFrame::empty()),
        }
    }
}

/// The tables compare reads. `factsift run` writes every one of them, empty
/// when it found nothing (with `--model none`, `entities` has no rows), so a
/// run folder without one is damaged or not a factsift run.
pub const REQUIRED_TABLES: &[&str] = &[
    documents::TABLE,
    sentences::TABLE,
    entities::TABLE,
    quantities::TABLE,
    claims::TABLE,
];

/// Refuses a run whose table folder for one of [`REQUIRED_TABLES`] is
/// missing or holds no Parquet file.
fn check_tables(run: &Path) -> anyhow::Result<()> {
    for table in REQUIRED_TABLES {
        anyhow::ensure!(
            glob_has(&run.join(table), "parquet"),
            "{}: the `{table}` table is missing (no Parquet file under {}); every run \
             written by `factsift run` has it, so this folder is incomplete",
            run.display(),
            run.join(table).display()
        );
    }
    Ok(())
}

/// The manifests of a run folder: `manifest.json` and, for a sharded run,
/// `manifest.shard-<i>-of-<n>.json`, sorted.
fn manifest_files(run: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(run)
        .with_context(|| format!("reading {}", run.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n == "manifest.json" || (n.starts_with("manifest.shard-") && n.ends_with(".json"))
            })
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Refuses a run whose manifest is not valid JSON or records a schema
/// version other than [`SCHEMA_VERSION`]. A run without a manifest (one
/// still running, or tables written by another tool) is read with a
/// warning that its version was not checked.
fn check_manifests(run: &Path) -> anyhow::Result<()> {
    let files = manifest_files(run)?;
    if files.is_empty() {
        eprintln!(
            "warning: {}: no manifest.json; its schema version is not checked",
            run.display()
        );
    }
    for file in files {
        let version = schema_version(&file)?;
        anyhow::ensure!(
            version == u64::from(SCHEMA_VERSION),
            "{}: the run follows dataset schema version {version} ({}), but this factsift \
             reads schema version {SCHEMA_VERSION}",
            run.display(),
            file.display()
        );
    }
    Ok(())
}

/// The `schema_version` recorded in a manifest file.
fn schema_version(file: &Path) -> anyhow::Result<u64> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let manifest: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{}: broken manifest (not valid JSON)", file.display()))?;
    manifest
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{}: broken manifest (no numeric schema_version)",
                file.display()
            )
        })
}

/// Runs a lazy plan, naming what it was for in the error.
pub trait CollectWith {
    /// `collect()`, with `what` in front of any error.
    fn collect_with(self, what: &str) -> anyhow::Result<DataFrame>;
}

impl CollectWith for LazyFrame {
    fn collect_with(self, what: &str) -> anyhow::Result<DataFrame> {
        self.collect().map_err(|e| anyhow::anyhow!("{what}: {e}"))
    }
}

/// Reads the footer of every Parquet part under `dir`, so that a truncated
/// or damaged part is reported by its path (a scan over many parts would
/// not say which one failed).
fn check_parts(dir: &Path) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.is_dir() {
            check_parts(&path)?;
        } else if path.extension().is_some_and(|x| x == "parquet") {
            let file = std::fs::File::open(&path)
                .with_context(|| format!("opening {}", path.display()))?;
            ParquetReader::new(file)
                .num_rows()
                .map_err(|e| anyhow::anyhow!("unreadable part {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// True when `dir` holds a file with extension `ext` at any depth.
fn glob_has(dir: &Path, ext: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let p = e.path();
        if p.is_dir() {
            glob_has(&p, ext)
        } else {
            p.extension().is_some_and(|x| x == ext)
        }
    })
}

/// Text values of a column (nulls as `None`); an empty vector when absent.
pub fn strings(df: &DataFrame, name: &str) -> Vec<Option<String>> {
    match df.column(name).ok().and_then(|c| c.str().ok().cloned()) {
        Some(ca) => ca.iter().map(|v| v.map(str::to_string)).collect(),
        None => vec![None; df.height()],
    }
}

/// Float values of a column (nulls as `None`).
pub fn floats(df: &DataFrame, name: &str) -> Vec<Option<f64>> {
    match df
        .column(name)
        .ok()
        .and_then(|c| c.cast(&DataType::Float64).ok())
    {
        Some(c) => match c.f64() {
            Ok(ca) => ca.iter().collect(),
            Err(_) => vec![None; df.height()],
        },
        None => vec![None; df.height()],
    }
}

/// Integer values of a column (nulls as `None`).
pub fn ints(df: &DataFrame, name: &str) -> Vec<Option<i64>> {
    match df
        .column(name)
        .ok()
        .and_then(|c| c.cast(&DataType::Int64).ok())
    {
        Some(c) => match c.i64() {
            Ok(ca) => ca.iter().collect(),
            Err(_) => vec![None; df.height()],
        },
        None => vec![None; df.height()],
    }
}

/// Boolean values of a column (nulls as false).
pub fn bools(df: &DataFrame, name: &str) -> Vec<bool> {
    match df.column(name).ok().and_then(|c| c.bool().ok().cloned()) {
        Some(ca) => ca.iter().map(|v| v.unwrap_or(false)).collect(),
        None => vec![false; df.height()],
    }
}

/// String-list values of a column (nulls as empty lists).
pub fn string_lists(df: &DataFrame, name: &str) -> Vec<Vec<String>> {
    let Some(ca) = df.column(name).ok().and_then(|c| c.list().ok().cloned()) else {
        return vec![Vec::new(); df.height()];
    };
    (0..ca.len())
        .map(|i| match ca.get_as_series(i) {
            Some(s) => s
                .str()
                .map(|v| v.iter().flatten().map(str::to_string).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        })
        .collect()
}
