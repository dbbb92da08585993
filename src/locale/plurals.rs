//! The CLDR plural categories of a locale, with example numbers, from ICU4X's data. The editor offers one
//! field per category; the checks compare a translation's variants with them.

use icu_plurals::{PluralCategory, PluralRules};

use crate::base::ids::Locale;

/// One plural category of a locale and numbers that fall in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// The Fluent variant key: `zero`, `one`, `two`, `few`, `many` or `other`.
    pub key: &'static str,
    /// A few integers (and, where only fractions or large numbers fall in the category, those).
    pub examples: Vec<String>,
}

/// The cardinal plural categories of `locale`, in CLDR order (zero, one, two, few, many, other).
/// A locale ICU4X has no rules for gets the root rules: `other` alone.
pub fn cardinal_categories(locale: &Locale) -> Vec<Category> {
    let rules = icu_locale_core::Locale::try_from_str(locale.as_str())
        .ok()
        .and_then(|l| PluralRules::try_new_cardinal(l.into()).ok());
    let Some(rules) = rules else {
        return vec![Category {
            key: "other",
            examples: examples_of(None, PluralCategory::Other),
        }];
    };
    rules
        .categories()
        .map(|c| Category {
            key: key(c),
            examples: examples_of(Some(&rules), c),
        })
        .collect()
}

/// The categories of `locale` that some whole number from 0 to 1,000 falls in: those a count of
/// people or signatures can select, which a translation must therefore have. Categories only
/// fractions or round millions fall in (French and Spanish `many`, Czech `many`, Russian `other`)
/// are left to the default variant, as compare-locales (Gecko's plural rules) does.
pub fn integer_categories(locale: &Locale) -> Vec<&'static str> {
    let rules = icu_locale_core::Locale::try_from_str(locale.as_str())
        .ok()
        .and_then(|l| PluralRules::try_new_cardinal(l.into()).ok());
    let Some(rules) = rules else {
        return vec!["other"];
    };
    let mut found: Vec<PluralCategory> = Vec::new();
    for n in 0u64..=1000 {
        let c = rules.category_for(n);
        if !found.contains(&c) {
            found.push(c);
        }
    }
    rules
        .categories()
        .filter(|c| found.contains(c))
        .map(key)
        .collect()
}

fn key(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// Up to four numbers in the category, smallest first: integers up to 1,000, then round millions, then
/// decimals, so that every category gets some (French `many` only has 1,000,000 and the like).
fn examples_of(rules: Option<&PluralRules>, category: PluralCategory) -> Vec<String> {
    let in_category = |n: &fixed_decimal::Decimal| match rules {
        Some(r) => r.category_for(n) == category,
        None => true,
    };
    let integers = (0u64..=1000).chain([1_000_000, 2_000_000]);
    let mut found: Vec<String> = integers
        .map(fixed_decimal::Decimal::from)
        .filter(|n| in_category(n))
        .take(4)
        .map(|n| n.to_string())
        .collect();
    if found.len() < 4 {
        for text in ["0.5", "1.5", "2.5", "0.1"] {
            let fits = text
                .parse::<fixed_decimal::Decimal>()
                .is_ok_and(|n| in_category(&n));
            if fits && found.len() < 4 {
                found.push(text.to_owned());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(tag: &str) -> Vec<&'static str> {
        cardinal_categories(&Locale::new(tag).unwrap())
            .iter()
            .map(|c| c.key)
            .collect()
    }

    #[test]
    fn each_language_has_its_cldr_categories() {
        assert_eq!(keys("en"), ["one", "other"]);
        assert_eq!(keys("ru"), ["one", "few", "many", "other"]);
        assert_eq!(keys("uk"), ["one", "few", "many", "other"]);
        assert_eq!(keys("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(keys("zh-CN"), ["other"]);
        assert_eq!(keys("fr"), ["one", "many", "other"]);
    }

    #[test]
    fn integer_categories_leave_out_fractions_and_millions() {
        let of = |tag| integer_categories(&Locale::new(tag).unwrap());
        assert_eq!(of("ru"), ["one", "few", "many"]);
        assert_eq!(of("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("cy"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("fr"), ["one", "other"]);
        assert_eq!(of("cs"), ["one", "few", "other"]);
        assert_eq!(of("ro"), ["one", "few", "other"]);
        assert_eq!(of("zh-CN"), ["other"]);
    }

    #[test]
    fn examples_fall_in_their_category() {
        let ru = cardinal_categories(&Locale::new("ru").unwrap());
        let few = ru.iter().find(|c| c.key == "few").unwrap();
        assert_eq!(few.examples[..3], ["2", "3", "4"]);
        let many = ru.iter().find(|c| c.key == "many").unwrap();
        assert_eq!(many.examples[..3], ["0", "5", "6"]);
        let fr = cardinal_categories(&Locale::new("fr").unwrap());
        let many = fr.iter().find(|c| c.key == "many").unwrap();
        assert_eq!(many.examples, ["1000000", "2000000"]);
    }
}
