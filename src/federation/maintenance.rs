//! Background work of a serving instance: pruning the change log (and forgetting day-old
//! rate-limit attempts and month-old mail) once an hour, and syncing due peers every half minute (one instance at a time, see `peers::sync`). Several instances
//! may prune at once: the deletes are idempotent, and two prunes at once only move the prune epoch
//! twice (cursors handed out before either expire either way).

use std::time::Duration;

use crate::db;
use crate::state::AppState;

/// How often the change log is pruned.
const PRUNE_EVERY: Duration = Duration::from_secs(60 * 60);

/// Days sent and dead mail stay on the admin page.
const MAIL_KEPT_DAYS: i64 = 30;

/// How often due peers are looked for.
const POLL_EVERY: Duration = Duration::from_secs(30);

/// Starts the background tasks on the current runtime.
pub fn spawn(state: AppState) {
    if state.settings.poll_peers {
        let state = state.clone();
        actix_web::rt::spawn(async move {
            let mut interval = actix_web::rt::time::interval(POLL_EVERY);
            loop {
                interval.tick().await;
                // Each round in a task of its own, so a panic ends that round, not the polling.
                let round = state.clone();
                let outcome =
                    actix_web::rt::spawn(async move { super::peers::sync::sync_due(&round).await })
                        .await;
                match outcome {
                    Ok(Ok(_)) => {}
                    Ok(Err(error)) => tracing::warn!(%error, "peer polling failed"),
                    Err(error) => tracing::error!(%error, "peer polling panicked"),
                }
            }
        });
    }
    actix_web::rt::spawn(async move {
        let mut interval = actix_web::rt::time::interval(PRUNE_EVERY);
        loop {
            interval.tick().await;
            let days = state.settings.change_log_retention_days;
            let pruned = db::run(&state.db, move |connection| {
                super::change_log::prune(connection, days)
            })
            .await;
            match pruned {
                Ok(removed) => tracing::info!(removed, "change log pruned"),
                Err(error) => tracing::warn!(%error, "change log pruning failed"),
            }
            let forgotten = db::run(&state.db, crate::auth::rate_limit::forget_old).await;
            if let Err(error) = forgotten {
                tracing::warn!(%error, "forgetting old rate-limit attempts failed");
            }
            let old_mail = db::run(&state.db, |connection| {
                Ok(crate::notifications::outbox::forget_old(
                    connection,
                    MAIL_KEPT_DAYS,
                )?)
            })
            .await;
            if let Err(error) = old_mail {
                tracing::warn!(%error, "forgetting old mail failed");
            }
        }
    });
}
