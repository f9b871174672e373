//! The threads that run database work: as many as the pool has connections, shared by every
//! server worker, each taking the next piece of work from one queue.
//!
//! Work used to wait for a free connection as a task, then take a thread from its server
//! worker's blocking pool. Each worker grew a pool of its own, and a thread that had just
//! finished was often not idle yet when the next piece of work started, so the pools held two
//! or three times as many threads as there were connections. Every thread that allocates gets
//! an allocator arena of its own, and each arena keeps the most its work ever needed at once:
//! 11 MB of the server's memory under load was free space inside arenas.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// A piece of work for a database thread; it answers its caller itself.
pub(super) type Job = Box<dyn FnOnce() + Send>;

/// The queue of the database threads. The threads stop once every clone of the pool that
/// owns this queue is dropped.
pub(super) struct DatabaseThreads {
    queue: Sender<Job>,
}

impl DatabaseThreads {
    /// Starts `count` threads.
    pub(super) fn start(count: usize) -> std::io::Result<Self> {
        let (queue, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for number in 0..count.max(1) {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("database-{number}"))
                .spawn(move || run_jobs(&receiver))?;
        }
        Ok(Self { queue })
    }

    /// Queues `job`; false when the threads have stopped.
    pub(super) fn submit(&self, job: Job) -> bool {
        self.queue.send(job).is_ok()
    }
}

fn run_jobs(receiver: &Mutex<Receiver<Job>>) {
    loop {
        let job = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        // A panicking job loses its own answer (its caller sees an error), not the thread; the
        // connection it held is dropped on the way out (`ConnectionManager::has_broken`).
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
    }
}
