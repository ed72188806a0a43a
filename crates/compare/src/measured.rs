//! Normalizes what a figure measures, so that "migrants" and "migrant", or
//! "approval rating" and "approval", fall in one group.
//!
//! The rule is lexical and language-light: lower-case the words, drop
//! function words and modifiers that do not change what is counted
//! ("alleged", "about", "some"), drop generic heads that only say a figure is
//! a figure ("rate", "number", "total"), and make each word singular.

use std::collections::{BTreeSet, HashMap};

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
        // "co-workers" and "coworkers" are one word spelled two ways
        .map(|w| singular(&w.replace('-', "")))
        .collect();
    let specific: Vec<&String> = words.iter().filter(|w| !is_generic_head(w)).collect();
    let kept: Vec<&str> = if specific.is_empty() {
        words.iter().map(String::as_str).collect()
    } else {
        specific.iter().map(|w| w.as_str()).collect()
    };
    kept.join(" ")
}

/// The word-final parts of a normalized `what`, shortest first ("cable",
/// "undersea cable" of "separate undersea cable"); the whole is left out.
fn shorter_heads(what: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = what.match_indices(' ').map(|(i, _)| i + 1).collect();
    starts.into_iter().rev().map(move |i| &what[i..])
}

/// True when `long` is `short` with words before it ("undersea cable" of
/// "cable").
fn extends(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long.as_bytes()[long.len() - short.len() - 1] == b' '
}

/// How the normalized `whats` of one story's figures of one kind, unit and
/// scope fold onto shorter names the story also uses: each name that ends
/// in another one ("separate undersea cable", "undersea cable") maps to the
/// shortest such head ("cable") whose longer forms in `whats` all nest, one
/// inside the other. When a head has two rival longer forms ("undersea
/// cable" and "land cable"), neither folds onto it, since the story tells
/// two things apart by the words before it; each may still fold onto a
/// longer head that nests. Names that keep their own form are left out.
pub fn fold_onto_heads(whats: &BTreeSet<&str>) -> HashMap<String, String> {
    let nests = |head: &str| {
        let longer: Vec<&str> = whats.iter().copied().filter(|w| extends(w, head)).collect();
        longer.iter().all(|a| {
            longer
                .iter()
                .all(|b| a == b || extends(a, b) || extends(b, a))
        })
    };
    whats
        .iter()
        .filter_map(|&what| {
            shorter_heads(what)
                .find(|head| whats.contains(head) && nests(head))
                .map(|head| (what.to_string(), head.to_string()))
        })
        .collect()
}

/// True when one normalized `what` names all the words of the other and
/// more ("passenger and crew" and "passenger"): a figure of the whole and
/// one of its part, which may both be right. The same words, or words of
/// neither, are not.
pub fn part_and_whole(a: &str, b: &str) -> bool {
    let set = |w: &str| -> BTreeSet<String> {
        w.split(' ')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (x, y) = (set(a), set(b));
    !x.is_empty() && !y.is_empty() && x != y && (x.is_subset(&y) || y.is_subset(&x))
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
        assert_eq!(normalize("co-workers"), normalize("coworkers"));
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

    fn folds(whats: &[&str]) -> Vec<(String, String)> {
        let set: BTreeSet<&str> = whats.iter().copied().collect();
        let mut out: Vec<_> = fold_onto_heads(&set).into_iter().collect();
        out.sort();
        out
    }

    #[test]
    fn longer_names_fold_onto_the_head_the_story_uses() {
        assert_eq!(
            folds(&["cable", "undersea cable", "separate undersea cable"]),
            vec![
                ("separate undersea cable".to_string(), "cable".to_string()),
                ("undersea cable".to_string(), "cable".to_string()),
            ]
        );
        // without the bare head there is nothing to fold onto
        assert_eq!(folds(&["undersea cable", "land cable"]), vec![]);
        // "seasons" is no word-final part of "reasons"
        assert_eq!(folds(&["season", "reason"]), vec![]);
    }

    #[test]
    fn rival_longer_names_keep_their_own() {
        assert_eq!(
            folds(&[
                "cable",
                "undersea cable",
                "land cable",
                "old undersea cable"
            ]),
            vec![(
                "old undersea cable".to_string(),
                "undersea cable".to_string()
            )]
        );
    }

    #[test]
    fn a_part_is_named_by_fewer_words_of_its_whole() {
        assert!(part_and_whole("passenger and crew", "passenger"));
        assert!(part_and_whole("passenger", "passenger and crew"));
        assert!(!part_and_whole("passenger", "passenger"));
        assert!(!part_and_whole("passenger", "crew member"));
        assert!(!part_and_whole("", "passenger"));
    }
}
