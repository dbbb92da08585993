//! Finding things in translated text: numbers (by value, in any of the digit sets and separators a
//! locale writes), links, e-mail addresses, and the Unicode controls that change the order text is shown
//! in. Each thing comes with its byte offset in the text scanned.
//!
//! Markup (`<a href="…">`) is skipped for numbers, so that `<h2>` is not the number 2; links and
//! addresses are found inside it too, since `href` is where a link usually is.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::base::ids::Locale;

/// How a locale writes a number's grouping and decimal separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Separators {
    pub grouping: char,
    pub decimal: char,
}

impl Separators {
    pub const ENGLISH: Separators = Separators {
        grouping: ',',
        decimal: '.',
    };

    /// The locale's separators, read from how ICU4X formats 1234567.5 for it (cached per locale).
    pub fn of(locale: &Locale) -> Separators {
        static CACHE: OnceLock<Mutex<HashMap<String, Separators>>> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        if let Some(found) = cache
            .lock()
            .ok()
            .and_then(|c| c.get(locale.as_str()).copied())
        {
            return found;
        }
        let found = Self::from_icu(locale).unwrap_or(Self::ENGLISH);
        if let Ok(mut c) = cache.lock() {
            c.insert(locale.as_str().to_owned(), found);
        }
        found
    }

    fn from_icu(locale: &Locale) -> Option<Separators> {
        use writeable::Writeable as _;
        let icu = icu_locale_core::Locale::try_from_str(locale.as_str()).ok()?;
        let formatter = icu_decimal::DecimalFormatter::try_new(
            (&icu).into(),
            icu_decimal::options::DecimalFormatterOptions::default(),
        )
        .ok()?;
        let number: fixed_decimal::Decimal = "1234567.5".parse().ok()?;
        let text = formatter.format(&number).write_to_string().into_owned();
        // Digits of any script, then whatever sits between them.
        let between: Vec<char> = text
            .chars()
            .filter(|c| digit_value(*c).is_none() && !is_format_control(*c))
            .collect();
        let decimal = *between.last()?;
        let grouping = between
            .first()
            .copied()
            .filter(|_| between.len() > 1)
            .unwrap_or(if decimal == ',' { '.' } else { ',' });
        Some(Separators { grouping, decimal })
    }
}

/// The value of a decimal digit in the scripts translations use: ASCII, Arabic-Indic, Extended
/// Arabic-Indic (Persian, Urdu), Devanagari, Bengali and full-width.
pub fn digit_value(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{0966}'..='\u{096F}' => '\u{0966}',
        '\u{09E6}'..='\u{09EF}' => '\u{09E6}',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

fn is_format_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether a letter belongs to a script written without spaces between words (Chinese, Japanese,
/// Thai, Lao, Khmer, Myanmar), where a number follows a letter directly: `在1982年`.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}'
        | '\u{1780}'..='\u{17FF}' | '\u{20000}'..='\u{3FFFF}')
}

/// A space that can group digits: no-break, narrow no-break, thin, and the plain space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// A number found in text: its value written plainly (ASCII digits, `.` for the decimal point, no
/// grouping), and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub value: String,
    pub offset: usize,
}

/// The numbers in `text`, read with the locale's separators. A separator counts only between digits,
/// and a grouping separator only before exactly three digits. Digits glued to a letter before them
/// (`Mp3`, `H2O`) are part of a word, not a number; markup, links and addresses are skipped.
pub fn numbers(text: &str, separators: Separators, in_tag: &mut bool) -> Vec<Number> {
    // Most text holds no digit at all: only follow the markup then.
    if !text.chars().any(|c| digit_value(c).is_some()) {
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            match b {
                b'>' => *in_tag = false,
                b'<' if !*in_tag => *in_tag = starts_tag(bytes.get(i + 1).copied()),
                _ => {}
            }
        }
        return Vec::new();
    }
    let skip = skipped_ranges(text);
    // The first skipped range that does not end before the current character.
    let mut next_skip = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if *in_tag {
            if c == '>' {
                *in_tag = false;
            }
            i += 1;
            continue;
        }
        if c == '<' && starts_tag(chars.get(i + 1).and_then(|(_, n)| u8::try_from(*n).ok())) {
            *in_tag = true;
            i += 1;
            continue;
        }
        while skip.get(next_skip).is_some_and(|r| r.end <= at) {
            next_skip += 1;
        }
        let skipped = skip.get(next_skip).is_some_and(|r| r.start <= at);
        if skipped || digit_value(c).is_none() {
            i += 1;
            continue;
        }
        let glued = i > 0 && chars[i - 1].1.is_alphabetic() && !is_unspaced(chars[i - 1].1);
        let (value, next) = read_number(&chars, i, separators);
        if !glued {
            found.push(Number { value, offset: at });
        }
        i = next;
    }
    found
}

/// Whether `<` followed by this byte opens markup (`<a`, `</a`), not a comparison (`a < b`).
fn starts_tag(next: Option<u8>) -> bool {
    next.is_some_and(|n| n.is_ascii_alphabetic() || n == b'/')
}

/// Reads the number starting at `chars[start]`; returns its plain value and the index after it.
fn read_number(chars: &[(usize, char)], start: usize, sep: Separators) -> (String, usize) {
    let digits_from = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|(_, c)| digit_value(*c).is_some())
            .count()
    };
    let mut value = String::new();
    let mut i = start;
    let mut seen_decimal = false;
    loop {
        let run = digits_from(i);
        for (_, c) in &chars[i..i + run] {
            value.push(char::from_digit(digit_value(*c).unwrap_or(0), 10).unwrap_or('0'));
        }
        i += run;
        let Some(&(_, c)) = chars.get(i) else { break };
        let after = if i + 1 < chars.len() {
            digits_from(i + 1)
        } else {
            0
        };
        if after == 0 {
            break;
        }
        // Full-width punctuation stands for its ASCII form; the Arabic separators are never
        // anything else, whatever the locale.
        let c = match c {
            '\u{FF0C}' => ',',
            '\u{FF0E}' => '.',
            other => other,
        };
        let grouping = c == sep.grouping
            || c == '\u{066C}'
            || (is_group_space(sep.grouping) && is_group_space(c));
        let decimal = c == sep.decimal || c == '\u{066B}';
        if grouping && after == 3 && !seen_decimal {
            i += 1;
        } else if decimal && !seen_decimal {
            seen_decimal = true;
            value.push('.');
            i += 1;
        } else {
            break;
        }
    }
    // 1.50 and 1.5 are the same number; 007 and 7 too.
    if value.contains('.') {
        while value.ends_with('0') {
            value.pop();
        }
        if value.ends_with('.') {
            value.pop();
        }
    }
    let trimmed = value.trim_start_matches('0');
    let value = if trimmed.is_empty() || trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_owned()
    };
    (value, i)
}

/// Byte ranges of links and addresses, which numbers are not looked for in: in order, and merged
/// where they overlap (an address inside a link).
fn skipped_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges: Vec<_> = links(text)
        .into_iter()
        .map(|l| l.offset..l.offset + l.text.len())
        .collect();
    ranges.extend(
        emails(text)
            .into_iter()
            .map(|e| e.offset..e.offset + e.text.len()),
    );
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// A link or address found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub text: String,
    pub offset: usize,
}

const SCHEMES: [&str; 4] = ["https://", "http://", "mailto:", "ftp://"];

/// Links with a scheme (`https://…`, `mailto:…`), without trailing punctuation.
pub fn links(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    if !text.contains(':') {
        return found;
    }
    let lower = text.to_ascii_lowercase();
    // Where each scheme next occurs at or after `from` (`None`: nowhere), looked for again only once
    // `from` has passed it, so that a scheme that never occurs is not searched for after every link.
    let mut next: Vec<Option<usize>> = SCHEMES.iter().map(|s| lower.find(s)).collect();
    let mut from = 0;
    while from < text.len() {
        for (scheme, at) in SCHEMES.iter().zip(next.iter_mut()) {
            if at.is_some_and(|a| a < from) {
                *at = lower[from..].find(scheme).map(|i| from + i);
            }
        }
        let Some(start) = next.iter().flatten().min().copied() else {
            break;
        };
        let end = text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '{' | '}'))
            .map_or(text.len(), |i| start + i);
        let link = text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '»', '”']);
        if SCHEMES.iter().all(|s| link.len() > s.len()) {
            found.push(Found {
                text: link.to_owned(),
                offset: start,
            });
        }
        from = end.max(start + 1);
    }
    found
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Whether a link or address is at a domain reserved for examples (RFC 2606: `example.com`,
/// `example.org`, `example.net`, and the `.example`, `.test`, `.invalid` and `.localhost` names).
pub fn is_illustration(link_or_address: &str) -> bool {
    let lower = link_or_address.to_lowercase();
    let rest = SCHEMES
        .iter()
        .find_map(|s| lower.strip_prefix(s))
        .unwrap_or(&lower);
    let host_part = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let host = host_part
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    let labels: Vec<&str> = host.split('.').collect();
    let last = labels.last().copied().unwrap_or("");
    let domain = labels.len() >= 2
        && labels[labels.len() - 2] == "example"
        && matches!(last, "com" | "org" | "net");
    domain || matches!(last, "example" | "test" | "invalid" | "localhost")
}

/// E-mail addresses: `local@domain.tld`, outside `mailto:` links (those are links).
pub fn emails(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_local_char(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|(_, c)| is_domain_char(*c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        let local = text[start..at].trim_start_matches('.');
        let domain = text[at + 1..end].trim_end_matches(['.', '-']);
        let start = at - local.len();
        if local.is_empty() || !domain.contains('.') || domain.starts_with('.') {
            continue;
        }
        let before = text.as_bytes()[..start]
            .rchunks(7)
            .next()
            .unwrap_or_default();
        if before.eq_ignore_ascii_case(b"mailto:") {
            continue;
        }
        found.push(Found {
            text: format!("{local}@{domain}"),
            offset: start,
        });
    }
    found
}

/// What is wrong with a directional control character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BidiProblem {
    /// U+202D LEFT-TO-RIGHT OVERRIDE or U+202E RIGHT-TO-LEFT OVERRIDE: shows text in an order other
    /// than the one it is stored in.
    Override,
    /// An embedding or isolate (U+202A, U+202B, U+2066–U+2068) never closed, or a closing U+202C or
    /// U+2069 with nothing open.
    Unbalanced,
    /// U+200E, U+200F or U+061C in text with no right-to-left letter, where it cannot be needed.
    Stray,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bidi {
    pub character: char,
    pub offset: usize,
    pub problem: BidiProblem,
}

/// Whether a character is written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the
/// presentation forms).
pub fn is_rtl_letter(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
        && c.is_alphabetic()
}

/// The first `limit` directional controls in `pieces` (the texts of one pattern, in order) that are
/// overrides, unbalanced, or stray marks, in order, and how many there are in all. Offsets are
/// `(piece index, byte offset in the piece)`.
pub fn bidi(pieces: &[&str], rtl_locale: bool, limit: usize) -> (Vec<(usize, Bidi)>, usize) {
    // Problems found on the way (at most `limit` kept), and how many.
    let mut found = Vec::new();
    let mut total = 0;
    let mut report = |found: &mut Vec<(usize, Bidi)>, problem| {
        total += 1;
        if found.len() < limit {
            found.push(problem);
        }
    };
    // Open embeddings and open isolates, each with where it was opened. A closer matches the last
    // opener of its own kind, so each kind is a stack of its own.
    let mut embeddings: Vec<(usize, Bidi)> = Vec::new();
    let mut isolates: Vec<(usize, Bidi)> = Vec::new();
    let has_rtl = rtl_locale || pieces.iter().any(|p| p.chars().any(is_rtl_letter));
    for (index, piece) in pieces.iter().enumerate() {
        for (offset, character) in piece.char_indices() {
            let at = |problem| Bidi {
                character,
                offset,
                problem,
            };
            match character {
                '\u{202D}' | '\u{202E}' => report(&mut found, (index, at(BidiProblem::Override))),
                '\u{202A}' | '\u{202B}' => embeddings.push((index, at(BidiProblem::Unbalanced))),
                '\u{2066}' | '\u{2067}' | '\u{2068}' => {
                    isolates.push((index, at(BidiProblem::Unbalanced)))
                }
                '\u{202C}' | '\u{2069}' => {
                    let open = match character {
                        '\u{202C}' => &mut embeddings,
                        _ => &mut isolates,
                    };
                    if open.pop().is_none() {
                        report(&mut found, (index, at(BidiProblem::Unbalanced)));
                    }
                }
                '\u{200E}' | '\u{200F}' | '\u{061C}' if !has_rtl => {
                    report(&mut found, (index, at(BidiProblem::Stray)))
                }
                _ => {}
            }
        }
    }
    // What is still open was never closed. Each stack is in order, so only its first `limit` can be
    // among the first `limit` of all.
    total += embeddings.len() + isolates.len();
    found.extend(embeddings.into_iter().take(limit));
    found.extend(isolates.into_iter().take(limit));
    found.sort_by_key(|(i, b)| (*i, b.offset));
    found.truncate(limit);
    (found, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, locale: &str) -> Vec<String> {
        let sep = Separators::of(&Locale::new(locale).unwrap());
        numbers(text, sep, &mut false)
            .into_iter()
            .map(|n| n.value)
            .collect()
    }

    #[test]
    fn separators_come_from_the_locale() {
        let of = |tag| Separators::of(&Locale::new(tag).unwrap());
        assert_eq!(of("en"), Separators::ENGLISH);
        assert_eq!(of("de").decimal, ',');
        assert_eq!(of("de").grouping, '.');
        assert_eq!(of("fr").decimal, ',');
        assert!(is_group_space(of("fr").grouping));
    }

    #[test]
    fn numbers_are_compared_by_value() {
        assert_eq!(
            values("Raise 2,300 of 10,000.50 by 3 May", "en"),
            ["2300", "10000.5", "3"]
        );
        assert_eq!(
            values("2.300 von 10.000,50 bis 3. Mai", "de"),
            ["2300", "10000.5", "3"]
        );
        assert_eq!(
            values("2\u{202f}300 sur 10\u{a0}000,50", "fr"),
            ["2300", "10000.5"]
        );
        // Arabic-Indic digits with the Arabic separators, Persian digits, full-width digits.
        assert_eq!(
            values(
                "\u{0662}\u{066C}\u{0663}\u{0660}\u{0660} \u{0663}\u{066B}\u{0665}",
                "ar"
            ),
            ["2300", "3.5"]
        );
        assert_eq!(values("\u{06F2}\u{06F3}\u{06F0}\u{06F0}", "fa"), ["2300"]);
        assert_eq!(
            values("\u{FF12}\u{FF13}\u{FF10}\u{FF10}人", "zh-CN"),
            ["2300"]
        );
        // A comma followed by other than three digits is not grouping; 1,5 in English is two numbers.
        assert_eq!(values("1,5", "en"), ["1", "5"]);
    }

    #[test]
    fn words_markup_and_links_are_not_numbers() {
        assert!(values("Mp3 and H2O", "en").is_empty());
        assert_eq!(values("早在1982年", "zh-CN"), ["1982"]);
        assert!(values("<h2>Title</h2>", "en").is_empty());
        assert!(values("see https://example.org/2024/05 or help2@example.org", "en").is_empty());
        assert_eq!(values("5GB", "en"), ["5"]);
        // A tag that began in an earlier piece of the pattern.
        let mut in_tag = true;
        assert_eq!(
            numbers(" class=\"h2\">3 items", Separators::ENGLISH, &mut in_tag).len(),
            1
        );
        // A comparison is not markup, in text with digits or without.
        let mut in_tag = false;
        assert!(numbers("a < b", Separators::ENGLISH, &mut in_tag).is_empty());
        assert_eq!(
            numbers("then 7 > 5", Separators::ENGLISH, &mut in_tag).len(),
            2
        );
    }

    #[test]
    fn links_and_addresses() {
        let l = links("Read https://example.org/a?b=1. Or <a href=\"http://x.test/p\">here</a>");
        let texts: Vec<_> = l.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["https://example.org/a?b=1", "http://x.test/p"]);
        let e = emails("Write to press@example.org, or mailto:x@y.org; not @home or a@b");
        let texts: Vec<_> = e.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["press@example.org"]);
    }

    #[test]
    fn example_domains_are_illustrations() {
        assert!(is_illustration("yourname@example.com"));
        assert!(is_illustration("https://www.example.org/path"));
        assert!(is_illustration("mailto:a@shop.test"));
        assert!(!is_illustration("press@amnesty.org"));
        assert!(!is_illustration("https://example.company.org"));
        let e = emails("иван@домен.ru");
        assert_eq!(e[0].text, "иван@домен.ru");
    }

    #[test]
    fn bidi_controls() {
        let problems = |pieces: &[&str], rtl| -> Vec<BidiProblem> {
            bidi(pieces, rtl, usize::MAX)
                .0
                .into_iter()
                .map(|(_, b)| b.problem)
                .collect()
        };
        assert_eq!(
            problems(&["abc\u{202E}def"], false),
            [BidiProblem::Override]
        );
        assert_eq!(problems(&["a\u{2067}b\u{2069}c"], false), []);
        assert_eq!(problems(&["a\u{2067}b"], false), [BidiProblem::Unbalanced]);
        assert_eq!(problems(&["a\u{2069}b"], false), [BidiProblem::Unbalanced]);
        assert_eq!(problems(&["a\u{202B}b", "c\u{202C}"], false), []);
        // An isolate is not closed by the end of an embedding.
        assert_eq!(problems(&["\u{2066}a\u{202C}"], false).len(), 2);
        assert_eq!(problems(&["Hello\u{200F}"], false), [BidiProblem::Stray]);
        assert_eq!(
            problems(
                &["\u{0645}\u{0631}\u{062D}\u{0628}\u{0627} \u{200F}(2)"],
                false
            ),
            []
        );
        assert_eq!(problems(&["(2)\u{200F}"], true), []);
    }
}
