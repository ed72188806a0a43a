//! Character classes the segmenter reasons about: sentence-final marks,
//! opening and closing quotes and brackets, bullets, and helpers to read the
//! character at a byte position without splitting a UTF-8 sequence.

/// The horizontal ellipsis `…` (U+2026).
pub(crate) const ELLIPSIS: char = '\u{2026}';

/// True for characters that close a quotation or a bracket and so may
/// follow the final mark of a sentence (`"`, `'`, `”`, `’`, `»`, `)`, `]`).
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}'
    )
}

/// True for characters that open a quotation, a bracket or a Spanish
/// question or exclamation (`“`, `‘`, `"`, `'`, `(`, `[`, `«`, `¿`, `¡`).
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '\u{00BF}'
            | '\u{00A1}'
            | '\u{201E}'
    )
}

/// True for quotation marks that can open a quoted paragraph.
pub(crate) fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{00AB}' | '\u{2018}' | '\u{201E}')
}

/// True for quotation marks that can close a quoted paragraph.
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201D}' | '\u{00BB}' | '\u{2019}')
}

/// True for marks that end a sentence (`.`, `?`, `!`, `…`).
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | ELLIPSIS)
}

/// True for punctuation that does not begin a sentence (`,`, `;`, `:`,
/// `/`, `%`, closing brackets), so a mark before it ends none.
pub(crate) fn cannot_open_sentence(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '/' | '%' | ')' | ']' | '}' | '|' | '=')
}

/// True for list bullets that are never ordinary punctuation, so a second
/// bullet inside a line starts a new item.
pub(crate) fn is_strong_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2043}' | '\u{25E6}' | '\u{25AA}' | '\u{2023}' | '\u{25CF}' | '\u{25A0}'
    )
}

/// True for list bullets, including `-`, `*` and dashes, which count as
/// bullets only at the start of a line followed by white space.
pub(crate) fn is_bullet(c: char) -> bool {
    is_strong_bullet(c) || matches!(c, '-' | '*' | '+' | '\u{2013}' | '\u{2014}')
}

/// The character starting at byte `i` of `s`, if `i` is a character
/// boundary inside `s`.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

/// The character ending at byte `i` of `s` (the one just before `i`).
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_classified_by_side() {
        assert!(is_closing('\u{201D}') && !is_opening('\u{201D}'));
        assert!(is_opening('\u{201C}') && !is_closing('\u{201C}'));
        assert!(is_opening('\u{00BF}') && is_opening('\u{00A1}'));
        assert!(is_closing('"') && is_opening('"'));
    }

    #[test]
    fn char_helpers_respect_boundaries() {
        let s = "a\u{2026}b";
        assert_eq!(char_at(s, 1), Some(ELLIPSIS));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_before(s, 4), Some(ELLIPSIS));
        assert_eq!(char_before(s, 3), None);
        assert_eq!(char_at(s, 99), None);
    }
}
