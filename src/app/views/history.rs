//! A message's history panel, as the translate and review views show it: every commit that changed
//! the message (who, when, the commit's summary, a word diff from the version before), read from git
//! on a thread. In the translate view each version can be restored.

use std::path::PathBuf;

use egui::RichText;

use crate::app::i18n::Strings;
use crate::app::jobs::{Job, Poll};
use crate::app::widgets;
use crate::base::ids::{Id, Locale};
use crate::base::moment::Moment;
use crate::review::diff::{self, Granularity};
use crate::share::git::GitError;
use crate::share::history::{self, Change, Version};

/// The history of one message, as far as it has been read.
pub struct HistoryPanel {
    pub id: String,
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

/// What the user did in the panel.
#[derive(Default)]
pub struct Asked {
    pub close: bool,
    /// The whole entry of the version to restore.
    pub restore: Option<String>,
}

impl HistoryPanel {
    /// Starts reading the history of message `id` of `statement` in `locale`, in the workspace at
    /// `root`.
    pub fn open(
        ctx: &egui::Context,
        root: PathBuf,
        statement: &Id,
        locale: &Locale,
        id: String,
    ) -> Self {
        let file = PathBuf::from("locales")
            .join(locale.as_str())
            .join(format!("{statement}.ftl"));
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

    /// The panel at the bottom of `ui`: the versions newest first, each with Restore when
    /// `restorable`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Strings,
        locale: &Locale,
        restorable: bool,
    ) -> Asked {
        let mut asked = Asked::default();
        egui::Panel::bottom("history")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| asked = self.contents_ui(ui, t, locale, restorable));
        asked
    }

    /// The same, drawn where `ui` is (under the message a reviewer judges).
    pub fn contents_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Strings,
        locale: &Locale,
        restorable: bool,
    ) -> Asked {
        self.poll(t);
        let mut asked = Asked::default();
        ui.horizontal(|ui| {
            let title = t.get_with("history-title", &[("id", self.id.clone().into())]);
            ui.strong(title);
            asked.close = ui.small_button(t.get("history-close")).clicked();
        });
        match &self.read {
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
                asked.restore = versions_ui(ui, versions, locale, t, restorable);
            }
        }
        asked
    }
}

/// The versions, newest first; the text of the one whose Restore was clicked.
fn versions_ui(
    ui: &mut egui::Ui,
    versions: &[Version],
    locale: &Locale,
    t: &Strings,
    restorable: bool,
) -> Option<String> {
    let mut restore = None;
    let granularity = Granularity::for_locale(locale);
    egui::ScrollArea::vertical()
        .id_salt("history-versions")
        // The panel's height (at most 400 points under a reviewed message), scrolled: a long
        // history never pushes the panel out of the window.
        .auto_shrink([false, false])
        .max_height(ui.available_height().clamp(120.0, 400.0))
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
                    if restorable
                        && let Some(after) = &v.after
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
