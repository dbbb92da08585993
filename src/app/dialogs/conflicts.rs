//! "Settle what was changed on both sides": after a Share that could not merge, each message both
//! sides changed differently, with what each side did to it since they started (word diffs), and a
//! choice: keep mine, take theirs, or write it myself. "Merge and share" then makes the merge with
//! those choices; "Later" leaves everything as it is (the work stays committed here).

use egui::RichText;

use crate::app::i18n::Strings;
use crate::app::widgets::diff_ui;
use crate::base::ids::Locale;
use crate::review::diff::{self, Granularity};
use crate::share::merge::Choice;
use crate::share::resolve::Resolution;
use crate::share::sync::Conflict;

/// One conflict and how the user is settling it.
struct Item {
    conflict: Conflict,
    /// 0 mine, 1 theirs, 2 written here.
    chosen: usize,
    written: String,
}

pub struct ConflictDialog {
    items: Vec<Item>,
}

/// What the user asked for.
pub enum Outcome {
    Open,
    Later,
    Merge(Vec<Resolution>),
}

impl ConflictDialog {
    pub fn new(conflicts: Vec<Conflict>) -> Self {
        let items = conflicts
            .into_iter()
            .map(|conflict| {
                let written = conflict
                    .sides
                    .as_ref()
                    .and_then(|s| s.mine.clone())
                    .unwrap_or_default();
                Item {
                    conflict,
                    chosen: 0,
                    written,
                }
            })
            .collect();
        Self { items }
    }

    pub fn ui(&mut self, ctx: &egui::Context, t: &Strings) -> Outcome {
        let mut outcome = Outcome::Open;
        let modal = egui::Modal::new(egui::Id::unique("conflicts")).show(ctx, |ui| {
            ui.set_width(720.0);
            ui.heading(t.get("conflicts-title"));
            ui.label(RichText::new(t.get("conflicts-explained")).weak());
            let height = (ctx.content_rect().height() - 220.0).max(160.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| {
                    for (i, item) in self.items.iter_mut().enumerate() {
                        ui.push_id(i, |ui| item_ui(ui, item, t));
                        ui.separator();
                    }
                });
            ui.horizontal(|ui| {
                if ui.button(t.get("conflicts-merge")).clicked() {
                    outcome = Outcome::Merge(self.items.iter().map(resolution).collect());
                }
                if ui.button(t.get("conflicts-later")).clicked() {
                    outcome = Outcome::Later;
                }
            });
        });
        if matches!(outcome, Outcome::Open) && modal.should_close() {
            outcome = Outcome::Later;
        }
        outcome
    }
}

fn resolution(item: &Item) -> Resolution {
    let choice = match item.chosen {
        1 => Choice::Theirs,
        2 => Choice::Text(item.written.clone()),
        _ => Choice::Mine,
    };
    Resolution {
        file: item.conflict.file.clone(),
        id: item.conflict.id.clone(),
        choice,
    }
}

/// The locale a workspace file is in (`locales/<locale>/…`), for its diffs.
fn locale_of(file: &str) -> Locale {
    let parts: Vec<&str> = file.split('/').collect();
    let named = parts
        .iter()
        .position(|p| *p == "locales")
        .and_then(|i| parts.get(i + 1));
    named
        .and_then(|tag| Locale::new(*tag).ok())
        .unwrap_or_else(|| Locale::new("en").expect("en is a locale"))
}

fn item_ui(ui: &mut egui::Ui, item: &mut Item, t: &Strings) {
    let c = &item.conflict;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&c.id).monospace().strong());
        ui.label(RichText::new(&c.file).weak());
    });
    let locale = locale_of(&c.file);
    if let Some(sides) = &c.sides {
        let base = sides.base.as_deref().unwrap_or("");
        let granularity = Granularity::for_locale(&locale);
        for (label, side) in [
            ("conflicts-mine", &sides.mine),
            ("conflicts-theirs", &sides.theirs),
        ] {
            ui.label(RichText::new(t.get(label)).small());
            let runs = diff::diff(base, side.as_deref().unwrap_or(""), granularity);
            diff_ui(ui, &runs, &locale);
        }
    } else {
        ui.label(RichText::new(t.get("conflicts-whole")).small().weak());
    }
    ui.horizontal(|ui| {
        ui.radio_value(&mut item.chosen, 0, t.get("conflicts-keep-mine"));
        ui.radio_value(&mut item.chosen, 1, t.get("conflicts-take-theirs"));
        if c.sides.is_some() {
            ui.radio_value(&mut item.chosen, 2, t.get("conflicts-write"));
        }
    });
    if item.chosen == 2 {
        let label = ui.label(RichText::new(t.get("conflicts-written")).small());
        ui.add(
            egui::TextEdit::multiline(&mut item.written)
                .code_editor()
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    }
}
