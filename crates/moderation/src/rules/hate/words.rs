//! The words of the rule shared by its shapes: slurs, what groups are called and said to be,
//! the links between a group and what it is called, and the words that report a belief.

use crate::rules::clauses::Lexicon;

/// Slurs for groups of people, which name them only to demean them (plurals alone where the
/// singular has another sense: `хохол` is also a tuft of hair, `chink` a crack).
pub(super) static SLURS: Lexicon = Lexicon::new(
    "paki pakis kike kikes spic spics spick spicks wetback wetbacks raghead ragheads muzzie \
     muzzies muzrat muzrats \
     towelhead towelheads gook gooks darkie darkies wog wogs sandnigger sandniggers beaner \
     beaners chinks gyppo gyppos pikey pikeys golliwog golliwogs trannies жиды жидов жидам жидами \
     хохлы хохлов хохлам хохлами хачи хачей хачам черномазые черномазых пиндосы пиндосов \
     кацапы кацапов узкоглазые узкоглазых цыганва цыганвы polack polacks spastics spazzes dindu \
     dindus pedik pedikler pedikleri pediklere pediklerin",
);

/// What a group is called to say it is criminal, depraved or lesser by nature.
pub(super) static STEREOTYPE_EN: Lexicon = Lexicon::new(
    "criminals thieves rapists terrorists murderers killers thugs barbarians barbaric primitive \
     nazis fascists \
     inferior lazy greedy stupid dumb idiots morons retarded violent perverts perverted \
     degenerates degenerate traitors abomination abominations useless worthless evil backward \
     uncivilised uncivilized inbred brainwashed criminal thief rapist hags terrorist murderer \
     killer thug barbarian pervert traitor dealers dealer mules groomers groomer paedophiles \
     pedophiles nonces drunks layabouts predators parasites deranged scammers fraudsters \
     swindlers beggars pickpockets unemployable cheats thick gangsters gangster drunk drunkards \
     alcoholics boozers pimps pimp paedos pedos fiddlers toxic camgirls whores prostitutes \
     hookers defective defectives cowboys crooks conmen chancers liars frauds",
);

/// What a group is said to be too much of to be trusted with something: `women are too
/// emotional to lead`.
pub(super) static UNFIT: Lexicon = Lexicon::new(
    "emotional hysterical irrational stupid dumb lazy weak primitive ignorant backward \
     violent",
);

/// The same in Russian.
pub(super) static STEREOTYPE_RU: Lexicon = Lexicon::new(
    "воры преступники бандиты террористы насильники убийцы дикари варвары предатели тупые \
     вор преступник бандит террорист насильник убийца \
     ленивые грязные вонючие извращенцы дегенераты враги больные психи ненормальные жулики \
     торгаши мошенники хитрые подлые бракованные лжецы лгуны вруны жадные нацисты фашисты",
);

/// The same in Turkish, folded (`hırsız` is `hirsiz`).
pub(super) static STEREOTYPE_TR: Lexicon = Lexicon::new(
    "hirsiz hirsizlar hain hainler tecavuzcu tecavuzculer terorist teroristler katil katiller \
     barbar barbarlar aptal aptallar tembel pis kirli sapik sapiklar medeniyetsiz dusman \
     dusmani dusmanlari dusmandir dusmanidir hastadir hastalikli hastaliklidir sapkin sapkindir \
     pissiniz pistir pisler barbardir barbarlardir guvenilmez tembeldir hirsizdir yalancidir \
     yalanci suclu suclular sucludur histerik histeriktir acgozlu acgozludur",
);

/// What a group is said to be in the making, before what it is called: `a potential
/// terrorist`, `прирождённые воры`, `potansiyel bir terörist`.
pub(super) static IN_THE_MAKING: Lexicon = Lexicon::new(
    "potential born natural future потенциальный потенциальные прирожденный прирожденные \
     potansiyel dogustan",
);

/// What a group is said to have none of: `Atheists have no morals`, `у атеистов нет морали`,
/// `ateistlerin ahlakı yok`, `у мигрантов нет никаких чувств` (no feelings).
pub(super) static MORALS: Lexicon = Lexicon::new(
    "morals morality conscience shame decency honour honor морали совести чести стыда ahlaki \
     vicdani namusu serefi haysiyeti feelings emotions empathy souls чувств души эмоций \
     сострадания duygulari merhameti",
);

/// What a group is made a byword for: `typical woman driver`.
pub(super) static BYWORDS: Lexicon =
    Lexicon::new("driver drivers logic behaviour behavior mentality thinking move");

/// Groups named by words the classifier reads in their other senses, which
/// `data/identities.txt` leaves out: the aged (`the elderly`, `old people`, `старики`,
/// `yaşlılar`) and the disabled named by a phrase (`people in wheelchairs`).
pub(super) const PHRASED_GROUPS: &[&[&str]] = &[
    &["elderly"],
    &["pensioners"],
    &["retirees"],
    &["старики"],
    &["стариков"],
    &["пенсионеры"],
    &["пенсионеров"],
    &["yaslilar"],
    &["yaslilari"],
    &["ihtiyarlar"],
    &["old", "people"],
    // (`Her Kürt`, "every Kurd": `kürt` alone reads `kurt`, a wolf.)
    &["her", "kurt"],
    &["old", "folk"],
    &["old", "folks"],
    &["people", "with", "disabilities"],
    &["people", "with", "autism"],
    &["people", "with", "dementia"],
    &["people", "in", "wheelchairs"],
    &["wheelchair", "users"],
    &["mental", "patients"],
    &["mentally", "ill"],
    // Names of groups the classifier's list leaves out: "non-Russians", a slur for Black
    // people, "Blacks", a slur for gay men, a rude word for women, "Asians", "Syrians",
    // "Africans"; Turkish "the Roma" (also "novels"), "the (Anatolian) Greeks", "Blacks"
    // (also the colour's pieces in chess, and a slur) and trans people.
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
    &["сирийцы"],
    &["сирийцев"],
    &["африканцы"],
    &["африканцев"],
    &["romanlar"],
    &["rumlar"],
    &["rumlari"],
    &["siyahlar"],
    &["siyahiler"],
    &["zenciler"],
    &["transseksueller"],
    &["translar"],
    &["blind", "people"],
    &["brown", "people"],
    &["scot"],
    // A slur for disabled people.
    &["cripples"],
];

/// Words that take part of a group: `some Kurds`, `a few`, `некоторые`, `bazı`.
pub(super) static PART_OF: Lexicon = Lexicon::new(
    "some few several many two three four five certain individual некоторые многие иные \
     отдельные bazi birkac",
);

/// Words that sharpen what a group is called: `drunk animals`, `violent criminals`.
pub(super) static DEROGATORY_ADJECTIVES: Lexicon = Lexicon::new(
    "drunk drunken lazy stupid dumb violent kiddie kiddy cheap doped dangerous primitive savage \
     wild rabid greedy worthless useless inbred smelly stinking godless evil drug born diseased \
     feral thieving scrounging bloodthirsty emotional hysterical soulless sneaky little \
     заразная заразные раковая раковые прирожденные врожденные грязные вонючие pis medeniyet \
     gormemis dogustan acgozlu desert hastalik tasiyan oppressed baby рабочий рабочая рабочие \
     reckless lawless",
);

/// Between a group and what it is called: copulas and the words that strengthen them
/// (`are nothing but`, `are basically`, `— это`, `birer`).
pub(super) static LINKS: Lexicon = Lexicon::new(
    "are is were was be just all nothing but basically simply literally really only like a an sand \
     равно \
     the total complete filthy dirty disgusting bloody damn fucking still это все просто как \
     настоящие birer bir gibi hepsi hepiniz resmen tam zaten insanlar dedigin",
);

pub(super) static PREPOSITIONS: Lexicon =
    Lexicon::new("on of for with to by about from in at against among between like than");

/// A group said to be ill in the mind or lesser, as a whole phrase: `gays are sick in the
/// head`, `second-class`, `существа второго сорта`, `aşağı varlıklardır` ("inferior beings").
pub(super) const SICK_OR_LESSER: &[&[&str]] = &[
    &["sick", "in", "the", "head"],
    &["mentally", "ill"],
    &["mentally", "sick"],
    &["second", "class"],
    &["существа", "второго", "сорта"],
    &["второго", "сорта"],
    &["asagi", "varliklardir"],
    &["akil", "hastasi"],
    &["akil", "hastasidir"],
    &["akil", "hastalari"],
    &["психически", "больные"],
    &["психически", "больны"],
    &["asagi", "varliklar"],
];

/// "Not human", as a whole phrase (`X are not human`, `не люди`, `insan değil`).
pub(super) const NOT_HUMAN: &[&[&str]] = &[
    &["not", "human"],
    &["not", "even", "human"],
    &["not", "humans"],
    &["not", "human", "beings"],
    &["not", "people"],
    &["less", "than", "human"],
    &["не", "люди"],
    &["не", "человек"],
    &["не", "человеки"],
    // `цыгане — это не народ, а болезнь` ("... not a people but a disease").
    &["не", "народ"],
    &["не", "нация"],
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
    // `Muslim women in veils are walking bin bags`, `... look like letterboxes`.
    &["walking", "bin", "bags"],
    &["bin", "bags"],
    &["letterboxes"],
    &["letter", "boxes"],
    &["spawn", "of", "satan"],
];

/// Hatred said by the writer: `I hate`, `ненавижу`, `nefret ediyorum` (after the group).
pub(super) static HATE: Lexicon = Lexicon::new("hate despise loathe detest ненавижу презираю");

/// Words before an attack that make its clause about it rather than one, besides the reports
/// every sentence rule knows (`saying`, `called`...) and [`CALLED_OUT`]: `nobody should say
/// that`, `you make it seem as if`, `миф, что ...` ("the myth that ...").
pub(super) static ABOUT: Lexicon = Lexicon::new(
    "say says call calls notion idea seem seems portray portrays portraying depict depicts \
     depicting миф мифа мифе якобы будто gore",
);

/// What an attack is called, before or after it, when the clause quotes it to condemn it:
/// `stop spreading the lie that`, `the stereotype that`, `Jews are greedy is the oldest lie in
/// Europe`.
pub(super) static CALLED_OUT: Lexicon = Lexicon::new(
    "lie lies myth myths stereotype stereotypes trope tropes racist racism bigotry bigoted \
     prejudice untrue",
);

/// What the writer calls a claim put only to be refuted, right after it: `... ? Nonsense.`,
/// `Бред.`, `Saçmalık.` (see `Clause::refuted`).
pub(super) static REFUTED: Lexicon = Lexicon::new(
    "nonsense rubbish bullshit baloney hogwash untrue myth чушь бред ерунда чепуха неправда \
     вранье миф sacmalik sacma yalan efsane",
);

/// Beliefs that are someone else's unless the writer holds them: `people who think Roma
/// are thieves are wrong`, but `I think Roma are thieves`.
pub(super) static BELIEF: Lexicon =
    Lexicon::new("think thinks thought believe believes believed assume assumes claim claims");

/// Russian beliefs the verb's ending gives the writer (`считаю, что ...`: "I think that ...")
/// and others (`считают`: "they think").
pub(super) static RU_BELIEF_MINE: Lexicon =
    Lexicon::new("считаю думаю верю полагаю уверен уверена");

pub(super) static RU_BELIEF_OTHERS: Lexicon =
    Lexicon::new("считает считают думает думают верит верят полагает полагают");
