//! Sentence-aware windows over a document's tokens, with overlap.
//!
//! A model sees at most a few hundred tokens at a time. The document's
//! tokens are cut into *owned* ranges that partition them exactly: whole
//! sentences are packed together while they fit in a window, and a sentence
//! longer than a window is cut at word starts. Where a cut falls inside a sentence,
//! the window also sees up to `context` tokens of the text beyond it, so an
//! entity that straddles the cut is read whole (a cut between sentences
//! needs no overlap, which saves model time). Predictions are kept only for
//! a window's owned tokens, so stitching the windows back together covers
//! every token exactly once and nothing is truncated.

use std::ops::Range;

use super::tokenize::TokenSeq;

/// How windows are sized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowConfig {
    /// Most tokens in one window, special tokens excluded. The default, 128,
    /// is the length token classifiers are usually fine-tuned at; a model
    /// folder's `config.json` can name another (`factsift_window_tokens`).
    pub max_tokens: usize,
    /// Tokens of context added beyond a window's owned range on a side
    /// where the owned range ends inside a sentence.
    pub context: usize,
}

impl Default for WindowConfig {
    fn default() -> Self {
        WindowConfig {
            max_tokens: 128,
            context: 32,
        }
    }
}

impl WindowConfig {
    /// The owned budget of a window and the context actually used, so that
    /// owned + 2 × context never exceeds `max_tokens` and owned is at least
    /// half of it.
    fn budgets(&self) -> (usize, usize) {
        let max = self.max_tokens.max(1);
        let context = self.context.min(max / 4);
        (max - 2 * context, context)
    }
}

/// One window of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Tokens fed to the model.
    pub tokens: Range<usize>,
    /// Tokens whose predictions this window provides (inside `tokens`).
    pub owned: Range<usize>,
}

/// Plans the windows of a document; their owned ranges partition
/// `0..seq.len()` in order.
pub fn plan(seq: &TokenSeq, config: &WindowConfig) -> Vec<Window> {
    let n = seq.len();
    let (budget, context) = config.budgets();
    let max = budget + 2 * context;
    let piece_edge = |i: usize| seq.piece_starts.binary_search(&i).is_ok() || i == n;
    // Whole sentences need no context, so they are packed up to the full
    // window (as the model was trained); a range that starts inside a
    // sentence leaves room for its left context.
    let limit = |start: usize| {
        if piece_edge(start) {
            max
        } else {
            max - context
        }
    };
    let mut owned: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for piece in seq.piece_starts.windows(2) {
        let (start, end) = (piece[0], piece[1].min(n));
        if start >= end {
            continue;
        }
        if let Some(c) = current.as_mut() {
            if end - c.start <= limit(c.start) {
                c.end = end;
                continue;
            }
            owned.push(c.clone());
        }
        let mut pos = start;
        while end - pos > limit(pos) {
            let cut = cut_point(seq, pos, pos + budget);
            owned.push(pos..cut);
            pos = cut;
        }
        current = Some(pos..end);
    }
    owned.extend(current);
    owned
        .into_iter()
        .map(|o| {
            let left = if piece_edge(o.start) { 0 } else { context };
            let right = if piece_edge(o.end) { 0 } else { context };
            let lo = (o.start.saturating_sub(left)..=o.start)
                .find(|&i| seq.starts_word(i))
                .unwrap_or(o.start);
            let hi_max = (o.end + right).min(n);
            let hi = (o.end..=hi_max)
                .rev()
                .find(|&i| i == n || seq.starts_word(i))
                .unwrap_or(o.end);
            Window {
                tokens: lo..hi,
                owned: o,
            }
        })
        .collect()
}

/// The last word start in `(from, limit]`, or `limit` when one word fills
/// the whole range.
fn cut_point(seq: &TokenSeq, from: usize, limit: usize) -> usize {
    (from + 1..=limit)
        .rev()
        .find(|&i| seq.starts_word(i))
        .unwrap_or(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sequence of pieces, each given as word lengths in tokens.
    fn seq(pieces: &[&[usize]]) -> TokenSeq {
        let mut s = TokenSeq::default();
        let mut word = 0u32;
        for piece in pieces {
            s.piece_starts.push(s.ids.len());
            for &len in piece.iter() {
                for _ in 0..len {
                    s.ids.push(1);
                    s.spans.push(factsift_core::document::Span::default());
                    s.words.push(word);
                }
                word += 1;
            }
        }
        s.piece_starts.push(s.ids.len());
        s
    }

    fn check_partition(s: &TokenSeq, ws: &[Window], config: &WindowConfig) {
        let mut next = 0;
        for w in ws {
            assert_eq!(w.owned.start, next, "owned ranges must be contiguous");
            assert!(w.owned.start < w.owned.end);
            assert!(w.tokens.start <= w.owned.start && w.owned.end <= w.tokens.end);
            assert!(w.tokens.len() <= config.max_tokens, "{w:?}");
            next = w.owned.end;
        }
        assert_eq!(next, s.len());
    }

    #[test]
    fn short_document_is_one_window() {
        let s = seq(&[&[1, 2, 1], &[1, 1]]);
        let ws = plan(&s, &WindowConfig::default());
        assert_eq!(
            ws,
            vec![Window {
                tokens: 0..6,
                owned: 0..6
            }]
        );
    }

    #[test]
    fn sentences_are_packed_whole_with_context() {
        let sentence: &[usize] = &[1; 10];
        let s = seq(&[sentence; 7]);
        let config = WindowConfig {
            max_tokens: 40,
            context: 5,
        };
        let ws = plan(&s, &config);
        check_partition(&s, &ws, &config);
        for w in &ws {
            assert_eq!(w.owned.start % 10, 0, "windows start at sentence starts");
        }
        assert!(ws.len() > 1);
        assert!(
            ws.iter().all(|w| w.tokens == w.owned),
            "no overlap between sentences"
        );
    }

    #[test]
    fn long_sentence_is_cut_at_word_starts() {
        let long: Vec<usize> = (0..100).map(|i| 1 + i % 3).collect();
        let s = seq(&[&long, &[1, 1]]);
        let config = WindowConfig {
            max_tokens: 30,
            context: 4,
        };
        let ws = plan(&s, &config);
        check_partition(&s, &ws, &config);
        for w in &ws {
            assert!(s.starts_word(w.owned.start));
            assert!(s.starts_word(w.tokens.start));
        }
        // Cuts inside the long sentence overlap; the sentence break does not.
        assert!(ws[1].tokens.start < ws[1].owned.start);
        assert!(ws[0].tokens.end > ws[0].owned.end);
        let last = ws.last().expect("windows");
        assert_eq!(last.tokens.end, s.len());
    }

    #[test]
    fn a_word_longer_than_the_budget_is_still_covered() {
        let s = seq(&[&[1, 70, 1]]);
        let config = WindowConfig {
            max_tokens: 20,
            context: 2,
        };
        let ws = plan(&s, &config);
        check_partition(&s, &ws, &config);
    }

    #[test]
    fn empty_document_has_no_window() {
        let s = seq(&[&[], &[]]);
        assert!(plan(&s, &WindowConfig::default()).is_empty());
    }
}
