//! Menaces veiled as remarks, read from a word of them: people who vanished for less, a
//! patience with limits, a night shift whose hours are known, a reckoning paid with the
//! reader's neck (the same in Russian and Turkish: `veiled_ru_tr.rs`).

use super::{NIGHT_WARNINGS, WARNINGS};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::threat::harm::ROLES;

/// Body parts a call would have cracked: `should have their skulls cracked`.
static BODY_PLURAL: Lexicon = Lexicon::new("skulls skull heads head legs knees ribs jaws jaw");

/// Whom a reckoning of the old days was for: `how we dealt with collaborators`.
static RECKONED_WITH: Lexicon =
    Lexicon::new("collaborators traitors quislings informers turncoats snitches");

/// Arms brought along, in the plural: `bring bats`.
static ARMS: Lexicon = Lexicon::new(
    "bats knives bricks crowbars petrol guns machetes clubs chains pipes hammers torches \
     pitchforks",
);

impl Clause<'_> {
    /// Menaces veiled as remarks, read from their rarest word: `people have been known to
    /// disappear for writing less than this`, `I wouldn't cry if they did`, `... with your
    /// necks`, `shuts her up for good`, `actions have consequences. Painful ones.`.
    pub(super) fn veiled_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `Your little blog won't protect you when we turn up at the office`, `your lawyers
            // can't save you from us`: nothing will shield the reader from the writer's people
            // (not `sunscreen won't protect you from this heat`, `the vaccine won't protect
            // you when you travel`).
            // (`your family won't be able to protect you when we come`.)
            "protect" | "save" | "shield" => {
                let denied = i >= 2
                    && self.is(i - 1, &["not", "never"])
                    && self.is(i - 2, &["will", "can", "could", "would"])
                    || i >= 5 && self.seq(i - 5, &["will", "not", "be", "able", "to"]);
                if !denied || self.at(i + 1) != "you" {
                    return None;
                }
                let from_us = self.at(i + 2) == "from" && self.is(i + 3, &["us", "me"]);
                let we_come = self.at(i + 2) == "when"
                    && self.is(i + 3, &["we", "i"])
                    && self.is(
                        i + 4,
                        &[
                            "turn", "show", "come", "arrive", "find", "catch", "get", "knock",
                        ],
                    );
                from_us.then_some(i + 4).or(we_come.then_some(i + 5))
            }
            // `I've emailed your boss and your kids' school, enjoy Monday`: the reader's
            // employer and children's school told, and a taunt after (not `I've emailed your
            // boss to say what a great job you did`, nor `... your kids' school about the
            // trip`).
            "emailed" | "contacted" | "messaged" | "phoned" | "rang"
                if self.is(i.wrapping_sub(1), &["have", "i", "we", "already", "just"])
                    && self.at(i + 1) == "your" =>
            {
                let work = self.is(
                    i + 2,
                    &["boss", "employer", "manager", "editor", "landlord"],
                );
                let school = (i + 2..self.len()).any(|k| {
                    self.at(k) == "school"
                        && self.any_in(
                            k.saturating_sub(2)..k,
                            &["kids", "children", "kid", "son", "daughter"],
                        )
                });
                let taunt = self.any_in(i + 2..self.len(), &["enjoy"])
                    || (i + 2..self.len()).any(|k| self.seq(k, &["good", "luck"]));
                ((work || school) && taunt || work && school).then(|| self.len())
            }
            // `Let's organise a little visit to the author's house, bring bats` (not `..., bring
            // cameras`, nor `bring bats to the cricket match`).
            "bring" if self.is(i + 1, &ARMS) && self.phrase_ends_before(i + 2) => {
                let visit = self.words_back_from(i).take(15).any(|w| {
                    matches!(
                        w,
                        "visit" | "house" | "home" | "office" | "newsroom" | "flat"
                    )
                });
                visit.then_some(i + 2)
            }
            // `Hope the SWAT team knocks on your door at 3am tonight`: a raid on the reader
            // wished (not `hope the SWAT team gets home safely`).
            "swat" if self.at(i + 1) == "team" => {
                let raids = [
                    "knocks", "kicks", "raids", "visits", "breaks", "smashes", "storms",
                ];
                let wished = self.any_in(0..i, &["hope", "wish", "pray"]);
                let yours = (i + 2..i + 8).any(|k| {
                    self.is(k, &["your", "ur"])
                        && self.is(k + 1, &["door", "house", "home", "flat"])
                });
                (wished && self.is(i + 2, &raids) && yours).then(|| self.len())
            }
            // `We've got long memories and short tempers, remember that`: the writer's side
            // remembering, and the reader reminded (not `elephants have long memories`, nor `we
            // have long memories of the flood in this village`).
            // (Not `we have long memories of that summer, don't forget the photos`.)
            "memories" | "memory" if i >= 1 && self.at(i - 1) == "long" => {
                let ours =
                    self.any_in(i.saturating_sub(5)..i, &["we", "our"]) && self.at(i + 1) != "of";
                let reminded = self.said_next(i + 1, 8, &["remember", "forget", "tempers"]);
                (ours && reminded).then(|| self.len())
            }
            // `people have been known to disappear for writing less than this` (not `... to
            // disappear for weeks`).
            "disappear" | "disappeared" | "vanish" | "vanished" => {
                let said = usize::from(self.is(i + 2, &["writing", "saying", "posting"]));
                if self.at(i + 1) == "for" && self.at(i + 2 + said) == "less" {
                    return Some(i + 3 + said);
                }
                // `You will disappear like the others` (not `the fog will disappear like the
                // others did`).
                let you_will = i >= 2 && self.seq(i - 2, &["you", "will"]);
                let like = (i + 1..self.len()).find(|&k| {
                    self.seq(k, &["like", "the"]) && self.is(k + 2, &["others", "rest"])
                });
                like.filter(|_| you_will).map(|k| k + 3)
            }
            // `Watch what you write, we are watching you`: the reader watched, closing the
            // text's warning (not `Good luck tonight, we are watching you!`).
            "watching" => {
                let we = i >= 2 && self.seq(i - 2, &["we", "are"]);
                let warned = self.said_back(
                    i,
                    10,
                    &[
                        "write", "writing", "say", "saying", "post", "posting", "careful",
                    ],
                );
                (we && self.at(i + 1) == "you" && i + 2 == self.len() && warned).then_some(i + 2)
            }
            // `I'm not saying someone should hurt you, but I wouldn't cry if they did` (not `I
            // wouldn't cry if the show got cancelled`).
            "cry" | "mourn" | "weep" => {
                let not = i >= 2 && self.at(i - 1) == "not" && self.is(i - 2, &["would", "will"]);
                if !not || self.at(i + 1) != "if" {
                    return None;
                }
                let harmed = ["died", "dead", "hurt", "killed", "beaten", "shot"];
                let harmed_after = self.any_in(i + 2..i + 6, &harmed);
                let harm_said = self.said_back(i, 12, &["hurt", "kill", "shoot", "beat", "punch"])
                    && self.seq(i + 2, &["they", "did"]);
                (harmed_after || harm_said).then(|| self.len())
            }
            // `traitors like you will answer for this, with your necks` (not `... with your
            // votes`).
            "necks" | "neck" | "life" | "blood" => (i >= 2
                && self.seq(i - 2, &["with", "your"])
                && self.any_in(i.saturating_sub(8)..i, &["answer", "pay"]))
            .then_some(i + 1),
            // `nobody would blame the man who finally shuts her up for good` (not `shut the shop
            // up for good`).
            "shut" | "shuts" | "shutting" => {
                let person = self.person(i + 1);
                let up = i + 1 + person;
                let for_good = self.seq(up + 1, &["for", "good"]);
                let ever = self.is(up + 1, &["permanently", "forever"]);
                (person > 0 && self.at(up) == "up" && (for_good || ever))
                    .then_some(up + 2 + usize::from(for_good))
            }
            // `I'd think twice before leaving the office late if I were you` (not `... before
            // booking with that airline again`).
            "twice" => {
                let before = i >= 1 && self.at(i - 1) == "think" && self.at(i + 1) == "before";
                let out = self.is(i + 2, &["leaving", "walking", "going", "driving"]);
                let late = self.any_in(i + 3..i + 8, &["late", "alone", "night", "dark"]);
                let if_you =
                    (i + 3..self.len()).find(|&k| self.seq(k, &["if", "i", "were", "you"]));
                if_you.filter(|_| before && out && late).map(|k| k + 4)
            }
            // `Maybe someone should remind the author that actions have consequences. Painful
            // ones.`: read from the second sentence (`consequences` is in many a civil comment).
            "painful" => (i == 0
                && self.seq(1, &["ones"])
                && self.len() == 2
                && self.words_before().next() == Some("consequences"))
            .then_some(2),
            // `Lucky for you I'm a patient man. My patience has limits though.`
            "limits" => {
                let patience = i >= 2 && self.seq(i - 2, &["patience", "has"]);
                let lucky = self.said_back(i, 14, &["lucky"]);
                (patience && lucky).then_some(i + 1)
            }
            // `we know where the newsroom is and when the night shift leaves` (not `we know where
            // the newsroom is moving`).
            "shift" => {
                let leaves = self.is(i + 1, &["leaves", "ends", "finishes"]);
                let when = (i.saturating_sub(4)..i).any(|k| self.seq(k, &["and", "when"]));
                let known = (0..i).any(|k| {
                    self.seq(k, &["know", "where", "the"])
                        && self.is(k + 3, &["newsroom", "office", "studio"])
                        && self.at(k + 4) == "is"
                });
                (leaves && when && known).then_some(i + 2)
            }
            // `Write another piece like this and see how long your byline survives. Or you.`
            "survives" | "lasts" => (self.followed_by(&[&["or", "you"]])
                && self.any_in(0..i, &["your", "ur"]))
            .then(|| self.len()),
            // `don't be surprised if you wake up one night to the smell of petrol` (not `I woke
            // up one night to the smell of smoke`).
            "petrol" | "gasoline" | "smoke" => (i >= 2
                && self.seq(i - 2, &["smell", "of"])
                && self.any_in(0..i, &["wake"])
                && self.any_in(0..i, &["you"]))
            .then_some(i + 1),
            // `Our boys are waiting for the order, journalist. Just one word.` (not `... waiting
            // for the order of the school play`).
            "order" => {
                let waiting = i >= 3 && self.seq(i - 3, &["waiting", "for", "the"]);
                let closes = self.phrase_ends_before(i + 1);
                let word = self.followed_by(&[&["just", "one", "word"], &["say", "the", "word"]]);
                (waiting && closes && word).then(|| self.len())
            }
            // `You've got a pretty neck. Would be a shame to wring it.` (not `wring it out`).
            "wring" => {
                (self.at(i + 1) == "it" && i + 2 == self.len() && self.said_back(i, 12, &["neck"]))
                    .then_some(i + 2)
            }
            // `this comment section will celebrate the day you stop breathing` (not `... the
            // day the bypass opens`).
            "celebrate" => {
                let day = self.seq(i + 1, &["the", "day", "you"]);
                let gone = self.is(i + 4, &["die", "dies", "died", "croak"])
                    || self.seq(i + 4, &["stop", "breathing"])
                    || self.seq(i + 4, &["drop", "dead"]);
                (day && gone).then_some(i + 6)
            }
            // `the writer needs a firm hand and a belt across the backside` (not `the belt across
            // the valley`).
            "backside" | "arse" | "bum" | "behind" => (i >= 2
                && self.seq(i - 2, &["across", "the"])
                && self.any_in(i.saturating_sub(6)..i, &["belt", "cane", "slipper", "whip"])
                && self.any_in(0..i, &["needs", "need", "deserves", "deserve", "wants"]))
            .then_some(i + 1),
            // `whoever wrote this wants stringing up by the ankles`.
            "stringing" => (self.at(i + 1) == "up"
                && i >= 1
                && self.is(i - 1, &["wants", "needs", "deserves"])
                && (self.person_in(0..i - 1) || self.any_in(0..i, &["whoever"])))
            .then_some(i + 2),
            // `whoever leaked that story will be found, and it won't end well for them` (`won't`
            // read `will not`; not `it won't end well for the club`, said of no one found).
            // (And `the author deserves a slow and painful end`, not `the series has a slow and
            // painful ending`.)
            "end" => {
                let ends = i >= 1 && self.at(i - 1) == "not" && self.seq(i + 1, &["well", "for"]);
                let found = self.said_back(i, 14, &["found", "find"]);
                let person = self.person(i + 3);
                if ends && found && person > 0 {
                    return Some(i + 3 + person);
                }
                let painful =
                    i >= 1 && self.is(i - 1, &["painful", "slow", "horrible", "gruesome"]);
                (painful && self.any_in(i.saturating_sub(6)..i, &["deserve", "deserves"]))
                    .then_some(i + 1)
            }
            // `the reporter should be made to eat his words, with his teeth knocked out first`
            // (not `he came back from the match with his teeth knocked out`, a report).
            "teeth" => {
                let knocked = self.seq(i + 1, &["knocked", "out"])
                    || self.seq(i + 1, &["kicked", "in"])
                    || self.seq(i + 1, &["smashed", "in"]);
                let called = self.any_in(0..i, &["should", "must", "deserves", "deserve"]);
                (i >= 2 && self.at(i - 2) == "with" && knocked && called).then_some(i + 3)
            }
            // `every one of these protesters should have their skulls cracked` (not `... should
            // have their eyes tested`).
            // (`deserves to get his head stoved in`.)
            "cracked" | "smashed" | "caved" | "broken" | "stoved" => {
                let body = i >= 3
                    && self.is(i - 1, &BODY_PLURAL)
                    && self.is(i - 2, &["their", "his", "her", "your"])
                    && self.is(i - 3, &["have", "get"]);
                (body && self.any_in(0..i - 3, &["should", "must", "deserve", "deserves"]))
                    .then_some(i + 1)
            }
            // `roll on the day this rag's offices burn to the ground with the staff inside`.
            "roll" => {
                if !self.seq(i + 1, &["on", "the", "day"]) {
                    return None;
                }
                let burns = self.first_in(
                    i + 4..self.len(),
                    &["burn", "burns", "burned", "burnt", "explodes", "collapses"],
                )?;
                self.with_people_inside(burns + 1..burns + 8)
            }
            // `Hey columnist, your address is on a lot of forums now. Sleep well.` (not `your
            // address is on the form`); `We have your address. Sleep well.` (not `We have your
            // address on file`, nor `I know your address. Take care of the cat`: a friend's
            // goodbyes are no warning after an address known).
            "address" => {
                let online = i >= 1
                    && self.is(i - 1, &["your", "ur"])
                    && self.at(i + 1) == "is"
                    && self.any_in(
                        i + 2..i + 7,
                        &["forums", "online", "internet", "web", "chans"],
                    );
                let held = i >= 3
                    && self.is(i - 1, &["your", "ur"])
                    && self.is(i - 2, &["have", "know", "got", "found"])
                    && self.any_in(i.saturating_sub(4)..i - 2, &["we", "i"])
                    && i + 1 == self.len();
                let warned = if held {
                    self.followed_by(NIGHT_WARNINGS)
                } else {
                    online && self.followed_by(WARNINGS)
                };
                warned.then(|| self.len())
            }
            // `Let's all go to his house tonight and show him what we think`: a crowd at a
            // person's home, to show them something (not `... and show him the photos`, nor
            // `... go to the town hall ...`).
            "house" | "home" | "doorstep"
                if i >= 2 && self.at(i - 2) == "to" && self.is(i - 1, &["his", "her", "their"]) =>
            {
                let went = self.any_in(i.saturating_sub(5)..i, &["go", "head", "march", "drive"]);
                let crowd = self.any_in(0..i, &["lets", "let", "us", "all", "everyone"]);
                let shown = (i + 1..self.len()).find(|&k| {
                    self.at(k) == "show"
                        && self.is(k + 1, &["him", "her", "them"])
                        && self.is(k + 2, &["what", "who", "how"])
                });
                shown
                    .filter(|_| went && crowd)
                    .map(|k| (k + 5).min(self.len()))
            }
            // `if I meet you in a dark car park you'll find out what I think of your article`
            // (not `if you meet the author you'll find out what she thinks`).
            "find" => {
                // `Somebody find the linesman's house. He won't be raising that flag again.`: a
                // home hunted, and the end of what its owner does (not `Someone find the owner's
                // house, the dog is loose again`).
                let asked = i == 0 || self.is(i - 1, &["somebody", "someone", "lets"]);
                let home = (i + 2..i + 4).find(|&k| self.is(k, &["house", "home", "address"]));
                if let Some(k) = home.filter(|_| asked && self.is(i + 1, &["the", "his", "her"])) {
                    let mut not = false;
                    let again = self.words_after().take(10).any(|w| {
                        not |= matches!(w, "not" | "never" | "t");
                        not && w == "again"
                    });
                    return again.then_some(k + 1);
                }
                // `Your address isn't hard to find, you know, love.` (not `... isn't needed`):
                // the reader's address, easy to find, and nothing after but a word to the
                // reader.
                let easy = i >= 6
                    && self.seq(i - 6, &["your", "address", "is", "not", "hard", "to"])
                    || i >= 5 && self.seq(i - 5, &["your", "address", "is", "easy", "to"]);
                let said_to = [
                    "you",
                    "know",
                    "love",
                    "mate",
                    "sweetheart",
                    "darling",
                    "dear",
                ];
                if easy && (i + 1..self.len()).all(|k| self.is(k, &said_to)) {
                    return Some(self.len());
                }
                // `You won't be smiling when we find you`: the reader's nerve, gone when the
                // writer's people find them, closing the clause (not `... when we find you a
                // seat`).
                // (`when` may open the clause or end the one before.)
                let mut back = self.words_back_from(i);
                let when_found = back
                    .next()
                    .is_some_and(|w| ["we", "they", "i"].contains(&w))
                    && back.next() == Some("when")
                    && self.at(i + 1) == "you"
                    && i + 2 == self.len();
                let nerve = [
                    "smiling", "laughing", "smirking", "brave", "smug", "cocky", "tough", "funny",
                ];
                // (The reader's nerve may be said in the clause before `when`.)
                let nerve_gone = || self.words_back_from(i).take(8).any(|w| nerve.contains(&w));
                if when_found && nerve_gone() {
                    return Some(self.len());
                }
                let you_will = i >= 2 && self.seq(i - 2, &["you", "will"]);
                let met = (0..i).any(|k| {
                    self.seq(k, &["if", "i"])
                        && self.is(k + 2, &["meet", "see", "catch", "find"])
                        && self.at(k + 3) == "you"
                });
                let dark = self.any_in(0..i, &["dark", "alley", "alone", "night"]);
                (you_will && met && dark && self.seq(i + 1, &["out", "what"])).then(|| self.len())
            }
            // `nobody in this town will lift a finger when something happens to you` (not `...
            // to fix the roads`).
            "finger" => {
                let lifted = i >= 2 && self.seq(i - 2, &["lift", "a"]);
                let nobody = self.any_in(0..i, &["nobody", "no"]);
                let befalls = (i + 1..self.len())
                    .any(|k| self.seq(k, &["something", "happens", "to", "you"]));
                (lifted && nobody && befalls).then(|| self.len())
            }
            // `some of us remember how we dealt with collaborators in the old days` (not `...
            // with power cuts`).
            "dealt" => (self.at(i + 1) == "with"
                && self.is(i + 2, &RECKONED_WITH)
                && self.any_in(0..i, &["remember", "used"]))
            .then_some(i + 3),
            // `Someone ought to introduce this hack to a cricket bat` (not `the club will
            // introduce juniors to a cricket bat made for their size`: no one asked to), `...
            // introduce this reporter's face to the pavement` (not `... introduce this reporter
            // to the new editor`).
            "bat" | "pavement" | "concrete" | "kerb" | "curb" | "tarmac" | "fist" | "fists" => {
                let to = (i.saturating_sub(3)..i)
                    .find(|&k| self.at(k) == "to" && self.is(k + 1, &["a", "the", "my", "our"]))?;
                let introduced = (0..to).find(|&k| self.is(k, &["introduce", "introduced"]))?;
                let asked = self.any_in(0..introduced, &["ought", "should", "needs", "must"])
                    && self.any_in(0..introduced, &["someone", "somebody"]);
                let person = self.person(introduced + 1) > 0
                    || self.is(introduced + 2, &ROLES)
                        && self.is(introduced + 1, &["this", "that"]);
                let face = self.any_in(introduced + 1..to, &["face", "head", "teeth"]);
                // (The surface itself: not `... to the pavement games we played`.)
                let met = self.at(i) == "bat" || self.phrase_ends_before(i + 1);
                (asked && met && (person || face)).then_some(i + 1)
            }
            // `Let's see how she feels when one breaks into her house.` (after `loves
            // criminals`): a burglary wished on the writer.
            "breaks" => {
                let see_how = (0..i).any(|k| self.seq(k, &["see", "how"]))
                    && self.any_in(0..i, &["feels", "feel", "likes", "like"]);
                let into = self.at(i + 1) == "into"
                    && self.is(i + 2, &["her", "his", "your", "their"])
                    && self.is(i + 3, &["house", "home", "flat"]);
                let burglar = i >= 1 && self.is(i - 1, &["one", "someone", "somebody", "burglar"]);
                (see_how && into && burglar).then_some(i + 4)
            }
            // `Funny how quickly a house can burn when the fire brigade is busy elsewhere.` (not
            // `it's scary how quickly a house can burn, check your smoke alarms`).
            "burn" => {
                let can = i >= 3 && self.is(i - 1, &["can", "could"]);
                let place = can
                    && self.is(
                        i - 2,
                        &["house", "home", "shop", "car", "newsroom", "office"],
                    );
                let quickly = place
                    && self.any_in(i.saturating_sub(6)..i - 2, &["quickly", "fast", "easily"]);
                (quickly && self.any_in(0..i, &["funny"]) && self.any_in(0..i, &["how"]))
                    .then_some(i + 1)
            }
            // `You won't be grinning once your kneecaps are done` (not `... once your kneecaps
            // are done healing`); `Nothing a few broken kneecaps wouldn't fix.`, a cure by
            // beating.
            "kneecaps" | "kneecap" => {
                let cured = i >= 2
                    && self.is(i - 1, &["broken", "smashed", "shattered"])
                    && self.any_in(i.saturating_sub(5)..i - 1, &["nothing"])
                    && self.is(i + 1, &["would", "will", "can"])
                    && self.seq(i + 2, &["not", "fix"]);
                if cured {
                    return Some(i + 4);
                }
                (i >= 1
                    && self.is(i - 1, &["your", "his", "her"])
                    && self.is(i + 1, &["are", "is"])
                    && self.is(i + 2, &["done", "broken", "smashed", "shattered"])
                    && i + 3 == self.len())
                .then_some(i + 3)
            }
            // `Lovely photo of your house in the paper. Thatched roofs go up so quickly, don't
            // they?`: the reader's house, and how fast it would burn (not `thatched roofs need
            // so much upkeep`).
            "roofs" => {
                let up = self.seq(i + 1, &["go", "up"])
                    && self.any_in(i + 3..i + 6, &["quickly", "fast", "easily"]);
                let mut home = false;
                let yours = self.words_back_from(i).take(14).any(|w| {
                    home |= matches!(w, "house" | "home" | "cottage");
                    home && w == "your"
                });
                (up && yours).then(|| self.len())
            }
            // `Keep an eye on the news, columnist. You might be in it soon.` (not `... there's a
            // big announcement`).
            "eye" => {
                let news = i >= 2
                    && self.seq(i - 2, &["keep", "an"])
                    && self.seq(i + 1, &["on", "the", "news"]);
                let in_it = [
                    &["you", "might", "be", "in", "it"][..],
                    &["you", "could", "be", "in", "it"],
                    &["you", "will", "be", "in", "it"],
                ];
                (news && self.followed_by(&in_it)).then_some(i + 4)
            }
            // `The last journalist who wrote like this doesn't write anymore.` (not `... won a
            // prize`): read from `last`, before the `wrote` that would make the rest a report
            // (`anymore` is its cue).
            // `the next meal you review will be your last` (not `the next meal I review will be
            // my last for this paper`): the reader's next deed, their last.
            "last"
                if i + 1 == self.len()
                    && i >= 3
                    && self.seq(i - 3, &["will", "be", "your"])
                    && (0..i - 3).any(|k| self.at(k) == "next" && self.at(k + 2) == "you") =>
            {
                Some(i + 1)
            }
            "last" => {
                let who = i >= 1
                    && self.at(i - 1) == "the"
                    && self.is(i + 1, &ROLES)
                    && self.at(i + 2) == "who";
                let stopped = (i + 3..self.len()).find(|&k| {
                    self.at(k) == "not"
                        && self.is(k + 1, &["write", "writes"])
                        && self.at(k + 2) == "anymore"
                });
                stopped.filter(|_| who).map(|k| k + 3)
            }
            // `Your editor should check the brakes on his car more often. Just a friendly tip.`
            // (not `... check the facts ... Just a friendly tip.`).
            "brakes" => {
                let checked = i >= 2 && self.seq(i - 2, &["check", "the"]);
                let tip = [
                    &["just", "a", "friendly", "tip"][..],
                    &["a", "friendly", "tip"],
                    &["friendly", "tip"],
                    &["just", "saying"],
                ];
                (checked && self.followed_by(&tip)).then(|| self.len())
            }
            // `I see you've moved. Nice area, quiet streets, no cameras.` (not `... good
            // schools`).
            "cameras" => {
                let mut you = false;
                let moved = self.words_back_from(i).take(12).any(|w| {
                    you |= w == "moved";
                    you && w == "you"
                });
                (i >= 1 && self.at(i - 1) == "no" && moved).then_some(i + 1)
            }
            // `We don't need more mosques, we need more bacon sandwiches thrown through their
            // windows.` (not `... more light through their windows`).
            "windows" => (i >= 3
                && self.seq(i - 3, &["thrown", "through", "their"])
                && self.any_in(
                    0..i,
                    &["mosques", "mosque", "synagogues", "churches", "temples"],
                ))
            .then_some(i + 1),
            // `Hey councillor, how would you like a broken nose to go with your broken
            // promises?` (not `how would you like a coffee?`).
            "nose" | "jaw" | "arm" | "leg"
                if i >= 2 && self.is(i - 1, &["broken", "black", "bloody"]) =>
            {
                let asked = (0..i).any(|k| self.seq(k, &["how", "would", "you", "like", "a"]));
                asked.then_some(i + 1)
            }
            // `Sooner or later you'll run into the wrong people.` (not `... the wrong bus`).
            "wrong" => (i >= 3
                && self.seq(i - 3, &["run", "into", "the"])
                && self.is(i + 1, &["people", "crowd", "guys", "lads"])
                && self.any_in(0..i - 3, &["you"]))
            .then_some(i + 2),
            // `Wait till I catch you alone, little girl.` (not `wait till I catch the bus`).
            "catch" => (i >= 3
                && self.seq(i - 1, &["i"])
                && self.is(i - 2, &["till", "until"])
                && self.at(i - 3) == "wait"
                && self.at(i + 1) == "you")
                .then(|| i + 2 + usize::from(self.at(i + 2) == "alone")),
            _ => None,
        }
    }
}
