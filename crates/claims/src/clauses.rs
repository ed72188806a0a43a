//! Splitting a sentence into clauses that assert separate things.
//!
//! The split is conservative, because a wrong split loses the subject of a
//! clause. A sentence is split at a semicolon, and at a comma followed by a
//! coordinating or contrastive conjunction ("but", "while", "and", "pero")
//! whose next word can start a subject ("the", "it", a capitalized name).
//! "and" after a short comma-separated item is a list ("Argentina, Costa
//! Rica, and Ecuador"), not a new clause. Nothing inside quotation marks or
//! parentheses is split, and every clause keeps at least [`MIN_WORDS`]
//! words.

use super::lexicon::{contains, CLAUSE_CONJUNCTIONS, SUBJECT_STARTERS};
use factsift_core::text::{words, Word};

/// The fewest words a clause must have to stand as its own claim.
pub const MIN_WORDS: usize = 4;

/// Byte ranges of text enclosed in quotation marks or parentheses; an
/// unclosed mark runs to the end of the text.
pub fn enclosed_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let closes = match c {
            '”' => Some('“'),
            '»' => Some('«'),
            ')' => Some('('),
            '"' => open.last().filter(|(o, _)| *o == '"').map(|_| '"'),
            _ => None,
        };
        if let Some(opener) = closes {
            if let Some(pos) = open.iter().rposition(|(o, _)| *o == opener) {
                let start = open[pos].1;
                open.truncate(pos);
                if open.is_empty() {
                    out.push((start, i + c.len_utf8()));
                }
                continue;
            }
        }
        if matches!(c, '“' | '«' | '(' | '"') {
            open.push((c, i));
        }
    }
    if let Some(&(_, start)) = open.first() {
        out.push((start, text.len()));
    }
    out
}

fn inside(ranges: &[(usize, usize)], at: usize) -> bool {
    ranges.iter().any(|&(s, e)| s <= at && at < e)
}

/// The clause ranges of `sentence`, as byte ranges into it, in order,
/// trimmed of white space and of the punctuation and conjunction that
/// joined them. A sentence that is not split gives one range covering it.
pub fn split(sentence: &str) -> Vec<(usize, usize)> {
    let ws = words(sentence);
    let enclosed = enclosed_ranges(sentence);
    // candidate cuts: (byte where the left clause ends, index of the first
    // word of the right clause)
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut last_cut_word = 0usize;
    for (i, c) in sentence.char_indices() {
        if !matches!(c, ';' | ',') || inside(&enclosed, i) {
            continue;
        }
        let next = ws.partition_point(|w| w.start <= i);
        let Some(first) = ws.get(next) else { break };
        let right_start = if c == ';' {
            if contains(CLAUSE_CONJUNCTIONS, &first.lower()) {
                next + 1
            } else {
                next
            }
        } else {
            let conj = first.lower();
            if !contains(CLAUSE_CONJUNCTIONS, &conj) {
                continue;
            }
            let Some(subject) = ws.get(next + 1) else {
                continue;
            };
            if !starts_subject(subject) {
                continue;
            }
            if (conj == "and" || conj == "y") && is_list_item(sentence, &ws, i, next) {
                continue;
            }
            next + 1
        };
        let left_words = next - last_cut_word;
        let right_words = ws.len().saturating_sub(right_start);
        if left_words < MIN_WORDS || right_words < MIN_WORDS {
            continue;
        }
        cuts.push((i, right_start));
        last_cut_word = right_start;
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0usize;
    for &(end, right_start) in &cuts {
        push_trimmed(sentence, from, end, &mut out);
        from = ws.get(right_start).map_or(sentence.len(), |w| w.start);
    }
    push_trimmed(sentence, from, sentence.len(), &mut out);
    if out.is_empty() {
        out.push((0, sentence.len()));
    }
    out
}

/// True when `w` can start the subject of a clause.
fn starts_subject(w: &Word<'_>) -> bool {
    w.is_capitalized() || contains(SUBJECT_STARTERS, &w.lower())
}

/// True when the comma at `comma` closes a short item of a list: the text
/// since the previous comma (or the start) has fewer than [`MIN_WORDS`]
/// words and a comma does come before it.
fn is_list_item(sentence: &str, ws: &[Word<'_>], comma: usize, next_word: usize) -> bool {
    let Some(prev_comma) = sentence.get(..comma).and_then(|s| s.rfind(',')) else {
        return false;
    };
    let first = ws.partition_point(|w| w.start <= prev_comma);
    next_word.saturating_sub(first) < MIN_WORDS
}

fn push_trimmed(sentence: &str, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let Some(piece) = sentence.get(from..to) else {
        return;
    };
    let trimmed_start = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    let body = body.trim_end_matches([',', ';']).trim_end();
    if !body.is_empty() {
        let s = from + trimmed_start;
        out.push((s, s + body.len()));
    }
}
