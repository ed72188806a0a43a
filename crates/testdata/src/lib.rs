//! Where the tests of every crate find the data beside the repository: the
//! shared folder (`../shared`: the seed article, the evaluation sets) and the
//! bundled corpus. Only tests and dev tools depend on this crate.

use std::path::{Path, PathBuf};

/// The repository root (this crate is `crates/testdata` in it).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared folder: `$FACTSIFT_SHARED`, else `../shared` beside the repository.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("FACTSIFT_SHARED") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => repo_root().join("../shared"),
    }
}

/// The seed article (the first `.txt` under `shared/seeds/`) with its path,
/// or `None` when the shared folder is absent.
pub fn seed() -> Option<(PathBuf, String)> {
    seed_in(&shared_dir())
}

/// The seed article of the shared folder `shared` (the first `.txt` under
/// `seeds/`) with its path.
pub fn seed_in(shared: &Path) -> Option<(PathBuf, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(shared.join("seeds"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let path = paths.into_iter().next()?;
    let text = std::fs::read_to_string(&path).ok()?;
    Some((path, text))
}

/// The bundled corpus folder (`corpora/`).
pub fn corpus_dir() -> PathBuf {
    repo_root().join("corpora")
}
