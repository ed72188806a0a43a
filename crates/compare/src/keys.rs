//! Reconciles entity keys across documents of a comparison.
//!
//! Within one run, keys are a function of label and canonical name, so a
//! document that only says "Bukele" gets `person:bukele` while one that names
//! "Nayib Bukele" gets `person:nayib-bukele`. Comparing sources needs one key
//! per entity: a one-word key is mapped to the only longer key of a compatible
//! label whose name ends with that word.

use std::collections::{BTreeSet, HashMap};

/// Maps keys to the key they stand for across the compared documents.
#[derive(Debug, Clone, Default)]
pub struct KeyMap {
    map: HashMap<String, String>,
}

fn split(key: &str) -> (&str, &str) {
    key.split_once(':').unwrap_or(("misc", key))
}

/// Labels that may name the same entity (`misc` keys come from figures'
/// subjects, which carry no type).
fn compatible(a: &str, b: &str) -> bool {
    a == b || a == "misc" || b == "misc"
}

impl KeyMap {
    /// Builds the map from every key seen in the comparison.
    pub fn build<'a>(keys: impl IntoIterator<Item = &'a str>) -> KeyMap {
        let all: BTreeSet<&str> = keys.into_iter().collect();
        // last word of multi-word names → the keys that end with it
        let mut by_last: HashMap<&str, Vec<&str>> = HashMap::new();
        for &key in &all {
            let (_, slug) = split(key);
            if let Some((_, last)) = slug.rsplit_once('-') {
                by_last.entry(last).or_default().push(key);
            }
        }
        let mut map = HashMap::new();
        for &key in &all {
            let (label, slug) = split(key);
            if slug.contains('-') {
                continue;
            }
            let targets: BTreeSet<&str> = by_last
                .get(slug)
                .into_iter()
                .flatten()
                .copied()
                .filter(|t| compatible(label, split(t).0))
                .collect();
            // one target (or several that differ only in label: prefer a typed one)
            let slugs: BTreeSet<&str> = targets.iter().map(|t| split(t).1).collect();
            if slugs.len() == 1 {
                let best = targets
                    .iter()
                    .find(|t| split(t).0 != "misc")
                    .or_else(|| targets.iter().next());
                if let Some(best) = best {
                    map.insert(key.to_string(), best.to_string());
                }
            }
        }
        // a `misc:` key whose slug has a typed twin takes the typed key
        let typed: HashMap<&str, &str> = all
            .iter()
            .filter(|k| split(k).0 != "misc")
            .map(|k| (split(k).1, *k))
            .collect();
        for &key in &all {
            let (label, slug) = split(key);
            if label == "misc" && !map.contains_key(key) {
                if let Some(t) = typed.get(slug) {
                    map.insert(key.to_string(), t.to_string());
                }
            }
        }
        KeyMap { map }
    }

    /// The key `key` stands for in this comparison.
    pub fn resolve<'a>(&'a self, key: &'a str) -> &'a str {
        match self.map.get(key) {
            Some(k) => self.map.get(k.as_str()).map_or(k.as_str(), String::as_str),
            None => key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_join_the_full_name() {
        let m = KeyMap::build([
            "person:nayib-bukele",
            "person:bukele",
            "misc:bukele",
            "gpe:el-salvador",
            "misc:el-salvador",
        ]);
        assert_eq!(m.resolve("person:bukele"), "person:nayib-bukele");
        assert_eq!(m.resolve("misc:bukele"), "person:nayib-bukele");
        assert_eq!(m.resolve("misc:el-salvador"), "gpe:el-salvador");
        assert_eq!(m.resolve("gpe:el-salvador"), "gpe:el-salvador");
    }

    #[test]
    fn ambiguous_surnames_stay_apart() {
        let m = KeyMap::build(["person:john-smith", "person:anna-smith", "person:smith"]);
        assert_eq!(m.resolve("person:smith"), "person:smith");
        let m = KeyMap::build(["org:smith", "person:john-smith"]);
        assert_eq!(m.resolve("org:smith"), "org:smith");
    }
}
