//! The expected values of the end-to-end tests, computed by the app's own domain (`core`), so
//! that the tests check the page against one source of truth instead of a copy of its rules.
//!
//! Reads one JSON request on stdin and prints one JSON answer on stdout:
//!
//! ```json
//! {
//!   "dataset": "dist/data/dialogues.json",   // the dataset the page loads
//!   "today": "2026-11-28",                   // the day of states that name none (dx-today)
//!   "base": "http://127.0.0.1:8080/",        // the app's address, for links in the files
//!   "states": ["", "?dx-theme=children"],    // query strings of screens, as in the address
//!   "files": ["?dx-theme=children"],         // screens whose downloads are wanted
//!   "fold": ["Éducation"],                   // texts to fold as the search does
//!   "plurals": [0, 1, 21]                    // numbers whose Russian and Arabic forms are wanted
//! }
//! ```
//!
//! The answer holds the dataset's facts (its dialogues, its summary figures, the catalogue
//! strings of each language), one answer per state (what the screen shows: hits, dialogues,
//! facet counts, the result count in each language, the matrix, the agenda, the chosen cell or
//! the page), one per file request (CSV, JSON and calendar, as the download buttons write them),
//! the folded texts and the plural categories. `tests/e2e/oracle.mjs` asks it.
//!
//! `cargo build --release --example oracle`; run from anywhere (paths are the caller's).

use std::collections::HashMap;
use std::io::Read;

use dialogue_explorer::core::agenda::{
    distance, matching_entries, nothing_upcoming, Agenda, NothingUpcoming,
};
use dialogue_explorer::core::dataset::{self, Dataset, Dialogue};
use dialogue_explorer::core::date::{PartialDate, Precision};
use dialogue_explorer::core::export::{self, cite, csv, ics, json as json_export};
use dialogue_explorer::core::index::Index;
use dialogue_explorer::core::json::{self, Node, Value};
use dialogue_explorer::core::matrix::{self, continuity_of, theme_continuity, Mark};
use dialogue_explorer::core::messages::{
    catalogue, plural_ar, plural_ru, supported, tidy, Lang, Messages,
};
use dialogue_explorer::core::query::{all_hits, hit_at, in_date_order, Hit, Selection};
use dialogue_explorer::core::search::{fold, Query};
use dialogue_explorer::core::summary::{announcements, Summary};
use dialogue_explorer::core::url_state::{UrlState, View};

/// Where a dialogue's name, or a list of them, stands in the sentences the answer gives: their
/// dates are the browser's to format and their lists its to join.
const NAME: &str = "NAME";

// ---------------------------------------------------------------------------------------------
// A small JSON writer for the answer.
// ---------------------------------------------------------------------------------------------

enum J {
    Null,
    Bool(bool),
    Num(i64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn s(text: impl Into<String>) -> J {
    J::Str(text.into())
}

fn n(number: usize) -> J {
    J::Num(number as i64)
}

fn strs<T: Into<String>>(items: impl IntoIterator<Item = T>) -> J {
    J::Arr(items.into_iter().map(s).collect())
}

fn obj<K: Into<String>>(members: impl IntoIterator<Item = (K, J)>) -> J {
    J::Obj(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

fn opt(value: Option<J>) -> J {
    value.unwrap_or(J::Null)
}

impl J {
    fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(x) => out.push_str(&x.to_string()),
            J::Str(text) => json_export::string(out, text),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    J::Str(key.clone()).write(out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the request.
// ---------------------------------------------------------------------------------------------

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("oracle: {message}");
    std::process::exit(2)
}

fn member<'a>(request: &'a Node, key: &str) -> Option<&'a Node> {
    match &request.value {
        Value::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
        _ => fail("the request is not a JSON object"),
    }
}

fn string(node: &Node, what: &str) -> String {
    match &node.value {
        Value::String(text) => text.clone(),
        other => fail(format!("{what}: a string expected, found {}", other.kind())),
    }
}

fn list<T>(request: &Node, key: &str, each: impl Fn(&Node) -> T) -> Vec<T> {
    match member(request, key).map(|node| &node.value) {
        None => Vec::new(),
        Some(Value::Array(items)) => items.iter().map(each).collect(),
        Some(other) => fail(format!("{key}: a list expected, found {}", other.kind())),
    }
}

// ---------------------------------------------------------------------------------------------
// The answers.
// ---------------------------------------------------------------------------------------------

/// Per language, for each language of the interface.
fn per_language(text: impl Fn(&Messages) -> String) -> J {
    obj(Lang::ALL.map(|lang| (lang.code(), s(text(catalogue(lang))))))
}

fn precision(date: Option<PartialDate>) -> J {
    opt(date.map(|d| {
        s(match d.precision() {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        })
    }))
}

/// What is known of each dialogue, by id: its date and how precise it is, its groups' names.
fn dialogue_facts(dataset: &Dataset) -> J {
    obj(dataset.dialogues.iter().map(|d| {
        (
            d.id.clone(),
            obj([
                ("date", opt(d.date.map(|x| s(x.to_string())))),
                ("precision", precision(d.date)),
                ("groups", s(dataset.group_names(d, "en"))),
            ]),
        )
    }))
}

/// The figures of the start page, each with its label in every language.
fn summary(dataset: &Dataset) -> J {
    let figures = Summary::of(dataset);
    let figure = |count: usize, noun: fn(&Messages) -> fn(usize) -> &'static str| {
        obj([
            ("count", n(count)),
            ("label", per_language(|m| noun(m)(count).to_string())),
        ])
    };
    obj([
        ("dialogues", figure(figures.dialogues, |m| m.dialogues)),
        (
            "working-groups",
            figure(figures.working_groups, |m| m.working_groups),
        ),
        ("themes", figure(figures.themes, |m| m.themes)),
        ("entries", figure(figures.entries, |m| m.entries)),
        ("sources", figure(figures.sources, |m| m.sources)),
        ("as_of", opt(figures.as_of.map(|d| s(d.to_string())))),
        (
            "announcements",
            opt(announcements(dataset).map(|(_, url)| s(url))),
        ),
    ])
}

/// The catalogue strings the tests look for, in every language.
fn strings() -> J {
    obj(Lang::ALL.map(|lang| {
        let m = catalogue(lang);
        (
            lang.code(),
            obj([
                ("comma", s(m.comma)),
                ("view_matrix", s(m.view_matrix)),
                ("part_loading", s(m.part_loading)),
                ("total_header", s(m.total_header)),
                ("agenda_upcoming", s(m.agenda_upcoming)),
                ("agenda_past", s(m.agenda_past)),
                ("no_results", s(m.no_results)),
                ("latest_was", s(m.latest_was)),
                ("latest_were", s(m.latest_were)),
                ("view_list", s(m.view_list)),
                ("view_agenda", s(m.view_agenda)),
                ("language_label", s(m.language_label)),
                ("could_not_load", s(m.could_not_load)),
                ("open_own_page", s(m.open_own_page)),
                ("crashed", s(m.crashed)),
                ("data_as_of", s((m.data_as_of)("DATE"))),
                (
                    "nothing_upcoming_as_of",
                    s((m.nothing_upcoming_as_of)("DATE")),
                ),
                ("none_upcoming_match", s(m.none_upcoming_match)),
                ("announced_at", s(m.announced_at)),
                ("calendar_no_day", s(m.calendar_no_day)),
                ("continuity_by_group", s(m.continuity_by_group)),
                ("cite_button", s(m.cite_button)),
                ("citation_copied", s(m.citation_copied)),
                ("download_csv", s(m.download_csv)),
                ("download_csv_machine", s(m.download_csv_machine)),
                ("download_attendance", s(m.download_attendance)),
                ("nothing_to_download", s(m.nothing_to_download)),
                ("reset_filters", s(m.reset_filters)),
                ("star_button", s(m.star_button)),
                ("copied", s(m.copied)),
                ("shared_done", s(m.shared_done)),
                ("shared_items", s(m.shared_items)),
                ("starred_said", s((m.starred_said)("NAME"))),
                ("unstarred_said", s((m.unstarred_said)("NAME"))),
                ("shared_missing", s((m.shared_missing)(1, "IDS"))),
                (
                    "csv_headers",
                    strs(csv::ENTRY_COLUMNS.map(|c| (m.csv_header)(c))),
                ),
            ]),
        )
    }))
}

/// An entry of the results, with the runs of its English text that the search marks.
fn hit(hit: &Hit, query: &Query) -> J {
    let marks: Vec<String> = query
        .highlight(&hit.entry.text.en)
        .into_iter()
        .filter(|(_, marked)| *marked)
        .map(|(run, _)| run)
        .collect();
    obj([
        ("entry", s(&hit.entry.id)),
        ("dialogue", s(&hit.dialogue.id)),
        ("kind", s(hit.kind.key())),
        ("marks", strs(marks)),
    ])
}

fn mark(mark: Mark) -> J {
    s(match mark {
        Mark::Empty => "empty",
        Mark::First => "first",
        Mark::Recurs => "recurs",
    })
}

fn ids<'a>(dialogues: impl IntoIterator<Item = &'a Dialogue>) -> J {
    strs(dialogues.into_iter().map(|d| d.id.clone()))
}

/// What a screen shows, for the query string of its address.
fn state_answer(dataset: &Dataset, index: &Index, state: &UrlState, dropped: Vec<String>) -> J {
    let today = day_of(state);
    let selection = Selection::from_index(index, &state.filters);
    let outcome = selection.outcome(dataset);
    let query = Query::new(&state.filters.text);

    let facets = selection.facets.iter().flat_map(|f| {
        f.values.iter().map(|v| {
            obj([
                ("facet", s(f.facet.key())),
                ("key", s(&v.key)),
                ("count", n(v.count)),
                ("selected", J::Bool(v.selected)),
            ])
        })
    });

    let columns = state.columns.fitting(selection.dialogues.len());
    let grid = matrix::build(dataset, index, &selection, columns);
    let name = |i: &u32| dataset.dialogues[*i as usize].id.clone();
    let rows = grid.rows.iter().map(|row| {
        obj([
            ("theme", s(&row.theme)),
            (
                "counts",
                J::Arr(row.cells.iter().map(|c| n(c.count)).collect()),
            ),
            (
                "marks",
                J::Arr(row.cells.iter().map(|c| mark(c.mark)).collect()),
            ),
            ("total", n(row.total)),
            ("raised_in", strs(row.raised_in.iter().map(name))),
            ("silent_since", n(row.silent_since)),
        ])
    });
    let matrix = obj([
        ("shown", s(columns.key())),
        ("columns", strs(grid.columns.iter().map(|c| c.key.as_key()))),
        ("rows", J::Arr(rows.collect())),
    ]);

    let cell = state.cell.as_ref().map(|cell| {
        let entries = columns
            .key_of(&cell.column)
            .map(|key| matrix::cell_entries(dataset, index, &selection, columns, &cell.theme, &key))
            .unwrap_or_default();
        let ids = entries.iter().map(|r| hit_at(dataset, *r).entry.id.clone());
        obj([
            ("theme", s(&cell.theme)),
            ("column", s(&cell.column)),
            ("entries", strs(ids)),
        ])
    });

    let agenda = Agenda::split(&outcome.dialogues, today);
    // Under filters that pick entries, each shown dialogue's matching entries.
    let matching = matching_entries(&selection, &state.filters).map(|by_dialogue| {
        obj(outcome.dialogues.iter().map(|d| {
            let at = dataset.dialogues.iter().position(|x| x.id == d.id).unwrap() as u32;
            let ids = by_dialogue
                .get(&at)
                .into_iter()
                .flatten()
                .map(|r| hit_at(dataset, *r).entry.id.clone());
            let total = d.agenda_items.len() + d.topics_raised.len();
            (
                d.id.clone(),
                obj([("entries", strs(ids)), ("total", n(total))]),
            )
        }))
    });
    let when_empty = match nothing_upcoming(dataset, today) {
        NothingUpcoming::InRecord { latest } => obj([
            ("kind", s("in_record")),
            (
                "latest",
                strs(
                    latest
                        .iter()
                        .map(|i| dataset.dialogues[*i as usize].id.clone()),
                ),
            ),
        ]),
        NothingUpcoming::NoneMatch { upcoming } => {
            obj([("kind", s("none_match")), ("upcoming", n(upcoming))])
        }
    };
    let distances = outcome.dialogues.iter().filter_map(|d| {
        d.date.map(|date| {
            let (value, unit) = distance(date, today);
            (d.id.clone(), J::Arr(vec![J::Num(value), s(unit.intl())]))
        })
    });

    let page = match &state.view {
        View::Theme(id) => {
            let hits = all_hits(dataset);
            let tagged: Vec<&Hit> = hits
                .iter()
                .filter(|h| h.entry.themes.contains(id))
                .collect();
            let continuity = continuity_of(&in_date_order(dataset), &tagged);
            let whole = theme_continuity(dataset, id);
            // Each working group's statement, in each language, with NAME where the page names
            // a dialogue (its date is the browser's to format) and the other groups' short
            // names as the dataset gives them.
            let groups = whole.groups.iter().map(|g| {
                let said = |m: &Messages| {
                    let lang = Lang::ALL
                        .into_iter()
                        .find(|l| std::ptr::eq(catalogue(*l), m))
                        .map_or("en", Lang::code);
                    // The list of groups and of dialogues is the browser's to join (Intl).
                    let _ = lang;
                    let said =
                        g.sentences(m, &|_| NAME.to_string(), &|_| NAME.to_string(), "GROUPS");
                    tidy(&said.join(m.word_space))
                };
                obj([
                    ("group", s(&g.working_group)),
                    ("held", n(g.held)),
                    ("raised_in", strs(g.raised_in.clone())),
                    ("silent_since", n(g.silent_since)),
                    ("recorded", n(g.recorded)),
                    ("unordered", strs(g.unordered.clone())),
                    ("unrecorded", strs(g.unrecorded.clone())),
                    (
                        "raised_elsewhere_since",
                        strs(g.raised_elsewhere_since.clone()),
                    ),
                    ("raised_elsewhere_by", strs(g.raised_elsewhere_by(dataset))),
                    ("said", per_language(said)),
                ])
            });
            Some(obj([
                ("mentions", strs(tagged.iter().map(|h| h.entry.id.clone()))),
                ("raised_in", strs(continuity.raised_in.clone())),
                ("silent_since", n(continuity.silent_since)),
                ("unordered", strs(continuity.unordered.clone())),
                ("unrecorded", strs(continuity.unrecorded.clone())),
                (
                    "said",
                    per_language(|m| {
                        let name = |_: &str| NAME.to_string();
                        let join = |_: &[String]| NAME.to_string();
                        tidy(&continuity.sentences(m, &name, &join).join(m.word_space))
                    }),
                ),
                ("groups", J::Arr(groups.collect())),
                (
                    "scope",
                    per_language(|m| m.continuity_whole_record.to_string()),
                ),
            ]))
        }
        View::Dialogue(id) => {
            let entries = all_hits(dataset)
                .into_iter()
                .filter(|h| &h.dialogue.id == id)
                .map(|h| h.entry.id.clone());
            Some(obj([("entries", strs(entries))]))
        }
        _ => None,
    };

    obj([
        ("view", s(state.view.key())),
        ("dropped", strs(dropped)),
        ("today", s(today.to_string())),
        (
            "hits",
            J::Arr(outcome.hits.iter().map(|h| hit(h, &query)).collect()),
        ),
        ("dialogues", ids(outcome.dialogues.iter().copied())),
        (
            "counts",
            obj([
                ("entries", n(outcome.hits.len())),
                ("dialogues", n(outcome.dialogues.len())),
            ]),
        ),
        ("facets", J::Arr(facets.collect())),
        (
            "status",
            per_language(|m| (m.result_count)(outcome.hits.len(), outcome.dialogues.len())),
        ),
        ("matrix", matrix),
        ("cell", opt(cell)),
        (
            "agenda",
            obj([
                ("upcoming", ids(agenda.upcoming.iter().copied())),
                ("past", ids(agenda.past.iter().copied())),
                ("latest", opt(agenda.latest_past().map(|d| s(&d.id)))),
                ("matching", opt(matching)),
                ("nothing_upcoming", when_empty),
            ]),
        ),
        ("distances", J::Obj(distances.collect())),
        ("page", opt(page)),
    ])
}

/// The downloads of a screen: what its CSV, JSON and calendar buttons write, and their names.
fn files_answer(dataset: &Dataset, index: &Index, state: &UrlState, base: &str) -> J {
    let selection = Selection::from_index(index, &state.filters);
    let outcome = selection.outcome(dataset);
    let lang = state
        .lang
        .as_deref()
        .and_then(supported)
        .unwrap_or(Lang::En);
    let m = catalogue(lang);
    let name = |kind: &str| export::file_name(&state.filters, "dialogues", kind);
    let entries_csv = |form: csv::Form| {
        (!outcome.hits.is_empty()).then(|| {
            csv::entries_in(dataset, &outcome.hits, form, |h: &Hit| {
                export::dialogue_link(base, &h.dialogue.id)
            })
        })
    };
    let csv = entries_csv(csv::Form::for_reader(lang));
    let csv_machine = entries_csv(csv::Form::MACHINE);
    // "Accessed" is the day of the screen (dx-today), as the app takes it.
    let accessed = day_of(state);
    let attendance = csv::has_attendance(&outcome.dialogues).then(|| {
        csv::attendance(
            dataset,
            &outcome.dialogues,
            csv::Form::for_reader(lang),
            accessed,
            |d| export::dialogue_link(base, &d.id),
        )
    });
    let citations = dataset
        .sources
        .iter()
        .map(|source| {
            (
                source.id.clone(),
                s(cite::source(source, m, lang.code(), accessed)),
            )
        })
        .collect();
    let figure_citations = dataset
        .dialogues
        .iter()
        .flat_map(|d| {
            d.attendance.iter().enumerate().map(move |(i, a)| {
                (
                    format!("{}#{i}", d.id),
                    s(cite::attendance(dataset, d, a, m, lang.code(), accessed)),
                )
            })
        })
        .collect();
    let available = export::Available::of(&outcome);
    let json = json_export::selection(dataset, &outcome, !state.filters.is_empty())
        .map(|subset| json_export::write(&subset));
    // DTSTAMP is the moment of the download: the tests leave it out of their comparison.
    let now = ics::UtcTime {
        date: PartialDate::day(2000, 1, 1),
        hour: 0,
        minute: 0,
        second: 0,
    };
    let calendar = ics::calendar(dataset, &outcome.dialogues, now, m, |d| {
        export::dialogue_link(base, &d.id)
    });
    obj([
        (
            "names",
            obj([
                ("csv", s(name("csv"))),
                (
                    "csv-machine",
                    s(export::file_name(
                        &state.filters,
                        "dialogues-machine",
                        "csv",
                    )),
                ),
                (
                    "attendance",
                    s(export::file_name(&state.filters, "attendance", "csv")),
                ),
                ("json", s(name("json"))),
                ("ics", s(name("ics"))),
            ]),
        ),
        ("csv", opt(csv.map(s))),
        ("csv_machine", opt(csv_machine.map(s))),
        ("attendance_csv", opt(attendance.map(s))),
        ("separator", s(csv::separator(lang).to_string())),
        ("citations", J::Obj(citations)),
        ("figure_citations", J::Obj(figure_citations)),
        (
            "available",
            obj([
                ("csv", J::Bool(available.entries)),
                ("csv-machine", J::Bool(available.entries)),
                ("attendance", J::Bool(available.attendance)),
                ("json", J::Bool(available.json)),
                ("ics", J::Bool(available.calendar)),
            ]),
        ),
        ("json", opt(json.map(s))),
        (
            "calendar",
            obj([
                ("text", s(calendar.text)),
                ("included", strs(calendar.included)),
                ("left_out", strs(calendar.left_out)),
            ]),
        ),
    ])
}

/// The day of a state, given to every state when it is read.
fn day_of(state: &UrlState) -> PartialDate {
    state.today.expect("every state is given a day when read")
}

fn plural_categories(numbers: &[usize]) -> J {
    let of = |category: fn(usize) -> &'static str| {
        obj(numbers.iter().map(|k| (k.to_string(), s(category(*k)))))
    };
    obj([
        ("ru", of(|k| plural_ru(k, "one", "few", "many"))),
        (
            "ar",
            of(|k| plural_ar(k, ["zero", "one", "two", "few", "many", "other"])),
        ),
    ])
}

fn main() {
    let mut input = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut input) {
        fail(format!("cannot read the request: {err}"));
    }
    let request = json::parse(&input).unwrap_or_else(|err| fail(format!("the request: {err}")));
    let path = member(&request, "dataset")
        .map(|node| string(node, "dataset"))
        .unwrap_or_else(|| fail("the request names no dataset"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| fail(format!("cannot read {path}: {err}")));
    let dataset = dataset::load(&text)
        .unwrap_or_else(|problems| fail(format!("{path} does not load: {problems:?}")));
    let today = member(&request, "today").map(|node| {
        let text = string(node, "today");
        PartialDate::parse(&text).unwrap_or_else(|_| fail(format!("today: not a date: {text}")))
    });
    let base = member(&request, "base")
        .map(|node| string(node, "base"))
        .unwrap_or_default();

    // A screen's state as the explorer reads it: its parameters, less what the dataset lacks,
    // on the day it names or the request's (the reader's clock, in the browser).
    let read = |query: &str| {
        let (mut state, dropped) = UrlState::parse(query).sanitize(&dataset);
        state.today = state.today.or(today);
        if state.today.is_none() {
            fail(format!(
                "{query:?} names no day (dx-today) and the request gives none"
            ));
        }
        (state, dropped)
    };
    let states: Vec<(String, UrlState, Vec<String>)> =
        list(&request, "states", |node| string(node, "states"))
            .into_iter()
            .map(|query| {
                let (state, dropped) = read(&query);
                (query, state, dropped)
            })
            .collect();
    let file_states: Vec<(String, UrlState)> =
        list(&request, "files", |node| string(node, "files"))
            .into_iter()
            .map(|query| {
                let (state, _) = read(&query);
                (query, state)
            })
            .collect();
    // One index per day, as the explorer builds one for its dataset and day.
    let mut indexes: HashMap<PartialDate, Index> = HashMap::new();
    for state in states
        .iter()
        .map(|(_, s, _)| s)
        .chain(file_states.iter().map(|(_, s)| s))
    {
        let day = day_of(state);
        indexes
            .entry(day)
            .or_insert_with(|| Index::new(&dataset, day));
    }
    let states = states.into_iter().map(|(query, state, dropped)| {
        let index = &indexes[&day_of(&state)];
        (query, state_answer(&dataset, index, &state, dropped))
    });
    let files = file_states.into_iter().map(|(query, state)| {
        let index = &indexes[&day_of(&state)];
        (query, files_answer(&dataset, index, &state, &base))
    });
    let folded = list(&request, "fold", |node| fold(&string(node, "fold")));
    let numbers = list(&request, "plurals", |node| match &node.value {
        Value::Number(x) => x
            .parse::<usize>()
            .unwrap_or_else(|_| fail(format!("plurals: not a count: {x}"))),
        other => fail(format!(
            "plurals: a number expected, found {}",
            other.kind()
        )),
    });

    let answer = obj([
        ("dialogues", dialogue_facts(&dataset)),
        ("summary", summary(&dataset)),
        ("catalogue", strings()),
        ("states", J::Obj(states.collect())),
        ("files", J::Obj(files.collect())),
        ("fold", strs(folded)),
        ("plurals", plural_categories(&numbers)),
    ]);
    let mut out = String::new();
    answer.write(&mut out);
    out.push('\n');
    print!("{out}");
}
