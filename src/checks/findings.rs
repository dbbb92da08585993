//! A finding: what a check found, where (file, line, column, message, attribute, variant) and its
//! named arguments; and how the raw findings of one message are placed and capped.

use super::*;
pub use crate::workspace::Severity;
use serde::Serialize;
use std::collections::HashMap;

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub locale: String,
    /// The file, relative to the target locale's folder (`misc.ftl`, `petition-kagarlitsky.ftl`).
    pub file: String,
    /// 1-based; `None` for what has no place in the file (a missing message or file).
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The message (`id`) or term (`-id`), if the finding is about one.
    pub id: Option<String>,
    pub attribute: Option<String>,
    /// The variant key, for findings about one variant.
    pub variant: Option<String>,
    /// The finding in English.
    pub message: String,
    /// What the sentence is made of (`name`, `expected`, `found`…), for wording it in another language.
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    /// The value the finding's sentence gives the part named `name` (`name`, `expected`, `found`…).
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| value.as_str())
    }
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A finding before it is placed in a file: offsets, not lines.
#[derive(Debug, Clone)]
pub(super) struct Raw {
    pub(super) code: Code,
    pub(super) severity: Severity,
    pub(super) offset: Option<usize>,
    pub(super) id: Option<String>,
    pub(super) attribute: Option<String>,
    pub(super) variant: Option<String>,
    pub(super) args: Vec<(&'static str, String)>,
    /// How many more findings like this one were counted but not built (see [`MAX_PER_MESSAGE`]).
    pub(super) more: usize,
}

impl Raw {
    pub(super) fn new(code: Code, offset: Option<usize>) -> Self {
        Self {
            code,
            severity: code.severity(),
            offset,
            id: None,
            attribute: None,
            variant: None,
            args: Vec::new(),
            more: 0,
        }
    }

    pub(super) fn id(mut self, id: &str) -> Self {
        self.id = Some(id.to_owned());
        self
    }

    pub(super) fn attribute(mut self, attribute: Option<&str>) -> Self {
        self.attribute = attribute.map(str::to_owned);
        self
    }

    pub(super) fn variant(mut self, key: &str) -> Self {
        self.variant = Some(key.to_owned());
        self
    }

    pub(super) fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub(super) fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Where findings go: the locale and file they are about.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub locale: &'a str,
    pub file: &'a str,
}

pub(super) fn place(raws: Vec<Raw>, text: Option<&str>, at: Place<'_>) -> Vec<Finding> {
    // Positions are worked out in the order of their offsets, which keeps it linear in the text
    // however many findings share a line.
    let mut positions = vec![None; raws.len()];
    if let Some(text) = text {
        let lines = crate::base::text::Lines::new(text);
        let mut order: Vec<(usize, usize)> = raws
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.offset.map(|o| (o, i)))
            .collect();
        order.sort_unstable();
        for (offset, i) in order {
            let p = lines.position(offset);
            positions[i] = Some((p.line, p.column));
        }
    }
    raws.into_iter()
        .zip(positions)
        .map(|(r, position)| Finding {
            message: english(r.code, &r.args),
            code: r.code,
            severity: r.severity,
            locale: at.locale.to_owned(),
            file: at.file.to_owned(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            id: r.id,
            attribute: r.attribute,
            variant: r.variant,
            args: r.args,
        })
        .collect()
}

/// A finding about a whole file (missing or obsolete), which has no line.
pub fn file_finding(code: Code, at: Place<'_>) -> Finding {
    place(vec![Raw::new(code, None)], None, at).remove(0)
}

/// How many findings of one code one message may have; past it, the last one says how many more
/// there are. A hostile message of a million control characters is one problem, not a million.
pub const MAX_PER_MESSAGE: usize = 10;

pub(super) fn finish(mut out: Vec<Raw>, id: &str) -> Vec<Raw> {
    // Most messages have no finding or a few: nothing to count then.
    if out.len() <= MAX_PER_MESSAGE && out.iter().all(|r| r.more == 0) {
        for r in &mut out {
            r.id = Some(id.to_owned());
        }
        return out;
    }
    // Per code: how many were found (built or only counted), how many are kept, and where the last
    // one kept is, to say on it how many more there were.
    let mut per_code: HashMap<Code, (usize, usize, usize)> = HashMap::new();
    let mut kept: Vec<Raw> = Vec::with_capacity(out.len().min(64));
    for mut r in out {
        let (found, shown, last) = per_code.entry(r.code).or_default();
        *found += 1 + r.more;
        if *shown == MAX_PER_MESSAGE {
            continue;
        }
        *shown += 1;
        *last = kept.len();
        r.id = Some(id.to_owned());
        r.more = 0;
        kept.push(r);
    }
    for (found, shown, last) in per_code.into_values() {
        if found > shown {
            kept[last].args.push(("more", (found - shown).to_string()));
        }
    }
    kept
}

/// Everything found in a set of files, and which locales were looked at.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub findings: Vec<Finding>,
    /// Every locale checked, in order, including those with nothing found.
    pub locales: Vec<String>,
}

impl Findings {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}
