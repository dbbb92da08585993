//! The window around the views: its menus, its status bar, the shortcut sheet, and the questions it
//! asks (unsaved changes before closing, a file changed on disk).

use egui::{RichText, ViewportCommand};

use crate::app::i18n::Strings;
use crate::app::{Action, ChorusApp, Command, LANGUAGES, Menu, Notice, Pending, Theme, dialogs};

impl ChorusApp {
    pub(in crate::app) fn menu_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
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

    pub(in crate::app) fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            // The folder's name; its full path on hover.
            let root = &self.ws.root;
            let name = root.file_name().unwrap_or(root.as_os_str());
            ui.label(RichText::new(name.to_string_lossy()).small().weak())
                .on_hover_text(root.display().to_string());
            if let Some(saving) = &self.saving {
                let (done, total) = saving.counts();
                let args = [("done", done.into()), ("total", total.into())];
                let text = self.strings.get_with("status-saving", &args);
                ui.add(
                    egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                        .desired_width(160.0)
                        .text(RichText::new(text).small()),
                );
            }
            self.repo_status_ui(ui);
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

    pub(in crate::app) fn help_ui(&mut self, ctx: &egui::Context) {
        let t = &self.strings;
        // Escape closes it, as it does every dialog.
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.show_help = false;
        }
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

    pub(in crate::app) fn open_dialog_ui(
        &mut self,
        ctx: &egui::Context,
        actions: &mut Vec<Action>,
    ) {
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
    pub(in crate::app) fn close_guard(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|i| i.viewport().close_requested());
        if requested && !self.may_close && self.dirty_files() > 0 {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
    }

    /// Asks what to do with unsaved changes before closing or opening another workspace.
    pub(in crate::app) fn confirm_ui(&mut self, ctx: &egui::Context) {
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
        let paths = self.ws.dirty_paths();
        egui::Modal::new(egui::Id::unique("confirm-unsaved")).show(ctx, |ui| {
            ui.heading(title);
            ui.label(question);
            unsaved_files_ui(ui, &paths, t);
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
    pub(in crate::app) fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
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

    /// Asks about the first file changed on disk that has unsaved edits here, and does what the user
    /// chose.
    pub(in crate::app) fn outside_ui(&mut self, ctx: &egui::Context) {
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
            dialogs::outside::Choice::Reload => self
                .ws
                .reload(&change)
                .map(|()| {
                    self.editor.forget(&change.key);
                    t.get_with(
                        "notice-reloaded",
                        &[("files", 1.into()), ("paths", path.into())],
                    )
                })
                .map_err(|e| t.explain(&e)),
            dialogs::outside::Choice::Merge => self
                .ws
                .merge(&change)
                .map(|()| {
                    self.editor.forget(&change.key);
                    t.get_with("notice-merged", &[("path", path.into())])
                })
                .map_err(|e| t.explain(&e)),
            dialogs::outside::Choice::KeepMine => match self.ws.keep_mine(&change) {
                Ok(Some(theirs)) => Ok(t.get_with(
                    "notice-kept",
                    &[("path", theirs.display().to_string().into())],
                )),
                Ok(None) => Ok(t.get_with("notice-kept-deleted", &[("path", path.into())])),
                Err(err) => Err(t.explain(&err)),
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
}

/// The files a question about unsaved changes is about, by name: the first ten, then how many more.
fn unsaved_files_ui(ui: &mut egui::Ui, paths: &[std::path::PathBuf], t: &Strings) {
    const SHOWN: usize = 10;
    for path in paths.iter().take(SHOWN) {
        ui.monospace(path.display().to_string());
    }
    if paths.len() > SHOWN {
        let more = paths.len() - SHOWN;
        ui.label(t.get_with("close-more-files", &[("count", more.into())]));
    }
}
