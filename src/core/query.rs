//! Filters, search and facet counts over the entries (agenda items and topics raised).
//!
//! Several values of one facet combine with OR; facets combine with AND. The count shown beside a
//! value is what the results would hold with that value picked, the other facets as they are.

use std::collections::BTreeSet;
// The reference implementation the tests check the index against.
#[cfg(test)]
use std::collections::BTreeMap;

pub use crate::core::dataset::EntryKind;
use crate::core::dataset::{Dataset, Dialogue, Entry};
use crate::core::date::{days_in_month, PartialDate};
use crate::core::index::{Bits, Index};
use crate::core::search::Query;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Upcoming,
    Past,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Upcoming, Status::Past];

    pub fn key(self) -> &'static str {
        match self {
            Status::Upcoming => "upcoming",
            Status::Past => "past",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Upcoming while the dialogue's last possible day is today or later: a dialogue known only
    /// by its month stays upcoming until that month is over. Without a date it counts as past.
    pub fn of(date: Option<PartialDate>, today: PartialDate) -> Status {
        let Some(date) = date else {
            return Status::Past;
        };
        let month = date.month.unwrap_or(12);
        let last = PartialDate::day(
            date.year,
            month,
            date.day.unwrap_or_else(|| days_in_month(date.year, month)),
        );
        if last >= today {
            Status::Upcoming
        } else {
            Status::Past
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    WorkingGroup,
    Year,
    Theme,
    Kind,
    Status,
}

impl Facet {
    /// The facet's name in URLs and markup.
    pub fn key(self) -> &'static str {
        match self {
            Facet::WorkingGroup => "wg",
            Facet::Year => "year",
            Facet::Theme => "theme",
            Facet::Kind => "kind",
            Facet::Status => "status",
        }
    }

    pub const ALL: [Facet; 5] = [
        Facet::WorkingGroup,
        Facet::Year,
        Facet::Theme,
        Facet::Kind,
        Facet::Status,
    ];
}

/// What the reader picked. Values are kept as their keys (ids, years, kind and status keys), so
/// that the filters read from and write to the URL unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The values picked, one set per facet, in `Facet::ALL`'s order (an array rather than a map
    /// keyed by facet: one kind of map less in the first load, docs/size.md).
    selected: [BTreeSet<String>; Facet::ALL.len()],
    pub text: String,
}

impl Filters {
    /// A search alone, no facet picked.
    pub fn searching(text: impl Into<String>) -> Self {
        Filters {
            text: text.into(),
            ..Filters::default()
        }
    }

    pub fn values(&self, facet: Facet) -> Option<&BTreeSet<String>> {
        Some(&self.selected[facet as usize]).filter(|v| !v.is_empty())
    }

    /// The facet's values become these.
    pub fn set(&mut self, facet: Facet, values: BTreeSet<String>) {
        self.selected[facet as usize] = values;
    }

    /// Keeps the facet's values that `keep` accepts.
    pub fn retain(&mut self, facet: Facet, keep: impl FnMut(&String) -> bool) {
        self.selected[facet as usize].retain(keep);
    }

    pub fn is_selected(&self, facet: Facet, key: &str) -> bool {
        self.values(facet).is_some_and(|v| v.contains(key))
    }

    pub fn toggle(&mut self, facet: Facet, key: &str) {
        let values = &mut self.selected[facet as usize];
        if !values.remove(key) {
            values.insert(key.to_string());
        }
    }

    /// "Only this": the facet keeps this one value.
    pub fn only(&mut self, facet: Facet, key: &str) {
        let values = &mut self.selected[facet as usize];
        values.clear();
        values.insert(key.to_string());
    }

    pub fn clear(&mut self, facet: Facet) {
        self.selected[facet as usize].clear();
    }

    /// Whether the filters pick entries (a theme, a kind, a search) rather than whole dialogues
    /// (working group, year, status): a dialogue is then shown for its matching entries.
    pub fn narrows_entries(&self) -> bool {
        self.values(Facet::Theme).is_some()
            || self.values(Facet::Kind).is_some()
            || !Query::new(&self.text).is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.selected.iter().all(BTreeSet::is_empty) && self.text.trim().is_empty()
    }

    /// Whether dialogues of this status can be in view: the status filter, when set, names
    /// the ones it keeps. The agenda leaves out the part the filter excludes rather than say
    /// under its heading that nothing there matches.
    pub fn admits(&self, status: Status) -> bool {
        self.values(Facet::Status)
            .is_none_or(|wanted| wanted.contains(status.key()))
    }

    /// Every active value, facet by facet, for the removable chips.
    pub fn active(&self) -> Vec<(Facet, String)> {
        Facet::ALL
            .iter()
            .zip(&self.selected)
            .flat_map(|(f, values)| values.iter().map(|v| (*f, v.clone())))
            .collect()
    }
}

/// An entry with the dialogue it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Hit<'a> {
    pub dialogue: &'a Dialogue,
    pub entry: &'a Entry,
    pub kind: EntryKind,
}

/// The values of one facet with their counts, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    pub facet: Facet,
    pub values: Vec<FacetValue>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    pub key: String,
    /// How many entries the results would hold with this value picked.
    pub count: usize,
    pub selected: bool,
}

pub struct Outcome<'a> {
    /// Matching entries, in date order of their dialogues, then as listed.
    pub hits: Vec<Hit<'a>>,
    /// Dialogues that pass the dialogue-level facets and, when an entry-level filter (theme,
    /// kind, text) is active, hold at least one matching entry; in date order.
    pub dialogues: Vec<&'a Dialogue>,
    pub facets: Vec<FacetCounts>,
}

/// The facet values an entry has.
#[cfg(test)]
struct Keys<'a> {
    working_groups: &'a [String],
    year: Option<String>,
    themes: &'a [String],
    kind: &'static str,
    status: &'static str,
}

#[cfg(test)]
impl Keys<'_> {
    fn has(&self, facet: Facet, key: &str) -> bool {
        match facet {
            Facet::WorkingGroup => self.working_groups.iter().any(|w| w == key),
            Facet::Year => self.year.as_deref() == Some(key),
            Facet::Theme => self.themes.iter().any(|t| t == key),
            Facet::Kind => self.kind == key,
            Facet::Status => self.status == key,
        }
    }

    fn matches(&self, filters: &Filters, except: Option<Facet>) -> bool {
        Facet::ALL.iter().filter(|f| Some(**f) != except).all(|f| {
            filters
                .values(*f)
                .is_none_or(|wanted| wanted.iter().any(|key| self.has(*f, key)))
        })
    }
}

/// Dialogues in date order (those without a date last), stable for equal dates.
pub fn in_date_order(dataset: &Dataset) -> Vec<&Dialogue> {
    date_order(dataset)
        .into_iter()
        .map(|i| &dataset.dialogues[i as usize])
        .collect()
}

/// The positions of the dataset's dialogues in date order, as `in_date_order` lists them (one
/// sort for both, so that the module holds one copy of it).
pub fn date_order(dataset: &Dataset) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..dataset.dialogues.len() as u32).collect();
    let key = |i: u32| {
        let d = &dataset.dialogues[i as usize];
        (d.date.is_none(), d.date, i)
    };
    sort_positions(&mut positions, &mut |a, b| key(a).cmp(&key(b)));
    positions
}

/// Sorts positions (of dialogues, of columns) by `order`, which ends its comparisons with the
/// positions themselves, so that no two compare equal and the result is the same as a stable
/// sort's. Every such sort of the first screen goes through here, with its comparison behind a
/// reference: the module then holds one copy of the sorting code instead of one per caller
/// (docs/size.md).
pub fn sort_positions(
    positions: &mut [u32],
    order: &mut dyn FnMut(u32, u32) -> std::cmp::Ordering,
) {
    positions.sort_unstable_by(|a, b| order(*a, *b));
}

/// Every entry of the dataset with its dialogue, in date order.
pub fn all_hits(dataset: &Dataset) -> Vec<Hit<'_>> {
    in_date_order(dataset)
        .into_iter()
        .flat_map(|d| {
            let agenda = d.agenda_items.iter().map(move |e| Hit {
                dialogue: d,
                entry: e,
                kind: EntryKind::AgendaItem,
            });
            let topics = d.topics_raised.iter().map(move |e| Hit {
                dialogue: d,
                entry: e,
                kind: EntryKind::TopicRaised,
            });
            agenda.chain(topics)
        })
        .collect()
}

/// The entries, dialogues and facet counts the filters select.
pub fn run<'a>(dataset: &'a Dataset, filters: &Filters, today: PartialDate) -> Outcome<'a> {
    Selection::of(dataset, filters, today).outcome(dataset)
}

/// The query as first written, one scan of every entry per facet: kept as the reference the
/// indexed query is tested against.
#[cfg(test)]
pub(crate) fn scan<'a>(dataset: &'a Dataset, filters: &Filters, today: PartialDate) -> Outcome<'a> {
    let query = Query::new(&filters.text);
    let theme_labels: BTreeMap<&str, &str> = dataset
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.label.en.as_str()))
        .collect();
    let group_names: BTreeMap<&str, [&str; 2]> = dataset
        .working_groups
        .iter()
        .map(|w| {
            (
                w.id.as_str(),
                [w.name.en.as_str(), w.short_name.en.as_str()],
            )
        })
        .collect();

    // Texts of a dialogue that every one of its entries is found by: working groups and chairs.
    let dialogue_texts = |d: &'a Dialogue| -> Vec<&'a str> {
        let mut texts: Vec<&str> = d
            .working_groups
            .iter()
            .flat_map(|w| group_names.get(w.as_str()).into_iter().flatten().copied())
            .collect();
        texts.extend(d.chairs.iter().map(|c| c.name.en.as_str()));
        texts
    };

    let keys_of = |hit: &Hit<'a>| Keys {
        working_groups: &hit.dialogue.working_groups,
        year: hit.dialogue.date.map(|d| d.year.to_string()),
        themes: &hit.entry.themes,
        kind: hit.kind.key(),
        status: Status::of(hit.dialogue.date, today).key(),
    };

    // The text search is a filter like the others, applied before the facets are counted.
    let candidates: Vec<(Hit<'a>, Keys<'a>)> = all_hits(dataset)
        .into_iter()
        .filter(|hit| {
            query.is_empty() || {
                let mut texts = dialogue_texts(hit.dialogue);
                texts.push(&hit.entry.text.en);
                texts.extend(
                    hit.entry
                        .themes
                        .iter()
                        .filter_map(|t| theme_labels.get(t.as_str()).copied()),
                );
                query.matches_any(texts)
            }
        })
        .map(|hit| {
            let keys = keys_of(&hit);
            (hit, keys)
        })
        .collect();

    let hits: Vec<Hit<'a>> = candidates
        .iter()
        .filter(|(_, keys)| keys.matches(filters, None))
        .map(|(hit, _)| *hit)
        .collect();

    let facets = Facet::ALL
        .iter()
        .map(|facet| {
            let mut counts: BTreeMap<String, usize> = facet_keys(dataset, *facet)
                .into_iter()
                .map(|k| (k, 0))
                .collect();
            for (_, keys) in candidates
                .iter()
                .filter(|(_, k)| k.matches(filters, Some(*facet)))
            {
                for (key, count) in counts.iter_mut() {
                    if keys.has(*facet, key) {
                        *count += 1;
                    }
                }
            }
            let order = facet_keys(dataset, *facet);
            FacetCounts {
                facet: *facet,
                values: order
                    .into_iter()
                    .map(|key| FacetValue {
                        count: counts[&key],
                        selected: filters.is_selected(*facet, &key),
                        key,
                    })
                    .collect(),
            }
        })
        .collect();

    let entry_level_active = filters.values(Facet::Theme).is_some()
        || filters.values(Facet::Kind).is_some()
        || !query.is_empty();
    // Addresses of the dialogues that hold a hit: one look-up per dialogue, not a scan of the hits.
    let with_hits: std::collections::HashSet<*const Dialogue> =
        hits.iter().map(|h| h.dialogue as *const Dialogue).collect();
    let dialogues = in_date_order(dataset)
        .into_iter()
        .filter(|d| {
            if entry_level_active {
                with_hits.contains(&(*d as *const Dialogue))
            } else {
                let keys = Keys {
                    working_groups: &d.working_groups,
                    year: d.date.map(|date| date.year.to_string()),
                    themes: &[],
                    kind: "",
                    status: Status::of(d.date, today).key(),
                };
                keys.matches(filters, None)
            }
        })
        .collect();

    Outcome {
        hits,
        dialogues,
        facets,
    }
}

/// An entry by position: its dialogue's index in `Dataset::dialogues`, its list and its index
/// there. Small and owned, so that a selection can be kept between changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryRef {
    pub dialogue: u32,
    pub kind: EntryKind,
    pub index: u32,
}

/// What the filters select, computed once per change of the filters and read by every view: the
/// count, the facets, the matrix, the lists and the downloads can then never disagree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Matching entries, in the order of `Outcome::hits`.
    pub hits: Vec<EntryRef>,
    /// The same entries as positions in the index's entry list.
    pub matched: Bits,
    /// Indexes of the selected dialogues, in the order of `Outcome::dialogues`.
    pub dialogues: Vec<u32>,
    pub facets: Vec<FacetCounts>,
}

impl Selection {
    /// No dialogue matches: the agenda and the matrix then have nothing to show, and say so
    /// with the way out in place (the entries list, whose items are entries, is empty as soon
    /// as `hits` is).
    pub fn has_no_dialogue(&self) -> bool {
        self.dialogues.is_empty()
    }

    /// The selection, building the index on the way: for one-off queries (exports, tests).
    pub fn of(dataset: &Dataset, filters: &Filters, today: PartialDate) -> Selection {
        Selection::from_index(&Index::new(dataset, today), filters)
    }

    /// The selection from an index built once: a few set operations per facet value, so that
    /// the cost of a change hardly grows with the dataset.
    pub fn from_index(index: &Index, filters: &Filters) -> Selection {
        let n = index.entries.len();
        let query = Query::new(&filters.text);
        let found = index.found(&query);
        let masks: Vec<Option<Bits>> = Facet::ALL
            .iter()
            .map(|f| {
                filters
                    .values(*f)
                    .map(|keys| index.postings(*f).any_of(keys, n))
            })
            .collect();
        // The entries that pass the search and every facet but `skip`.
        let passing = |skip: Option<usize>| {
            let mut passing = found.clone();
            for (i, mask) in masks.iter().enumerate() {
                if let (Some(mask), true) = (mask, Some(i) != skip) {
                    passing.and_with(mask);
                }
            }
            passing
        };
        let all = passing(None);
        let facets = Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, facet)| {
                let base = if masks[i].is_some() {
                    passing(Some(i))
                } else {
                    all.clone()
                };
                let postings = index.postings(*facet);
                FacetCounts {
                    facet: *facet,
                    values: postings
                        .keys
                        .iter()
                        .zip(&postings.sets)
                        .map(|(key, set)| FacetValue {
                            key: key.clone(),
                            count: base.count_and(set),
                            selected: filters.is_selected(*facet, key),
                        })
                        .collect(),
                }
            })
            .collect();

        let hits: Vec<EntryRef> = all.ones().map(|p| index.entries[p]).collect();
        let dialogues = if filters.narrows_entries() {
            // Hits come in date order, a dialogue's together.
            let mut positions: Vec<u32> = all.ones().map(|p| index.entry_dialogue[p]).collect();
            positions.dedup();
            positions
                .into_iter()
                .map(|p| index.dialogues[p as usize])
                .collect()
        } else {
            let len = index.dialogues.len();
            let mut passing = Bits::full(len);
            for facet in [Facet::WorkingGroup, Facet::Year, Facet::Status] {
                if let Some(keys) = filters.values(facet) {
                    passing.and_with(&index.dialogue_postings(facet).any_of(keys, len));
                }
            }
            passing.ones().map(|p| index.dialogues[p]).collect()
        };
        Selection {
            hits,
            matched: all,
            dialogues,
            facets,
        }
    }

    /// The selection over the dataset it was computed from.
    pub fn outcome<'a>(&self, dataset: &'a Dataset) -> Outcome<'a> {
        Outcome {
            hits: self.hits.iter().map(|r| hit_at(dataset, *r)).collect(),
            dialogues: self
                .dialogues
                .iter()
                .map(|i| &dataset.dialogues[*i as usize])
                .collect(),
            facets: self.facets.clone(),
        }
    }
}

/// The entry a reference names.
pub fn hit_at(dataset: &Dataset, entry: EntryRef) -> Hit<'_> {
    let dialogue = &dataset.dialogues[entry.dialogue as usize];
    let list = match entry.kind {
        EntryKind::AgendaItem => &dialogue.agenda_items,
        EntryKind::TopicRaised => &dialogue.topics_raised,
    };
    Hit {
        dialogue,
        entry: &list[entry.index as usize],
        kind: entry.kind,
    }
}

/// Every value a facet can take in this dataset, in display order: working groups and themes as
/// listed in the dataset, years ascending, kinds and statuses in their fixed order.
pub fn facet_keys(dataset: &Dataset, facet: Facet) -> Vec<String> {
    match facet {
        Facet::WorkingGroup => dataset
            .working_groups
            .iter()
            .map(|w| w.id.clone())
            .collect(),
        Facet::Year => {
            // Kept in order as they come: no sort of its own in the first load (docs/size.md).
            let mut years: Vec<u16> = Vec::new();
            for year in dataset
                .dialogues
                .iter()
                .filter_map(|d| d.date.map(|date| date.year))
            {
                if let Err(at) = years.binary_search(&year) {
                    years.insert(at, year);
                }
            }
            years.into_iter().map(|y| y.to_string()).collect()
        }
        Facet::Theme => dataset.themes.iter().map(|t| t.id.clone()).collect(),
        Facet::Kind => EntryKind::ALL.iter().map(|k| k.key().to_string()).collect(),
        Facet::Status => Status::ALL.iter().map(|s| s.key().to_string()).collect(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::dataset;

    /// A small dataset whose counts are easy to check by hand:
    /// - a (tip, 2022-07-01): agenda [corruption], topics [children], [children, corruption]
    /// - b (som, 2023-10-09): topics [sea]
    /// - c (tip, 2024-07-10): agenda [children]
    /// - d (som, 2025-10): nothing yet
    pub(crate) fn sample() -> Dataset {
        dataset::load(SAMPLE).unwrap()
    }

    #[test]
    fn each_facet_has_its_own_place_among_the_filters() {
        // `Filters` keeps one set per facet at the facet's place in `Facet::ALL`.
        for (place, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(facet as usize, place);
        }
        let mut filters = Filters::default();
        filters.toggle(Facet::Year, "2024");
        filters.toggle(Facet::WorkingGroup, "tip");
        filters.only(Facet::Theme, "sea");
        assert_eq!(
            filters.active(),
            [
                (Facet::WorkingGroup, "tip".to_string()),
                (Facet::Year, "2024".to_string()),
                (Facet::Theme, "sea".to_string())
            ]
        );
        filters.toggle(Facet::Year, "2024");
        filters.clear(Facet::WorkingGroup);
        filters.retain(Facet::Theme, |v| v != "sea");
        assert!(filters.is_empty());
        assert_eq!(filters, Filters::default());
    }

    #[test]
    fn positions_with_equal_keys_keep_their_order_and_years_come_once_ascending() {
        let keys = [3, 1, 3, 0, 1, 3];
        let mut positions: Vec<u32> = (0..keys.len() as u32).collect();
        let key = |p: u32| (keys[p as usize], p);
        sort_positions(&mut positions, &mut |a, b| key(a).cmp(&key(b)));
        assert_eq!(positions, vec![3, 1, 4, 0, 2, 5]);
        // The sample's dialogues are of 2022, 2023, 2024 and 2025, listed out of order below.
        let mut dataset = sample();
        dataset.dialogues.reverse();
        dataset.dialogues.push(dataset.dialogues[1].clone());
        assert_eq!(
            facet_keys(&dataset, Facet::Year),
            ["2022", "2023", "2024", "2025"]
        );
    }

    pub(crate) const SAMPLE: &str = r#"{
      "schema_version": 1,
      "sources": [{"id": "s", "title": "S", "publisher": "P", "kind": "official"}],
      "working_groups": [
        {"id": "tip", "name": "Working Group on Trafficking in Persons", "short_name": "Trafficking in Persons", "instrument": "TIP Protocol"},
        {"id": "som", "name": "Working Group on the Smuggling of Migrants", "short_name": "Smuggling of Migrants", "instrument": "SOM Protocol"}
      ],
      "themes": [
        {"id": "corruption", "label": "Corruption", "description": "d"},
        {"id": "children", "label": "Children", "description": "d"},
        {"id": "sea", "label": "Smuggling by sea", "description": "d"},
        {"id": "organs", "label": "Organ removal", "description": "d"}
      ],
      "dialogues": [
        {"id": "c", "working_groups": ["tip"], "follows_sessions": [], "date": "2024-07-10", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "topics_raised": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "agenda_items": [{"id": "c1", "text": "Child trafficking", "themes": ["children"], "source": "s"}]},
        {"id": "a", "working_groups": ["tip"], "follows_sessions": [], "date": "2022-07-01", "time_zone": "Europe/Vienna",
         "chairs": [{"name": "Francesco Testa", "role": "chair", "source": "s"}], "ordinals": [], "attendance": [],
         "certainty": {"level": "high"}, "sources": ["s"],
         "agenda_items": [{"id": "a1", "text": "Corruption in the review", "themes": ["corruption"], "source": "s"}],
         "topics_raised": [
           {"id": "a2", "text": "Niños víctimas", "themes": ["children"], "source": "s"},
           {"id": "a3", "text": "Bribes and minors", "themes": ["children", "corruption"], "source": "s"}
         ]},
        {"id": "b", "working_groups": ["som"], "follows_sessions": [], "date": "2023-10-09", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "topics_raised": [{"id": "b1", "text": "Rescue at sea", "themes": ["sea"], "source": "s"}]},
        {"id": "d", "working_groups": ["som"], "follows_sessions": [], "date": "2025-10", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "topics_raised": [], "attendance": [], "certainty": {"level": "low"}, "sources": ["s"]}
      ]
    }"#;

    pub(crate) fn today() -> PartialDate {
        PartialDate::day(2025, 10, 1)
    }

    /// The sample with e (tip, 8 October 2025, a topic on children) in the month of d (som,
    /// "2025-10", nothing recorded): by the sources, d may have been held before or after e.
    /// With `d_topic`, d records a topic on sea.
    pub(crate) fn sample_with_a_day_in_the_month_of_d(d_topic: bool) -> Dataset {
        let e = r#"{"id": "e", "working_groups": ["tip"], "follows_sessions": [], "date": "2025-10-08", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "topics_raised": [{"id": "e1", "text": "Children again", "themes": ["children"], "source": "s"}]},
        {"id": "d","#;
        let mut text = SAMPLE.replace(r#"{"id": "d","#, e);
        if d_topic {
            text = text.replace(
                r#""agenda_items": [], "topics_raised": [], "attendance": [], "certainty": {"level": "low"}"#,
                r#""agenda_items": [], "topics_raised": [{"id": "d1", "text": "Sea", "themes": ["sea"], "source": "s"}], "attendance": [], "certainty": {"level": "low"}"#,
            );
        }
        dataset::load(&text).unwrap()
    }

    #[test]
    fn the_status_filter_admits_the_statuses_it_names_and_none_other() {
        let mut filters = Filters::default();
        assert!(filters.admits(Status::Upcoming) && filters.admits(Status::Past));
        filters.toggle(Facet::Status, "upcoming");
        assert!(filters.admits(Status::Upcoming));
        assert!(!filters.admits(Status::Past));
        filters.toggle(Facet::Status, "past");
        assert!(filters.admits(Status::Upcoming) && filters.admits(Status::Past));
        // Other filters leave both parts in.
        let mut theme = Filters::default();
        theme.toggle(Facet::Theme, "sea");
        assert!(theme.admits(Status::Upcoming) && theme.admits(Status::Past));
    }

    #[test]
    fn a_selection_with_no_dialogue_is_empty_and_one_with_an_entryless_dialogue_is_not() {
        let data = sample();
        let none = Filters::searching("no such words anywhere");
        assert!(Selection::of(&data, &none, today()).has_no_dialogue());
        // d (som, 2025) records no entry, but it is a dialogue in view.
        let mut d_only = Filters::default();
        d_only.toggle(Facet::Year, "2025");
        let selection = Selection::of(&data, &d_only, today());
        assert!(selection.hits.is_empty());
        assert!(!selection.has_no_dialogue());
    }

    #[test]
    fn a_kept_selection_gives_back_the_same_outcome() {
        let data = sample();
        let mut filters = Filters::default();
        for (facet, key) in [(Facet::Theme, "children"), (Facet::Kind, "topic")] {
            filters.toggle(facet, key);
            let fresh = run(&data, &filters, today());
            let kept = Selection::of(&data, &filters, today()).outcome(&data);
            assert_eq!(ids(&kept), ids(&fresh));
            let names = |o: &Outcome| o.dialogues.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
            assert_eq!(names(&kept), names(&fresh));
            assert_eq!(kept.facets, fresh.facets);
            let kinds = |o: &Outcome| o.hits.iter().map(|h| h.kind).collect::<Vec<_>>();
            assert_eq!(kinds(&kept), kinds(&fresh));
        }
        assert_eq!(Selection::of(&data, &filters, today()).hits.len(), 2);
    }

    fn ids(outcome: &Outcome) -> Vec<String> {
        outcome.hits.iter().map(|h| h.entry.id.clone()).collect()
    }

    fn counts(outcome: &Outcome, facet: Facet) -> Vec<(String, usize)> {
        outcome
            .facets
            .iter()
            .find(|f| f.facet == facet)
            .unwrap()
            .values
            .iter()
            .map(|v| (v.key.clone(), v.count))
            .collect()
    }

    fn pairs(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    #[test]
    fn without_filters_everything_is_in_date_order() {
        let data = sample();
        let out = run(&data, &Filters::default(), today());
        assert_eq!(ids(&out), ["a1", "a2", "a3", "b1", "c1"]);
        let dialogues: Vec<&str> = out.dialogues.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(dialogues, ["a", "b", "c", "d"]);
        assert_eq!(
            counts(&out, Facet::Theme),
            pairs(&[
                ("corruption", 2),
                ("children", 3),
                ("sea", 1),
                ("organs", 0)
            ])
        );
        assert_eq!(
            counts(&out, Facet::Year),
            pairs(&[("2022", 3), ("2023", 1), ("2024", 1), ("2025", 0)])
        );
    }

    #[test]
    fn values_of_one_facet_combine_with_or() {
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "corruption");
        filters.toggle(Facet::Theme, "sea");
        let out = run(&data, &filters, today());
        assert_eq!(ids(&out), ["a1", "a3", "b1"]);
        // Counts within the facet ignore its own selection: what each pick would give.
        assert_eq!(
            counts(&out, Facet::Theme),
            pairs(&[
                ("corruption", 2),
                ("children", 3),
                ("sea", 1),
                ("organs", 0)
            ])
        );
    }

    #[test]
    fn facets_combine_with_and_and_count_given_the_others() {
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "children");
        filters.toggle(Facet::WorkingGroup, "tip");
        filters.toggle(Facet::Kind, "topic");
        let out = run(&data, &filters, today());
        assert_eq!(ids(&out), ["a2", "a3"]);
        assert_eq!(
            counts(&out, Facet::WorkingGroup),
            pairs(&[("tip", 2), ("som", 0)])
        );
        assert_eq!(
            counts(&out, Facet::Kind),
            pairs(&[("agenda", 1), ("topic", 2)])
        );
        assert_eq!(
            counts(&out, Facet::Theme),
            pairs(&[
                ("corruption", 1),
                ("children", 2),
                ("sea", 0),
                ("organs", 0)
            ])
        );
        let dialogues: Vec<&str> = out.dialogues.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(dialogues, ["a"]);
    }

    #[test]
    fn status_splits_on_the_injected_date() {
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Status, "upcoming");
        let out = run(&data, &filters, PartialDate::day(2024, 1, 1));
        assert_eq!(ids(&out), ["c1"]);
        let dialogues: Vec<&str> = out.dialogues.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(dialogues, ["c", "d"]);
        let later = run(&data, &filters, PartialDate::day(2025, 11, 1));
        assert!(later.hits.is_empty());
        assert!(later.dialogues.is_empty());
        assert_eq!(
            counts(&later, Facet::Status),
            pairs(&[("upcoming", 0), ("past", 5)])
        );
    }

    #[test]
    fn a_dialogue_known_by_its_month_is_upcoming_until_the_month_ends() {
        let october = PartialDate::parse("2025-10").ok();
        assert_eq!(
            Status::of(october, PartialDate::day(2025, 10, 31)),
            Status::Upcoming
        );
        assert_eq!(
            Status::of(october, PartialDate::day(2025, 11, 1)),
            Status::Past
        );
        let day = Some(PartialDate::day(2025, 10, 8));
        assert_eq!(
            Status::of(day, PartialDate::day(2025, 10, 8)),
            Status::Upcoming
        );
        assert_eq!(Status::of(day, PartialDate::day(2025, 10, 9)), Status::Past);
        assert_eq!(
            Status::of(None, PartialDate::day(2025, 10, 9)),
            Status::Past
        );
    }

    #[test]
    fn search_folds_case_and_accents_and_reaches_themes_groups_and_chairs() {
        let data = sample();
        let search = |text: &str| {
            let filters = Filters::searching(text);
            ids(&run(&data, &filters, today()))
        };
        assert_eq!(search("NINOS victimas"), ["a2"]);
        assert_eq!(search("corruption"), ["a1", "a3"]); // a3 by its theme label only
        assert_eq!(search("smuggling"), ["b1"]); // by the working group's name
        assert_eq!(search("testa"), ["a1", "a2", "a3"]); // by the chair
        assert!(search("nothing like this").is_empty());
    }

    #[test]
    fn search_narrows_the_counts_too() {
        let data = sample();
        let filters = Filters::searching("sea");
        let out = run(&data, &filters, today());
        assert_eq!(
            counts(&out, Facet::Theme),
            pairs(&[
                ("corruption", 0),
                ("children", 0),
                ("sea", 1),
                ("organs", 0)
            ])
        );
    }

    #[test]
    fn filter_editing() {
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "a");
        filters.toggle(Facet::Theme, "b");
        filters.only(Facet::Theme, "c");
        assert_eq!(filters.active(), [(Facet::Theme, "c".to_string())]);
        filters.toggle(Facet::Theme, "c");
        assert!(filters.is_empty());
        filters.toggle(Facet::Year, "2023");
        filters.clear(Facet::Year);
        assert!(filters.is_empty());
    }
}

#[cfg(test)]
mod indexed {
    use super::tests::{sample, today};
    use super::*;
    use crate::core::dataset;

    fn same(data: &Dataset, filters: &Filters, today: PartialDate) {
        let indexed = run(data, filters, today);
        let scanned = scan(data, filters, today);
        let ids = |o: &Outcome| {
            o.hits
                .iter()
                .map(|h| (h.dialogue.id.clone(), h.entry.id.clone(), h.kind))
                .collect::<Vec<_>>()
        };
        let names = |o: &Outcome| o.dialogues.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&indexed), ids(&scanned), "hits for {filters:?}");
        assert_eq!(
            names(&indexed),
            names(&scanned),
            "dialogues for {filters:?}"
        );
        assert_eq!(indexed.facets, scanned.facets, "facets for {filters:?}");
    }

    /// Filters built from a seed: one to three facets with one or two values each (some
    /// unknown), and sometimes a search, so that many combinations are covered.
    fn filters_from(data: &Dataset, seed: u64) -> Filters {
        let mut state = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut next = |n: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            ((state >> 33) as usize) % n.max(1)
        };
        let mut filters = Filters::default();
        for _ in 0..1 + next(3) {
            let facet = Facet::ALL[next(Facet::ALL.len())];
            let mut keys = facet_keys(data, facet);
            keys.push("no-such-value".into());
            for _ in 0..1 + next(2) {
                let key = keys[next(keys.len())].clone();
                let mut values = filters.values(facet).cloned().unwrap_or_default();
                values.insert(key);
                filters.set(facet, values);
            }
        }
        filters.text = [
            "",
            "",
            "traffick",
            "corruption victim",
            "Testa",
            "niños",
            "zzz",
        ][next(7)]
        .to_string();
        filters
    }

    #[test]
    fn the_index_answers_as_a_scan_of_every_entry_does() {
        let bundled =
            dataset::load(include_str!("../../public/data/dialogues.json")).expect("bundled");
        for data in [sample(), bundled] {
            for day in [
                today(),
                PartialDate::day(2026, 12, 1),
                PartialDate::day(2030, 1, 1),
            ] {
                same(&data, &Filters::default(), day);
                for seed in 0..300 {
                    same(&data, &filters_from(&data, seed), day);
                }
            }
        }
    }

    #[test]
    fn bits_count_and_list_their_members() {
        use crate::core::index::Bits;
        let mut a = Bits::empty(130);
        for p in [0, 63, 64, 129] {
            a.insert(p);
        }
        assert_eq!(a.ones().collect::<Vec<_>>(), vec![0, 63, 64, 129]);
        let full = Bits::full(130);
        assert_eq!(full.count(), 130);
        assert_eq!(full.count_and(&a), 4);
        let mut b = Bits::full(130);
        b.and_with(&a);
        assert_eq!(b, a);
        assert!(Bits::empty(5).is_empty());
    }
}
