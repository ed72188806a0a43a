//! Evaluation sections for the numbers stage.

use super::Section;

/// The numbers sections.
pub const SECTIONS: &[Section] = &[];
