//! `make bench`: how long the domain's work takes on the bundled dataset and on a larger
//! synthetic one. Prints figures; asserts nothing (timings are not tests).

use std::hint::black_box;
use std::time::Instant;

use dialogue_explorer::core::dataset;
use dialogue_explorer::core::date::PartialDate;
use dialogue_explorer::core::index::Index;
use dialogue_explorer::core::matrix::{self, Columns};
use dialogue_explorer::core::query::{Facet, Filters, Selection};

fn time<T>(label: &str, iterations: u32, mut work: impl FnMut() -> T) {
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(work());
    }
    let each = start.elapsed() / iterations;
    println!("{label:<48} {:>10.1} µs", each.as_secs_f64() * 1e6);
}

/// The bundled dataset with its dialogues repeated `times` times under new ids.
fn enlarged(text: &str, times: usize) -> String {
    let start = text.find("\"dialogues\": [").expect("a dialogues list") + "\"dialogues\": [".len();
    let end = text.rfind(']').expect("the end of the list");
    let body = text[start..end].trim();
    let copies: Vec<String> = (0..times)
        .map(|i| body.replace("\"id\": \"", &format!("\"id\": \"c{i}-")))
        .collect();
    format!("{}{}{}", &text[..start], copies.join(",\n"), &text[end..])
}

fn main() {
    let text = std::fs::read_to_string("public/data/dialogues.json")
        .expect("run from the repository root");
    let today = PartialDate::day(2026, 11, 28);
    let mut filtered = Filters::default();
    filtered.toggle(Facet::Theme, "corruption");
    filtered.toggle(Facet::Theme, "children");
    filtered.text = "traffick".into();

    let entries = dataset::load(&text)
        .expect("the bundled dataset")
        .entry_count();
    // The bundled dataset, then about 1,000 and 10,000 entries.
    let sizes = [
        ("bundled".to_string(), text.clone()),
        (
            format!("x{}", 1000 / entries),
            enlarged(&text, 1000 / entries),
        ),
        (
            format!("x{}", 10_000 / entries),
            enlarged(&text, 10_000 / entries),
        ),
    ];
    for (name, text) in sizes {
        let data = dataset::load(&text).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        println!(
            "{name}: {} bytes, {} dialogues, {} entries",
            text.len(),
            data.dialogues.len(),
            data.entry_count()
        );
        let n = if name == "bundled" { 200 } else { 10 };
        time("  parse and validate", n, || dataset::load(&text).is_ok());
        time("  index (once per dataset)", n, || {
            Index::new(&data, today).entries.len()
        });
        let index = Index::new(&data, today);
        let mut one_theme = Filters::default();
        one_theme.toggle(Facet::Theme, "corruption");
        time("  query, no filter (with facet counts)", n * 10, || {
            Selection::from_index(&index, &Filters::default())
                .hits
                .len()
        });
        time("  query, one theme (a facet click)", n * 10, || {
            Selection::from_index(&index, &one_theme).hits.len()
        });
        time("  query, two themes and a search", n * 10, || {
            Selection::from_index(&index, &filtered).hits.len()
        });
        let all = Selection::from_index(&index, &Filters::default());
        let columns = Columns::Dialogues.fitting(all.dialogues.len());
        time(&format!("  matrix ({})", columns.key()), n * 10, || {
            matrix::build(&data, &index, &all, columns).max
        });
    }
}
