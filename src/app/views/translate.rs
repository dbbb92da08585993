//! The translate view: one row per message, the reference locale on the left (placeables as chips), the
//! target's fields on the right (one per value, attribute and plural variant, or the raw Fluent source),
//! and the statement's preview beside them. Rows are virtualized: only those in view are laid out.
//!
//! The view edits nothing itself: a changed field becomes an [`Action::Edit`] that the app applies.

use std::collections::BTreeMap;

use egui::{Align, Color32, RichText, UiBuilder};

use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::views::preview::PreviewPanel;
use crate::app::widgets;
use crate::app::widgets::locale_picker_ui;
use crate::base::ids::{Id, Locale};
use crate::checks::{self, Analyzed, Code, Context, Finding, Place, Severity};
use crate::fluent::document::Edit;
use crate::fluent::message::{Part, Piece, Shape, pieces};
use crate::locale::languages::{self, Direction};
use crate::locale::plurals::{self, Category};
use crate::review::diff::{self, Granularity};
use crate::review::{MessageReview, State};
use crate::workspace::Workspace;
use crate::workspace::editing::{Field, WorkspaceEdit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Missing,
    Errors,
    Changed,
    Outdated,
}

/// One message of the statement.
struct Row {
    id: String,
    reference: Option<Shape>,
    /// The message as the target document has it, `None` when missing.
    target: Option<Shape>,
    /// The fields as the user sees them; equal to `target` unless an edit was refused or is incomplete.
    draft: Shape,
    /// The raw Fluent source being edited, when raw mode is on.
    raw: Option<String>,
    /// Why the text of a field is not written yet, by field path. The text stays as typed.
    errors: BTreeMap<String, String>,
    /// Edited since the last save.
    changed: bool,
    /// What the checks find in this message (re-checked on every edit of it).
    findings: Vec<Finding>,
    /// Where its review stands; `None` in a locale the statement does not know.
    review: Option<MessageReview>,
}

/// Which field of a row: the value or an attribute, and a variant of it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FieldPath {
    attribute: Option<String>,
    variant: Option<String>,
    raw: bool,
}

impl FieldPath {
    fn key(&self) -> String {
        if self.raw {
            return "raw".to_owned();
        }
        let mut key = match &self.attribute {
            Some(a) => format!(".{a}"),
            None => "value".to_owned(),
        };
        if let Some(v) = &self.variant {
            key.push_str(&format!("[{v}]"));
        }
        key
    }
}

pub struct TranslateView {
    pub statement: Id,
    pub locale: Locale,
    pub reference: Locale,
    /// The statement's source locale.
    source: Locale,
    rtl: bool,
    rows: Vec<Row>,
    categories: Vec<Category>,
    filter: Filter,
    search: String,
    /// The row being edited, listed whatever the filter and search say until the user moves on
    /// to another row (the first key typed into a missing message makes it no longer missing).
    pinned: Option<usize>,
    focus_search: bool,
    selected: usize,
    scroll_to_selected: bool,
    focus_selected: bool,
    heights: Vec<f32>,
    preview: PreviewPanel,
    pub show_preview: bool,
    /// Only the terms (names), as the adapt view shows them.
    terms_only: bool,
    /// What a message is checked against; `None` for the source locale or a missing file.
    checker: Option<Checker>,
    show_findings: bool,
}

/// The reference's facts and what was learnt from the whole file, kept so that a keystroke re-checks
/// one message only.
struct Checker {
    reference: Analyzed,
    context: Context,
    file_name: String,
    /// Findings about no row of the view (an obsolete message, text Fluent cannot read), from the last
    /// check of the whole file.
    file: Vec<Finding>,
}

const ESTIMATED_ROW_HEIGHT: f32 = 90.0;

impl TranslateView {
    pub fn new(ws: &Workspace, statement: Id, locale: Locale) -> Self {
        let reference = ws
            .statements
            .get(&statement)
            .map_or_else(|| locale.clone(), |s| s.statement.source.clone());
        let mut view = Self {
            source: reference.clone(),
            categories: plurals::cardinal_categories(&locale),
            rtl: languages::direction(&locale) == Direction::Rtl,
            statement,
            locale,
            reference,
            rows: Vec::new(),
            filter: Filter::All,
            pinned: None,
            search: String::new(),
            focus_search: false,
            selected: 0,
            scroll_to_selected: false,
            focus_selected: false,
            heights: Vec::new(),
            preview: PreviewPanel::default(),
            show_preview: true,
            terms_only: false,
            checker: None,
            show_findings: true,
        };
        view.rebuild(ws);
        view
    }

    /// A view of the statement's terms (proper names, with their case forms) in `locale`.
    pub fn terms(ws: &Workspace, statement: Id, locale: Locale) -> Self {
        let mut view = Self::new(ws, statement, locale);
        view.terms_only = true;
        view.rebuild(ws);
        view
    }

    /// Rebuilds every row from the workspace.
    pub fn rebuild(&mut self, ws: &Workspace) {
        let ids = self.message_ids(ws);
        self.rows = ids.into_iter().map(|id| self.row(ws, id)).collect();
        self.heights = vec![ESTIMATED_ROW_HEIGHT; self.rows.len()];
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        self.preview.invalidate();
        self.check_all(ws);
    }

    /// Checks the whole file against the statement's source and hands each row its findings.
    fn check_all(&mut self, ws: &Workspace) {
        self.checker = None;
        for r in &mut self.rows {
            r.findings.clear();
        }
        let Some(file) = ws.statements.get(&self.statement) else {
            return;
        };
        let source = &file.statement.source;
        let (Some(reference), Some(target)) = (
            ws.file(source, &self.statement),
            ws.file(&self.locale, &self.statement),
        ) else {
            return;
        };
        if *source == self.locale {
            return;
        }
        let r = Analyzed::of(&reference.document);
        let t = Analyzed::of(&target.document);
        let mut context = Context::new(source, &self.locale);
        context.learn_terms(&t);
        context.learn_reference_terms(&r);
        context.learn_ratio(&r, &t);
        let file_name = format!("{}.ftl", self.statement);
        let place = Place {
            locale: self.locale.as_str(),
            file: &file_name,
        };
        let found = checks::check_file(&r, &target.document, &t, &context, place);
        let index: std::collections::HashMap<String, usize> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut file_level = Vec::new();
        for f in found {
            // A missing message has its own badge and filter.
            if f.code == Code::MissingMessage {
                continue;
            }
            match f.id.as_ref().and_then(|id| index.get(id)) {
                Some(&i) => self.rows[i].findings.push(f),
                None => file_level.push(f),
            }
        }
        self.checker = Some(Checker {
            reference: r,
            context,
            file_name,
            file: file_level,
        });
    }

    /// Checks row `i`'s message again, alone: what a keystroke costs.
    fn recheck(&mut self, ws: &Workspace, i: usize) {
        let (Some(checker), Some(target)) = (&self.checker, ws.file(&self.locale, &self.statement))
        else {
            return;
        };
        let Some(row) = self.rows.get_mut(i) else {
            return;
        };
        let doc = &target.document;
        let place = Place {
            locale: self.locale.as_str(),
            file: &checker.file_name,
        };
        row.findings = doc
            .entry(&row.id)
            .and_then(|e| checks::facts::of_entry(doc, e))
            .map(|facts| {
                let reference = checker.reference.get(&row.id);
                checks::check_message(reference, doc, &facts, &checker.context, place)
            })
            .unwrap_or_default();
    }

    /// Errors and warnings the checks found in the file, as shown above the findings.
    fn finding_counts(&self) -> (usize, usize) {
        let all = self
            .rows
            .iter()
            .flat_map(|r| &r.findings)
            .chain(self.checker.iter().flat_map(|c| &c.file));
        all.fold((0, 0), |(e, w), f| match f.severity {
            Severity::Error => (e + 1, w),
            Severity::Warning => (e, w + 1),
        })
    }

    /// Shows a message's row and puts the cursor in its first field.
    pub fn show_message(&mut self, id: &str) {
        if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            self.jump_to(i);
        }
    }

    /// Shows row `i` and puts the cursor in its first field (from a finding in the list).
    fn jump_to(&mut self, i: usize) {
        if !self.visible().contains(&i) {
            self.filter = Filter::All;
            self.search.clear();
        }
        self.select(i);
    }

    /// Re-reads one message from the workspace (after undo or redo) and selects it.
    pub fn refresh(&mut self, ws: &Workspace, message: &str) {
        if let Some(i) = self.rows.iter().position(|r| r.id == message) {
            self.rows[i] = self.row(ws, message.to_owned());
            self.recheck(ws, i);
            self.select(i);
        }
        self.preview.invalidate();
    }

    /// Records the outcome of an edit of row `row`'s field `path`.
    pub fn edited(&mut self, ws: &Workspace, row: usize, path: &str, result: Result<(), String>) {
        let file = ws.file(&self.locale, &self.statement);
        let target = file.map(|f| &f.document);
        let Some(r) = self.rows.get_mut(row) else {
            return;
        };
        match result {
            Ok(()) => {
                if r.target.is_none() {
                    // The message was just created from every field at once: whatever an earlier
                    // field was waiting for (an empty variant, say) is now there.
                    r.errors.clear();
                } else {
                    r.errors.remove(path);
                }
                r.changed = file.is_some_and(|f| f.changed_since_saved(&r.id));
                r.target = target.and_then(|d| Shape::of(d, &r.id));
                if r.raw.is_some() || path == "copy" {
                    // The structure may have changed: the fields follow the document.
                    if let Some(shape) = &r.target {
                        r.draft = shape.clone();
                    }
                }
                r.review = crate::review::message_review(ws, &self.statement, &self.locale, &r.id);
                self.preview.invalidate();
                self.recheck(ws, row);
            }
            Err(message) => {
                r.errors.insert(path.to_owned(), message);
            }
        }
    }

    /// A save finished: what is "changed since saving" is worked out again.
    pub fn saved(&mut self, ws: &Workspace) {
        let file = ws.file(&self.locale, &self.statement);
        for r in &mut self.rows {
            r.changed = file.is_some_and(|f| f.changed_since_saved(&r.id));
        }
    }

    pub fn set_reference(&mut self, ws: &Workspace, reference: Locale) {
        self.reference = reference;
        let doc = ws
            .file(&self.reference, &self.statement)
            .map(|f| &f.document);
        for r in &mut self.rows {
            r.reference = doc.and_then(|d| Shape::of(d, &r.id));
        }
    }

    /// The source's messages: headline and sections first, then the rest in file order.
    fn message_ids(&self, ws: &Workspace) -> Vec<String> {
        let Some(file) = ws.statements.get(&self.statement) else {
            return Vec::new();
        };
        let s = &file.statement;
        let mut ids: Vec<String> = s.message_ids().map(str::to_owned).collect();
        // A set, not a scan of `ids`: a statement of 100,000 messages would take seconds.
        let mut seen: std::collections::HashSet<String> = ids.iter().cloned().collect();
        if let Some(source) = ws.file(&s.source, &self.statement) {
            for id in source.document.ids() {
                if seen.insert(id.to_owned()) {
                    ids.push(id.to_owned());
                }
            }
        }
        if self.terms_only {
            ids.retain(|id| id.starts_with('-'));
        }
        ids
    }

    fn row(&self, ws: &Workspace, id: String) -> Row {
        let shape_in = |locale: &Locale| {
            ws.file(locale, &self.statement)
                .and_then(|f| Shape::of(&f.document, &id))
        };
        let reference = shape_in(&self.reference);
        let target = shape_in(&self.locale);
        let source = ws
            .statements
            .get(&self.statement)
            .and_then(|s| shape_in(&s.statement.source));
        let changed = ws
            .file(&self.locale, &self.statement)
            .is_some_and(|f| f.changed_since_saved(&id));
        let draft = match &target {
            Some(shape) => shape.clone(),
            None => source
                .or_else(|| reference.clone())
                .map(|s| s.blank_for(&self.locale))
                .unwrap_or(Shape {
                    value: Some(Part::Text(String::new())),
                    attributes: Vec::new(),
                }),
        };
        let review = crate::review::message_review(ws, &self.statement, &self.locale, &id);
        Row {
            id,
            reference,
            target,
            draft,
            raw: None,
            errors: BTreeMap::new(),
            changed,
            findings: Vec::new(),
            review,
        }
    }

    fn visible(&self) -> Vec<usize> {
        let needle = self.search.to_lowercase();
        (0..self.rows.len())
            .filter(|&i| {
                let r = &self.rows[i];
                let passes = match self.filter {
                    Filter::All => true,
                    Filter::Missing => r.target.is_none(),
                    Filter::Errors => {
                        !r.errors.is_empty()
                            || r.findings.iter().any(|f| f.severity == Severity::Error)
                    }
                    Filter::Changed => r.changed,
                    Filter::Outdated => r
                        .review
                        .as_ref()
                        .is_some_and(|m| m.state == State::Outdated),
                };
                let found = needle.is_empty() || row_text(r).to_lowercase().contains(&needle);
                (passes && found) || self.pinned == Some(i)
            })
            .collect()
    }

    fn select(&mut self, i: usize) {
        self.selected = i;
        self.scroll_to_selected = true;
        self.focus_selected = true;
    }

    /// Moves the selection through the visible rows by `step` (+1 or -1); with `missing`, to the next
    /// message the target lacks.
    pub fn step(&mut self, step: isize, missing: bool) {
        let visible = self.visible();
        let here = visible.iter().position(|&i| i == self.selected);
        let candidates: Vec<usize> = match (here, step > 0) {
            (Some(p), true) => visible[p + 1..].to_vec(),
            (Some(p), false) => visible[..p].iter().rev().copied().collect(),
            (None, _) => visible.clone(),
        };
        let next = candidates
            .into_iter()
            .find(|&i| !missing || self.rows[i].target.is_none());
        if let Some(next) = next {
            self.select(next);
        }
    }

    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Fills the selected message with the reference's structure and text, using the target locale's
    /// plural categories.
    #[must_use]
    pub fn copy_from_reference(&mut self) -> Option<Action> {
        let locale = self.locale.clone();
        let r = self.rows.get_mut(self.selected)?;
        r.draft = r.reference.as_ref()?.copied_for(&locale);
        r.raw = None;
        self.whole_message_edit(self.selected, "copy").ok()
    }

    /// An edit writing a row's whole draft (value and attributes) to the target.
    fn whole_message_edit(&self, row: usize, path: &str) -> Result<Action, String> {
        let r = &self.rows[row];
        let value = r.draft.value.as_ref().map(Part::to_source).transpose()?;
        let mut edits = Vec::new();
        match (&r.target, value) {
            (Some(_), value) => edits.push(Edit::SetValue {
                id: r.id.clone(),
                value,
            }),
            (None, Some(value)) => edits.push(Edit::Add {
                id: r.id.clone(),
                value,
                order: self.rows.iter().map(|r| r.id.clone()).collect(),
            }),
            (None, None) => return Err("nothing to write".to_owned()),
        }
        for (name, part) in &r.draft.attributes {
            if let Ok(source) = part.to_source() {
                edits.push(Edit::SetAttribute {
                    id: r.id.clone(),
                    attribute: name.clone(),
                    value: Some(source),
                });
            }
        }
        Ok(self.edit_action(row, path, edits))
    }

    fn edit_action(&self, row: usize, path: &str, edits: Vec<Edit>) -> Action {
        let id = &self.rows[row].id;
        Action::Edit {
            row,
            path: path.to_owned(),
            field: Field {
                locale: Some(self.locale.clone()),
                statement: self.statement.clone(),
                path: format!("{id}/{path}"),
            },
            edits: edits
                .into_iter()
                .map(|edit| WorkspaceEdit::Message {
                    locale: self.locale.clone(),
                    statement: self.statement.clone(),
                    edit,
                })
                .collect(),
        }
    }

    /// The edit for a changed field, or why it cannot be written yet (kept under the field).
    fn field_edit(&self, row: usize, path: &FieldPath) -> Result<Action, String> {
        let r = &self.rows[row];
        if path.raw {
            let source = r.raw.clone().unwrap_or_default();
            let edit = Edit::Replace {
                id: r.id.clone(),
                source,
            };
            return Ok(self.edit_action(row, "raw", vec![edit]));
        }
        let Some(target) = &r.target else {
            // A new message is written once its value is complete.
            return match &path.attribute {
                None => self.whole_message_edit(row, &path.key()),
                Some(_) => Err("translate the value first".to_owned()),
            };
        };
        let part = part_of(&r.draft, path.attribute.as_deref()).ok_or("no such field")?;
        let in_target = part_of(target, path.attribute.as_deref());
        let edit = match (part, in_target, &path.variant) {
            (Part::Select(select), Some(Part::Select(existing)), Some(key))
                if existing.variants.iter().any(|v| &v.key == key) =>
            {
                let text = select
                    .variants
                    .iter()
                    .find(|v| &v.key == key)
                    .map(|v| v.text.clone());
                let text = text.unwrap_or_default();
                if text.trim().is_empty() {
                    return Err(format!("[{key}] is empty"));
                }
                Edit::SetVariant {
                    id: r.id.clone(),
                    attribute: path.attribute.clone(),
                    keys: vec![key.clone()],
                    value: text,
                }
            }
            _ => {
                let source = part.to_source()?;
                match &path.attribute {
                    None => Edit::SetValue {
                        id: r.id.clone(),
                        value: Some(source),
                    },
                    Some(name) => Edit::SetAttribute {
                        id: r.id.clone(),
                        attribute: name.clone(),
                        value: Some(source),
                    },
                }
            }
        };
        Ok(self.edit_action(row, &path.key(), vec![edit]))
    }

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
        if self.checker.is_some() {
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
        ui.horizontal(|ui| {
            let summary = t.get_with(
                "findings-summary",
                &[("errors", errors.into()), ("warnings", warnings.into())],
            );
            let heading = format!("{} · {summary}", t.get("findings-heading"));
            ui.toggle_value(&mut self.show_findings, RichText::new(heading).strong());
        });
        if !self.show_findings {
            return;
        }
        if errors + warnings == 0 {
            ui.label(RichText::new(t.get("findings-none")).weak());
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
            for (filter, id) in [
                (Filter::All, "filter-all"),
                (Filter::Missing, "filter-missing"),
                (Filter::Errors, "filter-errors"),
                (Filter::Changed, "filter-changed"),
                (Filter::Outdated, "filter-outdated"),
            ] {
                if ui
                    .selectable_value(&mut self.filter, filter, t.get(id))
                    .changed()
                {
                    self.pinned = None;
                }
            }
            ui.separator();
            let search_label = ui.label(t.get("search"));
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .desired_width(180.0)
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
        let mut changes: Vec<(usize, FieldPath)> = Vec::new();
        let mut selected = None;
        let mut left = None;
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
                            };
                            let fields = Fields {
                                index: i,
                                t,
                                focus: take_focus,
                                changes: &mut changes,
                                selected: &mut selected,
                                left: &mut left,
                                actions,
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
        for (row, path) in changes {
            match self.field_edit(row, &path) {
                Ok(action) => actions.push(action),
                Err(why) => {
                    self.rows[row].errors.insert(path.key(), why);
                }
            }
        }
    }
}

fn part_of<'s>(shape: &'s Shape, attribute: Option<&str>) -> Option<&'s Part> {
    match attribute {
        None => shape.value.as_ref(),
        Some(name) => shape
            .attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p),
    }
}

/// Everything searchable in a row: id, reference and target text.
fn row_text(r: &Row) -> String {
    let mut text = r.id.clone();
    for shape in [&r.reference, &Some(r.draft.clone())].into_iter().flatten() {
        for part in shape
            .value
            .iter()
            .chain(shape.attributes.iter().map(|(_, p)| p))
        {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Select(s) => s.variants.iter().for_each(|v| text.push_str(&v.text)),
            }
            text.push(' ');
        }
    }
    text
}

/// Drawing one row.
struct RowUi<'a> {
    selected: bool,
    rtl: bool,
    categories: &'a [Category],
    /// The statement's source, which reviews compare against.
    source: &'a Locale,
    t: &'a Strings,
}

impl RowUi<'_> {
    fn ui(&self, ui: &mut egui::Ui, row: &mut Row, mut fields: Fields<'_>) {
        let frame = egui::Frame::group(ui.style()).fill(if self.selected {
            ui.visuals().faint_bg_color
        } else {
            Color32::TRANSPARENT
        });
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            self.header_ui(ui, row);
            self.review_ui(ui, row);
            ui.columns(2, |columns| {
                reference_ui(&mut columns[0], row.reference.as_ref(), self.t);
                self.target_ui(&mut columns[1], row, &mut fields);
            });
        });
    }

    /// The target's fields: the raw source, or one field per value, attribute and variant. Under
    /// each field, why its text is not written yet, and what the checks find in it.
    fn target_ui(&self, ui: &mut egui::Ui, row: &mut Row, fields: &mut Fields<'_>) {
        let errors = &row.errors;
        let findings = &row.findings;
        let mut shown = vec![false; findings.len()];
        // The findings of one field, marked as shown.
        let mut of_field = |attribute: Option<&str>, variant: Option<Option<&str>>| {
            let mut mine = Vec::new();
            for (i, f) in findings.iter().enumerate() {
                let here = f.attribute.as_deref() == attribute
                    && variant.is_none_or(|v| f.variant.as_deref() == v);
                if here && !shown[i] {
                    shown[i] = true;
                    mine.push(f);
                }
            }
            mine
        };
        if let Some(raw) = &mut row.raw {
            let path = FieldPath {
                attribute: None,
                variant: None,
                raw: true,
            };
            let edit = egui::TextEdit::multiline(raw)
                .code_editor()
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .id_salt((&row.id, "raw"));
            let all: Vec<&Finding> = findings.iter().collect();
            fields.field_ui(ui, self.t.get("raw-source"), edit, path, errors, &all);
            return;
        }
        let parts = row.draft.value.iter_mut().map(|p| (None, p));
        let attributes = row.draft.attributes.iter_mut();
        let parts = parts.chain(attributes.map(|(n, p)| (Some(n.clone()), p)));
        for (attribute, part) in parts {
            if let Some(name) = &attribute {
                ui.label(RichText::new(format!(".{name}")).monospace().weak());
            }
            match part {
                Part::Text(text) => {
                    let path = FieldPath {
                        attribute: attribute.clone(),
                        variant: None,
                        raw: false,
                    };
                    let label = match &attribute {
                        Some(a) => format!("{}.{a}", row.id),
                        None => row.id.clone(),
                    };
                    let edit = self.field(text, (&row.id, path.key()));
                    let mine = of_field(attribute.as_deref(), None);
                    let label = RichText::new(label).small().weak();
                    fields.field_ui(ui, label, edit, path, errors, &mine);
                }
                Part::Select(select) => {
                    let last = select.variants.len().saturating_sub(1);
                    for (n, variant) in select.variants.iter_mut().enumerate() {
                        let label =
                            variant_label(&variant.key, variant.default, self.categories, self.t);
                        let path = FieldPath {
                            attribute: attribute.clone(),
                            variant: Some(variant.key.clone()),
                            raw: false,
                        };
                        let edit = self.field(&mut variant.text, (&row.id, path.key()));
                        let mut mine = of_field(attribute.as_deref(), Some(Some(&variant.key)));
                        // What is about the whole select goes under its last variant.
                        if n == last {
                            mine.extend(of_field(attribute.as_deref(), None));
                        }
                        fields.field_ui(ui, label, edit, path, errors, &mine);
                    }
                }
            }
        }
        // Findings about no field shown (an attribute the translation lacks): at the end.
        let rest: Vec<&Finding> = findings
            .iter()
            .zip(&shown)
            .filter(|(_, s)| !**s)
            .map(|(f, _)| f)
            .collect();
        for f in rest {
            finding_ui(ui, f, self.t, false);
        }
    }

    /// For an outdated translation, what changed in the source since it was made or reviewed; for a
    /// rejected one, the reviewer's comment.
    fn review_ui(&self, ui: &mut egui::Ui, row: &Row) {
        let Some(m) = &row.review else {
            return;
        };
        if m.state == State::Outdated
            && let (Some(before), Some(now)) = (m.reference_changed(), &m.reference)
        {
            let source = ui.label(
                RichText::new(self.t.get("review-reference-changed"))
                    .small()
                    .weak(),
            );
            let locale = self.source;
            let runs = diff::diff(before, now, Granularity::for_locale(locale));
            widgets::diff_ui(ui, &runs, locale).labelled_by(source.id);
        }
        if let Some(r) = m.review.as_ref().filter(|r| {
            m.state == State::Rejected && r.verdict == crate::workspace::reviews::Verdict::Rejected
        }) {
            let text = self.t.get_with(
                "review-rejected-by",
                &[
                    ("name", r.reviewer.clone().into()),
                    ("time", r.time.clone().into()),
                    ("comment", r.comment.clone().into()),
                ],
            );
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
        }
    }

    fn header_ui(&self, ui: &mut egui::Ui, row: &mut Row) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&row.id).monospace().strong());
            if let Some(m) = row.review.as_ref().filter(|m| m.state != State::Missing) {
                ui.label(widgets::state_text(ui, m.state, self.t));
            }
            if row.target.is_none() {
                ui.label(
                    RichText::new(self.t.get("badge-missing")).color(ui.visuals().warn_fg_color),
                );
            }
            if row.changed {
                ui.label(RichText::new(self.t.get("badge-changed")).weak());
            }
            if !row.errors.is_empty() {
                ui.label(
                    RichText::new(self.t.get("badge-error")).color(ui.visuals().error_fg_color),
                );
            }
            let errors = row
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            if errors > 0 {
                let warnings = row.findings.len() - errors;
                let summary = self.t.get_with(
                    "findings-summary",
                    &[("errors", errors.into()), ("warnings", warnings.into())],
                );
                ui.label(RichText::new(summary).color(ui.visuals().error_fg_color));
            }
            ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                let mut raw = row.raw.is_some();
                let toggle = ui.toggle_value(&mut raw, self.t.get("raw-toggle"));
                if toggle.changed() {
                    row.raw = raw.then(|| raw_source(row));
                }
            });
        });
    }

    fn field<'t>(&self, text: &'t mut String, salt: impl egui::AsIdSalt) -> egui::TextEdit<'t> {
        let align = if self.rtl {
            egui::Align2::RIGHT_TOP
        } else {
            egui::Align2::LEFT_TOP
        };
        egui::TextEdit::multiline(text)
            .desired_rows(1)
            .desired_width(f32::INFINITY)
            .align(align)
            .id_salt(salt)
    }
}

/// What the fields of one row report while they are drawn.
struct Fields<'a> {
    index: usize,
    t: &'a Strings,
    /// The first field drawn takes the keyboard focus.
    focus: bool,
    changes: &'a mut Vec<(usize, FieldPath)>,
    selected: &'a mut Option<usize>,
    /// Set to the row when one of its fields loses the focus.
    left: &'a mut Option<usize>,
    actions: &'a mut Vec<Action>,
}

impl Fields<'_> {
    /// A labelled field, with the reason under it when its text could not be written, and the
    /// checks' findings in it (clicking one puts the cursor in the field).
    fn field_ui(
        &mut self,
        ui: &mut egui::Ui,
        label: impl Into<egui::WidgetText>,
        edit: egui::TextEdit<'_>,
        path: FieldPath,
        errors: &BTreeMap<String, String>,
        findings: &[&Finding],
    ) {
        let label = ui.label(label);
        let response = ui.add(edit).labelled_by(label.id);
        if std::mem::take(&mut self.focus) {
            response.request_focus();
        }
        if response.gained_focus() {
            *self.selected = Some(self.index);
        }
        if response.lost_focus() {
            self.actions.push(Action::Seal);
            *self.left = Some(self.index);
        }
        let key = path.key();
        if response.changed() {
            self.changes.push((self.index, path));
        }
        if let Some(error) = errors.get(&key) {
            ui.label(
                RichText::new(error)
                    .small()
                    .color(ui.visuals().error_fg_color),
            );
        }
        for f in findings {
            if finding_ui(ui, f, self.t, false).clicked() {
                response.request_focus();
            }
        }
    }
}

/// A finding as a line that can be clicked: its severity in words (not colour alone) and its
/// sentence in the window's language; with `place`, the message, attribute and variant first.
fn finding_ui(ui: &mut egui::Ui, f: &Finding, t: &Strings, place: bool) -> egui::Response {
    let (severity, color) = match f.severity {
        Severity::Error => (t.get("severity-error"), ui.visuals().error_fg_color),
        Severity::Warning => (t.get("severity-warning"), ui.visuals().warn_fg_color),
    };
    let mut text = format!("{severity}: {}", finding_text(f, t));
    if place {
        let mut at = f.id.clone().unwrap_or_else(|| match (f.line, f.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", f.file),
            _ => f.file.clone(),
        });
        if let Some(a) = &f.attribute {
            at.push_str(&format!(".{a}"));
        }
        if let Some(v) = &f.variant {
            at.push_str(&format!("[{v}]"));
        }
        text = format!("{at} — {text}");
    }
    let label =
        egui::Label::new(RichText::new(text).small().color(color)).sense(egui::Sense::click());
    // In the list, one line each (the whole sentence on hover); under a field, wrapped.
    let label = if place {
        label.truncate()
    } else {
        label.wrap()
    };
    ui.add(label)
        .on_hover_text(f.code.as_str())
        .on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// A finding's sentence in the window's language, from its code and arguments.
fn finding_text(f: &Finding, t: &Strings) -> String {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = f
        .args
        .iter()
        .map(|(name, value)| {
            let value = if matches!(*name, "expected" | "found") && value == "none" {
                t.get("check-none")
            } else {
                value.clone()
            };
            (*name, value.into())
        })
        .collect();
    let sentence = t.get_with(&format!("check-{}", f.code.as_str()), &args);
    match f.args.iter().find(|(name, _)| *name == "more") {
        Some((_, more)) => format!(
            "{sentence} {}",
            t.get_with("check-more", &[("more", more.clone().into())])
        ),
        None => sentence,
    }
}

/// The Fluent source a raw field starts from: the target's entry, or the draft written as one.
fn raw_source(row: &Row) -> String {
    let value = row
        .draft
        .value
        .as_ref()
        .and_then(|p| p.to_source().ok())
        .unwrap_or_default();
    let mut out = format!("{} = {}", row.id, value.replace('\n', "\n    "));
    for (name, part) in &row.draft.attributes {
        let text = part
            .to_source()
            .unwrap_or_default()
            .replace('\n', "\n        ");
        out.push_str(&format!("\n    .{name} = {text}"));
    }
    out
}

fn variant_label(key: &str, default: bool, categories: &[Category], t: &Strings) -> String {
    let star = if default { "*" } else { "" };
    match categories.iter().find(|c| c.key == key) {
        Some(c) if !c.examples.is_empty() => {
            let examples = c.examples.join(", ");
            let hint = t.get_with("plural-examples", &[("examples", examples.into())]);
            format!("{star}[{key}] {hint}")
        }
        _ => format!("{star}[{key}]"),
    }
}

/// The reference: its texts with placeables as chips, variants labelled by key.
fn reference_ui(ui: &mut egui::Ui, reference: Option<&Shape>, t: &Strings) {
    let Some(shape) = reference else {
        ui.label(RichText::new(t.get("no-reference")).italics().weak());
        return;
    };
    let parts = shape
        .value
        .iter()
        .map(|p| (None, p))
        .chain(shape.attributes.iter().map(|(n, p)| (Some(n), p)));
    for (attribute, part) in parts {
        if let Some(name) = attribute {
            ui.label(RichText::new(format!(".{name}")).monospace().weak());
        }
        match part {
            Part::Text(text) => pieces_ui(ui, text),
            Part::Select(select) => {
                for v in &select.variants {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("[{}]", v.key)).monospace().weak());
                        pieces_ui(ui, &v.text);
                    });
                }
            }
        }
    }
}

fn pieces_ui(ui: &mut egui::Ui, text: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for piece in pieces(text) {
            match piece {
                Piece::Text(text) => {
                    ui.label(text);
                }
                Piece::Placeable(inner) => {
                    let chip = RichText::new(format!(" {inner} "))
                        .monospace()
                        .small()
                        .background_color(ui.visuals().selection.bg_fill.gamma_multiply(0.35));
                    ui.label(chip);
                }
            }
        }
    });
}
