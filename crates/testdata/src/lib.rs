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

/// CPU seconds the calling thread spends in `f`: time other processes take
/// on a busy machine does not count, unlike wall-clock time.
pub fn thread_cpu_seconds(f: impl FnOnce()) -> f64 {
    let before = thread_cpu_now();
    f();
    thread_cpu_now() - before
}

#[cfg(unix)]
fn thread_cpu_now() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec for the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

#[cfg(not(unix))]
fn thread_cpu_now() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
}

/// Asserts that `run` grows linearly: on `large`, an input four times the
/// size of `small`, it must take less than 8× the CPU time (about 4× when
/// linear, 16× when quadratic). Each size runs five times, in turn, and the
/// fastest run of each counts.
pub fn assert_linear<I: ?Sized>(what: &str, small: &I, large: &I, run: impl Fn(&I)) {
    let mut best = [f64::INFINITY; 2];
    for _ in 0..5 {
        for (input, best) in [small, large].into_iter().zip(best.iter_mut()) {
            *best = best.min(thread_cpu_seconds(|| run(input)));
        }
    }
    let [small, large] = best;
    let ratio = large / small.max(1e-9);
    eprintln!("{what}: 4x the input took {ratio:.1}x the CPU time ({small:.4} s, {large:.4} s)");
    assert!(
        ratio < 8.0,
        "{what}: 4x the input took {ratio:.1}x the CPU time ({small:.4} s, {large:.4} s)"
    );
}

/// A distinct, letters-only word for each `i`: `prefix` then `i` in base 26
/// ("Qa", "Qb"… for prefix "Q"), for synthetic documents of many names.
pub fn letters_word(prefix: &str, mut i: usize) -> String {
    let mut word = prefix.to_string();
    loop {
        word.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return word;
        }
    }
}
