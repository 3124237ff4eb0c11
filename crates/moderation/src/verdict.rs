//! What a judgement says: the decision, and for each rule that fired its score, the spans of
//! the original text that made it fire, and the message the reader sees. Verdicts are plain
//! data so that the server can store them with the comment, the widget can highlight the
//! spans, and `tribune check --json` can print them.

use serde::{Deserialize, Serialize};

/// What happens to a comment, in increasing severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Published at once.
    Allow,
    /// Stored as pending, for a moderator to approve or refuse.
    Hold,
    /// Not stored; the reader is told why and keeps the text to fix it.
    Refuse,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Hold => "hold",
            Decision::Refuse => "refuse",
        }
    }
}

/// The rules a reason can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    Fword,
    FwordMasked,
    FwordAcronym,
    Abusive,
    Obscene,
    BannedWord,
    SuspectWord,
    /// The F word's Russian counterpart: mat (`хуй`, `пизда`, `ебать`, `блядь`).
    FwordRu,
    /// The F word's Turkish counterpart (`siktir`, `amına`, `amk`, `orospu`).
    FwordTr,
    /// A threat of violence, read from the shape of a clause (`rules::threat`).
    Threat,
    /// A group of people called vermin or not human, or hated (`rules::hate`).
    IdentityAttack,
    /// A reader or a person asked for nudes, told what the writer wants to do to them
    /// sexually, or their body remarked on (`rules::harassment`).
    SexualHarassment,
    /// A stock insult that holds no insulting word (`you have the IQ of a potato`,
    /// `crawl back under your rock`: `rules::insult`).
    Insult,
}

impl RuleId {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Fword => "fword",
            RuleId::FwordMasked => "fword_masked",
            RuleId::FwordAcronym => "fword_acronym",
            RuleId::Abusive => "abusive",
            RuleId::Obscene => "obscene",
            RuleId::BannedWord => "banned_word",
            RuleId::SuspectWord => "suspect_word",
            RuleId::FwordRu => "fword_ru",
            RuleId::FwordTr => "fword_tr",
            RuleId::Threat => "threat",
            RuleId::IdentityAttack => "identity_attack",
            RuleId::SexualHarassment => "sexual_harassment",
            RuleId::Insult => "insult",
        }
    }

    /// Whether a refusal under this rule counts as a strike against the author.
    pub fn is_strike(self) -> bool {
        !matches!(self, RuleId::SuspectWord | RuleId::FwordAcronym)
    }
}

/// One rule that fired.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    #[serde(rename = "id")]
    pub rule: RuleId,
    pub decision: Decision,
    /// The rule's score in `[0, 1]`: a classifier probability, or the lexical rule's weight.
    pub score: f32,
    /// Byte ranges `[start, end)` of the original text, in order.
    pub spans: Vec<[usize; 2]>,
    /// What the reader is told, in plain words.
    pub message: String,
}

/// Every rule's score, whether or not it fired.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleScores {
    /// The F word, or its Russian or Turkish counterpart, whichever scored highest.
    pub fword: f32,
    pub abusive: f32,
    pub obscene: f32,
}

/// The judgement of one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub decision: Decision,
    #[serde(rename = "rules")]
    pub reasons: Vec<Reason>,
    pub scores: RuleScores,
}

impl Verdict {
    /// The reason that decided the verdict (the most severe, first found).
    pub fn main_reason(&self) -> Option<&Reason> {
        self.reasons.iter().find(|r| r.decision == self.decision)
    }
}
