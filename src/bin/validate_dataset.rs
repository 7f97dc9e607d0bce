//! `validate-dataset [--languages ar,zh,en,fr,ru,es] FILE`: checks a dataset file and prints each
//! problem as `FILE:LINE:COL: message`, the form editors and terminals turn into links.
//!
//! With `--languages`, it also reports every reader-facing text that lacks one of those
//! languages (an error), and every Arabic, Chinese or Russian text in Latin letters only (a
//! warning, `FILE:LINE:COL: warning: …`). Warnings alone do not make the check fail.
//!
//! It prints at most the first 100 problems (and 100 findings), then how many more there are:
//! `FILE: and 1999900 more of the same kind`.
//!
//! It speaks English: it is for developers and translators working on the file, and its output is
//! compared with golden files (tests/fixtures/invalid). The app and the maintainer's page say the
//! same problems in the reader's language (`Problem::say`).

use std::io::Read;
use std::process::ExitCode;

use dialogue_explorer::core::dataset::languages::{self, Severity};
use dialogue_explorer::core::dataset::{self, MAX_BYTES, MAX_PROBLEMS};
use dialogue_explorer::core::json::thousands;
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
    let bytes = match read_at_most(file, MAX_BYTES) {
        Ok(Contents::Whole(bytes)) => bytes,
        Ok(Contents::TooLarge(size)) => {
            let p = dataset::too_large(size);
            println!("{file}:{}:{}: {p}", p.pos.line, p.pos.column);
            eprintln!("{file}: 1 problem");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    match dataset::load_located_bytes(&bytes) {
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
            for f in findings.iter().take(MAX_PROBLEMS) {
                println!("{file}:{}:{}: {f}", f.pos.line, f.pos.column);
            }
            if findings.len() > MAX_PROBLEMS {
                println!(
                    "{file}: and {} more findings, not shown",
                    findings.len() - MAX_PROBLEMS
                );
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
            for (i, p) in problems.iter().enumerate() {
                println!("{file}:{}:{}: {p}", p.pos.line, p.pos.column);
                if let Some(more) = problems.more_after(i) {
                    println!("{file}: {}", (EN.more_problems)(more));
                }
            }
            let total = problems.total();
            let plural = if total == 1 { "" } else { "s" };
            let shown = if problems.left_out() > 0 {
                format!(", the first {} shown", problems.len())
            } else {
                String::new()
            };
            eprintln!("{file}: {} problem{plural}{shown}", thousands(total));
            ExitCode::FAILURE
        }
    }
}

/// What reading the file gave: its bytes, or only its size when it is larger than the limit
/// (so that a huge file is not read into memory to be refused).
enum Contents {
    Whole(Vec<u8>),
    TooLarge(usize),
}

fn read_at_most(file: &str, limit: usize) -> std::io::Result<Contents> {
    let mut bytes = Vec::new();
    let handle = std::fs::File::open(file)?;
    let size = handle.metadata()?.len();
    handle.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Ok(Contents::TooLarge(size.try_into().unwrap_or(usize::MAX)));
    }
    Ok(Contents::Whole(bytes))
}
