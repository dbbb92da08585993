//! Big and odd input: a 50 MB Fluent file, 100,000 messages, a line of 10,000 characters, NUL bytes, a
//! folder named like a locale that cannot be read, and symbolic-link loops. Each either works or gives
//! a message naming the file; loading shows its progress and can be cancelled.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use chorus::app::{Action, ChorusApp};
use chorus::base::ids::{Id, Locale};
use chorus::base::progress::Progress;
use chorus::fluent::document::{Document, Edit};
use chorus::workspace::{Workspace, WorkspaceError};
use egui_kittest::kittest::Queryable;

use common::{harness_builder, start};

/// A workspace with statement `big`, English source of `messages` messages (every tenth with an
/// attribute) padded to at least `min_bytes`, and a French file with the first `translated` of them.
fn big_workspace(root: &Path, messages: usize, translated: usize, min_bytes: usize) -> usize {
    let mut en = String::with_capacity(min_bytes + 1024);
    en.push_str("### Generated for a test.\n\n");
    let mut fr = en.clone();
    let pad = min_bytes / messages.max(1);
    let filler = "x".repeat(pad.saturating_sub(40));
    for i in 0..messages {
        en.push_str(&format!(
            "m{i} = Paragraph {i} about {{ $name }} {filler}\n"
        ));
        if i % 10 == 0 {
            en.push_str(&format!("    .title = Heading {i}\n"));
        }
        if i < translated {
            fr.push_str(&format!("m{i} = Paragraphe {i} sur {{ $name }}\n"));
        }
    }
    let statement = "Statement(format: 1, id: \"big\", title: \"A big statement\", source: \"en\", \
        locales: [\"fr\"], variables: [Variable(name: \"name\", value: Text(\"Boris\"))], \
        headline: \"m0\", sections: [Section(message: \"m1\")], date: \"2023-08-10\")\n";
    for (path, text) in [
        ("statements/big.ron", statement),
        ("locales/en/big.ftl", en.as_str()),
        ("locales/fr/big.ftl", fr.as_str()),
    ] {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    en.len()
}

fn big() -> Id {
    Id::new("big").unwrap()
}

fn en() -> Locale {
    Locale::new("en").unwrap()
}

#[test]
fn a_50_mb_fluent_file_loads_every_message_and_counts_its_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = big_workspace(dir.path(), 200_000, 10, 50_000_000);
    assert!(bytes >= 50_000_000, "{bytes}");
    let progress = Arc::new(Progress::default());
    let ws = Workspace::load_with(dir.path(), &progress).unwrap();
    assert!(ws.problems.is_empty(), "{:?}", ws.problems.first());
    let doc = &ws.file(&en(), &big()).unwrap().document;
    assert_eq!(doc.ids().count(), 200_000);
    assert!(
        doc.value_text("m199999")
            .unwrap()
            .starts_with("Paragraph 199999")
    );
    assert_eq!(progress.done(), 3);
    assert!(progress.bytes() >= 50_000_000);
    // Unchanged, it saves as the same bytes.
    assert_eq!(
        doc.to_bytes(),
        fs::read(dir.path().join("locales/en/big.ftl")).unwrap()
    );
}

#[test]
fn a_cancelled_load_stops_before_the_next_file_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    big_workspace(dir.path(), 100, 10, 0);
    let progress = Arc::new(Progress::default());
    progress.stop();
    match Workspace::load_with(dir.path(), &progress) {
        Err(err @ WorkspaceError::Cancelled(_)) => {
            assert!(err.to_string().contains("was cancelled"), "{err}");
        }
        other => panic!("expected a cancelled load, got {other:?}"),
    }
    assert_eq!(progress.done(), 0);
}

#[test]
fn the_window_shows_loading_progress_and_cancel_keeps_what_was_open() {
    let dir = tempfile::tempdir().unwrap();
    // Big enough that loading takes a while, in a debug build.
    big_workspace(dir.path(), 300_000, 0, 30_000_000);
    let sample = Workspace::load(&common::sample()).unwrap();
    let mut app = ChorusApp::new(sample);
    app.set_language("en");
    let mut harness = start(harness_builder(egui::vec2(1000.0, 700.0)), app);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(Action::OpenWorkspace(dir.path().to_owned()), &ctx);
    harness.step();
    assert!(harness.state().is_loading());
    harness.get_by_label_contains("files read");
    harness.get_by_label("Cancel").click();
    harness.step();
    harness.step();
    assert!(!harness.state().is_loading());
    harness.get_by_label_contains("Stopped loading");
    // The sample is still open.
    assert!(
        harness
            .state()
            .workspace()
            .statements
            .contains_key(&Id::new("free-boris-kagarlitsky").unwrap())
    );
}

#[test]
fn a_statement_of_100000_messages_opens_and_only_the_rows_in_view_are_laid_out() {
    let dir = tempfile::tempdir().unwrap();
    big_workspace(dir.path(), 100_000, 50_000, 0);
    let ws = Workspace::load(dir.path()).unwrap();
    assert!(ws.problems.is_empty(), "{:?}", ws.problems.first());
    let mut app = ChorusApp::new(ws);
    app.set_language("en");
    let mut harness = harness_builder(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ChorusApp| app.show_ui(ui), app);
    // The overview counts and checks 100,000 messages on a thread: the first frame says so at once.
    harness.step();
    harness.get_by_label("Counting and checking…");
    for _ in 0..6000 {
        if harness
            .query_by_label_contains("A big statement, fr:")
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness
        .get_by_label_contains("A big statement, fr:")
        .click();
    harness.run();
    // The first message is in view, a far one is not laid out at all.
    harness.get_by_label_contains("Paragraphe 0 sur");
    assert!(
        harness
            .query_by_label_contains("Paragraphe 49999 sur")
            .is_none()
    );
    let fields = harness
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .count();
    assert!(
        (1..200).contains(&fields),
        "{fields} fields laid out for 100,000 messages"
    );
}

#[test]
fn a_line_of_10000_characters_loads_edits_and_saves_byte_for_byte() {
    let long = "word ".repeat(2_000);
    let source = format!("short = Short\nlong = {}\nafter = After\n", long.trim_end());
    assert!(source.lines().nth(1).unwrap().len() > 10_000);
    let mut doc = Document::parse(&source);
    assert!(doc.errors().is_empty());
    assert_eq!(doc.value_text("long").unwrap(), long.trim_end());
    doc.apply(&Edit::SetValue {
        id: "short".into(),
        value: Some("Changed".into()),
    })
    .unwrap();
    assert_eq!(
        String::from_utf8(doc.to_bytes()).unwrap(),
        source.replace("short = Short", "short = Changed")
    );
    // And the other way: the long line edited, the others untouched.
    let longer = "mot ".repeat(3_000);
    doc.apply(&Edit::SetValue {
        id: "long".into(),
        value: Some(longer.trim_end().to_owned()),
    })
    .unwrap();
    assert_eq!(doc.value_text("after").unwrap(), "After");
    assert_eq!(doc.value_text("long").unwrap(), longer.trim_end());
}

#[test]
fn nul_bytes_are_kept_as_they_are_and_never_reach_a_web_page() {
    let dir = common::sample_copy();
    let path = dir.path().join("locales/fr/free-boris-kagarlitsky.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let text = text.replace("Signataires", "Signa\0taires");
    let text = format!("{text}broken\0 = nul\n");
    fs::write(&path, &text).unwrap();
    let ws = Workspace::load(dir.path()).unwrap();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let fr = Locale::new("fr").unwrap();
    let doc = &ws.file(&fr, &id).unwrap().document;
    // The file is held as it is; the line that does not parse is a problem with its line and column.
    assert_eq!(doc.to_bytes(), text.as_bytes());
    assert_eq!(
        doc.value_text("signatories-heading").unwrap(),
        "Signa\0taires"
    );
    let problem = ws
        .problems
        .iter()
        .find(|p| p.path.ends_with("free-boris-kagarlitsky.ftl"))
        .expect("the broken line is reported");
    let line = text.lines().position(|l| l.starts_with("broken")).unwrap() + 1;
    assert_eq!(problem.position.unwrap().line, line, "{problem}");
    // Exported, the NUL becomes U+FFFD in HTML, which may not hold it.
    let statement = ws.statements[&id].statement.clone();
    let page = chorus::publish::export::page(&ws, &statement, &fr, true).unwrap();
    let html = chorus::publish::export::to_html(&page);
    assert!(!html.contains('\0'));
    assert!(html.contains("Signa\u{FFFD}taires"));
}

#[test]
fn a_locale_folder_that_cannot_be_read_is_named_and_the_rest_loads() {
    let dir = common::sample_copy();
    let root = dir.path();
    let locked = root.join("locales/it");
    fs::create_dir(&locked).unwrap();
    fs::write(
        locked.join("free-boris-kagarlitsky.ftl"),
        "headline = Liberate Boris\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any folder, so the check runs as `nobody` when the tests run as root.
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut command = if is_root {
        for dir in [
            root.to_owned(),
            root.join("statements"),
            root.join("locales"),
            root.join("reviews"),
        ] {
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        }
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg(env!("CARGO_BIN_EXE_chorus"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
    };
    // Every file in the copy must be readable by that user too.
    let output = command.arg("status").arg(root).output().unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stderr.contains("locales/it: error: cannot list this folder: Permission denied"),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    // The statements and the other locales are still there.
    assert!(stdout.contains("free-boris-kagarlitsky"), "{stdout}");
}

#[test]
fn symbolic_link_loops_are_reported_by_name_and_loading_finishes() {
    let dir = common::sample_copy();
    let root = dir.path();
    // A file that points at itself, a locale folder that points at its parent, and one that points
    // at itself.
    std::os::unix::fs::symlink("loop.ftl", root.join("locales/fr/loop.ftl")).unwrap();
    std::os::unix::fs::symlink("..", root.join("locales/it")).unwrap();
    std::os::unix::fs::symlink("pl", root.join("locales/pl")).unwrap();
    std::os::unix::fs::symlink("loop.ron", root.join("statements/loop.ron")).unwrap();
    let ws = Workspace::load(root).unwrap();
    let about = |name: &str| {
        ws.problems
            .iter()
            .find(|p| p.path.ends_with(name))
            .map(|p| p.to_string())
            .unwrap_or_else(|| panic!("no problem about {name}: {:?}", ws.problems))
    };
    assert!(
        about("fr/loop.ftl").contains("symbolic links"),
        "{}",
        about("fr/loop.ftl")
    );
    assert!(about("statements/loop.ron").contains("symbolic links"));
    assert!(
        about("locales/pl").contains("cannot follow this link"),
        "{}",
        about("locales/pl")
    );
    // Everything else loaded.
    assert!(
        ws.statements
            .contains_key(&Id::new("free-boris-kagarlitsky").unwrap())
    );
    assert!(
        ws.file(
            &Locale::new("fr").unwrap(),
            &Id::new("free-boris-kagarlitsky").unwrap()
        )
        .is_some()
    );
}
