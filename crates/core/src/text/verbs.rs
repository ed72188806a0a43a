//! Verb forms the stages read in text.

/// Past-tense and perfect forms of common irregular verbs (English, and a
/// few Spanish preterites): "took", "shot", "won", "fue".
#[rustfmt::skip]
pub const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "made", "took", "gave", "went", "came", "got", "saw", "said",
    "told", "found", "left", "began", "brought", "bought", "built", "sent", "spent", "won", "lost",
    "met", "paid", "ran", "sold", "stood", "struck", "fought", "held", "kept", "led", "hit", "cut",
    "put", "set", "shot", "fled", "drew", "broke", "chose", "wrote", "became", "been", "done",
    "taken", "given", "gone", "seen", "known", "fue", "fueron", "hizo", "beat", "beaten", "swam",
    "drove", "flew", "rode", "fell", "fallen", "broken", "caught", "stole", "stolen", "drank",
    "ate", "eaten", "hurt", "bit", "bitten", "rang", "threw", "thrown", "written", "spoke",
    "spoken", "quit",
];

/// Words ending in "-ed" that are no past forms.
const NOT_PAST: &[&str] = &[
    "need", "indeed", "speed", "feed", "seed", "breed", "bleed", "hundred", "naked", "sacred",
    "wicked", "beloved", "alleged", "red", "bed", "shed", "proceed", "exceed", "succeed", "united",
    "limited", "based", "related", "detailed", "skilled", "advanced",
];

/// True when a lower-case word looks like a past-tense verb: a known
/// irregular form ([`IRREGULAR_PAST`]), an English "-ed" form, or a Spanish
/// preterite.
pub fn is_past_tense(lower: &str) -> bool {
    if IRREGULAR_PAST.contains(&lower) {
        return true;
    }
    if NOT_PAST.contains(&lower) {
        return false;
    }
    let long = lower.chars().count() > 4;
    let spanish_preterite =
        lower.ends_with('ó') || lower.ends_with("aron") || lower.ends_with("ieron");
    long && (lower.ends_with("ed") || spanish_preterite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms_are_told_from_other_words() {
        for w in ["shot", "arrested", "won", "fue", "comieron"] {
            assert!(is_past_tense(w), "{w}");
        }
        for w in ["need", "hundred", "red", "run", "shoot", "casa"] {
            assert!(!is_past_tense(w), "{w}");
        }
    }
}
