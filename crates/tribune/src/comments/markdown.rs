//! The Markdown subset of comments: paragraphs, emphasis, strikethrough, code, quotes, lists
//! and links. Rendered once, when the comment is written, with pulldown-cmark; raw HTML in the
//! source is shown as text, and the result goes through ammonia, which keeps only the tags
//! below and gives every link `rel="nofollow ugc noopener"`. Images are not allowed: a
//! comment cannot make readers' browsers fetch from a third party.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag};

/// Quotes and lists nest at most this deep. A conversation quotes a quote of a quote; deeper
/// nesting is an attack on the renderer, whose cost grows faster than the text (#17: 5,000
/// levels of `>` in a preview).
pub const MAX_NESTING: usize = 16;

/// A body whose quotes or lists nest deeper than [`MAX_NESTING`].
#[derive(Debug)]
pub struct TooDeep;

/// The HTML a comment may hold (links keep their `href` alone).
pub const TAGS: [&str; 12] = [
    "p",
    "br",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
];

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = TAGS.into_iter().collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .tag_attributes(std::iter::once(("a", std::iter::once("href").collect())).collect());
    builder
});

/// Renders a comment body to safe HTML, or refuses one nested too deep (before any HTML is
/// written or sanitized: the parse alone is linear).
pub fn render(body: &str) -> Result<String, TooDeep> {
    let mut depth = 0usize;
    let mut events = Vec::new();
    for event in Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH) {
        match &event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_)) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(TooDeep);
                }
            }
            Event::End(pulldown_cmark::TagEnd::BlockQuote(_) | pulldown_cmark::TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        events.push(match event {
            // Raw HTML is shown as the reader typed it, never interpreted.
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            other => other,
        });
    }
    let mut html = String::with_capacity(body.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(SANITIZER.clean(&html).to_string())
}

/// Whether rendered HTML shows any text: something outside the tags that is not a space or a
/// zero-width joiner (entities such as `&lt;` are text).
pub fn shows_text(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().any(|c| match c {
        '<' => {
            in_tag = true;
            false
        }
        '>' if in_tag => {
            in_tag = false;
            false
        }
        _ => !in_tag && !c.is_whitespace() && !matches!(c, '\u{200C}' | '\u{200D}'),
    })
}

#[cfg(test)]
mod tests {
    use super::MAX_NESTING;

    fn render(body: &str) -> String {
        super::render(body).expect("renders")
    }

    #[test]
    fn r17_nesting_is_capped() {
        let quotes = |n: usize| format!("{} deep", "> ".repeat(n));
        assert!(render(&quotes(MAX_NESTING)).contains("deep"));
        assert!(super::render(&quotes(MAX_NESTING + 1)).is_err());
        assert!(super::render(&quotes(5_000)).is_err());
        let lists = |n: usize| {
            (0..n)
                .map(|i| format!("{}- item", "  ".repeat(i)))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(render(&lists(MAX_NESTING)).contains("item"));
        assert!(super::render(&lists(MAX_NESTING + 1)).is_err());
    }

    #[test]
    fn renders_the_subset() {
        assert_eq!(
            render("*hi* **there** ~~x~~"),
            "<p><em>hi</em> <strong>there</strong> <del>x</del></p>\n"
        );
    }

    #[test]
    fn links_get_rel_and_scripts_die() {
        let html = render("[x](https://a.example) [y](javascript:alert(1))");
        assert!(
            html.contains(r#"<a href="https://a.example" rel="nofollow ugc noopener">x</a>"#),
            "{html}"
        );
        assert!(!html.contains("javascript"), "{html}");
    }

    #[test]
    fn raw_html_and_images_are_not_rendered() {
        let html = render("<script>alert(1)</script> ![i](https://t.example/p.png)");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }
}
