//! ISO 3166-1 alpha-2 country codes.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::Invalid;

/// Assigned ISO 3166-1 alpha-2 codes, generated from the ISO data shipped by `pycountry`.
static ASSIGNED_CODES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| assigned_codes().collect());

/// Every assigned ISO 3166-1 alpha-2 code (`AD`, `AE`, …), in code order.
pub fn assigned_codes() -> impl Iterator<Item = &'static str> {
    include_str!("../../assets/data/iso3166-1-alpha2.txt")
        .lines()
        .filter(|line| !line.is_empty())
}

/// An assigned country code, uppercase (`SN`, `FR`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    /// Accepts an assigned code in any case, or the country's name in any interface language
    /// ("Sénégal", "السنغال").
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let code = input.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(Invalid::required());
        }
        if ASSIGNED_CODES.contains(code.as_str()) {
            return Ok(Self(code));
        }
        crate::i18n::names::country_code(input)
            .filter(|code| ASSIGNED_CODES.contains(code))
            .map(|code| Self(code.to_owned()))
            .ok_or_else(|| Invalid::new("unknown_country"))
    }

    /// The uppercase code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assigned_codes_only() {
        assert_eq!(CountryCode::parse(" sn ").unwrap().as_str(), "SN");
        assert_eq!(
            CountryCode::parse("XX").unwrap_err().code,
            "unknown_country"
        );
        assert_eq!(
            CountryCode::parse("FRA").unwrap_err().code,
            "unknown_country"
        );
        assert_eq!(CountryCode::parse("Sénégal").unwrap().as_str(), "SN");
    }
}
