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

#[cfg(test)]
mod tests {
    use super::*;

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

/// Fluent source that fluent-syntax 0.12 can parse without panicking. Its parser slices the text inside a
/// character when a `\u` or `\U` escape in a string literal is cut short by a non-ASCII character
/// (`{ "\u11é" }`), and panics. Such an escape is a syntax error, so the entry holding it is junk
/// whatever comes after; here each such character is replaced by as many `?` bytes, which keeps every
/// byte offset (and every valid entry) as it was. Borrowed when there is nothing to replace.
pub fn parsable(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let (mut depth, mut in_string, mut i) = (0usize, false, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => in_string = false,
            b'"' if depth > 0 => in_string = !in_string,
            b'{' if !in_string => depth += 1,
            b'}' if !in_string => depth = depth.saturating_sub(1),
            b'\\' if in_string => {
                let wanted = match bytes.get(i + 1) {
                    Some(b'u') => 4,
                    Some(b'U') => 6,
                    // Any other escape is two bytes; an escaped quote does not end the string.
                    _ => {
                        i += 2;
                        continue;
                    }
                };
                let digits = bytes[i + 2..]
                    .iter()
                    .take(wanted)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                let after = i + 2 + digits;
                if digits < wanted && bytes.get(after).is_some_and(|b| *b >= 0x80) {
                    let len = text[after..].chars().next().map_or(1, char::len_utf8);
                    spans.push(after..after + len);
                }
                i = after;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    for span in spans {
        out[span].fill(b'?');
    }
    std::borrow::Cow::Owned(String::from_utf8(out).expect("only whole characters were replaced"))
}

#[cfg(test)]
mod parsable_tests {
    use super::parsable;

    #[test]
    fn a_cut_short_unicode_escape_before_a_wide_character_is_masked_in_place() {
        let text = "a = { \"\\u11é\" }\nb = \\u11é stays in plain text\n";
        let masked = parsable(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(
            masked,
            "a = { \"\\u11??\" }\nb = \\u11é stays in plain text\n"
        );
        // The parser reads it without panicking: `a` is junk, `b` a message.
        let resource = match fluent_syntax::parser::parse(masked.as_ref()) {
            Ok(r) | Err((r, _)) => r,
        };
        assert_eq!(resource.body.len(), 2);
        assert!(matches!(
            parsable("a = { \"\\u00e9\" } é\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
