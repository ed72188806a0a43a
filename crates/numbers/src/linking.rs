//! Links each quantity to what it measures, whom it is about and when:
//! the counted noun or metric phrase, the best proper-noun phrase of the
//! sentence (or the one before), and the date or year of the sentence.

use super::lexer::TokKind;
use super::scan::Found;
use super::tokens::Toks;
use factsift_core::quantity::{Flags, Kind, Role};
use factsift_core::text::{is_stopword, reports_speech};

/// True for a lower-case word that may be (part of) a counted noun phrase.
pub fn is_content_word(w: &str) -> bool {
    w.len() > 1 && !is_stopword(w) && !w.ends_with("ly")
}

/// True for a word that may head what a figure measures: a content word
/// that is not a verb of change ("rose", "fell") or a common verb form
/// ("came", "shows", "said").
fn is_measured_word(w: &str) -> bool {
    is_content_word(w) && super::qualifiers::direction_word(w).is_none() && !is_verb(w)
}

/// Common verb forms and adverbs that follow a figure, never a counted noun.
fn is_verb(w: &str) -> bool {
    matches!(
        w,
        "came"
            | "come"
            | "comes"
            | "went"
            | "go"
            | "goes"
            | "said"
            | "say"
            | "says"
            | "told"
            | "shows"
            | "showed"
            | "show"
            | "seem"
            | "seems"
            | "seemed"
            | "became"
            | "become"
            | "becomes"
            | "remain"
            | "remains"
            | "remained"
            | "died"
            | "left"
            | "arrived"
            | "got"
            | "get"
            | "gets"
            | "took"
            | "take"
            | "takes"
            | "made"
            | "make"
            | "makes"
            | "saw"
            | "see"
            | "sees"
            | "cost"
            | "costs"
            | "wins"
            | "won"
            | "lose"
            | "loses"
            | "joined"
            | "agreed"
            | "voted"
            | "remaining"
            | "according"
            | "including"
            // adverbs and particles that end in neither -ly nor a stop-word
            | "outside"
            | "inside"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "ago"
            | "later"
            | "earlier"
            | "overall"
            | "apiece"
            | "instead"
            | "away"
            | "ahead"
            | "abroad"
            | "altogether"
            | "respectively"
            | "overnight"
    )
}

/// True when metric word `k` ("costs", "cost") is a verb: right before
/// the figure at `before` and after a modal or a subject rather than a
/// determiner ("will cost $5", "It costs 50 cents", "Gas costs $3").
fn is_verb_use(t: &Toks, k: usize, before: usize) -> bool {
    if k + 1 != before || !matches!(t.word(k), "cost" | "costs" | "share" | "rate" | "price") {
        return false;
    }
    let prev = t.word(k.wrapping_sub(1));
    !matches!(
        prev,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "total" | "average" | "of"
    )
}

/// Head words of metric phrases ("homicide rate", "approval rating").
fn is_metric_head(w: &str) -> bool {
    matches!(
        w,
        "rate"
            | "rates"
            | "rating"
            | "ratings"
            | "ratio"
            | "share"
            | "index"
            | "level"
            | "growth"
            | "inflation"
            | "unemployment"
            | "gdp"
            | "population"
            | "budget"
            | "revenue"
            | "revenues"
            | "income"
            | "debt"
            | "deficit"
            | "surplus"
            | "price"
            | "prices"
            | "cost"
            | "costs"
            | "sales"
            | "profit"
            | "profits"
            | "exports"
            | "imports"
            | "turnout"
            | "capacity"
            | "spending"
            | "output"
            | "production"
            | "wage"
            | "wages"
            | "salary"
            | "tasa"
            | "indice"
            | "poblacion"
            | "presupuesto"
            | "deuda"
            | "inflacion"
            | "desempleo"
            | "aprobacion"
            | "crecimiento"
            | "approval"
            | "support"
            | "majority"
            | "poll"
    )
}

/// The noun phrase right after the amount ("migrants", "salvadoran
/// prisoners"), skipping an "of" after percentages.
fn noun_after(t: &Toks, f: &Found) -> Option<String> {
    if f.q.kind == Kind::Cardinal && second_of_pair(t, f) {
        return None;
    }
    let mut k = f.last + 1;
    if matches!(t.word(k), "of" | "de" | "del")
        && matches!(
            f.q.kind,
            Kind::Percent | Kind::PercentagePoints | Kind::Cardinal
        )
    {
        k += 1;
        if matches!(
            t.word(k),
            "the" | "all" | "its" | "their" | "los" | "las" | "la" | "el"
        ) {
            k += 1;
        }
        if f.q.kind == Kind::Cardinal {
            k = part_of_whole(t, k)?;
        }
    }
    // "three million 500ml cans": the count is of the cans
    if f.q.kind == Kind::Cardinal
        && t.kind(k) == Some(TokKind::Digits)
        && t.spaced(k)
        && t.kind(k + 1) == Some(TokKind::Word)
        && t.attached(k + 1)
    {
        k += 2;
    }
    // "two other vehicles", "three more people", "four additional
    // officers": the count is of the noun
    if matches!(t.word(k), "other" | "more" | "additional" | "further")
        && t.kind(k + 1) == Some(TokKind::Word)
        && (is_measured_word(t.word(k + 1)) || named_modifier(t, k + 1).is_some())
    {
        k += 1;
    }
    // "four FLDS members", "11 other Democratic senators": names before
    // a lower-case plural modify the counted noun
    if f.q.kind != Kind::Percent {
        if let Some(j) = named_modifier(t, k) {
            return Some(t.text[t.start(k)..t.end(j)].to_lowercase());
        }
    }
    noun_phrase_at(t, k, f.q.kind == Kind::Percent)
}

/// True for a word with a participle's ending ("deported", "injuring"):
/// a verb, not a noun a figure counts ("killing 10 people and injuring 80").
fn is_participle(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("ing")
}

/// The counted noun phrase starting at token `k`: up to three measured
/// words, ending after a plural noun or before a participle ("migrants
/// deported"), or two nouns joined by "and" ("passengers and crew"). A
/// name may start it only after a percentage (`percent`).
fn noun_phrase_at(t: &Toks, mut k: usize, percent: bool) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    while words.len() < 3 && t.kind(k) == Some(TokKind::Word) && t.spaced(k) {
        let w = t.word(k);
        let name = t.capitalized(k) && !is_plural_acronym(t.raw(k));
        if !is_measured_word(w) || name && words.is_empty() && !percent {
            break;
        }
        // a participle after the head ends the phrase: "migrants deported"
        if !words.is_empty() && is_participle(w) {
            break;
        }
        // "co-workers", "big-league seasons": a hyphenated compound is one word
        let start = k;
        while t.is(k + 1, "-")
            && t.attached(k + 1)
            && t.attached(k + 2)
            && t.kind(k + 2) == Some(TokKind::Word)
        {
            k += 2;
        }
        let last = t.word(k);
        words.push(&t.text[t.start(start)..t.end(k)]);
        k += 1;
        // stop after a plural noun
        if last.ends_with('s') && !last.ends_with("ss") {
            break;
        }
    }
    // "420 passengers and crew": the figure counts both nouns
    if words.len() == 1
        && t.word(k) == "and"
        && t.kind(k + 1) == Some(TokKind::Word)
        && t.spaced(k + 1)
        && !t.capitalized(k + 1)
        && is_measured_word(t.word(k + 1))
        && !is_participle(t.word(k + 1))
        && !(t.kind(k + 2) == Some(TokKind::Word) && is_measured_word(t.word(k + 2)))
    {
        words.push("and");
        words.push(t.raw(k + 1));
    }
    // "jails." "inmates under": hyphenated compounds stay whole
    if words.is_empty() {
        None
    } else {
        Some(words.join(" ").to_lowercase())
    }
}

/// What a sum of money counts when "in" and a lower-case noun follow it:
/// "raised $60 million in funding", "$5 billion in sales". Not a year ("in
/// 2009"), a number ("in two rounds"), a name ("in New York"), an article ("in the first quarter"), an
/// idiom of "in" ("in total", "in recent years") or how the sum is paid
/// ("$3m in cash", "in stock"), which is a part of a price, not what it is
/// for.
fn noun_after_in(t: &Toks, f: &Found) -> Option<String> {
    let k = f.last + 2;
    let noun = t.word(f.last + 1) == "in"
        && t.kind(k) == Some(TokKind::Word)
        && !t.capitalized(k)
        && t.num_word(k).is_none()
        && !is_in_idiom(t.word(k));
    noun.then(|| noun_phrase_at(t, k, false)).flatten()
}

/// Words after "in" that make an idiom, a time or a form of payment, not
/// what money counts ("in total", "in return", "in recent years", "in
/// months", "in cash").
fn is_in_idiom(w: &str) -> bool {
    matches!(
        w,
        "total"
            | "cash"
            | "stock"
            | "shares"
            | "kind"
            | "addition"
            | "return"
            | "exchange"
            | "part"
            | "fact"
            | "advance"
            | "time"
            | "recent"
            | "full"
            | "order"
            | "place"
            | "turn"
            | "person"
            | "years"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "minutes"
            | "decades"
    )
}

/// Where the noun of the whole starts in "five of Creighton's first eight
/// points", "two of his children", "seven of the 12 jurors": after the
/// "of" (at `k`, past any article), skips a possessive pronoun or name,
/// a word of rank ("next", "top"), then an ordinal or the figure of the
/// whole; `None` for a pronoun
/// ("two of them").
fn part_of_whole(t: &Toks, mut k: usize) -> Option<usize> {
    if matches!(t.word(k), "them" | "us" | "you" | "which" | "whom") {
        return None;
    }
    if matches!(t.word(k), "his" | "her" | "our" | "my" | "your") {
        k += 1;
    } else if let Some(end) = possessive_name(t, k) {
        k = end + 1;
    }
    // "its next 23 games", "the top 10 picks": a word of rank
    if matches!(t.word(k), "next" | "last" | "top" | "final" | "past") {
        k += 1;
    }
    // "first eight": an ordinal, then the figure
    for _ in 0..2 {
        match super::number::read(t, k, factsift_core::Language::En, false) {
            // not before a name ("one of six African-American women")
            Some(n) if t.kind(n.last + 1) == Some(TokKind::Word) && !t.capitalized(n.last + 1) => {
                k = n.last + 1
            }
            _ => break,
        }
    }
    Some(k)
}

/// The last token of a name's possessive starting at `k` ("Creighton's",
/// "Notre Dame's"): capitalized words, an apostrophe and "s".
fn possessive_name(t: &Toks, k: usize) -> Option<usize> {
    let mut j = k;
    while t.capitalized(j) && t.kind(j) == Some(TokKind::Word) {
        j += 1;
    }
    let apostrophe = t.is(j, "'") || t.is(j, "’");
    (j > k && apostrophe && t.word(j + 1) == "s").then_some(j + 1)
}

/// True when figure `f` is the second of two figures glued by a hyphen that
/// stay apart (a score, a record, a vote: "won 24-17", "a 58-3 record"):
/// the noun after the pair is not what the second alone counts.
fn second_of_pair(t: &Toks, f: &Found) -> bool {
    let a = f.amount_first;
    a >= 2
        && (t.is(a - 1, "-") || t.is(a - 1, "–"))
        && t.attached(a - 1)
        && t.attached(a)
        && t.kind(a - 2) == Some(TokKind::Digits)
}

/// When the words at `k` are one or two capitalized words or acronyms
/// followed by a lower-case plural noun ("FLDS members", "Democratic
/// senators"), the index of that noun.
fn named_modifier(t: &Toks, k: usize) -> Option<usize> {
    let mut j = k;
    while j < k + 2 && t.kind(j) == Some(TokKind::Word) && t.spaced(j) && t.capitalized(j) {
        j += 1;
    }
    let w = t.word(j);
    (j > k
        && t.kind(j) == Some(TokKind::Word)
        && t.spaced(j)
        && !t.capitalized(j)
        && is_measured_word(w)
        && is_plural_noun(w))
    .then_some(j)
}

/// True for a lower-case plural noun: one ending in "s" (not "ss"), or
/// an irregular plural ("men", "people").
fn is_plural_noun(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss"))
        || matches!(
            w,
            "men" | "women" | "people" | "children" | "police" | "personnel" | "staff" | "crew"
        )
}

/// True for the plural of an acronym ("RBIs", "DUIs", "CEOs"): a counted
/// noun, not a name.
fn is_plural_acronym(raw: &str) -> bool {
    raw.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// The nearest metric phrase before token `before`: a metric head word with
/// one modifier ("homicide rate", "approval rating").
fn metric_before(t: &Toks, before: usize) -> Option<String> {
    let mut k = before;
    while k > 0 {
        k -= 1;
        if t.kind(k) != Some(TokKind::Word) {
            continue;
        }
        let w = t.word(k);
        if is_metric_head(w) && !is_verb_use(t, k, before) {
            let mut phrase = w.to_string();
            if k >= 1
                && t.kind(k - 1) == Some(TokKind::Word)
                && !t.capitalized(k - 1)
                && is_content_word(t.word(k - 1))
                && !t.word(k - 1).ends_with("ed")
            {
                phrase = format!("{} {phrase}", t.word(k - 1));
            }
            return Some(phrase);
        }
    }
    None
}

/// What a figure right after "a/an/the NOUN of" measures: "a depth of 1.2
/// miles" (depth), "a population of 80,000", "an area of 30 square miles".
/// Words that only hold a figure ("a total of", "a period of", "a group
/// of") name nothing.
fn noun_of_before(t: &Toks, f: &Found) -> Option<String> {
    let k = f.first.checked_sub(3)?;
    let w = t.word(k + 1);
    let named = matches!(t.word(k), "a" | "an" | "the")
        && t.word(k + 2) == "of"
        && t.kind(k + 1) == Some(TokKind::Word)
        && !t.capitalized(k + 1)
        && is_measured_word(w)
        && !is_holder_word(w);
    named.then(|| w.to_string())
}

/// Nouns that hold a figure without naming what it measures ("a total of
/// 40 people", "a period of two years", "a mark of 122-147"), and parents of
/// the children a figure counts ("a mother of 12").
fn is_holder_word(w: &str) -> bool {
    factsift_core::text::is_parent(w)
        || matches!(
            w,
            "total"
                | "number"
                | "lot"
                | "couple"
                | "group"
                | "series"
                | "handful"
                | "maximum"
                | "minimum"
                | "average"
                | "period"
                | "span"
                | "sum"
                | "age"
                | "high"
                | "low"
                | "record"
                | "mark"
        )
}

/// Leading words of a proper-noun run that are titles, not names.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "senator"
            | "sen"
            | "rep"
            | "governor"
            | "mayor"
            | "king"
            | "queen"
            | "prince"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "general"
            | "secretary"
            | "chancellor"
            | "judge"
            | "pope"
            | "ceo"
            | "chairman"
            | "director"
            | "presidente"
            | "ministro"
            | "ministra"
            | "senador"
            | "gobernador"
            | "alcalde"
            | "then"
            | "former"
            | "deputy"
            | "professor"
            | "sir"
            | "lady"
            | "lord"
    )
}

/// Capitalized words that start sentences without being names.
fn is_sentence_word(w: &str) -> bool {
    is_stopword(w)
        || matches!(
            w,
            "however"
                | "moreover"
                | "in"
                | "with"
                | "without"
                | "although"
                | "since"
                | "because"
                | "following"
                | "seeing"
                | "similarly"
                | "subsequently"
                | "meanwhile"
                | "still"
                | "yet"
                | "today"
                | "yesterday"
                | "last"
                | "next"
                | "under"
                | "despite"
                | "while"
                | "after"
                | "before"
                | "once"
                | "even"
                | "many"
                | "several"
                | "most"
                | "both"
                | "sin"
                | "embargo"
                | "aunque"
                | "pero"
                | "segun"
                | "tras"
                | "durante"
                | "hay"
                | "we"
                | "they"
                | "he"
                | "she"
                | "i"
                | "you"
                | "it"
                | "his"
                | "her"
                | "our"
                | "my"
                | "their"
                | "there"
                | "what"
                | "how"
                | "why"
                | "who"
        )
}

/// A proper-noun phrase of the sentence.
#[derive(Debug, Clone)]
struct Proper {
    first: usize,
    last: usize,
    text: String,
    possessive: bool,
    /// Inside a prepositional phrase or parentheses: a poor subject.
    oblique: bool,
    /// Next to a verb of saying ("Kroon said", "said Noah Greenwald"): who
    /// tells the figure, seldom whom it is about.
    speaker: bool,
}

pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "by" | "for"
            | "to"
            | "from"
            | "of"
            | "in"
            | "at"
            | "with"
            | "on"
            | "into"
            | "behind"
            | "under"
            | "against"
            | "than"
            | "like"
            | "via"
            | "de"
            | "en"
            | "por"
            | "para"
            | "con"
            | "a"
            | "desde"
            | "hacia"
            | "and"
            | "as"
    )
}

/// The proper-noun phrases of the sentence outside the figures `skip`, in
/// order; the first `limit` of them.
fn proper_phrases(t: &Toks, skip: &[(usize, usize)], limit: usize) -> Vec<Proper> {
    let mut out = Vec::new();
    // the sentence's first word, after any opening quote or bracket
    let first_word = (0..t.len())
        .find(|&k| t.word(k).chars().next().is_some_and(char::is_alphanumeric))
        .unwrap_or(0);
    let mut k = 0;
    let inside = |k: usize| skip.iter().any(|&(a, b)| k >= a && k <= b);
    while k < t.len() && out.len() < limit {
        if !t.capitalized(k)
            || inside(k)
            || super::dates::month(t.word(k)).is_some()
            || factsift_core::text::is_weekday(t.word(k))
        {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k;
        let mut j = k + 1;
        loop {
            if t.capitalized(j) && !inside(j) && t.spaced(j) {
                end = j;
                j += 1;
            } else if matches!(t.word(j), "de" | "of" | "del" | "la")
                && t.capitalized(j + 1)
                && end == j - 1
            {
                j += 1;
            } else if (t.is(j, "-") || t.is(j, "–"))
                && t.attached(j)
                && t.capitalized(j + 1)
                && t.attached(j + 1)
            {
                end = j + 1;
                j += 2;
            } else {
                break;
            }
        }
        // drop sentence-initial function words and titles
        let mut s = start;
        while s <= end
            && (is_title(t.word(s))
                || (s == first_word
                    && is_sentence_word(t.word(s))
                    && !(s < end && is_name_article(t.word(s))))
                || (s == start && is_demonym_before_title(t, s, end)))
        {
            s += 1;
        }
        // "then–President Joe Biden": a title right after a dash
        if s <= end {
            let text = t.text[t.start(s)..t.end(end)].to_string();
            let possessive = (t.is(end + 1, "’") || t.is(end + 1, "'")) && t.word(end + 2) == "s";
            if s != end || s != first_word || !is_sentence_word(t.word(s)) {
                let oblique =
                    start > 0 && (is_preposition(t.word(start - 1)) || t.is(start - 1, "("));
                // "Kroon said ...", or "..., said Noah Greenwald of the
                // Center": not "said Pellman weighed 180 pounds", whose name
                // opens the clause told
                let ends_clause = t.kind(end + 1) != Some(TokKind::Word) || t.word(end + 1) == "of";
                let before = t.word(start.wrapping_sub(1));
                // "told The Statesman Journal that ...": the one told
                let told = matches!(before, "told" | "tells" | "tell");
                let speaker = reports_speech(t.word(end + 1))
                    || (start > 0 && reports_speech(before) && (ends_clause || told));
                out.push(Proper {
                    first: s,
                    last: end,
                    text,
                    possessive,
                    oblique,
                    speaker,
                });
            }
        }
        k = end + 1;
    }
    out
}

/// Articles that are part of place names ("El Salvador", "La Paz", "Los Angeles").
fn is_name_article(w: &str) -> bool {
    matches!(
        w,
        "el" | "la" | "los" | "las" | "le" | "san" | "santa" | "new" | "de"
    )
}

/// "Salvadoran President …", "US President …": a word before a title.
fn is_demonym_before_title(t: &Toks, s: usize, end: usize) -> bool {
    s < end && is_title(t.word(s + 1))
}

/// The dates of a sentence that may be its figures' period: token span and
/// period of each `date` figure, save one a bound introduces ("before
/// 1997", "since 2009", "until March"), which says when the period is not.
fn sentence_dates(t: &Toks, found: &[Found]) -> Vec<(usize, usize, String)> {
    found
        .iter()
        .filter(|f| f.q.kind == Kind::Date)
        .filter(|f| !(f.first > 0 && is_time_bound(t.word(f.first - 1), f.first, t)))
        .filter_map(|f| Some((f.first, f.last, f.q.period.clone()?)))
        .collect()
}

/// True when `w`, the word before a date at `at`, makes the date a bound of
/// a period rather than the period ("before", "after", "since", "until",
/// "prior to").
fn is_time_bound(w: &str, at: usize, t: &Toks) -> bool {
    let prior_to = w == "to" && at >= 2 && t.word(at - 2) == "prior";
    prior_to
        || matches!(
            w,
            "before" | "after" | "since" | "until" | "till" | "antes" | "desde" | "hasta"
        )
}

/// The period of the date nearest to the figure spanning tokens
/// `first..=last` ("Gigante served a five-year term in 1959" takes 1959,
/// not a 1997 named earlier in the sentence).
fn nearest_date(dates: &[(usize, usize, String)], first: usize, last: usize) -> Option<String> {
    let gap = |&(a, b, _): &(usize, usize, String)| {
        if b < first {
            first - b
        } else {
            a.saturating_sub(last)
        }
    };
    dates
        .iter()
        .min_by_key(|d| gap(d))
        .map(|(_, _, p)| p.clone())
}

/// Fills `measured`, `subject` and `period` of the quantities
/// of one sentence; `prev_subject` is the subject carried from the sentence
/// before. Returns the sentence's own subject (its first name), which the
/// next sentence carries instead.
pub fn link(t: &Toks, found: &mut [Found], prev_subject: Option<&str>) -> Option<String> {
    // a sentence without figures only passes its first name on
    if found.is_empty() {
        return proper_phrases(t, &[], 1).pop().map(|p| p.text);
    }
    let skip: Vec<(usize, usize)> = found.iter().map(|f| (f.first, f.last)).collect();
    let propers = proper_phrases(t, &skip, usize::MAX);
    let dates = sentence_dates(t, found);
    let sentence_subject = propers.first().map(|p| p.text.clone());
    let mut list_metric: Option<(Kind, Option<String>, Option<String>)> = None;
    for item in found.iter_mut() {
        let (first, last) = (item.first, item.last);
        // a figure in parentheses right after a name: "El Salvador (1,659)"
        let in_parens = first >= 2 && t.is(first - 1, "(") && t.is(last + 1, ")");
        let named = in_parens && propers.iter().any(|p| p.last + 2 == first);
        if named && matches!(item.q.kind, Kind::Cardinal | Kind::Count) {
            if let Some((kind, unit, measured)) = &list_metric {
                let q = &mut item.q;
                q.kind = *kind;
                q.unit = unit.clone();
                q.measured = measured.clone();
                q.flags.insert(Flags::INHERITED);
            }
        }
        let f = &*item;
        let q_kind = f.q.kind;
        let measured = if f.q.measured.is_some() {
            f.q.measured.clone()
        } else {
            match q_kind {
                Kind::Date => None,
                Kind::Percent | Kind::PercentagePoints | Kind::Rate | Kind::Money => {
                    let after = if q_kind == Kind::Rate {
                        rate_noun(t, f)
                    } else {
                        noun_after(t, f)
                    };
                    let before = metric_before(t, f.first);
                    match q_kind {
                        Kind::Percent | Kind::PercentagePoints
                            if !matches!(t.word(f.last + 1), "of" | "de") =>
                        {
                            before.or(after)
                        }
                        Kind::Rate => before.or(after),
                        Kind::Money => after.or(before).or_else(|| noun_after_in(t, f)),
                        _ => after.or(before),
                    }
                }
                Kind::Measure | Kind::Duration | Kind::Cardinal | Kind::Count => {
                    noun_after(t, f).or_else(|| noun_of_before(t, f))
                }
                // "three times larger", "ten times what they paid": what a
                // multiplier compares with is no counted noun
                Kind::Factor if f.q.role == Role::Level => None,
                _ => noun_after(t, f),
            }
        };
        // subject: possessive or first name before, else first after, else
        // carried; one who tells the figure, or is told it, is no candidate
        // unless the figure stands right beside the name ("said Elverton
        // Thomas, 39,", "said Bensu Elianita, a 22-year-old resident")
        let beside = |p: &Proper| {
            let article = matches!(t.word(p.last + 2), "a" | "an");
            t.is(p.last + 1, ",") && (p.last + 2 == f.first || (article && p.last + 3 == f.first))
        };
        let candidates: Vec<&Proper> = propers.iter().filter(|p| !p.speaker || beside(p)).collect();
        let before: Vec<&Proper> = candidates
            .iter()
            .copied()
            .filter(|p| p.last < f.first)
            .collect();
        let subject = if named {
            propers
                .iter()
                .find(|p| p.last + 2 == f.first)
                .map(|p| p.text.clone())
        } else if let Some(place) = place_of_distance(t, f, &propers) {
            Some(place.text.clone())
        } else {
            before
                .iter()
                .rev()
                .find(|p| beside(p) || p.possessive)
                .or_else(|| before.iter().find(|p| !p.oblique))
                .or_else(|| before.first())
                .map(|p| p.text.clone())
                .or_else(|| {
                    candidates
                        .iter()
                        .find(|p| p.first > f.last)
                        .map(|p| p.text.clone())
                })
                .or_else(|| prev_subject.map(str::to_string))
        };
        let q = &mut item.q;
        if q.measured.is_none() {
            q.measured = measured;
        }
        if q.kind == Kind::Cardinal && q.measured.is_some() {
            q.kind = Kind::Count;
        }
        q.subject = subject;
        if q.kind != Kind::Date {
            q.period = nearest_date(&dates, first, last);
        }
        if matches!(q.kind, Kind::Rate | Kind::Percent) && !named {
            list_metric = Some((q.kind, q.unit.clone(), q.measured.clone()));
        }
    }
    sentence_subject
}

/// The place a distance is measured from: the name right after "<compass
/// direction> of" ("3 miles southwest of Cobb", "two miles east of The
/// Geysers").
fn place_of_distance<'p>(t: &Toks, f: &Found, propers: &'p [Proper]) -> Option<&'p Proper> {
    let from_place = f.q.kind == Kind::Measure
        && is_compass_word(t.word(f.last + 1))
        && t.word(f.last + 2) == "of";
    if !from_place {
        return None;
    }
    propers.iter().find(|p| p.first == f.last + 3)
}

/// The eight compass directions.
pub(crate) fn is_compass_word(w: &str) -> bool {
    matches!(
        w,
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    )
}

/// What a rate counts: the noun between the figure and "per"
/// ("614 prisoners per 100,000").
fn rate_noun(t: &Toks, f: &Found) -> Option<String> {
    let k = t.start(f.first);
    let _ = k;
    let mut j = f.amount_first;
    while j <= f.last {
        if t.word(j) == "per" || t.word(j) == "por" {
            break;
        }
        j += 1;
    }
    let prev = j.checked_sub(1)?;
    (t.kind(prev) == Some(TokKind::Word) && is_content_word(t.word(prev)))
        .then(|| t.word(prev).to_string())
}
