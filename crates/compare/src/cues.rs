//! Whether a claim's hedge or negation bears on what it shares with the
//! claim it is aligned with.
//!
//! The claims stage marks a whole sentence hedged or negated when a cue
//! stands anywhere in it. Two aligned sentences often share one clause and
//! differ in another ("Nobody has the right to violence, Papandreou said as
//! he condemned a raw, murderous act" and "Papandreou condemned a raw,
//! murderous act"): a cue in the clause they do not share says nothing
//! about the claim they share. The sentence is cut at punctuation into
//! segments, and a cue counts when its segment holds at least a third of
//! the content terms the two sentences share (see
//! [`super::textsim::terms`]); a comma inside the shared clause ("a raw,
//! murderous act") leaves a third on the cue's side.
//!
//! A negation denies less than its segment: the words after it up to the
//! end of its clause ("There were no immediate reports of damage | after
//! the quake struck …"; "was not one person, | but probably a
//! combination"), so its scope is those words (see [`negation_scopes`]).

use std::collections::BTreeSet;

use factsift_core::text::{negates_at, words};

use super::textsim::terms;

/// Characters that end a segment of a sentence: clause punctuation,
/// quotation marks and brackets.
fn ends_segment(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–')
}

/// Byte ranges of the segments of `text` (see [`ends_segment`]).
fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if ends_segment(c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, text.len()));
    out.retain(|(a, b)| text[*a..*b].chars().any(char::is_alphanumeric));
    out
}

/// True when one of `scopes` (byte ranges of `text`, the reach of its
/// cues) holds at least a third of the content terms `text` shares with
/// `other`; also true when there is no scope or nothing is shared, so that
/// a cue the text does not show is still believed.
fn bears_on_shared(text: &str, other: &str, scopes: &[(usize, usize)]) -> bool {
    let theirs: BTreeSet<String> = terms(other).into_iter().collect();
    let shared: BTreeSet<String> = terms(text)
        .into_iter()
        .filter(|t| theirs.contains(t))
        .collect();
    if scopes.is_empty() || shared.is_empty() {
        return true;
    }
    scopes.iter().any(|&(a, b)| {
        let held = terms(&text[a..b])
            .into_iter()
            .filter(|t| shared.contains(t))
            .collect::<BTreeSet<_>>()
            .len();
        3 * held >= shared.len()
    })
}

/// Words that open a clause of their own, ending the scope of a negation
/// before them.
fn opens_clause(lower: &str) -> bool {
    matches!(
        lower,
        "because"
            | "after"
            | "before"
            | "when"
            | "while"
            | "although"
            | "though"
            | "since"
            | "until"
            | "unless"
            | "whereas"
            | "if"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "that"
            | "but"
    )
}

/// The byte ranges that the negations of `text` deny: from each negating
/// word (see [`negates_at`]) to the end of its clause, where a word
/// [`opens_clause`] or a mark [`ends_segment`] other than a comma stands ("a
/// raw, murderous act" is one phrase).
fn negation_scopes(text: &str) -> Vec<(usize, usize)> {
    let ws = words(text);
    let lower: Vec<String> = ws.iter().map(|w| w.lower()).collect();
    let ends_clause = |gap: &str| gap.chars().any(|c| c != ',' && ends_segment(c));
    let mut scopes = Vec::new();
    for i in (0..ws.len()).filter(|&i| negates_at(&lower, i)) {
        let mut end = ws[i].end;
        for j in i + 1..ws.len() {
            if opens_clause(&lower[j]) || ends_clause(&text[end..ws[j].start]) {
                break;
            }
            end = ws[j].end;
        }
        scopes.push((ws[i].end, end));
    }
    scopes
}

/// True when the negation of `text` bears on what it shares with `other`:
/// the words it denies (see [`negation_scopes`]) hold at least a third of
/// the terms the two share.
pub fn negation_bears(text: &str, other: &str) -> bool {
    bears_on_shared(text, other, &negation_scopes(text))
}

/// True when the hedge `cue` of `text` ("could", "allegedly") bears on what
/// it shares with `other`: the segment it stands in holds at least a third
/// of the terms the two share. A cue of several words is found by its
/// first.
pub fn hedge_bears(text: &str, other: &str, cue: Option<&str>) -> bool {
    let Some(first) = cue.and_then(|c| c.split_whitespace().next()) else {
        return true;
    };
    let first = first.to_lowercase();
    let cue_segments: Vec<(usize, usize)> = segments(text)
        .into_iter()
        .filter(|&(a, b)| words(&text[a..b]).iter().any(|w| w.lower() == first))
        .collect();
    bears_on_shared(text, other, &cue_segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negation_in_a_clause_the_claims_do_not_share_does_not_count() {
        let a = "Prime Minister Papandreou condemned a raw, murderous act that killed three.";
        let b = "\"Nobody has the right to violence, \" Papandreou said as he condemned \"a raw murderous act\" that killed three.";
        assert!(!negation_bears(b, a));
        let denied = "Papandreou did not condemn the raw, murderous act that killed three.";
        assert!(negation_bears(denied, a));
    }

    #[test]
    fn a_negation_denies_only_the_rest_of_its_clause() {
        // the negation is in a clause of its own
        let a = "Prosecutors allege Simpson shot Flynn after she told him she was pregnant.";
        let b = "Prosecutors allege that Simpson shot Flynn twice in the head because he did not want another child to support.";
        assert!(!negation_bears(b, a));
        let quake = "The quake hit inland at a depth of just 10km, the US Geological Survey said.";
        let none = "There were no immediate reports of damage after the quake struck inland at a depth of just 10 kilometres.";
        assert!(!negation_bears(none, quake));
        // "not X, but Y" denies X only
        let one = "He said the source was probably a combination of people.";
        let not_one =
            "He said the source was not one person, but probably a combination of people.";
        assert!(!negation_bears(not_one, one));
        // the number sign
        let seed = "Creighton will play No. 5 seed Indiana State on Saturday.";
        assert!(negation_scopes(seed).is_empty());
        // a denial of the shared claim still counts
        let released = "Police released the name of the victim on Friday.";
        let withheld = "Police did not release the name of the victim on Friday.";
        assert!(negation_bears(withheld, released));
        let charged = "The suspect has been charged with murder.";
        assert!(negation_bears("The suspect has not been charged.", charged));
    }

    #[test]
    fn a_hedge_in_another_clause_does_not_count() {
        let a = "Jackman won a Tony for The Boy from Oz.";
        let b = "Jackman won a Tony for The Boy from Oz, which showed what comedy could do.";
        assert!(!hedge_bears(b, a, Some("could")));
        let hedged = "Jackman could win a Tony for The Boy from Oz.";
        assert!(hedge_bears(hedged, a, Some("could")));
        // a cue the text does not show is believed
        assert!(hedge_bears("x", "y", Some("allegedly")));
        assert!(hedge_bears(b, a, None));
    }
}
