//! The reader's future said: `you will regret this`, `someone should teach you a lesson`,
//! `keep writing like this and see what happens`, `your family will pay for every word`.

use super::{BACK_CARE, WHEREABOUTS, WORKPLACE};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::threat::calls::BEATINGS;
use crate::rules::threat::harm::{HARMED, POSSESSIVES, PRONOUNS, PROPERTY, ROLES};

/// What the reader keeps saying, in a menace's condition (`keep publishing lies and ...`).
static KEPT_SAYING: Lexicon = Lexicon::new(
    "writing publishing posting talking lying spreading printing commenting running \
     attacking insulting mocking",
);

/// Pets, harmed as the reader's own: `shame if something happened to your dog`.
static PETS: Lexicon = Lexicon::new("dog dogs cat cats pet pets horse horses puppy kitten");

/// A car's parts that fail, in a menace of sabotage: `your brakes might fail`.
static SABOTAGED: Lexicon = Lexicon::new("brakes brake tyres tires wheels steering");

impl Clause<'_> {
    /// A harm the writer would regret, or regrets undone: `it would be a shame if something
    /// happened to your family`, `it'd be a pity if your car caught fire`, `... a real tragedy
    /// if the reporter's car had no brakes one day`, `real shame your house is made of wood,
    /// fires spread so fast`, `shame someone hasn't put you in a wheelchair yet`.
    pub(super) fn regretted(&self, i: usize) -> Option<usize> {
        let happens = ["happened", "happens", "happen"];
        // `How's the leg? Shame it wasn't your neck.`: a worse harm wished (not `shame it
        // wasn't your day`).
        if self.seq(i + 1, &["it", "was", "not", "your"])
            && self.is(i + 5, &["neck", "head", "skull", "spine"])
        {
            return Some(i + 6);
        }
        // (`... if somebody pushed you onto the tracks one evening`: the reader pushed
        // somewhere, not `... pushed the button`.)
        let pushed = || {
            (i + 2..i + 6).any(|k| {
                let person = self.person(k + 1);
                self.is(k, &["pushed", "shoved", "threw", "tipped"])
                    && person > 0
                    && self.is(
                        k + 1 + person,
                        &["onto", "off", "under", "into", "down", "in", "out"],
                    )
            })
        };
        // (`... you've got there`: something of the reader's shown off in the ten words
        // before.)
        let shown_off_there = || {
            let mut before = self.words_back_from(i).take(10);
            before.any(|w| w == "there") && before.take(3).any(|w| w == "have" || w == "got")
        };
        // (`... if something happened to your dog`: the reader's pet or property.)
        let yours_harmed = || {
            (i + 4..i + 9).any(|k| {
                self.seq(k, &["to", "your"]) && (self.is(k + 2, &PROPERTY) || self.is(k + 2, &PETS))
            })
        };
        if self.at(i + 1) == "if" {
            let befalls = if self.at(i) == "shame" {
                // `nice little family you have there, shame if something happened to it`:
                // what the reader has, shown off just before.
                let shown_off = || {
                    let mut before = self.words_back_from(i);
                    before.next() == Some("there")
                        && before.take(2).any(|w| w == "have" || w == "got")
                        && self.any_in(i + 4..i + 9, &["it", "them"])
                };
                // (`be a shame if he got hurt`; `... if your daughter's photos ended up on
                // certain websites`.)
                let hurt = self.any_in(i + 2..i + 7, &["hurt", "injured"]);
                let exposed = self.at(i + 2) == "your"
                    && (i + 3..i + 6).any(|k| {
                        self.is(k, &["photos", "pictures", "pics", "address"])
                            && self.seq(k + 1, &["ended", "up"])
                            && (k + 3..k + 6).any(|w| {
                                self.is(w, &["websites", "sites", "online", "internet", "porn"])
                            })
                    });
                // (`... if your server caught fire with you sitting next to it`: the reader
                // burnt with a thing, not `... with you away on holiday`.)
                let burnt_with_you = self.any_in(i + 3..i + 10, &["fire", "exploded", "blew"])
                    && (i + 3..self.len()).any(|k| {
                        self.seq(k, &["with", "you"])
                            && self.is(k + 2, &["sitting", "inside", "in", "still", "trapped"])
                    });
                // (`be a shame if someone told your husband what you really get up to`: the
                // reader's secrets told to their people; not `... about the surprise party`.)
                let told = self.is(i + 2, &["someone", "somebody", "anyone"])
                    && self.is(i + 3, &["told", "showed", "tells", "shows"])
                    && self.is(i + 4, &["your", "ur"])
                    && (self.is_people(i + 5) || self.is(i + 5, &WORKPLACE))
                    && (self.seq(i + 6, &["what", "you"]) || self.seq(i + 6, &["about", "you"]))
                    // (`... shame if your husband found out what you really think`.)
                    || self.is(i + 2, &["your", "ur"])
                        && self.is_people(i + 3)
                        && self.seq(i + 4, &["found", "out", "what", "you"]);

                // (`Your dog looks lovely on your profile. Be a shame if it ate something it
                // shouldn't.`: a pet poisoned; not `shame if the kids ate something before
                // dinner`.)
                let poisoned = (i + 2..i + 5).any(|k| {
                    self.is(k, &["ate", "swallowed"])
                        && self.at(k + 1) == "something"
                        && (self.seq(k + 2, &["it", "should", "not"])
                            || self.words_back_from(i).take(12).any(|w| {
                                matches!(w, "dog" | "dogs" | "cat" | "cats" | "pet" | "pets")
                            }))
                });
                // (`Nice little surgery you've got there; it would be a shame if it burnt
                // down`: what was shown off, burnt.)
                let burnt_down = self.is(i + 2, &["it", "they"])
                    && (self.is(i + 3, &["burnt", "burned", "burns"]) && self.at(i + 4) == "down"
                        || self.seq(i + 3, &["caught", "fire"])
                        || self.seq(i + 3, &["went", "up", "in", "flames"]))
                    && shown_off_there();
                // (`Nice shop you've got there, be a shame if the windows got broken`: what was
                // shown off, broken; not `shame if the windows got broken in the storm`.)
                let broken = (i + 2..i + 7).any(|k| {
                    self.is(
                        k,
                        &["broken", "smashed", "vandalised", "vandalized", "wrecked"],
                    ) && self.phrase_ends_before(k + 1)
                }) && shown_off_there();
                // (`Your kids go to St Mary's, right? Lovely school. Be a shame if they had to
                // change schools suddenly.`: the reader's children's school lost.)
                let moved = self.is(i + 2, &["they", "he", "she"])
                    && self.seq(i + 3, &["had", "to"])
                    && self.is(i + 5, &["change", "move", "leave"])
                    && self.is(i + 6, &["schools", "school"])
                    && self.kin_named_before(i);
                exposed
                    || told
                    || moved
                    || burnt_down
                    || broken
                    || burnt_with_you
                    || pushed()
                    || poisoned
                    || self.went_missing(i + 2)
                    || (self.any_in(i + 2..i + 6, &happens) || hurt)
                        && (self.person_in(i + 4..i + 9)
                            || self.any_in(i + 2..i + 4, &["he", "she", "they"])
                            || shown_off()
                            // (`Lovely family photo, editor. Be a shame if anything happened to
                            // that little one.`: the reader's child.)
                            || (i + 4..i + 9).any(|k| {
                                self.is(k, &["that", "your", "the"])
                                    && self.seq(k + 1, &["little", "one"])
                            })
                            // (`I know your car, the blue one. Shame if something happened to
                            // it.`: the clause that and nothing else.)
                            || i == 0 && self.seq(i + 4, &["to", "it"]) && i + 6 == self.len()
                            || yours_harmed())
            } else {
                // (`... if this reporter tripped into the canal one dark night`.)
                let fire = [
                    "fire", "burned", "burnt", "exploded", "brakes", "tripped", "drowned",
                ];
                // (`be a pity if anything happened to that pretty face`.)
                let face = (i + 4..i + 9).any(|k| {
                    self.at(k) == "face"
                        && self.any_in(k.saturating_sub(3)..k, &["that", "your", "her", "his"])
                });
                // (`It would be a tragedy if your little paper lost its printing press in a
                // fire`: the reader's, lost in one.)
                let lost_in_a_fire = self.at(i + 2) == "your"
                    && (i + 3..i + 12).any(|k| self.seq(k, &["in", "a", "fire"]));
                (self.any_in(i + 2..i + 6, &happens)
                    || self.any_in(i + 3..i + 8, &fire)
                    || lost_in_a_fire)
                    && (self.person_in(i + 2..i + 9)
                        || self.any_in(i + 2..i + 4, &["your"])
                        || face
                        || yours_harmed()
                        // (`Nice car you have there. Would be a pity if it caught fire.`)
                        || self.is(i + 2, &["it", "they"]) && shown_off_there())
                    || self.went_missing(i + 2)
                    || self.brakes_failed(i + 2)
                    || self.walked_home_alone(i)
                    || pushed()
            };
            // (`Nice article. Be a pity if it was your last.`)
            let last = self.seq(i + 2, &["it", "was", "your", "last"])
                || self.seq(i + 2, &["it", "were", "your", "last"]);
            if befalls || last {
                return Some((i + 9).min(self.len()));
            }
        }
        if self.is(i, &["tragedy", "tragic"]) {
            return None;
        }
        // `shame the author won't live long enough to write a sequel`: a person's death,
        // regretted as a thing to come (not `shame the shop won't stay open long enough`).
        if self.at(i) == "shame" {
            let person = (i + 1..i + 3).find(|&k| self.person(k) > 0);
            if let Some(p) = person {
                let will = p + self.person(p);
                let not = will + usize::from(self.at(will) == "will");
                if self.seq(not, &["not", "live", "long", "enough"]) {
                    return Some(not + 4);
                }
                // (`shame the author won't be around much longer to write more`.)
                if self.seq(not, &["not", "be", "around"]) {
                    let much = not + 3 + usize::from(self.at(not + 3) == "much");
                    if self.at(much) == "longer" {
                        return Some(much + 1);
                    }
                }
            }
        }
        if self.at(i) == "shame" && self.is(i + 1, &["someone", "somebody", "nobody", "no"]) {
            if let Some(end) = (i + 2..i + 6).find_map(|k| self.harm(k, false)) {
                return Some(end);
            }
        }
        let yours = (i + 1..i + 4).find(|&k| self.at(k) == "your")?;
        let fire = ["fire", "fires", "burn", "burns", "flammable", "petrol"];
        (self.is(yours + 1, &PROPERTY) && self.any_in(yours + 2..self.len(), &fire))
            .then(|| self.len())
    }

    /// The end of a lesson taught at `teach` (word `i`) that is a beating: `somebody should
    /// teach that reporter a lesson he won't forget` (not a lesson in grammar, nor the voters'
    /// lesson to a government), `... some manners with a baseball bat`, `let's all go round to
    /// his house tonight and teach him some respect`.
    pub(super) fn lesson_taught(&self, i: usize) -> Option<usize> {
        let taught = self.pupil(i + 1);
        if taught == 0 {
            return None;
        }
        let lesson = i + 1 + taught;
        // Brought to someone's home.
        let visited = (0..i).any(|k| {
            self.is(k, &["round", "over"])
                && self.at(k + 1) == "to"
                && self.is(k + 2, &["his", "her", "your", "their"])
                && self.is(k + 3, &["house", "home", "place", "flat", "door"])
        });
        if visited {
            let some = lesson + usize::from(self.is(lesson, &["some", "a"]));
            if self.is(some, &["manners", "respect", "lesson"]) {
                return Some(some + 1);
            }
        }
        // `maybe a punch in the mouth would teach you some manners`: a blow the teacher.
        let blow = i > 0
            && self.is(i - 1, &["would", "will", "might", "should"])
            && (i.saturating_sub(7)..i - 1).any(|k| self.is(k, &BEATINGS));
        if blow {
            let some = lesson + usize::from(self.is(lesson, &["some", "a"]));
            if self.is(some, &["manners", "respect", "lesson"]) {
                return Some(some + 1);
            }
        }
        if !self.by_someone(i) {
            return None;
        }
        // `somebody ought to teach this councillor what a tyre iron feels like`.
        if self.at(lesson) == "what" && self.is(lesson + 1, &["a", "an", "my", "our"]) {
            let felt = (lesson + 2..lesson + 5).find(|&k| self.seq(k, &["feels", "like"]))?;
            return self.armed_in(lesson + 2..felt).then_some(felt + 2);
        }
        if self.seq(lesson, &["a", "lesson"])
            && !self.is(lesson + 2, &["in", "about", "on", "from", "of"])
        {
            return Some(lesson + 2);
        }
        // `... teach this reporter some manners with a baseball bat`; not `teach you how to
        // cook with a knife`.
        let manners = lesson + usize::from(self.is(lesson, &["some", "a", "few"]));
        if !self.is(manners, &["manners", "respect", "lesson", "lessons"]) {
            return None;
        }
        let with = (manners + 1..manners + 3).find(|&k| self.at(k) == "with")?;
        self.armed_in(with + 1..with + 4).then_some(with + 4)
    }

    /// How many words at `k` name who is taught or given a lesson: a pronoun (which
    /// [`Clause::person`] would read with the `a` after it, `you a`), or a person; 0 if none.
    fn pupil(&self, k: usize) -> usize {
        if self.is(k, &PRONOUNS) {
            1
        } else {
            self.person(k)
        }
    }

    /// `someone should give him a lesson he won't forget`, from `give` at `i`: a lesson the
    /// reader or another is given by someone, one never forgotten (not `... give her a lesson,
    /// she wants to learn to drive`, `... a lesson he won't forget in chemistry`).
    pub(super) fn lesson_given(&self, i: usize) -> Option<usize> {
        let given = self.pupil(i + 1);
        if given == 0 || !self.by_someone(i) {
            return None;
        }
        let lesson = i + 1 + given;
        if !self.seq(lesson, &["a", "lesson"]) {
            return None;
        }
        let forget = (lesson + 2..lesson + 6).find(|&k| self.at(k) == "forget")?;
        (self.any_in(lesson + 2..forget, &["not", "never", "t"])
            && self.phrase_ends_before(forget + 1))
        .then_some(forget + 1)
    }

    /// `your family should watch their backs` (not `cyclists should watch their backs on that
    /// junction`), `your dog would make a nice barbecue`: the reader's people warned, the
    /// reader's pet to be eaten.
    pub(super) fn your_people_warned(&self, i: usize) -> Option<usize> {
        if self.is_people(i + 1) {
            let watch = (i + 2..i + 5).find(|&k| self.seq(k, &["watch", "their", "backs"]));
            if let Some(k) = watch.filter(|&k| !self.any_in(k + 3..k + 7, &BACK_CARE)) {
                return Some(k + 3);
            }
        }
        if !self.is(i + 1, &["dog", "cat", "puppy", "kitten", "pets"]) {
            return None;
        }
        let made = (i + 2..i + 4).find(|&k| self.is(k, &["make", "makes"]))?;
        let dish = made + 1 + usize::from(self.is(made + 1, &["a", "an"]));
        let dish = dish + usize::from(self.is(dish, &["nice", "good", "tasty", "great"]));
        let dishes = ["barbecue", "bbq", "kebab", "stew", "meal", "dinner", "rug"];
        self.is(dish, &dishes).then_some(dish + 1)
    }

    /// `keep publishing lies and your car might not start one morning`, from `your` at `i`:
    /// what the reader keeps saying, then a harm that may befall their things or people (not
    /// `keep the receipt and your car might qualify for a refund`, `keep driving like that
    /// and your car might not start in winter`).
    /// (`... and one morning your brakes won't work`: a car's parts, failing.)
    /// (`publish one more lie about us and your office windows won't survive the night`: one
    /// more thing said, as the condition.)
    pub(super) fn harm_befalls_if_kept_up(&self, i: usize) -> Option<usize> {
        let said = ["lie", "lies", "article", "word", "story", "column", "piece"];
        let one_more = (0..i).any(|k| {
            self.seq(k, &["one", "more"])
                && self.is(k + 2, &said)
                && self.any_in(k + 3..i, &["and"])
        });
        let kept_saying = one_more
            || self.kept_up_before(i)
                && (0..i).any(|k| self.at(k) == "keep" && self.is(k + 1, &KEPT_SAYING));
        // `keep reporting on my brother's trial and your name goes on the list` (not `keep
        // writing and your name goes on the shortlist`): a list of targets.
        let listed = self.seq(i + 1, &["name", "goes", "on", "the", "list"])
            || self.seq(i + 1, &["name", "is", "on", "the", "list"]);
        let kept_on = (0..i).any(|k| {
            self.at(k) == "keep"
                && self.at(k + 1).ends_with("ing")
                && self.any_in(k + 2..i, &["and"])
        });
        if listed && kept_on {
            return Some(i + 6);
        }
        // `keep writing sob stories and one morning you'll find your car tyres slashed`: what
        // the reader will find done to their things (not `... you'll find your car tyres
        // pumped`).
        let found = i >= 3
            && self.at(i - 1) == "find"
            && self.is(i - 2, &["ll", "will"])
            && self.at(i - 3) == "you";
        // (`keep writing sob stories about tenants and ...`: what is kept up, at any length.)
        let kept_writing = (0..i).any(|k| {
            self.at(k) == "keep" && self.is(k + 1, &KEPT_SAYING) && self.any_in(k + 2..i, &["and"])
        });
        if found && (kept_saying || kept_writing) {
            let thing = i + 1 + usize::from(self.is(i + 1, &["car", "house", "office"]));
            let done = ["slashed", "smashed", "burnt", "burned", "torched", "kicked"];
            let things = [
                "tyres", "tires", "windows", "door", "brakes", "car", "house",
            ];
            if self.is(thing, &things) && self.is(thing + 1, &done) {
                return Some(thing + 2);
            }
        }
        let parts = self.is(i + 1, &SABOTAGED);
        // (`your office windows`.)
        let m = i + 2 + usize::from(self.is(i + 2, &["windows", "doors"]));
        if !(self.is(i + 1, &PROPERTY) || self.is_people(i + 1) || parts)
            || !self.is(m, &["might", "may", "could", "will"])
            || !kept_saying
        {
            return None;
        }
        let befalls = self.seq(m + 1, &["not", "start"])
            || self.seq(m + 1, &["catch", "fire"])
            || self.seq(m + 1, &["burn", "down"])
            || self.seq(m + 1, &["have", "an", "accident"])
            || self.seq(m + 1, &["get", "hurt"])
            || self.seq(m + 1, &["not", "survive"])
            || parts && (self.seq(m + 1, &["not", "work"]) || self.is(m + 1, &["fail", "go"]));
        befalls.then(|| (m + 4).min(self.len()))
    }

    /// The reader's future said (`you will regret this`, `you're leaving on a stretcher`,
    /// `your family will pay for every word you write`), the reader told they are done for
    /// (`your days are numbered`), menaces said in plain words ([`Clause::said_plainly`]), and
    /// the reader found (`when I find you`).
    pub(super) fn future_foretold(&self, i: usize) -> Option<usize> {
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        // `... and you'll be singing soprano for good`, `you'll be lucky to walk in it`: the
        // reader maimed, foretold (not `you'll be lucky to get a table`).
        if self.at(i) == "you" && self.is(i + 1, &["will", "ll"]) && self.at(i + 2) == "be" {
            let b = i + 3;
            if self.seq(b, &["singing", "soprano"]) {
                return Some(b + 2);
            }
            // (`... and you'll be the next body they fish out`; not `... the next body to join
            // the committee`.)
            if self.seq(b, &["the", "next", "body"])
                && (b + 3 == self.len() || self.is(b + 3, &["they", "found", "in", "pulled"]))
            {
                return Some(b + 3);
            }
            if self.seq(b, &["lucky", "to"])
                && self.is(b + 2, &["walk", "see", "breathe", "survive"])
                && (b + 3 == self.len() || self.is(b + 3, &["again", "in", "out"]))
            {
                return Some(b + 3);
            }
        }
        // `I'll make sure she never leaves`, `we'll make sure you never walk again`: the
        // writer's word that someone will not go free (not `make sure you never leave your bag
        // unattended`, advice, nor `I'll make sure you never leave empty-handed`); `We'll just
        // make sure you stop writing.`, closing the clause.
        let make = i + 2 + usize::from(self.at(i + 2) == "just");
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "will" && self.seq(make, &["make", "sure"])
        {
            let whom = make + 2;
            let verb = whom + 2;
            let gone = [
                "leave", "leaves", "walk", "walks", "wake", "wakes", "write", "writes",
            ];
            if self.is(whom, &["you", "she", "he", "they"])
                && self.at(whom + 1) == "never"
                && self.is(verb, &gone)
                && ends_at(verb + 1, &["again", "alive"])
            {
                return Some((verb + 2).min(self.len()));
            }
            if self.at(whom) == "you" && self.closes_with(whom + 1, &["stop", "writing"]) {
                return Some(self.len());
            }
        }
        // `you will`, `you are going to`, `(I'll make sure) you`: the verb's place.
        // (`you lot will ...`, `every one of you vaccine pushers will ...`: the readers named.)
        let you_all = if self.at(i) != "you" {
            None
        } else if self.is(i + 1, &["lot", "people", "all", "guys", "lads", "two"]) {
            Some(i + 2)
        } else if i >= 3 && self.seq(i - 3, &["every", "one", "of"]) {
            (i + 1..i + 4).find(|&k| self.at(k) == "will")
        } else {
            None
        };
        let future = if self.seq(i, &["you", "will"]) {
            Some(i + 2)
        } else if let Some(will) = you_all.filter(|&k| self.at(k) == "will") {
            Some(will + 1)
        } else if self.seq(i, &["you", "are", "going", "to"]) {
            Some(i + 4)
        } else if (self.seq(i, &["you", "would", "be"]) || self.seq(i, &["you", "d", "be"]))
            && self.is(i + 3, &["eating", "drinking", "talking", "breathing"])
        {
            // `you'd be eating through a straw for a month`.
            Some(i + 2)
        } else if self.seq(i, &["you", "would", "leave"]) && self.seq(i + 3, &["through", "the"]) {
            // `if you showed your face in my pub you'd leave through the window`.
            return self
                .is(i + 5, &["window", "windows", "windscreen"])
                .then_some(i + 6);
        } else if self.seq(i, &["you", "are", "leaving"]) || self.seq(i, &["you", "are", "going"]) {
            // `you're leaving on a stretcher`: the present for what is to come.
            Some(i + 2)
        } else if self.at(i) == "you" && i >= 2 && self.seq(i - 2, &["make", "sure"]) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(end) = future.and_then(|v| self.menace_after(v)) {
            return Some(end);
        }
        // `one day you'll open your door and regret every word`: the menace a second verb of
        // the reader's future, after `and`.
        let then = future.and_then(|v| (v + 1..v + 5).find(|&k| self.at(k) == "and"));
        if let Some(end) = then.and_then(|and| self.menace_after(and + 1)) {
            return Some(end);
        }
        // `your wife will be the one who suffers for this article`, `your kids will suffer`.
        let kin = ["family", "kids", "children", "wife", "husband", "parents"];
        if self.is(i, &["your", "ur"]) && self.is(i + 1, &kin) && self.at(i + 2) == "will" {
            let suffers = if self.seq(i + 3, &["be", "the", "one", "who", "suffers"]) {
                i + 8
            } else if self.at(i + 3) == "suffer" {
                i + 4
            } else {
                0
            };
            if suffers > 0 && !self.missing_out_before(i) {
                return Some(suffers);
            }
        }
        // `your family will pay for every word you write` (not `... will pay for the
        // tickets`).
        if self.is(i, &["your", "ur"])
            && self.is(
                i + 1,
                &["family", "kids", "children", "wife", "husband", "parents"],
            )
            && self.seq(i + 2, &["will", "pay", "for"])
            && self.is(
                i + 5,
                &["this", "that", "it", "every", "everything", "what"],
            )
        {
            return Some(i + 6);
        }
        // `if I see you in town you're getting stabbed`: a harm to come, on a condition (not
        // `you're getting vaccinated if I see you at the clinic`, no harm).
        if self.seq(i, &["you", "are", "getting"])
            && self.is(i + 3, &HARMED)
            && self.any_in(0..i, &["if", "when"])
        {
            return Some(i + 4);
        }
        if self.seq(i, &["you", "are", "dead"]) && ends_at(i + 3, &["meat", "man", "you"])
            || self.seq(i, &["you", "are", "a", "dead", "man"])
        {
            return Some(i + 4);
        }
        // `your children will grow up without a father if you keep this up`.
        if self.at(i) == "your"
            && self.is_people(i + 1)
            && self.seq(i + 2, &["will", "grow", "up", "without", "a"])
            && self.is(i + 7, &["father", "mother", "dad", "mum", "mom", "parent"])
        {
            return Some(i + 8);
        }
        // `once I'm done with you, your own mother won't recognise you`.
        if self.seq(i, &["done", "with", "you"]) {
            let face = self.first_in(i + 3..self.len(), &["recognise", "recognize"]);
            if let Some(k) = face.filter(|&k| self.at(k - 1) == "not" && self.at(k + 1) == "you") {
                return Some(k + 2);
            }
        }
        // `I know your daughter's name and where she plays after school`: the reader's people
        // watched.
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "know" && self.at(i + 2) == "your" {
            let theirs = self.is_people(i + 3);
            let where_ = (i + 4..i + 9).find(|&k| self.at(k) == "where");
            if let Some(k) = where_.filter(|_| theirs) {
                // Not `... where she plays football is lovely`.
                if self.is(k + 1, &["he", "she", "they"])
                    && self.is(k + 2, &WHEREABOUTS)
                    && !self.any_in(k + 3..k + 6, &["is", "was"])
                {
                    return Some(k + 3);
                }
            }
        }
        // `your kids will pay for what you wrote`: the reader's people made to pay for the
        // reader (not `your kids will pay for their own degrees`).
        if self.at(i) == "your"
            && self.is_people(i + 1)
            && self.seq(i + 2, &["will", "pay", "for"])
            && self.is(i + 5, &["this", "what", "it", "that", "everything", "your"])
        {
            // What they pay for is the reader's deed (`what you wrote`), no report.
            return Some(if self.at(i + 5) == "what" {
                self.len()
            } else {
                i + 6
            });
        }
        // `you people will be the first against the wall`.
        // (And `hacks like you will be first on the lampposts`.)
        if self.at(i) == "you" {
            let wall = (i + 1..i + 8).find(|&k| {
                self.seq(k, &["first", "against", "the", "wall"])
                    || self.seq(k, &["first", "on", "the", "lampposts"])
            });
            if let Some(k) = wall {
                return Some(k + 4);
            }
        }
        if self.is(i, POSSESSIVES) && self.seq(i + 1, &["days", "are", "numbered"]) {
            return Some(i + 4);
        }
        if self.seq(i, &["sleep", "with", "one", "eye", "open"]) {
            return Some(i + 5);
        }
        if let Some(end) = self.said_plainly(i) {
            return Some(end);
        }
        // `when I find you`, `wait till I get my hands on you`: the reader found, and nothing
        // given or placed (`when I find you a seat`, `once I find you at the station`).
        if self.is(i, &["when", "once", "till", "until"]) && self.at(i + 1) == "i" {
            let found = if self.is(i + 2, &["find", "catch"]) && self.at(i + 3) == "you" {
                Some(i + 4)
            } else if self.seq(i + 2, &["get", "my", "hands", "on", "you"]) {
                Some(i + 7)
            } else {
                None
            };
            if let Some(end) = found.filter(|&e| ends_at(e, &["you", "i", "then"])) {
                return Some(end);
            }
        }
        None
    }
    /// Whether the reader's brakes fail in the words from `k`: `... if the brakes on your car
    /// failed on the way home tonight` (not `... if the brakes on the old bus failed`).
    fn brakes_failed(&self, k: usize) -> bool {
        let brakes = self.first_in(k..k + 3, &["brakes", "brake"]);
        // (`Nice car. Be a pity if the brakes went on the bypass.`: the reader's car, praised
        // just before.)
        let praised = || {
            let back: Vec<&str> = self.words_back_from(k).take(10).collect();
            back.windows(2)
                .any(|w| w[0] == "car" && matches!(w[1], "nice" | "lovely" | "your"))
        };
        brakes.is_some_and(|b| {
            self.any_in(b + 1..b + 5, &["your", "ur"])
                && self.any_in(b + 1..b + 7, &["failed", "fail", "failing"])
                || self.is(b + 1, &["went", "failed", "gave"]) && praised()
        })
    }

    /// Whether the clause after `pity if` at `i` sends one of the reader's people home alone,
    /// the reader's people named just before: `Your daughter is very pretty. It'd be a pity if
    /// she had to walk home alone.` (not `My daughter walked home alone today.`).
    fn walked_home_alone(&self, i: usize) -> bool {
        let walks = (i + 2..i + 7).find(|&k| self.is(k, &["walk", "walks", "walked"]));
        let alone = walks.is_some_and(|k| self.seq(k + 1, &["home", "alone"]));
        // (The words before, nearest first, each paired with the one before it.)
        let mut pairs = self
            .words_back_from(i)
            .take(16)
            .zip(self.words_back_from(i).skip(1));
        alone && pairs.any(|(w, prev)| prev == "your" && ROLES.contains(w))
    }
}
