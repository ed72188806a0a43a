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
