//! "Twice" and "thrice": how many times something happened ("shot her
//! twice", "convicted twice") or how many times larger something is
//! ("twice as many", "twice the limit"). A repetition is a bare number, as
//! "three" in "shot three times" is: what it counts is the verb's event,
//! which the comparison reads from the claim. A frequency ("twice a week",
//! "twice per day") is no count of events and is left out.

use super::{span, Found};
use crate::lexer::TokKind;
use crate::tokens::Toks;
use crate::units;
use factsift_core::quantity::{Kind, Quantity, Role};
use factsift_core::text::is_past_tense;
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

/// True when the words at `k` start what "twice" or "five times"
/// multiplies ("the legal limit", "as many", "larger"), not a time in which
/// the events fell ("this season", "the past year", "that day").
fn comparison_at(t: &Toks, k: usize) -> bool {
    if !starts_comparison(t.word(k)) {
        return false;
    }
    let mut j = k + 1;
    if matches!(
        t.word(j),
        "past" | "last" | "previous" | "same" | "next" | "following" | "first"
    ) {
        j += 1;
    }
    let when = units::lookup(t.word(j)).is_some_and(|u| u.kind == Kind::Duration)
        || matches!(
            t.word(j),
            "season"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "weekend"
                | "summer"
                | "winter"
                | "spring"
                | "fall"
                | "autumn"
                | "game"
                | "half"
                | "term"
                | "campaign"
                | "trip"
                | "visit"
                | "period"
        );
    !(matches!(
        t.word(k),
        "this" | "that" | "the" | "its" | "their" | "his" | "her"
    ) && when)
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
    let mut q = if comparison_at(t, i + 1) {
        let mut q = Quantity::new(span(t, i, i), Kind::Factor, Some(value));
        q.unit = Some("times".to_string());
        q.role = Role::Level;
        q
    } else {
        let mut q = Quantity::new(span(t, i, i), Kind::Count, Some(value));
        q.measured = verb_before(t, i);
        q
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

/// Object pronouns and adverbs that may stand between a verb and the
/// number of times it happened ("shot her twice", "was arrested again
/// seven times").
fn between_verb_and_times(t: &Toks, k: usize) -> bool {
    let w = t.word(k);
    matches!(
        w,
        "her"
            | "him"
            | "them"
            | "it"
            | "me"
            | "us"
            | "you"
            | "himself"
            | "herself"
            | "themselves"
            | "again"
            | "also"
            | "already"
    ) || (w.len() > 4 && w.ends_with("ly"))
}

/// The verb whose events a number of times counts: the past form right
/// before the figure at `first`, past an object pronoun, an adverb or one
/// short object ("arrested seven times", "threatened her twice", "was
/// confined 28 times", "won the race three times"); lower-cased. `None` when no such verb is there.
fn verb_before(t: &Toks, first: usize) -> Option<String> {
    let mut k = first.checked_sub(1)?;
    let mut object_skipped = false;
    for _ in 0..4 {
        if t.kind(k) != Some(TokKind::Word) || t.capitalized(k) {
            return None;
        }
        let w = t.word(k);
        if is_past_tense(w) {
            return Some(w.to_string());
        }
        // "won the race three times": past a short object
        let object = k >= 2
            && !object_skipped
            && matches!(
                t.word(k - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that"
            )
            && crate::linking::is_content_word(w);
        if object {
            object_skipped = true;
            k -= 2;
            continue;
        }
        if !between_verb_and_times(t, k) {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// The period of a frequency at `k` ("a week" `per_week`, "per day"
/// `per_day`).
fn frequency_unit(t: &Toks, k: usize) -> Option<String> {
    if !frequency_at(t, k) {
        return None;
    }
    units::lookup(t.word(k + 1)).map(|u| format!("per_{}", u.name))
}

/// A cardinal followed by "times" (at `f.last + 1`): reads it as a number
/// of occurrences of the verb before it ("arrested seven times", "at
/// least three times", "four or five times a week": kind count, measured
/// the verb, a frequency's period as unit `per_week`), or as a multiplier
/// when a comparison follows ("five times the legal limit", "three times
/// larger": kind factor, unit "times"). In "four or five times" the first
/// figure is read as the second is.
pub(super) fn occurrences(t: &Toks, out: &mut [Found], lang: Language) {
    if lang != Language::En {
        return;
    }
    for k in (0..out.len()).rev() {
        let f = &out[k];
        let bare = f.q.kind == Kind::Cardinal
            && f.q.unit.is_none()
            && f.q.value.is_some()
            && f.q.measured.is_none()
            && f.q.role == Role::Level;
        let times = f.last + 1;
        if !(bare
            && t.kind(times) == Some(TokKind::Word)
            && t.spaced(times)
            && t.raw(times) == "times")
        {
            continue;
        }
        // "four or five times": the first figure shares the reading
        let low = k.checked_sub(1).filter(|&j| {
            let g = &out[j];
            g.q.kind == Kind::Cardinal
                && g.q.unit.is_none()
                && g.q.measured.is_none()
                && matches!(t.word(g.last + 1), "or" | "to")
                && g.last + 2 == out[k].first
        });
        let verb_at = low.map_or(out[k].first, |j| out[j].first);
        let (kind, unit, measured) = if comparison_at(t, times + 1) {
            (Kind::Factor, Some("times".to_string()), None)
        } else {
            (
                Kind::Count,
                frequency_unit(t, times + 1),
                verb_before(t, verb_at),
            )
        };
        for j in std::iter::once(k).chain(low) {
            let g = &mut out[j];
            g.q.kind = kind;
            g.q.unit = unit.clone();
            g.q.measured = measured.clone();
        }
        let f = &mut out[k];
        f.last = times;
        f.q.span = span(t, f.first, f.last);
        f.q.amount = span(t, f.amount_first, f.last);
    }
}
