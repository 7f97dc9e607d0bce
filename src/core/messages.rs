//! Every string the interface shows, in one catalogue per language.
//!
//! A catalogue is a struct: a language that lacks a message does not compile. Messages that
//! take a number or a name are functions, so that each language can place and inflect them.

use crate::core::date::PartialDate;

pub struct Messages {
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub invalid_dataset_title: &'static str,
    pub retry: &'static str,
    pub problems_heading: fn(usize) -> String,
    pub problem_at: fn(line: u32, column: u32) -> String,
    pub summary_heading: &'static str,
    pub dialogues: fn(usize) -> &'static str,
    pub working_groups: fn(usize) -> &'static str,
    pub themes: fn(usize) -> &'static str,
    pub entries: fn(usize) -> &'static str,
    pub sources: fn(usize) -> &'static str,
    pub covering: fn(first: &str, last: &str) -> String,
    pub fetch_failed: fn(url: &str, reason: &str) -> String,
    pub invalid_dataset: fn(url: &str) -> String,
    pub crashed: &'static str,
    pub month_year: fn(PartialDate) -> String,
}

fn plural(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        other
    }
}

pub const EN: Messages = Messages {
    app_title: "Dialogue Explorer",
    app_tagline: "The constructive dialogues between States and civil society under the review mechanism of the UN Convention against Transnational Organized Crime.",
    loading: "Loading the dialogues…",
    load_failed_title: "The dialogues could not be loaded",
    invalid_dataset_title: "The dataset has problems",
    retry: "Retry",
    problems_heading: |n| format!("{n} {} found:", plural(n, "problem", "problems")),
    problem_at: |line, column| format!("line {line}, column {column}"),
    summary_heading: "What is in the dataset",
    dialogues: |n| plural(n, "dialogue", "dialogues"),
    working_groups: |n| plural(n, "working group", "working groups"),
    themes: |n| plural(n, "theme", "themes"),
    entries: |n| plural(n, "agenda item or topic raised", "agenda items and topics raised"),
    sources: |n| plural(n, "source", "sources"),
    covering: |first, last| format!("From {first} to {last}."),
    fetch_failed: |url, reason| format!("Could not fetch {url}: {reason}."),
    invalid_dataset: |url| format!("{url} was fetched, but it is not a valid dataset."),
    crashed: "Dialogue Explorer stopped because of an internal error. Reload the page to try again.",
    month_year: |date| {
        let month = date
            .month
            .map(|m| crate::core::date::MONTH_NAMES[m as usize - 1]);
        match month {
            Some(month) => format!("{month} {}", date.year),
            None => date.year.to_string(),
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_plurals_agree_with_their_numbers() {
        assert_eq!((EN.problems_heading)(1), "1 problem found:");
        assert_eq!((EN.problems_heading)(3), "3 problems found:");
        assert_eq!((EN.dialogues)(1), "dialogue");
        assert_eq!((EN.dialogues)(0), "dialogues");
    }

    #[test]
    fn months_are_named() {
        let date = PartialDate::parse("2022-05").unwrap();
        assert_eq!((EN.month_year)(date), "May 2022");
        assert_eq!((EN.month_year)(PartialDate::parse("2025").unwrap()), "2025");
    }
}
