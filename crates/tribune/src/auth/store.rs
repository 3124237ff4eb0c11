//! Readers, sessions and roles in the database.

use sqlx::FromRow;

use super::domain::Role;
use crate::db::{now_ms, Db};

#[derive(Clone, Debug, FromRow)]
pub struct ReaderRow {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub sso_site: Option<String>,
    pub sso_email: Option<String>,
    pub created_at: i64,
}

/// A signed-in session and its reader.
#[derive(Clone, Debug, FromRow)]
pub struct SessionRow {
    pub reader_id: i64,
    pub csrf_token: String,
    pub name: String,
    /// The site whose single sign-on made this reader, the only site they act on.
    pub sso_site: Option<String>,
}

#[derive(Clone, Debug, FromRow)]
pub struct RoleRow {
    pub site_id: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
}

const READER_COLUMNS: &str = "id, name, email, sso_site, sso_email, created_at";

pub async fn create_password_reader(
    db: &Db,
    name: &str,
    email: &str,
    password_hash: &str,
    signup_ip: Option<&str>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO readers (name, email, password_hash, created_at, signup_ip) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(name)
        .bind(email)
        .bind(password_hash)
        .bind(now_ms())
        .bind(signup_ip)
        .fetch_one(&db.writer)
        .await
}

/// The reader id and password hash for an email, if it has a password account.
/// What signing in with a password needs to know about an account.
#[derive(Debug, FromRow)]
pub struct Login {
    pub id: i64,
    pub password_hash: String,
    /// Wrong passwords in a row.
    pub failed_logins: i64,
    /// No attempt is checked before this time.
    pub locked_until: Option<i64>,
}

pub async fn find_login(db: &Db, email: &str) -> Result<Option<Login>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, password_hash, failed_logins, login_locked_until AS locked_until
         FROM readers WHERE email = $1 AND password_hash IS NOT NULL",
    )
    .bind(email)
    .fetch_optional(&db.pool)
    .await
}

/// A wrong password: one more failure, and the wait before the next attempt, if any.
pub async fn login_failed(
    db: &Db,
    reader_id: i64,
    now: i64,
    wait_ms: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE readers SET failed_logins = failed_logins + 1, login_locked_until = $1 WHERE id = $2",
    )
    .bind(wait_ms.map(|w| now + w))
    .bind(reader_id)
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// The right password: the count of failures starts again.
pub async fn login_succeeded(db: &Db, reader_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE readers SET failed_logins = 0, login_locked_until = NULL WHERE id = $1")
        .bind(reader_id)
        .execute(&db.writer)
        .await?;
    Ok(())
}

pub async fn set_password(db: &Db, reader_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE readers SET password_hash = $1, failed_logins = 0, login_locked_until = NULL WHERE id = $2",
    )
        .bind(password_hash)
        .bind(reader_id)
        .execute(&db.writer)
        .await?;
    Ok(())
}

/// The live account with this address (a password account, or one an import brought that
/// was never claimed), as `(id, name)`.
pub async fn account_by_email(db: &Db, email: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM readers WHERE email = $1 AND deleted_at IS NULL")
        .bind(email)
        .fetch_optional(&db.writer)
        .await
}

/// A password chosen through a reset link: the address is proven, an imported account is
/// claimed, the failures are forgotten, and every other session ends (whoever knew the old
/// password is signed out).
pub async fn reset_password(
    db: &Db,
    reader_id: i64,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    sqlx::query(
        "UPDATE readers SET password_hash = $1, failed_logins = 0, login_locked_until = NULL,
             imported_site = NULL, email_verified_at = COALESCE(email_verified_at, $2)
         WHERE id = $3",
    )
    .bind(password_hash)
    .bind(now)
    .bind(reader_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM sessions WHERE reader_id = $1")
        .bind(reader_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Finds or creates the reader a host site vouches for, refreshing the name and email it
/// sends each time (the sign-up address is the first one's).
pub async fn upsert_sso_reader(
    db: &Db,
    site: &str,
    subject: &str,
    name: &str,
    email: Option<&str>,
    signup_ip: &str,
) -> Result<i64, sqlx::Error> {
    if let Some(email) = email {
        // The site vouches for the address of a reader an import brought to this same site:
        // the imported account becomes theirs, with its comments.
        let claimed: Option<i64> = sqlx::query_scalar(
            "UPDATE readers SET sso_site = $1, sso_subject = $2, sso_email = $3, name = $4, imported_site = NULL
             WHERE email = $3 AND imported_site = $1 AND password_hash IS NULL AND sso_subject IS NULL
               AND NOT EXISTS (SELECT 1 FROM readers r WHERE r.sso_site = $1 AND r.sso_subject = $2)
             RETURNING id",
        )
        .bind(site)
        .bind(subject)
        .bind(email)
        .bind(name)
        .fetch_optional(&db.writer)
        .await?;
        if let Some(id) = claimed {
            return Ok(id);
        }
    }
    sqlx::query_scalar(
        "INSERT INTO readers (name, sso_site, sso_subject, sso_email, created_at, signup_ip) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sso_site, sso_subject) DO UPDATE SET name = excluded.name, sso_email = excluded.sso_email
         RETURNING id",
    )
    .bind(name)
    .bind(site)
    .bind(subject)
    .bind(email)
    .bind(now_ms())
    .bind(signup_ip)
    .fetch_one(&db.writer)
    .await
}

/// A reader an import names: their address, name and first comment's time.
pub struct ImportedReader<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub created_at: i64,
}

/// The readers with these (distinct) addresses, created for an import into `site` where there
/// are none: such an account has no password and no sign-on yet, and the site's single
/// sign-on claims it. Returns `(email, id, created)` for each.
pub async fn import_readers(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site: &str,
    readers: &[ImportedReader<'_>],
) -> Result<Vec<(String, i64, bool)>, sqlx::Error> {
    let mut found = Vec::with_capacity(readers.len());
    for chunk in readers.chunks(500) {
        let sql = format!(
            "INSERT INTO readers (email, name, created_at, imported_site) VALUES {}
             ON CONFLICT (email) DO NOTHING RETURNING email, id",
            crate::db::value_rows(db.engine, chunk.len(), 4)
        );
        let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
        for r in chunk {
            query = query
                .bind(r.email)
                .bind(r.name)
                .bind(r.created_at)
                .bind(site);
        }
        let created: std::collections::HashMap<String, i64> =
            query.fetch_all(&mut **tx).await?.into_iter().collect();
        let existing: Vec<&str> = chunk
            .iter()
            .map(|r| r.email)
            .filter(|e| !created.contains_key(*e))
            .collect();
        if !existing.is_empty() {
            let sql = format!(
                "SELECT email, id FROM readers WHERE email IN ({})",
                crate::db::placeholders(1, existing.len())
            );
            let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
            for email in &existing {
                query = query.bind(*email);
            }
            found.extend(
                query
                    .fetch_all(&mut **tx)
                    .await?
                    .into_iter()
                    .map(|(email, id)| (email, id, false)),
            );
        }
        found.extend(created.into_iter().map(|(email, id)| (email, id, true)));
    }
    Ok(found)
}

pub async fn reader(db: &Db, id: i64) -> Result<Option<ReaderRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {READER_COLUMNS} FROM readers WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

/// The name and address a reader gets notifications at: their own address (or the one their
/// host site vouches for), once verified; none for deleted accounts.
pub async fn notification_address(
    db: &Db,
    id: i64,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT name, COALESCE(email, sso_email) FROM readers
         WHERE id = $1 AND deleted_at IS NULL AND email_verified_at IS NOT NULL
           AND COALESCE(email, sso_email) IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

/// Records that the reader proved `email` is theirs.
pub async fn mark_verified(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE readers SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
    )
    .bind(now_ms())
    .bind(id)
    .execute(&db.writer)
    .await?;
    Ok(())
}

pub async fn reader_by_email(db: &Db, email: &str) -> Result<Option<ReaderRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {READER_COLUMNS} FROM readers WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(&db.pool)
    .await
}

pub async fn create_session(
    db: &Db,
    reader_id: i64,
    token_hash: &str,
    csrf_token: &str,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO sessions (token_hash, reader_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash)
        .bind(reader_id)
        .bind(csrf_token)
        .bind(now_ms())
        .bind(expires_at)
        .execute(&db.writer)
        .await?;
    Ok(())
}

pub async fn find_session(db: &Db, token_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.reader_id, s.csrf_token, r.name, r.sso_site FROM sessions s JOIN readers r ON r.id = s.reader_id
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(&db.pool)
    .await
}

pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&db.writer)
        .await?;
    Ok(())
}

pub async fn roles(db: &Db, reader_id: i64) -> Result<Vec<RoleRow>, sqlx::Error> {
    sqlx::query_as("SELECT site_id, role FROM roles WHERE reader_id = $1 ORDER BY site_id")
        .bind(reader_id)
        .fetch_all(&db.pool)
        .await
}

pub async fn set_role(
    db: &Db,
    site_id: &str,
    reader_id: i64,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO roles (site_id, reader_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (site_id, reader_id) DO UPDATE SET role = excluded.role",
    )
    .bind(site_id)
    .bind(reader_id)
    .bind(role.as_str())
    .execute(&db.writer)
    .await?;
    crate::sites::store::touch_pages_of(&db.writer, site_id, reader_id).await
}

/// The display names of some readers, in one query.
pub async fn names(
    db: &Db,
    reader_ids: &[i64],
) -> Result<std::collections::HashMap<i64, String>, sqlx::Error> {
    if reader_ids.is_empty() {
        return Ok(Default::default());
    }
    let sql = format!(
        "SELECT id, name FROM readers WHERE id IN ({})",
        crate::db::placeholders(1, reader_ids.len())
    );
    let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
    for id in reader_ids {
        query = query.bind(id);
    }
    Ok(query.fetch_all(&db.pool).await?.into_iter().collect())
}

/// The roles some readers hold on one site, as `(reader_id, role)`.
pub async fn roles_on_site(
    db: &Db,
    site_id: &str,
    reader_ids: &[i64],
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    if reader_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT reader_id, role FROM roles WHERE site_id = $1 AND reader_id IN ({})",
        crate::db::placeholders(2, reader_ids.len())
    );
    let mut query = sqlx::query_as(&sql).bind(site_id);
    for id in reader_ids {
        query = query.bind(id);
    }
    query.fetch_all(&db.pool).await
}

pub async fn remove_role(db: &Db, site_id: &str, reader_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM roles WHERE site_id = $1 AND reader_id = $2")
        .bind(site_id)
        .bind(reader_id)
        .execute(&db.writer)
        .await?;
    crate::sites::store::touch_pages_of(&db.writer, site_id, reader_id).await
}

/// A site's moderators and admins: `(reader_id, name, email, role)`.
pub async fn site_team(
    db: &Db,
    site_id: &str,
) -> Result<Vec<(i64, String, Option<String>, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.id, r.name, r.email, ro.role FROM roles ro JOIN readers r ON r.id = ro.reader_id
         WHERE ro.site_id = $1 ORDER BY ro.role, r.name",
    )
    .bind(site_id)
    .fetch_all(&db.pool)
    .await
}

/// A reader's sessions: `(created_at, expires_at)`, without their tokens.
pub async fn sessions_of(db: &Db, reader: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT created_at, expires_at FROM sessions WHERE reader_id = $1 ORDER BY created_at",
    )
    .bind(reader)
    .fetch_all(&db.pool)
    .await
}

/// Deletes an account: its sessions and roles go, and its row stays, emptied of everything
/// that names the person (comments, bans and the log refer to it by id). Nobody can sign in
/// to it again; the same email or SSO user makes a new account.
pub async fn erase_reader(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    reader: i64,
) -> Result<(), sqlx::Error> {
    for table in ["sessions", "roles"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE reader_id = $1"))
            .bind(reader)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "UPDATE readers SET name = '', email = NULL, password_hash = NULL, sso_subject = NULL,
             sso_email = NULL, signup_ip = NULL, failed_logins = 0, login_locked_until = NULL,
             feed_token = NULL,
             deleted_at = $1
         WHERE id = $2",
    )
    .bind(now_ms())
    .bind(reader)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The token of a reader's feed of replies, made on first use.
pub async fn feed_token(db: &Db, reader: i64) -> Result<String, sqlx::Error> {
    let token = crate::auth::random_token();
    sqlx::query("UPDATE readers SET feed_token = COALESCE(feed_token, $1) WHERE id = $2")
        .bind(&token)
        .bind(reader)
        .execute(&db.writer)
        .await?;
    sqlx::query_scalar("SELECT feed_token FROM readers WHERE id = $1")
        .bind(reader)
        .fetch_one(&db.pool)
        .await
}

/// The reader a feed token belongs to.
pub async fn reader_by_feed_token(db: &Db, token: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM readers WHERE feed_token = $1 AND deleted_at IS NULL")
        .bind(token)
        .fetch_optional(&db.pool)
        .await
}
