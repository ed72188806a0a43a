//! Personal pronouns, English and Spanish.

/// True for a lower-cased personal pronoun ("he", "they", "ella"): a word
/// that stands for someone the text named elsewhere, naming no one itself.
pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "you"
            | "he"
            | "she"
            | "it"
            | "we"
            | "they"
            | "yo"
            | "tú"
            | "él"
            | "ella"
            | "nosotros"
            | "ellos"
            | "ellas"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_name_no_one() {
        for w in ["he", "they", "ella"] {
            assert!(is_personal_pronoun(w), "{w}");
        }
        for w in ["police", "helen", "the"] {
            assert!(!is_personal_pronoun(w), "{w}");
        }
    }
}
