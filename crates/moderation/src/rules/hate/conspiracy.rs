//! A group cast as the hidden hand behind the world's ills: `X control the media`, `X are
//! behind every war`, `X will outbreed us`, the blood libel; and a people said to replace the
//! country's own (`bizi azınlık yapacaklar`, `Türk kalmadı`), or sent away by a slogan.

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// What a group is said to control: `Jews control the media`.
static CONTROLLED: Lexicon = Lexicon::new(
    "media banks world government governments money press hollywood finance congress country \
     newspaper newspapers papers television",
);

/// What a group is said to be behind: `the Jews are behind every war`.
static ILLS: Lexicon = Lexicon::new("war wars attacks terrorism crisis crises pandemic plague");

/// The same in Russian, as normalization leaves it: `все банки в руках евреев`.
static CONTROLLED_RU: Lexicon =
    Lexicon::new("банки сми мир деньги власть пресса правительство телевидение финансы все");

/// A people's own, to which loyalty is no betrayal: `loyal to their government`.
static OWN: Lexicon = Lexicon::new("their its our this the his her each own");

/// What a people is said to be for another land: `spies`, `agents`, `шпионы`, `casusu`.
static SPIES: Lexicon = Lexicon::new(
    "spies spy agents informants шпионы шпион агенты агент casus casusu casuslari ajan ajani \
     ajanlari",
);

impl Clause<'_> {
    /// A people named at `i..end` said to serve another land: `Jews are only loyal to
    /// Israel`, `Muslims will always be loyal to Mecca first`, `Chinese immigrants are spies for
    /// Beijing`, `Евреи преданы только Израилю`, `Все армяне — шпионы Еревана`, `Ermeniler bu
    /// devlete asla sadık olmaz`, `Kürtlerin hepsi PKK ajanı`; not `Israelis are loyal to
    /// their government`, `Ermeniler bu devletin vatandaşıdır`, `Yunan casusu yakalandı`.
    pub(super) fn disloyal(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Conspiracy;
        let near = end..(end + 6).min(self.len());
        if let Some(k) = near.clone().find(|&k| self.at(k) == "loyal") {
            // (`... are never loyal to this country`: the reader's own land denied them.)
            let denied_ours = self.any_in(end..k, &["never", "not"])
                && self.is(k + 2, &["this", "our"])
                && self.is(k + 3, &["country", "nation", "state"]);
            let elsewhere = self.at(k + 1) == "to" && (!self.is(k + 2, &OWN) || denied_ours);
            let always = self.any_in(end..k, &["only", "always", "never"])
                || self.any_in(k..self.len(), &["first", "only"]);
            return (elsewhere && always).then_some((Conspiracy, i, k + 3));
        }
        // `... are spies for Beijing`, `... — шпионы Еревана`, `... hepsi Yunan casusu`; not
        // `Yunan casusu yakalandı` ("a Greek spy was caught"), a spy of a people.
        if let Some(spies) = near.clone().find(|&k| self.is(k, &SPIES)) {
            let copula = self.past_copula(end);
            let said = copula > end && copula == spies
                || self.is(end, &["это", "hepsi"]) && spies <= end + 2
                || spies == end && i > 0 && self.at(i - 1) == "все";
            if said {
                let end = spies + 1 + 2 * usize::from(self.at(spies + 1) == "for");
                return Some((Conspiracy, i, end));
            }
        }
        self.loyal_ru_tr(i, end)
    }

    /// The same in Russian and Turkish, by their own words of loyalty: `преданы только`,
    /// `sadık olmaz`.
    fn loyal_ru_tr(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Conspiracy;
        if self.is(end, &["преданы", "верны"]) && self.at(end + 1) == "только" {
            return Some((Conspiracy, i, end + 3));
        }
        let sadik = (end..(end + 5).min(self.len())).find(|&k| self.at(k) == "sadik")?;
        self.is(
            sadik + 1,
            &["olmaz", "olamaz", "degil", "degildir", "olmadi"],
        )
        .then_some((Conspiracy, i, sadik + 2))
    }

    /// `все банки в руках евреев` ("all the banks are in the Jews' hands"): what the world
    /// runs on held by a group named after `руках` at `i` (not `судьба команды в руках
    /// тренера`, no group).
    pub(super) fn in_the_hands_of(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        if self.at(i) != "руках" || i < 2 || self.at(i - 1) != "в" {
            return None;
        }
        let held = self.any_in(i.saturating_sub(4)..i - 1, &CONTROLLED_RU);
        let end = self.group(i + 1).filter(|_| held)?;
        Some((HateKind::Conspiracy, i.saturating_sub(3), end))
    }

    /// `The Holocaust never happened`, `Холокоста не было`, `Holokost hiç yaşanmadı`,
    /// `... is a lie`: the Holocaust denied, closing its clause, said and not asked (not
    /// `Holocaust deniers say it never happened`, nor `Холокост был`).
    pub(super) fn holocaust_denied(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        if self.asked {
            return None;
        }
        let closes = |end: usize| (end == self.len()).then_some((HateKind::Conspiracy, i, end));
        let called = |k: usize| {
            let k = k + usize::from(self.is(k, &["a", "an", "это", "bir", "just", "просто"]));
            let lie = [
                "lie",
                "myth",
                "hoax",
                "fraud",
                "миф",
                "ложь",
                "выдумка",
                "фальшивка",
                "yalan",
                "yalandir",
                "uydurma",
                "uydurmadir",
                "efsane",
            ];
            self.is(k, &lie).then_some(k + 1)
        };
        match self.at(i) {
            "holocaust" => {
                let happened = (i + 1..i + 4).find(|&k| self.is(k, &["happened", "happen"]));
                let never = happened.filter(|&k| self.any_in(i + 1..k, &["never", "not"]));
                if let Some(k) = never {
                    return closes(k + 1);
                }
                let is = i + 1 + usize::from(self.is(i + 1, &["is", "was"]));
                called(is).filter(|_| is > i + 1).and_then(closes)
            }
            "холокоста" => {
                let never = i + 1 + usize::from(self.at(i + 1) == "никогда");
                self.seq(never, &["не", "было"])
                    .then(|| never + 2)
                    .and_then(closes)
            }
            "холокост" => called(i + 1).and_then(closes),
            "holokost" => {
                let never = i + 1 + usize::from(self.at(i + 1) == "hic");
                if self.is(never, &["yasanmadi", "olmadi"]) {
                    return closes(never + 1);
                }
                called(i + 1).and_then(closes)
            }
            _ => None,
        }
    }

    /// A people said to replace the country's own, or the paper said to be theirs, read from
    /// the word that closes the shape: `Ülkemiz Suriyelilerle doldu, artık Türk kalmadı
    /// sokaklarda` ("our country is full of Syrians, no Turks are left in the streets"),
    /// `Bunlar tavşan gibi üreyip bizi azınlık yapacaklar` ("they breed like rabbits and will
    /// make us a minority"), `Понаехали тут, скоро русского языка не услышишь` ("they've
    /// flooded in, soon you won't hear Russian"), `Yahudi lobisi yine sahnede, bu gazete de
    /// onların` ("the Jewish lobby again; this paper is theirs too"), and the slogan
    /// `Remigration now`. Not `Ülkemiz turistlerle doldu`, `Понаехали тут туристы`, `Tütün
    /// lobisi ... onların`, `return migration has risen`.
    pub(super) fn replaced(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Exclusion};
        let group_at = |k: usize| self.is(k, &*IDENTITIES);
        match self.at(i) {
            "kalmadi" if i >= 1 && self.is(i - 1, &["turk", "turkler"]) => {
                let filled = (1..i - 1).find(|&k| self.at(k) == "doldu" && group_at(k - 1))?;
                Some((Conspiracy, filled - 1, i + 1))
            }
            // `Bizi kendi topraklarımızda azınlık yapmak istiyorlar` ("they want to make us a
            // minority in our own lands"): said of no one, the wish is the plot.
            "azinlik"
                if self.any_in(i.saturating_sub(4)..i, &["bizi"])
                    && self.seq(i + 1, &["yapmak", "istiyorlar"]) =>
            {
                Some((Conspiracy, 0, i + 3))
            }
            "azinlik" if i >= 1 && self.at(i - 1) == "bizi" => {
                let made = [
                    "yapacaklar",
                    "yapacak",
                    "yapiyorlar",
                    "yapiyor",
                    "yaptilar",
                    "yapacaklardir",
                ];
                // (Named, or `bunlar` said to breed: `tavşan gibi üreyip`.)
                let who = (0..i).any(group_at)
                    || self.at(0) == "bunlar" && (1..i).any(|k| self.at(k).starts_with("urey"));
                (self.is(i + 1, &made) && who).then_some((Conspiracy, 0, i + 2))
            }
            "услышишь" if i >= 2 && self.at(i - 1) == "не" => {
                let russian = (i.saturating_sub(4)..i - 1).any(|k| self.at(k).starts_with("русск"));
                let flooded = (0..i).find(|&k| self.at(k) == "понаехали")?;
                russian.then_some((Exclusion, flooded, i + 1))
            }
            "lobisi" if i >= 1 && group_at(i - 1) => {
                let theirs = (i + 1..self.len()).find(|&k| self.at(k) == "onlarin")?;
                let paper = ["gazete", "gazeteler", "medya", "basin", "televizyon"];
                self.any_in(i + 1..theirs, &paper)
                    .then_some((Conspiracy, i - 1, theirs + 1))
            }
            "remigration" if i == 0 && (self.len() == 1 || self.at(1) == "now") => {
                Some((Exclusion, 0, self.len().min(2)))
            }
            _ => None,
        }
    }

    /// `every war of the last century was cooked up by the Jews`: the world's ills said to be
    /// a group's doing, the group named after `by` at `i` (not `the war was started by the
    /// Germans in 1939`, no hidden hand).
    pub(super) fn ills_laid_at(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        if self.at(i) != "by" || i < 3 {
            return None;
        }
        let hidden = self.seq(i - 2, &["cooked", "up"])
            || self.is(
                i - 1,
                &["engineered", "orchestrated", "plotted", "masterminded"],
            );
        let every = self.any_in(0..i, &["every", "all", "each"]) && self.any_in(0..i, &ILLS);
        if !hidden || !every {
            return None;
        }
        let end = self.group(i + 1)?;
        Some((HateKind::Conspiracy, i + 1, end))
    }

    /// A group named at `i..end` blamed as a hidden hand: `X control the media`, `X are behind
    /// every war`, `X will outbreed us`, the blood libel.
    pub(super) fn blamed(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Conspiracy;
        let after = self.past_copula(end);
        // The blood libel: `Jews drink the blood of Christian children`, `евреи пьют кровь
        // христианских младенцев`.
        let blood = self.is(end, &["drink", "drinks", "пьют", "пили"])
            && (self.at(end + 1) == "кровь" || self.seq(end + 1, &["the", "blood", "of"]));
        if blood {
            return Some((Conspiracy, i, end + 2));
        }
        // A people said to drain the rest: `евреи всю жизнь сосут кровь из простых людей`
        // ("... suck the blood out of ordinary people"), `Jews have always known how to squeeze
        // a country dry`, `... bleed the country dry` (not `the banks squeeze us dry`: a group).
        let sucked = (end..end + 4).find(|&k| self.is(k, &["сосут", "пьют", "высасывают"]));
        if let Some(k) = sucked.filter(|&k| self.at(k + 1) == "кровь") {
            return Some((Conspiracy, i, k + 2));
        }
        let drained = (end..end + 8).find(|&k| {
            self.is(
                k,
                &[
                    "squeeze",
                    "squeezed",
                    "squeezing",
                    "bleed",
                    "bled",
                    "bleeding",
                ],
            )
        });
        if let Some(k) = drained {
            let dry = (k + 2..k + 5).find(|&d| self.at(d) == "dry");
            let taken = dry.filter(|&d| self.is(d - 1, &["country", "nation", "us", "people"]));
            if let Some(d) = taken {
                return Some((Conspiracy, i, d + 1));
            }
        }
        // `Africans will outbreed us within a generation`: a group said to replace "us".
        let will = end + usize::from(self.is(end, &["will", "are"]));
        if self.is(
            will,
            &[
                "outbreed",
                "outbreeding",
                "replace",
                "replacing",
                "outnumber",
                "outnumbering",
            ],
        ) && self.is(will + 1, &["us", "whites", "europeans", "christians"])
        {
            return Some((Conspiracy, i, will + 2));
        }
        // `Muslims want us replaced` (not `the board wants us replaced by software`).
        if self.is(end, &["want", "wants"])
            && self.seq(end + 1, &["us", "replaced"])
            && self.at(end + 3) != "by"
        {
            return Some((Conspiracy, i, end + 3));
        }
        // `Jews are the puppet masters behind every government`, `... pull the strings`.
        let the = after + usize::from(self.is(after, &["the", "a"]));
        if self.seq(the, &["puppet", "masters"]) || self.seq(the, &["puppet", "master"]) {
            return Some((Conspiracy, i, the + 2));
        }
        if self.seq(end, &["pull", "the", "strings"]) {
            return Some((Conspiracy, i, end + 3));
        }
        // `Jews invented the Holocaust to blackmail the world`: its denial, as a plot.
        if self.is(end, &["invented", "faked", "made"]) {
            let the = end + 1 + usize::from(self.at(end + 1) == "up");
            let the = the + usize::from(self.at(the) == "the");
            if self.is(the, &["holocaust", "holohoax"]) {
                return Some((Conspiracy, i, the + 1));
            }
        }
        // `Muslims are a fifth column`, `Russian speakers here are a fifth column for Moscow`
        // (a word of place between; not `... are not a fifth column`).
        if let Some(k) = (end..end + 5).find(|&k| self.seq(k, &["fifth", "column"])) {
            if self.any_in(end..k, &["are", "is"]) && !self.any_in(end..k, &["not", "never"]) {
                return Some((Conspiracy, i, k + 2));
            }
        }
        // `Jews are behind the flood of migrants into Europe` (not `... behind the new
        // community centre`), `Евреи стоят за наплывом мигрантов`.
        if after > end && self.at(after) == "behind" {
            let the = after + 1 + usize::from(self.at(after + 1) == "the");
            if self.is(the, &["flood", "influx", "wave", "tide"])
                && self.at(the + 1) == "of"
                && self.is(
                    the + 2,
                    &["migrants", "immigrants", "refugees", "foreigners"],
                )
            {
                return Some((Conspiracy, i, the + 3));
            }
        }
        if self.seq(end, &["стоят", "за"])
            && self.is(end + 2, &["наплывом", "потоком", "нашествием"])
            && self.is_group(end + 3)
        {
            return Some((Conspiracy, i, end + 4));
        }
        // `Göçmen akınının arkasında Yahudiler var` ("behind the flood of migrants are the
        // Jews").
        if i >= 2
            && self.at(i - 1) == "arkasinda"
            && self.is(i - 2, &["akininin", "akinlarinin", "dalgasinin"])
            && self.is(end, &["var", "vardir"])
        {
            return Some((Conspiracy, i - 2, end + 1));
        }
        if after > end {
            // Every war, not `the attacks on the grid` (a state's, in the news).
            if self.at(after) == "behind"
                && self.is(after + 1, &["every", "all", "most"])
                && self.any_in(after + 2..after + 4, &ILLS)
            {
                return Some((Conspiracy, i, after + 4));
            }
        }
        // `Muslims are breeding us out of our own country`, `... replacing us`.
        let replacing = self.first_in(end..end + 3, &["breeding", "replacing"]);
        if let Some(k) = replacing.filter(|&k| self.at(k + 1) == "us") {
            return Some((Conspiracy, i, k + 2));
        }
        // `Jewish bankers caused every war in history`: a group's word between (`bankers`).
        let caused = self.first_in(end..end + 2, &["caused", "cause", "started"]);
        if let Some(k) = caused.filter(|&k| self.is(k + 1, &["every", "all"])) {
            if self.any_in(k + 2..k + 4, &ILLS) {
                return Some((Conspiracy, i, k + 4));
            }
        }
        // `Muslims don't integrate, they infiltrate`, `... are infiltrating our institutions`:
        // a group said to be an enemy within (not `spies infiltrated the ministry`, no
        // group's name).
        let infiltrate = ["infiltrate", "infiltrating"];
        if let Some(k) = self.first_in(end..end + 7, &infiltrate) {
            if k + 1 == self.len() || self.is(k + 1, &["our", "the", "us", "every", "all"]) {
                return Some((Conspiracy, i, k + 1));
            }
        }
        // `Jews have always been the enemy within, history proves it`: a group called the
        // enemy inside the country (not `... the enemy within reach`).
        if let Some(k) = (end..end + 5).find(|&k| self.seq(k, &["the", "enemy", "within"])) {
            if self.phrase_ends_before(k + 3) {
                return Some((Conspiracy, i, k + 3));
            }
        }
        // `Jews control the media`, `X run the banks`; not `... the media in occupied areas`.
        // (`Jews still run the country`: an adverb between; `Jews control all the banks`.)
        let verb = end + usize::from(self.is(end, &["still", "secretly", "really", "basically"]));
        if self.is(verb, &["control", "controls", "run", "runs", "own", "owns"]) {
            let all = verb + 1 + usize::from(self.is(verb + 1, &["all", "every"]));
            let object = all + usize::from(self.at(all) == "the");
            // (`The Jews own every newspaper in this country`: the country's own, not a
            // place apart.)
            let here = self.at(object + 1) == "in"
                && self.is(object + 2, &["this", "our", "the"])
                && self.is(object + 3, &["country", "world", "land"]);
            if self.is(object, &CONTROLLED) && (!self.is(object + 1, &["in", "of", "at"]) || here) {
                return Some((Conspiracy, i, object + 1));
            }
        }
        // `Jewish donors buy every election in this country` (not `donors buy influence`).
        if self.is(
            end,
            &["buy", "buys", "bought", "rig", "rigs", "steal", "steals"],
        ) && self.is(end + 1, &["every", "all", "our"])
            && self.is(
                end + 2,
                &[
                    "election",
                    "elections",
                    "vote",
                    "votes",
                    "politician",
                    "politicians",
                ],
            )
        {
            return Some((Conspiracy, i, end + 3));
        }
        // `The Jews started this war like every other one`: every war laid at a group's door
        // (not `the Germans started the war in 1939`).
        if self.is(
            end,
            &[
                "started", "start", "start", "caused", "cause", "causes", "starts",
            ],
        ) {
            let war = (end + 1..end + 4).find(|&k| self.is(k, &ILLS));
            let every = war.is_some_and(|w| self.any_in(w + 1..self.len(), &["every", "all"]))
                || self.any_in(end + 1..end + 3, &["every", "all"]);
            if let Some(w) = war.filter(|_| every) {
                return Some((Conspiracy, i, w + 1));
            }
        }
        // `Muslims don't integrate, they just wait until there are enough of them`: a group
        // said to bide its time to take over (not `... wait until there are enough of them
        // to fill the bus`).
        if let Some(k) = (end..self.len()).find(|&k| self.seq(k, &["wait", "until", "there"])) {
            let enough = k + 3 + usize::from(self.at(k + 3) == "are");
            if self.closes_with(enough, &["enough", "of", "them"]) {
                return Some((Conspiracy, i, self.len()));
            }
        }
        // `Jewish lecturers are brainwashing our students to hate their own country`: a group
        // said to turn the young against their own (not `adverts are brainwashing our kids to
        // want sugar`, no group).
        let brainwashing = self.first_in(
            end..end + 3,
            &["brainwashing", "brainwash", "indoctrinating"],
        );
        if let Some(k) = brainwashing.filter(|&k| self.is(k + 1, &["our", "the"])) {
            let young = [
                "students",
                "children",
                "kids",
                "youth",
                "pupils",
                "sons",
                "daughters",
            ];
            if self.is(k + 2, &young) && self.seq(k + 3, &["to", "hate"]) {
                return Some((Conspiracy, i, k + 5));
            }
        }
        // `Jews in Hollywood decide what you think, as always`: a group said to steer minds
        // (not `voters decide what they think of the budget`).
        // (Where the group sits first: `in Hollywood`, `in the media`.)
        let sits = if self.at(end) == "in" {
            end + 2 + usize::from(self.at(end + 1) == "the")
        } else {
            end
        };
        let steer = [
            "decide", "decides", "control", "controls", "dictate", "dictates",
        ];
        if self.is(sits, &steer)
            && self.at(sits + 1) == "what"
            && self.is(sits + 2, &["you", "we", "people", "everyone"])
            && self.is(sits + 3, &["think", "believe", "see", "read", "watch"])
        {
            return Some((Conspiracy, i, sits + 4));
        }
        None
    }
}
