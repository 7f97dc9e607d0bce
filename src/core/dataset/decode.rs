//! Reads the parsed JSON into the model, collecting the problems on the way instead of stopping
//! at the first: someone fixing the file by hand wants the whole list at once. Past the first
//! hundred they are only counted (see [`Problems`]), and every check takes time in proportion
//! to what it reads, so that a hostile file costs no more than its size.

use std::collections::{BTreeMap, HashMap};

use super::detail::{Detail, Expected, FieldHint, IdSpace, NumberFound, Quoted};
use super::languages::{LocatedText, LocatedValue};
use super::model::*;
use super::problems::{excerpt, Collector, Problem, ProblemKind, Problems};
use crate::core::date::{PartialDate, Precision};
use crate::core::json::{self, Member, Node, Pos, Value};

/// Names, titles and labels stay short enough for a table cell.
pub const NAME_MAX: usize = 300;
/// Descriptions, summaries and notes.
pub const TEXT_MAX: usize = 2000;
pub const ID_MAX: usize = 64;

/// The largest dataset read, in bytes (32 MB): a hundred times the bundled one. Past it a file
/// is refused before it is read, so that what reading takes stays bounded.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// Past this many ids of one kind, a reference to an unknown id gets no "did you mean" hint:
/// finding the nearest would take longer than reading the file.
const HINT_CANDIDATES_MAX: usize = 2_000;

/// Reads and checks a dataset. Returns the problems found in file order: the first
/// [`MAX_PROBLEMS`](super::MAX_PROBLEMS), and how many more of each kind.
pub fn load(text: &str) -> Result<Dataset, Problems> {
    read(text, false).map(|(dataset, _)| dataset)
}

/// Reads and checks a dataset like [`load`], and also returns every text of it with where it
/// is written, in file order, for checks that report positions (such as the languages).
pub fn load_located(text: &str) -> Result<(Dataset, Vec<LocatedText>), Problems> {
    read(text, true)
}

/// Reads and checks a dataset from the bytes of its file, as fetched or read from disk: see
/// [`text_of`] for what is refused before reading.
pub fn load_bytes(bytes: &[u8]) -> Result<Dataset, Problems> {
    load(text_of(bytes).map_err(Problems::one)?)
}

/// [`load_located`] from the bytes of a file.
pub fn load_located_bytes(bytes: &[u8]) -> Result<(Dataset, Vec<LocatedText>), Problems> {
    load_located(text_of(bytes).map_err(Problems::one)?)
}

/// The text of a dataset file: UTF-8, with or without a byte-order mark (which is left for the
/// JSON reader to skip). A file larger than [`MAX_BYTES`], a file in UTF-16 or UTF-32, and bytes
/// that are not UTF-8 give one problem each, placed where it can be fixed.
pub fn text_of(bytes: &[u8]) -> Result<&str, Problem> {
    let start = Pos { line: 1, column: 1 };
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len()));
    }
    if let Some(encoding) = wide_encoding(bytes) {
        return Err(Problem::new(start, "", ProblemKind::Encoding, encoding));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        let pos = position_of_byte(bytes, valid);
        let detail = match e.error_len() {
            Some(_) => Detail::NotUtf8 { byte: bytes[valid] },
            None => Detail::CutUtf8,
        };
        Problem::new(pos, "", ProblemKind::Encoding, detail)
    })
}

/// The problem of a file of this many bytes, larger than [`MAX_BYTES`].
pub fn too_large(bytes: usize) -> Problem {
    Problem::new(
        Pos { line: 1, column: 1 },
        "",
        ProblemKind::TooLarge,
        Detail::TooLarge { bytes },
    )
}

/// UTF-32 and UTF-16, told by their byte-order mark or, without one, by the zero bytes beside
/// the first character: a JSON text starts with an ASCII character, and a zero byte is never
/// valid JSON in UTF-8 (inside a string it must be escaped as `\u0000`).
fn wide_encoding(bytes: &[u8]) -> Option<Detail> {
    // (UTF-32, big-endian, with a byte-order mark)
    let (utf32, big_endian, byte_order_mark) = match bytes {
        [0, 0, 0xFE, 0xFF, ..] => (true, true, true),
        [0xFF, 0xFE, 0, 0, ..] => (true, false, true),
        [0xFE, 0xFF, ..] => (false, true, true),
        [0xFF, 0xFE, ..] => (false, false, true),
        [0, 0, 0, b, ..] if *b != 0 => (true, true, false),
        [b, 0, 0, 0, ..] if *b != 0 => (true, false, false),
        [0, b, ..] if *b != 0 => (false, true, false),
        [b, 0, ..] if *b != 0 => (false, false, false),
        _ => return None,
    };
    Some(Detail::WideEncoding {
        utf32,
        big_endian,
        byte_order_mark,
    })
}

/// Line and column (1-based, in characters) of a byte offset in bytes that are UTF-8 up to it.
fn position_of_byte(bytes: &[u8], offset: usize) -> Pos {
    let before = &bytes[..offset];
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    // Characters, not bytes: continuation bytes are part of the character before them.
    let column = before[line_start..]
        .iter()
        .filter(|b| **b & 0xC0 != 0x80)
        .count()
        + 1;
    Pos {
        line: line.try_into().unwrap_or(u32::MAX),
        column: column.try_into().unwrap_or(u32::MAX),
    }
}

fn read(text: &str, collect_texts: bool) -> Result<(Dataset, Vec<LocatedText>), Problems> {
    if text.len() > MAX_BYTES {
        return Err(Problems::one(too_large(text.len())));
    }
    let root = json::parse(text).map_err(|e| {
        Problems::one(Problem::new(
            e.pos,
            "",
            ProblemKind::Syntax,
            Detail::Syntax(e.detail),
        ))
    })?;
    let mut reader = Reader {
        collect_texts,
        ..Reader::default()
    };
    let dataset = reader.dataset(&root);
    if reader.problems.is_empty() {
        if let Some(dataset) = dataset {
            return Ok((dataset, reader.texts));
        }
        // Unreachable in practice: every None above is paired with a problem.
        reader.problem(ProblemKind::Other, root.pos, "", Detail::Unreadable);
    }
    Err(reader.problems.finish())
}

#[derive(Default)]
struct Reader {
    problems: Collector,
    /// Every id defined so far, per kind (at the kind's place among `IdSpace`'s), with where it
    /// was defined.
    ids: [BTreeMap<String, Pos>; IdSpace::COUNT],
    /// Every text read, with its position and whether readers need it translated (only when
    /// `collect_texts`).
    texts: Vec<LocatedText>,
    collect_texts: bool,
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        excerpt(key)
    } else {
        format!("{path}.{}", excerpt(key))
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// An object being read as a record: reads its fields, and remembers the name of every field
/// asked for, present or not, in the order asked. Those are the fields of the record:
/// [`Obj::finish`] reports the members that none of them names, and lists them in its hints.
struct Obj<'a, 'r> {
    reader: &'r mut Reader,
    members: &'a [Member],
    pos: Pos,
    path: String,
    asked: Vec<&'static str>,
}

impl<'a> Obj<'a, '_> {
    /// The field of this name, if the object has it, with its path; asking makes it one of the
    /// record's fields.
    fn field(&mut self, name: &'static str) -> Option<(&'a Node, String)> {
        if !self.asked.contains(&name) {
            self.asked.push(name);
        }
        let member = self.members.iter().find(|m| m.key == name)?;
        Some((&member.value, child(&self.path, name)))
    }

    /// A field looked up with [`Obj::field`] that the record requires: reports it missing.
    fn present(
        &mut self,
        name: &str,
        field: Option<(&'a Node, String)>,
    ) -> Option<(&'a Node, String)> {
        if field.is_none() {
            self.reader.problem(
                ProblemKind::MissingField,
                self.pos,
                &self.path,
                Detail::MissingField {
                    field: name.to_string(),
                },
            );
        }
        field
    }

    /// Reads a field the record requires; `None` if it is missing or wrong.
    fn required<T>(
        &mut self,
        name: &'static str,
        read: impl FnOnce(&mut Reader, &'a Node, &str) -> Option<T>,
    ) -> Option<T> {
        let field = self.field(name);
        let (node, path) = self.present(name, field)?;
        read(self.reader, node, &path)
    }

    /// Reads a required list, each item with `read`.
    fn list<T>(
        &mut self,
        name: &'static str,
        at_least_one: bool,
        read: impl FnMut(&mut Reader, &Node, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.required(name, |r, n, p| Some(r.list(n, p, at_least_one, read)))
    }

    /// Reads a required list of at least one id, each referring to something of `space`.
    fn references(&mut self, name: &'static str, space: IdSpace) -> Option<Vec<String>> {
        self.required(name, |r, n, p| Some(r.references(space, n, p, true)))
    }

    /// Reads a field the record may leave out: absent is fine (`Some(None)`), present but wrong
    /// is a failure (`None`).
    fn optional<T>(
        &mut self,
        name: &'static str,
        read: impl FnOnce(&mut Reader, &'a Node, &str) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.field(name) {
            None => Some(None),
            Some((node, path)) => read(self.reader, node, &path).map(Some),
        }
    }

    /// Ends reading the record: reports the members that no field asked for names, misspelt or
    /// unsupported. A repeated field is reported once, as repeated, not again as unknown.
    fn finish(self) {
        let known = self.asked.as_slice();
        for member in self.members {
            if known.contains(&member.key.as_str()) {
                continue;
            }
            self.reader.problem_with(
                ProblemKind::UnknownField,
                member.key_pos,
                &child(&self.path, &member.key),
                || Detail::UnknownField {
                    field: Quoted::of(&member.key),
                    hint: match closest(&member.key, known.iter().copied()) {
                        Some(near) => FieldHint::DidYouMean(near),
                        None => FieldHint::Fields(known.to_vec()),
                    },
                },
            );
        }
    }
}

impl Reader {
    fn problem(&mut self, kind: ProblemKind, pos: Pos, path: &str, detail: Detail) {
        self.problems.add(kind, pos, path, || detail);
    }

    /// A problem whose sentence takes work (a hint, a copy of a value): made only if the
    /// problem is to be shown.
    fn problem_with(
        &mut self,
        kind: ProblemKind,
        pos: Pos,
        path: &str,
        detail: impl FnOnce() -> Detail,
    ) {
        self.problems.add(kind, pos, path, detail);
    }

    fn wrong_type(&mut self, node: &Node, path: &str, expected: Expected) {
        let found = node.value.json_kind();
        self.problem(
            ProblemKind::WrongType,
            node.pos,
            path,
            Detail::WrongType { expected, found },
        );
    }

    /// Reports each field written a second time in an object: found by hashing in a large
    /// object, so that one with a million fields is read in linear time.
    fn repeated_fields(&mut self, members: &[Member], path: &str) {
        // A map from the key to where it was first seen rather than a set: the module has the
        // code of that kind of map already (`core::index::places`), and not of a set's.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, member) in members.iter().enumerate() {
            let repeated = if members.len() <= 16 {
                members[..i].iter().any(|m| m.key == member.key)
            } else {
                seen.insert(&member.key, i).is_some()
            };
            if repeated {
                self.problem_with(
                    ProblemKind::RepeatedField,
                    member.key_pos,
                    &child(path, &member.key),
                    || Detail::RepeatedField {
                        field: Quoted::of(&member.key),
                    },
                );
            }
        }
    }

    fn object<'a>(&mut self, node: &'a Node, path: &str) -> Option<Obj<'a, '_>> {
        let Value::Object(members) = &node.value else {
            self.wrong_type(node, path, Expected::Object);
            return None;
        };
        self.repeated_fields(members, path);
        Some(Obj {
            reader: self,
            members,
            pos: node.pos,
            path: path.to_string(),
            asked: Vec::with_capacity(16),
        })
    }

    fn string<'a>(&mut self, node: &'a Node, path: &str) -> Option<&'a str> {
        match &node.value {
            Value::String(s) => Some(s),
            _ => {
                self.wrong_type(node, path, Expected::String);
                None
            }
        }
    }

    fn checked_text(&mut self, pos: Pos, path: &str, text: &str, max: usize) -> bool {
        if text.trim().is_empty() {
            self.problem(ProblemKind::EmptyText, pos, path, Detail::EmptyText);
            return false;
        }
        let length = text.chars().count();
        if length > max {
            self.problem(
                ProblemKind::LongText,
                pos,
                path,
                Detail::LongText { length, max },
            );
            return false;
        }
        true
    }

    /// A reader-facing text that is to be given in every language.
    fn text(&mut self, node: &Node, path: &str, max: usize) -> Option<Text> {
        self.text_as(node, path, max, true)
    }

    /// A text kept as written and not translated: a personal or organisation name, or a
    /// publisher's own title.
    fn name_text(&mut self, node: &Node, path: &str, max: usize) -> Option<Text> {
        self.text_as(node, path, max, false)
    }

    /// Keeps a text as written, with where each of its values is, for [`load_located`].
    fn locate(&mut self, node: &Node, path: &str, translated: bool) {
        let mut located = LocatedText {
            pos: node.pos,
            path: path.to_string(),
            translated,
            values: Vec::new(),
        };
        if let Value::String(s) = &node.value {
            located.values.push(LocatedValue {
                language: "en".into(),
                pos: node.pos,
                text: s.clone(),
            });
        } else if let Value::Object(members) = &node.value {
            for member in members {
                if let Value::String(s) = &member.value.value {
                    located.values.push(LocatedValue {
                        language: member.key.clone(),
                        pos: member.value.pos,
                        text: s.clone(),
                    });
                }
            }
        }
        self.texts.push(located);
    }

    fn text_as(&mut self, node: &Node, path: &str, max: usize, translated: bool) -> Option<Text> {
        if self.collect_texts {
            self.locate(node, path, translated);
        }
        match &node.value {
            Value::String(s) => self
                .checked_text(node.pos, path, s, max)
                .then(|| Text::en(s)),
            Value::Object(members) => {
                let mut text = Text::default();
                let mut ok = true;
                self.repeated_fields(members, path);
                for member in members {
                    let path = child(path, &member.key);
                    if !LANGUAGES.contains(&member.key.as_str()) {
                        self.problem_with(
                            ProblemKind::UnsupportedLanguage,
                            member.key_pos,
                            &path,
                            || Detail::UnsupportedLanguage {
                                code: Quoted::of(&member.key),
                            },
                        );
                        ok = false;
                        continue;
                    }
                    let Some(s) = self.string(&member.value, &path) else {
                        ok = false;
                        continue;
                    };
                    ok &= self.checked_text(member.value.pos, &path, s, max);
                    if member.key == "en" {
                        text.en = s.to_string();
                    } else {
                        text.translations.insert(member.key.clone(), s.to_string());
                    }
                }
                if !members.iter().any(|m| m.key == "en") {
                    self.problem(
                        ProblemKind::MissingEnglish,
                        node.pos,
                        path,
                        Detail::MissingEnglish,
                    );
                    ok = false;
                }
                ok.then_some(text)
            }
            _ => {
                self.wrong_type(node, path, Expected::Text);
                None
            }
        }
    }

    fn id(&mut self, node: &Node, path: &str) -> Option<String> {
        let s = self.string(node, path)?;
        let valid = !s.is_empty()
            && s.len() <= ID_MAX
            && s.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !valid {
            self.problem_with(ProblemKind::InvalidId, node.pos, path, || {
                Detail::InvalidId { id: Quoted::of(s) }
            });
            return None;
        }
        Some(s.to_string())
    }

    /// Reads an id that defines something, and records it; a second definition is a problem.
    fn define(&mut self, space: IdSpace, node: &Node, path: &str) -> Option<String> {
        let id = self.id(node, path)?;
        let defined = &mut self.ids[space as usize];
        if let Some(first) = defined.get(&id).copied() {
            self.problem(
                ProblemKind::DuplicateId,
                node.pos,
                path,
                Detail::DuplicateId {
                    space,
                    id: id.clone(),
                    first,
                },
            );
            return None;
        }
        defined.insert(id.clone(), node.pos);
        Some(id)
    }

    /// Reads an id that refers to something defined elsewhere in the file.
    fn reference(&mut self, space: IdSpace, node: &Node, path: &str) -> Option<String> {
        let id = self.id(node, path)?;
        let known = &self.ids[space as usize];
        if known.contains_key(&id) {
            return Some(id);
        }
        // The hint compares the id with every known one: only for a problem that is shown,
        // and among a number of ids a person could have meant.
        let near = if self.problems.keeps(ProblemKind::UnknownId, node.pos) {
            Some(known)
                .filter(|known| known.len() <= HINT_CANDIDATES_MAX)
                .and_then(|known| closest(&id, known.keys().map(String::as_str)))
                .map(str::to_string)
        } else {
            None
        };
        self.problem(
            ProblemKind::UnknownId,
            node.pos,
            path,
            Detail::UnknownId { space, id, near },
        );
        None
    }

    fn references(
        &mut self,
        space: IdSpace,
        node: &Node,
        path: &str,
        at_least_one: bool,
    ) -> Vec<String> {
        let ids = self.list(node, path, at_least_one, |r, item, path| {
            r.reference(space, item, path)
        });
        let Value::Array(items) = &node.value else {
            return ids;
        };
        // As in `repeated_fields`, a map rather than a set.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            if let Value::String(s) = &item.value {
                let repeated = if items.len() <= 16 {
                    items[..i]
                        .iter()
                        .any(|other| matches!(&other.value, Value::String(o) if o == s))
                } else {
                    seen.insert(s, i).is_some()
                };
                if repeated {
                    self.problem_with(ProblemKind::ListedTwice, item.pos, &index(path, i), || {
                        Detail::ListedTwice {
                            space,
                            id: Quoted::of(s),
                        }
                    });
                }
            }
        }
        ids
    }

    fn list<T>(
        &mut self,
        node: &Node,
        path: &str,
        at_least_one: bool,
        mut read: impl FnMut(&mut Self, &Node, &str) -> Option<T>,
    ) -> Vec<T> {
        let Value::Array(items) = &node.value else {
            self.wrong_type(node, path, Expected::List);
            return Vec::new();
        };
        if at_least_one && items.is_empty() {
            self.problem(ProblemKind::EmptyList, node.pos, path, Detail::EmptyList);
        }
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| read(self, item, &index(path, i)))
            .collect()
    }

    fn whole_number(&mut self, node: &Node, path: &str, min: u32) -> Option<u32> {
        let parsed = match &node.value {
            Value::Number(raw) => raw.parse::<u32>().ok(),
            _ => None,
        };
        match parsed {
            Some(n) if n >= min => Some(n),
            _ => {
                self.problem_with(ProblemKind::Number, node.pos, path, || Detail::Number {
                    min,
                    found: match &node.value {
                        Value::Number(raw) => NumberFound::Number(Quoted::of(raw)),
                        other => NumberFound::Other(other.json_kind()),
                    },
                });
                None
            }
        }
    }

    fn date(&mut self, node: &Node, path: &str) -> Option<PartialDate> {
        let s = self.string(node, path)?;
        match PartialDate::parse_checked(s) {
            Ok(date) => Some(date),
            Err(why) => {
                self.problem_with(ProblemKind::Date, node.pos, path, || {
                    let value = Quoted::of(s);
                    match why {
                        None => Detail::NotADate { value },
                        Some(why) => Detail::ImpossibleDate { value, why },
                    }
                });
                None
            }
        }
    }

    /// A date that must name its day: when the dataset was last brought up to date.
    fn day(&mut self, node: &Node, path: &str) -> Option<PartialDate> {
        let date = self.date(node, path)?;
        if date.precision() != Precision::Day {
            self.problem(ProblemKind::Date, node.pos, path, Detail::NotADay { date });
            return None;
        }
        Some(date)
    }

    fn url(&mut self, node: &Node, path: &str) -> Option<String> {
        let s = self.string(node, path)?;
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"));
        let host_ok = rest.is_some_and(|r| {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
        });
        if !host_ok || s.chars().any(char::is_whitespace) || s.len() > 2000 {
            self.problem_with(ProblemKind::Url, node.pos, path, || Detail::NotAUrl {
                value: Quoted::of(s),
            });
            return None;
        }
        // Characters a web address never holds as they are: quotes and angle brackets (markup),
        // controls, and invisible characters that can make one address look like another.
        if let Some(c) = s
            .chars()
            .find(|c| c.is_control() || json::is_invisible(*c) || "\"<>\\^`{|}".contains(*c))
        {
            self.problem_with(ProblemKind::Url, node.pos, path, || Detail::UrlCharacter {
                value: Quoted::of(s),
                character: c,
            });
            return None;
        }
        Some(s.to_string())
    }

    fn named<T: Named>(&mut self, node: &Node, path: &str) -> Option<T> {
        let s = self.string(node, path)?;
        if let Some(value) = T::from_name(s) {
            return Some(value);
        }
        self.problem_with(ProblemKind::NotOneOf, node.pos, path, || Detail::NotOneOf {
            value: Quoted::of(s),
            allowed: T::ALL.iter().map(|(_, n)| *n).collect(),
        });
        None
    }

    fn time_zone(&mut self, node: &Node, path: &str) -> Option<String> {
        let s = self.string(node, path)?;
        let valid = s == "UTC"
            || (s.contains('/')
                && s.split('/').all(|part| {
                    !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
                }));
        if !valid {
            self.problem_with(ProblemKind::TimeZone, node.pos, path, || Detail::TimeZone {
                value: Quoted::of(s),
            });
            return None;
        }
        Some(s.to_string())
    }

    // ---- the format itself ----

    fn dataset(&mut self, root: &Node) -> Option<Dataset> {
        let mut obj = self.object(root, "")?;
        let version = obj.field("schema_version");
        if let Some((node, path)) = obj.present("schema_version", version) {
            match &node.value {
                Value::Number(raw) if raw == &SCHEMA_VERSION.to_string() => {}
                Value::Number(raw) => {
                    // Reading a dataset of another version field by field would only bury
                    // this one message under many that follow from it.
                    obj.reader.problem(
                        ProblemKind::SchemaVersion,
                        node.pos,
                        &path,
                        Detail::SchemaVersion {
                            found: Quoted::of(raw),
                        },
                    );
                    return None;
                }
                _ => obj.reader.wrong_type(node, &path, Expected::WholeNumber),
            }
        }
        let updated = obj.optional("updated", Self::day);
        let translations = obj.optional("translations", Self::translations);
        let sources = obj.list("sources", true, Self::source);
        // Read after the sources, which it names.
        let announcements = obj.optional("announcements", |r, n, p| {
            let id = r.reference(IdSpace::Source, n, p)?;
            let source = sources.as_ref()?.iter().find(|s| s.id == id)?;
            if source.url.is_none() {
                r.problem(
                    ProblemKind::Url,
                    n.pos,
                    p,
                    Detail::AnnouncementsWithoutUrl { source: id },
                );
                return None;
            }
            Some(id)
        });
        let working_groups = obj.list("working_groups", true, Self::working_group);
        let themes = obj.list("themes", true, Self::theme);
        let dialogues = obj.list("dialogues", false, Self::dialogue);
        obj.finish();
        Some(Dataset {
            translations: translations?,
            updated: updated?,
            announcements: announcements?,
            sources: sources?,
            working_groups: working_groups?,
            themes: themes?,
            dialogues: dialogues?,
        })
    }

    fn translations(&mut self, node: &Node, path: &str) -> Option<Translations> {
        let mut obj = self.object(node, path)?;
        let source_language = obj.required("source_language", |r, n, p| {
            let s = r.string(n, p)?;
            if s == "en" {
                return Some(s.to_string());
            }
            r.problem_with(ProblemKind::SourceLanguage, n.pos, p, || {
                Detail::SourceLanguage {
                    found: Quoted::of(s),
                }
            });
            None
        });
        let note = obj.required("note", |r, n, p| r.text(n, p, TEXT_MAX));
        obj.finish();
        Some(Translations {
            source_language: source_language?,
            note: note?,
        })
    }

    fn source(&mut self, node: &Node, path: &str) -> Option<Source> {
        let mut obj = self.object(node, path)?;
        let id = obj.required("id", |r, n, p| r.define(IdSpace::Source, n, p));
        // The publisher's own words, not translated; the description is the project's, and is.
        let title = obj.optional("title", |r, n, p| r.name_text(n, p, NAME_MAX));
        let description = obj.optional("description", |r, n, p| r.text(n, p, NAME_MAX));
        if matches!((&title, &description), (Some(None), Some(None))) {
            obj.reader.problem(
                ProblemKind::MissingField,
                obj.pos,
                &obj.path,
                Detail::SourceWithoutTitle,
            );
        }
        let publisher = obj.required("publisher", |r, n, p| r.name_text(n, p, NAME_MAX));
        let kind = obj.required("kind", Self::named);
        let url = obj.optional("url", Self::url);
        let published = obj.optional("published", Self::date);
        obj.finish();
        Some(Source {
            id: id?,
            title: title?,
            description: description?,
            publisher: publisher?,
            kind: kind?,
            url: url?,
            published: published?,
        })
    }

    fn working_group(&mut self, node: &Node, path: &str) -> Option<WorkingGroup> {
        let mut obj = self.object(node, path)?;
        let id = obj.required("id", |r, n, p| r.define(IdSpace::WorkingGroup, n, p));
        let text = |r: &mut Self, n: &Node, p: &str| r.text(n, p, NAME_MAX);
        let name = obj.required("name", text);
        let short_name = obj.required("short_name", text);
        let instrument = obj.required("instrument", text);
        obj.finish();
        Some(WorkingGroup {
            id: id?,
            name: name?,
            short_name: short_name?,
            instrument: instrument?,
        })
    }

    fn theme(&mut self, node: &Node, path: &str) -> Option<Theme> {
        let mut obj = self.object(node, path)?;
        let id = obj.required("id", |r, n, p| r.define(IdSpace::Theme, n, p));
        let label = obj.required("label", |r, n, p| r.text(n, p, NAME_MAX));
        let description = obj.required("description", |r, n, p| r.text(n, p, TEXT_MAX));
        obj.finish();
        Some(Theme {
            id: id?,
            label: label?,
            description: description?,
        })
    }

    fn dialogue(&mut self, node: &Node, path: &str) -> Option<Dialogue> {
        let mut obj = self.object(node, path)?;
        let id = obj.required("id", |r, n, p| r.define(IdSpace::Dialogue, n, p));
        let working_groups = obj.references("working_groups", IdSpace::WorkingGroup);
        let follows_sessions = obj.list("follows_sessions", false, Self::session);
        let date = obj.optional("date", Self::date);
        let time_zone = obj.required("time_zone", Self::time_zone);
        let venue = obj.optional("venue", |r, n, p| r.text(n, p, NAME_MAX));
        let format = obj.optional("format", Self::named);
        let chairs = obj.list("chairs", false, Self::chair);
        let ordinals = obj.list("ordinals", false, Self::ordinal);
        let agenda_items = obj.list("agenda_items", false, Self::entry);
        let topics_raised = obj.list("topics_raised", false, Self::entry);
        let attendance = obj.list("attendance", false, Self::attendance);
        let certainty = obj.required("certainty", Self::certainty);
        let sources = obj.references("sources", IdSpace::Source);
        let notes = obj.optional("notes", |r, n, p| r.text(n, p, TEXT_MAX));
        obj.finish();
        Some(Dialogue {
            id: id?,
            working_groups: working_groups?,
            follows_sessions: follows_sessions?,
            date: date?,
            time_zone: time_zone?,
            venue: venue?,
            format: format?,
            chairs: chairs?,
            ordinals: ordinals?,
            agenda_items: agenda_items?,
            topics_raised: topics_raised?,
            attendance: attendance?,
            certainty: certainty?,
            sources: sources?,
            notes: notes?,
        })
    }

    fn session(&mut self, node: &Node, path: &str) -> Option<Session> {
        let mut obj = self.object(node, path)?;
        let working_group = obj.required("working_group", |r, n, p| {
            r.reference(IdSpace::WorkingGroup, n, p)
        });
        let number = obj.optional("number", |r, n, p| r.whole_number(n, p, 1));
        let start = obj.optional("start", Self::date);
        let end = obj.optional("end", |r, n, p| {
            let end = r.date(n, p)?;
            if let Some(Some(start)) = start {
                if end < start {
                    r.problem(
                        ProblemKind::SessionDates,
                        n.pos,
                        p,
                        Detail::SessionEndsBeforeStart { start, end },
                    );
                }
            }
            Some(end)
        });
        obj.finish();
        Some(Session {
            working_group: working_group?,
            number: number?,
            start: start?,
            end: end?,
        })
    }

    fn chair(&mut self, node: &Node, path: &str) -> Option<Chair> {
        let mut obj = self.object(node, path)?;
        let name = obj.required("name", |r, n, p| r.name_text(n, p, NAME_MAX));
        let country = obj.optional("country", |r, n, p| r.text(n, p, NAME_MAX));
        let role = obj.required("role", Self::named);
        let source = obj.required("source", |r, n, p| r.reference(IdSpace::Source, n, p));
        obj.finish();
        Some(Chair {
            name: name?,
            country: country?,
            role: role?,
            source: source?,
        })
    }

    fn ordinal(&mut self, node: &Node, path: &str) -> Option<Ordinal> {
        let mut obj = self.object(node, path)?;
        let value = obj.required("value", |r, n, p| r.whole_number(n, p, 1));
        let counted_among = obj.required("counted_among", |r, n, p| r.text(n, p, NAME_MAX));
        let reported_by = obj.required("reported_by", |r, n, p| r.reference(IdSpace::Source, n, p));
        obj.finish();
        Some(Ordinal {
            value: value?,
            counted_among: counted_among?,
            reported_by: reported_by?,
        })
    }

    fn entry(&mut self, node: &Node, path: &str) -> Option<Entry> {
        let mut obj = self.object(node, path)?;
        let id = obj.required("id", |r, n, p| r.define(IdSpace::Entry, n, p));
        let text = obj.required("text", |r, n, p| r.text(n, p, TEXT_MAX));
        let themes = obj.references("themes", IdSpace::Theme);
        let source = obj.required("source", |r, n, p| r.reference(IdSpace::Source, n, p));
        obj.finish();
        Some(Entry {
            id: id?,
            text: text?,
            themes: themes?,
            source: source?,
        })
    }

    fn attendance(&mut self, node: &Node, path: &str) -> Option<Attendance> {
        let mut obj = self.object(node, path)?;
        let count = obj.required("count", |r, n, p| r.whole_number(n, p, 0));
        let qualifier = obj.required("qualifier", Self::named);
        let counted = obj.required("counted", Self::named);
        let note = obj.optional("note", |r, n, p| r.text(n, p, TEXT_MAX));
        let reported_by = obj.required("reported_by", |r, n, p| r.reference(IdSpace::Source, n, p));
        obj.finish();
        Some(Attendance {
            count: count?,
            qualifier: qualifier?,
            counted: counted?,
            note: note?,
            reported_by: reported_by?,
        })
    }

    fn certainty(&mut self, node: &Node, path: &str) -> Option<Certainty> {
        let mut obj = self.object(node, path)?;
        let level = obj.required("level", Self::named);
        let note = obj.optional("note", |r, n, p| r.text(n, p, TEXT_MAX));
        obj.finish();
        Some(Certainty {
            level: level?,
            note: note?,
        })
    }
}

/// The known name nearest to a misspelt one, when it is near enough to be a likely typo.
fn closest<'a>(word: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // The names and ids compared with are short: a word this long is near none of them.
    if word.len() > 256 {
        return None;
    }
    known
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let known = ["title", "publisher", "kind"];
        assert_eq!(closest("titel", known.iter().copied()), Some("title"));
        assert_eq!(
            closest("publsher", known.iter().copied()),
            Some("publisher")
        );
        assert_eq!(closest("colour", known.iter().copied()), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn a_problem_reads_as_path_then_message() {
        let p = Problem::new(
            Pos { line: 3, column: 9 },
            "dialogues[0].id",
            ProblemKind::EmptyList,
            Detail::EmptyList,
        );
        assert_eq!(
            p.to_string(),
            "dialogues[0].id: the list is empty: at least one item is required"
        );
    }

    fn first(bytes: &[u8]) -> Problem {
        let problems = load_bytes(bytes).expect_err("should not load");
        problems[0].clone()
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn names_the_encoding_of_a_file_that_is_not_utf8() {
        for (bytes, name) in [
            (
                utf16("\u{feff}{}", false),
                "UTF-16 (little-endian, with a byte-order mark)",
            ),
            (
                utf16("\u{feff}{}", true),
                "UTF-16 (big-endian, with a byte-order mark)",
            ),
            (utf16("{}", false), "UTF-16 (little-endian)"),
            (utf16("{}", true), "UTF-16 (big-endian)"),
            (b"{\0\0\0}\0\0\0".to_vec(), "UTF-32 (little-endian)"),
        ] {
            let p = first(&bytes);
            assert_eq!(p.kind, ProblemKind::Encoding);
            assert_eq!(p.pos, Pos { line: 1, column: 1 });
            assert_eq!(
                p.message,
                format!("the file is {name} text, not UTF-8: save it as UTF-8 and load it again")
            );
        }
    }

    #[test]
    fn places_a_byte_that_is_not_utf8_where_it_is() {
        let p = first(b"{\n  \"a\": \"caf\xe9 \xc3\xa9\"\n}");
        assert_eq!(
            p.pos,
            Pos {
                line: 2,
                column: 12
            }
        );
        assert!(p.message.contains("the byte 0xE9 here"), "{}", p.message);
        let p = first("{\"é\": 1} \u{e9}".as_bytes().split_last().unwrap().1);
        assert_eq!(
            p.pos,
            Pos {
                line: 1,
                column: 10
            }
        );
        assert!(p.message.contains("ends in the middle"), "{}", p.message);
    }

    #[test]
    fn a_byte_order_mark_is_read_past() {
        let p = first(b"\xef\xbb\xbf[]");
        assert_eq!(p.message, "expected an object, found a list (array)");
        assert_eq!(p.pos, Pos { line: 1, column: 1 });
    }

    #[test]
    fn refuses_a_file_larger_than_the_limit_before_reading_it() {
        let big = vec![b' '; MAX_BYTES + 1];
        let p = first(&big);
        assert_eq!(p.kind, ProblemKind::TooLarge);
        assert_eq!(
            p.message,
            "the file is too large: 33,554,433 bytes, at most 33,554,432 (32 MB)"
        );
        let text = " ".repeat(MAX_BYTES + 1);
        assert_eq!(load(&text).unwrap_err()[0].kind, ProblemKind::TooLarge);
    }

    #[test]
    fn a_lone_surrogate_is_a_located_syntax_error() {
        let p = first(b"{\"schema_version\": 1, \"x\": \"a\\ud800b\"}");
        assert_eq!(p.kind, ProblemKind::Syntax);
        assert_eq!(
            p.pos,
            Pos {
                line: 1,
                column: 31
            }
        );
        assert_eq!(
            p.message,
            "JSON syntax error: unpaired surrogate in a \\u escape"
        );
    }

    #[test]
    fn repeated_fields_are_found_in_large_objects_and_in_texts() {
        let mut fields: Vec<String> = (0..40).map(|i| format!("\"f{i}\": 1")).collect();
        fields.push("\"f3\": 2".into());
        let text = format!("{{{}}}", fields.join(", "));
        let problems = load(&text).unwrap_err();
        let repeated: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.kind == ProblemKind::RepeatedField)
            .collect();
        assert_eq!(repeated.len(), 1);
        assert_eq!(repeated[0].path, "f3");

        let mut reader = Reader::default();
        let node = json::parse(r#"{"en": "A", "fr": "B", "en": "C"}"#).unwrap();
        reader.text(&node, "t", NAME_MAX);
        let problems = reader.problems.finish();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "t.en");
        assert_eq!(
            problems[0].message,
            "the field `en` appears twice in this object"
        );
    }

    #[test]
    fn unknown_fields_are_those_never_asked_for_and_hints_list_the_others_in_order() {
        let text = r#"{"schema_version": 1, "sources": [{"id": "a", "colour": 1, "title": "T",
            "publisher": "P", "kind": "official", "urls": 2}], "working_groups": [],
            "themes": [], "dialogues": []}"#;
        let problems = load(text).unwrap_err();
        let unknown: Vec<(&str, &str)> = problems
            .iter()
            .filter(|p| p.kind == ProblemKind::UnknownField)
            .map(|p| (p.path.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            unknown,
            [
                (
                    "sources[0].colour",
                    "unknown field `colour`; the fields here are `id`, `title`, `description`, `publisher`, `kind`, `url`, `published`"
                ),
                ("sources[0].urls", "unknown field `urls`; did you mean `url`?"),
            ]
        );
    }

    #[test]
    fn quoted_values_are_cut_short() {
        let mut reader = Reader::default();
        let long = format!("\"{}\"", "Z".repeat(100_000));
        let node = json::parse(&long).unwrap();
        reader.id(&node, "id");
        reader.date(&node, "date");
        reader.url(&node, "url");
        let problems = reader.problems.finish();
        assert_eq!(problems.len(), 3);
        for p in problems.iter() {
            assert!(p.message.chars().count() < 300, "{}", p.message);
            assert!(
                p.message.contains("… (100,000 characters)"),
                "{}",
                p.message
            );
        }
    }

    #[test]
    fn markup_and_invisible_characters_are_not_web_addresses() {
        let mut reader = Reader::default();
        for url in [
            "https://example.org/\\\"><script>alert(1)</script>",
            "https://example.org/<img src=x onerror=alert(1)>",
            "https://exa\\u202emple.org/",
            "https://example.org/{x}",
        ] {
            let node = json::parse(&format!("\"{url}\"")).unwrap();
            assert_eq!(reader.url(&node, "url"), None, "{url}");
        }
        let node = json::parse(r#""https://example.org/a?b=c&d=%3C#top""#).unwrap();
        assert!(reader.url(&node, "url").is_some());
        let problems = reader.problems.finish();
        assert_eq!(problems.len(), 4);
        assert!(
            problems[0]
                .message
                .ends_with("the character `\"` cannot be in one as it is; write it as `%22`"),
            "{}",
            problems[0].message
        );
        assert!(
            problems[2].message.contains("exa\\u202emple"),
            "{}",
            problems[2].message
        );
        assert!(
            problems[2].message.contains("U+202E"),
            "{}",
            problems[2].message
        );
    }
}
