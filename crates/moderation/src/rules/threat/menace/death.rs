//! Menaces read from a word of a death: an obituary, a grave, a coffin with the reader's
//! name on it.

use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};
use crate::rules::hate::YOUR_KIND;
use crate::rules::threat::harm::POSSESSIVES;

/// People by a name of scorn, left to die: `let the lardarses die`.
static LEFT_TO_DIE: Lexicon = Lexicon::new(
    "lardarses lardasses fatties fatsos wrinklies junkies crackheads smackheads boomers oldies",
);

/// A grave or a weapon with the reader's name on it.
static GRAVES: Lexicon =
    Lexicon::new("shovel spade woodland grave plot hole bullet coffin ditch noose");

impl Clause<'_> {
    /// Menaces read from a word of them that wish, foretell or recall a death: the reader's
    /// (`can't wait to read your obituary`, `a rope and a tree with your name on it`) or a
    /// people's (`your kind ended up in ovens once`, `time for another purge`).
    pub(super) fn death_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `people like you used to disappear in the night, and I miss those days`.
            "used" => self.vanished_and_missed(i),
            // `Bomb them all back to the stone age and let God sort them out`: people bombed (not
            // `the budget cuts bombed the libraries back to the stone age`).
            "stone"
                if self.at(i + 1) == "age" && i >= 3 && self.seq(i - 3, &["back", "to", "the"]) =>
            {
                let bombed = (0..i - 3).find(|&k| self.is(k, &["bomb", "nuke", "bombed", "nuked"]));
                bombed
                    .filter(|&k| {
                        self.is(k + 1, &["them", "him", "her", "you"]) || self.person(k + 1) > 0
                    })
                    .map(|_| i + 2)
            }
            // `Nuke Tehran and be done with it` (not `nuke the leftovers for a minute`).
            "nuke" if self.closes_with(i + 2, &["and", "be", "done", "with", "it"]) => {
                Some(self.len())
            }
            // `This DJ's mixes are as dead as he'll be if he plays that song again`: a death
            // likened and promised on a condition.
            "dead" if i >= 1 && self.at(i - 1) == "as" && self.at(i + 1) == "as" => (self
                .is(i + 2, &["he", "she", "you", "they"])
                && self.seq(i + 3, &["will", "be", "if"]))
            .then_some(i + 6),
            // `fat people don't deserve treatment, let the lardarses die`: people left to die
            // (not `let the battery die`, `let the story die`).
            "die" if i + 1 == self.len() || self.phrase_ends_before(i + 1) => {
                let let_ = (i.saturating_sub(4)..i).find(|&k| self.at(k) == "let")?;
                let whom =
                    let_ + 1 + usize::from(self.is(let_ + 1, &["the", "those", "these", "all"]));
                let people = (whom..i).any(|k| self.person(k) > 0 || self.is_people(k))
                    || whom + 1 == i && self.is(whom, &*IDENTITIES)
                    || whom + 1 == i && self.is(whom, &LEFT_TO_DIE);
                people.then_some(i + 1)
            }
            // `the people who wrote this will be the first against the wall` (not `the
            // marketing division will be first against the wall`, said of no one).
            "wall" if i >= 3 && self.seq(i - 3, &["first", "against", "the"]) => {
                (self.person_in(0..i - 3) || self.any_in(0..i - 3, &["you", "they"]))
                    .then_some(i + 1)
            }
            // `I'd sooner see him in a box`: a coffin wished (not `... in a box at the theatre`).
            "box" if i >= 4 && self.seq(i - 2, &["in", "a"]) && i + 1 == self.len() => {
                let seen = (i.saturating_sub(5)..i - 2).find(|&k| self.at(k) == "see")?;
                let wished = self.any_in(0..seen, &["sooner", "rather", "love", "like"]);
                (wished && self.person(seen + 1) > 0).then_some(i + 1)
            }
            // `if the jury lets him walk, the street will deliver its own verdict`: justice
            // done by a mob (not `the voters will deliver their own verdict`).
            "verdict" | "justice"
                if i >= 4
                    && self.is(i - 2, &["its", "their"])
                    && self.at(i - 1) == "own"
                    && self.any_in(0..i - 2, &["street", "streets", "mob"])
                    && self.any_in(0..i - 2, &["if", "when"]) =>
            {
                Some(i + 1)
            }
            // `shame the author won't live to see the next one`: the writer's end foretold
            // (not `my grandfather won't live to see the new bridge`).
            "live"
                if i >= 3
                    && self.seq(i - 2, &["will", "not"])
                    && self.seq(i + 1, &["to", "see"]) =>
            {
                let writer = [
                    "author",
                    "editor",
                    "columnist",
                    "journalist",
                    "reporter",
                    "writer",
                ];
                let subject = self.at(i - 3) == "you" || self.is(i - 3, &writer);
                subject.then_some(i + 3)
            }
            // `the next time you write about us, make sure your will is up to date`.
            "date"
                if i >= 7
                    && self.seq(i - 7, &["make", "sure", "your", "will", "is", "up", "to"]) =>
            {
                let written = (0..i - 7).any(|k| {
                    self.seq(k, &["next", "time", "you"])
                        && self.is(k + 3, &["write", "post", "publish", "print"])
                }) || self.kept_up_before(i);
                written.then_some(i + 1)
            }
            // `one of these nights the lights in your flat won't come back on, and neither
            // will you`: the reader's end, said after a thing's (not `..., and neither will
            // the heating`).
            "neither" if self.seq(i + 1, &["will", "you"]) && i + 3 == self.len() => {
                let gone = ["come", "wake", "make", "get", "walk", "go"];
                let first = (0..i).any(|k| self.seq(k, &["will", "not"]) && self.is(k + 2, &gone));
                first.then_some(i + 3)
            }
            // `this is your final warning before we stop warning`: what comes after warnings.
            "warning" => {
                let yours =
                    i >= 2 && self.at(i - 2) == "your" && self.is(i - 1, &["final", "last"]);
                (yours && self.seq(i + 1, &["before", "we", "stop"])).then_some(i + 4)
            }
            // `your name's on the list, along with everyone who sided with you`: a list of
            // those to be dealt with (not `your name is on the guest list`).
            // (`your name's` is read `your name`.)
            "list"
                if i >= 4
                    && (self.seq(i - 4, &["your", "name", "on", "the"])
                        || i >= 5 && self.seq(i - 5, &["your", "name", "is", "on", "the"])) =>
            {
                (self.seq(i + 1, &["along", "with"])
                    && self.is(i + 3, &["everyone", "everybody", "all"]))
                .then_some(i + 4)
            }
            // `this town would be a better place with a few less journalists breathing in it`
            // (not `... with fewer children breathing polluted air`).
            "breathing" => {
                let fewer = i >= 2
                    && self.is_people(i - 1)
                    && self.any_in(i.saturating_sub(5)..i - 1, &["fewer", "less"]);
                let closes = self.phrase_ends_before(i + 1)
                    || self.seq(i + 1, &["in", "it"])
                    || self.seq(i + 1, &["on", "this"]);
                (fewer && closes).then_some(i + 1)
            }
            // `your kind ended up in ovens once`: the reader's people's murder, recalled at the
            // reader (not `millions ended up in the ovens of Auschwitz`, history told).
            "ovens" | "oven" if i >= 1 && self.is(i - 1, &["in", "into", "the"]) => {
                let kind = (0..i.saturating_sub(1)).any(|k| {
                    self.seq(k, &["your", "kind"])
                        || self.seq(k, &["your", "lot"])
                        || self.seq(k, &["like", "you"])
                });
                kind.then_some(i + 1)
            }
            // `lining these politicians up against a wall`: an execution.
            "lining" | "line" => {
                let up = i + 1 + self.person(i + 1);
                (self.person(i + 1) > 0
                    && self.seq(up, &["up", "against"])
                    && self.is(up + 2, &["a", "the"])
                    && self.at(up + 3) == "wall")
                    .then_some(up + 4)
            }
            "imagine" | "picture" | "fantasize" | "fantasise" => self.daydream_of_death(i),
            // `the only good commie is a dead commie`, `... is one six feet under`.
            "only" if i > 0 && self.at(i - 1) == "the" && self.at(i + 1) == "good" => {
                let is = (i + 3..i + 5).find(|&k| self.at(k) == "is")?;
                let one = is + 1 + usize::from(self.is(is + 1, &["a", "one"]));
                (self.at(one) == "dead" || self.seq(one, &["six", "feet", "under"]))
                    .then_some(one + 1)
            }
            // `the last journalist who wrote something like this had a nasty fall down the
            // stairs`, `remember what happened to the last editor who crossed us`.
            // (Not `the last journalist who covered this beat had a nasty fall at the office
            // party`: what the last one did is what the reader does.)
            "last" if self.person(i + 1) > 0 && self.at(i + 1 + self.person(i + 1)) == "who" => {
                let who = i + 1 + self.person(i + 1);
                let crossed = [
                    "wrote",
                    "crossed",
                    "dared",
                    "criticised",
                    "criticized",
                    "mocked",
                ];
                let befell = self.seq(i.saturating_sub(3), &["happened", "to", "the"])
                    || self.is(who + 1, &crossed)
                        && (who + 1..self.len()).any(|k| {
                            self.at(k) == "had"
                                && (k + 1..k + 5).any(|j| self.is(j, &["fall", "accident"]))
                        });
                befell.then(|| self.len())
            }
            "shame" | "pity" | "tragedy" | "tragic" => self.regretted(i),
            // `keep talking and you'll need dental records to be identified`: the reader's
            // body past knowing (not `the victims were identified by dental records`).
            "dental" => (self.at(i + 1) == "records"
                && self.any_in(0..i, &["you", "your"])
                && self.any_in(i + 2..self.len(), &["identified", "identify"]))
            .then(|| self.len()),
            // `I'd hate for anything to happen to that pretty face of yours`: harm to what is
            // the reader's, regretted before it comes, closing the clause (not `... to that
            // old bridge in the photo`).
            "yours" if i >= 2 && self.at(i - 1) == "of" && i + 1 == self.len() => {
                let befalls = (0..i).any(|k| {
                    self.seq(k, &["to", "happen", "to", "that"])
                        || self.seq(k, &["happened", "to", "that"])
                });
                (befalls && self.any_in(0..i, &["hate", "shame", "pity"])).then_some(i + 1)
            }
            // `you'll get yours soon enough, and I'll be there to watch`: the reader's turn
            // (not `you'll get yours in the post`).
            "yours"
                if i >= 3
                    && self.seq(i - 3, &["you", "will", "get"])
                    && (self.seq(i + 1, &["soon", "enough"])
                        || self.seq(i + 1, &["one", "day"])
                        || i + 1 == self.len()) =>
            {
                Some(i + 1)
            }
            // `... get what's coming to them, and yours is coming`: the reader's turn foretold.
            "yours" if self.seq(i + 1, &["is", "coming"]) => {
                let mut before = self.words_back_from(i);
                before.any(|w| w == "coming").then_some(i + 3)
            }
            // `the day you get what you deserve I'll throw a party`: the reader's harm
            // celebrated in advance (not `the day you retire I'll throw a party`).
            // (And `the day your editor dies I'm throwing a party`: a death looked forward to;
            // not `the day my editor retires ...`.)
            "day" => {
                let deserved = self.seq(i + 1, &["you", "get", "what", "you", "deserve"]);
                let dies = (i + 1..i + 5).find(|&k| self.is(k, &["dies", "die"]));
                let someone_dies = dies.is_some_and(|k| {
                    self.is(i + 1, &["you", "your", "he", "she", "the", "this", "that"])
                        && (self.person_in(i + 1..k) || self.is(i + 1, &["you", "he", "she"]))
                });
                if !deserved && !someone_dies {
                    return None;
                }
                let party = (i + 3..self.len()).find(|&k| {
                    self.seq(k, &["throw", "a", "party"])
                        || self.seq(k, &["throwing", "a", "party"])
                        || self.is(k, &["celebrate", "champagne"])
                })?;
                Some(party + 1)
            }
            // `get a rope and save us all the trouble`, `just get a rope.`: told at the
            // clause's start to hang oneself (not `get a rope for the tent`).
            "rope"
                if i >= 2
                    && self.seq(i - 2, &["get", "a"])
                    && (i == 2 || i == 3 && self.is(0, &["just", "go"])) =>
            {
                let spared = self.at(i + 1) == "and"
                    && self.is(i + 2, &["save", "spare", "do", "end", "finish"]);
                (i + 1 == self.len() || spared).then_some(i + 1)
            }
            // `your head belongs on a spike`, `his head should be on a pike outside the
            // newsroom` (not `the rebel's head was put on a pike in 1685`).
            "spike" | "pike" | "spikes" | "pikes" if i >= 4 && self.seq(i - 2, &["on", "a"]) => {
                let head = self.first_in(i.saturating_sub(6)..i - 2, &["head", "heads"])?;
                let wished = self.any_in(
                    head + 1..i - 2,
                    &[
                        "belongs", "belong", "should", "would", "will", "deserves", "needs",
                    ],
                );
                (wished && head > 0 && self.is(head - 1, POSSESSIVES)).then_some(i + 1)
            }
            // `I've got a bullet with your name on it`, `a rope and a tree with your name on
            // it`; not `a mug with your name on it`.
            // `... and a rope around your neck` (not `a rope around your waist`).
            "rope" | "noose"
                if self.is(i + 1, &["around", "round"]) && self.seq(i + 2, &["your", "neck"]) =>
            {
                Some(i + 4)
            }
            // `if the courts won't deal with these traitors, the people will, with rope`: a
            // lynching promised (not `the climbers will cross the ridge with rope`).
            "rope" | "ropes" | "pitchforks"
                if i >= 3
                    && self.at(i - 1) == "with"
                    && self.any_in(i.saturating_sub(3)..i - 1, &["will"])
                    && (0..i).any(|k| self.seq(k, &["deal", "with"]))
                    && self.person_in(0..i - 1) =>
            {
                Some(i + 1)
            }
            // `I'll happily dance on your grave, and it won't be long` (not `... dance on your
            // grave when you're ninety, you old goat`: a death not hurried).
            "grave"
                if i >= 3
                    && self.seq(i - 3, &["dance", "on", "your"])
                    && (i + 1..self.len()).any(|k| self.seq(k, &["will", "not", "be", "long"])) =>
            {
                Some(self.len())
            }
            "bullet" | "bullets" | "rope" | "noose" | "grave" | "coffin" | "tree" | "casket"
            | "cleaver" | "knife" | "blade" | "axe" => {
                let with =
                    (i + 1..i + 6).find(|&k| self.seq(k, &["with", "your", "name", "on", "it"]));
                with.map(|k| k + 5).or_else(|| self.rope_handed(i))
            }
            // `feed the reporter to the pigs`.
            "feed" => {
                let to = i + 1 + self.person(i + 1);
                (self.person(i + 1) > 0
                    && self.seq(to, &["to", "the"])
                    && self.is(
                        to + 2,
                        &[
                            "pigs",
                            "sharks",
                            "dogs",
                            "crocodiles",
                            "lions",
                            "wolves",
                            "fishes",
                        ],
                    ))
                .then_some(to + 3)
            }
            // `a quiet patch of woodland with your name on it`, `a bullet with your name on
            // it`: a grave or a weapon meant for the reader (not `a cake with your name on it`).
            "name" => (i >= 2
                && self.seq(i - 2, &["with", "your"])
                && self.seq(i + 1, &["on", "it"])
                && self.any_in(0..i - 2, &GRAVES))
            .then_some(i + 3),
            // `keep talking, I've got a shovel and a lot of woodland nearby`: a burial readied
            // for what the reader keeps doing (not `we've got a shovel and a lot of woodland to
            // clear this weekend`).
            "shovel" | "spade" => {
                let had = self.any_in(i.saturating_sub(4)..i, &["got", "have", "has"]);
                let woods = self.any_in(
                    i + 1..self.len(),
                    &["woodland", "woods", "forest", "moor", "moors"],
                );
                let kept = self.said_back(i, 10, &["keep"]);
                (had && woods && kept).then(|| self.len())
            }
            // `line the whole newsroom up and let the firing squad sort it out`.
            "firing" => (self.at(i + 1) == "squad"
                && (i >= 2 && self.seq(i - 2, &["let", "the"])
                    || self.any_in(0..i, &["line", "lining"])
                    // `these traitors should face a firing squad at dawn`.
                    || i >= 2
                        && self.seq(i - 2, &["face", "a"])
                        && self.any_in(0..i - 2, &["should", "must", "deserve", "deserves"])))
            .then_some(i + 2),
            // `when they find you in the boot of your own car`: the reader's body found.
            // (`a journalist like you would fit nicely in the boot of my car`: the reader
            // carried off, not `your suitcase would fit in the boot of my car`.)
            "boot" | "trunk" => {
                let placed = i >= 2 && self.seq(i - 2, &["in", "the"]) && self.at(i + 1) == "of";
                let before = i.saturating_sub(6)..i.saturating_sub(2);
                let found = self.any_in(before.clone(), &["find", "finds", "found"])
                    && self.any_in(before.clone(), &["you", "him", "her"]);
                let fits = self.any_in(before, &["fit", "fits"])
                    && self.is(i + 2, &["my", "our"])
                    && (self.any_in(0..i, &["you", "him", "her"]) || self.person_in(0..i));
                (placed && (found || fits)).then_some(i + 1)
            }
            // `keep it up and your next byline will be on a headstone`: the reader's name carved
            // (not `her name is on a headstone in the village churchyard`, said of the dead).
            "headstone" | "gravestone" | "tombstone"
                if i >= 2 && self.seq(i - 2, &["on", "a"]) && self.any_in(0..i - 2, &["your"]) =>
            {
                let carved = self.any_in(0..i - 2, &["byline", "name"])
                    && self.any_in(0..i - 2, &["will", "next"]);
                carved.then_some(i + 1)
            }
            // `count your days, scribbler`: the reader's days numbered (not `count your days of
            // leave`).
            "count"
                if self.seq(i + 1, &["your", "days"])
                    && (i + 3 == self.len() || self.phrase_ends_before(i + 3)) =>
            {
                Some(i + 3)
            }
            // `the world will be a better place the day your heart stops`: a death awaited
            // (not `the day your heart stops racing, you'll know it was love`).
            "heart"
                if i >= 1
                    && self.at(i - 1) == "your"
                    && self.is(i + 1, &["stops", "stopped"])
                    && i + 2 == self.len() =>
            {
                let awaited = [
                    "better",
                    "celebrate",
                    "party",
                    "wait",
                    "glad",
                    "happy",
                    "dance",
                ];
                self.any_in(0..i - 1, &awaited).then_some(i + 2)
            }
            // `someone will have shut your mouth for good`: silenced for ever.
            "shut" => (self.is(i + 1, &["your", "his", "her"])
                && self.is(i + 2, &["mouth", "trap"])
                && self.seq(i + 3, &["for", "good"]))
            .then_some(i + 5),
            // `with the editor tied to it`: a person bound to what is burnt or sunk.
            // (And `you'd look better with a brick tied to your feet`: drowned.)
            "tied" => {
                let to_it = self.seq(i + 1, &["to", "it"])
                    && (i.saturating_sub(3)..i).any(|k| self.person(k) > 0)
                    && (0..i).any(|k| self.harm_verb(k));
                let weighted = i >= 1
                    && self.is(
                        i - 1,
                        &[
                            "brick", "bricks", "rock", "rocks", "anchor", "weights", "weight",
                            "block",
                        ],
                    )
                    && self.seq(i + 1, &["to", "your"])
                    && self.is(i + 3, &["feet", "ankles", "legs", "neck"]);
                if weighted {
                    Some(i + 4)
                } else {
                    to_it.then_some(i + 3)
                }
            }
            // `you're going in the river wearing concrete boots`.
            // (Someone's: not `concrete shoes are a cliché of old gangster films`.)
            "concrete" => (self.is(i + 1, &["boots", "shoes", "overcoat", "slippers"])
                && !self.phrase_ends_before(i + 1)
                && (self.person_in(0..i) || self.any_in(0..i, &["you", "your"])))
            .then_some(i + 2),
            // `I want to see the mayor swinging from the town hall balcony` (not `... the kids
            // swinging from the monkey bars`).
            // (`can't wait for the day this traitor swings from a lamppost`: a hanging awaited,
            // not `... the kids swing from the new tree`.)
            "swinging" | "swings" | "swing" => {
                let gallows = ["rope", "lamppost", "gallows", "noose"];
                let awaited = self.any_in(0..i, &["see", "watch"])
                    && self.any_in(
                        i + 2..i + 6,
                        &[
                            "tree", "balcony", "bridge", "rope", "lamppost", "gallows", "noose",
                        ],
                    )
                    || self.any_in(0..i, &["wait", "day"]) && self.any_in(i + 2..i + 6, &gallows);
                (self.at(i + 1) == "from"
                    && (i.saturating_sub(3)..i).any(|k| self.person(k) > 0)
                    && awaited)
                    .then_some(i + 6)
            }
            // `time for another purge`: a group's killing called for (not `a purge of my
            // wardrobe`); `time for a purge of these traitors`, the people named; `people like
            // you are the reason we need a purge`, the reader's kind the reason (not `the party
            // needs a purge`).
            "purge" | "pogrom" | "holocaust" => {
                let called = i >= 3 && self.is(i - 1, &["another", "a", "the"]);
                let time_for = called && self.seq(i - 3, &["time", "for"]);
                let needed = called && self.is(i - 2, &["need", "needs"]);
                let people = if self.at(i + 1) == "of" {
                    self.person(i + 2)
                } else {
                    0
                };
                let your_kind = self.seq(0, &["people", "like", "you"])
                    || YOUR_KIND.iter().any(|kind| self.seq(0, kind));
                let closing = i + 1 == self.len();
                if time_for && people > 0 {
                    Some(i + 2 + people)
                } else {
                    (closing && (time_for || needed && your_kind)).then_some(i + 1)
                }
            }
            // `can't wait to read your obituary`, `looking forward to your obituary`: the
            // reader's death awaited (not `your obituary of the poet`).
            // (`print one more word about my brother and you'll be reading your own obituary`:
            // the reader's death foretold, closing the clause.)
            "obituary" | "obituaries" => {
                let own = i >= 2 && self.seq(i - 2, &["your", "own"]);
                let foretold = own
                    && i + 1 == self.len()
                    && self.any_in(i.saturating_sub(6)..i - 2, &["reading", "read", "writing"])
                    && self.any_in(0..i - 2, &["you"]);
                (foretold
                    || i >= 1
                        && self.at(i - 1) == "your"
                        && !self.is(i + 1, &["of", "for", "about", "on"])
                        && (self.any_in(0..i, &["wait"])
                            && self.any_in(0..i, &["not", "cannot", "cant"])
                            || self.any_in(0..i, &["forward"])))
                .then_some(i + 1)
            }
            _ => None,
        }
    }
}
