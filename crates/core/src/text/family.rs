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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_are_told_from_other_nouns() {
        assert!(is_parent("mother"));
        assert!(is_parent("grandparents"));
        assert!(!is_parent("total"));
    }
}
