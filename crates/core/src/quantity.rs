//! The [`Quantity`] record the numbers stage adds to a document, and its
//! small vocabularies (kind, qualifier, direction, flags).

use crate::document::Span;

/// What a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An amount of money (`unit` is an ISO 4217 code).
    Money,
    /// A percentage (`unit` is `percent`).
    Percent,
    /// A difference of percentages (`unit` is `pp`).
    PercentagePoints,
    /// A ratio to a population (`unit` such as `per_100k`).
    Rate,
    /// A number of counted things ("250 migrants").
    Count,
    /// A bare number with nothing counted.
    Cardinal,
    /// A rank or position ("fifth", "1st"); relative ranks ("last",
    /// "next") carry [`Flags::RELATIVE`] and an offset as value.
    Ordinal,
    /// A calendar date, month or year.
    Date,
    /// A length of time ("one year").
    Duration,
    /// A physical measure ("40 yards"; its base columns in SI units).
    Measure,
    /// A multiplicative change ("doubled").
    Factor,
    /// A person's or thing's age ("a 36-year-old", "six months old"; `unit`
    /// as written, base unit `year`).
    Age,
    /// A quake's magnitude ("a magnitude 4.6 earthquake"; no unit).
    Magnitude,
}

impl Kind {
    /// The name written to the `kind` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::PercentagePoints => "percentage_points",
            Kind::Rate => "rate",
            Kind::Count => "count",
            Kind::Cardinal => "cardinal",
            Kind::Ordinal => "ordinal",
            Kind::Date => "date",
            Kind::Duration => "duration",
            Kind::Measure => "measure",
            Kind::Factor => "factor",
            Kind::Age => "age",
            Kind::Magnitude => "magnitude",
        }
    }
}

/// How the text bounds the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// Stated as is.
    Exact,
    /// "about", "around", "some", "roughly", "an estimated".
    About,
    /// "nearly", "almost", "casi".
    Almost,
    /// "more than", "over", "above".
    MoreThan,
    /// "less than", "under", "below".
    LessThan,
    /// "at least", "no less than", "or more".
    AtLeast,
    /// "at most", "no more than", "or less".
    AtMost,
    /// "up to", "as many as".
    UpTo,
    /// "just", "only", "a mere".
    Just,
    /// "equal to", "equals", "igual a": stated as a bound of exactly the value.
    Equal,
    /// "between X and Y", "X to Y": `value` and `value_max` bound it.
    Between,
}

impl Qualifier {
    /// The name written to the `qualifier` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Almost => "almost",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::UpTo => "up_to",
            Qualifier::Just => "just",
            Qualifier::Equal => "equal",
            Qualifier::Between => "between",
        }
    }

    /// True for qualifiers that bound the value from below.
    pub fn is_lower_bound(&self) -> bool {
        matches!(self, Qualifier::MoreThan | Qualifier::AtLeast)
    }

    /// True for qualifiers that bound the value from above.
    pub fn is_upper_bound(&self) -> bool {
        matches!(
            self,
            Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo
        )
    }
}

/// Whether a figure states a level or a change of one ("fell 0.4% to
/// 13,176": the 0.4% is a change, the 13,176 a level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// The figure is an amount, a count, a rate… at some point.
    #[default]
    Level,
    /// The figure is a difference ("rose 5%", "up $12 billion").
    Change,
}

impl Role {
    /// The name written to the `role` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Level => "level",
            Role::Change => "change",
        }
    }
}

/// The direction of a change ("rose 5%", "fell by half").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// An increase.
    Up,
    /// A decrease.
    Down,
}

impl Direction {
    /// The name written to the `direction` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// Remarks about a quantity's value, as a small bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(u8);

impl Flags {
    /// The value overflowed, underflowed or was not a finite number.
    pub const UNREPRESENTABLE: Flags = Flags(1);
    /// The text gives an order of magnitude, not a figure ("million-dollar").
    pub const APPROXIMATE: Flags = Flags(2);
    /// The value was inherited from a list's metric ("El Salvador (1,659)").
    pub const INHERITED: Flags = Flags(4);
    /// The input was too long or too deeply nested to read fully.
    pub const TRUNCATED: Flags = Flags(8);
    /// A relative ordinal ("penultimate", "next"): `value` is an offset
    /// from the point `unit` names (`rank_from_end`, `rank_from_current`).
    pub const RELATIVE: Flags = Flags(16);
    /// The text names the measure without giving a figure ("a small
    /// percentage"): `value` is null.
    pub const NO_VALUE: Flags = Flags(32);
    /// The figure restates the one right before it in another currency or
    /// unit, in brackets ("85 million euros ($108 million)", "40 miles
    /// (64 km)"): a conversion, not a second figure.
    pub const CONVERSION: Flags = Flags(64);
    /// One side of a width × height pair, not a value on its own ("2880
    /// by 1800 pixels", "a 10 x 12 foot room"): both numbers of the pair
    /// carry it.
    pub const DIMENSIONS: Flags = Flags(128);

    /// No flag.
    pub fn empty() -> Flags {
        Flags(0)
    }

    /// True when every bit of `other` is set.
    pub fn contains(&self, other: Flags) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    /// Sets the bits of `other`.
    pub fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    /// True when no flag is set.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The flag names, comma-separated (empty when none).
    pub fn names(&self) -> String {
        let mut out = Vec::new();
        for (f, name) in [
            (Flags::UNREPRESENTABLE, "unrepresentable"),
            (Flags::APPROXIMATE, "approximate"),
            (Flags::INHERITED, "inherited"),
            (Flags::TRUNCATED, "truncated"),
            (Flags::RELATIVE, "relative"),
            (Flags::NO_VALUE, "no_value"),
            (Flags::CONVERSION, "conversion"),
            (Flags::DIMENSIONS, "dimensions"),
        ] {
            if self.contains(f) {
                out.push(name);
            }
        }
        out.join(",")
    }
}

/// One figure found in a document.
///
/// Spans are byte offsets into the text the extractor was given (the
/// document's text when it comes from the stage).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The whole expression, qualifier included ("more than 250").
    pub span: Span,
    /// The amount with its unit, without a leading qualifier ("US$6 million").
    pub amount: Span,
    /// The numeral alone ("6 million").
    pub number: Span,
    /// Index of the sentence in `Document::sentences`.
    pub sentence: usize,
    /// What the quantity is.
    pub kind: Kind,
    /// The value as the text says it (lower bound of a range), in `unit`:
    /// 40 for "40 yards", 19 for "19 cents", 6000000 for "$6m"; `None`
    /// when it could not be represented or the text gives none.
    pub value: Option<f64>,
    /// The upper bound of a range, in `unit`.
    pub value_max: Option<f64>,
    /// The unit as the text says it: `yard`, `cent`, `mile_per_hour`, an
    /// ISO 4217 code for money, `percent`, `per_100k`, `year`…; `None` for
    /// bare numbers.
    pub unit: Option<String>,
    /// `value` in the base unit of its dimension (`metre`, `kilogram`,
    /// `second`, `kelvin`, the currency), for comparison; a temperature
    /// change converts without the scale's offset.
    pub base_value: Option<f64>,
    /// `value_max` in the base unit.
    pub base_value_max: Option<f64>,
    /// The base unit (equal to `unit` when nothing converts).
    pub base_unit: Option<String>,
    /// Whether the figure is a level or a change.
    pub role: Role,
    /// How the text bounds the value.
    pub qualifier: Qualifier,
    /// What is counted or measured ("migrants", "homicide rate").
    pub measured: Option<String>,
    /// Whom or what the figure is about ("El Salvador").
    pub subject: Option<String>,
    /// The entity key of `subject`, shared with `entities.entity_key`; set
    /// by the numbers stage (see `subjects.rs`).
    pub subject_key: Option<String>,
    /// The period the figure refers to: ISO date, year-month or year.
    pub period: Option<String>,
    /// The direction of a change, when the figure is one.
    pub direction: Option<Direction>,
    /// Remarks about the value.
    pub flags: Flags,
}

impl Quantity {
    /// A bare quantity over `span` with everything else unset.
    pub fn new(span: Span, kind: Kind, value: Option<f64>) -> Self {
        Quantity {
            span,
            amount: span,
            number: span,
            sentence: 0,
            kind,
            value,
            value_max: None,
            unit: None,
            base_value: value,
            base_value_max: None,
            base_unit: None,
            role: Role::Level,
            qualifier: Qualifier::Exact,
            measured: None,
            subject: None,
            subject_key: None,
            period: None,
            direction: None,
            flags: Flags::empty(),
        }
    }
}
