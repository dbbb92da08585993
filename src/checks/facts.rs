//! What the checks need to know of one message or term, read once from the Fluent syntax tree: its
//! value and attributes, and for each the variables, references, select expressions and text it holds,
//! each with its byte offset in the document.
//!
//! fluent-syntax's tree has no positions, but parsing a `&str` gives identifiers and text that are
//! slices of that string, so a slice's address tells where it is.

use fluent_syntax::ast;

use crate::fluent::document::{Document, Entry, EntryKind};
use crate::fluent::syntax::Source;

/// A name (variable, reference, attribute, variant key) and the byte offset where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub offset: usize,
    /// How many times the name is used (references are counted; other names are 1).
    pub count: usize,
}

/// A piece of text shown to the reader: a text element, or the value of a string literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// Where the piece starts in the document. For a string literal with escapes, where the literal's
    /// text starts: offsets inside it are approximate.
    pub offset: usize,
    /// Whether `text` is exactly the document's bytes at `offset` (false for unescaped literals).
    pub verbatim: bool,
    /// Inside a variant for one count (`[one]`, `[few]`, `[0]`…), where a number written out often
    /// stands for the count: `[one] 1 hour`.
    pub for_count: bool,
}

/// One select expression: its variant keys in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Select {
    pub keys: Vec<Named>,
}

/// A value or an attribute.
///
/// A file of many short messages has many of these, so what most patterns lack (placeables) is kept
/// apart, allocated only when there is some.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PartFacts {
    /// Where the value or attribute is (the entry's id for a value, the attribute's name otherwise).
    pub offset: usize,
    /// A hash of the names, keys and text in order (see `signature`): equal for patterns that say
    /// the same.
    pub signature: u64,
    placeables: Option<Box<Placeables>>,
    /// Every piece of text, in source order (all variants).
    pub texts: Vec<Text>,
    /// The text along default variants, placeables other than literals left out: what a reader sees
    /// when no variant is picked, without the values of variables.
    pub default_text: String,
    /// Whether the pattern holds a placeable that shows something (a variable, reference, function).
    pub has_placeable: bool,
    /// Letters and digits in `default_text` outside markup: the length translations are compared by.
    pub visible_len: usize,
}

/// What the placeables of a pattern use.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Placeables {
    shown_variables: Vec<Named>,
    variables: Vec<Named>,
    message_refs: Vec<Named>,
    term_refs: Vec<Named>,
    term_arguments: Vec<(String, String)>,
    selects: Vec<Select>,
}

impl Placeables {
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl PartFacts {
    /// Every `$variable` outside a selector, first use of each name.
    pub fn shown_variables(&self) -> &[Named] {
        self.placeables.as_ref().map_or(&[], |p| &p.shown_variables)
    }

    /// Every `$variable` anywhere (selectors and call arguments included), first use of each name.
    pub fn variables(&self) -> &[Named] {
        self.placeables.as_ref().map_or(&[], |p| &p.variables)
    }

    /// Message references (`id` or `id.attribute`) outside selectors, as compare-locales counts them.
    pub fn message_refs(&self) -> &[Named] {
        self.placeables.as_ref().map_or(&[], |p| &p.message_refs)
    }

    /// Term references (`-id`) without an attribute, outside selectors.
    pub fn term_refs(&self) -> &[Named] {
        self.placeables.as_ref().map_or(&[], |p| &p.term_refs)
    }

    /// `(-term, argument)` for every named argument passed to a term.
    pub fn term_arguments(&self) -> &[(String, String)] {
        self.placeables.as_ref().map_or(&[], |p| &p.term_arguments)
    }

    /// Select expressions, outermost first.
    pub fn selects(&self) -> &[Select] {
        self.placeables.as_ref().map_or(&[], |p| &p.selects)
    }

    /// Shows nothing at all: no text but whitespace, no placeable.
    pub fn is_blank(&self) -> bool {
        !self.has_placeable && self.default_text.trim().is_empty()
    }
}

/// A message or term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// `name`, or `-name` for a term.
    pub id: String,
    /// Where the id is written.
    pub offset: usize,
    pub is_term: bool,
    pub value: Option<PartFacts>,
    /// In source order, duplicates kept.
    pub attributes: Vec<(Named, PartFacts)>,
}

impl Facts {
    /// The value (`None`) or the attribute of this name.
    pub fn part(&self, attribute: Option<&str>) -> Option<&PartFacts> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self
                .attributes
                .iter()
                .find(|(n, _)| n.name == name)
                .map(|(_, p)| p),
        }
    }

    /// The value and then each attribute, with its name.
    pub fn parts(&self) -> impl Iterator<Item = (Option<&str>, &PartFacts)> {
        self.value.iter().map(|p| (None, p)).chain(
            self.attributes
                .iter()
                .map(|(n, p)| (Some(n.name.as_str()), p)),
        )
    }

    /// Every variable used anywhere in the entry.
    pub fn all_variables(&self) -> impl Iterator<Item = &Named> {
        self.parts().flat_map(|(_, p)| p.variables().iter())
    }
}

/// The facts of every message and term of a document, in file order (duplicates included). Each
/// entry is parsed on its own, so only one entry's syntax tree is in memory at a time.
pub fn of_document(doc: &Document) -> Vec<Facts> {
    let mut facts = Vec::with_capacity(doc.entries().len());
    facts.extend(
        doc.entries()
            .iter()
            .filter_map(|entry| of_entry(doc, entry)),
    );
    facts.shrink_to_fit();
    facts
}

/// The facts of one entry of a document, parsing only its text: what a keystroke re-checks.
pub fn of_entry(doc: &Document, entry: &Entry) -> Option<Facts> {
    if !matches!(entry.kind, EntryKind::Message | EntryKind::Term) {
        return None;
    }
    let source = Source::new(doc.entry_text(entry));
    let (resource, _) = source.parse();
    let source = source.text();
    resource
        .body
        .iter()
        .find_map(|e| of_ast(source, entry.range.start, e))
}

fn of_ast(base: &str, shift: usize, entry: &ast::Entry<&str>) -> Option<Facts> {
    let reader = Reader { base, shift };
    let (id, is_term, value, attributes) = match entry {
        ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
        _ => return None,
    };
    let id_offset = reader.offset(id);
    Some(Facts {
        id: if is_term {
            format!("-{id}")
        } else {
            id.to_owned()
        },
        // A term's id is written with its dash.
        offset: if is_term {
            id_offset.saturating_sub(1)
        } else {
            id_offset
        },
        is_term,
        value: value.map(|p| reader.part(p, id_offset)),
        attributes: attributes
            .iter()
            .map(|a| {
                let offset = reader.offset(a.id.name);
                let name = Named {
                    name: a.id.name.to_owned(),
                    offset,
                    count: 1,
                };
                (name, reader.part(&a.value, offset))
            })
            .collect(),
    })
}

struct Reader<'b> {
    base: &'b str,
    /// Added to every offset: where `base` starts in the document.
    shift: usize,
}

impl Reader<'_> {
    /// The offset of a slice of `base` in the document.
    fn offset(&self, slice: &str) -> usize {
        let start = self.base.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        if at >= start && at <= start + self.base.len() {
            at - start + self.shift
        } else {
            self.shift
        }
    }

    fn part(&self, pattern: &ast::Pattern<&str>, offset: usize) -> PartFacts {
        let mut part = PartFacts {
            offset,
            signature: signature(pattern),
            ..PartFacts::default()
        };
        let mut placeables = Placeables::default();
        let mut walk = Walk {
            reader: self,
            part: &mut part,
            placeables: &mut placeables,
            for_count: 0,
            seen: Default::default(),
        };
        let mut default_text = String::new();
        walk.pattern(pattern, Some(&mut default_text));
        part.visible_len = visible_len(&default_text);
        part.default_text = default_text;
        if !placeables.is_empty() {
            part.placeables = Some(Box::new(placeables));
        }
        part.texts.shrink_to_fit();
        part
    }
}

/// Letters and digits outside `<…>` markup.
fn visible_len(text: &str) -> usize {
    let mut in_tag = false;
    text.chars()
        .filter(|&c| {
            if c == '<' {
                in_tag = true;
            } else if c == '>' {
                in_tag = false;
                return false;
            }
            !in_tag && c.is_alphanumeric()
        })
        .count()
}

/// A hash of every name, key and piece of text of the pattern in source order: two patterns with
/// the same signature say the same thing, however they are indented. (Two that differ share one
/// only by a chance of one in 2^64, and would then be taken for untranslated.)
fn signature(pattern: &ast::Pattern<&str>) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut slices = Vec::new();
    collect_slices(pattern, &mut slices);
    let mut hasher = std::hash::DefaultHasher::new();
    slices.hash(&mut hasher);
    hasher.finish()
}

fn collect_slices<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, out),
        }
    }
}

fn collect_expression<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                match &v.key {
                    ast::VariantKey::Identifier { name } => out.push(name),
                    ast::VariantKey::NumberLiteral { value } => out.push(value),
                }
                collect_slices(&v.value, out);
            }
        }
    }
}

fn collect_inline<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => out.push(value),
        ast::InlineExpression::NumberLiteral { value } => out.push(value),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push(id.name);
            collect_arguments(arguments, out);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push(id.name);
            if let Some(a) = attribute {
                out.push(a.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            out.push(id.name);
            if let Some(a) = attribute {
                out.push(a.name);
            }
            if let Some(args) = arguments {
                collect_arguments(args, out);
            }
        }
        ast::InlineExpression::VariableReference { id } => out.push(id.name),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
    }
}

fn collect_arguments<'s>(arguments: &ast::CallArguments<&'s str>, out: &mut Vec<&'s str>) {
    for p in &arguments.positional {
        collect_inline(p, out);
    }
    for n in &arguments.named {
        out.push(n.name.name);
        collect_inline(&n.value, out);
    }
}

struct Walk<'r, 'b> {
    reader: &'r Reader<'b>,
    part: &'r mut PartFacts,
    placeables: &'r mut Placeables,
    /// How many count variants (`[one]`, `[0]`) the walk is inside.
    for_count: usize,
    /// Where each name already is in each list of names, once a list is long enough that scanning
    /// it for every name added would cost more than indexing it.
    seen: [Option<std::collections::HashMap<String, usize>>; 4],
}

/// The lists of names of a [`PartFacts`] that [`Walk::add_first`] keeps.
#[derive(Clone, Copy)]
enum Names {
    Variables,
    ShownVariables,
    MessageRefs,
    TermRefs,
}

impl Walk<'_, '_> {
    /// Adds a use of a name: the first use's offset is kept, and uses are counted.
    fn add_first(&mut self, names: Names, name: String, offset: usize) {
        let list = match names {
            Names::Variables => &mut self.placeables.variables,
            Names::ShownVariables => &mut self.placeables.shown_variables,
            Names::MessageRefs => &mut self.placeables.message_refs,
            Names::TermRefs => &mut self.placeables.term_refs,
        };
        const FEW: usize = 16;
        let seen = &mut self.seen[names as usize];
        if seen.is_none() && list.len() > FEW {
            let index = list.iter().enumerate().map(|(i, n)| (n.name.clone(), i));
            *seen = Some(index.collect());
        }
        let found = match seen {
            Some(index) => index.get(&name).copied(),
            None => list.iter().position(|n| n.name == name),
        };
        match found {
            Some(at) => list[at].count += 1,
            None => {
                if let Some(index) = seen {
                    index.insert(name.clone(), list.len());
                }
                list.push(Named {
                    name,
                    offset,
                    count: 1,
                });
            }
        }
    }
}

impl Walk<'_, '_> {
    /// Walks a pattern; `shown` receives the text along default variants when given.
    fn pattern(&mut self, pattern: &ast::Pattern<&str>, mut shown: Option<&mut String>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    self.part.texts.push(Text {
                        text: (*value).to_owned(),
                        offset: self.reader.offset(value),
                        verbatim: true,
                        for_count: self.for_count > 0,
                    });
                    if let Some(s) = shown.as_deref_mut() {
                        s.push_str(value);
                    }
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, shown.as_deref_mut(), false)
                }
            }
        }
    }

    fn expression(
        &mut self,
        expression: &ast::Expression<&str>,
        shown: Option<&mut String>,
        in_selector: bool,
    ) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, shown, in_selector),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, None, true);
                // Outermost first: the slot is taken before the variants are walked.
                let index = self.placeables.selects.len();
                self.placeables.selects.push(Select::default());
                let mut shown = shown;
                for variant in variants {
                    let (key_slice, for_count) = match &variant.key {
                        ast::VariantKey::Identifier { name } => (
                            *name,
                            matches!(*name, "zero" | "one" | "two" | "few" | "many"),
                        ),
                        ast::VariantKey::NumberLiteral { value } => (*value, true),
                    };
                    let key = Named {
                        name: key_slice.to_owned(),
                        offset: self.reader.offset(key_slice),
                        count: 1,
                    };
                    let mut own = String::new();
                    self.for_count += usize::from(for_count);
                    self.pattern(&variant.value, Some(&mut own));
                    self.for_count -= usize::from(for_count);
                    if variant.default
                        && let Some(s) = shown.as_deref_mut()
                    {
                        s.push_str(&own);
                    }
                    self.placeables.selects[index].keys.push(key);
                }
            }
        }
    }

    fn inline(
        &mut self,
        inline: &ast::InlineExpression<&str>,
        shown: Option<&mut String>,
        in_selector: bool,
    ) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                let text = unescape(value);
                if let Some(s) = shown {
                    s.push_str(&text);
                }
                self.part.texts.push(Text {
                    verbatim: text == *value,
                    text,
                    offset: self.reader.offset(value),
                    for_count: self.for_count > 0,
                });
            }
            ast::InlineExpression::NumberLiteral { value } => {
                // A number written as a literal is formatted at run time: it is not counted as text.
                if let Some(s) = shown {
                    s.push_str(value);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                if !in_selector {
                    self.part.has_placeable = true;
                }
                self.arguments(arguments, None);
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.part.has_placeable = true;
                if !in_selector {
                    let mut name = id.name.to_owned();
                    if let Some(a) = attribute {
                        name = format!("{name}.{}", a.name);
                    }
                    let offset = self.reader.offset(id.name);
                    self.add_first(Names::MessageRefs, name, offset);
                }
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.part.has_placeable = true;
                let term = format!("-{}", id.name);
                if attribute.is_none() && !in_selector {
                    let offset = self.reader.offset(id.name).saturating_sub(1);
                    self.add_first(Names::TermRefs, term.clone(), offset);
                }
                if let Some(args) = arguments {
                    self.arguments(args, Some(&term));
                }
            }
            ast::InlineExpression::VariableReference { id } => {
                let offset = self.reader.offset(id.name).saturating_sub(1);
                self.add_first(Names::Variables, id.name.to_owned(), offset);
                if !in_selector {
                    self.part.has_placeable = true;
                    self.add_first(Names::ShownVariables, id.name.to_owned(), offset);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, shown, in_selector)
            }
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>, term: Option<&str>) {
        for p in &arguments.positional {
            self.inline(p, None, false);
        }
        for n in &arguments.named {
            if let Some(term) = term {
                self.placeables
                    .term_arguments
                    .push((term.to_owned(), n.name.name.to_owned()));
            }
            // Literal arguments (`case: "gen"`) are options, not text.
            if matches!(n.value, ast::InlineExpression::VariableReference { .. }) {
                self.inline(&n.value, None, false);
            }
        }
    }
}

/// The value of a string literal's text: `\"`, `\\`, `\uXXXX` and `\UXXXXXX` decoded.
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = (0..len).filter_map(|_| chars.next()).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => out.push('\u{fffd}'),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(source: &str) -> Vec<Facts> {
        of_document(&Document::parse(source))
    }

    #[test]
    fn offsets_point_at_what_they_name() {
        let source = "a = x\nhello = Hi { $name }, see { other.title } and { -brand }\n    .title = { $count ->\n        [one] one\n       *[other] { $count } of { -brand(case: \"gen\") }\n    }\n";
        let all = facts(source);
        assert_eq!(all.len(), 2);
        let hello = &all[1];
        assert_eq!(&source[hello.offset..hello.offset + 5], "hello");
        let value = hello.value.as_ref().unwrap();
        assert_eq!(value.shown_variables()[0].name, "name");
        assert_eq!(&source[value.shown_variables()[0].offset..][..5], "$name");
        assert_eq!(value.message_refs()[0].name, "other.title");
        assert_eq!(value.term_refs()[0].name, "-brand");
        assert_eq!(&source[value.term_refs()[0].offset..][..6], "-brand");
        assert_eq!(value.default_text, "Hi , see  and ");
        let (name, title) = &hello.attributes[0];
        assert_eq!(&source[name.offset..][..5], "title");
        assert_eq!(title.selects().len(), 1);
        let keys: Vec<_> = title.selects()[0]
            .keys
            .iter()
            .map(|k| k.name.as_str())
            .collect();
        assert_eq!(keys, ["one", "other"]);
        assert_eq!(&source[title.selects()[0].keys[1].offset..][..5], "other");
        assert_eq!(title.default_text, " of ");
        assert_eq!(
            title.term_arguments(),
            [("-brand".to_owned(), "case".to_owned())]
        );
        // The selector counts as a use, not as something shown.
        assert_eq!(title.variables()[0].name, "count");
        assert_eq!(title.shown_variables()[0].name, "count");
    }

    #[test]
    fn entry_facts_match_document_facts() {
        let source = "a = x\n\n# note\nb = y { $v }\n    .t = z\n";
        let doc = Document::parse(source);
        let whole = of_document(&doc);
        let entry = doc.entry("b").unwrap();
        assert_eq!(of_entry(&doc, entry).as_ref(), Some(&whole[1]));
    }

    #[test]
    fn blank_variants_and_literals() {
        let all = facts("m = { $n ->\n    [one] {\"\"}\n   *[other] { \"\\u202E\" }x\n}\n");
        let part = all[0].value.as_ref().unwrap();
        assert_eq!(part.selects()[0].keys[0].name, "one");
        assert!(part.texts.iter().any(|t| t.text.contains('\u{202e}')));
        assert!(!part.is_blank());
        let empty = facts("m = { \"\" }\n");
        assert!(empty[0].value.as_ref().unwrap().is_blank());
    }

    #[test]
    fn signatures_ignore_indentation() {
        let all = facts(
            "m =\n    First line\n    second { $x }\nn = First line\n  second {$x}\no = First line second { $x }\n",
        );
        let sig = |i: usize| all[i].value.as_ref().unwrap().signature;
        assert_eq!(sig(0), sig(1));
        assert_ne!(sig(0), sig(2));
    }
}
