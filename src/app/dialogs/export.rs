//! "Export…": a statement's languages with their sign-off, the formats, and the folder (typed, or chosen
//! in the system's dialog through rfd's async API on its own thread, as rfd returns nothing at once on a
//! desktop with neither a portal nor zenity). The export itself is [`crate::publish::export::export`], the same
//! as `chorus export`; the dialog stays open to show what was written and what was refused.

use std::path::PathBuf;

use egui::RichText;

use crate::app::dialogs::open::FolderPicker;
use crate::app::i18n::Strings;
use crate::app::jobs::{Job, Poll};
use crate::base::explain::Explanation;
use crate::base::ids::{Id, Locale};
use crate::publish::export::{self, Formats, Request};
use crate::review::SignOffState;
use crate::workspace::Workspace;
use crate::workspace::reviews::SignOff;

pub struct ExportDialog {
    pub statement: Id,
    title: String,
    rows: Vec<LocaleRow>,
    draft: bool,
    force: bool,
    formats: Formats,
    folder: String,
    picker: FolderPicker,
    /// What the last export did, or why the folder could not be used.
    report: Option<Report>,
    /// An export running in the background: languages rendered and files written, and its outcome.
    running: Option<Job<Result<export::Outcome, export::ExportError>>>,
}

struct LocaleRow {
    locale: Locale,
    name: String,
    state: SignOffState,
    signoff: Option<SignOff>,
    chosen: bool,
}

struct Report {
    written: Vec<PathBuf>,
    problems: Vec<String>,
}

impl ExportDialog {
    /// The dialog for `statement`, with every signed-off language chosen and `<workspace>/export` as
    /// the folder.
    pub fn new(ws: &Workspace, statement: Id) -> Self {
        let title = ws
            .statements
            .get(&statement)
            .map(|f| f.statement.title.clone())
            .unwrap_or_else(|| statement.to_string());
        let rows = export::states(ws, &statement)
            .into_iter()
            .map(|(locale, state, signoff)| LocaleRow {
                name: match crate::locale::languages::autonym(&locale) {
                    Some(name) => format!("{name} ({locale})"),
                    None => locale.to_string(),
                },
                chosen: state == SignOffState::Current,
                locale,
                state,
                signoff,
            })
            .collect();
        Self {
            statement,
            title,
            rows,
            draft: false,
            force: false,
            formats: Formats::BOTH,
            folder: ws.root.join("export").display().to_string(),
            picker: FolderPicker::default(),
            report: None,
            running: None,
        }
    }

    fn may_export(&self, row: &LocaleRow) -> bool {
        self.draft || row.state == SignOffState::Current
    }

    fn run(&mut self, ws: &Workspace, ctx: &egui::Context) {
        let locales: Vec<Locale> = self
            .rows
            .iter()
            .filter(|r| r.chosen && self.may_export(r))
            .map(|r| r.locale.clone())
            .collect();
        let request = Request {
            statement: self.statement.clone(),
            locales,
            formats: self.formats,
            draft: self.draft,
            force: self.force,
        };
        let folder = PathBuf::from(self.folder.trim());
        // The window is not modal: a sign-off may have changed since the dialog opened.
        let states = export::states(ws, &self.statement);
        for row in &mut self.rows {
            if let Some((_, state, signoff)) = states.iter().find(|(l, ..)| *l == row.locale) {
                row.state = *state;
                row.signoff = signoff.clone();
            }
        }
        // On its own thread, with a copy of the workspace as it is now: fifty languages take seconds.
        let ws = ws.clone();
        let total = request.locales.len();
        self.running = Some(Job::spawn(ctx, move |progress| {
            progress.set(0, total);
            export::export_with(&ws, &request, &folder, |done, of| {
                progress.set(done, of);
                !progress.stopped()
            })
        }));
        self.report = None;
    }

    /// Takes the outcome of a finished export, if there is one.
    fn poll(&mut self, t: &Strings) {
        let Some(running) = &self.running else {
            return;
        };
        let outcome = match running.poll() {
            Poll::Ready(outcome) => outcome,
            Poll::Running => return,
            Poll::Ended => Err(export::ExportError::Stopped),
        };
        self.running = None;
        self.report = Some(match outcome {
            Ok(outcome) => {
                let mut problems: Vec<String> =
                    outcome.refused.iter().map(|r| t.explain(r)).collect();
                problems.extend(outcome.incomplete.iter().map(|(locale, missing)| {
                    let incomplete = Explanation::new("export-incomplete")
                        .text("locale", locale)
                        .list("problems", missing);
                    t.explain(&incomplete)
                }));
                if outcome.cancelled {
                    problems.push(t.get("export-cancelled"));
                }
                Report {
                    written: outcome.written,
                    problems,
                }
            }
            Err(err) => Report {
                written: Vec::new(),
                problems: vec![t.explain(&err)],
            },
        });
    }

    /// Whether an export is running.
    pub fn is_exporting(&self) -> bool {
        self.running.is_some()
    }

    /// Shows the dialog; `false` once it is closed.
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, t: &Strings) -> bool {
        self.poll(t);
        match self.picker.poll() {
            Some(Some(folder)) => self.folder = folder.display().to_string(),
            Some(None) => {
                self.report = Some(Report {
                    written: Vec::new(),
                    problems: vec![t.get("open-no-dialog")],
                });
            }
            None => {}
        }
        let mut close = false;
        let mut export_now = false;
        // Modal, as every dialog of the window: nothing behind it opens another on top.
        let modal = egui::Modal::new(egui::Id::unique("export-dialog")).show(ctx, |ui| {
            ui.heading(t.get_with("export-title", &[("title", self.title.clone().into())]));
            ui.add_space(4.0);
            self.locales_ui(ui, t);
            export_now |= self.options_ui(ui, t);
            ui.add_space(8.0);
            let (run, closed, allowed) = self.buttons_ui(ui, t);
            close = closed;
            export_now = (export_now || run) && allowed;
            self.progress_ui(ui, t);
            if let Some(report) = &self.report {
                ui.separator();
                report_ui(ui, report, self.folder.trim(), t);
            }
        });
        // Escape or a click beside it closes it, as Close does; not while exporting, which
        // has its own Stop.
        let open = !(modal.should_close() && self.running.is_none());
        if export_now {
            self.run(ws, ctx);
        }
        if let Some(running) = &self.running
            && (!open || close)
        {
            // Closing the dialog stops the export.
            running.stop();
        }
        open && !close
    }

    /// The languages to export, each with its sign-off, and whether drafts may be.
    fn locales_ui(&mut self, ui: &mut egui::Ui, t: &Strings) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(t.get("export-locales")).strong());
            // Every language that may be exported now (all of them with drafts allowed).
            if ui.small_button(t.get("export-select-all")).clicked() {
                let draft = self.draft;
                for row in &mut self.rows {
                    row.chosen = draft || row.state == SignOffState::Current;
                }
            }
        });
        // Many languages scroll; the options and buttons below stay in the window.
        let reserved = if self.report.is_some() { 620.0 } else { 360.0 };
        let height = (ui.ctx().content_rect().height() - reserved).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt("export-locales")
            .max_height(height)
            .show(ui, |ui| {
                egui::Grid::new("export-locales")
                    .num_columns(2)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| self.rows_ui(ui, t));
            });
        ui.add_space(4.0);
        ui.checkbox(&mut self.draft, t.get("export-drafts"));
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui, t: &Strings) {
        let draft = self.draft;
        for row in &mut self.rows {
            let allowed = draft || row.state == SignOffState::Current;
            let mut chosen = row.chosen && allowed;
            let check =
                ui.add_enabled(allowed, egui::Checkbox::new(&mut chosen, row.name.as_str()));
            if check.changed() {
                row.chosen = chosen;
            }
            ui.label(state_text(row, t));
            ui.end_row();
        }
    }

    /// Format, folder and overwriting; whether Enter was pressed in the folder field.
    fn options_ui(&mut self, ui: &mut egui::Ui, t: &Strings) -> bool {
        let mut entered = false;
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(t.get("export-format"));
            for (formats, label) in [
                (Formats::BOTH, "export-format-both"),
                (Formats::TEXT, "export-format-text"),
                (Formats::HTML, "export-format-html"),
            ] {
                if ui.radio(self.formats == formats, t.get(label)).clicked() {
                    self.formats = formats;
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(t.get("export-folder"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.folder).desired_width(380.0))
                .labelled_by(label.id);
            self.picker.button_ui(ui, &self.folder, t);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                entered = true;
            }
        });
        ui.checkbox(&mut self.force, t.get("export-force"));
        entered
    }

    /// Export and Close: whether each was clicked, and whether an export may start now.
    fn buttons_ui(&mut self, ui: &mut egui::Ui, t: &Strings) -> (bool, bool, bool) {
        let (mut run, mut close) = (false, false);
        let chosen = self
            .rows
            .iter()
            .filter(|r| r.chosen && self.may_export(r))
            .count();
        let folder_given = !self.folder.trim().is_empty();
        let running = self.running.is_some();
        ui.horizontal(|ui| {
            let button = ui
                .add_enabled(
                    chosen > 0 && folder_given && !running,
                    egui::Button::new(t.get("export-run")),
                )
                .on_disabled_hover_text(if folder_given {
                    t.get("export-nothing")
                } else {
                    t.get("export-no-folder")
                });
            if button.clicked() {
                run = true;
            }
            close = ui.button(t.get("export-close")).clicked();
        });
        (run, close, chosen > 0 && folder_given && !running)
    }

    /// The running export's progress, with Stop.
    fn progress_ui(&self, ui: &mut egui::Ui, t: &Strings) {
        if let Some(running) = &self.running {
            let progress = running.progress();
            let (done, total) = (progress.done(), progress.total().max(1));
            ui.horizontal(|ui| {
                let args = [("done", done.into()), ("total", total.into())];
                ui.add(
                    egui::ProgressBar::new(done as f32 / total as f32)
                        .desired_width(260.0)
                        .text(t.get_with("export-progress", &args)),
                );
                let stopping = progress.stopped();
                if ui
                    .add_enabled(!stopping, egui::Button::new(t.get("export-cancel")))
                    .clicked()
                {
                    running.stop();
                }
            });
        }
    }
}

fn state_text(row: &LocaleRow, t: &Strings) -> RichText {
    match (&row.state, &row.signoff) {
        (SignOffState::Current, Some(s)) => RichText::new(t.get_with(
            "signoff-current",
            &[
                ("name", s.reviewer.clone().into()),
                ("time", t.moment(&s.time).into()),
            ],
        )),
        (SignOffState::Lapsed, Some(s)) => {
            RichText::new(t.get_with("signoff-lapsed", &[("name", s.reviewer.clone().into())]))
                .weak()
        }
        _ => RichText::new(t.get("signoff-none")).weak(),
    }
}

fn report_ui(ui: &mut egui::Ui, report: &Report, folder: &str, t: &Strings) {
    if !report.written.is_empty() {
        ui.label(t.get_with(
            "export-done",
            &[
                ("count", report.written.len().into()),
                ("folder", folder.to_owned().into()),
            ],
        ));
        if ui.button(t.get("export-open-folder")).clicked() {
            open_folder(std::path::Path::new(folder));
        }
        // A statement in forty languages writes eighty files: the list scrolls, the dialog
        // stays in the window.
        egui::ScrollArea::vertical()
            .id_salt("written")
            .max_height(120.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for path in &report.written {
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    ui.label(RichText::new(name).small().monospace());
                }
            });
    }
    egui::ScrollArea::vertical()
        .id_salt("problems")
        .max_height(120.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for problem in &report.problems {
                ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
            }
        });
}

/// Opens `folder` in the system's file manager, without waiting for it.
fn open_folder(folder: &std::path::Path) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    // Nothing to report if there is no file manager: the folder's path is shown above.
    let started = std::process::Command::new(opener)
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    // Waited for on a thread of its own, so that it leaves no zombie and the window never waits.
    if let Ok(mut child) = started {
        std::thread::spawn(move || child.wait());
    }
}
