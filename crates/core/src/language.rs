//! Language identification for the languages the rules know (English, Spanish).
//!
//! A small stop-word vote: news text of a sentence or more carries enough
//! function words to tell English from Spanish reliably; anything else is
//! reported as [`Language::Unknown`] and handled with the English rules.

use crate::text::{stopwords, words};

/// A language the pipeline has rules for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    En,
    /// Spanish.
    Es,
    /// Not identified (too short, or another language).
    #[default]
    Unknown,
}

impl Language {
    /// ISO 639-1 code written to `documents.language` (`und` when unknown).
    pub fn code(&self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Unknown => "und",
        }
    }

    /// Parses an ISO 639-1 code as given to `--lang` (`auto` yields `None`).
    pub fn from_code(code: &str) -> Result<Option<Language>, String> {
        match code.to_ascii_lowercase().as_str() {
            "auto" => Ok(None),
            "en" | "eng" | "english" => Ok(Some(Language::En)),
            "es" | "spa" | "spanish" => Ok(Some(Language::Es)),
            other => Err(format!(
                "unsupported language '{other}' (use en, es or auto)"
            )),
        }
    }
}

/// How many bytes of a document the vote looks at.
const SAMPLE_BYTES: usize = 20_000;

/// Guesses the language of `text` from a sample of its words.
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut en, mut es) = (0usize, 0usize);
    let mut has_inverted = false;
    for word in words(&text[..end]) {
        if word.text.len() > 6 || !word.text.chars().all(char::is_alphabetic) {
            continue;
        }
        let lower = word.text.to_lowercase();
        if stopwords::EN_COMMON.contains(&lower.as_str()) {
            en += 1;
        }
        if stopwords::ES_COMMON.contains(&lower.as_str()) {
            es += 1;
        }
    }
    if text[..end].contains(['¿', '¡']) {
        has_inverted = true;
    }
    if en + es < 2 {
        return if has_inverted {
            Language::Es
        } else {
            Language::Unknown
        };
    }
    if es > en || (has_inverted && es * 2 >= en) {
        Language::Es
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_spanish() {
        assert_eq!(
            detect("The deal was signed with the president of the United States."),
            Language::En
        );
        assert_eq!(
            detect("El acuerdo fue firmado con el presidente de los Estados Unidos."),
            Language::Es
        );
        assert_eq!(detect("¿Qué pasa?"), Language::Es);
        assert_eq!(detect("12345"), Language::Unknown);
    }
}
