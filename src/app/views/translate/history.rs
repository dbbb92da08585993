//! The translate view's use of the History panel: opened from a row's History button, and
//! "Restore this version" as an ordinary, undoable edit.

use std::path::PathBuf;

use super::{TranslateView, Unwritten};
use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::views::history::HistoryPanel;
use crate::fluent::draft::MessageField;

impl TranslateView {
    /// Opens the History panel on the row `i`'s message (or closes it, when it shows that one).
    pub(super) fn toggle_history(&mut self, ctx: &egui::Context, root: PathBuf, i: usize) {
        let Some(row) = self.rows.get(i) else {
            return;
        };
        if self.history.as_ref().is_some_and(|h| h.id == row.id) {
            self.history = None;
            return;
        }
        let id = row.id.clone();
        self.history = Some(HistoryPanel::open(
            ctx,
            root,
            &self.statement,
            &self.locale,
            id,
        ));
    }

    /// The panel, when open.
    pub(super) fn history_ui(&mut self, ui: &mut egui::Ui, t: &Strings, actions: &mut Vec<Action>) {
        let Some(panel) = &mut self.history else {
            return;
        };
        let asked = panel.ui(ui, t, &self.locale, true);
        if asked.close {
            self.history = None;
        }
        if let Some(text) = asked.restore {
            self.restore(&text, actions);
        }
    }

    /// Puts an earlier version of the history's message back: one edit, undone as any other.
    fn restore(&mut self, text: &str, actions: &mut Vec<Action>) {
        let Some(id) = self.history.as_ref().map(|h| h.id.clone()) else {
            return;
        };
        let Some(i) = self.rows.iter().position(|r| r.id == id) else {
            return;
        };
        self.rows[i].raw = Some(text.to_owned());
        match self.field_edit(i, MessageField::Source) {
            Ok(action) => {
                actions.push(action);
                actions.push(Action::Seal);
            }
            Err(why) => {
                self.rows[i]
                    .errors
                    .insert(MessageField::Source, Unwritten::Draft(why));
            }
        }
        self.select(i);
    }
}
