//! Failures that become rows of the `errors` table.

use std::fmt;

/// One input or document that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input path (with `:LINE` for a JSONL line, `-` for stdin).
    pub path: String,
    /// The document's id when the failure happened after ingest.
    pub doc_id: Option<String>,
    /// The stage that failed (`ingest`, `segment`, …).
    pub stage: &'static str,
    /// What went wrong, in words a user can act on.
    pub message: String,
}

impl InputError {
    /// An ingest failure for `path`.
    pub fn ingest(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            doc_id: None,
            stage: "ingest",
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.path, self.stage, self.message)
    }
}
