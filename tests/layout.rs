//! The house rules of the source tree, read from the files themselves: each folder uses only the layers
//! below it (`lib.rs` names them lowest first), no module uses another that uses it back, no file is a warehouse, no function is
//! a wall, and the core's errors are types the window can word in its own language.
//!
//! Dependencies are read from paths in code (`crate::…`, `super::…`, a `mod.rs` naming its own
//! children), leaving out comments and test modules: what the code needs, not what the tests borrow.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::files_ending;

/// The layers, lowest first; a module may use its own layer and those before it.
const LAYERS: [&str; 9] = [
    "base",
    "locale",
    "fluent",
    "workspace",
    "checks",
    "review",
    "publish",
    "share",
    "app",
];

const MAX_FILE_LINES: usize = 800;
const MAX_FUNCTION_LINES: usize = 80;

/// Functions allowed past [`MAX_FUNCTION_LINES`]: each is one flat table or match, one arm a case,
/// which reads better whole than cut into pieces.
const LONG_FUNCTIONS: [(&str, &str, &str); 2] = [
    (
        "src/checks/codes.rs",
        "english_sentence",
        "one sentence for each check code, a flat match",
    ),
    (
        "src/app/run.rs",
        "run",
        "one arm for each action a panel can return, a flat match",
    ),
];

struct Module {
    /// `workspace::storage`; the crate root is `""`.
    path: String,
    file: PathBuf,
    text: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module of the library (the binary's `main.rs` is the edge, not a layer).
fn modules() -> Vec<Module> {
    let root = src();
    let files = files_ending(&root, "rs");
    files
        .into_iter()
        .filter(|f| f != &root.join("main.rs"))
        .map(|file| {
            let relative = file.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&file).unwrap();
            Module {
                path: parts.join("::"),
                file,
                text,
            }
        })
        .collect()
}

/// The code of a file without comments and without its test module.
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod tests"))
        {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        out.push_str(line.split(" // ").next().unwrap_or(line));
        out.push('\n');
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The module paths a path written after `prefix::` can name: `a::b::{c, d::e}` gives `a::b::c` and
/// `a::b::d::e`; reading stops at the first segment that is not a plain lower-case name.
fn paths_after(code: &str, start: usize, prefix: &str, out: &mut Vec<String>) {
    let bytes = code.as_bytes();
    let mut i = start;
    let mut path = prefix.to_owned();
    loop {
        if bytes.get(i) == Some(&b'{') {
            let mut depth = 0;
            let mut item_start = i + 1;
            let mut j = i;
            while j < bytes.len() {
                match bytes[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b',' if depth == 1 => {
                        group_item(code, item_start, &path, out);
                        item_start = j + 1;
                    }
                    _ => {}
                }
                j += 1;
            }
            group_item(code, item_start, &path, out);
            return;
        }
        let end = (i..bytes.len())
            .find(|&j| !is_ident_byte(bytes[j]))
            .unwrap_or(bytes.len());
        let segment = &code[i..end];
        if segment.is_empty() || !segment.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        {
            out.push(path);
            return;
        }
        path = if path.is_empty() {
            segment.to_owned()
        } else {
            format!("{path}::{segment}")
        };
        if code[end..].starts_with("::") {
            i = end + 2;
        } else {
            out.push(path);
            return;
        }
    }
}

fn group_item(code: &str, start: usize, path: &str, out: &mut Vec<String>) {
    let skipped = code[start..].len() - code[start..].trim_start().len();
    paths_after(code, start + skipped, path, out);
}

/// Every module path a module's code names.
fn named_paths(module: &Module) -> Vec<String> {
    let code = code(&module.text);
    let mut out = Vec::new();
    let is_folder = module.file.ends_with("mod.rs") || module.file.ends_with("lib.rs");
    let mut here: Vec<&str> = module.path.split("::").filter(|s| !s.is_empty()).collect();
    if !is_folder {
        here.pop();
    }
    let parent = here.join("::");
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && is_ident_byte(code.as_bytes()[at - 1]) {
            continue;
        }
        paths_after(&code, at + "crate::".len(), "", &mut out);
    }
    for (at, _) in code.match_indices("super::") {
        if at > 0 && (is_ident_byte(code.as_bytes()[at - 1]) || code.as_bytes()[at - 1] == b':') {
            continue;
        }
        let mut up: Vec<&str> = parent.split("::").filter(|s| !s.is_empty()).collect();
        up.pop();
        paths_after(&code, at + "super::".len(), &up.join("::"), &mut out);
    }
    if is_folder {
        // A folder's own children, named without `self::`.
        for line in code.lines() {
            let line = line.trim_start();
            let line = line.strip_prefix("pub ").unwrap_or(line);
            if let Some(rest) = line.strip_prefix("use ")
                && !rest.starts_with("crate::")
                && !rest.starts_with("super::")
                && !rest.starts_with("std::")
            {
                let at = code.find(rest).unwrap();
                paths_after(&code, at, &module.path, &mut out);
            }
        }
    }
    out
}

/// Each module and the other modules it uses.
fn dependencies(modules: &[Module]) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<&str> = modules.iter().map(|m| m.path.as_str()).collect();
    let mut deps = BTreeMap::new();
    for module in modules {
        let mut uses = BTreeSet::new();
        for path in named_paths(module) {
            let segments: Vec<&str> = path.split("::").collect();
            let named = (1..=segments.len())
                .rev()
                .map(|n| segments[..n].join("::"))
                .find(|candidate| known.contains(candidate.as_str()));
            if let Some(named) = named
                && named != module.path
            {
                uses.insert(named);
            }
        }
        deps.insert(module.path.clone(), uses);
    }
    deps
}

fn layer(path: &str) -> Option<usize> {
    let top = path.split("::").next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let modules = modules();
    let deps = dependencies(&modules);
    let mut wrong = Vec::new();
    for (module, uses) in &deps {
        if module.is_empty() {
            continue;
        }
        let Some(own) = layer(module) else {
            wrong.push(format!("{module} is in no layer of {LAYERS:?}"));
            continue;
        };
        for used in uses {
            if layer(used).is_some_and(|l| l > own) {
                wrong.push(format!("{module} uses {used}, a layer above it"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The reading itself works: these uses are known to be there.
    assert!(deps["review"].contains("checks"), "{:?}", deps["review"]);
    assert!(deps["workspace"].contains("workspace::storage"));
    assert!(deps["app::views::review"].contains("app::widgets"));
}

/// Every cycle of uses, as `a → b → a`. A module's own children are part of it: `a` using `a::b` and
/// `a::b` using `a` is no cycle, but two siblings or two layers each using the other is.
fn cycles(deps: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut cycles = Vec::new();
    for start in deps.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in &deps[&at] {
                if is_within(next, start) || is_within(start, next) {
                    if next == start && trail.len() > 1 {
                        cycles.push(trail.join(" → ") + " → " + start);
                    }
                    continue;
                }
                if seen.insert(next.clone()) && deps.contains_key(next) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    cycles.sort();
    cycles.dedup();
    cycles
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let found = cycles(&dependencies(&modules()));
    assert!(found.is_empty(), "cycles:\n{}", found.join("\n"));
    // The search finds a cycle through three modules, and takes a folder using its child for none.
    let deps: BTreeMap<String, BTreeSet<String>> = [
        ("a", &["a::x", "b"][..]),
        ("a::x", &["a"][..]),
        ("b", &["c"][..]),
        ("c", &["a"][..]),
    ]
    .into_iter()
    .map(|(m, uses)| (m.to_owned(), uses.iter().map(|u| (*u).to_owned()).collect()))
    .collect();
    assert_eq!(
        cycles(&deps),
        ["a → b → c → a", "b → c → a → b", "c → a → b → c"]
    );
}

/// Whether `inner` is `outer` or inside it.
fn is_within(inner: &str, outer: &str) -> bool {
    outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}::"))
}

#[test]
fn no_file_is_over_800_lines() {
    let files = files_ending(&src(), "rs");
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, n)| *n > MAX_FILE_LINES)
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Every function of a file with its first line (1-based) and length in lines, as rustfmt lays it
/// out: from its `fn` line to the closing brace at the same indentation.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let mut rest = trimmed;
        for word in [
            "pub(crate) ",
            "pub(super) ",
            "pub ",
            "const ",
            "async ",
            "unsafe ",
        ] {
            rest = rest.strip_prefix(word).unwrap_or(rest);
        }
        let Some(rest) = rest.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .bytes()
            .take_while(|b| is_ident_byte(*b))
            .map(char::from)
            .collect();
        if trimmed.ends_with(';') || trimmed.ends_with('}') {
            out.push((name, i + 1, 1));
            continue;
        }
        let close = format!("{indent}}}");
        let end = (i + 1..lines.len())
            .find(|&j| lines[j] == close)
            .unwrap_or(lines.len() - 1);
        out.push((name, i + 1, end - i + 1));
    }
    out
}

#[test]
fn no_function_is_over_80_lines_but_the_listed_tables() {
    let files = files_ending(&src(), "rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut long = Vec::new();
    let mut listed_and_long = BTreeSet::new();
    for file in &files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for (name, line, length) in functions(&std::fs::read_to_string(file).unwrap()) {
            if length <= MAX_FUNCTION_LINES {
                continue;
            }
            if LONG_FUNCTIONS
                .iter()
                .any(|(f, n, _)| *f == relative && *n == name)
            {
                listed_and_long.insert((relative.clone(), name));
            } else {
                long.push(format!("{relative}:{line}: {name} has {length} lines"));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
    // The list stays true: each exception is still there and still long.
    for (file, name, _) in LONG_FUNCTIONS {
        assert!(
            listed_and_long.contains(&(file.to_owned(), name.to_owned())),
            "{file} {name} is listed as long but is not (any more): take it off the list"
        );
    }
    // The reading itself works on a function of known length.
    let sample = "fn a() {\n    x();\n}\n\n    pub fn b(\n        y: u8,\n    ) {\n    }\n";
    assert_eq!(
        functions(sample),
        [("a".to_owned(), 1, 3), ("b".to_owned(), 5, 4)]
    );
}

/// The second type argument of each `Result<…>` written in `code`.
fn error_types(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("Result<") {
        if at > 0 && is_ident_byte(code.as_bytes()[at - 1]) {
            continue;
        }
        let mut depth = 0;
        let mut comma = None;
        for (i, c) in code[at + "Result".len()..].char_indices() {
            let i = i + at + "Result".len();
            match c {
                '<' | '(' | '[' => depth += 1,
                '>' | ')' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        if let Some(comma) = comma {
                            out.push(code[comma + 1..i].trim().to_owned());
                        }
                        break;
                    }
                }
                ',' if depth == 1 => comma = Some(i),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn the_core_has_no_error_that_is_only_an_english_string() {
    let mut wrong = Vec::new();
    for module in modules() {
        for error in error_types(&code(&module.text)) {
            if error == "String" || error == "&'static str" || error == "&str" {
                wrong.push(format!("{}: Result<_, {error}>", module.file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(
        error_types("fn f() -> Result<Vec<(u8, u8)>, String> {}\nResult<(), io::Error>"),
        ["String", "io::Error"]
    );
}
