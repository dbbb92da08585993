//! The one door to fluent-syntax's parser: every `.ftl` text Chorus parses goes through [`Source`].
//!
//! fluent-syntax 0.12 is a recursive-descent parser with no limit on nesting, so 15,000 `{` in a row
//! overflow the stack and abort the process, and so would any recursive walk of the tree it builds.
//! It also panics on a `\u` escape cut short by a wide character. Both are found here before the
//! parser runs, by [`Scan`], a recognizer that follows the parser's grammar decision for decision but
//! gives up on an entry nested deeper than [`MAX_DEPTH`]. The byte where it gave up is changed, in a
//! copy of the text with every offset unchanged, into one the parser cannot accept there, so the
//! parser stops at that very byte and keeps the entry as junk; its error message is then replaced by
//! one that says why. Every tree Chorus walks is therefore at most [`MAX_DEPTH`] deep.
//!
//! This module owns no file and knows nothing of documents; `crate::fluent::document` keeps the text.

mod recognizer;

use std::borrow::Cow;
use std::ops::Range;

use fluent_syntax::{ast, parser};

use crate::base::text::Position;
use recognizer::Scan;

/// How deep placeables (`{ … }`, select expressions included) and call arguments (`F( … )`) may nest
/// in one entry. Real messages stay under five; the parser and every walk of its tree stay far below
/// a thread's stack at this depth, even unoptimised.
pub const MAX_DEPTH: usize = 64;

/// Why the parser was kept from reading a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Masked {
    /// Nesting deeper than [`MAX_DEPTH`] starts here.
    TooDeep,
    /// A `\u` or `\U` escape cut short by a character outside ASCII (the parser would panic on it).
    BrokenEscape,
}

/// A parser error, or one of ours, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte offset of the problem.
    pub offset: usize,
    /// The junk the problem made, when the parser says.
    pub slice: Option<Range<usize>>,
    /// The parser's words, or ours for nesting refused.
    pub message: String,
    /// The entry nests deeper than [`MAX_DEPTH`] and was refused before parsing.
    pub too_deep: bool,
}

impl Error {
    pub fn position(&self, text: &str) -> Position {
        Position::at(text, self.offset)
    }
}

/// Fluent source made safe to hand to fluent-syntax (or fluent-bundle): the same bytes at the same
/// offsets, except where the parser must be stopped. Borrowed when nothing had to change.
#[derive(Debug, Clone)]
pub struct Source<'t> {
    text: Cow<'t, str>,
    refused: Vec<(usize, Masked)>,
    /// Where the text may be cut for parsing a piece at a time: entry starts the parser reaches
    /// with nothing carried over from before (no comment waiting for its message), a few thousand
    /// entries apart. Always starts with 0.
    chunks: Vec<usize>,
}

impl<'t> Source<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut scan = Scan::new(text.as_bytes());
        scan.resource();
        let (refused, chunks) = (scan.refused, scan.chunks);
        if refused.is_empty() {
            return Self {
                text: Cow::Borrowed(text),
                refused,
                chunks,
            };
        }
        let mut bytes = text.as_bytes().to_vec();
        for &(at, refusal) in &refused {
            match refusal {
                // `}` fails wherever `{` could be read; `!` wherever `(` could.
                Masked::TooDeep if bytes[at] == b'{' => bytes[at] = b'}',
                Masked::TooDeep => bytes[at] = b'!',
                Masked::BrokenEscape => {
                    let len = text[at..].chars().next().map_or(1, char::len_utf8);
                    bytes[at..at + len].fill(b'?');
                }
            }
        }
        let text = String::from_utf8(bytes).expect("only ASCII and whole characters were replaced");
        Self {
            text: Cow::Owned(text),
            refused,
            chunks,
        }
    }

    /// The text to parse.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the parser was kept from reading anything.
    pub fn is_refused(&self) -> bool {
        !self.refused.is_empty()
    }

    /// Where the parser was stopped, and why.
    pub fn refused(&self) -> &[(usize, Masked)] {
        &self.refused
    }

    pub fn into_text(self) -> String {
        self.text.into_owned()
    }

    /// Parses the text; errors say why, ours included.
    pub fn parse(&self) -> (ast::Resource<&str>, Vec<Error>) {
        run(self.text(), &self.refused)
    }

    /// Parses the text a piece at a time, handing each piece's entries (in order, their slices
    /// pointing into [`Source::text`]) and errors (offsets in the whole text) to `each`: the same
    /// entries and errors as [`Source::parse`], without the whole file's tree in memory at once.
    pub fn parse_in_chunks(&self, mut each: impl FnMut(ast::Resource<&str>, Vec<Error>)) {
        let text = self.text();
        let ends = self.chunks.iter().skip(1).copied().chain([text.len()]);
        for (start, end) in self.chunks.iter().copied().zip(ends) {
            let refused: Vec<(usize, Masked)> = self
                .refused
                .iter()
                .filter(|(at, _)| (start..end).contains(at))
                .map(|&(at, why)| (at - start, why))
                .collect();
            let (resource, mut errors) = run(&text[start..end], &refused);
            for e in &mut errors {
                e.offset += start;
                e.slice = e.slice.take().map(|s| s.start + start..s.end + start);
            }
            each(resource, errors);
        }
    }
}

/// How many entries a piece of [`Source::parse_in_chunks`] holds at least.
const CHUNK: usize = 4096;

/// Parses `text` itself, so that the tree borrows from it; `None` when the parser may not read it as
/// it is (see [`Source`]).
pub fn parse_unchanged(text: &str) -> Option<(ast::Resource<&str>, Vec<Error>)> {
    let source = Source::new(text);
    (!source.is_refused()).then(|| run(text, &[]))
}

fn run<'s>(text: &'s str, refused: &[(usize, Masked)]) -> (ast::Resource<&'s str>, Vec<Error>) {
    let (resource, errors) = match parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut errors: Vec<Error> = errors
        .into_iter()
        .map(|e| Error {
            offset: e.pos.start,
            slice: e.slice,
            message: e.kind.to_string(),
            too_deep: false,
        })
        .collect();
    for &(at, refusal) in refused {
        let Masked::TooDeep = refusal else {
            continue;
        };
        // The parser stopped at this byte, or (in an attribute) at the start of its line: the error
        // of the junk holding it says why.
        let found = errors
            .iter_mut()
            .find(|e| e.slice.as_ref().is_some_and(|s| s.contains(&at)) || e.offset == at);
        let message = too_deep_message();
        match found {
            Some(e) => {
                e.offset = at;
                e.message = message;
                e.too_deep = true;
            }
            None => errors.push(Error {
                offset: at,
                slice: None,
                message,
                too_deep: true,
            }),
        }
    }
    errors.sort_by_key(|e| e.offset);
    (resource, errors)
}

/// Where the recognizer finds junk in `text`, each at the byte its entry starts: for tests and the
/// fuzzer, which compare it with where fluent-syntax does.
#[doc(hidden)]
pub fn junk_starts(text: &str) -> Vec<usize> {
    let mut scan = Scan::new(text.as_bytes());
    scan.resource();
    scan.junk
}

/// Where fluent-syntax itself finds junk in `text`, each at the byte its entry starts; `None` when
/// Chorus would not let it read the text (see [`Source`]). For tests and the fuzzer.
#[doc(hidden)]
pub fn parser_junk_starts(text: &str) -> Option<Vec<usize>> {
    let (resource, _) = parse_unchanged(text)?;
    let starts = resource.body.iter().filter_map(|entry| match entry {
        ast::Entry::Junk { content } => Some(content.as_ptr() as usize - text.as_ptr() as usize),
        _ => None,
    });
    Some(starts.collect())
}

fn too_deep_message() -> String {
    format!(
        "placeables are nested more than {MAX_DEPTH} deep here; no real message needs that, so \
         this entry is not read"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("deep = {}$x{}\n", "{".repeat(depth), "}".repeat(depth))
    }

    #[test]
    fn nesting_up_to_the_limit_is_read_and_deeper_is_junk_with_a_reason() {
        let ok = nested(MAX_DEPTH);
        let source = Source::new(&ok);
        assert!(!source.is_refused());
        let (resource, errors) = source.parse();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(matches!(resource.body[0], ast::Entry::Message(_)));

        let text = format!("{}after = still read\n", nested(MAX_DEPTH + 1));
        let source = Source::new(&text);
        let (resource, errors) = source.parse();
        assert!(matches!(resource.body[0], ast::Entry::Junk { .. }));
        assert!(matches!(resource.body[1], ast::Entry::Message(_)));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].message.contains("nested more than 64"),
            "{errors:?}"
        );
        assert_eq!(errors[0].offset, "deep = ".len() + MAX_DEPTH);
        assert_eq!(source.text().len(), text.len());
    }

    #[test]
    fn every_way_of_nesting_is_bounded() {
        let n = MAX_DEPTH * 4;
        let selects = {
            let mut s = String::from("sel =\n");
            for _ in 0..n {
                s.push_str("    { $n ->\n       *[other] x\n");
            }
            s.push_str(&"    }\n".repeat(n));
            s
        };
        let calls = format!("calls = {{ {}1{} }}\n", "NUMBER(".repeat(n), ")".repeat(n));
        let terms = format!("terms = {{ {}1{} }}\n", "-t(".repeat(n), ")".repeat(n));
        let named = format!("named = {{ {}1{} }}\n", "F(a: G(".repeat(n), "))".repeat(n));
        let attribute = format!(
            "attr = fine\n    .title = {}$x{}\n",
            "{".repeat(n),
            "}".repeat(n)
        );
        for text in [selects, calls, terms, named, attribute] {
            let source = Source::new(&text);
            assert!(source.is_refused(), "not refused:\n{text}");
            let (_, errors) = source.parse();
            assert!(
                errors
                    .iter()
                    .any(|e| e.message.contains("nested more than")),
                "{errors:?}"
            );
        }
    }

    #[test]
    fn a_cut_short_unicode_escape_before_a_wide_character_is_masked_in_place() {
        let text = "a = { \"\\u11é\" }\nb = \\u11é stays in plain text\n";
        let source = Source::new(text);
        assert_eq!(source.text().len(), text.len());
        assert_eq!(
            source.text(),
            "a = { \"\\u11??\" }\nb = \\u11é stays in plain text\n"
        );
        let (resource, _) = source.parse();
        assert_eq!(resource.body.len(), 2);
        assert!(!Source::new("a = { \"\\u00e9\" } é\n").is_refused());
    }

    #[test]
    fn ordinary_files_are_lent_unchanged() {
        let text = "# c\n-t = T\n    .a = b\nm = { $n ->\n    [one] { -t }\n   *[other] { NUMBER($n, style: \"percent\") }\n}\n";
        assert!(matches!(Source::new(text).text, Cow::Borrowed(_)));
    }
}
