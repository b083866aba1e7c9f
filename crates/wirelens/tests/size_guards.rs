//! Guards for the wasm budget: calls that link large standard-library tables
//! into the widget must not come back into code the widget compiles (the
//! engine's and the widget's sources, outside their `#[cfg(test)]` modules).
//! See ARCHITECTURE.md, "Size invariants".

use std::path::{Path, PathBuf};

/// A call, and why it is kept out.
const BANNED: [(&str, &str); 3] = [
    (
        "to_lowercase(",
        "links the standard library's case table (4.3 KB gzip): use wirelens::case",
    ),
    (
        "to_uppercase(",
        "links the standard library's case table: compare with wirelens::case instead",
    ),
    ("parse::<f", "links the float parser (14.6 KB gzip)"),
];

/// Files whose code never reaches the wasm, or that hold the replacement.
const EXEMPT: [&str; 2] = ["synth.rs", "case.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_table_linking_calls_in_code_the_widget_compiles() {
    let engine = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let widget = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
    let mut files = Vec::new();
    rust_files(&engine, &mut files);
    rust_files(&widget, &mut files);
    assert!(
        files.len() > 20,
        "found the sources ({} files)",
        files.len()
    );
    let mut found = Vec::new();
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if EXEMPT.contains(&name) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("source files are UTF-8");
        let shipped = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in shipped.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for (call, why) in BANNED {
                if line.contains(call) {
                    found.push(format!("{}:{}: `{call}` {why}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
