//! A large generated workspace: one statement in 50 locales of 2,000 messages each (about 11 MB of
//! Fluent). Each figure has a baseline measured in the same run:
//! - open the workspace (`Workspace::load`), against reading its files' bytes;
//! - check everything (`checks::check_workspace`), against the same baseline;
//! - export every locale as text and HTML (drafts), against writing the same number of bytes to as many
//!   files;
//! - the review of a locale where 1,000 of 2,000 approved translations changed since (states and the
//!   word diff of each change), against `similar`'s diff of the same 1,000 pairs split at spaces;
//! - peak memory (resident set) after all of it, against the process before the workspace was loaded.
//!
//! `cargo bench --bench scale`; the figures are written up in `docs/benchmarks.md`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chorus::base::ids::{Id, Locale};
use chorus::checks::{self, Scope};
use chorus::fluent::document::Edit;
use chorus::publish::export::{self, Formats, Request};
use chorus::review::LocaleReview;
use chorus::review::diff::{self, Granularity};
use chorus::workspace::Workspace;
use chorus::workspace::reviews::Verdict;
use criterion::Criterion;

const LOCALES: [&str; 50] = [
    "en", "ru", "uk", "es", "fr", "de", "pt-BR", "ar", "zh-CN", "it", "pl", "nl", "sv", "da", "fi",
    "nb", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "hu", "el", "tr", "he", "fa", "hi", "bn", "ta",
    "te", "ja", "ko", "vi", "th", "id", "ms", "tl", "sw", "am", "ka", "hy", "az", "kk", "uz", "be",
    "lt", "lv", "et",
];
const MESSAGES: usize = 2_000;
const STATEMENT: &str = "appeal";

/// One statement with `MESSAGES` messages in each of the 50 locales: plain values with two variables,
/// a plural in every seventh, an attribute on every tenth, and a term.
fn generate(root: &Path) -> u64 {
    let mut bytes = 0;
    for (n, locale) in LOCALES.iter().enumerate() {
        let mut ftl =
            format!("### Generated for the scale benchmark, {locale}.\n\n-org = Network {n}\n\n");
        for i in 0..MESSAGES {
            let id = format!("message-{i:05}");
            if i % 7 == 3 {
                ftl.push_str(&format!(
                    "{id} =\n    {{ $count ->\n        [one] One person signed appeal {i} ({locale}).\n       *[other] {{ $count }} people signed appeal {i} ({locale}).\n    }}\n"
                ));
            } else {
                ftl.push_str(&format!(
                    "{id} = Paragraph {i} ({locale}): the court in {{ $city }} extended the detention of {{ $name }}; {{ -org }} objects.\n"
                ));
            }
            if i % 10 == 0 {
                ftl.push_str(&format!("    .title = Heading {i} ({locale})\n"));
            }
        }
        let path = root.join(format!("locales/{locale}/{STATEMENT}.ftl"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        bytes += ftl.len() as u64;
        std::fs::write(path, ftl).unwrap();
    }
    let locales: Vec<String> = LOCALES[1..].iter().map(|l| format!("\"{l}\"")).collect();
    let sections: String = (1..MESSAGES)
        .map(|i| format!("Section(message: \"message-{i:05}\"), "))
        .collect();
    let statement = format!(
        "Statement(format: 1, id: \"{STATEMENT}\", title: \"A large appeal\", source: \"en\", \
         locales: [{}], variables: [Variable(name: \"name\", value: Text(\"Boris Kagarlitsky\")), \
         Variable(name: \"city\", value: Text(\"Syktyvkar\")), Variable(name: \"count\", value: Number(2300))], \
         headline: \"message-00000\", sections: [{sections}], \
         signatories: [Signatory(name: \"Ana Lima\", affiliation: \"University of Lisbon\", country: \"Portugal\")], \
         publisher: \"Free Voices Network\", contact: \"free@example.org\", date: \"2023-08-10\")\n",
        locales.join(", ")
    );
    let path = root.join(format!("statements/{STATEMENT}.ron"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    bytes += statement.len() as u64;
    std::fs::write(path, statement).unwrap();
    bytes
}

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

fn read_all(files: &[PathBuf]) -> usize {
    files.iter().map(|f| std::fs::read(f).unwrap().len()).sum()
}

/// Peak resident set, in MiB, from /proc (Linux).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn current_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn open_and_check(c: &mut Criterion, root: &Path) {
    let files = files(root);
    let mut group = c.benchmark_group("50-locales-x-2000-messages");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("baseline: read every file", |b| {
        b.iter(|| black_box(read_all(&files)))
    });
    group.bench_function("open the workspace", |b| {
        b.iter(|| black_box(Workspace::load(root).unwrap()))
    });
    let ws = Workspace::load(root).unwrap();
    assert!(ws.problems.is_empty(), "{:?}", ws.problems.first());
    group.bench_function("check everything", |b| {
        b.iter(|| {
            let scope = Scope {
                statement: None,
                locale: None,
            };
            black_box(checks::check_workspace(&ws, &scope))
        })
    });
    group.finish();
}

fn export_all(c: &mut Criterion, root: &Path) {
    let ws = Workspace::load(root).unwrap();
    let out = tempfile::tempdir().unwrap();
    let request = Request {
        statement: Id::new(STATEMENT).unwrap(),
        locales: LOCALES.iter().map(|l| Locale::new(*l).unwrap()).collect(),
        formats: Formats::BOTH,
        draft: true,
        force: true,
    };
    let outcome = export::export(&ws, &request, out.path()).unwrap();
    assert_eq!(outcome.written.len(), 101, "{:?}", outcome.refused.first());
    let written: Vec<(PathBuf, Vec<u8>)> = outcome
        .written
        .iter()
        .map(|p| (p.file_name().unwrap().into(), std::fs::read(p).unwrap()))
        .collect();
    let total: usize = written.iter().map(|(_, b)| b.len()).sum();
    eprintln!(
        "export: {} files, {:.1} MB",
        written.len(),
        total as f64 / 1e6
    );
    let plain = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("export-50-locales");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("baseline: write the same bytes to as many files", |b| {
        b.iter(|| {
            for (name, bytes) in &written {
                std::fs::write(plain.path().join(name), bytes).unwrap();
            }
        })
    });
    group.bench_function("export every locale as text and HTML", |b| {
        b.iter(|| black_box(export::export(&ws, &request, out.path()).unwrap()))
    });
    group.finish();
}

/// fr: every message approved, then 1,000 of them changed in memory.
fn review_diffs(c: &mut Criterion, root: &Path) {
    let mut ws = Workspace::load(root).unwrap();
    let statement = Id::new(STATEMENT).unwrap();
    let fr = Locale::new("fr").unwrap();
    let review = LocaleReview::of(&ws, &statement, &fr).unwrap();
    let reviews = ws.reviews_mut(&statement, &fr);
    for m in &review.messages {
        reviews.judge(&m.id, Verdict::Approved, m.texts().unwrap(), "Bench", "");
    }
    let file = ws.file_mut(&fr, &statement).unwrap();
    for i in (0..MESSAGES).step_by(2) {
        let id = format!("message-{i:05}");
        let value = format!(
            "Paragraphe {i} révisé : le tribunal de {{ $city }} a encore prolongé la détention de {{ $name }}."
        );
        file.document
            .apply(&Edit::SetValue {
                id,
                value: Some(value),
            })
            .unwrap();
    }
    let review = LocaleReview::of(&ws, &statement, &fr).unwrap();
    let pairs: Vec<(String, String)> = review
        .messages
        .iter()
        .filter_map(|m| Some((m.translation_before()?.to_owned(), m.translation.clone()?)))
        .collect();
    assert_eq!(pairs.len(), 1_000, "1,000 changed translations to review");
    let mut group = c.benchmark_group("review-1000-changed-messages");
    group.sample_size(20);
    group.bench_function(
        "baseline: similar's diff of the 1,000 pairs, split at spaces",
        |b| {
            b.iter(|| {
                for (old, new) in &pairs {
                    let old: Vec<&str> = old.split(' ').collect();
                    let new: Vec<&str> = new.split(' ').collect();
                    let ops =
                        similar::capture_diff_slices(similar::Algorithm::Patience, &old, &new);
                    black_box(ops.len());
                }
            })
        },
    );
    group.bench_function("review states and the diff of each change", |b| {
        b.iter(|| {
            let review = LocaleReview::of(&ws, &statement, &fr).unwrap();
            let mut runs = 0;
            for m in &review.messages {
                if let (Some(before), Some(now)) = (m.translation_before(), &m.translation) {
                    runs += diff::diff(before, now, Granularity::Word).len();
                }
            }
            black_box(runs)
        })
    });
    group.finish();
}

fn main() {
    let before = current_mib();
    let dir = tempfile::tempdir().unwrap();
    let bytes = generate(dir.path());
    eprintln!(
        "generated {} locales x {MESSAGES} messages: {:.1} MB",
        LOCALES.len(),
        bytes as f64 / 1e6
    );
    let mut c = Criterion::default().configure_from_args();
    open_and_check(&mut c, dir.path());
    export_all(&mut c, dir.path());
    review_diffs(&mut c, dir.path());
    c.final_summary();
    if let (Some(before), Some(peak)) = (before, peak_mib()) {
        eprintln!("memory: {before:.0} MiB before loading, peak {peak:.0} MiB");
    }
}
