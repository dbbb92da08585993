//! Two writers at once (issue 15, fault 2): two `chorus review` processes recording verdicts in one
//! review file, two processes saving the same `.ftl` and the same statement, and the window saving
//! while a `chorus review` process records verdicts. Each writer changes what no other one does, a
//! hundred times; afterwards every change that was reported saved is in the file (no write lost), and
//! a save that was refused was said to be (the writer then loads again and retries).
//!
//! The writer processes are this test program run again with `CHORUS_RACE` set (see
//! [`writer_process`]), so they use the library exactly as the window does.

mod common;
use std::path::{Path, PathBuf};
use std::process::Command;

use chorus::base::ids::{Id, Locale};
use chorus::workspace::Workspace;
use chorus::workspace::reviews::{Reviews, Verdict};

use common::{app_with, harness_builder, reviewing, start};

const ROUNDS: usize = 100;
const STATEMENT: &str = "race";

/// A workspace with one statement of `2 * ROUNDS` messages, in English and translated into German.
fn race_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["statements", "locales/en", "locales/de"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    std::fs::write(
        root.join(format!("statements/{STATEMENT}.ron")),
        format!(
            "Statement(\n    format: 1,\n    id: \"{STATEMENT}\",\n    kind: Statement,\n    \
             title: \"Race\",\n    source: \"en\",\n    locales: [\"de\"],\n    headline: \"m0\",\n    \
             sections: [],\n    signatories: [],\n    publisher: \"P\",\n    contact: \"\",\n    \
             date: \"2023-08-10\",\n)\n"
        ),
    )
    .unwrap();
    let messages = |word: &str| -> String {
        (0..2 * ROUNDS)
            .map(|i| format!("m{i} = {word} {i}\n"))
            .collect()
    };
    std::fs::write(
        root.join(format!("locales/en/{STATEMENT}.ftl")),
        messages("Message"),
    )
    .unwrap();
    std::fs::write(
        root.join(format!("locales/de/{STATEMENT}.ftl")),
        messages("Nachricht"),
    )
    .unwrap();
    dir
}

fn statement() -> Id {
    Id::new(STATEMENT).unwrap()
}

fn de() -> Locale {
    Locale::new("de").unwrap()
}

fn reviews_on_disk(root: &Path) -> Reviews {
    let path = root.join(Reviews::path(&statement(), &de()));
    Reviews::from_ron(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Who approved each message, as the review file on disk says.
fn approvals(root: &Path) -> Vec<(String, String)> {
    reviews_on_disk(root)
        .messages
        .into_iter()
        .filter_map(|(id, record)| {
            let review = record.review?;
            (review.verdict == Verdict::Approved).then_some((id, review.reviewer))
        })
        .collect()
}

/// The messages without an approval among `approved`.
fn unapproved(approved: &[(String, String)]) -> Vec<String> {
    let approved: std::collections::HashSet<&str> =
        approved.iter().map(|(id, _)| id.as_str()).collect();
    (0..2 * ROUNDS)
        .map(|i| format!("m{i}"))
        .filter(|id| !approved.contains(id.as_str()))
        .collect()
}

/// Runs `chorus review --approve` for messages `from..from + ROUNDS`, one process each, as
/// `reviewer`; returns how many said "recorded" and the errors of those that did not.
fn approve_each(root: PathBuf, from: usize, reviewer: &'static str) -> (usize, Vec<String>) {
    let mut recorded = 0;
    let mut errors = Vec::new();
    for i in from..from + ROUNDS {
        let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
            .arg("review")
            .arg(&root)
            .args([
                "--statement",
                STATEMENT,
                "--locale",
                "de",
                "--reviewer",
                reviewer,
            ])
            .args(["--approve", &format!("m{i}"), "--color", "never"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() && stderr.contains("recorded: 1 approved") {
            recorded += 1;
        } else {
            errors.push(format!("m{i}: {:?} {stderr}", out.status.code()));
        }
    }
    (recorded, errors)
}

#[test]
fn two_review_processes_at_once_lose_no_verdict() {
    let dir = race_workspace();
    let root = dir.path().to_owned();
    let a = std::thread::spawn({
        let root = root.clone();
        move || approve_each(root, 0, "A")
    });
    let b = approve_each(root.clone(), ROUNDS, "B");
    let a = a.join().unwrap();
    assert!(a.1.is_empty() && b.1.is_empty(), "{:?} {:?}", a.1, b.1);
    assert_eq!((a.0, b.0), (ROUNDS, ROUNDS));
    let approved = approvals(&root);
    let lost = unapproved(&approved);
    println!(
        "two review processes: {} verdicts recorded, {} in the file, lost: {}",
        a.0 + b.0,
        approved.len(),
        lost.len()
    );
    assert!(lost.is_empty(), "lost verdicts: {lost:?}");
    for (id, reviewer) in &approved {
        let n: usize = id[1..].parse().unwrap();
        assert_eq!(reviewer, if n < ROUNDS { "A" } else { "B" }, "{id}");
    }
}

/// What a writer process does: `CHORUS_RACE=<kind>:<tag>:<from>` with the workspace in
/// `CHORUS_RACE_ROOT`. Each round loads the workspace, changes one thing of its own and saves; a
/// refused save is reported on standard output ("[race] refused …") and the round starts again from the
/// file as it is now. Without `CHORUS_RACE` this test does nothing.
#[test]
fn writer_process() {
    let Ok(job) = std::env::var("CHORUS_RACE") else {
        return;
    };
    let root = PathBuf::from(std::env::var("CHORUS_RACE_ROOT").unwrap());
    let mut parts = job.split(':');
    let (kind, tag, from) = (
        parts.next().unwrap().to_owned(),
        parts.next().unwrap().to_owned(),
        parts.next().unwrap().parse::<usize>().unwrap(),
    );
    for i in from..from + ROUNDS {
        loop {
            let mut ws = Workspace::load(&root).unwrap();
            match kind.as_str() {
                "ftl" => {
                    let file = ws.file_mut(&de(), &statement()).unwrap();
                    let edit = chorus::fluent::document::Edit::SetValue {
                        id: format!("m{i}"),
                        value: Some(format!("{tag} {i}")),
                    };
                    file.document.apply(&edit).unwrap();
                }
                "statement" => {
                    let file = ws.statements.get_mut(&statement()).unwrap();
                    file.statement
                        .signatories
                        .push(chorus::workspace::statement::Signatory {
                            name: format!("{tag} {i}"),
                            affiliation: String::new(),
                            country: String::new(),
                            personal_capacity: false,
                        });
                }
                other => panic!("no such writer: {other}"),
            }
            match ws.save_all() {
                Ok(_) => {
                    println!("[race] saved {i}");
                    break;
                }
                Err(err) => println!("[race] refused {i}: {err}"),
            }
        }
    }
}

/// Runs this program as a writer process (see [`writer_process`]) and waits for it.
fn writer(root: &Path, kind: &str, tag: &str, from: usize) -> std::process::Output {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "writer_process",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("CHORUS_RACE", format!("{kind}:{tag}:{from}"))
        .env("CHORUS_RACE_ROOT", root)
        .output()
        .unwrap()
}

/// Runs two writer processes of `kind` at once; returns how many saves each reported refused.
fn two_writers(root: &Path, kind: &str) -> usize {
    let other = std::thread::spawn({
        let (root, kind) = (root.to_owned(), kind.to_owned());
        move || writer(&root, &kind, "B", ROUNDS)
    });
    let a = writer(root, kind, "A", 0);
    let b = other.join().unwrap();
    let mut refused = 0;
    for out in [&a, &b] {
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "a writer failed: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(stdout.matches("[race] saved ").count(), ROUNDS, "{stdout}");
        refused += stdout.matches("[race] refused ").count();
    }
    refused
}

#[test]
fn two_processes_saving_one_fluent_file_lose_no_message() {
    let dir = race_workspace();
    let refused = two_writers(dir.path(), "ftl");
    let ws = Workspace::load(dir.path()).unwrap();
    let doc = &ws.file(&de(), &statement()).unwrap().document;
    let lost: Vec<usize> = (0..2 * ROUNDS)
        .filter(|&i| {
            let tag = if i < ROUNDS { "A" } else { "B" };
            doc.value_text(&format!("m{i}")) != Some(format!("{tag} {i}"))
        })
        .collect();
    println!(
        "two processes saving one .ftl: {} saves, {refused} refused and reported, lost: {}",
        2 * ROUNDS,
        lost.len()
    );
    assert!(lost.is_empty(), "messages lost: {lost:?}");
    assert!(ws.problems.is_empty(), "{:?}", ws.problems);
}

#[test]
fn two_processes_saving_one_statement_lose_no_signatory() {
    let dir = race_workspace();
    let refused = two_writers(dir.path(), "statement");
    let ws = Workspace::load(dir.path()).unwrap();
    let names: Vec<&str> = ws.statements[&statement()]
        .statement
        .signatories
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    let lost: Vec<usize> = (0..2 * ROUNDS)
        .filter(|&i| {
            let tag = if i < ROUNDS { "A" } else { "B" };
            !names.contains(&format!("{tag} {i}").as_str())
        })
        .collect();
    println!(
        "two processes saving one statement: {} saves, {refused} refused and reported, lost: {}",
        2 * ROUNDS,
        lost.len()
    );
    assert!(lost.is_empty(), "signatories lost: {lost:?}");
}

#[test]
fn the_window_and_a_review_process_at_once_lose_no_verdict() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let dir = race_workspace();
    let root = dir.path().to_owned();
    let app = app_with(&root, reviewing("Window"));
    let mut harness = start(harness_builder(egui::vec2(1400.0, 1000.0)), app);
    harness.get_by_label_contains("Race, de:").click();
    harness.run();
    harness.get_by_label("Review…").click();
    harness.run();

    let process = std::thread::spawn({
        let root = root.clone();
        move || approve_each(root, ROUNDS, "Process")
    });
    // The window approves m0, m1, … (the first needing review each time) and saves after each.
    for _ in 0..ROUNDS {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        harness.step();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
        // Stepped, not run to rest: the process keeps changing the file, and the window keeps
        // noticing.
        for _ in 0..500 {
            harness.step();
            if !harness.state().is_saving() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    let (recorded, errors) = process.join().unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(recorded, ROUNDS);
    // Whatever the process wrote while the window saved is noticed, merged and saved again.
    for _ in 0..600 {
        harness.step();
        let app = harness.state();
        if app.dirty_files() == 0 && !app.is_saving() && approvals(&root).len() == 2 * ROUNDS {
            break;
        }
        assert!(
            !app.is_asking_about_outside_changes(),
            "review records of different messages must merge without asking"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let approved = approvals(&root);
    let lost = unapproved(&approved);
    println!(
        "the window and a review process: {} verdicts in the file, lost: {}",
        approved.len(),
        lost.len()
    );
    assert!(lost.is_empty(), "lost verdicts: {lost:?}");
    for (id, reviewer) in &approved {
        let n: usize = id[1..].parse().unwrap();
        let expected = if n < ROUNDS { "Window" } else { "Process" };
        assert_eq!(reviewer, expected, "{id}");
    }
    assert_eq!(harness.state().dirty_files(), 0);
}
