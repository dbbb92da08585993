//! "Open workspace…": a typed path (always there, because rfd returns nothing at once on a desktop with
//! neither a portal nor zenity), the system's folder dialog run on its own thread, and the recent
//! workspaces. It returns the folder to open; the app loads it off the UI thread, and shows the dialog
//! again with the reason if it cannot be opened.

use std::path::PathBuf;

use egui::RichText;

use crate::app::i18n::Strings;
use crate::app::jobs::{Job, Poll};

pub struct OpenDialog {
    typed: String,
    error: Option<String>,
    picker: FolderPicker,
}

/// What the user chose.
pub enum Choice {
    Open(PathBuf),
    Cancel,
}

impl OpenDialog {
    pub fn new(start: &std::path::Path) -> Self {
        Self {
            typed: start.display().to_string(),
            error: None,
            picker: FolderPicker::default(),
        }
    }

    /// The dialog again after `folder` could not be opened, saying why.
    pub fn failed(folder: &std::path::Path, error: String) -> Self {
        let mut dialog = Self::new(folder);
        dialog.error = Some(error);
        dialog
    }

    pub fn ui(&mut self, ctx: &egui::Context, recent: &[PathBuf], t: &Strings) -> Option<Choice> {
        let mut choice = None;
        match self.picker.poll() {
            Some(Some(folder)) => {
                self.typed = folder.display().to_string();
                choice = Some(Choice::Open(folder));
            }
            Some(None) => self.error = Some(t.get("open-no-dialog")),
            None => {}
        }
        // Escape closes it, as it does every dialog.
        let mut open = !ctx.input(|i| i.key_pressed(egui::Key::Escape));
        egui::Window::new(t.get("open-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                let label = ui.label(t.get("open-path"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.typed).desired_width(420.0))
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(t.get("open-button")).clicked() || entered {
                        choice = Some(Choice::Open(PathBuf::from(self.typed.trim())));
                    }
                    self.picker.button_ui(ui, &self.typed, t);
                });
                if let Some(error) = &self.error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                if !recent.is_empty() {
                    ui.separator();
                    ui.strong(t.get("open-recent"));
                    for path in recent {
                        if ui.link(path.display().to_string()).clicked() {
                            choice = Some(Choice::Open(path.clone()));
                        }
                    }
                }
            });
        if !open {
            choice = Some(Choice::Cancel);
        }
        choice
    }
}

/// The system's folder dialog (rfd's async API) run on its own thread, with its "Browse…" button.
#[derive(Default)]
pub struct FolderPicker {
    /// While the dialog is open: the job waiting for its answer.
    job: Option<Job<Option<PathBuf>>>,
}

impl FolderPicker {
    /// Once the dialog has closed: the folder chosen, or `None` when cancelled or when the desktop has
    /// no dialog (no portal and no zenity), for the caller to ask for a typed path.
    pub fn poll(&mut self) -> Option<Option<PathBuf>> {
        let folder = match self.job.as_ref()?.poll() {
            Poll::Ready(folder) => folder,
            Poll::Ended => None,
            Poll::Running => return None,
        };
        self.job = None;
        Some(folder)
    }

    /// "Browse…", which opens the dialog at `start`; disabled, with a spinner, while it is open.
    pub fn button_ui(&mut self, ui: &mut egui::Ui, start: &str, t: &Strings) {
        let browsing = self.job.is_some();
        let button = egui::Button::new(t.get("open-browse"));
        if ui.add_enabled(!browsing, button).clicked() {
            self.job = Some(pick_folder(ui.ctx(), PathBuf::from(start.trim())));
        }
        if browsing {
            ui.spinner();
        }
    }
}

/// Runs the folder dialog on its own thread, starting at `start`; the window is repainted when it
/// answers.
fn pick_folder(ctx: &egui::Context, start: PathBuf) -> Job<Option<PathBuf>> {
    Job::spawn(ctx, move |_| {
        let dialog = rfd::AsyncFileDialog::new().set_directory(start);
        let folder = pollster::block_on(dialog.pick_folder());
        folder.map(|f| f.path().to_owned())
    })
}
