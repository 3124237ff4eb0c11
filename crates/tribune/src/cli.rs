//! The command line: `tribune serve | migrate | admin | publish | import | export | check |
//! train | eval | campaigns | simulate`.

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
use crate::training::SourceWeights;
use crate::web::articles::{self, Article};
use crate::{admin, campaigns, check, demo, sites, training, transfer};

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
        command: admin::AdminCommand,
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
    /// Bring another comment system's export into a site (docs/import.md). Safe to repeat:
    /// comments imported before are recognized and not added again.
    Import {
        #[command(flatten)]
        config: ConfigArgs,
        /// The format of FILE.
        #[arg(value_enum)]
        format: transfer::Format,
        /// The export file (for Isso: its SQLite database).
        file: PathBuf,
        /// The site to import into (create it first with `tribune admin add-site`).
        #[arg(long)]
        site: String,
        /// Rewrite thread addresses starting with FROM to start with TO (repeatable; the first
        /// that matches applies), e.g. http://old.example/=https://news.example/
        #[arg(long = "map-url", value_name = "FROM=TO")]
        map_url: Vec<transfer::import::UrlMap>,
        /// Where threads known by their path alone (Isso) live (default: the site's first
        /// origin).
        #[arg(long)]
        base_url: Option<String>,
        /// Print what would be created, per thread, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Put the comments the house rules would hold or refuse in the moderation queue
        /// instead of publishing them.
        #[arg(long)]
        judge: bool,
    },
    /// Write a whole site (pages, comments, readers without passwords, votes, bans, the
    /// moderation log, supporters) as JSON lines (docs/export-format.md).
    Export {
        #[command(flatten)]
        config: ConfigArgs,
        #[arg(long)]
        site: String,
        /// The file to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Find coordinated campaigns in recorded event streams, and evaluate the detector.
    Campaigns {
        #[command(subcommand)]
        command: CampaignsCommand,
    },
    /// Write a simulated event stream (organic readers with injected campaigns) and its
    /// ground truth (`OUT.truth.json`), from ../shared/data. With `--from-ira FILE`, the
    /// campaigns are the real Internet Research Agency accounts of that file, with their own
    /// tweets and timing.
    Simulate {
        /// The JSON-lines stream to write.
        #[arg(long, default_value = "simulated-events.jsonl")]
        out: PathBuf,
        /// The data folder (toxicity/ and trolls/, see ../shared/data/SOURCES.md).
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Days simulated (default: 2, or 7 with --from-ira).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=366))]
        days: Option<u32>,
        /// Organic readers.
        #[arg(long, default_value_t = 1500)]
        organic: usize,
        /// Campaigns per tactic (copy-paste, paraphrase, vote-only, slow-drip, ban-evasion).
        #[arg(long, default_value_t = 4, conflicts_with = "from_ira")]
        campaigns: usize,
        /// The IRA tweets (../shared/data/trolls/ira_tweets_*.csv): inject those accounts.
        #[arg(long, value_name = "FILE")]
        from_ira: Option<PathBuf>,
        /// The IRA accounts and their categories (default: authors.csv beside FILE).
        #[arg(long, requires = "from_ira")]
        authors: Option<PathBuf>,
        /// The first day of the stream, YYYY-MM-DD (default: the first tweet's day).
        #[arg(long, requires = "from_ira")]
        start: Option<String>,
        /// An IRA category to inject (repeatable; default: RightTroll, LeftTroll,
        /// HashtagGamer, NewsFeed, Fearmonger).
        #[arg(long = "category", requires = "from_ira")]
        categories: Vec<String>,
        /// A farm's adaptation to being watched (repeatable).
        #[arg(long, value_enum, requires = "from_ira")]
        adapt: Vec<crate::campaigns::simulate::ira::Adaptation>,
        /// Readers who play each of the farm's hashtag games: each posts one entry, in its
        /// own words, within the game's first two hours.
        #[arg(long, default_value_t = 0, requires = "from_ira")]
        readers_play: usize,
        /// Hours of the organic crowd before the farm's first day: the farm is injected into a
        /// site that was already running, as the detector always is (0: both start together).
        #[arg(long, value_name = "HOURS", default_value_t = 24, requires = "from_ira",
              value_parser = clap::value_parser!(u32).range(0..=24 * 30))]
        warm_up: u32,
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
        /// The names of groups of people, read by the classifier as one word.
        #[arg(long, default_value_os_t = training::default_identities_path())]
        identities: PathBuf,
        /// Tribune's contrast cases (made by scripts/contrast-cases.py).
        #[arg(long, default_value_os_t = training::default_contrasts_path())]
        contrasts: PathBuf,
        /// The sentences written from outside the rules (`1|text` or `0|text` a line).
        #[arg(long, default_value_os_t = training::default_outside_path())]
        outside: PathBuf,
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
        /// How much the training loss counts against the size of the weights (scikit-learn's
        /// `C`: larger fits the training rows more closely).
        #[arg(long, default_value_t = TrainOptions::default().c)]
        c: f64,
        /// The most L-BFGS iterations per label.
        #[arg(long, default_value_t = TrainOptions::default().max_iterations)]
        max_iterations: usize,
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
        /// Weight of one of the sentences from outside the rules (0 leaves them out).
        #[arg(long, default_value_t = SourceWeights::default().outside)]
        outside_weight: f32,
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
        /// Write every text's Cyrillic in Latin letters first, as chat does (`ты` as `ty`).
        #[arg(long)]
        latin: bool,
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
            let model =
                Classifier::from_bytes(&bytes).with_context(|| format!("model {}", m.display()))?;
            Arc::new(model)
        }
        None => Classifier::shared()?,
    };
    let name = path.map_or("the default policy".to_owned(), |p| p.display().to_string());
    Policy::with_classifier(&source, classifier).with_context(|| format!("in {name}"))
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
        } => serve(config, listen, demo),
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
            runtime()?.block_on(admin::run(&config, command))?;
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
            identities,
            contrasts,
            out,
            held_out,
            bits,
            c,
            max_iterations,
            nb_alpha,
            tweet_weight,
            spans_weight,
            paradetox_weight,
            multilingual_weight,
            contrasts_weight,
            outside,
            outside_weight,
        } => {
            let options = TrainOptions {
                bits,
                c,
                max_iterations,
                nb_alpha: (nb_alpha > 0.0).then_some(nb_alpha),
            };
            let weights = SourceWeights {
                tweets: tweet_weight,
                news_spans: spans_weight,
                paradetox: paradetox_weight,
                multilingual: multilingual_weight,
                contrasts: contrasts_weight,
                outside: outside_weight,
            };
            let inputs = training::Inputs {
                toxicity: data,
                multilingual,
                contrasts,
                outside,
                classes,
                identities,
            };
            training::run_train(&inputs, &out, held_out.as_deref(), weights, &options)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            config,
            format,
            file,
            site,
            map_url,
            base_url,
            dry_run,
            judge,
        } => {
            let config = config.load()?;
            let policy = Arc::new(load_policy(None, None)?);
            let options = transfer::import::Options {
                format,
                file,
                site,
                map_url,
                base_url,
                dry_run,
                judge,
                one_pass_bytes: transfer::import::ONE_PASS_BYTES,
            };
            let summary = runtime()?.block_on(async {
                let db = Db::connect(&config.database_url()).await?;
                transfer::import::run(&db, &config.public_url(), policy, options).await
            })?;
            print!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { config, site, out } => {
            let config = config.load()?;
            let counts = runtime()?.block_on(async {
                let db = Db::connect(&config.database_url()).await?;
                transfer::export::to_file_or_stdout(&db, &site, out.as_deref()).await
            })?;
            eprintln!("exported {counts}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Campaigns { command } => {
            match command {
                CampaignsCommand::Detect {
                    events,
                    json,
                    window_hours,
                } => {
                    let stream = campaigns::offline::read_events(&events)?;
                    let (found, rate) =
                        campaigns::offline::detect(&stream, detector_config(window_hours));
                    if json {
                        println!("{}", campaigns::offline::to_json(&found));
                    } else {
                        print!(
                            "{}",
                            campaigns::offline::to_text(&found, stream.len(), rate)
                        );
                    }
                }
                CampaignsCommand::Eval {
                    events,
                    truth,
                    window_hours,
                } => {
                    let stream = campaigns::offline::read_events(&events)?;
                    let truth = truth.unwrap_or_else(|| campaigns::simulate::truth_path(&events));
                    let truth = campaigns::offline::read_truth(&truth)?;
                    print!(
                        "{}",
                        campaigns::offline::evaluate(
                            &stream,
                            &truth,
                            detector_config(window_hours)
                        )
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
            from_ira,
            authors,
            start,
            categories,
            adapt,
            readers_play,
            warm_up,
        } => {
            let (events, accounts) = match from_ira {
                Some(tweets) => {
                    campaigns::simulate::ira::run(&campaigns::simulate::ira::Options {
                        tweets,
                        authors,
                        data,
                        out: out.clone(),
                        seed,
                        start,
                        days: days.unwrap_or(7),
                        organic,
                        categories,
                        adapt,
                        readers_play,
                        warm_up_hours: warm_up,
                    })?
                }
                None => campaigns::simulate::run(&campaigns::simulate::Options {
                    data,
                    out: out.clone(),
                    seed,
                    days: days.unwrap_or(2),
                    organic,
                    campaigns: per_tactic,
                })?,
            };
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
            latin,
            policy,
            model,
        } => {
            let policy = load_policy(policy.as_ref(), model.as_ref())?;
            print!(
                "{}",
                training::run_eval(&csv, labels.as_deref(), &policy, disguised, latin)?
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `tribune serve`: the server, with the demo publication when asked, until it is stopped.
fn serve(
    config: ConfigArgs,
    listen: Option<std::net::SocketAddr>,
    demo: bool,
) -> anyhow::Result<ExitCode> {
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

/// The detector's settings with a window of `hours`.
fn detector_config(hours: u32) -> moderation::campaigns::Config {
    moderation::campaigns::Config {
        window_ms: i64::from(hours) * 3_600_000,
        ..Default::default()
    }
}
