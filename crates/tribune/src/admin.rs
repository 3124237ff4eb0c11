//! `tribune admin ...`: the operator's commands on the database (sites, staff, word lists,
//! supporters, closed pages). `cli.rs` only parses and dispatches; the checks on what an
//! operator types live with the domain types they build (`SiteId`, `parse_origin`,
//! `PageUrl`, the word lists), so the API and the CLI refuse the same things.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use crate::auth::domain::Role;
use crate::config::Config;
use crate::db::Db;
use crate::sites::domain::{parse_origin, PageRules, PageUrl, SiteId};
use crate::{auth, sites};

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a site (a publication), or update it when the id exists.
    AddSite {
        /// 1 to 64 of a-z, 0-9, - and _.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// An origin allowed to embed the widget (repeat; `*` for any), e.g. `https://news.example`
        #[arg(long = "origin")]
        origins: Vec<String>,
        /// Refuse anonymous comments (readers must sign in).
        #[arg(long)]
        no_anonymous: bool,
        /// The HS256 secret the host site signs its SSO tokens with.
        #[arg(long, env = "TRIBUNE_ADMIN_SSO_SECRET", hide_env_values = true)]
        sso_secret: Option<String>,
        /// The language of the site's mail: en, ru or tr (unchanged when not given; en for
        /// a new site).
        #[arg(long)]
        language: Option<String>,
    },
    /// List the sites.
    ListSites,
    /// Give an account a moderator (or admin) role on a site, creating the account if needed.
    AddModerator {
        #[arg(long)]
        site: String,
        #[arg(long)]
        email: String,
        /// Password for a new account (or a new password for an existing one).
        #[arg(long, env = "TRIBUNE_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
        #[arg(long)]
        name: Option<String>,
        /// Make the account a site admin rather than a moderator.
        #[arg(long)]
        admin: bool,
    },
    /// Set a site's own banned (refused) and suspect (held) words, on top of the house rules.
    /// Files hold one entry a line (`#` starts a comment); `word*` also matches longer words
    /// beginning with it, `*word` words ending with it.
    SetWords {
        #[arg(long)]
        site: String,
        /// Banned words file (leave out to keep the current list).
        #[arg(long)]
        banned: Option<PathBuf>,
        /// Suspect words file (leave out to keep the current list).
        #[arg(long)]
        suspect: Option<PathBuf>,
    },
    /// Make a reader a supporter without payment (staff, gifts), or revoke that.
    GrantSupporter {
        #[arg(long)]
        site: String,
        #[arg(long)]
        email: String,
        /// Last day of support (YYYY-MM-DD); open-ended without it.
        #[arg(long)]
        until: Option<String>,
        /// Why (shown to moderators).
        #[arg(long, default_value = "granted by an admin")]
        note: String,
        #[arg(long)]
        revoke: bool,
    },
    /// The Stripe events that matched no supporter here (an unknown site or reader): they were
    /// answered 200 so that Stripe stops retrying, and wait here for an admin.
    StripeEvents {
        /// Every recent event, whatever it led to.
        #[arg(long)]
        all: bool,
    },
    /// Say which query parameters name a different page of a site (`p` for WordPress's
    /// `?p=123`); by default every parameter but the tracking ones (`utm_*`, `fbclid`, ...) does.
    PageParams {
        #[arg(long)]
        site: String,
        /// A parameter that matters (repeat).
        #[arg(long)]
        keep: Vec<String>,
        /// Back to the default: every parameter but the tracking ones.
        #[arg(long)]
        all: bool,
    },
    /// Merge the threads that one page's different addresses split (a trailing slash, tracking
    /// parameters, http and https...) before addresses were canonical, or after the site's
    /// rules changed: each page's comments move to the page at its canonical address.
    MergePages {
        #[arg(long)]
        site: String,
        /// Print what would be merged, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Close a page to new comments (or reopen it).
    ClosePage {
        #[arg(long)]
        site: String,
        #[arg(long)]
        url: String,
        #[arg(long)]
        reopen: bool,
    },
}

/// Runs one admin command against the configured database.
pub async fn run(config: &Config, command: AdminCommand) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url()).await?;
    match command {
        AdminCommand::AddSite {
            id,
            name,
            origins,
            no_anonymous,
            sso_secret,
            language,
        } => {
            let id = SiteId::parse(&id).map_err(|e| anyhow::anyhow!("--id {e}"))?;
            if let Some(language) = &language {
                let known = crate::mail::strings::LANGUAGES;
                anyhow::ensure!(
                    known.contains(&language.as_str()),
                    "--language {language:?} is not one Tribune writes mail in: use one of {}",
                    known.join(", ")
                );
            }
            let origins = origins
                .iter()
                .map(|o| parse_origin(o).map_err(|e| anyhow::anyhow!("--origin {e}")))
                .collect::<anyhow::Result<Vec<String>>>()?;
            sites::store::upsert_site(
                &db,
                id.as_str(),
                &name,
                &origins.join(" "),
                !no_anonymous,
                sso_secret.as_deref(),
                language.as_deref(),
            )
            .await?;
            println!("site {:?} saved", id.as_str());
        }
        AdminCommand::ListSites => {
            for s in sites::store::sites(&db).await? {
                println!(
                    "{}\t{}\torigins: {}\tanonymous: {}\tsso: {}",
                    s.id,
                    s.name,
                    if s.origins.is_empty() {
                        "(none)"
                    } else {
                        &s.origins
                    },
                    if s.allows_anonymous() { "yes" } else { "no" },
                    if s.sso_secret.is_some() { "yes" } else { "no" }
                );
            }
        }
        AdminCommand::AddModerator {
            site,
            email,
            password,
            name,
            admin,
        } => {
            sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let default_name = email.split('@').next().unwrap_or("moderator").to_owned();
            let id = auth::ensure_password_account(
                &db,
                &email,
                &password,
                name.as_deref().unwrap_or(&default_name),
            )
            .await?;
            let role = if admin { Role::Admin } else { Role::Moderator };
            auth::store::set_role(&db, &site, id, role).await?;
            println!("{email} is now {role} of site {site:?}");
        }
        AdminCommand::SetWords {
            site,
            banned,
            suspect,
        } => {
            let row = sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let banned = read_word_list(banned.as_deref())?.unwrap_or(row.banned_words);
            let suspect = read_word_list(suspect.as_deref())?.unwrap_or(row.suspect_words);
            sites::store::set_words(&db, &site, &banned, &suspect).await?;
            println!(
                "site {site:?}: {} banned and {} suspect words (in force within {} s)",
                sites::store::entries(&banned).count(),
                sites::store::entries(&suspect).count(),
                sites::SITE_TTL.as_secs()
            );
        }
        AdminCommand::GrantSupporter {
            site,
            email,
            until,
            note,
            revoke,
        } => {
            sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let reader = auth::store::reader_by_email(&db, &email.trim().to_lowercase())
                .await?
                .with_context(|| format!("--email: no account with email {email}"))?;
            let until = until.as_deref().map(end_of_day).transpose()?;
            crate::billing::store::grant(&db, &site, reader.id, until, &note, None, revoke).await?;
            println!(
                "{email} {} on site {site:?}",
                if revoke {
                    "is no longer a supporter".to_owned()
                } else {
                    match until {
                        Some(t) => format!("is a supporter until {}", crate::db::rfc3339(t)),
                        None => "is a supporter".to_owned(),
                    }
                }
            );
        }
        AdminCommand::StripeEvents { all } => {
            let events = crate::billing::store::stripe_events(&db, all, 200).await?;
            if events.is_empty() {
                println!("no {}Stripe events", if all { "" } else { "unmatched " });
            }
            for e in events {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    e.id,
                    e.kind,
                    crate::db::rfc3339(e.created * 1000),
                    e.outcome.as_deref().unwrap_or("-"),
                    e.detail.as_deref().unwrap_or("")
                );
            }
        }
        AdminCommand::PageParams { site, keep, all } => {
            sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            anyhow::ensure!(
                all == keep.is_empty(),
                "name the parameters that matter with --keep NAME (repeat), or --all"
            );
            for name in &keep {
                anyhow::ensure!(
                    !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "-_.[]".contains(c)),
                    "--keep {name:?} is not a query parameter name"
                );
            }
            let params = (!all).then(|| keep.join(" "));
            sites::store::set_page_params(&db, &site, params.as_deref()).await?;
            println!(
                "site {site:?}: {} (in force within {} s; merge threads split before with merge-pages)",
                match &params {
                    Some(p) => format!("only the query parameters {p} name a page"),
                    None => "every query parameter but the tracking ones names a page".into(),
                },
                sites::SITE_TTL.as_secs()
            );
        }
        AdminCommand::MergePages { site, dry_run } => {
            let row = sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let own = config.public_url();
            merge_pages(&db, &row, &row.page_rules(&own), dry_run).await?;
        }
        AdminCommand::ClosePage { site, url, reopen } => {
            let row = sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let own = config.public_url();
            let url = PageUrl::canonical(&url, &row.page_rules(&own))
                .map_err(|e| anyhow::anyhow!("--url: {e}"))?;
            sites::store::set_page_closed(&db, &site, url.as_str(), !reopen).await?;
            println!(
                "{} is {}",
                url.as_str(),
                if reopen {
                    "open to comments"
                } else {
                    "closed to new comments"
                }
            );
        }
    }
    Ok(())
}

/// Groups a site's pages by canonical address and folds each group into one page, its
/// comments moved, in one transaction per group. Pages on none of the site's origins are left
/// alone and listed.
async fn merge_pages(
    db: &Db,
    site: &sites::store::SiteRow,
    rules: &PageRules<'_>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let mut groups: std::collections::BTreeMap<String, Vec<(i64, String, i64)>> =
        std::collections::BTreeMap::new();
    for (id, url, count) in sites::store::pages_of(db, &site.id).await? {
        match PageUrl::canonical(&url, rules) {
            Ok(canonical) => groups
                .entry(canonical.into_string())
                .or_default()
                .push((id, url, count)),
            Err(e) => println!("left alone: {url} ({e})"),
        }
    }
    let mut merged = 0;
    for (canonical, pages) in groups {
        if pages.len() == 1 && pages[0].1 == canonical {
            continue;
        }
        // The page already at the canonical address keeps its id; else the oldest.
        let target = pages
            .iter()
            .find(|(_, url, _)| *url == canonical)
            .unwrap_or(&pages[0])
            .0;
        let folded: Vec<i64> = pages
            .iter()
            .map(|(id, _, _)| *id)
            .filter(|id| *id != target)
            .collect();
        let comments: i64 = pages.iter().map(|(_, _, n)| n).sum();
        println!(
            "{canonical} <- {} ({comments} visible comments)",
            pages
                .iter()
                .map(|(_, url, _)| url.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        merged += 1;
        if dry_run {
            continue;
        }
        let mut tx = db.writer.begin().await?;
        let count = crate::comments::store::move_to_page(&mut tx, &folded, target).await?;
        sites::store::fold_pages(&mut tx, target, &folded, &canonical, count).await?;
        tx.commit().await?;
    }
    println!(
        "{merged} page{} {}",
        if merged == 1 { "" } else { "s" },
        if dry_run {
            "would be merged (dry run)"
        } else {
            "merged"
        }
    );
    Ok(())
}

/// The end of a day given as `YYYY-MM-DD` (midnight after it, UTC), in milliseconds.
fn end_of_day(day: &str) -> anyhow::Result<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let d = time::Date::parse(day, &format)
        .map_err(|_| anyhow::anyhow!("--until {day:?} is not a date like 2027-12-31"))?;
    let end = d.next_day().unwrap_or(d).midnight().assume_utc();
    Ok((end.unix_timestamp_nanos() / 1_000_000) as i64)
}

/// Reads a word-list file, checking every entry, and names the file and line of a bad one.
fn read_word_list(path: Option<&std::path::Path>) -> anyhow::Result<Option<String>> {
    let Some(path) = path else { return Ok(None) };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    for (i, line) in text.lines().enumerate() {
        for entry in sites::store::entries(line) {
            moderation::rules::WordLists::new([entry], []).map_err(|e| {
                anyhow::anyhow!(
                    "{}:{}: {e}; remove the line or give it letters",
                    path.display(),
                    i + 1
                )
            })?;
        }
    }
    Ok(Some(text))
}
