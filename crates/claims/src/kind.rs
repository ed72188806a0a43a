//! What sort of assertion a claim is.
//!
//! The kinds are tried in a fixed order, and the first that applies wins:
//! 1. `statistic`: the claim carries a figure that measures something
//!    (money, percent, rate, count, measure, duration, factor, a bare
//!    number); dates and ordinals place an event, they do not measure;
//! 2. `quote`: reported speech, direct or indirect (a speaker was found,
//!    or the claim is inside quotation marks);
//! 3. `prediction`: the future or a modal ("will", "may", "could",
//!    "expected to", Spanish future tense);
//! 4. `opinion`: an evaluative word ("dangerous", "should", "illusion");
//! 5. `event`: an action in the past (a past-tense verb) or at a date;
//! 6. `assertion`: any other statement of how things are.

use super::lexicon::{contains, EVALUATIVE_WORDS, FUTURE_PHRASES, FUTURE_WORDS};
use factsift_core::text::is_past_tense;
use factsift_core::ClaimKind;
use factsift_core::{Flags, Kind, Quantity};

/// True when a quantity measures something (so its claim is a statistic):
/// not a date, not an ordinal, not an order of magnitude such as
/// "million-dollar", and not a bare "one" with nothing counted, which is
/// nearly always the pronoun ("one that legitimizes …").
pub fn is_figure(q: &Quantity) -> bool {
    let bare_one = q.kind == Kind::Cardinal && q.value == Some(1.0) && q.measured.is_none();
    !matches!(q.kind, Kind::Date | Kind::Ordinal)
        && !q.flags.contains(Flags::APPROXIMATE)
        && !q.flags.contains(Flags::NO_VALUE)
        && !bare_one
}

/// The first word or phrase of `lower` (lower-case words) that marks the
/// future or a modal statement: "will", "may", "plans to", "'ll", a Spanish
/// future tense ("será", "aumentarán").
pub fn future_cue(lower: &[String]) -> Option<String> {
    for pair in lower.windows(2) {
        if FUTURE_PHRASES
            .iter()
            .any(|p| pair[0] == p[0] && pair[1] == p[1])
        {
            return Some(format!("{} {}", pair[0], pair[1]));
        }
    }
    lower
        .iter()
        .find(|w| {
            contains(FUTURE_WORDS, w)
                || w.ends_with("'ll")
                || (w.chars().count() > 4 && (w.ends_with("rá") || w.ends_with("rán")))
        })
        .cloned()
}

/// The first word of `lower` (lower-case words) used as a past-tense verb:
/// [`is_past_tense`], unless a determiner or a present form of "to be"
/// comes right before it ("a prolonged state", "jails are overcrowded"),
/// or it is a hyphenated compound ("market-oriented").
pub fn past_cue(lower: &[String]) -> Option<String> {
    const BEFORE_ADJECTIVE: &[&str] = &[
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "my", "your", "is", "are", "am", "be", "being", "very", "more", "most", "un", "una", "el",
        "la", "los", "las",
    ];
    lower
        .iter()
        .enumerate()
        .find(|(i, w)| {
            is_past_tense(w)
                && !w.contains('-')
                && !i
                    .checked_sub(1)
                    .and_then(|p| lower.get(p))
                    .is_some_and(|p| contains(BEFORE_ADJECTIVE, p))
        })
        .map(|(_, w)| w.clone())
}

/// What [`classify`] reads about a claim.
#[derive(Debug, Clone, Copy)]
pub struct KindEvidence<'a> {
    /// Lower-case words of the claim.
    pub lower: &'a [String],
    /// The kind of the first measuring figure inside the claim, if any.
    pub figure: Option<Kind>,
    /// A date inside the claim.
    pub has_date: bool,
    /// A speaker was found, or the claim is inside quotation marks.
    pub reported: bool,
}

/// The kind of a claim and the cue that decided it (`quantity:percent`,
/// `future:will`, `evaluative:dangerous`, `past:arrested`, …).
pub fn classify(e: &KindEvidence<'_>) -> (ClaimKind, String) {
    if let Some(k) = e.figure {
        return (ClaimKind::Statistic, format!("quantity:{}", k.as_str()));
    }
    if e.reported {
        return (ClaimKind::Quote, "reported_speech".to_string());
    }
    if let Some(w) = future_cue(e.lower) {
        return (ClaimKind::Prediction, format!("future:{w}"));
    }
    if let Some(w) = e.lower.iter().find(|w| contains(EVALUATIVE_WORDS, w)) {
        return (ClaimKind::Opinion, format!("evaluative:{w}"));
    }
    if let Some(w) = past_cue(e.lower) {
        return (ClaimKind::Event, format!("past:{w}"));
    }
    if e.has_date {
        return (ClaimKind::Event, "date".to_string());
    }
    (ClaimKind::Assertion, "default".to_string())
}
