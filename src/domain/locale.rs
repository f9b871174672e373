//! The interface languages this instance speaks.

use super::Invalid;

/// One of the interface languages (see [`crate::i18n::SUPPORTED_LOCALES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static str);

impl Locale {
    /// English, the source language and last fallback.
    pub const ENGLISH: Locale = Locale("en");

    /// Accepts a supported code (`fr`, `ar`, …), ignoring case and a region (`pt-BR` → `pt`).
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        let primary = trimmed
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        crate::i18n::SUPPORTED_LOCALES
            .iter()
            .find(|code| **code == primary)
            .map(|code| Self(code))
            .ok_or_else(|| Invalid::new("unknown_locale"))
    }

    /// The language code.
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supported_locales_parse_and_others_do_not() {
        assert_eq!(Locale::parse("AR").unwrap().as_str(), "ar");
        assert_eq!(Locale::parse("pt-BR").unwrap().as_str(), "pt");
        assert_eq!(Locale::parse("xx").unwrap_err().code, "unknown_locale");
        assert_eq!(Locale::parse("").unwrap_err().code, "required");
    }
}
