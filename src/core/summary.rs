//! The figures the start page shows about what was loaded.

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub dialogues: usize,
    pub working_groups: usize,
    pub themes: usize,
    pub entries: usize,
    pub sources: usize,
    /// The earliest and latest known dates of a dialogue.
    pub first: Option<PartialDate>,
    pub last: Option<PartialDate>,
}

impl Summary {
    pub fn of(dataset: &Dataset) -> Self {
        let dates = dataset.dialogues.iter().filter_map(|d| d.date);
        Summary {
            dialogues: dataset.dialogues.len(),
            working_groups: dataset.working_groups.len(),
            themes: dataset.themes.len(),
            entries: dataset.entry_count(),
            sources: dataset.sources.len(),
            first: dates.clone().min(),
            last: dates.max(),
        }
    }
}
