//! How far a long piece of work has got, shared between the thread doing it and whoever watches (the
//! window's progress bar, a test); and a way to ask it to stop before its next step.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

/// Steps done of a total, bytes handled, and whether to stop. Whoever does the work sets the counts
/// and looks at [`Progress::stopped`] before each step; each change calls the waker, if any.
#[derive(Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    bytes: AtomicU64,
    stop: AtomicBool,
    wake: Option<Box<dyn Fn() + Send + Sync>>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("done", &self.done())
            .field("total", &self.total())
            .field("bytes", &self.bytes())
            .field("stopped", &self.stopped())
            .finish()
    }
}

impl Progress {
    /// Progress that calls `wake` whenever it changes (the window uses it to repaint).
    pub fn waking(wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self {
            wake: Some(Box::new(wake)),
            ..Self::default()
        }
    }

    fn woken(&self) {
        if let Some(wake) = &self.wake {
            wake();
        }
    }

    /// `done` of `total` steps are finished.
    pub fn set(&self, done: usize, total: usize) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.woken();
    }

    /// One more step is finished, of `bytes` bytes.
    pub fn step(&self, bytes: u64) {
        self.done.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.woken();
    }

    /// Asks the work to stop before its next step.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        self.woken();
    }

    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// The number of steps, 0 while it is not known.
    pub fn total(&self) -> usize {
        self.total.load(Ordering::Relaxed)
    }

    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    /// The finished share, from 0 to 1 (0 while the total is unknown).
    pub fn fraction(&self) -> f32 {
        let total = self.total();
        if total == 0 {
            0.0
        } else {
            self.done().min(total) as f32 / total as f32
        }
    }
}
