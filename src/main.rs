//! The `chorus` binary: the window, or a command. Flags are defined once, with clap; `main` maps each
//! outcome to an exit code (0 fine, 2 bad arguments or not a workspace).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chorus::review::status::Status;
use chorus::workspace::Workspace;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "chorus",
    version,
    about = "Translate, review and publish multilingual statements"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the window (the default with no command).
    Open {
        /// The workspace folder; default: the last one opened, else the current folder if it is a
        /// workspace, else the sample.
        dir: Option<PathBuf>,
    },
    /// Per statement and locale: messages, translated, missing, obsolete, syntax errors.
    Status {
        /// The workspace folder (default: the current folder).
        dir: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check translations against their reference: everything compare-locales reports, plus
    /// variables, numbers, links, addresses, directional controls, empty, unchanged and odd lengths.
    /// Exit status: 0 no error, 1 errors found, 2 the check could not run.
    Check(CheckArgs),
    /// What needs review in a statement's locale: each message's state, with word-level diffs of the
    /// reference (as reviewed → now) and of the translation (as reviewed → now). With --approve or
    /// --reject, records verdicts (needs --reviewer).
    Review(ReviewArgs),
    /// Sign off a statement in a locale: records the reviewer and a digest of everything covered.
    /// Refuses, naming why, while a message is not reviewed or the checks report an error.
    /// Exit status: 0 signed off, 1 refused, 2 bad arguments.
    Signoff(SignoffArgs),
    /// Write a statement's signed-off locales as plain text and self-contained HTML pages
    /// (`<statement>.<locale>.txt`, `.html`, and an `index.html` of the languages). A locale that is not
    /// signed off is refused unless --draft, which marks it "DRAFT — not signed off"; a file already
    /// there is kept unless --force. Exit status: 0 all written, 1 something refused, 2 bad arguments.
    Export(ExportArgs),
    /// Share the workspace through git: commit the saved changes (the message written from what
    /// changed), fetch, merge message by message, push. On a conflict the merge is aborted (the
    /// workspace as before, the commit kept) and each conflicting message is named.
    /// Exit status: 0 shared, 1 a conflict or the remote not reached, 2 it could not run.
    Sync(SyncArgs),
    /// The history of a statement's file in a locale, or of one message of it: each commit that
    /// changed it (author, date, summary) with a word diff, found by the message's id, so a moved or
    /// reflowed message keeps its history.
    Log(LogArgs),
    /// What git runs to merge a workspace file (`chorus sync --setup` registers it): merges by
    /// message, record or field into OURS. Exit status: 0 merged, 1 a conflict (OURS untouched).
    #[command(name = "merge-driver")]
    MergeDriver {
        /// The common version (git's %O).
        base: PathBuf,
        /// Our version, replaced by the merge (git's %A).
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
        /// The file's path in the repository (git's %P), which says what kind of file it is.
        path: String,
    },
}

#[derive(clap::Args)]
struct LogArgs {
    #[command(flatten)]
    target: Target,
    /// One message (or term: `--message -person`); default: every message of the file.
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    message: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(clap::Args)]
struct SyncArgs {
    /// The workspace folder (default: the current folder).
    dir: Option<PathBuf>,
    /// Only register Chorus as git's merge driver for the workspace's files, and stop.
    #[arg(long)]
    setup: bool,
    /// The commit message (default: written from what changed).
    #[arg(long, short)]
    message: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The workspace folder (default: the current folder).
    dir: Option<PathBuf>,
    #[arg(long)]
    statement: String,
    /// A locale to export; may be given many times.
    #[arg(long, value_name = "LOCALE", required_unless_present = "all")]
    locale: Vec<String>,
    /// Every locale of the statement, its source included.
    #[arg(long, conflicts_with = "locale")]
    all: bool,
    #[arg(long, value_enum, default_value_t = ExportFormat::Both)]
    format: ExportFormat,
    /// The folder to write into (made if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Also export locales that are not signed off, marked "DRAFT — not signed off".
    #[arg(long)]
    draft: bool,
    /// Replace files already in the folder.
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Text,
    Html,
    Both,
}

#[derive(clap::Args)]
struct Target {
    /// The workspace folder (default: the current folder).
    dir: Option<PathBuf>,
    #[arg(long)]
    statement: String,
    #[arg(long)]
    locale: String,
}

#[derive(clap::Args)]
struct ReviewArgs {
    #[command(flatten)]
    target: Target,
    /// Show every message, reviewed ones too.
    #[arg(long)]
    all: bool,
    /// Approve these messages as they are now (ids; may be given many times; a term's id starts
    /// with a dash: `--approve -person`).
    #[arg(
        long,
        value_name = "ID",
        requires = "reviewer",
        allow_hyphen_values = true
    )]
    approve: Vec<String>,
    /// Approve every message that needs review, as it is now.
    #[arg(long, requires = "reviewer", conflicts_with = "approve")]
    approve_all: bool,
    /// Reject this message, with --comment saying what to change.
    #[arg(
        long,
        value_name = "ID",
        requires_all = ["reviewer", "comment"],
        allow_hyphen_values = true
    )]
    reject: Vec<String>,
    /// What the translator should change (may start with a dash).
    #[arg(long, allow_hyphen_values = true)]
    comment: Option<String>,
    /// Who reviews.
    #[arg(long, allow_hyphen_values = true)]
    reviewer: Option<String>,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(clap::Args)]
struct SignoffArgs {
    #[command(flatten)]
    target: Target,
    #[arg(long, allow_hyphen_values = true)]
    reviewer: String,
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    note: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    /// When standard output is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The workspace folder (default: the current folder). Not used with --reference.
    dir: Option<PathBuf>,
    /// Only this statement.
    #[arg(long)]
    statement: Option<String>,
    /// Only this locale.
    #[arg(long)]
    locale: Option<String>,
    /// Check a Fluent project laid out one folder per locale: this is the reference folder (e.g.
    /// `l10n/en`). Needs --target.
    #[arg(long, requires = "target", conflicts_with_all = ["dir", "statement"])]
    reference: Option<PathBuf>,
    /// A folder of translations, named after its locale (e.g. `l10n/de`). May be given many times.
    #[arg(long, requires = "reference")]
    target: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    // Run by git as GIT_ASKPASS during a Share from the window: ask the window, print its answer.
    let args: Vec<String> = std::env::args().collect();
    if std::env::var_os(chorus::share::askpass::KEY).is_some() && args.len() == 2 {
        return match chorus::share::askpass::ask(&args[1]) {
            Some(answer) => {
                println!("{answer}");
                ExitCode::SUCCESS
            }
            None => ExitCode::from(1),
        };
    }
    let cli = Cli::parse();
    let outcome = match cli.command {
        None => open(None),
        Some(Command::Open { dir }) => open(dir),
        Some(Command::Status { dir, format }) => status(dir, format),
        Some(Command::Check(args)) => check(args),
        Some(Command::Review(args)) => review(args),
        Some(Command::Signoff(args)) => signoff(args),
        Some(Command::Export(args)) => export(args),
        Some(Command::Sync(args)) => sync(args),
        Some(Command::Log(args)) => log(args),
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            path,
        }) => merge_driver(&base, &ours, &theirs, &path),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            say(&format!("chorus: {}", message_of(&err)));
            ExitCode::from(2)
        }
    }
}

fn sync(args: SyncArgs) -> anyhow::Result<ExitCode> {
    use chorus::share::sync;
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let program = std::env::current_exe()?;
    if args.setup {
        let changed = sync::set_up(&dir, &program)?;
        let said = if changed {
            "git now merges this workspace's files with Chorus\n"
        } else {
            "git already merges this workspace's files with Chorus\n"
        };
        write_out(said)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Loading first refuses a folder that is not a workspace, before anything is committed.
    load(&dir)?;
    let options = sync::SyncOptions {
        author: None,
        message: args.message,
        program,
        env: Vec::new(),
    };
    let report = sync::sync(&dir, &options, &|| false)?;
    match args.format {
        Format::Json => write_out(&(report.to_json() + "\n"))?,
        Format::Text => {
            let text = report.to_text();
            if report.conflicts.is_empty() && report.not_shared.is_none() {
                write_out(&text)?;
            } else {
                // One line at a time: `say` shows a line break inside a line as `\n`.
                text.lines().for_each(say);
            }
        }
    }
    Ok(if report.pushed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn log(args: LogArgs) -> anyhow::Result<ExitCode> {
    use chorus::share::history;
    let (ws, id, locale) = target(&args.target)?;
    let file = Path::new("locales")
        .join(locale.as_str())
        .join(format!("{id}.ftl"));
    let ids: Vec<String> = match &args.message {
        Some(message) => vec![message.clone()],
        None => {
            let source = &ws.statements[&id].statement.source;
            let doc = ws
                .file(source, &id)
                .map(|f| f.document.ids().map(str::to_owned).collect());
            doc.unwrap_or_default()
        }
    };
    let changes = history::file_history(&ws.root, &file, &ids)?;
    match args.format {
        Format::Json => write_out(&(history::to_json(&file, &changes) + "\n"))?,
        Format::Text => write_out(&history::to_text(&file, &changes, &locale))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Git's merge driver: the merge replaces OURS, or OURS is left as it was and git records a conflict.
fn merge_driver(base: &Path, ours: &Path, theirs: &Path, path: &str) -> anyhow::Result<ExitCode> {
    use chorus::share::merge::{Kind, merge_bytes};
    let read = |p: &Path| std::fs::read(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()));
    let Some(kind) = Kind::of(path) else {
        say(&format!(
            "chorus: {path}: not a file Chorus merges; left for you to merge"
        ));
        return Ok(ExitCode::from(1));
    };
    match merge_bytes(kind, &read(base)?, &read(ours)?, &read(theirs)?) {
        Ok(merged) => {
            chorus::workspace::storage::write_atomically(ours, &merged)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(failure) => {
            say(&format!("chorus: {path}: {failure}"));
            Ok(ExitCode::from(1))
        }
    }
}

fn load(dir: &Path) -> anyhow::Result<Workspace> {
    Ok(Workspace::load(dir)?)
}

fn status(dir: Option<PathBuf>, format: Format) -> anyhow::Result<ExitCode> {
    let ws = load(&dir.unwrap_or_else(|| PathBuf::from(".")))?;
    let status = Status::of(&ws);
    match format {
        Format::Json => write_out(&(status.to_json() + "\n"))?,
        Format::Text => {
            for problem in &ws.problems {
                say(&problem.to_string());
            }
            write_out(&status.to_text())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    use chorus::checks::{self, report};
    let format = match args.format {
        Format::Json => report::Format::Json,
        Format::Text => report::Format::Text,
    };
    let Some(reference) = &args.reference else {
        return check_in_workspace(&args, format);
    };
    let mut found = checks::tree::check_folders(reference, &args.target)?;
    if let Some(locale) = &args.locale {
        let locale = chorus::base::ids::Locale::new(locale.as_str())?;
        found.findings.retain(|f| f.locale == locale.as_str());
        found.locales.retain(|l| l == locale.as_str());
        if found.locales.is_empty() {
            anyhow::bail!("{locale} was not checked: no statement or folder has it");
        }
    }
    match format {
        report::Format::Json => write_out(&(report::to_json(&found) + "\n"))?,
        report::Format::Text => write_out(&report::to_text(&found))?,
    }
    Ok(if found.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `chorus check` on a workspace: the report is written as the files are checked, so a workspace
/// with millions of findings is reported without holding them all.
fn check_in_workspace(
    args: &CheckArgs,
    format: chorus::checks::report::Format,
) -> anyhow::Result<ExitCode> {
    use chorus::checks::{self, report};
    let ws = load(args.dir.as_deref().unwrap_or(Path::new(".")))?;
    let statement = match &args.statement {
        Some(s) => {
            let id = chorus::base::ids::Id::new(s.as_str())?;
            if !ws.statements.contains_key(&id) {
                anyhow::bail!("there is no statement \"{id}\" in {}", ws.root.display());
            }
            Some(id)
        }
        None => None,
    };
    let locale = match &args.locale {
        Some(l) => Some(chorus::base::ids::Locale::new(l.as_str())?),
        None => None,
    };
    if let Some(locale) = &locale {
        let in_statement = ws.statements.iter().any(|(id, f)| {
            statement.as_ref().is_none_or(|s| s == id)
                && ws.file(&f.statement.source, id).is_some()
                && f.statement.all_locales().any(|l| l == locale)
        });
        let unlisted = statement.is_none() && ws.files.keys().any(|(l, _)| l == locale);
        if !in_statement && !unlisted {
            anyhow::bail!("{locale} was not checked: no statement or folder has it");
        }
    }
    let scope = checks::Scope { statement, locale };
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut writer = report::Writer::new(out, format)?;
    let (mut errors, mut failed) = (0, None);
    let locales = checks::each_finding(&ws, &scope, |f| {
        errors += usize::from(f.severity == chorus::workspace::Severity::Error);
        if failed.is_none() {
            failed = writer.add(&f).err();
        }
    });
    let written = match failed {
        Some(err) => Err(err),
        None => writer.finish(&locales).and_then(|mut out| {
            use std::io::Write as _;
            out.flush()
        }),
    };
    match written {
        // A reader that stops early (`chorus check | head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The workspace, statement and locale a review command is about, checked.
fn target(
    t: &Target,
) -> anyhow::Result<(Workspace, chorus::base::ids::Id, chorus::base::ids::Locale)> {
    let ws = load(t.dir.as_deref().unwrap_or(Path::new(".")))?;
    let id = chorus::base::ids::Id::new(t.statement.as_str())?;
    let locale = chorus::base::ids::Locale::new(t.locale.as_str())?;
    let Some(file) = ws.statements.get(&id) else {
        anyhow::bail!("there is no statement \"{id}\" in {}", ws.root.display());
    };
    if !file.statement.all_locales().any(|l| *l == locale) {
        anyhow::bail!("{locale} is not among the locales of statement \"{id}\"");
    }
    Ok((ws, id, locale))
}

/// Saves the review file of `id` in `locale`, refusing if another program changed it meanwhile.
fn save_reviews(
    ws: &mut Workspace,
    id: &chorus::base::ids::Id,
    locale: &chorus::base::ids::Locale,
) -> anyhow::Result<()> {
    let key = chorus::workspace::FileKey::Reviews(id.clone(), locale.clone());
    let report = ws.save_plan_of(&[key]).write(|_, _| {});
    ws.record(report.written);
    match report.failed.into_iter().next() {
        Some(err) => Err(err.into()),
        None => Ok(()),
    }
}

/// Runs `attempt` (load the workspace, change it, save) again when its save was refused because
/// another program saved the same file in between: each attempt starts from the file as that
/// program left it, so its change is kept, and so is ours. Gives up, saying so, after a few tries.
fn with_retries<T>(mut attempt: impl FnMut() -> anyhow::Result<T>) -> anyhow::Result<T> {
    const TRIES: u32 = 50;
    for tried in 1.. {
        match attempt() {
            Err(err)
                if tried < TRIES
                    && matches!(
                        err.downcast_ref::<chorus::workspace::storage::StorageError>(),
                        Some(chorus::workspace::storage::StorageError::Conflict { .. })
                    ) =>
            {
                // Let the other writer finish; a little longer each time, and not in step with it.
                let wait = 5 * u64::from(tried) + u64::from(std::process::id() % 7);
                std::thread::sleep(std::time::Duration::from_millis(wait));
            }
            outcome => return outcome,
        }
    }
    unreachable!("the loop returns")
}

fn review(args: ReviewArgs) -> anyhow::Result<ExitCode> {
    use chorus::review::LocaleReview;
    let (ws, id, locale) = with_retries(|| record_verdicts(&args))?;
    let review = LocaleReview::of(&ws, &id, &locale)
        .ok_or_else(|| anyhow::anyhow!("cannot review \"{id}\""))?;
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            use std::io::IsTerminal as _;
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    write_out(&chorus::review::report::to_text(&review, args.all, color))?;
    Ok(ExitCode::SUCCESS)
}

/// Loads the workspace and records the verdicts asked for (if any), saving the review file.
fn record_verdicts(
    args: &ReviewArgs,
) -> anyhow::Result<(Workspace, chorus::base::ids::Id, chorus::base::ids::Locale)> {
    use chorus::review::LocaleReview;
    use chorus::workspace::editing::{Editor, Field, FieldPlace, ReviewEdit, WorkspaceEdit};
    use chorus::workspace::reviews::Verdict;
    let (mut ws, id, locale) = target(&args.target)?;
    let verdicts: Vec<(String, Verdict)> = {
        let now = LocaleReview::of(&ws, &id, &locale)
            .ok_or_else(|| anyhow::anyhow!("cannot review \"{id}\""))?;
        let approve: Vec<String> = if args.approve_all {
            let needing = now.messages.iter().filter(|m| m.state.needs_review());
            needing.map(|m| m.id.clone()).collect()
        } else {
            args.approve.clone()
        };
        let mut verdicts = Vec::new();
        for (ids, verdict) in [
            (&approve, Verdict::Approved),
            (&args.reject, Verdict::Rejected),
        ] {
            for message in ids {
                match now.message(message) {
                    None => anyhow::bail!("there is no message \"{message}\" in the reference"),
                    Some(m) if m.translation.is_none() => {
                        anyhow::bail!("\"{message}\" has no translation in {locale} to review")
                    }
                    Some(_) => verdicts.push((message.clone(), verdict)),
                }
            }
        }
        verdicts
    };
    if !verdicts.is_empty() {
        let reviewer = args.reviewer.clone().unwrap_or_default();
        let mut editor = Editor::default();
        let now = LocaleReview::of(&ws, &id, &locale)
            .ok_or_else(|| anyhow::anyhow!("cannot review \"{id}\""))?;
        for (message, verdict) in &verdicts {
            let Some(texts) = now.message(message).and_then(|m| m.texts()) else {
                continue;
            };
            let field = Field {
                statement: id.clone(),
                place: FieldPlace::Review {
                    locale: locale.clone(),
                    id: message.clone(),
                },
            };
            let edit = ReviewEdit::Judge {
                id: message.clone(),
                verdict: *verdict,
                texts,
                reviewer: reviewer.clone(),
                comment: args.comment.clone().unwrap_or_default(),
            };
            let edit = WorkspaceEdit::Review {
                statement: id.clone(),
                locale: locale.clone(),
                edit,
            };
            editor.apply(&mut ws, field, edit)?;
        }
        save_reviews(&mut ws, &id, &locale)?;
        let approved = verdicts
            .iter()
            .filter(|(_, v)| *v == Verdict::Approved)
            .count();
        say(&format!(
            "recorded: {approved} approved, {} rejected, by {reviewer}",
            verdicts.len() - approved
        ));
    }
    Ok((ws, id, locale))
}

fn signoff(args: SignoffArgs) -> anyhow::Result<ExitCode> {
    with_retries(|| sign_off(&args))
}

fn sign_off(args: &SignoffArgs) -> anyhow::Result<ExitCode> {
    use chorus::workspace::editing::{Editor, Field, FieldPlace, ReviewEdit, WorkspaceEdit};
    let (mut ws, id, locale) = target(&args.target)?;
    let reviewer = args.reviewer.trim();
    if reviewer.is_empty() {
        anyhow::bail!("--reviewer needs a name");
    }
    let review = chorus::review::LocaleReview::of(&ws, &id, &locale)
        .ok_or_else(|| anyhow::anyhow!("cannot review \"{id}\""))?;
    let refusals = review.refusals(&ws);
    if !refusals.is_empty() {
        let unreviewed = refusals
            .iter()
            .filter(|r| matches!(r, chorus::review::SignOffRefusal::NotReviewed { .. }))
            .count();
        say(&format!(
            "chorus: {id} in {locale} was not signed off: {unreviewed} message(s) not reviewed, {} check error(s)",
            refusals.len() - unreviewed
        ));
        for refusal in &refusals {
            say(&format!("  {refusal}"));
        }
        return Ok(ExitCode::from(1));
    }
    let field = Field {
        statement: id.clone(),
        place: FieldPlace::SignOff {
            locale: locale.clone(),
        },
    };
    let edit = WorkspaceEdit::Review {
        statement: id.clone(),
        locale: locale.clone(),
        edit: ReviewEdit::SignOff {
            reviewer: reviewer.to_owned(),
            note: args.note.clone(),
            digest: review.digest.clone(),
        },
    };
    Editor::default().apply(&mut ws, field, edit)?;
    save_reviews(&mut ws, &id, &locale)?;
    write_out(&format!(
        "signed off {id} in {locale} by {}\ndigest {}\n",
        chorus::base::terminal::shown_line(reviewer),
        review.digest
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    use chorus::base::ids::{Id, Locale};
    use chorus::publish::export::{Formats, Request};
    let ws = load(args.dir.as_deref().unwrap_or(Path::new(".")))?;
    let statement = Id::new(args.statement.as_str())?;
    let Some(file) = ws.statements.get(&statement) else {
        anyhow::bail!(
            "there is no statement \"{statement}\" in {}",
            ws.root.display()
        );
    };
    let locales = if args.all {
        file.statement.all_locales().cloned().collect()
    } else {
        let mut locales = Vec::new();
        for tag in &args.locale {
            let locale = Locale::new(tag.as_str())?;
            if !locales.contains(&locale) {
                locales.push(locale);
            }
        }
        locales
    };
    let formats = match args.format {
        ExportFormat::Text => Formats::TEXT,
        ExportFormat::Html => Formats::HTML,
        ExportFormat::Both => Formats::BOTH,
    };
    let request = Request {
        statement,
        locales,
        formats,
        draft: args.draft,
        force: args.force,
    };
    let outcome = chorus::publish::export::export(&ws, &request, &args.out)?;
    let mut report = String::new();
    for path in &outcome.written {
        let path = path.display().to_string();
        report.push_str(&format!(
            "wrote {}\n",
            chorus::base::terminal::shown_line(&path)
        ));
    }
    write_out(&report)?;
    for refusal in &outcome.refused {
        say(&format!("chorus: {refusal}"));
    }
    for (locale, problems) in &outcome.incomplete {
        say(&format!(
            "chorus: {locale} was exported as a draft with something missing: {}",
            chorus::publish::export::joined(problems)
        ));
    }
    Ok(
        if outcome.refused.is_empty() && outcome.incomplete.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

/// An error and its causes, each said once: a cause whose words the message already holds (our
/// errors name their cause) is not repeated.
fn message_of(err: &anyhow::Error) -> String {
    let mut message = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !message.contains(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}

/// A line for people on standard error, any control character in it shown as an escape (a file
/// name or a name from the workspace may hold one).
fn say(line: &str) {
    eprintln!("{}", chorus::base::terminal::shown_line(line));
}

/// Writes to standard output. A reader that stops early (`chorus check | head`) is not an error.
fn write_out(text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

fn open(dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    // A folder named on the command line must be a workspace; without one, the window reopens the
    // last workspace, or falls back to the current folder or the sample.
    let dir = match dir {
        Some(dir) if !Workspace::is_workspace(&dir) => {
            return Err(chorus::workspace::WorkspaceError::NotAWorkspace(dir).into());
        }
        Some(dir) => Some(std::fs::canonicalize(&dir).unwrap_or(dir)),
        None => None,
    };
    let fallback = default_workspace();
    let fallback = std::fs::canonicalize(&fallback).unwrap_or(fallback);
    chorus::app::run(dir, fallback).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The current folder if it is a workspace, else the sample workspace this binary was built with.
fn default_workspace() -> PathBuf {
    let here = PathBuf::from(".");
    if Workspace::is_workspace(&here) {
        here
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }
}
