//! The entries on screen as CSV (RFC 4180, UTF-8): one row per agenda item or topic raised.

use crate::core::dataset::Dataset;
use crate::core::query::{EntryKind, Hit};

/// A field, quoted when it holds a comma, a quote or a line break (quotes doubled inside).
pub fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub const COLUMNS: [&str; 12] = [
    "dialogue_id",
    "dialogue",
    "date",
    "working_groups",
    "kind",
    "entry_id",
    "text",
    "themes",
    "source",
    "source_url",
    "reported_at",
    "link",
];

/// The CSV of these hits. Starts with a byte-order mark so that spreadsheet programs read it as
/// UTF-8; lines end with CRLF. `link` gives the app's address of a hit.
pub fn entries(dataset: &Dataset, hits: &[Hit], link: impl Fn(&Hit) -> String) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for hit in hits {
        let d = hit.dialogue;
        let groups: Vec<&str> = d
            .working_groups
            .iter()
            .filter_map(|id| dataset.working_group(id))
            .map(|w| w.short_name.en.as_str())
            .collect();
        let themes: Vec<&str> = hit
            .entry
            .themes
            .iter()
            .filter_map(|id| dataset.theme(id))
            .map(|t| t.label.en.as_str())
            .collect();
        let source = dataset.source(&hit.entry.source);
        let row = [
            d.id.clone(),
            format!(
                "{} {}",
                groups.join(" & "),
                d.date.map(|x| x.to_string()).unwrap_or_default()
            ),
            d.date.map(|x| x.to_string()).unwrap_or_default(),
            groups.join("; "),
            match hit.kind {
                EntryKind::AgendaItem => "agenda item",
                EntryKind::TopicRaised => "topic raised",
            }
            .to_string(),
            hit.entry.id.clone(),
            hit.entry.text.en.clone(),
            themes.join("; "),
            source
                .map(|s| format!("{}: {}", s.publisher.en, s.title.en))
                .unwrap_or_default(),
            source.and_then(|s| s.url.clone()).unwrap_or_default(),
            source
                .and_then(|s| s.published)
                .map(|p| p.to_string())
                .unwrap_or_default(),
            link(hit),
        ];
        let fields: Vec<String> = row.iter().map(|v| field(v)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
    }
}
