//! Calendar, CSV and JSON exports, read back with independent parsers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use dialogue_explorer::core::dataset::{self, Dataset, Dialogue, Text};
use dialogue_explorer::core::date::PartialDate;
use dialogue_explorer::core::export::csv::{Form, ATTENDANCE_COLUMNS, ENTRY_COLUMNS};
use dialogue_explorer::core::export::{cite, csv as csv_export, ics, json, Available};
use dialogue_explorer::core::messages::{catalogue, Lang, EN};
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
        assert!(row[10].ends_with(&hit.dialogue.id));
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

// ---- Spreadsheets in the reader's language ----

/// Reads a CSV written with `separator`, after its byte-order mark: header and rows.
fn read_csv(text: &str, separator: char) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(text.starts_with('\u{feff}'), "a byte-order mark first");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn dialogue_link(d: &Dialogue) -> String {
    link(d)
}

#[test]
fn the_reader_csv_opens_in_columns_in_each_language() {
    let data = bundled();
    let hits = all_hits(&data);
    for lang in Lang::ALL {
        let form = Form::for_reader(lang);
        let text = csv_export::entries_in(&data, &hits, form, |h| link(h.dialogue));
        let m = catalogue(lang);
        let (header, rows) = read_csv(&text, form.separator);
        let want: Vec<&str> = ENTRY_COLUMNS.iter().map(|c| (m.csv_header)(*c)).collect();
        assert_eq!(header, want, "{lang:?}: headers in the reader's language");
        assert_eq!(rows.len(), hits.len(), "{lang:?}: one row per entry");
        for (row, hit) in rows.iter().zip(&hits) {
            assert_eq!(
                row.len(),
                header.len(),
                "{lang:?}: as many fields as headers"
            );
            assert_eq!(row[5], hit.entry.id);
            assert_eq!(
                row[6],
                hit.entry.text.get(lang.code()).0,
                "{lang:?}: the text as shown"
            );
            assert_eq!(
                row[4],
                (m.entry_kind)(hit.kind),
                "{lang:?}: the kind in words"
            );
        }
    }
    // French, Spanish and Russian number with a decimal comma: their spreadsheets split on
    // semicolons, so the file does; the others on commas.
    for (lang, separator) in [
        (Lang::Fr, ';'),
        (Lang::Es, ';'),
        (Lang::Ru, ';'),
        (Lang::En, ','),
        (Lang::Ar, ','),
        (Lang::Zh, ','),
    ] {
        let text = csv_export::entries_in(&data, &hits, Form::for_reader(lang), |_| String::new());
        let first_line = text.lines().next().unwrap();
        assert_eq!(
            first_line.matches(separator).count(),
            ENTRY_COLUMNS.len() - 1,
            "{lang:?} separates with {separator:?}: {first_line}"
        );
    }
    let fr = csv_export::entries_in(&data, &hits, Form::for_reader(Lang::Fr), |_| String::new());
    assert!(fr.starts_with("\u{feff}Identifiant du dialogue;Dialogue;Date;Groupes de travail;"));
}

#[test]
fn the_machine_csv_is_the_same_in_every_language() {
    let data = bundled();
    let hits = all_hits(&data);
    let text = csv_export::entries_in(&data, &hits, Form::MACHINE, |h| link(h.dialogue));
    assert_eq!(
        text,
        csv_export::entries(&data, &hits, |h| link(h.dialogue))
    );
    let (header, rows) = read_csv(&text, ',');
    assert_eq!(header, csv_export::COLUMNS);
    for (row, hit) in rows.iter().zip(&hits) {
        assert_eq!(row[6], hit.entry.text.en, "English values");
    }
}

/// A column empty in most rows says little and hides the others: every column of both files
/// is filled in at least half of the rows of the bundled dataset (`reported_at`, the source's
/// date, was empty in 29 of 43 rows).
#[test]
fn no_column_of_the_downloads_is_mostly_empty() {
    let data = bundled();
    let hits = all_hits(&data);
    let dialogues = in_date_order(&data);
    let files = [
        (
            "entries",
            csv_export::entries_in(&data, &hits, Form::MACHINE, |h| link(h.dialogue)),
        ),
        (
            "attendance",
            csv_export::attendance(
                &data,
                &dialogues,
                Form::MACHINE,
                PartialDate::day(2026, 12, 2),
                dialogue_link,
            ),
        ),
    ];
    for (name, text) in files {
        let (header, rows) = read_csv(&text, ',');
        assert!(!rows.is_empty(), "{name}: rows");
        for (i, column) in header.iter().enumerate() {
            let empty = rows.iter().filter(|r| r[i].trim().is_empty()).count();
            assert!(
                empty * 2 <= rows.len(),
                "{name}: `{column}` is empty in {empty} of {} rows",
                rows.len()
            );
        }
    }
}

#[test]
fn the_attendance_csv_has_every_figure_with_its_source_and_citation() {
    let data = bundled();
    let dialogues = in_date_order(&data);
    let accessed = PartialDate::day(2026, 12, 2);
    let figures: Vec<(&Dialogue, &dataset::Attendance)> = dialogues
        .iter()
        .flat_map(|d| d.attendance.iter().map(move |a| (*d, a)))
        .collect();
    assert!(figures.len() > 10);
    let text = csv_export::attendance(&data, &dialogues, Form::MACHINE, accessed, dialogue_link);
    let (header, rows) = read_csv(&text, ',');
    let names: Vec<&str> = ATTENDANCE_COLUMNS
        .iter()
        .map(|c| c.machine_name())
        .collect();
    assert_eq!(header, names);
    assert_eq!(rows.len(), figures.len(), "one row per figure");
    for (row, (d, a)) in rows.iter().zip(&figures) {
        let source = data.source(&a.reported_by).unwrap();
        assert_eq!(row[0], d.id);
        assert_eq!(row[5], a.count.to_string());
        assert_eq!(row[6], csv_export::qualifier_key(a.qualifier));
        // The source by name, which names its publisher (once).
        assert!(row[9].starts_with(&source.name("en")), "{}", row[9]);
        assert!(row[9].contains(&source.publisher.en), "{}", row[9]);
        assert_eq!(Some(&row[10]), source.url.as_ref());
        assert_eq!(row[11], cite::source(source, &EN, "en", accessed));
        assert_eq!(row[12], link(d));
    }
    // In French: semicolons, French headers, the figure in words.
    let fr = csv_export::attendance(
        &data,
        &dialogues,
        Form::for_reader(Lang::Fr),
        accessed,
        dialogue_link,
    );
    let (header, rows) = read_csv(&fr, ';');
    assert_eq!(header[4], "Chiffre");
    assert!(
        rows.iter().any(|r| r[4] == "plus de 100 participants"),
        "{:?}",
        rows[0]
    );
    // Nothing to download where no dialogue has a figure.
    assert!(!csv_export::has_attendance(&[]));
}

#[test]
fn downloads_with_nothing_to_write_are_not_offered() {
    let data = bundled();
    let filters = Filters::searching("zzqxj-nothing");
    let empty = run(&data, &filters, PartialDate::day(2026, 11, 28));
    let none = Available::of(&empty);
    assert!(none.nothing(), "{none:?}");
    let all = run(&data, &Filters::default(), PartialDate::day(2026, 11, 28));
    let every = Available::of(&all);
    assert!(every.entries && every.json && every.calendar && every.attendance);
}

// ---- Citations ----

#[test]
fn a_source_with_its_own_title_is_cited_with_it_in_quotation_marks_in_each_language() {
    let data = bundled();
    let eu = data.source("eu-tip-2025").unwrap();
    let accessed = PartialDate::day(2026, 12, 2);
    let title = "EU Statement at 15th session of the UNTOC Working Group on Trafficking in Persons, 6 October 2025";
    let url = eu.url.as_deref().unwrap();
    let publisher = "Delegation of the European Union to the International Organisations in Vienna";
    let want = [
        (Lang::En, format!("{publisher}. \u{201c}{title}\u{201d}. 6 October 2025. {url} (accessed 2 December 2026).")),
        (Lang::Fr, format!("{publisher}. «\u{a0}{title}\u{a0}». 6 octobre 2025. {url} (consulté le 2 décembre 2026).")),
        (Lang::Es, format!("{publisher}. «{title}». 6 de octubre de 2025. {url} (consultado el 2 de diciembre de 2026).")),
        (Lang::Ru, format!("{publisher}. «{title}». 6 октября 2025 г. {url} (дата обращения: 2 декабря 2026 г.).")),
        (Lang::Zh, format!("{publisher}。\u{201c}{title}\u{201d}。2025年10月6日。{url}（访问日期：2026年12月2日）。")),
        (Lang::Ar, format!("{publisher}. «{title}». 6 تشرين الأول/أكتوبر 2025. {url} (تاريخ الاطلاع: 2 كانون الأول/ديسمبر 2026).")),
    ];
    for (lang, expected) in want {
        assert_eq!(
            cite::source(eu, catalogue(lang), lang.code(), accessed),
            expected,
            "{lang:?}"
        );
    }
}

#[test]
fn a_source_known_by_its_description_is_cited_with_it_in_brackets_translated() {
    let data = bundled();
    let news = data.source("unodc-firearms-2022").unwrap();
    assert!(
        news.title.is_none(),
        "its real title is not in the research: unknown"
    );
    let accessed = PartialDate::day(2026, 12, 2);
    let en = cite::source(news, &EN, "en", accessed);
    assert_eq!(
        en,
        "UNODC. [UNODC news on the first constructive dialogue of the review mechanism, on firearms (May 2022)]. 17 May 2022. https://www.unodc.org/unodc/en/ngos/the-first-constructive-dialogues-on-untoc-review-focuses-on-firearms.html (accessed 2 December 2026)."
    );
    for lang in Lang::ALL {
        let text = cite::source(news, catalogue(lang), lang.code(), accessed);
        let description = news.description.as_ref().unwrap().get(lang.code()).0;
        assert!(
            text.contains(&format!("[{description}]")),
            "{lang:?}: {text}"
        );
        assert!(
            text.contains(news.url.as_deref().unwrap()),
            "{lang:?}: {text}"
        );
        assert!(
            !text.contains("\u{201c}"),
            "{lang:?}: a description is not quoted as a title"
        );
    }
    // A source without a date or an address says only what is known.
    let mut bare = news.clone();
    bare.published = None;
    bare.url = None;
    assert_eq!(
        cite::source(&bare, &EN, "en", accessed),
        "UNODC. [UNODC news on the first constructive dialogue of the review mechanism, on firearms (May 2022)]."
    );
}

#[test]
fn an_attendance_figure_is_cited_with_its_dialogue_and_source() {
    let data = bundled();
    let d = data.dialogue("firearms-2022").unwrap();
    let accessed = PartialDate::day(2026, 12, 2);
    let figure = &d.attendance[0];
    let source = data.source(&figure.reported_by).unwrap();
    assert_eq!(
        cite::attendance(&data, d, figure, &EN, "en", accessed),
        format!(
            "More than 100 participants \u{2014} constructive dialogue (Firearms, 6 May 2022). Source: {}",
            cite::source(source, &EN, "en", accessed)
        )
    );
    let fr = cite::attendance(&data, d, figure, catalogue(Lang::Fr), "fr", accessed);
    assert!(
        fr.starts_with("Plus de 100 participants \u{2014} dialogue constructif ("),
        "{fr}"
    );
    assert!(fr.contains("6 mai 2022"), "{fr}");
    assert!(fr.contains("(consulté le 2 décembre 2026)"), "{fr}");
}

#[test]
fn citation_dates_follow_each_language() {
    let dates = [
        PartialDate::day(2022, 7, 1),
        PartialDate::parse("2025-10").unwrap(),
        PartialDate::parse("2025").unwrap(),
    ];
    let want = [
        (Lang::En, ["1 July 2022", "October 2025", "2025"]),
        (Lang::Fr, ["1er juillet 2022", "octobre 2025", "2025"]),
        (Lang::Es, ["1 de julio de 2022", "octubre de 2025", "2025"]),
        (Lang::Ru, ["1 июля 2022 г.", "октябрь 2025 г.", "2025 г."]),
        (Lang::Zh, ["2022年7月1日", "2025年10月", "2025年"]),
        (
            Lang::Ar,
            ["1 تموز/يوليه 2022", "تشرين الأول/أكتوبر 2025", "2025"],
        ),
    ];
    for (lang, expected) in want {
        let got = dates.map(|d| (catalogue(lang).citation_date)(d));
        assert_eq!(got, expected, "{lang:?}");
    }
}
