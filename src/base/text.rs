//! Small text facts shared by the core: positions (line and column) for messages a user reads, and the
//! line-ending convention of a file. Owns no file and no parser.

use std::fmt;

/// A place in a text as a person counts it: 1-based line, 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`. An offset inside a character counts as that character.
    pub fn at(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        // Count characters by their first byte so that an offset in the middle of one still works.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
            + 1;
        Self { line, column }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Bytes that are not UTF-8: where the first bad byte is. Nothing was decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid UTF-8 at byte {offset} (line {}, column {})", position.line, position.column)]
pub struct DecodeError {
    /// Offset in the bytes, counting a byte order mark if there is one.
    pub offset: usize,
    pub position: Position,
}

/// The bytes as UTF-8 text, or where they stop being UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|err| {
        let offset = err.valid_up_to();
        // Everything before `valid_up_to` is UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
        DecodeError {
            offset,
            position: Position::at(prefix, prefix.len()),
        }
    })
}

/// How a file ends its lines. New text written into a file uses the file's own convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnding {
    Lf,
    CrLf,
}

impl LineEnding {
    /// The convention most lines of `text` follow; LF when the text has no line break at all.
    pub fn detect(text: &str) -> Self {
        let crlf = text.matches("\r\n").count();
        let lf = text.matches('\n').count() - crlf;
        if crlf > lf { Self::CrLf } else { Self::Lf }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lf => "\n",
            Self::CrLf => "\r\n",
        }
    }
}

/// Byte offset of the start of the line holding `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |p| p + 1)
}

/// True when a line holds nothing but spaces and its line break (Fluent's notion of a blank line).
pub fn is_blank_line(line: &str) -> bool {
    line.bytes().all(|b| matches!(b, b' ' | b'\r' | b'\n'))
}

/// `end` moved back over trailing spaces and line breaks, but not before `start`.
pub fn trim_end_blank(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end_matches([' ', '\r', '\n']).len()
}

/// Positions of many offsets in one text. Line starts are found once; a column is counted from the
/// last position asked for when it is on the same line and not after it, so asking in order costs
/// time linear in the text, however many positions there are on one line.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last answer: (offset, its position).
    last: std::cell::Cell<(usize, Position)>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(starts_after_newlines(text));
        Self {
            text,
            starts,
            last: std::cell::Cell::new((0, Position { line: 1, column: 1 })),
        }
    }

    /// The position of byte `offset`, as [`Position::at`] gives it.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let (last_offset, last) = self.last.get();
        let (from, column) = if last.line == line && last_offset <= offset {
            (last_offset, last.column)
        } else {
            (line_start, 1)
        };
        let column = column
            + self.text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| (b & 0xC0) != 0x80)
                .count();
        let position = Position { line, column };
        self.last.set((offset, position));
        position
    }
}

fn starts_after_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices('\n').map(|(i, _)| i + 1)
}

/// Where items are by their id, for items that hold their id themselves: the index keeps only
/// positions, never a copy of an id. The first item with an id wins.
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    table: hashbrown::HashTable<usize>,
    hasher: std::hash::RandomState,
}

impl IdIndex {
    /// The index of `ids` (each item's position and id, in order).
    pub fn new<'a>(
        ids: impl Iterator<Item = (usize, &'a str)>,
        id_at: impl Fn(usize) -> &'a str,
    ) -> Self {
        use std::hash::BuildHasher as _;
        let mut index = Self::default();
        for (i, id) in ids {
            let hash = index.hasher.hash_one(id);
            let found = index.table.find(hash, |&j| id_at(j) == id).is_some();
            if !found {
                let hasher = &index.hasher;
                index
                    .table
                    .insert_unique(hash, i, |&j| hasher.hash_one(id_at(j)));
            }
        }
        index
    }

    /// The position of the first item with `id`; `id_at` gives an item's id from its position.
    pub fn get<'a>(&self, id: &str, id_at: impl Fn(usize) -> &'a str) -> Option<usize> {
        use std::hash::BuildHasher as _;
        let hash = self.hasher.hash_one(id);
        self.table.find(hash, |&j| id_at(j) == id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_the_same_positions_in_any_order() {
        let text = "a = b\nключ = значение\n\nlast";
        let lines = Lines::new(text);
        let mut offsets: Vec<usize> = (0..=text.len()).collect();
        offsets.extend((0..=text.len()).rev());
        for offset in offsets {
            assert_eq!(
                lines.position(offset),
                Position::at(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = b\nключ = значение\n";
        assert_eq!(Position::at(text, 0), Position { line: 1, column: 1 });
        let offset = text.find("значение").unwrap();
        assert_eq!(Position::at(text, offset), Position { line: 2, column: 8 });
    }

    #[test]
    fn line_ending_follows_the_majority() {
        assert_eq!(LineEnding::detect("a\r\nb\r\nc\n"), LineEnding::CrLf);
        assert_eq!(LineEnding::detect("a\nb\r\nc\n"), LineEnding::Lf);
        assert_eq!(LineEnding::detect("no break"), LineEnding::Lf);
    }
}
