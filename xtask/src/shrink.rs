//! `cargo xtask shrink`: trunk's `post_build` hook (Trunk.toml), run on the
//! staging folder after wasm-bindgen and wasm-opt, before `dist/` is replaced.
//!
//! 1. wasm-bindgen names every import with a 16-hex hash suffix
//!    (`__wbg_now_043d245551b22f9c`), written once in the wasm's import section
//!    and once in the JS glue. The hashes are random to gzip: ~160 of them cost
//!    about 4 KB. Each import loses its suffix in both files
//!    (`__wbg_now`; a name that two imports would share gets `_2`, `_3`, …).
//! 2. terser (npm) minifies the JS glue as an ES module: exports keep their
//!    names (the page and the analysis worker import `default`, `analyze_json`).
//! 3. The `integrity="sha384-…"` hashes trunk wrote into index.html for the
//!    two files are recomputed.
//!
//! Every step fails loudly rather than ship a pair of files that disagree.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::{root, step, Result};

pub fn cmd_shrink(args: &[String]) -> Result {
    let dir = match args.first() {
        Some(dir) => PathBuf::from(dir),
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or("usage: cargo xtask shrink DIR (or run as trunk's post_build hook)")?,
    };
    step(&format!("shrink {}", dir.display()));
    let (wasm_path, js_path) = bundle_files(&dir)?;
    let wasm = read(&wasm_path)?;
    let js = read_text(&js_path)?;

    let (new_wasm, renames) = rename_imports(&wasm)?;
    let renamed_js = rename_in_js(&js, &renames)?;
    write(&wasm_path, &new_wasm)?;
    write(&js_path, renamed_js.as_bytes())?;
    minify_js(&js_path)?;
    let new_js = read(&js_path)?;

    let html_path = dir.join("index.html");
    let mut html = read_text(&html_path)?;
    for (old, new) in [(&wasm, &new_wasm), (&js.into_bytes(), &new_js)] {
        html = html.replace(&sri(old), &sri(new));
    }
    write(&html_path, html.as_bytes())?;
    eprintln!(
        "  {} imports renamed; wasm {} → {} bytes; JS {} → {} bytes",
        renames.len(),
        wasm.len(),
        new_wasm.len(),
        renamed_js.len(),
        new_js.len()
    );
    Ok(())
}

/// The one `*_bg.wasm` in `dir` and the JS glue beside it (same stem, no `_bg`).
fn bundle_files(dir: &Path) -> Result<(PathBuf, PathBuf)> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let wasm: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with("_bg.wasm"))
        .collect();
    let [wasm] = wasm.as_slice() else {
        return Err(format!(
            "expected one *_bg.wasm in {}, found {}",
            dir.display(),
            wasm.len()
        ));
    };
    let stem = wasm.to_string_lossy();
    let js = PathBuf::from(format!("{}.js", &stem[..stem.len() - "_bg.wasm".len()]));
    if !js.exists() {
        return Err(format!("no JS glue {} beside the wasm", js.display()));
    }
    Ok((wasm.clone(), js))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    String::from_utf8(read(path)?).map_err(|_| format!("{} is not UTF-8", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// An import name without wasm-bindgen's `_` + 16 lowercase hex digits, if it has them.
fn without_hash(name: &str) -> Option<&str> {
    let at = name.len().checked_sub(17)?;
    let (stem, hash) = name.split_at_checked(at)?;
    let hex = hash.strip_prefix('_')?;
    (!stem.is_empty()
        && hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    .then_some(stem)
}

/// The wasm with every hashed import name shortened, and the renames made.
fn rename_imports(wasm: &[u8]) -> Result<(Vec<u8>, HashMap<String, String>)> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("the wasm file has no wasm header".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut renames = HashMap::new();
    let mut at = 8;
    let mut saw_imports = false;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = leb(wasm, at + 1)?;
        let body = wasm
            .get(body_at..body_at + size)
            .ok_or("a wasm section runs past the end of the file")?;
        at = body_at + size;
        let body = if id == 2 {
            saw_imports = true;
            import_section(body, &mut renames)?
        } else {
            body.to_vec()
        };
        out.push(id);
        put_leb(&mut out, body.len());
        out.extend_from_slice(&body);
    }
    if !saw_imports {
        return Err("the wasm has no import section".into());
    }
    Ok((out, renames))
}

/// Rewrites an import section body: each entry is module name, field name,
/// then a description whose length depends on its kind.
fn import_section(body: &[u8], renames: &mut HashMap<String, String>) -> Result<Vec<u8>> {
    let (count, mut at) = leb(body, 0)?;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        let (module, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let desc_start = next;
        let kind = *body.get(next).ok_or("an import entry is cut short")?;
        let mut at_desc = next + 1;
        match kind {
            0 => at_desc = leb(body, at_desc)?.1, // function: type index
            1 => at_desc = limits(body, at_desc + 1)?, // table: reftype, limits
            2 => at_desc = limits(body, at_desc)?, // memory: limits
            3 => at_desc += 2,                    // global: valtype, mutability
            4 => at_desc = leb(body, at_desc + 1)?.1, // tag: attribute, type index
            _ => return Err(format!("unknown wasm import kind {kind}")),
        }
        let desc = body
            .get(desc_start..at_desc)
            .ok_or("an import entry is cut short")?;
        entries.push((module, field, desc));
        at = at_desc;
    }
    // Every name a shortened one must not take: all imports' names as they are.
    let mut taken: HashSet<(String, String)> = entries
        .iter()
        .map(|(m, f, _)| (m.to_string(), f.to_string()))
        .collect();
    let mut out = Vec::with_capacity(body.len());
    put_leb(&mut out, count);
    for (module, field, desc) in entries {
        let mut new_field = field.to_string();
        if let Some(stem) = without_hash(field) {
            let mut candidate = stem.to_string();
            let mut n = 2;
            while taken.contains(&(module.to_string(), candidate.clone())) {
                candidate = format!("{stem}_{n}");
                n += 1;
            }
            taken.insert((module.to_string(), candidate.clone()));
            if renames
                .insert(field.to_string(), candidate.clone())
                .is_some()
            {
                return Err(format!("the import {field} is named twice"));
            }
            new_field = candidate;
        }
        for text in [module, new_field.as_str()] {
            put_leb(&mut out, text.len());
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(desc);
    }
    Ok(out)
}

fn name(body: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, at) = leb(body, at)?;
    let bytes = body
        .get(at..at + len)
        .ok_or("an import name is cut short")?;
    let text = std::str::from_utf8(bytes).map_err(|_| "an import name is not UTF-8")?;
    Ok((text, at + len))
}

/// Skips wasm limits (a flag byte, the minimum, and the maximum when flagged).
fn limits(body: &[u8], at: usize) -> Result<usize> {
    let flags = *body.get(at).ok_or("import limits are cut short")?;
    let at = leb(body, at + 1)?.1;
    Ok(if flags & 1 == 1 { leb(body, at)?.1 } else { at })
}

/// An unsigned LEB128 number at `at`, and where the next byte is.
fn leb(bytes: &[u8], mut at: usize) -> Result<(usize, usize)> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at).ok_or("a wasm number runs past the end")?;
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 35 {
            return Err("a wasm number is too long".into());
        }
    }
}

fn put_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Each renamed import, written as a whole identifier in the JS glue, takes
/// its new name. Every renamed import must be found there exactly once (its
/// key in the imports object).
fn rename_in_js(js: &str, renames: &HashMap<String, String>) -> Result<String> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut rest = js;
    while let Some(start) = rest.find(is_ident) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c| !is_ident(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        match renames.get_key_value(word) {
            Some((old, new)) => {
                *seen.entry(old.as_str()).or_default() += 1;
                out.push_str(new);
            }
            None => out.push_str(word),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    for old in renames.keys() {
        match seen.get(old.as_str()) {
            Some(1) => {}
            times => {
                return Err(format!(
                    "the JS glue names the import {old} {} times, not once: \
                     wasm-bindgen's output changed shape, update xtask/src/shrink.rs",
                    times.copied().unwrap_or(0)
                ))
            }
        }
    }
    Ok(out)
}

/// terser from the project's npm tools (package.json), in place.
fn minify_js(path: &Path) -> Result {
    let terser = root().join("node_modules/.bin/terser");
    if !terser.exists() {
        return Err(format!(
            "{} is missing: `cargo xtask dist` or `serve` installs the npm tools",
            terser.display()
        ));
    }
    let file = path.to_string_lossy();
    crate::run(
        &terser.to_string_lossy(),
        &[
            &file,
            "--module",
            "--compress",
            "--mangle",
            "--output",
            &file,
        ],
    )
}

/// The subresource-integrity value trunk writes: `sha384-` + base64 digest.
fn sri(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_16_hex_suffix_is_a_hash() {
        assert_eq!(
            without_hash("__wbg_now_043d245551b22f9c"),
            Some("__wbg_now")
        );
        assert_eq!(without_hash("__wbindgen_malloc"), None);
        assert_eq!(without_hash("__wbg_now_043D245551B22F9C"), None);
        assert_eq!(without_hash("_043d245551b22f9c"), None);
        assert_eq!(without_hash("x_043d245551b22f9"), None);
        assert_eq!(without_hash("é_043d245551b22f9c"), Some("é"));
        assert_eq!(
            without_hash("ééééééééé"),
            None,
            "no char boundary 17 bytes from the end"
        );
    }

    /// A module with a memory import and three function imports, two of which
    /// lose their hash to the same name.
    fn module() -> Vec<u8> {
        let mut body = vec![4];
        let entry = |body: &mut Vec<u8>, field: &str, desc: &[u8]| {
            body.push(3);
            body.extend_from_slice(b"env");
            body.push(field.len() as u8);
            body.extend_from_slice(field.as_bytes());
            body.extend_from_slice(desc);
        };
        entry(&mut body, "memory", &[2, 1, 1, 2]);
        entry(&mut body, "__wbg_get_0123456789abcdef", &[0, 0]);
        entry(&mut body, "__wbg_get_fedcba9876543210", &[0, 0]);
        entry(&mut body, "__wbg_len_00000000000000aa", &[0, 0]);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
        wasm.push(2);
        put_leb(&mut wasm, body.len());
        wasm.extend_from_slice(&body);
        wasm
    }

    #[test]
    fn imports_lose_their_hashes_and_stay_distinct() {
        let (wasm, renames) = rename_imports(&module()).unwrap();
        assert_eq!(renames["__wbg_get_0123456789abcdef"], "__wbg_get");
        assert_eq!(renames["__wbg_get_fedcba9876543210"], "__wbg_get_2");
        assert_eq!(renames["__wbg_len_00000000000000aa"], "__wbg_len");
        assert_eq!(renames.len(), 3);
        // The rewritten module parses again, with the new names and nothing to rename.
        let (again, none) = rename_imports(&wasm).unwrap();
        assert!(none.is_empty());
        assert_eq!(again, wasm);
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("__wbg_get_2") && !text.contains("0123456789abcdef"));
        assert!(text.contains("memory"));
        assert!(wasm.len() < module().len());
    }

    #[test]
    fn the_js_glue_is_renamed_by_whole_words_and_checked() {
        let renames: HashMap<String, String> = [("__wbg_a_0123456789abcdef", "__wbg_a")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let js = "const i = { __wbg_a_0123456789abcdef: function() { return x__wbg_a_0123456789abcdef; } };";
        let renamed = rename_in_js(js, &renames).unwrap();
        assert_eq!(
            renamed,
            "const i = { __wbg_a: function() { return x__wbg_a_0123456789abcdef; } };"
        );
        let missing = rename_in_js("const i = {};", &renames).unwrap_err();
        assert!(missing.contains("0 times"), "{missing}");
        let twice = "__wbg_a_0123456789abcdef __wbg_a_0123456789abcdef";
        assert!(rename_in_js(twice, &renames)
            .unwrap_err()
            .contains("2 times"));
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        assert!(rename_imports(b"not wasm").is_err());
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(rename_imports(&cut).is_err());
    }

    #[test]
    fn sri_matches_openssls_sha384_of_abc() {
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
