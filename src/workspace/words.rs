//! The organisers' words a reader sees beside the text: each signatory's affiliation and country and
//! the publisher's name. The statement's `.ron` holds them in the source language, as the organisers
//! write them; each locale may translate them in its own Fluent file, as messages whose id is made
//! from the source text ([`word_id`]). A locale without a translation shows the source's words.
//!
//! Keyed by text, not by place: "Germany" signed by forty people is translated once, and a word
//! the organisers change is a new word to translate (its old translation is no longer used).
//! They are the organisers' own, as the signatories are: a translation's sign-off does not cover
//! them, so adding a signatory never lapses one.

use crate::workspace::statement::Statement;
use crate::workspace::storage::Digest;

/// What a word is, as the translate view names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WordKind {
    Affiliation,
    Country,
    Publisher,
}

/// One word of the organisers' to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The message id its translation has in a locale's file.
    pub id: String,
    /// As the statement has it, in the source language.
    pub text: String,
    pub kind: WordKind,
}

/// Every id a word's translation has starts so.
pub const PREFIX: &str = "publication-";

/// The message id of the translation of `text`: [`PREFIX`], up to 32 characters of its Latin
/// letters and digits for a person reading the file, and the first 6 hex digits of the text's
/// SHA-256, so that two texts never share an id in practice.
pub fn word_id(text: &str) -> String {
    let mut slug = String::new();
    for c in text.trim().chars() {
        if slug.len() >= 32 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let hash = Digest::of(text.trim().as_bytes()).to_hex();
    if slug.is_empty() {
        format!("{PREFIX}{}", &hash[..6])
    } else {
        format!("{PREFIX}{slug}-{}", &hash[..6])
    }
}

/// Whether `id` has the shape of a word's translation (whatever statement it belongs to).
pub fn is_word_id(id: &str) -> bool {
    id.strip_prefix(PREFIX).is_some_and(|rest| {
        let hash = rest.rsplit('-').next().unwrap_or(rest);
        hash.len() == 6 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

impl Statement {
    /// The organisers' words, each once: the signatories' affiliations and countries in the order
    /// they sign, then the publisher.
    pub fn words(&self) -> Vec<Word> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let signatories = self.signatories.iter().flat_map(|s| {
            [
                (s.affiliation.as_str(), WordKind::Affiliation),
                (s.country.as_str(), WordKind::Country),
            ]
        });
        let publisher = std::iter::once((self.publisher.as_str(), WordKind::Publisher));
        for (text, kind) in signatories.chain(publisher) {
            let text = text.trim();
            if text.is_empty() || !seen.insert(text) {
                continue;
            }
            out.push(Word {
                id: word_id(text),
                text: text.to_owned(),
                kind,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fluent_ids_readable_where_the_text_is_latin_and_distinct() {
        let texts = [
            "University of London",
            "university of london",
            "Московский университет",
            "جامعة القاهرة",
            "  Germany ",
            "Human Rights Watch — Europe & Central Asia Division, Brussels office",
        ];
        let ids: Vec<String> = texts.iter().map(|t| word_id(t)).collect();
        for (text, id) in texts.iter().zip(&ids) {
            let name = id.as_str();
            assert!(
                crate::fluent::document::is_identifier(name),
                "{text:?} → {id}"
            );
            assert!(is_word_id(id), "{id}");
            assert!(id.len() <= PREFIX.len() + 32 + 7, "{id}");
        }
        assert!(ids[0].starts_with("publication-university-of-london-"));
        assert_ne!(ids[0], ids[1], "case is part of the text");
        assert_eq!(ids[4], word_id("Germany"), "spaces around are not");
        let unique: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        assert!(!is_word_id("publication-date"));
        assert!(!is_word_id("headline"));
    }
}
