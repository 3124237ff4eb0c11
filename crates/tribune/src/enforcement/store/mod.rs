//! Enforcement in the database: bans, strikes, the screening of new comments, the log, the
//! queue and appeals, one file each.

// Shared by the files below (each starts with `use super::*`).
use super::domain::Target;
use crate::comments::store::{touch_page, wilson_lower_bound, CommentRow, COLUMNS};
use crate::db::{now_ms, placeholders, Db};

/// Rows about one author: `$R` is the reader id (-1 for an anonymous comment) and `$IP` the
/// address, which identifies anonymous authors only.
fn author_clause(r: usize, ip: usize) -> String {
    format!("(reader_id = ${r} OR (reader_id IS NULL AND ip = ${ip} AND ${r} = -1))")
}

/// The same for comments (`c`): by the reader `$R`, or anonymous from the address `$IP`.
pub fn comment_author_clause(r: usize, ip: usize) -> String {
    format!("(c.author_id = ${r} OR (c.author_id IS NULL AND c.ip = ${ip} AND ${r} = -1))")
}

mod appeal_queue;
mod banning;
mod mod_log;
mod queue;
mod screening;
mod strikes;

pub use appeal_queue::*;
pub use banning::*;
pub use mod_log::*;
pub use queue::*;
pub use screening::*;
pub use strikes::*;
