//! Turning what a user gives us (the bytes of a file, a paste) into article
//! text: encoding detection, HTML and Markdown reduced to text, and errors a
//! user can act on. Pure functions: the CLI reads files, the widget reads
//! `File`s, both call these.
//!
//! Offsets in the analysis are into the text this module returns. For a UTF-8
//! file without a byte-order mark that is the file's bytes exactly; a UTF-8 BOM
//! is dropped (so offsets are 3 lower than file positions); UTF-16 and
//! Windows-1252/Latin-1 files are converted to UTF-8 first; HTML and Markdown
//! are reduced to their text. Line ends (CRLF) are kept as they are.

use std::fmt;

/// The largest article accepted by default (the CLI's limit; the widget sets its own).
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why some input could not become an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but whitespace.
    Empty,
    /// Not text: NUL bytes or control characters that no text file has.
    Binary,
    /// Larger than the limit given.
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "it is empty (no text to analyse)"),
            ImportError::Binary => write!(
                f,
                "it is not text (binary data); give a .txt, .md or .html file"
            ),
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "it is too large ({} MB; the limit is {} MB)",
                mb(*bytes),
                mb(*limit)
            ),
        }
    }
}

/// Megabytes with one decimal, as `format!("{:.1}", bytes / 2^20)` writes them
/// (ties to even), in integer arithmetic: float formatting would add about
/// 11 KB to the widget's wasm, and this is its only use there.
fn mb(bytes: usize) -> String {
    const MB: u128 = 1024 * 1024;
    let scaled = bytes as u128 * 10;
    let (mut tenths, rest) = (scaled / MB, scaled % MB);
    if rest * 2 > MB || (rest * 2 == MB && tenths % 2 == 1) {
        tenths += 1;
    }
    format!("{}.{}", tenths / 10, tenths % 10)
}

impl std::error::Error for ImportError {}

/// What kind of markup a file holds, from its name (and, for HTML, its start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Markdown,
}

impl Format {
    /// Guess from the file name's extension, then from the content's start.
    pub fn detect(name: &str, text: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            return Format::Html;
        }
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            return Format::Markdown;
        }
        let head: String = text
            .trim_start()
            .chars()
            .take(15)
            .collect::<String>()
            .to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Decode file bytes to article text with the default size limit.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    decode_limited(name, bytes, DEFAULT_MAX_BYTES)
}

/// Decode file bytes to article text: detect the encoding, reduce HTML and
/// Markdown (by `name`'s extension or an HTML start) to text, reject empty,
/// binary and oversized input.
pub fn decode_limited(name: &str, bytes: &[u8], limit: usize) -> Result<String, ImportError> {
    if bytes.len() > limit {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    let text = decode_text(bytes)?;
    let text = match Format::detect(name, &text) {
        Format::Text => text,
        Format::Html => html_to_text(&text),
        Format::Markdown => markdown_to_text(&text),
    };
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// Bytes to a `String`: UTF-8 (BOM dropped), UTF-16 with a BOM, or
/// Windows-1252 for other 8-bit text; binary data is refused.
pub fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return finish_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    if looks_binary(bytes) {
        return Err(ImportError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn finish_utf8(bytes: &[u8]) -> Result<String, ImportError> {
    if looks_binary(bytes) {
        return Err(ImportError::Binary);
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if looks_binary(text.as_bytes()) {
        return Err(ImportError::Binary);
    }
    Ok(text)
}

/// Binary if the first 8 KB hold a NUL byte or more than 1 in 20 control
/// characters other than tab, newline, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 20 > head.len().max(1)
}

/// Windows-1252 (a superset of Latin-1 for printable text) to a char.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

/// Elements whose content is never article text.
const HIDDEN_ELEMENTS: [&str; 8] = [
    "script", "style", "noscript", "template", "head", "svg", "iframe", "nav",
];

/// Elements that start a new paragraph.
const BLOCK_ELEMENTS: [&str; 24] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "article",
    "section",
    "blockquote",
    "header",
    "footer",
    "main",
    "figure",
    "figcaption",
    "pre",
    "hr",
];

/// Reduce HTML to its visible text: scripts, styles and the head dropped,
/// one paragraph per block element, entities decoded, spaces collapsed.
/// A tolerant scanner, not a validating parser: broken markup still gives text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut line = String::new();
    while let Some(lt) = rest.find('<') {
        push_text(&mut line, &rest[..lt]);
        rest = &rest[lt..];
        let starts_tag = rest[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !starts_tag {
            // A lone '<' (as in "a < b"): keep it as text.
            line.push_str(if line.ends_with(' ') || line.is_empty() {
                "<"
            } else {
                " <"
            });
            rest = &rest[1..];
            continue;
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |e| &comment[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A tag that never closes: the rest is not text.
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if !closing && HIDDEN_ELEMENTS.contains(&name.as_str()) && !tag.ends_with('/') {
            rest = skip_past_close(rest, &name);
            continue;
        }
        if BLOCK_ELEMENTS.contains(&name.as_str()) {
            flush_line(&mut out, &mut line);
        }
    }
    push_text(&mut line, rest);
    flush_line(&mut out, &mut line);
    out
}

/// The text after `</name>` (case-insensitive), or "" when it never closes.
fn skip_past_close<'a>(rest: &'a str, name: &str) -> &'a str {
    let needle = format!("</{name}");
    let lower = rest.to_ascii_lowercase();
    match lower.find(&needle) {
        Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
        None => "",
    }
}

fn push_text(line: &mut String, raw: &str) {
    let decoded = decode_entities(raw);
    for word in decoded.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
}

fn flush_line(out: &mut String, line: &mut String) {
    if !line.is_empty() {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(line);
        line.clear();
    }
}

/// Decode the HTML character references news pages use: numeric ones and
/// the common named ones. Unknown references are left as written.
pub fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i + 1);
        let decoded = end.and_then(|semi| entity(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bdquo" => '„',
        "sbquo" => '‚',
        "hellip" => '…',
        "eacute" => 'é',
        "copy" => '©',
        _ => return None,
    })
}

/// Reduce Markdown to text: heading marks, emphasis, link targets, images,
/// block-quote and list markers and code fences removed; paragraphs kept.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for raw_line in md.lines() {
        let mut line = raw_line.trim_start();
        if line.starts_with("```") || line.starts_with("~~~") {
            continue;
        }
        line = line.trim_start_matches('#').trim_start();
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        for bullet in ["- ", "* ", "+ "] {
            if let Some(rest) = line.strip_prefix(bullet) {
                line = rest;
            }
        }
        out.push_str(&strip_inline_markdown(line));
        out.push('\n');
    }
    out
}

fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => i += 1,
            '[' => {
                // [text](target) → text
                if let Some(close) = chars[i..].iter().position(|&c| c == ']').map(|p| p + i) {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(paren) = chars[close..]
                            .iter()
                            .position(|&c| c == ')')
                            .map(|p| p + close)
                        {
                            out.extend(&chars[i + 1..close]);
                            i = paren + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
                i += 1;
            }
            '*' | '`' => i += 1,
            '_' if is_emphasis_underscore(&chars, i) => i += 1,
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// An underscore is emphasis when it is not inside a word (snake_case stays).
fn is_emphasis_underscore(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| chars[j].is_alphanumeric());
    let after = chars.get(i + 1).map(|c| c.is_alphanumeric());
    !(before == Some(true) && after == Some(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_read_as_float_formatting_would_write_them() {
        let mut bytes = 0usize;
        for step in [1usize, 7, 4093, 52_429, 104_857, 1_048_576] {
            for _ in 0..2_000 {
                assert_eq!(
                    mb(bytes),
                    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
                    "{bytes} bytes"
                );
                bytes += step;
            }
        }
        // Exact ties (0.25, 0.75, 1.25, … MB) round to even as `{:.1}` does.
        for k in 0..200usize {
            let tie = (2 * k + 1) * 256 * 1024;
            assert_eq!(mb(tie), format!("{:.1}", tie as f64 / (1024.0 * 1024.0)));
        }
    }

    #[test]
    fn plain_utf8_is_kept_byte_for_byte() {
        let text = "Line one\r\nZabihullah Mujahid said “hello”.\n";
        assert_eq!(decode("a.txt", text.as_bytes()).unwrap(), text);
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("Title\nBody".as_bytes());
        assert_eq!(decode("a.txt", &bytes).unwrap(), "Title\nBody");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let text = "Kabul — “quagmire”";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode("a.txt", &le).unwrap(), text);
        assert_eq!(decode("a.txt", &be).unwrap(), text);
    }

    #[test]
    fn latin1_and_windows_1252_are_converted() {
        let bytes = b"Caf\xe9 \x93quoted\x94 \x96 done";
        assert_eq!(decode("a.txt", bytes).unwrap(), "Café “quoted” – done");
    }

    #[test]
    fn binary_empty_and_large_are_refused_with_reasons() {
        assert_eq!(
            decode("x.bin", &[0x89, b'P', b'N', b'G', 0, 0, 1]),
            Err(ImportError::Binary)
        );
        assert_eq!(decode("e.txt", b"  \n\t "), Err(ImportError::Empty));
        assert_eq!(decode("e.txt", b""), Err(ImportError::Empty));
        let err = decode_limited("big.txt", &[b'a'; 2048], 1024).unwrap_err();
        assert_eq!(
            err,
            ImportError::TooLarge {
                bytes: 2048,
                limit: 1024
            }
        );
        assert!(err.to_string().contains("too large"));
    }

    #[test]
    fn html_is_reduced_to_paragraphs_without_scripts() {
        let html = "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>\
            <body><h1>Panjshir&nbsp;falls</h1><script>alert('x<p>')</script>\
            <p>Mujahid said &ldquo;captured&rdquo; &amp; more.</p><!-- c --><p>Second&#8212;para &#x27;x&#39;</p></body></html>";
        assert_eq!(
            decode("page.html", html.as_bytes()).unwrap(),
            "Panjshir falls\n\nMujahid said “captured” & more.\n\nSecond—para 'x'"
        );
    }

    #[test]
    fn broken_html_still_gives_text() {
        assert_eq!(html_to_text("<p>a < b and <b>c"), "a < b and c");
        assert_eq!(html_to_text("<script>never closed"), "");
        assert_eq!(decode_entities("&unknown; &#xZZ; &"), "&unknown; &#xZZ; &");
    }

    #[test]
    fn html_is_detected_by_content_too() {
        assert_eq!(
            Format::detect("paste", "  <!doctype html><p>x"),
            Format::Html
        );
        assert_eq!(Format::detect("paste", "The <b> tag"), Format::Text);
    }

    #[test]
    fn markdown_is_reduced_to_text() {
        let md = "# Title\n\n> “Quote,” he said.\n\n- a **bold** [link](http://x) and snake_case\n```\ncode\n```\n";
        assert_eq!(
            decode("a.md", md.as_bytes()).unwrap(),
            "Title\n\n“Quote,” he said.\n\na bold link and snake_case\ncode\n"
        );
    }
}
