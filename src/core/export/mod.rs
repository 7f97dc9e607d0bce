//! What leaves the app as a file: calendar entries, CSV and JSON of the current selection.

pub mod cite;
pub mod csv;
pub mod feed;
pub mod ics;
pub mod json;

use crate::core::query::{Facet, Filters, Outcome};
use crate::core::url_state::{UrlState, View};

/// Which downloads have something to write for a selection: a button with nothing to write is
/// disabled, and the bar says why, instead of a click that downloads nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Available {
    pub entries: bool,
    pub json: bool,
    pub calendar: bool,
    pub attendance: bool,
}

impl Available {
    pub fn of(outcome: &Outcome) -> Available {
        Available {
            entries: !outcome.hits.is_empty(),
            // As json::selection: a file of no dialogue would not load back.
            json: !outcome.dialogues.is_empty(),
            // The calendar says itself which dialogues it leaves out for want of a day.
            calendar: !outcome.dialogues.is_empty(),
            attendance: csv::has_attendance(&outcome.dialogues),
        }
    }

    pub fn nothing(self) -> bool {
        self == Available::default()
    }
}

/// A file name that says what the file holds: `dialogues-corruption-2023.csv`.
pub fn file_name(filters: &Filters, stem: &str, extension: &str) -> String {
    let mut parts = vec![stem.to_string()];
    for facet in Facet::ALL {
        // Values are ids, years and keys: already fit for a file name.
        if let Some(values) = filters.values(facet) {
            parts.extend(values.iter().cloned());
        }
    }
    let words: String = slug(filters.text.trim());
    if !words.is_empty() {
        parts.push(words);
    }
    if parts.len() == 1 {
        parts.push("all".to_string());
    }
    let mut name = parts.join("-");
    // Long selections make unwieldy names: keep the start, which says the most.
    if name.len() > 80 {
        name.truncate(80);
        name = name.trim_end_matches('-').to_string();
    }
    format!("{name}.{extension}")
}

/// Lower-case ASCII letters and digits joined by single hyphens.
fn slug(text: &str) -> String {
    let folded = crate::core::search::fold(text);
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The address of a screen of the app, for links in exported files.
pub fn app_link(page_url: &str, query: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    format!("{base}{query}")
}

/// The address of a dialogue's page in the app at `page_url` (its standalone page), for the
/// links of exported files.
pub fn dialogue_link(page_url: &str, id: &str) -> String {
    let state = UrlState {
        view: View::Dialogue(id.to_string()),
        ..UrlState::default()
    };
    app_link(page_url, &state.to_query(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_what_they_hold() {
        let mut filters = Filters::default();
        assert_eq!(file_name(&filters, "dialogues", "csv"), "dialogues-all.csv");
        filters.toggle(Facet::Theme, "corruption");
        filters.toggle(Facet::Year, "2023");
        assert_eq!(
            file_name(&filters, "dialogues", "csv"),
            "dialogues-2023-corruption.csv"
        );
        filters.text = "Niños à la mer!".into();
        assert_eq!(
            file_name(&filters, "dialogues", "json"),
            "dialogues-2023-corruption-ninos-a-la-mer.json"
        );
        filters.text = "x".repeat(200);
        assert!(file_name(&filters, "dialogues", "ics").len() <= 84);
    }

    #[test]
    fn links_replace_the_query_of_the_page() {
        assert_eq!(
            app_link(
                "https://ngo.example/tools/?page=2#top",
                "?dx-view=dialogue&dx-id=a"
            ),
            "https://ngo.example/tools/?dx-view=dialogue&dx-id=a"
        );
        assert_eq!(
            dialogue_link("https://ngo.example/tools/?page=2", "tip-2023"),
            "https://ngo.example/tools/?dx-view=dialogue&dx-id=tip-2023"
        );
    }
}
