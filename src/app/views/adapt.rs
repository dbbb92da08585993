//! The adapt view: what an organiser changes to make a statement fit a case. The variables with typed
//! inputs (a date or a number that does not parse stays as typed, with why, and is not applied), the
//! optional sections, the signatories, the publisher, contact and date, and each locale's terms (names
//! with their case forms). The preview beside them follows every change.
//!
//! Like the translate view, it changes nothing itself: it returns actions.

use std::collections::BTreeMap;

use egui::RichText;

use crate::app::actions::{Action, Command};
use crate::app::i18n::Strings;
use crate::app::views::preview::PreviewPanel;
use crate::app::views::translate::TranslateView;
use crate::app::widgets::locale_picker_ui;
use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::locale::languages;
use crate::review::{ReviewSummary, SignOffState};
use crate::workspace::Workspace;
use crate::workspace::statement::{
    Date, Signatory, Statement, StatementEdit, StatementField, Value,
};

pub struct AdaptView {
    pub statement: Id,
    /// The text of each variable's input, by name: what the user typed, applied when it is valid.
    inputs: BTreeMap<String, String>,
    /// Why an input is not applied, by field name.
    errors: BTreeMap<StatementField, String>,
    signatories: Vec<Signatory>,
    publisher: String,
    contact: String,
    date: String,
    /// The locale whose terms are shown, and the preview's locale.
    pub locale: Locale,
    pub terms: TranslateView,
    preview: PreviewPanel,
    /// The locales whose sign-off is current, worked out again after any change.
    signed_off: Option<Vec<Locale>>,
    /// The width the form has in the window (inside its scroll area, which scrolls both ways, the
    /// width available is the content's).
    width: f32,
}

impl AdaptView {
    pub fn new(ws: &Workspace, statement: Id) -> Self {
        let source = ws.statements[&statement].statement.source.clone();
        let mut view = Self {
            terms: TranslateView::terms(ws, statement.clone(), source.clone()),
            statement,
            inputs: BTreeMap::new(),
            errors: BTreeMap::new(),
            signatories: Vec::new(),
            publisher: String::new(),
            contact: String::new(),
            date: String::new(),
            locale: source,
            preview: PreviewPanel::default(),
            signed_off: None,
            width: 800.0,
        };
        view.rebuild(ws);
        view
    }

    /// Takes every input from the statement again (after opening, undo or redo).
    pub fn rebuild(&mut self, ws: &Workspace) {
        let Some(file) = ws.statements.get(&self.statement) else {
            return;
        };
        let s = &file.statement;
        self.inputs = s
            .variables
            .iter()
            .map(|v| (v.name.clone(), input_text(&v.value)))
            .collect();
        self.errors.clear();
        self.signatories = s.signatories.clone();
        self.publisher = s.publisher.clone();
        self.contact = s.contact.clone();
        self.date = s.date.to_string();
        self.invalidate();
    }

    /// Something the preview shows changed.
    pub fn invalidate(&mut self) {
        self.preview.invalidate();
        self.signed_off = None;
    }

    pub fn refused(&mut self, field: &StatementField, why: String) {
        self.errors.insert(field.clone(), why);
    }

    pub fn accepted(&mut self, field: &StatementField) {
        self.errors.remove(field);
        self.invalidate();
    }

    pub fn set_locale(&mut self, ws: &Workspace, locale: Locale) {
        self.terms = TranslateView::terms(ws, self.statement.clone(), locale.clone());
        self.locale = locale;
        self.preview.invalidate();
    }

    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, ws: &Workspace, t: &Strings) -> Vec<Action> {
        let mut actions = Vec::new();
        let Some(file) = ws.statements.get(&self.statement) else {
            return actions;
        };
        let statement = file.statement.clone();
        egui::Panel::top("adapt-toolbar").show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button(t.get("back-to-overview")).clicked() {
                    actions.push(Action::Command(Command::Overview));
                }
                ui.strong(t.get_with("adapt-title", &[("title", statement.title.clone().into())]));
                ui.separator();
                let choices = statement.all_locales();
                let label = t.get("adapt-locale");
                if let Some(chosen) = locale_picker_ui(ui, label, &self.locale, choices) {
                    actions.push(Action::AdaptLocale(chosen));
                }
                if ui.button(t.get("translate-this")).clicked() {
                    actions.push(Action::Open {
                        statement: self.statement.clone(),
                        locale: self.locale.clone(),
                    });
                }
            });
        });
        self.preview.ui(ui, ws, &self.statement, &self.locale, t);
        egui::CentralPanel::default().show(ui, |ui| {
            self.width = ui.available_width();
            // Both ways: in a narrow window nothing is out of reach.
            egui::ScrollArea::both()
                .id_salt(("adapt", &self.statement))
                .show(ui, |ui| {
                    self.signed_off
                        .get_or_insert_with(|| signed_off(ws, &self.statement));
                    self.variables_ui(ui, &statement, t, &mut actions);
                    ui.add_space(12.0);
                    self.sections_ui(ui, &statement, t, &mut actions);
                    ui.add_space(12.0);
                    self.signatories_ui(ui, t, &mut actions);
                    ui.add_space(12.0);
                    self.details_ui(ui, t, &mut actions);
                    ui.add_space(12.0);
                    ui.heading(
                        t.get_with("adapt-terms", &[("locale", self.locale.to_string().into())]),
                    );
                    ui.label(RichText::new(t.get("adapt-terms-hint")).weak());
                    ui.push_id("terms", |ui| {
                        ui.set_min_height(320.0);
                        actions.extend(self.terms.rows_only_ui(ui, t));
                    });
                });
        });
        actions
    }

    fn edit(&self, field: StatementField, edit: StatementEdit) -> Action {
        Action::EditStatement {
            statement: self.statement.clone(),
            field,
            edit,
        }
    }

    fn variables_ui(
        &mut self,
        ui: &mut egui::Ui,
        s: &Statement,
        t: &Strings,
        actions: &mut Vec<Action>,
    ) {
        ui.heading(t.get("adapt-variables"));
        lapses_ui(ui, self.signed_off.as_deref().unwrap_or_default(), t);
        // Narrower inputs in a narrow window, so the descriptions stay in view.
        let width = (self.width * 0.45).clamp(160.0, 280.0);
        egui::Grid::new("variables")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                // `$contact` is Publication → Contact, edited there; an older `contact` variable
                // follows it.
                for variable in s.variables.iter().filter(|v| v.name != "contact") {
                    let name = &variable.name;
                    let label = ui.label(RichText::new(format!("${name}")).monospace());
                    let Some(text) = self.inputs.get_mut(name) else {
                        continue;
                    };
                    let field = StatementField::Variable(name.clone());
                    ui.vertical(|ui| {
                        let input = match variable.value {
                            Value::List(_) => egui::TextEdit::multiline(text).desired_rows(3),
                            _ => egui::TextEdit::singleline(text),
                        };
                        let response = ui
                            .add(input.desired_width(width).min_size(egui::vec2(width, 0.0)))
                            .labelled_by(label.id);
                        if response.changed() {
                            match parse_input(&variable.value, text) {
                                Ok(value) => actions.push(self_edit(&self.statement, name, value)),
                                Err(why) => {
                                    self.errors.insert(field.clone(), t.explain(&why));
                                }
                            }
                        }
                        if response.lost_focus() {
                            actions.push(Action::Seal);
                        }
                        if let Some(error) = self.errors.get(&field) {
                            ui.label(
                                RichText::new(error)
                                    .small()
                                    .color(ui.visuals().error_fg_color),
                            );
                        }
                        // Under the input, as wide: it stays in view in a narrow window.
                        if !variable.description.is_empty() {
                            ui.set_max_width(width);
                            ui.add(
                                egui::Label::new(RichText::new(&variable.description).weak())
                                    .wrap(),
                            );
                        }
                    });
                    ui.end_row();
                }
            });
    }

    fn sections_ui(
        &mut self,
        ui: &mut egui::Ui,
        s: &Statement,
        t: &Strings,
        actions: &mut Vec<Action>,
    ) {
        ui.heading(t.get("adapt-sections"));
        for section in &s.sections {
            let mut enabled = section.enabled;
            let label = if section.optional {
                section.message.clone()
            } else {
                format!("{} ({})", section.message, t.get("adapt-always-shown"))
            };
            let response =
                ui.add_enabled(section.optional, egui::Checkbox::new(&mut enabled, label));
            if response.changed() {
                let edit = StatementEdit::SetSection {
                    message: section.message.clone(),
                    enabled,
                };
                actions.push(self.edit(StatementField::Section(section.message.clone()), edit));
                actions.push(Action::Seal);
            }
        }
    }

    fn signatories_ui(&mut self, ui: &mut egui::Ui, t: &Strings, actions: &mut Vec<Action>) {
        ui.heading(t.get("adapt-signatories"));
        if self.signed_off.as_ref().is_some_and(|l| !l.is_empty()) {
            ui.label(RichText::new(t.get("adapt-no-lapse")).weak());
        }
        let mut changed = false;
        let mut structural = false;
        let mut remove = None;
        let mut swap = None;
        let count = self.signatories.len();
        // Three text columns share what the check box and the order buttons leave, up to 170
        // points each: in a 1024-pixel window the buttons stay in view.
        let width = ((self.width - 260.0) / 3.0).clamp(100.0, 170.0);
        egui::Grid::new("signatories")
            .num_columns(5)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let headers = [
                    "signatory-name",
                    "signatory-affiliation",
                    "signatory-country",
                    "signatory-personal",
                ];
                let ids: Vec<egui::Id> = headers.iter().map(|h| ui.strong(t.get(h)).id).collect();
                ui.end_row();
                for (i, s) in self.signatories.iter_mut().enumerate() {
                    for (text, label) in [
                        (&mut s.name, ids[0]),
                        (&mut s.affiliation, ids[1]),
                        (&mut s.country, ids[2]),
                    ] {
                        let edit = egui::TextEdit::singleline(text)
                            .desired_width(width)
                            .min_size(egui::vec2(width, 0.0))
                            .id_salt(("signatory", i, label));
                        let response = ui.add(edit).labelled_by(label);
                        changed |= response.changed();
                        if response.lost_focus() {
                            actions.push(Action::Seal);
                        }
                    }
                    let capacity = ui
                        .checkbox(&mut s.personal_capacity, "")
                        .labelled_by(ids[3]);
                    structural |= capacity.changed();
                    match order_ui(ui, i, count, t) {
                        Some(Reorder::Swap(a, b)) => swap = Some((a, b)),
                        Some(Reorder::Remove(i)) => remove = Some(i),
                        None => {}
                    }
                    ui.end_row();
                }
            });
        if let Some((a, b)) = swap {
            self.signatories.swap(a, b);
            structural = true;
        }
        if let Some(i) = remove {
            self.signatories.remove(i);
            structural = true;
        }
        if ui.button(t.get("signatory-add")).clicked() {
            self.signatories.push(Signatory {
                name: String::new(),
                affiliation: String::new(),
                country: String::new(),
                personal_capacity: false,
            });
            structural = true;
        }
        if changed || structural {
            actions.push(self.edit(
                StatementField::Signatories,
                StatementEdit::SetSignatories(self.signatories.clone()),
            ));
        }
        if structural {
            actions.push(Action::Seal);
        }
    }

    fn details_ui(&mut self, ui: &mut egui::Ui, t: &Strings, actions: &mut Vec<Action>) {
        ui.heading(t.get("adapt-details"));
        egui::Grid::new("details")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                if text_row_ui(ui, &t.get("detail-publisher"), &mut self.publisher, 320.0) {
                    let edit = StatementEdit::SetPublisher(self.publisher.clone());
                    actions.push(self.edit(StatementField::Publisher, edit));
                }
                if text_row_ui(ui, &t.get("detail-contact"), &mut self.contact, 320.0) {
                    let edit = StatementEdit::SetContact(self.contact.clone());
                    actions.push(self.edit(StatementField::Contact, edit));
                }
                if text_row_ui(ui, &t.get("detail-date"), &mut self.date, 120.0) {
                    match self.date.parse::<Date>() {
                        Ok(date) => {
                            self.errors.remove(&StatementField::Date);
                            actions.push(
                                self.edit(StatementField::Date, StatementEdit::SetDate(date)),
                            );
                        }
                        Err(why) => {
                            self.errors.insert(StatementField::Date, t.explain(&why));
                        }
                    }
                }
                if let Some(error) = self.errors.get(&StatementField::Date) {
                    ui.label("");
                    ui.label(
                        RichText::new(error)
                            .small()
                            .color(ui.visuals().error_fg_color),
                    );
                    ui.end_row();
                }
            });
    }
}

/// The locales of `statement` whose sign-off is current.
fn signed_off(ws: &Workspace, statement: &Id) -> Vec<Locale> {
    let Some(file) = ws.statements.get(statement) else {
        return Vec::new();
    };
    file.statement
        .all_locales()
        .filter(|locale| {
            ReviewSummary::of(ws, statement, locale)
                .is_some_and(|r| r.signoff_state == SignOffState::Current)
        })
        .cloned()
        .collect()
}

/// Before any change is made: which languages' sign-offs a change of a variable or a section lapses
/// (each covers the facts its text shows), and that the signatories and publication details lapse
/// none.
fn lapses_ui(ui: &mut egui::Ui, signed_off: &[Locale], t: &Strings) {
    if signed_off.is_empty() {
        return;
    }
    let names: Vec<String> = signed_off
        .iter()
        .map(|l| match languages::autonym(l) {
            Some(name) => format!("{name} ({l})"),
            None => l.to_string(),
        })
        .collect();
    let text = t.get_with(
        "adapt-lapses",
        &[
            ("count", names.len().into()),
            ("languages", names.join(", ").into()),
        ],
    );
    ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
}

/// A change to the order of the signatories.
enum Reorder {
    Swap(usize, usize),
    Remove(usize),
}

/// Up, down and remove for signatory `i` of `count`.
fn order_ui(ui: &mut egui::Ui, i: usize, count: usize, t: &Strings) -> Option<Reorder> {
    let mut reorder = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(i > 0, egui::Button::new("⬆"))
            .on_hover_text(t.get("signatory-up"))
            .clicked()
        {
            reorder = Some(Reorder::Swap(i - 1, i));
        }
        if ui
            .add_enabled(i + 1 < count, egui::Button::new("⬇"))
            .on_hover_text(t.get("signatory-down"))
            .clicked()
        {
            reorder = Some(Reorder::Swap(i, i + 1));
        }
        if ui
            .button("✖")
            .on_hover_text(t.get("signatory-remove"))
            .clicked()
        {
            reorder = Some(Reorder::Remove(i));
        }
    });
    reorder
}

/// A labelled one-line input in a grid row; whether its text changed.
fn text_row_ui(ui: &mut egui::Ui, label: &str, text: &mut String, width: f32) -> bool {
    let label = ui.label(label);
    let edit = egui::TextEdit::singleline(text)
        .desired_width(width)
        .min_size(egui::vec2(width, 0.0));
    let changed = ui.add(edit).labelled_by(label.id).changed();
    ui.end_row();
    changed
}

fn self_edit(statement: &Id, name: &str, value: Value) -> Action {
    Action::EditStatement {
        statement: statement.clone(),
        field: StatementField::Variable(name.to_owned()),
        edit: StatementEdit::SetVariable {
            name: name.to_owned(),
            value,
        },
    }
}

/// How a value is written in its input.
fn input_text(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::Number(n) => n.to_string(),
        Value::Date(date) => date.to_string(),
        Value::List(items) => items.join("\n"),
    }
}

/// The value an input stands for, of the same kind as `current`; or why not.
fn parse_input(current: &Value, text: &str) -> Result<Value, Explanation> {
    match current {
        Value::Text(_) => Ok(Value::Text(text.to_owned())),
        Value::Number(_) => text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(Value::Number)
            .ok_or_else(|| Explanation::new("invalid-number")),
        Value::Date(_) => text
            .trim()
            .parse::<Date>()
            .map(Value::Date)
            .map_err(|e| e.explain()),
        Value::List(_) => Ok(Value::List(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_parsed_by_the_variable_kind() {
        let number = Value::Number(7.0);
        assert_eq!(parse_input(&number, " 5 "), Ok(Value::Number(5.0)));
        assert_eq!(
            parse_input(&number, "five"),
            Err(Explanation::new("invalid-number"))
        );
        let date = Value::Date("2023-07-25".parse().unwrap());
        assert!(parse_input(&date, "2023-02-30").is_err());
        let list = Value::List(vec![]);
        assert_eq!(
            parse_input(&list, "Moscow\n\n Perm "),
            Ok(Value::List(vec!["Moscow".into(), "Perm".into()]))
        );
        assert_eq!(input_text(&Value::Number(1000.0)), "1000");
    }
}
