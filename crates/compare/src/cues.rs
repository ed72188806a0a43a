//! Whether a claim's hedge or negation bears on what it shares with the
//! claim it is aligned with.
//!
//! The claims stage marks a whole sentence hedged or negated when a cue
//! stands anywhere in it. Two aligned sentences often share one clause and
//! differ in another ("Nobody has the right to violence, Papandreou said as
//! he condemned a raw, murderous act" and "Papandreou condemned a raw,
//! murderous act"): a cue in the clause they do not share says nothing
//! about the claim they share. The sentence is cut at punctuation into
//! segments, and a cue counts when its segment holds at least a third of
//! the content terms the two sentences share (see
//! [`super::textsim::terms`]); a comma inside the shared clause ("a raw,
//! murderous act") leaves a third on the cue's side.

use std::collections::BTreeSet;

use factsift_core::text::{is_negation, words};

use super::textsim::terms;

/// Characters that end a segment of a sentence: clause punctuation,
/// quotation marks and brackets.
fn ends_segment(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–')
}

/// Byte ranges of the segments of `text` (see [`ends_segment`]).
fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if ends_segment(c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, text.len()));
    out.retain(|(a, b)| text[*a..*b].chars().any(char::is_alphanumeric));
    out
}

/// True when a cue of `text` (a word `is_cue` accepts) stands in a segment
/// that holds at least a third of the content terms `text` shares with
/// `other`; also true when no cue word is found or nothing is shared, so
/// that a cue the text does not show is still believed.
pub fn bears_on_shared(text: &str, other: &str, is_cue: impl Fn(&str) -> bool) -> bool {
    let theirs: BTreeSet<String> = terms(other).into_iter().collect();
    let shared: BTreeSet<String> = terms(text)
        .into_iter()
        .filter(|t| theirs.contains(t))
        .collect();
    let cue_segments: Vec<(usize, usize)> = segments(text)
        .into_iter()
        .filter(|&(a, b)| words(&text[a..b]).iter().any(|w| is_cue(&w.lower())))
        .collect();
    if cue_segments.is_empty() || shared.is_empty() {
        return true;
    }
    cue_segments.iter().any(|&(a, b)| {
        let held = terms(&text[a..b])
            .into_iter()
            .filter(|t| shared.contains(t))
            .collect::<BTreeSet<_>>()
            .len();
        3 * held >= shared.len()
    })
}

/// True when the negation of `text` bears on what it shares with `other`
/// (see [`bears_on_shared`]).
pub fn negation_bears(text: &str, other: &str) -> bool {
    bears_on_shared(text, other, is_negation)
}

/// True when the hedge `cue` of `text` ("could", "allegedly") bears on what
/// it shares with `other` (see [`bears_on_shared`]); a cue of several words
/// is found by its first.
pub fn hedge_bears(text: &str, other: &str, cue: Option<&str>) -> bool {
    let Some(first) = cue.and_then(|c| c.split_whitespace().next()) else {
        return true;
    };
    let first = first.to_lowercase();
    bears_on_shared(text, other, |w| w == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negation_in_a_clause_the_claims_do_not_share_does_not_count() {
        let a = "Prime Minister Papandreou condemned a raw, murderous act that killed three.";
        let b = "\"Nobody has the right to violence, \" Papandreou said as he condemned \"a raw murderous act\" that killed three.";
        assert!(!negation_bears(b, a));
        let denied = "Papandreou did not condemn the raw, murderous act that killed three.";
        assert!(negation_bears(denied, a));
    }

    #[test]
    fn a_hedge_in_another_clause_does_not_count() {
        let a = "Jackman won a Tony for The Boy from Oz.";
        let b = "Jackman won a Tony for The Boy from Oz, which showed what comedy could do.";
        assert!(!hedge_bears(b, a, Some("could")));
        let hedged = "Jackman could win a Tony for The Boy from Oz.";
        assert!(hedge_bears(hedged, a, Some("could")));
        // a cue the text does not show is believed
        assert!(hedge_bears("x", "y", Some("allegedly")));
        assert!(hedge_bears(b, a, None));
    }
}
