//! The overview: one table per statement, a row per locale with its progress; a locale opens the
//! statement in the translate view. The workspace's problems are listed underneath.

use egui::{Color32, RichText};

use super::actions::Action;
use super::i18n::Strings;
use crate::ids::{Id, Locale};
use crate::status::{LocaleStatus, ProblemRecord, StatementStatus, Status};

pub struct OverviewPanel {
    status: Status,
}

impl OverviewPanel {
    pub fn new(status: Status) -> Self {
        Self { status }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, t: &Strings) -> Vec<Action> {
        let mut actions = Vec::new();
        if !self.status.problems.is_empty() {
            egui::Panel::bottom("problems")
                .resizable(true)
                .default_size(140.0)
                .show(ui, |ui| problems_ui(ui, &self.status.problems, t));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if self.status.statements.is_empty() {
                    ui.label(t.get("no-statements"));
                }
                for statement in &self.status.statements {
                    statement_ui(ui, statement, t, &mut actions);
                    ui.add_space(16.0);
                }
            });
        });
        actions
    }
}

fn statement_ui(
    ui: &mut egui::Ui,
    statement: &StatementStatus,
    t: &Strings,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.heading(&statement.title);
        let adapt = ui.button(t.get("adapt-statement")).clicked();
        if let (true, Ok(id)) = (adapt, Id::new(statement.id.as_str())) {
            actions.push(Action::Adapt { statement: id });
        }
    });
    let source = t.get_with(
        "statement-source",
        &[("locale", statement.source.clone().into())],
    );
    ui.label(
        RichText::new(format!("{} · {source}", statement.id))
            .small()
            .weak(),
    );
    egui::Grid::new(("locales", &statement.id))
        .striped(true)
        .num_columns(5)
        .spacing([18.0, 6.0])
        .show(ui, |ui| {
            for header in [
                "column-locale",
                "column-progress",
                "column-missing",
                "column-obsolete",
                "column-errors",
            ] {
                ui.strong(t.get(header));
            }
            ui.end_row();
            for locale in &statement.locales {
                if let Some(action) = locale_row_ui(ui, &statement.id, locale, t) {
                    actions.push(action);
                }
                ui.end_row();
            }
        });
}

fn locale_row_ui(
    ui: &mut egui::Ui,
    statement: &str,
    locale: &LocaleStatus,
    t: &Strings,
) -> Option<Action> {
    let open = ui
        .link(&locale.locale)
        .on_hover_text(t.get("open-locale-hint"))
        .clicked();
    let fraction = match locale.messages {
        0 => 0.0,
        n => locale.translated as f32 / n as f32,
    };
    let progress = t.get_with(
        "progress-text",
        &[
            ("translated", locale.translated.into()),
            ("messages", locale.messages.into()),
        ],
    );
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(180.0)
            .text(progress),
    );
    count_ui(ui, locale.missing, ui.visuals().warn_fg_color);
    count_ui(ui, locale.obsolete, ui.visuals().warn_fg_color);
    count_ui(ui, locale.errors, ui.visuals().error_fg_color);
    let statement = Id::new(statement).ok()?;
    let locale = Locale::new(locale.locale.as_str()).ok()?;
    open.then_some(Action::Open { statement, locale })
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

fn problems_ui(ui: &mut egui::Ui, problems: &[ProblemRecord], t: &Strings) {
    ui.strong(t.get_with("problems-heading", &[("count", problems.len().into())]));
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
