//! Helpers shared by the integration tests.

// Each test binary compiles this module; not every one uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root, which holds the sample workspace.
pub fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the sample's statements, locales and reviews in a temporary folder, to change freely.
pub fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_sample_to(dir.path());
    dir
}

/// Copies the sample's statements, locales and reviews into `to`.
pub fn copy_sample_to(to: &Path) {
    for folder in ["statements", "locales", "reviews"] {
        copy_dir(&sample().join(folder), &to.join(folder));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The app on the workspace at `dir`, its window in English.
pub fn app_on(dir: &Path) -> chorus::app::ChorusApp {
    let mut app = chorus::app::ChorusApp::new(chorus::workspace::Workspace::load(dir).unwrap());
    app.set_language("en");
    app
}

/// The app on the workspace at `dir` with `settings` (a reviewer's name, a theme…), its window in
/// English.
pub fn app_with(dir: &Path, settings: chorus::app::Settings) -> chorus::app::ChorusApp {
    let ws = chorus::workspace::Workspace::load(dir).unwrap();
    let mut app = chorus::app::ChorusApp::with_settings(ws, settings);
    app.set_language("en");
    app
}

/// A reviewer's name set in the settings, as after the first review.
pub fn reviewing(name: &str) -> chorus::app::Settings {
    chorus::app::Settings {
        reviewer: Some(name.to_owned()),
        ..Default::default()
    }
}

/// Opens a statement (by title) in a locale for review, from the overview cell's menu.
pub fn open_review(
    harness: &mut egui_kittest::Harness<'_, chorus::app::ChorusApp>,
    title: &str,
    locale: &str,
) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_by_label_contains(&format!("{title}, {locale}:"))
        .click_secondary();
    harness.run();
    harness.get_by_label("Review…").click();
    harness.run();
}

/// egui_kittest's harness for the app at `size`, with the system's fonts (as the window has them).
/// The harness keeps its checks on: every widget needs an accessible name, every glyph a font.
pub fn harness_builder(size: egui::Vec2) -> egui_kittest::HarnessBuilder<chorus::app::ChorusApp> {
    egui_kittest::Harness::builder()
        .with_size(size)
        .with_context_setup(|ctx| {
            ctx.add_font_provider(std::sync::Arc::new(
                egui_system_font_provider::SystemFontProvider::new(),
            ));
        })
}

/// Builds the harness and runs it until the first frames settle.
pub fn start(
    builder: egui_kittest::HarnessBuilder<chorus::app::ChorusApp>,
    app: chorus::app::ChorusApp,
) -> egui_kittest::Harness<'static, chorus::app::ChorusApp> {
    let mut harness =
        builder.build_ui_state(|ui, app: &mut chorus::app::ChorusApp| app.show_ui(ui), app);
    harness.run();
    harness
}

/// Chooses what the translate view shows ("Missing", "With errors"…) from its "Show" box, as a
/// user does: open the box, click the choice.
pub fn show(harness: &mut egui_kittest::Harness<'_, chorus::app::ChorusApp>, filter: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label("Show").click();
    harness.run();
    harness.get_by_label(filter).click();
    harness.run();
}

/// Steps the harness until `done` (background work such as loading or saving finished), at most a
/// few seconds; then lets it settle.
pub fn until(
    harness: &mut egui_kittest::Harness<'_, chorus::app::ChorusApp>,
    done: impl Fn(&chorus::app::ChorusApp) -> bool,
    what: &str,
) {
    for _ in 0..500 {
        harness.step();
        if done(harness.state()) {
            // Other background work (the repository's status, read after a save or a Share) may
            // still be repainting: a few frames more, without asking it to be over.
            harness.run_steps(4);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("{what} did not finish");
}

/// `../shared/corpus`, or `None` with a line saying why the caller skips. Under CI (`CI` set) a missing
/// corpus fails instead, so the corpus tests always run there.
pub fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared/corpus is missing, and CI must run the corpus tests"
    );
    eprintln!("skipping: ../shared/corpus not found (check out ../shared beside this repository)");
    None
}

/// Replaces the whole text of the text field labelled `label` with `text`, as a user would: focus,
/// Ctrl+A, type.
pub fn retype(
    harness: &mut egui_kittest::Harness<'_, chorus::app::ChorusApp>,
    label: &str,
    text: &str,
) {
    use egui_kittest::kittest::Queryable;
    let role = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// The files under `dir` whose names end in `.{extension}`, however deep, in sorted order.
pub fn files_ending(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(files_ending(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
    out
}
