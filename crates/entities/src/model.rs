//! A model folder and the `models list` / `models verify` logic.
//!
//! A model is a folder holding `model.onnx`, `tokenizer.json` and
//! `config.json` (with `id2label`): what `optimum-cli export onnx` writes for
//! any Hugging Face token-classification model. An optional `SHA256SUMS`
//! (the `sha256sum` format) lets `verify` check the files. A model is named
//! by its folder path, or by its folder name under one of the search
//! folders ([`search_dirs`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::labels::{Label, LabelSet};

/// The model file inside a model folder.
pub const MODEL_FILE: &str = "model.onnx";
/// The tokenizer file inside a model folder.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// The configuration file inside a model folder.
pub const CONFIG_FILE: &str = "config.json";
/// The optional checksum file inside a model folder.
pub const SUMS_FILE: &str = "SHA256SUMS";
/// The default English model, trained by `make model` and kept in
/// `models/`; `--model auto` prefers it.
pub const DEFAULT_MODEL: &str = "factsift-ner-en";
/// Environment variable naming one more folder of models.
pub const MODELS_ENV: &str = "FACTSIFT_MODELS";

/// A model folder whose files exist and whose configuration parses.
#[derive(Debug, Clone)]
pub struct ModelDir {
    /// The folder's name, used as the model's name.
    pub name: String,
    /// The folder.
    pub path: PathBuf,
    /// `id2label` from `config.json`.
    pub id2label: BTreeMap<usize, String>,
    /// `max_position_embeddings` from `config.json`, when given.
    pub max_positions: Option<usize>,
    /// What the model reads as `token_type_ids`.
    pub token_types: TokenTypes,
    /// `factsift_window_tokens` from `config.json`: the window size (sub-word
    /// tokens, without special tokens) the stage uses for this model instead
    /// of its default.
    pub window_tokens: Option<usize>,
}

/// What a model reads as `token_type_ids` (`factsift_token_types` in
/// `config.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenTypes {
    /// All zeros (any Hugging Face export; the default).
    #[default]
    Zeros,
    /// The shape class of each token's word
    /// ([`super::tokenize::word_shape`]); 0 for special and padding tokens.
    WordShape,
}

impl TokenTypes {
    fn from_config(config: &serde_json::Value) -> anyhow::Result<TokenTypes> {
        match config.get("factsift_token_types") {
            None | Some(serde_json::Value::Null) => Ok(TokenTypes::Zeros),
            Some(v) => match v.as_str() {
                Some("zeros") => Ok(TokenTypes::Zeros),
                Some("word_shape") => Ok(TokenTypes::WordShape),
                _ => anyhow::bail!(
                    "factsift_token_types is {v}; this version knows \"zeros\" and \"word_shape\""
                ),
            },
        }
    }
}

impl ModelDir {
    /// Opens a model folder, checking that its three files are there and
    /// that `config.json` has a usable `id2label`.
    pub fn open(path: &Path) -> anyhow::Result<ModelDir> {
        anyhow::ensure!(
            path.is_dir(),
            "model folder {} does not exist (expected a folder with {MODEL_FILE}, {TOKENIZER_FILE} and {CONFIG_FILE})",
            path.display()
        );
        for file in [MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE] {
            anyhow::ensure!(
                path.join(file).is_file(),
                "model folder {} has no {file}",
                path.display()
            );
        }
        let config_path = path.join(CONFIG_FILE);
        let text = std::fs::read_to_string(&config_path)
            .with_context(|| format!("reading {}", config_path.display()))?;
        let config: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("parsing {}", config_path.display()))?;
        let map = config
            .get("id2label")
            .and_then(|v| v.as_object())
            .ok_or_else(|| anyhow::anyhow!("{} has no id2label object", config_path.display()))?;
        let mut id2label = BTreeMap::new();
        for (id, label) in map {
            let id: usize = id.parse().with_context(|| {
                format!(
                    "{}: id2label key {id:?} is not a number",
                    config_path.display()
                )
            })?;
            let label = label.as_str().ok_or_else(|| {
                anyhow::anyhow!("{}: id2label[{id}] is not a string", config_path.display())
            })?;
            id2label.insert(id, label.to_string());
        }
        LabelSet::from_id2label(&id2label).with_context(|| format!("{}", config_path.display()))?;
        let max_positions = config
            .get("max_position_embeddings")
            .and_then(|v| v.as_u64())
            .map(|v| v as usize);
        let window_tokens = config
            .get("factsift_window_tokens")
            .and_then(|v| v.as_u64())
            .map(|v| v as usize);
        let token_types = TokenTypes::from_config(&config)
            .with_context(|| format!("{}", config_path.display()))?;
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let name = canonical
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "model".to_string());
        Ok(ModelDir {
            name,
            path: path.to_path_buf(),
            id2label,
            max_positions,
            token_types,
            window_tokens,
        })
    }

    /// The parsed label set.
    pub fn labels(&self) -> anyhow::Result<LabelSet> {
        LabelSet::from_id2label(&self.id2label)
    }

    /// The sha256 of each of the model's files, by file name.
    pub fn file_hashes(&self) -> anyhow::Result<BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        for file in [MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE] {
            out.insert(file.to_string(), sha256_file(&self.path.join(file))?);
        }
        Ok(out)
    }

    /// Checks the files listed in `SHA256SUMS`, if the folder has one:
    /// returns the names that differ (empty when all match or there is no
    /// such file) and whether the file exists.
    pub fn check_sums(&self) -> anyhow::Result<(bool, Vec<String>)> {
        let sums = self.path.join(SUMS_FILE);
        if !sums.is_file() {
            return Ok((false, Vec::new()));
        }
        let text = std::fs::read_to_string(&sums)
            .with_context(|| format!("reading {}", sums.display()))?;
        let mut bad = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let mut parts = line.split_whitespace();
            let (Some(expected), Some(file)) = (parts.next(), parts.next()) else {
                bad.push(format!("malformed line {line:?}"));
                continue;
            };
            let file = file.trim_start_matches('*');
            let path = self.path.join(file);
            match sha256_file(&path) {
                Ok(got) if got.eq_ignore_ascii_case(expected) => {}
                Ok(_) => bad.push(file.to_string()),
                Err(_) => bad.push(format!("{file} (missing)")),
            }
        }
        Ok((true, bad))
    }
}

/// The sha256 of a file, in hex.
pub fn sha256_file(path: &Path) -> anyhow::Result<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f
            .read(&mut buf)
            .with_context(|| format!("reading {}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The folders searched for a model given by name, in order:
/// `$FACTSIFT_MODELS`, `./models`, `./.cache/models`, then the same two
/// under the source tree this crate was built from.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(d) = std::env::var_os(MODELS_ENV).filter(|d| !d.is_empty()) {
        dirs.push(PathBuf::from(d));
    }
    // The workspace root: this crate is `crates/entities` in it.
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    for base in [Path::new("."), src] {
        for sub in ["models", ".cache/models"] {
            let d = base.join(sub);
            if !dirs.contains(&d) {
                dirs.push(d);
            }
        }
    }
    dirs
}

/// Resolves `--model NAME|DIR`: an existing folder is used as it is; a name
/// is looked up in the search folders.
pub fn resolve(name_or_dir: &str) -> anyhow::Result<PathBuf> {
    let as_path = Path::new(name_or_dir);
    if as_path.is_dir() {
        return Ok(as_path.to_path_buf());
    }
    let looks_like_path = name_or_dir.contains('/') || name_or_dir.starts_with('.');
    if !looks_like_path && !name_or_dir.is_empty() {
        for dir in search_dirs() {
            let candidate = dir.join(name_or_dir);
            if candidate.join(MODEL_FILE).is_file() {
                return Ok(candidate);
            }
        }
    }
    let known: Vec<String> = list().into_iter().map(|m| m.name).collect();
    anyhow::bail!(
        "model {name_or_dir:?} not found: not a folder, and not a model name under {} (known: {}); the default model is {DEFAULT_MODEL} in the project's models/ folder",
        search_dirs()
            .iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        if known.is_empty() { "none".to_string() } else { known.join(", ") }
    )
}

/// What `models list` shows for one model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelSummary {
    /// The model's name (its folder name).
    pub name: String,
    /// Its folder.
    pub path: PathBuf,
    /// Schema labels it can produce; empty when the folder is broken.
    pub labels: Vec<Label>,
    /// Size of `model.onnx` in bytes.
    pub size_bytes: u64,
    /// Why the folder cannot be used, when it cannot.
    pub problem: Option<String>,
}

/// Every model folder in the search folders (first one wins for a name),
/// sorted by name.
pub fn list() -> Vec<ModelSummary> {
    let mut seen = BTreeMap::new();
    for dir in search_dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.join(MODEL_FILE).is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if seen.contains_key(&name) {
                continue;
            }
            let size_bytes = std::fs::metadata(path.join(MODEL_FILE)).map_or(0, |m| m.len());
            let summary = match ModelDir::open(&path).and_then(|m| m.labels()) {
                Ok(labels) => ModelSummary {
                    name: name.clone(),
                    path,
                    labels: labels.schema_labels(),
                    size_bytes,
                    problem: None,
                },
                Err(e) => ModelSummary {
                    name: name.clone(),
                    path,
                    labels: Vec::new(),
                    size_bytes,
                    problem: Some(format!("{e:#}")),
                },
            };
            seen.insert(name, summary);
        }
    }
    seen.into_values().collect()
}

/// The result of `models verify`.
#[derive(Debug, Clone)]
pub struct Verification {
    /// The model's name.
    pub name: String,
    /// sha256 of each file.
    pub hashes: BTreeMap<String, String>,
    /// Whether a `SHA256SUMS` file was there to check against.
    pub sums_checked: bool,
    /// Files whose hash differs from `SHA256SUMS`.
    pub mismatched: Vec<String>,
    /// ONNX Runtime library and version used.
    pub runtime: factsift_onnx::RuntimeInfo,
    /// The sentence that was run.
    pub sentence: String,
    /// Mentions found in it: (text, label, score).
    pub mentions: Vec<(String, Label, f32)>,
}

impl Verification {
    /// True when every checked hash matched.
    pub fn ok(&self) -> bool {
        self.mismatched.is_empty()
    }
}

/// The sentence `verify` runs.
pub const VERIFY_SENTENCE: &str =
    "My name is Maria Lopez and I moved from Chicago to Boston, where Nayib Bukele of El Salvador spoke.";

/// Loads the model with the runtime, checks its hashes and runs one sentence.
pub fn verify(path: &Path) -> anyhow::Result<Verification> {
    let dir = ModelDir::open(path)?;
    let hashes = dir.file_hashes()?;
    let (sums_checked, mismatched) = dir.check_sums()?;
    let stage = super::EntitiesStage::from_model_dir(path, 1)?;
    let mut doc =
        factsift_core::document::Document::new(VERIFY_SENTENCE.to_string(), Default::default());
    stage.annotate_one(&mut doc)?;
    let mentions = doc
        .entities
        .iter()
        .map(|m| (doc.slice(m.span).to_string(), m.label, m.score))
        .collect();
    Ok(Verification {
        name: dir.name,
        hashes,
        sums_checked,
        mismatched,
        runtime: factsift_onnx::runtime_info()?,
        sentence: VERIFY_SENTENCE.to_string(),
        mentions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_folder_is_a_clear_error() {
        let err = ModelDir::open(Path::new("/nonexistent/model")).unwrap_err();
        assert!(format!("{err}").contains("/nonexistent/model"), "{err}");
        let err = resolve("no-such-model-name").unwrap_err();
        assert!(format!("{err}").contains("no-such-model-name"), "{err}");
    }

    #[test]
    fn folder_without_id2label_is_rejected() {
        let dir = std::env::temp_dir().join(format!("factsift-model-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for f in [MODEL_FILE, TOKENIZER_FILE] {
            std::fs::write(dir.join(f), b"x").expect("write");
        }
        std::fs::write(dir.join(CONFIG_FILE), b"{\"model_type\": \"bert\"}").expect("write");
        let err = ModelDir::open(&dir).unwrap_err();
        assert!(format!("{err}").contains("id2label"), "{err}");
        std::fs::write(
            dir.join(CONFIG_FILE),
            br#"{"id2label": {"0": "O", "1": "B-PER", "2": "I-PER"}, "max_position_embeddings": 512}"#,
        )
        .expect("write");
        let m = ModelDir::open(&dir).expect("valid folder");
        assert_eq!(m.max_positions, Some(512));
        assert_eq!(
            m.labels().expect("labels").schema_labels(),
            vec![Label::Person]
        );
        std::fs::write(
            dir.join(SUMS_FILE),
            format!("{}  {MODEL_FILE}\n", "0".repeat(64)),
        )
        .expect("write");
        let (checked, bad) = m.check_sums().expect("sums");
        assert!(checked);
        assert_eq!(bad, vec![MODEL_FILE.to_string()]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
