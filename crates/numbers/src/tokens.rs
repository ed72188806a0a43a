//! A tokenized sentence with cheap access to each token's raw and
//! lower-cased text and to what its word is as a number word.
//!
//! The lower-cased words are read once per sentence into one buffer (the
//! sentence itself when it has no capital, one lower-cased copy when it is
//! ASCII), and each word is looked up once in the number lexicon, so the
//! readers that test a token again and again pay for neither.

use std::borrow::Cow;

use super::lexer::{tokenize, Tok, TokKind};
use super::words::{self, NumWord};
use factsift_core::text::lower;
use factsift_core::Language;

/// The tokens of one sentence.
pub struct Toks<'a> {
    /// The sentence text; token offsets point into it.
    pub text: &'a str,
    /// The tokens, in order.
    pub toks: Vec<Tok>,
    /// The lower-cased, accent-folded words, which `info` points into.
    folded: Cow<'a, str>,
    info: Vec<Info>,
    /// The language `info` read the number words in.
    lang: Language,
    /// False when the sentence had too many tokens and was cut.
    pub complete: bool,
}

/// What is read once about each token.
#[derive(Debug, Clone, Copy)]
struct Info {
    /// Byte range of the lower-cased word in `folded` (empty for non-words).
    word: (usize, usize),
    /// The word as a number word in the sentence's language.
    num: Option<NumWord>,
    /// A word starting with an upper-case letter.
    capitalized: bool,
}

impl<'a> Toks<'a> {
    /// Tokenizes `text`, whose number words are read in `lang`.
    pub fn new(text: &'a str, lang: Language) -> Self {
        // about one token per four bytes of prose: one allocation, rarely a second
        let mut toks = Vec::with_capacity(text.len() / 4 + 8);
        let complete = tokenize(text, &mut toks);
        let (folded, spans) = fold_words(text, &toks);
        let info = toks
            .iter()
            .zip(spans)
            .map(|(t, word)| {
                let is_word = t.kind == TokKind::Word;
                let w = &folded[word.0..word.1];
                Info {
                    word,
                    num: if is_word {
                        words::lookup(w, lang)
                    } else {
                        None
                    },
                    capitalized: is_word
                        && text[t.start..t.end]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase),
                }
            })
            .collect();
        Toks {
            text,
            toks,
            folded,
            info,
            lang,
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
        self.info
            .get(i)
            .map(|w| &self.folded[w.word.0..w.word.1])
            .unwrap_or("")
    }

    /// The number word at `i` ([`words::lookup`] of [`Toks::word`] in the
    /// sentence's language).
    pub fn num_word(&self, i: usize) -> Option<NumWord> {
        self.info.get(i).and_then(|w| w.num)
    }

    /// The number word at `i` read in `lang`, which may differ from the
    /// sentence's.
    pub fn num_word_in(&self, i: usize, lang: Language) -> Option<NumWord> {
        if words::same_lexicon(lang, self.lang) {
            self.num_word(i)
        } else if self.kind(i) == Some(TokKind::Word) {
            words::lookup(self.word(i), lang)
        } else {
            None
        }
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
        self.info.get(i).is_some_and(|w| w.capitalized)
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

/// The lower-cased, accent-folded words of `toks` in one buffer, and each
/// token's range in it (empty for non-words). An ASCII sentence keeps its
/// offsets: its words are read in place, or in one lower-cased copy.
fn fold_words<'a>(text: &'a str, toks: &[Tok]) -> (Cow<'a, str>, Vec<(usize, usize)>) {
    let in_place = |t: &Tok| match t.kind {
        TokKind::Word => (t.start, t.end),
        _ => (0, 0),
    };
    if text.is_ascii() {
        let folded = if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        };
        return (folded, toks.iter().map(in_place).collect());
    }
    let mut folded = String::with_capacity(text.len());
    let spans = toks
        .iter()
        .map(|t| {
            if t.kind != TokKind::Word {
                return (0, 0);
            }
            let start = folded.len();
            folded.push_str(&lower(&text[t.start..t.end]));
            (start, folded.len())
        })
        .collect();
    (Cow::Owned(folded), spans)
}
