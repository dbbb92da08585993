//! Pictures of the window, rendered by wgpu (on the CPU with Mesa's lavapipe when there is no GPU) and
//! compared with the PNGs in `tests/snapshots/`. The harness's accessibility and missing-glyph checks
//! stay on. To accept a deliberate change of look: `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`,
//! then look at the new pictures before committing them.

mod common;
use chorus::app::ChorusApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use common::{app_on, app_with, copy_sample_to, harness_builder, open_review, reviewing, start};

/// The sample in a folder named `sample`, so that the status bar reads the same on every machine.
fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_sample_to(&dir.path().join("sample"));
    dir
}

fn harness(dir: &std::path::Path) -> Harness<'static, ChorusApp> {
    let builder = harness_builder(egui::vec2(1280.0, 800.0)).with_render_cursor(false);
    start(builder, app_on(&dir.join("sample")))
}

/// The same in the light theme.
fn light_harness(dir: &std::path::Path) -> Harness<'static, ChorusApp> {
    let builder = harness_builder(egui::vec2(1280.0, 800.0)).with_render_cursor(false);
    let settings = chorus::app::Settings {
        theme: chorus::app::Theme::Light,
        ..reviewing("Jana Hoffmann")
    };
    start(builder, app_with(&dir.join("sample"), settings))
}

/// Compares the window with `tests/snapshots/<name>.png`. Without a wgpu adapter the test says so and
/// passes, except under CI, which installs lavapipe so that nothing is skipped there.
fn snapshot(harness: &mut Harness<'_, ChorusApp>, name: &str) {
    match harness.try_snapshot(name) {
        Ok(()) => {}
        Err(egui_kittest::SnapshotError::RenderError { err })
            if std::env::var_os("CI").is_none() =>
        {
            eprintln!(
                "skipping snapshot {name}: no wgpu adapter ({err}); install mesa-vulkan-drivers"
            );
        }
        Err(err) => panic!("{err}"),
    }
}

fn open(harness: &mut Harness<'_, ChorusApp>, locale: &str) {
    harness
        .get_by_label_contains(&format!("Free Boris Kagarlitsky, {locale}:"))
        .click();
    harness.run();
}

/// Asserts that a view's toolbar keeps to one row inside the window: its last widget `last` sits
/// level with its first, "← Overview", and ends inside the window's width.
fn one_row(harness: &Harness<'_, ChorusApp>, last: &str) {
    let first = harness.get_by_label("← Overview").rect();
    let last = harness.get_by_label(last).rect();
    let width = harness.ctx.content_rect().width();
    assert!(
        (first.center().y - last.center().y).abs() < 2.0,
        "{first:?} {last:?}"
    );
    assert!(
        last.max.x <= width,
        "{last:?} is outside the window ({width})"
    );
}

#[test]
fn overview() {
    let dir = sample();
    let mut harness = harness(dir.path());
    snapshot(&mut harness, "overview");
}

#[test]
fn translate_view_in_arabic() {
    let dir = sample();
    let mut harness = harness(dir.path());
    open(&mut harness, "ar");
    snapshot(&mut harness, "translate-ar");
}

#[test]
fn translate_view_in_chinese() {
    let dir = sample();
    let mut harness = harness(dir.path());
    open(&mut harness, "zh-CN");
    snapshot(&mut harness, "translate-zh-CN");
}

#[test]
fn preview_of_the_adapted_statement_in_russian() {
    let dir = sample();
    let mut harness = harness(dir.path());
    harness.get_all_by_label("Adapt…").next().unwrap().click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Locale")
        .click();
    harness.run();
    harness.get_by_label("ru").click();
    harness.run();
    snapshot(&mut harness, "preview-ru");
}

#[test]
fn translate_view_in_the_light_theme() {
    let dir = sample();
    let mut harness = light_harness(dir.path());
    open(&mut harness, "uk");
    one_row(&harness, "Search");
    snapshot(&mut harness, "translate-uk-light");
}

#[test]
fn review_view_in_the_light_theme() {
    let dir = sample();
    let mut harness = light_harness(dir.path());
    open_review(&mut harness, "Free Boris Kagarlitsky", "de");
    // At 1280 px the toolbar keeps to one row.
    one_row(&harness, "Sign off…");
    snapshot(&mut harness, "review-de-light");
}

#[test]
fn toolbars_keep_to_one_row_at_1024_by_768() {
    let dir = sample();
    let builder = harness_builder(egui::vec2(1024.0, 768.0)).with_render_cursor(false);
    let app = app_with(&dir.path().join("sample"), reviewing("Jana Hoffmann"));
    let mut harness = start(builder, app);
    open(&mut harness, "uk");
    one_row(&harness, "Search");
    harness.get_by_label("Review…").click();
    harness.run();
    one_row(&harness, "Sign off…");
    // The review's buttons wrap rather than run out of the window.
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 768.0));
    let inside = |h: &Harness<'_, ChorusApp>, label: &str| {
        let rect = h.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?}");
    };
    for label in ["Approve", "Reject…", "Previous", "Next"] {
        inside(&harness, label);
    }
    harness.get_by_label("← Overview").click();
    harness.run();
    harness.get_all_by_label("Adapt…").next().unwrap().click();
    harness.run();
    one_row(&harness, "Translate this locale");
    // The adapt view at 1024 px: a variable's description, and each signatory's buttons, in view
    // left of the preview (not hidden under it).
    let preview = harness.get_by_label("Preview").rect().min.x;
    let before_preview = |rect: egui::Rect, what: &str| {
        assert!(
            rect.max.x <= preview,
            "{what} at {rect:?}, the preview at x = {preview}"
        );
    };
    let description = harness.get_by_label("The day the FSB detained him").rect();
    before_preview(description, "a variable's description");
    harness.get_by_label("Signatories").scroll_to_me();
    harness.run();
    let removes: Vec<egui::Rect> = harness.get_all_by_label("✖").map(|b| b.rect()).collect();
    assert_eq!(removes.len(), 4, "one per signatory");
    for rect in removes {
        assert!(
            window.contains_rect(rect),
            "a signatory's remove button at {rect:?}"
        );
        before_preview(rect, "a signatory's remove button");
    }
}
