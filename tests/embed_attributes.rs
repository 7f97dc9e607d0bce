//! embed/embed.js lists the attributes the element watches (a change redraws the explorer): the
//! brand colours there must be exactly those the domain accepts (src/core/embedding.rs).
#![cfg(not(target_arch = "wasm32"))]

use dialogue_explorer::core::embedding::BRAND_COLOURS;

#[test]
fn the_element_watches_every_brand_colour_and_the_embedding_options() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/embed/embed.js");
    let source = std::fs::read_to_string(path).expect("embed/embed.js is readable");
    let start = source
        .find("const COLOURS = [")
        .expect("embed.js lists COLOURS")
        + 17;
    let end = start + source[start..].find("];").expect("the list ends with ];");
    let listed: Vec<&str> = source[start..end]
        .split(',')
        .map(|s| s.trim().trim_matches('\''))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(listed, BRAND_COLOURS);
    for option in ["'filters'", "'views'", "'controls'", "...COLOURS"] {
        assert!(
            source.contains(option),
            "embed.js's ATTRIBUTES hold {option}"
        );
    }
}
