//! What links two figures as one fact: aligned claims, directly linked
//! documents, and the articles that corroborate each other.

use super::*;

/// Unordered pairs of ids, each stored lesser first.
pub(super) struct Pairs<'a>(HashSet<(&'a str, &'a str)>);

impl<'a> Pairs<'a> {
    pub(super) fn new(pairs: &'a [(String, String)]) -> Pairs<'a> {
        Pairs(
            pairs
                .iter()
                .map(|(a, b)| (a.as_str().min(b.as_str()), a.as_str().max(b.as_str())))
                .collect(),
        )
    }

    pub(super) fn contains(&self, a: &str, b: &str) -> bool {
        self.0.contains(&(a.min(b), a.max(b)))
    }
}

/// What may make two different figures one disputed fact: `figures`,
/// pairs of figures (by `quantity_id`) that aligned claims of two sources
/// state as one fact (see `pairing::figure_links`); `documents`, pairs of
/// documents (by `doc_id`) that aligned claims link directly, where two
/// figures under one specific key are one fact (see [`Links::same_key`]).
pub struct Evidence<'a> {
    /// Pairs of figures by `quantity_id`.
    pub figures: &'a [(String, String)],
    /// Pairs of documents by `doc_id`.
    pub documents: &'a [(String, String)],
}

/// [`Evidence`] indexed for look-ups, with the documents that corroborate
/// each other (see [`Corroboration`]).
pub(super) struct Links<'a> {
    pub(super) figures: Pairs<'a>,
    pub(super) documents: Pairs<'a>,
    pub(super) corroboration: Corroboration,
}

impl<'a> Links<'a> {
    pub(super) fn new(evidence: &Evidence<'a>, corroboration: Corroboration) -> Links<'a> {
        Links {
            figures: Pairs::new(evidence.figures),
            documents: Pairs::new(evidence.documents),
            corroboration,
        }
    }

    /// True when a figure of `a` and one of `b` are linked.
    pub(super) fn join(&self, a: &Reading, b: &Reading) -> bool {
        a.quantity_ids
            .iter()
            .any(|x| b.quantity_ids.iter().any(|y| self.figures.contains(x, y)))
    }

    /// True when `a` and `b` (of two sources, in one group `members`) state
    /// one fact by their key alone, though no aligned claims pair them: the
    /// same key naming what is counted, with the same role and compatible
    /// subjects, in directly linked documents, both [`specific`], values within
    /// [`align::MAX_RATIO`], neither source giving another figure under
    /// that key (else which of its figures is meant is ambiguous), and
    /// neither figure one of a list in its sentence ([`LIST_SIZE`]).
    pub(super) fn same_key(&self, a: &Reading, b: &Reading, members: &[Reading]) -> bool {
        let sole = |r: &Reading| {
            members
                .iter()
                .filter(|m| m.source == r.source && m.key == r.key)
                .count()
                == 1
        };
        let subjects_fit = match (&a.subject_key, &b.subject_key) {
            (Some(x), Some(y)) => one_subject(x, y),
            _ => true,
        };
        a.key == b.key
            && periods_fit(&a.period, &b.period)
            && !a.key.what.is_empty()
            && !facts::is_unnamed_age(&a.key.what)
            && a.role == b.role
            && subjects_fit
            && self.documents.contains(&a.doc_id, &b.doc_id)
            && specific(a)
            && specific(b)
            && align::within_ratio(a.value, b.value)
            && sole(a)
            && sole(b)
            && !a.listed()
            && !b.listed()
    }
}

/// What makes two articles of one story tell one event: each article's
/// peers (by `doc_id`), the articles that give the same telling figure as
/// it in one group (an age, or a figure that names what it counts or
/// [`Reading::seldom_repeats`]); how many telling figures each gives; and
/// the stories large enough to hide a sister event
/// ([`SISTER_STORY_ARTICLES`]). Two articles that agree on a fact of their
/// story, or that each agree with a third, tell of one event, so a figure
/// on which they differ is one they dispute. Articles of two sister events
/// (two launches of one laptop, two quakes of one region) share their
/// words but seldom a figure, and what they give differently are two
/// events' facts.
pub(super) struct Corroboration {
    pub(super) peers: HashMap<String, BTreeSet<String>>,
    pub(super) telling: HashMap<String, usize>,
    pub(super) large_stories: HashSet<u32>,
}

impl Corroboration {
    /// The corroboration among `readings`, `nodes` being each reading's
    /// group before it is split by value.
    pub(super) fn new(
        readings: &[Reading],
        nodes: &[usize],
        large_stories: HashSet<u32>,
    ) -> Corroboration {
        let telling = |r: &Reading| {
            !r.lone_unit() && (r.names_its_fact() || r.seldom_repeats() || r.key.kind == "age")
        };
        let mut docs_of: HashMap<(usize, u64), BTreeSet<&str>> = HashMap::new();
        let mut told: HashMap<String, usize> = HashMap::new();
        for (r, &node) in readings.iter().zip(nodes).filter(|(r, _)| telling(r)) {
            docs_of
                .entry((node, r.value.to_bits()))
                .or_default()
                .insert(&r.doc_id);
            *told.entry(r.doc_id.clone()).or_default() += 1;
        }
        let mut peers: HashMap<String, BTreeSet<String>> = HashMap::new();
        for docs in docs_of.values().filter(|d| d.len() > 1) {
            for x in docs {
                let mine = peers.entry(x.to_string()).or_default();
                mine.extend(docs.iter().filter(|y| *y != x).map(|y| y.to_string()));
            }
        }
        Corroboration {
            peers,
            telling: told,
            large_stories,
        }
    }

    /// True when the documents of `a` and `b` agree on another figure of
    /// their story, or each agrees with a third document on one, so that
    /// they tell of one event. An article that gives fewer than
    /// [`TELLING_FIGURES`] such figures says too little for its silence to
    /// count against it, and a story too small to hide a sister event is
    /// taken for one event's.
    pub(super) fn allows(&self, a: &Reading, b: &Reading) -> bool {
        if !self.large_stories.contains(&a.key.story) {
            return true;
        }
        let (x, y) = (a.doc_id.as_str(), b.doc_id.as_str());
        let says_little = |doc: &str| self.telling.get(doc).is_none_or(|&n| n < TELLING_FIGURES);
        if says_little(x) || says_little(y) {
            return true;
        }
        let (Some(px), Some(py)) = (self.peers.get(x), self.peers.get(y)) else {
            return false;
        };
        px.contains(y) || px.iter().any(|z| py.contains(z))
    }
}

/// The stories with at least [`SISTER_STORY_ARTICLES`] articles giving
/// figures.
pub(super) fn stories_hiding_sisters(readings: &[Reading]) -> HashSet<u32> {
    let mut docs: HashMap<u32, HashSet<&str>> = HashMap::new();
    for r in readings {
        docs.entry(r.key.story).or_default().insert(&r.doc_id);
    }
    docs.into_iter()
        .filter(|(_, d)| d.len() >= SISTER_STORY_ARTICLES)
        .map(|(story, _)| story)
        .collect()
}

/// Fewest articles a story must hold for sister events to hide in it, so
/// that its articles must corroborate each other to dispute a figure
/// ([`Corroboration::allows`]): the handful of outlets of a small story tell
/// one event, and two that disagree on every figure they give dispute them.
pub(super) const SISTER_STORY_ARTICLES: usize = 6;

/// Fewest telling figures (see [`Corroboration`]) an article must
/// give for its agreeing with no other article to bar its disputes.
pub(super) const TELLING_FIGURES: usize = 2;

/// True when two subject keys name one subject: the same key, or two
/// people of one surname ("person:fred-larue" and "person:frederick-larue",
/// "person:vincent-the-chin-gigante" and "person:vincent-gigante"), as
/// outlets name one person in full, with a nickname or without it.
pub(super) fn one_subject(x: &str, y: &str) -> bool {
    let surname = |k: &str| {
        k.strip_prefix("person:")
            .and_then(|name| name.rsplit('-').next())
            .filter(|s| s.len() > 2)
            .map(str::to_string)
    };
    x == y || surname(x).is_some_and(|s| surname(y) == Some(s))
}
