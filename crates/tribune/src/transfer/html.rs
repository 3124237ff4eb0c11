//! Other systems' comments written in HTML (Disqus messages, WordPress content, Remark42's
//! rendered text) as Tribune's Markdown subset, so that an imported comment is stored and shown
//! exactly like one written here: Markdown source, rendered and sanitized by
//! `comments::markdown`.
//!
//! The HTML first goes through ammonia, keeping the tags the subset can say (and the old
//! spellings `b`, `i`, `s`, `strike`, `u`); what comes out is html5ever's serialization, in
//! which every `<` opens a tag, attribute values are double-quoted and only `&amp;`, `&lt;`,
//! `&gt;`, `&quot;` and `&nbsp;` appear as entities. The walk below reads that normalized
//! form only, which is what keeps it short: it never sees the HTML a user sent.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::comments::markdown;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    // A comment's own tags, and the old spellings of emphasis other systems wrote.
    let tags: HashSet<&str> = markdown::TAGS
        .into_iter()
        .chain(["i", "b", "s", "strike", "u"])
        .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .link_rel(None)
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .tag_attributes(std::iter::once(("a", std::iter::once("href").collect())).collect());
    builder
});

/// HTML as Markdown of Tribune's subset. Images, scripts, styles and any other markup go;
/// their text, where they have any, stays.
pub fn to_markdown(html: &str) -> String {
    let Some(paragraphs) = plain_paragraphs(html) else {
        return sanitized_to_markdown(html);
    };
    let mut writer = Writer::default();
    for text in paragraphs {
        writer.tag("p");
        writer.text(text);
        writer.tag("/p");
    }
    writer.finish()
}

/// [`to_markdown`] the long way, through the sanitizer, whatever the HTML.
fn sanitized_to_markdown(html: &str) -> String {
    let clean = SANITIZER.clean(html).to_string();
    let mut writer = Writer::default();
    let mut rest = clean.as_str();
    while let Some(open) = rest.find('<') {
        writer.text(&decode(&rest[..open]));
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        writer.tag(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    writer.text(&decode(rest));
    writer.finish()
}

/// Most comments are paragraphs of plain text, `<p>...</p><p>...</p>`: when the text holds no
/// tag, entity, carriage return or NUL, the sanitizer would hand it back as it is (html5ever
/// rewrites only those, and `>` and no-break spaces as entities the walk decodes again), so
/// the walk reads it straight away. The texts, or none when the HTML is anything else.
fn plain_paragraphs(html: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let (text, after) = rest.strip_prefix("<p>")?.split_once("</p>")?;
        if text.contains(['<', '&', '\r', '\0']) {
            return None;
        }
        out.push(text);
        rest = after;
    }
    (!out.is_empty()).then_some(out)
}

/// The text of a snippet of HTML (a WordPress title: `Rates &amp; mortgages`), entities
/// resolved and tags dropped.
pub fn plain_text(html: &str) -> String {
    let clean = ammonia::Builder::empty().clean(html).to_string();
    decode(&clean).trim().to_owned()
}

/// The five entities html5ever writes.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

struct Writer {
    out: String,
    /// What each new line starts with: `> ` per quote, three spaces per list.
    prefix: String,
    /// Nothing written on the current line after its prefix.
    line_start: bool,
    /// The last thing written is a blank line (or nothing at all).
    blank: bool,
    /// Per open list: `None` for bullets, the next number for an ordered list.
    lists: Vec<Option<u32>>,
    /// Link targets waiting for their closing tag.
    links: Vec<String>,
    pre: bool,
    code: bool,
    /// A space is owed before the next word (collapsed HTML white space).
    space: bool,
}

impl Default for Writer {
    fn default() -> Self {
        Writer {
            out: String::new(),
            prefix: String::new(),
            line_start: true,
            blank: true,
            lists: Vec::new(),
            links: Vec::new(),
            pre: false,
            code: false,
            space: false,
        }
    }
}

impl Writer {
    fn tag(&mut self, raw: &str) {
        let (closing, raw) = match raw.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let name = raw.split(' ').next().unwrap_or("");
        match (name, closing) {
            ("p", _) => self.block(),
            ("br", _) => {
                if !self.pre {
                    self.out.push('\\');
                }
                self.newline();
            }
            ("em" | "i", _) => self.inline("*"),
            ("strong" | "b", _) => self.inline("**"),
            ("del" | "s" | "strike", _) => self.inline("~~"),
            ("code", _) if !self.pre => {
                self.inline("`");
                self.code = !closing;
            }
            ("pre", false) => {
                self.block();
                self.write("```");
                self.newline();
                self.pre = true;
            }
            ("pre", true) => {
                if !self.line_start {
                    self.newline();
                }
                self.write("```");
                self.pre = false;
                self.block();
            }
            ("blockquote", false) => {
                self.block();
                let prefix = format!("{}> ", self.prefix);
                self.set_prefix(prefix);
            }
            ("blockquote", true) => {
                self.set_prefix(
                    self.prefix
                        .get(..self.prefix.len().saturating_sub(2))
                        .unwrap_or("")
                        .to_owned(),
                );
                self.block();
            }
            ("ul" | "ol", false) => {
                self.block();
                self.lists.push((name == "ol").then_some(1));
                let prefix = format!("{}   ", self.prefix);
                self.set_prefix(prefix);
            }
            ("ul" | "ol", true) => {
                self.lists.pop();
                self.set_prefix(
                    self.prefix
                        .get(..self.prefix.len().saturating_sub(3))
                        .unwrap_or("")
                        .to_owned(),
                );
                self.block();
            }
            ("li", false) if !self.lists.is_empty() => {
                if !self.line_start {
                    self.newline();
                }
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "-".to_owned(),
                };
                // The marker takes the place of this list's indentation.
                self.out.truncate(self.out.len().saturating_sub(3));
                self.write(&format!("{marker:<3}"));
                self.line_start = true;
            }
            ("a", false) => {
                let href = raw
                    .split_once("href=\"")
                    .and_then(|(_, rest)| rest.split_once('"'))
                    .map(|(href, _)| decode(href))
                    .unwrap_or_default();
                self.word_gap();
                self.write("[");
                self.links.push(href);
            }
            ("a", true) => {
                let href = self.links.pop().unwrap_or_default();
                if href.contains([' ', '(', ')', '<', '>']) {
                    self.write(&format!("](<{}>)", href.replace(['<', '>'], "")));
                } else {
                    self.write(&format!("]({href})"));
                }
            }
            _ => {}
        }
    }

    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        self.line_start = false;
        self.blank = false;
    }

    /// A blank line between blocks (none at the start).
    fn block(&mut self) {
        if !self.blank {
            if !self.line_start {
                self.newline();
            }
            self.newline();
            self.blank = true;
        }
        self.space = false;
    }

    fn newline(&mut self) {
        self.out.push('\n');
        self.out.push_str(&self.prefix);
        self.line_start = true;
        self.space = false;
    }

    /// A quote or list opens or closes: the current line, still empty, takes the new prefix.
    fn set_prefix(&mut self, prefix: String) {
        if self.line_start {
            self.out
                .truncate(self.out.len().saturating_sub(self.prefix.len()));
            self.out.push_str(&prefix);
        }
        self.prefix = prefix;
    }

    fn inline(&mut self, mark: &str) {
        if !self.out.ends_with(['*', '~', '`', '[']) {
            self.word_gap();
        }
        self.write(mark);
    }

    fn word_gap(&mut self) {
        if self.space && !self.line_start {
            self.out.push(' ');
        }
        self.space = false;
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if self.pre {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.newline();
                }
                self.write(line);
            }
            return;
        }
        if self.code {
            self.write(&text.replace('`', "'"));
            return;
        }
        if text.starts_with(char::is_whitespace) {
            self.space = true;
        }
        let mut words = text.split_whitespace().peekable();
        while let Some(word) = words.next() {
            self.word_gap();
            escape_word(&mut self.out, word, self.line_start);
            self.line_start = false;
            self.blank = false;
            if words.peek().is_some() {
                self.space = true;
            }
        }
        if text.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }

    fn finish(self) -> String {
        let lines: Vec<&str> = self.out.lines().map(str::trim_end).collect();
        lines.join("\n").trim_matches('\n').to_owned()
    }
}

/// The characters Markdown reads as markup wherever they are (all ASCII).
const MARKUP: [u8; 11] = *b"\\`*_[]<>#~|";

/// [`MARKUP`] as a table by byte: one look a byte (an ASCII byte is never part of another
/// character in UTF-8, so bytes can be read in place of characters).
static IS_MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MARKUP.len() {
        table[MARKUP[i] as usize] = true;
        i += 1;
    }
    table
};

/// A word of text as Markdown that shows it as written: the characters Markdown reads as
/// markup get a backslash, and so do the ones that only start a block at the start of a line.
fn escape_word(out: &mut String, word: &str, line_start: bool) {
    let mut rest = word;
    if line_start {
        if rest.starts_with(['-', '+', '=', '>']) {
            out.push('\\');
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(['.', ')']) {
            out.push_str(&rest[..digits]);
            out.push('\\');
            rest = &rest[digits..];
        }
    }
    // Copied a run at a time, a backslash before each markup character.
    let mut copied = 0;
    for (at, &byte) in rest.as_bytes().iter().enumerate() {
        if IS_MARKUP[usize::from(byte)] {
            out.push_str(&rest[copied..at]);
            out.push('\\');
            out.push(char::from(byte));
            copied = at + 1;
        }
    }
    out.push_str(&rest[copied..]);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{plain_paragraphs, sanitized_to_markdown, to_markdown};
    use crate::comments::markdown::render;

    proptest! {
        /// Paragraphs of plain text skip the sanitizer and read the same as through it; those
        /// with a tag, an entity or a character the parser rewrites go the long way.
        #[test]
        fn plain_paragraphs_read_as_through_the_sanitizer(
            paragraphs in proptest::collection::vec(
                "[a-zA-Z0-9 \t\n>\"'*_#`.,!?\u{a0}\u{200b}жçı😀-]{0,30}|[a-z &<\r\0;]{0,12}",
                1..4,
            )
        ) {
            let html: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
            prop_assert_eq!(to_markdown(&html), sanitized_to_markdown(&html));
        }
    }

    #[test]
    fn a_comment_of_plain_paragraphs_takes_the_short_way() {
        let html = "<p>Plain words, \"quoted\" > 2.</p><p>Ещё один абзац.</p>";
        assert_eq!(
            plain_paragraphs(html),
            Some(vec!["Plain words, \"quoted\" > 2.", "Ещё один абзац."])
        );
        for other in [
            "<p>a</p> <p>b</p>",
            "<p>Tom &amp; Jerry</p>",
            "<p>a <b>b</b></p>",
            "<p>unclosed",
            "plain",
            "",
        ] {
            assert_eq!(plain_paragraphs(other), None, "{other}");
        }
    }

    #[test]
    fn paragraphs_breaks_and_emphasis() {
        assert_eq!(
            to_markdown("<p>Hello <b>world</b>,<br>again</p><p>Second <i>one</i></p>"),
            "Hello **world**,\\\nagain\n\nSecond *one*"
        );
    }

    #[test]
    fn links_keep_their_target_and_lose_unsafe_ones() {
        assert_eq!(
            to_markdown(
                r#"See <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow">this</a>."#
            ),
            "See [this](https://example.com/a?b=1&c=2)."
        );
        let md = to_markdown(r#"<a href="javascript:alert(1)">x</a><script>alert(2)</script>"#);
        assert!(!md.contains("javascript") && !md.contains("alert"), "{md}");
    }

    #[test]
    fn text_that_looks_like_markdown_stays_text() {
        let md = to_markdown("1. not a list, *not emphasis*, &lt;b&gt; and # no heading");
        let html = render(&md).expect("renders");
        assert!(
            !html.contains("<ol>") && !html.contains("<em>") && !html.contains("<h1>"),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn quotes_lists_and_code() {
        let md = to_markdown(
            "<blockquote>quoted <b>text</b></blockquote><ul><li>one</li><li>two</li></ul>\
             <ol><li>first</li></ol><pre><code>let x = 1;\nlet y = 2;</code></pre>",
        );
        let html = render(&md).expect("renders");
        for expected in [
            "<blockquote>",
            "<strong>text</strong>",
            "<li>one</li>",
            "<li>two</li>",
            "<ol>",
            "<li>first</li>",
            "<pre><code>let x = 1;\nlet y = 2;",
        ] {
            assert!(
                html.contains(expected),
                "{expected} missing in {html} (from {md})"
            );
        }
    }

    #[test]
    fn titles_are_plain_text() {
        assert_eq!(
            super::plain_text("Rates &amp; <em>mortgages</em> &#8211; what"),
            "Rates & mortgages \u{2013} what"
        );
    }

    #[test]
    fn entities_and_non_latin_text() {
        assert_eq!(
            to_markdown("Привет &amp; merhaba — çok güzel"),
            "Привет & merhaba — çok güzel"
        );
        assert_eq!(
            to_markdown("caf&eacute; &#8220;ok&#8221;"),
            "café \u{201c}ok\u{201d}"
        );
    }
}
