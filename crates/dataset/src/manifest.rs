//! `manifest.json`: what a run did, with which tools, settings and inputs.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::atomic::write_atomic;

pub use crate::schema::SCHEMA_VERSION;

/// Where the manifest of a run lives: `manifest.json`, or
/// `manifest.shard-<i>-of-<n>.json` for a sharded run so that shards
/// running at the same time never write the same file.
pub fn manifest_path(root: &Path, shard_index: u32, shard_count: u32) -> PathBuf {
    if shard_count <= 1 {
        root.join("manifest.json")
    } else {
        root.join(format!(
            "manifest.shard-{shard_index}-of-{shard_count}.json"
        ))
    }
}

/// Writes the manifest atomically: `run` is this run's record; earlier
/// runs recorded in an existing manifest are kept under `runs`.
pub fn write_manifest(path: &Path, run: Value) -> anyhow::Result<()> {
    let mut runs: Vec<Value> = std::fs::read_to_string(path)
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .and_then(|v| v.get("runs").and_then(Value::as_array).cloned())
        .unwrap_or_default();
    runs.push(run.clone());
    let manifest = json!({
        "schema_version": SCHEMA_VERSION,
        "tool": "factsift",
        "tool_version": env!("CARGO_PKG_VERSION"),
        "latest": run,
        "runs": runs,
    });
    write_atomic(path, |out| {
        serde_json::to_writer_pretty(&mut *out, &manifest)?;
        Ok(())
    })
}
