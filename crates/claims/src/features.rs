//! The hand-made features of a claim that the check-worthiness model reads.
//!
//! Every feature is 0/1 or a small count on a log scale, so the weights of
//! the logistic model stay comparable; [`NAMES`] gives their order, which
//! the model file must repeat.

use super::kind::{future_cue, is_figure, past_cue};
use super::lexicon::{contains, ABSOLUTE_WORDS, COMPARATIVE_WORDS, EVALUATIVE_WORDS, POLICY_WORDS};
use factsift_core::text::Word;
use factsift_core::{Flags, Kind, Quantity};

/// Names of the features, in vector order.
pub const NAMES: [&str; 25] = [
    "bias",
    "figure",
    "figures_log",
    "money",
    "percent_or_rate",
    "count",
    "date",
    "digits",
    "names_log",
    "comparative",
    "absolute",
    "policy_log",
    "first_person_singular",
    "first_person_plural",
    "second_person",
    "question",
    "length_log",
    "short",
    "hedged",
    "negated",
    "future_or_modal",
    "attributed",
    "past_tense",
    "evaluative",
    "no_lowercase",
];

/// Number of features.
pub const N: usize = NAMES.len();

/// What the features are computed from.
#[derive(Debug, Clone, Copy)]
pub struct FeatureInput<'a> {
    /// The claim's text.
    pub text: &'a str,
    /// Its words.
    pub words: &'a [Word<'a>],
    /// Its words in lower case.
    pub lower: &'a [String],
    /// The quantities inside it.
    pub quantities: &'a [&'a Quantity],
    /// Number of entity mentions inside it (0 without an NER model).
    pub entities: usize,
    /// A speaker was found.
    pub attributed: bool,
    /// A hedge cue was found.
    pub hedged: bool,
    /// A negation was found.
    pub negated: bool,
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

fn log_count(n: usize) -> f32 {
    (n as f32).ln_1p()
}

/// The feature vector of a claim, in [`NAMES`] order.
pub fn features(x: &FeatureInput<'_>) -> [f32; N] {
    let figures: Vec<&&Quantity> = x.quantities.iter().filter(|q| is_figure(q)).collect();
    // A unit word without a number ("the percentage") says nothing checkable.
    let has_kind = |ks: &[Kind]| {
        x.quantities
            .iter()
            .any(|q| ks.contains(&q.kind) && !q.flags.contains(Flags::NO_VALUE))
    };
    let count_in = |list: &[&str]| x.lower.iter().filter(|w| contains(list, w)).count();
    let any_of = |list: &[&str]| x.lower.iter().any(|w| list.contains(&w.as_str()));
    // capitalized words past the first: a stand-in for names when no NER
    // model ran, added to the mentions it found
    let capitalized = x
        .words
        .iter()
        .skip(1)
        .filter(|w| w.is_capitalized() && w.lower() != "i")
        .count();
    let n_words = x.words.len();
    [
        1.0,
        flag(!figures.is_empty()),
        log_count(figures.len()),
        flag(has_kind(&[Kind::Money])),
        flag(has_kind(&[
            Kind::Percent,
            Kind::PercentagePoints,
            Kind::Rate,
        ])),
        flag(has_kind(&[Kind::Count])),
        flag(has_kind(&[Kind::Date])),
        flag(x.words.iter().any(Word::has_digit)),
        log_count(capitalized.max(x.entities)),
        flag(count_in(COMPARATIVE_WORDS) > 0),
        flag(count_in(ABSOLUTE_WORDS) > 0),
        log_count(count_in(POLICY_WORDS)),
        flag(any_of(&[
            "i", "me", "my", "mine", "i'm", "i've", "i'd", "yo", "mi",
        ])),
        flag(any_of(&[
            "we", "our", "us", "ours", "we're", "we've", "nosotros", "nuestro",
        ])),
        flag(any_of(&[
            "you", "your", "you're", "yours", "usted", "ustedes",
        ])),
        flag(x.text.trim_end().ends_with('?')),
        log_count(n_words) / 4.0,
        flag(n_words < 5),
        flag(x.hedged),
        flag(x.negated),
        flag(future_cue(x.lower).is_some()),
        flag(x.attributed),
        flag(past_cue(x.lower).is_some()),
        flag(count_in(EVALUATIVE_WORDS) > 0),
        flag(!x.text.chars().any(char::is_lowercase)),
    ]
}
