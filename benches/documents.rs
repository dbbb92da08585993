//! Document speed, each figure beside a baseline that reads the same bytes from disk:
//! - loading and parsing every `.ftl` of fx-private-relay-l10n's 31 locales (from `../shared/corpus`);
//! - editing one message of a 1 MB file, and editing and saving it (atomic save with conflict check).
//!
//! `cargo bench --bench documents`; the figures are written up in `docs/benchmarks.md`.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use chorus::fluent::document::{Document, Edit};
use chorus::workspace::storage::{self, Digest, Expect};
use criterion::{Criterion, criterion_group, criterion_main};

fn relay_files() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/fx-private-relay-l10n");
    if !root.is_dir() {
        eprintln!(
            "skipping the corpus benchmark: {} not found",
            root.display()
        );
        return None;
    }
    let mut files = Vec::new();
    for locale in std::fs::read_dir(&root).unwrap() {
        let locale = locale.unwrap().path();
        if locale.is_dir() && locale.file_name().is_some_and(|n| n != "en") {
            for file in std::fs::read_dir(&locale).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "ftl") {
                    files.push(file);
                }
            }
        }
    }
    Some(files)
}

fn load_corpus(c: &mut Criterion) {
    let Some(files) = relay_files() else { return };
    let mut group = c.benchmark_group("relay-31-locales");
    group.bench_function("read bytes (baseline)", |b| {
        b.iter(|| {
            for f in &files {
                black_box(std::fs::read(f).unwrap());
            }
        })
    });
    group.bench_function("read and parse", |b| {
        b.iter(|| {
            for f in &files {
                black_box(Document::from_bytes(&std::fs::read(f).unwrap()).unwrap());
            }
        })
    });
    group.finish();
}

/// About 1 MB of realistic messages: plain, with placeables, plurals and attributes.
fn megabyte_of_fluent() -> String {
    let mut out = String::from("### Generated for the benchmark\n\n");
    let mut i = 0;
    while out.len() < 1_000_000 {
        out.push_str(&format!(
            "# Note for message {i}\nmessage-{i} = Free {{ -person }} now, {{ $name }}! Message number {i}.\n    .title = Title {i}\n\n\
             plural-{i} =\n    {{ $count ->\n        [one] {{ $count }} signature\n       *[other] {{ $count }} signatures\n    }}\n\n"
        ));
        i += 1;
    }
    out
}

fn edit_and_save(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ftl");
    let text = megabyte_of_fluent();
    std::fs::write(&path, &text).unwrap();
    let loaded = Document::parse(&text);
    let target = format!("message-{}", loaded.ids().count() / 4);
    let edit = |n: u64| Edit::SetValue {
        id: target.clone(),
        value: Some(format!("Edited {n} times")),
    };

    let mut group = c.benchmark_group("one-megabyte-file");
    group.sample_size(30);
    group.bench_function("read bytes (baseline)", |b| {
        b.iter(|| black_box(std::fs::read(&path).unwrap()))
    });
    group.bench_function("edit one message", |b| {
        let mut doc = loaded.clone();
        let mut n = 0;
        b.iter(|| {
            n += 1;
            black_box(doc.apply(&edit(n)).unwrap());
        })
    });
    group.bench_function("edit one message and save", |b| {
        // Criterion calls this once per phase; the file holds the previous phase's last save.
        let bytes = std::fs::read(&path).unwrap();
        let mut doc = Document::from_bytes(&bytes).unwrap();
        let mut digest = Digest::of(&bytes);
        let mut n = 0;
        b.iter(|| {
            n += 1;
            doc.apply(&edit(n)).unwrap();
            digest = storage::save(&path, &doc.to_bytes(), Expect::Content(digest)).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, load_corpus, edit_and_save);
criterion_main!(benches);
