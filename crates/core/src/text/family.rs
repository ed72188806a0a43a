//! Family words the stages read in text.

/// True for a lower-cased word for a parent ("mother", "father", "mom",
/// "grandparents"): the figure after "a mother of" counts her children.
pub fn is_parent(w: &str) -> bool {
    matches!(
        w,
        "mother"
            | "father"
            | "parent"
            | "parents"
            | "mom"
            | "dad"
            | "grandmother"
            | "grandfather"
            | "grandparents"
    )
}

/// True for a lower-cased word for a sibling ("brother", "sisters"): a
/// "half-brother" is a kinship, not half of one.
pub fn is_sibling(w: &str) -> bool {
    matches!(
        w,
        "brother" | "brothers" | "sister" | "sisters" | "sibling" | "siblings"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_are_told_from_other_nouns() {
        assert!(is_parent("mother"));
        assert!(is_parent("grandparents"));
        assert!(!is_parent("total"));
        assert!(is_sibling("sisters"));
        assert!(!is_sibling("mother"));
    }
}
