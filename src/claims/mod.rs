//! The claims stage: what a document asserts, who asserts it, how firmly,
//! and how much a fact-checker would want to check it.
//!
//! A claim is a sentence, or a clause of one when its clauses assert
//! separate things. The work is split by job:
//! - [`words`]: word tokens of a sentence with byte offsets;
//! - [`lexicon`]: the word lists the rules read (speech verbs, hedges,
//!   negations, modals, evaluative words, …), English and Spanish;
//! - [`clauses`]: splitting a sentence into clauses that assert separately;
//! - [`attribution`]: the speaker of a sentence ("according to X", "X said",
//!   "X warns:" before a quoted paragraph, "según X", "afirmó X");
//! - [`hedges`]: hedge cues and negation;
//! - [`kind`]: statistic, quote, prediction, opinion, event or assertion;
//! - [`features`] and [`checkworthiness`]: the hand-made features and the
//!   logistic model (shipped in `models/claims/`) that score a claim 0..1;
//! - [`clef`] and [`training`]: the CLEF-2019 CheckThat! data with its fixed
//!   train / validation split, and the fitting of the model;
//! - [`stage`]: the [`ClaimsStage`] that ties them together.

pub mod attribution;
pub mod checkworthiness;
pub mod clauses;
pub mod clef;
pub mod features;
pub mod hedges;
pub mod kind;
pub mod lexicon;
pub mod stage;
pub mod training;
pub mod words;

#[cfg(test)]
mod tests;

pub use attribution::Speaker;
pub use kind::ClaimKind;
pub use stage::ClaimsStage;

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
