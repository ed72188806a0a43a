//! Sentence-end decisions inside one paragraph.
//!
//! One pass over the bytes of the paragraph stops only at `.`, `?`, `!`,
//! `…` and, inside a list, at the next expected list marker. At a stop the
//! rules look a few characters back (the token the mark ends) and forward
//! (closing quotes, the next word) and decide whether a sentence ends there:
//!
//! - nothing but white space may follow the mark and its closing quotes and
//!   brackets (`Jane.Doe@example.com`, `1.9`, `Jr.'s` and URLs do not end);
//! - a lower-case next word never starts a sentence (`Yahoo! in`, `“…great.”
//!   she said`, `(… an engineer.) at`), nor does a comma, slash, colon or
//!   the like;
//! - titles (`Mr.`, `Dr.`, `Sra.`) never end one; number prefixes (`No.`,
//!   `p.`) do not before a digit and are ordinary words before a word
//!   (`said no. Then`); other abbreviations, dotted initialisms (`U.S.`,
//!   `a.m.`) and initials (`E.`) end one only before a typical sentence
//!   opener (`the U.S. How…` but `the U.S. Government`), never before a
//!   digit (`Jan. 5`);
//! - a period inside a currency amount whose decimals were cut off by a
//!   space (`$27. 5 million`, `US$9. 3m`, from text rebuilt from tokens or
//!   extracted from PDF) is no end when a scale word or suffix follows the
//!   decimals ([`is_spaced_money_decimal`]); `It cost $27. 5 people came.`
//!   still ends after `$27.`; nor is one before decimals glued to a unit
//!   (`a 2. 7GHz chip`, `1. 5GB`, [`is_spaced_unit_decimal`]);
//! - a numbered or lettered label at the start of a sentence (`1.`, `a.`)
//!   is a list marker, not an end;
//! - ellipses: `...`/`…` end a sentence before a capital, four dots before
//!   anything but a lower-case word, a spaced `. . .` never does, `[...]`
//!   marks an omission, and `word. . . . Next` ends after `word.`.

use super::abbreviations::{is_dotted_initialism, is_single_letter, lookup, AbbrevKind};
use super::lists::marker_at_start;
use super::punctuation::{
    cannot_open_sentence, char_at, char_before, is_bullet, is_closing, is_opening,
    is_opening_quote, is_terminal,
};
use super::starters::is_sentence_opener;
use factsift_core::language::Language;
use factsift_core::text::{is_currency_sign, MAX_SPACED_DECIMALS};

/// How far back the token before a period is read; longer tokens are
/// ordinary words (a URL, a long number), never abbreviations.
const MAX_TOKEN: usize = 40;

/// How far forward the next word is read to look it up as an opener.
const MAX_WORD: usize = 20;

/// What the scanner does after looking at a mark.
enum Step {
    /// No sentence end; continue scanning at this byte.
    Skip(usize),
    /// A sentence ends at `end`; the next one starts at `next` (or after the
    /// white space that follows it).
    Break { end: usize, next: usize },
}

/// The word that follows a candidate end.
struct NextWord<'a> {
    /// First character after white space and opening quotes or brackets.
    first: Option<char>,
    /// The letters starting there (at most [`MAX_WORD`] bytes are read).
    word: &'a str,
    /// True when the word is directly followed by a period (an initial or
    /// an abbreviation, not an opener).
    dotted: bool,
}

/// The expected next list marker, as bytes.
#[derive(Clone, Copy)]
struct Expected {
    bytes: [u8; 8],
    len: usize,
}

impl Expected {
    const NONE: Expected = Expected {
        bytes: [0; 8],
        len: 0,
    };

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Splits the paragraph `p` into sentences and calls `emit(start, end)` with
/// each sentence's byte span relative to `p`, trimmed of white space,
/// non-empty, in order.
pub(crate) fn split(p: &str, lang: Language, emit: &mut dyn FnMut(usize, usize)) {
    Splitter {
        p,
        b: p.as_bytes(),
        lang,
    }
    .run(emit);
}

struct Splitter<'a> {
    p: &'a str,
    b: &'a [u8],
    lang: Language,
}

impl<'a> Splitter<'a> {
    fn run(&self, emit: &mut dyn FnMut(usize, usize)) {
        let n = self.b.len();
        let mut start = self.skip_ws(0);
        let mut expected = self.expect_from(start, Expected::NONE);
        let mut i = start;
        while i < n {
            let c = self.b[i];
            let step = match c {
                b'.' => self.dots(i, start),
                b'?' | b'!' => self.exclamation(i),
                0xE2 if self.b.get(i + 1) == Some(&0x80) && self.b.get(i + 2) == Some(&0xA6) => {
                    self.dots(i, start)
                }
                _ => {
                    if expected.len > 0
                        && c == expected.bytes[0]
                        && i > start
                        && self.b[i - 1].is_ascii_whitespace()
                        && self.b[i..].starts_with(expected.as_slice())
                        && self.p.get(i..).and_then(marker_at_start).is_some()
                    {
                        let matched = expected.len;
                        self.emit_trimmed(start, i, emit);
                        start = i;
                        expected = self.expect_from(start, expected);
                        i += matched;
                        continue;
                    }
                    i += 1;
                    continue;
                }
            };
            match step {
                Step::Skip(j) => i = j.max(i + 1),
                Step::Break { end, next } => {
                    self.emit_trimmed(start, end, emit);
                    start = self.skip_ws(next);
                    expected = self.expect_from(start, expected);
                    i = start.max(end);
                }
            }
        }
        self.emit_trimmed(start, n, emit);
    }

    /// The list marker expected after a sentence starting at `at`; keeps
    /// `previous` when the sentence has no marker of its own.
    fn expect_from(&self, at: usize, previous: Expected) -> Expected {
        let Some(rest) = self.p.get(at..) else {
            return previous;
        };
        match marker_at_start(rest) {
            Some((marker, _)) => {
                let mut e = Expected::NONE;
                e.len = marker.next_into(&mut e.bytes);
                e
            }
            None => previous,
        }
    }

    fn emit_trimmed(&self, start: usize, end: usize, emit: &mut dyn FnMut(usize, usize)) {
        let Some(s) = self.p.get(start..end) else {
            return;
        };
        let trimmed = s.trim_start();
        let s0 = start + (s.len() - trimmed.len());
        let trimmed = trimmed.trim_end();
        if !trimmed.is_empty() {
            emit(s0, s0 + trimmed.len());
        }
    }

    /// The first byte at or after `i` that is not white space.
    fn skip_ws(&self, i: usize) -> usize {
        match self.p.get(i..) {
            Some(rest) => i + (rest.len() - rest.trim_start().len()),
            None => self.b.len(),
        }
    }

    /// Past the closing quotes, brackets and further final marks at `j`.
    /// A quotation mark of the opening shape directly after the mark and
    /// before white space is a misprinted closing one (`decision.“ However`).
    fn closing_cluster(&self, mut j: usize) -> usize {
        while let Some(c) = char_at(self.p, j) {
            let misprinted = is_opening_quote(c)
                && char_at(self.p, j + c.len_utf8()).is_none_or(char::is_whitespace);
            if is_terminal(c) || is_closing(c) || misprinted {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        j
    }

    /// Reads the word that starts after white space at `m`, past opening
    /// quotes and brackets and past dashes with their spaces (`voila! --
    /// you have`).
    fn next_word(&self, m: usize) -> NextWord<'a> {
        let mut j = m;
        let mut after_dash = false;
        while let Some(c) = char_at(self.p, j) {
            let dash = matches!(c, '-' | '\u{2013}' | '\u{2014}');
            if is_opening(c) || dash || (after_dash && c == ' ') {
                after_dash |= dash;
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let first = char_at(self.p, j);
        let mut e = j;
        while let Some(c) = char_at(self.p, e) {
            if c.is_alphabetic() && e - j < MAX_WORD {
                e += c.len_utf8();
            } else {
                break;
            }
        }
        NextWord {
            first,
            word: &self.p[j..e],
            dotted: self.b.get(e) == Some(&b'.'),
        }
    }

    /// `?` or `!` (possibly doubled, `?!`, `!!`): a sentence ends unless a
    /// non-space or a lower-case word follows.
    fn exclamation(&self, i: usize) -> Step {
        let k = self.closing_cluster(i);
        match self.after(k) {
            After::End => Step::Break { end: k, next: k },
            After::Glued => Step::Skip(k),
            After::Word(m) => {
                if self.next_word(m).first.is_some_and(continues_sentence) {
                    Step::Skip(k)
                } else {
                    Step::Break { end: k, next: m }
                }
            }
        }
    }

    /// What follows a mark and its closing cluster ending at `k`.
    fn after(&self, k: usize) -> After {
        match char_at(self.p, k) {
            None => After::End,
            Some(c) if !c.is_whitespace() => After::Glued,
            Some(_) => {
                let m = self.skip_ws(k);
                if m >= self.b.len() {
                    After::End
                } else {
                    After::Word(m)
                }
            }
        }
    }

    /// A run of periods starting at `i` (`.`, `...`, `. . .`, `…`).
    fn dots(&self, i: usize, start: usize) -> Step {
        let group = DotGroup::read(self.b, i);
        let j = group.end;
        if group.dots >= 3
            && matches!(i.checked_sub(1).map(|x| self.b[x]), Some(b'[' | b'('))
            && matches!(self.b.get(j), Some(b']' | b')'))
        {
            // `[...]`: an omission mark inside a quotation.
            return Step::Skip(j + 1);
        }
        let attached = char_before(self.p, i).is_some_and(|c| !c.is_whitespace());
        let k = self.closing_cluster(j);
        let m = match self.after(k) {
            After::End => return Step::Break { end: k, next: k },
            After::Glued => return Step::Skip(j),
            After::Word(m) => m,
        };
        let next = self.next_word(m);
        let lower = next.first.is_some_and(continues_sentence);
        let upper = next.first.is_some_and(char::is_uppercase);
        if group.dots == 1 {
            return self.single_period(i, start, k, m, &next);
        }
        if group.spaced && attached && group.dots >= 4 {
            // `word. . . . Next`: the period ends the sentence and the
            // ellipsis opens the next one.
            return if upper {
                Step::Break {
                    end: i + 1,
                    next: i + 1,
                }
            } else {
                Step::Skip(k)
            };
        }
        let ends = if group.dots >= 4 {
            !lower
        } else if group.spaced && !attached {
            false
        } else {
            upper
        };
        if ends {
            Step::Break { end: k, next: m }
        } else {
            Step::Skip(k)
        }
    }

    /// A single period at `i`, its closing cluster ending at `k`, the next
    /// word at `m`.
    fn single_period(&self, i: usize, start: usize, k: usize, m: usize, next: &NextWord) -> Step {
        let end = Step::Break { end: k, next: m };
        let cont = Step::Skip(k);
        if next.first.is_some_and(continues_sentence) {
            return cont;
        }
        let Some((token_start, token)) = self.token_before(i) else {
            return end;
        };
        if token.contains('@') || token.contains("://") || token.starts_with("www.") {
            return end;
        }
        if self.only_bullets_between(start, token_start) && is_list_label(token) {
            return cont;
        }
        let rest = &self.p[k..];
        if k == i + 1
            && (is_spaced_money_decimal(token, rest) || is_spaced_unit_decimal(token, rest))
        {
            return cont;
        }
        let kind = lookup(token, self.lang).or_else(|| {
            (is_dotted_initialism(token) || is_single_letter(token)).then_some(AbbrevKind::General)
        });
        let Some(kind) = kind else {
            return end;
        };
        let digit = next.first.is_some_and(|c| c.is_ascii_digit());
        let opener = next.first.is_some_and(char::is_uppercase)
            && !next.dotted
            && is_sentence_opener(next.word, self.lang);
        match kind {
            AbbrevKind::Title => cont,
            AbbrevKind::NumberPrefix | AbbrevKind::General if digit => cont,
            AbbrevKind::NumberPrefix if next.first.is_some_and(char::is_alphabetic) => end,
            AbbrevKind::NumberPrefix => cont,
            AbbrevKind::General if opener => end,
            AbbrevKind::General => cont,
        }
    }

    /// The token a period at `i` ends: the characters back to white space,
    /// without opening quotes, brackets or bullets; `None` when there is
    /// none or it is longer than [`MAX_TOKEN`].
    fn token_before(&self, i: usize) -> Option<(usize, &'a str)> {
        let lo = i.saturating_sub(MAX_TOKEN);
        let mut s = i;
        while s > lo && !self.b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        if s == lo && lo > 0 && !self.b[lo - 1].is_ascii_whitespace() {
            return None;
        }
        while s < i && !self.p.is_char_boundary(s) {
            s += 1;
        }
        let raw = self.p.get(s..i)?;
        let token = raw.trim_start_matches(|c: char| is_opening(c) || is_bullet(c));
        if token.is_empty() {
            return None;
        }
        Some((s, token))
    }

    /// True when only white space and bullets lie between `a` and `b`.
    fn only_bullets_between(&self, a: usize, b: usize) -> bool {
        self.p
            .get(a..b)
            .is_some_and(|s| s.chars().all(|c| c.is_whitespace() || is_bullet(c)))
    }
}

/// What follows a mark.
enum After {
    /// The end of the paragraph (possibly after white space).
    End,
    /// A character other than white space, right after the mark.
    Glued,
    /// White space, then something at this byte.
    Word(usize),
}

/// A run of periods, possibly spaced (`. . .`) or written as `…`.
struct DotGroup {
    /// Number of periods (`…` counts three).
    dots: usize,
    /// True when the periods are separated by single spaces.
    spaced: bool,
    /// One past the last period.
    end: usize,
}

impl DotGroup {
    fn read(b: &[u8], i: usize) -> DotGroup {
        let mut j = i;
        let mut dots = 0;
        let mut spaced = false;
        loop {
            match b.get(j) {
                Some(b'.') => {
                    dots += 1;
                    j += 1;
                }
                Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => {
                    dots += 3;
                    j += 3;
                }
                Some(b' ') if dots > 0 && b.get(j + 1) == Some(&b'.') => {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        if spaced && dots < 3 {
            // `U.S. .22`: two unrelated periods, not an ellipsis.
            return DotGroup {
                dots: 1,
                spaced: false,
                end: i + 1,
            };
        }
        DotGroup {
            dots,
            spaced,
            end: j,
        }
    }
}

/// True when a next word starting with `c` continues the sentence: a
/// lower-case letter, or punctuation that cannot open a sentence.
fn continues_sentence(c: char) -> bool {
    c.is_lowercase() || cannot_open_sentence(c)
}

/// True for the label of a numbered or lettered list item (`1`, `12`, `a`).
fn is_list_label(token: &str) -> bool {
    let all_digits =
        !token.is_empty() && token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit());
    all_digits || is_single_letter(token)
}

/// True when the period after `token` is the decimal point of a currency
/// amount written with a space after it (`$27. 5 million`, `US$9. 3m`,
/// `€2. 6-billion`, `$27. 5MM`), `rest` being the text after the period.
///
/// `token` must be a currency sign (optionally after up to three capital
/// letters: `US$`, `HK$`, `R$`) glued to digits (`$27`, `£1,200`); `rest`
/// must be exactly one space, one to [`MAX_SPACED_DECIMALS`] digits and a
/// scale: a suffix glued to them (`m`, `mn`, `bn`, `b`, `k`, `MM`, `tn`) or
/// a scale word glued, hyphenated or after one space (`million`,
/// `billion`, `trillion`). Without a scale the period ends the sentence as
/// before, since `It cost $27. 5 people came.` and `$1. 29 for` look alike.
/// The rule accepts one ambiguity: a sentence that opens with a scaled
/// figure after a sentence ending in an amount (`It cost $40. 2 million
/// came.`) stays whole; news style spells out or rephrases a figure that
/// opens a sentence, so this is rarer than the cut decimal.
fn is_spaced_money_decimal(token: &str, rest: &str) -> bool {
    let Some(d) = token.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let (sign, amount) = token.split_at(d);
    let Some(letters) = sign.strip_suffix(is_currency_sign) else {
        return false;
    };
    if letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if !amount.bytes().all(|b| b.is_ascii_digit() || b == b',') || amount.ends_with(',') {
        return false;
    }
    let Some(rest) = after_spaced_decimals(rest) else {
        return false;
    };
    let (glued, rest) = match rest.strip_prefix([' ', '-']) {
        Some(r) => (false, r),
        None => (true, rest),
    };
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    match word.as_str() {
        "million" | "millions" | "billion" | "billions" | "trillion" | "trillions" => true,
        "m" | "mm" | "mn" | "mln" | "bn" | "bln" | "b" | "k" | "tn" => glued,
        _ => false,
    }
}

/// The text after the decimals of a spaced decimal: `rest`, the text after
/// a period, must open with exactly one space and one to
/// [`MAX_SPACED_DECIMALS`] digits (`" 5 million"` gives `" million"`).
fn after_spaced_decimals(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=MAX_SPACED_DECIMALS)
        .contains(&digits)
        .then(|| &rest[digits..])
}

/// Most digits before the point of a spaced unit decimal (`2. 7GHz`).
const MAX_SPACED_UNIT_WHOLE: usize = 3;

/// Unit symbols that, glued to the decimals after the space, mark a
/// spaced unit decimal (compared without case). This crate does not read
/// units, so it keeps this short list of the symbols such text glues to
/// a decimal; the numbers crate joins the halves against its own unit
/// table. A bare "digits glued to letters" test would also take the
/// figures that open sentences (`5G networks`, `3D printing`, `4K sets`,
/// `2nd`), and single letters (`m`, `k`, `G`) are scales or names as
/// often as units.
const GLUED_UNITS: &[&str] = &[
    "ghz", "mhz", "khz", "gb", "mb", "tb", "kb", "mm", "cm", "km", "kg", "mg", "ml", "mph", "kph",
    "kw", "kwh", "%",
];

/// True when the period after `token` is the decimal point of a figure
/// cut by a space before a unit glued to its decimals (`a 2. 7GHz chip`,
/// `runs at 2. 5GHz`, `1. 5GB`, `62. 5mph`, `1. 5%`), `rest` being the
/// text after the period: `token` is one to [`MAX_SPACED_UNIT_WHOLE`]
/// digits and `rest` exactly one space, one to [`MAX_SPACED_DECIMALS`]
/// digits and one of [`GLUED_UNITS`] ending the word. A year
/// (`born in 1980. 5GHz chips came later`), a figure without a glued unit
/// (`won 3. 2 others lost`, `2. 7 percent`) or an abbreviation (`No.
/// 5GHz`, already no end before a digit) is left to the other rules.
fn is_spaced_unit_decimal(token: &str, rest: &str) -> bool {
    if token.is_empty()
        || token.len() > MAX_SPACED_UNIT_WHOLE
        || !token.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let Some(rest) = after_spaced_decimals(rest) else {
        return false;
    };
    GLUED_UNITS.iter().any(|unit| {
        rest.get(..unit.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(unit))
            && !rest[unit.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, lang: Language) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, lang, &mut |s, e| out.push(&text[s..e]));
        out
    }

    fn en(text: &str) -> Vec<&str> {
        sentences(text, Language::En)
    }

    #[test]
    fn simple_marks() {
        assert_eq!(
            en("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            en("What is it? I know!  Fine"),
            ["What is it?", "I know!", "Fine"]
        );
        assert_eq!(en("Hello?! Is that you?"), ["Hello?!", "Is that you?"]);
    }

    #[test]
    fn abbreviations_and_titles() {
        assert_eq!(
            en("Mr. Smith met Dr. Jones at noon."),
            ["Mr. Smith met Dr. Jones at noon."]
        );
        assert_eq!(
            en("Ask Jane and co. They should know."),
            ["Ask Jane and co.", "They should know."]
        );
        assert_eq!(
            en("See p. 55 and Jan. 5 reports."),
            ["See p. 55 and Jan. 5 reports."]
        );
        assert_eq!(en("Gen. Smith arrived."), ["Gen. Smith arrived."]);
        assert_eq!(
            en("The No. 1 seed said no. Section 3 applies."),
            ["The No. 1 seed said no.", "Section 3 applies."]
        );
    }

    #[test]
    fn dotted_initialisms_and_initials() {
        assert_eq!(
            en("I work for the U.S. Government here."),
            ["I work for the U.S. Government here."]
        );
        assert_eq!(
            en("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            en("It was held in Washington D.C. The team won."),
            ["It was held in Washington D.C.", "The team won."]
        );
        assert_eq!(
            en("At 5 a.m. Mr. Smith left."),
            ["At 5 a.m. Mr. Smith left."]
        );
        assert_eq!(
            en("J. R. R. Tolkien wrote it."),
            ["J. R. R. Tolkien wrote it."]
        );
        assert_eq!(en("Use e.g. The Times."), ["Use e.g. The Times."]);
        assert_eq!(
            en("You and I. Did you see Albert I. Jones?"),
            ["You and I.", "Did you see Albert I. Jones?"]
        );
    }

    #[test]
    fn numbers_and_currency() {
        assert_eq!(
            en("She has $100.00. It is in her bag."),
            ["She has $100.00.", "It is in her bag."]
        );
        assert_eq!(
            en("The rate was 1.9 per 100,000 people. It fell."),
            ["The rate was 1.9 per 100,000 people.", "It fell."]
        );
        assert_eq!(
            en("It cost $1.2 million in 2024. 2025 was worse."),
            ["It cost $1.2 million in 2024.", "2025 was worse."]
        );
    }

    #[test]
    fn spaced_money_decimals_with_a_scale_stay_whole() {
        for text in [
            "The club will pay him $31. 4 million a season.",
            "The lab got a $7. 2m grant.",
            "A rival bid US$4. 8 billion for it.",
            "The haul (a \u{20ac}3. 1-million prize) was never found.",
            "He signed for \u{a3}12. 5MM per year.",
            "Sales reached HK$1,250. 75bn last year.",
            "The fund holds $6. 25 trillion.",
        ] {
            assert_eq!(en(text), [text], "{text}");
        }
    }

    #[test]
    fn spaced_money_decimals_without_a_scale_still_end() {
        assert_eq!(
            en("It cost $27. 5 people came."),
            ["It cost $27.", "5 people came."]
        );
        assert_eq!(
            en("The price was $27. The next day it rose."),
            ["The price was $27.", "The next day it rose."]
        );
        assert_eq!(
            en("It opened in 2008. 30 people work there."),
            ["It opened in 2008.", "30 people work there."]
        );
        assert_eq!(
            en("Tickets cost $40.  5 million came."),
            ["Tickets cost $40.", "5 million came."]
        );
        assert_eq!(
            en("He paid 27. 5 million came."),
            ["He paid 27.", "5 million came."]
        );
        assert_eq!(
            en("It cost $40. 2009 million were sold."),
            ["It cost $40.", "2009 million were sold."]
        );
        assert_eq!(
            en("Shares fell to $3. 45 traders left."),
            ["Shares fell to $3.", "45 traders left."]
        );
        // The accepted ambiguity: a scaled figure opening the next sentence.
        assert_eq!(
            en("Tickets cost $40. 2 million people came."),
            ["Tickets cost $40. 2 million people came."]
        );
    }

    #[test]
    fn spaced_money_decimal_rule() {
        assert!(is_spaced_money_decimal("$27", " 5 million"));
        assert!(is_spaced_money_decimal("US$9", " 3m grant"));
        assert!(is_spaced_money_decimal("\u{20ac}2", " 6-million)"));
        assert!(is_spaced_money_decimal("$27", " 5MM"));
        assert!(!is_spaced_money_decimal("$27", " 5 m"));
        assert!(!is_spaced_money_decimal("$27", " 5 mice"));
        assert!(!is_spaced_money_decimal("$27", " 5millionaires"));
        assert!(!is_spaced_money_decimal("27", " 5 million"));
        assert!(!is_spaced_money_decimal("usd$27", " 5 million"));
        assert!(!is_spaced_money_decimal("$", " 5 million"));
        assert!(!is_spaced_money_decimal("$27,", " 5 million"));
        assert!(!is_spaced_money_decimal("$2.7", " 5 million"));
        assert!(!is_spaced_money_decimal("$27", "5 million"));
    }

    #[test]
    fn spaced_unit_decimals_stay_whole() {
        for text in [
            "It has a 2. 7GHz quad-core chip.",
            "The chip runs at 2. 5GHz at most.",
            "The phone ships with 1. 5GB of memory.",
            "Winds reached 62. 5mph overnight.",
            "The bolt is 12. 75mm long.",
            "Turnout fell 1. 5% last year.",
            "The drive holds 2. 5TB.",
        ] {
            assert_eq!(en(text), [text], "{text}");
        }
    }

    #[test]
    fn spaced_periods_before_no_glued_unit_still_end() {
        assert_eq!(
            en("He was born in 1980. 5GHz chips came later."),
            ["He was born in 1980.", "5GHz chips came later."]
        );
        assert_eq!(
            en("Ours won 3. 2 others lost."),
            ["Ours won 3.", "2 others lost."]
        );
        // `2. 7 percent` is left as it was: a spelled unit after a space
        assert_eq!(
            en("It fell 2. 7 percent came back."),
            ["It fell 2.", "7 percent came back."]
        );
        assert_eq!(
            en("They came 2. 5G networks spread."),
            ["They came 2.", "5G networks spread."]
        );
        assert_eq!(
            en("They came 2. 5mmHg was read."),
            ["They came 2.", "5mmHg was read."]
        );
        // an abbreviation before a digit was never an end
        assert_eq!(
            en("It ranked No. 5GHz chips."),
            ["It ranked No. 5GHz chips."]
        );
    }

    #[test]
    fn spaced_unit_decimal_rule() {
        assert!(is_spaced_unit_decimal("2", " 7GHz quad-core"));
        assert!(is_spaced_unit_decimal("2", " 5ghz"));
        assert!(is_spaced_unit_decimal("62", " 5mph,"));
        assert!(is_spaced_unit_decimal("1", " 5%"));
        assert!(!is_spaced_unit_decimal("1980", " 5GHz"));
        assert!(!is_spaced_unit_decimal("3", " 2 others"));
        assert!(!is_spaced_unit_decimal("2", " 7 GHz"));
        assert!(!is_spaced_unit_decimal("2", " 7Gbps"));
        assert!(!is_spaced_unit_decimal("2", "7GHz"));
        assert!(!is_spaced_unit_decimal("2", "  7GHz"));
        assert!(!is_spaced_unit_decimal("2", " 7777GHz"));
        assert!(!is_spaced_unit_decimal("No", " 5GHz"));
        assert!(!is_spaced_unit_decimal("$2", " 7GHz"));
        assert!(!is_spaced_unit_decimal("", " 7GHz"));
    }

    #[test]
    fn thousands_groups_cut_by_a_space_are_no_boundary() {
        // commas never end a sentence: the numbers crate joins the groups
        for text in [
            "It costs $1, 199 for the base model.",
            "Police said 300, 000 people marched.",
            "On March 3, 2012, it rained.",
        ] {
            assert_eq!(en(text), [text], "{text}");
        }
    }

    #[test]
    fn quotes_and_parentheses() {
        assert_eq!(
            en("She said, \"This is great.\" she said."),
            ["She said, \"This is great.\" she said."]
        );
        assert_eq!(
            en("He said, \u{201C}Go.\u{201D} Then he left."),
            ["He said, \u{201C}Go.\u{201D}", "Then he left."]
        );
        assert_eq!(
            en("He said 'Stop!' and left."),
            ["He said 'Stop!' and left."]
        );
        assert_eq!(
            en("It is (as noted.) at home. Yes."),
            ["It is (as noted.) at home.", "Yes."]
        );
        assert_eq!(en("That is JFK Jr.'s book."), ["That is JFK Jr.'s book."]);
        assert_eq!(
            en("a decision.\u{201C} However, no."),
            ["a decision.\u{201C}", "However, no."]
        );
        assert_eq!(en("It ends. / [...] \"."), ["It ends. / [...] \"."]);
        assert_eq!(
            en("Mix it, and -- voila! -- you have cake."),
            ["Mix it, and -- voila! -- you have cake."]
        );
        assert_eq!(
            en("It ended. \u{2014} The next day came."),
            ["It ended.", "\u{2014} The next day came."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            en("I never meant that.... She left."),
            ["I never meant that....", "She left."]
        );
        assert_eq!(
            en("He waited... Then he left."),
            ["He waited...", "Then he left."]
        );
        assert_eq!(
            en("He waited\u{2026} Then he left."),
            ["He waited\u{2026}", "Then he left."]
        );
        assert_eq!(en("I was . . . I mean it."), ["I was . . . I mean it."]);
        assert_eq!(
            en("really ... well, that...see"),
            ["really ... well, that...see"]
        );
        assert_eq!(
            en("\"Bohr [...] used it [...]\" (Smith 55)."),
            ["\"Bohr [...] used it [...]\" (Smith 55)."]
        );
        assert_eq!(
            en("compounds. . . . The practice."),
            ["compounds.", ". . . The practice."]
        );
    }

    #[test]
    fn urls_and_emails() {
        assert_eq!(
            en("Mail Jane.Doe@example.com. I did."),
            ["Mail Jane.Doe@example.com.", "I did."]
        );
        assert_eq!(
            en("See https://www.example.50.com/a_b.html. Please go."),
            ["See https://www.example.50.com/a_b.html.", "Please go."]
        );
        assert_eq!(
            en("Visit www.example.org today."),
            ["Visit www.example.org today."]
        );
    }

    #[test]
    fn inline_lists() {
        assert_eq!(
            en("1) The first item 2) The second item"),
            ["1) The first item", "2) The second item"]
        );
        assert_eq!(
            en("1. The first item. 2. The second item."),
            ["1. The first item.", "2. The second item."]
        );
        assert_eq!(
            en("a. One b. Two c. Three"),
            ["a. One", "b. Two", "c. Three"]
        );
        assert_eq!(
            en("\u{2022} 9. One \u{2022} 10. Two"),
            ["\u{2022} 9. One", "\u{2022} 10. Two"]
        );
        assert_eq!(
            en("Scores were 1) low and 2) high."),
            ["Scores were 1) low and 2) high."]
        );
    }

    #[test]
    fn spanish_marks_and_abbreviations() {
        let es = |t| sentences(t, Language::Es);
        assert_eq!(
            es("¿Cómo está hoy? ¡Bien! Espero que sí."),
            ["¿Cómo está hoy?", "¡Bien!", "Espero que sí."]
        );
        assert_eq!(
            es("Hola Srta. Ledesma. Buenos días."),
            ["Hola Srta. Ledesma.", "Buenos días."]
        );
        assert_eq!(
            es("Pablo, ¿adónde vas? ¡¿Qué viste?!"),
            ["Pablo, ¿adónde vas?", "¡¿Qué viste?!"]
        );
    }

    #[test]
    fn multibyte_text_never_splits_a_character() {
        let text = "Ünïcödé… Ärger. «Ñandú». Ελληνικά; 日本語。 Fin\u{2026}";
        let got = en(text);
        assert!(!got.is_empty());
        for s in got {
            assert!(!s.is_empty());
        }
        assert!(en("").is_empty());
        assert!(en(" \n\t ").is_empty());
        assert_eq!(en("."), ["."]);
        assert_eq!(en("…"), ["…"]);
    }
}
