//! A hostile workspace: what a malicious or careless file, command or second writer can do, tried
//! against every command and file kind it could reach. Each test names the fault it guards against
//! (issue 15) and tries the neighbours of the case that showed it.

mod common;
use std::path::Path;
use std::process::{Command, Output};

use common::sample_copy;

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
    use chorus::fluent::document::{Document, Edit, EditError};
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

#[test]
fn fault_1_the_window_opens_a_statement_with_deep_nesting_and_shows_why() {
    use egui_kittest::kittest::Queryable;
    let dir = sample_copy();
    let (_, entry) = &nestings(5_000)[0];
    replace_line(&ftl(dir.path(), "de"), "headline =", entry);
    let mut harness = common::start(
        common::harness_builder(egui::vec2(1400.0, 1000.0)),
        common::app_on(dir.path()),
    );
    harness
        .get_by_label_contains("Free Boris Kagarlitsky, de:")
        .click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("nested more than 64 deep")
            .next()
            .is_some(),
        "the finding says why the headline is not read"
    );
}

// ---------------------------------------------------------------------------------------------------
// 3. Many findings in one message: reported once each up to ten, then counted.

#[test]
fn fault_3_a_message_of_many_direction_controls_is_ten_findings_and_a_count() {
    let dir = sample_copy();
    let de = ftl(dir.path(), "de");
    let n = 200_000;
    replace_line(
        &de,
        "headline =",
        &format!("headline = {} x", "\u{202B}".repeat(n)),
    );
    // And a source message full of control characters: the source is checked too.
    let en = ftl(dir.path(), "en");
    replace_line(
        &en,
        "demand =",
        &format!("demand = We demand{}", "\u{7}".repeat(n)),
    );
    let out = chorus(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let of = |code: &str, locale: &str, id: &str| -> Vec<&serde_json::Value> {
        findings
            .iter()
            .filter(|f| f["code"] == code && f["locale"] == locale && f["id"] == id)
            .collect()
    };
    for (code, locale, id) in [
        ("bidi-control", "de", "headline"),
        ("control-character", "en", "demand"),
    ] {
        let found = of(code, locale, id);
        assert_eq!(found.len(), 10, "{code} in {locale} {id}");
        let last = found[9]["message"].as_str().unwrap();
        assert!(
            last.contains(&format!("and {} more like it", n - 10)),
            "{last}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// 5. Control characters from files never reach a terminal as they are.

/// Every character of `text` a terminal would act on, other than line breaks and tabs, and other
/// than the colour codes Chorus writes itself.
fn terminal_commands(text: &str) -> Vec<char> {
    let ours = ["\u{1b}[31;9m", "\u{1b}[32;4m", "\u{1b}[0m"];
    let mut rest = text.to_owned();
    for code in ours {
        rest = rest.replace(code, "");
    }
    rest.chars()
        .filter(|&c| chorus::base::terminal::is_unsafe(c) && !matches!(c, '\n' | '\t'))
        .collect()
}

#[test]
fn fault_5_control_characters_in_translations_names_and_file_names_are_shown_escaped() {
    let dir = sample_copy();
    let root = dir.path();
    let hostile = "\u{1b}]0;owned\u{7}\u{1b}[8mhidden\r\u{8}\u{9b}2J\u{202E}desrever";
    replace_line(&ftl(root, "de"), "demand =", &format!("demand = {hostile}"));
    replace_line(
        &ftl(root, "en"),
        "demand =",
        &format!("demand = We demand {hostile}"),
    );
    // A statement title and a signatory, a reviewer's name and comment, and a file name.
    let statement = root.join(format!("statements/{STATEMENT}.ron"));
    let text = std::fs::read_to_string(&statement).unwrap();
    let title = ron::to_string(&format!("Title{hostile}")).unwrap();
    let text = text.replacen(
        "title: \"Free Boris Kagarlitsky\"",
        &format!("title: {title}"),
        1,
    );
    std::fs::write(&statement, text).unwrap();
    std::fs::write(root.join(format!("locales/de/x{hostile}.ftl")), "x = y\n").unwrap();
    let r = root.to_str().unwrap();
    let reject = chorus(&[
        "review",
        r,
        "--statement",
        STATEMENT,
        "--locale",
        "es",
        "--reject",
        "demand",
        "--comment",
        &format!("fix{hostile}"),
        "--reviewer",
        &format!("Eve{hostile}"),
    ]);
    assert!(reject.status.success(), "{}", stderr(&reject));
    let out_dir = root.join("out");
    let runs: Vec<Vec<&str>> = vec![
        vec!["status", r],
        vec!["check", r],
        vec![
            "review",
            r,
            "--statement",
            STATEMENT,
            "--locale",
            "de",
            "--all",
            "--color",
            "never",
        ],
        vec![
            "review",
            r,
            "--statement",
            STATEMENT,
            "--locale",
            "de",
            "--all",
            "--color",
            "always",
        ],
        vec![
            "review",
            r,
            "--statement",
            STATEMENT,
            "--locale",
            "es",
            "--color",
            "never",
        ],
        vec![
            "signoff",
            r,
            "--statement",
            STATEMENT,
            "--locale",
            "de",
            "--reviewer",
            "Eve\u{1b}[8m",
        ],
        vec![
            "export",
            r,
            "--statement",
            STATEMENT,
            "--all",
            "--draft",
            "--out",
            out_dir.to_str().unwrap(),
        ],
    ];
    for args in runs {
        let out = chorus(&args);
        for (stream, text) in [("stdout", stdout(&out)), ("stderr", stderr(&out))] {
            let found = terminal_commands(&text);
            assert!(
                found.is_empty(),
                "chorus {} wrote {found:?} to {stream}:\n{text}",
                args.join(" ")
            );
        }
        // What was there is still there to see, escaped.
        if args[0] == "review" && args.contains(&"de") {
            assert!(
                stdout(&out).contains("\\u{1B}]0;owned\\u{7}"),
                "{}",
                stdout(&out)
            );
            assert!(
                stdout(&out).contains("\\u{202E}desrever"),
                "{}",
                stdout(&out)
            );
        }
    }
    // The checks name it, in the translation and in the source.
    let check = stdout(&chorus(&["check", r]));
    for locale in ["de", "en"] {
        let section = check.split("\n\n").find(|s| s.starts_with(locale)).unwrap();
        assert!(section.contains("control-character"), "{section}");
        assert!(section.contains("U+001B ESCAPE"), "{section}");
    }
}

// ---------------------------------------------------------------------------------------------------
// 6. New files are as readable as any new file of the user's; replaced ones keep their mode.

#[cfg(unix)]
#[test]
fn fault_6_exported_pages_the_index_and_new_review_files_get_the_umask_s_mode() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = sample_copy();
    let root = dir.path();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // What the umask this test runs under (and its children inherit) gives a new file.
    let plain = root.join("plain");
    std::fs::write(&plain, "x").unwrap();
    let usual = mode(&plain);
    let out = root.join("public");
    let done = chorus(&[
        "export",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--all",
        "--draft",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(out.join("index.html").is_file(), "{}", stderr(&done));
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), usual, "{}", path.display());
    }
    // A review file made now (Spanish has none yet).
    let review = root.join(format!("reviews/{STATEMENT}/es.ron"));
    assert!(!review.exists());
    let approve = chorus(&[
        "review",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--locale",
        "es",
        "--approve",
        "-person",
        "--reviewer",
        "R",
    ]);
    assert!(approve.status.success(), "{}", stderr(&approve));
    assert_eq!(mode(&review), usual);
    // A page replaced with --force keeps the mode it had.
    let page = out.join(format!("{STATEMENT}.fr.html"));
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o640)).unwrap();
    chorus(&[
        "export",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--locale",
        "fr",
        "--force",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(mode(&page), 0o640);
}

// ---------------------------------------------------------------------------------------------------
// 7. and 8. Only what was checked and can be read is published as signed off.

/// Signs `locale` off as it is now, whatever the checks say: a sign-off made before the checks
/// looked at it (or written by hand).
fn sign_off_as_is(root: &Path, locale: &str) {
    let mut ws = chorus::workspace::Workspace::load(root).unwrap();
    let (id, locale) = (
        chorus::base::ids::Id::new(STATEMENT).unwrap(),
        chorus::base::ids::Locale::new(locale).unwrap(),
    );
    let digest = chorus::review::LocaleReview::of(&ws, &id, &locale)
        .unwrap()
        .digest;
    ws.reviews_mut(&id, &locale).sign_off("Someone", "", digest);
    ws.save_all().unwrap();
}

fn export_locale(root: &Path, locale: &str, draft: bool) -> (Output, std::path::PathBuf) {
    let out = root.join(format!("out-{locale}-{draft}"));
    let mut args = vec![
        "export",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--locale",
        locale,
        "--out",
        out.to_str().unwrap(),
    ];
    if draft {
        args.push("--draft");
    }
    (chorus(&args), out)
}

#[test]
fn fault_7_an_override_in_the_source_or_a_translation_is_checked_refused_and_never_exported() {
    let dir = sample_copy();
    let root = dir.path();
    replace_line(
        &ftl(root, "en"),
        "demand =",
        "demand = We \u{202E}dnamed t'nod eW",
    );
    // The checks report it in the source.
    let check = chorus(&["check", root.to_str().unwrap(), "--locale", "en"]);
    assert_eq!(check.status.code(), Some(1), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("bidi-control"),
        "{}",
        stdout(&check)
    );
    // The source cannot be signed off with it.
    let refused = chorus(&[
        "signoff",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--locale",
        "en",
        "--reviewer",
        "R",
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("U+202E"), "{}", stderr(&refused));
    // Signed off anyway (by hand, or before this check): still not exported as signed off.
    sign_off_as_is(root, "en");
    let (out, folder) = export_locale(root, "en", false);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("U+202E"), "{}", stderr(&out));
    assert!(!folder.join(format!("{STATEMENT}.en.txt")).exists());
    // As a draft it says so, and the plain text keeps no direction mark at all.
    let (out, folder) = export_locale(root, "en", true);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = std::fs::read_to_string(folder.join(format!("{STATEMENT}.en.txt"))).unwrap();
    assert!(
        text.starts_with(chorus::publish::export::DRAFT_MARK),
        "{text}"
    );
    assert!(text.contains("U+202E"), "the draft mark says why: {text}");
    assert!(
        !text.chars().any(|c| ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{61C}')),
        "{text:?}"
    );
    let html = std::fs::read_to_string(folder.join(format!("{STATEMENT}.en.html"))).unwrap();
    assert!(html.contains("Missing or broken"), "{html}");

    // The same in a translation that was signed off (French is, in the sample).
    replace_line(
        &ftl(root, "fr"),
        "demand =",
        "demand = Nous \u{202D}exigeons",
    );
    sign_off_as_is(root, "fr");
    let (out, _) = export_locale(root, "fr", false);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("fr was not exported"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fault_8_an_unreadable_or_broken_source_or_translation_is_refused_or_drafted_saying_so() {
    // A source saved as UTF-16: nothing of it can be read.
    let dir = sample_copy();
    let root = dir.path();
    let en = ftl(root, "en");
    let text = std::fs::read_to_string(&en).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(&en, utf16).unwrap();
    let (out, folder) = export_locale(root, "fr", false);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("locales/en/{STATEMENT}.ftl could not be read")),
        "{}",
        stderr(&out)
    );
    assert!(!folder.join(format!("{STATEMENT}.fr.html")).exists());
    let (out, folder) = export_locale(root, "en", true);
    assert_eq!(out.status.code(), Some(1));
    let page = std::fs::read_to_string(folder.join(format!("{STATEMENT}.en.txt"))).unwrap();
    assert!(page.contains("could not be read"), "{page}");
    assert!(page.contains("unresolved"), "{page}");

    // A translation that cannot be read: its draft would be all English.
    let dir = sample_copy();
    let root = dir.path();
    let mut bytes = std::fs::read(ftl(root, "de")).unwrap();
    bytes.splice(0..0, [0xC3, 0x28]);
    std::fs::write(ftl(root, "de"), bytes).unwrap();
    let (out, folder) = export_locale(root, "de", true);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("de was exported as a draft"),
        "{}",
        stderr(&out)
    );
    let html = std::fs::read_to_string(folder.join(format!("{STATEMENT}.de.html"))).unwrap();
    assert!(html.contains("could not be read"), "{html}");

    // A source message with a syntax error: pages would show it unresolved.
    let dir = sample_copy();
    let root = dir.path();
    replace_line(&ftl(root, "en"), "demand =", "demand = We demand { $");
    let (out, _) = export_locale(root, "en", true);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("\"demand\" would show"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------------
// 9. and 10. Review files: times and places are checked, and every problem is reported.

fn status_problems(root: &Path) -> Vec<serde_json::Value> {
    let out = chorus(&["status", root.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["problems"].as_array().unwrap().clone()
}

#[test]
fn fault_9_a_sign_off_or_review_time_that_is_not_a_utc_time_is_refused_with_its_place() {
    for bad in [
        "9999-99-99 99:99",
        "\"><script>",
        "2023-02-30T10:00:00Z",
        "0000-01-01T00:00:00Z",
    ] {
        for field in ["sign-off", "review"] {
            let dir = sample_copy();
            let root = dir.path();
            let path = root.join(format!("reviews/{STATEMENT}/fr.ron"));
            let text = std::fs::read_to_string(&path).unwrap();
            let written = ron::to_string(bad).unwrap();
            // The sign-off's time is the last `time:` in the file; a review's, the first.
            let at = match field {
                "sign-off" => text.rfind("time: ").unwrap(),
                _ => text.find("time: ").unwrap(),
            };
            let end = at + text[at..].find(',').unwrap();
            let changed = format!("{}time: {written}{}", &text[..at], &text[end..]);
            std::fs::write(&path, &changed).unwrap();
            let problems = status_problems(root);
            let problem = problems
                .iter()
                .find(|p| p["file"] == format!("reviews/{STATEMENT}/fr.ron"))
                .unwrap_or_else(|| panic!("{bad} in the {field}: no problem in {problems:?}"));
            assert!(
                problem["message"].as_str().unwrap().contains("UTC time"),
                "{problem}"
            );
            let line = problem["line"].as_u64().unwrap() as usize;
            assert!(
                changed.lines().nth(line - 1).unwrap().contains("time:"),
                "{bad} in the {field}: line {line}"
            );
        }
    }
    // A statement's date in year 0 is not a day of any calendar (nor of HTML's <time>).
    let dir = sample_copy();
    let statement = dir.path().join(format!("statements/{STATEMENT}.ron"));
    let text = std::fs::read_to_string(&statement).unwrap();
    let at = text.find("date: \"").unwrap();
    let changed = format!("{}date: \"0000-01-01\"{}", &text[..at], &text[at + 18..]);
    std::fs::write(&statement, changed).unwrap();
    let problems = status_problems(dir.path());
    assert!(
        problems.iter().any(|p| p["message"]
            .as_str()
            .unwrap()
            .contains("years start at 0001")
            && p["line"].is_number()),
        "{problems:?}"
    );
}

#[test]
fn fault_10_reviews_in_the_wrong_place_are_problems_not_silence() {
    let dir = sample_copy();
    let root = dir.path();
    // A file where a statement's folder of reviews should be.
    std::fs::write(root.join("reviews/petition-kagarlitsky"), "Reviews()").unwrap();
    // Reviews of a locale the statement does not have, and of a statement that does not exist.
    let fr = std::fs::read_to_string(root.join(format!("reviews/{STATEMENT}/fr.ron"))).unwrap();
    std::fs::write(
        root.join(format!("reviews/{STATEMENT}/it.ron")),
        fr.replace("locale: \"fr\"", "locale: \"it\""),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("reviews/no-such-statement")).unwrap();
    std::fs::write(
        root.join("reviews/no-such-statement/fr.ron"),
        fr.replace(
            &format!("statement: \"{STATEMENT}\""),
            "statement: \"no-such-statement\"",
        ),
    )
    .unwrap();
    let problems = status_problems(root);
    for (file, words) in [
        ("reviews/petition-kagarlitsky", "not a folder"),
        (
            &format!("reviews/{STATEMENT}/it.ron")[..],
            "not among the locales",
        ),
        ("reviews/no-such-statement/fr.ron", "there is no statement"),
    ] {
        assert!(
            problems
                .iter()
                .any(|p| p["file"] == file && p["message"].as_str().unwrap().contains(words)),
            "{file}: {problems:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// The smaller ones.

#[test]
fn a_term_id_is_a_value_of_approve_and_an_error_says_its_cause_once() {
    let dir = sample_copy();
    let r = dir.path().to_str().unwrap();
    let out = chorus(&[
        "review",
        r,
        "--statement",
        STATEMENT,
        "--locale",
        "es",
        "--approve",
        "-person",
        "--reject",
        "-fsb",
        "--comment",
        "-FSB is the FSB",
        "--reviewer",
        "R",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("recorded: 1 approved, 1 rejected"));
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let out = chorus(&[
        "export",
        r,
        "--statement",
        STATEMENT,
        "--all",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    let cause = message.rsplit(": ").next().unwrap().trim();
    assert_eq!(message.matches(cause).count(), 1, "{message}");
}

#[test]
fn the_index_links_only_pages_that_are_there_and_plain_text_holds_no_control_character() {
    let dir = sample_copy();
    let root = dir.path();
    replace_line(
        &ftl(root, "de"),
        "demand =",
        "demand = Frei\u{0}heit \u{7}jetzt",
    );
    let out = root.join("public");
    // A folder where the German page would go: writing it fails.
    std::fs::create_dir_all(out.join(format!("{STATEMENT}.de.html"))).unwrap();
    std::fs::write(out.join(format!("{STATEMENT}.de.html/keep")), "x").unwrap();
    let done = chorus(&[
        "export",
        root.to_str().unwrap(),
        "--statement",
        STATEMENT,
        "--all",
        "--draft",
        "--force",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(1), "{}", stderr(&done));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!index.contains(&format!("{STATEMENT}.de.html")), "{index}");
    assert!(index.contains(&format!("{STATEMENT}.fr.html")), "{index}");
    // The index's heading is the headline of a page, which a sign-off covers; never the title.
    assert!(
        !index.contains("<h1>Free Boris Kagarlitsky</h1>"),
        "{index}"
    );
    let text = std::fs::read_to_string(out.join(format!("{STATEMENT}.de.txt"))).unwrap();
    assert!(text.contains("Freiheit jetzt"), "{text}");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
}
