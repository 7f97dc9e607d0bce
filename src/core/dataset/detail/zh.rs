//! 问题说明（中文）。

use super::{
    grouped, percent_encoded, quoted_list, shown, url_character, Detail, Expected, FieldHint,
    IdSpace, NumberFound, Shown,
};
use crate::core::dataset::{ID_MAX, LANGUAGES, MAX_BYTES, SCHEMA_VERSION};
use crate::core::date::{Impossible, PartialDate};
use crate::core::json::{JsonKind, Syntax, Token, MAX_DEPTH, MAX_VALUES};
use crate::core::messages::Lang;

const L: Lang = Lang::Zh;

fn number(n: usize) -> String {
    grouped(n, ",")
}

pub fn characters(n: usize) -> String {
    format!("{}个字符", number(n))
}

fn space(s: IdSpace) -> &'static str {
    match s {
        IdSpace::Source => "来源",
        IdSpace::WorkingGroup => "工作组",
        IdSpace::Theme => "主题",
        IdSpace::Dialogue => "对话",
        IdSpace::Entry => "条目",
    }
}

fn kind(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Bool => "true或false",
        JsonKind::Number => "数字",
        JsonKind::String => "字符串",
        JsonKind::List => "列表（数组）",
        JsonKind::Object => "对象",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "对象",
        Expected::String => "字符串",
        Expected::List => "列表（数组）",
        Expected::WholeNumber => "整数",
        Expected::Text => "文本（字符串，或包含`en`的译文对象）",
    }
}

fn impossible(why: Impossible) -> String {
    match why {
        Impossible::YearOutOfRange(year) => format!("年份{year}超出范围"),
        Impossible::NoMonth(month) => format!("不存在{month}月"),
        Impossible::DaysInMonth { year, month, days } => {
            let month = (L.messages().citation_date)(PartialDate {
                year,
                month: Some(month),
                day: None,
            });
            format!("{month}有{days}天")
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
            let order = if *big_endian { "大端序" } else { "小端序" };
            let mark = if *byte_order_mark {
                "，带字节顺序标记"
            } else {
                ""
            };
            format!("该文件是UTF-{bits}（{order}{mark}）文本，不是UTF-8：请另存为UTF-8后重新加载")
        }
        Detail::NotUtf8 { byte } => format!(
            "该文件不是UTF-8文本：此处的字节0x{byte:02X}无法读取（以Latin-1或Windows-1252保存的文件会出现这种情况）；请另存为UTF-8"
        ),
        Detail::CutUtf8 => "文件在一个UTF-8字符中间结束：文件不完整，或不是UTF-8文本".to_string(),
        Detail::TooLarge { bytes } => format!(
            "文件过大：{}字节，上限为{}字节（32 MB）",
            number(*bytes),
            number(MAX_BYTES)
        ),
        Detail::Syntax(s) => format!("JSON语法错误：{}", syntax(s)),
        Detail::Unreadable => "无法读取数据集".to_string(),
        Detail::SchemaVersion { found } => format!(
            "该数据集的架构版本为{}，但此版本的Dialogue Explorer读取的架构版本为{SCHEMA_VERSION}",
            found.say(L)
        ),
        Detail::WrongType { expected: e, found } => {
            format!("应为{}，实为{}", expected(*e), kind(*found))
        }
        Detail::MissingField { field } => format!("缺少必填字段`{field}`"),
        Detail::UnknownField { field, hint } => {
            let hint = match hint {
                FieldHint::DidYouMean(near) => format!("；您是否指`{near}`？"),
                FieldHint::Fields(known) => format!("；此处的字段为{}", quoted_list(known, "、")),
            };
            format!("未知字段`{}`{hint}", field.say(L))
        }
        Detail::RepeatedField { field } => {
            format!("字段`{}`在此对象中出现两次", field.say(L))
        }
        Detail::SourceWithoutTitle => "来源需要`title`（出版方自己的标题，如已知）或`description`（本项目的描述），或两者兼有".to_string(),
        Detail::EmptyText => "文本为空".to_string(),
        Detail::LongText { length, max } => format!(
            "文本过长：{}个字符，上限为{}个",
            number(*length),
            number(*max)
        ),
        Detail::UnsupportedLanguage { code } => format!(
            "`{}`不是支持的语言：请使用{}之一",
            code.say(L),
            LANGUAGES.join("、")
        ),
        Detail::MissingEnglish => "缺少英文文本（`en`）：每个需翻译的文本都必须有英文".to_string(),
        Detail::SourceLanguage { found } => format!(
            "`{}`不能作为源语言：本项目自己的文本是英文，因此请写`en`",
            found.say(L)
        ),
        Detail::InvalidId { id } => format!(
            "`{}`不是有效的标识符：请使用1至{ID_MAX}个小写字母、数字和单个连字符，例如`tip-2023`",
            id.say(L)
        ),
        Detail::DuplicateId { space: s, id, first } => format!(
            "{}标识符`{id}`使用了两次；已在第{}行，第{}列定义",
            space(*s),
            first.line,
            first.column
        ),
        Detail::UnknownId { space: s, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("；您是否指`{near}`？"))
                .unwrap_or_default();
            format!("没有标识符为`{id}`的{}{hint}", space(*s))
        }
        Detail::ListedTwice { space: s, id } => {
            format!("{}`{}`列出了两次", space(*s), id.say(L))
        }
        Detail::EmptyList => "列表为空：至少需要一项".to_string(),
        Detail::Number { min, found } => {
            let found = match found {
                NumberFound::Number(raw) => raw.say(L),
                NumberFound::Other(k) => kind(*k).to_string(),
            };
            let expected = match min {
                0 => "整数".to_string(),
                min => format!("不小于{min}的整数"),
            };
            format!("应为{expected}，实为{found}")
        }
        Detail::NotADate { value } => format!(
            "`{}`不是日期：请写YYYY-MM-DD，日期不详时写YYYY-MM",
            value.say(L)
        ),
        Detail::ImpossibleDate { value, why } => {
            format!("`{}`不是真实存在的日期：{}", value.say(L), impossible(*why))
        }
        Detail::NotADay { date } => format!(
            "`{date}`不是具体某一天：请按YYYY-MM-DD格式写出数据集最近一次更新的日期"
        ),
        Detail::SessionEndsBeforeStart { start, end } => {
            format!("该届会议的结束日期（{end}）早于开始日期（{start}）")
        }
        Detail::NotAUrl { value } => format!(
            "`{}`不是网址：必须以http://或https://开头，且不含空格",
            value.say(L)
        ),
        Detail::UrlCharacter { value, character } => format!(
            "`{}`不是网址：字符{}不能原样出现在网址中；请写作`{}`",
            value.say(L),
            url_character(*character),
            percent_encoded(*character)
        ),
        Detail::AnnouncementsWithoutUrl { source } => format!(
            "来源`{source}`没有`url`：找不到即将举行的对话的读者会被引导至该页面，因此需要其网址"
        ),
        Detail::NotOneOf { value, allowed } => format!(
            "`{}`不是以下值之一：{}",
            value.say(L),
            quoted_list(allowed, "、")
        ),
        Detail::TimeZone { value } => format!(
            "`{}`不是时区名称，时区名称应如`Europe/Vienna`",
            value.say(L)
        ),
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Value => "值",
        Token::FieldName => "用双引号括起的字段名",
        Token::Colon => "字段名后的`:`",
        Token::CommaOrBrace => "`,`或`}`",
        Token::CommaOrBracket => "`,`或`]`",
        Token::HexDigit => "\\u转义中的十六进制数字",
        Token::Digit => "数字",
        Token::DigitAfterPoint => "小数点后的数字",
        Token::DigitInExponent => "指数中的数字",
    }
}

fn character(c: char) -> String {
    match shown(c) {
        Shown::LineBreak => "换行符".to_string(),
        Shown::Control(code) => format!("控制字符{code}"),
        Shown::Invisible(code) => format!("不可见字符{code}"),
        Shown::Visible(c) => format!("`{c}`"),
    }
}

pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::AfterEnd { found } => format!("数据结束后有多余内容：{}", character(*found)),
        Syntax::EndsWhere { expected } => format!("数据意外结束：此处应为{}", token(*expected)),
        Syntax::ExpectedFound { expected, found } => {
            format!("应为{}，实为{}", token(*expected), character(*found))
        }
        Syntax::TooDeep => format!("嵌套超过{MAX_DEPTH}层"),
        Syntax::TooManyValues => format!(
            "值过多：Dialogue Explorer最多读取{}个值，此值超出上限",
            number(MAX_VALUES)
        ),
        Syntax::DidYouMean { word } => format!("应为值；您是否指`{word}`？"),
        Syntax::TrailingComma { close } => format!("JSON中不允许在`{close}`前加逗号"),
        Syntax::UnclosedString => "此字符串未闭合（缺少`\"`）".to_string(),
        Syntax::InString { found } => {
            format!("字符串中有{}：请写成转义形式，例如\\n", character(*found))
        }
        Syntax::InvalidEscape => "\\u转义无效".to_string(),
        Syntax::UnpairedSurrogate => "\\u转义中有未配对的代理项".to_string(),
        Syntax::UnknownEscape => "未知转义：`\\`后请使用\" \\ / b f n r t u之一".to_string(),
        Syntax::LeadingZero => "数字不能以0开头".to_string(),
    }
}
