//! Case and accent folding, so that lexicons list one spelling.

use std::borrow::Cow;

/// `text` lower-cased, Spanish accents removed, without copying when it already is.
pub fn lower(text: &str) -> Cow<'_, str> {
    if !text.is_ascii() {
        Cow::Owned(fold_spanish_accents(&text.to_lowercase()))
    } else if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Removes Spanish accents so lexicons can list one spelling.
pub fn fold_spanish_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            _ => c,
        })
        .collect()
}

/// `name` with the diacritics of letters removed: compatibility decomposition
/// (NFKD), the marks of the combining diacritical blocks dropped, and the
/// rest recomposed (NFC), so "López" reads "Lopez" and "ﬁ" reads "fi" while
/// scripts whose vowel signs are marks of their own blocks (Devanagari,
/// Arabic) and Hangul syllables are left as they are.
pub fn fold_accents(name: &str) -> impl Iterator<Item = char> + '_ {
    use unicode_normalization::UnicodeNormalization;
    name.nfkd().filter(|&c| !is_diacritic(c)).nfc()
}

/// A mark of the Unicode blocks of combining diacritical marks (the accents
/// NFD splits off Latin, Greek and Cyrillic letters).
fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}
