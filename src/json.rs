//! JSON in and out without serde: reading with the browser's own parser
//! (`JSON.parse`), writing with a small writer that formats exactly as
//! serde_json does. The widget only reads back what it wrote itself (stored
//! articles, the worker's request and answer) and writes the JSON contract for
//! export; leaving serde and serde_json out of the wasm keeps it well inside
//! its size budget (measured: see the commit that made this change).
//! Missing or mistyped fields read as empty, never panic.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;
use wirelens::{
    Analysis, Carried, ConflictKind, Credit, CreditScope, DocSpan, DocumentSummary, Passage,
    PassageKind, Quote, Span, Speaker, SpeakerKind, Utterance,
};

use crate::host::{Entry, Field};
use crate::storage::StoredArticle;

fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, key: &str) -> String {
    get(object, key).as_string().unwrap_or_default()
}

fn optional_text(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

fn number(object: &JsValue, key: &str) -> f64 {
    get(object, key).as_f64().unwrap_or(0.0)
}

fn count(object: &JsValue, key: &str) -> usize {
    number(object, key).max(0.0) as usize
}

fn items(value: &JsValue) -> Vec<JsValue> {
    if Array::is_array(value) {
        Array::from(value).to_vec()
    } else {
        Vec::new()
    }
}

fn list(object: &JsValue, key: &str) -> Vec<JsValue> {
    items(&get(object, key))
}

fn counts(object: &JsValue, key: &str) -> Vec<usize> {
    list(object, key)
        .iter()
        .filter_map(JsValue::as_f64)
        .map(|n| n.max(0.0) as usize)
        .collect()
}

fn texts(object: &JsValue, key: &str) -> Vec<String> {
    list(object, key)
        .iter()
        .filter_map(JsValue::as_string)
        .collect()
}

fn span(value: &JsValue) -> Option<Span> {
    value.is_object().then(|| Span {
        start: count(value, "start"),
        end: count(value, "end"),
    })
}

fn doc_span(value: &JsValue) -> DocSpan {
    DocSpan {
        doc: text(value, "doc"),
        start: count(value, "start"),
        end: count(value, "end"),
    }
}

/// `[{id, title, text}, …]`.
pub fn articles_from_json(json: &str) -> Vec<StoredArticle> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .map(|a| StoredArticle {
            id: text(a, "id"),
            title: text(a, "title"),
            text: text(a, "text"),
        })
        .filter(|a| !a.id.is_empty())
        .collect()
}

/// What a JSON value is, in words, for messages ("a number", "a list", …).
fn kind_of(value: &JsValue) -> &'static str {
    if value.is_null() {
        "null"
    } else if Array::is_array(value) {
        "a list"
    } else if value.is_object() {
        "an object"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_string() {
        "a string"
    } else {
        "a number"
    }
}

fn field(object: &JsValue, key: &str) -> Field {
    let value = get(object, key);
    match value.as_string() {
        Some(text) => Field::Text(text),
        None if value.is_undefined() => Field::Absent,
        None => Field::Other(kind_of(&value)),
    }
}

/// A host page's inline articles `[{id, title, text}, …]`, each as given; or
/// why the list cannot be read at all ("it is not JSON (…)", with the
/// parser's message saying where).
pub fn host_entries(json: &str, limit: usize) -> Result<Vec<Entry>, String> {
    if json.len() > limit {
        let bytes = json.len();
        return Err(wirelens::import::ImportError::TooLarge { bytes, limit }.to_string());
    }
    if json.trim().is_empty() {
        return Err("it is empty".into());
    }
    let value = JSON::parse(json)
        .map_err(|error| format!("it is not JSON ({})", text(&error, "message")))?;
    if !Array::is_array(&value) {
        return Err(format!(
            "it is {}, not a list [ … ] of articles",
            kind_of(&value)
        ));
    }
    let entries: Vec<Entry> = items(&value)
        .iter()
        .map(|item| match kind_of(item) {
            "an object" => Entry::Article {
                id: field(item, "id"),
                title: field(item, "title"),
                text: field(item, "text"),
            },
            kind => Entry::NotObject(kind),
        })
        .collect();
    if entries.is_empty() {
        return Err("it is an empty list".into());
    }
    Ok(entries)
}

/// `["…", …]`.
pub fn strings_from_json(json: &str) -> Vec<String> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .filter_map(JsValue::as_string)
        .collect()
}

/// `[[id, text], …]`.
pub fn pairs_from_json(json: &str) -> Vec<(String, String)> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .map(|pair| {
            let pair = items(pair);
            let at = |i: usize| pair.get(i).and_then(JsValue::as_string).unwrap_or_default();
            (at(0), at(1))
        })
        .collect()
}

/// The JSON contract (`Analysis::to_json`) read back.
pub fn analysis_from_json(json: &str) -> Option<Analysis> {
    let root = parse(json).filter(JsValue::is_object)?;
    Some(Analysis {
        documents: list(&root, "documents")
            .iter()
            .map(|d| DocumentSummary {
                id: text(d, "id"),
                title: text(d, "title"),
                bytes: count(d, "bytes"),
                original_share: number(d, "original_share"),
                credits: list(d, "credits")
                    .iter()
                    .map(|c| Credit {
                        agency: text(c, "agency"),
                        start: count(c, "start"),
                        end: count(c, "end"),
                        scope: if text(c, "scope") == "article" {
                            CreditScope::Article
                        } else {
                            CreditScope::Sentence
                        },
                        scope_start: count(c, "scope_start"),
                        scope_end: count(c, "scope_end"),
                    })
                    .collect(),
            })
            .collect(),
        passages: list(&root, "passages")
            .iter()
            .map(|p| Passage {
                a: doc_span(&get(p, "a")),
                b: doc_span(&get(p, "b")),
                similarity: number(p, "similarity"),
                kind: passage_kind(&text(p, "kind")),
            })
            .collect(),
        quotes: list(&root, "quotes")
            .iter()
            .map(|q| Quote {
                id: count(q, "id"),
                doc: text(q, "doc"),
                start: count(q, "start"),
                end: count(q, "end"),
                text: text(q, "text"),
                speaker: optional_text(q, "speaker"),
                mention: span(&get(q, "mention")),
                cue: optional_text(q, "cue"),
                channel: optional_text(q, "channel"),
                utterance: count(q, "utterance"),
                cue_span: None,
            })
            .collect(),
        speakers: list(&root, "speakers")
            .iter()
            .map(|s| Speaker {
                name: text(s, "name"),
                aliases: texts(s, "aliases"),
                role: optional_text(s, "role"),
                quotes: counts(s, "quotes"),
                kind: speaker_kind(&text(s, "kind")),
            })
            .collect(),
        utterances: list(&root, "utterances")
            .iter()
            .map(|u| Utterance {
                id: count(u, "id"),
                quotes: counts(u, "quotes"),
                speakers: texts(u, "speakers"),
                conflict: get(u, "conflict").as_bool().unwrap_or(false),
                conflict_kind: conflict_kind(&text(u, "conflict_kind")),
            })
            .collect(),
        carried: list(&root, "carried")
            .iter()
            .map(|c| Carried {
                agency: text(c, "agency"),
                kind: passage_kind(&text(c, "kind")),
                credited: list(c, "credited").iter().map(doc_span).collect(),
                uncredited: list(c, "uncredited").iter().map(doc_span).collect(),
            })
            .collect(),
    })
}

/// The passage kind named in the contract; an unknown or missing kind reads as `copy`.
fn passage_kind(name: &str) -> PassageKind {
    match name {
        "quote" => PassageKind::Quote,
        "boilerplate" => PassageKind::Boilerplate,
        _ => PassageKind::Copy,
    }
}

/// The speaker kind named in the contract; unknown or missing reads as `person`.
fn speaker_kind(name: &str) -> SpeakerKind {
    match name {
        "organisation" => SpeakerKind::Organisation,
        "document" => SpeakerKind::Document,
        _ => SpeakerKind::Person,
    }
}

/// The conflict kind named in the contract; null, unknown or missing reads as none.
fn conflict_kind(name: &str) -> Option<ConflictKind> {
    match name {
        "speaker" => Some(ConflictKind::Speaker),
        "same_source" => Some(ConflictKind::SameSource),
        "channel" => Some(ConflictKind::Channel),
        _ => None,
    }
}

// ---- Writing ----------------------------------------------------------------

/// A JSON writer that formats exactly like `serde_json` (compact, or pretty
/// with two-space indents), so the export is byte-identical to the CLI's
/// `wirelens analyze --json` without compiling serde_json into the wasm.
pub struct JsonWriter {
    out: String,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open object or array has no member yet.
    empty: bool,
}

impl JsonWriter {
    pub fn compact() -> Self {
        Self::new(false)
    }

    pub fn pretty() -> Self {
        Self::new(true)
    }

    fn new(pretty: bool) -> Self {
        Self {
            out: String::new(),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty && self.pretty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Before each member of an object or array.
    fn member(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        if self.pretty {
            self.newline();
        }
        self.empty = true;
    }

    /// An object whose members `body` writes with [`JsonWriter::field`].
    pub fn object(&mut self, body: impl FnOnce(&mut Self)) {
        self.open('{');
        body(self);
        self.close('}');
    }

    /// An array of `items`, each written by `item`.
    pub fn array<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.open('[');
        for value in items {
            self.member();
            item(self, value);
        }
        self.close(']');
    }

    /// `"name": ` inside an object; the value follows.
    pub fn field(&mut self, name: &str) -> &mut Self {
        self.member();
        self.string(name);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
        self
    }

    /// A string, escaped as serde_json escapes it. Runs of bytes that need
    /// no escape are copied whole (an escaped byte is ASCII, so every cut
    /// falls on a character boundary).
    pub fn string(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let mut plain = 0;
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..0x20 => "",
                _ => continue,
            };
            self.out.push_str(&text[plain..at]);
            if escape.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(byte >> 4)] as char);
                self.out.push(HEX[usize::from(byte & 0xf)] as char);
            } else {
                self.out.push_str(escape);
            }
            plain = at + 1;
        }
        self.out.push_str(&text[plain..]);
        self.out.push('"');
        self.empty = false;
    }

    pub fn optional_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.null(),
        }
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
        self.empty = false;
    }

    pub fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
        self.empty = false;
    }

    pub fn count(&mut self, value: usize) {
        // Digits from the last, without the formatting machinery.
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = value;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        digits[at..]
            .iter()
            .for_each(|&d| self.out.push(char::from(d)));
        self.empty = false;
    }

    /// A float as serde_json writes it (ryu's shortest form: `1.0`, `0.25`, `1.5e-6`);
    /// `null` when not finite.
    pub fn number(&mut self, value: f64) {
        match shortest_digits(value) {
            Some((negative, digits, exponent)) => {
                ryu_format(&mut self.out, negative, &digits, exponent)
            }
            None => self.out.push_str("null"),
        }
        self.empty = false;
    }
}

/// The shortest decimal digits that read back as `value` (no leading or
/// trailing zeros, `"0"` for zero) and `kk` with `10^(kk-1) <= |value| < 10^kk`;
/// `None` when not finite. In the browser the digits come from JavaScript's
/// `Number.prototype.toString` (the same shortest round trip ryu finds), which
/// keeps Rust's float formatting out of the wasm.
fn shortest_digits(value: f64) -> Option<(bool, String, i32)> {
    if !value.is_finite() {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let text: String = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .ok()
        .map(String::from)
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let text = format!("{value:e}");
    Some(parse_decimal(&text, value.is_sign_negative()))
}

/// Split `-1.25e-7`, `0.00123` or `125` into (negative, "125", kk).
fn parse_decimal(text: &str, negative: bool) -> (bool, String, i32) {
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = whole.chars().chain(fraction.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0');
    if digits.is_empty() {
        return (negative, "0".to_string(), 1);
    }
    let kk = whole.len() as i32 - leading as i32 + exponent;
    (negative, digits.to_string(), kk)
}

/// ryu's layout (as serde_json prints f64): integers keep `.0`, decimals
/// from 1e-5 to 1e16 are written out, others as `d.ddde-N` or `d.ddde+N`.
fn ryu_format(out: &mut String, negative: bool, digits: &str, kk: i32) {
    if negative {
        out.push('-');
    }
    let length = digits.len() as i32;
    if digits == "0" {
        out.push_str("0.0");
    } else if length <= kk && kk <= 16 {
        out.push_str(digits);
        for _ in length..kk {
            out.push('0');
        }
        out.push_str(".0");
    } else if 0 < kk && kk <= 16 {
        out.push_str(&digits[..kk as usize]);
        out.push('.');
        out.push_str(&digits[kk as usize..]);
    } else if -5 < kk && kk <= 0 {
        out.push_str("0.");
        for _ in kk..0 {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        if length > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        if kk > 1 {
            out.push('+');
        }
        out.push_str(&(kk - 1).to_string());
    }
}

fn doc_span_json(w: &mut JsonWriter, span: &DocSpan) {
    w.object(|w| {
        w.field("doc").string(&span.doc);
        w.field("start").count(span.start);
        w.field("end").count(span.end);
    });
}

fn counts_json(w: &mut JsonWriter, values: &[usize]) {
    w.array(values, |w, &n| w.count(n));
}

fn strings_json(w: &mut JsonWriter, values: &[String]) {
    w.array(values, |w, s| w.string(s));
}

/// The JSON contract, byte-identical to `Analysis::to_json` (serde_json, pretty).
pub fn analysis_to_json(analysis: &Analysis) -> String {
    let mut w = JsonWriter::pretty();
    write_analysis(&mut w, analysis);
    w.finish()
}

/// The JSON contract, compact (the worker's answer).
pub fn analysis_to_compact_json(analysis: &Analysis) -> String {
    let mut w = JsonWriter::compact();
    write_analysis(&mut w, analysis);
    w.finish()
}

fn write_analysis(w: &mut JsonWriter, analysis: &Analysis) {
    w.object(|w| {
        w.field("documents").array(&analysis.documents, |w, d| {
            w.object(|w| {
                w.field("id").string(&d.id);
                w.field("title").string(&d.title);
                w.field("bytes").count(d.bytes);
                w.field("original_share").number(d.original_share);
                w.field("credits").array(&d.credits, |w, c| {
                    w.object(|w| {
                        w.field("agency").string(&c.agency);
                        w.field("start").count(c.start);
                        w.field("end").count(c.end);
                        w.field("scope").string(c.scope.name());
                        w.field("scope_start").count(c.scope_start);
                        w.field("scope_end").count(c.scope_end);
                    })
                });
            })
        });
        w.field("passages").array(&analysis.passages, |w, p| {
            w.object(|w| {
                doc_span_json(w.field("a"), &p.a);
                doc_span_json(w.field("b"), &p.b);
                w.field("similarity").number(p.similarity);
                w.field("kind").string(p.kind.name());
            })
        });
        w.field("quotes").array(&analysis.quotes, |w, q| {
            w.object(|w| {
                w.field("id").count(q.id);
                w.field("doc").string(&q.doc);
                w.field("start").count(q.start);
                w.field("end").count(q.end);
                w.field("text").string(&q.text);
                w.field("speaker").optional_string(q.speaker.as_deref());
                match &q.mention {
                    Some(span) => w.field("mention").object(|w| {
                        w.field("start").count(span.start);
                        w.field("end").count(span.end);
                    }),
                    None => w.field("mention").null(),
                }
                w.field("cue").optional_string(q.cue.as_deref());
                w.field("channel").optional_string(q.channel.as_deref());
                w.field("utterance").count(q.utterance);
            })
        });
        w.field("speakers").array(&analysis.speakers, |w, s| {
            w.object(|w| {
                w.field("name").string(&s.name);
                strings_json(w.field("aliases"), &s.aliases);
                w.field("role").optional_string(s.role.as_deref());
                counts_json(w.field("quotes"), &s.quotes);
                w.field("kind").string(s.kind.name());
            })
        });
        w.field("utterances").array(&analysis.utterances, |w, u| {
            w.object(|w| {
                w.field("id").count(u.id);
                counts_json(w.field("quotes"), &u.quotes);
                strings_json(w.field("speakers"), &u.speakers);
                w.field("conflict").bool(u.conflict);
                w.field("conflict_kind")
                    .optional_string(u.conflict_kind.map(ConflictKind::name));
            })
        });
        w.field("carried").array(&analysis.carried, |w, c| {
            w.object(|w| {
                w.field("agency").string(&c.agency);
                w.field("kind").string(c.kind.name());
                w.field("credited").array(&c.credited, doc_span_json);
                w.field("uncredited").array(&c.uncredited, doc_span_json);
            })
        });
    });
}

/// `[{id, title, text}, …]`, compact (browser storage).
pub fn articles_to_json(articles: &[StoredArticle]) -> String {
    let mut w = JsonWriter::compact();
    w.array(articles, |w, a| {
        w.object(|w| {
            w.field("id").string(&a.id);
            w.field("title").string(&a.title);
            w.field("text").string(&a.text);
        })
    });
    w.finish()
}

/// `["…", …]`, compact.
pub fn strings_to_json(values: &[String]) -> String {
    let mut w = JsonWriter::compact();
    strings_json(&mut w, values);
    w.finish()
}

/// `[[id, text], …]`, compact (the worker's request).
pub fn pairs_to_json(pairs: &[(&str, &str)]) -> String {
    let mut w = JsonWriter::compact();
    w.array(pairs, |w, (id, text)| {
        w.array(&[*id, *text], |w, s| w.string(s));
    });
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::SEEDS;
    use wirelens::{analyze, Document};

    fn seeds() -> Vec<Document> {
        SEEDS
            .iter()
            .map(|(id, text)| Document::new(*id, *text))
            .collect()
    }

    #[test]
    fn the_export_is_byte_identical_to_the_engines_json() {
        let analysis = analyze(&seeds());
        assert!(!analysis.passages.is_empty() && !analysis.quotes.is_empty());
        assert_eq!(analysis_to_json(&analysis), analysis.to_json());
        assert_eq!(
            analysis_to_json(&Analysis::default()),
            Analysis::default().to_json()
        );
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut analysis = Analysis::default();
        let awkward = "quote \" back\\slash\ttab\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f} é — 😀";
        analysis.documents.push(DocumentSummary {
            id: awkward.into(),
            title: String::new(),
            bytes: usize::MAX,
            original_share: 0.0,
            credits: Vec::new(),
        });
        assert_eq!(analysis_to_json(&analysis), analysis.to_json());
    }

    /// Floats as serde_json writes them, over magnitudes where its layout
    /// changes. (Natively the digits come from Rust's `{:e}`, which breaks
    /// exact ties between two shortest forms upwards where ryu and JavaScript
    /// pick the even one; such ties need large values (they showed up above 1e11), far from
    /// the contract's shares and similarities in 0..=1, so none are drawn.)
    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            0.5,
            1.0 / 3.0,
            2.0 / 3.0,
            0.1,
            1e-5,
            1e-6,
            1.5e-7,
        ];
        values.extend([
            123456.0,
            1e15,
            1e16,
            1e17,
            1.5e300,
            5e-324,
            f64::MAX,
            0.999_999_999,
        ]);
        let mut x = 0.123_456_789_f64;
        for _ in 0..4000 {
            x = (x * 9301.0 + 49297.0) % 233_280.0;
            let v = x / 233_280.0;
            values.extend([
                v,
                v * 1e-4,
                v * 1e-5,
                v * 1e-6,
                v * 1e-9,
                v * 1e3,
                (v * 1000.0).round() / 1000.0,
            ]);
        }
        let mut analysis = Analysis::default();
        for v in values {
            analysis.documents.push(DocumentSummary {
                id: String::new(),
                title: String::new(),
                bytes: 0,
                original_share: v,
                credits: Vec::new(),
            });
        }
        analysis.documents.push(DocumentSummary {
            id: String::new(),
            title: String::new(),
            bytes: 0,
            original_share: f64::NAN,
            credits: Vec::new(),
        });
        let (ours, engine) = (analysis_to_json(&analysis), analysis.to_json());
        let differ: Vec<(&str, &str)> = ours
            .lines()
            .zip(engine.lines())
            .filter(|(a, b)| a != b)
            .take(12)
            .collect();
        assert!(differ.is_empty(), "{differ:#?}");
        assert_eq!(ours, engine);
    }

    #[test]
    fn compact_lists_read_as_written() {
        assert_eq!(
            pairs_to_json(&[("a", "x \"y\""), ("user-1", "z")]),
            r#"[["a","x \"y\""],["user-1","z"]]"#
        );
        assert_eq!(strings_to_json(&[]), "[]");
        assert_eq!(
            strings_to_json(&["a".into(), "b\n".into()]),
            r#"["a","b\n"]"#
        );
        let article = StoredArticle {
            id: "user-1".into(),
            title: "T".into(),
            text: "T\n\nBody".into(),
        };
        assert_eq!(
            articles_to_json(&[article]),
            r#"[{"id":"user-1","title":"T","text":"T\n\nBody"}]"#
        );
    }
}
