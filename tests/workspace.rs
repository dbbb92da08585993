//! Workflows through the workspace and the disk: edit, save, and what happens when the disk disagrees.

use std::path::Path;

use chorus::base::ids::{Id, Locale};
use chorus::fluent::document::Edit;
use chorus::workspace::{Workspace, WorkspaceError};

fn workspace_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("statements")).unwrap();
    std::fs::write(
        dir.path().join("statements/demo.ron"),
        "Statement(format: 1, id: \"demo\", source: \"en\", locales: [\"fr\"], headline: \"headline\", date: \"2024-05-01\")",
    )
    .unwrap();
    for (path, bytes) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn ids() -> (Locale, Id) {
    (Locale::new("fr").unwrap(), Id::new("demo").unwrap())
}

const EN: &[u8] = b"headline = Free them\n\nbody = Release everyone.\n";
const FR: &[u8] = b"# Titre\nheadline = Liberez-les\n\nbody   =   Liberez tout le monde.\n";

fn set_headline(ws: &mut Workspace, text: &str) {
    let (fr, demo) = ids();
    let edit = Edit::SetValue {
        id: "headline".into(),
        value: Some(text.into()),
    };
    ws.file_mut(&fr, &demo)
        .unwrap()
        .document
        .apply(&edit)
        .unwrap();
}

#[test]
fn saving_an_edit_rewrites_only_that_message_on_disk() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    assert!(ws.problems.is_empty(), "{:?}", ws.problems);
    assert_eq!(ws.save_all().unwrap(), 0, "nothing changed, nothing saved");
    set_headline(&mut ws, "Libérez-les !");
    assert_eq!(ws.save_all().unwrap(), 1);
    let saved = std::fs::read_to_string(dir.path().join("locales/fr/demo.ftl")).unwrap();
    // The unusual spacing of the untouched message survives.
    assert_eq!(
        saved,
        "# Titre\nheadline = Libérez-les !\n\nbody   =   Liberez tout le monde.\n"
    );
    assert_eq!(ws.save_all().unwrap(), 0, "saved files are clean");
}

#[test]
fn crlf_and_bom_survive_a_save() {
    let fr = b"\xEF\xBB\xBFheadline = Liberez-les\r\n\r\nbody = Tous\r\n";
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", fr)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    set_headline(&mut ws, "Libérez-les\nmaintenant");
    ws.save_all().unwrap();
    let saved = std::fs::read(dir.path().join("locales/fr/demo.ftl")).unwrap();
    let expected = "\u{feff}headline =\r\n    Libérez-les\r\n    maintenant\r\n\r\nbody = Tous\r\n";
    assert_eq!(String::from_utf8(saved).unwrap(), expected);
}

#[test]
fn a_file_changed_on_disk_after_loading_is_not_overwritten() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    set_headline(&mut ws, "Mine");
    let path = dir.path().join("locales/fr/demo.ftl");
    std::fs::write(&path, "headline = Theirs\n").unwrap();
    let err = ws.save_all().unwrap_err();
    assert!(matches!(err, WorkspaceError::Storage(_)), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("locales/fr/demo.ftl") && message.contains("changed on disk"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "headline = Theirs\n"
    );
    // The edit is still in memory, not lost.
    let (fr, demo) = ids();
    assert_eq!(
        ws.file(&fr, &demo)
            .unwrap()
            .document
            .value_text("headline")
            .unwrap(),
        "Mine"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_leaves_the_file_alone() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    set_headline(&mut ws, "Mine");
    let folder = dir.path().join("locales/fr");
    let Some(_guard) = ReadOnly::make(&folder) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must be able to make a folder read-only"
        );
        eprintln!("skipping: cannot make a folder read-only here (root without chattr)");
        return;
    };
    let message = ws.save_all().unwrap_err().to_string();
    assert!(
        message.contains("locales/fr/demo.ftl") && message.contains("temporary file"),
        "{message}"
    );
    assert_eq!(std::fs::read(folder.join("demo.ftl")).unwrap(), FR);
    assert_eq!(
        std::fs::read_dir(&folder).unwrap().count(),
        1,
        "nothing else was written"
    );
}

/// A folder made read-only for as long as this lives. Root ignores permission bits, so as root the
/// folder is made immutable with `chattr +i` instead.
#[cfg(unix)]
struct ReadOnly(std::path::PathBuf, bool);

#[cfg(unix)]
impl ReadOnly {
    fn make(folder: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt;
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        if root {
            let status = std::process::Command::new("chattr")
                .arg("+i")
                .arg(folder)
                .status();
            status
                .is_ok_and(|s| s.success())
                .then(|| Self(folder.to_owned(), true))
        } else {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).ok()?;
            Some(Self(folder.to_owned(), false))
        }
    }
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.0)
                .status();
        } else {
            let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn a_new_locale_file_is_created_on_first_save() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    let (fr, demo) = ids();
    ws.files.insert(
        (fr.clone(), demo.clone()),
        chorus::workspace::FluentFile::new(
            Workspace::fluent_path(&fr, &demo),
            chorus::fluent::document::Document::parse(""),
            None,
        ),
    );
    let order: Vec<String> = vec!["headline".into(), "body".into()];
    let file = ws.file_mut(&fr, &demo).unwrap();
    file.document
        .apply(&Edit::Add {
            id: "body".into(),
            value: "Tous".into(),
            order: order.clone(),
        })
        .unwrap();
    file.document
        .apply(&Edit::Add {
            id: "headline".into(),
            value: "Libérez-les".into(),
            order,
        })
        .unwrap();
    ws.save_all().unwrap();
    let saved = std::fs::read_to_string(Path::new(dir.path()).join("locales/fr/demo.ftl")).unwrap();
    assert_eq!(saved, "headline = Libérez-les\n\nbody = Tous\n");
}

#[test]
fn a_save_writes_every_file_it_can_and_keeps_the_refused_one_unsaved() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    set_headline(&mut ws, "Mine");
    let en = Locale::new("en").unwrap();
    let (_, demo) = ids();
    let edit = Edit::SetValue {
        id: "body".into(),
        value: Some("Release them all.".into()),
    };
    ws.file_mut(&en, &demo)
        .unwrap()
        .document
        .apply(&edit)
        .unwrap();
    std::fs::write(
        dir.path().join("locales/fr/demo.ftl"),
        "headline = Theirs\n",
    )
    .unwrap();

    let plan = ws.save_plan();
    assert_eq!(plan.len(), 2);
    let mut progress = Vec::new();
    let report = plan.write(|done, total| progress.push((done, total)));
    assert_eq!(progress, [(1, 2), (2, 2)]);
    assert_eq!(report.written.len(), 1);
    assert_eq!(report.failed.len(), 1);
    assert!(report.failed[0].to_string().contains("locales/fr/demo.ftl"));
    ws.record(report.written);
    assert_eq!(ws.dirty_files(), 1, "the refused file is still unsaved");
    let on_disk = std::fs::read_to_string(dir.path().join("locales/en/demo.ftl")).unwrap();
    assert!(on_disk.contains("Release them all."));
}

#[test]
fn an_edit_made_while_saving_stays_unsaved() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    set_headline(&mut ws, "First");
    let plan = ws.save_plan();
    // The user types on while the plan is written on another thread.
    set_headline(&mut ws, "Second");
    let report = plan.write(|_, _| {});
    ws.record(report.written);
    assert_eq!(ws.dirty_files(), 1);
    let on_disk = std::fs::read_to_string(dir.path().join("locales/fr/demo.ftl")).unwrap();
    assert!(on_disk.contains("headline = First"));
    assert_eq!(ws.save_all().unwrap(), 1);
    let on_disk = std::fs::read_to_string(dir.path().join("locales/fr/demo.ftl")).unwrap();
    assert!(on_disk.contains("headline = Second"));
}

#[test]
fn a_statement_made_from_a_template_is_refused_when_its_id_is_taken() {
    let dir = workspace_with(&[("locales/en/demo.ftl", EN), ("locales/fr/demo.ftl", FR)]);
    let mut ws = Workspace::load(dir.path()).unwrap();
    let (_, demo) = ids();
    let err = ws
        .create_from_template(&demo, demo.clone(), "Again")
        .unwrap_err();
    assert_eq!(err.to_string(), "there is already a statement \"demo\"");
    let copy = Id::new("copy").unwrap();
    let err = ws
        .create_from_template(&demo, copy.clone(), "  ")
        .unwrap_err();
    assert_eq!(err.to_string(), "the statement needs a title");
    let keys = ws
        .create_from_template(&demo, copy.clone(), "Copy")
        .unwrap();
    assert_eq!(keys.len(), 3, "the statement and its two Fluent files");
    // A file of that name appeared on disk meanwhile: it is not overwritten.
    std::fs::write(
        dir.path().join("statements/copy.ron"),
        "// someone else's\n",
    )
    .unwrap();
    let report = ws.save_plan_of(&keys).write(|_, _| {});
    assert_eq!(report.written.len(), 2);
    assert!(report.failed[0].to_string().contains("statements/copy.ron"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("statements/copy.ron")).unwrap(),
        "// someone else's\n"
    );
}
