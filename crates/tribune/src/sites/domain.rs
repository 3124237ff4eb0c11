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
    /// An absolute http(s) URL without its fragment, as sent: for callers with no site to
    /// canonicalize against. Threads are keyed by [`PageUrl::canonical`].
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

    /// The one address of a page on a site, whatever way a reader arrived at it (#17: one
    /// article made eleven threads). WHATWG parsing (lowercase host, no default port) by the
    /// `url` crate, then: the page must be on one of the site's origins, whose scheme it takes
    /// (`http://` and `https://` are one page); percent-escapes of unreserved characters are
    /// decoded and the others written in capitals; a trailing slash goes (but the root's);
    /// tracking parameters (`utm_*`, `fbclid`, `gclid`, ...) go, and so do all the parameters
    /// the site did not name as mattering when it named some; the rest are sorted; a bare `?`
    /// goes.
    pub fn canonical(raw: &str, rules: &PageRules<'_>) -> Result<PageUrl, AppError> {
        let mut url = url::Url::parse(Self::parse(raw)?.as_str())
            .map_err(|_| AppError::invalid("url", "must be an absolute http(s) URL"))?;
        if let Some(scheme) = rules.home_scheme(&url)? {
            // Only between http and https, which `url` allows.
            let _ = url.set_scheme(scheme);
        }
        let path = normalize_escapes(url.path());
        let path = match path.trim_end_matches('/') {
            "" => "/".to_owned(),
            trimmed => trimmed.to_owned(),
        };
        url.set_path(&path);
        let mut pairs: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| !is_tracking(k) && rules.keeps(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        pairs.sort();
        if pairs.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(pairs);
        }
        Ok(PageUrl(url.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// What a site says about its pages' addresses.
#[derive(Clone, Debug)]
pub struct PageRules<'a> {
    /// The site's origins (`https://news.example`), or `*` for any.
    pub origins: &'a str,
    /// This instance's own origin, whose article pages belong to its publication.
    pub own: &'a str,
    /// The query parameters that name a different page (`p` for WordPress's `?p=123`);
    /// `None`: every parameter but the tracking ones.
    pub params: Option<&'a str>,
}

impl PageRules<'_> {
    /// The scheme of the origin `url` is on, or `None` for a site open to any origin; an
    /// error when the page is on none of the site's origins.
    fn home_scheme(&self, url: &url::Url) -> Result<Option<&'static str>, AppError> {
        if self.origins.split_whitespace().any(|o| o == "*") {
            return Ok(None);
        }
        // `url` drops default ports, so `http://news.example` and an `https://news.example`
        // origin compare equal here: the same page, under the origin's scheme.
        let home = self
            .origins
            .split_whitespace()
            .chain([self.own])
            .filter_map(|o| url::Url::parse(o).ok())
            .find(|o| o.host_str() == url.host_str() && o.port() == url.port());
        match home {
            Some(origin) if origin.scheme() == "https" => Ok(Some("https")),
            Some(_) => Ok(Some("http")),
            None => Err(AppError::invalid(
                "url",
                "is not on one of this site's origins: comments belong to the site's own pages",
            )),
        }
    }

    fn keeps(&self, key: &str) -> bool {
        self.params
            .is_none_or(|params| params.split_whitespace().any(|p| p == key))
    }
}

/// Query parameters that say how a reader arrived, not which page they read.
fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid"
                | "gclid"
                | "dclid"
                | "gbraid"
                | "wbraid"
                | "msclkid"
                | "yclid"
                | "igshid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "ref_src"
                | "s_cid"
        )
}

/// `%7E` is `~` and `%41` is `A` (unreserved characters need no escape); other escapes are
/// written in capitals (`%c3` is `%C3`), and a `%` that starts no escape is written `%25`
/// (else `/%3%30` would read `/%30` once and `/0` the next time), so that one path has one
/// spelling.
fn normalize_escapes(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                let byte = (h * 16 + l) as u8;
                if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                    out.push(byte as char);
                } else {
                    out.push('%');
                    out.push_str(&format!("{byte:02X}"));
                }
                i += 3;
                continue;
            }
        }
        if bytes[i] == b'%' {
            out.push_str("%25");
        } else {
            out.push(bytes[i] as char);
        }
        i += 1;
    }
    out
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

    #[test]
    fn r17_one_article_one_address() {
        let rules = PageRules {
            origins: "https://news.example",
            own: "http://127.0.0.1:8080",
            params: None,
        };
        let one = "https://news.example/2026/11/election";
        for variant in [
            "https://news.example/2026/11/election",
            "https://news.example/2026/11/election/",
            "https://NEWS.example:443/2026/11/election",
            "http://news.example/2026/11/election",
            "https://news.example/2026/11/election?",
            "https://news.example/2026/11/election?utm_source=x&utm_medium=y",
            "https://news.example/2026/11/election?fbclid=abc",
            "https://news.example/2026/11/election?gclid=abc#comments",
            "https://news.example/2026/11/%65lection",
            "https://news.example/2026/11/election/?utm_campaign=z",
        ] {
            let got = PageUrl::canonical(variant, &rules).expect(variant);
            assert_eq!(got.as_str(), one, "{variant}");
        }
        let sorted = PageUrl::canonical("https://news.example/a?b=2&a=1&utm_x=3", &rules);
        assert_eq!(
            sorted.expect("ok").as_str(),
            "https://news.example/a?a=1&b=2"
        );
        assert_eq!(
            PageUrl::canonical("https://news.example/", &rules)
                .expect("root")
                .as_str(),
            "https://news.example/"
        );
        assert_eq!(
            PageUrl::canonical("https://news.example/caf%c3%a9", &rules)
                .expect("ok")
                .as_str(),
            "https://news.example/caf%C3%A9"
        );
        // A `%` that starts no escape is one: the address reads the same twice.
        let stray = PageUrl::canonical("https://news.example/%3%30", &rules).expect("ok");
        assert_eq!(stray.as_str(), "https://news.example/%2530");
        let again = PageUrl::canonical(stray.as_str(), &rules).expect("ok");
        assert_eq!(again.as_str(), stray.as_str());
        // Pages elsewhere are not this site's.
        assert!(PageUrl::canonical("https://evil.example/spam", &rules).is_err());
        assert!(PageUrl::canonical("https://news.example.evil.example/x", &rules).is_err());
        // The instance's own article pages belong to its publication.
        assert!(PageUrl::canonical("http://127.0.0.1:8080/articles/a", &rules).is_ok());
        // A site that names the parameters that matter keeps those only.
        let wordpress = PageRules {
            params: Some("p"),
            ..rules.clone()
        };
        assert_eq!(
            PageUrl::canonical("https://news.example/?p=123&replytocom=9", &wordpress)
                .expect("ok")
                .as_str(),
            "https://news.example/?p=123"
        );
        // A site open to any origin keeps the scheme it was given.
        let open = PageRules {
            origins: "*",
            ..rules
        };
        assert_eq!(
            PageUrl::canonical("http://blog.example/post/", &open)
                .expect("ok")
                .as_str(),
            "http://blog.example/post"
        );
    }
}
