//! Reading articles from disk: files and folders (recursive, sorted for
//! determinism), decoded by `wirelens::import`, each problem named per file.

use std::collections::BTreeSet;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use wirelens::Document;

/// Extensions read from folders (a file named explicitly is read whatever its extension).
const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "text", "md", "markdown", "html", "htm"];

/// A file that was not analysed, and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What `load` found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
}

/// Files read at once (the progress counter moves a batch at a time).
const READ_BATCH: usize = 1024;

/// Read every article under `paths`. With `progress`, a counter on stderr
/// once reading takes more than a moment.
pub fn load(paths: &[PathBuf], progress: bool) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    // What each path named on the command line is, asked on the cores (a
    // shell glob can name a thousand files).
    let kinds = wirelens::par::map(paths, |_, path| std::fs::metadata(path));
    for (path, kind) in paths.iter().zip(kinds) {
        collect_files_of(path, kind, true, &mut files, &mut loaded.skipped);
    }
    let started = Instant::now();
    let mut used_ids = BTreeSet::new();
    let total = files.len();
    // Files are read and decoded a batch at a time, each batch spread over
    // the cores; ids are given in file order, as in one pass.
    for (batch, paths) in files.chunks(READ_BATCH).enumerate() {
        let done = batch * READ_BATCH;
        if progress && started.elapsed() > Duration::from_millis(300) {
            eprint!("\rwirelens: reading {done}/{total} files");
            let _ = std::io::stderr().flush();
        }
        let read = wirelens::par::map(paths, |_, path| read_article(path));
        for (path, result) in paths.iter().zip(read) {
            match result {
                Ok(text) => {
                    let id = unique_id(path, &mut used_ids);
                    loaded.documents.push(Document::new(id, text));
                }
                Err(reason) => loaded.skipped.push(Skipped {
                    path: path.clone(),
                    reason,
                }),
            }
        }
    }
    if progress && started.elapsed() > Duration::from_millis(300) {
        eprintln!("\rwirelens: read {total}/{total} files, analysing…");
    }
    loaded
}

fn collect_files(
    path: &Path,
    explicit: bool,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
) {
    collect_files_of(path, std::fs::metadata(path), explicit, files, skipped);
}

/// [`collect_files`] with the path's metadata already asked for.
fn collect_files_of(
    path: &Path,
    metadata: std::io::Result<std::fs::Metadata>,
    explicit: bool,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
) {
    let metadata = match metadata {
        Ok(m) => m,
        Err(e) => {
            skipped.push(Skipped {
                path: path.to_path_buf(),
                reason: describe_io_error(&e),
            });
            return;
        }
    };
    if metadata.is_dir() {
        let entries = match std::fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => {
                skipped.push(Skipped {
                    path: path.to_path_buf(),
                    reason: describe_io_error(&e),
                });
                return;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect_files(&child, false, files, skipped);
            }
        }
    } else if explicit || has_article_extension(path) {
        files.push(path.to_path_buf());
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn read_article(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| describe_io_error(&e))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    wirelens::import::decode(name, &bytes).map_err(|e| e.to_string())
}

/// The id of an article: its file stem, made unique with `-2`, `-3`, … when
/// two files in different folders share a stem.
fn unique_id(path: &Path, used: &mut BTreeSet<String>) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string());
    let mut id = stem.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{stem}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot be read ({e})"),
    }
}
