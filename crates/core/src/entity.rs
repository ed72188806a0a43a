//! The entities layer: named-entity mentions and the label schema.

use crate::document::Span;

/// One named-entity mention in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in `Document::text`; the text there is the mention.
    pub span: Span,
    /// Index into `Document::sentences` of the sentence holding the mention,
    /// `None` when the document has no sentences.
    pub sentence: Option<usize>,
    /// The schema label after knowledge refinement.
    pub label: Label,
    /// Mean probability of the mention's word tags (0..1).
    pub score: f32,
    /// The canonical key shared by every mention of the entity
    /// (`person:nayib-bukele`).
    pub key: String,
    /// The canonical name of the entity (`Nayib Bukele`).
    pub canonical: String,
    /// For a nationality (`NORP`) linked to a country, the country's key.
    pub linked_key: Option<String>,
}

/// The entity types of the dataset contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// People, including fictional ones.
    Person,
    /// Companies, agencies, institutions, parties, teams.
    Org,
    /// Countries, states, cities: places with a government.
    Gpe,
    /// Other places: regions, mountains, bodies of water.
    Loc,
    /// Nationalities, religious or political groups ("Salvadoran").
    Norp,
    /// Buildings, prisons, airports, roads, bridges.
    Fac,
    /// Named events (wars, storms, summits).
    Event,
    /// Named laws, treaties and conventions.
    Law,
    /// Products, vehicles, works.
    Product,
    /// Any other named entity.
    Misc,
}

impl Label {
    /// Every label, in schema order.
    pub const ALL: [Label; 10] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Fac,
        Label::Event,
        Label::Law,
        Label::Product,
        Label::Misc,
    ];

    /// The name written to the `label` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Event => "EVENT",
            Label::Law => "LAW",
            Label::Product => "PRODUCT",
            Label::Misc => "MISC",
        }
    }

    /// Maps a model's raw entity type (without `B-`/`I-`) to the schema;
    /// `None` for types that are not named entities.
    pub fn from_model_type(raw: &str) -> Option<Label> {
        let t = raw.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        let label = match t.as_str() {
            "PER" | "PERSON" | "PERS" | "PEOPLE" | "NAME" | "GIVEN_NAME" | "FIRST_NAME"
            | "FIRSTNAME" | "SURNAME" | "LAST_NAME" | "LASTNAME" | "MIDDLE_NAME" | "FULL_NAME"
            | "USERNAME" => Label::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" | "CORPORATION" | "COMPANY" | "GROUP"
            | "INSTITUTION" => Label::Org,
            "GPE" | "COUNTRY" | "CITY" | "STATE" | "PROVINCE" | "COUNTY" => Label::Gpe,
            "LOC" | "LOCATION" | "PLACE" | "GEO" | "REGION" => Label::Loc,
            "NORP" | "NATIONALITY" | "RELIGION" => Label::Norp,
            "FAC" | "FACILITY" | "BUILDING" | "STREET_NAME" | "STREET" => Label::Fac,
            "EVENT" | "EVE" => Label::Event,
            "LAW" => Label::Law,
            "PRODUCT" | "PROD" | "WORK_OF_ART" | "ART" => Label::Product,
            "MISC" | "MISCELLANEOUS" | "OTHER" | "LANGUAGE" => Label::Misc,
            _ => return None,
        };
        Some(label)
    }
}

/// The coarse class of a [`Label`]: CoNLL-2003's four types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// PERSON.
    Person,
    /// ORG.
    Org,
    /// GPE, LOC and FAC.
    Place,
    /// NORP, EVENT, LAW, PRODUCT and MISC.
    Other,
}

impl Family {
    /// CoNLL-2003's name for the family (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn conll_name(&self) -> &'static str {
        match self {
            Family::Person => "PER",
            Family::Org => "ORG",
            Family::Place => "LOC",
            Family::Other => "MISC",
        }
    }
}

impl Label {
    /// The label's coarse family. The decoder continues a mention across
    /// words of one family, so a name whose words a model types differently
    /// within it ("Hong" GPE, "Kong" LOC) stays one mention.
    pub fn family(&self) -> Family {
        match self {
            Label::Person => Family::Person,
            Label::Org => Family::Org,
            Label::Gpe | Label::Loc | Label::Fac => Family::Place,
            Label::Norp | Label::Event | Label::Law | Label::Product | Label::Misc => Family::Other,
        }
    }
}
