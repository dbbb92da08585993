//! Drawing the translate view: the toolbar, the findings panel and the rows, virtualized.

use egui::{Align, RichText, UiBuilder};

use super::row::{Fields, RowUi, finding_ui};
use super::{Filter, TranslateView, Unwritten};
use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::widgets::locale_picker_ui;
use crate::checks::Finding;
use crate::fluent::draft::MessageField;
use crate::workspace::Workspace;

impl TranslateView {
    /// Draws the view; returns what the user asked for.
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, ws: &Workspace, t: &Strings) -> Vec<Action> {
        let mut actions = Vec::new();
        egui::Panel::top("translate-toolbar").show(ui, |ui| {
            self.toolbar_ui(ui, ws, t, &mut actions);
        });
        if self.show_preview {
            self.preview.ui(ui, ws, &self.statement, &self.locale, t);
        }
        self.root.clone_from(&ws.root);
        self.history_ui(ui, t, &mut actions);
        let to_translate =
            self.locale != self.source && self.rows.iter().any(|r| r.target.is_none());
        if self.checker.is_some() || to_translate {
            egui::Panel::bottom("findings")
                .resizable(true)
                .default_size(120.0)
                .show(ui, |ui| self.findings_ui(ui, t));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.rows_ui(ui, t, &mut actions);
        });
        actions
    }

    /// Every finding of the file, by message; clicking one shows its message and puts the cursor there.
    fn findings_ui(&mut self, ui: &mut egui::Ui, t: &Strings) {
        let (errors, warnings) = self.finding_counts();
        let mut to_do = 0;
        ui.horizontal(|ui| {
            let summary = t.get_with(
                "findings-summary",
                &[("errors", errors.into()), ("warnings", warnings.into())],
            );
            let heading = format!("{} · {summary}", t.get("findings-heading"));
            ui.toggle_value(&mut self.show_findings, RichText::new(heading).strong());
            to_do = self.work_left_ui(ui, t);
        });
        if !self.show_findings {
            return;
        }
        if errors + warnings == 0 {
            let none = if to_do > 0 {
                "findings-none-so-far"
            } else {
                "findings-none"
            };
            ui.label(RichText::new(t.get(none)).weak());
            return;
        }
        let mut jump = None;
        // One line per finding, and only those in view are laid out: a large file can have many.
        let all: Vec<(Option<usize>, &Finding)> = self
            .rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| r.findings.iter().map(move |f| (Some(i), f)))
            .chain(self.checker.iter().flat_map(|c| &c.file).map(|f| (None, f)))
            .collect();
        let height = ui.text_style_height(&egui::TextStyle::Small) + ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .show_rows(ui, height, all.len(), |ui, range| {
                for &(row, f) in &all[range] {
                    if finding_ui(ui, f, t, true).clicked() {
                        jump = row;
                    }
                }
            });
        if let Some(i) = jump {
            self.jump_to(i);
        }
    }

    /// The work left, beside the findings: the names to translate first, the messages still to
    /// translate and the organisers' words, each a button that goes there. Returns how many rows
    /// are not translated yet.
    fn work_left_ui(&mut self, ui: &mut egui::Ui, t: &Strings) -> usize {
        // Messages not translated yet are work to do, not findings: counted apart, one click away.
        // The organisers' words are counted apart again: the page shows them as written until then.
        let untranslated = |r: &&super::MessageRow| r.target.is_none();
        let words = self
            .rows
            .iter()
            .filter(untranslated)
            .filter(|r| r.word.is_some())
            .count();
        let missing = self.rows.iter().filter(untranslated).count() - words;
        // Names (terms) first: until they are translated, every message using them shows the
        // source's name.
        let names: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].target.is_none() && self.rows[i].id.starts_with('-'))
            .collect();
        let warn = ui.visuals().warn_fg_color;
        if let Some(&first) = names.first() {
            let ids: Vec<&str> = names.iter().map(|&i| self.rows[i].id.as_str()).collect();
            let args = [
                ("count", names.len().into()),
                ("names", ids.join(", ").into()),
            ];
            let text = t.get_with("findings-names-first", &args);
            if ui.button(RichText::new(text).color(warn)).clicked() {
                self.jump_to(first);
            }
        }
        if missing > 0 {
            let text = t.get_with("findings-missing", &[("count", missing.into())]);
            let button = ui.button(RichText::new(text).color(warn));
            if button
                .on_hover_text(t.get("findings-missing-hint"))
                .clicked()
            {
                self.filter = Filter::Missing;
                self.pinned = None;
            }
        }
        if words > 0 {
            let text = t.get_with("findings-words", &[("count", words.into())]);
            if ui.button(text).on_hover_text(t.get("word-hint")).clicked() {
                // They come after the messages: the cursor goes to the first not translated.
                let first = self
                    .rows
                    .iter()
                    .position(|r| r.word.is_some() && r.target.is_none());
                if let Some(i) = first {
                    self.jump_to(i);
                }
            }
        }
        missing + words
    }

    fn toolbar_ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: &Workspace,
        t: &Strings,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.get("back-to-overview")).clicked() {
                actions.push(Action::Command(crate::app::actions::Command::Overview));
            }
            let title = ws.title(&self.statement);
            ui.strong(format!("{title} · {}", self.locale));
            if ui.button(t.get("adapt-statement")).clicked() {
                actions.push(Action::Adapt {
                    statement: self.statement.clone(),
                    locale: Some(self.locale.clone()),
                });
            }
            let review = ui
                .button(t.get("review-open"))
                .on_hover_text(t.get("review-open-hint"));
            if review.clicked() {
                actions.push(Action::OpenReview {
                    statement: self.statement.clone(),
                    locale: self.locale.clone(),
                });
            }
            ui.separator();
            let choices = ws.locales.iter().filter(|l| **l != self.locale);
            let label = t.get("reference-locale");
            if let Some(chosen) = locale_picker_ui(ui, label, &self.reference, choices) {
                actions.push(Action::SetReference(chosen));
            }
            ui.separator();
            // One box for what to show: six buttons in a row would wrap the toolbar at 1280 px.
            let filters = [
                (Filter::All, "filter-all"),
                (Filter::Missing, "filter-missing"),
                (Filter::Errors, "filter-errors"),
                (Filter::Changed, "filter-changed"),
                (Filter::Outdated, "filter-outdated"),
                (Filter::Rejected, "filter-rejected"),
            ];
            let label = ui.label(t.get("filter-show"));
            let shown = filters.iter().find(|(f, _)| *f == self.filter);
            let before = self.filter;
            egui::ComboBox::from_id_salt("filter")
                .selected_text(t.get(shown.map_or("filter-all", |(_, id)| id)))
                .show_ui(ui, |ui| {
                    for (filter, id) in filters {
                        ui.selectable_value(&mut self.filter, filter, t.get(id));
                    }
                })
                .response
                .labelled_by(label.id);
            if self.filter != before {
                self.pinned = None;
            }
            ui.separator();
            let search_label = ui.label(t.get("search"));
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    // Narrower in a narrow window rather than onto a second row.
                    .desired_width(ui.available_width().clamp(90.0, 180.0))
                    .hint_text(t.get("search-hint")),
            );
            let search = search.labelled_by(search_label.id);
            if search.changed() {
                self.pinned = None;
            }
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
        });
    }

    /// The rows alone, without toolbar or preview (the adapt view shows the terms this way).
    #[must_use]
    pub fn rows_only_ui(&mut self, ui: &mut egui::Ui, t: &Strings) -> Vec<Action> {
        let mut actions = Vec::new();
        self.rows_ui(ui, t, &mut actions);
        actions
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui, t: &Strings, actions: &mut Vec<Action>) {
        let visible = self.visible();
        if visible.is_empty() {
            ui.label(t.get("no-messages"));
            return;
        }
        let mut changes: Vec<(usize, MessageField)> = Vec::new();
        let mut selected = None;
        let mut left = None;
        let mut history = None;
        let scroll_to = std::mem::take(&mut self.scroll_to_selected).then_some(self.selected);
        // Focus is given once the row is drawn inside the viewport: a widget outside it cannot take
        // focus, so the request waits for the scroll to bring it in.
        let mut focus = self.focus_selected.then_some(self.selected);
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let total: f32 = visible.iter().map(|&i| self.heights[i]).sum();
                ui.set_height(total);
                let origin = ui.min_rect().min;
                let width = ui.available_width();
                let mut y = 0.0;
                for &i in &visible {
                    let height = self.heights[i];
                    let in_view = y + height >= viewport.min.y && y <= viewport.max.y;
                    let rect = egui::Rect::from_min_size(
                        origin + egui::vec2(0.0, y),
                        egui::vec2(width, height),
                    );
                    if scroll_to == Some(i) {
                        ui.scroll_to_rect(rect, Some(Align::Center));
                    }
                    if in_view || scroll_to == Some(i) {
                        let fully_in_view = viewport.min.y <= y && y + height <= viewport.max.y;
                        let take_focus =
                            focus == Some(i) && (fully_in_view || height > viewport.height());
                        if take_focus {
                            focus = None;
                            self.focus_selected = false;
                        }
                        let inner = ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
                            let row = RowUi {
                                selected: self.selected == i,
                                rtl: self.rtl,
                                categories: &self.categories,
                                source: &self.source,
                                t,
                                search: &self.search,
                            };
                            let fields = Fields {
                                index: i,
                                t,
                                focus: take_focus,
                                changes: &mut changes,
                                selected: &mut selected,
                                left: &mut left,
                                actions,
                                history: &mut history,
                            };
                            row.ui(ui, &mut self.rows[i], fields)
                        });
                        self.heights[i] = inner.response.rect.height().max(24.0) + 8.0;
                    }
                    y += height;
                }
            });
        if self.focus_selected {
            ui.ctx().request_repaint();
        }
        self.take_changes(selected, left, changes, actions);
        if let Some(i) = history {
            self.toggle_history(ui.ctx(), self.root.clone(), i);
        }
    }

    /// After the rows are drawn: the row clicked becomes the selected one, a field left shows what
    /// the file holds, and each changed field becomes an edit (or says why it cannot be one yet).
    fn take_changes(
        &mut self,
        selected: Option<usize>,
        left: Option<usize>,
        changes: Vec<(usize, MessageField)>,
        actions: &mut Vec<Action>,
    ) {
        if let Some(i) = selected {
            self.selected = i;
            self.pinned = Some(i);
        }
        // A field left with nothing typed in this frame shows what the file now holds: the text as
        // typed, less what Fluent does not read (spaces at its end).
        if let Some(i) = left.filter(|i| !changes.iter().any(|(row, _)| row == i)) {
            let row = &mut self.rows[i];
            if let (true, None, Some(target)) = (row.errors.is_empty(), &row.raw, &row.target) {
                row.draft = target.clone();
            }
        }
        for (row, field) in changes {
            match self.field_edit(row, field.clone()) {
                Ok(action) => actions.push(action),
                Err(why) => {
                    self.rows[row].errors.insert(field, Unwritten::Draft(why));
                }
            }
        }
    }
}
