//! What changed between the text as opened and as edited, for the summary shown on saving:
//! dialogues added, removed or changed (by id), entries and sources added.

use super::messages::maintain_messages;
use crate::core::dataset::{self, Dataset, Dialogue};
use crate::core::messages::Lang;

/// A dialogue of the edited text and what it is called, for the summary's lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogueChange {
    pub id: String,
    /// Its date as written (`2025-10`), when it has one.
    pub date: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Whether both texts load; when the edited one does not, nothing else is filled in.
    pub comparable: bool,
    pub dialogues_added: Vec<DialogueChange>,
    pub dialogues_removed: Vec<DialogueChange>,
    /// Dialogues in both texts whose content differs.
    pub dialogues_changed: Vec<DialogueChange>,
    /// Entry ids of the edited text that the opened one did not have, with their dialogue's id.
    pub entries_added: Vec<(String, String)>,
    pub entries_removed: Vec<String>,
    pub sources_added: Vec<String>,
    /// One line in the reader's language: "1 dialogue added, 2 changed; 5 entries added".
    pub summary: String,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.dialogues_added.is_empty()
            && self.dialogues_removed.is_empty()
            && self.dialogues_changed.is_empty()
            && self.entries_added.is_empty()
            && self.entries_removed.is_empty()
            && self.sources_added.is_empty()
    }
}

fn named(d: &Dialogue) -> DialogueChange {
    DialogueChange {
        id: d.id.clone(),
        date: d.date.map(|date| date.to_string()),
    }
}

fn entry_ids(data: &Dataset) -> impl Iterator<Item = (&str, &str)> {
    data.dialogues.iter().flat_map(|d| {
        d.agenda_items
            .iter()
            .chain(&d.topics_raised)
            .map(move |e| (e.id.as_str(), d.id.as_str()))
    })
}

/// Compares the two datasets by id.
pub fn compare(opened: &Dataset, edited: &Dataset) -> Changes {
    let mut changes = Changes {
        comparable: true,
        ..Changes::default()
    };
    for d in &edited.dialogues {
        match opened.dialogue(&d.id) {
            None => changes.dialogues_added.push(named(d)),
            Some(before) if before != d => changes.dialogues_changed.push(named(d)),
            Some(_) => {}
        }
    }
    changes.dialogues_removed = opened
        .dialogues
        .iter()
        .filter(|d| edited.dialogue(&d.id).is_none())
        .map(named)
        .collect();
    let before: std::collections::HashSet<&str> = entry_ids(opened).map(|(e, _)| e).collect();
    let after: std::collections::HashSet<&str> = entry_ids(edited).map(|(e, _)| e).collect();
    changes.entries_added = entry_ids(edited)
        .filter(|(e, _)| !before.contains(e))
        .map(|(e, d)| (e.to_string(), d.to_string()))
        .collect();
    changes.entries_removed = entry_ids(opened)
        .filter(|(e, _)| !after.contains(e))
        .map(|(e, _)| e.to_string())
        .collect();
    changes.sources_added = edited
        .sources
        .iter()
        .filter(|s| opened.source(&s.id).is_none())
        .map(|s| s.id.clone())
        .collect();
    changes
}

/// What changed from `opened` to `edited`, with its summary in `lang`. A text that does not
/// load cannot be compared: the summary says so (the problems list says why).
pub fn changes(opened: &str, edited: &str, lang: Lang) -> Changes {
    let m = maintain_messages(lang);
    let Ok(before) = dataset::load(opened) else {
        return Changes {
            summary: m.opened_not_comparable.to_string(),
            ..Changes::default()
        };
    };
    let Ok(after) = dataset::load(edited) else {
        return Changes {
            summary: m.not_comparable.to_string(),
            ..Changes::default()
        };
    };
    let mut changes = compare(&before, &after);
    changes.summary = (m.change_summary)(&changes);
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::maintain::add_dialogue;
    use crate::core::maintain::draft::tests::{bundled, small_draft};

    #[test]
    fn nothing_changed_is_said() {
        let c = changes(bundled(), bundled(), Lang::En);
        assert!(c.comparable && c.is_empty());
        assert_eq!(c.summary, "No change since the file was opened.");
    }

    #[test]
    fn an_added_dialogue_and_its_entries_and_sources() {
        let added = add_dialogue(bundled(), &small_draft()).unwrap();
        let c = changes(bundled(), &added.text, Lang::En);
        assert_eq!(c.dialogues_added.len(), 1);
        assert_eq!(c.dialogues_added[0].id, added.dialogue_id);
        assert_eq!(c.dialogues_added[0].date.as_deref(), Some("2026-05"));
        assert!(c.dialogues_changed.is_empty() && c.dialogues_removed.is_empty());
        let entries: Vec<&str> = c.entries_added.iter().map(|(e, _)| e.as_str()).collect();
        assert_eq!(entries, added.entry_ids);
        assert_eq!(c.sources_added, added.source_ids);
        assert_eq!(
            c.summary,
            "1 dialogue added; 2 entries added; 1 source added."
        );
        let fr = changes(bundled(), &added.text, Lang::Fr);
        assert_eq!(
            fr.summary,
            "1\u{a0}dialogue ajouté\u{202f}; 2\u{a0}éléments ajoutés\u{202f}; 1\u{a0}source ajoutée."
        );
    }

    #[test]
    fn changed_and_removed_dialogues_by_id() {
        let text = bundled();
        // A changed venue in the first dialogue; the last dialogue removed.
        let edited = text.replacen("\"en\": \"Vienna\"", "\"en\": \"Vienna (UN)\"", 1);
        let start = edited
            .rfind(",\n    {\n      \"id\": \"som-2025\"")
            .unwrap();
        let end = edited.rfind("\n  ]\n}").unwrap();
        let edited = format!("{}{}", &edited[..start], &edited[end..]);
        let c = changes(text, &edited, Lang::En);
        assert_eq!(c.dialogues_changed.len(), 1);
        assert_eq!(c.dialogues_changed[0].id, "firearms-2022");
        assert_eq!(c.dialogues_removed[0].id, "som-2025");
        assert_eq!(c.summary, "1 dialogue removed, 1 changed.");
        let ru = changes(text, &edited, Lang::Ru);
        assert_eq!(ru.summary, "Диалогов удалено: 1, изменено: 1.");
    }

    #[test]
    fn a_text_that_does_not_load_is_not_compared() {
        let c = changes(bundled(), "{", Lang::En);
        assert!(!c.comparable);
        assert!(c.summary.contains("problems"), "{}", c.summary);
        // A broken file opened and then fixed: said of the file as opened.
        let c = changes("{", bundled(), Lang::En);
        assert!(!c.comparable);
        assert!(c.summary.contains("as opened"), "{}", c.summary);
    }
}
