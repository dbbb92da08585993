//! The `git` command, run without a terminal: `GIT_TERMINAL_PROMPT=0` so that git never waits for a
//! password on a terminal nobody sees, messages in English (`LC_ALL=C`) so that their meaning can be
//! recognised, and nothing on standard input. Whatever git prints is kept to say what went wrong.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::base::explain::{Explain, Explanation};

/// Why a git command could not do its work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GitError {
    #[error(
        "git is not installed (or not on PATH): sharing needs it, and everything else works without it"
    )]
    NotInstalled,
    #[error("git {command}: {detail}")]
    Failed { command: String, detail: String },
}

impl Explain for GitError {
    fn explain(&self) -> Explanation {
        match self {
            Self::NotInstalled => Explanation::new("error-git-missing"),
            Self::Failed { command, detail } => Explanation::new("error-git-failed")
                .text("command", command)
                .text("detail", detail),
        }
    }
}

/// `git`, run in one folder.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
    program: OsString,
    env: Vec<(OsString, OsString)>,
}

impl Git {
    /// Git run in `dir`. The program is `git` from PATH, or `$CHORUS_GIT` when set.
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
            program: std::env::var_os("CHORUS_GIT").unwrap_or_else(|| "git".into()),
            env: Vec::new(),
        }
    }

    /// The same, with one more environment variable for every command.
    #[must_use]
    pub fn with_env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `git args…`, ready to run: in this folder, with no terminal, English messages, nothing on
    /// standard input, and both outputs piped.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(&self.program);
        command
            .args(args)
            .current_dir(&self.dir)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("LC_ALL", "C")
            .env("LANGUAGE", "C")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }

    /// Runs `git args…` and gives what it printed, whether or not it succeeded.
    pub fn output(&self, args: &[&str]) -> Result<Output, GitError> {
        self.command(args)
            .output()
            .map_err(|err| not_run(args, &err))
    }

    /// Runs `git args…`; its standard output when it succeeds, else what it said on standard error.
    pub fn run(&self, args: &[&str]) -> Result<String, GitError> {
        let output = self.output(args)?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(failed(args, &output))
        }
    }

    /// Whether `git args…` succeeds (a question such as `rev-parse --verify`).
    pub fn succeeds(&self, args: &[&str]) -> Result<bool, GitError> {
        Ok(self.output(args)?.status.success())
    }

    /// A file as git holds it (`HEAD:path`, `:1:path`…); `None` when there is no such file.
    pub fn show(&self, object: &str) -> Result<Option<Vec<u8>>, GitError> {
        let output = self.output(&["show", object])?;
        Ok(output.status.success().then_some(output.stdout))
    }
}

/// Why `git args…` could not even start: git missing, or the system refusing.
pub fn not_run(args: &[&str], err: &std::io::Error) -> GitError {
    match err.kind() {
        std::io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::Failed {
            command: args.first().copied().unwrap_or("").to_owned(),
            detail: err.to_string(),
        },
    }
}

/// The failure of `git args…`: what the remote said and git's errors, else the last lines git
/// wrote on standard error (or standard output).
pub fn failed(args: &[&str], output: &Output) -> GitError {
    let said = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let telling: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| {
                ["remote:", "error:", "fatal:", "!"]
                    .iter()
                    .any(|p| l.starts_with(p))
            })
            .collect();
        match telling.is_empty() {
            true => lines[lines.len().saturating_sub(3)..].join(" / "),
            false => telling.join(" / "),
        }
    };
    let mut detail = said(&output.stderr);
    if detail.is_empty() {
        detail = said(&output.stdout);
    }
    if detail.is_empty() {
        detail = format!("exit status {}", output.status.code().unwrap_or(-1));
    }
    GitError::Failed {
        command: args.first().copied().unwrap_or("").to_owned(),
        detail,
    }
}
