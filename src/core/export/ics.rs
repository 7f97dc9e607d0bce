//! Calendar files (iCalendar, RFC 5545) for dialogues.
//!
//! The sources give days, not hours, so each dialogue is an all-day event on its day in Vienna;
//! a dialogue known only by its month is left out rather than given a made-up day.

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::{PartialDate, Precision};
use crate::core::messages::Messages;

/// A moment in UTC, for DTSTAMP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcTime {
    pub date: PartialDate,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

pub struct Calendar {
    /// The file's text, CRLF line endings, folded at 75 octets.
    pub text: String,
    /// Ids of the dialogues with an exact day, written as events.
    pub included: Vec<String>,
    /// Ids of the dialogues left out because their day is not known.
    pub left_out: Vec<String>,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line so that no line is longer than 75 octets, never inside a character,
/// and never next to a space (some readers trim the lines they unfold, losing that space).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    // The line being filled, and its width in octets (a continuation starts with its space).
    let mut current: Vec<char> = Vec::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            let mut split = current.len();
            let mut next = c;
            while split > 1 && (next.is_whitespace() || current[split - 1].is_whitespace()) {
                split -= 1;
                next = current[split];
            }
            if split <= current.len() / 2 {
                // A long run of spaces: fold where the line is full after all.
                split = current.len();
            }
            let carry: Vec<char> = current.split_off(split);
            out.extend(current.iter());
            out.push_str("\r\n ");
            current = carry;
            width = 1 + current.iter().map(|c| c.len_utf8()).sum::<usize>();
        }
        current.push(c);
        width += c.len_utf8();
    }
    out.extend(current.iter());
    out
}

fn date_value(date: PartialDate) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year,
        date.month.unwrap_or(1),
        date.day.unwrap_or(1)
    )
}

fn next_day(date: PartialDate) -> PartialDate {
    let (y, m, d) = (date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
    if d < crate::core::date::days_in_month(y, m) {
        PartialDate::day(y, m, d + 1)
    } else if m < 12 {
        PartialDate::day(y, m + 1, 1)
    } else {
        PartialDate::day(y + 1, 1, 1)
    }
}

/// The day a dialogue's calendar event is on; None when its day is not known (a month, a year
/// or no date): such a dialogue has no event, and no "Add to calendar" button.
pub fn event_day(dialogue: &Dialogue) -> Option<PartialDate> {
    dialogue.date.filter(|d| d.precision() == Precision::Day)
}

/// The calendar of the given dialogues. `link` gives the app's address of a dialogue.
pub fn calendar(
    dataset: &Dataset,
    dialogues: &[&Dialogue],
    now: UtcTime,
    messages: &Messages,
    link: impl Fn(&Dialogue) -> String,
) -> Calendar {
    calendar_named(
        dataset,
        dialogues,
        now,
        messages,
        messages.calendar_name,
        |d| Some(link(d)),
    )
}

/// The calendar of the given dialogues under the name `name` (X-WR-CALNAME, what a calendar
/// application calls a subscribed feed). `link` gives the app's address of a dialogue; without
/// one (None) the event has no URL and its description ends with the agenda.
pub fn calendar_named(
    dataset: &Dataset,
    dialogues: &[&Dialogue],
    now: UtcTime,
    messages: &Messages,
    name: &str,
    link: impl Fn(&Dialogue) -> Option<String>,
) -> Calendar {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Dialogue Explorer//Constructive dialogues//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(now.date),
        now.hour,
        now.minute,
        now.second
    );
    let mut included = Vec::new();
    let mut left_out = Vec::new();
    for dialogue in dialogues {
        let Some(date) = event_day(dialogue) else {
            left_out.push(dialogue.id.clone());
            continue;
        };
        included.push(dialogue.id.clone());
        let groups: Vec<&str> = dialogue
            .working_groups
            .iter()
            .filter_map(|id| dataset.working_group(id))
            .map(|w| w.short_name.en.as_str())
            .collect();
        let mut description: Vec<String> = Vec::new();
        for session in &dialogue.follows_sessions {
            let group = dataset
                .working_group(&session.working_group)
                .map(|w| w.name.en.as_str())
                .unwrap_or_default();
            description.push((messages.follows_session)(session.number, group));
        }
        description.push((messages.time_zone_note)(&dialogue.time_zone));
        // The agenda, then the topics raised, each under its heading when there are any.
        for (heading, entries) in [
            (messages.agenda_items_heading, &dialogue.agenda_items),
            (messages.topics_heading, &dialogue.topics_raised),
        ] {
            if !entries.is_empty() {
                description.push(String::new());
                description.push(format!("{heading}:"));
                description.extend(entries.iter().map(|e| format!("- {}", e.text.en)));
            }
        }
        let url = link(dialogue);
        if let Some(url) = &url {
            description.push(String::new());
            description.push(url.clone());
        }

        let mut location: Vec<String> = Vec::new();
        if let Some(venue) = &dialogue.venue {
            location.push(venue.en.clone());
        }
        if let Some(format) = dialogue.format {
            location.push((messages.format_name)(format).to_string());
        }

        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}@dialogue-explorer", dialogue.id));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", date_value(date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", date_value(next_day(date))));
        lines.push(format!(
            "SUMMARY:{}",
            escape(&(messages.calendar_summary)(&groups.join(" & ")))
        ));
        lines.push(format!("DESCRIPTION:{}", escape(&description.join("\n"))));
        if !location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&location.join(", "))));
        }
        if let Some(url) = url {
            lines.push(format!("URL:{url}"));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut text = String::new();
    for line in lines {
        text.push_str(&fold(&line));
        text.push_str("\r\n");
    }
    Calendar {
        text,
        included,
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\ne\r\n"), "a\\,b\\;c\\\\d\\ne\\n");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT:x"), "SHORT:x");
        let spaced = format!("DESCRIPTION:{}", "word ".repeat(40));
        let folded = fold(&spaced);
        assert!(
            !folded.contains("\r\n  "),
            "no continuation starts with a space"
        );
        assert!(!folded.contains(" \r\n"), "no line ends with a space");
        assert_eq!(folded.replace("\r\n ", ""), spaced);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75);
        }
        let blank = format!("X:{}", " ".repeat(200));
        assert!(fold(&blank).split("\r\n").all(|part| part.len() <= 75));
        assert_eq!(fold(&blank).replace("\r\n ", ""), blank);
    }

    #[test]
    fn the_day_after_rolls_over_months_and_years() {
        assert_eq!(
            next_day(PartialDate::day(2023, 10, 4)),
            PartialDate::day(2023, 10, 5)
        );
        assert_eq!(
            next_day(PartialDate::day(2024, 2, 29)),
            PartialDate::day(2024, 3, 1)
        );
        assert_eq!(
            next_day(PartialDate::day(2023, 12, 31)),
            PartialDate::day(2024, 1, 1)
        );
    }
}
