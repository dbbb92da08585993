//! Names that become parts of paths: statement ids and locale tags. Both are validated when they are
//! made, so no id can name a file outside its folder.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::base::explain::{Explain, Explanation};

/// A statement id: `[a-z0-9-]+`. Used as a file stem under `statements/` and `locales/<locale>/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("\"{0}\" is not a valid id: use lowercase letters a-z, digits and '-'")]
    Id(String),
    #[error("\"{0}\" is not a BCP 47 locale tag (for example en, pt-BR, zh-CN)")]
    Locale(String),
    #[error("locale \"{given}\" should be written \"{canonical}\"")]
    LocaleSpelling { given: String, canonical: String },
}

impl Explain for IdError {
    fn explain(&self) -> Explanation {
        match self {
            Self::Id(id) => Explanation::new("error-id-invalid").text("id", id),
            Self::Locale(tag) => Explanation::new("error-locale-invalid").text("tag", tag),
            Self::LocaleSpelling { given, canonical } => Explanation::new("error-locale-spelling")
                .text("tag", given)
                .text("canonical", canonical),
        }
    }
}

impl Id {
    pub fn new(id: impl Into<String>) -> Result<Self, IdError> {
        let id = id.into();
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Ok(Self(id))
        } else {
            Err(IdError::Id(id))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = IdError;
    fn try_from(id: String) -> Result<Self, IdError> {
        Self::new(id)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A BCP 47 locale tag in its canonical spelling (`pt-BR`, not `pt_br`), also a folder name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Locale(String);

impl Locale {
    /// Accepts only the canonical spelling, so that one locale has one folder.
    pub fn new(tag: impl Into<String>) -> Result<Self, IdError> {
        let tag = tag.into();
        let parsed =
            LanguageIdentifier::from_str(&tag).map_err(|_| IdError::Locale(tag.clone()))?;
        let canonical = parsed.to_string();
        if canonical != tag {
            return Err(IdError::LocaleSpelling {
                given: tag,
                canonical,
            });
        }
        Ok(Self(tag))
    }

    /// The canonical spelling of a tag written another way (`pt_br` → `pt-BR`), if it is a tag at all.
    pub fn canonical(tag: &str) -> Result<String, IdError> {
        LanguageIdentifier::from_str(tag)
            .map(|l| l.to_string())
            .map_err(|_| IdError::Locale(tag.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn language_identifier(&self) -> LanguageIdentifier {
        // Checked in `new`.
        LanguageIdentifier::from_str(&self.0).unwrap_or_default()
    }
}

impl TryFrom<String> for Locale {
    type Error = IdError;
    fn try_from(tag: String) -> Result<Self, IdError> {
        Self::new(tag)
    }
}

impl From<Locale> for String {
    fn from(locale: Locale) -> String {
        locale.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_name_other_paths() {
        assert!(Id::new("free-boris-kagarlitsky").is_ok());
        for bad in ["", "../x", "a/b", "Free", "a.b", "a b", "..", "é"] {
            assert!(Id::new(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn locales_must_be_canonical_bcp47() {
        for good in ["en", "pt-BR", "zh-CN", "ar", "sr-Latn"] {
            assert!(Locale::new(good).is_ok(), "{good} was refused");
        }
        assert!(matches!(
            Locale::new("pt_BR"),
            Err(IdError::LocaleSpelling { .. })
        ));
        assert!(matches!(
            Locale::new("pt-br"),
            Err(IdError::LocaleSpelling { .. })
        ));
        assert!(matches!(
            Locale::new("not a locale"),
            Err(IdError::Locale(_))
        ));
        assert!(Locale::new("../en").is_err());
    }
}
