//! A reckoning promised to the reader without a violent word, in English, Russian and
//! Turkish: `this won't go unpunished, writer`, `we'll settle accounts with you`, `your time is
//! running out, reporter`, `это не останется безнаказанным, писака`, `bu yanına kalmayacak`.
//! Officials say the same of crimes, clubs of their rivals, a contest of its entrants: each is
//! read only when it is said to the reader, who is named or promised it.

use crate::rules::clauses::{Clause, Lexicon};

/// What a Turkish reader did, that will not stay with them (`yaptığın bu yanına kalmayacak`),
/// and the words that open it.
static DONE_TR: Lexicon = Lexicon::new(
    "bu da de yaptigin yazdigin yaptiklarin yazdiklarin haber haberin yazi yazin yazinin sana",
);

/// What is settled with the reader: `settle accounts (the score) with you`.
static SCORES: Lexicon = Lexicon::new("accounts account score scores");

impl Clause<'_> {
    /// The end of a reckoning read from its word at `i`: `this won't go unpunished, writer`,
    /// `you will not go unpunished for this`, `we'll settle the score with you soon enough`,
    /// `your time is running out, reporter`, `это не останется безнаказанным, писака`, `bu
    /// yanına kalmayacak, gazeteci`; not `corruption like this shouldn't go unpunished`, `the
    /// two clubs will settle accounts`, `your time is running out, enter now`, `это
    /// преступление не должно остаться безнаказанным`, `bakanın bu hatası yanına kalmayacak`.
    pub(super) fn reckoning_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            "unpunished" if i >= 4 && self.seq(i - 3, &["will", "not", "go"]) => {
                let end = i + 1;
                match self.at(i - 4) {
                    // (`you won't go unpunished (for this)`, closing its clause.)
                    "you" => {
                        let deed = (self.at(end) == "for")
                            .then(|| self.for_the_deed(end + 1))
                            .flatten();
                        deed.or_else(|| {
                            (end == self.len() || self.said_to_the_reader(end)).then_some(end)
                        })
                    }
                    "this" | "that" | "it" if i == 4 => {
                        self.said_to_the_reader(end).then(|| self.len())
                    }
                    _ => None,
                }
            }
            "безнаказанным" if i >= 3 && self.seq(i - 3, &["это", "не", "останется"]) => {
                self.said_to_the_reader(i + 1).then(|| self.len())
            }
            "running" if i == 3 && self.seq(0, &["your", "time", "is"]) => {
                (self.at(i + 1) == "out" && self.said_to_the_reader(i + 2)).then(|| self.len())
            }
            // `(I, we) will settle accounts with you`, closing its clause, or `... soon
            // (enough)`, `... one day`, named or promised (not `... with you at the end of the
            // month`, a bill).
            "settle" if i >= 2 && self.at(i - 1) == "will" && self.is(i - 2, &["i", "we"]) => {
                let score = i + 1 + usize::from(self.is(i + 1, &["the", "a", "our", "my"]));
                if !self.is(score, &SCORES) || !self.seq(score + 1, &["with", "you"]) {
                    return None;
                }
                let mut end = score + 3;
                if self.at(end) == "soon" {
                    end += 1 + usize::from(self.at(end + 1) == "enough");
                } else if self.seq(end, &["one", "day"]) {
                    end += 2;
                }
                (end == self.len() || self.said_to_the_reader(end)).then(|| self.len())
            }
            // `bu yanına kalmayacak`, `yaptığın bu haber yanına kâr kalmayacak`: only what the
            // reader did before it, and nothing after it but the reader named.
            "kalmayacak" if i >= 2 => {
                let yanina = i - 1 - usize::from(self.at(i - 1) == "kar");
                let done = self.at(yanina) == "yanina"
                    && yanina > 0
                    && (0..yanina).all(|k| self.is(k, &DONE_TR));
                (done && (i + 1 == self.len() || self.said_to_the_reader(i + 1)))
                    .then(|| self.len())
            }
            _ => None,
        }
    }
}
