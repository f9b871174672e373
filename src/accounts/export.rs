//! "Export my data": everything the service keeps about a member, as one JSON document.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::User;
use super::view::{AccountView, utc};
use crate::auth::session::Identity;
use crate::db;
use crate::db::schema::{
    events, groups, interests, memberships, notifications, opportunities, rsvps, sessions,
};
use crate::error::AppResult;
use crate::state::AppState;

/// Everything the service keeps about a member, for "export my data".
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountExport {
    /// When this export was made (UTC).
    pub exported_at: DateTime<Utc>,
    /// The account and profile.
    pub account: AccountView,
    /// Signed-in sessions (tokens are never stored, so none appear).
    pub sessions: Vec<ExportedSession>,
    /// Groups joined or asked to join.
    pub memberships: Vec<ExportedMembership>,
    /// Answers to events.
    pub rsvps: Vec<ExportedRsvp>,
    /// Expressions of interest in opportunities, with the messages sent.
    pub interests: Vec<ExportedInterest>,
    /// Notifications kept for the member (what each was about, where it led, when read).
    pub notifications: Vec<ExportedNotification>,
    /// How the member hears about each kind of notification.
    pub notification_settings: Vec<ExportedNotificationSetting>,
    /// What the member reported to the moderators, and what they decided. (The moderators'
    /// audit log belongs to the instance and is in nobody's export.)
    pub reports: Vec<crate::moderation::reports::ReportView>,
}

/// One notification in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedNotification {
    /// The kind id.
    pub kind: String,
    /// Where it led.
    pub link: String,
    /// What its message said it with (names, times, counts), as stored.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// One notification setting in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedNotificationSetting {
    /// The kind id.
    pub kind: String,
    /// `in_app` or `mail`.
    pub delivery: String,
}

/// One membership in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedMembership {
    /// The group's slug.
    pub group: String,
    pub role: String,
    pub status: String,
    /// The message sent with a request to join.
    pub message: Option<String>,
    pub since: DateTime<Utc>,
}

/// One RSVP in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedRsvp {
    /// The event's public id.
    pub event: String,
    /// The date answered, as its rule places it (UTC; a series has one answer per date).
    pub occurrence: DateTime<Utc>,
    pub status: String,
    pub created_at: DateTime<Utc>,
}

/// One expression of interest in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedInterest {
    /// The opportunity's public id.
    pub opportunity: String,
    pub message: String,
    pub created_at: DateTime<Utc>,
}

/// One session in an export.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportedSession {
    /// When the member logged in.
    pub created_at: DateTime<Utc>,
    /// When the session was last used (to within a few minutes).
    pub last_seen_at: DateTime<Utc>,
    /// When it ends unless the member logs out first.
    pub expires_at: DateTime<Utc>,
}

/// Collects a member's data.
pub async fn collect(state: &AppState, identity: &Identity) -> AppResult<AccountExport> {
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        let user = User::find(connection, user_id)?;
        let sessions = sessions::table
            .filter(sessions::user_id.eq(user_id))
            .order(sessions::created_at.asc())
            .select((
                sessions::created_at,
                sessions::last_seen_at,
                sessions::expires_at,
            ))
            .load::<(NaiveDateTime, NaiveDateTime, NaiveDateTime)>(connection)?
            .into_iter()
            .map(|(created_at, last_seen_at, expires_at)| ExportedSession {
                created_at: utc(created_at),
                last_seen_at: utc(last_seen_at),
                expires_at: utc(expires_at),
            })
            .collect();
        let memberships = memberships::table
            .inner_join(groups::table)
            .filter(memberships::user_id.eq(user_id))
            .order(memberships::created_at.asc())
            .select((
                groups::slug,
                memberships::role,
                memberships::status,
                memberships::message,
                memberships::created_at,
            ))
            .load::<(String, String, String, Option<String>, NaiveDateTime)>(connection)?
            .into_iter()
            .map(|(group, role, status, message, since)| ExportedMembership {
                group,
                role,
                status,
                message,
                since: utc(since),
            })
            .collect();
        let rsvps = rsvps::table
            .inner_join(events::table)
            .filter(rsvps::user_id.eq(user_id))
            .order((rsvps::created_at.asc(), rsvps::recurrence_id.asc()))
            .select((
                events::uuid,
                rsvps::recurrence_id,
                rsvps::status,
                rsvps::created_at,
            ))
            .load::<(String, NaiveDateTime, String, NaiveDateTime)>(connection)?
            .into_iter()
            .map(|(event, occurrence, status, created_at)| ExportedRsvp {
                event,
                occurrence: utc(occurrence),
                status,
                created_at: utc(created_at),
            })
            .collect();
        let interests = interests::table
            .inner_join(opportunities::table)
            .filter(interests::user_id.eq(user_id))
            .order(interests::created_at.asc())
            .select((
                opportunities::uuid,
                interests::message,
                interests::created_at,
            ))
            .load::<(String, String, NaiveDateTime)>(connection)?
            .into_iter()
            .map(|(opportunity, message, created_at)| ExportedInterest {
                opportunity,
                message,
                created_at: utc(created_at),
            })
            .collect();
        let notifications = notifications::table
            .filter(notifications::user_id.eq(user_id))
            .order(notifications::id.asc())
            .select((
                notifications::kind,
                notifications::link,
                notifications::payload,
                notifications::created_at,
                notifications::read_at,
            ))
            .load::<(String, String, String, NaiveDateTime, Option<NaiveDateTime>)>(connection)?
            .into_iter()
            .map(
                |(kind, link, payload, created_at, read_at)| ExportedNotification {
                    kind,
                    link,
                    payload: serde_json::from_str(&payload).unwrap_or_default(),
                    created_at: utc(created_at),
                    read_at: read_at.map(utc),
                },
            )
            .collect();
        let notification_settings =
            crate::notifications::settings::for_member(connection, user_id)?
                .into_iter()
                .map(|(kind, delivery)| ExportedNotificationSetting {
                    kind: kind.as_str().to_owned(),
                    delivery: delivery.as_str().to_owned(),
                })
                .collect();
        let reports = crate::moderation::reports::mine(connection, user_id, i64::MAX)?
            .into_iter()
            .map(crate::moderation::reports::ReportView::from)
            .collect();
        Ok(AccountExport {
            reports,
            exported_at: Utc::now(),
            account: AccountView::from(user),
            sessions,
            memberships,
            rsvps,
            interests,
            notifications,
            notification_settings,
        })
    })
    .await
}
