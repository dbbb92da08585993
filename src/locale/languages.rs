//! What a locale is called by its own speakers, and which way its text runs.
//!
//! Chorus shows languages by their own names (autonyms) wherever a translator picks or reads one: the
//! overview's "Add locale" list, and the index page of an export, which lists each statement's languages
//! so that a reader finds theirs without knowing English. The writing direction decides the layout of
//! right-to-left text, both in the editor's text fields and in the `dir` attribute of exported HTML.
//!
//! The data is a pair of small static tables written for Chorus: one name per language subtag, and a few
//! names for common regional and script variants. Anything else is named from its parts, for example
//! `de-LU` as "Deutsch (LU)".

use crate::base::ids::Locale;

/// Writing direction of a locale's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as written in HTML's `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The language's own name (autonym) for a locale, e.g. "русский" for `ru`, "português (Brasil)" for
/// `pt-BR`, "中文（中国）" for `zh-CN`, "العربية" for `ar`. `None` when the language is not in the table.
///
/// Script and region subtags use a name from the variant table when there is one; otherwise their codes
/// are added in brackets, as are any variant subtags: `de-LU` gives "Deutsch (LU)", `ca-valencia`
/// "català (valencia)". A region's own name is only used when the tag has no script subtag.
pub fn autonym(locale: &Locale) -> Option<String> {
    let id = locale.language_identifier();
    let language = id.language.as_str();
    let mut name = lookup(LANGUAGES, language)?;
    let script = id.script.as_ref().map(|script| script.as_str());
    let region = id.region.as_ref().map(|region| region.as_str());

    let mut notes: Vec<&str> = Vec::new();
    if let Some(script) = script {
        match variant_name(language, script) {
            Some(named) => name = named,
            None => notes.push(script),
        }
    }
    if let Some(region) = region {
        match variant_name(language, region) {
            Some(named) if script.is_none() => name = named,
            _ => notes.push(region),
        }
    }
    notes.extend(id.variants().map(|variant| variant.as_str()));

    if notes.is_empty() {
        return Some(name.to_owned());
    }
    let notes = notes.join(", ");
    Some(if FULLWIDTH_BRACKETS.contains(&language) {
        format!("{name}（{notes}）")
    } else {
        format!("{name} ({notes})")
    })
}

/// Writing direction of a locale. A script subtag decides when there is one (`az-Arab` is right-to-left,
/// `az-Latn` left-to-right); otherwise the language's usual script does.
pub fn direction(locale: &Locale) -> Direction {
    let id = locale.language_identifier();
    let rtl = match &id.script {
        Some(script) => RTL_SCRIPTS.binary_search(&script.as_str()).is_ok(),
        None => RTL_LANGUAGES.binary_search(&id.language.as_str()).is_ok(),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .binary_search_by_key(&key, |&(code, _)| code)
        .ok()
        .map(|index| table[index].1)
}

fn variant_name(language: &str, subtag: &str) -> Option<&'static str> {
    VARIANTS
        .binary_search_by_key(&(language, subtag), |&(l, s, _)| (l, s))
        .ok()
        .map(|index| VARIANTS[index].2)
}

/// Languages that write brackets full width, without a space before them.
const FULLWIDTH_BRACKETS: &[&str] = &["ja", "yue", "zh"];

/// Language subtag → the language's name in itself. Sorted by subtag (byte order).
const LANGUAGES: &[(&str, &str)] = &[
    ("aa", "Qafar"),
    ("ab", "аԥсшәа"),
    ("ace", "Acèh"),
    ("ach", "Acholi"),
    ("ady", "адыгабзэ"),
    ("af", "Afrikaans"),
    ("ak", "Akan"),
    ("am", "አማርኛ"),
    ("an", "aragonés"),
    ("ar", "العربية"),
    ("arn", "Mapudungun"),
    ("as", "অসমীয়া"),
    ("ast", "asturianu"),
    ("av", "авар мацӀ"),
    ("ay", "Aymar aru"),
    ("az", "azərbaycan"),
    ("ba", "башҡорт теле"),
    ("be", "беларуская"),
    ("bg", "български"),
    ("bho", "भोजपुरी"),
    ("bi", "Bislama"),
    ("bm", "bamanakan"),
    ("bn", "বাংলা"),
    ("bo", "བོད་སྐད་"),
    ("br", "brezhoneg"),
    ("brx", "बड़ो"),
    ("bs", "bosanski"),
    ("ca", "català"),
    ("cak", "Kaqchikel"),
    ("ce", "нохчийн"),
    ("ceb", "Cebuano"),
    ("ch", "Chamoru"),
    ("chr", "ᏣᎳᎩ"),
    ("ckb", "کوردیی ناوەندی"),
    ("co", "corsu"),
    ("cr", "ᓀᐦᐃᔭᐍᐏᐣ"),
    ("crh", "qırımtatar tili"),
    ("cs", "čeština"),
    ("csb", "kaszëbsczi"),
    ("cv", "чӑваш"),
    ("cy", "Cymraeg"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("doi", "डोगरी"),
    ("dsb", "dolnoserbšćina"),
    ("dv", "ދިވެހިބަސް"),
    ("dz", "རྫོང་ཁ"),
    ("ee", "Eʋegbe"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("eo", "esperanto"),
    ("es", "español"),
    ("et", "eesti"),
    ("eu", "euskara"),
    ("fa", "فارسی"),
    ("ff", "Pulaar"),
    ("fi", "suomi"),
    ("fil", "Filipino"),
    ("fj", "Na Vosa Vakaviti"),
    ("fo", "føroyskt"),
    ("fr", "français"),
    ("frp", "arpitan"),
    ("fur", "furlan"),
    ("fy", "Frysk"),
    ("ga", "Gaeilge"),
    ("gd", "Gàidhlig"),
    ("gl", "galego"),
    ("gn", "avañe’ẽ"),
    ("gom", "गोंयची कोंकणी"),
    ("gsw", "Schwiizertüütsch"),
    ("gu", "ગુજરાતી"),
    ("gv", "Gaelg"),
    ("ha", "Hausa"),
    ("haw", "ʻŌlelo Hawaiʻi"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hmn", "Hmoob"),
    ("ho", "Hiri Motu"),
    ("hr", "hrvatski"),
    ("hsb", "hornjoserbšćina"),
    ("ht", "kreyòl ayisyen"),
    ("hu", "magyar"),
    ("hy", "հայերեն"),
    ("hyw", "Արեւմտահայերէն"),
    ("hz", "Otjiherero"),
    ("ia", "interlingua"),
    ("id", "Indonesia"),
    ("ie", "Interlingue"),
    ("ig", "Igbo"),
    ("ii", "ꆈꌠꉙ"),
    ("ik", "Iñupiatun"),
    ("io", "Ido"),
    ("is", "íslenska"),
    ("it", "italiano"),
    ("iu", "ᐃᓄᒃᑎᑐᑦ"),
    ("ja", "日本語"),
    ("jv", "Jawa"),
    ("ka", "ქართული"),
    ("kaa", "qaraqalpaqsha"),
    ("kab", "Taqbaylit"),
    ("kbd", "адыгэбзэ"),
    ("kg", "Kikongo"),
    ("ki", "Gikuyu"),
    ("kj", "Oshikwanyama"),
    ("kk", "қазақ тілі"),
    ("kl", "kalaallisut"),
    ("km", "ខ្មែរ"),
    ("kn", "ಕನ್ನಡ"),
    ("ko", "한국어"),
    ("kok", "कोंकणी"),
    ("kr", "Kanuri"),
    ("ks", "کٲشُر"),
    ("ku", "kurdî"),
    ("kv", "коми кыв"),
    ("kw", "kernewek"),
    ("ky", "кыргызча"),
    ("la", "Latina"),
    ("lb", "Lëtzebuergesch"),
    ("lg", "Luganda"),
    ("li", "Limburgs"),
    ("lij", "ligure"),
    ("lld", "ladin"),
    ("ln", "lingála"),
    ("lo", "ລາວ"),
    ("lt", "lietuvių"),
    ("ltg", "latgalīšu"),
    ("lu", "Tshiluba"),
    ("luo", "Dholuo"),
    ("lv", "latviešu"),
    ("mai", "मैथिली"),
    ("mg", "Malagasy"),
    ("mh", "Kajin M̧ajeļ"),
    ("mi", "Māori"),
    ("mk", "македонски"),
    ("ml", "മലയാളം"),
    ("mn", "монгол"),
    ("mni", "মৈতৈলোন্"),
    ("mr", "मराठी"),
    ("ms", "Melayu"),
    ("mt", "Malti"),
    ("my", "မြန်မာ"),
    ("myv", "эрзянь кель"),
    ("na", "Dorerin Naoero"),
    ("nb", "norsk bokmål"),
    ("nd", "isiNdebele"),
    ("nds", "Neddersass’sch"),
    ("ne", "नेपाली"),
    ("ng", "Oshindonga"),
    ("nl", "Nederlands"),
    ("nn", "norsk nynorsk"),
    ("no", "norsk"),
    ("nqo", "ߒߞߏ"),
    ("nr", "isiNdebele seSewula"),
    ("nso", "Sesotho sa Leboa"),
    ("nv", "Diné bizaad"),
    ("ny", "Chichewa"),
    ("oc", "occitan"),
    ("oj", "Anishinaabemowin"),
    ("om", "Oromoo"),
    ("or", "ଓଡ଼ିଆ"),
    ("os", "ирон"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("pap", "Papiamentu"),
    ("pl", "polski"),
    ("ppl", "Nawat"),
    ("ps", "پښتو"),
    ("pt", "português"),
    ("qu", "Runasimi"),
    ("quc", "K’iche’"),
    ("rm", "rumantsch"),
    ("rn", "Ikirundi"),
    ("ro", "română"),
    ("ru", "русский"),
    ("rw", "Kinyarwanda"),
    ("sa", "संस्कृत भाषा"),
    ("sah", "саха тыла"),
    ("sat", "ᱥᱟᱱᱛᱟᱲᱤ"),
    ("sc", "sardu"),
    ("scn", "sicilianu"),
    ("sco", "Scots"),
    ("sd", "سنڌي"),
    ("se", "davvisámegiella"),
    ("sg", "Sängö"),
    ("shi", "ⵜⴰⵛⵍⵃⵉⵜ"),
    ("si", "සිංහල"),
    ("sk", "slovenčina"),
    ("skr", "سرائیکی"),
    ("sl", "slovenščina"),
    ("sm", "Gagana faʻa Sāmoa"),
    ("sma", "Åarjelsaemien gïele"),
    ("smj", "julevsámegiella"),
    ("smn", "anarâškielâ"),
    ("sms", "sääʹmǩiõll"),
    ("sn", "chiShona"),
    ("so", "Soomaali"),
    ("sq", "shqip"),
    ("sr", "српски"),
    ("ss", "siSwati"),
    ("st", "Sesotho"),
    ("su", "Basa Sunda"),
    ("sv", "svenska"),
    ("sw", "Kiswahili"),
    ("syr", "ܣܘܪܝܝܐ"),
    ("szl", "ślōnski"),
    ("ta", "தமிழ்"),
    ("te", "తెలుగు"),
    ("tg", "тоҷикӣ"),
    ("th", "ไทย"),
    ("ti", "ትግርኛ"),
    ("tk", "türkmen dili"),
    ("tl", "Tagalog"),
    ("tn", "Setswana"),
    ("to", "lea fakatonga"),
    ("tok", "toki pona"),
    ("tr", "Türkçe"),
    ("trs", "Triqui"),
    ("ts", "Xitsonga"),
    ("tt", "татар"),
    ("tw", "Twi"),
    ("ty", "reo Tahiti"),
    ("udm", "удмурт кыл"),
    ("ug", "ئۇيغۇرچە"),
    ("uk", "українська"),
    ("ur", "اردو"),
    ("uz", "o‘zbek"),
    ("ve", "Tshivenḓa"),
    ("vec", "vèneto"),
    ("vi", "Tiếng Việt"),
    ("vo", "Volapük"),
    ("wa", "walon"),
    ("wo", "Wolof"),
    ("wuu", "吴语"),
    ("xh", "isiXhosa"),
    ("yi", "ייִדיש"),
    ("yo", "Èdè Yorùbá"),
    ("yue", "粵語"),
    ("za", "Vahcuengh"),
    ("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
    ("zh", "中文"),
    ("zu", "isiZulu"),
];

/// (language, script or region subtag) → the variant's name in its language. Sorted by the pair (byte
/// order).
const VARIANTS: &[(&str, &str, &str)] = &[
    ("az", "Arab", "تۆرکجه"),
    ("az", "Cyrl", "азәрбајҹан"),
    ("az", "Latn", "azərbaycan"),
    ("bn", "BD", "বাংলা (বাংলাদেশ)"),
    ("bn", "IN", "বাংলা (ভারত)"),
    ("bs", "Cyrl", "босански"),
    ("bs", "Latn", "bosanski"),
    ("de", "AT", "Deutsch (Österreich)"),
    ("de", "CH", "Deutsch (Schweiz)"),
    ("de", "DE", "Deutsch (Deutschland)"),
    ("en", "AU", "English (Australia)"),
    ("en", "CA", "English (Canada)"),
    ("en", "GB", "English (United Kingdom)"),
    ("en", "IE", "English (Ireland)"),
    ("en", "IN", "English (India)"),
    ("en", "NZ", "English (New Zealand)"),
    ("en", "US", "English (United States)"),
    ("en", "ZA", "English (South Africa)"),
    ("es", "419", "español (Latinoamérica)"),
    ("es", "AR", "español (Argentina)"),
    ("es", "CL", "español (Chile)"),
    ("es", "CO", "español (Colombia)"),
    ("es", "ES", "español (España)"),
    ("es", "MX", "español (México)"),
    ("es", "US", "español (Estados Unidos)"),
    ("fr", "BE", "français (Belgique)"),
    ("fr", "CA", "français (Canada)"),
    ("fr", "CH", "français (Suisse)"),
    ("fr", "FR", "français (France)"),
    ("fy", "NL", "Frysk (Nederlân)"),
    ("ga", "IE", "Gaeilge (Éire)"),
    ("gu", "IN", "ગુજરાતી (ભારત)"),
    ("hi", "IN", "हिन्दी (भारत)"),
    ("hy", "AM", "հայերեն (Հայաստան)"),
    ("it", "CH", "italiano (Svizzera)"),
    ("it", "IT", "italiano (Italia)"),
    ("ks", "Deva", "कॉशुर"),
    ("ku", "Arab", "کوردی"),
    ("mn", "Mong", "ᠮᠣᠩᠭᠣᠯ"),
    ("nb", "NO", "norsk bokmål (Norge)"),
    ("ne", "NP", "नेपाली (नेपाल)"),
    ("nl", "BE", "Nederlands (België)"),
    ("nl", "NL", "Nederlands (Nederland)"),
    ("nn", "NO", "norsk nynorsk (Noreg)"),
    ("pa", "Arab", "پنجابی"),
    ("pa", "Guru", "ਪੰਜਾਬੀ"),
    ("pa", "IN", "ਪੰਜਾਬੀ (ਭਾਰਤ)"),
    ("pa", "PK", "پنجابی (پاکستان)"),
    ("pt", "BR", "português (Brasil)"),
    ("pt", "PT", "português (Portugal)"),
    ("sd", "Deva", "सिन्धी"),
    ("sr", "Cyrl", "српски"),
    ("sr", "Latn", "srpski"),
    ("sv", "FI", "svenska (Finland)"),
    ("sv", "SE", "svenska (Sverige)"),
    ("uz", "Arab", "اوزبیک"),
    ("uz", "Cyrl", "ўзбекча"),
    ("uz", "Latn", "o‘zbek"),
    ("zh", "CN", "中文（中国）"),
    ("zh", "HK", "中文（香港）"),
    ("zh", "Hans", "简体中文"),
    ("zh", "Hant", "繁體中文"),
    ("zh", "MO", "中文（澳門）"),
    ("zh", "SG", "中文（新加坡）"),
    ("zh", "TW", "中文（台灣）"),
];

/// Languages written right to left in their usual script, when the tag names no script. Sorted.
const RTL_LANGUAGES: &[&str] = &[
    "aeb", // Tunisian Arabic
    "apc", // Levantine Arabic
    "ar",  // Arabic
    "arc", // Aramaic
    "arq", // Algerian Arabic
    "ars", // Najdi Arabic
    "ary", // Moroccan Arabic
    "arz", // Egyptian Arabic
    "azb", // South Azerbaijani
    "bal", // Balochi
    "bqi", // Bakhtiari
    "ckb", // Central Kurdish
    "dv",  // Dhivehi
    "fa",  // Persian
    "glk", // Gilaki
    "he",  // Hebrew
    "iw",  // Hebrew, old code
    "ji",  // Yiddish, old code
    "khw", // Khowar
    "ks",  // Kashmiri
    "lrc", // Northern Luri
    "mzn", // Mazanderani
    "nqo", // N'Ko
    "pnb", // Western Punjabi
    "prs", // Dari
    "ps",  // Pashto
    "rhg", // Rohingya
    "sd",  // Sindhi
    "sdh", // Southern Kurdish
    "skr", // Saraiki
    "syr", // Syriac
    "ug",  // Uyghur
    "ur",  // Urdu
    "yi",  // Yiddish
];

/// ISO 15924 codes of scripts written right to left. Sorted.
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Gara", "Hatr", "Hebr", "Hung",
    "Khar", "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr",
    "Palm", "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Syre",
    "Syrj", "Syrn", "Thaa", "Yezi",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> Locale {
        Locale::new(tag).unwrap()
    }

    fn name(tag: &str) -> Option<String> {
        autonym(&locale(tag))
    }

    #[test]
    fn languages_are_named_in_themselves() {
        assert_eq!(name("ru").as_deref(), Some("русский"));
        assert_eq!(name("uk").as_deref(), Some("українська"));
        assert_eq!(name("ar").as_deref(), Some("العربية"));
        assert_eq!(name("zh-CN").as_deref(), Some("中文（中国）"));
        assert_eq!(name("pt-BR").as_deref(), Some("português (Brasil)"));
        assert_eq!(name("es-419").as_deref(), Some("español (Latinoamérica)"));
        assert_eq!(name("sr-Latn").as_deref(), Some("srpski"));
        assert_eq!(name("sr-Cyrl").as_deref(), Some("српски"));
        assert_eq!(name("pa-IN").as_deref(), Some("ਪੰਜਾਬੀ (ਭਾਰਤ)"));
    }

    #[test]
    fn other_variants_are_named_from_their_codes() {
        assert_eq!(name("de-LU").as_deref(), Some("Deutsch (LU)"));
        assert_eq!(name("zh-SG").as_deref(), Some("中文（新加坡）"));
        assert_eq!(name("ja-JP").as_deref(), Some("日本語（JP）"));
        assert_eq!(name("ru-Latn").as_deref(), Some("русский (Latn)"));
        assert_eq!(name("zh-Hant-TW").as_deref(), Some("繁體中文（TW）"));
        assert_eq!(name("ca-valencia").as_deref(), Some("català (valencia)"));
    }

    #[test]
    fn unknown_languages_have_no_name() {
        assert_eq!(name("qaa"), None);
        assert_eq!(name("qaa-BR"), None);
    }

    #[test]
    fn directions() {
        for tag in [
            "ar", "he", "fa", "ur", "ckb", "az-Arab", "pa-Arab", "ff-Adlm", "ar-EG",
        ] {
            assert_eq!(direction(&locale(tag)), Direction::Rtl, "{tag}");
        }
        for tag in ["en", "zh-CN", "az-Latn", "az", "ku", "sd-Deva", "pa"] {
            assert_eq!(direction(&locale(tag)), Direction::Ltr, "{tag}");
        }
        assert_eq!(Direction::Rtl.as_str(), "rtl");
        assert_eq!(Direction::Ltr.as_str(), "ltr");
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        for pair in LANGUAGES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for pair in VARIANTS.windows(2) {
            let (a, b) = ((pair[0].0, pair[0].1), (pair[1].0, pair[1].1));
            assert!(a < b, "{a:?} before {b:?}");
        }
        for table in [RTL_LANGUAGES, RTL_SCRIPTS] {
            for pair in table.windows(2) {
                assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
            }
        }
        // Every variant belongs to a language with a name of its own.
        for (language, _, _) in VARIANTS {
            assert!(lookup(LANGUAGES, language).is_some(), "{language}");
        }
        assert!(LANGUAGES.len() >= 150);
    }
}
