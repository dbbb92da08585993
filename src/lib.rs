//! Chorus: an editor for multilingual statements kept as Fluent files.
//!
//! The code is in layers; each folder uses only the ones above it in this list, and `tests/layers.rs`
//! checks that it stays so. Everything but `app` is plain Rust with no UI dependency, so anything a
//! button does, a test or the command line can do too.

/// The egui window, a thin layer over everything above.
pub mod app;
/// Identifiers, positions in text, line handling and text made safe for a terminal.
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
/// A folder of statements and translations: loading, saving, undo, changes on disk and recovery.
pub mod workspace;
