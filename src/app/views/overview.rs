//! The overview: a grid of locales (rows) by statements (columns). Each cell shows how far that
//! statement is translated into that locale and opens it in the translate view. Above the grid, "Add
//! locale…" and "New statement from template…"; underneath, the workspace's problems.

use std::collections::BTreeSet;

use egui::text::LayoutJob;
use egui::{Color32, RichText, Role, Sense, TextFormat, WidgetInfo};

use crate::app::actions::{Action, Command};
use crate::app::i18n::Strings;
use crate::app::jobs::{Job, Poll};
use crate::base::explain::Explanation;
use crate::base::ids::{Id, Locale};
use crate::locale::languages::{self, Direction};
use crate::review::status::{LocaleStatus, StatementStatus, Status};
use crate::workspace::statement::StatementKind;
use crate::workspace::{Problem, Severity, Workspace};

const CELL: egui::Vec2 = egui::vec2(200.0, 58.0);

#[derive(Default)]
pub struct OverviewPanel {
    status: Option<Status>,
    /// The counts shown are of an earlier state of the workspace.
    stale: bool,
    /// Counts being worked out on a thread, for a large workspace.
    counting: Option<Job<Status>>,
    add_locale: Option<AddLocaleDialog>,
    new_statement: Option<NewStatementDialog>,
}

/// Above this many entries in all, the counts (which include the checks, about 10 µs a message) are
/// worked out on a thread, and the grid shows the last counts meanwhile.
const COUNT_ON_A_THREAD: usize = 20_000;

impl OverviewPanel {
    /// The workspace changed: the counts are worked out again when the overview is next shown.
    pub fn invalidate(&mut self) {
        self.stale = true;
        self.counting = None;
    }

    /// Keeps the counts up to date: at once for a small workspace, else on a thread with a copy of
    /// the workspace, so that the window never waits for the checks of 100,000 messages.
    fn count(&mut self, ui: &egui::Ui, ws: &Workspace) {
        if let Some(counting) = &self.counting {
            match counting.poll() {
                Poll::Ready(status) => {
                    self.status = Some(status);
                    self.counting = None;
                }
                Poll::Running => {}
                Poll::Ended => self.counting = None,
            }
        }
        if (self.status.is_some() && !self.stale) || self.counting.is_some() {
            return;
        }
        self.stale = false;
        let entries: usize = ws.files.values().map(|f| f.document.entries().len()).sum();
        if entries <= COUNT_ON_A_THREAD {
            self.status = Some(Status::of(ws));
            return;
        }
        let ws = ws.clone();
        self.counting = Some(Job::spawn(ui.ctx(), move |_| Status::of(&ws)));
    }

    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, ws: &Workspace, t: &Strings) -> Vec<Action> {
        let mut actions = Vec::new();
        self.count(ui, ws);
        let counting = self.counting.is_some();
        let Some(status) = &self.status else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t.get("overview-counting"));
                });
            });
            return actions;
        };
        if !ws.problems.is_empty() {
            egui::Panel::bottom("problems")
                .resizable(true)
                .default_size(140.0)
                .show(ui, |ui| problems_ui(ui, &ws.problems, t));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button(t.get("add-locale")).clicked() {
                    self.add_locale = Some(AddLocaleDialog::new(ws));
                }
                let has_statements = !ws.statements.is_empty();
                let new = ui.add_enabled(has_statements, egui::Button::new(t.get("new-statement")));
                if new.clicked() {
                    self.new_statement = Some(NewStatementDialog::new(ws));
                }
                let share = ui
                    .button(t.get("command-share"))
                    .on_hover_text(t.get("command-share-tooltip"));
                if share.clicked() {
                    actions.push(Action::Command(Command::Share));
                }
                if counting {
                    ui.spinner();
                    ui.label(RichText::new(t.get("overview-counting")).weak());
                }
            });
            ui.add_space(8.0);
            if status.statements.is_empty() {
                ui.label(t.get("no-statements"));
            } else {
                egui::ScrollArea::both()
                    .auto_shrink([false, false])
                    .show(ui, |ui| grid_ui(ui, &status.statements, t, &mut actions));
            }
        });
        if let Some(dialog) = &mut self.add_locale {
            match dialog.ui(ui.ctx(), t) {
                Some(Some(action)) => {
                    actions.push(action);
                    self.add_locale = None;
                }
                Some(None) => self.add_locale = None,
                None => {}
            }
        }
        if let Some(dialog) = &mut self.new_statement {
            match dialog.ui(ui.ctx(), ws, t) {
                Some(Some(action)) => {
                    actions.push(action);
                    self.new_statement = None;
                }
                Some(None) => self.new_statement = None,
                None => {}
            }
        }
        actions
    }
}

/// Every locale of any statement, in the order they first appear (sources first).
fn all_locales(statements: &[StatementStatus]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    let sources = statements.iter().map(|s| s.source.as_str());
    let targets = statements
        .iter()
        .flat_map(|s| s.locales.iter().map(|l| l.locale.as_str()));
    sources.chain(targets).filter(|l| seen.insert(*l)).collect()
}

fn grid_ui(
    ui: &mut egui::Ui,
    statements: &[StatementStatus],
    t: &Strings,
    actions: &mut Vec<Action>,
) {
    egui::Grid::new("overview")
        .striped(true)
        .num_columns(statements.len() + 1)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.strong(t.get("column-locale"));
            for statement in statements {
                statement_header_ui(ui, statement, t, actions);
            }
            ui.end_row();
            for locale in all_locales(statements) {
                locale_header_ui(ui, locale);
                for statement in statements {
                    match statement.locales.iter().find(|l| l.locale == locale) {
                        Some(status) => {
                            let source = statement.source == locale;
                            let cell = cell_ui(ui, statement, status, source, t);
                            let (Ok(id), Ok(locale)) =
                                (Id::new(statement.id.as_str()), Locale::new(locale))
                            else {
                                continue;
                            };
                            if cell.clicked() {
                                actions.push(Action::Open {
                                    statement: id.clone(),
                                    locale: locale.clone(),
                                });
                            }
                            cell.context_menu(|ui| {
                                if ui.button(t.get("review-open")).clicked() {
                                    actions.push(Action::OpenReview {
                                        statement: id.clone(),
                                        locale: locale.clone(),
                                    });
                                }
                            });
                        }
                        None => {
                            ui.label(RichText::new(t.get("cell-not-translated")).weak());
                        }
                    }
                }
                ui.end_row();
            }
        });
}

fn statement_header_ui(
    ui: &mut egui::Ui,
    statement: &StatementStatus,
    t: &Strings,
    actions: &mut Vec<Action>,
) {
    ui.vertical(|ui| {
        ui.set_width(CELL.x);
        ui.add(egui::Label::new(RichText::new(&statement.title).strong()).wrap());
        ui.horizontal(|ui| {
            ui.label(RichText::new(&statement.id).small().weak());
            let adapt = ui
                .small_button(t.get("adapt-statement"))
                .on_hover_text(t.get("adapt-statement-hint"));
            if let (true, Ok(id)) = (adapt.clicked(), Id::new(statement.id.as_str())) {
                actions.push(Action::Adapt {
                    statement: id,
                    locale: None,
                });
            }
            let export = ui
                .small_button(t.get("export-statement"))
                .on_hover_text(t.get("export-statement-hint"));
            if let (true, Ok(id)) = (export.clicked(), Id::new(statement.id.as_str())) {
                actions.push(Action::OpenExport(id));
            }
        });
    });
}

fn locale_header_ui(ui: &mut egui::Ui, locale: &str) {
    ui.vertical(|ui| {
        ui.set_min_width(130.0);
        ui.monospace(locale);
        if let Some(name) = Locale::new(locale)
            .ok()
            .and_then(|l| languages::autonym(&l))
        {
            ui.label(RichText::new(name).small().weak());
        }
    });
}

/// One statement in one locale: a progress bar, "translated / total", and what is missing or broken.
/// Clicking it opens the translate view.
fn cell_ui(
    ui: &mut egui::Ui,
    statement: &StatementStatus,
    status: &LocaleStatus,
    source: bool,
    t: &Strings,
) -> egui::Response {
    let description = cell_description(statement, status, t);
    let (rect, response) = ui.allocate_exact_size(CELL, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &description));
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals().clone();
        let widget = ui.style().interact(&response);
        let painter = ui.painter();
        if response.hovered() || response.has_focus() {
            painter.rect_filled(rect, 4.0, widget.weak_bg_fill);
        }
        painter.rect_stroke(rect, 4.0, widget.bg_stroke, egui::StrokeKind::Inside);
        let inner = rect.shrink2(egui::vec2(8.0, 6.0));
        let bar = egui::Rect::from_min_size(inner.min, egui::vec2(inner.width(), 6.0));
        painter.rect_filled(bar, 3.0, visuals.extreme_bg_color);
        let fraction = match status.messages {
            0 => 0.0,
            n => status.translated as f32 / n as f32,
        };
        let done = egui::Rect::from_min_size(bar.min, egui::vec2(bar.width() * fraction, 6.0));
        painter.rect_filled(done, 3.0, visuals.selection.bg_fill);

        let job = cell_text(ui, status, source, t);
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let at = egui::pos2(inner.min.x, bar.max.y + 4.0);
        painter.galley(at, galley, visuals.text_color());
    }
    response
        .on_hover_text(description)
        .on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// What a cell says to a screen reader and on hover: counts, review and sign-off, in words.
fn cell_description(statement: &StatementStatus, status: &LocaleStatus, t: &Strings) -> String {
    let signoff = match status.signoff {
        "current" => t.get("cell-signed-off"),
        "lapsed" => t.get("cell-signoff-lapsed"),
        _ => t.get("cell-signoff-none"),
    };
    let review = t.get_with(
        "cell-review-description",
        &[
            ("reviewed", status.reviewed.into()),
            ("outdated", status.outdated.into()),
            ("signoff", signoff.into()),
        ],
    );
    let description = t.get_with(
        "cell-description",
        &[
            ("statement", statement.title.clone().into()),
            ("locale", status.locale.clone().into()),
            ("translated", status.translated.into()),
            ("messages", status.messages.into()),
            ("missing", status.missing.into()),
            ("obsolete", status.obsolete.into()),
            ("errors", status.check_errors.into()),
            ("warnings", status.check_warnings.into()),
        ],
    );
    format!("{description}, {review}")
}

/// A cell's two lines: translated of all, missing and errors; then where review stands.
fn cell_text(ui: &egui::Ui, status: &LocaleStatus, source: bool, t: &Strings) -> LayoutJob {
    let visuals = ui.visuals();
    let mut job = LayoutJob::default();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let mut add = |text: String, font: &egui::FontId, color: Color32| {
        job.append(&text, 0.0, TextFormat::simple(font.clone(), color));
    };
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    add(
        format!("{} / {}", status.translated, status.messages),
        &font,
        text,
    );
    if source {
        add(format!("   {}", t.get("cell-source")), &small, weak);
    }
    if status.missing > 0 {
        let missing = t.get_with("cell-missing", &[("count", status.missing.into())]);
        add(format!("   {missing}"), &small, visuals.warn_fg_color);
    }
    if status.check_errors > 0 {
        let errors = t.get_with("cell-errors", &[("count", status.check_errors.into())]);
        add(format!("   {errors}"), &small, visuals.error_fg_color);
    }
    // The second line: where review stands.
    let mut review = Vec::new();
    match status.signoff {
        "current" => review.push((t.get("cell-signed-off"), text)),
        "lapsed" => review.push((t.get("cell-signoff-lapsed"), visuals.warn_fg_color)),
        _ => {}
    }
    if status.outdated > 0 {
        let outdated = t.get_with("cell-outdated", &[("count", status.outdated.into())]);
        review.push((outdated, visuals.warn_fg_color));
    }
    for (i, (words, color)) in review.into_iter().enumerate() {
        let lead = if i == 0 { "\n" } else { " · " };
        add(format!("{lead}{words}"), &small, color);
    }
    job
}

/// "Add locale…": a BCP 47 tag, checked as it is typed and shown with the language's own name, added
/// to the chosen statements.
struct AddLocaleDialog {
    tag: String,
    /// Statements with their titles, the locales they have, and whether to add the new one.
    statements: Vec<(Id, String, Vec<Locale>, bool)>,
}

impl AddLocaleDialog {
    fn new(ws: &Workspace) -> Self {
        let statements = ws
            .statements
            .iter()
            .map(|(id, f)| {
                let s = &f.statement;
                let template = s.kind == StatementKind::Template;
                let locales = s.all_locales().cloned().collect();
                (id.clone(), s.title.clone(), locales, !template)
            })
            .collect();
        Self {
            tag: String::new(),
            statements,
        }
    }

    /// The locale typed, or why it cannot be used.
    fn locale(&self) -> Result<Locale, Explanation> {
        let tag = self.tag.trim();
        if tag.is_empty() {
            return Err(Explanation::new("add-locale-hint"));
        }
        Locale::new(tag).map_err(|err| match err {
            crate::base::ids::IdError::LocaleSpelling { canonical, .. } => {
                Explanation::new("add-locale-spelling").text("canonical", canonical)
            }
            _ => Explanation::new("add-locale-invalid").text("tag", tag),
        })
    }

    /// `None` while open; `Some(None)` when cancelled; `Some(Some(action))` to add.
    fn ui(&mut self, ctx: &egui::Context, t: &Strings) -> Option<Option<Action>> {
        let mut result = None;
        let locale = self.locale();
        let modal = egui::Modal::new(egui::Id::unique("add-locale")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(t.get("add-locale-title"));
            let label = ui.label(t.get("add-locale-tag"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.tag).desired_width(200.0))
                .labelled_by(label.id);
            if self.tag.is_empty() && !field.has_focus() && !field.lost_focus() {
                field.request_focus();
            }
            self.language_ui(ui, &locale, t);
            ui.separator();
            ui.label(t.get("add-locale-statements"));
            // A workspace of many statements scrolls; the buttons stay in the window.
            let height = (ui.ctx().content_rect().height() - 320.0).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| {
                    for (_, title, locales, chosen) in &mut self.statements {
                        let has = locale.as_ref().is_ok_and(|l| locales.contains(l));
                        if has {
                            let args = [("title", title.clone().into())];
                            let text = t.get_with("add-locale-has", &args);
                            ui.add_enabled(false, egui::Checkbox::new(&mut true, text));
                        } else {
                            ui.checkbox(chosen, title.as_str());
                        }
                    }
                });
            let targets: Vec<Id> = match &locale {
                Ok(l) => self
                    .statements
                    .iter()
                    .filter(|(_, _, locales, chosen)| *chosen && !locales.contains(l))
                    .map(|(id, ..)| id.clone())
                    .collect(),
                Err(_) => Vec::new(),
            };
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui.add_enabled(
                    !targets.is_empty(),
                    egui::Button::new(t.get("add-locale-add")),
                );
                if (add.clicked() || entered)
                    && !targets.is_empty()
                    && let Ok(locale) = &locale
                {
                    result = Some(Some(Action::AddLocale {
                        locale: locale.clone(),
                        statements: targets.clone(),
                    }));
                }
                if ui.button(t.get("close-cancel")).clicked() {
                    result = Some(None);
                }
            });
        });
        if modal.should_close() && result.is_none() {
            result = Some(None);
        }
        result
    }

    /// The language's own name for the tag typed, or why the tag cannot be used.
    fn language_ui(
        &mut self,
        ui: &mut egui::Ui,
        locale: &Result<Locale, Explanation>,
        t: &Strings,
    ) {
        match locale {
            Ok(locale) => {
                let name = languages::autonym(locale);
                let text = name.clone().unwrap_or_else(|| t.get("add-locale-unknown"));
                let mut shown = RichText::new(text).size(20.0);
                if name.is_none() {
                    shown = shown.color(ui.visuals().warn_fg_color);
                }
                ui.label(shown);
                if languages::direction(locale) == Direction::Rtl {
                    ui.label(RichText::new(t.get("add-locale-rtl")).weak());
                }
            }
            Err(reason) => {
                let color = match self.tag.trim().is_empty() {
                    true => ui.visuals().weak_text_color(),
                    false => ui.visuals().error_fg_color,
                };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(t.explain(reason)).color(color));
                    // A tag spelled another way: one click takes the canonical spelling.
                    if let Ok(canonical) = Locale::canonical(self.tag.trim()) {
                        let text =
                            t.get_with("add-locale-use", &[("tag", canonical.clone().into())]);
                        if ui.small_button(text).clicked() {
                            self.tag = canonical;
                        }
                    }
                });
            }
        }
    }
}

/// "New statement from template…": a title, an id (made from the title until edited) and the
/// template to copy.
struct NewStatementDialog {
    /// Templates first; any statement can serve as a starting point.
    templates: Vec<(Id, String)>,
    template: usize,
    title: String,
    id: String,
    id_edited: bool,
}

impl NewStatementDialog {
    fn new(ws: &Workspace) -> Self {
        let mut templates: Vec<_> = ws
            .statements
            .iter()
            .map(|(id, f)| (f.statement.kind != StatementKind::Template, id.clone(), f))
            .collect();
        templates.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        Self {
            templates: templates
                .into_iter()
                .map(|(_, id, f)| (id, f.statement.title.clone()))
                .collect(),
            template: 0,
            title: String::new(),
            id: String::new(),
            id_edited: false,
        }
    }

    fn check(&self, ws: &Workspace) -> Result<Id, Explanation> {
        if self.title.trim().is_empty() {
            return Err(Explanation::new("new-statement-no-title"));
        }
        let id = Id::new(self.id.trim()).map_err(|_| Explanation::new("new-statement-bad-id"))?;
        if ws.statements.contains_key(&id) {
            return Err(Explanation::new("new-statement-exists").text("id", &id));
        }
        Ok(id)
    }

    fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, t: &Strings) -> Option<Option<Action>> {
        let mut result = None;
        let modal = egui::Modal::new(egui::Id::unique("new-statement")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(t.get("new-statement-title"));
            self.fields_ui(ui, t);
            let checked = self.check(ws);
            if let Err(reason) = &checked
                && !self.title.is_empty()
            {
                ui.label(RichText::new(t.explain(reason)).color(ui.visuals().error_fg_color));
            }
            ui.label(RichText::new(t.get("new-statement-explain")).small().weak());
            ui.horizontal(|ui| {
                let create = ui.add_enabled(
                    checked.is_ok(),
                    egui::Button::new(t.get("new-statement-create")),
                );
                let entered = ui.input(|i| i.key_pressed(egui::Key::Enter));
                if let (true, Ok(id), Some((template, _))) = (
                    create.clicked() || entered,
                    &checked,
                    self.templates.get(self.template),
                ) {
                    result = Some(Some(Action::NewStatement {
                        template: template.clone(),
                        id: id.clone(),
                        title: self.title.trim().to_owned(),
                    }));
                }
                if ui.button(t.get("close-cancel")).clicked() {
                    result = Some(None);
                }
            });
        });
        if modal.should_close() && result.is_none() {
            result = Some(None);
        }
        result
    }

    /// Template, name and id.
    fn fields_ui(&mut self, ui: &mut egui::Ui, t: &Strings) {
        egui::Grid::new("new-statement-fields")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(t.get("new-statement-template"));
                let selected = self
                    .templates
                    .get(self.template)
                    .map(|(_, title)| title.clone())
                    .unwrap_or_default();
                egui::ComboBox::from_id_salt("template")
                    .selected_text(selected)
                    .width(300.0)
                    .show_ui(ui, |ui| {
                        for (i, (_, title)) in self.templates.iter().enumerate() {
                            ui.selectable_value(&mut self.template, i, title.as_str());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t.get("new-statement-name"));
                let title = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.title)
                            .min_size(egui::vec2(300.0, 0.0)),
                    )
                    .labelled_by(label.id);
                if self.title.is_empty() && !title.has_focus() && !title.lost_focus() {
                    title.request_focus();
                }
                if title.changed() && !self.id_edited {
                    self.id = slug(&self.title);
                }
                ui.end_row();
                let label = ui.label(t.get("new-statement-id"));
                let id = ui
                    .add(egui::TextEdit::singleline(&mut self.id).min_size(egui::vec2(300.0, 0.0)))
                    .labelled_by(label.id);
                if id.changed() {
                    self.id_edited = true;
                }
                ui.end_row();
            });
    }
}

/// An id made from a title: lowercase ASCII letters and digits, words joined by '-'.
fn slug(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

fn problems_ui(ui: &mut egui::Ui, problems: &[Problem], t: &Strings) {
    ui.strong(t.get_with("problems-heading", &[("count", problems.len().into())]));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for p in problems {
            let file = p.path.to_string_lossy().replace('\\', "/");
            let place = match p.position {
                Some(at) => format!("{file}:{}:{}", at.line, at.column),
                None => file,
            };
            let (color, severity) = match p.severity {
                Severity::Error => (ui.visuals().error_fg_color, "severity-error"),
                Severity::Warning => (ui.visuals().warn_fg_color, "severity-warning"),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(t.get(severity)).color(color));
                ui.monospace(place);
                ui.label(t.explain(&p.what));
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn ids_are_made_from_titles() {
        assert_eq!(slug("Free Nasrin Sotoudeh!"), "free-nasrin-sotoudeh");
        assert_eq!(slug("  Release  them — now "), "release-them-now");
        assert_eq!(slug("Свободу"), "");
    }
}
