//! Hostile input for the whole analysis: each case gives a correct result
//! (every invariant of the contract holds) and stays fast, never a panic.

mod support;

use support::{assert_invariants, seeds};
use wirelens::{analyze, import, Analysis, Document};

fn run(docs: &[Document]) -> Analysis {
    let analysis = analyze(docs);
    assert_invariants(docs, &analysis);
    analysis
}

fn doc(id: &str, text: impl Into<String>) -> Document {
    Document::new(id, text)
}

#[test]
fn empty_and_whitespace_only_articles() {
    let docs = [
        doc("empty", ""),
        doc("spaces", " \n\t\u{a0}\r\n "),
        doc("one", "word"),
    ];
    let a = run(&docs);
    assert!(a.passages.is_empty() && a.quotes.is_empty());
    assert_eq!(a.documents[0].title, "");
    assert_eq!(run(&[]).documents.len(), 0);
}

#[test]
fn crlf_line_ends_keep_offsets_into_the_original() {
    let docs: Vec<Document> = seeds()
        .into_iter()
        .map(|d| doc(&d.id, d.text.replace('\n', "\r\n")))
        .collect();
    let crlf = run(&docs);
    let lf = run(&seeds());
    assert_eq!(
        crlf.passages.len(),
        lf.passages.len(),
        "CRLF changes no passage"
    );
    assert_eq!(crlf.quotes.len(), lf.quotes.len(), "CRLF changes no quote");
    for (q_crlf, q_lf) in crlf.quotes.iter().zip(&lf.quotes) {
        assert_eq!(q_crlf.text.replace("\r\n", "\n"), q_lf.text);
        assert_eq!(q_crlf.speaker, q_lf.speaker);
    }
}

#[test]
fn a_bom_read_through_import_is_not_part_of_the_text() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(seeds()[0].text.as_bytes());
    let text = import::decode("000.txt", &bytes).unwrap();
    assert_eq!(text, seeds()[0].text);
}

#[test]
fn one_megabyte_line_without_punctuation() {
    let words = [
        "valley",
        "fighters",
        "kabul",
        "province",
        "resistance",
        "talks",
    ];
    let mut line = String::with_capacity(1 << 20);
    let mut i = 0usize;
    while line.len() < 1 << 20 {
        line.push_str(words[(i * 7 + i / 3) % words.len()]);
        line.push(' ');
        i += 1;
    }
    run(&[doc("long", line), seeds()[0].clone()]);
}

#[test]
fn multibyte_text_everywhere() {
    let text = "Ünïcödé “ßtraße” — 東京で「引用」 said 🙂 « Ça va » dit-il. „Zitat“, sagte er. "
        .repeat(200);
    let a = run(&[doc("a", text.clone()), doc("b", text)]);
    assert!(
        !a.passages.is_empty(),
        "identical multibyte articles share passages"
    );
}

#[test]
fn unbalanced_and_nested_quote_marks_degrade_gracefully() {
    let text = "He said \"this never closes. And “this ‘nests “deeply” here’ ok”.\n\n\
        ” A stray closing mark. «Unclosed guillemet. \"\"\"\" ''' ‘’ “” „\n\n\
        “The rest of the article is still analysed,” Jane Doe said.";
    let a = run(&[doc("q", text)]);
    assert!(
        a.quotes
            .iter()
            .any(|q| q.text.contains("The rest of the article")),
        "a well-formed quote after broken marks is still found: {:?}",
        a.quotes
    );
}

#[test]
fn an_article_that_is_one_long_quote() {
    let body = "We will continue the struggle until justice and freedom prevail. ".repeat(500);
    run(&[doc("quote", format!("“{body}”"))]);
    run(&[doc("unclosed", format!("“{body}"))]);
}

#[test]
fn ten_thousand_quote_marks() {
    let text = "“a” “b ".repeat(2500);
    run(&[doc("marks", text)]);
}

#[test]
fn two_identical_articles_share_almost_everything() {
    let seed = seeds()[1].clone();
    let a = run(&[doc("x", seed.text.clone()), doc("y", seed.text.clone())]);
    for d in &a.documents {
        assert!(
            d.original_share < 0.1,
            "{} original {}",
            d.id,
            d.original_share
        );
    }
}

#[test]
fn one_article_repeated_a_hundred_times_stays_bounded() {
    let text = seeds()[0].text.clone();
    let docs: Vec<Document> = (0..100)
        .map(|i| doc(&format!("copy{i:03}"), text.clone()))
        .collect();
    let a = run(&docs);
    assert!(
        a.passages.len() <= 100 * 99 / 2 * 4,
        "pathological reuse is capped, got {} passages",
        a.passages.len()
    );
}

#[test]
fn thousands_of_tiny_articles() {
    let docs: Vec<Document> = (0..3000)
        .map(|i| {
            doc(
                &format!("t{i}"),
                format!("Tiny note number {i} about nothing."),
            )
        })
        .collect();
    let a = run(&docs);
    assert_eq!(a.documents.len(), 3000);
}

#[test]
fn html_with_scripts_and_entities_through_import() {
    let html = "<html><head><script>var s = \"“not a quote,” he said\";</script></head>\
        <body><p>&ldquo;Real words,&rdquo; Jane&nbsp;Doe said &amp; left.</p></body></html>";
    let text = import::decode("page.html", html.as_bytes()).unwrap();
    assert!(!text.contains("not a quote"));
    let a = run(&[doc("page", text)]);
    assert!(a.quotes.iter().all(|q| !q.text.contains("not a quote")));
}

#[test]
fn control_characters_and_lone_marks() {
    let text = "\u{0}\u{1}\u{7f}\u{feff}\u{200b}\"\u{2028}\u{2029}“\u{301d}\u{301e}";
    run(&[doc("ctl", text), doc("ctl2", text)]);
}
