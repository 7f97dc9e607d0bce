//! Calendar, CSV and JSON exports, read back with independent parsers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use dialogue_explorer::core::dataset::{self, Dataset, Dialogue, Text};
use dialogue_explorer::core::date::PartialDate;
use dialogue_explorer::core::export::{csv as csv_export, ics, json};
use dialogue_explorer::core::messages::EN;
use dialogue_explorer::core::query::{all_hits, in_date_order, run, EntryKind, Facet, Filters};

fn bundled() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/dialogues.json"
    ))
    .unwrap();
    dataset::load(&text).unwrap()
}

fn now() -> ics::UtcTime {
    ics::UtcTime {
        date: PartialDate::day(2026, 11, 28),
        hour: 20,
        minute: 5,
        second: 9,
    }
}

fn link(d: &Dialogue) -> String {
    format!("https://ngo.example/tools/?dx-view=dialogue&dx-id={}", d.id)
}

/// Reads a calendar with the `ical` crate: per event, property name → (params, raw value).
fn parse_calendar(text: &str) -> Vec<BTreeMap<String, (String, String)>> {
    let reader = ical::IcalParser::new(text.as_bytes());
    let calendars: Vec<_> = reader.map(|c| c.expect("a valid calendar")).collect();
    assert_eq!(calendars.len(), 1);
    let calendar = &calendars[0];
    let props: BTreeMap<String, String> = calendar
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    assert_eq!(props["VERSION"], "2.0");
    assert!(props["PRODID"].contains("Dialogue Explorer"));
    calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .flatten()
                        .map(|(k, v)| format!("{k}={}", v.join(",")))
                        .collect::<Vec<_>>()
                        .join(";");
                    (
                        p.name.clone(),
                        (params, p.value.clone().unwrap_or_default()),
                    )
                })
                .collect()
        })
        .collect()
}

/// Undoes TEXT escaping, as a calendar program does.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_dialogue_with_a_day_becomes_an_all_day_event() {
    let data = bundled();
    let dialogues = in_date_order(&data);
    let calendar = ics::calendar(&data, &dialogues, now(), &EN, link);
    assert!(calendar.text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !calendar.text.replace("\r\n", "").contains('\n'),
        "every line ends with CRLF"
    );
    for line in calendar.text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let events = parse_calendar(&calendar.text);
    let with_day: Vec<&&Dialogue> = dialogues
        .iter()
        .filter(|d| d.date.is_some_and(|x| x.day.is_some()))
        .collect();
    assert_eq!(events.len(), with_day.len());
    assert_eq!(calendar.left_out, ["som-2025"]);
    for (event, d) in events.iter().zip(&with_day) {
        let date = d.date.unwrap();
        assert_eq!(event["UID"].1, format!("{}@dialogue-explorer", d.id));
        assert_eq!(event["DTSTAMP"].1, "20261128T200509Z");
        assert_eq!(event["DTSTART"].0, "VALUE=DATE");
        assert_eq!(
            event["DTSTART"].1,
            format!(
                "{:04}{:02}{:02}",
                date.year,
                date.month.unwrap(),
                date.day.unwrap()
            )
        );
        assert_eq!(event["URL"].1, link(d));
        let description = unescape(&event["DESCRIPTION"].1);
        for entry in &d.agenda_items {
            assert!(
                description.contains(&entry.text.en),
                "{}: agenda item missing",
                d.id
            );
        }
        assert!(description.contains("Europe/Vienna"));
    }
    let tip_2023 = events
        .iter()
        .find(|e| e["UID"].1.starts_with("tip-2023@"))
        .unwrap();
    assert_eq!(tip_2023["DTEND"].1, "20231005");
    assert_eq!(
        unescape(&tip_2023["SUMMARY"].1),
        "Constructive dialogue: Trafficking in persons"
    );
}

#[test]
fn non_ascii_and_long_text_survive_folding_and_escaping() {
    let mut data = bundled();
    let d = data
        .dialogues
        .iter_mut()
        .find(|d| d.id == "tip-2023")
        .unwrap();
    let long = "Víctimas, niños; «protección» \\ 保护受害者 — ".repeat(12);
    d.agenda_items[0].text = Text::en(&long);
    d.venue = Some(Text::en("Vienna International Centre, Boardroom D; Wien"));
    let dialogues: Vec<&Dialogue> = data
        .dialogues
        .iter()
        .filter(|d| d.id == "tip-2023")
        .collect();
    let calendar = ics::calendar(&data, &dialogues, now(), &EN, link);
    let events = parse_calendar(&calendar.text);
    let description = unescape(&events[0]["DESCRIPTION"].1);
    assert!(description.contains(long.trim_end()), "{description}");
    assert_eq!(
        unescape(&events[0]["LOCATION"].1),
        "Vienna International Centre, Boardroom D; Wien, Hybrid (in person and online)"
    );
}

#[test]
fn csv_rows_match_the_selection_and_quote_what_needs_it() {
    let data = bundled();
    let mut filters = Filters::default();
    filters.toggle(Facet::Theme, "corruption");
    let outcome = run(&data, &filters, PartialDate::day(2026, 11, 28));
    let text = csv_export::entries(&data, &outcome.hits, |h| {
        format!(
            "https://ngo.example/?dx-view=dialogue&dx-id={}",
            h.dialogue.id
        )
    });
    assert!(text.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(headers, csv_export::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), outcome.hits.len());
    for (row, hit) in rows.iter().zip(&outcome.hits) {
        assert_eq!(&row[0], hit.dialogue.id);
        assert_eq!(&row[5], hit.entry.id);
        assert_eq!(&row[6], hit.entry.text.en, "text read back unchanged");
        assert!(row[7].contains("Corruption"));
        assert_eq!(
            &row[4],
            if hit.kind == EntryKind::AgendaItem {
                "agenda item"
            } else {
                "topic raised"
            }
        );
        assert!(row[11].ends_with(&hit.dialogue.id));
    }
}

#[test]
fn csv_quoting_round_trips_commas_quotes_and_newlines() {
    let mut data = bundled();
    let tricky = "Line one, with a comma\nLine \"two\"; done";
    data.dialogues[0].topics_raised[0].text = Text::en(tricky);
    let hits = all_hits(&data);
    let text = csv_export::entries(&data, &hits, |_| String::new());
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[6].to_string())
        .collect();
    assert!(texts.iter().any(|t| t == tricky));
    assert_eq!(texts.len(), data.entry_count());
}

#[test]
fn the_json_export_is_a_valid_dataset_that_matches_the_schema() {
    let data = bundled();
    let mut filters = Filters::default();
    filters.toggle(Facet::Year, "2023");
    let outcome = run(&data, &filters, PartialDate::day(2026, 11, 28));
    let chosen: Vec<Dialogue> = outcome.dialogues.iter().map(|d| (*d).clone()).collect();
    let part = json::subset(&data, &chosen);
    let text = json::write(&part);
    let read_back = dataset::load(&text).expect("the export loads as a dataset");
    assert_eq!(read_back, part);
    assert!(read_back
        .dialogues
        .iter()
        .all(|d| d.date.unwrap().year == 2023));

    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/dialogues.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///schema.json", &mut schemas)
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    if let Err(e) = schemas.validate(&value, index) {
        panic!("{e:#}");
    }
    // The whole bundled dataset, written again, is the same dataset.
    assert_eq!(dataset::load(&json::write(&data)).unwrap(), data);
}
