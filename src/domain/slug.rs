//! Readable, unique-able identifiers for URLs (`senegalais-de-lyon`).

use super::Invalid;

/// Lowercase ASCII letters, digits and single hyphens; 3 to 60 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    /// Shortest slug accepted.
    pub const MIN: usize = 3;
    /// Longest slug accepted.
    pub const MAX: usize = 60;

    /// Accepts a slug typed by a person (lowercased; nothing else is changed).
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let slug = input.trim().to_ascii_lowercase();
        if slug.is_empty() {
            return Err(Invalid::required());
        }
        let well_formed = slug.len() >= Self::MIN
            && slug.len() <= Self::MAX
            && slug
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if well_formed {
            Ok(Self(slug))
        } else {
            Err(Invalid::new("invalid_slug"))
        }
    }

    /// Derives a slug from a name in any script, transliterated to ASCII
    /// (`Sénégalais de Lyon` → `senegalais-de-lyon`, `Русские в Берлине` → `russkie-v-berline`).
    /// Returns `None` when nothing usable remains.
    pub fn derive(name: &str) -> Option<Self> {
        let ascii = deunicode::deunicode(name).to_ascii_lowercase();
        let mut slug = String::with_capacity(ascii.len());
        for character in ascii.chars() {
            if character.is_ascii_alphanumeric() {
                slug.push(character);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let mut slug = slug.trim_end_matches('-').to_owned();
        if slug.len() > Self::MAX - 4 {
            // Leave room for a "-123" suffix that makes it unique.
            slug.truncate(Self::MAX - 4);
            slug = slug.trim_end_matches('-').to_owned();
        }
        Self::parse(&slug).ok()
    }

    /// This slug with a numeric suffix (`name-2`), to make it unique.
    pub fn with_suffix(&self, number: u32) -> Self {
        Self(format!("{}-{number}", self.0))
    }

    /// The slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_derived_from_names_in_any_script() {
        assert_eq!(
            Slug::derive("Sénégalais de Lyon").unwrap().as_str(),
            "senegalais-de-lyon"
        );
        assert_eq!(
            Slug::derive("  Filipino Nurses -- Toronto! ")
                .unwrap()
                .as_str(),
            "filipino-nurses-toronto"
        );
        assert!(
            Slug::derive("Русские в Берлине")
                .unwrap()
                .as_str()
                .starts_with("russkie-v-berline")
        );
        assert!(Slug::derive("الجالية المغربية في باريس").is_some());
        assert!(Slug::derive("!!").is_none());
        assert!(
            Slug::derive(&"very long name ".repeat(10))
                .unwrap()
                .as_str()
                .len()
                <= Slug::MAX - 4
        );
    }

    #[test]
    fn typed_slugs_must_be_well_formed() {
        assert!(Slug::parse("Lyon-2027").is_ok());
        for bad in ["ab", "-lyon", "lyon-", "ly--on", "lyon city", "lyön"] {
            assert_eq!(Slug::parse(bad).unwrap_err().code, "invalid_slug", "{bad}");
        }
    }
}
