//! A tokenized sentence with cheap access to each token's raw and
//! lower-cased text and to what its word is as a number word.
//!
//! The lower-cased words are read once per sentence into one buffer, and
//! each word is looked up once in the number lexicon, so the readers that
//! test a token again and again pay for neither. The buffers pass from one
//! sentence to the next ([`Toks::into_buffers`]), so a document allocates
//! them once.

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
    folded: String,
    info: Vec<Info>,
    /// The language `info` read the number words in.
    lang: Language,
    /// False when the sentence had too many tokens and was cut.
    pub complete: bool,
}

/// The storage of a [`Toks`], kept for the next sentence.
#[derive(Debug, Default)]
pub struct Buffers {
    toks: Vec<Tok>,
    folded: String,
    info: Vec<Info>,
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
    #[cfg(test)]
    pub fn new(text: &'a str, lang: Language) -> Self {
        Toks::with_buffers(text, lang, Buffers::default())
    }

    /// Tokenizes `text` into the storage of an earlier sentence.
    pub fn with_buffers(text: &'a str, lang: Language, buffers: Buffers) -> Self {
        let Buffers {
            mut toks,
            mut folded,
            mut info,
        } = buffers;
        let complete = tokenize(text, &mut toks);
        read_words(text, &toks, &mut folded, &mut info, lang);
        Toks {
            text,
            toks,
            folded,
            info,
            lang,
            complete,
        }
    }

    /// Gives the storage back for the next sentence.
    pub fn into_buffers(self) -> Buffers {
        Buffers {
            toks: self.toks,
            folded: self.folded,
            info: self.info,
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

    /// True when token `i` is a hyphen glued to the tokens on both sides
    /// ("4.6-magnitude", "a 12-point effort", "minus-40").
    pub fn hyphen_joins(&self, i: usize) -> bool {
        self.is(i, "-") && self.attached(i) && self.attached(i + 1)
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

/// Writes the lower-cased, accent-folded words of `toks` into `folded`
/// and what is read of each token into `info` (its word's range in
/// `folded`, empty for non-words; the number word in `lang`; its capital),
/// both cleared first. The sentence is lower-cased whole in ASCII, which
/// keeps its offsets, so an ASCII word is read in place; a word with other
/// letters is folded after it.
fn read_words(text: &str, toks: &[Tok], folded: &mut String, info: &mut Vec<Info>, lang: Language) {
    folded.clear();
    info.clear();
    folded.push_str(text);
    folded.make_ascii_lowercase();
    let ascii = text.is_ascii();
    for t in toks {
        let word = match t.kind {
            TokKind::Word if ascii || text[t.start..t.end].is_ascii() => (t.start, t.end),
            TokKind::Word => {
                let start = folded.len();
                folded.push_str(&lower(&text[t.start..t.end]));
                (start, folded.len())
            }
            _ => {
                info.push(Info {
                    word: (0, 0),
                    num: None,
                    capitalized: false,
                });
                continue;
            }
        };
        info.push(Info {
            word,
            num: words::lookup(&folded[word.0..word.1], lang),
            capitalized: starts_capitalized(text, t.start),
        });
    }
}

/// True when the word at `start` of `text` begins with a capital.
fn starts_capitalized(text: &str, start: usize) -> bool {
    match text.as_bytes().get(start) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text[start..].chars().next().is_some_and(char::is_uppercase),
    }
}
