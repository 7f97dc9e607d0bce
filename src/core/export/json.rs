//! A dataset written back in its own JSON format: the filtered subset a reader downloads can be
//! loaded again, or validated, like the bundled file.

use std::collections::BTreeSet;

use crate::core::dataset::*;
use crate::core::date::PartialDate;
use crate::core::query::Outcome;

/// The dataset holding just these dialogues (with just these entries of theirs), the sources
/// and working groups they refer to, and the whole theme list.
pub fn subset(dataset: &Dataset, dialogues: &[Dialogue]) -> Dataset {
    let mut sources: BTreeSet<&str> = BTreeSet::new();
    let mut groups: BTreeSet<&str> = BTreeSet::new();
    // The page of announcements stays, with the date of the data: a subset is as current as
    // the whole, and still says where the next dialogues are announced.
    sources.extend(dataset.announcements.as_deref());
    for d in dialogues {
        sources.extend(d.sources.iter().map(String::as_str));
        sources.extend(d.chairs.iter().map(|c| c.source.as_str()));
        sources.extend(d.ordinals.iter().map(|o| o.reported_by.as_str()));
        sources.extend(d.attendance.iter().map(|a| a.reported_by.as_str()));
        sources.extend(
            d.agenda_items
                .iter()
                .chain(&d.topics_raised)
                .map(|e| e.source.as_str()),
        );
        groups.extend(d.working_groups.iter().map(String::as_str));
        groups.extend(d.follows_sessions.iter().map(|s| s.working_group.as_str()));
    }
    Dataset {
        translations: dataset.translations.clone(),
        updated: dataset.updated,
        announcements: dataset.announcements.clone(),
        sources: dataset
            .sources
            .iter()
            .filter(|s| sources.contains(s.id.as_str()))
            .cloned()
            .collect(),
        working_groups: dataset
            .working_groups
            .iter()
            .filter(|w| groups.contains(w.id.as_str()))
            .cloned()
            .collect(),
        themes: dataset.themes.clone(),
        dialogues: dialogues.to_vec(),
    }
}

/// What a query selected, as a dataset: its dialogues and, when `narrowed` (filters or a
/// search are active), only their matching entries. None when nothing matched: a dataset
/// without sources or working groups would not load back.
pub fn selection(dataset: &Dataset, outcome: &Outcome, narrowed: bool) -> Option<Dataset> {
    if outcome.dialogues.is_empty() {
        return None;
    }
    let matched: BTreeSet<&str> = outcome.hits.iter().map(|h| h.entry.id.as_str()).collect();
    let dialogues: Vec<Dialogue> = outcome
        .dialogues
        .iter()
        .map(|d| {
            let mut d = (*d).clone();
            if narrowed {
                d.agenda_items.retain(|e| matched.contains(e.id.as_str()));
                d.topics_raised.retain(|e| matched.contains(e.id.as_str()));
            }
            d
        })
        .collect();
    Some(subset(dataset, &dialogues))
}

/// Writes JSON with two-space indentation, as the bundled file is written (or in the
/// indentation and line ending of another file, for a value spliced into it).
struct Writer<'a> {
    out: String,
    depth: usize,
    /// Whether the current object or array has had a member yet.
    first: Vec<bool>,
    /// What starts every line: the indentation of the place the value is written at.
    base: &'a str,
    unit: &'a str,
    eol: &'a str,
}

impl Writer<'_> {
    fn newline(&mut self) {
        self.out.push_str(self.eol);
        self.out.push_str(self.base);
        for _ in 0..self.depth {
            self.out.push_str(self.unit);
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.first.push(true);
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        let had_members = !self.first.pop().unwrap_or(true);
        if had_members {
            self.newline();
        }
        self.out.push(bracket);
    }

    fn item(&mut self) {
        if let Some(first) = self.first.last_mut() {
            if !*first {
                self.out.push(',');
            }
            *first = false;
        }
        self.newline();
    }

    fn key(&mut self, key: &str) {
        self.item();
        string(&mut self.out, key);
        self.out.push_str(": ");
    }

    fn str_field(&mut self, key: &str, value: &str) {
        self.key(key);
        string(&mut self.out, value);
    }

    fn num_field(&mut self, key: &str, value: u64) {
        self.key(key);
        self.out.push_str(&value.to_string());
    }

    fn date_field(&mut self, key: &str, value: Option<PartialDate>) {
        if let Some(date) = value {
            self.str_field(key, &date.to_string());
        }
    }

    fn text_field(&mut self, key: &str, text: &Text) {
        self.key(key);
        self.text(text);
    }

    fn text(&mut self, text: &Text) {
        if text.translations.is_empty() {
            string(&mut self.out, &text.en);
            return;
        }
        self.open('{');
        self.str_field("en", &text.en);
        for (lang, value) in &text.translations {
            self.str_field(lang, value);
        }
        self.close('}');
    }

    fn ids_field(&mut self, key: &str, ids: &[String]) {
        self.key(key);
        self.out.push('[');
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            string(&mut self.out, id);
        }
        self.out.push(']');
    }

    fn list<T>(&mut self, key: &str, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.key(key);
        self.open('[');
        for item in items {
            self.item();
            self.open('{');
            each(self, item);
            self.close('}');
        }
        self.close(']');
    }
}

fn name<T: Named + PartialEq>(value: T) -> &'static str {
    T::ALL
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, n)| *n)
}

/// Writes `value` as a JSON string, quoted and escaped.
pub fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn entry(w: &mut Writer, e: &Entry) {
    w.str_field("id", &e.id);
    w.text_field("text", &e.text);
    w.ids_field("themes", &e.themes);
    w.str_field("source", &e.source);
}

fn source(w: &mut Writer, s: &Source) {
    w.str_field("id", &s.id);
    if let Some(title) = &s.title {
        w.text_field("title", title);
    }
    if let Some(description) = &s.description {
        w.text_field("description", description);
    }
    w.text_field("publisher", &s.publisher);
    w.str_field("kind", name(s.kind));
    if let Some(url) = &s.url {
        w.str_field("url", url);
    }
    w.date_field("published", s.published);
}

fn dialogue(w: &mut Writer, d: &Dialogue) {
    w.str_field("id", &d.id);
    w.ids_field("working_groups", &d.working_groups);
    w.list("follows_sessions", &d.follows_sessions, |w, s| {
        w.str_field("working_group", &s.working_group);
        if let Some(n) = s.number {
            w.num_field("number", n as u64);
        }
        w.date_field("start", s.start);
        w.date_field("end", s.end);
    });
    w.date_field("date", d.date);
    w.str_field("time_zone", &d.time_zone);
    if let Some(venue) = &d.venue {
        w.text_field("venue", venue);
    }
    if let Some(format) = d.format {
        w.str_field("format", name(format));
    }
    w.list("chairs", &d.chairs, |w, c| {
        w.text_field("name", &c.name);
        if let Some(country) = &c.country {
            w.text_field("country", country);
        }
        w.str_field("role", name(c.role));
        w.str_field("source", &c.source);
    });
    w.list("ordinals", &d.ordinals, |w, o| {
        w.num_field("value", o.value as u64);
        w.text_field("counted_among", &o.counted_among);
        w.str_field("reported_by", &o.reported_by);
    });
    w.list("agenda_items", &d.agenda_items, entry);
    w.list("topics_raised", &d.topics_raised, entry);
    w.list("attendance", &d.attendance, |w, a| {
        w.num_field("count", a.count as u64);
        w.str_field("qualifier", name(a.qualifier));
        w.str_field("counted", name(a.counted));
        if let Some(note) = &a.note {
            w.text_field("note", note);
        }
        w.str_field("reported_by", &a.reported_by);
    });
    w.key("certainty");
    w.open('{');
    w.str_field("level", name(d.certainty.level));
    if let Some(note) = &d.certainty.note {
        w.text_field("note", note);
    }
    w.close('}');
    w.ids_field("sources", &d.sources);
    if let Some(notes) = &d.notes {
        w.text_field("notes", notes);
    }
}

/// One value written as an item of a list in another file: `base` is the indentation of the
/// line it starts on, `unit` one level more, `eol` the file's line ending. What comes out
/// starts with its `{` and ends with its `}`, for the caller to place.
fn item_of_file(base: &str, unit: &str, eol: &str, each: impl FnOnce(&mut Writer)) -> String {
    let mut w = Writer {
        out: String::new(),
        depth: 0,
        first: Vec::new(),
        base,
        unit,
        eol,
    };
    w.open('{');
    each(&mut w);
    w.close('}');
    w.out
}

/// A dialogue as an item of a file's `dialogues`, written as [`write`] writes it.
pub fn dialogue_item(d: &Dialogue, base: &str, unit: &str, eol: &str) -> String {
    item_of_file(base, unit, eol, |w| dialogue(w, d))
}

/// A source as an item of a file's `sources`, written as [`write`] writes it.
pub fn source_item(s: &Source, base: &str, unit: &str, eol: &str) -> String {
    item_of_file(base, unit, eol, |w| source(w, s))
}

pub fn write(dataset: &Dataset) -> String {
    let mut w = Writer {
        out: String::new(),
        depth: 0,
        first: Vec::new(),
        base: "",
        unit: "  ",
        eol: "\n",
    };
    w.open('{');
    w.num_field("schema_version", SCHEMA_VERSION);
    w.date_field("updated", dataset.updated);
    if let Some(id) = &dataset.announcements {
        w.str_field("announcements", id);
    }
    if let Some(t) = &dataset.translations {
        w.key("translations");
        w.open('{');
        w.str_field("source_language", &t.source_language);
        w.text_field("note", &t.note);
        w.close('}');
    }
    w.list("sources", &dataset.sources, |w, s| source(w, s));
    w.list("working_groups", &dataset.working_groups, |w, g| {
        w.str_field("id", &g.id);
        w.text_field("name", &g.name);
        w.text_field("short_name", &g.short_name);
        w.text_field("instrument", &g.instrument);
    });
    w.list("themes", &dataset.themes, |w, t| {
        w.str_field("id", &t.id);
        w.text_field("label", &t.label);
        w.text_field("description", &t.description);
    });
    w.list("dialogues", &dataset.dialogues, |w, d| dialogue(w, d));
    w.close('}');
    w.out.push('\n');
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::sample;

    #[test]
    fn what_is_written_reads_back_the_same() {
        let data = sample();
        let text = write(&data);
        assert_eq!(load(&text).unwrap(), data);
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a \"b\" \\ c\nd\u{1}é");
        assert_eq!(out, "\"a \\\"b\\\" \\\\ c\\nd\\u0001é\"");
    }

    #[test]
    fn a_selection_keeps_only_the_matching_entries_when_narrowed() {
        use crate::core::query::{run, tests::today, Facet, Filters};
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "corruption");
        let outcome = run(&data, &filters, today());
        let part = selection(&data, &outcome, true).unwrap();
        let ids: Vec<&str> = part
            .dialogues
            .iter()
            .flat_map(|d| d.agenda_items.iter().chain(&d.topics_raised))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["a1", "a3"]);
        let whole = selection(&data, &run(&data, &Filters::default(), today()), false).unwrap();
        assert_eq!(whole.entry_count(), data.entry_count());
        filters.text = "no such words".into();
        assert!(selection(&data, &run(&data, &filters, today()), true).is_none());
    }

    #[test]
    fn a_subset_keeps_what_its_dialogues_refer_to() {
        let data = sample();
        let chosen: Vec<Dialogue> = data
            .dialogues
            .iter()
            .filter(|d| d.id == "b")
            .cloned()
            .collect();
        let part = subset(&data, &chosen);
        assert_eq!(part.dialogues.len(), 1);
        assert_eq!(part.working_groups.len(), 1);
        assert_eq!(part.working_groups[0].id, "som");
        assert_eq!(part.themes.len(), data.themes.len());
        assert_eq!(load(&write(&part)).unwrap(), part);
    }
}
