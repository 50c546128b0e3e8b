//! The layout is a rule, not a habit: the pure core has no web dependency, its modules depend on
//! each other one way only, and each capability depends only on those before it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Engine modules by path ("contacts::matching"), with their source text.
fn engine_modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if path.is_dir() {
                walk(&path, &format!("{prefix}{name}::"), out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let module =
                    if name == "mod" { prefix.trim_end_matches("::").to_string() } else { format!("{prefix}{name}") };
                out.insert(module, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"), "", &mut out);
    out
}

/// The engine modules a module's text names through `crate::engine::…`.
fn dependencies(text: &str, modules: &BTreeMap<String, String>) -> Vec<String> {
    let mut deps: Vec<String> = Vec::new();
    for (i, _) in text.match_indices("crate::engine::") {
        let rest = &text[i + "crate::engine::".len()..];
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        // The longest prefix that is a module: `contacts::reader::read` → `contacts::reader`.
        let parts: Vec<&str> = path.split("::").collect();
        if let Some(m) = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| modules.contains_key(m)) {
            if !deps.contains(&m) {
                deps.push(m);
            }
        }
    }
    deps
}

/// The capability a module belongs to, in dependency order: basics, diagnostic, contacts, handoff.
fn rank(module: &str) -> usize {
    match module.split("::").next().unwrap() {
        "diagnostic" => 1,
        "contacts" => 2,
        "handoff" => 3,
        _ => 0,
    }
}

#[test]
fn the_core_has_no_web_dependency() {
    for (module, text) in engine_modules() {
        for web in ["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            let used = text.lines().any(|l| {
                let code = l.split("//").next().unwrap();
                code.contains(&format!("{web}::")) || code.contains(&format!("use {web}"))
            });
            assert!(!used, "src/engine/{module} uses {web}: the pure core must stay free of the browser");
        }
    }
}

#[test]
fn capabilities_depend_one_way() {
    let modules = engine_modules();
    for (module, text) in &modules {
        for dep in dependencies(text, &modules) {
            if dep.is_empty() || rank(module) == 0 && rank(&dep) == 0 {
                continue;
            }
            assert!(
                rank(&dep) <= rank(module),
                "engine::{module} depends on engine::{dep}: basics ← diagnostic ← contacts ← handoff, never back"
            );
        }
    }
}

/// Within a capability, its layers in order: each uses only those before it (a session's data,
/// what its answers say, where they lead, the reducer, its text form; a JSON tree, the data
/// model, the official schema, the reading).
const LAYERS: &[&[&str]] = &[
    &[
        "diagnostic::questionnaire",
        "diagnostic::state",
        "diagnostic::assessment",
        "diagnostic::flow",
        "diagnostic::session",
        "diagnostic::encoding",
    ],
    &["contacts::tree", "contacts::model", "contacts::schema", "contacts::reader"],
];

#[test]
fn layers_within_a_capability_depend_one_way() {
    let modules = engine_modules();
    for layers in LAYERS {
        for (i, module) in layers.iter().enumerate() {
            let text = modules.get(*module).unwrap_or_else(|| panic!("{module} not found"));
            for dep in dependencies(text, &modules) {
                if let Some(j) = layers.iter().position(|l| *l == dep) {
                    assert!(j <= i, "engine::{module} depends on engine::{dep}: {}", layers.join(" ← "));
                }
            }
        }
    }
}

#[test]
fn no_import_cycle_between_engine_modules() {
    let modules = engine_modules();
    let graph: BTreeMap<&str, Vec<String>> = modules
        .iter()
        .map(|(m, text)| {
            (m.as_str(), dependencies(text, &modules).into_iter().filter(|d| d != m && !d.is_empty()).collect())
        })
        .collect();
    // Depth-first search with colours: grey on the stack, black done.
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<&str, Vec<String>>,
        colour: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) {
        colour.insert(m, 1);
        stack.push(m);
        for d in graph.get(m).into_iter().flatten() {
            match colour.get(d.as_str()) {
                Some(1) => panic!("import cycle: {} → {d}", stack.join(" → ")),
                Some(_) => {}
                None => visit(d, graph, colour, stack),
            }
        }
        stack.pop();
        colour.insert(m, 2);
    }
    let mut colour = BTreeMap::new();
    for m in graph.keys() {
        if !colour.contains_key(m) {
            visit(m, &graph, &mut colour, &mut Vec::new());
        }
    }
}

#[test]
fn the_checks_see_the_engine() {
    // Guards the guards: a rename of src/engine would make the tests above pass on nothing.
    let modules = engine_modules();
    for m in ["diagnostic::session", "contacts::matching", "handoff::roadmap", "messages"] {
        assert!(modules.contains_key(m), "{m} not found");
    }
    assert!(dependencies(&modules["handoff::roadmap"], &modules).contains(&"contacts::matching".to_string()));
}

/// `make fuzz` runs every property test with PROPTEST_CASES=50000, by running them all rather
/// than by a name filter; a block that fixes its own number of cases would escape it.
#[test]
fn every_property_test_follows_the_fuzz_command() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut blocks = 0;
    for (module, text) in engine_modules() {
        blocks += text.matches("proptest!").count();
        for (i, _) in text.match_indices("proptest_config(") {
            let config = &text[i..text[i..].find('\n').map_or(text.len(), |n| i + n)];
            assert!(
                !config.contains("cases:") || config.contains("PROPTEST_CASES"),
                "{module}: a property test fixes its cases, so `make fuzz` cannot ask for more: {config}"
            );
        }
    }
    assert!(blocks >= 6, "the property tests were not found ({blocks} blocks)");
    // Each fuzz target is declared, and each declared target has its source.
    let manifest = fs::read_to_string(root.join("fuzz/Cargo.toml")).unwrap();
    for entry in fs::read_dir(root.join("fuzz/fuzz_targets")).unwrap() {
        let name = entry.unwrap().path().file_stem().unwrap().to_str().unwrap().to_string();
        assert!(
            manifest.contains(&format!("path = \"fuzz_targets/{name}.rs\"")),
            "fuzz target {name} is not in fuzz/Cargo.toml"
        );
    }
    for line in manifest.lines().filter_map(|l| l.strip_prefix("path = \"")) {
        assert!(root.join("fuzz").join(line.trim_end_matches('"')).exists(), "fuzz/Cargo.toml names a missing {line}");
    }
}

/// The `.rs` files under `src/<dir>`, by path from there, with their text.
fn sources(dir: &str) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(name, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The code of a source, comments left out (a doc line may name what the code must not use).
fn code(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.split("//").next().unwrap())).filter(|(_, l)| !l.trim().is_empty())
}

/// Whether code names the module `name` as a path: `crate::ui`, `super::ui::…`, `use ui::…`.
fn names_module(line: &str, name: &str) -> bool {
    line.match_indices(&format!("{name}::")).chain(line.match_indices(&format!("::{name}"))).any(|(i, m)| {
        let before = line[..i].chars().next_back();
        let after = line[i + m.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        match m.starts_with("::") {
            true => !word(after),
            false => !word(before),
        }
    })
}

/// The browser services serve the components and the entry points, never the other way round:
/// `web` names no `ui` (nor the composition root, `entry`, which sits on top of both).
#[test]
fn the_browser_services_never_draw() {
    let web = sources("web");
    assert!(web.contains_key("host.rs") && web.contains_key("fetch.rs"), "src/web not found: {:?}", web.keys());
    for (file, text) in &web {
        for (n, line) in code(text) {
            for module in ["ui", "entry"] {
                assert!(
                    !names_module(line, module),
                    "src/web/{file}:{n} names `{module}`: web/ holds browser services only ({})",
                    line.trim()
                );
            }
        }
    }
    // Guards the guard.
    assert!(names_module("use crate::ui::Boot;", "ui") && names_module("ui::Boot", "ui"));
    assert!(names_module("super::super::ui::x", "ui") && names_module("use crate::ui;", "ui"));
    assert!(!names_module("gui::x", "ui") && !names_module("crate::uid", "ui"));
}

/// Screens only render: no file of `src/ui` over 250 lines, no component over 150 (SPEC's
/// « thin shell »: what grows there belongs in the engine, or in a component of its own).
#[test]
fn the_components_stay_small() {
    const FILE_LINES: usize = 250;
    const COMPONENT_LINES: usize = 150;
    let ui = sources("ui");
    assert!(ui.contains_key("app.rs") && ui.contains_key("boot.rs"), "src/ui not found: {:?}", ui.keys());
    let mut components = 0;
    for (file, text) in &ui {
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() <= FILE_LINES, "src/ui/{file} has {} lines (at most {FILE_LINES})", lines.len());
        for (i, line) in lines.iter().enumerate() {
            let attribute = line.trim();
            if attribute != "#[component]" && attribute != "#[function_component]" {
                continue;
            }
            components += 1;
            // The function's body: from its signature to the closing brace at its indentation.
            let start = i + 1;
            let indent = lines[start].len() - lines[start].trim_start().len();
            let end = (start..lines.len())
                .find(|&j| lines[j].len() - lines[j].trim_start().len() == indent && lines[j].trim() == "}")
                .unwrap_or_else(|| panic!("src/ui/{file}:{start}: the component's end not found"));
            let (name, length) = (lines[start].trim(), end - start + 1);
            assert!(
                length <= COMPONENT_LINES,
                "src/ui/{file}:{}: {name} has {length} lines (at most {COMPONENT_LINES})",
                start + 1
            );
        }
    }
    assert!(components >= 15, "the components were not found ({components})");
}

/// The code names a message only through `engine::messages::keys` (constants build.rs writes
/// from the French messages, which every language must have) or a typed function over them, so
/// a mistyped key fails the build instead of showing a resident the raw key. Keys built from
/// text are the questionnaire's own (questions, answers, reasons, emergency numbers,
/// thématiques), which `Questionnaire::check` and the matching's tests look up one by one.
#[test]
fn message_keys_are_named_by_constants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() && !p.ends_with("bin") {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    walk(&root, &mut files);
    let content = ["\"q-", "\"a-", "\"why-", "\"emergency-", "\"thematique-"];
    let mut found = Vec::new();
    for p in &files {
        let text = fs::read_to_string(p).unwrap();
        let code = text.split("\n#[cfg(test)]\nmod ").next().unwrap();
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap();
            for call in [".t(\"", ".format(\"", ".format_with(\"", ".t(&format!(\"", ".format(&format!(\""] {
                let Some(i) = line.find(call) else { continue };
                let built = &line[i + call.len() - 1..];
                if !call.contains("format!") || !content.iter().any(|c| built.starts_with(c)) {
                    found.push(format!("{}:{}: {}", p.strip_prefix(&root).unwrap().display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(files.len() > 40, "the sources were not found");
    assert!(found.is_empty(), "message keys named as text, not `keys::…`:\n{}", found.join("\n"));
}

/// A class list that changes with the state goes through `ui::class` as `~className`, never
/// through yew's `Classes` (`classes!`, a non-literal `class={…}` or `{class}` on an element):
/// one such use brings that set's code back into the first module (README « Crates and packages,
/// and why »). A component's own `class` prop is not an element's.
#[test]
fn class_lists_skip_yews_class_set() {
    let dynamic = |line: &str| {
        line.contains("classes!(")
            || line.contains("Classes")
            || line.contains(" {class}")
            || line.match_indices("class={").any(|(i, _)| {
                let tag = line[..i].rfind('<').map(|t| &line[t + 1..i]);
                !tag.is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
            })
    };
    let mut found = Vec::new();
    for (file, text) in &sources("ui") {
        for (n, line) in code(text) {
            if dynamic(line) {
                found.push(format!("src/ui/{file}:{n}: {}", line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "class lists through yew's `Classes`; use `~className={{class!(…)}}`:\n{}",
        found.join("\n")
    );
    // Guards the guard.
    assert!(dynamic(r#"<li class={classes!("a", b)}>"#) && dynamic("<li {class}>") && dynamic("<div class={c}>"));
    assert!(!dynamic(r#"<li ~className={class!("a", b)}>"#) && !dynamic("<Screen class={c} title={t}>"));
    assert!(!dynamic(r#"<p class="pw-hint">"#) && !dynamic("<button ~className={class}>"));
}
