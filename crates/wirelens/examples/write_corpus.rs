//! Write a deterministic generated corpus to a folder, one `.txt` per article,
//! for scale measurements of the CLI (`wirelens analyze DIR`):
//!
//! ```sh
//! cargo run --release -p wirelens --example write_corpus -- 1000 /tmp/corpus-1000
//! # articles of the seeds' most frequent words (`synth::common_words_corpus`)
//! cargo run --release -p wirelens --example write_corpus -- --common-words 10000 /tmp/common-10000
//! /usr/bin/time -v target/release/wirelens analyze /tmp/corpus-1000 --json > /dev/null
//! ```

use std::path::PathBuf;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let common_words = args.first().is_some_and(|a| a == "--common-words");
    if common_words {
        args.remove(0);
    }
    let mut args = args.into_iter();
    let (Some(n), Some(dir)) = (args.next(), args.next()) else {
        eprintln!("usage: write_corpus [--common-words] N_ARTICLES DIR");
        std::process::exit(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("write_corpus: N_ARTICLES must be a number, not `{n}`");
        std::process::exit(2);
    };
    let seeds_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds_dir)
        .expect("the seeds folder")
        .map(|e| e.expect("a seed").path())
        .collect();
    paths.sort();
    let seeds: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a seed article"))
        .collect();
    let seed_refs: Vec<&str> = seeds.iter().map(String::as_str).collect();
    let corpus = if common_words {
        wirelens::synth::SynthCorpus {
            documents: wirelens::synth::common_words_corpus(&seed_refs, n, 42),
            planted: Vec::new(),
        }
    } else {
        wirelens::synth::corpus(&seed_refs, n, 42)
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let mut bytes = 0;
    for doc in &corpus.documents {
        bytes += doc.text.len();
        std::fs::write(dir.join(format!("{}.txt", doc.id)), &doc.text).expect("write an article");
    }
    eprintln!(
        "wrote {} articles ({:.1} MB) and {} planted passages to {}",
        corpus.documents.len(),
        bytes as f64 / 1e6,
        corpus.planted.len(),
        dir.display()
    );
}
