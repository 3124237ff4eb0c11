//! Stripe, the two ways Tribune speaks to it: verifying the signature of the webhooks it sends
//! (exactly as Stripe documents it), and creating Checkout and customer-portal sessions through
//! its HTTP API with `reqwest`. No card data ever reaches Tribune: readers pay on Stripe's pages.

use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// How old (or how far in the future) a signed webhook may be: Stripe's default, 5 minutes.
pub const TOLERANCE_SECS: i64 = 300;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignatureError {
    #[error("missing Stripe-Signature header")]
    Missing,
    #[error("the Stripe-Signature header has no timestamp or no v1 signature")]
    Malformed,
    #[error("the webhook's timestamp is more than 5 minutes from now (a replay?)")]
    Expired,
    #[error("no v1 signature matches a configured webhook secret")]
    Mismatch,
    #[error("no webhook secret is configured (stripe_webhook_secret)")]
    NoSecret,
}

/// Checks a `Stripe-Signature` header (`t=TIMESTAMP,v1=HEX[,v1=HEX...]`) over the raw body:
/// HMAC-SHA256 of `TIMESTAMP.BODY` with any of `secrets`, compared in constant time, with the
/// timestamp within [`TOLERANCE_SECS`] of `now`.
pub fn verify(
    header: Option<&str>,
    body: &[u8],
    secrets: &[&str],
    now: i64,
) -> Result<(), SignatureError> {
    if secrets.is_empty() {
        return Err(SignatureError::NoSecret);
    }
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", sig)) => signatures.extend(hex::decode(sig).ok()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if (now - timestamp).abs() > TOLERANCE_SECS {
        return Err(SignatureError::Expired);
    }
    for secret in secrets {
        let expected = sign(secret, timestamp, body);
        if signatures
            .iter()
            .any(|sig| bool::from(sig.as_slice().ct_eq(expected.as_slice())))
        {
            return Ok(());
        }
    }
    Err(SignatureError::Mismatch)
}

/// The v1 signature Stripe computes.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> Vec<u8> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// A `Stripe-Signature` header value for a body, as Stripe would send it (tests and the
/// set-up guide's local replay use it).
pub fn signature_header(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!(
        "t={timestamp},v1={}",
        hex::encode(sign(secret, timestamp, body))
    )
}

/// The few fields of Stripe's session objects Tribune reads back.
#[derive(Debug, Deserialize)]
pub struct SessionUrl {
    pub id: Option<String>,
    pub url: String,
}

#[derive(Debug, Deserialize)]
struct StripeError {
    error: StripeErrorBody,
}

#[derive(Debug, Deserialize)]
struct StripeErrorBody {
    message: String,
}

/// Stripe's HTTP API, the calls Tribune makes.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    secret_key: Option<String>,
}

impl Client {
    pub fn new(base: &str, secret_key: Option<String>) -> Client {
        Client {
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(20))
                .build()
                .unwrap_or_default(),
            base: base.trim_end_matches('/').to_owned(),
            secret_key,
        }
    }

    pub fn configured(&self) -> bool {
        self.secret_key.is_some()
    }

    /// POSTs a form to the API; Stripe's own error message when it refuses.
    async fn post(&self, path: &str, form: &[(String, String)]) -> anyhow::Result<SessionUrl> {
        let key = self
            .secret_key
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("stripe_secret_key is not configured"))?;
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(key)
            .form(form)
            .send()
            .await?;
        let status = response.status();
        let text = response.text().await?;
        if !status.is_success() {
            let message = serde_json::from_str::<StripeError>(&text)
                .map(|e| e.error.message)
                .unwrap_or(text);
            anyhow::bail!("Stripe answered {status}: {message}");
        }
        Ok(serde_json::from_str(&text)?)
    }

    /// A Checkout session for a subscription to `price`, carrying the reader and the site so
    /// that the webhooks can tell whose support it is.
    pub async fn checkout(&self, c: &Checkout<'_>) -> anyhow::Result<SessionUrl> {
        let reader = c.reader_id.to_string();
        let mut form: Vec<(String, String)> = vec![
            ("mode".into(), "subscription".into()),
            ("line_items[0][price]".into(), c.price.into()),
            ("line_items[0][quantity]".into(), "1".into()),
            ("client_reference_id".into(), reader.clone()),
            ("success_url".into(), c.success_url.into()),
            ("cancel_url".into(), c.cancel_url.into()),
            ("metadata[site]".into(), c.site.into()),
            ("metadata[reader_id]".into(), reader.clone()),
            ("subscription_data[metadata][site]".into(), c.site.into()),
            ("subscription_data[metadata][reader_id]".into(), reader),
        ];
        match c.customer {
            Some(customer) => form.push(("customer".into(), customer.into())),
            None => form.extend(c.email.map(|e| ("customer_email".to_owned(), e.to_owned()))),
        }
        self.post("/v1/checkout/sessions", &form).await
    }

    /// A customer-portal session, where a supporter cancels or changes their card.
    pub async fn portal(&self, customer: &str, return_url: &str) -> anyhow::Result<SessionUrl> {
        let form = vec![
            ("customer".to_owned(), customer.to_owned()),
            ("return_url".to_owned(), return_url.to_owned()),
        ];
        self.post("/v1/billing_portal/sessions", &form).await
    }
}

pub struct Checkout<'a> {
    pub price: &'a str,
    pub site: &'a str,
    pub reader_id: i64,
    pub email: Option<&'a str>,
    pub customer: Option<&'a str>,
    pub success_url: &'a str,
    pub cancel_url: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test";

    #[test]
    fn accepts_what_stripe_signs_and_nothing_else() {
        let body = br#"{"id":"evt_1"}"#;
        let now = 1_800_000_000;
        let header = signature_header(SECRET, now, body);
        assert_eq!(verify(Some(&header), body, &[SECRET], now), Ok(()));
        // Rotation: any configured secret; several v1 signatures.
        assert_eq!(
            verify(Some(&header), body, &["whsec_old", SECRET], now + 10),
            Ok(())
        );
        let two = format!(
            "t={now},v1={},v1={}",
            "00".repeat(32),
            hex::encode(sign(SECRET, now, body))
        );
        assert_eq!(verify(Some(&two), body, &[SECRET], now), Ok(()));
        // Tampered body, wrong secret, old timestamp, no header, garbage.
        assert_eq!(
            verify(Some(&header), br#"{"id":"evt_2"}"#, &[SECRET], now),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(Some(&header), body, &["whsec_other"], now),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(Some(&header), body, &[SECRET], now + 301),
            Err(SignatureError::Expired)
        );
        assert_eq!(
            verify(Some(&header), body, &[SECRET], now - 301),
            Err(SignatureError::Expired)
        );
        assert_eq!(
            verify(None, body, &[SECRET], now),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify(Some("v1=abc"), body, &[SECRET], now),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify(Some(&format!("t={now},v0=aa")), body, &[SECRET], now),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify(Some(&header), body, &[], now),
            Err(SignatureError::NoSecret)
        );
    }
}
