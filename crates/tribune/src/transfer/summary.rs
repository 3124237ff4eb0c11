//! What an import did, or with `--dry-run` would do: the counts `tribune import` prints.

use std::collections::BTreeMap;

/// What an import did, or with `--dry-run` would do.
#[derive(Debug, Default)]
pub struct Summary {
    pub format: &'static str,
    pub dry_run: bool,
    pub judged: bool,
    /// Comments in the file.
    pub in_file: u64,
    /// Pages that received comments.
    pub pages: u64,
    /// New comments by the status they were stored with.
    pub stored: BTreeMap<&'static str, u64>,
    /// Comments an earlier import already brought.
    pub already: u64,
    /// Left out, by reason.
    pub skipped: BTreeMap<String, u64>,
    /// Replies whose parent is not in the file: placed at the top of their thread.
    pub reparented: u64,
    pub readers_created: u64,
    pub readers_matched: u64,
    /// Published comments the house rules would have held or refused.
    pub would_hold: u64,
    pub would_refuse: u64,
    /// New and already imported comments per page address (a dry run's).
    pub per_page: BTreeMap<String, (u64, u64)>,
}

impl Summary {
    pub fn new_comments(&self) -> u64 {
        self.stored.values().sum()
    }

    pub(super) fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_owned()).or_default() += 1;
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.dry_run {
            writeln!(
                f,
                "Dry run: nothing was written. Per page, new / already imported:"
            )?;
            for (url, (new, already)) in &self.per_page {
                writeln!(f, "  {url}  {new} new, {already} already imported")?;
            }
        }
        let verb = if self.dry_run { "would be" } else { "were" };
        writeln!(f, "{} comments in the {} file.", self.in_file, self.format)?;
        let by_status: Vec<String> = self
            .stored
            .iter()
            .map(|(status, n)| format!("{n} {status}"))
            .collect();
        writeln!(
            f,
            "  {} new comments {verb} stored on {} pages ({})",
            self.new_comments(),
            self.pages,
            if by_status.is_empty() {
                "none".to_owned()
            } else {
                by_status.join(", ")
            }
        )?;
        writeln!(f, "  {} were already imported", self.already)?;
        writeln!(
            f,
            "  readers: {} {verb} created, {} matched existing accounts",
            self.readers_created, self.readers_matched
        )?;
        if self.reparented > 0 {
            writeln!(
                f,
                "  {} replies whose parent is not in the file {verb} placed at the top of their thread",
                self.reparented
            )?;
        }
        let skipped: u64 = self.skipped.values().sum();
        writeln!(f, "  {skipped} left out")?;
        for (reason, n) in &self.skipped {
            writeln!(f, "    {n}: {reason}")?;
        }
        if self.judged {
            writeln!(
                f,
                "  house rules: {} held and {} refused by them {verb} put in the moderation queue",
                self.would_hold, self.would_refuse
            )?;
        } else {
            writeln!(
                f,
                "  house rules: {} published comments would have been held and {} refused \
                 (kept as they were; --judge queues them for a moderator)",
                self.would_hold, self.would_refuse
            )?;
        }
        Ok(())
    }
}
