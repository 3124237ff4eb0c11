//! Comment input parsed at the edge, and where a comment stands.

use moderation::rules::WordLists;
use moderation::{Decision, Policy, Verdict};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;
use utoipa::ToSchema;

use super::markdown;
use crate::error::AppError;

/// A comment body: without control or invisible characters, trimmed, not empty, at most the
/// configured number of graphemes.
#[derive(Clone, Debug)]
pub struct CommentText(String);

/// Characters that show nothing and carry nothing a reader meant: controls other than line
/// breaks and tabs (NUL, bell, escape), zero-width space, word joiner, byte-order mark, soft
/// hyphen, and the bidirectional overrides that reorder what readers see. Zero-width
/// (non-)joiners stay: emoji sequences and some scripts need them.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200B}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// The characters of a submitted body that a comment keeps, each with its byte offset and
/// length in that body: `\r\n` and a lone `\r` are one `\n`, invisible characters go.
fn kept(sent: &str) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    let mut chars = sent.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (at, c) = chars.next()?;
        match c {
            '\r' if chars.peek().is_some_and(|&(_, next)| next == '\n') => continue,
            '\r' => return Some((at, 1, '\n')),
            c if is_invisible(c) => continue,
            c => return Some((at, c.len_utf8(), c)),
        }
    })
}

/// What a comment keeps of a submitted body (see [`kept`]), trimmed: the kept characters are
/// copied a run at a time, so a body with nothing to take out is one copy (character by
/// character, it took a fifth of an import's time to prepare a comment besides its verdict).
fn cleaned(sent: &str) -> String {
    let sent = sent.trim();
    let mut out = String::with_capacity(sent.len());
    let mut run = 0..0;
    for (at, len, c) in kept(sent) {
        // A carriage return is the only character kept as another one.
        let as_sent = sent.as_bytes()[at] != b'\r';
        if as_sent && at == run.end {
            run.end = at + len;
            continue;
        }
        out.push_str(&sent[run]);
        if as_sent {
            run = at..at + len;
        } else {
            out.push(c);
            run = at + len..at + len;
        }
    }
    out.push_str(&sent[run]);
    // Invisible characters taken out may bare spaces at either end.
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_owned()
    }
}

/// Where each character of a parsed body came from in the body as sent.
struct Origin {
    /// Per character of the parsed text: its offset there, and its offset and length in the
    /// body as sent.
    chars: Vec<(usize, usize, usize)>,
    sent_len: usize,
}

impl Origin {
    fn of(sent: &str) -> Origin {
        let chars = kept(sent)
            .skip_while(|(.., c)| c.is_whitespace())
            .scan(0, |here, (at, len, c)| {
                let entry = (*here, at, len);
                *here += c.len_utf8();
                Some(entry)
            })
            .collect();
        Origin {
            chars,
            sent_len: sent.len(),
        }
    }

    /// A byte span of the parsed text as the span of the body as sent it came from.
    fn span(&self, [start, end]: [usize; 2]) -> [usize; 2] {
        let first = self.chars.partition_point(|&(here, ..)| here < start);
        let last = self.chars.partition_point(|&(here, ..)| here < end);
        let sent_start = self.chars.get(first).map_or(self.sent_len, |c| c.1);
        let sent_end = last
            .checked_sub(1)
            .map_or(sent_start, |i| self.chars[i].1 + self.chars[i].2);
        [sent_start, sent_end]
    }
}

impl CommentText {
    pub fn parse(raw: &str, max_chars: usize) -> Result<CommentText, AppError> {
        let text = cleaned(raw);
        if text.is_empty() {
            return Err(AppError::invalid("body", "must not be empty"));
        }
        if text.graphemes(true).count() > max_chars {
            return Err(AppError::invalid(
                "body",
                &format!("must be at most {max_chars} characters long"),
            ));
        }
        Ok(CommentText(text))
    }

    /// A comment another system published (`tribune import`): the same invisible input goes,
    /// but history keeps its length. `None` when nothing is left.
    pub fn imported(raw: &str) -> Option<CommentText> {
        let text = cleaned(raw);
        (!text.is_empty()).then_some(CommentText(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// A refusal with its spans moved from this text to `sent`, the body this text was parsed
    /// from (where the widget marks them); any other error as it is. Only refusals need the
    /// way back, so it is worked out here rather than kept for every comment.
    pub fn in_submitted(&self, sent: &str, error: AppError) -> AppError {
        match error {
            AppError::Refused {
                message,
                mut verdict,
            } => {
                let origin = Origin::of(sent);
                for span in verdict.reasons.iter_mut().flat_map(|r| r.spans.iter_mut()) {
                    *span = origin.span(*span);
                }
                AppError::Refused { message, verdict }
            }
            other => other,
        }
    }

    /// The house rules' verdict on this text: see [`verdict`].
    pub fn verdict(&self, policy: &Policy, words: Option<&WordLists>) -> Verdict {
        verdict(policy, words, &self.0)
    }

    /// The body as readers will see it, refused when that is nothing: only markup (`- ` five
    /// thousand times is a list of empty items), spaces or joiners.
    pub fn render(&self) -> Result<String, AppError> {
        let html = markdown::render(&self.0).map_err(|_| {
            AppError::invalid(
                "body",
                &format!(
                    "nests quotes or lists more than {} levels deep",
                    markdown::MAX_NESTING
                ),
            )
        })?;
        if !markdown::shows_text(&html) {
            return Err(AppError::invalid(
                "body",
                "shows nothing once formatted: write some text",
            ));
        }
        Ok(html)
    }
}

/// The house rules' verdict on a comment body: on the Markdown as written and, when
/// formatting shows readers a word the source does not hold (`f&#117;ck`, `f**u**ck`), on the
/// text as shown too, whichever decides more severely. Spans are always in the body as
/// written.
pub fn verdict(policy: &Policy, words: Option<&WordLists>, body: &str) -> Verdict {
    let written = policy.evaluate_with(body, words);
    if written.decision == Decision::Refuse {
        return written;
    }
    let Some(shown) = markdown::shown(body) else {
        return written;
    };
    let mut seen = policy.evaluate_with(&shown.text, words);
    if seen.decision <= written.decision {
        return written;
    }
    for span in seen.reasons.iter_mut().flat_map(|r| r.spans.iter_mut()) {
        *span = shown.source_span(*span);
    }
    seen
}

/// Thread order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Oldest,
    Newest,
    Best,
}

/// Where a page of a thread starts: after the top-level comment with this sort key and id.
/// Opaque to clients (`next_cursor` in one response, `cursor` in the next request).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cursor {
    pub key: f64,
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}_{}", self.key, self.id)
    }

    pub fn parse(raw: &str) -> Result<Cursor, AppError> {
        let bad = || AppError::invalid("cursor", "is not a cursor this server gave out");
        let (key, id) = raw.split_once('_').ok_or_else(bad)?;
        Ok(Cursor {
            key: key.parse().map_err(|_| bad())?,
            id: id.parse().map_err(|_| bad())?,
        })
    }
}

/// Where a comment stands. Stored as its lowercase name in `comments.status`, and shown the
/// same way in the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentStatus {
    /// Shown to every reader (unless its author is shadow-banned).
    Visible,
    /// Held for a moderator: shown to its author only.
    Pending,
    /// Refused by a moderator: shown to its author with the reason.
    Rejected,
    /// Removed by its author or a moderator: a placeholder that keeps the replies in place.
    Deleted,
}

impl CommentStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            CommentStatus::Visible => "visible",
            CommentStatus::Pending => "pending",
            CommentStatus::Rejected => "rejected",
            CommentStatus::Deleted => "deleted",
        }
    }
}

impl std::fmt::Display for CommentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reading the stored text back (`#[sqlx(try_from = "String")]` on row structs).
impl TryFrom<String> for CommentStatus {
    type Error = String;

    fn try_from(stored: String) -> Result<CommentStatus, String> {
        [
            CommentStatus::Visible,
            CommentStatus::Pending,
            CommentStatus::Rejected,
            CommentStatus::Deleted,
        ]
        .into_iter()
        .find(|s| s.as_str() == stored)
        .ok_or_else(|| format!("unknown comment status {stored:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_trimmed_and_bounded() {
        assert!(CommentText::parse("   ", 10).is_err());
        assert!(CommentText::parse(&"é".repeat(11), 10).is_err());
        assert_eq!(CommentText::parse(" hi ", 10).expect("ok").as_str(), "hi");
        assert_eq!(
            CommentText::parse("a\u{0}b\u{7}c\u{200b}\u{202e}d\r\ne\rf", 20)
                .expect("ok")
                .as_str(),
            "abcd\ne\nf"
        );
        assert!(CommentText::parse("\u{200b}\u{2060}\u{feff}", 10).is_err());
        let dashes = CommentText::parse(&"- ".repeat(50), 200).expect("text");
        assert!(dashes.render().is_err(), "an empty list shows nothing");
        let joiners = CommentText::parse("\u{200d}\u{200c}", 10).expect("text");
        assert!(joiners.render().is_err());
        assert!(CommentText::parse("- one", 10)
            .expect("text")
            .render()
            .is_ok());
        let sent = " \u{200b}ab\u{0}c\r\nd";
        let text = CommentText::parse(sent, 20).expect("text");
        assert_eq!(text.as_str(), "abc\nd");
        let spans = [[0, 1], [1, 3], [4, 5]];
        let moved: Vec<&str> = spans
            .iter()
            .map(|&span| {
                let [s, e] = Origin::of(sent).span(span);
                &sent[s..e]
            })
            .collect();
        assert_eq!(moved, ["a", "b\u{0}c", "d"], "spans move to the sent bytes");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Copying runs keeps exactly the characters [`kept`] keeps, one at a time, trimmed:
        /// text, spaces and line breaks of every kind, invisible characters anywhere.
        #[test]
        fn a_body_is_cleaned_as_its_kept_characters(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "word", "да", "ı", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{7}", "\u{b}",
                "\u{85}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{ad}", "\u{202e}", "\u{3000}",
            ][..]), 0..12),
        ) {
            let sent = pieces.concat();
            let one_at_a_time: String = kept(&sent).map(|(.., c)| c).collect();
            proptest::prop_assert_eq!(cleaned(&sent), one_at_a_time.trim());
        }
    }

    #[test]
    fn cursors_round_trip() {
        let c = Cursor { key: 0.25, id: 7 };
        assert_eq!(Cursor::parse(&c.encode()).expect("ok"), c);
        assert!(Cursor::parse("garbage").is_err());
    }
}
