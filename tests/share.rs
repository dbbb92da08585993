//! Sharing through git, with real git and a real bare repository: two translators on two clones,
//! `chorus sync` and plain `git pull` with Chorus's merge driver, and what goes wrong (no git, a
//! detached HEAD, a merge in progress, an unreachable remote, a push the remote refuses).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chorus::base::ids::{Id, Locale};
use chorus::review::{LocaleReview, SignOffState};
use chorus::workspace::Workspace;

const STATEMENT: &str = "free-boris-kagarlitsky";

/// `git args…` in `dir`, which must succeed; its standard output.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn chorus(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("chorus runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether git is here; a test without it says why it skips (CI installs it, so nothing skips
/// there).
fn have_git() -> bool {
    let here = Command::new("git").arg("--version").output().is_ok();
    if !here {
        assert!(std::env::var_os("CI").is_none(), "CI must have git");
        eprintln!("skipping: git is not installed");
    }
    here
}

/// A bare repository holding the sample workspace, first shared by the organiser, and clones of
/// it for translators, each with their own name.
struct Team {
    _dir: tempfile::TempDir,
    remote: PathBuf,
    root: PathBuf,
}

impl Team {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_owned();
        let remote = root.join("remote.git");
        git(
            &root,
            &["init", "--quiet", "--bare", "-b", "main", "remote.git"],
        );
        let team = Self {
            _dir: dir,
            remote,
            root,
        };
        let organiser = team.clone_as("organiser", "Olga Organiser");
        // A clone of an empty repository is on git's default branch, whatever it is configured to.
        git(&organiser, &["symbolic-ref", "HEAD", "refs/heads/main"]);
        common::copy_sample_to(&organiser);
        let out = chorus(&organiser, &["sync", "-m", "The sample workspace"]);
        assert!(out.status.success(), "{}", stderr(&out));
        team
    }

    /// A clone of the remote, whose commits are by `name`.
    fn clone_as(&self, folder: &str, name: &str) -> PathBuf {
        let remote = self.remote.to_str().unwrap();
        git(&self.root, &["clone", "--quiet", remote, folder]);
        let dir = self.root.join(folder);
        git(&dir, &["config", "user.name", name]);
        let email = format!(
            "{}@example.org",
            name.split(' ').next().unwrap().to_lowercase()
        );
        git(&dir, &["config", "user.email", &email]);
        dir
    }
}

fn ftl(dir: &Path, locale: &str) -> PathBuf {
    dir.join(format!("locales/{locale}/{STATEMENT}.ftl"))
}

/// Replaces the value of message `id` (a one-line message) in a Fluent file, as an editor would.
fn set_message(path: &Path, id: &str, value: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let prefix = format!("{id} = ");
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with(&prefix) {
                found = true;
                format!("{prefix}{value}")
            } else {
                l.to_owned()
            }
        })
        .collect();
    assert!(found, "{id} in {}", path.display());
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

fn value(path: &Path, id: &str) -> Option<String> {
    let doc = chorus::fluent::document::Document::parse(&std::fs::read_to_string(path).unwrap());
    doc.value_text(id)
}

fn no_conflict_markers(dir: &Path) {
    for file in common::files_ending(dir, "ftl")
        .into_iter()
        .chain(common::files_ending(dir, "ron"))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("<<<<<<<"), "{}", file.display());
    }
}

#[test]
fn two_translators_share_different_messages_without_being_asked() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    let jonas = team.clone_as("jonas", "Jonas Weber");
    set_message(&ftl(&ana, "fr"), "demand", "Libérez-le maintenant.");
    set_message(
        &ftl(&jonas, "fr"),
        "argument",
        "Il est poursuivi pour ses mots.",
    );

    let first = chorus(&ana, &["sync"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("committed: fr: translate 1 message of free-boris-kagarlitsky"),
        "{}",
        stdout(&first)
    );
    // Jonas shares after Ana: her change comes in, merged with his in the same file, and his goes out.
    let second = chorus(&jonas, &["sync", "--format", "json"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let report: serde_json::Value = serde_json::from_slice(&second.stdout).unwrap();
    assert_eq!(report["version"], 1);
    assert_eq!(report["pulled"], 1);
    assert_eq!(report["pushed"], true);
    assert_eq!(report["conflicts"], serde_json::json!([]));
    assert!(
        report["committed"]
            .as_str()
            .unwrap()
            .starts_with("fr: translate 1 message")
    );
    let fr = ftl(&jonas, "fr");
    assert_eq!(
        value(&fr, "demand").as_deref(),
        Some("Libérez-le maintenant.")
    );
    assert_eq!(
        value(&fr, "argument").as_deref(),
        Some("Il est poursuivi pour ses mots.")
    );
    // Ana's next Share brings in Jonas's: both have the same files, and no conflict markers.
    let third = chorus(&ana, &["sync"]);
    assert!(third.status.success(), "{}", stderr(&third));
    assert_eq!(
        std::fs::read(ftl(&ana, "fr")).unwrap(),
        std::fs::read(ftl(&jonas, "fr")).unwrap()
    );
    no_conflict_markers(&ana);
    // Each is the author of their own commit.
    let authors = git(&ana, &["log", "--format=%an", "--no-merges"]);
    assert!(
        authors.contains("Ana Lima") && authors.contains("Jonas Weber"),
        "{authors}"
    );
    assert!(Workspace::load(&ana).unwrap().problems.is_empty());
}

#[test]
fn the_same_message_changed_differently_is_named_and_nothing_is_merged() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    let jonas = team.clone_as("jonas", "Jonas Weber");
    set_message(&ftl(&ana, "fr"), "demand", "Libérez-le.");
    set_message(&ftl(&jonas, "fr"), "demand", "Qu’on le libère.");
    set_message(
        &ftl(&jonas, "de"),
        "argument",
        "Er wird für seine Worte verfolgt.",
    );
    assert!(chorus(&ana, &["sync"]).status.success());

    let out = chorus(&jonas, &["sync", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["conflicts"],
        serde_json::json!([{"file": format!("locales/fr/{STATEMENT}.ftl"), "id": "demand"}])
    );
    assert_eq!(report["pushed"], false);
    // The merge was aborted: Jonas's files are his, his commit is kept, no merge is in progress.
    assert_eq!(
        value(&ftl(&jonas, "fr"), "demand").as_deref(),
        Some("Qu’on le libère.")
    );
    assert_eq!(
        git(&jonas, &["log", "-1", "--format=%an"]).trim(),
        "Jonas Weber"
    );
    assert_eq!(git(&jonas, &["status", "--porcelain"]), "");
    assert!(!jonas.join(".git/MERGE_HEAD").exists());
    no_conflict_markers(&jonas);
    // In text, the conflict is named on standard error.
    let out = chorus(&jonas, &["sync"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "locales/fr/{STATEMENT}.ftl: demand: changed differently"
        )),
        "{}",
        stderr(&out)
    );
    assert!(Workspace::load(&jonas).unwrap().problems.is_empty());
}

#[test]
fn sign_offs_of_different_languages_on_both_sides_both_survive() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    let jonas = team.clone_as("jonas", "Jonas Weber");
    let sign_off = |dir: &Path, locale: &str, reviewer: &str| {
        let target = [
            "--statement",
            STATEMENT,
            "--locale",
            locale,
            "--reviewer",
            reviewer,
        ];
        let approve = chorus(dir, &[&["review", "--approve-all"][..], &target].concat());
        assert!(approve.status.success(), "{}", stderr(&approve));
        let signed = chorus(dir, &[&["signoff"][..], &target].concat());
        assert!(signed.status.success(), "{}", stderr(&signed));
    };
    sign_off(&ana, "es", "Ana Lima");
    sign_off(&jonas, "ru", "Jonas Weber");
    let ana_shares = chorus(&ana, &["sync"]);
    assert!(
        stdout(&ana_shares).contains("es: sign off free-boris-kagarlitsky"),
        "{}",
        stdout(&ana_shares)
    );
    let jonas_shares = chorus(&jonas, &["sync"]);
    assert!(jonas_shares.status.success(), "{}", stderr(&jonas_shares));
    assert!(chorus(&ana, &["sync"]).status.success());
    for dir in [&ana, &jonas] {
        let ws = Workspace::load(dir).unwrap();
        let id = Id::new(STATEMENT).unwrap();
        for locale in ["es", "ru", "fr"] {
            let review = LocaleReview::of(&ws, &id, &Locale::new(locale).unwrap()).unwrap();
            assert_eq!(
                review.signoff_state,
                SignOffState::Current,
                "{locale} in {}",
                dir.display()
            );
        }
    }
}

#[test]
fn a_push_refused_because_the_other_pushed_first_is_merged_and_sent_again() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    let jonas = team.clone_as("jonas", "Jonas Weber");
    // Ana commits a change; she pushes it at the moment Jonas's Share is about to push (his
    // pre-push hook does it, once), so his push is refused as out of date.
    set_message(&ftl(&ana, "es"), "demand", "¡Libertad ya!");
    git(&ana, &["commit", "--quiet", "-am", "es: demand"]);
    let hook = jonas.join(".git/hooks/pre-push");
    let marker = team.root.join("pushed-once");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\nif [ ! -e '{m}' ]; then touch '{m}'; unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE; \
             git -C '{a}' push --quiet origin main; fi\nexit 0\n",
            m = marker.display(),
            a = ana.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    set_message(
        &ftl(&jonas, "es"),
        "argument",
        "Lo persiguen por sus palabras.",
    );

    let out = chorus(&jonas, &["sync", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists(), "the hook pushed Ana's commit");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (report["pushed"].clone(), report["pulled"].clone()),
        (true.into(), 1.into())
    );
    let remote_file = git(
        &team.remote,
        &["show", &format!("main:locales/es/{STATEMENT}.ftl")],
    );
    assert!(remote_file.contains("¡Libertad ya!") && remote_file.contains("Lo persiguen"));
}

#[test]
fn plain_git_pull_merges_by_message_with_the_driver_and_not_without_it() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    // `demand` and `arrest` are next to each other: git's line merge takes them for one change.
    set_message(&ftl(&ana, "fr"), "demand", "Libérez-le.");
    git(&ana, &["commit", "--quiet", "-am", "fr: demand"]);
    git(&ana, &["push", "--quiet"]);
    let pull = |folder: &str, driver: bool| {
        let dir = team.clone_as(folder, "Jonas Weber");
        git(&dir, &["reset", "--quiet", "--hard", "HEAD~1"]);
        if driver {
            let setup = chorus(&dir, &["sync", "--setup"]);
            assert!(setup.status.success(), "{}", stderr(&setup));
        }
        set_message(&ftl(&dir, "fr"), "arrest", "Il a été arrêté.");
        git(&dir, &["commit", "--quiet", "-am", "fr: arrest"]);
        let out = Command::new("git")
            .args(["pull", "--quiet", "--no-rebase", "--no-edit"])
            .current_dir(&dir)
            .output()
            .unwrap();
        (dir, out.status.success())
    };
    let (with, merged) = pull("with-driver", true);
    assert!(merged, "the driver merges neighbouring messages");
    assert_eq!(
        value(&ftl(&with, "fr"), "demand").as_deref(),
        Some("Libérez-le.")
    );
    assert_eq!(
        value(&ftl(&with, "fr"), "arrest").as_deref(),
        Some("Il a été arrêté.")
    );
    no_conflict_markers(&with);
    let (without, merged) = pull("without-driver", false);
    assert!(!merged, "git's line merge conflicts on neighbouring lines");
    let text = std::fs::read_to_string(ftl(&without, "fr")).unwrap();
    assert!(
        text.contains("<<<<<<<"),
        "git wrote conflict markers:\n{text}"
    );
}

#[test]
fn what_goes_wrong_is_said_plainly_and_nothing_is_lost() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    set_message(&ftl(&ana, "fr"), "demand", "Libérez-le.");
    let fails_with = |dir: &Path, env: Option<(&str, &str)>, expected: &str, code: i32| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_chorus"));
        command.args(["sync"]).current_dir(dir);
        if let Some((k, v)) = env {
            command.env(k, v);
        }
        let out = command.output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{expected:?} in {}",
            stderr(&out)
        );
        assert_eq!(
            value(&ftl(dir, "fr"), "demand").as_deref(),
            Some("Libérez-le.")
        );
        assert!(Workspace::load(dir).unwrap().problems.is_empty());
    };
    // No git at all.
    fails_with(
        &ana,
        Some(("CHORUS_GIT", "/nonexistent/git")),
        "git is not installed",
        2,
    );
    // Not a repository.
    let loose = team.root.join("loose");
    common::copy_sample_to(&loose);
    set_message(&ftl(&loose, "fr"), "demand", "Libérez-le.");
    fails_with(&loose, None, "is not in a git repository", 2);
    // A detached HEAD.
    git(&ana, &["checkout", "--quiet", "--detach"]);
    fails_with(&ana, None, "HEAD is detached", 2);
    git(&ana, &["checkout", "--quiet", "main"]);
    // A merge in progress (left by someone on the command line).
    std::fs::write(
        ana.join(".git/MERGE_HEAD"),
        git(&ana, &["rev-parse", "HEAD"]),
    )
    .unwrap();
    fails_with(&ana, None, "a merge is in progress", 2);
    std::fs::remove_file(ana.join(".git/MERGE_HEAD")).unwrap();
    // A rebase stopped half-way, as `git rebase` leaves it.
    std::fs::create_dir(ana.join(".git/rebase-merge")).unwrap();
    fails_with(&ana, None, "a rebase is in progress", 2);
    std::fs::remove_dir(ana.join(".git/rebase-merge")).unwrap();
    // A remote that cannot be reached: the commit is kept here, and the report says so.
    git(
        &ana,
        &["remote", "set-url", "origin", "/nonexistent/remote.git"],
    );
    fails_with(&ana, None, "not shared yet", 1);
    assert!(git(&ana, &["log", "-1", "--format=%s"]).starts_with("fr: translate 1 message"));
    // A remote that refuses every push (a protected branch).
    git(
        &ana,
        &["remote", "set-url", "origin", team.remote.to_str().unwrap()],
    );
    let hook = team.remote.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        "#!/bin/sh\necho 'main is a protected branch' >&2\nexit 1\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    fails_with(&ana, None, "the remote refused the push", 2);
    fails_with(&ana, None, "protected branch", 2);
    // A merge driver that is not chorus would "merge" by keeping ours: refused before anything.
    let other = chorus::share::sync::set_up(&ana, Path::new("/bin/echo"));
    assert!(
        matches!(other, Err(chorus::share::sync::SyncError::NotChorus(_))),
        "{other:?}"
    );
    // No remote at all.
    git(&ana, &["remote", "remove", "origin"]);
    fails_with(&ana, None, "no remote", 1);
}

mod window {
    use super::*;
    use crate::common::{app_on, harness_builder, start, until};
    use chorus::app::ChorusApp;
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn harness(dir: &Path) -> Harness<'static, ChorusApp> {
        let mut app = app_on(dir);
        app.set_program(Path::new(env!("CARGO_BIN_EXE_chorus")));
        start(harness_builder(egui::vec2(1400.0, 1000.0)), app)
    }

    /// Puts the cursor in the field `label`, selects what it holds and types `text` over it, a key
    /// at a time with frames between, as a person types.
    fn type_over(harness: &mut Harness<'_, ChorusApp>, role: Role, label: &str, text: &str) {
        harness.get_by_role_and_label(role, label).focus();
        harness.run_steps(3);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.run_steps(2);
        for key in text.chars() {
            harness
                .get_by_role_and_label(role, label)
                .type_text(&key.to_string());
            harness.run_steps(2);
        }
    }

    /// Opens French, and types into `demand` at a person's pace.
    fn type_demand(harness: &mut Harness<'_, ChorusApp>, text: &str) {
        // From the overview; or already there.
        if let Some(cell) = harness.query_by_label_contains("Free Boris Kagarlitsky, fr:") {
            cell.click();
            harness.run_steps(3);
        }
        type_over(harness, Role::MultilineTextInput, "demand", text);
        let field = |h: &Harness<'_, ChorusApp>| {
            h.get_by_role_and_label(Role::MultilineTextInput, "demand")
                .value()
                .unwrap_or_default()
        };
        assert_eq!(field(harness), text);
    }

    /// Ctrl+Shift+S, a message typed, Share; waits for it to end.
    fn share(harness: &mut Harness<'_, ChorusApp>, message: &str) {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run_steps(3);
        harness.get_by_label("Share with the team");
        type_over(harness, Role::MultilineTextInput, "What changed", message);
        harness.get_by_label("Share").click();
        harness.step();
        until(harness, |app| !app.is_sharing(), "Share");
    }

    #[test]
    fn share_in_the_window_commits_as_the_user_merges_and_sends() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let ana = team.clone_as("ana", "Ana Lima");
        let jonas = team.clone_as("jonas", "Jonas Weber");
        set_message(
            &ftl(&jonas, "fr"),
            "argument",
            "Il est poursuivi pour ses mots.",
        );
        assert!(chorus(&jonas, &["sync"]).status.success());

        let mut harness = harness(&ana);
        status_reads(&mut harness, |s| {
            s == "main · 0 to send, 0 to bring in · 0 files not shared"
        });
        type_demand(&mut harness, "Libérez-le !");
        // Saved, the change is counted as not shared yet.
        harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
        harness.step();
        until(&mut harness, |app| !app.is_saving(), "the save");
        status_reads(&mut harness, |s| {
            s.contains("not shared") && !s.contains(" 0 files")
        });
        // The name is git's own, proposed.
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run_steps(3);
        let name = harness.get_by_role_and_label(Role::TextInput, "Your name");
        assert_eq!(name.value().as_deref(), Some("Ana Lima"));
        harness.key_press(Key::Escape);
        harness.run_steps(3);
        share(&mut harness, "fr: a shorter demand");
        harness.get_by_label_contains(
            "Shared: the remote has your work, and 1 commit of others was merged in.",
        );

        // The remote has Ana's commit, with her message and name.
        let log = git(&team.remote, &["log", "--format=%an|%s", "main"]);
        assert!(log.contains("Ana Lima|fr: a shorter demand"), "{log}");
        // Jonas's message comes in, and the field shows what the file holds.
        until(
            &mut harness,
            |app| {
                let id = Id::new(STATEMENT).unwrap();
                let fr = app
                    .workspace()
                    .file(&Locale::new("fr").unwrap(), &id)
                    .unwrap();
                fr.document.value_text("argument").as_deref()
                    == Some("Il est poursuivi pour ses mots.")
            },
            "Jonas's change",
        );
        let shown = harness
            .get_by_role_and_label(Role::MultilineTextInput, "argument")
            .value();
        assert_eq!(shown, value(&ftl(&ana, "fr"), "argument"));
        assert_eq!(
            value(&ftl(&ana, "fr"), "demand").as_deref(),
            Some("Libérez-le !")
        );
        status_reads(&mut harness, |s| {
            s == "main · 0 to send, 0 to bring in · 0 files not shared"
        });
    }

    #[test]
    fn a_conflict_in_the_window_names_the_message_and_changes_nothing() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let ana = team.clone_as("ana", "Ana Lima");
        let jonas = team.clone_as("jonas", "Jonas Weber");
        set_message(&ftl(&jonas, "fr"), "demand", "Qu’on le libère.");
        assert!(chorus(&jonas, &["sync"]).status.success());
        let mut harness = harness(&ana);
        type_demand(&mut harness, "Libérez-le !");
        share(&mut harness, "");
        harness.get_by_label_contains(&format!(
            "Not merged: changed differently here and by others: demand (locales/fr/{STATEMENT}.ftl)"
        ));
        assert_eq!(
            value(&ftl(&ana, "fr"), "demand").as_deref(),
            Some("Libérez-le !")
        );
        assert_eq!(
            harness
                .get_by_role_and_label(Role::MultilineTextInput, "demand")
                .value()
                .as_deref(),
            Some("Libérez-le !")
        );
        no_conflict_markers(&ana);
        assert!(git(&ana, &["log", "-1", "--format=%s"]).starts_with("fr: translate 1 message"));
        // The conflict waits to be settled; Later leaves everything as it is.
        harness.get_by_label("Settle what was changed on both sides");
        // Escape is Later.
        harness.key_press(Key::Escape);
        harness.run_steps(3);
        assert!(
            harness
                .query_by_label("Settle what was changed on both sides")
                .is_none()
        );
        assert_eq!(
            value(&ftl(&ana, "fr"), "demand").as_deref(),
            Some("Libérez-le !")
        );
    }

    #[test]
    fn a_conflict_settled_in_the_window_is_merged_and_shared() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let ana = team.clone_as("ana", "Ana Lima");
        let jonas = team.clone_as("jonas", "Jonas Weber");
        set_message(&ftl(&jonas, "fr"), "demand", "Qu’on le libère.");
        set_message(
            &ftl(&jonas, "fr"),
            "argument",
            "Il est poursuivi pour ses mots.",
        );
        assert!(chorus(&jonas, &["sync"]).status.success());
        let mut harness = harness(&ana);
        type_demand(&mut harness, "Libérez-le !");
        share(&mut harness, "");
        // Both sides' changes are shown; theirs is taken.
        harness.get_by_label("Settle what was changed on both sides");
        harness.get_by_label("Take theirs").click();
        harness.run_steps(3);
        harness.get_by_label("Merge and share").click();
        harness.step();
        until(&mut harness, |app| !app.is_sharing(), "the merge");
        harness.get_by_label_contains("Shared: the remote has your work");
        let fr = ftl(&ana, "fr");
        assert_eq!(value(&fr, "demand").as_deref(), Some("Qu’on le libère."));
        assert_eq!(
            value(&fr, "argument").as_deref(),
            Some("Il est poursuivi pour ses mots.")
        );
        let remote = git(
            &team.remote,
            &["show", &format!("main:locales/fr/{STATEMENT}.ftl")],
        );
        assert!(remote.contains("demand = Qu’on le libère.") && remote.contains("pour ses mots."));
        no_conflict_markers(&ana);

        // Again, the same message: this time Ana writes the text herself, at a person's pace.
        set_message(&ftl(&jonas, "fr"), "demand", "Libérez Boris Kagarlitsky.");
        assert!(chorus(&jonas, &["sync"]).status.success());
        until(
            &mut harness,
            |app| {
                let id = Id::new(STATEMENT).unwrap();
                let fr = app
                    .workspace()
                    .file(&Locale::new("fr").unwrap(), &id)
                    .unwrap();
                fr.document.value_text("demand").as_deref() == Some("Qu’on le libère.")
            },
            "the reload",
        );
        type_demand(&mut harness, "Libérez-le, maintenant.");
        share(&mut harness, "");
        harness.get_by_label("Write it myself").click();
        harness.run_steps(3);
        let field = |h: &Harness<'_, ChorusApp>| {
            h.get_by_role_and_label(
                Role::MultilineTextInput,
                "The message as it should be (Fluent):",
            )
            .value()
            .unwrap_or_default()
        };
        assert_eq!(field(&harness), "demand = Libérez-le, maintenant.");
        let label = "The message as it should be (Fluent):";
        let text = "demand = Libérez Boris, maintenant.";
        type_over(&mut harness, Role::MultilineTextInput, label, text);
        assert_eq!(field(&harness), "demand = Libérez Boris, maintenant.");
        harness.get_by_label("Merge and share").click();
        harness.step();
        until(&mut harness, |app| !app.is_sharing(), "the merge");
        harness.get_by_label_contains("Shared: the remote has your work");
        assert_eq!(
            value(&ftl(&ana, "fr"), "demand").as_deref(),
            Some("Libérez Boris, maintenant.")
        );
        let remote = git(
            &team.remote,
            &["show", &format!("main:locales/fr/{STATEMENT}.ftl")],
        );
        assert!(
            remote.contains("demand = Libérez Boris, maintenant."),
            "{remote}"
        );
        no_conflict_markers(&ana);
    }

    #[test]
    fn the_history_panel_lists_who_changed_a_message_and_restores_a_version_in_one_undo_step() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let ana = team.clone_as("ana", "Ana Lima");
        for n in 1..=2 {
            set_message(
                &ftl(&ana, "fr"),
                "demand",
                &format!("Libérez-le, version {n}."),
            );
            git(&ana, &["commit", "--quiet", "-am", &format!("demand {n}")]);
        }
        let mut harness = harness(&ana);
        harness
            .get_by_label_contains("Free Boris Kagarlitsky, fr:")
            .click();
        harness.run_steps(3);
        let demand = |h: &Harness<'_, ChorusApp>| {
            let id = Id::new(STATEMENT).unwrap();
            let fr = h
                .state()
                .workspace()
                .file(&Locale::new("fr").unwrap(), &id)
                .unwrap();
            fr.document.value_text("demand")
        };
        // The rows are headline, then demand: its History button is the second.
        harness.get_all_by_label("History").nth(1).unwrap().click();
        harness.step();
        for _ in 0..300 {
            harness.step();
            if harness.query_all_by_label("Restore this version").count() == 3 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        harness.get_by_label("History of demand");
        assert_eq!(
            harness.query_all_by_label("Restore this version").count(),
            3
        );
        harness.get_by_label("demand 2");
        harness.get_by_label("demand 1");
        harness.get_by_label("The sample workspace");
        assert_eq!(harness.query_all_by_label("Ana Lima").count(), 2);
        // Version 1 back: one edit, and one undo takes it away. As a user would, scroll to it
        // first.
        let label = "Restore this version";
        harness
            .get_all_by_label(label)
            .nth(1)
            .unwrap()
            .scroll_to_me();
        harness.run_steps(3);
        harness.get_all_by_label(label).nth(1).unwrap().click();
        harness.run_steps(3);
        assert_eq!(demand(&harness).as_deref(), Some("Libérez-le, version 1."));
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run_steps(3);
        assert_eq!(demand(&harness).as_deref(), Some("Libérez-le, version 2."));
        harness.get_by_label("Close").click();
        harness.run_steps(3);
        assert!(harness.query_by_label("History of demand").is_none());
    }

    #[test]
    fn the_review_view_shows_the_history_of_the_message_under_review() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let ana = team.clone_as("ana", "Ana Lima");
        for n in 1..=2 {
            set_message(
                &ftl(&ana, "es"),
                "-person",
                &format!("Borís Kagarlitski {n}"),
            );
            git(
                &ana,
                &["commit", "--quiet", "-am", &format!("es: person {n}")],
            );
        }
        let mut app = crate::common::app_with(&ana, crate::common::reviewing("Rosa Díaz"));
        app.set_program(Path::new(env!("CARGO_BIN_EXE_chorus")));
        let mut harness = start(harness_builder(egui::vec2(1400.0, 1000.0)), app);
        crate::common::open_review(&mut harness, "Free Boris Kagarlitsky", "es");
        // The first message needing review, the name -person, is shown; its History lists who
        // changed it.
        harness.get_by_label("History").click();
        for _ in 0..300 {
            harness.step();
            if harness.query_by_label("es: person 2").is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        harness.get_by_label("History of -person");
        harness.get_by_label("es: person 2");
        harness.get_by_label("es: person 1");
        // Reviewing is judging: nothing is restored from here.
        assert!(harness.query_by_label("Restore this version").is_none());
        harness.get_by_label("Close").click();
        harness.step();
        harness.step();
        assert!(harness.query_by_label("History of -person").is_none());
    }

    #[test]
    fn a_workspace_outside_git_is_made_a_repository_and_shared_from_the_window() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let empty = team.root.join("empty.git");
        git(
            &team.root,
            &["init", "--quiet", "--bare", "-b", "main", "empty.git"],
        );
        let loose = team.root.join("loose");
        crate::common::copy_sample_to(&loose);
        let mut harness = harness(&loose);
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run_steps(3);
        harness.get_by_label("Share this workspace");
        // Escape closes it, as every dialog; asked again, it comes back.
        harness.key_press(Key::Escape);
        harness.run_steps(3);
        assert!(harness.query_by_label("Share this workspace").is_none());
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run_steps(3);
        harness.get_by_label("Share this workspace");
        let address = "Address of the team’s repository";
        // The cursor is in the address already.
        assert!(
            harness
                .get_by_role_and_label(Role::TextInput, address)
                .is_focused()
        );
        type_over(
            &mut harness,
            Role::TextInput,
            address,
            empty.to_str().unwrap(),
        );
        harness.get_by_label("Make it a repository").click();
        harness.run_steps(3);
        // Then Share, as always; the name and email typed here.
        harness.get_by_label("Share with the team");
        for (label, text) in [
            ("Your name", "Rosa Díaz"),
            ("Your email", "rosa@example.org"),
        ] {
            type_over(&mut harness, Role::TextInput, label, text);
        }
        harness.get_by_label("Share").click();
        harness.step();
        until(&mut harness, |app| !app.is_sharing(), "Share");
        harness.get_by_label_contains("Shared: the remote has your work");
        let log = git(&empty, &["log", "--format=%an", "main"]);
        assert_eq!(log.trim(), "Rosa Díaz");
        let files = git(&empty, &["ls-tree", "-r", "--name-only", "main"]);
        assert!(
            files.contains(&format!("locales/fr/{STATEMENT}.ftl")),
            "{files}"
        );
        assert!(files.contains(".gitattributes"), "{files}");
    }

    #[test]
    fn open_from_url_clones_the_team_s_repository_and_opens_it() {
        if !have_git() {
            return;
        }
        let team = Team::new();
        let elsewhere = tempfile::tempdir().unwrap();
        crate::common::copy_sample_to(elsewhere.path());
        let mut harness = harness(elsewhere.path());
        harness.get_by_label("File").click();
        harness.run_steps(3);
        harness.get_by_label_contains("Open from URL").click();
        harness.run_steps(3);
        harness.get_by_label("Open the team’s workspace");
        harness.key_press(Key::Escape);
        harness.run_steps(3);
        assert!(
            harness
                .query_by_label("Open the team’s workspace")
                .is_none()
        );
        harness.get_by_label("File").click();
        harness.run_steps(3);
        harness.get_by_label_contains("Open from URL").click();
        harness.run_steps(3);
        harness.get_by_label("Open the team’s workspace");
        // The cursor is in the address already: pasting is the first thing to do.
        let url = "Address of the repository (https://… or git@…)";
        assert!(
            harness
                .get_by_role_and_label(Role::TextInput, url)
                .is_focused()
        );
        let folder = team.root.join("my-copy");
        for (label, text) in [
            (
                "Address of the repository (https://… or git@…)",
                team.remote.to_str().unwrap(),
            ),
            ("Folder to put it in", folder.to_str().unwrap()),
        ] {
            type_over(&mut harness, Role::TextInput, label, text);
        }
        harness.get_by_label("Clone and open").click();
        harness.step();
        until(
            &mut harness,
            |app| app.workspace().root == folder && !app.is_loading(),
            "the clone",
        );
        let id = Id::new(STATEMENT).unwrap();
        assert!(harness.state().workspace().statements.contains_key(&id));
        assert!(folder.join(".git").is_dir());
        harness.get_by_label_contains("Free Boris Kagarlitsky, fr:");
    }

    /// Steps until the status bar's repository part (worked out on a thread) reads as `wanted`
    /// says, at most a few seconds.
    fn status_reads(harness: &mut Harness<'_, ChorusApp>, wanted: impl Fn(&str) -> bool) {
        let mut last = String::new();
        for _ in 0..300 {
            harness.step();
            let texts: Vec<String> = harness
                .query_all_by_label_contains(" to bring in · ")
                .map(|n| format!("{n:?}"))
                .collect();
            if let Some(text) = texts.into_iter().next() {
                last = text;
                if let Some(start) = last.find("main · ") {
                    let shown = &last[start..];
                    let end = shown.find('"').unwrap_or(shown.len());
                    if wanted(&shown[..end]) {
                        return;
                    }
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the status bar did not come to read as wanted: {last}");
    }
}

#[test]
fn the_history_of_a_message_follows_it_by_id_through_edits_a_reflow_and_a_move() {
    if !have_git() {
        return;
    }
    let team = Team::new();
    let ana = team.clone_as("ana", "Ana Lima");
    let fr = ftl(&ana, "fr");
    let commit = |message: &str| git(&ana, &["commit", "--quiet", "-am", message]);
    for n in 1..=5 {
        set_message(&fr, "demand", &format!("Libérez-le, version {n}."));
        commit(&format!("demand {n}"));
        // Another message changes between: not in the demand's history.
        set_message(&fr, "arrest", &format!("Arrêté, version {n}."));
        commit(&format!("arrest {n}"));
    }
    // Reflowed over two lines: the same words, other lines.
    let text = std::fs::read_to_string(&fr).unwrap();
    let text = text.replace(
        "demand = Libérez-le, version 5.",
        "demand =\n    Libérez-le,\n    version 5.",
    );
    std::fs::write(&fr, &text).unwrap();
    commit("reflow");
    // Moved after `arrest`, unchanged.
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("demand ="))
        .unwrap();
    let block: Vec<&str> = lines[start..start + 3].to_vec();
    let mut rest: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !block.contains(l))
        .collect();
    let arrest = rest.iter().position(|l| l.starts_with("arrest =")).unwrap();
    for (i, line) in block.iter().enumerate() {
        rest.insert(arrest + 1 + i, line);
    }
    std::fs::write(&fr, rest.join("\n") + "\n").unwrap();
    commit("move");

    let out = chorus(
        &ana,
        &[
            "log",
            "--statement",
            STATEMENT,
            "--locale",
            "fr",
            "--message",
            "demand",
            "--format",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let changes = log["changes"].as_array().unwrap();
    let summaries: Vec<&str> = changes
        .iter()
        .map(|c| c["summary"].as_str().unwrap())
        .collect();
    assert_eq!(
        summaries,
        [
            "move",
            "reflow",
            "demand 5",
            "demand 4",
            "demand 3",
            "demand 2",
            "demand 1",
            "The sample workspace"
        ]
    );
    let kinds: Vec<&str> = changes
        .iter()
        .map(|c| c["change"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "moved", "edited", "edited", "edited", "edited", "edited", "edited", "added"
        ]
    );
    // Each version's "before" is the one before's "after": the diffs are of consecutive versions.
    for pair in changes.windows(2) {
        assert_eq!(pair[0]["before"], pair[1]["after"]);
    }
    assert_eq!(changes[2]["after"], "demand = Libérez-le, version 5.");
    assert!(
        changes
            .iter()
            .all(|c| c["author"] != "" && c["message"] == "demand")
    );
    // In text, a word diff per change.
    let out = chorus(
        &ana,
        &[
            "log",
            "--statement",
            STATEMENT,
            "--locale",
            "fr",
            "--message",
            "demand",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains("demand edited: demand = Libérez-le, version [-1-]{+2+}."),
        "{text}"
    );
}

/// `git http-backend` behind a small HTTP server on 127.0.0.1 that demands Basic authentication,
/// as a git host demands a token.
mod http {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};

    /// Serves the repositories under `root` to `user` with `token`; the port.
    pub fn serve(root: &Path, user: &'static str, token: &'static str) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let root = root.to_owned();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &root, user, token);
                });
            }
        });
        port
    }

    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn handle(stream: TcpStream, root: &PathBuf, user: &str, token: &str) -> std::io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request = String::new();
        reader.read_line(&mut request)?;
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line)?;
            let line = line.trim_end().to_owned();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_lowercase(), v.trim().to_owned()));
            }
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let mut out = stream;
        let expected = format!("Basic {}", base64(format!("{user}:{token}").as_bytes()));
        if header("authorization").as_deref() != Some(expected.as_str()) {
            let deny = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\n\
                        Content-Length: 0\r\nConnection: close\r\n\r\n";
            return out.write_all(deny.as_bytes());
        }
        let mut body = Vec::new();
        if let Some(length) = header("content-length").and_then(|l| l.parse::<usize>().ok()) {
            body.resize(length, 0);
            reader.read_exact(&mut body)?;
        } else if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
            loop {
                let mut size = String::new();
                reader.read_line(&mut size)?;
                let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                let mut chunk = vec![0; size + 2];
                reader.read_exact(&mut chunk)?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        }
        let mut parts = request.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut backend = Command::new("git")
            .arg("http-backend")
            .env("GIT_PROJECT_ROOT", root)
            .env("GIT_HTTP_EXPORT_ALL", "1")
            .env("REQUEST_METHOD", method)
            .env("PATH_INFO", path)
            .env("QUERY_STRING", query)
            .env("CONTENT_TYPE", header("content-type").unwrap_or_default())
            .env("CONTENT_LENGTH", body.len().to_string())
            .env(
                "HTTP_CONTENT_ENCODING",
                header("content-encoding").unwrap_or_default(),
            )
            .env("REMOTE_USER", user)
            .env("REMOTE_ADDR", "127.0.0.1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        let mut stdin = backend.stdin.take().unwrap();
        let writer = std::thread::spawn(move || stdin.write_all(&body));
        let output = backend.wait_with_output()?;
        let _ = writer.join();
        let cgi = output.stdout;
        let split = cgi
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map(|p| (p, 4))
            .or_else(|| cgi.windows(2).position(|w| w == b"\n\n").map(|p| (p, 2)))
            .unwrap_or((cgi.len(), 0));
        let head = String::from_utf8_lossy(&cgi[..split.0]).into_owned();
        let content = &cgi[(split.0 + split.1).min(cgi.len())..];
        let mut status = "200 OK".to_owned();
        let mut response = String::new();
        for line in head.lines() {
            match line.split_once(':') {
                Some((k, v)) if k.eq_ignore_ascii_case("status") => status = v.trim().to_owned(),
                Some(_) => response.push_str(&format!("{line}\r\n")),
                None => {}
            }
        }
        let start = format!(
            "HTTP/1.1 {status}\r\n{response}Content-Length: {}\r\nConnection: close\r\n\r\n",
            content.len()
        );
        out.write_all(start.as_bytes())?;
        out.write_all(content)
    }
}

#[test]
fn share_over_https_asks_for_the_token_in_the_window_and_keeps_it_nowhere() {
    use crate::common::{app_on, harness_builder, start, until};
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::{NodeT, Queryable};
    if !have_git() {
        return;
    }
    const TOKEN: &str = "tok-51dd9e0c-only-for-this-test";
    let team = Team::new();
    let port = http::serve(&team.root, "ana", TOKEN);
    let ana = team.clone_as("ana", "Ana Lima");
    let url = format!("http://127.0.0.1:{port}/remote.git");
    git(&ana, &["remote", "set-url", "origin", &url]);
    // No credential helper of the machine's may answer for the user.
    git(&ana, &["config", "credential.helper", ""]);
    set_message(&ftl(&ana, "fr"), "demand", "Libérez-le !");

    let mut app = app_on(&ana);
    app.set_program(Path::new(env!("CARGO_BIN_EXE_chorus")));
    let mut harness = start(harness_builder(egui::vec2(1400.0, 1000.0)), app);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.get_by_label("Share").click();
    harness.step();
    // Git asks for the user name, then the password: each answered in the window, at a person's
    // pace.
    for (asked, answer) in [("Username for", "ana"), ("Password for", TOKEN)] {
        for _ in 0..500 {
            harness.step();
            if harness.query_by_label_contains(asked).is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        harness.get_by_label_contains(asked);
        let field = move |n: &egui_kittest::kittest::AccessKitNode<'_>| {
            matches!(n.role(), Role::TextInput | Role::PasswordInput)
                && n.label().is_some_and(|l| l.contains(asked))
        };
        // A password or token is typed into a masked field.
        let masked = harness.get_by(field).accesskit_node().role() == Role::PasswordInput;
        assert_eq!(masked, asked == "Password for", "{asked}");
        for key in answer.chars() {
            harness.get_by(field).type_text(&key.to_string());
            harness.step();
        }
        harness.get_by_label("Answer").click();
        harness.step();
    }
    until(&mut harness, |app| !app.is_sharing(), "Share");
    harness.get_by_label_contains("Shared: the remote has your work");
    let log = git(&team.remote, &["log", "-1", "--format=%an|%s", "main"]);
    assert_eq!(
        log.trim(),
        "Ana Lima|fr: translate 1 message of free-boris-kagarlitsky"
    );
    // The token is in no file of the workspace or its repository.
    for file in walk(&ana) {
        let bytes = std::fs::read(&file).unwrap_or_default();
        let found = bytes.windows(TOKEN.len()).any(|w| w == TOKEN.as_bytes());
        assert!(!found, "the token is in {}", file.display());
    }
}

/// Every file under `dir`, `.git` included.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
