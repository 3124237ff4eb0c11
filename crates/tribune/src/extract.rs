//! Extractors: what a handler's signature asks for is what it gets, already checked. These
//! are the ones every capability uses; who is asking (`AuthUser`, `Moderator`) is
//! [`crate::auth::extract`]'s, and the HTML pages' own are `web::extract`'s.
//!
//! - [`AppJson`]: a JSON body whose rejection has the API's error shape (400, or 413 when too
//!   large).
//! - [`ClientIp`]: the client's address, read from `X-Forwarded-For` only when the peer is one
//!   of the configured trusted proxies.

use std::net::{IpAddr, SocketAddr};

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use crate::app::AppState;
use crate::error::AppError;

/// A JSON request body.
pub struct AppJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for AppJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(AppJson(value)),
            Err(rejection) => Err(json_error(rejection)),
        }
    }
}

fn json_error(rejection: JsonRejection) -> AppError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::TooLarge;
    }
    let code = match rejection {
        JsonRejection::MissingJsonContentType(_) => "unsupported_media_type",
        JsonRejection::JsonDataError(_) => "invalid_json_fields",
        _ => "malformed_json",
    };
    AppError::bad_request(code, rejection.body_text())
}

/// Query parameters, with the API's error shape when they do not parse.
pub struct AppQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for AppQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(AppQuery(value)),
            Err(rejection) => Err(AppError::bad_request(
                "invalid_query",
                rejection.body_text(),
            )),
        }
    }
}

/// The client's IP address.
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no peer address on the request")))?;
        Ok(ClientIp(client_ip(
            peer,
            parts,
            &state.config.trusted_proxies,
        )))
    }
}

/// Walks `X-Forwarded-For` from the right, skipping trusted proxies: the first address that
/// is not one of ours is the client. A client cannot forge its way past this, because the
/// entries it wrote itself are to the left of the ones our proxies appended.
///
/// Every address is canonical: an IPv4 client seen through an IPv6 socket (`listen =
/// "[::]:8080"`) or a proxy's header as `::ffff:4.4.4.4` is `4.4.4.4`, so that the rate
/// limits, bans, evasion checks, sign-up records and campaign signals that read it see one
/// address, not two (#17: an IPv4 ban was bypassed that way).
fn client_ip(peer: IpAddr, parts: &Parts, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|t| t.to_canonical() == *ip);
    if !is_trusted(&peer) {
        return peer;
    }
    let forwarded = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse::<IpAddr>().ok())
        .map(|ip| ip.to_canonical())
        .collect::<Vec<_>>();
    forwarded
        .iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .or(forwarded.first())
        .copied()
        .unwrap_or(peer)
}
