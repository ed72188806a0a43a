//! What a figure states beyond its number and what it counts: the event its
//! sentence ties it to ("killing two", "15 people were wounded"), its scope
//! (one game or "this season", this raid or the total "so far") and whether
//! the number is only part of a name ("Route 66", "SMW4"). Read from the
//! words around the figure in its claim, with the project's word layer, so
//! that "killed 2" and "wounded 2", or a game's yards and a season's, are
//! two facts.

use std::collections::HashMap;

use factsift_core::text::SPEECH_VERBS;
use factsift_core::text::{is_negation, is_parent, is_weekday, month_number, words, Word};

use super::align::ClaimRow;

/// What the words around a figure say about the fact it states.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cue {
    /// The event the figure counts, as a stem with synonyms folded ("kill"
    /// for "killing", "killed", "dead", "died"; "injure" for "wounded").
    pub event: Option<String>,
    /// The scope the figure covers when the sentence names one ("season",
    /// "career", "total" for "so far" or "in all", "per" for "a game").
    pub scope: Option<String>,
    /// The number is part of a name ("Route 66", "Flight 370").
    pub in_name: bool,
    /// The number is an age set off by commas after a name ("Hiller, 43,").
    pub age: bool,
    /// The name such an age is set off after, lower-cased ("hiller"): the
    /// ages of two people are two facts.
    pub whose: Option<String>,
    /// A negation stands before the figure in its clause ("none of the
    /// offers is more than eight years"): a bound it sets is denied.
    pub denied: bool,
    /// The figure is the word "one" standing for a person or thing, not a
    /// count ("one of five sons", "at one point", "no one").
    pub pronoun: bool,
    /// The figure counts someone's children: "a mother of 12", "father of
    /// three".
    pub offspring: bool,
    /// The day of the week its claim names ("monday"): figures told of two
    /// different days are about two events (a quake on Sunday, another on
    /// Thursday).
    pub weekday: Option<String>,
    /// The verb a span of time is told of, folded ("serv" for "served",
    /// "marry" for "married"): "served five months", "married two weeks
    /// ago", "sentenced to seven years".
    pub span_verb: Option<String>,
    /// The figure begins a word a hyphen joins on ("a two-handed dunk",
    /// "a one-sided game", "the 1-ranked team"): a bare number there
    /// describes what follows, it counts nothing.
    pub compound: bool,
}

/// Words that say a figure is counted over a longer span than the event,
/// and the scope they name.
const SCOPE_WORDS: &[(&str, &str)] = &[
    ("season", "season"),
    ("seasons", "season"),
    ("career", "career"),
    ("lifetime", "career"),
    ("altogether", "total"),
    ("overall", "total"),
    ("cumulative", "total"),
    ("combined", "total"),
    ("apiece", "per"),
    ("average", "per"),
    // a part of a game or of a year: "at halftime", "in overtime"
    ("halftime", "part"),
    ("overtime", "part"),
    ("inning", "part"),
    ("innings", "part"),
    ("spurt", "part"),
];

/// Two-word phrases that name a scope.
const SCOPE_PHRASES: &[(&str, &str, &str)] = &[
    ("so", "far", "total"),
    ("to", "date", "total"),
    ("in", "all", "total"),
    ("in", "total", "total"),
    ("a", "game", "per"),
    ("per", "game", "per"),
    // a figure of one half or quarter is not the game's or the year's
    ("first", "half", "part"),
    ("second", "half", "part"),
    ("first", "quarter", "part"),
    ("second", "quarter", "part"),
    ("third", "quarter", "part"),
    ("fourth", "quarter", "part"),
    // the part of a price paid in cash or in shares ("$4.2 billion in cash")
    ("in", "cash", "cash"),
    ("in", "stock", "stock"),
    ("in", "shares", "stock"),
];

/// The outcomes news counts, in the forms that name them, and the event
/// each form stands for (forms and synonyms of one outcome meet).
const EVENT_SYNONYMS: &[(&str, &str)] = &[
    ("killed", "kill"),
    ("killing", "kill"),
    ("kill", "kill"),
    ("kills", "kill"),
    ("dead", "kill"),
    ("died", "kill"),
    ("dying", "kill"),
    ("slain", "kill"),
    ("murdered", "kill"),
    ("murdering", "kill"),
    ("injured", "injure"),
    ("injuring", "injure"),
    ("injure", "injure"),
    ("wounded", "injure"),
    ("wounding", "injure"),
    ("wound", "injure"),
    ("hurt", "injure"),
    ("hospitalized", "injure"),
    ("shot", "shoot"),
    ("detained", "arrest"),
    ("detaining", "arrest"),
    ("arrested", "arrest"),
    ("arresting", "arrest"),
    ("charged", "charge"),
    ("charging", "charge"),
    ("indicted", "charge"),
    ("convicted", "convict"),
    ("sentenced", "sentence"),
    ("deported", "deport"),
    ("deporting", "deport"),
    ("expelled", "deport"),
    ("missing", "missing"),
    ("rescued", "rescue"),
    ("evacuated", "evacuate"),
    ("displaced", "evacuate"),
];

/// Words that may stand between a verb and the span of time it is told of
/// ("sentenced to", "jailed for", "had been married").
fn is_span_filler(w: &str) -> bool {
    matches!(
        w,
        "to" | "for"
            | "a"
            | "an"
            | "the"
            | "of"
            | "in"
            | "after"
            | "been"
            | "had"
            | "has"
            | "have"
            | "was"
            | "were"
            | "is"
            | "be"
            | "only"
            | "just"
            | "nearly"
            | "about"
    )
}

/// A past verb form folded so that its spellings meet ("married" and "wed"
/// give "marry", "served" gives "serv", "spent" "spend"); `None` for a word
/// that is no such form. Forms in "-ing" are left out: they are as often
/// nouns ("a cult following", "the building").
fn fold_verb(w: &str) -> Option<String> {
    match w {
        "wed" => return Some("marry".into()),
        "spent" => return Some("spend".into()),
        _ => {}
    }
    if w.len() < 5 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    match w.strip_suffix("ied") {
        Some(stem) => Some(format!("{stem}y")),
        None => w.strip_suffix("ed").map(str::to_string),
    }
}

/// How many words may stand between a verb and the figure before it.
const BEFORE_WINDOW: usize = 2;

/// How many words (the counted noun, a form of "to be") may stand between
/// the figure and a verb after it.
const AFTER_WINDOW: usize = 4;

/// The event a lower-case word names, when it is one of the outcomes news
/// counts ([`EVENT_SYNONYMS`]: killed, injured, arrested, charged, …).
/// Other verbs ("recorded", "occurred", "received") say how a figure was
/// reported, not what it counts, and would split one fact into many.
pub fn event_word(w: &str) -> Option<String> {
    EVENT_SYNONYMS
        .iter()
        .find(|(form, _)| *form == w)
        .map(|(_, e)| (*e).to_string())
}

/// True when `what` (see [`fact_kind`]) is an outcome a count's verb names
/// ("kill", "injure"), not a measured noun.
pub fn is_event(what: &str) -> bool {
    EVENT_SYNONYMS.iter().any(|(_, e)| *e == what)
}

/// True when the text between two words ends a clause (a comma, a dash, a
/// bracket or a stop).
fn boundary(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.' | '"' | '“' | '”'
        )
    })
}

/// Words joining two clauses, where the search for a verb stops.
fn is_conjunction(w: &str) -> bool {
    matches!(w, "and" | "or" | "but" | "while" | "who" | "which" | "that")
}

/// The cue of the figure at byte offsets `start..end` of `text` (its claim).
pub fn cue(text: &str, start: usize, end: usize) -> Cue {
    let ws = words(text);
    let Some(first) = ws.iter().position(|w| w.end > start) else {
        return Cue::default();
    };
    let last = ws
        .iter()
        .rposition(|w| w.start < end)
        .unwrap_or(first)
        .max(first);
    let around = Around {
        text,
        lower: ws.iter().map(Word::lower).collect(),
        ws,
        first,
        last,
    };
    let apposed = around.apposed_age();
    let stated = around.stated_age();
    Cue {
        event: around.event(),
        scope: around.scope(),
        in_name: !around.title_case() && around.in_name(),
        age: apposed || around.year_old() || stated.is_some(),
        whose: apposed
            .then(|| around.lower[first - 1].clone())
            .or_else(|| around.name_after_age())
            .or(stated.flatten()),
        denied: around.denied(),
        pronoun: around.pronoun_one(),
        offspring: around.offspring(),
        weekday: around.weekday(),
        span_verb: around.span_verb(),
        compound: text.get(end..).is_some_and(|rest| rest.starts_with('-'))
            && around.ws[last].end > end,
    }
}

/// True when a figure the words of its claim `cue` deny is a bound
/// (`qualifier` more_than, at_least, less_than, up_to or at_most): "none
/// … more than eight years" says the opposite of "more than eight years",
/// so the figure states no fact to compare.
pub fn denied_bound(cue: &Cue, qualifier: &str) -> bool {
    cue.denied
        && matches!(
            qualifier,
            "more_than" | "at_least" | "less_than" | "up_to" | "at_most"
        )
}

/// A figure's claim in words: the figure is words `first..=last`.
struct Around<'a> {
    text: &'a str,
    ws: Vec<Word<'a>>,
    lower: Vec<String>,
    first: usize,
    last: usize,
}

impl Around<'_> {
    /// The text between word `k - 1` and word `k`.
    fn gap(&self, k: usize) -> &str {
        &self.text[self.ws[k - 1].end..self.ws[k].start]
    }

    /// True when most words are capitalized (a headline), where a capital
    /// says nothing about names.
    fn title_case(&self) -> bool {
        2 * self.ws.iter().filter(|w| w.is_capitalized()).count() > self.ws.len()
    }

    /// True when the figure is a whole number below 130 set off by commas
    /// right after a capitalized word: "Hiller, 43, was charged", "Horton, 34."
    fn apposed_age(&self) -> bool {
        let (first, last) = (self.first, self.last);
        let figure = self.ws[first].text;
        let small = first == last
            && figure.len() <= 3
            && figure.chars().all(|c| c.is_ascii_digit())
            && figure.parse::<u32>().is_ok_and(|n| n < 130);
        let after = self.text[self.ws[last].end..].trim_start();
        small
            && first >= 1
            && self.ws[first - 1].is_capitalized()
            && self.gap(first).trim() == ","
            && (after.is_empty() || after.starts_with([',', '.', ';', ')']))
    }

    /// The first day of the week the claim names as the day something
    /// happened, lower-cased: a day after a verb of saying ("officials said
    /// on Sunday") is the day it was told, not the event's.
    fn weekday(&self) -> Option<String> {
        let told = |k: usize| {
            self.lower[k.saturating_sub(3)..k]
                .iter()
                .any(|w| SPEECH_VERBS.contains(&w.as_str()))
        };
        (0..self.lower.len())
            .find(|&k| is_weekday(&self.lower[k]) && !told(k))
            .map(|k| self.lower[k].clone())
    }

    /// True when word `k`, "cash" or "stock", is one of a pair that names a
    /// whole price ("in cash and stock", "in stock and cash").
    fn cash_and_stock(&self, k: usize) -> bool {
        let word = |i: usize| self.lower.get(i).map(String::as_str);
        let means = |w: Option<&str>| matches!(w, Some("cash" | "stock" | "shares"));
        means(word(k)) && word(k + 1) == Some("and") && means(word(k + 2))
    }

    /// True when the figure follows "mother of", "father of" and the like
    /// ("a mother of 12", "the father of three", "grandmother of five").
    fn offspring(&self) -> bool {
        let first = self.first;
        first >= 2 && self.lower[first - 1] == "of" && is_parent(&self.lower[first - 2])
    }

    /// True when a negation stands before the figure within its clause
    /// (back to a comma, bracket or stop), at most ten words away.
    fn denied(&self) -> bool {
        const REACH: usize = 10;
        let mut k = self.first;
        while k > 0 && self.first - k < REACH && !boundary(self.gap(k)) {
            k -= 1;
            if is_negation(&self.lower[k]) {
                return true;
            }
        }
        false
    }

    /// True when the figure's word is an age ("12-year-old") or "old"
    /// follows it ("12 years old").
    fn year_old(&self) -> bool {
        let word = self.lower[self.last].as_str();
        word.ends_with("-old") || self.lower.get(self.last + 1).is_some_and(|w| w == "old")
    }

    /// True when the figure is one whole number below 130.
    fn small_whole_number(&self) -> bool {
        let figure = self.ws[self.first].text;
        self.first == self.last
            && figure.len() <= 3
            && figure.chars().all(|c| c.is_ascii_digit())
            && figure.parse::<u32>().is_ok_and(|n| n < 130)
    }

    /// An age stated in words ("He was 75.", "LaRue was 75,", "died at age
    /// 61", "aged 77"): `Some` with the named person's surname when a
    /// capitalized name is the subject of "was"/"is", `Some(None)` for a
    /// pronoun or "age"/"aged"; `None` when the figure is no such age ("The
    /// toll was 75.", "It was 75 degrees").
    fn stated_age(&self) -> Option<Option<String>> {
        let first = self.first;
        if !self.small_whole_number() || first == 0 {
            return None;
        }
        let before = self.lower[first - 1].as_str();
        let two_before = first.checked_sub(2).map(|k| self.lower[k].as_str());
        if before == "aged"
            || (before == "age" && two_before == Some("at"))
            || matches!(before, "turn" | "turns" | "turned" | "turning")
            || self.listed_after("ages")
        {
            return Some(None);
        }
        let after = self.text[self.ws[self.last].end..].trim_start();
        let ends = after.is_empty() || after.starts_with(['.', ',', ';']);
        if !(ends && matches!(before, "was" | "is") && first >= 2) {
            return None;
        }
        let subject = &self.ws[first - 2];
        match two_before {
            Some("he" | "she") => Some(None),
            _ if subject.is_capitalized() && !self.title_case() => {
                Some(Some(self.lower[first - 2].clone()))
            }
            _ => None,
        }
    }

    /// True when the figure is one of a list of small numbers that `word`
    /// opens ("ages 6 and 16", "ages 4, 9 and 12"): a few words back over
    /// numbers, commas and "and".
    fn listed_after(&self, word: &str) -> bool {
        let mut k = self.first;
        while k > 0 && self.first - k < 6 {
            k -= 1;
            let w = self.lower[k].as_str();
            if w == word {
                return true;
            }
            let number = w.chars().all(|c| c.is_ascii_digit());
            if !(number || w == "and") {
                return false;
            }
        }
        false
    }

    /// The surname an age stands before ("59-year-old Raj Chohan" gives
    /// "chohan"): the last of the capitalized words right after the age,
    /// with nothing but spaces between; `None` in a headline, where every
    /// word is capitalized, or before a common noun ("a 59-year-old woman").
    fn name_after_age(&self) -> Option<String> {
        if !self.year_old() || self.title_case() {
            return None;
        }
        let mut k = self.last + 1;
        if self.lower.get(k).is_some_and(|w| w == "old") {
            k += 1;
        }
        let mut name = None;
        while k < self.ws.len() && self.ws[k].is_capitalized() && !boundary(self.gap(k)) {
            name = Some(k);
            k += 1;
        }
        name.map(|k| self.lower[k].clone())
    }

    /// The event verb nearest the figure: right before it ("killing two"),
    /// else after its counted noun ("15 people were wounded"), else a
    /// little further before it; never across a clause boundary.
    fn event(&self) -> Option<String> {
        let (first, last) = (self.first, self.last);
        let mut before = None;
        let mut k = first;
        while k > 0 && first - k <= BEFORE_WINDOW {
            if boundary(self.gap(k)) {
                break;
            }
            k -= 1;
            if let Some(e) = event_word(&self.lower[k]) {
                before = Some((first - k - 1, e));
                break;
            }
            if is_conjunction(&self.lower[k]) {
                break;
            }
        }
        if let Some((0, e)) = before {
            return Some(e);
        }
        let mut k = last + 1;
        while k < self.ws.len() && k - last <= AFTER_WINDOW + 1 {
            if boundary(self.gap(k)) || is_conjunction(&self.lower[k]) {
                break;
            }
            if let Some(e) = event_word(&self.lower[k]) {
                return Some(e);
            }
            k += 1;
        }
        before.map(|(_, e)| e)
    }

    /// The verb right before the figure, past a few function words ("was
    /// married two weeks ago", "sentenced to seven years", "served only
    /// five months"), folded by [`fold_verb`]; `None` when no verb form
    /// stands there.
    fn span_verb(&self) -> Option<String> {
        const REACH: usize = 3;
        let mut k = self.first;
        while k > 0 && self.first - k < REACH && !boundary(self.gap(k)) {
            k -= 1;
            let w = self.lower[k].as_str();
            if is_span_filler(w) {
                continue;
            }
            return fold_verb(w);
        }
        None
    }

    /// The scope named within the figure's clause, a few words either side;
    /// "whole" for the total a part is counted out of ("41" in "28 of 41
    /// passes", "out of 41"), which is another fact than the part.
    fn scope(&self) -> Option<String> {
        const REACH: usize = 8;
        let (first, last, lower) = (self.first, self.last, &self.lower);
        if self.is_whole_of_a_part() {
            return Some("whole".to_string());
        }
        if self.counts_the_rest() {
            return Some("rest".to_string());
        }
        let mut from = first;
        while from > 0 && first - from < REACH && !boundary(self.gap(from)) {
            from -= 1;
        }
        let mut to = last;
        while to + 1 < self.ws.len() && to - last < REACH && !boundary(self.gap(to + 1)) {
            to += 1;
        }
        for k in (from..=to).filter(|k| !(first..=last).contains(k)) {
            if let Some((_, s)) = SCOPE_WORDS.iter().find(|(w, _)| *w == lower[k]) {
                return Some((*s).to_string());
            }
            if self.scoring_run(k) {
                return Some("part".to_string());
            }
            if self.since_a_date(k) {
                return Some("since".to_string());
            }
            if k > last && self.wide_area(k) {
                return Some("wide".to_string());
            }
            if k < to {
                let (a, b) = (lower[k].as_str(), lower[k + 1].as_str());
                if let Some((_, _, s)) = SCOPE_PHRASES.iter().find(|(x, y, _)| *x == a && *y == b) {
                    if self.cash_and_stock(k + 1) {
                        // "in cash and stock" is the whole price
                        continue;
                    }
                    return Some((*s).to_string());
                }
            }
        }
        None
    }

    /// True when word `k` is "run" after a score ("during a 15-2 run", "a
    /// 7-0 run"): a stretch of a game, whose points are not the game's.
    fn scoring_run(&self, k: usize) -> bool {
        if self.lower[k] != "run" || k == 0 {
            return false;
        }
        // the text before "run", back over the words of the score
        let from = self.ws[k.saturating_sub(3)].start;
        let before = self.text[from..self.ws[k].start].trim_end();
        let score = before.rsplit(' ').next().unwrap_or_default();
        score.split_once('-').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        })
    }

    /// True when word `k` is an article, a possessive pronoun or a
    /// possessive name ("the", "his", "Creighton's", "Saints'"): words that
    /// may stand between "of" and the whole a part is counted out of.
    fn article_or_possessive(&self, k: usize) -> bool {
        let w = self.lower[k].as_str();
        let apostrophe_after = self.text[self.ws[k].end..].starts_with(['\'', '’']);
        matches!(
            w,
            "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        ) || w.ends_with("'s")
            || apostrophe_after
    }

    /// True when word `k`, after the figure, says it is counted over a wide
    /// area ("across Asia", "around the Indian Ocean", "throughout the
    /// region", "worldwide", "in 14 countries"): a total that a count in one
    /// place ("170,000 in the province") is a part of, not a version of.
    /// Only a count of countries written in digits is read.
    fn wide_area(&self, k: usize) -> bool {
        let next = self.lower.get(k + 1).map(String::as_str);
        let after_next = self.lower.get(k + 2).map(String::as_str);
        let countries = |w: Option<&str>| matches!(w, Some("countries" | "nations" | "states"));
        let counted = next.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        match self.lower[k].as_str() {
            "across" | "around" | "throughout" => self.area_after(k),
            "worldwide" | "nationwide" | "globally" => true,
            "in" => counted && countries(after_next),
            _ => false,
        }
    }

    /// True when the words after word `k` name an area: a name ("across
    /// Asia", "around the Indian Ocean") or a word for a region ("across
    /// the country", "throughout the world"), not a time or a thing
    /// ("around noon", "across the street").
    fn area_after(&self, k: usize) -> bool {
        let at = if self.lower.get(k + 1).is_some_and(|w| w == "the") {
            k + 2
        } else {
            k + 1
        };
        let region = |w: &str| {
            matches!(
                w,
                "world" | "globe" | "country" | "nation" | "region" | "continent" | "state"
            )
        };
        self.ws
            .get(at)
            .is_some_and(|w| w.is_capitalized() || region(&self.lower[at]))
    }

    /// True when word `k` is "since" before a date ("arrested three times
    /// since October", "since 2009", "since Monday"): a count over part of
    /// the record, not its total.
    fn since_a_date(&self, k: usize) -> bool {
        let Some(next) = self.lower.get(k + 1) else {
            return false;
        };
        let year = next.len() == 4 && next.chars().all(|c| c.is_ascii_digit());
        self.lower[k] == "since" && (year || month_number(next).is_some() || is_weekday(next))
    }

    /// True when "other", "more", "additional" or "further" follows the
    /// figure ("the two other victims", "three more officers", "11 other
    /// FLDS men"): it counts the rest beside someone, a part of the count
    /// without the word ("the three victims").
    fn counts_the_rest(&self) -> bool {
        self.lower
            .get(self.last + 1)
            .is_some_and(|w| matches!(w.as_str(), "other" | "more" | "additional" | "further"))
            && !boundary(self.gap(self.last + 1))
    }

    /// True when "of" (or "out of") before the figure follows a number, with
    /// at most an article or a possessive between "of" and the figure ("28 of
    /// 41 passes", "10 of the Saints' 16 games", "two of his five goals"): the
    /// figure is the whole that number is a part of.
    fn is_whole_of_a_part(&self) -> bool {
        // back from the figure, over at most two articles or possessives
        let mut of = self.first;
        loop {
            if of == 0 || self.first - of >= 3 {
                return false;
            }
            of -= 1;
            if self.lower[of] == "of" {
                break;
            }
            if !self.article_or_possessive(of) {
                return false;
            }
        }
        if of == 0 {
            return false;
        }
        let mut k = of - 1;
        if self.lower[k] == "out" && k > 0 {
            k -= 1;
        }
        self.ws[k].text.chars().any(|c| c.is_ascii_digit())
    }

    /// True when the figure is a bare number glued to a name before it
    /// ("Route 66", "Flight 370", "SMW4"): a capitalized word right before
    /// it, with nothing but a space between, that does not start the
    /// sentence.
    fn in_name(&self) -> bool {
        let figure = &self.ws[self.first..=self.last];
        let one = figure.len() == 1;
        let bare = one && figure[0].text.chars().all(|c| c.is_ascii_digit());
        // a code that starts with letters: "SMW4", "x86", "A320"
        let glued = one
            && figure[0].text.chars().any(|c| c.is_ascii_digit())
            && figure[0]
                .text
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        if glued || self.version() || self.emergency_number() {
            return true;
        }
        bare && self.first >= 2 && {
            let prev = &self.ws[self.first - 1];
            prev.is_capitalized()
                && self.gap(self.first).chars().all(|c| c == ' ')
                && !is_month(prev.text)
        }
    }

    /// True when the figure is an emergency telephone number before a word
    /// of its service ("911 calls", "a 999 operator", "the 112 dispatcher"):
    /// a name, not a count.
    fn emergency_number(&self) -> bool {
        let figure = self.ws[self.first].text;
        self.first == self.last
            && matches!(figure, "911" | "999" | "112")
            && self.lower.get(self.last + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "call"
                        | "calls"
                        | "caller"
                        | "callers"
                        | "dispatcher"
                        | "dispatchers"
                        | "operator"
                        | "operators"
                        | "supervisor"
                        | "center"
                        | "centre"
                        | "system"
                        | "tape"
                        | "tapes"
                        | "line"
                )
            })
    }

    /// True when the figure is the word "one" used as a pronoun or in an
    /// idiom, not as a count: before "of" or "another" ("one of her
    /// children", "one another"), after "no", "any", "every" or "some"
    /// ("no one"), or in "at one point" / "at one time".
    fn pronoun_one(&self) -> bool {
        if self.first != self.last || self.lower[self.first] != "one" {
            return false;
        }
        let next = self.lower.get(self.first + 1).map(String::as_str);
        let prev = self.first.checked_sub(1).map(|i| self.lower[i].as_str());
        matches!(next, Some("of" | "another"))
            || matches!(prev, Some("no" | "any" | "every" | "some"))
            || (prev == Some("at") && matches!(next, Some("point" | "time")))
    }

    /// True when the figure is a decimal number right after a word with two
    /// or more capitals ("USB 3.0", "iOS 6.1", "HTML 5.1"): a version, not
    /// a count.
    fn version(&self) -> bool {
        let one = self.first == self.last;
        let figure = self.ws[self.first].text;
        let decimal = figure.contains('.')
            && figure.chars().all(|c| c.is_ascii_digit() || c == '.')
            && figure.starts_with(|c: char| c.is_ascii_digit());
        one && decimal
            && self.first >= 1
            && self.gap(self.first).chars().all(|c| c == ' ')
            && self.ws[self.first - 1]
                .text
                .chars()
                .filter(char::is_ascii_uppercase)
                .count()
                >= 2
    }
}

/// English month names and their short forms, which a day number follows.
fn is_month(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// True when a figure's words after its number make it the threshold of a
/// class ("the last quake measuring 3.0 or above", "quakes of 5 or
/// greater"): it tells of no one quake, so it is no quake's magnitude.
fn bounds_a_class(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(
        words.as_slice(),
        [
            ..,
            "or" | "and",
            "above" | "greater" | "higher" | "larger" | "more" | "up"
        ]
    )
}

/// The kind a figure is compared as and what it counts, or `None` when it
/// states no fact the comparison weighs: a bare year ("2011"), a number in
/// a name, a bare number with nothing counted and no event. Magnitudes and
/// ages are kinds of their own ("a magnitude 6.1 quake" is no count of
/// quakes, "33 years old" no duration, "Hiller, 43," no count). A figure
/// counts its event when its sentence names one ("killing two", "wounding
/// 15"), else its measured `concept`.
pub fn fact_kind(
    kind: &str,
    text: &str,
    value: f64,
    concept: &str,
    cue: &Cue,
) -> Option<(String, String)> {
    let digits = text.trim();
    let year = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&value);
    let countable = matches!(kind, "count" | "cardinal");
    if countable && (year || cue.in_name || cue.pronoun || is_vague(digits)) {
        return None;
    }
    if countable && (introduces_someone(digits, value, concept, cue) || counts_no_kind(concept)) {
        return None;
    }
    // "a mother of 12" counts her children, whatever the verb of the clause
    if countable && cue.offspring && concept.is_empty() {
        return Some(("count".into(), OFFSPRING.into()));
    }
    let words: Vec<&str> = concept.split(' ').collect();
    if words.contains(&"magnitude") || kind == "magnitude" {
        return (!bounds_a_class(digits)).then(|| ("magnitude".into(), "magnitude".into()));
    }
    let aged = words
        .iter()
        .any(|w| matches!(*w, "old" | "year-old" | "aged"));
    // "a 12-year-old" is read as a span of years: an age (see [`years_of_age`])
    let aged_span = (kind == "duration" && cue.age) || kind == "age";
    if aged || aged_span || (countable && cue.age) {
        let what = cue
            .whose
            .as_deref()
            .map_or_else(|| "age".to_string(), |n| format!("{AGE_OF}{n}"));
        return Some(("age".into(), what));
    }
    let kind = match kind {
        "cardinal" if cue.event.is_none() || cue.compound => return None,
        "cardinal" => "count",
        other => other,
    };
    // an outcome names what a count counts, a verb what a span of time
    // counts; other figures keep their concept
    let what = match (&cue.event, &cue.span_verb) {
        (Some(event), _) if kind == "count" => event.clone(),
        (_, Some(verb)) if kind == "duration" && concept.is_empty() => format!("{SPAN_OF}{verb}"),
        _ => concept.to_string(),
    };
    Some((kind.to_string(), what))
}

/// True for "one" before a word for a person with no outcome counted ("one
/// man told police", "One female juror covered her face", "about one
/// individual"): like "a", it introduces someone; sources cannot dispute
/// it. "One woman was killed" counts an outcome and stays.
fn introduces_someone(text: &str, value: f64, concept: &str, cue: &Cue) -> bool {
    let one = text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("one"));
    one && value == 1.0 && cue.event.is_none() && names_a_person(concept)
}

/// True when a concept's head is a word for anything at all ("a
/// demonstration is one thing and murder is quite another", "two ways to
/// look at it"): its count is a turn of phrase, not a statistic.
fn counts_no_kind(concept: &str) -> bool {
    let first = concept.split(' ').next().unwrap_or_default();
    matches!(first, "thing" | "things" | "way" | "ways")
}

/// True when the last word of a normalized concept names one person
/// ("female juror", "man", "individual").
fn names_a_person(concept: &str) -> bool {
    let last = concept.rsplit(' ').next().unwrap_or_default();
    matches!(
        last,
        "person"
            | "man"
            | "woman"
            | "individual"
            | "juror"
            | "witness"
            | "resident"
            | "neighbor"
            | "neighbour"
            | "friend"
            | "official"
            | "source"
            | "passenger"
            | "student"
            | "fan"
            | "boy"
            | "girl"
    )
}

/// Seconds in a year, as durations are stored (a Julian year of 365.25
/// days, the numbers layer's "year").
const SECONDS_PER_YEAR: f64 = 365.25 * 86_400.0;

/// The age in years a duration figure that [`fact_kind`] reads as an age
/// states, from its value in seconds ("a 59-year-old" is 59, "a
/// 6-month-old" 0.5), so that it meets the same age written as a number
/// ("Chohan, 59,").
pub fn years_of_age(seconds: f64) -> f64 {
    seconds / SECONDS_PER_YEAR
}

/// What a span of time told of a verb counts: this, then the folded verb
/// ("time to marry": "married two weeks ago").
pub const SPAN_OF: &str = "time to ";

/// What the age of a named person counts: this, then the name.
const AGE_OF: &str = "age of ";

/// True when `a` and `b`, what two figures count, are the ages of two
/// different named people ("age of williams", "age of jackson"): however
/// alike their sentences, they are two facts.
pub fn ages_of_two_people(a: &str, b: &str) -> bool {
    a != b && a.starts_with(AGE_OF) && b.starts_with(AGE_OF)
}

/// What a measure that names nothing it counts measures by its unit alone:
/// a mass in kilograms is a weight ("weighing 130 pounds", "Orozco is 135
/// pounds"). Lengths and spans name too many things (a height, a distance,
/// a depth) to be one by their unit; other figures keep `what`.
pub fn what_its_unit_measures(kind: &str, what: String, base_unit: Option<&str>) -> String {
    match (kind, what.is_empty(), base_unit) {
        ("measure", true, Some("kilogram")) => "weight".to_string(),
        _ => what,
    }
}

/// True when `scope` is the part of a price paid in one form ("in cash",
/// "in stock"; see [`Cue::scope`]).
pub fn is_payment_part(scope: &str) -> bool {
    matches!(scope, "cash" | "stock")
}

/// True when `what` is an age, named ("age of jeffs") or not ("age").
pub fn is_age(what: &str) -> bool {
    is_unnamed_age(what) || is_named_age(what)
}

/// True when `what` is the age of someone named ("age of jeffs").
pub fn is_named_age(what: &str) -> bool {
    what.starts_with(AGE_OF)
}

/// What a count of someone's children counts (the singular of
/// "children", as measured phrases are normalized).
const OFFSPRING: &str = "child";

/// True when `what`, what a figure counts, is someone's children ("a
/// mother of 12", "her 12 children"): a standing fact, not the event's.
pub fn is_offspring(what: &str) -> bool {
    what == OFFSPRING
}

/// True when `what` is an age that names nobody ("a 36-year-old driver",
/// "He was 75."): two such ages of one story are often two people's, so
/// their key alone never makes them one fact.
pub fn is_unnamed_age(what: &str) -> bool {
    what == "age"
}

/// True for a figure that is a vague word, not a number ("thousands",
/// "dozens", "half", "several"): the sources cannot disagree on it.
fn is_vague(text: &str) -> bool {
    let lower = text.to_lowercase();
    let last = lower.rsplit(' ').next().unwrap_or_default();
    !lower.chars().any(|c| c.is_ascii_digit())
        && matches!(
            last,
            "dozens"
                | "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "several"
                | "half"
                | "many"
                | "scores"
                | "handful"
        )
}

/// The byte offset of character `chars` of `text` (its end when shorter).
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

/// The claims that hold each figure, to read the figure's [`Cue`] from.
pub struct ClaimIndex<'a> {
    by_quantity: HashMap<&'a str, &'a ClaimRow>,
}

impl<'a> ClaimIndex<'a> {
    /// Indexes the claims by the quantity ids they hold. A figure in
    /// several claims (a statistic and the quote around it) is read in the
    /// one of least `claim_id`, whatever order the claims were read in.
    pub fn build(claims: &'a [ClaimRow]) -> ClaimIndex<'a> {
        let mut by_quantity: HashMap<&'a str, &'a ClaimRow> = HashMap::new();
        for c in claims {
            for q in &c.quantity_ids {
                let held = by_quantity.entry(q.as_str()).or_insert(c);
                if c.claim_id < held.claim_id {
                    *held = c;
                }
            }
        }
        ClaimIndex { by_quantity }
    }

    /// The cue of quantity `id` (character offsets `start..end` of `text`
    /// in its document); the default when no claim holds it.
    pub fn cue(&self, id: &str, start: i64, end: i64, text: &str) -> Cue {
        let Some(c) = self.by_quantity.get(id) else {
            return Cue::default();
        };
        let (Ok(from), Ok(to)) = (
            usize::try_from(start - c.start),
            usize::try_from(end - c.start),
        ) else {
            return Cue::default();
        };
        let (a, b) = (byte_at(&c.text, from), byte_at(&c.text, to));
        if c.text.get(a..b) == Some(text) {
            return cue(&c.text, a, b);
        }
        // the claim's text is not the document's slice: find the figure
        match c.text.find(text) {
            Some(at) => cue(&c.text, at, at + text.len()),
            None => Cue::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_of(sentence: &str, figure: &str) -> Cue {
        let at = sentence.find(figure).unwrap();
        cue(sentence, at, at + figure.len())
    }

    fn event_of(sentence: &str, figure: &str) -> Option<String> {
        cue_of(sentence, figure).event
    }

    #[test]
    fn a_figure_in_two_claims_is_read_in_the_same_one_whatever_their_order() {
        let claim = |id: &str, text: &str| {
            let mut c = crate::copies::tests::claim(0, text);
            c.claim_id = id.into();
            c.quantity_ids = vec!["q1".into()];
            c
        };
        let quote = claim("c2", "\"Smith, 60, was there,\" he said.");
        let statistic = claim("c1", "Smith, 60, was there.");
        let forward = [statistic.clone(), quote.clone()];
        let backward = [quote, statistic];
        for claims in [&forward, &backward] {
            let index = ClaimIndex::build(claims);
            assert_eq!(index.by_quantity["q1"].claim_id, "c1");
        }
    }

    #[test]
    fn a_part_of_a_game_or_year_is_its_own_scope() {
        let scope = |s: &str, f: &str| cue_of(s, f).scope;
        let part = Some("part".to_string());
        assert_eq!(
            scope("He had five points during a pivotal 15-2 run.", "five"),
            part
        );
        assert_eq!(
            scope("He scored five points in the first half.", "five"),
            part
        );
        assert_eq!(scope("Sales rose 5% in the third quarter.", "5%"), part);
        assert_eq!(scope("Those 10 points tied the record.", "10"), None);
        assert_eq!(scope("She will run 5 miles.", "5 miles"), None);
    }

    #[test]
    fn a_span_of_time_counts_the_verb_it_is_told_of() {
        let what = |sentence: &str, figure: &str| {
            let at = sentence.find(figure).unwrap();
            let c = cue(sentence, at, at + figure.len());
            fact_kind("duration", figure, 1.0, "", &c).map(|(_, w)| w)
        };
        let married = Some("time to marry".to_string());
        assert_eq!(what("He was married two weeks ago.", "two weeks"), married);
        assert_eq!(
            what(
                "The deputy, who was wed about three weeks ago, died.",
                "about three weeks"
            ),
            married
        );
        assert_eq!(
            what("He was sentenced to seven years in prison.", "seven years").as_deref(),
            Some("time to sentenc")
        );
        assert_eq!(
            what("He served only five months.", "five months").as_deref(),
            Some("time to serv")
        );
        // a noun in "-ing" or no verb: nothing named
        assert_eq!(
            what(
                "It drew a cult following four decades later.",
                "four decades"
            )
            .as_deref(),
            Some("")
        );
        assert_eq!(
            what("Five days of riots followed.", "Five days").as_deref(),
            Some("")
        );
        // a named concept wins
        let at = "a five-year sentence".find("five-year").unwrap();
        let c = cue("a five-year sentence", at, at + 9);
        assert_eq!(
            fact_kind("duration", "five-year", 5.0, "sentence", &c)
                .unwrap()
                .1,
            "sentence"
        );
    }

    #[test]
    fn killed_and_injured_are_two_events() {
        let s = "She opened fire, killing two women and critically injuring a third.";
        assert_eq!(event_of(s, "two").as_deref(), Some("kill"));
        let s = "Police said two people were killed and 15 wounded.";
        assert_eq!(event_of(s, "two").as_deref(), Some("kill"));
        assert_eq!(event_of(s, "15").as_deref(), Some("injure"));
        let s = "The attack left 2 dead, wounding 15.";
        assert_eq!(event_of(s, "2").as_deref(), Some("kill"));
        assert_eq!(event_of(s, "15").as_deref(), Some("injure"));
        let s = "Eleven other FLDS men were charged with crimes.";
        assert_eq!(event_of(s, "Eleven").as_deref(), Some("charge"));
        // verbs of saying and auxiliaries are no event
        assert_eq!(event_of("Officials said 40 migrants", "40"), None);
        assert_eq!(event_of("There were 40 migrants", "40"), None);
    }

    #[test]
    fn years_names_and_bare_numbers_are_left_out() {
        let none = Cue::default();
        assert_eq!(
            fact_kind("count", "2011", 2011.0, "release date", &none),
            None
        );
        assert_eq!(fact_kind("cardinal", "15", 15.0, "", &none), None);
        assert_eq!(fact_kind("count", "thousands", 1000.0, "core", &none), None);
        let named = cue_of("It flew as Flight 370 over the sea.", "370");
        assert_eq!(fact_kind("cardinal", "370", 370.0, "", &named), None);
        // a number that begins a compound describes, though a verb counts
        let killed = "Two people were killed in a one-sided attack.";
        let compound = cue_of(killed, "one");
        assert!(
            compound.compound && compound.event.is_some(),
            "{compound:?}"
        );
        assert_eq!(fact_kind("cardinal", "one", 1.0, "", &compound), None);
        let two = cue_of(killed, "Two");
        assert!(!two.compound);
        assert!(fact_kind("cardinal", "Two", 2.0, "", &two).is_some());
        assert_eq!(
            fact_kind("count", "2,011", 2011.0, "migrant", &none),
            Some(("count".into(), "migrant".into()))
        );
    }

    #[test]
    fn emergency_numbers_are_names() {
        let named = cue_of("Officers answered 911 calls from the plant.", "911");
        assert_eq!(fact_kind("count", "911", 911.0, "call", &named), None);
        let named = cue_of("A 999 operator kept her on the line.", "999");
        assert_eq!(fact_kind("count", "999", 999.0, "operator", &named), None);
        // the same digits counting something are a count
        let count = cue_of("Organisers counted 911 runners at the start.", "911");
        assert_eq!(
            fact_kind("count", "911", 911.0, "runner", &count),
            Some(("count".into(), "runner".into()))
        );
    }

    #[test]
    fn one_as_a_pronoun_counts_nothing() {
        let kind = |sentence: &str, figure: &str| {
            fact_kind("count", figure, 1.0, "son", &cue_of(sentence, figure))
        };
        assert_eq!(kind("He was one of four sons of a baker.", "one"), None);
        assert_eq!(kind("At one point the mayor walked out.", "one"), None);
        assert_eq!(kind("No one was hurt in the blaze.", "one"), None);
        assert_eq!(kind("The two men blamed one another.", "one"), None);
        // a count of one is still a count
        let counted = Some(("count".to_string(), "son".to_string()));
        assert_eq!(kind("She is survived by one son.", "one"), counted);
    }

    #[test]
    fn magnitudes_ages_and_events_are_what_figures_count() {
        let none = Cue::default();
        assert_eq!(
            fact_kind("count", "5.6", 5.6, "magnitude earthquake hit", &none),
            Some(("magnitude".into(), "magnitude".into()))
        );
        assert_eq!(
            fact_kind("count", "33", 33.0, "year-old", &none),
            Some(("age".into(), "age".into()))
        );
        let age = cue_of("Yvonne Hiller, 43, was charged.", "43");
        assert_eq!(
            fact_kind("cardinal", "43", 43.0, "", &age),
            Some(("age".into(), "age of hiller".into()))
        );
        // two people's ages are two facts
        let other = cue_of("Jackson, 25, was driving east.", "25");
        assert_eq!(
            fact_kind("cardinal", "25", 25.0, "", &other),
            Some(("age".into(), "age of jackson".into()))
        );
        let wounded = cue_of("The attack left 2 dead, wounding 15.", "15");
        assert_eq!(
            fact_kind("cardinal", "15", 15.0, "", &wounded),
            Some(("count".into(), "injure".into()))
        );
        let killed = cue_of("Hiller killed two co-workers.", "two");
        assert_eq!(
            fact_kind("count", "two", 2.0, "co-worker", &killed),
            Some(("count".into(), "kill".into()))
        );
    }

    #[test]
    fn a_claim_names_its_day_of_the_week() {
        let cue = cue_of("A 4.4 quake struck on Sunday at 9:27 a.m.", "4.4");
        assert_eq!(cue.weekday.as_deref(), Some("sunday"));
        assert_eq!(cue_of("A 4.6 quake struck.", "4.6").weekday, None);
        // the day it was told is not the event's
        let told = cue_of("It holds 238 men, officials said on Sunday.", "238");
        assert_eq!(told.weekday, None);
        let both = cue_of("It deported 261 on Saturday, officials said Sunday.", "261");
        assert_eq!(both.weekday.as_deref(), Some("saturday"));
    }

    #[test]
    fn a_parent_of_n_counts_children() {
        let cue = cue_of("They killed a mother of 12 in the attack.", "12");
        assert!(cue.offspring);
        assert_eq!(
            fact_kind("cardinal", "12", 12.0, "", &cue),
            Some((
                "count".into(),
                super::super::measured::normalize("children")
            ))
        );
        assert_eq!(
            fact_kind(
                "count",
                "12",
                12.0,
                "child",
                &cue_of("She had 12 children.", "12")
            ),
            Some(("count".into(), "child".into()))
        );
        assert!(!cue_of("The loss of 12 jobs hurt.", "12").offspring);
    }

    #[test]
    fn ages_listed_or_turned_are_ages() {
        for (sentence, figure) in [
            ("He is survived by two sons, ages 6 and 16.", "6"),
            ("He is survived by two sons, ages 6 and 16.", "16"),
            ("She leaves three children, ages 4, 9 and 12.", "9"),
            ("Teixeira, who turns 29 on April 11, is a free agent.", "29"),
            ("He will turn 29 in April.", "29"),
        ] {
            let cue = cue_of(sentence, figure);
            assert!(cue.age, "{sentence} / {figure}");
        }
        // a count after other words is no age
        assert!(!cue_of("The team won 6 and lost 16 games.", "16").age);
    }

    #[test]
    fn a_quakes_magnitude_is_no_count() {
        // the numbers stage gives a quake's magnitude its own kind
        assert_eq!(
            fact_kind("magnitude", "4.6", 4.6, "earthquake", &Cue::default()),
            Some(("magnitude".into(), "magnitude".into()))
        );
        // a class of quakes is no quake's magnitude; a bound on one still is
        for class in ["3.0 or above", "5 or greater", "6.0 and up"] {
            assert_eq!(
                fact_kind("magnitude", class, 3.0, "earthquake", &Cue::default()),
                None,
                "{class}"
            );
        }
        assert!(fact_kind(
            "magnitude",
            "at least 6.0",
            6.0,
            "earthquake",
            &Cue::default()
        )
        .is_some());
    }

    #[test]
    fn a_count_of_things_is_a_turn_of_phrase() {
        let none = Cue::default();
        assert_eq!(
            fact_kind("count", "one", 1.0, "thing and murder", &none),
            None
        );
        assert_eq!(fact_kind("count", "two", 2.0, "ways", &none), None);
        assert!(fact_kind("count", "two", 2.0, "women", &none).is_some());
    }

    #[test]
    fn one_before_a_person_introduces_someone() {
        let kind = |sentence: &str, figure: &str, concept: &str| {
            fact_kind("count", figure, 1.0, concept, &cue_of(sentence, figure)).map(|(k, _)| k)
        };
        assert_eq!(
            kind("One female juror covered her face.", "One", "female juror"),
            None
        );
        assert_eq!(
            kind("It is about one individual.", "about one", "individual"),
            None
        );
        // an outcome counted, or a thing, stays a count
        assert!(kind("One woman was killed.", "One", "woman").is_some());
        assert!(kind("He faces one count of murder.", "one", "count").is_some());
    }

    #[test]
    fn the_counted_event_names_the_fact() {
        // "238 men deported" is the deportees' count, as "deported 261
        // people" is; "including 238 alleged members" is another figure
        let ledger = cue_of("It agreed to hold 238 men deported from the US.", "238");
        let wire = "The US deported 261 people, including 238 alleged members of a gang.";
        let people = cue_of(wire, "261");
        let members = cue_of(wire, "238");
        let what = |c: &Cue, concept: &str| fact_kind("count", "", 0.0, concept, c).unwrap().1;
        assert_eq!(what(&ledger, "man"), what(&people, "person"));
        assert_ne!(what(&members, "member"), what(&people, "person"));
    }

    #[test]
    fn forms_and_synonyms_of_an_outcome_meet() {
        assert_eq!(event_word("arrested"), event_word("detained"));
        assert_eq!(event_word("wounding"), event_word("injured"));
        assert_eq!(event_word("died"), event_word("killing"));
        assert_ne!(event_word("killed"), event_word("wounded"));
        assert!(is_event("kill") && is_event("injure"));
        assert!(!is_event("killed") && !is_event("communications"));
        // verbs that only say how a figure was reported count nothing
        assert_eq!(event_word("recorded"), None);
        assert_eq!(event_word("reported"), None);
    }

    #[test]
    fn a_season_and_a_game_are_two_scopes() {
        let game = cue_of("He threw for 310 yards on Sunday.", "310 yards");
        let season = cue_of("He has thrown for 3,100 yards this season.", "3,100 yards");
        let total = cue_of("Police have seized 40 tonnes so far.", "40 tonnes");
        assert_eq!(game.scope, None);
        assert_eq!(season.scope.as_deref(), Some("season"));
        assert_eq!(total.scope.as_deref(), Some("total"));
        // a scope in another clause is not the figure's
        let other = cue_of("He threw for 310 yards, a season high.", "310 yards");
        assert_eq!(other.scope, None);
    }

    #[test]
    fn the_part_of_a_price_paid_in_cash_is_its_own_scope() {
        let cue = cue_of(
            "The purchase is $4.2 billion in cash and 57 million shares.",
            "$4.2 billion",
        );
        assert_eq!(cue.scope.as_deref(), Some("cash"));
        assert_eq!(
            cue_of("AMD's $5.4bn acquisition of ATI closed.", "$5.4bn").scope,
            None
        );
    }

    #[test]
    fn the_whole_a_part_is_counted_out_of_is_its_own_scope() {
        let s = "Garrard completed 28 of 41 passes for 208 yards.";
        assert_eq!(cue_of(s, "41").scope.as_deref(), Some("whole"));
        assert_eq!(cue_of(s, "28").scope, None);
        let out = "He made 9 out of 12 shots.";
        assert_eq!(cue_of(out, "12").scope.as_deref(), Some("whole"));
        // "of" after a word, not a number, names no part
        assert_eq!(cue_of("a total of 41 passes", "41").scope, None);
        // an article or a possessive may stand before the whole
        let games = "He missed 10 of the Saints' 16 games.";
        assert_eq!(cue_of(games, "16").scope.as_deref(), Some("whole"));
        let goals = "She scored 2 of her 5 goals late.";
        assert_eq!(cue_of(goals, "5").scope.as_deref(), Some("whole"));
        let one = "He played in 14 games.";
        assert_eq!(cue_of(one, "14").scope, None);
    }

    #[test]
    fn the_rest_beside_someone_is_its_own_scope() {
        let rest = |s: &str, f: &str| cue_of(s, f).scope.as_deref() == Some("rest");
        assert!(rest(
            "The two other victims were treated at Beaumont.",
            "two"
        ));
        assert!(rest("Jeffs and 11 other FLDS men were charged.", "11"));
        assert!(rest("Police sent three more officers.", "three"));
        assert!(!rest(
            "The three victims were taken to the hospital.",
            "three"
        ));
        // "more" before the figure bounds it
        assert!(!rest("More than 250 migrants were flown out.", "250"));
    }

    #[test]
    fn a_mass_that_names_nothing_is_a_weight() {
        let what =
            |kind: &str, w: &str, unit: &str| what_its_unit_measures(kind, w.into(), Some(unit));
        assert_eq!(what("measure", "", "kilogram"), "weight");
        assert_eq!(what("measure", "bomb", "kilogram"), "bomb");
        assert_eq!(what("measure", "", "metre"), "");
    }

    #[test]
    fn a_count_over_a_wide_area_is_its_own_scope() {
        let wide = |s: &str, f: &str| cue_of(s, f).scope.as_deref() == Some("wide");
        assert!(wide(
            "The wave killed 230,000 people across Asia.",
            "230,000"
        ));
        assert!(wide("It killed 230,000 people in 14 countries.", "230,000"));
        assert!(wide("Some 9,000 stores worldwide closed.", "9,000"));
        assert!(!wide(
            "It killed 170,000 people in the province.",
            "170,000"
        ));
        // "around" before a figure is an approximation
        assert!(!wide("It killed around 170,000 people.", "170,000"));
        assert!(wide("It killed 900 people across the country.", "900"));
        // a time or a thing after "around" or "across" is no area
        assert!(!wide("It killed 20 people around noon.", "20"));
        assert!(!wide("It injured 20 people across the street.", "20"));
    }

    #[test]
    fn a_count_since_a_date_is_its_own_scope() {
        let s = "He had been arrested three times since October.";
        assert_eq!(cue_of(s, "three").scope.as_deref(), Some("since"));
        let y = "Sales doubled 2 times since 2009.";
        assert_eq!(cue_of(y, "2").scope.as_deref(), Some("since"));
        let because = "He had three arrests since he moved.";
        assert_eq!(cue_of(because, "three").scope, None);
    }

    #[test]
    fn numbers_inside_names_are_marked() {
        assert!(cue_of("It flew as Flight 370 over the sea.", "370").in_name);
        assert!(cue_of("The SMW4 cable was cut.", "SMW4").in_name);
        assert!(cue_of("It sells x86 chips.", "86").in_name);
        assert!(!cue_of("The quake struck on March 14 at dawn.", "14").in_name);
        assert!(!cue_of("Hiller, 43, was charged.", "43").in_name);
        assert!(!cue_of("Police found 43 guns.", "43").in_name);
        assert!(!cue_of("US Sends 261 Deportees To Prison", "261").in_name);
    }

    #[test]
    fn an_age_set_off_by_commas_after_a_name_is_an_age() {
        assert!(cue_of("Yvonne Hiller, 43, was charged.", "43").age);
        assert!(cue_of("The victim was Zurana Horton, 34.", "34").age);
        assert!(!cue_of("In Texas, 43 people died.", "43").age);
        assert!(!cue_of("Hiller shot 43, police said.", "43").age);
        let girl = cue_of("He assaulted a 12-year-old girl.", "12-year");
        assert!(girl.age);
        assert_eq!(
            fact_kind("duration", "12-year", 3.8e8, "", &girl),
            Some(("age".into(), "age".into()))
        );
    }

    #[test]
    fn an_unnamed_age_names_nobody() {
        let woman = cue_of("A 59-year-old woman was hit.", "59-year");
        let (_, what) = fact_kind("duration", "59-year", 1.86e9, "", &woman).unwrap();
        assert!(is_unnamed_age(&what));
        let named = cue_of("Maria Lopez, 59, was hit.", "59");
        let (_, what) = fact_kind("cardinal", "59", 59.0, "", &named).unwrap();
        assert!(!is_unnamed_age(&what));
    }

    #[test]
    fn an_age_stated_in_words_is_an_age() {
        let age = |s: &str, f: &str| {
            let c = cue_of(s, f);
            fact_kind("cardinal", f, f.parse().unwrap(), "", &c)
        };
        let plain = Some(("age".to_string(), "age".to_string()));
        assert_eq!(age("He was 81.", "81"), plain);
        assert_eq!(age("She died in 1999 at age 64.", "64"), plain);
        assert_eq!(age("The singer has died, aged 70.", "70"), plain);
        assert_eq!(
            age("Okafor was 47, his family said.", "47"),
            Some(("age".into(), "age of okafor".into()))
        );
        // a figure that is no age stays out
        assert_eq!(age("The toll was 75.", "75"), None);
        assert_eq!(age("It was 75 in the shade.", "75"), None);
        assert_eq!(age("He was 75 metres away.", "75"), None);
    }

    #[test]
    fn an_age_before_a_name_is_that_persons_age() {
        let before = cue_of("Police said 59-year-old Maria Lopez was hit.", "59-year");
        let after = cue_of("Maria Lopez, 59, was hit.", "59");
        let what = |c: &Cue, kind: &str, v: f64| fact_kind(kind, "", v, "", c).unwrap();
        assert_eq!(
            what(&before, "duration", 1.86e9),
            what(&after, "cardinal", 59.0)
        );
        // a common noun after the age names nobody
        let woman = cue_of("A 59-year-old woman was hit.", "59-year");
        assert_eq!(woman.whose, None);
        let spaced = cue_of("The 40 years old Ann Berg left.", "40 years");
        assert_eq!(spaced.whose.as_deref(), Some("berg"));
        assert_eq!(years_of_age(59.0 * 365.25 * 86_400.0), 59.0);
        assert_eq!(years_of_age(0.5 * 365.25 * 86_400.0), 0.5);
    }

    #[test]
    fn a_bound_its_clause_denies_states_no_fact() {
        let s = "None of the bids is believed to run more than six years.";
        let c = cue_of(s, "more than six years");
        assert!(denied_bound(&c, "more_than"));
        // an exact figure is left to its words; a negation elsewhere is not the figure's
        assert!(!denied_bound(&c, "exact"));
        let s = "The deal runs more than six years, and none of the others do.";
        assert!(!denied_bound(
            &cue_of(s, "more than six years"),
            "more_than"
        ));
        let s = "He would not comment; the deal runs more than six years.";
        assert!(!denied_bound(
            &cue_of(s, "more than six years"),
            "more_than"
        ));
        let s = "The club didn't offer more than $90 million.";
        assert!(denied_bound(
            &cue_of(s, "more than $90 million"),
            "more_than"
        ));
    }

    #[test]
    fn a_version_after_an_acronym_is_a_name_not_a_count() {
        let s = "The laptop has two USB 3.0 ports and runs iOS 6.1 apps.";
        assert!(cue_of(s, "3.0").in_name);
        assert!(cue_of(s, "6.1").in_name);
        assert!(!cue_of(s, "two").in_name);
        assert_eq!(
            fact_kind("count", "3.0", 3.0, "port", &cue_of(s, "3.0")),
            None
        );
        assert!(!cue_of("It weighs 4.5 pounds.", "4.5").in_name);
        assert!(!cue_of("A magnitude 4.6 quake hit.", "4.6").in_name);
    }
}
