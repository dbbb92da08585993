//! Keeping unsaved edits against a crash: written in the background every
//! [`RECOVERY_INTERVAL`] while something is unsaved, and offered back when the workspace is opened
//! again.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::jobs::{Job, Poll};
use crate::app::{ChorusApp, Notice, Screen};
use crate::workspace::recovery::{Orphans, Recovery, Session};

/// How often unsaved edits are written to the recovery file.
const RECOVERY_INTERVAL: std::time::Duration = std::time::Duration::from_secs(30);

impl ChorusApp {
    /// Keeps unsaved edits in `dir`, and offers back any found there for this workspace.
    pub fn set_recovery_dir(&mut self, dir: PathBuf) {
        self.recovery = Some(Arc::new(Session::start(&dir)));
        self.offer_recovery();
    }

    pub(in crate::app) fn offer_recovery(&mut self) {
        if let Some(session) = &self.recovery {
            self.offered = session.orphans(&self.ws.root);
        }
    }

    /// Whether unsaved edits from an earlier session are being offered.
    pub fn is_offering_recovery(&self) -> bool {
        self.offered.is_some()
    }

    /// Writes the recovery file now (the window does it every 30 seconds while something is unsaved).
    pub fn write_recovery_now(&mut self) {
        self.last_recovery = std::time::Instant::now();
        let Some(session) = &self.recovery else {
            return;
        };
        let recovery = Recovery::of(&self.ws);
        if recovery.is_empty() {
            session.discard(&self.ws.root);
        } else if let Err(err) = session.write(&recovery) {
            self.notice = Some(Notice::Error(self.strings.explain(&err)));
        }
    }

    /// Writes the recovery file on a background thread when it is due.
    pub(in crate::app) fn keep_recovery(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() || self.loading.is_some() || self.offered.is_some() {
            return;
        }
        if self.dirty_files() == 0 {
            self.last_recovery = std::time::Instant::now();
            return;
        }
        ctx.request_repaint_after(RECOVERY_INTERVAL);
        if self.last_recovery.elapsed() < RECOVERY_INTERVAL {
            return;
        }
        self.last_recovery = std::time::Instant::now();
        let (Some(session), recovery) = (self.recovery.clone(), Recovery::of(&self.ws)) else {
            return;
        };
        // One write at a time: a slow disk does not pile up threads.
        if self
            .recovering
            .as_ref()
            .is_some_and(|job| job.poll() == Poll::Running)
        {
            return;
        }
        self.recovering = Some(Job::spawn(ctx, move |_| {
            let _ = session.write(&recovery);
        }));
    }

    pub(in crate::app) fn discard_recovery(&mut self) {
        if let Some(session) = &self.recovery {
            session.discard(&self.ws.root);
        }
    }

    /// Offers back the unsaved edits of an earlier session.
    pub(in crate::app) fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(Orphans { recovery, .. }) = &self.offered else {
            return;
        };
        let t = &self.strings;
        let files = recovery.files.len();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.heading(t.get("recovery-title"));
            ui.label(t.get_with("recovery-question", &[("files", files.into())]));
            // Many files scroll; the buttons stay in the window.
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .show(ui, |ui| {
                    for file in &recovery.files {
                        ui.monospace(file.path.display().to_string());
                    }
                });
            ui.horizontal(|ui| {
                if ui.button(t.get("recovery-restore")).clicked() {
                    choice = Some(true);
                }
                if ui.button(t.get("recovery-discard")).clicked() {
                    choice = Some(false);
                }
            });
        });
        let Some(restore) = choice else {
            return;
        };
        let Some(orphans) = self.offered.take() else {
            return;
        };
        if restore {
            let restored = orphans.recovery.restore(&mut self.ws);
            let text = t.get_with("notice-restored", &[("files", restored.into())]);
            self.notice = Some(Notice::Info(text));
            self.screen = Screen::Overview;
            self.refresh_status();
            // This window keeps them from now on, in its own recovery file, before the ones they
            // came from go.
            self.write_recovery_now();
        }
        orphans.settle();
    }
}
