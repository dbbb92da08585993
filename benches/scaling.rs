//! Does every check grow linearly with its input? For each check code, a reference and a translation
//! built to make that check work hardest (many findings in one message, on one line, many names,
//! links, numbers…) are checked at size n and at 8n. Linear work takes about 8 times as long; the run
//! fails when any ratio passes 12, which quadratic work (64 times) always does.
//!
//! `cargo bench --bench scaling` (add `-- --quick` for smaller sizes) times them. Each time is the best of a few
//! runs of the whole check (parse both files, read their facts, check the source by itself and the
//! translation against it), in one process, so the two
//! sizes share the machine's state. The machine and figures go in `docs/benchmarks.md`.
//!
//! Time also grows with the memory a run touches: a hash table eight times as large misses the cache
//! more often, and linear work can take ten to fourteen times as long. With `-- --instructions` the
//! run counts the instructions each check executes instead (valgrind's callgrind, one process per
//! case and size), which depends on nothing but the code and its input: linear work counts eight
//! times as many. That is what CI runs, and what fails it.

use std::time::{Duration, Instant};

use chorus::base::ids::Locale;
use chorus::checks::{Analyzed, Context, Place, check_file, check_source};
use chorus::fluent::document::Document;

/// A case: what it stresses, and the (reference, translation) texts for size `n`.
struct Case {
    name: &'static str,
    build: fn(usize) -> (String, String),
}

fn lines(n: usize, line: impl Fn(usize) -> String) -> String {
    (0..n).map(|i| line(i) + "\n").collect()
}

const CASES: &[Case] = &[
    Case {
        name: "bidi-control: unbalanced embeddings on one line",
        build: |n| ("m = x\n".into(), format!("m = {}\n", "\u{202B}".repeat(n))),
    },
    Case {
        name: "bidi-control: isolates then embedding closers",
        build: |n| {
            let t = format!("m = {}{}\n", "\u{2066}".repeat(n), "\u{202C}".repeat(n));
            ("m = x\n".into(), t)
        },
    },
    Case {
        name: "syntax-error: broken lines",
        build: |n| ("m = x\n".into(), lines(n, |i| format!("broken {i} }}"))),
    },
    Case {
        name: "duplicate-id",
        build: |n| ("m = x\n".into(), lines(n, |i| format!("m = x {i}"))),
    },
    Case {
        name: "missing-message, obsolete-message",
        build: |n| {
            (
                lines(n, |i| format!("a{i} = x")),
                lines(n, |i| format!("b{i} = x")),
            )
        },
    },
    Case {
        name: "missing-attribute, obsolete-attribute",
        build: |n| {
            let r = format!("m = x\n{}", lines(n, |i| format!("    .a{i} = x")));
            let t = format!("m = x\n{}", lines(n, |i| format!("    .b{i} = x")));
            (r, t)
        },
    },
    Case {
        name: "duplicate-attribute",
        build: |n| {
            (
                "m = x\n    .a = x\n".into(),
                format!("m = x\n{}", lines(n, |_| "    .a = x".into())),
            )
        },
    },
    Case {
        name: "duplicate-variant, missing-plural-category",
        build: |n| {
            let t = format!(
                "m = {{ $n ->\n{}   *[other] x\n}}\n",
                lines(n, |_| "    [one] x".into())
            );
            ("m = { $n ->\n    [one] x\n   *[other] x\n}\n".into(), t)
        },
    },
    Case {
        name: "missing- and obsolete-message-reference",
        build: |n| {
            let refs = |p: &str| (0..n).map(|i| format!("{{ {p}{i} }}")).collect::<String>();
            (
                format!("m = {}\n", refs("a")),
                format!("m = {}\n", refs("b")),
            )
        },
    },
    Case {
        name: "missing- and obsolete-term-reference",
        build: |n| {
            let refs = |p: &str| (0..n).map(|i| format!("{{ -{p}{i} }}")).collect::<String>();
            (
                format!("m = {}\n", refs("a")),
                format!("m = {}\n", refs("b")),
            )
        },
    },
    Case {
        name: "unknown-variable, missing-variable",
        build: |n| {
            let vars = |p: &str| (0..n).map(|i| format!("{{ ${p}{i} }}")).collect::<String>();
            (
                format!("m = {}\n", vars("a")),
                format!("m = {}\n", vars("b")),
            )
        },
    },
    Case {
        name: "unknown-variable in terms, with arguments passed",
        build: |n| {
            let terms = lines(n, |i| format!("-t{i} = {{ $v{i} }}"));
            let calls = lines(n, |i| format!("m{i} = {{ -t{i}(w{i}: 1) }}"));
            (terms.clone(), format!("{terms}{calls}"))
        },
    },
    Case {
        name: "number-mismatch",
        build: |n| {
            let nums = |k: usize| {
                (0..n)
                    .map(|i| format!("{} ", i * 10 + k))
                    .collect::<String>()
            };
            (format!("m = {}\n", nums(11)), format!("m = {}\n", nums(13)))
        },
    },
    Case {
        name: "number-mismatch among links",
        build: |n| {
            let t = (0..n)
                .map(|i| format!("https://a.org/{i} {i}0 "))
                .collect::<String>();
            ("m = 1\n".into(), format!("m = {t}\n"))
        },
    },
    Case {
        name: "url-mismatch",
        build: |n| {
            let links = |h: &str| {
                (0..n)
                    .map(|i| format!("http://{h}.org/{i} "))
                    .collect::<String>()
            };
            (
                format!("m = {}\n", links("a")),
                format!("m = {}\n", links("b")),
            )
        },
    },
    Case {
        name: "email-mismatch",
        build: |n| {
            let mails = |h: &str| (0..n).map(|i| format!("p{i}@{h}.org ")).collect::<String>();
            (
                format!("m = {}\n", mails("a")),
                format!("m = {}\n", mails("b")),
            )
        },
    },
    Case {
        name: "control-character, in a translation and in its source",
        build: |n| {
            let bells = "\u{7}".repeat(n);
            (format!("m = a{bells}\n"), format!("m = b{bells}\n"))
        },
    },
    Case {
        name: "missing-value, obsolete-value",
        build: |n| {
            let r = lines(n, |i| match i % 2 {
                0 => format!("m{i} = x"),
                _ => format!("m{i} =\n    .a = x"),
            });
            let t = lines(n, |i| match i % 2 {
                0 => format!("m{i} =\n    .a = x"),
                _ => format!("m{i} = x\n    .a = x"),
            });
            (r, t)
        },
    },
    Case {
        name: "replacement-character",
        build: |n| ("m = x\n".into(), format!("m = {}\n", "\u{FFFD}".repeat(n))),
    },
    Case {
        name: "empty-, unchanged-translation, length-ratio",
        build: |n| {
            let r = lines(n, |i| {
                format!("m{i} = one two three four five six seven eight {i}")
            });
            let t = lines(n, |i| match i % 3 {
                0 => format!("m{i} = {{ \"\" }}"),
                1 => format!("m{i} = one two three four five six seven eight {i}"),
                _ => format!("m{i} = x"),
            });
            (r, t)
        },
    },
    Case {
        name: "long names near each other (misspelt term arguments)",
        build: |n| {
            let name = "v".repeat(n);
            let term = format!("-t = {{ ${name}a }}\n");
            (term.clone(), format!("{term}m = {{ -t({name}b: 1) }}\n"))
        },
    },
    Case {
        name: "one long message of plain words",
        build: |n| {
            let words = "free the prisoners now ".repeat(n);
            (format!("m = {words}\n"), format!("m = {words}\n"))
        },
    },
];

/// The source checked by itself, and the translation against it: the findings made.
fn check(reference: &str, target: &str) -> usize {
    let (en, de) = (Locale::new("en").unwrap(), Locale::new("de").unwrap());
    let source = Document::parse(reference);
    let reference = Analyzed::of(&source);
    let in_source = Place {
        locale: "en",
        file: "x.ftl",
    };
    let own = check_source(&source, &reference, &en, in_source).len();
    let doc = Document::parse(target);
    let analyzed = Analyzed::of(&doc);
    let mut context = Context::new(&en, &de);
    context.learn_terms(&analyzed);
    context.learn_reference_terms(&reference);
    context.learn_ratio(&reference, &analyzed);
    let at = Place {
        locale: "de",
        file: "x.ftl",
    };
    own + check_file(&reference, &doc, &analyzed, &context, at).len()
}

/// The best of `runs` timings, and how many findings the check made.
fn time(texts: &(String, String), runs: usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut found = 0;
    for _ in 0..runs {
        let start = Instant::now();
        found = std::hint::black_box(check(&texts.0, &texts.1));
        best = best.min(start.elapsed());
    }
    (best, found)
}

/// The instructions one check of `case` at `size` executes, counted by callgrind running this
/// benchmark with `--one`.
fn instructions(case: usize, size: usize) -> u64 {
    let me = std::env::current_exe().expect("the benchmark's own path");
    let out = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(&me)
        .args(["--one", &case.to_string(), &size.to_string()])
        .output()
        .expect("valgrind runs (install it, or leave out --instructions)");
    let report = String::from_utf8_lossy(&out.stderr);
    let refs = report
        .lines()
        .find_map(|l| {
            l.split_once("refs:")
                .map(|(_, n)| n.trim().replace(',', ""))
        })
        .unwrap_or_else(|| panic!("no instruction count from callgrind:\n{report}"));
    refs.parse().expect("a count")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `--one CASE N`: check one case once at size N, to count instructions with callgrind, whose
    // counts do not depend on caches or on what else the machine runs.
    if let Some(at) = args.iter().position(|a| a == "--one") {
        let case: usize = args[at + 1].parse().expect("a case number");
        let size: usize = args[at + 2].parse().expect("a size");
        let texts = (CASES[case].build)(size);
        println!(
            "{}: {} findings",
            CASES[case].name,
            check(&texts.0, &texts.1)
        );
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let n = if quick { 500 } else { 1_000 };
    const LIMIT: f64 = 12.0;
    if args.iter().any(|a| a == "--instructions") {
        println!(
            "instructions of each check at n = {n} and 8n (callgrind); linear work is 8x, the limit is {LIMIT}x\n"
        );
        println!("{:<58} {:>14} {:>14} {:>7}", "case", "n", "8n", "ratio");
        let mut failed = Vec::new();
        for (i, case) in CASES.iter().enumerate() {
            let (small, large) = (instructions(i, n), instructions(i, 8 * n));
            let ratio = large as f64 / small as f64;
            println!("{:<58} {small:>14} {large:>14} {ratio:>6.2}x", case.name);
            if ratio > LIMIT {
                failed.push(case.name);
            }
        }
        if !failed.is_empty() {
            eprintln!("\ngrowing faster than the text: {}", failed.join("; "));
            std::process::exit(1);
        }
        return;
    }
    println!("each check at n = {n} and 8n; linear work is about 8x, the limit is {LIMIT}x\n");
    println!(
        "{:<58} {:>10} {:>10} {:>7} {:>9}",
        "case", "n", "8n", "ratio", "findings"
    );
    let mut failed = Vec::new();
    for case in CASES {
        let small = (case.build)(n);
        let large = (case.build)(8 * n);
        // Warm up (allocator, caches), then time each size several times, alternating, and keep
        // the best of each. A ratio over the limit is measured again (at most three times): a
        // moment of noise from the rest of the machine should not fail the run, quadratic work
        // fails every time.
        time(&small, 1);
        time(&large, 1);
        let (mut t1, mut t8, mut f1, mut f8) = (Duration::MAX, Duration::MAX, 0, 0);
        let mut ratio = f64::INFINITY;
        for _ in 0..3 {
            for _ in 0..3 {
                let (small_time, found) = time(&small, 5);
                (t1, f1) = (t1.min(small_time), found);
                let (large_time, found) = time(&large, 2);
                (t8, f8) = (t8.min(large_time), found);
            }
            ratio = t8.as_secs_f64() / t1.as_secs_f64().max(1e-9);
            if ratio <= LIMIT {
                break;
            }
        }
        let findings = format!("{f1}/{f8}");
        println!(
            "{:<58} {:>8.2}ms {:>8.2}ms {:>6.1}x {:>9}",
            case.name,
            t1.as_secs_f64() * 1e3,
            t8.as_secs_f64() * 1e3,
            ratio,
            findings
        );
        if ratio > LIMIT {
            failed.push(case.name);
        }
    }
    if !failed.is_empty() {
        // Time also measures the caches: this is a reading, and `--instructions` the judge.
        println!(
            "\nover {LIMIT}x in time (count instructions with --instructions to tell work from \
             caches): {}",
            failed.join("; ")
        );
    }
}
