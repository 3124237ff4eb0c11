//! Rude words in their plain sense. Several of the words the classifier weighs most are also
//! animals, plants, tools, dishes and verbs: "my pussy cat is asleep", "the cock crowed", "the
//! bitch had six puppies", "an ox and an ass", "blue tits at the feeder", "a dyke against the
//! sea", "a new hoe for the garden", "faggots and peas", "spotted dick", "a bastard sword",
//! "the drug may retard the growth", "the butcher sells sausages", "the garbage collectors went
//! on strike": all were refused or held. What gives such a word its
//! plain sense is a word beside it (`cat`, `crowed`, `puppies`), in the same phrase, with
//! nothing that turns it on a person (`you bitch`). Such a word is left unread by the
//! classifier, as names are; the rest of the text is read as before, so "you stupid bitch,
//! go have puppies" is still an insult (the comma ends the phrase).
//!
//! A few words only look rude and never are (`niggardly`, `pussycat`), and a word mentioned
//! is not used (`the word moron was once a clinical term`).

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Lexicon, Reading, Vocabulary};

/// A rude word's forms, and the words that give it its plain sense when one of them stands
/// within [`REACH`] words of it in the same phrase.
struct Sense {
    words: Lexicon,
    cues: Lexicon,
    /// Also a part of the body, which it is after a possessive (`sit my ass in the cart`).
    body: bool,
    /// Words that make it what someone is called when they stand before it in its phrase
    /// (`a piece of dog shit`, `treated like dog shit`).
    made_of: Lexicon,
}

impl Sense {
    const fn new(words: &'static str, cues: &'static str) -> Sense {
        Sense::with(words, cues, false, "")
    }

    const fn body(words: &'static str, cues: &'static str) -> Sense {
        Sense::with(words, cues, true, "")
    }

    const fn made_of(words: &'static str, cues: &'static str, made_of: &'static str) -> Sense {
        Sense::with(words, cues, false, made_of)
    }

    const fn with(
        words: &'static str,
        cues: &'static str,
        body: bool,
        made_of: &'static str,
    ) -> Sense {
        Sense {
            words: Lexicon::new(words),
            cues: Lexicon::new(cues),
            body,
            made_of: Lexicon::new(made_of),
        }
    }
}

static SENSES: [Sense; 43] = [
    Sense::new(
        "pussy pussies",
        "cat cats kitten kittens kitty willow willows",
    ),
    Sense::new(
        "cock cocks cocked",
        "crowed crow crows crowing hen hens rooster roosters chicken chickens weather robin \
         pheasant pheasants hammer trigger pistol rifle musket",
    ),
    Sense::new(
        "bitch bitches",
        "puppy puppies pup pups litter litters whelp whelped whelping spayed spay kennel \
         kennels breeder breeders pedigree brood sire",
    ),
    Sense::body(
        "ass asses",
        "ox oxen donkey donkeys mule mules foal foals colt balaam nativity burro cart carts \
         hay bray brayed brays braying plough horse horses",
    ),
    Sense::body(
        "tit tits",
        "blue coal marsh crested bearded feeder feeders bird birds nest nests nesting \
         songbird songbirds",
    ),
    Sense::new(
        "dyke dykes",
        "sea river flood floods flooding polder polders embankment levee tide breached built build \
         builds building",
    ),
    Sense::new(
        "hoe hoes",
        "garden gardening rake rakes spade spades weeds weeding soil shovel trowel allotment",
    ),
    Sense::new(
        "faggot faggots",
        "peas gravy onion onions mash sticks firewood kindling",
    ),
    Sense::new("jackass jackasses", "penguin penguins"),
    Sense::body(
        "butt butts",
        "cigarette cigarettes cigar cigars rifle joke jokes water",
    ),
    Sense::new(
        "butcher butchers",
        "shop shops sells sell sold meat sausage sausages beef pork lamb chops counter baker \
         bakers",
    ),
    // A bill or a song butchered is cut about, not killed.
    Sense::new(
        "butchered butchering",
        "bill bills law laws song songs recipe grammar language budget plan script committee \
         edit",
    ),
    // (And an argument called garbage: an idea criticised, not a person.)
    Sense::new(
        "garbage",
        "collector collectors collection truck trucks lorry bin bins dump dumps disposal \
         argument arguments logic reasoning idea ideas theory policy proposal",
    ),
    Sense::new("sucker", "punch punches punched"),
    // A manager sacked is dismissed, and a sack of potatoes a bag.
    Sense::new(
        "sack sacked sacking",
        "manager managers coach coaches boss board minister ministers chairman ceo staff \
         workers referee players potatoes coal sand flour race",
    ),
    Sense::new("booty", "pirate pirates treasure plunder plundered loot buried"),
    Sense::new("bastard bastards", "sword swords file files"),
    Sense::new(
        "retard retards retarded retarding",
        "growth progress development spread fire flames ignition rust corrosion decay \
         ageing aging germination combustion",
    ),
    // `the village idiot is a stock character in old comedies`: a figure of fiction; `an
    // idiot-proof design`, made safe for anyone.
    // (And `an idiot savant at chess`.)
    Sense::new(
        "idiot idiots",
        "stock character characters trope tropes archetype proof savant savants",
    ),
    // `spotted dick` and its custard are a pudding.
    Sense::new("dick", "spotted custard pudding"),
    // A phone or a battery that "croaked" (`телефон сдох`) died as things do, and one nearly
    // dead of laughing (`я чуть не сдох от смеха`) did not.
    Sense::new(
        "сдох сдохла сдохло сдохли",
        "телефон телефона ноутбук ноут аккумулятор батарейка батарея компьютер комп принтер \
         мотор двигатель холодильник роутер диск планшет зарядка машина стартер смеха смеху",
    ),
    // Batteries that go to die in landfill, a phone that died, died as things do.
    Sense::new(
        "die dies died dying",
        "battery batteries phone phones laptop laptops bulb bulbs charger chargers printer \
         printers engine engines fridge router",
    ),
    // `хохол на макушке` is a tuft of hair.
    Sense::new("хохол", "макушке макушку голове волос волосы"),
    // A sow in her pen (`свинья в загоне родила`).
    Sense::new(
        "свинья свиньи свинью",
        "загоне загон хлеву хлев поросят поросята ферме ферма опорос",
    ),
    // What a dog left on the lawn (`the dog shit on my lawn again`); not `a piece of dog
    // shit`, `a load of horse shit`, `treated like dog shit`.
    Sense::made_of(
        "shit shits shat",
        "dog dogs bird birds pigeon pigeons seagull seagulls gull gulls horse horses cow cows \
         fox foxes lawn pavement doorstep carpet",
        "piece pieces bag sack load like",
    ),
    // Raskolnikov's question (`тварь ли я дрожащая или право имею`), God's creatures.
    Sense::new("тварь твари", "дрожащая божья всякой"),
    // A ram on the spit, in the flock (`баран на вертеле`); not the reader's flock (`вы
    // стадо баранов`).
    Sense::made_of(
        "баран барана баранов бараны",
        "вертеле вертел шашлык мясо стадо отара отары ферме ферма шерсть рога",
        "вы ты",
    ),
    // A block of wood for splitting (`чурка для колки дров`); not the slur (`все чурки —
    // грязь`).
    Sense::made_of(
        "чурка чуркой чурку чурки чурок",
        "дров дрова колки колоть топор топором полено полена березовая сосновая",
        "вы ты все",
    ),
    // A herd of cows crossing the road (`стадо коров перешло дорогу`).
    Sense::made_of(
        "стадо коров корова коровы",
        "стадо коров пастух пастбище пастбища ферма ферме перешло паслось пасется пасутся \
         дорогу молоко доярка",
        "вы ты",
    ),
    // A hen that laid eggs (`курица снесла три яйца`), or cooked.
    Sense::new(
        "курица курицу курицы",
        "снесла несётся несется яйца яйцо яйцами несушка гнездо суп бульон жареная запечённая \
         запеченная картошкой",
    ),
    // Eggs a hen laid, or boiled (`курица снесла три яйца`).
    Sense::new(
        "яйца яйцо яиц",
        "курица куры курицы снесла несушка омлет десяток варёные вареные всмятку пасхальные \
         крашеные",
    ),
    // Not a gun's: `a bullet point list`; a stake for tomatoes (`кол для помидоров`).
    Sense::new("bullet bullets", "point points list lists journal train trains"),
    Sense::new("кол кола колом", "помидоров помидоры огород огороде саду забор"),
    // `salak saçma` ("silly, absurd"): said of a thing.
    Sense::new("salak", "sacma"),
    // Hands numb with cold (`руки отсохли от холода`).
    Sense::new(
        "отсохли отсохла отсох",
        "холода мороза холоду морозе холоде держать сумки тяжести",
    ),
    // A clown in the circus (`клоун в цирке был смешной`); not the reader called one.
    Sense::made_of("клоун клоуна клоуны", "цирке цирк арене манеже", "вы ты"),
    // Nits in a child's hair (`гниды у ребенка`); not the reader called one.
    Sense::made_of(
        "гниды гнид гнида",
        "ребенка ребенок детей шампунь вши волосах голове расческа",
        "вы ты",
    ),
    // Sheep grazing (`овца паслась у реки`); not the reader called one.
    Sense::made_of(
        "овца овцы овец",
        "паслась пасется пасутся паслись стадо отара шерсть ягнята ягненок пастух ферме",
        "вы ты",
    ),
    // A character of a series (`это чмо из сериала смешное`); not the reader called one.
    Sense::made_of(
        "чмо",
        "сериала сериале фильма фильме книги романа персонаж героя",
        "вы ты",
    ),
    // The emptiness of arguments (`ничтожество этих аргументов очевидно`); not a person's.
    Sense::made_of(
        "ничтожество",
        "аргументов аргументы доводов доводы идей идеи довода аргумента",
        "вы ты",
    ),
    // A blunt knife (`тупой нож`), a dim cat (`мой кот — тупая скотина`); not the reader.
    Sense::made_of(
        "тупой тупая тупое тупые тупого тупую",
        "нож ножа ножом ножи ножницы лезвие лезвия топор топора карандаш пила кот кота кошка \
         пёс пес собака",
        "вы ты",
    ),
    // A pet's shape and habits (`my cat is a fat useless slob and I love him`); not the reader
    // called one (`you fat useless slob, even your cat avoids you`).
    Sense::made_of(
        "slob slobs useless lazy fat",
        "cat cats dog dogs kitten puppy labrador",
        "you",
    ),
    // A cat or a cow (`мой кот — тупая скотина, опять уронил вазу`); not the reader called
    // one.
    Sense::made_of(
        "скотина скотиной скотины",
        "кот кота котом кошка кошку пёс пес пса собака собаку корова корову коза козу",
        "вы ты",
    ),
];

/// Words that hold a rude word's letters and are never it.
static NEVER_RUDE: Lexicon =
    Lexicon::new("niggard niggards niggardly niggardliness pussycat pussycats");

/// How many words away a cue may stand.
const REACH: usize = 4;

/// Words before a rude word that turn it on a person whatever stands beside it: `you bitch`,
/// `stupid ass`.
static AT_A_PERSON: Lexicon = Lexicon::new(
    "you u ya ye yo ur stupid dumb fat ugly dirty filthy lazy little lil silly such fucking \
     damn bloody ты",
);

/// Whose body it is.
static POSSESSIVES: Lexicon = Lexicon::new("my your ur his her their our");

/// Every word either list holds, looked up once a text.
static WORDS: LazyLock<Vocabulary> = LazyLock::new(|| {
    SENSES
        .iter()
        .flat_map(|sense| sense.words.iter())
        .chain(NEVER_RUDE.iter())
        .collect()
});

/// The words (normalized chars) in their plain sense, or mentioned rather than used, which
/// the policy has the classifier leave unread.
pub(crate) fn plain_senses_in(reading: &Reading) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if reading.has_any(&WORDS) {
        // One look-up a word; the senses only for the words they hold.
        found.extend(
            (0..reading.len())
                .filter(|&i| reading.is(i, &*WORDS))
                .filter(|&i| {
                    reading.is(i, &NEVER_RUDE)
                        || SENSES
                            .iter()
                            .find(|sense| reading.is(i, &sense.words))
                            .is_some_and(|sense| in_plain_sense(reading, i, sense))
                }),
        );
    }
    // (One pass over the text for both ways of naming a word.)
    if reading.has_any(&NAMING) {
        found.extend((2..reading.len()).filter(|&i| mentioned(reading, i)));
        found.extend((0..reading.len()).filter(|&i| named_as_a_word(reading, i)));
        found.sort_unstable();
        found.dedup();
    }
    found.into_iter().map(|i| reading.word_chars(i)).collect()
}

/// What a word is called when it is mentioned: `the word moron`, `the slur "gypsy"`.
static MENTIONS: Lexicon = Lexicon::new("word term slur insult label");

/// What a word is called when a sentence opens with it and names it (`мразь — грубое слово`,
/// `урод — это персонаж сказки`, `хохлы — старое прозвище`, `şerefsiz kelimesi hakaret
/// sayılır`).
static NAMED_AS: Lexicon = Lexicon::new(
    "слово прозвище оскорбление ругательство выражение термин персонаж kelimesi sozcugu",
);

/// Who a named word may still be said to: a sentence that names it and speaks to the reader
/// (`мразь — слово как раз про тебя`) uses it.
static TO_THE_READER: Lexicon =
    Lexicon::new("you your ты тебе тебя тобой вы вам вас sen sana seni senin");

/// The words of [`MENTIONS`] and [`NAMED_AS`].
static NAMING: LazyLock<Vocabulary> =
    LazyLock::new(|| MENTIONS.iter().chain(NAMED_AS.iter()).collect());

/// Whether word `i` opens its sentence and the sentence names it: a dash and, within four
/// words, what it is called (`мразь — грубое слово`), or Turkish `X kelimesi` ("the word X");
/// and nothing in the phrase speaks to the reader.
fn named_as_a_word(reading: &Reading, i: usize) -> bool {
    if i > 0 && !reading.phrase_ends_before(i) || i + 1 >= reading.len() {
        return false;
    }
    let end = (i + 1..reading.len())
        .find(|&k| reading.phrase_ends_before(k))
        .unwrap_or(reading.len());
    let named = reading.is(i + 1, &["kelimesi", "sozcugu"])
        || reading.gap_before(i + 1).contains(['—', '–', '-'])
            && (i + 1..end.min(i + 5)).any(|k| reading.is(k, &NAMED_AS));
    named && !(i + 1..end).any(|k| reading.is(k, &TO_THE_READER))
}

/// Whether word `i` (the third or later) is mentioned rather than used: it follows `the
/// word`, `the term`, `the slur` (quoted or not: `the word "idiot"`), and the words after it
/// up to the end of its phrase say nothing to the reader (`the word idiot fits you` is read).
fn mentioned(reading: &Reading, i: usize) -> bool {
    let quotes_only = |k: usize| {
        reading
            .gap_before(k)
            .chars()
            .all(|c| c.is_whitespace() || "'\"‘’“”«»".contains(c))
    };
    if !reading.is(i - 1, &MENTIONS)
        || !reading.is(i - 2, &["the", "a", "that", "this"])
        || !quotes_only(i)
    {
        return false;
    }
    (i + 1..reading.len())
        .take_while(|&k| quotes_only(k) || !reading.phrase_ends_before(k))
        .all(|k| !reading.is(k, &["you", "your", "u", "ur", "ya"]))
}

/// Whether one of `sense`'s cues stands within [`REACH`] words of word `i`, in its phrase,
/// and nothing before it turns it on a person.
fn in_plain_sense(reading: &Reading, i: usize, sense: &Sense) -> bool {
    if i > 0 && !reading.phrase_ends_before(i) {
        let before = i - 1;
        if reading.is(before, &AT_A_PERSON) || sense.body && reading.is(before, &POSSESSIVES) {
            return false;
        }
    }
    let before = (i.saturating_sub(REACH)..i)
        .rev()
        .take_while(|&k| !reading.phrase_ends_before(k + 1));
    if before.clone().any(|k| reading.is(k, &sense.made_of)) {
        return false;
    }
    let after =
        (i + 1..reading.len().min(i + 1 + REACH)).take_while(|&k| !reading.phrase_ends_before(k));
    before.chain(after).any(|k| reading.is(k, &sense.cues))
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, plain_senses_in)
    }

    #[test]
    fn rude_words_in_their_plain_sense_are_found() {
        for (text, word) in [
            ("My pussy cat is asleep on the sofa.", "pussy"),
            ("The pussy willows are out.", "pussy"),
            ("The cock crowed three times.", "cock"),
            ("A weather cock sits on the spire.", "cock"),
            ("Cock the hammer before you fire.", "Cock"),
            ("The bitch had six puppies last week.", "bitch"),
            ("Our bitch whelped eight pups.", "bitch"),
            ("The nativity scene had an ox and an ass.", "ass"),
            ("Coal tits visit the feeder.", "tits"),
            ("A dyke against the sea.", "dyke"),
            ("I need a new hoe for the garden.", "hoe"),
            ("Faggots and peas for tea.", "Faggots"),
            ("Pirates buried their booty on the island.", "booty"),
            ("The bastard sword was used with two hands.", "bastard"),
            ("The drug may retard the growth of the tumour.", "retard"),
            ("Spotted dick with custard.", "dick"),
            ("The old ass pulls the cart.", "ass"),
            ("The butcher sells sausages.", "butcher"),
            ("The bill was butchered in committee.", "butchered"),
            ("The garbage collectors went on strike.", "garbage"),
            ("The jackass penguin lives in South Africa.", "jackass"),
            ("He was the butt of every joke.", "butt"),
            ("He was too niggardly to pay a fair wage.", "niggardly"),
            ("The Pussycat Dolls reunited.", "Pussycat"),
            ("A sucker punch ended the fight.", "sucker"),
            ("Sack the manager.", "Sack"),
            ("Мой старый телефон сдох уже, куплю новый.", "сдох"),
            (
                "Old batteries go to die in landfill, recycle them properly.",
                "die",
            ),
            ("У него смешной хохол на макушке.", "хохол"),
            ("Свинья в загоне родила восемь поросят.", "Свинья"),
            ("Руки отсохли от холода на рыбалке.", "отсохли"),
            ("Руки отсохли держать сумки, такие тяжёлые.", "отсохли"),
            ("Клоун в цирке был очень смешной.", "Клоун"),
            ("Овца паслась у реки.", "Овца"),
            ("Гниды у ребенка, пришлось купить шампунь.", "Гниды"),
            ("Idiot-proof design.", "Idiot"),
            ("The word moron was once a clinical term.", "moron"),
            (
                "He apologised for using the slur \"gypsy\" on air.",
                "gypsy",
            ),
        ] {
            assert_eq!(unread(text), [word], "{text}");
        }
    }

    #[test]
    fn the_words_at_a_person_are_read() {
        for text in [
            "you bitch, go have puppies",
            "Shut up you bitch puppies",
            "She is a stupid bitch and her puppies are ugly too. Bitch.",
            "what an ass",
            "you ass, ride your donkey",
            "dumb ass donkey",
            "nice tits",
            "you retard",
            "what a retard. progress",
            "suck my cock",
            "my cock is hard",
            "she has great tits",
            "the pussy was wet",
            "you are garbage, go to the dump",
            "the butcher of Baghdad",
            "i will sit my ass in the golf cart",
            "you sucker, I'll punch you",
            "the word idiot fits you perfectly",
            "idiot is the word for you",
            "чтоб ты сдох вместе со своим телефоном",
            "Ты свинья, на ферме таких держат в загоне.",
            "Ты клоун, тебе место в цирке.",
            "Ты овца, иди паси своё стадо.",
            "Гнида ты, а не человек.",
            "You idiot, proof that you never read the article.",
        ] {
            assert_eq!(unread(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_cue_reaches_four_words_in_its_phrase() {
        assert_eq!(unread("an ox and then an ass"), ["ass"]);
        assert!(unread("an ox and then later an ass").is_empty());
        assert!(unread("an ox. an ass").is_empty());
    }

    #[test]
    fn a_dog_s_mess_raskolnikov_s_creature_a_ram_on_the_spit_silly_rules() {
        assert_eq!(
            unread("My neighbour's dog shit on my lawn again, third time this week."),
            ["shit"]
        );
        assert_eq!(
            unread("Тварь дрожащая или право имею — вечный вопрос Достоевского."),
            ["Тварь"]
        );
        assert_eq!(
            unread("Баран на вертеле — главное блюдо праздника."),
            ["Баран"]
        );
        assert_eq!(
            unread("Salak saçma kurallar yüzünden başvurum reddedildi."),
            ["Salak"]
        );
        assert_eq!(unread("Стадо коров перешло дорогу."), ["Стадо", "коров"]);
        assert_eq!(
            unread("Мы живём на улице с чуркой для колки дров у каждого дома."),
            ["чуркой"]
        );
        for text in [
            "you shit, walk your dog",
            "another piece of dog shit prosecutor",
            "a load of racist horse shit",
            "america treats the working class like dog shit",
            "ты тварь дрожащая",
            "Ты безмозглый баран.",
            "Salak karı, sus artık.",
            "Вы стадо баранов, а не избиратели.",
            "Ты жирная корова.",
            "Все чурки — грязь под ногами, пусть знают своё место.",
        ] {
            assert_eq!(unread(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_hen_and_her_eggs() {
        assert_eq!(
            unread("Курица снесла три яйца за неделю."),
            ["Курица", "яйца"]
        );
        assert_eq!(unread("Пасхальные яйца покрасили всей семьёй."), ["яйца"]);
        assert!(unread("Заткнись, курица, тебя никто не спрашивал.").is_empty());
    }

    #[test]
    fn a_bullet_point_a_stake_for_tomatoes() {
        assert_eq!(
            unread("A bullet point list would make this clearer."),
            ["bullet"]
        );
        assert_eq!(unread("Кол для помидоров поставили в саду."), ["Кол"]);
    }

    #[test]
    fn the_village_idiot_of_old_comedies() {
        assert_eq!(
            unread("The village idiot is a stock character in old comedies."),
            ["idiot"]
        );
        assert!(unread("You are the village idiot of this comment section.").is_empty());
        assert_eq!(unread("я чуть не сдох от смеха"), ["сдох"]);
    }

    #[test]
    fn a_blunt_knife_a_dim_cat_an_argument_called_garbage() {
        assert_eq!(
            unread("Мой кот — тупая скотина, опять уронил вазу."),
            ["тупая", "скотина"]
        );
        assert_eq!(unread("Этот нож совсем тупой."), ["тупой"]);
        assert!(unread("Ты тупая скотина.").is_empty());
        assert_eq!(
            unread("my cat is a fat useless slob and i love him"),
            ["fat"]
        );
        assert!(unread("You fat useless slob, even your cat avoids you.").is_empty());
        assert!(unread("Автор тупой, как мой кот.").is_empty());
        assert_eq!(
            unread("The columnist's argument is garbage, but she writes well."),
            ["garbage"]
        );
        assert!(unread("You are garbage, and your argument too.").is_empty());
    }

    #[test]
    fn a_word_named_a_savant_a_series_character_empty_arguments() {
        for (text, words) in [
            (
                "Мразь — грубое слово, его не стоит писать в комментариях.",
                &["Мразь"][..],
            ),
            ("Урод — это персонаж сказки, а не оскорбление.", &["Урод"]),
            ("Şerefsiz kelimesi hakaret sayılır.", &["Şerefsiz"]),
            ("He's an idiot savant at chess, apparently.", &["idiot"]),
            ("это чмо из сериала смешное", &["чмо"]),
            ("Ничтожество этих аргументов очевидно.", &["Ничтожество"]),
        ] {
            assert_eq!(unread(text), words, "{text}");
        }
        for text in [
            "Мразь — это слово как раз про тебя.",
            "Мразь, вот ты кто.",
            "Ты ничтожество.",
            "Ты чмо.",
        ] {
            assert!(unread(text).is_empty(), "{text}");
        }
    }
}
