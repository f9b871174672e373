//! RSVPs with a fair waitlist: seats go first come, first served; when someone withdraws, the
//! longest-waiting person gets the seat. Each change locks the event first (a row lock on
//! PostgreSQL, the write lock on SQLite), so two people racing for the last seat never both
//! get it.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::model::{Event, EventStatus, RsvpStatus};
use crate::auth::session::Identity;
use crate::db::schema::{rsvps, users};
use crate::db::{self, AnyConnection, write_transaction};
use crate::domain::Invalid;
use crate::error::{AppError, AppResult, FieldError};
use crate::groups::policy::{GroupAction, authorize};
use crate::state::AppState;

/// Seat counts and the viewer's own answer.
#[derive(Debug, Clone, Default)]
pub struct Attendance {
    pub going: i64,
    pub waitlisted: i64,
    /// The viewer's status, and their place in the waitlist (1 = next).
    pub mine: Option<(RsvpStatus, Option<i64>)>,
}

/// Counts for an event and the viewer's RSVP.
pub fn attendance(
    connection: &mut AnyConnection,
    event: &Event,
    viewer_id: Option<i64>,
) -> QueryResult<Attendance> {
    let count = |connection: &mut AnyConnection, status: RsvpStatus| -> QueryResult<i64> {
        rsvps::table
            .filter(rsvps::event_id.eq(event.id))
            .filter(rsvps::status.eq(status.as_str()))
            .count()
            .get_result(connection)
    };
    let going = count(connection, RsvpStatus::Going)?;
    let waitlisted = count(connection, RsvpStatus::Waitlisted)?;
    let mine = match viewer_id {
        Some(user_id) => mine(connection, event.id, user_id)?,
        None => None,
    };
    Ok(Attendance {
        going,
        waitlisted,
        mine,
    })
}

fn mine(
    connection: &mut AnyConnection,
    event_id: i64,
    user_id: i64,
) -> QueryResult<Option<(RsvpStatus, Option<i64>)>> {
    let row: Option<(i64, String, NaiveDateTime)> = rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::user_id.eq(user_id))
        .select((rsvps::id, rsvps::status, rsvps::created_at))
        .first(connection)
        .optional()?;
    let Some((id, status, created_at)) = row else {
        return Ok(None);
    };
    let status = RsvpStatus::parse(&status).unwrap_or(RsvpStatus::Going);
    if status != RsvpStatus::Waitlisted {
        return Ok(Some((status, None)));
    }
    let ahead: i64 = rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .filter(
            rsvps::created_at
                .lt(created_at)
                .or(rsvps::created_at.eq(created_at).and(rsvps::id.lt(id))),
        )
        .count()
        .get_result(connection)?;
    Ok(Some((status, Some(ahead + 1))))
}

fn refused(code: &'static str) -> AppError {
    AppError::Conflict(FieldError::new("status", Invalid::new(code)))
}

/// Takes the event's lock for the rest of the transaction.
fn lock_event(connection: &mut AnyConnection, event_id: i64) -> QueryResult<()> {
    if let AnyConnection::Postgresql(_) = connection {
        diesel::sql_query("SELECT id FROM events WHERE id = $1 FOR UPDATE")
            .bind::<diesel::sql_types::BigInt, _>(event_id)
            .execute(connection)?;
    }
    // SQLite: `write_transaction` already holds the database's write lock.
    Ok(())
}

/// Answers going or not going; returns the resulting status and waitlist place.
pub async fn respond(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    going: bool,
) -> AppResult<(RsvpStatus, Option<i64>)> {
    let (uuid, user_id, state) = (uuid.to_owned(), identity.user.id, state.clone());
    db::run(&state.db.clone(), move |connection| {
        write_transaction(connection, |connection| {
            let loaded = super::service::find(connection, &uuid, Some(user_id))?;
            let event = &loaded.event;
            if event.status() == EventStatus::Cancelled {
                return Err(refused("event_cancelled"));
            }
            if event.series_ends_at_utc <= Utc::now().naive_utc() {
                return Err(refused("event_past"));
            }
            lock_event(connection, event.id)?;
            let current = mine(connection, event.id, user_id)?;
            if going {
                if current.is_none() {
                    let going_now: i64 = rsvps::table
                        .filter(rsvps::event_id.eq(event.id))
                        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
                        .count()
                        .get_result(connection)?;
                    let full = event.capacity.is_some_and(|capacity| going_now >= capacity);
                    let status = if full {
                        RsvpStatus::Waitlisted
                    } else {
                        RsvpStatus::Going
                    };
                    diesel::insert_into(rsvps::table)
                        .values((
                            rsvps::event_id.eq(event.id),
                            rsvps::user_id.eq(user_id),
                            rsvps::status.eq(status.as_str()),
                            rsvps::created_at.eq(Utc::now().naive_utc()),
                        ))
                        .execute(connection)?;
                }
            } else if let Some((status, _)) = current {
                diesel::delete(
                    rsvps::table
                        .filter(rsvps::event_id.eq(event.id))
                        .filter(rsvps::user_id.eq(user_id)),
                )
                .execute(connection)?;
                if status == RsvpStatus::Going {
                    promote_waitlisted(connection, &state, event.id, event.capacity)?;
                }
            }
            Ok(mine(connection, event.id, user_id)?.unwrap_or((RsvpStatus::NotGoing, None)))
        })
    })
    .await
}

/// Gives free seats to the longest-waiting people and tells each, in the caller's
/// transaction (so the notice commits with the seat).
pub fn promote_waitlisted(
    connection: &mut AnyConnection,
    state: &AppState,
    event_id: i64,
    capacity: Option<i64>,
) -> AppResult<()> {
    let mut promoted = Vec::new();
    loop {
        let going: i64 = rsvps::table
            .filter(rsvps::event_id.eq(event_id))
            .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
            .count()
            .get_result(connection)?;
        if capacity.is_some_and(|capacity| going >= capacity) {
            break;
        }
        let next: Option<(i64, i64)> = rsvps::table
            .filter(rsvps::event_id.eq(event_id))
            .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
            .order((rsvps::created_at.asc(), rsvps::id.asc()))
            .select((rsvps::id, rsvps::user_id))
            .first(connection)
            .optional()?;
        let Some((next, user_id)) = next else { break };
        diesel::update(rsvps::table.find(next))
            .set(rsvps::status.eq(RsvpStatus::Going.as_str()))
            .execute(connection)?;
        promoted.push(user_id);
    }
    super::notices::seats_given(connection, state, event_id, &promoted)
}

/// One person on the attendee list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Attendee {
    pub user_id: String,
    pub display_name: String,
    pub status: RsvpStatus,
    /// Place in the waitlist (1 = next), for waitlisted people.
    pub waitlist_position: Option<i64>,
    pub since: chrono::DateTime<Utc>,
}

/// Who is going and who waits, in order (organizers only).
pub async fn attendees(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
) -> AppResult<Vec<Attendee>> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        let loaded = super::service::find(connection, &uuid, Some(user_id))?;
        authorize(
            &loaded.group,
            loaded.membership.as_ref(),
            true,
            GroupAction::Edit,
        )?;
        let rows: Vec<(String, String, String, NaiveDateTime)> = rsvps::table
            .inner_join(users::table)
            .filter(rsvps::event_id.eq(loaded.event.id))
            .order((
                rsvps::status.asc(),
                rsvps::created_at.asc(),
                rsvps::id.asc(),
            ))
            .select((
                users::uuid,
                users::display_name,
                rsvps::status,
                rsvps::created_at,
            ))
            .load(connection)?;
        let mut position = 0;
        Ok(rows
            .into_iter()
            .map(|(user_id, display_name, status, since)| {
                let status = RsvpStatus::parse(&status).unwrap_or(RsvpStatus::Going);
                let waitlist_position = (status == RsvpStatus::Waitlisted).then(|| {
                    position += 1;
                    position
                });
                Attendee {
                    user_id,
                    display_name,
                    status,
                    waitlist_position,
                    since: since.and_utc(),
                }
            })
            .collect())
    })
    .await
}

/// Events the member RSVPed to (going or waitlisted) that have not ended, soonest first.
pub async fn my_upcoming(
    state: &AppState,
    identity: &Identity,
) -> AppResult<Vec<super::service::LoadedEvent>> {
    use crate::db::schema::{events, groups, memberships};
    use crate::groups::{Group, Membership};
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        // A handful of queries for the whole list, never one per event.
        let rows: Vec<(Event, Group)> = rsvps::table
            .inner_join(events::table.inner_join(groups::table))
            .filter(rsvps::user_id.eq(user_id))
            .filter(events::series_ends_at_utc.gt(Utc::now().naive_utc()))
            .order((events::starts_at_utc.asc(), events::id.asc()))
            .select((Event::as_select(), Group::as_select()))
            .load(connection)?;
        let group_ids: Vec<i64> = rows.iter().map(|(_, group)| group.id).collect();
        let member_of: Vec<Membership> = memberships::table
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::group_id.eq_any(&group_ids))
            .select(Membership::as_select())
            .load(connection)?;
        // Events of groups the member may no longer see are left out, as everywhere else.
        let rows: Vec<(Event, Group, Option<Membership>)> = rows
            .into_iter()
            .map(|(event, group)| {
                let membership = member_of.iter().find(|m| m.group_id == group.id).cloned();
                (event, group, membership)
            })
            .filter(|(event, group, membership)| {
                authorize(group, membership.as_ref(), true, GroupAction::View).is_ok()
                    // Hidden by moderation: only its organizers still see it.
                    && (event.hidden.is_none()
                        || membership.as_ref().is_some_and(Membership::can_manage))
            })
            .collect();
        let event_ids: Vec<i64> = rows.iter().map(|(event, ..)| event.id).collect();
        let mut translations = super::model::translations_for(connection, &event_ids)?;
        let details = crate::groups::details_for(connection, &group_ids)?;
        let counts: Vec<(i64, String, i64)> = rsvps::table
            .filter(rsvps::event_id.eq_any(&event_ids))
            .group_by((rsvps::event_id, rsvps::status))
            .select((rsvps::event_id, rsvps::status, diesel::dsl::count_star()))
            .load(connection)?;
        let count_of = |event_id: i64, status: RsvpStatus| {
            counts
                .iter()
                .find(|(id, stored, _)| *id == event_id && stored == status.as_str())
                .map_or(0, |(_, _, count)| *count)
        };
        let mut loaded = Vec::with_capacity(rows.len());
        for (event, group, membership) in rows {
            let attendance = Attendance {
                going: count_of(event.id, RsvpStatus::Going),
                waitlisted: count_of(event.id, RsvpStatus::Waitlisted),
                mine: mine(connection, event.id, user_id)?,
            };
            loaded.push(super::service::LoadedEvent {
                translations: translations.remove(&event.id).unwrap_or_default(),
                group_details: details.get(&group.id).cloned().unwrap_or_default(),
                event,
                group,
                membership,
                attendance,
            });
        }
        Ok(loaded)
    })
    .await
}

/// Withdraws a departing account from every event, in the caller's transaction, giving each
/// freed seat to the next person waiting.
pub fn withdraw_all(
    connection: &mut AnyConnection,
    state: &AppState,
    user_id: i64,
) -> AppResult<()> {
    use crate::db::schema::events;
    let answers: Vec<(i64, String, Option<i64>)> = rsvps::table
        .inner_join(events::table)
        .filter(rsvps::user_id.eq(user_id))
        .select((rsvps::event_id, rsvps::status, events::capacity))
        .load(connection)?;
    for (event_id, status, capacity) in answers {
        lock_event(connection, event_id)?;
        diesel::delete(
            rsvps::table
                .filter(rsvps::event_id.eq(event_id))
                .filter(rsvps::user_id.eq(user_id)),
        )
        .execute(connection)?;
        if status == RsvpStatus::Going.as_str() {
            promote_waitlisted(connection, state, event_id, capacity)?;
        }
    }
    Ok(())
}
