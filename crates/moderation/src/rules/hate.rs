//! Attacks on a group of people for who they are, read from how a clause is built: a group
//! named (`data/identities.txt`: women, Muslims, Kurds, refugees... in English, Russian and
//! Turkish; and `PHRASED_GROUPS`: the elderly, people in wheelchairs) and said to be vermin, a disease or not human (**dehumanisation**: `refugees are
//! cockroaches`, `мигранты — тараканы`, `göçmenler birer parazit`, `X are not human`), or
//! hated by the writer (**contempt**: `I hate Muslims`, `ненавижу евреев`, `Kürtlerden nefret
//! ediyorum`), said to be criminal or lesser by nature (**stereotype**: `Black people are
//! criminals`, `Mexicans are lazy`, `immigrants are a burden on society`, `typical woman
//! driver`, `lesbians just need a real man`, `цыгане — воры`, `Kürtler hain`), told it does
//! not belong (**exclusion**: `Muslims are not welcome here`,
//! `immigrants are invading our country`, `women should not be allowed to vote`, `women should
//! stay at home`, `go back to where you came from`, `мигрантам здесь не место`), or cast as
//! the hidden hand behind the world's ills (**conspiracy**: `Jews
//! control the media`), or called by a slur whatever is said of it (**slur**: `Pakis`,
//! `жиды`; not the slur named, `the word "paki"`).
//!
//! The same words said of anything else are not attacks (`rats are everywhere in the subway`,
//! `politicians are parasites`, `the strikers were lazy`: criticism of people for what they
//! do is the classifier's to judge), nor are they when negated (`migrants are not vermin`,
//! `I don't hate Jews`, `immigrants are less likely to be criminals`), quoted, reported or
//! believed by others (`calling refugees cockroaches is how genocides start`, `the myth that
//! refugees are criminals`; in Turkish the report follows: `Suriyelilere hayvan diyenler
//! utansın`).

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary, Voice, IDENTITIES};
use super::Hit;
use crate::normalize::Normalized;

/// Which kind of attack on a group was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HateKind {
    /// A group said to be vermin, a disease, not human.
    Dehumanisation,
    /// The writer's hatred of a group.
    Contempt,
    /// A group said to be criminal or lesser by nature.
    Stereotype,
    /// A group (or the reader) told it does not belong, or has no rights.
    Exclusion,
    /// A group said to control the media, the banks or the world, or to be behind its wars.
    Conspiracy,
    /// A group called by a slur (`Pakis`, `kikes`, `жиды`), whatever is said of it.
    Slur,
}

/// Slurs for groups of people, which name them only to demean them (plurals alone where the
/// singular has another sense: `хохол` is also a tuft of hair, `chink` a crack).
static SLURS: Lexicon = Lexicon::new(
    "paki pakis kike kikes spic spics spick spicks wetback wetbacks raghead ragheads muzzie \
     muzzies muzrat muzrats \
     towelhead towelheads gook gooks darkie darkies wog wogs sandnigger sandniggers beaner \
     beaners chinks gyppo gyppos pikey pikeys golliwog golliwogs trannies жиды жидов жидам жидами \
     хохлы хохлов хохлам хохлами хачи хачей хачам черномазые черномазых пиндосы пиндосов \
     кацапы кацапов узкоглазые узкоглазых цыганва цыганвы polack polacks",
);

/// What a group is called to deny it is human.
pub(super) static DEHUMANISING_EN: Lexicon = Lexicon::new(
    "vermin rats rat cockroaches roaches parasites parasite animals beasts apes monkeys pigs \
     dogs insects maggots leeches lice ticks fleas bedbugs locusts savages subhuman subhumans \
     untermenschen \
     disease cancer plague virus infestation pestilence filth scum trash garbage freaks \
     abomination abominations property orcs cows gorillas factories tumour tumor ants",
);

/// The same in Russian, as normalization leaves it (`ё` as `е`).
pub(super) static DEHUMANISING_RU: Lexicon = Lexicon::new(
    "тараканы крысы паразиты паразит животные звери скоты скот обезьяны свиньи собаки черви \
     вши нелюди недочеловеки рабы болезнь рак чума зараза мразь мрази твари отбросы мусор саранча \
     грязь отребье падаль нечисть опухоль гадят насекомые",
);

/// The same in Turkish, its letters folded to Latin (`haşere` is `hasere`).
pub(super) static DEHUMANISING_TR: Lexicon = Lexicon::new(
    "hayvan hayvanlar hayvandir hayvandirlar parazit parazitler asalak asalaklar asalaktir \
     pislikler parazittir \
     hasere haseret fare fareler bocek yaratik yaratiklar surungen surungenler \
     bocekler hamamboceki hamambocekleri domuz domuzlar kopek kopekler mikrop virus kanser \
     veba pislik cop",
);

/// What a group is called to say it is criminal, depraved or lesser by nature.
static STEREOTYPE_EN: Lexicon = Lexicon::new(
    "criminals thieves rapists terrorists murderers killers thugs barbarians barbaric \
     primitive inferior lazy greedy stupid dumb idiots morons retarded violent perverts \
     perverted degenerates degenerate traitors abomination abominations useless worthless \
     evil backward uncivilised uncivilized inbred brainwashed criminal thief rapist hags \
     terrorist murderer killer thug barbarian pervert traitor dealers dealer mules groomers \
     groomer paedophiles pedophiles nonces drunks layabouts predators parasites deranged \
     scammers fraudsters swindlers beggars pickpockets unemployable cheats thick gangsters \
     gangster",
);

/// What a group is said to be too much of to be trusted with something: `women are too
/// emotional to lead`.
static UNFIT: Lexicon = Lexicon::new(
    "emotional hysterical irrational stupid dumb lazy weak primitive ignorant backward \
     violent",
);

/// The same in Russian.
static STEREOTYPE_RU: Lexicon = Lexicon::new(
    "воры преступники бандиты террористы насильники убийцы дикари варвары предатели тупые \
     ленивые грязные вонючие извращенцы дегенераты враги больные психи ненормальные жулики \
     торгаши мошенники",
);

/// The same in Turkish, folded (`hırsız` is `hirsiz`).
static STEREOTYPE_TR: Lexicon = Lexicon::new(
    "hirsiz hirsizlar hain hainler tecavuzcu tecavuzculer terorist teroristler katil \
     katiller barbar barbarlar aptal aptallar tembel pis kirli sapik sapiklar medeniyetsiz \
     dusman dusmani \
     dusmanlari dusmandir dusmanidir hastadir hastalikli hastaliklidir sapkin sapkindir \
     pissiniz pistir pisler barbardir barbarlardir guvenilmez tembeldir hirsizdir yalancidir \
     yalanci",
);

/// What a group (or the reader and those like them) is called, in Turkish, as a land's
/// blight: `bu ülkenin kanseri`, `bu toprakların mikrobu`.
pub(super) static BLIGHT_OF_TR: Lexicon = Lexicon::new(
    "kanseri kanseridir mikrobu mikroplari mikrobudur vebasi asalagi asalaklari parazitleri \
     pisligi belasi virusu",
);

/// Vices a group is said to be prone to by nature (`prone to violence`).
static VICES: Lexicon =
    Lexicon::new("violence crime criminality theft stealing lying rape terrorism");

/// What a group is sent back to, said to be all it is fit for: `women journalists should
/// stick to writing about fashion`.
static FIT_FOR: Lexicon = Lexicon::new(
    "fashion cooking recipes knitting makeup housework babies kitchen weather gossip \
     horoscopes shopping",
);

/// What a group is said to do to every place it moves to (and the reader's kind to anything).
static RUINS: Lexicon = Lexicon::new(
    "ruin ruins destroy destroys wreck wrecks infest infests pollute pollutes spoil spoils",
);

/// Where a group is said to ruin every one it moves to: `every neighbourhood`.
static PLACES_RUINED: Lexicon =
    Lexicon::new("neighbourhood neighborhood country city town place area school street");

/// Menial work a group is said to be good for and nothing else: `only good for cleaning`.
static MENIAL: Lexicon =
    Lexicon::new("cleaning scrubbing washing digging sweeping breeding slaving picking");

/// The same work after `to`: `only fit to scrub toilets`.
static MENIAL_TO: Lexicon = Lexicon::new("clean scrub wash dig sweep breed slave pick serve");

/// What a group is said to bring with it: `nothing but crime and disease`.
static BROUGHT_HARM: Lexicon =
    Lexicon::new("crime disease diseases drugs rape terror terrorism violence filth");

/// What a group is said to be doing to the country: `immigrants are invading`.
static INVADING: Lexicon = Lexicon::new(
    "invading invaders infesting overrunning swarming colonising colonizing occupiers",
);

/// What a group is denied, after `should` (or `must`, `need to`): `be allowed to vote`, `have
/// no rights`, `be banned from holding office`.
const DENIED: &[&[&str]] = &[
    &["not", "be", "allowed"],
    &["never", "be", "allowed"],
    &["not", "have", "rights"],
    &["not", "have", "the", "right"],
    &["have", "no", "rights"],
    &["have", "no", "right"],
    &["be", "banned", "from"],
    &["be", "stripped", "of"],
    &["lose", "their", "rights"],
    &["not", "be", "kept", "alive"],
];

/// Where a group is said to belong: `women belong in the kitchen`.
static BELONG_IN: Lexicon =
    Lexicon::new("kitchen kitchens cage cages zoo zoos camps chains ovens gutter home prison jail");

/// Where a group is told it does not belong, besides `here` and `our ...`: `Muslims don't
/// belong in Europe`.
static HOMELANDS: Lexicon = Lexicon::new(
    "europe america britain england france germany russia turkey australia canada \
     society",
);

/// The Turkish for "(its) enemy", after a genitive: `bu ülkenin düşmanı`.
static TR_ENEMY: Lexicon = Lexicon::new("dusmani dusmanidir dusmanlari dusmanlaridir");

/// What a group is said to breed like: `Muslims breed like rabbits`.
static BREEDERS: Lexicon = Lexicon::new(
    "rabbits rats cockroaches roaches mice flies insects vermin animals bacteria germs",
);

/// Whose minds a group is said to have: `the brains of children`.
static LESSER_MINDS: Lexicon = Lexicon::new(
    "children child toddlers toddler animals animal apes ape monkeys monkey dogs dog \
     chimps chimp goldfish rats rat",
);

/// What a group is said to control: `Jews control the media`.
static CONTROLLED: Lexicon = Lexicon::new(
    "media banks world government governments money press hollywood finance congress country",
);

/// What a group is made a byword for: `typical woman driver`.
static BYWORDS: Lexicon =
    Lexicon::new("driver drivers logic behaviour behavior mentality thinking move");

/// What a group is said to be behind: `the Jews are behind every war`.
static ILLS: Lexicon = Lexicon::new("war wars attacks terrorism crisis crises pandemic plague");

/// Russian for "get out", to the reader or a group: `убирайся`, `валите`, `пусть валят`.
static RU_GET_OUT: Lexicon = Lexicon::new(
    "убирайся убирайтесь вали валите проваливай проваливайте валят убираются катитесь",
);

/// Russian for "must be driven out", after `надо`: `цыган надо гнать`.
static RU_DRIVE_OUT: Lexicon = Lexicon::new(
    "гнать выгнать выгонять вышвырнуть выселить согнать загнать изолировать депортировать",
);

/// Turkish for "should be thrown out", after the land (`ülkeden atılmalı`).
static TR_DRIVEN_OUT: Lexicon = Lexicon::new(
    "atilmali atilmalidir kovulmali kovulmalidir surulmeli surulmelidir temizlenmeli \
     cikarilmali silinmeli",
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
];
static BY_STATUS: Lexicon = Lexicon::new(
    "immigrants immigrant migrants migrant refugees refugee asylum seekers illegals illegal \
     foreigners criminals",
);

/// Lands a group is told to go back to: `Blacks should go back to Africa`.
static SENT_BACK_TO: Lexicon = Lexicon::new(
    "africa asia india pakistan bangladesh mexico china syria iraq iran afghanistan somalia \
     nigeria poland romania israel palestine arabia turkey morocco algeria jamaica haiti \
     albania",
);

/// What a group is said to waste: `a waste of money`, `... of the NHS budget`.
static SPENT_ON_THEM: Lexicon =
    Lexicon::new("money space oxygen air resources budget food taxes taxpayers");

/// What a group is said to be good for alone besides menial work: `Poles are only good for
/// stealing cars`.
static VICES_ING: Lexicon = Lexicon::new("stealing begging robbing breeding drinking crime");

/// The reader's kind, told to leave: `you people`, `your kind`, `your lot`.
const YOUR_KIND: &[&[&str]] = &[&["you", "people"], &["your", "kind"], &["your", "lot"]];

/// Groups named by words the classifier reads in their other senses, which
/// `data/identities.txt` leaves out: the aged (`the elderly`, `old people`) and the disabled
/// named by a phrase (`people in wheelchairs`).
const PHRASED_GROUPS: &[&[&str]] = &[
    &["elderly"],
    &["pensioners"],
    &["retirees"],
    &["old", "people"],
    &["old", "folk"],
    &["old", "folks"],
    &["people", "with", "disabilities"],
    &["people", "with", "autism"],
    &["people", "with", "dementia"],
    &["people", "in", "wheelchairs"],
    &["wheelchair", "users"],
    // Names of groups the classifier's list leaves out: "non-Russians", a slur for Black
    // people, "Blacks", a slur for gay men, a rude word for women; Turkish "the Roma" (also
    // "novels") and "the (Anatolian) Greeks".
    &["нерусские"],
    &["нерусских"],
    &["негры"],
    &["негров"],
    &["черные"],
    &["черных"],
    &["гомики"],
    &["гомиков"],
    &["бабы"],
    &["азиаты"],
    &["азиатов"],
    &["romanlar"],
    &["rumlar"],
    &["rumlari"],
    &["blind", "people"],
    &["scot"],
];

/// Words that take part of a group: `some Kurds`, `a few`, `некоторые`, `bazı`.
static PART_OF: Lexicon = Lexicon::new(
    "some few several many two three four five certain individual некоторые многие иные \
     отдельные bazi birkac",
);

/// Words that sharpen what a group is called: `drunk animals`, `violent criminals`.
static DEROGATORY_ADJECTIVES: Lexicon = Lexicon::new(
    "drunk drunken lazy stupid dumb violent \
     dangerous primitive savage wild rabid greedy worthless useless inbred smelly stinking \
     godless evil drug born diseased feral thieving scrounging bloodthirsty emotional hysterical \
     soulless sneaky little заразная заразные раковая раковые прирожденные врожденные грязные \
     вонючие pis medeniyet gormemis dogustan desert hastalik tasiyan oppressed baby",
);

/// Between a group and what it is called: copulas and the words that strengthen them
/// (`are nothing but`, `are basically`, `— это`, `birer`).
static LINKS: Lexicon = Lexicon::new(
    "are is were was be just all nothing but basically simply literally really only like a an sand \
     равно \
     the total complete filthy dirty disgusting bloody damn fucking still это все просто как \
     настоящие birer bir gibi hepsi hepiniz resmen tam zaten insanlar dedigin",
);

static PREPOSITIONS: Lexicon =
    Lexicon::new("on of for with to by about from in at against among between like than");

/// A group said to be ill in the mind or lesser, as a whole phrase: `gays are sick in the
/// head`, `second-class`, `существа второго сорта`, `aşağı varlıklardır` ("inferior beings").
const SICK_OR_LESSER: &[&[&str]] = &[
    &["sick", "in", "the", "head"],
    &["mentally", "ill"],
    &["mentally", "sick"],
    &["second", "class"],
    &["существа", "второго", "сорта"],
    &["второго", "сорта"],
    &["asagi", "varliklardir"],
    &["asagi", "varliklar"],
];

/// "Not human", as a whole phrase (`X are not human`, `не люди`, `insan değil`).
const NOT_HUMAN: &[&[&str]] = &[
    &["not", "human"],
    &["not", "even", "human"],
    &["not", "humans"],
    &["not", "human", "beings"],
    &["not", "people"],
    &["less", "than", "human"],
    &["не", "люди"],
    &["не", "человек"],
    &["не", "человеки"],
    &["insan", "degil"],
    &["insan", "degiller"],
    // `every single Muslim is a ticking time bomb`.
    &["ticking", "time", "bomb"],
    // `Islam is a death cult`.
    &["death", "cult"],
    &["ticking", "time", "bombs"],
    // `Jews are the devil's children` (the possessive's `s` is no word).
    &["devil", "children"],
    &["devil", "spawn"],
    &["spawn", "of", "satan"],
];

/// Hatred said by the writer: `I hate`, `ненавижу`, `nefret ediyorum` (after the group).
static HATE: Lexicon = Lexicon::new("hate despise loathe detest ненавижу презираю");

/// Words before an attack that make its clause about it rather than one, besides the reports
/// every sentence rule knows (`saying`, `called`...) and [`CALLED_OUT`]: `nobody should say
/// that`, `you make it seem as if`, `миф, что ...` ("the myth that ...").
static ABOUT: Lexicon = Lexicon::new(
    "say says call calls notion idea seem seems portray portrays portraying depict depicts \
     depicting миф мифа мифе якобы будто gore",
);

/// What an attack is called, before or after it, when the clause quotes it to condemn it:
/// `stop spreading the lie that`, `the stereotype that`, `Jews are greedy is the oldest lie in
/// Europe`.
static CALLED_OUT: Lexicon = Lexicon::new(
    "lie lies myth myths stereotype stereotypes trope tropes racist racism bigotry bigoted \
     prejudice untrue",
);

/// Beliefs that are someone else's unless the writer holds them: `people who think Roma
/// are thieves are wrong`, but `I think Roma are thieves`.
static BELIEF: Lexicon =
    Lexicon::new("think thinks thought believe believes believed assume assumes claim claims");

/// Russian beliefs the verb's ending gives the writer (`считаю, что ...`: "I think that ...")
/// and others (`считают`: "they think").
static RU_BELIEF_MINE: Lexicon = Lexicon::new("считаю думаю верю полагаю уверен уверена");
static RU_BELIEF_OTHERS: Lexicon =
    Lexicon::new("считает считают думает думают верит верят полагает полагают");

/// The words every attack [`Clause::attack_at`] reads has one of.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[
        &SLURS,
        &DEHUMANISING_EN,
        &DEHUMANISING_RU,
        &DEHUMANISING_TR,
        &STEREOTYPE_EN,
        &UNFIT,
        &STEREOTYPE_RU,
        &STEREOTYPE_TR,
        &HATE,
        &INVADING,
        &RU_GET_OUT,
        &RU_DRIVE_OUT,
        &TR_ENEMY,
        &BROUGHT_HARM,
        &FIT_FOR,
        &MENIAL,
        &MENIAL_TO,
        &VICES_ING,
        &RUINS,
        &OTHER_CUES,
    ])
    .collect()
});

/// The cues not in one of the lists above: for each shape its rarer word (`welcome`, not
/// `people` or `media`), so that few comments are read clause by clause.
static OTHER_CUES: Lexicon = Lexicon::new(
    "human humans люди человек insan nefret welcome unwelcome allowed rights banned stripped back \
     wanted доверять machines cocuk home belong belongs control controls behind banks hollywood \
     место беды проблемы несчастья ulkelerine istenmiyorlar istenmiyor arkasinda oturup defolsun \
     defolsunlar домой locked kept eve mutfaga kullanmasin kullanmamali sick mentally barefoot \
     class сорта varliklardir varliklar devil spawn iq iqs burden drain infiltrate infiltrating \
     stay typical man dick cock shag place run leech lock round jesus christ govern multiply \
     multiplying правят управляют контролируют владеют yer yeri dunyayi medyayi isgal oy evde \
     evlerinde alive fifth bed продали продают продадут dresses coming yatakta taught puppet \
     strings intelligent steal steals taken cured лечить tedavi akli bag bags coffin coffins let \
     germs sadece raped sokakta caused started replacing ulkeden ulkemizden drive trees caves \
     huts fareleri кухню dedigin topraklardan kanseri mikrobu vebasi asalagi asalaklari \
     parazitleri pisligi belasi молчать рожать rounded herded interned deported expelled shipped \
     thrown kicked driven brains minds doldurup incompatible media worth programmed wired \
     predisposed prison jail kanseridir basina basimiza met bullets atilmali atilmalidir \
     kovulmali kovulmalidir surulmeli surulmelidir temizlenmeli cikarilmali disi plagues viruses \
     waste ticking camps asylums outbreed outbreeding мафия правит hut jungle rob scrounge \
     civilisation civilization ayaginin ayagi cult годятся созданы silinmeli feral stab rapes \
     maymundan maymunlardan воруют крадут sussun curuk пьют пили blood плиты кухне contributed \
     ban bar купили скупили everything understand understands island islands geri crimes isleri \
     seeing dolu incapable invented faked holocaust itaat захватили heard sight trusted сидеть \
     lives achieved cattle die убраться уехать свалить silmek karis desert disari noses smell \
     stink reek dirty filthy stinking",
);

impl Clause<'_> {
    fn is_group(&self, i: usize) -> bool {
        self.is(i, &*IDENTITIES)
    }

    /// The end of a group named at `i` (`Muslims`, `gay people`, `those immigrants`), if one is.
    fn group(&self, i: usize) -> Option<usize> {
        // (`every one of these migrants`: `every one of` before `these`.)
        let one_of = if self.seq(i, &["every", "one", "of"]) {
            3
        } else {
            // `every single Muslim`.
            2 * usize::from(self.seq(i, &["every", "single"]))
        };
        let start = i
            + one_of
            + usize::from(self.is(
                i + one_of,
                &["those", "these", "the", "all", "most", "every", "each"],
            ));
        let mut j = start;
        // `Black people`, `Asian men`.
        while self.is_group(j) {
            j += 1;
        }
        if j == start {
            j += PHRASED_GROUPS.iter().find(|p| self.seq(j, p))?.len();
        }
        let end = j + usize::from(self.is(
            j,
            &[
                "people",
                "folk",
                "folks",
                "men",
                "women",
                "children",
                "kids",
                "lobby",
                "community",
                "workers",
                "families",
                "builders",
                "drivers",
                "plumbers",
                "cleaners",
                "students",
            ],
        ));
        // `women like her`, `Muslims like him`: a group named by one of them.
        let like_one = self.at(end) == "like" && self.is(end + 1, &["her", "him", "them", "you"]);
        Some(end + 2 * usize::from(like_one))
    }

    /// Whether word `k`, after an attack, calls it out (`Roma are thieves is a racist
    /// myth`), not mocks those who do (`... and whine about racism`).
    fn called_out_after(&self, k: usize) -> bool {
        let whine = [
            "whine", "whines", "whining", "cry", "cries", "crying", "moan", "moans",
        ];
        let mocked = k >= 2 && self.at(k - 1) == "about" && self.is(k - 2, &whine);
        // `... can't be trusted, they lie for their religion`: the verb, said of the group
        // (not `..., a lie as old as Europe`).
        let lying = k >= 1
            && self.is(k, &["lie", "lies"])
            && self.is(k - 1, &["they", "all", "always", "just", "only"]);
        self.is(k, &CALLED_OUT) && !mocked && !lying
    }

    /// The attacks of this clause: (kind, first token, end token).
    fn attacks(&self, out: &mut Vec<(HateKind, usize, usize)>) {
        for i in 0..self.len() {
            if let Some(found) = self.attack_at(i) {
                let about = self.reported(found.1)
                    || self.reported_after(found.2)
                    || self.any_in(0..found.1, &ABOUT)
                    || self.any_in(0..found.1, &CALLED_OUT)
                    || (found.2..found.2 + 5).any(|k| self.called_out_after(k))
                    || self.believed_by_others(found.1)
                    || self.told_not_to(found.1);
                if !about {
                    out.push(found);
                }
            }
        }
    }

    /// Whether the words from `i` are what nobody should tell anyone: `nobody should tell
    /// women they belong in the kitchen`, `stop telling refugees they are not welcome`; not
    /// `I tell you, women belong in the kitchen`.
    fn told_not_to(&self, i: usize) -> bool {
        (0..i).any(|k| {
            self.is(k, &["tell", "tells", "telling"])
                && self.any_in(
                    k.saturating_sub(3)..k,
                    &["nobody", "no", "never", "not", "stop"],
                )
        })
    }

    /// Whether a belief not the writer's comes before word `i`: `people who think ...`,
    /// `I don't think ...`, `многие считают, что ...`, `я не считаю, что ...`; not `I think
    /// ...`, `считаю, что ...` (the verb's own ending says it is the writer's).
    fn believed_by_others(&self, i: usize) -> bool {
        (0..i).any(|k| {
            let negated = k > 0 && self.is(k - 1, &["не"]);
            self.is(k, &BELIEF) && !(k > 0 && self.is(k - 1, &["i", "we"]))
                || self.is(k, &RU_BELIEF_OTHERS)
                || self.is(k, &RU_BELIEF_MINE) && negated
        })
    }

    /// The end of a reader (or the reader's kind) told to leave that starts at `i`: `go back
    /// to where you came from`, `go back to your country` (not `... and tell them what you
    /// saw`), `you people should go home`, `your kind is not welcome`.
    fn told_to_leave(&self, i: usize) -> Option<usize> {
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
            // `go back to your mud hut, monkey`, `... to the jungle`.
            let hut = to + 1 + usize::from(self.at(to + 1) == "mud");
            if self.is(to, &["your", "the"])
                && self.is(hut, &["hut", "huts", "jungle", "trees"])
                && self.phrase_ends_before(hut + 1)
            {
                return Some(hut + 1);
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
    fn group_kept_out(&self, i: usize) -> Option<usize> {
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

    fn attack_at(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Dehumanisation, Exclusion, Slur, Stereotype};
        // `Pakis stink`; not the slur named or refused (`the slur "paki"`, `the word kike`,
        // `украинцы, а не хохлы`), nor `chinks of light`, nor a typo (`things kike this`).
        if self.is(i, &SLURS) {
            // (`хохлы — старое прозвище, которое сегодня считается оскорбительным`: the
            // nickname named.)
            let nickname = [
                "прозвище",
                "слово",
                "оскорбление",
                "ругательство",
                "kelimesi",
            ];
            let named = i > 0
                && self.is(
                    i - 1,
                    &["word", "slur", "slurs", "term", "insult", "not", "не"],
                )
                || self.any_in(i + 1..i + 4, &nickname);
            let light = self.at(i) == "chinks" && self.is(i + 1, &["of", "in"]);
            let typo = self.at(i) == "kike"
                && self.is(i + 1, &["this", "that", "these", "those", "a", "an", "it"]);
            return (!named && !light && !typo).then_some((Slur, i, i + 1));
        }
        // `get out of my country, you dirty foreigner`, `you filthy Jew`: the reader called by
        // a group's name, made filthy.
        if self.at(i) == "you"
            && self.is(i + 1, &["dirty", "filthy", "stinking", "disgusting"])
            && self.is_group(i + 2)
        {
            return Some((Contempt, i, i + 3));
        }
        // `таких, как ты, надо гнать из страны` ("people like you must be driven out of the
        // country"): the reader's kind.
        if self.at(i) == "таких" && self.seq(i + 1, &["как"]) && self.is(i + 2, &["ты", "вы"])
        {
            let must = i + 3;
            if self.is(must, &["надо", "нужно", "пора"]) && self.is(must + 1, &RU_DRIVE_OUT)
            {
                return Some((Exclusion, i, must + 2));
            }
        }
        // `Еврейская мафия правит всем миром` ("the Jewish mafia rules the whole world").
        if self.is(i, &["еврейская", "еврейское", "жидовская"])
            && self.is(i + 1, &["мафия", "лобби", "элита"])
            && self.is(i + 2, &["правит", "управляет", "владеет"])
            && self.any_in(i + 3..i + 5, &["миром", "мира", "миру"])
        {
            return Some((HateKind::Conspiracy, i, i + 5));
        }
        // `kadının yeri erkeğin ayağının altıdır` ("a woman's place is under a man's foot").
        if self.seq(i, &["kadinin", "yeri"])
            && self.any_in(i + 2..i + 5, &["ayaginin", "ayagi", "dizinin"])
            && (i + 3..i + 8).any(|k| self.at(k).starts_with("alti") || self.at(k) == "dibi")
        {
            return Some((Exclusion, i, (i + 8).min(self.len())));
        }
        // `женщины годятся только для кухни и постели` ("women are fit only for the kitchen
        // and the bed").
        if self.is(i, &["женщины", "бабы"])
            && self.is(i + 1, &["годятся", "нужны", "созданы"])
            && self.seq(i + 2, &["только", "для"])
            && self.is(i + 4, &["кухни", "постели", "секса", "плиты"])
        {
            return Some((Stereotype, i, i + 5));
        }
        // `бабам место у плиты` ("women's place is at the stove"), `... на кухне`.
        if self.is(i, &["бабам", "женщинам"])
            && self.at(i + 1) == "место"
            && (self.seq(i + 2, &["у", "плиты"]) || self.seq(i + 2, &["на", "кухне"]))
        {
            return Some((Exclusion, i, i + 4));
        }
        // `бабу на кухню` ("the woman to the kitchen").
        if self.is(i, &["бабу", "баб", "женщину", "женщин"]) && self.seq(i + 1, &["на", "кухню"])
        {
            return Some((Exclusion, i, i + 3));
        }
        // `kadın dediğin evde oturur` ("a woman, so called, sits at home").
        if self.seq(i, &["kadin", "dedigin"])
            && self.is(i + 2, &["evde", "mutfakta"])
            && self.is(i + 3, &["oturur", "oturmali", "kalir", "kalmali", "durur"])
        {
            return Some((Exclusion, i, i + 4));
        }
        // `kadinlar sussun erkekler konussun` ("women shut up, men talk").
        if self.seq(i, &["kadinlar", "sussun"]) {
            return Some((Exclusion, i, i + 2));
        }
        // `ermeni dölü seni` ("you Armenian spawn"): a people's name made an insult (`dölü`
        // is read `dolu`, also "full": not `ermeni dolu bir mahalle`, followed by more).
        if self.is_group(i)
            && self.at(i + 1) == "dolu"
            && (self.is(i + 2, &["seni", "sizi", "herif", "pislik"])
                || self.phrase_ends_before(i + 2))
        {
            return Some((Slur, i, i + 2));
        }
        // `kadın dediğin susar` ("a woman, so called, keeps quiet"), `kadın dediğin çocuk
        // doğurur, susar` ("... bears children, keeps quiet").
        if self.seq(i, &["kadin", "dedigin"]) {
            let bears = usize::from(self.seq(i + 2, &["cocuk", "dogurur"])) * 2;
            if self.is(i + 2 + bears, &["susar", "susmali", "konusmaz", "sussun"]) {
                return Some((Exclusion, i, i + 3 + bears));
            }
        }
        // `kadın dediğin erkeğine itaat eder` ("a woman, so called, obeys her man").
        if self.seq(i, &["kadin", "dedigin"]) {
            if let Some(k) = self.first_in(i + 2..i + 5, &["itaat"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `бабы должны молчать и рожать` ("women must keep quiet and give birth"); not
        // `женщины должны получать равную зарплату`.
        if self.is(i, &["бабы", "женщины"])
            && self.at(i + 1) == "должны"
            && self.is(i + 2, &["молчать", "рожать"])
        {
            return Some((Exclusion, i, i + 3));
        }
        if let Some(end) = self.told_to_leave(i).or_else(|| self.group_kept_out(i)) {
            return Some((Exclusion, i, end));
        }
        // `your kind ruins every neighbourhood you crawl into`: the reader's kind said to
        // spoil what it comes to (not `your kind of politics ruins ...`).
        if let Some(kind) = YOUR_KIND.iter().find(|k| self.seq(i, k)) {
            let verb = i + kind.len();
            if self.is(verb, &RUINS) {
                return Some((Stereotype, i, verb + 1));
            }
        }
        // `I hate X`, `ненавижу X` (first person by its ending); not `they teach children
        // to hate X`, `make you hate X`.
        if self.is(i, &HATE) {
            let before = i.saturating_sub(3)..i;
            let writer = !self.at(i).is_ascii() || self.any_in(before.clone(), &["i", "we"]);
            let negated = self.any_in(before, &["not", "never", "не"]);
            if writer && !negated && !(i > 0 && self.is(i - 1, &["to", "you"])) {
                if let Some(end) = self.group(i + 1) {
                    return Some((Contempt, i, end));
                }
            }
        }
        // `Typical woman driver.`, `Typical Muslim!`: a group's name made a byword, alone or
        // naming what the group does; not `a typical Turkish breakfast`.
        if self.at(i) == "typical" && self.phrase_ends_before(i) {
            if let Some(end) = self.group(i + 1) {
                let does = end + usize::from(self.is(end, &BYWORDS));
                // (`Typical Scot, tight-fisted and drunk.`: what it is said to be, after it;
                // `Typical woman, can't write, can't think`: what it cannot do.)
                let cannot = |k: usize| {
                    self.seq(k, &["can", "not"])
                        && self.is(k + 2, &["write", "think", "drive", "read", "cook", "lead"])
                };
                let said = self.phrase_ends_before(does)
                    && (does..self.len()).any(|k| {
                        self.is(k, &STEREOTYPE_EN)
                            || self.is(k, &DEROGATORY_ADJECTIVES)
                            || cannot(k)
                    });
                if does == self.len() || said {
                    return Some((Stereotype, i, self.len()));
                }
            }
        }
        // `lock up every Muslim in this country`: a group jailed for what it is (not `lock up
        // your bikes`).
        if self.is(i, &["lock", "round"]) && self.at(i + 1) == "up" {
            if let Some(end) = self.group(i + 2).filter(|&end| end > i + 2) {
                return Some((Exclusion, i, end));
            }
        }
        // `those people breed like rabbits`: people said to breed like vermin, whoever they
        // are (not `these rabbits breed like rabbits`).
        if self.is(i, &["those", "these"]) && self.at(i + 1) == "people" {
            if let Some(end) = self.bred_like_vermin(i + 2) {
                return Some((Dehumanisation, i, end));
            }
        }
        // A group after a preposition is not what the clause is about: `tattoos on women are
        // trash`.
        if i > 0 && self.is(i - 1, &PREPOSITIONS) {
            return None;
        }
        // `never trust Kurds, they are filth`: a pronoun for a group named before it.
        let end_of_group = match self.group(i) {
            Some(end) => end,
            None if self.is(i, &["they", "они", "onlar"]) && (0..i).any(|k| self.is_group(k)) => {
                i + 1
            }
            // `... grooming gangs prove that all of them are predators`.
            None if self.seq(i, &["all", "of", "them"]) && (0..i).any(|k| self.is_group(k)) => {
                i + 3
            }
            None => return None,
        };
        // `Kürtlerden nefret ediyorum`: the group before the verb.
        if self.seq(end_of_group, &["nefret", "ediyorum"])
            || self.seq(end_of_group, &["nefret", "ediyoruz"])
        {
            return Some((Contempt, i, end_of_group + 2));
        }
        if let Some(found) = self.excluded_or_blamed(i, end_of_group) {
            return Some(found);
        }
        if let Some(end) = self.epithet_closing(i, end_of_group) {
            return Some((Dehumanisation, i, end));
        }
        // `kadınlar oy kullanmasın` ("women must not vote").
        if self.seq(end_of_group, &["oy", "kullanmasin"])
            || self.seq(end_of_group, &["oy", "kullanmamali"])
        {
            return Some((Exclusion, i, end_of_group + 2));
        }
        // `women belong barefoot and pregnant`.
        if self.is(end_of_group, &["belong", "be", "kept", "stay"])
            && (end_of_group + 1..end_of_group + 4)
                .any(|k| self.seq(k, &["barefoot", "and", "pregnant"]))
        {
            return Some((Exclusion, i, self.len().min(end_of_group + 6)));
        }
        // `kadın yazar mı olur, git çocuk bak` ("a woman, a writer? go look after the
        // children"): a woman sent home from her work.
        if self.seq(end_of_group, &["yazar", "mi", "olur"])
            || self.seq(end_of_group, &["gazeteci", "mi", "olur"])
        {
            let home = (end_of_group + 3..self.len()).find(|&k| self.seq(k, &["git", "cocuk"]));
            if let Some(k) = home {
                return Some((Exclusion, i, (k + 3).min(self.len())));
            }
        }
        // `Kadınlar eve, mutfağa` ("women: home, to the kitchen"), a slogan that opens its
        // clause (not `kadınlar eve döndü`, "the women went home").
        if (i == 0 || self.phrase_ends_before(i))
            && self.is(end_of_group, &["eve", "mutfaga"])
            && self.phrase_ends_before(end_of_group + 1)
        {
            return Some((Exclusion, i, end_of_group + 1));
        }
        // `every Mexican I've met was a rapist`: what the writer met of the group.
        let mut j = end_of_group + self.met_of_them(end_of_group);
        let mut links = 0;
        while self.is(j, &LINKS) && links < 4 {
            j += 1;
            links += 1;
        }
        if let Some(phrase) = NOT_HUMAN.iter().find(|p| self.seq(j, p)) {
            return Some((Dehumanisation, i, j + phrase.len()));
        }
        let some = i > 0 && self.is(i - 1, &PART_OF);
        if let Some(phrase) = SICK_OR_LESSER.iter().find(|p| self.seq(j, p)) {
            // (Russian and Turkish drop the copula: `женщины — существа второго сорта`,
            // `kadınlar aşağı varlıklardır`: the phrase then ends its own.)
            let end = j + phrase.len();
            let linked = links > 0 || self.phrase_ends_before(end);
            return (linked && !some).then_some((Stereotype, i, end));
        }
        // `Muslim women are oppressed breeding machines`.
        if let Some(k) = (j..j + 3).find(|&k| self.seq(k, &["breeding", "machines"])) {
            return Some((Dehumanisation, i, k + 2));
        }
        // `lesbians are just women nobody wanted` (not `... women nobody wanted to hire`).
        let unwanted = self.is(j, &["women", "men"])
            && self.seq(j + 1, &["nobody", "wanted"])
            && self.at(j + 3) != "to";
        if unwanted && links > 0 && !some {
            return Some((Stereotype, i, j + 3));
        }
        // `refugees are a swarm of rats`: a multitude of what the group is called.
        if self.is(
            j,
            &[
                "swarm",
                "horde",
                "hordes",
                "plague",
                "pack",
                "nest",
                "infestation",
                "race",
                "nation",
                "bunch",
            ],
        ) && self.at(j + 1) == "of"
        {
            j += 2;
        }
        // Not `X are not vermin`, `X hayvan değil`, `X medeniyetsiz insanlar değil`.
        let noun_after = usize::from(self.is(j + 1, &["insanlar", "insan"]));
        if self.is(j + 1 + noun_after, &["degil", "degiller"]) {
            return None;
        }
        // `drunk animals`, `violent criminals`.
        let mut k = j;
        while self.is(k, &DEROGATORY_ADJECTIVES) && k < j + 2 {
            k += 1;
        }
        // (The noun after them must be one of the names: `inbred island monkeys` is read at
        // `inbred`.)
        let names = [
            &DEHUMANISING_EN,
            &DEHUMANISING_RU,
            &DEHUMANISING_TR,
            &STEREOTYPE_EN,
            &STEREOTYPE_RU,
            &STEREOTYPE_TR,
        ];
        let noun = if k > j && names.iter().any(|&names| self.is(k, names)) {
            k
        } else if self.at(k + 1).ends_with("ing") && self.is(k + 2, &DEHUMANISING_EN) {
            // `drunk potato-eating apes`, `bible-thumping rats`.
            k + 2
        } else {
            j
        };
        // (`nothing but pirates and leeches`: the second of two names.)
        // (`все цыгане — ворьё и паразиты`, `... hırsız ve parazit`.)
        let second = self.is(noun + 1, &["and", "и", "ve"]).then_some(noun + 2);
        for noun in std::iter::once(noun).chain(second) {
            if self.called(
                noun,
                links,
                [&DEHUMANISING_EN, &DEHUMANISING_RU, &DEHUMANISING_TR],
            ) {
                return Some((Dehumanisation, i, noun + 1));
            }
        }
        // What is said of some of a group is not said of the group: `some Australians are
        // idiots` (`some`, above).
        // `women are too emotional to lead`.
        if links > 0 && self.at(j) == "too" && self.is(j + 1, &UNFIT) && self.at(j + 2) == "to" {
            return (!some).then_some((Stereotype, i, j + 2));
        }
        let stereotypes = [&STEREOTYPE_EN, &STEREOTYPE_RU, &STEREOTYPE_TR];
        if self.called(noun, links, stereotypes) {
            return (!some).then_some((Stereotype, i, noun + 1));
        }
        // `Black women are loud, aggressive and unemployable`: a list of what the group is,
        // one of them a stereotype (after a comma or `and`, the list's own words).
        let listed = (noun + 1..noun + 5)
            .take_while(|&k| {
                self.phrase_ends_before(k) || self.at(k - 1) == "and" || self.at(k) == "and"
            })
            .find(|&k| self.at(k) != "and" && self.called(k, links, stereotypes));
        listed
            .filter(|_| !some && links > 0)
            .map(|k| (Stereotype, i, k + 1))
    }

    /// The end of a name thrown after what is said of a group that opens the clause, as a
    /// phrase of its own that closes it: `Chinese people eat anything that moves, filthy
    /// animals`. The name needs a word that sharpens it (not `Germans love pets, dogs`).
    fn epithet_closing(&self, i: usize, end_of_group: usize) -> Option<usize> {
        if i > 0 && !self.phrase_ends_before(i) {
            return None;
        }
        let noun = self.len().checked_sub(1)?;
        if noun <= end_of_group + 1
            || !self.called(
                noun,
                1,
                [&DEHUMANISING_EN, &DEHUMANISING_RU, &DEHUMANISING_TR],
            )
        {
            return None;
        }
        let sharp = |k: usize| {
            self.is(k, &DEROGATORY_ADJECTIVES)
                || self.is(k, &["filthy", "dirty", "disgusting", "bloody"])
        };
        let start = (noun.saturating_sub(2)..noun)
            .find(|&k| self.phrase_ends_before(k) && (k..noun).all(sharp))?;
        (start > end_of_group && start < noun).then_some(noun + 1)
    }

    /// The length of `I've met`, `we have ever known` at `k`, after a group: the writer's own
    /// acquaintance with it, made a verdict on all of it (0 when there is none).
    fn met_of_them(&self, k: usize) -> usize {
        if !self.is(k, &["i", "we"]) {
            return 0;
        }
        let mut j = k + 1;
        j += usize::from(self.at(j) == "have");
        j += usize::from(self.at(j) == "ever");
        if self.is(j, &["met", "known", "seen"]) {
            j + 1 - k
        } else {
            0
        }
    }

    /// The end of `should never have been let in` (or `allowed into`) at `k`.
    fn never_let_in(&self, k: usize) -> Option<usize> {
        let let_in = self.seq(k, &["should", "never", "have", "been"])
            && self.is(k + 4, &["let", "allowed"])
            && self.is(k + 5, &["in", "into"]);
        let_in.then_some(k + 6)
    }

    /// The end of `breed like rabbits` (`... are breeding like rats`, `multiply like
    /// bacteria`) said at `after` of people: likened to vermin by how they breed.
    fn bred_like_vermin(&self, after: usize) -> Option<usize> {
        let breeds = after + usize::from(self.is(after, &["just", "all"]));
        let bred = self.is(breeds, &["breed", "breeding", "multiply", "multiplying"])
            && self.at(breeds + 1) == "like"
            && self.is(breeds + 2, &BREEDERS);
        bred.then_some(breeds + 3)
    }

    /// What is said of a group named at `i..end`, in English and then in Russian and Turkish
    /// (`мигрантам здесь не место`, `X ülkelerine dönsün`): told it does not belong, blamed
    /// as a hidden hand, likened to vermin, or disparaged.
    fn excluded_or_blamed(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        self.excluded(i, end)
            .or_else(|| self.blamed(i, end))
            .or_else(|| self.likened_to_vermin(i, end))
            .or_else(|| self.disparaged(i, end))
            .or_else(|| self.excluded_ru_tr(i, end))
    }

    /// The word after the copula that follows a group's name at `end` (`X are [a burden]`), or
    /// `end` when there is none.
    fn past_copula(&self, end: usize) -> usize {
        end + usize::from(self.is(end, &["are", "is", "were", "be"]))
    }

    /// A group named at `i..end` told it does not belong (`X are not welcome`, `X should not
    /// be allowed to vote`, `X belong in the kitchen`, `send them back`) or to be put away or
    /// done away with (`X should be kept away from children`, `X should have been aborted`).
    fn excluded(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Dehumanisation, Exclusion, Stereotype};
        let after = self.past_copula(end);
        if let Some(k) = self.never_let_in(end) {
            return Some((Exclusion, i, k));
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
            if let Some(denied) = DENIED.iter().find(|d| self.seq(should + 1, d)) {
                let end = should + 1 + denied.len();
                let kept = self.seq(end, &["to", "be"]) || self.at(end) == "nothing";
                if !kept {
                    return Some((Exclusion, i, end));
                }
            }
            // `disabled people are a drain and should have been aborted`: the group's own
            // predicate (not `... and the project should have been aborted`).
            let theirs = should == end || self.at(should - 1) == "and";
            if theirs && self.seq(should + 1, &["have", "been", "aborted"]) {
                return Some((Dehumanisation, i, should + 4));
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
            // `gays need to be cured`: a group called ill for what it is.
            let negated = self.any_in(end..should, &["not", "never"]);
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
                if let Some(k) = shut_away {
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
            }
        }
        // `Somali pirates, the lot of them, send them back` (not migrants by their status).
        let back = (end..self.len()).find(|&k| {
            self.seq(k, &["send", "them", "back"]) || self.seq(k, &["send", "them", "all", "back"])
        });
        if let Some(k) = back.filter(|&k| !self.any_in(i..k, &BY_STATUS)) {
            return Some((Exclusion, i, k + 3 + usize::from(self.at(k + 2) == "all")));
        }
        None
    }

    /// A group named at `i..end` blamed as a hidden hand: `X control the media`, `X are behind
    /// every war`, `X will outbreed us`, the blood libel.
    fn blamed(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Conspiracy;
        let after = self.past_copula(end);
        // The blood libel: `Jews drink the blood of Christian children`, `евреи пьют кровь
        // христианских младенцев`.
        let blood = self.is(end, &["drink", "drinks", "пьют", "пили"])
            && (self.at(end + 1) == "кровь" || self.seq(end + 1, &["the", "blood", "of"]));
        if blood {
            return Some((Conspiracy, i, end + 2));
        }
        // `Africans will outbreed us within a generation`: a group said to replace "us".
        let will = end + usize::from(self.is(end, &["will", "are"]));
        if self.is(will, &["outbreed", "outbreeding", "replace", "replacing"])
            && self.is(will + 1, &["us", "whites", "europeans", "christians"])
        {
            return Some((Conspiracy, i, will + 2));
        }
        // `Jews are the puppet masters behind every government`, `... pull the strings`.
        let the = after + usize::from(self.is(after, &["the", "a"]));
        if self.seq(the, &["puppet", "masters"]) || self.seq(the, &["puppet", "master"]) {
            return Some((Conspiracy, i, the + 2));
        }
        if self.seq(end, &["pull", "the", "strings"]) {
            return Some((Conspiracy, i, end + 3));
        }
        // `Jews invented the Holocaust to blackmail the world`: its denial, as a plot.
        if self.is(end, &["invented", "faked", "made"]) {
            let the = end + 1 + usize::from(self.at(end + 1) == "up");
            let the = the + usize::from(self.at(the) == "the");
            if self.is(the, &["holocaust", "holohoax"]) {
                return Some((Conspiracy, i, the + 1));
            }
        }
        // `Muslims are a fifth column`.
        if self.seq(
            after + usize::from(self.at(after) == "a"),
            &["fifth", "column"],
        ) {
            return Some((Conspiracy, i, after + 3));
        }
        if after > end {
            // Every war, not `the attacks on the grid` (a state's, in the news).
            if self.at(after) == "behind"
                && self.is(after + 1, &["every", "all", "most"])
                && self.any_in(after + 2..after + 4, &ILLS)
            {
                return Some((Conspiracy, i, after + 4));
            }
        }
        // `Muslims are breeding us out of our own country`, `... replacing us`.
        let replacing = self.first_in(end..end + 3, &["breeding", "replacing"]);
        if let Some(k) = replacing.filter(|&k| self.at(k + 1) == "us") {
            return Some((Conspiracy, i, k + 2));
        }
        // `Jewish bankers caused every war in history`: a group's word between (`bankers`).
        let caused = self.first_in(end..end + 2, &["caused", "cause", "started"]);
        if let Some(k) = caused.filter(|&k| self.is(k + 1, &["every", "all"])) {
            if self.any_in(k + 2..k + 4, &ILLS) {
                return Some((Conspiracy, i, k + 4));
            }
        }
        // `Muslims don't integrate, they infiltrate`, `... are infiltrating our institutions`:
        // a group said to be an enemy within (not `spies infiltrated the ministry`, no
        // group's name).
        let infiltrate = ["infiltrate", "infiltrating"];
        if let Some(k) = self.first_in(end..end + 7, &infiltrate) {
            if k + 1 == self.len() || self.is(k + 1, &["our", "the", "us", "every", "all"]) {
                return Some((Conspiracy, i, k + 1));
            }
        }
        // `Jews control the media`, `X run the banks`; not `... the media in occupied areas`.
        // (`Jews still run the country`: an adverb between.)
        let verb = end + usize::from(self.is(end, &["still", "secretly", "really", "basically"]));
        if self.is(verb, &["control", "controls", "run", "runs", "own", "owns"]) {
            let object = verb + 1 + usize::from(self.at(verb + 1) == "the");
            if self.is(object, &CONTROLLED) && !self.is(object + 1, &["in", "of", "at"]) {
                return Some((Conspiracy, i, object + 1));
            }
        }
        None
    }

    /// A group named at `i..end` likened to vermin or beasts: `X spread diseases`, `X breed
    /// like rats`, `Polish trash`, `X are still living in trees`.
    fn likened_to_vermin(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Dehumanisation;
        let after = self.past_copula(end);
        // `the Chinese eat dogs and spread diseases`: a group said to carry disease.
        let spread = self.first_in(
            end..end + 6,
            &["spread", "spreads", "carry", "carries", "bring", "brings"],
        );
        // (`... carry filth wherever they go`.)
        let ills = [
            "diseases", "disease", "germs", "plagues", "plague", "viruses", "filth", "lice",
        ];
        if let Some(k) = spread.filter(|&k| self.is(k + 1, &ills)) {
            return Some((Dehumanisation, i, k + 2));
        }
        if let Some(end) = self.bred_like_vermin(after) {
            return Some((Dehumanisation, i, end));
        }
        // `Polish trash`, `Muslim scum`: a group's name before what it is called (not `the
        // Polish trash collection`).
        if self.is(
            end,
            &[
                "trash",
                "scum",
                "filth",
                "vermin",
                "leech",
                "leeches",
                "parasites",
            ],
        ) && end > i
            && !self.is(
                end + 1,
                &[
                    "can",
                    "cans",
                    "bin",
                    "bins",
                    "collection",
                    "collectors",
                    "day",
                ],
            )
        {
            return Some((Dehumanisation, i, end + 1));
        }
        // `Africans are still living in trees`, `... swinging from trees`.
        let living = self.first_in(end..end + 4, &["living", "live", "swinging"]);
        if let Some(k) = living.filter(|&k| self.is(k + 1, &["in", "from"])) {
            if self.is(k + 2, &["trees", "caves", "huts"]) {
                return Some((Dehumanisation, i, k + 3));
            }
        }
        // `Black people are closer to apes than to humans`.
        if self.seq(end, &["are", "closer", "to"]) && self.is(end + 3, &DEHUMANISING_EN) {
            return Some((Dehumanisation, i, end + 4));
        }
        None
    }

    /// A group named at `i..end` disparaged: said to lack a mind (`X have lower IQs`), to be
    /// vicious or worthless by nature (`X steal everything`, `X are a burden on society`), or
    /// scorned (`X had it coming`).
    fn disparaged(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Stereotype};
        let after = self.past_copula(end);
        // `Romanians come here for one thing: to rob us blind` (not `... to work in our
        // hospitals`).
        if self.is(end, &["come", "came", "coming"]) && self.at(end + 1) == "here" {
            if let Some(k) = self.first_in(end + 2..end + 9, &["rob", "steal", "scrounge", "rape"])
            {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Blacks have done nothing for civilisation except crime` (not `... nothing wrong`).
        let done = end + usize::from(self.is(end, &["have", "has"]));
        if self.is(done, &["done", "contributed", "given", "added"])
            && self.at(done + 1) == "nothing"
            && self.is(done + 2, &["for", "to"])
            && self.is(
                done + 3,
                &[
                    "civilisation",
                    "civilization",
                    "society",
                    "humanity",
                    "mankind",
                    "science",
                ],
            )
        {
            return Some((Stereotype, i, done + 4));
        }
        // `... a Jew wrote this, they always stab us in the back`: a group said to betray.
        let always = end + usize::from(self.is(end, &["always", "will", "would"]));
        if self.seq(always, &["stab", "us", "in", "the", "back"]) {
            return Some((Stereotype, i, always + 5));
        }
        // `Blacks commit all the crime`, `... most of the crime`: a group made the source of
        // crime (not `teenagers commit most of their crimes online`, a report of how).
        if self.is(end, &["commit", "commits", "do"]) && self.is(end + 1, &["all", "most"]) {
            let the = end + 2 + usize::from(self.at(end + 2) == "of");
            if self.at(the) == "the"
                && self.is(the + 1, &["crime", "crimes", "raping", "stabbings"])
            {
                return Some((Stereotype, i, the + 2));
            }
        }
        // `Muslims are incapable of living in a civilised society`: a people said to be unfit
        // for others' company (not `... incapable of being one voting bloc`).
        // (`... are genetically incapable of ...`.)
        let copular = end + usize::from(self.is(end, &["are", "is"]));
        let copular = copular
            + usize::from(
                copular > end && self.is(copular, &["genetically", "naturally", "simply"]),
            );
        if copular > end && self.seq(copular, &["incapable", "of"]) {
            let fit = [
                "living",
                "thinking",
                "integrating",
                "reason",
                "reasoning",
                "governing",
                "holding",
                "working",
                "learning",
            ];
            if self.is(copular + 2, &fit) {
                return Some((Stereotype, i, copular + 3));
            }
        }
        // `Muslims can't be trusted` (`cannot`, `cant` and `can't` are all read `can not`),
        // `... are not to be trusted`: a people called false by nature (not `the polls can't be
        // trusted`, no people).
        let untrusted = [
            &["can", "not", "be", "trusted"][..],
            &["are", "not", "to", "be", "trusted"],
        ];
        if let Some(words) = untrusted.iter().find(|w| self.seq(end, w)) {
            return Some((Stereotype, i, end + words.len()));
        }
        // `армяне — хитрые торгаши, им нельзя доверять` ("... they can't be trusted").
        let trust_ru = (end..end + 6).find(|&k| self.seq(k, &["им", "нельзя", "доверять"]));
        if let Some(k) = trust_ru {
            return Some((Stereotype, i, k + 3));
        }
        // `Arabs only understand one language: force`, `... only understand violence`: a
        // people said to be reached by nothing else (not `tourists only understand one
        // language: English`).
        if self.seq(end, &["only", "understand"]) || self.seq(end, &["only", "understands"]) {
            let by_force = [
                &["force"][..],
                &["violence"],
                &["the", "stick"],
                &["fists"],
                &["bullets"],
            ];
            let said = by_force.iter().any(|f| self.seq(end + 2, f))
                || self.seq(end + 2, &["one", "language"])
                    && end + 4 == self.len()
                    && self.followed_by(&by_force);
            if said {
                return Some((Stereotype, i, (end + 4).min(self.len())));
            }
        }
        // `immigrants bring nothing but crime and disease`; not `... bring new skills`, `...
        // bring crime rates down`.
        if self.is(end, &["bring", "brings", "brought"]) {
            let only = if self.seq(end + 1, &["nothing", "but"]) {
                end + 3
            } else {
                end + 1 + usize::from(self.is(end + 1, &["only", "just"]))
            };
            let harms = |k: usize| self.is(k, &BROUGHT_HARM);
            let and_more = self.at(only + 1) == "and" && harms(only + 2);
            let closes = only + 1 == self.len() || and_more;
            if harms(only) && (only > end + 1 || closes) {
                return Some((Stereotype, i, only + 1 + 2 * usize::from(and_more)));
            }
        }
        // `trans women are men in dresses`: a group's own sex denied.
        if after > end && self.seq(after, &["men", "in", "dresses"]) {
            return Some((Stereotype, i, after + 3));
        }
        // `the Jews had it coming`: violence against a group said to be deserved.
        if self.is(end, &["had", "have"]) && self.seq(end + 1, &["it", "coming"]) {
            return Some((Contempt, i, end + 3));
        }
        // `women are only good in bed`, `... good for one thing`; `bu kadınlar sadece yatakta
        // işe yarar`.
        let only = after + usize::from(self.is(after, &["only", "just"]));
        let for_sex = self.seq(only, &["good", "in", "bed"])
            || self.seq(only, &["good", "for", "one", "thing"])
            || self.seq(only, &["good", "for", "sex"]);
        if after > end && self.is(after, &["only", "just"]) && for_sex {
            return Some((Stereotype, i, only + 3));
        }
        // `Poles are only good for cleaning toilets`, `Filipinos are only fit to scrub
        // toilets`: a group fit for menial work alone (not `Poles are good for the economy`).
        if after > end && self.is(after, &["only", "just"]) && self.is(only, &["good", "fit"]) {
            let work = match self.at(only + 1) {
                "for" => self.is(only + 2, &MENIAL) || self.is(only + 2, &VICES_ING),
                "to" => self.is(only + 2, &MENIAL_TO),
                _ => false,
            };
            if work {
                return Some((Stereotype, i, only + 3));
            }
        }
        if let Some(k) = (end..end + 3).find(|&k| self.at(k) == "yatakta") {
            if self.seq(k + 1, &["ise", "yarar"]) {
                return Some((Stereotype, i, k + 3));
            }
        }
        // `senin gibi kadınlar ancak sokakta iş bulur` ("women like you only find work on the
        // street"); not `... sokakta çalışan kadınlar`, a report of street vendors.
        if let Some(k) = (end..end + 3).find(|&k| self.at(k) == "sokakta") {
            let only = k > 0 && self.is(k - 1, &["ancak", "sadece"]);
            if only && (self.seq(k + 1, &["is", "bulur"]) || self.is(k + 1, &["calisir"])) {
                return Some((Stereotype, i, k + 2 + usize::from(self.at(k + 1) == "is")));
            }
        }
        if after > end {
            // `X are a burden on society`, `... a burden to us all`, `... a burden.`, `... a
            // drain`; not `X are not a burden`, nor what X carry (`... a burden on the health
            // service's budget`).
            if self.at(after) == "a" && self.is(after + 1, &["burden", "drain"]) {
                let on = after + 2;
                // Where the burden falls, when it falls on all: its last word.
                let all = if !self.is(on, &["on", "to"]) {
                    None
                } else if self.is(on + 1, &["society", "us", "everyone", "everybody"]) {
                    Some(on + 1)
                } else if self.is(on + 1, &["the", "this", "our"])
                    && self.is(on + 2, &["country", "nation", "society"])
                {
                    Some(on + 2)
                } else {
                    None
                };
                // (`... a drain and the state should stop keeping them alive`.)
                match all {
                    Some(last) => return Some((Stereotype, i, last + 1)),
                    // (`... a burden we carry out of pity`.)
                    None if on == self.len() || self.is(on, &["and", "we"]) => {
                        return Some((Stereotype, i, on))
                    }
                    None => {}
                }
            }
            // `disabled kids are a waste of the NHS budget`, `... a waste of space`: people
            // counted as a loss (not `X are a waste of talent`, said of what is lost).
            if self.seq(after, &["a", "waste", "of"])
                && self.any_in(after + 3..after + 7, &SPENT_ON_THEM)
            {
                return Some((Stereotype, i, after + 7));
            }
        }
        // `Asians can't drive`: a skill denied to a group (not to children).
        let young = self.any_in(i..end, &["children", "kids", "teenagers", "minors"]);
        if self.seq(end, &["can", "not"])
            && self.is(end + 2, &["drive", "think", "lead", "cook"])
            && !young
        {
            return Some((Stereotype, i, end + 3));
        }
        // `Lesbians just haven't met the right man yet`.
        if let Some(k) = self.first_in(end..end + 5, &["met"]) {
            if self.seq(k + 1, &["the", "right", "man"]) {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Lesbians just need a real man`: a group told a man would mend what it is.
        // (`any woman who writes like this clearly needs a good seeing-to`: after what she
        // does.)
        let verb = if self.at(end) == "who" {
            self.first_in(end + 1..end + 8, &["need", "needs"])
                .unwrap_or(end)
        } else {
            end
        };
        let need =
            verb + usize::from(self.is(verb, &["just", "only", "all", "clearly", "obviously"]));
        // (`... a good hard shag`: one word more between.)
        let hard = usize::from(self.is(need + 3, &["hard", "long", "rough"]));
        if self.is(need, &["need", "needs"])
            && self.at(need + 1) == "a"
            && self.is(need + 2, &["real", "good", "proper"])
            && self.is(need + 3 + hard, &["man", "dick", "cock", "shag", "seeing"])
        {
            return Some((Stereotype, i, need + 4 + hard));
        }
        // `Women who dress like that are asking to be raped`: a group blamed for violence
        // done to it.
        if let Some(k) = self.first_in(end..end + 8, &["asking", "deserve", "deserves"]) {
            if self.seq(k + 1, &["to", "be"]) && self.is(k + 3, &["raped", "assaulted", "attacked"])
            {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Black people are genetically less intelligent`, `... naturally inferior`.
        if after > end {
            let nature = ["genetically", "naturally", "inherently", "biologically"];
            let how = after + usize::from(self.is(after, &nature));
            if self.seq(how, &["less", "intelligent"]) || how > after && self.at(how) == "inferior"
            {
                return Some((Stereotype, i, how + 1 + usize::from(self.at(how) == "less")));
            }
            // `Black people are genetically prone to violence`, `... naturally violent`: a
            // vice said to be in a group's nature.
            // `Roma are genetically programmed to steal`, `... wired to steal`.
            let wired = ["programmed", "wired", "predisposed", "inclined", "designed"];
            let does = ["steal", "lie", "cheat", "kill", "rape", "rob"];
            if self.is(how, &wired) && self.at(how + 1) == "to" && self.is(how + 2, &does) {
                return Some((Stereotype, i, how + 3));
            }
            if how > after {
                if self.seq(how, &["prone", "to"]) && self.is(how + 2, &VICES) {
                    return Some((Stereotype, i, how + 3));
                }
                if self.is(how, &["violent", "criminal", "lazy", "dishonest", "savage"]) {
                    return Some((Stereotype, i, how + 1));
                }
            }
        }
        // `Black people ruin every neighbourhood they move into` (not `... ruin the surprise`).
        if self.is(end, &RUINS)
            && self.is(end + 1, &["every", "any", "each"])
            && self.is(end + 2, &PLACES_RUINED)
        {
            return Some((Stereotype, i, end + 3));
        }
        // `Gypsies steal everything that isn't nailed down`, `Gypsies steal, everyone knows
        // it`; not `... steal the show`.
        // (And `Muslims rape, it's in their religion`.)
        if self.is(end, &["steal", "steals", "rob", "robs", "rape", "rapes"])
            && (self.is(end + 1, &["everything", "anything", "all"])
                || end + 1 == self.len()
                || self.phrase_ends_before(end + 1))
        {
            return Some((Stereotype, i, end + 1));
        }
        // `Africans have the brains of children`; not `... the brains of the operation`.
        if self.is(end, &["have", "has"]) && self.at(end + 1) == "the" {
            let of = end + 3;
            let whose = of + 1 + usize::from(self.is(of + 1, &["a", "an"]));
            if self.is(
                end + 2,
                &["brains", "brain", "mind", "minds", "intelligence"],
            ) && self.at(of) == "of"
                && self.is(whose, &LESSER_MINDS)
            {
                return Some((Stereotype, i, whose + 1));
            }
        }
        // `Black people have lower IQs`; not `... have lower incomes`.
        if self.is(end, &["have", "has"])
            && self.is(end + 1, &["lower", "low", "no"])
            && self.is(end + 2, &["iq", "iqs", "intelligence"])
        {
            return Some((Stereotype, i, end + 3));
        }
        // `a woman's opinion is worth half a man's` (the possessive's `s` is no word); not
        // `... counted as much as a man's`.
        let worth = self.first_in(end..end + 3, &["worth"]);
        if let Some(k) = worth.filter(|&k| k > end && self.is(k - 1, &["is", "are"])) {
            let said_of = [
                "opinion",
                "opinions",
                "vote",
                "votes",
                "word",
                "testimony",
                "life",
            ];
            if self.any_in(end..k, &said_of) && self.is(k + 1, &["half", "less", "nothing"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Blacks can't run a country`, `... cannot govern themselves`: a group said to be
        // unfit to rule itself (not `Blacks can't run for office in that state`).
        let cannot =
            (end..end + 3).find(|&k| self.seq(k, &["can", "not"]) || self.at(k) == "cannot");
        if let Some(k) = cannot {
            let verb = k + if self.at(k) == "cannot" { 1 } else { 2 };
            let ruled = verb + 1 + usize::from(self.is(verb + 1, &["a", "their", "any", "own"]));
            if self.is(verb, &["run", "govern", "rule"])
                && self.is(
                    ruled,
                    &["country", "countries", "nation", "state", "themselves"],
                )
            {
                return Some((Stereotype, i, ruled + 1));
            }
        }
        // `Jews killed Jesus`: the deicide charge (not `the Romans killed Jesus`, no group's
        // name).
        if self.is(end, &["killed", "murdered", "crucified"])
            && self.is(end + 1, &["jesus", "christ"])
        {
            return Some((Stereotype, i, end + 2));
        }
        // `Africans have contributed nothing to human history`: a people's worth denied (not
        // `Africans have contributed nothing to the crisis`, blame denied).
        let have = end + usize::from(self.is(end, &["have", "has"]));
        if have > end && self.seq(have, &["contributed", "nothing"]) {
            let to = have + 2;
            let history = (to..to + 5).any(|k| {
                self.is(
                    k,
                    &[
                        "history",
                        "civilisation",
                        "civilization",
                        "humanity",
                        "science",
                    ],
                )
            });
            if to == self.len() || self.phrase_ends_before(to) || history {
                return Some((Stereotype, i, to));
            }
        }
        // `Africans have never invented anything and never will`: a group said to have done
        // nothing (not `Africans have never had a fair share of the vaccines`).
        let deeds = ["invented", "achieved", "contributed", "built", "created"];
        if self.seq(end, &["have", "never"]) && self.is(end + 2, &deeds) {
            let nothing = self.is(end + 3, &["anything", "a", "one"]);
            if nothing {
                return Some((Stereotype, i, end + 4));
            }
        }
        // `Jews have big noses and bigger wallets`.
        if self.seq(end, &["have", "big", "noses"]) || self.seq(end, &["have", "hooked", "noses"]) {
            return Some((Stereotype, i, end + 3));
        }
        // `Polish people smell, everyone knows it` (not `... smell the coffee`).
        if self.is(end, &["smell", "stink", "reek"]) && self.phrase_ends_before(end + 1) {
            return Some((Stereotype, i, end + 1));
        }
        // `Black lives don't matter`.
        if self.seq(end, &["lives", "do", "not", "matter"]) {
            return Some((Contempt, i, end + 4));
        }
        None
    }

    /// [`Clause::excluded_or_blamed`] in Russian and Turkish: `мигрантам здесь не место`,
    /// `евреи правят миром`, `бабы должны сидеть дома`, `Suriyeliler ülkelerine geri dönsün`,
    /// `Kürtleri bu ülkeden atmak lazım`, `Yahudiler dünyayı yönetiyor`, `kadınların yeri
    /// mutfaktır`.
    fn excluded_ru_tr(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Dehumanisation, Exclusion, Stereotype};
        // `Suriyeliler bu ülkenin kanseri` ("Syrians are this country's cancer"): what a
        // group is called, as something of a land's.
        let land = end + usize::from(self.is(end, &["bu", "bizim"]));
        // The genitive: `ülkenin`, `toplumun`, `milletin` (`-ın`, `-ün` folded to `-in`, `-un`).
        let genitive = self.at(land);
        let of_a_land =
            genitive.len() >= 5 && (genitive.ends_with("in") || genitive.ends_with("un"));
        // (`Eşcinseller toplumun kanseridir`: "... society's cancer", no `bu` before.)
        if of_a_land && self.is(land + 1, &BLIGHT_OF_TR) {
            return Some((Dehumanisation, i, land + 2));
        }
        // `Ermeniler bu toprakların düşmanıdır` ("Armenians are the enemy of these lands").
        if of_a_land
            && self.is(
                land + 1,
                &["dusmanidir", "dusmani", "dusmanlaridir", "dusmanlari"],
            )
        {
            return Some((Stereotype, i, land + 2));
        }
        // `Eşcinseller toplumun çürük elmalarıdır` ("... society's rotten apples").
        if of_a_land && self.at(land + 1) == "curuk" && self.at(land + 2).starts_with("elma") {
            return Some((Dehumanisation, i, land + 3));
        }
        // `Suriyeliler bu ülkenin başına bela oldu` ("Syrians became a curse on this
        // country's head").
        if let Some(k) = self.first_in(end..end + 4, &["basina", "basimiza"]) {
            if self.is(k + 1, &["bela", "belasi"]) {
                return Some((Dehumanisation, i, k + 2));
            }
        }
        // `Kadınlar mutfağa` ("women to the kitchen"), closing its phrase.
        if self.at(end) == "mutfaga" && self.phrase_ends_before(end + 1) {
            return Some((Exclusion, i, end + 1));
        }
        // `Kadınlar sadece doğurmak için var` ("women exist only to give birth").
        // (`kadınlar sadece çocuk doğurmak için var`: two words before `için`.)
        if self.at(end) == "sadece" {
            if let Some(k) = (end + 2..end + 4).find(|&k| self.at(k) == "icin") {
                if self.is(k + 1, &["var", "vardir", "yaratilmis", "yaratilmistir"]) {
                    return Some((Stereotype, i, k + 2));
                }
            }
        }
        // `Siyahlar maymundan türemiş` ("Blacks descend from apes").
        if self.is(end, &["maymundan", "maymunlardan"]) && self.at(end + 1).starts_with("tur") {
            return Some((Dehumanisation, i, end + 2));
        }
        // `азиаты все на одно лицо и все воруют` ("Asians all look alike and all steal").
        // (And `цыгане воруют детей` ("Gypsies steal children"): the old libel.)
        if let Some(k) = self.first_in(end..end + 8, &["воруют", "крадут"]) {
            if self.at(k - 1) == "все" {
                return Some((Stereotype, i, k + 1));
            }
            if k == end && self.is(k + 1, &["детей", "младенцев"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Евреи опять всё купили, и газету эту тоже` ("the Jews have bought everything
        // again, this paper too"), `Jews own everything`: a group said to own all (not
        // `туристы скупили все билеты`, "tourists bought all the tickets": what was bought
        // named).
        let again = end + usize::from(self.is(end, &["опять", "снова", "уже", "again"]));
        let all_bought = self.at(again) == "все" && self.is(again + 1, &["купили", "скупили"])
            || self.is(again, &["купили", "скупили"]) && self.at(again + 1) == "все"
            || self.is(again, &["own", "bought", "control"]) && self.at(again + 1) == "everything";
        if all_bought && self.phrase_ends_before(again + 2) {
            return Some((Conspiracy, i, again + 2));
        }
        // `Kürtler medeniyetsiz dağ adamları, şehirde işleri yok` ("... they have no business
        // in the city"), `burada işleri yok`: a group told it has no place.
        if let Some(k) = self.first_in(end..end + 8, &["isleri", "isi"]) {
            let place = [
                "sehirde",
                "burada",
                "ulkede",
                "ulkemizde",
                "avrupada",
                "istanbulda",
            ];
            if k > 0 && self.is(k - 1, &place) && self.at(k + 1) == "yok" {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Suriyeli dilenciler ülkeyi mahvetti, geri gönderin hepsini` ("... send them all
        // back"): the whole group sent back.
        if let Some(k) = self.first_in(end..end + 8, &["geri"]) {
            let sent = ["gonderin", "gonderilmeli", "gondermek", "gonderilsin"];
            if self.is(k + 1, &sent)
                && self.any_in(k.saturating_sub(2)..k + 4, &["hepsini", "hepsi"])
            {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Suriyeliler kanalizasyon fareleri gibi` ("Syrians are like sewer rats").
        if let Some(k) = self.first_in(end..end + 3, &["fareleri", "fareler", "hamamboceklerine"]) {
            if self.at(k + 1) == "gibi" {
                return Some((Dehumanisation, i, k + 2));
            }
        }
        // `Suriyelileri toplayıp sınır dışı etmek lazım` ("round up the Syrians and deport
        // them").
        if let Some(k) = (end..end + 4).find(|&k| self.seq(k, &["sinir", "disi"])) {
            let done = self.seq(k + 2, &["etmek", "lazim"])
                || self.is(k + 2, &["edilmeli", "edilmelidir", "edilsin", "edilsinler"]);
            if done {
                return Some((Exclusion, i, k + 4));
            }
        }
        // `Kürtleri bu ülkeden atmak lazım` ("the Kurds must be thrown out of this country"),
        // `Ermenilerin hepsi ülkeden sürülmeli` ("... should be driven out").
        let out = self.first_in(end..end + 3, &["ulkeden", "ulkemizden", "topraklardan"]);
        if let Some(k) = out {
            if self.is(
                k + 1,
                &["atmak", "kovmak", "surmek", "temizlemek", "silmek"],
            ) && self.is(k + 2, &["lazim", "gerek", "lazimdir", "gerekir"])
            {
                return Some((Exclusion, i, k + 3));
            }
            if self.is(k + 1, &TR_DRIVEN_OUT) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Suriyelileri gemilere doldurup geri yollamak lazım` ("load the Syrians onto ships
        // and send them back"): people stuffed in like cargo.
        if let Some(k) = self.first_in(end..end + 3, &["doldurup", "doldurmak"]) {
            let cargo = ["gemilere", "kamyonlara", "otobuslere", "vagonlara"];
            if k > end && self.any_in(end..k, &cargo) {
                return Some((Exclusion, i, k + 1));
            }
        }
        // `kadınların aklı yok` ("women have no brains").
        if let Some(k) = (end..end + 2).find(|&k| self.seq(k, &["akli", "yok"])) {
            return Some((Stereotype, i, k + 2));
        }
        // `евреи опять всё скупили, от них одни беды` ("... nothing but trouble from them"):
        // a group blamed for every ill.
        if let Some(k) = (end..end + 6).find(|&k| self.seq(k, &["от", "них", "одни"])) {
            if self.is(k + 3, &["беды", "проблемы", "несчастья"]) {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Kürtler bu ülkeye ihanet etti, hepsi sürülmeli` ("... all of them should be driven
        // out"): the whole group, named again.
        // (`Ermenilerin hepsi dışarı atılmalı`: "... thrown outside".)
        if let Some(k) = self.first_in(end..end + 8, &["hepsi"]) {
            let out = k + 1 + usize::from(self.at(k + 1) == "disari");
            if self.is(out, &TR_DRIVEN_OUT) {
                return Some((Exclusion, i, out + 1));
            }
        }
        // `мигранты пусть едут домой` ("let the migrants go home").
        if self.at(end) == "пусть"
            && self.is(
                end + 1,
                &["едут", "валят", "убираются", "уезжают", "возвращаются"],
            )
            && self.any_in(end + 2..end + 4, &["домой", "обратно", "родину", "себе"])
        {
            return Some((Exclusion, i, end + 4));
        }
        // `геев надо лечить` ("gays must be treated"), `eşcinseller zorla tedavi edilmeli`
        // ("... should be treated by force"): a group called ill; not `мигрантов надо лечить
        // бесплатно` ("migrants must be treated free of charge"), `... ücretsiz tedavi
        // edilmeli`.
        let free = |k: usize| self.any_in(end..k + 3, &["бесплатно", "ucretsiz", "ucretsizce"]);
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &["надо", "нужно", "следует"]))
        {
            if self.at(k + 1) == "лечить" && !free(k) {
                return Some((Stereotype, i, k + 2));
            }
        }
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["tedavi", "edilmeli"])) {
            if !free(k) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `цыган надо гнать из города` ("the Gypsies must be driven out of the city").
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &["надо", "нужно", "пора"]))
        {
            if self.is(k + 1, &RU_DRIVE_OUT) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `евреи правят миром` ("the Jews rule the world"), `... контролируют СМИ`.
        // (`евреи захватили всё телевидение`, "... have seized all the television".)
        let all = end + 1 + usize::from(self.is(end + 1, &["все", "всё", "всеми"]));
        if self.is(
            end,
            &[
                "правят",
                "управляют",
                "контролируют",
                "владеют",
                "захватили",
            ],
        ) && self.is(
            all,
            &[
                "миром",
                "мир",
                "сми",
                "банками",
                "банки",
                "правительством",
                "телевидение",
                "телевидением",
            ],
        ) {
            return Some((Conspiracy, i, all + 1));
        }
        // `евреи продали нашу страну` ("the Jews sold our country"); not `страна продала газ`.
        if self.is(end, &["продали", "продают", "продадут"])
            && self.any_in(end + 1..end + 3, &["страну", "родину", "россию"])
        {
            return Some((Conspiracy, i, end + 3));
        }
        // `Ermeniler bu ülkenin düşmanı` ("Armenians are this country's enemy"): the enemy of
        // what the genitive before it names.
        if let Some(k) = (end + 1..end + 4).find(|&k| self.is(k, &TR_ENEMY)) {
            let of = self.at(k - 1);
            if of.ends_with("nin") || of.ends_with("nun") {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Yahudiler dünyayı yönetiyor` ("the Jews rule the world"), `... medyayı kontrol
        // ediyor`.
        if self.is(end, &["dunyayi", "medyayi", "bankalari", "hukumeti"])
            && (self.at(end + 1).starts_with("yonet") || self.at(end + 1) == "kontrol")
        {
            return Some((Conspiracy, i, end + 2));
        }
        // `Göçmenler ülkemizi işgal ediyor` ("migrants are occupying our country").
        if let Some(k) = (end..end + 3).find(|&k| self.at(k) == "isgal") {
            if self.at(k + 1).starts_with("ed") {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadınlar oy kullanmamalı` ("women should not vote").
        if self.at(end) == "oy" && self.is(end + 1, &["kullanmamali", "vermemeli"]) {
            return Some((Exclusion, i, end + 2));
        }
        // `Kadınlar siyasetten anlamaz, evde otursunlar` ("... let them sit at home").
        if let Some(k) = (end..end + 6).find(|&k| self.is(k, &["evde", "evlerinde"])) {
            // (`Kadınlar evde oturmalı`, "women should sit at home".)
            // (`Kadınlar akıllı olsaydı evde otururlardı`, "if women were clever they would
            // sit at home".)
            let would = self.is(k + 1, &["otururlardi", "kalirlardi"])
                && self.any_in(end..k, &["olsaydi", "olsalardi"]);
            if would
                || self.at(k + 1).starts_with("otursun")
                || self.is(k + 1, &["oturmali", "oturmalilar", "kalmali", "kalmalilar"])
            {
                return Some((Exclusion, i, k + 2));
            }
            // `Kadınlar evde oturup çocuk baksın` ("let women sit at home and mind the
            // children"): what they are told to do there, in the third person's imperative.
            let told = |w: &str| {
                ["sin", "sun", "sinler", "sunlar"]
                    .iter()
                    .any(|e| w.ends_with(e))
            };
            if self.at(k + 1) == "oturup" {
                if let Some(verb) = (k + 2..k + 5).find(|&v| told(self.at(v))) {
                    return Some((Exclusion, i, verb + 1));
                }
            }
        }
        // `kadınların yeri mutfaktır` ("a woman's place is the kitchen"), `... evidir` ("...
        // the home").
        if self.at(end) == "yeri"
            && self.is(
                end + 1,
                &["mutfak", "mutfaktir", "mutfaktadir", "evdir", "evidir"],
            )
        {
            return Some((Exclusion, i, end + 2));
        }
        // `bu ülkede Suriyelilere yer yok` ("there is no place for Syrians in this country").
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["yer", "yok"])) {
            return Some((Exclusion, i, k + 2));
        }
        // `мигрантам здесь не место` ("migrants have no place here").
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["не", "место"])) {
            return Some((Exclusion, i, k + 2));
        }
        // `Kadın dediğin evinde oturur` ("a woman, so called, sits at home"; not `... evde de
        // işte de güçlüdür`, "strong at home and at work").
        if self.seq(i, &["kadin", "dedigin"]) {
            let home = (i + 2..i + 4).find(|&k| self.is(k, &["evinde", "evde", "mutfakta"]));
            let sits = ["oturur", "oturmali", "oturmalidir", "kalir", "kalmali"];
            if let Some(k) = home.filter(|&k| self.is(k + 1, &sits)) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadınların aklı bir karış` ("women's minds are a span long").
        if self.seq(end, &["akli", "bir", "karis"]) {
            return Some((Stereotype, i, end + 3));
        }
        // `бабы должны сидеть дома и молчать` ("women must sit at home and keep quiet"),
        // `все эти нерусские должны убраться из нашей страны` ("... must get out of our
        // country").
        if let Some(k) = (end..end + 2).find(|&k| self.is(k, &["должны", "должна", "обязаны"]))
        {
            if self.seq(k + 1, &["сидеть", "дома"]) || self.at(k + 1) == "молчать"
            {
                return Some((
                    Exclusion,
                    i,
                    k + 2 + usize::from(self.at(k + 1) == "сидеть"),
                ));
            }
            if self.is(
                k + 1,
                &["убраться", "убираться", "уехать", "свалить", "валить"],
            ) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `женщинам место на кухне` ("women's place is in the kitchen"), `... у плиты`.
        if let Some(k) = (end..end + 2).find(|&k| self.at(k) == "место") {
            if self.seq(k + 1, &["на", "кухне"]) || self.seq(k + 1, &["у", "плиты"]) {
                return Some((Exclusion, i, k + 3));
            }
        }
        // `Yahudiler her şeyin arkasında` ("the Jews are behind everything"); not `... her
        // şeyin arkasında duruyor` ("stand behind it all": support).
        if let Some(k) = (end..end + 2).find(|&k| self.seq(k, &["her", "seyin", "arkasinda"])) {
            if !self.at(k + 3).starts_with("dur") {
                return Some((Conspiracy, i, k + 3));
            }
        }
        // `Suriyeliler ülkelerine geri dönsün` ("let them go back to their country"),
        // `burada istenmiyorlar` ("they are not wanted here"), `defolsunlar`.
        // (`Çingeneler bu mahalleyi pisletti, hepsi defolsun`: "... all of them, get out".)
        let out = ["defolsun", "defolsunlar", "istenmiyorlar", "istenmiyor"];
        let all_out = (end..self.len()).find(|&k| self.at(k - 1) == "hepsi" && self.is(k, &out));
        let sent_back = (end..end + 4)
            .find(|&k| {
                self.at(k) == "ulkelerine"
                    && (k + 1..k + 3).any(|d| self.at(d).starts_with("donsun"))
                    || self.is(k, &out)
            })
            .or(all_out);
        sent_back.map(|k| (Exclusion, i, k + 1))
    }

    /// Whether the word at `j`, `links` words after a group, calls it one of the words of
    /// `lexicons` (English, Russian and Turkish, in that order). English needs its copula
    /// (`Kurds are rats`); Russian drops it (`курды — крысы`, the dash is not a word),
    /// Turkish needs none (`Kürtler fare`).
    fn called(&self, j: usize, links: usize, [en, ru, tr]: [&Lexicon; 3]) -> bool {
        if self.is(j, en) {
            links > 0
        } else if self.is(j, ru) {
            true
        } else if self.is(j, tr) {
            // Turkish nouns stack (`kadın hayvan hakları`, "women's and animal rights"): the
            // word ends the clause or its phrase, or a link word stands before or after it, or
            // another such word after `ve` (`pis ve tembel`, "dirty and lazy").
            links > 0
                || self.phrase_ends_before(j + 1)
                || self.is(j + 1, &LINKS)
                || self.at(j + 1) == "ve" && self.is(j + 2, tr)
        } else {
            false
        }
    }
}

/// Every attack on a group in the text: the words from the group (or the verb of hatred) to
/// what the group is called.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<HateKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<HateKind>> {
    let mut hits = reading.find(&CUES, |clause, found| clause.attacks(found));
    hits.extend(echoes(reading));
    hits
}

/// Words marked with the antisemitic "echo", `(((globalists)))`, `their (((friends)))`,
/// `(((the media)))`: a name cast as part of a Jewish hidden hand, whatever the words (not
/// the echo named: `the (((echo))) is a hate symbol`).
fn echoes(reading: &Reading) -> Vec<Hit<HateKind>> {
    // A byte search first: most texts hold no `(`, and a search for `(((` costs more.
    let text = reading.original();
    if !text.contains('(') || !text.contains("(((") {
        return Vec::new();
    }
    reading
        .echoed()
        .into_iter()
        .filter(|(_, written)| !written.to_lowercase().contains("echo"))
        .map(|(words, _)| Hit {
            kind: HateKind::Conspiracy,
            chars: reading.word_chars(words.start).start..reading.word_chars(words.end - 1).end,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attacks(text: &str) -> Vec<(HateKind, &str)> {
        crate::rules::written_hits(text, find)
    }

    fn is_attack(text: &str) -> bool {
        !attacks(text).is_empty()
    }

    /// Every one of `attacking` read as an attack, and none of `civil`.
    fn read_all(attacking: &[&str], civil: &[&str]) {
        for attack in attacking {
            assert!(is_attack(attack), "{attack}");
        }
        for civil in civil {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_group_called_a_tumour_women_nobody_wanted_thieves_and_parasites() {
        read_all(
            &[
                "Muslims are a tumour in the body of this nation.",
                "Lesbians are just women nobody wanted, sad and bitter.",
                "Все цыгане — ворьё и паразиты.",
                "Muslim women are oppressed breeding machines.",
                "Армяне — хитрые торгаши, им нельзя доверять.",
                "Chinese people are soulless ants who copy everything.",
                "Цыганва воровская, всех на выселки.",
                "Kadın yazar mı olur, git çocuk bak.",
            ],
            &[
                "Dairy cows are breeding machines on industrial farms, the report says.",
                "Армяне открыли новую школу, им помогли соседи.",
                "Chinese scientists published a major study on ant colonies.",
                "Kadın yazarların romanları bu yıl çok satıldı.",
                "The tumour in the body of the patient was removed, the surgeon said.",
                "Nurses are just women nobody wanted to pay properly, the union says.",
                "Цыгане и армяне жили в этом квартале веками.",
            ],
        );
    }

    #[test]
    fn attacks_of_the_ninetieth_to_ninety_second_sets() {
        read_all(
            &[
                "Muslims are ruining Europe, they should all be shipped off to the desert.",
                "Typical Scot, tight-fisted and drunk.",
                "Muslim women are oppressed baby factories.",
                "Jews have big noses and bigger wallets.",
                "Polish people smell, everyone knows it.",
                "Kadın dediğin evinde oturur.",
            ],
            &[
                "Muslims across Europe celebrated Eid this weekend.",
                "Typical Scottish weather, rain and then sun.",
                "Muslim women founded the first university in Morocco.",
                "Jews have big families in this neighbourhood, the census says.",
                "Polish people smell the first snow before it comes, my grandmother said.",
                "Kadın doktorlar hastanede ödül aldı.",
            ],
        );
    }

    #[test]
    fn attacks_of_the_eighty_seventh_to_ninth_sets() {
        read_all(
            &[
                "Азиаты — это не люди, а насекомые.",
                "Таджиков надо депортировать всех до одного, это зараза.",
                "Chinese virus carriers should be quarantined on an island.",
                "Somali pirates, the lot of them, send them back.",
                "Kadınların aklı bir karış, siyaset yapmasınlar.",
                "Göçmenler hastalık taşıyan sürüngenler.",
                "Albanians are all gangsters and drug dealers.",
                "Arabs are desert rats, nothing more.",
                "Blind people are useless, just a burden on the rest of us.",
                "Ermenilerin hepsi dışarı atılmalı.",
            ],
            &[
                "Азиатская кухня становится всё популярнее.",
                "Таджикские строители закончили дом досрочно.",
                "Chinese scientists published the virus genome within weeks.",
                "Illegal immigrants, the minister said, send them back.",
                "Kadınların siyasete katılımı bu yıl arttı.",
                "Göçmen kuşlar güneye uçtu.",
                "Albanian bakeries are the best in the neighbourhood.",
                "Desert rats survive without drinking water.",
                "Blind people are campaigning for talking pedestrian crossings.",
                "Ermeni mutfağı çok lezzetli.",
            ],
        );
    }

    #[test]
    fn attacks_of_the_eighty_fourth_to_sixth_sets() {
        read_all(
            &[
                "Все эти нерусские должны убраться из нашей страны.",
                "Бабы должны сидеть дома и молчать.",
                "Romanlar doğuştan hırsız, hepsi aynı.",
                "Afganlar medeniyet görmemiş yaratıklar.",
                "Africans have never invented anything and never will.",
                "Old people should do the decent thing and die off to free up housing.",
                "Гомики — больные люди, их надо лечить принудительно.",
                "Kürtleri bu topraklardan silmek lazım.",
                "Çingeneler bu mahalleyi pisletti, hepsi defolsun.",
                "Black lives don't matter and never did.",
                "Hindus are thick.",
                "Immigrants should be shipped back in cattle cars.",
                "Черные — обезьяны, пусть сидят в Африке.",
            ],
            &[
                "Все эти туристы приехали на фестиваль.",
                "Бабушка сидит дома и вяжет носки.",
                "Romanlar çok güzel, hepsini okudum.",
                "Afgan halıları çarşıda çok ilgi gördü.",
                "Africans have never had a fair share of the vaccines.",
                "Old people should get flu jabs before winter or many will die.",
                "Black lives matter posters went up across the campus.",
                "Чёрные дыры поглощают свет.",
                "Kürt yemekleri festivali bu hafta sonu başlıyor.",
                "Çingene müzisyenler festivalde sahne aldı, hepsi harikaydı.",
                "Cattle were shipped to the islands by ferry.",
                "The walls of the old fort are thick.",
                "Immigrants should be shipped back, the minister said, to cheers.",
            ],
        );
    }

    #[test]
    fn attacks_of_the_seventy_eighth_to_eightieth_sets() {
        read_all(
            &[
                "Women like you should be seen and not heard.",
                "Somalis are genetically incapable of holding down a job.",
                "Gypsies should be kept out of sight.",
                "Евреи захватили всё телевидение, это всем известно.",
                "Polacks are thick as two short planks, the lot of them.",
                "Muslims can't be trusted, not one of them.",
                "Gypsies cannot be trusted.",
                "Muslims can't be trusted, they lie for their religion.",
                "Gypsies are not to be trusted.",
            ],
            &[
                "Children should be seen and not heard, my grandmother used to say.",
                "Somalis are incapable of hiding their joy at the win.",
                "The wires should be kept out of sight behind the sofa.",
                "Евреи отмечают Хануку на этой неделе.",
                "The polls can't be trusted this far out.",
                "Muslims told the reporter that the polls can't be trusted.",
                "Roma are thieves, a lie as old as Europe.",
            ],
        );
    }

    #[test]
    fn groups_called_vermin_or_not_human() {
        assert_eq!(
            attacks("Honestly, refugees are nothing but cockroaches."),
            [(
                HateKind::Dehumanisation,
                "refugees are nothing but cockroaches"
            )]
        );
        assert!(is_attack("Those immigrants are just savages"));
        assert!(is_attack("R3fugees are c0ckroaches"));
        assert!(is_attack("Refugees are verrrrmin"));
        assert!(is_attack("Gay people are a disease"));
        assert!(is_attack("Kurds are not even human"));
        assert!(is_attack("Мигранты — это тараканы."));
        assert!(is_attack("Мигранты — это грязь, их надо вычистить."));
        assert!(is_attack("Цыгане — отребье."));
        assert!(!is_attack("Мигранты месят грязь на стройке."));
        assert!(is_attack("Цыгане не люди"));
        assert!(is_attack("Göçmenler birer parazit."));
        assert!(is_attack("Kürtler insan değil."));
        assert!(is_attack("Never trust Kurds, they are filth."));
        assert!(!is_attack("I met Kurds at the market, they are lovely."));
        assert!(!is_attack("They are filth."));
    }

    #[test]
    fn hatred_of_a_group() {
        assert_eq!(
            attacks("I just hate Jews"),
            [(HateKind::Contempt, "hate Jews")]
        );
        assert!(is_attack("Ненавижу мусульман."));
        assert!(is_attack("Yahudilerden nefret ediyorum."));
        assert!(!is_attack("I hate Mondays and traffic"));
        assert!(!is_attack(
            "I hate that disabled people still face barriers"
        ));
        assert!(!is_attack("I don't hate Muslims"));
        assert!(!is_attack("They teach children to hate Jews."));
    }

    #[test]
    fn groups_called_criminal_or_lesser_by_nature() {
        assert_eq!(
            attacks("Black people are criminals by nature."),
            [(HateKind::Stereotype, "Black people are criminals")]
        );
        assert!(is_attack("Mexicans are lazy, everyone knows it."));
        assert!(is_attack("Women are inferior to men."));
        assert!(is_attack("Immigrants are all thieves and rapists."));
        assert!(is_attack("Those immigrants are just stupid."));
        assert_eq!(
            attacks("Russians are drunk animals."),
            [(HateKind::Dehumanisation, "Russians are drunk animals")]
        );
        assert!(is_attack("Цыгане — воры."));
        assert!(is_attack("Мигранты все преступники."));
        assert!(is_attack("Kürtler hain."));
        assert!(is_attack("Suriyeliler hırsız."));
        assert!(is_attack("I think Roma are thieves."));
    }

    #[test]
    fn stereotypes_negated_reported_or_of_some_are_not_attacks() {
        for not_one in [
            "Immigrants are not criminals.",
            "Immigrants are less likely to be criminals than natives.",
            "Muslims are victims of terrorists too.",
            "He said Mexicans are lazy and lost his job for it.",
            "Stop spreading the myth that refugees are criminals.",
            "People who think Roma are thieves should meet some.",
            "The stereotype that Jews are greedy is centuries old.",
            "You make it seem as if Israelis are evil.",
            "Some Australians are idiots and spell it the American way.",
            "Politicians are liars, every last one of them.",
            "The defence was lazy and the strikers were useless.",
            "Are Muslims violent? The figures say no.",
            "Мигранты — не преступники.",
            "Воры украли машину у цыган.",
            "Kürtler hain değil.",
            "Suriyeliler hırsızı yakaladı.",
        ] {
            assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
        }
    }

    #[test]
    fn groups_told_they_do_not_belong_or_blamed_as_a_hidden_hand() {
        assert_eq!(
            attacks("Muslims are not welcome here."),
            [(HateKind::Exclusion, "Muslims are not welcome here")]
        );
        assert_eq!(
            attacks("Jews control the media."),
            [(HateKind::Conspiracy, "Jews control the media")]
        );
        assert_eq!(
            attacks("Refugees are a burden on this country."),
            [(
                HateKind::Stereotype,
                "Refugees are a burden on this country"
            )]
        );
        assert_eq!(
            attacks("Immigrants are a burden."),
            [(HateKind::Stereotype, "Immigrants are a burden")]
        );
        for attack in [
            "Go back to where you came from.",
            "Go back to your country, nobody wants you here.",
            "Go back to your own country and take your family with you.",
            "Your kind isn't welcome here.",
            "You people should go home.",
            "Send them all back on the boats.",
            "Immigrants are invading our country.",
            "Women belong in the kitchen.",
            "Women like her belong in the kitchen.",
            "I tell you, women belong in the kitchen.",
            "Women are too emotional to be in charge.",
            "Gays should be kept away from children.",
            "Autistic people are broken and should be fixed or locked away.",
            "Black people have lower IQs, it's science.",
            "Christians are brainwashed sheep.",
            "Women should not be allowed to vote.",
            "Gay people should have no rights.",
            "Disabled people are a burden and should not be allowed to have children.",
            "Blacks should go back to Africa.",
            "The Jews are behind every war.",
            "Мигрантам здесь не место.",
            "Убирайся из нашей страны.",
            "Цыган надо гнать из города.",
            "Всех этих приезжих надо гнать поганой метлой.",
            "Çingeneler hırsız, hepsi.",
            "Мигранты пусть едут домой.",
            "Suriyeliler ülkelerine geri dönsün.",
            "Women should stay at home.",
            "Disabled people should just stay in the kitchen.",
            "Immigrants are a burden on society.",
            "Refugees are a burden to us all.",
            "Old people are a burden.",
            "The elderly are a burden on society.",
            "People in wheelchairs should stay at home.",
            "People with disabilities are a burden on society.",
            "Typical woman driver.",
            "Ugh, typical Muslim!",
            "Lesbians just need a real man.",
            "Gay men just need a good shag.",
            "Women: know your place.",
            "Women, stay in the kitchen where you belong.",
            "Hey women: get back in the kitchen.",
            "Pensioners are parasites.",
            "Muslims don't belong in Europe.",
            "Muslims breed like rabbits and will replace us.",
            "Gypsies are breeding like rats.",
            "Евреи правят миром, это все знают.",
            "Bu ülkede Suriyelilere yer yok.",
            "Kadınların yeri mutfaktır.",
            "Kadınlar siyasetten anlamaz, evde otursunlar.",
            "Disabled people are a drain on society and should not be kept alive on our money.",
            "Yahudiler dünyayı yönetiyor.",
            "Göçmenler ülkemizi işgal ediyor.",
            "Araplar medeniyetsiz insanlar.",
            "Kadınlar oy kullanmamalı.",
            "Ermeniler bu ülkenin düşmanı.",
            "Immigrants do not belong here.",
            "Gypsies don't belong in our town.",
            "Считаю, что мигранты — преступники.",
            "Я уверен, что цыгане — воры.",
            "Trans people are mentally ill freaks who need to be locked up.",
            "Eşcinseller hastadır, tedavi edilmeli.",
            "Muslims are a fifth column waiting for the order to strike.",
            "Women are only good in bed.",
            "Bu kadınlar sadece yatakta işe yarar.",
            "A woman like you needs to be taught her place, one way or another.",
            "Jews are the puppet masters behind every government.",
            "Immigrants bring nothing but crime and disease.",
            "Refugees bring crime.",
            "The figures look right to me. Gays are still an abomination though.",
            "Евреи продали нашу страну.",
            "Trans women are men in dresses and predators, every one of them.",
            "The Jews had it coming, and they'll get it again.",
            "Мигранты — это раковая опухоль на теле страны.",
            "Roma children should be taken from their parents at birth.",
            "Приезжие гадят везде, где живут.",
            "Gypsies steal everything that isn't nailed down.",
            "Black people are genetically less intelligent, that's just science.",
            "Women journalists should stick to writing about fashion.",
            "The globalists and their (((friends))) are behind every one of these articles.",
            "Ask yourself who owns (((the media))).",
        ] {
            assert!(is_attack(attack), "{attack}");
        }
        for not_one in [
            "After the conference, go back to your country and tell them what you saw.",
            "Go back to your desk and finish the report.",
            "Go back to your country and take photos of the festival for us.",
            "Antisemites mark names with the (((echo))), a report found.",
            "Suriyeliler hasta, yardım bekliyorlar.",
            "Women are good in bed rest after surgery, the study found.",
            "Kadınlar yatakta kitap okumayı seviyor.",
            "Immigrants bring new skills, and the figures show it.",
            "Immigrants bring crime rates down, a new study finds.",
            "The film is about a woman who refuses to be taught her place.",
            "Gypsies steal the show at every festival.",
            "Muslims are still a minority in the town.",
            "Страна продала газ по низкой цене.",
            "Women in dresses were the highlight of the parade.",
            "The storm had it coming for weeks, the forecasters said.",
            "Рак — главная причина смертности в регионе.",
            "Roma children are under-represented in higher education, the study found.",
            "Приезжие туристы заполнили центр города.",
            "Women journalists should stick to the facts, like everyone else.",
            "Patients with measles need to be kept away from school for a week.",
            "Women are not welcome in the club, which is why it is being sued.",
            "Guests are not welcome after midnight, the hotel says.",
            "Send them all back to the warehouse, the boxes are damaged.",
            "Send them all back home safely after the match.",
            "Go back to your country's embassy for a new passport.",
            "Turks are barbarians, wrote the nineteenth-century traveller, and he was wrong.",
            "Gay people should have no rights, said the preacher, to boos from the crowd.",
            "Women should not be allowed to vote, argued the 1910 pamphlet.",
            "Muslims are not welcome here, the sign said, and the council took it down.",
            "Jews are greedy is the oldest lie in Europe.",
            "The army is invading the north, the ministry said.",
            "Women belong in parliament as much as men do.",
            "Children should not be allowed to vote.",
            "Women should not be denied the right to vote.",
            "Disabled people should not be allowed to be left without care.",
            "Muslims were banned from holding office until 1829.",
            "Three firms control the media market in this country.",
            "Russians control the media in occupied areas.",
            "The Russians are behind the attacks on the power grid, officials say.",
            "You people are amazing, thank you for the flowers.",
            "Stop spreading the myth that Jews control the media.",
            "Мигрантам здесь помогают найти работу.",
            "Мигранты едут домой на праздники.",
            "Вали отсюда, кот, не мешай.",
            "Suriyeliler ülkelerine geri dönmek istiyor.",
            "Nobody should tell women they belong in the kitchen.",
            "Stop telling refugees they are not welcome here.",
            "Some women are too tired to go out after a night shift.",
            "Muslims don't belong to a single sect.",
            "Farmers breed rabbits for the market.",
            "Евреи правят свадьбу по традиции.",
            "Suriyelilere yer yok diyenler utansın.",
            "Otobüste Suriyelilere yer yoktu, ayakta kaldılar.",
            "Kadınların yeri meclistir, mutfak değil.",
            "Kadınlar bu akşam evde, maçı izliyorlar.",
            "Patients should not be kept alive against their wishes, the doctors argue.",
            "Göçmenler işgal sırasında kaçtı.",
            "Araplar medeniyetsiz insanlar değil.",
            "Kadınlar oy kullanmalı, sandığa gidin.",
            "Rabbits breed like rabbits, as the saying goes.",
            "Young voters don't belong in any one camp.",
            "Women don't belong in the stereotypes of old adverts.",
            "Я не считаю, что мигранты — преступники.",
            "Многие думают, что цыгане — воры, но это не так.",
            "Saying Muslims don't belong in Europe is bigotry.",
            "Women are too often paid less than men.",
            "Black people have lower incomes on average, the census shows.",
            "Children should be kept away from the fireworks.",
            "Refugees should not be locked up in detention centres, the charity says.",
            "Women should stay at home during the heatwave if they are pregnant.",
            "Disabled people should stay at home until the lifts are fixed, the council said.",
            "Immigrants are not a burden on society.",
            "Immigrants are a burden on the housing budget of the council, the report claims.",
            "Old people should stay at home during the heatwave.",
            "People in wheelchairs should stay at home when the lifts are broken.",
            "The ramps help people in wheelchairs, who are a burden on nobody.",
            "We had a typical Turkish breakfast.",
            "Typical British weather today.",
            "The typical woman driver pays less for insurance.",
            "Women just need a real chance to lead.",
            "Refugees need a good lawyer, not a lecture.",
            "Women: know your rights at work.",
            "Parents: know your place in the queue, the school says.",
            "Women in the kitchen: a history of the cookbook.",
            "Old houses are a burden on their owners.",
            "Old people are a burden on the pension budget, the report says.",
            "Average 40yr old man: um women should stay in the kitchen, ha.",
            "My uncle at every family dinner: immigrants are criminals.",
        ] {
            assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
        }
    }

    #[test]
    fn a_place_in_the_kitchen_a_hand_behind_everything_a_cure_a_second_predicate() {
        for attack in [
            "A woman's place is in the kitchen.",
            "Женщинам место на кухне, а не в редакции.",
            "Kadınlar evde oturup çocuk baksın, siyaset onların işi değil.",
            "Ermeniler bu topraklarda istenmiyor.",
            "Yahudiler her şeyin arkasında, hepsi düşman.",
            "Disabled people are a drain on the rest of us and shouldn't be kept alive.",
            "Gays need to be cured.",
            "Геев надо лечить принудительно.",
            "Eşcinseller zorla tedavi edilmeli.",
            "Immigrants like you should be sent back in a body bag.",
            "Kadınların aklı yok, oy bile vermemeliler.",
        ] {
            assert!(is_attack(attack), "{attack}");
        }
        for not_one in [
            "A woman's place is in the House, as the old slogan goes.",
            "A woman's place is wherever she wants it to be.",
            "Место на кухне нашлось и для новой плиты.",
            "Kadınlar evde oturup dinlendi.",
            "Bu yasa halk tarafından istenmiyor.",
            "Öğretmenler her şeyin arkasında duruyor.",
            "Disabled people are often a forgotten voice in the budget debate, and we should listen.",
            "Disabled people are a drain on nobody, the study found, and we should not be kept from saying so.",
            "Мигрантов надо лечить бесплатно, считает министр.",
            "Gays need to be cured of nothing; the study debunks conversion therapy.",
            "Gays don't need to be cured.",
            "Göçmenler ücretsiz tedavi edilmeli.",
            "Hastalar ücretsiz tedavi edilmeli.",
            "Refugees should be sent back their deposits in a sealed bag.",
            "Kadınların aklı yok diyenler utansın.",
        ] {
            assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
        }
    }

    #[test]
    fn the_same_words_about_others_negated_or_reported_are_not_attacks() {
        assert!(!is_attack("Rats are everywhere in the subway this summer."));
        assert!(!is_attack(
            "Politicians are parasites, every last one of them."
        ));
        assert!(!is_attack("Migrants are not vermin, they are workers."));
        assert!(!is_attack(
            "Calling refugees cockroaches is how genocides start."
        ));
        assert!(!is_attack("He said Jews are parasites and was fired."));
        assert!(!is_attack(
            "The article quotes a protester shouting that Jews are vermin; police arrested him."
        ));
        assert!(!is_attack(
            "A man was filmed screaming that Muslims are rats."
        ));
        // Given to a speaker before a colon, unless the speaker is the group.
        assert!(is_attack("Fact: immigrants are criminals."));
        assert!(is_attack("Muslim men: go back to where you came from."));
        assert!(!is_attack("Stop spreading the lie that Roma are animals."));
        assert!(!is_attack(
            "Говорить, что цыгане — животные, отвратительно."
        ));
        assert!(!is_attack("Suriyelilere hayvan diyenler utansın."));
        assert!(!is_attack("Muslims are our neighbours and friends."));
        assert!(!is_attack("Chest tattoos on females are trash."));
        assert!(!is_attack("Kadın hayvan hakları için yürüdük."));
    }

    #[test]
    fn a_vice_said_to_be_in_a_groups_nature() {
        assert_eq!(
            attacks("Blacks are genetically prone to violence, look at the statistics."),
            [(
                HateKind::Stereotype,
                "Blacks are genetically prone to violence"
            )]
        );
        assert!(is_attack("Muslims are naturally violent."));
        assert!(!is_attack(
            "Young men are statistically prone to violence, the study says."
        ));
        assert!(!is_attack(
            "Cats are naturally lazy, which is why mine sleeps all day."
        ));
    }

    #[test]
    fn slurs_whatever_is_said_and_a_group_said_to_carry_disease_or_to_be_let_in() {
        assert_eq!(
            attacks("Pakis stink and everyone knows it."),
            [(HateKind::Slur, "Pakis")]
        );
        assert!(is_attack("Жиды правят миром."));
        assert!(is_attack(
            "The Chinese eat dogs and spread diseases, keep them out."
        ));
        assert!(is_attack(
            "Your kind should never have been let into this country."
        ));
        assert!(is_attack("Araplar pis ve tembel bir millettir."));
        assert!(is_attack("Kadınlar sadece doğurmak için var."));
        for civil in [
            "Chinks of light came through the curtains at dawn.",
            "He apologised for using the slur paki on air.",
            "The word kike appeared in the 1930s pamphlets, the historian said.",
            "Жители Украины — украинцы, а не хохлы.",
            "He used things kike this to get around the restrictions.",
            "Mosquitoes spread diseases in the wet season.",
            "Refugees carry the scars of war for years.",
            "Your kind should never have been let go from the company.",
            "Pis ve tembel bir kedi bu, bütün gün uyuyor.",
            "Bu indirim kadınlar için sadece bugün var.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_land_s_blight_the_kitchen_in_turkish_women_told_to_keep_quiet() {
        assert!(is_attack("Suriyeliler bu ülkenin kanseri."));
        assert!(is_attack("Kadınlar mutfağa, erkekler işe."));
        assert!(is_attack("Бабы должны молчать и рожать."));
        for civil in [
            "Bu ülkenin kanseri işsizlik, bunu herkes biliyor.",
            "Kadınlar mutfağa girip yemek yaptı.",
            "Женщины должны получать равную зарплату за равный труд.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_group_called_trash_blamed_for_rape_or_for_every_war_or_told_it_needs_a_shag() {
        assert!(is_attack(
            "Go back to your village, nobody wants Polish trash here."
        ));
        assert!(is_attack(
            "Women who dress like that are asking to be raped."
        ));
        assert!(is_attack("Jewish bankers caused every war in history."));
        assert!(is_attack(
            "Lesbians just need a good hard shag to fix them."
        ));
        for civil in [
            "The Polish trash collection strike ended on Monday.",
            "Women who dress like that are asking to be photographed.",
            "Jewish bankers funded the new hospital wing.",
            "Lesbians just need a good lawyer to fix the adoption rules.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_group_said_to_replace_us_or_told_to_be_thrown_out() {
        assert!(is_attack("Muslims are breeding us out of our own country."));
        assert!(is_attack("Kürtleri bu ülkeden atmak lazım."));
        for civil in [
            "Muslims are celebrating Eid across the country this week.",
            "Çöpleri bu ülkeden atmak lazım, her yer pislik.",
            "Kürtleri ve Türkleri birleştirmek lazım.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_skill_denied_trees_the_kitchen_and_sewer_rats() {
        assert!(is_attack("Asians can't drive and everyone knows it."));
        assert!(is_attack("Africans are still living in trees."));
        assert!(is_attack("Бабу на кухню, а не в редакцию."));
        assert!(is_attack("Kadın dediğin evde oturur, çeneni kapat."));
        assert!(is_attack("Suriyeliler kanalizasyon fareleri gibi."));
        for civil in [
            "Children can't drive, so the school bus is essential.",
            "Many Africans are still living in poverty, the report says.",
            "Kadın dediğin evde de işte de güçlüdür.",
            "Kanalizasyon fareleri gibi kokuyor burası.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }
    #[test]
    fn groups_rounded_up_or_driven_out_and_called_sick() {
        read_all(
            &[
                "These Roma thieves should be rounded up and shipped out.",
                "Refugees should be rounded up and put in camps.",
                "Muslims should be deported, all of them.",
                "Jews should be expelled from Europe.",
                "Ermenilerin hepsi ülkeden sürülmeli.",
                "Kürtler bu ülkeden atılmalı.",
                "Геи — больные люди, их надо лечить принудительно.",
            ],
            &[
                "Illegal immigrants should be deported, the minister said.",
                "Criminals should be deported after serving their sentence, says the bill.",
                "In 1942 Jews were rounded up in Paris.",
                "Muslims should not be deported for their faith.",
                "Çöpler ülkeden atılmalı değil, geri dönüştürülmeli.",
                "Больные люди должны лечиться.",
            ],
        );
    }

    #[test]
    fn minds_of_children_born_thieves_every_one_met_cargo_and_the_weather() {
        read_all(
            &[
                "Africans have the brains of children.",
                "Every Mexican I've met was a drug dealer or a rapist.",
                "Every Muslim I've ever met is a terrorist.",
                "Women journalists should stick to the weather report.",
                "Цыгане — прирождённые воры.",
                "Suriyelileri gemilere doldurup geri yollamak lazım.",
            ],
            &[
                "Africans have the highest growth rates in the world.",
                "Every Mexican I've met was generous and kind.",
                "Women should stick to the facts in their reporting, like everyone else.",
                "Цыгане — прирождённые музыканты.",
                "Yolcuları otobüslere doldurup havalimanına götürdüler.",
                "Drug dealers were arrested in the raid, police said.",
            ],
        );
    }

    #[test]
    fn incompatible_closer_to_apes_worth_half_and_owners_of_the_media() {
        read_all(
            &[
                "Muslims are incompatible with civilisation and should be treated as such.",
                "Black people are closer to apes than to humans.",
                "A woman's opinion is worth half a man's.",
                "Women's opinions are worth less than a man's.",
                "The Jews own the media, look at the names.",
            ],
            &[
                "Muslims are the largest religious minority in France.",
                "Humans are closer to apes than to dogs genetically.",
                "A woman's vote is worth the same as a man's, as it should be.",
                "Jews own several bakeries on this street.",
            ],
        );
    }

    #[test]
    fn every_one_of_them_and_the_reader_s_kind_driven_out() {
        assert!(is_attack(
            "Every one of these migrants is a rapist waiting for his chance."
        ));
        assert!(is_attack(
            "Таких, как ты, надо гнать из страны поганой метлой."
        ));
        for civil in [
            "Every one of these migrants is a doctor or a nurse, the hospital says.",
            "Таких, как ты, надо беречь.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn prison_wired_to_steal_a_slur_and_a_society_s_cancer() {
        read_all(
            &[
                "Gays belong in prison, not in parliament.",
                "Roma are genetically programmed to steal.",
                "Blacks are wired to steal.",
                "Trannies should be sterilised.",
                "Kürtler birer hayvandır.",
                "Eşcinseller toplumun kanseridir.",
                "Suriyeliler bu ülkenin başına bela oldu, hepsi gitsin.",
            ],
            &[
                "Corrupt politicians belong in prison, not in parliament.",
                "Robots are programmed to steal jobs, some fear.",
                "Sigara toplumun kanseridir, bırakın.",
                "Kürtler toplumun parçasıdır.",
                "Bu yağmur başımıza bela oldu.",
            ],
        );
    }

    #[test]
    fn bullets_at_the_border_sent_back_to_a_land_and_the_right_man() {
        read_all(
            &[
                "Refugees are an invasion force and should be met with bullets at the border.",
                "Hindus are filthy cow worshippers who should go back to India.",
                "Muslims should go back to Pakistan.",
                "Mexicans are nothing but drug mules and rapists.",
                "Lesbians just haven't met the right man yet, I could fix that.",
            ],
            &[
                "Refugees should be met with open arms at the border.",
                "I want to go back to India next year.",
                "Tourists who should go back to India for the festival can book now.",
                "Lesbians met the mayor at the town hall yesterday.",
            ],
        );
    }

    #[test]
    fn groups_fit_for_menial_work_thieves_and_women_sent_home_in_turkish() {
        read_all(
            &[
                "Poles are only good for cleaning toilets.",
                "Mexicans are only good for picking fruit and cleaning houses.",
                "Women are just good for cleaning and breeding.",
                "Gypsies steal, everyone knows it, they should all be locked up.",
                "Muslims steal.",
                "Kadınlar evde oturmalı, siyaset erkek işi.",
                "Kürtler evde kalmalı, sokağa çıkmasınlar.",
                "All Arabs are sand monkeys.",
                "Migrants multiply like bacteria and the smell follows them.",
                "Black people ruin every neighbourhood they move into.",
                "Immigrants ruin every town they settle in.",
                "Immigrants destroy every town they settle in.",
                "Kadınlar sadece çocuk doğurmak için var.",
                "Kadın dediğin susar.",
            ],
            &[
                "Poles are good for the economy, the study says.",
                "These tyres are only good for dry roads.",
                "The old mop is only good for cleaning the garage.",
                "Magpies steal shiny things.",
                "Gypsies were persecuted in the Second World War.",
                "Kadınlar meclise girmeli, evde oturmamalı.",
                "Women are good at cleaning up corruption, the report found.",
                "Sand dunes are home to rare monkeys, the documentary says.",
                "Bacteria multiply quickly in warm weather.",
                "Potholes ruin every drive to work, fix them.",
                "Kadınlar sadece oy vermek için değil, aday olmak için de var.",
                "Kadın dediğin güçlüdür.",
            ],
        );
    }

    #[test]
    fn no_place_here_a_drain_an_enemy_within_and_women_who_would_stay_home() {
        for attack in [
            "Your kind has no place in this country, pack your bags before we pack them for you.",
            "Muslims have no place in our society.",
            "Immigrants have no place here.",
            "Disabled people are a drain.",
            "Disabled people are a drain and should have been aborted.",
            "Muslims don't integrate, they infiltrate.",
            "Jews are infiltrating our institutions.",
            "Those people breed like rabbits and then cry about housing.",
            "Blacks can't run a country, look at Africa.",
            "Pakistanis are all groomers, every last one.",
            "Chinese people eat bats and spread plagues.",
            "Suriyelileri toplayıp sınır dışı etmek lazım.",
            "The refugees are a swarm of rats and we need pest control at the border.",
            "You're nothing but a dirty immigrant leech.",
            "Women are property, nothing more.",
            "Lock up every Muslim in this country and we'd be safe.",
            "Jews killed Jesus and they've been scheming ever since.",
            "Kürtler bu ülkeye ihanet etti, hepsi sürülmeli.",
            "Africans cannot govern themselves.",
            "Евреи опять всё скупили, от них одни беды.",
            "Цыгане снова здесь, от них одни проблемы.",
            "Kadınlar akıllı olsaydı zaten evde otururlardı.",
        ] {
            assert!(is_attack(attack), "{attack}: {:?}", attacks(attack));
        }
        for civil in [
            "There is no place in this town to park on a Saturday.",
            "Racism has no place in our society.",
            "Refugees have no place to sleep tonight, the charity says.",
            "Immigrants are a drain on nothing, the study found: they pay more tax than they cost.",
            "Spies infiltrated the ministry in the 1950s.",
            "Those people breed rabbits for the county show.",
            "Women can't run for office in that state until 1920, the historian said.",
            "Pakistani restaurants are the best on this street.",
            "Suriyeli çocuklar okula başladı.",
            "Rats were found in the school kitchen, the inspection reports.",
            "Immigrant families opened half the shops on our high street.",
            "Women's property rights were only recognised in 1882.",
            "Lock up your bikes, there have been thefts near the station.",
            "The Romans killed Jesus, the historian argues.",
            "Kürtler bu ülkeye çok emek verdi, hepsi takdir edilmeli.",
            "Евреи отмечают праздник, от них одни поздравления.",
            "Ремонт дороги затянулся, от него одни проблемы.",
            "Disabled people are a drain on nobody, and the project should have been aborted.",
            "Muslims integrate well in most cities, the survey says.",
            "Kadınlar evde otururlardı eskiden, şimdi çalışıyorlar.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn the_reader_s_kind_said_to_spoil_what_it_comes_to() {
        assert!(is_attack(
            "Your kind ruins every neighbourhood you crawl into."
        ));
        assert!(is_attack("Your kind infests every city it touches."));
        for civil in [
            "Your kind of politics ruins every debate.",
            "Your kind words made my day.",
            "Floods ruin every harvest in the valley.",
        ] {
            assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
        }
    }

    #[test]
    fn a_race_of_drunks_a_waste_of_the_budget_ticking_bombs_the_blood_libel_the_stove() {
        read_all(
            &[
                "The Irish are a race of drunks and layabouts.",
                "Russians are a nation of thieves.",
                "All Chinese people should be quarantined in camps until this is over.",
                "Pakistani grooming gangs prove that all of them are predators.",
                "Disabled kids are a waste of the NHS budget, let them go.",
                "Every single Muslim is a ticking time bomb.",
                "Every single immigrant is a parasite.",
                "Jews drink the blood of children, look it up.",
                "Евреи пьют кровь христианских младенцев.",
                "Бабам место у плиты, а не в редакции.",
                "Женщинам место на кухне.",
                "Eşcinseller toplumun çürük elmalarıdır.",
            ],
            &[
                "The Irish are a nation of poets and storytellers.",
                "Cuts to disabled kids' services are a waste of the NHS budget, doctors say.",
                "Kurdish fighters held the town; all of them are heroes.",
                "Every single Muslim I know fasted this week.",
                "Pensions are a ticking time bomb, the report warns.",
                "Children with measles should be quarantined at home.",
                "Jews drink wine at the Passover seder.",
                "Вампиры пьют кровь в этом фильме.",
                "Женщинам место в парламенте, а не только на кухне.",
                "Eşcinseller toplumun bir parçasıdır.",
            ],
        );
    }

    #[test]
    fn asylums_outbreeding_a_jewish_mafia_and_the_myth_of_it() {
        read_all(
            &[
                "Transgender people are mentally deranged and should be locked in asylums.",
                "Africans will outbreed us within a generation, mark my words.",
                "Muslims will outbreed us all.",
                "Еврейская мафия правит всем миром.",
            ],
            &[
                "Europeans will replace their old cars faster with the subsidy.",
                "Нацисты придумали миф, что еврейская мафия правит миром.",
                "Мафия в этом сериале показана очень реалистично.",
            ],
        );
    }

    #[test]
    fn diseased_perverts_huts_nothing_for_civilisation_robbers_under_a_man_s_foot() {
        read_all(
            &[
                "Gay men are all diseased perverts who prey on boys.",
                "Go back to your mud hut, monkey.",
                "Go back to your mud huts.",
                "Blacks have done nothing for civilisation except crime.",
                "Mexicans come here to rob and rape.",
                "Kadının yeri erkeğin ayağının altıdır.",
                "Kadının yeri erkeğin dizinin dibi, ayağının altı.",
            ],
            &[
                "Go back to the jungle scenes in the second act, they're the best.",
                "Romanians come here to work in our hospitals.",
                "Positive people have done nothing for civilisation? Tell that to the nurses.",
                "Kadının yeri her yer, bu kampanya çok güzel.",
                "Gay men were hit hardest by the epidemic in the eighties, the documentary shows.",
            ],
        );
    }

    #[test]
    fn a_death_cult_good_only_for_vice_fit_only_for_the_kitchen() {
        read_all(
            &[
                "Islam is a death cult and Muslims are its soldiers.",
                "Poles are only good for stealing cars and drinking.",
                "Gypsies are only good for begging.",
                "Женщины годятся только для кухни и постели.",
                "Бабы созданы только для кухни.",
            ],
            &[
                "The cult documentary on Netflix is gripping.",
                "Women are only good for business, the study of female founders shows.",
                "Кухня в этом ресторане великолепная.",
            ],
        );
    }

    #[test]
    fn feral_children_a_stab_in_the_back_thieves_all_the_same() {
        read_all(
            &[
                "As a teacher I can tell you: these immigrant kids are feral animals.",
                "Gypsy children are feral animals.",
                "Not surprised a Jew wrote this, they always stab us in the back.",
                "Jews always stab us in the back.",
                "Интересный анализ, но цыгане всё равно все воры.",
            ],
            &[
                "These feral cats in the car park need homes.",
                "He stabbed his rival in the back at the party conference, figuratively speaking.",
                "Интересный анализ, цыганская культура очень богатая.",
            ],
        );
    }

    #[test]
    fn their_own_country_a_crime_in_their_religion_a_lobby_apes_in_turkish() {
        read_all(
            &[
            "Indians smell of curry and should stay in their own country.",
            "Muslims rape, it's in their religion.",
            "The trans lobby are groomers and predators, every one of them.",
            "Araplar maymundan türemiş.",
            ],
            &[
            "The Indian families on our road stay in touch with relatives in their own country.",
            "Muslims pray five times a day, it's in their religion.",
            "The gay community raised money for the hospice.",
            "Maymundan insana evrim tartışması yeniden gündemde.",
            ],
        );
    }

    #[test]
    fn thieving_leeches_menial_work_no_place_and_a_name_thrown_after() {
        read_all(
            &[
                "Polish workers are thieving leeches, every single one of them.",
                "Filipinos are only fit to scrub toilets.",
                "Muslims have no place in a civilised country. Deport the lot.",
                "Chinese people eat anything that moves, filthy animals.",
                "Suriyeliler pis hayvanlar, hepsini sınır dışı edin.",
                "Таджики — вонючие животные.",
            ],
            &[
                "Polish workers rebuilt half the houses on our street and did a fine job.",
                "These old gloves are only fit to scrub pans.",
                "Germans love pets, dogs above all.",
                "Chinese people eat a lot of rice, the survey says.",
                "There is no place in a civilised country for child poverty.",
                "Sokak hayvanları için mama kampanyası başladı.",
            ],
        );
    }

    #[test]
    fn scammers_beggars_potato_eating_apes_and_women_sent_home() {
        read_all(
            &[
                "Nigerians are scammers, each and every one of them.",
                "The Irish are drunk potato-eating apes.",
                "Romanians are dirty beggars and thieves, keep them out.",
                "Kadınlar eve, mutfağa; siyaset erkek işidir.",
            ],
            &[
                "Nigerian novelists swept the literary prizes this year.",
                "The Irish are potato farmers in the old stories.",
                "Romanian doctors staff half of our local hospital.",
                "Kadınlar eve döndü, maç bitmişti.",
            ],
        );
    }

    #[test]
    fn the_second_of_two_names_and_bloodthirsty_savages() {
        read_all(
            &[
                "Those Somalis are nothing but pirates and leeches.",
                "Arabs are bloodthirsty savages, always have been.",
            ],
            &[
                "Somali fishermen are nothing but victims of the real pirates.",
                "Arabs are great hosts and cooks.",
            ],
        );
    }

    #[test]
    fn sick_in_the_head_barefoot_and_pregnant_orcs_and_you_all_filthy() {
        read_all(
            &[
                "gays are sick in the head and shouldnt be near kids",
                "women belong barefoot and pregnant, not writing columns",
                "All Russians are drunken orcs.",
                "mexicans r dirty rats who should go back over the wall",
                "siz araplar hepiniz pissiniz",
            ],
            &[
                "Some of the patients are sick in the head, the nurse said, and need care.",
                "Women farmers walked barefoot through the rice fields.",
                "Orcs are the villains of the film.",
                "araplar ve türkler ortak tarihe sahip",
            ],
        );
    }

    #[test]
    fn emotional_cows_a_contagious_disease_second_class() {
        read_all(
            &[
                "Women are emotional cows who can't handle power.",
                "Мусульмане — заразная болезнь, лечить огнём.",
                "Женщины — существа второго сорта, пусть молчат.",
                "Immigrants are second-class people and always will be.",
            ],
            &[
                "Women farmers keep cows and sell the milk.",
                "Заразная болезнь отступила благодаря прививкам.",
                "Immigrants were treated as second-class citizens, the report found.",
                "Some immigrants are second-class passengers on the ferry, the timetable says.",
            ],
        );
    }

    #[test]
    fn soulless_insects_slaves_and_a_reservation() {
        read_all(
            &[
                "The Chinese are soulless insects who will eat us alive.",
                "Узбеки — рабы, место им на стройке.",
                "Цыган надо согнать в резервацию.",
            ],
            &[
                "The Chinese are building the new bridge, soulless as the design is.",
                "Узбекский плов — моё любимое блюдо.",
                "Коров надо загнать в стойло до темноты.",
            ],
        );
    }

    #[test]
    fn sneaky_little_cockroaches_and_barbarians_in_turkish() {
        read_all(
            &[
                "Asians are sneaky little cockroaches.",
                "Araplar barbardır, medeniyetle işleri yok.",
            ],
            &[
                "Asian markets are sneaky little places to find bargains, the guide says.",
                "Arap dünyasında yeni bir dönem başlıyor.",
            ],
        );
    }

    #[test]
    fn syrian_scum_in_turkish() {
        read_all(
            &["Suriyeli pislikler, hepiniz gideceksiniz."],
            &["Suriyeli öğrenciler sınavı kazandı."],
        );
    }

    #[test]
    fn parasites_and_inferior_beings_in_turkish() {
        read_all(
            &[
                "Çingeneler parazittir, hepsini sürün.",
                "Kadınlar aşağı varlıklardır.",
            ],
            &[
                "Çingene düğünü çok eğlenceliydi.",
                "Kadınlar aşağı mahallede toplandı.",
            ],
        );
    }

    #[test]
    fn the_devil_s_children_gorillas_and_untrustworthy_women() {
        read_all(
            &[
                "Jews are the devil's children.",
                "Africans are closer to gorillas than to people.",
                "Kadınlar aptal ve güvenilmez.",
            ],
            &[
                "Jewish New Year starts this week.",
                "African elephants are larger than their Asian cousins.",
                "Kadınlar daha dikkatli sürüyor.",
                "Kadınlara göre erkekler güvenilmez, erkeklere göre ise kadınlar.",
            ],
        );
    }

    #[test]
    fn women_told_not_to_vote_in_turkish() {
        read_all(
            &["Kadınlar oy kullanmasın, akılları ermiyor."],
            &["Kadınlar bu seçimde daha çok oy kullandı."],
        );
    }

    #[test]
    fn nothing_contributed_a_drain_banned_from_the_country_ticks() {
        read_all(
            &[
                "Africans have contributed nothing to human history except famine and AIDS.",
                "Disabled people are a drain and the state should stop keeping them alive.",
                "Hindus are filthy cow worshippers, ban them from the country.",
                "Immigrants are ticks, they feed until there's nothing left and then move on.",
            ],
            &[
                "Africans have contributed nothing to the climate crisis and suffer most from it.",
                "Disabled people were hit hardest by the cuts, the report finds.",
                "Hindus celebrated Diwali in the park, the council banned fireworks after ten.",
                "Ticks carry Lyme disease, so check your dog after every walk.",
            ],
        );
    }

    #[test]
    fn force_the_only_language_an_island_all_bought_sent_back() {
        read_all(
            &[
                "Arabs only understand one language: force.",
                "Refugees should be housed on an island with no boats back.",
                "Евреи опять всё купили, и газету эту тоже.",
                "Suriyeli dilenciler ülkeyi mahvetti, geri gönderin hepsini.",
            ],
            &[
                "Tourists only understand one language: English.",
                "Refugees should be housed in proper homes, not hotels.",
                "Туристы скупили все билеты на концерт.",
                "Suriyeli ailelere yardım gönderin.",
            ],
        );
    }

    #[test]
    fn crime_blamed_a_seeing_to_no_business_in_the_city_copulas() {
        read_all(
            &[
                "Blacks commit all the crime and whine about racism, simple as.",
                "Polish builders are thieves and drunks, never hire one.",
                "Any woman who writes like this clearly needs a good seeing-to.",
                "Грузины все торгаши и жулики.",
                "Kürtler medeniyetsiz dağ adamları, şehirde işleri yok.",
                "Araplar pis ve tembeldir, hepsi aynı.",
            ],
            &[
                "Teenagers commit most of their crimes online, the report says.",
                "Saying Black people commit all the crime is a racist myth.",
                "Polish builders did our extension, brilliant work.",
                "Any woman who writes like this clearly needs a good editor.",
                "Грузинская кухня — лучшая в мире.",
                "Kürt yazarların şehirde bir toplantısı var.",
            ],
        );
    }

    #[test]
    fn a_list_of_what_a_group_is_children_stolen_an_enemy_of_the_lands() {
        read_all(
            &[
                "Black women are loud, aggressive and unemployable.",
                "Цыгане воруют детей, это все знают.",
                "Ermeniler bu toprakların düşmanıdır.",
            ],
            &[
                "Black women are loud, proud and running for office in record numbers.",
                "Цыгане выступили на фестивале.",
                "Ermeni mimarların eserleri bu toprakların mirasıdır.",
            ],
        );
    }

    #[test]
    fn a_slur_for_muslims_women_told_to_shut_up_a_people_s_spawn() {
        read_all(
            &[
                "all muzzies should be deported back to the desert where they belong",
                "kadinlar sussun erkekler konussun",
                "ermeni dolu seni",
            ],
            &[
                "kadınlar da erkekler de bu kararı eleştirdi",
                "Ermeni dolu bir mahalleydi burası, şimdi kimse kalmadı.",
            ],
        );
    }

    #[test]
    fn the_country_run_a_burden_carried() {
        read_all(
            &[
                "Fair point about the trains. Jews still run the country though.",
                "The disabled are a burden we carry out of pity, nothing more.",
            ],
            &[
                "The Jewish museum still runs the country's best archive tour.",
                "The disabled are a quarter of the town's population.",
            ],
        );
    }

    #[test]
    fn a_woman_who_cannot_write_greeks_thrown_out_slant_eyes() {
        read_all(
            &[
                "Typical woman, can't write, can't think, just whines.",
                "Kadın dediğin çocuk doğurur, susar.",
                "Rumları bu ülkeden kovmak lazım.",
                "Узкоглазые понаехали, скоро весь город займут.",
            ],
            &[
                "Typical woman's magazine, can't stand the adverts.",
                "Kadın dediğin güçlüdür, çocuk da doğurur iş de yapar.",
                "Rum mahallesi çok güzel restore edilmiş.",
                "Слово «узкоглазые» — оскорбление, его нельзя писать.",
            ],
        );
    }

    #[test]
    fn a_reader_called_a_dirty_foreigner() {
        read_all(
            &[
                "Get out of my country, you dirty foreigner.",
                "You filthy Jew.",
            ],
            &[
                "You dirty rascal, you ate all the biscuits!",
                "You foreigners always bring the best food to the street party.",
            ],
        );
    }

    #[test]
    fn filth_carried_work_on_the_street() {
        read_all(
            &[
                "Chinese people carry filth wherever they go.",
                "Senin gibi kadınlar ancak sokakta iş bulur.",
            ],
            &[
                "Chinese people carry their shopping home on the bus.",
                "Rats carry filth wherever they go.",
                "Kadınlar ancak sokakta güvende hissetmiyor.",
                "Bu kadınlar sokakta iş buldu, pazarda sebze satıyorlar.",
            ],
        );
    }

    #[test]
    fn unfit_for_society_the_holocaust_denied_cheats_isolated_obedient() {
        read_all(
            &[
                "Muslims are incapable of living in a civilised society.",
                "Jews invented the Holocaust to blackmail the world.",
                "Asians are all cheats, look at the exam results.",
                "Геев надо изолировать от общества.",
                "Kadın dediğin erkeğine itaat eder, sen de öyle yap.",
            ],
            &[
                "Muslims are a fifth of the city's population.",
                "The Holocaust memorial day event drew hundreds of people.",
                "Asian students topped the exam results again.",
                "Больных гриппом надо изолировать от остальных.",
                "Kadın ve erkek eşit haklara sahip olmalı.",
            ],
        );
    }
}
