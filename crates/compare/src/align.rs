//! Claim alignment: which claims of different sources state the same thing,
//! and how they differ (figures, hedging, attribution).
//!
//! Candidates are pairs of claims from documents of different sources that
//! share at least two rare content words or entities, or a figure (an inverted index, so
//! the work grows with the pairs that can match, not with the square of the
//! claims). Each candidate is scored by text similarity (sentence embeddings
//! when the embedder is present, TF-IDF otherwise); a pair is kept when it
//! clears the threshold and one claim is the other's best match in the other
//! document.

use std::collections::{BTreeSet, HashMap};

use factsift_core::text::{is_personal_pronoun, is_stopword, words};

use super::boilerplate::is_page_line;
use super::cues;
use super::docs::Docs;
use super::interval::{allowed_in_units, Interval};
use super::model::Relation;
use super::textsim::Vocabulary;

/// One claim of the compared runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    /// `claims.claim_id`.
    pub claim_id: String,
    /// Index of the claim's document in [`Docs::list`].
    pub doc: usize,
    /// Sentence index in the document.
    pub sentence_id: i64,
    /// Character offset of the claim in its document.
    pub start: i64,
    /// Claim text.
    pub text: String,
    /// Attributed speaker.
    pub speaker: Option<String>,
    /// Speaker's entity key (reconciled).
    pub speaker_key: Option<String>,
    /// Hedged claim.
    pub hedged: bool,
    /// Hedge cue.
    pub hedge_cue: Option<String>,
    /// Negated claim.
    pub negated: bool,
    /// Entity keys (reconciled).
    pub entity_keys: Vec<String>,
    /// `quantities.quantity_id`s of the figures in the claim.
    pub quantity_ids: Vec<String>,
}

/// A figure referenced by a claim, as needed to compare two claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `quantities.quantity_id`.
    pub quantity_id: String,
    /// The kind it is compared as (see [`super::facts::fact_kind`]).
    pub kind: String,
    /// Unit.
    pub unit: Option<String>,
    /// What it counts: its event, else its normalized measured thing (see
    /// [`super::facts::fact_kind`] and [`super::measured::normalize`]).
    pub concept: String,
    /// Value.
    pub value: f64,
    /// Range end.
    pub value_max: Option<f64>,
    /// Qualifier.
    pub qualifier: String,
    /// Figure as written.
    pub text: String,
    /// Period the figure refers to, if any.
    pub period: Option<String>,
    /// The scope it covers (see [`super::facts::Cue::scope`]).
    pub scope: Option<String>,
    /// The number as written, in its own unit (2 for "two weeks").
    pub written: Option<f64>,
}

impl Figure {
    /// The values the wording allows.
    pub fn interval(&self) -> Interval {
        allowed_in_units(
            &self.text,
            self.value,
            self.value_max,
            &self.qualifier,
            self.written,
        )
    }
}

/// Most claims a blocking word may occur in and still propose pairs.
const MAX_POSTINGS: usize = 64;

/// Pairs of claims (indices, first < second) from documents of different
/// sources in one story that share at least two rare terms or entities, or
/// a figure. `figures` are each claim's [`figure_tokens`]; `story_of` gives
/// each document's story. A line of the page (a web address, a dateline, a
/// byline: see [`is_page_line`]) states nothing and pairs with nothing.
pub fn candidates(
    claims: &[ClaimRow],
    docs: &Docs,
    term_ids: &[Vec<u32>],
    figures: &[BTreeSet<String>],
    story_of: &[u32],
) -> Vec<(usize, usize)> {
    let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
    let stating = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| !is_page_line(&c.text));
    for (i, c) in stating {
        let mut items: BTreeSet<String> = term_ids[i].iter().map(|t| format!("t{t}")).collect();
        items.extend(c.entity_keys.iter().map(|k| format!("k{k}")));
        items.extend(figures[i].iter().map(|f| format!("n{f}")));
        for item in items {
            postings.entry(item).or_default().push(i);
        }
    }
    // a shared figure counts as two items: the same figure is strong evidence
    let mut shared: HashMap<(usize, usize), u32> = HashMap::new();
    for (item, list) in &postings {
        if list.len() < 2 || list.len() > MAX_POSTINGS {
            continue;
        }
        let weight = if item.starts_with('n') { 2 } else { 1 };
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                let (ca, cb) = (claims[a].doc, claims[b].doc);
                let (da, db) = (&docs.list[ca], &docs.list[cb]);
                if da.source != db.source && story_of[ca] == story_of[cb] {
                    *shared.entry((a.min(b), a.max(b))).or_insert(0) += weight;
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    pairs
}

/// The significant digits of each figure written in `text` ("US$6 million"
/// and "$6m" both give "6", "1,659" gives "1659"), so that claims citing the
/// same figure become candidates even when they share few words.
pub fn figure_tokens(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let joins = matches!(c, ',' | '.') && chars.peek().is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || (joins && !current.is_empty()) {
            current.push(c);
            continue;
        }
        push_figure(&mut out, &mut current);
    }
    push_figure(&mut out, &mut current);
    out
}

fn push_figure(out: &mut BTreeSet<String>, current: &mut String) {
    let digits: String = current.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0').trim_end_matches('0');
    // powers of ten ("per 100,000", "10") say nothing about which figure it is
    if !significant.is_empty() && significant != "1" {
        out.insert(significant.to_string());
    }
    current.clear();
}

/// A scored candidate pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// First claim (index).
    pub a: usize,
    /// Second claim (index).
    pub b: usize,
    /// Text similarity.
    pub text: f64,
    /// Jaccard overlap of the two claims' entity keys.
    pub entities: f64,
    /// Whether both claims cite a figure with the same significant digits.
    pub shared_figure: bool,
}

/// How far below the text threshold a pair citing the same figure may be.
pub const SHARED_FIGURE_MARGIN: f64 = 0.1;

impl Scored {
    /// True when the pair is similar enough to state the same thing.
    pub fn passes(&self, threshold: f64) -> bool {
        self.text >= threshold
            || (self.shared_figure && self.text >= threshold - SHARED_FIGURE_MARGIN)
    }

    /// The combined similarity reported for the pair (and used to pick each
    /// claim's best match): mostly text, then shared entities, then a shared
    /// figure.
    pub fn combined(&self) -> f64 {
        0.7 * self.text + 0.15 * self.entities + if self.shared_figure { 0.15 } else { 0.0 }
    }
}

/// Jaccard overlap of two key lists.
pub fn jaccard(a: &[String], b: &[String]) -> f64 {
    let a: BTreeSet<&String> = a.iter().collect();
    let b: BTreeSet<&String> = b.iter().collect();
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// Keeps the pairs that pass `threshold` (see [`Scored::passes`]) and where
/// one claim is the other's best match within the other's document (a
/// sentence that states two facts may match two claims of another article).
pub fn select(claims: &[ClaimRow], scored: Vec<Scored>, threshold: f64) -> Vec<Scored> {
    let good: Vec<Scored> = scored.into_iter().filter(|s| s.passes(threshold)).collect();
    // best partner of each claim in each other document
    let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
    for s in &good {
        for (me, other) in [(s.a, s.b), (s.b, s.a)] {
            let key = (me, claims[other].doc);
            let score = s.combined();
            let entry = best.entry(key).or_insert((f64::MIN, other));
            if score > entry.0 || (score == entry.0 && other < entry.1) {
                *entry = (score, other);
            }
        }
    }
    good.into_iter()
        .filter(|s| {
            best.get(&(s.a, claims[s.b].doc)).map(|b| b.1) == Some(s.b)
                || best.get(&(s.b, claims[s.a].doc)).map(|b| b.1) == Some(s.a)
        })
        .collect()
}

/// Most two readings of one figure may differ by: outlets disagree on a
/// figure ("250" vs "238"), not on its order of magnitude; "25 jails" and
/// "250 deportees" are two figures.
pub const MAX_RATIO: f64 = 2.0;

/// True when two figures of the same kind and unit can be readings of one
/// fact: their ranges overlap, or their values are within [`MAX_RATIO`]. A
/// bound open at one end ("at least 45 years", "up to 75") overlaps almost
/// anything, so with one the values must be within [`MAX_RATIO`] ("at
/// least 45 years" in prison and "more than two years" since the
/// indictment are two facts).
pub fn plausibly_same(a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.interval(), b.interval());
    let overlap = x.overlaps(&y) && !x.is_bound(a.value) && !y.is_bound(b.value);
    overlap || within_ratio(a.value, b.value)
}

/// True when two values of one sign are within [`MAX_RATIO`] of each other.
pub fn within_ratio(a: f64, b: f64) -> bool {
    let (x, y) = (a.abs(), b.abs());
    let (lo, hi) = (x.min(y), x.max(y));
    a.signum() == b.signum() && lo > 0.0 && hi / lo <= MAX_RATIO
}

/// True when `a` and `b` count one thing (same kind, unit and concept)
/// over scopes they never share, with figures that differ: "eight
/// rebounds a game" (a season's average) and "grabbed 7 rebounds" (one
/// game's), or a toll "in the province" and one "in 13 countries", tell two
/// things, so the claims state two things rather than dispute one. Equal
/// figures under two scopes are more likely one fact whose scope one
/// sentence's words misread ("2,290 points" in "finished his career with"
/// and in "his school mark of").
pub fn two_scopes(a: &[&Figure], b: &[&Figure]) -> bool {
    let scopes = |fs: &[&Figure], k: CountedKey<'_>| -> BTreeSet<Option<String>> {
        fs.iter()
            .filter(|f| counted_key(f) == Some(k))
            .map(|f| f.scope.clone())
            .collect()
    };
    a.iter().any(|x| {
        let Some(k) = counted_key(x) else {
            return false;
        };
        let (sa, sb) = (scopes(a, k), scopes(b, k));
        !sb.is_empty()
            && sa.is_disjoint(&sb)
            && b.iter()
                .filter(|y| counted_key(y) == Some(k))
                .any(|y| !x.interval().overlaps(&y.interval()))
    })
}

/// What a figure counts: kind, unit and measured concept.
type CountedKey<'f> = (&'f str, Option<&'f str>, &'f str);

/// The [`CountedKey`] of a figure that names what it counts.
fn counted_key(f: &Figure) -> Option<CountedKey<'_>> {
    (!f.concept.is_empty()).then_some((f.kind.as_str(), f.unit.as_deref(), f.concept.as_str()))
}

/// Figures of two claims that report the same thing: same kind, unit and
/// scope (a season's average "eight rebounds a game" is not one game's
/// seven), plausibly one fact ([`plausibly_same`]) and, when either claim
/// has several such figures, the same measured concept (or the only value
/// that fits).
pub fn matching_figures<'a>(a: &[&'a Figure], b: &[&'a Figure]) -> Vec<(&'a Figure, &'a Figure)> {
    let mut out = Vec::new();
    for fa in a {
        let alike = |x: &Figure| x.kind == fa.kind && x.unit == fa.unit && x.scope == fa.scope;
        let same: Vec<&&Figure> = b.iter().filter(|fb| alike(fb)).collect();
        let peers_in_a = a.iter().filter(|x| alike(x)).count();
        let chosen = if same.len() == 1 && peers_in_a == 1 {
            Some(*same[0]).filter(|fb| plausibly_same(fa, fb))
        } else {
            // several candidates: the only one about the same thing, else
            // the only one whose value the figure allows
            let by_concept: Vec<&&Figure> = same
                .iter()
                .copied()
                .filter(|fb| !fa.concept.is_empty() && fb.concept == fa.concept)
                .collect();
            let by_value: Vec<&&Figure> = same
                .iter()
                .copied()
                .filter(|fb| fb.interval().overlaps(&fa.interval()))
                .collect();
            if by_concept.len() == 1 {
                Some(*by_concept[0]).filter(|fb| plausibly_same(fa, fb))
            } else if by_value.len() == 1 {
                Some(*by_value[0]).filter(|fb| plausibly_same(fa, fb))
            } else {
                None
            }
        };
        if let Some(fb) = chosen {
            out.push((*fa, fb));
        }
    }
    out
}

/// True when two speakers as written name one source, one more fully than
/// the other: every word of the shorter is in the longer ("CHP Officer Brad
/// Baehr" and "the CHP", "Troy police Lt. Gerry Scherlinck" and
/// "Scherlinck"), or one is the other's initials ("CHP Officer Brad Baehr"
/// and "the California Highway Patrol").
fn same_speaker_named(a: Option<&str>, b: Option<&str>) -> bool {
    let names = |s: &str| -> Vec<String> {
        words(s)
            .iter()
            .map(|w| w.lower())
            .filter(|w| !is_stopword(w))
            .collect()
    };
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let (x, y) = (names(a), names(b));
    let (xs, ys): (BTreeSet<&String>, BTreeSet<&String>) = (x.iter().collect(), y.iter().collect());
    let named_within = !xs.is_empty() && !ys.is_empty() && (xs.is_subset(&ys) || ys.is_subset(&xs));
    named_within || initials_of(&x, &y) || initials_of(&y, &x) || spelled_apart(&x, &y)
}

/// True when two names of two or more words are the same but for one
/// letter of one word of four or more ("Ilene Wolff" and "Ilene Wolfe"):
/// outlets spell one person's name in two ways.
fn spelled_apart(x: &[String], y: &[String]) -> bool {
    let differing: Vec<(&String, &String)> = x.iter().zip(y).filter(|(a, b)| a != b).collect();
    x.len() == y.len()
        && x.len() >= 2
        && differing.len() == 1
        && differing[0].0.chars().count() >= 4
        && one_edit_apart(differing[0].0, differing[0].1)
}

/// True when `b` is `a` with one letter changed, added or removed.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(p, q)| p == q)
        .count();
    let rest = |skip_long: usize, skip_short: usize| {
        short[prefix + skip_short..] == long[prefix + skip_long..]
    };
    if short.len() == long.len() {
        prefix < short.len() && rest(1, 1)
    } else {
        rest(1, 0)
    }
}

/// True when a word of `short` is the initials of all the words of `long`
/// (at least two): "chp" of "california highway patrol".
fn initials_of(short: &[String], long: &[String]) -> bool {
    if long.len() < 2 {
        return false;
    }
    let initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
    short.contains(&initials)
}

/// How two aligned claims relate, with a short explanation.
pub fn relate(
    a: &ClaimRow,
    b: &ClaimRow,
    source_a: &str,
    source_b: &str,
    figures: &[(&Figure, &Figure)],
) -> (Relation, String) {
    let differing: Vec<String> = figures
        .iter()
        .filter(|(x, y)| !x.interval().overlaps(&y.interval()))
        .map(|(x, y)| format!("{} vs {}", x.text, y.text))
        .collect();
    if !differing.is_empty() {
        return (Relation::DifferFigures, differing.join("; "));
    }
    // a hedge or negation counts when it bears on what the two share
    let (one, other, src) = if a.hedged {
        (a, b, source_a)
    } else {
        (b, a, source_b)
    };
    let cue = one.hedge_cue.as_deref();
    if a.hedged != b.hedged && cues::hedge_bears(&one.text, &other.text, cue) {
        return (
            Relation::DifferHedging,
            format!("hedged by {src} only ({})", cue.unwrap_or("hedge")),
        );
    }
    let (one, other, src) = if a.negated {
        (a, b, source_a)
    } else {
        (b, a, source_b)
    };
    if a.negated != b.negated && cues::negation_bears(&one.text, &other.text) {
        return (Relation::DifferHedging, format!("negated by {src} only"));
    }
    // a pronoun the claims stage could not resolve ("he said") names no one
    let speaker = |c: &ClaimRow| {
        c.speaker_key.clone().or_else(|| {
            c.speaker
                .as_ref()
                .map(|s| s.to_lowercase())
                .filter(|s| !is_personal_pronoun(s))
        })
    };
    let (sa, sb) = (speaker(a), speaker(b));
    // a claim that names no speaker attributes it to no other
    let one_speaker = sa.is_none()
        || sb.is_none()
        || sa == sb
        || same_speaker_named(a.speaker.as_deref(), b.speaker.as_deref());
    if !one_speaker {
        let show = |c: &ClaimRow| c.speaker.clone().unwrap_or_else(|| "no one".to_string());
        return (
            Relation::DifferAttribution,
            format!("{source_a}: {}; {source_b}: {}", show(a), show(b)),
        );
    }
    let detail = if figures.is_empty() {
        "same statement".to_string()
    } else {
        figures
            .iter()
            .map(|(x, y)| format!("{} ~ {}", x.text, y.text))
            .collect::<Vec<_>>()
            .join("; ")
    };
    (Relation::Agree, detail)
}

/// Term ids of each claim, with the vocabulary built over all claims.
pub fn claim_terms(claims: &[ClaimRow]) -> (Vocabulary, Vec<Vec<u32>>) {
    let texts: Vec<Vec<String>> = claims
        .iter()
        .map(|c| super::textsim::terms(&c.text))
        .collect();
    Vocabulary::build(&texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str, hedged: bool, speaker: Option<&str>) -> ClaimRow {
        ClaimRow {
            claim_id: "d:0".into(),
            doc: 0,
            sentence_id: 0,
            start: 0,
            text: text.into(),
            speaker: speaker.map(str::to_string),
            speaker_key: None,
            hedged,
            hedge_cue: hedged.then(|| "reportedly".to_string()),
            negated: false,
            entity_keys: Vec::new(),
            quantity_ids: Vec::new(),
        }
    }

    fn fig(text: &str, value: f64, qualifier: &str, concept: &str) -> Figure {
        Figure {
            kind: "count".into(),
            unit: None,
            concept: concept.into(),
            value,
            value_max: None,
            qualifier: qualifier.into(),
            text: text.into(),
            period: None,
            scope: None,
            written: None,
            quantity_id: text.into(),
        }
    }

    #[test]
    fn page_furniture_pairs_with_nothing() {
        use polars::prelude::*;
        let docs = Docs::from_frame(
            &df!("doc_id" => ["d0", "d1"], "source" => ["A", "B"], "n_chars" => [100i64, 100])
                .unwrap(),
        );
        let mut claims = vec![
            claim(
                "http://www.a.com/2010/05/05/greece-strike-riots/",
                false,
                None,
            ),
            claim(
                "http://www.b.com/news/2010-05-05-greece-strike-riots.htm",
                false,
                None,
            ),
            claim("Riots in Athens left three bank workers dead.", false, None),
            claim("Three bank workers died in the Athens riots.", false, None),
        ];
        claims[1].doc = 1;
        claims[3].doc = 1;
        let (_, term_ids) = claim_terms(&claims);
        let figures: Vec<_> = claims.iter().map(|c| figure_tokens(&c.text)).collect();
        let pairs = candidates(&claims, &docs, &term_ids, &figures, &[0, 0]);
        assert_eq!(pairs, vec![(2, 3)]);
    }

    #[test]
    fn an_open_bound_is_one_fact_only_with_a_near_value() {
        let at_least = fig("at least 45", 45.0, "at_least", "");
        assert!(!plausibly_same(
            &at_least,
            &fig("more than two", 2.0, "more_than", "")
        ));
        assert!(!plausibly_same(
            &fig("up to 75", 75.0, "up_to", ""),
            &fig("two", 2.0, "exact", "")
        ));
        assert!(plausibly_same(
            &fig("more than 250", 250.0, "more_than", ""),
            &fig("261", 261.0, "exact", "")
        ));
        assert!(plausibly_same(
            &fig("about 40", 40.0, "about", ""),
            &fig("42", 42.0, "exact", "")
        ));
    }

    #[test]
    fn figures_that_do_not_reconcile_come_first() {
        let (a, b) = (claim("x", true, None), claim("y", false, None));
        let f1 = fig("More than 250", 250.0, "more_than", "migrant");
        let f2 = fig("238", 238.0, "exact", "man");
        let (rel, detail) = relate(&a, &b, "A", "B", &[(&f1, &f2)]);
        assert_eq!(rel, Relation::DifferFigures);
        assert_eq!(detail, "More than 250 vs 238");
        let f3 = fig("about 250", 250.0, "about", "deportee");
        let (rel, detail) = relate(&a, &b, "A", "B", &[(&f1, &f3)]);
        assert_eq!(rel, Relation::DifferHedging);
        assert!(detail.contains("hedged by A"), "{detail}");
    }

    #[test]
    fn attribution_and_agreement() {
        let a = claim("x", false, Some("the White House"));
        // a claim stated without a speaker names no other source
        let b = claim("y", false, None);
        assert_eq!(relate(&a, &b, "A", "B", &[]).0, Relation::Agree);
        let pentagon = claim("y", false, Some("the Pentagon"));
        assert_eq!(
            relate(&a, &pentagon, "A", "B", &[]).0,
            Relation::DifferAttribution
        );
        // nor does an unresolved pronoun
        let he = claim("y", false, Some("he"));
        assert_eq!(relate(&a, &he, "A", "B", &[]).0, Relation::Agree);
        let c = claim("z", false, Some("The White House"));
        assert_eq!(relate(&a, &c, "A", "C", &[]).0, Relation::Agree);
        // one source named more fully
        let officer = claim("x", false, Some("CHP Officer Brad Baehr"));
        let agency = claim("y", false, Some("the CHP"));
        assert_eq!(relate(&officer, &agency, "A", "B", &[]).0, Relation::Agree);
        // one name spelled two ways
        let wolff = claim("x", false, Some("Ilene Wolff"));
        let wolfe = claim("y", false, Some("Ilene Wolfe"));
        assert_eq!(relate(&wolff, &wolfe, "A", "B", &[]).0, Relation::Agree);
        let irene = claim("y", false, Some("Irene Wolfe"));
        assert_eq!(
            relate(&wolff, &irene, "A", "B", &[]).0,
            Relation::DifferAttribution
        );
        assert!(one_edit_apart("wolff", "wolf") && !one_edit_apart("wolff", "wolff"));
        // an agency and its initials
        let patrol = claim("y", false, Some("the California Highway Patrol"));
        assert_eq!(relate(&officer, &patrol, "A", "B", &[]).0, Relation::Agree);
        let other = claim("y", false, Some("the coroner"));
        assert_eq!(
            relate(&officer, &other, "A", "B", &[]).0,
            Relation::DifferAttribution
        );
    }

    #[test]
    fn several_figures_match_by_concept_only() {
        let a1 = fig("261", 261.0, "exact", "person");
        let a2 = fig("238", 238.0, "exact", "member");
        let b1 = fig("238", 238.0, "exact", "man");
        // no shared concept: the only figure whose value fits
        let m = matching_figures(&[&a1, &a2], &[&b1]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0.text, "238");
        let b0 = fig("310", 310.0, "exact", "man");
        assert!(matching_figures(&[&a1, &a2], &[&b0]).is_empty());
        let b2 = fig("240", 240.0, "exact", "member");
        let m = matching_figures(&[&a1, &a2], &[&b2]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0.text, "238");
        let single = matching_figures(&[&a1], &[&b1]);
        assert_eq!(single.len(), 1);
        // an order of magnitude apart: two different figures
        let jails = fig("25", 25.0, "exact", "jail");
        let deportees = fig("about 250", 250.0, "about", "deportee");
        assert!(matching_figures(&[&jails], &[&deportees]).is_empty());
        let capacity = fig("40,000", 40000.0, "exact", "inmate");
        let held = fig("about 15,000", 15000.0, "about", "prisoner");
        assert!(matching_figures(&[&capacity], &[&held]).is_empty());
        // of two figures, a bound that fits the only value still needs to be
        // plausibly the same ("nearly 100 people ... more than 20 blocks"
        // and "about 200 people")
        let marchers = fig("nearly 100", 100.0, "almost", "people set off");
        let blocks = fig("more than 20", 20.0, "more_than", "block");
        let crowd = fig("about 200", 200.0, "about", "people");
        assert!(matching_figures(&[&marchers, &blocks], &[&crowd]).is_empty());
        // a season's average and one game's count are two facts
        let mut average = fig("eight", 8.0, "exact", "rebound");
        average.scope = Some("per".into());
        let game = fig("7", 7.0, "exact", "rebound");
        assert!(matching_figures(&[&average], &[&game]).is_empty());
        assert!(two_scopes(&[&average], &[&game]));
        assert!(!two_scopes(&[&game], &[&b1]));
        // the same sentence twice shares its scopes; equal figures under
        // two scopes are one fact misread
        let mut seasons = fig("100-catch", 100.0, "exact", "rebound");
        seasons.scope = Some("season".into());
        assert!(!two_scopes(&[&game, &seasons], &[&game, &seasons]));
        let mut career = fig("7", 7.0, "exact", "rebound");
        career.scope = Some("career".into());
        assert!(!two_scopes(&[&game], &[&career]));
    }

    #[test]
    fn figure_tokens_keep_significant_digits() {
        let t = figure_tokens("US$6 million, $6m, 1,659 and 85.2% in 2024; 0.5 per 100,000");
        let want: BTreeSet<String> = ["6", "1659", "852", "2024", "5"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(t, want);
        assert!(figure_tokens("no figures").is_empty());
    }

    #[test]
    fn selection_keeps_best_matches() {
        // claims 0 and 3 in document 0; claims 1 and 2 in document 1
        let mut claims: Vec<ClaimRow> = (0..4).map(|_| claim("x", false, None)).collect();
        claims[1].doc = 1;
        claims[2].doc = 1;
        let pair = |a, b, text, shared_figure| Scored {
            a,
            b,
            text,
            entities: 0.0,
            shared_figure,
        };
        let kept = select(
            &claims,
            vec![
                pair(0, 1, 0.9, false),
                pair(0, 2, 0.8, false),
                pair(3, 2, 0.85, false),
            ],
            0.5,
        );
        // 0–2 is neither 0's best in document 1 nor 2's best in document 0
        let kept: Vec<(usize, usize)> = kept.iter().map(|s| (s.a, s.b)).collect();
        assert_eq!(kept, vec![(0, 1), (3, 2)]);
        // a sentence stating two facts may match two claims of one document
        let kept = select(
            &claims,
            vec![pair(0, 1, 0.9, false), pair(0, 2, 0.8, false)],
            0.5,
        );
        assert_eq!(kept.len(), 2);
        assert!(select(&claims, vec![pair(0, 1, 0.45, false)], 0.5).is_empty());
        // a shared figure lowers the bar a little, not to nothing
        assert_eq!(select(&claims, vec![pair(0, 1, 0.45, true)], 0.5).len(), 1);
        assert!(select(&claims, vec![pair(0, 1, 0.35, true)], 0.5).is_empty());
    }
}
