//! The `factsift._factsift` extension module: the pipeline in a Python
//! process. Tables cross into Python as Arrow IPC files written by the
//! dataset crate, which the Python side (`python/factsift`) reads with polars.

use std::path::PathBuf;

use anyhow::Context;
use polars::prelude::{DataFrame, IpcReader, SerReader};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use factsift_core::{Language, Stage};
use factsift_dataset::aliases::AliasBook;
use factsift_dataset::schema::{self, ColumnType};
use factsift_dataset::tables::aliases;
use factsift_dataset::OutputFormat;
use factsift_pipeline::{build_stages, extract, ExtractOptions, StageConfig};

/// A loaded pipeline: its stages (the NER model among them) and the worker
/// threads it runs on, kept across calls.
#[pyclass(module = "factsift._factsift", name = "Pipeline", frozen)]
struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
    pool: rayon::ThreadPool,
    model: Option<PathBuf>,
    language: Option<Language>,
    batch_size: usize,
}

#[pymethods]
impl Pipeline {
    /// Loads the stages: `model` is `"auto"` (the default model when found,
    /// as `factsift run` chooses it), `"none"`, a model name or a folder;
    /// `language` an ISO code or `None` to detect; `jobs` worker threads
    /// (`None`: one per core).
    #[new]
    #[pyo3(signature = (model = "auto", language = None, jobs = None, batch_size = 256))]
    fn new(
        model: &str,
        language: Option<&str>,
        jobs: Option<usize>,
        batch_size: usize,
    ) -> PyResult<Self> {
        let language = match language {
            None => None,
            Some(code) => Language::from_code(code)
                .map_err(|m| PyValueError::new_err(format!("language: {m}")))?,
        };
        let jobs = jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1);
        let model = factsift::choose_model(model, false)
            .map_err(|e| PyValueError::new_err(format!("model: {e:#}")))?;
        let stages = build_stages(&StageConfig {
            ner_model: model.clone(),
            threads: jobs,
        })
        .map_err(runtime_error)?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("starting worker threads: {e}")))?;
        Ok(Pipeline {
            stages,
            pool,
            model,
            language,
            batch_size: batch_size.max(1),
        })
    }

    /// The NER model folder in use (`None` when the entities stage is off).
    #[getter]
    fn model(&self) -> Option<String> {
        self.model.as_ref().map(|p| p.display().to_string())
    }

    /// Runs the stages over `records` (JSON objects, one per record, as a
    /// JSONL feed's lines) and returns `(table, Arrow IPC file)` pairs for
    /// every table of the contract. A record without an `id` is named
    /// `ORIGIN:N`, N counted from `first`.
    #[pyo3(signature = (records, origin = "records", first = 1))]
    fn extract_json<'py>(
        &self,
        py: Python<'py>,
        records: Vec<String>,
        origin: &str,
        first: usize,
    ) -> PyResult<Vec<(String, Bound<'py, PyBytes>)>> {
        let options = ExtractOptions {
            language: self.language,
            batch_size: self.batch_size,
            origin: origin.to_string(),
            first,
        };
        let encoded = py
            .allow_threads(|| {
                self.pool
                    .install(|| extract(&records, &options, &self.stages))
                    .and_then(|frames| {
                        frames
                            .into_iter()
                            .map(|(name, mut df)| Ok((name.to_string(), ipc_bytes(&mut df)?)))
                            .collect::<anyhow::Result<Vec<_>>>()
                    })
            })
            .map_err(runtime_error)?;
        Ok(encoded
            .into_iter()
            .map(|(name, bytes)| (name, PyBytes::new(py, &bytes)))
            .collect())
    }
}

/// The `aliases` table (an Arrow IPC file) counted from `entities` parts
/// (Arrow IPC files holding at least the entity key, name, label and text
/// columns), as `factsift run` rebuilds it from its `entities` parts.
#[pyfunction]
fn aliases_from_entities<'py>(
    py: Python<'py>,
    parts: Vec<Vec<u8>>,
) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = py
        .allow_threads(|| {
            let mut book = AliasBook::default();
            for (i, part) in parts.into_iter().enumerate() {
                let df: DataFrame = IpcReader::new(std::io::Cursor::new(part))
                    .finish()
                    .with_context(|| format!("reading entities part {i}"))?;
                aliases::count_entities(&mut book, &df)
                    .with_context(|| format!("counting aliases in entities part {i}"))?;
            }
            ipc_bytes(&mut aliases::frame(&book.rows())?)
        })
        .map_err(runtime_error)?;
    Ok(PyBytes::new(py, &bytes))
}

/// One column as Python sees it: name, type name, nullable.
type ColumnInfo = (&'static str, &'static str, bool);

/// The dataset contract: `(table, [(column, type, nullable)])` for every
/// table, types named `str`, `i32`, `i64`, `f64`, `bool`, `date`, `list[str]`.
#[pyfunction]
fn contract() -> Vec<(&'static str, Vec<ColumnInfo>)> {
    schema::TABLES
        .iter()
        .map(|t| {
            let columns = t
                .columns
                .iter()
                .map(|c| (c.name, type_name(c.dtype), c.nullable))
                .collect();
            (t.name, columns)
        })
        .collect()
}

fn type_name(t: ColumnType) -> &'static str {
    match t {
        ColumnType::Str => "str",
        ColumnType::I32 => "i32",
        ColumnType::I64 => "i64",
        ColumnType::F64 => "f64",
        ColumnType::Bool => "bool",
        ColumnType::Date => "date",
        ColumnType::StrList => "list[str]",
    }
}

/// `df` as an Arrow IPC file, written as the CLI writes `--format ipc` parts.
fn ipc_bytes(df: &mut DataFrame) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    OutputFormat::Ipc.write(df, &mut out)?;
    Ok(out)
}

fn runtime_error(e: anyhow::Error) -> PyErr {
    PyRuntimeError::new_err(format!("{e:#}"))
}

/// The extension module.
#[pymodule]
fn _factsift(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add_function(wrap_pyfunction!(aliases_from_entities, m)?)?;
    m.add_function(wrap_pyfunction!(contract, m)?)?;
    m.add("SCHEMA_VERSION", factsift_dataset::SCHEMA_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
