//! Chorus: an editor for multilingual statements kept as Fluent files.
//!
//! The core (everything but `app`) is plain Rust with no UI dependency, so anything a button does, a test
//! or the command line can do too:
//! - [`document`]: lossless Fluent documents and edits that touch one entry's bytes;
//! - [`statement`]: the `.ron` description of a statement (variables, sections, signatories);
//! - [`workspace`]: a folder of statements and locales, loaded with every problem collected;
//! - [`status`]: per statement and locale counts, as text or JSON;
//! - [`review`] and [`diff`]: review states, sign-offs and word or character diffs;
//! - [`export`]: signed-off statements as plain text and self-contained HTML;
//! - [`languages`]: each language's own name and writing direction;
//! - [`syntax`]: the one door to the Fluent parser, which refuses nesting no real message reaches;
//! - [`terminal`]: workspace text made safe to print (control characters and reordering escaped);
//! - [`storage`]: reading files and saving them atomically, refusing to overwrite outside changes;
//! - [`outside`]: noticing files changed by other programs, and reloading, keeping or merging them.
//!
//! `app` is the egui window, a thin layer over the core.

pub mod app;
pub mod checks;
pub mod diff;
pub mod document;
pub mod editing;
pub mod export;
pub mod ids;
pub mod languages;
pub mod message;
pub mod outside;
pub mod plurals;
pub mod preview;
pub mod recovery;
pub mod review;
pub mod statement;
pub mod status;
pub mod storage;
pub mod syntax;
pub mod terminal;
pub mod text;
pub mod workspace;
