//! One entry read through the parser: where its value, attributes and variants are, as byte
//! ranges of the document's text.

use std::ops::Range;

use fluent_syntax::ast;

use super::plan::{EntryCheck, Plan};
use super::*;
use crate::base::text::{line_start, trim_end_blank};

/// A message or term parsed on its own, with byte offsets into the whole document.
pub(super) struct EntryView<'d> {
    pub(super) text: &'d str,
    pub(super) range: Range<usize>,
    pub(super) id: ast::Identifier<&'d str>,
    pub(super) is_term: bool,
    pub(super) value: Option<ast::Pattern<&'d str>>,
    pub(super) attributes: Vec<ast::Attribute<&'d str>>,
}

impl<'d> EntryView<'d> {
    pub(super) fn parse(doc: &'d Document, entry: &Entry) -> Option<Self> {
        let slice = &doc.text[entry.range.clone()];
        // Text the parser may not read is junk, with nothing to view.
        let (resource, _) = crate::fluent::syntax::parse_unchanged(slice)?;
        let (id, is_term, value, attributes) =
            resource.body.into_iter().find_map(|entry| match entry {
                ast::Entry::Message(m) => Some((m.id, false, m.value, m.attributes)),
                ast::Entry::Term(t) => Some((t.id, true, Some(t.value), t.attributes)),
                _ => None,
            })?;
        Some(Self {
            text: &doc.text,
            range: entry.range.clone(),
            id,
            is_term,
            value,
            attributes,
        })
    }

    /// Offset in the document of a slice the parser returned.
    pub(super) fn offset(&self, slice: &str) -> usize {
        slice.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// Just past the `=` that follows an identifier.
    pub(super) fn after_equals(&self, ident: &str) -> usize {
        let end = self.offset(ident) + ident.len();
        end + self.text[end..].find('=').map_or(0, |p| p + 1)
    }

    pub(super) fn content_end(&self) -> usize {
        trim_end_blank(self.text, self.range.start, self.range.end)
    }

    pub(super) fn attribute_line(&self, i: usize) -> usize {
        line_start(self.text, self.offset(self.attributes[i].id.name))
    }

    pub(super) fn attribute_index(&self, name: &str) -> Option<usize> {
        self.attributes.iter().position(|a| a.id.name == name)
    }

    pub(super) fn attribute_indent(&self, i: usize) -> usize {
        // The '.' stands just before the identifier.
        (self.offset(self.attributes[i].id.name) - 1) - self.attribute_line(i)
    }

    /// Where the value's text is, or would go: from after `=` to before the first attribute line.
    pub(super) fn value_slot(&self) -> Range<usize> {
        let start = self.after_equals(self.id.name);
        let limit = match self.attributes.is_empty() {
            true => self.content_end(),
            false => self.attribute_line(0),
        };
        start..trim_end_blank(self.text, start, limit)
    }

    pub(super) fn value_region(&self) -> Option<Range<usize>> {
        self.value.as_ref().map(|_| self.value_slot())
    }

    pub(super) fn attribute_slot(&self, i: usize) -> Range<usize> {
        let start = self.after_equals(self.attributes[i].id.name);
        let limit = match i + 1 < self.attributes.len() {
            true => self.attribute_line(i + 1),
            false => self.content_end(),
        };
        start..trim_end_blank(self.text, start, limit)
    }

    pub(super) fn attribute_region(&self, name: &str) -> Option<Range<usize>> {
        self.attribute_index(name).map(|i| self.attribute_slot(i))
    }

    /// The text of a variant's pattern (after its `]`) and the indentation of its key's line.
    pub(super) fn variant_region(
        &self,
        attribute: Option<&str>,
        keys: &[&str],
    ) -> Result<(Range<usize>, usize), EditError> {
        let missing = |key: &str| EditError::NoSuchVariant {
            id: self.entry_id(),
            key: key.to_owned(),
        };
        let mut pattern = match attribute {
            None => self.value.as_ref(),
            Some(name) => {
                let i = self
                    .attribute_index(name)
                    .ok_or_else(|| EditError::NoSuchAttribute {
                        id: self.entry_id(),
                        attribute: name.to_owned(),
                    })?;
                Some(&self.attributes[i].value)
            }
        }
        .ok_or_else(|| missing(keys.first().copied().unwrap_or_default()))?;
        let mut found = None;
        for key in keys {
            let (variants, i) = find_variant(pattern, key).ok_or_else(|| missing(key))?;
            pattern = &variants[i].value;
            found = Some((variants, i));
        }
        let (variants, i) = found.ok_or_else(|| missing(""))?;
        let key = variant_key(&variants[i].key);
        let key_at = self.offset(key);
        let start = key_at + self.text[key_at..].find(']').map_or(0, |p| p + 1);
        let limit = match variants.get(i + 1) {
            Some(next) => line_start(self.text, self.offset(variant_key(&next.key))),
            None => closing_brace(self.text, start),
        };
        let line = line_start(self.text, key_at);
        let indent = self.text[line..].len() - self.text[line..].trim_start_matches(' ').len();
        Ok((start..trim_end_blank(self.text, start, limit), indent))
    }

    pub(super) fn entry_id(&self) -> String {
        match self.is_term {
            true => format!("-{}", self.id.name),
            false => self.id.name.to_owned(),
        }
    }

    /// `region` (a pattern's text) with the spaces that end its last line: blanks at the end of a
    /// pattern are not part of it in Fluent, so new text replaces them rather than pushing them to
    /// the end of the line.
    pub(super) fn through_trailing_spaces(&self, region: Range<usize>) -> Range<usize> {
        let spaces = self.text[region.end..self.range.end]
            .bytes()
            .take_while(|&b| b == b' ')
            .count();
        region.start..region.end + spaces
    }

    /// A plan replacing `region` of this entry, with the entry's resulting text to check first.
    pub(super) fn replace(
        &self,
        region: Range<usize>,
        inserted: String,
        attributes: usize,
    ) -> Plan {
        let text = format!(
            "{}{}{}",
            &self.text[self.range.start..region.start],
            inserted,
            &self.text[region.end..self.range.end]
        );
        Plan {
            range: region,
            inserted,
            check: Some(EntryCheck {
                text,
                attributes: Some(attributes),
            }),
        }
    }
}

/// The select expression in `pattern` (directly, or in a nested placeable) with a variant keyed `key`.
pub(super) fn find_variant<'p, 'd>(
    pattern: &'p ast::Pattern<&'d str>,
    key: &str,
) -> Option<(&'p [ast::Variant<&'d str>], usize)> {
    pattern.elements.iter().find_map(|element| match element {
        ast::PatternElement::Placeable { expression } => find_variant_in(expression, key),
        ast::PatternElement::TextElement { .. } => None,
    })
}

pub(super) fn find_variant_in<'p, 'd>(
    expression: &'p ast::Expression<&'d str>,
    key: &str,
) -> Option<(&'p [ast::Variant<&'d str>], usize)> {
    match expression {
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .position(|v| variant_key(&v.key) == key)
            .map(|i| (variants.as_slice(), i)),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            find_variant_in(expression, key)
        }
        ast::Expression::Inline(_) => None,
    }
}

pub(super) fn variant_key<'d>(key: &ast::VariantKey<&'d str>) -> &'d str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

/// Offset of the `}` closing the placeable that `from` is inside, skipping nested placeables and the
/// string literals within them.
pub(super) fn closing_brace(text: &str, from: usize) -> usize {
    let mut depth = 0usize;
    let mut chars = text[from..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return from + i,
            '}' => depth -= 1,
            '"' if depth > 0 => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    text.len()
}
