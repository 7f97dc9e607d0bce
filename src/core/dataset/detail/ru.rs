//! Фразы о проблемах на русском языке.

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::Impossible;
use crate::core::json::{JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::{plural_ru, Lang};

const L: Lang = Lang::Ru;

fn number(n: usize) -> String {
    grouped(n, "\u{a0}")
}

pub fn characters(n: usize) -> String {
    format!(
        "{}\u{a0}{}",
        number(n),
        plural_ru(n, "символ", "символа", "символов")
    )
}

/// Именительный падеж.
fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "источник",
        IdSpace::WorkingGroup => "рабочая группа",
        IdSpace::Theme => "тема",
        IdSpace::Dialogue => "диалог",
        IdSpace::Entry => "запись",
    }
}

/// Родительный падеж: «нет источника».
fn space_genitive(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "источника",
        IdSpace::WorkingGroup => "рабочей группы",
        IdSpace::Theme => "темы",
        IdSpace::Dialogue => "диалога",
        IdSpace::Entry => "записи",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true или false",
        JsonKind::Number => "число",
        JsonKind::String => "строка",
        JsonKind::List => "список (массив)",
        JsonKind::Object => "объект",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "объект",
        Expected::String => "строка",
        Expected::List => "список (массив)",
        Expected::WholeNumber => "целое число",
        Expected::Text => "текст (строка или объект переводов с `en`)",
    }
}

/// Предложный падеж: «в феврале».
const MONTHS_PREPOSITIONAL: [&str; 12] = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
];

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => format!("год {year} вне допустимого диапазона"),
        Impossible::NoMonth(month) => format!("месяца {month} не существует"),
        Impossible::DaysInMonth { year, month, days } => {
            let n = usize::from(days);
            format!(
                "в {} {year} г. {days} {}",
                MONTHS_PREPOSITIONAL[month as usize - 1],
                plural_ru(n, "день", "дня", "дней")
            )
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
                ", с меткой порядка байтов"
            } else {
                ""
            };
            format!("файл записан в кодировке UTF-{bits} ({order}{mark}), а не UTF-8: сохраните его в UTF-8 и загрузите снова")
        }
        Detail::NotUtf8 { byte } => format!(
            "файл не является текстом в UTF-8: байт 0x{byte:02X} здесь не читается (так выглядит файл, сохраненный в Latin-1 или Windows-1252); сохраните его в UTF-8"
        ),
        Detail::CutUtf8 => "файл обрывается посреди символа UTF-8: он неполный или не является текстом в UTF-8".to_string(),
        Detail::TooLarge { bytes } => format!(
            "файл слишком большой: {}\u{a0}{}, а допускается не более {} (32\u{a0}МБ)",
            number(*bytes),
            plural_ru(*bytes, "байт", "байта", "байт"),
            number(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("синтаксическая ошибка JSON: {}", syntax(s)),
        Detail::Unreadable => "не удалось прочитать набор данных".to_string(),
        Detail::SchemaVersion { found } => format!(
            "версия схемы этого набора данных — {}, а эта версия Dialogue Explorer читает версию схемы {SCHEMA_VERSION}",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => {
            format!("ожидалось: {}; найдено: {}", expected(*e), kind(*found))
        }
        Detail::MissingField { field } => format!("нет обязательного поля `{field}`"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => format!("; возможно, имелось в виду `{near}`?"),
                FieldHint::Fields(known) => {
                    format!("; допустимые поля здесь: {}", quoted_list(known, ", "))
                }
            };
            format!("неизвестное поле `{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("поле `{}` встречается в этом объекте дважды", field.say(L))
        }
        Detail::SourceWithoutTitle => "у источника должно быть поле `title` (название от издателя, если оно известно) или `description` (описание от проекта), либо оба".to_string(),
        Detail::EmptyText => "текст пуст".to_string(),
        Detail::LongText { length, max } => format!(
            "текст слишком длинный: {}, а допускается не более {}",
            characters(*length),
            number(*max)
        ),
        Detail::UnsupportedLanguage { code } => format!(
            "`{}` не является поддерживаемым языком: используйте один из кодов {}",
            code.say(L),
            LANGUAGES.join(", ")
        ),
        Detail::MissingEnglish => "нет текста на английском языке (`en`): он обязателен в каждом переводимом тексте".to_string(),
        Detail::SourceLanguage { found } => format!(
            "`{}` не может быть исходным языком: собственные тексты проекта написаны на английском, поэтому укажите `en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}` не является допустимым идентификатором: используйте от 1 до {ID_MAX} строчных латинских букв, цифр и одиночных дефисов, например `tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "идентификатор `{id}` ({}) использован дважды; он уже определен в строке {}, столбце {}",
            space(*s),
            first.line,
            first.column
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("; возможно, имелось в виду `{near}`?"))
                .unwrap_or_default();
            format!("нет {} с идентификатором `{id}`{hint}", space_genitive(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("`{}` ({}) встречается в списке дважды", id.say(L), space(*s))
        }
        Detail::EmptyList => "список пуст: нужен хотя бы один элемент".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "целое число".to_string(),
                min => format!("целое число не меньше {min}"),
            };
            format!("ожидалось: {expected}; найдено: {found}")
        }
        Detail::NotADate { value } => format!(
            "`{}` не является датой: напишите ГГГГ-ММ-ДД или ГГГГ-ММ, если день неизвестен",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => format!(
            "`{}` не является существующей датой: {}",
            value.say(L),
            impossible(*why)
        ),
        Detail::NotADay { date } => format!(
            "`{date}` не является днем: укажите день последнего обновления набора данных в формате ГГГГ-ММ-ДД"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("сессия заканчивается ({end}) раньше, чем начинается ({start})")
        }
        Detail::NotAUrl { value } => format!(
            "`{}` не является веб-адресом: он должен начинаться с http:// или https:// и не содержать пробелов",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}` не является веб-адресом: символ {} не может входить в него как есть; запишите его как `{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "у источника `{source}` нет поля `url`: читателей, не нашедших предстоящих диалогов, направляют на эту страницу, поэтому нужен ее веб-адрес"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}` не входит в число допустимых значений: {}",
            value.say(L),
            quoted_list(allowed, ", ")
        ),
        Detail::TimeZone { value } => format!(
            "`{}` не является названием часового пояса, например `Europe/Vienna`",
            value.say(L)
        ),
    }
}

/// Именительный падеж, после «ожидалось:».
fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "значение",
        Token::FieldName => "имя поля в двойных кавычках",
        Token::Colon => "`:` после имени поля",
        Token::CommaOrBrace => "`,` или `}`",
        Token::CommaOrBracket => "`,` или `]`",
        Token::HexDigit => "шестнадцатеричная цифра в escape-последовательности \\u",
        Token::Digit => "цифра",
        Token::DigitAfterPoint => "цифра после десятичной точки",
        Token::DigitInExponent => "цифра в показателе степени",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "перевод строки".to_string(),
        Shown::Control(code) => format!("управляющий символ {code}"),
        Shown::Invisible(code) => format!("невидимый символ {code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => {
            format!("лишнее содержимое после конца данных: {}", character(*found))
        }
        Syntax::EndsWhere { expected } => {
            format!("данные обрываются там, где ожидалось: {}", token(*expected))
        }
        Syntax::ExpectedFound { expected, found } => format!(
            "ожидалось: {}; найдено: {}",
            token(*expected),
            character(*found)
        ),
        Syntax::TooDeep => format!("вложенность глубже {MAX_DEPTH} уровней"),
        Syntax::TooManyValues => format!(
            "слишком много значений: Dialogue Explorer читает не более {} значений, а это значение лишнее",
            number(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => {
            format!("ожидалось значение; возможно, имелось в виду `{word}`?")
        }
        Syntax::TrailingComma { close } => {
            format!("в JSON запятая перед `{close}` не допускается")
        }
        Syntax::UnclosedString => "эта строка не закрыта (нет `\"`)".to_string(),
        Syntax::InString { found } => format!(
            "{} внутри строки: запишите его как escape-последовательность, например \\n",
            character(*found)
        ),
        Syntax::InvalidEscape => "недопустимая escape-последовательность \\u".to_string(),
        Syntax::UnpairedSurrogate => {
            "непарный суррогат в escape-последовательности \\u".to_string()
        }
        Syntax::UnknownEscape => {
            "неизвестная escape-последовательность: после `\\` используйте один из символов \" \\ / b f n r t u".to_string()
        }
        Syntax::LeadingZero => "числа не могут начинаться с 0".to_string(),
    }
}
