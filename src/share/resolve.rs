//! Completing a Share the user settled: the merge that conflicted is made again, each conflicting
//! message given the text the user chose (theirs, mine, or one they wrote), the merge committed, and
//! the result shared. A conflict not settled, or a new one (the remote moved meanwhile), aborts the
//! merge again and is named: nothing is half-merged.

use std::path::Path;

use super::merge::{Choice, Kind, MergeFailure, resolve};
use super::sync::{Conflict, SyncError, SyncOptions, SyncReport, conflicts_in, prepare, sync};

/// How one conflict was settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The file, relative to the repository, as [`Conflict::file`].
    pub file: String,
    pub id: String,
    pub choice: Choice,
}

/// Merges the upstream again with the user's `resolutions`, commits the merge and shares it.
pub fn complete(
    workspace: &Path,
    options: &SyncOptions,
    resolutions: &[Resolution],
    stop: &dyn Fn() -> bool,
) -> Result<SyncReport, SyncError> {
    let repository = prepare(workspace, options)?;
    let git = &repository.git;
    let Some((remote, branch)) = repository.upstream()? else {
        return sync(workspace, options, stop);
    };
    let theirs = format!("refs/remotes/{remote}/{branch}");
    let behind = git.run(&["rev-list", "--count", &format!("HEAD..{theirs}")])?;
    let behind: usize = behind.trim().parse().unwrap_or(0);
    let merged = git.output(&["merge", "--no-ff", "--no-commit", &theirs])?;
    if !merged.status.success() {
        let unsettled = settle(git, resolutions)?;
        if !unsettled.is_empty() || stop() {
            git.run(&["merge", "--abort"])?;
            if stop() {
                return Err(SyncError::Stopped);
            }
            return Ok(SyncReport {
                version: 1,
                conflicts: unsettled,
                ..SyncReport::default()
            });
        }
    }
    if git.succeeds(&["rev-parse", "--verify", "-q", "MERGE_HEAD"])? {
        git.run(&["commit", "--quiet", "--no-edit"])?;
    }
    // Then as any Share: what else came meanwhile is merged, and the result sent.
    let mut report = sync(workspace, options, stop)?;
    report.pulled += behind;
    Ok(report)
}

/// Writes each conflicted file as the user settled it and stages it; what is still in conflict.
fn settle(git: &super::git::Git, resolutions: &[Resolution]) -> Result<Vec<Conflict>, SyncError> {
    let top = git.run(&["rev-parse", "--show-toplevel"])?;
    let top = Path::new(top.trim());
    let at_top = super::git::Git::new(top);
    let files = git.run(&["diff", "--name-only", "--diff-filter=U", "-z"])?;
    let mut unsettled = Vec::new();
    for file in files.split('\0').filter(|f| !f.is_empty()) {
        let choices: Vec<(String, Choice)> = resolutions
            .iter()
            .filter(|r| r.file == file)
            .map(|r| (r.id.clone(), r.choice.clone()))
            .collect();
        let stage = |n: u8| at_top.show(&format!(":{n}:{file}"));
        let (base, ours, theirs) = (stage(1)?, stage(2)?, stage(3)?);
        // `None`: the file is to go (deleted on the side chosen).
        let settled = match (Kind::of(file), &ours, &theirs) {
            (Some(kind), Some(ours), Some(theirs)) => {
                resolve(kind, &base.unwrap_or_default(), ours, theirs, &choices).map(Some)
            }
            // Not merged by message, or deleted on one side: the whole file, as chosen.
            _ => match choices.first().map(|(_, c)| c) {
                Some(Choice::Theirs) => Ok(theirs),
                Some(_) => Ok(ours),
                None => Err(MergeFailure::Conflicts(Vec::new())),
            },
        };
        match settled {
            Ok(None) => {
                at_top.run(&["rm", "--quiet", "--", file])?;
            }
            Ok(Some(bytes)) => {
                let path = top.join(file);
                crate::workspace::storage::write_atomically(&path, &bytes).map_err(|err| {
                    super::git::GitError::Failed {
                        command: "merge".into(),
                        detail: err.to_string(),
                    }
                })?;
                at_top.run(&["add", "--", file])?;
            }
            Err(_) => unsettled.extend(conflicts_in(&at_top, file)?),
        }
    }
    Ok(unsettled)
}
