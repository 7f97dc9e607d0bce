//! The layers of `src/ui`, checked natively (std only): every file uses only files of its own
//! layer or lower ones, and no files use each other in a cycle.
//!
//! - top: `mod.rs`, `explorer.rs`, `app.rs`, `on_demand.rs`, `maintain/**`
//! - views: `views/**`
//! - widgets: `widgets/**`
//! - base: every other file directly in `src/ui` (`context`, `labels`, `nav`, `i18n`, ...)
//!
//! An edge is any path into `src/ui` written in a file: `use super::…`, `use crate::ui::…`,
//! `super::super::…` and the like, in `use` lines (groups included) or inline in the code.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const LAYERS: [&str; 4] = ["base", "widgets", "views", "top"];
const TOP: [&str; 4] = ["", "explorer", "app", "on_demand"];

/// A module of `src/ui` by its path below `ui`: `[]` for `mod.rs`, `["widgets", "star"]`.
type Module = Vec<String>;

fn layer(module: &Module) -> usize {
    let first = module.first().map(String::as_str).unwrap_or("");
    match first {
        "widgets" => 1,
        "views" => 2,
        "maintain" => 3,
        _ if module.len() <= 1 && TOP.contains(&first) => 3,
        _ => 0,
    }
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "ui/mod.rs".to_string()
    } else {
        format!("ui/{}", module.join("/"))
    }
}

/// The code without comments, strings and char literals (their text could look like paths).
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && {
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                j += 1;
            }
            chars.get(j) == Some(&'"')
        } {
            let mut hashes = 0;
            i += 1;
            while chars[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads a path at `*i` (`a::b::{c, d::e}`), expanded to every full path it names.
fn read_path(code: &[char], i: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let mut path = prefix.to_vec();
    loop {
        while code.get(*i).is_some_and(|c| c.is_whitespace()) {
            *i += 1;
        }
        if code.get(*i) == Some(&'{') {
            *i += 1;
            loop {
                while code.get(*i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    *i += 1;
                }
                match code.get(*i) {
                    None => return,
                    Some('}') => {
                        *i += 1;
                        return;
                    }
                    _ => {
                        let before = *i;
                        read_path(code, i, &path, out);
                        if *i == before {
                            *i += 1;
                        }
                    }
                }
            }
        }
        let start = *i;
        while code
            .get(*i)
            .copied()
            .is_some_and(|c| is_ident(c) || c == '*')
        {
            *i += 1;
        }
        if *i == start {
            break;
        }
        path.push(code[start..*i].iter().collect());
        let mut j = *i;
        while code.get(j).is_some_and(|c| c.is_whitespace()) {
            j += 1;
        }
        if code.get(j) == Some(&':') && code.get(j + 1) == Some(&':') {
            *i = j + 2;
        } else {
            break;
        }
    }
    if path.len() > prefix.len() {
        out.push(path);
    }
}

/// Every path written in `code` that may lead into `src/ui`, fully expanded.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let code: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let starts_word = i == 0 || !(is_ident(code[i - 1]) || code[i - 1] == ':');
        if starts_word && is_ident(code[i]) {
            let mut j = i;
            while j < code.len() && is_ident(code[j]) {
                j += 1;
            }
            let word: String = code[i..j].iter().collect();
            if word == "use" {
                i = j;
                read_path(&code, &mut i, &[], &mut out);
                continue;
            }
            if matches!(word.as_str(), "super" | "crate" | "self") {
                read_path(&code, &mut i, &[], &mut out);
                continue;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The module of `src/ui` that `path`, written in `from`, leads to (None: not into `src/ui`).
fn resolve(
    from: &Module,
    is_mod_rs: bool,
    path: &[String],
    modules: &BTreeSet<Module>,
) -> Option<Module> {
    // The module that `super` is relative to: a file `a/b.rs` is `a::b`, `a/mod.rs` is `a`.
    let mut at = from.clone();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            if rest.get(1).map(String::as_str) != Some("ui") {
                return None;
            }
            at = Vec::new();
            rest = &rest[2..];
        }
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                at.pop()?;
                rest = &rest[1..];
            }
        }
        Some("self") => rest = &rest[1..],
        Some(first) => {
            // A bare path names a child module only from a file that has children.
            let mut child = at.clone();
            child.push(first.to_string());
            if !(is_mod_rs && modules.contains(&child)) {
                return None;
            }
        }
        None => return None,
    }
    // `pub(super)`, `pub(in crate::ui)`, `self.x`: no item, so no use of a module.
    if rest.is_empty() {
        return None;
    }
    let mut target = at;
    for segment in rest {
        let mut deeper = target.clone();
        deeper.push(segment.clone());
        if modules.contains(&deeper) {
            target = deeper;
        } else {
            break;
        }
    }
    Some(target)
}

struct File {
    module: Module,
    mod_rs: bool,
    text: String,
}

/// Every problem with these files' imports: upward edges, then cycles.
fn check(files: &[File]) -> Vec<String> {
    let modules: BTreeSet<Module> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    let mut problems = Vec::new();
    for file in files {
        let targets = edges.entry(file.module.clone()).or_default();
        for path in paths_in(&strip(&file.text)) {
            let Some(target) = resolve(&file.module, file.mod_rs, &path, &modules) else {
                continue;
            };
            if target == file.module {
                continue;
            }
            if layer(&target) > layer(&file.module) {
                problems.push(format!(
                    "{} ({}) uses {} ({}) through `{}`: a {} file may only use files of its layer or below ({})",
                    name(&file.module),
                    LAYERS[layer(&file.module)],
                    name(&target),
                    LAYERS[layer(&target)],
                    path.join("::"),
                    LAYERS[layer(&file.module)],
                    LAYERS[..=layer(&file.module)].join(", "),
                ));
            }
            targets.insert(target);
        }
    }
    problems.extend(cycles(&edges));
    problems
}

/// The cycles among the files, found by a depth-first search: one per edge that closes one.
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    fn visit(
        node: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        marks: &mut BTreeMap<Module, Mark>,
        path: &mut Vec<Module>,
        found: &mut Vec<String>,
    ) {
        marks.insert(node.clone(), Mark::OnPath);
        path.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            match marks.get(next).copied().unwrap_or(Mark::New) {
                Mark::New => visit(next, edges, marks, path, found),
                Mark::OnPath => {
                    let start = path.iter().position(|m| m == next).unwrap_or(0);
                    let mut names: Vec<String> = path[start..].iter().map(name).collect();
                    names.push(name(next));
                    found.push(format!("import cycle: {}", names.join(" -> ")));
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node.clone(), Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut found = Vec::new();
    for node in edges.keys() {
        if marks.get(node).copied().unwrap_or(Mark::New) == Mark::New {
            visit(node, edges, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

fn read_dir(root: &Path, dir: &Path, files: &mut Vec<File>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_dir(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("a file below src/ui");
            let mut module: Module = relative
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let mod_rs = module.last().map(String::as_str) == Some("mod");
            if mod_rs {
                module.pop();
            }
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            files.push(File {
                module,
                mod_rs,
                text,
            });
        }
    }
}

#[test]
fn ui_layers_point_down_and_have_no_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    read_dir(&root, &root, &mut files);
    assert!(
        files.len() > 10,
        "only {} files found in {}",
        files.len(),
        root.display()
    );
    for wanted in [["widgets"], ["views"]] {
        let wanted: Module = wanted.iter().map(|s| s.to_string()).collect();
        assert!(
            files.iter().any(|f| f.module == wanted),
            "src/ui/{}/mod.rs is missing",
            wanted[0]
        );
    }
    let problems = check(&files);
    assert!(
        problems.is_empty(),
        "the layers of src/ui (top > views > widgets > base; see tests/ui_layers.rs):\n  {}\n",
        problems.join("\n  ")
    );
}

fn file(path: &str, text: &str) -> File {
    let mut module: Module = path.split('/').map(str::to_string).collect();
    let mod_rs = path == "mod" || path.ends_with("/mod");
    if mod_rs {
        module.pop();
    }
    File {
        module,
        mod_rs,
        text: text.to_string(),
    }
}

#[test]
fn the_check_sees_upward_imports_and_cycles() {
    let clean = || {
        vec![
            file(
                "mod",
                "mod labels;\nmod views;\nmod widgets;\npub use views::page::Page;",
            ),
            file(
                "labels",
                "use super::i18n::use_lang; // use super::views::page;",
            ),
            file("i18n", "pub fn use_lang() {}"),
            file("widgets/mod", "pub mod star;\npub mod text;"),
            file(
                "widgets/star",
                "use crate::ui::{labels::name, widgets::text::{A, B}};",
            ),
            file(
                "widgets/text",
                "fn f() { super::super::labels::name(\"super::views\") }",
            ),
            file("views/mod", "pub mod page;"),
            file("views/page", "use super::super::widgets::star::Star;"),
        ]
    };
    assert_eq!(check(&clean()), Vec::<String>::new());

    let mut upward = clean();
    upward[4]
        .text
        .push_str("\nfn g() { crate::ui::views::page::Page(); }");
    let problems = check(&upward);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("ui/widgets/star (widgets) uses ui/views/page (views)")),
        "{problems:?}"
    );

    let mut grouped = clean();
    grouped[1].text = "use super::{i18n, views::{page::Page}};".to_string();
    assert!(check(&grouped)
        .iter()
        .any(|p| p.contains("ui/labels (base) uses ui/views/page")));

    let mut cycle = clean();
    cycle[5].text.push_str("\nuse super::star::Star;");
    let problems = check(&cycle);
    assert!(
        problems.iter().any(|p| p.starts_with("import cycle:")
            && p.contains("ui/widgets/star")
            && p.contains("ui/widgets/text")),
        "{problems:?}"
    );
}
