//! Every sentence in every language: present, translated, and with what it names.

use super::*;
use crate::core::dataset::{load_bytes, ProblemKind};
use crate::core::json::Token;

/// The variant's place in the enum: the match fails to compile when a variant is added, and
/// [`every_detail`] must then give one of it.
fn variant(d: &Detail) -> usize {
    match d {
        Detail::WideEncoding { .. } => 0,
        Detail::NotUtf8 { .. } => 1,
        Detail::CutUtf8 => 2,
        Detail::TooLarge { .. } => 3,
        Detail::Syntax(_) => 4,
        Detail::Unreadable => 5,
        Detail::SchemaVersion { .. } => 6,
        Detail::WrongType { .. } => 7,
        Detail::MissingField { .. } => 8,
        Detail::UnknownField { .. } => 9,
        Detail::RepeatedField { .. } => 10,
        Detail::SourceWithoutTitle => 11,
        Detail::EmptyText => 12,
        Detail::LongText { .. } => 13,
        Detail::UnsupportedLanguage { .. } => 14,
        Detail::MissingEnglish => 15,
        Detail::SourceLanguage { .. } => 16,
        Detail::InvalidId { .. } => 17,
        Detail::DuplicateId { .. } => 18,
        Detail::UnknownId { .. } => 19,
        Detail::ListedTwice { .. } => 20,
        Detail::EmptyList => 21,
        Detail::Number { .. } => 22,
        Detail::NotADate { .. } => 23,
        Detail::ImpossibleDate { .. } => 24,
        Detail::NotADay { .. } => 25,
        Detail::SessionEndsBeforeStart { .. } => 26,
        Detail::NotAUrl { .. } => 27,
        Detail::UrlCharacter { .. } => 28,
        Detail::AnnouncementsWithoutUrl { .. } => 29,
        Detail::NotOneOf { .. } => 30,
        Detail::TimeZone { .. } => 31,
    }
}
const VARIANTS: usize = 32;

fn syntax_variant(s: &Syntax) -> usize {
    match s {
        Syntax::AfterEnd { .. } => 0,
        Syntax::EndsWhere { .. } => 1,
        Syntax::ExpectedFound { .. } => 2,
        Syntax::TooDeep => 3,
        Syntax::TooManyValues => 4,
        Syntax::DidYouMean { .. } => 5,
        Syntax::TrailingComma { .. } => 6,
        Syntax::UnclosedString => 7,
        Syntax::InString { .. } => 8,
        Syntax::InvalidEscape => 9,
        Syntax::UnpairedSurrogate => 10,
        Syntax::UnknownEscape => 11,
        Syntax::LeadingZero => 12,
    }
}
const SYNTAX_VARIANTS: usize = 13;

const TOKENS: [Token; 9] = [
    Token::Value,
    Token::FieldName,
    Token::Colon,
    Token::CommaOrBrace,
    Token::CommaOrBracket,
    Token::HexDigit,
    Token::Digit,
    Token::DigitAfterPoint,
    Token::DigitInExponent,
];

const KINDS: [JsonKind; 6] = [
    JsonKind::Null,
    JsonKind::Bool,
    JsonKind::Number,
    JsonKind::String,
    JsonKind::List,
    JsonKind::Object,
];

const SPACES: [IdSpace; 5] = [
    IdSpace::Source,
    IdSpace::WorkingGroup,
    IdSpace::Theme,
    IdSpace::Dialogue,
    IdSpace::Entry,
];

fn q(s: &str) -> Quoted {
    Quoted::of(s)
}

/// Every syntax error, with each token and each kind of character it can name.
fn every_syntax() -> Vec<Syntax> {
    let mut all = vec![
        Syntax::TooDeep,
        Syntax::TooManyValues,
        Syntax::DidYouMean { word: "true" },
        Syntax::TrailingComma { close: '}' },
        Syntax::TrailingComma { close: ']' },
        Syntax::UnclosedString,
        Syntax::InvalidEscape,
        Syntax::UnpairedSurrogate,
        Syntax::UnknownEscape,
        Syntax::LeadingZero,
    ];
    for found in ['x', '\n', '\u{1}', '\u{202e}'] {
        all.push(Syntax::AfterEnd { found });
        all.push(Syntax::InString { found });
        for expected in TOKENS {
            all.push(Syntax::ExpectedFound { expected, found });
        }
    }
    for expected in TOKENS {
        all.push(Syntax::EndsWhere { expected });
    }
    all
}

/// One of each sentence, and every form of each: each kind of value, of id, of hint.
fn every_detail() -> Vec<Detail> {
    let mut all = vec![
        Detail::NotUtf8 { byte: 0xE9 },
        Detail::CutUtf8,
        Detail::TooLarge { bytes: 40_000_000 },
        Detail::Unreadable,
        Detail::SchemaVersion { found: q("2") },
        Detail::MissingField {
            field: "working_groups".into(),
        },
        Detail::UnknownField {
            field: q("titel"),
            hint: FieldHint::DidYouMean("title"),
        },
        Detail::UnknownField {
            field: q("colour"),
            hint: FieldHint::Fields(vec!["id", "title", "kind"]),
        },
        Detail::RepeatedField { field: q("en") },
        Detail::SourceWithoutTitle,
        Detail::EmptyText,
        Detail::LongText {
            length: 2345,
            max: 2000,
        },
        Detail::UnsupportedLanguage { code: q("de") },
        Detail::MissingEnglish,
        Detail::SourceLanguage { found: q("fr") },
        Detail::InvalidId { id: q("Tip 2023") },
        Detail::InvalidId {
            id: q(&"z".repeat(1_000)),
        },
        Detail::EmptyList,
        Detail::Number {
            min: 0,
            found: NumberFound::Number(q("-3")),
        },
        Detail::Number {
            min: 1,
            found: NumberFound::Other(JsonKind::String),
        },
        Detail::NotADate {
            value: q("2023/10/04"),
        },
        Detail::NotADay {
            date: PartialDate::parse("2025-10").unwrap(),
        },
        Detail::SessionEndsBeforeStart {
            start: PartialDate::day(2023, 10, 4),
            end: PartialDate::day(2023, 10, 2),
        },
        Detail::NotAUrl {
            value: q("www.unodc.org"),
        },
        Detail::UrlCharacter {
            value: q("https://example.org/\""),
            character: '"',
        },
        Detail::UrlCharacter {
            value: q("https://exa\u{202e}mple.org/"),
            character: '\u{202e}',
        },
        Detail::AnnouncementsWithoutUrl {
            source: "unodc-page".into(),
        },
        Detail::NotOneOf {
            value: q("offical"),
            allowed: vec!["official", "secondary"],
        },
        Detail::TimeZone { value: q("Vienna") },
    ];
    for utf32 in [false, true] {
        for big_endian in [false, true] {
            for byte_order_mark in [false, true] {
                all.push(Detail::WideEncoding {
                    utf32,
                    big_endian,
                    byte_order_mark,
                });
            }
        }
    }
    for expected in [
        Expected::Object,
        Expected::String,
        Expected::List,
        Expected::WholeNumber,
        Expected::Text,
    ] {
        for found in KINDS {
            all.push(Detail::WrongType { expected, found });
        }
    }
    for space in SPACES {
        all.push(Detail::DuplicateId {
            space,
            id: "tip-2023".into(),
            first: Pos {
                line: 12,
                column: 7,
            },
        });
        all.push(Detail::UnknownId {
            space,
            id: "tip-2032".into(),
            near: Some("tip-2023".into()),
        });
        all.push(Detail::UnknownId {
            space,
            id: "nowhere".into(),
            near: None,
        });
        all.push(Detail::ListedTwice {
            space,
            id: q("tip-2023"),
        });
    }
    for why in [
        Impossible::YearOutOfRange(1899),
        Impossible::NoMonth(13),
        Impossible::DaysInMonth {
            year: 2023,
            month: 2,
            days: 28,
        },
        Impossible::DaysInMonth {
            year: 2023,
            month: 8,
            days: 31,
        },
    ] {
        all.push(Detail::ImpossibleDate {
            value: q("2023-02-29"),
            why,
        });
    }
    all.extend(every_syntax().into_iter().map(Detail::Syntax));
    all
}

/// The `code` of a sentence: what is between backticks (of a value cut short, what is shown
/// of it, its length being said in each language).
fn literals(sentence: &str) -> Vec<String> {
    sentence
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|l| match l.split_once('…') {
            Some((shown, _)) => format!("`{shown}…"),
            None => format!("`{l}`"),
        })
        .collect()
}

/// The numbers of a sentence, however their digits are grouped.
fn numbers(sentence: &str) -> Vec<String> {
    let chars: Vec<char> = sentence.chars().collect();
    let mut out = Vec::new();
    let mut run = String::new();
    for (i, c) in chars.iter().enumerate() {
        let separator = [',', '\u{a0}', '\u{202f}'].contains(c)
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            run.push(*c);
        } else if !separator && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// What each language must keep of the English sentence, and must not be.
fn check(english: &str, lang: Lang, said: &str) -> Result<(), String> {
    if said.trim().is_empty() {
        return Err("empty".into());
    }
    if said == english {
        return Err("the English sentence".into());
    }
    for literal in literals(english) {
        if !said.contains(&literal) {
            return Err(format!("lacks {literal}"));
        }
    }
    let theirs = numbers(said).join(" ");
    for n in numbers(english) {
        if !numbers(said).contains(&n) {
            return Err(format!("lacks the number {n} (has {theirs})"));
        }
    }
    if lang == Lang::Fr && [" :", " ;", " ?", " !"].iter().any(|p| said.contains(p)) {
        return Err("an ordinary space before French : ; ? !".into());
    }
    Ok(())
}

#[test]
fn every_variant_is_given() {
    let details = every_detail();
    let mut seen = [false; VARIANTS];
    for d in &details {
        seen[variant(d)] = true;
    }
    assert!(seen.iter().all(|s| *s), "{seen:?}");
    let mut seen = [false; SYNTAX_VARIANTS];
    for s in every_syntax() {
        seen[syntax_variant(&s)] = true;
    }
    assert!(seen.iter().all(|s| *s), "{seen:?}");
}

#[test]
fn every_sentence_is_said_in_every_language_with_what_it_names() {
    let mut wrong = Vec::new();
    for d in every_detail() {
        let english = d.say(Lang::En);
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let said = d.say(lang);
            if let Err(why) = check(&english, lang, &said) {
                wrong.push(format!("{}: {why}: {said}\n  (en: {english})", lang.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_problems_of_the_invalid_fixtures_are_said_in_every_language() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() > 10);
    let mut wrong = Vec::new();
    let mut said_count = 0;
    for file in files {
        let problems = load_bytes(&std::fs::read(&file).unwrap()).unwrap_err();
        for p in &problems {
            assert_eq!(p.say(Lang::En), p.message);
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                let said = p.say(lang);
                said_count += 1;
                if let Err(why) = check(&p.message, lang, &said) {
                    wrong.push(format!(
                        "{}: {}: {why}: {said}",
                        file.display(),
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(said_count > 100, "{said_count}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_cut_value_says_its_length_in_the_language() {
    let long = Quoted::of(&"x".repeat(100_000));
    assert!(long.say(Lang::En).ends_with("… (100,000 characters)"));
    assert!(long
        .say(Lang::Fr)
        .ends_with("… (100\u{202f}000\u{a0}caractères)"));
    assert!(long
        .say(Lang::Ru)
        .ends_with("… (100\u{a0}000\u{a0}символов)"));
    assert!(long.say(Lang::Zh).ends_with("… (100,000个字符)"));
    assert_eq!(
        Quoted::of("a\u{202e}b").say(Lang::Ar),
        Quoted::of("a\u{202e}b").say(Lang::En)
    );
}

#[test]
fn plural_and_case_forms_follow_the_number() {
    let days = |days| Detail::ImpossibleDate {
        value: q("2023-02-31"),
        why: Impossible::DaysInMonth {
            year: 2023,
            month: 2,
            days,
        },
    };
    assert!(days(28)
        .say(Lang::Ru)
        .ends_with("в феврале 2023 г. 28 дней"));
    assert!(days(31)
        .say(Lang::Ru)
        .ends_with("в феврале 2023 г. 31 день"));
    assert!(days(28)
        .say(Lang::Fr)
        .ends_with("février 2023 compte 28\u{a0}jours"));
    let bytes = |bytes| Detail::TooLarge { bytes }.say(Lang::Ru);
    assert!(bytes(33_554_433).contains("33\u{a0}554\u{a0}433\u{a0}байта"));
    assert!(bytes(33_554_435).contains("33\u{a0}554\u{a0}435\u{a0}байт,"));
}

#[test]
fn a_problem_speaks_the_language_asked_for() {
    let p = load_bytes(b"{\"schema_version\": 1, \"sources\": 3}").unwrap_err();
    let wrong = p.iter().find(|p| p.kind == ProblemKind::WrongType).unwrap();
    assert_eq!(wrong.message, "expected a list (array), found a number");
    assert_eq!(
        wrong.say(Lang::Fr),
        "valeur attendue\u{a0}: une liste (tableau)\u{202f}; valeur trouvée\u{a0}: un nombre"
    );
    assert_eq!(wrong.say(Lang::Zh), "应为列表（数组），实为数字");
}

#[test]
fn every_kind_of_id_has_its_own_place_below_the_count() {
    use IdSpace::*;
    let all = [Source, WorkingGroup, Theme, Dialogue, Entry];
    for (place, space) in all.into_iter().enumerate() {
        // Fails to compile when a kind is added: it then needs a place, and COUNT one more.
        match space {
            Source | WorkingGroup | Theme | Dialogue | Entry => assert_eq!(space as usize, place),
        }
    }
    assert_eq!(all.len(), IdSpace::COUNT);
}
