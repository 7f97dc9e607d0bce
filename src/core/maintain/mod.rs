//! The maintainer's page (`maintain.html`): checking, editing and previewing the dataset's text
//! in the browser, for people who keep the dataset and are not developers.
//!
//! Everything here takes the text as the editor holds it, which stays the single truth: the
//! problems are the validator's own (the reader the CLI and the app use), a new dialogue is
//! spliced into the text leaving every other byte as it was, and the change summary compares
//! two texts. Positions are given as line and column (as the CLI prints them), as a byte offset
//! and as a UTF-16 offset, which is what a textarea's `selectionStart` counts.

pub mod changes;
pub mod draft;
pub mod messages;
pub mod page_text;
pub mod problems;
pub mod session;
pub mod translations;

pub use changes::{changes, Changes, DialogueChange};
pub use draft::{
    add_dialogue, check as check_draft, form_options, suggest_dialogue_id, suggest_source_id,
    Added, DialogueDraft, EntryDraft, FigureDraft, FormOptions, Place, Refusal, SessionDraft,
    SourceDraft, MAX_THEMES,
};
pub use messages::{maintain_messages, MaintainMessages};
pub use page_text::{maintain_page_text, MaintainPageText};
pub use problems::{page_problems, KindCount, PageProblem, PageProblems};
pub use session::{download_text, replacement, unsaved, Draft, Replacement, DRAFT_KEY};
pub use translations::{
    missing_counts, missing_translations, only_missing, MissingText, Owner, OwnerKind,
};

use crate::core::json::Pos;

/// Turns line-and-column positions of one text into offsets. Built once per text (one pass),
/// then each position costs the length of its line.
pub struct Locator<'a> {
    text: &'a str,
    /// Byte offset of each line's start, with the UTF-16 offset of that same place.
    lines: Vec<(usize, usize)>,
}

/// Where a position is in the text: as bytes (for Rust) and as UTF-16 units (for the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Offsets {
    pub byte: usize,
    pub utf16: usize,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Locator<'a> {
        let mut lines = vec![(0, 0)];
        let mut utf16 = 0;
        for (i, c) in text.char_indices() {
            utf16 += c.len_utf16();
            if c == '\n' {
                lines.push((i + 1, utf16));
            }
        }
        Locator { text, lines }
    }

    /// The offsets of a 1-based line and column (columns count characters, as the reader's do;
    /// a byte-order mark at the very start is not counted, as the reader skips it). A position
    /// past the end of its line or of the text stops there.
    pub fn offsets(&self, pos: Pos) -> Offsets {
        let line = (pos.line.max(1) as usize - 1).min(self.lines.len() - 1);
        let (mut byte, mut utf16) = self.lines[line];
        if byte == 0 && self.text.starts_with('\u{feff}') {
            byte = '\u{feff}'.len_utf8();
            utf16 = 1;
        }
        for c in self.text[byte..]
            .chars()
            .take(pos.column.max(1) as usize - 1)
        {
            if c == '\n' {
                break;
            }
            byte += c.len_utf8();
            utf16 += c.len_utf16();
        }
        Offsets { byte, utf16 }
    }

    /// The UTF-16 offset of a byte offset (which must fall on a character's start).
    pub fn utf16_of_byte(&self, byte: usize) -> usize {
        let line = self.lines.partition_point(|(start, _)| *start <= byte) - 1;
        let (start, utf16) = self.lines[line];
        utf16 + self.text[start..byte].encode_utf16().count()
    }
}

/// The UTF-16 offset of a byte offset of `text`, for a single look-up.
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_become_byte_and_utf16_offsets() {
        let text = "{\n  \"中\": \"😀x\",\n  \"b\": 1\n}";
        let l = Locator::new(text);
        // Line 2, column 10: the `x` after the emoji (a character, two UTF-16 units, 4 bytes).
        let at = l.offsets(Pos {
            line: 2,
            column: 10,
        });
        assert_eq!(&text[at.byte..at.byte + 1], "x");
        assert_eq!(at.utf16, utf16_offset(text, at.byte));
        assert_eq!(at.utf16, 2 + 8 + 2);
        assert_eq!(l.utf16_of_byte(at.byte), at.utf16);
        let b = l.offsets(Pos { line: 3, column: 3 });
        assert_eq!(&text[b.byte..b.byte + 3], "\"b\"");
        // Past the end of a line or of the text: stops there.
        let end = l.offsets(Pos {
            line: 3,
            column: 99,
        });
        assert_eq!(&text[end.byte..end.byte + 1], "\n");
        assert_eq!(l.offsets(Pos { line: 9, column: 1 }).byte, text.len() - 1);
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{feff}[x]";
        let at = Locator::new(text).offsets(Pos { line: 1, column: 2 });
        assert_eq!(&text[at.byte..], "x]");
        assert_eq!(at.utf16, 2);
    }
}
