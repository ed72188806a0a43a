//! Who asserts a sentence: its speaker, found from the wording.
//!
//! The patterns, tried in this order:
//! - a source phrase: "according to polling firm LPG Datos", "según la
//!   encuestadora CID Gallup", "as reported by …";
//! - a speaker introducing a quotation with a colon: "the US Department of
//!   Justice has reported: “…”", "X, deputy director of Y, warns:" (when the
//!   colon ends the sentence, the quotation follows in later sentences and
//!   the stage carries the speaker to them);
//! - a verb of saying after its subject: "X said", "officials told
//!   reporters", "Bukele afirmó que …", "X, a spokeswoman, said …", also
//!   past an appositive whose closing comma is missing ("X, a spokeswoman
//!   for Y said") and past a relative clause ("the source, who asked not
//!   to be named, said"); "added" and "noted" with a plain object ("added
//!   101 yards", "noted the date") report nothing;
//! - a verb of saying before its subject: "…,” said X", "…, dijo el ministro
//!   X".
//!
//! A speaker is a name (a run of capitalized words, joined by "of", "de",
//! "for" …), a common source noun ("officials", "police") or a pronoun.

use super::clauses::enclosed_ranges;
use super::lexicon::{
    contains, AUXILIARIES, CLAUSE_BREAKS, FINITE_MARKERS, OBJECT_OPENERS,
    OBJECT_TAKING_SPEECH_VERBS, RELATIVE_PRONOUNS, ROLE_WORDS, SOURCE_NOUNS, SPEECH_VERBS,
    SUBJECT_PRONOUNS, TITLE_PREPOSITIONS,
};
use factsift_core::keys::{clean_name, entity_key};
use factsift_core::text::{words, Word};
use factsift_core::Label;
use factsift_core::Speaker;

/// How a speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// "according to X", "según X", "as reported by X".
    Source,
    /// "X has reported: …", "X warns:".
    ColonIntro,
    /// "X said …", "X afirmó que …".
    SubjectVerb,
    /// "…, said X", "…, dijo X".
    VerbSubject,
}

impl Pattern {
    /// The name used in the `cues` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Pattern::Source => "according_to",
            Pattern::ColonIntro => "colon_intro",
            Pattern::SubjectVerb => "subject_verb",
            Pattern::VerbSubject => "verb_subject",
        }
    }
}

/// The attribution found in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Who speaks.
    pub speaker: Speaker,
    /// How the speaker was found.
    pub pattern: Pattern,
    /// The cue word or phrase ("according to", "reported", "afirmó").
    pub cue: String,
    /// True when the sentence ends with the colon of an introduction, so the
    /// quotation is in the sentences that follow ("X warns:").
    pub opens_quote: bool,
}

/// Connectors allowed inside a name between capitalized words.
#[rustfmt::skip]
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "de", "del", "la", "las", "los", "y", "da", "do", "van",
    "von", "der", "al",
];

/// Capitalized words that open a sentence or clause without being part of a
/// name that follows them.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "in", "on", "at", "for", "after", "before", "since", "during", "from", "under", "with",
    "however", "but", "and", "then", "also", "moreover", "meanwhile", "now", "yet", "so", "still",
    "today", "yesterday", "last", "this", "that", "these", "those", "when", "while", "if", "as",
    "en", "durante", "desde", "tras", "sin", "pero", "además", "según", "ayer", "hoy", "the", "el",
    "la", "los", "las", "a", "an",
];

/// Capitalized words that mark an organization rather than a person.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "department", "ministry", "institute", "university", "court", "congress", "agency", "office",
    "party", "government", "administration", "commission", "council", "bank", "fund", "bureau",
    "police", "association", "organization", "organisation", "foundation", "center", "centre",
    "times", "post", "news", "press", "group", "inc", "corp", "company", "committee", "senate",
    "house", "service", "network", "board", "union", "federation", "datos", "gallup", "ministerio",
    "instituto", "universidad", "tribunal", "corte", "congreso", "gobierno", "fiscalía", "banco",
    "partido", "fondo", "asamblea", "comisión", "consejo", "policía", "herald", "journal",
    "tribune", "gazette", "guardian", "telegraph", "weekly", "magazine", "authority",
];

/// Lower-case words before a name that say it is an organization.
#[rustfmt::skip]
const ORG_DESCRIPTORS: &[&str] = &[
    "firm", "company", "group", "agency", "organization", "organisation", "pollster", "polling",
    "newspaper", "institute", "think", "tank", "ngo", "outlet", "network", "firma", "empresa",
    "encuestadora", "organización", "diario", "periódico", "agencia",
];

/// Cue phrases that introduce a source, as lower-case words.
const SOURCE_CUES: &[&[&str]] = &[
    &["according", "to"],
    &["as", "reported", "by"],
    &["as", "stated", "by"],
    &["según"],
    &["de", "acuerdo", "con"],
    &["conforme", "a"],
];

/// The most words a source phrase closed by punctuation may have for its
/// last name to be taken as the source.
const MAX_SOURCE_PHRASE: usize = 10;

/// A run of words `[first, last]` (inclusive indexes).
type Run = (usize, usize);

/// Finds the speaker of `sentence`, if its wording names one.
pub fn attribute(sentence: &str) -> Option<Attribution> {
    let ws = words(sentence);
    if ws.is_empty() {
        return None;
    }
    let lower: Vec<String> = ws.iter().map(Word::lower).collect();
    let enclosed = enclosed_ranges(sentence);
    let outside = |w: &Word<'_>| !enclosed.iter().any(|&(s, e)| s <= w.start && w.start < e);

    if let Some(a) = source_phrase(sentence, &ws, &lower, &outside) {
        return Some(a);
    }
    if let Some(a) = colon_intro(sentence, &ws, &lower, &enclosed) {
        return Some(a);
    }
    for (i, w) in ws.iter().enumerate() {
        if !outside(w) || w.is_capitalized() && i > 0 || !contains(SPEECH_VERBS, &lower[i]) {
            continue;
        }
        // "Recent reports have revealed …": a verb form followed by an
        // auxiliary is the noun
        let next_is_aux = lower.get(i + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "have" | "has" | "had" | "are" | "is" | "were" | "was"
            )
        });
        if next_is_aux || takes_plain_object(sentence, &ws, &lower, i) {
            continue;
        }
        if let Some(speaker) = subject_before(sentence, &ws, &lower, i) {
            return Some(Attribution {
                speaker,
                pattern: Pattern::SubjectVerb,
                cue: lower[i].clone(),
                opens_quote: false,
            });
        }
        if let Some(speaker) = subject_after(sentence, &ws, &lower, i) {
            return Some(Attribution {
                speaker,
                pattern: Pattern::VerbSubject,
                cue: lower[i].clone(),
                opens_quote: false,
            });
        }
    }
    None
}

/// True when the verb at `verb` ("added", "noted") is used as an ordinary
/// verb with a noun-phrase object rather than to report speech: "added 101
/// yards on the ground", "added a goal", "noted the date", "added two
/// more". The object must follow the verb directly (a comma, colon or
/// quotation mark keeps the attribution: "he added, citing …", "Smith
/// added: …") and open with a figure or a determiner, and the words up to
/// the next punctuation or clause break must show no finite verb ("added
/// two men had been arrested" reports speech).
fn takes_plain_object(sentence: &str, ws: &[Word<'_>], lower: &[String], verb: usize) -> bool {
    if !contains(OBJECT_TAKING_SPEECH_VERBS, &lower[verb]) {
        return false;
    }
    let Some(next) = ws.get(verb + 1) else {
        return false;
    };
    let gap = sentence.get(ws[verb].end..next.start).unwrap_or(",").trim();
    let currency = matches!(gap, "$" | "£" | "€");
    if !gap.is_empty() && !currency {
        return false;
    }
    let opens_object = currency || next.has_digit() || contains(OBJECT_OPENERS, &lower[verb + 1]);
    opens_object && !finite_clause_follows(sentence, ws, lower, verb + 1)
}

/// True when the words from `from` up to the next punctuation mark or
/// clause break hold a sign of a finite verb: an auxiliary or copula
/// ("the date was wrong") or a past form in -ed after its subject ("the
/// plan failed").
fn finite_clause_follows(sentence: &str, ws: &[Word<'_>], lower: &[String], from: usize) -> bool {
    let mut k = from;
    loop {
        let w = &lower[k];
        if contains(CLAUSE_BREAKS, w) {
            return false;
        }
        if contains(FINITE_MARKERS, w) {
            return true;
        }
        let after_determiner = k > from && contains(OBJECT_OPENERS, &lower[k - 1]);
        if k > from && w.len() > 3 && w.ends_with("ed") && !after_determiner {
            return true;
        }
        if k + 1 >= ws.len() || !only_space(sentence, ws[k].end, ws[k + 1].start) {
            return false;
        }
        k += 1;
    }
}

/// "according to X": the speaker is the last name in the phrase after the
/// cue, up to the next punctuation; else the phrase itself when short.
fn source_phrase(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    outside: &dyn Fn(&Word<'_>) -> bool,
) -> Option<Attribution> {
    for i in 0..ws.len() {
        if !outside(&ws[i]) {
            continue;
        }
        for cue in SOURCE_CUES {
            let end = i + cue.len();
            if end > ws.len() || lower[i..end].iter().zip(cue.iter()).any(|(a, b)| a != b) {
                continue;
            }
            // the phrase runs to the next punctuation mark
            let mut last = end;
            while last < ws.len()
                && last > i
                && only_space(sentence, ws[last - 1].end, ws[last].start)
            {
                last += 1;
            }
            if last <= end {
                continue;
            }
            let phrase = end..last;
            // a short phrase closed by punctuation names its source last
            // ("according to polling firm LPG Datos."); a long one that runs
            // on without a comma names it first ("According to Rathbun the
            // property was returned …")
            let short = last - end <= MAX_SOURCE_PHRASE;
            let run = appositive_after(sentence, ws, lower, last)
                .or_else(|| {
                    if short {
                        last_name_run(sentence, ws, lower, phrase.clone())
                    } else {
                        first_name_run(sentence, ws, lower, phrase.clone())
                    }
                })
                // a name that modifies a common noun ("the Afghan team's
                // coach") is not the source itself
                .filter(|&(_, r)| !short || r + 1 >= last || contains(SOURCE_NOUNS, &lower[r + 1]));
            let speaker = match run {
                Some(run) => {
                    let descriptors: Vec<&str> = lower[phrase.start..run.0]
                        .iter()
                        .map(String::as_str)
                        .collect();
                    let org = descriptors.iter().any(|d| contains(ORG_DESCRIPTORS, d));
                    named_speaker(sentence, ws, run, org.then_some(Label::Org))
                }
                None if last - end <= 6 => {
                    let from = ws[end].start;
                    let to = ws[last - 1].end;
                    let text = strip_article(&sentence[from..to]);
                    Speaker {
                        name: text.to_string(),
                        key: None,
                        range: Some((to - text.len(), to)),
                    }
                }
                None => continue,
            };
            return Some(Attribution {
                speaker,
                pattern: Pattern::Source,
                cue: cue.join(" "),
                opens_quote: false,
            });
        }
    }
    None
}

/// "according to the team's coach, Alireza Mehraban, …": when the phrase
/// ending before word `next` ends with a common noun or title and a name
/// set off by commas follows, that name.
fn appositive_after(sentence: &str, ws: &[Word<'_>], lower: &[String], next: usize) -> Option<Run> {
    let before = next.checked_sub(1)?;
    let is_noun = contains(ROLE_WORDS, &lower[before])
        || contains(SOURCE_NOUNS, &lower[before])
        || [
            "coach",
            "spokesman",
            "spokeswoman",
            "editor",
            "chairman",
            "founder",
        ]
        .contains(&lower[before].as_str());
    let gap = sentence.get(ws[before].end..ws.get(next)?.start)?.trim();
    if !is_noun || gap != "," {
        return None;
    }
    let mut last = next;
    while last + 1 < ws.len()
        && only_space(sentence, ws[last].end, ws[last + 1].start)
        && (ws[last + 1].is_capitalized() || contains(NAME_CONNECTORS, &lower[last + 1]))
    {
        last += 1;
    }
    let after = sentence.get(ws[last].end..)?.trim_start();
    (ws[next].is_capitalized() && after.starts_with(',')).then_some((next, last))
}

/// "X has reported: …" and "X, deputy director of Y, warns:".
fn colon_intro(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    enclosed: &[(usize, usize)],
) -> Option<Attribution> {
    let colon = sentence
        .char_indices()
        .find(|&(i, c)| c == ':' && !enclosed.iter().any(|&(s, e)| s <= i && i < e))
        .map(|(i, _)| i)?;
    let verb = ws.partition_point(|w| w.end <= colon).checked_sub(1)?;
    if !only_space(sentence, ws[verb].end, colon) || !contains(SPEECH_VERBS, &lower[verb]) {
        return None;
    }
    let speaker = subject_before(sentence, ws, lower, verb)?;
    let after = sentence[colon + 1..].trim();
    let quote_left_open = matches!(after, "" | "“" | "\"" | "«");
    Some(Attribution {
        speaker,
        pattern: Pattern::ColonIntro,
        cue: lower[verb].clone(),
        opens_quote: quote_left_open,
    })
}

/// The subject of the verb of saying at `verb`: a name, a source noun or a
/// pronoun right before it (auxiliaries skipped), or a name before an
/// appositive set off by commas.
fn subject_before(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    verb: usize,
) -> Option<Speaker> {
    let mut k = verb;
    while k > 0
        && contains(AUXILIARIES, &lower[k - 1])
        && only_space(sentence, ws[k - 1].end, ws[k].start)
    {
        k -= 1;
    }
    let prev = k.checked_sub(1)?;
    let gap = sentence.get(ws[prev].end..ws[k].start)?.trim();
    match gap {
        "" => unclosed_appositive_head(sentence, ws, lower, prev)
            .or_else(|| direct_subject(sentence, ws, lower, prev)),
        "," => relative_clause_subject(sentence, ws, lower, ws[prev].end)
            .or_else(|| appositive_subject(sentence, ws, lower, ws[prev].end)),
        _ => None,
    }
}

/// "Jane Roe, a spokeswoman for the county said …", "Lena Ortiz, Chief
/// Officer at Riverside Water Authority says …": an appositive whose
/// closing comma is missing, so the words right before the verb (`last`)
/// end a title and the body it serves, not the subject. The appositive
/// runs from the comma before `last` and opens with a title (articles,
/// capitalized words and a role word) joined by a preposition to what
/// follows; the speaker is the name that makes up the whole segment before
/// that comma.
fn unclosed_appositive_head(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    last: usize,
) -> Option<Speaker> {
    let comma = sentence.get(..ws[last].start)?.rfind(',')?;
    let first = ws.partition_point(|w| w.start < comma);
    if first > last || last - first > 12 {
        return None;
    }
    if (first..last).any(|k| !only_space(sentence, ws[k].end, ws[k + 1].start)) {
        return None;
    }
    let role = (first..last).find(|&k| contains(ROLE_WORDS, &lower[k]))?;
    let lead_ok = (first..role)
        .all(|k| ws[k].is_capitalized() || matches!(lower[k].as_str(), "a" | "an" | "the"));
    let prep = (role + 1..last).find(|&k| !ws[k].is_capitalized())?;
    if !lead_ok || !contains(TITLE_PREPOSITIONS, &lower[prep]) {
        return None;
    }
    let seg_start = sentence[..comma].rfind(',').map_or(0, |c| c + 1);
    let seg_first = ws.partition_point(|w| w.start < seg_start);
    let run = segment_name(sentence, ws, lower, seg_first, first)?;
    Some(named_speaker(sentence, ws, run, None))
}

/// "The police source, who wished to remain anonymous, said …": when the
/// comma-closed segment ending at byte `before` is a relative clause
/// ("who …", "which …"), the subject is what ends right before the comma
/// that opens it, read as a direct subject ("source", "minister",
/// "Maria Lopez"). The subject's own segment must be a short noun phrase
/// without a finite verb ("Police arrested the minister, who …" is not).
fn relative_clause_subject(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    before: usize,
) -> Option<Speaker> {
    let comma = sentence.get(..before)?.rfind(',')?;
    let rel = ws.partition_point(|w| w.start < comma);
    if !lower
        .get(rel)
        .is_some_and(|w| contains(RELATIVE_PRONOUNS, w))
    {
        return None;
    }
    let subj = rel.checked_sub(1)?;
    if sentence.get(ws[subj].end..ws[rel].start)?.trim() != "," {
        return None;
    }
    let seg_start = sentence[..ws[subj].end].rfind(',').map_or(0, |c| c + 1);
    let seg_first = ws.partition_point(|w| w.start < seg_start);
    let short_phrase = subj + 1 - seg_first <= 5
        && (seg_first..=subj)
            .all(|k| !contains(FINITE_MARKERS, &lower[k]) && !contains(SPEECH_VERBS, &lower[k]));
    if !short_phrase {
        return None;
    }
    direct_subject(sentence, ws, lower, subj)
}

/// A subject that ends right before the verb (or its auxiliaries).
fn direct_subject(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    last: usize,
) -> Option<Speaker> {
    let w = &ws[last];
    if w.text.ends_with("'s") || w.text.ends_with("’s") {
        return None; // "El Salvador's reported homicide rate"
    }
    if contains(SUBJECT_PRONOUNS, &lower[last]) {
        if lower[last] == "it" {
            return None;
        }
        return Some(Speaker {
            name: w.text.to_string(),
            key: None,
            range: Some((w.start, w.end)),
        });
    }
    if contains(SOURCE_NOUNS, &lower[last]) && !w.is_capitalized() {
        // "officials", "US officials", "the country's police"
        let mut first = last;
        while first > 0
            && only_space(sentence, ws[first - 1].end, ws[first].start)
            && (ws[first - 1].is_capitalized() && !contains(OPENERS, &lower[first - 1]))
        {
            first -= 1;
        }
        let (s, e) = (ws[first].start, w.end);
        return Some(Speaker {
            name: sentence[s..e].to_string(),
            key: None,
            range: Some((s, e)),
        });
    }
    let run = name_run_ending_at(sentence, ws, lower, last)?;
    if run.0 == 0
        && run.1 == 0
        && (contains(SOURCE_NOUNS, &lower[0]) || contains(SPEECH_VERBS, &lower[0]))
    {
        // a common noun opening the sentence ("Officials said", "Estimates
        // suggest") names no entity
        return Some(Speaker {
            name: w.text.to_string(),
            key: None,
            range: Some((w.start, w.end)),
        });
    }
    Some(named_speaker(sentence, ws, run, None))
}

/// "Günther Maihold, deputy director of …, warns": the first comma-closed
/// segment of the sentence that is a name and is followed by a lower-case
/// description.
fn appositive_subject(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    before: usize,
) -> Option<Speaker> {
    let head = sentence.get(..before)?;
    // "the minister, Gustavo Villatoro, said": the name is the appositive
    // itself, set off right before the verb after a common noun or title
    if let Some(prev_comma) = head.rfind(',') {
        let first = ws.partition_point(|w| w.start < prev_comma);
        let last = ws.partition_point(|w| w.end <= before);
        let after_noun = first
            .checked_sub(1)
            .is_some_and(|p| contains(SOURCE_NOUNS, &lower[p]) || contains(ROLE_WORDS, &lower[p]));
        if last > first && after_noun {
            if let Some(run) = name_run_ending_at(sentence, ws, lower, last - 1) {
                if run.0 == first {
                    return Some(named_speaker(sentence, ws, run, None));
                }
            }
        }
    }
    let mut seg_start = 0usize;
    for (c, _) in head.match_indices(',') {
        let first = ws.partition_point(|w| w.start < seg_start);
        let last = ws.partition_point(|w| w.end <= c);
        let next = ws.get(last);
        seg_start = c + 1;
        if last == 0 || first >= last {
            continue;
        }
        let described = next.is_some_and(|n| {
            !n.is_capitalized() || contains(ROLE_WORDS, &n.lower()) || contains(OPENERS, &n.lower())
        }) || opens_title(sentence, ws, lower, last);
        if !described {
            continue;
        }
        if let Some(run) = segment_name(sentence, ws, lower, first, last) {
            return Some(named_speaker(sentence, ws, run, None));
        }
    }
    None
}

/// True when the words from `first` open a capitalized title that holds a
/// role word ("Assistant Chief Fire Officer at …", "Deputy Director"), so
/// the name before them is described, not listed with another name.
fn opens_title(sentence: &str, ws: &[Word<'_>], lower: &[String], first: usize) -> bool {
    let mut k = first;
    while k < ws.len() && ws[k].is_capitalized() {
        if contains(ROLE_WORDS, &lower[k]) {
            return true;
        }
        if k + 1 >= ws.len() || !only_space(sentence, ws[k].end, ws[k + 1].start) {
            break;
        }
        k += 1;
    }
    false
}

/// The name run that makes up the whole segment of words `[first, end)`,
/// a leading "the" aside ("Lena Ortiz", "the Riverside Council"), if any.
fn segment_name(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    first: usize,
    end: usize,
) -> Option<Run> {
    if end <= first {
        return None;
    }
    let run = name_run_ending_at(sentence, ws, lower, end - 1)?;
    let lead_ok = run.0 == first
        || (run.0 == first + 1 && matches!(lower[first].as_str(), "the" | "el" | "la"));
    lead_ok.then_some(run)
}

/// "…,” said X" / "…, dijo el ministro X": a name or source noun right after
/// the verb, when the verb follows a comma or a closing quotation mark.
fn subject_after(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    verb: usize,
) -> Option<Speaker> {
    let before = sentence.get(..ws[verb].start)?.trim_end();
    if !(before.ends_with(',') || before.ends_with('”') || before.ends_with('"')) {
        return None;
    }
    let mut k = verb + 1;
    while k < ws.len()
        && (matches!(lower[k].as_str(), "the" | "el" | "la" | "a" | "an")
            || contains(ROLE_WORDS, &lower[k]) && !ws[k].is_capitalized())
        && only_space(sentence, ws[k - 1].end, ws[k].start)
    {
        k += 1;
    }
    let w = ws.get(k)?;
    if !only_space(sentence, ws[k - 1].end, w.start) {
        return None;
    }
    if w.is_capitalized() {
        let mut last = k;
        while last + 1 < ws.len() && only_space(sentence, ws[last].end, ws[last + 1].start) {
            let n = &ws[last + 1];
            let joins = n.is_capitalized()
                || (contains(NAME_CONNECTORS, &lower[last + 1])
                    && ws.get(last + 2).is_some_and(Word::is_capitalized));
            if !joins {
                break;
            }
            last += 1;
        }
        return Some(named_speaker(sentence, ws, (k, last), None));
    }
    if contains(SOURCE_NOUNS, &lower[k]) || contains(SUBJECT_PRONOUNS, &lower[k]) {
        return Some(Speaker {
            name: w.text.to_string(),
            key: None,
            range: Some((w.start, w.end)),
        });
    }
    None
}

/// The name run that ends at word `last`, walking back over capitalized
/// words and connectors with only spaces between them; leading openers
/// ("In", "However", "The") are dropped.
fn name_run_ending_at(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    last: usize,
) -> Option<Run> {
    if !ws[last].is_capitalized() {
        return None;
    }
    let mut first = last;
    while first > 0 && only_space(sentence, ws[first - 1].end, ws[first].start) {
        let p = first - 1;
        let joins = ws[p].is_capitalized()
            || (contains(NAME_CONNECTORS, &lower[p]) && p > 0 && ws[p - 1].is_capitalized());
        if !joins {
            break;
        }
        first = p;
    }
    while first < last
        && (contains(OPENERS, &lower[first]) || contains(NAME_CONNECTORS, &lower[first]))
    {
        first += 1;
    }
    (!contains(OPENERS, &lower[first]) || first < last).then_some((first, last))
}

/// The last name run among the words of `range`.
/// The first name run among the words of `range`.
fn first_name_run(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    range: std::ops::Range<usize>,
) -> Option<Run> {
    let first = range.clone().find(|&k| ws[k].is_capitalized())?;
    let mut last = first;
    while last + 1 < range.end && only_space(sentence, ws[last].end, ws[last + 1].start) {
        let n = last + 1;
        let joins = ws[n].is_capitalized()
            || (contains(NAME_CONNECTORS, &lower[n])
                && n + 1 < range.end
                && ws[n + 1].is_capitalized());
        if !joins {
            break;
        }
        last = n;
    }
    Some((first, last))
}

fn last_name_run(
    sentence: &str,
    ws: &[Word<'_>],
    lower: &[String],
    range: std::ops::Range<usize>,
) -> Option<Run> {
    let mut k = range.end;
    while k > range.start {
        k -= 1;
        if ws[k].is_capitalized() {
            let (first, last) = name_run_ending_at(sentence, ws, lower, k)?;
            return Some((first.max(range.start), last));
        }
    }
    None
}

/// A speaker for the name run `run`, with a key built from a label guessed
/// from its words (`hint` when the context already says).
fn named_speaker(sentence: &str, ws: &[Word<'_>], run: Run, hint: Option<Label>) -> Speaker {
    let run = trim_run(ws, run);
    let (s, e) = (ws[run.0].start, ws[run.1].end);
    let surface = &sentence[s..e];
    let is_acronym = run.0 == run.1
        && surface.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !surface.chars().any(char::is_lowercase);
    let is_org = is_acronym
        || ws[run.0..=run.1]
            .iter()
            .any(|w| w.is_capitalized() && contains(ORG_WORDS, &w.lower()));
    let label = hint.unwrap_or(if is_org { Label::Org } else { Label::Person });
    let name = clean_name(surface, label);
    let key = (!name.is_empty()).then(|| entity_key(label, &name));
    Speaker {
        name: if name.is_empty() {
            surface.to_string()
        } else {
            name
        },
        key,
        range: Some((s, e)),
    }
}

/// Narrows a name run to the name itself: past a possessive ("New
/// Zealand's Prime Minister John Key" → "Prime Minister John Key"), past
/// a capitalized title inside it ("US President Barack Obama" → "Barack
/// Obama"), and past a leading place ("United States Hamdullah Mohib" →
/// "Hamdullah Mohib") when a person's name of two words or more remains.
fn trim_run(ws: &[Word<'_>], (mut first, last): Run) -> Run {
    if let Some(p) = (first..last)
        .rev()
        .find(|&k| ws[k].text.ends_with("'s") || ws[k].text.ends_with("’s"))
    {
        first = p + 1;
    }
    let org = ws[first..=last]
        .iter()
        .any(|w| contains(ORG_WORDS, &w.lower()));
    if org {
        return (first, last);
    }
    if let Some(t) = (first..last)
        .rev()
        .find(|&k| contains(ROLE_WORDS, &ws[k].lower()))
    {
        if last > t {
            return (t + 1, last);
        }
    }
    if last >= first + 3 {
        for cut in (first + 1..last).rev() {
            let prefix: Vec<&str> = ws[first..cut].iter().map(|w| w.text).collect();
            if factsift_core::places::place(&prefix.join(" ")).is_some() {
                return (cut, last);
            }
        }
    }
    (first, last)
}

fn strip_article(text: &str) -> &str {
    for article in ["the ", "The ", "el ", "la ", "los ", "las "] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest;
        }
    }
    text
}

/// True when `sentence[from..to]` is only white space (or a hyphen).
fn only_space(sentence: &str, from: usize, to: usize) -> bool {
    sentence
        .get(from..to)
        .is_some_and(|g| g.chars().all(|c| c.is_whitespace()))
}

/// The first "Given Surname" pair of each surname in a document, so that a
/// speaker named only by surname ("Bukele") gets the full name used before
/// ("Nayib Bukele"). Built in one pass over the document's words.
#[derive(Debug, Default)]
pub struct FullNames {
    first: std::collections::HashMap<String, (usize, String)>,
}

impl FullNames {
    /// Indexes `text`: for every capitalized word preceded by a capitalized
    /// given name (not a title, opener or organization word) with only a
    /// space between, the first such pair and where it starts.
    pub fn index(text: &str) -> FullNames {
        let ws = words(text);
        let mut first = std::collections::HashMap::new();
        for pair in ws.windows(2) {
            let (given, surname) = (&pair[0], &pair[1]);
            if !surname.is_capitalized() || text.get(given.end..surname.start) != Some(" ") {
                continue;
            }
            let lower = given.lower();
            let is_given = given.is_capitalized()
                && given.text.chars().all(char::is_alphabetic)
                && !contains(OPENERS, &lower)
                && !contains(ROLE_WORDS, &lower)
                && !contains(ORG_WORDS, &lower);
            if is_given {
                first
                    .entry(surname.text.to_string())
                    .or_insert_with(|| (given.start, format!("{} {}", given.text, surname.text)));
            }
        }
        FullNames { first }
    }

    /// The full name of `surname` when it was used before byte `before`.
    pub fn expand(&self, surname: &str, before: usize) -> Option<&str> {
        self.first
            .get(surname)
            .filter(|(at, _)| *at < before)
            .map(|(_, full)| full.as_str())
    }
}
