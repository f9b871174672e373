//! A fixed set of named threads taking work from one queue: the database threads and the
//! password-hashing threads. A job answers its caller itself (through a channel it carries);
//! a job that panics loses its own answer, not its thread. At shutdown, [`JobThreads::stop`]
//! lets the work already queued finish, within a time limit.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A piece of work for one of the threads.
pub type Job = Box<dyn FnOnce() + Send>;

/// What the queue carries: work, or the word for one thread to stop.
enum Message {
    Run(Job),
    Stop,
}

/// The queue of a set of threads. The threads stop once this is dropped, or on [`Self::stop`].
pub struct JobThreads {
    queue: Sender<Message>,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

impl JobThreads {
    /// Starts `count` threads (at least one) named `{name}-0`, `{name}-1`, …; each runs
    /// `prepare` once before its first job.
    pub fn start(name: &str, count: usize, prepare: fn()) -> std::io::Result<Self> {
        let (queue, receiver) = channel::<Message>();
        let receiver = Arc::new(Mutex::new(receiver));
        let mut threads = Vec::new();
        for number in 0..count.max(1) {
            let receiver = receiver.clone();
            threads.push(
                std::thread::Builder::new()
                    .name(format!("{name}-{number}"))
                    .spawn(move || {
                        prepare();
                        run_jobs(&receiver);
                    })?,
            );
        }
        Ok(Self {
            queue,
            threads: Mutex::new(threads),
        })
    }

    /// Queues `job`; false when the threads have stopped.
    pub fn submit(&self, job: Job) -> bool {
        self.queue.send(Message::Run(job)).is_ok()
    }

    /// Lets the jobs queued so far run, then stops the threads, waiting at most `limit`; true
    /// when every thread stopped in time. Jobs queued after this are never run (their callers
    /// get an error), and a job still running at the limit goes on until the process ends.
    pub fn stop(&self, limit: Duration) -> bool {
        let mut threads = match self.threads.lock() {
            Ok(threads) => threads,
            Err(poisoned) => poisoned.into_inner(),
        };
        for _ in threads.iter() {
            // Each thread takes one word to stop, after the jobs queued before it.
            let _ = self.queue.send(Message::Stop);
        }
        let deadline = Instant::now() + limit;
        while threads.iter().any(|thread| !thread.is_finished()) {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        for thread in threads.drain(..) {
            let _ = thread.join();
        }
        true
    }
}

fn run_jobs(receiver: &Mutex<Receiver<Message>>) {
    loop {
        let message = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(Message::Run(job)) = message else {
            return;
        };
        // A panicking job loses its own answer (its caller sees an error), not the thread;
        // what it held is dropped on the way out.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;

    use super::*;

    #[test]
    fn stopping_lets_queued_work_finish_and_refuses_what_comes_after() {
        let threads = JobThreads::start("test-stop", 1, || {}).unwrap();
        let (release, released) = mpsc::channel::<()>();
        let finished = Arc::new(AtomicUsize::new(0));
        let first = finished.clone();
        assert!(threads.submit(Box::new(move || {
            let _ = released.recv();
            first.fetch_add(1, Ordering::SeqCst);
        })));
        let second = finished.clone();
        assert!(threads.submit(Box::new(move || {
            second.fetch_add(1, Ordering::SeqCst);
        })));

        std::thread::scope(|scope| {
            let stopping = scope.spawn(|| threads.stop(Duration::from_secs(10)));
            std::thread::sleep(Duration::from_millis(50));
            assert!(!stopping.is_finished(), "stop waits for the running job");
            release.send(()).unwrap();
            assert!(stopping.join().unwrap(), "every thread stopped in time");
        });

        assert_eq!(finished.load(Ordering::SeqCst), 2, "both queued jobs ran");
        assert!(
            !threads.submit(Box::new(|| {})),
            "no thread takes work after stopping"
        );
    }

    #[test]
    fn stopping_gives_up_at_its_limit_on_work_that_does_not_end() {
        let threads = JobThreads::start("test-limit", 1, || {}).unwrap();
        let (release, released) = mpsc::channel::<()>();
        assert!(threads.submit(Box::new(move || {
            let _ = released.recv();
        })));

        let stopped = threads.stop(Duration::from_millis(50));

        assert!(!stopped, "the running job outlived the limit");
        release.send(()).unwrap();
    }
}
