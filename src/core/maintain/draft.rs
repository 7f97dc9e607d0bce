//! The guided form for the common task, adding a dialogue: what the form holds
//! ([`DialogueDraft`]), what it refuses and why ([`Refusal`]), and the new dialogue spliced into
//! the text at its place in date order ([`add_dialogue`]), in the file's own indentation, every
//! other byte left as it was.
//!
//! The refusals are the validator's rules, said before the text is touched and pointing at the
//! field of the form to fix; the text made is then read again by the validator itself, and
//! anything it still finds is a refusal too, so that the form never writes a text that does not
//! load.

use super::utf16_offset;
use crate::core::dataset::{
    self, Attendance, Certainty, CertaintyLevel, Counted, Dataset, Dialogue, Entry, EntryKind,
    Format, Problem, Qualifier, Session, Source, SourceKind, Text, ID_MAX, LANGUAGES, NAME_MAX,
    TEXT_MAX,
};
use crate::core::date::{PartialDate, Precision};
use crate::core::export::json::{dialogue_item, source_item};
use crate::core::json::{self, Node, Value};

/// The most themes an entry of the form takes (the format asks for at least one).
pub const MAX_THEMES: usize = 3;

/// A new dialogue as the form holds it. Texts are [`Text`]: English, and the translations
/// given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DialogueDraft {
    /// One working group, or two for a joint dialogue.
    pub working_groups: Vec<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM` when the day is not known.
    pub date: String,
    /// The sessions it follows: usually one, of its working group.
    pub follows_sessions: Vec<SessionDraft>,
    /// IANA name, `Europe/Vienna`; [`form_options`] suggests the one of the latest dialogue.
    pub time_zone: String,
    pub format: Option<Format>,
    pub venue: Option<Text>,
    /// Agenda items and topics raised, in the order given.
    pub entries: Vec<EntryDraft>,
    pub attendance: Vec<FigureDraft>,
    /// Sources the dataset does not have yet; entries and figures name them by their id.
    pub new_sources: Vec<SourceDraft>,
    /// How certain the record is: the form asks rather than guesses.
    pub certainty: Option<CertaintyLevel>,
    pub certainty_note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionDraft {
    pub working_group: String,
    pub number: Option<u32>,
    /// `YYYY-MM-DD` or empty (not known); likewise `end`.
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EntryDraft {
    pub kind: EntryKind,
    pub text: Text,
    /// One to [`MAX_THEMES`] theme ids of the dataset.
    pub themes: Vec<String>,
    /// The id of a source of the dataset or of one of the draft's new sources.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigureDraft {
    pub count: u32,
    pub qualifier: Qualifier,
    pub counted: Counted,
    pub note: Option<Text>,
    /// Who reported it: a source id, as for entries.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceDraft {
    /// Fresh and in the dataset's style: [`suggest_source_id`] gives one.
    pub id: String,
    /// The publisher's own title, only where known (never translated).
    pub title: Option<Text>,
    /// The project's short description.
    pub description: Option<Text>,
    pub publisher: String,
    pub kind: SourceKind,
    pub url: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or empty.
    pub published: String,
}

/// Which field of the form a refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    WorkingGroups,
    Date,
    Session(usize),
    TimeZone,
    Venue,
    Entry(usize),
    Figure(usize),
    NewSource(usize),
    Certainty,
    /// The text itself (it does not load, or the validator found something).
    Text,
}

/// Why the form does not add the dialogue: data, said by [`super::MaintainMessages::refusal`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The text has problems already: fix them first.
    TextHasProblems {
        count: usize,
    },
    NoWorkingGroup,
    UnknownWorkingGroup {
        id: String,
    },
    WorkingGroupTwice {
        id: String,
    },
    NoDate,
    /// Not `YYYY-MM-DD` or `YYYY-MM`, or no such day.
    BadDate {
        place: Place,
        date: String,
    },
    /// A year alone: the form takes a day or a month.
    YearOnly {
        date: String,
    },
    SessionOfOtherGroup {
        session: usize,
        id: String,
    },
    SessionNumberZero {
        session: usize,
    },
    SessionEndsBeforeStart {
        session: usize,
    },
    BadTimeZone {
        zone: String,
    },
    EmptyText {
        place: Place,
    },
    LongText {
        place: Place,
        max: usize,
    },
    UnsupportedLanguage {
        place: Place,
        code: String,
    },
    NoEntries,
    NoTheme {
        entry: usize,
    },
    TooManyThemes {
        entry: usize,
        count: usize,
    },
    UnknownTheme {
        entry: usize,
        id: String,
    },
    ThemeTwice {
        entry: usize,
        id: String,
    },
    /// An entry or a figure that names no source.
    NoSource {
        place: Place,
    },
    UnknownSource {
        place: Place,
        id: String,
    },
    BadSourceId {
        source: usize,
        id: String,
    },
    DuplicateSourceId {
        source: usize,
        id: String,
    },
    NoTitleOrDescription {
        source: usize,
    },
    NoPublisher {
        source: usize,
    },
    BadUrl {
        source: usize,
        url: String,
    },
    NoCertainty,
    /// What the validator still found in the text made (it should not happen: each rule above
    /// stands for one of its own).
    Validator {
        line: u32,
        column: u32,
        /// In English, as the validator's command line prints it: `path: sentence`.
        message: String,
        /// The problem itself, to be said in the page's language.
        problem: Option<Box<Problem>>,
    },
}

impl Refusal {
    /// The field of the form to fix.
    pub fn place(&self) -> Place {
        use Refusal::*;
        match self {
            TextHasProblems { .. } | Validator { .. } => Place::Text,
            NoWorkingGroup | UnknownWorkingGroup { .. } | WorkingGroupTwice { .. } => {
                Place::WorkingGroups
            }
            NoDate | YearOnly { .. } => Place::Date,
            BadDate { place, .. }
            | EmptyText { place }
            | LongText { place, .. }
            | UnsupportedLanguage { place, .. }
            | NoSource { place }
            | UnknownSource { place, .. } => *place,
            SessionOfOtherGroup { session, .. }
            | SessionNumberZero { session }
            | SessionEndsBeforeStart { session } => Place::Session(*session),
            BadTimeZone { .. } => Place::TimeZone,
            NoEntries => Place::Entry(0),
            NoTheme { entry }
            | TooManyThemes { entry, .. }
            | UnknownTheme { entry, .. }
            | ThemeTwice { entry, .. } => Place::Entry(*entry),
            BadSourceId { source, .. }
            | DuplicateSourceId { source, .. }
            | NoTitleOrDescription { source }
            | NoPublisher { source }
            | BadUrl { source, .. } => Place::NewSource(*source),
            NoCertainty => Place::Certainty,
        }
    }
}

/// What adding gave: the new text, and what is new in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub text: String,
    pub dialogue_id: String,
    pub entry_ids: Vec<String>,
    pub source_ids: Vec<String>,
    /// Where the new dialogue's `{` is in the new text, for the editor to show it.
    pub utf16_offset: usize,
    pub byte_offset: usize,
}

/// What the form offers, from the dataset: choices by id, in the dataset's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormOptions {
    /// Working-group ids with their names.
    pub working_groups: Vec<(String, Text)>,
    /// Theme ids with their labels.
    pub themes: Vec<(String, Text)>,
    /// Source ids with their labels (title, else description).
    pub sources: Vec<(String, Text)>,
    /// The venues of the dialogues, each once, with their translations, to be picked again.
    pub venues: Vec<Text>,
    /// The time zone of the latest dialogue.
    pub time_zone: Option<String>,
    /// For each working group, the number of the session after its latest known one.
    pub next_sessions: Vec<(String, u32)>,
}

/// The form's choices for a dataset.
pub fn form_options(dataset: &Dataset) -> FormOptions {
    let mut venues: Vec<Text> = Vec::new();
    for venue in dataset.dialogues.iter().filter_map(|d| d.venue.as_ref()) {
        if !venues.iter().any(|v| v.en == venue.en) {
            venues.push(venue.clone());
        }
    }
    let latest = dataset
        .dialogues
        .iter()
        .filter(|d| d.date.is_some())
        .max_by_key(|d| d.date);
    let next_sessions = dataset
        .working_groups
        .iter()
        .filter_map(|w| {
            let last = dataset
                .dialogues
                .iter()
                .flat_map(|d| &d.follows_sessions)
                .filter(|s| s.working_group == w.id)
                .filter_map(|s| s.number)
                .max()?;
            Some((w.id.clone(), last + 1))
        })
        .collect();
    FormOptions {
        working_groups: dataset
            .working_groups
            .iter()
            .map(|w| (w.id.clone(), w.name.clone()))
            .collect(),
        themes: dataset
            .themes
            .iter()
            .map(|t| (t.id.clone(), t.label.clone()))
            .collect(),
        sources: dataset
            .sources
            .iter()
            .map(|s| (s.id.clone(), s.label().0.clone()))
            .collect(),
        venues,
        time_zone: latest.map(|d| d.time_zone.clone()),
        next_sessions,
    }
}

/// Whether a string is an id as the dataset writes them (the reader's rule).
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= ID_MAX
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The reader's rule for time-zone names.
fn is_time_zone(s: &str) -> bool {
    s == "UTC"
        || (s.contains('/')
            && s.split('/').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
            }))
}

/// The reader's rule for web addresses, as far as a form field goes.
fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    let host_ok = rest.is_some_and(|r| !r.split(['/', '?', '#']).next().unwrap_or("").is_empty());
    host_ok
        && s.len() <= 2000
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || json::is_invisible(c)
                || "\"<>\\^`{|}".contains(c)
        })
}

/// `international-cooperation` → `ic`, `tip` → `tip`: how the dataset's dialogue ids name a
/// working group (`ic-ta-2022`, `ta-2023`).
fn group_abbreviation(id: &str) -> String {
    if id.contains('-') {
        id.split('-').filter_map(|p| p.chars().next()).collect()
    } else {
        id.to_string()
    }
}

/// The first id of `base`, `base-2`, `base-3`… that `taken` does not hold.
fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// A fresh dialogue id in the dataset's style: the prefix its dialogues of the same working
/// groups use (`ic-ta`), else one made from the ids, and the year: `tip-2026`, `tip-2026-2`.
pub fn suggest_dialogue_id(dataset: &Dataset, working_groups: &[String], year: u16) -> String {
    let used = dataset
        .dialogues
        .iter()
        .filter(|d| d.working_groups == working_groups)
        .find_map(|d| {
            let (prefix, year) = d.id.rsplit_once('-')?;
            (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some(prefix)
        });
    let prefix = used.map_or_else(
        || {
            working_groups
                .iter()
                .map(|w| group_abbreviation(w))
                .collect::<Vec<_>>()
                .join("-")
        },
        str::to_string,
    );
    fresh(&format!("{prefix}-{year}"), |id| {
        dataset.dialogue(id).is_some()
    })
}

/// A fresh source id in the dataset's style, the publisher's first word and the dialogue:
/// `unodc-tip-2026`, `kennis-firearms-2025`; `source-tip-2026` for a publisher with no Latin
/// letter. `taken` says which ids the draft already uses.
pub fn suggest_source_id(
    dataset: &Dataset,
    publisher: &str,
    dialogue_id: &str,
    taken: &[String],
) -> String {
    let word: String = publisher
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("source")
        .to_ascii_lowercase()
        .chars()
        .take(20)
        .collect();
    let base: String = format!("{word}-{dialogue_id}")
        .chars()
        .take(ID_MAX - 4)
        .collect();
    let base = base.trim_end_matches('-');
    fresh(base, |id| {
        dataset.source(id).is_some() || taken.iter().any(|t| t == id)
    })
}

/// The reader's rules for a text, as refusals at `place`.
fn check_text(text: &Text, max: usize, place: Place, refusals: &mut Vec<Refusal>) {
    let value = |value: &str, refusals: &mut Vec<Refusal>| {
        if value.trim().is_empty() {
            refusals.push(Refusal::EmptyText { place });
        } else if value.chars().count() > max {
            refusals.push(Refusal::LongText { place, max });
        }
    };
    value(&text.en, refusals);
    for (code, translation) in &text.translations {
        // `en` is the text itself: a second `en` would be a repeated field.
        if code == "en" || !LANGUAGES.contains(&code.as_str()) {
            refusals.push(Refusal::UnsupportedLanguage {
                place,
                code: code.clone(),
            });
        } else {
            value(translation, refusals);
        }
    }
}

fn date_of(text: &str, place: Place, refusals: &mut Vec<Refusal>) -> Option<PartialDate> {
    if text.trim().is_empty() {
        return None;
    }
    match PartialDate::parse(text.trim()) {
        Ok(date) => Some(date),
        Err(_) => {
            refusals.push(Refusal::BadDate {
                place,
                date: text.to_string(),
            });
            None
        }
    }
}

/// Checks a draft against a dataset: every refusal, in the order of the form.
pub fn check(dataset: &Dataset, draft: &DialogueDraft) -> Vec<Refusal> {
    let mut refusals = Vec::new();
    let r = &mut refusals;
    if draft.working_groups.is_empty() {
        r.push(Refusal::NoWorkingGroup);
    }
    for (i, id) in draft.working_groups.iter().enumerate() {
        if dataset.working_group(id).is_none() {
            r.push(Refusal::UnknownWorkingGroup { id: id.clone() });
        } else if draft.working_groups[..i].contains(id) {
            r.push(Refusal::WorkingGroupTwice { id: id.clone() });
        }
    }
    if draft.date.trim().is_empty() {
        r.push(Refusal::NoDate);
    } else if let Some(date) = date_of(&draft.date, Place::Date, r) {
        if date.precision() == Precision::Year {
            r.push(Refusal::YearOnly {
                date: draft.date.clone(),
            });
        }
    }
    for (i, s) in draft.follows_sessions.iter().enumerate() {
        if !draft.working_groups.contains(&s.working_group) {
            r.push(Refusal::SessionOfOtherGroup {
                session: i,
                id: s.working_group.clone(),
            });
        }
        if s.number == Some(0) {
            r.push(Refusal::SessionNumberZero { session: i });
        }
        let start = date_of(&s.start, Place::Session(i), r);
        let end = date_of(&s.end, Place::Session(i), r);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                r.push(Refusal::SessionEndsBeforeStart { session: i });
            }
        }
    }
    if !is_time_zone(&draft.time_zone) {
        r.push(Refusal::BadTimeZone {
            zone: draft.time_zone.clone(),
        });
    }
    if let Some(venue) = &draft.venue {
        check_text(venue, NAME_MAX, Place::Venue, r);
    }
    let known_source =
        |id: &str| dataset.source(id).is_some() || draft.new_sources.iter().any(|s| s.id == id);
    let source_of = |id: &str, place: Place, r: &mut Vec<Refusal>| {
        if id.trim().is_empty() {
            r.push(Refusal::NoSource { place });
        } else if !known_source(id) {
            r.push(Refusal::UnknownSource {
                place,
                id: id.to_string(),
            });
        }
    };
    if draft.entries.is_empty() {
        r.push(Refusal::NoEntries);
    }
    for (i, e) in draft.entries.iter().enumerate() {
        check_text(&e.text, TEXT_MAX, Place::Entry(i), r);
        if e.themes.is_empty() {
            r.push(Refusal::NoTheme { entry: i });
        } else if e.themes.len() > MAX_THEMES {
            r.push(Refusal::TooManyThemes {
                entry: i,
                count: e.themes.len(),
            });
        }
        for (j, id) in e.themes.iter().enumerate() {
            if dataset.theme(id).is_none() {
                r.push(Refusal::UnknownTheme {
                    entry: i,
                    id: id.clone(),
                });
            } else if e.themes[..j].contains(id) {
                r.push(Refusal::ThemeTwice {
                    entry: i,
                    id: id.clone(),
                });
            }
        }
        source_of(&e.source, Place::Entry(i), r);
    }
    for (i, f) in draft.attendance.iter().enumerate() {
        if let Some(note) = &f.note {
            check_text(note, TEXT_MAX, Place::Figure(i), r);
        }
        source_of(&f.source, Place::Figure(i), r);
    }
    for (i, s) in draft.new_sources.iter().enumerate() {
        if !is_id(&s.id) {
            r.push(Refusal::BadSourceId {
                source: i,
                id: s.id.clone(),
            });
        } else if dataset.source(&s.id).is_some()
            || draft.new_sources[..i].iter().any(|o| o.id == s.id)
        {
            r.push(Refusal::DuplicateSourceId {
                source: i,
                id: s.id.clone(),
            });
        }
        if s.title.is_none() && s.description.is_none() {
            r.push(Refusal::NoTitleOrDescription { source: i });
        }
        for text in [&s.title, &s.description].into_iter().flatten() {
            check_text(text, NAME_MAX, Place::NewSource(i), r);
        }
        if s.publisher.trim().is_empty() {
            r.push(Refusal::NoPublisher { source: i });
        } else if s.publisher.chars().count() > NAME_MAX {
            r.push(Refusal::LongText {
                place: Place::NewSource(i),
                max: NAME_MAX,
            });
        }
        if let Some(url) = &s.url {
            if !is_url(url) {
                r.push(Refusal::BadUrl {
                    source: i,
                    url: url.clone(),
                });
            }
        }
        date_of(&s.published, Place::NewSource(i), r);
    }
    match (&draft.certainty, &draft.certainty_note) {
        (None, _) => r.push(Refusal::NoCertainty),
        (Some(_), Some(note)) => check_text(note, TEXT_MAX, Place::Certainty, r),
        _ => {}
    }
    refusals
}

fn optional_date(text: &str) -> Option<PartialDate> {
    PartialDate::parse(text.trim()).ok()
}

/// The dialogue and new sources a checked draft makes, with fresh ids.
fn build(dataset: &Dataset, draft: &DialogueDraft) -> (Dialogue, Vec<Source>) {
    let date = optional_date(&draft.date);
    let year = date.map_or(0, |d| d.year);
    let id = suggest_dialogue_id(dataset, &draft.working_groups, year);
    let entries = |kind: EntryKind, key: &str| -> Vec<Entry> {
        draft
            .entries
            .iter()
            .filter(|e| e.kind == kind)
            .enumerate()
            .map(|(n, e)| Entry {
                id: format!("{id}-{key}-{}", n + 1),
                text: e.text.clone(),
                themes: e.themes.clone(),
                source: e.source.clone(),
            })
            .collect()
    };
    let agenda_items = entries(EntryKind::AgendaItem, "agenda");
    let topics_raised = entries(EntryKind::TopicRaised, "topic");
    let attendance: Vec<Attendance> = draft
        .attendance
        .iter()
        .map(|f| Attendance {
            count: f.count,
            qualifier: f.qualifier,
            counted: f.counted,
            note: f.note.clone(),
            reported_by: f.source.clone(),
        })
        .collect();
    // Every source about the dialogue, in the order the form first names them.
    let mut sources: Vec<String> = Vec::new();
    let named = agenda_items
        .iter()
        .chain(&topics_raised)
        .map(|e| &e.source)
        .chain(attendance.iter().map(|a| &a.reported_by))
        .chain(draft.new_sources.iter().map(|s| &s.id));
    for source in named {
        if !sources.contains(source) {
            sources.push(source.clone());
        }
    }
    let dialogue = Dialogue {
        id,
        working_groups: draft.working_groups.clone(),
        follows_sessions: draft
            .follows_sessions
            .iter()
            .map(|s| Session {
                working_group: s.working_group.clone(),
                number: s.number,
                start: optional_date(&s.start),
                end: optional_date(&s.end),
            })
            .collect(),
        date,
        time_zone: draft.time_zone.clone(),
        venue: draft.venue.clone(),
        format: draft.format,
        chairs: Vec::new(),
        ordinals: Vec::new(),
        agenda_items,
        topics_raised,
        attendance,
        certainty: Certainty {
            level: draft.certainty.unwrap_or(CertaintyLevel::Low),
            note: draft.certainty_note.clone(),
        },
        sources,
        notes: None,
    };
    let new_sources = draft
        .new_sources
        .iter()
        .map(|s| Source {
            id: s.id.clone(),
            title: s.title.clone(),
            description: s.description.clone(),
            publisher: Text::en(s.publisher.trim()),
            kind: s.kind,
            url: s.url.clone(),
            published: optional_date(&s.published),
        })
        .collect();
    (dialogue, new_sources)
}

/// How the file is laid out: its indentation step and line ending.
struct Layout {
    unit: String,
    eol: &'static str,
}

impl Layout {
    fn of(text: &str) -> Layout {
        // The step is the indentation of the first indented line (the first top-level field).
        let unit = text
            .lines()
            .map(|l| {
                let l = l.trim_end_matches('\r');
                &l[..l.len() - l.trim_start_matches([' ', '\t']).len()]
            })
            .find(|indent| !indent.is_empty())
            .unwrap_or("")
            .to_string();
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        Layout { unit, eol }
    }
}

/// The indentation of the line that holds `byte`.
fn indent_at(text: &str, byte: usize) -> &str {
    let start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// The byte just past the JSON value that starts at `start` (the text is valid JSON).
fn value_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut i, mut in_string) = (0usize, start, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => {
                    in_string = false;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b',' | b' ' | b'\n' | b'\r' | b'\t' if depth == 0 => return i,
                _ => {}
            }
        }
        i += 1;
    }
    i
}

/// One insertion into the text.
struct Splice {
    at: usize,
    /// How many bytes it replaces there (the `[]` of an empty list), 0 for none.
    remove: usize,
    insert: String,
    /// Where, within `insert`, the inserted item's `{` is.
    item_at: usize,
}

/// The splice that adds `item` (written by `write` at a given indentation) to the list `list`,
/// before the item at `before` (an index), or at the end.
fn splice_into_list(
    text: &str,
    locator: &super::Locator,
    list: &Node,
    before: Option<usize>,
    layout: &Layout,
    write: impl Fn(&str) -> String,
) -> Splice {
    let list_at = locator.offsets(list.pos).byte;
    let Value::Array(items) = &list.value else {
        unreachable!("the reader checked that this is a list");
    };
    let item_start = |i: usize| locator.offsets(items[i].pos).byte;
    match (before, items.len()) {
        (_, 0) => {
            // `[]` becomes `[` item `]`, the item one step in.
            let outer = indent_at(text, list_at);
            let base = format!("{outer}{}", layout.unit);
            let close = value_end(text, list_at) - 1;
            let head = format!("{}{base}", layout.eol);
            let insert = format!("[{head}{}{}{outer}]", write(&base), layout.eol);
            Splice {
                at: list_at,
                remove: close + 1 - list_at,
                insert,
                item_at: 1 + head.len(),
            }
        }
        (Some(i), _) => {
            let at = item_start(i);
            let base = indent_at(text, at).to_string();
            // Between the new item and the one it precedes: what separates items in the file.
            let gap = if i > 0 {
                let previous_end = value_end(text, item_start(i - 1));
                text[previous_end..at].to_string()
            } else {
                format!(",{}{base}", layout.eol)
            };
            Splice {
                at,
                remove: 0,
                insert: format!("{}{gap}", write(&base)),
                item_at: 0,
            }
        }
        (None, n) => {
            let last = item_start(n - 1);
            let base = indent_at(text, last).to_string();
            let at = value_end(text, last);
            let gap = if n > 1 {
                text[value_end(text, item_start(n - 2))..item_start(n - 1)].to_string()
            } else {
                format!(",{}{base}", layout.eol)
            };
            Splice {
                at,
                remove: 0,
                item_at: gap.len(),
                insert: format!("{gap}{}", write(&base)),
            }
        }
    }
}

/// The top-level list of this name in the parsed text.
fn top_list<'a>(root: &'a Node, name: &str) -> Option<&'a Node> {
    let Value::Object(members) = &root.value else {
        return None;
    };
    members.iter().find(|m| m.key == name).map(|m| &m.value)
}

/// Adds the drafted dialogue to the text, after the dialogues of its date or before, in date
/// order, with its new sources at the end of `sources`; or says why not.
pub fn add_dialogue(text: &str, draft: &DialogueDraft) -> Result<Added, Vec<Refusal>> {
    let dataset = dataset::load(text).map_err(|problems| {
        vec![Refusal::TextHasProblems {
            count: problems.total(),
        }]
    })?;
    let refusals = check(&dataset, draft);
    if !refusals.is_empty() {
        return Err(refusals);
    }
    let (dialogue, new_sources) = build(&dataset, draft);
    let root = json::parse(text).map_err(|_| vec![Refusal::TextHasProblems { count: 1 }])?;
    let layout = Layout::of(text);
    let locator = super::Locator::new(text);
    let (Some(dialogues), Some(sources)) =
        (top_list(&root, "dialogues"), top_list(&root, "sources"))
    else {
        return Err(vec![Refusal::TextHasProblems { count: 1 }]);
    };
    // After every dialogue of the same date or earlier (one of unknown date sorts last).
    let later = |d: &Dialogue| match (d.date, dialogue.date) {
        (Some(theirs), Some(ours)) => theirs > ours,
        (None, _) => true,
        (Some(_), None) => false,
    };
    let before = dataset.dialogues.iter().position(later);
    let unit = layout.unit.clone();
    let eol = layout.eol;
    let dialogue_splice = splice_into_list(text, &locator, dialogues, before, &layout, |base| {
        dialogue_item(&dialogue, base, &unit, eol)
    });
    let mut splices = vec![dialogue_splice];
    if !new_sources.is_empty() {
        let written = |base: &str| {
            let items: Vec<String> = new_sources
                .iter()
                .map(|s| source_item(s, base, &unit, eol))
                .collect();
            items.join(&format!(",{eol}{base}"))
        };
        splices.push(splice_into_list(
            text, &locator, sources, None, &layout, written,
        ));
    }
    // Applied from the end, so that each place is still where it was found.
    let mut order: Vec<usize> = (0..splices.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(splices[i].at));
    let mut out = text.to_string();
    for &i in &order {
        let s = &splices[i];
        out.replace_range(s.at..s.at + s.remove, &s.insert);
    }
    // The dialogue's place, moved by what was spliced before it.
    let first = &splices[0];
    let shift: isize = splices[1..]
        .iter()
        .filter(|o| o.at <= first.at)
        .map(|o| o.insert.len() as isize - o.remove as isize)
        .sum();
    let dialogue_byte = (first.at as isize + shift) as usize + first.item_at;
    if let Err(problems) = dataset::load(&out) {
        return Err(problems
            .iter()
            .map(|p| Refusal::Validator {
                line: p.pos.line,
                column: p.pos.column,
                message: p.to_string(),
                problem: Some(Box::new(p.clone())),
            })
            .collect());
    }
    let entry_ids = dialogue
        .agenda_items
        .iter()
        .chain(&dialogue.topics_raised)
        .map(|e| e.id.clone())
        .collect();
    Ok(Added {
        utf16_offset: utf16_offset(&out, dialogue_byte),
        byte_offset: dialogue_byte,
        text: out,
        dialogue_id: dialogue.id,
        entry_ids,
        source_ids: new_sources.into_iter().map(|s| s.id).collect(),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::maintain::{page_problems, Locator};
    use crate::core::messages::Lang;

    pub(crate) fn bundled() -> &'static str {
        include_str!("../../../public/data/dialogues.json")
    }

    fn text(en: &str) -> Text {
        Text::en(en)
    }

    fn entry(kind: EntryKind, themes: &[&str], source: &str) -> EntryDraft {
        EntryDraft {
            kind,
            text: text("A test entry."),
            themes: themes.iter().map(|t| t.to_string()).collect(),
            source: source.into(),
        }
    }

    /// A made-up dialogue for the tests (not a fact of the dataset).
    pub(crate) fn small_draft() -> DialogueDraft {
        DialogueDraft {
            working_groups: vec!["tip".into()],
            date: "2026-05".into(),
            follows_sessions: vec![SessionDraft {
                working_group: "tip".into(),
                number: Some(16),
                ..SessionDraft::default()
            }],
            time_zone: "Europe/Vienna".into(),
            format: Some(Format::Hybrid),
            venue: Some(text("Vienna")),
            entries: vec![
                entry(
                    EntryKind::TopicRaised,
                    &["children", "prevention"],
                    "test-tip-2026",
                ),
                entry(
                    EntryKind::AgendaItem,
                    &["review-mechanism"],
                    "unodc-tip-2023",
                ),
            ],
            attendance: vec![FigureDraft {
                count: 40,
                qualifier: Qualifier::About,
                counted: Counted::Participants,
                note: None,
                source: "test-tip-2026".into(),
            }],
            new_sources: vec![SourceDraft {
                id: "test-tip-2026".into(),
                title: None,
                description: Some(text("A test source")),
                publisher: "Test".into(),
                kind: SourceKind::CivilSociety,
                url: Some("https://example.org/test".into()),
                published: String::new(),
            }],
            certainty: Some(CertaintyLevel::Medium),
            certainty_note: None,
        }
    }

    /// The text with `added` taken out again at `at`, to compare with the original.
    fn without(added: &str, at: usize, length: usize) -> String {
        format!("{}{}", &added[..at], &added[at + length..])
    }

    #[test]
    fn the_writer_writes_dialogues_as_the_bundled_file_does() {
        let data = dataset::load(bundled()).unwrap();
        for d in &data.dialogues {
            let written = dialogue_item(d, "    ", "  ", "\n");
            assert!(bundled().contains(&written), "{}", d.id);
        }
    }

    #[test]
    fn adds_a_dialogue_at_the_end_of_the_date_order_with_fresh_ids() {
        let added = add_dialogue(bundled(), &small_draft()).unwrap();
        assert_eq!(added.dialogue_id, "tip-2026");
        assert_eq!(added.entry_ids, ["tip-2026-agenda-1", "tip-2026-topic-1"]);
        assert_eq!(added.source_ids, ["test-tip-2026"]);
        assert!(page_problems(&added.text, Lang::En).is_valid());
        let data = dataset::load(&added.text).unwrap();
        let last = data.dialogues.last().unwrap();
        assert_eq!(last.id, "tip-2026");
        // In the order the form first names them: the agenda item, then the topic.
        assert_eq!(last.sources, ["unodc-tip-2023", "test-tip-2026"]);
        assert_eq!(last.date.unwrap().to_string(), "2026-05");
        assert_eq!(data.sources.last().unwrap().id, "test-tip-2026");
        // The offset is the new dialogue's `{`, in UTF-16 units.
        assert!(added.text[added.byte_offset..].starts_with("{\n      \"id\": \"tip-2026\""));
        assert_eq!(
            added.utf16_offset,
            added.text[..added.byte_offset].encode_utf16().count()
        );
        // Everything else is as it was: the original, with the source after the last source
        // and the dialogue after the last dialogue, each after `,` and a new line.
        let old = dataset::load(bundled()).unwrap();
        assert_eq!(&data.dialogues[..old.dialogues.len()], &old.dialogues[..]);
        let root = json::parse(bundled()).unwrap();
        let l = Locator::new(bundled());
        let end_of_last = |name: &str| {
            let Value::Array(items) = &top_list(&root, name).unwrap().value else {
                unreachable!()
            };
            value_end(bundled(), l.offsets(items.last().unwrap().pos).byte)
        };
        let (sources_end, dialogues_end) = (end_of_last("sources"), end_of_last("dialogues"));
        let source = format!(
            ",\n    {}",
            source_item(data.sources.last().unwrap(), "    ", "  ", "\n")
        );
        let dialogue = format!(",\n    {}", dialogue_item(last, "    ", "  ", "\n"));
        let expected = format!(
            "{}{source}{}{dialogue}{}",
            &bundled()[..sources_end],
            &bundled()[sources_end..dialogues_end],
            &bundled()[dialogues_end..]
        );
        assert_eq!(added.text, expected);
    }

    #[test]
    fn a_dialogue_goes_between_the_dialogues_of_earlier_and_later_dates() {
        let draft = DialogueDraft {
            date: "2023-10-05".into(),
            new_sources: Vec::new(),
            entries: vec![entry(EntryKind::TopicRaised, &["gender"], "unodc-tip-2023")],
            attendance: Vec::new(),
            ..small_draft()
        };
        let added = add_dialogue(bundled(), &draft).unwrap();
        // tip-2023 exists: the next id of its style.
        assert_eq!(added.dialogue_id, "tip-2023-2");
        let data = dataset::load(&added.text).unwrap();
        let ids: Vec<&str> = data.dialogues.iter().map(|d| d.id.as_str()).collect();
        let at = ids.iter().position(|id| *id == "tip-2023-2").unwrap();
        assert_eq!((ids[at - 1], ids[at + 1]), ("tip-2023", "som-2023"));
        // Taking the object and its separator out gives back the original, byte for byte.
        let object_end = value_end(&added.text, added.byte_offset);
        let separator = ",\n    ".len();
        assert_eq!(
            without(
                &added.text,
                added.byte_offset,
                object_end - added.byte_offset + separator
            ),
            bundled()
        );
        assert!(added.text[added.byte_offset..].starts_with("{\n      \"id\": \"tip-2023-2\",\n      \"working_groups\": [\"tip\"],\n      \"follows_sessions\": [\n        {\n          \"working_group\": \"tip\",\n          \"number\": 16\n        }\n      ],\n      \"date\": \"2023-10-05\","));
    }

    const SMALL: &str = "{\r\n\t\"schema_version\": 1,\r\n\t\"sources\": [\r\n\t\t{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\", \"kind\": \"official\"}\r\n\t],\r\n\t\"working_groups\": [{\"id\": \"international-cooperation\", \"name\": \"W\", \"short_name\": \"W\", \"instrument\": \"I\"}],\r\n\t\"themes\": [{\"id\": \"a\", \"label\": \"A\", \"description\": \"D\"}],\r\n\t\"dialogues\": []\r\n}\r\n";

    fn small_text_draft() -> DialogueDraft {
        DialogueDraft {
            working_groups: vec!["international-cooperation".into()],
            date: "2024-03-01".into(),
            follows_sessions: Vec::new(),
            time_zone: "UTC".into(),
            format: None,
            venue: None,
            entries: vec![entry(EntryKind::AgendaItem, &["a"], "s")],
            attendance: Vec::new(),
            new_sources: Vec::new(),
            certainty: Some(CertaintyLevel::High),
            certainty_note: None,
        }
    }

    #[test]
    fn an_empty_list_takes_the_files_tabs_and_line_endings() {
        let added = add_dialogue(SMALL, &small_text_draft()).unwrap();
        assert_eq!(added.dialogue_id, "ic-2024");
        let expected = "\t\"dialogues\": [\r\n\t\t{\r\n\t\t\t\"id\": \"ic-2024\",\r\n\t\t\t\"working_groups\": [\"international-cooperation\"],\r\n\t\t\t\"follows_sessions\": [],\r\n\t\t\t\"date\": \"2024-03-01\",\r\n\t\t\t\"time_zone\": \"UTC\",\r\n\t\t\t\"chairs\": [],\r\n\t\t\t\"ordinals\": [],\r\n\t\t\t\"agenda_items\": [\r\n\t\t\t\t{\r\n\t\t\t\t\t\"id\": \"ic-2024-agenda-1\",\r\n\t\t\t\t\t\"text\": \"A test entry.\",\r\n\t\t\t\t\t\"themes\": [\"a\"],\r\n\t\t\t\t\t\"source\": \"s\"\r\n\t\t\t\t}\r\n\t\t\t],\r\n\t\t\t\"topics_raised\": [],\r\n\t\t\t\"attendance\": [],\r\n\t\t\t\"certainty\": {\r\n\t\t\t\t\"level\": \"high\"\r\n\t\t\t},\r\n\t\t\t\"sources\": [\"s\"]\r\n\t\t}\r\n\t]\r\n}\r\n";
        assert!(added.text.ends_with(expected), "{}", added.text);
        assert!(added.text[added.byte_offset..].starts_with("{\r\n\t\t\t\"id\": \"ic-2024\""));
        assert!(added
            .text
            .starts_with(&SMALL[..SMALL.find("\"dialogues\"").unwrap()]));
        // A second one follows it, separated as the first is from nothing: `,` and a new line.
        let again = add_dialogue(&added.text, &small_text_draft()).unwrap();
        assert_eq!(again.dialogue_id, "ic-2024-2");
        assert!(dataset::load(&again.text).is_ok());
        assert!(again.text[..again.byte_offset].ends_with("\t\t},\r\n\t\t"));
    }

    #[test]
    fn new_sources_go_after_the_last_source_in_the_files_layout() {
        let mut draft = small_text_draft();
        draft.new_sources.push(SourceDraft {
            id: "new".into(),
            title: Some(text("Own title")),
            description: None,
            publisher: "P".into(),
            kind: SourceKind::Official,
            url: None,
            published: "2024-02".into(),
        });
        draft.entries[0].source = "new".into();
        let added = add_dialogue(SMALL, &draft).unwrap();
        assert!(added.text.contains("\"kind\": \"official\"},\r\n\t\t{\r\n\t\t\t\"id\": \"new\",\r\n\t\t\t\"title\": \"Own title\",\r\n\t\t\t\"publisher\": \"P\",\r\n\t\t\t\"kind\": \"official\",\r\n\t\t\t\"published\": \"2024-02\"\r\n\t\t}\r\n\t],"), "{}", added.text);
        // The dialogue's offset counts the source spliced in before it.
        assert!(added.text[added.byte_offset..].starts_with("{\r\n\t\t\t\"id\": \"ic-2024\""));
        let data = dataset::load(&added.text).unwrap();
        assert_eq!(data.dialogues[0].sources, ["new"]);
    }

    fn refusals(draft: &DialogueDraft) -> Vec<Refusal> {
        add_dialogue(bundled(), draft).unwrap_err()
    }

    #[test]
    fn refuses_what_the_validator_would_refuse_and_says_where() {
        let mut d = small_draft();
        d.working_groups = vec!["tip".into(), "trafficking".into(), "tip".into()];
        d.date = "2026-02-30".into();
        d.time_zone = "Vienna".into();
        d.entries[0].themes = vec![
            "children".into(),
            "childen".into(),
            "children".into(),
            "gender".into(),
        ];
        d.entries[1].themes.clear();
        d.entries[1].source = String::new();
        d.attendance[0].source = String::new();
        d.new_sources[0].id = "unodc-tip-2023".into();
        d.new_sources[0].description = None;
        d.new_sources[0].url = Some("example.org".into());
        d.certainty = None;
        let r = refusals(&d);
        assert_eq!(
            r,
            [
                Refusal::UnknownWorkingGroup {
                    id: "trafficking".into()
                },
                Refusal::WorkingGroupTwice { id: "tip".into() },
                Refusal::BadDate {
                    place: Place::Date,
                    date: "2026-02-30".into()
                },
                Refusal::BadTimeZone {
                    zone: "Vienna".into()
                },
                Refusal::TooManyThemes { entry: 0, count: 4 },
                Refusal::UnknownTheme {
                    entry: 0,
                    id: "childen".into()
                },
                Refusal::ThemeTwice {
                    entry: 0,
                    id: "children".into()
                },
                Refusal::UnknownSource {
                    place: Place::Entry(0),
                    id: "test-tip-2026".into()
                },
                Refusal::NoTheme { entry: 1 },
                Refusal::NoSource {
                    place: Place::Entry(1)
                },
                Refusal::NoSource {
                    place: Place::Figure(0)
                },
                Refusal::DuplicateSourceId {
                    source: 0,
                    id: "unodc-tip-2023".into()
                },
                Refusal::NoTitleOrDescription { source: 0 },
                Refusal::BadUrl {
                    source: 0,
                    url: "example.org".into()
                },
                Refusal::NoCertainty,
            ]
        );
        assert_eq!(r[4].place(), Place::Entry(0));
        assert_eq!(r[10].place(), Place::Figure(0));
        let said: Vec<String> = r
            .iter()
            .map(|r| (crate::core::maintain::messages::EN.refusal)(r))
            .collect();
        assert_eq!(
            said[10],
            "Attendance figure 1: choose the source that reports it."
        );
        assert_eq!(
            said[4],
            "Entry 1: 4 themes are chosen: choose at most three."
        );
    }

    #[test]
    fn refuses_a_year_a_missing_date_no_entries_and_twice_the_same_new_id() {
        let mut d = small_draft();
        d.date = "2026".into();
        d.entries.clear();
        d.new_sources.push(d.new_sources[0].clone());
        d.follows_sessions[0].working_group = "som".into();
        d.follows_sessions[0].start = "2026-05-03".into();
        d.follows_sessions[0].end = "2026-05-02".into();
        d.entries.push(EntryDraft {
            text: text("  "),
            ..entry(EntryKind::AgendaItem, &["gender"], "test-tip-2026")
        });
        let r = refusals(&d);
        assert!(
            r.contains(&Refusal::YearOnly {
                date: "2026".into()
            }),
            "{r:?}"
        );
        assert!(r.contains(&Refusal::SessionOfOtherGroup {
            session: 0,
            id: "som".into()
        }));
        assert!(r.contains(&Refusal::SessionEndsBeforeStart { session: 0 }));
        assert!(r.contains(&Refusal::EmptyText {
            place: Place::Entry(0)
        }));
        assert!(r.contains(&Refusal::DuplicateSourceId {
            source: 1,
            id: "test-tip-2026".into()
        }));
        d.entries.clear();
        d.date = String::new();
        let r = refusals(&d);
        assert!(
            r.contains(&Refusal::NoEntries) && r.contains(&Refusal::NoDate),
            "{r:?}"
        );
        let mut d = small_draft();
        d.working_groups.clear();
        assert!(refusals(&d).contains(&Refusal::NoWorkingGroup));
    }

    #[test]
    fn refuses_a_text_with_problems_and_keeps_the_validator_as_the_last_word() {
        let broken = bundled().replacen("\"schema_version\": 1", "\"schema_version\": \"1\"", 1);
        assert_eq!(
            add_dialogue(&broken, &small_draft()).unwrap_err(),
            [Refusal::TextHasProblems { count: 1 }]
        );
        // An entry elsewhere already has the id the new one would get: the validator says so.
        let clash = SMALL.replacen(
            "\"dialogues\": []",
            "\"dialogues\": [{\"id\": \"other\", \"working_groups\": [\"international-cooperation\"], \"follows_sessions\": [], \"time_zone\": \"UTC\", \"chairs\": [], \"ordinals\": [], \"agenda_items\": [{\"id\": \"ic-2024-agenda-1\", \"text\": \"T\", \"themes\": [\"a\"], \"source\": \"s\"}], \"topics_raised\": [], \"attendance\": [], \"certainty\": {\"level\": \"low\"}, \"sources\": [\"s\"]}]",
            1,
        );
        let r = add_dialogue(&clash, &small_text_draft()).unwrap_err();
        assert!(
            matches!(&r[0], Refusal::Validator { message, .. } if message.contains("used twice")),
            "{r:?}"
        );
        // Said in the page's language, as the English one with its place and path.
        let english = (crate::core::maintain::messages::EN.refusal)(&r[0]);
        let Refusal::Validator { message, .. } = &r[0] else {
            unreachable!()
        };
        assert!(english.ends_with(message.as_str()), "{english}");
        let french = (crate::core::maintain::messages::FR.refusal)(&r[0]);
        assert!(french.contains("est employé deux fois"), "{french}");
        assert!(french.contains("`ic-2024-agenda-1`"), "{french}");
    }

    #[test]
    fn ids_follow_the_datasets_style() {
        let data = dataset::load(bundled()).unwrap();
        let ic_ta = [
            "international-cooperation".to_string(),
            "technical-assistance".to_string(),
        ];
        assert_eq!(suggest_dialogue_id(&data, &ic_ta, 2026), "ic-ta-2026");
        assert_eq!(suggest_dialogue_id(&data, &ic_ta, 2022), "ic-ta-2022-2");
        assert_eq!(
            suggest_dialogue_id(&data, &["technical-assistance".into()], 2026),
            "ta-2026"
        );
        assert_eq!(
            suggest_source_id(&data, "UNODC", "tip-2026", &[]),
            "unodc-tip-2026"
        );
        assert_eq!(
            suggest_source_id(&data, "UNODC", "tip-2023", &[]),
            "unodc-tip-2023-2"
        );
        assert_eq!(
            suggest_source_id(
                &data,
                "Alliance of NGOs",
                "som-2026",
                &["alliance-som-2026".into()]
            ),
            "alliance-som-2026-2"
        );
        assert_eq!(
            suggest_source_id(&data, "联合国", "tip-2026", &[]),
            "source-tip-2026"
        );
    }

    #[test]
    fn the_form_offers_the_datasets_choices() {
        let data = dataset::load(bundled()).unwrap();
        let o = form_options(&data);
        assert_eq!(o.working_groups.len(), data.working_groups.len());
        assert_eq!(o.themes.len(), data.themes.len());
        assert_eq!(o.time_zone.as_deref(), Some("Europe/Vienna"));
        assert!(o
            .venues
            .iter()
            .any(|v| v.en == "Vienna" && v.translations.len() == 5));
        assert!(o.next_sessions.contains(&("tip".to_string(), 16)));
        assert!(o.next_sessions.contains(&("som".to_string(), 13)));
    }

    #[test]
    fn locator_agrees_with_the_offsets_given() {
        let added = add_dialogue(bundled(), &small_draft()).unwrap();
        let l = Locator::new(&added.text);
        assert_eq!(l.utf16_of_byte(added.byte_offset), added.utf16_offset);
    }
}
