//! Menaces said in plain words, with no violent verb nor a menace's stock phrase: a death
//! wished, the reader watched, the writer coming, the reader's end foretold.

use super::hinted::KIN;
use super::{PLACES, PRESENCE, WARNINGS};
use crate::rules::clauses::Clause;
use crate::rules::harassment::PET_NAMES;
use crate::rules::threat::harm::ROLES;

impl Clause<'_> {
    /// `I imagine you bleeding out`, `I picture him hanging`: the writer's daydream of a
    /// person's death (not `I imagine you dying of boredom`, `picture him hanging the new
    /// curtains`).
    pub(super) fn daydream_of_death(&self, i: usize) -> Option<usize> {
        let whom = i + 1 + usize::from(self.at(i + 1) == "about");
        let dying = whom + self.person(whom);
        let dies = ["bleeding", "dying", "dead", "burning", "hanging", "choking"];
        let object = ["the", "a", "an", "his", "her", "my", "some", "up", "of"];
        (dying > whom && self.is(dying, &dies) && !self.is(dying + 1, &object)).then_some(dying + 1)
    }

    /// Menaces said in plain words, with no violent verb nor a menace's stock phrase: a death
    /// wished ([`Clause::death_wished`]), the reader watched ([`Clause::watched`]), the writer
    /// coming ([`Clause::coming_for`]), the reader's end foretold ([`Clause::foretold`]).
    pub(super) fn said_plainly(&self, i: usize) -> Option<usize> {
        self.death_wished(i)
            .or_else(|| self.watched(i))
            .or_else(|| self.coming_for(i))
            .or_else(|| self.foretold(i))
    }

    /// A death wished on someone, in plain words: `the only good journalist is a dead one`,
    /// `there's a special place in hell for you, and I'd happily book your ticket`, `plenty of
    /// lamp posts in this town for traitors like you`, `go find a nice quiet motorway to lie down
    /// on`, `the sooner the author dies, the better`.
    fn death_wished(&self, i: usize) -> Option<usize> {
        // `the only good journalist is a dead one`, `... is an unemployed one, and a dead one
        // is even better` (not `the only good journalist is a curious one`).
        // (And `the only decent landlord is one in a body bag`, whoever it is said of.)
        if self.at(i) == "only" && self.is(i + 1, &["good", "decent"]) {
            let person = self.person(i + 2);
            let after = i + 2 + person.max(1);
            let dead = (after..self.len()).find_map(|k| {
                if self.seq(k, &["dead", "one"]) && person > 0 {
                    Some(k + 2)
                } else {
                    let bagged = self.seq(k, &["one", "in", "a"])
                        && self.is(k + 3, &["body", "coffin", "box", "grave"]);
                    bagged.then_some(k + 4 + usize::from(self.at(k + 4) == "bag"))
                }
            });
            if dead.is_some() {
                return dead;
            }
        }
        // `there's a special place in hell for you, and I'd happily book your ticket`.
        if self.seq(i, &["book", "your", "ticket"]) && self.any_in(0..i, &["hell"]) {
            return Some(i + 3);
        }
        // `there are plenty of lamp posts in this town for traitors like you`.
        if self.at(i) == "lampposts" || self.seq(i, &["lamp", "posts"]) {
            let like_you = (i + 2..self.len()).find(|&k| self.seq(k, &["like", "you"]));
            if let Some(k) = like_you.filter(|&k| self.any_in(i..k, &["for"])) {
                return Some(k + 2);
            }
        }
        // `go find a nice quiet motorway to lie down on`.
        if self.seq(i, &["motorway", "to", "lie", "down"]) && self.any_in(0..i, &["go", "find"]) {
            return Some(i + 4);
        }
        // `The sooner the author dies, the better.`: a person's death hoped for (not `the
        // sooner this law dies, the better`).
        if self.at(i) == "sooner" && i > 0 && self.at(i - 1) == "the" && self.person(i + 1) > 0 {
            let dies = i + 1 + self.person(i + 1);
            let one_word = usize::from(self.is(dies, &["dies", "die", "croaks", "croak"]));
            let two_words = ["is", "are", "drops"]
                .iter()
                .any(|&w| self.seq(dies, &[w, "dead"]));
            // `the sooner your sort are rounded up, the better`.
            let rounded_up =
                self.is(dies, &["is", "are"]) && self.seq(dies + 1, &["rounded", "up"]);
            let end = dies + one_word + 2 * usize::from(two_words) + 3 * usize::from(rounded_up);
            if end > dies
                && (self.seq(end, &["the", "better"]) || self.followed_by(&[&["the", "better"]]))
            {
                return Some(end);
            }
        }
        None
    }

    /// The reader watched, found or kept track of: `somebody find out which train she takes
    /// home`, `we've got people at your office`, `we've got your number plate`, `I've
    /// screenshotted your kids' photos`, `we're watching your house`, `we have your address ...
    /// See you soon.`, `guess who's outside your house`.
    fn watched(&self, i: usize) -> Option<usize> {
        // `somebody find out which train she takes home`: where someone is to be found.
        if self.seq(i, &["find", "out"])
            && self.is(i + 2, &["which", "what"])
            && self.is(i + 3, &["train", "bus", "route", "way"])
            && self.is(i + 4, &["she", "he", "you", "they"])
            && self.is(i + 5, &["takes", "take"])
            && self.at(i + 6) == "home"
        {
            return Some(i + 7);
        }
        // `We've got people at your office, smile for the camera.`: the writer's people where
        // the reader works or lives, and nothing said of why.
        if self.is(i, &["we", "i"]) && self.at(i + 1) == "have" {
            let people = i + 2 + usize::from(self.at(i + 2) == "got");
            let place = people + 3;
            if self.at(people) == "people"
                && self.is(people + 1, &["at", "outside"])
                && self.is(people + 2, &["your", "ur"])
                && (self.is(place, &PLACES) || self.is(place, &["door", "school"]))
                && self.phrase_ends_before(place + 1)
            {
                return Some(place + 1);
            }
        }
        // `We've got your number plate, enjoy the drive home.`, `I've got your plate number,
        // enjoy your drive home.`
        if self.is(i, &["we", "i"]) && self.at(i + 1) == "have" {
            let yours = i + 2 + usize::from(self.at(i + 2) == "got");
            let plate = [
                &["your", "number", "plate"][..],
                &["your", "plate", "number"],
                &["your", "licence", "plate"],
                &["your", "license", "plate"],
                &["your", "registration"],
            ]
            .into_iter()
            .find(|words| self.seq(yours, words));
            if let Some(end) = plate.map(|words| yours + words.len()) {
                let drive = self.at(end) == "enjoy"
                    && self.is(end + 1, &["the", "your"])
                    && self.at(end + 2) == "drive";
                if self.phrase_ends_before(end) && (end == self.len() || drive) {
                    return Some(self.len());
                }
            }
        }
        // `I've screenshotted your kids' photos from your Instagram.`: the reader's children
        // kept by the writer.
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "have" && self.at(i + 2) == "screenshotted"
        {
            let kids = (i + 3..i + 6).find(|&k| {
                self.is(k, &["kids", "children", "daughter", "son", "family"])
                    && self.at(k - 1) == "your"
            });
            if let Some(k) = kids {
                return Some(k + 1 + usize::from(self.is(k + 1, &["photos", "pictures", "pics"])));
            }
        }
        // `We're watching your house.`, `I am watching your kids`, closing the clause (not `we
        // are watching your house while you're away`).
        // (`We'll be watching your kids at the school gates.`)
        let be = i + 1 + usize::from(self.seq(i + 1, &["will", "be"]));
        let watched = i + 3 + (be - i - 1);
        if self.is(i, &["we", "i"])
            && (be > i + 1 || self.is(i + 1, &["are", "am"]))
            && self.at(be + 1) == "watching"
            && self.at(watched) == "your"
            && self.is(
                watched + 1,
                &[
                    "house", "home", "kids", "children", "family", "office", "flat",
                ],
            )
        {
            let end = watched + 2;
            let at_school =
                self.seq(end, &["at", "the", "school"]) || self.seq(end, &["at", "school"]);
            if end == self.len() || at_school {
                return Some(self.len());
            }
        }
        // `Your address took me five minutes to find. Sleep well.`, `It took us a minute to
        // find your address. See you soon.`: the reader's home found, and a warning or a
        // visit after (not `your address took me ages to find, the parcel is on its way`).
        let home = ["address", "house", "home", "flat", "postcode"];
        let found_home = self.is(i, &["your", "ur"])
            && self.is(i + 1, &home)
            && self.at(i + 2) == "took"
            && self.seq(self.len().saturating_sub(2), &["to", "find"])
            || self.seq(i, &["find", "your"]) && self.is(i + 2, &home) && i + 3 == self.len();
        if found_home && (self.followed_by(WARNINGS) || self.followed_by(PRESENCE)) {
            return Some(self.len());
        }
        // `One day you'll open your front door and we'll be standing there.`: the writer at
        // the reader's door (not `... and the sun will be shining`).
        if self.is(i, &["we", "i"])
            && self.seq(i + 1, &["will", "be"])
            && self.is(i + 3, &["standing", "waiting", "there"])
            && self.at(self.len() - 1) == "there"
        {
            let door = (0..i).any(|k| {
                self.is(k, &["open", "opens", "answer", "answers"])
                    && self.is(k + 1, &["your", "ur"])
                    && self.any_in(k + 2..k + 4, &["door"])
            });
            if door {
                return Some(self.len());
            }
        }
        // `We have your number, your address and your car. See you soon.`
        if self.is(i, &["we", "i"])
            && self.seq(i + 1, &["have", "your"])
            && self.any_in(i + 3..self.len(), &["address", "car", "number"])
            && self.followed_by(&[&["see", "you", "soon"]])
        {
            return Some(self.len());
        }
        // `Knock knock. Guess who's outside your house.`, closing the clause: not `guess who's
        // outside your house with a pizza`.
        if self.seq(i, &["guess", "who"]) {
            let at = i + 2 + usize::from(self.at(i + 2) == "is");
            let place = at + 2;
            if self.at(at) == "outside"
                && self.at(at + 1) == "your"
                && self.is(place, &PLACES)
                && place + 1 == self.len()
            {
                return Some(place + 1);
            }
        }
        None
    }

    /// The writer coming for the reader, or what the writer would do: `five minutes alone with
    /// this clown in a dark room`, `if I ever meet this journalist, he won't walk away from it`,
    /// `we'll be waiting in the car park when your shift ends`, `I'd gladly do time for you`,
    /// `what I'd do to you with my belt`, `how brave you are when we're standing in your
    /// kitchen`, `or we will delete you`, `my hands around that skinny neck of yours`.
    fn coming_for(&self, i: usize) -> Option<usize> {
        // `I'd love to have five minutes alone with this clown in a dark room` (not `... with
        // this author to ask about her research`).
        // (Read from `alone`, a rarer word than `minutes`.)
        // (`I'd love five minutes alone in a room with the author, no witnesses`: the room
        // before the person.)
        let with = i + 1 + 3 * usize::from(self.seq(i + 1, &["in", "a", "room"]));
        if self.at(i) == "alone" && self.at(with) == "with" && i > 0 && self.at(i - 1) == "minutes"
        {
            let whom = with + 1;
            let them = whom + usize::from(self.is(whom, &["this", "that", "the"]));
            let dark = (them + 1..them + 3).find(|&k| {
                self.seq(k, &["in", "a", "dark"]) && self.is(k + 3, &["room", "alley", "cell"])
            });
            if let Some(k) = dark {
                return Some(k + 4);
            }
            let person = self.person(whom);
            if person > 0 && self.phrase_ends_before(whom + person) {
                return Some(whom + person);
            }
        }
        // `I'd love five minutes in a locked room with that judge` (not `... in a meeting room
        // with that judge to ask about her career`).
        if self.at(i) == "locked"
            && i >= 3
            && self.seq(i - 3, &["minutes", "in", "a"])
            && self.at(i + 1) == "room"
            && self.at(i + 2) == "with"
        {
            let whom = i + 3;
            let them = whom + usize::from(self.is(whom, &["this", "that", "the"]));
            let person = self.person(whom).max(self.person(them) + them - whom);
            if person > 0 && self.phrase_ends_before(whom + person) {
                return Some(whom + person);
            }
        }
        // `If I ever meet this journalist, he won't walk away from it.`: whoever the writer
        // meets harmed, closing the clause (not `... he won't walk away without a hug`).
        if self.seq(i, &["walk", "away"])
            && i >= 2
            && self.at(i - 1) == "not"
            && self.is(i - 2, &["will", "would"])
            && (i + 2 == self.len() || self.seq(i + 2, &["from", "it"]) && i + 4 == self.len())
        {
            let met = (0..i).any(|k| {
                let verb = k + 2 + usize::from(self.at(k + 2) == "ever");
                self.seq(k, &["if", "i"]) && self.is(verb, &["meet", "see", "catch", "find"])
            });
            if met {
                return Some(i + 2);
            }
        }
        // `We'll be waiting in the car park when your shift ends.`: waiting for the reader
        // with no errand said (not `... to give you a lift after your shift`).
        if self.is(i, &["we", "i"]) && self.seq(i + 1, &["will", "be", "waiting"]) {
            let shift = (i + 4..self.len()).find(|&k| {
                self.seq(k, &["when", "your"]) && self.is(k + 2, &["shift", "work", "class"])
                    || self.seq(k, &["after", "your"]) && self.is(k + 2, &["shift", "class"])
                    || self.seq(k, &["after", "work"])
            });
            // (`I'll be waiting for you after work ;)`: waiting for the reader is no errand.)
            let errand = |end: usize| {
                (i + 4..end).any(|k| {
                    self.is(k, &["to", "with"])
                        || self.at(k) == "for" && !self.is(k + 1, &["you", "u"])
                })
            };
            if shift.is_some_and(|k| !errand(self.len()) && k + 4 >= self.len()) {
                return Some(self.len());
            }
        }
        // `I'd gladly do time for you, sweetheart`, `I'd happily do time for shutting this hack
        // up for good`: prison, for what the writer would do (not `... do time for saving
        // those kids`).
        if self.is(i, &["do", "serve"])
            && self.seq(i + 1, &["time", "for"])
            && self.any_in(i.saturating_sub(3)..i, &["gladly", "happily"])
        {
            let done = i + 3;
            if self.at(done) == "you" {
                return Some(done + 1);
            }
            let blows = [
                "shutting",
                "punching",
                "killing",
                "strangling",
                "slapping",
                "decking",
                "smacking",
                "hitting",
                "kicking",
                "throttling",
            ];
            let person = self.person(done + 1);
            let end = done + 1 + person;
            // (`shutting this hack up`: only with its `up`.)
            let shut = self.at(done) == "shutting";
            if self.is(done, &blows) && person > 0 && (!shut || self.at(end) == "up") {
                return Some(end + usize::from(shut));
            }
        }
        // `wanna see what I'd do to you with my belt?`, read from the belt.
        let tools = ["belt", "bat", "knife", "fists", "hammer", "gun"];
        if self.is(i, &tools) {
            let what = (i.saturating_sub(9)..i)
                .find(|&k| self.seq(k, &["what", "i", "would", "do", "to", "you", "with"]));
            if what.is_some_and(|k| i <= k + 9) {
                return Some(i + 1);
            }
        }
        // `We'll see how brave you are when we're standing in your kitchen.`: the writer in
        // the reader's home.
        if self.is(i, &["when", "once"])
            && self.is(i + 1, &["we", "i"])
            && self.is(i + 2, &["are", "am"])
            && self.any_in(0..i, &["brave", "tough", "smug", "cocky"])
        {
            let place = (i + 3..i + 7).find(|&k| {
                self.is(
                    k,
                    &[
                        "kitchen", "house", "home", "bedroom", "garden", "hallway", "door",
                        "doorstep", "office", "flat",
                    ],
                ) && self.at(k - 1) == "your"
            });
            if let Some(k) = place {
                return Some(k + 1);
            }
        }
        // `Delete this article or we will delete you.`: the reader erased, closing the clause
        // (not `or we will delete your account`).
        if self.is(i, &["we", "i"])
            && i > 0
            && self.at(i - 1) == "or"
            && self.at(i + 1) == "will"
            && self.is(i + 2, &["delete", "erase"])
            && self.at(i + 3) == "you"
            && i + 4 == self.len()
        {
            return Some(i + 4);
        }
        // `I'd love to get my hands around that skinny neck of yours`, `... round your throat`.
        if self.at(i) == "hands"
            && i > 0
            && self.is(i - 1, &["my", "our"])
            && self.is(i + 1, &["around", "round"])
        {
            let neck = (i + 2..i + 6).find(|&k| self.is(k, &["neck", "throat"]));
            if let Some(k) = neck {
                let yours = self.any_in(i + 2..k, &["your"])
                    || self.is(i + 2, &["that", "this"]) && self.seq(k + 1, &["of", "yours"]);
                if yours {
                    return Some(k + 1);
                }
            }
        }
        None
    }

    /// The reader's end or harm foretold: `don't expect to leave in one piece`, `have a nice
    /// life, what's left of it`, `enjoy your last Christmas, sweetheart`, `I'd double-check my
    /// brakes`, `Sweet dreams. Enjoy them while you can.`, `your career is over and so are you`,
    /// `they'll find your body in the woods`, `the author won't live long enough to write
    /// another`, `when they carry you out in a bag`, `you'll need a new set of teeth`, `sleep
    /// with the lights on, friend`.
    fn foretold(&self, i: usize) -> Option<usize> {
        if let Some(end) = self
            .warned_for_the_way_ahead(i)
            .or_else(|| self.harm_unsaid(i))
        {
            return Some(end);
        }
        // `don't expect to leave in one piece`, `you won't leave in one piece`.
        // `If that councillor knocks on my door canvassing, he'll leave without his teeth`.
        if self.is(i, &["leave", "leaving", "go", "walk"])
            && self.at(i + 1) == "without"
            && self.is(i + 2, &["his", "her", "your", "their"])
            && self.is(i + 3, &["teeth", "legs", "kneecaps", "fingers"])
        {
            return Some(i + 4);
        }
        if self.is(i, &["leave", "leaving"])
            && self.seq(i + 1, &["in", "one", "piece"])
            && self.any_in(i.saturating_sub(4)..i, &["not"])
        {
            return Some(i + 4);
        }
        // `Keep printing my name and see how long your windows stay in one piece`: the reader's
        // things counted down, after what the reader keeps doing (not `see how long your
        // shoes stay in one piece on these hills`).
        if self.seq(i, &["see", "how", "long", "your"])
            && self.kept_up_before(i)
            && self.said_before(i)
        {
            let stays = (i + 5..i + 8).find(|&k| {
                self.is(k, &["stay", "stays", "last", "lasts"])
                    && (self.seq(k + 1, &["in", "one", "piece"])
                        || self.is(k + 1, &["intact", "standing"]))
            });
            if let Some(k) = stays {
                return Some(k + 1 + if self.at(k + 1) == "in" { 3 } else { 1 });
            }
        }
        // `It's a long walk home from the station at night, isn't it, councillor?`: a lonely
        // way home, asked of someone by name (not `it's a long walk home from the station at
        // night; we need better lighting`).
        if self.seq(i, &["long", "walk", "home"])
            && self.any_in(i + 3..self.len(), &["night", "dark"])
            && (i + 3..self.len())
                .any(|k| self.seq(k, &["is", "not", "it"]) || self.seq(k, &["isn", "t", "it"]))
        {
            let named = self.any_in(i + 3..self.len(), &ROLES)
                || self.any_in(i + 3..self.len(), &PET_NAMES);
            if named {
                return Some(self.len());
            }
        }
        // `Have a nice life, what's left of it.` (`what's` is read `what`), read from `left`.
        if self.seq(i, &["left", "of", "it"])
            && (i >= 1 && self.at(i - 1) == "what" || i >= 2 && self.seq(i - 2, &["what", "is"]))
            && (0..i).any(|k| self.seq(k, &["have", "a", "nice", "life"]))
        {
            return Some(i + 3);
        }
        // `Enjoy your last Christmas, sweetheart.`: a last one foretold, closing its phrase
        // (not `enjoy your last Christmas in the old house`).
        let seasons = ["christmas", "birthday", "summer", "easter", "weekend"];
        if self.seq(i, &["enjoy", "your", "last"])
            && self.is(i + 3, &seasons)
            && self.phrase_ends_before(i + 4)
            && self.len() <= i + 6
        {
            return Some(i + 4);
        }
        // `I've traced your IP to a flat in Leeds, enjoy your last quiet evening`: a last calm
        // night, after the reader is found (not `enjoy your last quiet evening before the kids
        // come home`).
        let night = i + 3 + usize::from(self.is(i + 3, &["quiet", "peaceful", "calm"]));
        if self.seq(i, &["enjoy", "your", "last"])
            && night > i + 3
            && self.is(night, &["evening", "night", "day", "weekend"])
            && night + 1 == self.len()
            && self.said_back(i, 14, &["traced", "found", "tracked", "address", "ip"])
        {
            return Some(night + 1);
        }
        // `Hey editor, enjoy your last few weeks of peace.`: the reader's peace or freedom
        // foretold to end, closing its phrase (not `enjoy your last few weeks of summer`).
        if self.seq(i, &["enjoy", "your", "last"]) {
            let span = i + 3 + usize::from(self.is(i + 3, &["few", "couple"]));
            let span = span + usize::from(self.at(span) == "of");
            let spans = ["days", "weeks", "months", "nights"];
            let calm = ["peace", "freedom", "quiet", "safety"];
            if self.is(span, &spans)
                && self.at(span + 1) == "of"
                && self.is(span + 2, &calm)
                && (span + 3 == self.len() || self.phrase_ends_before(span + 3))
            {
                return Some(span + 3);
            }
        }
        // `If I were you I'd double-check my brakes before driving anywhere this week.`, `If I
        // were your editor I'd start checking under the car in the mornings.` (a bomb).
        let supposed = || {
            (0..i).any(|k| {
                self.seq(k, &["if", "i", "were", "you"])
                    || self.seq(k, &["if", "i", "were", "your"])
            })
        };
        if self.at(i) == "check"
            && self.is(i + 1, &["my", "the", "your"])
            && self.is(i + 2, &["brakes", "brake"])
            && supposed()
        {
            return Some(i + 3);
        }
        if self.is(i, &["check", "checking"])
            && self.at(i + 1) == "under"
            && self.is(i + 2, &["my", "the", "your", "his", "her"])
            && self.is(i + 3, &["car", "van", "bonnet"])
            && supposed()
        {
            return Some(i + 4);
        }
        // `Sweet dreams, reporter. Enjoy them while you can.`
        if self.seq(i, &["sweet", "dreams"])
            && self.followed_by(&[&["enjoy", "them", "while", "you", "can"]])
        {
            return Some(i + 2);
        }
        // `your career is over and so are you`, closing the clause.
        if self.at(i) == "your" {
            let so = (i + 2..i + 6).find(|&k| self.seq(k, &["and", "so", "are", "you"]));
            if let Some(k) = so.filter(|&k| k + 4 == self.len()) {
                if self.is(k - 1, &["over", "finished", "done"]) {
                    return Some(k + 4);
                }
            }
        }
        // `They'll find your body in the woods one day` (not `... your body of work`).
        if self.seq(i, &["find", "your", "body"])
            && self.at(i + 3) != "of"
            && self.any_in(i.saturating_sub(3)..i, &["will", "going"])
        {
            return Some(i + 3);
        }
        // `Pity the author won't live long enough to write another.` (not `my old car won't
        // live long enough to see ...`).
        if self.seq(i, &["live", "long", "enough"])
            && i >= 2
            && self.at(i - 1) == "not"
            && self.is(i - 2, &["will", "would"])
            && self.person_in(i.saturating_sub(5)..i - 2)
        {
            return Some(i + 3);
        }
        // `I'd love to see your face when they carry you out in a bag`.
        if self.seq(i, &["carry", "you", "out"]) {
            let carried = ["bag", "coffin", "box", "stretcher", "ambulance"];
            if let Some(k) = self.first_in(i + 3..i + 7, &carried) {
                return Some(k + 1);
            }
        }
        // `... and you'll need a new set of teeth`, closing the clause.
        if self.seq(
            i,
            &["you", "will", "need", "a", "new", "set", "of", "teeth"],
        ) && i + 8 == self.len()
        {
            return Some(i + 8);
        }
        // `Sleep with the lights on, friend.`, closing its clause: not `I sleep with the
        // lights on since the burglary`, `sleep with the lights on if the baby is scared`.
        if self.seq(i, &["sleep", "with", "the", "lights", "on"])
            && (i + 5 == self.len() || i + 6 == self.len() && self.addressed(i + 5))
            && (i == 0 || self.is(i - 1, &["better", "should"]))
        {
            return Some(i + 5);
        }
        None
    }
    /// Whether the clause ends at `k`, or at a word the reader is addressed by after it (`...,
    /// sweetheart`, `..., journalist`).
    fn ends_addressed(&self, k: usize) -> bool {
        k == self.len() || self.named_last(k)
    }

    /// The reader told what harm waits, unsaid: `Your editor should check who's standing behind
    /// him on the platform.`, `a journalist can vanish and nobody even notices for a week`,
    /// `One day you'll be in the wrong place at the wrong time, and I hope I'm there.`, `Send
    /// my regards to your wife, I've seen her at the supermarket.`, `I'd have punched it by
    /// now, and you're close enough`, `I hope the next bus you step in front of doesn't
    /// brake.`
    fn harm_unsaid(&self, i: usize) -> Option<usize> {
        // (Not `... standing behind him in the photo`; `who's` is read `who`.)
        let standing = i + 2 + usize::from(self.at(i + 2) == "is");
        if self.seq(i, &["check", "who"])
            && self.seq(standing, &["standing", "behind"])
            && self.is(standing + 2, &["him", "her", "you", "them"])
            && self.closes_with(standing + 3, &["on", "the", "platform"])
        {
            return Some(self.len());
        }
        // (Not `a journalist can vanish from the telly and nobody notices`: from the world.)
        if self.is(i, &["vanish", "disappear"])
            && i >= 2
            && self.at(i - 1) == "can"
            && self.is(i - 2, &ROLES)
            && self.seq(i + 1, &["and", "nobody"])
            && (self.at(i + 3) == "notices" || self.seq(i + 3, &["even", "notices"]))
        {
            return Some(self.len());
        }
        // (Not `... in the right place at the right time`.)
        if self.seq(i, &["you", "will", "be", "in", "the", "wrong", "place"])
            && self.says_later(
                i + 7,
                &[
                    &["i", "hope", "i", "am", "there"],
                    &["i", "will", "be", "there"],
                ],
            )
        {
            return Some(i + 7);
        }
        // (Not `..., I met her at the school fair`: seen, not met.)
        if self.seq(i, &["send", "my", "regards", "to", "your"])
            && self.is(i + 5, &KIN)
            && self.says_later(
                i + 6,
                &[
                    &["i", "have", "seen", "her"],
                    &["i", "have", "seen", "him"],
                    &["i", "have", "seen", "them"],
                ],
            )
        {
            return Some(i + 6);
        }
        // (Not `you're close enough to the station to walk`.)
        if self.seq(i, &["you", "are", "close", "enough"])
            && i + 4 == self.len()
            && self.said_back(
                i,
                12,
                &["punched", "slapped", "thumped", "decked", "smacked"],
            )
        {
            return Some(i + 4);
        }
        // `Feminazis like her need putting back in their place, by force if necessary`: people
        // put in their place by force (not `... by the voters`, nor `the chairs need putting
        // back in their place`).
        if self.at(i) == "putting" && i >= 1 && self.is(i - 1, &["need", "needs"]) {
            let back = i + 1 + usize::from(self.at(i + 1) == "back");
            let placed = self.at(back) == "in"
                && self.is(back + 1, &["their", "her", "his", "your"])
                && self.at(back + 2) == "place";
            let who = (0..i - 1).any(|k| self.is_people(k) || self.is(k, &["her", "him", "them"]));
            let forced = (back + 3..self.len()).any(|k| self.seq(k, &["by", "force"]));
            if placed && who && forced {
                return Some(self.len());
            }
        }
        // `The Rothschild puppets in parliament will hang one day`: people foretold hanged
        // (not `The portraits will hang in the gallery one day`).
        if self.at(i) == "hang" && i >= 2 && self.at(i - 1) == "will" {
            let who = (0..i - 1).any(|k| {
                self.is_people(k) || self.is(k, &["puppets", "traitors", "mps", "politicians"])
            });
            let when = [
                &["one", "day"][..],
                &["for", "this"],
                &["for", "it"],
                &["for", "treason"],
                &["soon"],
            ];
            let ends = i + 1 == self.len()
                || when
                    .iter()
                    .any(|w| self.closes_with(i + 1, w) && i + 1 + w.len() == self.len());
            if who && ends {
                return Some(self.len());
            }
        }
        // (Not `I hope the next bus turns up on time`.)
        if self.seq(i, &["step", "in", "front", "of"])
            && (i + 4..self.len()).any(|k| {
                self.seq(k, &["does", "not", "brake"]) || self.seq(k, &["does", "not", "stop"])
            })
            && self.any_in(0..i, &["hope"])
        {
            return Some(self.len());
        }
        None
    }

    /// The reader told what to fear, each closing the clause: `Enjoy your morning jog along the
    /// canal while you still can.`, `Keep your doors locked tonight, journalist.`, `Hope your
    /// brakes are working, sweetheart.`, `Next time you'll be writing your columns from a
    /// hospital bed.`, `You'd look good in a wooden box.`, `I know a guy who'd sort you out
    /// for fifty quid.`
    fn warned_for_the_way_ahead(&self, i: usize) -> Option<usize> {
        // (Not `..., the path closes for works next month`: what is enjoyed while it lasts.)
        let enjoyed = [
            "life", "legs", "knees", "kneecaps", "teeth", "face", "looks", "jog", "jogs", "walk",
            "walks", "run", "runs", "freedom", "health", "fingers", "hands", "eyes",
        ];
        if self.seq(i, &["enjoy", "your"]) {
            let can = (i + 3..self.len()).find(|&k| self.seq(k, &["while", "you", "still", "can"]));
            if let Some(k) = can {
                if self.any_in(i + 2..k, &enjoyed) && self.ends_addressed(k + 4) {
                    return Some(k + 4);
                }
            }
            // `Enjoy your freedom while it lasts, scribbler.`: only to a reader named (not
            // `enjoy your freedom while it lasts`, said to the groom).
            let lasts = (i + 3..self.len()).find(|&k| self.seq(k, &["while", "it", "lasts"]));
            if let Some(k) = lasts {
                if self.any_in(i + 2..k, &enjoyed) && self.named_last(k + 3) {
                    return Some(k + 4);
                }
            }
        }
        // (Not `..., there have been burglaries on our street`: the reason given.)
        if self.seq(i, &["keep", "your"])
            && self.is(i + 2, &["door", "doors"])
            && self.seq(i + 3, &["locked", "tonight"])
            && self.named_last(i + 5)
        {
            return Some(i + 6);
        }
        // (Not `Hope your brakes are working after that long drive`.)
        let brakes = i + 1 + usize::from(self.at(i + 1) == "that");
        if self.at(i) == "hope" && self.seq(brakes, &["your", "brakes"]) {
            let work = brakes + 2;
            let working = self.seq(work, &["are", "working"])
                || self.seq(work, &["work"])
                || self.seq(work, &["are", "ok"])
                || self.seq(work, &["are", "good"]);
            let end = work + if self.at(work) == "work" { 1 } else { 2 };
            if working && self.ends_addressed(end) {
                return Some(end);
            }
        }
        // (Not `you'll be writing from the new office`, nor `my grandad writes his memoirs
        // from a hospital bed`: the reader's future.)
        if self.seq(i, &["you", "will", "be"])
            && self.closes_with(i + 3, &["from", "a", "hospital", "bed"])
        {
            return Some(self.len());
        }
        // (Not `That old piano would look good in a wooden box for shipping`.)
        if self.seq(i, &["you", "would", "look"])
            && self.is(i + 3, &["good", "better", "nice", "great", "lovely"])
            && self.seq(i + 4, &["in", "a"])
        {
            let boxed = self.seq(i + 6, &["wooden", "box"])
                || self.seq(i + 6, &["body", "bag"])
                || self.is(i + 6, &["coffin", "casket"]);
            let end = i + 7 + usize::from(self.at(i + 6) != "coffin" && self.at(i + 6) != "casket");
            if boxed && self.ends_addressed(end) {
                return Some(end);
            }
        }
        // (Not `I know a guy who'd fix your boiler for fifty quid`: the reader sorted out.)
        if self.seq(i, &["i", "know", "a"])
            && self.is(i + 3, &["guy", "bloke", "man", "lad", "fella"])
        {
            let w = i + 4;
            let done = self.at(w) == "who"
                && self.is(w + 1, &["would", "will"])
                && (self.seq(w + 2, &["sort", "you", "out"])
                    || self.seq(w + 2, &["take", "care", "of", "you"])
                    || self.seq(w + 2, &["deal", "with", "you"])
                    || self.seq(w + 2, &["do", "you", "in"]));
            let paid = (w + 4..self.len()).find(|&k| {
                self.at(k) == "for"
                    && self.any_in(
                        k + 1..k + 4,
                        &[
                            "quid", "pounds", "bucks", "dollars", "grand", "fiver", "tenner",
                            "pint",
                        ],
                    )
            });
            if let Some(k) = paid.filter(|_| done) {
                return Some((k + 3).min(self.len()));
            }
        }
        None
    }
}
