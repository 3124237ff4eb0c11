//! Comment input parsed at the edge.

use unicode_segmentation::UnicodeSegmentation;

use crate::error::AppError;

/// A comment body: trimmed, not empty, at most the configured number of graphemes.
#[derive(Clone, Debug)]
pub struct CommentText(String);

impl CommentText {
    pub fn parse(raw: &str, max_chars: usize) -> Result<CommentText, AppError> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(AppError::invalid("body", "must not be empty"));
        }
        if text.graphemes(true).count() > max_chars {
            return Err(AppError::invalid(
                "body",
                &format!("must be at most {max_chars} characters long"),
            ));
        }
        Ok(CommentText(text.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A page's canonical URL: absolute http(s), without its `#fragment`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageUrl(String);

impl PageUrl {
    pub fn parse(raw: &str) -> Result<PageUrl, AppError> {
        let mut url = url::Url::parse(raw.trim())
            .map_err(|_| AppError::invalid("url", "must be an absolute http(s) URL"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(AppError::invalid("url", "must be an absolute http(s) URL"));
        }
        if raw.len() > 2048 {
            return Err(AppError::invalid("url", "must be at most 2048 bytes long"));
        }
        url.set_fragment(None);
        Ok(PageUrl(url.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_fragment() {
        let u = PageUrl::parse("https://news.example/a/b?x=1#comment-5").expect("valid");
        assert_eq!(u.as_str(), "https://news.example/a/b?x=1");
        assert!(PageUrl::parse("javascript:alert(1)").is_err());
        assert!(PageUrl::parse("/relative").is_err());
    }

    #[test]
    fn bodies_are_trimmed_and_bounded() {
        assert!(CommentText::parse("   ", 10).is_err());
        assert!(CommentText::parse(&"é".repeat(11), 10).is_err());
        assert_eq!(CommentText::parse(" hi ", 10).expect("ok").as_str(), "hi");
    }

    #[test]
    fn cursors_round_trip() {
        let c = Cursor { key: 0.25, id: 7 };
        assert_eq!(Cursor::parse(&c.encode()).expect("ok"), c);
        assert!(Cursor::parse("garbage").is_err());
    }
}
