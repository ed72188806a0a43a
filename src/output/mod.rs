//! Writing the dataset.
