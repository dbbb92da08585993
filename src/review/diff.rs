//! What changed between two versions of a text, by word, or by character for scripts written without
//! spaces between words (Chinese, Japanese, Thai and their neighbours).
//!
//! The diff itself is `similar`'s (Patience over tokens). This module decides what a token is and gives
//! the result as runs of kept, deleted and inserted text, which the window draws (struck through and
//! underlined, not by colour alone) and the command line prints.

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

use crate::base::ids::Locale;

/// What happened to a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunChange {
    Kept,
    Deleted,
    Inserted,
}

/// A run of text with what happened to it, in reading order: deleted text comes before the text
/// inserted in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub change: RunChange,
    pub text: String,
}

/// How a text is cut into tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Word,
    Character,
}

impl Granularity {
    /// Character level for languages written without spaces between words, word level otherwise.
    pub fn for_locale(locale: &Locale) -> Self {
        let language = locale.as_str().split(['-', '_']).next().unwrap_or_default();
        match language {
            "zh" | "ja" | "th" | "lo" | "km" | "my" | "bo" | "yue" | "wuu" => {
                Granularity::Character
            }
            _ => Granularity::Word,
        }
    }
}

/// Whether a character is written without spaces around it (Han, kana, Thai, Lao, Khmer, Myanmar,
/// Tibetan, and the punctuation of those scripts), so that it is a token of its own.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{0F00}'..='\u{0FFF}'   // Tibetan
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{2E80}'..='\u{2FDF}'   // CJK radicals
        | '\u{3000}'..='\u{30FF}'   // CJK punctuation, kana
        | '\u{3100}'..='\u{9FFF}'   // Bopomofo … CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables (spaced, but one syllable is a fair unit)
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}'   // full-width forms
        | '\u{20000}'..='\u{3FFFF}' // CJK extensions
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Space,
    Other,
}

fn class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_alphanumeric() || is_mark(c) || c == '\'' || c == '’' || c == '-' {
        Class::Word
    } else {
        Class::Other
    }
}

/// Combining marks (Devanagari vowel signs, Arabic harakat…) belong to the word they sit on.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{0981}'..='\u{0983}'
        | '\u{09BC}'..='\u{09D7}'
        | '\u{200C}'..='\u{200D}'
        | '\u{FE00}'..='\u{FE0F}'
    )
}

/// Cuts a text into tokens: runs of letters and digits, runs of spaces, and every other character on
/// its own. At character level, characters of unspaced scripts are tokens of their own too (a Latin
/// name inside Chinese text stays one token).
pub fn tokens(text: &str, granularity: Granularity) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    // The previous character's class, and whether it stands alone.
    let mut previous: Option<(Class, bool)> = None;
    for (i, c) in text.char_indices() {
        let alone = granularity == Granularity::Character && is_unspaced(c);
        let class = class(c);
        let joins = !alone
            && class != Class::Other
            && previous.is_some_and(|(p, was_alone)| p == class && !was_alone);
        if !joins && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        previous = Some((class, alone));
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// How long one diff may look for the smallest set of changes.
const DIFF_DEADLINE: std::time::Duration = std::time::Duration::from_millis(300);

/// The runs that turn `old` into `new`. Adjacent runs of the same kind are merged, and a change is
/// shown as its deletion then its insertion.
pub fn diff(old: &str, new: &str, granularity: Granularity) -> Vec<Run> {
    let old_tokens = tokens(old, granularity);
    let new_tokens = tokens(new, granularity);
    // Finding the smallest diff can take time growing with the square of the text (a hostile
    // message of a million words, all changed); past the deadline the rest is shown as deleted and
    // inserted whole, which is still exactly what changed.
    let deadline = std::time::Instant::now() + DIFF_DEADLINE;
    let ops = capture_diff_slices_deadline(
        Algorithm::Patience,
        &old_tokens,
        &new_tokens,
        Some(deadline),
    );
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |change: RunChange, parts: &[&str]| {
        if parts.is_empty() {
            return;
        }
        let text: String = parts.concat();
        match runs.last_mut() {
            Some(last) if last.change == change => last.text.push_str(&text),
            _ => runs.push(Run { change, text }),
        }
    };
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(RunChange::Kept, &new_tokens[new_range]),
            DiffTag::Delete => push(RunChange::Deleted, &old_tokens[old_range]),
            DiffTag::Insert => push(RunChange::Inserted, &new_tokens[new_range]),
            DiffTag::Replace => {
                push(RunChange::Deleted, &old_tokens[old_range]);
                push(RunChange::Inserted, &new_tokens[new_range]);
            }
        }
    }
    tidy(runs)
}

/// Joins replacements separated only by a space, so that "September 2023" → "October 2024" reads as one
/// deletion and one insertion rather than two interleaved pairs.
fn tidy(runs: Vec<Run>) -> Vec<Run> {
    let mut out = Vec::with_capacity(runs.len());
    let mut i = 0;
    while i < runs.len() {
        if runs[i].change == RunChange::Kept {
            out.push(runs[i].clone());
            i += 1;
            continue;
        }
        let (mut deleted, mut inserted) = (String::new(), String::new());
        loop {
            while let Some(run) = runs.get(i).filter(|r| r.change != RunChange::Kept) {
                match run.change {
                    RunChange::Deleted => deleted.push_str(&run.text),
                    _ => inserted.push_str(&run.text),
                }
                i += 1;
            }
            match (runs.get(i), runs.get(i + 1)) {
                (Some(blank), Some(next))
                    if !deleted.is_empty()
                        && !inserted.is_empty()
                        && blank.text.trim().is_empty()
                        && next.change != RunChange::Kept =>
                {
                    deleted.push_str(&blank.text);
                    inserted.push_str(&blank.text);
                    i += 1;
                }
                _ => break,
            }
        }
        for (change, text) in [
            (RunChange::Deleted, deleted),
            (RunChange::Inserted, inserted),
        ] {
            if !text.is_empty() {
                out.push(Run { change, text });
            }
        }
    }
    out
}

/// The diff in plain text, as `git diff --word-diff` writes it: `[-deleted-]{+inserted+}`.
pub fn to_plain(runs: &[Run]) -> String {
    marked(runs, ("[-", "-]"), ("{+", "+}"))
}

/// The diff for a terminal: deleted text red and struck through, inserted text green and underlined,
/// so it reads without colour too.
pub fn to_ansi(runs: &[Run]) -> String {
    marked(runs, ("\x1b[31;9m", "\x1b[0m"), ("\x1b[32;4m", "\x1b[0m"))
}

/// The runs with deleted and inserted text between their (opening, closing) marks.
fn marked(runs: &[Run], deleted: (&str, &str), inserted: (&str, &str)) -> String {
    let mut out = String::new();
    for run in runs {
        let (open, close) = match run.change {
            RunChange::Kept => ("", ""),
            RunChange::Deleted => deleted,
            RunChange::Inserted => inserted,
        };
        out.push_str(open);
        // Text from the workspace: a control character in it must not act on the terminal.
        out.push_str(&crate::base::terminal::shown(&run.text));
        out.push_str(close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> Locale {
        Locale::new(tag).unwrap()
    }

    #[test]
    fn words_stay_whole_and_punctuation_is_its_own_token() {
        assert_eq!(
            tokens("Свободу Борису, сейчас!", Granularity::Word),
            ["Свободу", " ", "Борису", ",", " ", "сейчас", "!"]
        );
        assert_eq!(
            tokens("释放Boris Kagarlitsky！", Granularity::Character),
            ["释", "放", "Boris", " ", "Kagarlitsky", "！"]
        );
    }

    #[test]
    fn a_changed_word_in_russian_is_one_deletion_and_one_insertion() {
        let runs = diff(
            "суд назначил два месяца ареста",
            "суд назначил три месяца ареста",
            Granularity::for_locale(&locale("ru")),
        );
        assert_eq!(to_plain(&runs), "суд назначил [-два-]{+три+} месяца ареста");
    }

    #[test]
    fn chinese_is_compared_character_by_character() {
        let runs = diff(
            "法院下令拘留两个月",
            "法院下令拘留三个月",
            Granularity::for_locale(&locale("zh-CN")),
        );
        assert_eq!(to_plain(&runs), "法院下令拘留[-两-]{+三+}个月");
        // At word level the whole sentence would be one token.
        let words = diff(
            "法院下令拘留两个月",
            "法院下令拘留三个月",
            Granularity::Word,
        );
        assert_eq!(
            to_plain(&words),
            "[-法院下令拘留两个月-]{+法院下令拘留三个月+}"
        );
    }

    #[test]
    fn neighbouring_changes_read_as_one() {
        let runs = diff("in September 2023", "in October 2024", Granularity::Word);
        assert_eq!(to_plain(&runs), "in [-September 2023-]{+October 2024+}");
    }

    #[test]
    fn terminal_output_marks_changes_by_more_than_colour() {
        let runs = diff("a b", "a c", Granularity::Word);
        let ansi = to_ansi(&runs);
        assert!(ansi.contains("\x1b[31;9mb"), "strike-through: {ansi:?}");
        assert!(ansi.contains("\x1b[32;4mc"), "underline: {ansi:?}");
        let same = diff("same", "same", Granularity::Word);
        assert!(same.iter().all(|r| r.change == RunChange::Kept));
    }

    #[test]
    fn a_huge_change_is_diffed_in_bounded_time_and_still_exactly() {
        // A hundred thousand words, few of them kept and none unique: the smallest diff takes time
        // growing with the square of that (seconds here, minutes at a million words).
        let old: String = (0..100_000).map(|i| ["a ", "b ", "c "][i % 3]).collect();
        let new: String = (0..100_000)
            .map(|i| ["c ", "b ", "a ", "d "][i % 4])
            .collect();
        let runs = diff(&old, &new, Granularity::Word);
        let before: String = runs
            .iter()
            .filter(|r| r.change != RunChange::Inserted)
            .map(|r| r.text.as_str())
            .collect();
        let after: String = runs
            .iter()
            .filter(|r| r.change != RunChange::Deleted)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!((before, after), (old, new));
    }
}
