//! Names called: `you pathetic excuse for a human`, `vermin like you`, `what a sorry specimen`,
//! `people like you should not be allowed to vote`.

use super::{HUMAN, KIN, LIKENED_BY, PERSON, SCORN, STAFF, TRADES, VILE};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::office::OFFICE;

/// The wild a people is sent to: `these people belong in caves`.
pub(super) static WILDS: Lexicon = Lexicon::new("caves cave jungle trees huts zoo");

/// What people pointed at are called before they are sent to the wild: `these savages`.
static SAVAGES: Lexicon = Lexicon::new("savages animals apes monkeys barbarians");

/// Pests a people are called: `these people are vermin`.
pub(super) static PESTS: Lexicon =
    Lexicon::new("vermin rats parasites locusts cockroaches roaches leeches lice maggots termites");

/// What `you people` are said to do or be: `ruining this country`, `the problem`.
static RUINING: Lexicon = Lexicon::new(
    "ruining ruin ruined destroying destroy destroyed disgust disgusting sicken pathetic \
     problem cancer scum stain",
);

/// Names to call a reader that the classifier's training comments hardly hold (it allowed
/// "You halfwit." and "You utter cretin."): British and old-fashioned ones above all.
pub(super) static NAMES: Lexicon = Lexicon::new(
    "halfwit halfwits nitwit nitwits dimwit dimwits cretin cretins cretinous numpty numpties \
     mong mongs pillock pillocks plonker plonkers nincompoop nincompoops ignoramus ignoramuses \
     simpleton simpletons dullard dullards dolt dolts oaf oafs twit twits prat prats berk berks \
     tosser tossers dunce dunces knobhead knobheads bellend bellends gobshite gobshites dipshit \
     dipshits wazzock wazzocks numbskull numbskulls bonehead boneheads blockhead blockheads \
     airhead airheads meathead meatheads halfwitted dimwitted peasant peasants parasite \
     parasites leech leeches hag hags wanker wankers jackass jackasses tard tards pedo pedos \
     fatass fatasses dumbass dumbasses dipstick dipsticks nonce nonces scumbag scumbags \
     arsehole arseholes douchebag douchebags douche douches lowlife lowlifes pervert perverts \
     bimbo bimbos skank skanks grifter grifters charlatan charlatans buffoon buffoons \
     degenerate degenerates sellout sellouts bastard bastards hillbilly hillbillies redneck \
     lapdog rednecks fatso fatsos yokel yokels melon melons creep creeps troglodyte troglodytes \
     heifer heifers harpy harpies neanderthal neanderthals cuck cucks chav chavs schizo schizos \
     nutter nutters loony loonies perv pervs",
);

/// The same in Russian: names the classifier's Russian comments hardly hold (it allowed
/// "Ты вообще читать умеешь, бестолочь?" at 0.24), as normalization leaves them (`ё` as
/// `е`).
pub(super) static NAMES_RU: Lexicon = Lexicon::new(
    "бестолочь олух остолоп балбес недоумок дуболом тупица кретин недоносок ушлепок выродок \
     имбецил недочеловек неудачник неудачница курица подстилка пустышка бездарность бездарь \
     червяк червь шестерка колхозник колхозница деревенщина быдло",
);

/// The same in Turkish, as normalization reads them (`öküz` as `okuz`): called where they stand
/// alone (`haberi bir daha oku, ahmak`) or after `sen` ("you").
pub(super) static NAMES_TR: Lexicon = Lexicon::new(
    "ahmak haysiyetsiz namussuz pislik okuz kopek hayvan alcak hiyar kansiz soysuz surtuk kaltak \
     mankafa bozuntusu musveddesi ezik capulcu fahise cadi kiro hoduk maganda koylu",
);

/// Turkish names with the ending of "you are" (`mankafasın`, "you're a blockhead"): called
/// wherever they close their phrase.
pub(super) static NAMES_TR_YOU: Lexicon = Lexicon::new(
    "hayvansin kopeksin mankafasin salaksin aptalsin gerizekalisin ahmaksin pisliksin solucansin \
     serefsizsin koyunsun eseksin okuzsun haseresin parazitsin sicansin eziksin usagisin \
     usagisiniz suluksun asalaksin kenesin degersizsin degersizsiniz cirkinsin copsun koylusun",
);

/// The paper's people in Turkish, named, as an object or whose (`yazar`, `yazarı`,
/// `yazarın`), an insult said of whom is said of the paper's own.
pub(super) const PAPER_PEOPLE_TR: &[&str] = &[
    "yazar",
    "yazari",
    "yazarin",
    "yazarinin",
    "gazeteci",
    "gazeteciyi",
    "gazetecinin",
    "muhabir",
    "muhabiri",
    "muhabirin",
    "editor",
    "editoru",
    "editorun",
    "hakemin",
];

/// What the paper's people are called as a blight on their trade: `this journalist is a cancer
/// on the profession`.
pub(super) static BLIGHTS: Lexicon = Lexicon::new("cancer plague tumour tumor wound boil");

/// Vermin a person is said to be a kind of: `a cockroach of a human being`.
pub(super) static VERMIN_OF: Lexicon =
    Lexicon::new("cockroach rat worm maggot slug snake weasel toad leech louse parasite");

/// Beasts people are said to be, after `like the`: `... like the animals they are`.
pub(super) static BEASTS: Lexicon = Lexicon::new(
    "animals animal vermin rats rat dogs pigs pig savages savage beasts beast cockroaches \
     cockroach scum parasites parasite apes swine",
);

/// Names that are verbs too: called only where the phrase ends after them (`you prick!`, not
/// `if you prick us`, `did you prick your finger`; `you absolute clown, ...`, `you hack`,
/// not `do you clown around at work`).
pub(super) static VERB_NAMES: Lexicon = Lexicon::new("prick pricks clown clowns hack hacks");

/// Animals a reader is called: only after `you` where the phrase ends (`you little rat`,
/// `you're a brainless sheep, baa`; not `did you rat on him`, `are you a sheep farmer`, `we
/// keep goats, sheep`), or after words of scorn that open the clause (`ugly cow, ...`).
pub(super) static ANIMAL_NAMES: Lexicon = Lexicon::new(
    "rat rats sheep cow cows pig pigs worm worms slug slugs toad toads donkey donkeys rodent \
     rodents prune prunes ape apes корова свинья овца коза животное скотина козел боров weasel \
     weasels",
);

/// Names that are other words too, or the words of political criticism `rules/office.rs`
/// leaves unread when said of an office: called only after `you` where the phrase ends
/// (`get a life, you loser`, `you utter coward!`; not `the minister, a coward, ...`, `you
/// snake through the traffic`). An accusation is no name: `you are a liar`, `I hope you're
/// a troll`, `you fraud` are left to the classifier (ParaDetox's civil rewrites keep them).
pub(super) static NAMES_AT_THE_READER: Lexicon = Lexicon::new(
    "git gits knob knobs weasel weasels snake snakes creep creeps slag slags scab scabs \
     coward cowards loser losers freak freaks goon goons thug thugs bugger buggers swine \
     traitor traitors zombie zombies embarrassment toddler lump brat brats gasbag windbag \
     blowhard harpy harpies tart tarts stain joke illiterate illiterates botherer botherers \
     spinster spinsters",
);

/// Crimes no criticism charges anyone with, said of the reader or the paper's people: `your
/// editor is a paedophile`.
pub(super) static ACCUSED: Lexicon = Lexicon::new("paedophile pedophile paedo pedo nonce");

/// What may stand between a copula and [`VILE`]: `is nothing but filthy scum`.
static BEFORE_VILE: Lexicon = Lexicon::new(
    "a an just nothing but total complete utter absolute fat dirty filthy cheap little such \
     worthless lying brainless pathetic useless stupid smug arrogant pompous ignorant spiteful \
     thieving bitter nasty old the kind sort type of bottom feeding blood sucking bloodsucking \
     greasy slimy sweaty smelly snivelling sniveling",
);

/// Scorn for a coward's kind, before an animal's name: `a spineless little worm`.
static SPINELESS: Lexicon = Lexicon::new("spineless slimy snivelling sniveling");

/// What may stand between `you` and the name it is called: `you are an utter cretin`, `you
/// smug little prat`.
static BEFORE_A_NAME: Lexicon = Lexicon::new(
    "are were a an such absolute utter complete total bloody little ignorant stupid pathetic \
     silly old big fat ugly smug arrogant useless clueless blithering gormless lying sad \
     miserable thick all just illiterate uneducated brainless dirty filthy worthless spineless \
     brain dead braindead inbred vile overgrown snivelling sniveling talentless pompous self \
     important feral braying slimy gutless cowardly hideous bitter actual sanctimonious smarmy \
     bloated cheap nothing but simpering dried up mouth breathing knuckle dragging waddling \
     shrill hysterical economic political scientific financial lonely brainwashed god bible \
     frigid beceriksiz бездарная бездарный дешевая дешевый и же полный просто редкостный \
     конченый настоящий жалкий жалкая жирная жирный тупая тупой мерзкая bir tam продажная \
     продажный никчемный никчемная бесполезный бесполезная",
);

/// What people like the reader should be: `not be allowed to vote`, `locked up`.
const DENIED_YOU: [&[&str]; 9] = [
    &["be", "hunted"],
    &["not", "be", "allowed"],
    &["be", "banned"],
    &["be", "locked"],
    &["not", "breed"],
    &["not", "vote"],
    &["be", "sterilised"],
    &["be", "sterilized"],
    &["be", "deported"],
];

impl Clause<'_> {
    /// `you're a sad little man`, `what a sad little troll`: the reader belittled (not `a sad
    /// little shop on the corner`).
    pub(super) fn sad_little(&self, i: usize) -> Option<usize> {
        let people = [
            "man", "woman", "boy", "girl", "person", "troll", "creature", "worm",
        ];
        let aimed = i >= 3 && self.seq(i - 3, &["you", "are", "a"])
            || i >= 2 && self.seq(i - 2, &["what", "a"]);
        (aimed && self.seq(i, &["sad", "little"]) && self.is(i + 2, &people)).then_some(i + 3)
    }

    /// `people like you should not be allowed to vote`, `... don't deserve to breathe`; not
    /// `... should be in charge`.
    pub(super) fn people_like_you(&self, i: usize) -> Option<usize> {
        // `people like the author belong behind barbed wire`.
        if self.seq(i, &["people", "like"]) {
            let belong = self.first_in(i + 2..i + 6, &["belong"]);
            let behind = belong.filter(|&b| {
                self.seq(b + 1, &["behind", "barbed", "wire"])
                    || self.seq(b + 1, &["behind", "bars"])
            });
            if let Some(b) = behind {
                return Some(b + 3 + usize::from(self.at(b + 2) == "barbed"));
            }
        }
        if !self.seq(i, &["people", "like", "you"]) {
            return None;
        }
        // `people like you don't deserve to breathe the same air as decent folk`.
        if self.seq(i + 3, &["do", "not", "deserve", "to"])
            && self.is(i + 7, &["breathe", "live", "exist"])
        {
            return Some(i + 8);
        }
        // `people like you used to be put in asylums, and rightly so`.
        if self.seq(i + 3, &["used", "to", "be"])
            && self.is(i + 6, &["put", "locked", "kept", "shut"])
            && self.any_in(i + 7..i + 10, &["asylums", "asylum", "cages", "camps"])
        {
            let kept =
                (i + 7..i + 10).find(|&k| self.is(k, &["asylums", "asylum", "cages", "camps"]));
            return kept.map(|k| k + 1);
        }
        if !self.is(i + 3, &["should", "must"]) {
            return None;
        }
        DENIED_YOU
            .iter()
            .find(|denied| self.seq(i + 4, denied))
            .map(|denied| i + 4 + denied.len())
    }

    /// `you people are ruining this country`; not `thank you people for coming`.
    pub(super) fn you_people(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["you", "people"]) || i > 0 && self.is(i - 1, &["thank"]) {
            return None;
        }
        Some(self.first_in(i + 2..i + 5, &RUINING)? + 1)
    }

    /// `mongrels like you are the reason ...`.
    /// (And `whores like her are why journalism is dying`.)
    pub(super) fn mongrels_like_you(&self, i: usize) -> Option<usize> {
        let names = ["mongrel", "mongrels", "whores", "sluts", "slags", "skanks"];
        (self.is(i, &names)
            && self.at(i + 1) == "like"
            && self.is(i + 2, &["you", "her", "him", "them"]))
        .then_some(i + 3)
    }

    /// Whether `you look like` (`you sound like`...) starts at `k`.
    pub(super) fn likened_you(&self, k: usize) -> bool {
        self.at(k) == "you" && self.is(k + 1, &LIKENED_BY) && self.at(k + 2) == "like"
    }

    /// `you're a cockroach of a human being`, `that rat of a columnist`: vermin or an
    /// animal made a person's kind (not `a bear of a man`, said in praise).
    pub(super) fn vermin_of_a_person(&self, i: usize) -> Option<usize> {
        if !self.is(i, &VERMIN_OF) || self.at(i + 1) != "of" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let human = i + 3;
        (self.is(human, &HUMAN) && self.aimed_in(0..i))
            .then(|| human + 1 + usize::from(self.at(human + 1) == "being"))
    }

    /// `I'd call you a tool, but tools are actually useful` (not `... a hero, but you'd only
    /// blush`): a name taken back as too good for the reader. (`but` opens the next clause.)
    pub(super) fn worse_than_the_name(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["call", "you"]) || !self.is(i + 2, &["a", "an"]) || i + 4 != self.len() {
            return None;
        }
        let named = self.at(i + 3);
        let mut after = self.words_after().take(6);
        let useful = ["useful", "smart", "clever", "helpful"];
        (after.next() == Some("but")
            && after.next().is_some_and(|w| w.starts_with(named))
            && after.any(|w| useful.contains(&w)))
        .then_some(i + 4)
    }

    /// `the minister is subhuman scum`, `the reporter is a whore`, `he is vermin`: a person
    /// called what no criticism of an office or of work calls anyone; not `conditions in the
    /// camp are subhuman`.
    pub(super) fn called_vile(&self, i: usize) -> Option<usize> {
        let person = self.is(i, &*PERSON) && !self.is(i, &["your", "his", "her", "ur"])
            || self.is(i, &OFFICE)
            || self.is(i, &TRADES);
        if !person {
            return None;
        }
        // `she writes like a whore`, `you look like a slut`, `you look like a pig that learned
        // to type` (an animal said of the reader).
        let likened = (i + 1..i + 3).find(|&k| self.is(k, &LIKENED_BY) && self.at(k + 1) == "like");
        if let Some(k) = likened {
            let a = k + 2 + usize::from(self.is(k + 2, &["a", "an", "some"]));
            // (`you write like a drunk whore`: a word of scorn before the name.)
            let name = a + usize::from(self.is(a, &SCORN) || self.is(a, &["drunk", "cheap"]));
            // The animal ends its phrase, or a clause about it follows (not `a sheep farmer`).
            let animal = self.is(name, &ANIMAL_NAMES)
                && (self.phrase_ends_before(name + 1) || self.is(name + 1, &["that", "who"]));
            if self.is(name, &VILE) || self.at(i) == "you" && animal {
                return Some(name + 1);
            }
            // `you look like a melted candle that learned to type`: the reader as a thing that
            // learnt to be human (not `... like a kid who learned to ride a bike`).
            let learnt = (a + 1..a + 4).find(|&j| {
                self.is(j, &["that", "who"])
                    && self.is(j + 1, &["learned", "learnt"])
                    && self.at(j + 2) == "to"
                    && self.is(j + 3, &["type", "talk", "walk", "write", "speak", "read"])
            });
            if let Some(j) = learnt.filter(|&j| self.at(i) == "you" && !self.is(j - 1, &*PERSON)) {
                return Some(j + 4);
            }
        }
        // (`the carer who wrote this is a thieving cow`: what the person did, between.)
        let copula = self
            .first_in(i + 1..i + 3, &["is", "are", "was", "were"])
            .or_else(|| {
                let who = self.at(i + 1) == "who";
                who.then(|| self.first_in(i + 3..i + 7, &["is", "was"]))
                    .flatten()
            })?;
        let mut k = copula + 1;
        // (`... a spineless little worm`: [`SPINELESS`] too.)
        while k < copula + 5 && (self.is(k, &BEFORE_VILE) || self.is(k, &SPINELESS)) {
            k += 1;
        }
        // `your editor is a paedophile`: a crime no criticism charges, said of the reader or
        // of the paper's people; not of `he` or `the man` (`... is a convicted paedophile`,
        // `Savile was a paedophile`: reports).
        // `the author is a brainless parasite`: a name said of the paper's people.
        // (`this journalist is a cancer on the profession`.)
        let papers_named = (self.is(k, &NAMES) || self.is(k, &BLIGHTS)) && self.is(i, &STAFF);
        // (`the consultant is a smug, arrogant prick who should never have qualified`: a
        // name said of someone by their trade, closing its phrase.)
        // (`every letting agent is a parasite feeding on people who can't fight back`.)
        let trade_named = (self.is(k, &NAMES) || self.is(k, &VERB_NAMES))
            && (self.is(i, &TRADES) || self.is(i, &STAFF))
            && (self.phrase_ends_before(k + 1)
                || self.is(k + 1, &["who", "that", "feeding", "living", "sponging"]));
        // (`the vicar is a nonce and everybody in the village knows it`: slang no report uses,
        // said of anyone.)
        let accused = self.is(k, &ACCUSED)
            && (self.is(i, &STAFF)
                || self.at(i) == "you"
                || self.is(k, &["nonce", "paedo", "pedo"]));
        // `this columnist is a spineless little worm`: an animal, scorned, said of the paper's
        // people and ending its phrase (not `the editor is a keen sheep farmer`).
        let scorned = (copula + 1..k).any(|j| self.is(j, &SCORN) || self.is(j, &SPINELESS));
        // (`... a snivelling little weasel on the car makers' payroll`: whose creature.)
        let papers_animal = self.is(k, &ANIMAL_NAMES)
            && (self.is(i, &STAFF) || self.is(i, &TRADES))
            && scorned
            && (self.phrase_ends_before(k + 1)
                || self.is(k + 1, &["who", "that"])
                || self.seq(k + 1, &["on", "the"]) && self.any_in(k + 3..k + 6, &["payroll"]));
        (self.is(k, &VILE) || accused || papers_named || trade_named || papers_animal)
            .then_some(k + 1)
    }

    /// `This columnist defends paedos, so she's probably one herself`: someone said to be one
    /// of the vile they are said to defend (not `she defends nurses, she's probably one
    /// herself`).
    /// (Read from `herself`.)
    pub(super) fn one_of_them_herself(&self, i: usize) -> Option<usize> {
        let one = i >= 1
            && self.at(i - 1) == "one"
            && self.is(i, &["herself", "himself", "themselves"])
            && i + 1 == self.len();
        let vile = self.words_back_from(i).take(10).any(|w| {
            ACCUSED.contains(w)
                || matches!(w, "paedos" | "pedos" | "nonces" | "paedophiles" | "rapists")
        });
        (one && vile).then_some(i + 1)
    }

    /// `hosed down like the animals they are`, `treated like the vermin you are`: people
    /// said to be beasts, whatever is done to them (not `like the animals they keep`).
    pub(super) fn beasts_they_are(&self, i: usize) -> Option<usize> {
        (i >= 2
            && self.is(i, &BEASTS)
            && self.seq(i - 2, &["like", "the"])
            && self.is(i + 1, &["they", "you", "he", "she"])
            && self.is(i + 2, &["are", "is", "were", "was"])
            && (i + 3 == self.len() || self.phrase_ends_before(i + 3)))
        .then_some(i + 3)
    }

    /// Whether `недоразумение` at `i` ("a misunderstanding") names a person: `ходячее` ("walking")
    /// before it, or the reader: `ты недоразумение`, `вы просто недоразумение`.
    pub(super) fn mistake_called(&self, i: usize) -> bool {
        let before = i.wrapping_sub(1);
        let walking = ["ходячее", "сплошное", "полное", "просто"];
        self.at(before) == "ходячее"
            || self.is(before, &["ты", "вы"])
            || self.is(before, &walking) && self.is(before.wrapping_sub(1), &["ты", "вы"])
    }

    /// `you halfwit`, `you are an utter cretin`, `what a nitwit you are`, `get lost, prick`: a
    /// name the classifier hardly knows, called to the reader.
    /// Whether a name called ends before `i`: its phrase ends, or what the name is given to
    /// write with follows (`you braying donkey with a press pass`).
    fn name_ends(&self, i: usize) -> bool {
        let tools = [
            "press",
            "keyboard",
            "laptop",
            "byline",
            "column",
            "typewriter",
        ];
        // (`ur a joke mate`: the reader called by a word for a friend, closing the phrase.)
        let pal = self.is(i, &["mate", "pal", "buddy"]) && self.phrase_ends_before(i + 1);
        // (`... and everyone here knows it`, `... and you know it`: the name said to be known.)
        // (`... and it shows in every line`: the name said to show.)
        let known = self.at(i) == "and"
            && ((i + 2..i + 5).any(|k| {
                self.is(k, &["knows", "know"])
                    && self.at(k + 1) == "it"
                    && self.phrase_ends_before(k + 2)
            }) || self.seq(i + 1, &["it", "shows"]));
        self.phrase_ends_before(i)
            || pal
            || known
            || self.seq(i, &["with", "a"])
                && self.is(i + 2, &tools)
                && self.phrase_ends_before(i + 3)
            || self.seq(i, &["with", "a", "press"]) && self.is(i + 3, &["pass", "badge", "card"])
    }

    /// `what a spectacularly useless specimen of a man you are`, `you sorry specimen`: a
    /// person called a specimen with scorn (not `a fine specimen of an oak`, `a sorry
    /// specimen of a tree`).
    pub(super) fn sorry_specimen(&self, i: usize) -> Option<usize> {
        let scorn = [
            "useless",
            "pathetic",
            "sorry",
            "sad",
            "miserable",
            "poor",
            "feeble",
            "wretched",
        ];
        if self.at(i) != "specimen" || !self.any_in(i.saturating_sub(2)..i, &scorn) {
            return None;
        }
        let of_a =
            self.seq(i + 1, &["of", "a"]) && self.is(i + 3, &["man", "woman", "human", "person"]);
        let end = if of_a { i + 4 } else { i + 1 };
        (self.seq(end, &["you", "are"]) || self.aimed_in(0..i)).then_some(end)
    }

    pub(super) fn name_called(&self, i: usize) -> Option<usize> {
        // A name alone between a comma and the end of its phrase, after other words: the
        // reader addressed (`shut up, halfwit!`); not a sound (`hack, hack`).
        let alone = i > 0
            && self.phrase_ends_before(i)
            && self.phrase_ends_before(i + 1)
            && self.at(i - 1) != self.at(i)
            && self.at(i + 1) != self.at(i);
        let names = [&NAMES, &VERB_NAMES, &NAMES_RU, &NAMES_TR];
        if alone && names.iter().any(|n| self.is(i, *n)) {
            return Some(i + 1);
        }
        // `Закрой рот, невежественная деревенщина` ("shut your mouth, you ignorant bumpkin"),
        // `Kapa çeneni, cahil köylü`, `..., işe yaramaz pislik` ("..., useless filth"): a
        // Russian or Turkish name after words of scorn, a phrase of its own after others (not
        // `..., местный колхозник`, "a local farmer").
        if (self.is(i, &NAMES_RU) || self.is(i, &NAMES_TR)) && self.phrase_ends_before(i + 1) {
            let useless = |k: usize| {
                self.seq(k, &["ise", "yaramaz"]) || k > 0 && self.seq(k - 1, &["ise", "yaramaz"])
            };
            let scorned = |from: usize| {
                from > 0
                    && self.phrase_ends_before(from)
                    && (from..i).all(|k| self.is(k, &SCORN) || useless(k))
            };
            if (i.saturating_sub(2)..i).any(scorned) {
                return Some(i + 1);
            }
        }
        // `..., кусок мусора`, `..., çöp parçası` ("..., you piece of garbage"): a name of two
        // words, a phrase of its own after others.
        let piece = self.at(i) == "кусок" && self.is(i + 1, &["мусора", "дерьма", "говна", "мяса"])
            || self.is(i, &["cop", "bok", "pislik", "et"]) && self.at(i + 1) == "parcasi";
        if piece && i > 0 && self.phrase_ends_before(i) && self.phrase_ends_before(i + 2) {
            return Some(i + 2);
        }
        // (`Sen kimsin be çapulcu, git ağacına sarıl`: "who are you, hey looter, ...", a name
        // after a Turkish call of address, closing its phrase.)
        if i > 0
            && self.is(i - 1, &["be", "lan", "ulan"])
            && self.is(i, &NAMES_TR)
            && self.phrase_ends_before(i + 1)
        {
            return Some(i + 1);
        }
        // `Slut.`, `Halfwit!`: a name that is its clause, said to the reader (not `Hack.`, a
        // sound, or `Scum.`, which may be the article's).
        let vile_to_women = ["whore", "slut", "skank", "slag"];
        if self.len() == 1 && (self.is(i, &NAMES) || self.is(i, &vile_to_women)) {
            return Some(i + 1);
        }
        // `Kafası çalışmayan koyun, ...` ("sheep whose head doesn't work, ..."): a beast or a
        // name, its phrase's last word (not `kafası çalışmayan bir gün geçirdim`, a day).
        if self.seq(i, &["kafasi", "calismayan"]) {
            let name = i + 2;
            let named = self.is(name, &NAMES_TR) || self.is(name, &["koyun", "esek", "hayvan"]);
            if named && self.phrase_ends_before(name + 1) {
                return Some(name + 1);
            }
        }
        // (`beyni olmayan bir yazarsın sen`: "you're a writer without a brain".)
        if self.seq(i, &["beyni", "olmayan"]) {
            let you = (i + 2..(i + 5).min(self.len())).any(|k| {
                self.at(k) == "sen" || self.at(k).ends_with("sin") || self.at(k).ends_with("sun")
            });
            if you {
                return Some((i + 4).min(self.len()));
            }
        }
        if self.seq(i, &["beyni", "yok"]) {
            // (`Yazarın beyni yok, kafası boş bir teneke`: "the author has no brain, ...": one
            // of the paper's people said to lack one.)
            let whose = i >= 1 && PAPER_PEOPLE_TR.contains(&self.at(i - 1));
            // (`Bu yazarı kim işe aldı ya, beyni yok bunun`: "..., this one has no brain", one
            // of them pointed at; not `Bunun beyni yok, robot bu`.)
            let pointed = (self.at(i + 2) == "bunun" || i >= 1 && self.at(i - 1) == "bunun")
                && self.said_back(i, 12, PAPER_PEOPLE_TR);
            if whose || pointed {
                return Some(i + 2);
            }
        }
        // (`senin gibi bir ezik`: "a loser like you".)
        if self.seq(i, &["senin", "gibi"]) {
            let name = i + 2 + usize::from(self.at(i + 2) == "bir");
            if self.is(name, &NAMES_TR) {
                return Some(name + 1);
            }
        }
        // (`Ahmak herif, senin gibisini görmedim`: "fool of a guy", a phrase of its own.)
        if self.is(i, &NAMES_TR)
            && self.is(i + 1, &["herif", "kari", "adam"])
            && (i == 0 || self.phrase_ends_before(i))
            && self.phrase_ends_before(i + 2)
        {
            return Some(i + 2);
        }
        // (`cok aptalsin ya gercekten`: "you're so stupid, really", particles after.)
        // (`ya` is read `you`, as chat spells it in English.)
        let particles = [
            "ya",
            "you",
            "gercekten",
            "be",
            "lan",
            "valla",
            "vallahi",
            "resmen",
        ];
        if self.is(i, &NAMES_TR_YOU)
            && (i + 1..self.len() + 1)
                .any(|k| self.phrase_ends_before(k) && (i + 1..k).all(|p| self.is(p, &particles)))
        {
            return Some(i + 1);
        }
        // `actual mong who wrote this`: the author called a name, as the clause opens.
        let opens = (0..i).all(|k| self.is(k, &BEFORE_A_NAME));
        if opens && self.is(i, &NAMES) && self.seq(i + 1, &["who", "wrote"]) {
            return Some(i + 3);
        }
        // `whoever moderates this site is a spineless little cuck`: the one who did it called
        // a name that ends the clause (not `whoever wins is a genius`, no name).
        if i == 0 && self.at(0) == "whoever" {
            let is = (2..8).find(|&k| self.is(k, &["is", "was"]))?;
            let a = is + 1 + usize::from(self.is(is + 1, &["a", "an"]));
            let name =
                (a..a + 3).find(|&k| k + 1 == self.len() || self.phrase_ends_before(k + 1))?;
            let called = [&NAMES, &VERB_NAMES, &ANIMAL_NAMES];
            return called.iter().any(|n| self.is(name, *n)).then_some(name + 1);
        }
        // `hey fatso, the gym called`: a name after a greeting that opens the clause.
        if i == 1 && self.is(0, &["hey", "oi", "listen"]) && self.is(i, &NAMES) {
            return Some(i + 1);
        }
        // `yazar bozuntusu` ("a wreck of a writer"), said of anyone.
        if i >= 1 && self.is(i, &["bozuntusu", "musveddesi"]) {
            return Some(i + 1);
        }
        // `senin gibi döl israfı insanlar` ("wastes of sperm like you").
        if self.at(i) == "dol" && self.at(i + 1).starts_with("israfi") {
            return Some(i + 2);
        }
        // `ugly cow, nobody wants to see you`: words of scorn (not only `old`) opening the
        // clause, then the animal, then the phrase's end.
        let scorned =
            i > 0 && (0..i).all(|k| self.is(k, &SCORN)) && (0..i).any(|k| self.at(k) != "old");
        // (`brainless sheep like you deserve to be fleeced`: the reader's likes.)
        let like_you = self.seq(i + 1, &["like", "you"]);
        if scorned && self.is(i, &ANIMAL_NAMES) && (self.phrase_ends_before(i + 1) || like_you) {
            return Some(i + 1);
        }
        // `why do they let apes like you near a keyboard?`: the reader's kind let near
        // something (not `they let dogs like yours in the park`).
        if i >= 1
            && self.is(i - 1, &["let", "allow"])
            && self.is(i, &ANIMAL_NAMES)
            && self.seq(i + 1, &["like", "you"])
        {
            return Some(i + 3);
        }
        // `married to a gutless slug like you`: the reader's kind called a name (not `a pet
        // rat like you have`).
        if self.is(i, &["a", "an"]) {
            let mut k = i + 1;
            while k < i + 4 && self.is(k, &SCORN) {
                k += 1;
            }
            let done = [
                "do",
                "did",
                "have",
                "had",
                "said",
                "say",
                "know",
                "see",
                "suggested",
                "described",
            ];
            if (self.is(k, &ANIMAL_NAMES) || self.is(k, &NAMES))
                && self.seq(k + 1, &["like", "you"])
                && !self.is(k + 3, &done)
            {
                return Some(k + 3);
            }
        }
        // `Bu şarkıcı tam bir fahişe` ("this singer is a total whore"): anyone so called.
        if self.at(i) == "bu" && self.seq(i + 2, &["tam", "bir"]) && self.is(i + 4, &NAMES_TR) {
            return Some(i + 5);
        }
        // `Sunucu kadın çirkin bir cadı` ("the presenter woman is an ugly witch").
        if self.is(i, &["kadin", "adam", "herif", "kari"]) {
            let scorn = ["cirkin", "pis", "aptal", "salak", "yasli", "kart", "kotu"];
            let a = i + 1 + usize::from(self.is(i + 1, &scorn));
            if self.at(a) == "bir" && self.is(a + 1, &NAMES_TR) && self.phrase_ends_before(a + 2) {
                return Some(a + 2);
            }
        }
        // `bu kadın tam bir sürtük` ("this woman is a total slut").
        if self.at(i) == "bu" && self.is(i + 1, &["kadin", "adam", "herif", "kari"]) {
            let k = i + 2 + usize::from(self.at(i + 2) == "tam");
            let k = k + usize::from(self.at(k) == "bir");
            if self.is(k, &NAMES_TR) && self.phrase_ends_before(k + 1) {
                return Some(k + 1);
            }
            // `bu kadın sokak kadını gibi konuşuyor` ("... talks like a street woman"), `bu
            // kadın gazeteci değil, hayat kadını` ("... not a journalist, a prostitute"); not
            // `... hayat kadını değil`.
            let sold = (k..self.len()).find(|&j| {
                self.is(j, &["sokak", "hayat"])
                    && self.at(j + 1) == "kadini"
                    && self.at(j + 2) != "degil"
            });
            if let Some(j) = sold {
                return Some(j + 2);
            }
        }
        // `your mother was a whore`, `your family is scum`: the reader's kin called one.
        if self.at(i) == "your" && self.is(i + 1, &KIN) && self.is(i + 2, &["is", "was"]) {
            let k = i + 3 + usize::from(self.is(i + 3, &["a", "an"]));
            if self.is(k, &VILE) {
                return Some(k + 1);
            }
        }
        // `why is this whore still allowed to present the news?`: a woman called one by a
        // demonstrative (not `that slut-shaming column`).
        if self.is(i, &["this", "that"])
            && self.is(i + 1, &["whore", "slut", "skank"])
            && !self.is(i + 2, &["of", "shaming"])
        {
            return Some(i + 2);
        }
        // `I'd keep my daughters away from this degenerate`: someone called one, the name
        // closing the clause (not `this degenerate behaviour`).
        if self.is(i, &["this", "that"])
            && self.is(
                i + 1,
                &["degenerate", "pervert", "nonce", "creep", "lowlife"],
            )
            && i + 2 == self.len()
        {
            return Some(i + 2);
        }
        let to_the_reader = self.is(i, &["you", "your", "ты", "sen"]);
        let exclaimed = self.is(i, &["what"]);
        if !to_the_reader && !exclaimed {
            return None;
        }
        let past_scorn = |from: usize| {
            let mut k = from;
            while k < from + 7 && self.is(k, &BEFORE_A_NAME) {
                k += 1;
            }
            k
        };
        // (`you people are parasites`, `you lot are clowns`.)
        let readers =
            i + 1 + usize::from(self.at(i) == "you" && self.is(i + 1, &["people", "lot"]));
        // (`you look like the kind of slag who'd sleep with anyone`: the kind named.)
        let kind_of = self.at(i) == "you"
            && self.is(readers, &["look", "seem", "sound"])
            && self.seq(readers + 1, &["like", "the"])
            && self.is(readers + 3, &["kind", "type", "sort"])
            && self.at(readers + 4) == "of";
        let readers = readers + if kind_of { 5 } else { 0 };
        let mut k = past_scorn(readers);
        // (`you economic illiterate, go back to your colouring books`: the last word of scorn
        // the name, closing its phrase.)
        if self.at(i) == "you" && k > readers && self.at(k - 1) == "illiterate" && self.name_ends(k)
        {
            return Some(k);
        }
        // `you people who defend this policy are parasites`: what the readers do, then what
        // they are called.
        if self.at(i) == "you" && self.at(k) == "who" {
            if let Some(are) = (k + 2..k + 9).find(|&j| self.at(j) == "are") {
                k = past_scorn(are);
            }
        }
        // `you're a glorified toilet brush`: the reader's work called a lesser thing (not `if
        // you're just a glorified computer program, ...`, supposed).
        if self.at(k) == "glorified" && self.at(i) == "you" && !self.any_in(0..i, &["if"]) {
            if let Some(end) = (k + 2..k + 4).find(|&e| self.phrase_ends_before(e)) {
                return Some(end);
            }
        }
        let at_you = self.is(i, &["you", "ты"])
            && (self.is(k, &ANIMAL_NAMES) || self.is(k, &NAMES_AT_THE_READER));
        // (`you're a gutless rat who hides behind a byline`: what the name does, after it.)
        let who = at_you && self.is(k + 1, &["who", "that"]);
        // `ты позор своей семьи` ("you are a disgrace to your family"): said to the reader
        // only (`это решение — позор` is criticism).
        let named = self.is(k, &NAMES)
            || self.is(k, &NAMES_RU)
            || self.is(k, &["позор", "позорище"]) && self.at(i) == "ты"
            // `ты просто кусок дерьма` ("you're just a piece of shit").
            // (`ты никчёмный кусок мусора`: "... worthless piece of garbage".)
            || self.at(k) == "кусок"
                && self.is(k + 1, &["дерьма", "говна", "мусора"])
                && self.at(i) == "ты"
            || self.is(k, &VILE) && to_the_reader
            || self.is(k, &NAMES_TR)
                && (self.phrase_ends_before(k + 1)
                    // (`Sen beceriksiz bir ezik çocuksun`: "you're a clumsy loser of a kid".)
                    || self.is(k + 1, &["cocuksun", "adamsin", "kadinsin", "birisin"]))
            || (self.is(k, &VERB_NAMES) || at_you) && (self.name_ends(k + 1) || who)
            // (`what a sanctimonious little prick you are`.)
            // (`what an ugly, bitter, dried-up old prune you are`.)
            || exclaimed
                && (self.is(k, &VERB_NAMES)
                    || self.is(k, &ANIMAL_NAMES)
                    || self.is(k, &NAMES_AT_THE_READER))
                && self.seq(k + 1, &["you", "are"]);
        if !named {
            return None;
        }
        // `what a prat you are`; `What a shrill, hysterical harpy.`, a name closing the
        // exclamation.
        let closes = exclaimed && self.is(k, &NAMES) && k + 1 == self.len();
        (to_the_reader || self.seq(k + 1, &["you", "are"]) || closes).then_some(k + 1)
    }
    /// `These people are vermin.`: people pointed at called pests, the whole clause (not
    /// `These people are angels.`). (`They are locusts` after `these people ...` is the hate
    /// rules' pronoun for a group.)
    /// (And `These people belong in caves, not in our cities.`, `These savages should be sent
    /// back to the jungle.`: people pointed at sent to the wild; not `These bats belong in
    /// caves`, nor `These explorers should be sent back to the jungle next year`.)
    pub(super) fn pointed_at_as_vermin(&self, i: usize) -> Option<usize> {
        let pointed_people = self.is(0, &["these", "those"]) && self.at(1) == "people";
        let pests = i == 3 && pointed_people && self.at(2) == "are" && self.is(i, &PESTS);
        if pests && i + 1 == self.len() {
            return Some(i + 1);
        }
        if !self.is(i, &WILDS) || !self.phrase_ends_before(i + 1) {
            return None;
        }
        let the = i - usize::from(self.at(i.saturating_sub(1)) == "the");
        let belong = the >= 2 && self.seq(the - 2, &["belong", "in"]) && the - 2 == 2;
        let sent_back = the >= 5
            && self.seq(the - 5, &["should", "be", "sent", "back", "to"])
            && the - 5 == 2
            && self.is(1, &SAVAGES);
        let pointed = self.is(0, &["these", "those"]) && (self.at(1) == "people" || sent_back);
        (pointed && (belong && pointed_people || sent_back)).then_some(i + 1)
    }
}
