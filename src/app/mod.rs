//! The window: a thin layer over the core. Panels draw and return [`Action`]s; [`ChorusApp::run`] carries
//! them out after the frame, through the core's `Editor` and `Workspace`. No widget closure reads or
//! writes a file; loading a workspace and the system's folder dialog run on background threads.

mod actions;
mod dialogs;
mod i18n;
mod settings;
mod views;
mod widgets;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use egui::{RichText, ViewportCommand};

use crate::workspace::disk_changes::{Known, OnDisk, Scanner};
use crate::workspace::editing::{Editor, Field, WorkspaceEdit};
use crate::workspace::recovery::{Orphans, Recovery, Session};
use crate::workspace::storage::{Digest, StorageError};
use crate::workspace::{FileKey, SavePlan, SaveReport, Workspace};

pub use actions::{Action, Command, Menu};
pub use i18n::{LANGUAGES, Strings};
pub use settings::{Settings, Theme};
pub use views::adapt::AdaptView;
pub use views::overview::OverviewPanel;
pub use views::review::ReviewView;
pub use views::translate::TranslateView;

/// A line in the status bar: what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

/// What fills the window.
pub enum Screen {
    Overview,
    Translate(Box<TranslateView>),
    Adapt(Box<AdaptView>),
    Review(Box<ReviewView>),
}

/// What waits for the user's answer about unsaved changes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    Close,
    Open(PathBuf),
}

/// Files being written on a background thread; the user can go on editing meanwhile.
struct Saving {
    done: Arc<AtomicUsize>,
    total: usize,
    report: mpsc::Receiver<SaveReport>,
    /// What to do once everything is saved (close the window, open another workspace).
    then: Option<Pending>,
}

/// A workspace being loaded on a background thread.
struct Loading {
    root: PathBuf,
    /// Files and bytes read so far; its `cancel` stops the thread before the next file.
    progress: Arc<crate::workspace::LoadProgress>,
    /// The workspace, and unsaved edits of an earlier session found for it.
    result: mpsc::Receiver<Result<(Workspace, Option<Orphans>), String>>,
}

/// What the watching thread looks at: the workspace's folder and files, with the digest each should
/// have, and a generation that moves whenever they change (so that it tells again what it found).
type Watched = Arc<Mutex<(u64, PathBuf, Vec<Known>)>>;

/// A thread that looks for files changed on disk by other programs: every [`WATCH_INTERVAL`], and at
/// once when woken (the window got the focus, or a save was refused).
struct Watch {
    watched: Watched,
    generation: u64,
    /// Dropping it ends the thread.
    wake: mpsc::Sender<()>,
    /// What a scan found, with the generation it was made for.
    found: mpsc::Receiver<(u64, Vec<OnDisk>)>,
}

/// A file found changed, and what it holds now.
type Seen = (FileKey, Option<Digest>);

/// How often files are looked at for changes made by other programs.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

impl Watch {
    fn start(ws: &Workspace, ctx: &egui::Context) -> Self {
        let watched: Watched = Arc::new(Mutex::new((0, ws.root.clone(), ws.known_files())));
        let (wake, woken) = mpsc::channel::<()>();
        let (sender, found) = mpsc::channel();
        let shared = Arc::clone(&watched);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut scanner = Scanner::default();
            // What it last told, for which generation: the same again is not news.
            let mut told: Option<(u64, Vec<Seen>)> = None;
            loop {
                let forced = match woken.recv_timeout(WATCH_INTERVAL) {
                    Ok(()) => true,
                    Err(mpsc::RecvTimeoutError::Timeout) => false,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                };
                let (generation, root, known) = match shared.lock() {
                    Ok(w) => w.clone(),
                    Err(_) => return,
                };
                let changed = scanner.scan(&root, &known);
                let seen: Vec<_> = changed.iter().map(|c| (c.key.clone(), c.digest)).collect();
                let news = told.as_ref() != Some(&(generation, seen.clone()));
                told = Some((generation, seen));
                if !changed.is_empty() && (forced || news) {
                    if sender.send((generation, changed)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            }
        });
        Self {
            watched,
            generation: 0,
            wake,
            found,
        }
    }

    /// The workspace's files changed (loaded, saved, reloaded): look at these from now on.
    fn update(&mut self, ws: &Workspace) {
        self.generation += 1;
        if let Ok(mut w) = self.watched.lock() {
            *w = (self.generation, ws.root.clone(), ws.known_files());
        }
    }

    fn wake(&self) {
        let _ = self.wake.send(());
    }
}

/// The application state the window draws.
pub struct ChorusApp {
    ws: Workspace,
    editor: Editor,
    strings: Strings,
    settings: Settings,
    overview: OverviewPanel,
    screen: Screen,
    notice: Option<Notice>,
    show_help: bool,
    pending: Option<Pending>,
    may_close: bool,
    loading: Option<Loading>,
    saving: Option<Saving>,
    /// A save asked for while another was running: done as soon as that one finishes, then `then`.
    queued_save: Option<Option<Pending>>,
    open_dialog: Option<dialogs::open::OpenDialog>,
    export_dialog: Option<dialogs::export::ExportDialog>,
    /// Where unsaved edits are kept against a crash; `None` keeps none.
    recovery: Option<Arc<Session>>,
    last_recovery: std::time::Instant,
    /// Unsaved edits from an earlier session, waiting for the user to restore or discard them.
    offered: Option<Orphans>,
    /// Looks for files changed by other programs; started with the first frame.
    watch: Option<Watch>,
    /// Files changed on disk that wait for the user's choice.
    outside: dialogs::outside::OutsideDialog,
    /// Changes on disk the user chose to decide on later, by file: not asked about again until the
    /// file changes once more or a save of it is refused.
    later: HashMap<FileKey, Option<Digest>>,
    /// A save was refused because another program saved a file first: once what it changed is
    /// merged in (review records merge by themselves), the save is made again.
    save_after_merge: bool,
}

/// How often unsaved edits are written to the recovery file.
const RECOVERY_INTERVAL: std::time::Duration = std::time::Duration::from_secs(30);

impl ChorusApp {
    /// The app on a workspace already loaded, with default settings.
    pub fn new(ws: Workspace) -> Self {
        Self::with_settings(ws, Settings::default())
    }

    pub fn with_settings(ws: Workspace, settings: Settings) -> Self {
        let language = match &settings.language {
            Some(tag) => tag.clone(),
            None => std::env::var("LANG")
                .ok()
                .map_or("en", |l| Strings::language_for_system(&l))
                .to_owned(),
        };
        Self {
            overview: OverviewPanel::default(),
            ws,
            editor: Editor::default(),
            strings: Strings::new(&language),
            settings,
            screen: Screen::Overview,
            notice: None,
            show_help: false,
            pending: None,
            may_close: false,
            loading: None,
            saving: None,
            queued_save: None,
            open_dialog: None,
            export_dialog: None,
            recovery: None,
            last_recovery: std::time::Instant::now(),
            offered: None,
            watch: None,
            outside: dialogs::outside::OutsideDialog::new(),
            later: HashMap::new(),
            save_after_merge: false,
        }
    }

    /// Keeps unsaved edits in `dir`, and offers back any found there for this workspace.
    pub fn set_recovery_dir(&mut self, dir: PathBuf) {
        self.recovery = Some(Arc::new(Session::start(&dir)));
        self.offer_recovery();
    }

    fn offer_recovery(&mut self) {
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
            self.notice = Some(Notice::Error(err.to_string()));
        }
    }

    /// Writes the recovery file on a background thread when it is due.
    fn keep_recovery(&mut self, ctx: &egui::Context) {
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
        std::thread::spawn(move || {
            let _ = session.write(&recovery);
        });
    }

    fn discard_recovery(&mut self) {
        if let Some(session) = &self.recovery {
            session.discard(&self.ws.root);
        }
    }

    /// The app while `root` loads in the background.
    pub fn start(root: &Path, settings: Settings, ctx: &egui::Context) -> Self {
        settings.apply(ctx);
        let mut app = Self::with_settings(Workspace::empty(root), settings);
        app.recovery = eframe::storage_dir("Chorus").map(|dir| Arc::new(Session::start(&dir)));
        app.load(root.to_owned(), ctx);
        app
    }

    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether a workspace is still loading.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Whether files are being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    pub fn set_language(&mut self, language: &str) {
        self.strings = Strings::new(language);
        self.settings.language = Some(self.strings.language().to_owned());
    }

    /// Files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        self.ws.dirty_files()
    }

    /// Whether the Export dialog is writing files.
    pub fn is_exporting(&self) -> bool {
        self.export_dialog
            .as_ref()
            .is_some_and(dialogs::export::ExportDialog::is_exporting)
    }

    /// Whether the window is asking about a file changed on disk.
    pub fn is_asking_about_outside_changes(&self) -> bool {
        self.outside.is_asking()
    }

    /// Whether the window is asking what to do with unsaved changes.
    pub fn is_asking_to_close(&self) -> bool {
        self.pending.is_some()
    }

    /// Loads a workspace on a background thread; the window stays responsive and shows progress.
    fn load(&mut self, root: PathBuf, ctx: &egui::Context) {
        let (sender, result) = mpsc::channel();
        let ctx = ctx.clone();
        let folder = root.clone();
        let session = self.recovery.clone();
        let progress = Arc::new(crate::workspace::LoadProgress::default());
        let counter = Arc::clone(&progress);
        std::thread::spawn(move || {
            let loaded = Workspace::load_with(&folder, &counter).map_err(|e| e.to_string());
            let loaded = loaded.map(|ws| {
                let recovery = session.and_then(|s| s.orphans(&ws.root));
                (ws, recovery)
            });
            let _ = sender.send(loaded);
            ctx.request_repaint();
        });
        self.loading = Some(Loading {
            root,
            progress,
            result,
        });
    }

    /// Stops a load: the thread gives up before its next file, and what was open stays open (or, when
    /// nothing was, the Open dialog comes up).
    fn cancel_loading(&mut self) {
        let Some(loading) = self.loading.take() else {
            return;
        };
        loading.progress.cancel.store(true, Ordering::Relaxed);
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
    fn poll_loading(&mut self) {
        let Some(loading) = &self.loading else {
            return;
        };
        let result = match loading.result.try_recv() {
            Ok(result) => result,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err("the loading thread stopped".to_owned()),
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

    /// Draws the whole window into `ui`; eframe and UI tests both call this.
    pub fn show_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_loading();
        self.poll_saving(&ctx);
        self.poll_watch(&ctx);
        self.keep_recovery(&ctx);
        let mut actions: Vec<Action> = Command::pressed(&ctx)
            .into_iter()
            .map(Action::Command)
            .collect();
        self.close_guard(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if let Some(loading) = &self.loading {
            let path = loading.root.display().to_string();
            let text = self.strings.get_with("loading", &[("path", path.into())]);
            let files = loading.progress.files.load(Ordering::Relaxed);
            let bytes = loading.progress.bytes.load(Ordering::Relaxed);
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
            // The counts move while the thread reads.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            if cancel {
                self.cancel_loading();
            }
        } else {
            let screen_actions = match &mut self.screen {
                Screen::Translate(view) => view.ui(ui, &self.ws, &self.strings),
                Screen::Adapt(view) => view.ui(ui, &self.ws, &self.strings),
                Screen::Review(view) => {
                    let reviewer = self.settings.reviewer.as_deref();
                    view.ui(ui, &self.ws, &self.strings, reviewer)
                }
                Screen::Overview => self.overview.ui(ui, &self.ws, &self.strings),
            };
            actions.extend(screen_actions);
        }
        self.help_ui(&ctx);
        self.open_dialog_ui(&ctx, &mut actions);
        if let Some(dialog) = &mut self.export_dialog
            && !dialog.ui(&ctx, &self.ws, &self.strings)
        {
            self.export_dialog = None;
        }
        self.confirm_ui(&ctx);
        self.recovery_ui(&ctx);
        self.outside_ui(&ctx);
        for action in actions {
            self.run(action, &ctx);
        }
    }

    /// Carries out one action.
    pub fn run(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Command(command) => self.run_command(command, ctx),
            Action::Open { statement, locale } => {
                self.editor.seal();
                let view = TranslateView::new(&self.ws, statement, locale);
                self.screen = Screen::Translate(Box::new(view));
            }
            Action::Adapt { statement, locale } => {
                self.editor.seal();
                if self.ws.statements.contains_key(&statement) {
                    let mut view = AdaptView::new(&self.ws, statement);
                    if let Some(locale) = locale {
                        view.set_locale(&self.ws, locale);
                    }
                    self.screen = Screen::Adapt(Box::new(view));
                }
            }
            Action::AdaptLocale(locale) => {
                if let Screen::Adapt(view) = &mut self.screen {
                    view.set_locale(&self.ws, locale);
                }
            }
            Action::SetReference(locale) => {
                if let Screen::Translate(view) = &mut self.screen {
                    view.set_reference(&self.ws, locale);
                }
            }
            Action::EditStatement {
                statement,
                field,
                edit,
            } => self.edit_statement(statement, field, edit),
            Action::Edit {
                row,
                path,
                field,
                edits,
            } => self.edit_message(row, &path, field, edits),
            Action::Seal => self.editor.seal(),
            Action::SetLanguage(language) => self.set_language(language),
            Action::OpenWorkspace(root) => {
                self.open_dialog = None;
                if self.dirty_files() > 0 {
                    self.pending = Some(Pending::Open(root));
                } else {
                    self.editor.seal();
                    self.load(root, ctx);
                }
            }
            Action::SetTheme(theme) => {
                self.settings.theme = theme;
                self.settings.apply(ctx);
            }
            Action::SetTextScale(scale) => {
                self.settings.text_scale = scale.clamp(0.5, 3.0);
                self.settings.apply(ctx);
            }
            Action::AddLocale { locale, statements } => self.add_locale(locale, &statements),
            Action::EditMessage {
                statement,
                locale,
                message,
            } => {
                self.editor.seal();
                let mut view = TranslateView::new(&self.ws, statement, locale);
                view.show_message(&message);
                self.screen = Screen::Translate(Box::new(view));
            }
            Action::OpenReview { statement, locale } => {
                self.editor.seal();
                if self.ws.statements.contains_key(&statement) {
                    let view = ReviewView::new(&self.ws, statement, locale);
                    self.screen = Screen::Review(Box::new(view));
                }
            }
            Action::Review {
                statement,
                locale,
                edit,
            } => self.review(statement, locale, edit),
            Action::SetReviewer(name) => self.settings.reviewer = Some(name),
            Action::OpenExport(statement) => {
                self.export_dialog = Some(dialogs::export::ExportDialog::new(&self.ws, statement));
            }
            Action::NewStatement {
                template,
                id,
                title,
            } => self.new_statement(&template, id, &title, ctx),
        }
    }

    /// Adds a locale to statements as one undo step; saved with the next save.
    fn add_locale(
        &mut self,
        locale: crate::base::ids::Locale,
        statements: &[crate::base::ids::Id],
    ) {
        let Some(first) = statements.first() else {
            return;
        };
        self.editor.seal();
        let field = Field {
            statement: first.clone(),
            locale: None,
            path: "locales".to_owned(),
        };
        let mut added = 0;
        for statement in statements {
            let edit = WorkspaceEdit::Statement {
                statement: statement.clone(),
                edit: crate::workspace::statement::StatementEdit::AddLocale(locale.clone()),
            };
            match self.editor.apply(&mut self.ws, field.clone(), edit) {
                Ok(()) => added += 1,
                Err(err) => self.notice = Some(Notice::Error(err.to_string())),
            }
        }
        self.editor.seal();
        if added > 0 {
            let args = [
                ("locale", locale.to_string().into()),
                ("statements", added.into()),
            ];
            let text = self.strings.get_with("notice-locale-added", &args);
            self.notice = Some(Notice::Info(text));
        }
        self.refresh_status();
    }

    /// Makes a statement from a template, writes its files in the background and opens it to adapt.
    fn new_statement(
        &mut self,
        template: &crate::base::ids::Id,
        id: crate::base::ids::Id,
        title: &str,
        ctx: &egui::Context,
    ) {
        self.editor.seal();
        match self.ws.create_from_template(template, id.clone(), title) {
            Ok(keys) => {
                self.save_files(&keys, ctx);
                self.screen = Screen::Adapt(Box::new(AdaptView::new(&self.ws, id)));
            }
            Err(err) => self.notice = Some(Notice::Error(err.to_string())),
        }
        self.refresh_status();
    }

    fn edit_statement(
        &mut self,
        statement: crate::base::ids::Id,
        field: String,
        edit: crate::workspace::statement::StatementEdit,
    ) {
        let at = Field {
            statement: statement.clone(),
            locale: None,
            path: field.clone(),
        };
        let result = self.editor.apply(
            &mut self.ws,
            at,
            WorkspaceEdit::Statement { statement, edit },
        );
        if let Screen::Adapt(view) = &mut self.screen {
            match result {
                Ok(()) => view.accepted(&field),
                Err(err) => view.refused(&field, err.to_string()),
            }
        }
        self.refresh_status();
    }

    /// Records a verdict or a sign-off as its own undo step, then shows the next message to review.
    fn review(
        &mut self,
        statement: crate::base::ids::Id,
        locale: crate::base::ids::Locale,
        edit: crate::workspace::editing::ReviewEdit,
    ) {
        let path = match &edit {
            crate::workspace::editing::ReviewEdit::Judge { id, .. } => id.clone(),
            crate::workspace::editing::ReviewEdit::SignOff { .. } => "signoff".to_owned(),
        };
        let signed = matches!(edit, crate::workspace::editing::ReviewEdit::SignOff { .. });
        let field = Field {
            statement: statement.clone(),
            locale: Some(locale.clone()),
            path,
        };
        self.editor.seal();
        let edit = WorkspaceEdit::Review {
            statement,
            locale,
            edit,
        };
        let result = self.editor.apply(&mut self.ws, field, edit);
        self.editor.seal();
        match result {
            Err(err) => self.notice = Some(Notice::Error(err.to_string())),
            Ok(()) if signed => {
                self.notice = Some(Notice::Info(self.strings.get("notice-signed-off")));
            }
            Ok(()) => {}
        }
        if let Screen::Review(view) = &mut self.screen {
            view.judged(&self.ws);
        }
        self.refresh_status();
    }

    fn edit_message(&mut self, row: usize, path: &str, field: Field, edits: Vec<WorkspaceEdit>) {
        let mut result = Ok(());
        for edit in edits {
            if let Err(err) = self.editor.apply(&mut self.ws, field.clone(), edit) {
                result = Err(err.to_string());
                break;
            }
        }
        match &mut self.screen {
            Screen::Translate(view) => view.edited(&self.ws, row, path, result),
            Screen::Adapt(view) => {
                view.terms.edited(&self.ws, row, path, result);
                view.invalidate();
            }
            Screen::Review(_) | Screen::Overview => {}
        }
        self.refresh_status();
    }

    fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Save => self.save(None, ctx),
            Command::Undo | Command::Redo => {
                let field = match command {
                    Command::Undo => self.editor.undo(&mut self.ws),
                    _ => self.editor.redo(&mut self.ws),
                };
                if let Some(field) = field {
                    self.show_undone(&field);
                }
                self.refresh_status();
            }
            Command::Overview => {
                self.editor.seal();
                self.screen = Screen::Overview;
            }
            Command::Help => self.show_help = !self.show_help,
            // Goes through the same question about unsaved changes as the window's close button.
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Command::OpenWorkspace => {
                self.open_dialog = Some(dialogs::open::OpenDialog::new(&self.ws.root));
            }
            Command::Export => {
                let shown = match &self.screen {
                    Screen::Translate(view) => Some(view.statement.clone()),
                    Screen::Adapt(view) => Some(view.statement.clone()),
                    Screen::Review(view) => Some(view.statement.clone()),
                    Screen::Overview => None,
                };
                let statement = shown.or_else(|| self.ws.statements.keys().next().cloned());
                if let Some(statement) = statement {
                    self.run(Action::OpenExport(statement), ctx);
                }
            }
            Command::NextMessage
            | Command::PreviousMessage
            | Command::NextMissing
            | Command::ConfirmAndNext
            | Command::CopyFromReference
            | Command::Find
            | Command::TogglePreview => {
                if let Some(action) = self.run_view_command(command) {
                    self.run(action, ctx);
                    self.editor.seal();
                }
            }
        }
        ctx.request_repaint();
    }

    /// Shows what an undo or redo changed in the current screen.
    fn show_undone(&mut self, field: &Field) {
        let message = field.path.split('/').next().unwrap_or_default();
        match (&mut self.screen, &field.locale) {
            (Screen::Translate(view), Some(_)) => view.refresh(&self.ws, message),
            (Screen::Adapt(view), None) => view.rebuild(&self.ws),
            (Screen::Adapt(view), Some(_)) => {
                view.terms.refresh(&self.ws, message);
                view.invalidate();
            }
            (Screen::Review(view), _) => view.invalidate(),
            _ => {}
        }
    }

    /// Commands about the translate view (nothing happens elsewhere); may give an edit to run.
    #[must_use]
    fn run_view_command(&mut self, command: Command) -> Option<Action> {
        if let Screen::Review(view) = &mut self.screen {
            return match command {
                Command::ConfirmAndNext => view.confirm(self.settings.reviewer.as_deref()),
                Command::NextMessage | Command::NextMissing => {
                    view.step(&self.ws, true);
                    None
                }
                Command::PreviousMessage => {
                    view.step(&self.ws, false);
                    None
                }
                _ => None,
            };
        }
        let Screen::Translate(view) = &mut self.screen else {
            return None;
        };
        match command {
            Command::NextMessage => view.step(1, false),
            Command::PreviousMessage => view.step(-1, false),
            Command::NextMissing => view.step(1, true),
            Command::ConfirmAndNext => {
                self.editor.seal();
                view.step(1, false);
            }
            Command::Find => view.focus_search(),
            Command::TogglePreview => view.show_preview = !view.show_preview,
            Command::CopyFromReference => {
                self.editor.seal();
                return view.copy_from_reference();
            }
            _ => {}
        }
        None
    }

    /// Writes every changed file on a background thread (Ctrl+S), then does `then`.
    fn save(&mut self, then: Option<Pending>, ctx: &egui::Context) {
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
    fn save_files(&mut self, keys: &[FileKey], ctx: &egui::Context) {
        let plan = self.ws.save_plan_of(keys);
        if self.saving.is_none() && !plan.is_empty() {
            self.write_in_background(plan, None, ctx);
        }
    }

    fn write_in_background(&mut self, plan: SavePlan, then: Option<Pending>, ctx: &egui::Context) {
        let (sender, report) = mpsc::channel();
        let done = Arc::new(AtomicUsize::new(0));
        let total = plan.len();
        let counter = Arc::clone(&done);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let report = plan.write(|written, _| {
                counter.store(written, Ordering::Relaxed);
                ctx.request_repaint();
            });
            let _ = sender.send(report);
            ctx.request_repaint();
        });
        self.saving = Some(Saving {
            done,
            total,
            report,
            then,
        });
    }

    /// Takes a finished save, if there is one: marks what was written as saved and says what failed.
    fn poll_saving(&mut self, ctx: &egui::Context) {
        let Some(saving) = &self.saving else {
            return;
        };
        let report = match saving.report.try_recv() {
            Ok(report) => Ok(report),
            Err(mpsc::TryRecvError::Empty) => {
                // Poll again soon, without keeping the UI busy.
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => Err(self.strings.get("notice-save-stopped")),
        };
        let then = self.saving.take().and_then(|s| s.then);
        let report = match report {
            Ok(report) => report,
            Err(message) => {
                // Nothing is known to be written: every file stays unsaved.
                self.notice = Some(Notice::Error(message));
                self.queued_save = None;
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
        if self.dirty_files() == 0 {
            self.discard_recovery();
            if let Some(then) = then {
                self.proceed(then, ctx);
            }
        }
    }

    fn refresh_status(&mut self) {
        self.overview.invalidate();
        if let Screen::Review(view) = &mut self.screen {
            view.invalidate();
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let t = &self.strings;
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(t.get(menu.label()), |ui| {
                    for command in Command::in_menu(menu) {
                        let spec = command.spec();
                        let button = egui::Button::new(t.get(spec.label))
                            .shortcut_text(command.shortcut_text(ui.ctx()));
                        let button = ui.add(button).on_hover_text(t.get(spec.tooltip));
                        if button.clicked() {
                            actions.push(Action::Command(command));
                        }
                    }
                });
            }
            ui.menu_button(t.get("menu-language"), |ui| {
                for (tag, name, _) in LANGUAGES {
                    if ui.radio(t.language() == *tag, *name).clicked() {
                        actions.push(Action::SetLanguage(tag));
                    }
                }
            });
            ui.menu_button(t.get("menu-theme"), |ui| {
                let themes = [
                    (Theme::System, "theme-system"),
                    (Theme::Light, "theme-light"),
                    (Theme::Dark, "theme-dark"),
                ];
                for (theme, id) in themes {
                    if ui.radio(self.settings.theme == theme, t.get(id)).clicked() {
                        actions.push(Action::SetTheme(theme));
                    }
                }
            });
            ui.menu_button(t.get("menu-text-size"), |ui| {
                let scale = self.settings.text_scale;
                let sizes = [
                    ("text-smaller", scale - 0.1),
                    ("text-larger", scale + 0.1),
                    ("text-reset", 1.0),
                ];
                for (id, value) in sizes {
                    if ui.button(t.get(id)).clicked() {
                        actions.push(Action::SetTextScale(value));
                    }
                }
            });
        });
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            // The folder's name; its full path on hover.
            let root = &self.ws.root;
            let name = root.file_name().unwrap_or(root.as_os_str());
            ui.label(RichText::new(name.to_string_lossy()).small().weak())
                .on_hover_text(root.display().to_string());
            if let Some(saving) = &self.saving {
                let done = saving.done.load(Ordering::Relaxed);
                let args = [("done", done.into()), ("total", saving.total.into())];
                let text = self.strings.get_with("status-saving", &args);
                ui.add(
                    egui::ProgressBar::new(done as f32 / saving.total.max(1) as f32)
                        .desired_width(160.0)
                        .text(RichText::new(text).small()),
                );
            }
            let dirty = self.dirty_files();
            if dirty > 0 {
                let text = self
                    .strings
                    .get_with("status-unsaved", &[("files", dirty.into())]);
                ui.label(
                    RichText::new(text)
                        .small()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            match &self.notice {
                Some(Notice::Info(text)) => {
                    ui.label(RichText::new(text).small());
                }
                Some(Notice::Error(text)) => {
                    ui.label(
                        RichText::new(text)
                            .small()
                            .color(ui.visuals().error_fg_color),
                    );
                }
                None => {}
            }
        });
    }

    fn help_ui(&mut self, ctx: &egui::Context) {
        let t = &self.strings;
        egui::Window::new(t.get("help-title"))
            .open(&mut self.show_help)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for command in Command::ALL.iter().copied() {
                        ui.label(t.get(command.label()));
                        ui.monospace(command.shortcut_text(ctx));
                        ui.end_row();
                    }
                });
            });
    }

    fn open_dialog_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(dialog) = &mut self.open_dialog else {
            return;
        };
        match dialog.ui(ctx, &self.settings.recent, &self.strings) {
            Some(dialogs::open::Choice::Open(root)) => actions.push(Action::OpenWorkspace(root)),
            Some(dialogs::open::Choice::Cancel) => self.open_dialog = None,
            None => {}
        }
    }

    /// Closing with unsaved changes asks first.
    fn close_guard(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|i| i.viewport().close_requested());
        if requested && !self.may_close && self.dirty_files() > 0 {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
    }

    /// Asks what to do with unsaved changes before closing or opening another workspace.
    fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.pending.clone() else {
            return;
        };
        let t = &self.strings;
        let files = self.dirty_files();
        let (title, question, save, discard) = match &pending {
            Pending::Close => (
                t.get("close-title"),
                t.get_with("close-question", &[("files", files.into())]),
                t.get("close-save"),
                t.get("close-discard"),
            ),
            Pending::Open(_) => (
                t.get("switch-title"),
                t.get("switch-question"),
                t.get("switch-save"),
                t.get("switch-discard"),
            ),
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("confirm-unsaved")).show(ctx, |ui| {
            ui.heading(title);
            ui.label(question);
            ui.horizontal(|ui| {
                for (text, what) in [(save, 0), (discard, 1), (t.get("close-cancel"), 2)] {
                    if ui.button(text).clicked() {
                        choice = Some(what);
                    }
                }
            });
        });
        match choice {
            None => {}
            Some(2) => self.pending = None,
            Some(0) => {
                self.pending = None;
                // Goes on once everything is saved; if a file cannot be, the status bar says why and
                // nothing is lost.
                self.save(Some(pending), ctx);
            }
            Some(_) => {
                self.pending = None;
                // The user chose to drop the edits: nothing is left to recover.
                self.discard_recovery();
                self.proceed(pending, ctx);
            }
        }
    }

    /// Closes the window or opens another workspace, once unsaved changes were saved or dropped.
    fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::Close => {
                self.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::Open(root) => {
                self.editor.seal();
                self.load(root, ctx);
            }
        }
    }
}

impl ChorusApp {
    /// Starts watching the workspace's files, or tells the watching thread they changed.
    fn watch_files(&mut self) {
        if let Some(watch) = &mut self.watch {
            watch.update(&self.ws);
        }
    }

    /// Takes what the watching thread found: files with no unsaved edits here are reloaded at once
    /// (and the status bar says so); the others wait in the "Changed on disk" dialog.
    fn poll_watch(&mut self, ctx: &egui::Context) {
        if self.loading.is_some() {
            return;
        }
        let watch = self
            .watch
            .get_or_insert_with(|| Watch::start(&self.ws, ctx));
        if ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        }) {
            watch.wake();
        }
        // A scan made for an earlier generation may be of another workspace, or from before a save
        // of ours was recorded: the thread scans again for the current one and tells it then.
        let generation = watch.generation;
        let mut found: Vec<OnDisk> = watch
            .found
            .try_iter()
            .filter(|(g, _)| *g == generation)
            .flat_map(|(_, found)| found)
            .collect();
        if self.saving.is_some() {
            // Our own save may be what changed them; once it is recorded, the thread tells again.
            found.clear();
        }
        let (mut reloaded, mut merged) = (Vec::new(), Vec::new());
        for found in found {
            let Some(change) = self.ws.outside_change(found) else {
                continue;
            };
            if self.later.get(&change.key) == Some(&change.digest) {
                continue;
            }
            let path = change.path.display().to_string();
            // Verdicts recorded here and by another program (`chorus review`, another window)
            // are different records of one file: they merge without asking.
            let reviews = matches!(change.key, FileKey::Reviews(..));
            if !change.mine_unsaved && !change.deleted() && self.ws.reload(&change).is_ok() {
                self.editor.forget(&change.key);
                reloaded.push(path);
            } else if change.mine_unsaved && reviews && self.ws.merge(&change).is_ok() {
                merged.push(path);
            } else {
                self.outside.push(&self.ws, change);
            }
        }
        if !reloaded.is_empty() {
            let args = [
                ("files", reloaded.len().into()),
                ("paths", reloaded.join(", ").into()),
            ];
            self.notice = Some(Notice::Info(
                self.strings.get_with("notice-reloaded", &args),
            ));
        }
        if !merged.is_empty() {
            let args = [("path", merged.join(", ").into())];
            self.notice = Some(Notice::Info(self.strings.get_with("notice-merged", &args)));
        }
        if !reloaded.is_empty() || !merged.is_empty() {
            self.after_outside_change();
            self.save_again_after_conflict(ctx);
        }
    }

    /// Makes the save that was refused because of a change on disk again, once every such change
    /// merged by itself (review records) and nothing waits for the user's choice.
    fn save_again_after_conflict(&mut self, ctx: &egui::Context) {
        if self.save_after_merge && !self.outside.is_asking() && self.saving.is_none() {
            self.save_after_merge = false;
            if self.dirty_files() > 0 {
                self.save(None, ctx);
            }
        }
    }

    /// The workspace took files from disk: the views and the watching thread look again.
    fn after_outside_change(&mut self) {
        self.watch_files();
        match &mut self.screen {
            Screen::Translate(view) => view.rebuild(&self.ws),
            Screen::Adapt(view) => view.rebuild(&self.ws),
            Screen::Review(view) => view.invalidate(),
            Screen::Overview => {}
        }
        self.refresh_status();
    }

    /// Asks about the first file changed on disk that has unsaved edits here, and does what the user
    /// chose.
    fn outside_ui(&mut self, ctx: &egui::Context) {
        let Some(choice) = self.outside.ui(ctx, &self.strings) else {
            return;
        };
        let Some(change) = self.outside.current().cloned() else {
            return;
        };
        let path = change.path.display().to_string();
        let t = &self.strings;
        let done = match choice {
            dialogs::outside::Choice::Later => {
                self.later.insert(change.key.clone(), change.digest);
                self.outside.settled();
                // The user will decide; a save now would only be refused again.
                self.save_after_merge = false;
                return;
            }
            dialogs::outside::Choice::Reload => self.ws.reload(&change).map(|()| {
                self.editor.forget(&change.key);
                t.get_with(
                    "notice-reloaded",
                    &[("files", 1.into()), ("paths", path.into())],
                )
            }),
            dialogs::outside::Choice::Merge => self.ws.merge(&change).map(|()| {
                self.editor.forget(&change.key);
                t.get_with("notice-merged", &[("path", path.into())])
            }),
            dialogs::outside::Choice::KeepMine => match self.ws.keep_mine(&change) {
                Ok(Some(theirs)) => Ok(t.get_with(
                    "notice-kept",
                    &[("path", theirs.display().to_string().into())],
                )),
                Ok(None) => Ok(t.get_with("notice-kept-deleted", &[("path", path.into())])),
                Err(err) => Err(err.to_string()),
            },
        };
        match done {
            Ok(text) => {
                self.notice = Some(Notice::Info(text));
                self.later.remove(&change.key);
                self.outside.settled();
                self.after_outside_change();
                // The user chose; their next save writes it, as the notice says.
                self.save_after_merge = false;
            }
            Err(why) => self.outside.failed(why),
        }
    }

    /// Offers back the unsaved edits of an earlier session.
    fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(Orphans { recovery, .. }) = &self.offered else {
            return;
        };
        let t = &self.strings;
        let files = recovery.files.len();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.heading(t.get("recovery-title"));
            ui.label(t.get_with("recovery-question", &[("files", files.into())]));
            for file in &recovery.files {
                ui.monospace(file.path.display().to_string());
            }
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

impl eframe::App for ChorusApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }
}

/// Opens the window and returns when it is closed. The workspace is `root` when given, else the most
/// recent one that still exists, else `fallback` (the sample). It loads in the background.
pub fn run(root: Option<PathBuf>, fallback: PathBuf) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chorus")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Chorus",
        options,
        Box::new(move |cc| {
            let settings: Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, Settings::KEY))
                .unwrap_or_default();
            let root = root
                .or_else(|| settings.last_workspace().map(Path::to_owned))
                .unwrap_or(fallback);
            Ok(Box::new(ChorusApp::start(&root, settings, &cc.egui_ctx)))
        }),
    )
}
