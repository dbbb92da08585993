//! File → Open from URL…: a team's repository cloned into a folder on a thread (git's questions for a
//! password asked in the window, Stop in the status bar), then opened.

use std::path::PathBuf;

use egui::RichText;

use crate::app::jobs::asker::GitAsker;
use crate::app::jobs::{Job, Poll};
use crate::app::{ChorusApp, Notice};
use crate::share::setup;
use crate::share::sync::SyncError;

/// The dialog: the repository's address and the folder to clone it into.
pub(in crate::app) struct CloneDialog {
    url: String,
    folder: String,
    /// The folder as proposed from the address, until the user types their own.
    proposed: bool,
    /// Whether the cursor was put in the address field yet (once, on opening).
    focused: bool,
}

/// A clone under way.
pub(in crate::app) struct Cloning {
    job: Job<Result<PathBuf, SyncError>>,
    pub(in crate::app) asker: GitAsker,
}

impl Cloning {
    pub(in crate::app) fn stop(&self) {
        self.job.stop();
    }
}

/// The folder a clone of `url` goes into by default: beside `near`, named as the repository.
fn proposed_folder(url: &str, near: &std::path::Path) -> String {
    let name = url
        .trim()
        .trim_end_matches('/')
        .rsplit(['/', ':'])
        .next()
        .unwrap_or("")
        .trim_end_matches(".git");
    let parent = near.parent().unwrap_or(near);
    match name {
        "" => parent.display().to_string(),
        name => parent.join(name).display().to_string(),
    }
}

impl ChorusApp {
    pub(in crate::app) fn ask_to_clone(&mut self) {
        self.clone_dialog = Some(CloneDialog {
            url: String::new(),
            folder: proposed_folder("", &self.ws.root),
            proposed: true,
            focused: false,
        });
    }

    pub(in crate::app) fn clone_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.clone_dialog else {
            return;
        };
        let t = &self.strings;
        let (mut go, mut cancel) = (false, false);
        let root = self.ws.root.clone();
        let modal = egui::Modal::new(egui::Id::unique("clone")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(t.get("clone-title"));
            ui.label(RichText::new(t.get("clone-explained")).weak());
            let label = ui.label(t.get("clone-url"));
            let url = ui
                .add(egui::TextEdit::singleline(&mut dialog.url).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !std::mem::replace(&mut dialog.focused, true) {
                url.request_focus();
            }
            if url.changed() && dialog.proposed {
                dialog.folder = proposed_folder(&dialog.url, &root);
            }
            let label = ui.label(t.get("clone-folder"));
            let folder = ui
                .add(egui::TextEdit::singleline(&mut dialog.folder).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if folder.changed() {
                dialog.proposed = false;
            }
            ui.horizontal(|ui| {
                let ready = !dialog.url.trim().is_empty() && !dialog.folder.trim().is_empty();
                go = ui
                    .add_enabled(ready, egui::Button::new(t.get("clone-button")))
                    .clicked();
                cancel = ui.button(t.get("close-cancel")).clicked();
            });
        });
        if cancel || modal.should_close() {
            self.clone_dialog = None;
            return;
        }
        if !go {
            return;
        }
        let Some(dialog) = self.clone_dialog.take() else {
            return;
        };
        let into = PathBuf::from(dialog.folder.trim());
        let url = dialog.url.trim().to_owned();
        let asker = GitAsker::start();
        let env = asker.env(&self.program);
        let job = Job::spawn(ctx, move |progress| {
            setup::clone(&url, &into, &env, &|| progress.stopped()).map(|()| into)
        });
        self.cloning = Some(Cloning { job, asker });
    }

    /// Opens the clone once it is made (after the usual question about unsaved work), or says why
    /// it could not be.
    pub(in crate::app) fn poll_cloning(&mut self, ctx: &egui::Context) {
        let Some(cloning) = &self.cloning else {
            return;
        };
        let outcome = match cloning.job.poll() {
            Poll::Running => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Poll::Ready(outcome) => outcome,
            Poll::Ended => Err(SyncError::Stopped),
        };
        self.cloning = None;
        match outcome {
            Ok(folder) => self.run(crate::app::actions::Action::OpenWorkspace(folder), ctx),
            Err(err) => self.notice = Some(Notice::Error(self.strings.explain(&err))),
        }
    }
}
