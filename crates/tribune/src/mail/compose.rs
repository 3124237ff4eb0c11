//! A mail's content, built once and written twice: as plain text and as HTML (maud escapes
//! every value), so the two parts of the multipart message always say the same.

use maud::{html, Markup, DOCTYPE};

/// A comment quoted in a mail: who wrote it where, an excerpt, and where to read it.
pub struct Quote {
    pub heading: String,
    pub excerpt: String,
    pub link_label: String,
    pub link: String,
}

/// What a mail says, in order.
#[derive(Default)]
pub struct Letter {
    /// The language it is written in (`strings::LANGUAGES`), for the HTML part.
    pub language: String,
    pub subject: String,
    pub greeting: Option<String>,
    pub paragraphs: Vec<String>,
    pub quotes: Vec<Quote>,
    /// The one thing to do, as a button: label and link.
    pub action: Option<(String, String)>,
    pub after: Vec<String>,
    /// Why the reader gets this mail.
    pub footer: Option<String>,
    /// The link that stops it: label and URL (also the `List-Unsubscribe` header).
    pub unsubscribe: Option<(String, String)>,
}

/// Longest excerpt of a comment in a mail, in characters.
pub const EXCERPT_CHARS: usize = 400;

/// The first [`EXCERPT_CHARS`] characters of `text`, cut at a word when possible.
pub fn excerpt(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let at_word = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

impl Letter {
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut block = |s: &str| {
            out.push_str(s);
            out.push_str("\n\n");
        };
        if let Some(greeting) = &self.greeting {
            block(greeting);
        }
        for p in &self.paragraphs {
            block(p);
        }
        for q in &self.quotes {
            let quoted: Vec<String> = q.excerpt.lines().map(|l| format!("> {l}")).collect();
            block(&format!(
                "{}\n{}\n{}: {}",
                q.heading,
                quoted.join("\n"),
                q.link_label,
                q.link
            ));
        }
        if let Some((label, link)) = &self.action {
            block(&format!("{label}: {link}"));
        }
        for p in &self.after {
            block(p);
        }
        if self.footer.is_some() || self.unsubscribe.is_some() {
            block("--");
        }
        if let Some(footer) = &self.footer {
            block(footer);
        }
        if let Some((label, link)) = &self.unsubscribe {
            block(&format!("{label}: {link}"));
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    pub fn html(&self) -> String {
        let page: Markup = html! {
            (DOCTYPE)
            html lang=(self.language) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.subject) }
                }
                body style="margin:0;padding:24px;background:#f4f4f1;font:16px/1.5 Georgia,serif;color:#1d1d1b" {
                    div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:6px" {
                        @if let Some(greeting) = &self.greeting { p { (greeting) } }
                        @for p in &self.paragraphs { p { (p) } }
                        @for q in &self.quotes {
                            p style="margin-bottom:4px;color:#555" { (q.heading) }
                            blockquote style="margin:0 0 8px;padding:4px 12px;border-left:3px solid #c9c9c4;white-space:pre-wrap" { (q.excerpt) }
                            p { a href=(q.link) { (q.link_label) } }
                        }
                        @if let Some((label, link)) = &self.action {
                            p { a href=(link) style="display:inline-block;padding:10px 18px;background:#1d4e89;color:#fff;text-decoration:none;border-radius:4px" { (label) } }
                        }
                        @for p in &self.after { p { (p) } }
                        @if self.footer.is_some() || self.unsubscribe.is_some() {
                            hr style="border:0;border-top:1px solid #ddd";
                            p style="font-size:13px;color:#666" {
                                @if let Some(footer) = &self.footer { (footer) " " }
                                @if let Some((label, link)) = &self.unsubscribe { a href=(link) style="color:#666" { (label) } }
                            }
                        }
                    }
                }
            }
        };
        page.into_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_say_the_same_and_html_is_escaped() {
        let letter = Letter {
            subject: "Ann replied".into(),
            greeting: Some("Hello Bob,".into()),
            quotes: vec![Quote {
                heading: "Ann wrote on “Budget”:".into(),
                excerpt: "<script>alert(1)</script>\nsecond line".into(),
                link_label: "Read and reply".into(),
                link: "https://news.example/a#comment-7".into(),
            }],
            unsubscribe: Some(("Stop".into(), "https://t.example/mail/stop?t=x".into())),
            ..Letter::default()
        };
        let text = letter.text();
        assert!(
            text.contains("> <script>alert(1)</script>\n> second line"),
            "{text}"
        );
        assert!(
            text.contains("Stop: https://t.example/mail/stop?t=x"),
            "{text}"
        );
        let html = letter.html();
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("href=\"https://news.example/a#comment-7\""),
            "{html}"
        );
    }

    #[test]
    fn excerpts_stop_at_a_word() {
        let long = "word ".repeat(200);
        let cut = excerpt(&long);
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1);
        assert_eq!(excerpt("  short  "), "short");
    }
}
