//! One test per check (or more): a reference and a translation written here, and what is found.

use super::*;
use crate::base::ids::Locale;
use crate::fluent::document::Document;

/// Checks `target` (in `locale`) against `reference` (English) as one file.
fn check(reference: &str, target: &str, locale: &str) -> Vec<Finding> {
    check_in("en", reference, target, locale)
}

fn check_in(reference_locale: &str, reference: &str, target: &str, locale: &str) -> Vec<Finding> {
    let reference_doc = Document::parse(reference);
    let target_doc = Document::parse(target);
    let (r, t) = (Analyzed::of(&reference_doc), Analyzed::of(&target_doc));
    let mut cx = Context::new(
        &Locale::new(reference_locale).unwrap(),
        &Locale::new(locale).unwrap(),
    );
    cx.learn_terms(&t);
    cx.learn_reference_terms(&r);
    let at = Place {
        locale,
        file: "test.ftl",
    };
    check_file(&r, &target_doc, &t, &cx, at)
}

fn codes(found: &[Finding]) -> Vec<&'static str> {
    found.iter().map(|f| f.code.as_str()).collect()
}

fn only(found: &[Finding], code: Code) -> Vec<&Finding> {
    found.iter().filter(|f| f.code == code).collect()
}

#[test]
fn a_faithful_translation_has_no_finding() {
    let en = "-org = Amnesty\nhello = Hello, { $name }! { -org } counts { NUMBER($n) } of 2,300 signatures.\n    .title = Greeting\n";
    let de = "-org = Amnesty\nhello = Hallo, { $name }! { -org } zählt { NUMBER($n) } von 2.300 Unterschriften.\n    .title = Gruß\n";
    assert_eq!(codes(&check(en, de, "de")), Vec::<&str>::new());
}

#[test]
fn syntax_errors_name_line_column_and_the_broken_id() {
    let found = check("a = A\nb = B\n", "a = A1\nb-broken = { $x\nb = B1\n", "de");
    let f = &only(&found, Code::SyntaxError)[0];
    assert_eq!((f.line, f.column), (Some(2), Some(1)));
    assert_eq!(f.id.as_deref(), Some("b-broken"));
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message.contains("Fluent cannot read this"),
        "{}",
        f.message
    );
}

#[test]
fn missing_obsolete_and_duplicate_messages() {
    let found = check("a = A\nb = B\n-t = T\n", "a = A1\nold = O\na = A2\n", "de");
    let missing: Vec<_> = only(&found, Code::MissingMessage)
        .iter()
        .map(|f| f.id.clone().unwrap())
        .collect();
    assert_eq!(missing, ["b", "-t"]);
    assert!(only(&found, Code::MissingMessage)[0].line.is_none());
    let obsolete = &only(&found, Code::ObsoleteMessage)[0];
    assert_eq!(
        (obsolete.id.as_deref(), obsolete.line),
        (Some("old"), Some(2))
    );
    let duplicate = &only(&found, Code::DuplicateId)[0];
    assert_eq!(
        (duplicate.line, duplicate.severity),
        (Some(3), Severity::Error)
    );
    assert_eq!(Code::MissingMessage.severity(), Severity::Warning);
}

#[test]
fn values_and_attributes() {
    let en = "a = A\n    .title = T\n    .label = L\nb =\n    .title = T\n";
    let de = "a =\n    .title = T1\n    .title = T2\n    .label = L1\n    .stray = S\nb = B\n    .title = T1\n";
    let found = check(en, de, "de");
    assert_eq!(only(&found, Code::MissingValue)[0].id.as_deref(), Some("a"));
    assert_eq!(
        only(&found, Code::ObsoleteValue)[0].id.as_deref(),
        Some("b")
    );
    let stray = &only(&found, Code::ObsoleteAttribute)[0];
    assert_eq!(
        (stray.attribute.as_deref(), stray.line, stray.column),
        (Some("stray"), Some(5), Some(6))
    );
    let twice = &only(&found, Code::DuplicateAttribute)[0];
    assert_eq!(
        (twice.attribute.as_deref(), twice.line),
        (Some("title"), Some(3))
    );
    let found = check(en, "a = A1\n    .title = T1\nb =\n    .title = T1\n", "de");
    let missing = &only(&found, Code::MissingAttribute)[0];
    assert_eq!(missing.attribute.as_deref(), Some("label"));
    assert_eq!(missing.severity, Severity::Error);
}

#[test]
fn duplicate_variants() {
    let en = "n = { $n ->\n    [one] one\n   *[other] many\n}\n";
    let de = "n = { $n ->\n    [one] eins\n    [one] ein\n   *[other] viele\n}\n";
    let found = check(en, de, "de");
    let f = &only(&found, Code::DuplicateVariant)[0];
    assert_eq!(
        (f.variant.as_deref(), f.line, f.column),
        (Some("one"), Some(3), Some(6))
    );
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn message_and_term_references() {
    let en = "-brand = Relay\nother = O\nm = Use { -brand } and { other }\n";
    let de = "-brand = Relay\nother = O\nx = X\nm = Nimm { x } und { -brand(case: \"gen\") } und { -brand }\n";
    let found = check(en, de, "de");
    assert_eq!(
        only(&found, Code::MissingMessageReference)[0]
            .arg("name")
            .unwrap(),
        "other"
    );
    let obsolete = &only(&found, Code::ObsoleteMessageReference)[0];
    assert_eq!(
        (obsolete.arg("name").unwrap(), obsolete.column),
        ("x", Some(12))
    );
    let found = check(
        en,
        "-brand = Relay\nother = O\nm = Nimm Relay und { other }\n",
        "de",
    );
    assert_eq!(
        only(&found, Code::MissingTermReference)[0]
            .arg("name")
            .unwrap(),
        "-brand"
    );
    let found = check(
        en,
        "-brand = Relay\n-shop = S\nother = O\nm = { -shop } { -brand } { other }\n",
        "de",
    );
    assert_eq!(
        only(&found, Code::ObsoleteTermReference)[0]
            .arg("name")
            .unwrap(),
        "-shop"
    );
}

#[test]
fn a_term_used_twice_and_once_written_out() {
    let en = "-brand = Relay\nm = { -brand } helps. Open { -brand } now.\n";
    let written = check(
        en,
        "-brand = Relay\nm = Relay hilft. Öffne { -brand } jetzt.\n",
        "de",
    );
    assert_eq!(only(&written, Code::MissingTermReference).len(), 1);
    // A pronoun in place of the repeated name is not a finding.
    let pronoun = check(
        en,
        "-brand = Relay\nm = { -brand } hilft. Öffne es jetzt.\n",
        "de",
    );
    assert!(only(&pronoun, Code::MissingTermReference).is_empty());
}

#[test]
fn plural_categories_of_russian_arabic_and_welsh() {
    let en = "n = { $n ->\n    [one] { $n } person\n   *[other] { $n } people\n}\n";
    let ru = "n = { $n ->\n    [one] { $n } человек\n   *[other] { $n } человека\n}\n";
    let found = check(en, ru, "ru");
    let f = &only(&found, Code::MissingPluralCategory)[0];
    assert_eq!(f.arg("categories").unwrap(), "few, many");
    assert_eq!((f.line, f.column), (Some(2), Some(6)));
    let ru_full = "n = { $n ->\n    [one] { $n } человек\n    [few] { $n } человека\n   *[many] { $n } человек\n}\n";
    assert!(only(&check(en, ru_full, "ru"), Code::MissingPluralCategory).is_empty());
    let ar = "n = { $n ->\n    [zero] لا أحد\n    [one] شخص { $n }\n    [two] شخصان { $n }\n   *[other] { $n } أشخاص\n}\n";
    let found = check(en, ar, "ar");
    let f = &only(&found, Code::MissingPluralCategory)[0];
    assert_eq!(f.arg("categories").unwrap(), "few, many");
    let cy = "n = { $n ->\n    [zero] { $n } o bobl\n    [one] { $n } person\n    [two] { $n } berson\n    [few] { $n } pherson\n    [many] { $n } pherson\n   *[other] { $n } person\n}\n";
    assert!(only(&check(en, cy, "cy"), Code::MissingPluralCategory).is_empty());
    let cy_short = cy.replace("    [many] { $n } pherson\n", "");
    assert_eq!(
        only(&check(en, &cy_short, "cy"), Code::MissingPluralCategory)[0]
            .arg("categories")
            .unwrap(),
        "many"
    );
    // A select on something else than a count is not a plural one.
    let gender = "n = { $g ->\n    [female] sie\n   *[other] er\n}\n";
    assert!(only(&check(gender, gender, "ru"), Code::MissingPluralCategory).is_empty());
}

#[test]
fn replacement_character() {
    let found = check("m = Café\n", "m = Caf\u{fffd}\n", "fr");
    let f = &only(&found, Code::ReplacementCharacter)[0];
    assert_eq!((f.column, f.severity), (Some(8), Severity::Warning));
}

#[test]
fn unknown_and_missing_variables() {
    let en = "m = Hello { $name }, you have { $count } masks\n    .title = { $name }\n";
    let found = check(
        en,
        "m = Hallo { $nme }, du hast { $count } Masken\n    .title = { $name }\n",
        "de",
    );
    let unknown = &only(&found, Code::UnknownVariable)[0];
    assert_eq!(
        (unknown.arg("name").unwrap(), unknown.line, unknown.column),
        ("nme", Some(1), Some(13))
    );
    assert_eq!(unknown.severity, Severity::Error);
    let missing = &only(&found, Code::MissingVariable)[0];
    assert_eq!(
        (missing.arg("name").unwrap(), missing.attribute.as_deref()),
        ("name", None)
    );
    assert_eq!(missing.severity, Severity::Warning);
    // A variable shown in one variant only is there.
    let en = "m = { $n -> \n    [one] one mask\n   *[other] { $n } masks\n}\n";
    let ru =
        "m = { $n ->\n    [one] { $n } маска\n    [few] { $n } маски\n   *[many] { $n } масок\n}\n";
    assert!(only(&check(en, ru, "ru"), Code::MissingVariable).is_empty());
}

#[test]
fn term_variables_come_from_callers() {
    let en = "-acc = { $cap ->\n   *[lower] account\n    [upper] Account\n}\nm = { -acc(cap: \"upper\") }\n";
    // Russian declines the term; callers pass the case.
    let ru = "-acc = { $case ->\n   *[nom] аккаунт\n    [gen] аккаунта\n}\nm = { -acc(case: \"gen\") }\n";
    assert!(only(&check(en, ru, "ru"), Code::UnknownVariable).is_empty());
    // Misspelt: callers pass `case`, the term reads `casex`.
    let typo = ru.replace("$case ->", "$casex ->");
    let found = check(en, &typo, "ru");
    let f = &only(&found, Code::UnknownVariable)[0];
    assert_eq!(
        (f.id.as_deref(), f.arg("name").unwrap()),
        (Some("-acc"), "casex")
    );
    // A case kept for later, which no caller asks for and which resembles nothing passed, is fine.
    let later = "-vpn = { $case ->\n   *[nom] VPN\n    [gen] VPN-u\n}\n-acc = A\nm = { -acc }\n";
    let en = "-vpn = VPN\n-acc = A\nm = { -acc }\n";
    assert!(only(&check(en, later, "cs"), Code::UnknownVariable).is_empty());
}

#[test]
fn numbers_in_any_digits_and_separators() {
    let en = "m = We have 2,300 of 10,000 signatures since 3 May 2024.\n";
    let ok = [
        (
            "de",
            "m = Wir haben 2.300 von 10.000 Unterschriften seit dem 3. Mai 2024.\n",
        ),
        (
            "fr",
            "m = Nous avons 2\u{202f}300 signatures sur 10\u{202f}000 depuis le 3 mai 2024.\n",
        ),
        ("ar", "m = لدينا ٢٬٣٠٠ من ١٠٬٠٠٠ توقيع منذ ٣ مايو ٢٠٢٤.\n"),
        ("fa", "m = ۲٬۳۰۰ از ۱۰٬۰۰۰ امضا از ۳ مه ۲۰۲۴.\n"),
        (
            "ja",
            "m = 2024年5月3日以来、１０，０００件中２，３００件の署名。\n",
        ),
        (
            "zh-CN",
            "m = 自2024年5月3日以来，已有2,300/10,000个签名。\n",
        ),
    ];
    for (locale, text) in ok {
        let found = check(en, text, locale);
        assert!(
            only(&found, Code::NumberMismatch).is_empty(),
            "{locale}: {found:?}"
        );
    }
    let found = check(
        en,
        "m = Wir haben 2.300 von 100.000 Unterschriften seit dem 3. Mai 2024.\n",
        "de",
    );
    let f = &only(&found, Code::NumberMismatch)[0];
    assert_eq!(f.arg("expected").unwrap(), "3, 2024, 2300, 10000");
    assert!(f.arg("found").unwrap().contains("100000"), "{:?}", f.args);
    assert_eq!(f.column, Some(25));
    // A single digit written as a word is fine; one replaced by another is not.
    assert!(
        only(
            &check("m = 5 masks\n", "m = fünf Masken\n", "de"),
            Code::NumberMismatch
        )
        .is_empty()
    );
    assert_eq!(
        only(
            &check("m = 5 masks\n", "m = 8 Masken\n", "de"),
            Code::NumberMismatch
        )
        .len(),
        1
    );
    // Numbers inside placeables are not text.
    assert!(
        only(
            &check("m = { NUMBER(5) } x\n", "m = { NUMBER(7) } x\n", "de"),
            Code::NumberMismatch
        )
        .is_empty()
    );
    // `[one] 1 hour` stands for the count.
    let en = "m = { $h ->\n    [one] 1 hour\n   *[other] { $h } hours\n}\n";
    let ru =
        "m = { $h ->\n    [one] { $h } час\n    [few] { $h } часа\n   *[many] { $h } часов\n}\n";
    assert!(only(&check(en, ru, "ru"), Code::NumberMismatch).is_empty());
}

#[test]
fn links_and_addresses_carry_over() {
    let en = "m = Write to press@free-boris.org or see https://free-boris.org/sign.\n";
    let good =
        "m = Schreiben Sie an press@free-boris.org oder sehen Sie https://free-boris.org/sign.\n";
    assert!(
        check(en, good, "de").is_empty(),
        "{:?}",
        check(en, good, "de")
    );
    let bad = "m = Schreiben Sie an presse@free-boris.org oder sehen Sie https://free-boris.org/unterschreiben.\n";
    let found = check(en, bad, "de");
    assert_eq!(
        only(&found, Code::EmailMismatch)[0].arg("found").unwrap(),
        "presse@free-boris.org"
    );
    assert_eq!(
        only(&found, Code::UrlMismatch)[0].arg("expected").unwrap(),
        "https://free-boris.org/sign"
    );
    // An address at an example domain illustrates: translators make up their own.
    let found = check(
        "m = e.g. yourname@example.com\n",
        "m = z. B. ihrname@example.com\n",
        "de",
    );
    assert!(only(&found, Code::EmailMismatch).is_empty());
}

#[test]
fn bidi_controls_are_errors_and_stray_marks_warnings() {
    let found = check("m = Free Boris\n", "m = Freiheit für \u{202e}Boris\n", "de");
    let f = &only(&found, Code::BidiControl)[0];
    assert_eq!((f.severity, f.column), (Severity::Error, Some(18)));
    assert!(
        f.message.contains("U+202E RIGHT-TO-LEFT OVERRIDE"),
        "{}",
        f.message
    );
    let unbalanced = check("m = Free Boris\n", "m = Freiheit für \u{2067}Boris\n", "de");
    assert_eq!(
        only(&unbalanced, Code::BidiControl)[0]
            .arg("problem")
            .unwrap(),
        "unbalanced"
    );
    let balanced = check(
        "m = Free Boris\n",
        "m = Freiheit für \u{2067}Boris\u{2069}\n",
        "de",
    );
    assert!(only(&balanced, Code::BidiControl).is_empty());
    let stray = check("m = Free Boris\n", "m = Freiheit\u{200f} für Boris\n", "de");
    assert_eq!(
        only(&stray, Code::BidiControl)[0].severity,
        Severity::Warning
    );
    // In Arabic text a mark has work to do.
    let ar = check(
        "m = Free Boris (2023)\n",
        "m = الحرية لبوريس\u{200f} (2023)\n",
        "ar",
    );
    assert!(only(&ar, Code::BidiControl).is_empty());
    // Written as an escape in a string literal, it is found too.
    let escaped = check(
        "m = Free Boris\n",
        "m = Freiheit { \"\\u202E\" }Boris\n",
        "de",
    );
    assert_eq!(only(&escaped, Code::BidiControl).len(), 1);
}

#[test]
fn empty_translations() {
    let found = check("m = Free Boris\n", "m = { \"\" }\n", "de");
    assert_eq!(
        only(&found, Code::EmptyTranslation)[0].severity,
        Severity::Error
    );
    let found = check(
        "m = Free Boris\n    .title = T\n",
        "m = Frei\n    .title = { \" \" }\n",
        "de",
    );
    assert_eq!(
        only(&found, Code::EmptyTranslation)[0].attribute.as_deref(),
        Some("title")
    );
    // A variant left empty on purpose with `{ "" }` is how Fluent says "show nothing".
    let en = "m = { $d ->\n    [0] { $h } hours\n   *[other] { $d } days\n}\n";
    let de = "m = { $d ->\n    [0] { \"\" }\n   *[other] { $d } Tage\n}\n";
    assert!(only(&check(en, de, "de"), Code::EmptyTranslation).is_empty());
}

#[test]
fn unchanged_translations_skip_names_short_strings_and_the_same_language() {
    let en = "a = Free the jailed journalists now\nb = Boris Kagarlitsky\nc = Sign here\nd = yourname@example.com and more\n";
    let found = check(en, en, "de");
    let ids: Vec<_> = only(&found, Code::UnchangedTranslation)
        .iter()
        .map(|f| f.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["a"]);
    assert!(only(&check(en, en, "en-GB"), Code::UnchangedTranslation).is_empty());
}

#[test]
fn length_ratio_against_the_usual_for_the_pair() {
    let en = "m = The authorities detained him for his words about the war, not for any crime.\n";
    let short = check(en, "m = Er wurde verhaftet.\n", "de");
    let f = &only(&short, Code::LengthRatio)[0];
    assert!(
        f.arg("ratio").unwrap().parse::<f64>().unwrap() < 0.5,
        "{:?}",
        f.args
    );
    let fine = check(
        en,
        "m = Die Behörden nahmen ihn wegen seiner Worte über den Krieg fest, nicht wegen eines Verbrechens.\n",
        "de",
    );
    assert!(only(&fine, Code::LengthRatio).is_empty());
    // Chinese takes about a third of the letters: not a finding.
    let zh = check(
        en,
        "m = 当局因他对战争的言论而拘留他，而不是因为任何罪行。\n",
        "zh-CN",
    );
    assert!(only(&zh, Code::LengthRatio).is_empty(), "{zh:?}");
}

#[test]
fn one_message_rechecked_alone_matches_the_whole_file() {
    let en = "a = A { $x }\nb = Hello { $name }\n";
    let de = "a = A { $x }\nb = Hallo { $nme }\n";
    let whole = check(en, de, "de");
    let reference_doc = Document::parse(en);
    let target_doc = Document::parse(de);
    let r = Analyzed::of(&reference_doc);
    let entry = target_doc.entry("b").unwrap();
    let facts = facts::of_entry(&target_doc, entry).unwrap();
    let cx = Context::new(&Locale::new("en").unwrap(), &Locale::new("de").unwrap());
    let at = Place {
        locale: "de",
        file: "test.ftl",
    };
    let alone = check_message(r.get("b"), &target_doc, &facts, &cx, at);
    let from_whole: Vec<_> = whole
        .into_iter()
        .filter(|f| f.id.as_deref() == Some("b"))
        .collect();
    assert_eq!(alone, from_whole);
    assert!(alone.iter().any(|f| f.code == Code::UnknownVariable));
}

#[test]
fn every_code_has_a_sentence_and_a_kebab_name() {
    for code in Code::ALL {
        assert!(!english(code, &[]).is_empty());
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
    }
}
