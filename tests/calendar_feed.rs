//! The `calendar-feed` program: run twice on the bundled dataset, its files are the same bytes,
//! read back by an independent parser (`ical`), with one event per dialogue with a known day.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use dialogue_explorer::core::dataset::{self, Dataset};
use dialogue_explorer::core::export::ics::event_day;

const BIN: &str = env!("CARGO_BIN_EXE_calendar-feed");
const DATASET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/dialogues.json");

fn bundled() -> Dataset {
    dataset::load(&std::fs::read_to_string(DATASET).unwrap()).unwrap()
}

/// A fresh directory under the target's temporary directory.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("calendar-feed-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the program runs")
}

/// The files of a directory, by name.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// One parsed calendar: its own properties, and per event its properties (name → value).
struct Parsed {
    name: String,
    events: Vec<BTreeMap<String, String>>,
}

fn parse(bytes: &[u8]) -> Parsed {
    let calendars: Vec<_> = ical::IcalParser::new(bytes)
        .map(|c| c.expect("a valid calendar"))
        .collect();
    assert_eq!(calendars.len(), 1);
    let calendar = &calendars[0];
    let property = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(property("VERSION"), "2.0");
    Parsed {
        name: property("X-WR-CALNAME"),
        events: calendar
            .events
            .iter()
            .map(|e| {
                e.properties
                    .iter()
                    .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
                    .collect()
            })
            .collect(),
    }
}

fn uids(parsed: &Parsed) -> Vec<String> {
    parsed.events.iter().map(|e| e["UID"].clone()).collect()
}

#[test]
fn two_builds_write_the_same_feeds_with_the_same_uids() {
    let data = bundled();
    let (first, second) = (fresh_dir("first"), fresh_dir("second"));
    let url = "https://ngo.example/dx/";
    for dir in [&first, &second] {
        let out = run(&["--page-url", url, DATASET, dir.to_str().unwrap()]);
        assert!(out.status.success(), "{out:?}");
        let said = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            said.lines().count(),
            1 + data.working_groups.len(),
            "{said}"
        );
        assert!(
            said.lines()
                .next()
                .unwrap()
                .ends_with("calendar.ics: 13 events"),
            "{said}"
        );
    }
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a, b, "byte-identical builds");
    let mut expected: Vec<String> = vec!["calendar.ics".into()];
    expected.extend(
        data.working_groups
            .iter()
            .map(|w| format!("calendar-{}.ics", w.id)),
    );
    expected.sort();
    assert_eq!(a.keys().cloned().collect::<Vec<_>>(), expected);

    let all = parse(&a["calendar.ics"]);
    assert!(!all.name.is_empty());
    let with_day: Vec<String> = dialogue_explorer::core::query::in_date_order(&data)
        .into_iter()
        .filter(|d| event_day(d).is_some())
        .map(|d| format!("{}@dialogue-explorer", d.id))
        .collect();
    assert_eq!(
        uids(&all),
        with_day,
        "one event per dialogue with a known day"
    );
    assert_eq!(uids(&all), uids(&parse(&b["calendar.ics"])));
    for event in &all.events {
        let id = event["UID"].trim_end_matches("@dialogue-explorer");
        assert_eq!(event["URL"], format!("{url}?dx-view=dialogue&dx-id={id}"));
        assert_eq!(event["DTSTAMP"], "20261201T000000Z");
        let day = event_day(data.dialogue(id).unwrap()).unwrap().to_string();
        assert_eq!(event["DTSTART"], day.replace('-', ""));
    }

    // Each group's feed: its dialogues with a known day, under a name of its own.
    let mut names = vec![all.name.clone()];
    for group in &data.working_groups {
        let feed = parse(&a[&format!("calendar-{}.ics", group.id)]);
        let expected: Vec<&String> = with_day
            .iter()
            .filter(|uid| {
                let id = uid.trim_end_matches("@dialogue-explorer");
                data.dialogue(id)
                    .unwrap()
                    .working_groups
                    .contains(&group.id)
            })
            .collect();
        assert_eq!(
            uids(&feed).iter().collect::<Vec<_>>(),
            expected,
            "{}",
            group.id
        );
        assert!(feed.name.contains(&group.short_name.en), "{}", feed.name);
        names.push(feed.name);
    }
    names.sort();
    names.dedup();
    assert_eq!(
        names.len(),
        1 + data.working_groups.len(),
        "a name per feed"
    );
    let _ = std::fs::remove_dir_all(&first);
    let _ = std::fs::remove_dir_all(&second);
}

#[test]
fn without_a_page_url_the_events_have_no_link() {
    let dir = fresh_dir("no-url");
    let out = run(&[DATASET, dir.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let all = parse(&files(&dir)["calendar.ics"]);
    assert!(all.events.iter().all(|e| !e.contains_key("URL")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_dataset_is_refused_with_a_readable_message() {
    let dir = fresh_dir("bad");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"schema_version\": 1, \"sources\": [}").unwrap();
    let out_dir = dir.join("out");
    let out = run(&[bad.to_str().unwrap(), out_dir.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("bad.json:1:"), "{said}");
    assert!(said.contains("not a valid dataset"), "{said}");
    assert!(!out_dir.join("calendar.ics").exists());

    let missing = run(&[
        dir.join("none.json").to_str().unwrap(),
        out_dir.to_str().unwrap(),
    ]);
    assert!(!missing.status.success());
    assert!(String::from_utf8(missing.stderr)
        .unwrap()
        .contains("cannot read"));

    let usage = run(&["only-one-argument"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8(usage.stderr)
        .unwrap()
        .starts_with("usage: calendar-feed"));
    let _ = std::fs::remove_dir_all(&dir);
}
