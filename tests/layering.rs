//! The crate's layering, read from its source: dependencies between the top-level modules of
//! `src/` point one way (no import cycle), and no core module reaches up into the facade (`api`)
//! or the outer layers (`wasm`, `bin`).
//!
//! A module depends on another when its code names `crate::other` (in a `use` or in a path), or
//! names it through `super::` from a file directly under `src/` (rare; `super::` inside a
//! directory module stays in that module). Comments and doc comments are not code: a doc link
//! to a higher layer is fine.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The faces over the core: nothing below them may use them.
const FACADE: &[&str] = &["api", "wasm", "bin"];

/// The layers of the README's Layout section, top first. A module may use modules of its own
/// layer or of a layer below it (and the cycle test keeps a layer's own modules acyclic).
const LAYERS: &[&[&str]] = &[
    &["wasm", "bin"],
    &["api"],
    &["supervision"],
    &["filings", "timeline"],
    &["document"],
    &["form"],
    &["rules"],
    &["windows", "period"],
    &["report", "law", "i18n", "calendar", "ids", "text", "packs", "date", "error", "sort", "sorted_map", "varint", "json_reader"],
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`lib` for src/lib.rs).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.strip_suffix(".rs").map(str::to_string).unwrap_or(first)
}

/// The code of a file without comments, string literals or char literals (so a message that
/// mentions `crate::x` is not an import).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if b[i] == b'r' && (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#')) && (i == 0 || !is_ident(b[i - 1])) {
            // Raw string r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push('r');
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == b'"' && b[j + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): skip only a literal.
            let rest = &text[i + 1..];
            let lit_len = if rest.starts_with('\\') {
                rest.find('\'').map(|n| n + 1)
            } else {
                rest.chars().next().filter(|_| rest.chars().nth(1) == Some('\'')).map(|c| c.len_utf8() + 1)
            };
            match lit_len {
                Some(n) => {
                    out.push_str("' '");
                    i += 1 + n;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            let ch = text[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The top-level modules named by `crate::name` paths and `use crate::{a, b::c}` groups in `code`.
fn named_modules(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let b = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        // `$crate::` (macros) counts; `foo_crate::` does not.
        if start > 0 && is_ident(b[start - 1]) {
            continue;
        }
        let rest = &code[from..];
        if let Some(group) = rest.strip_prefix('{') {
            // use crate::{a, b::{c, d}, e}: the first segment of each top-level item.
            let mut depth = 0;
            let mut item_start = true;
            let mut name = String::new();
            for ch in group.chars() {
                match ch {
                    '{' => {
                        depth += 1;
                        item_start = false;
                    }
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => name.push(c),
                    _ if !name.is_empty() => {
                        if modules.contains(&name) {
                            out.insert(std::mem::take(&mut name));
                        }
                        name.clear();
                        item_start = false;
                    }
                    _ => {}
                }
            }
            if modules.contains(&name) {
                out.insert(name);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if modules.contains(&name) {
                out.insert(name);
            }
        }
    }
    out
}

struct Graph {
    /// module → (module it uses → the first file that shows it)
    edges: BTreeMap<String, BTreeMap<String, String>>,
}

fn graph() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).filter(|m| m != "lib").collect();
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in &files {
        let from = module_of(&src, file);
        if from == "lib" {
            continue;
        }
        let code = code_only(&std::fs::read_to_string(file).unwrap());
        let mut used = named_modules(&code, &modules);
        if file.parent() == Some(src.as_path()) {
            // In src/x.rs, `super::y` is the crate root's y.
            used.extend(named_modules(&code.replace("super::", "crate::"), &modules));
        }
        let shown = file.strip_prefix(root).unwrap().display().to_string();
        for to in used {
            if to != from {
                edges.entry(from.clone()).or_default().entry(to).or_insert_with(|| shown.clone());
            }
        }
        edges.entry(from).or_default();
    }
    Graph { edges }
}

/// A cycle in the graph, as the list of modules along it (first = last), if there is one.
fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(g: &Graph, m: &str, marks: &mut BTreeMap<String, Mark>, stack: &mut Vec<String>) -> Option<Vec<String>> {
        marks.insert(m.to_string(), Mark::Open);
        stack.push(m.to_string());
        for to in g.edges.get(m).into_iter().flat_map(|e| e.keys()) {
            match marks.get(to.as_str()).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let at = stack.iter().position(|s| s == to).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(to.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(g, to, marks, stack) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks.insert(m.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for m in g.edges.keys() {
        if marks.get(m.as_str()).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(c) = visit(g, m, &mut marks, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

fn describe(g: &Graph, path: &[String]) -> String {
    path.windows(2)
        .map(|w| format!("  {} → {}  (in {})", w[0], w[1], g.edges[&w[0]][&w[1]]))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_top_level_modules_have_no_import_cycle() {
    let g = graph();
    if let Some(cycle) = find_cycle(&g) {
        panic!("import cycle between top-level modules: {}\n{}", cycle.join(" → "), describe(&g, &cycle));
    }
}

#[test]
fn no_core_module_uses_the_facade() {
    let g = graph();
    let mut bad = Vec::new();
    for (from, to) in &g.edges {
        if FACADE.contains(&from.as_str()) {
            continue;
        }
        for (m, file) in to {
            if FACADE.contains(&m.as_str()) {
                bad.push(format!("  {from} → {m}  (in {file})"));
            }
        }
    }
    assert!(bad.is_empty(), "core modules that use the facade or an outer layer:\n{}", bad.join("\n"));
}

#[test]
fn dependencies_point_down_the_layers_of_the_readme() {
    let g = graph();
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut bad = Vec::new();
    for (from, to) in &g.edges {
        let Some(lf) = layer(from) else {
            bad.push(format!("  {from}: not in any layer (add it to LAYERS and to the README's Layout)"));
            continue;
        };
        for (m, file) in to {
            match layer(m) {
                Some(lt) if lt >= lf => {}
                _ => bad.push(format!("  {from} → {m}  (in {file}): uses a higher layer")),
            }
        }
    }
    assert!(bad.is_empty(), "dependencies against the layering:\n{}", bad.join("\n"));
}

#[test]
fn the_reader_sees_the_imports_it_must() {
    let modules: BTreeSet<String> = ["api", "date", "rules", "text"].iter().map(|s| s.to_string()).collect();
    let code = code_only("use crate::{date::{a, b}, rules::X};\n// crate::api\nlet s = \"crate::text\"; $crate::rules::f();");
    let found = named_modules(&code, &modules);
    assert_eq!(found.into_iter().collect::<Vec<_>>(), ["date", "rules"]);
    let g = graph();
    // The facade reaches the domain: the graph is not empty by accident.
    assert!(g.edges["api"].contains_key("filings"), "{:?}", g.edges["api"]);
}

/// `cargo test --test layering -- --ignored --nocapture print_graph` shows the graph.
#[test]
#[ignore]
fn print_graph() {
    let g = graph();
    for (from, to) in &g.edges {
        println!("{from} → {}", to.keys().cloned().collect::<Vec<_>>().join(", "));
    }
}
