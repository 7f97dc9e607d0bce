//! `calendar-feed [--page-url URL] DATASET OUT_DIR`: writes the calendar feeds of a dataset,
//! `calendar.ics` and `calendar-<working group id>.ics`, into OUT_DIR (made if missing), and
//! prints one line per file written: `OUT_DIR/calendar.ics: 13 events`.
//!
//! With `--page-url`, each event links to its dialogue's page in the app at that address. The
//! files depend on the dataset alone, so two runs on the same data write the same bytes.
//! A dataset that does not load is refused, its first problems printed as `FILE:LINE:COL: …`.

use std::path::Path;
use std::process::ExitCode;

use dialogue_explorer::core::dataset::{self, MAX_BYTES};
use dialogue_explorer::core::export::feed;

const USAGE: &str = "usage: calendar-feed [--page-url URL] DATASET OUT_DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (page_url, file, out) = match args.as_slice() {
        [file, out] if !file.starts_with("--") => ("", file, out),
        [flag, url, file, out] if flag == "--page-url" => (url.as_str(), file, out),
        [flag, file, out] if flag.starts_with("--page-url=") => {
            (&flag["--page-url=".len()..], file, out)
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("calendar-feed: {file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    if bytes.len() > MAX_BYTES {
        let p = dataset::too_large(bytes.len());
        eprintln!("{file}:{}:{}: {p}", p.pos.line, p.pos.column);
        eprintln!("calendar-feed: {file} is not a valid dataset; nothing written");
        return ExitCode::FAILURE;
    }
    let data = match dataset::load_bytes(&bytes) {
        Ok(data) => data,
        Err(problems) => {
            for p in problems.iter().take(10) {
                eprintln!("{file}:{}:{}: {p}", p.pos.line, p.pos.column);
            }
            eprintln!(
                "calendar-feed: {file} is not a valid dataset ({} problem{}); nothing written",
                problems.total(),
                if problems.total() == 1 { "" } else { "s" }
            );
            return ExitCode::FAILURE;
        }
    };
    let out = Path::new(out);
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!(
            "calendar-feed: {}: cannot make the directory: {e}",
            out.display()
        );
        return ExitCode::from(2);
    }
    for (name, text) in feed::feeds(&data, page_url) {
        let path = out.join(&name);
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("calendar-feed: {}: cannot write: {e}", path.display());
            return ExitCode::FAILURE;
        }
        let events = text.matches("\r\nBEGIN:VEVENT\r\n").count();
        let word = if events == 1 { "event" } else { "events" };
        println!("{}: {events} {word}", path.display());
    }
    ExitCode::SUCCESS
}
