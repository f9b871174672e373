//! How an account is shown to its owner: in API responses and in "export my data".

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use super::User;

/// A member account as its owner sees it (never the password hash).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountView {
    /// Public id (UUID).
    pub id: String,
    pub email: String,
    pub display_name: String,
    /// Interface language.
    pub locale: String,
    /// IANA time zone.
    pub timezone: String,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub residence_city: Option<String>,
    pub languages: Vec<String>,
    /// Skill concept ids (`accounting`) or free text; input takes names in any language.
    pub skills: Vec<String>,
    /// Each skill with its name in the response's language (API responses only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skill_labels: Vec<crate::i18n::names::SkillLabel>,
    /// `user`, `moderator` or `admin`.
    pub role: String,
    /// Whether the member has proved the address is theirs (a link sent to it was used).
    pub email_verified: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A stored UTC time, serialized as RFC 3339 with `Z`.
pub(crate) fn utc(time: NaiveDateTime) -> DateTime<Utc> {
    time.and_utc()
}

impl From<User> for AccountView {
    fn from(user: User) -> Self {
        Self {
            languages: user.language_list(),
            skills: user.skill_list(),
            skill_labels: Vec::new(),
            id: user.uuid,
            email: user.email,
            display_name: user.display_name,
            locale: user.locale,
            timezone: user.timezone,
            heritage_country: user.heritage_country,
            residence_country: user.residence_country,
            residence_city: user.residence_city,
            role: user.role,
            email_verified: user.email_verified_at.is_some(),
            created_at: utc(user.created_at),
            updated_at: utc(user.updated_at),
        }
    }
}
