//! BCP 47 language tags for the languages people speak (not only the interface ones).

use super::Invalid;

/// A well-formed language tag in canonical case (`fr`, `wo`, `pt-BR`, `zh-Hant`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parses and canonicalizes a tag, or reads a language's name in any interface language
    /// ("wolof", "ولوف", "沃洛夫语") as its tag. Two- and three-letter input is a code.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        let looks_like_code = trimmed.len() <= 3 || trimmed.contains(['-', '_']);
        let trimmed = if looks_like_code {
            trimmed.to_owned()
        } else {
            // A longer word is a name; BCP 47's five-to-eight-letter subtags are never used.
            named_tag(trimmed).ok_or_else(|| Invalid::new("invalid_language"))?
        };
        let trimmed = trimmed.as_str();
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

/// The tag a language's name stands for, as pages write it: "wolof" → `wo`, "portugais
/// (Brésil)" → `pt-BR`.
fn named_tag(name: &str) -> Option<String> {
    if let Some(code) = crate::i18n::names::language_code(name) {
        return Some(code.to_owned());
    }
    let (language, region) = name
        .trim_end_matches([')', '）'])
        .rsplit_once(['(', '（'])?;
    let code = crate::i18n::names::language_code(language.trim())?;
    let region = crate::i18n::names::country_code(region.trim())?;
    Some(format!("{code}-{region}"))
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
        assert_eq!(LanguageTag::parse("Wolof").unwrap().as_str(), "wo");
        assert_eq!(LanguageTag::parse("français").unwrap().as_str(), "fr");
        assert_eq!(LanguageTag::parse("ولوف").unwrap().as_str(), "wo");
        assert_eq!(
            LanguageTag::parse("portugais (Brésil)").unwrap().as_str(),
            "pt-BR"
        );
    }
}
