//! The topic matrix: themes × dialogues (or working groups, or years), with each theme's
//! continuity — where it was first raised, where it recurs, and since when it has been silent.

use std::collections::BTreeMap;

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::query::{in_date_order, Hit};

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

/// Where a cell stands in its theme's history (dialogue columns only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Empty,
    /// The first dialogue that raised the theme.
    First,
    /// Raised again after an earlier dialogue.
    Recurs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Ids of the entries behind the cell.
    pub entries: Vec<String>,
    pub mark: Mark,
}

impl Cell {
    pub fn count(&self) -> usize {
        self.entries.len()
    }
}

/// A theme's history over the dialogues in view, in date order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Continuity {
    /// Dialogues that raised the theme, in date order: the first, then each recurrence.
    pub raised_in: Vec<String>,
    /// Dialogues held after the last one that raised it.
    pub silent_since: Vec<String>,
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
    pub continuity: Continuity,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// The largest cell count, for the colour scale.
    pub max: usize,
}

/// Builds the matrix of the given entries (already filtered) over the given dialogues (those in
/// view, in any order). Rows follow the dataset's theme order.
pub fn build(dataset: &Dataset, dialogues: &[&Dialogue], hits: &[Hit], columns: Columns) -> Matrix {
    let in_view = |d: &Dialogue| dialogues.iter().any(|v| v.id == d.id);
    let chronological: Vec<&Dialogue> = in_date_order(dataset)
        .into_iter()
        .filter(|d| in_view(d))
        .collect();

    let group_rank = |id: &str| {
        dataset
            .working_groups
            .iter()
            .position(|w| w.id == id)
            .unwrap_or(usize::MAX)
    };
    let columns_list: Vec<Column> = match columns {
        Columns::Dialogues => {
            let mut list: Vec<(usize, usize, &Dialogue)> = chronological
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let group = d
                        .working_groups
                        .first()
                        .map_or(usize::MAX, |g| group_rank(g));
                    (group, i, *d)
                })
                .collect();
            list.sort_by_key(|(group, i, _)| (*group, *i));
            list.into_iter()
                .map(|(_, _, d)| Column {
                    key: ColumnKey::Dialogue(d.id.clone()),
                    group: d.working_groups.first().cloned(),
                })
                .collect()
        }
        Columns::WorkingGroups => dataset
            .working_groups
            .iter()
            .filter(|w| {
                chronological
                    .iter()
                    .any(|d| d.working_groups.contains(&w.id))
            })
            .map(|w| Column {
                key: ColumnKey::WorkingGroup(w.id.clone()),
                group: None,
            })
            .collect(),
        Columns::Years => {
            let mut years: Vec<u16> = chronological
                .iter()
                .filter_map(|d| d.date.map(|date| date.year))
                .collect();
            years.dedup();
            years
                .into_iter()
                .map(|y| Column {
                    key: ColumnKey::Year(y),
                    group: None,
                })
                .collect()
        }
    };

    let in_column = |hit: &Hit, key: &ColumnKey| match key {
        ColumnKey::Dialogue(id) => &hit.dialogue.id == id,
        ColumnKey::WorkingGroup(id) => hit.dialogue.working_groups.contains(id),
        ColumnKey::Year(y) => hit.dialogue.date.map(|d| d.year) == Some(*y),
    };

    let mut max = 0;
    let rows = dataset
        .themes
        .iter()
        .map(|theme| {
            let tagged: Vec<&Hit> = hits
                .iter()
                .filter(|h| h.entry.themes.contains(&theme.id))
                .collect();
            let continuity = continuity_of(&chronological, &tagged);
            let cells: Vec<Cell> = columns_list
                .iter()
                .map(|column| {
                    let entries: Vec<String> = tagged
                        .iter()
                        .filter(|h| in_column(h, &column.key))
                        .map(|h| h.entry.id.clone())
                        .collect();
                    max = max.max(entries.len());
                    let mark = match &column.key {
                        ColumnKey::Dialogue(id) if continuity.first() == Some(id) => Mark::First,
                        ColumnKey::Dialogue(id) if continuity.raised_in.contains(id) => {
                            Mark::Recurs
                        }
                        _ => Mark::Empty,
                    };
                    Cell { entries, mark }
                })
                .collect();
            Row {
                theme: theme.id.clone(),
                total: tagged.len(),
                cells,
                continuity,
            }
        })
        .collect();

    Matrix {
        columns: columns_list,
        rows,
        max,
    }
}

/// The continuity of one theme, from its tagged entries, over dialogues in date order.
pub fn continuity_of(chronological: &[&Dialogue], tagged: &[&Hit]) -> Continuity {
    let raised: BTreeMap<&str, ()> = tagged
        .iter()
        .map(|h| (h.dialogue.id.as_str(), ()))
        .collect();
    let raised_in: Vec<String> = chronological
        .iter()
        .filter(|d| raised.contains_key(d.id.as_str()))
        .map(|d| d.id.clone())
        .collect();
    let silent_since = match raised_in.last() {
        Some(last) => chronological
            .iter()
            .skip_while(|d| &d.id != last)
            .skip(1)
            .map(|d| d.id.clone())
            .collect(),
        None => Vec::new(),
    };
    Continuity {
        raised_in,
        silent_since,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::{sample, today};
    use crate::core::query::{run, Facet, Filters};

    fn matrix(filters: &Filters, columns: Columns) -> Matrix {
        let data = sample();
        let out = run(&data, filters, today());
        build(&data, &out.dialogues, &out.hits, columns)
    }

    fn row<'a>(m: &'a Matrix, theme: &str) -> &'a Row {
        m.rows.iter().find(|r| r.theme == theme).unwrap()
    }

    fn counts(row: &Row) -> Vec<usize> {
        row.cells.iter().map(Cell::count).collect()
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

    #[test]
    fn continuity_marks_first_recurrences_and_silence() {
        let m = matrix(&Filters::default(), Columns::Dialogues);
        let children = row(&m, "children");
        assert_eq!(children.continuity.raised_in, ["a", "c"]);
        assert_eq!(children.continuity.first(), Some("a"));
        assert_eq!(children.continuity.recurrences(), ["c"]);
        assert_eq!(children.continuity.silent_since, ["d"]);
        let marks: Vec<Mark> = children.cells.iter().map(|c| c.mark).collect();
        assert_eq!(marks, [Mark::First, Mark::Recurs, Mark::Empty, Mark::Empty]);

        let corruption = row(&m, "corruption");
        assert_eq!(corruption.continuity.raised_in, ["a"]);
        assert!(corruption.continuity.recurrences().is_empty());
        assert_eq!(corruption.continuity.silent_since, ["b", "c", "d"]);

        let organs = row(&m, "organs");
        assert_eq!(organs.continuity, Continuity::default());
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
        assert_eq!(row(&m, "children").cells[1].entries, ["c1"]);
        // Under this filter children was first raised at c.
        assert_eq!(row(&m, "children").continuity.first(), Some("c"));
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
}
