//! List markers: bullets (`•`, `-`, `⁃`), numbers (`1.`, `2)`, `3.)`,
//! `(4)`) and letters (`a.`, `b)`).
//!
//! A marker at the start of a line makes the line a list item. A marker at
//! the start of a sentence also predicts the next marker (`2.` after `1.`,
//! `b)` after `a)`, the same bullet again), and an occurrence of that next
//! marker later in the same paragraph starts a new item even without a
//! period before it (`1) The first item 2) The second item`).

use super::punctuation::{is_bullet, is_strong_bullet};

/// How a numbered or lettered marker is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Delim {
    /// `1.`
    Period,
    /// `1)`
    Paren,
    /// `1.)`
    PeriodParen,
    /// `(1)`
    Enclosed,
}

/// A list marker found at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// A bullet character.
    Bullet(char),
    /// A number from 0 to 999.
    Number(u16, Delim),
    /// A single ASCII letter.
    Letter(u8, Delim),
}

/// Reads a number or letter marker at the start of `s`, returning it and its
/// length in bytes. The marker must be followed by white space, or by a
/// letter when `tight` (as in `⁃9.The`) is allowed, and never by a digit.
fn numbered(s: &str) -> Option<(Marker, usize)> {
    let b = s.as_bytes();
    let (enclosed, mut i) = if b.first() == Some(&b'(') {
        (true, 1)
    } else {
        (false, 0)
    };
    let body_start = i;
    while i < b.len() && b[i].is_ascii_digit() && i - body_start < 4 {
        i += 1;
    }
    let digits = i - body_start;
    let value = if digits > 0 {
        if digits > 3 {
            return None;
        }
        let n = s.get(body_start..i)?.parse::<u16>().ok()?;
        Some(n)
    } else {
        None
    };
    let letter = if digits == 0 {
        let c = *b.get(i)?;
        if !c.is_ascii_alphabetic() {
            return None;
        }
        i += 1;
        Some(c)
    } else {
        None
    };
    let delim = if enclosed {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        Delim::Enclosed
    } else {
        match (b.get(i), b.get(i + 1)) {
            (Some(b'.'), Some(b')')) => {
                i += 2;
                Delim::PeriodParen
            }
            (Some(b'.'), _) => {
                i += 1;
                Delim::Period
            }
            (Some(b')'), _) => {
                i += 1;
                Delim::Paren
            }
            _ => return None,
        }
    };
    // An upper-case letter with a period is an initial (`A. Smith`).
    if let Some(c) = letter {
        if c.is_ascii_uppercase() && delim == Delim::Period {
            return None;
        }
    }
    if !b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
        return None;
    }
    let marker = match (value, letter) {
        (Some(n), _) => Marker::Number(n, delim),
        (None, Some(c)) => Marker::Letter(c, delim),
        (None, None) => return None,
    };
    Some((marker, i))
}

/// The list marker at the start of `s` (leading white space allowed), with
/// the byte offset just after it. A bullet followed by a number marker
/// (`• 9.` or `⁃9.`) counts as the bullet.
pub(crate) fn marker_at_start(s: &str) -> Option<(Marker, usize)> {
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let first = trimmed.chars().next()?;
    if is_bullet(first) {
        let after = &trimmed[first.len_utf8()..];
        let spaced = after.starts_with(char::is_whitespace);
        let numbered_next = numbered(after.trim_start()).is_some();
        if spaced || (is_strong_bullet(first) && numbered_next) {
            return Some((Marker::Bullet(first), lead + first.len_utf8()));
        }
        return None;
    }
    numbered(trimmed).map(|(m, len)| (m, lead + len))
}

impl Marker {
    /// The marker expected to start the next item, written out into `buf`;
    /// returns the number of bytes used. `-`, `*` and dashes predict
    /// nothing inside a line, as they also join words.
    pub(crate) fn next_into(self, buf: &mut [u8; 8]) -> usize {
        let mut w = Writer { buf, len: 0 };
        let delim = match self {
            Marker::Bullet(c) => {
                if is_strong_bullet(c) {
                    w.push(c.encode_utf8(&mut [0u8; 4]).as_bytes());
                }
                return w.len;
            }
            Marker::Number(_, d) | Marker::Letter(_, d) => d,
        };
        if delim == Delim::Enclosed {
            w.push(b"(");
        }
        match self {
            Marker::Number(n, _) => {
                let next = u32::from(n) + 1;
                if next > 999 {
                    return 0;
                }
                let digits = [next / 100, next / 10 % 10, next % 10].map(|d| b'0' + d as u8);
                let skip = match next {
                    100.. => 0,
                    10..=99 => 1,
                    _ => 2,
                };
                w.push(&digits[skip..]);
            }
            Marker::Letter(c, _) => {
                let next = c.wrapping_add(1);
                if !next.is_ascii_alphabetic() {
                    return 0;
                }
                w.push(&[next]);
            }
            Marker::Bullet(_) => {}
        }
        w.push(match delim {
            Delim::Period => b".",
            Delim::Paren | Delim::Enclosed => b")",
            Delim::PeriodParen => b".)",
        });
        w.len
    }
}

/// Appends bytes to a fixed buffer, dropping what does not fit.
struct Writer<'a> {
    buf: &'a mut [u8; 8],
    len: usize,
}

impl Writer<'_> {
    fn push(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if self.len < self.buf.len() {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(m: Marker) -> String {
        let mut buf = [0u8; 8];
        let n = m.next_into(&mut buf);
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }

    #[test]
    fn numbered_and_lettered_markers() {
        assert_eq!(
            marker_at_start("1. The first"),
            Some((Marker::Number(1, Delim::Period), 2))
        );
        assert_eq!(
            marker_at_start("12) x"),
            Some((Marker::Number(12, Delim::Paren), 3))
        );
        assert_eq!(
            marker_at_start("1.) x"),
            Some((Marker::Number(1, Delim::PeriodParen), 3))
        );
        assert_eq!(
            marker_at_start("(3) x"),
            Some((Marker::Number(3, Delim::Enclosed), 3))
        );
        assert_eq!(
            marker_at_start("a. The"),
            Some((Marker::Letter(b'a', Delim::Period), 2))
        );
        assert_eq!(
            marker_at_start("B) The"),
            Some((Marker::Letter(b'B', Delim::Paren), 2))
        );
    }

    #[test]
    fn things_that_are_not_markers() {
        assert_eq!(marker_at_start("A. Smith wrote"), None);
        assert_eq!(marker_at_start("2024. The year"), None);
        assert_eq!(marker_at_start("1.9 per cent"), None);
        assert_eq!(marker_at_start("-5 degrees"), None);
        assert_eq!(marker_at_start("The end."), None);
        assert_eq!(marker_at_start(""), None);
        assert_eq!(marker_at_start("(a"), None);
    }

    #[test]
    fn bullets() {
        assert_eq!(
            marker_at_start("• item"),
            Some((Marker::Bullet('•'), '•'.len_utf8()))
        );
        assert_eq!(
            marker_at_start("⁃9. The first"),
            Some((Marker::Bullet('⁃'), '⁃'.len_utf8()))
        );
        assert_eq!(marker_at_start("- item"), Some((Marker::Bullet('-'), 1)));
    }

    #[test]
    fn next_markers() {
        assert_eq!(next(Marker::Number(1, Delim::Period)), "2.");
        assert_eq!(next(Marker::Number(9, Delim::PeriodParen)), "10.)");
        assert_eq!(next(Marker::Number(2, Delim::Enclosed)), "(3)");
        assert_eq!(next(Marker::Letter(b'a', Delim::Paren)), "b)");
        assert_eq!(next(Marker::Letter(b'z', Delim::Paren)), "");
        assert_eq!(next(Marker::Bullet('•')), "•");
        assert_eq!(next(Marker::Bullet('-')), "");
    }
}
