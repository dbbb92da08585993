//! A message seen as a translator edits it: a value and attributes, each either plain pattern text or a
//! select expression with one text per variant. Also the pieces of a pattern for display (text, and
//! placeables shown as chips), and building pattern text back from variant fields.

use fluent_syntax::ast;

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::Locale;
use crate::fluent::document::Document;
use crate::locale::plurals;

/// The editable parts of a message or term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub value: Option<Part>,
    pub attributes: Vec<(String, Part)>,
}

/// One value or attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Pattern text, as written after `=`.
    Text(String),
    /// The whole pattern is one select expression.
    Select(Select),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Select {
    /// The selector as written, e.g. `$count`.
    pub selector: String,
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub text: String,
}

impl Shape {
    /// The shape of `id` in `doc`, or `None` if the document lacks it.
    pub fn of(doc: &Document, id: &str) -> Option<Self> {
        let entry = doc.entry(id)?;
        let source = crate::fluent::syntax::Source::new(doc.entry_text(entry));
        let (resource, _) = source.parse();
        let (value, attributes) = resource.body.into_iter().find_map(|e| match e {
            ast::Entry::Message(m) => Some((m.value, m.attributes)),
            ast::Entry::Term(t) => Some((Some(t.value), t.attributes)),
            _ => None,
        })?;
        let part = |pattern: &ast::Pattern<&str>, text: String, attribute: Option<&str>| {
            match single_select(pattern) {
                Some(variants) => Part::Select(Select {
                    selector: selector_text(&text),
                    variants: variants
                        .iter()
                        .map(|v| {
                            let key = variant_key(&v.key);
                            Variant {
                                text: doc.variant_text(id, attribute, &[&key]).unwrap_or_default(),
                                key,
                                default: v.default,
                            }
                        })
                        .collect(),
                }),
                None => Part::Text(text),
            }
        };
        Some(Self {
            value: value
                .as_ref()
                .and_then(|p| Some(part(p, doc.value_text(id)?, None))),
            attributes: attributes
                .iter()
                .filter_map(|a| {
                    let text = doc.attribute_text(id, a.id.name)?;
                    Some((a.id.name.to_owned(), part(&a.value, text, Some(a.id.name))))
                })
                .collect(),
        })
    }

    /// This shape with every text emptied and plural selects given `locale`'s categories: what a
    /// translator starts from. Variants that are not plural categories keep their keys.
    pub fn blank_for(&self, locale: &Locale) -> Self {
        self.map_parts(|part| part.blank_for(locale, false))
    }

    /// This shape with the reference's texts, and plural selects given `locale`'s categories (each new
    /// category takes the text of the reference's default variant): "copy from reference".
    pub fn copied_for(&self, locale: &Locale) -> Self {
        self.map_parts(|part| part.blank_for(locale, true))
    }

    fn map_parts(&self, f: impl Fn(&Part) -> Part) -> Self {
        Self {
            value: self.value.as_ref().map(&f),
            attributes: self
                .attributes
                .iter()
                .map(|(n, p)| (n.clone(), f(p)))
                .collect(),
        }
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl Part {
    fn blank_for(&self, locale: &Locale, keep_text: bool) -> Part {
        let text = |t: &str| {
            if keep_text {
                t.to_owned()
            } else {
                String::new()
            }
        };
        match self {
            Part::Text(t) => Part::Text(text(t)),
            Part::Select(select) => {
                let plural = select
                    .variants
                    .iter()
                    .all(|v| CATEGORIES.contains(&v.key.as_str()));
                let default_text = select
                    .variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| v.text.clone())
                    .unwrap_or_default();
                let variants = if plural {
                    plurals::cardinal_categories(locale)
                        .iter()
                        .map(|c| Variant {
                            key: c.key.to_owned(),
                            default: c.key == "other",
                            text: select
                                .variants
                                .iter()
                                .find(|v| v.key == c.key)
                                .map_or_else(|| text(&default_text), |v| text(&v.text)),
                        })
                        .collect()
                } else {
                    select
                        .variants
                        .iter()
                        .map(|v| Variant {
                            text: text(&v.text),
                            ..v.clone()
                        })
                        .collect()
                };
                Part::Select(Select {
                    selector: select.selector.clone(),
                    variants,
                })
            }
        }
    }

    /// The pattern text this part stands for, or why it cannot be written yet.
    pub fn to_source(&self) -> Result<String, DraftError> {
        match self {
            Part::Text(text) if text.trim().is_empty() => Err(DraftError::Empty),
            Part::Text(text) => Ok(text.clone()),
            Part::Select(select) => {
                let mut out = format!("{{ {} ->\n", select.selector);
                for v in &select.variants {
                    if v.text.trim().is_empty() {
                        return Err(DraftError::EmptyVariant { key: v.key.clone() });
                    }
                    let marker = if v.default { "   *" } else { "    " };
                    let text = v.text.replace('\n', "\n        ");
                    out.push_str(&format!("{marker}[{}] {text}\n", v.key));
                }
                out.push('}');
                Ok(out)
            }
        }
    }
}

/// Why a field cannot be written yet; the text stays in the field as typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("empty")]
    Empty,
    #[error("[{key}] is empty")]
    EmptyVariant { key: String },
    #[error("translate the value first")]
    ValueFirst,
    #[error("no such field")]
    NoSuchField,
    #[error("nothing to write")]
    NothingToWrite,
}

impl Explain for DraftError {
    fn explain(&self) -> Explanation {
        match self {
            Self::Empty => Explanation::new("error-draft-empty"),
            Self::EmptyVariant { key } => {
                Explanation::new("error-draft-empty-variant").text("key", key)
            }
            Self::ValueFirst => Explanation::new("error-draft-value-first"),
            Self::NoSuchField => Explanation::new("error-draft-no-field"),
            Self::NothingToWrite => Explanation::new("error-draft-nothing"),
        }
    }
}

/// The variants when the whole pattern is a single select expression.
fn single_select<'p, 's>(
    pattern: &'p ast::Pattern<&'s str>,
) -> Option<&'p [ast::Variant<&'s str>]> {
    match pattern.elements.as_slice() {
        [
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            },
        ] => Some(variants),
        _ => None,
    }
}

fn variant_key(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

/// `$count` from `{ $count ->` …
fn selector_text(pattern_text: &str) -> String {
    let inner = pattern_text.trim_start().trim_start_matches('{');
    inner
        .split("->")
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// A piece of pattern text for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// A placeable, without its braces: `$name`, `-person(case: "gen")`, `NUMBER($n)`.
    Placeable(String),
}

/// Cuts pattern text into text and placeables. Braces inside string literals are skipped.
pub fn pieces(source: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '{' {
            text.push(c);
            continue;
        }
        let mut depth = 1;
        let mut in_string = false;
        let mut end = source.len();
        while let Some((j, c)) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '{' if !in_string => depth += 1,
                '}' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        if !text.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut text)));
        }
        let inner = source[i + 1..end].trim();
        // A string literal placeable is text written that way to escape it: show the text.
        match inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            Some(literal) if !literal.contains('"') => text.push_str(literal),
            _ => out.push(Piece::Placeable(inner.to_owned())),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "\
sentence =
    { $years ->
        [one] Up to { $years } year.
       *[other] Up to { $years } years.
    }
    .short = { $years } years
headline = Free { -person } now!
";

    #[test]
    fn a_plural_message_has_one_field_per_variant() {
        let doc = Document::parse(FTL);
        let shape = Shape::of(&doc, "sentence").unwrap();
        let Some(Part::Select(select)) = &shape.value else {
            panic!("{shape:?}")
        };
        assert_eq!(select.selector, "$years");
        let keys: Vec<_> = select
            .variants
            .iter()
            .map(|v| (v.key.as_str(), v.default))
            .collect();
        assert_eq!(keys, [("one", false), ("other", true)]);
        assert_eq!(select.variants[1].text, "Up to { $years } years.");
        assert_eq!(
            shape.attributes,
            [("short".to_owned(), Part::Text("{ $years } years".into()))]
        );
    }

    #[test]
    fn russian_gets_its_own_categories_to_fill_in() {
        let doc = Document::parse(FTL);
        let shape = Shape::of(&doc, "sentence").unwrap();
        let ru = Locale::new("ru").unwrap();
        let Some(Part::Select(blank)) = shape.blank_for(&ru).value else {
            panic!()
        };
        let keys: Vec<_> = blank.variants.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["one", "few", "many", "other"]);
        assert!(blank.variants.iter().all(|v| v.text.is_empty()));
        let Some(Part::Select(copied)) = shape.copied_for(&ru).value else {
            panic!()
        };
        assert_eq!(copied.variants[1].text, "Up to { $years } years.");
        assert_eq!(copied.variants[0].text, "Up to { $years } year.");
    }

    #[test]
    fn a_select_is_written_back_as_valid_fluent() {
        let doc = Document::parse(FTL);
        let shape = Shape::of(&doc, "sentence")
            .unwrap()
            .copied_for(&Locale::new("ru").unwrap());
        let source = shape.value.unwrap().to_source().unwrap();
        let mut target = Document::parse("");
        target
            .apply(&crate::fluent::document::Edit::Add {
                id: "sentence".into(),
                value: source,
                order: vec![],
            })
            .unwrap();
        let back = Shape::of(&target, "sentence").unwrap();
        let Some(Part::Select(select)) = back.value else {
            panic!()
        };
        assert_eq!(select.variants.len(), 4);
        assert!(target.errors().is_empty());
        let mut empty = Shape::of(&doc, "sentence")
            .unwrap()
            .blank_for(&Locale::new("ru").unwrap());
        assert_eq!(
            empty.value.take().unwrap().to_source(),
            Err(DraftError::EmptyVariant {
                key: "one".to_owned()
            })
        );
    }

    #[test]
    fn placeables_are_pieces_of_their_own() {
        assert_eq!(
            pieces("Free { -person(case: \"acc\") } on { DATETIME($d) }{ \"!\" }"),
            [
                Piece::Text("Free ".into()),
                Piece::Placeable("-person(case: \"acc\")".into()),
                Piece::Text(" on ".into()),
                Piece::Placeable("DATETIME($d)".into()),
                Piece::Text("!".into()),
            ]
        );
    }
}
