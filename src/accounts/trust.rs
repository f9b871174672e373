//! Limits on new accounts: an account younger than `new_account_hours` publishes at most
//! `new_account_listings_per_day` groups, events and opportunities a day, so a burst of fresh
//! accounts cannot flood the site with fake offers. Moderators and administrators are trusted.

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::{Role, User};
use crate::config::Settings;
use crate::db::AnyConnection;
use crate::db::schema::{events, groups, opportunities};
use crate::error::{AppError, AppResult};

/// Refuses one more listing from `user` when their account is new and has published its
/// day's share (`new_account_limit`, 429, with when the account stops counting as new). Call
/// it inside the transaction that writes the listing, so a burst is counted as a whole.
pub fn check_new_account_limit(
    connection: &mut AnyConnection,
    settings: &Settings,
    user: &User,
) -> AppResult<()> {
    if [Role::Moderator.as_str(), Role::Admin.as_str()].contains(&user.role.as_str()) {
        return Ok(());
    }
    let now = Utc::now().naive_utc();
    let grown_up = user.created_at + Duration::hours(settings.new_account_hours);
    if now >= grown_up {
        return Ok(());
    }
    let since = now - Duration::days(1);
    let published: i64 = groups::table
        .filter(groups::created_by.eq(user.id))
        .filter(groups::created_at.gt(since))
        .count()
        .get_result::<i64>(connection)?
        + events::table
            .filter(events::created_by.eq(user.id))
            .filter(events::created_at.gt(since))
            .count()
            .get_result::<i64>(connection)?
        + opportunities::table
            .filter(opportunities::created_by.eq(user.id))
            .filter(opportunities::created_at.gt(since))
            .count()
            .get_result::<i64>(connection)?;
    if published >= i64::from(settings.new_account_listings_per_day) {
        let wait = (grown_up - now).num_seconds().max(1) as u64;
        return Err(AppError::NewAccountLimit(wait));
    }
    Ok(())
}
