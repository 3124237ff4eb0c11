//! The reader's life called a waste, a shame or a mistake: `crawl back under your rock`,
//! `nobody would miss you`, `your parents must be ashamed of you`, `the world would be a better
//! place without you`.

use super::{HUMAN, KIN, NUISANCES, PERSON, TRADES, VILE};
use crate::rules::clauses::{Clause, Lexicon};

/// What is wasted in `a waste of oxygen`.
static WASTED: Lexicon =
    Lexicon::new("oxygen air space skin carbon sperm breath womb uterus card pass byline keyboard");

/// Where a reader is sent back to: `crawl back under your rock`, `go back to your cave`.
pub(super) static DEN: Lexicon =
    Lexicon::new("rock cave hole swamp basement bridge sewer cage kennel gutter");

/// What leaving the world is: `do the world a favour and disappear`, `... and overdose`.
static LEAVING: Lexicon = Lexicon::new(
    "die disappear vanish leave shut delete stop jump drop quit evaporate unplug overdose od",
);

/// What may follow `end it` when it is the reader's life: `... end it tonight`, `... end it
/// all`.
static GOING_WHEN: Lexicon = Lexicon::new("all tonight today now already");

/// The words after one of [`LEAVING`] that make it the reader's going: `... leave now`,
/// `... jump off a bridge`, `... stop writing`, `... shut up`, `... drop dead`.
static GOING: Lexicon = Lexicon::new(
    "up dead off yourself your writing breathing typing talking commenting posting forever now \
     already this",
);

/// What a reader is made an example of, in `a walking advertisement for birth control`.
static ADVERT: Lexicon =
    Lexicon::new("advertisement advert ad argument case billboard poster child example");

/// What a reader says or feels, in `nobody cares about your opinion`.
static SAID: Lexicon = Lexicon::new(
    "opinion opinions feelings feeling comment comments thoughts views view take takes \
     rant rants life",
);

/// What one is a disgrace to, in an insult: `humanity`, `the human race`, `your family`.
static DISGRACED: Lexicon = Lexicon::new("humanity mankind human species family parents society");

/// Whom the reader would sell out, in `you'd sell out your own grandmother for a byline`.
pub(super) const SOLD_KIN: &[&str] = &[
    "grandmother",
    "granny",
    "gran",
    "nan",
    "mother",
    "mum",
    "mom",
];

/// What a reader is mocked as their parents' pride: `your mum must be so proud of her little
/// failure`.
pub(super) static FAILURES: Lexicon =
    Lexicon::new("failure disappointment loser mistake embarrassment");

/// What befalls the reader in `nobody would care if you died`.
static GONE: Lexicon = Lexicon::new(
    "died die dies dead hit killed disappeared disappear vanished drowned missing fell croaked \
     croak",
);

/// What nobody does to the reader, in `nobody would miss you`.
static NOBODY_DOES: Lexicon = Lexicon::new(
    "miss misses likes like loves love wants want asked respect respects trust trusts touch",
);

impl Clause<'_> {
    /// `take a long walk off a short pier`, `you'd be improved by a long fall off a short
    /// pier`: the reader told to go and drown, a set phrase said to no one else.
    pub(super) fn off_a_short_pier(&self, i: usize) -> Option<usize> {
        (self.at(i) == "long"
            && self.is(i + 1, &["walk", "fall", "jump", "swim", "stroll"])
            && self.seq(i + 2, &["off", "a", "short"])
            && self.is(i + 5, &["pier", "plank", "jetty"]))
        .then_some(i + 6)
    }

    /// `you're the reason your father left`: the reader blamed for a parent's leaving or
    /// drinking (not `you're the reason your father left the party early`).
    pub(super) fn reason_kin_left(&self, i: usize) -> Option<usize> {
        (i >= 2
            && self.seq(i - 2, &["you", "are"])
            && self.seq(i, &["the", "reason", "your"])
            && self.is(i + 3, &KIN)
            && self.is(i + 4, &["left", "drinks", "drank", "cries", "cried"])
            && self.phrase_ends_before(i + 5))
        .then_some(i + 5)
    }

    /// `you are a waste of oxygen`, `a waste of perfectly good air`; not said of a thing
    /// (`this policy is a waste of oxygen`).
    /// (And `you must have been the runt of a very sad litter`: the reader a litter's
    /// runt; not `the runt of the litter grew into the strongest pup`.)
    pub(super) fn waste_of_oxygen(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["runt", "of"]) {
            let litter = self.first_in(i + 2..i + 7, &["litter"])?;
            return self
                .any_in(i.saturating_sub(5)..i, &["you"])
                .then_some(litter + 1);
        }
        if !self.seq(i, &["waste", "of"]) {
            return None;
        }
        // (`the lead singer is a junkie waste of skin`: someone by their trade.)
        let a_thing = self.any_in(0..i, &["this", "that", "the"])
            && !self.aimed_in(0..i)
            && !self.any_in(0..i, &TRADES);
        if a_thing {
            return None;
        }
        let mut k = i + 2;
        while k < i + 5
            && self.is(
                k,
                &[
                    "a",
                    "perfectly",
                    "good",
                    "valuable",
                    "precious",
                    "fresh",
                    "press",
                ],
            )
        {
            k += 1;
        }
        // (`Your disabled brother is a waste of NHS money`: a person said to be a waste of what
        // is spent on them; not `Brexit is a waste of money`.)
        let spent = k + usize::from(self.is(k, &["nhs", "taxpayers", "public", "our"]));
        if self.at(spent) == "money" && (self.aimed_in(0..i) || self.any_in(0..i, &KIN)) {
            return Some(spent + 1);
        }
        // (Not `plastic is a waste of oxygen to make`, `... of space to bury`: a thing's cost,
        // said of no reader.)
        let made = self.at(k + 1) == "to" && !self.any_in(0..i, &["you", "your"]);
        (self.is(k, &WASTED) && !made).then_some(k + 1)
    }

    /// `crawl back under your rock`, `climb back into whatever sewer spat you out`, `go back
    /// to your cave`, `go back to the zoo you escaped from`; not `go back to your seats`, `let's
    /// go back to the zoo next week`.
    pub(super) fn back_under_your_rock(&self, i: usize) -> Option<usize> {
        // `somebody get this clown back to the circus` (not `the clown came back to the
        // circus after his injury`).
        if self.at(i) == "back"
            && i >= 2
            && self.at(i - 1) == "clown"
            && self.is(i - 2, &["this", "that"])
            && self.seq(i + 1, &["to", "the", "circus"])
        {
            return Some(i + 4);
        }
        let back = self.is(i, &["crawl", "go", "slither", "run", "get", "climb"]);
        if !back || !self.is(i + 1, &["back"]) {
            return None;
        }
        if let Some(zoo) = self.first_in(i + 2..i + 6, &["zoo", "jungle"]) {
            let escaped = self.seq(zoo + 1, &["you", "escaped", "from"])
                || self.seq(zoo + 1, &["you", "came", "from"])
                || self.seq(zoo + 1, &["where", "you", "belong"]);
            return escaped.then_some(zoo + 4);
        }
        let den = self.first_in(i + 2..i + 6, &DEN)?;
        self.any_in(
            i + 2..den,
            &["your", "ur", "his", "her", "the", "whatever", "whichever"],
        )
        .then_some(den + 1)
    }

    /// `who let you out of the asylum?`, `... of your cage` (not `who let you out of the
    /// meeting early?`).
    pub(super) fn let_out(&self, i: usize) -> Option<usize> {
        let kept = ["asylum", "zoo", "cage", "kennel"];
        if !self.is(i, &kept) || i < 6 {
            return None;
        }
        (self.seq(i - 6, &["who", "let", "you", "out", "of"]) && self.is(i - 1, &["the", "your"]))
            .then_some(i + 1)
    }

    /// `I bet you live in your mom's basement`.
    pub(super) fn in_the_basement(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["live", "lives", "living"]) || !self.is(i + 1, &["in"]) {
            return None;
        }
        let basement = self.first_in(i + 2..i + 6, &["basement"])?;
        (self.any_in(i + 2..basement, &KIN) && self.aimed_in(i.saturating_sub(2)..i))
            .then_some(basement + 1)
    }

    /// `do the world a favour and disappear`; not `... and recycle your batteries`.
    pub(super) fn favour_to_the_world(&self, i: usize) -> Option<usize> {
        // (And `do the world a kindness and stop breathing`.)
        if !self.is(i, &["favour", "favor", "kindness"]) {
            return None;
        }
        let world = [
            &["world"][..],
            &["planet"],
            &["earth"],
            &["everyone"],
            &["humanity"],
            &["us", "all"],
            // (`Do the gene pool a favour and stop writing.`)
            &["gene", "pool"],
        ];
        let world = world
            .iter()
            .any(|w| (i.saturating_sub(4)..i).any(|k| self.seq(k, w)));
        // (`stop breathing, it'd do us all a favour`: the order to die given first; `the
        // bridge is that way, do us all a favour`, the way to die shown.)
        let ordered = self.seq(0, &["stop", "breathing"])
            || self.is(0, &["die", "disappear", "vanish"])
            || self.bridge_shown_before(i);
        if world && ordered && i + 1 == self.len() {
            return Some(i + 1);
        }
        if self.at(i + 1) != "and" {
            return None;
        }
        // (The verb alone, or on the reader and their writing: `... and leave`, `... and jump
        // off a bridge`, `... and stop writing`; not `... and jump on the bus, the car park is
        // full`, `... and shut the window`.)
        // (And `... and end it`, `... end it all`, the reader's life: not `... and end this
        // meeting`.)
        let leaves = self.is(i + 2, &LEAVING) && (i + 3 == self.len() || self.is(i + 3, &GOING))
            || self.seq(i + 2, &["go", "away"])
            || self.seq(i + 2, &["end", "it"])
                && (i + 4 == self.len() || self.is(i + 4, &GOING_WHEN));
        // (`do us all a favour and walk into the sea`.)
        if world && self.seq(i + 2, &["walk", "into", "the", "sea"]) {
            return Some(i + 6);
        }
        (world && leaves).then(|| i + 3 + usize::from(self.is(i + 2, &["go"])))
    }

    /// Whether the way to a bridge is shown before `i` (`the bridge is that way`, `мост вон
    /// там`, `köprü şu tarafta`): a reader shown where to jump.
    fn bridge_shown_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            self.seq(k, &["bridge", "is", "that", "way"])
                || self.seq(k, &["bridge", "is", "over", "there"])
                || self.seq(k, &["мост", "вон", "там"])
                || self.seq(k, &["kopru", "su", "tarafta"])
        })
    }

    /// The same in Russian and Turkish: `Мост вон там, сделай всем одолжение` ("the bridge is
    /// over there, do everyone a favour"), `сделай миру одолжение и исчезни`, `Köprü şu
    /// tarafta, herkese bir iyilik yap`, `dünyaya bir iyilik yap ve geber`; not `сделай мне
    /// одолжение, передай соль` ("do me a favour, pass the salt").
    pub(super) fn favour_to_the_world_ru_tr(&self, i: usize) -> Option<usize> {
        let russian = self.at(i) == "одолжение"
            && i >= 2
            && self.is(i - 2, &["сделай", "сделайте"])
            && self.is(i - 1, &["всем", "миру", "людям", "человечеству"]);
        let turkish = self.at(i) == "iyilik"
            && self.is(i + 1, &["yap", "yapin"])
            && (i.saturating_sub(3)..i).any(|k| self.is(k, &["herkese", "dunyaya", "insanliga"]));
        if !russian && !turkish {
            return None;
        }
        let end = i + 1 + usize::from(turkish);
        let gone = [
            "исчезни",
            "сдохни",
            "уйди",
            "удались",
            "прыгни",
            "повесься",
            "заткнись",
            "geber",
            "ol",
            "kaybol",
            "defol",
            "atla",
            "sus",
        ];
        let goes = self.is(end, &["и", "ve"]) && self.is(end + 1, &gone);
        if goes {
            return Some(end + 2);
        }
        (self.bridge_shown_before(i) && end == self.len()).then_some(end)
    }

    /// `the world would throw a party if you vanished`, `... would celebrate the day you die`:
    /// the reader's end celebrated (not `the town would throw a party if the team won`).
    pub(super) fn world_rejoices(&self, i: usize) -> Option<usize> {
        let after = if self.seq(i, &["throw", "a", "party"]) {
            i + 3
        } else if self.is(i, &["celebrate", "rejoice"]) {
            i + 1
        } else {
            return None;
        };
        // `If this columnist disappeared tomorrow, I'd throw a party`: the condition first, a
        // person's end (not `if this columnist retired tomorrow, I'd miss him`, `if the team
        // won`).
        let ended_first = (0..i).any(|k| {
            let who = k + 1;
            let named = self.is(who, &["this", "that", "the"]) && self.is(who + 1, &*PERSON);
            let person = if named {
                2
            } else {
                usize::from(self.is(who, &["you", "he", "she"]))
            };
            self.at(k) == "if" && person > 0 && self.is(who + person, &GONE)
        });
        if ended_first {
            return Some(after);
        }
        let all = ["world", "planet", "everyone", "everybody", "country"];
        if !self.any_in(i.saturating_sub(4)..i, &all) {
            return None;
        }
        let you = if self.is(after, &["if", "when"]) {
            after + 1
        } else if self.seq(after, &["the", "day"]) {
            after + 2
        } else {
            return None;
        };
        // (`if you dropped dead`.)
        let gone = you + 1 + usize::from(self.is(you + 1, &["dropped", "drop"]));
        (self.at(you) == "you" && self.is(gone, &GONE)).then_some(gone + 1)
    }

    /// `the world would be a better place without you`, `... without vermin like you in it`,
    /// `... if you disappeared`, `... a cleaner place once they're all gone`; not `... without
    /// your kind of politics`, `... if you voted`, `... once the roadworks are gone`.
    pub(super) fn better_place_without(&self, i: usize) -> Option<usize> {
        // (`the world would be cleaner without you and your friends in it`: no `place`.)
        if !self.is(i, &["better", "cleaner", "safer", "quieter", "grow"]) {
            return None;
        }
        // `your kids would be better off without a mother like you`, `your children deserve
        // to grow up without a mother like you`.
        let kin = (0..i).any(|k| self.is(k, &["your", "ur"]) && self.is(k + 1, &KIN));
        let to_grow_up =
            self.seq(i, &["grow", "up", "without"]) && self.is(i.wrapping_sub(1), &["to"]);
        let without = if self.seq(i, &["better", "off", "without"]) || to_grow_up {
            i + 3
        } else {
            0
        };
        // (`your family would be better off if you never came home`.)
        let never_back = self.seq(i, &["better", "off", "if", "you", "never"])
            && self.is(i + 5, &["came", "come", "returned"])
            && self.any_in(i + 6..i + 8, &["home", "back"]);
        if kin && never_back {
            return Some((i + 8).min(self.len()));
        }
        if kin && without > 0 {
            if self.at(without) == "you" {
                return Some(without + 1);
            }
            let parent = ["mother", "father", "parent", "mum", "mom", "dad"];
            let like_you = self.at(without) == "a"
                && self.is(without + 1, &parent)
                && self.seq(without + 2, &["like", "you"]);
            return like_you.then_some(without + 4);
        }
        let place = usize::from(self.at(i + 1) == "place");
        let world =
            || (i.saturating_sub(4)..i).any(|k| self.is(k, &["world", "country", "planet"]));
        if place == 0 && !(self.at(i + 1) == "without" && world()) {
            return None;
        }
        let after = i + 1 + place;
        // `the world will be a cleaner place once they're all gone`.
        if self.is(after, &["once", "when"]) && self.is(after + 1, &["they", "you"]) {
            let gone = after + 3 + usize::from(self.at(after + 3) == "all");
            if self.at(after + 2) == "are" && self.is(gone, &["gone", "dead"]) {
                return Some(gone + 1);
            }
        }
        if self.seq(after, &["if", "you"]) {
            // (`... a quieter place if you choked on your own words`.)
            let gone = self.is(after + 2, &["died", "disappeared", "vanished", "choked"])
                || self.seq(after + 2, &["never", "existed"])
                || self.at(after + 2) == "were" && self.is(after + 3, &["dead", "gone"]);
            return gone.then(|| (after + 4).min(self.len()));
        }
        if self.at(after) != "without" {
            return None;
        }
        // `without you`, `... people like you`, `... your kind`: within four words.
        (after + 1..(after + 5).min(self.len())).find_map(|k| {
            let kind = self.at(k) == "your"
                && self.is(k + 1, &["kind", "sort", "lot", "type"])
                && self.at(k + 2) != "of";
            (self.is(k, &["you", "u"]) || kind).then(|| k + 1 + usize::from(kind))
        })
    }

    /// `this columnist is a walking abortion`; not `a walking encyclopedia`.
    pub(super) fn walking_abortion(&self, i: usize) -> Option<usize> {
        let named = self.at(i) == "walking" && self.is(i + 1, &["abortion", "std"]);
        (named && i >= 2 && self.at(i - 1) == "a" && self.aimed_in(0..i - 1)).then_some(i + 2)
    }

    /// `you'd sell out your own grandmother for a byline`: said to the reader (`he'd sell his
    /// own grandmother for a vote` is heated criticism of a public figure).
    pub(super) fn sold_your_own_grandmother(&self, i: usize) -> Option<usize> {
        if !self.is(i, SOLD_KIN) || i < 4 || !self.seq(i - 2, &["your", "own"]) {
            return None;
        }
        let sell = i - 3 - usize::from(self.at(i - 3) == "out");
        (self.is(sell, &["sell", "sold"])
            && self.any_in(sell.saturating_sub(3)..sell, &["you"])
            && self.at(i + 1) == "for")
            .then_some(i + 1)
    }

    /// `you're not even worth the bullet`, `he isn't worth the rope to hang him`.
    pub(super) fn not_worth_a_bullet(&self, i: usize) -> Option<usize> {
        if self.at(i) != "worth" || !self.any_in(i.saturating_sub(3)..i, &["not"]) {
            return None;
        }
        let spent = i + 1 + usize::from(self.is(i + 1, &["a", "the", "one"]));
        // (`you're not worth the price of the rope it'd take`.)
        let spent = if self.is(spent, &["price", "cost"]) && self.seq(spent + 1, &["of", "the"]) {
            spent + 3
        } else {
            spent
        };
        let killed = self.is(
            spent,
            &["bullet", "bullets", "rope", "ammo", "ammunition", "noose"],
        );
        (killed && self.aimed_in(i.saturating_sub(5)..i)).then_some(spent + 1)
    }

    /// `whoever raised you should be in prison`, `... ashamed`; not `... should be proud`.
    pub(super) fn raised_you(&self, i: usize) -> Option<usize> {
        // `you're not fit to raise them` (the reader's children).
        if self.seq(i, &["you", "are", "not", "fit", "to"]) {
            let raised = self.is(i + 5, &["raise", "bring"])
                && self.is(i + 6, &["them", "up", "kids"])
                || self.seq(i + 5, &["be", "a"]) && self.is(i + 7, &["parent", "mother", "father"]);
            return raised.then_some(i + 7 + usize::from(self.at(i + 5) == "be"));
        }
        if !self.seq(i, &["whoever", "raised", "you"]) || !self.is(i + 3, &["should", "must"]) {
            return None;
        }
        let be = i + 4;
        let punished = self.seq(be, &["be", "ashamed"])
            || self.seq(be, &["be", "in", "prison"])
            || self.seq(be, &["be", "in", "jail"])
            || self.seq(be, &["be", "locked", "up"]);
        punished.then_some(be + 2 + usize::from(self.at(be + 1) == "in"))
    }

    /// `your mum must be so proud of her little failure`: pride said in mockery; not `... so
    /// proud of you`.
    pub(super) fn proud_of_a_failure(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["your", "ur"]) || !self.is(i + 1, &KIN) {
            return None;
        }
        let proud = self.first_in(i + 2..i + 6, &["proud"])?;
        if !self.seq(proud + 1, &["of"]) || !self.is(proud + 2, &["her", "his", "their"]) {
            return None;
        }
        let name = proud + 3 + usize::from(self.is(proud + 3, &["little", "big", "sad"]));
        self.is(name, &FAILURES).then_some(name + 1)
    }

    /// `crawl back to whatever benefit office spawned you`: the reader born of a place (not
    /// `the ideas that spawned you as a writer`).
    pub(super) fn spawned_you(&self, i: usize) -> Option<usize> {
        (self.at(i) == "spawned"
            && self.at(i + 1) == "you"
            && self.phrase_ends_before(i + 2)
            && self.any_in(i.saturating_sub(5)..i, &["whatever", "whichever"]))
        .then_some(i + 2)
    }

    /// `hope your kids grow up to be less of a disappointment than you`: the reader the
    /// measure of failure (not `less of a disappointment than the last film`).
    pub(super) fn less_of_a_failure(&self, i: usize) -> Option<usize> {
        (self.is(i, &FAILURES)
            && i >= 3
            && self.seq(i - 3, &["less", "of", "a"])
            && self.seq(i + 1, &["than", "you"]))
        .then_some(i + 3)
    }

    /// `your parents must be ashamed of you`; not `your parents are not ashamed of you`;
    /// `even your own mother regrets having you`.
    pub(super) fn kin_ashamed(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["your", "ur"]) {
            return None;
        }
        let own = usize::from(self.at(i + 1) == "own");
        // (`even your dog is embarrassed to be seen with you`: a pet's shame too.)
        let pet = self.is(i + 1 + own, &["dog", "cat"]);
        if !self.is(i + 1 + own, &KIN) && !pet {
            return None;
        }
        if pet {
            let k = i + 2 + own;
            let seen = self.seq(k, &["is", "embarrassed", "to", "be", "seen", "with", "you"])
                || self.seq(k, &["is", "ashamed", "of", "you"]);
            return seen.then(|| (k + 7).min(self.len()));
        }
        let regrets = i + 2 + own;
        if self.is(regrets, &["regrets", "regret", "regretted"])
            && self.seq(regrets + 1, &["having", "you"])
        {
            return Some(regrets + 3);
        }
        // (And `hope your children grow up to be ashamed of you`.)
        // (`your mum must be so disappointed`, closing its clause.)
        // (`ur family must be embarassed`, misspelt or not.)
        let disappointed = self.first_in(
            i + 2..i + 6,
            &["disappointed", "embarrassed", "embarassed", "embarrased"],
        );
        // (`... disappointed in how you turned out`.)
        let in_you = |k: usize| {
            self.seq(k + 1, &["in", "you"])
                || self.seq(k + 1, &["with", "you"])
                || self.seq(k + 1, &["in", "how", "you", "turned", "out"])
        };
        if let Some(k) = disappointed.filter(|&k| k + 1 == self.len() || in_you(k)) {
            if self.is(i + 2 + own, &["must", "is", "are"]) {
                return Some(k + 1);
            }
        }
        let ashamed = self.first_in(i + 2..i + 8, &["ashamed"])?;
        let not = self.any_in(i + 2..ashamed, &["not", "never"]);
        let grow_up =
            self.seq(i + 2, &["grow", "up", "to", "be"]) && self.seq(ashamed + 1, &["of", "you"]);
        (!not && (self.is(i + 2, &["must", "should", "are", "is", "would", "will"]) || grow_up))
            .then_some(ashamed + 1)
    }

    /// `your mother should have swallowed you`, `your dad should have pulled out`, `... worn a
    /// condom`, `your parents must regret not using protection`.
    pub(super) fn kin_should_have(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["your", "ur", "his", "her"]) || !self.is(i + 1, &KIN) {
            return None;
        }
        let regret = self.first_in(i + 2..i + 6, &["regret", "regrets", "regretted"]);
        if let Some(k) = regret.filter(|&k| self.seq(k + 1, &["not", "using"])) {
            if self.is(k + 3, &["protection", "contraception", "condoms", "condom"]) {
                return Some(k + 4);
            }
        }
        let have = i + 2 + usize::from(self.is(i + 2, &["should", "must"]));
        if !self.is(have, &["have", "ve"]) || have == i + 2 {
            return None;
        }
        // Not `... should have swallowed her pride`.
        let swallowed = have + 1;
        if self.at(swallowed) == "swallowed"
            && (swallowed + 1 == self.len() || self.is(swallowed + 1, &["you", "u", "ya", "him"]))
        {
            return Some(swallowed + 1 + usize::from(swallowed + 1 < self.len()));
        }
        // (`your dad should have worn a condom`, `... used protection`.)
        let worn = self.is(have + 1, &["worn", "used", "bought"]);
        let a = have + 2 + usize::from(self.at(have + 2) == "a");
        if worn && self.is(a, &["condom", "protection", "johnny", "rubber"]) {
            return Some(a + 1);
        }
        // (`your parents should've stopped at the dog`: the reader a child too many.)
        if self.seq(have + 1, &["stopped", "at", "the"]) && self.is(have + 4, &["dog", "cat"]) {
            return Some(have + 5);
        }
        self.seq(have + 1, &["pulled", "out"]).then_some(have + 3)
    }

    /// `you're a walking advertisement for birth control`, `he is the best argument for
    /// contraception`; not `the campaign for birth control in the 1960s`, `your case for
    /// abortion`.
    /// (And `you are what happens when cousins marry`.)
    pub(super) fn for_birth_control(&self, i: usize) -> Option<usize> {
        // `you write like someone whose parents were siblings` (not `... whose parents were
        // teachers`).
        if self.is(i, &["siblings", "cousins"])
            && i >= 3
            && self.seq(i - 3, &["whose", "parents", "were"])
        {
            let like_someone = (0..i - 3).any(|k| self.seq(k, &["like", "someone"]));
            if like_someone && self.aimed_in(0..i - 3) {
                return Some(i + 1);
            }
        }
        // `your parents must have been cousins`, `... were cousins`, closing the clause (not
        // `my parents were cousins of the painter`).
        if self.at(i) == "cousins" && i + 1 == self.len() && i >= 3 {
            let been = (i.saturating_sub(3)..i).find(|&k| self.is(k, &["were", "been", "are"]));
            let parents = ["parents", "folks", "mum", "mom", "dad", "mother", "father"];
            if let Some(k) = been.filter(|&k| k >= 2 && self.is(0, &["your", "ur"])) {
                if self.is(1, &parents) && k <= 4 {
                    return Some(i + 1);
                }
            }
        }
        // (`you're living proof that cousins shouldn't marry`.)
        if self.seq(i, &["cousins", "should", "not", "marry"])
            && i >= 2
            && self.seq(i - 2, &["proof", "that"])
        {
            return self.aimed_in(i.saturating_sub(6)..i - 2).then_some(i + 4);
        }
        if self.seq(i, &["cousins", "marry"])
            && i >= 4
            && self.seq(i - 4, &["are", "what", "happens", "when"])
        {
            return self.aimed_in(i.saturating_sub(6)..i - 4).then_some(i + 2);
        }
        let sterilised = ["sterilisation", "sterilization"];
        let end = if self.seq(i, &["for", "birth", "control"]) {
            i + 3
        } else if self.seq(i, &["for", "contraception"]) || self.seq(i, &["for", "abortion"]) {
            i + 2
        } else if self.seq(i, &["for", "compulsory"]) && self.is(i + 2, &sterilised) {
            // (`a walking argument for compulsory sterilisation`.)
            i + 3
        } else {
            return None;
        };
        // Someone is the example (`you're a walking advertisement`, `this columnist is the best
        // argument`), not the one who makes it (`your case for abortion is well argued`).
        let ad = i.checked_sub(1).filter(|&k| self.is(k, &ADVERT))?;
        let before = ad.saturating_sub(4)..ad;
        (self.aimed_in(before.clone()) && self.any_in(before, &["is", "are", "was", "were"]))
            .then_some(end)
    }

    /// `nobody would miss you`, `no one asked you`, `nobody cares about your opinion`; not
    /// `nobody cares about your aunt`.
    pub(super) fn nobody_cares(&self, i: usize) -> Option<usize> {
        let mut k = if self.is(i, &["nobody"]) {
            i + 1
        } else if self.seq(i, &["no", "one"]) || self.seq(i, &["no", "man"]) {
            // (`no man will ever touch you`.)
            i + 2
        } else if self.seq(i, &["not", "one", "person"]) {
            i + 3
        } else {
            return None;
        };
        // `not one person at your funeral would be crying`, `nobody at your funeral will shed
        // a tear` (not `nobody at the funeral could stop crying`).
        if self.seq(k, &["at", "your", "funeral"]) {
            let would = k + 3;
            let cries = self.is(would, &["would", "will"])
                && (self.is(would + 1, &["cry", "weep"])
                    || self.seq(would + 1, &["be", "crying"])
                    || self.seq(would + 1, &["shed", "a", "tear"]));
            return cries.then(|| would + 2 + usize::from(self.is(would + 1, &["be", "shed"])));
        }
        // `nobody will ever love you`.
        for _ in 0..2 {
            k += usize::from(self.is(k, &["would", "will", "really", "ever", "even"]));
        }
        if self.is(k, &NOBODY_DOES) && self.is(k + 1, &["you", "u", "ya"]) {
            return Some(k + 2);
        }
        // `nobody asked for your opinion`; not `nobody asked for your receipt`.
        if self.seq(k, &["asked", "for"]) && self.at(k + 2) == "your" && self.is(k + 3, &SAID) {
            return Some(k + 4);
        }
        // `nobody would care if you got hit by a bus`, `... notice if you went missing`; not
        // `... if you changed the font`.
        if self.is(k, &["care", "cares", "notice"]) && self.seq(k + 1, &["if", "you"]) {
            let gone = (k + 3..k + 6).find(|&j| self.is(j, &GONE));
            if let Some(j) = gone {
                return Some(j + 1);
            }
        }
        // `nobody would shed a tear if your plane went down`, `... cry if your car crashed`
        // (not `... if the old pier went down`).
        let cry = if self.seq(k, &["shed", "a", "tear"]) {
            k + 3
        } else if self.is(k, &["cry", "weep", "mourn"]) {
            k + 1
        } else {
            0
        };
        if cry > 0 && self.at(cry) == "if" {
            // (`... nobody would cry if he disappeared`: said of another, as of the reader.)
            if self.is(cry + 1, &["you", "he", "she"]) && self.is(cry + 2, &GONE) {
                return Some(cry + 3);
            }
            let crashed = self.seq(cry + 1, &["your", "plane"])
                && (self.seq(cry + 3, &["went", "down"]) || self.is(cry + 3, &["crashed"]))
                || self.seq(cry + 1, &["your", "car"]) && self.is(cry + 3, &["crashed"]);
            if crashed {
                return Some(cry + 5);
            }
            // (`... if your paper burned down with you in it`: the reader burnt with a place.)
            let burnt_with_you = self.is(cry + 1, &["your", "ur"])
                && self.is(cry + 3, &["burned", "burnt", "burns", "exploded"])
                && (cry + 4..cry + 8).any(|j| self.seq(j, &["with", "you", "in", "it"]));
            if burnt_with_you {
                return Some((cry + 8).min(self.len()));
            }
        }
        if !self.is(k, &["cares", "care"]) || !self.is(k + 1, &["about"]) {
            return None;
        }
        if self.is(k + 2, &["you", "u"]) {
            return Some(k + 3);
        }
        (self.is(k + 2, &["your", "ur"]) && self.is(k + 3, &SAID)).then_some(k + 4)
    }

    /// `you're a disgrace to humanity`; not `this ruling is a disgrace to the courts`.
    pub(super) fn disgrace_to_humanity(&self, i: usize) -> Option<usize> {
        // `crawl into a hole, you human stain`, `you're a human stain`.
        if self.seq(i.wrapping_sub(1), &["human", "stain"]) {
            let you = i.wrapping_sub(2);
            if self.at(you) == "you" || self.seq(i.wrapping_sub(4), &["you", "are", "a"]) {
                return Some(i + 1);
            }
        }
        // (`your kind is a stain on the human race`.)
        let stain = self.is(i, &["stain", "blight"]) && self.at(i + 1) == "on";
        // `you are a festering boil on the arse of journalism`: the reader a sore on anything
        // (not `this pylon is a wart on the landscape`).
        let sore = self.is(
            i,
            &["boil", "wart", "pimple", "carbuncle", "stain", "blight"],
        ) && self.at(i + 1) == "on"
            && (0..i).any(|k| self.at(k) == "you" && self.at(k + 1) == "are");
        if sore {
            return Some(i + 2);
        }
        if !(self.seq(i, &["disgrace", "to"]) || stain) || !self.aimed_in(0..i) {
            return None;
        }
        let k = i + 2 + usize::from(self.is(i + 2, &["the", "your", "ur", "his", "her"]));
        self.is(k, &DISGRACED)
            .then(|| k + 1 + usize::from(self.seq(k, &["human", "race"])))
    }

    /// `ugly women nobody wanted to marry`, `you're the kind of girl no one would date`:
    /// people called unwanted (not `a house nobody wanted to buy`).
    pub(super) fn nobody_wanted(&self, i: usize) -> Option<usize> {
        let unwanted = self.is(
            i,
            &[
                "women", "woman", "girl", "girls", "hags", "men", "man", "guy",
            ],
        ) && self.is(i + 1, &["nobody", "no"])
            && (self.at(i + 1) == "nobody" || self.at(i + 2) == "one");
        let wanted = i + 2 + usize::from(self.at(i + 1) == "no");
        let would = self.is(wanted, &["wanted", "wants", "would", "will"]);
        // (`ugly hags nobody would ever touch`.)
        let ever = wanted + 1 + usize::from(self.at(wanted + 1) == "ever");
        let to = ever + usize::from(self.at(ever) == "to");
        (unwanted && would && self.is(to, &["marry", "date", "touch", "kiss", "love"]))
            .then_some(to + 1)
    }

    /// `if you were on fire I wouldn't piss on you to put it out`.
    pub(super) fn not_even_to_put_you_out(&self, i: usize) -> Option<usize> {
        (self.seq(i, &["piss", "on", "you"]) && self.any_in(0..self.len(), &["fire"]))
            .then_some(i + 3)
    }

    /// `senin ananı bilmem ne yaparım` ("I'll do who knows what to your mother").
    pub(super) fn your_mother_done_to(&self, i: usize) -> Option<usize> {
        (self.at(i) == "anani" && self.any_in(i + 1..i + 5, &["yaparim", "ederim"]))
            .then_some(i + 5)
    }

    /// `you look like the result of a failed science experiment` (not `this looks like ...`).
    pub(super) fn failed_experiment(&self, i: usize) -> Option<usize> {
        if self.at(i) != "failed" || !(i.saturating_sub(8)..i).any(|k| self.likened_you(k)) {
            return None;
        }
        let experiment = self.first_in(i + 1..i + 3, &["experiment", "experiments", "abortion"])?;
        Some(experiment + 1)
    }

    /// `your opinion is worth less than the dog shit on my shoe, and so are you`, `you are
    /// worth less than ...`: the reader priced below something (not `the pound is worth less
    /// than the euro`).
    pub(super) fn worth_less_than(&self, i: usize) -> Option<usize> {
        // `your opinion matters as much as a dog's fart`.
        if self.seq(i, &["matters", "as", "much", "as"]) && self.any_in(0..i, &["your", "ur"]) {
            let thing = self.first_in(i + 4..i + 8, &NUISANCES)?;
            return Some(thing + 1);
        }
        if !self.seq(i, &["worth", "less", "than"]) {
            return None;
        }
        let so_are_you = self.seq(self.len().saturating_sub(3), &["so", "are", "you"]);
        let you_are = i >= 2 && self.seq(i - 2, &["you", "are"]);
        (so_are_you || you_are).then_some(self.len())
    }

    /// `you pathetic excuse for a journalist`, `a sorry excuse for a human being`; not `a
    /// sorry excuse for a bus service`.
    pub(super) fn excuse_for_a_person(&self, i: usize) -> Option<usize> {
        if !self.is(
            i,
            &[
                "pathetic",
                "sorry",
                "poor",
                "sad",
                "miserable",
                "lame",
                "vile",
                "stinking",
                "wretched",
                "useless",
            ],
        ) || !self.seq(i + 1, &["excuse", "for"])
        {
            return None;
        }
        let k = i + 3 + usize::from(self.is(i + 3, &["a", "an"]));
        self.is(k, &HUMAN)
            .then(|| k + 1 + usize::from(self.at(k + 1) == "being"))
    }

    /// `she sleeps with the producers, the slag`: a name thrown after what is said of a
    /// person, as a phrase of its own that closes the clause (not `the slag heap`).
    pub(super) fn thrown_after(&self, i: usize) -> Option<usize> {
        let name = i + 1;
        let closes = name + 1 == self.len() && self.phrase_ends_before(i) && i > 1;
        let named = self.is(name, &VILE) || self.is(name, &["slag", "slags", "bitch", "cow"]);
        (closes && self.at(i) == "the" && named && self.any_in(0..i, &["she", "he", "her", "him"]))
            .then_some(name + 1)
    }

    /// `you look like something the cat dragged in`; not `my jumper looks like ...`, `her old
    /// coat looks like ...`.
    pub(super) fn what_the_cat_dragged_in(&self, i: usize) -> Option<usize> {
        let cat = self.seq(i, &["something", "the", "cat"])
            && self.is(i + 3, &["dragged", "brought", "threw", "coughed"]);
        // (Said of a person, not of `her old coat`.)
        let looks = i >= 3
            && self.at(i - 1) == "like"
            && self.is(i - 2, &["look", "looks", "smell", "smells"])
            && self.is(i - 3, &["you", "u", "she", "he", "they", "face"]);
        (cat && looks).then_some(i + 4)
    }

    /// `I wish you had never been born`, `your family should never have been born`, `they
    /// should have drowned you at birth`.
    pub(super) fn never_born(&self, i: usize) -> Option<usize> {
        // `they should have drowned you in the bath when you were born`.
        if self.seq(i, &["drowned", "you"]) && i >= 2 && self.seq(i - 2, &["should", "have"]) {
            return self
                .first_in(i + 2..i + 9, &["born", "birth"])
                .map(|k| k + 1);
        }
        if self.at(i) != "never" {
            return None;
        }
        let born = self.first_in(i + 1..i + 4, &["born"])?;
        // (`you're living proof that some people should never have been born`.)
        let proof =
            (0..i).any(|k| self.seq(k, &["living", "proof"])) && self.any_in(0..i, &["you"]);
        ((proof || self.any_in(i.saturating_sub(4)..i, &["you", "your"]))
            && self.any_in(i + 1..born, &["been", "be", "was", "were"]))
        .then_some(born + 1)
    }
}
