//! The overview: one table per statement, a row per locale with its progress, and the workspace's
//! problems underneath.

use egui::{Color32, RichText};

use crate::status::{LocaleStatus, ProblemRecord, StatementStatus, Status};

pub struct OverviewPanel {
    status: Status,
}

impl OverviewPanel {
    pub fn new(status: Status) -> Self {
        Self { status }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if !self.status.problems.is_empty() {
            egui::Panel::bottom("problems")
                .resizable(true)
                .default_size(140.0)
                .show(ui, |ui| problems_ui(ui, &self.status.problems));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if self.status.statements.is_empty() {
                    ui.label("This workspace has no statements yet.");
                }
                for statement in &self.status.statements {
                    statement_ui(ui, statement);
                    ui.add_space(16.0);
                }
            });
        });
    }
}

fn statement_ui(ui: &mut egui::Ui, statement: &StatementStatus) {
    ui.heading(&statement.title);
    ui.label(
        RichText::new(format!("{} · source {}", statement.id, statement.source))
            .small()
            .weak(),
    );
    egui::Grid::new(("locales", &statement.id))
        .striped(true)
        .num_columns(5)
        .spacing([18.0, 6.0])
        .show(ui, |ui| {
            for header in ["Locale", "Progress", "Missing", "Obsolete", "Errors"] {
                ui.strong(header);
            }
            ui.end_row();
            for locale in &statement.locales {
                locale_row_ui(ui, locale);
                ui.end_row();
            }
        });
}

fn locale_row_ui(ui: &mut egui::Ui, locale: &LocaleStatus) {
    ui.label(&locale.locale);
    let fraction = match locale.messages {
        0 => 0.0,
        n => locale.translated as f32 / n as f32,
    };
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(180.0)
            .text(format!(
                "{} / {} translated",
                locale.translated, locale.messages
            )),
    );
    count_ui(ui, locale.missing, ui.visuals().warn_fg_color);
    count_ui(ui, locale.obsolete, ui.visuals().warn_fg_color);
    count_ui(ui, locale.errors, ui.visuals().error_fg_color);
}

/// A count, coloured only when it is not zero.
fn count_ui(ui: &mut egui::Ui, count: usize, color: Color32) {
    let text = RichText::new(count.to_string());
    ui.label(if count == 0 {
        text.weak()
    } else {
        text.color(color)
    });
}

fn problems_ui(ui: &mut egui::Ui, problems: &[ProblemRecord]) {
    ui.strong(format!("Problems ({})", problems.len()));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for p in problems {
            let place = match (p.line, p.column) {
                (Some(line), Some(column)) => format!("{}:{line}:{column}", p.file),
                _ => p.file.clone(),
            };
            let color = match p.severity {
                "error" => ui.visuals().error_fg_color,
                _ => ui.visuals().warn_fg_color,
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(p.severity).color(color));
                ui.monospace(place);
                ui.label(&p.message);
            });
        }
    });
}
