//! The house rules as configuration: a [`Policy`] is read from TOML (the editor's rules are
//! the default, [`DEFAULT_POLICY`]), built once, shared by `Arc`, and turns a text into a
//! [`Verdict`] with [`Policy::evaluate`].
//!
//! The order of work in `evaluate` is the order of cost: normalization once, the F-word
//! rule and the site word lists (microseconds), then the classifier; the per-word explanation
//! of a classifier score is only computed when that rule fires.

use std::sync::{Arc, LazyLock};

use serde::Deserialize;

use crate::classifier::{Classifier, Label, ModelError};
use crate::normalize::Normalized;
use crate::rules::clauses::Reading;
use crate::rules::foreign::{self, Language};
use crate::rules::threat::{self, ThreatKind};
use crate::rules::{candidates, find_fword_in, FwordForm, Hit, ListKind, WordLists};
use crate::rules::{
    denied, harassment, hate, ideas, insult, names, office, oneself, senses, swearing,
};
use crate::verdict::{Decision, Reason, RuleId, RuleScores, Verdict};

/// The editor's house rules: anything goes except the F word; abuse and obscenity are
/// refused when the classifier is sure and held for a moderator when it is not.
pub const DEFAULT_POLICY: &str = include_str!("../data/default-policy.toml");

/// What a lexical rule does when it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Allow,
    Hold,
    Refuse,
}

impl From<Action> for Decision {
    fn from(a: Action) -> Self {
        match a {
            Action::Allow => Decision::Allow,
            Action::Hold => Decision::Hold,
            Action::Refuse => Decision::Refuse,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FwordConfig {
    action: Action,
    masked: Action,
    acronyms: Action,
    message: String,
    masked_message: String,
}

/// A rule with one switch and the reader's message: the F word's Russian and Turkish
/// counterparts, threats, attacks on groups.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleConfig {
    action: Action,
    message: String,
}

/// The shipped policy, for the sections that policy files written before them lack.
static SHIPPED: LazyLock<PolicyFile> = LazyLock::new(|| {
    // A file of this crate, parsed by the `default_policy_parses` test.
    toml::from_str(DEFAULT_POLICY).expect("the shipped policy parses")
});

fn default_fword_ru() -> RuleConfig {
    SHIPPED.fword_ru.clone()
}

fn default_fword_tr() -> RuleConfig {
    SHIPPED.fword_tr.clone()
}

fn default_threat() -> RuleConfig {
    SHIPPED.threat.clone()
}

fn default_identity_attack() -> RuleConfig {
    SHIPPED.identity_attack.clone()
}

fn default_sexual_harassment() -> RuleConfig {
    SHIPPED.sexual_harassment.clone()
}

fn default_insult() -> RuleConfig {
    SHIPPED.insult.clone()
}

fn default_politics() -> PoliticsConfig {
    SHIPPED.politics
}

fn default_language() -> LanguageConfig {
    SHIPPED.language
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreConfig {
    /// Scores at or above this hold the comment for review.
    hold_at: f32,
    /// Scores at or above this refuse it.
    refuse_at: f32,
    message: String,
}

/// How political criticism is read.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PoliticsConfig {
    /// The words of political criticism said of an office (`the mayor is an incompetent
    /// fool`) are not read as abuse.
    criticism_of_office: bool,
}

/// How swearing is read.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageConfig {
    /// Swear words said at nobody (`shit happens`, `this weather is shit`) are not read as
    /// abuse or obscenity.
    swearing_at_nobody: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct WordsConfig {
    banned: Vec<String>,
    suspect: Vec<String>,
    banned_message: String,
    suspect_message: String,
}

/// How refusals turn into enforcement (applied by the server, which owns the clock).
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct StrikesConfig {
    /// Strikes older than this are forgotten.
    pub window_days: u32,
    /// This many strikes in the window suspend the reader ...
    pub suspend_after: u32,
    /// ... for this long.
    pub suspend_days: u32,
    /// This many strikes in the window ban the reader permanently.
    pub ban_after: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    fword: FwordConfig,
    #[serde(default = "default_fword_ru")]
    fword_ru: RuleConfig,
    #[serde(default = "default_fword_tr")]
    fword_tr: RuleConfig,
    #[serde(default = "default_threat")]
    threat: RuleConfig,
    #[serde(default = "default_identity_attack")]
    identity_attack: RuleConfig,
    #[serde(default = "default_sexual_harassment")]
    sexual_harassment: RuleConfig,
    #[serde(default = "default_insult")]
    insult: RuleConfig,
    #[serde(default = "default_politics")]
    politics: PoliticsConfig,
    #[serde(default = "default_language")]
    language: LanguageConfig,
    abusive: ScoreConfig,
    obscene: ScoreConfig,
    #[serde(default)]
    words: WordsConfig,
    strikes: StrikesConfig,
}

/// A policy file that cannot be used, with what to fix.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error(
        "[{rule}] hold_at ({hold}) must be between 0 and 1 and not above refuse_at ({refuse})"
    )]
    Thresholds {
        rule: &'static str,
        hold: f32,
        refuse: f32,
    },
    #[error("[words] {0}")]
    Words(#[from] crate::rules::BadEntry),
    #[error("the classifier model: {0}")]
    Model(#[from] ModelError),
}

/// The compiled house rules. Immutable and `Send + Sync`: build once, share by `Arc`.
#[derive(Clone, Debug)]
pub struct Policy {
    file: PolicyFile,
    lists: WordLists,
    classifier: Arc<Classifier>,
}

impl Policy {
    /// Parses a policy with the shipped classifier.
    pub fn from_toml(source: &str) -> Result<Self, PolicyError> {
        Self::with_classifier(source, Classifier::shared()?)
    }

    /// Parses a policy that uses the given classifier (tests and `tribune eval` of a new model).
    pub fn with_classifier(source: &str, classifier: Arc<Classifier>) -> Result<Self, PolicyError> {
        let file: PolicyFile = toml::from_str(source)?;
        for (rule, c) in [("abusive", &file.abusive), ("obscene", &file.obscene)] {
            let valid = (0.0..=1.0).contains(&c.hold_at)
                && (0.0..=1.0).contains(&c.refuse_at)
                && c.hold_at <= c.refuse_at;
            if !valid {
                return Err(PolicyError::Thresholds {
                    rule,
                    hold: c.hold_at,
                    refuse: c.refuse_at,
                });
            }
        }
        let lists = WordLists::new(
            file.words.banned.iter().map(String::as_str),
            file.words.suspect.iter().map(String::as_str),
        )?;
        Ok(Policy {
            file,
            lists,
            classifier,
        })
    }

    /// The editor's default house rules.
    pub fn default_rules() -> Result<Self, PolicyError> {
        Self::from_toml(DEFAULT_POLICY)
    }

    pub fn strikes(&self) -> StrikesConfig {
        self.file.strikes
    }

    /// The threshold at which `label` holds and refuses, for reports.
    pub fn thresholds(&self, label: Label) -> (f32, f32) {
        let c = self.score_config(label);
        (c.hold_at, c.refuse_at)
    }

    pub fn classifier(&self) -> &Classifier {
        &self.classifier
    }

    fn score_config(&self, label: Label) -> &ScoreConfig {
        match label {
            Label::Abusive => &self.file.abusive,
            Label::Obscene => &self.file.obscene,
        }
    }

    /// Judges one text.
    pub fn evaluate(&self, text: &str) -> Verdict {
        self.evaluate_with(text, None)
    }

    /// Judges one text with a site's own word lists on top of the policy's.
    pub fn evaluate_with(&self, text: &str, site_words: Option<&WordLists>) -> Verdict {
        let n = Normalized::new(text);
        let mut reasons = Vec::new();
        let mut fword_score = 0.0f32;
        // The F word in any form is judged by its own rule only (see
        // `classifier::fword_ranges`): the classifier reads the rest.
        let mut fword_words = Vec::new();

        // Every lexical rule reads the same candidates: computed once.
        let candidates = candidates(&n);
        for hit in find_fword_in(text, &n, &candidates) {
            fword_words.push(hit.chars.clone());
            let (rule, action, score, message) = match hit.kind {
                FwordForm::Plain => (
                    RuleId::Fword,
                    self.file.fword.action,
                    1.0,
                    &self.file.fword.message,
                ),
                FwordForm::Masked => (
                    RuleId::FwordMasked,
                    self.file.fword.masked,
                    0.8,
                    &self.file.fword.masked_message,
                ),
                FwordForm::Acronym => (
                    RuleId::FwordAcronym,
                    self.file.fword.acronyms,
                    0.5,
                    &self.file.fword.masked_message,
                ),
            };
            fword_score = fword_score.max(score);
            push_span(
                &mut reasons,
                rule,
                action.into(),
                score,
                message,
                span(&n, &hit),
            );
        }

        for hit in foreign::find_in(text, &n, &candidates) {
            fword_words.push(hit.chars.clone());
            let (rule, config) = match hit.kind {
                Language::Russian => (RuleId::FwordRu, &self.file.fword_ru),
                Language::Turkish => (RuleId::FwordTr, &self.file.fword_tr),
            };
            fword_score = 1.0;
            push_span(
                &mut reasons,
                rule,
                config.action.into(),
                1.0,
                &config.message,
                span(&n, &hit),
            );
        }

        // The rules that read how a sentence is built share one reading of it.
        let reading = Reading::new(text, &n);
        for hit in threat::find_in(&reading) {
            // A threat said outright weighs more than a menace read between the lines.
            let score = match hit.kind {
                ThreatKind::Intent | ThreatKind::Call => 0.9,
                ThreatKind::Menace => 0.8,
            };
            let config = &self.file.threat;
            push_span(
                &mut reasons,
                RuleId::Threat,
                config.action.into(),
                score,
                &config.message,
                span(&n, &hit),
            );
        }

        // Attacks on groups, sexual harassment and stock insults weigh alike, whatever their
        // kind.
        let sentence_rules = [
            (
                RuleId::IdentityAttack,
                &self.file.identity_attack,
                spans(&n, hate::find_in(&reading)),
            ),
            (
                RuleId::SexualHarassment,
                &self.file.sexual_harassment,
                spans(&n, harassment::find_in(&reading)),
            ),
            (
                RuleId::Insult,
                &self.file.insult,
                spans(&n, insult::find_in(&reading)),
            ),
        ];
        for (rule, config, hits) in sentence_rules {
            for span in hits {
                push_span(
                    &mut reasons,
                    rule,
                    config.action.into(),
                    0.9,
                    &config.message,
                    span,
                );
            }
        }

        let site_hits = site_words
            .map(|w| w.find_in(&n, &candidates))
            .unwrap_or_default();
        for hit in self
            .lists
            .find_in(&n, &candidates)
            .into_iter()
            .chain(site_hits)
        {
            let (rule, decision, message) = match hit.kind {
                ListKind::Banned => (
                    RuleId::BannedWord,
                    Decision::Refuse,
                    &self.file.words.banned_message,
                ),
                ListKind::Suspect => (
                    RuleId::SuspectWord,
                    Decision::Hold,
                    &self.file.words.suspect_message,
                ),
            };
            push_span(&mut reasons, rule, decision, 1.0, message, span(&n, &hit));
        }

        // Nor does it read harm verbs that harm no one (`kill the bill`), nor the words of
        // political criticism said of an office (`the mayor is an incompetent fool`).
        let mut unread = fword_words;
        unread.extend(threat::harmless_in(&reading));
        // Nor death in a dish praised (`her lasagne is to die for`).
        unread.extend(threat::delights_in(&reading));
        if self.file.politics.criticism_of_office {
            unread.extend(office::criticism_in(&reading));
        }
        // Nor the words of criticism said of an idea (`a stupid decision`): the house rules
        // ask readers to criticise ideas, not people.
        unread.extend(ideas::criticism_in(&reading));
        // Nor the names readers call themselves (`I'm such an idiot`, `silly me`).
        unread.extend(oneself::said_of_oneself_in(&reading));
        // Nor a stereotype put only to be called nonsense (`Göçmenler hırsız mı? Saçmalık.`).
        unread.extend(hate::refuted_in(&reading));
        // Nor the names denied of someone (`voters are not idiots`, `nobody here is stupid`).
        unread.extend(denied::denied_names_in(&reading));
        // Nor the names that are also rude words (`Dick Cheney`, `Pussy Riot`).
        unread.extend(names::names_in(&reading));
        // Nor rude words in their plain sense (`the cock crowed`, `an ox and an ass`).
        unread.extend(senses::plain_senses_in(&reading));
        // Nor swearing at nobody (`shit happens`, `this weather is shit`): readers may say
        // anything but the F word, unless they say it at someone.
        if self.file.language.swearing_at_nobody {
            unread.extend(swearing::at_nobody_in(&reading));
        }
        let scores = self.classifier.score_without(&n, &unread);
        for label in Label::ALL {
            let config = self.score_config(label);
            let score = scores.get(label);
            let decision = if score >= config.refuse_at {
                Decision::Refuse
            } else if score >= config.hold_at {
                Decision::Hold
            } else {
                continue;
            };
            let mut spans: Vec<[usize; 2]> = self
                .classifier
                .explain(&n, &unread, label, 3)
                .into_iter()
                .map(|(chars, _)| {
                    let (s, e) = n.source_span(chars);
                    [s, e]
                })
                .collect();
            spans.sort_unstable();
            reasons.push(Reason {
                rule: match label {
                    Label::Abusive => RuleId::Abusive,
                    Label::Obscene => RuleId::Obscene,
                },
                decision,
                score,
                spans,
                message: config.message.clone(),
            });
        }

        let decision = reasons
            .iter()
            .map(|r| r.decision)
            .max()
            .unwrap_or(Decision::Allow);
        reasons.retain(|r| r.decision != Decision::Allow);
        reasons.sort_by(|a, b| b.decision.cmp(&a.decision).then(a.rule.cmp(&b.rule)));
        Verdict {
            decision,
            reasons,
            scores: RuleScores {
                fword: fword_score,
                abusive: scores.abusive,
                obscene: scores.obscene,
            },
        }
    }
}

fn span<K>(n: &Normalized, hit: &Hit<K>) -> [usize; 2] {
    let (s, e) = n.source_span(hit.chars.clone());
    [s, e]
}

/// The spans of a rule's hits, whatever their kind.
fn spans<K>(n: &Normalized, hits: Vec<Hit<K>>) -> Vec<[usize; 2]> {
    hits.iter().map(|hit| span(n, hit)).collect()
}

/// Adds a span to the reason for `rule`, creating the reason on its first hit.
fn push_span(
    reasons: &mut Vec<Reason>,
    rule: RuleId,
    decision: Decision,
    score: f32,
    message: &str,
    span: [usize; 2],
) {
    if let Some(reason) = reasons.iter_mut().find(|r| r.rule == rule) {
        reason.spans.push(span);
        return;
    }
    reasons.push(Reason {
        rule,
        decision,
        score,
        spans: vec![span],
        message: message.to_owned(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_word_lists_add_to_the_policy() {
        let policy = Policy::default_rules().expect("policy");
        let site = WordLists::new(["shill"], ["globalist"]).expect("lists");
        let refused = policy.evaluate_with("another paid shill", Some(&site));
        assert_eq!(refused.decision, Decision::Refuse);
        assert_eq!(refused.reasons[0].rule, RuleId::BannedWord);
        assert_eq!(
            policy
                .evaluate_with("the globalists again", Some(&site))
                .decision,
            Decision::Hold
        );
        assert_eq!(
            policy.evaluate("another paid shill").decision,
            Decision::Allow
        );
    }

    #[test]
    fn default_policy_parses() {
        Policy::default_rules().expect("the shipped policy is valid");
    }

    #[test]
    fn bad_thresholds_name_the_rule() {
        let bad = DEFAULT_POLICY.replacen("refuse_at = 0.95", "refuse_at = 0.1", 1);
        let err = Policy::from_toml(&bad)
            .expect_err("hold above refuse")
            .to_string();
        assert!(err.contains("[abusive]"), "{err}");
    }

    #[test]
    fn r14_policy_files_without_the_newer_rules_get_the_shipped_ones() {
        let start = DEFAULT_POLICY.find("[fword_ru]").expect("section");
        let end = DEFAULT_POLICY.find("[abusive]").expect("section");
        let older = format!("{}{}", &DEFAULT_POLICY[..start], &DEFAULT_POLICY[end..]);
        let policy = Policy::from_toml(&older).expect("an older policy file still parses");
        let verdict = policy.evaluate("иди нахуй");
        assert_eq!(verdict.decision, Decision::Refuse);
        assert_eq!(
            verdict.main_reason().map(|r| r.message.as_str()),
            Some(SHIPPED.fword_ru.message.as_str())
        );
        // Nor the threat and identity-attack rules and the reading of political criticism,
        // which came after them.
        assert!(!older.contains("[threat]") && !older.contains("[identity_attack]"));
        assert!(!older.contains("[sexual_harassment]") && !older.contains("[insult]"));
        assert!(!older.contains("[language]"));
        assert!(!older.contains("[politics]"));
        assert_eq!(
            policy
                .evaluate("The health minister is a dangerous moron.")
                .decision,
            Decision::Allow
        );
        for (text, rule) in [
            (
                "I'm coming for you, and I'm bringing a knife.",
                RuleId::Threat,
            ),
            (
                "Refugees are nothing but cockroaches.",
                RuleId::IdentityAttack,
            ),
            ("Send me pics of your tits.", RuleId::SexualHarassment),
            ("Crawl back under your rock.", RuleId::Insult),
        ] {
            let verdict = policy.evaluate(text);
            assert!(verdict.reasons.iter().any(|r| r.rule == rule), "{text}");
        }
    }

    #[test]
    fn criticism_of_an_office_is_a_switch() {
        let text = "The health minister is a dangerous moron.";
        let policy = Policy::default_rules().expect("policy");
        assert_eq!(policy.evaluate(text).decision, Decision::Allow);
        let strict = DEFAULT_POLICY.replacen(
            "criticism_of_office = true",
            "criticism_of_office = false",
            1,
        );
        let strict = Policy::from_toml(&strict).expect("policy");
        assert_ne!(strict.evaluate(text).decision, Decision::Allow);
    }

    #[test]
    fn swearing_at_nobody_is_a_switch() {
        let text = "Holy shit, what a goal!";
        let policy = Policy::default_rules().expect("policy");
        assert_eq!(policy.evaluate(text).decision, Decision::Allow);
        let strict =
            DEFAULT_POLICY.replacen("swearing_at_nobody = true", "swearing_at_nobody = false", 1);
        let strict = Policy::from_toml(&strict).expect("policy");
        assert_ne!(strict.evaluate(text).decision, Decision::Allow);
        // A policy file written before the switch gets the shipped one.
        let older = DEFAULT_POLICY.replacen("[language]\nswearing_at_nobody = true\n", "", 1);
        assert!(!older.contains("[language]"));
        let older = Policy::from_toml(&older).expect("policy");
        assert_eq!(older.evaluate(text).decision, Decision::Allow);
    }

    #[test]
    fn unknown_keys_are_refused() {
        let bad = format!("{DEFAULT_POLICY}\n[surprise]\nx = 1\n");
        assert!(Policy::from_toml(&bad).is_err());
    }

    #[test]
    fn fword_is_refused_with_its_span_and_masks_are_held() {
        let policy = Policy::default_rules().expect("policy");
        let text = "what the f\u{200b}u\u{0441}k is this";
        let v = policy.evaluate(text);
        assert_eq!(v.decision, Decision::Refuse);
        let reason = v.main_reason().expect("a reason");
        assert_eq!(reason.rule, RuleId::Fword);
        let [s, e] = reason.spans[0];
        assert_eq!(&text[s..e], "f\u{200b}u\u{0441}k");
        assert_eq!(policy.evaluate("what the f*ck").decision, Decision::Hold);
        assert_eq!(
            policy.evaluate("Fukuyama on the end of history").decision,
            Decision::Allow
        );
    }
}
