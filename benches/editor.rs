//! The editor's frame time, headless (egui without a window or GPU), on a generated statement of 10,000
//! messages translated side by side into Russian, and the first frame of the bundled sample. Each figure
//! has a baseline measured in the same run:
//! - a frame of the translate view, idle, against a frame of a window holding one label;
//! - a frame in which one character is typed into a field, against the idle frame;
//! - the first frame of the sample (load the workspace, lay out the overview), against reading its files;
//! - peak memory (resident set) after all of it, against the process before the statement was loaded.
//!
//! `cargo bench --bench editor`; the figures are written up in `docs/benchmarks.md`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

// The tests' helpers for driving the app (fonts, harness), shared rather than written again.
#[path = "../tests/common/mod.rs"]
mod common;
use common::{app_on, harness_builder, start};

use chorus::app::{Action, ChorusApp};
use chorus::base::ids::{Id, Locale};
use chorus::workspace::Workspace;
use criterion::Criterion;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

const MESSAGES: usize = 10_000;

/// A workspace with one statement of `messages` English messages (a value, an attribute on every tenth,
/// a plural on every seventh) and a Russian translation of nine in ten of them.
fn generate(root: &Path, messages: usize) {
    let mut en = String::from("# Generated for the editor benchmark.\n\n");
    let mut ru = en.clone();
    for i in 0..messages {
        let id = format!("message-{i:05}");
        if i % 7 == 3 {
            en.push_str(&format!(
                "{id} =\n    {{ $count ->\n        [one] One person signed appeal {i}.\n       *[other] {{ $count }} people signed appeal {i}.\n    }}\n"
            ));
        } else {
            en.push_str(&format!(
                "{id} = Paragraph {i}: the court in {{ $city }} extended the detention of {{ $name }} again.\n"
            ));
        }
        if i % 10 == 0 {
            en.push_str(&format!("    .title = Heading {i}\n"));
        }
        if i % 10 != 9 {
            if i % 7 == 3 {
                ru.push_str(&format!(
                    "{id} =\n    {{ $count ->\n        [one] {{ $count }} человек подписал обращение {i}.\n        [few] {{ $count }} человека подписали обращение {i}.\n        [many] {{ $count }} человек подписали обращение {i}.\n       *[other] {{ $count }} человека подписали обращение {i}.\n    }}\n"
                ));
            } else {
                ru.push_str(&format!(
                    "{id} = Абзац {i}: суд в городе {{ $city }} снова продлил арест {{ $name }}.\n"
                ));
            }
            if i % 10 == 0 {
                ru.push_str(&format!("    .title = Заголовок {i}\n"));
            }
        }
        en.push('\n');
        ru.push('\n');
    }
    let sections: String = (1..40)
        .map(|i| format!("Section(message: \"message-{i:05}\"), "))
        .collect();
    let statement = format!(
        "Statement(format: 1, id: \"big\", title: \"A long statement\", source: \"en\", \
         locales: [\"ru\"], variables: [Variable(name: \"name\", value: Text(\"Boris Kagarlitsky\")), \
         Variable(name: \"city\", value: Text(\"Syktyvkar\")), Variable(name: \"count\", value: Number(2300))], \
         headline: \"message-00000\", sections: [{sections}], date: \"2023-08-10\")\n"
    );
    for (path, text) in [
        ("statements/big.ron", statement),
        ("locales/en/big.ftl", en),
        ("locales/ru/big.ftl", ru),
    ] {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

fn input(time: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        time: Some(time),
        ..Default::default()
    }
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    ctx
}

/// The translate view of the generated statement in ru, with a few frames drawn so that fonts and
/// row heights are settled.
fn translate_view(root: &Path) -> (egui::Context, ChorusApp) {
    let ctx = context();
    let mut app = ChorusApp::new(Workspace::load(root).unwrap());
    app.set_language("en");
    app.run(
        Action::Open {
            statement: Id::new("big").unwrap(),
            locale: Locale::new("ru").unwrap(),
        },
        &ctx,
    );
    for frame in 0..10 {
        let _ = ctx.run_ui(input(f64::from(frame) / 60.0), |ui| app.show_ui(ui));
    }
    (ctx, app)
}

fn frames(c: &mut Criterion, root: &Path) {
    let mut group = c.benchmark_group("frame-10000-messages");
    let ctx = context();
    let mut time = 0.0;
    group.bench_function("baseline: a window with one label", |b| {
        b.iter(|| {
            time += 1.0 / 60.0;
            black_box(ctx.run_ui(input(time), |ui| {
                egui::CentralPanel::default().show(ui, |ui| ui.label("Chorus"));
            }))
        })
    });
    let (ctx, mut app) = translate_view(root);
    group.bench_function("translate view, idle", |b| {
        b.iter(|| {
            time += 1.0 / 60.0;
            black_box(ctx.run_ui(input(time), |ui| app.show_ui(ui)))
        })
    });
    group.finish();
}

/// A keystroke goes through egui_kittest, which knows where each field is. Its frames also build the
/// AccessKit tree (eframe does that only while a screen reader is on), so its idle frame is measured
/// the same way as the baseline.
fn keystroke(c: &mut Criterion, root: &Path) {
    let mut group = c.benchmark_group("keystroke-10000-messages");
    let mut harness = start(harness_builder(egui::vec2(1280.0, 800.0)), app_on(root));
    harness
        .get_by_label_contains("A long statement, ru:")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "message-00001")
        .focus();
    harness.run();
    group.bench_function("baseline: idle frame (with AccessKit)", |b| {
        b.iter(|| harness.step())
    });
    group.bench_function("type one character (with AccessKit)", |b| {
        b.iter(|| {
            harness.event(egui::Event::Text("a".to_owned()));
            harness.step();
        })
    });
    group.finish();
    let typed = harness
        .state()
        .workspace()
        .file(&Locale::new("ru").unwrap(), &Id::new("big").unwrap())
        .unwrap()
        .document
        .value_text("message-00001")
        .unwrap();
    assert!(typed.ends_with("aaa"), "the keystrokes reached the field");
}

fn first_frame(c: &mut Criterion) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<_> = ["statements", "locales"]
        .iter()
        .flat_map(|d| walk(&sample.join(d)))
        .collect();
    let mut group = c.benchmark_group("sample-first-frame");
    group.bench_function("baseline: read the sample's files", |b| {
        b.iter(|| {
            for f in &files {
                black_box(std::fs::read(f).unwrap());
            }
        })
    });
    group.bench_function("load the sample and draw the first frame", |b| {
        b.iter(|| {
            let ctx = context();
            let mut app = ChorusApp::new(Workspace::load(sample).unwrap());
            black_box(ctx.run_ui(input(0.0), |ui| app.show_ui(ui)))
        })
    });
    group.finish();
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Resident memory now and at its peak, in MiB (Linux).
fn memory() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib / 1024.0)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let before = memory();
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), MESSAGES);
    frames(&mut c, dir.path());
    // One app on the 10,000 messages has drawn its frames (and been dropped): the peak so far is its.
    let after = memory();
    keystroke(&mut c, dir.path());
    first_frame(&mut c);
    c.final_summary();
    if let (Some((rss, _)), Some((_, peak))) = (before, after) {
        println!(
            "memory: {rss:.0} MiB resident before loading the statement; {peak:.0} MiB at the peak \
             while the translate view of 10,000 messages was drawn"
        );
    }
}
