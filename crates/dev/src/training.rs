//! Fitting the check-worthiness model, and the ranking measures it is
//! judged by (average precision, F1).
//!
//! The model is an L2-regularized logistic regression fitted by Newton's
//! method (iteratively reweighted least squares), so the result is exact
//! and reproducible. Classes are weighted to balance (check-worthy
//! sentences are about 3% of the data), which makes the score a 0..1 value
//! centred on the decision rather than a tiny base-rate probability.

use factsift_claims::checkworthiness::CheckModel;
use factsift_claims::features::{N, NAMES};

/// The L2 penalty used for the shipped model (fixed before validation).
pub const L2: f64 = 1.0;

/// Fits weights to feature vectors `xs` with labels `ys`.
pub fn fit_logistic(xs: &[[f32; N]], ys: &[bool], l2: f64) -> Vec<f64> {
    let n = xs.len().max(1) as f64;
    let pos = ys.iter().filter(|&&y| y).count().max(1) as f64;
    let neg = (ys.len() as f64 - pos).max(1.0);
    let (c_pos, c_neg) = (n / (2.0 * pos), n / (2.0 * neg));
    let mut w = vec![0.0f64; N];
    for _ in 0..100 {
        let mut grad = vec![0.0f64; N];
        let mut hess = vec![vec![0.0f64; N]; N];
        for (x, &y) in xs.iter().zip(ys) {
            let z: f64 = w.iter().zip(x).map(|(a, &b)| a * b as f64).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let c = if y { c_pos } else { c_neg };
            let r = c * ((y as u8 as f64) - p);
            let h = c * p * (1.0 - p);
            for i in 0..N {
                let xi = x[i] as f64;
                if xi == 0.0 {
                    continue;
                }
                grad[i] += r * xi;
                for j in 0..N {
                    hess[i][j] += h * xi * x[j] as f64;
                }
            }
        }
        // the bias (feature 0) is not penalized
        for i in 1..N {
            grad[i] -= l2 * w[i];
            hess[i][i] += l2;
        }
        hess[0][0] += 1e-9;
        let Some(step) = solve(hess, grad) else { break };
        let mut largest = 0.0f64;
        for (wi, si) in w.iter_mut().zip(&step) {
            *wi += si;
            largest = largest.max(si.abs());
        }
        if largest < 1e-10 {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; `None`
/// when `a` is singular.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..n {
            let f = a[row][col] / a[col][col];
            if f == 0.0 {
                continue;
            }
            let (upper, lower) = a.split_at_mut(row);
            for (cell, &pivot_cell) in lower[0][col..].iter_mut().zip(&upper[col][col..]) {
                *cell -= f * pivot_cell;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0f64; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// Average precision of the ranking of `scores` (highest first, ties in
/// input order) against `labels`; 0 when there is no positive.
pub fn average_precision(scores: &[f32], labels: &[bool]) -> f64 {
    let mut order: Vec<usize> = (0..scores.len().min(labels.len())).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let (mut hits, mut sum) = (0usize, 0.0f64);
    for (rank, &i) in order.iter().enumerate() {
        if labels[i] {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    if hits == 0 {
        0.0
    } else {
        sum / hits as f64
    }
}

/// Precision, recall and F1 of the positive class when scores at or above
/// `threshold` are predicted positive.
pub fn precision_recall_f1(scores: &[f32], labels: &[bool], threshold: f32) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (&s, &y) in scores.iter().zip(labels) {
        match (s >= threshold, y) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            _ => {}
        }
    }
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fneg == 0 {
        0.0
    } else {
        tp as f64 / (tp + fneg) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// The threshold among the scores that gives the best F1 on these data.
pub fn best_threshold(scores: &[f32], labels: &[bool]) -> f32 {
    let mut candidates: Vec<f32> = scores.to_vec();
    candidates.sort_by(f32::total_cmp);
    candidates.dedup();
    let mut best = (0.5f32, -1.0f64);
    for t in candidates {
        let f = precision_recall_f1(scores, labels, t).2;
        if f > best.1 {
            best = (t, f);
        }
    }
    best.0
}

/// Fits the model on the training part of the CLEF set read from `path`,
/// chooses its threshold on the same part, and returns it.
pub fn train_on_clef(path: &std::path::Path) -> anyhow::Result<CheckModel> {
    let transcripts = crate::clef::load(path)?;
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    let mut ids = Vec::new();
    for (pos, t) in transcripts.iter().enumerate() {
        if crate::clef::is_validation(pos) {
            continue;
        }
        ids.push(t.id.clone());
        for (i, &y) in t.labels.iter().enumerate() {
            if let Some(x) = factsift_claims::stage::sentence_features(&t.doc, i) {
                xs.push(x);
                ys.push(y);
            }
        }
    }
    anyhow::ensure!(
        !xs.is_empty(),
        "no training sentences in {}",
        path.display()
    );
    let w = fit_logistic(&xs, &ys, L2);
    let mut model = CheckModel {
        name: "factsift-checkworthiness-logreg-v1".to_string(),
        features: NAMES.iter().map(|s| s.to_string()).collect(),
        weights: w.iter().map(|&v| v as f32).collect(),
        threshold: 0.5,
        trained_on: format!(
            "{} train split, transcripts sorted by id except every fourth (positions 3, 7, 11, 15): {} sentences, {} check-worthy; from {}",
            crate::clef::SET,
            xs.len(),
            ys.iter().filter(|&&y| y).count(),
            ids.join(", ")
        ),
        l2: L2,
    };
    let scores: Vec<f32> = xs.iter().map(|x| model.score(x)).collect();
    model.threshold = best_threshold(&scores, &ys);
    Ok(model)
}

#[cfg(test)]
mod tests {
    #[test]
    fn logistic_fit_learns_a_separating_feature() {
        use super::fit_logistic;
        use factsift_claims::features::N;
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for i in 0..200 {
            let mut x = [0.0f32; N];
            x[0] = 1.0;
            let positive = i % 10 == 0;
            x[1] = if positive { 1.0 } else { 0.0 };
            x[2] = (i % 3) as f32; // noise
            xs.push(x);
            ys.push(positive);
        }
        let w = fit_logistic(&xs, &ys, 1.0);
        assert!(w[1] > 2.0, "{w:?}");
        assert!(w[2].abs() < 0.5, "{w:?}");
    }

    #[test]
    fn ranking_measures() {
        use super::{average_precision, best_threshold, precision_recall_f1};
        // positives ranked 1st and 3rd: AP = (1/1 + 2/3) / 2
        let ap = average_precision(&[0.9, 0.8, 0.7, 0.1], &[true, false, true, false]);
        assert!((ap - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
        assert_eq!(average_precision(&[0.5, 0.4], &[false, false]), 0.0);
        let (p, r, f) = precision_recall_f1(&[0.9, 0.8, 0.2], &[true, false, true], 0.5);
        assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9 && (f - 0.5).abs() < 1e-9);
        assert_eq!(best_threshold(&[0.9, 0.8, 0.2], &[true, false, false]), 0.9);
    }
}
