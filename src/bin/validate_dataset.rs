//! `validate-dataset FILE`: checks a dataset file and prints each problem as
//! `FILE:LINE:COL: message`, the form editors and terminals turn into links.

use std::process::ExitCode;

use dialogue_explorer::core::dataset;
use dialogue_explorer::core::messages::EN;
use dialogue_explorer::core::summary::Summary;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file] = args.as_slice() else {
        eprintln!("usage: validate-dataset FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let (line, column) = position_of_byte(e.as_bytes(), e.utf8_error().valid_up_to());
                println!("{file}:{line}:{column}: the file is not UTF-8 text");
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    match dataset::load(&text) {
        Ok(data) => {
            let s = Summary::of(&data);
            println!(
                "{file}: valid: {} {}, {} {}, {} {}, {} {}, {} {}",
                s.dialogues,
                (EN.dialogues)(s.dialogues),
                s.working_groups,
                (EN.working_groups)(s.working_groups),
                s.themes,
                (EN.themes)(s.themes),
                s.entries,
                (EN.entries)(s.entries),
                s.sources,
                (EN.sources)(s.sources),
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{file}:{}:{}: {p}", p.pos.line, p.pos.column);
            }
            let plural = if problems.len() == 1 { "" } else { "s" };
            eprintln!("{file}: {} problem{plural}", problems.len());
            ExitCode::FAILURE
        }
    }
}

/// Line and column (1-based, in characters) of a byte offset in text that is valid up to there.
fn position_of_byte(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = String::from_utf8_lossy(&bytes[..offset]);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
