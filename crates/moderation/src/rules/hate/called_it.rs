//! A person called a thing for their sex or gender, in English, Russian and Turkish: `that
//! thing calling itself a woman`, `it's not a woman, it's an it`, `look at it, pretending to be
//! a woman`, `Это оно, а не женщина`, `Ona kadın demeyin, o bir şey`; and those of neither
//! called freaks (`There are only two genders, and these freaks know it`). Not a thing called one
//! (`that thing calling itself a printer`, `it's not a bug, it's a feature`, `Это оно, то самое
//! кафе`, `Ona kahve demeyin`).

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon};

/// The words these shapes are read from, each a cue (and `an it`, `calling itself`,
/// sequences of words too common to be cues).
pub(super) static CALLED_IT: Lexicon =
    Lexicon::new("pretending genders оно demeyin denmez diyemezsin diyemezsiniz");

/// What a person is, by sex or gender, that the thing is said not to be.
static GENDERED: Lexicon = Lexicon::new(
    "woman man lady girl female male женщина мужчина баба девушка парень kadin erkek kiz",
);

impl Clause<'_> {
    /// A person called a thing, read from its word at `i` (see the module's note).
    pub(super) fn called_it(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        let found = match self.at(i) {
            // `That thing calling itself a woman`, `... that calls itself a man`.
            "itself" => {
                let calls = i
                    .checked_sub(1)
                    .filter(|&k| self.is(k, &["calling", "calls"]))?;
                let thing = (calls.saturating_sub(2)..calls).find(|&k| self.at(k) == "thing")?;
                (self.at(i + 1) == "a" && self.is(i + 2, &GENDERED)).then_some((thing, i + 3))
            }
            // `Look at it, pretending to be a woman`.
            "pretending" => {
                let it = (i.saturating_sub(3)..i).find(|&k| self.at(k) == "it")?;
                (self.seq(i + 1, &["to", "be", "a"]) && self.is(i + 4, &GENDERED))
                    .then_some((it, i + 5))
            }
            // `It's not a woman, it's an it.`
            "an" if self.at(i + 1) == "it" && i + 2 == self.len() => {
                let denied =
                    (0..i).find(|&k| self.seq(k, &["not", "a"]) && self.is(k + 2, &GENDERED));
                denied.map(|k| (k, i + 2))
            }
            // `There are only two genders, and these freaks know it.`: those who are neither
            // called freaks (not `... two genders in this old grammar`).
            "genders" if i >= 2 && self.seq(i - 2, &["only", "two"]) => {
                let freaks = ["freaks", "perverts", "weirdos", "degenerates", "lunatics"];
                self.first_in(i + 1..self.len(), &freaks)
                    .map(|k| (i - 2, k + 1))
            }
            // `Это оно, а не женщина.`
            "оно" => {
                let not = i + 1 + usize::from(self.at(i + 1) == "а");
                (self.at(not) == "не" && self.is(not + 1, &GENDERED)).then_some((i, not + 2))
            }
            // `Ona kadın demeyin, o bir şey.`
            // (Not `..., o bir şey değil, bir kraliçe`.)
            "demeyin" | "denmez" | "diyemezsin" | "diyemezsiniz"
                if i >= 1 && self.is(i - 1, &GENDERED) =>
            {
                let thing = (i + 1..self.len()).find(|&k| self.seq(k, &["bir", "sey"]))?;
                (self.at(thing + 2) != "degil").then_some((i - 1, thing + 2))
            }
            _ => None,
        };
        found.map(|(start, end)| (HateKind::Dehumanisation, start, end))
    }
}
