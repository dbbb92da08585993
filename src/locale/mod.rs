//! What Chorus knows of languages; it uses only `base`.

/// Each language's own name and writing direction.
pub mod languages;
/// Plural categories, from ICU4X.
pub mod plurals;
/// Recorded moments (UTC) as people read them: their language, their time zone.
pub mod time;
