//! The validator's problems for the editor: each with its place in the text (to put the cursor
//! there), its kind in the reader's language and what to do about it, and the counts by kind.
//!
//! The problems are those of `dataset::load`, the reader the app and `validate-dataset` use:
//! one list of rules. Their sentences (`what`) are the reader's own, said in the page's
//! language (`dataset::detail`); the kind's name and its fix are translated here.

use super::messages::maintain_messages;
use super::Locator;
use crate::core::dataset::{self, ProblemKind, MAX_PROBLEMS};
use crate::core::messages::Lang;

/// One problem as the page lists it: `line:column`, where, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageProblem {
    pub line: u32,
    pub column: u32,
    pub byte_offset: usize,
    /// What a textarea's `selectionStart` is set to.
    pub utf16_offset: usize,
    pub kind: ProblemKind,
    pub kind_name: &'static str,
    pub fix: &'static str,
    /// The JSON path: `dialogues[3].attendance[0].reported_by`; empty for the whole file.
    pub path: String,
    /// The validator's sentence, in the page's language.
    pub what: String,
    /// When this is the last problem shown of a kind of which more were found but not
    /// shown: how many ("and 12 more of the same kind").
    pub more_after: Option<usize>,
}

/// How many problems of one kind were found, shown or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindCount {
    pub kind: ProblemKind,
    pub name: &'static str,
    pub count: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageProblems {
    /// At most [`MAX_PROBLEMS`], in file order.
    pub problems: Vec<PageProblem>,
    /// Every kind found, in the order of [`ProblemKind`], with all its problems counted.
    pub counts: Vec<KindCount>,
    /// Every problem found, shown or not.
    pub total: usize,
    /// Whether problems were left out: the reader keeps the first [`MAX_PROBLEMS`].
    pub capped: bool,
    /// The cap itself, for the page to say it.
    pub cap: usize,
}

impl PageProblems {
    pub fn is_valid(&self) -> bool {
        self.total == 0
    }
}

/// The problems of a dataset's text, as the validator finds them, placed for the editor.
pub fn page_problems(text: &str, lang: Lang) -> PageProblems {
    let found = match dataset::load(text) {
        Ok(_) => {
            return PageProblems {
                cap: MAX_PROBLEMS,
                ..PageProblems::default()
            }
        }
        Err(problems) => problems,
    };
    let m = maintain_messages(lang);
    let locator = Locator::new(text);
    let problems = found
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let at = locator.offsets(p.pos);
            PageProblem {
                line: p.pos.line,
                column: p.pos.column,
                byte_offset: at.byte,
                utf16_offset: at.utf16,
                kind: p.kind,
                kind_name: (m.kind_name)(p.kind),
                fix: (m.kind_fix)(p.kind),
                path: p.path.clone(),
                what: p.say(lang),
                more_after: found.more_after(i),
            }
        })
        .collect();
    let mut kinds: Vec<ProblemKind> = found.iter().map(|p| p.kind).collect();
    kinds.sort();
    kinds.dedup();
    let counts = kinds
        .into_iter()
        .map(|kind| KindCount {
            kind,
            name: (m.kind_name)(kind),
            count: found.iter().filter(|p| p.kind == kind).count() + found.more_of(kind),
        })
        .collect();
    PageProblems {
        problems,
        counts,
        total: found.total(),
        capped: found.left_out() > 0,
        cap: MAX_PROBLEMS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../../public/data/dialogues.json");

    #[test]
    fn the_bundled_dataset_has_no_problem() {
        let p = page_problems(BUNDLED, Lang::En);
        assert!(p.is_valid() && p.problems.is_empty() && !p.capped);
    }

    #[test]
    fn each_problem_is_placed_for_the_cursor() {
        // A misspelt theme in the first entry, after non-ASCII text (two UTF-16 units for 😀).
        let text = BUNDLED.replacen(
            "\"themes\": [\"implementation\"]",
            "\"themes\": [\"implementaton\"]",
            1,
        );
        let text = text.replacen("\"Vienna\"", "\"Vienna 😀\"", 1);
        let p = page_problems(&text, Lang::Fr);
        assert_eq!(p.total, 1);
        let first = &p.problems[0];
        assert_eq!(first.kind, ProblemKind::UnknownId);
        assert_eq!(first.path, "dialogues[0].topics_raised[0].themes[0]");
        assert!(
            first.what.contains("vouliez-vous dire `implementation`"),
            "{}",
            first.what
        );
        assert_eq!(&text[first.byte_offset..][..16], "\"implementaton\"]");
        assert_eq!(
            first.utf16_offset,
            text[..first.byte_offset].encode_utf16().count()
        );
        assert_eq!(first.kind_name, "Identifiant inconnu");
        assert_eq!(p.counts.len(), 1);
        assert_eq!(p.counts[0].count, 1);
    }

    #[test]
    fn the_same_list_as_the_cli_with_the_cap_and_counts_by_kind() {
        // 150 entries naming an unknown source, and one bad date: more than the cap.
        let entries: Vec<String> = (0..150)
            .map(|i| {
                format!(r#"{{"id": "e-{i}", "text": "T", "themes": ["a"], "source": "nowhere"}}"#)
            })
            .collect();
        let text = format!(
            r#"{{"schema_version": 1,
"sources": [{{"id": "s", "title": "T", "publisher": "P", "kind": "official"}}],
"working_groups": [{{"id": "w", "name": "W", "short_name": "W", "instrument": "I"}}],
"themes": [{{"id": "a", "label": "A", "description": "D"}}],
"dialogues": [{{"id": "d", "working_groups": ["w"], "follows_sessions": [], "date": "2023-02-30",
"time_zone": "UTC", "chairs": [], "ordinals": [], "agenda_items": [
{}
], "topics_raised": [], "attendance": [], "certainty": {{"level": "high"}}, "sources": ["s"]}}]}}"#,
            entries.join(",\n")
        );
        let p = page_problems(&text, Lang::En);
        let cli = dataset::load(&text).unwrap_err();
        assert_eq!(p.total, 151);
        assert!(p.capped);
        assert_eq!(p.problems.len(), MAX_PROBLEMS);
        assert_eq!(p.problems.len(), cli.len());
        for (page, cli) in p.problems.iter().zip(cli.iter()) {
            assert_eq!((page.line, page.column), (cli.pos.line, cli.pos.column));
            assert_eq!(page.what, cli.message);
        }
        let counts: Vec<(ProblemKind, usize)> =
            p.counts.iter().map(|c| (c.kind, c.count)).collect();
        assert_eq!(
            counts,
            [(ProblemKind::UnknownId, 150), (ProblemKind::Date, 1)]
        );
        assert_eq!(
            p.problems
                .iter()
                .filter_map(|q| q.more_after)
                .sum::<usize>(),
            51
        );
    }

    #[test]
    fn a_syntax_error_is_one_problem_at_its_place() {
        let p = page_problems("{\n  \"a\": 1,\n}", Lang::Ar);
        assert_eq!(p.total, 1);
        assert_eq!(p.problems[0].kind, ProblemKind::Syntax);
        assert_eq!(p.problems[0].line, 3);
        assert!(!p.problems[0].fix.is_empty());
        assert!(
            p.problems[0].what.starts_with("خطأ في بنية JSON"),
            "{}",
            p.problems[0].what
        );
    }
}
