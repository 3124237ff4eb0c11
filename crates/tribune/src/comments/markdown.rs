//! The Markdown subset of comments: paragraphs, emphasis, strikethrough, code, quotes, lists
//! and links. Rendered once, when the comment is written, with pulldown-cmark; raw HTML in the
//! source is shown as text, and the result goes through ammonia, which keeps only the tags
//! below and gives every link `rel="nofollow ugc noopener"`. Images are not allowed: a
//! comment cannot make readers' browsers fetch from a third party.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser};

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
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
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .tag_attributes(std::iter::once(("a", std::iter::once("href").collect())).collect());
    builder
});

/// Renders a comment body to safe HTML.
pub fn render(body: &str) -> String {
    let parser = Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Raw HTML is shown as the reader typed it, never interpreted.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
    });
    let mut html = String::with_capacity(body.len() * 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    SANITIZER.clean(&html).to_string()
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
    use super::render;

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
