//! The hostile corpus (`tests/fixtures/hostile/`, listed in its `manifest.json`): every case is
//! read by the library validator within a time and a memory bound, every invalid one gets at
//! least one problem placed at a line and column, every valid one loads.
//!
//! Memory is measured by a counting allocator: the peak of the bytes allocated while a case is
//! read, above what was allocated before (the input itself is not counted). A growing `realloc`
//! is counted as if it copied (old and new block both held), as the WebAssembly allocator may.
//!
//! `cargo test --test hostile -- --nocapture` prints a table of the cases.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use dialogue_explorer::core::dataset::{self, ProblemKind, Problems, MAX_PROBLEMS};
use dialogue_explorer::core::json::MAX_VALUES;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        if new_size > old {
            // Both blocks are held while the old one is copied.
            grew(new_size);
        }
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            if new_size > old {
                CURRENT.fetch_sub(new_size, Ordering::Relaxed);
            }
        } else if new_size > old {
            CURRENT.fetch_sub(old, Ordering::Relaxed);
        } else {
            CURRENT.fetch_sub(old - new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time in this binary, so that each peak is the case's own.
static SERIAL: Mutex<()> = Mutex::new(());

/// Bounds for a debug build on a shared two-core machine, with margin: there the slowest case
/// (a million unknown ids, 10.7 MB) takes under 3 s and the largest peak is about 130 MB (a
/// million unknown fields); see the printed table.
const TIME_BOUND: Duration = Duration::from_secs(10);
const MEMORY_BOUND_MB: f64 = 256.0;

/// The longest problem message or path any case may give.
const PROBLEM_TEXT_MAX: usize = 400;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn hostile(file: &str) -> PathBuf {
    root().join("tests/fixtures/hostile").join(file)
}

#[derive(Debug)]
struct Case {
    name: String,
    file: Option<String>,
    generated: Option<String>,
    category: String,
    valid: bool,
}

fn manifest() -> Vec<Case> {
    let text = fs::read_to_string(hostile("manifest.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let field = |c: &serde_json::Value, name: &str| c[name].as_str().map(str::to_string);
    json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            name: field(c, "name").unwrap(),
            file: field(c, "file"),
            generated: field(c, "generated"),
            category: field(c, "category").unwrap(),
            valid: match c["expected"].as_str() {
                Some("valid") => true,
                Some("invalid") => false,
                other => panic!("{c}: expected is {other:?}"),
            },
        })
        .collect()
}

// ---- the generated cases ----

const MINIMAL_HEAD: &str = r#"{"schema_version": 1,
"working_groups": [{"id": "tip", "name": "Working Group", "short_name": "TIP", "instrument": "Protocol"}],
"themes": [{"id": "corruption", "label": "Corruption", "description": "Corruption."}],
"#;

const ARTICLE: &str =
    r#"{"id": "article", "title": "An article", "publisher": "A publisher", "kind": "official"}"#;

fn with_dialogue(sources: &str, dialogue_sources: &str) -> Vec<u8> {
    format!(
        r#"{MINIMAL_HEAD}"sources": [{sources}],
"dialogues": [{{"id": "d", "working_groups": ["tip"], "follows_sessions": [], "time_zone": "UTC",
  "chairs": [], "ordinals": [], "agenda_items": [], "topics_raised": [], "attendance": [],
  "certainty": {{"level": "high"}}, "sources": [{dialogue_sources}]}}]}}"#
    )
    .into_bytes()
}

fn joined(n: usize, item: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item(i));
    }
    out
}

/// The bundled dataset with its dialogues repeated under new ids until it holds `bytes`.
fn enlarged(bytes: usize) -> Vec<u8> {
    let text = fs::read_to_string(root().join("public/data/dialogues.json")).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&text).unwrap();
    let originals = data["dialogues"].as_array().unwrap().clone();
    let per_round = serde_json::to_vec_pretty(&originals).unwrap().len();
    let rounds = bytes.saturating_sub(text.len()) / per_round;
    let dialogues = data["dialogues"].as_array_mut().unwrap();
    for round in 1..=rounds {
        for d in &originals {
            let mut d = d.clone();
            let renamed = |v: &mut serde_json::Value| {
                let id = format!("{}-r{round}", v["id"].as_str().unwrap());
                v["id"] = id.into();
            };
            renamed(&mut d);
            for list in ["agenda_items", "topics_raised"] {
                for e in d[list].as_array_mut().unwrap() {
                    renamed(e);
                }
            }
            dialogues.push(d);
        }
    }
    serde_json::to_vec_pretty(&data).unwrap()
}

fn generate(name: &str) -> Vec<u8> {
    match name {
        "nesting-100000-levels" => "[".repeat(100_000).into_bytes(),
        "sources-2-million-numbers" => {
            let mut text = String::with_capacity(4_100_000);
            text.push_str(MINIMAL_HEAD);
            text.push_str("\"dialogues\": [],\n\"sources\": [");
            text.push_str(&"1,".repeat(1_999_999));
            text.push_str("1]}");
            text.into_bytes()
        }
        "valid-6-mb" => enlarged(6 << 20),
        "file-40-mb" => vec![b' '; 40 << 20],
        "string-10-mb" => {
            let big = "x".repeat(5 << 20);
            with_dialogue(
                &format!(
                    r#"{{"id": "article", "title": "{big}", "publisher": "P", "kind": "{big}"}}"#
                ),
                r#""article""#,
            )
        }
        "one-million-unknown-fields" => {
            let fields = joined(1_000_005, |i| format!(r#""f{}": 1"#, i % 1_000_000));
            with_dialogue(
                &format!(
                    r#"{{"id": "article", "title": "T", "publisher": "P", "kind": "official", {fields}}}"#
                ),
                r#""article""#,
            )
        }
        "one-million-dangling-references" => with_dialogue(
            &joined(5_000, |i| {
                format!(r#"{{"id": "s-{i}", "title": "T", "publisher": "P", "kind": "official"}}"#)
            }),
            &joined(1_000_000, |i| format!(r#""x-{i}""#)),
        ),
        "one-million-listed-twice" => {
            with_dialogue(ARTICLE, &joined(1_000_000, |_| r#""article""#.to_string()))
        }
        "too-many-values" => format!("[{}0]", "0,".repeat(MAX_VALUES - 1)).into_bytes(),
        other => panic!("no generator for the manifest's case {other}"),
    }
}

// ---- reading a case ----

struct Outcome {
    result: Result<(), Problems>,
    time: Duration,
    peak_mb: f64,
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

fn measure(bytes: &[u8]) -> Outcome {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let start = Instant::now();
    let result = dataset::load_bytes(bytes).map(drop);
    let time = start.elapsed();
    let peak_mb = mb(PEAK.load(Ordering::Relaxed).saturating_sub(before));
    Outcome {
        result,
        time,
        peak_mb,
    }
}

fn bytes_of(case: &Case) -> Vec<u8> {
    match (&case.file, &case.generated) {
        (Some(file), None) => fs::read(hostile(file)).unwrap(),
        (None, Some(name)) => generate(name),
        _ => panic!("{}: give either file or generated", case.name),
    }
}

/// What some cases must give beyond a located problem: the cap, the limits, the counts.
fn check_specifics(name: &str, problems: &Problems) -> Result<(), String> {
    let first = &problems[0];
    let place = (first.pos.line, first.pos.column);
    let count = |kind| problems.iter().filter(|p| p.kind == kind).count() + problems.more_of(kind);
    let expect = |ok: bool, what: &str| {
        if ok {
            Ok(())
        } else {
            Err(format!(
                "{what}: {place:?} {first} / more {:?}",
                problems.more
            ))
        }
    };
    match name {
        "sources-2-million-numbers" => expect(
            problems.len() == MAX_PROBLEMS
                && problems.more == [(ProblemKind::WrongType, 1_999_900)]
                && problems.total() == 2_000_000
                && problems.more_after(MAX_PROBLEMS - 1) == Some(1_999_900)
                && first.path == "sources[0]"
                && first.message == "expected an object, found a number"
                && problems[99].path == "sources[99]",
            "the first 100 and a count of the others",
        ),
        "nesting-100000-levels" => expect(
            place == (1, 66) && first.message == "JSON syntax error: nested deeper than 64 levels",
            "refused at level 65",
        ),
        "file-40-mb" => expect(
            first.kind == ProblemKind::TooLarge
                && first.message
                    == "the file is too large: 41,943,040 bytes, at most 33,554,432 (32 MB)",
            "refused by its size",
        ),
        "too-many-values" => expect(
            place == (1, 2 * MAX_VALUES as u32)
                && first.message.contains("at most 2,097,152 values"),
            "refused at the value past the limit",
        ),
        "one-million-unknown-fields" => expect(
            count(ProblemKind::UnknownField) == 1_000_005 && count(ProblemKind::RepeatedField) == 5,
            "every unknown and repeated field counted",
        ),
        "one-million-dangling-references" => expect(
            count(ProblemKind::UnknownId) == 1_000_000,
            "every unknown id counted",
        ),
        "one-million-listed-twice" => expect(
            count(ProblemKind::ListedTwice) == 999_999,
            "every repeated reference counted",
        ),
        _ => Ok(()),
    }
}

#[test]
fn every_hostile_case_is_read_within_bounds_and_judged_as_expected() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let cases = manifest();
    let mut failures: Vec<String> = Vec::new();
    let (mut worst_time, mut worst_peak) = (Duration::ZERO, 0.0_f64);
    println!(
        "\n{:<40} {:<15} {:<26} {:>8} {:>9} {:>9}",
        "case", "category", "outcome", "ms", "input MB", "peak MB"
    );
    for case in &cases {
        let bytes = bytes_of(case);
        let out = measure(&bytes);
        let outcome = match &out.result {
            Ok(()) => "valid".to_string(),
            Err(p) => format!(
                "invalid: {} problem{}",
                p.total(),
                if p.total() == 1 { "" } else { "s" }
            ),
        };
        println!(
            "{:<40} {:<15} {:<26} {:>8.1} {:>9.2} {:>9.2}",
            case.name,
            case.category,
            outcome,
            out.time.as_secs_f64() * 1000.0,
            mb(bytes.len()),
            out.peak_mb
        );
        worst_time = worst_time.max(out.time);
        worst_peak = worst_peak.max(out.peak_mb);
        let mut fail = |why: String| failures.push(format!("{}: {why}", case.name));
        if out.time > TIME_BOUND {
            fail(format!("took {:?}, more than {TIME_BOUND:?}", out.time));
        }
        if out.peak_mb > MEMORY_BOUND_MB {
            fail(format!(
                "took {:.1} MB, more than {MEMORY_BOUND_MB} MB",
                out.peak_mb
            ));
        }
        match (&out.result, case.valid) {
            (Ok(()), true) => {}
            (Ok(()), false) => fail("expected invalid, but it loads".into()),
            (Err(p), true) => fail(format!("expected valid, but: {:?}", p.first())),
            (Err(p), false) => {
                if p.is_empty() || p.len() > MAX_PROBLEMS {
                    fail(format!("{} problems shown", p.len()));
                } else if let Err(why) = check_specifics(&case.name, p) {
                    fail(why);
                }
                if !p.iter().any(|p| p.pos.line >= 1 && p.pos.column >= 1) {
                    fail("no problem has a line and column".into());
                }
                for problem in p.iter() {
                    let long = problem
                        .message
                        .chars()
                        .count()
                        .max(problem.path.chars().count());
                    if long > PROBLEM_TEXT_MAX {
                        fail(format!("a problem of {long} characters"));
                    }
                }
            }
        }
    }
    println!(
        "{} cases; slowest {:.1} ms, largest peak {:.1} MB",
        cases.len(),
        worst_time.as_secs_f64() * 1000.0,
        worst_peak
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_manifest_lists_every_file_and_at_least_forty_cases() {
    let cases = manifest();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let listed: Vec<&str> = cases.iter().filter_map(|c| c.file.as_deref()).collect();
    let mut on_disk: Vec<String> = fs::read_dir(hostile(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "manifest.json")
        .collect();
    on_disk.sort();
    for file in &on_disk {
        assert!(
            listed.contains(&file.as_str()),
            "{file} is not in the manifest"
        );
    }
    for file in &listed {
        assert!(hostile(file).exists(), "{file} is listed but missing");
    }
    for case in &cases {
        assert!(
            case.file.is_some() != case.generated.is_some(),
            "{}: give either file or generated",
            case.name
        );
    }
    let valid = cases.iter().filter(|c| c.valid).count();
    assert!(valid >= 5 && cases.len() - valid >= 30, "{valid} valid");
}

/// Reading time grows with the size: the time per megabyte of a 6 MB dataset is within a small
/// factor of that of a 1 MB one (each the best of three runs, for a shared machine).
#[test]
fn reading_time_per_megabyte_stays_the_same_from_one_to_six_megabytes() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let per_mb = |bytes: &[u8]| {
        let best = (0..3)
            .map(|_| {
                let start = Instant::now();
                dataset::load_bytes(bytes).expect("the enlarged dataset is valid");
                start.elapsed()
            })
            .min()
            .unwrap();
        best.as_secs_f64() * 1000.0 / mb(bytes.len())
    };
    let small = enlarged(1 << 20);
    let large = enlarged(6 << 20);
    let (a, b) = (per_mb(&small), per_mb(&large));
    println!(
        "\nreading: {:.1} ms/MB at {:.1} MB, {:.1} ms/MB at {:.1} MB",
        a,
        mb(small.len()),
        b,
        mb(large.len())
    );
    assert!(b < a * 2.5, "{b:.1} ms/MB at 6 MB against {a:.1} at 1 MB");
}

#[test]
fn the_command_line_validator_prints_the_first_hundred_and_the_count() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sources-2-million-numbers.json");
    fs::write(&file, generate("sources-2-million-numbers")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_validate-dataset"))
        .arg(&file)
        .output()
        .unwrap();
    fs::remove_file(&file).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let name = file.display().to_string();
    assert_eq!(lines.len(), MAX_PROBLEMS + 1, "{stdout}");
    assert!(lines[0].starts_with(&format!("{name}:")));
    assert!(lines[0].ends_with(": sources[0]: expected an object, found a number"));
    assert_eq!(
        lines[MAX_PROBLEMS],
        format!("{name}: and 1999900 more of the same kind")
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("2,000,000 problems, the first 100 shown"),
        "{stderr}"
    );
}

#[test]
fn the_command_line_validator_names_a_utf16_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_validate-dataset"))
        .arg(hostile("encoding-utf16le-bom.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.ends_with(":1:1: the file is UTF-16 (little-endian, with a byte-order mark) text, not UTF-8: save it as UTF-8 and load it again\n"),
        "{stdout}"
    );
}
