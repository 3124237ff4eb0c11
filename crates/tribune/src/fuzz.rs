//! Property tests over the parsers that take what strangers send (#17): the comment text and
//! its Markdown rendering, page addresses, and Stripe's webhooks. Each runs `PROPTEST_CASES`
//! random inputs (256 by default, in the test suite); for a longer hunt:
//!
//! ```sh
//! PROPTEST_CASES=200000 cargo test --release -p tribune --lib fuzz::
//! PROPTEST_CASES=200000 cargo test --release -p moderation --test properties
//! ```
//!
//! What must hold: nothing panics; rendered HTML carries no script, event handler, style,
//! image, frame or `javascript:` link whatever the input; offsets into a sent body stay on its
//! character boundaries, read as sent or as shown; a canonical page address is its own
//! canonical address.

use proptest::prelude::*;

use crate::comments::domain::CommentText;
use crate::comments::markdown;
use crate::sites::domain::{PageRules, PageUrl};

/// The shipped house rules, built once for every case.
static POLICY: std::sync::LazyLock<moderation::Policy> =
    std::sync::LazyLock::new(|| moderation::Policy::default_rules().expect("the shipped rules"));

/// Text built from the pieces that break renderers and sanitizers, in any order.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java\tscript:alert(1))",
        "![i](https://t.example/p.png)",
        "<style>*{}</style>",
        "<iframe src=//evil.example>",
        "<svg onload=alert(1)>",
        "<p style=\"x\" onclick=\"y\">",
        "[a](https://ok.example \"t\")",
        "`<b>`",
        "```\n<script>\n```",
        "> ",
        "- ",
        "1. ",
        "**",
        "~~",
        "&lt;",
        "&#x3C;script&#x3E;",
        "\n\n",
        "\u{200b}",
        "\u{202e}",
        "\r\n",
        "word ",
        "é",
        "👍🏽",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

/// What sanitized comment HTML may never contain, in lowercase.
const FORBIDDEN: &[&str] = &[
    "<script",
    "<img",
    "<style",
    "<iframe",
    "<svg",
    "javascript:",
    "onerror",
    "onload",
    "onclick",
    "style=",
];

proptest! {
    #[test]
    fn rendered_comments_never_carry_active_content(body in hostile_markdown()) {
        if let Ok(html) = markdown::render(&body) {
            // Inside tags: escaped text (`&lt;img onerror=...`) is only text.
            let tags: Vec<String> = html
                .split('<')
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(tag, _)| format!("<{}", tag.to_lowercase())))
                .collect();
            for tag in &tags {
                for bad in FORBIDDEN {
                    prop_assert!(!tag.contains(bad), "{bad} in {tag:?} from {body:?}");
                }
            }
        }
    }

    #[test]
    fn any_text_renders_or_is_refused_without_panic(body in "\\PC{0,400}") {
        let _ = markdown::render(&body);
        if let Ok(text) = CommentText::parse(&body, 10_000) {
            let _ = text.render();
        }
    }

    #[test]
    fn refusal_spans_map_back_onto_the_sent_body(
        body in "[a-z \\u{200b}\\u{feff}\\r\\n]{0,60}fuck[a-z \\u{200b}\\r\\n]{0,60}"
    ) {
        let Ok(text) = CommentText::parse(&body, 10_000) else { return Ok(()) };
        let verdict = POLICY.evaluate(text.as_str());
        let refused = crate::error::AppError::Refused {
            message: String::new(),
            verdict: Box::new(verdict),
        };
        if let crate::error::AppError::Refused { verdict, .. } = text.in_submitted(&body, refused) {
            for reason in &verdict.reasons {
                for [s, e] in &reason.spans {
                    prop_assert!(s <= e && *e <= body.len(), "{s}..{e} in {body:?}");
                    prop_assert!(body.is_char_boundary(*s) && body.is_char_boundary(*e));
                }
            }
        }
    }

    #[test]
    fn spans_of_a_body_read_as_shown_stay_on_the_body(
        before in "[a-zд *_`~\\[\\]()&#;0-9\n]{0,30}",
        word in prop::sample::select(vec![
            "f**u**ck", "f`u`ck", "f&#117;ck", "f[u](https://x.example)ck", "f~~x~~uck",
            "fu&shy;ck", "д&#x434;ура",
        ]),
        after in "[a-zд *_`~\\[\\]()&#;0-9\n]{0,30}",
    ) {
        let body = format!("{before}{word}{after}");
        let verdict = crate::comments::domain::verdict(&POLICY, None, &body);
        for reason in &verdict.reasons {
            for [s, e] in &reason.spans {
                prop_assert!(s <= e && *e <= body.len(), "{s}..{e} in {body:?}");
                prop_assert!(body.is_char_boundary(*s) && body.is_char_boundary(*e));
            }
        }
    }

    #[test]
    fn canonical_page_addresses_are_fixed_points(
        scheme in prop::sample::select(vec!["http", "https", "HTTPS"]),
        host in prop::sample::select(vec!["news.example", "NEWS.example", "news.example:443", "evil.example"]),
        path in "(/[a-zA-Z0-9%~._-]{0,6}){0,4}/?",
        query in prop::collection::vec(("[a-z_]{1,6}", "[a-z0-9%]{0,4}"), 0..4),
        params in prop::sample::select(vec![None, Some("p"), Some("p id")]),
    ) {
        let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let raw = format!("{scheme}://{host}{path}?{}#frag", query.join("&"));
        let rules = PageRules { origins: "https://news.example", own: "http://127.0.0.1:8080", params };
        if let Ok(url) = PageUrl::canonical(&raw, &rules) {
            let again = PageUrl::canonical(url.as_str(), &rules).expect("canonical parses");
            prop_assert_eq!(again.as_str(), url.as_str());
            prop_assert!(url.as_str().starts_with("https://news.example/"), "{}", url.as_str());
            prop_assert!(!url.as_str().contains('#') && !url.as_str().contains("utm_"));
        }
    }

    #[test]
    fn webhooks_never_panic(body in prop::collection::vec(any::<u8>(), 0..300), header in "\\PC{0,80}") {
        let _ = crate::billing::stripe::verify(Some(&header), &body, &["whsec_x"], 1_700_000_000);
        if let Ok(event) = crate::billing::events::Event::parse(&body) {
            let _ = crate::billing::events::effect(&event, 3);
        }
    }

    #[test]
    fn webhook_shaped_json_never_panics(
        kind in prop::sample::select(vec![
            "customer.subscription.created", "customer.subscription.updated",
            "customer.subscription.deleted", "checkout.session.completed",
            "invoice.paid", "invoice.payment_failed", "charge.refunded",
        ]),
        object in prop::sample::select(vec![
            "{}", "null", "[]", "{\"metadata\": 5}", "{\"metadata\": {\"reader_id\": \"x\"}}",
            "{\"status\": 7, \"current_period_end\": \"soon\"}",
            "{\"subscription_details\": {\"metadata\": {\"site\": 1}}}",
            "{\"lines\": {\"data\": [{\"period\": {\"end\": -1}}]}}",
            "{\"lines\": {\"data\": [{\"period\": {\"end\": 9223372036854775807}}]}}",
            "{\"status\": \"active\", \"current_period_end\": 9223372036854775807}",
            "{\"status\": \"past_due\", \"current_period_end\": -9223372036854775808}",
        ]),
        created in any::<i64>(),
    ) {
        let body = format!(
            "{{\"id\": \"evt_1\", \"type\": \"{kind}\", \"created\": {created}, \"data\": {{\"object\": {object}}}}}"
        );
        if let Ok(event) = crate::billing::events::Event::parse(body.as_bytes()) {
            let _ = crate::billing::events::effect(&event, 3);
        }
    }
}
