//! Accuracy evaluation on the shared evaluation sets (`make eval`).
//!
//! Each section reads one set from the shared corpora folder, scores the
//! pipeline on it and returns [`Figure`]s; [`run`] prints them. A set that
//! is absent is reported as skipped, never as a failure, so the project
//! builds and tests without the shared data.

mod claims;
mod compare;
mod compare_gold;
mod entities;
mod numbers;
mod sbd;

use std::path::{Path, PathBuf};

use anyhow::Context;

/// One measured figure, with the target it is held to (if any).
#[derive(Debug, Clone)]
pub struct Figure {
    /// What was measured, e.g. `golden rules EN (exact cases)`.
    pub name: String,
    /// The measured value.
    pub value: f64,
    /// The minimum the issue asks for, when there is one.
    pub target: Option<f64>,
    /// Free text, e.g. `47/48`.
    pub detail: String,
}

impl Figure {
    /// A figure with a minimum target.
    pub fn with_target(name: &str, value: f64, target: f64, detail: String) -> Self {
        Figure {
            name: name.to_string(),
            value,
            target: Some(target),
            detail,
        }
    }

    /// A figure reported without a target.
    pub fn info(name: &str, value: f64, detail: String) -> Self {
        Figure {
            name: name.to_string(),
            value,
            target: None,
            detail,
        }
    }

    /// True when there is no target or the value meets it.
    pub fn meets_target(&self) -> bool {
        self.target.is_none_or(|t| self.value >= t - 1e-12)
    }
}

/// Where the shared data lives: the seed article and the evaluation sets.
#[derive(Debug, Clone)]
pub struct SharedData {
    root: PathBuf,
}

impl SharedData {
    /// Uses `root` (normally `../shared`).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SharedData { root: root.into() }
    }

    /// Path of an evaluation set's `normalized.jsonl`, or `None` when absent.
    pub fn eval_set(&self, name: &str) -> Option<PathBuf> {
        let p = self
            .root
            .join("corpora/eval")
            .join(name)
            .join("normalized.jsonl");
        p.is_file().then_some(p)
    }

    /// Path of a file of an evaluation set (`corpora/eval/NAME/FILE`), or
    /// `None` when absent.
    pub fn eval_file(&self, name: &str, file: &str) -> Option<PathBuf> {
        let p = self.root.join("corpora/eval").join(name).join(file);
        p.is_file().then_some(p)
    }

    /// Path of a file of a training set (`corpora/train/NAME/FILE`), or
    /// `None` when absent.
    pub fn train_file(&self, name: &str, file: &str) -> Option<PathBuf> {
        let p = self.root.join("corpora/train").join(name).join(file);
        p.is_file().then_some(p)
    }

    /// The seed article's text, or `None` when absent.
    pub fn seed(&self) -> Option<(PathBuf, String)> {
        factsift_testdata::seed_in(&self.root)
    }
}

/// Reads a JSON Lines file into values.
pub fn read_jsonl(path: &Path) -> anyhow::Result<Vec<serde_json::Value>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), i + 1))
        })
        .collect()
}

/// An evaluation section: a name and the function that scores it. The
/// function returns `Ok(None)` when its data is absent.
pub type Section = (
    &'static str,
    fn(&SharedData) -> anyhow::Result<Option<Vec<Figure>>>,
);

/// Every section, in printing order.
pub fn sections() -> Vec<Section> {
    [
        sbd::SECTIONS,
        entities::SECTIONS,
        numbers::SECTIONS,
        claims::SECTIONS,
        compare::SECTIONS,
    ]
    .concat()
}

/// The exit status of `factsift-eval` after a run in which `missed` figures
/// fell below their target: 0 when every figure met its target, 1 when any
/// missed (so `make eval` fails); errors reading the data exit 2.
pub fn exit_status(missed: usize) -> u8 {
    u8::from(missed > 0)
}

/// The exit status of `factsift-eval` when the evaluation could not run.
pub const EXIT_ERROR: u8 = 2;

/// Runs the sections whose name contains `only` (all when `None`), prints the
/// figures and returns how many figures missed their target.
pub fn run(shared: &SharedData, only: Option<&str>) -> anyhow::Result<usize> {
    let mut missed = 0;
    for (name, section) in sections() {
        if only.is_some_and(|o| !name.contains(o)) {
            continue;
        }
        println!("== {name}");
        match section(shared)? {
            None => println!("   skipped: data not found under {}", shared.root.display()),
            Some(figures) => {
                for f in figures {
                    let mark = match (f.target, f.meets_target()) {
                        (None, _) => "    ".to_string(),
                        (Some(_), true) => "ok  ".to_string(),
                        (Some(_), false) => {
                            missed += 1;
                            "MISS".to_string()
                        }
                    };
                    let target = f
                        .target
                        .map(|t| format!(" (target >= {t})"))
                        .unwrap_or_default();
                    println!(
                        "   {mark} {:<48} {:>8.4}{target}  {}",
                        f.name, f.value, f.detail
                    );
                }
            }
        }
    }
    Ok(missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missed_target_fails_the_evaluation() {
        assert_eq!(exit_status(0), 0);
        assert_eq!(exit_status(1), 1);
        assert_eq!(exit_status(7), 1);
        assert_ne!(EXIT_ERROR, 0);
        let missed = Figure::with_target("x", 0.5, 0.9, String::new());
        let met = Figure::with_target("y", 0.95, 0.9, String::new());
        let info = Figure::info("z", 0.1, String::new());
        let count = [missed, met, info]
            .iter()
            .filter(|f| !f.meets_target())
            .count();
        assert_eq!(exit_status(count), 1);
    }
}
