//! embed/embed.js says "could not load" itself (the module did not load, so no catalogue is
//! there to ask), from a copy of two messages of each catalogue: the copy must be exactly the
//! catalogues' `could_not_load` and `open_own_page`, for each of the six languages and no other.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use dialogue_explorer::core::messages::{catalogue, supported, LANGUAGES};

const START: &str = "const FAILURE_MESSAGES = ";

/// The table of embed.js: `{ "ar": [sentence, link], … }`, written as JSON.
fn table() -> BTreeMap<String, Vec<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/embed/embed.js");
    let source = std::fs::read_to_string(path).expect("embed/embed.js is readable");
    assert_eq!(
        source.matches(START).count(),
        1,
        "embed.js declares `{START}` once"
    );
    let from = source.find(START).unwrap() + START.len();
    let end = source[from..]
        .find("\n};")
        .expect("the table ends with `};` at the start of a line");
    let json = &source[from..from + end + 2];
    serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("the table of embed.js is not JSON ({e}):\n{json}"))
}

#[test]
fn embed_js_says_could_not_load_in_the_catalogues_words() {
    let table = table();
    let languages: Vec<&str> = table.keys().map(String::as_str).collect();
    let mut expected = LANGUAGES.to_vec();
    expected.sort_unstable();
    assert_eq!(languages, expected, "one entry per interface language");
    for lang in LANGUAGES {
        let m = catalogue(supported(lang).expect("a catalogue"));
        assert_eq!(
            table[lang],
            [m.could_not_load, m.open_own_page],
            "embed.js's {lang} entry is [could_not_load, open_own_page] of src/core/messages/{lang}.rs"
        );
    }
}

#[test]
fn each_language_has_its_own_words() {
    // A language left in English (or copied from another) would still pass the check above if
    // its catalogue had the same mistake: the catalogues must differ from each other.
    let sentences: Vec<&str> = LANGUAGES
        .iter()
        .map(|l| catalogue(supported(l).expect("a catalogue")).could_not_load)
        .collect();
    for (i, a) in sentences.iter().enumerate() {
        assert!(!a.trim().is_empty());
        for b in &sentences[i + 1..] {
            assert_ne!(a, b, "two languages say the same sentence");
        }
    }
}
