//! The mail worker under load, on loopback (#16): 100,000 notifications queued at once and
//! delivered by the server's own worker to a local SMTP server that takes and drops every
//! message (one in this process, or aiosmtpd's `Sink`: see `start_sink`), while eight
//! writers post comments. Prints the delivery throughput, and comment writes per second
//! while it drains against before it was filled and after it drained (the peer: the same
//! server without the backlog, in the same run).
//!
//! ```sh
//! cargo run --release -p tribune --example mail_bench             # SQLite
//! MAIL_BENCH_SINK=aiosmtpd MAIL_BENCH_PER_SECOND=0 cargo run ...    # other sink, settings
//! MAIL_BENCH_WINDOWS=10 cargo run ...                               # more windows
//! cargo run --release -p tribune --example mail_bench -- postgres://...   # an empty database
//! ```

#[path = "support/writers.rs"]
mod writers;

use std::time::{Duration, Instant};

use tribune::app::Application;
use tribune::config::Config;

const MESSAGES: usize = 100_000;
const WRITERS: usize = 8;
const WRITE_SECONDS: u64 = 8;
/// Writing windows before the backlog, while it drains (back to back from its start) and
/// after it, unless `MAIL_BENCH_WINDOWS` says how many: one window on two shared cores varies
/// by ten points. (Ten windows still end before 100,000 mails drain at 1,000 a second.)
const WINDOWS: usize = 4;

/// Writes/s over `windows` windows, their mean, each printed under `label`.
async fn windows<F, Fut>(label: &str, windows: usize, write: F) -> f64
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = f64>,
{
    let mut each = Vec::with_capacity(windows);
    for _ in 0..windows {
        each.push(write().await);
    }
    let shown: Vec<String> = each.iter().map(|w| format!("{w:.0}")).collect();
    println!("  writes/s {label}: {}", shown.join(" "));
    each.iter().sum::<f64>() / windows as f64
}

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

/// The SMTP server the mail goes to: `MAIL_BENCH_SMTP` if it names one, Debian's aiosmtpd
/// (`Sink`) with `MAIL_BENCH_SINK=aiosmtpd`, else the one in this process (`sink_session`).
async fn start_sink() -> anyhow::Result<(String, Sink)> {
    if let Ok(url) = std::env::var("MAIL_BENCH_SMTP") {
        return Ok((url, Sink(None)));
    }
    if std::env::var("MAIL_BENCH_SINK").as_deref() != Ok("aiosmtpd") {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("smtp://{}", listener.local_addr()?);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(sink_session(socket));
            }
        });
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

/// One client of the in-process sink: an SMTP server that takes every message and keeps
/// none. It stands in for a relay on another machine; aiosmtpd costs about as much CPU per
/// mail as the worker sending it, which on two shared cores lands on the comment writers.
async fn sink_session(socket: tokio::net::TcpStream) -> std::io::Result<()> {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    socket.set_nodelay(true)?;
    let (read, mut write) = socket.into_split();
    let mut read = BufReader::new(read);
    let mut line = Vec::new();
    write.write_all(b"220 sink ESMTP\r\n").await?;
    loop {
        line.clear();
        if read.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).map(|v| v.to_ascii_uppercase());
        let reply: &[u8] = match verb.as_deref() {
            Some(b"EHLO") => b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            Some(b"DATA") => {
                write.write_all(b"354 end with .\r\n").await?;
                loop {
                    line.clear();
                    if read.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" {
                        break;
                    }
                }
                b"250 taken\r\n"
            }
            Some(b"QUIT") => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => b"250 ok\r\n",
        };
        write.write_all(reply).await?;
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let database_url = writers::database_url(dir.path());
    let (smtp_url, _sink) = start_sink().await?;

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
    if let Ok(n) = std::env::var("MAIL_BENCH_PER_SECOND") {
        config.mail.per_second = n.parse()?;
    }
    let connections = config.mail.connections as usize;
    println!(
        "mail.connections = {connections}, mail.per_second = {}",
        config.mail.per_second
    );
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    let db = app.state().db.clone();
    tokio::spawn(app.run_until_stopped());
    tribune::sites::store::upsert_site(&db, "bench", "Bench", "*", true, None, None).await?;

    let client = reqwest::Client::new();
    let write = || writers::write(&client, addr, WRITERS, WRITE_SECONDS);
    let count = match std::env::var("MAIL_BENCH_WINDOWS") {
        Ok(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| anyhow::anyhow!("MAIL_BENCH_WINDOWS must be a positive number"))?,
        Err(_) => WINDOWS,
    };

    let before = windows("before the backlog", count, write).await;

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
    let unsubscribe_url = letter.unsubscribe.as_ref().map(|(_, u)| u.as_str());
    // The worker starts on the first thousand while the rest are queued.
    let started = Instant::now();
    for chunk in (0..MESSAGES).collect::<Vec<_>>().chunks(1_000) {
        let mut tx = db.writer.begin().await?;
        for i in chunk {
            let to = format!("reader{}@bench.example", i % 10_000);
            let mail = tribune::mail::store::Outgoing {
                site: Some("bench"),
                to: &to,
                kind: "reply",
                subject: &letter.subject,
                text: &text,
                html: &html,
                unsubscribe_url,
            };
            tribune::mail::store::enqueue(&mut tx, &mail).await?;
        }
        tx.commit().await?;
    }
    // What is left, counted on the queue's partial index (cheap: the bench polls it).
    let left = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(&db.pool)
        .await
        .map_or(usize::MAX, |n| n as usize)
    };
    let during = windows("while it drains", count, write).await;
    if left().await == 0 {
        println!("(the queue was empty before the last writing window ended)");
    }
    loop {
        let n = left().await;
        if n == 0 {
            break;
        }
        if started.elapsed() > Duration::from_secs(900) {
            anyhow::bail!("{n} of {MESSAGES} still queued after 15 minutes");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let drained = started.elapsed().as_secs_f64();
    let after = windows("after it drained", count, write).await;
    let peer_writes = (before + after) / 2.0;
    println!(
        "mail: {MESSAGES} queued notifications delivered over SMTP in {drained:.1} s: {:.0} mails/s",
        MESSAGES as f64 / drained
    );
    println!(
        "comment writes ({WRITERS} writers): {before:.0}/s before the backlog and {after:.0}/s after it, \
         {during:.0}/s while it drains ({:+.1}% against their mean)",
        (during / peer_writes - 1.0) * 100.0
    );
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
