//! The appeals page.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;

use super::{after, layout, ReasonForm};
use crate::app::AppState;
use crate::enforcement;
use crate::web::extract::{ModForm, ModPage, PageResult};

pub(super) async fn appeals_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let appeals = enforcement::appeals::store::appeals(&state.db, site, true).await?;
    let main = html! {
        h1 { "Appeals" }
        @if appeals.is_empty() { p.empty { "No open appeals." } }
        @for a in &appeals {
            article.item {
                h2 { "Reader #" (a.reader_id.unwrap_or_default()) " appeals ban " (a.ban_id) }
                p.text { (a.message) }
                p.history { "Filed " (crate::db::rfc3339(a.created_at)) }
                form.action method="post" action={ "/mod/appeals/" (a.id) } {
                    input type="hidden" name="csrf" value=(m.user.csrf_token);
                    input type="hidden" name="site" value=(site);
                    label.sr for={ "answer-" (a.id) } { "Answer" }
                    input id={ "answer-" (a.id) } name="reason" required placeholder="the answer the reader sees";
                    button.approve name="accept" value="1" { "Accept and lift the ban" }
                    button.refuse { "Reject" }
                }
            }
        }
    };
    Ok(layout(&page, "Appeals", main))
}

pub(super) async fn answer_appeal(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    ModForm { moderator: m, form }: ModForm<ReasonForm>,
) -> Response {
    let accept = form.accept.is_some();
    let done =
        async { enforcement::appeals::answer_appeal(&state, &m, id, accept, &form.reason).await }
            .await;
    after(done, "/mod/appeals", &form.site, |()| {
        if accept {
            "Appeal accepted, ban lifted."
        } else {
            "Appeal rejected."
        }
        .to_owned()
    })
}
