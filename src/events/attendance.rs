//! Reading answers: seats taken and waiting per date, the viewer's own answer and place in
//! the waitlist, the attendee list organizers see, and a member's upcoming dates. Answers are
//! per date ([`super::occurrences`]); a single event has one date.

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::model::{Event, RsvpStatus};
use super::occurrences::{self, Date, Named, date_of};
use crate::auth::session::Identity;
use crate::db::schema::{event_occurrences, rsvps, users};
use crate::db::{self, AnyConnection};
use crate::error::{AppError, AppResult};
use crate::groups::policy::{GroupAction, authorize};
use crate::state::AppState;

/// Most dates one event's page or API object lists with their counts.
pub const DATES_SHOWN: i64 = 100;

/// Seat counts of one date and the viewer's own answer to it.
#[derive(Debug, Clone, Default)]
pub struct Attendance {
    pub going: i64,
    pub waitlisted: i64,
    /// The viewer's status, and their place in the waitlist (1 = next).
    pub mine: Option<(RsvpStatus, Option<i64>)>,
}

/// One date with its attendance.
#[derive(Debug, Clone)]
pub struct DateAttendance {
    pub date: Date,
    pub attendance: Attendance,
}

/// The dates of an event an answer can still go to (or its last date, when all are past),
/// each with its counts and the viewer's answer.
pub fn dates_of(
    connection: &mut AnyConnection,
    event: &Event,
    viewer_id: Option<i64>,
) -> QueryResult<Vec<DateAttendance>> {
    let mut dates =
        occurrences::upcoming(connection, event.id, Utc::now().naive_utc(), DATES_SHOWN)?;
    if dates.is_empty() {
        dates.extend(occurrences::last(connection, event.id)?);
    }
    let ids: Vec<NaiveDateTime> = dates.iter().map(|date| date.recurrence_id).collect();
    let counts: Vec<(NaiveDateTime, String, i64)> = rsvps::table
        .filter(rsvps::event_id.eq(event.id))
        .filter(rsvps::recurrence_id.eq_any(&ids))
        .group_by((rsvps::recurrence_id, rsvps::status))
        .select((
            rsvps::recurrence_id,
            rsvps::status,
            diesel::dsl::count_star(),
        ))
        .load(connection)?;
    let count = |recurrence_id: NaiveDateTime, status: RsvpStatus| {
        counts
            .iter()
            .find(|(id, stored, _)| *id == recurrence_id && stored == status.as_str())
            .map_or(0, |(.., count)| *count)
    };
    // The viewer's own answers in one query; a place in a waitlist costs one more, and only
    // for the dates she waits for.
    let own: Vec<(i64, NaiveDateTime, String, NaiveDateTime)> = match viewer_id {
        Some(user_id) => rsvps::table
            .filter(rsvps::event_id.eq(event.id))
            .filter(rsvps::user_id.eq(user_id))
            .select((
                rsvps::id,
                rsvps::recurrence_id,
                rsvps::status,
                rsvps::created_at,
            ))
            .load(connection)?,
        None => Vec::new(),
    };
    let mut answered = Vec::new();
    for date in dates {
        let mine = match own.iter().find(|row| row.1 == date.recurrence_id) {
            Some((id, _, status, created_at)) => Some(placed(
                connection,
                event.id,
                date.recurrence_id,
                (*id, status, *created_at),
            )?),
            None => None,
        };
        answered.push(DateAttendance {
            attendance: Attendance {
                going: count(date.recurrence_id, RsvpStatus::Going),
                waitlisted: count(date.recurrence_id, RsvpStatus::Waitlisted),
                mine,
            },
            date,
        });
    }
    Ok(answered)
}

/// The viewer's answer to one date, with her place in its waitlist.
pub fn mine(
    connection: &mut AnyConnection,
    event_id: i64,
    recurrence_id: NaiveDateTime,
    user_id: i64,
) -> QueryResult<Option<(RsvpStatus, Option<i64>)>> {
    let row: Option<(i64, String, NaiveDateTime)> = rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::recurrence_id.eq(recurrence_id))
        .filter(rsvps::user_id.eq(user_id))
        .select((rsvps::id, rsvps::status, rsvps::created_at))
        .first(connection)
        .optional()?;
    row.map(|(id, status, created_at)| {
        placed(
            connection,
            event_id,
            recurrence_id,
            (id, &status, created_at),
        )
    })
    .transpose()
}

/// An answer's status, with its place when it waits: `(id, status, created_at)` of the row.
fn placed(
    connection: &mut AnyConnection,
    event_id: i64,
    recurrence_id: NaiveDateTime,
    (id, status, created_at): (i64, &str, NaiveDateTime),
) -> QueryResult<(RsvpStatus, Option<i64>)> {
    let status = RsvpStatus::parse(status).unwrap_or(RsvpStatus::Going);
    if status != RsvpStatus::Waitlisted {
        return Ok((status, None));
    }
    let ahead: i64 = rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .filter(rsvps::recurrence_id.eq(recurrence_id))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .filter(
            rsvps::created_at
                .lt(created_at)
                .or(rsvps::created_at.eq(created_at).and(rsvps::id.lt(id))),
        )
        .count()
        .get_result(connection)?;
    Ok((status, Some(ahead + 1)))
}

/// One person's answer to one date, on the attendee list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Attendee {
    pub user_id: String,
    pub display_name: String,
    /// The date answered: its `starts_at`, with the event's UTC offset.
    #[schema(value_type = String)]
    pub occurrence: DateTime<FixedOffset>,
    pub status: RsvpStatus,
    /// Place in the date's waitlist (1 = next), for waitlisted people.
    pub waitlist_position: Option<i64>,
    pub since: DateTime<Utc>,
}

/// Who is going and who waits, date by date and in order (organizers only); only the date
/// `occurrence` names when given.
pub async fn attendees(
    state: &AppState,
    identity: &Identity,
    uuid: &str,
    occurrence: Option<String>,
) -> AppResult<Vec<Attendee>> {
    let (uuid, user_id) = (uuid.to_owned(), identity.user.id);
    db::run(&state.db, move |connection| {
        let loaded = super::service::editable(connection, &uuid, user_id)?;
        let only = match occurrence.as_deref() {
            None => None,
            Some(text) => match occurrences::find(connection, &loaded.event, text)
                .map_err(|invalid| AppError::field("occurrence", invalid))?
            {
                Named::Date(date) => Some(date.recurrence_id),
                _ => return Err(unknown_occurrence()),
            },
        };
        let mut query = rsvps::table
            .inner_join(users::table)
            .inner_join(
                event_occurrences::table.on(event_occurrences::event_id
                    .eq(rsvps::event_id)
                    .and(event_occurrences::recurrence_id.eq(rsvps::recurrence_id))),
            )
            .filter(rsvps::event_id.eq(loaded.event.id))
            .into_boxed();
        if let Some(recurrence_id) = only {
            query = query.filter(rsvps::recurrence_id.eq(recurrence_id));
        }
        let rows: Vec<(String, String, NaiveDateTime, String, NaiveDateTime)> = query
            .order((
                event_occurrences::starts_at_utc.asc(),
                rsvps::status.asc(),
                rsvps::created_at.asc(),
                rsvps::id.asc(),
            ))
            .select((
                users::uuid,
                users::display_name,
                event_occurrences::starts_at_utc,
                rsvps::status,
                rsvps::created_at,
            ))
            .load(connection)?;
        let zone = loaded.event.zone();
        let (mut position, mut date) = (0, None);
        Ok(rows
            .into_iter()
            .map(|(user_id, display_name, starts_at, status, since)| {
                if date != Some(starts_at) {
                    (position, date) = (0, Some(starts_at));
                }
                let status = RsvpStatus::parse(&status).unwrap_or(RsvpStatus::Going);
                let waitlist_position = (status == RsvpStatus::Waitlisted).then(|| {
                    position += 1;
                    position
                });
                Attendee {
                    user_id,
                    display_name,
                    occurrence: super::time::in_zone(starts_at, zone),
                    status,
                    waitlist_position,
                    since: since.and_utc(),
                }
            })
            .collect())
    })
    .await
}

/// `unknown_occurrence` on the field `occurrence`.
pub fn unknown_occurrence() -> AppError {
    AppError::field(
        "occurrence",
        crate::domain::Invalid::new("unknown_occurrence"),
    )
}

/// Most dates a member's "my events" lists.
const MY_DATES: i64 = 500;

/// The dates the member answered (going or waitlisted) that have not ended, soonest first:
/// one item per date, each with that date's counts and her place.
pub async fn my_upcoming(
    state: &AppState,
    identity: &Identity,
) -> AppResult<Vec<super::service::LoadedEvent>> {
    use crate::db::schema::{events, groups, memberships};
    use crate::groups::{Group, Membership};
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        // A handful of queries for the whole list, never one per event.
        type Times = (NaiveDateTime, NaiveDateTime, NaiveDateTime);
        type Answered = (i64, String, NaiveDateTime);
        let rows: Vec<(Event, Group, Times, Answered)> = rsvps::table
            .inner_join(events::table.inner_join(groups::table))
            .inner_join(
                event_occurrences::table.on(event_occurrences::event_id
                    .eq(rsvps::event_id)
                    .and(event_occurrences::recurrence_id.eq(rsvps::recurrence_id))),
            )
            .filter(rsvps::user_id.eq(user_id))
            .filter(event_occurrences::ends_at_utc.gt(Utc::now().naive_utc()))
            .order((event_occurrences::starts_at_utc.asc(), events::id.asc()))
            .limit(MY_DATES)
            .select((
                Event::as_select(),
                Group::as_select(),
                (
                    event_occurrences::recurrence_id,
                    event_occurrences::starts_at_utc,
                    event_occurrences::ends_at_utc,
                ),
                (rsvps::id, rsvps::status, rsvps::created_at),
            ))
            .load(connection)?;
        let rows: Vec<(Event, Group, Date, Answered)> = rows
            .into_iter()
            .map(|(event, group, times, answered)| (event, group, date_of(times), answered))
            .collect();
        let group_ids: Vec<i64> = rows.iter().map(|(_, group, ..)| group.id).collect();
        let member_of: Vec<Membership> = memberships::table
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::group_id.eq_any(&group_ids))
            .select(Membership::as_select())
            .load(connection)?;
        let membership_in =
            |group: &Group| member_of.iter().find(|m| m.group_id == group.id).cloned();
        // Events of groups the member may no longer see are left out, as everywhere else.
        let rows: Vec<_> = rows
            .into_iter()
            .filter(|(event, group, ..)| {
                let membership = membership_in(group);
                authorize(group, membership.as_ref(), true, GroupAction::View).is_ok()
                    // Hidden by moderation: only its organizers still see it.
                    && (event.hidden.is_none()
                        || membership.as_ref().is_some_and(Membership::can_manage))
            })
            .collect();
        let event_ids: Vec<i64> = rows.iter().map(|(event, ..)| event.id).collect();
        let translations = super::model::translations_for(connection, &event_ids)?;
        let details = crate::groups::details_for(connection, &group_ids)?;
        let counts: Vec<(i64, NaiveDateTime, String, i64)> = rsvps::table
            .filter(db::among(rsvps::event_id, &event_ids))
            .group_by((rsvps::event_id, rsvps::recurrence_id, rsvps::status))
            .select((
                rsvps::event_id,
                rsvps::recurrence_id,
                rsvps::status,
                diesel::dsl::count_star(),
            ))
            .load(connection)?;
        let count_of = |event_id: i64, recurrence_id: NaiveDateTime, status: RsvpStatus| {
            counts
                .iter()
                .find(|(id, date, stored, _)| {
                    *id == event_id && *date == recurrence_id && stored == status.as_str()
                })
                .map_or(0, |(.., count)| *count)
        };
        let mut loaded = Vec::with_capacity(rows.len());
        for (event, group, date, (id, status, created_at)) in rows {
            let recurrence_id = date.recurrence_id;
            let attendance = Attendance {
                going: count_of(event.id, recurrence_id, RsvpStatus::Going),
                waitlisted: count_of(event.id, recurrence_id, RsvpStatus::Waitlisted),
                mine: Some(placed(
                    connection,
                    event.id,
                    recurrence_id,
                    (id, &status, created_at),
                )?),
            };
            loaded.push(super::service::LoadedEvent {
                translations: translations.get(&event.id).cloned().unwrap_or_default(),
                group_details: details.get(&group.id).cloned().unwrap_or_default(),
                membership: membership_in(&group),
                occurrence: (date.starts_at, date.ends_at),
                dates: Vec::new(),
                event,
                group,
                attendance,
            });
        }
        Ok(loaded)
    })
    .await
}
