//! A tokenized sentence with cheap access to each token's raw and
//! lower-cased text.

use std::borrow::Cow;

use super::lexer::{tokenize, Tok, TokKind};
use factsift_core::text::lower;

/// The tokens of one sentence.
pub struct Toks<'a> {
    /// The sentence text; token offsets point into it.
    pub text: &'a str,
    /// The tokens, in order.
    pub toks: Vec<Tok>,
    words: Vec<Cow<'a, str>>,
    /// False when the sentence had too many tokens and was cut.
    pub complete: bool,
}

impl<'a> Toks<'a> {
    /// Tokenizes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut toks = Vec::new();
        let complete = tokenize(text, &mut toks);
        let words = toks
            .iter()
            .map(|t| match t.kind {
                TokKind::Word => lower(&text[t.start..t.end]),
                _ => Cow::Borrowed(""),
            })
            .collect();
        Toks {
            text,
            toks,
            words,
            complete,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token at `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The raw text of token `i` (empty past the end).
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map(|t| &self.text[t.start..t.end])
            .unwrap_or("")
    }

    /// The lower-cased, accent-folded word at `i` (empty for non-words).
    pub fn word(&self, i: usize) -> &str {
        self.words.get(i).map(|w| w.as_ref()).unwrap_or("")
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// True when token `i` is the punctuation `p`.
    pub fn is(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i) == p
    }

    /// True when token `i` exists and white space precedes it.
    pub fn spaced(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.space_before)
    }

    /// True when token `i` exists and touches the previous token.
    pub fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// True when token `i` is a word starting with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.raw(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Byte offset where token `i` starts.
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map(|t| t.start).unwrap_or(self.text.len())
    }

    /// Byte offset where token `i` ends.
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map(|t| t.end).unwrap_or(self.text.len())
    }
}
