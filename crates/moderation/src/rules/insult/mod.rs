//! Stock insults: the set phrases readers demean one another with that hold no insulting word
//! (`you have the IQ of a potato`, `crawl back under your rock`, `your parents must be ashamed
//! of you`, `nobody would miss you`, `keep crying, snowflake`). The classifier, which weighs
//! words, allowed all of them (abusive 0.07 to 0.48). Each is read from the shape of a clause
//! aimed at the reader or a person; the same words elsewhere (`the attention span of a news
//! cycle`, `go back to your seats`, `the patient is brain dead`, `the snowflake fell`) are not
//! insults. Quoted and reported ones are left to the classifier.
//!
//! `Clause::insult`, here, tries at each word the shapes `SHAPES` lists, in its order, with
//! the words each needs; each family of shapes is read in its own file: insults to the mind
//! in `mind.rs`, a life called a waste or a shame in `unwanted.rs`, the reader's absence wished
//! in `absence.rs`, looks in `looks.rs`, the reader told to be silent or to serve in
//! `silenced.rs`, names called in `names.rs`, the reader's wits doubted in a question in
//! `asked.rs`, and the Russian and Turkish ones in `ru_tr.rs`.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Sequences, Tagged, Vocabulary};
use super::hate::BLIGHT_OF_TR;
use super::Hit;
use crate::normalize::Normalized;

mod absence;
mod asked;
mod looks;
mod mind;
mod names;
mod ru_tr;
mod silenced;
#[cfg(test)]
mod tests;
mod unwanted;
mod unwell;

use absence::{BETTER_OFF, GONE_TR};
use asked::KEYBOARDS;
use looks::UGLY;
use mind::{ASYLUM, CHILD, DIM_THINGS, DUMB, DUMBEST, MIND, WRITERS_MOCKED};
use names::{
    ACCUSED, ANIMAL_NAMES, BEASTS, BLIGHTS, NAMES, NAMES_AT_THE_READER, NAMES_RU, NAMES_TR,
    NAMES_TR_YOU, PESTS, VERB_NAMES, VERMIN_OF, WILDS,
};
use ru_tr::{
    ASYLUM_RU_TR, BEASTS_TR, BREED_RU, CALLED_TR, CHILDISH_WRITERS, DROPPED_RU, DROPPED_TR,
    NEVER_BORN, PEOPLE_RU_TR,
};
use silenced::{DISMISSED, PET_NAMES};
use unwanted::{DEN, FAILURES, SOLD_KIN};
use unwell::{DISABLED, UNWELL};

/// The reader or someone, as a pronoun.
static PRONOUNS: Lexicon = Lexicon::new("you your he his she her they them u ur ya");

/// The paper's own people: `the author is a brainless parasite`, `your editor is a ...`.
static STAFF: Lexicon = Lexicon::new("writer author columnist reporter journalist editor");

/// People by their trade, not in office: called names as the paper's people are (`the
/// consultant is a smug prick`), where the name closes its phrase.
pub(super) static TRADES: Lexicon = Lexicon::new(
    "consultant surgeon doctor nurse gp midwife paramedic dentist vet referee ref umpire \
     linesman manager landlord landlady neighbour neighbor boss headteacher headmaster lawyer \
     barrister solicitor singer rapper presenter actor actress comedian critic dj carer agent \
     developer builder plumber electrician blogger chef cook owner artist artists busker \
     buskers biographer bishop vicar priest imam rabbi",
);

/// People by what they are, besides the paper's own.
static OTHERS: Lexicon = Lexicon::new(
    "commenter poster guy man woman presenter anchor judge vicar priest teacher coach reviewer \
     novelist poet director",
);

/// People by what they are, the paper's people among them: `the fat ugly presenter`.
static PEOPLE: LazyLock<Vocabulary> =
    LazyLock::new(|| Lexicon::all_of(&[&STAFF, &OTHERS]).collect());

/// The reader or a person, as the clause's subject or object.
static PERSON: LazyLock<Vocabulary> =
    LazyLock::new(|| Lexicon::all_of(&[&PRONOUNS, &STAFF, &OTHERS]).collect());

/// Those who would be ashamed: `your parents must be ashamed of you`.
static KIN: Lexicon = Lexicon::new(
    "parents mother mom mum mommy mama father dad daddy family folks grandparents children kids \
     brother sister son daughter",
);

/// Words of scorn that make an animal's name an insult where they open a clause with it.
static SCORN: Lexicon = Lexicon::new(
    "ugly fat stupid dumb filthy dirty lying miserable pathetic smug brainless silly useless \
     worthless disgusting greedy old slimy sniveling snivelling spineless little mouthy \
     gutless cowardly vile thieving greasy sweaty smelly \
     жирная жирный тупая тупой старая мерзкая невежественная невежественный безмозглая безмозглый \
     бесполезная бесполезный жалкая жалкий глупая глупый вонючая вонючий cahil zavalli igrenc",
);

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
        &BEASTS_TR,
        &PEOPLE_RU_TR,
        &CHILDISH_WRITERS,
    ],
    words: &[
        "utaniyordur",
        "utaniyor",
        "utanir",
        "zekasina",
        "zekasi",
        "iq",
        "интеллект",
        "мозги",
        "ум",
        "aptal",
        "salak",
        "gerizekali",
        "beyinsiz",
        "kafasiz",
        "ничтожество",
        "недоразумение",
        "зоопарк",
        "панель",
        "панели",
        "zekan",
        "стыдиться",
        "стыдится",
        "зеркало",
        "пустое",
        "dogurduguna",
        "никто",
        "ноль",
        "kimse",
        "hicsin",
        "bogmaliydilar",
        "bogmaliydi",
        "dogurmasaydi",
        "dogursaydi",
        "аборт",
        "aldirmaliydi",
        "yutmaliydi",
        "проглотила",
        "parcasisin",
        "parcasisiniz",
        "parcasi",
        "kazinmali",
        "стыдно",
        "тупее",
        "рождался",
        "рождалась",
        "родился",
        "родилась",
        "больная",
        "больной",
        "больные",
        "akil",
        "недоделанный",
        "недоделанная",
        "недоделанные",
        "шкура",
        "коровы",
        "курицы",
        "inekler",
        "tavuklar",
        "умеешь",
        "okuma",
        "kafayla",
        "diplomani",
        "диплом",
    ],
};

/// What a reader is the human equivalent of (`a wet fart`, `a migraine`).
static NUISANCES: Lexicon = Lexicon::new(
    "fart farts migraine headache rash haemorrhoid hemorrhoid haemorrhoids hemorrhoids \
     toothache wart boil stain turd cold sore splinter skid verruca parking toilet leak spill \
     sewer landfill cockroach rat slug maggot leech parasite tapeworm",
);

/// What no criticism calls anyone: `subhuman`, `scum`, `whore`.
static VILE: Lexicon = Lexicon::new(
    "subhuman subhumans untermensch vermin scum filth whore whores slut sluts skank skanks \
     cockroach cockroaches",
);

/// What a person does like one of the [`VILE`]: `she writes like a whore`.
static LIKENED_BY: Lexicon = Lexicon::new(
    "writes write talks talk looks look acts act dresses dress behaves behave sounds sound",
);

/// Persons a reader is called a poor excuse for.
static HUMAN: Lexicon = Lexicon::new(
    "human man woman person journalist reporter writer columnist editor father mother parent \
     husband wife politician adult teacher doctor educator lecturer professor nurse",
);

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
static SHAPES: [(Shape, &Needs); 114] = [
    (|c, i| c.where_the_sun_does_not_shine(i), &words(&["sun"])),
    (|c, i| c.dumbest_alive(i), &lexicons(&[&DUMBEST])),
    (|c, i| c.mind_of_a_thing(i), &lexicons(&[&MIND])),
    (|c, i| c.nobody_wanted(i), &words(&["nobody", "no"])),
    (|c, i| c.waste_of_oxygen(i), &words(&["waste", "runt"])),
    (
        |c, i| c.off_a_short_pier(i),
        &words(&["pier", "plank", "jetty"]),
    ),
    (|c, i| c.reason_kin_left(i), &words(&["reason"])),
    (|c, i| c.sad_little(i), &words(&["sad"])),
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
        &words(&["place", "without", "off"]),
    ),
    (
        |c, i| c.better_off_gone(i),
        &lexicons(&[&BETTER_OFF, &GONE_TR]),
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
    (|c, i| c.why_animals_eat_their_young(i), &words(&["young"])),
    (
        |c, i| c.echoing_skull(i),
        &words(&["echoes", "echo", "air", "cobwebs", "sawdust"]),
    ),
    (
        |c, i| c.written_by_a_chimp(i),
        &words(&["chimp", "monkey", "toddler", "baboon", "gibbon"]),
    ),
    (|c, i| c.face_to_match(i), &words(&["charm"])),
    (|c, i| c.lonely_brain_cell(i), &words(&["loneliness"])),
    (|c, i| c.evolution_reversed(i), &words(&["evolution"])),
    (
        |c, i| c.dropped_as_a_baby(i),
        &words(&["baby", "babies", "infant", "birth"]),
    ),
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
        &words(&[
            "degree",
            "diploma",
            "phd",
            "qualifications",
            "diplomani",
            "диплом",
        ]),
    ),
    (|c, i| c.sold_your_own_grandmother(i), &words(SOLD_KIN)),
    (|c, i| c.walking_abortion(i), &words(&["walking"])),
    (
        |c, i| c.raised_you(i),
        &words(&["ashamed", "prison", "jail", "locked", "fit"]),
    ),
    (|c, i| c.muzzled(i), &words(&["muzzle"])),
    (|c, i| c.proud_of_a_failure(i), &lexicons(&[&FAILURES])),
    (|c, i| c.less_of_a_failure(i), &lexicons(&[&FAILURES])),
    (|c, i| c.face_for_radio(i), &words(&["radio"])),
    (
        |c, i| c.unloved_for_looks_ru_tr(i),
        &words(&["никто", "kimse", "kim"]),
    ),
    (|c, i| c.gods_joke(i), &words(&["humour", "humor"])),
    (|c, i| c.spawned_you(i), &words(&["spawned"])),
    (|c, i| c.dropped_on_the_head(i), &words(&["head"])),
    (
        |c, i| c.dropped_on_the_head_ru_tr(i),
        &words(&["головой", "kafanin", "kafan"]),
    ),
    (|c, i| c.gene_pool_chlorine(i), &words(&["chlorine"])),
    (
        |c, i| c.taught_by_a_beast(i),
        &words(&["taught", "учил", "учила", "научил", "научила", "ogretti"]),
    ),
    (
        |c, i| c.brain_cell_doubted(i),
        &words(&[
            "cell",
            "cells",
            "извилина",
            "извилины",
            "извилину",
            "извилин",
            "hucresi",
            "hucren",
        ]),
    ),
    (
        |c, i| c.mind_asked_after(i),
        &words(&["ears", "мозги", "мозгов", "kafan", "beynin", "beyin"]),
    ),
    (
        |c, i| c.asked_if_this_stupid(i),
        &words(&[
            "глупый",
            "тупой",
            "глупая",
            "тупая",
            "туп",
            "глуп",
            "kafasiz",
            "aptal",
            "salak",
            "beyinsiz",
            "gerizekali",
        ]),
    ),
    (|c, i| c.brain_smaller_tr(i), &words(&["beynin"])),
    (|c, i| c.near_a_keyboard(i), &lexicons(&[&KEYBOARDS])),
    (|c, i| c.too_hard_for_you(i), &words(&["hard", "difficult"])),
    (
        |c, i| c.children_that_lived(i),
        &words(&["lived", "survived"]),
    ),
    (
        |c, i| c.tie_your_shoelaces(i),
        &words(&["shoelaces", "laces", "shoes", "breathe"]),
    ),
    (|c, i| c.practised_dumb(i), &lexicons(&[&DUMB])),
    (|c, i| c.can_you_read_ru(i), &words(&["умеешь"])),
    (|c, i| c.can_you_read_tr(i), &words(&["okuma", "kafayla"])),
    (
        |c, i| c.evolution_reversed_ru_tr(i),
        &words(&["эволюция", "evrimin"]),
    ),
    (
        |c, i| c.chess_with_a_pigeon(i),
        &words(&["pigeon", "голубем", "guvercinle"]),
    ),
    (|c, i| c.wet_sock_ru_tr(i), &words(&["носка", "corap"])),
    (
        |c, i| c.favour_to_the_world_ru_tr(i),
        &words(&["одолжение", "iyilik"]),
    ),
    (
        |c, i| c.kin_should_have(i),
        &words(&[
            "swallowed",
            "pulled",
            "protection",
            "condoms",
            "condom",
            "stopped",
        ]),
    ),
    (
        |c, i| c.for_birth_control(i),
        &words(&[
            "birth",
            "contraception",
            "abortion",
            "cousins",
            "siblings",
            "sterilisation",
            "sterilization",
        ]),
    ),
    (
        |c, i| c.nobody_cares(i),
        &words(&["nobody", "one", "man", "funeral"]),
    ),
    (
        |c, i| c.face_that_stops_clocks(i),
        &words(&["face", "imagine"]),
    ),
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
                "parcasi",
                "israfi",
                "israfisin",
                "glorified",
                "sokak",
                "hayat",
                "beyni",
                "calismayan",
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
                "mutfaga",
                "mutfagina",
                "кухню",
                "плите",
                "toilets",
                "floors",
                "burgers",
                "recipes",
                "knitting",
                "рецепты",
                "tarifi",
                "tarifleri",
                "bulasik",
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
    (
        |c, i| c.smarter_things(i),
        &Needs {
            lexicons: &[&DIM_THINGS, &MIND],
            words: &["backbone", "spine", "charm", "conversations"],
        },
    ),
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
    (|c, i| c.mind_called_ill(i), &lexicons(&[&UNWELL])),
    (|c, i| c.disabled_as_an_insult(i), &lexicons(&[&DISABLED])),
    (|c, i| c.never_born(i), &words(&["born", "birth"])),
    (|c, i| c.ru_tr(i), &RU_TR_STARTS),
    (
        |c, i| c.brain_of_a_beast_ru_tr(i),
        &words(&["мозги", "мозгов", "beyni", "beynin"]),
    ),
    (
        |c, i| c.back_under_the_rock_ru_tr(i),
        &words(&["камень", "tasin"]),
    ),
    (|c, i| c.paper_person_called_tr(i), &lexicons(&[&CALLED_TR])),
    (
        |c, i| c.own_backside_not_found(i),
        &words(&["backside", "arse", "ass", "butt", "behind", "bum"]),
    ),
    (
        |c, i| c.what_the_cat_dragged_in(i),
        &words(&["dragged", "brought", "threw", "coughed"]),
    ),
    (
        |c, i| c.slept_with_the_boss(i),
        &words(&["sleeping", "slept", "sleeps"]),
    ),
    (|c, i| c.called_vile(i), &CALLED_VILE),
    (|c, i| c.beasts_they_are(i), &lexicons(&[&BEASTS])),
    (
        |c, i| c.pointed_at_as_vermin(i),
        &lexicons(&[&PESTS, &WILDS]),
    ),
    (|c, i| c.helmet_for_thinking(i), &words(&["helmet"])),
    (
        |c, i| c.one_of_them_herself(i),
        &words(&["herself", "himself", "themselves"]),
    ),
];

/// What [`Clause::called_vile`] needs: a vile name, a crime, an animal, or a thing that
/// `learned to type`.
static CALLED_VILE: Needs = Needs {
    lexicons: &[
        &VILE,
        &ACCUSED,
        &NAMES,
        &VERB_NAMES,
        &ANIMAL_NAMES,
        &BLIGHTS,
    ],
    words: &["learned", "learnt"],
};

/// The words of [`SHAPES`], each tagged with the shapes it lets match.
static SHAPE_WORDS: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        SHAPES
            .iter()
            .enumerate()
            .flat_map(|(bit, (_, needs))| needs.iter().map(move |w| (w, bit as u32))),
    )
});

/// The words every stock insult but the [`COMMON_SHAPES`] holds one of: the rarer word of each
/// shape (`basement`, not `back`; `clock`, not `face`), since a text is read clause by clause
/// only when it holds a cue.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| cues().collect());

/// Shapes whose words are all too common to read every text that holds one of them: a text
/// is read for them only where they stand together.
static COMMON_SHAPES: LazyLock<Sequences> = LazyLock::new(|| {
    Sequences::new(&[
        &["no", "one"],
        &["off", "without"],
        &["off", "if", "you", "never"],
        &["up", "without"],
        &["you", "people"],
        &["people", "like", "you"],
        &["better", "place"],
        &["cleaner", "place"],
        &["safer", "place"],
        &["quieter", "place"],
        &["better", "without"],
        &["cleaner", "without"],
        &["safer", "without"],
        &["reason", "your"],
        &["sad", "little"],
        &["too", "hard", "for", "you"],
        &["too", "difficult", "for", "you"],
        &["children", "that", "lived"],
        &["children", "who", "lived"],
        &["children", "that", "survived"],
        &["children", "who", "survived"],
    ])
});

/// The cues and the common shapes' words, for a text that holds one of those shapes.
static CUES_AND_COMMON: LazyLock<Vocabulary> = LazyLock::new(|| {
    cues()
        .chain(["one", "people", "place", "without", "reason", "sad", "off"])
        .chain(["hard", "difficult", "lived", "survived"])
        .collect()
});

/// The lexicons whose words are cues.
static CUE_LEXICONS: [&Lexicon; 30] = [
    &UNWELL,
    &DISABLED,
    &PESTS,
    &WILDS,
    &DIM_THINGS,
    &BEASTS,
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
    &CALLED_TR,
    &KEYBOARDS,
    &OTHER_CUES,
];

fn cues() -> impl Iterator<Item = &'static str> {
    Lexicon::all_of(&CUE_LEXICONS).chain(ru_tr_cues())
}

/// The cues not in a list above.
static OTHER_CUES: Lexicon = Lexicon::new(
    "disgrace waste favour favor ashamed nobody drop dropped curdle crack sink scare frighten melt \
     suratla suratinla kiloyla \
     clock instructions labels label kitchen sandwich excuse born swallowed pulled birth condom \
     young echoes cobwebs sawdust charm loneliness evolution siblings \
     contraception abortion mouth bullet bullets rope ammo ammunition noose slept sleeps sleeping \
     sleep knees legs equivalent prison jail locked muzzle позор dragged coughed кусок mutfak bulasik \
     mutfaktir mutfaga mutfagina кухню плите blight sun boil wart pimple carbuncle worth failed \
     notice позорище israfi israfisin \
     face anani desperate blind deaf mongrel mongrels uterus piss regrets regretted disappointed \
     imagine evolution cells grandmother granny gran nan sessions favours favors overtime specimen \
     degree diploma phd qualifications water hamster goldfish parrot embarrassed embarassed \
     embarrased cousins kodes fat runt std drinks drank cries cried weeps wept ignorance stupidity \
     idiocy ugliness participation cheats cheated toilets floors burgers sandwiches fit kindness \
     leash fart farts turd sokak glorified spinster learn learned learnt barbed protection condoms hayat \
     party celebrate rejoice funeral breed reproduce version hooker teapot asylum integrity \
     aliens onion bliss circus beyni tool tools pier jetty sterilisation sterilization stopped \
     radio humour humor spawned herself himself themselves calismayan головой kafanin kafan \
     chlorine beynin эволюция evrimin pigeon голубем guvercinle носка corap одолжение iyilik \
     recipes knitting рецепты tarifi tarifleri conversations helmet taught учил учила научил \
     научила ogretti cell извилина извилины извилину извилин hucresi hucren kafasiz глупый тупой \
     глупая тупая туп глуп мозгов камень tasin backside arse butt bum ears beyin shoelaces shoes \
     laces breathe happier relieved nicer quieter saner calmer чище легче лучше спокойнее \
     счастливее добрее olmasan olmasaydin sensiz olsan olsaydin olmadigi",
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
}

impl Needs {
    fn iter(&self) -> impl Iterator<Item = &'static str> {
        let listed = self.lexicons.iter().flat_map(|l| l.iter());
        listed.chain(self.words.iter().copied())
    }
}
