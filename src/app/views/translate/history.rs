//! The History panel of the translate view: every commit that changed the selected message (who,
//! when, the commit's summary, a word diff from the version before), read from git on a thread,
//! with "Restore this version" as an ordinary, undoable edit.

use std::path::PathBuf;

use egui::RichText;

use super::{TranslateView, Unwritten};
use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::jobs::{Job, Poll};
use crate::app::widgets;
use crate::base::moment::Moment;
use crate::fluent::draft::MessageField;
use crate::review::diff::{self, Granularity};
use crate::share::git::GitError;
use crate::share::history::{self, Change, Version};

/// The history of one message, as far as it has been read.
pub(super) struct HistoryPanel {
    pub(super) id: String,
    job: Option<Job<Result<Option<Vec<Version>>, GitError>>>,
    /// What was read, once it was.
    read: Option<Read>,
}

/// What reading a history gave.
enum Read {
    Versions(Vec<Version>),
    /// The workspace is not in a git repository.
    NoRepository,
    /// Why it could not be read, worded for the window.
    Failed(String),
}

impl HistoryPanel {
    /// Starts reading the history of message `id` of the file at `file` (relative to `root`).
    pub(super) fn open(ctx: &egui::Context, root: PathBuf, file: PathBuf, id: String) -> Self {
        let message = id.clone();
        let job = Job::spawn(ctx, move |_| {
            if crate::share::status::status(&root)?.is_none() {
                return Ok(None);
            }
            history::history(&root, &file, &message).map(Some)
        });
        Self {
            id,
            job: Some(job),
            read: None,
        }
    }

    fn poll(&mut self, t: &Strings) {
        let Some(job) = &self.job else {
            return;
        };
        let read = match job.poll() {
            Poll::Running => return,
            Poll::Ready(Ok(Some(versions))) => Read::Versions(versions),
            Poll::Ready(Ok(None)) => Read::NoRepository,
            Poll::Ready(Err(err)) => Read::Failed(t.explain(&err)),
            Poll::Ended => Read::Failed(t.get("history-failed")),
        };
        self.read = Some(read);
        self.job = None;
    }
}

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
        let file = PathBuf::from("locales")
            .join(self.locale.as_str())
            .join(format!("{}.ftl", self.statement));
        self.history = Some(HistoryPanel::open(ctx, root, file, row.id.clone()));
    }

    /// The panel, when open: the versions newest first, each with Restore.
    pub(super) fn history_ui(&mut self, ui: &mut egui::Ui, t: &Strings, actions: &mut Vec<Action>) {
        let Some(panel) = &mut self.history else {
            return;
        };
        panel.poll(t);
        let mut close = false;
        let mut restore = None;
        egui::Panel::bottom("history")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let title = t.get_with("history-title", &[("id", panel.id.clone().into())]);
                    ui.strong(title);
                    close = ui.small_button(t.get("history-close")).clicked();
                });
                match &panel.read {
                    None => {
                        ui.spinner();
                    }
                    Some(Read::Failed(why)) => {
                        ui.label(RichText::new(why).color(ui.visuals().error_fg_color));
                    }
                    Some(Read::NoRepository) => {
                        ui.label(RichText::new(t.get("history-no-repository")).weak());
                    }
                    Some(Read::Versions(versions)) if versions.is_empty() => {
                        ui.label(RichText::new(t.get("history-none")).weak());
                    }
                    Some(Read::Versions(versions)) => {
                        restore = versions_ui(ui, versions, &self.locale, t);
                    }
                }
            });
        if close {
            self.history = None;
        }
        if let Some(text) = restore {
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
                    .insert(MessageField::All, Unwritten::Draft(why));
            }
        }
        self.select(i);
    }
}

/// The versions, newest first; the text of the one whose Restore was clicked.
fn versions_ui(
    ui: &mut egui::Ui,
    versions: &[Version],
    locale: &crate::base::ids::Locale,
    t: &Strings,
) -> Option<String> {
    let mut restore = None;
    let granularity = Granularity::for_locale(locale);
    egui::ScrollArea::vertical()
        .id_salt("history-versions")
        // The panel's height, scrolled: a long history never pushes it out of the window.
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for v in versions {
                let when = t.moment(&Moment::from_timestamp(v.time).to_string());
                let what = match v.change {
                    Change::Added => "history-added",
                    Change::Edited => "history-edited",
                    Change::Moved => "history-moved",
                    Change::Removed => "history-removed",
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&v.author).strong());
                    ui.label(RichText::new(when).weak());
                    ui.label(RichText::new(t.get(what)).weak());
                    ui.label(&v.summary);
                    if let Some(after) = &v.after
                        && ui.small_button(t.get("history-restore")).clicked()
                    {
                        restore = Some(after.clone());
                    }
                });
                let before = v.before.as_deref().unwrap_or("");
                let after = v.after.as_deref().unwrap_or("");
                widgets::diff_ui(ui, &diff::diff(before, after, granularity), locale);
                ui.separator();
            }
        });
    restore
}
