//! The `chorus` binary: the window, or a command. Flags are defined once, with clap; `main` maps each
//! outcome to an exit code (0 fine, 2 bad arguments or not a workspace).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use chorus::status::Status;
use chorus::workspace::Workspace;

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
    let cli = Cli::parse();
    let outcome = match cli.command {
        None => open(None),
        Some(Command::Open { dir }) => open(dir),
        Some(Command::Status { dir, format }) => status(dir, format),
        Some(Command::Check(args)) => check(args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("chorus: {err:#}");
            ExitCode::from(2)
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
                eprintln!("{problem}");
            }
            write_out(&status.to_text())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    use chorus::checks::{self, report};
    let mut found = match &args.reference {
        Some(reference) => checks::tree::check_folders(reference, &args.target)?,
        None => {
            let ws = load(&args.dir.unwrap_or_else(|| PathBuf::from(".")))?;
            let statement = match &args.statement {
                Some(s) => {
                    let id = chorus::ids::Id::new(s.as_str())?;
                    if !ws.statements.contains_key(&id) {
                        anyhow::bail!("there is no statement \"{id}\" in {}", ws.root.display());
                    }
                    Some(id)
                }
                None => None,
            };
            let locale = match &args.locale {
                Some(l) => Some(chorus::ids::Locale::new(l.as_str())?),
                None => None,
            };
            let scope = checks::Scope { statement, locale };
            checks::check_workspace(&ws, &scope)
        }
    };
    if let Some(locale) = &args.locale {
        let locale = chorus::ids::Locale::new(locale.as_str())?;
        found.findings.retain(|f| f.locale == locale.as_str());
        found.locales.retain(|l| l == locale.as_str());
        if found.locales.is_empty() {
            anyhow::bail!("{locale} was not checked: no statement or folder has it");
        }
    }
    match args.format {
        Format::Json => write_out(&(report::to_json(&found) + "\n"))?,
        Format::Text => write_out(&report::to_text(&found))?,
    }
    Ok(if found.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
