//! The moderation log (with its JSON-lines export) and search.

use super::*;

/// One entry of the moderation log as the API shows it.
pub fn log_json(row: &store::LogRow) -> serde_json::Value {
    json!({
        "id": row.id,
        "site": row.site_id,
        "actor": row.actor_id.map(|id| json!({"id": id, "name": row.actor_name})),
        "action": row.action,
        "target": row.target,
        "reason": row.reason,
        "evidence": row.evidence.as_deref().and_then(|e| serde_json::from_str::<serde_json::Value>(e).ok()),
        "created_at": rfc3339(row.created_at),
    })
}

/// The moderation log, newest first; `format=jsonl` exports all of it as JSON lines. There is
/// no endpoint that edits or deletes an entry.
#[utoipa::path(get, path = "/api/v1/mod/log", tag = "moderation", params(store::LogFilter),
    responses((status = 200, description = "`{entries: [...]}`, or JSON lines"), (status = 403)))]
pub(crate) async fn log(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(filter): AppQuery<store::LogFilter>,
) -> AppResult<Response> {
    moderator.require(&filter.site)?;
    if filter.format.as_deref() == Some("jsonl") {
        let mut out = String::new();
        let mut page = store::LogFilter {
            site: filter.site.clone(),
            action: filter.action.clone(),
            target: filter.target.clone(),
            actor: filter.actor,
            before: filter.before,
            ..Default::default()
        };
        loop {
            let rows = store::log(&state.db, &page, 1000).await?;
            for row in &rows {
                out.push_str(&log_json(row).to_string());
                out.push('\n');
            }
            match rows.last() {
                Some(last) if rows.len() == 1000 => page.before = Some(last.id),
                _ => break,
            }
        }
        let name = format!(
            "attachment; filename=\"tribune-{}-modlog.jsonl\"",
            filter.site
        );
        return Ok((
            [
                (header::CONTENT_TYPE, "application/x-ndjson".to_owned()),
                (header::CONTENT_DISPOSITION, name),
            ],
            out,
        )
            .into_response());
    }
    let limit = filter.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 1000"));
    }
    let rows = store::log(&state.db, &filter, limit).await?;
    Ok(Json(json!({"entries": rows.iter().map(log_json).collect::<Vec<_>>()})).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SearchQuery {
    site: String,
    q: String,
}

/// Comments containing the text, and readers whose name or email contains it.
#[utoipa::path(get, path = "/api/v1/mod/search", tag = "moderation", params(SearchQuery),
    responses((status = 200), (status = 400), (status = 403)))]
pub(crate) async fn search(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SearchQuery>,
) -> AppResult<Json<serde_json::Value>> {
    moderator.require(&q.site)?;
    let text = q.q.trim();
    if text.chars().count() < 2 {
        return Err(AppError::invalid("q", "must have at least 2 characters"));
    }
    let (comments, readers) = store::search(&state.db, &q.site, text).await?;
    Ok(Json(json!({
        "comments": comments.iter().map(|r| json!({"comment": CommentJson::for_moderators(&r.comment), "url": r.url})).collect::<Vec<_>>(),
        "readers": readers.iter().map(|(id, name, email)| json!({"id": id, "name": name, "email": email})).collect::<Vec<_>>(),
    })))
}
