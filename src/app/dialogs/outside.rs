//! "Changed on disk": a file that another program changed while the workspace holds unsaved edits of
//! it (or deleted, or that cannot be read back). It shows what they changed as a diff against the saved
//! version, message by message for a Fluent file, and asks: reload, keep mine (theirs saved beside it),
//! merge (when the two sides changed different messages), or decide later (the file's save stays
//! refused until then). The work itself is the core's [`Workspace::reload`], [`Workspace::keep_mine`]
//! and [`Workspace::merge`].

use egui::RichText;

use crate::app::i18n::Strings;
use crate::app::widgets::diff_ui;
use crate::base::ids::Locale;
use crate::review::diff::{self, Granularity, Run};
use crate::workspace::disk_changes::{self, ChangeError, OutsideChange};
use crate::workspace::{FileKey, Workspace};

/// What the user chose for the file shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Reload,
    KeepMine,
    Merge,
    Later,
}

pub struct OutsideDialog {
    queue: Vec<Item>,
}

struct Item {
    change: OutsideChange,
    /// The language of the file's text, for the diff's direction and granularity.
    locale: Locale,
    view: View,
    /// Why the last choice could not be carried out.
    error: Option<String>,
}

enum View {
    /// A Fluent file: the messages they changed, and those changed only here.
    Messages {
        theirs: Vec<Message>,
        mine_only: Vec<String>,
        /// The first message changed on both sides, which stops a merge.
        conflict: Option<String>,
        mine_outside_messages: bool,
    },
    /// A statement or review file: their text against the saved one.
    Text(Vec<Run>),
    Deleted,
    Unreadable(ChangeError),
}

struct Message {
    id: String,
    how: &'static str,
    runs: Vec<Run>,
    conflicts: bool,
}

impl OutsideDialog {
    pub fn new() -> Self {
        Self { queue: Vec::new() }
    }

    /// Whether a file is waiting for the user's choice.
    pub fn is_asking(&self) -> bool {
        !self.queue.is_empty()
    }

    /// Adds a file to settle, replacing an earlier entry for the same file.
    pub fn push(&mut self, ws: &Workspace, change: OutsideChange) {
        let locale = match &change.key {
            FileKey::Messages(locale, _) | FileKey::Reviews(_, locale) => locale.clone(),
            FileKey::Statement(id) => ws.statements.get(id).map_or_else(
                || Locale::new("en").expect("valid"),
                |f| f.statement.source.clone(),
            ),
        };
        let view = view_of(ws, &change, &locale);
        let item = Item {
            change,
            locale,
            view,
            error: None,
        };
        match self
            .queue
            .iter_mut()
            .find(|i| i.change.key == item.change.key)
        {
            Some(existing) => *existing = item,
            None => self.queue.push(item),
        }
    }

    /// The file shown, for the app to act on a choice.
    pub fn current(&self) -> Option<&OutsideChange> {
        self.queue.first().map(|i| &i.change)
    }

    /// The choice was carried out: on to the next file.
    pub fn settled(&mut self) {
        if !self.queue.is_empty() {
            self.queue.remove(0);
        }
    }

    /// The choice could not be carried out; the file stays, with why.
    pub fn failed(&mut self, why: String) {
        if let Some(item) = self.queue.first_mut() {
            item.error = Some(why);
        }
    }

    /// Shows the first file; returns the user's choice for it.
    pub fn ui(&mut self, ctx: &egui::Context, t: &Strings) -> Option<Choice> {
        let total = self.queue.len();
        let item = self.queue.first()?;
        let change = &item.change;
        let path = change.path.display().to_string();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ctx, |ui| {
            ui.set_max_width(720.0);
            ui.heading(t.get("outside-title"));
            if total > 1 {
                let args = [("n", 1.into()), ("total", total.into())];
                ui.label(RichText::new(t.get_with("outside-count", &args)).weak());
            }
            let intro = if change.deleted() {
                "outside-deleted"
            } else {
                "outside-changed"
            };
            ui.label(t.get_with(intro, &[("path", path.clone().into())]));
            if change.mine_unsaved {
                ui.label(RichText::new(t.get("outside-mine")).color(ui.visuals().warn_fg_color));
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .auto_shrink([false, true])
                .show(ui, |ui| view_ui(ui, &item.view, &item.locale, t));
            ui.separator();
            if let Some(error) = &item.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            if let Some(chosen) = choices_ui(ui, item, t) {
                choice = Some(chosen);
            }
        });
        choice
    }
}

/// Reload, Keep mine, Merge (when it can) and Decide later, for one changed file.
fn choices_ui(ui: &mut egui::Ui, item: &Item, t: &Strings) -> Option<Choice> {
    let change = &item.change;
    let mut choice = None;
    let merge_refusal = match &item.view {
        View::Messages {
            conflict: Some(id), ..
        } => Some(t.get_with("outside-merge-refused", &[("id", id.clone().into())])),
        View::Messages {
            mine_outside_messages: true,
            ..
        } => Some(t.get("outside-merge-comments")),
        View::Messages { .. } => None,
        _ => Some(t.get("outside-merge-not-fluent")),
    };
    let theirs = disk_changes::beside(&change.path, 1).display().to_string();
    ui.horizontal_wrapped(|ui| {
        let reload = ui.add_enabled(
            !matches!(change.key, FileKey::Statement(_)) || !change.deleted(),
            egui::Button::new(t.get("outside-reload")),
        );
        if reload.on_hover_text(t.get("outside-reload-hint")).clicked() {
            choice = Some(Choice::Reload);
        }
        let keep = ui
            .button(t.get("outside-keep"))
            .on_hover_text(t.get_with("outside-keep-hint", &[("path", theirs.into())]));
        if keep.clicked() {
            choice = Some(Choice::KeepMine);
        }
        let merge = ui.add_enabled(
            merge_refusal.is_none() && !change.deleted(),
            egui::Button::new(t.get("outside-merge")),
        );
        let merge = match &merge_refusal {
            Some(why) => merge.on_disabled_hover_text(why),
            None => merge.on_hover_text(t.get("outside-merge-hint")),
        };
        if merge.clicked() {
            choice = Some(Choice::Merge);
        }
        if ui
            .button(t.get("outside-later"))
            .on_hover_text(t.get("outside-later-hint"))
            .clicked()
        {
            choice = Some(Choice::Later);
        }
    });
    if let Some(why) = merge_refusal.filter(|_| !change.deleted()) {
        ui.label(RichText::new(why).small().weak());
    }
    choice
}

fn view_of(ws: &Workspace, change: &OutsideChange, locale: &Locale) -> View {
    if change.deleted() {
        return View::Deleted;
    }
    let theirs = match change.text() {
        Ok(text) => text,
        Err(why) => return View::Unreadable(why),
    };
    let granularity = Granularity::for_locale(locale);
    match ws.compare_outside(change) {
        Some(Ok(comparison)) => {
            let theirs = comparison
                .messages
                .iter()
                .filter(|m| m.changed_by_them())
                .map(|m| Message {
                    id: m.id.clone(),
                    how: match (&m.saved, &m.theirs) {
                        (None, _) => "outside-message-added",
                        (_, None) => "outside-message-removed",
                        _ => "outside-message-changed",
                    },
                    runs: diff::diff(
                        m.saved.as_deref().unwrap_or_default(),
                        m.theirs.as_deref().unwrap_or_default(),
                        granularity,
                    ),
                    conflicts: m.conflicts(),
                })
                .collect();
            View::Messages {
                theirs,
                mine_only: comparison
                    .messages
                    .iter()
                    .filter(|m| m.changed_by_me() && !m.changed_by_them())
                    .map(|m| m.id.clone())
                    .collect(),
                conflict: comparison
                    .messages
                    .iter()
                    .find(|m| m.conflicts())
                    .map(|m| m.id.clone()),
                mine_outside_messages: comparison.mine_outside_messages,
            }
        }
        Some(Err(why)) => View::Unreadable(why),
        None => {
            let saved = match &change.key {
                FileKey::Statement(id) => ws.statements.get(id).map(|f| f.text.clone()),
                FileKey::Reviews(id, locale) => ws
                    .reviews
                    .get(&(id.clone(), locale.clone()))
                    .map(|f| f.saved.to_ron()),
                FileKey::Messages(..) => None,
            };
            View::Text(diff::diff(
                &saved.unwrap_or_default(),
                theirs,
                Granularity::Word,
            ))
        }
    }
}

fn view_ui(ui: &mut egui::Ui, view: &View, locale: &Locale, t: &Strings) {
    match view {
        View::Deleted => {
            ui.label(t.get("outside-deleted-hint"));
        }
        View::Unreadable(why) => {
            ui.label(RichText::new(t.explain(why)).color(ui.visuals().error_fg_color));
        }
        View::Text(runs) => {
            diff_ui(ui, runs, locale);
        }
        View::Messages {
            theirs, mine_only, ..
        } => {
            if theirs.is_empty() {
                ui.label(t.get("outside-no-message-changed"));
            }
            for message in theirs {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&message.id).monospace().strong());
                    ui.label(RichText::new(t.get(message.how)).weak());
                    if message.conflicts {
                        ui.label(
                            RichText::new(t.get("outside-message-conflict"))
                                .color(ui.visuals().error_fg_color),
                        );
                    }
                });
                diff_ui(ui, &message.runs, locale);
                ui.add_space(4.0);
            }
            if !mine_only.is_empty() {
                ui.separator();
                let ids = mine_only.join(", ");
                ui.label(t.get_with("outside-mine-only", &[("ids", ids.into())]));
            }
        }
    }
}
