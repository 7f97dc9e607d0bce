//! Les phrases des problèmes en français.

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::{Impossible, PartialDate};
use crate::core::json::{JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::Lang;

const L: Lang = Lang::Fr;

fn number(n: usize) -> String {
    grouped(n, "\u{202f}")
}

pub fn characters(n: usize) -> String {
    format!("{}\u{a0}caractères", number(n))
}

fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "source",
        IdSpace::WorkingGroup => "groupe de travail",
        IdSpace::Theme => "thème",
        IdSpace::Dialogue => "dialogue",
        IdSpace::Entry => "élément",
    }
}

/// « aucune source », « aucun thème ».
fn none_of(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "aucune source",
        IdSpace::WorkingGroup => "aucun groupe de travail",
        IdSpace::Theme => "aucun thème",
        IdSpace::Dialogue => "aucun dialogue",
        IdSpace::Entry => "aucun élément",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true ou false",
        JsonKind::Number => "un nombre",
        JsonKind::String => "une chaîne",
        JsonKind::List => "une liste (tableau)",
        JsonKind::Object => "un objet",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "un objet",
        Expected::String => "une chaîne",
        Expected::List => "une liste (tableau)",
        Expected::WholeNumber => "un nombre entier",
        Expected::Text => "un texte (une chaîne, ou un objet de traductions avec `en`)",
    }
}

fn expected_found(expected: &str, found: &str) -> String {
    format!("valeur attendue\u{a0}: {expected}\u{202f}; valeur trouvée\u{a0}: {found}")
}

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => {
            format!("l’année {year} est en dehors de la plage admise")
        }
        Impossible::NoMonth(month) => format!("il n’existe pas de mois {month}"),
        Impossible::DaysInMonth { year, month, days } => {
            let month = (L.messages().citation_date)(PartialDate {
                year,
                month: Some(month),
                day: None,
            });
            format!("{month} compte {days}\u{a0}jours")
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
                "gros-boutiste"
            } else {
                "petit-boutiste"
            };
            let mark = if *byte_order_mark {
                ", avec indicateur d’ordre des octets"
            } else {
                ""
            };
            format!("le fichier est un texte en UTF-{bits} ({order}{mark}), pas en UTF-8\u{a0}: enregistrez-le en UTF-8 et chargez-le de nouveau")
        }
        Detail::NotUtf8 { byte } => format!(
            "le fichier n’est pas un texte UTF-8\u{a0}: l’octet 0x{byte:02X} ne peut pas être lu ici (c’est le cas d’un fichier enregistré en Latin-1 ou en Windows-1252)\u{202f}; enregistrez-le en UTF-8"
        ),
        Detail::CutUtf8 => "le fichier s’arrête au milieu d’un caractère UTF-8\u{a0}: il est tronqué, ou n’est pas un texte UTF-8".to_string(),
        Detail::TooLarge { bytes } => format!(
            "le fichier est trop volumineux\u{a0}: {}\u{a0}octets, pour {} au plus (32\u{a0}Mo)",
            number(*bytes),
            number(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("erreur de syntaxe JSON\u{a0}: {}", syntax(s)),
        Detail::Unreadable => "le jeu de données n’a pas pu être lu".to_string(),
        Detail::SchemaVersion { found } => format!(
            "ce jeu de données suit la version {} du schéma, mais cette version de Dialogue Explorer lit la version {SCHEMA_VERSION} du schéma",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => expected_found(expected(*e), kind(*found)),
        Detail::MissingField { field } => format!("champ obligatoire manquant\u{a0}: `{field}`"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => {
                    format!("\u{202f}; vouliez-vous dire `{near}`\u{202f}?")
                }
                FieldHint::Fields(known) => {
                    format!("\u{202f}; les champs admis ici sont {}", quoted_list(known, ", "))
                }
            };
            format!("champ inconnu\u{a0}: `{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("le champ `{}` figure deux fois dans cet objet", field.say(L))
        }
        Detail::SourceWithoutTitle => "une source doit avoir son `title` (celui de l’éditeur, s’il est connu) ou une `description` (celle du projet), ou les deux".to_string(),
        Detail::EmptyText => "le texte est vide".to_string(),
        Detail::LongText { length, max } => format!(
            "le texte est trop long\u{a0}: {}\u{a0}caractères, pour {} au plus",
            number(*length),
            number(*max)
        ),
        Detail::UnsupportedLanguage { code } => format!(
            "`{}` n’est pas une langue prise en charge\u{a0}: utilisez l’un des codes {}",
            code.say(L),
            LANGUAGES.join(", ")
        ),
        Detail::MissingEnglish => "le texte anglais (`en`) manque\u{a0}: il est obligatoire dans tout texte traduit".to_string(),
        Detail::SourceLanguage { found } => format!(
            "`{}` ne peut pas être la langue source\u{a0}: les textes du projet sont rédigés en anglais, écrivez donc `en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}` n’est pas un identifiant valide\u{a0}: utilisez de 1 à {ID_MAX}\u{a0}lettres minuscules, chiffres et traits d’union simples, comme `tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "l’identifiant `{id}` ({}) est employé deux fois\u{202f}; il est déjà défini à la ligne {}, colonne {}",
            space(*s),
            first.line,
            first.column
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("\u{202f}; vouliez-vous dire `{near}`\u{202f}?"))
                .unwrap_or_default();
            format!("{} n’a l’identifiant `{id}`{hint}", none_of(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("`{}` ({}) figure deux fois dans la liste", id.say(L), space(*s))
        }
        Detail::EmptyList => "la liste est vide\u{a0}: au moins un élément est requis".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "un nombre entier".to_string(),
                min => format!("un nombre entier d’au moins {min}"),
            };
            expected_found(&expected, &found)
        }
        Detail::NotADate { value } => format!(
            "`{}` n’est pas une date\u{a0}: écrivez AAAA-MM-JJ, ou AAAA-MM si le jour n’est pas connu",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => format!(
            "`{}` n’est pas une date réelle\u{a0}: {}",
            value.say(L),
            impossible(*why)
        ),
        Detail::NotADay { date } => format!(
            "`{date}` n’est pas un jour\u{a0}: écrivez le jour de la dernière mise à jour du jeu de données, sous la forme AAAA-MM-JJ"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("la session se termine ({end}) avant de commencer ({start})")
        }
        Detail::NotAUrl { value } => format!(
            "`{}` n’est pas une adresse web\u{a0}: elle doit commencer par http:// ou https:// et ne contenir aucun espace",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}` n’est pas une adresse web\u{a0}: le caractère {} ne peut pas y figurer tel quel\u{202f}; écrivez-le `{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "la source `{source}` n’a pas d’`url`\u{a0}: les lecteurs qui ne trouvent aucun dialogue à venir sont renvoyés vers cette page, il faut donc son adresse web"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}` ne fait pas partie des valeurs admises\u{a0}: {}",
            value.say(L),
            quoted_list(allowed, ", ")
        ),
        Detail::TimeZone { value } => format!(
            "`{}` n’est pas un nom de fuseau horaire comme `Europe/Vienna`",
            value.say(L)
        ),
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "une valeur",
        Token::FieldName => "un nom de champ entre guillemets droits doubles",
        Token::Colon => "`:` après le nom du champ",
        Token::CommaOrBrace => "`,` ou `}`",
        Token::CommaOrBracket => "`,` ou `]`",
        Token::HexDigit => "un chiffre hexadécimal dans un échappement \\u",
        Token::Digit => "un chiffre",
        Token::DigitAfterPoint => "un chiffre après le point décimal",
        Token::DigitInExponent => "un chiffre dans l’exposant",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "un saut de ligne".to_string(),
        Shown::Control(code) => format!("le caractère de contrôle {code}"),
        Shown::Invisible(code) => format!("le caractère invisible {code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => format!(
            "contenu inattendu après la fin des données\u{a0}: {}",
            character(*found)
        ),
        Syntax::EndsWhere { expected } => {
            format!("les données s’arrêtent alors qu’on attendait {}", token(*expected))
        }
        Syntax::ExpectedFound { expected, found } => format!(
            "on attendait {}, mais on trouve {}",
            token(*expected),
            character(*found)
        ),
        Syntax::TooDeep => format!("imbrication de plus de {MAX_DEPTH}\u{a0}niveaux"),
        Syntax::TooManyValues => format!(
            "trop de valeurs\u{a0}: Dialogue Explorer lit au plus {}\u{a0}valeurs, et celle-ci est en trop",
            number(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => {
            format!("on attendait une valeur\u{202f}; vouliez-vous dire `{word}`\u{202f}?")
        }
        Syntax::TrailingComma { close } => {
            format!("une virgule avant `{close}` n’est pas admise en JSON")
        }
        Syntax::UnclosedString => "cette chaîne n’est jamais fermée (il manque `\"`)".to_string(),
        Syntax::InString { found } => format!(
            "{} dans une chaîne\u{a0}: écrivez-le sous forme d’échappement, comme \\n",
            character(*found)
        ),
        Syntax::InvalidEscape => "échappement \\u non valide".to_string(),
        Syntax::UnpairedSurrogate => {
            "substitut (surrogate) non apparié dans un échappement \\u".to_string()
        }
        Syntax::UnknownEscape => {
            "échappement inconnu\u{a0}: après `\\`, utilisez l’un de \" \\ / b f n r t u".to_string()
        }
        Syntax::LeadingZero => "un nombre ne peut pas commencer par 0".to_string(),
    }
}
