//! New interest, told to the organizers of the group that offers the opportunity: batched, at
//! most once an hour per organizer. What counts as new is what the existing marks say an
//! organizer has not looked at (`unread`), so the notice and the marks never disagree; looking
//! at the list makes it old news as before.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{
    interest_reads, interests, memberships, notifications, opportunities, opportunity_translations,
};
use crate::error::AppResult;
use crate::groups::{MemberRole, MemberStatus};
use crate::notifications::{Notice, NotificationKind, Payload, notify};
use crate::state::AppState;

/// The least time between two new-interest notices to one organizer.
pub const BATCH_EVERY: Duration = Duration::hours(1);
/// Interest older than this is no longer news for a notice (the marks still show it).
const NEWS_FOR: Duration = Duration::days(7);

/// What is due: per organizer, new people per opportunity since the last notice, and when
/// that last notice was (if ever).
type Due = BTreeMap<i64, (BTreeMap<i64, i64>, Option<NaiveDateTime>)>;

/// Whether any organizer is due a new-interest notice (a read, so an idle instance takes no
/// write lock to find nothing).
pub fn any_due(connection: &mut AnyConnection) -> QueryResult<bool> {
    Ok(!due(connection, Utc::now().naive_utc())?.is_empty())
}

fn due(connection: &mut AnyConnection, now: NaiveDateTime) -> QueryResult<Due> {
    // (organizer, opportunity, when interest was expressed), for interest they have not seen.
    let unseen: Vec<(i64, i64, NaiveDateTime)> = interests::table
        .inner_join(opportunities::table)
        .inner_join(
            memberships::table.on(memberships::group_id
                .eq(opportunities::group_id)
                .and(memberships::status.eq(MemberStatus::Active.as_str()))
                .and(
                    memberships::role
                        .eq_any([MemberRole::Owner.as_str(), MemberRole::Organizer.as_str()]),
                )),
        )
        .left_join(
            interest_reads::table.on(interest_reads::opportunity_id
                .eq(interests::opportunity_id)
                .and(interest_reads::user_id.eq(memberships::user_id))),
        )
        .filter(interests::created_at.gt(now - NEWS_FOR))
        .filter(interests::user_id.ne(memberships::user_id))
        .filter(
            interest_reads::read_at
                .nullable()
                .is_null()
                .or(interests::created_at
                    .nullable()
                    .gt(interest_reads::read_at.nullable())),
        )
        .select((
            memberships::user_id,
            interests::opportunity_id,
            interests::created_at,
        ))
        .load(connection)?;
    if unseen.is_empty() {
        return Ok(Due::new());
    }
    let organizers: Vec<i64> = unseen.iter().map(|(organizer, _, _)| *organizer).collect();
    let last_told: HashMap<i64, NaiveDateTime> = notifications::table
        .filter(notifications::kind.eq(NotificationKind::NewInterest.as_str()))
        .filter(notifications::user_id.eq_any(&organizers))
        .group_by(notifications::user_id)
        .select((
            notifications::user_id,
            diesel::dsl::max(notifications::created_at),
        ))
        .load::<(i64, Option<NaiveDateTime>)>(connection)?
        .into_iter()
        .filter_map(|(organizer, at)| at.map(|at| (organizer, at)))
        .collect();
    // Per organizer: how many new people per opportunity, counting only interest since the
    // last notice.
    let mut news = Due::new();
    for (organizer, opportunity, at) in unseen {
        let told = last_told.get(&organizer).copied();
        match told {
            Some(told) if now - told < BATCH_EVERY || at <= told => continue,
            _ => {
                let (counts, _) = news.entry(organizer).or_insert((BTreeMap::new(), told));
                *counts.entry(opportunity).or_default() += 1;
            }
        }
    }
    Ok(news)
}

/// Tells each organizer with interest they have not seen, and not told of yet, at most once
/// an hour. Returns how many organizers were told.
pub fn notify_due(connection: &mut AnyConnection, state: &AppState) -> AppResult<usize> {
    let news = due(connection, Utc::now().naive_utc())?;
    let mut told = 0;
    for (organizer, (counts, last_told)) in news {
        let people: i64 = counts.values().sum();
        // The opportunity with the most new interest names the notice.
        let Some((&leading, _)) = counts.iter().max_by_key(|(id, count)| (**count, -**id)) else {
            continue;
        };
        let (uuid, primary): (String, String) = opportunities::table
            .find(leading)
            .select((opportunities::uuid, opportunities::primary_language))
            .first(connection)?;
        let titles: Vec<(String, String)> = opportunity_translations::table
            .filter(opportunity_translations::opportunity_id.eq(leading))
            .order(opportunity_translations::language)
            .select((
                opportunity_translations::language,
                opportunity_translations::title,
            ))
            .load(connection)?;
        let notice = Notice {
            kind: NotificationKind::NewInterest,
            title: "notice-new-interest",
            detail: "notice-new-interest-detail",
            link: format!("/opportunities/{uuid}"),
            payload: Payload::default()
                .translated("opportunity", titles, &primary)
                .number("people", people)
                .number("more", counts.len() as i64 - 1),
            // Named after the notice it follows: two instances that both find this batch due
            // write the same key, and only one of them tells.
            once_key: Some(format!(
                "new_interest:after:{}",
                last_told.map_or(0, |at| at.and_utc().timestamp_micros())
            )),
            calendar: None,
            account_matter: false,
        };
        told += notify(connection, state, &[organizer], &notice)?;
    }
    Ok(told)
}
