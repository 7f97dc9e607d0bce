//! جمل المشكلات باللغة العربية.

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::{Impossible, PartialDate};
use crate::core::json::{JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::{plural_ar, Lang};

const L: Lang = Lang::Ar;

fn number(n: usize) -> String {
    grouped(n, ",")
}

pub fn characters(n: usize) -> String {
    format!(
        "{} {}",
        number(n),
        plural_ar(n, ["حرف", "حرف", "حرفان", "أحرف", "حرفًا", "حرف"])
    )
}

fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "مصدر",
        IdSpace::WorkingGroup => "فريق عامل",
        IdSpace::Theme => "موضوع",
        IdSpace::Dialogue => "حوار",
        IdSpace::Entry => "عنصر",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true أو false",
        JsonKind::Number => "عدد",
        JsonKind::String => "سلسلة نصية",
        JsonKind::List => "قائمة (مصفوفة)",
        JsonKind::Object => "كائن",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "كائن",
        Expected::String => "سلسلة نصية",
        Expected::List => "قائمة (مصفوفة)",
        Expected::WholeNumber => "عدد صحيح",
        Expected::Text => "نص (سلسلة نصية، أو كائن ترجمات يتضمن `en`)",
    }
}

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => format!("السنة {year} خارج النطاق المقبول"),
        Impossible::NoMonth(month) => format!("لا يوجد شهر رقمه {month}"),
        Impossible::DaysInMonth { year, month, days } => {
            let month = (L.messages().citation_date)(PartialDate {
                year,
                month: Some(month),
                day: None,
            });
            // "The number of days of …: N" avoids the six plural forms.
            format!("عدد أيام {month} هو {days}")
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
                "البايت الأكبر أولًا"
            } else {
                "البايت الأصغر أولًا"
            };
            let mark = if *byte_order_mark {
                "، مع علامة ترتيب البايتات"
            } else {
                ""
            };
            format!("الملف نص بترميز UTF-{bits} ({order}{mark})، وليس UTF-8: احفظه بترميز UTF-8 ثم حمِّله مرة أخرى")
        }
        Detail::NotUtf8 { byte } => format!(
            "الملف ليس نصًا بترميز UTF-8: لا يمكن قراءة البايت 0x{byte:02X} هنا (هكذا يبدو الملف المحفوظ بترميز Latin-1 أو Windows-1252)؛ احفظه بترميز UTF-8"
        ),
        Detail::CutUtf8 => "ينتهي الملف في منتصف حرف بترميز UTF-8: إما أنه مبتور وإما أنه ليس نصًا بترميز UTF-8".to_string(),
        Detail::TooLarge { bytes } => format!(
            "الملف كبير جدًا: حجمه {} بايت، والحد الأقصى {} (32 ميغابايت)",
            number(*bytes),
            number(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("خطأ في بنية JSON: {}", syntax(s)),
        Detail::Unreadable => "تعذرت قراءة مجموعة البيانات".to_string(),
        Detail::SchemaVersion { found } => format!(
            "مجموعة البيانات هذه من الإصدار {} من المخطط، لكن هذا الإصدار من Dialogue Explorer يقرأ الإصدار {SCHEMA_VERSION} من المخطط",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => {
            format!("المتوقَّع {}، والموجود {}", expected(*e), kind(*found))
        }
        Detail::MissingField { field } => format!("الحقل الإلزامي `{field}` ناقص"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => format!("؛ هل تقصد `{near}`؟"),
                FieldHint::Fields(known) => {
                    format!("؛ الحقول هنا هي {}", quoted_list(known, "، "))
                }
            };
            format!("حقل غير معروف `{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("الحقل `{}` مكرر في هذا الكائن", field.say(L))
        }
        Detail::SourceWithoutTitle => "يحتاج المصدر إلى `title` (العنوان الذي وضعه الناشر، إن كان معروفًا) أو `description` (وصف المشروع)، أو كليهما".to_string(),
        Detail::EmptyText => "النص فارغ".to_string(),
        Detail::LongText { length, max } => format!(
            "النص طويل جدًا: عدد حروفه {}، والحد الأقصى {}",
            number(*length),
            number(*max)
        ),
        Detail::UnsupportedLanguage { code } => format!(
            "`{}` ليست لغة مدعومة: استخدم أحد الرموز {}",
            code.say(L),
            LANGUAGES.join("، ")
        ),
        Detail::MissingEnglish => "النص الإنكليزي (`en`) ناقص: وهو إلزامي في كل نص مترجم".to_string(),
        Detail::SourceLanguage { found } => format!(
            "لا يمكن أن تكون `{}` لغة المصدر: نصوص المشروع نفسه بالإنكليزية، فاكتب `en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}` ليس معرِّفًا صالحًا: استخدم من 1 إلى {ID_MAX} من الحروف اللاتينية الصغيرة والأرقام والشرطات المفردة، مثل `tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "المعرِّف `{id}` ({}) مستخدم مرتين؛ فهو معرَّف من قبل في السطر {}، العمود {}",
            space(*s),
            first.line,
            first.column
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("؛ هل تقصد `{near}`؟"))
                .unwrap_or_default();
            format!("لا يوجد {} بالمعرِّف `{id}`{hint}", space(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("`{}` ({}) مذكور مرتين في القائمة", id.say(L), space(*s))
        }
        Detail::EmptyList => "القائمة فارغة: يلزم عنصر واحد على الأقل".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "عدد صحيح".to_string(),
                min => format!("عدد صحيح لا يقل عن {min}"),
            };
            format!("المتوقَّع {expected}، والموجود {found}")
        }
        Detail::NotADate { value } => format!(
            "`{}` ليس تاريخًا: اكتب YYYY-MM-DD، أو YYYY-MM إذا كان اليوم غير معروف",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => {
            format!("`{}` ليس تاريخًا حقيقيًا: {}", value.say(L), impossible(*why))
        }
        Detail::NotADay { date } => format!(
            "`{date}` ليس يومًا: اكتب يوم آخر تحديث لمجموعة البيانات بالصيغة YYYY-MM-DD"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("تنتهي الدورة ({end}) قبل أن تبدأ ({start})")
        }
        Detail::NotAUrl { value } => format!(
            "`{}` ليس عنوان ويب: يجب أن يبدأ بـ http:// أو https:// وألا يحتوي على مسافات",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}` ليس عنوان ويب: لا يمكن أن يرد فيه الحرف {} كما هو؛ اكتبه `{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "المصدر `{source}` ليس له `url`: يُحال إلى هذه الصفحة القراء الذين لا يجدون حوارًا مقبلًا، لذا يلزم عنوانها على الويب"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}` ليست من القيم المسموح بها: {}",
            value.say(L),
            quoted_list(allowed, "، ")
        ),
        Detail::TimeZone { value } => format!(
            "`{}` ليس اسم منطقة زمنية مثل `Europe/Vienna`",
            value.say(L)
        ),
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "قيمة",
        Token::FieldName => "اسم حقل بين علامتي اقتباس مزدوجتين",
        Token::Colon => "`:` بعد اسم الحقل",
        Token::CommaOrBrace => "`,` أو `}`",
        Token::CommaOrBracket => "`,` أو `]`",
        Token::HexDigit => "رقم سداسي عشري في تسلسل الهروب \\u",
        Token::Digit => "رقم",
        Token::DigitAfterPoint => "رقم بعد الفاصلة العشرية",
        Token::DigitInExponent => "رقم في الأس",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "فاصل أسطر".to_string(),
        Shown::Control(code) => format!("حرف التحكم {code}"),
        Shown::Invisible(code) => format!("الحرف غير المرئي {code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => {
            format!("محتوى غير متوقَّع بعد نهاية البيانات: {}", character(*found))
        }
        Syntax::EndsWhere { expected } => {
            format!("تنتهي البيانات حيث كان المتوقَّع {}", token(*expected))
        }
        Syntax::ExpectedFound { expected, found } => format!(
            "المتوقَّع {}، والموجود {}",
            token(*expected),
            character(*found)
        ),
        Syntax::TooDeep => format!("عدد مستويات التداخل يتجاوز {MAX_DEPTH}"),
        Syntax::TooManyValues => format!(
            "عدد القيم كبير جدًا: الحد الأقصى لعدد القيم التي يقرؤها Dialogue Explorer هو {}، وهذه قيمة زائدة",
            number(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => format!("المتوقَّع قيمة؛ هل تقصد `{word}`؟"),
        Syntax::TrailingComma { close } => {
            format!("لا يُسمح في JSON بفاصلة قبل `{close}`")
        }
        Syntax::UnclosedString => "هذه السلسلة النصية غير مغلقة (تنقصها `\"`)".to_string(),
        Syntax::InString { found } => format!(
            "{} داخل سلسلة نصية: اكتبه في صورة تسلسل هروب مثل \\n",
            character(*found)
        ),
        Syntax::InvalidEscape => "تسلسل الهروب \\u غير صالح".to_string(),
        Syntax::UnpairedSurrogate => "بديل (surrogate) غير مقترن في تسلسل الهروب \\u".to_string(),
        Syntax::UnknownEscape => {
            "تسلسل هروب غير معروف: بعد `\\` استخدم أحد الحروف \" \\ / b f n r t u".to_string()
        }
        Syntax::LeadingZero => "لا يجوز أن تبدأ الأعداد بـ 0".to_string(),
    }
}
