//! The size report: every wasm and JS file of a build, raw and gzip -9.

use std::fmt;
use std::io::Write;
use std::path::Path;

use flate2::{write::GzEncoder, Compression};

use crate::Result;

/// One shipped file.
pub struct FileSize {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
}

/// The shipped wasm and JS of a `dist/` folder.
pub struct Report {
    pub files: Vec<FileSize>,
}

impl Report {
    pub fn total_gzip(&self) -> u64 {
        self.files.iter().map(|f| f.gzip).sum()
    }

    pub fn total_raw(&self) -> u64 {
        self.files.iter().map(|f| f.raw).sum()
    }

    /// Fail when the gzip total is over `budget` bytes, or nothing was built.
    pub fn check_budget(&self, budget: u64) -> Result {
        if !self.files.iter().any(|f| f.name.ends_with(".wasm")) {
            return Err("the build produced no .wasm file".into());
        }
        if self.total_gzip() > budget {
            return Err(format!(
                "wasm + JS is {:.1} KB gzip, over the budget of {:.0} KB",
                kb(self.total_gzip()),
                kb(budget)
            ));
        }
        Ok(())
    }
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "\nsize report (dist/):")?;
        writeln!(f, "  {:<44} {:>10} {:>10}", "file", "raw KB", "gzip KB")?;
        for file in &self.files {
            writeln!(
                f,
                "  {:<44} {:>10.1} {:>10.1}",
                file.name,
                kb(file.raw),
                kb(file.gzip)
            )?;
        }
        writeln!(
            f,
            "  {:<44} {:>10.1} {:>10.1}",
            "total wasm + JS",
            kb(self.total_raw()),
            kb(self.total_gzip())
        )
    }
}

/// Measure every `.wasm` and `.js` file directly in `dist`.
pub fn report(dist: &Path) -> Result<Report> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if !(name.ends_with(".wasm") || name.ends_with(".js")) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        files.push(FileSize {
            name,
            raw: bytes.len() as u64,
            gzip: gzip_len(&bytes),
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Report { files })
}

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len() as u64
}
