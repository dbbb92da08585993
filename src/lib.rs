//! Chorus: an editor for multilingual statements kept as Fluent files.
//!
//! The code is in layers, lowest first: `base`, `locale`, `fluent`, `workspace`, `checks`, `review`,
//! `publish`, `share`, `app`. Each uses only the layers before it, and no module uses one that uses
//! it back; `tests/layout.rs` reads the source and fails when either happens. Everything but `app` is plain
//! Rust with no UI dependency, so anything a button does, a test or the command line can do too. The
//! core reports errors and problems as types that say what happened ([`base::explain`]); the command
//! line words them in English, the window in its own language.

/// The egui window, a thin layer over every other layer.
pub mod app;
/// Identifiers, positions in text, text made safe for a terminal, progress of long work, and
/// explanations the window can word in any language.
pub mod base;
/// The checks of a translation against its reference, and their reports.
pub mod checks;
/// Fluent files: the parser's one door, lossless documents and their edits, and a message's fields.
pub mod fluent;
/// Languages: their names, writing directions and plural categories.
pub mod locale;
/// What leaves Chorus: the preview of a statement, and its export to text and HTML.
pub mod publish;
/// Review states and sign-offs worked out from the stored records, diffs and translation status.
pub mod review;
/// Sharing a workspace through git: commit, fetch, merge message by message, push.
pub mod share;
/// A folder of statements and translations: loading, saving, undo, changes on disk and recovery.
pub mod workspace;
