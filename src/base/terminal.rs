//! Text from files as a terminal may show it. A translation, a reviewer's name or a file name can
//! hold characters a terminal acts on instead of showing: ESC starts commands (hide the text that
//! follows, set the window title, write the clipboard), BEL rings, a carriage return or backspaces
//! let later text cover earlier text, and directional overrides reorder what is shown. A reviewer
//! approving what `chorus review` printed must see every character that is there, so every piece of
//! workspace text in a report for people goes through [`shown`] or [`shown_line`] first; the reports'
//! own colours are added afterwards.
//!
//! This module owns no output; the command line and the reports call it.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal as it is: control characters (C0, DELETE, C1) and
/// the directional formatting characters that reorder or hide text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with line breaks and tabs kept and every other unsafe character written as `\u{1B}`.
pub fn shown(text: &str) -> Cow<'_, str> {
    escape(text, |c| matches!(c, '\n' | '\t'))
}

/// `text` on one line: like [`shown`], and line breaks and tabs written as `\n` and `\t`.
pub fn shown_line(text: &str) -> Cow<'_, str> {
    escape(text, |_| false)
}

fn escape(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !is_unsafe(c) || keep(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:X}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_reordering_are_shown_as_escapes_and_plain_text_is_lent() {
        assert_eq!(
            shown("ok\u{1b}[8mhidden\u{7}\rcover\nnext\u{202E}tsal"),
            "ok\\u{1B}[8mhidden\\u{7}\\u{D}cover\nnext\\u{202E}tsal"
        );
        assert_eq!(shown_line("a\nb\tc"), "a\\nb\\tc");
        assert!(matches!(shown("Свобода — حرية"), Cow::Borrowed(_)));
        assert_eq!(shown("\u{9b}31m\u{85}"), "\\u{9B}31m\\u{85}");
    }
}
