//! The `chorus` binary on the sample workspace and on broken copies of it.

mod common;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use common::{sample, sample_copy};

fn chorus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .output()
        .unwrap()
}

fn status_json(dir: &Path) -> Value {
    let out = chorus(&["status", dir.to_str().unwrap(), "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Message and term ids in a Fluent file, counted the simple way: lines that start an entry.
fn ids_in(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| {
            l.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') && l.contains(" =")
        })
        .map(|l| l.split(" =").next().unwrap().trim().to_owned())
        .collect()
}

fn locale<'a>(statement: &'a Value, tag: &str) -> &'a Value {
    statement["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == tag)
        .unwrap()
}

fn statement<'a>(status: &'a Value, id: &str) -> &'a Value {
    status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()
}

#[test]
fn status_json_lists_every_sample_statement_and_locale() {
    let status = status_json(&sample());
    let statements = status["statements"].as_array().unwrap();
    let ids: Vec<&str> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "free-boris-kagarlitsky",
            "petition-kagarlitsky",
            "release-detained-activist"
        ]
    );
    for s in statements {
        assert_eq!(s["source"], "en");
        let tags: Vec<&str> = s["locales"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["locale"].as_str().unwrap())
            .collect();
        assert_eq!(
            tags,
            ["en", "ru", "uk", "es", "fr", "de", "pt-BR", "ar", "zh-CN"]
        );
        for l in s["locales"].as_array().unwrap() {
            for key in ["messages", "translated", "missing", "obsolete", "errors"] {
                assert!(l[key].is_u64(), "{key} missing in {l}");
            }
            let (messages, translated, missing) = (
                l["messages"].as_u64().unwrap(),
                l["translated"].as_u64().unwrap(),
                l["missing"].as_u64().unwrap(),
            );
            assert_eq!(translated + missing, messages, "{l}");
            assert_eq!(l["errors"], 0, "{l}");
            assert_eq!(l["obsolete"], 0, "{l}");
        }
    }
    assert_eq!(
        status["problems"].as_array().unwrap().len(),
        0,
        "{}",
        status["problems"]
    );
}

#[test]
fn status_counts_match_the_files() {
    let status = status_json(&sample());
    let s = statement(&status, "free-boris-kagarlitsky");
    let source = ids_in(&sample().join("locales/en/free-boris-kagarlitsky.ftl"));
    assert_eq!(locale(s, "en")["messages"], source.len());
    for tag in ["ru", "es", "fr", "de", "ar", "zh-CN"] {
        assert_eq!(locale(s, tag)["missing"], 0, "{tag} should be complete");
    }
    for tag in ["uk", "pt-BR"] {
        let here = ids_in(&sample().join(format!("locales/{tag}/free-boris-kagarlitsky.ftl")));
        // The source's messages this locale has (its translations of the organisers' words,
        // such as `publication-germany-80db4c`, are not messages of the source).
        let translated = here.iter().filter(|id| source.contains(id)).count();
        let l = locale(s, tag);
        assert_eq!(l["translated"], translated, "{tag}");
        assert!(
            l["missing"].as_u64().unwrap() > 0,
            "{tag} should be partly translated"
        );
    }
}

#[test]
fn status_text_shows_a_table_per_statement() {
    let out = chorus(&["status", sample().to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("free-boris-kagarlitsky"));
    assert!(text.contains("locale   messages translated  missing obsolete  errors"));
    assert!(text.contains("3 statements, 0 problems"), "{text}");
}

#[test]
fn a_folder_that_is_not_a_workspace_exits_2_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let out = chorus(&["status", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is not a Chorus workspace"), "{err}");
}

#[test]
fn a_broken_statement_is_reported_with_line_and_column_and_the_rest_loads() {
    let dir = sample_copy();
    let path = dir.path().join("statements/petition-kagarlitsky.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("headline: \"headline\",", "headline: \"headline\" oops,"),
    )
    .unwrap();
    let status = status_json(dir.path());
    let ids: Vec<&str> = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["free-boris-kagarlitsky", "release-detained-activist"]);
    let problem = &status["problems"][0];
    assert_eq!(problem["file"], "statements/petition-kagarlitsky.ron");
    let line = text
        .lines()
        .position(|l| l.contains("headline: \"headline\""))
        .unwrap()
        + 1;
    assert_eq!(problem["line"], line);
    assert!(problem["column"].as_u64().unwrap() > 1);

    // The text form names file, line and column too.
    let out = chorus(&["status", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!("statements/petition-kagarlitsky.ron:{line}:")),
        "{err}"
    );
}

#[test]
fn bad_files_and_folders_are_reported_and_nothing_is_written() {
    let dir = sample_copy();
    let ru = dir.path().join("locales/ru/petition-kagarlitsky.ftl");
    let mut bytes = std::fs::read(&ru).unwrap();
    bytes.splice(10..10, [0xFF, 0xFE]);
    std::fs::write(&ru, &bytes).unwrap();
    let de = dir.path().join("locales/de/petition-kagarlitsky.ftl");
    let mut german = std::fs::read_to_string(&de).unwrap();
    // An unclosed placeable: the parser notices it where the next entry, `privacy`, begins.
    german = german.replacen("\nprivacy =", "\nbroken = { $signatures\n\nprivacy =", 1);
    std::fs::write(&de, &german).unwrap();
    std::fs::create_dir(dir.path().join("locales/pt_BR")).unwrap();

    let status = status_json(dir.path());
    let problems = status["problems"].as_array().unwrap();
    let find = |file: &str| {
        problems
            .iter()
            .find(|p| p["file"] == file)
            .unwrap_or_else(|| panic!("no problem for {file}: {problems:?}"))
    };
    let utf8 = find("locales/ru/petition-kagarlitsky.ftl");
    assert!(
        utf8["message"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8 at byte 10")
    );
    assert_eq!(utf8["line"], 1);
    let junk = find("locales/de/petition-kagarlitsky.ftl");
    let privacy_line = german
        .lines()
        .position(|l| l.starts_with("privacy ="))
        .unwrap()
        + 1;
    assert_eq!(junk["line"], privacy_line);
    assert!(junk["column"].as_u64().is_some());
    let folder = find("locales/pt_BR");
    assert!(folder["message"].as_str().unwrap().contains("pt-BR"));
    let s = statement(&status, "petition-kagarlitsky");
    assert_eq!(locale(s, "de")["errors"], 1);
    assert_eq!(locale(s, "ru")["translated"], 0);
    // Loading wrote nothing.
    assert_eq!(std::fs::read(&ru).unwrap(), bytes);
    assert_eq!(std::fs::read_to_string(&de).unwrap(), german);
}

fn check_json(args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = chorus(&all);
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), json)
}

#[test]
fn check_on_the_sample_finds_no_error_and_lists_the_missing_messages() {
    let dir = sample();
    let (code, json) = check_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json["summary"]["errors"], 0);
    // The Russian petition lacks its signature count on purpose (a plural to translate).
    let ru = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["locale"] == "ru" && f["code"] == "missing-message")
        .unwrap();
    assert_eq!(ru["id"], "signature-count");
    assert_eq!(ru["file"], "petition-kagarlitsky.ftl");
    let text = chorus(&["check", dir.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("ru\n  petition-kagarlitsky.ftl\n"), "{text}");
    assert!(text.contains("locales: 0 errors"), "{text}");
}

#[test]
fn check_reports_a_wrong_variable_with_its_place_and_exits_1() {
    let copy = sample_copy();
    let path = copy.path().join("locales/ru/free-boris-kagarlitsky.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("arrest ="))
        .unwrap()
        + 1;
    let text = text.replacen("arrest = ", "arrest = { $wrong } ", 1);
    std::fs::write(&path, text).unwrap();
    let dir = copy.path().to_str().unwrap();
    let (code, json) = check_json(&[
        dir,
        "--statement",
        "free-boris-kagarlitsky",
        "--locale",
        "ru",
    ]);
    assert_eq!(code, Some(1));
    let findings = json["findings"].as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["locale"] == "ru"),
        "--locale filters"
    );
    let wrong = findings
        .iter()
        .find(|f| f["code"] == "unknown-variable")
        .unwrap();
    assert_eq!(wrong["id"], "arrest");
    assert_eq!(wrong["line"], line as u64);
    assert_eq!(wrong["column"], 12);
    assert_eq!(wrong["severity"], "error");
    assert!(wrong["message"].as_str().unwrap().contains("$wrong"));
}

#[test]
fn check_that_cannot_run_exits_2_with_the_reason() {
    let out = chorus(&["check", "/nonexistent/chorus-workspace"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Chorus workspace"));
    let dir = sample();
    let out = chorus(&[
        "check",
        dir.to_str().unwrap(),
        "--statement",
        "no-such-statement",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no statement \"no-such-statement\""));
}
