//! Words that typically open a sentence.
//!
//! After an abbreviation such as `U.S.`, `Co.` or an initial, a capitalised
//! next word is ambiguous: `the U.S. Government` continues the sentence, `the
//! U.S. How about you?` starts a new one. The segmenter ends the sentence
//! only when the next word is one of these common openers (pronouns,
//! determiners, conjunctions, prepositions, sentence adverbs), which are
//! rarely part of a name.

use factsift_core::language::Language;

/// English openers, lower case, sorted.
const ENGLISH: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "every",
    "few",
    "finally",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "many",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "neither",
    "nevertheless",
    "next",
    "no",
    "nonetheless",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "over",
    "overall",
    "perhaps",
    "since",
    "so",
    "some",
    "such",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "under",
    "unlike",
    "until",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Spanish openers, lower case, sorted.
const SPANISH: &[&str] = &[
    "a",
    "adem\u{e1}s",
    "ahora",
    "al",
    "algunos",
    "ante",
    "antes",
    "aqu\u{ed}",
    "as\u{ed}",
    "aunque",
    "ayer",
    "cada",
    "como",
    "con",
    "cuando",
    "de",
    "del",
    "desde",
    "despu\u{e9}s",
    "durante",
    "el",
    "ella",
    "ellas",
    "ellos",
    "en",
    "entonces",
    "entre",
    "es",
    "esa",
    "ese",
    "eso",
    "esta",
    "este",
    "esto",
    "estos",
    "fue",
    "ha",
    "hay",
    "hoy",
    "la",
    "las",
    "le",
    "lo",
    "los",
    "luego",
    "mientras",
    "muchos",
    "no",
    "nos",
    "nosotros",
    "otro",
    "para",
    "pero",
    "por",
    "porque",
    "pues",
    "que",
    "qu\u{e9}",
    "se",
    "seg\u{fa}n",
    "si",
    "sin",
    "sobre",
    "su",
    "sus",
    "tambi\u{e9}n",
    "tras",
    "un",
    "una",
    "uno",
    "y",
    "ya",
    "yo",
    "\u{e9}l",
];

/// Longest opener, in bytes, with room to spare.
const MAX_WORD: usize = 16;

/// True when `word` (letters only, any case) typically opens a sentence in
/// `lang`; Spanish text also accepts the English openers.
pub(crate) fn is_sentence_opener(word: &str, lang: Language) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    let key = &buf[..bytes.len()];
    let found = |list: &[&str]| list.binary_search_by(|w| w.as_bytes().cmp(key)).is_ok();
    match lang {
        Language::Es => found(SPANISH) || found(ENGLISH),
        Language::En | Language::Unknown => found(ENGLISH),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lower_case() {
        for list in [ENGLISH, SPANISH] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
            }
            for w in list {
                assert_eq!(*w, w.to_lowercase());
                assert!(w.len() <= MAX_WORD);
            }
        }
    }

    #[test]
    fn openers_are_found_in_any_case() {
        assert!(is_sentence_opener("The", Language::En));
        assert!(is_sentence_opener("HOW", Language::Unknown));
        assert!(!is_sentence_opener("Government", Language::En));
        assert!(!is_sentence_opener("", Language::En));
        assert!(is_sentence_opener("Según", Language::Es));
        assert!(!is_sentence_opener("Según", Language::En));
        assert!(is_sentence_opener("It", Language::Es));
    }
}
