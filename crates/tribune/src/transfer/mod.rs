//! Moving in and out (#15). `tribune import FORMAT FILE --site SITE` brings another comment
//! system's export into a site; `tribune export --site SITE` writes a whole site out in
//! Tribune's own format, which `tribune import tribune` reads back.
//!
//! Each format's reader (`disqus.rs`, `wordpress.rs`, `isso.rs`, `commento.rs`,
//! `remark42.rs`, `jsonl.rs`) turns its file, streamed, into the one model below: threads and
//! comments as the old system kept them. `import.rs` then does everything else the same way
//! for all of them: addresses, parents, readers, states, the house rules, batches, repeats.

pub mod commento;
pub mod disqus;
pub mod export;
pub mod html;
pub mod import;
pub mod isso;
pub mod jsonl;
mod place;
pub mod remark42;
pub mod store;
pub mod summary;
pub mod wordpress;
mod xml;

use std::path::{Path, PathBuf};

/// The systems Tribune imports from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The XML export Disqus e-mails to a publisher.
    Disqus,
    /// WordPress's WXR file (Tools → Export).
    Wordpress,
    /// An Isso SQLite database file.
    Isso,
    /// A Commento or Commento++ JSON export (gzipped or not).
    Commento,
    /// A Remark42 backup file.
    Remark42,
    /// Tribune's own export (`tribune export`).
    Tribune,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Disqus => "disqus",
            Format::Wordpress => "wordpress",
            Format::Isso => "isso",
            Format::Commento => "commento",
            Format::Remark42 => "remark42",
            Format::Tribune => "tribune",
        }
    }

    /// Streams the file's threads and comments to `emit`, in file order.
    pub fn read(self, path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
        match self {
            Format::Disqus => disqus::read(path, emit),
            Format::Wordpress => wordpress::read(path, emit),
            Format::Isso => isso::read(path, emit),
            Format::Commento => commento::read(path, emit),
            Format::Remark42 => remark42::read(path, emit),
            Format::Tribune => jsonl::read(path, emit),
        }
    }
}

/// A thread (an article's comments) as the old system named it.
#[derive(Clone, Debug)]
pub struct Thread {
    /// The old system's id of the thread, which its comments refer to.
    pub key: String,
    /// The article's address as the old system knew it.
    pub url: String,
    pub title: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// HTML, turned into Tribune's Markdown subset (`html.rs`).
    Html(String),
    /// Markdown, kept as written.
    Markdown(String),
}

/// What the old system did with a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Published,
    /// Deleted: kept as a placeholder when it has replies, left out otherwise.
    Deleted,
    /// Waiting for a moderator there: waits in Tribune's queue.
    Pending,
    /// Marked as spam or trashed there (the word says which): stored refused, never shown.
    Refused(&'static str),
}

#[derive(Clone, Debug)]
pub struct Comment {
    /// The old system's id of the comment.
    pub key: String,
    /// The [`Thread::key`] of its thread.
    pub thread: String,
    pub parent: Option<String>,
    pub name: String,
    pub email: Option<String>,
    /// As the file has it; `import.rs` parses it.
    pub ip: Option<String>,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub body: Body,
    pub state: State,
    pub upvotes: i64,
    pub downvotes: i64,
}

#[derive(Clone, Debug)]
pub enum Item {
    Thread(Thread),
    Comment(Comment),
    /// Something the file holds that is not a reader's comment (a pingback), and why.
    Skipped(&'static str),
}

/// A file that cannot be read as its format, with where.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: {at}: {message}")]
    Malformed {
        path: PathBuf,
        /// `line 12` or `byte 3456 (line 12)`.
        at: String,
        message: String,
    },
    #[error("{path}: {message}")]
    Unreadable { path: PathBuf, message: String },
}

impl SourceError {
    pub fn unreadable(path: &Path, message: impl std::fmt::Display) -> SourceError {
        SourceError::Unreadable {
            path: path.to_owned(),
            message: message.to_string(),
        }
    }

    /// A problem at a byte offset of the file, told with its line as well.
    pub fn at_byte(path: &Path, byte: u64, message: impl std::fmt::Display) -> SourceError {
        SourceError::Malformed {
            path: path.to_owned(),
            at: format!("byte {byte} (line {})", line_of(path, byte)),
            message: message.to_string(),
        }
    }

    pub fn at_line(path: &Path, line: usize, message: impl std::fmt::Display) -> SourceError {
        SourceError::Malformed {
            path: path.to_owned(),
            at: format!("line {line}"),
            message: message.to_string(),
        }
    }
}

/// A file, unzipped on the way when it is gzipped (Commento and Remark42 hand out `.gz`).
fn open_maybe_gzipped(path: &Path) -> Result<Box<dyn std::io::BufRead>, SourceError> {
    use std::io::{BufReader, Read};
    let open = || std::fs::File::open(path).map_err(|e| SourceError::unreadable(path, e));
    let mut magic = [0u8; 2];
    let gzipped = open()?.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
    Ok(if gzipped {
        Box::new(BufReader::new(flate2::read::GzDecoder::new(
            BufReader::new(open()?),
        )))
    } else {
        Box::new(BufReader::with_capacity(256 * 1024, open()?))
    })
}

/// The line a byte offset of a file is on (counted again only when reporting an error).
fn line_of(path: &Path, byte: u64) -> usize {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return 0;
    };
    let mut counted = 1;
    let mut buf = vec![0u8; 64 * 1024];
    let mut reader = std::io::BufReader::new(file).take(byte);
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        counted += buf[..n].iter().filter(|&&b| b == b'\n').count();
    }
    counted
}

/// A time written as RFC 3339 (`2013-01-02T03:04:05Z`), as milliseconds since the epoch.
fn rfc3339_ms(raw: &str) -> Option<i64> {
    crate::db::parse_rfc3339(raw)
}

/// A `YYYY-MM-DD HH:MM:SS` time taken as UTC (WordPress's dates), as milliseconds.
fn sql_time_ms(raw: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    time::PrimitiveDateTime::parse(raw.trim(), &format)
        .ok()
        .map(|t| (t.assume_utc().unix_timestamp_nanos() / 1_000_000) as i64)
}
