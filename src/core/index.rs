//! What the query needs to answer a change in time that does not grow with the filters' work:
//! every entry in date order with its folded search text, and for each facet value the set of
//! entries (and dialogues) that have it, as bitsets. Built once per dataset; a change of the
//! filters is then a few ANDs and population counts per facet value.

use std::collections::HashMap;

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::query::{facet_keys, EntryKind, EntryRef, Facet, Status};
use crate::core::search::{fold, Query};

/// A fixed-size set of positions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    pub fn empty(len: usize) -> Self {
        Bits {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    pub fn full(len: usize) -> Self {
        let mut bits = Bits {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        if !len.is_multiple_of(64) {
            if let Some(last) = bits.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        bits
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    pub fn insert(&mut self, position: usize) {
        self.words[position / 64] |= 1 << (position % 64);
    }

    pub fn contains(&self, position: usize) -> bool {
        self.words[position / 64] & (1 << (position % 64)) != 0
    }

    pub fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The size of the intersection, without building it.
    pub fn count_and(&self, other: &Bits) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The positions in the set, ascending.
    pub fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, word)| {
            let mut word = *word;
            std::iter::from_fn(move || {
                (word != 0).then(|| {
                    let bit = word.trailing_zeros() as usize;
                    word &= word - 1;
                    i * 64 + bit
                })
            })
        })
    }
}

/// One facet's values (in display order) and, for each, the positions that have it.
#[derive(Clone, Debug)]
pub struct Postings {
    pub keys: Vec<String>,
    pub sets: Vec<Bits>,
    by_key: HashMap<String, usize>,
}

impl Postings {
    fn new(keys: Vec<String>, len: usize) -> Self {
        let by_key = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        Postings {
            sets: vec![Bits::empty(len); keys.len()],
            keys,
            by_key,
        }
    }

    fn add(&mut self, key: &str, position: usize) {
        if let Some(i) = self.by_key.get(key) {
            self.sets[*i].insert(position);
        }
    }

    /// The positions that have any of `keys`; keys the facet does not know select nothing.
    pub fn any_of<'a>(&self, keys: impl IntoIterator<Item = &'a String>, len: usize) -> Bits {
        let mut union = Bits::empty(len);
        for key in keys {
            if let Some(i) = self.by_key.get(key.as_str()) {
                union.or_with(&self.sets[*i]);
            }
        }
        union
    }
}

fn facet_slot(facet: Facet) -> usize {
    Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0)
}

/// The dataset arranged for querying, for one "today" (which decides upcoming and past).
#[derive(Clone, Debug)]
pub struct Index {
    /// Dataset indexes of the dialogues, in date order (those without a date last).
    pub dialogues: Vec<u32>,
    /// Every entry, its dialogue's agenda items then its topics, dialogues in date order.
    pub entries: Vec<EntryRef>,
    /// For each entry, the position of its dialogue in `dialogues`.
    pub entry_dialogue: Vec<u32>,
    /// Per facet (in `Facet::ALL` order), over entry positions.
    pub entry_postings: Vec<Postings>,
    /// Per facet, over dialogue positions; only dialogue-level facets (working group, year,
    /// status) ever have members.
    pub dialogue_postings: Vec<Postings>,
    /// Folded texts that find every entry of a dialogue (working groups, chairs), per dialogue.
    dialogue_text: Vec<String>,
    /// Folded texts of each entry (its text and its themes' labels).
    entry_text: Vec<String>,
}

/// Texts joined by a line break: a query word holds no white space, so it is found in the
/// joined text exactly when it is found in one of the texts.
fn folded_lines<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut joined = String::new();
    for text in texts {
        joined.push_str(&fold(text));
        joined.push('\n');
    }
    joined
}

/// Each id's place in the list it comes from (ids are unique in a dataset that loaded).
pub fn places<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut places = HashMap::new();
    for (place, id) in ids.enumerate() {
        places.insert(id, place);
    }
    places
}

impl Index {
    pub fn new(dataset: &Dataset, today: PartialDate) -> Self {
        let dialogues = crate::core::query::date_order(dataset);
        // Ids to places in the dataset's lists: maps of one kind for both (and for the matrix's
        // ranks of the working groups), so that the module holds one copy of their code.
        let theme_place: HashMap<&str, usize> =
            places(dataset.themes.iter().map(|t| t.id.as_str()));
        let group_place: HashMap<&str, usize> =
            places(dataset.working_groups.iter().map(|w| w.id.as_str()));

        let mut entries = Vec::new();
        let mut entry_dialogue = Vec::new();
        let mut entry_text = Vec::new();
        let mut dialogue_text = Vec::with_capacity(dialogues.len());
        for (position, index) in dialogues.iter().enumerate() {
            let d: &Dialogue = &dataset.dialogues[*index as usize];
            let groups = d
                .working_groups
                .iter()
                .filter_map(|w| group_place.get(w.as_str()))
                .flat_map(|&g| {
                    let w = &dataset.working_groups[g];
                    [w.name.en.as_str(), w.short_name.en.as_str()]
                });
            let chairs = d.chairs.iter().map(|c| c.name.en.as_str());
            dialogue_text.push(folded_lines(groups.chain(chairs)));
            for (kind, list) in [
                (EntryKind::AgendaItem, &d.agenda_items),
                (EntryKind::TopicRaised, &d.topics_raised),
            ] {
                for (i, entry) in list.iter().enumerate() {
                    entries.push(EntryRef {
                        dialogue: *index,
                        kind,
                        index: i as u32,
                    });
                    entry_dialogue.push(position as u32);
                    let labels = entry
                        .themes
                        .iter()
                        .filter_map(|t| theme_place.get(t.as_str()))
                        .map(|&t| dataset.themes[t].label.en.as_str());
                    entry_text.push(folded_lines(
                        std::iter::once(entry.text.en.as_str()).chain(labels),
                    ));
                }
            }
        }

        let mut entry_postings: Vec<Postings> = Facet::ALL
            .iter()
            .map(|f| Postings::new(facet_keys(dataset, *f), entries.len()))
            .collect();
        let mut dialogue_postings: Vec<Postings> = Facet::ALL
            .iter()
            .map(|f| Postings::new(facet_keys(dataset, *f), dialogues.len()))
            .collect();
        let [wg, year, theme, kind, status] = [
            Facet::WorkingGroup,
            Facet::Year,
            Facet::Theme,
            Facet::Kind,
            Facet::Status,
        ]
        .map(facet_slot);
        let mut dialogue_year = Vec::with_capacity(dialogues.len());
        for (position, index) in dialogues.iter().enumerate() {
            let d = &dataset.dialogues[*index as usize];
            let year_key = d.date.map(|date| date.year.to_string());
            for group in &d.working_groups {
                dialogue_postings[wg].add(group, position);
            }
            if let Some(key) = &year_key {
                dialogue_postings[year].add(key, position);
            }
            dialogue_postings[status].add(Status::of(d.date, today).key(), position);
            dialogue_year.push(year_key);
        }
        for (position, entry) in entries.iter().enumerate() {
            let at = entry_dialogue[position] as usize;
            let d = &dataset.dialogues[entry.dialogue as usize];
            for group in &d.working_groups {
                entry_postings[wg].add(group, position);
            }
            if let Some(key) = &dialogue_year[at] {
                entry_postings[year].add(key, position);
            }
            let list = match entry.kind {
                EntryKind::AgendaItem => &d.agenda_items,
                EntryKind::TopicRaised => &d.topics_raised,
            };
            for t in &list[entry.index as usize].themes {
                entry_postings[theme].add(t, position);
            }
            entry_postings[kind].add(entry.kind.key(), position);
            entry_postings[status].add(Status::of(d.date, today).key(), position);
        }

        Index {
            dialogues,
            entries,
            entry_dialogue,
            entry_postings,
            dialogue_postings,
            dialogue_text,
            entry_text,
        }
    }

    pub fn postings(&self, facet: Facet) -> &Postings {
        &self.entry_postings[facet_slot(facet)]
    }

    pub fn dialogue_postings(&self, facet: Facet) -> &Postings {
        &self.dialogue_postings[facet_slot(facet)]
    }

    /// The entries the search finds (all of them for an empty search).
    pub fn found(&self, query: &Query) -> Bits {
        if query.is_empty() {
            return Bits::full(self.entries.len());
        }
        // A word found in a dialogue's own texts finds all its entries: check those once per
        // dialogue, then each entry for the words still missing.
        let mut found = Bits::empty(self.entries.len());
        let mut first = 0;
        for (position, text) in self.dialogue_text.iter().enumerate() {
            let end = self.entry_dialogue[first..]
                .iter()
                .position(|d| *d as usize != position)
                .map_or(self.entries.len(), |n| first + n);
            let missing = query.missing_in(text);
            for e in first..end {
                if missing
                    .iter()
                    .all(|word| word.found_in(&self.entry_text[e]))
                {
                    found.insert(e);
                }
            }
            first = end;
        }
        found
    }
}
