//! The ONNX Runtime: finding its shared library, loading it once, and
//! running a token-classification model.
//!
//! The `ort` crate is built with `load-dynamic`, so nothing is linked or
//! downloaded at build time: the library is opened when the first model is
//! loaded. Its path comes from `FACTSIFT_ORT_LIB`, else from the cache that
//! `scripts/fetch-onnxruntime.sh` fills (`.cache/onnxruntime/` under the
//! working directory or under the source tree).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use anyhow::Context;
use ort::session::Session;
use ort::value::Tensor;
use rayon::prelude::*;

use factsift_core::{Logits, TokenClassifier};

/// The environment variable that names the ONNX Runtime library file.
pub const ORT_LIB_ENV: &str = "FACTSIFT_ORT_LIB";

const CACHE_LIB: &str = ".cache/onnxruntime/libonnxruntime.so";

/// The ONNX Runtime library that was (or would be) loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeInfo {
    /// Path of the shared library.
    pub path: PathBuf,
    /// Its version (from the cache's `VERSION` file or the build string).
    pub version: String,
}

/// Finds the ONNX Runtime library: `$FACTSIFT_ORT_LIB`, else
/// `./.cache/onnxruntime/libonnxruntime.so`, else the same under the source
/// tree this crate was built from.
pub fn library_path() -> anyhow::Result<PathBuf> {
    if let Some(p) = std::env::var_os(ORT_LIB_ENV).filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        anyhow::ensure!(
            p.is_file(),
            "{ORT_LIB_ENV}={} is not a file; point it at libonnxruntime.so (ONNX Runtime >= 1.31)",
            p.display()
        );
        return Ok(p);
    }
    let candidates = [
        PathBuf::from(CACHE_LIB),
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(CACHE_LIB),
    ];
    candidates
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .ok_or_else(|| {
            anyhow::anyhow!(
                "ONNX Runtime library not found (looked in {} and {}); run scripts/fetch-onnxruntime.sh or set {ORT_LIB_ENV}",
                candidates[0].display(),
                candidates[1].display()
            )
        })
}

struct Loaded {
    env: ort::environment::Environment,
    info: RuntimeInfo,
}

/// Loads the library once per process and returns the shared environment.
fn loaded() -> anyhow::Result<&'static Loaded> {
    static LOADED: OnceLock<Result<Loaded, String>> = OnceLock::new();
    LOADED
        .get_or_init(|| load().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn load() -> anyhow::Result<Loaded> {
    let path = library_path()?;
    let builder = ort::init_from(&path)
        .map_err(|e| anyhow::anyhow!("loading ONNX Runtime from {}: {e}", path.display()))?;
    let env = builder
        .with_name("factsift")
        .with_telemetry(false)
        .build()
        .map_err(|e| anyhow::anyhow!("starting ONNX Runtime: {e}"))?;
    let version = version_near(&path).unwrap_or_else(|| version_from_build(ort::info()));
    Ok(Loaded {
        env,
        info: RuntimeInfo { path, version },
    })
}

/// The version written by the fetch script beside the library.
fn version_near(lib: &Path) -> Option<String> {
    let dir = std::fs::canonicalize(lib).ok()?.parent()?.to_path_buf();
    let v = std::fs::read_to_string(dir.join("VERSION")).ok()?;
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// The version in ONNX Runtime's build string (`git-branch=rel-1.32.0`).
fn version_from_build(build: &str) -> String {
    build
        .split([',', ' '])
        .find_map(|part| part.trim().strip_prefix("git-branch=rel-"))
        .unwrap_or("unknown")
        .to_string()
}

/// The loaded runtime's path and version (loads it if needed).
pub fn runtime_info() -> anyhow::Result<RuntimeInfo> {
    Ok(loaded()?.info.clone())
}

/// A token-classification model: one or more ONNX Runtime sessions of it,
/// taking `input_ids`, `attention_mask` and (when the graph has it)
/// `token_type_ids`, giving `[batch, seq, classes]` logits. Calls from several
/// threads run on different sessions at once.
pub struct Classifier {
    sessions: Vec<Mutex<Session>>,
    next: AtomicUsize,
    with_type_ids: bool,
}

impl Classifier {
    /// Loads `model.onnx` as one session with `threads` intra-op threads
    /// (0 = ONNX Runtime's default), for callers that run one batch at a
    /// time.
    pub fn load(model: &Path, threads: usize) -> anyhow::Result<Classifier> {
        Classifier::with_sessions(model, 1, threads)
    }

    /// Loads `model.onnx` as `threads` single-threaded sessions (0 = one per
    /// core, at most 8), for callers that run batches from several threads:
    /// with one window per call, two single-threaded sessions ran the
    /// default model 1.2× faster than one session on two threads here.
    pub fn load_parallel(model: &Path, threads: usize) -> anyhow::Result<Classifier> {
        let n = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        };
        Classifier::with_sessions(model, n.clamp(1, 8), 1)
    }

    fn with_sessions(model: &Path, count: usize, threads: usize) -> anyhow::Result<Classifier> {
        let loaded = loaded()?;
        let err = |e: ort::Error<ort::session::builder::SessionBuilder>| {
            anyhow::anyhow!("configuring ONNX Runtime session: {e}")
        };
        // sessions are built at once: each one's graph optimization takes
        // a core for a while
        let sessions: Vec<Session> = (0..count)
            .into_par_iter()
            .map(|_| {
                let mut builder = Session::builder(&loaded.env)
                    .map_err(|e| anyhow::anyhow!("creating ONNX Runtime session: {e}"))?
                    .with_intra_op_spinning(false)
                    .map_err(err)?
                    .with_inter_threads(1)
                    .map_err(err)?;
                if threads > 0 {
                    builder = builder.with_intra_threads(threads).map_err(err)?;
                }
                builder
                    .commit_from_file(model)
                    .map_err(|e| anyhow::anyhow!("loading model {}: {e}", model.display()))
            })
            .collect::<anyhow::Result<_>>()?;
        let session = &sessions[0];
        let names: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        for needed in ["input_ids", "attention_mask"] {
            anyhow::ensure!(
                names.contains(&needed),
                "model {} has no `{needed}` input (inputs: {names:?})",
                model.display()
            );
        }
        let with_type_ids = names.contains(&"token_type_ids");
        anyhow::ensure!(
            !session.outputs().is_empty(),
            "model {} has no output",
            model.display()
        );
        Ok(Classifier {
            sessions: sessions.into_iter().map(Mutex::new).collect(),
            next: AtomicUsize::new(0),
            with_type_ids,
        })
    }

    /// A free session, else the next one in turn (waiting for it).
    fn session(&self) -> anyhow::Result<std::sync::MutexGuard<'_, Session>> {
        for s in &self.sessions {
            if let Ok(guard) = s.try_lock() {
                return Ok(guard);
            }
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.sessions.len();
        self.sessions[i]
            .lock()
            .map_err(|_| anyhow::anyhow!("ONNX Runtime session poisoned by an earlier panic"))
    }

    /// Runs a padded batch of `rows` sequences of length `seq`: `ids`,
    /// `mask` and `type_ids` are row-major `rows * seq` values. `type_ids`
    /// is used when the graph has that input (zeros when `None`).
    pub fn run(
        &self,
        ids: Vec<i64>,
        mask: Vec<i64>,
        type_ids: Option<Vec<i64>>,
        rows: usize,
        seq: usize,
    ) -> anyhow::Result<Logits> {
        anyhow::ensure!(
            ids.len() == rows * seq
                && mask.len() == rows * seq
                && type_ids.as_ref().is_none_or(|t| t.len() == rows * seq),
            "batch shape mismatch"
        );
        let shape = [rows, seq];
        let type_ids = self
            .with_type_ids
            .then(|| type_ids.unwrap_or_else(|| vec![0i64; rows * seq]));
        let ids = Tensor::from_array((shape, ids)).context("input_ids tensor")?;
        let mask = Tensor::from_array((shape, mask)).context("attention_mask tensor")?;
        let mut session = self.session()?;
        let outputs = match type_ids {
            Some(t) => {
                let t = Tensor::from_array((shape, t)).context("token_type_ids tensor")?;
                session.run(ort::inputs![
                    "input_ids" => ids,
                    "attention_mask" => mask,
                    "token_type_ids" => t
                ])
            }
            None => session.run(ort::inputs!["input_ids" => ids, "attention_mask" => mask]),
        }
        .context("running the model")?;
        let (out_shape, values) = outputs[0]
            .try_extract_tensor::<f32>()
            .context("reading logits")?;
        let dims: Vec<i64> = out_shape.iter().copied().collect();
        anyhow::ensure!(
            dims.len() == 3 && dims[0] as usize == rows && dims[1] as usize == seq,
            "model output has shape {dims:?}, expected [{rows}, {seq}, classes]"
        );
        Ok(Logits {
            values: values.to_vec(),
            seq,
            classes: dims[2] as usize,
        })
    }
}

impl TokenClassifier for Classifier {
    fn classify(
        &self,
        ids: Vec<i64>,
        mask: Vec<i64>,
        type_ids: Option<Vec<i64>>,
        rows: usize,
        seq: usize,
    ) -> anyhow::Result<Logits> {
        self.run(ids, mask, type_ids, rows, seq)
    }

    fn describe(&self) -> serde_json::Value {
        match runtime_info() {
            Ok(info) => {
                serde_json::json!({ "onnxruntime": { "version": info.version, "library": info.path.display().to_string() } })
            }
            Err(e) => serde_json::json!({ "onnxruntime": format!("{e:#}") }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_read_from_the_build_string() {
        let s = "ORT Build Info: git-branch=rel-1.32.0, git-commit-id=abc, build type=Release";
        assert_eq!(version_from_build(s), "1.32.0");
        assert_eq!(version_from_build("nothing"), "unknown");
    }
}
