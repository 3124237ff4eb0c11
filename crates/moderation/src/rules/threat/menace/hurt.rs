//! Menaces read from a word of a harm: a knife, a beating, a fire, a car run off the road.

use super::PLACES;
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::threat::calls::BEATINGS;
use crate::rules::threat::harm::{BODY, HARM, ROLES, WEAPON};

/// What is done to a place with its people in it: `bulldozed with them inside`.
static DESTROYED: Lexicon =
    Lexicon::new("bulldozed torched burned burnt flattened bombed demolished");

/// What a reader keeps private: exposed, a menace (`your home address`, `your nudes`).
pub(super) static PRIVATE: Lexicon =
    Lexicon::new("address addresses nudes phone location whereabouts");

/// What a reader is said to look, in a menace of what they will look like hurt: `let's see how
/// smug you look with a broken nose`.
pub(super) static SMUG: Lexicon =
    Lexicon::new("smug brave tough clever funny pretty cocky confident mouthy big");

/// Words that call for what follows: `we should ...`, `time to ...`.
const CALLS: &[&str] = &[
    "should", "must", "need", "needs", "let", "lets", "time", "to",
];

/// Where people are sent to be held for what they are.
const CAMPS: &[&str] = &["camps", "gulags", "gulag", "ghettos", "ghetto"];

impl Clause<'_> {
    /// Whether the round-up at word `i` is called for: it opens the clause (`round them up
    /// ...`), or one of [`CALLS`] is among the three words before it (`we should round ...`).
    fn roundup_called(&self, i: usize) -> bool {
        i == 0 || self.any_in(i.saturating_sub(3)..i, CALLS)
    }

    /// The end of people sent to camps after word `from`: `... and put them in camps`.
    fn sent_to_camps(&self, from: usize) -> Option<usize> {
        let sent = [
            "put", "send", "sent", "throw", "thrown", "lock", "locked", "ship", "shipped",
        ];
        let camps = (from..from + 8).find(|&k| self.is(k, CAMPS))?;
        (self.any_in(camps.saturating_sub(3)..camps, &["in", "into", "to"])
            && self.any_in(from..camps, &sent))
        .then_some(camps + 1)
    }

    /// Menaces read from a word of them that promise harm to a body or a place: a weapon
    /// readied (`I'm loading my rifle as I type this`), a wound foretold (`he'll need a
    /// dentist afterwards`), a place attacked (`a brick comes through your window`), others
    /// called to do it (`post her address, let the people decide`).
    pub(super) fn harm_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `I'll be outside your office Friday, bring your mates if you want, won't help`: the
            // reader's friends of no help against what is coming (not `bring your mates, the
            // more the merrier`).
            "bring"
                if self.at(i + 1) == "your"
                    && self.is(i + 2, &["mates", "friends", "backup", "lawyer"]) =>
            {
                let no_help =
                    (i + 3..self.len()).find(|&k| self.seq(k, &["will", "not", "help"]))?;
                let waiting =
                    self.seq(0, &["i", "will", "be"]) || self.seq(0, &["we", "will", "be"]);
                waiting.then_some(no_help + 3)
            }
            "loading" | "cleaning" | "sharpening" | "oiling" => {
                // `I'm loading my rifle as I type this, journalist`, `... sharpening my knife
                // for you`: a weapon readied, with the reader in the clause (not `cleaning my
                // rifle before the season opens`).
                let readied = self.is(i + 1, &["my", "the", "our"])
                    && self.is(i + 2, &WEAPON)
                    && (self.seq(i + 3, &["as", "i", "type"])
                        || self.any_in(
                            i + 3..self.len(),
                            &["you", "journalist", "reporter", "editor"],
                        ));
                readied.then_some(i + 3)
            }
            // `let's see how smug you look with a broken nose` (read from `broken`, a rarer
            // word to start at than `how`), `... how brave you are without your teeth`.
            // (And `you won't be so smug with a broken jaw`.)
            // (`let's see how brave this reporter is with a broken jaw`: a person named.)
            "broken" | "smashed" | "busted" => (i >= 2
                && self.at(i - 2) == "with"
                && self.is(i - 1, &["a", "your"])
                && self.is(i + 1, &BODY)
                && self.any_in(0..i - 2, &SMUG)
                && (self.any_in(0..i - 2, &["you"]) || self.person_in(0..i - 2)))
            .then_some(i + 2)
            .or_else(|| {
                // `a few broken ribs would teach him to keep his mouth shut`: a beating, for a
                // lesson (not `broken ribs would keep him out for a month`).
                let teach = i + 2 + usize::from(self.is(i + 2, &["would", "will", "might"]));
                (self.is(i + 1, &BODY)
                    && self.at(teach) == "teach"
                    && self.is(teach + 1, &["him", "her", "you", "them"]))
                .then_some(teach + 2)
            }),
            "without" => (self.at(i + 1) == "your" && self.is(i + 2, &BODY) && self.smug_before(i))
                .then_some(i + 3),
            // `kill yourself before I do it for you` (not `finish the book before I do`).
            "before" if self.seq(i + 1, &["i", "do", "it"]) => {
                (0..i).any(|k| self.harm_verb(k)).then_some(i + 4)
            }
            // `close that filthy gob of yours before somebody closes it for good`: the
            // reader's mouth shut by someone else (not `shut the gate before somebody shuts
            // it for you`).
            "before" => {
                let shut = ["shuts", "closes", "shut", "close"];
                let mouth = ["mouth", "gob", "trap", "mouths"];
                let done = self.is(i + 1, &["someone", "somebody", "i", "we"])
                    && self.is(i + 2, &shut)
                    && self.at(i + 3) == "it";
                let said_of = self.any_in(i.saturating_sub(5)..i, &mouth)
                    && self.any_in(0..i, &["your", "ur", "yours"]);
                (done && said_of).then(|| {
                    let lasting = self.is(i + 4, &["permanently", "forever"])
                        || self.seq(i + 4, &["for", "good"])
                        || self.seq(i + 4, &["for", "you"]);
                    i + 4
                        + if lasting {
                            1 + usize::from(self.at(i + 4) == "for")
                        } else {
                            0
                        }
                })
            }
            // `I'll make your death look like an accident`.
            "your" if self.seq(i + 1, &["death", "look", "like", "an", "accident"]) => Some(i + 6),
            // `your head would look great on my wall`: a trophy.
            "your"
                if self.at(i + 1) == "head"
                    && (i + 2..i + 7).any(|k| self.seq(k, &["on", "my", "wall"])) =>
            {
                Some(self.len())
            }
            // `tell the photographer we've got his number plate and a can of petrol`.
            "his" | "her" => self.address_and_petrol(i),
            "your" => self
                .address_and_petrol(i)
                .or_else(|| self.your_people_warned(i))
                .or_else(|| self.harm_befalls_if_kept_up(i))
                .or_else(|| self.teeth_off_the_floor(i))
                .or_else(|| self.face_meets_fist(i)),
            // `I've got friends who'd happily break your legs`: a harm offered by the writer's
            // people (not `friends who'd happily lend you their van`).
            "friends" | "mates" | "lads" | "guys" | "boys" => {
                let would = (i + 1..i + 4).find(|&k| self.is(k, &["would", "d", "will"]))?;
                if !self.any_in(i + 1..would, &["who", "that"]) {
                    return None;
                }
                let verb = would + 1 + usize::from(self.is(would + 1, &["happily", "gladly"]));
                self.harm(verb, false)
            }
            // `I'll be paying the chairman a visit, and I won't be bringing flowers`: a visit
            // said to be no courtesy (not `visit the grave, and I won't be bringing flowers
            // this time`, a grave).
            "flowers" if self.any_in(i.saturating_sub(4)..i, &["not"]) => {
                let bringing = self.is(i - 1, &["bringing", "bring"]);
                let visit = self
                    .words_back_from(i)
                    .take(14)
                    .any(|w| w == "visit" || w == "visiting");
                let grave = self.said_back(i, 14, &["grave", "funeral", "cemetery", "hospital"]);
                (bringing && visit && !grave).then_some(i + 1)
            }
            // `The council leader's daughter walks home past the old mill every evening. Just
            // saying.`: someone's child's lonely way, and a hint after (not `... every evening,
            // and she loves it`).
            "walks"
                if i >= 1 && self.is(i - 1, &["daughter", "son", "kids", "wife", "children"]) =>
            {
                let daily = (i + 1..self.len()).find(|&k| {
                    self.at(k) == "every" && self.is(k + 1, &["evening", "night", "morning", "day"])
                });
                let hinted =
                    self.followed_by(&[&["just", "saying"], &["just", "so", "you", "know"]]);
                daily
                    .filter(|&k| k + 2 == self.len() && hinted)
                    .map(|k| k + 2)
            }
            // `I'd run the speed camera operator over if I could get away with it`: a harm the
            // writer would do but for the law (not `I'd take a day off if I could get away
            // with it`).
            "away"
                if i >= 4
                    && self.seq(i - 4, &["if", "i", "could", "get"])
                    && self.seq(i + 1, &["with", "it"]) =>
            {
                let would = (0..i - 4).find(|&k| self.seq(k, &["i", "would"]))?;
                let harmed = (would + 2..i - 4).any(|k| {
                    self.is(k, &HARM)
                        || self.at(k) == "run" && self.any_in(k + 1..i - 4, &["over", "down"])
                });
                harmed.then_some(i + 3)
            }
            // `The woman who reported me to the council will regret ever opening her mouth`: a
            // person named, and a regret foretold for speaking (not `she'll regret ever buying
            // that car`).
            // (Read from `opening`: a typical comment regrets things, and opens none.)
            "opening" if i >= 3 && self.seq(i - 3, &["will", "regret", "ever"]) => {
                let spoke = self.is(i + 1, &["her", "his", "their"]) && self.at(i + 2) == "mouth";
                let named = (0..i - 3).any(|k| self.person(k) > 0 || self.is(k, &["she", "he"]));
                (spoke && named).then_some(i + 3)
            }
            // `If my wife wrote that, she'd get a backhander` (not `he got a backhander from the
            // developer`, a bribe).
            "backhander" | "slap" | "clip" if i >= 3 && self.seq(i - 2, &["get", "a"]) => {
                let would = self.is(i - 3, &["would", "will"])
                    && self.any_in(i.saturating_sub(5)..i - 2, &["she", "you", "he"]);
                let clip = self.at(i) != "clip" || self.seq(i + 1, &["round", "the", "ear"]);
                (would && clip && (i + 1 == self.len() || self.at(i) == "clip")).then(|| self.len())
            }
            // `Put a pillow over the headteacher's face and hold it there` (not `put a pillow
            // over your knees`).
            "pillow" if i >= 2 && self.at(i - 1) == "a" && self.at(i + 1) == "over" => {
                let face = (i + 2..i + 6).find(|&k| self.at(k) == "face")?;
                let held =
                    self.seq(face + 1, &["and", "hold"]) || self.seq(face + 1, &["and", "press"]);
                (self.is(i - 2, &["put", "hold", "press", "shove"]) && held).then_some(face + 3)
            }
            // `asking for a friend with a bat` (not `my friend with a bat detector`).
            "friend" => {
                let after = i + 4;
                let armed = self.seq(i + 1, &["with", "a"])
                    && self.is(i + 3, &WEAPON)
                    && (self.phrase_ends_before(after) || self.is(after, &["and", "who", "for"]));
                armed.then_some(after)
            }
            // `don't be surprised if you wake up with a knife at your throat`.
            "knife" | "gun" | "blade" | "pistol" | "rifle" | "shotgun" | "machete" => {
                let at = self.is(i + 1, &["at", "to", "against"])
                    && self.is(i + 2, &["your", "his", "her"])
                    && self.is(i + 3, &["throat", "neck", "head", "temple"]);
                // `people like you are why I keep a shotgun by the door`.
                let kept = self.seq(i + 1, &["by", "the", "door"])
                    && (0..i).any(|k| self.seq(k, &["like", "you"]));
                if kept {
                    return Some(i + 4);
                }
                // `some landlord is going to end up with a knife in his gut, and he'll have
                // earned it`: a stabbing foretold (not `found with a knife in his bag`, a
                // report, nor `a knife in the back`, a betrayal).
                let ends_up = i >= 4
                    && self.seq(i - 4, &["end", "up", "with", "a"])
                    && self.at(i + 1) == "in"
                    && self.is(i + 2, &["your", "his", "her", "their"])
                    && self.is(
                        i + 3,
                        &[
                            "gut", "guts", "chest", "belly", "stomach", "neck", "throat", "ribs",
                        ],
                    );
                (at || ends_up).then_some(i + 4)
            }
            // `the only language these thugs understand is a baton to the head`.
            "language" if i > 0 && self.at(i - 1) == "only" => {
                let is = (i + 2..i + 6).find(|&k| {
                    self.is(k - 1, &["understand", "understands"]) && self.at(k) == "is"
                })?;
                let blow = is + 1 + usize::from(self.is(is + 1, &["a", "the"]));
                self.is(
                    blow,
                    &[
                        "baton", "bullet", "bullets", "beating", "boot", "violence", "force",
                        "fist", "fists",
                    ],
                )
                .then_some(blow + 1)
            }
            // `you'd look better with a black eye, love`.
            "better" if i > 0 && self.at(i - 1) == "look" && self.seq(i + 1, &["with", "a"]) => {
                (self.is(i + 3, &["black", "broken", "fat", "bloody"])
                    && self.is(i + 4, &["eye", "eyes", "nose", "lip"]))
                .then_some(i + 5)
            }
            // `post her address, let the people decide`: a person's private details ordered
            // published (not `post the address of the food bank`); `someone should leak this
            // journalist's home address` (not `... share this journalist's article`).
            "post" | "publish" | "leak" | "share" => {
                // `Someone find out where she lives and share it here` (not `... where the
                // meeting is and share it`, nor `... and share it with her old classmates`).
                if self.at(i + 1) == "it" {
                    let traced = (0..i).any(|k| {
                        self.at(k) == "where"
                            && self.is(k + 1, &["she", "he", "they"])
                            && self.is(k + 2, &["lives", "works", "sleeps"])
                    });
                    let public = ["here", "online", "everywhere", "publicly"];
                    let out = i + 2 == self.len() || self.is(i + 2, &public) && i + 3 == self.len();
                    return (traced && out).then_some(i + 2);
                }
                let urged = (0..i).all(|k| {
                    self.is(
                        k,
                        &[
                            "someone", "somebody", "should", "let", "us", "please", "just",
                        ],
                    )
                });
                let whose = if self.is(i + 1, &["her", "his", "their"]) {
                    i + 2
                } else if self.is(i + 1, &["this", "that", "the"]) && self.is(i + 2, &ROLES) {
                    i + 3
                } else {
                    return None;
                };
                let what = whose + usize::from(self.at(whose) == "home");
                // (Not `post his home address on the envelope so the parcel arrives`.)
                let mailed = self.at(what + 1) == "on"
                    && self.any_in(
                        what + 2..what + 4,
                        &["envelope", "parcel", "letter", "form"],
                    );
                (urged && self.is(what, &PRIVATE) && !mailed).then_some(what + 1)
            }
            // `let's pay a visit to the editor's house tonight, bring torches`: a mob called
            // to a home (not `bring torches for the cave tour`).
            "bring" | "grab" => (self.is(
                i + 1 + usize::from(self.is(i + 1, &["the", "our"])),
                &["torches", "pitchforks"],
            ) && self.any_in(
                0..i,
                &["house", "home", "office", "door", "address", "lives"],
            ))
            .then_some(i + 2)
            .or_else(|| self.visit_with_mates(i))
            .or_else(|| {
                // `we should bring back public executions for hacks like you` (not `... for
                // murderers`, a policy).
                let back = self.at(i + 1) == "back";
                let death = self.first_in(
                    i + 2..i + 5,
                    &["executions", "hanging", "hangings", "gallows"],
                )?;
                let for_you = self.at(death + 1) == "for"
                    && (death + 2..self.len())
                        .any(|k| self.seq(k, &["like", "you"]) || self.at(k) == "you");
                (back && for_you).then(|| self.len())
            }),
            // `before I give you something to cry about`.
            "give" => self
                .seq(i, &["give", "you", "something", "to", "cry", "about"])
                .then_some(i + 6),
            // `if I ever meet the author, he'll need a dentist afterwards`: a person hurt, the
            // writer's meeting the condition (not `if you eat that many sweets, you'll need a
            // dentist`); read from `need`, a rarer word to start at than `he`.
            // (`keep it up, sweetheart, and your face will need a surgeon`: the reader's body,
            // for what the reader keeps doing.)
            "need" => (i >= 2
                && self.at(i - 1) == "will"
                && (self.is(i - 2, &["you", "he", "she", "they"])
                    || i >= 3 && self.is(i - 3, &["your", "his", "her"]) && self.is(i - 2, &BODY))
                && self.is(i + 1, &["a", "an"])
                // (`he'll need a team of surgeons to put his face back together`.)
                && self.is(
                    i + 2 + 2 * usize::from(self.seq(i + 2, &["team", "of"])),
                    &["dentist", "ambulance", "surgeon", "surgeons", "wheelchair", "coroner"],
                )
                && ((0..i).any(|k| self.seq(k, &["if", "i"]) || self.seq(k, &["when", "i"]))
                    || self.kept_up_before(i) && self.said_before(i)))
            .then_some(i + 3),
            // `next time I see that referee he's going home in an ambulance`, `if I see that
            // reporter, he's leaving on a stretcher`: a person hurt, the writer's meeting the
            // condition (not `my gran went home in an ambulance`).
            "ambulance" | "stretcher" => (i >= 4
                && self.is(i - 2, &["in", "on"])
                && self.is(i - 1, &["an", "a"])
                && (self.seq(i - 4, &["going", "home"])
                    || self.is(i - 3, &["leaving", "leave", "leaves"]))
                && ((0..i)
                    .any(|k| self.is(k, &["if", "when", "time"]) && self.is(k + 1, &["i", "we"]))
                    // (`if the critic shows his face in my restaurant again he'll leave on a
                    // stretcher`: someone's coming back, the condition.)
                    || self.any_in(0..i, &["if"])
                        && self.any_in(0..i, &["again"])
                        && self.any_in(0..i, &["my", "our"])))
            .then_some(i + 1),
            // `put a boot through his teeth`, `... a fist in your face`.
            "put" => {
                let through = i + 3;
                (self.at(i + 1) == "a"
                    && self.is(i + 2, &["boot", "fist", "brick", "bullet"])
                    && self.is(through, &["through", "in", "into"])
                    && self.is(through + 1, &["his", "her", "your", "their"])
                    && self.is(through + 2, &BODY))
                .then_some(through + 3)
            }
            // `every camp should be bulldozed with them inside`: a place destroyed with its
            // people in it (not `the shop was painted with them inside`).
            "inside" => (i >= 2
                && self.seq(i - 2, &["with", "them"])
                && (0..i - 2).any(|k| self.harm_verb(k) || self.is(k, &DESTROYED)))
            .then_some(i + 1),
            // `your little newsroom goes up in smoke`: the reader's place burnt, foretold (not
            // `your savings go up in smoke with this tax`, said of money).
            "smoke" => (i >= 3
                && self.is(i - 3, &["goes", "go"])
                && self.seq(i - 2, &["up", "in"])
                && self.any_in(i.saturating_sub(8)..i - 3, &["your"])
                && self.any_in(i.saturating_sub(8)..i - 3, &PLACES))
            .then_some(i + 1),
            // `someone should throw acid in his face`.
            "throw" | "throws" => (self.is(i + 1, &["acid", "bleach"])
                && self.is(i + 2, &["in", "at", "on", "into", "over"])
                && (self.person(i + 3) > 0 || self.is(i + 3, &["his", "her", "your", "their"])))
            .then_some(i + 4),
            // `don't be surprised when a brick comes through your window`.
            "brick" | "bricks" => {
                let through = i + 1 + usize::from(self.is(i + 1, &["comes", "goes", "flies"]));
                (self.at(through) == "through"
                    && self.is(through + 1, &["your", "his", "her", "their"])
                    && self.is(through + 2, &["window", "windows", "windscreen", "door"]))
                .then_some(through + 3)
            }
            // `I'd happily kick this councillor down a flight of stairs`.
            "kick" | "push" | "shove" if self.by_someone(i) => {
                let down = i + 1 + self.person(i + 1);
                let stairs = (down + 1..down + 5).find(|&k| self.is(k, &["stairs", "steps"]));
                (self.person(i + 1) > 0 && self.at(down) == "down")
                    .then_some(stairs?)
                    .map(|k| k + 1)
            }
            // `people who write rubbish like this tend to have accidents`: a harm foretold to
            // writers (not `young drivers tend to have accidents at night`).
            // `we should round up every journalist at this paper and make an example of them`:
            // people seized to be punished for all to see (not `round up volunteers for the
            // beach clean`).
            // `whoever runs that trust wants taking round the back of the car park and sorting
            // out`, `take him round the back`: a person led out of sight for a beating (not
            // `take the bins round the back`, `the parcel wants taking round the back`).
            "round" if self.seq(i + 1, &["the", "back"]) => {
                let led = (i.saturating_sub(3)..i)
                    .find(|&k| self.is(k, &["taking", "taken", "take", "took", "takes"]))?;
                let wanted = led >= 1
                    && self.is(led - 1, &["wants", "want", "needs", "need", "be"])
                    && (0..led - 1).any(|k| self.person(k) > 0 || self.at(k) == "whoever")
                    && led + 1 == i;
                let whom = (led + 1..i).any(|k| self.is(k, &["him", "her", "them", "you"]));
                // (Nothing said of why, or a beating after: not `... round the back to the
                // garden entrance`.)
                let of_the = if self.seq(i + 3, &["of", "the"]) {
                    (i + 5..i + 8).find(|&k| {
                        k == self.len() || self.phrase_ends_before(k) || self.at(k) == "and"
                    })
                } else {
                    Some(i + 3)
                };
                let beaten = ["sort", "sorting", "sorted", "teach", "give", "deal", "kick"];
                let done = of_the.filter(|&k| {
                    k == self.len()
                        || self.phrase_ends_before(k)
                        || self.at(k) == "and" && self.is(k + 1, &beaten)
                });
                (wanted || whom).then_some(done?)
            }
            "round" if self.at(i + 1) == "up" && self.person_in(i + 2..i + 5) => {
                let example = (i + 3..self.len()).find(|&k| {
                    self.seq(k, &["make", "an", "example", "of"])
                        && self.is(k + 4, &["them", "him", "her", "you"])
                });
                // (And `round up these traitors and put them in camps`, as below.)
                example
                    .map(|k| k + 5)
                    .or_else(|| self.sent_to_camps(i + 2).filter(|_| self.roundup_called(i)))
            }
            // `We should round them all up and put them in camps` (not `... round up the
            // volunteers and put them in the tents`, nor `they rounded them up ...`, told).
            "round" if self.person(i + 1) > 0 && self.is(i + 2, &["up", "all"]) => {
                self.sent_to_camps(i + 2).filter(|_| self.roundup_called(i))
            }
            // `They should all be rounded up and put in camps` (not `they were rounded up ...`).
            "rounded" if self.at(i + 1) == "up" && i >= 2 && self.at(i - 1) == "be" => self
                .sent_to_camps(i + 2)
                .filter(|_| self.roundup_called(i - 1)),
            // `funny how reporters who write stuff like this always seem to end up in the
            // river`: a fate foretold to those who write (not `the leaves always end up in the
            // river`).
            // `keep it up and they'll be fishing you out of the harbour`: the reader's body
            // taken out of the water, foretold (not `they fished a bike out of the canal`, nor
            // `the lifeguards will pull you out of the lake if you fall in`: pulled out on a
            // condition only).
            "river" | "canal" | "harbour" | "harbor" | "lake"
                if (i.saturating_sub(6)..i).any(|k| self.seq(k, &["you", "out", "of"])) =>
            {
                let k = (i.saturating_sub(6)..i).find(|&k| self.seq(k, &["you", "out", "of"]))?;
                let fished = k > 0 && self.is(k - 1, &["fishing", "fish"]);
                let pulled = k > 0
                    && self.is(k - 1, &["pulling", "pull", "dragging", "drag"])
                    && self.kept_up_before(k - 1);
                (fished || pulled).then_some(i + 1)
            }
            "river" | "canal" | "ditch" | "morgue" | "harbour"
                if (i.saturating_sub(5)..i).any(|k| self.seq(k, &["end", "up", "in"])) =>
            {
                let writers = self.any_in(0..i, &["write", "writes", "wrote", "post", "print"]);
                let habit = self.any_in(0..i, &["always", "tend", "seem", "usually", "often"]);
                (writers && habit).then_some(i + 1)
            }
            "accidents" => (i >= 3
                && self.seq(i - 3, &["tend", "to", "have"])
                && self.any_in(0..i - 3, &["write", "writes", "wrote", "post", "print"]))
            .then_some(i + 1),
            // `journalists who write this stuff tend to fall down stairs eventually` (not
            // `toddlers tend to fall down stairs`).
            // `There are people who'd pay to see you fall down a flight of stairs. I'm one of
            // them.` (not `... pay to see you perform live`).
            "stairs"
                if (i.saturating_sub(10)..i)
                    .any(|k| self.seq(k, &["pay", "to", "see", "you", "fall", "down"])) =>
            {
                Some(i + 1)
            }
            "stairs" if i >= 4 && self.seq(i - 4, &["tend", "to", "fall", "down"]) => self
                .any_in(0..i - 4, &["write", "writes", "wrote", "post", "print"])
                .then_some(i + 1),
            // `It's a long way down from your balcony, isn't it?`, left there (not `...; the
            // view must be amazing`).
            "balcony" | "roof" | "window"
                if i >= 1
                    && self.at(i - 1) == "your"
                    && self.reads_before(i, 6, &["long", "way", "down"]) =>
            {
                let closed = i + 1 == self.len() || self.closes_with(i + 1, &["is", "not", "it"]);
                (closed && self.words_after().next().is_none()).then(|| self.len())
            }
            // `your newsroom has a lot of windows. Glass breaks easily.` (`The reporter's flat
            // has a lovely big window. ...`: a person's place, the possessive's `s` dropped.)
            "windows" | "window" => {
                let yours = (0..i).any(|k| {
                    (self.at(k) == "your" || self.is(k, &ROLES)) && self.is(k + 1, &PLACES)
                });
                let broken = [
                    &["glass", "breaks"][..],
                    &["glass", "is", "fragile"],
                    &["windows", "break"],
                ];
                // (`Nice little flower shop your wife runs on Elm Street. Lots of glass in those
                // windows.`: the glass of a place of the reader's, named just before; not `lots
                // of glass in those windows, the light is lovely`.)
                let glazed = i >= 3
                    && self.seq(i - 3, &["glass", "in"])
                    && self.is(i - 1, &["those", "your", "the"])
                    && i + 1 == self.len()
                    && self
                        .words_back_from(i)
                        .skip(4)
                        .take(14)
                        .any(|w| w == "your");
                (yours && self.followed_by(&broken) || glazed).then_some(i + 1)
            }
            // `If the editor walks past the bus station tonight he might not walk anywhere
            // again` (not `if the swelling gets worse tonight he might not walk again`: no
            // place passed).
            "walk" => {
                let not = i >= 2 && self.at(i - 1) == "not" && self.is(i - 2, &["might", "will"]);
                let again = i + 1 + usize::from(self.at(i + 1) == "anywhere");
                let passes = (0..i).any(|k| {
                    self.at(k) == "if"
                        && (k + 1..i).any(|p| {
                            self.is(p, &["walks", "goes", "drives"]) && self.at(p + 1) == "past"
                        })
                });
                (not && self.at(again) == "again" && passes).then_some(again + 1)
            }
            // `if this councillor shows his face at the fete, he won't be walking out of it`
            // (not `he won't be walking for a month after the operation`).
            "walking" => (i >= 3
                && self.seq(i - 3, &["will", "not", "be"])
                && (self.seq(i + 1, &["out", "of", "it"])
                    || self.seq(i + 1, &["out", "of", "there"]))
                && i + 4 == self.len()
                && self.any_in(0..i, &["if", "when"]))
            .then_some(i + 4),
            // `every time I read your name I sharpen another knife`: a weapon readied, with
            // the reader in the clause.
            "sharpen" => (self.is(i + 1, &["another", "my", "a", "the"])
                && self.is(i + 2, &WEAPON)
                && self.any_in(0..i, &["i", "we"])
                && self.any_in(0..self.len(), &["you", "your"]))
            .then_some(i + 3),
            // `every mosque should be burnt to the ground`: a people's place of worship, the
            // subject of a call (not `the old church should be restored`).
            "mosque" | "mosques" | "church" | "churches" | "synagogue" | "synagogues"
            | "temple" | "temples" => (self.seq(i + 1, &["should", "be"])
                && self.is(
                    i + 3,
                    &["burnt", "burned", "torched", "bombed", "razed", "blown"],
                ))
            .then_some(i + 4),
            // `the columnist should check under her car before she drives to work`: a bomb
            // hinted at (not `check under the car for leaks`).
            "check" => (self.at(i + 1) == "under"
                && self.is(i + 2, &["your", "her", "his", "their"])
                && self.is(i + 3, &["car", "cars", "van"])
                && (i + 4 == self.len() || self.is(i + 4, &["before", "every", "each"])))
            .then_some(i + 4),
            // `I'll rip that smug head clean off your shoulders`.
            "rip" | "tear" if self.by_someone(i) => {
                let part = (i + 1..i + 5).find(|&k| self.is(k, &BODY))?;
                (part + 1..part + 3)
                    .find(|&k| self.at(k) == "off")
                    .map(|off| off + 1)
            }
            // `post one more article and your address goes on every forum I know`: the
            // reader's address made public if they go on (not `fill in one more form and your
            // address goes on the list`).
            "address" if i >= 1 && self.is(i - 1, &["your", "ur"]) => {
                let on_condition =
                    (0..i).any(|k| self.seq(k, &["one", "more"])) || self.kept_up_before(i);
                let goes = i + 1 + usize::from(self.at(i + 1) == "will");
                let public = self.is(goes, &["goes", "go", "gets"])
                    && (self.is(goes + 1, &["online", "public", "everywhere", "viral"])
                        || self.seq(goes + 1, &["on", "every"])
                        || self.seq(goes + 1, &["on", "the", "internet"]));
                (on_condition && public).then_some(goes + 2)
            }
            // `journalists like you used to disappear in countries that knew how to deal with
            // traitors`, `people like you don't live long`: the fate of the reader's kind (not
            // `phones like you described used to disappear from the office`).
            "disappear" | "vanish" | "long" => {
                let fate = if self.at(i) == "long" {
                    i >= 2 && self.at(i - 1) == "live" && self.is(i - 2, &["not", "never"])
                } else {
                    i >= 1 && self.is(i - 1, &["to", "would", "will", "tend"])
                };
                let like_you = || {
                    (1..i).any(|k| {
                        self.seq(k, &["like", "you"])
                            && (self.is_people(k - 1) || self.is(k - 1, &["people", "those"]))
                    })
                };
                (fate && like_you()).then_some(i + 1)
            }
            // `the only thing you're good for is target practice` (not `archers come to the
            // range for target practice`).
            // (`Every refugee boat should be turned into target practice`: people, or their
            // boats, made targets; not `the old tanks should be turned into target practice`.)
            "practice" => (i >= 1
                && self.at(i - 1) == "target"
                && ((0..i).any(|k| self.seq(k, &["you", "are", "good", "for"]))
                    || (0..i).any(|k| self.seq(k, &["use", "you", "for"]))
                    || self.any_in(0..i, &["should", "must", "let"])
                        && (0..i).any(|k| self.is_people(k))))
            .then_some(i + 1),
            // `That cockroach of a journalist needs stepping on` (not `that cockroach in the
            // kitchen needs stepping on`).
            "stepping" | "stamping" | "squashing" | "squishing"
                if i >= 1 && self.is(i - 1, &["needs", "need"]) =>
            {
                let person = (0..i).any(|k| self.is_people(k));
                person.then(|| (i + 2).min(self.len()))
            }
            // `your house has a lot of wooden beams. Wood burns.`: the reader's place, and what
            // burns it (not `our house has wooden beams; the surveyor says they're sound`).
            "beams" | "wooden" | "timber" => {
                let yours = (0..i).any(|k| self.at(k) == "your" && self.is(k + 1, &PLACES));
                let burns = [
                    &["wood", "burns"][..],
                    &["timber", "burns"],
                    &["wood", "is", "flammable"],
                ];
                (yours && self.followed_by(&burns)).then_some(i + 1)
            }
            // `you'll end up like that reporter in Malta if you're not careful` (not `... like
            // your father`).
            "careful" if i >= 4 && self.seq(i - 4, &["if", "you", "are", "not"]) => {
                let like = (1..i - 4)
                    .find(|&k| self.seq(k - 1, &["end", "up"]) && self.at(k + 1) == "like");
                let reporter = like.is_some_and(|k| {
                    self.any_in(
                        k + 2..k + 5,
                        &[
                            "reporter",
                            "journalist",
                            "blogger",
                            "reporters",
                            "journalists",
                        ],
                    )
                });
                (reporter && self.any_in(0..i, &["you"])).then_some(i + 1)
            }
            // `you and your family won't see Christmas if you keep this up` (not `we won't see
            // Christmas lights on the high street this year`).
            "christmas" | "birthday" => (i >= 3
                && self.seq(i - 3, &["will", "not", "see"])
                && self.any_in(0..i - 3, &["you", "your"])
                && (i + 1 == self.len() || self.seq(i + 1, &["if", "you"])))
            .then_some(i + 1),
            // `a bat to the kneecaps would fix your attitude`: a blow the cure (not `a holiday
            // would fix your attitude`).
            "attitude" => (i >= 3
                && self.is(i - 1, &["your", "ur"])
                && self.is(i - 2, &["fix", "sort", "cure", "improve", "adjust"])
                && self.at(i - 3) == "would"
                && (self.any_in(i.saturating_sub(10)..i - 3, &BEATINGS)
                    || self.any_in(i.saturating_sub(10)..i - 3, &["bat", "kneecaps"])))
            .then_some(i + 1),
            // `your son looks like he'd bruise easily`: the reader's child sized up for a
            // beating (not `these peaches look like they'd bruise easily`).
            "bruise" => {
                let would =
                    i >= 2 && self.at(i - 1) == "would" && self.is(i - 2, &["he", "she", "they"]);
                let looks = would
                    && (i.saturating_sub(6)..i - 2).any(|k| {
                        self.is(k, &["looks", "look", "seems", "seem"])
                            && k > 0
                            && self.is_people(k - 1)
                    })
                    && self.any_in(i.saturating_sub(8)..i - 2, &["your", "ur"]);
                (looks && self.at(i + 1) == "easily").then_some(i + 2)
            }
            // `I hope the protesters kick your teeth in`.
            "teeth" => (i >= 2
                && self.is(i - 1, &["your", "his", "her", "their"])
                && self.is(
                    i - 2,
                    &["kick", "knock", "smash", "kicked", "knocked", "smashed"],
                )
                && self.at(i + 1) == "in")
                .then_some(i + 2),
            _ => None,
        }
    }
    /// `The author lives two streets from me. Might pop round for a chat, bring a few mates.`,
    /// from `bring` at `i`: a visit, not alone, after where the person lives (not `... pop
    /// round for a chat about the bins`, alone).
    fn visit_with_mates(&self, i: usize) -> Option<usize> {
        if self.at(i) != "bring" || !self.phrase_ends_before(i) {
            return None;
        }
        let mates = i + 1 + usize::from(self.is(i + 1, &["a", "some", "the"]));
        let mates = mates + usize::from(self.at(mates) == "few");
        let visit = (0..i).any(|k| {
            self.seq(k, &["pop", "round"])
                || self.seq(k, &["drop", "by"])
                || self.seq(k, &["call", "round"])
                || self.seq(k, &["come", "round"])
        });
        let lives = self.said_back(i, 24, &["lives", "live"]);
        (self.is(mates, &["mates", "friends", "lads"]) && mates + 1 == self.len() && visit && lives)
            .then_some(mates + 1)
    }
}
