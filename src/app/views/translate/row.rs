//! Drawing one row of the translate view: the reference, the target's fields with what is wrong in
//! them, and the row's review.

use std::collections::BTreeMap;

use egui::{Align, Color32, RichText};

use super::{MessageRow, Unwritten};
use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::widgets;
use crate::app::widgets::finding_text;
use crate::base::ids::Locale;
use crate::checks::{Finding, Severity};
use crate::fluent::draft::MessageField;
use crate::fluent::message::{Part, Piece, Shape, pieces};
use crate::locale::plurals::Category;
use crate::review::State;
use crate::review::diff::{self, Granularity};
use crate::workspace::words::WordKind;

/// Everything searchable in a row: id, reference and target text.
pub(super) fn row_text(r: &MessageRow) -> String {
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
pub(super) struct RowUi<'a> {
    pub(super) selected: bool,
    pub(super) rtl: bool,
    pub(super) categories: &'a [Category],
    /// The statement's source, which reviews compare against.
    pub(super) source: &'a Locale,
    pub(super) t: &'a Strings,
    /// What the search field holds: marked where it is found.
    pub(super) search: &'a str,
}

impl RowUi<'_> {
    pub(super) fn ui(&self, ui: &mut egui::Ui, row: &mut MessageRow, mut fields: Fields<'_>) {
        let frame = egui::Frame::group(ui.style()).fill(if self.selected {
            ui.visuals().faint_bg_color
        } else {
            Color32::TRANSPARENT
        });
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            if self.header_ui(ui, row) {
                *fields.history = Some(fields.index);
            }
            self.review_ui(ui, row);
            ui.columns(2, |columns| {
                reference_ui(&mut columns[0], row.reference.as_ref(), self.t, self.search);
                self.target_ui(&mut columns[1], row, &mut fields);
            });
        });
    }

    /// The target's fields: the raw source, or one field per value, attribute and variant. Under
    /// each field, why its text is not written yet, and what the checks find in it.
    fn target_ui(&self, ui: &mut egui::Ui, row: &mut MessageRow, fields: &mut Fields<'_>) {
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
            let path = MessageField::Source;
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
                    let path = MessageField::Part {
                        attribute: attribute.clone(),
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
                        let path = MessageField::Variant {
                            attribute: attribute.clone(),
                            key: variant.key.clone(),
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
    fn review_ui(&self, ui: &mut egui::Ui, row: &MessageRow) {
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
                    ("time", self.t.moment(&r.time).into()),
                    ("comment", r.comment.clone().into()),
                ],
            );
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color))
                .on_hover_text(&r.time);
        }
    }

    /// The id, the row's badges, and its buttons; whether History was clicked.
    fn header_ui(&self, ui: &mut egui::Ui, row: &mut MessageRow) -> bool {
        let mut history = false;
        ui.horizontal(|ui| {
            let strong = ui.visuals().strong_text_color();
            let style = egui::TextStyle::Monospace;
            match widgets::highlighted(ui, &row.id, self.search, style, strong) {
                Some(job) => ui.label(job),
                None => ui.label(RichText::new(&row.id).monospace().strong()),
            };
            if let Some(kind) = row.word {
                let name = match kind {
                    WordKind::Affiliation => "word-affiliation",
                    WordKind::Country => "word-country",
                    WordKind::Publisher => "word-publisher",
                };
                ui.label(RichText::new(self.t.get(name)).weak())
                    .on_hover_text(self.t.get("word-hint"));
            }
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
                // Who changed it, when and how: read from git on demand.
                history = ui
                    .small_button(self.t.get("history-button"))
                    .on_hover_text(self.t.get("history-button-hint"))
                    .clicked();
            });
        });
        history
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
pub(super) struct Fields<'a> {
    pub(super) index: usize,
    pub(super) t: &'a Strings,
    /// The first field drawn takes the keyboard focus.
    pub(super) focus: bool,
    pub(super) changes: &'a mut Vec<(usize, MessageField)>,
    pub(super) selected: &'a mut Option<usize>,
    /// Set to the row when one of its fields loses the focus.
    pub(super) left: &'a mut Option<usize>,
    pub(super) actions: &'a mut Vec<Action>,
    /// Set to the row whose History button was clicked.
    pub(super) history: &'a mut Option<usize>,
}

impl Fields<'_> {
    /// A labelled field, with the reason under it when its text could not be written, and the
    /// checks' findings in it (clicking one puts the cursor in the field).
    pub(super) fn field_ui(
        &mut self,
        ui: &mut egui::Ui,
        label: impl Into<egui::WidgetText>,
        edit: egui::TextEdit<'_>,
        path: MessageField,
        errors: &BTreeMap<MessageField, Unwritten>,
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
        if let Some(error) = errors.get(&path) {
            ui.label(
                RichText::new(unwritten_text(error, self.t))
                    .small()
                    .color(ui.visuals().error_fg_color),
            );
        }
        for f in findings {
            if finding_ui(ui, f, self.t, false).clicked() {
                response.request_focus();
            }
        }
        if response.changed() {
            self.changes.push((self.index, path));
        }
    }
}

/// Why a field's text is not in the file yet, in the window's language.
pub(super) fn unwritten_text(unwritten: &Unwritten, t: &Strings) -> String {
    match unwritten {
        Unwritten::Draft(error) => t.explain(error),
        Unwritten::Refused(error) => t.explain(error),
    }
}

/// A finding as a line that can be clicked: its severity in words (not colour alone) and its
/// sentence in the window's language; with `place`, the message, attribute and variant first.
pub(super) fn finding_ui(
    ui: &mut egui::Ui,
    f: &Finding,
    t: &Strings,
    place: bool,
) -> egui::Response {
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

/// The Fluent source a raw field starts from: the target's entry, or the draft written as one.
pub(super) fn raw_source(row: &MessageRow) -> String {
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

pub(super) fn variant_label(
    key: &str,
    default: bool,
    categories: &[Category],
    t: &Strings,
) -> String {
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
pub(super) fn reference_ui(
    ui: &mut egui::Ui,
    reference: Option<&Shape>,
    t: &Strings,
    search: &str,
) {
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
            Part::Text(text) => pieces_ui(ui, text, search),
            Part::Select(select) => {
                for v in &select.variants {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("[{}]", v.key)).monospace().weak());
                        pieces_ui(ui, &v.text, search);
                    });
                }
            }
        }
    }
}

pub(super) fn pieces_ui(ui: &mut egui::Ui, text: &str, search: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for piece in pieces(text) {
            match piece {
                Piece::Text(text) => {
                    let color = ui.visuals().text_color();
                    match widgets::highlighted(ui, &text, search, egui::TextStyle::Body, color) {
                        Some(job) => ui.label(job),
                        None => ui.label(text),
                    };
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
