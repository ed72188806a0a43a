//! `factsift models list|verify` and the choice of model for `run`.

use std::path::PathBuf;
use std::process::ExitCode;

use factsift_entities::model;

/// The model folder `run --model VALUE` uses: `none` → no entities stage,
/// `auto` → the default model when found, else the first model found (or
/// none, with a warning unless quiet),
/// anything else → that name or folder (an error when it cannot be found).
pub fn choose(value: &str, quiet: bool) -> anyhow::Result<Option<PathBuf>> {
    match value {
        "none" => Ok(None),
        "auto" => {
            let usable: Vec<_> = model::list()
                .into_iter()
                .filter(|m| m.problem.is_none())
                .collect();
            let found = usable
                .iter()
                .position(|m| m.name == model::DEFAULT_MODEL)
                .or((!usable.is_empty()).then_some(0))
                .map(|i| usable[i].clone());
            if found.is_none() && !quiet {
                eprintln!(
                    "factsift: warning: no NER model found in {}; the entities stage is skipped (run `make deps`, or pass --model DIR)",
                    searched()
                );
            }
            Ok(found.map(|m| m.path))
        }
        other => model::resolve(other).map(Some),
    }
}

/// The model folders searched, for messages.
fn searched() -> String {
    model::search_dirs()
        .iter()
        .map(|d| d.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints the models found.
pub fn list() -> ExitCode {
    let models = model::list();
    if models.is_empty() {
        println!("no models found in {}", searched());
        return ExitCode::SUCCESS;
    }
    for m in models {
        let labels: Vec<&str> = m.labels.iter().map(|l| l.as_str()).collect();
        match &m.problem {
            None => println!(
                "{:<20} {:>8.1} MB  {}  [{}]",
                m.name,
                m.size_bytes as f64 / 1e6,
                m.path.display(),
                labels.join(", ")
            ),
            Some(p) => println!("{:<20} unusable: {p}  ({})", m.name, m.path.display()),
        }
    }
    ExitCode::SUCCESS
}

/// Loads, hash-checks and runs a model; exit 1 when anything fails.
pub fn verify(name: Option<&str>) -> anyhow::Result<ExitCode> {
    let path = match name {
        Some(n) => model::resolve(n)?,
        None => choose("auto", true)?.ok_or_else(|| {
            anyhow::anyhow!("no model found; run `make deps` or pass a model folder")
        })?,
    };
    let v = model::verify(&path)?;
    println!("model:    {} ({})", v.name, path.display());
    println!(
        "runtime:  ONNX Runtime {} ({})",
        v.runtime.version,
        v.runtime.path.display()
    );
    for (file, hash) in &v.hashes {
        let mark = if v.mismatched.contains(file) {
            "MISMATCH"
        } else if v.sums_checked {
            "ok"
        } else {
            "unchecked"
        };
        println!("file:     {file:<16} {hash}  {mark}");
    }
    println!("sentence: {}", v.sentence);
    for (text, label, score) in &v.mentions {
        println!("mention:  {text:<24} {:<8} {score:.3}", label.as_str());
    }
    Ok(if v.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::EXIT_NOTHING_PROCESSED)
    })
}
