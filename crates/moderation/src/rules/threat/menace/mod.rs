//! Menaces: threats without a violent verb (`you will regret this`, `your days are
//! numbered`, `I know where you live`, `I'll post your address online`).
//!
//! `Clause::menace`, here, reads the reader's future foretold (`foretold.rs`, with the menaces
//! said in plain words in `plainly.rs`), menaces after a commitment (`commitment.rs`) and
//! menaces between the lines (`between_lines.rs`), which also finds them from one of their
//! words: the reader found (`found.rs`), a death (`death.rs`), a harm (`hurt.rs`), a remark
//! that veils one (`veiled.rs`), a reckoning promised (`reckoning.rs`), sexual violence
//! wished or promised (`violated.rs`), the reader reported to an employer or to immigration
//! (`reported.rs`), the writer's weapon shown to the reader (`armed.rs`), the reader told they
//! are watched (`stalked.rs`).

use std::ops::Range;

use super::harm::{HARMED, POSSESSIVES, PRONOUNS, ROLES, WEAPON};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::harassment::PET_NAMES;

mod armed;
mod between_lines;
mod commitment;
mod death;
mod foretold;
mod found;
mod hinted;
mod hurt;
mod in_the_news;
mod piled_on;
mod plainly;
mod reckoning;
mod reported;
mod stalked;
mod veiled;
mod veiled_ru_tr;
mod violated;

pub(super) use armed::ARMS;
use hurt::{PRIVATE, SMUG};
pub(super) use stalked::{STALKED_CUES, STALKED_STARTS};

/// What a reader did, paid or answered for: `what you wrote`, `every word you printed`.
static READERS_DEEDS: Lexicon = Lexicon::new("wrote said did posted printed published write");

/// The reader's work, regretted, paid or answered for: `every word of your article`, `this
/// column`, `that lie`.
static READERS_WORK: Lexicon = Lexicon::new("article column piece post comment comments book lie");

/// What a reader regrets missing, not doing: `if you don't watch this film, you'll regret it`.
static MISSED_OUT: Lexicon = Lexicon::new(
    "watch see try buy read visit book listen join order taste vote \
     придешь купишь посмотришь попробуешь прочитаешь сходишь прочтешь",
);

/// What follows `watch your back` when the back is the reader's own to look after.
static BACK_CARE: Lexicon = Lexicon::new(
    "lifting lift bending carrying posture stairs steps ice icy slippery gym exercise \
     exercises spine climbing climb wall ladder ladders rope ropes slope slopes trail hike \
     hiking yoga road roads potholes traffic",
);

/// The reader's places, burnt in a menace: `your little newsroom goes up in smoke`.
static PLACES: Lexicon =
    Lexicon::new("newsroom office house home flat car shop paper newspaper studio");

/// Blunt things a beating is given with, besides the [`WEAPON`]s: `a tyre iron`, `a length of
/// pipe`.
static BLUNT: Lexicon = Lexicon::new("iron wrench brick pipe fist");

/// What a watched reader (or the reader's people) does where the writer knows: `I know where
/// you live`, `... where she plays after school`.
static WHEREABOUTS: Lexicon = Lexicon::new(
    "live lives work works sleep sleeps go goes play plays walk walks park parks film films \
         train trains shop shops",
);

/// Making public, in a menace of exposure (`I'll post your address`).
static EXPOSE: Lexicon =
    Lexicon::new("post publish leak share release spread print expose send put");

/// Where a reader works, told of them in a menace (`I will tell your employer`).
static WORKPLACE: Lexicon = Lexicon::new("employer employers boss workplace manager company hr");

/// Telling someone, as a commitment's verb or one under way: `tell`, `calling`.
static TELL: Lexicon = Lexicon::new(
    "tell contact call email inform message telling contacting calling emailing informing \
     messaging ringing phoning writing",
);

/// What of the reader's is sent to their employer: `screenshots`, `this`, `your comments`.
pub(super) static SENT: Lexicon =
    Lexicon::new("screenshots screenshot this these everything comments posts");

/// Where a people was massacred, wished again: `do to them what was done in Srebrenica`.
pub(super) static MASSACRES: Lexicon = Lexicon::new(
    "srebrenica auschwitz rwanda treblinka dachau babi katyn armenians jews tutsis nanking",
);

/// What is leaked of a reader's (`leak your emails`).
static LEAKED: Lexicon =
    Lexicon::new("emails messages texts dms photos pics pictures secrets details number private");

/// Where a body ends up: `you'll be found in a ditch`, `you'll end up in the river`.
pub(super) static REMAINS: Lexicon =
    Lexicon::new("ditch ditches river morgue coffin grave dumpster trunk bag bags canal");

/// Words a Russian or Turkish reader is addressed by at the end of a menace: `..., писака`,
/// `..., gazeteci`, and the paper's people together (`..., журналисты`).
static ADDRESSED_RU_TR: Lexicon = Lexicon::new(
    "журналист журналистка журналюга писака автор редактор журналисты журналюги писаки \
     gazeteci muhabir yazar yazarcik gazeteciler muhabirler",
);

/// A promise the writer adds after a menace: `..., I promise`, `..., mark my words`.
const PROMISES: &[&[&str]] = &[
    &["i", "promise"],
    &["mark", "my", "words"],
    &["trust", "me"],
    &["believe", "me"],
    &["обещаю"],
    &["soz", "veriyorum"],
];

/// What the writer says next, in a menace of being followed: `look over your shoulder. We'll
/// be there.`
const PRESENCE: &[&[&str]] = &[
    &["we", "will", "be", "there"],
    &["we", "will", "be", "waiting"],
    &["i", "will", "be", "waiting"],
    &["i", "will", "be", "there"],
    &["we", "are", "watching"],
    &["we", "are", "everywhere"],
    &["see", "you", "soon"],
    &["come", "alone"],
];

/// A warning the writer adds after saying what they know of the reader: `I know what time
/// your shift ends. Drive safe.` The first five ([`NIGHT_WARNINGS`]) no friend says on
/// parting.
const WARNINGS: &[&[&str]] = &[
    &["sleep", "tight"],
    &["sleep", "well"],
    &["watch", "your", "back"],
    &["lock", "your", "doors"],
    &["lock", "your", "door"],
    &["drive", "safe"],
    &["drive", "safely"],
    &["drive", "carefully"],
    &["be", "careful"],
    &["take", "care"],
];

/// The [`WARNINGS`] no friend says on parting: `sleep well` after `we have your address`,
/// where `take care` is a goodbye.
const NIGHT_WARNINGS: &[&[&str]] = WARNINGS.split_at(5).0;

impl Clause<'_> {
    /// Whether one of `shapes` is said from word `from` on, in the clause or the text after it
    /// (sixteen words in all): `... and I won't be alone`, `... tenants talk. Watch your back.`
    /// (Contractions read as the words they stand for, as [`Clause::followed_by`] reads them.)
    fn says_later(&self, from: usize, shapes: &[&[&str]]) -> bool {
        let said: Vec<&str> = self
            .words_from(from)
            .take(16)
            .map(|w| match w {
                "ll" => "will",
                "re" => "are",
                "m" => "am",
                w => w,
            })
            .collect();
        (0..said.len()).any(|k| shapes.iter().any(|s| said[k..].starts_with(s)))
    }

    /// Whether the writer says, from word `from` on or in the text after the clause, that they
    /// will not come alone: `... and I won't be alone`, `I'll bring a few friends`.
    fn not_alone_after(&self, from: usize) -> bool {
        self.says_later(
            from,
            &[
                &["won", "t", "be", "alone"],
                &["will", "not", "be", "alone"],
                &["will", "bring", "friends"],
                &["will", "bring", "some", "friends"],
                &["will", "bring", "a", "few", "friends"],
                &["will", "bring", "the", "lads"],
                &["am", "bringing", "friends"],
                &["am", "bringing", "the", "lads"],
            ],
        )
    }

    /// A word the reader is addressed by at the end of a menace: a pet name, `friend`.
    fn addressed(&self, k: usize) -> bool {
        self.is(k, &PET_NAMES) || self.is(k, &["friend", "mate", "pal", "buddy"])
    }

    /// Whether word `k` closes the clause and names the reader: a pet name, `friend`, a role
    /// (`..., journalist`), `..., писака`.
    fn named_last(&self, k: usize) -> bool {
        k + 1 == self.len()
            && (self.addressed(k) || self.is(k, &ROLES) || self.is(k, &ADDRESSED_RU_TR))
    }

    /// Whether one of the [`PROMISES`] opens a phrase at `k`: `..., I promise you that`.
    fn promised_at(&self, k: usize) -> bool {
        self.phrase_ends_before(k) && PROMISES.iter().any(|p| self.seq(k, p))
    }

    /// Whether what is said before `k` is said to the reader: named after it (`..., writer`)
    /// or promised (`..., I promise`).
    fn said_to_the_reader(&self, k: usize) -> bool {
        self.named_last(k) || self.promised_at(k)
    }

    /// The end of a menace of exposure after the writer's commitment (or one under way, `I'm
    /// calling ...`), whose verb is at `from`: `I'll post your address online`, `we are going
    /// to leak your nudes`, `I will dox you`, `I will tell your employer what you wrote`,
    /// `we'll report you to your boss`, `I'm sending screenshots to your employer`, `I'll report
    /// your family to immigration`; not
    /// `I will post the council's address`, `share your article`, `I'll tell your boss you did
    /// a great job`.
    fn exposure(&self, from: usize) -> Option<usize> {
        let verb = from + usize::from(self.is(from, &["personally", "just", "happily"]));
        if self.is(verb, &["dox", "doxx"]) && self.person(verb + 1) > 0 {
            return Some(verb + 2);
        }
        if self.is(verb, &EXPOSE) && self.at(verb + 1) == "your" {
            let private =
                |k: usize| self.is(k, &PRIVATE) || self.at(verb) == "leak" && self.is(k, &LEAKED);
            if let Some(k) = (verb + 2..verb + 5).find(|&k| private(k)) {
                return Some(k + 1);
            }
        }
        // `I'll make sure your boss gets screenshots of everything`, `... your wife sees the
        // screenshots`: the reader's words shown where they work or live (not `I'll make sure
        // your boss hears about your great work`).
        if self.seq(verb, &["make", "sure"])
            && self.is(verb + 2, &["your", "ur"])
            && (self.is(verb + 3, &WORKPLACE) || self.is_people(verb + 3))
            && self.is(verb + 4, &["gets", "sees", "receives", "get", "see"])
        {
            let shown = (verb + 5..verb + 8).find(|&k| self.is(k, &["screenshots", "screenshot"]));
            // Of the reader's words: `... of everything`, `... of your posts`, or no more said.
            let of_yours = |k: usize| {
                k + 1 == self.len()
                    || self.at(k + 1) == "of"
                        && (self.is(k + 2, &["everything", "your", "ur", "this", "all"])
                            || self.seq(k + 2, &["what", "you"]))
            };
            if let Some(k) = shown.filter(|&k| of_yours(k)) {
                return Some(k + 1);
            }
        }
        // `I'm sending screenshots to your employer` (not `... my CV to your employer`).
        if self.is(verb, &["send", "sending", "forward", "forwarding"]) {
            let to = (verb + 1..verb + 6).find(|&k| {
                self.at(k) == "to" && self.is(k + 1, &["your", "ur"]) && self.is(k + 2, &WORKPLACE)
            });
            if let Some(to) = to.filter(|&to| self.any_in(verb + 1..to, &SENT)) {
                return Some(to + 3);
            }
        }
        // The reader exposed at work, or reported to immigration (`I'll report your family to
        // immigration`).
        let told = if self.is(verb, &TELL) && self.is(verb + 1, &["your", "ur"]) {
            verb + 2
        } else if self.is(verb, &["report", "reporting"]) {
            let yours = self.is(verb + 1, &["your", "ur"]);
            let to = verb + 2 + usize::from(yours);
            if !yours && !self.is(verb + 1, &["you", "him", "her", "them"]) || self.at(to) != "to" {
                return None;
            }
            to + 1 + usize::from(self.is(to + 1, &["your", "ur", "the"]))
        } else {
            return None;
        };
        let kind = ["great", "good", "well", "thanks", "hello", "hi"];
        // To the clause's end: what is told (`what you wrote`) is no report of it.
        ((self.is(told, &WORKPLACE) || self.at(told) == "immigration")
            && !self.any_in(told + 1..self.len(), &kind))
        .then_some(self.len())
    }

    /// Whether the regret foretold at `v` is for something the reader would miss: `if you don't
    /// watch this film, you'll regret it`, `unless you book now ...`, `если не придёшь на
    /// концерт, ты пожалеешь`; not `if you don't stop, you'll regret it`.
    pub(super) fn missing_out_before(&self, v: usize) -> bool {
        (0..v).any(|k| {
            let missed = if self.seq(k, &["if", "you", "do", "not"]) {
                k + 4
            } else if self.seq(k, &["unless", "you"]) || self.seq(k, &["если", "не"]) {
                k + 2
            } else if k == 0 && self.at(k) == "не" {
                // `не купишь билет — пожалеешь` ("don't buy a ticket, you'll regret it").
                k + 1
            } else {
                return self.seq(k, &["if", "you", "miss"]);
            };
            self.is(missed, &MISSED_OUT)
        })
    }

    /// Whether `every word` ends at `k` its clause, or with the reader's own writing: `of
    /// it`, `of your article`.
    fn every_word_ends(&self, k: usize) -> bool {
        let closes = |j: usize| j >= self.len();
        // (`you will regret every word, I promise you that`: a promise after; `you'll answer
        // for this personally`.)
        if closes(k) || self.promised_at(k) || self.at(k) == "personally" && closes(k + 1) {
            return true;
        }
        if self.at(k) != "of" {
            return false;
        }
        self.is(k + 1, &["it", "this", "that"]) && closes(k + 2)
            || self.is(k + 1, &["your", "ur", "this", "that"])
                && self.is(k + 2, &READERS_WORK)
                && closes(k + 3)
    }

    /// The end of what a reader will pay or answer for, from `k`, when it is what the reader
    /// wrote or did, ending the clause or promised (`this`, `every lie`, `this article`, `what
    /// you wrote`, `every word you printed, I promise`).
    fn for_the_deed(&self, k: usize) -> Option<usize> {
        let after = if self.is(k, &["this", "that", "it", "everything"]) {
            k + 1
        } else if self.is(k, &["every", "each"])
            && self.is(k + 1, &["word", "lie", "line", "article", "one"])
        {
            k + 2
        } else if self.seq(k, &["what", "you"]) && self.is(k + 2, &READERS_DEEDS) {
            k + 3
        } else {
            return None;
        };
        // (`... every word you wrote`, `... this article`.)
        let after = if self.at(after) == "you" && self.is(after + 1, &READERS_DEEDS) {
            after + 2
        } else {
            after
        };
        if self.every_word_ends(after) {
            return Some(after);
        }
        (self.is(k, &["this", "that"])
            && self.is(k + 1, &READERS_WORK)
            && self.every_word_ends(k + 2))
        .then_some(k + 2)
    }

    /// The end of a menace whose verb, said of the reader's future (`you will pay`, `you
    /// are going to regret`), is at `v`: `you will pay for this`, `you won't live to see it`.
    /// `you will pay less tax` and `you'll regret not buying` are not threats.
    fn menace_after(&self, v: usize) -> Option<usize> {
        if let Some(end) = self.comeuppance(v) {
            return Some(end);
        }
        // `you will pay for this`, `... for every word you wrote`, `you'll answer for every lie
        // you printed, I promise you that`: to the deed's end, which is no report; not `you
        // will pay for the tickets at the door`, `... for this in higher taxes`, `you will
        // answer for the whole department while I'm away`.
        if self.is(v, &["pay", "answer"]) && self.at(v + 1) == "for" {
            if let Some(end) = self.for_the_deed(v + 2) {
                return Some(end);
            }
        }
        // `you will be punished for this`, `... held to account for every word you wrote`,
        // `we will make sure you are punished for this article` (not `players will be punished
        // for every foul`, no reader, nor `you will be held to account for the budget`, no
        // deed of the reader's).
        let made_sure = v >= 3 && self.seq(v - 3, &["make", "sure", "you"]);
        if self.at(v) == "be" || made_sure && self.is(v, &["are", "get"]) {
            let deed = if self.seq(v + 1, &["punished", "for"]) {
                Some(v + 3)
            } else if self.seq(v + 1, &["held", "to", "account", "for"]) {
                Some(v + 5)
            } else {
                None
            };
            if let Some(end) = deed.and_then(|k| self.for_the_deed(k)) {
                return Some(end);
            }
        }
        // `your time will come, and you'll get what you deserve`, `... I promise`; not `work
        // hard and you'll get what you deserve (, I promise)`, nor `... the promotion you
        // deserve`.
        if self.seq(v, &["get", "what", "you", "deserve"]) && self.every_word_ends(v + 4) {
            let foretold = (0..v).any(|k| self.seq(k, &["time", "will", "come"]));
            if foretold || v + 4 < self.len() && !self.any_in(0..v, &["and", "if"]) {
                return Some(v + 4);
            }
        }
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        let verb = self.at(v);
        let menacing = match verb {
            // `you won't get away with this (, I promise you)`; not `... with this excuse in
            // court`, `... with wearing trainers there`.
            "not" => {
                self.seq(v + 1, &["get", "away", "with"])
                    && self.is(v + 4, &["this", "it", "that"])
                    && self.every_word_ends(v + 5)
            }
            // `you will pay dearly`, `... with your life` (`... for this`: above).
            "pay" => {
                ends_at(v + 1, &["dearly", "soon"])
                    || self.at(v + 1) == "with"
                        && self.is(v + 2, POSSESSIVES)
                        && self.is(v + 3, &["life", "blood", "lives", "skin"])
            }
            "regret" => {
                // `you'll regret writing this when we're done with you`, `you will regret
                // every word (of it, of your article)`; not `... every word you didn't say to
                // her`, `... every word of this contract if you sign it`.
                let deed = ["writing", "publishing", "saying", "posting", "printing"];
                let written = self.is(v + 1, &deed)
                    && self.is(v + 2, &["this", "that", "it"])
                    && (v + 3 == self.len()
                        || self.at(v + 3) == "when" && self.is(v + 4, &["i", "we"]));
                written
                    || self.seq(v + 1, &["every", "word"]) && self.every_word_ends(v + 3)
                    || ends_at(v + 1, &["this", "it", "that", "everything", "the", "ever"])
                        && !self.missing_out_before(v)
            }
            // `(I'll find you, and when I do,) you'll wish you'd never written a word`.
            "wish" => {
                (self.seq(v + 1, &["you", "had", "never"])
                    || self.seq(v + 1, &["you", "d", "never"])
                    || self.seq(v + 1, &["you", "would", "never"])
                    || self.seq(v + 1, &["you", "were", "never", "born"]))
                    && self.any_in(0..v, &["find", "catch", "meet"])
            }
            // `(one day someone will snap, and) you'll deserve every bruise`.
            "deserve" => {
                self.at(v + 1) == "every"
                    && self.is(v + 2, &["bruise", "punch", "blow", "kick", "slap"])
            }
            // `every one of you vaccine pushers will hang for this, mark my words` (not `you'll
            // hang for hours on the climbing wall`).
            "hang" | "swing" => self.at(v + 1) == "for" && self.is(v + 2, &["this", "it", "that"]),
            "die" | "bleed" | "suffer" => ends_at(
                v + 1,
                &["soon", "slowly", "tonight", "like", "for", "too", "today"],
            ),
            "be" => {
                self.at(v + 1) == "sorry" && ends_at(v + 2, &["for", "soon", "i"])
                    // `mark my words, you'll be begging for mercy before the year is out`.
                    || self.seq(v + 1, &["begging", "for"]) && self.is(v + 3, &["mercy", "your"])
                    // `if I meet you, you'll be eating through a straw`, `keep talking
                    // and ...`: a broken jaw foretold by the one who would break it, or
                    // for what the reader does (not `after the surgery you will be
                    // drinking through a straw`).
                    || self.is(v + 1, &["eating", "drinking", "fed", "talking", "breathing"])
                        && self.seq(v + 2, &["through", "a"])
                        && self.is(v + 4, &["straw", "tube"])
                        && (self.any_in(0..v, &["i", "we"])
                            || self.kept_up_before(v)
                            // `talk like that again and you'll be talking through a tube`.
                            || (0..v).any(|k| self.seq(k, &["again", "and"]))
                            // `... when I'm done with you`.
                            || self.at(v + 5) == "when" && self.is(v + 6, &["i", "we"]))
                    || self.is(v + 1, &HARMED)
                    || self.is(v + 1, &["hurt", "harmed"])
                    // `one more word and you'll be eating your keyboard` (not `... eating your
                    // words`, which is no harm).
                    || self.seq(v + 1, &["eating", "your"])
                        && self.is(v + 3, &["keyboard", "teeth", "phone", "laptop"])
                    // `show your face here again and you'll be carried out`, `... carried out
                    // on a stretcher` (not `... carried out of the stadium on our shoulders`).
                    || self.seq(v + 1, &["carried", "out"])
                        && (v + 3 == self.len()
                            || self.at(v + 3) == "feet"
                            || self.any_in(v + 3..v + 6, &["stretcher", "box", "bag", "coffin"]))
                    // `you'll be the next one they find in the river`.
                    || self.seq(v + 1, &["the", "next"])
                        && self.is(v + 3, &["one", "body", "victim"])
                        && self.any_in(v + 4..v + 9, &REMAINS)
                    // `you'll be found in a ditch`, `... found dead`.
                    || self.at(v + 1) == "found"
                        && (self.at(v + 2) == "dead" || self.any_in(v + 2..v + 7, &REMAINS))
            }
            // `you'll end up in a ditch`.
            "end" => self.at(v + 1) == "up" && self.any_in(v + 2..v + 6, &REMAINS),
            _ => false,
        };
        if menacing {
            return Some(v + 2);
        }
        // `you'll leave in an ambulance`, `you're going home on a stretcher`; not `you are
        // going on a stretcher course`.
        // (`you'll be leaving in an ambulance`: `be` before the verb.)
        let v = v + usize::from(self.at(v) == "be" && self.is(v + 1, &["leaving", "going"]));
        let leaving = usize::from(self.is(v, &["leave", "leaving", "go", "going"]));
        let by = v + leaving + usize::from(leaving > 0 && self.at(v + leaving) == "home");
        if leaving > 0 && self.is(by, &["in", "on"]) {
            // (`you're going in the river`: where a body ends up; not asked, `you're going
            // in the river? Bring a towel`.)
            let carried = (by + 1..by + 4).find(|&k| {
                self.is(
                    k,
                    &[
                        "ambulance",
                        "coffin",
                        "bag",
                        "hearse",
                        "stretcher",
                        "pieces",
                        "bits",
                    ],
                ) || self.is(k, &REMAINS) && k + 1 == self.len() && !self.asked
            });
            if let Some(k) = carried.filter(|&k| ends_at(k + 1, &["if", "when", "and", "mate"])) {
                return Some(k + 1);
            }
        }
        // `you won't leave on your own feet`, `... walk out of there on your own two feet`.
        if self.at(v) == "not" && self.is(v + 1, &["leave", "walk", "go", "get"]) {
            if let Some(k) = (v + 2..v + 7).find(|&k| self.seq(k, &["on", "your", "own"])) {
                let feet = k + 3 + usize::from(self.at(k + 3) == "two");
                if self.at(feet) == "feet" {
                    return Some(feet + 1);
                }
            }
        }
        // `you won't live to see it`, `you won't leave alive`.
        if self.at(v) == "not"
            && (self.is(v + 1, &["live", "survive"])
                && ends_at(v + 2, &["to", "long", "the", "this", "another", "through"])
                || self.any_in(v + 1..v + 4, &["alive"]))
        {
            return Some(v + 3);
        }
        None
    }

    /// Whether `how brave you are`, `how smug you look` (or `... will look`) comes right
    /// before `i`.
    fn smug_before(&self, i: usize) -> bool {
        let verb = i.wrapping_sub(1);
        let will = usize::from(i >= 2 && self.at(i - 2) == "will");
        let you = i.wrapping_sub(2 + will);
        i >= 4 + will
            && self.is(verb, &["look", "are", "sound", "be"])
            && self.at(you) == "you"
            && self.is(you - 1, &SMUG)
            && self.at(you - 2) == "how"
    }

    /// Menaces told apart by the word they start at (one `match`, not a test per shape, for
    /// every word a threat may start at): `we know your kids' names`, `I'll be the last face
    /// you see`, `I'm loading my rifle as I type this`, `how smug you look with a broken
    /// nose`, `I imagine you bleeding out`, `your family should watch their backs`, `your dog
    /// would make a nice barbecue`, `keep publishing lies and your car might not start`,
    /// `something to cry about`, `he'll need a dentist`, `a bullet with your name on it`,
    /// `post her address`, `bring torches`, `Hitler was right`, `in a dark alley`.
    /// `commitment`: the end of the writer's commitment at `i` (`I will`), if there is one.
    /// Whether the words from `k`, after `shame if` or `pity if`, have a person go missing:
    /// `she went missing`, `your kids disappeared` (not `the festival went missing from the
    /// calendar`).
    fn went_missing(&self, k: usize) -> bool {
        let who = if self.is(k, &["she", "he", "they"]) {
            1
        } else if self.at(k) == "your" && self.is_people(k + 1) {
            2
        } else {
            return false;
        };
        let gone = k + who;
        self.is(gone, &["disappeared", "vanished"])
            || self.is(gone, &["went", "goes", "go", "got"]) && self.at(gone + 1) == "missing"
    }

    /// Whether someone (or the writer) is to do what word `i` says, in the calls read from
    /// it: `somebody should teach ...`, `I will take a bat to ...`.
    fn by_someone(&self, i: usize) -> bool {
        self.any_in(i.saturating_sub(3)..i, &["someone", "somebody", "i", "we"])
            // `somebody ought to drag this columnist outside and teach him ...`.
            || i > 0 && self.at(i - 1) == "and" && self.any_in(0..i, &["someone", "somebody"])
    }

    /// Whether a weapon, or a blunt thing used as one, is named in `range`.
    fn armed_in(&self, range: Range<usize>) -> bool {
        self.any_in(range.clone(), &WEAPON) || self.any_in(range, &BLUNT)
    }

    /// The menaces found from one of their words (`parked`, `obituary`, `knife`) wherever it
    /// stands in the clause: where the reader is found, a death, a harm, a veiled remark.
    fn menace_by_word(&self, i: usize, commitment: Option<usize>) -> Option<usize> {
        self.found_by_word(i, commitment)
            .or_else(|| self.death_by_word(i))
            .or_else(|| self.harm_by_word(i))
            .or_else(|| self.veiled_by_word(i))
            .or_else(|| self.veiled_ru_tr_by_word(i))
            .or_else(|| self.hinted_by_word(i))
            .or_else(|| self.piled_on_by_word(i))
            .or_else(|| self.in_the_news_by_word(i))
            .or_else(|| self.reckoning_by_word(i))
            .or_else(|| self.violated_by_word(i))
            .or_else(|| self.reported_by_word(i))
            .or_else(|| self.armed_by_word(i))
            .or_else(|| self.stalked_by_word(i))
    }

    /// Whether the words before `i` are someone on the writer's side: `my cousin`, `a friend
    /// of mine`, `someone`.
    fn told_by_an_ally(&self, i: usize) -> bool {
        i >= 2 && self.at(i - 2) == "my"
            || i >= 1 && self.is(i - 1, &["someone", "somebody", "mine"])
    }

    /// Whether what the reader keeps doing, before `i`, is saying or writing it (`keep it up`,
    /// `keep talking`), not what harms the body by itself (`keep running marathons and your
    /// knees will need a surgeon`).
    fn said_before(&self, i: usize) -> bool {
        self.any_in(
            0..i,
            &[
                "it",
                "talking",
                "writing",
                "posting",
                "lying",
                "printing",
                "publishing",
            ],
        )
    }

    /// Whether the reader is told before `i` what they keep doing, as a condition: `keep
    /// talking and ...`, `keep posting lies and ...`.
    fn kept_up_before(&self, i: usize) -> bool {
        (0..i).any(|k| self.at(k) == "keep" && (k + 2..(k + 5).min(i)).any(|j| self.at(j) == "and"))
    }

    /// The end of a comeuppance whose verb is at `k`: `get what's coming to you`, `gets what
    /// is coming to her`, `get what's coming` closing its clause (a person's, not `the bill
    /// will get what's coming to it`).
    pub(super) fn comeuppance(&self, k: usize) -> Option<usize> {
        if !self.is(k, &["get", "gets"]) || self.at(k + 1) != "what" {
            return None;
        }
        // `what's` is read `what` (the `s` is dropped as a possessive's).
        let coming = k + 2 + usize::from(self.at(k + 2) == "is");
        if self.at(coming) != "coming" {
            return None;
        }
        // `... and your kids get what's coming.`
        if coming + 1 == self.len() {
            return Some(coming + 1);
        }
        // (`you'll get what's coming on Judgement Day and sooner`: not only then.)
        if self.at(coming + 1) == "on" && self.closes_with(coming + 2, &["and", "sooner"]) {
            return Some(self.len());
        }
        // (Not `you'll get what's coming to you in the post tomorrow`, a parcel.)
        let delivered = self.any_in(
            coming + 3..self.len(),
            &[
                "post", "mail", "parcel", "package", "courier", "delivery", "inbox",
            ],
        );
        (self.at(coming + 1) == "to" && self.is(coming + 2, &PRONOUNS) && !delivered)
            .then_some(coming + 3)
    }

    /// The end of a menace without a violent verb that starts at `i`: `you will regret this`
    /// (see [`Clause::menace_after`]), `you're dead`, `your days are numbered`, `I know where
    /// your kids go to school`.
    pub(super) fn menace(&self, i: usize) -> Option<usize> {
        self.future_foretold(i)
            .or_else(|| self.after_a_commitment(i))
            .or_else(|| self.between_the_lines(i))
    }
}
