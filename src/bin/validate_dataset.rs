//! `validate-dataset [--languages ar,zh,en,fr,ru,es] FILE`: checks a dataset file and prints each
//! problem as `FILE:LINE:COL: message`, the form editors and terminals turn into links.
//!
//! With `--languages`, it also reports every reader-facing text that lacks one of those
//! languages (an error), and every Arabic, Chinese or Russian text in Latin letters only (a
//! warning, `FILE:LINE:COL: warning: …`). Warnings alone do not make the check fail.

use std::process::ExitCode;

use dialogue_explorer::core::dataset;
use dialogue_explorer::core::dataset::languages::{self, Severity};
use dialogue_explorer::core::messages::EN;
use dialogue_explorer::core::summary::Summary;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (languages, file) = match args.as_slice() {
        [file] if !file.starts_with("--") => (None, file),
        [flag, list, file] if flag == "--languages" => (Some(list.as_str()), file),
        [flag, file] if flag.starts_with("--languages=") => {
            (Some(&flag["--languages=".len()..]), file)
        }
        _ => {
            eprintln!("usage: validate-dataset [--languages ar,zh,en,fr,ru,es] FILE");
            return ExitCode::from(2);
        }
    };
    let languages = match languages.map(languages::parse_languages).transpose() {
        Ok(languages) => languages,
        Err(message) => {
            eprintln!("validate-dataset: --languages: {message}");
            return ExitCode::from(2);
        }
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
    match dataset::load_located(&text) {
        Ok((data, texts)) => {
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
            let Some(languages) = languages else {
                return ExitCode::SUCCESS;
            };
            let findings = languages::check(&texts, &languages);
            for f in &findings {
                println!("{file}:{}:{}: {f}", f.pos.line, f.pos.column);
            }
            let errors = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let warnings = findings.len() - errors;
            let list = languages.join(", ");
            if findings.is_empty() {
                println!("{file}: every text to translate is in {list}");
            } else {
                eprintln!(
                    "{file}: {errors} text{} lacking one of {list}, {warnings} warning{}",
                    if errors == 1 { "" } else { "s" },
                    if warnings == 1 { "" } else { "s" },
                );
            }
            if errors == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
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
