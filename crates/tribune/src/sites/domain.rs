//! What names a site and its pages, parsed at the edge: site ids, the origins that may embed
//! a site's widget, and page URLs.

use crate::error::AppError;

/// A site id: 1 to 64 of `a-z 0-9 - _`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteId(String);

impl SiteId {
    pub fn parse(raw: &str) -> Result<SiteId, AppError> {
        let ok = !raw.is_empty()
            && raw.len() <= 64
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if ok {
            Ok(SiteId(raw.to_owned()))
        } else {
            Err(AppError::invalid(
                "site",
                "must be 1 to 64 characters of a-z, 0-9, - and _",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An origin allowed to embed the widget and post to a site, in the form browsers send in
/// `Origin` (`https://news.example`: lowercase, no default port, no path), or `*` for any.
pub fn parse_origin(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw == "*" {
        return Ok(raw.to_owned());
    }
    match url::Url::parse(raw).map(|u| u.origin()) {
        Ok(origin) if origin.is_tuple() => Ok(origin.ascii_serialization()),
        _ => Err(format!(
            "{raw:?} is not an origin like https://news.example (or *)"
        )),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_written_as_browsers_send_them() {
        assert_eq!(
            parse_origin("https://News.Example:443/").as_deref(),
            Ok("https://news.example")
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8080").as_deref(),
            Ok("http://127.0.0.1:8080")
        );
        assert_eq!(parse_origin(" * ").as_deref(), Ok("*"));
        assert!(parse_origin("news.example").is_err());
        assert!(parse_origin("data:text/plain,x").is_err());
    }

    #[test]
    fn urls_lose_their_fragment() {
        let u = PageUrl::parse("https://news.example/a/b?x=1#comment-5").expect("valid");
        assert_eq!(u.as_str(), "https://news.example/a/b?x=1");
        assert!(PageUrl::parse("javascript:alert(1)").is_err());
        assert!(PageUrl::parse("/relative").is_err());
    }
}
