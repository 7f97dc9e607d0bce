//! Las frases de los problemas en español.

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::{Impossible, PartialDate};
use crate::core::json::{JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::Lang;

const L: Lang = Lang::Es;

fn number(n: usize) -> String {
    grouped(n, "\u{a0}")
}

pub fn characters(n: usize) -> String {
    format!("{} caracteres", number(n))
}

fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "fuente",
        IdSpace::WorkingGroup => "grupo de trabajo",
        IdSpace::Theme => "eje temático",
        IdSpace::Dialogue => "diálogo",
        IdSpace::Entry => "elemento",
    }
}

/// «ninguna fuente», «ningún eje temático».
fn none_of(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "ninguna fuente",
        IdSpace::WorkingGroup => "ningún grupo de trabajo",
        IdSpace::Theme => "ningún eje temático",
        IdSpace::Dialogue => "ningún diálogo",
        IdSpace::Entry => "ningún elemento",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true o false",
        JsonKind::Number => "un número",
        JsonKind::String => "una cadena",
        JsonKind::List => "una lista (array)",
        JsonKind::Object => "un objeto",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "un objeto",
        Expected::String => "una cadena",
        Expected::List => "una lista (array)",
        Expected::WholeNumber => "un número entero",
        Expected::Text => "un texto (una cadena, o un objeto de traducciones con `en`)",
    }
}

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => {
            format!("el año {year} está fuera del intervalo admitido")
        }
        Impossible::NoMonth(month) => format!("no existe el mes {month}"),
        Impossible::DaysInMonth { year, month, days } => {
            let month = (L.messages().citation_date)(PartialDate {
                year,
                month: Some(month),
                day: None,
            });
            format!("{month} tiene {days} días")
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
                ", con marca de orden de bytes"
            } else {
                ""
            };
            format!("el archivo es texto UTF-{bits} ({order}{mark}), no UTF-8: guárdelo en UTF-8 y vuelva a cargarlo")
        }
        Detail::NotUtf8 { byte } => format!(
            "el archivo no es texto UTF-8: el byte 0x{byte:02X} no puede leerse aquí (así se ve un archivo guardado en Latin-1 o Windows-1252); guárdelo en UTF-8"
        ),
        Detail::CutUtf8 => "el archivo termina en medio de un carácter UTF-8: está incompleto o no es texto UTF-8".to_string(),
        Detail::TooLarge { bytes } => format!(
            "el archivo es demasiado grande: {} bytes, como máximo {} (32 MB)",
            number(*bytes),
            number(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("error de sintaxis JSON: {}", syntax(s)),
        Detail::Unreadable => "no se pudo leer el conjunto de datos".to_string(),
        Detail::SchemaVersion { found } => format!(
            "este conjunto de datos tiene la versión {} del esquema, pero esta versión de Dialogue Explorer lee la versión {SCHEMA_VERSION} del esquema",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => {
            format!("se esperaba {} y se encontró {}", expected(*e), kind(*found))
        }
        Detail::MissingField { field } => format!("falta el campo obligatorio `{field}`"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => format!("; ¿quiso decir `{near}`?"),
                FieldHint::Fields(known) => {
                    format!("; aquí los campos son {}", quoted_list(known, ", "))
                }
            };
            format!("campo desconocido `{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("el campo `{}` aparece dos veces en este objeto", field.say(L))
        }
        Detail::SourceWithoutTitle => "una fuente necesita su `title` (el del editor, si se conoce) o una `description` (la del proyecto), o ambos".to_string(),
        Detail::EmptyText => "el texto está vacío".to_string(),
        Detail::LongText { length, max } => format!(
            "el texto es demasiado largo: {} caracteres, como máximo {}",
            number(*length),
            number(*max)
        ),
        Detail::UnsupportedLanguage { code } => format!(
            "`{}` no es un idioma admitido: use uno de {}",
            code.say(L),
            LANGUAGES.join(", ")
        ),
        Detail::MissingEnglish => "falta el texto en inglés (`en`): es obligatorio en todo texto traducido".to_string(),
        Detail::SourceLanguage { found } => format!(
            "`{}` no puede ser el idioma de origen: los textos del proyecto están en inglés, así que escriba `en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}` no es un identificador válido: use de 1 a {ID_MAX} letras minúsculas, cifras y guiones simples, como `tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "el identificador `{id}` ({}) se usa dos veces; ya está definido en la línea {}, columna {}",
            space(*s),
            first.line,
            first.column
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("; ¿quiso decir `{near}`?"))
                .unwrap_or_default();
            format!("no hay {} con el identificador `{id}`{hint}", none_of(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("`{}` ({}) figura dos veces en la lista", id.say(L), space(*s))
        }
        Detail::EmptyList => "la lista está vacía: se requiere al menos un elemento".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "un número entero".to_string(),
                min => format!("un número entero igual o mayor que {min}"),
            };
            format!("se esperaba {expected} y se encontró {found}")
        }
        Detail::NotADate { value } => format!(
            "`{}` no es una fecha: escriba AAAA-MM-DD, o AAAA-MM si no se conoce el día",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => {
            format!("`{}` no es una fecha real: {}", value.say(L), impossible(*why))
        }
        Detail::NotADay { date } => format!(
            "`{date}` no es un día: escriba el día de la última actualización del conjunto de datos, con la forma AAAA-MM-DD"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("el período de sesiones termina ({end}) antes de empezar ({start})")
        }
        Detail::NotAUrl { value } => format!(
            "`{}` no es una dirección web: debe empezar por http:// o https:// y no contener espacios",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}` no es una dirección web: el carácter {} no puede figurar en ella tal cual; escríbalo como `{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "la fuente `{source}` no tiene `url`: a los lectores que no encuentran ningún diálogo próximo se les remite a esta página, por lo que necesita su dirección web"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}` no es uno de los valores admitidos: {}",
            value.say(L),
            quoted_list(allowed, ", ")
        ),
        Detail::TimeZone { value } => format!(
            "`{}` no es un nombre de huso horario como `Europe/Vienna`",
            value.say(L)
        ),
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "un valor",
        Token::FieldName => "un nombre de campo entre comillas dobles",
        Token::Colon => "`:` después del nombre del campo",
        Token::CommaOrBrace => "`,` o `}`",
        Token::CommaOrBracket => "`,` o `]`",
        Token::HexDigit => "un dígito hexadecimal en un escape \\u",
        Token::Digit => "un dígito",
        Token::DigitAfterPoint => "un dígito después del punto decimal",
        Token::DigitInExponent => "un dígito en el exponente",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "un salto de línea".to_string(),
        Shown::Control(code) => format!("el carácter de control {code}"),
        Shown::Invisible(code) => format!("el carácter invisible {code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => format!(
            "contenido inesperado después del final de los datos: {}",
            character(*found)
        ),
        Syntax::EndsWhere { expected } => {
            format!("los datos terminan donde se esperaba {}", token(*expected))
        }
        Syntax::ExpectedFound { expected, found } => format!(
            "se esperaba {} y se encontró {}",
            token(*expected),
            character(*found)
        ),
        Syntax::TooDeep => format!("anidamiento de más de {MAX_DEPTH} niveles"),
        Syntax::TooManyValues => format!(
            "demasiados valores: Dialogue Explorer lee como máximo {} valores, y este es uno más",
            number(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => format!("se esperaba un valor; ¿quiso decir `{word}`?"),
        Syntax::TrailingComma { close } => {
            format!("en JSON no se admite una coma antes de `{close}`")
        }
        Syntax::UnclosedString => "esta cadena no se cierra nunca (falta `\"`)".to_string(),
        Syntax::InString { found } => format!(
            "{} dentro de una cadena: escríbalo como un escape, p. ej. \\n",
            character(*found)
        ),
        Syntax::InvalidEscape => "escape \\u no válido".to_string(),
        Syntax::UnpairedSurrogate => {
            "sustituto (surrogate) sin pareja en un escape \\u".to_string()
        }
        Syntax::UnknownEscape => {
            "escape desconocido: después de `\\` use uno de \" \\ / b f n r t u".to_string()
        }
        Syntax::LeadingZero => "los números no pueden empezar por 0".to_string(),
    }
}
