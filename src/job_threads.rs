//! A fixed set of named threads taking work from one queue: the database threads and the
//! password-hashing threads. A job answers its caller itself (through a channel it carries);
//! a job that panics loses its own answer, not its thread.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// A piece of work for one of the threads.
pub type Job = Box<dyn FnOnce() + Send>;

/// The queue of a set of threads. The threads stop once this is dropped.
pub struct JobThreads {
    queue: Sender<Job>,
}

impl JobThreads {
    /// Starts `count` threads (at least one) named `{name}-0`, `{name}-1`, …; each runs
    /// `prepare` once before its first job.
    pub fn start(name: &str, count: usize, prepare: fn()) -> std::io::Result<Self> {
        let (queue, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for number in 0..count.max(1) {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("{name}-{number}"))
                .spawn(move || {
                    prepare();
                    run_jobs(&receiver);
                })?;
        }
        Ok(Self { queue })
    }

    /// Queues `job`; false when the threads have stopped.
    pub fn submit(&self, job: Job) -> bool {
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
        // A panicking job loses its own answer (its caller sees an error), not the thread;
        // what it held is dropped on the way out.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
    }
}
