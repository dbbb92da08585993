//! Publishing: a statement in each locale written out as plain text and as a self-contained HTML page,
//! plus an `index.html` that lists the languages by their own names.
//!
//! Only a locale whose sign-off is current is exported as it is. Any other is refused, unless drafts
//! are asked for; a draft says "DRAFT — not signed off" at its top and in its footer, in both formats.
//! Files are named `<statement>.<locale>.txt` and `.html` from validated ids, so nothing lands outside
//! the chosen folder, and a file already there is kept unless overwriting is asked for. Each file is
//! written whole through a temporary file and a rename.
//!
//! The output depends only on the workspace: the same statement gives the same bytes, and the only time
//! written is the sign-off's own. The footer (sign-off or draft mark) is in English, as it is a record
//! for the organisers rather than part of the statement.
//!
//! HTML is built by hand from a few fixed tags; every text from a `.ftl` or `.ron` file goes through
//! [`escape`], and characters HTML forbids (C0 and C1 controls, noncharacters) become U+FFFD. Variable
//! and function values are rendered inside Unicode isolation marks, which become `<bdi>`, and so do
//! names, so a Latin name or a number keeps its direction inside Arabic text. The plain text keeps
//! logical order and has no isolation marks.

mod html;
mod text;

pub use html::{TAGS, escape, index_html, tag_names, to_html};
use std::io;
use std::path::{Path, PathBuf};
pub use text::to_text;

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::locale::languages::{self, Direction};
use crate::publish::preview::{self, Preview, Segment};
use crate::review::{LocaleReview, SignOffState};
use crate::workspace::reviews::SignOff;
use crate::workspace::statement::Statement;
use crate::workspace::storage::{self, StorageError};
use crate::workspace::{ProblemKind, Workspace};
use text::{FooterPart, footer_lines, readable_time};

/// The words that mark a draft, in both formats.
pub const DRAFT_MARK: &str = "DRAFT — not signed off";

/// Which files to write for each locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    pub text: bool,
    pub html: bool,
}

impl Formats {
    pub const BOTH: Formats = Formats {
        text: true,
        html: true,
    };
    pub const TEXT: Formats = Formats {
        text: true,
        html: false,
    };
    pub const HTML: Formats = Formats {
        text: false,
        html: true,
    };
}

/// What to export.
#[derive(Debug, Clone)]
pub struct Request {
    pub statement: Id,
    pub locales: Vec<Locale>,
    pub formats: Formats,
    /// Export locales that are not signed off, marked as drafts.
    pub draft: bool,
    /// Replace files that are already in the folder.
    pub force: bool,
}

/// Why the export could not start at all (bad arguments).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no statement \"{0}\" in this workspace")]
    NoStatement(Id),
    #[error("{locale} is not among the locales of statement \"{statement}\"")]
    NotALocale { statement: Id, locale: Locale },
    #[error("no locale to export: name some, or ask for all")]
    NoLocales,
    #[error("no format to export: ask for text, HTML or both")]
    NoFormats,
    #[error("{}: cannot export into this folder: {source}", path.display())]
    Folder { path: PathBuf, source: io::Error },
    /// The window's export thread ended without an answer.
    #[error("the export stopped before it finished")]
    Stopped,
}

/// Something the export did not write, and why.
#[derive(Debug)]
pub enum ExportRefusal {
    /// The locale is not signed off (or its sign-off lapsed), and drafts were not asked for.
    NotSignedOff {
        locale: Locale,
        state: SignOffState,
        /// What would be missing or broken in its page too (see [`ExportRefusal::Broken`]).
        problems: Vec<PageProblem>,
    },
    /// The page would not be what was signed off: a file could not be read, a message would show
    /// unresolved, or its text holds characters that hide or reorder it. Drafts were not asked for.
    Broken {
        locale: Locale,
        problems: Vec<PageProblem>,
    },
    /// The file is already there, and overwriting was not asked for.
    Exists(PathBuf),
    /// Writing failed; nothing was left half-written.
    Write(StorageError),
}

impl std::fmt::Display for ExportRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportRefusal::NotSignedOff {
                locale,
                state,
                problems,
            } => {
                let why = match state {
                    SignOffState::Lapsed => "its sign-off has lapsed: the text changed since",
                    _ => "it is not signed off",
                };
                write!(
                    f,
                    "{locale} was not exported: {why} (--draft exports it marked as a draft)"
                )?;
                match problems.as_slice() {
                    [] => Ok(()),
                    problems => write!(f, "; and {}", joined(problems)),
                }
            }
            ExportRefusal::Broken { locale, problems } => write!(
                f,
                "{locale} was not exported: {} (--draft exports it marked as a draft, saying so)",
                joined(problems)
            ),
            ExportRefusal::Exists(path) => write!(
                f,
                "{}: already there, kept as it is (--force replaces it)",
                path.display()
            ),
            ExportRefusal::Write(err) => write!(f, "{err}"),
        }
    }
}

impl Explain for ExportRefusal {
    fn explain(&self) -> Explanation {
        match self {
            ExportRefusal::NotSignedOff {
                locale,
                state,
                problems,
            } => Explanation::new(match state {
                SignOffState::Lapsed => "export-lapsed",
                _ => "export-not-signed",
            })
            .text("locale", locale)
            .number("count", problems.len())
            .list("problems", problems),
            ExportRefusal::Broken { locale, problems } => Explanation::new("export-broken")
                .text("locale", locale)
                .list("problems", problems),
            ExportRefusal::Exists(path) => {
                Explanation::new("export-exists").text("path", path.display())
            }
            ExportRefusal::Write(err) => err.explain(),
        }
    }
}

impl Explain for ExportError {
    fn explain(&self) -> Explanation {
        match self {
            Self::NoStatement(id) => {
                Explanation::new("export-error-no-statement").text("statement", id)
            }
            Self::NotALocale { statement, locale } => Explanation::new("export-error-not-a-locale")
                .text("statement", statement)
                .text("locale", locale),
            Self::NoLocales => Explanation::new("export-error-no-locales"),
            Self::NoFormats => Explanation::new("export-error-no-formats"),
            Self::Folder { path, source } => Explanation::new("export-error-folder")
                .text("path", path.display())
                .because(&crate::workspace::storage::explain_io(source)),
            Self::Stopped => Explanation::new("export-error-stopped"),
        }
    }
}

/// What makes a page other than its messages say.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageProblem {
    /// A Fluent file could not be read (`why`: its problem, or `None` when it does not exist).
    #[error("{} could not be read ({}), so {} is missing", path.display(), why.as_ref().map_or_else(|| "it does not exist".to_owned(), ToString::to_string), if *is_source { "the source text" } else { "every translation" })]
    Unreadable {
        path: PathBuf,
        why: Option<ProblemKind>,
        /// The source's file (else the translation's).
        is_source: bool,
    },
    #[error(
        "\"{message}\" would show {shown} unresolved (the message, or what it refers to, is in neither {locale} nor the source)"
    )]
    Unresolved {
        message: String,
        shown: String,
        locale: Locale,
    },
    #[error("\"{message}\" holds U+{code:04X}, which hides or reorders text")]
    Hides { message: String, code: u32 },
}

impl Explain for PageProblem {
    fn explain(&self) -> Explanation {
        match self {
            Self::Unreadable {
                path,
                why,
                is_source,
            } => Explanation::new(if *is_source {
                "page-source-unreadable"
            } else {
                "page-translation-unreadable"
            })
            .text("path", path.display())
            .because(&match why {
                Some(why) => why.explain(),
                None => Explanation::new("page-file-missing"),
            }),
            Self::Unresolved {
                message,
                shown,
                locale,
            } => Explanation::new("page-unresolved")
                .text("message", message)
                .text("shown", shown)
                .text("locale", locale),
            Self::Hides { message, code } => Explanation::new("page-hides")
                .text("message", message)
                .text("code", format!("{code:04X}")),
        }
    }
}

/// Problems one after another, in English.
pub fn joined(problems: &[PageProblem]) -> String {
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    texts.join("; ")
}

/// What an export did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub written: Vec<PathBuf>,
    pub refused: Vec<ExportRefusal>,
    /// Drafts written with something missing or broken, and what (also in the page's draft mark).
    pub incomplete: Vec<(Locale, Vec<PageProblem>)>,
    /// Stopped before the end: the files in `written` were written, the rest were not.
    pub cancelled: bool,
}

/// Each locale of a statement with its sign-off, in the statement's order (source first): what the
/// Export dialog lists.
pub fn states(ws: &Workspace, statement: &Id) -> Vec<(Locale, SignOffState, Option<SignOff>)> {
    let Some(file) = ws.statements.get(statement) else {
        return Vec::new();
    };
    file.statement
        .all_locales()
        .map(|locale| match LocaleReview::of(ws, statement, locale) {
            Some(review) => (locale.clone(), review.signoff_state, review.signoff),
            None => (locale.clone(), SignOffState::None, None),
        })
        .collect()
}

/// Exports `request` into the folder `out` (made if missing). Locales and files that cannot be
/// exported are listed in the outcome; the others are written.
pub fn export(ws: &Workspace, request: &Request, out: &Path) -> Result<Outcome, ExportError> {
    export_with(ws, request, out, |_, _| true)
}

/// The statement a request is for, once the request is one that can be carried out.
fn checked<'w>(ws: &'w Workspace, request: &Request) -> Result<&'w Statement, ExportError> {
    let Some(file) = ws.statements.get(&request.statement) else {
        return Err(ExportError::NoStatement(request.statement.clone()));
    };
    let statement = &file.statement;
    if request.locales.is_empty() {
        return Err(ExportError::NoLocales);
    }
    if !request.formats.text && !request.formats.html {
        return Err(ExportError::NoFormats);
    }
    if let Some(locale) = request
        .locales
        .iter()
        .find(|l| !statement.all_locales().any(|s| s == *l))
    {
        return Err(ExportError::NotALocale {
            statement: request.statement.clone(),
            locale: locale.clone(),
        });
    }
    Ok(statement)
}

/// [`export`], calling `progress(done, total)` after each locale rendered and each file written; it
/// returns `false` to stop there (no file is written after that; those written stay).
pub fn export_with(
    ws: &Workspace,
    request: &Request,
    out: &Path,
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<Outcome, ExportError> {
    let statement = checked(ws, request)?;
    std::fs::create_dir_all(out).map_err(|source| ExportError::Folder {
        path: out.to_owned(),
        source,
    })?;

    let mut outcome = Outcome::default();
    let per_locale = usize::from(request.formats.text) + usize::from(request.formats.html);
    let total = request.locales.len() * (1 + per_locale) + usize::from(request.formats.html);
    let mut done = 0;
    let mut pages = Vec::new();
    for locale in &request.locales {
        match page(ws, statement, locale, request.draft) {
            Ok(page) => pages.push(page),
            Err(refusal) => outcome.refused.push(refusal),
        }
        done += 1;
        if !progress(done, total) {
            outcome.cancelled = true;
            return Ok(outcome);
        }
    }
    for page in &pages {
        if let Seal::Draft { problems, .. } = &page.seal
            && !problems.is_empty()
        {
            outcome
                .incomplete
                .push((page.locale.clone(), problems.clone()));
        }
    }
    // The pages first; the index then lists those that are there (written now, or kept), never
    // one whose writing failed.
    let mut listed = Vec::new();
    for page in &pages {
        let stem = format!("{}.{}", statement.id, page.locale);
        let mut files = Vec::new();
        if request.formats.text {
            files.push((format!("{stem}.txt"), to_text(page)));
        }
        if request.formats.html {
            files.push((format!("{stem}.html"), to_html(page)));
        }
        let mut html_there = true;
        for (name, content) in files {
            let written = write_file(out, &name, &content, request.force, &mut outcome);
            if name.ends_with(".html") {
                html_there = written;
            }
            done += 1;
            if !progress(done, total) {
                outcome.cancelled = true;
                return Ok(outcome);
            }
        }
        if html_there {
            listed.push(page.clone());
        }
    }
    if request.formats.html && !listed.is_empty() {
        let index = index_html(statement, &listed);
        write_file(out, "index.html", &index, request.force, &mut outcome);
        done += 1;
        if !progress(done, total) {
            outcome.cancelled = true;
        }
    }
    Ok(outcome)
}

/// Writes one file into `out`, noting it in `outcome`; whether the file is there afterwards (written
/// now, or kept as it was).
fn write_file(out: &Path, name: &str, content: &str, force: bool, outcome: &mut Outcome) -> bool {
    // Ids and locale tags hold no `/`, `\` or `..`; this makes sure the name is one plain component.
    debug_assert!(matches!(
        Path::new(name).components().collect::<Vec<_>>().as_slice(),
        [std::path::Component::Normal(_)]
    ));
    let path = out.join(name);
    match write(&path, content.as_bytes(), force) {
        Ok(()) => {
            outcome.written.push(path);
            true
        }
        Err(refusal) => {
            let kept = matches!(refusal, ExportRefusal::Exists(_));
            outcome.refused.push(refusal);
            kept
        }
    }
}

fn write(path: &Path, bytes: &[u8], force: bool) -> Result<(), ExportRefusal> {
    if force {
        return storage::write_atomically(path, bytes).map_err(ExportRefusal::Write);
    }
    if path.symlink_metadata().is_ok() {
        return Err(ExportRefusal::Exists(path.to_owned()));
    }
    storage::write_new(path, bytes).map_err(|err| match &err {
        StorageError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists => {
            ExportRefusal::Exists(path.to_owned())
        }
        _ => ExportRefusal::Write(err),
    })
}

/// A statement in one locale, ready to write.
#[derive(Debug, Clone)]
pub struct Page {
    pub locale: Locale,
    pub direction: Direction,
    /// The statement's source locale, which fills in messages a draft lacks.
    pub source: Locale,
    /// As the reader sees it, for plain text.
    pub preview: Preview,
    /// The same with placeables between isolation marks, for HTML.
    pub isolated: Preview,
    /// ISO 8601 publication date, for `<time datetime>`.
    pub date: String,
    pub seal: Seal,
}

/// Signed off, or a draft.
#[derive(Debug, Clone)]
pub enum Seal {
    SignedOff(SignOff),
    Draft {
        /// The sign-off that lapsed, if there was one.
        lapsed: Option<SignOff>,
        /// SHA-256 of what a sign-off would cover now.
        digest: String,
        /// What is missing or broken in the page (see [`ExportRefusal::Broken`]), said at its top.
        problems: Vec<PageProblem>,
    },
}

/// The page of `locale`, or why it may not be exported.
pub fn page(
    ws: &Workspace,
    statement: &Statement,
    locale: &Locale,
    draft: bool,
) -> Result<Page, ExportRefusal> {
    let review = LocaleReview::of(ws, &statement.id, locale);
    let (state, signoff, digest) = match review {
        Some(r) => (r.signoff_state, r.signoff, r.digest),
        None => (SignOffState::None, None, String::new()),
    };
    let source = ws
        .file(&statement.source, &statement.id)
        .map(|f| &f.document);
    let target = ws.file(locale, &statement.id).map(|f| &f.document);
    let preview = preview::render(statement, locale, source, target);
    let problems = problems(ws, statement, locale, &preview);
    let seal = match (state, signoff) {
        (SignOffState::Current, Some(signoff)) if problems.is_empty() => Seal::SignedOff(signoff),
        (state, lapsed) if draft => Seal::Draft {
            lapsed: lapsed.filter(|_| state == SignOffState::Lapsed),
            digest,
            problems,
        },
        (SignOffState::Current, Some(_)) => {
            return Err(ExportRefusal::Broken {
                locale: locale.clone(),
                problems,
            });
        }
        (state, _) => {
            return Err(ExportRefusal::NotSignedOff {
                locale: locale.clone(),
                state,
                problems,
            });
        }
    };
    Ok(Page {
        locale: locale.clone(),
        direction: languages::direction(locale),
        source: statement.source.clone(),
        isolated: preview::render_isolated(statement, locale, source, target),
        preview,
        date: statement.date.to_string(),
        seal,
    })
}

/// What makes the page of `locale` other than its messages say: a file that could not be read, a
/// message that would show unresolved, characters that hide or reorder text. Each in English, for
/// standard error and the draft's mark.
fn problems(
    ws: &Workspace,
    statement: &Statement,
    locale: &Locale,
    page: &Preview,
) -> Vec<PageProblem> {
    let mut found = Vec::new();
    let mut unreadable = |locale: &Locale, is_source: bool| {
        let path = Workspace::fluent_path(locale, &statement.id);
        if ws.file(locale, &statement.id).is_some() {
            return;
        }
        let why = ws
            .problems
            .iter()
            .find(|p| p.path == path && p.severity == crate::workspace::Severity::Error)
            .map(|p| p.what.clone());
        found.push(PageProblem::Unreadable {
            path,
            why,
            is_source,
        });
    };
    unreadable(&statement.source, true);
    if *locale != statement.source {
        // A locale without a file yet is a draft in the source language, nothing broken; one whose
        // file is there but unreadable is.
        let path = ws.root.join(Workspace::fluent_path(locale, &statement.id));
        if path.exists() {
            unreadable(locale, false);
        }
    }
    let rendered = std::iter::once(&page.headline)
        .chain(&page.paragraphs)
        .chain(&page.signatories_heading)
        .chain(page.signatories.iter().filter_map(|s| s.capacity.as_ref()))
        .chain(&page.contact);
    for r in rendered {
        let unresolved: Vec<&str> = r
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Unresolved(text) => Some(text.as_str()),
                Segment::Text(_) | Segment::FromSource(_) => None,
            })
            .collect();
        if !unresolved.is_empty() {
            found.push(PageProblem::Unresolved {
                message: r.message.clone(),
                shown: unresolved.join(" "),
                locale: locale.clone(),
            });
        }
        if let Some(c) = r.text().chars().find(|&c| hides_text(c)) {
            found.push(PageProblem::Hides {
                message: r.message.clone(),
                code: c as u32,
            });
        }
    }
    found
}

/// A character a published page must not hold: a control character (but line breaks and tabs),
/// or a directional embedding or override, which shows text in another order than it is stored.
fn hides_text(c: char) -> bool {
    crate::checks::is_hiding_control(c) || ('\u{202A}'..='\u{202E}').contains(&c)
}

/// Invisible direction marks and isolates, which plain text does not carry (it is in logical order).
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::html::inline;
    use super::*;

    #[test]
    fn markup_and_quotes_are_escaped_and_forbidden_characters_replaced() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;"
        );
        assert_eq!(
            escape("a\u{0}b\u{7}c\u{9f}d\u{fffe}e"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d\u{fffd}e"
        );
        assert_eq!(escape("tab\tline\n"), "tab\tline\n");
    }

    #[test]
    fn isolated_runs_become_bdi_and_stray_marks_cannot_unbalance_the_markup() {
        let mut h = String::new();
        inline(
            &mut h,
            &[
                Segment::Text("في \u{2068}25 يوليو\u{2069} و\u{2069}".to_owned()),
                Segment::Text("\u{2068}\u{2068}x".to_owned()),
            ],
        );
        assert_eq!(h, "في <bdi>25 يوليو</bdi> و\u{2069}<bdi><bdi>x</bdi></bdi>");
    }

    #[test]
    fn sign_off_times_read_as_utc_and_odd_ones_stay_as_written() {
        assert_eq!(
            readable_time("2023-07-30T09:15:00Z"),
            "2023-07-30 09:15 UTC"
        );
        assert_eq!(readable_time("yesterday"), "yesterday");
    }
}
