//! Threaded comments: the API readers and the widget speak.
//!
//! Writing goes through [`post::submit`] (identity → bans → rate limits → house rules →
//! placement → storage → live update); [`handlers`] only extract typed input, and every
//! comment shown is built by [`view`]. [`store`] is the only code that writes the comments and
//! votes tables; [`live`] is the server-sent events feed.

pub mod cache;
pub mod domain;
pub mod feeds;
pub mod handlers;
pub mod live;
pub mod markdown;
pub mod placement;
pub mod post;
pub mod store;
pub mod view;

use axum::routing::{get, post as post_route};
use axum::Router;

use crate::app::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/threads", get(handlers::thread))
        .route("/api/v1/threads/live", get(live::subscribe))
        .route("/api/v1/comments", post_route(handlers::create))
        .route(
            "/api/v1/comments/{id}",
            get(handlers::get_one)
                .patch(handlers::edit)
                .delete(handlers::delete),
        )
        .route("/api/v1/comments/{id}/vote", post_route(handlers::vote))
        .route("/api/v1/preview", post_route(handlers::preview))
        .route("/feeds/{file}", get(feeds::site_feed))
        .route("/feeds/{site}/thread.atom", get(feeds::thread_feed))
        .route("/feeds/replies/{file}", get(feeds::replies_feed))
        .route("/api/v1/me/feeds", get(feeds::my_feeds))
}
