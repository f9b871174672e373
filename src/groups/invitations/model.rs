//! What an invitation is: the organizer's request and its checks, where an invitation stands,
//! and how the API shows one.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::auth::tokens;
use crate::db::AnyConnection;
use crate::db::schema::group_invitations;
use crate::domain::{Email, Invalid};
use crate::error::{AppError, AppResult, FieldError};

/// How long a link works when the organizer does not say.
pub const DEFAULT_DAYS: i64 = 14;
/// The longest a link may work.
pub const LONGEST_DAYS: i64 = 90;
/// The highest use limit; no limit at all is also possible.
pub const MOST_USES: i64 = 1000;
/// Invitations by mail one group may send a day, so a group cannot be used to spam addresses.
pub const MAILS_A_DAY: i64 = 50;

crate::stored_enum! {
    /// Where an invitation stands.
    InvitationStatus {
        /// It still lets people in.
        Active = "active",
        /// Its time is over.
        Expired = "expired",
        /// An organizer revoked it.
        Revoked = "revoked",
        /// As many people joined through it as it allowed.
        UsedUp = "used_up",
    } invalid = "invalid_choice"
}

impl InvitationStatus {
    /// The error code (and message id) telling someone why this link no longer works.
    pub(super) fn refusal(self) -> Option<&'static str> {
        match self {
            Self::Active => None,
            Self::Expired => Some("invitation_expired"),
            Self::Revoked => Some("invitation_revoked"),
            Self::UsedUp => Some("invitation_used_up"),
        }
    }
}

/// What an organizer asks for (API body and form alike).
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
pub struct InvitationRequest {
    /// How many days the link works: 1 to 90, 14 when left out.
    pub expires_in_days: Option<i64>,
    /// How many people may join through it: 1 to 1000; no limit when left out (one for an
    /// invitation by mail).
    pub max_uses: Option<i64>,
    /// Send the link to this address: a member hears of it in the app (and by mail, as their
    /// settings say); anyone else gets a mail to register and join.
    pub email: Option<String>,
}

/// A parsed [`InvitationRequest`].
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub(super) days: i64,
    pub(super) uses: Option<i64>,
    pub(super) email: Option<Email>,
}

impl InvitationRequest {
    /// Checks every field and reports all problems at once.
    pub fn parse(self) -> AppResult<NewInvitation> {
        let mut errors = Vec::new();
        let days = self.expires_in_days.unwrap_or(DEFAULT_DAYS);
        if !(1..=LONGEST_DAYS).contains(&days) {
            errors.push(FieldError::new(
                "expires_in_days",
                Invalid::out_of_range(1, LONGEST_DAYS),
            ));
        }
        if let Some(uses) = self.max_uses
            && !(1..=MOST_USES).contains(&uses)
        {
            errors.push(FieldError::new(
                "max_uses",
                Invalid::out_of_range(1, MOST_USES),
            ));
        }
        let email = match self.email.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => match Email::parse(text) {
                Ok(email) => Some(email),
                Err(invalid) => {
                    errors.push(FieldError::new("email", invalid));
                    None
                }
            },
        };
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        let uses = self.max_uses.or(email.as_ref().map(|_| 1));
        Ok(NewInvitation { days, uses, email })
    }
}

/// A new invitation, with the only copy of its link.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CreatedInvitation {
    /// The invitation's id (for revoking it).
    pub id: String,
    /// The page `/invitations/{token}`; shown only now, as only the token's hash is kept.
    pub url: String,
    pub expires_at: DateTime<Utc>,
    /// How many more people may join through it; `null`: no limit.
    pub uses_left: Option<i64>,
    /// The address it was sent to, for an invitation by mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// An invitation as organizers see it in the list (without its link).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InvitationView {
    pub id: String,
    pub status: InvitationStatus,
    pub expires_at: DateTime<Utc>,
    /// How many more people may join through it; `null`: no limit.
    pub uses_left: Option<i64>,
    /// The address it was sent to, for an invitation by mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_invitations)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub(super) struct InvitationRow {
    pub(super) id: i64,
    pub(super) uuid: String,
    pub(super) group_id: i64,
    pub(super) email: Option<String>,
    pub(super) expires_at: NaiveDateTime,
    pub(super) uses_left: Option<i64>,
    pub(super) revoked_at: Option<NaiveDateTime>,
    pub(super) created_at: NaiveDateTime,
}

impl InvitationRow {
    pub(super) fn status(&self, now: NaiveDateTime) -> InvitationStatus {
        if self.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if self.expires_at <= now {
            InvitationStatus::Expired
        } else if self.uses_left == Some(0) {
            InvitationStatus::UsedUp
        } else {
            InvitationStatus::Active
        }
    }

    pub(super) fn view(&self, now: NaiveDateTime) -> InvitationView {
        InvitationView {
            id: self.uuid.clone(),
            status: self.status(now),
            expires_at: self.expires_at.and_utc(),
            uses_left: self.uses_left,
            email: self.email.clone(),
            created_at: self.created_at.and_utc(),
        }
    }

    /// The row for `token`, if the token is one of ours.
    pub(super) fn by_token(
        connection: &mut AnyConnection,
        token: &str,
    ) -> QueryResult<Option<Self>> {
        group_invitations::table
            .filter(group_invitations::token_hash.eq(tokens::hash(token)))
            .select(Self::as_select())
            .first(connection)
            .optional()
    }
}
