//! The URL fragment router: which view and selection the page shows.
//!
//! `#/overview`, `#/article/<id>[/<start>-<end>]`, `#/compare[/<a>/<b>[/<n>]]`,
//! `#/speakers`, `#/speaker/<slug>`, `#/articles`, `#/lesson[/<step>]`. Article ids may be given by a
//! unique prefix (`002`); resolving them is the model's job, this module only
//! parses and prints. Hand-written (no router crate) to keep the wasm small.

use std::ops::Range;

/// A view and its selection, as recorded in the URL fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Overview,
    /// The reader; `focus` is a byte range to scroll to and outline.
    Article {
        doc: Option<String>,
        focus: Option<Range<usize>>,
    },
    /// Side by side; `passage` is the n-th passage of the pair to focus.
    Compare {
        a: Option<String>,
        b: Option<String>,
        passage: Option<usize>,
    },
    Speakers,
    Speaker(String),
    Articles,
    /// The guided lesson at a step (from 1; `None` is the first).
    Lesson(Option<usize>),
}

/// The top-level views, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Reader,
    Compare,
    Speakers,
    Articles,
    Lesson,
}

impl Route {
    /// Parse a fragment (`location.hash`, with or without `#`). Unknown → overview.
    pub fn parse(hash: &str) -> Route {
        Route::parse_known(hash).unwrap_or(Route::Overview)
    }

    /// Parse a fragment; `None` when it names no view (empty → overview).
    pub fn parse_known(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<String> = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(percent_decode)
            .collect();
        let part = |i: usize| parts.get(i).cloned();
        Some(match parts.first().map(String::as_str) {
            Some("article") => Route::Article {
                doc: part(1),
                focus: parts.get(2).and_then(|r| parse_range(r)),
            },
            Some("compare") => Route::Compare {
                a: part(1),
                b: part(2),
                passage: parts.get(3).and_then(|n| n.parse().ok()),
            },
            Some("speakers") => Route::Speakers,
            Some("speaker") => match part(1) {
                Some(slug) => Route::Speaker(slug),
                None => Route::Speakers,
            },
            Some("articles") => Route::Articles,
            Some("lesson") => Route::Lesson(parts.get(1).and_then(|n| n.parse().ok())),
            None | Some("overview") => Route::Overview,
            _ => return None,
        })
    }

    /// The fragment for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Overview => "#/overview".into(),
            Route::Article { doc: None, .. } => "#/article".into(),
            Route::Article {
                doc: Some(doc),
                focus: None,
            } => format!("#/article/{}", percent_encode(doc)),
            Route::Article {
                doc: Some(doc),
                focus: Some(range),
            } => format!(
                "#/article/{}/{}-{}",
                percent_encode(doc),
                range.start,
                range.end
            ),
            Route::Compare { a, b, passage } => {
                let mut hash = String::from("#/compare");
                if let (Some(a), Some(b)) = (a, b) {
                    hash.push_str(&format!("/{}/{}", percent_encode(a), percent_encode(b)));
                    if let Some(n) = passage {
                        hash.push_str(&format!("/{n}"));
                    }
                }
                hash
            }
            Route::Speakers => "#/speakers".into(),
            Route::Speaker(slug) => format!("#/speaker/{}", percent_encode(slug)),
            Route::Articles => "#/articles".into(),
            Route::Lesson(None) => "#/lesson".into(),
            Route::Lesson(Some(step)) => format!("#/lesson/{step}"),
        }
    }

    /// The navigation tab this route belongs to.
    pub fn tab(&self) -> Tab {
        match self {
            Route::Overview => Tab::Overview,
            Route::Article { .. } => Tab::Reader,
            Route::Compare { .. } => Tab::Compare,
            Route::Speakers | Route::Speaker(_) => Tab::Speakers,
            Route::Articles => Tab::Articles,
            Route::Lesson(_) => Tab::Lesson,
        }
    }

    /// Shorthand for the reader on an article.
    pub fn article(doc: &str) -> Route {
        Route::Article {
            doc: Some(doc.to_string()),
            focus: None,
        }
    }

    /// Shorthand for the reader on an article, focused on a byte range.
    pub fn article_at(doc: &str, focus: Range<usize>) -> Route {
        Route::Article {
            doc: Some(doc.to_string()),
            focus: Some(focus),
        }
    }

    /// Shorthand for the side-by-side view of two articles.
    pub fn compare(a: &str, b: &str, passage: Option<usize>) -> Route {
        Route::Compare {
            a: Some(a.to_string()),
            b: Some(b.to_string()),
            passage,
        }
    }
}

fn parse_range(text: &str) -> Option<Range<usize>> {
    let (start, end) = text.split_once('-')?;
    let (start, end) = (start.parse().ok()?, end.parse().ok()?);
    (start < end).then_some(start..end)
}

/// Escape what cannot stand in a fragment path segment (ids come from file names).
fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_view() {
        assert_eq!(Route::parse(""), Route::Overview);
        assert_eq!(Route::parse("#/overview"), Route::Overview);
        assert_eq!(Route::parse("#/nonsense/1"), Route::Overview);
        assert_eq!(Route::parse_known("#/nonsense/1"), None);
        assert_eq!(Route::parse_known(""), Some(Route::Overview));
        assert_eq!(Route::parse("#/article/002"), Route::article("002"));
        assert_eq!(
            Route::parse("#/article/002/120-410"),
            Route::article_at("002", 120..410)
        );
        assert_eq!(
            Route::parse("#/article/002/410-120"),
            Route::article("002"),
            "a reversed range is ignored"
        );
        assert_eq!(
            Route::parse("#/compare/000/004"),
            Route::compare("000", "004", None)
        );
        assert_eq!(
            Route::parse("#/compare/000/004/2"),
            Route::compare("000", "004", Some(2))
        );
        assert_eq!(
            Route::parse("#/speaker/zabihullah-mujahid"),
            Route::Speaker("zabihullah-mujahid".into())
        );
        assert_eq!(Route::parse("#/speaker"), Route::Speakers);
        assert_eq!(Route::parse("#/articles"), Route::Articles);
        assert_eq!(Route::parse("#/lesson"), Route::Lesson(None));
        assert_eq!(Route::parse("#/lesson/3"), Route::Lesson(Some(3)));
        assert_eq!(Route::parse("#/lesson/x"), Route::Lesson(None));
    }

    #[test]
    fn printing_then_parsing_gives_the_same_route() {
        let routes = [
            Route::Overview,
            Route::article("my file (1)"),
            Route::article_at("user-1", 3..9),
            Route::compare("000", "d\u{e9}j\u{e0}", Some(0)),
            Route::Compare {
                a: None,
                b: None,
                passage: None,
            },
            Route::Speakers,
            Route::Speaker("national-resistance-front".into()),
            Route::Articles,
            Route::Lesson(None),
            Route::Lesson(Some(2)),
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.to_hash()), route, "{}", route.to_hash());
        }
    }

    #[test]
    fn malformed_escapes_survive() {
        assert_eq!(Route::parse("#/article/50%"), Route::article("50%"));
        assert_eq!(Route::parse("#/article/%zz"), Route::article("%zz"));
    }
}
