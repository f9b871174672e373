//! How a group is shown: the best translation for the reader, and the JSON shape of the API.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::model::{Group, GroupDetails, MemberRole, MemberStatus, Membership, Translation};

/// Picks the translation to show: the first of the reader's `preferences` the group has
/// (matching on the primary language subtag too, so `pt` finds `pt-BR`), else the group's
/// primary language, else any.
pub fn pick_translation<'a>(
    translations: &'a [Translation],
    preferences: &[&str],
    primary: &str,
) -> Option<&'a Translation> {
    crate::i18n::pick_content(translations, |t| &t.language, preferences, primary)
}

/// A group's text in one language (API).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationView {
    pub name: String,
    pub description: String,
}

/// The viewer's own membership, if any (API).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MembershipView {
    pub role: MemberRole,
    pub status: MemberStatus,
}

/// A group as the API returns it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupView {
    /// Public id (UUID).
    pub id: String,
    pub slug: String,
    /// The group's page.
    pub url: String,
    /// Increases with every change.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Language of `name` and `description`.
    pub language: String,
    /// Languages with a translation.
    pub available_languages: Vec<String>,
    /// Every translation, by language.
    pub translations: BTreeMap<String, TranslationView>,
    pub name: String,
    pub description: String,
    pub primary_language: String,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub city: Option<String>,
    /// Languages spoken in the group.
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub visibility: String,
    pub join_policy: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub verified: bool,
    /// Active members.
    pub member_count: i64,
    /// The viewer's membership (absent when signed out or not a member).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership: Option<MembershipView>,
    /// Where a group imported from a partner hub comes from (absent for ours).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<OriginView>,
    /// `true` for a group imported from a partner hub: it is joined and changed there.
    pub read_only: bool,
}

/// The partner hub a listing comes from, and its original.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OriginView {
    /// The hub's address.
    pub peer: String,
    /// The original listing's page there.
    pub url: Option<String>,
}

impl GroupView {
    /// Builds the view for a reader who prefers `preferences` (strongest first).
    pub fn new(
        group: Group,
        details: GroupDetails,
        membership: Option<&Membership>,
        preferences: &[&str],
        public_url: &str,
    ) -> Self {
        let chosen =
            pick_translation(&details.translations, preferences, &group.primary_language).cloned();
        let (language, name, description) = chosen
            .map(|t| (t.language, t.name, t.description))
            .unwrap_or_default();
        let origin = group.origin_peer.clone().map(|peer| OriginView {
            peer,
            url: group.origin_url.clone(),
        });
        Self {
            // A peer's group has no page here: its address is the original's.
            url: match &origin {
                Some(origin) => origin.url.clone().unwrap_or_else(|| origin.peer.clone()),
                None => format!("{}/groups/{}", public_url, group.slug),
            },
            read_only: origin.is_some(),
            origin,
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
                        TranslationView {
                            name: t.name,
                            description: t.description,
                        },
                    )
                })
                .collect(),
            language,
            name,
            description,
            id: group.uuid,
            slug: group.slug,
            version: group.version,
            created_at: group.created_at.and_utc(),
            updated_at: group.updated_at.and_utc(),
            primary_language: group.primary_language,
            heritage_country: group.heritage_country,
            residence_country: group.residence_country,
            city: group.city,
            languages: details.languages,
            topics: details.topics,
            visibility: group.visibility,
            join_policy: group.join_policy,
            website: group.website,
            contact_email: group.contact_email,
            verified: group.verified,
            member_count: group.member_count,
            membership: membership.map(|m| MembershipView {
                role: m.role(),
                status: m.status(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translation(language: &str) -> Translation {
        Translation {
            group_id: 1,
            language: language.into(),
            name: language.into(),
            description: String::new(),
        }
    }

    #[test]
    fn the_readers_language_wins_then_the_primary() {
        let translations = vec![translation("en"), translation("fr"), translation("pt-BR")];
        assert_eq!(
            pick_translation(&translations, &["ar", "fr"], "en")
                .unwrap()
                .language,
            "fr"
        );
        assert_eq!(
            pick_translation(&translations, &["pt"], "en")
                .unwrap()
                .language,
            "pt-BR"
        );
        assert_eq!(
            pick_translation(&translations, &["zh"], "fr")
                .unwrap()
                .language,
            "fr"
        );
        assert!(pick_translation(&[], &["zh"], "fr").is_none());
    }
}
