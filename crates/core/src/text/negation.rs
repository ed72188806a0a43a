//! Negation words, English and Spanish, for every stage that asks whether
//! words deny what they say.

/// Words that negate their clause.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "nowhere", "cannot",
    "nunca", "ningún", "ninguna", "ninguno", "nadie", "nada", "tampoco", "jamás", "ni",
];

/// True for a lower-cased word ([`super::Word::lower`]) that negates its
/// clause: a word of [`NEGATIONS`] or a contraction ending in "n't".
pub fn is_negation(lower: &str) -> bool {
    NEGATIONS.contains(&lower) || lower.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_words_and_contractions() {
        for w in ["not", "none", "nadie", "didn't", "won't"] {
            assert!(is_negation(w), "{w}");
        }
        for w in ["note", "know", "nothingness", "can"] {
            assert!(!is_negation(w), "{w}");
        }
    }
}
