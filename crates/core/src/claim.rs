//! The claims layer: what a document asserts, who asserts it, how firmly.

use crate::document::Span;

/// One claim of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Byte span in `Document::text`: the sentence, or one clause of it.
    pub span: Span,
    /// Index into `Document::sentences` of the sentence holding the claim.
    pub sentence: usize,
    /// What sort of assertion it is.
    pub kind: ClaimKind,
    /// Who asserts it; `None` when the article itself does.
    pub speaker: Option<Speaker>,
    /// The hedge word or phrase that softens the claim, if any
    /// ("allegedly", "may", "is said to").
    pub hedge_cue: Option<String>,
    /// True when the claim is negated ("did not", "never", "none").
    pub negated: bool,
    /// How much a fact-checker would want to check it, 0..1.
    pub checkworthiness: f32,
    /// Entity keys of the mentions inside the claim, in text order, unique.
    pub entity_keys: Vec<String>,
    /// Indexes into `Document::quantities` of the figures inside the claim.
    pub quantities: Vec<usize>,
    /// Why the claim got its kind, speaker, hedge and score, as short
    /// `name:value` strings.
    pub cues: Vec<String>,
}

impl Claim {
    /// True when a hedge cue softens the claim.
    pub fn hedged(&self) -> bool {
        self.hedge_cue.is_some()
    }
}

/// The kind of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// Carries a measured figure.
    Statistic,
    /// Reported speech, direct or indirect.
    Quote,
    /// About the future, or modal.
    Prediction,
    /// Analysis or evaluation.
    Opinion,
    /// An actor did something, at a time.
    Event,
    /// Any other statement of how things are.
    Assertion,
}

impl ClaimKind {
    /// The name written to the `kind` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Statistic => "statistic",
            ClaimKind::Quote => "quote",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Opinion => "opinion",
            ClaimKind::Event => "event",
            ClaimKind::Assertion => "assertion",
        }
    }
}

/// The speaker of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The speaker as named in the text, without a leading "the" or, for a
    /// person, leading titles ("LPG Datos", "Günther Maihold", "officials").
    pub name: String,
    /// The speaker's entity key (`org:lpg-datos`): the key of the entity
    /// mention under the name when the entities stage found one, else built
    /// the same way from the name and a guessed label; `None` for common
    /// nouns and unresolved pronouns.
    pub key: Option<String>,
    /// Byte range of the name in the sentence it was found in.
    pub range: Option<(usize, usize)>,
}
