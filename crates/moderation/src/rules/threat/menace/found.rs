//! Menaces read from a word of them that tell the reader they are found: where they live,
//! park or sleep known, a visit or a meeting promised.

use super::{BACK_CARE, PRESENCE, WARNINGS};
use crate::rules::clauses::Clause;
use crate::rules::threat::harm::{POSSESSIVES, PRONOUNS, ROLES, WEAPON};

/// What the writer says next of a place where a person is every night: no one will see.
const UNSEEN: &[&[&str]] = &[
    &["it", "is", "a", "quiet", "street"],
    &["it", "is", "a", "quiet", "road"],
    &["it", "is", "very", "quiet"],
    &["no", "cameras"],
    &["nobody", "would", "see"],
    &["no", "one", "would", "see"],
];

impl Clause<'_> {
    /// Menaces read from a word of them that tell the reader they are found: where they live,
    /// park or sleep known (`the reporter's car is parked on Elm Street every night`), a
    /// visit or a meeting promised (`we'll see how brave you are when we come knocking`).
    pub(super) fn found_by_word(&self, i: usize, commitment: Option<usize>) -> Option<usize> {
        match self.at(i) {
            // (`our lads know your husband's shifts`: the writer's own people.)
            "lads" | "boys" | "friends" | "mates" if i >= 1 && self.is(i - 1, &["our", "my"]) => {
                self.stalker_knows(i)
            }
            "i" | "we" => self
                .stalker_knows(i)
                .or_else(|| {
                    let from = commitment.filter(|&from| self.seq(from, &["be", "the", "last"]))?;
                    self.last_face_seen(from)
                })
                .or_else(|| self.shown_what_is_done(commitment?))
                .or_else(|| self.waiting_for_you(commitment?)),
            // `you'd be surprised how easy it is to find out where a journalist lives`.
            "easy" => {
                let find = (i + 1..i + 5).find(|&k| self.seq(k, &["find", "out", "where"]))?;
                let whom = find + 3;
                // (`a journalist`: one of the paper's people, whoever.)
                let person = if self.is(whom, &["a", "an"]) && self.is_people(whom + 1) {
                    2
                } else {
                    self.person(whom)
                };
                (person > 0 && self.is(whom + person, &["lives", "live", "sleeps", "parks"]))
                    .then_some(whom + person + 1)
            }
            // `watch what happens when your paper's van gets a little too close to our estate`.
            "watch" if i == 0 && self.seq(1, &["what", "happens", "when", "your"]) => {
                let ours = (5..self.len()).find(|&k| {
                    self.seq(k, &["too", "close", "to", "our"]) || self.seq(k, &["near", "our"])
                })?;
                Some(ours + 4)
            }
            // `the reporter's car is parked on Elm Street every night. It's a quiet street.`: a
            // person's whereabouts, then no one to see.
            // `your editor's kids walk home past my house every afternoon. Just saying.`: the
            // reader's people's way, by the writer's door, and a hint (not `... past my house,
            // they always wave`).
            "past"
                if self.at(i + 1) == "my"
                    && self.is(i + 2, &["house", "door", "flat", "place"]) =>
            {
                let theirs = (0..i).any(|k| {
                    self.is(
                        k,
                        &["kids", "children", "daughter", "son", "wife", "husband"],
                    ) && self.any_in(k.saturating_sub(3)..k, &["your", "his", "her"])
                });
                let routine = self.any_in(i + 3..self.len(), &["every", "each"]);
                let hinted = self
                    .followed_by(&[&["just", "saying"], &["just", "so", "you", "know"]])
                    || self.followed_by(UNSEEN);
                (theirs && routine && hinted).then(|| self.len())
            }
            // `the author should watch his back when he leaves the office tonight`: someone told
            // to fear being followed, at a time named (not `cyclists should watch their backs
            // on that junction`, `... his back when lifting`).
            "back"
                if i >= 2
                    && self.at(i - 2) == "watch"
                    && self.is(i - 1, &["his", "her", "their", "your"]) =>
            {
                let named = self.person_in(0..i - 2) || self.any_in(0..i - 2, &["you"]);
                let when = self.any_in(i + 1..self.len(), &["tonight", "leaves", "leave"]);
                (named && when && !self.any_in(i + 1..self.len(), &BACK_CARE)).then(|| self.len())
            }
            // `I'll wait outside your kid's school and have a little chat with him`: the
            // reader's child waited for (not `I'll wait outside the school to pick up my son`).
            "outside"
                if i >= 2
                    && self.at(i - 1) == "wait"
                    && self.at(i + 1) == "your"
                    && self.is(i + 2, &["kid", "kids", "son", "daughter", "children"])
                    && self.is(i + 3, &["school", "nursery", "house"]) =>
            {
                Some(i + 4)
            }
            "parked" => {
                let whose = (0..i).any(|k| self.at(k) == "your" || self.is_people(k));
                let nightly = (i..self.len()).any(|k| self.seq(k, &["every", "night"]));
                (whose && nightly && self.followed_by(UNSEEN)).then(|| self.len())
            }
            // `when the power goes out, the first thing we do is visit every hack at this
            // paper`: a visit promised for a day to come (not `the first thing we do is visit
            // the museum`).
            // (`the first thing we do is visit ...`, `... we'll do is visit ...`; not `... we did
            // was visit the neighbours`, what was done.)
            "visit"
                if (i.saturating_sub(6)..i).any(|k| {
                    self.seq(k, &["first", "thing", "we", "do"])
                        || self.seq(k, &["first", "thing", "we", "will", "do"])
                }) =>
            {
                let day = (0..i).any(|k| {
                    self.seq(k, &["when", "the"])
                        && self.is(k + 2, &["power", "lights", "day", "time", "revolution"])
                });
                (day && self.person(i + 1) > 0).then(|| i + 1 + self.person(i + 1))
            }
            // `a quick jab with a syringe and nobody would ever know, think about it editor`: a
            // poisoning no one would find out, put to a person (not `a quick jab with a syringe
            // and nobody would ever know it was a vaccine`).
            "know" if i >= 3 && self.seq(i - 3, &["nobody", "would", "ever"]) => {
                let means = self.any_in(0..i - 3, &["syringe", "needle", "poison", "pillow"])
                    || self.armed_in(0..i - 3);
                let put_to = self.any_in(i + 1..self.len(), &["editor", "journalist", "reporter"])
                    || self.seq(i + 1, &["think", "about", "it"]);
                (means && put_to && self.phrase_ends_before(i + 1)).then_some(i + 1)
            }
            // `the editor's kids go to St Mary's, just so everyone knows`: where a writer's
            // children are, told to all (not `..., just so everyone knows she isn't a
            // hypocrite`).
            "knows" | "know"
                if i >= 3
                    && self.seq(i - 3, &["just", "so", "everyone"])
                    && i + 1 == self.len() =>
            {
                let kids = ["kids", "children", "daughter", "son", "wife", "husband"];
                let told = (0..i - 3).find(|&k| {
                    self.is(k, &kids) && self.is(k + 1, &["go", "goes", "live", "lives"])
                });
                told.map(|_| i + 1)
            }
            // `say that to my face in the car park and see if you walk away`.
            "walk"
                if i >= 3
                    && self.seq(i - 3, &["see", "if", "you"])
                    && self.is(i + 1, &["away", "out", "home"]) =>
            {
                let dared = (0..i)
                    .any(|k| self.is(k, &["say", "said"]) && self.any_in(k + 1..k + 5, &["face"]));
                dared.then_some(i + 2)
            }
            // `look over your shoulder. We'll be there.`, `better start looking over your
            // shoulder`: the reader told to fear being followed (not `look over your shoulder
            // before pulling out`).
            // (`You'll be looking over your shoulder for the rest of your life`.)
            "look" | "looking"
                if self.seq(i + 1, &["over", "your", "shoulder"])
                    && (self.phrase_ends_before(i + 4)
                        || self.is(i + 4, &["from", "every", "for"])) =>
            {
                let for_life = self.seq(i + 4, &["for", "the", "rest", "of", "your", "life"]);
                let told = i > 0 && self.is(i - 1, &["start", "keep", "always"])
                    || self.followed_by(PRESENCE)
                    || for_life;
                told.then_some(if for_life { i + 10 } else { i + 4 })
            }
            // `let's see how tough you are when I'm standing in front of you`, `... when we
            // meet face to face`: the reader's nerve tested in the writer's presence.
            // (`We'll see how brave you are when there's no screen between us`: nothing
            // between the reader and the writer.)
            "when" if self.smug_before(i) => {
                let nothing_between = (i + 1..self.len()).find(|&k| {
                    self.at(k) == "no"
                        && self.is(k + 1, &["screen", "keyboard", "internet", "monitor"])
                        && self.seq(k + 2, &["between", "us"])
                });
                if let Some(k) = nothing_between {
                    return Some(k + 4);
                }
                let met = (i + 1..self.len()).find(|&k| {
                    self.seq(k, &["in", "front", "of", "you"])
                        || self.seq(k, &["face", "to", "face"])
                        || self.seq(k, &["in", "person"])
                })?;
                (self.any_in(i + 1..met, &["i", "we"])).then_some(met + 3)
            }
            // `you better start sleeping with the lights on`.
            "sleeping" => (self.seq(i + 1, &["with", "the", "lights", "on"])
                && self.any_in(i.saturating_sub(4)..i, &["better", "should"]))
            .then_some(i + 5),
            // `the day is coming when you'll answer for this with your blood`.
            "answer" | "pay" if self.at(i + 1) == "for" => {
                let with = (i + 2..i + 6).find(|&k| self.at(k) == "with")?;
                (self.is(with + 1, POSSESSIVES) && self.is(with + 2, &["blood", "life", "lives"]))
                    .then_some(with + 3)
            }
            // `we'll see how brave you are when we come knocking at 3am`.
            "knocking" if i > 0 && self.is(i - 1, &["come", "coming"]) => {
                let challenged = self.any_in(0..i, &["brave", "tough", "hard", "big"]);
                let at_night = self.any_in(i + 1..self.len(), &["night", "midnight", "3am", "am"]);
                (self.any_in(0..i, &["we", "they"]) && (challenged || at_night)).then_some(i + 1)
            }
            // (`... paid your office a visit ...`, read from `visit`: `paid` is too common a word
            // to start a reading at.)
            "visit" if i >= 4 && self.at(i - 4) == "paid" && self.at(i - 3) == "your" => {
                self.found_by_word(i - 4, commitment)
            }
            // `a few of us are going to pay your office a visit, bring a helmet`, `it's time
            // someone paid your office a visit with a can of petrol` (not `... with a cake`).
            "pay" | "paid" if self.at(i + 1) == "your" && self.seq(i + 3, &["a", "visit"]) => {
                let fire = [
                    "petrol", "gasoline", "matches", "lighter", "torch", "torches",
                ];
                let armed = self.any_in(i + 5..self.len(), &["helmet", "helmets"])
                    || self.any_in(0..i, &["few", "lads", "mates", "boys"])
                    || self.at(i + 5) == "with"
                        && (self.any_in(i + 6..i + 10, &fire)
                            || self.any_in(i + 6..i + 9, &WEAPON));
                armed.then_some(i + 5)
            }
            // `A few of us are going to pay the writer a visit. Lock your doors.` (not `... a
            // visit at the book fair. Bring your copy!`).
            // (`Someone should pay the author a visit and explain things properly`: a visit
            // called for, to "explain" as a beating is said; not `... and explain the new
            // rules to him`.)
            "pay" if self.at(i + 1) == "the" && self.seq(i + 3, &["a", "visit"]) => {
                let few = self.any_in(0..i, &["few", "lads", "mates", "boys"]);
                let called_for = self.any_in(i.saturating_sub(2)..i, &["should", "must"]);
                let explained = self.seq(i + 5, &["and", "explain"])
                    && self.is(i + 7, &["things", "it", "everything"])
                    && self.is(i + 8, &["properly", "clearly"])
                    && i + 9 == self.len();
                if called_for && self.is(i + 2, &ROLES) && explained {
                    return Some(i + 9);
                }
                (few && self.is(i + 2, &ROLES) && i + 5 == self.len() && self.followed_by(WARNINGS))
                    .then_some(i + 5)
            }
            // `one more article like this and your kids will be visiting you in hospital`.
            "visiting" | "visit" if self.seq(i + 1, &["you", "in"]) => {
                let hospital = i + 3 + usize::from(self.at(i + 3) == "the");
                self.is(hospital, &["hospital", "icu", "intensive"])
                    .then_some(hospital + 1)
            }
            // `somebody find out where this hack lives and pay him a visit with some friends`
            // (not `... and send him a card`).
            // (`Find out where she works and make her life hell`: where the person works, and
            // their life made a misery; not `... and make her a job offer`.)
            "find" if self.seq(i + 1, &["out", "where"]) => {
                let lives = self.first_in(i + 3..i + 8, &["lives", "live", "works", "work"])?;
                if let Some(k) = (lives + 1..self.len()).find(|&k| self.at(k) == "make") {
                    let made = k + 3 + 2 * usize::from(self.seq(k + 3, &["a", "living"]));
                    let hell = self.is(k + 1, &["her", "his", "their", "your"])
                        && self.at(k + 2) == "life"
                        && self.is(made, &["hell", "misery", "miserable", "nightmare"]);
                    if hell {
                        return Some(made + 1);
                    }
                }
                if self.is(lives, &["works", "work"]) {
                    return None;
                }
                let visit = (lives + 1..self.len()).find(|&k| {
                    self.at(k) == "pay"
                        && self.is(k + 1, &PRONOUNS)
                        && self.seq(k + 2, &["a", "visit"])
                })?;
                Some(visit + 4)
            }
            // `I hope we meet in a dark alley one day`, `I'll see you in a dark alley`, `I'd
            // love to see this columnist get what she deserves in a dark alley`: the writer's
            // hope or promise (not `I wouldn't want to meet him in a dark alley`).
            // (And `plenty of people would pay to see this editor get what he deserves, in a dark
            // alley`.)
            "dark" => {
                let alley = self.at(i + 1) == "alley" && i >= 2 && self.seq(i - 2, &["in", "a"]);
                let hoped = self.any_in(i.saturating_sub(9)..i, &["meet", "see", "catch"])
                    && self.any_in(i.saturating_sub(11)..i, &["hope", "will", "love", "would"])
                    && !self.any_in(i.saturating_sub(9)..i, &["not", "hate"]);
                let deserved = (0..i).any(|k| {
                    self.seq(k, &["get", "what"])
                        && self.is(k + 2, &["he", "she", "they", "you"])
                        && self.is(k + 3, &["deserves", "deserve"])
                });
                (alley && (hoped || deserved)).then_some(i + 2)
            }
            _ => None,
        }
    }

    /// `we know your kids' names`, `I know your wife's car`, `our lads know your husband's
    /// shifts`: what only a stalker learns of the reader's people, said and left there (not `we
    /// know your kids love the science pages`, `I know your wife's name from the wedding
    /// photos`).
    fn stalker_knows(&self, i: usize) -> Option<usize> {
        let known = [
            "names", "name", "school", "schools", "faces", "car", "routine", "shifts", "hours",
        ];
        // `we know which window is yours`.
        let which_is_yours = self.seq(i + 1, &["know", "which"])
            && self.is(
                i + 3,
                &["window", "car", "house", "door", "flat", "bed", "room"],
            )
            && self.seq(i + 4, &["is", "yours"]);
        if which_is_yours {
            return Some(i + 6);
        }
        // `we know ur address mate, see u soon`: the reader's address known, and a visit or a
        // warning after (not `we know your address, we'll post the prize`).
        let address = i + 3 + usize::from(self.at(i + 3) == "home");
        if self.seq(i + 1, &["know", "your"])
            && self.is(address, &["address", "postcode", "street"])
        {
            let warned = (address + 1..self.len())
                .any(|k| PRESENCE.iter().chain(WARNINGS).any(|w| self.seq(k, w)))
                || self.followed_by(PRESENCE)
                || self.followed_by(WARNINGS);
            return warned.then(|| self.len());
        }
        // `My mates and I have your number plate, drive safe`: the reader's car known, and a
        // warning after (not `we have your number plate on file, the parking permit is ready`).
        let had = i + 1 + usize::from(self.at(i + 1) == "have" && self.at(i + 2) == "got");
        if self.is(had, &["have", "got"]) && self.at(had + 1) == "your" {
            let plate = had + 2 + usize::from(self.at(had + 2) == "number");
            if self.is(plate, &["plate", "registration", "reg"]) {
                let warned = (plate + 1..self.len())
                    .any(|k| PRESENCE.iter().chain(WARNINGS).any(|w| self.seq(k, w)))
                    || self.followed_by(PRESENCE)
                    || self.followed_by(WARNINGS);
                return warned.then(|| self.len());
            }
        }
        // `I know what time your shift ends. Drive safe.`: the reader's hours known, and a
        // warning after (not `I know what time your shift ends, I'll have dinner ready`).
        if self.seq(i + 1, &["know", "what", "time"]) && self.any_in(i + 4..i + 6, &["your", "you"])
        {
            // (`I know what time your shift finishes, shop steward, and which gate you use`:
            // the way out known too.)
            let way_out = self.says_later(
                i + 4,
                &[
                    &["which", "gate", "you"],
                    &["which", "door", "you"],
                    &["which", "exit", "you"],
                    &["which", "entrance", "you"],
                ],
            );
            let warned = self.followed_by(PRESENCE) || self.followed_by(WARNINGS) || way_out;
            return warned.then(|| self.len());
        }
        // `We know what you drive, and we know when you drive it` (not `we know what you drive:
        // the blue bus on the 38`).
        if self.seq(i + 1, &["know", "what", "you", "drive"]) {
            let when = self.says_later(
                i + 5,
                &[
                    &["when", "you", "drive", "it"],
                    &["where", "you", "park", "it"],
                ],
            );
            return when.then(|| self.len());
        }
        // `I've seen your daughter's school run`, `we've watched your kids walk home`: the
        // reader's people followed (not `I've seen your daughter's school play`).
        let seen = i + 1 + usize::from(self.at(i + 1) == "have");
        if self.is(seen, &["seen", "watched", "followed", "clocked"])
            && self.is(seen + 1, &["your", "ur"])
            && self.is_people(seen + 2)
        {
            let route = (seen + 3..seen + 6).find_map(|k| {
                let len = [
                    &["school", "run"][..],
                    &["walk", "home"],
                    &["walk", "to", "school"],
                    &["bus", "stop"],
                    &["route", "home"],
                ]
                .iter()
                .find(|r| self.seq(k, r))?
                .len();
                Some(k + len)
            })?;
            return self.phrase_ends_before(route).then_some(route);
        }
        // `I know exactly which bus you take in the morning`: the reader's way known, said and
        // left there or followed by a warning (not `I know which bus you take, the 38, it
        // stops by the library`, nor `... take home; it's the one that's always late`).
        let which = i + 2 + usize::from(self.at(i + 2) == "exactly");
        // (`Tell the royal editor we know which train she takes to Windsor`: a message.)
        let told = self.said_back(i, 6, &["tell"]);
        if self.at(i + 1) == "know"
            && self.is(which, &["which", "what"])
            && self.is(which + 1, &["bus", "train", "route", "way", "tram"])
            && (self.at(which + 2) == "you" || told && self.is(which + 2, &["she", "he"]))
            && self.is(
                which + 3,
                &[
                    "take", "use", "catch", "walk", "drive", "takes", "uses", "catches",
                ],
            )
        {
            let end = which + 4;
            let when = [
                &["in", "the", "morning"][..],
                &["home"],
                &["to", "work"],
                &["every", "day"],
                &["at", "night"],
            ];
            // (`... she takes to Windsor`: where to, one word, in a message.)
            let close = when
                .iter()
                .find(|w| self.seq(end, w))
                .map_or(end, |w| end + w.len());
            let close = close + 2 * usize::from(told && close == end && self.at(end) == "to");
            let left_there = self.words_after().next().is_none()
                || self.followed_by(PRESENCE)
                || self.followed_by(WARNINGS);
            return (close == self.len() && left_there).then_some(close);
        }
        // `we know your route home`, `I know your way to work`: the reader's own way known,
        // said and left there (not `I know your route home is closed by the roadworks`).
        // (`we know your train home`.)
        if self.seq(i + 1, &["know", "your"])
            && self.is(i + 3, &["route", "way", "walk", "train", "bus"])
        {
            let end = if self.at(i + 4) == "home" {
                i + 5
            } else if self.seq(i + 4, &["to", "work"]) {
                i + 6
            } else {
                return None;
            };
            return self.phrase_ends_before(end).then_some(end);
        }
        (self.seq(i + 1, &["know", "your"])
            && self.is_people(i + 3)
            && self.is(i + 4, &known)
            && self.phrase_ends_before(i + 5))
        .then_some(i + 5)
    }
}
