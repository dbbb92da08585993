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

use std::borrow::Cow;
use std::ops::Range;

use fluent_syntax::{ast, parser};

use crate::base::text::Position;

/// How deep placeables (`{ … }`, select expressions included) and call arguments (`F( … )`) may nest
/// in one entry. Real messages stay under five; the parser and every walk of its tree stay far below
/// a thread's stack at this depth, even unoptimised.
pub const MAX_DEPTH: usize = 64;

/// Why the parser was kept from reading a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
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
    pub message: String,
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
    refused: Vec<(usize, Refusal)>,
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
                Refusal::TooDeep if bytes[at] == b'{' => bytes[at] = b'}',
                Refusal::TooDeep => bytes[at] = b'!',
                Refusal::BrokenEscape => {
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
    pub fn refused(&self) -> &[(usize, Refusal)] {
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
            let refused: Vec<(usize, Refusal)> = self
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

fn run<'s>(text: &'s str, refused: &[(usize, Refusal)]) -> (ast::Resource<&'s str>, Vec<Error>) {
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
        })
        .collect();
    for &(at, refusal) in refused {
        let Refusal::TooDeep = refusal else {
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
            }
            None => errors.push(Error {
                offset: at,
                slice: None,
                message,
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

/// The grammar of fluent-syntax 0.12's `parser::parse`, followed byte for byte to know where it
/// would stop and where it would start again, without building a tree. Recursion is bounded by
/// [`MAX_DEPTH`]: past it, the entry stops as if the parser had failed there.
struct Scan<'b> {
    b: &'b [u8],
    p: usize,
    depth: usize,
    refused: Vec<(usize, Refusal)>,
    /// Where each entry that failed started: the parser's junk starts at the same bytes.
    junk: Vec<usize>,
    /// See [`Source`]'s field.
    chunks: Vec<usize>,
}

/// The scan stopped in an entry, as the parser would fail there.
struct Stop;

type Step<T = ()> = Result<T, Stop>;

/// What an inline expression was, as far as the grammar cares afterwards.
#[derive(PartialEq)]
enum Inline {
    Literal,
    Variable,
    Function,
    Placeable,
    Message { attribute: bool, name: Range<usize> },
    Term { attribute: bool },
}

#[derive(PartialEq, Clone, Copy)]
enum Role {
    InitialLineStart,
    LineStart,
    Continuation,
}

impl<'b> Scan<'b> {
    fn new(b: &'b [u8]) -> Self {
        Self {
            b,
            p: 0,
            depth: 0,
            refused: Vec::new(),
            junk: Vec::new(),
            chunks: vec![0],
        }
    }

    fn cur(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn is(&self, byte: u8) -> bool {
        self.cur() == Some(byte)
    }

    fn take(&mut self, byte: u8) -> bool {
        let taken = self.is(byte);
        self.p += usize::from(taken);
        taken
    }

    fn expect(&mut self, byte: u8) -> Step {
        if self.take(byte) { Ok(()) } else { Err(Stop) }
    }

    fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.at(self.p + 1) == Some(b'\n'),
            _ => false,
        }
    }

    fn skip_eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\n') => {
                self.p += 1;
                true
            }
            Some(b'\r') if self.at(self.p + 1) == Some(b'\n') => {
                self.p += 2;
                true
            }
            _ => false,
        }
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.p;
        while self.is(b' ') {
            self.p += 1;
        }
        self.p - start
    }

    fn skip_blank_block(&mut self) {
        loop {
            let start = self.p;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.p = start;
                break;
            }
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.p += 1,
                Some(b'\r') if self.at(self.p + 1) == Some(b'\n') => self.p += 2,
                _ => break,
            }
        }
    }

    /// The whole text, entry after entry; after a failed one, from the next line that can start one.
    fn resource(&mut self) {
        self.skip_blank_block();
        let (mut since_chunk, mut after_comment) = (0, false);
        while self.p < self.b.len() {
            let start = self.p;
            // A comment waits for the message after it; anywhere else the parser starts afresh.
            if since_chunk >= CHUNK && !after_comment {
                self.chunks.push(start);
                since_chunk = 0;
            }
            since_chunk += 1;
            let failed = self.entry().is_err();
            after_comment = !failed && self.b[start] == b'#';
            if failed {
                self.junk.push(start);
                self.skip_to_next_entry_start();
            }
            self.skip_blank_block();
        }
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.cur() {
            let line_start = self.p == 0 || self.b[self.p - 1] == b'\n';
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.p += 1;
        }
    }

    fn entry(&mut self) -> Step {
        self.depth = 0;
        match self.cur() {
            Some(b'#') => self.comment(),
            Some(b'-') => self.term(),
            _ => self.message(),
        }
    }

    fn comment(&mut self) -> Step {
        let mut level = 0;
        let mut has_content = false;
        while self.p < self.b.len() {
            let line_level = self.comment_level();
            if line_level == 0 {
                self.p -= 1;
                break;
            } else if level != 0 && line_level != level {
                self.p -= line_level;
                break;
            }
            level = line_level;
            if self.p == self.b.len() {
                break;
            } else if !self.is_eol() {
                if !self.is(b' ') {
                    if has_content {
                        self.p -= line_level;
                        break;
                    }
                    return Err(Stop);
                }
                self.p += 1;
            }
            has_content = true;
            while !self.is_eol() {
                self.p += 1;
            }
            self.skip_eol();
        }
        Ok(())
    }

    fn comment_level(&mut self) -> usize {
        let mut level = 0;
        while level < 3 && self.take(b'#') {
            level += 1;
        }
        level
    }

    fn message(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        if value || attributes > 0 {
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn term(&mut self) -> Step {
        self.expect(b'-')?;
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        self.skip_blank_inline();
        let value = self.pattern()?;
        self.skip_blank_block();
        self.attributes();
        if value { Ok(()) } else { Err(Stop) }
    }

    /// The attributes that read; one that does not is left for the next entry to fail on.
    fn attributes(&mut self) -> usize {
        let mut count = 0;
        loop {
            let line_start = self.p;
            self.skip_blank_inline();
            if !self.take(b'.') {
                self.p = line_start;
                break;
            }
            if self.attribute().is_err() {
                self.p = line_start;
                break;
            }
            count += 1;
        }
        count
    }

    fn attribute(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        if self.pattern()? { Ok(()) } else { Err(Stop) }
    }

    fn identifier(&mut self) -> Step<Range<usize>> {
        if !self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(Stop);
        }
        self.p += 1;
        Ok(self.identifier_rest())
    }

    /// The rest of an identifier whose first letter was just taken.
    fn identifier_rest(&mut self) -> Range<usize> {
        let start = self.p - 1;
        while self
            .cur()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.p += 1;
        }
        start..self.p
    }

    /// A pattern; whether it holds anything but blanks.
    fn pattern(&mut self) -> Step<bool> {
        let mut shows = false;
        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };
        while self.p < self.b.len() {
            if self.is(b'{') {
                self.placeable()?;
                shows = true;
                role = Role::Continuation;
                continue;
            }
            let slice_start = self.p;
            if role == Role::LineStart {
                let indent = self.skip_blank_inline();
                match self.cur() {
                    None => break,
                    Some(b) if indent == 0 => {
                        if b != b'\r' && b != b'\n' {
                            break;
                        }
                    }
                    Some(b'.' | b'}' | b'[' | b'*') => {
                        self.p = slice_start;
                        break;
                    }
                    Some(_) => {}
                }
            }
            let rest = &self.b[self.p..];
            let end = rest.iter().position(|&b| matches!(b, b'\n' | b'{' | b'}'));
            let Some(i) = end else {
                shows |= rest.iter().any(|&b| b != b' ');
                self.p = self.b.len();
                break;
            };
            let text = &rest[..i];
            match rest[i] {
                b'}' => {
                    self.p += i;
                    return Err(Stop);
                }
                b'{' => {
                    shows |= text.iter().any(|&b| b != b' ');
                    self.p += i;
                    role = Role::Continuation;
                }
                _ => {
                    let text = text.strip_suffix(b"\r").unwrap_or(text);
                    shows |= text.iter().any(|&b| b != b' ');
                    self.p += i + 1;
                    role = Role::LineStart;
                }
            }
        }
        Ok(shows)
    }

    /// Enters one level of nesting at the current byte (`{` or `(`), or stops the entry there.
    fn descend(&mut self) -> Step {
        if self.depth >= MAX_DEPTH {
            self.refused.push((self.p, Refusal::TooDeep));
            return Err(Stop);
        }
        self.depth += 1;
        self.p += 1;
        Ok(())
    }

    /// `{ expression }`, at its `{`.
    fn placeable(&mut self) -> Step {
        self.descend()?;
        self.skip_blank();
        self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        self.depth -= 1;
        Ok(())
    }

    fn expression(&mut self) -> Step {
        let inline = self.inline(false)?;
        self.skip_blank();
        let select = self.is(b'-') && self.at(self.p + 1) == Some(b'>');
        if !select {
            return match inline {
                Inline::Term { attribute: true } => Err(Stop),
                _ => Ok(()),
            };
        }
        match inline {
            Inline::Message { .. } | Inline::Term { attribute: false } | Inline::Placeable => {
                return Err(Stop);
            }
            _ => {}
        }
        self.p += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return Err(Stop);
        }
        self.skip_blank();
        self.variants()
    }

    fn variants(&mut self) -> Step {
        let mut has_default = false;
        loop {
            if self.take(b'*') {
                if has_default {
                    return Err(Stop);
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            self.variant_key()?;
            if !self.pattern()? {
                return Err(Stop);
            }
            self.skip_blank();
        }
        if has_default { Ok(()) } else { Err(Stop) }
    }

    fn variant_key(&mut self) -> Step {
        self.skip_blank();
        if self.cur().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            self.number()?;
        } else {
            self.identifier()?;
        }
        self.skip_blank();
        self.expect(b']')
    }

    fn number(&mut self) -> Step {
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(())
    }

    fn digits(&mut self) -> Step {
        let start = self.p;
        while self.cur().is_some_and(|b| b.is_ascii_digit()) {
            self.p += 1;
        }
        if self.p == start { Err(Stop) } else { Ok(()) }
    }

    fn inline(&mut self, only_literal: bool) -> Step<Inline> {
        match self.cur() {
            Some(b'"') => {
                self.p += 1;
                self.string()?;
                Ok(Inline::Literal)
            }
            Some(b) if b.is_ascii_digit() => {
                self.number()?;
                Ok(Inline::Literal)
            }
            Some(b'-') if !only_literal => {
                self.p += 1;
                if self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
                    self.p += 1;
                    self.identifier_rest();
                    let attribute = self.attribute_accessor()?;
                    self.call_arguments()?;
                    Ok(Inline::Term { attribute })
                } else {
                    self.p -= 1;
                    self.number()?;
                    Ok(Inline::Literal)
                }
            }
            Some(b'$') if !only_literal => {
                self.p += 1;
                self.identifier()?;
                Ok(Inline::Variable)
            }
            Some(b) if b.is_ascii_alphabetic() => {
                self.p += 1;
                let name = self.identifier_rest();
                if self.call_arguments()? {
                    let callee = self.b[name.clone()].iter().all(|&c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_' || c == b'-'
                    });
                    return if callee {
                        Ok(Inline::Function)
                    } else {
                        Err(Stop)
                    };
                }
                let attribute = self.attribute_accessor()?;
                Ok(Inline::Message { attribute, name })
            }
            Some(b'{') if !only_literal => {
                self.placeable()?;
                Ok(Inline::Placeable)
            }
            _ => Err(Stop),
        }
    }

    /// The rest of a string literal, after its opening quote.
    fn string(&mut self) -> Step {
        while let Some(b) = self.cur() {
            match b {
                b'\\' => match self.at(self.p + 1) {
                    Some(b'\\' | b'{' | b'"') => self.p += 2,
                    Some(b'u') => {
                        self.p += 2;
                        self.unicode_escape(4)?;
                    }
                    Some(b'U') => {
                        self.p += 2;
                        self.unicode_escape(6)?;
                    }
                    _ => return Err(Stop),
                },
                b'"' => break,
                b'\n' => return Err(Stop),
                _ => self.p += 1,
            }
        }
        self.expect(b'"')
    }

    fn unicode_escape(&mut self, length: usize) -> Step {
        let start = self.p;
        while self.p - start < length && self.cur().is_some_and(|b| b.is_ascii_hexdigit()) {
            self.p += 1;
        }
        if self.p - start == length {
            return Ok(());
        }
        // The parser quotes the escape with the byte after it, and slicing there would split a
        // character that is not ASCII.
        if self.cur().is_some_and(|b| b >= 0x80) {
            self.refused.push((self.p, Refusal::BrokenEscape));
        }
        Err(Stop)
    }

    fn attribute_accessor(&mut self) -> Step<bool> {
        if self.take(b'.') {
            self.identifier()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// `( arguments )` if the next non-blank byte opens them; whether it did.
    fn call_arguments(&mut self) -> Step<bool> {
        self.skip_blank();
        if !self.is(b'(') {
            return Ok(false);
        }
        self.descend()?;
        self.skip_blank();
        let mut named: Vec<Range<usize>> = Vec::new();
        while self.p < self.b.len() {
            if self.is(b')') {
                break;
            }
            let inline = self.inline(false)?;
            let name = match inline {
                Inline::Message {
                    attribute: false,
                    name,
                } => Some(name),
                _ => None,
            };
            if let Some(name) = name {
                self.skip_blank();
                if self.is(b':') {
                    if named
                        .iter()
                        .any(|n| self.b[n.clone()] == self.b[name.clone()])
                    {
                        return Err(Stop);
                    }
                    self.p += 1;
                    self.skip_blank();
                    self.inline(true)?;
                    named.push(name);
                } else if !named.is_empty() {
                    return Err(Stop);
                }
            } else if !named.is_empty() {
                return Err(Stop);
            }
            self.skip_blank();
            self.take(b',');
            self.skip_blank();
        }
        self.expect(b')')?;
        self.depth -= 1;
        Ok(true)
    }
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
