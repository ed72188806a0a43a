//! A small column builder shared by the table modules.

use polars::prelude::*;

/// Collects named columns of equal length and turns them into a `DataFrame`.
#[derive(Default)]
pub struct Columns {
    columns: Vec<Column>,
    height: usize,
}

impl Columns {
    /// Starts an empty set of columns for `height` rows.
    pub fn new(height: usize) -> Self {
        Columns {
            columns: Vec::new(),
            height,
        }
    }

    /// Adds a non-null text column.
    pub fn str<S: AsRef<str>>(mut self, name: &str, values: Vec<S>) -> Self {
        let values: Vec<&str> = values.iter().map(|s| s.as_ref()).collect();
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable text column.
    pub fn opt_str(mut self, name: &str, values: Vec<Option<String>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a 32-bit integer column.
    pub fn i32(mut self, name: &str, values: Vec<i32>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a 64-bit integer column (used for character offsets).
    pub fn i64(mut self, name: &str, values: Vec<i64>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable 64-bit float column.
    pub fn opt_f64(mut self, name: &str, values: Vec<Option<f64>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable 32-bit integer column.
    pub fn opt_i32(mut self, name: &str, values: Vec<Option<i32>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a boolean column.
    pub fn bool(mut self, name: &str, values: Vec<bool>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable date column from days since 1970-01-01.
    pub fn opt_date(mut self, name: &str, days: Vec<Option<i32>>) -> PolarsResult<Self> {
        let s = Series::new(name.into(), days).cast(&DataType::Date)?;
        self.columns.push(s.into_column());
        Ok(self)
    }

    /// Adds a column of string lists (e.g. `entity_keys`).
    pub fn str_list(mut self, name: &str, values: Vec<Vec<String>>) -> Self {
        let series: Vec<Series> = values
            .into_iter()
            .map(|v| Series::new("".into(), v))
            .collect();
        let mut list = Series::new(name.into(), series);
        if list.dtype() != &DataType::List(Box::new(DataType::String)) {
            list = list
                .cast(&DataType::List(Box::new(DataType::String)))
                .unwrap_or(list);
        }
        self.columns.push(list.into_column());
        self
    }

    /// Finishes the frame.
    pub fn finish(self) -> PolarsResult<DataFrame> {
        DataFrame::new(self.height, self.columns)
    }
}
