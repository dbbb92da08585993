//! The window: a thin layer over the core. It shows what the core computes and never reads or writes
//! files inside a widget closure. For now it is the overview of a workspace: every statement and, per
//! locale, how much is translated.

mod overview;

use std::path::PathBuf;

use crate::status::Status;
use crate::workspace::Workspace;

pub use overview::OverviewPanel;

/// The application state the window draws.
pub struct ChorusApp {
    root: PathBuf,
    overview: OverviewPanel,
}

impl ChorusApp {
    pub fn new(workspace: &Workspace) -> Self {
        Self {
            root: workspace.root.clone(),
            overview: OverviewPanel::new(Status::of(workspace)),
        }
    }

    /// Draws the whole window into `ui`; eframe and UI tests both call this.
    pub fn show_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("workspace").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Chorus");
                ui.label(format!("Workspace: {}", self.root.display()));
            });
        });
        self.overview.ui(ui);
    }
}

impl eframe::App for ChorusApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show_ui(ui);
    }
}

/// Opens the window on a loaded workspace and returns when it is closed.
pub fn run(workspace: &Workspace) -> eframe::Result {
    let title = format!("Chorus — {}", workspace.root.display());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    let app = ChorusApp::new(workspace);
    eframe::run_native("Chorus", options, Box::new(move |_cc| Ok(Box::new(app))))
}
