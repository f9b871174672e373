//! The threads that run database work: as many as the pool has connections, shared by every
//! server worker, each taking the next piece of work from one queue.
//!
//! Work used to wait for a free connection as a task, then take a thread from its server
//! worker's blocking pool. Each worker grew a pool of its own, and a thread that had just
//! finished was often not idle yet when the next piece of work started, so the pools held two
//! or three times as many threads as there were connections. Every thread that allocates gets
//! an allocator arena of its own, and each arena keeps the most its work ever needed at once:
//! 11 MB of the server's memory under load was free space inside arenas.

use super::{AnyConnection, CONNECTION_TIMEOUT, DbPool};
use crate::error::AppError;
/// Runs `work` on a pooled connection, on one of the pool's database threads.
///
/// Work that waits longer than the pool's timeout for a thread fails without running; work
/// that has started runs to its end even if its request is given up meanwhile, so the
/// request's caller never sees an error for work that was done. At shutdown,
/// [`DbPool::stop`] lets the work already queued finish before the threads stop.
pub async fn run<T, F>(pool: &DbPool, work: F) -> Result<T, AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let (started, mut has_started) = tokio::sync::oneshot::channel::<()>();
    let (answer, answered) = tokio::sync::oneshot::channel();
    let connections = pool.connections.clone();
    let queued = pool.threads.submit(Box::new(move || {
        // Given up while it waited: timed out, or its request is gone.
        if started.send(()).is_err() {
            return;
        }
        let result = connections
            .get()
            .map_err(AppError::internal)
            .and_then(|mut connection| work(&mut connection));
        let _ = answer.send(result);
    }));
    if !queued {
        return Err(AppError::internal(anyhow::anyhow!(
            "the database threads stopped"
        )));
    }
    let began = match actix_web::rt::time::timeout(CONNECTION_TIMEOUT, &mut has_started).await {
        Ok(began) => began.is_ok(),
        Err(_) => {
            // A thread may have taken the work just as the wait ran out: once closed, the
            // receiver tells whether it did, and work that began is waited for.
            has_started.close();
            if has_started.try_recv().is_err() {
                return Err(AppError::internal(anyhow::anyhow!(
                    "no database connection came free"
                )));
            }
            true
        }
    };
    if !began {
        return Err(AppError::internal(anyhow::anyhow!(
            "the database thread stopped before the work began"
        )));
    }
    answered
        .await
        .map_err(|_| AppError::internal(anyhow::anyhow!("the database work panicked")))?
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use diesel::prelude::*;

    use super::*;
    use crate::db::single_connection_pool;

    #[actix_web::test]
    async fn work_that_panics_fails_alone_and_the_thread_goes_on() {
        let (_directory, pool) = single_connection_pool();

        let panicked = run(&pool, |_| -> Result<(), AppError> {
            panic!("a bug in a page")
        })
        .await;
        let next = run(&pool, |connection| {
            diesel::select(diesel::dsl::sql::<diesel::sql_types::Integer>("1"))
                .get_result::<i32>(connection)
                .map_err(AppError::from)
        })
        .await;

        assert!(panicked.is_err());
        assert_eq!(next.unwrap(), 1, "the only database thread still runs work");
    }

    #[actix_web::test]
    async fn work_given_up_while_it_waits_never_runs() {
        let (_directory, pool) = single_connection_pool();
        // The only thread stays busy until the test lets it go.
        let (release, released) = std::sync::mpsc::channel::<()>();
        let busy = run(&pool, move |_| {
            let _ = released.recv();
            Ok(())
        });
        let ran = Arc::new(AtomicBool::new(false));
        let marker = ran.clone();
        let queued = run(&pool, move |_| {
            marker.store(true, Ordering::SeqCst);
            Ok(())
        });

        // The second request is given up (its client left) while the thread is busy.
        let given_up = async {
            let waited = actix_web::rt::time::timeout(Duration::from_millis(50), queued).await;
            release.send(()).unwrap();
            waited
        };
        let (busy, given_up) = futures_util::future::join(busy, given_up).await;
        busy.unwrap();
        run(&pool, |_| Ok(())).await.unwrap();

        assert!(given_up.is_err(), "the wait was cut short");
        assert!(
            !ran.load(Ordering::SeqCst),
            "work nobody waits for any more is skipped"
        );
    }
}
