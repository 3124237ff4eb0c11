//! The appeals page.

use super::*;

pub(super) async fn appeals_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let appeals = enforcement::appeals::store::appeals(&state.db, &site, true).await?;
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
        Ok(layout(&m, &site, "Appeals", q.notice.as_deref(), main))
    }
    .await;
    crate::web::page(result)
}

pub(super) async fn answer_appeal(
    State(state): State<AppState>,
    who: CookieModerator,
    Path(id): Path<i64>,
    Form(form): Form<ReasonForm>,
) -> Response {
    let m = match form_moderator(who, &form.csrf) {
        Ok(m) => m,
        Err(to) => return to,
    };
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
