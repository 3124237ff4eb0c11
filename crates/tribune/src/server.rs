//! The accept loop: what a client may hold of the server before the router sees a request
//! (#17: one address opened 19,990 idle connections, reached the open-file limit, and
//! `/healthz` stopped answering).
//!
//! `axum::serve` has no limits, so connections are served here with hyper directly: headers
//! must arrive within `connections.header_timeout_secs` (which also closes idle kept-alive
//! connections), at most `connections.max` connections are open at once and
//! `connections.per_client` per client address, and a connection beyond either gets one `503`
//! and is closed. The open-file soft limit is raised to the hard limit at start-up, and the
//! connection cap kept under it. Bodies have their own timeout (a layer in `app.rs`), and the
//! live feeds their own cap (`comments::live`).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::Layer;

use crate::config::ConnectionConfig;

/// File descriptors kept back from connections: the database pool, logs, the SQLite files.
const RESERVED_FDS: u64 = 256;

/// Raises the open-file soft limit to the hard limit where the system allows it, and returns
/// how many connections fit under it.
pub fn connection_budget(wanted: usize) -> usize {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => {
            let fit = limit.saturating_sub(RESERVED_FDS).max(1);
            let budget = wanted.min(usize::try_from(fit).unwrap_or(usize::MAX));
            if budget < wanted {
                tracing::warn!(
                    open_files = limit,
                    connections = budget,
                    "the open-file limit holds fewer connections than connections.max"
                );
            }
            budget
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the open-file limit");
            wanted
        }
    }
}

/// Who holds how many connections.
#[derive(Clone, Default)]
struct Clients(Arc<Mutex<HashMap<IpAddr, usize>>>);

/// One connection of a client, given back when dropped.
struct Held {
    clients: Clients,
    ip: IpAddr,
}

impl Clients {
    fn hold(&self, ip: IpAddr, per_client: usize) -> Option<Held> {
        let mut open = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(ip).or_default();
        if *n >= per_client {
            return None;
        }
        *n += 1;
        Some(Held {
            clients: self.clone(),
            ip,
        })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut open = self.clients.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// The one answer of a connection over the limits.
fn busy() -> Response {
    let mut response = (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({"error": {"code": "busy", "message": "too many open connections: try again shortly"}})),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// Serves `router` on `listener` within `limits` until `shutdown` resolves, then lets the
/// requests in flight finish (for up to 30 seconds). The `trusted` proxies carry many
/// readers' connections: only the overall cap applies to them.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: &ConnectionConfig,
    trusted: &[IpAddr],
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let trusted: Vec<IpAddr> = trusted.iter().map(|ip| ip.to_canonical()).collect();
    let open = Arc::new(Semaphore::new(connection_budget(limits.max).max(1)));
    let clients = Clients::default();
    // HTTP/1.1, as reverse proxies speak to their upstreams: the automatic protocol detection
    // waits for a first byte without any timeout, which is the idle connection we refuse.
    let mut builder = Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(limits.header_timeout_secs.max(1)));
    let first_byte = Duration::from_secs(limits.header_timeout_secs.max(1));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors or similar: wait a little rather than spin.
                    tracing::warn!(error = %e, "accepting a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let ip = peer.ip().to_canonical();
        let held: Option<(OwnedSemaphorePermit, Held)> =
            open.clone().try_acquire_owned().ok().zip(clients.hold(
                ip,
                if trusted.contains(&ip) {
                    usize::MAX
                } else {
                    limits.per_client
                },
            ));
        match held {
            Some(held) => {
                let service = Extension(ConnectInfo::<SocketAddr>(peer)).layer(router.clone());
                let (builder, watcher) = (builder.clone(), graceful.watcher());
                tokio::spawn(async move {
                    // hyper's header timeout starts with the first byte: a connection that
                    // never sends one is closed here.
                    let mut first = [0u8; 1];
                    match tokio::time::timeout(first_byte, stream.peek(&mut first)).await {
                        Ok(Ok(n)) if n > 0 => {}
                        _ => return,
                    }
                    let conn = builder
                        .serve_connection_with_upgrades(
                            TokioIo::new(stream),
                            TowerToHyperService::new(service),
                        )
                        .into_owned();
                    let _ = watcher.watch(conn).await;
                    drop(held);
                });
            }
            None => {
                metrics::counter!("tribune_connections_refused_total").increment(1);
                let builder = builder.clone();
                tokio::spawn(async move {
                    let service = tower::service_fn(|_| async { Ok::<_, Infallible>(busy()) });
                    let conn = builder
                        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service))
                        .into_owned();
                    let _ = tokio::time::timeout(first_byte * 2, conn).await;
                });
            }
        }
    }
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(Duration::from_secs(30)) => {
            tracing::warn!("requests still in flight after 30 s: stopping anyway");
        }
    }
    Ok(())
}
