//! Export: the analysis as JSON (the CLI's contract, `Analysis::to_json`) and
//! the passages and quotes as CSV, offered as downloads made in the page
//! (a `blob:` URL; nothing is sent anywhere).

use wasm_bindgen::JsCast;

use crate::model::{per_mille, valid_span, Model};
use wirelens::{ConflictKind, SpeakerKind};

/// Passages as CSV: both sides' article, offsets and text, the similarity and
/// the kind (copy, quote, boilerplate, as in the JSON contract).
pub fn passages_csv(model: &Model) -> String {
    let mut out =
        String::from("doc_a,start_a,end_a,doc_b,start_b,end_b,similarity,kind,text_a,text_b\n");
    for passage in &model.analysis.passages {
        let text_of = |doc: &str, start: usize, end: usize| {
            model
                .doc_index(doc)
                .map(|i| model.docs[i].text.as_str())
                .filter(|text| valid_span(text, &(start..end)))
                .map(|text| text[start..end].to_string())
                .unwrap_or_default()
        };
        let row = [
            passage.a.doc.clone(),
            passage.a.start.to_string(),
            passage.a.end.to_string(),
            passage.b.doc.clone(),
            passage.b.start.to_string(),
            passage.b.end.to_string(),
            {
                let p = per_mille(passage.similarity);
                format!("{}.{:03}", p / 1000, p % 1000)
            },
            passage.kind.name().to_string(),
            text_of(&passage.a.doc, passage.a.start, passage.a.end),
            text_of(&passage.b.doc, passage.b.start, passage.b.end),
        ];
        push_row(&mut out, &row);
    }
    out
}

/// Quotes as CSV: where each is, its words and its attribution.
pub fn quotes_csv(model: &Model) -> String {
    let mut out = String::from(
        "id,doc,start,end,speaker,speaker_kind,cue,channel,utterance,conflict_kind,text\n",
    );
    for quote in &model.analysis.quotes {
        let speaker_kind = quote
            .speaker
            .as_deref()
            .and_then(|name| model.speaker_kind(name))
            .map(SpeakerKind::name);
        let conflict_kind = model
            .utterance(quote.utterance)
            .and_then(|u| u.conflict_kind)
            .map(ConflictKind::name);
        let row = [
            quote.id.to_string(),
            quote.doc.clone(),
            quote.start.to_string(),
            quote.end.to_string(),
            quote.speaker.clone().unwrap_or_default(),
            speaker_kind.unwrap_or_default().to_string(),
            quote.cue.clone().unwrap_or_default(),
            quote.channel.clone().unwrap_or_default(),
            quote.utterance.to_string(),
            conflict_kind.unwrap_or_default().to_string(),
            quote.text.clone(),
        ];
        push_row(&mut out, &row);
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(field));
    }
    out.push('\n');
}

/// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted,
/// inner quotes doubled. A leading `=`, `+`, `-` or `@` gets an apostrophe so
/// a spreadsheet does not run the text as a formula.
fn csv_field(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Offer `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("could not prepare the download ({what})");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into()
        .map_err(|_| fail("link"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Free the blob once the browser has taken the download.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wirelens::{Analysis, DocSpan, Document, Passage, Quote};

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn csv_rows_carry_offsets_and_text() {
        let docs = vec![
            Document::new("a", "Hello, world said"),
            Document::new("b", "Hello, world"),
        ];
        let analysis = Analysis {
            passages: vec![Passage {
                a: DocSpan {
                    doc: "a".into(),
                    start: 0,
                    end: 12,
                },
                b: DocSpan {
                    doc: "b".into(),
                    start: 0,
                    end: 12,
                },
                similarity: 1.0,
                kind: wirelens::PassageKind::Copy,
            }],
            quotes: vec![Quote {
                id: 0,
                doc: "a".into(),
                start: 0,
                end: 12,
                text: "Hello, world".into(),
                speaker: None,
                mention: None,
                cue: Some("said".into()),
                channel: None,
                utterance: 0,
                cue_span: None,
            }],
            ..Analysis::default()
        };
        let model = Model::from_analysis(docs, analysis);
        let passages = passages_csv(&model);
        assert_eq!(
            passages.lines().nth(1),
            Some("a,0,12,b,0,12,1.000,copy,\"Hello, world\",\"Hello, world\"")
        );
        let quotes = quotes_csv(&model);
        assert_eq!(
            quotes.lines().nth(1),
            Some("0,a,0,12,,,said,,0,,\"Hello, world\"")
        );
    }

    #[test]
    fn quote_rows_carry_the_speaker_kind_and_the_conflict_kind() {
        let model = Model::build(crate::seeds::seed_documents());
        let quotes = quotes_csv(&model);
        let nazary = quotes
            .lines()
            .find(|l| l.contains(",\"The NRF forces are present"))
            .expect("Nazary's quote");
        assert!(
            nazary.contains(",Ali Maisam Nazary,person,said,Facebook,"),
            "{nazary}"
        );
        assert!(nazary.contains(",same_source,"), "{nazary}");
    }
}
