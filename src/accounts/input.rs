//! Raw account input (from a form or JSON) parsed into domain types, with every field's
//! problem reported at once.

use serde::{Deserialize, Deserializer};

use super::ProfileUpdate;
use super::service::Registration;
use crate::domain::{
    City, CountryCode, DisplayName, Email, LanguageTag, Locale, Password, Skill, TimeZone,
};
use crate::domain::{Collector, list, optional};
use crate::error::AppError;

/// Most languages one member lists.
const MAX_LANGUAGES: usize = 20;

/// Registration fields as typed.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct RegistrationInput {
    /// Email address, used to log in.
    #[serde(default)]
    pub email: String,
    /// At least 10 characters, not a common password.
    #[serde(default)]
    pub password: String,
    /// Name shown to others.
    #[serde(default)]
    pub display_name: String,
    /// Interface language (en, fr, es, ar, zh, ru, pt); defaults to the negotiated one.
    #[serde(default)]
    pub locale: Option<String>,
}

impl RegistrationInput {
    /// Parses every field; `fallback_locale` is used when none was given.
    pub fn parse(&self, fallback_locale: &str) -> Result<Registration, AppError> {
        let mut collector = Collector::default();
        let email = collector.take("email", Email::parse(&self.email));
        let password = collector.take("password", Password::parse(&self.password));
        let display_name = collector.take("display_name", DisplayName::parse(&self.display_name));
        let chosen = self
            .locale
            .as_deref()
            .filter(|locale| !locale.trim().is_empty());
        let locale = match chosen {
            Some(locale) => collector.take("locale", Locale::parse(locale)),
            None => Locale::parse(fallback_locale).ok(),
        };
        collector.finish(|| Registration {
            email: email.expect("checked"),
            password: password.expect("checked"),
            display_name: display_name.expect("checked"),
            locale: locale.unwrap_or(Locale::ENGLISH),
            locale_picked: chosen.is_some(),
        })
    }
}

/// Profile fields as typed. Absent fields stay unchanged; for optional ones `null` or an
/// empty string clears them.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ProfileInput {
    /// Name shown to others.
    pub display_name: Option<String>,
    /// Interface language.
    pub locale: Option<String>,
    /// IANA time zone, e.g. `Europe/Paris`.
    pub timezone: Option<String>,
    /// ISO 3166-1 alpha-2 country of heritage.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub heritage_country: Option<Option<String>>,
    /// ISO 3166-1 alpha-2 country of residence.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub residence_country: Option<Option<String>>,
    /// City of residence.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub residence_city: Option<Option<String>>,
    /// BCP 47 tags of languages spoken.
    pub languages: Option<Vec<String>>,
    /// Skills offered.
    pub skills: Option<Vec<String>>,
}

/// Marks a field present even when its value is `null`.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

impl ProfileInput {
    /// Parses every present field.
    pub fn parse(&self) -> Result<ProfileUpdate, AppError> {
        let mut collector = Collector::default();
        let mut update = ProfileUpdate::default();
        if let Some(name) = &self.display_name {
            update.display_name = collector.take("display_name", DisplayName::parse(name));
        }
        if let Some(locale) = &self.locale {
            update.locale = collector.take("locale", Locale::parse(locale));
        }
        match &self.timezone {
            Some(zone) if zone.trim().is_empty() => update.timezone_left_blank = true,
            Some(zone) => update.timezone = collector.take("timezone", TimeZone::parse(zone)),
            None => {}
        }
        if let Some(country) = &self.heritage_country {
            update.heritage_country =
                collector.take("heritage_country", optional(country, CountryCode::parse));
        }
        if let Some(country) = &self.residence_country {
            update.residence_country =
                collector.take("residence_country", optional(country, CountryCode::parse));
        }
        if let Some(city) = &self.residence_city {
            update.residence_city = collector.take("residence_city", optional(city, City::parse));
        }
        if let Some(languages) = &self.languages {
            update.languages = collector.take(
                "languages",
                list(languages, MAX_LANGUAGES, LanguageTag::parse),
            );
        }
        if let Some(skills) = &self.skills {
            update.skills = collector.take("skills", list(skills, Skill::MAX_COUNT, Skill::parse));
        }
        collector.finish(|| update)
    }
}

/// Splits a typed list into items, on the separators of every interface language (`,` `，`
/// `、` `،` `;`).
pub fn split_list(text: &str) -> Vec<String> {
    crate::i18n::names::split_typed_list(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let input = RegistrationInput {
            email: "nope".into(),
            password: "short".into(),
            display_name: String::new(),
            locale: Some("xx".into()),
        };
        let AppError::Validation(errors) = input.parse("en").unwrap_err() else {
            panic!("expected a validation error");
        };
        let fields: Vec<_> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["email", "password", "display_name", "locale"]);
    }

    #[test]
    fn profile_lists_are_deduplicated_and_blanks_clear() {
        let input = ProfileInput {
            heritage_country: Some(Some(" ".into())),
            languages: Some(vec!["fr".into(), "FR".into(), "wo".into(), String::new()]),
            ..Default::default()
        };
        let update = input.parse().unwrap();
        assert_eq!(update.heritage_country, Some(None));
        let languages: Vec<_> = update
            .languages
            .unwrap()
            .iter()
            .map(|tag| tag.as_str().to_owned())
            .collect();
        assert_eq!(languages, ["fr", "wo"]);
    }
}
