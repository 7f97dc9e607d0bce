//! The calendar feeds the build publishes beside the app: `calendar.ics`, every dialogue with a
//! known day, and `calendar-<working group id>.ics` for each working group.
//!
//! A feed is subscribed to, not downloaded once: a calendar application fetches it again and
//! again and matches events by UID. So the UIDs are the dialogues' ids
//! (`<id>@dialogue-explorer`, as in the downloads), and DTSTAMP comes from the data, not from
//! the clock, so that two builds of the same data write the same bytes.

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::export::dialogue_link;
use crate::core::export::ics::{self, UtcTime};
use crate::core::messages::EN;
use crate::core::query::in_date_order;

/// The file name of the feed of every dialogue.
pub const ALL_FEED: &str = "calendar.ics";

/// The file name of a working group's feed.
pub fn group_feed_name(working_group: &str) -> String {
    format!("calendar-{working_group}.ics")
}

/// Where a calendar can subscribe to a feed of the build at `page_url` (the page's own address,
/// the feeds being beside it): the `webcal://` link calendars open, and the `https://` address
/// to paste. None for a page not served over http(s), which no calendar can reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedAddress {
    pub web: String,
    pub webcal: String,
}

pub fn feed_address(page_url: &str, file: &str) -> Option<FeedAddress> {
    let page = page_url.split(['?', '#']).next().unwrap_or_default();
    let rest = page
        .strip_prefix("https://")
        .or_else(|| page.strip_prefix("http://"))?;
    let scheme = &page[..page.len() - rest.len()];
    // The page's directory: up to the last '/' of its path, or the site's root.
    let directory = match rest.rfind('/') {
        Some(end) => &rest[..=end],
        None => "",
    };
    let host_and_path = if directory.is_empty() {
        format!("{rest}/{file}")
    } else {
        format!("{directory}{file}")
    };
    Some(FeedAddress {
        web: format!("{scheme}{host_and_path}"),
        webcal: format!("webcal://{host_and_path}"),
    })
}

/// The moment the feeds are stamped with: midnight UTC of the day the dataset was brought up to
/// date (`updated`); in a dataset that does not say, its latest dialogue date, else 1 January
/// 1970. Always a fact of the data, never the time of the build.
pub fn stamp(dataset: &Dataset) -> UtcTime {
    let date = dataset
        .updated
        .or_else(|| dataset.dialogues.iter().filter_map(|d| d.date).max())
        .unwrap_or(PartialDate::day(1970, 1, 1));
    UtcTime {
        date,
        hour: 0,
        minute: 0,
        second: 0,
    }
}

/// Every feed, as (file name, iCalendar text): `calendar.ics` first, then one per working group
/// in the dataset's order (also a group with no dialogue yet, so that its address exists before
/// its first one). Events are in date order; a dialogue of several working groups is in each of
/// their feeds, with the same UID. Each event links to the dialogue's page at `page_url`; with an
/// empty `page_url` the events have no URL. The feeds are in English, like the dataset's own
/// language.
pub fn feeds(dataset: &Dataset, page_url: &str) -> Vec<(String, String)> {
    let chronological = in_date_order(dataset);
    let link = |d: &Dialogue| (!page_url.is_empty()).then(|| dialogue_link(page_url, &d.id));
    let now = stamp(dataset);
    let mut files = vec![(
        ALL_FEED.to_string(),
        ics::calendar_named(dataset, &chronological, now, &EN, EN.calendar_name, link).text,
    )];
    for group in &dataset.working_groups {
        let of_group: Vec<&Dialogue> = chronological
            .iter()
            .copied()
            .filter(|d| d.working_groups.contains(&group.id))
            .collect();
        let name = format!("{}: {}", EN.calendar_name, group.short_name.en);
        let text = ics::calendar_named(dataset, &of_group, now, &EN, &name, link).text;
        files.push((group_feed_name(&group.id), text));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset;
    use crate::core::export::ics::event_day;

    #[test]
    fn a_feed_is_addressed_beside_the_page_over_https_and_webcal() {
        let at = |page: &str| feed_address(page, "calendar-tip.ics").map(|a| (a.web, a.webcal));
        let tools = (
            "https://example.org/tools/calendar-tip.ics".to_string(),
            "webcal://example.org/tools/calendar-tip.ics".to_string(),
        );
        assert_eq!(
            at("https://example.org/tools/?dx-view=brief&dx-id=tip#x"),
            Some(tools.clone())
        );
        assert_eq!(at("https://example.org/tools/index.html"), Some(tools));
        assert_eq!(
            at("http://127.0.0.1:8080").map(|a| a.1),
            Some("webcal://127.0.0.1:8080/calendar-tip.ics".to_string())
        );
        assert_eq!(
            at("file:///home/me/dist/index.html"),
            None,
            "no calendar reaches a file"
        );
        assert_eq!(at(""), None);
    }

    fn bundled() -> Dataset {
        dataset::load(include_str!("../../../public/data/dialogues.json")).expect("bundled")
    }

    fn lines(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn one_feed_for_all_and_one_per_working_group() {
        let data = bundled();
        let files = feeds(&data, "https://example.org/dx/");
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "calendar.ics");
        assert_eq!(names.len(), 1 + data.working_groups.len());
        for group in &data.working_groups {
            assert!(names.contains(&format!("calendar-{}.ics", group.id).as_str()));
        }
        let all = lines(&files[0].1);
        let with_day = data.dialogues.iter().filter(|d| event_day(d).is_some());
        assert_eq!(
            all.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            with_day.count()
        );
        assert!(all.contains(&format!("X-WR-CALNAME:{}", EN.calendar_name)));
        assert!(all.contains(&"UID:tip-2023@dialogue-explorer".to_string()));
        assert!(all
            .contains(&"URL:https://example.org/dx/?dx-view=dialogue&dx-id=tip-2023".to_string()));
        // som-2025 is known by its month only: no event.
        assert!(!all.iter().any(|l| l.starts_with("UID:som-2025")));
    }

    #[test]
    fn a_working_groups_feed_holds_its_dialogues_joint_ones_included() {
        let data = bundled();
        let files = feeds(&data, "");
        let ta = &files
            .iter()
            .find(|(n, _)| n == "calendar-technical-assistance.ics")
            .unwrap()
            .1;
        let uids: Vec<String> = lines(ta)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect();
        assert_eq!(
            uids,
            [
                "UID:ic-ta-2022@dialogue-explorer",
                "UID:ta-2023@dialogue-explorer"
            ]
        );
        assert!(lines(ta)
            .iter()
            .any(|l| l.starts_with("X-WR-CALNAME:") && l.ends_with(": Technical assistance")));
    }

    #[test]
    fn the_stamp_is_the_date_of_the_data_and_an_empty_page_url_gives_no_links() {
        let data = bundled();
        let files = feeds(&data, "");
        assert_eq!(files, feeds(&data, ""), "the same data, the same bytes");
        let all = lines(&files[0].1);
        assert!(all
            .iter()
            .filter(|l| l.starts_with("DTSTAMP:"))
            .all(|l| l == "DTSTAMP:20261201T000000Z"));
        assert!(!all.iter().any(|l| l.starts_with("URL:")));
        assert!(!files[0].1.contains("dx-view"));

        let mut undated = data.clone();
        undated.updated = None;
        assert_eq!(stamp(&undated).date, PartialDate::day(2025, 10, 8));
        undated.dialogues.clear();
        assert_eq!(stamp(&undated).date, PartialDate::day(1970, 1, 1));
        // No dialogue: still a valid, empty calendar per feed.
        for (_, text) in feeds(&undated, "") {
            assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
            assert!(text.ends_with("END:VCALENDAR\r\n"));
            assert!(!text.contains("BEGIN:VEVENT"));
        }
    }
}
