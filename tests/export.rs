//! `chorus export` on copies of the sample: what is refused, what a draft looks like, escaping, paths,
//! determinism; the pages checked by the Nu HTML Checker and rendered by headless Chromium.
//!
//! The checker (vnu.jar, from the npm registry, run with Java) and Chromium are installed by `.ci/run`.
//! Without them these two tests say why and skip; under CI (`CI` set) they fail instead.

mod common;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::sample_copy;

const STATEMENT: &str = "free-boris-kagarlitsky";

fn chorus(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .arg("export")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn export(dir: &Path, out: &Path, args: &[&str]) -> Output {
    let out = out.to_str().unwrap();
    let all = [&["--statement", STATEMENT, "--out", out][..], args].concat();
    chorus(dir, &all)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn read(path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Replaces the line of a file that starts with `start`.
fn replace_line(path: &Path, start: &str, line: &str) {
    let text = read(path);
    let mut found = false;
    let changed: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with(start) && !found {
                found = true;
                line.to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect();
    assert!(found, "no line starts with {start:?} in {}", path.display());
    std::fs::write(path, changed.join("\n") + "\n").unwrap();
}

fn ftl(dir: &Path, locale: &str) -> PathBuf {
    dir.join("locales")
        .join(locale)
        .join(format!("{STATEMENT}.ftl"))
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn only_a_current_sign_off_is_exported_as_it_is_and_a_draft_says_so_in_both_formats() {
    let ws = sample_copy();
    let out = tempfile::tempdir().unwrap();

    // fr's sign-off is current: exported with its footer, no draft mark.
    let done = export(ws.path(), out.path(), &["--locale", "fr"]);
    assert!(done.status.success(), "{}", stderr(&done));
    let text = read(out.path().join(format!("{STATEMENT}.fr.txt")));
    let html = read(out.path().join(format!("{STATEMENT}.fr.html")));
    assert!(text.starts_with("Libérez Boris Kagarlitsky"), "{text}");
    assert!(!text.contains("DRAFT") && !html.contains("DRAFT"));
    let digest = "8c278c043b562493954ddb579281c626e8eeb61c85a19d641fc8fb820930c83d";
    assert!(
        text.contains("\n-- \nSigned off by Camille Martin on 2023-07-30 09:15 UTC.\n"),
        "{text}"
    );
    assert!(text.contains(digest), "{text}");
    assert!(html.contains("<footer lang=\"en\" dir=\"ltr\">"), "{html}");
    assert!(
        html.contains("Signed off by <bdi>Camille Martin</bdi>"),
        "{html}"
    );
    assert!(html.contains(&format!("<code>{digest}</code>")), "{html}");
    assert!(out.path().join("index.html").is_file());

    // de's sign-off lapsed, es has none: both refused, naming the locale and why; nothing written.
    let other = tempfile::tempdir().unwrap();
    let refused = export(
        ws.path(),
        other.path(),
        &["--locale", "de", "--locale", "es"],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let why = stderr(&refused);
    assert!(
        why.contains("de was not exported: its sign-off has lapsed"),
        "{why}"
    );
    assert!(
        why.contains("es was not exported: it is not signed off"),
        "{why}"
    );
    assert!(why.contains("--draft"), "{why}");
    assert!(
        names_in(other.path()).is_empty(),
        "{:?}",
        names_in(other.path())
    );

    // With --draft they are written, marked at the top and in the footer of both formats.
    let drafted = export(ws.path(), other.path(), &["--locale", "de", "--draft"]);
    assert!(drafted.status.success(), "{}", stderr(&drafted));
    let text = read(other.path().join(format!("{STATEMENT}.de.txt")));
    let html = read(other.path().join(format!("{STATEMENT}.de.html")));
    assert!(text.starts_with("DRAFT — not signed off\n\n"), "{text}");
    assert!(
        text.contains("DRAFT — not signed off. The sign-off by Jana Hoffmann on 2023-07-28"),
        "{text}"
    );
    assert!(text.contains("has lapsed"), "{text}");
    assert!(
        html.contains("<p class=\"draft\" lang=\"en\" dir=\"ltr\">DRAFT — not signed off</p>"),
        "{html}"
    );
    let footer = &html[html.find("<footer").unwrap()..];
    assert!(footer.contains("DRAFT — not signed off"), "{footer}");
    let index = read(other.path().join("index.html"));
    assert!(index.contains("Deutsch"), "{index}");
    assert!(index.contains("draft-tag"), "{index}");
}

#[test]
fn plain_text_holds_the_statement_in_order_with_signatories_date_and_publisher() {
    let ws = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let done = export(
        ws.path(),
        out.path(),
        &["--locale", "fr", "--format", "text"],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    assert_eq!(
        names_in(out.path()),
        [format!("{STATEMENT}.fr.txt")],
        "text only: no HTML, no index"
    );
    let text = read(out.path().join(format!("{STATEMENT}.fr.txt")));
    assert!(!text.contains('\r'), "LF line ends only");
    // The enabled sections in the statement's order; the disabled `wider-repression` left out.
    let order = [
        "Nous exigeons la libération",
        "Le 25 juillet 2023, le FSB",
        "Il a été transféré à Syktyvkar",
        "S’il est condamné",
        "Ce n’est pas la première fois",
        "est poursuivi pour ses paroles",
        "Nous appelons les organisations",
        "Signataires\n- Ana Lima (Translators for Solidarity, Brazil)\n",
        "- Jonas Weber (University of Leipzig, Germany), à titre personnel\n",
        "Free Voices Network · 27 juillet 2023\n",
        "-- \nSigned off by",
    ];
    let mut at = 0;
    for part in order {
        let found = text[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} not after byte {at} in:\n{text}"));
        at += found + part.len();
    }
    let fr = read(ftl(ws.path(), "fr"));
    let wider = fr
        .lines()
        .find_map(|l| l.strip_prefix("wider-repression = "))
        .unwrap();
    assert!(!text.contains(wider), "a disabled section is not exported");
}

#[test]
fn hostile_text_comes_out_as_text_in_html_and_unchanged_in_plain_text() {
    let ws = sample_copy();
    let fr = ftl(ws.path(), "fr");
    replace_line(&fr, "demand = ", "demand = <script>alert(1)</script>");
    replace_line(
        &fr,
        "argument = ",
        "argument = \"><img src=x onerror=alert(1)>",
    );
    replace_line(&fr, "call-to-action = ", "call-to-action = { \"<b>\" }");
    let ron = ws
        .path()
        .join("statements")
        .join(format!("{STATEMENT}.ron"));
    let statement = read(&ron).replace("name: \"Ana Lima\"", "name: \"<script>alert(2)</script>\"");
    let statement = statement.replace(
        "publisher: \"Free Voices Network\"",
        "publisher: \"Voices' \\\"&\\\" <i>\"",
    );
    std::fs::write(&ron, statement).unwrap();

    let out = tempfile::tempdir().unwrap();
    let done = export(ws.path(), out.path(), &["--locale", "fr", "--draft"]);
    assert!(done.status.success(), "{}", stderr(&done));
    let html = read(out.path().join(format!("{STATEMENT}.fr.html")));
    let text = read(out.path().join(format!("{STATEMENT}.fr.txt")));

    for shown in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "<p>&lt;b&gt;</p>",
        "<bdi class=\"name\">&lt;script&gt;alert(2)&lt;/script&gt;</bdi>",
        "Voices&#39; &quot;&amp;&quot; &lt;i&gt;",
    ] {
        assert!(html.contains(shown), "{shown} missing from:\n{html}");
    }
    // Every tag in the page is one the exporter writes: none came from the input.
    for (at, name) in chorus::publish::export::tag_names(&html) {
        assert!(
            chorus::publish::export::TAGS.contains(&name.as_str()),
            "unexpected tag <{name}> at byte {at}"
        );
    }
    for kept in [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "\n<b>\n",
        "- <script>alert(2)</script> (Translators for Solidarity, Brazil)",
        "Voices' \"&\" <i> · ",
    ] {
        assert!(text.contains(kept), "{kept:?} changed in:\n{text}");
    }
}

#[test]
fn arabic_is_right_to_left_in_html_with_isolated_values_and_in_logical_order_in_text() {
    let ws = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let done = export(ws.path(), out.path(), &["--locale", "ar", "--draft"]);
    assert!(done.status.success(), "{}", stderr(&done));
    let html = read(out.path().join(format!("{STATEMENT}.ar.html")));
    let text = read(out.path().join(format!("{STATEMENT}.ar.txt")));
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<meta charset=\"utf-8\">"));
    // Values of variables and names are isolated from the Arabic around them.
    assert!(
        html.contains("<bdi>free-boris@example.org</bdi>"),
        "the contact variable is isolated: {html}"
    );
    assert!(
        html.contains("<bdi class=\"name\">Ana Lima</bdi>"),
        "{html}"
    );
    // Plain text is in logical order, as written in the .ftl, with no invisible direction marks.
    let ar = read(ftl(ws.path(), "ar"));
    for id in ["headline = ", "demand = ", "call-to-action = "] {
        let value = ar.lines().find_map(|l| l.strip_prefix(id)).unwrap();
        if !value.contains('{') {
            assert!(
                text.contains(value),
                "{value:?} not in logical order in:\n{text}"
            );
        }
    }
    let controls = [
        '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}',
    ];
    assert!(
        !text.contains(controls),
        "no direction controls in plain text"
    );
    assert!(!html.contains(controls), "isolation is markup in HTML");
    let index = read(out.path().join("index.html"));
    assert!(
        index.contains(&format!(
            "<a href=\"{STATEMENT}.ar.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"
        )),
        "{index}"
    );
}

#[test]
fn an_existing_file_is_kept_without_force_and_no_id_can_leave_the_folder() {
    let ws = sample_copy();
    let out = tempfile::tempdir().unwrap();
    assert!(
        export(ws.path(), out.path(), &["--locale", "fr"])
            .status
            .success()
    );
    let txt = out.path().join(format!("{STATEMENT}.fr.txt"));
    std::fs::write(&txt, "my own edit\n").unwrap();

    let again = export(ws.path(), out.path(), &["--locale", "fr"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already there, kept as it is"),
        "{}",
        stderr(&again)
    );
    assert!(stderr(&again).contains(&format!("{STATEMENT}.fr.txt")));
    assert_eq!(
        read(&txt),
        "my own edit\n",
        "not overwritten without --force"
    );

    let forced = export(ws.path(), out.path(), &["--locale", "fr", "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(read(&txt).starts_with("Libérez"), "--force replaces it");
    let leftovers: Vec<_> = names_in(out.path())
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    // Ids that could name a path elsewhere are bad arguments (exit 2), and nothing is written.
    let inner = out.path().join("inner");
    for args in [
        &["--statement", "../x", "--locale", "fr"][..],
        &["--statement", STATEMENT, "--locale", "../x"],
        &["--statement", STATEMENT, "--locale", "fr/../../x"],
        &["--statement", "free-boris-kagarlitsky/../../x", "--all"],
        &["--statement", STATEMENT, "--locale", "it"],
        &["--statement", STATEMENT],
        &["--statement", STATEMENT, "--all", "--format", "pdf"],
    ] {
        let all = [args, &["--out", inner.to_str().unwrap()]].concat();
        let bad = chorus(ws.path(), &all);
        assert_eq!(bad.status.code(), Some(2), "{args:?}: {}", stderr(&bad));
        assert!(!stderr(&bad).is_empty());
    }
    assert!(!inner.exists(), "nothing was written for bad arguments");
    // A folder that cannot be made is a bad argument too, named in the message.
    let bad = export(ws.path(), &txt, &["--locale", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("cannot export into this folder"),
        "{}",
        stderr(&bad)
    );
    assert!(
        stderr(&bad).contains(&format!("{STATEMENT}.fr.txt")),
        "{}",
        stderr(&bad)
    );
    let outside: Vec<_> = names_in(ws.path());
    assert_eq!(outside, ["locales", "reviews", "statements"]);
}

#[test]
fn the_same_workspace_gives_the_same_bytes() {
    let ws = sample_copy();
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let args = ["--all", "--draft"];
    assert!(export(ws.path(), first.path(), &args).status.success());
    // A second later: a time stamp of the export itself would show.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(export(ws.path(), second.path(), &args).status.success());
    let names = names_in(first.path());
    assert_eq!(names.len(), 9 * 2 + 1);
    assert_eq!(names, names_in(second.path()));
    for name in names {
        assert_eq!(
            std::fs::read(first.path().join(&name)).unwrap(),
            std::fs::read(second.path().join(&name)).unwrap(),
            "{name} differs between two exports"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// External checkers

/// `what` when it is installed; otherwise `None` after saying why the test skips, or a failure under CI.
fn required<T>(what: Option<T>, missing: &str) -> Option<T> {
    if what.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{missing}; CI must install it (.ci/run does)"
        );
        eprintln!("skipping: {missing} (.ci/run installs it)");
    }
    what
}

/// The Nu HTML Checker's jar: `CHORUS_VNU_JAR`, or where `.ci/run` puts it, if Java is there to run it.
fn vnu() -> Option<PathBuf> {
    let jar = std::env::var_os("CHORUS_VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/vnu/node_modules/vnu-jar/build/dist/vnu.jar")
        });
    let java = Command::new("java").arg("-version").output();
    (jar.is_file() && java.is_ok_and(|o| o.status.success())).then_some(jar)
}

#[test]
fn every_exported_sample_page_passes_the_nu_html_checker() {
    let Some(jar) = required(
        vnu(),
        "the Nu HTML Checker (vnu.jar and java) is not installed",
    ) else {
        return;
    };
    let ws = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let statements = [
        "free-boris-kagarlitsky",
        "petition-kagarlitsky",
        "release-detained-activist",
    ];
    for statement in statements {
        let folder = out.path().join(statement);
        let done = chorus(
            ws.path(),
            &[
                "--statement",
                statement,
                "--all",
                "--draft",
                "--format",
                "html",
                "--out",
                folder.to_str().unwrap(),
            ],
        );
        assert!(done.status.success(), "{}", stderr(&done));
    }
    // And a page of hostile text, which must stay valid once escaped.
    let hostile = ftl(ws.path(), "uk");
    replace_line(
        &hostile,
        "demand = ",
        "demand = <script>alert(1)</script>\u{1}\u{2069}",
    );
    let folder = out.path().join("hostile");
    let done = export(
        ws.path(),
        &folder,
        &["--locale", "uk", "--draft", "--format", "html"],
    );
    // Written as a draft, saying (with exit status 1) that the text holds a control character.
    assert_eq!(done.status.code(), Some(1), "{}", stderr(&done));
    assert!(stderr(&done).contains("U+0001"), "{}", stderr(&done));

    let mut pages = Vec::new();
    for folder in names_in(out.path()) {
        for name in names_in(&out.path().join(&folder)) {
            pages.push(out.path().join(&folder).join(name));
        }
    }
    assert_eq!(pages.len(), 3 * (9 + 1) + 2, "{pages:?}");
    let checked = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--exit-zero-always"])
        .args(&pages)
        .output()
        .unwrap();
    assert!(checked.status.success(), "{}", stderr(&checked));
    // vnu writes its JSON report to standard error.
    let report: serde_json::Value = serde_json::from_slice(&checked.stderr)
        .unwrap_or_else(|e| panic!("{e}: {}", stderr(&checked)));
    let messages = report["messages"].as_array().unwrap();
    let errors: Vec<_> = messages
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .collect();
    assert!(
        errors.is_empty(),
        "{} error(s) from the Nu HTML Checker:\n{}",
        errors.len(),
        serde_json::to_string_pretty(&errors).unwrap()
    );
}

fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("CHROMIUM").map(PathBuf::from),
        Some(PathBuf::from("/usr/bin/chromium")),
        Some(PathBuf::from("/usr/bin/chromium-browser")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

/// Headless Chromium's picture of `page`, `width` × `height` pixels.
fn screenshot(chromium: &Path, page: &Path, png: &Path, profile: &Path) {
    let url = format!("file://{}", page.display());
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=900,1250",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(url)
        .output()
        .unwrap();
    assert!(
        png.is_file(),
        "no screenshot of {}: {}",
        page.display(),
        stderr(&out)
    );
}

/// Rows of the picture with dark pixels in them: text.
fn inked_rows(png: &Path) -> usize {
    let picture = image::open(png).unwrap().to_luma8();
    picture
        .rows()
        .filter(|row| row.clone().filter(|p| p.0[0] < 128).count() >= 2)
        .count()
}

#[test]
fn chromium_renders_the_exported_arabic_and_chinese_pages() {
    let Some(chromium) = required(chromium(), "Chromium is not installed") else {
        return;
    };
    let ws = sample_copy();
    // Arabic signed off (by a reviewer invented for the picture), Chinese as a draft: both looks.
    let review = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
            .args(args)
            .arg(ws.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    };
    let target = ["--statement", STATEMENT, "--locale", "ar"];
    review(
        &[
            &["review"][..],
            &target,
            &["--approve-all", "--reviewer", "Rania Aziz"],
        ]
        .concat(),
    );
    review(&[&["signoff"][..], &target, &["--reviewer", "Rania Aziz"]].concat());
    let out = tempfile::tempdir().unwrap();
    let done = export(
        ws.path(),
        out.path(),
        &[
            "--locale", "ar", "--locale", "zh-CN", "--draft", "--format", "html",
        ],
    );
    assert!(done.status.success(), "{}", stderr(&done));

    let update = std::env::var_os("UPDATE_SCREENSHOTS").is_some();
    for (locale, picture) in [("ar", "export-ar.png"), ("zh-CN", "export-zh-CN.png")] {
        let page = out.path().join(format!("{STATEMENT}.{locale}.html"));
        let png = out.path().join(picture);
        screenshot(&chromium, &page, &png, &out.path().join("profile"));
        let rows = inked_rows(&png);
        assert!(
            rows > 200,
            "{picture}: only {rows} rows with text; the page looks blank"
        );
        if update {
            let docs = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("docs")
                .join(picture);
            std::fs::copy(&png, docs).unwrap();
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The Export dialog

mod dialog {
    use super::{STATEMENT, names_in, read};
    use crate::common::{app_on, harness_builder, retype, sample_copy, start, until};

    use chorus::app::ChorusApp;
    use egui::accesskit::{Role, Toggled};
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    fn checked(harness: &Harness<'_, ChorusApp>, label: &str) -> bool {
        let node = harness.get_by_role_and_label(Role::CheckBox, label);
        node.accesskit_node().toggled() == Some(Toggled::True)
    }

    fn enabled(harness: &Harness<'_, ChorusApp>, label: &str) -> bool {
        !harness
            .get_by_role_and_label(Role::CheckBox, label)
            .accesskit_node()
            .is_disabled()
    }

    /// Clicks Export and waits for the export's thread, which shows its progress meanwhile.
    fn export(harness: &mut Harness<'_, ChorusApp>) {
        harness.get_by_label("Export").click();
        harness.step();
        harness.step();
        until(harness, |app| !app.is_exporting(), "the export");
    }

    #[test]
    fn the_export_dialog_of_forty_languages_stays_in_a_small_window() {
        // Thirty-one more languages, none translated yet: forty rows, eighty-one files as drafts.
        let ws = sample_copy();
        let ron = ws.path().join(format!("statements/{STATEMENT}.ron"));
        let more = [
            "it", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "hu", "fi", "sv", "da",
            "nb", "is", "et", "lv", "lt", "el", "tr", "he", "fa", "hi", "bn", "ta", "ja", "ko",
            "vi", "th", "id",
        ];
        let listed: String = more.iter().map(|l| format!("\n        \"{l}\",")).collect();
        let text = read(&ron).replacen("locales: [", &format!("locales: [{listed}"), 1);
        std::fs::write(&ron, text).unwrap();
        let out = tempfile::tempdir().unwrap();
        let size = egui::vec2(1024.0, 768.0);
        let mut harness = start(harness_builder(size), app_on(ws.path()));
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run();
        harness
            .get_by_label("Include languages not signed off, marked “DRAFT — not signed off”")
            .click();
        harness.run();
        harness.get_by_label("Select all").click();
        harness.run();
        retype(&mut harness, "Folder", out.path().to_str().unwrap());
        export(&mut harness);
        harness.get_by_label_contains("Wrote 81 files to");
        assert_eq!(names_in(out.path()).len(), 81);
        // Its title, its options, its buttons and the report are all inside the window.
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
        for label in [
            "Export “Free Boris Kagarlitsky”",
            "Replace files that are already there",
            "Export",
            "Close",
            "Open the folder",
        ] {
            let rect = harness.get_by_label(label).rect();
            assert!(window.contains_rect(rect), "{label} at {rect:?}");
        }
    }

    #[test]
    fn the_export_dialog_shows_sign_offs_exports_to_a_typed_folder_and_keeps_existing_files() {
        let ws = sample_copy();
        let out = tempfile::tempdir().unwrap();
        let folder = out.path().join("site");
        let mut harness = start(
            harness_builder(egui::vec2(1400.0, 1000.0)),
            app_on(ws.path()),
        );
        // Ctrl+E on the overview opens the first statement's export.
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run();
        harness.get_by_label("Export “Free Boris Kagarlitsky”");
        // The recorded UTC moment is shown in the window's language and the computer's time zone
        // (09:15 UTC is July 30 from UTC−9 to UTC+14).
        harness.get_by_label_contains("Signed off by Camille Martin at Jul 30, 2023");
        assert!(harness.query_by_label_contains("T09:15:00Z").is_none());
        harness.get_by_label("Sign-off by Jana Hoffmann lapsed: something it covers changed");
        assert!(checked(&harness, "français (fr)") && enabled(&harness, "français (fr)"));
        assert!(!checked(&harness, "Deutsch (de)") && !enabled(&harness, "Deutsch (de)"));
        assert!(
            !enabled(&harness, "English (en)"),
            "the source is not signed off either"
        );

        // The system's folder dialog runs on its own thread; with no portal and no zenity (as here)
        // it gives nothing, and the dialog says to type the path.
        harness.get_by_label("Browse…").click();
        for _ in 0..500 {
            harness.step();
            if harness
                .query_by_label_contains("type the path instead")
                .is_some()
            {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        harness.run();
        harness.get_by_label_contains("type the path instead");

        retype(&mut harness, "Folder", folder.to_str().unwrap());
        export(&mut harness);
        harness.get_by_label_contains("Wrote 3 files to");
        harness.get_by_label("Open the folder");
        assert_eq!(
            names_in(&folder),
            [
                format!("{STATEMENT}.fr.html"),
                format!("{STATEMENT}.fr.txt"),
                "index.html".to_owned()
            ]
        );

        // Drafts: German can be chosen now; French is already there and is kept.
        let french = folder.join(format!("{STATEMENT}.fr.txt"));
        std::fs::write(&french, "edited by hand\n").unwrap();
        harness
            .get_by_label("Include languages not signed off, marked “DRAFT — not signed off”")
            .click();
        harness.run();
        assert!(enabled(&harness, "Deutsch (de)"));
        harness.get_by_label("Deutsch (de)").click();
        harness.run();
        export(&mut harness);
        harness.get_by_label_contains("fr.txt is already there and was kept");
        assert_eq!(read(&french), "edited by hand\n");
        assert!(
            read(folder.join(format!("{STATEMENT}.de.txt"))).starts_with("DRAFT — not signed off")
        );

        // Replacing, when asked.
        harness
            .get_by_label("Replace files that are already there")
            .click();
        harness.run();
        export(&mut harness);
        assert!(
            harness
                .query_by_label_contains("is already there")
                .is_none()
        );
        assert!(read(&french).starts_with("Libérez"));

        // "Select all" takes every language that may be exported now: with drafts, all of them.
        assert!(!checked(&harness, "English (en)"));
        harness.get_by_label("Select all").click();
        harness.run();
        assert!(checked(&harness, "English (en)") && checked(&harness, "Deutsch (de)"));
        // Without drafts, only the signed-off ones.
        harness
            .get_by_label("Include languages not signed off, marked “DRAFT — not signed off”")
            .click();
        harness.run();
        harness.get_by_label("Select all").click();
        harness.run();
        assert!(checked(&harness, "français (fr)") && !checked(&harness, "Deutsch (de)"));

        harness.get_by_label("Close").click();
        harness.run();
        assert!(harness.query_by_label_contains("Export “").is_none());
    }
}

/// Stopping an export between files keeps what was written and writes nothing after.
#[test]
fn an_export_stopped_midway_keeps_the_files_written_and_writes_no_more() {
    use chorus::base::ids::{Id, Locale};
    use chorus::publish::export::{Formats, Request};
    let ws = chorus::workspace::Workspace::load(&common::sample()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let request = Request {
        statement: Id::new(STATEMENT).unwrap(),
        locales: ["fr", "de", "es"].map(|l| Locale::new(l).unwrap()).to_vec(),
        formats: Formats::BOTH,
        draft: true,
        force: false,
    };
    let mut seen = Vec::new();
    // Three locales rendered (steps 1–3), then files: stop after the second file (step 5).
    let outcome = chorus::publish::export::export_with(&ws, &request, out.path(), |done, total| {
        seen.push((done, total));
        done < 5
    })
    .unwrap();
    assert!(outcome.cancelled);
    assert_eq!(seen, [(1, 10), (2, 10), (3, 10), (4, 10), (5, 10)]);
    assert_eq!(outcome.written.len(), 2);
    assert_eq!(
        names_in(out.path()).len(),
        2,
        "no temporary file left either"
    );
    // Stopped while rendering: nothing at all.
    let empty = tempfile::tempdir().unwrap();
    let outcome =
        chorus::publish::export::export_with(&ws, &request, empty.path(), |done, _| done < 2)
            .unwrap();
    assert!(outcome.cancelled && outcome.written.is_empty());
    assert!(names_in(empty.path()).is_empty());
}
