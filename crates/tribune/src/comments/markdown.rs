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
    match plain_paragraphs(body) {
        Some(paragraphs) => Ok(paragraphs.into_iter().fold(
            String::with_capacity(body.len() + 16),
            |mut html, p| {
                html.push_str("<p>");
                html.push_str(p);
                html.push_str("</p>\n");
                html
            },
        )),
        None => render_and_sanitize(body),
    }
}

/// Characters that mean nothing to Markdown or HTML inside a line (a few do at its start).
const PLAIN_PUNCTUATION: &str = ".,;:?!'\"/()%$@-+=";

/// Most comments are paragraphs of words and ordinary punctuation, one line each: those render
/// to `<p>` and the text itself, which is what the parser and the sanitizer would write (a
/// property test holds the two ways together). The paragraphs, or none when the body is
/// anything else: a line break inside a paragraph, a space at either end, a character that
/// could be markup, an entity or a list marker (a paragraph must open with a letter).
fn plain_paragraphs(body: &str) -> Option<Vec<&str>> {
    let plain = |p: &&str| {
        p.chars().next().is_some_and(char::is_alphabetic)
            && !p.ends_with(' ')
            && p.chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || PLAIN_PUNCTUATION.contains(c))
    };
    let paragraphs: Vec<&str> = body.split("\n\n").collect();
    paragraphs.iter().all(plain).then_some(paragraphs)
}

/// [`render`] through the Markdown parser and the sanitizer, whatever the body.
fn render_and_sanitize(body: &str) -> Result<String, TooDeep> {
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
    use proptest::prelude::*;

    use super::{plain_paragraphs, render_and_sanitize, MAX_NESTING};

    /// Pieces of plain comments: words and ordinary punctuation...
    const PLAIN: [&str; 27] = [
        "Word", "word", "да", "çay", "ı", "²", " ", " ", " ", "\n\n", ".", ",", "!", "?", "'",
        "\"", "(", ")", "%", "$", "@", "-", "+", "=", ":", ";", "/",
    ];
    /// ... and what a plain paragraph must not hold: markup, entities, breaks, odd spaces.
    const MARKUP: [&str; 24] = [
        "*",
        "**",
        "_",
        "`",
        "~~",
        "[",
        "]",
        "(https://a.example)",
        "<b>",
        "&",
        "&amp;",
        "#",
        "> ",
        "1. ",
        "- ",
        "\\",
        "\u{a0}",
        "😀",
        "  ",
        "\n",
        "---",
        "http://x.example",
        "<",
        ">",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Plain paragraphs skip the parser and the sanitizer and come out the same as
        /// through them; anything else goes the long way. Plain pieces with one kind of markup
        /// put in at up to three places, so that a plain paragraph wrongly accepted is drawn.
        #[test]
        fn plain_paragraphs_render_as_through_the_sanitizer(
            mut pieces in proptest::collection::vec(proptest::sample::select(&PLAIN[..]), 1..16),
            markup in proptest::sample::select(&MARKUP[..]),
            places in proptest::collection::vec(any::<proptest::sample::Index>(), 0..4),
        ) {
            for place in places {
                pieces.insert(place.index(pieces.len() + 1), markup);
            }
            let body = pieces.concat();
            prop_assert_eq!(super::render(&body).ok(), render_and_sanitize(&body).ok());
        }
    }

    #[test]
    fn a_comment_of_plain_paragraphs_takes_the_short_way() {
        let body = "Plain words, \"quoted\" (and 100% sure).\n\nЕщё один абзац: да!";
        assert_eq!(
            plain_paragraphs(body),
            Some(vec![
                "Plain words, \"quoted\" (and 100% sure).",
                "Ещё один абзац: да!"
            ])
        );
        assert_eq!(
            render(body),
            "<p>Plain words, \"quoted\" (and 100% sure).</p>\n<p>Ещё один абзац: да!</p>\n"
        );
        for other in [
            "1. a list",
            "- a list",
            "two\nlines",
            "*emphasis*",
            "Tom & Jerry",
            "a <b>tag</b>",
            "trailing ",
            "",
        ] {
            assert!(plain_paragraphs(other).is_none(), "{other}");
        }
    }

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
