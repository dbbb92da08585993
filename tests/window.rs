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

#[test]
fn text_size_larger_enlarges_the_preview_with_everything_else() {
    let ws = Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut harness = harness(ws);
    harness
        .get_by_label_contains("Free Boris Kagarlitsky, uk:")
        .click();
    harness.run();
    // The preview's headline and its first signatory, and a field, measured in the window's pixels.
    let sizes = |h: &Harness<'_, ChorusApp>| {
        let headline = h.get_by_label("Свободу Борисові Кагарлицькому — негайно!");
        let signatory = h.get_by_label_contains("Ana Lima (");
        let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
        [headline, signatory, field].map(|node| {
            let rect = node.rect();
            rect.height() * h.ctx.pixels_per_point()
        })
    };
    let before = sizes(&harness);
    for _ in 0..2 {
        harness.get_by_label("Text size").click();
        harness.run();
        harness.get_by_label("Larger").click();
        harness.run();
    }
    let after = sizes(&harness);
    for (what, (b, a)) in ["preview headline", "signatory", "search field"]
        .iter()
        .zip(before.iter().zip(&after))
    {
        assert!(a > &(b * 1.15), "{what}: {b} px before, {a} px after");
    }
}

#[test]
fn every_dialog_closes_with_escape_and_holds_the_window_behind_it() {
    use egui::{Key, Modifiers};
    let ws = Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut harness = harness(ws);
    let escape = |h: &mut Harness<'_, ChorusApp>| {
        h.key_press(Key::Escape);
        h.run();
    };
    // Each dialog, opened as a user opens it, with what it shows.
    type Opener = fn(&mut Harness<'_, ChorusApp>);
    let dialogs: [(&str, Opener); 5] = [
        ("Export “Free Boris Kagarlitsky”", |h| {
            h.key_press_modifiers(Modifiers::COMMAND, Key::E)
        }),
        ("Add a locale", |h| h.get_by_label("Add locale…").click()),
        ("New statement from a template", |h| {
            h.get_by_label("New statement from template…").click()
        }),
        ("Keyboard shortcuts", |h| h.key_press(Key::F1)),
        ("Open a workspace", |h| {
            h.key_press_modifiers(Modifiers::COMMAND, Key::O)
        }),
    ];
    // ("Keyboard shortcuts" is also a line of its own dialog: count, don't find one.)
    let count = |h: &Harness<'_, ChorusApp>, title: &str| h.query_all_by_label(title).count();
    for (title, open) in dialogs {
        let before = count(&harness, title);
        open(&mut harness);
        harness.run();
        assert!(count(&harness, title) > before, "{title} did not open");
        escape(&mut harness);
        assert_eq!(
            count(&harness, title),
            before,
            "{title} is still open after Escape"
        );
    }
    // A modal dialog holds the window: a click on the overview behind the export dialog opens
    // nothing on top of it (it closes the dialog, as Escape does).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Add locale…").click();
    harness.run();
    assert!(harness.query_by_label("Add a locale").is_none());
    assert!(
        harness
            .query_by_label("Export “Free Boris Kagarlitsky”")
            .is_none()
    );
}

#[test]
fn add_locale_with_sixty_statements_keeps_its_buttons_in_a_small_window() {
    let dir = common::sample_copy();
    let statements = dir.path().join("statements");
    let original = std::fs::read_to_string(statements.join("petition-kagarlitsky.ron")).unwrap();
    for i in 0..57 {
        let id = format!("petition-{i:02}");
        let text = original
            .replace("\"petition-kagarlitsky\"", &format!("\"{id}\""))
            .replace("Petition: sign for", &format!("Petition {i:02}: sign for"));
        std::fs::write(statements.join(format!("{id}.ron")), text).unwrap();
    }
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(ws.statements.len(), 60);
    let size = egui::vec2(1024.0, 768.0);
    let mut app = ChorusApp::new(ws);
    app.set_language("en");
    let mut harness = start(harness_builder(size), app);
    harness.get_by_label("Add locale…").click();
    harness.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    for label in ["Add a locale", "Language tag (BCP 47)", "Add", "Cancel"] {
        let rect = harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?}");
    }
}
