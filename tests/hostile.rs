//! A hostile workspace: what a malicious or careless file, command or second writer can do, tried
//! against every command and file kind it could reach. Each test names the fault it guards against
//! (issue 15) and tries the neighbours of the case that showed it.

mod common;
use common::sample_copy;

use std::path::Path;
use std::process::{Command, Output};

const STATEMENT: &str = "free-boris-kagarlitsky";

fn chorus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Replaces the first line of a file that starts with `prefix` by `line`.
fn replace_line(path: &Path, prefix: &str, line: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if !found && l.starts_with(prefix) {
                found = true;
                line.to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect();
    assert!(
        found,
        "no line starts with {prefix:?} in {}",
        path.display()
    );
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

fn ftl(dir: &Path, locale: &str) -> std::path::PathBuf {
    dir.join("locales")
        .join(locale)
        .join(format!("{STATEMENT}.ftl"))
}

// ---------------------------------------------------------------------------------------------------
// 1. Nesting deep enough to overflow a recursive parser's stack.

/// The ways Fluent nests: placeables in placeables, selects in variants, calls in arguments, term
/// arguments, named arguments; each `depth` deep, as the value of `headline`.
fn nestings(depth: usize) -> Vec<(&'static str, String)> {
    let select = {
        let mut s = String::from("headline =\n");
        for _ in 0..depth {
            s.push_str("    { $n ->\n       *[other] x\n");
        }
        s.push_str(&"    }\n".repeat(depth));
        s
    };
    vec![
        (
            "placeables",
            format!("headline = {}$x{}", "{".repeat(depth), "}".repeat(depth)),
        ),
        ("selects", select.trim_end().to_owned()),
        (
            "calls",
            format!(
                "headline = {{ {}1{} }}",
                "NUMBER(".repeat(depth),
                ")".repeat(depth)
            ),
        ),
        (
            "term arguments",
            format!(
                "headline = {{ {}1{} }}",
                "-t(".repeat(depth),
                ")".repeat(depth)
            ),
        ),
        (
            "attribute",
            format!(
                "headline = fine\n    .title = {}$x{}",
                "{".repeat(depth),
                "}".repeat(depth)
            ),
        ),
    ]
}

#[test]
fn fault_1_deep_nesting_is_junk_with_its_place_in_every_command_never_a_crash() {
    for (kind, entry) in nestings(15_000) {
        let dir = sample_copy();
        let de = ftl(dir.path(), "de");
        replace_line(&de, "headline =", &entry);
        let root = dir.path().to_str().unwrap();
        let status = chorus(&["status", root]);
        assert_eq!(status.status.code(), Some(0), "{kind}: {}", stderr(&status));
        assert!(
            stderr(&status).contains("nested more than 64 deep"),
            "{kind}: {}",
            stderr(&status)
        );
        // `locales/de/….ftl:LINE:COLUMN: error: …`
        let named = stderr(&status).lines().any(|l| {
            l.starts_with(&format!("locales/de/{STATEMENT}.ftl:")) && l.contains("nested")
        });
        assert!(
            named,
            "{kind}: names the file, line and column: {}",
            stderr(&status)
        );
        for args in [
            vec!["check", root],
            vec!["review", root, "--statement", STATEMENT, "--locale", "de"],
            vec![
                "signoff",
                root,
                "--statement",
                STATEMENT,
                "--locale",
                "de",
                "--reviewer",
                "X",
            ],
            vec![
                "export",
                root,
                "--statement",
                STATEMENT,
                "--all",
                "--draft",
                "--out",
            ],
        ] {
            let mut args = args;
            let out_dir = dir.path().join("out");
            let out_dir = out_dir.to_str().unwrap().to_owned();
            if args.last() == Some(&"--out") {
                args.push(&out_dir);
            }
            let out = chorus(&args);
            assert!(
                matches!(out.status.code(), Some(0..=2)),
                "{kind}: chorus {} ended with {:?}: {}",
                args[0],
                out.status,
                stderr(&out)
            );
        }
        // The other statements and locales are untouched by it.
        let json = chorus(&["status", root, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        assert!(json["statements"].as_array().unwrap().len() >= 3, "{kind}");
    }
}

#[test]
fn fault_1_a_fluent_project_checked_folder_by_folder_survives_deep_nesting_too() {
    let dir = tempfile::tempdir().unwrap();
    for locale in ["en", "de"] {
        std::fs::create_dir_all(dir.path().join(locale)).unwrap();
    }
    std::fs::write(dir.path().join("en/app.ftl"), "a = A\nb = B\n").unwrap();
    for (kind, entry) in nestings(3_000) {
        std::fs::write(dir.path().join("de/app.ftl"), format!("{entry}\nb = B\n")).unwrap();
        let out = chorus(&[
            "check",
            "--reference",
            dir.path().join("en").to_str().unwrap(),
            "--target",
            dir.path().join("de").to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{kind}: {}", stderr(&out));
        assert!(
            stdout(&out).contains("nested more than 64 deep"),
            "{kind}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn fault_1_nesting_typed_into_a_field_is_refused_with_the_reason() {
    use chorus::document::{Document, Edit, EditError};
    let mut doc = Document::parse("a = A\n");
    let deep = format!("{}$x{}", "{".repeat(65), "}".repeat(65));
    let err = doc
        .apply(&Edit::SetValue {
            id: "a".into(),
            value: Some(deep),
        })
        .unwrap_err();
    assert!(
        matches!(&err, EditError::Invalid { message, .. } if message.contains("nested more than")),
        "{err}"
    );
    assert_eq!(doc.text(), "a = A\n");
    let fine = format!("{}$x{}", "{".repeat(64), "}".repeat(64));
    doc.apply(&Edit::SetValue {
        id: "a".into(),
        value: Some(fine),
    })
    .unwrap();
}
