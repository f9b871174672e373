//! The delivery task: answers password-reset requests, then claims due mails from the outbox,
//! sends each through the transport and records what happened.
//!
//! - Sent: marked sent.
//! - A temporary failure (a 4xx answer, a timeout, a refused connection): tried again later,
//!   with exponential backoff and jitter, and given up after [`outbox::MOST_ATTEMPTS`].
//! - A permanent failure (a 5xx answer, an address that cannot be written): dead at once, and
//!   one more hard failure for the address, which is flagged (and no longer tried) after
//!   [`outbox::HARD_FAILURES_TO_FLAG`].
//! - Mail whose member's account is gone is gone with it (the outbox row is deleted with the
//!   account), and is never sent.

use std::time::Duration;

use diesel::prelude::*;
use futures_util::StreamExt;
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, header};

use super::outbox::{self, MailStatus, OutboxRow};
use super::transport::SendError;
use crate::db::{self, schema};
use crate::error::AppResult;
use crate::state::AppState;

/// How often a serving instance looks for due mail.
const POLL_EVERY: Duration = Duration::from_secs(2);
/// Mails claimed at a time. With [`AT_ONCE`] of them in flight and the SMTP timeout at most
/// 30 s by default, a batch ends well within its claim's lease (five minutes).
const BATCH: i64 = 40;
/// Batches per round.
const BATCHES: usize = 25;
/// Mails sent at once, each on a connection of its own: one SMTP conversation waits on the
/// network most of the time, so several at once multiply throughput. (lettre's connection pool
/// is not used: a conversation cut short by the timeout would go back to it half-finished.)
const AT_ONCE: usize = 8;

/// What one delivery round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Accepted by the transport.
    pub sent: usize,
    /// Failed for now; tried again later.
    pub retried: usize,
    /// Given up.
    pub dead: usize,
}

/// Starts the delivery loop on the current runtime.
pub fn spawn(state: AppState) {
    actix_web::rt::spawn(async move {
        tracing::info!(to = %state.mailer.describe(), "delivering mail");
        let mut interval = actix_web::rt::time::interval(POLL_EVERY);
        loop {
            interval.tick().await;
            let round = state.clone();
            // Each round in a task of its own, so a panic ends that round, not the delivery.
            match actix_web::rt::spawn(async move { deliver_due(&round).await }).await {
                Ok(Ok(_)) => {}
                Ok(Err(error)) => tracing::warn!(%error, "mail delivery failed"),
                Err(error) => tracing::error!(%error, "mail delivery panicked"),
            }
        }
    });
}

/// Answers waiting password-reset requests, then delivers due mail: up to [`BATCHES`]
/// batches, so a steady stream of mail never keeps reset requests waiting long.
pub async fn deliver_due(state: &AppState) -> AppResult<Report> {
    // A failure here must not stop the mail already queued.
    if let Err(error) = crate::accounts::recovery::answer_reset_requests(state).await {
        tracing::warn!(%error, "answering password-reset requests failed");
    }
    let mut report = Report::default();
    if !db::run(&state.db, |connection| Ok(anything_due(connection)?)).await? {
        return Ok(report);
    }
    for _ in 0..BATCHES {
        let batch = db::run(&state.db, |connection| outbox::claim(connection, BATCH)).await?;
        if batch.is_empty() {
            return Ok(report);
        }
        let outcomes: Vec<AppResult<Option<MailStatus>>> = futures_util::stream::iter(batch)
            .map(|row| deliver(state, row))
            .buffer_unordered(AT_ONCE)
            .collect()
            .await;
        for outcome in outcomes {
            match outcome? {
                Some(MailStatus::Sent) => report.sent += 1,
                Some(MailStatus::Dead) => report.dead += 1,
                Some(_) => report.retried += 1,
                None => {}
            }
        }
    }
    Ok(report)
}

/// A cheap read first, so an idle instance never takes SQLite's write lock to find nothing.
fn anything_due(connection: &mut crate::db::AnyConnection) -> QueryResult<bool> {
    use schema::outbox::dsl;
    let now = chrono::Utc::now().naive_utc();
    let due: Option<i64> = dsl::outbox
        .filter(dsl::status.eq_any([MailStatus::Queued.as_str(), MailStatus::Sending.as_str()]))
        .filter(dsl::next_attempt_at.le(now))
        .select(dsl::id)
        .first(connection)
        .optional()?;
    Ok(due.is_some())
}

/// Sends one claimed mail and records the outcome; `None` when it went away meanwhile (its
/// account was deleted).
async fn deliver(state: &AppState, row: OutboxRow) -> AppResult<Option<MailStatus>> {
    let (id, recipient) = (row.id, row.recipient.clone());
    let (still_queued, flagged) = db::run(&state.db, move |connection| {
        let present: i64 = schema::outbox::table
            .find(id)
            .count()
            .get_result(connection)?;
        Ok((present > 0, outbox::is_flagged(connection, &recipient)?))
    })
    .await?;
    if !still_queued {
        return Ok(None);
    }
    let outcome = if flagged {
        Err(SendError::Permanent(
            "the address refused mail repeatedly and is no longer tried".into(),
        ))
    } else {
        match build(&row, &state.settings.mail_from) {
            Ok(message) => state.mailer.send(message).await,
            Err(error) => Err(SendError::Permanent(error)),
        }
    };
    let status = db::run(&state.db, move |connection| {
        Ok(match outcome {
            Ok(()) => {
                outbox::mark_sent(connection, &row)?;
                MailStatus::Sent
            }
            Err(SendError::Temporary(error)) => {
                tracing::warn!(message_id = %row.message_id, %error, "mail not sent; will retry");
                outbox::mark_failed(connection, &row, &error)?
            }
            Err(SendError::Permanent(error)) => {
                tracing::warn!(message_id = %row.message_id, %error, "mail refused for good");
                if !flagged {
                    outbox::record_hard_failure(connection, &row.recipient, &error)?;
                }
                outbox::mark_dead(connection, &row, &error)?
            }
        })
    })
    .await?;
    Ok(Some(status))
}

/// The MIME message: `multipart/alternative` (plain text, then HTML), the stable
/// `Message-ID`, the recipient alone in `To` (never anyone else's address), and the headers
/// that tell mail systems this is an automatic message in a given language.
fn build(row: &OutboxRow, from: &str) -> Result<Message, String> {
    let from: Mailbox = from
        .parse()
        .map_err(|_| format!("mail_from {from:?} is not an address"))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|_| "the recipient is not a valid address".to_owned())?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(row.message_id.clone()))
        .header(AutoSubmitted)
        .header(ContentLanguage(row.locale.clone()))
        .date_now();
    if let Some(link) = &row.list_unsubscribe {
        // RFC 8058: mail clients offer "unsubscribe" and POST to the link, no login needed.
        builder = builder
            .header(ListUnsubscribe(link.clone()))
            .header(ListUnsubscribePost);
    }
    let body = MultiPart::alternative_plain_html(row.text_body.clone(), row.html_body.clone());
    let body = match &row.calendar {
        Some(calendar) => MultiPart::mixed().multipart(body).singlepart(
            Attachment::new("event.ics".to_owned()).body(
                calendar.clone(),
                ContentType::parse("text/calendar; charset=utf-8")
                    .map_err(|error| format!("cannot attach the calendar: {error}"))?,
            ),
        ),
        None => body,
    };
    builder
        .multipart(body)
        .map_err(|error| format!("cannot build the message: {error}"))
}

/// `List-Unsubscribe: <link>` (RFC 2369).
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl header::Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(text.trim_matches(['<', '>']).to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl header::Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): no vacation replies to these.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl header::Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// `Content-Language`: the language the mail is written in.
#[derive(Debug, Clone)]
struct ContentLanguage(String);

impl header::Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(text.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}
