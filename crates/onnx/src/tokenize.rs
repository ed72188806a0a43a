//! Sub-word tokenization with exact byte offsets into the document.
//!
//! Wraps a `tokenizers` `tokenizer.json`. Each piece of the document (a
//! sentence) is encoded on its own, without special tokens, truncation or
//! padding; the tokens of all pieces are concatenated into one
//! [`TokenSeq`] whose offsets point into the whole document text and whose
//! word numbers run across the document.

use std::path::Path;

use anyhow::Context;

use factsift_core::document::Span;

/// A tokenizer loaded from a model folder's `tokenizer.json`.
pub struct TextTokenizer {
    inner: tokenizers::Tokenizer,
    prefix: Vec<u32>,
    suffix: Vec<u32>,
    pad_id: u32,
}

/// The tokens of a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TokenSeq {
    /// Vocabulary ids.
    pub ids: Vec<u32>,
    /// Byte span of each token in the document text (on char boundaries).
    pub spans: Vec<Span>,
    /// Document-wide word number of each token; sub-words of one word share it.
    pub words: Vec<u32>,
    /// Index of the first token of each piece, plus the total at the end.
    pub piece_starts: Vec<usize>,
    /// Shape class of each token's word ([`word_shape`]), which models
    /// trained with `factsift_token_types: word_shape` read as token types.
    pub shapes: Vec<u8>,
}

impl TokenSeq {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when the document produced no token.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// True when token `i` starts a new word (or is the first of its piece).
    pub fn starts_word(&self, i: usize) -> bool {
        i == 0 || self.words.get(i) != self.words.get(i - 1)
    }
}

impl TextTokenizer {
    /// Loads `tokenizer.json`, turning off any truncation and padding it asks for.
    pub fn from_file(path: &Path) -> anyhow::Result<TextTokenizer> {
        let mut inner = tokenizers::Tokenizer::from_file(path)
            .map_err(|e| anyhow::anyhow!("{e}"))
            .with_context(|| format!("reading tokenizer {}", path.display()))?;
        inner
            .with_truncation(None)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        inner.with_padding(None);
        let probe = inner
            .encode("a", true)
            .map_err(|e| anyhow::anyhow!("tokenizer {} fails on a probe: {e}", path.display()))?;
        let mask = probe.get_special_tokens_mask();
        let ids = probe.get_ids();
        let first = mask.iter().position(|&m| m == 0).unwrap_or(ids.len());
        let last = mask.iter().rposition(|&m| m == 0).map_or(first, |p| p + 1);
        let pad_id = ["[PAD]", "<pad>", "<PAD>"]
            .iter()
            .find_map(|t| inner.token_to_id(t))
            .unwrap_or(0);
        Ok(TextTokenizer {
            prefix: ids[..first].to_vec(),
            suffix: ids[last..].to_vec(),
            inner,
            pad_id,
        })
    }

    /// Special tokens the model expects before a sequence (`[CLS]`).
    pub fn prefix(&self) -> &[u32] {
        &self.prefix
    }

    /// Special tokens the model expects after a sequence (`[SEP]`).
    pub fn suffix(&self) -> &[u32] {
        &self.suffix
    }

    /// The padding token id.
    pub fn pad_id(&self) -> u32 {
        self.pad_id
    }

    /// Tokenizes the pieces of `text` (byte spans, in order, not overlapping).
    pub fn encode_pieces(&self, text: &str, pieces: &[Span]) -> anyhow::Result<TokenSeq> {
        let mut seq = TokenSeq::default();
        let mut next_word = 0u32;
        for piece in pieces {
            seq.piece_starts.push(seq.ids.len());
            let piece_first = seq.ids.len();
            let Some(slice) = text.get(piece.start..piece.end) else {
                anyhow::bail!(
                    "piece {}..{} is not on char boundaries",
                    piece.start,
                    piece.end
                );
            };
            if slice.trim().is_empty() {
                continue;
            }
            let enc = self
                .inner
                .encode(slice, false)
                .map_err(|e| anyhow::anyhow!("tokenizing: {e}"))?;
            let mut max_word = None;
            for ((&id, &(s, e)), word) in enc
                .get_ids()
                .iter()
                .zip(enc.get_offsets())
                .zip(enc.get_word_ids())
            {
                let start = floor_boundary(slice, s.min(slice.len()));
                let end = ceil_boundary(slice, e.clamp(start, slice.len()));
                let w = word.unwrap_or(0);
                max_word = max_word.max(Some(w));
                seq.ids.push(id);
                seq.spans
                    .push(Span::new(piece.start + start, piece.start + end));
                seq.words.push(next_word + w);
            }
            push_shapes(&mut seq, text, piece_first);
            if let Some(m) = max_word {
                next_word += m + 1;
            }
        }
        seq.piece_starts.push(seq.ids.len());
        Ok(seq)
    }
}

/// Token type of special and padding tokens in a `word_shape` model.
pub const SHAPE_SPECIAL: u8 = 0;

/// The shape class of a word: 1 no letters, 2 lower case, 3 capitalized
/// (one capital, first), 4 all capitals (two letters or more), 5 any other
/// mix. The NER training recipe (`training/ner/data.py`) uses the same
/// classes, so an uncased encoder still sees the case of the text.
pub fn word_shape(word: &str) -> u8 {
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut first_upper = false;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if c.is_uppercase() {
            upper += 1;
            first_upper |= letters == 0;
        }
        letters += 1;
    }
    match (letters, upper) {
        (0, _) => 1,
        (_, 0) => 2,
        (_, 1) if first_upper => 3,
        (l, u) if l == u && l >= 2 => 4,
        _ => 5,
    }
}

/// Appends the shape of each token's word for the tokens from `first` on
/// (one piece: its word numbers are consecutive).
fn push_shapes(seq: &mut TokenSeq, text: &str, first: usize) {
    let mut i = first;
    while i < seq.ids.len() {
        let word = seq.words[i];
        let mut j = i;
        let (mut start, mut end) = (seq.spans[i].start, seq.spans[i].end);
        while j < seq.ids.len() && seq.words[j] == word {
            start = start.min(seq.spans[j].start);
            end = end.max(seq.spans[j].end);
            j += 1;
        }
        let shape = word_shape(text.get(start..end).unwrap_or(""));
        seq.shapes.extend(std::iter::repeat_n(shape, j - i));
        i = j;
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes_follow_the_training_recipe() {
        assert_eq!(word_shape("13"), 1);
        assert_eq!(word_shape("—"), 1);
        assert_eq!(word_shape("prison"), 2);
        assert_eq!(word_shape("Bukele"), 3);
        assert_eq!(word_shape("I"), 3);
        assert_eq!(word_shape("Günther"), 3);
        assert_eq!(word_shape("CECOT"), 4);
        assert_eq!(word_shape("MS13"), 4);
        assert_eq!(word_shape("McDonald"), 5);
        assert_eq!(word_shape("iPhone"), 5);
    }

    #[test]
    fn boundaries_never_split_a_char() {
        let s = "a€b";
        assert_eq!(floor_boundary(s, 2), 1);
        assert_eq!(ceil_boundary(s, 2), 4);
        assert_eq!(ceil_boundary(s, 5), 5);
    }
}
