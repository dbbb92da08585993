//! Killing Chorus mid-save. A child process loads a copy of the sample, and in a loop changes the headline
//! of every Fluent file, writes the recovery file, and saves. This program kills it with SIGKILL at a
//! random moment, 300 times, and after each kill checks that:
//! - every file holds either an old or a new version, whole: never a mix, never a truncation;
//! - the files the child never changes are byte for byte as they were;
//! - the workspace loads with no problem;
//! - the recovery file, when there is one, reads back and holds edits at least as new as the disk.
//!
//! It is a test binary without libtest's harness (`harness = false`), so that the same executable can
//! be the child (`crash --child ROOT RECOVERY START`). Each child numbers its versions on from the
//! newest one on disk, so a newer number is always a newer edit.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chorus::fluent::document::Edit;
use chorus::workspace::Workspace;
use chorus::workspace::recovery::{Recovery, Session};

mod common;

const KILLS: usize = 300;
/// A long message added to every file, so that a save takes long enough to be interrupted.
const PADDING: usize = 40_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--child") {
        let start = args[4].parse().expect("a version to start from");
        child(Path::new(&args[2]), Path::new(&args[3]), start);
    } else {
        kill_test();
    }
}

/// Changes, saves and keeps a recovery file, forever, numbering versions from `start`; says on standard
/// output where it is.
fn child(root: &Path, recovery: &Path, start: u64) -> ! {
    let mut ws = Workspace::load(root).expect("the child loads the workspace");
    let session = Session::start(recovery);
    let keys: Vec<_> = ws.files.keys().cloned().collect();
    let mut out = std::io::stdout().lock();
    for n in start.. {
        for (locale, id) in &keys {
            let edit = Edit::SetValue {
                id: "headline".into(),
                value: Some(format!("v{n}")),
            };
            let file = ws.file_mut(locale, id).expect("a file of the workspace");
            file.document
                .apply(&edit)
                .expect("every sample file has a headline");
        }
        session
            .write(&Recovery::of(&ws))
            .expect("the recovery file is written");
        writeln!(out, "saving {n}").unwrap();
        out.flush().unwrap();
        let report = ws.save_plan().write(|_, _| {});
        assert!(report.failed.is_empty(), "{:?}", report.failed);
        ws.record(report.written);
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
    unreachable!()
}

/// The headline's version in a file's text (`v7` → 7, the sample's own headline → 0), after checking
/// that everything else in the file is exactly `original`'s.
fn version(text: &str, original: &str, path: &Path) -> u64 {
    let mut found = None;
    let normal: Vec<&str> = text
        .lines()
        .map(|line| match line.strip_prefix("headline = ") {
            Some(value) => {
                found = Some(value.to_owned());
                "headline = …"
            }
            None => line,
        })
        .collect();
    let original_normal: Vec<&str> = original
        .lines()
        .map(|l| match l.starts_with("headline = ") {
            true => "headline = …",
            false => l,
        })
        .collect();
    assert!(
        normal == original_normal && text.ends_with('\n'),
        "{}: neither the old nor a new version ({} bytes; the original has {})",
        path.display(),
        text.len(),
        original.len()
    );
    let value = found.unwrap_or_else(|| panic!("{}: no headline", path.display()));
    let original_value = original
        .lines()
        .find_map(|l| l.strip_prefix("headline = "))
        .unwrap();
    if value == original_value {
        return 0;
    }
    value
        .strip_prefix('v')
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{}: a headline of neither version: {value}", path.display()))
}

/// Every file under `dir`, relative to it, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap().to_owned();
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// A small xorshift generator: the kill times need to vary, not to be unpredictable.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn kill_test() {
    let ws = common::sample_copy();
    let root = ws.path();
    // Pad every Fluent file so that a save writes about a megabyte.
    let mut ftl = Vec::new();
    for (relative, _) in snapshot(root) {
        if relative.extension().is_some_and(|e| e == "ftl") {
            let path = root.join(&relative);
            let mut text = std::fs::read_to_string(&path).unwrap();
            text.push_str(&format!("\npadding = {}\n", "x".repeat(PADDING)));
            std::fs::write(&path, &text).unwrap();
            ftl.push((relative, text));
        }
    }
    let untouched: BTreeMap<_, _> = snapshot(root)
        .into_iter()
        .filter(|(p, _)| p.extension().is_none_or(|e| e != "ftl"))
        .collect();
    let recovery_dir = tempfile::tempdir().unwrap();
    // This program's own session, which looks for what killed children left.
    let session = Session::start(recovery_dir.path());

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut random = Random(seed);
    let mut during_save = 0;
    let mut newest = 0;
    for kill in 1..=KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .arg("--child")
            .arg(root)
            .arg(recovery_dir.path())
            .arg((newest + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Wait for the first save to start, then let it run a random while.
        let first = lines.next().and_then(Result::ok);
        assert!(
            first.as_deref().is_some_and(|l| l.starts_with("saving")),
            "kill {kill}: the child did not start saving: {first:?}"
        );
        std::thread::sleep(Duration::from_micros(random.below(60_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let last = lines.map_while(Result::ok).last().or(first).unwrap();
        if last.starts_with("saving") {
            during_save += 1;
        }

        for (relative, original) in &ftl {
            let path = root.join(relative);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("kill {kill}: {}: {e}", path.display()));
            newest = newest.max(version(&text, original, &path));
        }
        for (relative, bytes) in &untouched {
            let now = std::fs::read(root.join(relative)).unwrap();
            assert!(&now == bytes, "kill {kill}: {} changed", relative.display());
        }
        let loaded = Workspace::load(root).unwrap();
        assert!(
            loaded.problems.is_empty(),
            "kill {kill}: {:?}",
            loaded.problems
        );
        // The killed child's recovery file (it wrote one before its first save started) is
        // offered, newest edits winning; it then goes, as when a user restores it.
        let orphans = session
            .orphans(root)
            .unwrap_or_else(|| panic!("kill {kill}: the recovery file does not read back"));
        {
            let recovered = &orphans.recovery;
            for file in &recovered.files {
                let (_, original) = ftl.iter().find(|(p, _)| *p == file.path).unwrap();
                let on_disk = std::fs::read_to_string(root.join(&file.path)).unwrap();
                let disk = version(&on_disk, original, &file.path);
                let kept = version(&file.text, original, &file.path);
                assert!(
                    kept >= disk,
                    "kill {kill}: {} recovers v{kept}, older than v{disk} on disk",
                    file.path.display()
                );
            }
        }
        orphans.settle();
    }
    let leftovers = snapshot(root)
        .keys()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".chorus-save-"))
        })
        .count();
    println!(
        "crash: {KILLS} kills (seed {seed}), {during_save} during a save; every file old or new, \
         newest version reached v{newest}; {leftovers} temporary files left by killed saves"
    );
    assert!(
        during_save >= KILLS / 10,
        "only {during_save} of {KILLS} kills landed during a save: the test did not test much"
    );
}
