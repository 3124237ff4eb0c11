//! The mail worker under load, on loopback (#16): 100,000 notifications queued at once and
//! delivered by the server's own worker to a local SMTP server that takes and drops every
//! message (aiosmtpd's `Sink`, started here unless `MAIL_BENCH_SMTP` names one), while eight
//! writers post comments. Prints the delivery throughput, and comment writes per second
//! before the queue was filled and while it drains (the peer: the same server without the
//! backlog, in the same run).
//!
//! ```sh
//! cargo run --release -p tribune --example mail_bench             # SQLite
//! cargo run --release -p tribune --example mail_bench -- postgres://...   # an empty database
//! ```

#[path = "support/writers.rs"]
mod writers;

use std::time::{Duration, Instant};

use tribune::app::Application;
use tribune::config::Config;
use tribune::db::{now_ms, value_rows};

const MESSAGES: usize = 100_000;
const WRITERS: usize = 8;
const WRITE_SECONDS: u64 = 8;

/// Stops the SMTP server this run started.
struct Sink(Option<std::process::Child>);

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn start_sink() -> anyhow::Result<(String, Sink)> {
    if let Ok(url) = std::env::var("MAIL_BENCH_SMTP") {
        return Ok((url, Sink(None)));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let child = std::process::Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
        .args(["-c", "aiosmtpd.handlers.Sink"])
        .spawn()
        .map_err(|e| {
            anyhow::anyhow!("cannot start aiosmtpd (apt-get install python3-aiosmtpd): {e}")
        })?;
    let sink = Sink(Some(child));
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok((format!("smtp://127.0.0.1:{port}"), sink));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    anyhow::bail!("aiosmtpd did not listen on 127.0.0.1:{port}")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let database_url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let (smtp_url, _sink) = start_sink()?;

    let mut config = Config {
        listen: "127.0.0.1:0".parse()?,
        database_url: Some(database_url),
        smtp_url: Some(smtp_url.clone()),
        mail_from: Some("Bench <bench@bench.example>".into()),
        ..Config::default()
    };
    config.rate_limit.per_ip_per_minute = 0;
    config.rate_limit.per_reader_per_minute = 0;
    config.mail.poll_ms = 100;
    if let Ok(n) = std::env::var("MAIL_BENCH_CONNECTIONS") {
        config.mail.connections = n.parse()?;
    }
    let connections = config.mail.connections as usize;
    println!("mail.connections = {connections}");
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    let db = app.state().db.clone();
    tokio::spawn(app.run_until_stopped());
    tribune::sites::store::upsert_site(&db, "bench", "Bench", "*", true, None, None).await?;

    let client = reqwest::Client::new();
    let write = |seconds: u64| writers::write(&client, addr, WRITERS, seconds);

    let before = write(WRITE_SECONDS).await;

    // The backlog: 100,000 reply notifications due now, to 10,000 readers, each a real
    // multipart mail with an unsubscribe header, as the batcher writes them.
    let letter = tribune::mail::compose::Letter {
        language: "en".into(),
        subject: "2 new replies on Bench".into(),
        paragraphs: vec!["Readers of Bench answered you:".into()],
        quotes: vec![tribune::mail::compose::Quote {
            heading: "Ann wrote on “The budget”:".into(),
            excerpt: "The council should publish the budget today, and the minutes too.".into(),
            link_label: "Read and reply".into(),
            link: "https://bench.example/1#comment-1".into(),
        }],
        unsubscribe: Some((
            "Stop these e-mails".into(),
            "http://127.0.0.1/mail/unsubscribe?t=x&k=replies".into(),
        )),
        ..Default::default()
    };
    let (text, html) = (letter.text(), letter.html());
    let now = now_ms();
    for chunk in (0..MESSAGES).collect::<Vec<_>>().chunks(500) {
        let sql = format!(
            "INSERT INTO mail_outbox (site_id, recipient, kind, subject, text_body, html_body,
                 unsubscribe_url, next_attempt_at, created_at) VALUES {}",
            value_rows(db.engine, chunk.len(), 9)
        );
        let mut insert = sqlx::query(&sql);
        for i in chunk {
            insert = insert
                .bind("bench")
                .bind(format!("reader{}@bench.example", i % 10_000))
                .bind("reply")
                .bind(&letter.subject)
                .bind(&text)
                .bind(&html)
                .bind(letter.unsubscribe.as_ref().map(|(_, u)| u.clone()))
                .bind(now)
                .bind(now);
        }
        insert.execute(&db.writer).await?;
    }
    let started = Instant::now();
    let during = write(WRITE_SECONDS).await;
    let sent = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL")
            .fetch_one(&db.pool)
            .await
            .unwrap_or(0) as usize
    };
    loop {
        let n = sent().await;
        if n >= MESSAGES {
            break;
        }
        if started.elapsed() > Duration::from_secs(900) {
            anyhow::bail!("only {n} of {MESSAGES} delivered in 15 minutes");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let drained = started.elapsed().as_secs_f64();
    println!(
        "mail: {MESSAGES} queued notifications delivered over SMTP in {drained:.1} s: {:.0} mails/s",
        MESSAGES as f64 / drained
    );
    println!("comment writes ({WRITERS} writers): {before:.0}/s before the backlog, {during:.0}/s while it drains ({:+.1}%)", (during / before - 1.0) * 100.0);
    let peer = smtplib_rate(&smtp_url, connections, &text)?;
    println!(
        "peer: Python's smtplib, {connections} connections, the same mail to the same server: {peer:.0} mails/s (Tribune's worker: {:.2}x)",
        MESSAGES as f64 / drained / peer
    );
    Ok(())
}

/// Mails a second Python's `smtplib` sends to `url` over `connections` connections, each
/// sending 500 copies of a mail with `body`: what the SMTP server itself allows.
fn smtplib_rate(url: &str, connections: usize, body: &str) -> anyhow::Result<f64> {
    let port = url.rsplit(':').next().unwrap_or("25");
    let script = r#"
import smtplib, sys, threading, time
port, n, body = int(sys.argv[1]), int(sys.argv[2]), sys.stdin.read()
msg = ("From: bench@bench.example\r\nTo: reader@bench.example\r\nSubject: 2 new replies\r\n"
       "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")
def run():
    s = smtplib.SMTP("127.0.0.1", port)
    for _ in range(500):
        s.sendmail("bench@bench.example", ["reader@bench.example"], msg)
    s.quit()
threads = [threading.Thread(target=run) for _ in range(n)]
t0 = time.time()
[t.start() for t in threads]
[t.join() for t in threads]
print(500 * n / (time.time() - t0))
"#;
    let mut child = std::process::Command::new("/usr/bin/python3")
        .args(["-c", script, port, &connections.to_string()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin.write_all(body.as_bytes())?;
    }
    let out = child.wait_with_output()?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().parse()?)
}
