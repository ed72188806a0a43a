//! One label schema for every model, and the knowledge-based refinements.
//!
//! A model's `id2label` (`B-PER`, `I-ORG`, `S-GPE`, `B-GIVEN_NAME`, `O`, …) is
//! parsed into a tagging prefix and a raw type; the raw type is mapped to a
//! [`Label`] of the dataset schema, or to nothing for types that are not named
//! entities (e-mail addresses, phone numbers, dates: the numbers stage owns
//! those). [`refine`] then uses the place and demonym table to turn a `LOC`
//! that names a country into `GPE` and a demonym into `NORP`.

use std::collections::BTreeMap;

use super::facilities;
use factsift_core::places::{self, PlaceKind};
pub use factsift_core::{Family, Label};

/// The position part of a tag in a BIO / BIOES / BILOU scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Outside any entity (`O`).
    Outside,
    /// First word of an entity (`B-`).
    Begin,
    /// A following word (`I-`).
    Inside,
    /// Last word of an entity (`E-`, `L-`).
    End,
    /// A one-word entity (`S-`, `U-`).
    Single,
}

/// One class of the model's output, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Where in an entity the tag sits.
    pub position: Position,
    /// The model's own type name (`PER`, `GIVEN_NAME`…); empty for `O`.
    pub raw_type: String,
    /// The schema label, `None` for `O` and for non-entity types.
    pub label: Option<Label>,
}

impl Tag {
    /// Parses a label string such as `B-PER`, `I_ORG`, `S-GPE`, `O` or a bare
    /// `PER` (taken as inside).
    pub fn parse(name: &str) -> Tag {
        let name = name.trim();
        if name.is_empty() || name.eq_ignore_ascii_case("O") {
            return Tag {
                position: Position::Outside,
                raw_type: String::new(),
                label: None,
            };
        }
        let bytes = name.as_bytes();
        let (position, raw) = if bytes.len() > 2 && (bytes[1] == b'-' || bytes[1] == b'_') {
            let position = match bytes[0].to_ascii_uppercase() {
                b'B' => Some(Position::Begin),
                b'I' | b'M' => Some(Position::Inside),
                b'E' | b'L' => Some(Position::End),
                b'S' | b'U' => Some(Position::Single),
                _ => None,
            };
            match position {
                Some(p) => (p, &name[2..]),
                None => (Position::Inside, name),
            }
        } else {
            (Position::Inside, name)
        };
        Tag {
            position,
            raw_type: raw.to_string(),
            label: Label::from_model_type(raw),
        }
    }

    /// True when the tag adds a word to an entity of the schema.
    pub fn is_entity(&self) -> bool {
        self.label.is_some()
    }
}

/// The parsed classes of one model, indexed by output id.
#[derive(Debug, Clone)]
pub struct LabelSet {
    tags: Vec<Tag>,
}

impl LabelSet {
    /// Builds the set from `config.json`'s `id2label`; ids must run from 0
    /// without gaps.
    pub fn from_id2label(id2label: &BTreeMap<usize, String>) -> anyhow::Result<LabelSet> {
        let n = id2label.len();
        let mut tags = Vec::with_capacity(n);
        for i in 0..n {
            let name = id2label
                .get(&i)
                .ok_or_else(|| anyhow::anyhow!("id2label has {n} entries but no id {i}"))?;
            tags.push(Tag::parse(name));
        }
        if !tags.iter().any(Tag::is_entity) {
            anyhow::bail!("id2label maps no class to an entity type of the schema");
        }
        Ok(LabelSet { tags })
    }

    /// Number of output classes.
    pub fn len(&self) -> usize {
        self.tags.len()
    }

    /// True when the set has no class.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }

    /// The tag of output class `id`.
    pub fn tag(&self, id: usize) -> Option<&Tag> {
        self.tags.get(id)
    }

    /// The schema labels this model can produce, sorted.
    pub fn schema_labels(&self) -> Vec<Label> {
        let mut labels: Vec<Label> = self.tags.iter().filter_map(|t| t.label).collect();
        labels.sort();
        labels.dedup();
        labels
    }
}

#[cfg(test)]
impl LabelSet {
    /// A label set from class names in id order (for tests).
    pub(crate) fn from_names(names: &[&str]) -> LabelSet {
        let m: BTreeMap<usize, String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (i, n.to_string()))
            .collect();
        LabelSet::from_id2label(&m).expect("label set")
    }
}

/// What knowledge adds to a mention's label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refined {
    /// The final label.
    pub label: Label,
    /// For a demonym, the canonical name of its country ("El Salvador").
    pub country: Option<&'static str>,
}

/// Refines a model label with the place table: a country, state or city
/// tagged `LOC` or `MISC` is a `GPE`; a demonym tagged `MISC`, `LOC`, `GPE`
/// or `NORP` is a `NORP` linked to its country. `ORG` and `PERSON` are kept
/// as the model said (sports teams are named after countries, people after
/// places).
pub fn refine(label: Label, text: &str) -> Refined {
    if matches!(label, Label::Org | Label::Loc | Label::Gpe) && facilities::is_facility(text) {
        return Refined {
            label: Label::Fac,
            country: None,
        };
    }
    // A place's own name wins over a demonym spelled the same
    // ("Philippines" is the country, not the plural of "Philippine").
    if matches!(label, Label::Misc | Label::Loc | Label::Gpe | Label::Norp) {
        if let Some(place) = places::place(text) {
            let label = match place.kind {
                PlaceKind::Union => Label::Org,
                _ => Label::Gpe,
            };
            return Refined {
                label,
                country: None,
            };
        }
        if let Some(country) = places::country_of_demonym(text) {
            return Refined {
                label: Label::Norp,
                country: Some(country),
            };
        }
    }
    Refined {
        label,
        country: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_schemes() {
        let t = Tag::parse("B-PER");
        assert_eq!(
            (t.position, t.label),
            (Position::Begin, Some(Label::Person))
        );
        let t = Tag::parse("E-ORG");
        assert_eq!((t.position, t.label), (Position::End, Some(Label::Org)));
        let t = Tag::parse("S-GPE");
        assert_eq!((t.position, t.label), (Position::Single, Some(Label::Gpe)));
        let t = Tag::parse("L-LOC");
        assert_eq!((t.position, t.label), (Position::End, Some(Label::Loc)));
        let t = Tag::parse("I-GIVEN_NAME");
        assert_eq!(
            (t.position, t.label),
            (Position::Inside, Some(Label::Person))
        );
        assert_eq!(Tag::parse("O").position, Position::Outside);
        assert_eq!(Tag::parse("B-EMAIL").label, None);
        assert_eq!(Tag::parse("MISC").label, Some(Label::Misc));
    }

    #[test]
    fn label_set_rejects_gaps_and_empty_schemas() {
        let mut m = BTreeMap::new();
        m.insert(0, "O".to_string());
        m.insert(2, "B-PER".to_string());
        assert!(LabelSet::from_id2label(&m).is_err());
        let mut m = BTreeMap::new();
        m.insert(0, "O".to_string());
        m.insert(1, "B-EMAIL".to_string());
        assert!(LabelSet::from_id2label(&m).is_err());
        m.insert(2, "B-CITY".to_string());
        let set = LabelSet::from_id2label(&m).expect("valid");
        assert_eq!(set.schema_labels(), vec![Label::Gpe]);
    }

    #[test]
    fn knowledge_refines_loc_and_misc() {
        assert_eq!(refine(Label::Loc, "El Salvador").label, Label::Gpe);
        assert_eq!(refine(Label::Misc, "U.S.").label, Label::Gpe);
        assert_eq!(refine(Label::Norp, "Philippines").label, Label::Gpe);
        assert_eq!(refine(Label::Gpe, "Filipinos").label, Label::Norp);
        assert_eq!(
            refine(Label::Org, "Terrorism Confinement Center").label,
            Label::Fac
        );
        let r = refine(Label::Misc, "Salvadoran");
        assert_eq!(r.label, Label::Norp);
        assert_eq!(r.country, Some("El Salvador"));
        assert_eq!(refine(Label::Loc, "Central America").label, Label::Loc);
        assert_eq!(refine(Label::Org, "Chile").label, Label::Org);
        assert_eq!(refine(Label::Person, "Georgia").label, Label::Person);
    }
}
