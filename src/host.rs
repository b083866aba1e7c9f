//! What an embedding page tells the widget: its own articles, inline
//! (`<script type="application/json" data-wirelens-corpus>[{"id", "title",
//! "text"}, …]</script>`, read without any request), and the first view
//! (`data-wirelens-start="speakers"`, any route of [`crate::route`]).
//!
//! The page's articles take the place of the built-in examples. Whatever is
//! wrong with them is said in the widget, naming the item (counted from 1) and
//! the field: a bad item is left out, a list that cannot be read at all (not
//! JSON, not a list, empty, too large, nothing usable) leaves the examples in
//! place. Each text goes through the same import rules as a pasted article
//! (`wirelens::import`: HTML reduced to text, empty and binary refused, the
//! same size limits).

use wirelens::import::{decode_limited, ImportError};
use wirelens::title_of;

use crate::articles::{MAX_ARTICLE_BYTES, MAX_CORPUS_BYTES};
use crate::html::Html;
use crate::route::Route;
use crate::seeds::SEEDS;

/// A field of one item as the page gave it.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Absent,
    Text(String),
    /// Present but not a string: what it is instead ("a number", "null", …).
    Other(&'static str),
}

/// One item of the page's list as the page gave it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Article {
        id: Field,
        title: Field,
        text: Field,
    },
    /// Not an object: what it is instead.
    NotObject(&'static str),
}

/// What the host page asked for, and what could not be done.
pub struct HostSetup {
    /// The articles shown before the reader changes anything: the page's own,
    /// else the built-in examples.
    pub examples: &'static [(&'static str, &'static str)],
    /// The view to show when the URL names none.
    pub start: Option<Route>,
    /// Messages for the page's author, shown at the top of the widget.
    pub problems: Vec<String>,
}

impl HostSetup {
    /// The problems as HTML for the header (one alert; "" when there are none).
    /// Built once and kept for the page's life: a string, not a typed view,
    /// to keep the wasm small.
    pub fn problems_html(&self) -> &'static str {
        if self.problems.is_empty() {
            return "";
        }
        let mut html = Html::new();
        html.open(
            "div",
            &[
                ("class", Some("wl-error wl-host-problems")),
                ("role", Some("alert")),
                ("data-testid", Some("host-problems")),
            ],
        );
        for problem in &self.problems {
            html.element("p", &[], problem);
        }
        html.close("div");
        html.finish().leak()
    }
}

/// Read the host page: `script[data-wirelens-corpus]` and `[data-wirelens-start]`.
pub fn read_host_page() -> HostSetup {
    let mut setup = HostSetup {
        examples: &SEEDS,
        start: None,
        problems: Vec::new(),
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return setup;
    };
    let find = |selector: &str| document.query_selector(selector).ok().flatten();
    if let Some(script) = find("script[data-wirelens-corpus]") {
        let json = script.text_content().unwrap_or_default();
        let (articles, problems) = match crate::json::host_entries(&json, 2 * MAX_CORPUS_BYTES) {
            Ok(entries) => check_entries(entries),
            Err(problem) => (Vec::new(), vec![problem]),
        };
        for problem in problems {
            setup.problems.push(format!(
                "This page’s articles (data-wirelens-corpus): {problem}."
            ));
        }
        if articles.is_empty() {
            setup
                .problems
                .push("Showing the example articles instead.".into());
        } else {
            let leaked: Vec<(&'static str, &'static str)> = articles
                .into_iter()
                .map(|(id, text)| (&*id.leak(), &*text.leak()))
                .collect();
            setup.examples = leaked.leak();
        }
    }
    if let Some(value) =
        find("[data-wirelens-start]").and_then(|e| e.get_attribute("data-wirelens-start"))
    {
        match start_route(&value) {
            Ok(route) => setup.start = Some(route),
            Err(problem) => setup.problems.push(problem),
        }
    }
    setup
}

/// The route a `data-wirelens-start` value names (`speakers`, `#/compare/000/004`, …).
pub fn start_route(value: &str) -> Result<Route, String> {
    Route::parse_known(value).ok_or_else(|| {
        format!(
            "data-wirelens-start=\"{value}\" names no view of this widget (see the README’s \
             Embedding section); showing the overview."
        )
    })
}

/// The usable articles `(id, text)` of the page's list and, for each item left
/// out, why (`item 3 has no "text"`).
pub fn check_entries(entries: Vec<Entry>) -> (Vec<(String, String)>, Vec<String>) {
    let mut articles: Vec<(String, String)> = Vec::new();
    // The item number of each article kept, for naming a repeated id.
    let mut numbers = Vec::new();
    let mut problems = Vec::new();
    let mut total = 0;
    for (index, entry) in entries.into_iter().enumerate() {
        let n = index + 1;
        match check_entry(n, entry, &articles, &numbers) {
            Ok((id, text)) if total + text.len() > MAX_CORPUS_BYTES => {
                problems.push(format!(
                    "item {n} (\"{id}\") and any after it were left out: together the articles \
                     pass {} MB, more than this page analyses without stalling",
                    MAX_CORPUS_BYTES / (1024 * 1024)
                ));
                break;
            }
            Ok(article) => {
                total += article.1.len();
                articles.push(article);
                numbers.push(n);
            }
            Err(problem) => problems.push(format!("item {n} {problem}, so it was left out")),
        }
    }
    (articles, problems)
}

/// One item checked: its id (the item's number when it has none) and its text
/// as imported, the title first when the text does not start with it.
fn check_entry(
    n: usize,
    entry: Entry,
    earlier: &[(String, String)],
    numbers: &[usize],
) -> Result<(String, String), String> {
    let (id, title, text) = match entry {
        Entry::Article { id, title, text } => (id, title, text),
        Entry::NotObject(kind) => {
            return Err(format!(
                "is {kind}, not an object {{\"id\", \"title\", \"text\"}}"
            ))
        }
    };
    let string = |field: Field, name: &str| match field {
        Field::Absent => Ok(None),
        Field::Text(text) => Ok(Some(text)),
        Field::Other(kind) => Err(format!("has {kind} as \"{name}\", not a string")),
    };
    let text = string(text, "text")?.ok_or("has no \"text\"")?;
    let title = string(title, "title")?.unwrap_or_default();
    let id = string(id, "id")?
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| n.to_string());
    if let Some(first) = earlier.iter().position(|(other, _)| *other == id) {
        return Err(format!(
            "has the id \"{id}\" of item {} again",
            numbers[first]
        ));
    }
    // As for a paste: text that starts with a tag is HTML.
    let name = if text.trim_start().starts_with('<') {
        "item.html"
    } else {
        "item.txt"
    };
    let text = decode_limited(name, text.as_bytes(), MAX_ARTICLE_BYTES).map_err(|e| match e {
        ImportError::Empty => "has an empty \"text\"".to_string(),
        e => format!("cannot be used: {e}"),
    })?;
    let title = title.trim();
    let text = if title.is_empty() || title_of(&text) == title {
        text
    } else {
        format!("{title}\n\n{text}")
    };
    Ok((id, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: Option<&str>, title: Option<&str>, text: Option<&str>) -> Entry {
        let field = |v: Option<&str>| v.map_or(Field::Absent, |v| Field::Text(v.into()));
        Entry::Article {
            id: field(id),
            title: field(title),
            text: field(text),
        }
    }

    #[test]
    fn good_items_become_articles_with_their_titles_first() {
        let (articles, problems) = check_entries(vec![
            article(
                Some("a"),
                Some("Harbour reopens"),
                Some("The harbour reopened on Monday."),
            ),
            article(
                Some("b"),
                Some("Rail strike"),
                Some("Rail strike\nTrains stopped at noon."),
            ),
            article(None, None, Some("<p>Mayor <b>resigns</b></p>")),
        ]);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            articles,
            vec![
                (
                    "a".into(),
                    "Harbour reopens\n\nThe harbour reopened on Monday.".into()
                ),
                ("b".into(), "Rail strike\nTrains stopped at noon.".into()),
                ("3".into(), "Mayor resigns".into()),
            ]
        );
    }

    #[test]
    fn bad_items_are_left_out_and_named() {
        let (articles, problems) = check_entries(vec![
            Entry::NotObject("a string"),
            article(Some("a"), None, Some("Fine text.")),
            article(Some("c"), Some("No body"), None),
            Entry::Article {
                id: Field::Text("d".into()),
                title: Field::Absent,
                text: Field::Other("a number"),
            },
            Entry::Article {
                id: Field::Other("null"),
                title: Field::Absent,
                text: Field::Text("Text.".into()),
            },
            article(Some("a"), None, Some("Again.")),
            article(Some("g"), None, Some("   \n ")),
            article(
                Some("h"),
                None,
                Some("bad \u{0} bytes \u{1}\u{2}\u{3}\u{4}"),
            ),
        ]);
        assert_eq!(articles, vec![("a".into(), "Fine text.".into())]);
        let expected = [
            "item 1 is a string, not an object {\"id\", \"title\", \"text\"}",
            "item 3 has no \"text\"",
            "item 4 has a number as \"text\", not a string",
            "item 5 has null as \"id\", not a string",
            "item 6 has the id \"a\" of item 2 again",
            "item 7 has an empty \"text\"",
            "item 8 cannot be used: it is not text",
        ];
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
        for (problem, expected) in problems.iter().zip(expected) {
            assert!(problem.starts_with(expected), "{problem} / {expected}");
        }
    }

    #[test]
    fn size_limits_are_the_pasted_articles_limits() {
        let big = "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1);
        let (articles, problems) = check_entries(vec![article(Some("big"), None, Some(&big))]);
        assert!(articles.is_empty());
        assert!(
            problems[0].starts_with("item 1 cannot be used: it is too large"),
            "{problems:?}"
        );

        let just_under = "word ".repeat(MAX_ARTICLE_BYTES / 5 - 1);
        let entries = (0..3)
            .map(|i| article(Some(&i.to_string()), None, Some(&just_under)))
            .collect();
        let (articles, problems) = check_entries(entries);
        assert_eq!(articles.len(), 2, "two of them fit in the corpus limit");
        assert!(problems[0].starts_with("item 3 (\"2\") and any after it were left out"));
    }

    #[test]
    fn the_start_view_is_any_route_or_a_named_problem() {
        assert_eq!(start_route("speakers"), Ok(Route::Speakers));
        assert_eq!(
            start_route("#/compare/000/004"),
            Ok(Route::compare("000", "004", None))
        );
        assert_eq!(start_route("overview"), Ok(Route::Overview));
        assert_eq!(start_route("lesson"), Ok(Route::Lesson(None)));
        assert_eq!(start_route("#/lesson/2"), Ok(Route::Lesson(Some(2))));
        let problem = start_route("nowhere").unwrap_err();
        assert!(problem.contains("\"nowhere\" names no view"), "{problem}");
        assert!(problem.contains("showing the overview"), "{problem}");
    }
}
