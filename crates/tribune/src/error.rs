//! The one error type of the HTTP API and its one mapping to a response:
//! `{"error": {"code", "message"}}` with the right status. Database and internal errors are
//! logged with their context and answered with an opaque 500.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use moderation::Verdict;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request is malformed or a field is invalid; the message names the field.
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("sign in first")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    /// The reader is suspended or banned: the message says why, until when and how to appeal.
    #[error("{message}")]
    Banned {
        message: String,
        details: serde_json::Value,
    },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the request body is too large (see max_body_bytes in the configuration)")]
    TooLarge,
    /// The house rules refused the text.
    #[error("{message}")]
    Refused {
        message: String,
        verdict: Box<Verdict>,
    },
    #[error("too many requests; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// A service Tribune depends on (the payment provider) failed.
    #[error("{0}")]
    BadGateway(String),
    /// A capacity is full (open live feeds): try again later.
    #[error("{0}")]
    Unavailable(String),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        AppError::BadRequest {
            code,
            message: message.into(),
        }
    }

    pub fn invalid(field: &str, why: &str) -> Self {
        AppError::BadRequest {
            code: "invalid_field",
            message: format!("`{field}` {why}"),
        }
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> StatusCode {
        self.status_and_code().0
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::BadRequest { code, .. } => (StatusCode::BAD_REQUEST, code),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::Banned { .. } => (StatusCode::FORBIDDEN, "banned"),
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            AppError::Refused { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "refused"),
            AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            AppError::BadGateway(_) => (StatusCode::BAD_GATEWAY, "bad_gateway"),
            AppError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "busy"),
            AppError::Database(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if status.is_server_error() && !matches!(self, AppError::Unavailable(_)) {
            tracing::error!(error = ?self, "request failed");
        }
        let mut error = json!({ "code": code, "message": self.to_string() });
        match &self {
            AppError::Refused { verdict, .. } => error["verdict"] = json!(verdict),
            AppError::Banned { details, .. } => error["ban"] = details.clone(),
            _ => {}
        }
        let mut response = (status, Json(json!({ "error": error }))).into_response();
        let retry_after = match self {
            AppError::RateLimited { retry_after_secs } => Some(retry_after_secs.max(1)),
            AppError::Unavailable(_) => Some(30),
            _ => None,
        };
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
