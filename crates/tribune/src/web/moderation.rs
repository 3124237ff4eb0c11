//! The moderation pages (`/mod`): the queue, appeals, bans, the log and search, rendered on
//! the server and usable without JavaScript; `mod.js` adds keyboard shortcuts (j/k to move,
//! a approve, r refuse, b ban, x select). Every action goes through the same functions as the
//! moderation API, so both log the same way. Forms carry the session's CSRF token.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::Deserialize;

use crate::app::AppState;
use crate::enforcement::api::{self as mod_api, BanRequest, CommentAction, QueueItem};
use crate::enforcement::domain::{BanKind, BanTargetInput};
use crate::enforcement::store;
use crate::error::AppError;
use crate::extract::{AppQuery, CookieModerator, Moderator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/mod", get(queue_page))
        .route("/mod/login", post(login))
        .route("/mod/logout", post(logout))
        .route("/mod/act", post(act))
        .route("/mod/bulk", post(bulk))
        .route("/mod/bans", get(bans_page).post(ban))
        .route("/mod/bans/{id}/lift", post(lift))
        .route("/mod/appeals", get(appeals_page))
        .route("/mod/appeals/{id}", post(answer_appeal))
        .route("/mod/log", get(log_page))
        .route("/mod/search", get(search_page))
        .route("/mod/settings", get(settings_page))
        .route("/mod/settings/premod", post(save_premod))
        .route("/mod/settings/role", post(save_role))
        .route("/assets/mod.js", get(mod_js))
        .route("/assets/mod.css", get(mod_css))
}

/// Every moderation page, for the test that checks readers reach none of them.
pub const PAGES: &[&str] = &[
    "/mod",
    "/mod/bans",
    "/mod/appeals",
    "/mod/log",
    "/mod/search?q=xx",
];

async fn mod_js() -> Response {
    super::asset(
        "text/javascript; charset=utf-8",
        include_str!("assets/mod.js"),
    )
}

async fn mod_css() -> Response {
    super::asset("text/css; charset=utf-8", include_str!("assets/mod.css"))
}

#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    site: Option<String>,
    /// A short confirmation shown at the top after an action.
    notice: Option<String>,
    action: Option<String>,
    target: Option<String>,
    q: Option<String>,
}

/// What a page shows nobody: the sign-in form. (Signed-in readers without a moderator role
/// are stopped earlier, with a 403, by `CookieModerator`.)
fn sign_in() -> Response {
    Html(login_page(None).into_string()).into_response()
}

/// The site a page is about: the one asked for, else the moderator's first.
fn site_of(m: &Moderator, asked: Option<&str>) -> Result<String, AppError> {
    match asked {
        Some(site) => {
            m.require(site)?;
            Ok(site.to_owned())
        }
        None => Ok(m.roles.first().map(|(s, _)| s.clone()).unwrap_or_default()),
    }
}

fn layout(m: &Moderator, site: &str, title: &str, notice: Option<&str>, main: Markup) -> Markup {
    let tab = |href: &str, label: &str| {
        let current = title == label;
        html! { a href={ (href) "?site=" (site) } aria-current=[current.then_some("page")] { (label) } }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (title) " · Tribune moderation" }
                link rel="stylesheet" href="/assets/mod.css";
                script src="/assets/mod.js" defer {}
            }
            body {
                header.bar {
                    strong { "Tribune moderation" }
                    nav aria-label="Moderation" {
                        (tab("/mod", "Queue")) (tab("/mod/appeals", "Appeals")) (tab("/mod/bans", "Bans"))
                        (tab("/mod/log", "Log")) (tab("/mod/search", "Search")) (tab("/mod/settings", "Settings"))
                    }
                    form.sites method="get" {
                        label for="site" { "Site " }
                        select #site name="site" onchange="this.form.submit()" {
                            @for (s, role) in &m.roles {
                                option value=(s) selected[s == site] { (s) " (" (role) ")" }
                            }
                        }
                        noscript { button { "Go" } }
                    }
                    form method="post" action="/mod/logout" {
                        input type="hidden" name="csrf" value=(m.user.csrf_token);
                        button.link { "Sign out " (m.user.name) }
                    }
                }
                main #main {
                    @if let Some(notice) = notice { p.notice role="status" { (notice) } }
                    (main)
                }
            }
        }
    }
}

fn login_page(error: Option<&str>) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Sign in · Tribune moderation" }
                link rel="stylesheet" href="/assets/mod.css";
            }
            body {
                main.login {
                    h1 { "Tribune moderation" }
                    @if let Some(e) = error { p.error role="alert" { (e) } }
                    form method="post" action="/mod/login" {
                        label for="email" { "Email" }
                        input #email type="email" name="email" autocomplete="username" required autofocus;
                        label for="password" { "Password" }
                        input #password type="password" name="password" autocomplete="current-password" required;
                        button.primary { "Sign in" }
                    }
                }
            }
        }
    }
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

async fn login(State(state): State<AppState>, Form(form): Form<LoginForm>) -> Response {
    let signed_in = async {
        let (id, _) = crate::auth::check_password(&state, &form.email, form.password).await?;
        let roles = crate::auth::store::roles(&state.db, id).await?;
        if roles.is_empty() {
            return Err(AppError::Forbidden(
                "this account does not moderate any site".into(),
            ));
        }
        crate::auth::new_session(&state, id).await
    }
    .await;
    match signed_in {
        Ok(session) => {
            let mut response = Redirect::to("/mod").into_response();
            if let Ok(value) = HeaderValue::from_str(&session.cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Err(AppError::Unauthorized) => (
            StatusCode::UNAUTHORIZED,
            Html(login_page(Some("Wrong email or password.")).into_string()),
        )
            .into_response(),
        Err(e) => super::page(Err(e)),
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Some(m) = who.0 {
        if CookieModerator::check_csrf(&m, &form.csrf).is_ok() {
            if let Err(e) = crate::auth::store::delete_session(&state.db, &m.user.token_hash).await
            {
                tracing::error!(error = %e, "signing out");
            }
        }
    }
    let mut response = Redirect::to("/mod").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("tribune_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
    );
    response
}

/// After a form's action: back to `to` with a notice saying what happened, or the error page.
fn after<T>(
    done: Result<T, AppError>,
    to: &str,
    site: &str,
    notice: impl FnOnce(T) -> String,
) -> Response {
    match done {
        Ok(value) => back(to, site, &notice(value)),
        Err(e) => super::page(Err(e)),
    }
}

/// After a form: back to the page it came from, with a notice.
fn back(to: &str, site: &str, notice: &str) -> Response {
    let notice: String = url::form_urlencoded::byte_serialize(notice.as_bytes()).collect();
    Redirect::to(&format!("{to}?site={site}&notice={notice}")).into_response()
}

// ---- the queue ----

async fn queue_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let items = mod_api::queue_items(&state, &site, 100).await?;
        Ok(layout(
            &m,
            &site,
            "Queue",
            q.notice.as_deref(),
            queue_markup(&m, &site, &items),
        ))
    }
    .await;
    super::page(result)
}

fn queue_markup(m: &Moderator, site: &str, items: &[QueueItem]) -> Markup {
    html! {
        h1 { "Queue " span.count { "(" (items.len()) ")" } }
        p.keys { "Keys: " kbd{"j"} "/" kbd{"k"} " next/previous · " kbd{"a"} " approve · " kbd{"r"} " refuse · "
            kbd{"b"} " ban author · " kbd{"x"} " select" }
        @if items.is_empty() {
            p.empty { "Nothing waits for a moderator. The house rules are holding the line." }
        } @else {
            form #bulk.bulk method="post" action="/mod/bulk" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                label for="bulk-action" { "With selected: " }
                select #bulk-action name="action" {
                    option value="approve" { "Approve" }
                    option value="refuse" { "Refuse" }
                    option value="delete" { "Delete" }
                }
                label for="bulk-reason" { " reason " }
                input #bulk-reason name="reason" required value="Bulk review";
                button { "Apply" }
            }
            ol.queue {
                @for item in items { li { (queue_item(m, site, item)) } }
            }
        }
    }
}

/// The comment's text with the house rules' spans marked.
fn marked(body: &str, verdict: Option<&serde_json::Value>) -> Markup {
    let mut spans: Vec<(usize, usize)> = verdict
        .and_then(|v| v["rules"].as_array())
        .into_iter()
        .flatten()
        .flat_map(|r| r["spans"].as_array().cloned().unwrap_or_default())
        .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
        .collect();
    spans.sort_unstable();
    let mut at = 0;
    html! {
        p.text {
            @for (start, end) in spans {
                @if start >= at && end <= body.len() && body.is_char_boundary(start) && body.is_char_boundary(end) {
                    (&body[at..start]) mark { (&body[start..end]) }
                    ({ at = end; "" })
                }
            }
            (body.get(at..).unwrap_or(""))
        }
    }
}

fn queue_item(m: &Moderator, site: &str, item: &QueueItem) -> Markup {
    let c = &item.comment;
    let id = c.id;
    let body = c.body.as_deref().unwrap_or("");
    let refusal = match item
        .verdict
        .as_ref()
        .and_then(|v| v["rules"][0]["id"].as_str())
    {
        Some(rule) => format!("Breaks the house rules ({rule})"),
        None => "Breaks the house rules".to_owned(),
    };
    let action_form = |action: &str, key: &str, label: &str, reason: &str| {
        html! {
            form.action method="post" action="/mod/act" data-key=(key) {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                input type="hidden" name="id" value=(id);
                input type="hidden" name="action" value=(action);
                label.sr for={ (action) "-" (id) } { (label) " reason" }
                input id={ (action) "-" (id) } name="reason" value=(reason) required;
                button.{ (action) } { (label) " " kbd { (key) } }
            }
        }
    };
    html! {
        article.item tabindex="0" data-id=(id) aria-labelledby={ "item-" (id) } {
            header {
                input type="checkbox" name="ids" value=(id) form="bulk" aria-label={ "Select comment " (id) };
                h2 #{ "item-" (id) } { (c.author.name) }
                span.reason { (item.reason) }
                span.risk title="Risk: the highest rule score, raised for possible ban evasion" { "risk " (format!("{:.2}", item.risk)) }
                a href={ (item.url) "#comment-" (id) } { "on " (item.url) }
            }
            @if let Some(parent) = &item.parent {
                blockquote.context { "In reply to " strong { (parent.author.name) } ": " (PreEscaped(&parent.html)) }
            }
            (marked(body, item.verdict.as_ref()))
            @if let Some(rules) = item.verdict.as_ref().and_then(|v| v["rules"].as_array()) {
                ul.rules {
                    @for r in rules {
                        li { strong { (r["id"].as_str().unwrap_or("")) } " " (format!("{:.2}", r["score"].as_f64().unwrap_or(0.0))) " · " (r["decision"].as_str().unwrap_or("")) }
                    }
                }
            }
            @if let Some(banned) = item.evasion_of {
                p.evasion { "Possibly banned reader " a href={ "/mod/search?site=" (site) "&q=%23" (banned) } { "#" (banned) } " coming back." }
            }
            @if !item.reports.is_empty() {
                ul.reports {
                    @for r in &item.reports {
                        li { "Reported by " (r.reporter.name) ": “" (r.reason) "”"
                            span.reporter { " (" (r.reporter.reports_total) " reports, " (r.reporter.reports_dismissed) " dismissed)" } }
                    }
                }
            }
            p.history {
                "Author's record: comments " (item.history.comments) ", visible " (item.history.visible) ", "
                "refused " (item.history.rejected) ", strikes " (item.history.strikes) ", "
                "bans " (item.history.bans) ", warnings " (item.history.warnings)
                @if item.supporter { " · " strong { "supporter" } }
                @if let Some(ip) = &item.ip { " · " code { (ip) } }
            }
            div.actions {
                (action_form("approve", "a", "Approve", "Within the house rules"))
                (action_form("refuse", "r", "Refuse", &refusal))
                @if let Some(author) = c.author.id {
                    form.action method="post" action="/mod/bans" data-key="b" {
                        input type="hidden" name="csrf" value=(m.user.csrf_token);
                        input type="hidden" name="site" value=(site);
                        input type="hidden" name="target_kind" value="reader_id";
                        input type="hidden" name="target" value=(author);
                        input type="hidden" name="refuse_comment" value=(id);
                        label.sr for={ "ban-kind-" (id) } { "Ban kind" }
                        select id={ "ban-kind-" (id) } name="kind" {
                            option value="ban" { "Ban" }
                            option value="suspend" { "Suspend 7 days" }
                            option value="shadow" { "Shadow-ban" }
                        }
                        label.sr for={ "ban-" (id) } { "Ban reason" }
                        input id={ "ban-" (id) } name="reason" value="Abusive or obscene: the house rules" required;
                        button.ban { "Ban author " kbd { "b" } }
                    }
                }
            }
        }
    }
}

#[derive(Deserialize)]
struct ActForm {
    csrf: String,
    site: String,
    id: i64,
    action: CommentAction,
    reason: String,
}

async fn act(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<ActForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        let reason = crate::enforcement::domain::reason(&form.reason)?;
        mod_api::moderate(&state, &m, form.id, form.action, &reason).await
    }
    .await;
    after(done, "/mod", &form.site, |c| {
        format!("Comment {} is now {}.", c.id, c.status)
    })
}

#[derive(Deserialize)]
struct BulkForm {
    csrf: String,
    site: String,
    action: CommentAction,
    reason: String,
    #[serde(default)]
    ids: Vec<i64>,
}

async fn bulk(
    State(state): State<AppState>,
    who: CookieModerator,
    body: axum::body::Bytes,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    // Repeated `ids` fields: serde_html_form would be one more crate; url's parser suffices.
    let mut form = BulkForm {
        csrf: String::new(),
        site: String::new(),
        action: CommentAction::Approve,
        reason: String::new(),
        ids: Vec::new(),
    };
    let mut action = String::new();
    for (k, v) in url::form_urlencoded::parse(&body) {
        match k.as_ref() {
            "csrf" => form.csrf = v.into_owned(),
            "site" => form.site = v.into_owned(),
            "action" => action = v.into_owned(),
            "reason" => form.reason = v.into_owned(),
            "ids" => form.ids.extend(v.parse::<i64>().ok()),
            _ => {}
        }
    }
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        form.action = serde_json::from_value(serde_json::json!(action))
            .map_err(|_| AppError::invalid("action", "must be approve, refuse or delete"))?;
        let reason = crate::enforcement::domain::reason(&form.reason)?;
        if form.ids.is_empty() {
            return Err(AppError::invalid("ids", "select at least one comment"));
        }
        let mut n = 0;
        for id in &form.ids {
            mod_api::moderate(&state, &m, *id, form.action, &reason).await?;
            n += 1;
        }
        Ok(n)
    }
    .await;
    after(done, "/mod", &form.site, |n| format!("{n} comments done."))
}

// ---- bans ----

async fn bans_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let bans = store::bans(&state.db, &site, true).await?;
        let main = html! {
            h1 { "Bans in force" }
            form.newban method="post" action="/mod/bans" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                fieldset {
                    legend { "New ban" }
                    label for="target_kind" { "Target " }
                    select #target_kind name="target_kind" {
                        option value="reader_id" { "Reader id" }
                        option value="ip" { "IP address" }
                        option value="cidr" { "IP range (CIDR)" }
                        option value="email" { "Email" }
                        option value="email_domain" { "Email domain" }
                    }
                    input name="target" aria-label="Target value" required placeholder="12, 203.0.113.7, 203.0.113.0/24, ana@example.org, example.org";
                    label for="kind" { " Kind " }
                    select #kind name="kind" {
                        option value="ban" { "Ban" }
                        option value="suspend" { "Suspend 7 days" }
                        option value="shadow" { "Shadow-ban" }
                    }
                    label for="reason" { " Reason " }
                    input #reason name="reason" required;
                    label { input type="checkbox" name="remove_votes" value="1"; " remove their votes" }
                    button { "Ban" }
                }
            }
            @if bans.is_empty() { p.empty { "No bans in force." } }
            table {
                thead { tr { th { "Target" } th { "Kind" } th { "Until" } th { "Reason" } th { "By" } th { "" } } }
                tbody {
                    @for b in &bans {
                        tr {
                            td { code { (store::ban_label(b)) } }
                            td { (b.kind) }
                            td { (b.until.map(crate::db::rfc3339).unwrap_or_else(|| "permanent".into())) }
                            td { (b.reason) }
                            td { (b.created_by.map_or("house rules".to_owned(), |id| format!("moderator #{id}"))) }
                            td {
                                form method="post" action={ "/mod/bans/" (b.id) "/lift" } {
                                    input type="hidden" name="csrf" value=(m.user.csrf_token);
                                    input type="hidden" name="site" value=(site);
                                    input name="reason" aria-label="Reason to lift" required placeholder="why lift it";
                                    button { "Lift" }
                                }
                            }
                        }
                    }
                }
            }
        };
        Ok(layout(&m, &site, "Bans", q.notice.as_deref(), main))
    }
    .await;
    super::page(result)
}

#[derive(Deserialize)]
struct BanForm {
    csrf: String,
    site: String,
    target_kind: String,
    target: String,
    kind: BanKind,
    reason: String,
    remove_votes: Option<String>,
    /// From the queue: the comment that prompted the ban, refused with it.
    refuse_comment: Option<i64>,
}

async fn ban(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<BanForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        let value = form.target.trim().to_owned();
        let mut target = BanTargetInput::default();
        match form.target_kind.as_str() {
            "reader_id" => {
                target.reader_id = Some(
                    value
                        .trim_start_matches('#')
                        .parse()
                        .map_err(|_| AppError::invalid("target", "a reader id is a number"))?,
                )
            }
            "ip" => target.ip = Some(value),
            "cidr" => target.cidr = Some(value),
            "email" => target.email = Some(value),
            "email_domain" => target.email_domain = Some(value),
            other => {
                return Err(AppError::invalid(
                    "target_kind",
                    &format!("{other:?} is not a target kind"),
                ))
            }
        }
        let until = (form.kind == BanKind::Suspend).then(|| {
            let at = time::OffsetDateTime::now_utc() + time::Duration::days(7);
            at.format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default()
        });
        let request = BanRequest {
            site: form.site.clone(),
            target,
            kind: form.kind,
            until,
            reason: form.reason.clone(),
            remove_votes: form.remove_votes.is_some(),
        };
        let ban = mod_api::ban(&state, &m, &request).await?;
        if let Some(id) = form.refuse_comment {
            let reason = crate::enforcement::domain::reason(&form.reason)?;
            if let Err(e) = mod_api::moderate(&state, &m, id, CommentAction::Refuse, &reason).await
            {
                tracing::info!(comment = id, error = %e, "comment not refused with the ban");
            }
        }
        Ok(ban)
    }
    .await;
    let to = if form.refuse_comment.is_some() {
        "/mod"
    } else {
        "/mod/bans"
    };
    after(done, to, &form.site, |b| {
        format!("{} in force: {}.", b.kind, store::ban_label(&b))
    })
}

#[derive(Deserialize)]
struct ReasonForm {
    csrf: String,
    site: String,
    reason: String,
    accept: Option<String>,
}

async fn lift(
    State(state): State<AppState>,
    who: CookieModerator,
    Path(id): Path<i64>,
    Form(form): Form<ReasonForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        mod_api::lift(&state, &m, id, &form.reason).await
    }
    .await;
    after(done, "/mod/bans", &form.site, |()| {
        format!("Ban {id} lifted.")
    })
}

// ---- appeals ----

async fn appeals_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let appeals = store::appeals(&state.db, &site, true).await?;
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
    super::page(result)
}

async fn answer_appeal(
    State(state): State<AppState>,
    who: CookieModerator,
    Path(id): Path<i64>,
    Form(form): Form<ReasonForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let accept = form.accept.is_some();
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        mod_api::answer_appeal(&state, &m, id, accept, &form.reason).await
    }
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

// ---- the log and search ----

async fn log_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let filter = store::LogFilter {
            site: site.clone(),
            action: q.action.clone().filter(|a| !a.is_empty()),
            target: q.target.clone().filter(|t| !t.is_empty()),
            ..Default::default()
        };
        let rows = store::log(&state.db, &filter, 200).await?;
        let main = html! {
            h1 { "Moderation log" }
            form.filters method="get" {
                input type="hidden" name="site" value=(site);
                label for="action" { "Action " }
                select #action name="action" {
                    option value="" { "any" }
                    @for a in ["approve", "refuse", "delete", "restore", "ban", "suspend", "shadow", "lift", "warn", "unwarn", "premod", "unpremod", "appeal_accepted", "appeal_rejected", "settings"] {
                        option value=(a) selected[q.action.as_deref() == Some(a)] { (a) }
                    }
                }
                label for="target" { " Target " }
                input #target name="target" value=(q.target.as_deref().unwrap_or("")) placeholder="reader:12, comment:40";
                button { "Filter" }
                " "
                a href={ "/api/v1/mod/log?format=jsonl&site=" (site) } download { "Export all as JSON lines" }
            }
            table.log {
                thead { tr { th { "When" } th { "Who" } th { "Action" } th { "Target" } th { "Reason" } } }
                tbody {
                    @for r in &rows {
                        tr {
                            td { time datetime=(crate::db::rfc3339(r.created_at)) { (crate::db::rfc3339(r.created_at).get(..16).unwrap_or("").replace('T', " ")) } }
                            td { (r.actor_name.as_deref().unwrap_or("house rules")) }
                            td { span.tag { (r.action) } }
                            td { code { (r.target) } }
                            td { (r.reason) }
                        }
                    }
                }
            }
        };
        Ok(layout(&m, &site, "Log", q.notice.as_deref(), main))
    }
    .await;
    super::page(result)
}

async fn search_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let text = q.q.as_deref().unwrap_or("").trim().to_owned();
        // `#12` looks up reader 12 (the queue links banned readers this way).
        let by_id = text.strip_prefix('#').and_then(|n| n.parse::<i64>().ok());
        let (comments, readers) = match by_id {
            Some(id) => {
                let reader = crate::auth::store::reader(&state.db, id).await?;
                (Vec::new(), reader.map(|r| (r.id, r.name, r.email)).into_iter().collect())
            }
            None if text.chars().count() >= 2 => store::search(&state.db, &site, &text).await?,
            None => (Vec::new(), Vec::new()),
        };
        let main = html! {
            h1 { "Search" }
            form.filters method="get" {
                input type="hidden" name="site" value=(site);
                label for="q" { "Comments or readers containing " }
                input #q type="search" name="q" value=(text) minlength="2" autofocus;
                button { "Search" }
            }
            @if !readers.is_empty() {
                h2 { "Readers" }
                ul { @for (id, name, email) in &readers { li { "#" (id) " " strong { (name) } " " (email.as_deref().unwrap_or("")) } } }
            }
            @if !comments.is_empty() {
                h2 { "Comments" }
                ol.results {
                    @for r in &comments {
                        li { strong { (r.comment.author_name) } " · " (r.comment.status) " · " a href={ (r.url) "#comment-" (r.comment.id) } { (r.url) }
                            p { (r.comment.body) } }
                    }
                }
            }
        };
        Ok(layout(&m, &site, "Search", q.notice.as_deref(), main))
    }
    .await;
    super::page(result)
}

// ---- settings: the team and pre-moderation ----

async fn settings_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let team = mod_api::site_team(&state, &site).await?;
        let p = crate::sites::store::site(&state.db, &site).await?.premod();
        let admin = m.require_admin(&site).is_ok();
        let main = html! {
            h1 { "Settings" }
            @if !admin { p.empty { "Only the site's admins change these." } }
            h2 { "Pre-moderation" }
            form.newban method="post" action="/mod/settings/premod" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                fieldset disabled[!admin] {
                    label { input type="checkbox" name="all" value="1" checked[p.all]; " every comment" }
                    label { input type="checkbox" name="links" value="1" checked[p.links]; " comments with links" }
                    label { "new readers until " input type="number" name="new_readers" min="0" value=(p.new_readers) style="width:5em"; " approved (0: off)" }
                    label { "refusal rate over 7 days ≥ " input type="number" name="refusal_rate" min="0" max="1" step="0.05" value=(p.refusal_rate) style="width:5em"; " (0: off)" }
                    label { "hold after " input type="number" name="reports_to_hold" min="0" value=(p.reports_to_hold) style="width:5em"; " reports" }
                    button { "Save" }
                }
            }
            h2 { "Team" }
            table {
                thead { tr { th { "Name" } th { "Email" } th { "Role" } } }
                tbody { @for t in &team { tr { td { (t.name) } td { (t.email.as_deref().unwrap_or("SSO")) } td { (t.role) } } } }
            }
            form.newban method="post" action="/mod/settings/role" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                fieldset disabled[!admin] {
                    label for="role-email" { "Account email " }
                    input #role-email type="email" name="email" required;
                    label for="role" { " role " }
                    select #role name="role" {
                        option value="moderator" { "Moderator" }
                        option value="admin" { "Admin" }
                        option value="" { "None (remove)" }
                    }
                    button { "Set role" }
                }
            }
        };
        Ok(layout(&m, &site, "Settings", q.notice.as_deref(), main))
    }
    .await;
    super::page(result)
}

#[derive(Deserialize)]
struct PremodForm {
    csrf: String,
    site: String,
    all: Option<String>,
    links: Option<String>,
    new_readers: i64,
    refusal_rate: f64,
    reports_to_hold: i64,
}

async fn save_premod(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<PremodForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        let premod = crate::sites::store::Premod {
            all: form.all.is_some(),
            links: form.links.is_some(),
            new_readers: form.new_readers,
            refusal_rate: form.refusal_rate,
            reports_to_hold: form.reports_to_hold,
        };
        mod_api::save_premod(&state, &m, &form.site, &premod).await?;
        Ok(())
    }
    .await;
    after(done, "/mod/settings", &form.site, |()| {
        "Pre-moderation saved.".to_owned()
    })
}

#[derive(Deserialize)]
struct RoleForm {
    csrf: String,
    site: String,
    email: String,
    role: String,
}

async fn save_role(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<RoleForm>,
) -> Response {
    let Some(m) = who.0 else {
        return Redirect::to("/mod").into_response();
    };
    let done = async {
        CookieModerator::check_csrf(&m, &form.csrf)?;
        let request = mod_api::RoleRequest {
            email: form.email.clone(),
            role: Some(form.role.clone()).filter(|r| !r.is_empty()),
        };
        mod_api::change_role(&state, &m, &form.site, &request).await
    }
    .await;
    after(done, "/mod/settings", &form.site, |()| {
        format!("{} updated.", form.email)
    })
}
