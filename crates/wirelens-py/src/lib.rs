//! `import wirelens`: the engine for Python (pyo3, abi3 wheel built by maturin).
//!
//! Two levels, both pure (no I/O, deterministic):
//! - [`analyze`]: a list of articles → the JSON contract as Python objects,
//!   exactly what `wirelens analyze --json` prints, for notebooks and small corpora;
//! - the shardable steps of `wirelens::shard` and quote attribution, which the
//!   PySpark job (`python/wirelens_spark`) runs on its workers: [`shingles`],
//!   [`seeds`], [`verify`], [`original_share`]; for quotes [`names`],
//!   [`merge_names`], [`QuoteContext`] (evidence, quotes of articles, links,
//!   settled speakers, utterance and speaker rows), [`merge_evidence`],
//!   [`merge_entity_evidence`], [`quote_stems`]; and [`attribute_quotes`],
//!   all of them over a whole corpus in one call; for provenance [`credits`]
//!   and [`carry`].
//!
//! The compact tables that cross between workers (the name table, name
//! evidence, entity evidence) are JSON strings; merge functions take two and
//! give one, in any order (Spark's `treeReduce`).
//!
//! 64-bit hashes and contexts cross into Python as signed integers (the bits
//! of the `u64`), so that Spark can hold them in a `LongType` column.
//! Bad input raises `wirelens.WirelensError` (a `ValueError`) with the CLI's
//! message; wrong argument types raise `TypeError`.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use wirelens::reuse::index::Seed;
use wirelens::shard;
use wirelens::{Analysis, Document};

create_exception!(
    wirelens,
    WirelensError,
    PyValueError,
    "Input wirelens cannot analyse; the message is the CLI's."
);

/// One article from Python: an `(id, text)` pair or a mapping with `id` and `text`.
fn document(item: &Bound<'_, PyAny>) -> PyResult<Document> {
    if let Ok(dict) = item.downcast::<PyDict>() {
        let field = |name: &str| -> PyResult<String> {
            dict.get_item(name)?
                .ok_or_else(|| PyTypeError::new_err(format!("an article needs `{name}`")))?
                .extract()
        };
        return Ok(Document::new(field("id")?, field("text")?));
    }
    let (id, text): (String, String) = item.extract().map_err(|_| {
        PyTypeError::new_err("each article is an (id, text) pair or a dict with `id` and `text`")
    })?;
    Ok(Document::new(id, text))
}

fn json_to_python(py: Python<'_>, json: &str) -> PyResult<PyObject> {
    Ok(py.import("json")?.call_method1("loads", (json,))?.unbind())
}

/// Analyse articles: the JSON contract of `wirelens analyze --json` as Python
/// objects (dict with documents, passages, quotes, speakers, utterances).
#[pyfunction]
fn analyze(py: Python<'_>, docs: &Bound<'_, PyAny>) -> PyResult<PyObject> {
    let docs: Vec<Document> = docs
        .try_iter()?
        .map(|item| document(&item?))
        .collect::<PyResult<_>>()?;
    if docs.is_empty() {
        return Err(WirelensError::new_err("no article could be analysed"));
    }
    let json = py.allow_threads(|| wirelens::analyze(&docs).to_json());
    json_to_python(py, &json)
}

/// The same as `analyze`, as the CLI's JSON text (byte-identical).
#[pyfunction]
fn analyze_json(py: Python<'_>, docs: &Bound<'_, PyAny>) -> PyResult<String> {
    let docs: Vec<Document> = docs
        .try_iter()?
        .map(|item| document(&item?))
        .collect::<PyResult<_>>()?;
    if docs.is_empty() {
        return Err(WirelensError::new_err("no article could be analysed"));
    }
    Ok(py.allow_threads(|| {
        let mut json = wirelens::analyze(&docs).to_json();
        json.push('\n');
        json
    }))
}

/// File bytes → article text, as the CLI reads a file: encoding detected,
/// HTML and Markdown (by `name`'s extension) reduced to text. Raises
/// `WirelensError("NAME: REASON")` for empty, binary or oversized input.
#[pyfunction]
fn decode(name: &str, data: &[u8]) -> PyResult<String> {
    wirelens::import::decode(name, data).map_err(|e| WirelensError::new_err(format!("{name}: {e}")))
}

/// The title of an article: its first non-empty line, trimmed.
#[pyfunction]
fn title(text: &str) -> String {
    wirelens::title_of(text).to_string()
}

/// The n-gram postings of article number `doc`: `(hash, doc, pos, context)`.
#[pyfunction]
fn shingles(py: Python<'_>, doc: u32, text: &str) -> Vec<(i64, u32, u32, i64)> {
    py.allow_threads(|| {
        wirelens::shard::shingles(doc, text)
            .into_iter()
            .map(|(hash, doc, pos, context)| (hash as i64, doc, pos, context as i64))
            .collect()
    })
}

/// The seeds of whole hash groups (every posting of each hash given, in any
/// order): `(a_doc, b_doc, a_pos, b_pos, isolated)`.
#[pyfunction]
fn seeds(py: Python<'_>, postings: Vec<(i64, u32, u32, i64)>) -> Vec<(u32, u32, u32, u32, bool)> {
    py.allow_threads(|| {
        let postings = postings
            .into_iter()
            .map(|(hash, doc, pos, context)| (hash as u64, doc, pos, context as u64))
            .collect();
        wirelens::shard::seeds_of_shingle(postings)
            .into_iter()
            .map(|s| (s.a_doc, s.b_doc, s.a_pos, s.b_pos, s.isolated))
            .collect()
    })
}

/// A verified passage: `(a_doc, a_start, a_end, b_doc, b_start, b_end, similarity, kind)`.
type PassageRow = (u32, usize, usize, u32, usize, usize, f64, &'static str);

/// The passages of one document pair from its seeds (any order).
#[pyfunction]
fn verify(
    py: Python<'_>,
    a_doc: u32,
    a_text: &str,
    b_doc: u32,
    b_text: &str,
    seeds: Vec<(u32, u32, u32, u32, bool)>,
) -> PyResult<Vec<PassageRow>> {
    if a_doc > b_doc {
        return Err(PyValueError::new_err("verify needs a_doc <= b_doc"));
    }
    Ok(py.allow_threads(|| {
        let seeds = seeds
            .into_iter()
            .map(|(a_doc, b_doc, a_pos, b_pos, isolated)| Seed {
                a_doc,
                b_doc,
                a_pos,
                b_pos,
                isolated,
            })
            .collect();
        wirelens::shard::verify_pair((a_doc, a_text), (b_doc, b_text), seeds)
            .into_iter()
            .map(|p| {
                (
                    p.a_doc as u32,
                    p.a.start,
                    p.a.end,
                    p.b_doc as u32,
                    p.b.start,
                    p.b.end,
                    p.similarity,
                    p.kind.name(),
                )
            })
            .collect()
    }))
}

/// One article's original share from the `(start, end)` byte ranges of the
/// `copy` passages it shares with other articles.
#[pyfunction]
fn original_share(py: Python<'_>, text: &str, copies: Vec<(usize, usize)>) -> f64 {
    py.allow_threads(|| {
        wirelens::shard::original_share(text, copies.into_iter().map(|(s, e)| s..e).collect())
    })
}

/// Quote attribution over articles `(ids[i], texts[i])` in corpus order: a
/// dict with the contract's `quotes`, `speakers` and `utterances`.
#[pyfunction]
fn attribute_quotes(py: Python<'_>, ids: Vec<String>, texts: Vec<String>) -> PyResult<PyObject> {
    if ids.len() != texts.len() {
        return Err(PyValueError::new_err("ids and texts differ in length"));
    }
    let json = py.allow_threads(|| {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let found = wirelens::quotes::attribute(&ids, &texts);
        Analysis {
            quotes: found.quotes,
            speakers: found.speakers,
            utterances: found.utterances,
            ..Analysis::default()
        }
        .to_json()
    });
    let all = json_to_python(py, &json)?;
    let all = all.bind(py).downcast::<PyDict>()?.clone();
    for unused in ["documents", "passages", "carried"] {
        all.del_item(unused)?;
    }
    Ok(all.into_any().unbind())
}

/// An agency credit: `(agency, start, end, scope, scope_start, scope_end)`,
/// `scope` being "article" or "sentence".
type CreditRow = (String, usize, usize, String, usize, usize);

/// A document span: `(doc, start, end)`.
type SpanRow = (String, usize, usize);

/// The agencies an article credits, in text order (`documents[].credits`).
#[pyfunction]
fn credits(py: Python<'_>, text: &str) -> Vec<CreditRow> {
    py.allow_threads(|| {
        wirelens::provenance::credits(text)
            .into_iter()
            .map(|c| {
                (
                    c.agency,
                    c.start,
                    c.end,
                    c.scope.name().to_string(),
                    c.scope_start,
                    c.scope_end,
                )
            })
            .collect()
    })
}

fn credit_of(row: CreditRow) -> PyResult<wirelens::Credit> {
    let (agency, start, end, scope, scope_start, scope_end) = row;
    let scope = match scope.as_str() {
        "article" => wirelens::CreditScope::Article,
        "sentence" => wirelens::CreditScope::Sentence,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown credit scope `{other}`"
            )))
        }
    };
    Ok(wirelens::Credit {
        agency,
        start,
        end,
        scope,
        scope_start,
        scope_end,
    })
}

/// A passage with its documents' credits: `((a_index, a_doc, a_start,
/// a_end, b_index, b_doc, b_start, b_end, kind), a_credits, b_credits)`.
type CarryRow = (
    (u32, String, usize, usize, u32, String, usize, usize, String),
    Vec<CreditRow>,
    Vec<CreditRow>,
);

/// An entry of `carried`: `(agency, kind, credited, uncredited)`.
type CarriedRow = (String, &'static str, Vec<SpanRow>, Vec<SpanRow>);

/// `carried` of the contract from passages in the analysis's order, each
/// with its documents' numbers (corpus order) and credits: `(agency, kind,
/// credited, uncredited)` rows. Entries never join across agencies, so the passages
/// may be given one agency at a time (with only that agency's credits).
#[pyfunction]
fn carry(py: Python<'_>, rows: Vec<CarryRow>) -> PyResult<Vec<CarriedRow>> {
    let mut items = Vec::with_capacity(rows.len());
    let mut numbers: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for ((a_index, a_doc, a_start, a_end, b_index, b_doc, b_start, b_end, kind), a, b) in rows {
        numbers.insert(a_doc.clone(), a_index as usize);
        numbers.insert(b_doc.clone(), b_index as usize);
        let kind = match kind.as_str() {
            "copy" => wirelens::PassageKind::Copy,
            "quote" => wirelens::PassageKind::Quote,
            "boilerplate" => wirelens::PassageKind::Boilerplate,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown passage kind `{other}`"
                )))
            }
        };
        let span = |doc, start, end| wirelens::DocSpan { doc, start, end };
        let passage = wirelens::Passage {
            a: span(a_doc, a_start, a_end),
            b: span(b_doc, b_start, b_end),
            similarity: 1.0,
            kind,
        };
        let a: Vec<wirelens::Credit> = a.into_iter().map(credit_of).collect::<PyResult<_>>()?;
        let b: Vec<wirelens::Credit> = b.into_iter().map(credit_of).collect::<PyResult<_>>()?;
        items.push((passage, a, b));
    }
    Ok(py.allow_threads(|| {
        let mut carried = Vec::new();
        for (passage, a, b) in &items {
            wirelens::provenance::carry_passage(&mut carried, passage, a, b);
        }
        let spans = |spans: Vec<wirelens::DocSpan>| -> Vec<SpanRow> {
            spans.into_iter().map(|s| (s.doc, s.start, s.end)).collect()
        };
        wirelens::provenance::finish(carried, |id| numbers.get(id).copied().unwrap_or(usize::MAX))
            .into_iter()
            .map(|c| {
                (
                    c.agency,
                    c.kind.name(),
                    spans(c.credited),
                    spans(c.uncredited),
                )
            })
            .collect()
    }))
}

fn bad_table(e: String) -> PyErr {
    WirelensError::new_err(format!("not a wirelens table: {e}"))
}

/// The name table of some articles `(doc, text)`: JSON; merge the tables of
/// all parts with `merge_names`.
#[pyfunction]
fn names(py: Python<'_>, articles: Vec<(u32, String)>) -> String {
    py.allow_threads(|| {
        let articles: Vec<(u32, &str)> = articles.iter().map(|(d, t)| (*d, t.as_str())).collect();
        shard::names_of_articles(&articles).to_json()
    })
}

/// Two name tables (JSON) merged into one: any order, any grouping.
#[pyfunction]
fn merge_names(py: Python<'_>, a: &str, b: &str) -> PyResult<String> {
    py.allow_threads(|| {
        let mut table = shard::NamesTable::from_json(a).map_err(bad_table)?;
        table.merge(shard::NamesTable::from_json(b).map_err(bad_table)?);
        Ok(table.to_json())
    })
}

/// Two name evidence tables (JSON) merged into one: any order, any grouping.
#[pyfunction]
fn merge_evidence(py: Python<'_>, a: &str, b: &str) -> PyResult<String> {
    py.allow_threads(|| {
        let mut evidence = shard::evidence_from_json(a).map_err(bad_table)?;
        evidence.merge(shard::evidence_from_json(b).map_err(bad_table)?);
        Ok(shard::evidence_to_json(&evidence))
    })
}

/// Two entity evidence tables (JSON) merged into one: any order, any grouping.
#[pyfunction]
fn merge_entity_evidence(py: Python<'_>, a: &str, b: &str) -> PyResult<String> {
    py.allow_threads(|| {
        let mut evidence = shard::entity_evidence_from_json(a).map_err(bad_table)?;
        evidence.merge(shard::entity_evidence_from_json(b).map_err(bad_table)?);
        Ok(shard::entity_evidence_to_json(&evidence))
    })
}

/// A quote's content-word stems (sorted, distinct) and those of its words
/// written in lower case.
#[pyfunction]
fn quote_stems(text: &str) -> (Vec<String>, Vec<String>) {
    shard::quote_stems(text)
}

/// A kept quote of one article: `(doc, start, end, text, speaker entity,
/// mention (start, end), cue, channel, continues_previous)`.
type QuoteRow = (
    u32,
    usize,
    usize,
    String,
    Option<usize>,
    Option<(usize, usize)>,
    Option<String>,
    Option<String>,
    bool,
);

/// One side of a candidate quote pair: `(stem count, lower-case stems, speaker entity)`.
type QuoteSide = (usize, Vec<String>, Option<usize>);

/// The corpus-wide quote steps' shared state on a worker: built from the
/// name table, then given the merged name evidence (the speaker registry)
/// and the merged entity evidence (aliases and roles).
#[pyclass(module = "wirelens")]
struct QuoteContext {
    inner: shard::QuoteContext,
}

#[pymethods]
impl QuoteContext {
    #[new]
    fn new(names: &str) -> PyResult<Self> {
        let table = shard::NamesTable::from_json(names).map_err(bad_table)?;
        Ok(QuoteContext {
            inner: shard::QuoteContext::new(&table),
        })
    }

    /// The speaker registry, from the merged name evidence (JSON).
    fn set_registry(&mut self, py: Python<'_>, evidence: &str) -> PyResult<()> {
        let evidence = shard::evidence_from_json(evidence).map_err(bad_table)?;
        py.allow_threads(|| self.inner.set_registry(&evidence));
        Ok(())
    }

    /// The speakers' aliases and roles, from the merged entity evidence (JSON).
    fn set_entity_facts(&mut self, evidence: &str) -> PyResult<()> {
        let evidence = shard::entity_evidence_from_json(evidence).map_err(bad_table)?;
        self.inner.set_entity_facts(evidence);
        Ok(())
    }

    /// The name evidence (JSON) of some articles `(doc, text)`; merge all
    /// parts with `merge_evidence`.
    fn evidence(&mut self, py: Python<'_>, articles: Vec<(u32, String)>) -> String {
        py.allow_threads(|| {
            let articles: Vec<(u32, &str)> =
                articles.iter().map(|(d, t)| (*d, t.as_str())).collect();
            shard::evidence_to_json(&self.inner.evidence_of_articles(&articles))
        })
    }

    /// The kept quotes of some articles `(doc, text)` (each article's in text
    /// order) and their entity evidence (JSON; merge with
    /// `merge_entity_evidence`). Needs the registry.
    fn quotes(&mut self, py: Python<'_>, articles: Vec<(u32, String)>) -> (Vec<QuoteRow>, String) {
        py.allow_threads(|| {
            let mut rows = Vec::new();
            let mut evidence = wirelens::quotes::EntityEvidence::default();
            for (doc, text) in &articles {
                let (records, facts) = self.inner.quotes_of_article(*doc, text);
                evidence.merge(facts);
                rows.extend(records.into_iter().map(|r| {
                    (
                        r.doc,
                        r.start,
                        r.end,
                        r.text,
                        r.entity,
                        r.mention.map(|m| (m.start, m.end)),
                        r.cue,
                        r.channel,
                        r.continues_previous,
                    )
                }));
            }
            (rows, shard::entity_evidence_to_json(&evidence))
        })
    }

    /// Whether two quotes sharing `shared` stems (each in at most the
    /// common-word limit of quotes) are one utterance. Needs the entity facts.
    fn linked(&self, shared: usize, a: QuoteSide, b: QuoteSide) -> bool {
        self.inner
            .linked(shared, (a.0, &a.1, a.2), (b.0, &b.1, b.2))
    }

    /// The speaker entities of one utterance's quotes (in id order) with
    /// namesakes settled.
    fn settle(&self, speakers: Vec<Option<usize>>) -> Vec<Option<usize>> {
        self.inner.settle(&speakers)
    }

    /// An utterance row `(speakers, conflict, conflict_kind)` from its
    /// quotes' settled `(speaker, channel)` in id order.
    fn utterance(
        &self,
        attributions: Vec<(Option<usize>, Option<String>)>,
    ) -> (Vec<String>, bool, Option<&'static str>) {
        let attributions: Vec<(Option<usize>, Option<&str>)> = attributions
            .iter()
            .map(|(e, c)| (*e, c.as_deref()))
            .collect();
        let u = self.inner.utterance(0, Vec::new(), &attributions);
        (u.speakers, u.conflict, u.conflict_kind.map(|k| k.name()))
    }

    /// A speaker row `(name, aliases, role, kind)` of entity `e`.
    fn speaker(&self, e: usize) -> (String, Vec<String>, Option<String>, &'static str) {
        let s = self.inner.speaker(e, Vec::new());
        (s.name, s.aliases, s.role, s.kind.name())
    }

    /// The canonical name of entity `e`.
    fn name(&self, e: usize) -> String {
        self.inner.name(e).to_string()
    }
}

#[pymodule]
#[pyo3(name = "wirelens")]
fn wirelens_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("WirelensError", m.py().get_type::<WirelensError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add(
        "COMMON_WORD_LIMIT",
        wirelens::quotes::utterances::COMMON_WORD_LIMIT,
    )?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(decode, m)?)?;
    m.add_function(wrap_pyfunction!(title, m)?)?;
    m.add_function(wrap_pyfunction!(shingles, m)?)?;
    m.add_function(wrap_pyfunction!(seeds, m)?)?;
    m.add_function(wrap_pyfunction!(verify, m)?)?;
    m.add_function(wrap_pyfunction!(original_share, m)?)?;
    m.add_function(wrap_pyfunction!(attribute_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(credits, m)?)?;
    m.add_function(wrap_pyfunction!(carry, m)?)?;
    m.add_function(wrap_pyfunction!(names, m)?)?;
    m.add_function(wrap_pyfunction!(merge_names, m)?)?;
    m.add_function(wrap_pyfunction!(merge_evidence, m)?)?;
    m.add_function(wrap_pyfunction!(merge_entity_evidence, m)?)?;
    m.add_function(wrap_pyfunction!(quote_stems, m)?)?;
    m.add_class::<QuoteContext>()?;
    Ok(())
}
