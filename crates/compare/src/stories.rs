//! Stories: clusters of documents about the same events, so that figures and
//! claims are only compared within one story.
//!
//! Two documents are linked when two independent lines of evidence say they
//! report the same events: they share at least [`MIN_SHARED_KEYS`]
//! distinctive entities (entities found in few documents of the comparison),
//! which are at least [`MIN_SHARED_KEY_SHARE`] of the distinctive entities of
//! the document with fewer; or at least two of their claims were aligned,
//! covering at least [`MIN_ALIGNED_SHARE`] of the shorter document's claims;
//! or one aligned claim pair plus two shared distinctive entities, again at
//! least that share. Documents with known
//! publication dates more than [`MAX_DAYS_APART`] days apart are never
//! linked. Stories are the connected components.

use std::collections::{BTreeSet, HashMap};

use super::docs::Docs;

/// Distinctive entities two documents must share to be linked on entities alone.
pub const MIN_SHARED_KEYS: usize = 3;
/// …which must also be this share of the distinctive entities of the
/// document that has fewer: a news NER model finds dozens of entities in a
/// long article, and three of them are shared by articles about two
/// different events of one kind (two earthquakes, two shootings).
pub const MIN_SHARED_KEY_SHARE: f64 = 0.3;

/// Share of the shorter document's claims that aligned claims must cover to
/// link two documents on claims alone.
pub const MIN_ALIGNED_SHARE: f64 = 0.2;

/// Documents published further apart than this are different stories.
pub const MAX_DAYS_APART: i64 = 7;

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

/// Most documents an entity may appear in and still count as distinctive.
fn distinctive_cap(docs: usize) -> usize {
    (docs / 10).clamp(8, 200)
}

/// The story index of each document (stories numbered by their first
/// document), given each document's entity keys, the document pair of each
/// aligned claim pair, and each document's number of claims.
pub fn cluster(
    docs: &Docs,
    keys: &[BTreeSet<String>],
    aligned: &[(usize, usize)],
    claims_per_doc: &[usize],
) -> Vec<u32> {
    let n = docs.list.len();
    let close_in_time = |a: usize, b: usize| match (docs.list[a].published, docs.list[b].published)
    {
        (Some(x), Some(y)) => (x - y).abs() <= MAX_DAYS_APART,
        _ => true,
    };
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (d, ks) in keys.iter().enumerate() {
        for k in ks {
            postings.entry(k.as_str()).or_default().push(d);
        }
    }
    let cap = distinctive_cap(n);
    let mut distinctive = vec![0usize; n];
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in postings.values() {
        if list.len() > cap {
            continue;
        }
        for &d in list {
            distinctive[d] += 1;
        }
        if list.len() < 2 {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let mut aligned_pairs: HashMap<(usize, usize), usize> = HashMap::new();
    for &(a, b) in aligned {
        if a != b {
            *aligned_pairs.entry((a.min(b), a.max(b))).or_default() += 1;
        }
    }
    let mut comps = Components::new(n);
    let linked: BTreeSet<(usize, usize)> =
        shared.keys().chain(aligned_pairs.keys()).copied().collect();
    for (a, b) in linked {
        let keys_shared = shared.get(&(a, b)).copied().unwrap_or(0);
        let pairs = aligned_pairs.get(&(a, b)).copied().unwrap_or(0);
        let smaller = claims_per_doc[a].min(claims_per_doc[b]).max(1);
        let fewer = distinctive[a].min(distinctive[b]).max(1);
        let keys_share = keys_shared as f64 >= MIN_SHARED_KEY_SHARE * fewer as f64;
        let evidence = (keys_shared >= MIN_SHARED_KEYS && keys_share)
            || (pairs >= 2 && pairs as f64 >= MIN_ALIGNED_SHARE * smaller as f64)
            || (pairs >= 1 && keys_shared >= 2 && keys_share);
        if evidence && close_in_time(a, b) {
            comps.union(a, b);
        }
    }
    let mut numbering: HashMap<usize, u32> = HashMap::new();
    (0..n)
        .map(|d| {
            let root = comps.find(d);
            let next = numbering.len() as u32;
            *numbering.entry(root).or_insert(next)
        })
        .collect()
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

    fn keys(sets: &[&[&str]]) -> Vec<BTreeSet<String>> {
        sets.iter()
            .map(|s| s.iter().map(|k| k.to_string()).collect())
            .collect()
    }

    #[test]
    fn documents_sharing_entities_form_a_story() {
        let d = docs([None, None, None, None]);
        let k = keys(&[
            &["gpe:el-salvador", "person:bukele", "org:cecot"],
            &["gpe:el-salvador", "person:bukele", "org:cecot", "gpe:us"],
            &["gpe:el-salvador", "gpe:turkey"],
            &["gpe:turkey", "org:afad", "gpe:syria"],
        ]);
        let s = cluster(&d, &k, &[], &[1; 4]);
        assert_eq!(s[0], s[1]);
        assert_ne!(s[0], s[2]);
        assert_ne!(s[2], s[3]);
        // one aligned claim pair with one shared entity is not enough …
        let s = cluster(&d, &k, &[(2, 3)], &[10; 4]);
        assert_ne!(s[2], s[3]);
        // … two covering a fifth of the shorter document are
        let s = cluster(&d, &k, &[(2, 3), (3, 2)], &[20, 20, 20, 20]);
        assert_ne!(s[2], s[3]);
        let s = cluster(&d, &k, &[(2, 3), (3, 2)], &[10, 10, 10, 8]);
        assert_eq!(s[2], s[3]);
        assert_eq!(s, vec![0, 0, 1, 1]);
    }

    #[test]
    fn three_shared_entities_among_many_are_not_enough() {
        let d = docs([None, None, None, None]);
        let set = |own: &[&str], shared: &[&str]| -> BTreeSet<String> {
            own.iter().chain(shared).map(|k| k.to_string()).collect()
        };
        let a_own: Vec<String> = (0..9).map(|i| format!("x:a{i}")).collect();
        let b_own: Vec<String> = (0..9).map(|i| format!("x:b{i}")).collect();
        let a_own: Vec<&str> = a_own.iter().map(String::as_str).collect();
        let b_own: Vec<&str> = b_own.iter().map(String::as_str).collect();
        let ab = ["x:s1", "x:s2", "x:s3"];
        let cd = ["x:t1", "x:t2", "x:t3"];
        // a and b share 3 of their 12 distinctive entities (two events of
        // one kind); c and d share 3 of 3 and 4
        let k = vec![
            set(&a_own, &ab),
            set(&b_own, &ab),
            set(&["x:c0"], &cd),
            set(&[], &cd),
        ];
        let s = cluster(&d, &k, &[], &[1; 4]);
        assert_ne!(s[0], s[1], "3 of 12 shared");
        assert_eq!(s[2], s[3], "3 of 3 shared");
        // one aligned claim pair does not make up for it
        let s = cluster(&d, &k, &[(0, 1)], &[10; 4]);
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
        let d = docs([Some(100), Some(130), None, None]);
        let k = keys(&[&["x:a", "x:b", "x:c"], &["x:a", "x:b", "x:c"], &[], &[]]);
        let s = cluster(&d, &k, &[], &[1; 4]);
        assert_ne!(s[0], s[1]);
    }
}
