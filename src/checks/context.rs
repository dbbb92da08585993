//! What the checks know beyond one message: each document analysed once, the terms a locale
//! writes out, and how long its translations usually are against the reference.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::base::ids::Locale;
use crate::fluent::document::Document;
use crate::locale::languages::{self, Direction};
use crate::locale::plurals;
use facts::{Facts, PartFacts};
use scan::Separators;

/// A document and the facts of its messages and terms, read once and checked against many.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub facts: Vec<Facts>,
    /// Index in `facts` of the first entry with each id.
    pub(super) first: crate::base::text::IdIndex,
}

impl Analyzed {
    pub fn of(doc: &Document) -> Self {
        let facts = facts::of_document(doc);
        let ids = facts.iter().enumerate().map(|(i, f)| (i, f.id.as_str()));
        let first = crate::base::text::IdIndex::new(ids, |i| &facts[i].id);
        Self { facts, first }
    }

    /// Whether `facts[i]` is the first entry with its id (the one Fluent uses).
    pub(super) fn is_first(&self, i: usize) -> bool {
        self.first_of(&self.facts[i].id) == Some(i)
    }

    pub(super) fn first_of(&self, id: &str) -> Option<usize> {
        self.first.get(id, |i| &self.facts[i].id)
    }

    pub fn get(&self, id: &str) -> Option<&Facts> {
        self.first_of(id).map(|i| &self.facts[i])
    }

    /// `(-term, argument)` for every named argument any entry passes to a term.
    pub fn term_arguments(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.facts.iter().flat_map(|f| {
            f.parts()
                .flat_map(|(_, p)| p.term_arguments().iter().cloned())
        })
    }
}

/// What a message is checked in: the two locales, and facts gathered over the whole file or locale.
#[derive(Debug, Clone)]
pub struct Context {
    pub reference_locale: Locale,
    pub locale: Locale,
    /// The arguments passed to each term anywhere in the target locale: the variables it may use.
    pub term_arguments: HashMap<String, HashSet<String>>,
    /// The same in the reference locale: what callers are expected to pass.
    pub reference_term_arguments: HashMap<String, HashSet<String>>,
    /// What each term shows by default, in either locale (`-brand-name-relay` → `Relay`).
    pub term_texts: HashMap<String, Vec<String>>,
    /// The usual length of a translation into this locale, as a multiple of the reference's.
    pub usual_ratio: f64,
    /// The ids of the statement's organisers' words (affiliations, countries, publisher; see
    /// [`crate::workspace::words`]): their translations are in use though the reference lacks them.
    pub words: HashSet<String>,
    pub(super) reference_separators: Separators,
    pub(super) separators: Separators,
    pub(super) rtl: bool,
    pub(super) same_language: bool,
    pub(super) plural_categories: Vec<&'static str>,
}

impl Context {
    pub fn new(reference_locale: &Locale, locale: &Locale) -> Self {
        let language = |l: &Locale| l.as_str().split('-').next().unwrap_or("").to_owned();
        Self {
            reference_separators: Separators::of(reference_locale),
            separators: Separators::of(locale),
            rtl: languages::direction(locale) == Direction::Rtl,
            same_language: language(reference_locale) == language(locale),
            plural_categories: plurals::integer_categories(locale),
            usual_ratio: usual_ratio(reference_locale, locale),
            term_arguments: HashMap::new(),
            reference_term_arguments: HashMap::new(),
            term_texts: HashMap::new(),
            words: HashSet::new(),
            reference_locale: reference_locale.clone(),
            locale: locale.clone(),
        }
    }

    /// Adds the term arguments passed in a document of the target locale.
    pub fn learn_terms(&mut self, target: &Analyzed) {
        for (term, argument) in target.term_arguments() {
            self.term_arguments
                .entry(term)
                .or_default()
                .insert(argument);
        }
        self.learn_term_texts(target);
    }

    pub(super) fn learn_term_texts(&mut self, analyzed: &Analyzed) {
        let terms = analyzed.facts.iter().enumerate();
        let terms = terms.filter(|(i, f)| f.is_term && analyzed.is_first(*i));
        for (_, f) in terms {
            let Some(text) = f.value.as_ref().map(|v| v.default_text.trim()) else {
                continue;
            };
            if text.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                let texts = self.term_texts.entry(f.id.clone()).or_default();
                if !texts.iter().any(|t| t == text) {
                    texts.push(text.to_owned());
                }
            }
        }
    }

    /// Whether a part writes out what a term shows as plain text.
    pub(super) fn writes_out(&self, term: &str, part: &PartFacts) -> bool {
        let Some(texts) = self.term_texts.get(term) else {
            return false;
        };
        part.texts.iter().any(|t| {
            texts.iter().any(|name| {
                t.text.match_indices(name.as_str()).any(|(i, _)| {
                    let before = t.text[..i].chars().next_back();
                    let after = t.text[i + name.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
        })
    }

    /// Adds the term arguments passed in a document of the reference locale.
    pub fn learn_reference_terms(&mut self, reference: &Analyzed) {
        for (term, argument) in reference.term_arguments() {
            let arguments = self.reference_term_arguments.entry(term).or_default();
            arguments.insert(argument);
        }
        self.learn_term_texts(reference);
    }

    /// Sets the usual length ratio from the messages both documents have (when there are enough to
    /// tell): the median over messages of some length.
    pub fn learn_ratio(&mut self, reference: &Analyzed, target: &Analyzed) {
        let mut ratios: Vec<f64> = target
            .facts
            .iter()
            .filter(|t| !t.is_term)
            .filter_map(|t| {
                let r = reference.get(&t.id)?;
                let (rl, tl) = (r.value.as_ref()?.visible_len, t.value.as_ref()?.visible_len);
                (rl >= MIN_LENGTH_FOR_RATIO && tl > 0).then(|| tl as f64 / rl as f64)
            })
            .collect();
        if ratios.len() >= 10 {
            ratios.sort_by(f64::total_cmp);
            self.usual_ratio = ratios[ratios.len() / 2];
        }
    }
}

/// Reference texts shorter than this (in letters and digits) are not compared for length.
pub(super) const MIN_LENGTH_FOR_RATIO: usize = 24;

/// How far from the usual ratio a translation may be before it is pointed out.
pub(super) const RATIO_TOLERANCE: f64 = 3.0;

/// The usual length ratio before anything is learnt from the files: scripts that write a word in one
/// or two characters (Chinese, Japanese, Korean) take about a third to a half of a Latin text.
pub(super) fn usual_ratio(reference: &Locale, locale: &Locale) -> f64 {
    let dense = |l: &Locale| {
        matches!(
            l.as_str().split('-').next(),
            Some("zh" | "ja" | "ko" | "yue")
        )
    };
    match (dense(reference), dense(locale)) {
        (false, true) => 0.4,
        (true, false) => 2.5,
        _ => 1.0,
    }
}
