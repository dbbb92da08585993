//! A recognizer of Fluent's grammar that never recurses: it walks a file once, keeping the depth
//! of placeables and selects on a counter, and says where an entry nests deeper than
//! [`MAX_DEPTH`](super::MAX_DEPTH) so that the entry can be refused before the parser (which recurses)
//! ever sees it.

use std::ops::Range;

use super::*;

/// The grammar of fluent-syntax 0.12's `parser::parse`, followed byte for byte to know where it
/// would stop and where it would start again, without building a tree. Recursion is bounded by
/// [`MAX_DEPTH`]: past it, the entry stops as if the parser had failed there.
pub(super) struct Scan<'b> {
    pub(super) b: &'b [u8],
    pub(super) p: usize,
    pub(super) depth: usize,
    pub(super) refused: Vec<(usize, Masked)>,
    /// Where each entry that failed started: the parser's junk starts at the same bytes.
    pub(super) junk: Vec<usize>,
    /// See [`Source`]'s field.
    pub(super) chunks: Vec<usize>,
}

/// The scan stopped in an entry, as the parser would fail there.
pub(super) struct Stop;

pub(super) type Step<T = ()> = Result<T, Stop>;

/// What an inline expression was, as far as the grammar cares afterwards.
#[derive(PartialEq)]
pub(super) enum Inline {
    Literal,
    Variable,
    Function,
    Placeable,
    Message { attribute: bool, name: Range<usize> },
    Term { attribute: bool },
}

#[derive(PartialEq, Clone, Copy)]
pub(super) enum Role {
    InitialLineStart,
    LineStart,
    Continuation,
}

impl<'b> Scan<'b> {
    pub(super) fn new(b: &'b [u8]) -> Self {
        Self {
            b,
            p: 0,
            depth: 0,
            refused: Vec::new(),
            junk: Vec::new(),
            chunks: vec![0],
        }
    }

    pub(super) fn cur(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    pub(super) fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    pub(super) fn is(&self, byte: u8) -> bool {
        self.cur() == Some(byte)
    }

    pub(super) fn take(&mut self, byte: u8) -> bool {
        let taken = self.is(byte);
        self.p += usize::from(taken);
        taken
    }

    pub(super) fn expect(&mut self, byte: u8) -> Step {
        if self.take(byte) { Ok(()) } else { Err(Stop) }
    }

    pub(super) fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.at(self.p + 1) == Some(b'\n'),
            _ => false,
        }
    }

    pub(super) fn skip_eol(&mut self) -> bool {
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

    pub(super) fn skip_blank_inline(&mut self) -> usize {
        let start = self.p;
        while self.is(b' ') {
            self.p += 1;
        }
        self.p - start
    }

    pub(super) fn skip_blank_block(&mut self) {
        loop {
            let start = self.p;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.p = start;
                break;
            }
        }
    }

    pub(super) fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.p += 1,
                Some(b'\r') if self.at(self.p + 1) == Some(b'\n') => self.p += 2,
                _ => break,
            }
        }
    }

    /// The whole text, entry after entry; after a failed one, from the next line that can start one.
    pub(super) fn resource(&mut self) {
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

    pub(super) fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.cur() {
            let line_start = self.p == 0 || self.b[self.p - 1] == b'\n';
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.p += 1;
        }
    }

    pub(super) fn entry(&mut self) -> Step {
        self.depth = 0;
        match self.cur() {
            Some(b'#') => self.comment(),
            Some(b'-') => self.term(),
            _ => self.message(),
        }
    }

    pub(super) fn comment(&mut self) -> Step {
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

    pub(super) fn comment_level(&mut self) -> usize {
        let mut level = 0;
        while level < 3 && self.take(b'#') {
            level += 1;
        }
        level
    }

    pub(super) fn message(&mut self) -> Step {
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

    pub(super) fn term(&mut self) -> Step {
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
    pub(super) fn attributes(&mut self) -> usize {
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

    pub(super) fn attribute(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        if self.pattern()? { Ok(()) } else { Err(Stop) }
    }

    pub(super) fn identifier(&mut self) -> Step<Range<usize>> {
        if !self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(Stop);
        }
        self.p += 1;
        Ok(self.identifier_rest())
    }

    /// The rest of an identifier whose first letter was just taken.
    pub(super) fn identifier_rest(&mut self) -> Range<usize> {
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
    pub(super) fn pattern(&mut self) -> Step<bool> {
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
    pub(super) fn descend(&mut self) -> Step {
        if self.depth >= MAX_DEPTH {
            self.refused.push((self.p, Masked::TooDeep));
            return Err(Stop);
        }
        self.depth += 1;
        self.p += 1;
        Ok(())
    }

    /// `{ expression }`, at its `{`.
    pub(super) fn placeable(&mut self) -> Step {
        self.descend()?;
        self.skip_blank();
        self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        self.depth -= 1;
        Ok(())
    }

    pub(super) fn expression(&mut self) -> Step {
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

    pub(super) fn variants(&mut self) -> Step {
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

    pub(super) fn variant_key(&mut self) -> Step {
        self.skip_blank();
        if self.cur().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            self.number()?;
        } else {
            self.identifier()?;
        }
        self.skip_blank();
        self.expect(b']')
    }

    pub(super) fn number(&mut self) -> Step {
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(())
    }

    pub(super) fn digits(&mut self) -> Step {
        let start = self.p;
        while self.cur().is_some_and(|b| b.is_ascii_digit()) {
            self.p += 1;
        }
        if self.p == start { Err(Stop) } else { Ok(()) }
    }

    pub(super) fn inline(&mut self, only_literal: bool) -> Step<Inline> {
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
    pub(super) fn string(&mut self) -> Step {
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

    pub(super) fn unicode_escape(&mut self, length: usize) -> Step {
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
            self.refused.push((self.p, Masked::BrokenEscape));
        }
        Err(Stop)
    }

    pub(super) fn attribute_accessor(&mut self) -> Step<bool> {
        if self.take(b'.') {
            self.identifier()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// `( arguments )` if the next non-blank byte opens them; whether it did.
    pub(super) fn call_arguments(&mut self) -> Step<bool> {
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
