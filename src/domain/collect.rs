//! Helpers for parsing a whole form at once: collect every field's problem, parse optional
//! values and lists.

use super::Invalid;
use crate::error::{AppError, FieldError};

/// Collects field errors while parsing several fields.
#[derive(Default)]
pub struct Collector {
    errors: Vec<FieldError>,
}

impl Collector {
    /// Keeps the value, or records the error under `field`.
    pub fn take<T>(&mut self, field: &str, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(invalid) => {
                self.errors.push(FieldError::new(field, invalid));
                None
            }
        }
    }

    /// Records a problem with `field`.
    pub fn reject(&mut self, field: &str, invalid: Invalid) {
        self.errors.push(FieldError::new(field, invalid));
    }

    /// `Ok(value)` when nothing was recorded, else every problem as one validation error.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, AppError> {
        if self.errors.is_empty() {
            Ok(value())
        } else {
            Err(AppError::Validation(self.errors))
        }
    }
}

/// An optional value: missing or blank means "none".
pub fn optional<T>(
    value: &Option<String>,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Result<Option<T>, Invalid> {
    match value
        .as_deref()
        .map(str::trim)
        .filter(|value| !super::looks_empty(value))
    {
        Some(value) => parse(value).map(Some),
        None => Ok(None),
    }
}

/// A list: blanks skipped, duplicates dropped, at most `max` items.
pub fn list<T: PartialEq>(
    items: &[String],
    max: usize,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Result<Vec<T>, Invalid> {
    let mut parsed = Vec::new();
    for item in items
        .iter()
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
    {
        let value = parse(item)?;
        if !parsed.contains(&value) {
            parsed.push(value);
        }
    }
    if parsed.len() > max {
        return Err(Invalid::too_many(max));
    }
    Ok(parsed)
}
