//! The reader's own agenda: starred dialogues and entries, kept in the browser's storage and
//! shared by link. Nothing here touches storage itself; the browser side reads and writes the
//! text this module makes and checks.

use std::collections::BTreeSet;

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::json::{self, Value};
use crate::core::query::in_date_order;

/// The storage key: namespaced, and versioned so that a later format can live beside it.
pub const STORAGE_KEY: &str = "dialogue-explorer:stars:v1";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stars {
    pub dialogues: BTreeSet<String>,
    pub entries: BTreeSet<String>,
}

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    Stars(Stars),
    /// Something is there, but not stars this app wrote: it is left alone and not used.
    Unreadable(String),
    /// Stars, beside items that are not ids (left out, and counted): every star that can be
    /// read is kept.
    Partly {
        stars: Stars,
        ignored: usize,
    },
}

impl Stars {
    pub fn is_empty(&self) -> bool {
        self.dialogues.is_empty() && self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.dialogues.len() + self.entries.len()
    }

    pub fn toggle_dialogue(&mut self, id: &str) {
        if !self.dialogues.remove(id) {
            self.dialogues.insert(id.to_string());
        }
    }

    pub fn toggle_entry(&mut self, id: &str) {
        if !self.entries.remove(id) {
            self.entries.insert(id.to_string());
        }
    }

    /// Adds another set; what is already starred stays.
    pub fn merge(&mut self, other: &Stars) {
        self.dialogues.extend(other.dialogues.iter().cloned());
        self.entries.extend(other.entries.iter().cloned());
    }

    /// How many of `other`'s stars are not here yet.
    pub fn new_in(&self, other: &Stars) -> usize {
        other.dialogues.difference(&self.dialogues).count()
            + other.entries.difference(&self.entries).count()
    }

    /// Keeps the stars the dataset knows; returns how many it did not (removed from the data
    /// since they were starred). They stay in storage until the reader changes the stars.
    pub fn known_in(&self, dataset: &Dataset) -> (Stars, usize) {
        let dialogues: BTreeSet<String> = self
            .dialogues
            .iter()
            .filter(|id| dataset.dialogue(id).is_some())
            .cloned()
            .collect();
        let entries: BTreeSet<String> = self
            .entries
            .iter()
            .filter(|id| dataset.entry(id).is_some())
            .cloned()
            .collect();
        let unknown = self.len() - dialogues.len() - entries.len();
        (Stars { dialogues, entries }, unknown)
    }

    /// The dialogues of My agenda's calendar, in date order, each once: the starred dialogues
    /// and the dialogues of the starred entries (a reader who starred an agenda item wants to be
    /// there when it is discussed). Stars the dataset no longer holds are passed over.
    pub fn calendar_dialogues<'a>(&self, dataset: &'a Dataset) -> Vec<&'a Dialogue> {
        let of_entries: BTreeSet<&str> = self
            .entries
            .iter()
            .filter_map(|id| dataset.entry(id))
            .map(|(d, _, _)| d.id.as_str())
            .collect();
        in_date_order(dataset)
            .into_iter()
            .filter(|d| self.dialogues.contains(&d.id) || of_entries.contains(d.id.as_str()))
            .collect()
    }

    /// The stars the dataset does not hold, as a share link writes them (`tip-2019`,
    /// `e.tip-2019-topic-1`), so that a reader told of them can recognise them.
    pub fn missing_in(&self, dataset: &Dataset) -> Vec<String> {
        let dialogues = self
            .dialogues
            .iter()
            .filter(|id| dataset.dialogue(id).is_none())
            .cloned();
        let entries = self
            .entries
            .iter()
            .filter(|id| dataset.entry(id).is_none())
            .map(|id| format!("e.{id}"));
        dialogues.chain(entries).collect()
    }

    /// Whether `id` is among these stars, as a dialogue or as an entry.
    pub fn holds(&self, id: &str) -> bool {
        self.dialogues.contains(id) || self.entries.contains(id)
    }

    /// The text kept in storage.
    pub fn to_storage(&self) -> String {
        let list = |set: &BTreeSet<String>| {
            set.iter()
                .map(|id| format!("\"{}\"", id.replace('\\', "\\\\").replace('"', "\\\"")))
                .collect::<Vec<_>>()
                .join(",")
        };
        format!(
            "{{\"version\":1,\"dialogues\":[{}],\"entries\":[{}]}}",
            list(&self.dialogues),
            list(&self.entries)
        )
    }

    /// Reads what storage held under the key.
    pub fn from_storage(text: Option<&str>) -> Stored {
        let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
            return Stored::Nothing;
        };
        let node = match json::parse(text) {
            Ok(node) => node,
            Err(e) => return Stored::Unreadable(format!("not JSON ({e})")),
        };
        let Value::Object(members) = node.value else {
            return Stored::Unreadable("not an object".into());
        };
        let field = |name: &str| {
            members
                .iter()
                .find(|m| m.key == name)
                .map(|m| &m.value.value)
        };
        if !matches!(field("version"), Some(Value::Number(n)) if n == "1") {
            return Stored::Unreadable("an unknown version".into());
        }
        // The ids of a list, and how many of its items are not ids.
        let ids = |name: &str| -> Option<(BTreeSet<String>, usize)> {
            match field(name)? {
                Value::Array(items) => {
                    let ids: BTreeSet<String> = items
                        .iter()
                        .filter_map(|i| match &i.value {
                            Value::String(s) if valid_id(s) => Some(s.clone()),
                            _ => None,
                        })
                        .collect();
                    let valid = items
                        .iter()
                        .filter(|i| matches!(&i.value, Value::String(s) if valid_id(s)))
                        .count();
                    Some((ids, items.len() - valid))
                }
                _ => None,
            }
        };
        match (ids("dialogues"), ids("entries")) {
            (Some((dialogues, 0)), Some((entries, 0))) => {
                Stored::Stars(Stars { dialogues, entries })
            }
            (Some((dialogues, a)), Some((entries, b))) => Stored::Partly {
                stars: Stars { dialogues, entries },
                ignored: a + b,
            },
            _ => Stored::Unreadable("lists of ids expected".into()),
        }
    }

    /// The value of the share parameter: dialogue ids, and entry ids marked `e.`.
    pub fn to_share(&self) -> String {
        self.dialogues
            .iter()
            .cloned()
            .chain(self.entries.iter().map(|id| format!("e.{id}")))
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn from_share(value: &str) -> Stars {
        let mut stars = Stars::default();
        for token in value.split(',').map(str::trim) {
            match token.strip_prefix("e.") {
                Some(id) if valid_id(id) => {
                    stars.entries.insert(id.to_string());
                }
                None if valid_id(token) => {
                    stars.dialogues.insert(token.to_string());
                }
                _ => {}
            }
        }
        stars
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::sample;

    fn stars(dialogues: &[&str], entries: &[&str]) -> Stars {
        Stars {
            dialogues: dialogues.iter().map(|s| s.to_string()).collect(),
            entries: entries.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn storage_round_trips() {
        let s = stars(&["a", "b"], &["a1"]);
        assert_eq!(
            s.to_storage(),
            r#"{"version":1,"dialogues":["a","b"],"entries":["a1"]}"#
        );
        assert_eq!(Stars::from_storage(Some(&s.to_storage())), Stored::Stars(s));
        assert_eq!(Stars::from_storage(None), Stored::Nothing);
        assert_eq!(Stars::from_storage(Some("  ")), Stored::Nothing);
    }

    #[test]
    fn foreign_or_corrupt_storage_is_reported_not_used() {
        for bad in [
            "{not json",
            "[1,2]",
            r#"{"version":2,"dialogues":[],"entries":[]}"#,
            r#"{"version":1,"dialogues":"a","entries":[]}"#,
            r#"{"version":1,"dialogues":[]}"#,
        ] {
            assert!(
                matches!(Stars::from_storage(Some(bad)), Stored::Unreadable(_)),
                "{bad}"
            );
        }
    }

    #[test]
    fn readable_stars_are_kept_beside_items_that_are_not_ids() {
        let text = r#"{"version":1,"dialogues":["tip-2023","<script>",7,"TIP 2024"],"entries":["tip-2023-topic-1",null]}"#;
        match Stars::from_storage(Some(text)) {
            Stored::Partly {
                stars: kept,
                ignored,
            } => {
                assert_eq!(kept, stars(&["tip-2023"], &["tip-2023-topic-1"]));
                assert_eq!(ignored, 4);
            }
            other => panic!("{other:?}"),
        }
        // A huge list is read too, in bounded time.
        let many: Vec<String> = (0..100_000).map(|i| format!("\"d-{i}\"")).collect();
        let text = format!(
            r#"{{"version":1,"dialogues":[{}],"entries":[]}}"#,
            many.join(",")
        );
        assert!(
            matches!(Stars::from_storage(Some(&text)), Stored::Stars(s) if s.dialogues.len() == 100_000)
        );
    }

    #[test]
    fn share_values_round_trip_and_ignore_junk() {
        let s = stars(&["tip-2023"], &["tip-2023-agenda-1"]);
        assert_eq!(s.to_share(), "tip-2023,e.tip-2023-agenda-1");
        assert_eq!(Stars::from_share(&s.to_share()), s);
        assert_eq!(
            Stars::from_share("tip-2023,,e.,<x>,e.OK"),
            stars(&["tip-2023"], &[])
        );
    }

    #[test]
    fn merging_never_removes_and_counts_what_is_new() {
        let mut mine = stars(&["a"], &["a1"]);
        let shared = stars(&["a", "b"], &["c1"]);
        assert_eq!(mine.new_in(&shared), 2);
        mine.merge(&shared);
        assert_eq!(mine, stars(&["a", "b"], &["a1", "c1"]));
        mine.toggle_dialogue("a");
        mine.toggle_entry("x1");
        assert_eq!(mine, stars(&["b"], &["a1", "c1", "x1"]));
    }

    #[test]
    fn the_calendar_holds_starred_dialogues_and_those_of_starred_entries() {
        let data = sample();
        let ids = |s: &Stars| -> Vec<String> {
            s.calendar_dialogues(&data)
                .iter()
                .map(|d| d.id.clone())
                .collect()
        };
        // Only an entry starred: its dialogue is in the calendar.
        assert_eq!(ids(&stars(&[], &["c1"])), ["c"]);
        // Dialogues and entries, in date order, each dialogue once; stars no longer in the
        // dataset are passed over.
        assert_eq!(
            ids(&stars(&["d", "a"], &["a2", "a3", "c1", "gone-1"])),
            ["a", "c", "d"]
        );
        assert!(ids(&stars(&["gone"], &[])).is_empty());
    }

    #[test]
    fn stars_the_dataset_no_longer_holds_are_counted() {
        let data = sample();
        let (known, unknown) = stars(&["a", "gone"], &["a1", "gone-1"]).known_in(&data);
        assert_eq!(known, stars(&["a"], &["a1"]));
        assert_eq!(unknown, 2);
        assert_eq!(
            stars(&["a", "gone"], &["a1", "gone-1"]).missing_in(&data),
            ["gone", "e.gone-1"]
        );
        assert!(stars(&["a"], &["a1"]).missing_in(&data).is_empty());
    }
}
