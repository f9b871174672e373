//! Short free-text values: display names, cities, skills.

use super::{Invalid, short_text};

/// How a member is shown to others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    /// Most characters allowed.
    pub const MAX: usize = 80;

    /// Trims and checks length and characters.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        short_text(input, Self::MAX).map(Self)
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A city name as people write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City(String);

impl City {
    /// Most characters allowed.
    pub const MAX: usize = 100;

    /// Trims and checks length and characters.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        short_text(input, Self::MAX).map(Self)
    }

    /// The city.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Several paragraphs of text (descriptions, messages), trimmed, line breaks kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongText(String);

impl LongText {
    /// Checks that the text is present and at most `max` characters, without control
    /// characters other than line breaks and tabs.
    pub fn parse(input: &str, max: usize) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if super::looks_empty(trimmed) {
            return Err(Invalid::required());
        }
        if trimmed.chars().count() > max {
            return Err(Invalid::too_long(max));
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(Invalid::new("invalid_characters"));
        }
        Ok(Self(trimmed.replace("\r\n", "\n")))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One skill a member offers or an opportunity seeks: a concept id from the curated list
/// (`locales/*/skills.ftl`) when the text is one of its labels or synonyms in any interface
/// language ("comptabilité", "محاسبة" and "bookkeeping" are all `accounting`), else the free
/// text normalized for matching: lowercased, with runs of spaces, `_` and `-` read as one space
/// (`Web-Development` is `web development`). Concept ids may hold `-`; free text never does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill(String);

impl Skill {
    /// Most characters allowed.
    pub const MAX: usize = 60;
    /// Most skills one member lists.
    pub const MAX_COUNT: usize = 30;

    /// Trims, normalizes and checks length and characters.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let skill = short_text(input, Self::MAX)?.to_lowercase();
        let words: Vec<&str> = skill
            .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .filter(|word| !word.is_empty())
            .collect();
        let joined = words.join(" ");
        if joined.is_empty() {
            return Err(Invalid::required());
        }
        if crate::i18n::names::is_skill_concept(input.trim()) {
            return Ok(Self(input.trim().to_owned()));
        }
        match crate::i18n::names::skill_concept(&joined) {
            Some(concept) => Ok(Self(concept.to_owned())),
            None => Ok(Self(joined)),
        }
    }

    /// The concept id or the normalized free text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The first `max` characters of the first paragraph.
pub fn excerpt(text: &str, max: usize) -> String {
    let first = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default()
        .trim();
    if first.chars().count() <= max {
        first.to_owned()
    } else {
        let cut: String = first.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Awa ").unwrap().as_str(), "Awa");
        assert_eq!(DisplayName::parse("   ").unwrap_err().code, "required");
        assert_eq!(
            DisplayName::parse(&"a".repeat(81)).unwrap_err().code,
            "too_long"
        );
        assert_eq!(
            DisplayName::parse("a\u{0}b").unwrap_err().code,
            "invalid_characters"
        );
        assert_eq!(Skill::parse(" Accounting ").unwrap().as_str(), "accounting");
        assert_eq!(Skill::parse("bookkeeping").unwrap().as_str(), "accounting");
        assert_eq!(
            Skill::parse("Web-Development").unwrap().as_str(),
            "web-development"
        );
        assert_eq!(
            Skill::parse("web   development").unwrap().as_str(),
            "web-development"
        );
        assert_eq!(
            Skill::parse("Goat-Herding  Songs").unwrap().as_str(),
            "goat herding songs"
        );
        assert_eq!(Skill::parse("_-_").unwrap_err().code, "required");
        assert!(City::parse("Lyon").is_ok());
    }
}
