//! Readers, women most, told to be silent, to serve, or that they slept their way up:
//! `back to the kitchen`, `someone should tape your mouth shut`, `she slept her way to the top`.

use super::PEOPLE;
use crate::rules::clauses::{Clause, Lexicon, HINTED};

/// Words a reader is dismissed with, by themselves at a clause's end or start: `keep
/// crying, snowflake`, `ok boomer`.
pub(super) static DISMISSED: Lexicon = Lexicon::new(
    "snowflake snowflakes boomer boomers troglodyte troglodytes sheeple muppet muppets \
     cuck cucks simp simps npc npcs shill shills bootlicker bootlickers karen incel incels \
     neckbeard neckbeards gammon",
);

/// Those a writer's job is said to be got from by sex: `slept with the editor`.
static BOSSES: Lexicon =
    Lexicon::new("editor boss producer publisher owner director manager minister");

/// What a woman is called in `get back to making coffee, sweetheart`.
pub(super) static PET_NAMES: Lexicon = Lexicon::new(
    "sweetheart sweetie darling honey luv missy toots babe sweetcheeks милочка дорогуша детка \
     деточка красотка милая tatlim guzelim hanimcigim sekerim bebegim",
);

/// Russian orders to go somewhere: `иди на кухню`, `марш на кухню`.
static RU_GO: Lexicon = Lexicon::new("иди марш вали возвращайся ступай топай пошла");

/// Turkish orders to go back or go: `mutfağına dön`.
static TR_GO: Lexicon = Lexicon::new("don git gec");

/// Verbs that open an order, for `keep crying, snowflake`.
static ORDERS: Lexicon = Lexicon::new(
    "keep go get stay stop shut cry sit run enjoy try read learn grow calm relax move take \
     have bye",
);

impl Clause<'_> {
    /// `you'd look better with your mouth taped shut`, `someone should sew your mouth shut`;
    /// not `keep your mouth shut` (advice), `the parcel was taped shut`.
    pub(super) fn mouth_taped_shut(&self, i: usize) -> Option<usize> {
        const SEALED: &[&str] = &[
            "taped", "sewn", "sewed", "stapled", "glued", "wired", "zipped",
        ];
        const SEAL: &[&str] = &["tape", "sew", "staple", "glue", "wire", "zip"];
        if self.seq(i, &["your", "mouth"]) && self.is(i + 2, SEALED) && self.at(i + 3) == "shut" {
            return Some(i + 4);
        }
        (self.is(i, SEAL) && self.seq(i + 1, &["your", "mouth", "shut"])).then_some(i + 4)
    }

    /// `she slept her way into that newsroom`, `... to the top`, `women like her only get
    /// promoted on their knees`: a woman's (or anyone's) place said to be bought with sex.
    pub(super) fn slept_her_way(&self, i: usize) -> Option<usize> {
        let owner = ["her", "his", "their", "your", "ur"];
        // `bet she does private sessions for the editor after deadline, if you know what I
        // mean`: favours to a boss, hinted at (not `she does private sessions for clients,
        // if you need one`).
        if self.is(i, &["sessions", "favours", "favors", "overtime"]) {
            let for_boss = (i + 1..i + 3).find(|&k| self.is(k, &["for", "with"]))?;
            let boss = for_boss + 1 + usize::from(self.is(for_boss + 1, &["the", "her", "his"]));
            return (self.is(boss, &BOSSES)
                && self.any_in(0..i, &["she", "he"])
                && self.closes_with(boss + 1, HINTED))
            .then(|| self.len());
        }
        let slept = self.is(i, &["slept", "sleeps", "sleeping", "sleep"])
            && self.is(i + 1, &owner)
            && self.at(i + 2) == "way"
            && self.is(i + 3, &["into", "to", "up", "onto", "in"]);
        if slept {
            return Some(i + 4);
        }
        // `get on your knees where you belong, darling`: the reader's place said to be there.
        if self.at(i) == "knees"
            && i >= 2
            && self.seq(i - 2, &["on", "your"])
            && self.seq(i + 1, &["where", "you", "belong"])
        {
            return Some(i + 4);
        }
        // A promotion or a job got on one's knees, or said to be how it was got (`great on
        // her knees, that's how she got promoted`); not `after the promotion she fell on her
        // knees and thanked the team`.
        if self.at(i) != "knees" || i < 2 || self.at(i - 2) != "on" || !self.is(i - 1, &owner) {
            return None;
        }
        let got = ["promoted", "promotion", "hired", "job", "column"];
        let how = (i + 1..(i + 5).min(self.len())).find(|&k| self.is(k, &["how", "why"]));
        let got_so = how.is_some_and(|k| self.any_in(k + 1..k + 4, &got));
        // (`she only got the job because she was on her knees for the editor`; not `the
        // minister was on his knees for the bankers`.)
        let boss = i + 2 + usize::from(self.is(i + 2, &["the", "her", "his"]));
        let for_boss = self.at(i + 1) == "for" && self.is(boss, &BOSSES);
        let got_for_boss = for_boss && self.any_in(0..i, &got);
        (i >= 3 && self.is(i - 3, &got) || got_so || got_for_boss).then_some(if got_for_boss {
            boss + 1
        } else {
            i + 1
        })
    }

    /// `your mother should have kept her legs closed`: the reader's birth regretted.
    pub(super) fn legs_closed(&self, i: usize) -> Option<usize> {
        let kept = self.seq(i, &["kept", "her", "legs"])
            && self.is(i + 3, &["closed", "shut", "crossed"])
            && self.any_in(
                i.saturating_sub(5)..i,
                &["mother", "mom", "mum", "mommy", "mummy"],
            )
            && self.any_in(i.saturating_sub(6)..i, &["your", "ur", "his", "her"]);
        kept.then_some(i + 4)
    }

    /// `somebody get this woman a muzzle`, `put a muzzle on him`: a person muzzled like a
    /// dog; not `the dog needs a muzzle on the bus`.
    pub(super) fn muzzled(&self, i: usize) -> Option<usize> {
        if self.at(i) != "muzzle" {
            return None;
        }
        let near = i.saturating_sub(3)..(i + 3).min(self.len());
        let someone = self.any_in(near.clone(), &*PEOPLE)
            || self.any_in(near.clone(), &["her", "him", "you", "them", "girl"]);
        (someone && !self.any_in(near, &["dog", "dogs", "puppy"])).then_some(i + 1)
    }

    /// `keep crying, snowflake`, `nobody cares, boomer`, `ok boomer`: a word of dismissal
    /// closing a clause said to the reader, or opening one.
    pub(super) fn dismissed(&self, i: usize) -> Option<usize> {
        if !self.is(i, &DISMISSED) {
            return None;
        }
        let len = self.len();
        let said_to = self.aimed_in(0..len) || self.is(0, &ORDERS);
        let ok = i == 1 && self.is(0, &["ok", "okay"]);
        // (`You're a sad, lonely incel who hates women ...`: the reader called one, and what
        // the name does after it.)
        let called =
            self.is(i + 1, &["who", "that"]) && (0..i.min(4)).any(|k| self.seq(k, &["you", "are"]));
        (ok || called || (i + 1 == len || i == 0) && len > 1 && said_to).then_some(i + 1)
    }

    /// `get back in the kitchen, sweetheart`, `go make me a sandwich`: an order that opens its
    /// clause, or that tells the reader where they belong; not `I went back to the kitchen for
    /// the salt`.
    pub(super) fn to_the_kitchen(&self, i: usize) -> Option<usize> {
        // `Back to your kitchen, sweetheart`: the order by itself, to a reader called by a pet
        // name (not `back to the kitchen, the timer went off`).
        let pet = || self.any_in(0..self.len(), &PET_NAMES);
        if self.at(i) == "back"
            && self.is(i + 1, &["to", "in", "into"])
            && self.is(i + 2, &["the", "your"])
            && self.at(i + 3) == "kitchen"
            && (0..i).all(|k| self.is(k, &["now", "so", "and", "just"]))
            && pet()
        {
            return Some(i + 4);
        }
        // `Иди на кухню, милочка`, `Mutfağına dön, tatlım` ("back to your kitchen, sweetheart"),
        // by a pet name (not `Иди на кухню, там чай`, "go to the kitchen, the tea is there").
        let ru_kitchen = self.is(i, &RU_GO) && {
            let to = i + 1 + usize::from(self.is(i + 1, &["обратно", "назад"]));
            self.seq(to, &["на", "кухню"]) || self.seq(to, &["к", "плите"])
        };
        let tr_kitchen = self.is(i, &["mutfaga", "mutfagina"])
            && self.is(i + 1 + usize::from(self.at(i + 1) == "geri"), &TR_GO);
        // (`Пиши лучше рецепты, милая`, `Sen yemek tarifi yaz, tatlım`: "write recipes
        // instead, dear"; not `пиши лучше рецепты, у тебя талант`, "... you have a gift".)
        let ru_recipes = self.is(i, &["пиши", "писала"])
            && self.is(i + 1 + usize::from(self.at(i + 1) == "лучше"), &["рецепты"]);
        let tr_recipes =
            self.seq(i, &["yemek", "tarifi", "yaz"]) || self.seq(i, &["yemek", "tarifleri", "yaz"]);
        if (ru_kitchen || tr_kitchen || ru_recipes || tr_recipes) && !self.asked && pet() {
            return Some(self.len());
        }
        // `Sen anca bulaşık yıkarsın, yazı yazmak ne` ("all you're good for is washing dishes,
        // writing indeed"): the reader held fit for the dishes, set against writing or
        // politics, or called by a pet name (not `Akşam anca bulaşık yıkarsın, yorgunsun`).
        if self.is(i, &["anca", "ancak", "sadece"]) && self.seq(i + 1, &["bulasik", "yikarsin"]) {
            let writing = [
                "yazi",
                "yazmak",
                "yazmayi",
                "siyaset",
                "siyasete",
                "gazetecilik",
            ];
            let set_against = self.any_in(i + 3..self.len(), &writing)
                || self.words_after().any(|w| writing.contains(&w));
            return (set_against || pet()).then_some(i + 3);
        }
        // `senin yerin mutfak` ("your place is the kitchen").
        if self.seq(i, &["senin", "yerin"]) && self.is(i + 2, &["mutfak", "mutfaktir"]) {
            return Some(i + 3);
        }
        // `stick to making sandwiches, darling, leave the politics to men`: told to keep to
        // serving, by a pet name or with the world left to men (not `stick to making
        // sandwiches if the oven is broken`).
        // (`stick to cooking, sweetheart, and leave politics to the men`.)
        let served = ["sandwiches", "coffee", "tea", "dinner"];
        let chores = [
            "cooking",
            "cleaning",
            "ironing",
            "baking",
            "housework",
            "recipes",
            "knitting",
        ];
        let kept_to = if self.seq(i, &["stick", "to", "making"]) && self.is(i + 3, &served) {
            i + 4
        } else if self.seq(i, &["stick", "to"]) && self.is(i + 2, &chores) {
            i + 3
        } else {
            0
        };
        // (`Women can't play shooters, stick to farming games, sweetie`: women told to keep to
        // what the writer allows them.)
        if kept_to == 0
            && self.seq(i, &["stick", "to"])
            && self.any_in(i + 2..self.len(), &PET_NAMES)
            && self.any_in(0..i, &["women", "girls", "woman"])
        {
            return Some(self.len());
        }
        if kept_to > 0 {
            // (`Stick to recipes, love`: `love` closing the order, a pet name there.)
            let love = self.at(self.len() - 1) == "love" && self.phrase_ends_before(self.len() - 1);
            let told = self.any_in(kept_to..self.len(), &PET_NAMES)
                || self.any_in(kept_to..self.len(), &["men"])
                || love;
            return told.then_some(kept_to);
        }
        // `learn your place, little girl`: a woman told to keep to it.
        if self.is(i, &["learn", "know"]) && self.seq(i + 1, &["your", "place"]) {
            let told = self.any_in(i + 3..self.len(), &PET_NAMES)
                || self.any_in(i + 3..self.len(), &["girl", "woman", "love", "dear"]);
            return told.then_some(i + 3);
        }
        // `the only thing you're qualified to do is clean toilets`.
        if self.seq(i, &["only", "thing", "you", "are"])
            && self.is(i + 4, &["qualified", "fit", "good"])
        {
            let is = self.first_in(i + 5..i + 9, &["is"])?;
            let chores = [
                "clean",
                "cleaning",
                "scrub",
                "scrubbing",
                "flip",
                "flipping",
            ];
            let menial = ["toilets", "floors", "burgers"];
            return (self.is(is + 1, &chores) && self.is(is + 2, &menial)).then_some(is + 3);
        }
        let opener =
            |k: usize| self.is(k, &["now", "just", "so", "and", "go", "get", "shut", "up"]);
        if let Some(end) = self.back_to_serving(i, opener) {
            return Some(end);
        }
        let back = self.is(i, &["get", "go"])
            && self.is(i + 1, &["back"])
            && self.is(i + 2, &["in", "to", "into"])
            && self.seq(i + 3, &["the", "kitchen"]);
        // `nice article, sweetheart, now get back in the kitchen where you belong`: wherever
        // the order stands, the reader told where they belong.
        if back && self.seq(i + 5, &["where", "you", "belong"]) {
            return Some(i + 8);
        }
        if !(0..i).all(opener) {
            return None;
        }
        // (Not asked kindly: `make me a sandwich while you're up, love, thanks`; nor by the
        // hungry: `make me a sandwich too, I'm starving`.)
        let kindly = self.any_in(
            i + 4..self.len(),
            &[
                "while", "please", "thanks", "thank", "too", "starving", "hungry",
            ],
        );
        if self.seq(i, &["make", "me", "a", "sandwich"]) && !kindly {
            return Some(i + 4);
        }
        // The kitchen where the order ends (`..., love`), not its drawer; not the order asked
        // back (`Get back in the kitchen? My husband cooks better than me`).
        (back
            && !self.asked
            && (self.phrase_ends_before(i + 5) || self.is(i + 5, &["where", "and"])))
        .then_some(i + 5)
    }

    /// `nice article, sweetheart, now get back to making coffee`: the order opens its phrase,
    /// and the clause calls the reader by a pet name (not `get back to making coffee, the
    /// break is over`).
    fn back_to_serving(&self, i: usize, opener: impl Fn(usize) -> bool) -> Option<usize> {
        if !self.is(i, &["get", "go"]) || !self.seq(i + 1, &["back", "to", "making"]) {
            return None;
        }
        let phrase = (0..=i).rev().find(|&k| self.phrase_ends_before(k))?;
        let made = i + 4 + usize::from(self.is(i + 4, &["the", "some", "us", "me"]));
        let served = self.is(made, &["coffee", "tea", "sandwiches", "sandwich", "dinner"]);
        let pet = self.any_in(0..self.len(), &PET_NAMES);
        ((phrase..i).all(opener) && served && pet).then_some(made + 1)
    }

    /// `shove your article where the sun doesn't shine`, `stick it where ...`: told to the
    /// reader (not `the sun doesn't shine much here in November`).
    pub(super) fn where_the_sun_does_not_shine(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["shove", "stick", "put"]) {
            return None;
        }
        let sun = (i + 1..i + 5).find(|&k| self.seq(k, &["where", "the", "sun"]))?;
        let shines = sun + 3 + usize::from(self.is(sun + 3, &["does", "do"]));
        (self.at(shines) == "not" && self.is(shines + 1, &["shine", "shines"]))
            .then_some(shines + 2)
    }

    /// `nobody would hire you if you weren't sleeping with the editor`, `she only got the job
    /// because she slept with the boss`; not `... sleeping with the light on`.
    pub(super) fn slept_with_the_boss(&self, i: usize) -> Option<usize> {
        let slept = self.is(i, &["sleeping", "slept", "sleeps"])
            && self.at(i + 1) == "with"
            && self.is(i + 2, &["the", "your", "her", "his"])
            && self.is(i + 3, &BOSSES);
        let why = self.any_in(0..i, &["if", "because", "only"]) && self.aimed_in(0..i);
        (slept && why).then_some(i + 4)
    }
}
