//! A figure's two readings: the value and unit as the text writes them
//! (`value`, `unit`: 40 `yard`, 19 `cent`) and the same amount in the base
//! unit of its dimension (`base_value`, `base_unit`: 36.576 `metre`, 0.19
//! `USD`). The scan computes base values; [`finish`] writes both.

use super::money::Currency;
use super::units::UnitDef;
use factsift_core::quantity::{Quantity, Role};

/// The unit a figure is written in, when it is not its base unit, and how
/// a value in it converts to the base unit (`base = value × factor + offset`).
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The unit's name as written (`yard`, `cent`, `USD/gallon`).
    pub unit: String,
    /// Multiplier to the base unit.
    pub factor: f64,
    /// Offset of the scale (temperatures), not applied to a change.
    pub offset: f64,
}

impl Written {
    /// How unit `u` is written, or `None` when it is its own base unit.
    pub fn unit(u: &UnitDef) -> Option<Written> {
        (u.name != u.unit || u.factor != 1.0 || u.offset != 0.0).then(|| Written {
            unit: u.name.to_string(),
            factor: u.factor,
            offset: u.offset,
        })
    }

    /// How currency `c` is written (`cent`), or `None` for its main unit.
    pub fn currency(c: &Currency) -> Option<Written> {
        (c.factor != 1.0).then(|| Written {
            unit: c.name.to_string(),
            factor: c.factor,
            offset: 0.0,
        })
    }

    /// A base value back in the written unit.
    pub fn back(&self, base: f64) -> f64 {
        tidy((base - self.offset) / self.factor)
    }

    /// A written value in the base unit.
    pub fn to_base(&self, v: f64) -> f64 {
        v * self.factor + self.offset
    }
}

/// `v` rounded to 12 significant digits, which removes the noise of
/// converting to a base unit and back (55 yards stays 55).
pub(crate) fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// Turns `q`, whose value and unit the scan left in the base unit, into a
/// figure with both readings: `base_*` keep the base amount, and `value`,
/// `value_max` and `unit` take the unit `written`. A temperature change
/// ("rose 5 °C") is based without the scale's offset.
pub fn finish(q: &mut Quantity, written: Option<&Written>) {
    q.base_unit = q.unit.clone();
    q.base_value = q.value;
    q.base_value_max = q.value_max;
    let Some(w) = written else { return };
    q.value = q.value.map(|v| w.back(v));
    q.value_max = q.value_max.map(|v| w.back(v));
    q.unit = Some(w.unit.clone());
    if q.role == Role::Change && w.offset != 0.0 {
        q.base_value = q.value.map(|v| tidy(v * w.factor));
        q.base_value_max = q.value_max.map(|v| tidy(v * w.factor));
    }
}
