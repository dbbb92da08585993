//! Files changed on disk by another program while the window holds them: noticed, shown as a diff,
//! and settled by reloading, keeping mine (theirs saved beside) or merging; never overwritten silently.

mod common;

use std::fs;
use std::path::Path;

use chorus::app::ChorusApp;
use chorus::base::ids::{Id, Locale};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::{app_on, harness_builder, sample_copy, start, until};

const FR: &str = "locales/fr/free-boris-kagarlitsky.ftl";

fn harness(app: ChorusApp) -> Harness<'static, ChorusApp> {
    start(harness_builder(egui::vec2(1400.0, 1000.0)), app)
}

/// Replaces a message field's text, as a user would: cursor in it, Ctrl+A, type.
fn retype_message(harness: &mut Harness<'_, ChorusApp>, id: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::MultilineTextInput, id)
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, id)
        .type_text(text);
    harness.run();
}

/// Another program rewrites a file: one line replaced.
fn edit_on_disk(dir: &Path, file: &str, from: &str, to: &str) -> String {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} not in {file}");
    let text = text.replace(from, to);
    fs::write(&path, &text).unwrap();
    text
}

/// The window gets the focus back, as after switching from the other program.
fn focus(harness: &mut Harness<'_, ChorusApp>) {
    harness.event(egui::Event::WindowFocused(true));
}

fn until_asked(harness: &mut Harness<'_, ChorusApp>) {
    focus(harness);
    until(
        harness,
        ChorusApp::is_asking_about_outside_changes,
        "the question about a file changed on disk",
    );
}

fn save(harness: &mut Harness<'_, ChorusApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    until(harness, |app| !app.is_saving(), "the save");
}

fn fr_value(harness: &Harness<'_, ChorusApp>, id: &str) -> String {
    let ws = harness.state().workspace();
    let file = ws
        .file(
            &Locale::new("fr").unwrap(),
            &Id::new("free-boris-kagarlitsky").unwrap(),
        )
        .unwrap();
    file.document.value_text(id).unwrap_or_default()
}

/// The window on a workspace, with the French translation of the Kagarlitsky statement open.
fn french(dir: &Path) -> Harness<'static, ChorusApp> {
    let mut harness = harness(app_on(dir));
    harness
        .get_by_label_contains("Free Boris Kagarlitsky, fr:")
        .click();
    harness.run();
    harness
}

#[test]
fn a_file_changed_on_disk_is_shown_as_a_diff_and_merged_kept_or_reloaded_never_overwritten() {
    let dir = sample_copy();
    let mut harness = french(dir.path());

    // 1. Different messages on each side: the diff shows theirs, and merge keeps both.
    retype_message(&mut harness, "headline", "Libérez Boris Kagarlitsky !");
    edit_on_disk(
        dir.path(),
        FR,
        "signatories-heading = Signataires",
        "signatories-heading = Premiers signataires",
    );
    until_asked(&mut harness);
    harness.get_by_label("Changed on disk");
    harness.get_by_label_contains(&format!("{FR} was changed by another program."));
    harness.get_by_label("You have unsaved changes to this file.");
    harness.get_by_label("signatories-heading");
    harness.get_by_label("changed on disk");
    harness.get_by_label("Changed only here: headline");
    // The word diff: "Premiers" inserted.
    harness.get_by_label_contains("Premiers");
    assert!(!harness.get_by_label("Merge").accesskit_node().is_disabled());
    harness.get_by_label("Merge").click();
    harness.run();
    assert!(!harness.state().is_asking_about_outside_changes());
    harness.get_by_label_contains("Merged locales/fr/free-boris-kagarlitsky.ftl");
    assert_eq!(
        fr_value(&harness, "headline"),
        "Libérez Boris Kagarlitsky !"
    );
    assert_eq!(
        fr_value(&harness, "signatories-heading"),
        "Premiers signataires"
    );
    // Undo cannot reach back past the merge into bytes that moved.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        fr_value(&harness, "headline"),
        "Libérez Boris Kagarlitsky !"
    );
    save(&mut harness);
    let on_disk = fs::read_to_string(dir.path().join(FR)).unwrap();
    assert!(on_disk.contains("headline = Libérez Boris Kagarlitsky !\n"));
    assert!(on_disk.contains("signatories-heading = Premiers signataires\n"));
    assert!(!dir.path().join(format!("{FR}.theirs")).exists());

    // 2. The same message on both sides: no merge; "Keep mine" puts theirs beside the file.
    retype_message(&mut harness, "headline", "Libérez-le !");
    let theirs = edit_on_disk(
        dir.path(),
        FR,
        "headline = Libérez Boris Kagarlitsky !",
        "headline = Liberté pour Boris Kagarlitsky !",
    );
    until_asked(&mut harness);
    harness.get_by_label("also changed here, differently");
    assert!(harness.get_by_label("Merge").accesskit_node().is_disabled());
    harness.get_by_label("“headline” was changed on both sides: reload, or keep yours.");
    // "Decide later": the save is refused and the file on disk stays theirs.
    harness.get_by_label("Decide later").click();
    harness.run();
    assert!(!harness.state().is_asking_about_outside_changes());
    save(&mut harness);
    assert_eq!(fs::read_to_string(dir.path().join(FR)).unwrap(), theirs);
    harness.get_by_label_contains("changed on disk since it was opened; nothing was saved");
    // The refusal asks again.
    until_asked(&mut harness);
    harness.get_by_label("Keep mine").click();
    harness.run();
    let beside = dir.path().join(format!("{FR}.theirs"));
    assert_eq!(fs::read_to_string(&beside).unwrap(), theirs);
    harness.get_by_label_contains(&format!("{FR}.theirs"));
    assert_eq!(fr_value(&harness, "headline"), "Libérez-le !");
    save(&mut harness);
    let on_disk = fs::read_to_string(dir.path().join(FR)).unwrap();
    assert!(on_disk.contains("headline = Libérez-le !\n"), "{on_disk}");
    assert_eq!(fs::read_to_string(&beside).unwrap(), theirs);

    // 3. "Reload" takes theirs and drops the edit made here.
    retype_message(&mut harness, "demand", "Libérez-le.");
    let theirs = edit_on_disk(
        dir.path(),
        FR,
        "headline = Libérez-le !",
        "headline = Libre !",
    );
    until_asked(&mut harness);
    harness.get_by_label("Reload from disk").click();
    harness.run();
    assert_eq!(fr_value(&harness, "headline"), "Libre !");
    assert!(fr_value(&harness, "demand").starts_with("Nous exigeons"));
    assert_eq!(
        harness.state().dirty_files(),
        0,
        "the edit made here was dropped"
    );
    assert_eq!(fs::read_to_string(dir.path().join(FR)).unwrap(), theirs);

    // 4. A file with no unsaved edits here is reloaded at once, and the status bar says so.
    edit_on_disk(
        dir.path(),
        "locales/de/free-boris-kagarlitsky.ftl",
        "signatories-heading = ",
        "signatories-heading = Erstunterzeichnende · ",
    );
    focus(&mut harness);
    until(
        &mut harness,
        |app| {
            let de = Locale::new("de").unwrap();
            let id = Id::new("free-boris-kagarlitsky").unwrap();
            app.workspace()
                .file(&de, &id)
                .and_then(|f| f.document.value_text("signatories-heading"))
                .is_some_and(|v| v.starts_with("Erstunterzeichnende"))
        },
        "reloading the German file",
    );
    assert!(!harness.state().is_asking_about_outside_changes());
    harness.get_by_label_contains(
        "Reloaded a file changed on disk: locales/de/free-boris-kagarlitsky.ftl",
    );
}

#[test]
fn a_messages_file_deleted_on_disk_is_kept_and_written_again_only_when_saved() {
    let dir = sample_copy();
    let mut harness = french(dir.path());
    retype_message(&mut harness, "headline", "Libérez-le !");
    fs::remove_file(dir.path().join(FR)).unwrap();
    until_asked(&mut harness);
    harness.get_by_label_contains(&format!("{FR} was deleted by another program."));
    assert!(harness.get_by_label("Merge").accesskit_node().is_disabled());
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert!(
        !dir.path().join(FR).exists(),
        "nothing is written before a save"
    );
    save(&mut harness);
    let on_disk = fs::read_to_string(dir.path().join(FR)).unwrap();
    assert!(on_disk.contains("headline = Libérez-le !\n"));
}
