//! Advances: what the writer wants to do to the reader or a person sexually (`I'd bang her`,
//! `wanna sleep with me?`, `хочу тебя раздеть`), the reader told to come to bed, sit or bend
//! over or asked her price, and sex offered after a remark on her body. The readings of the
//! reader pictured (`pictured.rs`) and of the writer's boasts (`boasts.rs`) are advances too,
//! tried from [`Clause::advance`].

use super::{BODY, PARTS, PERSONS, PET_NAMES, ROLES, ROOMS, UNDERWEAR};
use crate::rules::clauses::{Clause, Lexicon};

/// Who has a child sit on their lap, and what they do there: `sit on my lap, sweetie,
/// Grandpa will read you a story`.
static FAMILY_LAPS: Lexicon =
    Lexicon::new("grandpa grandad granddad grandma granny nana nan daddy mummy mommy story");

/// What Russian and Turkish call a woman they harass: `милая`, `детка`, `tatlım`, `bebeğim`.
static FOREIGN_PET_NAMES: Lexicon = Lexicon::new(
    "милая дорогая красотка детка малышка киса зайка крошка красавица tatlim bebegim guzelim \
     cicim hayatim",
);

/// Verbs of sex with a person as their object (`bang her`).
pub(super) static SEX: Lexicon = Lexicon::new(
    "bang shag screw smash bone hump ride grope fondle molest lick suck finger rape \
     трахнуть выебать отодрать",
);

/// Russian verbs of sex and undressing done to someone (`раздеть`, "to undress").
static SEX_RU: Lexicon = Lexicon::new(
    "раздеть отыметь трахнуть поиметь выебать отодрать облапать оттрахать облизать вылизать",
);

/// Those of them that also mean beating, cheating or a lift (`we will smash you at the
/// polls`, `screw them over`, `ride you to the station`): sexual when their object ends the
/// clause or is followed by how (`I would smash that`, `I would ride her all night`).
static SEX_OR_NOT: Lexicon = Lexicon::new("screw smash ride");

/// How, after an ambiguous verb's person: `so hard`, `all night`.
static MANNER: Lexicon = Lexicon::new("so hard all night senseless silly raw good");

/// The writer's want or will, as word sequences after `i`.
const WANTS: &[&[&str]] = &[
    &["want", "to"],
    &["would", "love", "to"],
    &["would", "like", "to"],
    &["would"],
    &["will"],
    &["am", "going", "to"],
    &["could"],
    &["need", "to"],
    &["wish", "i", "could"],
    &["can", "not", "wait", "to"],
];

impl Clause<'_> {
    /// `хочу тебя раздеть`, `хочу отыметь тебя`: the writer's want, a Russian verb of sex or
    /// undressing, and the reader or a woman as its object.
    fn advance_ru(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["хочу", "хочется", "хотел", "мечтаю"]) {
            return None;
        }
        // `Хочу увидеть тебя голой` ("I want to see you naked").
        let see = i + 1 + usize::from(self.at(i + 1) == "бы");
        if self.is(see, &["увидеть", "видеть"])
            && self.is(see + 1, &["тебя", "вас"])
            && self.is(
                see + 2,
                &["голой", "голым", "голыми", "обнаженной", "раздетой"],
            )
        {
            return Some(see + 3);
        }
        let reach = (i + 4).min(self.len());
        let k = (i + 1..reach).find(|&k| self.is(k, &SEX_RU))?;
        self.any_in(i + 1..(k + 2).min(self.len()), &["тебя", "ее", "вас"])
            .then_some(k + 1)
    }

    /// The word after the person a verb at `k` is done to: `her`, `you`, `that reporter`
    /// (one of [`ROLES`] after `that`, `this` or `the`); `None` if no person follows.
    fn someone_after(&self, k: usize) -> Option<usize> {
        if self.is(k + 1, &PERSONS) {
            Some(k + 2)
        } else if self.is(k + 1, &["that", "this", "the"]) && self.is(k + 2, &ROLES) {
            Some(k + 3)
        } else {
            None
        }
    }

    /// `I'd bang her`, `I want to see you naked`, `wanna sleep with me?`, `sit on my face`,
    /// `I'd love to get you in bed`: the end of the advance at `i`.
    pub(super) fn advance(&self, i: usize) -> Option<usize> {
        self.naked_in_my_bed(i)
            .or_else(|| self.better_undressed(i))
            .or_else(|| self.career_in_my_room(i))
            .or_else(|| self.given_one(i))
            .or_else(|| self.body_pictured(i))
            .or_else(|| self.mouth_and_clothes(i))
            .or_else(|| self.told_to_submit(i))
            .or_else(|| self.boasted(i))
            .or_else(|| self.night_with_yours_boasted(i))
            .or_else(|| self.pleasure_told(i))
            .or_else(|| self.sex_asked_or_done(i))
    }

    /// `What a pair on that newsreader, I'd give her one.`: sex offered, after a remark on a
    /// woman's body (not `I'd give her one more chance`).
    fn given_one(&self, i: usize) -> Option<usize> {
        let offered = self.seq(i, &["i", "would", "give", "her", "one"])
            && i + 5 == self.len()
            && (0..i).any(|k| self.seq(k, &["what", "a", "pair"]) || self.is(k, &BODY));
        offered.then_some(i + 5)
    }

    /// `Come to my hotel room and we'll talk about your career.`: the reader's work traded for
    /// a visit to the writer's room (not `Come to my office and we'll talk about your
    /// career`).
    fn career_in_my_room(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["come", "to", "my"]) {
            return None;
        }
        let hotel = self.at(i + 3) == "hotel";
        let room = i + 3 + usize::from(hotel);
        let private = hotel && self.is(room, &["room", "suite"]) || self.at(room) == "bedroom";
        let career = (room + 1..self.len()).find(|&k| {
            self.seq(k, &["talk", "about", "your"])
                && self.is(k + 3, &["career", "promotion", "contract", "job", "future"])
        })?;
        private.then_some(career + 4)
    }

    /// The reader told to come to bed, sit or bend over, called by a pet name, priced: `wanna
    /// come round and interview me in my bedroom?`, `bend over for the editor`, `what colour
    /// knickers are you wearing`, `how much for an hour?`.
    fn told_to_submit(&self, i: usize) -> Option<usize> {
        // `wanna come round and interview me in my bedroom?`: an interview asked in bed.
        if self.seq(i, &["in", "my"]) && self.is(i + 2, &["bedroom", "bed"]) {
            let asked = self.any_in(0..i, &["interview", "come", "round", "over"])
                && self.any_in(0..i, &["me", "wanna", "want"]);
            if asked {
                return Some(i + 3);
            }
        }
        // `sit on it and spin, love`.
        if self.seq(i, &["sit", "on", "it", "and", "spin"]) && self.opens_request(i) {
            return Some(i + 5);
        }
        // `bend over for the editor like you always do`: the reader told to submit to a man
        // of the paper (not `bend over backwards for the editor`, `bend over for the photo`).
        if self.seq(i, &["bend", "over", "for"]) && self.opens_request(i) {
            let him = i + 3 + usize::from(self.is(i + 3, &["the", "your"]));
            let men = ["editor", "boss", "owner", "producer", "me", "us", "him"];
            if self.is(him, &men) {
                return Some(him + 1);
            }
        }
        // `hey beautiful, what colour knickers are you wearing while you type this?`.
        if self.at(i) == "what" {
            let worn = (i + 1..i + 4).find(|&k| self.is(k, &UNDERWEAR));
            if let Some(k) = worn.filter(|&k| self.seq(k + 1, &["are", "you", "wearing"])) {
                return Some(k + 4);
            }
        }
        // `hey sexy, sit on my lap`: the reader called by a pet name (not a grandchild); `sit
        // on my lap and I'll tell you what I think of your article`: the reader's work (not
        // `... and Grandpa will read you a story`).
        // (`Nice article, sweetheart. Now come sit on my knee ...`: the pet name just before.)
        if self.seq(i, &["sit", "on", "my"])
            && self.is(i + 3, &["lap", "knee", "knees"])
            && (self.any_in(0..i, &PET_NAMES)
                || self.words_before().take(3).any(|w| PET_NAMES.contains(w))
                || self.any_in(0..i, &["hottie"])
                || self.any_in(i + 4..self.len(), &["article", "column", "piece", "story"])
                    && self.any_in(i + 4..self.len(), &["your", "ur"])
                // (`come sit on my lap and tell me about the budget, sweetie`: the pet name
                // after, where no grandparent reads a story.)
                || self.any_in(i + 4..self.len(), &PET_NAMES)
                    && !self.any_in(0..self.len(), &FAMILY_LAPS)
                    && !self.words_after().take(6).any(|w| FAMILY_LAPS.contains(w)))
        {
            return Some(i + 4);
        }
        // `hey sweetheart, how much for an hour?`: a price asked of the reader (not `how much
        // for a night at the hotel?`); `сколько стоит ночь с тобой`.
        let priced = self.seq(i, &["how", "much", "for"])
            && (self.seq(i + 3, &["an", "hour"]) || self.is(i + 4, &["night"]))
            && (self.any_in(0..i, &PET_NAMES)
                || self.any_in(i + 3..i + 7, &["you"])
                || self.is(i + 5, &PET_NAMES));
        let priced_ru = self.seq(i, &["сколько", "стоит"])
            && self.is(i + 2, &["ночь", "час"])
            && self.seq(i + 3, &["с", "тобой"]);
        if priced || priced_ru {
            return Some(i + 5);
        }
        // `Seninle bir gece kaça?` ("how much for a night with you?").
        if self.seq(i, &["seninle", "bir"])
            && self.is(i + 2, &["gece", "saat", "geceligine"])
            && self.is(i + 3, &["kaca", "kac"])
        {
            return Some(i + 4);
        }
        // `Сколько за ночь, милая?`, `Bir gecesi kaç para, tatlım?` ("how much for a night,
        // sweetie?"): a night's price asked with a pet name, before it or right after (not
        // `сколько за ночь в этой гостинице?`, `otelde bir gecesi kaç para?`, a hotel's).
        let night = self.seq(i, &["сколько", "за"]) && self.is(i + 2, &["ночь", "час"])
            || self.is(i, &["gecesi", "gecen", "saati", "saatin"])
                && self.seq(i + 1, &["kac", "para"]);
        let sweet =
            |end: usize| self.is(end, &FOREIGN_PET_NAMES) || self.any_in(0..i, &FOREIGN_PET_NAMES);
        if night && sweet(i + 3) {
            return Some(i + 3);
        }
        if let Some(end) = self.advance_ru(i) {
            return Some(end);
        }
        None
    }

    /// Sex asked for or promised by its verb: `wanna sleep with me?`, `see you naked`, `get you
    /// in bed`, `tie you up`, `bend her over the desk`, `touch you all over`.
    fn sex_asked_or_done(&self, i: usize) -> Option<usize> {
        // `Я бы нагнул тебя над этим столом` ("I'd bend you over this desk"), `Seni o masanın
        // üstüne eğerdim` (the same in Turkish); not `нагнул ветку над столом`, a branch.
        // (`Я бы тебя нагнул прямо на этом столе`: the person before the verb.)
        let bent = |k: usize| self.is(k, &["тебя", "ее", "вас"]);
        if self.is(i, &["нагнул", "нагну", "нагнуть"])
            && (bent(i + 1) || i >= 1 && bent(i - 1))
            && self.said_next(i + 1, 5, &["столом", "столе", "стол"])
        {
            return Some(i + 1 + usize::from(bent(i + 1)));
        }
        if self.is(i, &["egerdim", "egerim", "egecegim"])
            && self.any_in(i.saturating_sub(5)..i, &["seni", "sizi", "onu"])
            && self.any_in(i.saturating_sub(4)..i, &["masanin", "masaya", "masa"])
        {
            return Some(i + 1);
        }
        // `wanna sleep with me?`, `do you want to have sex with me`.
        let asked = self.is(i, &["want"])
            && self.is(i + 1, &["to"])
            && (i == 0 || self.is(i - 1, &["you", "u"]));
        let from = if asked {
            i + 2
        } else if self.is(i, &["i", "we"]) {
            let want = WANTS.iter().find(|w| self.seq(i + 1, w))?;
            let from = i + 1 + want.len();
            if self.is(from, &["not", "never", "no"]) {
                return None;
            }
            from
        } else {
            return None;
        };
        let k =
            from + usize::from(self.is(from, &["just", "totally", "so", "definitely", "really"]));
        // `bang her`, `smash that` (its last word), `lick your tits`; not `we will smash
        // you at the polls`, `I'd screw them over`.
        let plainly = !self.is(k, &SEX_OR_NOT) || k + 2 >= self.len() || self.is(k + 2, &MANNER);
        if self.is(k, &SEX) && plainly {
            if self.is(k + 1, &PERSONS) && !self.is(k + 2, &["up", "out", "off", "over"]) {
                return Some(k + 2);
            }
            if self.is(k + 1, &["that"]) && k + 2 == self.len() {
                return Some(k + 2);
            }
            if self.is(k + 1, &["that", "this", "the"]) && self.is(k + 2, &ROLES) {
                return Some(k + 3);
            }
            if self.is(k + 1, &["your"]) && self.is(k + 2, &PARTS) {
                return Some(k + 3);
            }
            // `I want to lick every inch of you`.
            if self.seq(k + 1, &["every", "inch", "of"]) && self.is(k + 4, &PERSONS) {
                return Some(k + 5);
            }
        }
        // `I'd bend that anchorwoman over the desk` (not `bend the pipe over the flame`).
        if self.at(k) == "bend" {
            if let Some(after) = self.someone_after(k).filter(|&a| self.at(a) == "over") {
                return Some(after + 1);
            }
        }
        // `see you naked`, `get you naked`.
        if self.is(k, &["see", "get", "have"])
            && self.is(k + 1, &PERSONS)
            && self.is(k + 2, &["naked", "nude", "topless"])
        {
            return Some(k + 3);
        }
        // `get that reporter alone in a hotel room`; `I'd ruin that little newsreader if I got
        // her alone in a lift`.
        if self.is(k, &["get", "have", "got"]) {
            let alone = self
                .someone_after(k)
                .filter(|&a| self.at(a) == "alone" && self.any_in(a + 1..a + 5, &ROOMS));
            if let Some(after) = alone {
                return Some(after + 1);
            }
        }
        // `get you in bed`, `get you into my bed`.
        if self.is(k, &["get", "have"]) && self.is(k + 1, &PERSONS) {
            let reach = (k + 5).min(self.len());
            if let Some(bed) = (k + 2..reach).find(|&b| self.is(b, &["bed"])) {
                return Some(bed + 1);
            }
        }
        // `sleep with you`, `have sex with me`, `hook up with her`.
        let with = if self.seq(k, &["sleep", "with"]) {
            Some(k + 2)
        } else if self.seq(k, &["have", "sex", "with"]) {
            Some(k + 3)
        } else {
            None
        };
        if let Some(w) = with {
            if self.is(w, &PERSONS) || self.is(w, &["me", "us"]) && asked {
                return Some(w + 1);
            }
        }
        // `tie you up and do whatever I want with you`; not `tie up the loose ends`.
        if self.is(k, &["tie"]) && self.is(k + 1, &PERSONS) && self.at(k + 2) == "up" {
            return Some(k + 3);
        }
        // `bend you over`, `bend her over the desk`; not `bend over backwards for you`.
        if self.is(k, &["bend"]) && self.is(k + 1, &PERSONS) && self.is(k + 2, &["over"]) {
            return Some(k + 3);
        }
        // `I'd like to bend this reporter over my desk`; not `bend the rules`.
        if self.is(k, &["bend"])
            && self.is(k + 1, &["that", "this", "the"])
            && self.is(k + 2, &ROLES)
            && self.at(k + 3) == "over"
        {
            return Some(k + 4);
        }
        // `touch you all over`, `touch your tits`.
        if self.is(k, &["touch", "grope", "feel"]) {
            if self.is(k + 1, &PERSONS) && self.seq(k + 2, &["all", "over"]) {
                return Some(k + 4);
            }
            if self.is(k + 1, &["your"]) && self.is(k + 2, &PARTS) {
                return Some(k + 3);
            }
        }
        None
    }
}
