//! The stages of a full run, in order, as configured.

use std::path::PathBuf;

use factsift_claims::ClaimsStage;
use factsift_core::Stage;
use factsift_entities::EntitiesStage;
use factsift_numbers::NumbersStage;
use factsift_segment::SegmentStage;

/// What the model-backed stages should load.
#[derive(Debug, Clone, Default)]
pub struct StageConfig {
    /// The NER model folder; `None` runs without the entities stage.
    pub ner_model: Option<PathBuf>,
    /// Inference threads for model-backed stages (0 = the runtime's choice).
    pub threads: usize,
}

/// The stages `factsift run` applies to every document, in order:
/// segment, entities (when a model is configured), numbers, claims.
pub fn build_stages(config: &StageConfig) -> anyhow::Result<Vec<Box<dyn Stage>>> {
    let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(SegmentStage)];
    if let Some(model) = &config.ner_model {
        stages.push(Box::new(EntitiesStage::from_model_dir(
            model,
            config.threads,
        )?));
    }
    stages.push(Box::new(NumbersStage));
    stages.push(Box::new(ClaimsStage::new()));
    Ok(stages)
}
