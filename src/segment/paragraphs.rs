//! Finding paragraphs and what kind they are.
//!
//! With layout blocks from ingest, each block is a paragraph (split further
//! at blank lines). In plain text the segmenter decides itself:
//!
//! - By default every line is a paragraph (news text stored one paragraph
//!   per line).
//! - Text hard-wrapped at a fixed width is recognised from its lines: most
//!   lines that another line follows are of similar length and stop
//!   mid-sentence. There a single newline is
//!   a space and a paragraph ends at a blank line, before a list item, before
//!   a quotation introduced by a colon, or after a markedly short line that
//!   ends a sentence or stands as a heading.
//!
//! A paragraph's kind: a list item starts with a list marker; a quotation
//! starts with an opening quote and ends with the closing one, after a
//! colon or as a single quotation; a heading (plain text only) is a short
//! line that starts with a capital and has no final punctuation.

use super::lists::marker_at_start;
use super::punctuation::{is_closing, is_closing_quote, is_opening_quote, is_terminal};
use crate::document::{Block, BlockKind, SentenceKind};

/// Longest line, in words, that can be a heading.
const HEADING_MAX_WORDS: usize = 16;

/// Longest line, in bytes, that can be a heading.
const HEADING_MAX_BYTES: usize = 200;

/// A paragraph: a byte range of the text and the kind of its sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Kind given to every sentence of the paragraph.
    pub kind: SentenceKind,
}

/// One line of text, without its line break.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    blank: bool,
}

/// Splits `text[lo..hi]` into lines.
fn lines(text: &str, lo: usize, hi: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut s = lo;
    while s < hi {
        let e = b[s..hi]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(hi, |p| s + p);
        let blank = text.get(s..e).is_none_or(|l| l.trim().is_empty());
        out.push(Line {
            start: s,
            end: e,
            blank,
        });
        s = e + 1;
    }
    out
}

/// Number of characters in `text[line]`.
fn width(text: &str, line: &Line) -> usize {
    text.as_bytes()[line.start..line.end]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
}

/// The last character of `s` that is not white space.
fn last_char(s: &str) -> Option<char> {
    s.trim_end().chars().next_back()
}

/// True when `s` ends like a sentence or clause: a final mark, a colon or
/// semicolon, possibly followed by closing quotes or brackets.
fn ends_with_punctuation(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(is_closing);
    t.chars()
        .next_back()
        .is_some_and(|c| is_terminal(c) || matches!(c, ':' | ';' | ','))
}

/// Fewest wrapped-looking lines that make a text count as hard-wrapped.
const MIN_WRAPPED_LINES: usize = 3;

/// True when the lines look hard-wrapped at a fixed width. Among the lines
/// that another line follows, take the long ones (60% of the widest or
/// more, the widest at most 200 characters): in wrapped text at least three
/// and at least half of them stop without final punctuation, i.e.
/// mid-sentence. Text stored one paragraph per line has long lines ending
/// in punctuation, and only short headings without it.
fn is_hard_wrapped(text: &str, lines: &[Line]) -> bool {
    let inner: Vec<(usize, &Line)> = lines
        .windows(2)
        .filter(|w| !w[0].blank && !w[1].blank)
        .map(|w| (width(text, &w[0]), &w[0]))
        .collect();
    if inner.len() < 2 {
        return false;
    }
    let max = inner.iter().map(|(w, _)| *w).max().unwrap_or(0);
    if !(20..=200).contains(&max) {
        return false;
    }
    let long: Vec<&Line> = inner
        .iter()
        .filter(|(w, _)| w * 10 >= max * 6)
        .map(|(_, l)| *l)
        .collect();
    let wrapped = long
        .iter()
        .filter(|l| !ends_with_punctuation(&text[l.start..l.end]))
        .count();
    wrapped >= MIN_WRAPPED_LINES && wrapped * 2 >= long.len()
}

/// True when `line` looks like a heading: short, starting with a capital
/// or digit, with a letter, and without final punctuation.
fn looks_like_heading(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > HEADING_MAX_BYTES || t.contains('\n') {
        return false;
    }
    let first = t.chars().find(|c| !is_opening_quote(*c)).unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if !t.chars().any(char::is_alphabetic) || ends_with_punctuation(t) {
        return false;
    }
    t.split_whitespace().count() <= HEADING_MAX_WORDS
}

/// True when `para` is a quotation on its own: it opens with a quotation
/// mark and closes with one, and either follows a colon or holds no other
/// quotation mark (so it is not `“…,” she said, “…”`).
fn is_quoted_paragraph(para: &str, after_colon: bool) -> bool {
    let t = para.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !is_opening_quote(first) {
        return false;
    }
    let body = t.strip_suffix('.').unwrap_or(t);
    let Some(last) = body.chars().next_back() else {
        return false;
    };
    if !is_closing_quote(last) || body.len() <= first.len_utf8() {
        return false;
    }
    if after_colon {
        return true;
    }
    let inner = &body[first.len_utf8()..body.len() - last.len_utf8()];
    !inner
        .chars()
        .any(|c| c == first || c == last || (c == '"' && (first == '"' || last == '"')))
}

/// The kind of the paragraph `para` (plain text, or a paragraph block when
/// `allow_heading` is false), given whether the previous paragraph ended
/// with a colon.
fn classify(para: &str, after_colon: bool, allow_heading: bool) -> SentenceKind {
    if marker_at_start(para).is_some() {
        SentenceKind::ListItem
    } else if is_quoted_paragraph(para, after_colon) {
        SentenceKind::Quote
    } else if allow_heading && looks_like_heading(para) {
        SentenceKind::Heading
    } else {
        SentenceKind::Body
    }
}

/// True when a new paragraph starts at `next` inside a run of lines that
/// are otherwise joined: a list item, or a quotation after a colon.
fn starts_new_paragraph(text: &str, prev: &Line, next: &Line) -> bool {
    let next_text = &text[next.start..next.end];
    if marker_at_start(next_text).is_some() {
        return true;
    }
    let prev_text = &text[prev.start..prev.end];
    last_char(prev_text) == Some(':')
        && next_text
            .trim_start()
            .chars()
            .next()
            .is_some_and(is_opening_quote)
}

/// Appends the paragraphs of plain text `text[lo..hi]` to `out`.
pub(crate) fn plain(text: &str, lo: usize, hi: usize, out: &mut Vec<Paragraph>) {
    let lines = lines(text, lo, hi);
    let mut after_colon = false;
    let mut push = |start: usize, end: usize, out: &mut Vec<Paragraph>| {
        let para = &text[start..end];
        if para.trim().is_empty() {
            return;
        }
        let kind = classify(para, after_colon, true);
        after_colon = last_char(para) == Some(':');
        out.push(Paragraph { start, end, kind });
    };
    if !is_hard_wrapped(text, &lines) {
        for l in lines.iter().filter(|l| !l.blank) {
            push(l.start, l.end, out);
        }
        return;
    }
    let width_max = lines.iter().map(|l| width(text, l)).max().unwrap_or(0);
    let mut run_start: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            if let Some(s) = run_start.take() {
                push(s, lines[i - 1].end, out);
            }
            continue;
        }
        let s = *run_start.get_or_insert(l.start);
        match lines.get(i + 1) {
            Some(next) if !next.blank => {
                let line_text = &text[l.start..l.end];
                let short = width(text, l) * 10 < width_max * 6;
                let ends_here = short
                    && (ends_with_punctuation(line_text)
                        || (s == l.start && looks_like_heading(line_text)));
                if ends_here || starts_new_paragraph(text, l, next) {
                    push(s, l.end, out);
                    run_start = None;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = run_start {
        if let Some(last) = lines.last() {
            push(s, last.end, out);
        }
    }
}

/// Appends the paragraphs of a layout block to `out`: the block split at
/// blank lines and before a quotation introduced by a colon, each piece of
/// the block's kind (a paragraph block may still hold a list item or a
/// quotation).
fn block(text: &str, lo: usize, hi: usize, kind: BlockKind, out: &mut Vec<Paragraph>) {
    let lines = lines(text, lo, hi);
    let mut after_colon = false;
    let mut push = |start: usize, end: usize, out: &mut Vec<Paragraph>| {
        let para = &text[start..end];
        if para.trim().is_empty() {
            return;
        }
        let kind = match kind {
            BlockKind::Heading => SentenceKind::Heading,
            BlockKind::Quote => SentenceKind::Quote,
            BlockKind::ListItem => SentenceKind::ListItem,
            BlockKind::Paragraph => classify(para, after_colon, false),
        };
        after_colon = last_char(para) == Some(':');
        out.push(Paragraph { start, end, kind });
    };
    let mut run_start: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            if let Some(s) = run_start.take() {
                push(s, lines[i - 1].end, out);
            }
            continue;
        }
        let s = *run_start.get_or_insert(l.start);
        if let Some(next) = lines.get(i + 1) {
            let colon_quote = !next.blank
                && last_char(&text[l.start..l.end]) == Some(':')
                && starts_new_paragraph(text, l, next);
            if colon_quote {
                push(s, l.end, out);
                run_start = None;
            }
        }
    }
    if let (Some(s), Some(last)) = (run_start, lines.last()) {
        push(s, last.end, out);
    }
}

/// The paragraphs of `text` given its layout `blocks` (plain-text rules
/// when there are none, and for any text between blocks). Blocks are taken
/// in text order; parts that overlap an earlier block, lie outside the
/// text or cut a character are dropped.
pub(crate) fn paragraphs(text: &str, blocks: &[Block]) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if blocks.is_empty() {
        plain(text, 0, text.len(), &mut out);
        return out;
    }
    let mut sorted: Vec<&Block> = blocks.iter().collect();
    sorted.sort_by_key(|b| (b.span.start, b.span.end));
    let mut cursor = 0;
    for b in sorted {
        let mut s = b.span.start.max(cursor).min(text.len());
        let mut e = b.span.end.min(text.len());
        while s < e && !text.is_char_boundary(s) {
            s += 1;
        }
        while e > s && !text.is_char_boundary(e) {
            e -= 1;
        }
        if s >= e {
            continue;
        }
        if cursor < s {
            plain(text, cursor, s, &mut out);
        }
        block(text, s, e, b.kind, &mut out);
        cursor = e;
    }
    if cursor < text.len() {
        plain(text, cursor, text.len(), &mut out);
    }
    out
}
