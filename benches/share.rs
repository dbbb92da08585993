//! Sharing through git, measured beside git itself on the same repository in the same run:
//!
//! - the history of one message among 2,000 commits touching its file, beside `git log -L` over the
//!   message's lines, and at 500 commits to show how it grows;
//! - where a workspace of 50 files × 2,000 messages stands, beside `git status --porcelain`;
//! - Share of one changed file against a bare repository on disk, beside the same git commands
//!   run by hand (add, commit, fetch, merge, push).
//!
//! Repositories are written with `git fast-import`, so that 2,000 commits take a moment to make.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

const MESSAGES: usize = 200;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A Fluent file of `MESSAGES` messages, each at its version.
fn file(versions: &[usize]) -> String {
    let mut text = String::new();
    for (m, v) in versions.iter().enumerate() {
        let id = if m == 0 {
            "demand".to_owned()
        } else {
            format!("message-{m}")
        };
        text.push_str(&format!(
            "{id} = Text of message {m}, version {v}, with a few more words.\n"
        ));
    }
    text
}

/// A repository whose `locales/fr/s.ftl` was changed by `commits` commits, every tenth of them
/// in `demand`.
fn history_repository(root: &Path, commits: usize) -> PathBuf {
    let dir = root.join(format!("history-{commits}"));
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "--quiet", "-b", "main"]);
    let mut stream = String::new();
    let mut versions = vec![0; MESSAGES];
    for c in 0..commits {
        let changed = if c % 10 == 0 {
            0
        } else {
            1 + c % (MESSAGES - 1)
        };
        versions[changed] = c;
        let data = file(&versions);
        stream.push_str("commit refs/heads/main\n");
        stream.push_str(&format!(
            "committer Ana Lima <ana@example.org> {} +0000\n",
            1_700_000_000 + c * 60
        ));
        let message = format!("change {c}");
        stream.push_str(&format!("data {}\n{message}\n", message.len()));
        stream.push_str(&format!(
            "M 100644 inline locales/fr/s.ftl\ndata {}\n{data}\n",
            data.len()
        ));
    }
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stream.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    git(&dir, &["checkout", "--quiet", "main"]);
    dir
}

fn history(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("history of one message");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for commits in [500, 2_000] {
        let dir = history_repository(root.path(), commits);
        let file = Path::new("locales/fr/s.ftl");
        let found = chorus::share::history::history(&dir, file, "demand").unwrap();
        assert_eq!(found.len(), commits / 10);
        group.bench_function(format!("chorus, {commits} commits"), |b| {
            b.iter(|| chorus::share::history::history(&dir, file, "demand").unwrap())
        });
        group.bench_function(format!("git log -L, {commits} commits"), |b| {
            b.iter(|| {
                git(
                    &dir,
                    &[
                        "log",
                        "-L",
                        "/^demand = /,+1:locales/fr/s.ftl",
                        "--format=%H",
                    ],
                )
            })
        });
    }
    group.finish();
}

fn status(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("workspace");
    for s in 0..50 {
        let folder = dir.join("locales/fr");
        std::fs::create_dir_all(&folder).unwrap();
        let mut text = String::new();
        for m in 0..2_000 {
            text.push_str(&format!("message-{m} = Statement {s}, message {m}.\n"));
        }
        std::fs::write(folder.join(format!("s{s}.ftl")), text).unwrap();
    }
    std::fs::create_dir_all(dir.join("statements")).unwrap();
    git(&dir, &["init", "--quiet", "-b", "main"]);
    git(&dir, &["add", "-A"]);
    git(
        &dir,
        &[
            "-c",
            "user.name=A",
            "-c",
            "user.email=a@example.org",
            "commit",
            "--quiet",
            "-m",
            "all",
        ],
    );
    std::fs::write(dir.join("locales/fr/s7.ftl"), "message-0 = Changed.\n").unwrap();
    let status = chorus::share::status::status(&dir).unwrap().unwrap();
    assert_eq!(status.unshared, 1);
    let mut group = c.benchmark_group("status of 50 files × 2,000 messages");
    group.sample_size(20);
    group.bench_function("chorus", |b| {
        b.iter(|| chorus::share::status::status(&dir).unwrap())
    });
    group.bench_function("git status --porcelain", |b| {
        b.iter(|| git(&dir, &["status", "--porcelain"]))
    });
    group.finish();
}

fn share(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    // Each side its own bare repository: neither has the other's commits to merge.
    let clone = |name: &str| {
        let remote = root.path().join(format!("{name}.git"));
        git(
            root.path(),
            &[
                "init",
                "--quiet",
                "--bare",
                "-b",
                "main",
                remote.to_str().unwrap(),
            ],
        );
        git(
            root.path(),
            &["clone", "--quiet", remote.to_str().unwrap(), name],
        );
        let dir = root.path().join(name);
        git(&dir, &["symbolic-ref", "HEAD", "refs/heads/main"]);
        git(&dir, &["config", "user.name", "Ana Lima"]);
        git(&dir, &["config", "user.email", "ana@example.org"]);
        std::fs::create_dir_all(dir.join("locales/fr")).unwrap();
        std::fs::create_dir_all(dir.join("statements")).unwrap();
        dir
    };
    let (chorus_dir, by_hand) = (clone("with-chorus"), clone("by-hand"));
    let program = Path::new(env!("CARGO_BIN_EXE_chorus"));
    let options = chorus::share::sync::SyncOptions {
        program: program.to_owned(),
        ..Default::default()
    };
    let mut n = 0;
    let mut change = |dir: &Path| {
        n += 1;
        let mut versions = vec![0; MESSAGES];
        versions[0] = n;
        std::fs::write(dir.join("locales/fr/s.ftl"), file(&versions)).unwrap();
    };
    let mut group = c.benchmark_group("share one changed file");
    group.sample_size(10);
    group.bench_function("chorus sync", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                change(&chorus_dir);
                let start = Instant::now();
                let report = chorus::share::sync::sync(&chorus_dir, &options, &|| false).unwrap();
                spent += start.elapsed();
                assert!(report.pushed);
            }
            spent
        })
    });
    group.bench_function("the git commands by hand", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                change(&by_hand);
                let start = Instant::now();
                git(&by_hand, &["add", "-A", "--", "locales"]);
                git(&by_hand, &["commit", "--quiet", "-m", "fr: change"]);
                git(&by_hand, &["fetch", "--quiet", "origin"]);
                let _ = Command::new("git")
                    .args(["merge", "--quiet", "--no-edit", "origin/main"])
                    .current_dir(&by_hand)
                    .output();
                git(
                    &by_hand,
                    &["push", "--quiet", "origin", "HEAD:refs/heads/main"],
                );
                spent += start.elapsed();
            }
            spent
        })
    });
    group.finish();
}

criterion_group!(benches, history, status, share);
criterion_main!(benches);
