//! The claims stage: what a document asserts, who asserts it, how firmly,
//! and how much a fact-checker would want to check it.
//!
//! A claim is a sentence, or a clause of one when its clauses assert
//! separate things. The work is split by job:
//! - [`lexicon`]: the word lists the rules read (speech verbs, hedges,
//!   negations, modals, evaluative words, …), English and Spanish;
//! - [`clauses`]: splitting a sentence into clauses that assert separately;
//! - [`attribution`]: the speaker of a sentence ("according to X", "X said",
//!   "X warns:" before a quoted paragraph, "según X", "afirmó X");
//! - [`hedges`]: hedge cues and negation;
//! - [`kind`]: statistic, quote, prediction, opinion, event or assertion;
//! - [`features`] and [`checkworthiness`]: the hand-made features and the
//!   logistic model (shipped in `models/claims/`) that score a claim 0..1;
//! - [`stage`]: the [`ClaimsStage`] that ties them together.

pub mod attribution;
pub mod checkworthiness;
pub mod clauses;
pub mod features;
pub mod hedges;
pub mod kind;
pub mod lexicon;
pub mod stage;

#[cfg(test)]
mod tests;

pub use factsift_core::claim::{Claim, ClaimKind, Speaker};
pub use stage::ClaimsStage;
