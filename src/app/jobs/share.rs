//! Share (Ctrl+Shift+S): the dialog that asks who is committing and lets the message be written,
//! saving first, then commit, fetch, merge and push on a thread of its own, with Stop; and where the
//! workspace stands in its repository, for the status bar.

use egui::RichText;

use crate::app::dialogs::conflicts::{ConflictDialog, Outcome};
use crate::app::jobs::asker::GitAsker;
use crate::app::jobs::{Job, Poll};
use crate::app::settings::Author;
use crate::app::{ChorusApp, Notice};
use crate::share::git::Git;
use crate::share::resolve::Resolution;
use crate::share::status::{self, RepoStatus};
use crate::share::sync::{self, SyncError, SyncOptions, SyncReport};

/// What the Share dialog holds while it is open.
#[derive(Debug, Clone, Default)]
pub(in crate::app) struct ShareDialog {
    name: String,
    email: String,
    /// Empty: written from what changed.
    message: String,
}

/// The offer to share a workspace not yet in git: the team's repository's address, if there is one.
#[derive(Debug, Clone, Default)]
pub(in crate::app) struct SetupDialog {
    remote: String,
    /// Whether the cursor was put in the address field yet (once, on opening).
    focused: bool,
}

/// Share running on its thread.
pub(in crate::app) struct Sharing {
    job: Job<Result<SyncReport, SyncError>>,
    /// Git's questions for a password or token, asked in the window.
    pub(in crate::app) asker: GitAsker,
}

/// Where the workspace stands, worked out on a thread (git is a process per question).
pub(in crate::app) struct RepoWatch {
    pub(in crate::app) shown: Option<RepoStatus>,
    job: Option<Job<Option<RepoStatus>>>,
    /// Whether it was looked at for this workspace yet.
    started: bool,
}

impl RepoWatch {
    pub(in crate::app) fn new() -> Self {
        Self {
            shown: None,
            job: None,
            started: false,
        }
    }
}

impl ChorusApp {
    /// Opens the Share dialog, its name and email from the settings or else git's own.
    pub(in crate::app) fn ask_to_share(&mut self) {
        if self.sharing.is_some() {
            return;
        }
        // Not in a repository (as far as is known yet): offer to make it one.
        if self.repo.shown.is_none() && self.repo.job.is_none() {
            self.setup_dialog = Some(SetupDialog::default());
            return;
        }
        self.open_share_dialog();
    }

    fn open_share_dialog(&mut self) {
        let git = Git::new(&self.ws.root);
        let configured = |key: &str| {
            git.run(&["config", key])
                .map(|v| v.trim().to_owned())
                .unwrap_or_default()
        };
        let (name, email) = match &self.settings.author {
            Some(author) => (author.name.clone(), author.email.clone()),
            None => (configured("user.name"), configured("user.email")),
        };
        self.share_dialog = Some(ShareDialog {
            name,
            email,
            message: String::new(),
        });
    }

    /// "Share this workspace": makes it a git repository (with the team's remote when given), then
    /// goes on to Share.
    pub(in crate::app) fn setup_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.setup_dialog else {
            return;
        };
        let t = &self.strings;
        let (mut go, mut cancel) = (false, false);
        let modal = egui::Modal::new(egui::Id::unique("share-setup")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(t.get("setup-title"));
            ui.label(RichText::new(t.get("setup-explained")).weak());
            let label = ui.label(t.get("setup-remote"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut dialog.remote)
                        .desired_width(f32::INFINITY)
                        .hint_text(t.get("setup-remote-hint")),
                )
                .labelled_by(label.id);
            if !std::mem::replace(&mut dialog.focused, true) {
                field.request_focus();
            }
            ui.horizontal(|ui| {
                go = ui.button(t.get("setup-button")).clicked();
                cancel = ui.button(t.get("close-cancel")).clicked();
            });
        });
        if cancel || modal.should_close() {
            self.setup_dialog = None;
            return;
        }
        if !go {
            return;
        }
        let remote = dialog.remote.trim().to_owned();
        self.setup_dialog = None;
        let remote = (!remote.is_empty()).then_some(remote);
        match crate::share::setup::init(&self.ws.root, remote.as_deref()) {
            Ok(()) => {
                self.refresh_repo(ctx);
                self.open_share_dialog();
            }
            Err(err) => self.notice = Some(Notice::Error(self.strings.explain(&err))),
        }
    }

    /// The Share dialog; Share saves what is unsaved, then shares.
    pub(in crate::app) fn share_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.share_dialog else {
            return;
        };
        let t = &self.strings;
        let (mut go, mut cancel) = (false, false);
        let modal = egui::Modal::new(egui::Id::unique("share")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading(t.get("share-title"));
            ui.label(RichText::new(t.get("share-explained")).weak());
            egui::Grid::new("share-author")
                .num_columns(2)
                .show(ui, |ui| {
                    for (label, text) in [
                        ("share-name", &mut dialog.name),
                        ("share-email", &mut dialog.email),
                    ] {
                        let label = ui.label(t.get(label));
                        ui.add(egui::TextEdit::singleline(text).desired_width(300.0))
                            .labelled_by(label.id);
                        ui.end_row();
                    }
                });
            let label = ui.label(t.get("share-message"));
            ui.add(
                egui::TextEdit::multiline(&mut dialog.message)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .hint_text(t.get("share-message-hint")),
            )
            .labelled_by(label.id);
            ui.horizontal(|ui| {
                let ready = !dialog.name.trim().is_empty() && dialog.email.contains('@');
                go = ui
                    .add_enabled(ready, egui::Button::new(t.get("share-button")))
                    .clicked();
                cancel = ui.button(t.get("close-cancel")).clicked();
            });
        });
        if cancel || modal.should_close() {
            self.share_dialog = None;
        }
        if !go {
            return;
        }
        let Some(dialog) = self.share_dialog.take() else {
            return;
        };
        self.settings.author = Some(Author {
            name: dialog.name.trim().to_owned(),
            email: dialog.email.trim().to_owned(),
        });
        self.share_message = Some(dialog.message);
        if self.dirty_files() > 0 {
            self.share_after_save = true;
            self.save(None, ctx);
        } else {
            self.start_share(ctx);
        }
    }

    /// The conflicts a Share left, while the user settles them; Merge and share completes it.
    pub(in crate::app) fn conflicts_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.conflicts else {
            return;
        };
        match dialog.ui(ctx, &self.strings) {
            Outcome::Open => {}
            Outcome::Later => self.conflicts = None,
            Outcome::Merge(resolutions) => {
                self.conflicts = None;
                self.start_share_with(ctx, resolutions);
            }
        }
    }

    /// Starts sharing on a thread of its own.
    pub(in crate::app) fn start_share(&mut self, ctx: &egui::Context) {
        self.start_share_with(ctx, Vec::new());
    }

    /// Starts sharing, the user's `resolutions` settling what conflicted last time (none: a
    /// plain Share).
    fn start_share_with(&mut self, ctx: &egui::Context, resolutions: Vec<Resolution>) {
        let root = self.ws.root.clone();
        let asker = GitAsker::start();
        let options = SyncOptions {
            env: asker.env(&self.program),
            author: self
                .settings
                .author
                .as_ref()
                .map(|a| (a.name.clone(), a.email.clone())),
            message: self.share_message.take().filter(|m| !m.trim().is_empty()),
            program: self.program.clone(),
        };
        let job = Job::spawn(ctx, move |progress| {
            let stop = || progress.stopped();
            match resolutions.is_empty() {
                true => sync::sync(&root, &options, &stop),
                false => crate::share::resolve::complete(&root, &options, &resolutions, &stop),
            }
        });
        self.sharing = Some(Sharing { job, asker });
    }

    /// Takes Share's outcome when it comes: says what happened, and reads again what it brought.
    pub(in crate::app) fn poll_sharing(&mut self, ctx: &egui::Context) {
        let Some(sharing) = &self.sharing else {
            return;
        };
        let outcome = match sharing.job.poll() {
            Poll::Running => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Poll::Ready(outcome) => outcome,
            Poll::Ended => Err(SyncError::Stopped),
        };
        self.sharing = None;
        if let Ok(report) = &outcome
            && !report.conflicts.is_empty()
        {
            self.conflicts = Some(ConflictDialog::new(report.conflicts.clone()));
        }
        self.notice = Some(self.shared_notice(outcome));
        self.shared_at = Some(std::time::Instant::now());
        // Files others changed are reloaded as any change on disk is.
        if let Some(watch) = &self.watch {
            watch.wake();
        }
        self.refresh_repo(ctx);
    }

    fn shared_notice(&self, outcome: Result<SyncReport, SyncError>) -> Notice {
        let t = &self.strings;
        let report = match outcome {
            Ok(report) => report,
            Err(err) => return Notice::Error(t.explain(&err)),
        };
        if !report.conflicts.is_empty() {
            let named: Vec<String> = report
                .conflicts
                .iter()
                .map(|c| format!("{} ({})", c.id, c.file))
                .collect();
            let args = [("messages", named.join(", ").into())];
            return Notice::Error(t.get_with("notice-share-conflicts", &args));
        }
        if let Some(why) = &report.not_shared {
            return Notice::Error(t.get_with("notice-not-shared", &[("why", why.clone().into())]));
        }
        let args = [("pulled", report.pulled.into())];
        Notice::Info(t.get_with("notice-shared", &args))
    }

    /// Works out again, on a thread, where the workspace stands in its repository.
    pub(in crate::app) fn refresh_repo(&mut self, ctx: &egui::Context) {
        let root = self.ws.root.clone();
        self.repo.job = Some(Job::spawn(ctx, move |_| {
            status::status(&root).ok().flatten()
        }));
    }

    pub(in crate::app) fn poll_repo(&mut self, ctx: &egui::Context) {
        if !self.repo.started && self.loading.is_none() {
            self.repo.started = true;
            self.refresh_repo(ctx);
        }
        let Some(job) = &self.repo.job else {
            return;
        };
        match job.poll() {
            Poll::Running => {}
            Poll::Ready(status) => {
                self.repo.shown = status;
                self.repo.job = None;
            }
            Poll::Ended => self.repo.job = None,
        }
    }

    /// The repository's part of the status bar: branch, ahead and behind, files not shared, and
    /// Share's progress with Stop.
    pub(in crate::app) fn repo_status_ui(&self, ui: &mut egui::Ui) {
        let t = &self.strings;
        if let Some(sharing) = &self.sharing {
            ui.spinner();
            ui.label(RichText::new(t.get("status-sharing")).small());
            if ui.small_button(t.get("share-stop")).clicked() {
                sharing.job.stop();
            }
            return;
        }
        if let Some(cloning) = &self.cloning {
            ui.spinner();
            ui.label(RichText::new(t.get("status-cloning")).small());
            if ui.small_button(t.get("share-stop")).clicked() {
                cloning.stop();
            }
            return;
        }
        let Some(repo) = &self.repo.shown else {
            return;
        };
        let branch = repo
            .branch
            .clone()
            .unwrap_or_else(|| t.get("status-detached"));
        let args = [
            ("branch", branch.into()),
            ("ahead", repo.ahead.into()),
            ("behind", repo.behind.into()),
            ("files", repo.unshared.into()),
        ];
        let text = t.get_with("status-repository", &args);
        let hover = match &repo.upstream {
            Some(upstream) => {
                t.get_with("status-upstream", &[("upstream", upstream.clone().into())])
            }
            None => t.get("status-no-upstream"),
        };
        ui.separator();
        let color = match repo.unshared + repo.ahead {
            0 => ui.visuals().weak_text_color(),
            _ => ui.visuals().warn_fg_color,
        };
        ui.label(RichText::new(text).small().color(color))
            .on_hover_text(hover);
    }
}
