//! Evaluate text reuse on a real-news corpus (PolNeAR train + dev texts) that
//! cannot enter the repo: the texts stay outside, only file stems, byte
//! offsets and hand labels are kept (`crates/wirelens/eval/*.tsv`).
//!
//! ```sh
//! # counts: articles, reported pairs, passages, by kind
//! cargo run --release -p wirelens --example eval_reuse -- DIR...
//! # a deterministic random sample of reported pairs with their passages' text,
//! # for reading by hand (never commit the output)
//! cargo run --release -p wirelens --example eval_reuse -- --sample 200 --seed 10 DIR...
//! # the same among pairs with a passage of at least 20 words (likely real reuse)
//! cargo run --release -p wirelens --example eval_reuse -- --sample 50 --seed 11 --min-words 20 DIR...
//! # the same for pairs only a relaxed setting finds (likely related, not reported)
//! cargo run --release -p wirelens --example eval_reuse -- --relaxed --sample 60 --seed 10 DIR...
//! # score hand judgements against the engine as it is now
//! cargo run --release -p wirelens --example eval_reuse -- --judge FILE.tsv DIR...
//! ```
//!
//! Sampling: the pairs (document stems `a < b`, sorted) are shuffled by a
//! Fisher–Yates shuffle driven by splitmix64 from `--seed`, and the first N are
//! printed. The same corpus, engine and seed give the same sample.
//!
//! Judgement file (TSV, `#` comments): `doc_a doc_b label a_start a_end
//! b_start b_end source`, one line per judged passage; `label` is `stock`
//! (only stock phrases of news English shared), `copy`, `quote` or
//! `boilerplate`; `source` says how the pair was sampled (`reported` or
//! `relaxed`). A pair is *stock-only* when all its judged passages are
//! `stock`, and has *real reuse* when one of them is not. The scorer reports
//! the share of stock-only pairs still reported (goal ≤ 1/20), the share of
//! real-reuse pairs still found, i.e. a reported passage overlaps a judged
//! real passage on both sides (goal ≥ 19/20), and the kind accuracy on the
//! judged real passages that are found.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wirelens::reuse::{find_passages_with, FoundPassage, ReuseParams};
use wirelens::PassageKind;

struct Corpus {
    ids: Vec<String>,
    texts: Vec<String>,
}

fn load(dirs: &[PathBuf]) -> Result<Corpus, String> {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for dir in dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|x| x == "txt") {
                let stem = path
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                files.push((stem, path));
            }
        }
    }
    files.sort();
    let mut corpus = Corpus {
        ids: Vec::new(),
        texts: Vec::new(),
    };
    for (stem, path) in files {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = wirelens::import::decode(&stem, &bytes).map_err(|e| e.to_string())?;
        corpus.ids.push(stem);
        corpus.texts.push(text);
    }
    Ok(corpus)
}

/// A setting that finds shorter and looser matches: candidates for related
/// pairs the product setting does not report.
fn relaxed() -> ReuseParams {
    ReuseParams {
        max_ngram_occurrences: 256,
        min_words: 6,
        min_matched: 5,
        min_similarity: 0.5,
        min_informative_alone: 0.0,
        min_informative_supported: 0.0,
        min_informative_sentences: 0.0,
        ..ReuseParams::default()
    }
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn shuffled<T>(mut items: Vec<T>, seed: u64) -> Vec<T> {
    let mut state = seed;
    for i in (1..items.len()).rev() {
        let j = (splitmix64(&mut state) % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
    items
}

/// Cross-document passages grouped by pair of stems (sorted).
fn by_pair<'p>(
    corpus: &Corpus,
    found: &'p [FoundPassage],
) -> BTreeMap<(String, String), Vec<&'p FoundPassage>> {
    let mut pairs: BTreeMap<(String, String), Vec<&FoundPassage>> = BTreeMap::new();
    for p in found.iter().filter(|p| p.a_doc != p.b_doc) {
        let key = (corpus.ids[p.a_doc].clone(), corpus.ids[p.b_doc].clone());
        pairs.entry(key).or_default().push(p);
    }
    pairs
}

/// `text[range]` with `context` bytes around it, on char boundaries, one line.
fn excerpt(text: &str, range: &Range<usize>, context: usize) -> String {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let before = floor(range.start.saturating_sub(context));
    let after = floor((range.end + context).min(text.len()));
    format!(
        "{}[[{}]]{}",
        &text[before..range.start],
        &text[range.clone()],
        &text[range.end..after]
    )
    .replace('\n', " ⏎ ")
}

fn kind_name(kind: PassageKind) -> &'static str {
    kind.name()
}

fn print_sample(corpus: &Corpus, pairs: Vec<(&(String, String), &Vec<&FoundPassage>)>) {
    for ((a, b), passages) in pairs {
        println!("## {a}\t{b}");
        for p in passages {
            println!(
                "- {} {} {} {} sim {} {}",
                p.a.start,
                p.a.end,
                p.b.start,
                p.b.end,
                p.similarity,
                kind_name(p.kind)
            );
            println!("  A: {}", excerpt(&corpus.texts[p.a_doc], &p.a, 40));
            println!("  B: {}", excerpt(&corpus.texts[p.b_doc], &p.b, 40));
        }
    }
}

struct Judged {
    a: Range<usize>,
    b: Range<usize>,
    label: String,
    source: String,
}

fn read_judgements(path: &Path) -> Result<BTreeMap<(String, String), Vec<Judged>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out: BTreeMap<(String, String), Vec<Judged>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let num = |i: usize| -> Result<usize, String> {
            f.get(i).and_then(|s| s.parse().ok()).ok_or_else(|| {
                format!(
                    "{}:{}: field {} is not a number",
                    path.display(),
                    n + 1,
                    i + 1
                )
            })
        };
        if f.len() < 7 || !["stock", "copy", "quote", "boilerplate"].contains(&f[2]) {
            return Err(format!(
                "{}:{}: expected doc_a doc_b label a_start a_end b_start b_end",
                path.display(),
                n + 1
            ));
        }
        out.entry((f[0].to_string(), f[1].to_string()))
            .or_default()
            .push(Judged {
                a: num(3)?..num(4)?,
                b: num(5)?..num(6)?,
                label: f[2].to_string(),
                source: f.get(7).unwrap_or(&"").to_string(),
            });
    }
    Ok(out)
}

fn overlaps(x: &Range<usize>, y: &Range<usize>) -> bool {
    x.start < y.end && y.start < x.end
}

/// Per sampling source: (stock-only pairs, still reported, real-reuse pairs, found).
type BySource = BTreeMap<String, [usize; 4]>;

fn score(
    corpus: &Corpus,
    found: &[FoundPassage],
    judgements: &Path,
    verbose: bool,
) -> Result<(), String> {
    let judged = read_judgements(judgements)?;
    let pairs = by_pair(corpus, found);
    let (mut stock_pairs, mut stock_reported) = (0, 0);
    let (mut real_pairs, mut real_found) = (0, 0);
    let mut by_source: BySource = BTreeMap::new();
    let (mut kinds_judged, mut kinds_right) = (0, 0);
    let mut confusion: BTreeMap<(String, &str), usize> = BTreeMap::new();
    let mut missing = 0;
    for (key, passages) in &judged {
        if !corpus.ids.contains(&key.0) || !corpus.ids.contains(&key.1) {
            missing += 1;
            continue;
        }
        let reported = pairs.get(key).map(Vec::as_slice).unwrap_or(&[]);
        let real: Vec<&Judged> = passages.iter().filter(|j| j.label != "stock").collect();
        if verbose {
            for j in passages.iter() {
                let (ia, ib) = (
                    corpus.ids.iter().position(|d| *d == key.0).unwrap_or(0),
                    corpus.ids.iter().position(|d| *d == key.1).unwrap_or(0),
                );
                let mass = |doc: usize, r: &Range<usize>| {
                    let text = corpus.texts[doc].get(r.clone()).unwrap_or("");
                    (
                        wirelens::informativeness::text_mass(text),
                        wirelens::text::tokens(text).len(),
                    )
                };
                let ((ma, na), (mb, nb)) = (mass(ia, &j.a), mass(ib, &j.b));
                let hit = reported
                    .iter()
                    .find(|p| overlaps(&p.a, &j.a) && overlaps(&p.b, &j.b));
                println!(
                    "  mass {:5.1} words {:3} {:<11} {:<9} {}",
                    ma.min(mb),
                    na.min(nb),
                    j.label,
                    hit.map_or("-", |p| kind_name(p.kind)),
                    j.source
                );
            }
        }
        let source = by_source.entry(passages[0].source.clone()).or_default();
        if real.is_empty() {
            stock_pairs += 1;
            stock_reported += usize::from(!reported.is_empty());
            source[0] += 1;
            source[1] += usize::from(!reported.is_empty());
            if verbose && !reported.is_empty() {
                println!("  still reported: {}\t{}", key.0, key.1);
            }
            continue;
        }
        real_pairs += 1;
        source[2] += 1;
        let matching = |j: &Judged| {
            reported
                .iter()
                .find(|p| overlaps(&p.a, &j.a) && overlaps(&p.b, &j.b))
                .copied()
        };
        if real.iter().any(|j| matching(j).is_some()) {
            real_found += 1;
            source[3] += 1;
        } else if verbose {
            println!("  missed: {}\t{}", key.0, key.1);
        }
        for j in real {
            if let Some(p) = matching(j) {
                kinds_judged += 1;
                kinds_right += usize::from(kind_name(p.kind) == j.label);
                *confusion
                    .entry((j.label.clone(), kind_name(p.kind)))
                    .or_default() += 1;
                if verbose && kind_name(p.kind) != j.label {
                    println!(
                        "  kind {} judged {}: {}\t{}\t{}",
                        kind_name(p.kind),
                        j.label,
                        key.0,
                        key.1,
                        j.a.start
                    );
                }
            }
        }
    }
    let share = |x: usize, n: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
    println!(
        "judged pairs: {} stock-only, {} with real reuse ({} not in this corpus)",
        stock_pairs, real_pairs, missing
    );
    println!(
        "stock-only pairs still reported: {stock_reported}/{stock_pairs} = {:.3} (goal <= 0.050)",
        share(stock_reported, stock_pairs)
    );
    println!(
        "real-reuse pairs found: {real_found}/{real_pairs} = {:.3} (goal >= 0.950)",
        share(real_found, real_pairs)
    );
    println!(
        "kind accuracy on found judged passages: {kinds_right}/{kinds_judged} = {:.3}",
        share(kinds_right, kinds_judged)
    );
    for (source, [stock, still, real, found]) in &by_source {
        println!("  sampled as {source:<9} stock-only {still}/{stock} reported, real reuse {found}/{real} found");
    }
    for ((label, kind), n) in confusion {
        println!("  judged {label:<11} reported {kind:<11} {n}");
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut sample, mut seed, mut use_relaxed, mut judge) = (None, 10u64, false, None);
    let mut min_words = 0usize;
    let mut verbose = false;
    let mut dirs = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sample" => sample = args.next().and_then(|n| n.parse::<usize>().ok()),
            "--seed" => seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(seed),
            "--relaxed" => use_relaxed = true,
            "--verbose" => verbose = true,
            "--min-words" => min_words = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "--judge" => judge = args.next().map(PathBuf::from),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: eval_reuse [--sample N --seed S] [--relaxed] [--judge FILE] DIR...");
        return ExitCode::from(2);
    }
    let corpus = match load(&dirs) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("eval_reuse: {e}");
            return ExitCode::FAILURE;
        }
    };
    let texts: Vec<&str> = corpus.texts.iter().map(String::as_str).collect();
    let started = std::time::Instant::now();
    let found = find_passages_with(&texts, &ReuseParams::default());
    let elapsed = started.elapsed();
    let pairs = by_pair(&corpus, &found);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for p in found.iter().filter(|p| p.a_doc != p.b_doc) {
        *kinds.entry(kind_name(p.kind)).or_default() += 1;
    }
    eprintln!(
        "{} articles: {} pairs, {} passages between articles {:?}, {} repeats within one; reuse took {:.0} ms",
        corpus.ids.len(),
        pairs.len(),
        kinds.values().sum::<usize>(),
        kinds,
        found.iter().filter(|p| p.a_doc == p.b_doc).count(),
        elapsed.as_secs_f64() * 1e3
    );
    if let Some(path) = judge {
        return match score(&corpus, &found, &path, verbose) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("eval_reuse: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if let Some(n) = sample {
        if use_relaxed {
            let loose = find_passages_with(&texts, &relaxed());
            let loose_pairs = by_pair(&corpus, &loose);
            let unreported: Vec<_> = loose_pairs
                .iter()
                .filter(|(key, _)| !pairs.contains_key(*key))
                .collect();
            eprintln!("{} pairs only the relaxed setting finds", unreported.len());
            print_sample(
                &corpus,
                shuffled(unreported, seed).into_iter().take(n).collect(),
            );
        } else {
            // `--min-words W`: only pairs with a passage of at least W words
            // (a stratum of likely real reuse).
            let long_enough = |passages: &Vec<&FoundPassage>| {
                passages.iter().any(|p| {
                    wirelens::text::tokens(&corpus.texts[p.a_doc][p.a.clone()]).len() >= min_words
                })
            };
            let stratum: Vec<_> = pairs.iter().filter(|(_, ps)| long_enough(ps)).collect();
            eprintln!("{} reported pairs in the stratum", stratum.len());
            print_sample(
                &corpus,
                shuffled(stratum, seed).into_iter().take(n).collect(),
            );
        }
    }
    ExitCode::SUCCESS
}
