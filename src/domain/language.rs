//! BCP 47 language tags for the languages people speak (not only the interface ones).

use super::Invalid;

/// A well-formed language tag in canonical case (`fr`, `wo`, `pt-BR`, `zh-Hant`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parses and canonicalizes a tag, or reads a language's name in any interface language
    /// ("wolof", "ولوف", "沃洛夫语", "Jola-Fonyi") as its tag.
    ///
    /// In that order: a code exactly as the interface writes it (`wo`, `ga`); a name, as pages
    /// show it ("Ga" is `gaa`, "Ewe" is `ee`), so a form shown by name saves back the same
    /// language; then any well-formed tag (`PT-br`). A word that is none of these is refused
    /// rather than stored as a made-up tag.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::required());
        }
        let tag = if crate::i18n::names::is_language_code(trimmed) {
            trimmed.to_owned()
        } else if let Some(tag) = named_tag(trimmed) {
            tag
        } else if looks_like_tag(trimmed) {
            trimmed.to_owned()
        } else {
            return Err(Invalid::new("invalid_language"));
        };
        let trimmed = tag.as_str();
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

/// A BCP 47 shape with a two- or three-letter language first (`pt-BR`, `zh_Hant`); the
/// five-to-eight-letter language subtags the standard reserves are never real languages.
fn looks_like_tag(text: &str) -> bool {
    let primary = text.split(['-', '_']).next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
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
        // A name with a hyphen, and short names as pages show them, are those languages.
        assert_eq!(LanguageTag::parse("Jola-Fonyi").unwrap().as_str(), "dyo");
        assert_eq!(LanguageTag::parse("Ga").unwrap().as_str(), "gaa");
        assert_eq!(LanguageTag::parse("ga").unwrap().as_str(), "ga");
        assert_eq!(LanguageTag::parse("Ewe").unwrap().as_str(), "ee");
        assert!(LanguageTag::parse("klingonish").is_err());
    }

    #[test]
    fn every_language_a_form_shows_by_name_saves_back_as_itself() {
        let locales = std::sync::Arc::new(crate::i18n::Locales::load().unwrap());
        let mut lost = Vec::new();
        for locale in crate::i18n::SUPPORTED_LOCALES {
            let i18n = crate::i18n::I18n::new(locales.clone(), locale);
            for code in crate::i18n::names::language_codes() {
                // CLDR names these with words that are another language's code ("ga" is Ga
                // in French, and the code of Irish) or name ("makua" in Spanish): the code, or
                // the first language so named, wins.
                if ["gaa", "vmw"].contains(&code.as_str()) {
                    continue;
                }
                let Ok(tag) = LanguageTag::parse(code) else {
                    continue;
                };
                let shown = i18n.language_name(tag.as_str());
                let back = LanguageTag::parse(&shown).map(|tag| tag.0);
                // Several codes can share one name (CLDR names `mo` and `ro` alike); what
                // matters is that the name comes back as a language with that same name.
                let back_name = back.as_ref().map(|back| i18n.language_name(back));
                if back_name.as_deref() != Ok(shown.as_str()) {
                    lost.push(format!(
                        "{locale}: {code} shown as {shown:?} comes back as {back:?}"
                    ));
                }
            }
        }
        assert!(lost.is_empty(), "{} lost:\n{}", lost.len(), lost.join("\n"));
    }
}
