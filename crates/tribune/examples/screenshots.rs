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
        ..Config::default()
    };
    tribune::demo::configure(&mut config);
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    tribune::demo::ensure(app.state()).await?;
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
    println!("screenshots written to {}", out.display());
    Ok(())
}
