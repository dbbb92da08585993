//! Work done on a thread of its own so that the window never waits: loading a workspace, saving,
//! watching files for outside changes, exporting, counting a large workspace, the system's folder
//! dialog. Every one is a [`Job`]: it reports how far it has got, it can be asked to stop, and it hands
//! back what it made (once, or again and again for a job that watches). The window is repainted
//! whenever a job has news, and polls it once a frame.

/// Git's questions for a password or token, asked in the window.
pub mod asker;
/// Cloning a team's repository to open it.
pub mod clone;
/// Loading a workspace.
pub mod load;
/// Unsaved edits kept against a crash.
pub mod recovery;
/// Saving changed files.
pub mod save;
/// Sharing through git, and where the workspace stands in its repository.
pub mod share;
/// Noticing files changed by other programs.
pub mod watch;

use std::sync::{Arc, mpsc};

pub use crate::base::progress::Progress;

/// The job's side: where it hands back what it made (each send repaints the window), and where a
/// watching job waits to be nudged.
pub struct Sender<T> {
    sender: mpsc::Sender<T>,
    nudged: mpsc::Receiver<()>,
    ctx: egui::Context,
}

/// Why [`Sender::wait`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waited {
    /// The window asked for a look now ([`Job::nudge`]).
    Nudged,
    /// The time was up.
    TimedOut,
    /// The job was stopped or dropped: it should end.
    Stopped,
}

impl<T> Sender<T> {
    /// Hands back one result; `false` once the window no longer wants any (the job should end).
    pub fn send(&self, value: T) -> bool {
        let sent = self.sender.send(value).is_ok();
        self.ctx.request_repaint();
        sent
    }

    /// Waits up to `timeout` for a nudge.
    pub fn wait(&self, timeout: std::time::Duration) -> Waited {
        match self.nudged.recv_timeout(timeout) {
            Ok(()) => Waited::Nudged,
            Err(mpsc::RecvTimeoutError::Timeout) => Waited::TimedOut,
            Err(mpsc::RecvTimeoutError::Disconnected) => Waited::Stopped,
        }
    }
}

/// What [`Job::poll`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Poll<T> {
    /// Nothing new yet.
    Running,
    /// A result.
    Ready(T),
    /// The thread ended without handing back a result (it panicked, or a watching job ended).
    Ended,
}

/// Work on a thread of its own: its progress, a way to stop it, and what it hands back. Dropping a
/// job asks it to stop.
pub struct Job<T> {
    progress: Arc<Progress>,
    results: mpsc::Receiver<T>,
    /// Dropping it ends a watching job's [`Sender::wait`] at once.
    nudge: mpsc::Sender<()>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work`, which makes one result.
    pub fn spawn(
        ctx: &egui::Context,
        work: impl FnOnce(&Arc<Progress>) -> T + Send + 'static,
    ) -> Self {
        Self::watch(ctx, move |progress, sender| {
            sender.send(work(progress));
        })
    }

    /// Starts `work`, which hands back any number of results through its [`Sender`] and ends when it
    /// likes (or when the job is dropped, which it learns from `send` or [`Progress::stopped`]).
    pub fn watch(
        ctx: &egui::Context,
        work: impl FnOnce(&Arc<Progress>, &Sender<T>) + Send + 'static,
    ) -> Self {
        let (sender, results) = mpsc::channel();
        let (nudge, nudged) = mpsc::channel();
        let repaint = ctx.clone();
        let progress = Arc::new(Progress::waking(move || repaint.request_repaint()));
        let shared = Arc::clone(&progress);
        let sender = Sender {
            sender,
            nudged,
            ctx: ctx.clone(),
        };
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            work(&shared, &sender);
            drop(sender);
            // The sender is gone, so `poll` sees the end; repaint so that it looks.
            ctx.request_repaint();
        });
        Self {
            progress,
            results,
            nudge,
        }
    }

    /// The next result, if one has come.
    pub fn poll(&self) -> Poll<T> {
        match self.results.try_recv() {
            Ok(value) => Poll::Ready(value),
            Err(mpsc::TryRecvError::Empty) => Poll::Running,
            Err(mpsc::TryRecvError::Disconnected) => Poll::Ended,
        }
    }

    /// Every result that has come, oldest first, and whether the job has ended.
    pub fn drain(&self) -> (Vec<T>, bool) {
        let mut out = Vec::new();
        loop {
            match self.poll() {
                Poll::Ready(value) => out.push(value),
                Poll::Running => return (out, false),
                Poll::Ended => return (out, true),
            }
        }
    }
}

impl<T> Job<T> {
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Asks the job to stop before its next step; what it did so far stays done.
    pub fn stop(&self) {
        self.progress.stop();
    }

    /// Wakes a watching job waiting in [`Sender::wait`].
    pub fn nudge(&self) {
        let _ = self.nudge.send(());
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(job: &Job<T>) -> Poll<T> {
        for _ in 0..2_000 {
            match job.poll() {
                Poll::Running => std::thread::sleep(std::time::Duration::from_millis(1)),
                other => return other,
            }
        }
        Poll::Running
    }

    #[test]
    fn a_job_reports_progress_and_hands_back_its_result() {
        let ctx = egui::Context::default();
        let job = Job::spawn(&ctx, |progress| {
            progress.set(3, 4);
            "made"
        });
        assert_eq!(wait(&job), Poll::Ready("made"));
        assert_eq!((job.progress().done(), job.progress().total()), (3, 4));
        assert!((job.progress().fraction() - 0.75).abs() < 1e-6);
        assert_eq!(wait(&job), Poll::Ended);
    }

    #[test]
    fn a_stopped_job_sees_it_and_ends_early() {
        let ctx = egui::Context::default();
        let (go, wait_for_go) = mpsc::channel::<()>();
        let job = Job::spawn(&ctx, move |progress| {
            let _ = wait_for_go.recv();
            (0..1_000_000).take_while(|_| !progress.stopped()).count()
        });
        job.stop();
        go.send(()).unwrap();
        assert_eq!(wait(&job), Poll::Ready(0));
    }

    #[test]
    fn a_watching_job_hands_back_many_results_until_dropped() {
        let ctx = egui::Context::default();
        let (ended, was_ended) = mpsc::channel();
        let job = Job::watch(&ctx, move |progress, sender| {
            let mut n = 0;
            while !progress.stopped() && sender.send(n) {
                n += 1;
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            let _ = ended.send(());
        });
        assert_eq!(wait(&job), Poll::Ready(0));
        assert_eq!(wait(&job), Poll::Ready(1));
        drop(job);
        was_ended
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the job ends once dropped");
    }

    #[test]
    fn a_nudged_job_looks_at_once_and_a_dropped_one_stops_waiting() {
        let ctx = egui::Context::default();
        let (ended, was_ended) = mpsc::channel();
        let job = Job::watch(&ctx, move |_, sender| {
            loop {
                let waited = sender.wait(std::time::Duration::from_secs(600));
                if waited == Waited::Stopped {
                    break;
                }
                sender.send(waited);
            }
            let _ = ended.send(());
        });
        job.nudge();
        assert_eq!(wait(&job), Poll::Ready(Waited::Nudged));
        drop(job);
        was_ended
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("a dropped job stops waiting at once, not after ten minutes");
    }

    #[test]
    fn a_job_that_panics_ends_without_a_result() {
        let ctx = egui::Context::default();
        let job: Job<u8> = Job::spawn(&ctx, |_| panic!("a job that fails"));
        assert_eq!(wait(&job), Poll::Ended);
    }
}
