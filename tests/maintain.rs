//! The maintainer page's domain on the bundled file: a dialogue added through the form is read
//! back by the validator the CLI uses (its library reader and the command itself), and by the
//! JSON Schema, and the change summary and the translations list see it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use dialogue_explorer::core::dataset::{
    self, CertaintyLevel, Counted, EntryKind, Format, Qualifier, SourceKind, Text,
};
use dialogue_explorer::core::maintain::{
    add_dialogue, changes, missing_counts, missing_translations, only_missing, page_problems,
    DialogueDraft, EntryDraft, FigureDraft, OwnerKind, SessionDraft, SourceDraft,
};
use dialogue_explorer::core::messages::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> String {
    fs::read_to_string(root().join("public/data/dialogues.json")).unwrap()
}

/// A made-up dialogue (for the test only), with one text in two languages and the others in
/// English alone.
fn draft() -> DialogueDraft {
    let mut venue = Text::en("Vienna");
    venue.translations = BTreeMap::from([("fr".to_string(), "Vienne".to_string())]);
    DialogueDraft {
        working_groups: vec!["firearms".into()],
        date: "2026-04-29".into(),
        follows_sessions: vec![SessionDraft {
            working_group: "firearms".into(),
            number: Some(13),
            start: "2026-04-27".into(),
            end: "2026-04-28".into(),
        }],
        time_zone: "Europe/Vienna".into(),
        format: Some(Format::InPerson),
        venue: Some(venue),
        entries: vec![
            EntryDraft {
                kind: EntryKind::AgendaItem,
                text: Text::en("An agenda item \"quoted\", with a new line\nand a backslash \\."),
                themes: vec!["firearms-new-technologies".into(), "data-evidence".into()],
                source: "test-firearms-2026".into(),
            },
            EntryDraft {
                kind: EntryKind::TopicRaised,
                text: Text::en("A topic raised."),
                themes: vec![
                    "implementation".into(),
                    "partnerships".into(),
                    "gender".into(),
                ],
                source: "unodc-firearms-2024".into(),
            },
        ],
        attendance: vec![FigureDraft {
            count: 75,
            qualifier: Qualifier::MoreThan,
            counted: Counted::Participants,
            note: None,
            source: "test-firearms-2026".into(),
        }],
        new_sources: vec![SourceDraft {
            id: "test-firearms-2026".into(),
            title: None,
            description: Some(Text::en("A source made up for a test")),
            publisher: "Test publisher".into(),
            kind: SourceKind::CivilSociety,
            url: Some("https://example.org/firearms-2026".into()),
            published: "2026-05".into(),
        }],
        certainty: Some(CertaintyLevel::High),
        certainty_note: None,
    }
}

#[test]
fn a_dialogue_added_to_the_bundled_file_passes_the_cli_validator() {
    let opened = bundled();
    let added = add_dialogue(&opened, &draft()).unwrap_or_else(|r| panic!("{r:?}"));
    assert_eq!(added.dialogue_id, "firearms-2026");
    assert_eq!(
        added.entry_ids,
        ["firearms-2026-agenda-1", "firearms-2026-topic-1"]
    );

    // The reader the CLI uses, on the bytes as the CLI reads them.
    let (data, _) = dataset::load_located_bytes(added.text.as_bytes()).unwrap();
    let d = data.dialogue("firearms-2026").unwrap();
    assert_eq!(
        d.agenda_items[0].text.en,
        "An agenda item \"quoted\", with a new line\nand a backslash \\."
    );
    assert_eq!(d.sources, ["test-firearms-2026", "unodc-firearms-2024"]);
    // In date order: 2026 comes after every dialogue of the file.
    assert_eq!(data.dialogues.last().unwrap().id, "firearms-2026");
    assert!(page_problems(&added.text, Lang::En).is_valid());

    // The command itself.
    let dir = std::env::temp_dir().join(format!("dx-maintain-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("dialogues.json");
    fs::write(&file, &added.text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_validate-dataset"))
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(": valid: 15 dialogues"), "{stdout}");
    let _ = fs::remove_dir_all(&dir);

    // The JSON Schema, which serde reads on its own.
    let schema_json: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(root().join("public/data/dialogues.schema.json")).unwrap(),
    )
    .unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///dialogues.schema.json", schema_json)
        .unwrap();
    let index = compiler
        .compile("file:///dialogues.schema.json", &mut schemas)
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&added.text).unwrap();
    schemas
        .validate(&value, index)
        .unwrap_or_else(|e| panic!("{e:#}"));

    // The place given is the new dialogue's, in UTF-16 units of the new text.
    let before: String = added
        .text
        .encode_utf16()
        .take(added.utf16_offset)
        .map(|u| char::from_u32(u as u32).unwrap_or('?'))
        .collect();
    assert!(before.ends_with(",\n    "));
    assert!(added.text[added.byte_offset..].starts_with("{\n      \"id\": \"firearms-2026\""));
}

#[test]
fn the_change_summary_and_the_translations_list_see_the_new_dialogue() {
    let opened = bundled();
    let added = add_dialogue(&opened, &draft()).unwrap();
    let c = changes(&opened, &added.text, Lang::En);
    assert_eq!(c.dialogues_added[0].id, "firearms-2026");
    assert_eq!(
        c.summary,
        "1 dialogue added; 2 entries added; 1 source added."
    );
    assert_eq!(
        changes(&opened, &added.text, Lang::Zh).summary,
        "新增对话1场；新增条目2个；新增来源1个。"
    );

    // Its texts are in English (the venue in French too): the list names each.
    let missing = missing_translations(&added.text).unwrap();
    let owners: Vec<(OwnerKind, &str, &str)> = missing
        .iter()
        .map(|m| (m.owner.kind, m.owner.id.as_str(), m.field.as_str()))
        .collect();
    assert_eq!(
        owners,
        [
            (OwnerKind::Source, "test-firearms-2026", "description"),
            (OwnerKind::Dialogue, "firearms-2026", "venue"),
            (OwnerKind::Entry, "firearms-2026-agenda-1", "text"),
            (OwnerKind::Entry, "firearms-2026-topic-1", "text"),
        ]
    );
    assert_eq!(missing[1].missing, [Lang::Ar, Lang::Zh, Lang::Ru, Lang::Es]);
    let counts = missing_counts(&missing);
    assert_eq!(counts[0], (Lang::Ar, 4));
    assert_eq!(counts[3], (Lang::Fr, 3));
    assert_eq!(only_missing(&missing, Lang::Fr).len(), 3);
}
