//! Word-overlap similarity of claims: TF-IDF vectors over content words.
//!
//! Used to find candidate pairs (claims sharing rare words) and, when no
//! sentence embedder is available, as the text similarity itself.

use std::collections::HashMap;

use factsift_core::text::is_stopword;
use factsift_core::text::words;

use super::measured::singular;

/// The content terms of a text: lower-cased, singular, no function words
/// ([`is_stopword`]) and no figures (figures are compared separately).
pub fn terms(text: &str) -> Vec<String> {
    words(text)
        .iter()
        .filter(|w| !w.has_digit())
        .map(|w| w.lower())
        .filter(|w| w.chars().count() > 1 && !is_stopword(w))
        .map(|w| singular(&w))
        .collect()
}

/// The [`terms`] of a text's words that are not names (not
/// [`capitalized`](factsift_core::text::Word::is_capitalized)): what the
/// text says happened, not whom it is about.
pub fn statement_terms(text: &str) -> Vec<String> {
    words(text)
        .iter()
        .filter(|w| !w.is_capitalized())
        .flat_map(|w| terms(w.text))
        .collect()
}

/// Term ids and document frequencies over a set of texts.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    /// Number of texts each term occurs in.
    pub df: Vec<u32>,
    texts: u32,
}

/// A unit-length sparse TF-IDF vector, sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

impl Vocabulary {
    /// Builds the vocabulary and returns each text's distinct term ids.
    pub fn build(texts: &[Vec<String>]) -> (Vocabulary, Vec<Vec<u32>>) {
        let mut vocab = Vocabulary {
            texts: texts.len() as u32,
            ..Default::default()
        };
        let mut per_text = Vec::with_capacity(texts.len());
        for terms in texts {
            let mut ids: Vec<u32> = terms
                .iter()
                .map(|t| {
                    let next = vocab.ids.len() as u32;
                    *vocab.ids.entry(t.clone()).or_insert(next)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            vocab.df.resize(vocab.ids.len(), 0);
            for &id in &ids {
                vocab.df[id as usize] += 1;
            }
            per_text.push(ids);
        }
        (vocab, per_text)
    }

    /// Inverse document frequency of a term (smoothed).
    pub fn idf(&self, id: u32) -> f32 {
        let df = self.df.get(id as usize).copied().unwrap_or(0) as f32;
        ((1.0 + self.texts as f32) / (1.0 + df)).ln() + 1.0
    }

    /// The TF-IDF vector of a text's terms (binary term frequency).
    pub fn vector(&self, ids: &[u32]) -> SparseVec {
        let mut v: SparseVec = ids.iter().map(|&id| (id, self.idf(id))).collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        v
    }
}

/// Cosine of two unit-length sparse vectors sorted by term id.
pub fn cosine(a: &SparseVec, b: &SparseVec) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += f64::from(a[i].1 * b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_figures_and_function_words() {
        assert_eq!(
            terms("The US deported 261 people to El Salvador."),
            vec!["us", "deported", "person", "salvador"]
        );
    }

    #[test]
    fn statement_terms_leave_out_names() {
        assert_eq!(
            statement_terms("Police arrested Vincent Jackson in San Diego."),
            vec!["arrested"]
        );
        // a script without case has no capitals to tell names by: all stay
        assert_eq!(statement_terms("警方 逮捕"), vec!["警方", "逮捕"]);
    }

    #[test]
    fn similar_texts_score_higher_than_unrelated_ones() {
        let texts: Vec<Vec<String>> = [
            "El Salvador received deportees from the United States",
            "The United States sent deportees to El Salvador",
            "Bukele's approval rating rose in a poll",
        ]
        .iter()
        .map(|t| terms(t))
        .collect();
        let (vocab, ids) = Vocabulary::build(&texts);
        let v: Vec<SparseVec> = ids.iter().map(|i| vocab.vector(i)).collect();
        assert!(cosine(&v[0], &v[1]) > 0.5);
        assert!(cosine(&v[0], &v[2]) < 0.1);
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-5);
    }
}
