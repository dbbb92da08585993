//! Checks: what is wrong with a translation, compared with its reference.
//!
//! Everything Mozilla's compare-locales reports on Fluent files is reported here under a stable code
//! and with the same severity (syntax errors, missing and obsolete messages and files, duplicates,
//! values, attributes, references, plural categories, U+FFFD), plus what it does not look at:
//! variables, numbers, links, e-mail addresses, directional controls, empty, unchanged and
//! oddly long or short translations.
//!
//! The unit is a pair of documents ([`check_file`]); one message can be re-checked alone
//! ([`check_message`], what the editor does on a keystroke). [`tree`] checks folders laid out one
//! per locale, [`check_workspace`] a Chorus workspace; [`report`] prints the findings.
//!
//! A finding's sentence is English here (the command line's language); the window words each code
//! in its own language from the finding's `args`.

pub mod facts;
pub mod report;
pub mod scan;
pub mod tree;

mod codes;
mod content;
mod context;
mod findings;
mod structure;
mod text;
mod walk;

pub use codes::{Code, english};
pub use content::check_message;
pub use context::{Analyzed, Context};
pub use findings::{Finding, Findings, MAX_PER_MESSAGE, Place, file_finding};
pub use structure::{check_file, check_source};
pub use text::is_hiding_control;
pub use walk::{Scope, check_workspace, count_workspace, each_finding};

use codes::{control_character_name, control_name};
use content::entry_raws;
use context::{MIN_LENGTH_FOR_RATIO, RATIO_TOLERANCE};
use findings::{Raw, finish, place};
use structure::{file_raws, source_raws};
use text::{compare_numbers, mismatch, part_raws, text_raws};

pub use crate::workspace::Severity;

#[cfg(test)]
mod tests;
