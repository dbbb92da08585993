//! Watching the workspace's files for changes made by other programs: files with no unsaved edits
//! here are reloaded at once, review records merge by themselves, and the rest wait for the user.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::app::jobs::{Job, Waited};
use crate::app::{ChorusApp, Notice, Screen};
use crate::workspace::disk_changes::{Known, OnDisk, Scanner};
use crate::workspace::storage::Digest;
use crate::workspace::{FileKey, Workspace};

/// What the watching thread looks at: the workspace's folder and files, with the digest each should
/// have, and a generation that moves whenever they change (so that it tells again what it found).
type Watched = Arc<Mutex<(u64, PathBuf, Vec<Known>)>>;

/// A job that looks for files changed on disk by other programs: every [`WATCH_INTERVAL`], and at
/// once when woken (the window got the focus, or a save was refused).
pub(in crate::app) struct Watch {
    watched: Watched,
    generation: u64,
    /// What each scan found, with the generation it was made for; dropping it ends the job.
    job: Job<(u64, Vec<OnDisk>)>,
}

/// A file found changed, and what it holds now.
type Seen = (FileKey, Option<Digest>);

/// How often files are looked at for changes made by other programs.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

impl Watch {
    pub(in crate::app) fn start(ws: &Workspace, ctx: &egui::Context) -> Self {
        let watched: Watched = Arc::new(Mutex::new((0, ws.root.clone(), ws.known_files())));
        let shared = Arc::clone(&watched);
        let job = Job::watch(ctx, move |progress, sender| {
            let mut scanner = Scanner::default();
            // What it last told, for which generation: the same again is not news.
            let mut told: Option<(u64, Vec<Seen>)> = None;
            while !progress.stopped() {
                let forced = match sender.wait(WATCH_INTERVAL) {
                    Waited::Nudged => true,
                    Waited::TimedOut => false,
                    Waited::Stopped => return,
                };
                let Ok((generation, root, known)) = shared.lock().map(|w| w.clone()) else {
                    return;
                };
                let changed = scanner.scan(&root, &known);
                let seen: Vec<_> = changed.iter().map(|c| (c.key.clone(), c.digest)).collect();
                let news = told.as_ref() != Some(&(generation, seen.clone()));
                told = Some((generation, seen));
                if !changed.is_empty() && (forced || news) && !sender.send((generation, changed)) {
                    return;
                }
            }
        });
        Self {
            watched,
            generation: 0,
            job,
        }
    }

    /// The workspace's files changed (loaded, saved, reloaded): look at these from now on.
    pub(in crate::app) fn update(&mut self, ws: &Workspace) {
        self.generation += 1;
        if let Ok(mut w) = self.watched.lock() {
            *w = (self.generation, ws.root.clone(), ws.known_files());
        }
    }

    pub(in crate::app) fn wake(&self) {
        self.job.nudge();
    }
}

impl ChorusApp {
    /// Starts watching the workspace's files, or tells the watching thread they changed.
    pub(in crate::app) fn watch_files(&mut self) {
        if let Some(watch) = &mut self.watch {
            watch.update(&self.ws);
        }
    }

    /// Takes what the watching thread found: files with no unsaved edits here are reloaded at once
    /// (and the status bar says so); the others wait in the "Changed on disk" dialog.
    pub(in crate::app) fn poll_watch(&mut self, ctx: &egui::Context) {
        if self.loading.is_some() {
            return;
        }
        let watch = self
            .watch
            .get_or_insert_with(|| Watch::start(&self.ws, ctx));
        if ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        }) {
            watch.wake();
        }
        // A scan made for an earlier generation may be of another workspace, or from before a save
        // of ours was recorded: the thread scans again for the current one and tells it then.
        let generation = watch.generation;
        let mut found: Vec<OnDisk> = (watch.job.drain().0.into_iter())
            .filter(|(g, _)| *g == generation)
            .flat_map(|(_, found)| found)
            .collect();
        if self.saving.is_some() {
            // Our own save may be what changed them; once it is recorded, the thread tells again.
            found.clear();
        }
        let (mut reloaded, mut merged) = (Vec::new(), Vec::new());
        for found in found {
            let Some(change) = self.ws.outside_change(found) else {
                continue;
            };
            if self.later.get(&change.key) == Some(&change.digest) {
                continue;
            }
            let path = change.path.display().to_string();
            // Verdicts recorded here and by another program (`chorus review`, another window)
            // are different records of one file: they merge without asking.
            let reviews = matches!(change.key, FileKey::Reviews(..));
            if !change.mine_unsaved && !change.deleted() && self.ws.reload(&change).is_ok() {
                self.editor.forget(&change.key);
                reloaded.push(path);
            } else if change.mine_unsaved && reviews && self.ws.merge(&change).is_ok() {
                merged.push(path);
            } else {
                self.outside.push(&self.ws, change);
            }
        }
        let just_shared = self
            .shared_at
            .is_some_and(|at| at.elapsed() < std::time::Duration::from_secs(10));
        if !reloaded.is_empty() && !just_shared {
            let args = [
                ("files", reloaded.len().into()),
                ("paths", reloaded.join(", ").into()),
            ];
            self.notice = Some(Notice::Info(
                self.strings.get_with("notice-reloaded", &args),
            ));
        }
        if !merged.is_empty() {
            let args = [("path", merged.join(", ").into())];
            self.notice = Some(Notice::Info(self.strings.get_with("notice-merged", &args)));
        }
        if !reloaded.is_empty() || !merged.is_empty() {
            self.after_outside_change();
            self.save_again_after_conflict(ctx);
        }
    }

    /// Makes the save that was refused because of a change on disk again, once every such change
    /// merged by itself (review records) and nothing waits for the user's choice.
    pub(in crate::app) fn save_again_after_conflict(&mut self, ctx: &egui::Context) {
        if self.save_after_merge && !self.outside.is_asking() && self.saving.is_none() {
            self.save_after_merge = false;
            if self.dirty_files() > 0 {
                self.save(None, ctx);
            }
        }
    }

    /// The workspace took files from disk: the views and the watching thread look again.
    pub(in crate::app) fn after_outside_change(&mut self) {
        self.watch_files();
        match &mut self.screen {
            Screen::Translate(view) => view.rebuild(&self.ws),
            Screen::Adapt(view) => view.rebuild(&self.ws),
            Screen::Review(view) => view.invalidate(),
            Screen::Overview => {}
        }
        self.refresh_status();
    }
}
