//! Strips the comment lines (`# …`) from the lexicons and tables in `data/`
//! before they are compiled in: the comments document each file for people,
//! and the shipped wasm should not carry them (about 4 KB, 1.8 KB gzip).
//! Every parser in the engine already skips such lines, so the stripped copy
//! reads exactly as the original. Include a file with `data_file!("name.txt")`.

use std::path::Path;

fn main() {
    let data = Path::new("data");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out).join("data");
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=data");
    let mut names: Vec<_> = std::fs::read_dir(data)
        .expect("crates/wirelens/data exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("data files are UTF-8");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines().filter(|line| !line.starts_with('#')) {
            kept.push_str(line);
            kept.push('\n');
        }
        let name = path.file_name().expect("a file has a name");
        std::fs::write(out.join(name), kept).expect("OUT_DIR is writable");
    }
}
