//! Replies and followed threads, by mail. A published comment (`comments::post`, or a held
//! one a moderator approves) adds a waiting row for each address that should hear about it:
//! the author of the comment it answers (signed-up readers with a verified address, on by
//! default), anonymous authors who asked for replies and confirmed, and the thread's
//! followers. The worker turns each address's waiting rows into one mail per kind once the
//! first has waited `mail.batch_secs` (several replies within minutes make one mail), unless
//! the address already had `mail.daily_cap` notifications in the last day: then they wait,
//! and go together when the day has room.

use std::collections::{BTreeMap, HashMap};

use super::compose::{excerpt, Letter, Quote};
use super::store::{self, Pending};
use super::strings::fill;
use super::Sender;
use crate::app::AppState;
use crate::comments::store::{CommentRow, PostedComment};
use crate::db::now_ms;

/// The two kinds of notification, as the queue and the unsubscribe links name them.
const REPLY: &str = "reply";
const THREAD: &str = "thread";

/// What an address stops with the link of each kind (`mail_recipients.stopped`).
fn stop_kind(kind: &str) -> &'static str {
    if kind == THREAD {
        "threads"
    } else {
        "replies"
    }
}

/// Records who should hear about `comment`, just published on `url` of `site`; a problem is
/// logged.
pub async fn comment_published(state: &AppState, site: &str, url: &str, comment: i64) {
    let found = match crate::comments::store::get_posted(&state.db, comment).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, comment, "mail: replies not recorded");
            return;
        }
    };
    // Removed again before this ran: nobody hears about it.
    let Some(posted) = found.filter(|c| c.comment.is_public()) else {
        return;
    };
    if let Err(e) = gather(state, site, url, &posted.comment).await {
        tracing::error!(error = %e, comment, "mail: replies not recorded");
    }
}

async fn gather(
    state: &AppState,
    site: &str,
    url: &str,
    comment: &CommentRow,
) -> Result<(), sqlx::Error> {
    let mut to: Vec<(String, &str)> = Vec::new();
    if let Some(parent) = comment.parent_id {
        if let Some(parent) = crate::comments::store::get_posted(&state.db, parent).await? {
            if let Some(author) = parent.comment.author_id {
                if let Some((_, email)) =
                    crate::auth::store::notification_address(&state.db, author).await?
                {
                    to.push((email, REPLY));
                }
            }
        }
        for email in store::subscribers(&state.db, site, "replies", &parent.to_string()).await? {
            to.push((email, REPLY));
        }
    }
    for email in store::subscribers(&state.db, site, "thread", url).await? {
        to.push((email, THREAD));
    }
    if to.is_empty() {
        return Ok(());
    }
    // Nobody hears about their own comment, and a reply is not also a thread notice.
    let own = match comment.author_id {
        Some(author) => crate::auth::store::notification_address(&state.db, author)
            .await?
            .map(|(_, email)| email),
        None => None,
    };
    to.retain(|(email, _)| Some(email) != own.as_ref());
    to.sort();
    to.dedup_by(|a, b| a.0 == b.0);
    let emails: Vec<String> = to.iter().map(|(e, _)| e.clone()).collect();
    let stopped_replies = store::stopped_among(&state.db, &emails, "replies").await?;
    let stopped_threads = store::stopped_among(&state.db, &emails, "threads").await?;
    let pending: Vec<Pending<'_>> = to
        .iter()
        .filter(|(email, kind)| {
            let stopped = if *kind == THREAD {
                &stopped_threads
            } else {
                &stopped_replies
            };
            !stopped.contains(email)
        })
        .map(|(email, kind)| Pending {
            recipient: email,
            site,
            kind,
            comment: comment.id,
        })
        .collect();
    store::add_pending(&state.db, &pending).await
}

/// Mails every batch that is complete; returns how many mails were queued.
pub async fn send_batches(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = now_ms();
    let config = &state.config.mail;
    let due = store::batches_due(&state.db, now - config.batch_secs as i64 * 1000, 500).await?;
    let mut queued = 0;
    for recipient in due {
        let sent = store::notifications_since(&state.db, &recipient, now - 86_400_000).await?;
        if sent >= i64::from(config.daily_cap) {
            continue;
        }
        queued += send_batch(state, &recipient).await?;
    }
    Ok(queued)
}

/// Takes what waits for `recipient` and queues one mail per kind and site, in one
/// transaction: taken and queued together, or neither.
async fn send_batch(state: &AppState, recipient: &str) -> Result<usize, sqlx::Error> {
    let address = store::recipient(&state.db, recipient).await?;
    let mut tx = state.db.writer.begin().await?;
    let waiting = store::take_pending(&mut tx, recipient).await?;
    let mut groups: BTreeMap<(String, String), Vec<i64>> = BTreeMap::new();
    for row in waiting {
        groups
            .entry((row.site_id, row.kind))
            .or_default()
            .push(row.comment_id);
    }
    let mut queued = 0;
    for ((site, kind), mut ids) in groups {
        if !address.takes(stop_kind(&kind)) {
            continue;
        }
        ids.sort_unstable();
        ids.dedup();
        let mut comments = Vec::with_capacity(ids.len());
        for id in ids {
            // Removed, held or edited into something else since: only what is public now.
            if let Some(c) = crate::comments::store::get_posted(&state.db, id).await? {
                if c.comment.is_public() {
                    comments.push(c);
                }
            }
        }
        if comments.is_empty() {
            continue;
        }
        let unsubscribe = super::link(
            state,
            &format!(
                "/mail/unsubscribe?t={}&k={}",
                address.token,
                stop_kind(&kind)
            ),
        );
        let letter = batch_letter(state, &site, &kind, &comments, unsubscribe).await?;
        store::enqueue(
            &mut tx,
            &store::Outgoing {
                site: Some(&site),
                to: recipient,
                kind: &kind,
                subject: &letter.subject,
                text: &letter.text(),
                html: &letter.html(),
                unsubscribe_url: letter.unsubscribe.as_ref().map(|(_, u)| u.as_str()),
            },
        )
        .await?;
        queued += 1;
    }
    tx.commit().await?;
    metrics::counter!("tribune_mail_queued_total", "kind" => "reply").increment(queued as u64);
    Ok(queued)
}

/// The mail for a batch of comments of one kind on one site.
async fn batch_letter(
    state: &AppState,
    site: &str,
    kind: &str,
    comments: &[PostedComment],
    unsubscribe: String,
) -> Result<Letter, sqlx::Error> {
    let from = Sender::of(state, Some(site)).await;
    let (s, site_name) = (from.strings(), from.name.as_str());
    let mut quotes = Vec::with_capacity(comments.len());
    let mut first_title = String::new();
    // Several replies are often on one page: its title is read once.
    let mut titles: HashMap<&str, String> = HashMap::new();
    for c in comments {
        if !titles.contains_key(c.url.as_str()) {
            let title = crate::sites::store::page(&state.db, &c.site_id, &c.url)
                .await?
                .and_then(|p| p.title)
                .unwrap_or_else(|| c.url.clone());
            titles.insert(&c.url, title);
        }
        let title = &titles[c.url.as_str()];
        if first_title.is_empty() {
            first_title.clone_from(title);
        }
        quotes.push(Quote {
            heading: fill(
                s.wrote,
                &[("author", &c.comment.author_name), ("title", title)],
            ),
            excerpt: excerpt(&c.comment.body),
            link_label: s.read_reply.to_owned(),
            link: format!("{}#comment-{}", c.url, c.comment.id),
        });
    }
    let count = comments.len().to_string();
    let subject = match (kind, comments) {
        (THREAD, _) => fill(s.thread_subject, &[("title", &first_title)]),
        (_, [one]) => fill(
            s.reply_subject_one,
            &[
                ("author", &one.comment.author_name),
                ("title", &first_title),
            ],
        ),
        _ => fill(
            s.reply_subject_many,
            &[("count", &count), ("site", site_name)],
        ),
    };
    let (intro, why) = if kind == THREAD {
        (s.thread_intro, s.why_thread)
    } else {
        (s.reply_intro, s.why_replies)
    };
    Ok(Letter {
        language: from.language.clone(),
        subject,
        paragraphs: vec![fill(intro, &[("site", site_name)])],
        quotes,
        footer: Some(fill(why, &[("site", site_name)])),
        unsubscribe: Some((s.stop.to_owned(), unsubscribe)),
        ..Letter::default()
    })
}
