//! The problems of a dataset, as many as a person can read: the first [`MAX_PROBLEMS`] in file
//! order, and how many more of each kind were found.
//!
//! A file with two million wrong values has two million problems; listing them all would take
//! more memory than the rest of the reading, and nobody reads past the first screen. The list
//! keeps the first ones, at least one of each kind, and counts the others by kind, so that a
//! reader can say "and 1,999,900 more of the same kind".

use std::fmt;
use std::ops::Deref;

use super::detail::{Detail, Quoted};
use crate::core::json::Pos;
use crate::core::messages::Lang;

/// How many problems are kept to be shown.
pub const MAX_PROBLEMS: usize = 100;

/// What a problem is about: problems of one kind are fixed the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// Not UTF-8 text (another encoding, or bytes that are not text).
    Encoding,
    /// More than the reader takes: the size of the file.
    TooLarge,
    /// Not JSON: a missing comma, an unclosed string, nesting or values past the limits.
    Syntax,
    SchemaVersion,
    /// A value of another type than the one expected: a number for an object.
    WrongType,
    MissingField,
    UnknownField,
    /// The same field twice in one object.
    RepeatedField,
    EmptyText,
    LongText,
    UnsupportedLanguage,
    MissingEnglish,
    SourceLanguage,
    InvalidId,
    DuplicateId,
    /// An id that names nothing defined in the file.
    UnknownId,
    /// The same id twice in one list.
    ListedTwice,
    EmptyList,
    Number,
    Date,
    SessionDates,
    Url,
    /// A name that is not one of a fixed list (`kind`, `format`, `role`...).
    NotOneOf,
    TimeZone,
    /// Anything else.
    Other,
}

impl ProblemKind {
    const COUNT: usize = ProblemKind::Other as usize + 1;
}

/// One thing wrong with a dataset: where, at which JSON path, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub pos: Pos,
    /// `dialogues[3].attendance[0].reported_by`; empty for the top level.
    pub path: String,
    /// What is wrong, in English: what `detail` says in English (the validator's command line,
    /// for developers, prints it).
    pub message: String,
    pub kind: ProblemKind,
    /// What is wrong, as data, to be said in the reader's language ([`Problem::say`]). Boxed:
    /// a problem is moved around in `Result`s, and the largest sentences hold several values.
    pub detail: Box<Detail>,
}

impl Problem {
    pub fn new(pos: Pos, path: &str, kind: ProblemKind, detail: Detail) -> Problem {
        Problem {
            pos,
            path: path.to_string(),
            message: detail.say(Lang::En),
            kind,
            detail: Box::new(detail),
        }
    }

    /// What is wrong, in a language (`message` in English).
    pub fn say(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.message.clone(),
            lang => self.detail.say(lang),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The problems found in a dataset: those to show, and how many more there are.
///
/// It reads as the slice of the problems shown (`problems.len()`, `problems[0]`,
/// `for p in &problems`); [`Problems::total`] counts them all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    /// At most [`MAX_PROBLEMS`], in file order: the first problems found, and at least the first
    /// of each kind.
    pub shown: Vec<Problem>,
    /// How many problems of each kind were found but are not in `shown`, in the order their kind
    /// was first left out. A kind listed here always has a problem in `shown`.
    pub more: Vec<(ProblemKind, usize)>,
}

impl Problems {
    /// The problems of a file that has only one: a syntax error, a file of another encoding.
    pub fn one(problem: Problem) -> Problems {
        Problems {
            shown: vec![problem],
            more: Vec::new(),
        }
    }

    /// Every problem found, shown or not.
    pub fn total(&self) -> usize {
        self.shown.len() + self.left_out()
    }

    /// The problems found but not shown.
    pub fn left_out(&self) -> usize {
        self.more.iter().map(|(_, n)| n).sum()
    }

    /// How many problems of this kind are not shown.
    pub fn more_of(&self, kind: ProblemKind) -> usize {
        self.more
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }

    /// Where to say "and N more of the same kind": `Some(N)` when `shown[index]` is the last
    /// shown problem of a kind of which N more were left out, `None` otherwise.
    pub fn more_after(&self, index: usize) -> Option<usize> {
        let kind = self.shown.get(index)?.kind;
        let more = self.more_of(kind);
        let last = self.shown[index + 1..].iter().all(|p| p.kind != kind);
        (more > 0 && last).then_some(more)
    }
}

impl Deref for Problems {
    type Target = [Problem];

    fn deref(&self) -> &[Problem] {
        &self.shown
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.shown.into_iter()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.shown.iter()
    }
}

/// Gathers problems as they are found, keeping what [`Problems`] promises: the first
/// [`MAX_PROBLEMS`] in file order, and at least the first of each kind (there are fewer kinds
/// than places), the rest counted. Problems mostly come in file order, so most of those left
/// out are counted at once, without building their sentence.
#[derive(Default)]
pub(crate) struct Collector {
    shown: Vec<Problem>,
    shown_of: [usize; ProblemKind::COUNT],
    more: Vec<(ProblemKind, usize)>,
}

impl Collector {
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// Whether a problem of this kind at this place would be kept; when not, [`Collector::add`]
    /// only counts it, and its sentence need not be worked out.
    pub fn keeps(&self, kind: ProblemKind, pos: Pos) -> bool {
        if self.shown.len() < MAX_PROBLEMS || self.shown_of[kind as usize] == 0 {
            return true;
        }
        // Kept if a problem after it would make room: one of a kind shown more than once (its
        // own kind will be). Only the last few, the first of their kind, are ever looked at.
        self.shown
            .iter()
            .rev()
            .take_while(|p| p.pos > pos)
            .any(|p| p.kind == kind || self.shown_of[p.kind as usize] > 1)
    }

    /// Adds a problem; its path and sentence are made only if it is kept.
    pub fn add(
        &mut self,
        kind: ProblemKind,
        pos: Pos,
        path: &str,
        detail: impl FnOnce() -> Detail,
    ) {
        if !self.keeps(kind, pos) {
            self.count(kind);
            return;
        }
        let problem = Problem::new(pos, path, kind, detail());
        // After the problems at the same place, so that those keep the order they were found in.
        let at = self.shown.partition_point(|p| p.pos <= pos);
        self.shown.insert(at, problem);
        self.shown_of[kind as usize] += 1;
        if self.shown.len() > MAX_PROBLEMS {
            // The last problem of a kind shown more than once makes room. There is always one:
            // there are more problems shown than kinds.
            let shown_of = &self.shown_of;
            let last = self
                .shown
                .iter()
                .rposition(|p| shown_of[p.kind as usize] > 1)
                .unwrap_or(self.shown.len() - 1);
            let gone = self.shown.remove(last);
            self.shown_of[gone.kind as usize] -= 1;
            self.count(gone.kind);
        }
    }

    fn count(&mut self, kind: ProblemKind) {
        match self.more.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => self.more.push((kind, 1)),
        }
    }

    pub fn finish(self) -> Problems {
        Problems {
            shown: self.shown,
            more: self.more,
        }
    }
}

/// The most characters of a value from the file that a message quotes.
pub const EXCERPT_MAX: usize = 80;

/// A value from the file, as a message quotes it: at most [`EXCERPT_MAX`] characters (a longer
/// one is cut, with `…` and its length), and any invisible or control character written as its
/// JSON escape (`\u202e`), so that a message cannot be hidden, reordered or made enormous by
/// what it quotes.
pub fn excerpt(text: &str) -> String {
    Quoted::of(text).say(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32) -> Pos {
        Pos { line, column: 1 }
    }

    fn collect(problems: &[(ProblemKind, u32)]) -> Problems {
        let mut c = Collector::default();
        for (kind, line) in problems {
            c.add(*kind, at(*line), "p", || Detail::EmptyText);
        }
        c.finish()
    }

    #[test]
    fn keeps_the_first_hundred_and_counts_the_rest() {
        let many: Vec<(ProblemKind, u32)> = (1..=2_000_000)
            .map(|l| (ProblemKind::WrongType, l))
            .collect();
        let p = collect(&many);
        assert_eq!(p.len(), MAX_PROBLEMS);
        assert_eq!(p[99].pos, at(100));
        assert_eq!(p.more, [(ProblemKind::WrongType, 1_999_900)]);
        assert_eq!(p.total(), 2_000_000);
        assert_eq!(p.more_after(99), Some(1_999_900));
        assert_eq!(p.more_after(98), None);
        assert_eq!(p.more_after(100), None);
    }

    #[test]
    fn keeps_the_first_of_every_kind_and_file_order() {
        let mut list: Vec<(ProblemKind, u32)> =
            (10..300).map(|l| (ProblemKind::UnknownId, l)).collect();
        list.push((ProblemKind::Date, 500));
        list.push((ProblemKind::MissingField, 5));
        list.push((ProblemKind::Date, 501));
        let p = collect(&list);
        assert_eq!(p.len(), MAX_PROBLEMS);
        assert_eq!(p[0].kind, ProblemKind::MissingField);
        assert_eq!(p[1].pos, at(10));
        assert_eq!(p[99].kind, ProblemKind::Date);
        assert_eq!(p[99].pos, at(500));
        assert_eq!(p.more_of(ProblemKind::UnknownId), 290 - 98);
        assert_eq!(p.more_of(ProblemKind::Date), 1);
        assert_eq!(p.total(), 293);
        assert!(p.windows(2).all(|w| w[0].pos <= w[1].pos));
        assert_eq!(p.more_after(98), Some(290 - 98));
        assert_eq!(p.more_after(99), Some(1));
    }

    #[test]
    fn a_problem_of_a_new_kind_at_the_end_does_not_make_the_others_kept() {
        let mut c = Collector::default();
        c.add(ProblemKind::RepeatedField, at(1_000_000), "p", || {
            Detail::EmptyText
        });
        let mut built = 0;
        for line in 1..100_000 {
            c.add(ProblemKind::UnknownField, at(line), "p", || {
                built += 1;
                Detail::EmptyText
            });
        }
        assert_eq!(built, MAX_PROBLEMS - 1);
        let p = c.finish();
        assert_eq!(p[99].kind, ProblemKind::RepeatedField);
        assert_eq!(p.more_of(ProblemKind::UnknownField), 100_000 - MAX_PROBLEMS);
    }

    #[test]
    fn under_the_cap_nothing_is_left_out() {
        let p = collect(&[(ProblemKind::Url, 3), (ProblemKind::Url, 2)]);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].pos, at(2));
        assert!(p.more.is_empty() && p.more_after(1).is_none());
    }

    #[test]
    fn excerpts_are_short_and_visible() {
        assert_eq!(excerpt("tip-2023"), "tip-2023");
        assert_eq!(excerpt("a\u{202e}b\u{200b}"), "a\\u202eb\\u200b");
        let long = "x".repeat(1_000_000);
        let cut = excerpt(&long);
        assert!(cut.chars().count() < EXCERPT_MAX + 20, "{cut}");
        assert!(cut.ends_with("… (1,000,000 characters)"));
        assert_eq!(excerpt(&"y".repeat(EXCERPT_MAX)), "y".repeat(EXCERPT_MAX));
    }
}
