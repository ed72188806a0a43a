//! Normalizes what a figure measures, so that "migrants" and "migrant", or
//! "approval rating" and "approval", fall in one group.
//!
//! The rule is lexical and language-light: lower-case the words, drop
//! function words and modifiers that do not change what is counted
//! ("alleged", "about", "some"), drop generic heads that only say a figure is
//! a figure ("rate", "number", "total"), and make each word singular.

use factsift_core::text::words;

/// Words that never change what a figure counts.
fn is_modifier(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "over"
            | "more"
            | "than"
            | "at"
            | "least"
            | "least."
            | "alleged"
            | "suspected"
            | "reported"
            | "estimated"
            | "total"
            | "overall"
            | "new"
            | "other"
            | "additional"
            | "further"
            | "los"
            | "las"
            | "el"
            | "la"
            | "de"
            | "del"
            | "unos"
            | "unas"
    )
}

/// Heads that only say the figure is a figure; dropped when another word is left.
fn is_generic_head(w: &str) -> bool {
    matches!(
        w,
        "rate"
            | "rating"
            | "ratio"
            | "level"
            | "figure"
            | "number"
            | "count"
            | "share"
            | "amount"
            | "tasa"
            | "número"
            | "cifra"
            | "índice"
    )
}

/// The singular of an English (or Spanish) plural noun, by rule.
pub fn singular(word: &str) -> String {
    match word {
        "people" => return "person".to_string(),
        "men" => return "man".to_string(),
        "women" => return "woman".to_string(),
        "children" => return "child".to_string(),
        "police" | "news" | "series" | "species" | "data" => return word.to_string(),
        _ => {}
    }
    let n = word.chars().count();
    if n <= 3 {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_string();
        }
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    match word.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => word.to_string(),
    }
}

/// The normalized form of a `measured` phrase; empty when nothing is left.
pub fn normalize(measured: &str) -> String {
    let words: Vec<String> = words(measured)
        .iter()
        .map(|w| w.lower())
        .filter(|w| !is_modifier(w))
        .map(|w| singular(&w))
        .collect();
    let specific: Vec<&String> = words.iter().filter(|w| !is_generic_head(w)).collect();
    let kept: Vec<&str> = if specific.is_empty() {
        words.iter().map(String::as_str).collect()
    } else {
        specific.iter().map(|w| w.as_str()).collect()
    };
    kept.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_modifiers_fold_together() {
        assert_eq!(normalize("migrants"), "migrant");
        assert_eq!(normalize("Migrant"), "migrant");
        assert_eq!(normalize("alleged members"), "member");
        assert_eq!(normalize("men"), "man");
        assert_eq!(normalize("people"), "person");
        assert_eq!(normalize("countries"), "country");
        assert_eq!(normalize("boxes"), "box");
        assert_eq!(normalize("houses"), "house");
    }

    #[test]
    fn generic_heads_are_dropped_unless_alone() {
        assert_eq!(normalize("approval rating"), "approval");
        assert_eq!(normalize("approval"), "approval");
        assert_eq!(normalize("homicide rate"), "homicide");
        assert_eq!(normalize("rate"), "rate");
        assert_eq!(normalize("the number of"), "number");
    }

    #[test]
    fn different_things_stay_apart() {
        assert_ne!(normalize("inmates"), normalize("prisoners"));
        assert_ne!(normalize("homicide rate"), normalize("incarceration rate"));
        assert_eq!(normalize(""), "");
    }
}
