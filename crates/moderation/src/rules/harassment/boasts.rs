//! The writer's boasts: what he would do with the reader alone, a night with the reader's
//! wife, his pleasure at reading her (`I'd ruin that little newsreader if I got her alone`,
//! `your wife was great in bed last night`, `Читаю твою колонку и дрочу`).

use super::{PERSONS, PET_NAMES, ROOMS};
use crate::rules::clauses::{Clause, Lexicon};

/// The reader's people whose nights a writer boasts of: `your wife`, `твоя жена`.
static PARTNERS: Lexicon = Lexicon::new(
    "wife girlfriend mum mom mother sister daughter жена девушка мама мать сестра дочь",
);

impl Clause<'_> {
    /// The writer's boasts and hints: `I'd ruin that little newsreader if I got her alone`,
    /// `bet you'd do anything for a promotion, and I mean anything`, `your lips would look better
    /// wrapped around something of mine`, `scream my name`.
    pub(super) fn boasted(&self, i: usize) -> Option<usize> {
        // `I'd ruin that little newsreader if I got her alone in a lift`, `I'd ruin that
        // pretty reporter if I got her alone.`: what the writer would do to a woman, got alone
        // somewhere or ruined (not `I'd finish the report if I got an hour alone in the
        // office`, `I'd tell her the truth if I got her alone`).
        if self.seq(i, &["if", "i"]) && self.seq(0, &["i", "would"]) {
            let got = i + 2 + usize::from(self.at(i + 2) == "ever");
            let ruined = || self.any_in(0..i, &["ruin", "wreck", "destroy"]);
            if self.is(got, &["got", "get"])
                && self.is(got + 1, &PERSONS)
                && self.at(got + 2) == "alone"
                && (self.any_in(got + 3..got + 7, &ROOMS) || ruined())
            {
                return Some(got + 3);
            }
        }
        // `bet you'd do anything for a promotion, and I mean anything`: a favour hinted at
        // (not `I'd do anything for a promotion, honestly`).
        if self.seq(i, &["do", "anything", "for", "a"])
            && self.is(
                i + 4,
                &["promotion", "job", "story", "byline", "scoop", "raise"],
            )
            && self.any_in(i.saturating_sub(3)..i, &["you", "she", "u"])
        {
            let meant = ["and", "i", "mean", "anything"];
            if self.seq(i + 5, &meant) || self.followed_by(&[&meant]) {
                return Some(self.len());
            }
        }
        // `your lips would look better wrapped around something of mine` (not `... wrapped
        // around a pint glass`).
        if self.seq(i, &["wrapped", "around"])
            && self.any_in(i.saturating_sub(6)..i, &["lips", "mouth"])
            && (self.seq(i + 2, &["something", "of", "mine"]) || self.seq(i + 2, &["my"]))
        {
            return Some(i + 2 + if self.at(i + 2) == "my" { 2 } else { 3 });
        }
        // `I want to hear you scream my name, sweetheart`, `I'll make you moan my name` (not
        // `I want to hear you sing my song`).
        if self.is(i, &["hear", "make"]) && self.is(i + 1, &["you", "u", "her"]) {
            let moans = ["moan", "scream", "beg"];
            if self.is(i + 2, &moans) && self.seq(i + 3, &["my", "name"]) {
                return Some(i + 5);
            }
        }
        // `I bet she'd moan my name`, `you would be screaming my name`: the writer's boast of
        // sex with a person (not `the crowd would scream my name`).
        if self.is(i, &["she", "you", "he", "u"]) && self.at(i + 1) == "would" {
            let verb = i + 2 + usize::from(self.at(i + 2) == "be");
            let moans = ["moan", "moaning", "scream", "screaming"];
            if self.is(verb, &moans) && self.seq(verb + 1, &["my", "name"]) {
                return Some(verb + 3);
            }
        }
        None
    }

    /// `Your wife was great in bed last night, ask her`, `Твоя жена вчера была отлична в
    /// постели`, `Karın dün gece yatakta harikaydı`: the writer's boast of a night with the
    /// reader's people.
    pub(super) fn night_with_yours_boasted(&self, i: usize) -> Option<usize> {
        // `Bet you're wild in bed, reporter girl`, `Спорим, ты в постели дикая`, `Eminim
        // yatakta vahşisindir`: the reader's nights guessed at (not `bet you're busy at the
        // paper`, nor `the baby is wild in bed at night`, said of no reader).
        if self.seq(i, &["in", "bed"]) && i >= 3 {
            let guessed = self.is(
                i - 1,
                &["wild", "good", "great", "amazing", "filthy", "dirty"],
            ) && self.seq(i - 3, &["you", "are"])
                && self.any_in(0..i - 3, &["bet", "betting", "imagine", "guess"]);
            // (Not `bet you're good in bed by ten, early shift tomorrow`.)
            let closes = self.phrase_ends_before(i + 2) || self.is(i + 2, &PET_NAMES);
            if guessed && closes {
                return Some(i + 2);
            }
        }
        let wild_ru = ["дикая", "горячая", "огонь", "ненасытная"];
        if self.seq(i, &["в", "постели"])
            && self.any_in(i.saturating_sub(2)..i + 3, &wild_ru)
            && self.any_in(i.saturating_sub(3)..i, &["ты"])
            && self.any_in(0..i, &["спорим", "наверняка", "небось"])
        {
            return Some(i + 2);
        }
        if self.at(i) == "yatakta"
            && self.is(i + 1, &["vahsisindir", "vahsisin", "atessin", "atessindir"])
            && (0..i).any(|k| self.is(k, &["eminim", "bahse", "kesin"]))
        {
            return Some(i + 2);
        }
        // `Your lips would look better wrapped around something else`.
        if self.is(i, &["lips", "mouth"])
            && self.is(i.wrapping_sub(1), &["your", "ur", "her"])
            && (i + 1..i + 6).any(|k| self.seq(k, &["wrapped", "around"]))
        {
            return Some((i + 7).min(self.len()));
        }
        // (Not `my wife was great in bed last night`, the writer's own, nor `your wife was
        // great in the play`.)
        if self.seq(i, &["in", "bed"]) && i >= 4 {
            let praised = self.is(i - 1, &["great", "good", "amazing", "fantastic", "wild"])
                && self.is(i - 2, &["was", "were"]);
            let whose = self.seq(i - 4, &["your"]) && self.is(i - 3, &PARTNERS);
            if praised && whose {
                return Some(i + 2);
            }
        }
        let praised_ru = ["отлична", "хороша", "горяча", "огонь", "великолепна"];
        if self.seq(i, &["в", "постели"])
            && self.any_in(i.saturating_sub(3)..i + 3, &praised_ru)
            && (0..i).any(|k| self.at(k) == "твоя" && self.is(k + 1, &PARTNERS))
        {
            return Some(i + 2);
        }
        // (Turkish says whose by the ending, `karın`; not `iyiydi`, "was good" and "was well"
        // alike: `annen dün gece yatakta iyiydi, ateşi düştü`.)
        let praised_tr = ["harikaydi", "mukemmeldi", "muthisti"];
        if self.at(i) == "yatakta"
            && self.is(i + 1, &praised_tr)
            && self.any_in(0..i, &["karin", "annen", "sevgilin", "kardesin"])
        {
            return Some(i + 2);
        }
        None
    }

    /// The writer's pleasure told to the reader, or the reader's guessed at: `I'm touching
    /// myself reading your column`, `Yazını okurken kendimi okşuyorum`, `Читаю твою колонку и
    /// дрочу`; `Bet you moan like a pornstar`, `Спорим, ты стонешь как порноактриса`, `Porno
    /// yıldızı gibi inliyorsundur`; `Seni baştan aşağı yalamak istiyorum`; `Bu gazeteciye sert
    /// bir sik lazım` ("this journalist needs a hard dick"). Not `I keep touching myself to
    /// check for lumps`, `kedimi okşuyorum`, `you moan like a teenager about the referee`,
    /// `sık bir orman lazım`.
    pub(super) fn pleasure_told(&self, i: usize) -> Option<usize> {
        // (The reader's work or person, in the clause, and the writer reading or looking
        // at it: not `the doctor said to keep touching myself for lumps, and your article
        // reminded me`.)
        let yours = |words: &[&str]| self.any_in(0..self.len(), words);
        let looking = [
            "reading",
            "read",
            "looking",
            "watching",
            "thinking",
            "picturing",
            "imagining",
            "to",
        ];
        let pleasure = self.seq(i, &["touching", "myself"])
            || self.seq(i, &["playing", "with", "myself"])
            || self.seq(i, &["jerking", "off"])
            || self.is(i, &["wanking", "masturbating"]);
        let at_you = || {
            (i.saturating_sub(5)..i + 6).any(|k| {
                self.is(k, &looking)
                    && self.any_in(k + 1..k + 4, &["your", "you", "ur", "u", "her"])
            })
        };
        if pleasure && at_you() {
            return Some(i + 1 + usize::from(self.at(i + 1) != "to"));
        }
        // (`дрочу` closing its clause, or `на` someone: not `дрочу английский`, "I cram".)
        if self.is(i, &["дрочу", "дрочил", "передернул", "подрочил"])
            && (i + 1 == self.len() || self.at(i + 1) == "на")
            && yours(&["твою", "твои", "твое", "твоей", "тебя", "тебе", "твоих"])
        {
            return Some(i + 1);
        }
        // (While reading or looking: not `bu işle kendimi tatmin ediyorum, sana da tavsiye
        // ederim`, "this work satisfies me, I recommend it to you too".)
        let pleased_tr = self.at(i) == "kendimi"
            && (self.is(i + 1, &["oksuyorum", "oksadim", "oksarim"])
                || self.seq(i + 1, &["tatmin", "ediyorum"]));
        let looking_tr = ["okurken", "bakarken", "izlerken", "dusunurken", "dinlerken"];
        let yours_tr = [
            "yazini",
            "seni",
            "sana",
            "fotografini",
            "fotografina",
            "sesini",
            "videonu",
        ];
        if pleased_tr && yours(&looking_tr) && yours(&yours_tr) {
            return Some(i + 2);
        }
        // Moaning like a porn star.
        // (The reader's: not `in the film she moans like a porn star`.)
        if self.is(i, &["moan", "scream", "стонешь"])
            && self.any_in(i.saturating_sub(2)..i, &["you", "u", "ты"])
        {
            let star = match (self.at(i + 1), self.at(i + 2)) {
                ("like", "a") => i + 3,
                ("like" | "как", _) => i + 2,
                _ => return None,
            };
            if self.is(star, &["pornstar", "порноактриса", "порнозвезда"]) {
                return Some(star + 1);
            }
            return self.seq(star, &["porn", "star"]).then_some(star + 2);
        }
        // (`inliyorsun`, `inliyorsundur`: the reader's, by the ending; not `inliyor`.)
        if self.seq(i, &["porno", "yildizi", "gibi"]) && self.written_starts_with(i + 3, "inli") {
            let yours_by_ending = ["sun", "sundur", "sin", "sindir"]
                .iter()
                .any(|end| self.at(i + 3).ends_with(end));
            return yours_by_ending.then_some(i + 4);
        }
        // `Seni baştan aşağı yalamak istiyorum` ("I want to lick you all over").
        if self.is(i, &["yalamak", "becermek", "sikmek"])
            && self.is(i + 1, &["istiyorum", "isterim"])
            && self.any_in(i.saturating_sub(4)..i, &["seni", "sizi"])
        {
            return Some(i + 2);
        }
        // A dick the person needs: `sik` as written (not `sık`, "dense"), after `bir`.
        let a_dick = self.at(i) == "sik"
            && self.is(i + 1, &["lazim", "gerek"])
            && self.written_starts_with(i, "sik")
            && self.any_in(i.saturating_sub(2)..i, &["bir"]);
        let to_whom = [
            "sana",
            "ona",
            "buna",
            "suna",
            "gazeteciye",
            "muhabire",
            "yazara",
            "kadina",
            "kiza",
            "kadinlara",
            "karilara",
            "feministlere",
        ];
        if a_dick && self.any_in(0..i, &to_whom) {
            return Some(i + 2);
        }
        None
    }
}
