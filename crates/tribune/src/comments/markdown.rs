//! The Markdown subset of comments: paragraphs, emphasis, strikethrough, code, quotes, lists
//! and links. Rendered once, when the comment is written, with pulldown-cmark; raw HTML in the
//! source is shown as text, and the result goes through ammonia, which keeps only the tags
//! below and gives every link `rel="nofollow ugc noopener"`. Images are not allowed: a
//! comment cannot make readers' browsers fetch from a third party.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

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
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_)) => {
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

/// A comment's text as readers see it once formatted, for the house rules: an entity, emphasis,
/// a code span or a link can spell out what the Markdown as written does not (`f&#117;ck`,
/// `f**u**ck`, `` f`u`ck ``, `f[u](…)ck`). Struck-out text is left out (`f~~x~~uck` reads as
/// the word around it; the source, judged too, still holds what was struck), and so are
/// images, which are not shown.
pub struct Shown {
    pub text: String,
    /// The pieces of `text`, in order: where each starts there and the source bytes it shows.
    pieces: Vec<Piece>,
}

struct Piece {
    at: usize,
    source: std::ops::Range<usize>,
    /// The piece is the source's own bytes, so offsets inside it map one to one (not so for
    /// an entity, an escape or a block's break).
    exact: bool,
}

/// What `body` shows once formatted, when that holds a word the body as written does not
/// (`f**u**ck` shows `fuck`); `None` for most comments: paragraphs of plain words, or markup
/// around whole words (`**bold** text`, `[a link](https://...)`, `Tom &amp; Jerry`), whose
/// words the house rules have read already.
pub fn shown(body: &str) -> Option<Shown> {
    if !may_join_words(body) {
        return None;
    }
    let mut shown = Shown {
        text: String::with_capacity(body.len()),
        pieces: Vec::new(),
    };
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        match event {
            Event::Start(Tag::Strikethrough | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::Strikethrough | TagEnd::Image) => hidden = hidden.saturating_sub(1),
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text)
                if hidden == 0 =>
            {
                shown.push(body, &text, range);
            }
            Event::SoftBreak | Event::HardBreak => shown.push(body, "\n", range),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::Item
                | TagEnd::BlockQuote(_),
            )
            | Event::Rule => shown.end_block(range.end),
            _ => {}
        }
    }
    let end = shown.text.trim_end().len();
    shown.text.truncate(end);
    let written: HashSet<&str> = words(body).collect();
    let joins_a_word = words(&shown.text).any(|word| !written.contains(word));
    joins_a_word.then_some(shown)
}

/// Whether formatting could show a word the source does not hold: an entity (`&#117;`),
/// emphasis, code or strikethrough marks between two letters (`f**u**ck`), a link or an image
/// that starts right after a letter or ends right before one (`f[u](...)ck`). Most formatted
/// comments have none (`**bold** words`, `[a link](...)`), and are not parsed a second time.
/// Plain paragraphs have none of these but for `(a)b`, which parses to its own words. Bytes
/// past ASCII count as letters, which only errs towards parsing.
fn may_join_words(body: &str) -> bool {
    let bytes = body.as_bytes();
    let letter = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
    };
    let marks = |b: u8| matches!(b, b'*' | b'_' | b'`' | b'~');
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'&' => true,
        b'[' => i > 0 && letter(i - 1),
        b'!' => bytes.get(i + 1) == Some(&b'[') && i > 0 && letter(i - 1),
        b')' => letter(i + 1),
        b if marks(b) && i > 0 && letter(i - 1) => {
            let after = (i..bytes.len()).find(|&j| !marks(bytes[j]));
            after.is_some_and(letter)
        }
        _ => false,
    })
}

/// The runs of letters and digits of a text.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl Shown {
    fn push(&mut self, body: &str, text: &str, source: std::ops::Range<usize>) {
        if text.is_empty() {
            return;
        }
        // Most pieces are the source's own bytes; a code span's text is inside its backticks.
        let written = &body[source.clone()];
        let (source, exact) = if written == text {
            (source, true)
        } else {
            match written.find(text) {
                Some(at) => (source.start + at..source.start + at + text.len(), true),
                None => (source, false),
            }
        };
        self.pieces.push(Piece {
            at: self.text.len(),
            source,
            exact,
        });
        self.text.push_str(text);
    }

    /// A block ends (paragraph, item, quote...): what follows is a block apart.
    fn end_block(&mut self, at: usize) {
        let breaks = if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        } else if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.pieces.push(Piece {
            at: self.text.len(),
            source: at..at,
            exact: false,
        });
        self.text.push_str(breaks);
    }

    /// A byte span of the shown text as the span of the source it shows.
    pub fn source_span(&self, [start, end]: [usize; 2]) -> [usize; 2] {
        if self.pieces.is_empty() {
            return [0, 0];
        }
        let piece = |offset: usize| {
            let i = self.pieces.partition_point(|p| p.at <= offset);
            &self.pieces[i.saturating_sub(1)]
        };
        let first = piece(start);
        let from = if first.exact {
            (first.source.start + start - first.at).min(first.source.end)
        } else {
            first.source.start
        };
        let last = piece(end.saturating_sub(1).max(start));
        let to = if last.exact {
            (last.source.start + end - last.at).min(last.source.end)
        } else {
            last.source.end
        };
        [from, to.max(from)]
    }
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

    /// The text a body shows, and the source of each span of it that holds `word`.
    fn shown_word(body: &str, word: &str) -> (String, String) {
        let shown = super::shown(body).expect("formatting changes the words");
        let at = shown.text.find(word).expect("the word is shown");
        let [s, e] = shown.source_span([at, at + word.len()]);
        (shown.text.clone(), body[s..e].to_owned())
    }

    #[test]
    fn formatting_that_spells_a_word_is_read_as_shown() {
        assert_eq!(
            shown_word("you are an id&#105;ot and a m&#111;ron", "idiot"),
            (
                "you are an idiot and a moron".to_owned(),
                "id&#105;ot".to_owned()
            )
        );
        assert_eq!(shown_word("what **a** f**u**ck", "fuck").1, "f**u**ck");
        assert_eq!(shown_word("a f`u`ck", "fuck").1, "f`u`ck");
        assert_eq!(
            shown_word("a f[u](https://x.example)ck", "fuck").1,
            "f[u](https://x.example)ck"
        );
        // Struck-out text and images are not read; quotes, lists and code are, a block apart.
        assert_eq!(shown_word("f~~x~~uck", "fuck").0, "fuck");
        assert_eq!(shown_word("a![f](https://x.example/i.png)b", "ab").0, "ab");
        assert_eq!(
            super::shown("> quo**ted**\n\n- one\n- t`wo`\n\n    code").map(|s| s.text),
            Some("quoted\n\none\n\ntwo\n\ncode".to_owned())
        );
    }

    #[test]
    fn only_marks_between_letters_entities_and_links_beside_letters_are_parsed_again() {
        for body in [
            "f**u**ck",
            "f`u`ck",
            "id&#105;ot",
            "f[u](https://x.example)ck",
            "f~~x~~uck",
            "a![f](https://x.example/i.png)b",
        ] {
            assert!(super::may_join_words(body), "{body}");
        }
        for body in [
            "**Bold** words, *emphasis* and `code`",
            "Survey **study** council, [related](https://news.example/related).",
            "> a quote\n\n- a list",
        ] {
            assert!(!super::may_join_words(body), "{body}");
        }
    }

    #[test]
    fn bodies_that_show_no_new_word_are_read_once() {
        for body in [
            "Plain words.\n\nTwo paragraphs.",
            "Tom & Jerry, 3 < 4",
            "a line\nbroken",
            "<b>raw</b> html is shown as typed",
            "**Bold** words, *emphasis* and `code`",
            "Tom &amp; Jerry &mdash; [a link](https://x.example/a-b) and ~~struck~~ text",
            "> a quote\n\n- a list",
        ] {
            assert!(super::shown(body).is_none(), "{body}");
        }
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
