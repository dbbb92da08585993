//! Fluent built deep and wide: placeables in placeables, selects in variants, calls in arguments, term
//! arguments, nested thousands of levels deep or repeated side by side, among arbitrary text. Whatever
//! comes in, on a thread with a small stack: nothing crashes or overflows while Chorus reads it,
//! checks it, edits it and renders it; the text comes back byte for byte; and wherever Chorus lets the
//! parser read, its own recognizer finds junk exactly where fluent-syntax does.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

use chorus::base::ids::Locale;
use chorus::checks::{Analyzed, Context, Place, check_file};
use chorus::fluent::document::{Document, Edit};
use chorus::fluent::syntax::{MAX_DEPTH, Source, junk_starts};

#[derive(Arbitrary, Debug)]
enum Piece {
    Text(String),
    Variable(u8),
    Literal(String),
    Placeable(Box<Piece>),
    Select {
        variants: Vec<Piece>,
    },
    Call {
        arguments: Vec<Piece>,
    },
    Term {
        arguments: Vec<Piece>,
    },
    /// The same opener `depth` times around `inner`, closed or not.
    Deep {
        opener: u8,
        depth: u16,
        closed: bool,
        inner: Box<Piece>,
    },
    /// Side by side.
    Wide {
        count: u16,
        piece: Box<Piece>,
    },
    Raw(String),
}

#[derive(Arbitrary, Debug)]
struct Input {
    entries: Vec<(u8, Vec<Piece>)>,
}

/// Texts stop growing past this: deep and wide enough to find what nesting does, small enough for a
/// quick round.
const MAX_TEXT: usize = 1 << 20;

fn render(piece: &Piece, out: &mut String, budget: &mut usize) {
    if *budget == 0 || out.len() > MAX_TEXT {
        return;
    }
    *budget -= 1;
    match piece {
        Piece::Text(t) => out.push_str(&t.replace(['{', '}', '\n'], " ")),
        Piece::Variable(v) => out.push_str(&format!("{{ $v{v} }}")),
        Piece::Literal(t) => {
            out.push_str(&format!("{{ \"{}\" }}", t.replace(['"', '\\', '\n'], "")))
        }
        Piece::Placeable(inner) => {
            out.push_str("{ ");
            render(inner, out, budget);
            out.push_str(" }");
        }
        Piece::Select { variants } => {
            out.push_str("{ $n ->\n");
            for (i, v) in variants.iter().enumerate().take(8) {
                out.push_str(&format!("    [k{i}] "));
                render(v, out, budget);
                out.push('\n');
            }
            out.push_str("   *[other] x\n}");
        }
        Piece::Call { arguments } | Piece::Term { arguments } => {
            let callee = if matches!(piece, Piece::Call { .. }) {
                "{ NUMBER("
            } else {
                "{ -t("
            };
            out.push_str(callee);
            for (i, a) in arguments.iter().enumerate().take(8) {
                if i > 0 {
                    out.push_str(", ");
                }
                render(a, out, budget);
            }
            out.push_str(") }");
        }
        Piece::Deep {
            opener,
            depth,
            closed,
            inner,
        } => {
            let depth = usize::from(*depth) % 20_000;
            let (open, close) = match opener % 4 {
                0 => ("{ ", " }"),
                1 => ("{ $n ->\n  *[other] ", "\n}"),
                2 => ("{ NUMBER(", ") }"),
                _ => ("{ -t(", ") }"),
            };
            for _ in 0..depth {
                out.push_str(open);
            }
            render(inner, out, budget);
            if *closed {
                for _ in 0..depth {
                    out.push_str(close);
                }
            }
        }
        Piece::Wide { count, piece } => {
            for _ in 0..usize::from(*count) % 2_000 {
                render(piece, out, budget);
            }
        }
        Piece::Raw(t) => out.push_str(t),
    }
}

fn text_of(input: &Input) -> String {
    let mut text = String::new();
    let mut budget = 50_000;
    for (i, (kind, pieces)) in input.entries.iter().enumerate().take(16) {
        match kind % 4 {
            0 => text.push_str(&format!("m{i} = ")),
            1 => text.push_str(&format!("-t{i} = ")),
            2 => text.push_str(&format!("m{i} = x\n    .a = ")),
            _ => {}
        }
        for piece in pieces {
            render(piece, &mut text, &mut budget);
        }
        text.push('\n');
    }
    text
}

/// Everything Chorus does with a file of messages, on a thread with a stack of 256 KiB: a walk
/// of a tree deeper than [`MAX_DEPTH`] levels would overflow it. One such thread serves every input
/// (a new thread for each would leave libFuzzer measuring the allocator's arenas).
fn exercise(text: String) {
    use std::sync::mpsc::{Receiver, Sender, channel};
    use std::sync::{Mutex, OnceLock};
    static WORKER: OnceLock<Mutex<(Sender<String>, Receiver<()>)>> = OnceLock::new();
    let worker = WORKER.get_or_init(|| {
        let (texts, inbox) = channel::<String>();
        let (done, finished) = channel();
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                for text in inbox {
                    read_check_edit_render(&text);
                    let _ = done.send(());
                }
            })
            .unwrap();
        Mutex::new((texts, finished))
    });
    let worker = worker.lock().unwrap();
    worker.0.send(text).expect("the worker is alive");
    worker
        .1
        .recv()
        .expect("reading, checking and rendering finished");
}

fn read_check_edit_render(text: &str) {
    let source = Source::new(text);
    assert_eq!(source.text().len(), text.len());
    if let Some(parser) = chorus::fluent::syntax::parser_junk_starts(text) {
        // Fluent-syntax may read it: our recognizer must agree with it on every junk.
        assert_eq!(
            junk_starts(text),
            parser,
            "the recognizer and the parser disagree"
        );
    } else {
        assert!(source.refused().iter().all(|&(at, _)| at < text.len()));
    }
    let mut doc = Document::parse(text);
    assert_eq!(doc.to_bytes(), text.as_bytes());
    let analyzed = Analyzed::of(&doc);
    let (en, de) = (Locale::new("en").unwrap(), Locale::new("de").unwrap());
    let mut context = Context::new(&en, &de);
    context.learn_terms(&analyzed);
    let at = Place {
        locale: "de",
        file: "x.ftl",
    };
    let _ = check_file(&analyzed, &doc, &analyzed, &context, at);
    let ids: Vec<String> = doc.ids().map(str::to_owned).collect();
    for id in ids.iter().take(4) {
        let _ = chorus::fluent::message::Shape::of(&doc, id);
        let _ = doc.value_text(id);
        let edit = Edit::SetValue {
            id: id.clone(),
            value: Some(format!(
                "{}x{}",
                "{ ".repeat(MAX_DEPTH + 1),
                " }".repeat(MAX_DEPTH + 1)
            )),
        };
        assert!(
            doc.apply(&edit).is_err(),
            "nesting past the limit is refused"
        );
    }
    let statement = chorus::workspace::statement::Statement::from_ron(&format!(
        "Statement(format: 1, id: \"x\", kind: Statement, title: \"x\", source: \"en\", \
         locales: [\"de\"], headline: \"{}\", sections: [], signatories: [], \
         publisher: \"p\", contact: \"\", date: \"2023-08-10\")",
        ids.iter()
            .find(|id| !id.starts_with('-'))
            .map_or("m0", String::as_str)
    ))
    .unwrap();
    let _ = chorus::publish::preview::render(&statement, &de, Some(&doc), Some(&doc));
}

fuzz_target!(|input: Input| {
    exercise(text_of(&input));
});
