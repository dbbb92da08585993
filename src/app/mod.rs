//! The window: a thin layer over the core. Panels draw and return [`Action`]s; [`ChorusApp::run`] carries
//! them out after the frame, through the core's `Editor` and `Workspace`. No widget closure reads or
//! writes a file; loading a workspace and the system's folder dialog run on background threads.

mod actions;
mod chrome;
mod dialogs;
mod i18n;
mod jobs;
mod run;
mod settings;
mod theme;
mod views;
mod widgets;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::jobs::Job;
use crate::app::jobs::load::Loading;
use crate::app::jobs::save::Saving;
use crate::app::jobs::watch::Watch;
use crate::workspace::editing::Editor;
use crate::workspace::recovery::{Orphans, Session};
use crate::workspace::storage::Digest;
use crate::workspace::{FileKey, Workspace};

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
    /// The recovery file being written, if it is.
    recovering: Option<Job<()>>,
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
    /// The title last given to the window, so that it is sent again only when it changes.
    shown_title: Option<String>,
    /// Whether the settings (theme, colours, text size) were given to the context yet.
    styled: bool,
    /// The Share dialog, while it is open.
    share_dialog: Option<jobs::share::ShareDialog>,
    /// Share running in the background.
    sharing: Option<jobs::share::Sharing>,
    /// The commit message typed in the Share dialog, for the share that follows the save.
    share_message: Option<String>,
    /// Share waits for the save it asked for.
    share_after_save: bool,
    /// Where the workspace stands in its git repository.
    repo: jobs::share::RepoWatch,
    /// The chorus program git runs to merge: this one's own file.
    program: PathBuf,
    /// File → Open from URL…, while it is open.
    clone_dialog: Option<jobs::clone::CloneDialog>,
    /// A clone under way.
    cloning: Option<jobs::clone::Cloning>,
    /// The offer to make the workspace a repository, when Share finds it is not one.
    setup_dialog: Option<jobs::share::SetupDialog>,
    /// What a Share could not merge, waiting for the user to settle it.
    conflicts: Option<dialogs::conflicts::ConflictDialog>,
    /// When Share last brought in others' work: the files it changed are reloaded then, and the
    /// notice keeps saying what Share did rather than "changed by another program".
    shared_at: Option<std::time::Instant>,
}

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
            recovering: None,
            offered: None,
            watch: None,
            outside: dialogs::outside::OutsideDialog::new(),
            later: HashMap::new(),
            save_after_merge: false,
            shown_title: None,
            styled: false,
            share_dialog: None,
            sharing: None,
            share_message: None,
            share_after_save: false,
            repo: jobs::share::RepoWatch::new(),
            program: std::env::current_exe().unwrap_or_else(|_| "chorus".into()),
            shared_at: None,
            conflicts: None,
            clone_dialog: None,
            cloning: None,
            setup_dialog: None,
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

    /// The chorus program git runs as the merge driver when sharing (by default the one running;
    /// a test, which runs in another program, names the real one).
    pub fn set_program(&mut self, program: &Path) {
        self.program = program.to_owned();
    }

    /// Whether Share is running, or waits for the save it asked for.
    pub fn is_sharing(&self) -> bool {
        self.sharing.is_some() || self.share_after_save
    }

    pub fn set_language(&mut self, language: &str) {
        self.strings = Strings::new(language);
        self.settings.language = Some(self.strings.language().to_owned());
    }

    /// Files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        self.ws.dirty_files()
    }

    /// What the window's title says: ● while something is unsaved, the view, and the workspace's
    /// folder.
    pub fn window_title(&self) -> String {
        let t = &self.strings;
        let title = |id| self.ws.title(id);
        let view = match &self.screen {
            Screen::Overview => t.get("title-overview"),
            Screen::Translate(v) => t.get_with(
                "title-translate",
                &[
                    ("title", title(&v.statement).into()),
                    ("locale", v.locale.to_string().into()),
                ],
            ),
            Screen::Adapt(v) => t.get_with("adapt-title", &[("title", title(&v.statement).into())]),
            Screen::Review(v) => t.get_with(
                "review-title",
                &[
                    ("title", title(&v.statement).into()),
                    ("locale", v.locale.to_string().into()),
                ],
            ),
        };
        let folder = self.ws.root.file_name().unwrap_or(self.ws.root.as_os_str());
        let unsaved = if self.dirty_files() > 0 { "● " } else { "" };
        format!("{unsaved}{view} — {} — Chorus", folder.to_string_lossy())
    }

    /// Gives the window its title when it changed.
    fn title_window(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if self.shown_title.as_ref() != Some(&title) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = Some(title);
        }
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

    /// Draws the whole window into `ui`; eframe and UI tests both call this.
    pub fn show_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_loading();
        self.poll_saving(&ctx);
        self.poll_watch(&ctx);
        self.poll_sharing(&ctx);
        self.poll_cloning(&ctx);
        self.poll_repo(&ctx);
        self.keep_recovery(&ctx);
        let mut actions: Vec<Action> = Command::pressed(&ctx)
            .into_iter()
            .map(Action::Command)
            .collect();
        self.close_guard(&ctx);
        self.title_window(&ctx);
        if !self.styled {
            self.settings.apply(&ctx);
            self.styled = true;
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.loading.is_some() {
            self.loading_ui(ui);
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
        self.share_dialog_ui(&ctx);
        self.setup_dialog_ui(&ctx);
        self.clone_dialog_ui(&ctx);
        if let Some(sharing) = &mut self.sharing {
            sharing.asker.ui(&ctx, &self.strings);
        } else if let Some(cloning) = &mut self.cloning {
            cloning.asker.ui(&ctx, &self.strings);
        }
        self.conflicts_ui(&ctx);
        self.recovery_ui(&ctx);
        self.outside_ui(&ctx);
        for action in actions {
            self.run(action, &ctx);
        }
    }
}

impl ChorusApp {}

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
