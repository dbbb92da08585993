//! How much memory `chorus status` and `chorus check` take on a source file of many tiny messages,
//! as a multiple of the file's size, and whether it grows linearly. The sample workspace's petition
//! gets `n` messages of one word in English (`m1 = x`), which every other locale then lacks: each
//! makes a "missing" finding in each of eight locales, so what grows with the findings shows.
//! `status` only counts them; `check` writes them out a file at a time, so it holds one file's.
//!
//! `cargo bench --bench memory` (add `-- --quick` for the smaller size only). The heap is counted
//! by this program's own allocator (every allocation and free, the peak of what is live), so the
//! figures do not depend on the machine. Fails when the larger run's peak is more than 12 times the
//! smaller's (linear: 10 times, for ten times the messages). Figures in `docs/benchmarks.md`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the layout is passed on unchanged to the system allocator.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `work` and returns the peak of live heap during it, above what was live before.
fn peak_of(work: impl FnOnce()) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    work();
    PEAK.load(Ordering::Relaxed) - before
}

/// A copy of the sample with `n` one-word messages added to the petition's English.
fn workspace(n: usize) -> (tempfile::TempDir, u64) {
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["statements", "locales", "reviews"] {
        copy(&sample.join(folder), &dir.path().join(folder));
    }
    let en = dir.path().join("locales/en/petition-kagarlitsky.ftl");
    let mut text = std::fs::read_to_string(&en).unwrap();
    for i in 0..n {
        text.push_str(&format!("m{i} = x\n"));
    }
    std::fs::write(&en, &text).unwrap();
    (dir, text.len() as u64)
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[usize] = if quick { &[30_000] } else { &[30_000, 300_000] };
    println!(
        "{:>9} {:>10} {:>14} {:>8} {:>14} {:>8}",
        "messages", "file", "status peak", "x file", "check peak", "x file"
    );
    let mut peaks = Vec::new();
    for &n in sizes {
        let (dir, file) = workspace(n);
        let mut findings = 0;
        let status = peak_of(|| {
            let ws = chorus::workspace::Workspace::load(dir.path()).unwrap();
            std::hint::black_box(chorus::review::status::Status::of(&ws));
        });
        // As `chorus check` does: each file's findings written as they come.
        let check = peak_of(|| {
            use chorus::checks::report::{Format, Writer};
            let ws = chorus::workspace::Workspace::load(dir.path()).unwrap();
            let mut writer = Writer::new(std::io::sink(), Format::Text).unwrap();
            let scope = chorus::checks::Scope::default();
            let locales = chorus::checks::each_finding(&ws, &scope, |f| {
                findings += 1;
                writer.add(&f).unwrap();
            });
            writer.finish(&locales).unwrap();
        });
        let file = file as usize;
        println!(
            "{n:>9} {:>8.1}MB {:>12.1}MB {:>7.0}x {:>12.1}MB {:>7.0}x   ({findings} findings)",
            mb(file),
            mb(status),
            status as f64 / file as f64,
            mb(check),
            check as f64 / file as f64,
        );
        peaks.push((status, check));
    }
    if let [(s1, c1), (s2, c2)] = peaks[..] {
        let (status_growth, check_growth) = (s2 as f64 / s1 as f64, c2 as f64 / c1 as f64);
        println!(
            "\nten times the messages: status takes {status_growth:.1}x the memory, check {check_growth:.1}x"
        );
        if status_growth > 12.0 || check_growth > 12.0 {
            eprintln!("memory grows faster than the file");
            std::process::exit(1);
        }
    }
}
