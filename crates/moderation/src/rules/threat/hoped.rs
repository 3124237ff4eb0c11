//! Violence and death hoped for from others' hands or from age, in English, Russian and
//! Turkish: the reader wished into the hands of killers (`I hope ISIS finds you`, `Hope the
//! Taliban get hold of you and your daughters`, `I hope the cartel pays you a visit`,
//! `Надеюсь, тебя найдут чеченцы`, `Надеюсь, до тебя доберутся бандиты`, `Umarım IŞİD seni
//! bulur`, `Umarım mafya seni ziyaret eder`), and a generation's death hoped for (`Boomers
//! should just die already`, `Boomers can't die off fast enough`, `Yaşlılar bir an önce ölse de
//! kurtulsak`). Not those who would help (`I hope the police find you soon`, `Надеюсь, тебя
//! найдут спасатели`), killers wished away from others (`I hope the Taliban never get hold of
//! Kabul again`), nor a generation's retirement (`Boomers can't retire fast enough`).

use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The words these shapes are read from: each a cue, and a word a threat may start at: the
/// killers a reader is wished into the hands of, `die` and `kurtulsak`.
pub(super) static HOPED: Lexicon = Lexicon::new(
    "isis taliban cartel cartels mafia jihadists gangsters бандиты чеченцы боевики игиловцы \
     isid daes mafya teroristler die kurtulsak",
);

/// What they are hoped to do to the reader: `find you`, `get hold of you`, `pay you a visit`.
static GET: Lexicon = Lexicon::new(
    "finds find get gets pays pay catch catches visit visits kidnap kidnaps найдут доберутся \
     придут поймают навестят bulur bulsun yakalar yakalasin ziyaret kacirir kacirsin",
);

/// A generation, whose death is hoped for.
static GENERATIONS: Lexicon = Lexicon::new(
    "boomers boomer oldies pensioners geezers zoomers millennials yaslilar ihtiyarlar bunaklar",
);

impl Clause<'_> {
    /// A violence or a death hoped for, read from its word at `i` (see the module's note).
    pub(super) fn hoped(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        let found = match self.at(i) {
            "die" => self.generation_dead(i),
            "kurtulsak" => {
                // `Yaşlılar bir an önce ölse de kurtulsak`, "if only the old died, so we'd be
                // rid of them".
                let died = (i.saturating_sub(3)..i).find(|&k| {
                    self.is(
                        k,
                        &["olse", "olseler", "gebersin", "gebersinler", "geberse"],
                    )
                })?;
                let who =
                    (0..died).find(|&k| self.is(k, &GENERATIONS) || self.is(k, &*IDENTITIES))?;
                Some((who, i + 1))
            }
            // (Any other of [`HOPED`]'s words is a killer's name.)
            _ => self.in_killers_hands(i),
        };
        found.map(|(start, end)| (ThreatKind::Call, start, end))
    }

    /// `I hope ISIS finds you`, `Надеюсь, тебя найдут чеченцы`, `Umarım IŞİD seni bulur`: the
    /// killers at `i` hoped to reach the reader (not `I hope the Taliban never get hold of
    /// Kabul`).
    fn in_killers_hands(&self, i: usize) -> Option<(usize, usize)> {
        let hoped = [
            "hope",
            "hoping",
            "надеюсь",
            "пусть",
            "umarim",
            "insallah",
            "dilerim",
        ];
        let wish = (0..i).find(|&k| self.is(k, &hoped))?;
        let denied = self.any_in(wish..self.len(), &["never", "not", "не", "никогда"]);
        let you = ["you", "your", "тебя", "тебе", "вас", "seni", "sizi", "sana"];
        let reader = self.any_in(wish..self.len(), &you);
        let got = self.any_in(wish..self.len(), &GET);
        (reader && got && !denied).then_some((wish, self.len()))
    }

    /// `Boomers should just die already`, `Boomers can't die off fast enough`: a generation's
    /// death hoped for, the `die` at `i` (not `Boomers can't retire fast enough`).
    fn generation_dead(&self, i: usize) -> Option<(usize, usize)> {
        let who = (0..i).find(|&k| self.is(k, &GENERATIONS))?;
        let after = i + 1 + usize::from(self.at(i + 1) == "off");
        let already = self.at(after) == "already" && i >= 1 && self.is(i - 1, &["just", "should"]);
        let fast = self.seq(after, &["fast", "enough"]) && self.any_in(who..i, &["not", "cannot"]);
        (already || fast).then_some((who, (after + 2).min(self.len())))
    }
}
