//! Splits a sentence into word, digit and punctuation tokens with byte
//! offsets, and tells cheaply whether a text can hold a number at all.

/// The class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its class.
    pub kind: TokKind,
    /// True when white space separates it from the previous token.
    pub space_before: bool,
}

/// Most tokens read from one sentence; the rest is ignored (and flagged).
pub const MAX_TOKENS: usize = 4096;

/// Tokenizes `text` into `out` (cleared first). Returns false when the text
/// had more than [`MAX_TOKENS`] tokens and was cut.
pub fn tokenize(text: &str, out: &mut Vec<Tok>) -> bool {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space = false;
    while i < bytes.len() {
        if out.len() >= MAX_TOKENS {
            return false;
        }
        let b = bytes[i];
        if b.is_ascii_digit() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok {
                start: s,
                end: i,
                kind: TokKind::Digits,
                space_before: space,
            });
            space = false;
        } else if b.is_ascii_alphabetic() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            // continue over non-ASCII letters (accents)
            if bytes.get(i).is_some_and(|&b| b >= 0x80) {
                i = extend_letters(text, i);
            }
            out.push(Tok {
                start: s,
                end: i,
                kind: TokKind::Word,
                space_before: space,
            });
            space = false;
        } else if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
            i += 1;
            space = true;
        } else if b < 0x80 {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: TokKind::Punct,
                space_before: space,
            });
            i += 1;
            space = false;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c.is_whitespace() {
                space = true;
                i += len;
            } else if c.is_alphabetic() && !is_symbol_letter(c) {
                let s = i;
                i = extend_letters(text, i);
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TokKind::Word,
                    space_before: space,
                });
                space = false;
            } else {
                out.push(Tok {
                    start: i,
                    end: i + len,
                    kind: TokKind::Punct,
                    space_before: space,
                });
                i += len;
                space = false;
            }
        }
    }
    true
}

/// Letters that act as unit or currency symbols and stand alone as tokens.
fn is_symbol_letter(c: char) -> bool {
    matches!(c, 'µ' | 'μ' | '元' | 'ª' | 'º')
}

fn extend_letters(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b >= 0x80 {
            match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() && !is_symbol_letter(c) => i += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}
