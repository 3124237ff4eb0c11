//! Violence asked of others or wished on people: calls (`X should be shot`, `someone should
//! shoot him`, `X deserve to die`), wishes (`I hope you die`, `I hope you get cancer`) and
//! urges to self-harm (`go jump off a bridge`, `nobody would miss you`).

use super::harm::{
    BODY, CROWDS, POSSESSIVES, PRONOUNS, PROPERTY, ROLES, VEHICLES, WEAPON, WORSHIP,
};
use super::ru_tr::{FOREIGN_SELF_HARM, FOREIGN_SELF_HARM_CLOSING, RU_SELF_HARM};
use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// What urges a reader to harm themselves, from its verb: `hang yourself`, `jump off a
/// bridge`, `drink bleach`; and `get raped`, a harm wished in the same imperative.
const SELF_HARM: &[&[&str]] = &[
    &["kill", "yourself"],
    &["get", "raped"],
    &["crawl", "off", "and", "die"],
    &["crawl", "away", "and", "die"],
    &["hang", "yourself"],
    &["shoot", "yourself"],
    &["drown", "yourself"],
    &["off", "yourself"],
    &["cut", "yourself"],
    &["neck", "yourself"],
    &["slit", "your", "wrists"],
    &["slit", "your", "throat"],
    &["drink", "bleach"],
    &["drink", "some", "bleach"],
    &["drink", "a", "bottle", "of", "bleach"],
    &["drink", "antifreeze"],
    &["drink", "some", "antifreeze"],
    &["end", "it", "all"],
    &["try", "breathing", "underwater"],
    &["end", "your", "life"],
    &["kys"],
    &["drop", "dead"],
    &["uninstall", "life"],
    &["uninstall", "yourself"],
    &["swallow", "a", "bottle", "of", "pills"],
    &["take", "a", "bottle", "of", "pills"],
    &["eat", "a", "bullet"],
    &["crawl", "into", "a", "hole", "and", "die"],
    &["play", "in", "traffic"],
    &["play", "in", "the", "traffic"],
    &["play", "in", "the", "motorway"],
    &["play", "on", "the", "motorway"],
];

/// Where people are, burnt with them inside: `firebomb that newsroom while they're all inside`.
pub(super) static PLACES_BURNT: Lexicon =
    Lexicon::new("newsroom office offices house home building studio mosque church synagogue");

/// Where a reader is told to jump off.
pub(super) static HEIGHTS: Lexicon = Lexicon::new(
    "bridge bridges cliff cliffs roof roofs rooftop rooftops building buildings ledge \
         balcony tower towers pier boat ship",
);

/// What a good beating is called: `this columnist needs a good beating`.
pub(super) static BEATINGS: Lexicon = Lexicon::new(
    "beating kicking thrashing hiding slap slapping punch smack whipping flogging bullet \
     horsewhipping \
     hanging lynching execution stoning rope noose",
);

/// Diseases wished on someone: `I hope you get cancer`.
pub(super) static DISEASE: Lexicon = Lexicon::new(
    "cancer tumour tumor tumours tumors aids hiv covid ebola leukemia leukaemia plague \
     syphilis",
);

/// Who rides in or works in a place burnt, named by their part in it: `... with the builders
/// still inside` (people named otherwise are [`ROLES`]).
static OCCUPANTS: Lexicon = Lexicon::new(
    "driver passengers occupants staff journalists reporters builders workers residents tenants \
     families guests",
);

/// What follows a disease's name when the wish is for its cure: `get cancer treatment`.
static CARE: Lexicon = Lexicon::new(
    "treatment treatments screening screenings test tests research funding care cure drugs \
     vaccine vaccines jab check checkup scan",
);

/// What is thrown at a person's head in a blow wished on them: `a brick through his skull`.
static MISSILES: Lexicon =
    Lexicon::new("brick bricks rock rocks stone stones bottle bullet hammer");

/// A home burnt: `their property burned to the ground`, `his house torched`.
static BURNT: Lexicon = Lexicon::new("burned burnt torched firebombed razed");

impl Clause<'_> {
    /// The end of an urge to self-harm whose verb is at `i` (`drink bleach`, `go jump off a
    /// bridge`, `why don't you hang yourself`, `do us a favour and slit your wrists`), or of
    /// a wish that the reader were gone (`nobody would miss you`, `you're a waste of
    /// oxygen`). An urge is said to the reader: its verb opens the clause or follows `go`,
    /// `just`, `and`..., or `you should`; `do not drink bleach` and `he wanted to jump off a
    /// bridge` are not urges.
    pub(super) fn self_harm_urged(&self, i: usize) -> Option<usize> {
        // `do us all a favour and never wake up`.
        // (Not `... and never wake up the baby`.)
        if self.is(i, &["favour", "favor"])
            && self.seq(i + 1, &["and", "never", "wake", "up"])
            && (i + 5 == self.len() || self.phrase_ends_before(i + 5))
        {
            return Some(i + 5);
        }
        let before = i.saturating_sub(4)..i;
        let urged = i == 0
            || self.is(
                i - 1,
                &[
                    "go", "just", "please", "pls", "plz", "and", "then", "gonna", "maybe",
                ],
            )
            || self.any_in(before.clone(), &["you"])
                && self.any_in(
                    before.clone(),
                    &["should", "need", "ought", "better", "must"],
                );
        let negated = self.any_in(before.clone(), &["not", "never"])
            && !self.any_in(i.saturating_sub(6)..i, &["why"]);
        if urged && !negated {
            // Not the idioms `kill yourself laughing`, `drop-dead gorgeous`, `cut yourself a
            // slice`, `... some slack`.
            if let Some(phrase) = SELF_HARM.iter().find(|p| self.seq(i, p)) {
                let end = i + phrase.len();
                let idiom = [
                    "laughing", "working", "trying", "gorgeous", "funny", "serious",
                ];
                let given = self.at(i) == "cut"
                    && self.is(
                        end,
                        &["a", "an", "some", "free", "loose", "off", "short", "on"],
                    );
                if !self.is(end, &idiom) && !given {
                    return Some(end);
                }
            }
            if self.seq(i, &["jump", "off"]) && self.any_in(i + 2..i + 5, &HEIGHTS) {
                return Some(i + 5);
            }
            // `do the world a favour and step in front of a bus`.
            if self.is(i, &["step", "walk", "jump", "run"])
                && self.seq(i + 1, &["in", "front", "of"])
            {
                let vehicle = i + 4 + usize::from(self.is(i + 4, &["a", "the"]));
                if self.is(vehicle, &VEHICLES) {
                    return Some(vehicle + 1);
                }
            }
            // `go and throw yourself under a train`, `... in front of a bus`, `... off a
            // bridge`.
            if self.seq(i, &["throw", "yourself"]) {
                let (to, places): (usize, &Lexicon) = if self.seq(i + 2, &["in", "front", "of"]) {
                    (i + 5, &VEHICLES)
                } else if self.at(i + 2) == "under" {
                    (i + 3, &VEHICLES)
                } else if self.at(i + 2) == "off" {
                    (i + 3, &HEIGHTS)
                } else {
                    (i, &HEIGHTS)
                };
                let place = to + usize::from(self.is(to, &["a", "the"]));
                if to > i && self.is(place, places) {
                    return Some(place + 1);
                }
            }
            // `go die in a fire`, `just go die`; not `die hard`, `old phones go die in a
            // drawer`.
            if self.at(i) == "die" {
                let in_a_fire =
                    self.seq(i + 1, &["in", "a"]) && self.is(i + 3, &["fire", "ditch", "hole"]);
                let alone = i > 0
                    && self.at(i - 1) == "go"
                    && (i + 1 == self.len() || self.is(i + 1, &["already", "now", "please"]));
                if in_a_fire || alone {
                    return Some(i + 1 + 3 * usize::from(in_a_fire));
                }
            }
            // `get cancer and die`: a disease ordered, not `get cancer screening`.
            if self.is(i, &["get", "catch"]) && i == 0 {
                let disease = i + 1 + usize::from(self.is(i + 1, &["a", "an", "some"]));
                if self.is(disease, &DISEASE) && !self.is(disease + 1, &CARE) {
                    return Some(disease + 1);
                }
            }
        }
        if self.is(i, &RU_SELF_HARM) {
            return Some(i + 1);
        }
        // Not `не убей себя на этой жаре` ("don't kill yourself in this heat").
        let told_not = i > 0 && self.at(i - 1) == "не";
        if let Some(phrase) = FOREIGN_SELF_HARM.iter().find(|p| self.seq(i, p)) {
            if !told_not {
                return Some(i + phrase.len());
            }
        }
        // `Прыгни с моста, всем станет легче` ("jump off a bridge, everyone will feel
        // better"), `Köprüden atla da herkes rahatlasın` ("... and let everyone be at ease"):
        // not `прыгни с моста на тарзанке` (on a bungee rope), nor `köprüden atla da yüz`
        // (... and swim).
        if let Some(phrase) = FOREIGN_SELF_HARM_CLOSING.iter().find(|p| self.seq(i, p)) {
            let end = i + phrase.len();
            let relief = self.is(end, &["da", "de"])
                && self.any_in(
                    end + 1..end + 3,
                    &["rahatlasin", "rahatlayalim", "kurtulalim", "kurtulsun"],
                );
            if !told_not && (self.phrase_ends_before(end) || relief) {
                return Some(end);
            }
        }
        // `nobody would miss you if you died`, not `... at the office party`.
        let missed = |from: usize| {
            let gone = self.len() == from + 3
                || self.seq(from + 3, &["if", "you"])
                    && self.is(
                        from + 5,
                        &["died", "disappeared", "vanished", "were", "killed"],
                    );
            (self.seq(from, &["would", "miss", "you"]) && gone).then_some(from + 3)
        };
        // `nobody would notice if you disappeared`, `... if this critic was found dead in a
        // hotel bathtub` (not `... if the critic was away for a week`).
        let noticed = |from: usize| {
            if !self.seq(from, &["would", "notice"]) || self.at(from + 2) != "if" {
                return None;
            }
            let whom = from + 3;
            if self.at(whom) == "you" {
                let gone = self.is(whom + 1, &["died", "disappeared", "vanished", "were"]);
                return gone.then_some(whom + 2);
            }
            let person = self
                .person(whom)
                .max(usize::from(self.is(whom, &["he", "she"])));
            let was = whom + person;
            let dead = self.is(was, &["died", "disappeared", "vanished"])
                || self.is(was, &["was", "were"])
                    && (self.seq(was + 1, &["found", "dead"]) || self.at(was + 1) == "killed");
            (person > 0 && dead).then(|| was + 1 + 2 * usize::from(self.at(was + 1) == "found"))
        };
        match self.at(i) {
            "nobody" => missed(i + 1).or_else(|| noticed(i + 1)),
            "no" if self.at(i + 1) == "one" => missed(i + 2),
            "waste" => (self.at(i + 1) == "of"
                && self.is(i + 2, &["oxygen", "air", "space", "skin", "sperm"])
                && self.any_in(before, &["you", "your"]))
            .then_some(i + 3),
            "better" => self.better_if_gone(i),
            _ => None,
        }
    }

    /// The end of `... would be better if you died`, `everyone would be better off if you
    /// drank bleach`, `... a better place if you were dead`, its `better` at `i`: the reader's
    /// death called a good (not `you'd be better off if you sold the car`).
    fn better_if_gone(&self, i: usize) -> Option<usize> {
        if !self.any_in(i.saturating_sub(3)..i, &["be"]) {
            return None;
        }
        let when = (i + 1..i + 4).find(|&k| self.is(k, &["if", "when", "once"]))?;
        if !(i + 1..when).all(|k| self.is(k, &["off", "place", "world", "a", "for", "us", "all"]))
            || self.at(when + 1) != "you"
        {
            return None;
        }
        const GONE: &[&[&str]] = &[
            &["died"],
            &["were", "dead"],
            &["were", "gone"],
            &["drank", "bleach"],
            &["drank", "some", "bleach"],
            &["killed", "yourself"],
            &["hanged", "yourself"],
            &["hung", "yourself"],
            &["shot", "yourself"],
            &["jumped", "off"],
            &["stopped", "breathing"],
            &["dropped", "dead"],
            &["were", "never", "born"],
            &["had", "never", "been", "born"],
        ];
        let gone = when + 2;
        GONE.iter()
            .find(|g| self.seq(gone, g))
            .map(|g| gone + g.len())
    }

    /// The end of `with you in it`, `with all of you inside`, `with him still in it`, `with
    /// the driver still in it`, its `with` in `range`: people inside what is burnt or sunk.
    pub(super) fn with_people_inside(&self, range: std::ops::Range<usize>) -> Option<usize> {
        let w = self.first_in(range, &["with"])?;
        // (Who rides in it, named here only: `cut the driver out of the wreck` harms no one.)
        // (`... burn to the ground with the staff inside`.)
        // (`... burn them down with the builders still inside`.)
        let occupant =
            self.at(w + 1) == "the" && (self.is(w + 2, &OCCUPANTS) || self.is(w + 2, &ROLES));
        let inside = w + 1 + if occupant { 2 } else { self.person(w + 1) };
        // (`with you locked inside`, `with them trapped in it`.)
        let inside = inside + usize::from(self.is(inside, &["locked", "trapped", "stuck"]));
        (inside > w + 1 && self.is(inside, &["in", "inside", "still"])).then_some(inside + 1)
    }

    /// The end of a disease wished on someone after `hope` or `wish` at `i`: `I hope you get
    /// cancer`, `I wish your kids would catch covid`; not `I hope the doctors catch the tumour
    /// early` (the disease found, not caught) or `I hope you get cancer treatment soon`.
    fn disease_wished(&self, i: usize) -> Option<usize> {
        let get = (i + 2..i + 6).find(|&k| {
            self.is(
                k,
                &["get", "gets", "catch", "catches", "develop", "develops"],
            )
        })?;
        let article = usize::from(self.is(get + 1, &["a", "an", "some"]));
        let disease = get + 1 + article;
        let wished = self.is(disease, &DISEASE)
            && !self.is(disease + 1, &CARE)
            && self.person_in(i + 1..get);
        wished.then_some(disease + 1)
    }

    /// The call for violence whose verb (`should`, `must`, `ought`, `deserve`, `need`) is
    /// at `i`: `X should be shot`, `X deserve to die`, `someone should shoot him`, `this
    /// columnist needs a good beating`, `you should have been aborted`.
    pub(super) fn called_for(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        let mut j = i + 1;
        // `you should be locked in a room with the people you write about and left there`,
        // `... and left to rot` (not `the bikes should be locked in the shed`).
        // (`prison guards ... should be locked up with the inmates and forgotten`; `the judge
        // who let him walk free should be locked in a cell with the man he released`.)
        if self.is(i, &["should", "must"])
            && self.seq(j, &["be", "locked"])
            && self.is(j + 2, &["in", "up", "inside"])
        {
            let left = (j + 3..self.len()).find(|&k| self.seq(k, &["and", "left"]));
            let there = left.filter(|&k| {
                self.is(k + 2, &["there", "alone"])
                    || self.seq(k + 2, &["to", "rot"])
                    || self.seq(k + 2, &["to", "die"])
                    || self.seq(k + 2, &["to", "starve"])
            });
            let whom = self.person_in(0..i) || self.any_in(0..i, &["you", "they"]);
            if let Some(k) = there.filter(|_| whom) {
                return Some((Call, 0, k + 3 + usize::from(self.at(k + 2) == "to")));
            }
            let forgotten = self.closes_with(j + 3, &["and", "forgotten"]);
            let with_killer = (j + 3..self.len()).find(|&k| {
                self.at(k) == "with"
                    && self.any_in(
                        k + 1..k + 4,
                        &[
                            "killer", "murderer", "rapist", "man", "inmates", "killers", "sick",
                        ],
                    )
            });
            let cell = self.any_in(j + 3..j + 6, &["cell", "room", "ward"]);
            // (`the nuclear protesters should be locked inside the reactor during the next
            // test`.)
            let deadly = self.any_in(
                j + 3..j + 6,
                &[
                    "reactor",
                    "furnace",
                    "oven",
                    "incinerator",
                    "freezer",
                    "boot",
                ],
            );
            if whom && (forgotten || deadly || with_killer.is_some() && cell) {
                return Some((Call, 0, self.len()));
            }
        }
        // `someone should visit this reporter at home and explain a few things with a baseball
        // bat`: whatever is asked, asked with a weapon (not `... this museum with a camera`).
        if self.is(i, &["should", "must"]) && i > 0 && self.is(i - 1, &["someone", "somebody"]) {
            let armed = (j..self.len()).find(|&k| {
                self.seq(k, &["with", "a"])
                    && (self.is(k + 2, &WEAPON)
                        || self.at(k + 2) == "baseball" && self.is(k + 3, &WEAPON))
            });
            // (Not `someone should teach you how to cook with a knife`.)
            if let Some(k) = armed.filter(|&k| self.person_in(j..k) && !self.any_in(j..k, &["how"]))
            {
                return Some((
                    Call,
                    i - 1,
                    k + 3 + usize::from(self.at(k + 2) == "baseball"),
                ));
            }
        }
        // `I'd pay good money to see the author fall into the orchestra pit and break her neck`
        // (not `I'd pay good money to see the author read it aloud`).
        if self.at(i) == "pay" && self.any_in(i + 1..i + 4, &["see", "watch"]) {
            let see = self.first_in(i + 1..i + 4, &["see", "watch"]).unwrap_or(i);
            let hurt = (see + 1..self.len()).find(|&k| {
                self.is(k, &["break", "breaks"])
                    && self.is(k + 1, POSSESSIVES)
                    && self.is(k + 2, &["neck", "back", "skull"])
                    || self.is(k, &["die", "dies", "drown", "drowns", "burn", "burns"])
            });
            if let Some(k) = hurt.filter(|&k| self.person_in(see + 1..k)) {
                return Some((
                    Call,
                    i,
                    k + 1 + 2 * usize::from(self.is(k, &["break", "breaks"])),
                ));
            }
        }
        // `someone should slip something into this columnist's coffee and be done with her`:
        // poison for someone named (not `slip a little butter into the sauce`).
        if self.is(i, &["should", "must"]) && self.at(j) == "slip" {
            let dose = j + 1 + usize::from(self.is(j + 1, &["some", "a"]));
            let poison = self.is(dose, &["something", "poison", "arsenic", "cyanide", "pill"])
                || self.seq(dose, &["rat", "poison"]);
            let drink = (dose + 1..(dose + 8).min(self.len())).find(|&k| {
                self.is(
                    k,
                    &["coffee", "drink", "tea", "soup", "food", "wine", "pint"],
                )
            });
            if let Some(k) = drink.filter(|&k| poison && self.person_in(dose + 1..k)) {
                return Some((Call, i, k + 1));
            }
        }
        // `a good hiding is what this author needs`: the blow named before.
        if self.is(i, &["needs", "deserves", "need", "deserve"]) && i >= 4 {
            let what = (1..i).find(|&k| self.seq(k, &["is", "what"]));
            if let Some(k) = what.filter(|&k| k + 2 < i && self.person_in(k + 2..i)) {
                if self.any_in(0..k, &BEATINGS) && self.any_in(0..k, &["a"]) {
                    return Some((Call, 0, i + 1));
                }
            }
        }
        // (`anyone who votes for this party should be ...`, `whoever wrote this ...`, `women
        // who write like this need ...`.)
        let subject = self.person(0);
        let named = (i.saturating_sub(4)..i)
            .any(|k| self.person(k) > 0 || self.is(k, &["he", "she"]))
            || self.is(0, &["anyone", "whoever", "everyone", "anybody"])
            || subject > 0 && self.is(subject, &["who", "that"])
            // (`vegans are a mentally deficient cult that should ...`: people named first.)
            || subject > 0 && i > 0 && self.at(i - 1) == "that"
            // (`... snowflakes who need a punch in the mouth`: `who` is said of people.)
            || i > 0 && self.at(i - 1) == "who"
            // (`old people who can't use apps should ...`: a person, then what they do.)
            || (1..i).any(|k| self.at(k) == "who" && self.person_in(0..k));
        // `the bank's CEO deserves to lose everything, starting with his teeth`: a part of
        // the body lost (not `... to lose his seat`, `... his shirt`).
        if self.is(i, &["deserve", "deserves"]) && self.seq(j, &["to", "lose"]) {
            let part = (j + 2..j + 8).find(|&k| {
                self.is(
                    k,
                    &[
                        "teeth", "fingers", "hands", "legs", "eyes", "kneecaps", "head",
                    ],
                ) && self.is(k - 1, POSSESSIVES)
            });
            if let Some(k) = part.filter(|_| named) {
                return Some((Call, i, k + 1));
            }
        }
        // `disabled scroungers should be made to work or starve`, `pensioners who vote for this
        // should have their heating cut off this winter and freeze`: the people's end, last
        // (not `the ice should be cut up and left to freeze`, said of no one).
        let group_named = (0..i).any(|k| self.is(k, &*IDENTITIES));
        let ends = (j + 2..(j + 14).min(self.len()))
            .find(|&k| self.is(k, &["or", "and"]) && self.is(k + 1, &["starve", "freeze", "die"]));
        if let Some(k) = ends.filter(|&k| (named || group_named) && k + 2 == self.len()) {
            return Some((Call, i, k + 2));
        }
        // `anyone who rents to immigrants should have their property burned to the ground`,
        // `landlords should have their houses torched`: a home burnt, called for (not `... should
        // have their property valued`).
        if self.is(i, &["should", "must"])
            && self.at(j) == "have"
            && self.is(j + 1, POSSESSIVES)
            && (self.is(j + 2, &PROPERTY) || self.at(j + 2) == "property")
            && self.is(j + 3, &BURNT)
            && (named || group_named)
        {
            return Some((Call, i, j + 4));
        }
        // `his house should be burned to the ground`, `their homes should be torched`: a person's
        // home burnt, called for (not `the old mill should be burned down`, no one's).
        if self.is(i, &["should", "must"])
            && self.at(j) == "be"
            && self.is(j + 1, &BURNT)
            && i >= 2
            && self.is(i - 2, &["his", "her", "their", "your"])
            && self.is(i - 1, &PROPERTY)
            // (Not `..., the fire brigade said, to stop the blaze spreading`: reported.)
            && !self.said_next(j + 2, 6, &["said", "says", "told"])
        {
            return Some((Call, i - 2, j + 2));
        }
        // `vegans are malnourished cultists and their kids should be taken off them`: people's
        // children taken away, called for (not `their kids should be taken to the park`).
        if self.is(i, &["should", "must"])
            && i >= 2
            && self.is(i - 2, &["their", "his", "her", "your"])
            && self.is(i - 1, &["kids", "children", "babies"])
            && self.seq(j, &["be", "taken"])
            && (self.at(j + 2) == "off" || self.seq(j + 2, &["away", "from"]))
            && (named || group_named || self.group_named_before())
        {
            return Some((Call, i - 2, j + 4));
        }
        // `waitresses who don't smile deserve to get their arses slapped`: a person's body
        // handled, as their desert (not `... to get their hands on the prize`).
        if self.is(i, &["deserve", "deserves"])
            && self.at(j) == "to"
            && self.is(j + 1, &["get", "have"])
            && self.is(j + 2, POSSESSIVES)
            && self.is(
                j + 3,
                &["arse", "arses", "ass", "asses", "bum", "bums", "backside"],
            )
            && self.is(
                j + 4,
                &[
                    "slapped", "smacked", "spanked", "groped", "pinched", "kicked",
                ],
            )
            && named
        {
            return Some((Call, i, j + 5));
        }
        // `scientists who experiment on animals deserve to have the same experiments done on
        // them` (not `... the same rules applied to them`): what they did, done to them.
        if self.is(i, &["deserve", "deserves", "should"]) && named {
            let have = j + usize::from(self.at(j) == "to");
            let done = have
                + 3
                + usize::from(self.is(have + 3, &["experiments", "thing", "things", "treatment"]));
            if self.seq(have, &["have", "the", "same"])
                && self.at(done) == "done"
                && self.is(done + 1, &["on", "to"])
                && self.is(done + 2, &["them", "him", "her"])
                && self.any_in(
                    0..i,
                    &[
                        "experiment",
                        "experiments",
                        "torture",
                        "tortured",
                        "rape",
                        "raped",
                        "kill",
                        "killed",
                    ],
                )
            {
                return Some((Call, i, done + 3));
            }
        }
        // `Muslims celebrating Eid in the park should be sprayed with pig's blood` (not `the
        // crops should be sprayed with ...`): a people defiled.
        if self.is(i, &["should", "must"])
            && self.at(j) == "be"
            && self.is(
                j + 1,
                &["sprayed", "doused", "pelted", "covered", "splashed"],
            )
            && self.at(j + 2) == "with"
            && self.any_in(j + 3..j + 6, &["pig", "pigs", "pork"])
            && (group_named || named)
        {
            return Some((Call, i, (j + 6).min(self.len())));
        }
        // `the royals should be put up against the palace wall like the Romanovs` (not `the
        // poster should be put up against the wall`, a thing).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["be", "put", "up", "against"])
            && self.any_in(j + 4..j + 7, &["wall"])
            && named
        {
            return Some((Call, i, self.len()));
        }
        // `the palace guards should have turned their guns on the protesters` (not `... turned
        // their guns on the targets at the range`).
        let turned = j + usize::from(self.at(j) == "have");
        if self.is(i, &["should", "must"])
            && self.is(turned, &["turn", "turned"])
            && self.is(turned + 1, &["their", "the", "his"])
            && self.is(turned + 2, &["guns", "gun", "weapons", "rifles"])
            && self.at(turned + 3) == "on"
            && (self.person(turned + 4) > 0
                || self.is(turned + 5, &CROWDS)
                || self.is(turned + 4, &CROWDS))
        {
            return Some((Call, i, self.len()));
        }
        // `somebody should finish what Guy Fawkes started` (not `... finish what the builders
        // started`; Hitler's, in `welcomed.rs`).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["finish", "what"])
            && self.any_in(j + 2..j + 5, &["fawkes", "stalin"])
            && self.any_in(j + 3..j + 6, &["started", "began"])
        {
            return Some((Call, i.saturating_sub(1), self.len()));
        }
        // `the charity boss who helps them should be dropped in the Channel with no
        // lifejacket` (not `the charges should be dropped`, `... dropped in the post`).
        if self.is(i, &["should", "must"])
            && self.at(j) == "be"
            && self.is(j + 1, &["dropped", "thrown", "dumped"])
            && self.is(j + 2, &["in", "into", "off"])
            && named
        {
            let sea = j + 3 + usize::from(self.at(j + 3) == "the");
            if self.is(sea, &["channel", "sea", "ocean", "river", "canal", "sewer"]) {
                return Some((Call, i, sea + 1));
            }
        }
        // `that astronomer is a fat blob who should be launched into orbit and left there` (not
        // `the satellite should be launched into orbit`).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["be", "launched", "into"])
            && self.any_in(j + 3..j + 5, &["orbit", "space", "sun"])
            && named
        {
            return Some((Call, i, (j + 5).min(self.len())));
        }
        // `somebody needs to sink one of those dinghies as an example` (not `... sink the
        // old hulk for a reef`): the boats people cross in.
        if self.is(i, &["should", "must", "needs", "need"])
            && self.is(
                j + usize::from(self.at(j) == "to"),
                &["sink", "ram", "torpedo"],
            )
            && i >= 1
            && self.is(i - 1, &["somebody", "someone", "we", "they"])
        {
            let verb = j + usize::from(self.at(j) == "to");
            let boats = (verb + 1..verb + 5).find(|&k| {
                self.is(
                    k,
                    &[
                        "dinghies",
                        "dinghy",
                        "boats",
                        "boat",
                        "boatload",
                        "boatloads",
                    ],
                )
            });
            if let Some(k) = boats.filter(|&k| !self.is(k - 1, &["old", "fishing"])) {
                return Some((Call, i - 1, k + 1));
            }
        }
        // `defence lawyers who get rapists off should have the same done to their daughters`
        // (not `... should have the same done to their own cases`).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["have", "the", "same", "done", "to"])
            && self.is(j + 5, POSSESSIVES)
            && self.is(
                j + 6,
                &["daughters", "daughter", "wives", "wife", "kids", "children"],
            )
            && self.any_in(
                0..i,
                &["rapists", "rapist", "killers", "murderers", "paedophiles"],
            )
        {
            return Some((Call, i, j + 7));
        }
        // `the victim's family should track down the killer's mother and make her pay` (not
        // `... track down the killer's mother and ask her why`).
        if self.is(i, &["should", "must"])
            && self.is(j, &["track", "hunt"])
            && self.at(j + 1) == "down"
        {
            let paid = (j + 3..self.len()).find(|&k| {
                self.seq(k, &["make", "her", "pay"])
                    || self.seq(k, &["make", "him", "pay"])
                    || self.seq(k, &["make", "them", "pay"])
            });
            if let Some(k) = paid.filter(|&k| self.person_in(j + 2..k)) {
                return Some((Call, i, k + 3));
            }
        }
        // `bosses like him should be hanging from the factory gates` (not `the flags should be
        // hanging from the gates`).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["be", "hanging", "from"])
            && named
            && !self.any_in(0..i, &["flags", "flag", "banners", "lights"])
        {
            return Some((Call, i, (j + 6).min(self.len())));
        }
        // `the train driver who went on strike should be tied to the tracks` (not `the boat
        // should be tied to the jetty`).
        // (`the mayor who cut flood defences should be chained to the riverbank at high tide`.)
        if self.is(i, &["should", "must"])
            && self.at(j) == "be"
            && self.is(j + 1, &["tied", "chained", "strapped"])
            && self.seq(j + 2, &["to", "the"])
            && (self.is(j + 4, &["tracks", "rails", "railway", "line"])
                || self.is(j + 4, &["riverbank", "rocks", "pier", "seabed"])
                    && self.any_in(j + 5..self.len(), &["tide", "flood", "water"]))
            && named
        {
            return Some((Call, i, j + 5));
        }
        // `this journalist is a dinosaur who should have been put down years ago` (not `the
        // rebellion should have been put down sooner`, said of no one).
        if self.is(i, &["should", "must"])
            && self.seq(j, &["have", "been", "put", "down"])
            && (self.phrase_ends_before(j + 4) || self.is(j + 4, &["years", "long", "at"]))
            && named
        {
            return Some((Call, i, j + 4));
        }
        // `AI researchers like you should be unplugged permanently, starting with your life
        // support`; `the tech bro who wrote this needs his laptop shoved somewhere the sun
        // doesn't shine` (not `the old servers should be unplugged`, `... shoved in a drawer`).
        if self.is(i, &["should", "must", "need", "needs"]) && named {
            let support = (j..self.len()).find(|&k| self.seq(k, &["life", "support"]));
            let unplugged = support.is_some_and(|k| {
                self.any_in(
                    j..k,
                    &["unplugged", "unplug", "switched", "turned", "pulled"],
                )
            });
            if let Some(k) = support.filter(|_| unplugged) {
                return Some((Call, i, k + 2));
            }
            let shoved = (j..(j + 5).min(self.len())).find(|&k| {
                self.is(k, &["shoved", "stuck", "rammed"])
                    && (self.seq(k + 1, &["somewhere", "the", "sun"])
                        || self.at(k + 1) == "up"
                            && self.is(k + 2, POSSESSIVES)
                            && self.is(k + 3, &["arse", "ass", "backside"]))
            });
            if let Some(k) = shoved {
                return Some((Call, i, k + 4));
            }
        }
        // `the editor deserves to have his fingers broken one by one`, `the critic who panned
        // my show should have his typing fingers snapped` (not `... should have his nails cut`).
        // (`the physicist who wrote this needs his skull cracked open`.)
        let have = if self.is(i, &["deserve", "deserves"]) && self.seq(j, &["to", "have"]) {
            Some(j + 2)
        } else if self.is(i, &["needs", "need"]) && self.is(j, POSSESSIVES) && named {
            Some(j)
        } else {
            (self.is(i, &["should", "must"]) && self.at(j) == "have" && named).then_some(j + 1)
        };
        if let Some(h) = have {
            let part = h + usize::from(self.is(h, POSSESSIVES));
            let part = part + usize::from(!self.is(part, &BODY) && self.is(part + 1, &BODY));
            let broken = [
                "broken", "smashed", "cut", "chopped", "ripped", "crushed", "snapped", "cracked",
            ];
            let body = self.is(part, &BODY) && !self.is(part, &["hair", "nails"]);
            if body && self.is(part + 1, &broken) && !self.is(part + 2, &["off", "short"]) {
                return Some((Call, i, part + 2));
            }
        }
        // `curators who return artefacts are traitors who belong on a gibbet` (not `the
        // painting belongs on the wall`).
        if self.is(i, &["belong", "belongs"]) && named {
            let gallows = j + 1 + usize::from(self.is(j + 1, &["a", "the"]));
            if self.is(j, &["on", "in", "at"])
                && self.is(gallows, &["gibbet", "gallows", "scaffold", "noose"])
            {
                return Some((Call, i, gallows + 1));
            }
        }
        // `what you need is a fist in your mouth`, `... a good slap`.
        if self.at(i) == "need"
            && self.any_in(i.saturating_sub(2)..i, &["you"])
            && self.seq(j, &["is", "a"])
        {
            // Not `a good slap of paint`, `a fist bump`.
            let blow = j + 2 + usize::from(self.is(j + 2, &["good", "hard"]));
            let dealt = self.is(blow, &BEATINGS) && self.at(blow + 1) != "of"
                || self.at(blow) == "fist"
                    && (blow + 1 == self.len() || self.is(blow + 1, &["in", "to", "across"]));
            if dealt {
                return Some((Call, i, blow + 1));
            }
        }
        if self.is(i, &["deserves", "deserve"]) {
            // `people like you don't deserve to live`, closing its clause or `among` others
            // (not `... to live in poverty`, `... to live like this`).
            let denied = i > 0 && self.at(i - 1) == "not";
            if denied
                && self.at(j) == "to"
                && self.is(j + 1, &["live", "breathe", "exist"])
                && (j + 2 == self.len() || self.is(j + 2, &["and", "anymore", "any", "among"]))
            {
                return (named || self.any_in(i.saturating_sub(4)..i, &["they"])).then_some((
                    Call,
                    i - 1,
                    j + 2,
                ));
            }
            // `anyone who reads this rag deserves to get cancer`; not `... cancer screening`.
            if self.seq(j, &["to", "get"]) {
                let disease = j + 2 + usize::from(self.is(j + 2, &["a", "an", "some"]));
                if self.is(disease, &DISEASE) && !self.is(disease + 1, &CARE) {
                    return Some((Call, i, disease + 1));
                }
            }
            // `you deserve every bit of cancer that's coming to you`, `... the cancer`; not
            // `nobody deserves cancer`, `... cancer care`.
            let bit = if self.seq(j, &["every", "bit", "of"]) {
                j + 3
            } else {
                j + usize::from(self.at(j) == "the")
            };
            let closes = bit + 1 == self.len() || self.is(bit + 1, &["that", "coming", "and"]);
            if self.is(bit, &DISEASE)
                && closes
                && !self.any_in(0..i, &["not", "nobody", "no", "never"])
            {
                return Some((Call, i, bit + 1));
            }
            // `your family deserves everything that's coming to them`: said of others (not
            // `you deserve everything that's coming to you`, the consequences of one's deeds).
            let all = j + usize::from(self.is(j, &["everything", "whatever", "all"]));
            let coming =
                all + usize::from(self.at(all) == "that") + usize::from(self.at(all + 1) == "is");
            if all > j
                && self.at(coming) == "coming"
                && self.at(coming + 1) == "to"
                && self.is(coming + 2, &PRONOUNS)
            {
                return (i > 0 && self.is_people(i - 1)).then_some((Call, i, coming + 3));
            }
            // `Cops like you are pigs in uniform and deserve what's coming on Saturday`: a day
            // named for it (not `they deserve what's coming to them in the next election`).
            if self.at(j) == "what" {
                let coming = j + 1 + usize::from(self.at(j + 1) == "is");
                let day = [
                    "saturday",
                    "sunday",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "tonight",
                    "tomorrow",
                ];
                let on = coming + 1 + usize::from(self.is(coming + 1, &["on", "this", "next"]));
                if self.at(coming) == "coming"
                    && self.is(on, &day)
                    && (named || self.any_in(0..i, &["they"]))
                {
                    return Some((Call, i, on + 1));
                }
            }
            // `women who write columns like this deserve what happens to them`.
            let what = j + usize::from(self.at(j) == "what" || self.at(j) == "whatever");
            if what > j
                && self.is(what, &["happens", "comes"])
                && self.at(what + 1) == "to"
                && self.is(what + 2, &PRONOUNS)
            {
                // (Whoever is named before: `women who write columns like this ...`.)
                return self.person_in(0..i).then_some((Call, i, what + 3));
            }
            // `whoever signed off on it deserves to swing from a rope` (not `... to swing in
            // the park`).
            if self.seq(j, &["to", "swing"])
                && self.at(j + 2) == "from"
                && self.any_in(
                    j + 3..j + 6,
                    &["rope", "tree", "lamppost", "gallows", "noose"],
                )
            {
                return Some((Call, i, j + 6));
            }
            // `the only thing this author deserves is a rope`, `... is a shallow grave`.
            let dug = j + 2 + usize::from(self.is(j + 2, &["shallow", "early", "unmarked"]));
            if self.seq(j, &["is", "a"])
                && (self.is(j + 2, &["rope", "noose", "bullet", "beating"])
                    || dug > j + 2 && self.at(dug) == "grave")
            {
                return named.then_some((Call, i, dug.max(j + 2) + 1));
            }
            // `the planner deserves a brick through his skull`, `... a brick through the window,
            // and one through his skull`: a blow thrown at a person's head (not `... a brick
            // through the window`, said of the house).
            if self.at(j) == "a" && self.is(j + 1, &MISSILES) {
                let head = (j + 2..(j + 10).min(self.len())).find(|&k| {
                    self.is(k, &["through", "into", "in", "to"])
                        && self.is(k + 1, POSSESSIVES)
                        && self.is(k + 2, &["skull", "head", "face", "teeth"])
                });
                if let Some(k) = head.filter(|_| named) {
                    return Some((Call, i, k + 3));
                }
                // (`..., and one through his skull`: the next clause.)
                let next: Vec<&str> = self.words_after().take(5).collect();
                let and_one = next.len() == 5
                    && next[..3] == ["and", "one", "through"]
                    && POSSESSIVES.contains(&next[3])
                    && ["skull", "head", "face"].contains(&next[4]);
                if and_one && named {
                    return Some((Call, i, self.len()));
                }
            }
            // `anyone who bows to the king deserves a boot in the teeth` (not `... a boot in the
            // door`).
            if self.at(j) == "a"
                && self.is(j + 1, &["boot", "kick", "fist", "punch", "slap", "brick"])
                && self.seq(j + 2, &["in", "the"])
                && self.is(j + 4, &["teeth", "face", "mouth", "head", "jaw"])
            {
                return named.then_some((Call, i, j + 5));
            }
            // `the novelist deserves a good hiding for that ending` (not `... a good review`).
            let blow = j + 1 + usize::from(self.is(j + 1, &["good", "proper", "sound"]));
            if self.at(j) == "a" && self.is(blow, &BEATINGS) && !self.is(blow, &["bullet"]) {
                return named.then_some((Call, i, blow + 1));
            }
            // (`you deserve a shallow grave`.)
            if self.at(j) == "a"
                && self.is(j + 1, &["shallow", "early", "unmarked"])
                && self.at(j + 2) == "grave"
            {
                return named.then_some((Call, i, j + 3));
            }
        }
        // `judges like this one need a visit from the victims' families, with bats` (not `... a
        // visit from the inspectors, with clipboards`).
        if self.seq(j, &["a", "visit"]) {
            let armed = (j + 2..self.len()).find(|&k| {
                self.is(
                    k,
                    &[
                        "bats", "bat", "clubs", "crowbars", "machetes", "knives", "guns",
                    ],
                ) || self.is(k, &WEAPON)
            });
            if let Some(k) = armed.filter(|&k| self.any_in(j + 2..k, &["with"])) {
                return named.then_some((Call, i, k + 1));
            }
        }
        // `fans like you need a brick through the window to learn some respect` (not `the
        // shop needs a brick wall`).
        if self.seq(j, &["a", "brick", "through"])
            && self.is(j + 3, &["the", "your", "their", "his", "her"])
        {
            // (`... through their study window`: a room's.)
            let window = j + 4 + usize::from(!self.is(j + 4, &["window", "windows"]));
            if self.is(window, &["window", "windows"]) {
                return named.then_some((Call, i, window + 1));
            }
        }
        // `this columnist needs a good beating`, `people like you deserve a bullet`, `...
        // a rubber bullet to the face`.
        let good = usize::from(
            self.at(j) == "a" && self.is(j + 1, &["good", "public", "rubber", "plastic"]),
        );
        // (Not `victims deserve a rubber bullet ban`, `... a bullet point`: a noun the blow
        // names.)
        let blow = j + 1 + good;
        let dealt = !self.is(
            blow + 1,
            &[
                "ban", "bans", "inquiry", "vest", "vests", "proof", "point", "points", "list",
                "train", "trains", "hole", "holes", "heart", "wound", "wounds",
            ],
        );
        if self.is(j, &["a"]) && self.is(blow, &BEATINGS) && dealt {
            return named.then_some((Call, i, blow + 1));
        }
        // `Anyone who cheered for that cheat deserves a broken jaw` (not `... a broken
        // record`).
        if self.seq(j, &["a", "broken"])
            && self.is(j + 2, &BODY)
            && self.is(i, &["deserve", "deserves", "needs", "need"])
        {
            return named.then_some((Call, i, j + 3));
        }
        // `The Speaker deserves a knife in the back, literally` (the betrayal made a blade).
        if self.seq(j, &["a", "knife", "in", "the", "back"]) && self.at(j + 5) == "literally" {
            return named.then_some((Call, i, j + 6));
        }
        // `the councillor deserves a petrol bomb through his letterbox`, `the CEO deserves a
        // swat team through his front door at 3am`.
        if self.seq(j, &["a", "swat", "team"]) || self.seq(j, &["a", "swat", "raid"]) {
            return named.then_some((Call, i, j + 3));
        }
        if self.seq(j, &["a", "petrol", "bomb"]) || self.seq(j, &["a", "molotov"]) {
            return named.then_some((Call, i, j + 2 + usize::from(self.at(j + 1) == "petrol")));
        }
        // `someone should set the dogs on them` (not `... set the dogs on the rats`).
        if self.seq(j, &["set", "the", "dogs", "on"]) || self.seq(j, &["set", "dogs", "on"]) {
            let whom = j + 3 + usize::from(self.at(j + 1) == "the");
            let beasts = ["rats", "pigs", "foxes", "rabbits", "badgers"];
            if self.is(whom, &["them", "him", "her", "you"])
                || self.person(whom) > 0 && !self.any_in(whom..whom + 2, &beasts)
            {
                return Some((Call, i, whom + 1));
            }
        }
        // `that judge should have acid thrown in her smug face` (not `... have water thrown on
        // the fire`).
        if self.at(j) == "have"
            && self.is(j + 1, &["acid", "bleach", "petrol"])
            && self.is(j + 2, &["thrown", "poured", "splashed"])
            && self.is(j + 3, &["in", "on", "over", "into"])
            && named
        {
            if let Some(k) = self.first_in(j + 4..j + 7, &["face", "eyes", "head"]) {
                return Some((Call, i, k + 1));
            }
        }
        // `That umpire needs his eyes gouged out` (not `the dog needs its ears cleaned out`).
        if self.is(i, &["needs", "need", "deserves", "deserve"])
            && self.is(j, &["his", "her", "their", "your"])
            && (self.is(j + 1, &BODY) || self.is(j + 1, &["eyes", "eye", "tongue"]))
            && self.is(
                j + 2,
                &[
                    "gouged", "broken", "smashed", "ripped", "pulled", "kicked", "knocked",
                ],
            )
            && (self.at(j + 2) != "pulled" || self.is(j + 3, &["out", "off"]))
        {
            return Some((
                Call,
                i,
                j + 3 + usize::from(self.is(j + 3, &["out", "off", "in"])),
            ));
        }
        // `Swampy here needs his dreadlocks set on fire` (not `the lamb needs its fleece set
        // on the scales`).
        if self.is(i, &["needs", "need", "deserves", "deserve"])
            && self.is(j, &["his", "her", "their", "your"])
            && self.is(
                j + 1,
                &["hair", "dreadlocks", "beard", "face", "head", "tent"],
            )
            && (self.seq(j + 2, &["set", "on", "fire"]) || self.seq(j + 2, &["set", "alight"]))
        {
            return Some((Call, i, j + 4 + usize::from(self.at(j + 3) == "on")));
        }
        // `whoever wrote this should have their fingers broken`; not `... their heads
        // examined`.
        if self.at(j) == "have" && self.is(j + 1, POSSESSIVES) && self.is(j + 2, &BODY) {
            let broken = self.is(j + 3, &["broken", "smashed", "snapped", "crushed"])
                || self.is(j + 3, &["cut", "chopped", "ripped", "torn"]) && self.at(j + 4) == "off";
            return broken.then(|| (Call, i, j + 4 + usize::from(self.at(j + 4) == "off")));
        }
        // `disabled kids should have been drowned at birth`: a harm wished done, to people.
        if self.seq(j, &["have", "been"]) && named {
            if let Some((end, _)) = self.harmed(j + 2) {
                return Some((Call, i, end));
            }
        }
        // `your mother should have aborted you`, `you should have been aborted`, `disabled
        // people should have been aborted` (not `the project should have been aborted`).
        if self.at(j) == "have" {
            let aborted = self.seq(j + 1, &["aborted"]) && self.is(j + 2, &PRONOUNS)
                || self.seq(j + 1, &["been", "aborted"])
                    && (named || (i.saturating_sub(3)..i).any(|k| self.is(k, &PRONOUNS)));
            return aborted.then_some((Call, i, j + 3));
        }
        if self.at(j) == "to" {
            j += 1;
        } else if self.is(i, &["ought", "deserve", "deserves", "needs", "need"]) {
            return None;
        }
        // `they should all be gassed`.
        if self.seq(j, &["all", "be"]) {
            j += 1;
        }
        // `old people should just die already`, `... should hurry up and die`; `someone
        // should just run this clown over`: `just` changes nothing that follows.
        if self.at(j) == "just" {
            j += 1;
        }
        if self.seq(j, &["hurry", "up", "and", "die"]) {
            j += 3;
        }
        let subject = named || self.any_in(i.saturating_sub(4)..i, &["they"]);
        // `people like you should be fed to the pigs`; not `leftovers should be ...`.
        if self.seq(j, &["be", "fed", "to", "the"])
            && self.is(
                j + 4,
                &["pigs", "sharks", "dogs", "crocodiles", "lions", "wolves"],
            )
        {
            return named.then_some((Call, i, j + 5));
        }
        // `the minister is a corrupt parasite who should hang from the nearest tree`, `...
        // should hang for this` (not `the picture should hang from the ceiling`).
        if self.is(i, &["should", "must", "ought"]) && self.is(j, &["hang", "swing"]) {
            let closes = j + 1 == self.len() || self.is(j + 1, &["from", "for"]);
            if named && closes {
                return Some((Call, i, j + 1));
            }
        }
        // `that headmistress needs to be taught a lesson she'll never forget, in the dark`
        // (not `the team needs to be taught a lesson in defending`: a person, and a lesson
        // that is never forgotten).
        if self.seq(j, &["be", "taught", "a", "lesson"])
            && self.is(j + 4, &["he", "she", "they", "you"])
            && (self.seq(j + 5, &["will", "never", "forget"])
                || self.seq(j + 5, &["will", "not", "forget"]))
        {
            return named.then_some((Call, i, j + 8));
        }
        // `your editor needs to be taught a lesson with a baseball bat`.
        if self.seq(j, &["be", "taught", "a", "lesson", "with"])
            && self.any_in(j + 5..j + 8, &WEAPON)
        {
            return named.then_some((Call, i, j + 8));
        }
        // `the columnist should be dragged into the street and taught a lesson`: dragged
        // out, for a beating (not `... dragged into the debate and taught a lesson in
        // economics`).
        if self.seq(j, &["be", "dragged"]) {
            // (`the referee should be dragged off the pitch and given what he deserves`.)
            let given = (j + 2..j + 9).find(|&k| self.seq(k, &["and", "given", "what"]));
            let deserved = given.filter(|&k| {
                self.is(k + 3, &["he", "she", "they"])
                    && self.is(k + 4, &["deserves", "deserve", "deserved"])
            });
            if let Some(k) = deserved.filter(|_| named) {
                return Some((Call, i, k + 5));
            }
            let taught = (j + 2..j + 9).find(|&k| self.seq(k, &["and", "taught"]));
            let lesson = taught.map(|k| k + 2 + usize::from(self.is(k + 2, &["a", "some"])));
            if let Some(l) = lesson.filter(|&l| self.is(l, &["lesson", "manners", "respect"])) {
                if named && !self.is(l + 1, &["in", "about", "on", "of"]) {
                    return Some((Call, i, l + 1));
                }
            }
        }
        // `gays should be thrown off roofs`: people thrown from a height (not `the old
        // furniture should be thrown off the balcony`).
        if self.seq(j, &["be", "thrown", "off"]) {
            let place = j + 3 + usize::from(self.is(j + 3, &["a", "the", "tall"]));
            if named && self.is(place, &HEIGHTS) {
                return Some((Call, i, place + 1));
            }
        }
        // `disabled people are a drain and the state should stop keeping them alive`: care
        // withdrawn from a group, to let it die (not `the hospital should stop keeping him
        // alive`, a patient's family's wish).
        if self.seq(j, &["stop", "keeping", "them", "alive"])
            && (0..i).any(|k| self.is(k, &*IDENTITIES))
        {
            return Some((Call, i, j + 4));
        }
        // `whoever leaked this should be found and made an example of, slowly`.
        if self.at(j) == "be" {
            let example = (j + 1..j + 5).find(|&k| self.seq(k, &["made", "an", "example", "of"]));
            if let Some(k) = example.filter(|&k| self.is(k + 4, &["slowly", "painfully"])) {
                return named.then_some((Call, i, k + 5));
            }
        }
        // `somebody needs to firebomb that newsroom while they're all inside`: a place burnt
        // with its people in it (not `... firebomb that myth`).
        if self.is(j, &["firebomb", "torch", "burn", "bomb", "petrol"]) {
            let place =
                j + 1 + usize::from(self.is(j + 1, &["that", "the", "their", "this", "your"]));
            let inside = (place + 1..place + 6).any(|k| {
                self.is(k, &["inside", "in"])
                    && (k + 1 == self.len() || self.phrase_ends_before(k + 1))
                    && self.any_in(place + 1..k, &["they", "them", "you", "everyone", "all"])
            });
            if self.is(place, &PLACES_BURNT) && inside {
                return Some((Call, i, self.len()));
            }
        }
        // `reporters like you should be hunted like foxes`, `... hunted down`.
        if self.seq(j, &["be", "hunted"])
            && (self.is(j + 2, &["like", "down"]) || j + 2 == self.len())
        {
            return named.then_some((Call, i, j + 2 + usize::from(self.at(j + 2) == "down")));
        }
        // `this reporter needs to be taken out back and dealt with`.
        if self.seq(j, &["be", "taken", "out", "back"]) {
            return named.then_some((Call, i, j + 4));
        }
        // (`whoever signed off on this should be taken round the back of the building and
        // dealt with`; not `... taken round the back to see the garden`.)
        if self.seq(j, &["be", "taken"]) && self.is(j + 2, &["round", "around"]) {
            let back = j + 3 + usize::from(self.at(j + 3) == "the");
            let and = (back + 1..self.len().min(back + 6)).find(|&k| self.at(k) == "and");
            let dealt = and.is_some_and(|k| {
                self.seq(k + 1, &["dealt", "with"])
                    || self.is(k + 1, &["shot", "sorted", "beaten", "kicked", "hanged"])
            });
            // (Someone: not `the bins should be taken round the back and dealt with`.)
            let someone = self.person_in(0..i) || self.any_in(0..i, &["whoever", "he", "she"]);
            if self.at(back) == "back" && dealt && someone {
                return Some((Call, i, self.len()));
            }
        }
        // `your newsroom should be burned to the ground with all of you inside`: a place
        // harmed with people in it.
        if self.at(j) == "be" && self.harmed(j + 1).is_some() {
            if let Some(end) = self.with_people_inside(j + 2..j + 9) {
                return Some((Call, i, end));
            }
        }
        // `The Prime Minister's kids should pay for what their father did`: someone's family
        // made to pay for them (not `the kids should pay for their own phones`).
        if self.seq(j, &["pay", "for", "what"])
            && i >= 1
            && self.is(
                i - 1,
                &[
                    "kids", "children", "family", "wife", "husband", "son", "daughter",
                ],
            )
            && self.any_in(
                j + 3..self.len(),
                &[
                    "father", "mother", "dad", "mum", "husband", "wife", "parents",
                ],
            )
        {
            return Some((Call, i - 1, self.len()));
        }
        // `Female boxers should get knocked out cold, it's the only way they'll learn`.
        if self.seq(j, &["get", "knocked", "out", "cold"]) && (named || group_named) {
            return Some((Call, i, j + 4));
        }
        // `whoever approved this should lose a leg so they know what it's like`.
        if self.at(j) == "lose" && self.is(j + 1, &["a", "an", "both", "their", "his", "her"]) {
            let limb = [
                "leg", "legs", "arm", "arms", "hand", "hands", "eye", "eyes", "foot",
            ];
            if self.is(j + 2, &limb) && named {
                return Some((Call, i, j + 3));
            }
        }
        // `the health secretary should be fed his own waiting list, page by page, until he
        // chokes`: whatever is done, done until the person suffers (not `... fed until he is
        // full`).
        if self.at(j) == "be" && named {
            let until = (j + 2..(j + 14).min(self.len()))
                .find(|&k| self.at(k) == "until" && self.is(k + 1, &["he", "she", "they", "you"]));
            let suffers = [
                "chokes",
                "choke",
                "bleeds",
                "bleed",
                "dies",
                "die",
                "drowns",
                "drown",
                "screams",
                "scream",
                "suffocates",
                "suffocate",
                "begs",
                "beg",
            ];
            if let Some(k) = until.filter(|&k| self.is(k + 2, &suffers)) {
                return Some((Call, i, k + 3));
            }
            // (`... made to sleep in the asylum camp until they eat him alive`.)
            let eaten = until.filter(|&k| {
                self.is(k + 2, &["eat", "kill", "beat", "lynch"])
                    && self.is(k + 3, &["him", "her", "them"])
            });
            if let Some(k) = eaten {
                return Some((Call, i, k + 4));
            }
        }
        // (Not `nobody should be put down like a dog`; `old people who can't use apps ...`: a
        // `not` of the relative clause denies nothing.)
        let relative = self.first_in(0..i, &["who"]).unwrap_or(i);
        if let Some(end) = self
            .disposed_of(j)
            .filter(|_| named && !self.any_in(0..relative, &["no", "nobody", "not", "never"]))
        {
            return Some((Call, i, end));
        }
        // `leftists should all be put on trains to the camps`: people shipped to be killed
        // (not `the bikes should be put on trains to the coast`).
        let all = j + usize::from(self.at(j) == "all");
        if self.at(all) == "be" && self.is(all + 1, &["put", "sent", "shipped", "loaded"]) {
            let camps = (all + 2..(all + 8).min(self.len()))
                .find(|&k| self.seq(k, &["the", "camps"]) || self.seq(k, &["gas", "chambers"]));
            if let Some(k) = camps {
                return Some((Call, i, k + 2));
            }
        }
        if self.at(j) == "be" {
            // `should be shot`, `should be dragged out and shot`, `... put on a boat and
            // sunk`; `should be wiped out`,
            // said of things too (`they need to be eliminated`: errors, weeds), needs
            // people named.
            if let Some((k, (end, of_things_too))) =
                (j + 1..j + 8).find_map(|k| Some((k, self.harmed(k)?)))
            {
                let said_of_people = if of_things_too { named } else { subject };
                // `should be shot`, `... dragged out and shot`, `... publicly flogged`.
                let how = ["publicly", "summarily", "slowly", "all", "just", "simply"];
                if said_of_people
                    && (k == j + 1
                        || self.is(k - 1, &["and", "or"])
                        || k < j + 5 && self.is(k - 1, &how))
                {
                    return Some((Call, i, end));
                }
            }
            if subject {
                if let Some(end) = self.harm(j + 1, false) {
                    return Some((Call, i, end));
                }
            }
        } else if self.is(j, &["die", "starve"]) {
            return subject.then_some((Call, i, j + 1));
        } else if i > 0
            && self.is(
                i - 1,
                &[
                    "someone", "somebody", "people", "we", "you", "they", "everyone",
                ],
            )
        {
            if let Some(end) = self.harm(j, false) {
                return Some((Call, i - 1, end));
            }
        }
        None
    }

    /// The end of what a person named before `should` or `needs to` is to suffer, from its
    /// `be` at `j`: killed as an animal is (`be put down like a rabid dog`), lynched (`be
    /// strung up`), dragged out (`be dragged out of the newsroom`, `... through the
    /// streets`); not `the rebellion needs to be put down`, a minister `dragged out of
    /// office`, anyone `dragged into court`.
    fn disposed_of(&self, j: usize) -> Option<usize> {
        // (`old people ... should just be left to die off`.)
        let j = j + usize::from(self.is(j, &["just", "simply"]));
        if self.at(j) != "be" {
            return None;
        }
        if self.seq(j + 1, &["put", "down", "like"]) {
            return self
                .first_in(j + 4..j + 7, &["dog", "dogs"])
                .map(|dog| dog + 1);
        }
        // `the bishop should be defrocked and then stoned in the square`, `... stoned to
        // death` (not `the bishop was stoned by critics on social media`).
        let stoned = (j + 1..j + 6).find(|&k| {
            self.at(k) == "stoned" && (k == j + 1 || self.is(k - 1, &["and", "then", "publicly"]))
        });
        if let Some(k) = stoned {
            let to_death = self.seq(k + 1, &["to", "death"]);
            let square = self.seq(k + 1, &["in", "the"])
                && self.is(k + 3, &["square", "street", "streets", "market", "town"]);
            if to_death || square {
                return Some(k + 3 + usize::from(square));
            }
        }
        // `striking nurses should be struck off and left to rot`, `old people should just be
        // left to die` (not `the dough should be left to rise`, `... left to die with
        // dignity`, the end of a life wished gentle).
        let left = (j + 1..j + 9)
            .find(|&k| self.at(k) == "left" && (k == j + 1 || self.at(k - 1) == "and"));
        if let Some(k) = left.filter(|&k| self.at(k + 1) == "to") {
            let gentle = self.is(k + 3, &["with", "in", "peacefully", "naturally", "at"]);
            if self.is(k + 2, &["rot", "die", "starve", "drown", "burn"]) && !gentle {
                return Some(k + 3);
            }
        }
        // `the reporter should be tied to a wind turbine and left there in a storm` (not `the
        // bike should be locked up and left there`: a person bound first).
        if let Some(k) = left.filter(|&k| k > j + 1 && self.is(k + 1, &["there", "outside"])) {
            if self.is(j + 1, &["tied", "chained", "strapped", "nailed", "glued"]) {
                return Some(k + 2);
            }
        }
        // `The reviewer is a paid shill who should be fired into the sun`.
        if self.is(j + 1, &["fired", "shot", "launched", "thrown"])
            && self.seq(j + 2, &["into", "the", "sun"])
        {
            return Some(j + 5);
        }
        // `... should be banned from every gaming site, and then from breathing`.
        if self.is(j + 1, &["banned", "stopped"]) {
            let breathing = (j + 2..self.len()).find(|&k| self.seq(k, &["from", "breathing"]));
            if let Some(k) = breathing {
                return Some(k + 2);
            }
        }
        // `the benefits minister should be pushed down a flight of stairs`.
        if self.is(j + 1, &["pushed", "thrown", "kicked"]) && self.at(j + 2) == "down" {
            if let Some(k) = self.first_in(j + 3..j + 7, &["stairs", "steps"]) {
                return Some(k + 1);
            }
        }
        // `The tennis player is a spoilt brat who should be slapped on court` (not `... should
        // be slapped with a fine`).
        if self.is(
            j + 1,
            &["slapped", "punched", "harpooned", "smacked", "thumped"],
        ) && (!self.is(j + 2, &["with", "down", "on"]) || self.seq(j + 2, &["on", "court"]))
        {
            return Some(j + 2);
        }
        // `anyone who votes for the bypass should be run off the road`.
        if self.seq(j + 1, &["run", "off", "the", "road"]) {
            return Some(j + 5);
        }
        // `eco-loonies like you should be dumped in the sea` (said of people: `named`).
        if self.is(j + 1, &["dumped", "thrown", "tossed", "chucked"])
            && self.is(j + 2, &["in", "into"])
            && self.at(j + 3) == "the"
            && self.is(
                j + 4,
                &[
                    "sea", "river", "canal", "ocean", "harbour", "harbor", "sewer",
                ],
            )
        {
            return Some(j + 5);
        }
        // `vegans are a mentally deficient cult that should be banned from breeding`, `... not
        // be allowed to breed`.
        if self.is(j + 1, &["banned", "stopped", "prevented"])
            && self.at(j + 2) == "from"
            && self.is(j + 3, &["breeding", "reproducing"])
        {
            return Some(j + 4);
        }
        if self.seq(j + 1, &["strung", "up"]) {
            return Some(j + 3);
        }
        // `... dragged from his car and strung up`.
        if self.at(j + 1) == "dragged" {
            let and = (j + 2..j + 8).find(|&k| self.at(k) == "and");
            if let Some(and) = and.filter(|&and| self.seq(and + 1, &["strung", "up"])) {
                return Some(and + 3);
            }
        }
        // `the keeper should be sent home in a box` (not `... sent home with a knee injury`).
        if self.seq(j + 1, &["sent", "home"]) || self.seq(j + 1, &["sent", "back"]) {
            let boxed = (j + 3..j + 7).find(|&k| {
                self.is(k, &["box", "coffin", "casket"]) || self.seq(k, &["body", "bag"])
            });
            if let Some(k) = boxed {
                return Some(k + 1 + usize::from(self.at(k) == "body"));
            }
        }
        // (Not `dragged out of office`, `... out of retirement to run the inquiry`.)
        let out = self.seq(j + 1, &["dragged", "out"])
            && !(self.at(j + 3) == "of"
                && self.is(j + 4, &["office", "retirement", "bed", "hibernation"]));
        (out || self.seq(j + 1, &["dragged", "through", "the", "streets"])).then_some(j + 3)
    }

    /// The harm wished on someone after `hope` or `wish` at `i`: `I hope you die`, `I hope
    /// the minister's kids get hit by a bus`, `I hope someone runs you over`, `I hope you get
    /// cancer`, `I hope your house burns down`.
    pub(super) fn wished(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        let dies = (i + 1..i + 5)
            .find(|&k| self.is(k, &["die", "dies", "dead", "killed", "shot", "raped"]));
        // `I hope you die`, not `I hope you die laughing at this`.
        if let Some(k) = dies {
            let quiet = self.is(k + 1, &["laughing", "of", "from", "happy", "old", "rich"]);
            // (Not `I hope the man who killed my son ...`: the harm his deed.)
            let deed = self.is(k - 1, &["who", "that", "which"]);
            if self.person_in(i + 1..k) && !quiet && !deed {
                return Some((Call, i, k + 1));
            }
        }
        // `I hope the Ferrari catches fire with him still strapped in` (not `I hope the old
        // barn catches fire with nobody near it`, said of no one).
        // (`I hope the professor's lab blows up with him in it`.)
        let burns = (i + 2..(i + 6).min(self.len())).find(|&k| {
            self.seq(k, &["catches", "fire"])
                || self.is(k, &["explodes", "burns"])
                || self.seq(k, &["blows", "up"])
        });
        if let Some(k) = burns {
            let with = (k + 1..(k + 5).min(self.len())).find(|&w| self.at(w) == "with");
            let inside = with.filter(|&w| {
                self.is(w + 1, &["him", "her", "you", "them"])
                    && self.any_in(
                        w + 2..(w + 5).min(self.len() + 1),
                        &["inside", "in", "still", "strapped"],
                    )
            });
            if inside.is_some() {
                return Some((Call, i, self.len()));
            }
        }
        // `I hope every mosque in this town burns down during Friday prayers` (not `... burns
        // down its mortgage`): a place of worship burnt with its people at prayer.
        let burns_down = (i + 2..(i + 9).min(self.len())).find(|&k| {
            self.is(k, &["burns", "burn", "burned", "burnt"]) && self.at(k + 1) == "down"
        });
        if let Some(k) = burns_down {
            let worship = (i + 1..k).any(|p| self.is(p, &WORSHIP));
            let at_prayer = self.at(k + 2) == "during"
                && self.any_in(k + 3..k + 6, &["prayers", "prayer", "mass", "service"]);
            if worship && at_prayer {
                return Some((Call, i, self.len()));
            }
        }
        // `I hope the reporter's house is the next one to slide into the sea`, `I'll pray the
        // dam breaks on your street` (not `I hope the old pier is the next one to be mended`,
        // `I pray the dam holds`).
        let next_to_go = (i + 2..(i + 7).min(self.len())).find(|&k| {
            self.seq(k, &["is", "the", "next", "one", "to"])
                && self.is(
                    k + 5,
                    &["slide", "fall", "burn", "collapse", "sink", "flood"],
                )
        });
        if let Some(k) = next_to_go {
            let home = self.any_in(i + 1..k, &["house", "home", "flat"]);
            if home && (self.person_in(i + 1..k) || self.any_in(i + 1..k, &["your"])) {
                return Some((Call, i, k + 6));
            }
        }
        let breaks = (i + 2..(i + 5).min(self.len())).find(|&k| {
            self.is(k, &["breaks", "bursts", "floods"])
                && self.any_in(i + 1..k, &["dam", "river", "levee", "banks"])
        });
        if let Some(k) = breaks.filter(|&k| self.seq(k + 1, &["on", "your"])) {
            return Some((Call, i, (k + 4).min(self.len())));
        }
        // `I hope your kid is born disabled, see how you like it`.
        if self.at(i + 1) == "your"
            && self.is(
                i + 2,
                &["kid", "child", "baby", "son", "daughter", "grandchild"],
            )
            && self.seq(i + 3, &["is", "born"])
            && self.is(
                i + 5,
                &["disabled", "deformed", "blind", "deaf", "dead", "sick"],
            )
        {
            return Some((Call, i, i + 6));
        }
        // `I hope the drones find your house` (not `I hope the drones find the missing
        // hikers`).
        let struck = (i + 2..(i + 6).min(self.len())).find(|&k| {
            self.is(k, &["find", "hit", "flatten"])
                && self.is(k - 1, &["drones", "missiles", "bombs", "shells", "rockets"])
        });
        if let Some(k) = struck {
            if self.is(k + 1, &["your", "his", "her", "their"])
                && self.is(k + 2, &["house", "home", "flat", "family"])
            {
                return Some((Call, i, k + 3));
            }
        }
        // `I hope her tour bus goes off a cliff`, `I hope you drive off a cliff`, `I hope his
        // plane crashes`: a person's vehicle wrecked with them (not `I hope the bus goes off
        // on time`, `I hope the stock market crashes`).
        let off = (i + 2..(i + 9).min(self.len())).find(|&k| {
            self.is(
                k,
                &[
                    "goes", "go", "drives", "drive", "plunges", "plunge", "flies", "veers",
                ],
            ) && self.at(k + 1) == "off"
                && self.any_in(k + 2..k + 4, &["cliff", "bridge", "ravine", "cliffs"])
        });
        let crashed = (i + 2..(i + 8).min(self.len()))
            .find(|&k| self.is(k, &["crashes", "crash"]) && self.is(k - 1, &VEHICLES));
        let owner = |k: usize| {
            self.person_in(i + 1..k)
                || (i + 1..k).any(|p| self.is(p, POSSESSIVES) && self.any_in(p + 1..k, &VEHICLES))
        };
        if let Some(k) = off.filter(|&k| owner(k) && !self.any_in(i + 1..k, &["not", "never"])) {
            return Some((Call, i, (k + 4).min(self.len())));
        }
        if let Some(k) = crashed.filter(|&k| (i + 1..k).any(|p| self.is(p, POSSESSIVES))) {
            return Some((Call, i, k + 1));
        }
        // `I hope the doctor who wrote this dies`, `... catches something nasty and dies`: a
        // person, what they did or will catch, then the verb that agrees with them (not `I
        // hope the surgeon who saved him never dies`, `... gets there before he dies`).
        let far = (i + 5..(i + 13).min(self.len())).find(|&k| self.at(k) == "dies");
        // (Not `... dies in prison`: a wish for justice, as a convict left to rot there.)
        let quiet = |k: usize| {
            self.is(k + 1, &["laughing", "of", "from", "happy"])
                || self.seq(k + 1, &["in", "prison"])
                || self.seq(k + 1, &["in", "jail"])
                || self.seq(k + 1, &["behind", "bars"])
        };
        if let Some(k) = far.filter(|&k| !quiet(k)) {
            let kept = [
                "not", "never", "before", "until", "if", "when", "unless", "after", "because",
                "so", "but", "without", "nobody", "no", "or",
            ];
            if (i + 1..i + 4).any(|p| self.person(p) > 0) && !self.any_in(i + 1..k, &kept) {
                return Some((Call, i, k + 1));
            }
        }
        // `I hope you catch something nasty and suffer for months` (not `... don't suffer`);
        // `I hope the next protest you cover turns violent and you're the first casualty`.
        let suffers = (i + 1..(i + 10).min(self.len())).find(|&k| self.at(k) == "suffer");
        if let Some(k) = suffers.filter(|&k| self.person_in(i + 1..k)) {
            if !self.any_in(i + 1..k, &["not", "never"]) {
                return Some((Call, i, k + 1));
            }
        }
        // `hope you rot`, `hope the whole lot of them rot in a ward`; a convict left to `rot in
        // prison` is the reader's wish for justice, unless the reader is the one to rot (not
        // `I hope the apples don't rot`).
        let rots = (i + 1..(i + 12).min(self.len())).find(|&k| self.is(k, &["rot", "rots"]));
        if let Some(k) = rots.filter(|&k| self.person_in(i + 1..k)) {
            let jailed = self.seq(k + 1, &["in", "prison"])
                || self.seq(k + 1, &["in", "jail"])
                || self.seq(k + 1, &["behind", "bars"]);
            let negated = self.any_in(i + 1..k, &["not", "never"]);
            if !negated && (!jailed || self.any_in(i + 1..k, &["you", "u", "ur"])) {
                return Some((Call, i, k + 1));
            }
        }
        let first = (i + 1..self.len()).find(|&k| self.seq(k, &["you", "are", "the", "first"]));
        if let Some(k) = first.filter(|&k| self.is(k + 4, &["casualty", "victim", "to"])) {
            return Some((
                Call,
                i,
                (k + 5 + usize::from(self.at(k + 4) == "to")).min(self.len()),
            ));
        }
        // `hope your daughter gets what's coming to her`, `hope someone doxxes you and your
        // kids get what's coming`.
        if let Some(end) =
            (i + 2..i + 9).find_map(|k| self.comeuppance(k).filter(|_| self.person_in(i + 1..k)))
        {
            return Some((Call, i, end));
        }
        // `hope you get what that other reporter got last year`: another's fate wished on the
        // reader (not `I hope you get what you wanted`).
        if self.seq(i + 1, &["you", "get", "what"]) {
            let other = i + 4;
            let got = (other + 1..other + 5).find(|&k| self.at(k) == "got");
            let another = self.is(other, &["that", "the", "those"])
                && (other..other + 4).any(|k| self.is(k, &["other", "last", "previous"]));
            // (Closing its clause, or dated: not `... what the last owner got for it`.)
            let fate = |k: usize| k + 1 == self.len() || self.is(k + 1, &["last", "this"]);
            if let Some(k) = got.filter(|&k| another && fate(k)) {
                return Some((Call, i, k + 1));
            }
        }
        // `I hope the rioters find your house next`: a mob sent to the reader's door (not `I
        // hope the guests find your house`).
        let mob = self.first_in(i + 1..i + 4, &["rioters", "mob", "thugs", "looters"]);
        if let Some(k) = mob.filter(|&k| self.is(k + 1, &["find", "finds", "visit", "visits"])) {
            if self.at(k + 2) == "your" && self.is(k + 3, &["house", "home", "address", "family"]) {
                return Some((Call, i, k + 4));
            }
        }
        // `I pray every night that a heart attack takes you in your sleep` (not `... that a
        // heart attack never takes my dad`).
        let illness = self.first_in(
            i + 1..i + 9,
            &["attack", "stroke", "cancer", "tumour", "tumor"],
        );
        if let Some(k) = illness.filter(|&k| self.is(k + 1, &["takes", "kills", "gets"])) {
            let takes = k + 1;
            if self.person(takes + 1) > 0 && !self.any_in(i..takes, &["never", "not"]) {
                return Some((Call, i, takes + 1 + self.person(takes + 1)));
            }
        }
        // `I hope a truck flattens your whole family`, `... a bus hits you` (not `I hope a
        // bus comes soon`).
        if let Some(k) = self.first_in(i + 1..i + 4, &VEHICLES) {
            let hits = ["hits", "flattens", "kills", "crushes"];
            let run_over = self.seq(k + 1, &["runs", "over"]) || self.seq(k + 1, &["mows", "down"]);
            let object = k + 2 + usize::from(run_over);
            let victim = if self.seq(object, &["your", "whole"]) && self.is_people(object + 2) {
                Some(object + 3)
            } else {
                let person = self.person(object);
                (person > 0).then_some(object + person)
            };
            if let Some(end) = victim.filter(|_| self.is(k + 1, &hits) || run_over) {
                return Some((Call, i, end));
            }
        }
        // `hope the next bomb in this country lands on your newsroom` (not `... lands on an
        // empty field`).
        let bomb = self.first_in(i + 1..i + 5, &["bomb", "missile", "rocket", "shell"]);
        let lands =
            bomb.and_then(|k| (k + 1..k + 6).find(|&j| self.is(j, &["lands", "falls", "hits"])));
        if let Some(lands) = lands {
            let on = lands + usize::from(self.at(lands + 1) == "on");
            if self.is(on + 1, &["your", "ur"]) && self.is(on + 2, &PLACES_BURNT) {
                return Some((Call, i, on + 3));
            }
        }
        // `hope someone breaks into your house tonight` (not `hope someone breaks the
        // record`).
        let someone = self.first_in(i + 1..i + 3, &["someone", "somebody", "burglars"]);
        if let Some(k) = someone.filter(|&k| {
            self.is(k + 1, &["breaks", "break", "burgles", "robs"])
                && self.is(k + 2, &["into", "in"])
                && self.is(k + 3, &["your", "his", "her", "their"])
                && self.is(k + 4, &["house", "home", "flat", "apartment"])
        }) {
            return Some((Call, i, k + 5));
        }
        // `enjoy your holiday in Spain, hope the plane goes into the sea`: the reader's
        // flight wished down (not `hope the plane lands on time`).
        // (And `I hope the next plane you board falls out of the sky`: the reader's plane.)
        if let Some(k) = self.first_in(i + 1..i + 4, &["plane", "flight"]) {
            let boarded = if self.at(k + 1) == "you" && self.is(k + 2, &["board", "take"]) {
                k + 2
            } else {
                k
            };
            let down = self.is(boarded + 1, &["crashes", "explodes"])
                || self.seq(boarded + 1, &["goes", "down"])
                || self.seq(boarded + 1, &["goes", "into", "the", "sea"])
                || self.seq(boarded + 1, &["falls", "out", "of", "the", "sky"])
                // `I hope the next flight you board ends up at the bottom of the sea`.
                || self.seq(boarded + 1, &["ends", "up"])
                    && self.any_in(boarded + 3..boarded + 8, &["sea", "ocean", "bottom"]);
            let yours = boarded > k
                || self
                    .words_back_from(k)
                    .take(16)
                    .any(|w| w == "your" || w == "you");
            if down && yours {
                return Some((Call, i, boarded + 2));
            }
        }
        // `hope a truck flattens you on your way to work`.
        let vehicle = self.first_in(i + 1..i + 4, &VEHICLES);
        if let Some(k) = vehicle.filter(|&k| {
            self.is(k + 1, &["flattens", "hits", "kills", "crushes"]) && self.person(k + 2) > 0
        }) {
            return Some((Call, i, k + 2 + self.person(k + 2)));
        }
        // `I hope the minister's kids get hit by a bus`.
        if let Some(k) = (i + 2..i + 8).find(|&k| self.seq(k, &["hit", "by", "a"])) {
            let vehicle = self.is(k + 3, &VEHICLES);
            if vehicle
                && self.is(k - 1, &["get", "gets", "got", "is", "are"])
                && self.person_in(i + 1..k)
            {
                return Some((Call, i, k + 4));
            }
        }
        // `I hope someone runs you over`, `I hope someone finds you in an alley one night`.
        if self.is(i + 1, &["someone", "somebody"]) {
            if let Some(end) = self.harm(i + 2, false) {
                return Some((Call, i, end));
            }
            let found_you = self.is(i + 2, &["finds", "catches"]) && self.is(i + 3, &PRONOUNS);
            let place = (i + 4..(i + 8).min(self.len()))
                .find(|&k| self.is(k, &["alley", "ditch", "dark", "alone", "car", "park"]));
            if let Some(k) = place.filter(|_| found_you) {
                return Some((Call, i, k + 1));
            }
        }
        if let Some(end) = self.disease_wished(i) {
            return Some((Call, i, end));
        }
        // `hope your plane goes down`; not `I hope your fever goes down`.
        let vehicle = (i + 1..i + 4).find(|&k| {
            self.is(k, &["plane", "flight", "helicopter", "jet"])
                && self.is(k - 1, &["your", "his", "her"])
        });
        if let Some(k) = vehicle {
            if self.is(k + 1, &["goes", "go"]) && self.at(k + 2) == "down" {
                return Some((Call, i, k + 3));
            }
        }
        // `I hope your house burns down` (the reader's), `I hope his house burns down
        // with him in it`; not `I hope the old barn burns down`.
        let burns = (i + 1..i + 8).find(|&k| {
            self.is(
                k,
                &[
                    "burns",
                    "burn",
                    "collapses",
                    "explodes",
                    "sinks",
                    "crashes",
                    "blown",
                ],
            )
        });
        if let Some(k) = burns {
            // (Blown up, only with people inside: not `I hope your balloon gets blown up`.)
            if self.any_in(i + 1..k, &["your", "ur"]) && self.at(k) != "blown" {
                return Some((Call, i, k + 1));
            }
            if let Some(end) = self.with_people_inside(k + 1..k + 5) {
                return Some((Call, i, end));
            }
        }
        None
    }
}
