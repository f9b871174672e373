//! BCP 47 language tags for the languages people speak (not only the interface ones).

use super::Invalid;

/// A well-formed language tag in canonical case (`fr`, `wo`, `pt-BR`, `zh-Hant`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parses and canonicalizes a tag.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        if trimmed.len() > 35 {
            return Err(Invalid::new("invalid_language"));
        }
        let identifier: unic_langid::LanguageIdentifier = trimmed
            .parse()
            .map_err(|_| Invalid::new("invalid_language"))?;
        if identifier.language.is_empty() {
            return Err(Invalid::new("invalid_language"));
        }
        Ok(Self(identifier.to_string()))
    }

    /// The canonical tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_canonicalized_and_nonsense_refused() {
        assert_eq!(LanguageTag::parse("PT-br").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("wo").unwrap().as_str(), "wo");
        assert!(LanguageTag::parse("not a language").is_err());
        assert!(LanguageTag::parse("und").is_err());
    }
}
