//! The check-worthiness model: logistic regression over the features of
//! [`super::features`], with weights fitted by [`super::training`] and
//! shipped in `models/claims/checkworthiness.json` (compiled into the
//! binary, so a run never depends on the working directory).

use serde::{Deserialize, Serialize};

use super::features::{N, NAMES};

/// The model file as shipped.
const SHIPPED: &str = include_str!("../../../models/claims/checkworthiness.json");

/// A fitted logistic model and what it was fitted on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckModel {
    /// Model name, recorded in the manifest.
    pub name: String,
    /// Feature names, in the order of `weights`; must equal
    /// [`super::features::NAMES`].
    pub features: Vec<String>,
    /// One weight per feature (the first is the bias).
    pub weights: Vec<f32>,
    /// Score at or above which a claim counts as check-worthy (chosen on the
    /// training part for the best F1).
    pub threshold: f32,
    /// The data and split the weights were fitted on.
    pub trained_on: String,
    /// The L2 penalty used in fitting.
    pub l2: f64,
}

impl CheckModel {
    /// The model shipped with the crate.
    pub fn shipped() -> anyhow::Result<CheckModel> {
        Self::from_json(SHIPPED)
    }

    /// Parses a model file and checks that it matches the feature set.
    pub fn from_json(json: &str) -> anyhow::Result<CheckModel> {
        let model: CheckModel = serde_json::from_str(json)?;
        let expected: Vec<&str> = NAMES.to_vec();
        anyhow::ensure!(
            model
                .features
                .iter()
                .map(String::as_str)
                .eq(expected.iter().copied()),
            "check-worthiness model features {:?} do not match the code's {:?}",
            model.features,
            expected
        );
        anyhow::ensure!(model.weights.len() == N, "expected {N} weights");
        anyhow::ensure!(
            model.weights.iter().all(|w| w.is_finite()) && model.threshold.is_finite(),
            "model weights must be finite"
        );
        Ok(model)
    }

    /// A short content hash of the shipped file, for the manifest.
    pub fn shipped_hash() -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(SHIPPED.as_bytes());
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The check-worthiness (0..1) of a feature vector.
    pub fn score(&self, x: &[f32; N]) -> f32 {
        let z: f32 = self.weights.iter().zip(x).map(|(w, v)| w * v).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The features that raised the score most, strongest first, as
    /// `checkworthy:+name` cues (at most `k`; the bias is left out).
    pub fn reasons(&self, x: &[f32; N], k: usize) -> Vec<String> {
        let mut parts: Vec<(f32, usize)> = (1..N)
            .map(|i| (self.weights[i] * x[i], i))
            .filter(|(c, _)| *c > 0.05)
            .collect();
        parts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        parts
            .into_iter()
            .take(k)
            .map(|(_, i)| format!("checkworthy:+{}", NAMES[i]))
            .collect()
    }
}
