//! The window: a thin layer over the core. Panels draw and return [`Action`]s; [`ChorusApp::run`] carries
//! them out after the frame, through the core's `Editor` and `Workspace`. No widget closure reads or
//! writes a file.

mod actions;
mod adapt;
mod i18n;
mod overview;
mod preview_panel;
mod translate;

use egui::{RichText, ViewportCommand};

use crate::editing::{Editor, Field, WorkspaceEdit};
use crate::status::Status;
use crate::workspace::Workspace;

pub use actions::{Action, Command};
pub use adapt::AdaptView;
pub use i18n::{LANGUAGES, Strings};
pub use overview::OverviewPanel;
pub use translate::{TranslateView, is_rtl};

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
}

/// The application state the window draws.
pub struct ChorusApp {
    ws: Workspace,
    editor: Editor,
    strings: Strings,
    overview: OverviewPanel,
    screen: Screen,
    notice: Option<Notice>,
    show_help: bool,
    confirm_close: bool,
    may_close: bool,
}

impl ChorusApp {
    pub fn new(ws: Workspace) -> Self {
        let language = std::env::var("LANG")
            .ok()
            .map_or("en", |l| Strings::language_for_system(&l));
        Self {
            overview: OverviewPanel::new(Status::of(&ws)),
            ws,
            editor: Editor::default(),
            strings: Strings::new(language),
            screen: Screen::Overview,
            notice: None,
            show_help: false,
            confirm_close: false,
            may_close: false,
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }

    pub fn set_language(&mut self, language: &str) {
        self.strings = Strings::new(language);
    }

    /// Files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        self.ws.dirty_files()
    }

    /// Draws the whole window into `ui`; eframe and UI tests both call this.
    pub fn show_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut actions: Vec<Action> = Command::pressed(&ctx)
            .into_iter()
            .map(Action::Command)
            .collect();
        self.close_guard(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let screen_actions = match &mut self.screen {
            Screen::Translate(view) => view.ui(ui, &self.ws, &self.strings),
            Screen::Adapt(view) => view.ui(ui, &self.ws, &self.strings),
            Screen::Overview => self.overview.ui(ui, &self.strings),
        };
        actions.extend(screen_actions);
        self.help_ui(&ctx);
        self.close_dialog_ui(&ctx);
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
                self.screen =
                    Screen::Translate(Box::new(TranslateView::new(&self.ws, statement, locale)));
            }
            Action::Adapt { statement } => {
                self.editor.seal();
                if self.ws.statements.contains_key(&statement) {
                    self.screen = Screen::Adapt(Box::new(AdaptView::new(&self.ws, statement)));
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
            } => {
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
            Action::Edit {
                row,
                path,
                field,
                edits,
            } => {
                let mut result = Ok(());
                for edit in edits {
                    if let Err(err) = self.editor.apply(&mut self.ws, field.clone(), edit) {
                        result = Err(err.to_string());
                        break;
                    }
                }
                match &mut self.screen {
                    Screen::Translate(view) => view.edited(&self.ws, row, &path, result),
                    Screen::Adapt(view) => {
                        view.terms.edited(&self.ws, row, &path, result);
                        view.invalidate();
                    }
                    Screen::Overview => {}
                }
                self.refresh_status();
            }
            Action::Seal => self.editor.seal(),
            Action::SetLanguage(language) => self.set_language(language),
        }
    }

    fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Save => self.save(),
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
            _ => {
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
            _ => {}
        }
    }

    /// Commands about the translate view (nothing happens elsewhere); may give an edit to run.
    fn run_view_command(&mut self, command: Command) -> Option<Action> {
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

    fn save(&mut self) {
        self.editor.seal();
        self.notice = Some(match self.ws.save_all() {
            Ok(0) => Notice::Info(self.strings.get("notice-nothing-to-save")),
            Ok(n) => {
                if let Screen::Translate(view) = &mut self.screen {
                    view.saved();
                }
                Notice::Info(
                    self.strings
                        .get_with("notice-saved", &[("files", n.into())]),
                )
            }
            Err(err) => Notice::Error(err.to_string()),
        });
        self.refresh_status();
    }

    fn refresh_status(&mut self) {
        self.overview = OverviewPanel::new(Status::of(&self.ws));
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let t = &self.strings;
        egui::MenuBar::new().ui(ui, |ui| {
            let groups: [(&str, &[Command]); 4] = [
                ("menu-file", &[Command::Save, Command::Overview]),
                (
                    "menu-edit",
                    &[
                        Command::Undo,
                        Command::Redo,
                        Command::CopyFromReference,
                        Command::Find,
                    ],
                ),
                (
                    "menu-go",
                    &[
                        Command::NextMessage,
                        Command::PreviousMessage,
                        Command::NextMissing,
                        Command::ConfirmAndNext,
                    ],
                ),
                ("menu-view", &[Command::TogglePreview, Command::Help]),
            ];
            for (menu, commands) in groups {
                ui.menu_button(t.get(menu), |ui| {
                    for command in commands {
                        let button = egui::Button::new(t.get(command.label()))
                            .shortcut_text(command.shortcut_text(ui.ctx()));
                        if ui.add(button).clicked() {
                            actions.push(Action::Command(*command));
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
        });
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(self.ws.root.display().to_string())
                    .small()
                    .weak(),
            );
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
                    for command in Command::ALL {
                        ui.label(t.get(command.label()));
                        ui.monospace(command.shortcut_text(ctx));
                        ui.end_row();
                    }
                });
            });
    }

    /// Closing with unsaved changes asks first.
    fn close_guard(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.may_close
            && self.dirty_files() > 0
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm_close = true;
        }
    }

    fn close_dialog_ui(&mut self, ctx: &egui::Context) {
        if !self.confirm_close {
            return;
        }
        let t = &self.strings;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("confirm-close")).show(ctx, |ui| {
            ui.heading(t.get("close-title"));
            ui.label(t.get_with("close-question", &[("files", self.dirty_files().into())]));
            ui.horizontal(|ui| {
                for (id, what) in [("close-save", 0), ("close-discard", 1), ("close-cancel", 2)] {
                    if ui.button(t.get(id)).clicked() {
                        choice = Some(what);
                    }
                }
            });
        });
        match choice {
            Some(0) => self.close_after_save(ctx),
            Some(1) => {
                self.may_close = true;
                self.confirm_close = false;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Some(_) => self.confirm_close = false,
            None => {}
        }
    }

    fn close_after_save(&mut self, ctx: &egui::Context) {
        self.save();
        self.confirm_close = false;
        if self.dirty_files() == 0 {
            self.may_close = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }

    /// Whether the close dialog is showing.
    pub fn is_asking_to_close(&self) -> bool {
        self.confirm_close
    }
}

impl eframe::App for ChorusApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show_ui(ui);
    }
}

/// Opens the window on a loaded workspace and returns when it is closed.
pub fn run(workspace: Workspace) -> eframe::Result {
    let title = format!("Chorus — {}", workspace.root.display());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    let app = ChorusApp::new(workspace);
    eframe::run_native("Chorus", options, Box::new(move |_cc| Ok(Box::new(app))))
}
