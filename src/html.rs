//! HTML written as text for the read-only parts of the views (tables, the
//! article body, speaker lists), set with `inner_html`. One string builder
//! instead of one typed view per element keeps the wasm small and the first
//! render fast. Every piece of text from an article or the analysis goes
//! through [`escape`], so a pasted `<script>` is shown, never run.

use std::fmt::Write;

/// `text` with `& < > " '` replaced by entities, appended to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// `text` escaped for HTML text or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// A small builder: open tags with escaped attributes, escaped text, close tags.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag a="v" …>`; attributes with a `None` value are left out.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, Option<&str>)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            if let Some(value) = value {
                let _ = write!(self.out, " {name}=\"");
                escape_into(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.out, "</{tag}>");
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn element(
        &mut self,
        tag: &str,
        attributes: &[(&str, Option<&str>)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// A colour swatch for the article at `position` (decorative).
    pub fn swatch(&mut self, position: usize) -> &mut Self {
        let class = format!("wl-swatch wl-c{}", position % 8);
        self.open(
            "span",
            &[("class", Some(&class)), ("aria-hidden", Some("true"))],
        )
        .close("span")
    }

    /// Markup already built (by this builder or `escape`).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Markup that follows the state, for `inner_html`. Every reactive
/// `inner_html` of the widget is boxed to this one type: each distinct
/// closure type given to `inner_html` compiles its own copy of tachys'
/// update code (about 0.25 KB gzip apiece).
pub type Markup = Box<dyn Fn() -> String + Send + Sync>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_text_and_attributes() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        let mut html = Html::new();
        html.element(
            "a",
            &[("href", Some("#/article/a\"b")), ("title", None)],
            "<b>",
        );
        assert_eq!(
            html.finish(),
            "<a href=\"#/article/a&quot;b\">&lt;b&gt;</a>"
        );
    }

    #[test]
    fn keeps_non_ascii_text_as_is() {
        assert_eq!(escape("“Dashty” —\u{a0}NRF"), "“Dashty” —\u{a0}NRF");
    }
}
