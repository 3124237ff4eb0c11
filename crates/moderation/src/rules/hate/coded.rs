//! Hate in code, in English, Russian and Turkish: the numbers of white supremacy (`1488`,
//! `14/88`, `remember the 14 words`), a crime statistic as a slur (`13/50`, `despite being
//! 13% of the population`), the names antisemitism gives its hidden hand (`ZOG`, `the happy
//! merchant is behind this war`, `the same tribe pulling the strings`, `the goyim know`,
//! `rootless cosmopolitans`, `жидомасоны`, `безродные космополиты`, `bu ülkeyi dönmeler
//! yönetiyor`), and names that make a slur of a people (`shekel counters`, `кругом одни
//! понаехавшие`, `Ermeni dölleri`, `kripto Ermeni`), and a people's presence cast as a plot
//! on children (`keep your gay agenda away from our children`). Each has a civil twin that the readings
//! leave alone: a year (`in 1488 the Portuguese reached the Cape`), a vote's split (`the 13/50
//! split`), a market's merchant, a tribe's gathering, crypto money, and the code named as a
//! code (`the phrase ZOG is an antisemitic conspiracy theory`, `кампания против «безродных
//! космополитов»`, `"dönme" kelimesi`).

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon};

/// What names a code as a code, before or after it in its clause: `the phrase ZOG is an
/// antisemitic conspiracy theory`, `Statistics like "13/50" are used by racists`.
static NAMED: Lexicon = Lexicon::new(
    "term phrase word words slur symbol code meme whistle whistles antisemitic antisemitism \
     racist racists racism conspiracy theory myth nazi neo propaganda historian historians \
     pamphlet pamphlets graffiti book кампания термин слово \
     миф антисемитский антисемитская антисемитизм kelimesi kelime terim ifade tarihciler",
);

/// What a number is said of when it counts or dates something: `in 1488`, `page 14 88`,
/// `the 13/50 split`.
static COUNTED: Lexicon = Lexicon::new(
    "in of since from until by year years around circa page pages room number no score \
     split vote votes ratio bus route call dial",
);

/// What follows a number that counts something: `14 88 to the home side`, `1488 points`.
static COUNTING: Lexicon = Lexicon::new(
    "to points minutes percent per times and or x by kg km metres meters miles votes seats",
);

/// Who a share is said of: `despite being 13% of the population`.
static PEOPLE: Lexicon = Lexicon::new("population country people nation us americans");

/// What follows `13/50` when it is said of a people: `13/50, every single time`.
static THE_STATISTIC_AGAIN: Lexicon =
    Lexicon::new("every again always strikes checks never as says proves explains tells");

/// What a hidden hand is said to do: `the happy merchant is behind this war`, `... runs
/// the banks`.
static PULLS_STRINGS: Lexicon = Lexicon::new(
    "behind controls control controlling runs run running pulling pulls pull owns own \
     strikes again",
);

/// What Turkish says a hidden hand does to a country: `yönetiyor`, "runs".
static RUNS_TR: Lexicon = Lexicon::new(
    "yonetiyor yonetiyorlar yonetir yonetirler yonetmekte yonetti ele gecirdi gecirdiler",
);

impl Clause<'_> {
    /// Hate in code read from its word at `i` (see the module's note).
    pub(super) fn coded(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Contempt, Exclusion, Slur, Stereotype};
        let found = match self.at(i) {
            // `1488`, `14/88` (read `14 88`), `remember the 14 words, brothers`; not a year
            // or a page (`in 1488`, `page 14 88`).
            "1488" if !self.counted(i, i + 1) => Some((Contempt, i, i + 1)),
            "14" if self.at(i + 1) == "88" && !self.counted(i, i + 2) => Some((Contempt, i, i + 2)),
            "14" | "fourteen"
                if self.at(i + 1) == "words"
                    && self.at(i + 2) != "of"
                    && self.said_back(
                        i,
                        3,
                        &["remember", "forget", "honour", "honor", "live", "follow"],
                    ) =>
            {
                Some((Contempt, i, i + 2))
            }
            // `13/50, every single time` (the share of a people said to commit half the
            // crime), and `despite being 13% of the population`; not `the 13/50 split of the
            // vote`.
            "13" if self.at(i + 1) == "50" && !self.counted(i, i + 2) => {
                let then = i + 2;
                (then == self.len() || self.is(then, &THE_STATISTIC_AGAIN))
                    .then_some((Stereotype, i, then))
            }
            // (`despite only 13 percent of the vote`: no people.)
            "13" => {
                let despite = self.first_in(i.saturating_sub(3)..i, &["despite"])?;
                let of = i + 1 + usize::from(self.is(i + 1, &["percent", "per"]));
                let of = of + usize::from(self.at(of) == "cent");
                let the = of + 1 + usize::from(self.at(of + 1) == "the");
                (self.at(of) == "of" && self.is(the, &PEOPLE)).then_some((
                    Stereotype,
                    despite,
                    the + 1,
                ))
            }
            // `This country is run by ZOG`, `Zionist occupied government strikes again`.
            "zog" => Some((Conspiracy, i, i + 1)),
            "zionist" if self.seq(i + 1, &["occupied", "government"]) => {
                Some((Conspiracy, i, i + 3))
            }
            // `The happy merchant is behind this war too`, `It's always the same tribe pulling
            // the strings`; not `the happy merchant sold us fresh bread`, `the tribe held
            // its gathering`.
            "merchant" | "merchants" if i > 0 && self.at(i - 1) == "happy" => self
                .first_in(i + 1..self.len(), &PULLS_STRINGS)
                .map(|k| (Conspiracy, i - 1, k + 1)),
            "tribe" if i > 0 && self.at(i - 1) == "same" => {
                let pulling = (i + 1..self.len()).find(|&k| {
                    self.is(k, &["pulling", "pulls", "pull"]) && self.at(k + 2) == "strings"
                        || self.is(k, &["controls", "runs", "owns", "behind"])
                });
                pulling.map(|k| (Conspiracy, i - 1, k + 1))
            }
            // `Keep your gay agenda away from our children`: a group's very presence cast as
            // a plot on children.
            "agenda"
                if i > 0 && self.is(i - 1, &["gay", "trans", "lgbt", "lgbtq", "homosexual"]) =>
            {
                let away = (i + 1..self.len()).find(|&k| self.seq(k, &["away", "from"]))?;
                let to = away + 2 + usize::from(self.is(away + 2, &["our", "my", "the"]));
                self.is(to, &["children", "kids", "schools"])
                    .then_some((Exclusion, i - 1, to + 1))
            }
            // `The goyim know. Shut it down.`: the meme closes its clause.
            "goyim" if self.at(i + 1) == "know" && i + 2 == self.len() => {
                Some((Contempt, i, i + 2))
            }
            // `The Shekel-counters are at it again`.
            "shekel" if self.is(i + 1, &["counters", "counter", "grubbers", "grubber"]) => {
                Some((Slur, i, i + 2))
            }
            // `globalist rootless cosmopolitans`, `безродные космополиты`.
            "rootless" if self.is(i + 1, &["cosmopolitans", "cosmopolitan"]) => {
                Some((Slur, i, i + 2))
            }
            "безродные" | "безродных" | "безродным" | "безродными"
                if self.at(i + 1).starts_with("космополит") =>
            {
                Some((Slur, i, i + 2))
            }
            word if word.starts_with("жидомасон") => Some((Slur, i, i + 1)),
            // `кругом одни понаехавшие`, `понаехи`.
            // (`понаехавших студентов стало больше`: students counted, not a crowd.)
            "понаехавшие" | "понаехавших" | "понаехи" | "понаехов" | "понаехам" =>
            {
                let crowd_of = i > 0 && self.is(i - 1, &["одни", "сплошные", "эти"]);
                let slang = !self.at(i).starts_with("понаехав");
                (slang || crowd_of).then_some((Slur, i - usize::from(crowd_of), i + 1))
            }
            // `Bu ülkeyi dönmeler yönetiyor` ("this country is run by dönmes", converts cast
            // as a hidden hand).
            "donmeler" => self
                .first_in(i + 1..self.len(), &RUNS_TR)
                .map(|k| (Conspiracy, i, k + 1)),
            // `Ermeni dölleri`, `ermeni dölü seni` ("you Armenian spawn"): a people's spawn.
            // (`dölü` folded reads `dolu`, "full", and `Ermeni dolu bir köy` is a village full
            // of Armenians: as written, or with an insult after.)
            "dolu" | "dolleri" | "dollerinin" | "dolunun" | "dollerine"
                if i > 0
                    && self.is_group(i - 1)
                    && (self.written_starts_with(i, "döl")
                        || self.is(i + 1, &["seni", "sizi", "herif", "pislik"])) =>
            {
                Some((Slur, i - 1, i + 1))
            }
            // `kripto Ermeni`, a people's members said to hide among the rest.
            "kripto" if self.is_group(i + 1) => Some((Slur, i, i + 2)),
            _ => None,
        };
        found.filter(|&(_, first, end)| {
            !self.any_in(0..first, &NAMED) && !self.any_in(end..self.len(), &NAMED)
        })
    }

    /// Whether the number at `i..end` counts or dates something: `in 1488`, `page 14 88`, `14
    /// 88 to the home side`, a number beside another.
    fn counted(&self, i: usize, end: usize) -> bool {
        let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        i > 0 && (self.is(i - 1, &COUNTED) || number(self.at(i - 1)))
            || self.is(end, &COUNTING)
            || number(self.at(end))
    }
}
