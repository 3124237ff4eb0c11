//! Renders the screenshots in `docs/screenshots/`: the demo publication's article page and
//! the widget, light and dark, desktop and phone width, in headless Chromium.
//!
//! cargo run -p tribune --example screenshots [-- OUT_DIR]

#[allow(dead_code)]
#[path = "../tests/api/browser.rs"]
mod browser;

use std::path::PathBuf;

use serde_json::json;
use thirtyfour::extensions::cdp::ChromeDevTools;
use thirtyfour::prelude::*;
use tribune::app::Application;
use tribune::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "docs/screenshots".into()),
    );
    std::fs::create_dir_all(&out)?;
    let data = tempfile::tempdir()?;
    let mut config = Config {
        listen: "127.0.0.1:0".parse()?,
        data_dir: data.path().to_owned(),
        // The demo's articles and threads are filed under this address, as on a default
        // `tribune serve --demo`; the screenshots post to them by it.
        public_url: Some("http://127.0.0.1:8080".into()),
        ..Config::default()
    };
    tribune::demo::configure(&mut config);
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    let login = tribune::demo::ensure(app.state()).await?;
    tokio::spawn(app.run_until_stopped());

    let Some(mut chrome) = browser::driver().await else {
        anyhow::bail!("install chromium and chromium-driver first");
    };
    let article = format!("http://{addr}/articles/middle-powers-new-rules");
    for (theme, dark) in [("light", false), ("dark", true)] {
        for (width, height, mobile) in [(1280, 2300, false), (390, 844, true)] {
            let browser = chrome.session().await;
            let devtools = ChromeDevTools::new(browser.handle.clone());
            devtools
                .execute_cdp_with_params(
                    "Emulation.setDeviceMetricsOverride",
                    json!({"width": width, "height": height, "deviceScaleFactor": if mobile { 2 } else { 1 }, "mobile": mobile}),
                )
                .await?;
            devtools
                .execute_cdp_with_params(
                    "Emulation.setEmulatedMedia",
                    json!({"features": [{"name": "prefers-color-scheme", "value": if dark { "dark" } else { "light" }}]}),
                )
                .await?;
            browser.goto(&article).await?;
            let root = browser::widget(&browser).await;
            browser::find_text(&root, ".tb-count", "comments").await;
            if mobile {
                // A phone: the top of the article, then the threads.
                browser
                    .screenshot(&out.join(format!("article-phone-{theme}.png")))
                    .await?;
                let thread = browser::find(&root, ".tb-list").await;
                thread.scroll_into_view().await?;
                browser
                    .screenshot(&out.join(format!("widget-phone-{theme}.png")))
                    .await?;
            } else {
                // The house rules at work in the composer. (Two refusals from this address
                // stay under the default strike threshold, so no suspension shows up.)
                let text = browser::find(&root, "#tb-text-new").await;
                text.send_keys("This f.u.c.k.i.n.g deal is a disgrace")
                    .await?;
                browser::find(&root, ".tb-compose-slot .tb-primary")
                    .await
                    .click()
                    .await?;
                browser::find(&root, ".tb-verdict").await;
                browser
                    .screenshot(&out.join(format!("article-desktop-{theme}.png")))
                    .await?;
                let comments = browser.find(By::Id("comments")).await?;
                comments
                    .screenshot(&out.join(format!("widget-{theme}.png")))
                    .await?;
            }
            browser.quit().await?;
        }
    }
    moderation_pages(&mut chrome, addr, &login, &out).await?;
    println!("screenshots written to {}", out.display());
    Ok(())
}

/// Readers misbehaving in the demo's threads, then the moderator's queue and log.
async fn moderation_pages(
    chrome: &mut browser::Driver,
    addr: std::net::SocketAddr,
    login: &tribune::demo::Credentials,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    let api = |path: &str| format!("http://{addr}{path}");
    let http = reqwest::Client::new();
    let article = "http://127.0.0.1:8080/articles/middle-powers-new-rules";
    let mut tokens = Vec::new();
    for name in ["hotspur", "gadfly", "fairwitness", "sockpuppet"] {
        let session: serde_json::Value = http
            .post(api("/api/v1/auth/signup"))
            .json(&json!({"email": format!("{name}@readers.example"), "password": "correct horse battery", "name": name}))
            .send()
            .await?
            .json()
            .await?;
        tokens.push(session["token"].as_str().unwrap_or_default().to_owned());
    }
    let post = |token: &str, body: &str, parent: Option<i64>| {
        http.post(api("/api/v1/comments"))
            .bearer_auth(token)
            .json(&json!({"site": "demo", "url": article, "body": body, "parent_id": parent}))
            .send()
    };
    post(
        &tokens[0],
        "What the f*ck were the negotiators thinking? This deal is a gift to the big exporters.",
        Some(1),
    )
    .await?;
    post(
        &tokens[1],
        "Only a f***ing fool would believe a port will get faster because of a treaty.",
        None,
    )
    .await?;
    // Two reports hold one of the demo's own comments for review.
    for token in &tokens[1..3] {
        http.post(api("/api/v1/comments/4/report"))
            .bearer_auth(token)
            .json(&json!({"reason": "Off topic and condescending"}))
            .send()
            .await?;
    }
    let moderator = http
        .post(api("/api/v1/auth/login"))
        .json(&json!({"email": login.email, "password": login.password}))
        .send()
        .await?
        .json::<serde_json::Value>()
        .await?["token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    http.put(api("/api/v1/mod/sites/demo/premod"))
        .bearer_auth(&moderator)
        .json(&json!({"all": false, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 2}))
        .send()
        .await?;
    http.post(api("/api/v1/comments/4/report"))
        .bearer_auth(&tokens[3])
        .json(&json!({"reason": "Rude to other readers"}))
        .send()
        .await?;

    // A small campaign: three fresh accounts pushing one talking point on two articles.
    let point = "The sanctions hurt ordinary families far more than the regime, and everyone in Brussels knows it.";
    for name in ["eastwind", "truthteller88", "concernedmom"] {
        let session: serde_json::Value = http
            .post(api("/api/v1/auth/signup"))
            .json(&json!({"email": format!("{name}@burner.example"), "password": "correct horse battery", "name": name}))
            .send()
            .await?
            .json()
            .await?;
        let token = session["token"].as_str().unwrap_or_default().to_owned();
        for (slug, tail) in [
            ("middle-powers-new-rules", "Wake up."),
            ("return-of-shuttle-diplomacy", "Share this!"),
        ] {
            http.post(api("/api/v1/comments"))
                .bearer_auth(&token)
                .json(&json!({"site": "demo", "url": format!("http://127.0.0.1:8080/articles/{slug}"), "body": format!("{point} {tail}")}))
                .send()
                .await?;
        }
    }

    let browser = chrome.session_sized(1280, 1500).await;
    browser.goto(api("/mod")).await?;
    browser
        .find(By::Id("email"))
        .await?
        .send_keys(&login.email)
        .await?;
    browser
        .find(By::Id("password"))
        .await?
        .send_keys(&login.password)
        .await?;
    browser
        .find(By::Css(".login button"))
        .await?
        .click()
        .await?;
    browser.query(By::Css(".queue .item")).first().await?;
    browser.screenshot(&out.join("mod-queue.png")).await?;
    // Work the queue with the keyboard (ban the first author, refuse, approve), then look at
    // the log.
    for (key, done) in [("b", "in force"), ("r", "rejected"), ("a", "visible")] {
        browser
            .query(By::Css(".queue .item.current"))
            .first()
            .await?;
        browser.active_element().await?.send_keys(key).await?;
        browser
            .query(By::Css(".notice"))
            .with_text(thirtyfour::stringmatch::StringMatch::new(done).partial())
            .first()
            .await?;
    }
    browser.goto(api("/mod/campaigns?site=demo")).await?;
    browser.screenshot(&out.join("mod-campaigns.png")).await?;
    browser.goto(api("/mod/log?site=demo")).await?;
    browser.screenshot(&out.join("mod-log.png")).await?;
    browser.quit().await?;
    Ok(())
}
