//! The shape of `src/`: no two modules use each other, directly or through others
//! (a module and its own submodules aside, as `mod.rs` and its files). Read from the
//! sources: every `crate::` and `super::` path outside test modules is an edge, with
//! `use` trees in braces expanded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module paths (`domain::bank`) of every file under `dir`, with their source.
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            let mut inner = prefix.to_vec();
            inner.push(name);
            modules(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut parts = prefix.to_vec();
            if name != "mod" && name != "lib" && name != "main" {
                parts.push(name);
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Test modules may use whatever they test.
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            out.insert(parts.join("::"), text);
        }
    }
}

/// The module a path such as `crate::domain::bank::simulate` or `super::flex::X` names,
/// seen from module `from`: its longest prefix that is a module.
fn target(from: &str, path: &str, known: &BTreeMap<String, String>) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = match segments[0] {
        "crate" => Vec::new(),
        _ => from.split("::").filter(|s| !s.is_empty()).collect(),
    };
    if segments[0] == "crate" {
        segments.remove(0);
    }
    while segments.first() == Some(&"super") {
        base.pop();
        segments.remove(0);
    }
    (1..=segments.len()).rev().find_map(|n| {
        let name = base.iter().chain(&segments[..n]).copied().collect::<Vec<_>>().join("::");
        known.contains_key(&name).then_some(name)
    })
}

fn nested(a: &str, b: &str) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.starts_with(&format!("{b}::"))
        || b.starts_with(&format!("{a}::"))
}

/// The paths a `use` tree names: `super::{a, b::{c, d}}` is `super::a`, `super::b::c`
/// and `super::b::d`.
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let name = tree.split(" as ").next().unwrap_or(tree).trim();
        if !name.is_empty() && name != "self" {
            out.push(format!("{prefix}{name}"));
        } else if name == "self" {
            out.push(prefix.trim_end_matches("::").to_string());
        }
        return;
    };
    let inner_prefix = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&inner_prefix, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    expand(&inner_prefix, &inner[start..], out);
}

/// Every path a module's text names from `crate::` or `super::`, with `use` trees
/// expanded.
fn paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = text[at..].find(['c', 's', 'u']) {
        let start = at + found;
        at = start + 1;
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
            continue;
        }
        let rest = &text[start..];
        if let Some(tree) = rest.strip_prefix("use ") {
            let end = tree.find(';').unwrap_or(tree.len());
            let tree = &tree[..end];
            if tree.starts_with("crate::") || tree.starts_with("super::") {
                expand("", tree, &mut out);
            }
            at = start + 4 + end;
            continue;
        }
        if !rest.starts_with("crate::") && !rest.starts_with("super::") {
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        out.push(rest[..end].trim_end_matches(':').to_string());
    }
    out
}

/// Every edge `from -> to` between modules that are not nested in each other.
fn edges(known: &BTreeMap<String, String>) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (from, text) in known {
        for path in paths(text) {
            if let Some(to) = target(from, &path, known)
                && !nested(from, &to)
            {
                out.insert((from.clone(), to));
            }
        }
    }
    out
}

/// The groups of modules that reach each other (more than one module each).
fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<BTreeSet<String>> {
    let mut reach: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (a, b) in edges {
        reach.entry(a).or_default().insert(b);
    }
    // The transitive closure: a few dozen modules.
    loop {
        let mut grown = false;
        let keys: Vec<&str> = reach.keys().copied().collect();
        for a in keys {
            let via: Vec<&str> = reach[a].iter().copied().collect();
            for b in via {
                let further: Vec<&str> =
                    reach.get(b).map(|s| s.iter().copied().collect()).unwrap_or_default();
                for c in further {
                    grown |= reach.get_mut(a).unwrap().insert(c);
                }
            }
        }
        if !grown {
            break;
        }
    }
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (a, targets) in &reach {
        let group: BTreeSet<String> = targets
            .iter()
            .filter(|b| reach.get(*b).is_some_and(|s| s.contains(a)))
            .map(|b| b.to_string())
            .chain(std::iter::once(a.to_string()))
            .collect();
        if group.len() > 1 && !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

#[test]
fn no_two_modules_use_each_other() {
    let mut known = BTreeMap::new();
    modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &[], &mut known);
    assert!(known.contains_key("domain::bank") && known.contains_key("commands::report::usage"));
    let edges = edges(&known);
    assert!(edges.contains(&("store::load".to_string(), "domain::bank".to_string())));
    assert_eq!(cycles(&edges), Vec::<BTreeSet<String>>::new(), "modules that use each other");
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let mut known = BTreeMap::new();
    known.insert(String::new(), String::new());
    known.insert("a".to_string(), "use crate::b::X;".to_string());
    known.insert("b".to_string(), "fn f() { super::c::g() }".to_string());
    known.insert("c".to_string(), "use crate::a::{Y, Z};".to_string());
    known.insert("d".to_string(), "use crate::a::Y; // not crate::d".to_string());
    // A module named inside braces is an edge too.
    known.insert("e".to_string(), "use crate::{a::Y, f::{self, G}};".to_string());
    known.insert("f".to_string(), "use crate::e as e2;".to_string());
    let edges = edges(&known);
    let abc: BTreeSet<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let ef: BTreeSet<String> = ["e", "f"].iter().map(|s| s.to_string()).collect();
    assert_eq!(cycles(&edges), vec![abc, ef]);
}

/// The layer of a module by its top-level module: a module may use only modules of
/// a lower layer, or of its own top-level module (STYLE: main -> app -> cli ->
/// commands -> {store, render, import, export, deliver} -> domain).
fn layer(module: &str) -> Option<u32> {
    let top = module.split("::").next().unwrap_or("");
    Some(match top {
        "domain" => 0,
        "error" => 1,
        "store" | "render" | "import" | "deliver" => 2,
        "export" | "complete" => 3,
        "commands" => 4,
        "cli" => 5,
        "app" => 6,
        "" => 7,
        _ => return None,
    })
}

/// The arrows that run against the layers, and those from one command to another
/// (a command uses `commands` itself, the shared context, and its own submodules).
fn wrong_arrows(edges: &BTreeSet<(String, String)>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (from, to) in edges {
        let top = |m: &str| m.split("::").next().unwrap_or("").to_string();
        let (Some(a), Some(b)) = (layer(from), layer(to)) else {
            wrong.push(format!("{from} -> {to}: a module of no layer"));
            continue;
        };
        if top(from) != top(to) && b >= a {
            wrong.push(format!("{from} -> {to}: against the layers"));
        }
        let command = |m: &str| {
            m.strip_prefix("commands::").map(|c| c.split("::").next().unwrap_or(c).to_string())
        };
        if let (Some(x), Some(y)) = (command(from), command(to))
            && x != y
        {
            wrong.push(format!("{from} -> {to}: a command uses another command"));
        }
    }
    wrong
}

#[test]
fn every_arrow_points_down_and_no_command_uses_another() {
    let mut known = BTreeMap::new();
    modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &[], &mut known);
    assert_eq!(wrong_arrows(&edges(&known)), Vec::<String>::new());
}

#[test]
fn the_direction_check_finds_arrows_that_point_up_or_across() {
    let edges: BTreeSet<(String, String)> = [
        ("domain::bank", "store::load"),
        ("commands::bank", "commands::client"),
        ("commands::report::usage", "commands"),
        ("commands::invoice", "commands::invoice::renumber"),
        ("store::load", "domain::bank"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(
        wrong_arrows(&edges),
        [
            "commands::bank -> commands::client: a command uses another command",
            "domain::bank -> store::load: against the layers",
        ]
    );
}
