//! The dates of an event as stored: one row per occurrence, each keeping the start its rule
//! gave it (`recurrence_id`, the iCalendar `RECURRENCE-ID`, in UTC) so answers and single-date
//! moves stay attached to "the third Tuesday" when that Tuesday is moved, and follow it when
//! the whole series is edited ([`follow`]).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::Event;
use super::time;
use crate::db::AnyConnection;
use crate::db::schema::{event_occurrences, rsvps};
use crate::domain::Invalid;

/// One date moved away from where the rule puts it (all instants UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    /// Where the rule puts the date.
    pub recurrence_id: NaiveDateTime,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
}

/// One date of an event (all instants UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Where the rule puts it: the date's identity.
    pub recurrence_id: NaiveDateTime,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
}

/// Which date of the old schedule becomes which date of the new one, when an organizer edits
/// a series: the same start; else the same local day (the time of day changed); else the same
/// place in the series (the weekday changed). A date that finds none is gone. Never maps two
/// old dates to one new date. Both lists are in order.
pub fn follow(
    old: &[NaiveDateTime],
    new: &[NaiveDateTime],
    zone: Tz,
) -> HashMap<NaiveDateTime, NaiveDateTime> {
    let day = |instant: NaiveDateTime| -> NaiveDate { time::in_zone(instant, zone).date_naive() };
    let new_set: HashSet<NaiveDateTime> = new.iter().copied().collect();
    let mut taken: HashSet<NaiveDateTime> = HashSet::new();
    let mut mapped: HashMap<NaiveDateTime, NaiveDateTime> = HashMap::new();
    for start in old.iter().filter(|start| new_set.contains(start)) {
        mapped.insert(*start, *start);
        taken.insert(*start);
    }
    let mut by_day: HashMap<NaiveDate, NaiveDateTime> = HashMap::new();
    for start in new {
        by_day.entry(day(*start)).or_insert(*start);
    }
    for start in old {
        if mapped.contains_key(start) {
            continue;
        }
        if let Some(same_day) = by_day.get(&day(*start))
            && taken.insert(*same_day)
        {
            mapped.insert(*start, *same_day);
        }
    }
    for (place, start) in old.iter().enumerate() {
        if mapped.contains_key(start) {
            continue;
        }
        if let Some(same_place) = new.get(place)
            && taken.insert(*same_place)
        {
            mapped.insert(*start, *same_place);
        }
    }
    mapped
}

/// Replaces an event's dates with `schedule` (each `(start, end)` as the rule gives it), moved
/// dates moved, and carries answers and moves over to the dates that follow theirs. Returns
/// the moves kept and the dates written, in order. Runs in the caller's transaction.
pub fn replace(
    connection: &mut AnyConnection,
    event_id: i64,
    group_id: i64,
    country: Option<&str>,
    schedule: &[(DateTime<Utc>, DateTime<Utc>)],
    zone: Tz,
    moves: &[Move],
) -> QueryResult<(Vec<Move>, Vec<Date>)> {
    let old: Vec<NaiveDateTime> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event_id))
        .order(event_occurrences::recurrence_id.asc())
        .select(event_occurrences::recurrence_id)
        .load(connection)?;
    let new: Vec<NaiveDateTime> = schedule
        .iter()
        .map(|(start, _)| start.naive_utc())
        .collect();
    let followed = follow(&old, &new, zone);
    let kept: Vec<Move> = moves
        .iter()
        .filter_map(|moved| {
            // Moves stored before this series existed (a new event) follow themselves.
            let target = followed.get(&moved.recurrence_id).copied().or_else(|| {
                new.contains(&moved.recurrence_id)
                    .then_some(moved.recurrence_id)
            })?;
            Some(Move {
                recurrence_id: target,
                ..*moved
            })
        })
        .collect();
    let dates: Vec<Date> = schedule
        .iter()
        .map(|(start, end)| {
            let recurrence_id = start.naive_utc();
            match kept
                .iter()
                .find(|moved| moved.recurrence_id == recurrence_id)
            {
                Some(moved) => Date {
                    recurrence_id,
                    starts_at: moved.starts_at,
                    ends_at: moved.ends_at,
                },
                None => Date {
                    recurrence_id,
                    starts_at: recurrence_id,
                    ends_at: end.naive_utc(),
                },
            }
        })
        .collect();
    diesel::delete(event_occurrences::table.filter(event_occurrences::event_id.eq(event_id)))
        .execute(connection)?;
    for date in &dates {
        diesel::insert_into(event_occurrences::table)
            .values((
                event_occurrences::event_id.eq(event_id),
                event_occurrences::group_id.eq(group_id),
                event_occurrences::country.eq(country),
                event_occurrences::recurrence_id.eq(date.recurrence_id),
                event_occurrences::starts_at_utc.eq(date.starts_at),
                event_occurrences::ends_at_utc.eq(date.ends_at),
                event_occurrences::long_running
                    .eq(date.ends_at - date.starts_at > chrono::Duration::days(1)),
            ))
            .execute(connection)?;
    }
    if old.iter().any(|start| followed.get(start) != Some(start)) {
        carry_answers(connection, event_id, &followed)?;
    }
    Ok((kept, dates))
}

/// Moves every answer to the date that follows its own, dropping answers to dates now gone.
fn carry_answers(
    connection: &mut AnyConnection,
    event_id: i64,
    followed: &HashMap<NaiveDateTime, NaiveDateTime>,
) -> QueryResult<()> {
    let answers: Vec<(i64, NaiveDateTime, String, NaiveDateTime)> = rsvps::table
        .filter(rsvps::event_id.eq(event_id))
        .order(rsvps::id.asc())
        .select((
            rsvps::user_id,
            rsvps::recurrence_id,
            rsvps::status,
            rsvps::created_at,
        ))
        .load(connection)?;
    diesel::delete(rsvps::table.filter(rsvps::event_id.eq(event_id))).execute(connection)?;
    for (user_id, recurrence_id, status, created_at) in answers {
        let Some(target) = followed.get(&recurrence_id) else {
            continue;
        };
        diesel::insert_into(rsvps::table)
            .values((
                rsvps::event_id.eq(event_id),
                rsvps::user_id.eq(user_id),
                rsvps::recurrence_id.eq(*target),
                rsvps::status.eq(status),
                rsvps::created_at.eq(created_at),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// The event's dates that have not ended by `now`, soonest first, at most `limit`.
pub fn upcoming(
    connection: &mut AnyConnection,
    event_id: i64,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Date>> {
    let rows: Vec<(NaiveDateTime, NaiveDateTime, NaiveDateTime)> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event_id))
        .filter(event_occurrences::ends_at_utc.gt(now))
        .order((
            event_occurrences::starts_at_utc.asc(),
            event_occurrences::id.asc(),
        ))
        .limit(limit)
        .select((
            event_occurrences::recurrence_id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
        ))
        .load(connection)?;
    Ok(rows.into_iter().map(date_of).collect())
}

/// The event's last date (for an event wholly past).
pub fn last(connection: &mut AnyConnection, event_id: i64) -> QueryResult<Option<Date>> {
    let row: Option<(NaiveDateTime, NaiveDateTime, NaiveDateTime)> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event_id))
        .order(event_occurrences::starts_at_utc.desc())
        .select((
            event_occurrences::recurrence_id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
        ))
        .first(connection)
        .optional()?;
    Ok(row.map(date_of))
}

/// A date from its stored `(recurrence_id, starts_at, ends_at)`.
pub(super) fn date_of(
    (recurrence_id, starts_at, ends_at): (NaiveDateTime, NaiveDateTime, NaiveDateTime),
) -> Date {
    Date {
        recurrence_id,
        starts_at,
        ends_at,
    }
}

/// What a date as typed (`2027-03-23T18:00:00+01:00`, a listed `starts_at`; the rule's own
/// start for a moved date; or a wall time in the event's zone) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    /// A date of the event.
    Date(Date),
    /// A date the organizers cancelled (its local start, as in `cancelled_occurrences`).
    Cancelled(NaiveDateTime),
    /// No date of this event.
    Unknown,
}

/// Finds the date `text` names.
pub fn find(connection: &mut AnyConnection, event: &Event, text: &str) -> Result<Named, Invalid> {
    let zone = event.zone();
    let local = time::parse(text, zone)?.local;
    let instant = time::series_instant(local, zone).naive_utc();
    let row: Option<(NaiveDateTime, NaiveDateTime, NaiveDateTime)> = event_occurrences::table
        .filter(event_occurrences::event_id.eq(event.id))
        .filter(
            event_occurrences::starts_at_utc
                .eq(instant)
                .or(event_occurrences::recurrence_id.eq(instant)),
        )
        // A date moved onto another's start is found by its new start first.
        .order(event_occurrences::starts_at_utc.eq(instant).desc())
        .select((
            event_occurrences::recurrence_id,
            event_occurrences::starts_at_utc,
            event_occurrences::ends_at_utc,
        ))
        .first(connection)
        .optional()
        .map_err(|_| Invalid::new("unknown_occurrence"))?;
    if let Some(row) = row {
        return Ok(Named::Date(date_of(row)));
    }
    if event.exception_list().contains(&local) {
        return Ok(Named::Cancelled(local));
    }
    Ok(Named::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test time")
    }

    fn tuesdays(hour: &str) -> Vec<NaiveDateTime> {
        ["2027-03-02", "2027-03-09", "2027-03-16", "2027-03-23"]
            .iter()
            .map(|day| at(&format!("{day} {hour}")))
            .collect()
    }

    #[test]
    fn an_hour_later_keeps_each_answer_on_its_day() {
        let zone: Tz = "Europe/Paris".parse().expect("zone");
        let (old, new) = (tuesdays("17:00"), tuesdays("18:00"));
        let followed = follow(&old, &new, zone);
        for (before, after) in old.iter().zip(&new) {
            assert_eq!(followed.get(before), Some(after));
        }
    }

    #[test]
    fn a_change_of_weekday_keeps_each_answer_in_its_place() {
        let zone: Tz = "Europe/Paris".parse().expect("zone");
        let old = tuesdays("17:00");
        let new: Vec<NaiveDateTime> = old.iter().map(|t| *t + chrono::Duration::days(1)).collect();
        let followed = follow(&old, &new, zone);
        assert_eq!(followed.get(&old[2]), Some(&new[2]));
        assert_eq!(followed.len(), 4);
    }

    #[test]
    fn a_series_started_a_week_later_drops_only_the_first_date() {
        let zone: Tz = "UTC".parse().expect("zone");
        let old = tuesdays("17:00");
        let mut new = old[1..].to_vec();
        new.push(at("2027-03-30 17:00"));
        let followed = follow(&old, &new, zone);
        assert_eq!(
            followed.get(&old[0]),
            None,
            "its place is taken by a kept date"
        );
        assert_eq!(followed.get(&old[1]), Some(&old[1]));
        assert_eq!(followed.len(), 3);
    }

    #[test]
    fn a_shorter_series_drops_the_dates_it_no_longer_has() {
        let zone: Tz = "UTC".parse().expect("zone");
        let old = tuesdays("17:00");
        let followed = follow(&old, &old[..2], zone);
        assert_eq!(followed.len(), 2);
        assert_eq!(followed.get(&old[3]), None);
    }
}
