//! A group told it does not belong, or has no rights: `Muslims are not welcome here`, `go back
//! to where you came from`, `women should not be allowed to vote`, `never let them in`.

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon, Voice};

/// What a group is sent back to, said to be all it is fit for: `women journalists should
/// stick to writing about fashion`.
pub(super) static FIT_FOR: Lexicon = Lexicon::new(
    "fashion cooking recipes knitting makeup housework babies kitchen weather gossip \
     horoscopes shopping",
);

/// What a group is said to be doing to the country: `immigrants are invading`.
pub(super) static INVADING: Lexicon = Lexicon::new(
    "invading invaders infesting overrunning swarming colonising colonizing occupiers",
);

/// What a group is denied, after `should` (or `must`, `need to`): `be allowed to vote`, `have
/// no rights`, `be banned from holding office`.
const DENIED: &[&[&str]] = &[
    &["not", "be", "allowed"],
    &["never", "be", "allowed"],
    &["not", "be", "let", "near"],
    &["be", "run", "out", "of"],
    &["never", "be", "let", "near"],
    &["not", "have", "rights"],
    &["not", "have", "the", "right"],
    &["have", "no", "rights"],
    &["have", "no", "right"],
    &["be", "banned", "from"],
    &["be", "barred", "from"],
    &["be", "excluded", "from"],
    &["never", "get", "the", "right"],
    &["not", "get", "the", "right"],
    &["never", "be", "given", "the", "right"],
    &["be", "stripped", "of"],
    &["lose", "their", "rights"],
    &["lose", "the", "right", "to", "vote"],
    &["be", "made", "to", "register"],
    &["have", "to", "register"],
    &["not", "be", "kept", "alive"],
];

/// What a trade is told to refuse a group: `refuse to treat`, `never hire`, `not rent to`.
static SERVICES: Lexicon =
    Lexicon::new("treat serve hire employ house admit rent accept insure teach");

/// Who is told to refuse a group: a trade or a service, not a country (`The government should
/// refuse to admit more refugees` is a policy, argued in politics).
static TRADES: Lexicon = Lexicon::new(
    "hospitals hospital doctors doctor nurses gps clinics landlords landlord shops shop \
     shopkeepers employers employer hotels hotel restaurants restaurant pubs pub bars cafes \
     banks bank schools school universities taxis drivers businesses companies firms \
     pharmacies insurers gyms clubs bakers",
);

/// The same in Russian, after `нельзя` or `не надо`: `Больницам нельзя лечить мигрантов` (not
/// `пускать`, `принимать`: a country's borders are a policy).
static SERVICES_RU: Lexicon = Lexicon::new("лечить обслуживать нанимать сдавать учить");

/// The same in Turkish, wished refused after the group: `Suriyelilere hastanede bakılmasın`,
/// `Kürtlere ev vermesin`, `Kadınları işe almasınlar` (not `... ülkeye almasınlar`, a policy).
pub(super) static REFUSED_TR: Lexicon = Lexicon::new(
    "bakilmasin kiralamasin kiralamasinlar okutmasin vermesin vermesinler almasin \
     almasinlar",
);

/// Where a group is said to belong: `women belong in the kitchen`.
static BELONG_IN: Lexicon =
    Lexicon::new("kitchen kitchens cage cages zoo zoos camps chains ovens gutter home prison jail");

/// Where a group is told it does not belong, besides `here` and `our ...`: `Muslims don't
/// belong in Europe`.
static HOMELANDS: Lexicon = Lexicon::new(
    "europe america britain england france germany russia turkey australia canada \
     society",
);

/// Russian for "get out", to the reader or a group: `убирайся`, `валите`, `пусть валят`.
pub(super) static RU_GET_OUT: Lexicon = Lexicon::new(
    "убирайся убирайтесь вали валите проваливай проваливайте валят убираются катитесь",
);

/// Past participles of a group rounded up for what it is (`should be rounded up`), whoever
/// the group is; and driven out (`deported`, `expelled`), said of a group by what it is, not
/// of migrants by their status (`illegal immigrants should be deported` is a policy).
const ROUNDED_UP: &[&[&str]] = &[
    &["rounded", "up"],
    &["herded"],
    &["interned"],
    // (`... quarantined in camps`; not `people with measles should be quarantined`.)
    &["locked", "in", "asylums"],
    &["locked", "up", "in", "asylums"],
    &["quarantined", "in", "camps"],
    &["quarantined", "on", "an", "island"],
    &["quarantined", "on", "islands"],
    &["locked", "up", "in", "camps"],
];

const DRIVEN_OUT: &[&[&str]] = &[
    &["deported"],
    &["expelled"],
    &["shipped", "out"],
    &["shipped", "off"],
    &["shipped", "back"],
    &["thrown", "out"],
    &["kicked", "out"],
    &["driven", "out"],
    &["kept", "out"],
];

static BY_STATUS: Lexicon = Lexicon::new(
    "immigrants immigrant migrants migrant refugees refugee asylum seekers illegals illegal \
     foreigners criminals",
);

/// Lands a group is told to go back to: `Blacks should go back to Africa`.
pub(super) static SENT_BACK_TO: Lexicon = Lexicon::new(
    "africa asia india pakistan bangladesh mexico china syria iraq iran afghanistan somalia \
     nigeria poland romania israel palestine arabia turkey morocco algeria jamaica haiti \
     albania",
);

/// The reader's kind, told to leave: `you people`, `your kind`, `your lot`.
pub(crate) const YOUR_KIND: &[&[&str]] = &[&["you", "people"], &["your", "kind"], &["your", "lot"]];

impl Clause<'_> {
    /// Whether the words from `i` are what nobody should tell anyone: `nobody should tell
    /// women they belong in the kitchen`, `stop telling refugees they are not welcome`; not
    /// `I tell you, women belong in the kitchen`.
    pub(super) fn told_not_to(&self, i: usize) -> bool {
        (0..i).any(|k| {
            self.is(k, &["tell", "tells", "telling"])
                && self.any_in(
                    k.saturating_sub(3)..k,
                    &["nobody", "no", "never", "not", "stop"],
                )
        })
    }

    /// The end of a reader (or the reader's kind) told to leave that starts at `i`: `go back
    /// to where you came from`, `go back to your country` (not `... and tell them what you
    /// saw`), `you people should go home`, `your kind is not welcome`.
    pub(super) fn told_to_leave(&self, i: usize) -> Option<usize> {
        // `your kind should never have been let into this country`.
        if self.at(i) == "your" && self.is(i + 1, &["kind", "sort", "lot"]) {
            if let Some(end) = self.never_let_in(i + 2) {
                return Some(end);
            }
        }
        if self.seq(i, &["go", "back"]) || self.seq(i, &["get", "back"]) {
            let to = i + 2 + usize::from(self.at(i + 2) == "to");
            if self.seq(to, &["where", "you", "came", "from"])
                || self.seq(to, &["where", "they", "came", "from"])
            {
                return Some(to + 4);
            }
            // `Blacks should go back to Africa`.
            if self.at(to) == "africa" {
                return Some(to + 1);
            }
            // At the end of its clause, or before more of the same (`..., nobody wants you
            // here`, `... and take your family with you`); not `... and tell them what you
            // saw`, `... and take photos`, `... country's embassy`.
            let country = to + 1 + usize::from(self.at(to + 1) == "own");
            let yours = self.at(to) == "your" && self.is(country, &["country", "countries"]);
            let then = country + 1;
            let taken_along = self.at(then + 1) == "take"
                && self.seq(self.len().saturating_sub(2), &["with", "you"]);
            let ends = then == self.len()
                || self.is(then, &["nobody", "no", "where", "we", "you", "if"])
                || self.at(then) == "and"
                    && (self.is(then + 1, &["stay", "never", "do", "don"]) || taken_along);
            if yours && ends {
                return Some(then);
            }
            // `go back to your mud hut, monkey`, `... to the jungle`, `... to the jungle (where)
            // you crawled out of`.
            let hut = to + 1 + usize::from(self.at(to + 1) == "mud");
            let whence = hut + 1 + usize::from(self.at(hut + 1) == "where");
            let came_from = self.is(whence, &["you", "they"])
                && self.is(whence + 1, &["came", "crawled", "climbed", "swung"]);
            if self.is(to, &["your", "the"])
                && self.is(hut, &["hut", "huts", "jungle", "trees", "caves", "cave"])
                && (self.phrase_ends_before(hut + 1) || came_from)
            {
                return Some(if came_from { whence + 2 } else { hut + 1 });
            }
        }
        // `send them all back on the boats`, not `... to the warehouse`.
        if self.at(i) == "send" && (self.at(i + 1) == "them" || self.is_group(i + 1)) {
            let back = i + 2 + usize::from(self.at(i + 2) == "all");
            let whither: &[&[&str]] = &[
                &["on", "the", "boats"],
                &["where", "they", "came", "from"],
                &["to", "their"],
                &["to", "africa"],
            ];
            if self.at(back) == "back" {
                if let Some(w) = whither.iter().find(|w| self.seq(back + 1, w)) {
                    return Some(back + 1 + w.len());
                }
            }
        }
        // `убирайся из нашей страны` ("get out of our country"), `валите домой`.
        if self.is(i, &RU_GET_OUT)
            && self.any_in(
                i + 1..i + 4,
                &["страны", "россии", "домой", "обратно", "родину"],
            )
        {
            return Some(i + 4);
        }
        let kind = YOUR_KIND.iter().find(|k| self.seq(i, k))?;
        let rest = i + kind.len()..self.len();
        let told = self.any_in(rest.clone(), &["welcome"])
            && self.any_in(rest.clone(), &["not", "never"])
            || (rest.start..rest.end.saturating_sub(1)).any(|k| {
                self.seq(k, &["get", "out"])
                    || self.seq(k, &["go", "home"])
                    || self.seq(k, &["go", "back"])
            })
            || rest.clone().any(|k| self.no_place_at(k).is_some());
        told.then_some(rest.end)
    }

    /// The end of `no place here` (or `in this country`, `in our society`) at `k`: `your kind
    /// has no place in this country`; not `there is no place in this town to park`.
    fn no_place_at(&self, k: usize) -> Option<usize> {
        if !self.seq(k, &["no", "place"]) || k == 0 || !self.is(k - 1, &["has", "have"]) {
            return None;
        }
        if self.at(k + 2) == "here" {
            return Some(k + 3);
        }
        // `... in this country`, `... in a civilised country`.
        if self.at(k + 2) != "in" || !self.is(k + 3, &["this", "our", "my", "a", "any"]) {
            return None;
        }
        (k + 4..k + 6)
            .find(|&place| {
                self.is(
                    place,
                    &["country", "society", "nation", "town", "city", "continent"],
                )
            })
            .map(|place| place + 1)
    }

    /// The end of an order that keeps a group out of public life, starting at `i` and told to
    /// a group: one named before a colon (`Women: know your place`) or before a comma that
    /// opens the clause (`Women, stay in the kitchen`).
    pub(super) fn group_kept_out(&self, i: usize) -> Option<usize> {
        let told = if i == 0 {
            self.voice == Voice::ToGroup
        } else {
            self.phrase_ends_before(i) && self.group(0) == Some(i)
        };
        if !told {
            return None;
        }
        const ORDERS: &[&[&str]] = &[
            &["know", "your", "place"],
            &["stay", "in", "the", "kitchen"],
            &["get", "back", "in", "the", "kitchen"],
            &["get", "back", "to", "the", "kitchen"],
            &["back", "to", "the", "kitchen"],
        ];
        ORDERS.iter().find(|o| self.seq(i, o)).map(|o| i + o.len())
    }

    /// The end of `should never have been let in` (or `allowed into`) at `k`.
    fn never_let_in(&self, k: usize) -> Option<usize> {
        let let_in = self.seq(k, &["should", "never", "have", "been"])
            && self.is(k + 4, &["let", "allowed"])
            && self.is(k + 5, &["in", "into"]);
        let_in.then_some(k + 6)
    }

    /// A group named at `i..end` told it does not belong (`X are not welcome`, `X should not
    /// be allowed to vote`, `X belong in the kitchen`, `send them back`) or to be put away or
    /// done away with (`X should be kept away from children`, `X should have been aborted`).
    pub(super) fn excluded(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Dehumanisation, Exclusion, Stereotype};
        let after = self.past_copula(end);
        if let Some(k) = self.never_let_in(end) {
            return Some((Exclusion, i, k));
        }
        // `gays are welcome here, as long as they stay in the cupboard with the other brooms`,
        // `... should stay in the closet`: a group kept hidden (not `coats stay in the
        // cupboard`, no group).
        if let Some(k) = self.first_in(end..end + 10, &["stay", "stays", "remain"]) {
            if self.seq(k + 1, &["in", "the"]) && self.is(k + 3, &["closet", "cupboard"]) {
                return Some((Exclusion, i, k + 4));
            }
        }
        // `Indians smell of curry and should stay in their own country`.
        if let Some(k) = self.first_in(end..end + 8, &["stay", "remain"]) {
            if self.seq(k + 1, &["in", "their", "own"]) && self.is(k + 4, &["country", "countries"])
            {
                return Some((Exclusion, i, k + 5));
            }
        }
        // `refugees should be housed on an island with no boats back`: a group put away from
        // everyone (not `refugees should be housed in proper homes`).
        if self.seq(end, &["should", "be"])
            && self.is(
                end + 2,
                &[
                    "housed", "put", "kept", "dumped", "sent", "shipped", "moved",
                ],
            )
            && self.is(end + 3, &["on", "to"])
            && self.is(end + 4, &["an", "a", "some"])
            && self.is(end + 5, &["island", "islands"])
        {
            return Some((Exclusion, i, end + 6));
        }
        if after > end {
            // Said as the writer's stance (`... here`, `... in our country`), not described
            // (`women are not welcome in the club, which is why it is being sued`).
            let welcome = after + usize::from(self.at(after) == "not");
            if (self.seq(after, &["not", "welcome"]) || self.at(after) == "unwelcome")
                && (welcome + 1 == self.len()
                    || self.at(welcome + 1) == "here"
                    || self.at(welcome + 1) == "in" && self.is(welcome + 2, &["our", "this"]))
            {
                return Some((Exclusion, i, welcome + 2));
            }
            if self.is(after, &INVADING) {
                return Some((Exclusion, i, after + 1));
            }
        }
        // `women journalists should stick to writing about fashion`: a group sent back to
        // what it is said to be fit for; not `... should stick to the facts`.
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["should", "stick", "to"])) {
            if self.any_in(k + 3..k + 7, &FIT_FOR) {
                return Some((Exclusion, i, k + 7));
            }
        }
        // `Muslims are incompatible with civilisation`: a group said to have no place among
        // others by what it is.
        if self.seq(end, &["are", "incompatible", "with"]) {
            return Some((Exclusion, i, end + 3));
        }
        // `Hindus are filthy cow worshippers, ban them from the country`: the group, named
        // again, shut out (not `... ban them from the stadium`, a fan's banning).
        if let Some(k) = self.first_in(end..end + 9, &["ban", "bar"]) {
            let from = k + 2 + usize::from(self.at(k + 2) == "from");
            let land = from + usize::from(self.is(from, &["the", "this", "our"]));
            if self.at(k + 1) == "them"
                && from > k + 2
                && self.is(land, &["country", "nation", "land"])
            {
                return Some((Exclusion, i, land + 1));
            }
        }
        // `Muslims have no place in this country`.
        if let Some(k) = self.no_place_at(end + 1) {
            return Some((Exclusion, i, k));
        }
        // `Muslims don't belong here`, `... in Europe`, `... in our country`; not `... to one
        // sect`, `... in any one camp`.
        let denied = (end..end + 2).find(|&k| self.seq(k, &["not", "belong"]));
        if let Some(belong) = denied.map(|k| k + 1) {
            let place = belong + 1 + usize::from(self.at(belong + 1) == "in");
            let here = self.at(belong + 1) == "here";
            let ours = self.at(belong + 1) == "in"
                && (self.is(place, &["our", "this", "my"]) || self.is(place, &HOMELANDS));
            if here || ours {
                return Some((Exclusion, i, place + 1));
            }
        }
        // `women belong in the kitchen`, `a woman's place is in the kitchen` (the possessive's
        // `s` is no word); not `... is in the House`, `... is wherever she wants it to be`.
        let belongs = if self.is(end, &["belong", "belongs"]) {
            Some(end + 1)
        } else {
            self.seq(end, &["place", "is"]).then_some(end + 2)
        };
        if let Some(at) = belongs.filter(|&at| self.is(at, &["in", "at"])) {
            let place = at + 1 + usize::from(self.is(at + 1, &["the", "a"]));
            if self.is(place, &BELONG_IN) {
                return Some((Exclusion, i, place + 1));
            }
        }
        // `X should not be allowed to vote`, also after what X are called (`disabled people
        // are a drain on society and should not be allowed to have children`).
        // Further on, only as the group's second predicate (`... are a drain on the rest of us
        // and shouldn't be kept alive`), not another subject's.
        let should = (end..end + 12).find(|&k| {
            self.is(k, &["should", "must", "need", "needs"])
                && (k < end + 8 || self.at(k - 1) == "and")
        });
        if let Some(should) = should {
            // `need to be locked up` says what `should be locked up` does; (`they should all be
            // shipped off to the desert`).
            let be = should + 1 + usize::from(self.is(should + 1, &["to", "all"]));
            // Not `... should not be allowed to be left without care`, `banned from nothing`.
            // `women drivers should be banned, they're a danger`: banned outright, the phrase
            // ending there.
            if self.seq(should + 1, &["be", "banned"]) && self.phrase_ends_before(should + 3) {
                return Some((Exclusion, i, should + 3));
            }
            // `Old people should stop voting, they've ruined enough`: the vote taken from a
            // group outright (not `... should stop voting for populists`).
            if self.seq(should + 1, &["stop", "voting"]) && self.phrase_ends_before(should + 3) {
                return Some((Exclusion, i, should + 3));
            }
            if let Some(denied) = DENIED.iter().find(|d| self.seq(should + 1, d)) {
                let end = should + 1 + denied.len();
                let kept = self.seq(end, &["to", "be"]) || self.at(end) == "nothing";
                if !kept {
                    return Some((Exclusion, i, end));
                }
            }
            // `disabled people are a drain and should have been aborted`: the group's own
            // predicate (not `... and the project should have been aborted`).
            // (`old people are bed-blockers who should do the decent thing and die`: what the
            // group is called, then its predicate.)
            let theirs = should == end
                || self.at(should - 1) == "and"
                || self.at(should - 1) == "who" && self.any_in(end..should, &["are"]);
            if theirs && self.seq(should + 1, &["have", "been", "aborted"]) {
                return Some((Dehumanisation, i, should + 4));
            }
            // `cripples like her ... should never have been born` (not `... should never have
            // been born into poverty`, a wrong done to them).
            if theirs
                && self.seq(should + 1, &["never", "have", "been", "born"])
                && self.phrase_ends_before(should + 5)
            {
                return Some((Dehumanisation, i, should + 5));
            }
            // `old people should do the decent thing and die off`: a group's death asked of it,
            // its own verb (not `... get flu jabs or many will die`).
            let dies = (should + 1..should + 8)
                .find(|&k| self.at(k) == "die" && self.is(k - 1, &["should", "and", "just"]));
            if let Some(k) = dies.filter(|_| theirs) {
                return Some((
                    Dehumanisation,
                    i,
                    k + 1 + usize::from(self.at(k + 1) == "off"),
                ));
            }
            // `refugees should be met with bullets at the border`.
            if self.seq(be, &["be", "met", "with"])
                && self.is(be + 3, &["bullets", "guns", "gunfire", "force", "rifles"])
            {
                return Some((Exclusion, i, be + 4));
            }
            // `immigrants like you should be sent back in a body bag`.
            if self.seq(be, &["be", "sent"])
                && self.any_in(be + 2..be + 8, &["bag", "bags", "coffin", "coffins"])
            {
                return Some((Exclusion, i, (be + 8).min(self.len())));
            }
            // `Gays should go back in the closet where they belong`.
            let back = should + 1 + usize::from(self.is(should + 1, &["go", "get", "stay"]));
            let back = back + usize::from(self.at(back) == "back");
            if back > should + 1
                && self.is(back, &["in", "into"])
                && self.seq(back + 1, &["the", "closet"])
            {
                return Some((Exclusion, i, back + 3));
            }
            // `gays need to be cured`: a group called ill for what it is.
            let negated = self.any_in(end..should, &["not", "never"]);
            // `Transgender people are confused men who need therapy, not rights`.
            if self.is(should, &["need", "needs"])
                && self.is(should + 1, &["therapy", "curing", "conversion", "fixing"])
                && !negated
            {
                return Some((Stereotype, i, should + 2));
            }
            if self.seq(be, &["be", "cured"]) && !negated && !self.seq(be + 2, &["of", "nothing"]) {
                return Some((Stereotype, i, be + 2));
            }
            // `Roma children should be taken from their parents`.
            if self.seq(be, &["be", "taken"])
                && self.any_in(be + 2..be + 6, &["parents", "families", "mothers"])
            {
                return Some((Exclusion, i, be + 6));
            }
            // `women like you should be seen and not heard`: a group silenced (not the proverb's
            // `children should be seen and not heard`).
            if self.seq(be, &["be", "seen", "and", "not", "heard"])
                && !self.any_in(i..should, &["children", "kids", "child"])
            {
                return Some((Exclusion, i, be + 5));
            }
            // `a woman like you needs to be taught her place`.
            if self.seq(be, &["be", "taught"])
                && self.is(be + 2, &["her", "his", "their", "your"])
                && self.at(be + 3) == "place"
            {
                return Some((Exclusion, i, be + 4));
            }
            // `X should be kept away from children`, `... should be fixed or locked away`, `...
            // need to be locked up`.
            if self.at(be) == "be" {
                let shut_away = (be + 1..be + 4).find(|&k| {
                    self.seq(k, &["locked", "away"])
                        || self.seq(k, &["locked", "up"])
                        || self.seq(k, &["kept", "away"])
                });
                // (Not `mentally ill people should be treated, not locked away`.)
                if let Some(k) = shut_away.filter(|&k| !self.any_in(be..k, &["not", "never"])) {
                    return Some((Exclusion, i, k + 2));
                }
                // `cripples like the author should be kept out of sight`.
                if self.seq(be + 1, &["kept", "out", "of", "sight"]) {
                    return Some((Exclusion, i, be + 5));
                }
                // `these Roma should be rounded up and shipped out`; not `illegal immigrants
                // should be deported`.
                let by_status = self.any_in(i..should, &BY_STATUS);
                let driven = (be + 1..be + 3).find_map(|k| {
                    let rounded = ROUNDED_UP.iter().find(|p| self.seq(k, p));
                    let out = DRIVEN_OUT.iter().find(|p| !by_status && self.seq(k, p));
                    rounded.or(out).map(|p| k + p.len())
                });
                if let Some(driven) = driven.filter(|_| !negated) {
                    return Some((Exclusion, i, driven));
                }
                // `immigrants should be shipped back in cattle cars`: whoever they are.
                let shipped = (be + 1..be + 3).find(|&k| DRIVEN_OUT.iter().any(|p| self.seq(k, p)));
                if let Some(k) = shipped.filter(|&k| self.any_in(k + 1..k + 6, &["cattle"])) {
                    return Some((Dehumanisation, i, (k + 6).min(self.len())));
                }
                // `any immigrant who complains should be thrown out on the next boat,
                // preferably one with a hole in it`: sent to drown (not `... on the next
                // boat, with their papers in order`).
                let boat = shipped.and_then(|k| {
                    (k + 1..k + 6).find(|&b| self.is(b, &["boat", "boats", "dinghy", "raft"]))
                });
                let sunk = [
                    "hole", "holes", "leak", "leaks", "leaky", "sinking", "sinks",
                ];
                let holed = boat.and_then(|b| (b + 1..self.len()).find(|&k| self.is(k, &sunk)));
                if let Some(k) = holed {
                    return Some((Dehumanisation, i, k + 1));
                }
            }
            // `women should stay at home`, `X should just stay in the kitchen`: a group kept out
            // of public life; not advice for a time or with a reason (`elderly people should
            // stay at home during the heatwave`, `... until they feel better`).
            let stay = should + 1 + usize::from(self.at(should + 1) == "just");
            if should == end && self.at(stay) == "stay" {
                let mut place = stay + 1 + usize::from(self.is(stay + 1, &["at", "in"]));
                place += usize::from(self.at(place) == "the");
                let ends =
                    place + 1 == self.len() || self.seq(place + 1, &["where", "they", "belong"]);
                if self.is(place, &["kitchen", "kitchens"]) || self.at(place) == "home" && ends {
                    return Some((Exclusion, i, place + 1));
                }
            }
            // `Blacks should go back to Africa`, `X should go back where they came from`,
            // `Hindus are filthy cow worshippers who should go back to India` (a land named
            // after a group; not `I want to go back to India next year`).
            if should == end || self.at(should - 1) == "who" {
                if let Some(back) = self.told_to_leave(should + 1) {
                    return Some((Exclusion, i, back));
                }
                if self.seq(should + 1, &["go", "back", "to"]) && self.is(should + 4, &SENT_BACK_TO)
                {
                    return Some((Exclusion, i, should + 5));
                }
                // (`women in tech are diversity hires who should go back to making coffee`,
                // `... to the kitchen`: a group sent back to chores.)
                let chore = should + 4 + usize::from(self.at(should + 4) == "the");
                let chores = self.is(chore, &["kitchen", "kitchens", "sink", "stove"])
                    || self.at(chore) == "making"
                        && self.is(chore + 1, &["coffee", "tea", "sandwiches", "dinner"]);
                if self.seq(should + 1, &["go", "back", "to"]) && chores {
                    return Some((
                        Exclusion,
                        i,
                        chore + 1 + usize::from(self.at(chore) == "making"),
                    ));
                }
            }
        }
        // `Somali pirates, the lot of them, send them back`, `Somalis bring nothing but knife
        // crime, ship them back` (not migrants by their status, nor `Syrians fled the war, we
        // can't send them back`).
        // (`Muslims caused the floods with their prayers, deport them all`.)
        let back = (end..self.len()).find(|&k| {
            let all = usize::from(self.at(k + 2) == "all");
            self.is(k, &["send", "ship", "kick", "boot"])
                && self.at(k + 1) == "them"
                && self.is(k + 2 + all, &["back", "out", "home"])
                || self.seq(k, &["deport", "them", "all"])
        });
        let refused = |k: usize| self.any_in(end..k, &["not", "never"]);
        if let Some(k) = back.filter(|&k| !self.any_in(i..k, &BY_STATUS) && !refused(k)) {
            return Some((Exclusion, i, k + 3 + usize::from(self.at(k + 2) == "all")));
        }
        None
    }
}

impl Clause<'_> {
    /// A group a trade is told to refuse: `Hospitals should refuse to treat illegal
    /// immigrants`, `Employers should never hire a woman of childbearing age`, `Shops should put
    /// up signs saying no Muslims allowed`, `No doctor should waste a bed on a Gypsy`,
    /// `Больницам нельзя лечить мигрантов`, `Ev sahipleri Kürtlere ev vermesin` (not `...
    /// should never refuse to hire a woman because she is pregnant`, `no dogs allowed`,
    /// `Больницам нельзя отказывать мигрантам`).
    pub(super) fn refused_by_trade(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Exclusion;
        // The group at `k`, after `the`, `any`, `to` and a word that is not its name
        // (`illegal immigrants`).
        let group_from = |k: usize| {
            let k = k + usize::from(self.is(k, &["the", "any", "a", "an", "to"]));
            let k = k + usize::from(self.is(k, &["the", "any", "a", "an"]));
            if self.is(k, &["more", "fewer", "less"]) {
                return None;
            }
            (k..k + 2).find_map(|g| self.group(g).filter(|&end| end > g))
        };
        // (`No doctor should refuse to treat a Gypsy`: a refusal nobody may make.)
        // (Nor `... refuse to admit more refugees`: how many, a policy.)
        let denied =
            |k: usize| self.any_in(k.saturating_sub(3)..k, &["no", "nobody", "never", "not"]);
        let trade = |k: usize| self.any_in(k.saturating_sub(3)..k, &TRADES);
        if self.is(i, &["should", "must"]) && !denied(i) && trade(i) {
            // `... should never hire a woman` (not `... should never refuse to hire a woman`:
            // the refusal denied).
            if self.is(i + 1, &["never", "not"]) {
                return if self.is(i + 2, &SERVICES) {
                    group_from(i + 3).map(|end| (Exclusion, i, end))
                } else {
                    None
                };
            }
            // `... should refuse to treat X`, `... should be allowed to refuse Black tenants`.
            let refused = if self.seq(i + 1, &["refuse", "to"]) {
                i + 3
            } else if self.seq(i + 1, &["be", "allowed", "to", "refuse"]) {
                i + 5
            } else {
                return None;
            };
            let whom = refused + usize::from(self.is(refused, &SERVICES));
            return group_from(whom).map(|end| (Exclusion, i, end));
        }
        // `Shops should put up signs saying no Muslims allowed` (not `Shops that put up signs
        // saying no Muslims allowed should be fined`, said of those who did).
        if self.is(i, &["signs", "sign", "notices"]) && !self.any_in(0..i, &["that", "who"]) {
            let no = i + 1 + usize::from(self.is(i + 1, &["saying", "reading", "that"]));
            let no = no + usize::from(self.at(no) == "say");
            if self.at(no) != "no" {
                return None;
            }
            let end = self.group(no + 1).filter(|&end| end > no + 1)?;
            return self
                .is(end, &["allowed", "welcome"])
                .then_some((Exclusion, i, end + 1));
        }
        // `No doctor should waste a bed on a Gypsy`.
        if self.seq(i, &["waste", "a", "bed", "on"]) {
            return group_from(i + 4).map(|end| (Exclusion, i, end));
        }
        // `Больницам нельзя лечить мигрантов`.
        if self.at(i) == "нельзя" || self.seq(i, &["не", "надо"]) || self.seq(i, &["не", "нужно"])
        {
            let verb = i + 1 + usize::from(self.at(i) == "не");
            // (`Не надо сдавать квартиры кавказцам`: what is refused, then to whom.)
            let group = (verb + 1..verb + 3).find(|&g| self.is_group(g));
            return group
                .filter(|_| self.is(verb, &SERVICES_RU))
                .map(|g| (Exclusion, i, g + 1));
        }
        // `Ev sahipleri Kürtlere ev vermesin`: the group, then the refusal wished, of a
        // service: `bakılmasın`, a home, work or an appointment given, work taken on.
        if self.is_group(i) {
            let refused = (i + 1..i + 4).find(|&k| self.is(k, &REFUSED_TR))?;
            let what = self.at(refused - 1);
            let of_a_service = match self.at(refused) {
                "vermesin" | "vermesinler" => {
                    ["ev", "is", "hizmet", "randevu", "kira"].contains(&what)
                }
                "almasin" | "almasinlar" => what == "ise",
                _ => true,
            };
            return of_a_service.then_some((Exclusion, i, refused + 1));
        }
        None
    }
}
