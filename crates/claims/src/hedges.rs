//! Hedge cues ("allegedly", "may", "is said to", "sources say") and
//! negation ("not", "never", "none", "didn't").

use super::lexicon::{contains, HEDGE_PHRASES, HEDGE_WORDS};
use factsift_core::text::{negates_at, Word};

/// The first hedge cue among `ws` (with `lower` their lower-case forms):
/// a hedging phrase, else a hedging word. "May" with a capital is the
/// month, so only lower-case "may" counts.
pub fn hedge_cue(ws: &[Word<'_>], lower: &[String]) -> Option<String> {
    for i in 0..lower.len() {
        for phrase in HEDGE_PHRASES {
            let end = i + phrase.len();
            if end <= lower.len() && lower[i..end].iter().zip(phrase.iter()).all(|(a, b)| a == b) {
                return Some(phrase.join(" "));
            }
        }
    }
    ws.iter()
        .zip(lower)
        .find(|(w, l)| contains(HEDGE_WORDS, l) && (l.as_str() != "may" || w.text == "may"))
        .map(|(_, l)| l.clone())
}

/// The first negation among `lower` (lower-case words): a word that
/// [`negates_at`] its place ("not", "didn't"; not "not only" nor "No. 5").
pub fn negation_cue(lower: &[String]) -> Option<String> {
    (0..lower.len())
        .find(|&i| negates_at(lower, i))
        .map(|i| lower[i].clone())
}
