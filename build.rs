//! Writes the app's stylesheet into OUT_DIR: the files of `style/` that the module carries, in
//! cascade order, without their comments (src/core/css.rs says why).

#[path = "src/core/css.rs"]
mod css;

/// The files of `style/` that src/ui/styles.rs embeds, in cascade order. `host.css` only matters
/// inside a shadow root; `page.css` styles index.html and embed.html and is not here.
const APP_STYLES: &[&str] = &[
    "tokens",
    "app",
    "summary",
    "load_error",
    "explorer",
    "filters",
    "entries",
    "matrix",
    "agenda",
    "brief",
    "stars",
    "export",
    "print",
    "host",
];

fn main() {
    let mut sheet = String::new();
    for name in APP_STYLES {
        let path = format!("style/{name}.css");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        sheet.push_str(&css::compact(&text));
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("stylesheet.css");
    std::fs::write(&out, sheet).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
