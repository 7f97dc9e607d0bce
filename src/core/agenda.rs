//! The agenda: dialogues split into upcoming and past relative to a given day, and how far each
//! is from that day.

use std::collections::HashMap;

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::query::{in_date_order, EntryRef, Filters, Selection, Status};

pub struct Agenda<'a> {
    /// Soonest first.
    pub upcoming: Vec<&'a Dialogue>,
    /// Most recent first.
    pub past: Vec<&'a Dialogue>,
}

impl<'a> Agenda<'a> {
    /// `dialogues` in date order, as the query returns them.
    pub fn split(dialogues: &[&'a Dialogue], today: PartialDate) -> Self {
        let (upcoming, mut past): (Vec<&Dialogue>, Vec<&Dialogue>) = dialogues
            .iter()
            .partition(|d| Status::of(d.date, today) == Status::Upcoming);
        past.reverse();
        Agenda { upcoming, past }
    }

    /// The same split of dialogues given by their index in `dataset` (a selection's), so that a
    /// view can keep each card by its index between changes.
    pub fn split_indexes(
        dataset: &Dataset,
        dialogues: &[u32],
        today: PartialDate,
    ) -> (Vec<u32>, Vec<u32>) {
        let (upcoming, mut past): (Vec<u32>, Vec<u32>) = dialogues.iter().partition(|i| {
            Status::of(dataset.dialogues[**i as usize].date, today) == Status::Upcoming
        });
        past.reverse();
        (upcoming, past)
    }

    /// The dialogue to point to when nothing is upcoming.
    pub fn latest_past(&self) -> Option<&'a Dialogue> {
        self.past.first().copied()
    }
}

/// What the agenda says when it shows no upcoming dialogue. A statement about the whole record
/// ("the latest was") must not be made about the filtered dialogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NothingUpcoming {
    /// The whole record holds no upcoming dialogue: said with the date of the data, the
    /// record's latest dated dialogues (by index in the dataset, in date order) and where the
    /// next are announced. Several when their dates cannot order them: a dialogue known only
    /// as "October 2025" may have been held before or after one of 8 October 2025, so both
    /// are the latest, whatever the unknown day turns out to be.
    InRecord { latest: Vec<u32> },
    /// The record has `upcoming` dialogues ahead, but none of them matches the filters.
    NoneMatch { upcoming: usize },
}

/// Why the upcoming part of the agenda is empty, from the whole dataset (the caller knows it
/// is empty under its filters).
pub fn nothing_upcoming(dataset: &Dataset, today: PartialDate) -> NothingUpcoming {
    let dialogues = in_date_order(dataset);
    let upcoming = dialogues
        .iter()
        .filter(|d| Status::of(d.date, today) == Status::Upcoming)
        .count();
    if upcoming > 0 {
        return NothingUpcoming::NoneMatch { upcoming };
    }
    // Undated dialogues come last in date order, but are not the latest of anything. A dated
    // one is among the latest unless another surely came after it.
    // (It surely came before another exactly when its last possible day is before the latest
    // first possible day of any.)
    let latest_start = dialogues
        .iter()
        .filter_map(|d| d.date)
        .map(|d| d.span().0)
        .max();
    let latest = dialogues
        .iter()
        .filter(|d| {
            d.date
                .is_some_and(|date| latest_start.is_some_and(|start| date.span().1 >= start))
        })
        .filter_map(|d| dataset.dialogues.iter().position(|x| x.id == d.id))
        .map(|i| i as u32)
        .collect();
    NothingUpcoming::InRecord { latest }
}

/// Under filters that pick entries (a theme, a kind, a search), the entries of each shown
/// dialogue that match, by the dialogue's index in the dataset: its card lists those, says how
/// many of its entries they are, and offers the others. None when the filters pick whole
/// dialogues (working group, year, status): every entry of a shown dialogue is then in view.
pub fn matching_entries(
    selection: &Selection,
    filters: &Filters,
) -> Option<HashMap<u32, Vec<EntryRef>>> {
    if !filters.narrows_entries() {
        return None;
    }
    let mut by_dialogue: HashMap<u32, Vec<EntryRef>> = HashMap::new();
    for hit in &selection.hits {
        by_dialogue.entry(hit.dialogue).or_default().push(*hit);
    }
    Some(by_dialogue)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Month,
    Year,
}

impl Unit {
    /// The unit's name for `Intl.RelativeTimeFormat`.
    pub fn intl(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// How far `date` is from `today`, in the unit a person would use: days within about six weeks,
/// then months up to two years, then years. Negative is in the past. A date known only by its
/// month is measured in months; one known only by its year, in years.
pub fn distance(date: PartialDate, today: PartialDate) -> (i64, Unit) {
    let months = |d: &PartialDate| d.year as i64 * 12 + d.month.unwrap_or(1) as i64 - 1;
    let month_gap = match date.month {
        Some(_) => months(&date) - months(&today),
        None => (date.year as i64 - today.year as i64) * 12,
    };
    let in_years = |m: i64| (m as f64 / 12.0).round() as i64;
    match (date.days_since_epoch(), today.days_since_epoch()) {
        (Some(d), Some(t)) => {
            let days = d - t;
            let months = ((days as f64) / 30.44).round() as i64;
            if days.abs() <= 45 {
                (days, Unit::Day)
            } else if months.abs() < 24 {
                (months, Unit::Month)
            } else {
                (((days as f64) / 365.25).round() as i64, Unit::Year)
            }
        }
        _ if date.month.is_none() => (date.year as i64 - today.year as i64, Unit::Year),
        _ if month_gap.abs() < 24 => (month_gap, Unit::Month),
        _ => (in_years(month_gap), Unit::Year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::in_date_order;
    use crate::core::query::tests::sample;

    fn p(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn splits_on_the_injected_day() {
        let data = sample();
        let dialogues = in_date_order(&data);
        let agenda = Agenda::split(&dialogues, p("2024-01-01"));
        let ids = |list: &[&Dialogue]| list.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&agenda.upcoming), ["c", "d"]);
        assert_eq!(ids(&agenda.past), ["b", "a"]);
        assert_eq!(agenda.latest_past().unwrap().id, "b");

        let later = Agenda::split(&dialogues, p("2026-11-28"));
        assert!(later.upcoming.is_empty());
        assert_eq!(later.latest_past().unwrap().id, "d");
        let earlier = Agenda::split(&dialogues, p("2020-01-01"));
        assert!(earlier.past.is_empty());
        assert!(earlier.latest_past().is_none());

        // The same split by index.
        let indexes: Vec<u32> = dialogues
            .iter()
            .map(|d| data.dialogues.iter().position(|x| x.id == d.id).unwrap() as u32)
            .collect();
        let (upcoming, past) = Agenda::split_indexes(&data, &indexes, p("2024-01-01"));
        let named = |list: &[u32]| {
            list.iter()
                .map(|i| data.dialogues[*i as usize].id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(named(&upcoming), ["c", "d"]);
        assert_eq!(named(&past), ["b", "a"]);
    }

    #[test]
    fn nothing_upcoming_speaks_of_the_whole_record() {
        let data = sample();
        let index_of = |id: &str| data.dialogues.iter().position(|d| d.id == id).unwrap() as u32;
        // After d (October 2025), nothing is upcoming anywhere: the latest is d, whatever the
        // filters showed.
        assert_eq!(
            nothing_upcoming(&data, p("2026-12-01")),
            NothingUpcoming::InRecord {
                latest: vec![index_of("d")]
            }
        );
        // In 2024, c (July 2024) and d are ahead: when a filter hides them, that is what is said.
        assert_eq!(
            nothing_upcoming(&data, p("2024-01-01")),
            NothingUpcoming::NoneMatch { upcoming: 2 }
        );
    }

    #[test]
    fn a_month_only_dialogue_and_a_day_of_its_month_are_both_the_latest() {
        use crate::core::query::tests::sample_with_a_day_in_the_month_of_d;
        let data = sample_with_a_day_in_the_month_of_d(false);
        let index_of = |id: &str| data.dialogues.iter().position(|d| d.id == id).unwrap() as u32;
        // d ("2025-10") may have been held before or after e (8 October 2025): naming either
        // alone as "the latest" could be false, naming both is true whatever d's day was.
        assert_eq!(
            nothing_upcoming(&data, p("2026-12-01")),
            NothingUpcoming::InRecord {
                latest: vec![index_of("d"), index_of("e")]
            }
        );
        // A dialogue of November is surely later than both: it alone is the latest.
        let later = crate::core::dataset::load(
            &crate::core::query::tests::SAMPLE
                .replace(r#""date": "2024-07-10""#, r#""date": "2025-11-03""#),
        )
        .unwrap();
        let c = later.dialogues.iter().position(|d| d.id == "c").unwrap() as u32;
        assert_eq!(
            nothing_upcoming(&later, p("2026-12-01")),
            NothingUpcoming::InRecord { latest: vec![c] }
        );
    }

    #[test]
    fn a_theme_or_a_search_picks_entries_and_whole_dialogues_do_not() {
        use crate::core::query::{hit_at, Facet};
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "corruption");
        let selection = Selection::of(&data, &filters, p("2025-10-01"));
        let matching = matching_entries(&selection, &filters).unwrap();
        let a = data.dialogues.iter().position(|d| d.id == "a").unwrap() as u32;
        let ids: Vec<String> = matching[&a]
            .iter()
            .map(|e| hit_at(&data, *e).entry.id.clone())
            .collect();
        // a has three entries; two are on corruption.
        assert_eq!(ids, ["a1", "a3"]);
        assert_eq!(matching.len(), 1);

        let search = Filters::searching("sea");
        let selection = Selection::of(&data, &search, p("2025-10-01"));
        assert_eq!(matching_entries(&selection, &search).unwrap().len(), 1);

        let mut group = Filters::default();
        group.toggle(Facet::WorkingGroup, "tip");
        group.toggle(Facet::Year, "2022");
        let selection = Selection::of(&data, &group, p("2025-10-01"));
        assert!(matching_entries(&selection, &group).is_none());
        assert!(matching_entries(&selection, &Filters::default()).is_none());
    }

    #[test]
    fn distances_use_the_unit_a_person_would() {
        let today = p("2025-10-01");
        assert_eq!(distance(p("2025-10-13"), today), (12, Unit::Day));
        assert_eq!(distance(p("2025-10-01"), today), (0, Unit::Day));
        assert_eq!(distance(p("2025-09-30"), today), (-1, Unit::Day));
        assert_eq!(distance(p("2025-05-01"), today), (-5, Unit::Month));
        assert_eq!(distance(p("2023-10-04"), today), (-2, Unit::Year));
        assert_eq!(distance(p("2025-12"), today), (2, Unit::Month));
        assert_eq!(distance(p("2022-07"), today), (-3, Unit::Year));
        assert_eq!(distance(p("2027"), today), (2, Unit::Year));
    }
}
