//! The bundled dataset, the validator's messages, and the JSON Schema kept in step with both.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use dialogue_explorer::core::dataset::{self, *};
use dialogue_explorer::core::date::PartialDate;

const BUNDLED: &str = "public/data/dialogues.json";
const SCHEMA: &str = "public/data/dialogues.schema.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/fixtures").join(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {kind} fixtures");
    files
}

fn bundled() -> Dataset {
    dataset::load(&read(BUNDLED)).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}:{}: {p}", p.pos.line, p.pos.column))
            .collect();
        panic!("the bundled dataset is invalid:\n{}", lines.join("\n"))
    })
}

fn dialogue<'a>(data: &'a Dataset, id: &str) -> &'a Dialogue {
    data.dialogues
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no dialogue {id}"))
}

// ---- the validator's messages ----

#[test]
fn every_invalid_fixture_gives_exactly_its_expected_problems() {
    for file in fixtures("invalid") {
        let text = fs::read_to_string(&file).unwrap();
        let problems = dataset::load(&text).expect_err(&file.display().to_string());
        let actual: Vec<String> = problems
            .iter()
            .map(|p| format!("{}:{}: {p}", p.pos.line, p.pos.column))
            .collect();
        let expected_file = file.with_extension("expected");
        let expected = fs::read_to_string(&expected_file)
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        let expected: Vec<&str> = expected.lines().collect();
        assert_eq!(actual, expected, "{}", file.display());
    }
}

#[test]
fn every_valid_fixture_loads() {
    for file in fixtures("valid") {
        let text = fs::read_to_string(&file).unwrap();
        if let Err(problems) = dataset::load(&text) {
            panic!("{}: {problems:?}", file.display());
        }
    }
}

#[test]
fn the_complete_fixture_reads_every_field() {
    let data = dataset::load(&read("tests/fixtures/valid/complete.json")).unwrap();
    let note = data.translation_note().unwrap();
    assert_eq!(note.get("fr").1, "fr");
    assert_eq!(data.translations.as_ref().unwrap().source_language, "en");
    assert_eq!(data.sources[0].title, Some(Text::en("An article")));
    assert_eq!(data.sources[0].description, None);
    let source = &data.sources[1];
    assert_eq!(source.title, Some(Text::en("Report 2023")));
    let description = source.description.as_ref().unwrap();
    assert_eq!(description.get("fr"), ("Un rapport", "fr"));
    assert_eq!(description.get("ru"), ("A report", "en"));
    assert_eq!(source.kind, SourceKind::Official);
    let d = &data.dialogues[0];
    assert_eq!(d.working_groups, ["tip", "som"]);
    assert_eq!(d.follows_sessions[0].number, Some(13));
    assert_eq!(
        d.follows_sessions[0].end,
        PartialDate::parse("2023-10-03").ok()
    );
    assert_eq!(d.format, Some(Format::Hybrid));
    assert_eq!(d.chairs[0].role, ChairRole::CoChair);
    assert_eq!(d.ordinals[0].value, 2);
    assert_eq!(d.agenda_items[0].themes, ["corruption", "children"]);
    assert_eq!(d.attendance[1].qualifier, Qualifier::MoreThan);
    assert_eq!(
        d.attendance[0].counted,
        Counted::NonGovernmentalStakeholders
    );
    assert_eq!(d.certainty.level, CertaintyLevel::Medium);
    let unknown_day = &data.dialogues[1];
    assert_eq!(unknown_day.date.unwrap().day, None);
    assert_eq!(unknown_day.venue, None);
    assert_eq!(unknown_day.follows_sessions[0].number, None);
}

#[test]
fn the_command_line_validator_prints_file_line_column_and_exits_1() {
    let file = "tests/fixtures/invalid/dangling-references.json";
    let out = Command::new(env!("CARGO_BIN_EXE_validate-dataset"))
        .arg(file)
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let expected: String = read("tests/fixtures/invalid/dangling-references.expected")
        .lines()
        .map(|l| format!("{file}:{l}\n"))
        .collect();
    assert_eq!(stdout, expected);
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("7 problems"));
}

#[test]
fn the_command_line_validator_summarises_a_valid_file_and_exits_0() {
    let out = Command::new(env!("CARGO_BIN_EXE_validate-dataset"))
        .arg("tests/fixtures/valid/minimal.json")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "tests/fixtures/valid/minimal.json: valid: 0 dialogues, 1 working group, 1 theme, 0 agenda items and topics raised, 1 source\n"
    );
}

#[test]
fn the_command_line_validator_refuses_a_missing_file_and_bad_usage() {
    let validator = || Command::new(env!("CARGO_BIN_EXE_validate-dataset"));
    let missing = validator().arg("no/such/file.json").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8(missing.stderr)
        .unwrap()
        .contains("cannot read"));
    let usage = validator().output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn the_language_check_reports_each_text_lacking_a_language_and_warns_about_scripts() {
    let file = "tests/fixtures/languages/partial.json";
    let validator = || Command::new(env!("CARGO_BIN_EXE_validate-dataset"));
    let out = validator()
        .args(["--languages", "ar,zh,en,fr,ru,es", file])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let expected: String = read("tests/fixtures/languages/partial.expected")
        .lines()
        .map(|l| format!("{file}:{l}\n"))
        .collect();
    let (summary, findings) = stdout.split_once('\n').unwrap();
    assert!(summary.ends_with(
        "valid: 1 dialogue, 1 working group, 1 theme, 1 agenda item or topic raised, 2 sources"
    ));
    assert_eq!(findings, expected);
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("5 texts lacking one of ar, zh, en, fr, ru, es, 3 warnings"));

    // Only the languages asked for are checked; without the flag nothing about languages is said.
    let only_warnings = validator()
        .args(["--languages=ar,ru", file])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(only_warnings.status.code(), Some(1));
    let stdout = String::from_utf8(only_warnings.stdout).unwrap();
    assert!(stdout.contains(": warning: "), "{stdout}");
    let english = validator()
        .args(["--languages=en", file])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(english.status.code(), Some(0));
    assert!(String::from_utf8(english.stdout)
        .unwrap()
        .ends_with(": every text to translate is in en\n"));
    let without = validator().arg(file).current_dir(root()).output().unwrap();
    assert_eq!(without.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(without.stdout).unwrap().lines().count(),
        1
    );
    let bad = validator()
        .args(["--languages", "ar,de", file])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

// ---- the bundled content ----

#[test]
fn the_bundled_dataset_says_that_its_translations_are_translations() {
    let data = bundled();
    let translations = data.translations.as_ref().expect("a translations record");
    assert_eq!(translations.source_language, "en");
    let note = data.translation_note().unwrap();
    assert!(note.en.contains("summaries") && note.en.contains("translations"));
}

#[test]
fn the_exporter_writes_the_bundled_file_back_unchanged() {
    use dialogue_explorer::core::export::json;
    assert_eq!(json::write(&bundled()), read(BUNDLED));
}

/// Issue 11: every reader-facing text in all six languages. Ignored until the translations are
/// merged into the bundled file; run with `cargo test -- --ignored`.
#[test]
fn every_reader_facing_text_has_all_six_languages() {
    let languages = dataset::languages::parse_languages("ar,zh,en,fr,ru,es").unwrap();
    let findings = dataset::languages::check_dataset(&read(BUNDLED), &languages).unwrap();
    let lines: Vec<String> = findings
        .iter()
        .map(|f| format!("{}:{}: {f}", f.pos.line, f.pos.column))
        .collect();
    assert!(lines.is_empty(), "{}", lines.join("\n"));
}

#[test]
fn the_2025_firearms_dialogue_and_the_audit_corrections_are_in() {
    let data = bundled();
    assert_eq!(data.dialogues.len(), 14);
    let firearms = dialogue(&data, "firearms-2025");
    assert_eq!(firearms.date, Some(PartialDate::day(2025, 4, 30)));
    assert_eq!(firearms.follows_sessions[0].number, Some(12));
    assert_eq!(
        firearms
            .ordinals
            .iter()
            .map(|o| (o.value, o.reported_by.as_str()))
            .collect::<Vec<_>>(),
        [(4, "kennis-firearms-2025")]
    );
    assert!(firearms.chairs.is_empty() && firearms.attendance.is_empty());
    assert!(firearms
        .notes
        .as_ref()
        .unwrap()
        .en
        .contains("Multistakeholder Preparation Day the day before, on Tuesday 29 April 2025"));
    assert_eq!(firearms.agenda_items.len(), 2);

    // The 2024 firearms attendance: three reporters, kept apart.
    let reporters: BTreeSet<&str> = dialogue(&data, "firearms-2024")
        .attendance
        .iter()
        .map(|a| a.reported_by.as_str())
        .collect();
    assert_eq!(reporters.len(), 3);
    for (id, value) in [
        ("som-2022", 1),
        ("firearms-2023", 2),
        ("ta-2023", 2),
        ("som-2023", 2),
        ("som-2024", 3),
    ] {
        let values: Vec<u32> = dialogue(&data, id)
            .ordinals
            .iter()
            .map(|o| o.value)
            .collect();
        assert!(values.contains(&value), "{id}: {values:?}");
    }
    assert_eq!(dialogue(&data, "som-2023").agenda_items.len(), 5);
    assert_eq!(
        dialogue(&data, "tip-2025").follows_sessions[0].number,
        Some(15)
    );
    assert_eq!(
        dialogue(&data, "som-2025").follows_sessions[0].number,
        Some(12)
    );
    let topic_6 = &dialogue(&data, "tip-2022").topics_raised[5].text.en;
    assert!(topic_6.contains("regardless of their willingness to cooperate"));
    assert!(topic_6.contains("should be further promoted"));
    let topic_5 = &dialogue(&data, "tip-2022").topics_raised[4].text.en;
    assert!(topic_5.contains("the importance of addressing this issue"));
}

#[test]
fn the_bundled_dataset_is_valid_and_in_date_order() {
    let data = bundled();
    assert!(data.dialogues.len() >= 14);
    let dates: Vec<PartialDate> = data.dialogues.iter().filter_map(|d| d.date).collect();
    assert_eq!(
        dates.len(),
        data.dialogues.len(),
        "every dialogue found has a date"
    );
    // In file order by month; within a month, a dialogue whose day is unknown may come last.
    let months: Vec<(u16, Option<u8>)> = dates.iter().map(|d| (d.year, d.month)).collect();
    assert!(
        months.windows(2).all(|w| w[0] <= w[1]),
        "dialogues are in date order"
    );
    assert!(data
        .dialogues
        .iter()
        .all(|d| d.time_zone == "Europe/Vienna"));
}

#[test]
fn every_theme_is_used_and_every_entry_is_tagged() {
    let data = bundled();
    assert!(
        (15..=25).contains(&data.themes.len()),
        "{} themes",
        data.themes.len()
    );
    let used: BTreeSet<&str> = data
        .dialogues
        .iter()
        .flat_map(|d| d.agenda_items.iter().chain(&d.topics_raised))
        .flat_map(|e| e.themes.iter().map(String::as_str))
        .collect();
    let unused: Vec<&str> = data
        .themes
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "themes never used: {unused:?}");
}

#[test]
fn every_source_cited_in_a_dialogue_is_listed_among_its_sources() {
    for d in bundled().dialogues {
        let cited = d
            .chairs
            .iter()
            .map(|c| &c.source)
            .chain(d.ordinals.iter().map(|o| &o.reported_by))
            .chain(d.agenda_items.iter().map(|e| &e.source))
            .chain(d.topics_raised.iter().map(|e| &e.source))
            .chain(d.attendance.iter().map(|a| &a.reported_by));
        for source in cited {
            assert!(d.sources.contains(source), "{}: {source} not listed", d.id);
        }
    }
}

/// Every fact of the founding article is in the dataset and credited to it.
#[test]
fn the_founding_article_is_traceable() {
    let data = bundled();
    let article: Vec<&Source> = data
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::FoundingArticle)
        .collect();
    assert_eq!(article.len(), 1);
    let article = article[0];
    assert_eq!(
        article.title.as_ref().unwrap().en,
        "Looking at the past to understand the future. Part one"
    );
    assert_eq!(article.published, PartialDate::parse("2023-10-02").ok());

    // Friday 1 July 2022, after the twelfth session: eight topics, 60 NGOs, 11 others (9 + 2).
    let first = dialogue(&data, "tip-2022");
    assert_eq!(first.date, Some(PartialDate::day(2022, 7, 1)));
    assert_eq!(first.date.unwrap().weekday(), Some(4));
    assert_eq!(first.working_groups, ["tip"]);
    assert_eq!(first.follows_sessions[0].number, Some(12));
    let topics: Vec<&Entry> = first
        .topics_raised
        .iter()
        .filter(|e| e.source == article.id)
        .collect();
    assert_eq!(topics.len(), 8);
    let figures: Vec<(u32, Counted)> = first
        .attendance
        .iter()
        .filter(|a| a.reported_by == article.id)
        .map(|a| (a.count, a.counted))
        .collect();
    for expected in [
        (60, Counted::Ngos),
        (11, Counted::OtherStakeholders),
        (9, Counted::Academia),
        (2, Counted::PrivateSector),
    ] {
        assert!(figures.contains(&expected), "missing {expected:?}");
    }
    assert!(first.notes.as_ref().unwrap().en.contains("paragraph 53"));

    // Wednesday 4 October 2023, after the thirteenth session: three agenda items.
    let second = dialogue(&data, "tip-2023");
    assert_eq!(second.date, Some(PartialDate::day(2023, 10, 4)));
    assert_eq!(second.date.unwrap().weekday(), Some(2));
    assert_eq!(second.follows_sessions[0].number, Some(13));
    let agenda: Vec<&Entry> = second
        .agenda_items
        .iter()
        .filter(|e| e.source == article.id)
        .collect();
    assert_eq!(agenda.len(), 3);
    let tagged = |e: &Entry, theme: &str| e.themes.iter().any(|t| t == theme);
    assert!(tagged(agenda[0], "partnerships") && tagged(agenda[0], "implementation"));
    assert!(tagged(agenda[1], "technical-assistance"));
    assert!(tagged(agenda[2], "gender") && tagged(agenda[2], "victim-centred"));
}

#[test]
fn disagreements_between_sources_are_kept_side_by_side() {
    let data = bundled();
    let firearms_2024 = data
        .dialogues
        .iter()
        .find(|d| d.date == Some(PartialDate::day(2024, 4, 5)))
        .expect("the 5 April 2024 firearms dialogue");
    let ordinals: BTreeSet<u32> = firearms_2024.ordinals.iter().map(|o| o.value).collect();
    assert_eq!(ordinals, BTreeSet::from([3, 4]));
    let reporters: BTreeSet<&str> = firearms_2024
        .ordinals
        .iter()
        .map(|o| o.reported_by.as_str())
        .collect();
    assert_eq!(reporters.len(), 2, "each ordinal has its own source");

    let tip_2023 = dialogue(&data, "tip-2023");
    let reporters: BTreeSet<&str> = tip_2023
        .attendance
        .iter()
        .map(|a| a.reported_by.as_str())
        .collect();
    assert!(reporters.len() >= 2, "UNODC and ICLAIM count differently");
}

#[test]
fn unknown_stays_unknown() {
    let data = bundled();
    let last = data.dialogues.last().unwrap();
    assert_eq!(last.date, PartialDate::parse("2025-10").ok());
    assert_eq!(last.certainty.level, CertaintyLevel::Low);
    assert!(last.attendance.is_empty());
    let inferred = data
        .dialogues
        .iter()
        .find(|d| d.date == Some(PartialDate::day(2025, 10, 8)))
        .expect("the 8 October 2025 dialogue");
    assert_eq!(inferred.certainty.level, CertaintyLevel::Medium);
    assert!(inferred.certainty.note.is_some());
}

// ---- the JSON Schema ----

struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
    json: serde_json::Value,
}

fn schema() -> Schema {
    let json: serde_json::Value = serde_json::from_str(&read(SCHEMA)).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///dialogues.schema.json", json.clone())
        .unwrap();
    let index = compiler
        .compile("file:///dialogues.schema.json", &mut schemas)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"));
    Schema {
        schemas,
        index,
        json,
    }
}

impl Schema {
    fn check(&self, text: &str) -> Result<(), String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        self.schemas
            .validate(&value, self.index)
            .map_err(|e| format!("{e:#}"))
    }
}

/// Fixtures whose only problems are ones JSON Schema cannot express (ids unique across objects).
const BEYOND_THE_SCHEMA: [&str; 1] = ["duplicate-ids.json"];

#[test]
fn the_schema_accepts_the_bundled_dataset_and_the_valid_fixtures() {
    let schema = schema();
    schema.check(&read(BUNDLED)).unwrap();
    for file in fixtures("valid") {
        let text = fs::read_to_string(&file).unwrap();
        if let Err(e) = schema.check(&text) {
            panic!("{}: {e}", file.display());
        }
    }
}

#[test]
fn the_schema_refuses_what_the_validator_refuses_where_it_can_say_it() {
    let schema = schema();
    for file in fixtures("invalid") {
        let text = fs::read_to_string(&file).unwrap();
        if serde_json::from_str::<serde_json::Value>(&text).is_err() {
            continue; // not JSON at all: nothing for a schema to say
        }
        let name = file.file_name().unwrap().to_str().unwrap();
        let verdict = schema.check(&text);
        if BEYOND_THE_SCHEMA.contains(&name) {
            assert!(
                verdict.is_ok(),
                "{name} is now caught by the schema: update the list"
            );
        } else {
            assert!(verdict.is_err(), "the schema accepts {name}");
        }
    }
}

#[test]
fn the_schema_lists_the_same_values_as_the_model() {
    fn names<T: Named>() -> Vec<&'static str> {
        T::ALL.iter().map(|(_, n)| *n).collect()
    }
    let schema = schema();
    let defs = &schema.json["$defs"];
    let enum_at = |def: &str, field: &str| -> Vec<String> {
        let values = defs[def]["properties"][field]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("$defs.{def}.properties.{field} has no enum"));
        values
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(enum_at("source", "kind"), names::<SourceKind>());
    assert_eq!(enum_at("dialogue", "format"), names::<Format>());
    assert_eq!(enum_at("chair", "role"), names::<ChairRole>());
    assert_eq!(enum_at("attendance", "qualifier"), names::<Qualifier>());
    assert_eq!(enum_at("attendance", "counted"), names::<Counted>());
    assert_eq!(enum_at("certainty", "level"), names::<CertaintyLevel>());
    assert_eq!(
        defs["id"]["maxLength"].as_u64(),
        Some(dataset::ID_MAX as u64)
    );
    assert_eq!(
        defs["longString"]["maxLength"].as_u64(),
        Some(dataset::TEXT_MAX as u64)
    );
    assert_eq!(
        defs["shortString"]["maxLength"].as_u64(),
        Some(dataset::NAME_MAX as u64)
    );
    assert_eq!(
        schema.json["properties"]["schema_version"]["const"].as_u64(),
        Some(SCHEMA_VERSION)
    );
}
