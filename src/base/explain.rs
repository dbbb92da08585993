//! Messages for the user that any language can word. The core says what happened as an
//! [`Explanation`]: the id of a sentence and the values it mentions, by name. The command line words
//! it in English through `Display`; the window words it in its own language from the same id, in
//! `src/app/strings/<language>.ftl` (a test checks that every id written here has a sentence in
//! every language).

/// What happened: a sentence's id (`error-…`) and its named values.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A value a sentence mentions.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A name, a path or other text, shown as it is.
    Text(String),
    /// A count, a line or a column.
    Number(u64),
    /// The cause, worded in the same language before it is put in.
    Because(Box<Explanation>),
    /// Several, each worded, one after another.
    List(Vec<Explanation>),
}

impl Explanation {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// With the text `value` named `name`.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// With the number `value` named `name`.
    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl TryInto<u64>) -> Self {
        let value = value.try_into().unwrap_or(u64::MAX);
        self.args.push((name, Arg::Number(value)));
        self
    }

    /// With each of `items`, worded one after another, named `name`.
    #[must_use]
    pub fn list<'e, E: Explain + 'e>(
        mut self,
        name: &'static str,
        items: impl IntoIterator<Item = &'e E>,
    ) -> Self {
        let items = items.into_iter().map(Explain::explain).collect();
        self.args.push((name, Arg::List(items)));
        self
    }

    /// With the cause `why`, named `reason`.
    #[must_use]
    pub fn because(mut self, why: &dyn Explain) -> Self {
        self.args
            .push(("reason", Arg::Because(Box::new(why.explain()))));
        self
    }
}

/// What can say what happened, for the window to word in its language.
pub trait Explain {
    fn explain(&self) -> Explanation;
}

impl Explain for Explanation {
    fn explain(&self) -> Explanation {
        self.clone()
    }
}
