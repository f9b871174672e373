//! IANA time zones.

use super::Invalid;

/// A time zone from the IANA database (`Europe/Paris`, `Africa/Dakar`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    /// Accepts an IANA name, ignoring case.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|zone| zone.name().eq_ignore_ascii_case(trimmed))
            .map(|zone| Self(*zone))
            .ok_or_else(|| Invalid::new("unknown_timezone"))
    }

    /// The canonical IANA name.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The zone, for date arithmetic.
    pub fn tz(&self) -> chrono_tz::Tz {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iana_names_only() {
        assert_eq!(
            TimeZone::parse("europe/paris").unwrap().name(),
            "Europe/Paris"
        );
        assert_eq!(
            TimeZone::parse("Mars/Olympus").unwrap_err().code,
            "unknown_timezone"
        );
    }
}
