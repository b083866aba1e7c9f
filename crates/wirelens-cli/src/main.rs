//! `wirelens`: the command line over the engine. Reads files and folders of
//! articles, analyses them together and prints the JSON contract of SPEC.md
//! (`--json`), the passages as TSV (`--tsv`), or a short human summary.
//!
//! A file that cannot be read or is not text is named on stderr and skipped;
//! the exit status is 1 only when nothing could be analysed, 2 for a usage error.

mod input;
mod json;

/// mimalloc instead of the system allocator: the analysis makes millions of
/// small allocations on two threads (PolNeAR train + dev: 3,700M -> 3,469M
/// instructions). Without transparent huge pages (`no_thp`): with them, on a
/// machine whose memory is busy, the kernel's compaction for 2 MB pages cost
/// 0.3-0.6 s of system time per run. The widget and the Python module keep
/// their own allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use wirelens::{Analysis, ConflictKind};

const HELP: &str = "\
wirelens — what a set of news articles share, and who they quote

USAGE:
    wirelens analyze PATH... [--json | --tsv] [--quiet]
    wirelens --help | --version

PATH is a file or a folder (read recursively). Folders contribute their
.txt, .md and .html files; a file named on the command line is read whatever
its extension. HTML and Markdown are reduced to their text. Each article's id
is its file name without the extension.

OUTPUT:
    (default)  a short summary: articles, shared passages, quotes, speakers
    --json     the full analysis as one JSON object: documents, passages,
               quotes, speakers, utterances; all offsets are
               UTF-8 byte offsets into each article's text, end exclusive
    --tsv      the shared passages, one per line: id begin end id2 begin2 end2 kind
               (kind: copy, quote or boilerplate)
    --quiet    no progress or skip messages on stderr

Files that cannot be read (binary, empty, unreadable) are named on stderr and
skipped. Exit status: 0 on success, 1 when no article could be analysed,
2 for a usage error.

EXAMPLE:
    wirelens analyze seeds/ --json > analysis.json
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Summary,
    Json,
    Tsv,
}

#[derive(Debug)]
struct AnalyzeArgs {
    paths: Vec<PathBuf>,
    output: Output,
    quiet: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(Command::Help) => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("wirelens {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Ok(Command::Analyze(args)) => run_analyze(&args),
        Err(message) => {
            eprintln!("wirelens: {message}\n\nRun `wirelens --help` for usage.");
            ExitCode::from(2)
        }
    }
}

#[derive(Debug)]
enum Command {
    Help,
    Version,
    Analyze(AnalyzeArgs),
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Help);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "-V" | "--version" => return Ok(Command::Version),
        "analyze" | "analyse" => {}
        other => return Err(format!("unknown command `{other}`")),
    }
    let mut parsed = AnalyzeArgs {
        paths: Vec::new(),
        output: Output::Summary,
        quiet: false,
    };
    let mut formats = 0;
    for arg in &args[1..] {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => {
                parsed.output = Output::Json;
                formats += 1;
            }
            "--tsv" => {
                parsed.output = Output::Tsv;
                formats += 1;
            }
            "-q" | "--quiet" => parsed.quiet = true,
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option `{flag}`"))
            }
            path => parsed.paths.push(PathBuf::from(path)),
        }
    }
    if formats > 1 {
        return Err("choose one of --json and --tsv".into());
    }
    if parsed.paths.is_empty() {
        return Err("`analyze` needs at least one file or folder".into());
    }
    Ok(Command::Analyze(parsed))
}

fn run_analyze(args: &AnalyzeArgs) -> ExitCode {
    let progress = !args.quiet && std::io::stderr().is_terminal();
    let loaded = input::load(&args.paths, progress);
    if !args.quiet {
        for skipped in &loaded.skipped {
            eprintln!("wirelens: skipping {skipped}");
        }
    }
    if loaded.documents.is_empty() {
        eprintln!("wirelens: no article could be analysed");
        return ExitCode::from(1);
    }
    let documents = loaded.documents;
    let analysis = match std::panic::catch_unwind(|| wirelens::analyze(&documents)) {
        Ok(analysis) => analysis,
        Err(_) => {
            eprintln!(
                "wirelens: internal error while analysing {} articles; please report it with the input",
                documents.len()
            );
            return ExitCode::from(1);
        }
    };
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = match args.output {
        // The same bytes as `Analysis::to_json`, its lists formatted on the
        // cores.
        Output::Json => {
            json::write_pretty(&mut stdout, &analysis).and_then(|_| stdout.write_all(b"\n"))
        }
        Output::Tsv => stdout.write_all(analysis.to_tsv().as_bytes()),
        Output::Summary => stdout.write_all(summary(&analysis, &documents).as_bytes()),
    }
    .and_then(|_| stdout.flush());
    // The process ends here: its memory goes back at once, without freeing
    // the analysis and the articles piece by piece.
    std::mem::forget(analysis);
    std::mem::forget(documents);
    ExitCode::SUCCESS
}

/// A few lines a person reads: counts, each article's original share, then
/// the words an agency is credited for in one article and carried without
/// credit in others.
fn summary(analysis: &Analysis, documents: &[wirelens::Document]) -> String {
    let conflicts = analysis.utterances.iter().filter(|u| u.conflict).count();
    let of_kind = |kind: ConflictKind| {
        analysis
            .utterances
            .iter()
            .filter(|u| u.conflict_kind == Some(kind))
            .count()
    };
    let mut out = format!(
        "{} articles, {} shared passages, {} quotes, {} speakers, {} conflicting attributions\n",
        analysis.documents.len(),
        analysis.passages.len(),
        analysis.quotes.len(),
        analysis.speakers.len(),
        conflicts
    );
    if conflicts > 0 {
        out.push_str(&format!(
            "  conflicts: {} different speakers, {} spokesperson vs own organisation, {} same speaker on another channel\n",
            of_kind(ConflictKind::Speaker),
            of_kind(ConflictKind::SameSource),
            of_kind(ConflictKind::Channel)
        ));
    }
    for doc in &analysis.documents {
        out.push_str(&format!(
            "  {:<24} {:>3.0}% original  {:>7} bytes  {}\n",
            doc.id,
            doc.original_share * 100.0,
            doc.bytes,
            doc.title.chars().take(60).collect::<String>()
        ));
    }
    for carried in &analysis.carried {
        let first = &carried.credited[0];
        let words: Vec<&str> = documents
            .iter()
            .find(|d| d.id == first.doc)
            .map_or("", |d| d.text.as_str())
            .get(first.start..first.end)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let excerpt = if words.len() > 12 {
            format!("{} …", words[..12].join(" "))
        } else {
            words.join(" ")
        };
        let ids = |spans: &[wirelens::DocSpan]| {
            let mut ids: Vec<&str> = spans.iter().map(|s| s.doc.as_str()).collect();
            ids.dedup();
            ids.join(", ")
        };
        out.push_str(&format!(
            "  likely from {}: \"{}\" ({}), credited in {}, without credit in {}\n",
            carried.agency,
            excerpt,
            if carried.kind == wirelens::PassageKind::Quote {
                "the same quote"
            } else {
                "copied reporting"
            },
            ids(&carried.credited),
            ids(&carried.uncredited)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_analyze_with_format() {
        let Ok(Command::Analyze(a)) = parse_args(&strings(&["analyze", "a", "b", "--json"])) else {
            panic!("expected analyze");
        };
        assert_eq!(a.paths.len(), 2);
        assert_eq!(a.output, Output::Json);
    }

    #[test]
    fn rejects_bad_usage_with_a_reason() {
        assert!(parse_args(&strings(&["analyze"]))
            .unwrap_err()
            .contains("at least one"));
        assert!(parse_args(&strings(&["analyze", "x", "--json", "--tsv"]))
            .unwrap_err()
            .contains("one of"));
        assert!(parse_args(&strings(&["frobnicate"]))
            .unwrap_err()
            .contains("unknown command"));
        assert!(parse_args(&strings(&["analyze", "x", "--bogus"]))
            .unwrap_err()
            .contains("--bogus"));
    }
}
