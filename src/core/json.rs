//! A small JSON parser that remembers where every value starts.
//!
//! The validator reports each problem with its line and column, so that someone editing the
//! dataset by hand can jump to it. Off-the-shelf parsers forget positions once parsing succeeds.

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

impl Value {
    /// What a reader calls this kind of value in a message: "a string", "an array".
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list (array)",
            Value::Object(_) => "an object",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

/// Deep enough for any real dataset, shallow enough that hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        chars: text.chars().collect(),
        index: 0,
        line: 1,
        column: 1,
    };
    // A byte-order mark is what some Windows editors put first; it is not an error.
    if parser.peek() == Some('\u{feff}') {
        parser.index += 1;
    }
    parser.skip_whitespace();
    let node = parser.value(0)?;
    parser.skip_whitespace();
    if let Some(c) = parser.peek() {
        return Err(parser.error_here(format!(
            "unexpected {} after the end of the data",
            describe(c)
        )));
    }
    Ok(node)
}

struct Parser {
    chars: Vec<char>,
    index: usize,
    line: u32,
    column: u32,
}

fn describe(c: char) -> String {
    match c {
        '\n' => "line break".to_string(),
        c if c.is_control() => format!("control character U+{:04X}", c as u32),
        c => format!("`{c}`"),
    }
}

impl Parser {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.index += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn error_here(&self, message: String) -> SyntaxError {
        SyntaxError {
            pos: self.pos(),
            message,
        }
    }

    fn unexpected(&self, expected: &str) -> SyntaxError {
        match self.peek() {
            None => self.error_here(format!("the data ends where {expected} was expected")),
            Some(c) => self.error_here(format!("expected {expected}, found {}", describe(c))),
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error_here(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        let pos = self.pos();
        let value = match self.peek() {
            Some('{') => self.object(depth)?,
            Some('[') => self.array(depth)?,
            Some('"') => Value::String(self.string()?),
            Some('-' | '0'..='9') => Value::Number(self.number()?),
            Some('t') => self.literal("true", Value::Bool(true))?,
            Some('f') => self.literal("false", Value::Bool(false))?,
            Some('n') => self.literal("null", Value::Null)?,
            _ => return Err(self.unexpected("a value")),
        };
        Ok(Node { pos, value })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        let start = self.pos();
        for expected in word.chars() {
            if self.peek() != Some(expected) {
                return Err(SyntaxError {
                    pos: start,
                    message: format!("expected a value; did you mean `{word}`?"),
                });
            }
            self.bump();
        }
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.bump(); // {
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some('}') {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some('"') {
                return Err(if self.peek() == Some('}') {
                    self.error_here("a comma before `}` is not allowed in JSON".to_string())
                } else {
                    self.unexpected("a field name in double quotes")
                });
            }
            let key_pos = self.pos();
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(':') {
                return Err(self.unexpected("`:` after the field name"));
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
                Some(',') => {
                    self.bump();
                }
                Some('}') => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.bump(); // [
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            if self.peek() == Some(']') {
                return Err(
                    self.error_here("a comma before `]` is not allowed in JSON".to_string())
                );
            }
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            match self.peek() {
                Some(',') => {
                    self.bump();
                }
                Some(']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos();
        self.bump(); // opening quote
        let mut out = String::new();
        loop {
            match self.peek() {
                None => {
                    return Err(SyntaxError {
                        pos: start,
                        message: "this string is never closed (missing `\"`)".to_string(),
                    })
                }
                Some('"') => {
                    self.bump();
                    return Ok(out);
                }
                Some('\\') => {
                    self.bump();
                    out.push(self.escape()?);
                }
                Some(c) if (c as u32) < 0x20 => {
                    return Err(self.error_here(format!(
                        "{} inside a string: write it as an escape such as \\n",
                        describe(c)
                    )));
                }
                Some(c) => {
                    self.bump();
                    out.push(c);
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let pos = self.pos();
        let c = match self.bump() {
            Some('"') => '"',
            Some('\\') => '\\',
            Some('/') => '/',
            Some('b') => '\u{8}',
            Some('f') => '\u{c}',
            Some('n') => '\n',
            Some('r') => '\r',
            Some('t') => '\t',
            Some('u') => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    // A character outside the basic plane is written as a surrogate pair.
                    if self.peek() == Some('\\') {
                        self.bump();
                        if self.bump() == Some('u') {
                            let low = self.hex4()?;
                            if (0xDC00..0xE000).contains(&low) {
                                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                                return char::from_u32(code).ok_or_else(|| SyntaxError {
                                    pos,
                                    message: "invalid \\u escape".to_string(),
                                });
                            }
                        }
                    }
                    return Err(SyntaxError {
                        pos,
                        message: "unpaired surrogate in a \\u escape".to_string(),
                    });
                }
                return char::from_u32(high).ok_or_else(|| SyntaxError {
                    pos,
                    message: "unpaired surrogate in a \\u escape".to_string(),
                });
            }
            _ => {
                return Err(SyntaxError {
                    pos,
                    message: "unknown escape: after `\\` use one of \" \\ / b f n r t u"
                        .to_string(),
                })
            }
        };
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.unexpected("a hexadecimal digit in a \\u escape"))?;
            self.bump();
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let mut raw = String::new();
        if self.peek() == Some('-') {
            raw.push('-');
            self.bump();
        }
        match self.peek() {
            Some('0') => {
                raw.push('0');
                self.bump();
                if matches!(self.peek(), Some('0'..='9')) {
                    return Err(self.error_here("numbers may not start with 0".to_string()));
                }
            }
            Some('1'..='9') => self.digits(&mut raw),
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some('.') {
            raw.push('.');
            self.bump();
            if !matches!(self.peek(), Some('0'..='9')) {
                return Err(self.unexpected("a digit after the decimal point"));
            }
            self.digits(&mut raw);
        }
        if let Some(e @ ('e' | 'E')) = self.peek() {
            raw.push(e);
            self.bump();
            if let Some(sign @ ('+' | '-')) = self.peek() {
                raw.push(sign);
                self.bump();
            }
            if !matches!(self.peek(), Some('0'..='9')) {
                return Err(self.unexpected("a digit in the exponent"));
            }
            self.digits(&mut raw);
        }
        Ok(raw)
    }

    fn digits(&mut self, raw: &mut String) {
        while let Some(c @ '0'..='9') = self.peek() {
            raw.push(c);
            self.bump();
        }
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
}
