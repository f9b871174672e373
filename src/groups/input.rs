//! Group input from a form or JSON, parsed into domain types with every problem reported at
//! once (field names like `translations.fr.name`).

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use super::model::{JoinPolicy, Visibility};
use crate::domain::{
    City, Collector, CountryCode, Email, Invalid, LanguageTag, LongText, Slug, Topic, WebUrl, list,
    optional, short_text,
};
use crate::error::AppError;

/// Longest group name.
pub const NAME_MAX: usize = 120;
/// Longest group description.
pub const DESCRIPTION_MAX: usize = 5000;
/// Most spoken languages listed for a group.
const MAX_LANGUAGES: usize = 20;
/// Most translations of one group.
const MAX_TRANSLATIONS: usize = 20;

/// A name and description in one language.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct TranslationInput {
    /// The group's name in this language.
    #[serde(default)]
    pub name: String,
    /// What the group is about, in this language.
    #[serde(default)]
    pub description: String,
}

/// Group fields as typed. On update, absent fields stay; `null` clears optional ones;
/// `translations`, when present, replaces the whole set.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GroupInput {
    /// URL name; derived from the name when absent on creation.
    pub slug: Option<String>,
    /// BCP 47 tag of the main language; it must have a translation.
    pub primary_language: Option<String>,
    /// Name and description per language tag.
    pub translations: Option<BTreeMap<String, TranslationInput>>,
    /// ISO country the members' heritage is from.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub heritage_country: Option<Option<String>>,
    /// ISO country where the group is based.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub residence_country: Option<Option<String>>,
    /// City where the group is based.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub city: Option<Option<String>>,
    /// Languages spoken in the group.
    pub languages: Option<Vec<String>>,
    /// Topic ids.
    pub topics: Option<Vec<String>>,
    /// `public` (default), `unlisted` or `private`.
    pub visibility: Option<String>,
    /// `open` (default) or `approval`.
    pub join_policy: Option<String>,
    /// The group's website.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub website: Option<Option<String>>,
    /// An address to contact the organizers.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub contact_email: Option<Option<String>>,
}

fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// One parsed translation.
#[derive(Debug, Clone)]
pub struct TranslationText {
    pub language: LanguageTag,
    pub name: String,
    pub description: LongText,
}

/// Parsed group fields; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct GroupChanges {
    pub slug: Option<Slug>,
    pub primary_language: Option<LanguageTag>,
    pub translations: Option<Vec<TranslationText>>,
    pub heritage_country: Option<Option<CountryCode>>,
    pub residence_country: Option<Option<CountryCode>>,
    pub city: Option<Option<City>>,
    pub languages: Option<Vec<LanguageTag>>,
    pub topics: Option<Vec<Topic>>,
    pub visibility: Option<Visibility>,
    pub join_policy: Option<JoinPolicy>,
    pub website: Option<Option<WebUrl>>,
    pub contact_email: Option<Option<Email>>,
}

impl GroupChanges {
    /// The name a slug is made from: the primary-language name when it is written in Latin
    /// letters, else the first translation whose name is (an Arabic-named group with an
    /// English translation gets `egyptians-in-milan`, not a vowel-less transliteration), else
    /// the primary name transliterated.
    pub fn slug_source(&self) -> Option<&str> {
        let translations = self.translations.as_ref()?;
        let primary = self.primary_language.as_ref()?;
        let is_latin = |name: &str| {
            name.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| (c as u32) < 0x250)
        };
        let primary_name = translations
            .iter()
            .find(|t| &t.language == primary)
            .map(|t| t.name.as_str())?;
        if is_latin(primary_name) {
            return Some(primary_name);
        }
        translations
            .iter()
            .map(|t| t.name.as_str())
            .find(|name| is_latin(name))
            .or(Some(primary_name))
    }
}

impl GroupInput {
    /// Parses for creation: a primary language and its translation are required.
    pub fn parse_new(&self) -> Result<GroupChanges, AppError> {
        let mut collector = Collector::default();
        if self
            .primary_language
            .as_deref()
            .is_none_or(|value| value.trim().is_empty())
        {
            collector.reject("primary_language", Invalid::required());
        }
        if self.translations.as_ref().is_none_or(BTreeMap::is_empty) {
            collector.reject("translations", Invalid::required());
        }
        let mut changes = self.parse_into(&mut collector);
        changes.visibility.get_or_insert(Visibility::Public);
        changes.join_policy.get_or_insert(JoinPolicy::Open);
        collector.finish(|| changes)
    }

    /// Parses for an update; `current_primary` is the group's primary language.
    pub fn parse_update(&self, current_primary: &str) -> Result<GroupChanges, AppError> {
        let mut collector = Collector::default();
        let changes = self.parse_into(&mut collector);
        if let (Some(translations), None) = (&changes.translations, &changes.primary_language)
            && !translations
                .iter()
                .any(|translation| translation.language.as_str() == current_primary)
        {
            collector.reject("translations", Invalid::new("primary_translation_missing"));
        }
        collector.finish(|| changes)
    }

    fn parse_into(&self, collector: &mut Collector) -> GroupChanges {
        let mut changes = GroupChanges::default();
        if let Some(slug) = self.slug.as_deref().filter(|slug| !slug.trim().is_empty()) {
            changes.slug = collector.take("slug", Slug::parse(slug));
        }
        if let Some(language) = self
            .primary_language
            .as_deref()
            .filter(|value| !value.trim().is_empty())
        {
            changes.primary_language =
                collector.take("primary_language", LanguageTag::parse(language));
        }
        if let Some(translations) = &self.translations {
            changes.translations = Some(parse_translations(collector, translations));
            if translations.len() > MAX_TRANSLATIONS {
                collector.reject("translations", Invalid::too_many(MAX_TRANSLATIONS));
            }
        }
        if let (Some(primary), Some(translations)) =
            (&changes.primary_language, &changes.translations)
        {
            let has_primary = translations
                .iter()
                .any(|translation| &translation.language == primary);
            if !has_primary && !translations.is_empty() {
                collector.reject("translations", Invalid::new("primary_translation_missing"));
            }
        }
        if let Some(value) = &self.heritage_country {
            changes.heritage_country =
                collector.take("heritage_country", optional(value, CountryCode::parse));
        }
        if let Some(value) = &self.residence_country {
            changes.residence_country =
                collector.take("residence_country", optional(value, CountryCode::parse));
        }
        if let Some(value) = &self.city {
            changes.city = collector.take("city", optional(value, City::parse));
        }
        if let Some(languages) = &self.languages {
            changes.languages = collector.take(
                "languages",
                list(languages, MAX_LANGUAGES, LanguageTag::parse),
            );
        }
        if let Some(topics) = &self.topics {
            changes.topics = collector.take(
                "topics",
                list(topics, crate::domain::TOPICS.len(), Topic::parse),
            );
        }
        if let Some(visibility) = &self.visibility {
            changes.visibility = collector.take("visibility", Visibility::parse(visibility));
        }
        if let Some(policy) = &self.join_policy {
            changes.join_policy = collector.take("join_policy", JoinPolicy::parse(policy));
        }
        if let Some(value) = &self.website {
            changes.website = collector.take("website", optional(value, WebUrl::parse));
        }
        if let Some(value) = &self.contact_email {
            changes.contact_email = collector.take("contact_email", optional(value, Email::parse));
        }
        changes
    }
}

fn parse_translations(
    collector: &mut Collector,
    translations: &BTreeMap<String, TranslationInput>,
) -> Vec<TranslationText> {
    let mut parsed: Vec<TranslationText> = Vec::new();
    for (language, text) in translations {
        let field = |part: &str| format!("translations.{language}.{part}");
        let tag = collector.take(&field("language"), LanguageTag::parse(language));
        let name = collector.take(&field("name"), short_text(&text.name, NAME_MAX));
        let description = collector.take(
            &field("description"),
            LongText::parse(&text.description, DESCRIPTION_MAX),
        );
        if let (Some(language), Some(name), Some(description)) = (tag, name, description) {
            if parsed.iter().any(|existing| existing.language == language) {
                collector.reject(&field("language"), Invalid::new("duplicate_language"));
            } else {
                parsed.push(TranslationText {
                    language,
                    name,
                    description,
                });
            }
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translation(name: &str) -> TranslationInput {
        TranslationInput {
            name: name.into(),
            description: "About us".into(),
        }
    }

    #[test]
    fn a_new_group_needs_its_primary_translation() {
        let input = GroupInput {
            primary_language: Some("fr".into()),
            translations: Some(BTreeMap::from([(
                "en".to_owned(),
                translation("Senegalese in Lyon"),
            )])),
            ..Default::default()
        };
        let AppError::Validation(errors) = input.parse_new().unwrap_err() else {
            panic!()
        };
        assert_eq!(errors[0].field, "translations");
        assert_eq!(errors[0].code, "primary_translation_missing");
    }

    #[test]
    fn bad_fields_are_named_with_their_language() {
        let input = GroupInput {
            primary_language: Some("fr".into()),
            translations: Some(BTreeMap::from([("fr".to_owned(), translation(""))])),
            topics: Some(vec!["cooking".into()]),
            website: Some(Some("javascript:alert(1)".into())),
            ..Default::default()
        };
        let AppError::Validation(errors) = input.parse_new().unwrap_err() else {
            panic!()
        };
        let fields: Vec<_> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["translations.fr.name", "topics", "website"]);
    }
}
