//! Evaluation sections for the sbd stage.

use super::Section;

/// The sbd sections.
pub const SECTIONS: &[Section] = &[];
