//! Menaces after the writer's commitment (`I will`, `we are going to`) that name no violent
//! verb: `I'll make sure your own people leave you alone`, `we have your address and a can
//! of petrol`, `you'll be picking your teeth off the floor`.

use super::{PRESENCE, WARNINGS, WHEREABOUTS};
use crate::rules::clauses::{Clause, Lexicon};

/// What the reader's people do alone in a menace: `your kids walk to school alone`.
static ALONE_VERBS: Lexicon =
    Lexicon::new("walk walks go goes drive drives sleep sleeps stay stays get gets come comes");

/// What one waits outside a place to do that is no menace: `... to pick up the documents`.
static ERRANDS: Lexicon = Lexicon::new(
    "pick collect drop deliver hand bring sign fix help return drive carry fetch lend borrow \
     say thank congratulate",
);

/// What one waits outside a place with that is no menace: `... with the removal van`.
static ERRAND_THINGS: Lexicon = Lexicon::new(
    "van car taxi keys documents papers parcel package flowers coffee removal lift umbrella",
);

impl Clause<'_> {
    /// The end of the reader's own people said to be alone, read from `your` (word `i`).
    pub(super) fn own_people_alone(&self, i: usize) -> Option<usize> {
        let little = usize::from(self.is(i + 1, &["little", "young"]));
        let asked = i > 0 && self.is(i - 1, &["does", "do", "did", "can", "should"]);
        if asked || !self.is_people(i + 1 + little) {
            return None;
        }
        let verb = i + 2 + little;
        if !self.is(verb, &ALONE_VERBS) {
            return None;
        }
        let alone = (verb + 1..verb + 6).find(|&k| self.at(k) == "alone")?;
        (!self.any_in(verb..alone, &["not", "never"])).then_some(alone + 1)
    }

    /// `I've got your home address and a full tank of petrol`, read from `your` (not `your
    /// home address and a lighter were all the hotel asked for`).
    pub(super) fn address_and_petrol(&self, i: usize) -> Option<usize> {
        let address = i + 1 + usize::from(self.is(i + 1, &["home", "number"]));
        let fuel = ["petrol", "gasoline", "matches", "lighter"];
        (self.is(address, &["address", "addresses", "plate", "registration"])
            && self.any_in(address + 1..self.len(), &fuel)
            && self.any_in(0..i, &["i", "we"])
            && self.any_in(0..i, &["got", "have", "know", "found"]))
        .then(|| self.len())
    }

    /// `you'll be picking your teeth up off the floor`, `... up with broken fingers`: the
    /// reader's teeth knocked out, read from `your` (not `picking your teeth with a
    /// toothpick`).
    pub(super) fn teeth_off_the_floor(&self, i: usize) -> Option<usize> {
        let picked =
            i > 0 && self.is(i - 1, &["picking", "pick", "picked"]) && self.at(i + 1) == "teeth";
        if picked && self.seq(i + 2, &["up", "with", "broken"]) {
            let hands = ["fingers", "hands", "arms"];
            return self.is(i + 5, &hands).then_some(i + 6);
        }
        let off = (i + 2..i + 5).find(|&k| self.seq(k, &["off", "the"]))?;
        (picked
            && self.is(
                off + 2,
                &["floor", "ground", "pavement", "sidewalk", "street"],
            ))
        .then_some(off + 3)
    }

    /// `I'd love to see your smug face meet my fist`, read from `your`.
    pub(super) fn face_meets_fist(&self, i: usize) -> Option<usize> {
        let face = i + 1 + usize::from(self.is(i + 1, &["smug", "ugly", "stupid", "fat"]));
        let meets = self.at(face) == "face" && self.is(face + 1, &["meet", "meets", "meeting"]);
        (meets && self.at(face + 2) == "my" && self.is(face + 3, &["fist", "fists", "boot", "bat"]))
            .then_some(face + 4)
    }

    /// What the writer commits to or asks for, read from the commitment at `i` (`I'm going to
    /// make your life a living hell`, `send me your address and I'll show you ...`), and what
    /// the writer knows of the reader (`I know where your kids go to school`).
    pub(super) fn after_a_commitment(&self, i: usize) -> Option<usize> {
        let commitment = self.commitment(i);
        // (`I'm calling your employer`: an exposure under way reads as one promised.)
        let under_way =
            (self.is(i, &["i", "we"]) && self.is(i + 1, &["am", "are"])).then_some(i + 2);
        if let Some(end) = commitment
            .or(under_way)
            .and_then(|from| self.exposure(from))
        {
            return Some(end);
        }
        // `I'm going to make your life a living hell`, `we will make your life miserable`, `I
        // will personally make your life hell`.
        let made_by = commitment.map(|from| from + usize::from(self.is(from, &["personally"])));
        if let Some(from) = made_by.filter(|&from| self.seq(from, &["make", "your", "life"])) {
            let made = from + 3 + usize::from(self.seq(from + 3, &["a", "living"])) * 2;
            // (`... so miserable you'll beg to quit`.)
            let made = made + usize::from(self.at(made) == "so");
            if self.is(made, &["hell", "miserable", "nightmare"]) {
                return Some(made + 1);
            }
        }
        // `If I ever see that councillor in town I'll make sure he regrets every vote he ever
        // cast`: regret made sure of, when the writer meets the person (not `... I'll make
        // sure he regrets nothing about the budget`, nor without the meeting: `I'll make sure
        // he regrets that vote at the next election`).
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["make", "sure"])) {
            let regrets = self.is(from + 2, &["he", "she", "you", "they"])
                && self.is(from + 3, &["regrets", "regret"])
                && self.is(from + 4, &["every", "the", "this", "that", "it"]);
            let met = (0..from).any(|k| {
                self.seq(k, &["if", "i"])
                    && self.is(
                        k + 2 + usize::from(self.at(k + 2) == "ever"),
                        &["see", "meet", "catch"],
                    )
            });
            if regrets && met {
                return Some(self.len());
            }
        }
        // `I'll find out which branch you manage and make your life hell`: the same, after
        // what the writer will do first.
        if let Some(from) = commitment {
            let and =
                (from + 1..self.len()).find(|&k| self.seq(k, &["and", "make", "your", "life"]));
            if let Some(k) = and {
                let made = k + 4 + usize::from(self.seq(k + 4, &["a", "living"])) * 2;
                if self.is(made, &["hell", "miserable", "nightmare"]) {
                    return Some(made + 1);
                }
            }
        }
        // `send me your address and I'll show you what real criticism looks like`, `tell me
        // where you'll be on Saturday and we can settle this properly`: where the reader is
        // asked for, and the writer's coming; not `... and I'll send you a copy`, `... I'll
        // show you the photos`, `... I'll pay you back`, `... I'll bring the books`.
        // (`Post your address and I'll come visit you tonight`: asked of no one.)
        let asked = self.is(i, &["send", "give", "tell", "dm", "post"])
            && (self.is(i + 1, &["me", "us"])
                && (self.seq(i + 2, &["your", "address"])
                    || self.seq(i + 2, &["where", "you", "live"])
                    || self.seq(i + 2, &["where", "you", "will", "be"]))
                || self.seq(i + 1, &["your", "address"]));
        // `Send me her address, I've got a few things I'd like to say to her in person`: a
        // woman's or man's address asked for, and a visit said (not `... I'll post her the
        // book`).
        let hers = self.is(i, &["send", "give", "dm"])
            && self.is(i + 1, &["me", "us"])
            && self.is(i + 2, &["her", "his", "their"])
            && self.at(i + 3) == "address";
        let in_person = |whom: &str| self.closes_with(i + 4, &["to", whom, "in", "person"]);
        if hers && (in_person("her") || in_person("him")) {
            return Some(self.len());
        }
        // `If that comedian ever tours here, I'll be in the front row with a bag of bricks`:
        // the writer there, armed, when the one named comes (not `I'll be in the garden with a
        // hammer`, said of no one).
        if let Some(from) = commitment.filter(|&from| self.at(from) == "be") {
            let with = (from + 1..self.len()).find(|&k| self.seq(k, &["with", "a"]));
            let armed = with.and_then(|k| {
                let bag = k + 2 + 2 * usize::from(self.seq(k + 2, &["bag", "of"]));
                (self.is(
                    bag,
                    &["bricks", "brick", "bat", "knife", "crowbar", "machete"],
                ) && bag + 1 == self.len())
                .then_some(bag + 1)
            });
            let when = (0..i).any(|k| self.at(k) == "if" && self.person(k + 1) > 0);
            if let Some(end) = armed.filter(|_| when) {
                return Some(end);
            }
        }
        if asked {
            let coming = (i + 4..self.len()).find_map(|k| {
                // `... and we can settle this properly`.
                let from = if self.seq(k, &["we", "can"]) && self.at(k - 1) == "and" {
                    k + 2
                } else {
                    self.commitment(k).filter(|_| self.at(k - 1) == "and")?
                };
                let coming = self.seq(from, &["show", "you", "what"])
                    || self.is(from, &["visit", "teach"])
                    || self.seq(from, &["come", "visit"])
                    || self.seq(from, &["come", "for"])
                    || self.seq(from, &["pay", "you", "a", "visit"])
                    || self.at(from) == "settle"
                        && self.is(from + 1, &["this", "it"])
                        && (from + 2 == self.len()
                            || self.is(from + 2, &["properly", "outside", "like", "once"]));
                coming.then_some(from + 1)
            });
            if let Some(end) = coming {
                return Some(end);
            }
        }
        // `I'll make sure your career is over`, `I will end your career`; not `I'll make sure
        // your letter reaches the editor`.
        if let Some(from) = commitment {
            let verb = from + usize::from(self.is(from, &["personally", "just"]));
            let ended = self.seq(verb, &["make", "sure", "your", "career"])
                && self.is(verb + 4, &["is", "ends"])
                && self.any_in(
                    verb + 4..verb + 6,
                    &["over", "ends", "finished", "destroyed"],
                )
                || self.seq(verb, &["end", "your", "career"])
                || self.seq(verb, &["destroy", "your", "career"]);
            if ended {
                return Some((verb + 6).min(self.len()));
            }
        }
        // `I'll find you.`, closing its clause (not `I'll find you a seat`).
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["find", "you"])) {
            if from + 2 == self.len() {
                return Some(from + 2);
            }
        }
        // `I know where you live`, `we know where your kids go to school`, `I'll find out
        // where you live`, `I found out where ...`: not `I know where you live is a lovely
        // part of town`, `I found out where my grandfather went to school`.
        // (`I've seen which gym you use`: the writer's sight of it, a place the reader uses.)
        let seen = i + 1 + usize::from(self.seq(i + 1, &["have", "seen"]));
        let haunts = ["gym", "school", "pub", "church", "cafe", "club", "bar"];
        if self.is(i, &["i", "we"])
            && self.is(seen, &["know", "seen"])
            && self.at(seen + 1) == "which"
            && self.is(seen + 2, &haunts)
            && self.seq(seen + 3, &["you", "use"])
            && seen + 5 == self.len()
        {
            return Some(seen + 5);
        }
        // `We know which train you take home, mate.`: the reader's way home known, closing
        // the text (not `..., so we'll save you a seat`, nor `...; it's the one that's always
        // late`).
        let rides = ["train", "bus", "tram", "ferry", "route"];
        if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "which"])
            && self.is(i + 3, &rides)
            && self.at(i + 4) == "you"
            && self.is(i + 5, &["take", "catch", "get", "use"])
        {
            let end = i + 6 + usize::from(self.at(i + 6) == "home");
            let closes = end == self.len() || end + 1 == self.len() && self.addressed(end);
            if closes && self.words_after().next().is_none() {
                return Some(end);
            }
        }
        // `I know which flats you own on Mill Street, and tenants talk. Watch the stairwell.`:
        // what the reader owns known, and a warning after (not `I know which flats you own, the
        // council lists them`).
        // (`I know which stage door you leave by, darling, and I'll be there after the show`.)
        let owned = [
            "flat",
            "flats",
            "house",
            "houses",
            "car",
            "cars",
            "properties",
            "shop",
            "door",
            "exit",
            "entrance",
        ];
        let thing = i + 3 + usize::from(!self.is(i + 3, &owned) && self.is(i + 4, &owned));
        if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "which"])
            && self.is(thing, &owned)
            && self.at(thing + 1) == "you"
            && self.is(thing + 2, &["own", "rent", "drive", "run", "leave", "use"])
        {
            let stairs: &[&[&str]] = &[
                &["watch", "the", "stairwell"],
                &["watch", "the", "stairs"],
                &["mind", "the", "stairs"],
            ];
            let warned = [WARNINGS, PRESENCE, stairs]
                .iter()
                .any(|shapes| self.says_later(thing + 3, shapes));
            if warned {
                return Some(thing + 3);
            }
        }
        let hoped_nobody = self.seq(i, &["finds", "out", "where"])
            && i >= 3
            && self.is(i - 1, &["nobody", "noone"])
            && self.seq(i - 3, &["better", "hope"]);
        // `I know which university you lecture at, professor, and when your last class ends`:
        // where the reader works, and when they leave it (not `... my daughter is in your
        // class`).
        let works = [
            "university",
            "college",
            "school",
            "office",
            "hospital",
            "studio",
        ];
        if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "which"])
            && self.is(i + 3, &works)
            && self.at(i + 4) == "you"
        {
            let ends = [
                &["when", "your", "last", "class", "ends"][..],
                &["when", "your", "shift", "ends"],
                &["when", "your", "last", "lecture", "ends"],
                &["when", "you", "leave"],
            ];
            if self.says_later(i + 5, &ends) {
                return Some(i + 6);
            }
        }
        let knows_where = if self.is(i, &["i", "we"]) && self.seq(i + 1, &["know", "where"]) {
            Some(i + 3)
        } else if self.seq(i, &["know", "where"]) && i >= 1 && self.at(i - 1) == "they" {
            // `Pray the stalkers don't read your column, sweetheart, they know where you film`,
            // closing the clause (not `they know where you film, the fans always find the
            // set`).
            Some(i + 2).filter(|&p| p + 1 + self.person(p) == self.len())
        } else if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "which"])
            && self.is(i + 3, &haunts)
            && (self.at(self.len() - 1) == "to" || self.is(self.len() - 1, &WHEREABOUTS))
        {
            // `we know which gym you go to`, closing the clause (not `... you go to has the
            // best pool`).
            Some(i + 4)
        } else if self.seq(i, &["knows", "where"]) && self.told_by_an_ally(i) {
            // `my cousin knows where the editor parks every night`.
            Some(i + 2)
        } else if hoped_nobody {
            // `the reporter who named the witness had better hope nobody finds out where she
            // sleeps`.
            Some(i + 3)
        } else if self.seq(i, &["finds", "out", "where"]) && self.told_by_an_ally(i) {
            // `I hope someone finds out where you live`.
            Some(i + 3)
        } else if self.seq(i, &["find", "out", "where"])
            && (i >= 1 && self.at(i - 1) == "let" || i >= 2 && self.seq(i - 2, &["let", "us"]))
        {
            // `Let's find out where this professor lives and give him a proper education`.
            Some(i + 3)
        } else if self.is(i, &["i", "we"]) && self.seq(i + 1, &["found", "out", "where"]) {
            // `I found out where your kids go to school`.
            Some(i + 4)
        } else {
            commitment
                .filter(|&from| self.seq(from, &["find", "out", "where"]))
                .map(|from| from + 3)
        };
        // (Not `I found out where you work from your profile, small world, I used to work
        // there too`: the writer's own place too.)
        // `I've got a dashcam clip of your car, and I know where it parks overnight`: the
        // reader's car, named before.
        if let Some(it) = knows_where.filter(|&p| self.at(p) == "it") {
            let car = ["car", "van", "bike"]
                .iter()
                .any(|w| self.reads_before(i, 16, &["your", w]));
            // (At night: not `I know where it parks: the council car park, it's free`.)
            let nightly = self.at(it + 2) == "overnight"
                || self.seq(it + 2, &["at", "night"])
                || self.seq(it + 2, &["every", "night"]);
            if car && self.is(it + 1, &["parks", "sleeps", "stays"]) && nightly {
                return Some(it + 2);
            }
        }
        // (`... nobody finds out where she sleeps`: a subject's pronoun too, there.)
        let who = |p: usize| {
            let subject = usize::from(hoped_nobody && self.is(p, &["he", "she", "they"]));
            self.person(p).max(subject)
        };
        if let Some(person) = knows_where.filter(|&p| who(p) > 0) {
            let after = person + who(person);
            let shared = (after..self.len()).any(|k| {
                self.seq(k, &["small", "world"])
                    || self.seq(k, &["there", "too"])
                    || self.seq(k, &["me", "too"])
            });
            if self.is(after, &WHEREABOUTS) && !self.is(after + 1, &["is", "was"]) && !shared {
                return Some(after + 1);
            }
        }
        if let Some(end) = self.menace_by_word(i, commitment) {
            return Some(end);
        }
        // `we know who you are`, closing its clause: not `we know who you are voting for`.
        if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "who", "you", "are"])
            && i + 5 == self.len()
        {
            return Some(i + 5);
        }
        // `nobody will find the body if you keep this up`, `... find your body`, `... in those
        // woods`: not `nobody will find the body of the missing hiker without drones`.
        if self.is(i, &["nobody", "noone"]) || self.seq(i, &["no", "one"]) {
            let will = i + 1 + usize::from(self.at(i) == "no");
            let find = will + 1 + usize::from(self.at(will + 1) == "ever");
            if self.is(will, &["will", "would"]) && self.at(find) == "find" {
                let yours = self.seq(find + 1, &["your", "body"]);
                let if_you =
                    self.seq(find + 1, &["the", "body"]) && self.seq(find + 3, &["if", "you"]);
                // (`Nobody would find the body in those woods.`: the place pointed at.)
                let pointed = self.seq(find + 1, &["the", "body"])
                    && self.is(find + 3, &["in", "at"])
                    && self.is(find + 4, &["those", "that"])
                    && self.is(
                        find + 5,
                        &["woods", "lake", "forest", "river", "quarry", "marsh", "bog"],
                    );
                if pointed {
                    return Some(find + 6);
                }
                if yours || if_you {
                    return Some(find + 3);
                }
            }
        }
        // `you'd better pray we never meet`, `... never meet in person`, `you'd better hope I
        // never find out which train you take`; not `we'd better pray the storm passes`.
        // (`Pray I never find out which gym you go to`: the prayer ordered, left there; not
        // `..., I'd never keep up`.)
        let ordered_to_pray = i == 0
            && self.at(i) == "pray"
            && (1..self.len()).all(|k| !self.phrase_ends_before(k))
            && self.ends_text(self.len() - 1);
        if self.is(i, &["pray", "hope"]) && (i > 0 && self.at(i - 1) == "better" || ordered_to_pray)
        {
            let who = i + 1 + usize::from(self.at(i + 1) == "that");
            let never = self.is(who, &["we", "i", "you"]) && self.at(who + 1) == "never";
            // (Not `... never meet in a chess final, I'm unbeatable`: a game.)
            if never
                && self.is(who + 2, &["meet", "find", "see", "catch"])
                && !self.in_a_game(who + 2)
            {
                return Some(who + 3);
            }
        }
        // `your family would look good in the obituaries`, `... in a casket`.
        if self.is(i, &["your", "his", "her"]) {
            let look = (i + 2..i + 5).find(|&k| self.seq(k, &["look", "good", "in"]));
            let dead = look.is_some_and(|k| {
                self.any_in(
                    k + 3..k + 6,
                    &["obituaries", "obituary", "obits", "coffin", "casket"],
                )
            });
            if let Some(k) = look.filter(|_| dead) {
                return Some(k + 5);
            }
        }
        // `found your address.`, `I found your house`: the reader's home found, a clause of
        // its own (not `you found your keys`, `found your address on the council website`).
        if self.at(i) == "found"
            && (i == 0 || i == 1 && self.is(0, &["i", "we"]))
            && self.at(i + 1) == "your"
            && self.is(i + 2, &["address", "house", "home", "flat", "workplace"])
            && i + 3 == self.len()
        {
            return Some(i + 3);
        }
        // `accidents happen to people who write articles like this`; not `accidents happen,
        // and the council must fix that junction`, `... to people who drive tired`.
        let victims = [
            "people",
            "those",
            "journalists",
            "reporters",
            "writers",
            "you",
        ];
        let speak = [
            "write",
            "post",
            "comment",
            "talk",
            "speak",
            "publish",
            "report",
            "criticise",
            "criticize",
        ];
        // `Careful, accidents happen on that road you take home`: the reader's way home, left
        // there (not `accidents happen on the road you take home, so drive slowly`).
        if self.seq(i, &["accidents", "happen"]) {
            let road = (i + 2..self.len()).find(|&k| {
                self.seq(k, &["you", "take", "home"])
                    || self.seq(k, &["your", "way", "home"])
                    || self.seq(k, &["your", "drive", "home"])
            });
            if let Some(k) = road.filter(|&k| k + 3 == self.len()) {
                return Some(k + 3);
            }
        }
        // (`accidents happen to nosy reporters`: the victims' curiosity says who is meant.)
        if self.seq(i, &["accidents", "happen", "to"])
            && self.is(
                i + 3,
                &["nosy", "nosey", "curious", "mouthy", "loudmouthed"],
            )
            && self.is(i + 4, &victims)
        {
            return Some(i + 5);
        }
        if self.seq(i, &["accidents", "happen", "to"])
            && self.is(i + 3, &victims)
            && self.at(i + 4) == "who"
            && self.is(i + 5, &speak)
        {
            return Some(i + 6);
        }
        // `I'll be waiting for you outside the newsroom`, `... outside your house`; not `I'll
        // be waiting for the sequel`, `... for you outside the cinema, Tom`.
        // `I'll be waiting outside your office on Monday`: the reader's own place, with or
        // without `for you`.
        // `I'll follow you home from the station one night, author, and we'll talk`: the reader
        // followed to their door, at night (not `I'll follow you home in my car, you know the
        // way`).
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["follow", "you", "home"])) {
            if self.any_in(from + 3..self.len(), &["night", "tonight", "dark"]) {
                return Some(from + 3);
            }
        }
        // `I'm going to wait outside the estate agent's office for you, and I won't be alone`:
        // the reader waited for, by more than the writer (not `I'll wait outside the office for
        // you, it's raining`).
        // (Outside where someone works or lives: not `... outside the cinema for you, and I
        // won't be alone, my sister's coming`.)
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["wait", "outside"])) {
            let for_you = (from + 2..self.len()).find(|&k| self.seq(k, &["for", "you"]));
            let theirs = for_you.is_some_and(|k| {
                self.any_in(
                    from + 2..k,
                    &["office", "house", "home", "flat", "newsroom", "work"],
                )
            });
            if let Some(k) = for_you.filter(|&k| theirs && self.not_alone_after(k + 2)) {
                return Some(k + 2);
            }
        }
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["be", "waiting"])) {
            let outside = from + 2 + 2 * usize::from(self.seq(from + 2, &["for", "you"]));
            // (`We'll be waiting in front of your house`: as `outside`.)
            let in_front = self.seq(outside, &["in", "front", "of"]);
            let door = outside + 2 * usize::from(in_front);
            let yours = self.at(door + 1) == "your";
            let place = door + 1 + usize::from(yours || self.at(door + 1) == "the");
            let places = [
                "newsroom", "office", "house", "home", "work", "building", "door", "flat", "studio",
            ];
            let for_you = outside > from + 2;
            // (`I'll be waiting outside the studio after your show, alone.`)
            // (`... outside the studio tonight, reporter. Come alone.`)
            let alone =
                self.at(self.len() - 1) == "alone" || self.followed_by(&[&["come", "alone"]]);
            let alone = alone || self.not_alone_after(place + 1);
            // (Not `I'll be waiting outside your office on Monday to pick up the documents`:
            // the errand said.)
            // (Nor `... with the removal van at nine`.)
            let errand = (place + 1..self.len()).any(|k| {
                self.at(k) == "to" && self.is(k + 1, &ERRANDS)
                    || self.at(k) == "with" && self.any_in(k + 1..k + 4, &ERRAND_THINGS)
            });
            if (self.at(outside) == "outside" || in_front)
                && self.is(place, &places)
                && (for_you || yours && !errand || alone)
            {
                return Some(place + 1);
            }
            // `I'll be waiting at the depot gate when your shift ends, and I'm bringing
            // friends` (not `... when your shift ends, with the car`).
            let shift = (outside..self.len()).find(|&k| self.seq(k, &["when", "your", "shift"]));
            if let Some(k) = shift.filter(|&k| self.at(outside) == "at" && self.not_alone_after(k))
            {
                return Some(k + 3);
            }
        }
        None
    }
}
