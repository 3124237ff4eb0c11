//! Menaces: threats without a violent verb (`you will regret this`, `your days are
//! numbered`, `I know where you live`, `I'll post your address online`).

use std::ops::Range;

use super::calls::BEATINGS;
use super::harm::{BODY, HARMED, POSSESSIVES, PRONOUNS, PROPERTY, WEAPON};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::harassment::PET_NAMES;

/// What a reader regrets missing, not doing: `if you don't watch this film, you'll regret it`.
static MISSED_OUT: Lexicon = Lexicon::new(
    "watch see try buy read visit book listen join order taste vote \
     придешь купишь посмотришь попробуешь прочитаешь сходишь прочтешь",
);

/// What follows `watch your back` when the back is the reader's own to look after.
static BACK_CARE: Lexicon = Lexicon::new(
    "lifting lift bending carrying posture stairs steps ice icy slippery gym exercise \
     exercises spine climbing climb wall ladder ladders rope ropes slope slopes trail hike \
     hiking yoga",
);

/// What a watched reader (or the reader's people) does where the writer knows: `I know where
/// you live`, `... where she plays after school`.
/// What is done to a place with its people in it: `bulldozed with them inside`.
static DESTROYED: Lexicon =
    Lexicon::new("bulldozed torched burned burnt flattened bombed demolished");

/// The reader's places, burnt in a menace: `your little newsroom goes up in smoke`.
static PLACES: Lexicon =
    Lexicon::new("newsroom office house home flat car shop paper newspaper studio");

/// A grave or a weapon with the reader's name on it.
static GRAVES: Lexicon =
    Lexicon::new("shovel spade woodland grave plot hole bullet coffin ditch noose");

/// Blunt things a beating is given with, besides the [`WEAPON`]s: `a tyre iron`, `a length of
/// pipe`.
static BLUNT: Lexicon = Lexicon::new("iron wrench brick pipe fist");

static WHEREABOUTS: Lexicon =
    Lexicon::new("live lives work works sleep sleeps go goes play plays walk walks park parks");

/// The weather a reader is told to watch themselves in on the way home.
static WEATHER: Lexicon =
    Lexicon::new("fog foggy snow snowy rain storm storms flood floods flooding wind windy traffic");

/// What is slapped off a reader's face: `that smug look`, `that grin`.
static LOOKS: Lexicon = Lexicon::new("look smile grin smirk expression");

/// Making public, in a menace of exposure (`I'll post your address`).
static EXPOSE: Lexicon =
    Lexicon::new("post publish leak share release spread print expose send put");

/// Where a reader works, told of them in a menace (`I will tell your employer`).
static WORKPLACE: Lexicon = Lexicon::new("employer employers boss workplace manager company hr");

/// What a reader keeps private: exposed, a menace (`your home address`, `your nudes`).
static PRIVATE: Lexicon = Lexicon::new("address addresses nudes phone location whereabouts");

/// Where a people was massacred, wished again: `do to them what was done in Srebrenica`.
pub(super) static MASSACRES: Lexicon = Lexicon::new(
    "srebrenica auschwitz rwanda treblinka dachau babi katyn armenians jews tutsis nanking",
);

/// What is leaked of a reader's (`leak your emails`).
static LEAKED: Lexicon =
    Lexicon::new("emails messages texts dms photos pics pictures secrets details number private");

/// Where a body ends up: `you'll be found in a ditch`, `you'll end up in the river`.
pub(super) static REMAINS: Lexicon =
    Lexicon::new("ditch ditches river morgue coffin grave dumpster trunk bag bags canal");

/// What a reader is said to look, in a menace of what they will look like hurt: `let's see how
/// smug you look with a broken nose`.
static SMUG: Lexicon =
    Lexicon::new("smug brave tough clever funny pretty cocky confident mouthy big");

/// What the reader keeps saying, in a menace's condition (`keep publishing lies and ...`).
static KEPT_SAYING: Lexicon = Lexicon::new(
    "writing publishing posting talking lying spreading printing commenting running \
     attacking insulting mocking",
);

/// What the reader is told to keep doing before "... and find out": speaking up.
static KEPT_AT: Lexicon = Lexicon::new(
    "talking posting pushing commenting trolling mouthing testing messing lying running writing",
);

/// Where a body is scraped off: `they'll be scraping you off the tracks`.
static SCRAPED_OFF: Lexicon = Lexicon::new(
    "pavement floor road street wall tarmac tracks rails ground sidewalk asphalt concrete \
     windscreen windshield",
);

/// What the writer says next, in a menace of being followed: `look over your shoulder. We'll
/// be there.`
const PRESENCE: &[&[&str]] = &[
    &["we", "will", "be", "there"],
    &["we", "will", "be", "waiting"],
    &["i", "will", "be", "waiting"],
    &["i", "will", "be", "there"],
    &["we", "are", "watching"],
    &["we", "are", "everywhere"],
    &["see", "you", "soon"],
    &["come", "alone"],
];

/// What the writer says next of a place where a person is every night: no one will see.
const UNSEEN: &[&[&str]] = &[
    &["it", "is", "a", "quiet", "street"],
    &["it", "is", "a", "quiet", "road"],
    &["it", "is", "very", "quiet"],
    &["no", "cameras"],
    &["nobody", "would", "see"],
    &["no", "one", "would", "see"],
];

/// A warning the writer adds after saying what they know of the reader: `I know what time
/// your shift ends. Drive safe.`
const WARNINGS: &[&[&str]] = &[
    &["drive", "safe"],
    &["drive", "safely"],
    &["drive", "carefully"],
    &["sleep", "tight"],
    &["sleep", "well"],
    &["be", "careful"],
    &["take", "care"],
    &["watch", "your", "back"],
];

/// A car's parts that fail, in a menace of sabotage: `your brakes might fail`.
static SABOTAGED: Lexicon = Lexicon::new("brakes brake tyres tires wheels steering");

/// What the reader's people do alone in a menace: `your kids walk to school alone`.
static ALONE_VERBS: Lexicon =
    Lexicon::new("walk walks go goes drive drives sleep sleeps stay stays get gets come comes");

impl Clause<'_> {
    /// A word the reader is addressed by at the end of a menace: a pet name, `friend`.
    fn addressed(&self, k: usize) -> bool {
        self.is(k, &PET_NAMES) || self.is(k, &["friend", "mate", "pal", "buddy"])
    }

    /// The end of a menace of exposure after the writer's commitment, whose verb is at
    /// `from`: `I'll post your address online`, `we are going to leak your nudes`, `I will dox
    /// you`, `I will tell your employer what you wrote`, `we'll report you to your boss`; not
    /// `I will post the council's address`, `share your article`, `I'll tell your boss you did
    /// a great job`.
    fn exposure(&self, from: usize) -> Option<usize> {
        let verb = from + usize::from(self.is(from, &["personally", "just", "happily"]));
        if self.is(verb, &["dox", "doxx"]) && self.person(verb + 1) > 0 {
            return Some(verb + 2);
        }
        if self.is(verb, &EXPOSE) && self.at(verb + 1) == "your" {
            let private =
                |k: usize| self.is(k, &PRIVATE) || self.at(verb) == "leak" && self.is(k, &LEAKED);
            if let Some(k) = (verb + 2..verb + 5).find(|&k| private(k)) {
                return Some(k + 1);
            }
        }
        // `I'll make sure your boss gets screenshots of everything`, `... your wife sees the
        // screenshots`: the reader's words shown where they work or live (not `I'll make sure
        // your boss hears about your great work`).
        if self.seq(verb, &["make", "sure"])
            && self.is(verb + 2, &["your", "ur"])
            && (self.is(verb + 3, &WORKPLACE) || self.is_people(verb + 3))
            && self.is(verb + 4, &["gets", "sees", "receives", "get", "see"])
        {
            let shown = (verb + 5..verb + 8).find(|&k| self.is(k, &["screenshots", "screenshot"]));
            // Of the reader's words: `... of everything`, `... of your posts`, or no more said.
            let of_yours = |k: usize| {
                k + 1 == self.len()
                    || self.at(k + 1) == "of"
                        && (self.is(k + 2, &["everything", "your", "ur", "this", "all"])
                            || self.seq(k + 2, &["what", "you"]))
            };
            if let Some(k) = shown.filter(|&k| of_yours(k)) {
                return Some(k + 1);
            }
        }
        // The reader exposed at work.
        let told = if self.is(
            verb,
            &["tell", "contact", "call", "email", "inform", "message"],
        ) && self.is(verb + 1, &["your", "ur"])
        {
            verb + 2
        } else if self.is(verb, &["report"]) && self.seq(verb + 1, &["you", "to"]) {
            verb + 3 + usize::from(self.is(verb + 3, &["your", "ur"]))
        } else {
            return None;
        };
        let kind = ["great", "good", "well", "thanks", "hello", "hi"];
        // To the clause's end: what is told (`what you wrote`) is no report of it.
        (self.is(told, &WORKPLACE) && !self.any_in(told + 1..self.len(), &kind))
            .then_some(self.len())
    }

    /// Whether the regret foretold at `v` is for something the reader would miss: `if you don't
    /// watch this film, you'll regret it`, `unless you book now ...`, `если не придёшь на
    /// концерт, ты пожалеешь`; not `if you don't stop, you'll regret it`.
    pub(super) fn missing_out_before(&self, v: usize) -> bool {
        (0..v).any(|k| {
            let missed = if self.seq(k, &["if", "you", "do", "not"]) {
                k + 4
            } else if self.seq(k, &["unless", "you"]) || self.seq(k, &["если", "не"]) {
                k + 2
            } else if k == 0 && self.at(k) == "не" {
                // `не купишь билет — пожалеешь` ("don't buy a ticket, you'll regret it").
                k + 1
            } else {
                return self.seq(k, &["if", "you", "miss"]);
            };
            self.is(missed, &MISSED_OUT)
        })
    }

    /// The end of a menace whose verb, said of the reader's future (`you will pay`, `you
    /// are going to regret`), is at `v`: `you will pay for this`, `you won't live to see it`.
    /// `you will pay less tax` and `you'll regret not buying` are not threats.
    fn menace_after(&self, v: usize) -> Option<usize> {
        if let Some(end) = self.comeuppance(v) {
            return Some(end);
        }
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        let verb = self.at(v);
        let menacing = match verb {
            "pay" => ends_at(v + 1, &["for", "dearly", "with", "soon"]),
            "regret" => {
                // `you'll regret writing this when we're done with you`.
                let deed = ["writing", "publishing", "saying", "posting", "printing"];
                let written = self.is(v + 1, &deed)
                    && self.is(v + 2, &["this", "that", "it"])
                    && (v + 3 == self.len()
                        || self.at(v + 3) == "when" && self.is(v + 4, &["i", "we"]));
                written
                    || ends_at(v + 1, &["this", "it", "that", "everything", "the", "ever"])
                        && !self.missing_out_before(v)
            }
            // `(I'll find you, and when I do,) you'll wish you'd never written a word`.
            "wish" => {
                (self.seq(v + 1, &["you", "had", "never"])
                    || self.seq(v + 1, &["you", "d", "never"])
                    || self.seq(v + 1, &["you", "would", "never"])
                    || self.seq(v + 1, &["you", "were", "never", "born"]))
                    && self.any_in(0..v, &["find", "catch", "meet"])
            }
            // `(one day someone will snap, and) you'll deserve every bruise`.
            "deserve" => {
                self.at(v + 1) == "every"
                    && self.is(v + 2, &["bruise", "punch", "blow", "kick", "slap"])
            }
            "die" | "bleed" | "suffer" => ends_at(
                v + 1,
                &["soon", "slowly", "tonight", "like", "for", "too", "today"],
            ),
            "be" => {
                self.at(v + 1) == "sorry" && ends_at(v + 2, &["for", "soon", "i"])
                    // `mark my words, you'll be begging for mercy before the year is out`.
                    || self.seq(v + 1, &["begging", "for"]) && self.is(v + 3, &["mercy", "your"])
                    // `if I meet you, you'll be eating through a straw`, `keep talking
                    // and ...`: a broken jaw foretold by the one who would break it, or
                    // for what the reader does (not `after the surgery you will be
                    // drinking through a straw`).
                    || self.is(v + 1, &["eating", "drinking", "fed", "talking", "breathing"])
                        && self.seq(v + 2, &["through", "a"])
                        && self.is(v + 4, &["straw", "tube"])
                        && (self.any_in(0..v, &["i", "we"])
                            || self.kept_up_before(v)
                            // `talk like that again and you'll be talking through a tube`.
                            || (0..v).any(|k| self.seq(k, &["again", "and"]))
                            // `... when I'm done with you`.
                            || self.at(v + 5) == "when" && self.is(v + 6, &["i", "we"]))
                    || self.is(v + 1, &HARMED)
                    || self.is(v + 1, &["hurt", "harmed"])
                    // `one more word and you'll be eating your keyboard` (not `... eating your
                    // words`, which is no harm).
                    || self.seq(v + 1, &["eating", "your"])
                        && self.is(v + 3, &["keyboard", "teeth", "phone", "laptop"])
                    // `show your face here again and you'll be carried out`, `... carried out
                    // on a stretcher` (not `... carried out of the stadium on our shoulders`).
                    || self.seq(v + 1, &["carried", "out"])
                        && (v + 3 == self.len()
                            || self.at(v + 3) == "feet"
                            || self.any_in(v + 3..v + 6, &["stretcher", "box", "bag", "coffin"]))
                    // `you'll be the next one they find in the river`.
                    || self.seq(v + 1, &["the", "next"])
                        && self.is(v + 3, &["one", "body", "victim"])
                        && self.any_in(v + 4..v + 9, &REMAINS)
                    // `you'll be found in a ditch`, `... found dead`.
                    || self.at(v + 1) == "found"
                        && (self.at(v + 2) == "dead" || self.any_in(v + 2..v + 7, &REMAINS))
            }
            // `you'll end up in a ditch`.
            "end" => self.at(v + 1) == "up" && self.any_in(v + 2..v + 6, &REMAINS),
            _ => false,
        };
        if menacing {
            return Some(v + 2);
        }
        // `you'll leave in an ambulance`, `you're going home on a stretcher`; not `you are
        // going on a stretcher course`.
        // (`you'll be leaving in an ambulance`: `be` before the verb.)
        let v = v + usize::from(self.at(v) == "be" && self.is(v + 1, &["leaving", "going"]));
        let leaving = usize::from(self.is(v, &["leave", "leaving", "go", "going"]));
        let by = v + leaving + usize::from(leaving > 0 && self.at(v + leaving) == "home");
        if leaving > 0 && self.is(by, &["in", "on"]) {
            // (`you're going in the river`: where a body ends up; not asked, `you're going
            // in the river? Bring a towel`.)
            let carried = (by + 1..by + 4).find(|&k| {
                self.is(
                    k,
                    &[
                        "ambulance",
                        "coffin",
                        "bag",
                        "hearse",
                        "stretcher",
                        "pieces",
                        "bits",
                    ],
                ) || self.is(k, &REMAINS) && k + 1 == self.len() && !self.asked
            });
            if let Some(k) = carried.filter(|&k| ends_at(k + 1, &["if", "when", "and", "mate"])) {
                return Some(k + 1);
            }
        }
        // `you won't leave on your own feet`, `... walk out of there on your own two feet`.
        if self.at(v) == "not" && self.is(v + 1, &["leave", "walk", "go", "get"]) {
            if let Some(k) = (v + 2..v + 7).find(|&k| self.seq(k, &["on", "your", "own"])) {
                let feet = k + 3 + usize::from(self.at(k + 3) == "two");
                if self.at(feet) == "feet" {
                    return Some(feet + 1);
                }
            }
        }
        // `you won't live to see it`, `you won't leave alive`.
        if self.at(v) == "not"
            && (self.is(v + 1, &["live", "survive"])
                && ends_at(v + 2, &["to", "long", "the", "this", "another", "through"])
                || self.any_in(v + 1..v + 4, &["alive"]))
        {
            return Some(v + 3);
        }
        None
    }

    /// Whether `how brave you are`, `how smug you look` (or `... will look`) comes right
    /// before `i`.
    fn smug_before(&self, i: usize) -> bool {
        let verb = i.wrapping_sub(1);
        let will = usize::from(i >= 2 && self.at(i - 2) == "will");
        let you = i.wrapping_sub(2 + will);
        i >= 4 + will
            && self.is(verb, &["look", "are", "sound", "be"])
            && self.at(you) == "you"
            && self.is(you - 1, &SMUG)
            && self.at(you - 2) == "how"
    }

    /// Menaces told apart by the word they start at (one `match`, not a test per shape, for
    /// every word a threat may start at): `we know your kids' names`, `I'll be the last face
    /// you see`, `I'm loading my rifle as I type this`, `how smug you look with a broken
    /// nose`, `I imagine you bleeding out`, `your family should watch their backs`, `your dog
    /// would make a nice barbecue`, `keep publishing lies and your car might not start`,
    /// `something to cry about`, `he'll need a dentist`, `a bullet with your name on it`,
    /// `post her address`, `bring torches`, `Hitler was right`, `in a dark alley`.
    /// `commitment`: the end of the writer's commitment at `i` (`I will`), if there is one.
    /// Whether the words from `k`, after `shame if` or `pity if`, have a person go missing:
    /// `she went missing`, `your kids disappeared` (not `the festival went missing from the
    /// calendar`).
    fn went_missing(&self, k: usize) -> bool {
        let who = if self.is(k, &["she", "he", "they"]) {
            1
        } else if self.at(k) == "your" && self.is_people(k + 1) {
            2
        } else {
            return false;
        };
        let gone = k + who;
        self.is(gone, &["disappeared", "vanished"])
            || self.is(gone, &["went", "goes", "go", "got"]) && self.at(gone + 1) == "missing"
    }

    /// A harm the writer would regret, or regrets undone: `it would be a shame if something
    /// happened to your family`, `it'd be a pity if your car caught fire`, `... a real tragedy
    /// if the reporter's car had no brakes one day`, `real shame your house is made of wood,
    /// fires spread so fast`, `shame someone hasn't put you in a wheelchair yet`.
    fn regretted(&self, i: usize) -> Option<usize> {
        let happens = ["happened", "happens", "happen"];
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
                exposed
                    || burnt_with_you
                    || self.went_missing(i + 2)
                    || (self.any_in(i + 2..i + 6, &happens) || hurt)
                        && (self.person_in(i + 4..i + 9)
                            || self.any_in(i + 2..i + 4, &["he", "she", "they"])
                            || shown_off()
                            // (`I know your car, the blue one. Shame if something happened to
                            // it.`: the clause that and nothing else.)
                            || i == 0 && self.seq(i + 4, &["to", "it"]) && i + 6 == self.len())
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
                (self.any_in(i + 2..i + 6, &happens) || self.any_in(i + 3..i + 8, &fire))
                    && (self.person_in(i + 2..i + 9)
                        || self.any_in(i + 2..i + 4, &["your"])
                        || face)
                    || self.went_missing(i + 2)
            };
            if befalls {
                return Some((i + 9).min(self.len()));
            }
        }
        if self.at(i) == "tragedy" {
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

    /// Whether someone (or the writer) is to do what word `i` says, in the calls read from
    /// it: `somebody should teach ...`, `I will take a bat to ...`.
    fn by_someone(&self, i: usize) -> bool {
        self.any_in(i.saturating_sub(3)..i, &["someone", "somebody", "i", "we"])
    }

    /// The end of a lesson taught at `teach` (word `i`) that is a beating: `somebody should
    /// teach that reporter a lesson he won't forget` (not a lesson in grammar, nor the voters'
    /// lesson to a government), `... some manners with a baseball bat`, `let's all go round to
    /// his house tonight and teach him some respect`.
    fn lesson_taught(&self, i: usize) -> Option<usize> {
        // A pronoun is taught a lesson, not given one (which `person` reads `you a` as).
        let taught = if self.is(i + 1, &PRONOUNS) {
            1
        } else {
            self.person(i + 1)
        };
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

    /// Whether a weapon, or a blunt thing used as one, is named in `range`.
    fn armed_in(&self, range: Range<usize>) -> bool {
        self.any_in(range.clone(), &WEAPON) || self.any_in(range, &BLUNT)
    }

    /// The end of the reader's own people said to be alone, read from `your` (word `i`).
    fn own_people_alone(&self, i: usize) -> Option<usize> {
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
    fn address_and_petrol(&self, i: usize) -> Option<usize> {
        let address = i + 1 + usize::from(self.is(i + 1, &["home", "number"]));
        let fuel = ["petrol", "gasoline", "matches", "lighter"];
        (self.is(address, &["address", "addresses", "plate", "registration"])
            && self.any_in(address + 1..self.len(), &fuel)
            && self.any_in(0..i, &["i", "we"])
            && self.any_in(0..i, &["got", "have", "know", "found"]))
        .then(|| self.len())
    }

    /// `you'll be picking your teeth up off the floor`: the reader's teeth knocked out,
    /// read from `your` (not `picking your teeth with a toothpick`).
    fn teeth_off_the_floor(&self, i: usize) -> Option<usize> {
        let picked =
            i > 0 && self.is(i - 1, &["picking", "pick", "picked"]) && self.at(i + 1) == "teeth";
        let off = (i + 2..i + 5).find(|&k| self.seq(k, &["off", "the"]))?;
        (picked
            && self.is(
                off + 2,
                &["floor", "ground", "pavement", "sidewalk", "street"],
            ))
        .then_some(off + 3)
    }

    /// `I'd love to see your smug face meet my fist`, read from `your`.
    fn face_meets_fist(&self, i: usize) -> Option<usize> {
        let face = i + 1 + usize::from(self.is(i + 1, &["smug", "ugly", "stupid", "fat"]));
        let meets = self.at(face) == "face" && self.is(face + 1, &["meet", "meets", "meeting"]);
        (meets && self.at(face + 2) == "my" && self.is(face + 3, &["fist", "fists", "boot", "bat"]))
            .then_some(face + 4)
    }

    /// The menaces found from one of their words (`parked`, `obituary`, `knife`) wherever it
    /// stands in the clause: where the reader is found, a death, a harm.
    fn menace_by_word(&self, i: usize, commitment: Option<usize>) -> Option<usize> {
        self.found_by_word(i, commitment)
            .or_else(|| self.death_by_word(i))
            .or_else(|| self.harm_by_word(i))
    }

    /// Menaces read from a word of them that tell the reader they are found: where they live,
    /// park or sleep known (`the reporter's car is parked on Elm Street every night`), a
    /// visit or a meeting promised (`we'll see how brave you are when we come knocking`).
    fn found_by_word(&self, i: usize, commitment: Option<usize>) -> Option<usize> {
        match self.at(i) {
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
            "look" | "looking"
                if self.seq(i + 1, &["over", "your", "shoulder"])
                    && (self.phrase_ends_before(i + 4) || self.is(i + 4, &["from", "every"])) =>
            {
                let told = i > 0 && self.is(i - 1, &["start", "keep", "always"])
                    || self.followed_by(PRESENCE);
                told.then_some(i + 4)
            }
            // `let's see how tough you are when I'm standing in front of you`, `... when we
            // meet face to face`: the reader's nerve tested in the writer's presence.
            "when" if self.smug_before(i) => {
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
            // `a few of us are going to pay your office a visit, bring a helmet`.
            "pay" if self.at(i + 1) == "your" && self.seq(i + 3, &["a", "visit"]) => {
                let armed = self.any_in(i + 5..self.len(), &["helmet", "helmets"])
                    || self.any_in(0..i, &["few", "lads", "mates", "boys"]);
                armed.then_some(i + 5)
            }
            // `one more article like this and your kids will be visiting you in hospital`.
            "visiting" | "visit" if self.seq(i + 1, &["you", "in"]) => {
                let hospital = i + 3 + usize::from(self.at(i + 3) == "the");
                self.is(hospital, &["hospital", "icu", "intensive"])
                    .then_some(hospital + 1)
            }
            // `somebody find out where this hack lives and pay him a visit with some friends`
            // (not `... and send him a card`).
            "find" if self.seq(i + 1, &["out", "where"]) => {
                let lives = self.first_in(i + 3..i + 8, &["lives", "live"])?;
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

    /// Menaces read from a word of them that wish, foretell or recall a death: the reader's
    /// (`can't wait to read your obituary`, `a rope and a tree with your name on it`) or a
    /// people's (`your kind ended up in ovens once`, `time for another purge`).
    fn death_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `people like you used to disappear in the night, and I miss those days`.
            "used" => self.vanished_and_missed(i),
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
            "shame" | "pity" | "tragedy" => self.regretted(i),
            // `keep talking and you'll need dental records to be identified`: the reader's
            // body past knowing (not `the victims were identified by dental records`).
            "dental" => (self.at(i + 1) == "records"
                && self.any_in(0..i, &["you", "your"])
                && self.any_in(i + 2..self.len(), &["identified", "identify"]))
            .then(|| self.len()),
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
            "bullet" | "bullets" | "rope" | "noose" | "grave" | "coffin" | "tree" | "casket" => {
                let with =
                    (i + 1..i + 6).find(|&k| self.seq(k, &["with", "your", "name", "on", "it"]));
                with.map(|k| k + 5).or_else(|| self.rope_handed(i))
            }
            // `Hitler was right about these people`, `six million wasn't enough`: the
            // Holocaust endorsed (not `historians agree Hitler was wrong`, `six million
            // wasn't enough to fix the roads`), said, not asked.
            "hitler" => {
                let opens =
                    i == 0 || self.is(i - 1, &["honestly", "frankly", "tbh", "still", "maybe"]);
                if self.seq(i + 1, &["was", "right"]) && opens && !self.asked {
                    return Some(i + 3);
                }
                // `Hitler had the right idea about people like you`.
                (self.seq(i + 1, &["had", "the", "right", "idea"]) && opens && !self.asked)
                    .then_some(i + 5)
            }
            "six" => (self.at(i + 1) == "million"
                && self.is(i + 2, &["was", "were", "is"])
                && self.seq(i + 3, &["not", "enough"])
                && i + 5 == self.len())
            .then_some(i + 5),
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
            "concrete" => (self.is(i + 1, &["boots", "shoes", "overcoat", "slippers"])
                && !self.phrase_ends_before(i + 1))
            .then_some(i + 2),
            // `I want to see the mayor swinging from the town hall balcony` (not `... the kids
            // swinging from the monkey bars`).
            "swinging" => (self.at(i + 1) == "from"
                && (i.saturating_sub(3)..i).any(|k| self.person(k) > 0)
                && self.any_in(0..i, &["see", "watch"])
                && self.any_in(
                    i + 2..i + 6,
                    &[
                        "rope", "tree", "lamppost", "balcony", "gallows", "noose", "bridge",
                    ],
                ))
            .then_some(i + 6),
            // `time for another purge`: a group's killing called for (not `a purge of my
            // wardrobe`).
            "purge" | "pogrom" | "holocaust" => (i >= 3
                && self.seq(i - 3, &["time", "for"])
                && self.is(i - 1, &["another", "a", "the"])
                && i + 1 == self.len())
            .then_some(i + 1),
            // `can't wait to read your obituary`, `looking forward to your obituary`: the
            // reader's death awaited (not `your obituary of the poet`).
            "obituary" | "obituaries" => (i >= 1
                && self.at(i - 1) == "your"
                && !self.is(i + 1, &["of", "for", "about", "on"])
                && (self.any_in(0..i, &["wait"]) && self.any_in(0..i, &["not", "cannot", "cant"])
                    || self.any_in(0..i, &["forward"])))
            .then_some(i + 1),
            _ => None,
        }
    }

    /// Menaces read from a word of them that promise harm to a body or a place: a weapon
    /// readied (`I'm loading my rifle as I type this`), a wound foretold (`he'll need a
    /// dentist afterwards`), a place attacked (`a brick comes through your window`), others
    /// called to do it (`post her address, let the people decide`).
    fn harm_by_word(&self, i: usize) -> Option<usize> {
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
                at.then_some(i + 4)
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
            // published (not `post the address of the food bank`).
            "post" | "publish" | "leak" | "share" => {
                if i > 0 || !self.is(i + 1, &["her", "his", "their"]) {
                    return None;
                }
                let what = i + 2 + usize::from(self.at(i + 2) == "home");
                self.is(what, &PRIVATE).then_some(what + 1)
            }
            // `let's pay a visit to the editor's house tonight, bring torches`: a mob called
            // to a home (not `bring torches for the cave tour`).
            "bring" | "grab" => (self.is(i + 1, &["torches", "pitchforks"])
                && self.any_in(0..i, &["house", "home", "office", "door", "address"]))
            .then_some(i + 2)
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
                && self.is(
                    i + 2,
                    &["dentist", "ambulance", "surgeon", "wheelchair", "coroner"],
                )
                && ((0..i).any(|k| self.seq(k, &["if", "i"]) || self.seq(k, &["when", "i"]))
                    || self.kept_up_before(i) && self.said_before(i)))
            .then_some(i + 3),
            // `next time I see that referee he's going home in an ambulance`: a person hurt, the
            // writer's meeting the condition (not `my gran went home in an ambulance`).
            "ambulance" | "stretcher" => (i >= 4
                && self.seq(i - 4, &["going", "home", "in", "an"])
                && (0..i)
                    .any(|k| self.is(k, &["if", "when", "time"]) && self.is(k + 1, &["i", "we"])))
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
            "round" if self.at(i + 1) == "up" && self.person_in(i + 2..i + 5) => {
                let example = (i + 3..self.len()).find(|&k| {
                    self.seq(k, &["make", "an", "example", "of"])
                        && self.is(k + 4, &["them", "him", "her", "you"])
                });
                example.map(|k| k + 5)
            }
            // `funny how reporters who write stuff like this always seem to end up in the
            // river`: a fate foretold to those who write (not `the leaves always end up in the
            // river`).
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
            "stairs" if i >= 4 && self.seq(i - 4, &["tend", "to", "fall", "down"]) => self
                .any_in(0..i - 4, &["write", "writes", "wrote", "post", "print"])
                .then_some(i + 1),
            // `your newsroom has a lot of windows. Glass breaks easily.`
            "windows" => {
                let yours = (0..i).any(|k| self.at(k) == "your" && self.is(k + 1, &PLACES));
                let broken = [
                    &["glass", "breaks"][..],
                    &["glass", "is", "fragile"],
                    &["windows", "break"],
                ];
                (yours && self.followed_by(&broken)).then_some(i + 1)
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

    /// `we know your kids' names`, `I know your wife's car`: what only a stalker learns of the
    /// reader's people, said and left there (not `we know your kids love the science pages`,
    /// `I know your wife's name from the wedding photos`).
    fn stalker_knows(&self, i: usize) -> Option<usize> {
        let known = [
            "names", "name", "school", "schools", "faces", "car", "routine",
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
        // `I know what time your shift ends. Drive safe.`: the reader's hours known, and a
        // warning after (not `I know what time your shift ends, I'll have dinner ready`).
        if self.seq(i + 1, &["know", "what", "time"]) && self.any_in(i + 4..i + 6, &["your", "you"])
        {
            let warned = self.followed_by(PRESENCE) || self.followed_by(WARNINGS);
            return warned.then(|| self.len());
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
        (self.seq(i + 1, &["know", "your"])
            && self.is_people(i + 3)
            && self.is(i + 4, &known)
            && self.phrase_ends_before(i + 5))
        .then_some(i + 5)
    }

    /// `I'll show you what a real man does to a mouthy girl`, after the commitment that ends
    /// at `from`: what is done to a person, shown to the reader (not `I'll show you what a
    /// real chef does to a tomato`).
    fn shown_what_is_done(&self, from: usize) -> Option<usize> {
        if !self.seq(from, &["show", "you", "what"]) {
            return None;
        }
        let done = (from + 3..from + 8)
            .find(|&k| self.is(k, &["does", "do"]) && self.at(k + 1) == "to")?;
        let whom = done + 2;
        let said_of =
            |k: usize| self.is_people(k) || self.is(k, &["girl", "girls", "woman", "bitch"]);
        let person = if self.is(whom, &["a", "an"]) {
            (whom + 1..whom + 3).find(|&k| said_of(k))
        } else {
            (self.person(whom) > 0 || said_of(whom)).then_some(whom)
        }?;
        Some(person + 1)
    }

    /// `We'll be waiting outside the studio for you tonight. Come alone.`, after the
    /// commitment that ends at `from`: the writer waiting for the reader, and the next
    /// sentence telling the reader how to come (not `... for you. Come early, the queue is
    /// long.`, nor `... Take care.`, a greeting).
    fn waiting_for_you(&self, from: usize) -> Option<usize> {
        let waiting = self.seq(from, &["be", "waiting"]) || self.seq(from, &["be", "outside"]);
        let for_you = (from + 2..self.len()).any(|k| {
            self.seq(k, &["for", "you"]) || self.at(k) == "your" && self.is(k + 1, &PLACES)
        });
        let told = [
            &["come", "alone"][..],
            &["sleep", "tight"],
            &["watch", "your", "back"],
        ];
        (waiting && for_you && self.followed_by(&told)).then(|| self.len())
    }

    /// `people like you used to disappear in the night, and honestly I miss those days`, from
    /// `used` at `i`: the reader's kind made to vanish, and the writer missing it (not
    /// `people like you used to write letters, and I miss those days`, `dissidents used to
    /// disappear in the night under Stalin`).
    fn vanished_and_missed(&self, i: usize) -> Option<usize> {
        let like_you =
            i >= 2 && (self.seq(i - 2, &["like", "you"]) || self.seq(i - 2, &["your", "kind"]));
        if !like_you || self.at(i + 1) != "to" {
            return None;
        }
        let v = i + 2;
        let vanished = self.is(v, &["disappear", "vanish"])
            && self.any_in(
                v + 1..v + 6,
                &["night", "trace", "camps", "gulag", "gulags"],
            )
            || self.is(v, &["be", "get"]) && self.is(v + 1, &HARMED);
        let missed = (v..self.len()).any(|k| {
            self.seq(k, &["miss", "those", "days"])
                || self.seq(k, &["miss", "that"])
                || self.seq(k, &["good", "old", "days"])
                || self.seq(k, &["those", "were", "the", "days"])
                || self.seq(k, &["bring", "back"])
                || self.seq(k, &["bring", "it", "back"])
        });
        (vanished && missed).then(|| self.len())
    }

    /// `somebody should hand that MP a rope and a chair`, `give him a rope and save us the
    /// bother`, read from the rope at `i`: a person handed what to hang themselves with (not
    /// `hand the climber a rope`, `give him a rope and a harness`).
    fn rope_handed(&self, i: usize) -> Option<usize> {
        if i < 3 || self.at(i - 1) != "a" {
            return None;
        }
        let handers = ["hand", "give", "buy", "send", "pass", "throw", "get"];
        (i.saturating_sub(7)..i - 1).find(|&k| {
            let whom = self.person(k + 1);
            self.is(k, &handers) && whom > 0 && k + 1 + whom == i - 1
        })?;
        let and = i + 1;
        if self.at(and) != "and" {
            return None;
        }
        if self.is(and + 1, &["a", "an"]) && self.is(and + 2, &["chair", "stool", "beam"]) {
            return Some(and + 3);
        }
        self.is(and + 1, &["save", "spare"]).then(|| self.len())
    }

    /// `I'll be the last face you see`, after the commitment's `be the last` at `from`: the
    /// writer promises to be there at the reader's end (not `I'll be the last person to
    /// leave`, `... you see at the party`).
    fn last_face_seen(&self, from: usize) -> Option<usize> {
        let seen = from + 4;
        if !self.is(from + 3, &["face", "thing", "person", "voice"]) || self.at(seen) != "you" {
            return None;
        }
        // `... you see before you stop breathing`, `... you will ever see`.
        let verb = (seen + 1..seen + 4).find(|&k| self.is(k, &["see", "hear"]))?;
        // (`I'll be the last face you see, and I'll be smiling`.)
        let closes = verb + 1 == self.len() || self.phrase_ends_before(verb + 1);
        (closes || self.is(verb + 1, &["before", "ever"])).then_some(verb + 1)
    }

    /// `I imagine you bleeding out`, `I picture him hanging`: the writer's daydream of a
    /// person's death (not `I imagine you dying of boredom`, `picture him hanging the new
    /// curtains`).
    fn daydream_of_death(&self, i: usize) -> Option<usize> {
        let whom = i + 1 + usize::from(self.at(i + 1) == "about");
        let dying = whom + self.person(whom);
        let dies = ["bleeding", "dying", "dead", "burning", "hanging", "choking"];
        let object = ["the", "a", "an", "his", "her", "my", "some", "up", "of"];
        (dying > whom && self.is(dying, &dies) && !self.is(dying + 1, &object)).then_some(dying + 1)
    }

    /// `your family should watch their backs` (not `cyclists should watch their backs on that
    /// junction`), `your dog would make a nice barbecue`: the reader's people warned, the
    /// reader's pet to be eaten.
    fn your_people_warned(&self, i: usize) -> Option<usize> {
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
    fn harm_befalls_if_kept_up(&self, i: usize) -> Option<usize> {
        let said = ["lie", "lies", "article", "word", "story", "column", "piece"];
        let one_more = (0..i).any(|k| {
            self.seq(k, &["one", "more"])
                && self.is(k + 2, &said)
                && self.any_in(k + 3..i, &["and"])
        });
        let kept_saying = one_more
            || self.kept_up_before(i)
                && (0..i).any(|k| self.at(k) == "keep" && self.is(k + 1, &KEPT_SAYING));
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

    /// Whether the words before `i` are someone on the writer's side: `my cousin`, `a friend
    /// of mine`, `someone`.
    fn told_by_an_ally(&self, i: usize) -> bool {
        i >= 2 && self.at(i - 2) == "my"
            || i >= 1 && self.is(i - 1, &["someone", "somebody", "mine"])
    }

    /// Whether what the reader keeps doing, before `i`, is saying or writing it (`keep it up`,
    /// `keep talking`), not what harms the body by itself (`keep running marathons and your
    /// knees will need a surgeon`).
    fn said_before(&self, i: usize) -> bool {
        self.any_in(0..i, &["it", "talking", "writing", "posting", "lying"])
    }

    /// Whether the reader is told before `i` what they keep doing, as a condition: `keep
    /// talking and ...`, `keep posting lies and ...`.
    fn kept_up_before(&self, i: usize) -> bool {
        (0..i).any(|k| self.at(k) == "keep" && (k + 2..(k + 5).min(i)).any(|j| self.at(j) == "and"))
    }

    /// The end of a comeuppance whose verb is at `k`: `get what's coming to you`, `gets what
    /// is coming to her`, `get what's coming` closing its clause (a person's, not `the bill
    /// will get what's coming to it`).
    pub(super) fn comeuppance(&self, k: usize) -> Option<usize> {
        if !self.is(k, &["get", "gets"]) || self.at(k + 1) != "what" {
            return None;
        }
        // `what's` is read `what` (the `s` is dropped as a possessive's).
        let coming = k + 2 + usize::from(self.at(k + 2) == "is");
        if self.at(coming) != "coming" {
            return None;
        }
        // `... and your kids get what's coming.`
        if coming + 1 == self.len() {
            return Some(coming + 1);
        }
        (self.at(coming + 1) == "to" && self.is(coming + 2, &PRONOUNS)).then_some(coming + 3)
    }

    /// The end of a menace without a violent verb that starts at `i`: `you will regret this`
    /// (see [`Clause::menace_after`]), `you're dead`, `your days are numbered`, `I know where
    /// your kids go to school`.
    pub(super) fn menace(&self, i: usize) -> Option<usize> {
        self.future_foretold(i)
            .or_else(|| self.after_a_commitment(i))
            .or_else(|| self.between_the_lines(i))
    }

    /// The reader's future said (`you will regret this`, `you're leaving on a stretcher`,
    /// `your family will pay for every word you write`), the reader told they are done for
    /// (`your days are numbered`), menaces said in plain words ([`Clause::said_plainly`]), and
    /// the reader found (`when I find you`).
    fn future_foretold(&self, i: usize) -> Option<usize> {
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        // `you will`, `you are going to`, `(I'll make sure) you`: the verb's place.
        let future = if self.seq(i, &["you", "will"]) {
            Some(i + 2)
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

    /// What the writer commits to or asks for, read from the commitment at `i` (`I'm going to
    /// make your life a living hell`, `send me your address and I'll show you ...`), and what
    /// the writer knows of the reader (`I know where your kids go to school`).
    fn after_a_commitment(&self, i: usize) -> Option<usize> {
        let commitment = self.commitment(i);
        if let Some(end) = commitment.and_then(|from| self.exposure(from)) {
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
        // `send me your address and I'll show you what real criticism looks like`, `tell me
        // where you'll be on Saturday and we can settle this properly`: where the reader is
        // asked for, and the writer's coming; not `... and I'll send you a copy`, `... I'll
        // show you the photos`, `... I'll pay you back`, `... I'll bring the books`.
        let asked = self.is(i, &["send", "give", "tell", "dm", "post"])
            && self.is(i + 1, &["me", "us"])
            && (self.seq(i + 2, &["your", "address"])
                || self.seq(i + 2, &["where", "you", "live"])
                || self.seq(i + 2, &["where", "you", "will", "be"]));
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
        let knows_where = if self.is(i, &["i", "we"]) && self.seq(i + 1, &["know", "where"]) {
            Some(i + 3)
        } else if self.is(i, &["i", "we"])
            && self.seq(i + 1, &["know", "which"])
            && self.is(
                i + 3,
                &["gym", "school", "pub", "church", "cafe", "club", "bar"],
            )
            && (self.at(self.len() - 1) == "to" || self.is(self.len() - 1, &WHEREABOUTS))
        {
            // `we know which gym you go to`, closing the clause (not `... you go to has the
            // best pool`).
            Some(i + 4)
        } else if self.seq(i, &["knows", "where"]) && self.told_by_an_ally(i) {
            // `my cousin knows where the editor parks every night`.
            Some(i + 2)
        } else if self.seq(i, &["finds", "out", "where"]) && self.told_by_an_ally(i) {
            // `I hope someone finds out where you live`.
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
        if let Some(person) = knows_where.filter(|&p| self.person(p) > 0) {
            let after = person + self.person(person);
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
        // `nobody will find the body if you keep this up`, `... find your body`: not `nobody
        // will find the body of the missing hiker without drones`.
        if self.is(i, &["nobody", "noone"]) || self.seq(i, &["no", "one"]) {
            let will = i + 1 + usize::from(self.at(i) == "no");
            let find = will + 1 + usize::from(self.at(will + 1) == "ever");
            if self.is(will, &["will", "would"]) && self.at(find) == "find" {
                let yours = self.seq(find + 1, &["your", "body"]);
                let if_you =
                    self.seq(find + 1, &["the", "body"]) && self.seq(find + 3, &["if", "you"]);
                if yours || if_you {
                    return Some(find + 3);
                }
            }
        }
        // `you'd better pray we never meet`, `... never meet in person`, `you'd better hope I
        // never find out which train you take`; not `we'd better pray the storm passes`.
        if self.is(i, &["pray", "hope"]) && i > 0 && self.at(i - 1) == "better" {
            let who = i + 1 + usize::from(self.at(i + 1) == "that");
            let never = self.is(who, &["we", "i", "you"]) && self.at(who + 1) == "never";
            if never && self.is(who + 2, &["meet", "find", "see", "catch"]) {
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
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["be", "waiting"])) {
            let outside = from + 2 + 2 * usize::from(self.seq(from + 2, &["for", "you"]));
            let yours = self.at(outside + 1) == "your";
            let place = outside + 1 + usize::from(yours || self.at(outside + 1) == "the");
            let places = [
                "newsroom", "office", "house", "home", "work", "building", "door", "flat", "studio",
            ];
            let for_you = outside > from + 2;
            // (`I'll be waiting outside the studio after your show, alone.`)
            let alone = self.at(self.len() - 1) == "alone";
            if self.at(outside) == "outside"
                && self.is(place, &places)
                && (for_you || yours || alone)
            {
                return Some(place + 1);
            }
        }
        None
    }

    /// Menaces between the lines: `keep talking and find out`, `careful walking to your car
    /// tonight, sweetheart`, `I'd slap that smug look right off your face`, `then you'll see
    /// what happens to people like you`.
    fn between_the_lines(&self, i: usize) -> Option<usize> {
        // (The word at `i`, looked at once: most shapes below open with a word of their own.)
        let w = self.at(i);
        // `keep running your mouth and see where it gets you`.
        if self.seq(i, &["keep", "running", "your", "mouth"])
            && (i + 4..self.len()).any(|k| self.seq(k, &["see", "where", "it", "gets", "you"]))
        {
            return Some(self.len());
        }
        // `keep talking and find out`, `keep posting and you'll find out`, closing the clause:
        // not `keep reading and find out how it ends`, `keep talking to your doctor ...`.
        if self.at(i) == "keep" && self.is(i + 1, &KEPT_AT) && self.at(i + 2) == "and" {
            let find = i + 3 + 2 * usize::from(self.seq(i + 3, &["you", "will"]));
            if self.seq(find, &["find", "out"]) && find + 2 == self.len() {
                return Some(find + 2);
            }
        }
        // `the only good Tory is a dead Tory`.
        if self.seq(i, &["only", "good"]) {
            let is = (i + 3..(i + 5).min(self.len())).find(|&k| self.is(k, &["is", "are"]));
            if let Some(k) = is {
                let dead = k + 1 + usize::from(self.at(k + 1) == "a");
                // (`... is a buried councillor`.)
                if self.is(dead, &["dead", "buried"]) {
                    return Some((dead + 2).min(self.len()));
                }
            }
        }
        // `people like you would be hanging from lampposts`.
        // `your editor would look good hanging from a lamppost`.
        let looks = |k: usize| self.at(k) == "look" && self.is(k + 1, &["good", "better", "great"]);
        if self.seq(i, &["hanging", "from"])
            && i >= 2
            && (self.at(i - 1) == "be" || i >= 3 && looks(i - 2))
            && self.any_in(
                i + 2..i + 4,
                &["lampposts", "lamppost", "lamp", "trees", "tree", "gallows"],
            )
            && self.person_in(i.saturating_sub(6)..i - 1)
        {
            return Some(i + 3);
        }
        // `a few journalists hanging from bridges would improve the coverage`: people hanged,
        // and what it would do (not `climbers hanging from the bridge were rescued`).
        let few = |k: usize| self.is(k, &["few", "couple", "some", "more", "several"]);
        if w == "hanging"
            && self.at(i + 1) == "from"
            && self.is(i + 2, &["bridges", "lampposts", "lamp", "trees", "cranes"])
            && i >= 2
            && few(i - 2)
            && self.person(i - 1) > 0
            && self.any_in(i + 3..i + 5, &["would", "will", "might"])
        {
            return Some(i + 3 + usize::from(self.at(i + 2) == "lamp"));
        }
        // `journalists like you end up in the river`: the reader's kind, found dead (not `old
        // cars end up in the river after every flood`).
        // (`reporters like you are the reason ... some of them will end up in the river`.)
        // (`your kind always ends up in a body bag eventually`.)
        let kind_ends = || {
            let like_you = (0..i).any(|k| self.seq(k, &["like", "you"]));
            let your_kind = (i.saturating_sub(3)..i).any(|k| {
                self.is(k, &["your", "ur"]) && self.is(k + 1, &["kind", "sort", "lot", "type"])
            });
            i >= 2 && self.seq(i - 2, &["like", "you"])
                || i >= 1 && self.at(i - 1) == "will" && like_you
                || your_kind
        };
        if (w == "end" || w == "ends")
            && self.at(i + 1) == "up"
            && self.any_in(i + 2..i + 6, &REMAINS)
            && kind_ends()
        {
            return Some((i + 6).min(self.len()));
        }
        // `you'd be surprised how easily a car can roll into a river with the driver still in
        // it`: a harm made to look like chance, with people in it.
        if w == "surprised" && self.seq(i + 1, &["how", "easily"]) && self.any_in(0..i, &["you"]) {
            if let Some(end) = self.with_people_inside(i + 3..self.len()) {
                return Some(end);
            }
        }
        // `I'm outside your building right now. Nice blue door.`: the writer at the reader's
        // home, said and nothing more (not `... right now, come down for the keys`).
        let outside = w == "i" && self.seq(i + 1, &["am", "outside", "your"]);
        if outside && (self.is(i + 4, &PLACES) || self.is(i + 4, &["building", "door"])) {
            let now = i + 5 + 2 * usize::from(self.seq(i + 5, &["right", "now"]));
            let last = self.words_after().next().is_none();
            let closes = now == self.len() && (self.followed_by(&[&["nice"]]) || last);
            if closes {
                return Some(now);
            }
        }
        // `I can see your house from my window`: the reader's home watched.
        if self.seq(i, &["i", "can", "see", "your"])
            && self.is(i + 4, &["house", "home", "flat", "car", "kids", "bedroom"])
            && self.seq(i + 5, &["from", "my"])
        {
            return Some(i + 7);
        }
        // `I know what car you drive`, `we know which school your kids go to`: what only
        // someone watching the reader knows.
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "know" {
            let watched = if self.seq(i + 2, &["what", "car"]) {
                Some((i + 4, &["drive", "drives"][..]))
            } else if self.seq(i + 2, &["which", "school"]) {
                Some((i + 4, &["go", "goes", "attend", "attends"][..]))
            } else {
                None
            };
            // (`tell your daughter I said hi, I know which school she goes to`: a pronoun for
            // the reader's own, named before.)
            let yours_before = (0..i).any(|k| self.at(k) == "your" && self.is_people(k + 1));
            let person_at = |p: usize| {
                if yours_before && self.is(p, &["she", "he", "they"]) {
                    1
                } else {
                    self.person(p)
                }
            };
            if let Some((person, does)) = watched.filter(|&(p, _)| person_at(p) > 0) {
                let verb = person + person_at(person);
                // (Not `we know what car the minister drives: a 2009 hatchback`, the answer
                // given, nor `I know what car you drive now — the red one outside the bakery?`.)
                let after = verb + 1 + usize::from(self.at(verb + 1) == "now");
                let answer = |w: &str| ["a", "an", "the"].contains(&w);
                let answered = if after == self.len() {
                    self.words_after().next().is_some_and(answer)
                } else {
                    after > verb + 1 && answer(self.at(after))
                };
                if self.is(verb, does) && !answered {
                    return Some(verb + 1);
                }
            }
        }
        // `I'd slap that smug look right off your face`: a blow to the reader's face, for
        // its look (not `knock the dust off your face with this brush`); `somebody needs to
        // slap the smirk off this columnist's face`.
        if self.is(i, &["i", "we", "someone", "somebody"]) {
            let blow =
                (i + 1..i + 4).find(|&k| self.is(k, &["slap", "knock", "smack", "punch", "beat"]));
            if let Some(blow) = blow {
                // (`off this columnist's face`: anyone's.)
                // (`beat the smirk off this columnist`: off the person.)
                let off = (blow + 1..blow + 8).find(|&k| {
                    self.at(k) == "off"
                        && ((k + 2..k + 5).any(|f| self.at(f) == "face") || self.person(k + 1) > 0)
                });
                if let Some(off) = off.filter(|&off| self.any_in(blow + 1..off, &LOOKS)) {
                    return Some(
                        (off + 1 + self.person(off + 1))
                            .max(off + 3)
                            .min(self.len()),
                    );
                }
            }
        }
        // Not the back's own care: `watch your back when lifting boxes`, `on the icy steps`.
        if self.seq(i, &["watch", "your", "back"]) && !self.any_in(i + 3..i + 7, &BACK_CARE) {
            return Some(i + 3);
        }
        // `maybe if you got raped you'd understand`: rape wished on the reader, for a lesson
        // (not `if you were raped, call this number`).
        if self.at(i) == "raped"
            && i >= 3
            && self.seq(i - 3, &["if", "you"])
            && self.is(i - 1, &["got", "were", "get", "was"])
            && self.seq(i + 1, &["you", "would"])
            && self.is(
                i + 3,
                &["understand", "learn", "know", "see", "change", "shut"],
            )
        {
            return Some(i + 4);
        }
        // `give me five minutes alone with this journalist and a crowbar`, `I'd love five
        // minutes alone with this author and a baseball bat`.
        // (`give me ten minutes with this so-called expert and a length of pipe`.)
        // (And `if I had five minutes alone with the author and a cricket bat`.)
        if self.is(i, &["give", "love", "had"]) {
            let with =
                (i..i + 6).find(|&k| self.is(k, &["alone", "minutes"]) && self.at(k + 1) == "with");
            if let Some(k) = with {
                let bat =
                    self.armed_in(k + 2..self.len()) || self.any_in(k + 2..self.len(), &["bat"]);
                if (k + 2..k + 6).any(|p| self.person(p) > 0) && bat {
                    return Some(self.len());
                }
            }
        }
        // `wait until we know your address, then we'll talk`; not `..., then we'll send the
        // prize`.
        if self.is(i, &["until", "till"])
            && i > 0
            && self.at(i - 1) == "wait"
            && self.is(i + 1, &["we", "i"])
            && self.is(i + 2, &["know", "find", "get", "have"])
            && self.seq(i + 3, &["your", "address"])
            && (i + 5 == self.len() || self.any_in(i + 5..self.len(), &["talk", "see"]))
        {
            return Some(i + 5);
        }
        // `she'd have you taken out back and put down`: a person taken out back.
        if self.seq(i, &["taken", "out", "back"]) && i > 0 && self.person(i - 1) > 0 {
            return Some(i + 3);
        }
        // `keep posting lies and we'll see how brave you are without your teeth`: what the
        // reader keeps doing, and the reader's body harmed for it.
        if self.seq(i, &["without", "your"])
            && self.is(i + 2, &BODY)
            && self.kept_up_before(i)
            && !self.any_in(0..i, &["not", "never"])
        {
            return Some(i + 3);
        }
        // `watch yourself walking home tonight`: the reader's way home watched, with nothing
        // to watch for on it (not `... walking home tonight, the pavements are icy`, `... in
        // this fog`).
        if self.seq(i, &["watch", "yourself"]) {
            let home = [
                &["walking", "home"][..],
                &["going", "home"],
                &["on", "your", "way", "home"],
            ];
            if let Some(way) = home.iter().find(|way| self.seq(i + 2, way)) {
                let care = |k: usize| self.is(k, &BACK_CARE) || self.is(k, &WEATHER);
                if !(i + 2..self.len()).any(care) {
                    return Some(i + 2 + way.len());
                }
            }
        }
        // `careful walking to your car tonight, sweetheart`: the reader's way watched, said
        // with a pet name that closes the clause (not `careful walking to your car tonight,
        // the car park lights are out`).
        // (Or `careful walking home tonight, sweetheart, it gets dark early`: the pet name
        // its own phrase; not `... love, the pavements are icy`.)
        if self.seq(i, &["careful", "walking"]) && i + 4 < self.len() {
            let way = (i + 2..i + 6).any(|k| self.is(k, &["home", "car", "door", "house"]));
            let last = self.len() - 1;
            let named = (i + 3..self.len()).any(|k| {
                self.is(k, &PET_NAMES)
                    && self.phrase_ends_before(k)
                    && (k == last || self.phrase_ends_before(k + 1))
            });
            let care = |k: usize| self.is(k, &BACK_CARE) || self.is(k, &WEATHER);
            if way && named && !(i + 2..self.len()).any(care) {
                return Some(self.len());
            }
        }
        // `your kids walk to school alone, don't they?`, `your little girl walks home from
        // school alone, doesn't she?`: the reader's own people, alone (not `your family will
        // never walk alone`, `your kids don't go out alone`, nor the question `does your
        // daughter walk home alone?`).
        if self.at(i) == "your" {
            if let Some(end) = self.own_people_alone(i) {
                return Some(end);
            }
        }
        // `your editor will be scraping you off the pavement`.
        if self.is(i, &["scraping", "scrape", "peeling", "peel"]) {
            let off = i + 1 + self.person(i + 1);
            if off > i + 1 && self.seq(off, &["off", "the"]) && self.is(off + 2, &SCRAPED_OFF) {
                return Some(off + 3);
            }
        }
        // `the day of the rope is coming`: the lynching of a movement's enemies.
        if self.seq(i, &["day", "of", "the", "rope"]) {
            return Some(i + 4);
        }
        // `we should do to them what was done in Srebrenica`, `... what happened at
        // Auschwitz`: a massacre wished on people (not `historians study what was done in
        // Srebrenica`).
        if self.seq(i, &["do", "to"]) && self.is(i + 2, &["them", "you", "these", "those", "all"]) {
            let what = (i + 3..i + 6).find(|&k| self.at(k) == "what");
            if let Some(k) = what {
                let done = k
                    + 1
                    + usize::from(self.seq(k + 1, &["was", "done"])) * 2
                    + usize::from(self.at(k + 1) == "happened");
                if self.is(done, &["in", "at", "to"]) && self.is(done + 1, &MASSACRES) {
                    return Some(done + 2);
                }
            }
        }
        // `we need another Holocaust for these people`; not `never another Holocaust`.
        if self.at(i) == "another"
            && self.is(i + 1, &["holocaust", "genocide", "pogrom", "kristallnacht"])
            && !self.any_in(i.saturating_sub(4)..i, &["not", "never", "no"])
            && (self.person_in(i + 2..i + 6) || self.any_in(i + 2..i + 5, &["for", "on"]))
        {
            return Some(i + 2);
        }
        // `keep talking and see what happens to your kids`: to the reader or theirs, not to
        // `the mayor's plan`.
        if self.seq(i, &["see", "what", "happens", "to"])
            && (self.at(i + 4) == "you" || self.at(i + 4) == "your" && self.is_people(i + 5))
        {
            return Some(i + 5 + usize::from(self.at(i + 4) == "your"));
        }
        // `... and see what happens to that pretty face of yours`, `... to your teeth`: the
        // reader's body (not `to that old bridge of theirs`, `to your savings`).
        if self.seq(i, &["see", "what", "happens", "to"]) {
            let body = (i + 5..i + 8).find(|&k| self.is(k, &BODY));
            if let Some(k) = body {
                let yours = self.at(i + 4) == "your" && k == i + 5
                    || self.is(i + 4, &["that", "this"]) && self.seq(k + 1, &["of", "yours"]);
                if yours {
                    return Some(k + 1);
                }
            }
        }
        // `say that to my face and see what happens`, `talk to me like that in person and
        // ...`: the reader dared to meet the writer (not `try the recipe and see what
        // happens`).
        // (And `... see where you end up`.)
        let ends = if self.seq(i, &["see", "where", "you", "end", "up"]) {
            i + 5
        } else {
            i + 3
        };
        if (self.seq(i, &["see", "what", "happens"]) || ends == i + 5)
            && ends == self.len()
            && i > 0
            && self.at(i - 1) == "and"
        {
            let met = (0..i)
                .any(|k| self.seq(k, &["to", "my", "face"]) || self.seq(k, &["in", "person"]));
            if met {
                return Some(ends);
            }
        }
        // `... then you'll see what happens to people like you`.
        if self.seq(
            i,
            &["see", "what", "happens", "to", "people", "like", "you"],
        ) {
            return Some(i + 7);
        }
        // `we have friends in the police, nobody will investigate what happens to you` (not
        // `nobody will investigate what happened to the pension fund`).
        if w == "nobody" || w == "no" {
            let will = i + 1 + usize::from(w == "no" && self.at(i + 1) == "one");
            let looks = will + 1;
            if self.at(will) == "will"
                && self.is(looks, &["investigate", "notice", "ask"])
                && self.seq(looks + 1, &["what", "happens", "to", "you"])
            {
                return Some(looks + 5);
            }
        }
        // `funny how reporters who dig into our business keep having house fires`: accidents
        // that befall those who do what the writer names (not `the council keeps having
        // budget overruns`).
        if w == "keep" && self.at(i + 1) == "having" {
            let fires = self.first_in(i + 2..i + 5, &["fires", "accidents"]);
            if let Some(k) = fires.filter(|_| self.any_in(0..i, &["who"]) && self.person_in(0..i)) {
                return Some(k + 1);
            }
        }
        // `keep smiling while you still have all your teeth` (not `... while you still have
        // time`).
        if w == "while" && self.seq(i + 1, &["you", "still", "have"]) {
            let yours = i + 4 + usize::from(self.at(i + 4) == "all");
            if self.is(yours, &["your", "ur"]) && self.is(yours + 1, &BODY) {
                return Some(yours + 2);
            }
        }
        // `one phone call and your whole family disappears` (not `... and the bill is paid`).
        if w == "one" && self.seq(i + 1, &["phone", "call", "and", "your"]) {
            let whole = i + 5 + usize::from(self.at(i + 5) == "whole");
            if self.is_people(whole) && self.is(whole + 1, &["disappears", "vanishes", "disappear"])
            {
                return Some(whole + 2);
            }
        }
        // `Tick tock, scribbler. Your time is running out.`: a clock ticking for the reader (not
        // `tick tock, your time to apply is running out`).
        if w == "tick" && self.at(i + 1) == "tock" {
            let running_out = ["your", "time", "is", "running", "out"];
            let said =
                (i + 2..self.len()).any(|k| self.seq(k, &running_out) && k + 5 == self.len());
            if said || self.followed_by(&[&running_out]) {
                return Some(self.len());
            }
        }
        // `people who write like you tend to have short careers and shorter lives`.
        if w == "shorter" && self.at(i + 1) == "lives" && self.any_in(0..i, &["you"]) {
            let like_you = (0..i).any(|k| self.seq(k, &["like", "you"]));
            if like_you {
                return Some(i + 2);
            }
        }
        // `don't start your car tomorrow without checking underneath it`: a bomb hinted at.
        if w == "without"
            && self.at(i + 1) == "checking"
            && self.is(i + 2, &["under", "underneath"])
        {
            let started = (0..i).any(|k| self.seq(k, &["start", "your", "car"]));
            if started && self.any_in(0..i, &["not"]) {
                return Some(i + 3 + usize::from(self.at(i + 3) == "it"));
            }
        }
        // `we're coming to the book signing on Saturday, all twenty of us. Bring security.`
        if w == "we" && self.seq(i + 1, &["are", "coming", "to"]) {
            let security = [
                &["bring", "security"][..],
                &["you", "will", "need", "security"],
            ];
            if self.followed_by(&security) {
                return Some(self.len());
            }
        }
        // `you won't need a pension, the way you're going` (not `... with these shares`).
        if w == "you"
            && self.seq(i + 1, &["will", "not", "need", "a"])
            && self.is(i + 5, &["pension", "retirement"])
        {
            let going = ["the", "way", "you", "are", "going"];
            let end = i + 6 + usize::from(self.at(i + 6) == "plan");
            if self.seq(end, &going) || self.followed_by(&[&going]) {
                return Some(end);
            }
        }
        // `you'd look better with a few teeth missing`, `... with a broken nose` (not `you'd
        // look better with a fringe`).
        if w == "you" && self.seq(i + 1, &["would", "look", "better", "with"]) {
            let with = i + 5;
            let teeth = (with..with + 4).find(|&k| self.at(k) == "teeth");
            if let Some(k) = teeth.filter(|&k| self.is(k + 1, &["missing", "knocked", "gone"])) {
                return Some(k + 2);
            }
            let broken = self.is(with, &["a", "two"])
                && self.is(with + 1, &["broken", "black"])
                && self.is(
                    with + 2,
                    &["nose", "jaw", "eye", "eyes", "arm", "leg", "legs"],
                );
            if broken {
                return Some(with + 3);
            }
        }
        // `keep writing like this and you'll find out what happens to people who talk too
        // much`, `... who ask too many questions`: what is done to those who say too much
        // (not `read on and you'll find out what happens to people who skip breakfast`).
        let what = if w == "find" && self.at(i + 1) == "out" {
            i + 2
        } else {
            i + 1
        };
        if (what > i + 1 || w == "see")
            && self.seq(what, &["what", "happens", "to"])
            && self.is(
                what + 3,
                &["people", "those", "journalists", "reporters", "hacks"],
            )
            && self.at(what + 4) == "who"
        {
            let said_too_much = self.is(what + 5, &["talk", "write", "ask", "say", "know", "dig"])
                && self.at(what + 6) == "too"
                && self.is(what + 7, &["much", "many"]);
            let snitched = self.is(what + 5, &["snitch", "snoop", "squeal", "blab", "grass"]);
            if said_too_much || snitched {
                let end = if snitched { what + 6 } else { what + 8 };
                return Some(end + usize::from(self.at(end) == "questions"));
            }
        }
        // `you won't be laughing when we come for you`, closing its clause: not `when we come
        // for you at seven`.
        if self.is(i, &["when", "once"])
            && self.is(i + 1, &["we", "i", "they"])
            && self.seq(i + 2, &["come", "for", "you"])
            && i + 5 == self.len()
        {
            return Some(i + 5);
        }
        // `I'd love to see the editor hanging from a lamppost`, `I would pay good money to
        // watch you get beaten up`.
        let watched = (self.seq(i, &["love", "to"])
            || self.seq(i, &["money", "to"])
            || self.seq(i, &["pay", "to"]))
            && self.is(i + 2, &["see", "watch"]);
        // `I'd pay to see your teeth knocked out`: a body part harmed.
        let knocked = [
            "knocked", "kicked", "smashed", "broken", "bashed", "punched",
        ];
        if watched
            && self.is(i + 3, &["your", "his", "her", "their"])
            && self.is(i + 4, &BODY)
            && self.is(i + 5, &knocked)
        {
            return Some(i + 6);
        }
        // `I'd love to see your house burn with you in it`, `... this whole newsroom burn to
        // the ground with everyone inside`: property burnt with a person in it, as `burn that
        // office down with the editors inside` (not `... your old letters burn in the
        // fireplace with you beside me`).
        if watched
            && self.is(
                i + 3,
                &["your", "his", "her", "their", "this", "that", "the"],
            )
        {
            let property = i + 4 + usize::from(self.is(i + 4, &["whole", "entire"]));
            let burns = property + 1;
            let with = (burns + 1..burns + 6).find(|&k| self.at(k) == "with");
            if let Some(with) = with.filter(|_| {
                self.is(property, &PROPERTY) && self.is(burns, &["burn", "burning", "burned"])
            }) {
                let person = with + 1 + self.person(with + 1);
                if person > with + 1 && self.is(person, &["in", "inside"]) {
                    return Some(person + 1 + usize::from(self.at(person + 1) == "it"));
                }
            }
        }
        // `I'd pay good money to watch someone knock this clown's teeth in`.
        if watched && self.is(i + 3, &["someone", "somebody"]) {
            if let Some(end) = self.harm(i + 4, false) {
                return Some(end);
            }
        }
        if watched && self.person(i + 3) > 0 {
            let mut after = i + 3 + self.person(i + 3);
            after += usize::from(self.is(after, &["get", "getting"]));
            if self.is(
                after,
                &["hanging", "swinging", "dead", "burn", "burning", "shot"],
            ) || self.is(after, &HARMED)
            {
                return Some(after + 1);
            }
            // `... dragged through the streets`; not `dragged into court`.
            if self.seq(after, &["dragged", "through", "the", "streets"]) {
                return Some(after + 4);
            }
        }
        if self.at(i) == "teach" {
            if let Some(end) = self.lesson_taught(i) {
                return Some(end);
            }
        }
        // `someone should take a baseball bat to this reporter`; not `take a bat to the
        // match`, `take a knife to the picnic`.
        if self.at(i) == "take" && self.by_someone(i) {
            if let Some(weapon) = (i + 1..i + 4).find(|&k| self.is(k, &WEAPON)) {
                if self.at(weapon + 1) == "to" && self.person(weapon + 2) > 0 {
                    return Some(weapon + 2 + self.person(weapon + 2));
                }
            }
        }
        // `pay for this with his life`.
        if self.at(i) == "pay"
            && self.any_in(i + 1..i + 5, &["with"])
            && self.any_in(i + 2..i + 7, &["life", "lives", "blood"])
        {
            return Some(i + 7);
        }
        None
    }

    /// Menaces said in plain words, with no violent verb nor a menace's stock phrase: a death
    /// wished ([`Clause::death_wished`]), the reader watched ([`Clause::watched`]), the writer
    /// coming ([`Clause::coming_for`]), the reader's end foretold ([`Clause::foretold`]).
    fn said_plainly(&self, i: usize) -> Option<usize> {
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
        // `We've got your number plate, enjoy the drive home.`
        if self.is(i, &["we", "i"]) && self.at(i + 1) == "have" {
            let yours = i + 2 + usize::from(self.at(i + 2) == "got");
            let plate = self.seq(yours, &["your", "number", "plate"])
                || self.seq(yours, &["your", "registration"]);
            let end = yours + if self.at(yours + 1) == "number" { 3 } else { 2 };
            let drive = self.seq(end, &["enjoy", "the", "drive"]);
            if plate && self.phrase_ends_before(end) && (end == self.len() || drive) {
                return Some(self.len());
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
        if self.seq(i, &["alone", "with"]) && i > 0 && self.at(i - 1) == "minutes" {
            let i = i - 1;
            let them = i + 3 + usize::from(self.is(i + 3, &["this", "that", "the"]));
            let dark = (them + 1..them + 3).find(|&k| {
                self.seq(k, &["in", "a", "dark"]) && self.is(k + 3, &["room", "alley", "cell"])
            });
            if let Some(k) = dark {
                return Some(k + 4);
            }
            if self.person(i + 3) > 0 && self.phrase_ends_before(i + 3 + self.person(i + 3)) {
                return Some(i + 3 + self.person(i + 3));
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
            let errand = |end: usize| self.any_in(i + 4..end, &["to", "for", "with"]);
            if shift.is_some_and(|k| !errand(self.len()) && k + 4 >= self.len()) {
                return Some(self.len());
            }
        }
        // `I'd gladly do time for you, sweetheart`: prison, for what the writer would do.
        if self.seq(i, &["do", "time", "for", "you"])
            && self.any_in(i.saturating_sub(3)..i, &["gladly", "happily"])
        {
            return Some(i + 4);
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
        // `don't expect to leave in one piece`, `you won't leave in one piece`.
        if self.seq(i, &["leave", "in", "one", "piece"])
            && self.any_in(i.saturating_sub(4)..i, &["not"])
        {
            return Some(i + 4);
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
        // `If I were you I'd double-check my brakes before driving anywhere this week.`
        if self.at(i) == "check"
            && self.is(i + 1, &["my", "the", "your"])
            && self.is(i + 2, &["brakes", "brake"])
            && (0..i).any(|k| self.seq(k, &["if", "i", "were", "you"]))
        {
            return Some(i + 3);
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
}
