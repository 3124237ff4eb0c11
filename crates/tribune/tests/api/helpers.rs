//! `spawn_app`: the real application on a random loopback port with a fresh database of its
//! own (a temporary SQLite file, or a new PostgreSQL database on the server named by
//! `TEST_POSTGRES_URL`), and a client that speaks HTTP to it.

use std::net::SocketAddr;

use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};
use tribune::app::Application;
use tribune::config::Config;
use tribune::db::Db;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The admin URL of the test PostgreSQL server, if the test command started one.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Where a test's database lives; dropping the handle that owns it removes it (a SQLite folder,
/// or a PostgreSQL database: a full run creates a few hundred, which would fill a small disk).
pub struct Storage {
    pub url: String,
    _owned: Option<Owned>,
}

enum Owned {
    Folder { _dir: tempfile::TempDir },
    Postgres { _database: PostgresDatabase },
}

impl Storage {
    /// Another handle on the same database (a second instance), which does not own it.
    pub fn shared(&self) -> Storage {
        Storage {
            url: self.url.clone(),
            _owned: None,
        }
    }
}

/// A database created on the test PostgreSQL server, dropped with this value.
struct PostgresDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        // Drop runs inside the test's runtime, which cannot block on a future: a thread of
        // its own does. FORCE ends the connections the test's servers still hold.
        let admin_url = self.admin_url.clone();
        let statement = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                let mut conn =
                    <sqlx::AnyConnection as sqlx::Connection>::connect(&admin_url).await?;
                sqlx::query(&statement).execute(&mut conn).await.map(drop)
            })
        })
        .join();
        if let Ok(Err(e)) = dropped {
            eprintln!("could not drop test database {}: {e}", self.name);
        }
    }
}

/// A fresh, empty database for one test.
pub async fn fresh_storage(engine: Engine) -> Storage {
    match engine {
        Engine::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            Storage {
                url: format!("sqlite://{}", dir.path().join("tribune.db").display()),
                _owned: Some(Owned::Folder { _dir: dir }),
            }
        }
        Engine::Postgres => {
            let admin =
                postgres_admin_url().expect("TEST_POSTGRES_URL must be set for PostgreSQL tests");
            sqlx::any::install_default_drivers();
            let name = format!(
                "tribune_test_{}",
                tribune::auth::random_token()
                    .to_lowercase()
                    .replace(['-', '_'], "")[..20]
                    .to_owned()
            );
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                .await
                .expect("connect to test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .expect("create test database");
            let base = admin
                .rsplit_once('/')
                .map_or(admin.as_str(), |(b, _)| b)
                .to_owned();
            Storage {
                url: format!("{base}/{name}"),
                _owned: Some(Owned::Postgres {
                    _database: PostgresDatabase {
                        admin_url: admin,
                        name,
                    },
                }),
            }
        }
    }
}

pub struct TestApp {
    pub addr: SocketAddr,
    /// The address serving `/metrics` alone, when the test configured one.
    pub metrics: Option<SocketAddr>,
    pub client: reqwest::Client,
    pub db: Db,
    pub storage: Storage,
}

pub fn test_config(database_url: &str) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().expect("addr"),
        database_url: Some(database_url.to_owned()),
        rate_limit: tribune::config::RateLimitConfig {
            per_ip_per_minute: 0,
            per_reader_per_minute: 0,
            preview_per_ip_per_minute: 0,
        },
        ..Config::default()
    }
}

pub async fn spawn_app(engine: Engine) -> TestApp {
    spawn_app_with(engine, |_| {}).await
}

/// Spawns the app with a changed configuration, plus the `news` site (anonymous comments on,
/// SSO secret `sso-secret`, origin `https://news.example`).
pub async fn spawn_app_with(engine: Engine, change: impl FnOnce(&mut Config)) -> TestApp {
    let storage = fresh_storage(engine).await;
    spawn_on(storage, change).await
}

pub async fn spawn_on(storage: Storage, change: impl FnOnce(&mut Config)) -> TestApp {
    let mut config = test_config(&storage.url);
    change(&mut config);
    let app = Application::build(config).await.expect("app builds");
    let addr = app.local_addr();
    let metrics = app.metrics_addr();
    let db = app.state().db.clone();
    tribune::sites::store::upsert_site(
        &db,
        "news",
        "The News",
        "https://news.example",
        true,
        Some("sso-secret"),
        None,
    )
    .await
    .expect("site");
    tokio::spawn(app.run_until_stopped());
    TestApp {
        addr,
        metrics,
        client: reqwest::Client::new(),
        db,
        storage,
    }
}

pub const PAGE: &str = "https://news.example/2026/11/election";

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// GETs `path` as the reader with `token`; the answer must be a success with a JSON body.
    pub async fn get_json(&self, path: &str, token: &str) -> Value {
        ok_json(
            self.client
                .get(self.url(path))
                .bearer_auth(token)
                .send()
                .await
                .expect("request"),
        )
        .await
    }

    pub async fn post_json(&self, path: &str, body: &Value, token: Option<&str>) -> Response {
        let mut req = self.client.post(self.url(path)).json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.expect("request")
    }

    /// Posts a comment on [`PAGE`] of `news`.
    pub async fn post_comment(
        &self,
        body: &str,
        parent_id: Option<i64>,
        token: Option<&str>,
    ) -> Response {
        self.post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": PAGE, "parent_id": parent_id, "body": body, "author_name": "Reader"}),
            token,
        )
        .await
    }

    /// Posts a comment that must be accepted, and returns its JSON.
    pub async fn comment_ok(
        &self,
        body: &str,
        parent_id: Option<i64>,
        token: Option<&str>,
    ) -> Value {
        let response = self.post_comment(body, parent_id, token).await;
        assert_eq!(response.status(), StatusCode::CREATED, "posting {body:?}");
        response.json().await.expect("json")
    }

    pub async fn thread(&self, query: &str, token: Option<&str>) -> Value {
        let mut req = self.client.get(self.url(&format!(
            "/api/v1/threads?site=news&url={}{query}",
            urlencode(PAGE)
        )));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let response = req.send().await.expect("request");
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("json")
    }

    /// Signs in with a password and returns the bearer token.
    pub async fn login(&self, email: &str, password: &str) -> String {
        let response = self
            .post_json(
                "/api/v1/auth/login",
                &json!({"email": email, "password": password}),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {email}");
        let body: Value = response.json().await.expect("json");
        body["token"].as_str().expect("token").to_owned()
    }

    /// Signs up a reader and returns their bearer token.
    /// `GET /api/v1/me` for a signed-in reader.
    pub async fn me(&self, token: &str) -> Value {
        let response = self
            .client
            .get(self.url("/api/v1/me"))
            .bearer_auth(token)
            .send()
            .await
            .expect("me");
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("json")
    }

    /// The actions in the `news` moderation log, newest first, as a moderator with `token`
    /// reads them.
    pub async fn log_actions(&self, token: &str) -> (Vec<String>, Value) {
        let log = self.get_json("/api/v1/mod/log?site=news", token).await;
        let actions = log["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["action"].as_str().map(str::to_owned))
            .collect();
        (actions, log)
    }

    /// Signs up a reader and gives them a role on the test site; returns (token, reader id).
    /// A staff member of `news` with `role` who uses the moderation pages: their session
    /// token (the cookie's value) and its CSRF token, for forms.
    pub async fn page_staff(&self, email: &str, role: &str) -> (String, String) {
        let signed_up: Value = self
            .post_json(
                "/api/v1/auth/signup",
                &json!({"email": email, "password": "correct horse battery"}),
                None,
            )
            .await
            .json()
            .await
            .expect("json");
        let token = signed_up["token"].as_str().expect("token").to_owned();
        let id = self.me(&token).await["id"].as_i64().expect("id");
        tribune::auth::store::set_role(&self.db, "news", id, role.parse().expect("a role"))
            .await
            .expect("role");
        let csrf = signed_up["csrf_token"].as_str().expect("csrf").to_owned();
        (token, csrf)
    }

    pub async fn staff(&self, email: &str, role: &str) -> (String, i64) {
        let token = self.signup(email).await;
        let id = self.me(&token).await["id"].as_i64().expect("id");
        tribune::auth::store::set_role(&self.db, "news", id, role.parse().expect("a role"))
            .await
            .expect("role");
        (token, id)
    }

    /// Sends `body` as JSON with `method` to `path` as the reader with `token`.
    pub async fn send(&self, method: Method, path: &str, body: &Value, token: &str) -> Response {
        self.client
            .request(method, self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// `/metrics` on the main address, with the `metrics_token` the test configured.
    pub async fn scrape(&self, token: &str) -> String {
        let response = self
            .client
            .get(self.url("/metrics"))
            .bearer_auth(token)
            .send()
            .await
            .expect("metrics");
        assert_eq!(response.status(), StatusCode::OK);
        response.text().await.expect("text")
    }

    /// A moderator's `action` (approve, refuse, delete, restore) on comment `id`.
    pub async fn moderate(&self, token: &str, id: i64, action: &str, reason: &str) -> Response {
        self.send(
            Method::POST,
            &format!("/api/v1/mod/comments/{id}/{action}"),
            &json!({"reason": reason}),
            token,
        )
        .await
    }

    /// Places a ban (the body of `POST /api/v1/mod/bans`), which must succeed; returns it.
    pub async fn ban(&self, token: &str, body: Value) -> Value {
        let response = self
            .send(Method::POST, "/api/v1/mod/bans", &body, token)
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.expect("json")
    }

    /// An anonymous comment on [`PAGE`] from `ip`, as a trusted proxy on loopback forwards it.
    pub async fn post_from(&self, ip: &str, body: &str) -> Response {
        self.client
            .post(self.url("/api/v1/comments"))
            .header("x-forwarded-for", ip)
            .json(&json!({"site": "news", "url": PAGE, "body": body, "author_name": "Reader"}))
            .send()
            .await
            .expect("post")
    }

    pub async fn signup(&self, email: &str) -> String {
        let response = self
            .post_json("/api/v1/auth/signup", &json!({"email": email, "password": "correct horse battery", "name": email.split('@').next()}), None)
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "sign-up of {email}");
        let body: Value = response.json().await.expect("json");
        body["token"].as_str().expect("token").to_owned()
    }
}

/// The ids of a thread's comments, in the order shown.
pub fn comment_ids(thread: &Value) -> Vec<i64> {
    thread["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter_map(|c| c["id"].as_i64())
        .collect()
}

/// The JSON body of a response that must be a success (the status and body are shown if not).
pub async fn ok_json(response: Response) -> Value {
    let status = response.status();
    let body: Value = response.json().await.expect("json");
    assert!(status.is_success(), "{status}: {body}");
    body
}

pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Asserts the API's error shape and code, and returns the message.
pub async fn assert_error(response: Response, status: StatusCode, code: &str) -> Value {
    assert_eq!(response.status(), status);
    let body: Value = response.json().await.expect("errors are JSON");
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body
}

/// Whether the PostgreSQL tests can run (`TEST_POSTGRES_URL` is set). Outside CI they are
/// skipped with a word when it is not; CI must run them.
pub fn postgres_available() -> bool {
    if postgres_admin_url().is_some() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must run the PostgreSQL tests: set TEST_POSTGRES_URL"
    );
    eprintln!(
        "TEST_POSTGRES_URL is not set: run the suite with scripts/test.sh to include PostgreSQL"
    );
    false
}

/// Runs an async test body on SQLite and on PostgreSQL: `both_engines!(name, ...)` makes
/// `name::sqlite` and `name::postgres` from `async fn name(engine: Engine)`.
#[macro_export]
macro_rules! both_engines {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::helpers::Engine::Sqlite).await;
            }

            #[tokio::test]
            async fn postgres() {
                if $crate::helpers::postgres_available() {
                    super::$name($crate::helpers::Engine::Postgres).await;
                }
            }
        }
    )*};
}
