//! Locks on an output folder, so that two runs never write one partition
//! at the same time.
//!
//! Every run holds `OUT/.lock`: exclusively when it is unsharded (it may
//! rebuild or clean up every partition), shared when it runs one shard
//! (`--shard i/N`), so that the N shards of one job can fill the folder at
//! the same time. A sharded run also holds `OUT/.lock.shard=i` exclusively,
//! which keeps a second run of the same shard out. The one step that writes
//! across shards, the `aliases` table, holds `OUT/.lock.aliases` while it
//! runs (a short wait, never a refusal).
//!
//! The locks are the operating system's advisory file locks (`flock`): the
//! kernel releases them when the holding process ends, however it ends, so
//! a lock file left by a crashed or killed run never blocks the next one.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// The locks a run holds on its output folder; released when dropped (or
/// when the process ends).
#[derive(Debug)]
pub struct OutputLock {
    _files: Vec<File>,
}

/// How a lock is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Shared,
    Exclusive,
}

/// The lock file of the whole folder.
pub fn folder_lock_path(root: &Path) -> PathBuf {
    root.join(".lock")
}

/// The lock file of the partition `shard=<index>`.
pub fn shard_lock_path(root: &Path, index: u32) -> PathBuf {
    root.join(format!(".lock.shard={index}"))
}

/// The lock file of the cross-shard `aliases` step.
pub fn aliases_lock_path(root: &Path) -> PathBuf {
    root.join(".lock.aliases")
}

/// Takes the locks of a run writing shard `index` of `count` into `root`,
/// or fails at once with a message naming the lock when another run holds
/// it.
pub fn lock_for_run(root: &Path, index: u32, count: u32) -> anyhow::Result<OutputLock> {
    let mut files = Vec::new();
    if count <= 1 {
        files.push(try_lock(&folder_lock_path(root), Mode::Exclusive, root)?);
    } else {
        files.push(try_lock(&folder_lock_path(root), Mode::Shared, root)?);
        files.push(try_lock(
            &shard_lock_path(root, index),
            Mode::Exclusive,
            root,
        )?);
    }
    Ok(OutputLock { _files: files })
}

/// Takes the `aliases` lock of `root`, waiting while another run holds it.
pub fn lock_aliases(root: &Path) -> anyhow::Result<OutputLock> {
    let path = aliases_lock_path(root);
    let file = open(&path)?;
    match file.lock() {
        Ok(()) => Ok(OutputLock { _files: vec![file] }),
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => {
            warn_unsupported(&path);
            Ok(OutputLock { _files: vec![file] })
        }
        Err(e) => Err(e).with_context(|| format!("locking {}", path.display())),
    }
}

fn open(path: &Path) -> anyhow::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .with_context(|| format!("opening lock file {}", path.display()))
}

fn try_lock(path: &Path, mode: Mode, root: &Path) -> anyhow::Result<File> {
    let mut file = open(path)?;
    let result = match mode {
        Mode::Shared => file.try_lock_shared(),
        Mode::Exclusive => file.try_lock(),
    };
    match result {
        Ok(()) => {
            record_holder(&mut file, mode);
            Ok(file)
        }
        Err(TryLockError::WouldBlock) => Err(held_elsewhere(path, root)),
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            warn_unsupported(path);
            Ok(file)
        }
        Err(TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("locking {}", path.display()))
        }
    }
}

/// Writes this process's id into a lock file it holds exclusively, so that
/// a refused run can say who holds the lock; a shared holder empties the
/// file instead (it has several holders, and the id there is stale).
fn record_holder(file: &mut File, mode: Mode) {
    let _ = file.set_len(0);
    if mode == Mode::Exclusive {
        let _ = writeln!(file, "{}", std::process::id());
    }
}

fn held_elsewhere(path: &Path, root: &Path) -> anyhow::Error {
    let holder = std::fs::read_to_string(path)
        .ok()
        .and_then(|s| s.trim().parse::<u32>().ok())
        .map(|pid| format!(" (pid {pid})"))
        .unwrap_or_default();
    anyhow::anyhow!(
        "another factsift run{holder} is writing to {} (it holds the lock {}); \
         wait for it to finish or write to another --out (shards of one job \
         may run at the same time: --shard i/N)",
        root.display(),
        path.display()
    )
}

fn warn_unsupported(path: &Path) {
    eprintln!(
        "factsift: warning: file locks are not supported where {} lives; \
         make sure no other run writes to this output folder at the same time",
        path.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("factsift-lock-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create dir");
        dir
    }

    #[test]
    fn shards_share_the_folder_but_not_a_partition() {
        let root = dir("shards");
        let zero = lock_for_run(&root, 0, 2).expect("shard 0");
        let one = lock_for_run(&root, 1, 2).expect("shard 1 beside shard 0");
        let again = lock_for_run(&root, 1, 2).expect_err("shard 1 twice");
        assert!(format!("{again:#}").contains(".lock.shard=1"), "{again:#}");
        let whole = lock_for_run(&root, 0, 1).expect_err("unsharded beside shards");
        assert!(
            format!("{whole:#}").contains("another factsift run"),
            "{whole:#}"
        );
        drop((zero, one));
        let whole = lock_for_run(&root, 0, 1).expect("unsharded once shards are done");
        let shard = lock_for_run(&root, 0, 2).expect_err("shard beside unsharded");
        assert!(
            format!("{shard:#}").contains(&format!("(pid {})", std::process::id())),
            "{shard:#}"
        );
        drop(whole);
        let _ = std::fs::remove_dir_all(&root);
    }
}
