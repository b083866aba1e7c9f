//! Where the time of one analysis goes, stage by stage: reuse (tokens,
//! common words, seeds, alignment + kinds), original shares, quotes, JSON.
//! A profiling aid, not a benchmark: run it a few times and read the medians.
//!
//! ```sh
//! cargo run --release -p wirelens --example profile_stages -- DIR...
//! cargo run --release -p wirelens --example profile_stages -- --synth 1000
//! cargo run --release -p wirelens --example profile_stages -- --common-words 10000
//! # only the whole analysis, once (for `/usr/bin/time`: user time, peak memory)
//! cargo run --release -p wirelens --example profile_stages -- --common-words 10000 --analyze-only
//! # the warm whole analysis repeated N times (median; for cachegrind/perf on warm runs)
//! cargo run --release -p wirelens --example profile_stages -- seeds --warm 200
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use wirelens::reuse::{self, index, ReuseParams};
use wirelens::{analyze, quotes, synth, text, Document};

const SEEDS: [&str; 5] = [
    include_str!("../../../seeds/000_3f04ed3890fa3ca4.txt"),
    include_str!("../../../seeds/001_3a15821f95648dd1.txt"),
    include_str!("../../../seeds/002_fad698e21613d5de.txt"),
    include_str!("../../../seeds/003_81a701cb0d8ed4aa.txt"),
    include_str!("../../../seeds/004_22fdcdff3e63ad71.txt"),
];

fn load(dirs: &[PathBuf]) -> Result<Vec<Document>, String> {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|x| x == "txt") {
                let stem = path.file_stem().unwrap_or_default().to_string_lossy();
                files.push((stem.into_owned(), path));
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|(stem, path)| {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = wirelens::import::decode(&stem, &bytes).map_err(|e| e.to_string())?;
            Ok(Document::new(stem, text))
        })
        .collect()
}

/// User + system CPU seconds of the whole process so far (all threads),
/// from `/proc/self/stat` (Linux; `None` elsewhere).
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    // utime and stime are fields 14 and 15 (11 and 12 after the name), in
    // clock ticks of 1/100 s on Linux.
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    report(label, started.elapsed());
    out
}

fn report(label: &str, took: Duration) {
    println!("{label:<28} {:>9.1} ms", took.as_secs_f64() * 1000.0);
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let analyze_only = args.iter().any(|a| a == "--analyze-only");
    args.retain(|a| a != "--analyze-only");
    let warm_runs = args.iter().position(|a| a == "--warm").map(|at| {
        let runs = args.get(at + 1).and_then(|n| n.parse().ok()).unwrap_or(100);
        args.drain(at..(at + 2).min(args.len()));
        runs
    });
    let docs = match args.first().map(String::as_str) {
        Some(flag @ ("--synth" | "--common-words")) => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
            if flag == "--synth" {
                synth::corpus(&SEEDS, n, 42).documents
            } else {
                synth::common_words_corpus(&SEEDS, n, 42)
            }
        }
        Some(_) => match load(&args.iter().map(PathBuf::from).collect::<Vec<_>>()) {
            Ok(docs) => docs,
            Err(e) => {
                eprintln!("profile_stages: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => {
            eprintln!("usage: profile_stages DIR... | --synth N | --common-words N");
            return ExitCode::from(2);
        }
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!("{} articles, {} bytes", docs.len(), bytes);
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let params = ReuseParams::default();
    if let Some(runs) = warm_runs {
        analyze(&docs); // the lexicons are built once, on the first call
        let cpu_before = process_cpu_seconds();
        let loop_started = Instant::now();
        let mut times: Vec<Duration> = (0..runs.max(1))
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(analyze(&docs));
                started.elapsed()
            })
            .collect();
        let loop_wall = loop_started.elapsed().as_secs_f64();
        times.sort();
        report("analyze (warm, median)", times[times.len() / 2]);
        if let (Some(before), Some(after)) = (cpu_before, process_cpu_seconds()) {
            // How busy the cores were: CPU time of all threads over wall time.
            let cpu = after - before;
            println!(
                "{:<28} {:>9.1} ms CPU a run, {:.2} cores busy",
                "  (user + system)",
                cpu * 1000.0 / runs.max(1) as f64,
                cpu / loop_wall
            );
        }
        return ExitCode::SUCCESS;
    }
    if analyze_only {
        let analysis = timed("analyze (whole)", || analyze(&docs));
        println!("{:<28} {:>9}", "  passages", analysis.passages.len());
        return ExitCode::SUCCESS;
    }

    let started = Instant::now();
    let tokens: Vec<Vec<text::Token>> = timed("reuse: tokens", || {
        texts.iter().map(|t| text::tokens(t)).collect()
    });
    let seeds = timed("reuse: candidate seeds", || {
        index::candidate_seeds_skipping_common(&tokens, &params)
    });
    println!("{:<28} {:>9}", "  seeds", seeds.len());
    timed("reuse: alignment + kinds", || {
        reuse::passages_from_seeds(&texts, &tokens, &seeds, &params)
    });
    let found = timed("reuse: find_passages (all)", || {
        reuse::find_passages(&texts)
    });
    println!("{:<28} {:>9}", "  passages", found.len());
    timed("reuse: original shares", || {
        reuse::original_shares(&texts, &found)
    });
    let quoted = timed("quotes: attribute", || quotes::attribute(&ids, &texts));
    println!("{:<28} {:>9}", "  quotes", quoted.quotes.len());
    let analysis = timed("analyze (whole)", || analyze(&docs));
    let json = timed("to_json", || analysis.to_json());
    report("total", started.elapsed());
    // A fingerprint of the output, to check that a speed-up changed nothing.
    let fingerprint = json.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    println!(
        "output fingerprint {fingerprint:016x} ({} bytes)",
        json.len()
    );
    ExitCode::SUCCESS
}
