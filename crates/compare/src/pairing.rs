//! Pairs claims across sources and turns the pairs into the
//! `claims_alignment` rows and into merges of statistic groups.

use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::Context as _;

use super::align::{self, ClaimRow, Figure, Scored};
use super::docs::Docs;
use super::inputs::FigureMap;
use super::model::{Alignment, ClaimSide, Relation};
use super::textsim;
use factsift_core::model::cosine;
use factsift_core::SentenceEncoder;

/// What the detail of an agreeing pair between near-verbatim copies says.
pub const COPIES: &str = "copies of one story";

/// Text similarity a pair needs with sentence embeddings (cosine).
pub const EMBEDDING_THRESHOLD: f64 = 0.6;

/// Text similarity a pair needs with TF-IDF word overlap (cosine).
pub const WORD_THRESHOLD: f64 = 0.3;

/// Text similarity (TF-IDF) two claims scored by their words need to be a
/// `claims_alignment` row: pairs just over [`WORD_THRESHOLD`] share their
/// story's names and topic. Of 100 ECB+ rows read by hand, 23 of 52 with
/// TF-IDF similarity under 0.45 stated the same thing, and 31 of 40 at or
/// above it.
pub const STATEMENT_THRESHOLD: f64 = 0.45;

/// Cosine of the two claims' [`textsim::statement_terms`] (their words
/// outside names) that a pair scored by its words needs to be a
/// `claims_alignment` row: two sentences that share only whom they are
/// about ("Vincent Jackson … playoff game at Pittsburgh") state two things.
pub const STATEMENT_WORDS: f64 = 0.2;

/// What scored a pair's text similarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scorer {
    /// TF-IDF cosine of their words.
    Words,
    /// Cosine of their sentence embeddings.
    Embedding,
}

impl Scorer {
    /// The similarity a pair so scored needs to state the same thing.
    fn threshold(self) -> f64 {
        match self {
            Scorer::Words => WORD_THRESHOLD,
            Scorer::Embedding => EMBEDDING_THRESHOLD,
        }
    }
}

/// Claim pairs of one story and different sources, by how alike they are.
pub(super) struct ClaimPairs {
    /// Pairs similar enough to state the same thing (they join statistics
    /// whose figures match).
    pub similar: Vec<Scored>,
    /// Of those, the mutual best matches (see [`align::select`]).
    pub aligned: Vec<Scored>,
    /// Of those, the pairs that state the same thing (see
    /// [`same_statements`]): the `claims_alignment` rows.
    pub statements: Vec<Scored>,
}

/// Candidate pairs (claims of different sources in one story) scored by
/// text similarity (see [`ClaimPairs`]). Every pair is scored by TF-IDF cosine against
/// [`WORD_THRESHOLD`]; with an embedder, the pairs of claims that cite the
/// same figure and fall short of it are scored again by
/// embedding cosine against [`EMBEDDING_THRESHOLD`], so that paraphrased
/// figures still pair while only those claims are embedded.
pub(super) fn align_claims(
    claims: &[ClaimRow],
    docs: &Docs,
    story_of: &[u32],
    embedder: Option<&dyn SentenceEncoder>,
) -> anyhow::Result<ClaimPairs> {
    let (vocab, term_ids) = align::claim_terms(claims);
    let figures: Vec<_> = claims
        .iter()
        .map(|c| align::figure_tokens(&c.text))
        .collect();
    let pairs = align::candidates(claims, docs, &term_ids, &figures, story_of);
    let vectors: Vec<textsim::SparseVec> = term_ids.iter().map(|ids| vocab.vector(ids)).collect();
    let mut scored: Vec<(Scored, Scorer)> = pairs
        .iter()
        .map(|&(a, b)| {
            let s = Scored {
                a,
                b,
                text: textsim::cosine(&vectors[a], &vectors[b]),
                entities: align::jaccard(&claims[a].entity_keys, &claims[b].entity_keys),
                shared_figure: !figures[a].is_disjoint(&figures[b]),
            };
            (s, Scorer::Words)
        })
        .collect();
    if let Some(e) = embedder {
        let counted = rare_figures(claims);
        embed_uncertain(claims, &counted, &mut scored, e)?;
    }
    scored.retain(|(s, scorer)| s.passes(scorer.threshold()));
    let similar: Vec<Scored> = scored.iter().map(|(s, _)| *s).collect();
    // each pair passed its own threshold above
    let aligned = align::select(claims, similar.clone(), f64::NEG_INFINITY);
    let embedded: HashSet<(usize, usize)> = scored
        .iter()
        .filter(|(_, scorer)| *scorer == Scorer::Embedding)
        .map(|(s, _)| (s.a, s.b))
        .collect();
    let statements = same_statements(claims, &aligned, &embedded);
    Ok(ClaimPairs {
        similar,
        aligned,
        statements,
    })
}

/// The pairs of `aligned` whose claims state the same thing: a pair the
/// sentence embedder scored (in `embedded`) that clears
/// [`EMBEDDING_THRESHOLD`], the embedder having judged the meaning; a pair scored
/// by its words that reaches [`STATEMENT_THRESHOLD`] and [`STATEMENT_WORDS`].
/// A pair that passed only by citing the same figure below the threshold
/// (see [`Scored::passes`]) is not one: of 8 such ECB+ rows read by hand, 1
/// stated the same thing (the same island population, age or count given
/// in two different sentences).
fn same_statements(
    claims: &[ClaimRow],
    aligned: &[Scored],
    embedded: &HashSet<(usize, usize)>,
) -> Vec<Scored> {
    let texts: Vec<Vec<String>> = claims
        .iter()
        .map(|c| textsim::statement_terms(&c.text))
        .collect();
    let (vocab, ids) = textsim::Vocabulary::build(&texts);
    let statement = |i: usize| vocab.vector(&ids[i]);
    let states_same = |s: &Scored| {
        if embedded.contains(&(s.a, s.b)) {
            return s.text >= EMBEDDING_THRESHOLD;
        }
        s.text >= STATEMENT_THRESHOLD
            && textsim::cosine(&statement(s.a), &statement(s.b)) >= STATEMENT_WORDS
    };
    aligned.iter().filter(|s| states_same(s)).copied().collect()
}

/// The [`align::figure_tokens`] of a text, years ("2013") left out: every
/// article of a story names its year.
fn figures_but_years(text: &str) -> BTreeSet<String> {
    let kept: Vec<&str> = factsift_core::text::words(text)
        .into_iter()
        .filter(|w| w.has_digit())
        .map(|w| w.text)
        .filter(|w| {
            let year = w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && (w.starts_with("18") || w.starts_with("19") || w.starts_with("20"));
            !year
        })
        .collect();
    align::figure_tokens(&kept.join(" "))
}

/// Most claims a figure may appear in and still say that two claims citing
/// it tell the same thing ("2" is in too many). On the 982 ECB+ articles, a
/// cap of 64 made compare embed enough more claims to take 5.0 s instead of
/// 3.5 s, and its aligned pairs were less often of one event (0.924 against
/// 0.927 at 32).
const MAX_FIGURE_CLAIMS: usize = 32;

/// Each claim's [`figures_but_years`] that at most [`MAX_FIGURE_CLAIMS`]
/// claims cite.
fn rare_figures(claims: &[ClaimRow]) -> Vec<BTreeSet<String>> {
    let all: Vec<BTreeSet<String>> = claims.iter().map(|c| figures_but_years(&c.text)).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for t in all.iter().flatten() {
        *df.entry(t.as_str()).or_default() += 1;
    }
    all.iter()
        .map(|ts| {
            ts.iter()
                .filter(|t| df[t.as_str()] <= MAX_FIGURE_CLAIMS)
                .cloned()
                .collect()
        })
        .collect()
}

/// Rescores by embedding cosine the pairs of claims citing the same figure
/// (`figures`: each claim's rare figures, see [`rare_figures`]) whose TF-IDF cosine is below [`WORD_THRESHOLD`], where neither
/// claim has a match citing the same figure in the other's document by its
/// words already.
fn embed_uncertain(
    claims: &[ClaimRow],
    figures: &[BTreeSet<String>],
    scored: &mut [(Scored, Scorer)],
    e: &dyn SentenceEncoder,
) -> anyhow::Result<()> {
    // a claim whose figure already has a match in the other document by
    // its words needs no embedding to find one there
    let mut matched: HashSet<(usize, usize)> = HashSet::new();
    for (s, scorer) in scored.iter() {
        if s.shared_figure && s.passes(scorer.threshold()) {
            matched.insert((s.a, claims[s.b].doc));
            matched.insert((s.b, claims[s.a].doc));
        }
    }
    let uncertain = |s: &Scored| {
        s.text < WORD_THRESHOLD
            && !figures[s.a].is_disjoint(&figures[s.b])
            && !claims[s.a].quantity_ids.is_empty()
            && !claims[s.b].quantity_ids.is_empty()
            && !matched.contains(&(s.a, claims[s.b].doc))
            && !matched.contains(&(s.b, claims[s.a].doc))
    };
    let mut wanted: Vec<usize> = scored
        .iter()
        .filter(|(s, _)| uncertain(s))
        .flat_map(|(s, _)| [s.a, s.b])
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(());
    }
    // each distinct text once: wire copies repeat claims word for word
    let mut texts: Vec<&str> = Vec::new();
    let mut text_slot: HashMap<&str, usize> = HashMap::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for &i in &wanted {
        let t = claims[i].text.as_str();
        let next = texts.len();
        let s = *text_slot.entry(t).or_insert(next);
        if s == next {
            texts.push(t);
        }
        slot.insert(i, s);
    }
    let vectors = e.encode(&texts).context("embedding claims")?;
    for (s, scorer) in scored.iter_mut().filter(|(s, _)| uncertain(s)) {
        s.text = cosine(&vectors[slot[&s.a]], &vectors[slot[&s.b]]);
        *scorer = Scorer::Embedding;
    }
    Ok(())
}

pub(super) fn claim_figures<'a>(c: &ClaimRow, figures: &'a FigureMap) -> Vec<&'a Figure> {
    c.quantity_ids
        .iter()
        .filter_map(|q| figures.get(q))
        .collect()
}

/// The `claims_alignment` rows of the pairs `aligned`, each related (see
/// [`align::relate`]), differences first, then by similarity. `copy_of`
/// gives each document's group of near-verbatim copies (see
/// [`super::copies::groups`]): a pair that agrees because one outlet
/// reprinted the other's story says so in its detail ("copies of one
/// story") and comes after the pairs of independent sources, so that a
/// reader meets what two newsrooms wrote first.
pub(super) fn build_alignments(
    claims: &[ClaimRow],
    docs: &Docs,
    aligned: &[Scored],
    figures: &FigureMap,
    story_of: &[u32],
    story_names: &[String],
    copy_of: &[usize],
) -> Vec<Alignment> {
    let side = |c: &ClaimRow| ClaimSide {
        claim_id: c.claim_id.clone(),
        doc_id: docs.list[c.doc].doc_id.clone(),
        source: docs.list[c.doc].source.clone(),
        text: c.text.clone(),
        speaker: c.speaker.clone(),
        hedged: c.hedged,
        hedge_cue: c.hedge_cue.clone(),
    };
    let mut out: Vec<(bool, Alignment)> = aligned
        .iter()
        .filter_map(|s| {
            let (mut a, mut b) = (&claims[s.a], &claims[s.b]);
            if (docs.list[b.doc].source.as_str(), &b.claim_id)
                < (docs.list[a.doc].source.as_str(), &a.claim_id)
            {
                std::mem::swap(&mut a, &mut b);
            }
            let fa = claim_figures(a, figures);
            let fb = claim_figures(b, figures);
            // one thing counted over two scopes: two statements
            if align::two_scopes(&fa, &fb) {
                return None;
            }
            let matched = align::matching_figures(&fa, &fb);
            let (relation, detail) = align::relate(
                a,
                b,
                &docs.list[a.doc].source,
                &docs.list[b.doc].source,
                &matched,
            );
            let copied = relation == Relation::Agree && copy_of[a.doc] == copy_of[b.doc];
            let detail = if copied {
                format!("{detail} ({COPIES})")
            } else {
                detail
            };
            let shared: Vec<String> = a
                .entity_keys
                .iter()
                .filter(|k| b.entity_keys.contains(k))
                .cloned()
                .collect();
            Some((
                copied,
                Alignment {
                    pair_id: String::new(),
                    story_id: story_names[story_of[a.doc] as usize].clone(),
                    a: side(a),
                    b: side(b),
                    similarity: s.combined(),
                    text_similarity: s.text,
                    shared_entities: shared,
                    relation,
                    detail,
                },
            ))
        })
        .collect();
    out.sort_by(|(cx, x), (cy, y)| {
        x.relation
            .cmp(&y.relation)
            .then(cx.cmp(cy))
            .then(y.similarity.total_cmp(&x.similarity))
            .then(x.a.claim_id.cmp(&y.a.claim_id))
            .then(x.b.claim_id.cmp(&y.b.claim_id))
    });
    let mut out: Vec<Alignment> = out.into_iter().map(|(_, a)| a).collect();
    for (i, a) in out.iter_mut().enumerate() {
        a.pair_id = format!("a{:04}", i + 1);
    }
    out
}

/// Pairs of figures by `quantity_id`.
pub(super) type FigurePairs = Vec<(String, String)>;

/// Figures that similar claims of two sources show to be one fact: the
/// [`align::matching_figures`] of each pair, with the same period and scope,
/// counting the same thing, or else both [`super::interval::precise`] or of
/// the same value ("two girls" and "two sisters" in two similar sentences)
/// (they merge statistic groups); and, of those, the ones that may make a
/// dispute: from claims that are each other's best match, each the only
/// figure of its kind and unit in its claim (or the only one counting the
/// outcome its verb names), so that no other figure of the sentence could be the one
/// meant. Small figures under two names ("the two women" and "the three
/// victims", seven men convicted and 11 charged) are two facts that similar
/// sentences state, not one on which the sources disagree.
pub(super) fn figure_links(
    claims: &[ClaimRow],
    similar: &[Scored],
    aligned: &[Scored],
    figures: &FigureMap,
    story_of: &[u32],
) -> (FigurePairs, FigurePairs) {
    let best: HashSet<(usize, usize)> = aligned.iter().map(|s| (s.a, s.b)).collect();
    let (mut merges, mut disputes) = (Vec::new(), Vec::new());
    for s in similar {
        let (a, b) = (&claims[s.a], &claims[s.b]);
        // statistics are grouped within a story
        if story_of[a.doc] != story_of[b.doc] {
            continue;
        }
        let (fa, fb) = (claim_figures(a, figures), claim_figures(b, figures));
        let alone = |f: &Figure, all: &[&Figure]| {
            let same = |g: &&&Figure| g.kind == f.kind && g.unit == f.unit;
            let one_kind = all.iter().filter(same).count() == 1;
            // a verb says which figure counts what ("killed 2, injured
            // 15"); the noun after a figure in a list may be any figure's
            let one_what = super::facts::is_event(&f.concept)
                && all
                    .iter()
                    .filter(same)
                    .filter(|g| g.concept == f.concept)
                    .count()
                    == 1;
            one_kind || one_what
        };
        for (x, y) in align::matching_figures(&fa, &fb) {
            if !super::statistics::periods_fit(&x.period, &y.period) || x.scope != y.scope {
                continue;
            }
            let pair = (x.quantity_id.clone(), y.quantity_id.clone());
            // two small figures under two names ("the two women", "the
            // three victims") are no evidence that the names are one fact
            let precise = |f: &Figure| super::interval::precise(&f.text, f.value, f.written);
            let same_value = x.value == y.value && x.value_max == y.value_max;
            if x.concept != y.concept && !(precise(x) && precise(y)) && !same_value {
                continue;
            }
            // "Williams, 32," and "Jackson, 25," in two similar sentences
            if super::facts::ages_of_two_people(&x.concept, &y.concept) {
                continue;
            }
            if best.contains(&(s.a, s.b)) && alone(x, &fa) && alone(y, &fb) {
                disputes.push(pair.clone());
            }
            merges.push(pair);
        }
    }
    (merges, disputes)
}

/// Pairs of documents (by `doc_id`) that aligned claims link directly:
/// where two figures of one specific key may be one fact (see
/// [`super::statistics::Evidence`]).
pub(super) fn linked_documents(
    claims: &[ClaimRow],
    docs: &Docs,
    aligned: &[Scored],
) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = aligned
        .iter()
        .map(|s| {
            let (a, b) = (claims[s.a].doc, claims[s.b].doc);
            let (x, y) = (&docs.list[a].doc_id, &docs.list[b].doc_id);
            (x.min(y).clone(), x.max(y).clone())
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(doc: usize, text: &str, quantity: &str) -> ClaimRow {
        let mut c = crate::copies::tests::claim(doc, text);
        c.quantity_ids = vec![quantity.into()];
        c
    }

    fn count(id: &str, value: f64, concept: &str) -> Figure {
        Figure {
            quantity_id: id.into(),
            kind: "count".into(),
            unit: None,
            concept: concept.into(),
            value,
            value_max: None,
            qualifier: "exact".into(),
            text: value.to_string(),
            period: None,
            scope: None,
            written: None,
        }
    }

    /// The (merges, disputes) of two best-matching claims holding `figures`.
    fn links_between(claims: [ClaimRow; 2], figures: Vec<Figure>) -> (FigurePairs, FigurePairs) {
        let pair = Scored {
            a: 0,
            b: 1,
            text: 0.7,
            entities: 0.0,
            shared_figure: false,
        };
        let figures: FigureMap = figures
            .into_iter()
            .map(|f| (f.quantity_id.clone(), f))
            .collect();
        figure_links(&claims, &[pair], &[pair], &figures, &[0, 0])
    }

    /// The (merges, disputes) of two best-matching claims, one figure each.
    fn links_of(a: Figure, b: Figure) -> (FigurePairs, FigurePairs) {
        let claims = [
            claim(0, "She shot the two women and a co-worker.", &a.quantity_id),
            claim(1, "She then shot the three victims.", &b.quantity_id),
        ];
        links_between(claims, vec![a, b])
    }

    #[test]
    fn small_figures_under_two_names_are_two_facts() {
        // "the two women" and "the three victims": similar sentences, two
        // facts, and two small figures do not even show the names to be one
        let (merges, disputes) = links_of(count("a", 2.0, "woman"), count("b", 3.0, "victim"));
        assert!(merges.is_empty(), "{merges:?}");
        assert!(disputes.is_empty(), "{disputes:?}");
        // precise figures under two names ("more than 250 migrants", "261
        // deportees") are one fact the best-matching sentences state
        let (merges, disputes) =
            links_of(count("a", 250.0, "migrant"), count("b", 261.0, "deportee"));
        assert_eq!(merges.len(), 1);
        assert_eq!(disputes.len(), 1);
        let (_, disputes) = links_of(count("a", 2.0, "kill"), count("b", 3.0, "kill"));
        assert_eq!(disputes, vec![("a".to_string(), "b".to_string())]);
        // the same small figure under two names ("two girls", "two
        // sisters") in similar sentences is one fact
        let (merges, _) = links_of(count("a", 2.0, "girl"), count("b", 2.0, "sister"));
        assert_eq!(merges, vec![("a".to_string(), "b".to_string())]);
    }

    #[test]
    fn the_ages_of_two_people_are_never_linked() {
        let (merges, disputes) = links_of(
            count("a", 32.0, "age of williams"),
            count("b", 25.0, "age of jackson"),
        );
        assert!(merges.is_empty(), "{merges:?}");
        assert!(disputes.is_empty(), "{disputes:?}");
        // one person's age in two sources still links
        let (merges, _) = links_of(
            count("a", 32.0, "age of williams"),
            count("b", 33.0, "age of williams"),
        );
        assert_eq!(merges.len(), 1);
    }

    #[test]
    fn a_figure_in_a_list_is_disputed_only_when_a_verb_names_it() {
        let percent = |id: &str, value: f64, concept: &str| Figure {
            kind: "percent".into(),
            unit: Some("percent".into()),
            ..count(id, value, concept)
        };
        let links = |a: [Figure; 2], b: Figure| {
            let mut list = claim(
                0,
                "59% of communications with Singapore, 44% with Malaysia",
                "",
            );
            list.quantity_ids = a.iter().map(|f| f.quantity_id.clone()).collect();
            let claims = [
                list,
                claim(1, "Up to 70% of communications", &b.quantity_id),
            ];
            links_between(claims, a.into_iter().chain([b]).collect())
        };
        // the noun after the first figure of a list may be any figure's
        let (merges, disputes) = links(
            [percent("a", 59.0, "communication"), percent("c", 44.0, "")],
            percent("b", 70.0, "communication"),
        );
        assert_eq!(merges.len(), 1);
        assert!(disputes.is_empty(), "{disputes:?}");
        // "killed 12 and injured 15": the verb says which figure is which
        let (_, disputes) = links(
            [count("a", 12.0, "kill"), count("c", 15.0, "injure")],
            count("b", 13.0, "kill"),
        );
        assert_eq!(disputes, vec![("a".to_string(), "b".to_string())]);
    }

    #[test]
    fn pairs_between_copies_say_so_and_come_after_independent_ones() {
        use polars::prelude::*;
        let docs = Docs::from_frame(
            &df!(
                "doc_id" => ["d0", "d1", "d2"],
                "source" => ["A", "B", "C"],
                "n_chars" => [100i64, 100, 100]
            )
            .unwrap(),
        );
        let text = "The quake struck near Cobb on Thursday morning.";
        let claims = [
            claim(0, text, "q0"),
            claim(1, text, "q1"),
            claim(2, "A quake hit the Cobb area early on Thursday.", "q2"),
        ];
        let pair = |a, b, text| Scored {
            a,
            b,
            text,
            entities: 0.0,
            shared_figure: false,
        };
        // documents 0 and 1 are copies of one story, document 2 is not
        let copy_of = [0, 0, 2];
        let rows = build_alignments(
            &claims,
            &docs,
            &[pair(0, 1, 1.0), pair(0, 2, 0.7)],
            &FigureMap::new(),
            &[0, 0, 0],
            &["t".to_string()],
            &copy_of,
        );
        assert_eq!(rows.len(), 2);
        assert!(!rows[0].detail.contains(COPIES), "{rows:#?}");
        assert!(
            rows[1].detail.ends_with(&format!("({COPIES})")),
            "{rows:#?}"
        );
        assert_eq!(
            (rows[1].a.source.as_str(), rows[1].b.source.as_str()),
            ("A", "B")
        );
    }

    #[test]
    fn only_pairs_that_state_one_thing_are_alignment_rows() {
        let claims = [
            claim(
                0,
                "Jackson was arrested for drunken driving on Friday.",
                "q",
            ),
            claim(
                1,
                "Police arrested Jackson for drunken driving Friday.",
                "q",
            ),
            claim(
                0,
                "The arrest will not affect the playing status of Jackson.",
                "q",
            ),
            claim(
                1,
                "Jackson will start Sunday's playoff game at Pittsburgh.",
                "q",
            ),
        ];
        let pair = |a, b, text| Scored {
            a,
            b,
            text,
            entities: 0.0,
            shared_figure: false,
        };
        let words = HashSet::new();
        // the same arrest in other words
        let kept = same_statements(&claims, &[pair(0, 1, 0.6)], &words);
        assert_eq!(kept.len(), 1);
        // just over the pairing threshold: the same story's topic
        assert!(same_statements(&claims, &[pair(0, 1, 0.35)], &words).is_empty());
        // similar enough, but sharing only whom they are about
        assert!(same_statements(&claims, &[pair(2, 3, 0.6)], &words).is_empty());
        // a pair the embedder scored clears its threshold, with no
        // allowance for a shared figure
        let embedded: HashSet<(usize, usize)> = [(2, 3)].into();
        assert_eq!(
            same_statements(&claims, &[pair(2, 3, 0.65)], &embedded).len(),
            1
        );
        assert!(same_statements(&claims, &[pair(2, 3, 0.55)], &embedded).is_empty());
    }

    #[test]
    fn a_figure_cited_in_more_claims_than_the_cap_is_not_rare() {
        let mut claims: Vec<ClaimRow> = (0..=MAX_FIGURE_CLAIMS)
            .map(|d| claim(d, "Police said 43 people were hurt.", "q"))
            .collect();
        claims.push(claim(0, "The bridge is 417 metres long.", "q"));
        claims.push(claim(1, "It spans 417 metres.", "q"));
        let rare = rare_figures(&claims);
        assert!(rare[0].is_empty(), "{:?}", rare[0]);
        assert!(rare[MAX_FIGURE_CLAIMS + 1].contains("417"));
        claims.truncate(MAX_FIGURE_CLAIMS);
        assert!(rare_figures(&claims)[0].contains("43"));
    }

    #[test]
    fn years_do_not_count_as_shared_figures() {
        let f = figures_but_years("In 2013, more than 250 migrants and $6 million");
        assert!(f.contains("25") && f.contains("6"), "{f:?}");
        assert!(!f.iter().any(|t| t.starts_with("201")), "{f:?}");
    }
}
