//! Deterministic sharding of documents by `doc_id`.

use std::fmt;
use std::str::FromStr;

/// Share `index` of `count` (`--shard i/N`): a document belongs to the shard
/// given by its content hash, so every scheduler that runs shards 0..N over
/// the same inputs covers each document exactly once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Zero-based shard number.
    pub index: u32,
    /// Number of shards (at least 1).
    pub count: u32,
}

impl Default for Shard {
    fn default() -> Self {
        Shard { index: 0, count: 1 }
    }
}

impl Shard {
    /// True when the document with this id belongs to the shard.
    pub fn contains(&self, doc_id: &str) -> bool {
        if self.count <= 1 {
            return true;
        }
        let prefix = doc_id.get(..16).unwrap_or(doc_id);
        let hash = u64::from_str_radix(prefix, 16).unwrap_or_else(|_| {
            // Not a hex id: fall back to a simple stable byte hash.
            doc_id.bytes().fold(0xcbf29ce484222325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x100000001b3)
            })
        });
        hash % self.count as u64 == self.index as u64
    }

    /// Folder name of the shard's partition (`shard=3`).
    pub fn partition(&self) -> String {
        format!("shard={}", self.index)
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("shard '{s}' must look like i/N, e.g. 0/4"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("shard index '{i}' is not a number"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("shard count '{n}' is not a number"))?;
        if count == 0 || index >= count {
            return Err(format!("shard {index}/{count}: need 0 <= i < N"));
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_partitions_every_id_once() {
        assert_eq!("1/4".parse::<Shard>(), Ok(Shard { index: 1, count: 4 }));
        assert!("4/4".parse::<Shard>().is_err());
        assert!("x/2".parse::<Shard>().is_err());
        assert!("3".parse::<Shard>().is_err());
        let ids: Vec<String> = (0..200u32)
            .map(|i| factsift_core::Document::content_id(&i.to_string()))
            .collect();
        let shards: Vec<Shard> = (0..3).map(|index| Shard { index, count: 3 }).collect();
        for id in &ids {
            assert_eq!(shards.iter().filter(|s| s.contains(id)).count(), 1);
        }
        assert!(shards.iter().all(|s| ids.iter().any(|id| s.contains(id))));
    }
}
