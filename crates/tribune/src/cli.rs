//! The command line: `tribune serve | migrate | admin | publish | check | train | eval |
//! campaigns | simulate`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use moderation::classifier::TrainOptions;
use moderation::{Classifier, Policy};

use crate::app::Application;
use crate::config::{Config, LogFormat};
use crate::db::Db;
use crate::sites::SiteId;
use crate::training::SourceWeights;
use crate::web::articles::{self, Article};
use crate::{auth, campaigns, check, demo, sites, training};

#[derive(Debug, Parser)]
#[command(
    name = "tribune",
    version,
    about = "Comments, house rules, bans and supporters for a news site."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Args)]
struct ConfigArgs {
    /// Configuration file (default: ./tribune.toml when present).
    #[arg(long, short, global = true)]
    config: Option<PathBuf>,
    /// Database URL, overriding the configuration (sqlite://PATH or postgres://...).
    #[arg(long, global = true)]
    database_url: Option<String>,
}

impl ConfigArgs {
    fn load(&self) -> anyhow::Result<Config> {
        let mut config =
            Config::load(self.config.as_deref()).context("reading the configuration")?;
        if let Some(url) = &self.database_url {
            config.database_url = Some(url.clone());
        }
        Ok(config)
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server.
    Serve {
        #[command(flatten)]
        config: ConfigArgs,
        /// Address to listen on, overriding the configuration (e.g. 127.0.0.1:9000).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
        /// Serve the demo publication: the `demo` site (open to any origin), its articles and
        /// threads, and a moderator whose credentials are printed. Idempotent.
        #[arg(long)]
        demo: bool,
    },
    /// Create or upgrade the database schema, then exit.
    Migrate {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Manage sites, moderators and pages.
    Admin {
        #[command(flatten)]
        config: ConfigArgs,
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Publish Markdown articles (YAML front matter: title, standfirst, author, date, slug) on
    /// Tribune's own pages; republishing a slug replaces the article.
    Publish {
        #[command(flatten)]
        config: ConfigArgs,
        /// The article files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site to publish on (default: publication.site from the configuration).
        #[arg(long)]
        site: Option<String>,
    },
    /// Find coordinated campaigns in recorded event streams, and evaluate the detector.
    Campaigns {
        #[command(subcommand)]
        command: CampaignsCommand,
    },
    /// Write a simulated event stream (organic readers with injected campaigns) and its
    /// ground truth (`OUT.truth.json`), from ../shared/data.
    Simulate {
        /// The JSON-lines stream to write.
        #[arg(long, default_value = "simulated-events.jsonl")]
        out: PathBuf,
        /// The data folder (toxicity/ and trolls/, see ../shared/data/SOURCES.md).
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 2)]
        days: u32,
        /// Organic readers.
        #[arg(long, default_value_t = 1500)]
        organic: usize,
        /// Campaigns per tactic (copy-paste, paraphrase, vote-only, slow-drip, ban-evasion).
        #[arg(long, default_value_t = 4)]
        campaigns: usize,
    },
    /// Judge text against the house rules and explain the verdict.
    Check {
        /// The text to judge; without it, one text per line of standard input.
        text: Option<String>,
        /// Print one JSON verdict per line.
        #[arg(long)]
        json: bool,
        /// A house-rules TOML file (default: the editor's rules).
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Use this classifier model file instead of the shipped one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Train the abuse/obscenity classifier from the labelled datasets.
    Train {
        /// The toxicity data folder (see ../shared/data/SOURCES.md).
        #[arg(long, default_value = "../shared/data/toxicity")]
        data: PathBuf,
        /// The Russian and Turkish comments folder (see ../shared/data/SOURCES.md).
        #[arg(long, default_value = "../shared/data/multilingual")]
        multilingual: PathBuf,
        /// The word classes table (made by scripts/word-classes.py).
        #[arg(long, default_value_os_t = training::default_classes_path())]
        classes: PathBuf,
        /// Tribune's contrast cases (made by scripts/contrast-cases.py).
        #[arg(long, default_value_os_t = training::default_contrasts_path())]
        contrasts: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value_os_t = training::default_model_path())]
        out: PathBuf,
        /// Also write the held-out Jigsaw rows here, for `tribune eval`, and the Russian and
        /// Turkish ones beside it (`FILE.ru.csv`, `FILE.tr.csv` for `FILE.csv`).
        #[arg(long)]
        held_out: Option<PathBuf>,
        /// Hash buckets are 2^bits.
        #[arg(long, default_value_t = TrainOptions::default().bits)]
        bits: u32,
        #[arg(long, default_value_t = TrainOptions::default().epochs)]
        epochs: usize,
        #[arg(long, default_value_t = TrainOptions::default().learning_rate)]
        learning_rate: f32,
        #[arg(long, default_value_t = TrainOptions::default().l2)]
        l2: f32,
        /// Naive Bayes smoothing for the feature ratios (0 trains on plain presence features).
        #[arg(long, default_value_t = TrainOptions::default().nb_alpha.unwrap_or(0.0))]
        nb_alpha: f32,
        /// Weight of a tweet against a talk-page comment (0 leaves tweets out).
        #[arg(long, default_value_t = SourceWeights::default().tweets)]
        tweet_weight: f32,
        /// Weight of a SemEval toxic-spans news comment, whole (abusive) and with its toxic
        /// spans blanked out (not abusive); 0 leaves them out.
        #[arg(long, default_value_t = SourceWeights::default().news_spans)]
        spans_weight: f32,
        /// Weight of a ParaDetox comment or rewrite (0 leaves them out).
        #[arg(long, default_value_t = SourceWeights::default().paradetox)]
        paradetox_weight: f32,
        /// Weight of a Russian or Turkish comment (0 leaves them out).
        #[arg(long, default_value_t = SourceWeights::default().multilingual)]
        multilingual_weight: f32,
        /// Weight of one of Tribune's own contrast cases (0 leaves them out).
        #[arg(long, default_value_t = SourceWeights::default().contrasts)]
        contrasts_weight: f32,
    },
    /// Evaluate the house rules on a labelled CSV: ROC AUC, precision, recall, throughput.
    Eval {
        /// A CSV with a text column (comment_text, text or tweet) and labels
        /// (toxic/insult/threat/identity_hate/labels/class for abusive, obscene).
        csv: PathBuf,
        /// Take the labels from this CSV instead, joined on an `id` column (the Jigsaw
        /// competition's test.csv with test_labels.csv; -1 marks rows left out).
        #[arg(long)]
        labels: Option<PathBuf>,
        /// Disguise every text first (look-alikes, leet, zero-width, separators).
        #[arg(long)]
        disguised: bool,
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Evaluate this model file instead of the shipped one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum CampaignsCommand {
    /// Replay a JSON-lines event stream through the detector, in the stream's own time.
    Detect {
        #[arg(long)]
        events: PathBuf,
        /// Print `{"campaigns": [...]}`.
        #[arg(long)]
        json: bool,
        /// Hours of activity the detector keeps (memory is bounded by it).
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u32).range(1..=720))]
        window_hours: u32,
    },
    /// Score the detector and two baselines against a simulated stream's ground truth.
    Eval {
        #[arg(long)]
        events: PathBuf,
        /// Ground truth (default: EVENTS.truth.json, as `tribune simulate` writes it).
        #[arg(long)]
        truth: Option<PathBuf>,
        /// Hours of activity the detector keeps (memory is bounded by it).
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u32).range(1..=720))]
        window_hours: u32,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a site (a publication), or update it when the id exists.
    AddSite {
        /// 1 to 64 of a-z, 0-9, - and _.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// An origin allowed to embed the widget (repeat; `*` for any), e.g. https://news.example
        #[arg(long = "origin")]
        origins: Vec<String>,
        /// Refuse anonymous comments (readers must sign in).
        #[arg(long)]
        no_anonymous: bool,
        /// The HS256 secret the host site signs its SSO tokens with.
        #[arg(long, env = "TRIBUNE_ADMIN_SSO_SECRET", hide_env_values = true)]
        sso_secret: Option<String>,
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

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

async fn admin(config: &Config, command: AdminCommand) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url()).await?;
    match command {
        AdminCommand::AddSite {
            id,
            name,
            origins,
            no_anonymous,
            sso_secret,
        } => {
            let id = SiteId::parse(&id).map_err(|e| anyhow::anyhow!("--id {e}"))?;
            for origin in &origins {
                let ok =
                    origin == "*" || url::Url::parse(origin).is_ok_and(|u| u.origin().is_tuple());
                anyhow::ensure!(
                    ok,
                    "--origin {origin:?} is not an origin like https://news.example (or *)"
                );
            }
            let origins: Vec<String> = origins
                .iter()
                .map(|o| o.trim_end_matches('/').to_owned())
                .collect();
            sites::store::upsert_site(
                &db,
                id.as_str(),
                &name,
                &origins.join(" "),
                !no_anonymous,
                sso_secret.as_deref(),
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
            let role = if admin { "admin" } else { "moderator" };
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
            let until = until
                .map(|day| {
                    let format = time::macros::format_description!("[year]-[month]-[day]");
                    time::Date::parse(&day, &format)
                        .map(|d| {
                            let end = d.next_day().unwrap_or(d).midnight().assume_utc();
                            (end.unix_timestamp_nanos() / 1_000_000) as i64
                        })
                        .map_err(|_| {
                            anyhow::anyhow!("--until {day:?} is not a date like 2027-12-31")
                        })
                })
                .transpose()?;
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
        AdminCommand::ClosePage { site, url, reopen } => {
            sites::store::site(&db, &site)
                .await
                .map_err(|e| anyhow::anyhow!("--site: {e}"))?;
            let url = crate::comments::domain::PageUrl::parse(&url)
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

async fn publish(config: &Config, files: &[PathBuf], site: Option<String>) -> anyhow::Result<()> {
    let Some(site) = site.or_else(|| config.publication.site.clone()) else {
        anyhow::bail!("name the site with --site, or set publication.site in the configuration");
    };
    // Every file is checked before anything is stored.
    let mut parsed = Vec::with_capacity(files.len());
    for path in files {
        let source = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let article = Article::parse(&source).with_context(|| format!("{}", path.display()))?;
        parsed.push(article);
    }
    let db = Db::connect(&config.database_url()).await?;
    sites::store::site(&db, &site)
        .await
        .map_err(|e| anyhow::anyhow!("--site: {e}; create it with tribune admin add-site"))?;
    let base = config.public_url();
    for article in &parsed {
        let new = articles::publish(&db, &site, article).await?;
        println!(
            "{} {base}/articles/{}",
            if new { "published" } else { "updated" },
            article.slug
        );
    }
    Ok(())
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

fn load_policy(path: Option<&PathBuf>, model: Option<&PathBuf>) -> anyhow::Result<Policy> {
    let source = match path {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("cannot read policy file {}", p.display()))?,
        None => moderation::DEFAULT_POLICY.to_owned(),
    };
    let classifier = match model {
        Some(m) => {
            let bytes =
                std::fs::read(m).with_context(|| format!("cannot read model {}", m.display()))?;
            Classifier::from_bytes(&bytes).with_context(|| format!("model {}", m.display()))?
        }
        None => Classifier::embedded()?,
    };
    let name = path.map_or("the default policy".to_owned(), |p| p.display().to_string());
    Policy::with_classifier(&source, Arc::new(classifier)).with_context(|| format!("in {name}"))
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("tribune: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve {
            config,
            listen,
            demo,
        } => {
            let mut config = config.load()?;
            if let Some(listen) = listen {
                config.listen = listen;
            }
            if demo {
                demo::configure(&mut config);
            }
            init_tracing(config.log_format);
            for name in &config.ignored_env {
                tracing::warn!(
                    variable = %name,
                    "ignoring an environment variable that names no setting (Kubernetes service links look like this; a typo too)"
                );
            }
            runtime()?.block_on(async {
                let app = Application::build(config).await?;
                if demo {
                    let login = demo::ensure(app.state()).await?;
                    println!(
                        "The demo publication is ready at http://{}/ (site \"{}\").\n\
                         Moderator sign-in: {} / {}",
                        app.local_addr(),
                        demo::SITE,
                        login.email,
                        login.password
                    );
                }
                println!("Tribune is listening on http://{}", app.local_addr());
                app.run_until_stopped().await
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { config } => {
            let config = config.load()?;
            runtime()?.block_on(Db::connect(&config.database_url()))?;
            println!("database at {} is up to date", config.database_url());
            Ok(ExitCode::SUCCESS)
        }
        Command::Publish {
            config,
            files,
            site,
        } => {
            let config = config.load()?;
            runtime()?.block_on(publish(&config, &files, site))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin { config, command } => {
            let config = config.load()?;
            runtime()?.block_on(admin(&config, command))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            text,
            json,
            policy,
            model,
        } => {
            let policy = load_policy(policy.as_ref(), model.as_ref())?;
            let all_allowed = check::run(&policy, text, json)?;
            // 0: everything allowed; 3: something held or refused (1 is an error).
            Ok(if all_allowed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(3)
            })
        }
        Command::Train {
            data,
            multilingual,
            classes,
            contrasts,
            out,
            held_out,
            bits,
            epochs,
            learning_rate,
            l2,
            nb_alpha,
            tweet_weight,
            spans_weight,
            paradetox_weight,
            multilingual_weight,
            contrasts_weight,
        } => {
            let options = TrainOptions {
                bits,
                epochs,
                learning_rate,
                l2,
                nb_alpha: (nb_alpha > 0.0).then_some(nb_alpha),
                ..TrainOptions::default()
            };
            let weights = SourceWeights {
                tweets: tweet_weight,
                news_spans: spans_weight,
                paradetox: paradetox_weight,
                multilingual: multilingual_weight,
                contrasts: contrasts_weight,
            };
            let inputs = training::Inputs {
                toxicity: data,
                multilingual,
                contrasts,
                classes,
            };
            training::run_train(&inputs, &out, held_out.as_deref(), weights, &options)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Campaigns { command } => {
            match command {
                CampaignsCommand::Detect {
                    events,
                    json,
                    window_hours,
                } => {
                    let stream = campaigns::read_events(&events)?;
                    let (found, rate) = campaigns::detect(&stream, detector_config(window_hours));
                    if json {
                        println!("{}", campaigns::to_json(&found));
                    } else {
                        print!("{}", campaigns::to_text(&found, stream.len(), rate));
                    }
                }
                CampaignsCommand::Eval {
                    events,
                    truth,
                    window_hours,
                } => {
                    let stream = campaigns::read_events(&events)?;
                    let truth = truth.unwrap_or_else(|| campaigns::simulate::truth_path(&events));
                    let truth = campaigns::read_truth(&truth)?;
                    print!(
                        "{}",
                        campaigns::evaluate(&stream, &truth, detector_config(window_hours))
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Simulate {
            out,
            data,
            seed,
            days,
            organic,
            campaigns: per_tactic,
        } => {
            let (events, accounts) = campaigns::simulate::run(&campaigns::simulate::Options {
                data,
                out: out.clone(),
                seed,
                days,
                organic,
                campaigns: per_tactic,
            })?;
            println!(
                "{events} events written to {} ({accounts} campaign accounts; truth in {})",
                out.display(),
                campaigns::simulate::truth_path(&out).display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            csv,
            labels,
            disguised,
            policy,
            model,
        } => {
            let policy = load_policy(policy.as_ref(), model.as_ref())?;
            print!(
                "{}",
                training::run_eval(&csv, labels.as_deref(), &policy, disguised)?
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The detector's settings with a window of `hours`.
fn detector_config(hours: u32) -> moderation::campaigns::Config {
    moderation::campaigns::Config {
        window_ms: i64::from(hours) * 3_600_000,
        ..Default::default()
    }
}
