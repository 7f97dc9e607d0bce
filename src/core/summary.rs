//! The figures the start page shows about what was loaded, and how current it is.

use crate::core::dataset::{Dataset, Source};
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
    /// The day the data was last brought up to date (`data_as_of`).
    pub as_of: Option<PartialDate>,
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
            as_of: data_as_of(dataset),
        }
    }
}

/// How current the data is: the day its maintainers last brought it up to date with the
/// sources (the dataset's `updated`). None when the dataset does not say: a date of the latest
/// dialogue or source would claim more than is known. Printed pages and the agenda say it too.
pub fn data_as_of(dataset: &Dataset) -> Option<PartialDate> {
    dataset.updated
}

/// Where the next dialogues are announced (the dataset's `announcements`), with its address:
/// the agenda sends a reader who finds nothing upcoming there.
pub fn announcements(dataset: &Dataset) -> Option<(&Source, &str)> {
    let id = dataset.announcements.as_deref()?;
    let source = dataset.source(id)?;
    Some((source, source.url.as_deref()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset;
    use crate::core::query::tests::{sample, SAMPLE};

    #[test]
    fn the_date_of_the_data_and_the_page_of_announcements_come_from_the_dataset() {
        let none = sample();
        assert_eq!(data_as_of(&none), None);
        assert_eq!(Summary::of(&none).as_of, None);
        assert!(announcements(&none).is_none());

        let text = SAMPLE.replacen(
            r#""schema_version": 1,"#,
            r#""schema_version": 1, "updated": "2026-12-01", "announcements": "u","#,
            1,
        );
        let text = text.replacen(
            r#""sources": ["#,
            r#""sources": [{"id": "u", "title": "Announcements", "publisher": "UNODC", "kind": "official", "url": "https://example.org/ngos/"},"#,
            1,
        );
        let data = dataset::load(&text).unwrap();
        assert_eq!(data_as_of(&data), Some(PartialDate::day(2026, 12, 1)));
        assert_eq!(
            Summary::of(&data).as_of,
            Some(PartialDate::day(2026, 12, 1))
        );
        let (source, url) = announcements(&data).unwrap();
        assert_eq!(
            (source.id.as_str(), url),
            ("u", "https://example.org/ngos/")
        );
    }
}
