//! The problems' sentences in English: those the validator has always printed (the golden
//! files under tests/fixtures/invalid hold them), byte for byte.

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::{Impossible, MONTH_NAMES};
use crate::core::json::{thousands, JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::Lang;

const L: Lang = Lang::En;

pub fn characters(n: usize) -> String {
    format!("{} characters", grouped(n, ","))
}

fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "source",
        IdSpace::WorkingGroup => "working group",
        IdSpace::Theme => "theme",
        IdSpace::Dialogue => "dialogue",
        IdSpace::Entry => "entry",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true or false",
        JsonKind::Number => "a number",
        JsonKind::String => "a string",
        JsonKind::List => "a list (array)",
        JsonKind::Object => "an object",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "an object",
        Expected::String => "a string",
        Expected::List => "a list (array)",
        Expected::WholeNumber => "a whole number",
        Expected::Text => "text: a string, or an object of translations with `en`",
    }
}

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => format!("the year {year} is out of range"),
        Impossible::NoMonth(month) => format!("there is no month {month}"),
        Impossible::DaysInMonth { year, month, days } => {
            format!("{} {year} has {days} days", MONTH_NAMES[month as usize - 1])
        }
    }
}

pub fn detail(d: &Detail) -> String {
    match d {
        Detail::WideEncoding {
            utf32,
            big_endian,
            byte_order_mark,
        } => {
            let bits = if *utf32 { 32 } else { 16 };
            let order = if *big_endian {
                "big-endian"
            } else {
                "little-endian"
            };
            let mark = if *byte_order_mark {
                ", with a byte-order mark"
            } else {
                ""
            };
            format!("the file is UTF-{bits} ({order}{mark}) text, not UTF-8: save it as UTF-8 and load it again")
        }
        Detail::NotUtf8 { byte } => format!(
            "the file is not UTF-8 text: the byte 0x{byte:02X} here cannot be read (a file saved as Latin-1 or Windows-1252 looks like this); save it as UTF-8"
        ),
        Detail::CutUtf8 => "the file ends in the middle of a UTF-8 character: it is cut short or not UTF-8 text".to_string(),
        Detail::TooLarge { bytes } => format!(
            "the file is too large: {} bytes, at most {} (32 MB)",
            thousands(*bytes),
            thousands(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("JSON syntax error: {}", syntax(s)),
        Detail::Unreadable => "the dataset could not be read".to_string(),
        Detail::SchemaVersion { found } => format!(
            "this dataset is schema version {}, but this version of Dialogue Explorer reads schema version {SCHEMA_VERSION}",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => {
            format!("expected {}, found {}", expected(*e), kind(*found))
        }
        Detail::MissingField { field } => format!("missing required field `{field}`"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => format!("; did you mean `{near}`?"),
                FieldHint::Fields(known) => {
                    format!("; the fields here are {}", quoted_list(known, ", "))
                }
            };
            format!("unknown field `{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("the field `{}` appears twice in this object", field.say(L))
        }
        Detail::SourceWithoutTitle => "a source needs its `title` (the publisher's own, where known) or a `description` (the project's), or both".to_string(),
        Detail::EmptyText => "the text is empty".to_string(),
        Detail::LongText { length, max } => {
            format!("the text is too long: {length} characters, at most {max}")
        }
        Detail::UnsupportedLanguage { code } => format!(
            "`{}` is not a supported language: use one of {}",
            code.say(L),
            LANGUAGES.join(", ")
        ),
        Detail::MissingEnglish => "the English text (`en`) is missing: it is required in every translated text".to_string(),
        Detail::SourceLanguage { found } => format!(
            "`{}` cannot be the source language: the project's own texts are in English, so write `en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}` is not a valid id: use 1 to {ID_MAX} lower-case letters, digits and single hyphens, such as `tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "the {} id `{id}` is used twice; it is already defined at {first}",
            space(*s)
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("; did you mean `{near}`?"))
                .unwrap_or_default();
            format!("there is no {} with the id `{id}`{hint}", space(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("the {} `{}` is listed twice", space(*s), id.say(L))
        }
        Detail::EmptyList => "the list is empty: at least one item is required".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "a whole number".to_string(),
                min => format!("a whole number of at least {min}"),
            };
            format!("expected {expected}, found {found}")
        }
        Detail::NotADate { value } => format!(
            "`{}` is not a date: write YYYY-MM-DD, or YYYY-MM when the day is not known",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => {
            format!("`{}` is not a real date: {}", value.say(L), impossible(*why))
        }
        Detail::NotADay { date } => format!(
            "`{date}` is not a day: write the day the dataset was last brought up to date, as YYYY-MM-DD"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("the session ends ({end}) before it starts ({start})")
        }
        Detail::NotAUrl { value } => format!(
            "`{}` is not a web address: it must start with http:// or https:// and contain no spaces",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}` is not a web address: the character {} cannot be in one as it is; write it as `{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "the source `{source}` has no `url`: readers who find no upcoming dialogue are sent to this page, so it needs its web address"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}` is not one of {}",
            value.say(L),
            quoted_list(allowed, ", ")
        ),
        Detail::TimeZone { value } => format!(
            "`{}` is not a time-zone name such as `Europe/Vienna`",
            value.say(L)
        ),
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "a value",
        Token::FieldName => "a field name in double quotes",
        Token::Colon => "`:` after the field name",
        Token::CommaOrBrace => "`,` or `}`",
        Token::CommaOrBracket => "`,` or `]`",
        Token::HexDigit => "a hexadecimal digit in a \\u escape",
        Token::Digit => "a digit",
        Token::DigitAfterPoint => "a digit after the decimal point",
        Token::DigitInExponent => "a digit in the exponent",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "line break".to_string(),
        Shown::Control(code) => format!("control character {code}"),
        Shown::Invisible(code) => format!("invisible character {code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => {
            format!("unexpected {} after the end of the data", character(*found))
        }
        Syntax::EndsWhere { expected } => {
            format!("the data ends where {} was expected", token(*expected))
        }
        Syntax::ExpectedFound { expected, found } => {
            format!("expected {}, found {}", token(*expected), character(*found))
        }
        Syntax::TooDeep => format!("nested deeper than {MAX_DEPTH} levels"),
        Syntax::TooManyValues => format!(
            "too many values: Dialogue Explorer reads at most {} values, and this is one more",
            thousands(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => format!("expected a value; did you mean `{word}`?"),
        Syntax::TrailingComma { close } => {
            format!("a comma before `{close}` is not allowed in JSON")
        }
        Syntax::UnclosedString => "this string is never closed (missing `\"`)".to_string(),
        Syntax::InString { found } => format!(
            "{} inside a string: write it as an escape such as \\n",
            character(*found)
        ),
        Syntax::InvalidEscape => "invalid \\u escape".to_string(),
        Syntax::UnpairedSurrogate => "unpaired surrogate in a \\u escape".to_string(),
        Syntax::UnknownEscape => {
            "unknown escape: after `\\` use one of \" \\ / b f n r t u".to_string()
        }
        Syntax::LeadingZero => "numbers may not start with 0".to_string(),
    }
}
