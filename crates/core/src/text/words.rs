//! Word tokens of a sentence with byte offsets, for the claim rules.
//!
//! A word is a run of letters and digits; an apostrophe, hyphen, period or
//! comma between two letters or digits stays inside it ("don't",
//! "US-Salvadoran", "85.2", "1,659"). Everything else separates words.

/// One word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte offset of its first character in the tokenized text.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
}

impl Word<'_> {
    /// The word in lower case, with a curly apostrophe made straight.
    pub fn lower(&self) -> String {
        self.text.to_lowercase().replace('’', "'")
    }

    /// True when the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True when the word holds a digit.
    pub fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',')
}

/// Splits `text` into words, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        let next_is_word = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if let Some(s) = start {
            // a joiner between two word characters stays inside the word,
            // except a comma unless both sides are digits ("1,659")
            let keep = is_joiner(c)
                && next_is_word
                && (c != ','
                    || (text[..i].ends_with(|p: char| p.is_ascii_digit())
                        && iter.peek().is_some_and(|&(_, n)| n.is_ascii_digit())));
            if keep {
                continue;
            }
            out.push(Word {
                text: &text[s..i],
                start: s,
                end: i,
            });
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}
