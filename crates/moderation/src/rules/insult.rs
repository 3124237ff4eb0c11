//! Stock insults: the set phrases readers demean one another with that hold no insulting word
//! (`you have the IQ of a potato`, `crawl back under your rock`, `your parents must be ashamed
//! of you`, `nobody would miss you`, `keep crying, snowflake`). The classifier, which weighs
//! words, allowed all of them (abusive 0.07 to 0.48). Each is read from the shape of a clause
//! aimed at the reader or a person; the same words elsewhere (`the attention span of a news
//! cycle`, `go back to your seats`, `the patient is brain dead`, `the snowflake fell`) are not
//! insults. Quoted and reported ones are left to the classifier.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Tagged, Vocabulary, HINTED};
use super::hate::BLIGHT_OF_TR;
use super::office::OFFICE;
use super::Hit;
use crate::normalize::Normalized;

/// The reader or someone, as a pronoun.
static PRONOUNS: Lexicon = Lexicon::new("you your he his she her they them u ur ya");

/// The paper's own people: `the author is a brainless parasite`, `your editor is a ...`.
static STAFF: Lexicon = Lexicon::new("writer author columnist reporter journalist editor");

/// People by what they are, besides the paper's own.
static OTHERS: Lexicon = Lexicon::new("commenter poster guy man woman presenter anchor judge");

/// People by what they are, the paper's people among them: `the fat ugly presenter`.
static PEOPLE: LazyLock<Vocabulary> =
    LazyLock::new(|| Lexicon::all_of(&[&STAFF, &OTHERS]).collect());

/// The reader or a person, as the clause's subject or object.
static PERSON: LazyLock<Vocabulary> =
    LazyLock::new(|| Lexicon::all_of(&[&PRONOUNS, &STAFF, &OTHERS]).collect());

/// What a mind is measured by, in `the IQ of a potato`.
static MIND: Lexicon =
    Lexicon::new("iq brain brains intelligence intellect brainpower wit wits personality charisma");

/// What is wasted in `a waste of oxygen`.
static WASTED: Lexicon =
    Lexicon::new("oxygen air space skin carbon sperm breath womb uterus card pass byline keyboard");

/// Where a reader is sent back to: `crawl back under your rock`, `go back to your cave`.
static DEN: Lexicon = Lexicon::new("rock cave hole swamp basement bridge sewer cage kennel gutter");

/// What leaving the world is: `do the world a favour and disappear`.
static LEAVING: Lexicon =
    Lexicon::new("die disappear vanish leave shut delete stop jump drop quit evaporate");

/// Those who would be ashamed: `your parents must be ashamed of you`.
static KIN: Lexicon = Lexicon::new(
    "parents mother mom mum mommy mama father dad daddy family folks grandparents children kids",
);

/// What a reader is made an example of, in `a walking advertisement for birth control`.
static ADVERT: Lexicon =
    Lexicon::new("advertisement advert ad argument case billboard poster child example");

/// Those said to be brain dead: `anyone who voted for this is brain dead`.
static WHO: Lexicon = Lexicon::new("anyone anybody everyone everybody whoever people those who");

/// What a reader says or feels, in `nobody cares about your opinion`.
static SAID: Lexicon = Lexicon::new(
    "opinion opinions feelings feeling comment comments thoughts views view take takes \
     rant rants life",
);

/// What one is a disgrace to, in an insult: `humanity`, `the human race`, `your family`.
static DISGRACED: Lexicon = Lexicon::new("humanity mankind human species family parents society");

/// What `you people` are said to do or be: `ruining this country`, `the problem`.
static RUINING: Lexicon = Lexicon::new(
    "ruining ruin ruined destroying destroy destroyed disgust disgusting sicken pathetic \
     problem cancer scum stain",
);

/// Words a reader is dismissed with, by themselves at a clause's end or start: `keep
/// crying, snowflake`, `ok boomer`.
static DISMISSED: Lexicon = Lexicon::new(
    "snowflake snowflakes boomer boomers troglodyte troglodytes sheeple muppet muppets \
     cuck cucks simp simps npc npcs shill shills bootlicker bootlickers karen incel incels \
     neckbeard neckbeards gammon",
);

/// Names to call a reader that the classifier's training comments hardly hold (it allowed
/// "You halfwit." and "You utter cretin."): British and old-fashioned ones above all.
static NAMES: Lexicon = Lexicon::new(
    "halfwit halfwits nitwit nitwits dimwit dimwits cretin cretins cretinous numpty numpties mong \
     mongs \
     pillock pillocks plonker plonkers nincompoop nincompoops ignoramus ignoramuses simpleton \
     simpletons dullard dullards dolt dolts oaf oafs twit twits prat prats berk berks tosser \
     tossers dunce dunces knobhead knobheads bellend bellends gobshite gobshites dipshit \
     dipshits wazzock wazzocks numbskull numbskulls bonehead boneheads blockhead blockheads \
     airhead airheads meathead meatheads halfwitted dimwitted peasant peasants parasite \
     parasites leech leeches hag hags wanker wankers jackass jackasses tard tards pedo pedos \
     fatass fatasses dumbass dumbasses dipstick dipsticks nonce nonces scumbag scumbags \
     arsehole arseholes douchebag douchebags douche douches lowlife lowlifes pervert perverts \
     bimbo bimbos skank skanks grifter grifters charlatan charlatans buffoon buffoons \
     degenerate degenerates sellout sellouts bastard bastards hillbilly hillbillies redneck lapdog \
     rednecks fatso fatsos yokel yokels melon melons",
);

/// The same in Russian: names the classifier's Russian comments hardly hold (it allowed
/// "Ты вообще читать умеешь, бестолочь?" at 0.24), as normalization leaves them (`ё` as
/// `е`).
static NAMES_RU: Lexicon = Lexicon::new(
    "бестолочь олух остолоп балбес недоумок дуболом тупица кретин недоносок ушлепок выродок \
     имбецил недочеловек неудачник неудачница курица подстилка пустышка бездарность бездарь \
     червяк червь",
);

/// The same in Turkish, as normalization reads them (`öküz` as `okuz`): called where they stand
/// alone (`haberi bir daha oku, ahmak`) or after `sen` ("you").
static NAMES_TR: Lexicon = Lexicon::new(
    "ahmak haysiyetsiz namussuz pislik okuz kopek hayvan alcak hiyar kansiz soysuz surtuk kaltak \
     mankafa bozuntusu musveddesi",
);

/// Turkish names with the ending of "you are" (`mankafasın`, "you're a blockhead"): called
/// wherever they close their phrase.
static NAMES_TR_YOU: Lexicon = Lexicon::new(
    "hayvansin kopeksin mankafasin salaksin aptalsin gerizekalisin ahmaksin pisliksin solucansin \
     serefsizsin koyunsun eseksin okuzsun",
);

/// The superlatives of [`Clause::dumbest_alive`].
static DUMBEST: Lexicon = Lexicon::new("dumbest stupidest ugliest thickest dimmest");

/// What the paper's people are called as a blight on their trade: `this journalist is a cancer
/// on the profession`.
static BLIGHTS: Lexicon = Lexicon::new("cancer plague tumour tumor");

/// Things the reader is said to be less bright than: `I've met smarter fence posts`.
static DIM_THINGS: Lexicon = Lexicon::new("posts rocks bricks potatoes planks doorknobs doorstops");

/// Who the reader's writing is said to be by: `written by a drunk monkey`.
static WRITERS_MOCKED: Lexicon =
    Lexicon::new("monkey chimp chimpanzee baboon toddler hamster goldfish parrot");

/// Those a writer's job is said to be got from by sex: `slept with the editor`.
static BOSSES: Lexicon =
    Lexicon::new("editor boss producer publisher owner director manager minister");

/// Whom the reader would sell out, in `you'd sell out your own grandmother for a byline`.
const SOLD_KIN: &[&str] = &[
    "grandmother",
    "granny",
    "gran",
    "nan",
    "mother",
    "mum",
    "mom",
];

/// Vermin a person is said to be a kind of: `a cockroach of a human being`.
static VERMIN_OF: Lexicon =
    Lexicon::new("cockroach rat worm maggot slug snake weasel toad leech louse parasite");

/// Names that are verbs too: called only where the phrase ends after them (`you prick!`, not
/// `if you prick us`, `did you prick your finger`; `you absolute clown, ...`, `you hack`,
/// not `do you clown around at work`).
static VERB_NAMES: Lexicon = Lexicon::new("prick pricks clown clowns hack hacks");

/// Animals a reader is called: only after `you` where the phrase ends (`you little rat`,
/// `you're a brainless sheep, baa`; not `did you rat on him`, `are you a sheep farmer`, `we
/// keep goats, sheep`), or after words of scorn that open the clause (`ugly cow, ...`).
static ANIMAL_NAMES: Lexicon = Lexicon::new(
    "rat rats sheep cow cows pig pigs worm worms slug slugs toad toads donkey donkeys rodent \
     rodents prune prunes корова \
     свинья овца коза \
     козел",
);

/// Names that are other words too, or the words of political criticism `rules/office.rs`
/// leaves unread when said of an office: called only after `you` where the phrase ends
/// (`get a life, you loser`, `you utter coward!`; not `the minister, a coward, ...`, `you
/// snake through the traffic`). An accusation is no name: `you are a liar`, `I hope you're
/// a troll`, `you fraud` are left to the classifier (ParaDetox's civil rewrites keep them).
static NAMES_AT_THE_READER: Lexicon = Lexicon::new(
    "git gits knob knobs weasel weasels snake snakes creep creeps slag slags scab scabs \
     coward cowards loser losers freak freaks goon goons thug thugs bugger buggers swine \
     traitor traitors zombie zombies embarrassment toddler lump brat brats gasbag windbag \
     blowhard harpy harpies tart tarts stain joke",
);

/// What a woman is called in `get back to making coffee, sweetheart`.
static PET_NAMES: Lexicon =
    Lexicon::new("sweetheart sweetie darling honey luv missy toots babe sweetcheeks");

/// What a reader is mocked as their parents' pride: `your mum must be so proud of her little
/// failure`.
static FAILURES: Lexicon = Lexicon::new("failure disappointment loser mistake embarrassment");

/// Words of scorn that make an animal's name an insult where they open a clause with it.
static SCORN: Lexicon = Lexicon::new(
    "ugly fat stupid dumb filthy dirty lying miserable pathetic smug brainless silly useless \
     worthless disgusting greedy old slimy sniveling snivelling spineless little mouthy \
     жирная жирный тупая тупой старая мерзкая",
);

/// What nobody does to the reader, in Russian and Turkish (`никто тебя не любит`, `kimse
/// seni sevmiyor`).
static NOBODY_DOES_RU: Lexicon = Lexicon::new("любит уважает ждет слушает полюбит");
static NOBODY_DOES_TR: Lexicon =
    Lexicon::new("sevmiyor sevmez sevmeyecek istemiyor umursamiyor saymiyor dinlemiyor");

/// Dropped as a child, or better aborted: `тебя мама роняла`, `тебя не абортировали`.
static DROPPED_RU: Lexicon =
    Lexicon::new("роняла роняли уронила уронили абортировали абортировать");

/// Dropped on the head: `annen seni kafanın üstüne mi düşürdü?`.
static DROPPED_TR: Lexicon = Lexicon::new("dusurdu dusurmus");

/// Words that say by themselves who is worth nothing: `keşke hiç doğmasaydın` ("if only you
/// had never been born"). (`ничтожество`, "a nobody", only when said to the reader.)
static NEVER_BORN: Lexicon = Lexicon::new("dogmasaydin dogmasaydiniz");

/// The words the Russian and Turkish insults start at.
static RU_TR_CUES: LazyLock<Vocabulary> = LazyLock::new(|| ru_tr_cues().collect());

fn ru_tr_cues() -> impl Iterator<Item = &'static str> {
    RU_TR_STARTS.iter()
}

/// The words the Russian and Turkish insults start at, as [`Needs`].
static RU_TR_STARTS: Needs = Needs {
    lexicons: &[
        &DROPPED_RU,
        &DROPPED_TR,
        &NEVER_BORN,
        &BREED_RU,
        &ASYLUM_RU_TR,
        &BLIGHT_OF_TR,
    ],
    words: &[
        "ничтожество",
        "недоразумение",
        "пустое",
        "dogurduguna",
        "никто",
        "ноль",
        "kimse",
        "hicsin",
        "bogmaliydilar",
        "bogmaliydi",
        "dogurmasaydi",
        "аборт",
        "kazinmali",
        "стыдно",
        "тупее",
        "рождался",
        "рождалась",
        "родился",
        "родилась",
    ],
};

/// What a reader is the human equivalent of (`a wet fart`, `a migraine`).
static NUISANCES: Lexicon = Lexicon::new(
    "fart farts migraine headache rash haemorrhoid hemorrhoid haemorrhoids hemorrhoids \
     toothache wart boil stain turd cold sore splinter skid verruca parking",
);

/// Where the reader belongs, in Russian and Turkish: `место в психушке`, `yeri tımarhane`.
static ASYLUM_RU_TR: Lexicon = Lexicon::new(
    "психушке дурке дурдоме психушку дурку дурдом помойке свалке timarhane timarhanedir \
     timarhanede kodes",
);

/// What people like the reader should not do, in Russian: `такие как ты не должны
/// размножаться` ("people like you should not breed").
static BREED_RU: Lexicon = Lexicon::new("размножаться плодиться рожать");

/// What no criticism calls anyone: `subhuman`, `scum`, `whore`.
static VILE: Lexicon = Lexicon::new(
    "subhuman subhumans untermensch vermin scum filth whore whores slut sluts skank skanks \
     cockroach cockroaches",
);

/// What a person does like one of the [`VILE`]: `she writes like a whore`.
static LIKENED_BY: Lexicon = Lexicon::new(
    "writes write talks talk looks look acts act dresses dress behaves behave sounds sound",
);

/// Crimes no criticism charges anyone with, said of the reader or the paper's people: `your
/// editor is a paedophile`.
static ACCUSED: Lexicon = Lexicon::new("paedophile pedophile paedo pedo nonce");

/// What may stand between a copula and [`VILE`]: `is nothing but filthy scum`.
static BEFORE_VILE: Lexicon = Lexicon::new(
    "a an just nothing but total complete utter absolute fat dirty filthy cheap little such \
     worthless lying brainless pathetic useless stupid the kind sort type of bottom feeding \
     blood sucking bloodsucking",
);

/// Scorn for a coward's kind, before an animal's name: `a spineless little worm`.
static SPINELESS: Lexicon = Lexicon::new("spineless slimy snivelling sniveling");

/// What a small mind is likened to: `your brain is a smooth pebble`.
static SMALL_HARD_THINGS: Lexicon =
    Lexicon::new("pebble pea peanut walnut raisin marble crouton grape");

/// Persons a reader is called a poor excuse for.
static HUMAN: Lexicon = Lexicon::new(
    "human man woman person journalist reporter writer columnist editor father mother parent \
     husband wife politician adult teacher doctor",
);

/// What a reader is said to be as much as a rock: `as dumb as you`.
static DUMB: Lexicon = Lexicon::new(
    "worthless useless dumb stupid thick ugly pathetic ignorant clueless dense braindead \
     brainless",
);

/// How a reader writes, argues or behaves, in `you write like a toddler`.
static MANNER: Lexicon = Lexicon::new(
    "write writes writing talk talks talking think thinks thinking argue argues arguing \
     sound sounds act acts acting behave behaves behaving reason reasons reasoning type \
     types typing spell spells spelling debate debates",
);

/// What a reader is said to write or behave like: `a toddler`, `a chimp`.
static CHILD: Lexicon = Lexicon::new(
    "toddler toddlers child kid baby infant monkey chimp chimpanzee baboon ape donkey caveman \
     neanderthal",
);

/// What a reader is said to look like or be: `you're so ugly`.
static UGLY: Lexicon = Lexicon::new("ugly hideous repulsive disgusting revolting vile gross");

/// Where a reader is said to belong: `in a mental hospital`.
static ASYLUM: Lexicon =
    Lexicon::new("asylum hospital ward zoo cage madhouse nuthouse institution");

/// What may stand between `you` and the name it is called: `you are an utter cretin`, `you
/// smug little prat`.
static BEFORE_A_NAME: Lexicon = Lexicon::new(
    "are were a an such absolute utter complete total bloody little ignorant stupid pathetic silly \
     old big fat ugly smug arrogant useless clueless blithering gormless lying sad miserable thick \
     all just illiterate uneducated brainless dirty filthy worthless spineless brain dead \
     braindead inbred vile overgrown snivelling sniveling talentless pompous self important \
     feral braying slimy gutless cowardly hideous bitter actual sanctimonious smarmy bloated \
     cheap nothing but simpering dried up \
     дешевая \
     дешевый \
     и же полный просто редкостный конченый настоящий жалкий жалкая жирная \
     жирный тупая тупой мерзкая bir tam",
);

/// Verbs that open an order, for `keep crying, snowflake`.
static ORDERS: Lexicon = Lexicon::new(
    "keep go get stay stop shut cry sit run enjoy try read learn grow calm relax move take \
     have bye",
);

impl Clause<'_> {
    /// The stock insult in this clause, as ((), first token, end token). Only a clause that
    /// holds a cue is read word by word.
    fn insult(&self, out: &mut Vec<((), usize, usize)>) {
        // Only the shapes with one of their words in the clause can match.
        let possible = self.tags(&SHAPE_WORDS);
        if possible == 0 {
            return;
        }
        // The possible shapes in their order, by their set bits (most clauses make few
        // possible).
        let shapes = || {
            let mut bits = possible;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    &SHAPES[bit].0
                })
            })
        };
        let found = (0..self.len()).find_map(|i| {
            shapes()
                .find_map(|shape| shape(self, i))
                .map(|end| (i, end))
        });
        if let Some((i, end)) = found {
            if !self.reported(i) && !self.reported_after(end) {
                out.push(((), i, end));
            }
        }
    }

    /// Whether the reader or a person is named in `range`.
    fn aimed_in(&self, range: Range<usize>) -> bool {
        self.any_in(range, &*PERSON)
    }

    /// `you have the IQ of a potato`, `his brain of a goldfish`.
    fn mind_of_a_thing(&self, i: usize) -> Option<usize> {
        (self.is(i, &MIND)
            && self.is(i + 1, &["of"])
            && self.is(i + 2, &["a", "an"])
            && self.aimed_in(i.saturating_sub(4)..i))
        .then(|| (i + 4).min(self.len()))
    }

    /// `you are a waste of oxygen`, `a waste of perfectly good air`; not said of a thing
    /// (`this policy is a waste of oxygen`).
    /// (And `you must have been the runt of a very sad litter`: the reader a litter's
    /// runt; not `the runt of the litter grew into the strongest pup`.)
    fn waste_of_oxygen(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["runt", "of"]) {
            let litter = self.first_in(i + 2..i + 7, &["litter"])?;
            return self
                .any_in(i.saturating_sub(5)..i, &["you"])
                .then_some(litter + 1);
        }
        if !self.seq(i, &["waste", "of"]) {
            return None;
        }
        let a_thing = self.any_in(0..i, &["this", "that", "the"]) && !self.aimed_in(0..i);
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
        self.is(k, &WASTED).then_some(k + 1)
    }

    /// `crawl back under your rock`, `climb back into whatever sewer spat you out`, `go back
    /// to your cave`, `go back to the zoo you escaped from`; not `go back to your seats`, `let's
    /// go back to the zoo next week`.
    fn back_under_your_rock(&self, i: usize) -> Option<usize> {
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
    fn let_out(&self, i: usize) -> Option<usize> {
        let kept = ["asylum", "zoo", "cage", "kennel"];
        if !self.is(i, &kept) || i < 6 {
            return None;
        }
        (self.seq(i - 6, &["who", "let", "you", "out", "of"]) && self.is(i - 1, &["the", "your"]))
            .then_some(i + 1)
    }

    /// `I bet you live in your mom's basement`.
    fn in_the_basement(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["live", "lives", "living"]) || !self.is(i + 1, &["in"]) {
            return None;
        }
        let basement = self.first_in(i + 2..i + 6, &["basement"])?;
        (self.any_in(i + 2..basement, &KIN) && self.aimed_in(i.saturating_sub(2)..i))
            .then_some(basement + 1)
    }

    /// `do the world a favour and disappear`; not `... and recycle your batteries`.
    fn favour_to_the_world(&self, i: usize) -> Option<usize> {
        // (And `do the world a kindness and stop breathing`.)
        if !self.is(i, &["favour", "favor", "kindness"]) || !self.is(i + 1, &["and"]) {
            return None;
        }
        let world = [
            &["world"][..],
            &["planet"],
            &["earth"],
            &["everyone"],
            &["humanity"],
            &["us", "all"],
        ];
        let world = world
            .iter()
            .any(|w| (i.saturating_sub(4)..i).any(|k| self.seq(k, w)));
        let leaves = self.is(i + 2, &LEAVING) || self.seq(i + 2, &["go", "away"]);
        // (`do us all a favour and walk into the sea`.)
        if world && self.seq(i + 2, &["walk", "into", "the", "sea"]) {
            return Some(i + 6);
        }
        (world && leaves).then(|| i + 3 + usize::from(self.is(i + 2, &["go"])))
    }

    /// `the world would throw a party if you vanished`, `... would celebrate the day you die`:
    /// the reader's end celebrated (not `the town would throw a party if the team won`).
    fn world_rejoices(&self, i: usize) -> Option<usize> {
        let after = if self.seq(i, &["throw", "a", "party"]) {
            i + 3
        } else if self.is(i, &["celebrate", "rejoice"]) {
            i + 1
        } else {
            return None;
        };
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
        (self.at(you) == "you" && self.is(you + 1, &GONE)).then_some(you + 2)
    }

    /// `the world would be a better place without you`, `... without vermin like you in it`,
    /// `... if you disappeared`, `... a cleaner place once they're all gone`; not `... without
    /// your kind of politics`, `... if you voted`, `... once the roadworks are gone`.
    fn better_place_without(&self, i: usize) -> Option<usize> {
        // (`the world would be cleaner without you and your friends in it`: no `place`.)
        if !self.is(i, &["better", "cleaner", "safer", "grow"]) {
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
            let gone = self.is(after + 2, &["died", "disappeared", "vanished"])
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

    /// `you'd look better with your mouth taped shut`, `someone should sew your mouth shut`;
    /// not `keep your mouth shut` (advice), `the parcel was taped shut`.
    fn mouth_taped_shut(&self, i: usize) -> Option<usize> {
        const SEALED: &[&str] = &[
            "taped", "sewn", "sewed", "stapled", "glued", "wired", "zipped",
        ];
        const SEAL: &[&str] = &["tape", "sew", "staple", "glue", "wire", "zip"];
        if self.seq(i, &["your", "mouth"]) && self.is(i + 2, SEALED) && self.at(i + 3) == "shut" {
            return Some(i + 4);
        }
        (self.is(i, SEAL) && self.seq(i + 1, &["your", "mouth", "shut"])).then_some(i + 4)
    }

    /// `she slept her way into that newsroom`, `... to the top`, `women like her only get
    /// promoted on their knees`: a woman's (or anyone's) place said to be bought with sex.
    fn slept_her_way(&self, i: usize) -> Option<usize> {
        let owner = ["her", "his", "their", "your", "ur"];
        // `bet she does private sessions for the editor after deadline, if you know what I
        // mean`: favours to a boss, hinted at (not `she does private sessions for clients,
        // if you need one`).
        if self.is(i, &["sessions", "favours", "favors", "overtime"]) {
            let for_boss = (i + 1..i + 3).find(|&k| self.is(k, &["for", "with"]))?;
            let boss = for_boss + 1 + usize::from(self.is(for_boss + 1, &["the", "her", "his"]));
            return (self.is(boss, &BOSSES)
                && self.any_in(0..i, &["she", "he"])
                && self.closes_with(boss + 1, HINTED))
            .then(|| self.len());
        }
        let slept = self.is(i, &["slept", "sleeps", "sleeping", "sleep"])
            && self.is(i + 1, &owner)
            && self.at(i + 2) == "way"
            && self.is(i + 3, &["into", "to", "up", "onto", "in"]);
        if slept {
            return Some(i + 4);
        }
        // `get on your knees where you belong, darling`: the reader's place said to be there.
        if self.at(i) == "knees"
            && i >= 2
            && self.seq(i - 2, &["on", "your"])
            && self.seq(i + 1, &["where", "you", "belong"])
        {
            return Some(i + 4);
        }
        // A promotion or a job got on one's knees, or said to be how it was got (`great on
        // her knees, that's how she got promoted`); not `after the promotion she fell on her
        // knees and thanked the team`.
        if self.at(i) != "knees" || i < 2 || self.at(i - 2) != "on" || !self.is(i - 1, &owner) {
            return None;
        }
        let got = ["promoted", "promotion", "hired", "job", "column"];
        let how = (i + 1..(i + 5).min(self.len())).find(|&k| self.is(k, &["how", "why"]));
        let got_so = how.is_some_and(|k| self.any_in(k + 1..k + 4, &got));
        // (`she only got the job because she was on her knees for the editor`; not `the
        // minister was on his knees for the bankers`.)
        let boss = i + 2 + usize::from(self.is(i + 2, &["the", "her", "his"]));
        let for_boss = self.at(i + 1) == "for" && self.is(boss, &BOSSES);
        let got_for_boss = for_boss && self.any_in(0..i, &got);
        (i >= 3 && self.is(i - 3, &got) || got_so || got_for_boss).then_some(if got_for_boss {
            boss + 1
        } else {
            i + 1
        })
    }

    /// `this columnist is a walking abortion`; not `a walking encyclopedia`.
    fn walking_abortion(&self, i: usize) -> Option<usize> {
        let named = self.at(i) == "walking" && self.is(i + 1, &["abortion", "std"]);
        (named && i >= 2 && self.at(i - 1) == "a" && self.aimed_in(0..i - 1)).then_some(i + 2)
    }

    /// `you are the human equivalent of a wet fart`, `... the journalistic equivalent of a skid
    /// mark`; not `... of sunshine`.
    fn human_equivalent(&self, i: usize) -> Option<usize> {
        let kinds = ["human", "journalistic", "literary", "intellectual", "moral"];
        // (`you're the human version of a participation trophy`.)
        let likeness = self.is(i + 1, &["equivalent", "version"]) && self.at(i + 2) == "of";
        if !self.is(i, &kinds) || !likeness || !self.aimed_in(0..i) {
            return None;
        }
        if let Some(thing) = (i + 3..(i + 7).min(self.len())).find(|&k| self.is(k, &NUISANCES)) {
            return Some(thing + 1);
        }
        // `you're the human equivalent of a participation trophy`.
        if self.seq(i + 4, &["participation", "trophy"]) {
            return Some(i + 6);
        }
        // `... of a participation trophy, useless and embarrassing`: the likeness spelt out.
        let spelt = (i + 4..(i + 10).min(self.len())).find(|&k| {
            self.phrase_ends_before(k)
                && self.is(k, &["useless", "pointless", "worthless", "embarrassing"])
        })?;
        Some(spelt + 1)
    }

    /// `you make a turd look intelligent`, `... a rock look clever`: the reader below the
    /// dimmest of things (not `this lighting makes a turd look appetising`, said of no one).
    fn makes_look_clever(&self, i: usize) -> Option<usize> {
        let clever = ["intelligent", "clever", "smart", "bright", "wise"];
        if self.at(i) != "look" || !self.is(i + 1, &clever) || i < 3 {
            return None;
        }
        let thing = i - 1;
        let made = self.is(thing, &NUISANCES)
            || self.is(thing, &DIM_THINGS)
            || self.is(thing, &["rock", "brick", "potato", "plank"]);
        (made && self.is(thing - 1, &["a", "an"]) && self.seq(thing - 3, &["you", "make"]))
            .then_some(i + 2)
    }

    /// `you dress like a hooker`, `you look like a cheap whore` (not `she dressed like a
    /// hooker for the film role`).
    fn dressed_like(&self, i: usize) -> Option<usize> {
        let hooker = ["hooker", "prostitute", "whore", "streetwalker"];
        if !self.is(i, &hooker) || i < 4 {
            return None;
        }
        let cheap = usize::from(self.is(i - 1, &["cheap", "common", "street"]));
        let like = i - 2 - cheap;
        // (To the clause's end: `... for someone who claims to be a journalist` is no report.)
        (self.seq(like, &["like", "a"])
            && self.is(like - 1, &["dress", "look", "dresses", "looks"])
            && self.is(like - 2, &["you", "u"]))
        .then(|| self.len())
    }

    /// `you're as useful as a chocolate teapot`, `... and twice as thick` (not `this policy is
    /// as useful as a chocolate teapot`: said of a thing).
    fn useless_as(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["chocolate", "teapot"]) || i < 4 {
            return None;
        }
        let as_useful = self.seq(i - 4, &["as", "useful", "as", "a"])
            || self.seq(i - 4, &["about", "as", "useful", "as"]);
        (as_useful && self.any_in(i.saturating_sub(7)..i - 3, &["you"])).then_some(i + 2)
    }

    /// `you'd sell out your own grandmother for a byline`: said to the reader (`he'd sell his
    /// own grandmother for a vote` is heated criticism of a public figure).
    fn sold_your_own_grandmother(&self, i: usize) -> Option<usize> {
        if !self.is(i, SOLD_KIN) || i < 4 || !self.seq(i - 2, &["your", "own"]) {
            return None;
        }
        let sell = i - 3 - usize::from(self.at(i - 3) == "out");
        (self.is(sell, &["sell", "sold"])
            && self.any_in(sell.saturating_sub(3)..sell, &["you"])
            && self.at(i + 1) == "for")
            .then_some(i + 1)
    }

    /// `your mother should have kept her legs closed`: the reader's birth regretted.
    fn legs_closed(&self, i: usize) -> Option<usize> {
        let kept = self.seq(i, &["kept", "her", "legs"])
            && self.is(i + 3, &["closed", "shut", "crossed"])
            && self.any_in(
                i.saturating_sub(5)..i,
                &["mother", "mom", "mum", "mommy", "mummy"],
            )
            && self.any_in(i.saturating_sub(6)..i, &["your", "ur", "his", "her"]);
        kept.then_some(i + 4)
    }

    /// `you're not even worth the bullet`, `he isn't worth the rope to hang him`.
    fn not_worth_a_bullet(&self, i: usize) -> Option<usize> {
        if self.at(i) != "worth" || !self.any_in(i.saturating_sub(3)..i, &["not"]) {
            return None;
        }
        let spent = i + 1 + usize::from(self.is(i + 1, &["a", "the", "one"]));
        let killed = self.is(
            spent,
            &["bullet", "bullets", "rope", "ammo", "ammunition", "noose"],
        );
        (killed && self.aimed_in(i.saturating_sub(5)..i)).then_some(spent + 1)
    }

    /// `whoever raised you should be in prison`, `... ashamed`; not `... should be proud`.
    fn raised_you(&self, i: usize) -> Option<usize> {
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
    fn proud_of_a_failure(&self, i: usize) -> Option<usize> {
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

    /// `somebody get this woman a muzzle`, `put a muzzle on him`: a person muzzled like a
    /// dog; not `the dog needs a muzzle on the bus`.
    fn muzzled(&self, i: usize) -> Option<usize> {
        if self.at(i) != "muzzle" {
            return None;
        }
        let near = i.saturating_sub(3)..(i + 3).min(self.len());
        let someone = self.any_in(near.clone(), &*PEOPLE)
            || self.any_in(near.clone(), &["her", "him", "you", "them", "girl"]);
        (someone && !self.any_in(near, &["dog", "dogs", "puppy"])).then_some(i + 1)
    }

    /// `your parents must be ashamed of you`; not `your parents are not ashamed of you`;
    /// `even your own mother regrets having you`.
    fn kin_ashamed(&self, i: usize) -> Option<usize> {
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
        if let Some(k) =
            disappointed.filter(|&k| k + 1 == self.len() || self.seq(k + 1, &["in", "you"]))
        {
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

    /// `your mother should have swallowed you`, `your dad should have pulled out`, `your parents
    /// must regret not using protection`.
    fn kin_should_have(&self, i: usize) -> Option<usize> {
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
        self.seq(have + 1, &["pulled", "out"]).then_some(have + 3)
    }

    /// `you're a walking advertisement for birth control`, `he is the best argument for
    /// contraception`; not `the campaign for birth control in the 1960s`, `your case for
    /// abortion`.
    /// (And `you are what happens when cousins marry`.)
    fn for_birth_control(&self, i: usize) -> Option<usize> {
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
        if self.seq(i, &["cousins", "marry"])
            && i >= 4
            && self.seq(i - 4, &["are", "what", "happens", "when"])
        {
            return self.aimed_in(i.saturating_sub(6)..i - 4).then_some(i + 2);
        }
        let end = if self.seq(i, &["for", "birth", "control"]) {
            i + 3
        } else if self.seq(i, &["for", "contraception"]) || self.seq(i, &["for", "abortion"]) {
            i + 2
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

    /// `did your mother drop you on your head?`, `were you dropped on your head`.
    fn dropped_on_the_head(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["drop", "dropped"]) {
            return None;
        }
        let head = self.first_in(i + 1..i + 5, &["head"])?;
        // (`you write like someone who was dropped on their head as a baby`: a likeness of the
        // reader's; not `the toddler was dropped on their head by a nurse`.)
        let whose = self.is(head - 1, &["your", "his", "her"])
            || self.at(head - 1) == "their"
                && self.seq(head + 1, &["as", "a"])
                && self.aimed_in(0..i);
        (whose && self.at(head - 2) == "on").then_some(head + 1)
    }

    /// `nobody would miss you`, `no one asked you`, `nobody cares about your opinion`; not
    /// `nobody cares about your aunt`.
    fn nobody_cares(&self, i: usize) -> Option<usize> {
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
        if !self.is(k, &["cares", "care"]) || !self.is(k + 1, &["about"]) {
            return None;
        }
        if self.is(k + 2, &["you", "u"]) {
            return Some(k + 3);
        }
        (self.is(k + 2, &["your", "ur"]) && self.is(k + 3, &SAID)).then_some(k + 4)
    }

    /// `your face could curdle milk`, `a face that could stop a clock`.
    /// (And `you've got a face like a bulldog chewing a wasp`, the stock likenesses.)
    fn face_that_stops_clocks(&self, i: usize) -> Option<usize> {
        let likened = [
            "bulldog", "slapped", "smacked", "dropped", "bag", "melted", "wet",
        ];
        if self.seq(i, &["face", "like", "a"]) && self.is(i + 3, &likened) {
            return self.aimed_in(0..i).then(|| (i + 5).min(self.len()));
        }
        // `your face is a crime against humanity`.
        if self.seq(i, &["face", "is", "a", "crime"]) && self.is(i.wrapping_sub(1), &["your", "ur"])
        {
            return Some(i + 4);
        }
        // `your face could make an onion cry` (not `onions make me cry`).
        if self.seq(i, &["face", "could", "make", "an", "onion", "cry"])
            && self.is(i.wrapping_sub(1), &["your", "ur"])
        {
            return Some(i + 6);
        }
        // `shame about your face though, it could curdle milk`: the face, then `it` (not `your
        // face cream, it could curdle in this heat`: the face closes its phrase).
        if self.at(i) == "face" && self.is(i.wrapping_sub(1), &["your", "ur"]) {
            let k = i + 1 + usize::from(self.is(i + 1, &["though", "tho", "however", "sadly"]));
            if self.phrase_ends_before(k)
                && self.at(k) == "it"
                && self.is(k + 1, &["could", "would"])
                && self.is(k + 2, &FACE_DOES)
            {
                return Some((k + 4).min(self.len()));
            }
        }
        if !self.is(i, &["face"]) || !self.is(i + 1, &["could", "would", "can", "that"]) {
            return None;
        }
        let k = i + 2 + usize::from(self.is(i + 2, &["could", "would", "can"]));
        (self.is(k, &FACE_DOES)
            && self.any_in(i.saturating_sub(3)..i, &["your", "ur", "his", "her", "a"]))
        .then(|| (k + 3).min(self.len()))
    }

    /// `you're the reason shampoo has instructions`, `you are the reason your mother drinks`.
    fn reason_for_labels(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["the", "reason"]) || i < 2 || !self.seq(i - 2, &["you", "are"]) {
            return None;
        }
        // `you are the reason your mother drinks`.
        if self.is(i + 2, &["your", "ur"]) && self.is(i + 3, &KIN) {
            let drinks = [
                "drinks", "drank", "cries", "cried", "weeps", "wept", "drink", "cry",
            ];
            return self.is(i + 4, &drinks).then_some(i + 5);
        }
        // (`you're the reason aliens won't talk to us`.)
        if self.at(i + 2) == "aliens" && self.any_in(i + 3..i + 6, &["talk", "visit", "contact"]) {
            return Some((i + 7).min(self.len()));
        }
        let labels = self.first_in(i + 2..i + 9, &["instructions", "labels", "label"])?;
        Some(labels + 1)
    }

    /// A brain denied: `anyone who supports this is brain dead` (not `the patient is brain
    /// dead`), `you sound like a brainless parrot`, `your brain must be the size of a pea`.
    fn brainless(&self, i: usize) -> Option<usize> {
        // `your brain must be the size of a pea`; not `the tumour was the size of a pea`.
        if self.at(i) == "brain" && self.is(i.wrapping_sub(1), &["your", "ur", "his", "her"]) {
            // `your brain is a wasted organ, donate it to science`.
            if self.seq(i + 1, &["is", "a", "wasted"]) {
                return Some((i + 5).min(self.len()));
            }
            // `your brain is a smooth pebble rattling around an empty bucket`: a small hard
            // thing for a brain (not `your brain is a muscle, train it`).
            if self.seq(i + 1, &["is", "a"]) {
                let thing = (i + 3..i + 5).find(|&k| self.is(k, &SMALL_HARD_THINGS));
                if let Some(k) = thing {
                    return Some(k + 1);
                }
            }
            // `your brain cells are lonely`, `... have never met`.
            if self.at(i + 1) == "cells"
                && (self.seq(i + 2, &["are", "lonely"])
                    || self.seq(i + 2, &["have", "never", "met"]))
            {
                return Some(i + 4 + usize::from(self.at(i + 2) == "have"));
            }
            let size = (i + 1..i + 5).find(|&k| self.seq(k, &["size", "of", "a"]));
            if let Some(k) =
                size.filter(|&k| self.is(k + 3, &["pea", "peanut", "walnut", "raisin"]))
            {
                return Some(k + 4);
            }
        }
        // `you've got a face for radio and a brain for nothing` (not `she has a brain for
        // numbers`).
        if self.seq(i, &["brain", "for", "nothing"])
            && self.at(i.wrapping_sub(1)) == "a"
            && self.aimed_in(i.saturating_sub(10)..i)
        {
            return Some(i + 3);
        }
        let end = if self.seq(i, &["brain", "dead"]) {
            i + 2
        } else if self.is(i, &["braindead", "brainless"]) {
            i + 1
        } else {
            return None;
        };
        // `you braindead sheep`.
        let before = i.checked_sub(1)?;
        if self.at(before) == "you" {
            return Some(end);
        }
        // `you're a braindead sheep`, `... so brain dead`.
        let degree = ["a", "an", "so", "totally", "completely", "utterly"];
        let copula = if self.is(before, &degree) {
            before.checked_sub(1)?
        } else {
            before
        };
        // `you sound like a brainless parrot`.
        let likened = self.at(copula) == "like" && self.is(copula.wrapping_sub(1), &LIKENED_BY);
        if !self.is(copula, &["is", "are", "be"]) && !likened {
            return None;
        }
        (self.any_in(0..copula, &WHO) || self.aimed_in(0..copula)).then_some(end)
    }

    /// `you're a disgrace to humanity`; not `this ruling is a disgrace to the courts`.
    fn disgrace_to_humanity(&self, i: usize) -> Option<usize> {
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

    /// `people like you should not be allowed to vote`, `... don't deserve to breathe`; not
    /// `... should be in charge`.
    fn people_like_you(&self, i: usize) -> Option<usize> {
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
        if !self.is(i + 3, &["should", "must"]) {
            return None;
        }
        DENIED_YOU
            .iter()
            .find(|denied| self.seq(i + 4, denied))
            .map(|denied| i + 4 + denied.len())
    }

    /// `you people are ruining this country`; not `thank you people for coming`.
    fn you_people(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["you", "people"]) || i > 0 && self.is(i - 1, &["thank"]) {
            return None;
        }
        Some(self.first_in(i + 2..i + 5, &RUINING)? + 1)
    }

    /// `keep crying, snowflake`, `nobody cares, boomer`, `ok boomer`: a word of dismissal
    /// closing a clause said to the reader, or opening one.
    fn dismissed(&self, i: usize) -> Option<usize> {
        if !self.is(i, &DISMISSED) {
            return None;
        }
        let len = self.len();
        let said_to = self.aimed_in(0..len) || self.is(0, &ORDERS);
        let ok = i == 1 && self.is(0, &["ok", "okay"]);
        (ok || (i + 1 == len || i == 0) && len > 1 && said_to).then_some(i + 1)
    }

    /// `get back in the kitchen, sweetheart`, `go make me a sandwich`: an order that opens its
    /// clause, or that tells the reader where they belong; not `I went back to the kitchen for
    /// the salt`.
    fn to_the_kitchen(&self, i: usize) -> Option<usize> {
        // `senin yerin mutfak` ("your place is the kitchen").
        if self.seq(i, &["senin", "yerin"]) && self.is(i + 2, &["mutfak", "mutfaktir"]) {
            return Some(i + 3);
        }
        // `stick to making sandwiches, darling, leave the politics to men`: told to keep to
        // serving, by a pet name or with the world left to men (not `stick to making
        // sandwiches if the oven is broken`).
        let served = ["sandwiches", "coffee", "tea", "dinner"];
        if self.seq(i, &["stick", "to", "making"]) && self.is(i + 3, &served) {
            let told = self.any_in(i + 4..self.len(), &PET_NAMES)
                || self.any_in(i + 4..self.len(), &["men"]);
            return told.then_some(i + 4);
        }
        // `learn your place, little girl`: a woman told to keep to it.
        if self.is(i, &["learn", "know"]) && self.seq(i + 1, &["your", "place"]) {
            let told = self.any_in(i + 3..self.len(), &PET_NAMES)
                || self.any_in(i + 3..self.len(), &["girl", "woman", "love", "dear"]);
            return told.then_some(i + 3);
        }
        // `the only thing you're qualified to do is clean toilets`.
        if self.seq(i, &["only", "thing", "you", "are"])
            && self.is(i + 4, &["qualified", "fit", "good"])
        {
            let is = self.first_in(i + 5..i + 9, &["is"])?;
            let chores = [
                "clean",
                "cleaning",
                "scrub",
                "scrubbing",
                "flip",
                "flipping",
            ];
            let menial = ["toilets", "floors", "burgers"];
            return (self.is(is + 1, &chores) && self.is(is + 2, &menial)).then_some(is + 3);
        }
        let opener =
            |k: usize| self.is(k, &["now", "just", "so", "and", "go", "get", "shut", "up"]);
        if let Some(end) = self.back_to_serving(i, opener) {
            return Some(end);
        }
        let back = self.is(i, &["get", "go"])
            && self.is(i + 1, &["back"])
            && self.is(i + 2, &["in", "to", "into"])
            && self.seq(i + 3, &["the", "kitchen"]);
        // `nice article, sweetheart, now get back in the kitchen where you belong`: wherever
        // the order stands, the reader told where they belong.
        if back && self.seq(i + 5, &["where", "you", "belong"]) {
            return Some(i + 8);
        }
        if !(0..i).all(opener) {
            return None;
        }
        // (Not asked kindly: `make me a sandwich while you're up, love, thanks`.)
        let kindly = self.any_in(i + 4..self.len(), &["while", "please", "thanks", "thank"]);
        if self.seq(i, &["make", "me", "a", "sandwich"]) && !kindly {
            return Some(i + 4);
        }
        // The kitchen where the order ends (`..., love`), not its drawer; not the order asked
        // back (`Get back in the kitchen? My husband cooks better than me`).
        (back
            && !self.asked
            && (self.phrase_ends_before(i + 5) || self.is(i + 5, &["where", "and"])))
        .then_some(i + 5)
    }

    /// `nice article, sweetheart, now get back to making coffee`: the order opens its phrase,
    /// and the clause calls the reader by a pet name (not `get back to making coffee, the
    /// break is over`).
    fn back_to_serving(&self, i: usize, opener: impl Fn(usize) -> bool) -> Option<usize> {
        if !self.is(i, &["get", "go"]) || !self.seq(i + 1, &["back", "to", "making"]) {
            return None;
        }
        let phrase = (0..=i).rev().find(|&k| self.phrase_ends_before(k))?;
        let made = i + 4 + usize::from(self.is(i + 4, &["the", "some", "us", "me"]));
        let served = self.is(made, &["coffee", "tea", "sandwiches", "sandwich", "dinner"]);
        let pet = self.any_in(0..self.len(), &PET_NAMES);
        ((phrase..i).all(opener) && served && pet).then_some(made + 1)
    }

    /// `ugly women nobody wanted to marry`, `you're the kind of girl no one would date`:
    /// people called unwanted (not `a house nobody wanted to buy`).
    fn nobody_wanted(&self, i: usize) -> Option<usize> {
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

    /// `shove your article where the sun doesn't shine`, `stick it where ...`: told to the
    /// reader (not `the sun doesn't shine much here in November`).
    fn where_the_sun_does_not_shine(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["shove", "stick", "put"]) {
            return None;
        }
        let sun = (i + 1..i + 5).find(|&k| self.seq(k, &["where", "the", "sun"]))?;
        let shines = sun + 3 + usize::from(self.is(sun + 3, &["does", "do"]));
        (self.at(shines) == "not" && self.is(shines + 1, &["shine", "shines"]))
            .then_some(shines + 2)
    }

    /// `you must be the dumbest person alive`, `you're the stupidest man on earth`, `... I have
    /// ever met`; not `the dumbest luck of my life`, nor said of no reader (`the stupidest
    /// person in the film is the hero`).
    fn dumbest_alive(&self, i: usize) -> Option<usize> {
        if !self.is(i, &DUMBEST) || i == 0 || self.at(i - 1) != "the" {
            return None;
        }
        let one = i + 1;
        let of_you = self.any_in(i.saturating_sub(5)..i, &["you"]);
        if !of_you || !self.is(one, &["person", "man", "woman", "human", "guy", "creature"]) {
            return None;
        }
        let alive = self.at(one + 1) == "alive"
            || self.seq(one + 1, &["on", "earth"])
            || self.seq(one + 1, &["on", "the", "planet"])
            || self.seq(one + 1, &["in", "the", "world"])
            || self.seq(one + 1, &["i", "have", "ever"])
            || self.seq(one + 1, &["i", "ever"]);
        alive.then_some(one + 2)
    }

    /// `your husband must be deaf, blind, or desperate`: only a defect would explain the
    /// reader's partner (not `your husband must be proud`).
    fn partner_must_be(&self, i: usize) -> Option<usize> {
        let partner = ["husband", "wife", "boyfriend", "girlfriend", "partner"];
        // `your husband must be a saint or deaf, probably both`.
        if self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["must", "be", "a", "saint", "or"])
        {
            let defect = self.first_in(i + 7..i + 9, &["blind", "deaf", "desperate", "mad"])?;
            return Some(defect + 1);
        }
        // `her husband should keep her on a shorter leash`.
        if self.is(i, &["her", "your"])
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["should", "keep"])
        {
            return self.first_in(i + 4..i + 9, &["leash"]).map(|k| k + 1);
        }
        // `I bet your husband cheats on you, and who could blame him`.
        let cheats = self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.is(i + 2, &["cheats", "cheated", "left", "dumped"]);
        if cheats {
            let blame = (i + 3..i + 12).find(|&k| {
                self.at(k) == "who"
                    && self.is(k + 1, &["could", "can"])
                    && self.at(k + 2) == "blame"
            })?;
            return Some((blame + 4).min(self.len()));
        }
        (self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["must", "be"])
            && self.is(i + 4, &["blind", "deaf", "desperate"]))
        .then_some(i + 5)
    }

    /// `if you were on fire I wouldn't piss on you to put it out`.
    fn not_even_to_put_you_out(&self, i: usize) -> Option<usize> {
        (self.seq(i, &["piss", "on", "you"]) && self.any_in(0..self.len(), &["fire"]))
            .then_some(i + 3)
    }

    /// `mongrels like you are the reason ...`.
    /// (And `whores like her are why journalism is dying`.)
    fn mongrels_like_you(&self, i: usize) -> Option<usize> {
        let names = ["mongrel", "mongrels", "whores", "sluts", "slags", "skanks"];
        (self.is(i, &names)
            && self.at(i + 1) == "like"
            && self.is(i + 2, &["you", "her", "him", "them"]))
        .then_some(i + 3)
    }

    /// `your spelling is as bad as your face`: the reader's looks made a byword of badness.
    fn as_bad_as_your_face(&self, i: usize) -> Option<usize> {
        (self.at(i) == "as"
            && self.is(i + 1, &["bad", "ugly", "awful", "terrible", "hideous"])
            && self.seq(i + 2, &["as", "your", "face"]))
        .then_some(i + 5)
    }

    /// `senin ananı bilmem ne yaparım` ("I'll do who knows what to your mother").
    fn your_mother_done_to(&self, i: usize) -> Option<usize> {
        (self.at(i) == "anani" && self.any_in(i + 1..i + 5, &["yaparim", "ederim"]))
            .then_some(i + 5)
    }

    /// `you look like the result of a failed science experiment` (not `this looks like ...`).
    fn failed_experiment(&self, i: usize) -> Option<usize> {
        if self.at(i) != "failed" || !(i.saturating_sub(8)..i).any(|k| self.likened_you(k)) {
            return None;
        }
        let experiment = self.first_in(i + 1..i + 3, &["experiment", "experiments", "abortion"])?;
        Some(experiment + 1)
    }

    /// Whether `you look like` (`you sound like`...) starts at `k`.
    fn likened_you(&self, k: usize) -> bool {
        self.at(k) == "you" && self.is(k + 1, &LIKENED_BY) && self.at(k + 2) == "like"
    }

    /// `your opinion is worth less than the dog shit on my shoe, and so are you`, `you are
    /// worth less than ...`: the reader priced below something (not `the pound is worth less
    /// than the euro`).
    fn worth_less_than(&self, i: usize) -> Option<usize> {
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
    fn excuse_for_a_person(&self, i: usize) -> Option<usize> {
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
    fn thrown_after(&self, i: usize) -> Option<usize> {
        let name = i + 1;
        let closes = name + 1 == self.len() && self.phrase_ends_before(i) && i > 1;
        let named = self.is(name, &VILE) || self.is(name, &["slag", "slags", "bitch", "cow"]);
        (closes && self.at(i) == "the" && named && self.any_in(0..i, &["she", "he", "her", "him"]))
            .then_some(name + 1)
    }

    /// `you're a cockroach of a human being`, `that rat of a columnist`: vermin or an
    /// animal made a person's kind (not `a bear of a man`, said in praise).
    fn vermin_of_a_person(&self, i: usize) -> Option<usize> {
        if !self.is(i, &VERMIN_OF) || self.at(i + 1) != "of" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let human = i + 3;
        (self.is(human, &HUMAN) && self.aimed_in(0..i))
            .then(|| human + 1 + usize::from(self.at(human + 1) == "being"))
    }

    /// `you're thick as two short planks`, said of a person (not of shelves).
    fn two_short_planks(&self, i: usize) -> Option<usize> {
        let thick = i + usize::from(self.at(i) == "as");
        (self.seq(thick, &["thick", "as", "two", "short", "planks"])
            && self.aimed_in(i.saturating_sub(3)..i))
        .then_some(thick + 5)
    }

    /// `I'd call you a tool, but tools are actually useful` (not `... a hero, but you'd only
    /// blush`): a name taken back as too good for the reader. (`but` opens the next clause.)
    fn worse_than_the_name(&self, i: usize) -> Option<usize> {
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

    /// `you're living proof that evolution can go backwards`, `you've got two brain cells`:
    /// a mind mocked by a stock phrase, said to or of someone.
    /// (And `you couldn't pour water out of a boot with instructions on the heel`; not `pour
    /// the water out of a boot after the hike`.)
    /// (And `your IQ must be lower than your shoe size`.)
    fn mind_mocked(&self, i: usize) -> Option<usize> {
        // `every time you open your mouth, the national IQ drops`, `... the average IQ in the
        // room drops`.
        let drops = ["drops", "falls", "plummets", "sinks", "dips"];
        if self.at(i) == "iq" && self.any_in(0..i, &["you"]) {
            let in_the_room = if self.seq(i + 1, &["in", "the"]) {
                4
            } else {
                1
            };
            if self.is(i + in_the_room, &drops) {
                return Some(i + in_the_room + 1);
            }
        }
        if self.at(i) == "iq" && i > 0 && self.is(i - 1, &["your", "his", "her"]) {
            // `your IQ must be in single digits`.
            if let Some(k) = (i + 1..i + 6).find(|&k| self.seq(k, &["single", "digits"])) {
                return Some(k + 2);
            }
            let lower = (i + 1..i + 4).find(|&k| self.is(k, &["lower", "less", "smaller"]))?;
            let than = lower + 1;
            let size =
                (than + 1..than + 5).find(|&k| self.is(k, &["size", "temperature", "age"]))?;
            return (self.at(than) == "than" && self.aimed_in(0..i)).then_some(size + 1);
        }
        let poured = i >= 3
            && self.seq(i, &["water", "out", "of", "a", "boot"])
            && self.at(i - 1) == "pour"
            && self.seq(i - 3, &["could", "not"]);
        if poured {
            return self.aimed_in(0..i - 3).then_some(i + 5);
        }
        // `if ignorance is bliss, you must be the happiest person alive`.
        if self.seq(i, &["ignorance", "is", "bliss"]) {
            let happiest =
                (i + 3..self.len()).find(|&k| self.seq(k, &["you", "must", "be", "the"]));
            if let Some(k) = happiest.filter(|&k| self.at(k + 4) == "happiest") {
                return Some(k + 5);
            }
        }
        // `even a goldfish has a longer attention span and more integrity than you` (not `a
        // goldfish has a longer memory than people think`).
        if self.is(i, &["goldfish", "hamster", "potato", "rock"])
            && self.is(i.wrapping_sub(1), &["a", "an"])
            && self.is(i + 1, &["has", "have"])
        {
            let than_you =
                (i + 2..(i + 12).min(self.len())).find(|&k| self.seq(k, &["than", "you"]));
            if let Some(k) =
                than_you.filter(|&k| self.any_in(i + 2..k, &["more", "longer", "better"]))
            {
                return Some(k + 2);
            }
        }
        // `you're proof that not everyone should be allowed to breed` (not `... that not
        // everyone should be allowed to vote`).
        if self.seq(i, &["proof", "that", "not", "everyone", "should"])
            && self.any_in(i.saturating_sub(3)..i, &["you", "are"])
        {
            let allowed = i
                + 5
                + if self.seq(i + 5, &["be", "allowed", "to"]) {
                    3
                } else {
                    0
                };
            if self.is(allowed, &["breed", "reproduce", "procreate"]) {
                return Some(allowed + 1);
            }
        }
        if self.at(i) == "evolution" && i >= 3 && self.seq(i - 3, &["living", "proof", "that"]) {
            return self.aimed_in(0..i - 3).then_some(i + 1);
        }
        let cells = self.is(i, &["one", "two"])
            && self.at(i + 1) == "brain"
            && self.is(i + 2, &["cell", "cells"]);
        (cells && self.aimed_in(i.saturating_sub(4)..i)).then_some(i + 3)
    }

    /// `even a monkey with a typewriter would write better than you`.
    fn writes_better_than_you(&self, i: usize) -> Option<usize> {
        if !self.is(i, &WRITERS_MOCKED) {
            return None;
        }
        // (`... would write a better column than you`.)
        let better = (i + 1..i + 8).find(|&k| {
            self.seq(k, &["better", "than", "you"])
                || self.at(k) == "better"
                    && self.is(k + 1, &["column", "article", "piece", "job", "story"])
                    && self.seq(k + 2, &["than", "you"])
        })?;
        let end = if self.at(better + 1) == "than" {
            better + 3
        } else {
            better + 4
        };
        self.any_in(i + 1..better, &["write", "writes", "could", "would"])
            .then_some(end)
    }

    /// `imagine being this dumb and still getting paid to write`.
    fn imagine_being_this(&self, i: usize) -> Option<usize> {
        (self.seq(i, &["imagine", "being"])
            && self.is(i + 2, &["this", "so"])
            && self.is(
                i + 3,
                &["dumb", "stupid", "thick", "ignorant", "dense", "clueless"],
            ))
        .then_some(i + 4)
    }

    /// `your article reads like it was written by a drunk monkey`: the reader's writing.
    fn written_by_an_animal(&self, i: usize) -> Option<usize> {
        if self.at(i) != "written" || self.at(i + 1) != "by" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let animal = i + 3 + usize::from(self.is(i + 3, &SCORN) || self.at(i + 3) == "drunk");
        (self.is(animal, &WRITERS_MOCKED) && self.any_in(0..i, &["your", "ur"]))
            .then_some(animal + 1)
    }

    /// `I've met smarter fence posts`: the reader less bright than a thing.
    fn smarter_things(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["met", "seen", "known"])
            || !self.is(i + 1, &["smarter", "brighter", "cleverer", "wiser"])
        {
            return None;
        }
        let thing = (i + 2..i + 4).find(|&k| self.is(k, &DIM_THINGS))?;
        // (`I've met smarter potatoes than you`.)
        let than_you = self.seq(thing + 1, &["than", "you"]);
        (thing + 1 == self.len() || than_you).then_some(thing + 1 + 2 * usize::from(than_you))
    }

    /// `you write like a drunk toddler`, `he argues like a child`; not `you write like a pro`,
    /// `my son writes like a child`, `she talks to him like a child`.
    fn like_a_child(&self, i: usize) -> Option<usize> {
        if !self.is(i, &MANNER) || self.at(i + 1) != "like" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let child = self.first_in(i + 3..i + 6, &CHILD)?;
        self.aimed_in(i.saturating_sub(3)..i).then_some(child + 1)
    }

    /// `you look like something the cat dragged in`; not `my jumper looks like ...`, `her old
    /// coat looks like ...`.
    fn what_the_cat_dragged_in(&self, i: usize) -> Option<usize> {
        let cat = self.seq(i, &["something", "the", "cat"])
            && self.is(i + 3, &["dragged", "brought", "threw", "coughed"]);
        // (Said of a person, not of `her old coat`.)
        let looks = i >= 3
            && self.at(i - 1) == "like"
            && self.is(i - 2, &["look", "looks", "smell", "smells"])
            && self.is(i - 3, &["you", "u", "she", "he", "they", "face"]);
        (cat && looks).then_some(i + 4)
    }

    /// `nobody would hire you if you weren't sleeping with the editor`, `she only got the job
    /// because she slept with the boss`; not `... sleeping with the light on`.
    fn slept_with_the_boss(&self, i: usize) -> Option<usize> {
        let slept = self.is(i, &["sleeping", "slept", "sleeps"])
            && self.at(i + 1) == "with"
            && self.is(i + 2, &["the", "your", "her", "his"])
            && self.is(i + 3, &BOSSES);
        let why = self.any_in(0..i, &["if", "because", "only"]) && self.aimed_in(0..i);
        (slept && why).then_some(i + 4)
    }

    /// `are you always this dense?`, `you're so clueless`, `how can you be this thick?`, `you're
    /// too ugly to have an opinion`; not
    /// `you are so thick-skinned`, `are you always this busy?`.
    fn so_dumb(&self, i: usize) -> Option<usize> {
        // `imagine being so thick you need a journalist to explain a pie chart`.
        if self.is(i, &DUMB) && i >= 3 && self.seq(i - 3, &["imagine", "being", "so"]) {
            return Some(i + 1);
        }
        // `you're nothing but a brainless puppet of the regime`, `you are a worthless hack`:
        // the reader called a dumb something (not `you're a useless cook, like me`: the
        // writer alike; `the dumb waiter`).
        if self.is(i, &DUMB) && i >= 3 && self.is(i - 1, &["a", "an"]) {
            let but = usize::from(i >= 5 && self.seq(i - 3, &["nothing", "but"]));
            let are = i - 2 - 2 * but;
            let you_are = self.at(are) == "are" && are >= 1 && self.is(are - 1, &["you", "u"]);
            let noun = i + 1;
            let alike = self.any_in(noun + 1..self.len(), &["me", "i", "us"]);
            if you_are && noun < self.len() && !self.phrase_ends_before(noun) && !alike {
                return Some(noun + 1);
            }
        }
        // `you're too ugly to have an opinion`, `you are too stupid to be a journalist`; not
        // `you're too modest`, `I'm too dumb to do my taxes`.
        if self.is(i, &DUMB)
            && i >= 3
            && self.at(i - 1) == "too"
            && self.is(i - 2, &["are", "were"])
            && self.is(i - 3, &["you", "u"])
            && self.at(i + 1) == "to"
        {
            return Some(i + 2);
        }
        let ends = i + 1 == self.len()
            || self.phrase_ends_before(i + 1)
            || self.is(i + 1, &["or", "today", "again", "lately"]);
        if !self.is(i, &DUMB) || !ends {
            return None;
        }
        let mut k = i;
        while k > 0
            && self.is(
                k - 1,
                &["so", "this", "that", "really", "always", "just", "truly"],
            )
        {
            k -= 1;
        }
        if k == i || k == 0 {
            return None;
        }
        // `you are so ...`, `are you always this ...`, `can you be this ...`.
        let you_are =
            k >= 2 && self.is(k - 1, &["are", "be", "were"]) && self.is(k - 2, &["you", "u"]);
        let are_you = k >= 2 && self.is(k - 1, &["you", "u"]) && self.is(k - 2, &["are", "were"]);
        (you_are || are_you).then_some(i + 1)
    }

    /// `if brains were dynamite you couldn't blow your nose`, `if brains were taxed, you'd get
    /// a rebate`.
    fn if_brains_were(&self, i: usize) -> Option<usize> {
        // `if ignorance were a sport, you'd have a cupboard full of gold medals`; not `if
        // patience were a sport, my grandmother would win`.
        let folly = ["ignorance", "stupidity", "idiocy", "ugliness"];
        if self.at(i) == "if" && self.is(i + 1, &folly) && self.is(i + 2, &["were", "was"]) {
            return self.any_in(i + 3..i + 9, &["you"]).then_some(self.len());
        }
        // Not `if brains were all it took, you'd have won`.
        let likened = !self.is(i + 3, &["all", "enough", "everything", "what", "the", "a"]);
        (self.seq(i, &["if", "brains", "were"]) && likened && self.aimed_in(i + 3..i + 9))
            .then_some(self.len())
    }

    /// `your opinion is as worthless as you are`, `you are as dumb as a rock`.
    fn as_dumb_as_you(&self, i: usize) -> Option<usize> {
        if self.at(i) != "as"
            || !self.is(i + 1, &DUMB)
            || self.at(i + 2) != "as"
            || i > 0 && self.at(i - 1) == "not"
        {
            return None;
        }
        // `as you are`, `as your mother`; not `as stupid as you think we are`.
        let you_are = self.at(i + 3) == "you"
            && (i + 4 == self.len() || self.is(i + 4, &["are", "were", "look", "sound"]));
        if you_are || self.at(i + 3) == "your" {
            return Some(i + 4);
        }
        let thing = i + 3 + usize::from(self.is(i + 3, &["a", "an"]));
        (self.is(
            thing,
            &[
                "rock", "rocks", "brick", "bricks", "post", "plank", "doorknob",
            ],
        ) && self.aimed_in(i.saturating_sub(4)..i))
        .then_some(thing + 1)
    }

    /// `nobody with a brain agrees with you`, `anyone with half a brain can see you are
    /// lying`: the reader told they have none.
    fn with_a_brain(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["nobody", "anyone", "anybody", "everyone", "one"])
            || self.at(i + 1) != "with"
        {
            return None;
        }
        let brain = self.first_in(i + 2..i + 5, &["brain", "brains", "iq"])?;
        self.any_in(brain + 1..self.len(), &["you", "your"])
            .then(|| self.len())
    }

    /// `you're so ugly it hurts`, `you are disgusting`, `you're so fat the chair complains`;
    /// not `the building is ugly`, `you are so fat-phobic`.
    fn ugly(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["you", "are"]) {
            return None;
        }
        // (`you're the kind of ugly that makes babies cry`.)
        let mut k = i + 2 + 3 * usize::from(self.seq(i + 2, &["the", "kind", "of"]));
        while self.is(
            k,
            &[
                "so",
                "really",
                "truly",
                "just",
                "such",
                "an",
                "a",
                "absolutely",
            ],
        ) {
            k += 1;
        }
        let fat = self.at(k) == "fat"
            && self.at(k - 1) == "so"
            && !self.is(k + 1, &["free", "shaming", "phobic"]);
        ((self.is(k, &UGLY) || fat) && !self.is(k + 1, &["to", "for"])).then_some(k + 1)
    }

    /// `the fat ugly presenter`, `that hideous woman`: a person's looks scorned before their
    /// name; not `an ugly building`, `the fat cat bankers`.
    fn ugly_person(&self, i: usize) -> Option<usize> {
        if !self.is(i, &UGLY) {
            return None;
        }
        let mut k = i + 1;
        while k < i + 3 && (self.is(k, &UGLY) || self.is(k, &["fat", "old"])) {
            k += 1;
        }
        (self.is(k, &*PEOPLE) || self.is(k, &["cow", "hag"])).then_some(k + 1)
    }

    /// `you belong in a mental hospital`, `people like you belong in a zoo`.
    fn belongs_in_an_asylum(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["you", "belong", "in"]) {
            return None;
        }
        let place = self.first_in(i + 3..i + 6, &ASYLUM)?;
        // A hospital that is a mental one: not `you belong in hospital, get well soon`.
        let mental = !self.is(place, &["hospital", "institution", "ward"])
            || self.is(place - 1, &["mental", "psychiatric", "psych"]);
        mental.then_some(place + 1)
    }

    /// `I wish you had never been born`, `your family should never have been born`, `they
    /// should have drowned you at birth`.
    fn never_born(&self, i: usize) -> Option<usize> {
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

    /// `the minister is subhuman scum`, `the reporter is a whore`, `he is vermin`: a person
    /// called what no criticism of an office or of work calls anyone; not `conditions in the
    /// camp are subhuman`.
    fn called_vile(&self, i: usize) -> Option<usize> {
        let person = self.is(i, &*PERSON) && !self.is(i, &["your", "his", "her", "ur"])
            || self.is(i, &OFFICE);
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
        let copula = self.first_in(i + 1..i + 3, &["is", "are", "was", "were"])?;
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
        let accused = self.is(k, &ACCUSED) && (self.is(i, &STAFF) || self.at(i) == "you");
        // `this columnist is a spineless little worm`: an animal, scorned, said of the paper's
        // people and ending its phrase (not `the editor is a keen sheep farmer`).
        let scorned = (copula + 1..k).any(|j| self.is(j, &SCORN) || self.is(j, &SPINELESS));
        let papers_animal = self.is(k, &ANIMAL_NAMES)
            && self.is(i, &STAFF)
            && scorned
            && (self.phrase_ends_before(k + 1) || self.is(k + 1, &["who", "that"]));
        (self.is(k, &VILE) || accused || papers_named || papers_animal).then_some(k + 1)
    }

    /// The same insults in Russian and Turkish: nobody loves the reader (`никто тебя не
    /// любит`, `kimse seni sevmiyor`), dropped as a child (`тебя мама в детстве роняла?`,
    /// `annen seni kafanın üstüne mi düşürdü?`), better aborted (`жаль, что тебя не
    /// абортировали`), never born (`keşke hiç doğmasaydın`), nothing (`sen bir hiçsin`).
    fn ru_tr(&self, i: usize) -> Option<usize> {
        // Each starts at one of its cues: most words are none.
        if !self.is(i, &*RU_TR_CUES) {
            return None;
        }
        let nobody = self.seq(i, &["никто", "тебя", "не"]) && self.is(i + 3, &NOBODY_DOES_RU)
            || self.seq(i, &["kimse", "seni"]) && self.is(i + 2, &NOBODY_DOES_TR);
        if nobody {
            return Some(i + 3 + usize::from(self.at(i) == "никто"));
        }
        let you_ru = || self.any_in(i.saturating_sub(4)..i + 4, &["тебя", "тебе", "вас"]);
        // `kafanın üstüne düşürdü`: on the reader's head.
        let on_your_head = || self.any_in(i.saturating_sub(4)..i, &["kafanin"]);
        // `sen bir hiçsin`, said to the reader (not a song's `... bi hiçsin bebeyim`).
        let to_you_tr = || self.any_in(i.saturating_sub(3)..i, &["sen"]);
        // `такие как ты не должны размножаться`.
        // `такие как ты` ("people like you"), `таким, как ты` (the same, in the dative).
        let like_you = (i.saturating_sub(6)..i).any(|k| {
            self.is(k, &["такие", "таким"])
                && self.at(k + 1) == "как"
                && self.is(k + 2, &["ты", "вы"])
        });
        let not_to = self.any_in(i.saturating_sub(3)..i, &["не"]);
        // `ты никто, и звать тебя никак` ("you are nobody, and your name is nothing"); `таким,
        // как ты, место в психушке`; `senin gibilerin yeri tımarhane`; `seni doğururken
        // boğmalıydılar` ("they should have strangled you at birth").
        // Opening its clause: not a saying's second half (`я начальник, ты никто`).
        // `ты ноль, пустое место` ("you're a zero, an empty space"); `ты пустое место`.
        let closes = |end: usize| self.phrase_ends_before(end) || self.at(end) == "и";
        let nobody_ru = i == 1
            && self.at(0) == "ты"
            && (self.is(i, &["никто", "ноль"]) && closes(i + 1)
                || self.seq(i, &["пустое", "место"]) && closes(i + 2));
        // `тебя надо в психушку сдать` ("you should be handed in to the madhouse").
        let sent_ru = || {
            self.at(i.wrapping_sub(1)) == "в"
                && you_ru()
                && self.any_in(i.saturating_sub(3)..i, &["надо", "нужно", "пора"])
        };
        let asylum = self.is(i, &ASYLUM_RU_TR)
            && ((self.seq(i.wrapping_sub(2), &["место", "в"])
                || self.seq(i.wrapping_sub(2), &["место", "на"]))
                && (you_ru() || like_you)
                || sent_ru()
                || self.is(i.wrapping_sub(1), &["yeri", "yerin"])
                    && self.any_in(i.saturating_sub(4)..i, &["senin", "sizin"]));
        let strangled = self.is(i, &["bogmaliydilar", "bogmaliydi", "dogurmasaydi"])
            && self.any_in(i.saturating_sub(3)..i, &["seni"]);
        // `annen seni doğurduğuna pişmandır` ("your mother regrets giving birth to you").
        let regretted = self.at(i) == "dogurduguna"
            && self.any_in(i.saturating_sub(3)..i, &["seni"])
            && self.any_in(i.saturating_sub(3)..i, &["annen", "anan"])
            && ["pisman", "pismandir", "pismandi", "pismanmis"].contains(&self.at(i + 1));
        // `лучше бы твоя мать сделала аборт` ("your mother had better had an abortion");
        // `senin gibi hainlerin kökü kazınmalı` ("the roots of traitors like you must be
        // scraped out").
        // `твоей матери должно быть стыдно, что родила такое` ("your mother should be ashamed
        // she gave birth to such a thing").
        // `лучше бы ты не рождался` ("you'd better not have been born").
        // `ты тупее пробки` ("you're thicker than a cork").
        let thicker = self.at(i) == "тупее" && self.at(i.wrapping_sub(1)) == "ты";
        let unborn = self.is(i, &["рождался", "рождалась", "родился", "родилась"])
            && self.at(i.wrapping_sub(1)) == "не"
            && self.any_in(i.saturating_sub(4)..i, &["лучше"])
            && self.any_in(i.saturating_sub(4)..i, &["ты"]);
        let ashamed = self.at(i) == "стыдно"
            && self.any_in(i.saturating_sub(5)..i, &["твоей", "твоим"])
            && self.any_in(i.saturating_sub(5)..i, &["матери", "маме", "родителям"])
            && self.any_in(i + 1..i + 4, &["родила", "родили", "вырастила"]);
        let aborted = self.at(i) == "аборт"
            && self.any_in(i.saturating_sub(5)..i, &["твоя", "твоей"])
            && self.any_in(i.saturating_sub(5)..i, &["мать", "мама", "мамаша"]);
        // `sen ve senin gibiler bu toprakların mikrobu` ("you and your like are this land's
        // germ").
        let germ = self.is(i, &BLIGHT_OF_TR)
            && (i.saturating_sub(6)..i).any(|k| self.seq(k, &["senin", "gibiler"]));
        let uprooted = self.at(i) == "kazinmali"
            && self.at(i.wrapping_sub(1)) == "koku"
            && self.any_in(i.saturating_sub(5)..i, &["senin", "sizin"]);
        let found = nobody_ru
            || thicker
            || unborn
            || ashamed
            || regretted
            || germ
            || asylum
            || strangled
            || aborted
            || uprooted
            || self.is(i, &BREED_RU) && like_you && not_to
            || self.is(i, &DROPPED_RU) && you_ru()
            || self.is(i, &DROPPED_TR) && on_your_head()
            || self.is(i, &["hicsin"]) && (to_you_tr() || i > 0 && self.at(i - 1) == "bir")
            || self.is(i, &NEVER_BORN)
            // (`ты ничтожество`, `Ничтожество!`; not `ничтожество власти`, "the authorities'
            // helplessness".)
            || self.at(i) == "ничтожество"
                && (self.phrase_ends_before(i + 1)
                    || self.any_in(i.saturating_sub(2)..i, &["ты", "вы"]))
            // (`ты ходячее недоразумение`, "you walking mistake"; not `это недоразумение`, "it's
            // a misunderstanding".)
            || self.at(i) == "недоразумение" && self.mistake_called(i);
        found.then_some(i + 1)
    }

    /// Whether `недоразумение` at `i` ("a misunderstanding") names a person: `ходячее` ("walking")
    /// before it, or the reader: `ты недоразумение`, `вы просто недоразумение`.
    fn mistake_called(&self, i: usize) -> bool {
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
        let known = self.at(i) == "and"
            && (i + 2..i + 5).any(|k| {
                self.is(k, &["knows", "know"])
                    && self.at(k + 1) == "it"
                    && self.phrase_ends_before(k + 2)
            });
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
    fn sorry_specimen(&self, i: usize) -> Option<usize> {
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

    /// `you are so thick you'd fail an exam on your own name`: the reader's stupidity made a
    /// joke of (not `you are so kind you'd give away your last penny`).
    fn so_thick_you_would(&self, i: usize) -> Option<usize> {
        let dim = ["thick", "stupid", "dumb", "ugly", "fat"];
        (self.is(i, &dim)
            && i >= 3
            && self.seq(i - 3, &["you", "are", "so"])
            && self.at(i + 1) == "you"
            && self.is(i + 2, &["would", "could", "can"]))
        .then_some(i + 3)
    }

    /// `your opinions are as worthless as the degree you bought`: the reader's learning
    /// said to be bought (not `is the degree you bought worth the loan?`).
    fn bought_degree(&self, i: usize) -> Option<usize> {
        let bought = self.is(i, &["degree", "diploma", "phd", "qualifications"])
            && self.seq(i + 1, &["you", "bought"]);
        let scorned = self.any_in(0..i, &["worthless", "useless", "fake", "fraudulent"]);
        (bought && scorned).then_some(i + 3)
    }

    fn name_called(&self, i: usize) -> Option<usize> {
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
        // (`beyni olmayan bir yazarsın sen`: "you're a writer without a brain".)
        if self.seq(i, &["beyni", "olmayan"]) {
            let you = (i + 2..(i + 5).min(self.len())).any(|k| {
                self.at(k) == "sen" || self.at(k).ends_with("sin") || self.at(k).ends_with("sun")
            });
            if you {
                return Some((i + 4).min(self.len()));
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
        // `hey fatso, the gym called`: a name after a greeting that opens the clause.
        if i == 1 && self.is(0, &["hey", "oi", "listen"]) && self.is(i, &NAMES) {
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
        let to_the_reader = self.is(i, &["you", "your", "ты", "sen"]);
        let exclaimed = self.is(i, &["what"]);
        if !to_the_reader && !exclaimed {
            return None;
        }
        let mut k = i + 1;
        while k < i + 8 && self.is(k, &BEFORE_A_NAME) {
            k += 1;
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
            || self.at(k) == "кусок" && self.is(k + 1, &["дерьма", "говна"]) && self.at(i) == "ты"
            || self.is(k, &VILE) && to_the_reader
            || self.is(k, &NAMES_TR) && self.phrase_ends_before(k + 1)
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
        // `what a prat you are`.
        (to_the_reader || self.seq(k + 1, &["you", "are"])).then_some(k + 1)
    }
}

/// A shape of stock insult: whether one of its kind starts at a word, and where it ends.
type Shape = fn(&Clause, usize) -> Option<usize>;

/// The words one of which a shape cannot match without: those of some lexicons, and a few more.
struct Needs {
    lexicons: &'static [&'static Lexicon],
    words: &'static [&'static str],
}

const fn words(words: &'static [&'static str]) -> Needs {
    Needs {
        lexicons: &[],
        words,
    }
}

const fn lexicons(lexicons: &'static [&'static Lexicon]) -> Needs {
    Needs {
        lexicons,
        words: &[],
    }
}

/// What [`Clause::ugly`] needs: a word of looks, or `fat`.
static UGLY_OR_FAT: Needs = Needs {
    lexicons: &[&UGLY],
    words: &["fat"],
};

/// Every shape [`Clause::insult`] reads, in the order it tries them, with the words it needs.
static SHAPES: [(Shape, &Needs); 70] = [
    (|c, i| c.where_the_sun_does_not_shine(i), &words(&["sun"])),
    (|c, i| c.dumbest_alive(i), &lexicons(&[&DUMBEST])),
    (|c, i| c.mind_of_a_thing(i), &lexicons(&[&MIND])),
    (|c, i| c.nobody_wanted(i), &words(&["nobody", "no"])),
    (|c, i| c.waste_of_oxygen(i), &words(&["waste", "runt"])),
    (|c, i| c.back_under_your_rock(i), &words(&["back"])),
    (|c, i| c.in_the_basement(i), &words(&["basement"])),
    (
        |c, i| c.let_out(i),
        &words(&["asylum", "zoo", "cage", "kennel"]),
    ),
    (
        |c, i| c.favour_to_the_world(i),
        &words(&["favour", "favor", "kindness"]),
    ),
    (
        |c, i| c.world_rejoices(i),
        &words(&["party", "celebrate", "rejoice"]),
    ),
    (
        |c, i| c.better_place_without(i),
        &words(&["place", "without"]),
    ),
    (|c, i| c.mouth_taped_shut(i), &words(&["mouth"])),
    (|c, i| c.not_worth_a_bullet(i), &words(&["worth"])),
    (
        |c, i| c.slept_her_way(i),
        &words(&[
            "slept", "sleeps", "sleeping", "sleep", "knees", "sessions", "favours", "favors",
            "overtime",
        ]),
    ),
    (
        |c, i| c.kin_ashamed(i),
        &words(&[
            "ashamed",
            "regrets",
            "regretted",
            "disappointed",
            "embarrassed",
            "embarassed",
            "embarrased",
        ]),
    ),
    (|c, i| c.legs_closed(i), &words(&["legs"])),
    (
        |c, i| c.human_equivalent(i),
        &words(&["equivalent", "version"]),
    ),
    (
        |c, i| c.makes_look_clever(i),
        &words(&["intelligent", "clever", "smart", "bright", "wise"]),
    ),
    (|c, i| c.sorry_specimen(i), &words(&["specimen"])),
    (
        |c, i| c.bought_degree(i),
        &words(&["degree", "diploma", "phd", "qualifications"]),
    ),
    (|c, i| c.sold_your_own_grandmother(i), &words(SOLD_KIN)),
    (|c, i| c.walking_abortion(i), &words(&["walking"])),
    (
        |c, i| c.raised_you(i),
        &words(&["ashamed", "prison", "jail", "locked", "fit"]),
    ),
    (|c, i| c.muzzled(i), &words(&["muzzle"])),
    (|c, i| c.proud_of_a_failure(i), &lexicons(&[&FAILURES])),
    (|c, i| c.dropped_on_the_head(i), &words(&["head"])),
    (
        |c, i| c.kin_should_have(i),
        &words(&["swallowed", "pulled", "protection", "condoms"]),
    ),
    (
        |c, i| c.for_birth_control(i),
        &words(&["birth", "contraception", "abortion", "cousins"]),
    ),
    (
        |c, i| c.nobody_cares(i),
        &words(&["nobody", "one", "man", "funeral"]),
    ),
    (|c, i| c.face_that_stops_clocks(i), &words(&["face"])),
    (|c, i| c.reason_for_labels(i), &words(&["reason"])),
    (
        |c, i| c.brainless(i),
        &words(&["brain", "braindead", "brainless"]),
    ),
    (
        |c, i| c.disgrace_to_humanity(i),
        &words(&[
            "disgrace",
            "stain",
            "blight",
            "boil",
            "wart",
            "pimple",
            "carbuncle",
        ]),
    ),
    (|c, i| c.people_like_you(i), &words(&["people"])),
    (|c, i| c.you_people(i), &words(&["people"])),
    (|c, i| c.dismissed(i), &lexicons(&[&DISMISSED])),
    (
        |c, i| c.name_called(i),
        &Needs {
            lexicons: &[
                &NAMES,
                &VERB_NAMES,
                &ANIMAL_NAMES,
                &NAMES_AT_THE_READER,
                &NAMES_RU,
                &NAMES_TR,
                &NAMES_TR_YOU,
                &VILE,
            ],
            words: &[
                "позор",
                "позорище",
                "кусок",
                "israfi",
                "israfisin",
                "glorified",
                "sokak",
                "hayat",
                "beyni",
            ],
        },
    ),
    (
        |c, i| c.to_the_kitchen(i),
        &Needs {
            lexicons: &[&PET_NAMES],
            words: &[
                "kitchen",
                "place",
                "sandwich",
                "sandwiches",
                "mutfak",
                "mutfaktir",
                "toilets",
                "floors",
                "burgers",
            ],
        },
    ),
    (|c, i| c.excuse_for_a_person(i), &words(&["excuse"])),
    (|c, i| c.vermin_of_a_person(i), &lexicons(&[&VERMIN_OF])),
    (|c, i| c.two_short_planks(i), &words(&["planks"])),
    (
        |c, i| c.mind_mocked(i),
        &words(&[
            "evolution",
            "cells",
            "cell",
            "water",
            "iq",
            "breed",
            "reproduce",
            "goldfish",
            "hamster",
            "bliss",
        ]),
    ),
    (|c, i| c.worse_than_the_name(i), &words(&["call"])),
    (|c, i| c.smarter_things(i), &lexicons(&[&DIM_THINGS])),
    (
        |c, i| c.written_by_an_animal(i),
        &lexicons(&[&WRITERS_MOCKED]),
    ),
    (
        |c, i| c.writes_better_than_you(i),
        &lexicons(&[&WRITERS_MOCKED]),
    ),
    (
        |c, i| c.imagine_being_this(i).or_else(|| c.so_thick_you_would(i)),
        &words(&["imagine", "thick", "stupid", "dumb", "ugly", "fat"]),
    ),
    (|c, i| c.useless_as(i), &words(&["teapot"])),
    (
        |c, i| c.thrown_after(i),
        &words(&["slag", "slags", "bitch", "cow", "whore", "slut"]),
    ),
    (
        |c, i| c.dressed_like(i),
        &words(&["hooker", "prostitute", "whore", "streetwalker"]),
    ),
    (|c, i| c.worth_less_than(i), &words(&["worth", "matters"])),
    (|c, i| c.failed_experiment(i), &words(&["failed"])),
    (|c, i| c.as_bad_as_your_face(i), &words(&["face"])),
    (
        |c, i| c.partner_must_be(i),
        &words(&["desperate", "blind", "deaf", "blame", "leash", "saint"]),
    ),
    (
        |c, i| c.mongrels_like_you(i),
        &words(&["mongrel", "mongrels", "whores", "sluts", "slags", "skanks"]),
    ),
    (|c, i| c.not_even_to_put_you_out(i), &words(&["piss"])),
    (|c, i| c.your_mother_done_to(i), &words(&["anani"])),
    (|c, i| c.as_dumb_as_you(i), &lexicons(&[&DUMB])),
    (|c, i| c.so_dumb(i), &lexicons(&[&DUMB])),
    (
        |c, i| c.if_brains_were(i),
        &words(&["brains", "ignorance", "stupidity", "idiocy", "ugliness"]),
    ),
    (|c, i| c.like_a_child(i), &lexicons(&[&CHILD])),
    (|c, i| c.with_a_brain(i), &words(&["brain", "brains", "iq"])),
    (|c, i| c.ugly(i), &UGLY_OR_FAT),
    (|c, i| c.ugly_person(i), &lexicons(&[&UGLY])),
    (|c, i| c.belongs_in_an_asylum(i), &words(&["belong"])),
    (|c, i| c.never_born(i), &words(&["born", "birth"])),
    (|c, i| c.ru_tr(i), &RU_TR_STARTS),
    (
        |c, i| c.what_the_cat_dragged_in(i),
        &words(&["dragged", "brought", "threw", "coughed"]),
    ),
    (
        |c, i| c.slept_with_the_boss(i),
        &words(&["sleeping", "slept", "sleeps"]),
    ),
    (|c, i| c.called_vile(i), &CALLED_VILE),
];

/// What [`Clause::called_vile`] needs: a vile name, a crime, an animal, or a thing that
/// `learned to type`.
static CALLED_VILE: Needs = Needs {
    lexicons: &[&VILE, &ACCUSED, &NAMES, &ANIMAL_NAMES, &BLIGHTS],
    words: &["learned", "learnt"],
};

impl Needs {
    fn iter(&self) -> impl Iterator<Item = &'static str> {
        let listed = self.lexicons.iter().flat_map(|l| l.iter());
        listed.chain(self.words.iter().copied())
    }
}

/// The words of [`SHAPES`], each tagged with the shapes it lets match.
static SHAPE_WORDS: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        SHAPES
            .iter()
            .enumerate()
            .flat_map(|(bit, (_, needs))| needs.iter().map(move |w| (w, bit as u32))),
    )
});

/// What befalls the reader in `nobody would care if you died`.
static GONE: Lexicon = Lexicon::new(
    "died die dies dead hit killed disappeared disappear vanished drowned missing fell croaked \
     croak",
);

/// What nobody does to the reader, in `nobody would miss you`.
static NOBODY_DOES: Lexicon = Lexicon::new(
    "miss misses likes like loves love wants want asked respect respects trust trusts touch",
);

/// What a face does, in `your face could curdle milk`.
static FACE_DOES: Lexicon = Lexicon::new("curdle stop crack sink scare frighten break melt");

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

/// The words every stock insult but the [`COMMON_SHAPES`] holds one of: the rarer word of each
/// shape (`basement`, not `back`; `clock`, not `face`), since a text is read clause by clause
/// only when it holds a cue.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| cues().collect());

/// Shapes whose words are all too common to read every text that holds one of them: a text
/// is read for them only where they stand together.
const COMMON_SHAPES: [&[&str]; 11] = [
    &["no", "one"],
    &["off", "without"],
    &["up", "without"],
    &["you", "people"],
    &["people", "like", "you"],
    &["better", "place"],
    &["cleaner", "place"],
    &["safer", "place"],
    &["better", "without"],
    &["cleaner", "without"],
    &["safer", "without"],
];

/// The cues and the common shapes' words, for a text that holds one of those shapes.
static CUES_AND_COMMON: LazyLock<Vocabulary> = LazyLock::new(|| {
    cues()
        .chain(["one", "people", "place", "without"])
        .collect()
});

/// The lexicons whose words are cues.
static CUE_LEXICONS: [&Lexicon; 23] = [
    &DIM_THINGS,
    &BLIGHTS,
    &MIND,
    &VERMIN_OF,
    &DUMBEST,
    &DISMISSED,
    &DEN,
    &NAMES,
    &NAMES_RU,
    &VERB_NAMES,
    &ANIMAL_NAMES,
    &FAILURES,
    &NAMES_AT_THE_READER,
    &NAMES_TR,
    &NAMES_TR_YOU,
    &PET_NAMES,
    &DUMB,
    &UGLY,
    &ASYLUM,
    &VILE,
    &ACCUSED,
    &CHILD,
    &OTHER_CUES,
];

fn cues() -> impl Iterator<Item = &'static str> {
    Lexicon::all_of(&CUE_LEXICONS).chain(ru_tr_cues())
}

/// The cues not in a list above.
static OTHER_CUES: Lexicon = Lexicon::new(
    "disgrace waste favour favor ashamed nobody drop dropped curdle crack sink scare frighten melt \
     clock instructions labels label kitchen sandwich excuse born swallowed pulled birth \
     contraception abortion mouth bullet bullets rope ammo ammunition noose slept sleeps sleeping \
     sleep knees legs equivalent prison jail locked muzzle позор dragged coughed кусок mutfak \
     mutfaktir blight sun boil wart pimple carbuncle worth failed notice позорище israfi israfisin \
     face anani desperate blind deaf mongrel mongrels uterus piss regrets regretted disappointed \
     imagine evolution cells grandmother granny gran nan sessions favours favors overtime specimen \
     degree diploma phd qualifications water hamster goldfish parrot embarrassed embarassed \
     embarrased cousins kodes fat runt std drinks drank cries cried weeps wept ignorance stupidity \
     idiocy ugliness participation cheats cheated toilets floors burgers sandwiches fit kindness \
     leash fart farts turd sokak glorified spinster learn learned learnt barbed protection condoms hayat \
     party celebrate rejoice funeral breed reproduce version hooker teapot asylum integrity \
     aliens onion bliss circus beyni tool tools",
);

/// Every stock insult in the text.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<()>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<()>> {
    let cues = if reading.has_any_seq(&COMMON_SHAPES) {
        &CUES_AND_COMMON
    } else {
        &CUES
    };
    // `find` reads only the clauses that hold one of `cues`.
    reading.find(cues, |clause, found| clause.insult(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insults(text: &str) -> Vec<&str> {
        crate::rules::written_hits(text, find)
            .into_iter()
            .map(|(_, words)| words)
            .collect()
    }

    /// Every one of `insulting` read as an insult, and none of `civil`.
    fn read_all(insulting: &[&str], civil: &[&str]) {
        for insult in insulting {
            assert!(!insults(insult).is_empty(), "{insult}");
        }
        for civil in civil {
            assert!(insults(civil).is_empty(), "{civil}: {:?}", insults(civil));
        }
    }

    #[test]
    fn insults_of_the_ninety_ninth_set() {
        read_all(
            &[
                "Your children deserve to grow up without a mother like you.",
                "You've got a face for radio and a brain for nothing.",
                "Your brain cells are lonely, they've never met each other.",
                "You're a slimy little weasel and everyone here knows it.",
                "The world would throw a party if you vanished.",
                "Everyone will celebrate the day you die.",
            ],
            &[
                "Children deserve to grow up without fear of poverty.",
                "Your children deserve to grow up without a war on the news every night.",
                "She has a brain for numbers and a heart of gold.",
                "Brain cells are lonely without stimulation, the neurologist said.",
                "He's a genius and everyone knows it.",
                "The town would throw a party if the team won the cup.",
                "The world will celebrate the day the war ends.",
            ],
        );
    }

    #[test]
    fn insults_of_the_hundredth_set() {
        read_all(
            &[
                "Crawl into a hole and stay there, you human stain.",
                "You're a human stain.",
                "Every time you open your mouth the average IQ in the room drops.",
                "Not one person at your funeral would be crying, trust me.",
                "Nobody at your funeral will shed a tear.",
            ],
            &[
                "The Human Stain is a novel by Philip Roth.",
                "Every time the minister opens his mouth the currency drops.",
                "Not one person at the funeral could stop crying.",
                "Nobody at your funeral will forget the speech you wrote for your father.",
            ],
        );
    }

    #[test]
    fn insults_of_the_hundred_and_first_set() {
        read_all(
            &[
                "Your parents must have been cousins.",
                "You're proof that not everyone should be allowed to breed.",
                "I've met smarter potatoes than you.",
                "You're the human version of a participation trophy.",
                "Even your dog is embarrassed to be seen with you.",
            ],
            &[
                "My parents were cousins of the famous painter, distantly.",
                "Your parents must have been cousins of the mayor, same surname.",
                "Pandas prove that not everyone should be allowed to breed in zoos.",
                "These potatoes are smarter than the ones I grew last year.",
                "The human version of the game is harder than the computer's.",
                "My dog is embarrassed every time we put the cone on him.",
            ],
        );
    }

    #[test]
    fn insults_of_the_hundred_and_second_set() {
        read_all(
            &[
                "You dress like a hooker for someone who claims to be a serious journalist.",
                "You're as useful as a chocolate teapot and twice as thick.",
                "You make a turd look intelligent.",
                "Ahmak herif, senin gibisini görmedim.",
            ],
            &[
                "She dressed like a hooker for the film role and won an award.",
                "This policy is as useful as a chocolate teapot.",
                "This lighting makes a turd look appetising.",
                "Ahmak Ağa, eski bir Türk filminin kahramanıdır.",
            ],
        );
    }

    #[test]
    fn insults_of_the_hundred_and_third_set() {
        read_all(
            &[
                "Even a goldfish has a longer attention span and more integrity than you.",
                "You're the human equivalent of a parking ticket.",
                "Who let you out of the asylum?",
            ],
            &[
                "A goldfish has a longer memory than people think, scientists say.",
                "A parking ticket on my car again, this town is a racket.",
                "Who let you out of the meeting early? Lucky you.",
            ],
        );
    }

    #[test]
    fn insults_of_the_hundred_and_fourth_set() {
        read_all(
            &[
                "You're the reason aliens won't talk to us.",
                "I'd call you a tool, but tools are actually useful.",
                "Your face could make an onion cry.",
                "If ignorance is bliss, you must be the happiest person alive.",
                "Somebody get this clown back to the circus.",
                "Beyni olmayan bir yazarsın sen.",
            ],
            &[
                "Aliens in the new film look surprisingly realistic.",
                "I'd call you a hero, but you'd only blush.",
                "Onions make me cry every time I cook.",
                "Ignorance is bliss, they say, but not in a pandemic.",
                "The clown came back to the circus after his injury.",
                "Beyni olmayan bir solucan türü keşfedildi.",
            ],
        );
    }

    #[test]
    fn a_walking_mistake() {
        read_all(
            &[
                "Ты просто ходячее недоразумение, а не автор.",
                "Вы недоразумение, а не журналист.",
            ],
            &[
                "Это недоразумение, извините за ошибку в статье.",
                "Ты неправильно понял, это просто недоразумение.",
            ],
        );
    }

    #[test]
    fn insults_of_the_ninety_third_set() {
        read_all(
            &[
                "What an ugly, bitter, dried-up old prune you are.",
                "People like the author belong behind barbed wire.",
                "Your husband must be a saint or deaf, probably both.",
                "Learn your place, little girl.",
                "Ты тупее пробки.",
            ],
            &[
                "What a lovely prune tart you made.",
                "People like the author belong on the bestseller lists.",
                "Your husband must be a saint to put up with the dog.",
                "Learn your lines, little girl, the play is on Friday.",
                "Пробки на дорогах сегодня ужасные.",
            ],
        );
    }

    #[test]
    fn insults_of_the_ninetieth_to_ninety_second_sets() {
        read_all(
            &[
                "Her husband should keep her on a shorter leash.",
                "The writer is a cockroach, and cockroaches get stepped on.",
                "You're not a journalist, you're a glorified toilet brush.",
                "Nobody would notice if you fell off a cliff.",
                "Лучше бы ты не рождался.",
                "Sen adam değilsin, sen bir solucansın.",
                "Great, another snowflake columnist. Do the world a kindness and stop breathing.",
                "Your brain is a wasted organ, donate it to science.",
                "You're living proof that some people should never have been born.",
                "Whores like her are why journalism is dying.",
                "You're a gutless rat who hides behind a byline.",
                "People like you should be hunted for sport.",
                "Ты пустышка и бездарность, тебя читают только боты.",
                "Your kids would be better off without a mother like you.",
                "You're a bitter old spinster and no man will ever touch you.",
                "Your opinion matters as much as a dog's fart.",
                "Bu kadın sokak kadını gibi konuşuyor.",
            ],
            &[
                "Keep the dog on a shorter leash in the park, please.",
                "Cockroaches get into old kitchens, the inspector said.",
                "You're not just a journalist, you're a great storyteller.",
                "Nobody would notice if the old bench fell off the cliff path.",
                "Хорошо, что ты родился, мы тебя любим.",
                "Solucanlar toprağı havalandırır.",
                "If you're just a glorified computer program, disclose the algorithm.",
                "Great, another columnist I love. Do the world a kindness and keep writing.",
                "Donate blood, it saves lives.",
                "You're living proof that hard work pays off.",
                "Journalism is dying in small towns, the report warns.",
                "Rats were spotted behind the market, the council said.",
                "Deer are hunted for sport in the highlands, sadly.",
                "Пустышка для младенца потерялась в парке.",
                "Your kids would be proud of a mother like you.",
                "My aunt was a happy spinster and travelled the world.",
                "Your opinion matters, please vote in the survey.",
                "Bu kadın çok güzel konuşuyor.",
            ],
        );
    }

    #[test]
    fn insults_of_the_eighty_seventh_to_ninth_sets() {
        read_all(
            &[
                "Interesting piece. Shame the author is a spineless little rodent who'd sell his \
                 mother for a click.",
                "ur a joke mate, a sad lonely joke that nobody laughs at",
                "People like you don't deserve to breathe the same air as decent folk.",
                "They should have drowned you in the bath when you were born.",
                "You're a stain, and stains get scrubbed out.",
                "Your children should be taken away from you, you're not fit to raise them.",
                "Your face is a crime against humanity.",
                "You're the kind of ugly that makes babies cry.",
                "Your IQ must be in single digits.",
                "Get lost, you simpering little worm.",
            ],
            &[
                "The author is a keen rodent photographer.",
                "I made a joke at the meeting and nobody laughed, sad really.",
                "People like you make this comment section worth reading.",
                "They drowned the kittens in the old days, thankfully that's illegal now.",
                "You're a star, and stars deserve recognition.",
                "You're not fit to run a marathon yet, the physio said.",
                "Your face is familiar, did we meet at the conference?",
                "The kind of cold that makes babies cry hit the city last night.",
                "Your IQ test results will arrive by post.",
                "Get lost in a good book this winter.",
            ],
        );
    }

    #[test]
    fn insults_of_the_eighty_fourth_to_sixth_sets() {
        read_all(
            &[
                "Climb back into whatever sewer spat you out.",
                "You are the reason your mother drinks.",
                "Every time you open your mouth, the national IQ drops.",
                "If ignorance were a sport, you'd have a cupboard full of gold medals.",
                "You're the human equivalent of a participation trophy.",
                "You're nothing but a cheap tart with a press badge.",
                "I bet your husband cheats on you, and who could blame him.",
                "Stick to making sandwiches, darling, leave the politics to men.",
                "The only thing you're qualified to do is clean toilets, and badly at that.",
                "Твоей матери должно быть стыдно, что родила такое.",
            ],
            &[
                "The sewer repairs will close the high street for a week.",
                "You are the reason your mother smiles, she said at the wedding.",
                "The national IQ drops every decade, the study claims.",
                "If patience were a sport, my grandmother would have a cupboard of gold medals.",
                "You're the human equivalent of a warm cup of tea on a cold day.",
                "A cheap tart from the bakery is still a tart.",
                "I bet your husband loves you, and who could blame him.",
                "Stick to making sandwiches if the oven is broken.",
                "The only thing I'm qualified to do is teach maths, and I love it.",
                "Моей матери не стыдно за меня, она гордится.",
            ],
        );
    }

    #[test]
    fn names_of_the_eighty_first_and_second_sets() {
        read_all(
            &[
                "Shut it, you inbred yokel.",
                "you're the proof, you absolute melon",
                "You're a walking STD with a press card.",
                "Do us all a favour and walk into the sea.",
            ],
            &[
                "The yokels in the film are the funniest characters.",
                "A walking STD clinic opened in the high street.",
                "Walk into the sea at sunset, it's the best view on the coast.",
                "You bought a melon at the market?",
            ],
        );
    }

    #[test]
    fn insults_of_the_seventy_eighth_to_eightieth_sets() {
        read_all(
            &[
                "You write like someone who was dropped on their head as a baby, repeatedly.",
                "Nobody asked for your opinion.",
                "@nina_s you're so fat the chair files a complaint every time you sit.",
                "@ken_w you must have been the runt of a very sad litter.",
                "She only got the job because she was on her knees for the editor.",
                "Ты пустое место, и статья у тебя такая же пустая.",
                "Annen seni doğurduğuna pişmandır.",
            ],
            &[
                "The toddler was dropped on their head by a nurse, the inquiry heard.",
                "Nobody asked for your receipt at the till.",
                "You are so fat-phobic in this column.",
                "The runt of the litter grew into the strongest pup.",
                "The minister was on his knees for the bankers.",
                "Тут пустое место, садись.",
                "Annem beni doğurduğuna hiç pişman değil.",
            ],
        );
    }

    #[test]
    fn stock_insults_are_found() {
        assert_eq!(insults("You have the IQ of a potato."), ["IQ of a potato"]);
        assert_eq!(
            insults("Crawl back under your rock."),
            ["Crawl back under your rock"]
        );
        for text in [
            "You are a waste of oxygen.",
            "Go back to your cave, troglodyte.",
            "I bet you live in your mom's basement.",
            "Do the world a favour and disappear.",
            "Do the planet a favour and stop breathing.",
            "Are you always this dense or is today special?",
            "You're so clueless.",
            "How can you be this thick?",
            "If brains were dynamite you couldn't blow your nose.",
            "Ты вообще читать умеешь, бестолочь?",
            "Ну ты и балбес!",
            "Ты полный кретин.",
            "Ты недочеловек, и место тебе в канаве.",
            "Ты никто, и звать тебя никак.",
            "Таким, как ты, место в психушке.",
            "Senin gibilerin yeri tımarhane.",
            "Seni doğururken boğmalıydılar.",
            "Your brain must be the size of a pea.",
            "Nobody would care if you got hit by a bus tomorrow.",
            "She writes like a whore who learned the alphabet yesterday.",
            "Лучше бы твоя мать сделала аборт.",
            "Annen keşke seni hiç doğurmasaydı.",
            "Senin gibi hainlerin kökü kazınmalı.",
            "Ты позор своей семьи, лучше бы тебя не было.",
            "Your parents must be ashamed of you.",
            "Did your mother drop you on your head?",
            "Nobody would miss you if you were gone.",
            "No one cares about your opinion.",
            "Your face could curdle milk.",
            "You're the reason shampoo has instructions.",
            "Anyone who supports this is brain dead.",
            "This writer has the intelligence of a brick.",
            "You're a disgrace to humanity.",
            "He is a disgrace to the human race.",
            "People like you should not be allowed to vote.",
            "You people are ruining this country, get out.",
            "Keep crying, snowflake.",
            "Nobody cares about your opinion, boomer.",
            "OK boomer",
            "Snowflake, you will never understand.",
            "You halfwit.",
            "You cretinous halfwit.",
            "You're an utter cretin.",
            "You smug little prat, read the article.",
            "What a nitwit you are.",
            "Get lost, you prick.",
            "Get lost, prick.",
            "Shut up, halfwit!",
            "Get back in the kitchen, sweetheart, the men are talking.",
            "Go make me a sandwich.",
            "Nice article, sweetheart, now get back to making coffee for the real journalists.",
            "You should be ashamed to call yourself a journalist, you hack.",
            "People like you are the reason this country is falling apart, you parasite.",
            "I'm going to make your life hell, you little rat.",
            "Ugly cow, nobody wants to see your face on the front page.",
            "Drop dead, you miserable old hag.",
            "You're a brainless sheep, baa baa.",
            "Bet you'd look better with your mouth taped shut, love.",
            "Someone should sew your mouth shut.",
            "You're not even worth the bullet.",
            "You are such a spineless worm.",
            "Такие как ты не должны размножаться.",
            "Bet she slept her way into that newsroom.",
            "Read the article again, you wanker.",
            "You utter coward!",
            "Get a life, you loser.",
            "You brain-dead zombie, think for once in your life.",
            "Fans like you should be banned from every ground for life, you inbred scum.",
            "Your editor is a paedophile and everyone knows it.",
            "Interesting piece. Shame the author is a brainless parasite.",
            "Thanks for the update. You people are a stain on this town.",
            "Nice photos. Shame about the fat ugly presenter ruining every shot.",
            "Go back to the zoo you escaped from.",
            "Whoever raised you should be in prison.",
            "Your mum must be so proud of her little failure.",
            "Imagine being so thick you need a journalist to explain a pie chart to you.",
            "Somebody get this woman a muzzle.",
            "Перечитай статью, выродок.",
            "Haberi bir daha oku, ahmak.",
            "Sen pislik, sus artık.",
            "Get lost, you pervert.",
            "You pathetic excuse for a journalist.",
            "He is a sorry excuse for a human being.",
            "Your opinion is as worthless as you are.",
            "You are as dumb as a rock.",
            "You write like a drunk toddler.",
            "Your mother should have swallowed you.",
            "His dad should've pulled out.",
            "You're a walking advertisement for birth control.",
            "This columnist is the best argument for contraception I've seen.",
            "Get back in your cage, animal.",
            "He argues like a spoilt child.",
            "You are acting like a baby again.",
            "Nobody with a brain agrees with you.",
            "Nobody will ever love you.",
            "Nobody will ever respect you.",
            "You're so ugly it hurts.",
            "You belong in a mental hospital.",
            "I wish your family had never been born.",
            "Learn to read, you illiterate peasant.",
            "Ты ничтожество, никто тебя не любит.",
            "Тебя мама в детстве роняла?",
            "Жаль, что твои родители тебя не абортировали.",
            "Sen bir hiçsin, kimse seni sevmiyor.",
            "Annen seni kafanın üstüne mi düşürdü?",
            "Keşke hiç doğmasaydın.",
            "The minister is subhuman scum.",
            "The reporter is a whore who sleeps with her sources.",
            "He is nothing but vermin.",
            "You're a waste of perfectly good oxygen.",
            "Crawl back under whatever rock you came from.",
            "You absolute clown, nobody asked for your opinion.",
            "Shut up, clown.",
            "The world would be a better place without vermin like you in it.",
            "This site would be a better place without your kind.",
            "The planet would be a better place if you disappeared.",
        ] {
            assert!(!insults(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_same_words_elsewhere_are_not_insults() {
        for text in [
            "The attention span of a news cycle is short.",
            "You write like a pro, thank you for this.",
            "You are so thick-skinned, I envy you.",
            "Мой брат в детстве был тот ещё балбес.",
            "Ты мой балбес, я тебя люблю.",
            "Это решение — позор для страны.",
            "Позор, что ты не пришёл на матч.",
            "Недочеловек — слово из нацистской пропаганды.",
            "Этот закон никто не читал.",
            "Живу по правилу: я начальник, ты никто.",
            "Место в психушке ему нашли только через неделю, пишет сестра.",
            "Tımarhane binası müzeye dönüştürüldü.",
            "The tumour was the size of a pea when they found it.",
            "Nobody would care if you changed the font, honestly.",
            "The film looks like a whore's story, set in Paris.",
            "Мать сделала всё, чтобы сын получил образование; аборт она не делала.",
            "Bu bitkinin kökü kazınmalı, bahçeyi sardı.",
            "Кретин — устаревший медицинский термин.",
            "Are you always this busy?",
            "This soup is so thick.",
            "If brains were all it took, she would have won.",
            "Your mother should have swallowed her pride and called.",
            "My mother should have pulled out of the deal.",
            "He led the campaign for birth control in the 1960s.",
            "Your case for abortion rights is well argued.",
            "Your case for abortion is well argued.",
            "I liked her argument for contraception.",
            "The lion went back to its cage.",
            "My son writes like a child, because he is one.",
            "She talks to him like a child.",
            "The baby slept like a log.",
            "Please go back to your seats, the show resumes.",
            "The patient is brain dead, the doctors said.",
            "The snowflake fell on my sleeve.",
            "A boomer and a millennial walk into a bar.",
            "Nobody would miss the old bridge.",
            "The council's plan is a waste of money.",
            "Do me a favour and send the link.",
            "Your parents are not ashamed of you.",
            "The vase was dropped on the floor.",
            "He said nobody would miss you, which was cruel.",
            "Nobody cares about the weather.",
            "Nobody cares about your aunt.",
            "This ruling is a disgrace to the courts.",
            "The minister is a disgrace to his office.",
            "Thank you people for coming tonight.",
            "You people are amazing, thanks for the support.",
            "People like you should be in charge.",
            "The reason is that the budget is short.",
            "The bear went back to its cave.",
            "My son lives in our basement flat.",
            "Do the world a favour and go vote.",
            "Snowflakes fell all night over the city.",
            "The mayor is a numpty, as usual.",
            "Did you hear what the halfwit said on the radio?",
            "What a prat he is.",
            "If you prick us, do we not bleed?",
            "Halfwit, the film, flopped at the box office.",
            "The minister called him a halfwit, which was unfair.",
            "Did you prick your finger on the rose?",
            "Do you remember the dunce cap at school?",
            "I went back to the kitchen for the salt.",
            "Go back to the kitchen drawer and check for the receipt.",
            "Could you make me a sandwich too, please?",
            "Break's over, get back to making coffee for the customers.",
            "Thanks, sweetheart, I'll get back to making the tea in a minute.",
            "Did you rat on him to the teacher?",
            "Are you a sheep farmer too?",
            "We keep goats, sheep.",
            "Old cow, the farmer said, still gives good milk.",
            "Did you hack the account yourself?",
            "Jibberish, jibberish, hack, hack.",
            "Keep your mouth shut at the border, the lawyer advised.",
            "The parcel was taped shut.",
            "The old rifle is not worth the ammunition it takes to test it.",
            "Such worms are common in garden soil.",
            "Такие как ты не должны бояться просить помощи.",
            "She slept her way through the long flight to Sydney.",
            "The minister, a coward by any measure, resigned.",
            "You find nothing on this guy online, you are a liar.",
            "I hope you're a troll.",
            "Did you see the zombie film last night?",
            "He was a paedophile, the inquiry found, and the BBC knew.",
            "What an ugly building they put up next to the station.",
            "Let's go back to the zoo next week, the kids loved it.",
            "Whoever raised you should be proud, you are a credit to them.",
            "Your mum must be so proud of you, congratulations!",
            "Imagine being so lucky you get to write about football for a living.",
            "The dog needs a muzzle on the bus, the new rules say.",
            "The author is a former peasant farmer from Kent.",
            "The man is a convicted paedophile, the court heard.",
            "Bahçede bir köpek havlıyor.",
            "Kansız kaldım, doktora gittim.",
            "Sen hayvan sever misin?",
            "You snake through the traffic every morning.",
            "Thank you, traitors of the old regime are finally on trial.",
            "The actress said she was told to sleep with the producer, and refused.",
            "The council's bins are a sorry excuse for a recycling service.",
            "The old stadium is as ugly as sin.",
            "Anyone with a brain tumour should see a doctor quickly.",
            "You are so disgusted by this, and rightly.",
            "My grandmother was born in a hospital in Leeds.",
            "You belong in our choir, come on Thursday.",
            "You belong in hospital with that cough.",
            "Nobody will ever forget the 1966 final.",
            "We are not as stupid as you think we are.",
            "Никто не любит пробки по утрам.",
            "Мама уронила телефон в детстве на пол.",
            "Kimse bu yasayı sevmiyor.",
            "Bardağı yere düşürdü ve kırdı.",
            "Parmağında yüzüğüm olmadıkça bi hiçsin bebeyim.",
            "Conditions in the camp are subhuman, the inspectors said.",
            "The kitchen was filth and the manager was fired.",
            "The vermin in the barn are rats, the farmer said.",
            "It is as useless as you think it is.",
            "Do you clown around like this at work too?",
            "The clowns at the circus were brilliant.",
            "The town would be a better place without your kind of cynicism.",
            "The world would be a better place if you voted.",
            "The world would be a better place without nuclear weapons.",
            "The bus station is a waste of perfectly good land.",
        ] {
            assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_brain_denied_a_job_got_on_ones_knees_a_birth_regretted_a_zero() {
        for text in [
            "You're a braindead sheep who swallows whatever the media feeds you.",
            "Shut up, you braindead sheep.",
            "Women like her only get promoted on their knees.",
            "He got hired on his knees, everyone knows.",
            "I bet she's great on her knees, that's how she got promoted.",
            "Your mother should have kept her legs closed.",
            "Ты ноль, пустое место.",
            "You sound like a brainless parrot repeating party lines.",
            "Тебя надо в психушку сдать, больной.",
            "You look like a pig that learned to type.",
            "You are the human equivalent of a wet fart.",
            "This columnist is a walking abortion.",
        ] {
            assert!(!insults(text).is_empty(), "{text}");
        }
        for text in [
            "The patient was declared brain dead after the crash.",
            "After the promotion she fell on her knees and thanked the team.",
            "She got down on her knees to plant the tulips.",
            "She was great on her knees in the garden; that's how the roses got planted.",
            "My mother kept her legs crossed all through the interview.",
            "Ты ноль внимания на меня обращаешь.",
            "The plot sounds like a brainless action film, but it's fun.",
            "Тебя надо в больницу отвезти, у тебя жар.",
            "You look like a sheep farmer in that hat.",
            "You are the human equivalent of a warm hug.",
            "This columnist is a walking encyclopedia.",
        ] {
            assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn the_kitchen_where_the_reader_belongs_and_a_germ_of_the_land() {
        for text in [
            "Nice article, sweetheart, now get back in the kitchen where you belong.",
            "Sen ve senin gibiler bu toprakların mikrobu.",
        ] {
            assert!(!insults(text).is_empty(), "{text}");
        }
        for text in [
            "Get back in the kitchen? No thanks, I'll order a pizza.",
            "Sen ve senin gibiler bu ülkenin umudu.",
        ] {
            assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn too_dumb_or_ugly_to_have_a_say() {
        assert!(!insults("You're too ugly to have an opinion.").is_empty());
        assert!(!insults("You are too stupid to be a journalist.").is_empty());
        for civil in [
            "You're too modest about your own work.",
            "You're too young to remember the 1990s.",
            "I'm too dumb to do my own taxes, so I pay someone.",
        ] {
            assert!(insults(civil).is_empty(), "{civil}");
        }
    }

    #[test]
    fn what_the_cat_dragged_in_and_a_job_got_in_bed() {
        assert!(
            !insults("You look like something the cat dragged in and then threw up.").is_empty()
        );
        assert!(
            !insults("Nobody would hire you if you weren't sleeping with the editor.").is_empty()
        );
        for civil in [
            "My jumper looks like something the cat dragged in.",
            "Her old coat looks like something the cat dragged in, she joked.",
            "He was sleeping with the light on because of the storm.",
        ] {
            assert!(insults(civil).is_empty(), "{civil}");
        }
    }

    #[test]
    fn a_cleaner_place_once_they_are_gone() {
        assert!(!insults("The world will be a cleaner place once they're all gone.").is_empty());
        assert!(
            insults("The street will be a cleaner place once the roadworks are gone.").is_empty()
        );
    }

    #[test]
    fn a_dumb_something() {
        assert!(!insults("You're nothing but a brainless puppet of the regime.").is_empty());
        assert!(!insults("You're a worthless hack and everyone knows it.").is_empty());
        assert!(insults("You're a useless cook, just like me.").is_empty());
    }

    #[test]
    fn kin_called_vile_people_called_unwanted_and_turkish_and_russian_names() {
        read_all(
            &[
                "Your mother was a whore and you turned out just like her.",
                "Your family is scum, every one of them.",
                "Feminists are just ugly women nobody wanted to marry.",
                "You're the kind of girl no one would date.",
                "Bu kadın tam bir sürtük.",
                "Bu adam tam bir kaltak.",
                "Aptal karı, senin yerin mutfak.",
                "Senin yerin mutfak, yazı yazmak değil.",
                "Ты просто кусок дерьма, а не журналист.",
                "Your kind is a stain on the human race.",
                "People like you are a blight on society.",
                "Go back to licking the president's boots, you spineless slug.",
                "Sen insan değilsin, hayvansın.",
            ],
            &[
                "Your mother was a nurse and you turned out just like her.",
                "Your family is lovely, thank them for dinner.",
                "It's a house nobody wanted to buy.",
                "He was the man no one would hire, until he founded his own firm.",
                "Bu kadın tam bir kahraman.",
                "Senin yerin burası, hoş geldin.",
                "Кусок торта остался, ты будешь?",
                "Plastic is a stain on the ocean's future.",
                "Slugs ate all my lettuce again.",
                "Sen insan değilsin, meleksin.",
            ],
        );
    }

    #[test]
    fn sheep_like_the_reader_and_a_nothing() {
        read_all(
            &[
                "Brainless sheep like you deserve to be fleeced.",
                "Sen adam değilsin, bir hiçsin.",
                "You must be the dumbest person alive, congratulations.",
                "You're the stupidest man I have ever met.",
                "Feminists are ugly hags nobody would ever touch.",
                "You make me sick, you vile little toad.",
                "Shove your article where the sun doesn't shine.",
                "Sen bir hayvansın, insan değilsin.",
                "Get lost, you embarrassment.",
                "Ты жалкий неудачник.",
            ],
            &[
                "Sheep like you, I suppose, are easy to keep on a small farm.",
                "Bir hiç uğruna kavga ettiler.",
                "He was the dumbest luck of my life, meeting her at that bus stop.",
                "You know the stupidest person in the film is the hero, right?",
                "Old letters nobody would ever read again.",
                "The sun doesn't shine much here in November, so we take vitamins.",
                "Put the plant where the sun shines in the morning.",
                "Toads cross the road here every spring, drive slowly.",
                "Sen bir öğretmensin, insan yetiştiriyorsun.",
                "Наша команда проиграла, жалко.",
            ],
        );
    }

    #[test]
    fn a_sore_on_anything_a_fat_cow_in_russian() {
        read_all(
            &[
                "You are a festering boil on the arse of journalism.",
                "You're a pimple on the face of humanity.",
                "Жирная корова, кто тебя вообще читает?",
                "Ты жирная корова.",
                "Тупая овца, иди отсюда.",
            ],
            &[
                "This pylon is a wart on the landscape.",
                "Boil the pasta on a low heat.",
                "Моя корова даёт десять литров молока.",
                "Старая корова пасётся у реки.",
                "Ты видел нашу новую корову?",
            ],
        );
    }

    #[test]
    fn the_kind_of_vermin_priced_below_filth_a_blockhead_in_turkish() {
        read_all(
            &[
                "You're the kind of vermin that should be stamped out.",
                "Your opinion is worth less than the dog shit on my shoe, and so are you.",
                "You're worth less than the gum on my shoe.",
                "Kafası çalışmayan bir mankafasın.",
                "Sen tam bir salaksın.",
            ],
            &[
                "You are the kind of person every newsroom needs.",
                "The pound is worth less than the euro now.",
                "Your vote is worth less than a rich man's donation, and so is mine.",
                "Sen harika bir insansın.",
            ],
        );
    }

    #[test]
    fn a_failed_experiment_a_wasted_womb_missing_a_sandwich_a_hen() {
        read_all(
            &[
                "You look like the result of a failed science experiment.",
                "You look like a failed abortion.",
                "This columnist is a waste of a perfectly good womb.",
                "Nobody would notice if you went missing, think about that.",
                "Shut up and make me a sandwich, sweetie.",
                "Заткнись, курица, тебя никто не спрашивал.",
                "Ты ничтожество и всегда им будешь.",
            ],
            &[
                "This looks like the result of a failed experiment in urban planning.",
                "This ad is a waste of a perfectly good page.",
                "Nobody would notice if you changed the font.",
                "Shut up and take my money, this phone is perfect.",
                "Курица снесла три яйца за неделю.",
                "Ничтожество власти перед стихией поразило всех.",
            ],
        );
    }

    #[test]
    fn cleaner_without_you_a_hillbilly_a_disgrace_in_russian_a_waste_of_sperm_in_turkish() {
        read_all(
            &[
                "The world would be cleaner without you and your Marxist friends in it.",
                "You're an inbred hillbilly who can barely spell his own name.",
                "You're a redneck who can't read.",
                "Ты позорище, а не журналист, вали из профессии.",
                "Ты позорище.",
                "Senin gibi döl israfı insanlar utanmalı.",
                "Sen tam bir döl israfısın.",
            ],
            &[
                "The world would be cleaner without single-use plastic.",
                "The hillbilly music festival sold out in an hour.",
                "Позорище для клуба — такое поражение.",
            ],
        );
    }

    #[test]
    fn as_bad_as_your_face_like_a_drunk_whore_your_mother_in_turkish() {
        read_all(
            &[
                "Your spelling is as bad as your face, and that's saying something.",
                "Your writing is as ugly as your face.",
                "You write like a drunk whore begging for attention.",
                "You dress like a cheap slut.",
                "Hava güzel ama senin ananı bilmem ne yaparım.",
            ],
            &[
                "Your smile is as bright as your mother's.",
                "You write like a drunk poet, and I mean that kindly.",
                "Ananı ve babanı bayramda ziyaret et.",
            ],
        );
    }

    #[test]
    fn a_partner_must_be_blind_mongrels_like_you_a_toddler_a_wasted_uterus() {
        read_all(
            &[
                "Your husband must be deaf, blind, or desperate.",
                "Your boyfriend must be blind.",
                "Mongrels like you are the reason this country is going down the drain.",
                "Put a sock in it, you overgrown toddler.",
                "What a waste of a uterus your mother had.",
            ],
            &[
                "Your wife must be thrilled with the award.",
                "Mongrels make the best pets, honestly.",
                "Put a sock in the drawer and forget it.",
            ],
        );
    }

    #[test]
    fn not_even_to_put_you_out_children_ashamed_a_lapdog() {
        read_all(
            &[
                "If you were on fire I wouldn't piss on you to put it out.",
                "Hope your children grow up to be ashamed of you.",
                "Your kids will grow up to be ashamed of you.",
                "Go back to licking the minister's boots, lapdog.",
            ],
            &[
                "If you were on holiday you'd miss the fireworks.",
                "Hope your children grow up to be proud of you.",
            ],
        );
    }

    #[test]
    fn a_spineless_worm_of_the_papers_people_not_a_policy_wasting_oxygen() {
        read_all(
            &[
                "This columnist is a spineless little worm who licks boots for a living.",
                "The editor is a slimy rat.",
            ],
            &[
                "This policy is a waste of oxygen, as my grandfather would say.",
                "The editor is a keen sheep farmer.",
                "The reporter found a worm in her salad.",
            ],
        );
    }

    #[test]
    fn a_vile_excuse_for_a_journalist_a_bottom_feeding_parasite() {
        read_all(
            &[
                "What a vile, stinking excuse for a journalist you are.",
                "The editor is a bottom-feeding parasite.",
            ],
            &[
                "What a vile excuse for a bus service this is.",
                "The editor wrote about bottom-feeding fish.",
            ],
        );
    }

    #[test]
    fn a_cockroach_of_a_human_being_a_snivelling_brat() {
        read_all(
            &[
                "You're a cockroach of a human being.",
                "Go cry to your mommy, you snivelling little brat.",
            ],
            &[
                "He's a bear of a man and the kindest coach we had.",
                "The cockroach of the old kitchen survived everything.",
                "My nephew was a little brat at the wedding, my sister says.",
            ],
        );
    }

    #[test]
    fn a_cancer_on_the_profession() {
        read_all(
            &["This journalist is a cancer on the profession."],
            &[
                "Smoking is a cancer on public health, the report says.",
                "The journalist is a cancer survivor and wrote about it.",
            ],
        );
    }

    #[test]
    fn a_mother_s_regret_two_short_planks_a_talentless_hack_and_the_slag() {
        read_all(
            &[
                "Even your own mother regrets having you.",
                "You're thick as two short planks and twice as wooden.",
                "Go back to flipping burgers, you talentless hack.",
                "She's only on telly because she sleeps with the producers, the slag.",
            ],
            &[
                "My mother regrets selling the old house.",
                "The old shelves were as thick as two short planks.",
                "She walked past the old mine and the slag heap.",
                "He sold the house to the cow farmer next door.",
            ],
        );
    }

    #[test]
    fn evolution_backwards_two_brain_cells_a_drunk_monkey_a_gutter_a_sandwich_asked_kindly() {
        read_all(
            &[
                "You're living proof that evolution can go backwards.",
                "You've got two brain cells and they're fighting for third place.",
                "Your article reads like it was written by a drunk monkey.",
                "Crawl back to whatever gutter you came from, rat.",
                "Make me a sandwich, sweetheart.",
            ],
            &[
                "The fossil is living proof that evolution can be fast.",
                "Each of the two brain cells in the dish was photographed.",
                "The novel reads like it was written by a committee.",
                "The gutter on my roof is full of leaves again.",
                "Make me a sandwich while you're up, love, thanks.",
            ],
        );
    }

    #[test]
    fn the_personality_of_a_damp_sock() {
        read_all(
            &["You have the personality of a damp sock."],
            &["The new phone has the personality of a toaster, but it works."],
        );
    }

    #[test]
    fn smarter_fence_posts_and_a_pompous_gasbag() {
        read_all(
            &[
                "I've met smarter fence posts.",
                "You pompous, self-important gasbag.",
            ],
            &[
                "I've met smarter people at the conference than I expected.",
                "The fence posts need replacing before winter.",
                "The pompous speech by the minister drew laughs.",
            ],
        );
    }

    #[test]
    fn a_mother_disappointed() {
        read_all(
            &["Your mum must be so disappointed."],
            &[
                "Your mum must be so proud of you.",
                "Your mum must be so disappointed the concert was cancelled.",
            ],
        );
    }

    #[test]
    fn a_monkey_writes_better_imagine_being_this_dumb() {
        read_all(
            &[
                "Even a monkey with a typewriter would write better than you, you fraud.",
                "Imagine being this dumb and still getting paid to write.",
            ],
            &[
                "A monkey with a typewriter is a famous thought experiment.",
                "Imagine being this tired and still going to the gym.",
            ],
        );
    }

    #[test]
    fn a_grandmother_sold_a_likeness_spelt_out_favours_hinted() {
        read_all(
            &[
                "Sniveling rat, you'd sell out your own grandmother for a byline.",
                "You are the human equivalent of a participation trophy, useless and embarrassing.",
                "Bet she does private sessions for the editor, if you know what I mean.",
            ],
            &[
                "He'd sell his own grandmother for a vote, that minister.",
                "You are the human equivalent of a golden retriever, loyal and kind.",
                "She does private sessions for clients, if you need one.",
                "She did overtime for the editor, if you know what I mean by a deadline.",
            ],
        );
    }

    #[test]
    fn a_donkey_with_a_press_pass_a_bought_degree_a_sorry_specimen() {
        read_all(
            &[
                "You're a braying donkey with a press pass.",
                "Your opinions are as worthless as the degree you bought.",
                "Nobody raised you properly, that much is obvious, you feral brat.",
                "Slimy little toad, go and cry to your editor.",
                "What a spectacularly useless specimen of a man you are.",
                "You couldn't pour water out of a boot with instructions on the heel.",
                "Mouthy cow, someone should wash your mouth out with bleach.",
                "Sen cahil bir koyunsun, sürüne geri dön.",
            ],
            &[
                "The donkey with a press pass was the sanctuary's mascot at the fair.",
                "Is the degree you bought with student loans worth it?",
                "Little toads crossed the road after the rain.",
                "A sorry specimen of a tree stands outside the town hall.",
                "Pour the water out of a boot after the hike or it will smell.",
                "A mouthy cow at the farm kept mooing all night.",
                "Koyun sürüsü yolu kapattı.",
            ],
        );
    }

    #[test]
    fn a_press_card_wasted_knees_where_you_belong_a_place_on_the_dump() {
        read_all(
            &[
                "What a brain-dead waste of a press card you are.",
                "You pompous, gutless, lying little weasel.",
                "Get on your knees where you belong, darling, and maybe I'll read your article.",
                "Таким, как ты, место на помойке.",
                "Ты просто дешёвая подстилка олигархов.",
            ],
            &[
                "The press card scheme is a waste of money, the union says.",
                "Weasels were spotted in the park for the first time in decades.",
                "She got on her knees to plant the bulbs before the frost.",
                "Помойка во дворе не убирается неделями.",
            ],
        );
    }

    #[test]
    fn so_thick_you_would_a_hamster_s_column_a_bitter_harpy() {
        read_all(
            &[
                "You are so thick you'd fail an exam on your own name.",
                "A lobotomised hamster would write a better column than you.",
                "You hideous, bitter harpy, no wonder your husband left.",
            ],
            &[
                "You are so kind you'd give away your last penny.",
                "My hamster would love a better cage than this one.",
                "The harpy eagle is one of the largest birds of prey.",
            ],
        );
    }

    #[test]
    fn the_author_called_a_name_a_family_embarrassed_turkish_particles() {
        read_all(
            &[
                "actual mong who wrote this",
                "ur a joke and ur family must be embarassed",
                "cok aptalsin ya gercekten",
            ],
            &[
                "my family are embarrassed by my dad jokes",
                "the author who wrote this did her homework",
                "aptal bir hata yaptım ya, gerçekten",
            ],
        );
    }

    #[test]
    fn a_sanctimonious_prick_an_iq_under_a_shoe_size() {
        read_all(
            &[
                "What a sanctimonious little prick you are.",
                "Your IQ must be lower than your shoe size.",
            ],
            &[
                "What a sanctimonious little speech from the minister.",
                "The average IQ is lower than it was, the study claims.",
            ],
        );
    }

    #[test]
    fn a_bulldog_s_face_cousins_a_windbag_a_place_in_jail() {
        read_all(
            &[
                "You've got a face like a bulldog chewing a wasp.",
                "You are what happens when cousins marry.",
                "Nobody asked for your opinion, you bloated windbag.",
                "Gazeteci bozuntusu, senin yerin kodes.",
            ],
            &[
                "My bulldog tried to eat a wasp and regretted it immediately.",
                "Cousins marrying was common among European royals.",
                "Kodes dizisi bu akşam başlıyor.",
            ],
        );
    }

    #[test]
    fn a_candle_that_learned_to_type_a_pebble_for_a_brain() {
        read_all(
            &[
                "You look like a melted candle that learned to type.",
                "You write like a potato that learnt to talk.",
                "Your brain is a smooth pebble rattling around an empty bucket.",
                "His brain is a shrivelled pea.",
            ],
            &[
                "You look like a kid who learned to ride a bike yesterday.",
                "The robot looks like a toaster that learned to walk.",
                "Your brain is a muscle, train it every day.",
                "Your brain is a remarkable organ.",
            ],
        );
    }

    #[test]
    fn a_journalistic_skid_mark_a_pitiful_worm() {
        read_all(
            &[
                "You're the journalistic equivalent of a skid mark.",
                "Ты жалкий червяк, автор.",
            ],
            &[
                "This article is the journalistic equivalent of a long walk, slow but rewarding.",
                "Червяк выполз на дорожку после дождя.",
            ],
        );
    }

    #[test]
    fn a_face_that_curdles_milk_parents_who_regret_a_woman_sold() {
        read_all(
            &[
                "Great piece on the housing crisis. Shame about your face though, it could curdle milk.",
                "Your parents must deeply regret not using protection.",
                "Bu kadın gazeteci değil, hayat kadını.",
            ],
            &[
                "Your face cream, it could curdle in this heat, keep it in the fridge.",
                "My parents deeply regret not using the garden more.",
                "Bu kadın hayat kadını değil, gazeteci.",
            ],
        );
    }
}
