//! The window, driven without a GPU by egui_kittest: what a user sees on opening the sample workspace,
//! and on opening a workspace with a broken file. (The harness also fails on any widget without an
//! accessible name and on any glyph no font has.)

mod common;
use std::path::Path;

use chorus::app::ChorusApp;
use chorus::base::ids::{Id, Locale};
use chorus::workspace::Workspace;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use common::{harness_builder, start};

fn harness(ws: Workspace) -> Harness<'static, ChorusApp> {
    let mut app = ChorusApp::new(ws);
    app.set_language("en");
    start(harness_builder(egui::vec2(1100.0, 1400.0)), app)
}

#[test]
fn the_sample_lists_its_statements_with_progress_per_locale() {
    let ws = Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let en = Locale::new("en").unwrap();
    let kagarlitsky = ws
        .file(&en, &Id::new("free-boris-kagarlitsky").unwrap())
        .unwrap();
    let total = kagarlitsky.document.ids().count();
    let harness = harness(ws);
    for title in [
        "Free Boris Kagarlitsky",
        "Petition: sign for Boris Kagarlitsky",
        "Release a detained activist",
    ] {
        harness.get_by_label(title);
    }
    // A cell per statement and locale, each row headed by the locale and its own name.
    for title in [
        "Free Boris Kagarlitsky",
        "Petition: sign for Boris Kagarlitsky",
        "Release a detained activist",
    ] {
        for locale in ["en", "ru", "uk", "es", "fr", "de", "pt-BR", "ar", "zh-CN"] {
            harness.get_by_label_contains(&format!("{title}, {locale}: "));
        }
    }
    for (locale, name) in [
        ("ru", "русский"),
        ("ar", "العربية"),
        ("pt-BR", "português (Brasil)"),
    ] {
        harness.get_by_label(locale);
        harness.get_by_label(name);
    }
    let complete = format!("{total} of {total} translated");
    assert!(
        harness.query_all_by_label_contains(&complete).count() >= 7,
        "{complete}"
    );
    assert!(harness.query_by_label_contains("Problems").is_none());
}

#[test]
fn problems_are_listed_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("statements")).unwrap();
    std::fs::write(
        dir.path().join("statements/broken.ron"),
        "Statement(\n    format: 1,\n    id: oops,\n)\n",
    )
    .unwrap();
    let harness = harness(Workspace::load(dir.path()).unwrap());
    harness.get_by_label("Problems (1)");
    harness.get_by_label_contains("statements/broken.ron:3:");
    harness.get_by_label("This workspace has no statements yet.");
}
