//! What the maintainer page decides about the text it holds: whether edits would be lost on
//! leaving, what a download writes, how a draft is kept in the browser and when it is offered
//! back, and which part of the editor's text a change replaces (so that the editor replaces only
//! that part, and its undo keeps working).

use crate::core::export::json::string;
use crate::core::json::{self, Value};

/// Edits would be lost on leaving: the text differs from what was opened and from what was last
/// downloaded.
pub fn unsaved(opened: &str, edited: &str, downloaded: Option<&str>) -> bool {
    edited != opened && downloaded != Some(edited)
}

/// What "Download dialogues.json" writes: the edited text as it is, ending with one newline.
pub fn download_text(edited: &str) -> String {
    let mut text = edited.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The name of the browser's storage key the draft is kept under.
pub const DRAFT_KEY: &str = "dx-maintain-draft";

/// The work of a closed tab, kept in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// What was opened: a file's name, or the published dataset's address.
    pub name: String,
    /// The text as it was opened, for the summary of changes.
    pub opened: String,
    /// The text being edited.
    pub text: String,
    /// When it was kept, as the browser's clock gave it (`2026-12-03T05:40`).
    pub saved: String,
}

impl Draft {
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"version\":1,\"name\":");
        string(&mut out, &self.name);
        out.push_str(",\"saved\":");
        string(&mut out, &self.saved);
        out.push_str(",\"opened\":");
        string(&mut out, &self.opened);
        out.push_str(",\"text\":");
        string(&mut out, &self.text);
        out.push('}');
        out
    }

    /// A kept draft, or None for anything else found under the key (another version, a
    /// damaged value): the page then offers nothing and keeps the new work over it.
    pub fn from_json(stored: &str) -> Option<Draft> {
        let Value::Object(members) = json::parse(stored).ok()?.value else {
            return None;
        };
        let field = |name: &str| {
            members
                .iter()
                .find(|m| m.key == name)
                .and_then(|m| match &m.value.value {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.clone()),
                    _ => None,
                })
        };
        if field("version").as_deref() != Some("1") {
            return None;
        }
        Some(Draft {
            name: field("name")?,
            opened: field("opened")?,
            text: field("text")?,
            saved: field("saved").unwrap_or_default(),
        })
    }

    /// Worth offering back: it holds edits (a draft that is what it opened is nothing to lose),
    /// and they are not what the page holds already.
    pub fn worth_offering(&self, current: Option<&str>) -> bool {
        self.text != self.opened && current != Some(self.text.as_str())
    }
}

/// The one part of `old` that `new` replaces: the UTF-16 range of `old` (as a textarea's
/// selection counts) and the text that goes there. Everything before and after it is the same
/// in both texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pub start: usize,
    pub end: usize,
    pub insert: String,
}

pub fn replacement(old: &str, new: &str) -> Replacement {
    let prefix = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((i, _), _)| i);
    // The common suffix, not reaching into the prefix of either.
    let room = old.len().min(new.len()) - prefix;
    let suffix = old[prefix..]
        .chars()
        .rev()
        .zip(new[prefix..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .scan(0, |sum, n| {
            *sum += n;
            Some(*sum)
        })
        .take_while(|sum| *sum <= room)
        .last()
        .unwrap_or(0);
    let start = old[..prefix].encode_utf16().count();
    Replacement {
        start,
        end: start + old[prefix..old.len() - suffix].encode_utf16().count(),
        insert: new[prefix..new.len() - suffix].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_are_unsaved_until_downloaded_or_undone() {
        assert!(!unsaved("a", "a", None));
        assert!(unsaved("a", "ab", None));
        assert!(!unsaved("a", "ab", Some("ab")));
        assert!(unsaved("a", "abc", Some("ab")));
        // Undone back to what was opened: nothing to lose.
        assert!(!unsaved("a", "a", Some("ab")));
    }

    #[test]
    fn a_download_ends_with_one_newline() {
        assert_eq!(download_text("{}"), "{}\n");
        assert_eq!(download_text("{}\n"), "{}\n");
        assert_eq!(download_text(""), "\n");
    }

    #[test]
    fn a_draft_survives_storage_and_anything_else_is_ignored() {
        let draft = Draft {
            name: "dialogues.json".into(),
            opened: "{\"a\": \"\u{2028}é\\\"\"}".into(),
            text: "{\n\t\"中\": 1\n}".into(),
            saved: "2026-12-03T05:40".into(),
        };
        assert_eq!(Draft::from_json(&draft.to_json()), Some(draft));
        for stored in [
            "",
            "null",
            "[1]",
            "{\"version\":2,\"name\":\"x\",\"opened\":\"\",\"text\":\"\"}",
            "{\"version\":1,\"name\":\"x\",\"text\":\"\"}",
            "{\"version\":1,",
        ] {
            assert_eq!(Draft::from_json(stored), None, "{stored:?}");
        }
    }

    #[test]
    fn a_draft_is_offered_only_when_it_holds_edits_not_on_the_page() {
        let draft = |opened: &str, text: &str| Draft {
            name: "x".into(),
            opened: opened.into(),
            text: text.into(),
            saved: String::new(),
        };
        assert!(draft("a", "ab").worth_offering(None));
        assert!(draft("a", "ab").worth_offering(Some("a")));
        assert!(!draft("a", "ab").worth_offering(Some("ab")));
        assert!(!draft("a", "a").worth_offering(None));
    }

    #[test]
    fn a_replacement_covers_only_what_changed() {
        let check = |old: &str, new: &str, start: usize, end: usize, insert: &str| {
            let r = replacement(old, new);
            assert_eq!(
                r,
                Replacement {
                    start,
                    end,
                    insert: insert.into()
                },
                "{old:?} → {new:?}"
            );
            // Applying it to the old text gives the new one.
            let units: Vec<u16> = old.encode_utf16().collect();
            let mut made: Vec<u16> = units[..r.start].to_vec();
            made.extend(r.insert.encode_utf16());
            made.extend(&units[r.end..]);
            assert_eq!(String::from_utf16(&made).unwrap(), new);
        };
        check("abc", "abc", 3, 3, "");
        check("abc", "aXbc", 1, 1, "X");
        check("abc", "ac", 1, 2, "");
        check("aaa", "aaaa", 3, 3, "a");
        check("", "new", 0, 0, "new");
        check("old", "", 0, 3, "");
        // UTF-16 offsets: the emoji counts two.
        check("😀[1]", "😀[1, 2]", 4, 4, ", 2");
        check("é😀z", "é😀yz", 3, 3, "y");
        // Two changes apart: one range from the first to the last.
        check("[a, b, c]", "[A, b, C]", 1, 8, "A, b, C");
    }
}
