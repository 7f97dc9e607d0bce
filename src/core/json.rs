//! A small JSON parser that remembers where every value starts.
//!
//! The validator reports each problem with its line and column, so that someone editing the
//! dataset by hand can jump to it. serde_json gives a line and column too, but only for the
//! first error and only where it was detected; the checks that come after parsing (a dangling
//! id, an impossible date) need the place of every value, which a deserialised struct no
//! longer has.
//!
//! It reads the text's bytes once, front to back, and keeps nothing but the values: time and
//! memory grow with the size of the text, never faster. Hostile input meets two limits, each
//! reported where it is passed: [`MAX_DEPTH`] levels of nesting (so that the stack cannot
//! overflow) and [`MAX_VALUES`] values (so that a file of tiny values cannot take gigabytes).

use std::fmt;

/// A position in the source text: 1-based line and column (columns count characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A JSON value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Kept as written, so that integers are read exactly.
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
}

/// One `"key": value` pair of an object, in the order written.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

/// The kinds of JSON value, as a message names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    List,
    Object,
}

impl Value {
    /// What a reader calls this kind of value in an English message: "a string", "an array".
    pub fn kind(&self) -> &'static str {
        match self.json_kind() {
            JsonKind::Null => "null",
            JsonKind::Bool => "true or false",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::List => "a list (array)",
            JsonKind::Object => "an object",
        }
    }

    pub fn json_kind(&self) -> JsonKind {
        match self {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// What the parser expected where it found something else (or the end of the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token {
    Value,
    FieldName,
    /// `:` after a field name.
    Colon,
    /// `,` or `}`.
    CommaOrBrace,
    /// `,` or `]`.
    CommaOrBracket,
    /// A hexadecimal digit of a `\u` escape.
    HexDigit,
    Digit,
    DigitAfterPoint,
    DigitInExponent,
}

/// What is wrong with a text that is not JSON, as data: its sentence in each language is in
/// `dataset::detail`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Something after the end of the data.
    AfterEnd {
        found: char,
    },
    /// The text ends where this was expected.
    EndsWhere {
        expected: Token,
    },
    ExpectedFound {
        expected: Token,
        found: char,
    },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// More than [`MAX_VALUES`] values.
    TooManyValues,
    /// A misspelt `true`, `false` or `null`.
    DidYouMean {
        word: &'static str,
    },
    /// A comma before this closing bracket.
    TrailingComma {
        close: char,
    },
    UnclosedString,
    /// A control character (a line break, a tab) inside a string.
    InString {
        found: char,
    },
    InvalidEscape,
    UnpairedSurrogate,
    UnknownEscape,
    LeadingZero,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    /// In English: what `detail` says.
    pub message: String,
    pub detail: Syntax,
}

impl SyntaxError {
    fn new(pos: Pos, detail: Syntax) -> SyntaxError {
        SyntaxError {
            pos,
            message: detail.say(crate::core::messages::Lang::En),
            detail,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

/// Deep enough for any real dataset, shallow enough that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// The most values one text may hold (2,097,152): five times the values of a 32 MB dataset like
/// the bundled one (which averages 88 bytes a value), and few enough that the tree of a text
/// made only of tiny values (`[0,0,0,…]`) stays near 130 MB, however they are nested (a value
/// takes 40 bytes, and the list being read may hold twice its length while it grows).
pub const MAX_VALUES: usize = 1 << 21;

pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        index: 0,
        line: 1,
        column: 1,
        values: 0,
    };
    // A byte-order mark is what some Windows editors put first; it is not an error.
    if text.starts_with('\u{feff}') {
        parser.index = '\u{feff}'.len_utf8();
    }
    parser.skip_whitespace();
    let node = parser.value(0)?;
    parser.skip_whitespace();
    if let Some(c) = parser.peek_char() {
        return Err(parser.error_here(Syntax::AfterEnd { found: c }));
    }
    Ok(node)
}

/// `4000000` as `4,000,000`, for messages.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// A byte offset, always at the start of a character.
    index: usize,
    line: u32,
    column: u32,
    values: usize,
}

/// Characters that show nothing, or reorder the text around them: named, not printed, in a
/// message, so that the message itself stays readable.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// How many bytes the character starting with this byte takes in UTF-8.
fn utf8_len(first: u8) -> usize {
    match first {
        0..=0x7F => 1,
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

impl Parser<'_> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text[self.index..].chars().next()
    }

    /// Steps over one character.
    fn bump(&mut self) {
        let Some(b) = self.peek() else {
            return;
        };
        self.index += utf8_len(b);
        if b == b'\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else {
            self.column = self.column.saturating_add(1);
        }
    }

    fn error_here(&self, detail: Syntax) -> SyntaxError {
        SyntaxError::new(self.pos(), detail)
    }

    fn unexpected(&self, expected: Token) -> SyntaxError {
        match self.peek_char() {
            None => self.error_here(Syntax::EndsWhere { expected }),
            Some(found) => self.error_here(Syntax::ExpectedFound { expected, found }),
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\r' => self.column = self.column.saturating_add(1),
                b'\n' => {
                    self.line = self.line.saturating_add(1);
                    self.column = 1;
                }
                _ => return,
            }
            self.index += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error_here(Syntax::TooDeep));
        }
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(self.error_here(Syntax::TooManyValues));
        }
        let pos = self.pos();
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            _ => return Err(self.unexpected(Token::Value)),
        };
        Ok(Node { pos, value })
    }

    fn literal(&mut self, word: &'static str, value: Value) -> Result<Value, SyntaxError> {
        if !self.bytes[self.index..].starts_with(word.as_bytes()) {
            return Err(self.error_here(Syntax::DidYouMean { word }));
        }
        self.index += word.len();
        self.column = self
            .column
            .saturating_add(word.len().try_into().unwrap_or(u32::MAX));
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.bump(); // {
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(if self.peek() == Some(b'}') {
                    self.error_here(Syntax::TrailingComma { close: '}' })
                } else {
                    self.unexpected(Token::FieldName)
                });
            }
            let key_pos = self.pos();
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.unexpected(Token::Colon));
            }
            self.bump();
            self.skip_whitespace();
            let value = self.value(depth + 1)?;
            members.push(Member {
                key,
                key_pos,
                value,
            });
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.unexpected(Token::CommaOrBrace)),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.bump(); // [
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            if self.peek() == Some(b']') {
                return Err(self.error_here(Syntax::TrailingComma { close: ']' }));
            }
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected(Token::CommaOrBracket)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos();
        self.bump(); // opening quote
        let mut out = String::new();
        loop {
            // The characters that need no attention, copied as one run.
            let run = self.index;
            let mut characters: u32 = 0;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                // Count characters, not bytes: a continuation byte is part of the one before.
                characters = characters.saturating_add(u32::from(b & 0xC0 != 0x80));
                self.index += 1;
            }
            self.column = self.column.saturating_add(characters);
            out.push_str(&self.text[run..self.index]);
            match self.peek() {
                None => return Err(SyntaxError::new(start, Syntax::UnclosedString)),
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    out.push(self.escape()?);
                }
                Some(b) => {
                    return Err(self.error_here(Syntax::InString {
                        found: char::from(b),
                    }));
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let pos = self.pos();
        let escaped = self.peek();
        self.bump();
        let c = match escaped {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    // A character outside the basic plane is written as a surrogate pair.
                    if self.peek() == Some(b'\\') {
                        self.bump();
                        let u = self.peek();
                        self.bump();
                        if u == Some(b'u') {
                            let low = self.hex4()?;
                            if (0xDC00..0xE000).contains(&low) {
                                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                                return char::from_u32(code)
                                    .ok_or_else(|| SyntaxError::new(pos, Syntax::InvalidEscape));
                            }
                        }
                    }
                    return Err(SyntaxError::new(pos, Syntax::UnpairedSurrogate));
                }
                return char::from_u32(high)
                    .ok_or_else(|| SyntaxError::new(pos, Syntax::UnpairedSurrogate));
            }
            _ => return Err(SyntaxError::new(pos, Syntax::UnknownEscape)),
        };
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.unexpected(Token::HexDigit))?;
            self.bump();
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.index;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error_here(Syntax::LeadingZero));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected(Token::Digit)),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.unexpected(Token::DigitAfterPoint));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.unexpected(Token::DigitInExponent));
            }
            self.digits();
        }
        Ok(self.text[start..self.index].to_string())
    }

    fn digits(&mut self) {
        let start = self.index;
        while let Some(b'0'..=b'9') = self.peek() {
            self.index += 1;
        }
        self.column = self
            .column
            .saturating_add((self.index - start).try_into().unwrap_or(u32::MAX));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> SyntaxError {
        parse(text).expect_err("should not parse")
    }

    #[test]
    fn parses_nested_values_with_positions() {
        let node = parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\"\n}").unwrap();
        let Value::Object(members) = &node.value else {
            panic!("not an object")
        };
        assert_eq!(members[0].key, "a");
        assert_eq!(members[0].key_pos, Pos { line: 2, column: 3 });
        assert_eq!(members[0].value.pos, Pos { line: 2, column: 8 });
        let Value::Array(items) = &members[0].value.value else {
            panic!("not an array")
        };
        assert_eq!(items[1].value, Value::Number("-2.5e3".into()));
        assert_eq!(
            items[1].pos,
            Pos {
                line: 2,
                column: 12
            }
        );
        assert_eq!(items[3].value, Value::Null);
        assert_eq!(members[1].value.value, Value::String("x".into()));
        assert_eq!(members[1].value.pos, Pos { line: 3, column: 8 });
    }

    #[test]
    fn decodes_escapes_and_non_ascii() {
        let node = parse(r#""a\"b\\c\n\u00e9\ud83d\ude00 é""#).unwrap();
        assert_eq!(node.value, Value::String("a\"b\\c\né😀 é".into()));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let node = parse("[\"é\", 1]").unwrap();
        let Value::Array(items) = node.value else {
            panic!()
        };
        assert_eq!(items[1].pos, Pos { line: 1, column: 7 });
    }

    #[test]
    fn reports_missing_comma_with_position() {
        let e = err("{\n  \"a\": 1\n  \"b\": 2\n}");
        assert_eq!(e.pos, Pos { line: 3, column: 3 });
        assert_eq!(e.message, "expected `,` or `}`, found `\"`");
    }

    #[test]
    fn reports_trailing_commas() {
        assert_eq!(
            err("[1, 2, ]").message,
            "a comma before `]` is not allowed in JSON"
        );
        assert_eq!(
            err("{\"a\": 1,}").message,
            "a comma before `}` is not allowed in JSON"
        );
    }

    #[test]
    fn reports_unclosed_string_at_its_start() {
        let e = err("{\"a\": \"open}");
        assert_eq!(e.pos, Pos { line: 1, column: 7 });
        assert_eq!(e.message, "this string is never closed (missing `\"`)");
    }

    #[test]
    fn reports_truncated_data() {
        assert_eq!(
            err("{\"a\": ").message,
            "the data ends where a value was expected"
        );
        assert_eq!(err("").message, "the data ends where a value was expected");
    }

    #[test]
    fn reports_bad_literals_numbers_and_escapes() {
        assert_eq!(
            err("[tru]").message,
            "expected a value; did you mean `true`?"
        );
        assert_eq!(err("[01]").message, "numbers may not start with 0");
        assert_eq!(
            err("[1.]").message,
            "expected a digit after the decimal point, found `]`"
        );
        assert_eq!(
            err(r#"["\x"]"#).message,
            "unknown escape: after `\\` use one of \" \\ / b f n r t u"
        );
        assert_eq!(
            err(r#"["\ud83d"]"#).message,
            "unpaired surrogate in a \\u escape"
        );
        assert_eq!(
            err("[\"a\nb\"]").message,
            "line break inside a string: write it as an escape such as \\n"
        );
        assert_eq!(
            err("{'a': 1}").message,
            "expected a field name in double quotes, found `'`"
        );
    }

    #[test]
    fn reports_content_after_the_data() {
        let e = err("{} x");
        assert_eq!(e.pos, Pos { line: 1, column: 4 });
        assert_eq!(e.message, "unexpected `x` after the end of the data");
    }

    #[test]
    fn refuses_excessive_nesting_without_overflowing_the_stack() {
        let deep = "[".repeat(10_000);
        assert_eq!(err(&deep).message, "nested deeper than 64 levels");
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        assert_eq!(parse("\u{feff}[]").unwrap().value, Value::Array(vec![]));
    }
    #[test]
    fn columns_count_characters_after_escapes_and_wide_characters() {
        let node = parse("{\"é中😀\": [\"\\u00e9\\n\", 1],\n \"b\": 2}").unwrap();
        let Value::Object(members) = node.value else {
            panic!()
        };
        let Value::Array(items) = &members[0].value.value else {
            panic!()
        };
        assert_eq!(
            items[0].pos,
            Pos {
                line: 1,
                column: 10
            }
        );
        assert_eq!(
            items[1].pos,
            Pos {
                line: 1,
                column: 22
            }
        );
        assert_eq!(members[1].key_pos, Pos { line: 2, column: 2 });
    }

    #[test]
    fn names_invisible_characters_instead_of_printing_them() {
        assert_eq!(
            err("[\u{202e}1]").message,
            "expected a value, found invisible character U+202E"
        );
        assert_eq!(
            err("[1]\u{200b}").message,
            "unexpected invisible character U+200B after the end of the data"
        );
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(4_000_000), "4,000,000");
    }
}
