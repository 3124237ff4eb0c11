//! Tribune's house rules engine. Pure: no I/O, no async, no clock, no database.
//!
//! ```text
//! text ──normalize──▶ Normalized ─┬─ rules::find_fword ───┐
//!                                 ├─ rules::WordLists ────┼─▶ Policy::evaluate ─▶ Verdict
//!                                 └─ Classifier::score ───┘
//! ```
//!
//! Build a [`Policy`] once (from the default rules or a site's TOML) and share it by `Arc`;
//! [`Policy::evaluate`] judges one text and explains itself with spans into that text.

pub mod campaigns;
pub mod classifier;
pub mod normalize;
pub mod policy;
pub mod rules;
#[cfg(test)]
mod test_random;
pub mod verdict;
pub mod word_classes;

pub use classifier::{Classifier, Label, Scores};
pub use normalize::Normalized;
pub use policy::{Policy, PolicyError, StrikesConfig, DEFAULT_POLICY};
pub use verdict::{Decision, Reason, RuleId, RuleScores, Verdict};
pub use word_classes::WordClasses;
