//! How an opportunity is shown in the API: the reader's best translation plus all of them, and
//! whether it still takes people.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::interest::Interest;
use super::model::{
    Opportunity, OpportunityDetails, OpportunityKind, OpportunityStatus, OpportunityTranslation,
};
use crate::events::view::EventGroupView;
use crate::groups::Group;
use crate::groups::view::OriginView;

/// Picks the translation to show (reader's languages, then the primary, then any).
pub fn pick<'a>(
    translations: &'a [OpportunityTranslation],
    preferences: &[&str],
    primary: &str,
) -> Option<&'a OpportunityTranslation> {
    crate::i18n::pick_content(translations, |t| &t.language, preferences, primary)
}

/// An opportunity's text in one language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OpportunityTextView {
    pub title: String,
    pub description: String,
}

/// The viewer's own expression of interest.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MyInterestView {
    pub message: String,
    pub created_at: DateTime<Utc>,
}

/// An opportunity as the API returns it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OpportunityView {
    /// Public id (UUID).
    pub id: String,
    /// The opportunity's page.
    pub url: String,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Language of `title` and `description`.
    pub language: String,
    pub available_languages: Vec<String>,
    pub translations: BTreeMap<String, OpportunityTextView>,
    pub title: String,
    pub description: String,
    pub primary_language: String,
    pub kind: OpportunityKind,
    pub status: OpportunityStatus,
    /// Open and not expired: people may take part now.
    pub taking_part_open: bool,
    pub heritage_country: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub remote: bool,
    /// Skill concept ids (`accounting`) or free text; input takes names in any language.
    pub skills: Vec<String>,
    /// Each skill with its name in the response's language.
    pub skill_labels: Vec<crate::i18n::names::SkillLabel>,
    pub languages: Vec<String>,
    pub commitment: Option<String>,
    pub compensation: Option<String>,
    /// Members may express interest here.
    pub accepts_interest: bool,
    pub apply_url: Option<String>,
    /// When it stops taking people.
    pub expires_at: DateTime<Utc>,
    /// The IANA time zone an expiry date is read in.
    pub timezone: String,
    pub group: EventGroupView,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_interest: Option<MyInterestView>,
    /// Where an opportunity imported from a partner hub comes from (absent for ours).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<OriginView>,
    /// `true` for an opportunity imported from a partner hub: people take part on the original.
    pub read_only: bool,
}

impl OpportunityView {
    /// Builds the view for a reader with content `preferences`.
    pub fn new(
        opportunity: Opportunity,
        details: OpportunityDetails,
        group: &Group,
        my_interest: Option<&Interest>,
        preferences: &[&str],
        public_url: &str,
    ) -> Self {
        let base = public_url;
        let chosen = pick(
            &details.translations,
            preferences,
            &opportunity.primary_language,
        )
        .cloned();
        let taking_part_open = opportunity.is_taking_people(Utc::now().naive_utc());
        let origin = group.origin_peer.clone().map(|peer| OriginView {
            peer,
            url: opportunity.origin_url.clone(),
        });
        Self {
            // A peer's opportunity has no page here: its address is the original's.
            url: match &origin {
                Some(origin) => origin.url.clone().unwrap_or_else(|| origin.peer.clone()),
                None => format!("{base}/opportunities/{}", opportunity.uuid),
            },
            read_only: origin.is_some(),
            origin,
            language: chosen
                .as_ref()
                .map(|t| t.language.clone())
                .unwrap_or_default(),
            title: chosen.as_ref().map(|t| t.title.clone()).unwrap_or_default(),
            description: chosen.map(|t| t.description).unwrap_or_default(),
            available_languages: details
                .translations
                .iter()
                .map(|t| t.language.clone())
                .collect(),
            translations: details
                .translations
                .into_iter()
                .map(|t| {
                    (
                        t.language,
                        OpportunityTextView {
                            title: t.title,
                            description: t.description,
                        },
                    )
                })
                .collect(),
            kind: opportunity.kind(),
            status: opportunity.status(),
            taking_part_open,
            group: EventGroupView::of(group, base),
            my_interest: my_interest.map(|interest| MyInterestView {
                message: interest.message.clone(),
                created_at: interest.created_at.and_utc(),
            }),
            skill_labels: Vec::new(),
            skills: details.skills,
            languages: details.languages,
            id: opportunity.uuid,
            version: opportunity.version,
            created_at: opportunity.created_at.and_utc(),
            updated_at: opportunity.updated_at.and_utc(),
            primary_language: opportunity.primary_language,
            heritage_country: opportunity.heritage_country,
            country: opportunity.country,
            city: opportunity.city,
            remote: opportunity.remote,
            commitment: opportunity.commitment,
            compensation: opportunity.compensation,
            accepts_interest: opportunity.accepts_interest,
            apply_url: opportunity.apply_url,
            expires_at: opportunity.expires_at.and_utc(),
            timezone: opportunity.timezone,
        }
    }
}

/// A match reason in the reader's language ("speaks Wolof", "skill: accounting").
pub fn reason_text(i18n: &crate::i18n::I18n, reason: &super::matching::MatchReason) -> String {
    let value = match reason.code {
        "language" => i18n.language_name(&reason.value),
        "heritage" | "residence_country" => i18n.country_name(&reason.value),
        "skill" => i18n.skill_name(&reason.value),
        _ => reason.value.clone(),
    };
    i18n.format_with(
        &format!("match-reason-{}", reason.code),
        &[("value", value)],
    )
}
