//! The mail page for administrators: how many mails wait, went and died, the latest ones with
//! their last error, flagged addresses, and the retry of a dead mail. Administrators only;
//! [`authorize`] is the one check.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::outbox::{self, MailStatus, OutboxRow};
use crate::auth::session::Identity;
use crate::db::schema::{mail_address_flags, outbox as outbox_table};
use crate::db::{self, AnyConnection};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// How many mails the page lists.
const LISTED: i64 = 50;

/// Administrators only (see [`crate::moderation::policy`]).
pub fn authorize(identity: &Identity) -> AppResult<()> {
    crate::moderation::policy::authorize(identity, crate::moderation::policy::Power::Administer)
}

/// What the page shows.
pub struct Overview {
    /// Mails per status, in the order of [`MailStatus::ALL`].
    pub counts: Vec<(MailStatus, i64)>,
    /// The latest mails, newest first.
    pub latest: Vec<OutboxRow>,
    /// Addresses no longer tried: (address, refusals, last error, since).
    pub flagged: Vec<(String, i64, Option<String>, NaiveDateTime)>,
}

/// The overview, for an administrator.
pub async fn overview(state: &AppState, identity: &Identity) -> AppResult<Overview> {
    authorize(identity)?;
    db::run(&state.db, |connection| Ok(load(connection)?)).await
}

fn load(connection: &mut AnyConnection) -> QueryResult<Overview> {
    let mut counts = Vec::new();
    for status in MailStatus::ALL {
        let count: i64 = outbox_table::table
            .filter(outbox_table::status.eq(status.as_str()))
            .count()
            .get_result(connection)?;
        counts.push((*status, count));
    }
    let latest = outbox_table::table
        .order(outbox_table::id.desc())
        .limit(LISTED)
        .select(OutboxRow::as_select())
        .load(connection)?;
    let flagged: Vec<(String, i64, Option<String>, Option<NaiveDateTime>)> =
        mail_address_flags::table
            .filter(mail_address_flags::flagged_at.is_not_null())
            .order(mail_address_flags::updated_at.desc())
            .select((
                mail_address_flags::address,
                mail_address_flags::hard_failures,
                mail_address_flags::last_error,
                mail_address_flags::flagged_at,
            ))
            .load(connection)?;
    Ok(Overview {
        counts,
        latest,
        flagged: flagged
            .into_iter()
            .filter_map(|(address, failures, error, since)| {
                since.map(|since| (address, failures, error, since))
            })
            .collect(),
    })
}

/// Queues a dead mail again, now, and forgets its address's refusals (the administrator
/// expects the address to work again).
pub async fn retry(state: &AppState, identity: &Identity, id: i64) -> AppResult<()> {
    authorize(identity)?;
    db::run(&state.db, move |connection| {
        let recipient: String = outbox_table::table
            .find(id)
            .filter(outbox_table::status.eq(MailStatus::Dead.as_str()))
            .select(outbox_table::recipient)
            .first(connection)
            .optional()?
            .ok_or(AppError::NotFound)?;
        diesel::update(outbox_table::table.find(id))
            .set((
                outbox_table::status.eq(MailStatus::Queued.as_str()),
                outbox_table::attempts.eq(0_i64),
                outbox_table::next_attempt_at.eq(Utc::now().naive_utc()),
            ))
            .execute(connection)?;
        outbox::clear_flag(connection, &recipient)?;
        Ok(())
    })
    .await
}
