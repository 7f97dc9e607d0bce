//! What exactly is wrong with a dataset, as data: one variant per sentence, with what the
//! sentence names (a field, an id, a value, a limit). Each language says it in its own file
//! (`en.rs`, `fr.rs`…), one function over every variant, so that a language lacking a sentence
//! does not compile and a reviewer reads a language's sentences together.
//!
//! The English sentence is also kept in [`Problem::message`](super::Problem): the validator's
//! command line and the golden files print it. Field names, ids and values from the file are
//! written between backticks and never translated: they are what the reader looks for in the
//! text.

// Each language's sentences: reached through its pack (`messages::packs`).
pub(crate) mod ar;
pub(crate) mod en;
pub(crate) mod es;
pub(crate) mod fr;
pub(crate) mod ru;
pub(crate) mod zh;

use super::problems::EXCERPT_MAX;
use crate::core::date::{Impossible, PartialDate};
use crate::core::json::{is_invisible, JsonKind, Pos, Syntax};
use crate::core::messages::Lang;

/// One problem's sentence, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// The file is UTF-16 or UTF-32 (told by its byte-order mark, or by its zero bytes).
    WideEncoding {
        utf32: bool,
        big_endian: bool,
        byte_order_mark: bool,
    },
    /// A byte that cannot start or continue a UTF-8 character.
    NotUtf8 {
        byte: u8,
    },
    /// The file ends in the middle of a UTF-8 character.
    CutUtf8,
    /// Larger than [`MAX_BYTES`](super::MAX_BYTES).
    TooLarge {
        bytes: usize,
    },
    Syntax(Syntax),
    /// Never shown in practice: every failure of the reader comes with its own problem.
    Unreadable,
    SchemaVersion {
        found: Quoted,
    },
    WrongType {
        expected: Expected,
        found: JsonKind,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: Quoted,
        hint: FieldHint,
    },
    RepeatedField {
        field: Quoted,
    },
    /// A source with neither `title` nor `description`.
    SourceWithoutTitle,
    EmptyText,
    LongText {
        length: usize,
        max: usize,
    },
    UnsupportedLanguage {
        code: Quoted,
    },
    MissingEnglish,
    SourceLanguage {
        found: Quoted,
    },
    InvalidId {
        id: Quoted,
    },
    /// An id defined twice; `first` is where it was first defined.
    DuplicateId {
        space: IdSpace,
        id: String,
        first: Pos,
    },
    UnknownId {
        space: IdSpace,
        id: String,
        /// A known id near enough to be what was meant.
        near: Option<String>,
    },
    ListedTwice {
        space: IdSpace,
        id: Quoted,
    },
    EmptyList,
    /// Not a whole number of at least `min`.
    Number {
        min: u32,
        found: NumberFound,
    },
    /// Not of the form YYYY-MM-DD or YYYY-MM.
    NotADate {
        value: Quoted,
    },
    ImpossibleDate {
        value: Quoted,
        why: Impossible,
    },
    /// The dataset's `updated` date without its day.
    NotADay {
        date: PartialDate,
    },
    SessionEndsBeforeStart {
        start: PartialDate,
        end: PartialDate,
    },
    /// Not `http://` or `https://` and a host, or with spaces.
    NotAUrl {
        value: Quoted,
    },
    /// A web address with a character it cannot hold as it is.
    UrlCharacter {
        value: Quoted,
        character: char,
    },
    /// The announcements' source has no `url`.
    AnnouncementsWithoutUrl {
        source: String,
    },
    NotOneOf {
        value: Quoted,
        allowed: Vec<&'static str>,
    },
    TimeZone {
        value: Quoted,
    },
}

/// What kind of value was expected where another was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    String,
    List,
    WholeNumber,
    /// A string, or an object of translations with `en`.
    Text,
}

/// What an unknown field's sentence adds: the field meant, or the fields of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldHint {
    DidYouMean(&'static str),
    Fields(Vec<&'static str>),
}

/// What was found where a whole number was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberFound {
    /// A number, as written (a fraction, a negative number, one too large).
    Number(Quoted),
    Other(JsonKind),
}

/// The kinds of thing an id names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IdSpace {
    Source,
    WorkingGroup,
    Theme,
    Dialogue,
    Entry,
}

impl IdSpace {
    /// How many kinds there are: each has its place below this (`kind as usize`).
    pub const COUNT: usize = 5;
}

/// A value from the file, as a sentence quotes it: at most [`EXCERPT_MAX`] characters (a longer
/// one is cut, and its length said), and any invisible or control character written as its
/// JSON escape (`\u202e`), so that a sentence cannot be hidden, reordered or made enormous by
/// what it quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// What is shown of the value.
    pub shown: String,
    /// The value's length in characters, when it is cut.
    pub cut_from: Option<usize>,
}

impl Quoted {
    pub fn of(text: &str) -> Quoted {
        let visible = |c: char| !c.is_control() && !is_invisible(c);
        let length = text.chars().count();
        if length <= EXCERPT_MAX && text.chars().all(visible) {
            return Quoted {
                shown: text.to_string(),
                cut_from: None,
            };
        }
        let cut = length > EXCERPT_MAX;
        let mut shown = String::new();
        for c in text
            .chars()
            .take(if cut { EXCERPT_MAX - 20 } else { length })
        {
            if visible(c) {
                shown.push(c);
            } else {
                shown.push_str(&format!("\\u{:04x}", c as u32));
            }
        }
        Quoted {
            shown,
            cut_from: cut.then_some(length),
        }
    }

    /// The value as a sentence in this language quotes it (the length of a cut one said in it).
    pub fn say(&self, lang: Lang) -> String {
        match self.cut_from {
            None => self.shown.clone(),
            Some(length) => format!("{}… ({})", self.shown, characters(lang, length)),
        }
    }
}

impl Detail {
    /// The sentence in a language.
    pub fn say(&self, lang: Lang) -> String {
        (lang.pack().detail)(self)
    }
}

impl Syntax {
    /// The sentence of a JSON syntax error in a language (without "JSON syntax error: ").
    pub fn say(&self, lang: Lang) -> String {
        (lang.pack().syntax)(self)
    }
}

/// "1,000,000 characters", for a cut value.
fn characters(lang: Lang, n: usize) -> String {
    (lang.pack().characters)(n)
}

/// `n` with its digits grouped by three with `separator`: `33,554,432`, `33 554 432`.
fn grouped(n: usize, separator: &str) -> String {
    crate::core::json::thousands(n).replace(',', separator)
}

/// How a character that a sentence names is written: `x`, or its code point when it shows
/// nothing (a control or invisible character), which `kind` then names.
enum Shown {
    LineBreak,
    Control(String),
    Invisible(String),
    Visible(char),
}

fn shown(c: char) -> Shown {
    match c {
        '\n' => Shown::LineBreak,
        c if c.is_control() => Shown::Control(format!("U+{:04X}", c as u32)),
        c if is_invisible(c) => Shown::Invisible(format!("U+{:04X}", c as u32)),
        c => Shown::Visible(c),
    }
}

/// The character as a web address writes it: `%22`, `%E2%80%AE`.
fn percent_encoded(c: char) -> String {
    let mut utf8 = [0; 4];
    c.encode_utf8(&mut utf8)
        .bytes()
        .map(|b| format!("%{b:02X}"))
        .collect()
}

/// A character of a web address as a sentence names it: U+202E for one that shows nothing,
/// `"` otherwise.
fn url_character(c: char) -> String {
    if c.is_control() || is_invisible(c) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("`{c}`")
    }
}

/// `a`, `b`, `c`: names from the file or the format, between backticks.
fn quoted_list(names: &[&str], separator: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(separator)
}

#[cfg(test)]
mod tests;
