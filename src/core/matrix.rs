//! The topic matrix: themes × dialogues (or working groups, or years), with each theme's
//! continuity — where it was first raised, where it recurs, and since when it has been silent.

use std::collections::{HashMap, HashSet};

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::index::{places, Index};
use crate::core::messages::Messages;
use crate::core::query::{sort_positions, EntryRef, Facet, Hit, Selection};

/// The most dialogue columns the matrix draws; past this it shows years (`Columns::fitting`).
pub const MAX_DIALOGUE_COLUMNS: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Columns {
    /// One column per dialogue, in date order, grouped under their working group.
    #[default]
    Dialogues,
    WorkingGroups,
    Years,
}

impl Columns {
    pub const ALL: [Columns; 3] = [Columns::Dialogues, Columns::WorkingGroups, Columns::Years];

    pub fn key(self) -> &'static str {
        match self {
            Columns::Dialogues => "dialogues",
            Columns::WorkingGroups => "groups",
            Columns::Years => "years",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The columns to draw over `dialogues` dialogues: the chosen ones, unless they are one per
    /// dialogue and there are too many to read (or to draw: a column is a button per theme).
    /// Years are then the columns, and choosing one narrows the view to its dialogues.
    pub fn fitting(self, dialogues: usize) -> Columns {
        if self == Columns::Dialogues && dialogues > MAX_DIALOGUE_COLUMNS {
            Columns::Years
        } else {
            self
        }
    }

    /// Whether the cells carry the "first raised here" and "raised again" marks. Those are
    /// facts about a dialogue: a working-group or year column merges several dialogues, so its
    /// cells count entries only and the legend leaves the marks out (it says where they show).
    pub fn draws_marks(self) -> bool {
        self == Columns::Dialogues
    }

    /// The table's caption: what a cell counts, in the words of these columns.
    pub fn caption(self, m: &Messages) -> &'static str {
        match self {
            Columns::Dialogues => m.matrix_caption,
            Columns::WorkingGroups => m.matrix_caption_groups,
            Columns::Years => m.matrix_caption_years,
        }
    }

    /// The column these columns would call `key`; None when it cannot be one of them (a year
    /// that is not a number). Whether the dataset has it is `ColumnKey::exists_in`'s question.
    pub fn key_of(self, key: &str) -> Option<ColumnKey> {
        match self {
            Columns::Dialogues => Some(ColumnKey::Dialogue(key.to_string())),
            Columns::WorkingGroups => Some(ColumnKey::WorkingGroup(key.to_string())),
            Columns::Years => key.parse().ok().map(ColumnKey::Year),
        }
    }
}

/// What a column stands for. Cells are named by it (`dx-cell=children.tip-2023`) rather than by
/// position, so that a shared link means the same column whatever the filters or the dataset.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ColumnKey {
    Dialogue(String),
    WorkingGroup(String),
    Year(u16),
}

impl ColumnKey {
    /// The key as written in the address: a dialogue or working-group id, or a year. Dialogue and
    /// working-group ids cannot be told apart by their shape, so the columns in view decide
    /// (`Columns::key_of`).
    pub fn as_key(&self) -> String {
        match self {
            ColumnKey::Dialogue(id) | ColumnKey::WorkingGroup(id) => id.clone(),
            ColumnKey::Year(year) => year.to_string(),
        }
    }

    /// Whether the dataset has this column at all (filters aside).
    pub fn exists_in(&self, dataset: &Dataset) -> bool {
        match self {
            ColumnKey::Dialogue(id) => dataset.dialogues.iter().any(|d| &d.id == id),
            ColumnKey::WorkingGroup(id) => dataset.working_groups.iter().any(|w| &w.id == id),
            ColumnKey::Year(year) => dataset
                .dialogues
                .iter()
                .any(|d| d.date.map(|date| date.year) == Some(*year)),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub key: ColumnKey,
    /// The working group a dialogue column is shown under (its first one).
    pub group: Option<String>,
}

/// Where a cell stands in its theme's history (dialogue columns only). A fact about the whole
/// record, never about the filters: a cell is marked first only at the dialogue that first raised
/// the theme, whether or not that dialogue is in view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Empty,
    /// The first dialogue of the record that raised the theme.
    First,
    /// Raised again after an earlier dialogue of the record.
    Recurs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// How many entries are behind the cell (`cell_entries` lists them).
    pub count: usize,
    pub mark: Mark,
}

/// A theme's history over a list of dialogues in date order (the whole record, for the theme
/// page and the matrix).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Continuity {
    /// Dialogues that raised the theme, in date order: the first, then each recurrence.
    pub raised_in: Vec<String>,
    /// How many dialogues were surely held after every one that raised it and record what
    /// they discussed (a month-only date is not surely after the days of its month).
    pub silent_since: usize,
    /// Dialogues that did not raise it, record what they discussed, and may have been held
    /// after the last that did (their dates cannot order them): in date order.
    pub unordered: Vec<String>,
    /// Dialogues whose agenda and topics are not recorded and that may have been held after
    /// the last that raised it (all of them when none did): whether it came up there is not
    /// known. In date order.
    pub unrecorded: Vec<String>,
}

impl Continuity {
    pub fn first(&self) -> Option<&str> {
        self.raised_in.first().map(String::as_str)
    }

    pub fn last(&self) -> Option<&str> {
        self.raised_in.last().map(String::as_str)
    }

    pub fn recurrences(&self) -> &[String] {
        self.raised_in.get(1..).unwrap_or(&[])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub theme: String,
    pub cells: Vec<Cell>,
    pub total: usize,
    /// The dialogues of the whole record that raised the theme, in date order, by index in the
    /// dataset: the filters never change where a theme was first raised.
    pub raised_in: Vec<u32>,
    /// How many dialogues of the whole record were held after the last one that raised it.
    pub silent_since: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// The largest cell count, for the colour scale.
    pub max: usize,
}

/// Builds the matrix of a selection: its entries over its dialogues. Rows follow the dataset's
/// theme order. Each row is one pass over the theme's matching entries, so that the cost
/// follows the selection's size, not the number of cells.
pub fn build(dataset: &Dataset, index: &Index, selection: &Selection, columns: Columns) -> Matrix {
    let layout = Layout::new(dataset, index, selection, columns);
    let chronological: Vec<&Dialogue> = index
        .dialogues
        .iter()
        .map(|i| &dataset.dialogues[*i as usize])
        .collect();
    let mut max = 0;
    let rows = dataset
        .themes
        .iter()
        .zip(&index.postings(Facet::Theme).sets)
        .map(|(theme, tagged)| {
            let mut matching = selection.matched.clone();
            matching.and_with(tagged);
            let mut cells = vec![
                Cell {
                    count: 0,
                    mark: Mark::Empty
                };
                layout.columns.len()
            ];
            // The dialogues (by position in the index's date order) of the whole record that
            // raised it: the marks and the row's history are facts about the record.
            let mut raised_all: Vec<usize> = Vec::new();
            for position in tagged.ones() {
                let at = index.entry_dialogue[position] as usize;
                if raised_all.last() != Some(&at) {
                    raised_all.push(at);
                }
            }
            let first = raised_all.first().map(|at| index.dialogues[*at]);
            // The places (in the selection's dialogues) of the dialogues in view that raised it.
            let mut raised: Vec<usize> = Vec::new();
            for position in matching.ones() {
                let place = layout.place[index.entry_dialogue[position] as usize];
                if raised.last() != Some(&place) {
                    raised.push(place);
                }
                for c in &layout.columns_of[place] {
                    cells[*c].count += 1;
                }
            }
            if columns == Columns::Dialogues {
                for place in &raised {
                    let mark = if Some(selection.dialogues[*place]) == first {
                        Mark::First
                    } else {
                        Mark::Recurs
                    };
                    for c in &layout.columns_of[*place] {
                        cells[*c].mark = mark;
                    }
                }
            }
            max = cells.iter().map(|c| c.count).fold(max, usize::max);
            Row {
                theme: theme.id.clone(),
                total: matching.count(),
                cells,
                silent_since: {
                    let mut raised = vec![false; chronological.len()];
                    for at in &raised_all {
                        raised[*at] = true;
                    }
                    if raised_all.is_empty() {
                        0
                    } else {
                        after_last_raised(&chronological, &raised).later.len()
                    }
                },
                raised_in: raised_all.iter().map(|at| index.dialogues[*at]).collect(),
            }
        })
        .collect();
    Matrix {
        columns: layout.columns,
        rows,
        max,
    }
}

/// The entries behind one cell, in date order.
pub fn cell_entries(
    dataset: &Dataset,
    index: &Index,
    selection: &Selection,
    columns: Columns,
    theme: &str,
    column: &ColumnKey,
) -> Vec<EntryRef> {
    let Some(tagged) = index
        .postings(Facet::Theme)
        .keys
        .iter()
        .position(|t| t == theme)
        .map(|i| &index.postings(Facet::Theme).sets[i])
    else {
        return Vec::new();
    };
    let layout = Layout::new(dataset, index, selection, columns);
    let Some(wanted) = layout.columns.iter().position(|c| &c.key == column) else {
        return Vec::new();
    };
    let mut matching = selection.matched.clone();
    matching.and_with(tagged);
    matching
        .ones()
        .filter(|p| {
            let place = layout.place[index.entry_dialogue[*p] as usize];
            layout.columns_of[place].contains(&wanted)
        })
        .map(|p| index.entries[p])
        .collect()
}

/// The columns of a matrix, and which of them each dialogue in view falls in.
struct Layout {
    columns: Vec<Column>,
    /// For each dialogue in view (by its place in the selection), its columns.
    columns_of: Vec<Vec<usize>>,
    /// For each dialogue in the index's date order, its place in the selection's dialogues.
    place: Vec<usize>,
}

impl Layout {
    fn new(dataset: &Dataset, index: &Index, selection: &Selection, columns: Columns) -> Self {
        // The selection's dialogues are in the index's date order.
        let chronological: Vec<&Dialogue> = selection
            .dialogues
            .iter()
            .map(|i| &dataset.dialogues[*i as usize])
            .collect();
        let mut place_of_dataset_index = vec![usize::MAX; dataset.dialogues.len()];
        for (p, i) in selection.dialogues.iter().enumerate() {
            place_of_dataset_index[*i as usize] = p;
        }
        let place = index
            .dialogues
            .iter()
            .map(|i| place_of_dataset_index[*i as usize])
            .collect();
        let group_rank = places(dataset.working_groups.iter().map(|w| w.id.as_str()));
        let first_group = |d: &Dialogue| {
            d.working_groups
                .first()
                .and_then(|g| group_rank.get(g.as_str()).copied())
                .unwrap_or(usize::MAX)
        };

        let mut columns_of: Vec<Vec<usize>> = vec![Vec::new(); chronological.len()];
        let columns = match columns {
            Columns::Dialogues => {
                let mut order: Vec<u32> = (0..chronological.len() as u32).collect();
                let key = |p: u32| (first_group(chronological[p as usize]), p);
                sort_positions(&mut order, &mut |a, b| key(a).cmp(&key(b)));
                let order: Vec<usize> = order.into_iter().map(|p| p as usize).collect();
                for (c, p) in order.iter().enumerate() {
                    columns_of[*p].push(c);
                }
                order
                    .into_iter()
                    .map(|p| Column {
                        key: ColumnKey::Dialogue(chronological[p].id.clone()),
                        group: chronological[p].working_groups.first().cloned(),
                    })
                    .collect()
            }
            Columns::WorkingGroups => {
                let mut present = vec![false; dataset.working_groups.len()];
                for d in &chronological {
                    for g in &d.working_groups {
                        if let Some(rank) = group_rank.get(g.as_str()) {
                            present[*rank] = true;
                        }
                    }
                }
                let mut column_of_group = vec![usize::MAX; present.len()];
                let mut list = Vec::new();
                for (rank, w) in dataset.working_groups.iter().enumerate() {
                    if present[rank] {
                        column_of_group[rank] = list.len();
                        list.push(Column {
                            key: ColumnKey::WorkingGroup(w.id.clone()),
                            group: None,
                        });
                    }
                }
                for (p, d) in chronological.iter().enumerate() {
                    columns_of[p] = d
                        .working_groups
                        .iter()
                        .filter_map(|g| group_rank.get(g.as_str()).map(|r| column_of_group[*r]))
                        .collect();
                }
                list
            }
            Columns::Years => {
                let mut list: Vec<Column> = Vec::new();
                for (p, d) in chronological.iter().enumerate() {
                    let Some(year) = d.date.map(|date| date.year) else {
                        continue;
                    };
                    if list.last().map(|c| &c.key) != Some(&ColumnKey::Year(year)) {
                        list.push(Column {
                            key: ColumnKey::Year(year),
                            group: None,
                        });
                    }
                    columns_of[p].push(list.len() - 1);
                }
                list
            }
        };
        Layout {
            columns,
            columns_of,
            place,
        }
    }
}

/// What the record says of a theme after the dialogues that raised it, among dialogues in
/// date order (by position in that list).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AfterRaised {
    /// Dialogues that record what they discussed and were surely held after every one that
    /// raised it: they did not take it up. All that record their content when none raised it.
    pub later: Vec<usize>,
    /// Dialogues that record what they discussed, did not raise it, and may have been held
    /// after the last that did, or before: their dates cannot order them.
    pub unordered: Vec<usize>,
    /// Dialogues that record nothing of what they discussed and may have been held after the
    /// last that raised it (all of them when none did): not known either way.
    pub unrecorded: Vec<usize>,
}

/// Sorts the dialogues after a theme's last raising by what can truthfully be said of them.
/// Date order alone cannot say it: it puts a month-only date before every day of its month,
/// so a dialogue known only as "October 2025" would read as earlier than one of 8 October.
/// Here a dialogue is later only when its whole span of possible days is; one with no date
/// is never surely later. `raised[i]` says whether `dialogues[i]` raised the theme.
pub fn after_last_raised(dialogues: &[&Dialogue], raised: &[bool]) -> AfterRaised {
    let spans = |pick: fn(&PartialDate) -> (u16, u8, u8)| {
        dialogues
            .iter()
            .zip(raised)
            .filter(|(_, r)| **r)
            .map(move |(d, _)| d.date.as_ref().map(pick))
    };
    let any_raised = raised.iter().any(|r| *r);
    // The latest a raising dialogue may have been held (None: one has no date, so no dialogue
    // is surely after it) and the latest any of them surely began.
    let latest_end: Option<(u16, u8, u8)> = spans(|d| d.span().1)
        .try_fold(None, |acc: Option<(u16, u8, u8)>, end| {
            end.map(|e| acc.max(Some(e)))
        })
        .flatten();
    let latest_start = spans(|d| d.span().0).flatten().max();
    let mut after = AfterRaised::default();
    for (i, d) in dialogues.iter().enumerate() {
        if raised[i] {
            continue;
        }
        let span = d.date.map(|date| date.span());
        let surely_later = !any_raised
            || matches!((span, latest_end), (Some((start, _)), Some(end)) if start > end);
        let maybe_later =
            !any_raised || span.is_none_or(|(_, end)| latest_start.is_none_or(|s| end >= s));
        match (d.records_content(), surely_later, maybe_later) {
            (true, true, _) => after.later.push(i),
            (true, false, true) => after.unordered.push(i),
            (false, _, true) => after.unrecorded.push(i),
            _ => {}
        }
    }
    after
}

/// Whether `later` was surely held after each of `earlier`, whatever their unknown days.
fn surely_after_each(later: &Dialogue, earlier: &[&Dialogue]) -> bool {
    earlier.iter().all(|e| match (e.date, later.date) {
        (Some(e), Some(l)) => e.surely_before(&l),
        _ => false,
    })
}

fn ids_at(dialogues: &[&Dialogue], at: &[usize]) -> Vec<String> {
    at.iter().map(|i| dialogues[*i].id.clone()).collect()
}

/// The continuity of a theme over `chronological` dialogues (in date order), given which of
/// them raised it.
fn continuity_over(chronological: &[&Dialogue], raised: &[bool]) -> Continuity {
    let raised_in: Vec<String> = chronological
        .iter()
        .zip(raised)
        .filter(|(_, r)| **r)
        .map(|(d, _)| d.id.clone())
        .collect();
    let after = after_last_raised(chronological, raised);
    Continuity {
        silent_since: if raised_in.is_empty() {
            0
        } else {
            after.later.len()
        },
        unordered: ids_at(chronological, &after.unordered),
        unrecorded: ids_at(chronological, &after.unrecorded),
        raised_in,
    }
}

/// The continuity of one theme, from its tagged entries, over dialogues in date order.
pub fn continuity_of(chronological: &[&Dialogue], tagged: &[&Hit]) -> Continuity {
    let raised: HashSet<&str> = tagged.iter().map(|h| h.dialogue.id.as_str()).collect();
    let raised: Vec<bool> = chronological
        .iter()
        .map(|d| raised.contains(d.id.as_str()))
        .collect();
    continuity_over(chronological, &raised)
}

/// A theme's continuity in one working group, over the whole record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupContinuity {
    pub working_group: String,
    /// How many dialogues the group has held.
    pub held: usize,
    /// How many of them record what they discussed (agenda items or topics raised).
    pub recorded: usize,
    /// The group's dialogues that raised the theme, in date order.
    pub raised_in: Vec<String>,
    /// How many of the group's dialogues that record what they discussed were surely held
    /// after the last of them that raised it (all that record it when none did).
    pub silent_since: usize,
    /// The group's dialogues that did not raise it and cannot be placed before or after the
    /// last that did.
    pub unordered: Vec<String>,
    /// The group's dialogues that record nothing of what they discussed and may have been
    /// held after the last that raised it (all of them when none did).
    pub unrecorded: Vec<String>,
    /// The dialogues of other working groups that raised the theme surely after this group
    /// last did, in date order: "not raised at the 3 later trafficking dialogues; raised once
    /// since at a firearms dialogue". Empty when the group never raised it or still does.
    pub raised_elsewhere_since: Vec<String>,
}

impl GroupContinuity {
    /// The working groups (ids, in the dataset's order) of `raised_elsewhere_since`: "raised
    /// since at dialogues of other working groups: Firearms".
    pub fn raised_elsewhere_by(&self, dataset: &Dataset) -> Vec<String> {
        dataset
            .working_groups
            .iter()
            .filter(|w| w.id != self.working_group)
            .filter(|w| {
                self.raised_elsewhere_since.iter().any(|d| {
                    dataset
                        .dialogue(d)
                        .is_some_and(|d| d.working_groups.contains(&w.id))
                })
            })
            .map(|w| w.id.clone())
            .collect()
    }
}

/// A theme's continuity across the whole record: filters never change it. Overall, then for
/// each working group that held a dialogue (in the dataset's order), so that every count says
/// whose dialogues it counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeContinuity {
    pub overall: Continuity,
    pub groups: Vec<GroupContinuity>,
}

/// Names a dialogue by its id, on the page's terms ("Trafficking in persons, 8 Oct 2025").
pub type NameOf<'a> = &'a dyn Fn(&str) -> String;
/// Joins names as a list in the page's language ("A and B").
pub type JoinNames<'a> = &'a dyn Fn(&[String]) -> String;

fn names_of(ids: &[String], name: NameOf, join: JoinNames) -> String {
    join(&ids.iter().map(|d| name(d)).collect::<Vec<_>>())
}

impl Continuity {
    /// What the theme page says of the theme's history over the whole record, sentence by
    /// sentence. "Raised at the latest dialogue" is said only when no dialogue may have been
    /// held after the last that raised it; a later dialogue that records nothing is named as
    /// such, never counted among those that did not take it up.
    pub fn sentences(&self, m: &Messages, name: NameOf, join: JoinNames) -> Vec<String> {
        let (Some(first), Some(last)) = (self.first(), self.last()) else {
            return vec![m.continuity_never.to_string()];
        };
        let mut said = vec![(m.continuity_first)(&name(first))];
        if !self.recurrences().is_empty() {
            said.push((m.continuity_recurs)(&names_of(
                self.recurrences(),
                name,
                join,
            )));
        }
        if self.silent_since > 0 {
            said.push((m.continuity_silent)(&name(last), self.silent_since));
        } else if !self.unordered.is_empty() {
            said.push((m.continuity_unordered)(
                &name(last),
                &names_of(&self.unordered, name, join),
            ));
        } else if self.unrecorded.is_empty() {
            said.push(m.continuity_latest.to_string());
        } else {
            said.push(m.continuity_latest_recorded.to_string());
        }
        if !self.unrecorded.is_empty() {
            said.push((m.continuity_unrecorded)(&names_of(
                &self.unrecorded,
                name,
                join,
            )));
        }
        said
    }
}

impl GroupContinuity {
    /// What the theme page says of the theme in this working group, sentence by sentence;
    /// `other_groups` names the groups of `raised_elsewhere_since`, joined.
    pub fn sentences(
        &self,
        m: &Messages,
        name: NameOf,
        join: JoinNames,
        other_groups: &str,
    ) -> Vec<String> {
        let mut said = Vec::new();
        match self.raised_in.last() {
            None if self.recorded == 0 => {}
            None if self.unrecorded.is_empty() => said.push((m.group_never)(self.silent_since)),
            None => said.push((m.group_never_recorded)(self.silent_since)),
            Some(last) if self.silent_since > 0 => {
                said.push((m.group_silent)(&name(last), self.silent_since));
                if !self.raised_elsewhere_since.is_empty() {
                    said.push((m.group_raised_elsewhere)(
                        self.raised_elsewhere_since.len(),
                        other_groups,
                    ));
                }
            }
            Some(last) if !self.unordered.is_empty() => said.push((m.continuity_unordered)(
                &name(last),
                &names_of(&self.unordered, name, join),
            )),
            Some(_) if self.unrecorded.is_empty() => {
                said.push((m.group_raised_latest)(self.raised_in.len(), self.held))
            }
            Some(_) => said.push((m.group_raised_latest_recorded)(
                self.raised_in.len(),
                self.recorded,
            )),
        }
        if !self.unrecorded.is_empty() {
            said.push((m.continuity_unrecorded)(&names_of(
                &self.unrecorded,
                name,
                join,
            )));
        }
        said
    }
}

/// The continuity of `theme` over every dialogue of the dataset.
pub fn theme_continuity(dataset: &Dataset, theme: &str) -> ThemeContinuity {
    let chronological = crate::core::query::in_date_order(dataset);
    let raises = |d: &Dialogue| {
        d.agenda_items
            .iter()
            .chain(&d.topics_raised)
            .any(|e| e.themes.iter().any(|t| t == theme))
    };
    let raised: Vec<bool> = chronological.iter().map(|d| raises(d)).collect();
    let groups = dataset
        .working_groups
        .iter()
        .filter_map(|group| {
            let of_group: Vec<&Dialogue> = chronological
                .iter()
                .copied()
                .filter(|d| d.working_groups.contains(&group.id))
                .collect();
            if of_group.is_empty() {
                return None;
            }
            let group_raised: Vec<bool> = of_group.iter().map(|d| raises(d)).collect();
            let here = continuity_over(&of_group, &group_raised);
            let silent_since = if here.raised_in.is_empty() {
                of_group.iter().filter(|d| d.records_content()).count()
            } else {
                here.silent_since
            };
            // Raised since at other groups' dialogues: those surely after this group's last
            // raising, as the group's own silence counts them.
            let elsewhere = if here.raised_in.is_empty() || silent_since == 0 {
                Vec::new()
            } else {
                let raising: Vec<&Dialogue> = of_group
                    .iter()
                    .zip(&group_raised)
                    .filter(|(_, r)| **r)
                    .map(|(d, _)| *d)
                    .collect();
                chronological
                    .iter()
                    .zip(&raised)
                    .filter(|(d, r)| **r && !d.working_groups.contains(&group.id))
                    .filter(|(d, _)| surely_after_each(d, &raising))
                    .map(|(d, _)| d.id.clone())
                    .collect()
            };
            Some(GroupContinuity {
                working_group: group.id.clone(),
                held: of_group.len(),
                recorded: of_group.iter().filter(|d| d.records_content()).count(),
                raised_in: here.raised_in,
                silent_since,
                unordered: here.unordered,
                unrecorded: here.unrecorded,
                raised_elsewhere_since: elsewhere,
            })
        })
        .collect();
    ThemeContinuity {
        overall: continuity_over(&chronological, &raised),
        groups,
    }
}

/// The step of the colour scale for a count: 0 for none, then 1 to 4 by share of the maximum.
/// The number is always shown as well; the colour only repeats it.
pub fn intensity(count: usize, max: usize) -> u8 {
    if count == 0 || max == 0 {
        return 0;
    }
    (1 + (count * 4 - 1) / max).min(4) as u8
}

/// What one cell of the table shows: its count, its mark and its step of the colour scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellFace {
    pub count: usize,
    pub mark: Mark,
    pub level: u8,
}

impl CellFace {
    /// The faces of a row's cells, shaded against the largest count of the table.
    pub fn of_row(row: &Row, max: usize) -> Vec<CellFace> {
        row.cells
            .iter()
            .map(|c| CellFace {
                count: c.count,
                mark: c.mark,
                level: intensity(c.count, max),
            })
            .collect()
    }

    /// The button's classes: its shade and mark.
    pub fn class(&self) -> String {
        let mark = match self.mark {
            Mark::First => " dx-first",
            Mark::Recurs => " dx-recurs",
            Mark::Empty => "",
        };
        format!("dx-cell dx-level-{}{mark}", self.level)
    }

    /// The button's text: the count, or a dot for none.
    pub fn text(&self) -> String {
        if self.count > 0 {
            self.count.to_string()
        } else {
            "·".to_string()
        }
    }

    /// Whether the cell's label (which says the count and the mark) must be written again.
    pub fn label_differs(&self, other: &CellFace) -> bool {
        self.count != other.count || self.mark != other.mark
    }
}

/// Where each column of a new set of columns was in the old one (None: new to the table), so
/// that a row keeps the cells of the columns that stay, moved into place, and draws only the
/// others.
pub fn carried_over(before: &[ColumnKey], after: &[ColumnKey]) -> Vec<Option<usize>> {
    let at: HashMap<&ColumnKey, usize> = before.iter().enumerate().map(|(i, k)| (k, i)).collect();
    after.iter().map(|k| at.get(k).copied()).collect()
}

/// The working groups above dialogue columns, with the number of consecutive columns each
/// spans (the header's first row). A column's group follows from its key, so the same keys give
/// the same groups.
pub fn column_groups(columns: &[Column]) -> Vec<(Option<String>, usize)> {
    let mut groups: Vec<(Option<String>, usize)> = Vec::new();
    for column in columns {
        match groups.last_mut() {
            Some((group, n)) if *group == column.group => *n += 1,
            _ => groups.push((column.group.clone(), 1)),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::{sample, today};
    use crate::core::query::{Facet, Filters};

    fn matrix(filters: &Filters, columns: Columns) -> Matrix {
        let data = sample();
        let index = Index::new(&data, today());
        build(
            &data,
            &index,
            &Selection::from_index(&index, filters),
            columns,
        )
    }

    fn row<'a>(m: &'a Matrix, theme: &str) -> &'a Row {
        m.rows.iter().find(|r| r.theme == theme).unwrap()
    }

    fn counts(row: &Row) -> Vec<usize> {
        row.cells.iter().map(|c| c.count).collect()
    }

    #[test]
    fn dialogue_columns_are_grouped_by_working_group_then_dated() {
        let m = matrix(&Filters::default(), Columns::Dialogues);
        let keys: Vec<&ColumnKey> = m.columns.iter().map(|c| &c.key).collect();
        assert_eq!(
            keys,
            [
                &ColumnKey::Dialogue("a".into()),
                &ColumnKey::Dialogue("c".into()),
                &ColumnKey::Dialogue("b".into()),
                &ColumnKey::Dialogue("d".into()),
            ]
        );
        assert_eq!(m.columns[1].group.as_deref(), Some("tip"));
        assert_eq!(m.columns[2].group.as_deref(), Some("som"));
        assert_eq!(counts(row(&m, "children")), [2, 1, 0, 0]);
        assert_eq!(counts(row(&m, "corruption")), [2, 0, 0, 0]);
        assert_eq!(row(&m, "children").total, 3);
        assert_eq!(m.max, 2);
    }

    fn raised_in(row: &Row) -> Vec<String> {
        let data = sample();
        row.raised_in
            .iter()
            .map(|i| data.dialogues[*i as usize].id.clone())
            .collect()
    }

    #[test]
    fn continuity_marks_first_recurrences_and_silence() {
        let m = matrix(&Filters::default(), Columns::Dialogues);
        let children = row(&m, "children");
        assert_eq!(raised_in(children), ["a", "c"]);
        // d, after c, records no agenda or topics: it did not "not take it up".
        assert_eq!(children.silent_since, 0);
        let marks: Vec<Mark> = children.cells.iter().map(|c| c.mark).collect();
        assert_eq!(marks, [Mark::First, Mark::Recurs, Mark::Empty, Mark::Empty]);

        let corruption = row(&m, "corruption");
        assert_eq!(raised_in(corruption), ["a"]);
        // b and c did not take it up; d records nothing.
        assert_eq!(corruption.silent_since, 2);

        let organs = row(&m, "organs");
        assert!(organs.raised_in.is_empty());
        assert_eq!(organs.silent_since, 0);
        assert_eq!(organs.total, 0);
    }

    #[test]
    fn group_and_year_columns_add_up() {
        let groups = matrix(&Filters::default(), Columns::WorkingGroups);
        assert_eq!(
            groups.columns.iter().map(|c| &c.key).collect::<Vec<_>>(),
            [
                &ColumnKey::WorkingGroup("tip".into()),
                &ColumnKey::WorkingGroup("som".into())
            ]
        );
        assert_eq!(counts(row(&groups, "children")), [3, 0]);
        assert_eq!(counts(row(&groups, "sea")), [0, 1]);
        let years = matrix(&Filters::default(), Columns::Years);
        assert_eq!(years.columns.len(), 4);
        assert_eq!(counts(row(&years, "children")), [2, 0, 1, 0]);
        assert!(years
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .all(|c| c.mark == Mark::Empty));
    }

    #[test]
    fn filters_narrow_the_matrix() {
        let mut filters = Filters::default();
        filters.toggle(Facet::WorkingGroup, "tip");
        filters.toggle(Facet::Kind, "agenda");
        let m = matrix(&filters, Columns::Dialogues);
        assert_eq!(m.columns.len(), 2);
        assert_eq!(counts(row(&m, "children")), [0, 1]);
        assert_eq!(counts(row(&m, "corruption")), [1, 0]);
        let data = sample();
        let index = Index::new(&data, today());
        let selection = Selection::from_index(&index, &filters);
        let c = ColumnKey::Dialogue("c".into());
        let behind = |theme: &str, column: &ColumnKey| -> Vec<String> {
            cell_entries(&data, &index, &selection, Columns::Dialogues, theme, column)
                .iter()
                .map(|e| crate::core::query::hit_at(&data, *e).entry.id.clone())
                .collect()
        };
        assert_eq!(behind("children", &c), ["c1"]);
        assert_eq!(
            behind("corruption", &ColumnKey::Dialogue("a".into())),
            ["a1"]
        );
        assert!(behind("corruption", &c).is_empty());
        assert!(behind("no-such-theme", &c).is_empty());
        assert!(behind("children", &ColumnKey::Dialogue("b".into())).is_empty());
        // Children was first raised at a, which this filter hides: c, in view, is where it was
        // raised again, and the row's history is still the record's.
        assert_eq!(raised_in(row(&m, "children")), ["a", "c"]);
        assert_eq!(row(&m, "children").silent_since, 0);
        let marks: Vec<Mark> = row(&m, "children").cells.iter().map(|c| c.mark).collect();
        assert_eq!(marks, [Mark::Empty, Mark::Recurs]);
        // Corruption was first raised at a, in view: first it stays.
        assert_eq!(row(&m, "corruption").cells[0].mark, Mark::First);
    }

    #[test]
    fn first_raised_and_silence_are_facts_of_the_whole_record() {
        // Only the second tip dialogue in view: children is raised again there, not first.
        let mut filters = Filters::default();
        filters.toggle(Facet::Year, "2024");
        let m = matrix(&filters, Columns::Dialogues);
        let children = row(&m, "children");
        assert_eq!(children.cells[0].mark, Mark::Recurs);
        assert_eq!(raised_in(children), ["a", "c"]);
        // A search or a theme does not change it either.
        let filters = Filters::searching("child");
        let m = matrix(&filters, Columns::Dialogues);
        let children = row(&m, "children");
        assert_eq!(raised_in(children), ["a", "c"]);
        assert_eq!(children.silent_since, 0);
        // Sea, raised only at b (som), is silent at the one later dialogue of the record that
        // records what it discussed (c; d records nothing), also under a filter that shows only
        // som dialogues.
        let mut filters = Filters::default();
        filters.toggle(Facet::WorkingGroup, "som");
        let m = matrix(&filters, Columns::Dialogues);
        assert_eq!(row(&m, "sea").silent_since, 1);
    }

    /// tip-1 (x), fa-1 (w), tip-2 (w), fa-2 (x), tip-3 (w); and a joint one, both-1 (y), last.
    const GROUPS: &str = r#"{
      "schema_version": 1,
      "sources": [{"id": "s", "title": "S", "publisher": "P", "kind": "official"}],
      "working_groups": [
        {"id": "tip", "name": "Working Group on Trafficking in Persons", "short_name": "Trafficking in Persons", "instrument": "T"},
        {"id": "fa", "name": "Working Group on Firearms", "short_name": "Firearms", "instrument": "F"},
        {"id": "som", "name": "Working Group on the Smuggling of Migrants", "short_name": "Smuggling of Migrants", "instrument": "S"}
      ],
      "themes": [
        {"id": "x", "label": "X", "description": "d"},
        {"id": "y", "label": "Y", "description": "d"},
        {"id": "z", "label": "Z", "description": "d"},
        {"id": "w", "label": "W", "description": "d"}
      ],
      "dialogues": [
        {"id": "tip-1", "working_groups": ["tip"], "follows_sessions": [], "date": "2022-07-01", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "topics_raised": [{"id": "t1", "text": "x", "themes": ["x"], "source": "s"}]},
        {"id": "fa-1", "working_groups": ["fa"], "follows_sessions": [], "date": "2023-05-05", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "topics_raised": [{"id": "w1", "text": "w", "themes": ["w"], "source": "s"}], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"]},
        {"id": "tip-2", "working_groups": ["tip"], "follows_sessions": [], "date": "2023-10-04", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "topics_raised": [{"id": "w2", "text": "w", "themes": ["w"], "source": "s"}], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"]},
        {"id": "fa-2", "working_groups": ["fa"], "follows_sessions": [], "date": "2024-04-05", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "topics_raised": [{"id": "f2", "text": "x", "themes": ["x"], "source": "s"}]},
        {"id": "tip-3", "working_groups": ["tip"], "follows_sessions": [], "date": "2024-07-10", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "topics_raised": [{"id": "w3", "text": "w", "themes": ["w"], "source": "s"}], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"]},
        {"id": "both-1", "working_groups": ["tip", "fa"], "follows_sessions": [], "date": "2025-05-01", "time_zone": "Europe/Vienna",
         "chairs": [], "ordinals": [], "agenda_items": [], "attendance": [], "certainty": {"level": "high"}, "sources": ["s"],
         "topics_raised": [{"id": "b1", "text": "y", "themes": ["y"], "source": "s"}]}
      ]
    }"#;

    fn group<'a>(c: &'a ThemeContinuity, id: &str) -> &'a GroupContinuity {
        c.groups.iter().find(|g| g.working_group == id).unwrap()
    }

    #[test]
    fn theme_continuity_says_whose_dialogues_it_counts() {
        let data = crate::core::dataset::load(GROUPS).unwrap();
        let x = theme_continuity(&data, "x");
        assert_eq!(x.overall.raised_in, ["tip-1", "fa-2"]);
        // fa-2 is followed by tip-3 and both-1: two later dialogues, of both groups.
        assert_eq!(x.overall.silent_since, 2);
        // Groups that held no dialogue (som) are left out.
        assert_eq!(
            x.groups
                .iter()
                .map(|g| g.working_group.as_str())
                .collect::<Vec<_>>(),
            ["tip", "fa"]
        );
        let tip = group(&x, "tip");
        assert_eq!(tip.held, 4);
        assert_eq!(tip.raised_in, ["tip-1"]);
        // Not raised at the 3 later trafficking dialogues; raised once since, at a firearms one.
        assert_eq!(tip.silent_since, 3);
        assert_eq!(tip.raised_elsewhere_since, ["fa-2"]);
        assert_eq!(tip.raised_elsewhere_by(&data), ["fa"]);
        let fa = group(&x, "fa");
        assert_eq!((fa.held, fa.silent_since), (3, 1));
        assert_eq!(fa.raised_in, ["fa-2"]);
        assert!(fa.raised_elsewhere_since.is_empty());
        assert!(fa.raised_elsewhere_by(&data).is_empty());

        // Raised at the latest dialogue of two groups at once: silent in neither.
        let y = theme_continuity(&data, "y");
        assert_eq!(y.overall.silent_since, 0);
        for id in ["tip", "fa"] {
            let g = group(&y, id);
            assert_eq!((g.raised_in.len(), g.silent_since), (1, 0), "{id}");
            assert!(g.raised_elsewhere_since.is_empty());
        }

        // Never raised: silent at every dialogue of each group, nothing raised elsewhere.
        let z = theme_continuity(&data, "z");
        assert!(z.overall.raised_in.is_empty());
        assert_eq!(z.overall.silent_since, 0);
        assert_eq!(group(&z, "tip").silent_since, 4);
        assert_eq!(group(&z, "fa").silent_since, 3);
    }

    fn said(c: &Continuity) -> String {
        let m = crate::core::messages::catalogue(crate::core::messages::Lang::En);
        c.sentences(m, &|id| id.to_string(), &|names| names.join(" and "))
            .join(" ")
    }

    fn group_said(g: &GroupContinuity) -> String {
        let m = crate::core::messages::catalogue(crate::core::messages::Lang::En);
        g.sentences(
            m,
            &|id| id.to_string(),
            &|names| names.join(" and "),
            "GROUPS",
        )
        .join(" ")
    }

    #[test]
    fn a_month_only_dialogue_that_records_nothing_is_neither_latest_nor_silent() {
        use crate::core::query::tests::sample_with_a_day_in_the_month_of_d;
        let m = crate::core::messages::catalogue(crate::core::messages::Lang::En);
        let data = sample_with_a_day_in_the_month_of_d(false);
        // Children was raised at e (8 October 2025); d ("2025-10") may have come after it but
        // records nothing: it is not "the latest dialogue" children was raised at, nor one
        // that did not take it up.
        let children = theme_continuity(&data, "children");
        assert_eq!(children.overall.raised_in, ["a", "c", "e"]);
        assert_eq!(children.overall.silent_since, 0);
        assert!(children.overall.unordered.is_empty());
        assert_eq!(children.overall.unrecorded, ["d"]);
        let text = said(&children.overall);
        assert!(!text.contains(m.continuity_latest), "{text}");
        assert!(text.contains(m.continuity_latest_recorded), "{text}");
        assert!(
            text.contains("No agenda or topics are recorded for d"),
            "{text}"
        );
        // Sea, raised at b only (som): d is the other som dialogue and records nothing, so the
        // group is not said to have left it out there.
        let sea = theme_continuity(&data, "sea");
        let som = group(&sea, "som");
        assert_eq!((som.held, som.recorded, som.silent_since), (2, 1, 0));
        assert_eq!(som.unrecorded, ["d"]);
        let text = group_said(som);
        assert!(
            !text.contains("not raised at the one later dialogue"),
            "{text}"
        );
        assert!(
            text.starts_with("Raised at its one dialogue whose agenda or topics are recorded."),
            "{text}"
        );
        // Overall, sea is silent at c and e (surely later, recorded), not at d.
        assert_eq!(sea.overall.silent_since, 2);
        assert_eq!(sea.overall.unrecorded, ["d"]);
        // The matrix row counts the same.
        let index = Index::new(&data, today());
        let matrix = build(
            &data,
            &index,
            &Selection::from_index(&index, &Filters::default()),
            Columns::Dialogues,
        );
        assert_eq!(row(&matrix, "sea").silent_since, 2);
        assert_eq!(row(&matrix, "children").silent_since, 0);
    }

    #[test]
    fn a_month_only_dialogue_that_records_something_cannot_be_ordered_against_its_month() {
        use crate::core::query::tests::sample_with_a_day_in_the_month_of_d;
        let m = crate::core::messages::catalogue(crate::core::messages::Lang::En);
        let data = sample_with_a_day_in_the_month_of_d(true);
        // d now records a topic (sea), not children: it did not take children up, but whether
        // before or after e is not known. Neither "the latest" nor "not raised since".
        let children = theme_continuity(&data, "children");
        assert_eq!(children.overall.silent_since, 0);
        assert_eq!(children.overall.unordered, ["d"]);
        assert!(children.overall.unrecorded.is_empty());
        let text = said(&children.overall);
        assert!(!text.contains(m.continuity_latest), "{text}");
        assert!(!text.contains("Not raised since"), "{text}");
        assert!(
            text.contains("Last raised at e; d did not take it up, and the dates do not say whether before or after it."),
            "{text}"
        );
        // Sea, raised at b and d: e (8 October) is not surely after d, so it is not counted as
        // a dialogue held since that left sea out; c (2024) is surely before d.
        let sea = theme_continuity(&data, "sea");
        assert_eq!(sea.overall.raised_in, ["b", "d"]);
        assert_eq!(sea.overall.silent_since, 0);
        assert_eq!(sea.overall.unordered, ["e"]);
    }

    #[test]
    fn theme_continuity_agrees_with_the_matrix_rows() {
        let data = sample();
        let index = Index::new(&data, today());
        let mut filters = Filters::default();
        filters.toggle(Facet::WorkingGroup, "som");
        let m = build(
            &data,
            &index,
            &Selection::from_index(&index, &filters),
            Columns::Dialogues,
        );
        for theme in &data.themes {
            let c = theme_continuity(&data, &theme.id);
            let row = row(&m, &theme.id);
            assert_eq!(raised_in(row), c.overall.raised_in, "{}", theme.id);
            assert_eq!(row.silent_since, c.overall.silent_since, "{}", theme.id);
        }
    }

    #[test]
    fn marks_are_drawn_only_where_the_legend_shows_them() {
        for columns in Columns::ALL {
            let m = matrix(&Filters::default(), columns);
            let marked = m
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .any(|c| c.mark != Mark::Empty);
            assert_eq!(marked, columns.draws_marks(), "{columns:?}");
        }
    }

    #[test]
    fn the_caption_names_the_columns_in_view() {
        use crate::core::messages::Lang;
        for lang in Lang::ALL {
            let m = lang.messages();
            let captions = Columns::ALL.map(|c| c.caption(m));
            assert_eq!(captions[0], m.matrix_caption, "{lang:?}");
            assert!(
                captions[0] != captions[1]
                    && captions[1] != captions[2]
                    && captions[0] != captions[2],
                "{lang:?}: one caption per kind of column: {captions:?}"
            );
        }
        let en = Lang::En.messages();
        assert!(Columns::WorkingGroups
            .caption(en)
            .contains("each working group"));
        assert!(Columns::Years.caption(en).contains("each year"));
        assert!(!Columns::Years.caption(en).contains("each dialogue"));
    }

    #[test]
    fn intensity_steps_follow_the_share_of_the_maximum() {
        assert_eq!(intensity(0, 5), 0);
        assert_eq!(intensity(1, 8), 1);
        assert_eq!(intensity(3, 8), 2);
        assert_eq!(intensity(5, 8), 3);
        assert_eq!(intensity(8, 8), 4);
        assert_eq!(intensity(1, 1), 4);
        assert_eq!(intensity(0, 0), 0);
    }

    #[test]
    fn too_many_dialogues_for_a_column_each_are_shown_by_year() {
        assert_eq!(
            Columns::Dialogues.fitting(MAX_DIALOGUE_COLUMNS),
            Columns::Dialogues
        );
        assert_eq!(
            Columns::Dialogues.fitting(MAX_DIALOGUE_COLUMNS + 1),
            Columns::Years
        );
        assert_eq!(
            Columns::WorkingGroups.fitting(10_000),
            Columns::WorkingGroups
        );
        assert_eq!(Columns::Years.fitting(10_000), Columns::Years);
    }

    #[test]
    fn a_cell_face_says_its_shade_mark_and_count() {
        let face = |count, mark, level| CellFace { count, mark, level };
        assert_eq!(
            face(3, Mark::First, 2).class(),
            "dx-cell dx-level-2 dx-first"
        );
        assert_eq!(
            face(1, Mark::Recurs, 1).class(),
            "dx-cell dx-level-1 dx-recurs"
        );
        assert_eq!(face(0, Mark::Empty, 0).class(), "dx-cell dx-level-0");
        assert_eq!(face(12, Mark::Empty, 4).text(), "12");
        assert_eq!(face(0, Mark::Empty, 0).text(), "·");
        // A new shade alone leaves the label (count and mark) as it is.
        assert!(!face(3, Mark::First, 2).label_differs(&face(3, Mark::First, 4)));
        assert!(face(3, Mark::First, 2).label_differs(&face(2, Mark::First, 2)));
        assert!(face(3, Mark::First, 2).label_differs(&face(3, Mark::Recurs, 2)));
    }

    #[test]
    fn a_row_keeps_the_cells_of_the_columns_that_stay() {
        let everything = matrix(&Filters::default(), Columns::Dialogues);
        let children = row(&everything, "children");
        let faces = CellFace::of_row(children, everything.max);
        assert_eq!(faces.len(), everything.columns.len());
        for (face, cell) in faces.iter().zip(&children.cells) {
            assert_eq!((face.count, face.mark), (cell.count, cell.mark));
            assert_eq!(face.level, intensity(cell.count, everything.max));
        }
        let dialogue = |id: &str| ColumnKey::Dialogue(id.to_string());
        let before = [dialogue("a"), dialogue("b"), dialogue("c")];
        // The same columns: each where it was.
        assert_eq!(
            carried_over(&before, &before),
            vec![Some(0), Some(1), Some(2)]
        );
        // One gone, one new, the rest moved up.
        let after = [dialogue("b"), dialogue("d"), dialogue("c")];
        assert_eq!(carried_over(&before, &after), vec![Some(1), None, Some(2)]);
        // Other kinds of columns: nothing carried over.
        let years = [ColumnKey::Year(2023), ColumnKey::Year(2024)];
        assert_eq!(carried_over(&before, &years), vec![None, None]);
        assert_eq!(carried_over(&[], &before), vec![None, None, None]);
        assert!(carried_over(&before, &[]).is_empty());
    }

    #[test]
    fn column_groups_span_consecutive_columns_of_one_working_group() {
        let m = matrix(&Filters::default(), Columns::Dialogues);
        let groups = column_groups(&m.columns);
        let spanned: usize = groups.iter().map(|(_, n)| n).sum();
        assert_eq!(spanned, m.columns.len());
        let expected: Vec<Option<String>> = m.columns.iter().map(|c| c.group.clone()).collect();
        let mut unrolled = Vec::new();
        for (group, n) in &groups {
            unrolled.extend(std::iter::repeat_n(group.clone(), *n));
        }
        assert_eq!(unrolled, expected);
        // Neighbours never share a group: each run is one cell.
        assert!(groups.windows(2).all(|w| w[0].0 != w[1].0));
        assert!(
            groups.iter().any(|(_, n)| *n > 1),
            "the sample has a group of two dialogues"
        );
        let years = matrix(&Filters::default(), Columns::Years);
        assert_eq!(
            column_groups(&years.columns),
            vec![(None, years.columns.len())]
        );
        assert!(column_groups(&[]).is_empty());
    }
}
