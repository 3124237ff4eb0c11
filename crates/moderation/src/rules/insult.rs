//! Stock insults: the set phrases readers demean one another with that hold no insulting word
//! (`you have the IQ of a potato`, `crawl back under your rock`, `your parents must be ashamed
//! of you`, `nobody would miss you`, `keep crying, snowflake`). The classifier, which weighs
//! words, allowed all of them (abusive 0.07 to 0.48). Each is read from the shape of a clause
//! aimed at the reader or a person; the same words elsewhere (`the attention span of a news
//! cycle`, `go back to your seats`, `the patient is brain dead`, `the snowflake fell`) are not
//! insults. Quoted and reported ones are left to the classifier.

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary};
use super::Hit;
use crate::normalize::Normalized;

/// The reader or a person, as the clause's subject or object.
static PERSON: Lexicon = Lexicon::new(
    "you your he his she her they them u ur ya writer author columnist reporter journalist \
     editor commenter poster guy man woman",
);

/// What a mind is measured by, in `the IQ of a potato`.
static MIND: Lexicon = Lexicon::new("iq brain brains intelligence intellect brainpower wit wits");

/// What is wasted in `a waste of oxygen`.
static WASTED: Lexicon = Lexicon::new("oxygen air space skin carbon sperm breath");

/// Where a reader is sent back to: `crawl back under your rock`, `go back to your cave`.
static DEN: Lexicon = Lexicon::new("rock cave hole swamp basement bridge sewer");

/// What leaving the world is: `do the world a favour and disappear`.
static LEAVING: Lexicon =
    Lexicon::new("die disappear vanish leave shut delete stop jump drop quit evaporate");

/// Those who would be ashamed: `your parents must be ashamed of you`.
static KIN: Lexicon =
    Lexicon::new("parents mother mom mum mommy mama father dad daddy family folks grandparents");

/// Those said to be brain dead: `anyone who voted for this is brain dead`.
static WHO: Lexicon = Lexicon::new("anyone anybody everyone everybody whoever people those who");

/// What a reader says or feels, in `nobody cares about your opinion`.
static SAID: Lexicon = Lexicon::new(
    "opinion opinions feelings feeling comment comments thoughts views view take takes \
     rant rants life",
);

/// What one is a disgrace to, in an insult: `humanity`, `the human race`, `your family`.
static DISGRACED: Lexicon = Lexicon::new("humanity mankind human species family parents society");

/// What `you people` are said to do or be: `ruining this country`, `the problem`.
static RUINING: Lexicon = Lexicon::new(
    "ruining ruin ruined destroying destroy destroyed disgust disgusting sicken pathetic \
     problem cancer scum",
);

/// Words a reader is dismissed with, by themselves at a clause's end or start: `keep
/// crying, snowflake`, `ok boomer`.
static DISMISSED: Lexicon = Lexicon::new(
    "snowflake snowflakes boomer boomers troglodyte troglodytes sheeple muppet muppets \
     cuck cucks simp simps npc npcs shill shills bootlicker bootlickers karen incel incels \
     neckbeard neckbeards gammon",
);

/// Verbs that open an order, for `keep crying, snowflake`.
static ORDERS: Lexicon = Lexicon::new(
    "keep go get stay stop shut cry sit run enjoy try read learn grow calm relax move take \
     have bye",
);

impl Clause<'_> {
    /// The stock insult in this clause, as ((), first token, end token). Only a clause that
    /// holds a cue is read word by word.
    fn insult(&self, cues: &Vocabulary, out: &mut Vec<((), usize, usize)>) {
        if !self.any_in(0..self.len(), cues) {
            return;
        }
        let found = (0..self.len()).find_map(|i| self.stock_insult(i).map(|end| (i, end)));
        if let Some((i, end)) = found {
            if !self.reported(i) && !self.reported_after(end) {
                out.push(((), i, end));
            }
        }
    }

    fn aimed_in(&self, range: std::ops::Range<usize>) -> bool {
        self.any_in(range, &PERSON)
    }

    /// The end of a stock insult starting at `i`.
    fn stock_insult(&self, i: usize) -> Option<usize> {
        let len = self.len();
        // `you have the IQ of a potato`, `his brain of a goldfish`.
        if self.is(i, &MIND)
            && self.is(i + 1, &["of"])
            && self.is(i + 2, &["a", "an"])
            && self.aimed_in(i.saturating_sub(4)..i)
        {
            return Some((i + 4).min(len));
        }
        // `you are a waste of oxygen`.
        if self.seq(i, &["waste", "of"]) && self.is(i + 2, &WASTED) {
            return Some(i + 3);
        }
        // `crawl back under your rock`, `go back to your cave`.
        if self.is(i, &["crawl", "go", "slither", "run", "get"]) && self.is(i + 1, &["back"]) {
            let den = (i + 2..(i + 6).min(len)).find(|&k| self.is(k, &DEN))?;
            if self.any_in(i + 2..den, &["your", "ur", "his", "her", "the"]) {
                return Some(den + 1);
            }
        }
        // `I bet you live in your mom's basement`.
        if self.is(i, &["live", "lives", "living"]) && self.is(i + 1, &["in"]) {
            let basement = (i + 2..(i + 6).min(len)).find(|&k| self.is(k, &["basement"]))?;
            if self.any_in(i + 2..basement, &KIN) && self.aimed_in(i.saturating_sub(2)..i) {
                return Some(basement + 1);
            }
        }
        // `do the world a favour and disappear`.
        if self.is(i, &["favour", "favor"]) && self.is(i + 1, &["and"]) {
            let world = [&["world"][..], &["everyone"], &["humanity"], &["us", "all"]];
            let world = world
                .iter()
                .any(|w| (i.saturating_sub(4)..i).any(|k| self.seq(k, w)));
            let leaves = self.is(i + 2, &LEAVING) || self.seq(i + 2, &["go", "away"]);
            if world && leaves {
                return Some(i + 3 + usize::from(self.is(i + 2, &["go"])));
            }
        }
        // `your parents must be ashamed of you`.
        if self.is(i, &["your", "ur"]) && self.is(i + 1, &KIN) {
            let ashamed = (i + 2..(i + 6).min(len)).find(|&k| self.is(k, &["ashamed"]))?;
            let not = self.any_in(i + 2..ashamed, &["not", "never"]);
            if !not && self.is(i + 2, &["must", "should", "are", "is", "would", "will"]) {
                return Some(ashamed + 1);
            }
        }
        // `did your mother drop you on your head?`, `were you dropped on your head`.
        if self.is(i, &["drop", "dropped"]) {
            let head = (i + 1..(i + 5).min(len)).find(|&k| self.is(k, &["head"]))?;
            if self.is(head - 1, &["your", "ur", "his", "her"]) && self.is(head - 2, &["on"]) {
                return Some(head + 1);
            }
        }
        // `nobody would miss you`, `no one cares about your opinion`, `nobody asked you`.
        let nobody = if self.is(i, &["nobody"]) {
            Some(i + 1)
        } else if self.seq(i, &["no", "one"]) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut k) = nobody {
            k += usize::from(self.is(k, &["would", "will", "really", "ever", "even"]));
            let verb = self.is(
                k,
                &[
                    "miss", "misses", "likes", "like", "loves", "love", "wants", "want", "asked",
                ],
            );
            if verb && self.is(k + 1, &["you", "u", "ya"]) {
                return Some(k + 2);
            }
            // `nobody cares about you`, `... about your opinion`; not `... about your aunt`.
            if self.seq(k, &["cares", "about"]) || self.seq(k, &["care", "about"]) {
                if self.is(k + 2, &["you", "u"]) {
                    return Some(k + 3);
                }
                if self.is(k + 2, &["your", "ur"]) && self.is(k + 3, &SAID) {
                    return Some(k + 4);
                }
            }
        }
        // `your face could curdle milk`, `a face that could stop a clock`.
        if self.is(i, &["face"]) && self.is(i + 1, &["could", "would", "can", "that"]) {
            let k = i + 2 + usize::from(self.is(i + 2, &["could", "would", "can"]));
            if self.is(
                k,
                &[
                    "curdle", "stop", "crack", "sink", "scare", "frighten", "break", "melt",
                ],
            ) && self.any_in(i.saturating_sub(3)..i, &["your", "ur", "his", "her", "a"])
            {
                return Some((k + 3).min(len));
            }
        }
        // `you're the reason shampoo has instructions`.
        if self.seq(i, &["the", "reason"]) && i >= 2 && self.seq(i - 2, &["you", "are"]) {
            let labels = (i + 2..(i + 9).min(len))
                .find(|&k| self.is(k, &["instructions", "labels", "label"]))?;
            return Some(labels + 1);
        }
        // `anyone who supports this is brain dead`.
        if self.seq(i, &["brain", "dead"]) || self.is(i, &["braindead"]) {
            let copula = i
                .checked_sub(1)
                .filter(|&c| self.is(c, &["is", "are", "be"]))?;
            if self.any_in(0..copula, &WHO) || self.aimed_in(0..copula) {
                return Some(i + 1 + usize::from(self.is(i, &["brain"])));
            }
        }
        // `you're a disgrace to humanity`; not `this ruling is a disgrace to the courts`.
        if self.seq(i, &["disgrace", "to"]) && self.aimed_in(0..i) {
            let k = i + 2 + usize::from(self.is(i + 2, &["the", "your", "ur", "his", "her"]));
            if self.is(k, &DISGRACED) {
                return Some(k + 1 + usize::from(self.seq(k, &["human", "race"])));
            }
        }
        // `people like you should not be allowed to vote`.
        if self.seq(i, &["people", "like", "you"]) && self.is(i + 3, &["should", "must"]) {
            let denied = [
                &["not", "be", "allowed"][..],
                &["be", "banned"],
                &["be", "locked"],
                &["not", "breed"],
                &["not", "vote"],
                &["be", "sterilised"],
                &["be", "sterilized"],
                &["be", "deported"],
            ];
            if let Some(d) = denied.iter().find(|d| self.seq(i + 4, d)) {
                return Some(i + 4 + d.len());
            }
        }
        // `you people are ruining this country`; not `thank you people for coming`.
        if self.seq(i, &["you", "people"]) && !(i > 0 && self.is(i - 1, &["thank"])) {
            let k = (i + 2..(i + 5).min(len)).find(|&k| self.is(k, &RUINING))?;
            return Some(k + 1);
        }
        // `keep crying, snowflake`, `nobody cares, boomer`, `ok boomer`: a word of dismissal
        // closing a clause said to the reader, or opening one.
        if self.is(i, &DISMISSED) {
            let last = i + 1 == len;
            let said_to = self.aimed_in(0..len) || self.is(0, &ORDERS);
            let ok = i == 1 && self.is(0, &["ok", "okay"]);
            if ok || (last || i == 0) && len > 1 && said_to {
                return Some(i + 1);
            }
        }
        None
    }
}

/// The words every stock insult but the [`COMMON_SHAPES`] holds one of: the rarer word of each shape
/// (`basement`, not `back`; `clock`, not `face`), since a text is read clause by clause only
/// when it holds a cue.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| cues().collect());

/// Shapes whose words are all too common to read every text that holds one of them: a text
/// is read for them only where they stand together.
const COMMON_SHAPES: [&[&str]; 3] = [
    &["no", "one"],
    &["you", "people"],
    &["people", "like", "you"],
];

/// The cues and the common shapes' words, for a text that holds one of those shapes.
static CUES_AND_COMMON: LazyLock<Vocabulary> =
    LazyLock::new(|| cues().chain(["one", "people"]).collect());

fn cues() -> impl Iterator<Item = &'static str> {
    [&MIND, &DISMISSED, &DEN, &OTHER_CUES]
        .into_iter()
        .flat_map(Lexicon::iter)
}

/// The cues not in a list above.
static OTHER_CUES: Lexicon = Lexicon::new(
    "disgrace waste favour favor ashamed nobody drop dropped curdle crack sink scare frighten melt \
     clock instructions labels label brain braindead",
);

/// Every stock insult in the text.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<()>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<()>> {
    let cues = if COMMON_SHAPES.iter().any(|shape| reading.has_seq(shape)) {
        &CUES_AND_COMMON
    } else {
        &CUES
    };
    reading.find(cues, |clause, found| clause.insult(cues, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insults(text: &str) -> Vec<&str> {
        crate::rules::written_hits(text, find)
            .into_iter()
            .map(|(_, words)| words)
            .collect()
    }

    #[test]
    fn stock_insults_are_found() {
        assert_eq!(insults("You have the IQ of a potato."), ["IQ of a potato"]);
        assert_eq!(
            insults("Crawl back under your rock."),
            ["Crawl back under your rock"]
        );
        for text in [
            "You are a waste of oxygen.",
            "Go back to your cave, troglodyte.",
            "I bet you live in your mom's basement.",
            "Do the world a favour and disappear.",
            "Your parents must be ashamed of you.",
            "Did your mother drop you on your head?",
            "Nobody would miss you if you were gone.",
            "No one cares about your opinion.",
            "Your face could curdle milk.",
            "You're the reason shampoo has instructions.",
            "Anyone who supports this is brain dead.",
            "This writer has the intelligence of a brick.",
            "You're a disgrace to humanity.",
            "He is a disgrace to the human race.",
            "People like you should not be allowed to vote.",
            "You people are ruining this country, get out.",
            "Keep crying, snowflake.",
            "Nobody cares about your opinion, boomer.",
            "OK boomer",
            "Snowflake, you will never understand.",
        ] {
            assert!(!insults(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_same_words_elsewhere_are_not_insults() {
        for text in [
            "The attention span of a news cycle is short.",
            "Please go back to your seats, the show resumes.",
            "The patient is brain dead, the doctors said.",
            "The snowflake fell on my sleeve.",
            "A boomer and a millennial walk into a bar.",
            "Nobody would miss the old bridge.",
            "The council's plan is a waste of money.",
            "Do me a favour and send the link.",
            "Your parents are not ashamed of you.",
            "The vase was dropped on the floor.",
            "He said nobody would miss you, which was cruel.",
            "Nobody cares about the weather.",
            "Nobody cares about your aunt.",
            "This ruling is a disgrace to the courts.",
            "The minister is a disgrace to his office.",
            "Thank you people for coming tonight.",
            "You people are amazing, thanks for the support.",
            "People like you should be in charge.",
            "The reason is that the budget is short.",
            "The bear went back to its cave.",
            "My son lives in our basement flat.",
            "Do the world a favour and go vote.",
            "Snowflakes fell all night over the city.",
        ] {
            assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
        }
    }
}
