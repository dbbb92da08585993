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

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use crate::base::ids::{Id, Locale};
use crate::locale::languages::{self, Direction};
use crate::publish::preview::{self, Preview, Rendered, Segment, SignatoryLine};
use crate::review::{LocaleReview, SignOffState};
use crate::workspace::Workspace;
use crate::workspace::reviews::SignOff;
use crate::workspace::statement::Statement;
use crate::workspace::storage::{self, StorageError};

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
pub enum Refusal {
    /// The locale is not signed off (or its sign-off lapsed), and drafts were not asked for.
    NotSignedOff {
        locale: Locale,
        state: SignOffState,
        /// What would be missing or broken in its page too (see [`Refusal::Broken`]).
        problems: Vec<String>,
    },
    /// The page would not be what was signed off: a file could not be read, a message would show
    /// unresolved, or its text holds characters that hide or reorder it. Drafts were not asked for.
    Broken {
        locale: Locale,
        problems: Vec<String>,
    },
    /// The file is already there, and overwriting was not asked for.
    Exists(PathBuf),
    /// Writing failed; nothing was left half-written.
    Write(StorageError),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NotSignedOff {
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
                    problems => write!(f, "; and {}", problems.join("; ")),
                }
            }
            Refusal::Broken { locale, problems } => write!(
                f,
                "{locale} was not exported: {} (--draft exports it marked as a draft, saying so)",
                problems.join("; ")
            ),
            Refusal::Exists(path) => write!(
                f,
                "{}: already there, kept as it is (--force replaces it)",
                path.display()
            ),
            Refusal::Write(err) => write!(f, "{err}"),
        }
    }
}

/// What an export did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub written: Vec<PathBuf>,
    pub refused: Vec<Refusal>,
    /// Drafts written with something missing or broken, and what (also in the page's draft mark).
    pub incomplete: Vec<(Locale, Vec<String>)>,
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

/// [`export`], calling `progress(done, total)` after each locale rendered and each file written; it
/// returns `false` to stop there (no file is written after that; those written stay).
pub fn export_with(
    ws: &Workspace,
    request: &Request,
    out: &Path,
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<Outcome, ExportError> {
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
            let kept = matches!(refusal, Refusal::Exists(_));
            outcome.refused.push(refusal);
            kept
        }
    }
}

fn write(path: &Path, bytes: &[u8], force: bool) -> Result<(), Refusal> {
    if force {
        return storage::write_atomically(path, bytes).map_err(Refusal::Write);
    }
    if path.symlink_metadata().is_ok() {
        return Err(Refusal::Exists(path.to_owned()));
    }
    storage::write_new(path, bytes).map_err(|err| match &err {
        StorageError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists => {
            Refusal::Exists(path.to_owned())
        }
        _ => Refusal::Write(err),
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
        /// What is missing or broken in the page (see [`Refusal::Broken`]), said at its top.
        problems: Vec<String>,
    },
}

/// The page of `locale`, or why it may not be exported.
pub fn page(
    ws: &Workspace,
    statement: &Statement,
    locale: &Locale,
    draft: bool,
) -> Result<Page, Refusal> {
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
            return Err(Refusal::Broken {
                locale: locale.clone(),
                problems,
            });
        }
        (state, _) => {
            return Err(Refusal::NotSignedOff {
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
fn problems(ws: &Workspace, statement: &Statement, locale: &Locale, page: &Preview) -> Vec<String> {
    let mut found = Vec::new();
    let mut unreadable = |locale: &Locale, whose: &str| {
        let path = Workspace::fluent_path(locale, &statement.id);
        if ws.file(locale, &statement.id).is_some() {
            return;
        }
        let why = ws
            .problems
            .iter()
            .find(|p| p.path == path && p.severity == crate::workspace::Severity::Error)
            .map_or_else(|| "it does not exist".to_owned(), |p| p.message.clone());
        found.push(format!(
            "{} could not be read ({why}), so {whose} is missing",
            path.display()
        ));
    };
    unreadable(&statement.source, "the source text");
    if *locale != statement.source {
        // A locale without a file yet is a draft in the source language, nothing broken; one whose
        // file is there but unreadable is.
        let path = ws.root.join(Workspace::fluent_path(locale, &statement.id));
        if path.exists() {
            unreadable(locale, "every translation");
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
                Segment::Text(_) => None,
            })
            .collect();
        if !unresolved.is_empty() {
            found.push(format!(
                "\"{}\" would show {} unresolved (the message, or what it refers to, is in neither {locale} nor the source)",
                r.message,
                unresolved.join(" ")
            ));
        }
        if let Some(c) = r.text().chars().find(|&c| hides_text(c)) {
            found.push(format!(
                "\"{}\" holds U+{:04X}, which hides or reorders text",
                r.message, c as u32
            ));
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

// ---------------------------------------------------------------------------------------------------
// Plain text

/// Every tag the exporter writes, in pages and the index; none ever comes from the text exported.
pub const TAGS: [&str; 21] = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2",
    "p", "ul", "li", "bdi", "time", "footer", "code", "br", "a", "span",
];

/// The name of each tag in `html` (opening or closing, `!DOCTYPE` included), with its byte offset: what
/// tests and the fuzzer compare with [`TAGS`].
pub fn tag_names(html: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    html.match_indices('<').map(|(at, _)| {
        let name = html[at + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        (at, name)
    })
}

/// The page as UTF-8 plain text with LF line ends.
pub fn to_text(page: &Page) -> String {
    let p = &page.preview;
    let mut out = String::new();
    if let Seal::Draft { problems, .. } = &page.seal {
        out.push_str(DRAFT_MARK);
        out.push('\n');
        for problem in problems {
            let _ = writeln!(out, "Missing or broken: {problem}");
        }
        out.push('\n');
    }
    out.push_str(&p.headline.text());
    out.push_str("\n\n");
    for paragraph in &p.paragraphs {
        out.push_str(&paragraph.text());
        out.push_str("\n\n");
    }
    if !p.signatories.is_empty() {
        if let Some(heading) = &p.signatories_heading {
            out.push_str(&heading.text());
            out.push('\n');
        }
        for s in &p.signatories {
            let _ = writeln!(out, "- {}", signatory_text(s));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", dateline(p));
    if let Some(contact) = &p.contact {
        let _ = writeln!(out, "{}", contact.text());
    }
    out.push_str("\n-- \n");
    for line in footer_lines(&page.seal) {
        let plain: String = line.iter().map(|part| part.text()).collect();
        let _ = writeln!(out, "{plain}");
    }
    // Fluent values keep the line ends of their file; the output has LF only, and no control
    // character or invisible direction mark (a draft may hold them).
    out.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| !is_direction_mark(c) && (!c.is_control() || matches!(c, '\n' | '\t')))
        .collect()
}

/// "Name (affiliation, country), in a personal capacity", as the editor's preview shows it.
fn signatory_text(s: &SignatoryLine) -> String {
    let mut line = s.name.clone();
    if !s.details.is_empty() {
        let _ = write!(line, " ({})", s.details);
    }
    if let Some(capacity) = &s.capacity {
        let _ = write!(line, ", {}", capacity.text());
    }
    line
}

fn dateline(p: &Preview) -> String {
    if p.publisher.is_empty() {
        p.date.clone()
    } else {
        format!("{} · {}", p.publisher, p.date)
    }
}

/// A piece of a footer line: words of Chorus, or a value from the workspace.
enum Part<'a> {
    Words(&'static str),
    Value(&'a str),
    Time(&'a str),
    Code(&'a str),
}

impl Part<'_> {
    fn text(&self) -> String {
        match self {
            Part::Words(w) => (*w).to_owned(),
            Part::Value(v) | Part::Code(v) => (*v).to_owned(),
            Part::Time(t) => readable_time(t),
        }
    }
}

fn footer_lines(seal: &Seal) -> Vec<Vec<Part<'_>>> {
    match seal {
        Seal::SignedOff(s) => {
            let mut lines = vec![vec![
                Part::Words("Signed off by "),
                Part::Value(&s.reviewer),
                Part::Words(" on "),
                Part::Time(&s.time),
                Part::Words("."),
            ]];
            if !s.note.trim().is_empty() {
                lines.push(vec![Part::Words("Note: "), Part::Value(&s.note)]);
            }
            lines.push(vec![
                Part::Words("SHA-256 of what was signed off: "),
                Part::Code(&s.digest),
            ]);
            lines
        }
        Seal::Draft { lapsed, digest, .. } => {
            let mut first = vec![Part::Words(DRAFT_MARK), Part::Words(". ")];
            match lapsed {
                Some(s) => first.extend([
                    Part::Words("The sign-off by "),
                    Part::Value(&s.reviewer),
                    Part::Words(" on "),
                    Part::Time(&s.time),
                    Part::Words(" has lapsed: the text changed since."),
                ]),
                None => first.push(Part::Words("No one has signed off this language.")),
            }
            vec![
                first,
                vec![Part::Words("SHA-256 of this draft: "), Part::Code(digest)],
            ]
        }
    }
}

/// `2023-07-30T09:15:00Z` as `2023-07-30 09:15 UTC`; anything else as it is.
fn readable_time(time: &str) -> String {
    let b = time.as_bytes();
    let shaped = b.len() == 20 && b[10] == b'T' && b[19] == b'Z' && time.is_ascii();
    if shaped {
        format!("{} {} UTC", &time[..10], &time[11..16])
    } else {
        time.to_owned()
    }
}

// ---------------------------------------------------------------------------------------------------
// HTML

/// The page as one self-contained HTML document: inline CSS, no script, nothing fetched.
pub fn to_html(page: &Page) -> String {
    let p = &page.isolated;
    let lang = page.locale.as_str();
    let mut h = String::new();
    head(
        &mut h,
        lang,
        page.direction,
        &strip_isolation(&p.headline.text()),
    );
    h.push_str("<body>\n");
    if let Seal::Draft { problems, .. } = &page.seal {
        let _ = writeln!(
            h,
            "<p class=\"draft\" lang=\"en\" dir=\"ltr\">{}</p>",
            escape(DRAFT_MARK)
        );
        if !problems.is_empty() {
            h.push_str("<ul class=\"draft problems\" lang=\"en\" dir=\"ltr\">\n");
            for problem in problems {
                let _ = writeln!(h, "<li>Missing or broken: {}</li>", escape(problem));
            }
            h.push_str("</ul>\n");
        }
    }
    h.push_str("<main>\n");
    block(&mut h, "h1", &p.headline, page);
    for paragraph in &p.paragraphs {
        block(&mut h, "p", paragraph, page);
    }
    if !p.signatories.is_empty() {
        h.push_str("<section class=\"signatories\">\n");
        if let Some(heading) = &p.signatories_heading {
            block(&mut h, "h2", heading, page);
        }
        h.push_str("<ul>\n");
        for s in &p.signatories {
            h.push_str("<li><bdi class=\"name\">");
            h.push_str(&escape(&s.name));
            h.push_str("</bdi>");
            if !s.details.is_empty() {
                let _ = write!(h, " (<bdi>{}</bdi>)", escape(&s.details));
            }
            if let Some(capacity) = &s.capacity {
                h.push_str(", ");
                inline(&mut h, &capacity.segments);
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n</section>\n");
    }
    h.push_str("<p class=\"dateline\">");
    if !p.publisher.is_empty() {
        let _ = write!(h, "<bdi>{}</bdi> · ", escape(&p.publisher));
    }
    let _ = writeln!(
        h,
        "<time datetime=\"{}\">{}</time></p>",
        escape(&page.date),
        escape(&p.date)
    );
    if let Some(contact) = &p.contact {
        block_with_class(&mut h, "p", Some("contact"), contact, page);
    }
    h.push_str("</main>\n");
    h.push_str("<footer lang=\"en\" dir=\"ltr\">\n");
    for line in footer_lines(&page.seal) {
        h.push_str("<p>");
        for part in line {
            match part {
                Part::Words(w) => h.push_str(&escape(w)),
                Part::Value(v) => {
                    let _ = write!(h, "<bdi>{}</bdi>", escape(v));
                }
                Part::Time(t) => {
                    let _ = write!(
                        h,
                        "<time datetime=\"{}\">{}</time>",
                        escape(t),
                        escape(&readable_time(t))
                    );
                }
                Part::Code(c) => {
                    let _ = write!(h, "<code>{}</code>", escape(c));
                }
            }
        }
        h.push_str("</p>\n");
    }
    h.push_str("</footer>\n</body>\n</html>\n");
    h
}

/// An `index.html` listing each exported language by its own name, with its headline, linked to its
/// page. The list is in the statement's order (source first). Its own heading is the headline of the
/// source's page (of the first page when the source is not exported): text a sign-off covers, or that
/// is marked a draft on its page, never the statement's title, which is the organisers' own label.
pub fn index_html(statement: &Statement, pages: &[Page]) -> String {
    let mut h = String::new();
    let lead = pages
        .iter()
        .find(|p| p.locale == statement.source)
        .or(pages.first());
    let (lang, dir, heading) = match lead {
        Some(p) => (p.locale.as_str(), p.direction, p.preview.headline.text()),
        None => (
            statement.source.as_str(),
            languages::direction(&statement.source),
            String::new(),
        ),
    };
    head(&mut h, lang, dir, &heading);
    h.push_str("<body>\n<main>\n");
    let _ = writeln!(h, "<h1>{}</h1>", escape(&heading));
    h.push_str("<ul class=\"languages\">\n");
    for page in pages {
        let lang = page.locale.as_str();
        let dir = page.direction.as_str();
        let name =
            languages::autonym(&page.locale).unwrap_or_else(|| page.locale.as_str().to_owned());
        let _ = write!(
            h,
            "<li><a href=\"{}.{lang}.html\" hreflang=\"{lang}\" lang=\"{lang}\" dir=\"{dir}\">{}</a>",
            escape(statement.id.as_str()),
            escape(&name)
        );
        let _ = write!(
            h,
            " <span class=\"headline\" lang=\"{lang}\" dir=\"{dir}\">{}</span>",
            escape(&page.preview.headline.text())
        );
        if matches!(page.seal, Seal::Draft { .. }) {
            let _ = write!(
                h,
                " <span class=\"draft-tag\" lang=\"en\" dir=\"ltr\">{}</span>",
                escape(DRAFT_MARK)
            );
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n</main>\n</body>\n</html>\n");
    h
}

fn head(h: &mut String, lang: &str, dir: Direction, title: &str) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n",
        escape(lang),
        dir.as_str(),
        escape(title)
    );
}

/// A block element holding one rendered message. A message the locale lacks (in a draft) is in the
/// source language, and says so with its own `lang` and `dir`.
fn block(h: &mut String, tag: &str, rendered: &Rendered, page: &Page) {
    block_with_class(h, tag, None, rendered, page);
}

fn block_with_class(
    h: &mut String,
    tag: &str,
    class: Option<&str>,
    rendered: &Rendered,
    page: &Page,
) {
    let _ = write!(h, "<{tag}");
    let class = match (class, rendered.missing) {
        (Some(c), true) => Some(format!("{c} untranslated")),
        (Some(c), false) => Some(c.to_owned()),
        (None, true) => Some("untranslated".to_owned()),
        (None, false) => None,
    };
    if let Some(class) = class {
        let _ = write!(h, " class=\"{class}\"");
    }
    if rendered.missing && page.source != page.locale {
        let _ = write!(
            h,
            " lang=\"{}\" dir=\"{}\"",
            escape(page.source.as_str()),
            languages::direction(&page.source).as_str()
        );
    }
    h.push('>');
    inline(h, &rendered.segments);
    let _ = writeln!(h, "</{tag}>");
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Rendered text as HTML phrasing content: escaped, each isolated run in `<bdi>`, line breaks as
/// `<br>`, unresolved references marked.
fn inline(h: &mut String, segments: &[Segment]) {
    let mut open = 0usize;
    for segment in segments {
        match segment {
            Segment::Text(text) => {
                for c in text.chars() {
                    match c {
                        FSI => {
                            h.push_str("<bdi>");
                            open += 1;
                        }
                        PDI if open > 0 => {
                            h.push_str("</bdi>");
                            open -= 1;
                        }
                        '\n' => h.push_str("<br>"),
                        c => push_escaped(h, c),
                    }
                }
            }
            Segment::Unresolved(text) => {
                let _ = write!(h, "<code class=\"unresolved\">{}</code>", escape(text));
            }
        }
    }
    for _ in 0..open {
        h.push_str("</bdi>");
    }
}

fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| !matches!(*c, FSI | PDI)).collect()
}

/// Text made safe for HTML content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c if forbidden_in_html(c) => out.push('\u{FFFD}'),
        c => out.push(c),
    }
}

/// Code points an HTML document may not contain: controls other than tab, line feed, form feed and
/// carriage return (which are whitespace), and noncharacters.
fn forbidden_in_html(c: char) -> bool {
    let n = c as u32;
    let control = (c.is_control() && !matches!(c, '\t' | '\n' | '\u{c}' | '\r')) || c == '\u{7f}';
    let nonchar = (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE;
    control || nonchar
}

/// The pages' style: readable on screen, A4 when printed, with font stacks that exist on most systems
/// for Latin, Cyrillic, Arabic, Hebrew and Chinese, Japanese and Korean text.
const STYLE: &str = r#"@page { size: A4; margin: 22mm 20mm 25mm; }
:root { color-scheme: light; }
html { font-family: "Noto Serif", Charter, Georgia, Cambria, "Times New Roman", serif; line-height: 1.6; color: #1a1a1a; background: #fff; }
:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(ckb) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, serif; line-height: 1.8; }
:lang(he), :lang(yi) { font-family: "Noto Serif Hebrew", "Noto Sans Hebrew", "Arial Hebrew", "Segoe UI", serif; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", serif; line-height: 1.8; }
:lang(zh-TW), :lang(zh-HK), :lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", PMingLiU, "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", serif; }
:lang(ja) { font-family: "Noto Serif CJK JP", "Source Han Serif JP", "Hiragino Mincho ProN", "Yu Mincho", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", serif; line-height: 1.8; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Source Han Serif KR", AppleMyungjo, Batang, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", serif; line-height: 1.8; }
body { max-width: 40em; margin: 3em auto; padding: 0 1.25em; font-size: 1.125rem; }
h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.9em; }
h2 { font-size: 1.15em; margin: 2em 0 0.5em; }
p { margin: 0 0 1em; }
.signatories ul { list-style: none; margin: 0; padding: 0; }
.signatories li { margin: 0.2em 0; }
.name { font-weight: 600; }
.dateline { margin-top: 2em; color: #444; }
.untranslated { border-inline-start: 3px solid #d8a300; padding-inline-start: 0.6em; }
.unresolved { background: #fde2e2; font-family: ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.draft { border: 2px solid #b00020; color: #b00020; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-weight: 700; letter-spacing: 0.08em; text-align: center; padding: 0.4em 1em; margin: 0 0 2em; }
.languages { list-style: none; padding: 0; }
.languages li { margin: 0.6em 0; }
.languages a { font-weight: 600; margin-inline-end: 0.5em; }
.draft-tag { color: #b00020; font-size: 0.8em; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; }
footer { margin-top: 3em; padding-top: 0.8em; border-top: 1px solid #bbb; color: #555; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.8em; line-height: 1.5; }
footer p { margin: 0.2em 0; }
footer code { font-family: ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; font-size: 1rem; }
  h1, h2 { break-after: avoid; }
  p, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .draft { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

#[cfg(test)]
mod tests {
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
