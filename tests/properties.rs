//! Property tests: the JSON reader, the dataset decoder, the address state and the stars reader
//! take any input without panicking, and what they write they read back. Case counts are kept
//! small so that `cargo test` stays fast; `PROPTEST_CASES=10000` runs more.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use proptest::prelude::*;

use dialogue_explorer::core::dataset::{self, Problems, MAX_PROBLEMS};
use dialogue_explorer::core::json::{self, Node, Value};
use dialogue_explorer::core::stars::{Stars, Stored};
use dialogue_explorer::core::url_state::{self, UrlState};

fn bundled() -> &'static [u8] {
    static TEXT: OnceLock<Vec<u8>> = OnceLock::new();
    TEXT.get_or_init(|| {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/dialogues.json"
        ))
        .unwrap()
    })
}

/// `cases` cases, or as many as `PROPTEST_CASES` says.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A JSON value of a few levels, as serde_json holds it.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e300..1e300f64).prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::vec((any::<String>(), inner), 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Numbers as the text serde_json writes for them, which is what our reader keeps.
fn numbers_as_text(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Number(n) => n.to_string().into(),
        serde_json::Value::Array(items) => items.into_iter().map(numbers_as_text).collect(),
        serde_json::Value::Object(members) => serde_json::Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k, numbers_as_text(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Our tree as serde_json's, to compare the two readers (numbers as the text we kept).
fn as_serde(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Number(raw) => raw.clone().into(),
        Value::String(s) => s.clone().into(),
        Value::Array(items) => items.iter().map(as_serde).collect(),
        Value::Object(members) => serde_json::Value::Object(
            members
                .iter()
                .map(|m| (m.key.clone(), as_serde(&m.value)))
                .collect(),
        ),
    }
}

/// What every refusal must be: at most the cap shown, each placed inside the text, each short.
fn check_problems(text: &[u8], problems: &Problems) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty());
    prop_assert!(problems.len() <= MAX_PROBLEMS);
    let lines = text.iter().filter(|b| **b == b'\n').count() as u32 + 1;
    for p in problems.iter() {
        prop_assert!(p.pos.line >= 1 && p.pos.column >= 1, "{:?}", p.pos);
        prop_assert!(p.pos.line <= lines, "{:?} past line {lines}", p.pos);
        prop_assert!(p.message.chars().count() <= 400, "{}", p.message);
        prop_assert!(p.path.chars().count() <= 400, "{}", p.path);
    }
    prop_assert!(problems.windows(2).all(|w| w[0].pos <= w[1].pos));
    Ok(())
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Truncate { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Delete { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let len = bundled().len();
    prop_oneof![
        (0..len, 0..8u8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (0..len).prop_map(|at| Mutation::Truncate { at }),
        (
            0..len,
            prop::collection::vec(
                prop_oneof![Just(b'{'), Just(b'"'), Just(b','), Just(b'\\'), any::<u8>()],
                1..8
            )
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (0..len, 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
    ]
}

fn mutated(mutations: &[Mutation]) -> Vec<u8> {
    let mut text = bundled().to_vec();
    for m in mutations {
        let clamp = |at: usize, text: &Vec<u8>| at.min(text.len());
        match m {
            Mutation::Flip { at, bit } => {
                if let Some(b) = text.get_mut(*at) {
                    *b ^= 1 << bit;
                }
            }
            Mutation::Truncate { at } => text.truncate(*at),
            Mutation::Insert { at, bytes } => {
                let at = clamp(*at, &text);
                text.splice(at..at, bytes.iter().copied());
            }
            Mutation::Delete { at, len } => {
                let at = clamp(*at, &text);
                let end = (at + len).min(text.len());
                text.drain(at..end);
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_json_reader_takes_any_text(text in any::<String>()) {
        if let Err(e) = json::parse(&text) {
            prop_assert!(e.pos.line >= 1 && e.pos.column >= 1);
        }
    }

    /// On texts of JSON's own characters, the reader accepts exactly what serde_json accepts.
    #[test]
    fn the_json_reader_agrees_with_serde_json(text in r#"[\[\]{}":, 0-9a-z.eE+\-\\\n]{0,24}"#) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours.err());
    }

    #[test]
    fn the_json_reader_reads_back_what_serde_json_writes(value in any_json(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let node = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert_eq!(as_serde(&node), numbers_as_text(value));
    }

    #[test]
    fn the_dataset_reader_takes_any_text_and_bytes(text in any::<String>(), bytes in any::<Vec<u8>>()) {
        if let Err(problems) = dataset::load(&text) {
            check_problems(text.as_bytes(), &problems)?;
        }
        if let Err(problems) = dataset::load_bytes(&bytes) {
            check_problems(&bytes, &problems)?;
        }
    }
}

proptest! {
    #![proptest_config(config(32))]

    /// The bundled dataset with bytes flipped, cut, inserted or deleted: read without panic, and
    /// refused (when it is) with located, bounded problems.
    #[test]
    fn the_dataset_reader_takes_any_damaged_copy_of_the_bundled_file(
        mutations in prop::collection::vec(mutation(), 1..4)
    ) {
        let text = mutated(&mutations);
        match dataset::load_bytes(&text) {
            Ok(data) => prop_assert!(!data.sources.is_empty()),
            Err(problems) => check_problems(&text, &problems)?,
        }
    }
}

/// Query strings made of the explorer's own parameters and arbitrary values, raw or encoded.
fn any_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("dx-view"),
        Just("dx-id"),
        Just("dx-wg"),
        Just("dx-year"),
        Just("dx-theme"),
        Just("dx-kind"),
        Just("dx-status"),
        Just("dx-q"),
        Just("dx-cols"),
        Just("dx-cell"),
        Just("dx-today"),
        Just("dx-shared"),
        Just("dx-lang"),
        Just("page"),
    ];
    let value = prop_oneof![
        Just("dialogue".to_string()),
        Just("theme".to_string()),
        Just("agenda".to_string()),
        Just("years".to_string()),
        Just("2024-02-29".to_string()),
        Just("fr-CH".to_string()),
        Just("children.tip-2023".to_string()),
        "[a-z0-9,. -]{0,12}",
        any::<String>().prop_map(|s| url_state::encode(&s)),
        any::<String>(),
    ];
    prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        let pairs: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("?{}", pairs.join("&"))
    })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_address_reader_takes_any_text(text in any::<String>(), namespace in "[a-z_]{1,4}") {
        let _ = UrlState::parse(&text);
        let _ = UrlState::parse_in(&text, &namespace);
        let _ = url_state::decode(&text);
    }

    /// A state read from an address is written back to an address that reads as the same state,
    /// and the page's own parameters stay.
    #[test]
    fn a_parsed_state_round_trips(query in any_query()) {
        let state = UrlState::parse(&query);
        let written = state.to_query("?page=2");
        prop_assert_eq!(UrlState::parse(&written), state.clone(), "{} -> {}", query, written);
        prop_assert!(written.starts_with("?page=2"));
        prop_assert_eq!(state.to_query(&written), written);
    }

    #[test]
    fn encoded_text_decodes_to_itself(text in any::<String>()) {
        prop_assert_eq!(url_state::decode(&url_state::encode(&text)), Some(text));
    }
}

fn any_id() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
}

fn any_stars() -> impl Strategy<Value = Stars> {
    (
        prop::collection::btree_set(any_id(), 0..12),
        prop::collection::btree_set(any_id(), 0..12),
    )
        .prop_map(|(dialogues, entries)| Stars { dialogues, entries })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_stars_reader_takes_any_text(text in any::<String>()) {
        let _ = Stars::from_storage(Some(&text));
        let _ = Stars::from_share(&text);
    }

    /// What is stored is read back whole, and a shared link keeps every star however much junk
    /// is added to it.
    #[test]
    fn no_readable_star_is_lost(stars in any_stars(), junk in any::<String>()) {
        prop_assert_eq!(
            Stars::from_storage(Some(&stars.to_storage())),
            Stored::Stars(stars.clone())
        );
        prop_assert_eq!(Stars::from_share(&stars.to_share()), stars.clone());
        let with_junk = Stars::from_share(&format!("{junk},{},{junk}", stars.to_share()));
        prop_assert!(with_junk.dialogues.is_superset(&stars.dialogues));
        prop_assert!(with_junk.entries.is_superset(&stars.entries));
    }
}

#[test]
fn huge_stars_and_huge_junk_are_read() {
    let ids: BTreeSet<String> = (0..20_000).map(|i| format!("d-{i}")).collect();
    let stars = Stars {
        dialogues: ids.clone(),
        entries: ids,
    };
    assert_eq!(
        Stars::from_storage(Some(&stars.to_storage())),
        Stored::Stars(stars.clone())
    );
    assert_eq!(Stars::from_share(&stars.to_share()), stars);
    for junk in [
        "[".repeat(1_000_000),
        "\"".repeat(1_000_001),
        format!(
            "{{\"version\":1,\"dialogues\":[\"{}\"]}}",
            "x".repeat(5_000_000)
        ),
        ",".repeat(1_000_000),
    ] {
        assert!(matches!(
            Stars::from_storage(Some(&junk)),
            Stored::Unreadable(_)
        ));
        assert!(Stars::from_share(&junk).is_empty());
    }
}
