//! Turning what a translator typed into edits of a document. The translate view keeps a draft of
//! each message ([`Shape`]: a value and attributes, each plain text or one text per variant) and, for
//! the field that changed, asks here for the [`Edit`]s that write it, or for why it cannot be
//! written yet (an empty variant, an attribute before the value). The draft stays as typed either
//! way; only what is complete reaches the file.

use crate::fluent::document::Edit;
use crate::fluent::message::{DraftError, Part, Shape};

/// Which field of a message a translator changed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MessageField {
    /// The value (no attribute) or an attribute, whole.
    Part { attribute: Option<String> },
    /// One variant of the value's or an attribute's select expression.
    Variant {
        attribute: Option<String>,
        key: String,
    },
    /// The whole message as Fluent source, typed in raw mode.
    Source,
    /// Every field at once, as when the reference is copied in.
    All,
}

impl MessageField {
    /// The value, whole.
    pub fn value() -> Self {
        Self::Part { attribute: None }
    }

    /// The attribute the field belongs to, if any.
    pub fn attribute(&self) -> Option<&str> {
        match self {
            Self::Part { attribute } | Self::Variant { attribute, .. } => attribute.as_deref(),
            Self::Source | Self::All => None,
        }
    }

    /// A short stable name (`value`, `.title`, `[one]`, `.title[few]`, `source`, `all`), for widget ids.
    pub fn key(&self) -> String {
        let (attribute, variant) = match self {
            Self::Source => return "source".to_owned(),
            Self::All => return "all".to_owned(),
            Self::Part { attribute } => (attribute, None),
            Self::Variant { attribute, key } => (attribute, Some(key)),
        };
        let mut out = match attribute {
            Some(a) => format!(".{a}"),
            None => "value".to_owned(),
        };
        if let Some(key) = variant {
            out.push('[');
            out.push_str(key);
            out.push(']');
        }
        out
    }
}

/// One message's draft, and what the document holds of it now.
pub struct Draft<'a> {
    pub id: &'a str,
    /// The fields as the translator sees them.
    pub draft: &'a Shape,
    /// The message as the document has it; `None` when it is missing.
    pub target: Option<&'a Shape>,
    /// The Fluent source typed in raw mode, if that is on.
    pub source: Option<&'a str>,
    /// The ids of the file in the reference's order, to place a new message among its neighbours;
    /// asked for only when a message is added (a keystroke in an existing one does not pay for it).
    pub order: &'a dyn Fn() -> Vec<String>,
}

impl Draft<'_> {
    /// The edits that write `field` to the document, or why it cannot be written yet. A missing
    /// message is added once its value is complete, with every attribute complete so far.
    pub fn edits(&self, field: &MessageField) -> Result<Vec<Edit>, DraftError> {
        let id = self.id.to_owned();
        let Some(target) = self.target else {
            return match field {
                MessageField::Source => Ok(vec![self.replace()]),
                MessageField::Part { attribute: Some(_) }
                | MessageField::Variant {
                    attribute: Some(_), ..
                } => Err(DraftError::ValueFirst),
                _ => self.whole(),
            };
        };
        let (attribute, key) = match field {
            MessageField::Source => return Ok(vec![self.replace()]),
            MessageField::All => return self.whole(),
            MessageField::Part { attribute } => (attribute, None),
            MessageField::Variant { attribute, key } => (attribute, Some(key)),
        };
        let part = part_of(self.draft, attribute.as_deref()).ok_or(DraftError::NoSuchField)?;
        let in_target = part_of(target, attribute.as_deref());
        if let (Part::Select(select), Some(Part::Select(existing)), Some(key)) =
            (part, in_target, key)
            && existing.variants.iter().any(|v| &v.key == key)
        {
            let text = (select.variants.iter().find(|v| &v.key == key))
                .map(|v| v.text.clone())
                .unwrap_or_default();
            if text.trim().is_empty() {
                return Err(DraftError::EmptyVariant { key: key.clone() });
            }
            return Ok(vec![Edit::SetVariant {
                id,
                attribute: attribute.clone(),
                keys: vec![key.clone()],
                value: text,
            }]);
        }
        let source = part.to_source()?;
        Ok(vec![match attribute {
            None => Edit::SetValue {
                id,
                value: Some(source),
            },
            Some(name) => Edit::SetAttribute {
                id,
                attribute: name.clone(),
                value: Some(source),
            },
        }])
    }

    fn replace(&self) -> Edit {
        Edit::Replace {
            id: self.id.to_owned(),
            source: self.source.unwrap_or_default().to_owned(),
        }
    }

    /// The value and every complete attribute, at once.
    fn whole(&self) -> Result<Vec<Edit>, DraftError> {
        let id = self.id.to_owned();
        let value = self.draft.value.as_ref().map(Part::to_source).transpose()?;
        let mut edits = match (self.target, value) {
            (Some(_), value) => vec![Edit::SetValue {
                id: id.clone(),
                value,
            }],
            (None, Some(value)) => vec![Edit::Add {
                id: id.clone(),
                value,
                order: (self.order)(),
            }],
            (None, None) => return Err(DraftError::NothingToWrite),
        };
        for (name, part) in &self.draft.attributes {
            if let Ok(source) = part.to_source() {
                edits.push(Edit::SetAttribute {
                    id: id.clone(),
                    attribute: name.clone(),
                    value: Some(source),
                });
            }
        }
        Ok(edits)
    }
}

/// The value (`None`) or the attribute `name` of a shape.
pub fn part_of<'s>(shape: &'s Shape, attribute: Option<&str>) -> Option<&'s Part> {
    match attribute {
        None => shape.value.as_ref(),
        Some(name) => shape
            .attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::ids::Locale;
    use crate::fluent::document::Document;

    const REFERENCE: &str = "\
headline = Free them all
    .short = Free them
years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
";

    fn shape(source: &str, id: &str) -> Shape {
        Shape::of(&Document::parse(source), id).unwrap()
    }

    fn order() -> Vec<String> {
        vec!["headline".into(), "years".into()]
    }

    /// Applies the edits for `field` to `doc`, as the editor would.
    fn write(
        doc: &mut Document,
        id: &str,
        draft: &Shape,
        field: &MessageField,
    ) -> Result<(), DraftError> {
        let target = Shape::of(doc, id);
        let draft = Draft {
            id,
            draft,
            target: target.as_ref(),
            source: None,
            order: &order,
        };
        for edit in draft.edits(field)? {
            doc.apply(&edit).unwrap();
        }
        Ok(())
    }

    #[test]
    fn a_missing_message_is_added_once_its_value_is_there_with_its_complete_attributes() {
        let de = Locale::new("de").unwrap();
        let mut doc = Document::parse("");
        let mut draft = shape(REFERENCE, "headline").blank_for(&de);
        // An attribute typed before the value waits for it.
        draft.attributes[0].1 = Part::Text("Freiheit".into());
        let short = MessageField::Part {
            attribute: Some("short".into()),
        };
        assert_eq!(
            write(&mut doc, "headline", &draft, &short),
            Err(DraftError::ValueFirst)
        );
        assert_eq!(doc.text(), "");
        draft.value = Some(Part::Text("Freiheit für alle".into()));
        write(&mut doc, "headline", &draft, &MessageField::value()).unwrap();
        assert_eq!(doc.value_text("headline").unwrap(), "Freiheit für alle");
        assert_eq!(doc.attribute_text("headline", "short").unwrap(), "Freiheit");
    }

    #[test]
    fn a_variant_is_written_alone_and_an_empty_one_waits() {
        let ru = Locale::new("ru").unwrap();
        let mut doc = Document::parse(REFERENCE);
        let mut draft = shape(REFERENCE, "years").blank_for(&ru);
        // The whole select, written once every category is filled.
        let Some(Part::Select(select)) = &mut draft.value else {
            panic!("a select");
        };
        for (variant, text) in select
            .variants
            .iter_mut()
            .zip(["год", "года", "лет", "лет"])
        {
            variant.text = format!("{{ $n }} {text}");
        }
        write(&mut doc, "years", &draft, &MessageField::value()).unwrap();
        assert!(doc.text().contains("[few] { $n } года"), "{}", doc.text());
        // Then one variant changes: only it is written.
        let Some(Part::Select(select)) = &mut draft.value else {
            panic!("a select");
        };
        select.variants[1].text = "{ $n } годa".into();
        let few = MessageField::Variant {
            attribute: None,
            key: "few".into(),
        };
        let before = doc.text().to_owned();
        write(&mut doc, "years", &draft, &few).unwrap();
        assert_eq!(
            doc.variant_text("years", None, &["few"]).unwrap(),
            "{ $n } годa"
        );
        assert_eq!(doc.text().lines().count(), before.lines().count());
        // An emptied variant is not written; the document keeps the last complete text.
        let Some(Part::Select(select)) = &mut draft.value else {
            panic!("a select");
        };
        select.variants[1].text = "  ".into();
        assert_eq!(
            write(&mut doc, "years", &draft, &few),
            Err(DraftError::EmptyVariant { key: "few".into() })
        );
        assert_eq!(
            doc.variant_text("years", None, &["few"]).unwrap(),
            "{ $n } годa"
        );
    }

    #[test]
    fn raw_source_replaces_the_entry_and_an_empty_value_is_refused() {
        let mut doc = Document::parse(REFERENCE);
        let draft = shape(REFERENCE, "headline");
        let target = Shape::of(&doc, "headline");
        let raw = Draft {
            id: "headline",
            draft: &draft,
            target: target.as_ref(),
            source: Some("headline = Libérez-les\n    .short = Libres"),
            order: &order,
        };
        for edit in raw.edits(&MessageField::Source).unwrap() {
            doc.apply(&edit).unwrap();
        }
        assert_eq!(doc.value_text("headline").unwrap(), "Libérez-les");
        let mut emptied = draft.clone();
        emptied.value = Some(Part::Text(" ".into()));
        assert_eq!(
            write(&mut doc, "headline", &emptied, &MessageField::value()),
            Err(DraftError::Empty)
        );
        assert_eq!(doc.value_text("headline").unwrap(), "Libérez-les");
    }

    #[test]
    fn field_keys_name_the_field() {
        let keys: Vec<String> = [
            MessageField::value(),
            MessageField::Part {
                attribute: Some("title".into()),
            },
            MessageField::Variant {
                attribute: Some("title".into()),
                key: "few".into(),
            },
            MessageField::Source,
        ]
        .iter()
        .map(MessageField::key)
        .collect();
        assert_eq!(keys, ["value", ".title", ".title[few]", "source"]);
    }
}
