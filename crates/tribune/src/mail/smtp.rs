//! SMTP submission: the relay named by `smtp_url` and the connections the worker keeps open
//! to it. lettre speaks SMTP over each of them; this module opens them and keeps them.
//!
//! Why not lettre's own pooled transport: it opens its sockets with Nagle's algorithm on, and
//! its connection writes a message's terminating `.` as a write of its own, which then waits
//! for the server's delayed acknowledgement (40 ms on Linux): each connection carried about
//! 23 mails a second however fast the relay (`docs/benchmarks.md`, "Mail delivery"). Here the
//! socket is opened with `TCP_NODELAY` and handed to lettre
//! (`AsyncSmtpConnection::connect_with_transport`), which then says EHLO, STARTTLS and AUTH.
//! Implicit TLS (`smtps://`) must encrypt before the greeting, which only lettre's own
//! connect does, so those connections keep Nagle on. lettre has merged the same fix
//! upstream; once it is released this module can go back to `AsyncSmtpTransport`.

use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::Message;

/// A connection left unused this long is closed rather than reused: relays drop idle clients
/// (RFC 5321 lets them after 5 minutes), and a dropped one would cost a mail a retry.
const IDLE: Duration = Duration::from_secs(30);

/// Why a mail did not go.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("cannot connect to {0}: {1}")]
    Connect(String, std::io::Error),
    #[error("the SMTP server did not answer within {0} s")]
    Timeout(u64),
}

impl SendError {
    /// The server refused the mail for good (5xx): no use trying again.
    pub fn is_permanent(&self) -> bool {
        matches!(self, SendError::Smtp(e) if e.is_permanent())
    }

    /// The connection failed rather than the server answering no (a 4xx or 5xx reply).
    fn is_connection(&self) -> bool {
        !matches!(self, SendError::Smtp(e) if e.is_permanent() || e.is_transient())
    }
}

/// The relay and the connections open to it.
pub struct Relay {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
    timeout: Duration,
    /// Connections between mails, with when each was last used.
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

impl Relay {
    /// The relay of an `smtp_url`, in lettre's URL form: `smtp://HOST[:PORT]` (plain, port 25),
    /// `smtp://HOST[:587]?tls=required|opportunistic` (STARTTLS), `smtps://HOST[:465]`
    /// (implicit TLS); `USER:PASSWORD@` authenticates, a path names this host in EHLO.
    pub fn from_url(url: &str, timeout: Duration) -> Result<Relay, String> {
        let parsed = url::Url::parse(url).map_err(|e| e.to_string())?;
        let host = parsed.host_str().ok_or("it names no host")?.to_owned();
        let tls_mode = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let parameters = || TlsParameters::new(host.clone()).map_err(|e| e.to_string());
        let (default_port, tls) = match (parsed.scheme(), tls_mode.as_deref()) {
            ("smtp", None) => (25, Tls::None),
            ("smtp", Some("required")) => (587, Tls::Required(parameters()?)),
            ("smtp", Some("opportunistic")) => (587, Tls::Opportunistic(parameters()?)),
            ("smtps", _) => (465, Tls::Wrapper(parameters()?)),
            (scheme, mode) => {
                return Err(format!(
                    "scheme {scheme:?} with tls={} is not one of smtp, smtp ?tls=required, smtp ?tls=opportunistic, smtps",
                    mode.unwrap_or("(none)")
                ))
            }
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|e| format!("the user or password is not UTF-8: {e}"))
        };
        let credentials = match parsed.password() {
            Some(password) => Some(Credentials::new(
                decode(parsed.username())?,
                decode(password)?,
            )),
            None => None,
        };
        let hello = match parsed.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        Ok(Relay {
            port: parsed.port().unwrap_or(default_port),
            host,
            tls,
            credentials,
            hello,
            timeout,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Sends `message` over a connection left open by an earlier mail, or a new one. When a
    /// reused connection fails (the relay may have closed it while it waited), the mail is
    /// sent once more over a new one.
    pub async fn send(&self, message: &Message) -> Result<(), SendError> {
        let bytes = message.formatted();
        if let Some(connection) = self.take_idle() {
            match self.send_over(connection, message, &bytes).await {
                Err(e) if e.is_connection() => {}
                done => return done,
            }
        }
        let connection = self.within(self.connect()).await??;
        self.send_over(connection, message, &bytes).await
    }

    async fn send_over(
        &self,
        mut connection: AsyncSmtpConnection,
        message: &Message,
        bytes: &[u8],
    ) -> Result<(), SendError> {
        self.within(connection.send(message.envelope(), bytes))
            .await??;
        self.idle
            .lock()
            .expect("the idle list is only pushed and popped")
            .push((connection, Instant::now()));
        Ok(())
    }

    /// The most recently used idle connection that is fresh enough; older ones are closed.
    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self
            .idle
            .lock()
            .expect("the idle list is only pushed and popped");
        idle.retain(|(_, since)| since.elapsed() < IDLE);
        idle.pop().map(|(connection, _)| connection)
    }

    async fn within<T>(&self, work: impl Future<Output = T>) -> Result<T, SendError> {
        tokio::time::timeout(self.timeout, work)
            .await
            .map_err(|_| SendError::Timeout(self.timeout.as_secs()))
    }

    /// A new connection: greeted, encrypted as the URL asks, and signed in.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let mut connection = match &self.tls {
            Tls::Wrapper(parameters) => {
                AsyncSmtpConnection::connect_tokio1(
                    (self.host.as_str(), self.port),
                    Some(self.timeout),
                    &self.hello,
                    Some(parameters.clone()),
                    None,
                )
                .await?
            }
            _ => {
                let cannot = |e| SendError::Connect(format!("{}:{}", self.host, self.port), e);
                let socket = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
                    .await
                    .map_err(cannot)?;
                socket.set_nodelay(true).map_err(cannot)?;
                AsyncSmtpConnection::connect_with_transport(Box::new(socket), &self.hello).await?
            }
        };
        match &self.tls {
            Tls::Required(parameters) => {
                connection.starttls(parameters.clone(), &self.hello).await?
            }
            Tls::Opportunistic(parameters) if connection.can_starttls() => {
                connection.starttls(parameters.clone(), &self.hello).await?
            }
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            connection.auth(DEFAULT_MECHANISMS, credentials).await?;
        }
        Ok(connection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_forms_of_lettre_are_read() {
        let t = Duration::from_secs(5);
        let plain = Relay::from_url("smtp://127.0.0.1:2525", t).expect("plain SMTP");
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.tls, Tls::None) && plain.credentials.is_none());
        let submission =
            Relay::from_url("smtp://ann:p%40ss@mail.example?tls=required", t).expect("STARTTLS");
        assert_eq!(submission.port, 587);
        assert!(matches!(submission.tls, Tls::Required(_)));
        assert_eq!(
            submission.credentials,
            Some(Credentials::new("ann".into(), "p@ss".into()))
        );
        let implicit =
            Relay::from_url("smtps://mail.example/news.example", t).expect("implicit TLS");
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.tls, Tls::Wrapper(_)));
        assert!(matches!(&implicit.hello, ClientId::Domain(d) if d == "news.example"));
        for bad in [
            "http://mail.example",
            "smtp://mail.example?tls=sometimes",
            "not a url",
        ] {
            assert!(Relay::from_url(bad, t).is_err(), "{bad}");
        }
    }

    /// A relay that takes one mail per connection and then hangs up, as a relay does with a
    /// client idle too long: the mail sent over the dead connection goes over a new one.
    #[tokio::test]
    async fn a_connection_the_relay_closed_is_replaced_without_losing_the_mail() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let url = format!("smtp://{}", listener.local_addr().expect("its address"));
        let (connections, taken) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let (c, t) = (connections.clone(), taken.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                c.fetch_add(1, Ordering::SeqCst);
                let (read, mut write) = socket.into_split();
                let mut read = BufReader::new(read);
                let mut line = String::new();
                let _ = write.write_all(b"220 test\r\n").await;
                let mut in_data = false;
                while read.read_line(&mut line).await.unwrap_or(0) > 0 {
                    let reply: &[u8] = match (in_data, line.as_str()) {
                        (true, ".\r\n") => {
                            t.fetch_add(1, Ordering::SeqCst);
                            let _ = write.write_all(b"250 taken\r\n").await;
                            break; // and hang up
                        }
                        (true, _) => b"",
                        (false, l) if l.starts_with("DATA") => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(reply).await;
                    line.clear();
                }
            }
        });
        let relay = Relay::from_url(&url, Duration::from_secs(5)).expect("a plain relay");
        let message = Message::builder()
            .from("Desk <desk@news.example>".parse().expect("an address"))
            .to("ann@news.example".parse().expect("an address"))
            .subject("A reply")
            .body("Bob answered you.".to_owned())
            .expect("a message");
        for _ in 0..3 {
            relay.send(&message).await.expect("the mail goes");
        }
        assert_eq!(taken.load(Ordering::SeqCst), 3);
        assert_eq!(connections.load(Ordering::SeqCst), 3);
    }
}
