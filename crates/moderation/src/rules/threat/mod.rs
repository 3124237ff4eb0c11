//! Threats of violence, read from how a clause is built rather than from its words alone.
//!
//! The classifier learns which words abusive comments use; a threat often uses none of them
//! ("I'm coming for you tonight, and I'm bringing a knife" scores 0.15). This rule reads
//! three shapes of a threat in each clause of the [`Normalized`] text (so it sees through the
//! same disguises as the other rules):
//! - **intent**: the writer says they will harm someone: a first-person subject, a
//!   commitment (`will`, `going to`, `want to`, `coming`...), then within a few words a harm
//!   done to a person (`kill you`, `break your legs`, `hunt him down`, `make them pay`,
//!   `set fire to the house of the mayor`, `bringing a knife`);
//! - **menace**: a threat without a violent verb (`you will regret this`, `your days are
//!   numbered`, `sleep with one eye open`, `I know where you live`);
//! - **call**: violence asked of others or wished on people (`someone should shoot him`,
//!   `X should be hanged`, `X deserve to die`, `I hope you die`, `get rid of X by force`).
//!
//! A harm needs a person as its object (`kill you`, `kill the mayor`; not `kill the bill`),
//! and an object that is given something is not harmed (`shoot you an email`, `find you a
//! copy`). A commitment negated (`I will never hurt you`) and a clause that reports or quotes
//! someone (`he said he would kill them`, `saying "X should be shot" is vile`) are left to
//! the classifier. Clauses end at sentence punctuation and at `but`.
//!
//! English, with the commonest Russian and Turkish forms (first-person future harm verbs
//! with a person as object, and the calls "must be shot"); docs/model-card.md says what it
//! misses.
//!
//! The same reading names the harm verbs that harm no one (`harmless_in`: `kill the bill`,
//! `this heat is going to kill me`), which the classifier then does not read.
//!
//! `Clause::threat_at`, here, tries the shapes at each word where one may start; each shape
//! is read in its own file: the harms and the persons they are done to in `harm.rs`,
//! menaces in `menace/`, calls, wishes and urges to self-harm in `calls.rs`, calls in code
//! (`a free helicopter ride`, `the Khashoggi treatment`) in `coded.rs`, disasters wished on a
//! people in `disasters.rs`, deaths and atrocities welcomed (`Hitler was right`, `one less
//! journalist`, `I'm glad your father died`) in `welcomed.rs`, violence and death hoped for
//! from killers or from age (`I hope ISIS finds you`, `Boomers should just die already`) in
//! `hoped.rs`, and the Russian and Turkish forms in `ru_tr/`.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary, IDENTITIES};
use super::Hit;
use crate::normalize::Normalized;

mod calls;
mod coded;
mod disasters;
mod harm;
mod hoped;
mod menace;
mod ru_tr;
#[cfg(test)]
mod tests;
mod welcomed;

use calls::{BEATINGS, DISEASE, HEIGHTS, PLACES_BURNT};
use disasters::DISASTERS;
use harm::{BODY, ERADICATED, HARM, HARMED, HARM_WORDS, PUT_IN, SUFFER, WEAPON};
use hoped::HOPED;
use menace::{ARMS, MASSACRES, REMAINS, STALKED_CUES, STALKED_STARTS};
use ru_tr::{
    foreign_start, foreign_start_words, CLOSING_MENACE, DEATH_TO, FOREIGN_CUE_STARTS, RU_BEAT,
    RU_BLOWS_WITH, RU_BREAK, RU_BULLET, RU_BURY, RU_CARRIED_TO, RU_COMING, RU_CURSE, RU_CURSE_ON,
    RU_HARM, RU_HARM_INF, RU_HARM_THEY, RU_HARM_WOULD, RU_KILL_THEY, RU_LAMPPOST, RU_MENACE,
    RU_MUST, RU_SELF_HARM, RU_VERMIN, RU_WALL, RU_WEAPON_WITH, TR_CALL, TR_DESTROY, TR_HARM,
    TR_HARM_INF, TR_MENACE_AFTER_IF, TR_NOBODY_CARES, TR_TO_HARM, TR_WANT_TO_HARM,
};
use welcomed::WELCOMED;

/// Which shape of threat was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreatKind {
    /// The writer says they will harm someone.
    Intent,
    /// A menace without a violent verb.
    Menace,
    /// Violence asked of others, or wished on someone.
    Call,
}

/// Buildings a writer says they will burn down: `I'll burn the town hall to the ground`.
static BUILDINGS: Lexicon = Lexicon::new(
    "hall newsroom office offices house home building studio mosque church synagogue school \
     library station headquarters",
);

/// A first-person commitment after `I`/`we`, as word sequences (contractions expanded).
const COMMITMENTS: &[&[&str]] = &[
    &["will"],
    &["shall"],
    &["would"],
    &["am", "going", "to"],
    &["are", "going", "to"],
    &["am", "going"],
    &["are", "going"],
    &["am", "about", "to"],
    &["want", "to"],
    &["intend", "to"],
    &["plan", "to"],
    &["promise"],
    &["swear"],
    &["am", "coming"],
    &["are", "coming"],
    &["am", "bringing"],
    &["are", "bringing"],
    &["can", "not", "wait", "to"],
];

/// Words a commitment may have between it and its harm (`I will personally ...`, `I will
/// find you and ...`), as long as no other verb of commitment intervenes.
const MAX_REACH: usize = 8;

impl Clause<'_> {
    /// `I will ...`, `we are going to ...`: the end of the commitment after the subject at
    /// `i`, unless it is negated.
    fn commitment(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["i", "we"]) {
            return None;
        }
        let found = COMMITMENTS.iter().find(|c| self.seq(i + 1, c))?;
        let end = i + 1 + found.len();
        (!self.is(end, &["not", "never", "no"])).then_some(end)
    }

    /// Whether a harm verb at `i` is an order: it opens its clause (`gas the Jews`), after
    /// `just`, `go` or `let's` at most (not `when you just beat them up over nonsense`).
    /// `lock`, `send` and `drag` order a harm too when what follows harms (`lock them in and
    /// set it on fire`, `send him to the gallows`, `drag him behind a car`).
    fn ordered(&self, i: usize) -> bool {
        (self.harm_verb(i) || self.is(i, &["lock", "send", "drag"]))
            && (i == 0 || i == 1 && self.is(0, &["just", "go", "lets"]))
    }

    /// `I'd still like to see you beaten half to death`, after the commitment that ends at
    /// `from`: a harm the writer would watch gladly (not `I'd like to see you beaten at
    /// chess`, a game).
    fn harm_watched(&self, from: usize) -> Option<usize> {
        let want = from + usize::from(self.is(from, &["still", "really", "just", "so"]));
        if !self.is(want, &["like", "love"])
            || self.at(want + 1) != "to"
            || !self.is(want + 2, &["see", "watch"])
        {
            return None;
        }
        let whom = want + 3;
        let person = self.person(whom);
        if person > 0 && self.is(whom + person, &HARMED) && !self.in_a_game(whom) {
            return Some(whom + person + 1);
        }
        // `I'd love to watch your house burn with you locked inside`: a place burnt with its
        // people in it (not `... watch the old mill burn on the film`).
        let place = whom + usize::from(self.is(whom, &["your", "their", "his", "her", "that"]));
        let burnt = self.is(place, &PLACES_BURNT)
            && self.is(place + 1, &["burn", "burning", "burned", "burnt"]);
        burnt.then(|| self.with_people_inside(place + 2..place + 4))?
    }

    /// What a commitment that ends at `from` promises without a harm verb after it: a harm
    /// watched gladly (a call), something done with fists or a life in a wheelchair (intents),
    /// the bullet paid for (a call). The kind and the end token.
    fn promised(&self, from: usize) -> Option<(ThreatKind, usize)> {
        use ThreatKind::{Call, Intent};
        self.harm_watched(from)
            .map(|end| (Call, end))
            .or_else(|| self.with_fists(from).map(|end| (Intent, end)))
            .or_else(|| self.crippled_for_life(from).map(|end| (Intent, end)))
            .or_else(|| self.bullet_paid_for(from).map(|end| (Call, end)))
            .or_else(|| self.burnt_to_the_ground(from).map(|end| (Intent, end)))
    }

    /// `I'll burn the town hall to the ground`, `we'll torch your newsroom down`: a building
    /// the writer will burn (not `I'll burn the old letters`, `... the toast`).
    fn burnt_to_the_ground(&self, from: usize) -> Option<usize> {
        if !self.is(from, &["burn", "torch"]) {
            return None;
        }
        // Someone else's house, or a public building (not `I'll burn the house down if I
        // leave the oven on`, the writer's own).
        let theirs = self.is(from + 1, &["your", "their", "his", "her"]);
        if !theirs && !self.is(from + 1, &["the", "this", "that"]) {
            return None;
        }
        let place = (from + 2..from + 4)
            .find(|&k| self.is(k, &BUILDINGS) && (theirs || !self.is(k, &["house", "home"])))?;
        if self.seq(place + 1, &["to", "the", "ground"]) {
            Some(place + 4)
        } else {
            (self.at(place + 1) == "down").then_some(place + 2)
        }
    }

    /// `I'll explain it to you in person, with my fists`: whatever is done to the reader, done
    /// with fists (not `I'll explain it with my hands`).
    fn with_fists(&self, from: usize) -> Option<usize> {
        let k = (from..self.len()).find(|&k| {
            self.seq(k, &["with", "my"]) && self.is(k + 2, &["fists", "fist", "knuckles"])
        })?;
        self.any_in(from..k, &["you", "him", "her"])
            .then_some(k + 3)
    }

    /// `I'll see to it that you spend the rest of your life in a wheelchair`, `I'll make sure
    /// you ...` (not `... in a nice house`).
    fn crippled_for_life(&self, from: usize) -> Option<usize> {
        let sure = if self.seq(from, &["see", "to", "it", "that"]) {
            from + 4
        } else if self.seq(from, &["make", "sure"]) {
            from + 2
        } else {
            return None;
        };
        if !self.is(sure, &["you", "he", "she"]) {
            return None;
        }
        let rest = sure + 1 + usize::from(self.at(sure + 1) == "will");
        let life = self.is(rest, &["spend", "spends"])
            && self.seq(rest + 1, &["the", "rest", "of"])
            && self.is(rest + 4, &["your", "his", "her"])
            && self.seq(rest + 5, &["life", "in", "a"]);
        (life && self.is(rest + 8, &["wheelchair", "coma", "hospital"])).then_some(rest + 9)
    }

    /// `I'd happily pay for the bullet` (not `... for the bullet train`).
    fn bullet_paid_for(&self, from: usize) -> Option<usize> {
        let pay = from + usize::from(self.is(from, &["happily", "gladly", "even"]));
        (self.seq(pay, &["pay", "for", "the"])
            && self.is(pay + 3, &["bullet", "bullets", "rope", "ammo", "noose"])
            && self.phrase_ends_before(pay + 4))
        .then_some(pay + 4)
    }

    /// The threats of this clause: (kind, first token, end token).
    fn threats(&self, out: &mut Vec<(ThreatKind, usize, usize)>) {
        for i in 0..self.len() {
            if !self.is(i, &*STARTS) && !self.ordered(i) {
                continue;
            }
            if let Some(found) = self.threat_at(i) {
                if !self.reported(found.1) && !self.reported_after(found.2) {
                    out.push(found);
                }
            }
        }
    }

    /// Violence asked of others by the word at `i`, when it is one of the few such words
    /// (`someone`, `put`, `wants`, `whoever`, `первым`, `ilk`, `string`): `someone shut him
    /// up permanently pls`, `someone should put this rabid dog of a writer out of its misery`,
    /// `this reporter wants a slap`, `whoever finally punches this columnist will be a hero`,
    /// `кто первым пристрелит ..., тому пиво`, `... and string them up`.
    fn asked_of_others(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        match self.at(i) {
            // Harm asked as a favour (not `someone hit him with a car yesterday`, a report).
            "someone" | "somebody" => {
                let asked = ["pls", "please", "plz"];
                let verb = i + 1 + usize::from(self.is(i + 1, &asked));
                if !self.any_in(i + 1..self.len(), &asked) {
                    return None;
                }
                self.harm(verb, false).map(|end| (Call, i, end))
            }
            // A person put down as an animal is.
            "put" if self.any_in(i.saturating_sub(2)..i, &["should", "must", "needs"]) => {
                // `someone needs to put this rabid hack down`: a person put down as a mad dog
                // is (not `put the baby down for a nap`).
                let down = (i + 2..(i + 6).min(self.len()))
                    .find(|&k| self.at(k) == "down" && self.phrase_ends_before(k + 1));
                if let Some(k) = down {
                    let rabid = self.any_in(i + 1..k, &["rabid", "mad", "feral"]);
                    return (rabid && self.person_in(i + 1..k)).then_some((Call, i, k + 1));
                }
                let misery = (i + 2..i + 10).find(|&k| {
                    self.seq(k, &["out", "of"])
                        && self.is(k + 2, &["its", "his", "her", "their"])
                        && self.at(k + 3) == "misery"
                })?;
                self.person_in(i + 1..misery)
                    .then_some((Call, i, misery + 4))
            }
            // `scooter riders want stringing up from the nearest lamppost` (not `the washing
            // wants hanging out`): a lynching wished, said of people.
            // (`the Environment Agency boss wants throwing in the river with bricks in his
            // pockets`.)
            // (`the imam who gave that sermon wants his throat slitting`.)
            "wants" | "want" | "needs" | "need"
                if self.is(i + 1, &["his", "her", "their"])
                    && self.is(i + 2, &BODY)
                    && self.is(
                        i + 3,
                        &["slitting", "cutting", "breaking", "smashing", "kicking"],
                    ) =>
            {
                Some((Call, i.saturating_sub(2), i + 4))
            }
            "wants" | "want" | "needs" | "need"
                if self.seq(i + 1, &["stringing", "up"])
                    || self.is(i + 1, &["horsewhipping", "flogging"])
                    || self.at(i + 1) == "throwing"
                        && self.is(i + 2, &["in", "into", "off"])
                        && self
                            .any_in(i + 3..i + 6, &["river", "canal", "sea", "lake", "bridge"]) =>
            {
                let whom = self.person_in(i.saturating_sub(3)..i) || self.any_in(0..i, &["they"]);
                whom.then_some((Call, i.saturating_sub(2), i + 2))
            }
            // `the gallery owner wants his windows put in and his head with them` (not `... his
            // windows put in by Friday`).
            "wants" | "needs"
                if self.is(i + 1, &["his", "her", "their"])
                    && self.seq(i + 2, &["windows", "put", "in"])
                    && self.any_in(i + 5..self.len(), &["head", "face", "teeth"]) =>
            {
                Some((Call, i.saturating_sub(2), self.len()))
            }
            "wants" if self.at(i + 1) == "a" => {
                let blow = i + 2 + usize::from(self.is(i + 2, &["good", "proper"]));
                (self.is(blow, &BEATINGS) && self.person_in(i.saturating_sub(3)..i)).then_some((
                    Call,
                    i.saturating_sub(2),
                    blow + 1,
                ))
            }
            // (`... will be one`.)
            "whoever" => {
                let verb = i + 1 + usize::from(self.is(i + 1, &["finally", "eventually"]));
                let blows = [
                    "punches", "kills", "shoots", "slaps", "stabs", "beats", "hits", "decks",
                ];
                let person = self.person(verb + 1);
                let after = verb + 1 + person;
                // (`Whoever shoots this traitor first gets a free pint from me`: a reward.)
                let rewarded = after + usize::from(self.at(after) == "first");
                let hero =
                    self.seq(after, &["will", "be"]) && self.is(after + 2, &["one", "a", "an"]);
                let reward = self.is(rewarded, &["gets", "wins", "will"])
                    && self.any_in(
                        rewarded..rewarded + 6,
                        &[
                            "pint", "beer", "drink", "reward", "prize", "medal", "drinks", "pints",
                        ],
                    );
                (self.is(verb, &blows) && person > 0 && (hero || reward))
                    .then(|| (Call, i, (after + 4).min(self.len())))
            }
            // `Кто первым пристрелит этого предателя, тому пиво от меня` ("whoever shoots this
            // traitor first gets a beer from me"), `Bu haini ilk vuran bana bir bira kazanır`
            // (not `кто первым решит кроссворд, тому пиво`, a crossword).
            "первым" | "ilk" => {
                let russian = i >= 1
                    && self.at(i - 1) == "кто"
                    && self.is(
                        i + 1,
                        &[
                            "пристрелит",
                            // (`pristrelit`, as Latin letters read it.)
                            "пристрелить",
                            "застрелить",
                            "убьет",
                            "застрелит",
                            "зарежет",
                            "прибьет",
                            "побьет",
                            "ударит",
                        ],
                    );
                let turkish = self.is(i + 1, &["vuran", "olduren", "doven", "gebertin"]);
                let reward = [
                    "пиво",
                    "награда",
                    "приз",
                    "премия",
                    "bira",
                    "odul",
                    "kazanir",
                ];
                ((russian || turkish) && self.any_in(i + 2..self.len(), &reward))
                    .then(|| (Call, i.saturating_sub(usize::from(russian)), self.len()))
            }
            "string" => (self.is(i + 1, &["them", "him", "her", "em"])
                && self.at(i + 2) == "up"
                && self.any_in(0..i, &["should", "must", "let", "lets"]))
            .then_some((Call, 0, i + 3)),
            // `someone should call in a bomb threat to that newsroom`: a hoax that empties a
            // building, asked for (not `someone called in a bomb threat to the school`, a
            // report).
            "bomb" if self.is(i + 1, &["threat", "scare", "hoax"]) => {
                let phoned = i >= 3
                    && self.is(i - 3, &["call", "phone", "ring"])
                    && self.seq(i - 2, &["in", "a"]);
                let asked = self.any_in(0..i, &["should", "must", "pls", "please", "lets", "let"]);
                (phoned && asked).then_some((Call, 0, i + 2))
            }
            _ => None,
        }
    }

    fn threat_at(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::{Call, Intent, Menace};
        if let Some(from) = self.commitment(i) {
            let reach = (from + MAX_REACH).min(self.len());
            // From the commitment's last word: `coming` in `I am coming for you`.
            for k in from - 1..reach {
                if self.is(k, &["not", "never"]) || k > from && self.commitment(k).is_some() {
                    break;
                }
                if let Some(end) = self.harm(k, true) {
                    return Some((Intent, i, end));
                }
            }
            if let Some((kind, end)) = self.promised(from) {
                return Some((kind, i, end));
            }
        }
        // `I'm breaking your jaw if I see you`: a harm in the present, done to the reader
        // (not `I'm killing it`, `we're hurting your feelings`, `I'm beating you at chess`),
        // or to someone met on a condition (`if I see this reporter on the tube I'm pushing
        // him onto the tracks`).
        if self.is(i, &["i", "we"]) && self.is(i + 1, &["am", "are"]) {
            let k = i + 2;
            let on_a_condition =
                || self.any_in(k + 1..k + 3, &["him", "her", "them"]) && self.any_in(0..i, &["if"]);
            if self.at(k).ends_with("ing")
                && (self.any_in(k + 1..k + 3, &["you", "your"]) || on_a_condition())
            {
                if let Some(end) = self.harm(k, true) {
                    return Some((Intent, i, end));
                }
            }
        }
        // `I could snap your neck before you finished typing`: the reader's body within the
        // writer's reach (not `I could strangle whoever designed this menu`, said of no one
        // there).
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "could" {
            let verb = i + 2 + usize::from(self.is(i + 2, &["easily", "just"]));
            if self.at(verb + 1) == "your" && self.is(verb + 2, &BODY) {
                if let Some(end) = self.harm(verb, true) {
                    return Some((Intent, i, end));
                }
            }
        }
        // `nobody would blame me if I ran this hack over`: a harm the writer would be
        // forgiven, as if done (not `nobody would blame me if I left early`).
        if self.seq(i, &["nobody", "would", "blame", "me", "if"]) && self.is(i + 5, &["i", "we"]) {
            let verb = i + 6;
            let person = self.person(verb + 1);
            let done = self.is(verb, &HARMED) && person > 0
                || self.at(verb) == "ran" && person > 0 && self.at(verb + 1 + person) == "over";
            if done {
                return Some((
                    Intent,
                    i,
                    verb + 1 + person + usize::from(self.at(verb) == "ran"),
                ));
            }
            if let Some(end) = self.harm(verb, true) {
                return Some((Intent, i, end));
            }
        }
        // `just a matter of time before someone stabs that loudmouth`.
        if self.seq(i, &["matter", "of", "time", "before"])
            && self.is(i + 4, &["someone", "somebody"])
        {
            if let Some(end) = self.harm(i + 5, false) {
                return Some((Menace, i, end));
            }
            // `... before someone shuts this rag down permanently, with the staff inside`: a
            // place closed for good with its people in it.
            if let Some(end) = self.with_people_inside(i + 6..self.len()) {
                return Some((Menace, i, end));
            }
        }
        // `one day someone will put you in the ground`: a harm foretold, by no one named.
        if self.is(i, &["someone", "somebody"]) {
            let will = if self.at(i + 1) == "will" {
                Some(i + 2)
            } else {
                self.seq(i + 1, &["is", "going", "to"]).then_some(i + 4)
            };
            if let Some(end) = will.and_then(|k| self.harm(k, false)) {
                return Some((Menace, i, end));
            }
            // `you won't be smiling once somebody rearranges your face`: the reader's body
            // harmed, as a time to come (not `when someone hurts you, talk to a friend`).
            let to_come = i > 0 && self.is(i - 1, &["once", "when", "after", "till", "until"]);
            if to_come && self.at(i + 2) == "your" && self.is(i + 3, &BODY) {
                if let Some(end) = self.harm(i + 1, false) {
                    return Some((Menace, i, end));
                }
            }
            // (`... when someone slashes his tyres on the motorway`: a car made to crash.)
            if to_come
                && self.is(i + 1, &["slashes", "cuts", "slash", "cut"])
                && self.is(i + 2, &["your", "his", "her"])
                && self.is(i + 3, &["tyres", "tires", "brakes", "brake"])
            {
                return Some((Menace, i, i + 4));
            }
        }
        let w = self.at(i);
        if let Some(end) = self.menace(i) {
            return Some((Menace, i, end));
        }
        if let Some(end) = self.self_harm_urged(i) {
            return Some((Call, i, end));
        }
        // `death to the Jews`, `death to all Muslims`: not `death to tyranny`.
        if self.seq(i, &["death", "to"]) && self.person(i + 2) > 0 {
            return Some((Call, i, i + 2 + self.person(i + 2)));
        }
        // `people like you are why we need a cull`, `time for a cull of these migrants`:
        // people culled as a herd is (not `the badger cull`, `cull your wardrobe`).
        if w == "cull" && self.people_culled() {
            return Some((Call, i, i + 1));
        }
        // A harm ordered, its verb opening the clause: `gas the Jews`, `hang the traitors`
        // (not `kill the bill`: the object is a thing).
        // (`kill yourself` is an urge, read above, `kill yourself laughing` an idiom.)
        if self.ordered(i) && self.at(i + 1) != "yourself" {
            if let Some(end) = self.harm(i, false) {
                return Some((Call, i, end));
            }
            // `kill all the lawyers, starting with the one who wrote this`: whoever they are,
            // the harm begins with the writer's target.
            // (To the clause's end: `... who wrote this` is no report of the threat.)
            if let Some(k) = (i + 2..i + 7).find(|&k| self.seq(k, &["starting", "with"])) {
                if self.seq(k + 2, &["the", "one", "who"]) {
                    return Some((Call, i, self.len()));
                }
                if self.person(k + 2) > 0 {
                    return Some((Call, i, k + 2 + self.person(k + 2)));
                }
            }
        }
        if let Some(found) = self.asked_of_others(i) {
            return Some(found);
        }
        if let Some(end) = self.coded_call(i) {
            return Some((Call, i, end));
        }
        // `Ukrainians are Nazis, the lot of them, wipe them out`, `wipe out the Jews`: a
        // people ordered wiped out, named in the order or before it in the clause (not `the
        // weeds, wipe them out`, `wipe out the debt`).
        if w == "wipe" && (i == 0 || self.phrase_ends_before(i)) {
            let out_first = self.at(i + 1) == "out";
            let whom = i + 1 + usize::from(out_first);
            let person = self.person(whom);
            let out = out_first || self.at(whom + person) == "out";
            let a_people = (0..whom + person).any(|k| self.is(k, &*IDENTITIES));
            if person > 0 && out && a_people {
                return Some((Call, i, whom + person + usize::from(!out_first)));
            }
        }
        // `Bring back hanging and start with the author of this rubbish` (not `bring back
        // hanging, says the poll`, nor `... start with the old laws`).
        if self.seq(i, &["bring", "back"]) {
            let noose = i + 2 + usize::from(self.at(i + 2) == "the");
            let deadly = ["hanging", "noose", "gallows", "rope", "firing", "flogging"];
            let start = (noose + 1..self.len()).find(|&k| self.seq(k, &["start", "with"]));
            if let Some(k) = start.filter(|&k| self.is(noose, &deadly) && self.person(k + 2) > 0) {
                return Some((Call, i, k + 2 + self.person(k + 2)));
            }
        }
        // `somebody's going to set fire to the town hall with the councillors in it`: arson of
        // people, foretold (not `somebody's going to set fire to the bins one day`).
        // (`somebody's`: the clause drops the `s`.)
        let going = i + 1 + usize::from(self.at(i + 1) == "is");
        if self.is(i, &["somebody", "someone"])
            && self.seq(going, &["going", "to"])
            && self.is(going + 2, &["set", "burn", "torch", "firebomb"])
        {
            if let Some(end) = self.with_people_inside(going + 3..self.len()) {
                return Some((Call, i, end));
            }
        }
        // Calls: `X should be shot`, `X deserve to die`, `someone should shoot him`.
        if self.is(
            i,
            &[
                "should", "must", "ought", "deserve", "deserves", "needs", "need",
            ],
        ) {
            return self.called_for(i);
        }
        // (`X belong on a gibbet`, `I'd pay to see X break her neck`.)
        if self.is(i, &["belong", "belongs", "pay"]) {
            if let Some(found) = self.called_for(i) {
                return Some(found);
            }
        }
        // Wishes: `I hope you die`, `I hope you get cancer`.
        // (`pray`: `I pray every night that your plane crashes`.)
        if self.is(i, &["hope", "wish", "pray"]) {
            return self.wished(i);
        }
        // `I hope the next earthquake hits the Kurdish villages and finishes them`.
        if self.is(i, &DISASTERS) {
            if let Some(found) = self.disaster_wished(i) {
                return Some(found);
            }
        }
        // `Hitler was right about these people`, `one less journalist`, `I'm glad your
        // father died`.
        if self.is(i, &WELCOMED) {
            if let Some(found) = self.welcomed(i) {
                return Some(found);
            }
        }
        // `I hope ISIS finds you`, `Boomers should just die already`.
        if self.is(i, &HOPED) {
            if let Some(found) = self.hoped(i) {
                return Some(found);
            }
        }
        if self.seq(i, &["get", "rid", "of"])
            && self.any_in(i + 3..i + 9, &["force", "bullets", "guns"])
            && self.person_in(i + 3..i + 6)
        {
            return Some((Call, i, i + 9));
        }
        // (Most words start no menace of the list: one lookup before a look at each.)
        let listed = self
            .is(i, &*MENACE_STARTS)
            .then(|| RU_MENACE.iter().find(|m| self.seq(i, m)))
            .flatten();
        // (Not `тебе не жить в этом городе, если не любишь шум`, "you can't live in this
        // city if you don't like noise": where, or without what, one cannot live.)
        let lived_where = |menace: &[&str]| {
            menace.last() == Some(&"жить")
                && self.is(i + menace.len(), &["в", "здесь", "там", "без", "на"])
        };
        // (Nor `Я знаю, в какую школу ходит твоя дочь, мы встречались на ярмарке`: a child's
        // school known from a meeting told right after; nor `Я знаю, в какую школу ходит моя
        // дочь`, `Kızımın hangi okula gittiğini biliyorum`: the writer's own child.)
        let own_child = |menace: &[&str]| {
            let ours = ["моя", "мой", "мои", "наша", "наш", "наши"];
            self.is(i + menace.len(), &ours)
                || i > 0
                    && (self.at(i - 1) == "benim"
                        || ["imin", "umun"].iter().any(|e| self.at(i - 1).ends_with(e)))
        };
        let school_known_harmlessly = |menace: &[&str]| {
            menace.iter().any(|w| ["школу", "okula"].contains(w))
                && (self.met_after() || own_child(menace))
        };
        // (Nor `до тебя доберутся наши письма`, "our letters will reach you": a thing that
        // reaches the reader.)
        let reached_by_a_thing = |menace: &[&str]| {
            menace.contains(&"доберутся")
                && self.any_in(
                    i + menace.len()..i + menace.len() + 2,
                    &[
                        "письма",
                        "письмо",
                        "посылка",
                        "посылки",
                        "новости",
                        "деньги",
                        "цветы",
                        "подарки",
                        "документы",
                    ],
                )
        };
        let spared =
            |m: &[&str]| lived_where(m) || school_known_harmlessly(m) || reached_by_a_thing(m);
        if let Some(menace) = listed.filter(|m| !spared(m)) {
            return Some((Menace, i, i + menace.len()));
        }
        if let Some(end) = self.closing_menace(i) {
            return Some((Menace, i, end));
        }
        if w.is_ascii() && !foreign_start(w) {
            return None;
        }
        self.threat_ru_tr(i)
    }

    /// Whether the clause or the next words of the text say the writer has met the person
    /// (`..., we met at the fair`, `мы встречались на ярмарке`, `fuarda tanıştık`): what the
    /// writer knows of them then comes from an acquaintance, not from watching.
    fn met_after(&self) -> bool {
        let met = [
            "met",
            "встречались",
            "познакомились",
            "виделись",
            "tanistik",
            "tanismistik",
            "gorusmustuk",
        ];
        self.words_from(0)
            .take(self.len() + 8)
            .any(|w| met.contains(&w))
    }

    /// Whether the people a `cull` is called in this clause are people: a group by name, or
    /// the reader's kind (`people like you`, `you people`, `your kind`), and no herd or crop.
    fn people_culled(&self) -> bool {
        let herds = [
            "badger",
            "badgers",
            "deer",
            "herd",
            "herds",
            "cattle",
            "birds",
            "pigeons",
            "foxes",
            "squirrels",
            "seals",
            "wolves",
            "flock",
            "stock",
            "list",
            "wardrobe",
            "files",
        ];
        let people = (0..self.len()).any(|k| {
            self.is(k, &*IDENTITIES)
                || self.seq(k, &["like", "you"])
                || self.seq(k, &["you", "people"])
                || self.seq(k, &["your", "kind"])
        });
        people && !self.any_in(0..self.len(), &herds)
    }
}

/// The words every threat [`Clause::threat_at`] reads has at least one of: a harm, a body
/// part, a weapon, a menace's own word. A text with none of them (most comments) is passed
/// over without being read clause by clause.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    // A menace's last word (`труп`), not its first (`ты`, in every other Russian comment); a
    // closing menace's longest (`найду` of `найду тебя`, `pisman` of `pisman ederim`).
    let menace = RU_MENACE.iter().filter_map(|m| m.last().copied());
    let closing = CLOSING_MENACE.iter().filter_map(|m| {
        m.iter().copied().reduce(|a, b| {
            if b.chars().count() > a.chars().count() {
                b
            } else {
                a
            }
        })
    });
    Lexicon::all_of(&[
        &HARM,
        &BODY,
        &SUFFER,
        &HARMED,
        &ERADICATED,
        &DISEASE,
        &WEAPON,
        &PUT_IN,
        &REMAINS,
        &OTHER_CUES,
        &MENACE_WORDS,
        &MASSACRES,
        &RU_HARM,
        &RU_BREAK,
        &RU_MUST,
        &RU_HARM_INF,
        &DEATH_TO,
        &TR_HARM,
        &TR_HARM_INF,
        &TR_CALL,
        &RU_CURSE,
        &RU_CURSE_ON,
        &RU_SELF_HARM,
        &RU_WALL,
        &RU_BURY,
        &RU_HARM_WOULD,
        &RU_HARM_THEY,
        &RU_KILL_THEY,
        &RU_VERMIN,
        &RU_LAMPPOST,
        &TR_NOBODY_CARES,
        &TR_MENACE_AFTER_IF,
        &RU_CARRIED_TO,
        &TR_WANT_TO_HARM,
        &RU_WEAPON_WITH,
        &RU_BEAT,
        &RU_BLOWS_WITH,
        &RU_BULLET,
        &RU_COMING,
        &TR_DESTROY,
        &TR_TO_HARM,
        &HEIGHTS,
        &BEATINGS,
        &DISASTERS,
        &WELCOMED,
        &HOPED,
        &ARMS,
        &STALKED_CUES,
        &FOREIGN_CUE_STARTS,
    ])
    .chain(menace)
    .chain(closing)
    .chain([
        "kansere",
        "kanser",
        "gorursun",
        "gorursunuz",
        "bittin",
        "yandin",
    ])
    .chain(["kurtulalim"])
    .chain(["olseydin", "olseydiniz", "gebereydin"])
    .collect()
});

/// The cues that are not in one of the lists [`CUES`] joins: for each shape its rarest word
/// (`feet` for `six feet under`; `pay ... with his life` has `pay`).
static OTHER_CUES: Lexicon = Lexicon::new(
    "раком умрешь умрете сдохнет сдохнут hendek hendektir cukur \
     tonight lions sharks crocodiles piranhas gibbet gallows drop anvil soprano hiding lucky beat throats hunt track come coming comes never bullets wall fire alight burn blow firebomb \
     sorry ambulance hearse stretcher numbered sleep where watch dies dead rid alive live survive \
     feet over harmed knock alone shame wiped eliminated burns collapses explodes sinks crashes \
     yourself wrists bleach kys pity happens lesson aborted miss oxygen swinging swing round nobody \
     dumped breeding shotguns rifles расход haberin enjoy kendini geber \
     end death dox doxx address addresses nudes phone location whereabouts leak find catch \
     employer employers workplace boss убей умри checking hit misery pray drive drives school hell miserable \
     dragged permanently forever silence squad alley body know obituaries \
     obituary obits casket accidents waiting plane flight tyres tires windscreen mouth career \
     straw push pushes shove shoves trigger rioters mob thugs looters notice taken \
     antifreeze fist blown scraping scrape peeling pavement fed flattens recognise recognize \
     father brakes stake holocaust genocide pogrom kristallnacht keep pills linc yasamaya yasama \
     breathe slip torches pitchforks daga karanlik жаль mosque mosques church \
     churches synagogue synagogues temple temples gurdwara cathedral last loading sharpening \
     broken imagine picture fantasize fantasise backs barbecue bbq kebab stew rug oldurene throw \
     throws toss hurl dentist surgeon coroner friends mates lads flammable nosy nosey lights \
     заслуживают заслуживаешь заслуживает заслуживаете parca gosteririm gosterecegim breaks \
     клетку клетке tongue gouge rip fists gallows behind kirilmali screenshots screenshot \
     carried spike spikes pike pikes rearrange manners кладбище могиле гробу hastanelik strung \
     lever careful front temizlemek кругу goremeyeceksin patlatmak visit keyboard window road \
     brake dog dogs celebrate champagne karismam odetecegim odetecegiz dovulmeyi olmeyi asilmayi \
     vurulmayi smirk camps газовую газовые dental respect sonu sonun stamped nightmare родился \
     родилась родились сгорит взорвется рухнет сгоришь yeminliyim yasatmam petrol gasoline helmet \
     helmets visiting канаве семью hunted wake blood accident gulag gulags camp fena обрадуешься \
     обрадуетесь гореть лесу taught knocking cave переломали сломали оторвали подожгу подожжем \
     взорву взорвем сожжем spit traffic укоротить fall eye baton executions hangings печь печку \
     топку давить журналюг iron pipe ezmek \
     ezip bulldozed torched flattened bombed demolished жилец \
     жильцы yapacagimizi yapacagimi ezilmen gebermen asilman gebermeni olmeni yakalarsam yakalarsak bulursam \
     smoke brick bricks purge yours хребет ломают ремнем soykirimi walking sharpen pigs sharks \
     crocodiles участь hallederiz halledecegiz gormeyeyim tied concrete tube учится ребра рёбра \
     yakin pislikler shovel spade woodland доживешь kursun boot багажнике доберемся basalim \
     yakalim vanish shoulder thrown rearranges keeping example syringe needle breathing ovens \
     oven knows mezar mezarlik mezardir stairs windows neither parked warning list сгорят \
     переедет доберутся sikarlar sikacaklar vururlar vuracaklar crawl гроб яду dayak yaparim \
     easy date estate осторожна осторожен box verdict tripped slashes mercy \
     разберется cole изолировать edilmeliler edilmeli outside tokat boynunu kaza delete erase \
     sooner walk kirilsin watching kitchen motorway guess office taniyamaz tanimaz kirmali \
     kesmeli поговорим string leave life земли сторонам отрезали поможет коротким hesaplasacagiz \
     hesaplasacagim dovmemi topragin yakariz whoever suffers gladly happily dreams lamp plate \
     registration casualty gomerler gomeriz gomecegiz когда дорога olur biliyoruz ayiracagim \
     одному одной screenshotted belt gidersin паркуешь bruise blame heart past olmali olmalilar \
     харкать cezasi count harbour burning headstone gravestone tombstone асфальт door поговорю pension \
     deserve surprised shorter underneath locked pieces disappears vanishes tock bubbles fires wipe \
     rot rots born died cull drag gym onto underwater пристрелит застрелит vuran olduren screen \
     anywhere bats knives crowbars machetes quid regrets regards punched bed zarar punished \
     account",
);

/// The words a threat can start at: the first word of every shape [`Clause::threat_at`]
/// reads, English, Russian and Turkish (`foreign_start_words`), and of the menaces. Most
/// words of most comments are none of these, and are passed over at the cost of one lookup of
/// the keys computed when the text was read (a `match` of 122 strings cost more).
static STARTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[
        &STARTS_EN,
        &MENACE_WORDS,
        &DISASTERS,
        &WELCOMED,
        &HOPED,
        &ARMS,
        &STALKED_CUES,
        &STALKED_STARTS,
    ])
    .chain(foreign_start_words())
    .chain(
        RU_MENACE
            .iter()
            .chain(CLOSING_MENACE)
            .filter_map(|m| m.first().copied()),
    )
    .collect()
});

/// The first words of [`RU_MENACE`]'s menaces.
static MENACE_STARTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    RU_MENACE
        .iter()
        .filter_map(|m| m.first().copied())
        .collect()
});

/// Words a menace is read from (`Clause::menace_by_word`), each both a cue and a word a
/// threat may start at: `harbor`, `beams`, `christmas`.
static MENACE_WORDS: Lexicon = Lexicon::new(
    "raped rape raping изнасилуют изнасилует изнасиловали изнасиловать изнасиловал изнасилуем \
     кругу tecavuze tecavuz недолго смертны смертен смертна siran gorusecegiz \
     answer away house home doorstep домой gosterelim адрес adresi inbox inboxes mentions dms личку почту \
     doldurun dolduralim photos pictures pics фото фотографии fotograflarini forget нигде \
     bulamayacagindan bulamayacaklarindan sizdirsin sizdirin sizdiralim never harbor lake christmas birthday attitude bruise rabid address disappear vanish practice beams \
     wooden timber tragic disappeared vanished cry mourn weep necks blood shuts shutting painful \
     limits shift dealt cracked caved roll finger stoved survives lasts gasoline wring celebrate \
     backside arse stringing bomb missile одни одна yalniz watching исчезнешь пропадешь \
     исчезнете пропадете kaybolacaksin kaybolursun kaybolacaksiniz следим наблюдаем izliyoruz \
     меньшее короткий коротким навсегда подумал подумай \
     подумала подумайте sonu тесен gel olunce помогли susturulur kneecaps kneecap sasirma sucla \
     window тобой roofs eye anymore brakes cameras выглядела выглядел выглядели пишут \
     проверил проверили встретились встретимся gordum gorduk yuru yuruyun kazaya catch nose \
     wrong свет kotusu yurumeyin yurume случилось найти разберусь разберемся решеток следил \
     следила dikkatli yasamaz yasamazlar bekliyoruz bekleyen bekleyecegiz bekliyorum bekleyecegim \
     покажется переедем задавим раздавим поговорили подворотне sasirmayin flowers объясню dead \
     pillow opening увидишь walks quiet тихая тихий тихое insurance drivers door knew without \
     fire лестницы сгорит взорвется разобьется церемонились поосторожнее звонок servisi hatirla \
     issiz yanar stone nuke siberia drones backhander подвал coffins swat swats swatted работает работают учится учатся biliyorum paylasin paylasalim \
     uninstall breathing delete свотнут kapindayim kapindayiz гости ip doxxed doxed sun starve freeze \
     nicely сожгу basinda drives biter gouged tongue slapped harpooned knocked \
     объясним вычислили вычислим пробили bulduk bulacagiz burn breaks cleaver fried boiled dusun unplugged shoved birth tied stringing запомнили cut olacagiz olacagim slide flooded chained locked \
     list canal ditch morgue наведаемся заглянем bulunur rapists камеру камере survivors rocks \
     жарко dinghies dinghy lifejacket experiments blows launched orbit alive burned burnt пара \
     gorusuruz eggs atacagiz atacagim fawkes guns horsewhipping flames slitting nailed pig \
     ходишь помогу поможем birlikte online slashed freezer hanging shotgun проходную \
     скинуть yakin barakalarini kapida bulusuruz deep enemies frightened scared wave услышит \
     береги случилось последней donuyor hatirliyor hatirliyorsun sallayacagiz bak \
     throwing живешь живете yukseliyor \
     horsewhipping flogging platform lonely запомнил подрезать перерезать выходишь уходишь \
     izliyorum basement cellar подвале bodrumumda случится yazik ездишь sonsuza bakalim protect \
     save shield спасет спасут kurtarmaz kurtaramaz sink memories memory память hafizamiz \
     разобьют сожгут подожгут emailed contacted messaged phoned rang stepping stamping \
     squashing squishing сменить менять синяков синяками фингалом фингалами morlukla \
     morluklarla yarayla друзьями ребятами arkadaslarla arkadaslarimla putting victims victim \
     corpse corpses obits pages некрологе некрологах некролог хронике хроники жертв жертвы \
     жертвой sayfasinda sayfada sayfalarinda kurban olu ceset unpunished безнаказанным running \
     employer employers boss immigration ice deported начальнику работодателю напишу сообщу \
     настучу patronunu patronuna isverenini isverenine mudurunu ihbar \
     settle kalmayacak helicopter вертолет helikopterden khashoggi politkovskaya kasikci \
     хашогги политковской solution trash garbage fuel баржу denize streets lampposts lamppost",
);

static STARTS_EN: Lexicon = Lexicon::new(
    "i we when once till until you your his her their sleep shame pity see love teach take kill \
     want belong belongs \
     hang shoot drown off neck slit drink drop crawl found accidents only keep hanging money send \
     give tell dm post end jump kys nobody no waste kendini убей git death watch should must \
     ought deserve deserves needs need hope wish get die pay pray without taken raped ol geber умри гроб \
     done tragedy day another scraping scrape peeling peel bullet bullets rope noose grave coffin \
     casket tree swallow eat share publish leak bring grab dark loading cleaning \
     sharpening oiling imagine picture fantasize fantasise someone somebody broken smashed busted \
     friends mates lads guys boys friend sleeping throw knife gun blade pistol rifle shotgun \
     machete before spike spikes pike pikes do careful find matter dental yours visiting visit \
     favour favor answer knocking last better spit language play knows obituary obituaries \
     ambulance stretcher put inside finds lining line smoke throws brick bricks purge pogrom \
     holocaust kick push shove walking sharpen feed name tied concrete swinging mosque mosques \
     church churches synagogue synagogues temple temples check rip tear firing boot trunk teeth \
     shut used look looking step walk run breathing know ovens oven ended stairs windows neither \
     parked warning list easy date live wall box verdict justice had hands guess sooner enjoy \
     wants whoever string alone leave left book sweet lamp lampposts carry motorway belt bat \
     hammer fists past heart count round rounded pavement concrete kerb curb tarmac fist fists balcony river canal ditch morgue harbour long back outside \
     headstone gravestone tombstone ends surprised shorter while one tick wipe cull swing swings \
     serve shovel spade drag twice order petrol starting checking away there seem leaving bag \
     bags time city town street hotel rot why first safe makes try первым ilk",
);

/// The harm verbs of the text that harm no one: their object is a thing (`kill the bill`,
/// `shoot the wedding`, `bury the hatchet`, `execute the plan`), the writer (`this heat is
/// going to kill me`), or a favour (`shoot you a message`). They are no evidence of abuse,
/// and the policy has the classifier read the text without them, as it reads it without the
/// F word.
pub(crate) fn harmless_in(reading: &Reading) -> Vec<Range<usize>> {
    reading.unread(&HARM_WORDS, |clause, found| clause.harmless(found))
}

/// The word of death in a dish or a view praised, which the classifier leaves unread: `Her
/// lasagne is to die for.`, `a view to die for, honestly` (the phrase closing; not `you
/// deserve to die for this`, `I'd die for my country`).
pub(crate) fn delights_in(reading: &Reading) -> Vec<Range<usize>> {
    static DIE: LazyLock<Vocabulary> = LazyLock::new(|| ["die"].into_iter().collect());
    reading.unread(&DIE, |clause, found| clause.to_die_for(found))
}

/// Every threat in the text: the words from its subject (or trigger) to the end of the harm.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<ThreatKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<ThreatKind>> {
    reading.find(&CUES, |clause, found| clause.threats(found))
}
