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
use factsift_core::document::{Block, BlockKind, SentenceKind};

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

/// How a paragraph stands as a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quotation {
    /// Not a quotation paragraph.
    No,
    /// Opens with a quotation mark and closes with one.
    Closed,
    /// Opens with a quotation mark and never closes it: the quotation goes
    /// on in the next paragraph (the usual style for quotes of several
    /// paragraphs).
    Open,
}

/// How `para` stands as a quotation. A paragraph that opens and closes
/// with quotation marks counts alone only when it holds no other mark (so
/// not `“…,” she said, “…”`); `in_context` (after a colon or an open
/// quotation) accepts any closed one, and an open one without closing
/// marks.
fn quotation(para: &str, in_context: bool) -> Quotation {
    let t = para.trim();
    let Some(first) = t.chars().next() else {
        return Quotation::No;
    };
    if !is_opening_quote(first) {
        return Quotation::No;
    }
    let rest = &t[first.len_utf8()..];
    let body = rest.strip_suffix('.').unwrap_or(rest);
    let closed = body.chars().next_back().filter(|&c| is_closing_quote(c));
    let Some(last) = closed else {
        let never_closes = !rest.chars().any(|c| is_closing_quote(c) && c != '\u{2019}');
        return if in_context && never_closes {
            Quotation::Open
        } else {
            Quotation::No
        };
    };
    if in_context {
        return Quotation::Closed;
    }
    let inner = &body[..body.len() - last.len_utf8()];
    let other_mark = inner
        .chars()
        .any(|c| c == first || c == last || (c == '"' && (first == '"' || last == '"')));
    if other_mark {
        Quotation::No
    } else {
        Quotation::Closed
    }
}

/// Gives each paragraph its kind, remembering what the previous paragraph
/// said about the next one (a final colon, an open quotation).
#[derive(Debug, Default)]
struct Classifier {
    after_colon: bool,
    quote_open: bool,
}

impl Classifier {
    /// The kind of `para` (plain text when `allow_heading`, a paragraph
    /// block otherwise).
    fn kind(&mut self, para: &str, allow_heading: bool) -> SentenceKind {
        let q = quotation(para, self.after_colon || self.quote_open);
        self.after_colon = last_char(para) == Some(':');
        self.quote_open = q == Quotation::Open;
        if marker_at_start(para).is_some() {
            SentenceKind::ListItem
        } else if q != Quotation::No {
            SentenceKind::Quote
        } else if allow_heading && looks_like_heading(para) {
            SentenceKind::Heading
        } else {
            SentenceKind::Body
        }
    }

    /// Records `para` of a given kind (a block) as the previous paragraph.
    fn note(&mut self, para: &str) {
        self.after_colon = last_char(para) == Some(':');
        self.quote_open = false;
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

/// Walks runs of non-blank lines and calls `emit(start, end)` for each
/// paragraph: a run ends at a blank line, and also after a line `l`
/// (starting a paragraph at `run_start`) followed by a non-blank `next`
/// when `ends_after(run_start, l, next)`.
fn walk_runs(
    lines: &[Line],
    ends_after: impl Fn(usize, &Line, &Line) -> bool,
    mut emit: impl FnMut(usize, usize),
) {
    let mut run_start: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            if let (Some(s), Some(prev)) = (run_start.take(), i.checked_sub(1)) {
                emit(s, lines[prev].end);
            }
            continue;
        }
        let s = *run_start.get_or_insert(l.start);
        let next = lines.get(i + 1).filter(|n| !n.blank);
        match next {
            Some(next) if ends_after(s, l, next) => {
                emit(s, l.end);
                run_start = None;
            }
            Some(_) => {}
            None if i + 1 == lines.len() => {
                emit(s, l.end);
                run_start = None;
            }
            None => {}
        }
    }
}

/// Appends the paragraphs of plain text `text[lo..hi]` to `out`.
pub(crate) fn plain(text: &str, lo: usize, hi: usize, out: &mut Vec<Paragraph>) {
    let lines = lines(text, lo, hi);
    let mut classifier = Classifier::default();
    let mut push = |start: usize, end: usize| {
        let para = &text[start..end];
        if !para.trim().is_empty() {
            let kind = classifier.kind(para, true);
            out.push(Paragraph { start, end, kind });
        }
    };
    if !is_hard_wrapped(text, &lines) {
        for l in lines.iter().filter(|l| !l.blank) {
            push(l.start, l.end);
        }
        return;
    }
    let width_max = lines.iter().map(|l| width(text, l)).max().unwrap_or(0);
    let ends_after = |run_start: usize, l: &Line, next: &Line| {
        let line_text = &text[l.start..l.end];
        let short = width(text, l) * 10 < width_max * 6;
        let ends_here = short
            && (ends_with_punctuation(line_text)
                || (run_start == l.start && looks_like_heading(line_text)));
        ends_here || starts_new_paragraph(text, l, next)
    };
    walk_runs(&lines, ends_after, push);
}

/// Appends the paragraphs of a layout block to `out`: the block split at
/// blank lines and before a list item or a quotation introduced by a
/// colon. Heading, quote and list-item blocks give their kind to every
/// piece; a paragraph block's pieces are classified like plain text, but
/// never as headings.
fn block(text: &str, lo: usize, hi: usize, kind: BlockKind, out: &mut Vec<Paragraph>) {
    let lines = lines(text, lo, hi);
    let mut classifier = Classifier::default();
    let push = |start: usize, end: usize| {
        let para = &text[start..end];
        if para.trim().is_empty() {
            return;
        }
        let kind = match kind {
            BlockKind::Paragraph => classifier.kind(para, false),
            BlockKind::Heading | BlockKind::Quote | BlockKind::ListItem => {
                classifier.note(para);
                match kind {
                    BlockKind::Heading => SentenceKind::Heading,
                    BlockKind::Quote => SentenceKind::Quote,
                    _ => SentenceKind::ListItem,
                }
            }
        };
        out.push(Paragraph { start, end, kind });
    };
    let ends_after = |_: usize, l: &Line, next: &Line| {
        last_char(&text[l.start..l.end]) == Some(':') && starts_new_paragraph(text, l, next)
    };
    walk_runs(&lines, ends_after, push);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_have_no_final_punctuation() {
        assert!(looks_like_heading("From Crackdown to Export Model"));
        assert!(looks_like_heading("2024 in Review"));
        assert!(!looks_like_heading("From crackdown to export."));
        assert!(!looks_like_heading("he warned"));
        assert!(!looks_like_heading("She warns:"));
        assert!(!looks_like_heading(&"Word ".repeat(30)));
        assert!(!looks_like_heading("“A quoted line,”"));
        assert!(!looks_like_heading("1234"));
    }

    #[test]
    fn quotations() {
        assert_eq!(quotation("“Go home. Now.”", false), Quotation::Closed);
        assert_eq!(quotation("\"Go home.\"", false), Quotation::Closed);
        assert_eq!(quotation("“Go,” he said, “now.”", false), Quotation::No);
        assert_eq!(quotation("“Go,” he said, “now.”", true), Quotation::Closed);
        assert_eq!(quotation("“Go on and on", true), Quotation::Open);
        assert_eq!(quotation("“Go on and on", false), Quotation::No);
        assert_eq!(quotation("Go home.", true), Quotation::No);
        assert_eq!(quotation("“", true), Quotation::Open);
        assert_eq!(quotation("", true), Quotation::No);
    }

    #[test]
    fn hard_wrap_detection() {
        let wrapped = "aaaa bbbb cccc dddd eeee ffff gggg\n\
                       hhhh iiii jjjj kkkk llll mmmm nnnn\n\
                       oooo pppp qqqq rrrr ssss tttt uuuu\n\
                       vvvv wwww.\n";
        let l = lines(wrapped, 0, wrapped.len());
        assert!(is_hard_wrapped(wrapped, &l));
        let per_line = "First sentence here is long enough.\n\
                        Second sentence is also long enough.\n\
                        Third sentence follows on its line.\n\
                        Fourth one.\n";
        let l = lines(per_line, 0, per_line.len());
        assert!(!is_hard_wrapped(per_line, &l));
        let l = lines("", 0, 0);
        assert!(!is_hard_wrapped("", &l));
    }

    #[test]
    fn blocks_are_clipped_to_the_text() {
        let text = "One. Two.";
        let blocks = [Block {
            span: factsift_core::document::Span::new(5, 400),
            kind: BlockKind::Quote,
        }];
        let got = paragraphs(text, &blocks);
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].start, got[0].end, got[0].kind),
            (0, 5, SentenceKind::Body)
        );
        assert_eq!(
            (got[1].start, got[1].end, got[1].kind),
            (5, 9, SentenceKind::Quote)
        );
    }
}
