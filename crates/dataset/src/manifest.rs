//! `manifest.json`: what a run did, with which tools, settings and inputs.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
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
/// runs recorded in an existing manifest are kept under `runs`. A manifest
/// that cannot be read is kept beside it (`manifest.json.broken`) rather
/// than overwritten, so no history is lost without a trace.
pub fn write_manifest(path: &Path, run: Value) -> anyhow::Result<()> {
    let mut runs = earlier_runs(path)?;
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

/// The runs an existing manifest records; none when there is no manifest.
/// A manifest that is not the JSON a run writes is moved aside first.
fn earlier_runs(path: &Path) -> anyhow::Result<Vec<Value>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let runs = serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v.get("runs").and_then(Value::as_array).cloned());
    if let Some(runs) = runs {
        return Ok(runs);
    }
    let aside = free_name(&path.with_extension("json.broken"));
    std::fs::rename(path, &aside)
        .with_context(|| format!("moving the unreadable {} aside", path.display()))?;
    eprintln!(
        "warning: {} could not be read; it was kept as {} and a new manifest written",
        path.display(),
        aside.display()
    );
    Ok(Vec::new())
}

/// `path`, or `path.1`, `path.2`… when it is taken.
fn free_name(path: &Path) -> PathBuf {
    let mut candidate = path.to_path_buf();
    let mut n = 0;
    while candidate.exists() {
        n += 1;
        candidate = PathBuf::from(format!("{}.{n}", path.display()));
    }
    candidate
}

/// Refuses to add to a run folder whose manifests record another schema
/// version: its tables would mix two layouts that no reader accepts.
pub fn check_schema_version(root: &Path) -> anyhow::Result<()> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("manifest") && name.ends_with(".json")) {
            continue;
        }
        let recorded = std::fs::read_to_string(&path)
            .ok()
            .and_then(|s| serde_json::from_str::<Value>(&s).ok())
            .and_then(|v| v.get("schema_version").and_then(Value::as_u64));
        if let Some(version) = recorded.filter(|&v| v != u64::from(SCHEMA_VERSION)) {
            bail!(
                "{} records dataset schema version {version}, and this factsift writes version \
                 {SCHEMA_VERSION}: write to a new --out folder, or rebuild this one with --force",
                path.display()
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("factsift-manifest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    #[test]
    fn runs_accumulate_and_a_broken_manifest_is_kept_aside() {
        let dir = scratch("broken");
        let path = dir.join("manifest.json");
        write_manifest(&path, json!({"run_id": "a"})).expect("first");
        write_manifest(&path, json!({"run_id": "b"})).expect("second");
        let read =
            |p: &Path| serde_json::from_str::<Value>(&std::fs::read_to_string(p).unwrap()).unwrap();
        assert_eq!(read(&path)["runs"].as_array().unwrap().len(), 2);
        std::fs::write(&path, "{\"runs\": [").expect("break it");
        write_manifest(&path, json!({"run_id": "c"})).expect("after break");
        assert_eq!(read(&path)["runs"].as_array().unwrap().len(), 1);
        let aside = dir.join("manifest.json.broken");
        assert_eq!(std::fs::read_to_string(aside).unwrap(), "{\"runs\": [");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_folder_of_another_schema_version_is_refused() {
        let dir = scratch("version");
        check_schema_version(&dir).expect("empty folder");
        write_manifest(&dir.join("manifest.shard-0-of-2.json"), json!({})).expect("write");
        check_schema_version(&dir).expect("same version");
        let old = json!({"schema_version": SCHEMA_VERSION + 1, "runs": []});
        std::fs::write(dir.join("manifest.json"), old.to_string()).expect("write");
        let err = check_schema_version(&dir).expect_err("other version");
        assert!(format!("{err}").contains("new --out folder"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
