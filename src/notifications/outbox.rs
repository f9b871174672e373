//! The outbox: every mail is a row written in the same transaction as the change that causes
//! it ([`queue`]), so a change and its mail commit or roll back together. The delivery task
//! [`claim`]s due rows, sends them and records the outcome.
//!
//! A claimed row is `sending` until a lease ends; a worker killed mid-send leaves it to be
//! claimed again when the lease ends, so nothing is lost (at worst one duplicate, with the
//! same `Message-ID`). On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets several instances claim
//! different rows at once; SQLite writes one transaction at a time anyway.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use rand::Rng;

use crate::db::schema::{mail_address_flags, outbox};
use crate::db::{AnyConnection, write_transaction};
use crate::error::AppError;

crate::stored_enum! {
    /// What a mail is about; settings, mails and the admin page share these ids.
    MailKind {
        /// A link to prove an address is the member's.
        EmailVerification = "email_verification",
        /// A link to choose a new password.
        PasswordReset = "password_reset",
        /// A link, sent to a new address, to make it the account's.
        EmailChange = "email_change",
        /// A notice to the old address that a change was asked for.
        EmailChangeNotice = "email_change_notice",
    } invalid = "invalid_choice"
}

crate::stored_enum! {
    /// Where a mail stands.
    MailStatus {
        /// Waiting for its next attempt.
        Queued = "queued",
        /// Claimed by a worker until its lease ends.
        Sending = "sending",
        /// Accepted by the transport.
        Sent = "sent",
        /// Given up: refused for good, or out of attempts.
        Dead = "dead",
    } invalid = "invalid_choice"
}

/// How long a claim lasts before another worker may take the row again.
pub const LEASE: Duration = Duration::minutes(5);
/// Attempts before a temporary failure becomes final.
pub const MOST_ATTEMPTS: i64 = 8;
/// Permanent refusals after which an address is flagged and no longer tried.
pub const HARD_FAILURES_TO_FLAG: i64 = 3;

/// A mail ready to queue, already in its recipient's language.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The member it is for (their queued mail goes with their account).
    pub user_id: Option<i64>,
    /// The address it goes to.
    pub recipient: String,
    /// What it is about: a [`MailKind`] or a notification kind id.
    pub kind: &'static str,
    /// The language it is written in.
    pub locale: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// The RFC 8058 one-click unsubscribe link, for mail a member may turn off.
    pub list_unsubscribe: Option<String>,
    /// An iCalendar attachment (`text/calendar`), such as a reminder's event.
    pub calendar: Option<String>,
}

/// A mail as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct OutboxRow {
    pub id: i64,
    pub message_id: String,
    pub user_id: Option<i64>,
    pub recipient: String,
    pub kind: String,
    pub locale: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub list_unsubscribe: Option<String>,
    pub calendar: Option<String>,
}

/// Queues a mail; call it inside the transaction that makes the change the mail is about.
/// `host` names this instance in the `Message-ID`.
pub fn queue(connection: &mut AnyConnection, host: &str, mail: Outgoing) -> QueryResult<i64> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(outbox::table)
        .values((
            outbox::message_id.eq(format!("<{}@{host}>", uuid::Uuid::now_v7())),
            outbox::user_id.eq(mail.user_id),
            outbox::recipient.eq(mail.recipient),
            outbox::kind.eq(mail.kind),
            outbox::locale.eq(mail.locale),
            outbox::subject.eq(mail.subject),
            outbox::text_body.eq(mail.text),
            outbox::html_body.eq(mail.html),
            outbox::status.eq(MailStatus::Queued.as_str()),
            outbox::attempts.eq(0_i64),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
            outbox::list_unsubscribe.eq(mail.list_unsubscribe),
            outbox::calendar.eq(mail.calendar),
        ))
        .returning(outbox::id)
        .get_result(connection)
}

#[derive(QueryableByName)]
struct ClaimedId {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
}

/// Claims up to `most` due mails (queued and due, or sending with an ended lease), marks them
/// `sending` for a lease, and returns them.
pub fn claim(connection: &mut AnyConnection, most: i64) -> Result<Vec<OutboxRow>, AppError> {
    write_transaction(connection, |connection| {
        let now = Utc::now().naive_utc();
        // A row whose worker died after its last attempt is not claimed again for ever.
        diesel::update(
            outbox::table
                .filter(outbox::status.eq(MailStatus::Sending.as_str()))
                .filter(outbox::next_attempt_at.le(now))
                .filter(outbox::attempts.ge(MOST_ATTEMPTS)),
        )
        .set((
            outbox::status.eq(MailStatus::Dead.as_str()),
            outbox::last_error.eq("no outcome was recorded for the last attempt"),
        ))
        .execute(connection)?;
        let due_sql = "SELECT id FROM outbox WHERE status IN ('queued', 'sending') \
                       AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT {most}";
        let ids: Vec<i64> = match connection {
            // Rows another instance holds are skipped, not waited for.
            AnyConnection::Postgresql(_) => diesel::sql_query(format!(
                "{} FOR UPDATE SKIP LOCKED",
                due_sql.replace("{now}", "$1").replace("{most}", "$2")
            ))
            .bind::<diesel::sql_types::Timestamp, _>(now)
            .bind::<diesel::sql_types::BigInt, _>(most)
            .load::<ClaimedId>(connection)?,
            AnyConnection::Sqlite(_) => {
                diesel::sql_query(due_sql.replace("{now}", "?").replace("{most}", "?"))
                    .bind::<diesel::sql_types::Timestamp, _>(now)
                    .bind::<diesel::sql_types::BigInt, _>(most)
                    .load::<ClaimedId>(connection)?
            }
        }
        .into_iter()
        .map(|claimed| claimed.id)
        .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set((
                outbox::status.eq(MailStatus::Sending.as_str()),
                outbox::next_attempt_at.eq(now + LEASE),
                outbox::attempts.eq(outbox::attempts + 1),
            ))
            .execute(connection)?;
        Ok(outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order(outbox::id)
            .select(OutboxRow::as_select())
            .load(connection)?)
    })
}

/// The outbox row `id`, if it is still `sending` at a given attempt.
type StillClaimed = diesel::dsl::Filter<
    diesel::dsl::Filter<
        diesel::dsl::Find<outbox::table, i64>,
        diesel::dsl::Eq<outbox::status, &'static str>,
    >,
    diesel::dsl::Eq<outbox::attempts, i64>,
>;

/// The row as this worker claimed it: still `sending`, at the attempt it claimed. A worker
/// whose lease ran out (another worker claimed the row again since) records nothing.
fn still_claimed(row: &OutboxRow) -> StillClaimed {
    outbox::table
        .find(row.id)
        .filter(outbox::status.eq(MailStatus::Sending.as_str()))
        .filter(outbox::attempts.eq(row.attempts))
}

/// The transport took it. The bodies are cleared: they hold one-time links, and a sent mail
/// needs only its subject and dates for the admin page.
pub fn mark_sent(connection: &mut AnyConnection, row: &OutboxRow) -> QueryResult<()> {
    diesel::update(still_claimed(row))
        .set((
            outbox::status.eq(MailStatus::Sent.as_str()),
            outbox::sent_at.eq(Utc::now().naive_utc()),
            outbox::last_error.eq(None::<String>),
            outbox::text_body.eq(""),
            outbox::html_body.eq(""),
            outbox::list_unsubscribe.eq(None::<String>),
            outbox::calendar.eq(None::<String>),
        ))
        .execute(connection)?;
    Ok(())
}

/// A temporary failure: tried again later, with exponential backoff and jitter, or given up
/// after [`MOST_ATTEMPTS`].
pub fn mark_failed(
    connection: &mut AnyConnection,
    row: &OutboxRow,
    error: &str,
) -> QueryResult<MailStatus> {
    if row.attempts >= MOST_ATTEMPTS {
        return mark_dead(connection, row, error);
    }
    // `attempts` counts this one already: the first retry waits backoff(0), a minute.
    let next = Utc::now().naive_utc() + backoff(row.attempts - 1);
    diesel::update(still_claimed(row))
        .set((
            outbox::status.eq(MailStatus::Queued.as_str()),
            outbox::next_attempt_at.eq(next),
            outbox::last_error.eq(error),
        ))
        .execute(connection)?;
    Ok(MailStatus::Queued)
}

/// Given up for good.
pub fn mark_dead(
    connection: &mut AnyConnection,
    row: &OutboxRow,
    error: &str,
) -> QueryResult<MailStatus> {
    diesel::update(still_claimed(row))
        .set((
            outbox::status.eq(MailStatus::Dead.as_str()),
            outbox::last_error.eq(error),
        ))
        .execute(connection)?;
    Ok(MailStatus::Dead)
}

/// The wait before attempt `attempts + 1`: a minute, doubling up to six hours, ±20 % so
/// instances that failed together do not retry together.
pub fn backoff(attempts: i64) -> Duration {
    let base = 60_i64
        .saturating_mul(1 << attempts.clamp(0, 9))
        .min(6 * 3600);
    let jitter = rand::rng().random_range(0.8..1.2);
    Duration::seconds((base as f64 * jitter) as i64)
}

/// Records a permanent refusal for `address`; flags it after [`HARD_FAILURES_TO_FLAG`]. One
/// statement (an upsert), so refusals counted at the same moment by several deliveries all
/// count.
pub fn record_hard_failure(
    connection: &mut AnyConnection,
    address: &str,
    error: &str,
) -> QueryResult<()> {
    let statement = format!(
        "INSERT INTO mail_address_flags (address, hard_failures, last_error, flagged_at, updated_at) \
         VALUES (#1, 1, #2, NULL, #3) \
         ON CONFLICT (address) DO UPDATE SET \
           hard_failures = mail_address_flags.hard_failures + 1, \
           last_error = excluded.last_error, \
           updated_at = excluded.updated_at, \
           flagged_at = CASE WHEN mail_address_flags.hard_failures + 1 >= {HARD_FAILURES_TO_FLAG} \
             THEN COALESCE(mail_address_flags.flagged_at, excluded.updated_at) \
             ELSE mail_address_flags.flagged_at END"
    );
    let statement = crate::db::numbered_parameters(connection, &statement);
    diesel::sql_query(statement)
        .bind::<diesel::sql_types::Text, _>(address)
        .bind::<diesel::sql_types::Text, _>(error)
        .bind::<diesel::sql_types::Timestamp, _>(Utc::now().naive_utc())
        .execute(connection)?;
    Ok(())
}

/// Whether mail to `address` is no longer tried.
pub fn is_flagged(connection: &mut AnyConnection, address: &str) -> QueryResult<bool> {
    Ok(mail_address_flags::table
        .find(address)
        .select(mail_address_flags::flagged_at)
        .first::<Option<NaiveDateTime>>(connection)
        .optional()?
        .flatten()
        .is_some())
}

/// Forgets sent and dead mail older than `days` (the hourly maintenance calls it).
pub fn forget_old(connection: &mut AnyConnection, days: i64) -> QueryResult<usize> {
    let before = Utc::now().naive_utc() - Duration::days(days);
    diesel::delete(
        outbox::table
            .filter(outbox::status.eq_any([MailStatus::Sent.as_str(), MailStatus::Dead.as_str()]))
            .filter(outbox::created_at.lt(before)),
    )
    .execute(connection)
}

/// Forgets an address's refusals (it was proven to work again, or an admin retries).
pub fn clear_flag(connection: &mut AnyConnection, address: &str) -> QueryResult<()> {
    diesel::delete(mail_address_flags::table.find(address)).execute(connection)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_within_its_jitter_and_stops_growing() {
        for attempts in 0..12 {
            let seconds = backoff(attempts).num_seconds();
            let base = (60 * (1_i64 << attempts.min(9))).min(6 * 3600);
            assert!(
                (base * 8 / 10 - 1..=base * 12 / 10).contains(&seconds),
                "{attempts}: {seconds}"
            );
        }
    }
}
