//! Loading a workspace in the background, with its progress and Cancel; the window stays usable.

use std::path::PathBuf;

use crate::app::jobs::{Job, Poll};
use crate::app::{ChorusApp, Notice, Screen, dialogs};
use crate::workspace::Workspace;
use crate::workspace::WorkspaceError;
use crate::workspace::editing::Editor;
use crate::workspace::recovery::Orphans;

/// A workspace being loaded on a background thread.
pub(in crate::app) struct Loading {
    root: PathBuf,
    /// Counts files and bytes read; stopping it stops before the next file. It makes the workspace,
    /// and the unsaved edits of an earlier session found for it.
    job: Job<Result<(Workspace, Option<Orphans>), WorkspaceError>>,
}

impl ChorusApp {
    /// Loads a workspace on a background thread; the window stays responsive and shows progress.
    pub(in crate::app) fn load(&mut self, root: PathBuf, ctx: &egui::Context) {
        let folder = root.clone();
        let session = self.recovery.clone();
        let job = Job::spawn(ctx, move |progress| {
            let ws = Workspace::load_with(&folder, progress)?;
            let recovery = session.and_then(|s| s.orphans(&ws.root));
            Ok((ws, recovery))
        });
        self.loading = Some(Loading { root, job });
    }

    /// Stops a load: the thread gives up before its next file, and what was open stays open (or, when
    /// nothing was, the Open dialog comes up).
    pub(in crate::app) fn cancel_loading(&mut self) {
        let Some(loading) = self.loading.take() else {
            return;
        };
        loading.job.stop();
        let path = loading.root.display().to_string();
        let text = self
            .strings
            .get_with("notice-loading-cancelled", &[("path", path.into())]);
        self.notice = Some(Notice::Info(text));
        if self.ws.statements.is_empty() {
            self.open_dialog = Some(dialogs::open::OpenDialog::new(&loading.root));
        }
    }

    /// Takes a finished load, if there is one.
    pub(in crate::app) fn poll_loading(&mut self) {
        let Some(loading) = &self.loading else {
            return;
        };
        let result = match loading.job.poll() {
            Poll::Ready(result) => result.map_err(|err| self.strings.explain(&err)),
            Poll::Running => return,
            Poll::Ended => Err(self.strings.get("error-load-stopped")),
        };
        let root = loading.root.clone();
        self.loading = None;
        match result {
            Ok((ws, recovery)) => {
                self.settings.remember(&ws.root);
                self.ws = ws;
                self.editor = Editor::default();
                self.screen = Screen::Overview;
                self.export_dialog = None;
                self.notice = None;
                self.refresh_status();
                self.offered = recovery;
                self.outside = dialogs::outside::OutsideDialog::new();
                self.later.clear();
                self.watch_files();
                // Looked at again for this workspace on the next frame.
                self.repo = super::share::RepoWatch::new();
            }
            Err(reason) => {
                let args = [
                    ("path", root.display().to_string().into()),
                    ("reason", reason.into()),
                ];
                let message = self.strings.get_with("load-failed", &args);
                self.open_dialog = Some(dialogs::open::OpenDialog::failed(&root, message));
            }
        }
    }

    /// The central panel while loading: what is read so far, and Cancel (or Escape).
    pub(in crate::app) fn loading_ui(&mut self, ui: &mut egui::Ui) {
        let Some(loading) = &self.loading else {
            return;
        };
        let path = loading.root.display().to_string();
        let text = self.strings.get_with("loading", &[("path", path.into())]);
        let files = loading.job.progress().done();
        let bytes = loading.job.progress().bytes();
        let args = [
            ("files", files.into()),
            ("megabytes", format!("{:.1}", bytes as f64 / 1e6).into()),
        ];
        let read = self.strings.get_with("loading-read", &args);
        let mut cancel = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(text);
            });
            ui.label(read);
            cancel = ui.button(self.strings.get("loading-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape));
        });
        // The counts move while the job reads.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
        if cancel {
            self.cancel_loading();
        }
    }
}
