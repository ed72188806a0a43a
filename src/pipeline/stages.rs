//! The stages of a full run, in order.

use super::Stage;
use crate::claims::ClaimsStage;
use crate::numbers::NumbersStage;
use crate::segment::SegmentStage;

/// The stages `factsift run` applies to every document, in order.
pub fn default_stages() -> Vec<Box<dyn Stage>> {
    vec![
        Box::new(SegmentStage),
        Box::new(NumbersStage),
        Box::new(ClaimsStage::new()),
    ]
}
