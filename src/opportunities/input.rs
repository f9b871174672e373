//! Opportunity input from a form or JSON, parsed into complete, checked fields. Every problem is
//! reported at once.
//!
//! Expiry dates are read by `expiry`, in the opportunity's time zone (by default the
//! organizer's).

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::expiry::{format_expiry, parse_expiry};
use super::model::{
    Opportunity, OpportunityDetails, OpportunityKind, OpportunityStatus, OpportunityTranslation,
};
use crate::domain::{
    City, Collector, CountryCode, Invalid, LanguageTag, LongText, Skill, TimeZone, WebUrl, list,
    optional, short_text,
};
use crate::error::AppError;

/// Longest title.
pub const TITLE_MAX: usize = 150;
/// Longest description.
pub const DESCRIPTION_MAX: usize = 10_000;
/// Most skills one opportunity seeks.
pub const SKILLS_MAX: usize = 20;
/// Most languages one opportunity requires.
pub const LANGUAGES_MAX: usize = 10;
/// Longest time-commitment text.
const COMMITMENT_MAX: usize = 100;
/// Longest compensation text.
const COMPENSATION_MAX: usize = 200;

/// A title and description in one language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OpportunityTextInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// Opportunity fields as typed. On update, the given fields replace the current ones and the
/// whole opportunity is checked again.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OpportunityInput {
    /// volunteering, mentoring, skills_transfer, investment, grant, job, training, consultation.
    pub kind: Option<String>,
    pub primary_language: Option<String>,
    /// Title and description per language tag.
    pub translations: Option<BTreeMap<String, OpportunityTextInput>>,
    /// The country the contribution is for (default: the group's heritage country).
    pub heritage_country: Option<String>,
    /// Where it takes place (ISO 3166-1 alpha-2); give it, or `remote`, or both.
    pub country: Option<String>,
    pub city: Option<String>,
    pub remote: Option<bool>,
    /// Skills sought, as tags (`accounting`, `web development`).
    pub skills: Option<Vec<String>>,
    /// Languages required (BCP 47 tags).
    pub languages: Option<Vec<String>>,
    /// Time asked for ("2 hours a week").
    pub commitment: Option<String>,
    /// Pay, stipend or expenses, in words.
    pub compensation: Option<String>,
    /// Members may express interest here (default true).
    pub accepts_interest: Option<bool>,
    /// An http(s) link to apply elsewhere.
    pub apply_url: Option<String>,
    /// A date (open through that day, in `timezone`) or an RFC 3339 instant; within a year.
    pub expires_at: Option<String>,
    /// The IANA time zone an expiry date is read in (default: your profile's time zone).
    pub timezone: Option<String>,
    /// open, closed or filled (default open).
    pub status: Option<String>,
}

/// One parsed text.
#[derive(Debug, Clone)]
pub struct OpportunityText {
    pub language: LanguageTag,
    pub title: String,
    pub description: String,
}

/// A complete, checked opportunity.
#[derive(Debug, Clone)]
pub struct OpportunityFields {
    pub kind: OpportunityKind,
    pub primary_language: LanguageTag,
    pub texts: Vec<OpportunityText>,
    pub heritage_country: Option<CountryCode>,
    pub country: Option<CountryCode>,
    pub city: Option<City>,
    pub remote: bool,
    pub skills: Vec<Skill>,
    pub languages: Vec<LanguageTag>,
    pub commitment: Option<String>,
    pub compensation: Option<String>,
    pub accepts_interest: bool,
    pub apply_url: Option<WebUrl>,
    pub expires_at: NaiveDateTime,
    pub timezone: TimeZone,
    pub status: OpportunityStatus,
}

impl OpportunityInput {
    /// The input that describes an existing opportunity (for updates).
    pub fn from_opportunity(opportunity: &Opportunity, details: &OpportunityDetails) -> Self {
        Self {
            kind: Some(opportunity.kind.clone()),
            primary_language: Some(opportunity.primary_language.clone()),
            translations: Some(texts_of(&details.translations)),
            heritage_country: opportunity.heritage_country.clone(),
            country: opportunity.country.clone(),
            city: opportunity.city.clone(),
            remote: Some(opportunity.remote),
            skills: Some(details.skills.clone()),
            languages: Some(details.languages.clone()),
            commitment: opportunity.commitment.clone(),
            compensation: opportunity.compensation.clone(),
            accepts_interest: Some(opportunity.accepts_interest),
            apply_url: opportunity.apply_url.clone(),
            expires_at: Some(format_expiry(opportunity.expires_at, opportunity.zone())),
            timezone: Some(opportunity.timezone.clone()),
            status: Some(opportunity.status.clone()),
        }
    }

    /// `self` with every field `patch` gives replacing the current one.
    pub fn patched(mut self, patch: OpportunityInput) -> Self {
        macro_rules! take { ($($field:ident),+) => { $(if patch.$field.is_some() { self.$field = patch.$field; })+ }; }
        take!(
            kind,
            primary_language,
            translations,
            heritage_country,
            country,
            city,
            remote,
            skills,
            languages,
            commitment,
            compensation,
            accepts_interest,
            apply_url,
            expires_at,
            timezone,
            status
        );
        self
    }

    /// `self` with `zone` (the author's profile time zone) when it names none.
    pub fn with_default_timezone(mut self, zone: &str) -> Self {
        if text_of(&self.timezone).is_none() {
            self.timezone = Some(zone.to_owned());
        }
        self
    }

    /// Checks everything against the current time.
    pub fn parse(&self) -> Result<OpportunityFields, AppError> {
        self.parse_at(Utc::now().naive_utc())
    }

    /// Checks everything, with expiry judged at `now`.
    pub fn parse_at(&self, now: NaiveDateTime) -> Result<OpportunityFields, AppError> {
        let mut collector = Collector::default();
        let text = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
        let kind = match text(&self.kind) {
            Some(kind) => collector.take("kind", OpportunityKind::parse(&kind)),
            None => collector.take("kind", Err(Invalid::required())),
        };
        let primary = match text(&self.primary_language) {
            Some(tag) => collector.take("primary_language", LanguageTag::parse(&tag)),
            None => collector.take("primary_language", Err(Invalid::required())),
        };
        let texts = self.texts(&mut collector, primary.as_ref());
        let heritage_country = collector
            .take(
                "heritage_country",
                optional(&self.heritage_country, CountryCode::parse),
            )
            .flatten();
        let country = collector
            .take("country", optional(&self.country, CountryCode::parse))
            .flatten();
        let city = collector
            .take("city", optional(&self.city, City::parse))
            .flatten();
        let remote = self.remote.unwrap_or(false);
        if country.is_none() && !remote && collector_is_clean_for(&self.country) {
            collector.reject("country", Invalid::new("location_required"));
        }
        if city.is_some() && country.is_none() && collector_is_clean_for(&self.country) {
            collector.reject("city", Invalid::new("country_required_for_city"));
        }
        let skills = collector.take(
            "skills",
            list(
                self.skills.as_deref().unwrap_or_default(),
                SKILLS_MAX,
                Skill::parse,
            ),
        );
        let languages = collector.take(
            "languages",
            list(
                self.languages.as_deref().unwrap_or_default(),
                LANGUAGES_MAX,
                LanguageTag::parse,
            ),
        );
        let commitment = collector
            .take(
                "commitment",
                optional(&self.commitment, |t| short_text(t, COMMITMENT_MAX)),
            )
            .flatten();
        let compensation = collector
            .take(
                "compensation",
                optional(&self.compensation, |t| short_text(t, COMPENSATION_MAX)),
            )
            .flatten();
        let accepts_interest = self.accepts_interest.unwrap_or(true);
        let apply_url = collector
            .take("apply_url", optional(&self.apply_url, WebUrl::parse))
            .flatten();
        if !accepts_interest && apply_url.is_none() && collector_is_clean_for(&self.apply_url) {
            collector.reject("apply_url", Invalid::new("way_to_take_part_required"));
        }
        // Callers fill in the author's zone (`with_default_timezone`); none left is an error.
        let timezone = collector.take(
            "timezone",
            TimeZone::parse(text(&self.timezone).as_deref().unwrap_or_default()),
        );
        let expires_at = match (text(&self.expires_at), timezone) {
            (Some(expiry), Some(zone)) => {
                collector.take("expires_at", parse_expiry(&expiry, zone.tz(), now))
            }
            (Some(_), None) => None,
            (None, _) => collector.take("expires_at", Err(Invalid::required())),
        };
        let status = match text(&self.status) {
            Some(status) => collector.take("status", OpportunityStatus::parse(&status)),
            None => Some(OpportunityStatus::Open),
        };
        collector.finish(|| OpportunityFields {
            kind: kind.expect("checked"),
            primary_language: primary.expect("checked"),
            texts,
            heritage_country,
            country,
            city,
            remote,
            skills: skills.expect("checked"),
            languages: languages.expect("checked"),
            commitment,
            compensation,
            accepts_interest,
            apply_url,
            expires_at: expires_at.expect("checked"),
            timezone: timezone.expect("checked"),
            status: status.expect("checked"),
        })
    }

    fn texts(
        &self,
        collector: &mut Collector,
        primary: Option<&LanguageTag>,
    ) -> Vec<OpportunityText> {
        let Some(translations) = self.translations.as_ref().filter(|t| !t.is_empty()) else {
            collector.reject("translations", Invalid::required());
            return Vec::new();
        };
        let mut texts: Vec<OpportunityText> = Vec::new();
        for (language, text) in translations {
            let field = |part: &str| format!("translations.{language}.{part}");
            let tag = collector.take(&field("language"), LanguageTag::parse(language));
            let title = collector.take(&field("title"), short_text(&text.title, TITLE_MAX));
            let description = collector.take(
                &field("description"),
                LongText::parse(&text.description, DESCRIPTION_MAX).map(|t| t.as_str().to_owned()),
            );
            if let (Some(language), Some(title), Some(description)) = (tag, title, description) {
                if texts.iter().any(|existing| existing.language == language) {
                    collector.reject(&field("language"), Invalid::new("duplicate_language"));
                } else {
                    texts.push(OpportunityText {
                        language,
                        title,
                        description,
                    });
                }
            }
        }
        if let Some(primary) = primary
            && !texts.is_empty()
            && !texts.iter().any(|text| &text.language == primary)
        {
            collector.reject("translations", Invalid::new("primary_translation_missing"));
        }
        texts
    }
}

/// The text of an optional field, unless blank.
fn text_of(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|text| !text.trim().is_empty())
}

/// A country field that was left empty (a malformed one already has its own error).
fn collector_is_clean_for(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(|v| v.trim().is_empty())
}

/// Translations as input, keyed by language.
fn texts_of(translations: &[OpportunityTranslation]) -> BTreeMap<String, OpportunityTextInput> {
    translations
        .iter()
        .map(|t| {
            (
                t.language.clone(),
                OpportunityTextInput {
                    title: t.title.clone(),
                    description: t.description.clone(),
                },
            )
        })
        .collect()
}
