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

/// True when the word at `i` of `lower` (lower-cased words) negates its
/// clause: an [`is_negation`] word, except "not only" and "no sólo" (…
/// "but also"), and "no" before a figure, the number sign ("No. 5 seed",
/// "No 10 Downing Street").
pub fn negates_at(lower: &[String], i: usize) -> bool {
    let next = lower.get(i + 1).map(String::as_str);
    let word = lower[i].as_str();
    let exception = match word {
        "not" => next == Some("only"),
        "no" => {
            matches!(next, Some("sólo" | "solo"))
                || next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        }
        _ => false,
    };
    is_negation(word) && !exception
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_only_and_the_number_sign_do_not_negate() {
        let lower = |t: &str| -> Vec<String> { t.split(' ').map(str::to_string).collect() };
        assert!(!negates_at(&lower("not only but also"), 0));
        assert!(!negates_at(&lower("no 5 seed"), 0));
        assert!(!negates_at(&lower("no sólo eso"), 0));
        assert!(negates_at(&lower("no more than 5"), 0));
        assert!(negates_at(&lower("did not go"), 1));
        assert!(negates_at(&lower("no"), 0));
    }

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
