//! Expressions of interest: a member says "count me in" with a message, once per opportunity,
//! and may withdraw. Organizers see who, with the skills and languages each member states;
//! members see their own under "My interests"; nobody else sees anything.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::model::{Opportunity, OpportunityDetails, details_for};
use super::policy::{OpportunityAction, conflict};
use super::service::{self, LoadedOpportunity};
use crate::accounts::User;
use crate::auth::session::Identity;
use crate::db::schema::{groups, interests, memberships, opportunities, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::LongText;
use crate::error::{AppError, AppResult};
use crate::groups::policy::{GroupAction, authorize};
use crate::groups::{Group, Membership};
use crate::state::AppState;

/// Longest message sent with an expression of interest.
pub const MESSAGE_MAX: usize = 2_000;

/// An expression of interest as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = interests)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Interest {
    pub id: i64,
    pub opportunity_id: i64,
    pub user_id: i64,
    pub message: String,
    pub created_at: NaiveDateTime,
}

/// An interested member as organizers see them.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InterestedMember {
    /// The member's public id.
    pub user_id: String,
    pub display_name: String,
    pub message: String,
    /// Skills the member states on their profile.
    pub skills: Vec<String>,
    /// Languages the member speaks.
    pub languages: Vec<String>,
    pub heritage_country: Option<String>,
    pub residence_country: Option<String>,
    pub residence_city: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Expressed since you last looked at this list.
    pub is_new: bool,
}

/// The viewer's interest in an opportunity, if any.
pub(crate) fn find(
    connection: &mut AnyConnection,
    opportunity_id: i64,
    user_id: i64,
) -> QueryResult<Option<Interest>> {
    interests::table
        .filter(interests::opportunity_id.eq(opportunity_id))
        .filter(interests::user_id.eq(user_id))
        .select(Interest::as_select())
        .first(connection)
        .optional()
}

/// Reads the message: optional, at most [`MESSAGE_MAX`] characters.
pub fn parse_message(message: Option<&str>) -> Result<String, AppError> {
    match message.map(str::trim).filter(|text| !text.is_empty()) {
        None => Ok(String::new()),
        Some(text) => LongText::parse(text, MESSAGE_MAX)
            .map(|text| text.as_str().to_owned())
            .map_err(|invalid| AppError::field("message", invalid)),
    }
}

/// Expresses interest; a second attempt is `interest_already_expressed`.
pub async fn express(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    message: String,
) -> AppResult<LoadedOpportunity> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        write_transaction(connection, |connection| {
            let loaded = service::find(connection, &uuid, Some(user_id))?;
            if loaded.my_interest.is_some() {
                return Err(already_expressed());
            }
            loaded.authorize(true, OpportunityAction::ExpressInterest)?;
            diesel::insert_into(interests::table)
                .values((
                    interests::opportunity_id.eq(loaded.opportunity.id),
                    interests::user_id.eq(user_id),
                    interests::message.eq(&message),
                    interests::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)
                .map_err(|error| match error {
                    // Two requests raced past the check above.
                    diesel::result::Error::DatabaseError(
                        diesel::result::DatabaseErrorKind::UniqueViolation,
                        _,
                    ) => already_expressed(),
                    other => other.into(),
                })?;
            service::find(connection, &uuid, Some(user_id))
        })
    })
    .await
}

fn already_expressed() -> AppError {
    conflict("interest_already_expressed")
}

/// Withdraws the viewer's interest; without one, `not_found`.
pub async fn withdraw(state: &AppState, identity: &Identity, uuid: &str) -> AppResult<()> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        let loaded = service::find(connection, &uuid, Some(user_id))?;
        let interest = loaded.my_interest.ok_or(AppError::NotFound)?;
        diesel::delete(interests::table.find(interest.id)).execute(connection)?;
        Ok(())
    })
    .await
}

/// Who expressed interest, oldest first (organizers). Looking marks the list as read for this
/// organizer; those who came since their previous look are `is_new`.
pub async fn interested_members(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
) -> AppResult<Vec<InterestedMember>> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        let loaded = service::find(connection, &uuid, Some(user_id))?;
        loaded.authorize(true, OpportunityAction::SeeInterests)?;
        let rows: Vec<(Interest, User)> = interests::table
            .inner_join(users::table)
            .filter(interests::opportunity_id.eq(loaded.opportunity.id))
            .order((interests::created_at.asc(), interests::id.asc()))
            .select((Interest::as_select(), User::as_select()))
            .load(connection)?;
        let newest_shown = rows.iter().map(|(interest, _)| interest.created_at).max();
        let previous_look =
            super::unread::mark_read(connection, user_id, loaded.opportunity.id, newest_shown)?;
        Ok(rows
            .into_iter()
            .map(|(interest, user)| InterestedMember {
                skills: user.skill_list(),
                languages: user.language_list(),
                user_id: user.uuid,
                display_name: user.display_name,
                message: interest.message,
                heritage_country: user.heritage_country,
                residence_country: user.residence_country,
                residence_city: user.residence_city,
                created_at: interest.created_at.and_utc(),
                is_new: previous_look.is_none_or(|looked| interest.created_at > looked),
            })
            .collect())
    })
    .await
}

/// One of the member's own interests, with the opportunity it is in.
#[derive(Debug, Clone)]
pub struct MyInterest {
    pub interest: Interest,
    pub opportunity: Opportunity,
    pub details: OpportunityDetails,
    pub group: Group,
}

/// The member's interests, newest first, in opportunities they can still see.
pub async fn mine(state: &AppState, identity: &Identity) -> AppResult<Vec<MyInterest>> {
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        // A handful of queries for the whole list, never one per interest.
        let rows: Vec<(Interest, Opportunity, Group)> = interests::table
            .inner_join(opportunities::table.inner_join(groups::table))
            .filter(interests::user_id.eq(user_id))
            .order((interests::created_at.desc(), interests::id.desc()))
            .limit(500)
            .select((
                Interest::as_select(),
                Opportunity::as_select(),
                Group::as_select(),
            ))
            .load(connection)?;
        let group_ids: Vec<i64> = rows.iter().map(|(_, _, group)| group.id).collect();
        let member_of: Vec<Membership> = memberships::table
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::group_id.eq_any(&group_ids))
            .select(Membership::as_select())
            .load(connection)?;
        // A group that turned private without them is gone from their view, as everywhere.
        let rows: Vec<_> = rows
            .into_iter()
            .filter(|(_, opportunity, group)| {
                let membership = member_of.iter().find(|m| m.group_id == group.id);
                authorize(group, membership, true, GroupAction::View).is_ok()
                    // Hidden by moderation: only its organizers still see it.
                    && (opportunity.hidden.is_none() || membership.is_some_and(Membership::can_manage))
            })
            .collect();
        let ids: Vec<i64> = rows
            .iter()
            .map(|(_, opportunity, _)| opportunity.id)
            .collect();
        let mut details = details_for(connection, &ids)?;
        Ok(rows
            .into_iter()
            .map(|(interest, opportunity, group)| MyInterest {
                details: details.remove(&opportunity.id).unwrap_or_default(),
                interest,
                opportunity,
                group,
            })
            .collect())
    })
    .await
}
