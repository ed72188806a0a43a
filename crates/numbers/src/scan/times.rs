//! "Twice" and "thrice": how many times something happened ("shot her
//! twice", "convicted twice") or how many times larger something is
//! ("twice as many", "twice the limit"). A repetition is a bare number, as
//! "three" in "shot three times" is: what it counts is the verb's event,
//! which the comparison reads from the claim. A frequency ("twice a week",
//! "twice per day") is no count of events and is left out.

use super::{span, Found};
use crate::tokens::Toks;
use crate::units;
use factsift_core::quantity::{Kind, Quantity, Role};
use factsift_core::Language;

/// True when `w` is a word for a number of times ("twice", "thrice").
pub(super) fn is_times_word(w: &str) -> bool {
    times_word(w).is_some()
}

/// The value of a word for a number of times ("twice" 2, "thrice" 3).
fn times_word(w: &str) -> Option<f64> {
    match w {
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    }
}

/// Words after "twice" that make it a multiplier of what follows ("twice
/// as many", "twice the size", "twice that", "twice its height").
fn starts_comparison(w: &str) -> bool {
    matches!(
        w,
        "as" | "the"
            | "that"
            | "this"
            | "what"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "more"
            | "less"
            | "fewer"
            | "over"
    ) || comparative(w)
}

/// A comparative adjective or adverb ("larger", "higher", "faster"): "twice
/// bigger" compares.
fn comparative(w: &str) -> bool {
    matches!(
        w,
        "larger"
            | "bigger"
            | "higher"
            | "greater"
            | "faster"
            | "longer"
            | "wider"
            | "taller"
            | "heavier"
            | "smaller"
            | "lower"
            | "cheaper"
            | "likelier"
    )
}

/// True when the words at `k` make a frequency: "a week", "an hour",
/// "per day", "each year", "every month".
fn frequency_at(t: &Toks, k: usize) -> bool {
    matches!(t.word(k), "a" | "an" | "per" | "each" | "every")
        && units::lookup(t.word(k + 1)).is_some_and(|u| u.kind == Kind::Duration)
}

/// "Twice" or "thrice" at token `i`: a bare number of times (kind
/// cardinal), or a factor when a comparison follows (kind factor, unit
/// "times"); `None` for a frequency or another word.
pub(super) fn repetition(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    if lang != Language::En {
        return None;
    }
    let value = times_word(t.word(i))?;
    if frequency_at(t, i + 1) {
        return None;
    }
    let mut q = if starts_comparison(t.word(i + 1)) {
        let mut q = Quantity::new(span(t, i, i), Kind::Factor, Some(value));
        q.unit = Some("times".to_string());
        q.role = Role::Level;
        q
    } else {
        Quantity::new(span(t, i, i), Kind::Cardinal, Some(value))
    };
    q.number = span(t, i, i);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last: i,
    })
}
