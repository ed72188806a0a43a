//! Stories: clusters of documents about the same events, so that figures and
//! claims are only compared within one story.
//!
//! Each document is described by three TF-IDF vectors built from its claims
//! (page furniture left out, see [`super::boilerplate`]): the entities they
//! mention, their content words and the figures they write ("4.6",
//! "2,000", "15-year-old"), each weighted by how rare it is in the
//! comparison (terms in more than a tenth of the documents are dropped).
//! Two documents' similarity is the mean of the cosines both have evidence
//! for: words always, entities when both name some (not without a NER
//! model), figures when both write some. Figures are what tells sister
//! events apart (two earthquakes in one region, two raids on one city): they
//! share their entities and words, not their magnitudes, tolls and ages, so
//! two documents with figures but none in common are less alike.
//! Documents are then clustered by average link: the two clusters whose
//! documents are most similar on average are joined, as long as that
//! average reaches [`STORY_THRESHOLD`] and most of their document pairs
//! ([`MIN_LINKED_SHARE`]) are linked at all. Unlike joining every linked
//! pair (single link), one article that mentions two events cannot chain
//! their stories together, nor can a path of strong single links.
//! Documents published more than [`MAX_DAYS_APART`] days apart are never
//! similar; without a publication date, the first full date written in the
//! text stands in, with the wider window [`MAX_DAYS_APART_IN_TEXT`] (a date
//! in the text may be a background date). Two clusters whose articles date
//! them [`MIN_YEARS_APART`] or more years apart are never joined: sister
//! events years apart (two quakes of one region) stay two stories.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

use factsift_core::text::words;

use super::align::ClaimRow;
use super::boilerplate::{is_furniture, is_furniture_key};
use super::docs::Docs;
use rayon::prelude::*;

use super::textsim::{self, SparseVec};

/// Average similarity two clusters need to be joined into one story.
pub const STORY_THRESHOLD: f64 = 0.2;

/// Similarity below which a document pair is not an edge of the graph.
const MIN_EDGE: f64 = 0.05;

/// Share of the document pairs between two clusters that must be edges of
/// the graph for the clusters to be joined (a dense core, not a chain).
pub const MIN_LINKED_SHARE: f64 = 0.5;

/// Documents published further apart than this are different stories.
pub const MAX_DAYS_APART: i64 = 7;

/// The window when a date comes from the text rather than the metadata.
pub const MAX_DAYS_APART_IN_TEXT: i64 = 365;

/// Two clusters whose documents mostly name years this far apart as the
/// latest they write are two events (a quake of 2008 and one of 2013 in one
/// region), however alike their words.
pub const MIN_YEARS_APART: i32 = 2;

/// How many of a cluster's documents must name its most named latest year
/// for that year to date the cluster: one document's latest year may be a
/// background or a future one ("a contract through 2017").
const MIN_YEAR_SUPPORT: u32 = 2;

/// The years 1900–2100 a document's latest written year may be.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// What links one document to others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// Entity keys of its claims, with their counts (furniture left out).
    pub keys: Vec<(String, u32)>,
    /// Content terms of its claims, with their counts.
    pub terms: Vec<(String, u32)>,
    /// Figures written in its claims, as written less thousands commas,
    /// lower-cased, with their counts.
    pub figures: Vec<(String, u32)>,
    /// The dates written in the text.
    pub dates: TextDates,
}

/// The dates a document's text writes (its `date` figures), for when its
/// metadata has none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextDates {
    /// The first full date, as days since 1970-01-01.
    pub first_day: Option<i64>,
    /// The latest year of any date it writes ("in 2013", "March 2013"): an
    /// article is seldom older than the latest year it names.
    pub latest_year: Option<i32>,
}

/// The year a `period` ("2013", "2013-03", "2013-03-14") falls in; `None`
/// for a decade ("1990s") or a year outside 1900–2100.
pub fn period_year(period: &str) -> Option<i32> {
    let (year, rest) = period.split_at_checked(4)?;
    let year: i32 = year.parse().ok()?;
    (YEARS.contains(&year) && (rest.is_empty() || rest.starts_with('-'))).then_some(year)
}

/// Items with their counts, in item order.
fn counted<K: Ord>(counts: BTreeMap<K, u32>, owned: impl Fn(K) -> String) -> Vec<(String, u32)> {
    counts.into_iter().map(|(k, n)| (owned(k), n)).collect()
}

/// The figures written in a text: its words holding a digit, lower-cased,
/// without thousands commas ("2,000" and "2000" are one figure).
fn figures(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text)
        .into_iter()
        .filter(|w| w.has_digit())
        .map(|w| w.lower().replace(',', ""))
}

/// What links each document to others: the entity keys, content terms and
/// figures of its claims that are not page furniture, and the dates its
/// text writes (`text_dates`, by document).
pub fn evidence(claims: &[ClaimRow], text_dates: Vec<TextDates>) -> Vec<Evidence> {
    let n = text_dates.len();
    let mut keys: Vec<BTreeMap<&str, u32>> = vec![BTreeMap::new(); n];
    let mut terms: Vec<BTreeMap<String, u32>> = vec![BTreeMap::new(); n];
    let mut figs: Vec<BTreeMap<String, u32>> = vec![BTreeMap::new(); n];
    for c in claims.iter().filter(|c| !is_furniture(&c.text)) {
        for k in c.entity_keys.iter().filter(|k| !is_furniture_key(k)) {
            *keys[c.doc].entry(k.as_str()).or_default() += 1;
        }
        for t in textsim::terms(&c.text) {
            *terms[c.doc].entry(t).or_default() += 1;
        }
        for f in figures(&c.text) {
            *figs[c.doc].entry(f).or_default() += 1;
        }
    }
    keys.into_iter()
        .zip(terms)
        .zip(figs)
        .zip(text_dates)
        .map(|(((k, t), f), dates)| Evidence {
            keys: counted(k, str::to_string),
            terms: counted(t, |t| t),
            figures: counted(f, |f| f),
            dates,
        })
        .collect()
}

/// Union-find over indices.
#[derive(Debug, Clone)]
pub struct Components {
    parent: Vec<usize>,
}

impl Components {
    /// `n` singletons.
    pub fn new(n: usize) -> Components {
        Components {
            parent: (0..n).collect(),
        }
    }

    /// The representative of `x`'s component.
    pub fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut y = x;
        while self.parent[y] != root {
            let next = self.parent[y];
            self.parent[y] = root;
            y = next;
        }
        root
    }

    /// Joins the components of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Most documents a term may appear in and still count as distinctive.
fn distinctive_cap(docs: usize) -> usize {
    (docs / 10).clamp(8, 200)
}

/// Unit-length log-TF × IDF vectors of each document's items (the IDF
/// smoothed as in [`super::textsim`], so that a small comparison whose
/// documents all tell one story still weighs the words they share); items in
/// fewer than two documents or more than the cap are left out.
fn vectors(items: &[&[(String, u32)]]) -> Vec<SparseVec> {
    let n = items.len();
    let cap = distinctive_cap(n);
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<usize> = Vec::new();
    for doc in items {
        for (k, _) in doc.iter() {
            let next = ids.len() as u32;
            let id = *ids.entry(k.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            df[id as usize] += 1;
        }
    }
    items
        .iter()
        .map(|doc| {
            let mut v: SparseVec = doc
                .iter()
                .filter_map(|(k, count)| {
                    let id = ids[k.as_str()];
                    let d = df[id as usize];
                    (2..=cap).contains(&d).then(|| {
                        let tf = 1.0 + (*count as f32).ln();
                        let idf = ((1.0 + n as f32) / (1.0 + d as f32)).ln() + 1.0;
                        (id, tf * idf)
                    })
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}

/// Each item's documents and weights: the inverted index of one channel's
/// vectors.
fn postings(vecs: &[SparseVec]) -> Vec<Vec<(u32, f32)>> {
    let items = vecs
        .iter()
        .flat_map(|v| v.iter().map(|&(id, _)| id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut lists: Vec<Vec<(u32, f32)>> = vec![Vec::new(); items];
    for (d, v) in vecs.iter().enumerate() {
        for &(id, w) in v {
            lists[id as usize].push((d as u32, w));
        }
    }
    lists
}

/// Dot products of one document with every later document, channel by
/// channel, summed over the index ([`postings`]) in the document's own item
/// order, so each equals [`textsim::cosine`] of the two vectors exactly. A document
/// is `touched` when it shares an item of a channel that makes it a
/// candidate (words or entities).
struct Partners {
    dots: Vec<[f64; 3]>,
    touched: Vec<bool>,
    /// Whether a document is in `written`.
    seen: Vec<bool>,
    /// The candidates of the last document filled.
    list: Vec<usize>,
    /// Every document whose `dots` the last fill wrote.
    written: Vec<usize>,
}

impl Partners {
    fn new(n: usize) -> Partners {
        Partners {
            dots: vec![[0.0; 3]; n],
            touched: vec![false; n],
            seen: vec![false; n],
            list: Vec::new(),
            written: Vec::new(),
        }
    }

    /// Fills the dot products of document `a` with the documents after it
    /// that share a word or an entity with it (`channels` and their
    /// `index`: words, entities, figures).
    fn fill(
        &mut self,
        a: usize,
        channels: &[&Vec<SparseVec>; 3],
        index: &[Vec<Vec<(u32, f32)>>; 3],
    ) {
        for &b in &self.written {
            self.dots[b] = [0.0; 3];
            self.touched[b] = false;
            self.seen[b] = false;
        }
        self.list.clear();
        self.written.clear();
        for (c, (vecs, lists)) in channels.iter().zip(index).enumerate() {
            for &(id, wa) in &vecs[a] {
                for &(b, wb) in &lists[id as usize] {
                    let b = b as usize;
                    if b <= a {
                        continue;
                    }
                    if c < 2 && !self.touched[b] {
                        self.touched[b] = true;
                        self.list.push(b);
                    }
                    if !self.seen[b] {
                        self.seen[b] = true;
                        self.written.push(b);
                    }
                    self.dots[b][c] += f64::from(wa * wb);
                }
            }
        }
    }
}

/// The mean of the channel cosines `dots` of documents `a` and `b` over
/// the kinds of evidence (`channels`, words first) both of them have; the
/// words always count. A document without entities (no NER model) or
/// without figures gives no evidence either way on them.
fn mean_evidence(channels: &[&Vec<SparseVec>; 3], dots: &[f64; 3], a: usize, b: usize) -> f64 {
    let (sum, count) = channels
        .iter()
        .zip(dots)
        .enumerate()
        .filter(|(i, (v, _))| *i == 0 || (!v[a].is_empty() && !v[b].is_empty()))
        .fold((0.0, 0u32), |(sum, count), (_, (_, dot))| {
            (sum + dot, count + 1)
        });
    sum / f64::from(count)
}

/// Each document's date and whether it comes from the metadata.
fn dates(docs: &Docs, evidence: &[Evidence]) -> Vec<Option<(i64, bool)>> {
    docs.list
        .iter()
        .zip(evidence)
        .map(|(d, e)| {
            d.published
                .map(|p| (p, true))
                .or(e.dates.first_day.map(|t| (t, false)))
        })
        .collect()
}

/// The similarity graph: each document pair whose similarity reaches
/// [`MIN_EDGE`] and whose dates are close enough, with that similarity.
pub fn similarities(docs: &Docs, evidence: &[Evidence]) -> BTreeMap<(usize, usize), f64> {
    let keys: Vec<&[(String, u32)]> = evidence.iter().map(|e| e.keys.as_slice()).collect();
    let terms: Vec<&[(String, u32)]> = evidence.iter().map(|e| e.terms.as_slice()).collect();
    let figs: Vec<&[(String, u32)]> = evidence.iter().map(|e| e.figures.as_slice()).collect();
    let (kv, tv, fv) = (vectors(&keys), vectors(&terms), vectors(&figs));
    let dates = dates(docs, evidence);
    let close = |a: usize, b: usize| match (dates[a], dates[b]) {
        (Some((x, true)), Some((y, true))) => (x - y).abs() <= MAX_DAYS_APART,
        (Some((x, _)), Some((y, _))) => (x - y).abs() <= MAX_DAYS_APART_IN_TEXT,
        _ => true,
    };
    let channels = [&tv, &kv, &fv];
    let index = [postings(&tv), postings(&kv), postings(&fv)];
    let scored: Vec<((usize, usize), f64)> = (0..docs.list.len())
        .into_par_iter()
        .map_init(
            || Partners::new(docs.list.len()),
            |partners, a| {
                partners.fill(a, &channels, &index);
                partners
                    .list
                    .iter()
                    .filter(|&&b| close(a, b))
                    .filter_map(|&b| {
                        let s = mean_evidence(&channels, &partners.dots[b], a, b);
                        (s >= MIN_EDGE).then_some(((a, b), s))
                    })
                    .collect::<Vec<_>>()
            },
        )
        .flatten_iter()
        .collect();
    scored.into_iter().collect()
}

/// A candidate join of two clusters, ordered by average similarity.
#[derive(Debug, PartialEq)]
struct Join {
    average: f64,
    a: usize,
    b: usize,
}

impl Eq for Join {}

impl PartialOrd for Join {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Join {
    fn cmp(&self, other: &Self) -> Ordering {
        self.average
            .total_cmp(&other.average)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

/// Similarity sums and linked pair counts between clusters, by
/// representative.
type Between = Vec<HashMap<usize, (f64, u32)>>;

/// Each cluster's items by the year that dates them (see
/// [`TextDates::latest_year`] and [`cluster`]), by representative.
type YearCounts = Vec<BTreeMap<i32, u32>>;

/// The year that dates a cluster: the one most of its items name, when at
/// least [`MIN_YEAR_SUPPORT`] of them do (the later of equals).
fn cluster_year(counts: &BTreeMap<i32, u32>) -> Option<i32> {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)))
        .filter(|(_, &n)| n >= MIN_YEAR_SUPPORT)
        .map(|(&y, _)| y)
}

/// True when two clusters are dated [`MIN_YEARS_APART`] or more apart.
fn years_apart(a: &BTreeMap<i32, u32>, b: &BTreeMap<i32, u32>) -> bool {
    matches!((cluster_year(a), cluster_year(b)), (Some(x), Some(y)) if (x - y).abs() >= MIN_YEARS_APART)
}

/// Average-link clustering of `n` items over a sparse similarity graph
/// (missing pairs count as 0): returns each item's cluster representative.
/// Two clusters are only joined when at least [`MIN_LINKED_SHARE`] of their
/// item pairs are edges, so a path of single links never becomes a cluster,
/// and never when their items' `years` date them [`MIN_YEARS_APART`] apart
/// (see [`cluster_year`]).
pub fn average_link(
    n: usize,
    edges: &BTreeMap<(usize, usize), f64>,
    threshold: f64,
    years: &[Option<i32>],
) -> Vec<usize> {
    let mut year_counts: YearCounts = (0..n)
        .map(|i| {
            years
                .get(i)
                .copied()
                .flatten()
                .map(|y| (y, 1))
                .into_iter()
                .collect()
        })
        .collect();
    let mut between: Between = vec![HashMap::new(); n];
    for (&(a, b), &s) in edges {
        between[a].insert(b, (s, 1));
        between[b].insert(a, (s, 1));
    }
    let mut size = vec![1usize; n];
    let mut rep: Vec<usize> = (0..n).collect();
    let mut heap: BinaryHeap<Join> = edges
        .iter()
        .map(|(&(a, b), &s)| Join { average: s, a, b })
        .collect();
    while let Some(Join { average, a, b }) = heap.pop() {
        if average < threshold {
            break;
        }
        // stale entry: a cluster was joined since, or the average changed
        let Some(&(sum, links)) = between[a].get(&b) else {
            continue;
        };
        let pairs = (size[a] * size[b]) as f64;
        if rep[a] != a || rep[b] != b || sum / pairs != average {
            continue;
        }
        if f64::from(links) < MIN_LINKED_SHARE * pairs
            || years_apart(&year_counts[a], &year_counts[b])
        {
            continue;
        }
        absorb(&mut between, a, b);
        for (y, k) in std::mem::take(&mut year_counts[b]) {
            *year_counts[a].entry(y).or_default() += k;
        }
        size[a] += size[b];
        rep[b] = a;
        for (&k, &(s, _)) in &between[a] {
            heap.push(Join {
                average: s / (size[a] * size[k]) as f64,
                a: a.min(k),
                b: a.max(k),
            });
        }
    }
    (0..n)
        .map(|mut x| {
            while rep[x] != x {
                x = rep[x];
            }
            x
        })
        .collect()
}

/// Moves cluster `b`'s similarity sums and link counts into cluster `a`'s.
fn absorb(between: &mut Between, a: usize, b: usize) {
    let absorbed = std::mem::take(&mut between[b]);
    for (k, (s, links)) in absorbed {
        if k == a {
            continue;
        }
        between[k].remove(&b);
        let total = between[a].entry(k).or_insert((0.0, 0));
        total.0 += s;
        total.1 += links;
        let total = *total;
        between[k].insert(a, total);
    }
    between[a].remove(&b);
}

/// The story index of each document (stories numbered by their first
/// document), from each document's [`Evidence`].
pub fn cluster(docs: &Docs, evidence: &[Evidence]) -> Vec<u32> {
    let edges = similarities(docs, evidence);
    let years: Vec<Option<i32>> = docs
        .list
        .iter()
        .zip(evidence)
        .map(|(d, e)| d.published.map(year_of_days).or(e.dates.latest_year))
        .collect();
    let root = average_link(docs.list.len(), &edges, STORY_THRESHOLD, &years);
    let mut numbering: HashMap<usize, u32> = HashMap::new();
    root.into_iter()
        .map(|r| {
            let next = numbering.len() as u32;
            *numbering.entry(r).or_insert(next)
        })
        .collect()
}

/// Days since 1970-01-01 of an ISO date (`2013-05-03`); `None` for a
/// partial or invalid date.
pub fn iso_days(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days from the civil calendar (proleptic Gregorian)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The year of a day counted from 1970-01-01 (the inverse of
/// [`iso_days`] for the year alone).
pub fn year_of_days(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    year as i32
}

/// The name of each story, derived from its content so that it does not
/// depend on the order the documents were read in (a sharded run and an
/// unsharded run of the same documents name their stories alike): `t`
/// followed by the first 12 hex digits of the SHA-256 of the story's
/// `doc_id`s, sorted and joined by new lines.
pub fn names(docs: &Docs, story_of: &[u32]) -> Vec<String> {
    use sha2::{Digest, Sha256};
    let count = story_of.iter().copied().max().map_or(0, |m| m as usize + 1);
    let mut members: Vec<Vec<&str>> = vec![Vec::new(); count];
    for (doc, &story) in docs.list.iter().zip(story_of) {
        members[story as usize].push(doc.doc_id.as_str());
    }
    members
        .into_iter()
        .map(|mut ids| {
            ids.sort_unstable();
            let digest = Sha256::digest(ids.join("\n").as_bytes());
            let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
            format!("t{hex}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    fn docs(published: [Option<i32>; 4]) -> Docs {
        let df = df!(
            "doc_id" => ["a", "b", "c", "d"],
            "source" => ["A", "B", "C", "D"],
            "published" => published,
        )
        .unwrap();
        Docs::from_frame(&df)
    }

    fn ev(keys: &[&str], terms: &[&str]) -> Evidence {
        Evidence {
            keys: keys.iter().map(|k| (k.to_string(), 1)).collect(),
            terms: terms.iter().map(|t| (t.to_string(), 1)).collect(),
            figures: Vec::new(),
            dates: TextDates::default(),
        }
    }

    /// Four documents: a and b on one event, c and d on another; filler
    /// documents give the terms their document frequencies.
    fn corpus() -> Vec<Evidence> {
        let mut e = vec![
            ev(
                &["person:bukele", "org:cecot"],
                &["deportee", "prison", "deal"],
            ),
            ev(
                &["person:bukele", "org:cecot"],
                &["deportee", "prison", "payment"],
            ),
            ev(
                &["gpe:turkey", "org:afad"],
                &["earthquake", "magnitude", "rescue"],
            ),
            ev(
                &["gpe:turkey", "org:afad"],
                &["earthquake", "magnitude", "aftershock"],
            ),
        ];
        for i in 0..16 {
            e.push(ev(&[&format!("x:filler{i}")], &[&format!("filler{i}")]));
        }
        e
    }

    fn docs_n(n: usize) -> Docs {
        let ids: Vec<String> = (0..n).map(|i| format!("d{i:02}")).collect();
        let df = df!("doc_id" => ids.clone(), "source" => ids).unwrap();
        Docs::from_frame(&df)
    }

    #[test]
    fn documents_sharing_rare_entities_and_words_form_a_story() {
        let e = corpus();
        let s = cluster(&docs_n(e.len()), &e);
        assert_eq!(s[0], s[1]);
        assert_eq!(s[2], s[3]);
        assert_ne!(s[0], s[2]);
        assert!(s[4..].iter().all(|&x| x != s[0] && x != s[2]));
        assert_eq!(&s[..4], &[0, 0, 1, 1]);
    }

    #[test]
    fn average_link_does_not_chain() {
        // a path a–b–c–d–e of strong links: single link would make one
        // cluster; average link keeps the ends apart
        let mut edges = BTreeMap::new();
        for i in 0..4 {
            edges.insert((i, i + 1), 0.5);
        }
        let root = average_link(5, &edges, 0.3, &[]);
        assert_ne!(root[0], root[4]);
        // a dense core stays together
        let mut dense = BTreeMap::new();
        for a in 0..4 {
            for b in a + 1..4 {
                dense.insert((a, b), 0.5);
            }
        }
        let root = average_link(4, &dense, 0.3, &[]);
        assert!(root.iter().all(|&r| r == root[0]));
    }

    #[test]
    fn a_chain_of_single_links_does_not_merge() {
        // a path a–b–c–d of strong links: {a, b} and {c, d} average 0.225,
        // above the threshold, but only one of their four pairs is linked
        let mut edges = BTreeMap::new();
        for i in 0..3 {
            edges.insert((i, i + 1), 0.9);
        }
        let root = average_link(4, &edges, STORY_THRESHOLD, &[]);
        assert_eq!(root[0], root[1]);
        assert_eq!(root[2], root[3]);
        assert_ne!(root[0], root[3]);
    }

    /// Two earthquakes in one region years apart, two articles each: they
    /// share the region and the topic words, not their victims, places
    /// and figures (magnitude, year, toll).
    fn sister_quakes(with_figures: bool) -> Vec<Evidence> {
        let event = |keys: &[&str], terms: &[&str], figures: &[&str]| {
            let mut e = ev(keys, terms);
            if with_figures {
                e.figures = figures.iter().map(|f| (f.to_string(), 1)).collect();
            }
            e
        };
        let napa = event(
            &["gpe:california", "person:ann-lee", "org:napa-fire"],
            &["earthquake", "magnitude", "bridge", "collapsed", "winery"],
            &["6.0", "2014", "120"],
        );
        let eureka = event(
            &["gpe:california", "person:raul-ortiz", "org:eureka-police"],
            &["earthquake", "magnitude", "school", "gymnasium", "harbor"],
            &["6.5", "2010", "35"],
        );
        let mut e = vec![napa.clone(), napa, eureka.clone(), eureka];
        for i in 0..16 {
            e.push(ev(&[&format!("x:filler{i}")], &[&format!("filler{i}")]));
        }
        e
    }

    #[test]
    fn sister_events_with_their_own_figures_stay_apart() {
        let e = sister_quakes(true);
        let s = cluster(&docs_n(e.len()), &e);
        assert_eq!(s[0], s[1]);
        assert_eq!(s[2], s[3]);
        assert_ne!(s[0], s[2], "two earthquakes merged: {s:?}");
        // without figures nothing tells the two apart
        let e = sister_quakes(false);
        let s = cluster(&docs_n(e.len()), &e);
        assert_eq!(s[0], s[2]);
    }

    /// A claim whose one entity is a time zone taken for an entity.
    fn claim(doc: usize, text: &str) -> ClaimRow {
        let mut c = crate::copies::tests::claim(doc, text);
        c.entity_keys = vec!["misc:gmt".to_string()];
        c
    }

    #[test]
    fn documents_sharing_only_page_furniture_stay_apart() {
        let shared = [
            "Friday, June 11, 2012",
            "June 11, 2012 at 12:36 PM ET",
            "http://www.example.com/2012/06/11/news",
            "By Jane Smith, Associated Press",
        ];
        let own = [
            "A gunman opened fire at a shopping mall in Omaha.",
            "The central bank raised interest rates by a quarter point.",
        ];
        let mut claims = Vec::new();
        for (doc, text) in own.iter().enumerate() {
            claims.extend(shared.iter().map(|s| claim(doc, s)));
            claims.push(claim(doc, text));
        }
        for i in 0..16 {
            claims.push(claim(2 + i, &format!("filler{i} words")));
        }
        let e = evidence(&claims, vec![TextDates::default(); 18]);
        assert!(e[0].terms.iter().all(|(t, _)| t != "june"), "{:?}", e[0]);
        assert!(e[0].keys.is_empty() && !e[0].figures.iter().any(|(f, _)| f == "2012"));
        let s = cluster(&docs_n(18), &e);
        assert_ne!(s[0], s[1]);
    }

    #[test]
    fn story_names_follow_the_members_not_the_reading_order() {
        let d = docs([None, None, None, None]);
        // stories {a, b}, {c}, {d} numbered by first document …
        let names = super::names(&d, &[0, 0, 1, 2]);
        // … and the same stories read in another order (d, c, b, a)
        let df = df!(
            "doc_id" => ["d", "c", "b", "a"],
            "source" => ["D", "C", "B", "A"],
        )
        .unwrap();
        let reversed = super::names(&Docs::from_frame(&df), &[0, 1, 2, 2]);
        assert_eq!(names[0], reversed[2], "{names:?} {reversed:?}");
        assert_eq!(names[1], reversed[1]);
        assert_eq!(names[2], reversed[0]);
        assert_eq!(names.len(), 3);
        assert!(names.iter().all(|n| n.len() == 13 && n.starts_with('t')));
        assert_ne!(names[1], names[2]);
    }

    #[test]
    fn documents_far_apart_in_time_stay_apart() {
        let mut e = corpus();
        let mut published: Vec<Option<i32>> = vec![None; e.len()];
        published[0] = Some(100);
        published[1] = Some(130);
        // c and d have no metadata date; their texts' dates are two years apart
        e[2].dates.first_day = Some(1000);
        e[3].dates.first_day = Some(1000 + 730);
        let ids: Vec<String> = (0..e.len()).map(|i| format!("d{i:02}")).collect();
        let df = df!("doc_id" => ids.clone(), "source" => ids, "published" => published).unwrap();
        let s = cluster(&Docs::from_frame(&df), &e);
        assert_ne!(s[0], s[1]);
        assert_ne!(s[2], s[3]);
        e[3].dates.first_day = Some(1000 + 30);
        let s = cluster(&Docs::from_frame(&df), &e);
        assert_eq!(s[2], s[3]);
    }

    #[test]
    fn days_give_their_year_and_periods_name_theirs() {
        for date in [
            "1970-01-01",
            "2000-02-29",
            "2012-12-31",
            "2013-01-01",
            "1969-12-31",
        ] {
            let year: i32 = date[..4].parse().unwrap();
            assert_eq!(year_of_days(iso_days(date).unwrap()), year, "{date}");
        }
        assert_eq!(period_year("2013"), Some(2013));
        assert_eq!(period_year("2013-03-14"), Some(2013));
        assert_eq!(period_year("1990s"), None);
        assert_eq!(period_year("0042"), None);
    }

    #[test]
    fn clusters_dated_years_apart_stay_apart() {
        // two pairs of documents alike in everything, dated 2008 and 2013
        let mut edges = BTreeMap::new();
        for a in 0..4 {
            for b in a + 1..4 {
                edges.insert((a, b), 0.5);
            }
        }
        edges.insert((0, 1), 0.9);
        edges.insert((2, 3), 0.9);
        let undated = average_link(4, &edges, STORY_THRESHOLD, &[None; 4]);
        assert!(undated.iter().all(|&r| r == undated[0]));
        let years = [Some(2008), Some(2008), Some(2013), Some(2013)];
        let dated = average_link(4, &edges, STORY_THRESHOLD, &years);
        assert_eq!(dated[0], dated[1]);
        assert_eq!(dated[2], dated[3]);
        assert_ne!(dated[0], dated[2]);
        // one document's odd year does not date its cluster
        let odd = [Some(2008), Some(2017), Some(2008), None];
        let joined = average_link(4, &edges, STORY_THRESHOLD, &odd);
        assert!(joined.iter().all(|&r| r == joined[0]));
    }

    #[test]
    fn iso_dates_count_days_from_1970() {
        assert_eq!(iso_days("1970-01-01"), Some(0));
        assert_eq!(iso_days("2000-03-01"), Some(11_017));
        assert_eq!(iso_days("2013-05-03"), Some(15_828));
        assert_eq!(iso_days("2013-05"), None);
        assert_eq!(iso_days("2013-13-01"), None);
    }
}
