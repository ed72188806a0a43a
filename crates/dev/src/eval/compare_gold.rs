//! Scores `compare`'s statistics and stories against hand-made gold on real
//! news: `compare_ecbplus_gold` (every numeric fact that two or more ECB+
//! documents of 16 events report, `differ` or `agree`) and the ECB+
//! `story_cluster`s of all 982 articles.
//!
//! A statistics row matches a gold mention when it comes from the same
//! document, its sentence holds the gold figure, that sentence is the gold
//! sentence (one contains the other, or most of their words are shared), and
//! the row's figure is the gold one (one text contains the other, or the
//! same value).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use super::{read_jsonl, Figure};
use factsift_compare::model::{Comparison, SourceFigure, StatGroup, Verdict};

/// One document's figure for a gold fact.
#[derive(Debug, Clone)]
struct Mention {
    fact: usize,
    doc: String,
    figure: String,
    value: Option<f64>,
    sentence: String,
}

/// One gold fact.
#[derive(Debug, Clone)]
struct Fact {
    id: String,
    what: String,
    cluster: String,
    differ: bool,
}

/// The gold facts and their mentions, by document (ECB+ id).
#[derive(Debug, Default)]
pub struct Gold {
    facts: Vec<Fact>,
    by_doc: HashMap<String, Vec<Mention>>,
    clusters: BTreeSet<String>,
}

impl Gold {
    /// Reads `facts.jsonl` of the gold folder.
    pub fn read(path: &Path) -> anyhow::Result<Gold> {
        let mut gold = Gold::default();
        for row in read_jsonl(path)? {
            let cluster = row["cluster"].as_str().unwrap_or_default().to_string();
            let fact = gold.facts.len();
            gold.facts.push(Fact {
                id: row["fact_id"].as_str().unwrap_or_default().to_string(),
                what: row["what"].as_str().unwrap_or_default().to_string(),
                cluster: cluster.clone(),
                differ: row["relation"].as_str() == Some("differ"),
            });
            gold.clusters.insert(cluster);
            for m in row["mentions"].as_array().into_iter().flatten() {
                let doc = m["doc"].as_str().unwrap_or_default().to_string();
                gold.by_doc.entry(doc.clone()).or_default().push(Mention {
                    fact,
                    doc,
                    figure: m["figure"].as_str().unwrap_or_default().to_string(),
                    value: m["value"].as_f64(),
                    sentence: m["sentence"].as_str().unwrap_or_default().to_string(),
                });
            }
        }
        Ok(gold)
    }
}

/// Lower-cased, with runs of white space as one space.
fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn same_sentence(a: &str, b: &str) -> bool {
    if a.contains(b) || b.contains(a) {
        return true;
    }
    let words = |s: &str| -> BTreeSet<String> { s.split(' ').map(str::to_string).collect() };
    let (x, y) = (words(a), words(b));
    let shared = x.intersection(&y).count();
    shared as f64 >= 0.6 * x.len().min(y.len()).max(1) as f64
}

/// How a statistics row is matched to a gold mention of its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matching {
    /// The row's sentence is the gold sentence (the figures' targets).
    Sentence,
    /// Any sentence of the document holding the gold figure, as the gold
    /// README words its measures ("same document, the same figure text or
    /// the same value with the figure in the row's sentence"): a headline
    /// or a restatement of the gold figure counts.
    Document,
}

fn matches(row: &SourceFigure, m: &Mention, matching: Matching) -> bool {
    let (sentence, figure) = (squash(&row.sentence), squash(&m.figure));
    if figure.is_empty() || !sentence.contains(&figure) {
        return false;
    }
    if matching == Matching::Sentence && !same_sentence(&sentence, &squash(&m.sentence)) {
        return false;
    }
    let text = squash(&row.text);
    let same_text = !text.is_empty() && (text.contains(&figure) || figure.contains(&text));
    let same_value = m
        .value
        .is_some_and(|v| (row.value - v).abs() <= 1e-6 * v.abs().max(1.0));
    same_text || same_value
}

/// The gold facts each row of a group matches.
fn row_facts(
    g: &StatGroup,
    gold: &Gold,
    ecb_id: &HashMap<String, String>,
    matching: Matching,
) -> Vec<BTreeSet<usize>> {
    g.figures
        .iter()
        .map(|f| {
            let Some(doc) = ecb_id.get(&f.doc_id) else {
                return BTreeSet::new();
            };
            gold.by_doc
                .get(doc)
                .into_iter()
                .flatten()
                .filter(|m| matches(f, m, matching))
                .map(|m| m.fact)
                .collect()
        })
        .collect()
}

/// The documents of one fact a group holds, and whether the fact is most of the group.
fn holding(g: &StatGroup, rows: &[BTreeSet<usize>], fact: usize) -> (usize, bool) {
    let docs: BTreeSet<&str> = g
        .figures
        .iter()
        .zip(rows)
        .filter(|(_, r)| r.contains(&fact))
        .map(|(f, _)| f.doc_id.as_str())
        .collect();
    let rows_of_fact = rows.iter().filter(|r| r.contains(&fact)).count();
    (docs.len(), 2 * rows_of_fact > rows.len())
}

/// What a comparison's statistics show of the gold, under one matching.
struct Tally {
    /// Per gold fact: one group holds the figures of two of its documents.
    found: Vec<bool>,
    /// Per gold fact: such a group is mostly that fact, with its relation.
    right: Vec<bool>,
    /// Per verdict: groups that are one gold fact of that relation, of all
    /// such groups touching the gold events.
    precision: BTreeMap<Verdict, (usize, usize)>,
}

impl Tally {
    fn new(
        c: &Comparison,
        gold: &Gold,
        ecb_id: &HashMap<String, String>,
        cluster_of: &HashMap<String, String>,
        matching: Matching,
    ) -> Tally {
        let mut t = Tally {
            found: vec![false; gold.facts.len()],
            right: vec![false; gold.facts.len()],
            precision: BTreeMap::new(),
        };
        for g in &c.statistics {
            let rows = row_facts(g, gold, ecb_id, matching);
            t.count_found(g, &rows, gold);
            if touches(g, gold, ecb_id, cluster_of) && g.kind != "date" && g.figures.len() >= 2 {
                let e = t.precision.entry(g.verdict).or_default();
                e.0 += usize::from(one_fact_of_its_verdict(g, &rows, gold));
                e.1 += 1;
            }
        }
        t
    }

    fn count_found(&mut self, g: &StatGroup, rows: &[BTreeSet<usize>], gold: &Gold) {
        let facts: BTreeSet<usize> = rows.iter().flatten().copied().collect();
        for fact in facts {
            let (docs, most) = holding(g, rows, fact);
            if docs >= 2 {
                self.found[fact] = true;
                let want = if gold.facts[fact].differ {
                    Verdict::Differ
                } else {
                    Verdict::Agree
                };
                self.right[fact] |= most && g.verdict == want;
            }
        }
    }

    /// The precision of the groups of verdict `v`.
    fn precision(&self, v: Verdict) -> (f64, String) {
        let (ok, n) = self.precision.get(&v).copied().unwrap_or((0, 0));
        (ok as f64 / n.max(1) as f64, format!("{ok}/{n} groups"))
    }
}

/// The share of gold facts passing `of` that `hit` marks.
fn share(hit: &[bool], of: impl Fn(usize) -> bool) -> (f64, String) {
    let total = (0..hit.len()).filter(|&f| of(f)).count();
    let n = (0..hit.len()).filter(|&f| of(f) && hit[f]).count();
    (n as f64 / total.max(1) as f64, format!("{n}/{total} facts"))
}

/// True when a group holds a figure of a document of a gold event.
fn touches(
    g: &StatGroup,
    gold: &Gold,
    ecb_id: &HashMap<String, String>,
    cluster_of: &HashMap<String, String>,
) -> bool {
    g.figures.iter().any(|f| {
        ecb_id
            .get(&f.doc_id)
            .and_then(|d| cluster_of.get(d))
            .is_some_and(|cl| gold.clusters.contains(cl))
    })
}

/// True when every row of a group is a figure of one gold fact whose
/// relation is the group's verdict.
fn one_fact_of_its_verdict(g: &StatGroup, rows: &[BTreeSet<usize>], gold: &Gold) -> bool {
    let facts: BTreeSet<usize> = rows.iter().flatten().copied().collect();
    let one_fact = facts.iter().find(|&&f| rows.iter().all(|r| r.contains(&f)));
    one_fact.is_some_and(|&f| match g.verdict {
        Verdict::Differ => gold.facts[f].differ,
        Verdict::Agree => !gold.facts[f].differ,
        Verdict::SingleSource => false,
    })
}

/// The gold figures of a comparison: facts found, disputes caught,
/// agreements right, differ and agree precision, with rows matched to the
/// gold's own sentences (the targets); then, for information, the
/// disputes and precisions with rows matched anywhere in their document,
/// as the gold README words its measures. `ecb_id` maps `doc_id` to the
/// ECB+ id, `cluster_of` an ECB+ id to its event.
pub fn score(
    c: &Comparison,
    gold: &Gold,
    ecb_id: &HashMap<String, String>,
    cluster_of: &HashMap<String, String>,
) -> Vec<Figure> {
    let strict = Tally::new(c, gold, ecb_id, cluster_of, Matching::Sentence);
    let loose = Tally::new(c, gold, ecb_id, cluster_of, Matching::Document);
    let differ = |f: usize| gold.facts[f].differ;
    let (f, fd) = share(&strict.found, |_| true);
    let (d, dd) = share(&strict.right, differ);
    let (a, ad) = share(&strict.right, |f| !differ(f));
    let (dp, dpd) = strict.precision(Verdict::Differ);
    let (ap, apd) = strict.precision(Verdict::Agree);
    let (ld, ldd) = share(&loose.right, differ);
    let (ldp, ldpd) = loose.precision(Verdict::Differ);
    let (lap, lapd) = loose.precision(Verdict::Agree);
    let events = gold
        .facts
        .iter()
        .map(|f| &f.cluster)
        .collect::<BTreeSet<_>>();
    vec![
        Figure::with_target(
            "gold facts found (>= 2 documents in one group)",
            f,
            0.7,
            format!("{fd} of {} events", events.len()),
        ),
        Figure::with_target("gold disputes caught (differ)", d, 0.6, dd),
        Figure::info("gold agreements right (agree)", a, ad),
        Figure::with_target("differ precision (one differ fact)", dp, 0.8, dpd),
        Figure::with_target(
            "agree precision (one agree fact, >= 2 sources)",
            ap,
            0.9,
            apd,
        ),
        Figure::info("rows matched by document: disputes caught", ld, ldd),
        Figure::info("rows matched by document: differ precision", ldp, ldpd),
        Figure::info("rows matched by document: agree precision", lap, lapd),
    ]
}

/// Environment variable naming a file to write [`detail`] to: each gold
/// fact with the groups its mentions landed in, then every group that
/// touches the gold events and is not one fact of its verdict.
pub const DETAIL_ENV: &str = "FACTSIFT_EVAL_GOLD_DETAIL";

/// One row of a group for the detail: document, figure, value, the gold
/// facts it matches and the start of its sentence.
fn detail_row(
    f: &SourceFigure,
    facts: &BTreeSet<usize>,
    gold: &Gold,
    ecb: Option<&String>,
) -> String {
    let ids: Vec<&str> = facts.iter().map(|&x| gold.facts[x].id.as_str()).collect();
    let sentence: String = f.sentence.chars().take(160).collect();
    format!(
        "    {} {:?} = {} [{}..{}] {{{}}} | {}\n",
        ecb.map_or(f.doc_id.as_str(), String::as_str),
        f.text,
        f.value,
        f.low,
        f.high,
        ids.join(","),
        sentence.replace('\n', " ")
    )
}

/// One group's header line for the detail.
fn detail_group(g: &StatGroup) -> String {
    format!(
        "  {} {} conf {:.2} {}/{} '{}' subject {:?} period {:?} ({} rows, {} independent)\n",
        g.group_id,
        g.verdict.as_str(),
        g.confidence,
        g.kind,
        g.unit.as_deref().unwrap_or("-"),
        g.measured,
        g.subject_key,
        g.period,
        g.figures.len(),
        g.independent_sources
    )
}

/// A readable account of how the statistics meet the gold, for development
/// (written where [`DETAIL_ENV`] says).
pub fn detail(
    c: &Comparison,
    gold: &Gold,
    ecb_id: &HashMap<String, String>,
    cluster_of: &HashMap<String, String>,
) -> String {
    let rows: Vec<Vec<BTreeSet<usize>>> = c
        .statistics
        .iter()
        .map(|g| row_facts(g, gold, ecb_id, Matching::Sentence))
        .collect();
    let mut groups_of: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (gi, r) in rows.iter().enumerate() {
        for &fact in r.iter().flatten() {
            groups_of.entry(fact).or_default().insert(gi);
        }
    }
    let mut out = String::new();
    for (fi, fact) in gold.facts.iter().enumerate() {
        let relation = if fact.differ { "differ" } else { "agree" };
        out.push_str(&format!("== {} [{relation}] {}\n", fact.id, fact.what));
        for m in gold.by_doc.values().flatten().filter(|m| m.fact == fi) {
            out.push_str(&format!("  gold {} {:?}\n", m.doc, m.figure));
        }
        for &gi in groups_of.get(&fi).into_iter().flatten() {
            let g = &c.statistics[gi];
            out.push_str(&detail_group(g));
            for (f, r) in g.figures.iter().zip(&rows[gi]) {
                out.push_str(&detail_row(f, r, gold, ecb_id.get(&f.doc_id)));
            }
        }
    }
    out.push_str("\n#### groups that are not one fact of their verdict\n");
    for (g, r) in c.statistics.iter().zip(&rows) {
        let touches = g.figures.iter().any(|f| {
            ecb_id
                .get(&f.doc_id)
                .and_then(|d| cluster_of.get(d))
                .is_some_and(|cl| gold.clusters.contains(cl))
        });
        if !touches || g.kind == "date" || g.figures.len() < 2 || g.verdict == Verdict::SingleSource
        {
            continue;
        }
        let facts: BTreeSet<usize> = r.iter().flatten().copied().collect();
        let one = facts.iter().find(|&&f| r.iter().all(|x| x.contains(&f)));
        if one.is_some_and(|&f| gold.facts[f].differ == (g.verdict == Verdict::Differ)) {
            continue;
        }
        out.push_str(&detail_group(g));
        for (f, x) in g.figures.iter().zip(r) {
            out.push_str(&detail_row(f, x, gold, ecb_id.get(&f.doc_id)));
        }
    }
    out
}

/// Purity and inverse purity of the stories against the events, and the
/// size of the largest story.
pub fn story_figures(c: &Comparison, event_of_doc: &HashMap<String, String>) -> Vec<Figure> {
    let mut table: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for d in &c.story_docs {
        if let Some(e) = event_of_doc.get(&d.doc_id) {
            *table.entry((d.story_id.as_str(), e.as_str())).or_default() += 1;
        }
    }
    let total: usize = table.values().sum();
    let best = |by_story: bool| -> usize {
        let mut max: HashMap<&str, usize> = HashMap::new();
        for (&(s, e), &n) in &table {
            let k = if by_story { s } else { e };
            let m = max.entry(k).or_default();
            *m = (*m).max(n);
        }
        max.values().sum()
    };
    let mut sizes: HashMap<&str, usize> = HashMap::new();
    for (&(s, _), &n) in &table {
        *sizes.entry(s).or_default() += n;
    }
    let events: BTreeSet<&str> = table.keys().map(|k| k.1).collect();
    let largest = sizes.values().copied().max().unwrap_or(0);
    let detail = format!(
        "{} stories for {} events over {total} documents; largest story {largest}",
        sizes.len(),
        events.len()
    );
    vec![
        Figure::with_target(
            "story purity (share in their story's main event)",
            best(true) as f64 / total.max(1) as f64,
            0.85,
            detail,
        ),
        Figure::with_target(
            "story inverse purity (share in their event's main story)",
            best(false) as f64 / total.max(1) as f64,
            0.9,
            String::new(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(doc: &str, text: &str, value: f64, sentence: &str) -> SourceFigure {
        SourceFigure {
            source: doc.into(),
            doc_id: doc.into(),
            text: text.into(),
            value,
            value_max: None,
            qualifier: "exact".into(),
            low: value,
            high: value,
            sentence_id: 0,
            sentence: sentence.into(),
            mentions: 1,
        }
    }

    fn mention(figure: &str, value: f64, sentence: &str) -> Mention {
        Mention {
            fact: 0,
            doc: "d".into(),
            figure: figure.into(),
            value: Some(value),
            sentence: sentence.into(),
        }
    }

    #[test]
    fn rows_match_the_gold_figure_in_its_sentence_only() {
        let s = "Police said 15 people were wounded and two were killed.";
        let m = mention("15 people", 15.0, s);
        let by_sentence = |r: &SourceFigure| matches(r, &m, Matching::Sentence);
        assert!(by_sentence(&row("d", "15", 15.0, s)));
        assert!(!by_sentence(&row("d", "two", 2.0, s)));
        let other = "Another 15 people were hurt in a later crash elsewhere in town.";
        assert!(!by_sentence(&row("d", "15", 15.0, other)));
        // matched by document, as the gold README words it: any sentence
        // holding the gold figure
        let headline = "15 people wounded in shooting";
        assert!(matches(
            &row("d", "15", 15.0, headline),
            &m,
            Matching::Document
        ));
        assert!(!matches(&row("d", "two", 2.0, s), &m, Matching::Document));
    }
}
