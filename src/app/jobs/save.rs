//! Saving in the background: the user goes on editing while files are written, and a save asked for
//! meanwhile follows when this one ends.

use crate::app::jobs::{Job, Poll};
use crate::app::{ChorusApp, Notice, Pending, Screen};
use crate::workspace::FileKey;
use crate::workspace::storage::StorageError;
use crate::workspace::{SavePlan, SaveReport};

/// Files being written on a background thread; the user can go on editing meanwhile.
pub(in crate::app) struct Saving {
    /// Counts the files written, and says what was written and what failed.
    job: Job<SaveReport>,
    /// What to do once everything is saved (close the window, open another workspace).
    then: Option<Pending>,
}

impl Saving {
    /// Written files and the files to write, for the status bar.
    pub fn counts(&self) -> (usize, usize) {
        (self.job.progress().done(), self.job.progress().total())
    }
}

impl ChorusApp {
    /// Writes every changed file on a background thread (Ctrl+S), then does `then`.
    pub(in crate::app) fn save(&mut self, then: Option<Pending>, ctx: &egui::Context) {
        self.editor.seal();
        if self.saving.is_some() {
            self.queued_save = Some(then);
            return;
        }
        let plan = self.ws.save_plan();
        if plan.is_empty() {
            self.notice = Some(Notice::Info(self.strings.get("notice-nothing-to-save")));
            if let Some(then) = then {
                self.proceed(then, ctx);
            }
            return;
        }
        self.write_in_background(plan, then, ctx);
    }

    /// Writes some files (a new statement's) on a background thread.
    pub(in crate::app) fn save_files(&mut self, keys: &[FileKey], ctx: &egui::Context) {
        let plan = self.ws.save_plan_of(keys);
        if self.saving.is_none() && !plan.is_empty() {
            self.write_in_background(plan, None, ctx);
        }
    }

    pub(in crate::app) fn write_in_background(
        &mut self,
        plan: SavePlan,
        then: Option<Pending>,
        ctx: &egui::Context,
    ) {
        let total = plan.len();
        let job = Job::spawn(ctx, move |progress| {
            progress.set(0, total);
            plan.write(|written, of| progress.set(written, of))
        });
        self.saving = Some(Saving { job, then });
    }

    /// Takes a finished save, if there is one: marks what was written as saved and says what failed.
    pub(in crate::app) fn poll_saving(&mut self, ctx: &egui::Context) {
        let Some(saving) = &self.saving else {
            return;
        };
        let report = match saving.job.poll() {
            Poll::Ready(report) => Ok(report),
            Poll::Running => {
                // Poll again soon, without keeping the UI busy.
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
                return;
            }
            Poll::Ended => Err(self.strings.get("notice-save-stopped")),
        };
        let then = self.saving.take().and_then(|s| s.then);
        let report = match report {
            Ok(report) => report,
            Err(message) => {
                // Nothing is known to be written: every file stays unsaved.
                self.notice = Some(Notice::Error(message));
                self.queued_save = None;
                self.share_after_save = false;
                return;
            }
        };
        let written = report.written.len();
        self.ws.record(report.written);
        self.watch_files();
        if report
            .failed
            .iter()
            .any(|e| matches!(e, StorageError::Conflict { .. }))
        {
            // Refused because another program changed a file: ask about it now, even if the user
            // chose to decide later; what merges by itself is saved again.
            self.later.clear();
            self.save_after_merge = true;
            if let Some(watch) = &self.watch {
                watch.wake();
            }
        }
        match &mut self.screen {
            Screen::Translate(view) => view.saved(&self.ws),
            Screen::Adapt(view) => view.terms.saved(&self.ws),
            Screen::Review(_) | Screen::Overview => {}
        }
        self.notice = Some(match report.failed.split_first() {
            None => Notice::Info(
                self.strings
                    .get_with("notice-saved", &[("files", written.into())]),
            ),
            Some((first, rest)) => {
                let args = [
                    ("error", first.to_string().into()),
                    ("others", rest.len().into()),
                ];
                Notice::Error(self.strings.get_with("notice-save-failed", &args))
            }
        });
        self.refresh_status();
        if let Some(queued) = self.queued_save.take() {
            // Asked for while this one ran: save what changed since, then do what that asked.
            self.save(queued.or(then), ctx);
            return;
        }
        self.refresh_repo(ctx);
        if self.dirty_files() == 0 {
            self.discard_recovery();
            if std::mem::take(&mut self.share_after_save) {
                self.start_share(ctx);
            }
            if let Some(then) = then {
                self.proceed(then, ctx);
            }
        } else {
            // A file could not be saved: the status bar says which, and nothing is shared.
            self.share_after_save = false;
        }
    }
}
