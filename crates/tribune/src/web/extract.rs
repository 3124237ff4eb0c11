//! What Tribune's own HTML pages ask of a request, checked before the handler runs, so that a
//! page handler reads as what it shows and its authorization is in its signature:
//!
//! - [`CookieSession`]: the reader signed in by cookie, or nobody (article pages, `/support`).
//! - [`ModPage`]: a moderator signed in by cookie and the site the page is about; nobody
//!   signed in gets the sign-in page, a reader without the role (or a site they do not
//!   moderate) a 403 page.
//! - [`CsrfForm`] and [`ModForm`]: a form posted from those pages, its `csrf` field checked
//!   in constant time against the session's token (a form cannot send the header the API
//!   requires). Forms are parsed as browsers send them (repeated fields become lists).
//! - [`PageError`]: the error page, the HTML side of `AppError`'s one mapping.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use maud::Markup;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::pages;
use crate::app::AppState;
use crate::error::AppError;
use crate::extract::{AuthUser, Moderator};

/// An error shown as a page: its status and message (a server error's detail is logged,
/// never shown).
#[derive(Debug)]
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(error: AppError) -> PageError {
        PageError(error)
    }
}

impl From<sqlx::Error> for PageError {
    fn from(error: sqlx::Error) -> PageError {
        PageError(error.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let message = if status.is_server_error() {
            tracing::error!(error = ?self.0, "rendering a page");
            "Something went wrong on our side. Please try again in a moment.".to_owned()
        } else {
            self.0.to_string()
        };
        (status, pages::error(status, &message)).into_response()
    }
}

/// What a page handler returns.
pub type PageResult<T = Markup> = Result<T, PageError>;

/// The reader signed in to Tribune's pages by cookie, or nobody.
#[derive(Clone, Debug)]
pub struct CookieSession(pub Option<AuthUser>);

impl FromRequestParts<AppState> for CookieSession {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        Ok(CookieSession(AuthUser::from_cookie(parts, state).await?))
    }
}

/// A moderation page: who is looking, the site it is about (`?site=`, else the moderator's
/// first), and the confirmation to show after an action (`?notice=`).
#[derive(Clone, Debug)]
pub struct ModPage {
    pub moderator: Moderator,
    pub site: String,
    pub notice: Option<String>,
}

impl FromRequestParts<AppState> for ModPage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        #[derive(Deserialize)]
        struct Asked {
            site: Option<String>,
            notice: Option<String>,
        }
        let refuse = |e: AppError| PageError(e).into_response();
        let Some(user) = AuthUser::from_cookie(parts, state).await.map_err(refuse)? else {
            return Err(super::moderation::sign_in_page(None).into_response());
        };
        let moderator = Moderator::of(user, state).await.map_err(refuse)?;
        let asked: Asked = serde_html_form::from_str(parts.uri.query().unwrap_or(""))
            .map_err(|e| refuse(AppError::bad_request("invalid_query", e.to_string())))?;
        let site = match asked.site {
            Some(site) => {
                moderator.require(&site).map_err(refuse)?;
                site
            }
            None => moderator
                .roles
                .first()
                .map(|(s, _)| s.clone())
                .unwrap_or_default(),
        };
        Ok(ModPage {
            moderator,
            site,
            notice: asked.notice,
        })
    }
}

/// A form one of Tribune's pages posts.
pub trait PageForm: DeserializeOwned + Send {
    /// The session's CSRF token, as the page wrote it in the form.
    fn csrf(&self) -> &str;

    /// Where a form sent without a session goes (its sign-in page).
    fn signed_out(&self) -> Response;

    /// The answer to a form refused before its handler ran (a wrong CSRF token).
    fn refused(&self, error: AppError) -> Response {
        PageError(error).into_response()
    }
}

/// A form from a signed-in reader, its CSRF token checked.
#[derive(Debug)]
pub struct CsrfForm<T> {
    pub reader: AuthUser,
    pub form: T,
}

impl<T: PageForm> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (parts, body) = req.into_parts();
        let reader = AuthUser::from_cookie(&parts, state)
            .await
            .map_err(|e| PageError(e).into_response())?;
        let bytes = axum::body::Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let form: T = serde_html_form::from_bytes(&bytes).map_err(|e| {
            PageError(AppError::bad_request("invalid_form", e.to_string())).into_response()
        })?;
        let Some(reader) = reader else {
            return Err(form.signed_out());
        };
        let sent = form.csrf().as_bytes();
        if !bool::from(sent.ct_eq(reader.csrf_token.as_bytes())) {
            return Err(form.refused(AppError::Forbidden(
                "this form has expired: reload the page and try again".into(),
            )));
        }
        Ok(CsrfForm { reader, form })
    }
}

/// A form from a moderator, its CSRF token checked. Each action it leads to checks the site
/// it acts on, as the API's do.
#[derive(Debug)]
pub struct ModForm<T> {
    pub moderator: Moderator,
    pub form: T,
}

impl<T: PageForm> FromRequest<AppState> for ModForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let CsrfForm { reader, form } = CsrfForm::<T>::from_request(req, state).await?;
        match Moderator::of(reader, state).await {
            Ok(moderator) => Ok(ModForm { moderator, form }),
            Err(e) => Err(form.refused(e)),
        }
    }
}

/// The moderation pages' forms go back to the sign-in page without a session.
pub fn to_mod_sign_in() -> Response {
    Redirect::to("/mod").into_response()
}
