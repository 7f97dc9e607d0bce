//! The entries on screen, and the attendance figures of their dialogues, as CSV (RFC 4180,
//! UTF-8), in two forms: the reader's (what their spreadsheet opens in columns: the separator of
//! their language, headers and values in their language) and the machine form (commas, the
//! `snake_case` headers and English values, the same in every language, for scripts).

use crate::core::dataset::{Attendance, Dataset, Dialogue, Named, Qualifier, Source};
use crate::core::date::PartialDate;
use crate::core::export::cite;
use crate::core::messages::{catalogue, Lang, Messages};
use crate::core::query::{EntryKind, Hit};

/// The columns of both files, each with its machine name (the header of the machine form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    DialogueId,
    Dialogue,
    Date,
    WorkingGroups,
    Kind,
    EntryId,
    Text,
    Themes,
    Source,
    SourceUrl,
    Link,
    Figure,
    Count,
    Qualifier,
    Counted,
    Note,
    Citation,
}

impl Column {
    pub const fn machine_name(self) -> &'static str {
        match self {
            Column::DialogueId => "dialogue_id",
            Column::Dialogue => "dialogue",
            Column::Date => "date",
            Column::WorkingGroups => "working_groups",
            Column::Kind => "kind",
            Column::EntryId => "entry_id",
            Column::Text => "text",
            Column::Themes => "themes",
            Column::Source => "source",
            Column::SourceUrl => "source_url",
            Column::Link => "link",
            Column::Figure => "figure",
            Column::Count => "count",
            Column::Qualifier => "qualifier",
            Column::Counted => "counted",
            Column::Note => "note",
            Column::Citation => "citation",
        }
    }
}

/// The columns of the entries file. Every one is filled in every row: the source's date, known
/// for few sources, is written inside `source` rather than in a column of its own that would be
/// mostly empty.
pub const ENTRY_COLUMNS: [Column; 11] = [
    Column::DialogueId,
    Column::Dialogue,
    Column::Date,
    Column::WorkingGroups,
    Column::Kind,
    Column::EntryId,
    Column::Text,
    Column::Themes,
    Column::Source,
    Column::SourceUrl,
    Column::Link,
];

/// The columns of the attendance file: each figure, who reported it and the citation of that
/// source.
pub const ATTENDANCE_COLUMNS: [Column; 13] = [
    Column::DialogueId,
    Column::Dialogue,
    Column::Date,
    Column::WorkingGroups,
    Column::Figure,
    Column::Count,
    Column::Qualifier,
    Column::Counted,
    Column::Note,
    Column::Source,
    Column::SourceUrl,
    Column::Citation,
    Column::Link,
];

/// The machine headers of the entries file, for scripts that read it.
pub const COLUMNS: [&str; 11] = {
    let mut names = [""; 11];
    let mut i = 0;
    while i < ENTRY_COLUMNS.len() {
        names[i] = ENTRY_COLUMNS[i].machine_name();
        i += 1;
    }
    names
};

/// How a file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Form {
    pub separator: char,
    /// The language of the headers and the values; `None`: the machine form.
    pub lang: Option<Lang>,
}

impl Form {
    /// Commas, machine headers, English values: the same whatever the reader's language.
    pub const MACHINE: Form = Form {
        separator: ',',
        lang: None,
    };

    /// What a spreadsheet set to `lang` opens in columns.
    pub fn for_reader(lang: Lang) -> Form {
        Form {
            separator: separator(lang),
            lang: Some(lang),
        }
    }

    fn messages(self) -> &'static Messages {
        catalogue(self.lang.unwrap_or(Lang::En))
    }

    fn code(self) -> &'static str {
        self.lang.unwrap_or(Lang::En).code()
    }

    fn header(self, column: Column) -> &'static str {
        match self.lang {
            Some(lang) => (catalogue(lang).csv_header)(column),
            None => column.machine_name(),
        }
    }
}

/// The list separator of spreadsheets in `lang`: a semicolon where numbers are written with a
/// decimal comma (French, Spanish, Russian: Excel and LibreOffice there take the comma for the
/// decimal separator and split on semicolons), else a comma (English, Chinese, and Arabic as
/// this app writes it, with Western digits and a decimal point).
pub fn separator(lang: Lang) -> char {
    if decimal_comma(lang) {
        ';'
    } else {
        ','
    }
}

/// Whether numbers are written `3,5` in `lang`.
pub fn decimal_comma(lang: Lang) -> bool {
    matches!(lang, Lang::Fr | Lang::Es | Lang::Ru)
}

/// A field of a comma-separated file, quoted when it holds a comma, a quote or a line break
/// (quotes doubled inside).
pub fn field(value: &str) -> String {
    field_in(value, ',')
}

/// A field for a file separated by `separator`.
pub fn field_in(value: &str, separator: char) -> String {
    if value.contains(['"', '\n', '\r', separator]) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A file of rows under `columns`, with a byte-order mark (so that spreadsheet programs read it
/// as UTF-8) and CRLF line ends.
fn write(form: Form, columns: &[Column], rows: impl Iterator<Item = Vec<String>>) -> String {
    let separator = form.separator.to_string();
    let line = |fields: Vec<String>| {
        let fields: Vec<String> = fields.iter().map(|v| field_in(v, form.separator)).collect();
        fields.join(&separator) + "\r\n"
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&line(
        columns
            .iter()
            .map(|c| form.header(*c).to_string())
            .collect(),
    ));
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// The working groups of a dialogue, in the form's language.
fn groups(dataset: &Dataset, dialogue: &Dialogue, form: Form) -> Vec<String> {
    dialogue
        .working_groups
        .iter()
        .filter_map(|id| dataset.working_group(id))
        .map(|w| w.short_name.get(form.code()).0.to_string())
        .collect()
}

fn date(dialogue: &Dialogue) -> String {
    dialogue.date.map(|x| x.to_string()).unwrap_or_default()
}

/// "UNODC news on … (2022-05-17)": who, what (`Source::name`), and when when known.
fn source_name(source: Option<&Source>, form: Form) -> String {
    let Some(s) = source else {
        return String::new();
    };
    let lang = form.code();
    let mut name = s.name(lang);
    if let Some(published) = s.published {
        name.push_str(&format!(" ({published})"));
    }
    name
}

/// The cells a dialogue gives every row of its own: id, name, date, working groups.
fn dialogue_cells(dataset: &Dataset, dialogue: &Dialogue, form: Form) -> [String; 4] {
    let groups = groups(dataset, dialogue, form);
    let name = format!("{} {}", groups.join(" & "), date(dialogue));
    [
        dialogue.id.clone(),
        name.trim_end().to_string(),
        date(dialogue),
        groups.join("; "),
    ]
}

/// The CSV of these hits, one row per agenda item or topic raised. `link` gives the app's
/// address of a hit.
pub fn entries_in(
    dataset: &Dataset,
    hits: &[Hit],
    form: Form,
    link: impl Fn(&Hit) -> String,
) -> String {
    let m = form.messages();
    let lang = form.code();
    let rows = hits.iter().map(|hit| {
        let d = hit.dialogue;
        let themes: Vec<&str> = hit
            .entry
            .themes
            .iter()
            .filter_map(|id| dataset.theme(id))
            .map(|t| t.label.get(lang).0)
            .collect();
        let source = dataset.source(&hit.entry.source);
        let kind = match (form.lang, hit.kind) {
            (Some(_), kind) => (m.entry_kind)(kind),
            (None, EntryKind::AgendaItem) => "agenda item",
            (None, EntryKind::TopicRaised) => "topic raised",
        };
        let mut row = dialogue_cells(dataset, d, form).to_vec();
        row.extend([
            kind.to_string(),
            hit.entry.id.clone(),
            hit.entry.text.get(lang).0.to_string(),
            themes.join("; "),
            source_name(source, form),
            source.and_then(|s| s.url.clone()).unwrap_or_default(),
            link(hit),
        ]);
        row
    });
    write(form, &ENTRY_COLUMNS, rows)
}

/// The machine form of the entries CSV (see [`entries_in`]).
pub fn entries(dataset: &Dataset, hits: &[Hit], link: impl Fn(&Hit) -> String) -> String {
    entries_in(dataset, hits, Form::MACHINE, link)
}

/// Whether these dialogues have an attendance figure to download.
pub fn has_attendance(dialogues: &[&Dialogue]) -> bool {
    dialogues.iter().any(|d| !d.attendance.is_empty())
}

/// The attendance figures of these dialogues, each with its source and the citation of that
/// source (accessed `accessed`). `link` gives the app's address of a dialogue.
pub fn attendance(
    dataset: &Dataset,
    dialogues: &[&Dialogue],
    form: Form,
    accessed: PartialDate,
    link: impl Fn(&Dialogue) -> String,
) -> String {
    let m = form.messages();
    let lang = form.code();
    let rows = dialogues.iter().flat_map(|d| {
        d.attendance.iter().map(|a: &Attendance| {
            let source = dataset.source(&a.reported_by);
            let counted = (m.counted_name)(a.counted, a.count);
            let (qualifier, counted_value) = match form.lang {
                Some(_) => ((m.qualifier_name)(a.qualifier), counted),
                None => (name_of(a.qualifier), name_of(a.counted)),
            };
            let mut row = dialogue_cells(dataset, d, form).to_vec();
            row.extend([
                (m.attendance_figure)(a.qualifier, a.count, counted),
                a.count.to_string(),
                qualifier.to_string(),
                counted_value.to_string(),
                a.note
                    .as_ref()
                    .map(|n| n.get(lang).0.to_string())
                    .unwrap_or_default(),
                source_name(source, form),
                source.and_then(|s| s.url.clone()).unwrap_or_default(),
                source
                    .map(|s| cite::source(s, m, lang, accessed))
                    .unwrap_or_default(),
                link(d),
            ]);
            row
        })
    });
    write(form, &ATTENDANCE_COLUMNS, rows)
}

fn name_of<T: Named + PartialEq>(value: T) -> &'static str {
    T::ALL
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, n)| *n)
        .unwrap_or_default()
}

/// The machine name of a qualifier ("more_than"), for the machine form.
pub fn qualifier_key(qualifier: Qualifier) -> &'static str {
    name_of(qualifier)
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
        // Separated by semicolons, a comma needs no quotes and a semicolon does.
        assert_eq!(field_in("a, b", ';'), "a, b");
        assert_eq!(field_in("a; b", ';'), "\"a; b\"");
    }

    #[test]
    fn the_separator_follows_the_decimal_separator_of_each_language() {
        let got: Vec<(&str, char)> = Lang::ALL
            .iter()
            .map(|l| (l.code(), separator(*l)))
            .collect();
        assert_eq!(
            got,
            [
                ("ar", ','),
                ("zh", ','),
                ("en", ','),
                ("fr", ';'),
                ("ru", ';'),
                ("es", ';'),
            ]
        );
        assert_eq!(Form::MACHINE.separator, ',');
        assert_eq!(Form::for_reader(Lang::Fr).separator, ';');
    }

    #[test]
    fn machine_headers_are_the_column_names() {
        assert_eq!(
            COLUMNS,
            [
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
                "link",
            ]
        );
    }
}
