//! Headless Chromium for the widget tests: Debian's `chromium` driven through `chromedriver`
//! (WebDriver, with the `thirtyfour` client), and a host page served from another port so
//! the embed is a real cross-origin one.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use axum::response::Html;
use axum::routing::get;
use thirtyfour::prelude::*;

/// The first of `names` found on `PATH` (Debian and Ubuntu name the programs differently).
fn program(names: &[&str]) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A running chromedriver; each [`Driver::session`] is a separate browser with its own
/// profile (cookies, local storage).
pub struct Driver {
    process: Child,
    chromium: String,
    url: String,
    profiles: Vec<tempfile::TempDir>,
    sessions: Vec<String>,
}

impl Drop for Driver {
    /// Ends the browsers even when a test panicked before quitting them: chromedriver closes a
    /// browser when its session is deleted, but not when chromedriver itself is killed.
    fn drop(&mut self) {
        for session in &self.sessions {
            delete_session(&self.url, session);
        }
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// `DELETE /session/{id}` to chromedriver, from a plain thread: a `Drop` cannot await, and a
/// blocking client cannot run on the async runtime's thread. Already quit sessions answer an
/// error, which changes nothing.
fn delete_session(url: &str, session: &str) {
    let url = format!("{url}/session/{session}");
    let _ = std::thread::spawn(move || {
        reqwest::blocking::Client::new()
            .delete(url)
            .timeout(Duration::from_secs(20))
            .send()
    })
    .join();
}

/// Starts chromedriver, or returns `None` (with a note) where Chromium is not installed.
/// Under CI a missing browser fails the test: scripts/test.sh installs it.
pub async fn driver() -> Option<Driver> {
    let chromium = program(&["chromium", "chromium-browser"]);
    let chromedriver = program(&["chromedriver", "chromium.chromedriver"]);
    let (Some(chromium), Some(chromedriver)) = (chromium, chromedriver) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser tests: install chromium and chromium-driver (scripts/test.sh does)"
        );
        eprintln!("chromium or chromedriver missing: run the suite with scripts/test.sh to include the browser tests");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    // Killed and waited for by `Driver::drop`.
    #[allow(clippy::zombie_processes)]
    let process = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    // From here on, `Driver::drop` ends chromedriver whatever happens.
    let driver = Driver {
        process,
        chromium: chromium.display().to_string(),
        url: format!("http://127.0.0.1:{port}"),
        profiles: Vec::new(),
        sessions: Vec::new(),
    };
    let client = reqwest::Client::new();
    for _ in 0..100 {
        let status = client.get(format!("{}/status", driver.url)).send().await;
        if status.is_ok_and(|r| r.status().is_success()) {
            return Some(driver);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start on port {port}");
}

impl Driver {
    /// A new headless browser window (1280×900 unless `size` says otherwise).
    pub async fn session(&mut self) -> WebDriver {
        self.session_sized(1280, 900).await
    }

    pub async fn session_sized(&mut self, width: u32, height: u32) -> WebDriver {
        let profile = tempfile::tempdir().expect("profile dir");
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&self.chromium).expect("binary");
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            &format!("--window-size={width},{height}"),
            &format!("--user-data-dir={}", profile.path().display()),
        ] {
            caps.add_arg(arg).expect("arg");
        }
        self.profiles.push(profile);
        let driver = WebDriver::new(&self.url, caps)
            .await
            .expect("browser session");
        self.sessions.push(driver.handle.session_id().to_string());
        driver
    }
}

/// The shadow root the widget renders into.
pub async fn widget(driver: &WebDriver) -> WebElement {
    let host = driver
        .query(By::Id("tribune-comments"))
        .first()
        .await
        .expect("the widget's host element");
    // The shadow root appears when embed.js has run.
    for _ in 0..100 {
        if let Ok(root) = host.get_shadow_root().await {
            return root;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the widget never attached its shadow root");
}

/// Waits (up to 10 s) for an element under `root` matching `css` whose text contains `text`
/// (ignoring case: WebDriver reports text as rendered, after CSS `text-transform`).
pub async fn find_text(root: &WebElement, css: &str, text: &str) -> WebElement {
    for _ in 0..100 {
        if let Ok(found) = root.find_all(By::Css(css)).await {
            for el in found {
                if el
                    .text()
                    .await
                    .is_ok_and(|t| t.to_lowercase().contains(&text.to_lowercase()))
                {
                    return el;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no {css:?} containing {text:?} appeared");
}

/// Waits (up to 10 s) for an element under `root` matching `css`.
pub async fn find(root: &WebElement, css: &str) -> WebElement {
    for _ in 0..100 {
        if let Ok(el) = root.find(By::Css(css)).await {
            return el;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no {css:?} appeared");
}

/// Waits for an element under `root` and clicks it.
pub async fn click(root: &WebElement, css: &str) {
    find(root, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {css:?}: {e}"));
}

/// Signs in through the widget's form.
pub async fn widget_sign_in(root: &WebElement, email: &str, password: &str) {
    click(root, ".tb-signin").await;
    find(root, "#tb-email")
        .await
        .send_keys(email)
        .await
        .expect("type the email");
    find(root, "#tb-password")
        .await
        .send_keys(password)
        .await
        .expect("type the password");
    click(root, ".tb-signin-form .tb-primary").await;
}

/// Waits (up to 10 s) until `check` holds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting until {what}");
}

/// A publisher's site on its own port: `/story` embeds the widget for `page_url`, `/list`
/// links to pages with comment counts.
pub struct HostSite {
    pub addr: SocketAddr,
}

impl HostSite {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Serves the host pages; `script_attrs` are extra attributes of the embed script tag.
pub async fn host_site(tribune: SocketAddr, page_url: &str, script_attrs: &str) -> HostSite {
    let story = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>
<link rel="canonical" href="{page_url}">
<style>body {{ font-family: serif; color: red; }} button {{ background: lime !important; }}</style></head>
<body><h1>A story on the host site</h1><p>Host text.</p>
<script>window.TribuneStrings = {{ loadMore: "Show more comments" }};</script>
<div id="tribune-comments"></div>
<script src="http://{tribune}/embed.js" data-site="news" {script_attrs} async></script>
</body></html>"#
    );
    let list = format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>List</title></head><body>
<ul><li><a id="with" href="{page_url}" data-tribune-count>comments</a></li>
<li><a id="without" href="https://news.example/never-commented" data-tribune-count>comments</a></li></ul>
<script src="http://{tribune}/embed.js" data-site="news" async></script></body></html>"#
    );
    let app = axum::Router::new()
        .route("/story", get(move || async move { Html(story) }))
        .route("/list", get(move || async move { Html(list) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind host site");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    HostSite { addr }
}
