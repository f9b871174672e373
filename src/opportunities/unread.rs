//! New interest for organizers: who expressed interest since an organizer last looked at an
//! opportunity's list. Looking at the list (`interest::interested_members`, through
//! [`mark_read`]) makes it old news for that organizer only; the others still see it as new.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::listing::ListedOpportunity;
use super::model::{Opportunity, details_for};
use super::policy::{OpportunityAction, authorize};
use crate::auth::session::Identity;
use crate::db::schema::{groups, interest_reads, interests, memberships, opportunities};
use crate::db::{self, AnyConnection};
use crate::error::AppResult;
use crate::groups::{Group, MemberStatus, Membership};
use crate::state::AppState;

/// Most opportunities listed with new interest.
const LISTED: usize = 50;

/// Records that `user_id` has seen the interest in `opportunity_id` up to `newest_shown` (the
/// latest `created_at` in the list they were shown, if any); returns how far they had seen
/// before, if ever. Interest committed after the list was read, even if stamped earlier by a
/// slower writer, stays new: the mark is what was shown, not the clock.
pub fn mark_read(
    connection: &mut AnyConnection,
    user_id: i64,
    opportunity_id: i64,
    newest_shown: Option<NaiveDateTime>,
) -> QueryResult<Option<NaiveDateTime>> {
    let previous: Option<NaiveDateTime> = interest_reads::table
        .find((user_id, opportunity_id))
        .select(interest_reads::read_at)
        .first(connection)
        .optional()?;
    let Some(seen) = newest_shown.filter(|seen| previous.is_none_or(|before| *seen > before))
    else {
        return Ok(previous);
    };
    if previous.is_some() {
        diesel::update(interest_reads::table.find((user_id, opportunity_id)))
            .set(interest_reads::read_at.eq(seen))
            .execute(connection)?;
        return Ok(previous);
    }
    let inserted = diesel::insert_into(interest_reads::table)
        .values((
            interest_reads::user_id.eq(user_id),
            interest_reads::opportunity_id.eq(opportunity_id),
            interest_reads::read_at.eq(seen),
        ))
        .execute(connection);
    match inserted {
        // The same organizer's other tab recorded its look at the same moment: either will do.
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(None),
        other => other.map(|_| None),
    }
}

/// Interest an organizer has not looked at yet, in one opportunity.
#[derive(Debug, Clone)]
pub struct NewInterest {
    pub listed: ListedOpportunity,
    /// How many people expressed interest since the organizer last looked.
    pub count: usize,
}

/// The opportunities of the groups `identity` runs that have new interest: most first, then the
/// newest opportunity.
pub async fn for_organizer(state: &AppState, identity: &Identity) -> AppResult<Vec<NewInterest>> {
    let user_id = identity.user.id;
    db::run(&state.db, move |connection| {
        // The groups they help run narrow the search; the policy decides below, per opportunity.
        let runs: Vec<Membership> = memberships::table
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::status.eq(MemberStatus::Active.as_str()))
            .select(Membership::as_select())
            .load::<Membership>(connection)?
            .into_iter()
            .filter(Membership::can_manage)
            .collect();
        let group_ids: Vec<i64> = runs.iter().map(|membership| membership.group_id).collect();
        let unseen: Vec<i64> = interests::table
            .inner_join(opportunities::table)
            .left_join(
                interest_reads::table.on(interest_reads::opportunity_id
                    .eq(interests::opportunity_id)
                    .and(interest_reads::user_id.eq(user_id))),
            )
            .filter(opportunities::group_id.eq_any(&group_ids))
            .filter(interests::user_id.ne(user_id))
            .filter(
                interest_reads::read_at
                    .nullable()
                    .is_null()
                    .or(interests::created_at
                        .nullable()
                        .gt(interest_reads::read_at.nullable())),
            )
            .select(interests::opportunity_id)
            .load(connection)?;
        let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
        for opportunity_id in unseen {
            *counts.entry(opportunity_id).or_default() += 1;
        }
        let ids: Vec<i64> = counts.keys().copied().collect();
        let rows: Vec<(Opportunity, Group)> = opportunities::table
            .inner_join(groups::table)
            .filter(opportunities::id.eq_any(&ids))
            .select((Opportunity::as_select(), Group::as_select()))
            .load(connection)?;
        let mut details = details_for(connection, &ids)?;
        let now = Utc::now().naive_utc();
        let mut listed: Vec<NewInterest> = rows
            .into_iter()
            .filter(|(opportunity, group)| {
                let membership = runs.iter().find(|m| m.group_id == group.id);
                let action = OpportunityAction::SeeInterests;
                authorize(group, membership, true, Some(opportunity), action, now).is_ok()
            })
            .map(|(opportunity, group)| NewInterest {
                count: counts.get(&opportunity.id).copied().unwrap_or_default(),
                listed: ListedOpportunity {
                    details: details.remove(&opportunity.id).unwrap_or_default(),
                    opportunity,
                    group,
                },
            })
            .collect();
        listed.sort_by(|left, right| {
            let key = |item: &NewInterest| (item.count, item.listed.opportunity.id);
            key(right).cmp(&key(left))
        });
        listed.truncate(LISTED);
        Ok(listed)
    })
    .await
}
