//! Parity with compare-locales on real data, and what Chorus finds beyond it.
//!
//! `../shared/corpus` holds fx-private-relay-l10n (31 locales), relay-defects (the same with 124
//! planted defects, listed in its MANIFEST.json), and what compare-locales 9.0.5 reported on each. Every
//! entry compare-locales reported must be found here with the matching code at the same locale, file
//! and message; every planted defect must be found with its expected code; and every finding
//! compare-locales does not make must be a check it does not have, listed below with the reason, or
//! it is a bug.
//!
//! Without the corpus these tests say so and skip; under CI (`CI` set) they fail instead.

mod common;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use chorus::checks::{Finding, Severity, tree::check_folders};
use serde_json::Value;

use common::corpus;

/// Every locale folder of a corpus but the reference `en`.
fn targets(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "en"))
        .collect();
    dirs.sort();
    dirs
}

fn check(root: &Path) -> Vec<Finding> {
    check_folders(&root.join("en"), &targets(root))
        .unwrap()
        .findings
}

/// One entry of compare-locales' report: locale, file, the code Chorus gives it, and the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Reported {
    locale: String,
    file: String,
    code: &'static str,
    id: Option<String>,
    /// compare-locales' errors are errors; its warnings, and its missing and obsolete entries
    /// (which do not fail its run), are warnings; a missing file it calls an error.
    severity: Severity,
}

/// compare-locales' `--json` report, flattened. Its tree joins folders that have one child into one
/// key (`"cy/settings.ftl"`), so paths are rebuilt by walking it.
fn compare_locales(path: &Path) -> (Vec<Reported>, BTreeSet<String>) {
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let run = &json[0];
    let locales = run["summary"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut out = Vec::new();
    walk(&run["details"], "", &mut out);
    (out, locales)
}

fn walk(node: &Value, prefix: &str, out: &mut Vec<Reported>) {
    match node {
        Value::Object(children) => {
            for (name, child) in children {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}/{name}")
                };
                walk(child, &path, out);
            }
        }
        Value::Array(entries) => {
            let (locale, file) = prefix.split_once('/').unwrap();
            for entry in entries {
                let (kind, text) = entry.as_object().unwrap().iter().next().unwrap();
                let text = text.as_str().unwrap();
                let (code, id) = classify(kind, text);
                let severity = match (kind.as_str(), text) {
                    ("error", _) | ("missingFile", "error") => Severity::Error,
                    _ => Severity::Warning,
                };
                out.push(Reported {
                    locale: locale.to_owned(),
                    file: file.to_owned(),
                    code,
                    id,
                    severity,
                });
            }
        }
        _ => panic!("unexpected node {node}"),
    }
}

/// compare-locales' kind of entry and sentence, as a Chorus code and the message it is about.
fn classify(kind: &str, text: &str) -> (&'static str, Option<String>) {
    match kind {
        "missingEntity" => return ("missing-message", Some(text.to_owned())),
        "obsoleteEntity" => return ("obsolete-message", Some(text.to_owned())),
        "missingFile" => return ("missing-file", None),
        "obsoleteFile" => return ("obsolete-file", None),
        _ => {}
    }
    // "... at line 12, column 5 for some-id"
    let id = text.rsplit_once(" for ").map(|(_, id)| id.to_owned());
    if text.starts_with("Unparsed content") {
        return ("syntax-error", None);
    }
    if let Some(id) = text
        .strip_suffix(" times")
        .and_then(|t| t.split(" occurs ").next())
    {
        return ("duplicate-id", Some(id.to_owned()));
    }
    let prefixes = [
        ("Missing message reference", "missing-message-reference"),
        ("Obsolete message reference", "obsolete-message-reference"),
        ("Missing term reference", "missing-term-reference"),
        ("Obsolete term reference", "obsolete-term-reference"),
        ("Missing attribute", "missing-attribute"),
        ("Obsolete attribute", "obsolete-attribute"),
        ("Missing value", "missing-value"),
        ("Obsolete value", "obsolete-value"),
        ("Empty value", "empty-translation"),
        ("Variant key", "duplicate-variant"),
        ("Plural categories missing", "missing-plural-category"),
        ("Attribute", "duplicate-attribute"),
        ("\u{fffd} in", "replacement-character"),
    ];
    let code = prefixes
        .iter()
        .find(|(p, _)| text.starts_with(p))
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("a compare-locales report this test does not know: {text}"));
    (code, id)
}

/// Whether Chorus made a finding for a compare-locales entry: same locale, file, code and severity,
/// and the same message when compare-locales names one.
fn found(ours: &[Finding], r: &Reported) -> bool {
    ours.iter().any(|f| {
        f.locale == r.locale
            && f.file == r.file
            && f.code.as_str() == r.code
            && f.severity == r.severity
            && (r.id.is_none() || f.id == r.id)
    })
}

fn key(f: &Finding) -> (String, String, &'static str, Option<String>) {
    (
        f.locale.clone(),
        f.file.clone(),
        f.code.as_str(),
        f.id.clone(),
    )
}

/// What Chorus finds in fx-private-relay-l10n that compare-locales does not look for, by code and
/// message, with the locales and why each is right. A finding of a beyond-check not in this list
/// fails the test: it is a new false alarm, or a real defect to add here with its reason.
const BEYOND_ON_CLEAN: &[(&str, &str, &str, &str)] = &[
    (
        "bidi-control",
        "faq-question-longevity-question",
        "en-GB",
        "U+2068 FIRST STRONG ISOLATE pasted from rendered text before the Relay term, never closed",
    ),
    (
        "email-mismatch",
        "faq-question-mozmail-answer-2",
        "cs cy de el es-ES es-MX fr fur fy-NL hu id it nl pt-BR ro sk sv-SE tr uk",
        "the sample mask address mask@yourdomain.mozmail.com is translated (maska@vase-domena…): a \
         reviewer should confirm the made-up part may change, which no rule can tell",
    ),
    (
        "email-mismatch",
        "tips-custom-alias-content-2",
        "cs de el es-ES es-MX fr fur fy-NL hu ia it nl pt-BR pt-PT ro sk skr sv-SE tr uk zh-TW",
        "the same for shop@customdomain.mozmail.com",
    ),
    (
        "length-ratio",
        "highlighted-features-section-replying-body-2",
        "id",
        "the Indonesian text stops after its first line (\"…membalas surel dari\"): truncated",
    ),
    (
        "number-mismatch",
        "holiday-promo-banner-code-desc",
        "zh-CN zh-TW",
        "\"20% off\" is written 八折 (pay 80%) in Chinese: the number changes form, worth a look",
    ),
    (
        "number-mismatch",
        "whatsnew-holiday-promo-2023-news-content-description",
        "zh-CN zh-TW",
        "the same 20% off as 八折",
    ),
    (
        "number-mismatch",
        "whatsnew-holiday-promo-2023-news-heading",
        "zh-CN zh-TW",
        "the same 20% off as 八折",
    ),
    (
        "number-mismatch",
        "whatsnew-holiday-promo-2023-news-snippet",
        "zh-CN zh-TW",
        "the same 20% off as 八折",
    ),
    (
        "unchanged-translation",
        "landing-review-user-one-review",
        "zh-TW",
        "user reviews quoted in English in the Taiwanese page",
    ),
    (
        "unchanged-translation",
        "landing-review-user-two-review",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "landing-review-user-three-review",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "landing-review-user-four-review-list-1",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "landing-review-user-four-review-list-2",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "landing-review-user-four-review-list-3",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "landing-review-user-four-review-list-4",
        "zh-TW",
        "the same",
    ),
    (
        "unchanged-translation",
        "whatsnew-feature-alias-to-mask-heading",
        "cy ru sv-SE",
        "still the English \"Aliases are now masks\": not translated",
    ),
    (
        "unchanged-translation",
        "whatsnew-feature-alias-to-mask-snippet",
        "cy ru sv-SE",
        "the same",
    ),
    (
        "unchanged-translation",
        "whatsnew-feature-alias-to-mask-description",
        "cy ru sv-SE",
        "the same",
    ),
    (
        "unchanged-translation",
        "whatsnew-feature-premium-expansion-eu-snippet",
        "fi",
        "still the English \"is now available in your country\"",
    ),
    (
        "unknown-variable",
        "error-premium-set-subdomain",
        "ia",
        "the Interlingua text translates another message (\"more than { $number } aliases\"): \
         $number is never passed, so it shows as an error",
    ),
];

#[test]
fn clean_corpus_matches_compare_locales_and_every_other_finding_is_explained() {
    let Some(corpus) = corpus() else { return };
    let ours = check(&corpus.join("fx-private-relay-l10n"));
    let (reported, locales) =
        compare_locales(&corpus.join("fx-private-relay-l10n.compare-locales.json"));
    // compare-locales was run on the 27 locales its l10n.toml lists. For the other four (fur, lv,
    // ro, sr), its report on relay-defects covers them: the clean files have fewer defects, so what
    // Chorus finds there must be a part of that report.
    let (on_defects, _) = compare_locales(&corpus.join("relay-defects.compare-locales.json"));
    assert_eq!(
        reported.len(),
        1091,
        "the report read is not the one expected"
    );
    let missed: Vec<_> = reported.iter().filter(|r| !found(&ours, r)).collect();
    assert!(
        missed.is_empty(),
        "compare-locales found, Chorus did not: {missed:#?}"
    );

    let expected: HashSet<_> = reported
        .iter()
        .chain(on_defects.iter().filter(|r| !locales.contains(&r.locale)))
        .map(|r| (r.locale.clone(), r.file.clone(), r.code, r.id.clone()))
        .collect();
    let whole_file: HashSet<_> = reported
        .iter()
        .chain(&on_defects)
        .filter(|r| r.id.is_none())
        .map(|r| (r.locale.clone(), r.file.clone(), r.code))
        .collect();
    let mut unexplained = Vec::new();
    let mut listed_seen = HashSet::new();
    for f in &ours {
        if f.code.compare_locales_has() {
            let (l, file, code, id) = key(f);
            let known = expected.contains(&(l.clone(), file.clone(), code, id))
                || whole_file.contains(&(l, file, code));
            if !known {
                unexplained.push(f);
            }
            continue;
        }
        let listed = BEYOND_ON_CLEAN.iter().position(|(code, id, locales, _)| {
            *code == f.code.as_str()
                && Some(*id) == f.id.as_deref()
                && locales.split(' ').any(|l| l == f.locale)
        });
        match listed {
            Some(i) => {
                listed_seen.insert((i, f.locale.clone()));
            }
            None => unexplained.push(f),
        }
    }
    assert!(
        unexplained.is_empty(),
        "findings no one explained: {unexplained:#?}"
    );
    // And every listed finding is still made: the list does not hide a check that went quiet.
    let listed_total: usize = BEYOND_ON_CLEAN
        .iter()
        .map(|(_, _, locales, _)| locales.split(' ').count())
        .sum();
    assert_eq!(listed_seen.len(), listed_total);
}

#[test]
fn defects_corpus_matches_compare_locales_and_every_planted_defect_is_found() {
    let Some(corpus) = corpus() else { return };
    let root = corpus.join("relay-defects");
    let ours = check(&root);
    let (reported, _) = compare_locales(&corpus.join("relay-defects.compare-locales.json"));
    assert_eq!(
        reported.len(),
        1731,
        "the report read is not the one expected"
    );
    let missed: Vec<_> = reported.iter().filter(|r| !found(&ours, r)).collect();
    assert!(
        missed.is_empty(),
        "compare-locales found, Chorus did not: {missed:#?}"
    );

    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("MANIFEST.json")).unwrap())
            .unwrap();
    let manifest = manifest.as_array().unwrap();
    assert_eq!(manifest.len(), 124);
    let mut not_found = Vec::new();
    for defect in manifest {
        let s = |k: &str| defect[k].as_str().unwrap().to_owned();
        let (locale, expect, id, detail) = (s("locale"), s("expect"), s("id"), s("detail"));
        let file = s("file").split_once('/').unwrap().1.to_owned();
        let hit = ours.iter().any(|f| {
            f.locale == locale
                && f.file == file
                && f.code.as_str() == expect
                && match expect.as_str() {
                    // The message renamed to `<id>-retired` is the obsolete one.
                    "obsolete-message" => f.id.as_deref() == Some(detail.as_str()),
                    // The broken text is a new entry `<id>-broken` after the message.
                    "syntax-error" => f.id.as_deref().is_some_and(|i| i.starts_with(id.as_str())),
                    _ => f.id.as_deref() == Some(id.as_str()),
                }
        });
        if !hit {
            not_found.push(defect);
        }
    }
    assert!(
        not_found.is_empty(),
        "planted defects not found: {not_found:#?}"
    );

    // Beyond compare-locales, a finding on the defects corpus is one on the clean corpus (listed in
    // the test above), a planted defect, or what a planted defect brings with it: a renamed variable
    // is unknown and the old name missing; a planted override shows as an unbalanced control too.
    let clean: HashSet<_> = check(&corpus.join("fx-private-relay-l10n"))
        .iter()
        .map(key)
        .collect();
    let planted: HashSet<(String, String)> = manifest
        .iter()
        .map(|d| {
            (
                d["locale"].as_str().unwrap().to_owned(),
                d["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let unexplained: Vec<_> = ours
        .iter()
        .filter(|f| !f.code.compare_locales_has())
        .filter(|f| !clean.contains(&key(f)))
        .filter(|f| {
            let at_defect =
                f.id.as_ref()
                    .is_some_and(|id| planted.contains(&(f.locale.clone(), id.clone())));
            !at_defect
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "findings no one explained: {unexplained:#?}"
    );
}

#[test]
fn the_command_line_checks_locale_folders_with_json_and_exit_codes() {
    let Some(corpus) = corpus() else { return };
    let root = corpus.join("relay-defects");
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["check", "--format", "json", "--reference"])
        .arg(root.join("en"))
        .arg("--target")
        .arg(root.join("cs"))
        .arg("--target")
        .arg(root.join("cy"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors found: exit 1");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let syntax = findings
        .iter()
        .find(|f| f["code"] == "syntax-error")
        .unwrap();
    assert_eq!(syntax["locale"], "cs");
    assert_eq!(syntax["file"], "layout.ftl");
    assert_eq!(syntax["line"], 68);
    assert_eq!(syntax["column"], 1);
    assert_eq!(syntax["severity"], "error");
    assert!(syntax["attribute"].is_null());
    let missing = findings
        .iter()
        .find(|f| f["code"] == "missing-message")
        .unwrap();
    assert!(missing["line"].is_null(), "a missing message has no line");
    assert_eq!(json["summary"]["locales"]["cs"]["errors"], 2);
    assert_eq!(json["summary"]["locales"]["cy"]["obsolete"], 1);
    for f in findings {
        for field in [
            "code",
            "severity",
            "locale",
            "file",
            "line",
            "column",
            "id",
            "attribute",
            "message",
        ] {
            assert!(f.get(field).is_some(), "{field} missing in {f}");
        }
    }

    // A folder that is not named after a locale cannot be checked: exit 2, saying why.
    let tmp = tempfile::tempdir().unwrap();
    let odd = tmp.path().join("my_translations");
    std::fs::create_dir(&odd).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["check", "--reference"])
        .arg(root.join("en"))
        .arg("--target")
        .arg(&odd)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is not a locale"), "{stderr}");
}
