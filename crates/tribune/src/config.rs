//! One typed configuration, layered: built-in defaults < `tribune.toml` < `TRIBUNE_*`
//! environment variables < command-line flags. Every key and its default is documented in
//! `docs/configuration.md`; nested keys use a double underscore in the environment
//! (`TRIBUNE_RATE_LIMIT__PER_IP_PER_MINUTE=120`).
//!
//! A key the file does not know is an error (a typo there is the operator's own), but a
//! `TRIBUNE_*` variable that names no setting is only ignored and reported: Kubernetes gives
//! every pod `TRIBUNE_PORT=tcp://...`, `TRIBUNE_SERVICE_HOST` and more for a Service named
//! `tribune`, and a server that refused to start under them would never start (#17).

use std::borrow::Cow;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// `sqlite://PATH` (the default, under `data_dir`) or `postgres://...`.
    pub database_url: Option<String>,
    /// Where the embedded SQLite database lives when `database_url` is not set.
    pub data_dir: PathBuf,
    /// The public base URL of this instance (used in links and for cookie security). Unset:
    /// `http://` and the `listen` address (see [`Config::public_url`]).
    pub public_url: Option<String>,
    /// A house-rules TOML file; the editor's default rules when unset.
    pub policy_file: Option<PathBuf>,
    /// How long after posting an author may edit or delete a comment, in seconds.
    pub edit_window_secs: u64,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Largest comment, in characters (graphemes).
    pub max_comment_chars: usize,
    /// Memory for cached thread pages served to anonymous readers, in megabytes (0: off).
    pub thread_cache_mb: u64,
    /// How long a sign-in lasts, in days.
    pub session_days: u64,
    /// Hours of activity the campaign detector keeps per site (1 to 720): campaigns are
    /// found within this window, and the detector's memory is bounded by it.
    pub campaign_window_hours: u32,
    /// Seconds between two passes of the campaign detector over every site (0: only when a
    /// moderator looks). Each pass updates the `tribune_campaigns_open` gauge and logs new
    /// campaigns, so that alerts need no one watching the page.
    pub campaign_check_secs: u64,
    /// Mark cookies `Secure` (needs HTTPS). Defaults to true when `public_url` is https.
    pub cookie_secure: Option<bool>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (exact addresses).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// `pretty` for a terminal, `json` for log collectors.
    pub log_format: LogFormat,
    /// A second address that serves only `/metrics` (e.g. `127.0.0.1:9090`: reachable by
    /// Prometheus, not by readers). The main address then has no `/metrics`.
    pub metrics_listen: Option<SocketAddr>,
    /// The bearer token `/metrics` on the main address asks for. With neither this nor
    /// `metrics_listen`, `/metrics` is not served: it tells anyone the site's traffic.
    pub metrics_token: Option<String>,
    pub rate_limit: RateLimitConfig,
    pub connections: ConnectionConfig,
    pub publication: PublicationConfig,
    /// Stripe's secret API key (`sk_live_...`), for checkout and the customer portal.
    pub stripe_secret_key: Option<String>,
    /// Webhook signing secrets (`whsec_...`), comma-separated when rotating: a signature
    /// matching any of them is accepted.
    pub stripe_webhook_secret: Option<String>,
    pub billing: BillingConfig,
    pub webhooks: WebhooksConfig,
    /// Where mail is submitted: `smtp://HOST:PORT` (plain, for a relay on loopback),
    /// `smtp://USER:PASS@HOST:587?tls=required` (STARTTLS) or `smtps://USER:PASS@HOST` (TLS).
    /// Unset: Tribune sends no e-mail, and the features that need it say they are off.
    pub smtp_url: Option<String>,
    /// The sender of every mail, e.g. `The Daily <comments@daily.example>`.
    pub mail_from: Option<String>,
    pub mail: MailConfig,
    /// `TRIBUNE_*` environment variables that name no setting, ignored (`serve` warns).
    #[serde(skip)]
    pub ignored_env: Vec<String>,
}

/// How webhooks are delivered (`docs/webhooks.md`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhooksConfig {
    /// Seconds to wait before each new attempt at a message a receiver did not accept; after
    /// the last, the message is given up (about a day and a half in all, by default).
    pub retry_secs: Vec<u64>,
    /// Seconds a receiver has to answer.
    pub timeout_secs: u64,
    /// How often each instance looks for messages that are due, in milliseconds.
    pub poll_ms: u64,
    /// Milliseconds a site's moderation hook has to answer before the house rules' verdict
    /// stands: a comment's author waits this long at most.
    pub hook_timeout_ms: u64,
    /// Days the delivery log keeps settled messages (delivered or given up), checked hourly.
    pub keep_days: u32,
}

impl Default for WebhooksConfig {
    fn default() -> Self {
        WebhooksConfig {
            retry_secs: vec![5, 30, 120, 600, 1800, 3600, 7200, 18000, 36000, 72000],
            timeout_secs: 10,
            poll_ms: 1000,
            hook_timeout_ms: 2000,
            keep_days: 30,
        }
    }
}

/// How mail is batched and delivered (`docs/notifications.md`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// Replies (and followed threads' comments) wait this long after the first one before
    /// they are mailed, so that several make one mail.
    pub batch_secs: u64,
    /// At most this many notification mails to one address a day; what comes beyond waits
    /// for the next day's mail. Account mail is not counted.
    pub daily_cap: u32,
    /// Seconds before each new attempt at a mail the server did not take; after the last it is
    /// given up and shows as failed.
    pub retry_secs: Vec<u64>,
    /// How often each instance looks for mail that is due, in milliseconds.
    pub poll_ms: u64,
    /// Seconds an SMTP exchange may take.
    pub timeout_secs: u64,
    /// SMTP connections each instance keeps open, one mail at a time on each (1 to 256).
    /// Relays limit connections per client (often to 10 or 20).
    pub connections: u32,
    /// Mails a second each instance sends at most (0: as fast as the relay takes them).
    /// Relays throttle their clients, and a backlog sent at full speed takes the CPU the
    /// comment path needs (`docs/benchmarks.md`, "Mail delivery").
    pub per_second: u32,
    /// The digest moderators get until they choose: `off`, `immediate`, `hourly` or `daily`.
    pub moderator_digest: String,
    /// Days the queue keeps mail sent or given up.
    pub keep_days: u32,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            batch_secs: 300,
            daily_cap: 20,
            retry_secs: vec![30, 120, 600, 1800, 3600, 10800, 21600],
            poll_ms: 1000,
            timeout_secs: 30,
            connections: 8,
            per_second: 1000,
            moderator_digest: "daily".into(),
            keep_days: 30,
        }
    }
}

/// Supporter plans and how Stripe is reached.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BillingConfig {
    /// Stripe's API; tests point it at a local fake.
    pub stripe_api_base: String,
    /// Days a supporter keeps their status after a failed payment.
    pub grace_days: u32,
    pub plans: Vec<Plan>,
}

impl Default for BillingConfig {
    fn default() -> Self {
        BillingConfig {
            stripe_api_base: "https://api.stripe.com".into(),
            grace_days: 3,
            plans: Vec::new(),
        }
    }
}

/// A supporter plan of a site (`[[billing.plans]]`).
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub site: String,
    /// Short id used in the API, e.g. `monthly`.
    pub id: String,
    /// What readers see, e.g. "Monthly".
    pub name: String,
    /// Display price, e.g. "5.00".
    pub price: String,
    /// ISO currency, e.g. "EUR".
    pub currency: String,
    /// `month` or `year`.
    pub interval: String,
    /// The Stripe price id (`price_...`).
    pub stripe_price: String,
}

/// Tribune's own article pages (`tribune publish`): which site they belong to and the HTML of
/// their ad slots.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublicationConfig {
    /// The site whose articles `/` and `/articles/{slug}` show; unset: no article pages.
    pub site: Option<String>,
    /// Named ad slots: the publisher's ad code, shown to readers who are not supporters.
    /// `top` goes above an article, `inline` between the article and its comments, any other
    /// name after `inline`.
    pub ad_slots: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

/// Limits on writes (comments, votes, sign-ups), per client IP and per signed-in reader.
/// `0` turns a limit off.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimitConfig {
    pub per_ip_per_minute: u32,
    pub per_reader_per_minute: u32,
    /// Markdown previews per client IP: more than writes (a reader previews as they type),
    /// but not unlimited (each one renders and sanitizes a body).
    pub preview_per_ip_per_minute: u32,
}

/// What one client may hold of the server (#17: one address opened 19,990 idle connections,
/// reached the open-file limit, and `/healthz` stopped answering).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConnectionConfig {
    /// Open connections at most; beyond, new ones get `503`. Also kept under the process's
    /// open-file limit (raised to its hard limit at start-up).
    pub max: usize,
    /// Open connections per client address.
    pub per_client: usize,
    /// Live comment feeds (server-sent events, long-lived) at most.
    pub max_live: usize,
    /// Seconds a client has to send a request's headers; also how long an idle kept-alive
    /// connection stays open.
    pub header_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    pub body_timeout_secs: u64,
}

impl Default for ConnectionConfig {
    fn default() -> Self {
        ConnectionConfig {
            max: 10_000,
            per_client: 256,
            max_live: 4_000,
            header_timeout_secs: 10,
            body_timeout_secs: 30,
        }
    }
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            per_ip_per_minute: 60,
            per_reader_per_minute: 20,
            preview_per_ip_per_minute: 120,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: None,
            data_dir: PathBuf::from("tribune-data"),
            public_url: None,
            policy_file: None,
            edit_window_secs: 15 * 60,
            max_body_bytes: 64 * 1024,
            max_comment_chars: 10_000,
            thread_cache_mb: 64,
            session_days: 30,
            campaign_window_hours: 24,
            campaign_check_secs: 60,
            cookie_secure: None,
            trusted_proxies: Vec::new(),
            log_format: LogFormat::Pretty,
            rate_limit: RateLimitConfig::default(),
            connections: ConnectionConfig::default(),
            publication: PublicationConfig::default(),
            stripe_secret_key: None,
            stripe_webhook_secret: None,
            metrics_listen: None,
            metrics_token: None,
            billing: BillingConfig::default(),
            webhooks: WebhooksConfig::default(),
            smtp_url: None,
            mail_from: None,
            mail: MailConfig::default(),
            ignored_env: Vec::new(),
        }
    }
}

impl Config {
    /// Loads the layers. `file` is the `--config` flag; without it `./tribune.toml` is read
    /// when present.
    pub fn load(file: Option<&Path>) -> Result<Config, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) => {
                if !path.exists() {
                    let missing = format!("config file {} does not exist", path.display());
                    return Err(Box::new(figment::Error::from(missing)));
                }
                figment = figment.merge(Toml::file(path));
            }
            None => figment = figment.merge(Toml::file("tribune.toml")),
        }
        let known = top_level_keys();
        let is_known = move |key: &str| {
            let first = key.split('.').next().unwrap_or_default();
            known.iter().any(|k| k.eq_ignore_ascii_case(first))
        };
        let env = Env::prefixed("TRIBUNE_").split("__");
        let ignored_env = env
            .iter()
            .filter(|(key, _)| !is_known(key.as_str()))
            .map(|(key, _)| format!("TRIBUNE_{}", key.as_str().replace('.', "__").to_uppercase()))
            .collect();
        let mut config: Config = figment
            .merge(env.filter(move |key| is_known(key.as_str())))
            .extract()
            .map_err(Box::new)?;
        config.ignored_env = ignored_env;
        config.ignored_env.sort();
        Ok(config)
    }

    /// The database URL in force: the configured one, or the SQLite file under `data_dir`.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("tribune.db").display()),
        }
    }

    pub fn cookie_secure(&self) -> bool {
        self.cookie_secure
            .unwrap_or_else(|| self.public_url().starts_with("https://"))
    }

    /// The public base URL, without a trailing slash: `public_url`, or else `http://` and the
    /// `listen` address, with an unspecified address (`0.0.0.0`, `[::]`) shown as loopback
    /// (#17: it used to be `http://127.0.0.1:8080` whatever `listen` said).
    pub fn public_url(&self) -> Cow<'_, str> {
        match &self.public_url {
            Some(url) => Cow::Borrowed(url.trim_end_matches('/')),
            None => Cow::Owned(format!("http://{}", shown(self.listen))),
        }
    }

    /// Why the public URL may be wrong for readers, if it may: plain http on an address
    /// other hosts reach (cookies travel in clear; links say http), or no `public_url` while
    /// listening on every interface (links then name loopback).
    pub fn public_url_warning(&self) -> Option<String> {
        let reachable = !self.listen.ip().is_loopback();
        if self.public_url.is_none() && self.listen.ip().is_unspecified() {
            return Some(format!(
                "public_url is not set and Tribune listens on {}: links and embed snippets say {}; set public_url to the address readers use",
                self.listen,
                self.public_url()
            ));
        }
        (reachable && !self.public_url().starts_with("https://")).then(|| {
            format!(
                "public_url {} is not https on a non-loopback address ({}): put Tribune behind a TLS proxy and set public_url to its https address",
                self.public_url(),
                self.listen
            )
        })
    }
}

/// An address as a URL host and port, with an unspecified address shown as loopback.
pub fn shown(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => {
            SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))
        }
        IpAddr::V6(v6) if v6.is_unspecified() => {
            SocketAddr::from((Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

/// The names of the top-level settings, as the environment spells them after `TRIBUNE_`.
fn top_level_keys() -> Vec<String> {
    match serde_json::to_value(Config::default()) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
// figment's `Jail` closures must return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn layers_override_in_order() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "tribune.toml",
                "listen = \"127.0.0.1:9100\"\nedit_window_secs = 60\n",
            )?;
            jail.set_env("TRIBUNE_LISTEN", "127.0.0.1:9000");
            jail.set_env("TRIBUNE_RATE_LIMIT__PER_IP_PER_MINUTE", "5");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.listen, "127.0.0.1:9000".parse().expect("addr"));
            assert_eq!(config.edit_window_secs, 60);
            assert_eq!(config.rate_limit.per_ip_per_minute, 5);
            Ok(())
        });
    }

    #[test]
    fn defaults_use_sqlite_under_the_data_dir() {
        let config = Config::default();
        assert_eq!(config.database_url(), "sqlite://tribune-data/tribune.db");
        assert!(!config.cookie_secure());
    }

    #[test]
    fn r17_public_url_follows_listen() {
        let on = |listen: &str| Config {
            listen: listen.parse().expect("addr"),
            ..Config::default()
        };
        assert_eq!(on("127.0.0.1:9000").public_url(), "http://127.0.0.1:9000");
        assert_eq!(on("[::1]:9000").public_url(), "http://[::1]:9000");
        assert_eq!(on("0.0.0.0:8080").public_url(), "http://127.0.0.1:8080");
        assert!(on("127.0.0.1:9000").public_url_warning().is_none());
        assert!(on("0.0.0.0:8080")
            .public_url_warning()
            .is_some_and(|w| w.contains("set public_url")));
        let proxied = Config {
            public_url: Some("https://comments.news.example/".into()),
            ..on("0.0.0.0:8080")
        };
        assert_eq!(proxied.public_url(), "https://comments.news.example");
        assert!(proxied.public_url_warning().is_none());
        let plain = Config {
            public_url: Some("http://comments.news.example".into()),
            ..on("10.1.2.3:8080")
        };
        assert!(plain
            .public_url_warning()
            .is_some_and(|w| w.contains("not https")));
    }

    #[test]
    fn r17_kubernetes_service_variables_are_ignored_and_reported() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TRIBUNE_PORT", "tcp://10.0.0.1:8080");
            jail.set_env("TRIBUNE_PORT_8080_TCP_PROTO", "tcp");
            jail.set_env("TRIBUNE_SERVICE_HOST", "10.0.0.1");
            jail.set_env("TRIBUNE_LISTEN", "127.0.0.1:9000");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.listen, "127.0.0.1:9000".parse().expect("addr"));
            assert_eq!(
                config.ignored_env,
                [
                    "TRIBUNE_PORT",
                    "TRIBUNE_PORT_8080_TCP_PROTO",
                    "TRIBUNE_SERVICE_HOST"
                ]
            );
            Ok(())
        });
    }

    #[test]
    fn a_bad_value_for_a_known_variable_is_still_an_error() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TRIBUNE_LISTEN", "not an address");
            let err = Config::load(None).expect_err("bad value must fail");
            assert!(err.to_string().contains("LISTEN"), "{err}");
            Ok(())
        });
        figment::Jail::expect_with(|jail| {
            jail.set_env("TRIBUNE_RATE_LIMIT__PER_IPP", "5");
            let err = Config::load(None).expect_err("a typo in a known section must fail");
            assert!(err.to_string().contains("per_ipp"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_errors() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("tribune.toml", "lisen = \"127.0.0.1:9100\"\n")?;
            let err = Config::load(None).expect_err("typo must fail");
            assert!(err.to_string().contains("lisen"), "{err}");
            Ok(())
        });
    }
}
