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
//! utansın`), or put, asked, only to be called nonsense (`Women are too emotional to lead?
//! Nonsense.`).
//!
//! `Clause::attack_at`, here, reads the group named and what is said of it; the longer
//! readings have files of their own: exclusion in `exclusion.rs`, stereotypes and likening to
//! vermin in `stereotype.rs`, the hidden hand in `conspiracy.rs`, the replacement conspiracy
//! in `replacement.rs`, hate in code (`1488`, `ZOG`, `жидомасоны`) in `coded.rs`, people told
//! they may not have children in `breeding.rs`, a person called a thing (`it's not a woman,
//! it's an it`) in `called_it.rs`, a group said to feel nothing in `feelings.rs`, people told
//! to speak the country's language or leave in `language.rs`, women who report rape called
//! liars in `victims.rs`, Russian and Turkish exclusion in `ru_tr.rs`, and the words the shapes share in
//! `words.rs`.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Sequences, Vocabulary, IDENTITIES};
use super::Hit;
use crate::normalize::Normalized;

mod breeding;
mod called_it;
mod coded;
mod conspiracy;
mod exclusion;
mod feelings;
mod language;
mod replacement;
mod ru_tr;
mod stereotype;
#[cfg(test)]
mod tests;
mod victims;
mod words;

use breeding::BREEDING;
use called_it::CALLED_IT;
pub(crate) use exclusion::YOUR_KIND;
use exclusion::{FIT_FOR, INVADING, REFUSED_TR, RU_GET_OUT, SENT_BACK_TO};
use ru_tr::{RU_DRIVE_OUT, RU_GO_BACK, RU_STERILISE, TR_ENEMY, TR_STERILISED, TR_TOLD_BACK};
use stereotype::{BROUGHT_HARM, CRIME_EN, CRIME_RU, CRIME_TR, MENIAL, MENIAL_TO, RUINS, VICES_ING};
use victims::ASSAULTS;
use words::{
    ABOUT, BELIEF, BYWORDS, CALLED_OUT, DEROGATORY_ADJECTIVES, HATE, IN_THE_MAKING, LINKS, MORALS,
    NOT_HUMAN, PART_OF, PHRASED_GROUPS, PREPOSITIONS, REFUTED, RU_BELIEF_MINE, RU_BELIEF_OTHERS,
    SICK_OR_LESSER, SLURS, STEREOTYPE_EN, STEREOTYPE_RU, STEREOTYPE_TR, UNFIT,
};

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

/// The people a group's name is said of (`Black people`, `Asian men`, `Muslim builders`).
static MEMBERS: Lexicon = Lexicon::new(
    "people folk folks bireyler bireyleri men women children kids lads boys girls youths lobby community workers \
     families builders drivers plumbers cleaners students journalists reporters writers \
     columnists bankers players fans actress actresses actors woman priests imams rabbis \
     lecturers teachers streamers gamers coders donors runners athletes sprinters boxers \
     footballers programmers engineers nurses doctors scientists producers buskers artists \
     speakers mudurler isciler soforler",
);

/// What a group is called to deny it is human.
pub(super) static DEHUMANISING_EN: Lexicon = Lexicon::new(
    "vermin rats rat cockroaches roaches parasites parasite animals beasts apes monkeys pigs \
     dogs insects maggots leeches lice ticks fleas bedbugs locusts savages subhuman subhumans \
     untermenschen \
     disease cancer plague virus infection infestation pestilence filth scum trash garbage freaks \
     abomination abominations property orcs cows gorillas factories tumour tumor ants drones \
     robots bloodsuckers termites hyenas jackals",
);

/// The same in Russian, as normalization leaves it (`ё` as `е`).
pub(super) static DEHUMANISING_RU: Lexicon = Lexicon::new(
    "тараканы крысы паразиты паразит животные звери скоты скот обезьяны свиньи собаки черви \
     вши нелюди недочеловеки рабы болезнь рак чума зараза вирус мразь мрази твари отбросы мусор саранча обуза \
     грязь отребье падаль нечисть опухоль гадят насекомые кровососы кровопийцы пиявки",
);

/// The same in Turkish, its letters folded to Latin (`haşere` is `hasere`).
pub(super) static DEHUMANISING_TR: Lexicon = Lexicon::new(
    "hayvan hayvanlar hayvandir hayvandirlar parazit parazitler asalak asalaklar asalaktir \
     pislikler parazittir \
     hasere haseret fare fareler sican sicanlar bocek yaratik yaratiklar surungen surungenler \
     bocekler hamamboceki hamambocegi hamambocekleri bocegi bocekleri domuz domuzlar kopek kopekler mikrop virus kanser \
     veba pislik cop ucube ucubeler vahsi vahsiler vahsidir vahsidirler hastalik hastaliktir \
     kanserdir",
);

/// Gay and trans people by name in Russian and Turkish, as a clause's subject: `трансы`,
/// `геи`, `eşcinseller`.
static QUEER_RU_TR: Lexicon = Lexicon::new(
    "трансы трансгендеры геи гомосексуалисты лесбиянки транссексуалы escinseller \
     transseksueller translar lezbiyenler homoseksueller",
);

/// What a group (or the reader and those like them) is called, in Turkish, as a land's
/// blight: `bu ülkenin kanseri`, `bu toprakların mikrobu`.
pub(super) static BLIGHT_OF_TR: Lexicon = Lexicon::new(
    "kanseri kanseridir mikrobu mikroplari mikrobudur vebasi asalagi asalaklari parazitleri \
     pisligi belasi belasidir belasidirlar virusu",
);

/// The words every attack [`Clause::attack_at`] reads has one of.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| cues().collect());

/// The lexicons whose words are cues.
static CUE_LEXICONS: [&Lexicon; 32] = [
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
    &RU_STERILISE,
    &TR_STERILISED,
    &RU_GO_BACK,
    &TR_TOLD_BACK,
    &TR_ENEMY,
    &BROUGHT_HARM,
    &FIT_FOR,
    &MENIAL,
    &MENIAL_TO,
    &VICES_ING,
    &RUINS,
    &MORALS,
    &CRIME_EN,
    &CRIME_RU,
    &CRIME_TR,
    &REFUSED_TR,
    &BREEDING,
    &CALLED_IT,
    &ASSAULTS,
    &OTHER_CUES,
];

fn cues() -> impl Iterator<Item = &'static str> {
    Lexicon::all_of(&CUE_LEXICONS)
}

/// Words in too many comments to read each clause that holds one, cues only in these
/// sequences: `trust a`, `trust an`, `trust any` (a group's member distrusted: `You can't
/// trust a Muslim with anything`), numbers in hate's codes (`14/88`, read `14 88`; `the 14
/// words`; `13/50`; `despite being 13% of the population`; `fourteen`, rarer, is a cue), `for
/// one thing` (`women are good for one thing`, `Женщины нужны только для одного`, `Kadınlar
/// tek bir işe yarar`), `an it` and `calling itself` (`it's not a woman, it's an it`, `that
/// thing calling itself a woman`), `get the right` (`Immigrants should never get the right to
/// vote`), English spoken or learnt (`Speak English or get out`; Russian and Turkish name
/// their languages in rarer words, cues of their own: `по-русски`, `Türkçe`), `not feel` and
/// `not love`, or `don't` read `don t` (`Black people have thicker skin, they don't feel it`,
/// `Gypsies don't love their children`).
static WORDS_IN_SEQUENCES: LazyLock<Sequences> = LazyLock::new(|| {
    Sequences::new(&[
        &["trust", "a"],
        &["trust", "an"],
        &["trust", "any"],
        &["14", "88"],
        &["14", "words"],
        &["13", "50"],
        &["despite", "being"],
        &["despite", "only"],
        &["for", "one", "thing"],
        &["an", "it"],
        &["calling", "itself"],
        &["calls", "itself"],
        &["для", "одного"],
        &["tek", "bir", "ise", "yarar"],
        &["get", "the", "right"],
        &["speak", "english"],
        &["speaking", "english"],
        &["learn", "english"],
        &["proper", "english"],
        &["broken", "english"],
        &["not", "feel"],
        &["t", "feel"],
        &["not", "love"],
        &["t", "love"],
    ])
});

/// Letters every text that holds one of [`WORDS_IN_SEQUENCES`] holds, its words run together
/// (`trust`; the `1` of `14` and `13`; `despite`; `onething`...), looked for before the sequences
/// are (twelve searches of the letters cost less than a look at every word's keys). A test
/// keeps each sequence found by one of them.
const LETTERS_OF_SEQUENCES: [&str; 12] = [
    "trust",
    "1",
    "despite",
    "onething",
    "anit",
    "itself",
    "дляодного",
    "tekbirise",
    "gettheright",
    "english",
    "tfeel",
    "tlove",
];

/// The cues and the words of [`WORDS_IN_SEQUENCES`], for a text where one of those stands.
static CUES_AND_WORDS_IN_SEQUENCES: LazyLock<Vocabulary> =
    LazyLock::new(|| cues().chain(WORDS_IN_SEQUENCES.first_words()).collect());

/// The cues not in one of the lists above: for each shape its rarer word (`welcome`, not
/// `people` or `media`), so that few comments are read clause by clause.
static OTHER_CUES: Lexicon = Lexicon::new(
    "loyal spies spy agents informants шпионы шпион агенты агент преданы верны sadik casus \
     casusu casuslari ajan ajani ajanlari disorder illness sickness therapy conversion danger \
     threat menace agenda 1488 fourteen zog zionist merchant merchants tribe goyim shekel \
     rootless безродные безродных \
     безродным безродными жидомасоны жидомасонов жидомасонам жидомасонами жидомасонах \
     жидомасонский жидомасонского жидомасонская жидомасонской жидомасонские жидомасонских \
     понаехавшие понаехавших понаехи понаехов понаехам donmeler dolu dolleri dollerinin \
     dolunun dollerine kripto \
     remigration понаехали azinlik kalmadi lobisi replaced guvenilmez guvenilmemeli \
     replace replacing genocide replacement bred takeover conquest islamisation islamization \
     flood influx захвату захвата завоеванию исламизации заменяют заменят заменить заменим \
     наплывом потоком нашествием nufusumuzu istilanin istilasi istila akininin akinlarinin \
     diversity \
     guvenmeyin подпускать допускать yakinina mutfakta психически akil \
     homosexuality transgenderism гомосексуализм гомосексуальность трансгендерность escinsellik \
     homoseksuellik transseksuellik holocaust холокоста холокост holokost cikarmasin \
     cikarmasinlar насилуют kadinlarimiza kizlarimiza danger dangerous threat menace опасны \
     tehlike tehlikeli tehdit tehlikedir \
     human humans люди человек insan nefret welcome unwelcome allowed rights banned stripped \
     back lose wanted доверять machines cocuk home belong belongs control controls behind banks \
     hollywood место беды проблемы несчастья ulkelerine istenmiyorlar istenmiyor arkasinda \
     oturup defolsun defolsunlar домой locked kept eve mutfaga mutfaktan kullanmasin \
     kullanmamali sick disgust cooked orchestrated masterminded mentally barefoot class сорта \
     varliklardir varliklar devil spawn iq iqs burden drain infiltrate infiltrating stay \
     typical man dick cock shag place run leech lock round jesus christ govern multiply \
     multiplying правят управляют заправляют хуже farksiz cekirge cekirgeler etek ihanet susup \
     sussunlar sirtindaki kovulsun kovulsunlar intellect meat prey контролируют владеют yer \
     yeri dunyayi medyayi isgal oy evde evlerinde alive fifth bed продали продают продадут \
     dresses coming yatakta taught puppet strings intelligent steal steals taken cured лечить \
     tedavi akli bag bags coffin coffins let germs sadece raped sokakta caused started \
     replacing ulkeden ulkemizden adadan sehirden born drive trees caves huts fareleri кухню \
     bagrindaki bedenindeki govdesindeki \
     dedigin topraklardan kanseri mikrobu vebasi asalagi asalaklari parazitleri pisligi belasi \
     молчать рожать rounded herded interned deported expelled shipped thrown kicked driven \
     brains minds doldurup incompatible media worth programmed wired predisposed prison jail \
     belasidir belasidirlar olume рождаются родятся рождены kanseridir basina basimiza met bullets atilmali atilmalidir kovulmali kovulmalidir \
     surulmeli surulmelidir temizlenmeli cikarilmali disi plagues viruses waste ticking camps \
     asylums outbreed outbreeding outnumber outnumbering livestock cattle портят развязали \
     развязывают мафия правит hut jungle rob scrounge civilisation civilization ayaginin ayagi \
     cult годятся созданы silinmeli feral stab rapes maymundan maymunlardan воруют крадут грабят украли своровали разворовали \
     sussun curuk пьют пили blood плиты кухне contributed ban bar купили скупили everything \
     ruled colonised colonized enslaved dead understand understands понимают anlamaz anlamazlar anlamiyor anlamiyorlar island islands geri crimes isleri seeing dolu incapable capable \
     invented faked holocaust itaat захватили heard sight trusted сидеть lives achieved cattle \
     die убраться уехать свалить silmek karis desert disari noses smell stink reek dirty filthy \
     stinking infesting groom grooms grooming anlamaz anlamazlar anlamiyor anlamiyorlar equal \
     equals solution meat seeker seekers liar liars loyal disloyal умеют squeeze squeezed \
     squeezing bleed bled bleeding сосут высасывают sleeper sleepers bin verilmemis rahat \
     closet cupboard плодятся размножаются uruyor uruyorlar cogaliyor register letterboxes race \
     mahvetti mahvettiler batirdi batirdilar катятся руках bloke blokes decide brainwashing \
     smarter fiddlers ship lampshades soap enough чужой cehennemde gebersin gebersinler olsun \
     olsunler yapilani nowhere \
     making bloke мужика kalsin free otursun kapatilsin donors rig built mongrel cheating позор \
     скупают satilmis sinir hires hired quotas испортили погубили остальное seyi hirsizlik \
     bankalari hukumeti откуда geldikleri слишком hapse istila стоят захватывают оккупируют \
     захватят тюрьму решетку hasta hastalar нельзя izin yuk yuktur \
     распространяют yayiyor yayiyorlar yayar yayarlar seks newspaper newspapers sahibi \
     sahipleri трата harcatiyor harcatiyorlar israfi israfidir enemy refuse hire employ rent \
     admit bed signs лечить обслуживать нанимать сдавать пускать barred excluded verilmemeli \
     verilmemelidir olamamali olmamali pain боли hissetmez hissetmezler hissetmiyor hissetmiyorlar sevmez \
     sevmezler sevmiyor sevmiyorlar sevmeyi любить любят русски русском русский turkce turkceyi turkcede",
);

/// Every attack on a group in the text: the words from the group (or the verb of hatred) to
/// what the group is called.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<HateKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<HateKind>> {
    // (A search of the text's letters first: most texts hold none of them.)
    let may_hold = LETTERS_OF_SEQUENCES
        .iter()
        .any(|letters| reading.reads_somewhere(letters));
    let cues = if may_hold && reading.has_any_seq(&WORDS_IN_SEQUENCES) {
        &CUES_AND_WORDS_IN_SEQUENCES
    } else {
        &CUES
    };
    let mut hits = reading.find(cues, |clause, found| clause.attacks(found));
    hits.extend(echoes(reading));
    hits
}

/// The words that call a claim nonsense, for a look at a text before its clauses are read.
static REFUTING: LazyLock<Vocabulary> = LazyLock::new(|| REFUTED.iter().collect());

/// The attacks put only to be refuted (`Цыгане воры? Бред.`), as normalized chars, which
/// the policy has the classifier leave unread: a stereotype the writer calls nonsense is not
/// the writer's, though its words are an attack's. Only a text that asks something or gives
/// a claim to someone (`according to`), and calls something nonsense, can hold one: most are
/// passed over at a look.
pub(crate) fn refuted_in(reading: &Reading) -> Vec<Range<usize>> {
    let put = reading.original().contains('?') || reading.reads_somewhere("according");
    if !put || !reading.has_any(&REFUTING) {
        return Vec::new();
    }
    reading.unread(&CUES, |clause, found| clause.refuted_attacks(found))
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
        // (`programmers from India`: people of a trade, by the land they come from.)
        // (`bus drivers from Eastern Europe`: a word before, a side of the land.)
        let members = j + usize::from(!self.is(j, &MEMBERS) && self.is(j + 1, &MEMBERS));
        let side = [
            "eastern", "western", "southern", "northern", "central", "north", "south",
        ];
        let land = members + 2 + usize::from(self.is(members + 2, &side));
        let lands = self.is(land, &SENT_BACK_TO) || land > members + 2 && self.at(land) == "europe";
        if j == start && self.is(members, &MEMBERS) && self.at(members + 1) == "from" && lands {
            return Some(land + 1);
        }
        if j == start {
            j += PHRASED_GROUPS.iter().find(|p| self.seq(j, p))?.len();
        }
        let end = j + usize::from(self.is(j, &MEMBERS));
        // `immigrants from that region`, `migrants from abroad`: where they come from.
        let end = end + self.origin(end);
        // `women like her`, `Muslims like him`: a group named by one of them.
        let like_one = self.at(end) == "like" && self.is(end + 1, &["her", "him", "them", "you"]);
        Some(end + 2 * usize::from(like_one))
    }

    /// How many words at `k` say where a group comes from without naming a place (`from that
    /// region`, `from abroad`, `from those countries`) or where it lives (`in this country`);
    /// 0 when they do not.
    fn origin(&self, k: usize) -> usize {
        // (`Albanians in this country are pimps`.)
        let here = [
            "country",
            "town",
            "city",
            "area",
            "neighbourhood",
            "neighborhood",
        ];
        if self.at(k) == "in" && self.is(k + 1, &["this", "our"]) && self.is(k + 2, &here) {
            return 3;
        }
        // (`women in tech are diversity hires`: where they work.)
        let fields = [
            "tech",
            "technology",
            "science",
            "sport",
            "sports",
            "politics",
            "business",
            "media",
            "engineering",
            "football",
            "medicine",
            "gaming",
            "finance",
            "academia",
        ];
        if self.at(k) == "in" && self.is(k + 1, &fields) {
            return 2;
        }
        if self.at(k) != "from" {
            return 0;
        }
        if self.at(k + 1) == "abroad" {
            return 2;
        }
        // (`refugees from the earthquake`: what they fled.)
        let fled = [
            "earthquake",
            "war",
            "floods",
            "flood",
            "famine",
            "conflict",
            "fighting",
        ];
        if self.at(k + 1) == "the" && self.is(k + 2, &fled) {
            return 3;
        }
        let places = [
            "region",
            "regions",
            "country",
            "countries",
            "area",
            "areas",
            "continent",
            "part",
        ];
        if !self.is(k + 1, &["that", "this", "those", "these", "the"]) || !self.is(k + 2, &places) {
            return 0;
        }
        // `from that part of the world`.
        let world = self.at(k + 2) == "part" && self.seq(k + 3, &["of", "the", "world"]);
        3 + 3 * usize::from(world)
    }

    /// A group's equality mocked or its end hinted at, the group named at `i`: `this is what
    /// happens when you let women think they're equal` (not `... let women decide`), `we all
    /// know what the solution to the Roma problem is` (not `the solution to the refugee
    /// problem is more funding`, said out loud).
    fn equality_mocked(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        // (The words before the group first: this is tried at every word of a clause read.)
        let let_them = i >= 1 && self.at(i - 1) == "let";
        let solution = i >= 3 && self.seq(i - 3, &["solution", "to", "the"]);
        if !let_them && !solution {
            return None;
        }
        let end = self.group(i)?;
        if let_them
            && self.is(end, &["think", "believe"])
            && self.seq(end + 1, &["they", "are"])
            && self.is(end + 3, &["equal", "equals", "human", "people"])
        {
            return Some((HateKind::Exclusion, i - 1, end + 4));
        }
        let problem = self.is(end, &["problem", "question"]);
        let unsaid = self.any_in(end..self.len(), &["say", "know"]) && self.any_in(0..i, &["know"]);
        (solution && problem && unsaid).then(|| (HateKind::Dehumanisation, i - 3, end + 1))
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
                    || (0..found.1).any(|k| self.is(k, &ABOUT) && !self.a_call_centre(k))
                    || self.any_in(0..found.1, &CALLED_OUT)
                    || (found.2..found.2 + 5).any(|k| self.called_out_after(k))
                    || self.believed_by_others(found.1)
                    || self.told_not_to(found.1)
                    || self.not_all_of_them(found.1)
                    || self.refuted(found.2);
                if !about {
                    out.push(found);
                }
            }
        }
    }

    /// The attacks of this clause put only to be refuted, as ((), first token, end token).
    fn refuted_attacks(&self, out: &mut Vec<((), usize, usize)>) {
        for i in 0..self.len() {
            if let Some((_, first, end)) = self.attack_at(i) {
                if self.refuted(end) {
                    out.push(((), first, end));
                }
            }
        }
    }

    /// Whether the attack ending before word `end` is put, asked or given to someone else,
    /// only to be refuted right after: `Women are too emotional to lead? Nonsense.`, `...,
    /// according to my uncle, which is nonsense`, `Цыгане воры? Бред.`, `Göçmenler hırsız
    /// mı? Saçmalık.`; not the writer's own claim (`Women are too emotional to lead.
    /// Nonsense to pretend otherwise.`).
    fn refuted(&self, end: usize) -> bool {
        let given = (end..self.len()).find(|&k| self.seq(k, &["according", "to"]));
        if !self.asked && given.is_none() {
            return false;
        }
        // The words between the claim and its refutation: the rest of an asked clause
        // (Turkish `mı`), or the one it is given to (`according to my uncle, which is`).
        let from = given.map_or(end, |k| k + 2);
        let next: Vec<&str> = self.words_from(from).take(8).collect();
        let Some(at) = next.iter().position(|w| REFUTED.contains(w)) else {
            return false;
        };
        let between = &next[..at];
        let fillers = [
            "mi",
            "mu",
            "which",
            "is",
            "a",
            "that",
            "this",
            "what",
            "utter",
            "complete",
            "pure",
            "total",
            "absolute",
            "это",
            "полная",
            "полный",
            "bu",
            "tam",
            "bir",
        ];
        let reached = if self.asked {
            // (The asked clause's own last words, then at most `That is a`.)
            let rest = self.len().saturating_sub(end);
            at <= rest + 3 && between[rest.min(at)..].iter().all(|w| fillers.contains(w))
        } else {
            // (The one it is given to, in four words at most, then `which is`.)
            let which = between.iter().position(|w| *w == "which");
            which.is_some_and(|w| w <= 4 && between[w..].iter().all(|w| fillers.contains(w)))
        };
        // `... ? Nonsense to say otherwise`, `..., which is nonsense to deny`: the claim upheld.
        let upheld = next
            .get(at + 1)
            .is_some_and(|w| matches!(*w, "to" | "that"));
        reached && !upheld
    }

    /// Whether the group named from `i` is denied to be all of its members: `Not all Muslims
    /// are terrorists`, `Не все мусульмане террористы` (counter-speech, not an attack); not
    /// the concession before a `but` (`Not all Muslims are terrorists, but ...`).
    fn not_all_of_them(&self, i: usize) -> bool {
        let conceded = self.any_in(i..self.len(), &["but", "но", "ama"])
            || self
                .words_after()
                .take(2)
                .any(|w| matches!(w, "but" | "но" | "ama"));
        !conceded
            && (i.saturating_sub(2)..=i).any(|k| {
                self.is(k, &["not", "не"]) && self.is(k + 1, &["all", "every", "все", "всех"])
            })
    }

    /// Whether `call` at `k` is a noun's first half (`every call-centre job`), not what an
    /// attack is called.
    fn a_call_centre(&self, k: usize) -> bool {
        self.at(k) == "call"
            && self.is(
                k + 1,
                &[
                    "centre", "centres", "center", "centers", "handler", "handlers",
                ],
            )
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

    fn attack_at(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        self.slurred_or_told_off(i)
            .or_else(|| self.kept_in_their_place(i))
            .or_else(|| self.hated_or_made_a_byword(i))
            .or_else(|| self.what_the_group_is_called(i))
            .or_else(|| self.curse_of_those_before(i))
            .or_else(|| self.in_the_hands_of(i))
            .or_else(|| self.said_in_plural_of_a_group(i))
            .or_else(|| self.orientation_called_ill(i))
            .or_else(|| self.holocaust_denied(i))
            .or_else(|| self.replaced(i))
            .or_else(|| self.replacement_claimed(i))
            .or_else(|| self.places_given_to_crime(i))
            .or_else(|| self.refused_by_trade(i))
            .or_else(|| self.coded(i))
            .or_else(|| self.breeding_denied(i))
            .or_else(|| self.called_it(i))
            .or_else(|| self.language_demanded(i))
            .or_else(|| self.victims_disbelieved(i))
    }

    /// `Atheists have no morals`, `У атеистов нет никакой морали`, `Ateistlerin hiç ahlakı
    /// yoktur`: a group said to have no conscience (not `... have no god`, nor `У атеистов
    /// есть мораль`).
    fn morals_denied(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        if self.is(end, &["have", "has"]) && self.is(end + 1, &["no", "zero"]) {
            return self
                .is(end + 2, &MORALS)
                .then_some((HateKind::Stereotype, i, end + 3));
        }
        // (Russian names the group after `у`, "at".)
        if i > 0 && self.at(i - 1) == "у" && self.at(end) == "нет" {
            let morals = end + 1 + usize::from(self.is(end + 1, &["никакой", "никаких", "ни"]));
            return self
                .is(morals, &MORALS)
                .then_some((HateKind::Stereotype, i - 1, morals + 1));
        }
        let morals = end + usize::from(self.is(end, &["hic", "zerre"]));
        (self.is(morals, &MORALS) && self.is(morals + 1, &["yok", "yoktur"])).then_some((
            HateKind::Stereotype,
            i,
            morals + 2,
        ))
    }

    /// `Homosexuality is a disease`, `Гомосексуализм — это болезнь`, `Eşcinsellik bir
    /// hastalıktır`: a way of being called an illness or a perversion; and gay or trans people
    /// called ill, in Russian and Turkish (`Трансы — это просто больные мужики`, `Трансгендеры
    /// — психически больные люди`, `Transseksüeller hasta insanlar`); closing its clause (not
    /// `Homosexuality is not a disease`, `Eşcinsellik bir hastalık değildir`, `Трансгендеры —
    /// такие же люди, как все`).
    fn orientation_called_ill(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        let ways = [
            "homosexuality",
            "transgenderism",
            "гомосексуализм",
            "гомосексуальность",
            "трансгендерность",
            "escinsellik",
            "homoseksuellik",
            "transseksuellik",
        ];
        // (`Being gay is a mental disorder`: the way named by what one is.)
        let being = self.at(i) == "being"
            && self.is(
                i + 1,
                &[
                    "gay",
                    "trans",
                    "transgender",
                    "lesbian",
                    "bisexual",
                    "homosexual",
                ],
            );
        if !self.is(i, &ways) && !being && !self.is(i, &QUEER_RU_TR) {
            return None;
        }
        let between = [
            "is",
            "a",
            "an",
            "just",
            "simply",
            "mental",
            "это",
            "просто",
            "психически",
            "все",
            "bir",
            "sadece",
            "hepsi",
            "akil",
        ];
        let mut k = i + 1 + usize::from(being);
        while k < i + 6 && self.is(k, &between) {
            k += 1;
        }
        let ill = [
            "disease",
            "sickness",
            "illness",
            "perversion",
            "disorder",
            "болезнь",
            "извращение",
            "отклонение",
            "патология",
            "hastalik",
            "hastaliktir",
            "sapkinlik",
            "sapkinliktir",
            "sapiklik",
            "sapikliktir",
            // (Said of people: `больные`, `hasta`.)
            "больные",
            "больны",
            "психи",
            "hasta",
            "hastalar",
            "hastadir",
            "hastadirlar",
            "hastasi",
            "hastalari",
        ];
        if !self.is(k, &ill) {
            return None;
        }
        // (`... больные люди`, `... hasta insanlar`: the people named again.)
        let people = ["люди", "мужики", "бабы", "insanlar", "kisiler"];
        let end = k + 1 + usize::from(self.is(k + 1, &people));
        // (`..., end of story`, `..., period`: said to close the matter.)
        let closing = [
            "end", "of", "story", "period", "full", "stop", "plain", "and", "simple",
        ];
        let closes = (end..self.len()).all(|j| self.is(j, &closing));
        closes.then_some((HateKind::Stereotype, i, end))
    }

    /// `Ermeniler yine bütün dükkanları kapattı, bu milletin başına bela oldular` ("the
    /// Armenians closed every shop again, they became a curse on this nation's head"): the
    /// group named in the clause before, the verb's plural its subject.
    fn curse_of_those_before(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        (self.at(i) == "basina"
            && self.at(i + 1) == "bela"
            && self.is(i + 2, &["oldular", "olmuslar", "oluyorlar"])
            && ((0..i).any(|k| self.is_group(k)) || self.group_named_before()))
        .then_some((HateKind::Dehumanisation, i, i + 3))
    }

    /// A slur, the reader called by a group's name, a people told to go, a hidden hand: `Pakis
    /// stink`, `you filthy Jew`, `таких, как ты, надо гнать из страны`, `Еврейская мафия правит
    /// всем миром`.
    fn slurred_or_told_off(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Exclusion, Slur};
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
        // `Lewis is a mixed-race mongrel`: the slur for people of mixed race.
        if self.is(i, &["mongrel", "mongrels"])
            && i >= 2
            && (self.seq(i - 2, &["mixed", "race"]) || self.seq(i - 2, &["half", "caste"]))
        {
            return Some((Slur, i.saturating_sub(2), i + 1));
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
        if let Some(found) = self.ills_laid_at(i) {
            return Some(found);
        }
        None
    }

    /// Whether the words at `k` are a woman's place said to be the kitchen's: `на кухне`, `у
    /// плиты` ("in the kitchen", "at the stove").
    fn at_the_stove(&self, k: usize) -> bool {
        self.seq(k, &["на", "кухне"]) || self.seq(k, &["у", "плиты"])
    }

    /// Women told their place, in Russian and Turkish above all: `kadının yeri erkeğin ayağının
    /// altıdır`, `бабам место у плиты`, `kadın dediğin evde oturur`, `бабы должны молчать и
    /// рожать` (a people's name made an insult, `ermeni dölü seni`, is read in `coded.rs`).
    fn kept_in_their_place(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Exclusion, Stereotype};
        if let Some(found) = self.equality_mocked(i) {
            return Some(found);
        }
        // `Kadın milletine akıl verilmemiş` ("womankind was not given reason").
        if self.seq(i, &["kadin", "milletine", "akil", "verilmemis"]) {
            return Some((Stereotype, i, i + 4));
        }
        // `kadının yeri erkeğin ayağının altıdır` ("a woman's place is under a man's foot").
        if self.seq(i, &["kadinin", "yeri"])
            && self.any_in(i + 2..i + 5, &["ayaginin", "ayagi", "dizinin"])
            && (i + 3..i + 8).any(|k| self.at(k).starts_with("alti") || self.at(k) == "dibi")
        {
            return Some((Exclusion, i, (i + 8).min(self.len())));
        }
        // `женщины годятся только для кухни и постели` ("women are fit only for the kitchen
        // and the bed"), `Женщины нужны только для одного` ("... for one thing only").
        if self.is(i, &["женщины", "бабы"])
            && self.is(i + 1, &["годятся", "нужны", "созданы"])
            && self.seq(i + 2, &["только", "для"])
            && self.is(i + 4, &["кухни", "постели", "секса", "плиты", "одного"])
        {
            return Some((Stereotype, i, i + 5));
        }
        // `бабам место у плиты` ("women's place is at the stove"), `... на кухне`; `этой
        // авторше место на кухне, а не в газете` ("this authoress belongs in the kitchen, not in
        // the paper"): a woman by her trade.
        if self.is(
            i,
            &[
                "бабам",
                "женщинам",
                "авторше",
                "журналистке",
                "депутатше",
                "редакторше",
                "бабе",
            ],
        ) && self.at(i + 1) == "место"
            && self.at_the_stove(i + 2)
        {
            return Some((Exclusion, i, i + 4));
        }
        // `Место женщины на кухне` ("a woman's place is in the kitchen"): the place first;
        // not `Место женщины не на кухне`, nor `место для женщины`.
        if self.at(i) == "место"
            && self.is(i + 1, &["женщины", "женщин", "бабы", "баб"])
            && self.at_the_stove(i + 2)
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
        // `бабы должны молчать и рожать` ("women must keep quiet and give birth"), `... сидеть
        // на кухне` ("... sit in the kitchen"); not `женщины должны получать равную зарплату`,
        // nor `... сидеть в парламенте`.
        if self.is(i, &["бабы", "женщины", "баба", "женщина"])
            && self.is(i + 1, &["должны", "должна"])
        {
            if self.is(i + 2, &["молчать", "рожать"]) {
                return Some((Exclusion, i, i + 3));
            }
            if self.at(i + 2) == "сидеть" && self.at_the_stove(i + 3) {
                return Some((Exclusion, i, i + 5));
            }
        }
        // `Геев нельзя подпускать к детям` ("gays must not be let near children"),
        // `Eşcinseller çocukların yakınına bile yaklaştırılmamalı`, as in English.
        if self.is_group(i) {
            // (And `геев к детям не подпускать`, the children first.)
            let let_near = ["подпускать", "допускать", "пускать"];
            let ru = self.at(i + 1) == "нельзя"
                && self.is(i + 2, &let_near)
                && self.seq(i + 3, &["к", "детям"])
                || self.seq(i + 1, &["к", "детям"])
                    && self.is(i + 3, &["не", "нельзя"])
                    && self.is(i + 4, &let_near);
            if ru {
                return Some((Exclusion, i, i + 5));
            }
            let near = (i + 1..i + 3).find(|&k| self.seq(k, &["cocuklarin", "yakinina"]));
            if let Some(k) = near {
                let kept = k + 2 + usize::from(self.at(k + 2) == "bile");
                if self.at(kept).starts_with("yaklas") && self.at(kept).ends_with("mali") {
                    return Some((Exclusion, i, kept + 1));
                }
            }
        }
        if let Some(end) = self.told_to_leave(i).or_else(|| self.group_kept_out(i)) {
            return Some((Exclusion, i, end));
        }
        None
    }

    /// A group hated, made a byword, jailed or said to breed like vermin: `your kind ruins every
    /// neighbourhood`, `I hate X`, `Typical woman driver.`, `lock up every Muslim in this
    /// country`, `those people breed like rabbits`.
    fn hated_or_made_a_byword(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Dehumanisation, Exclusion, Stereotype};
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
            if let Some(end) = self.spread_like_vermin(i, i + 2) {
                return Some((Dehumanisation, i, end));
            }
            // `Chinese takeaways serve dog meat, everyone knows what those people are like`: a
            // group named, then a knowing sneer (not `everyone knows what those people are
            // like at Christmas: generous`, nor said of no group).
            let sneer = i >= 2
                && self.at(i - 1) == "what"
                && self.is(i - 2, &["know", "knows", "knew"])
                && self.seq(i + 2, &["are", "like"])
                && i + 4 == self.len();
            if sneer && ((0..i).any(|k| self.is_group(k)) || self.group_named_before()) {
                return Some((Contempt, i - 2, i + 4));
            }
        }
        None
    }

    /// What a group named at `i` is called or said to be, read after it: excluded, blamed,
    /// disparaged, likened to vermin, named by a slur or a list of vices (not when negated, nor
    /// said of some of it).
    fn what_the_group_is_called(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Dehumanisation, Exclusion, Stereotype};
        // A group after a preposition is not what the clause is about: `tattoos on women are
        // trash`.
        if i > 0 && self.is(i - 1, &PREPOSITIONS) {
            return None;
        }
        // `never trust Kurds, they are filth`: a pronoun for a group named before it.
        let end_of_group = match self.group(i) {
            Some(end) => end,
            // (`Indians have taken every call-centre job, they're a plague ...`: the group in
            // the clause before.)
            None if self.is(i, &["they", "они", "onlar"])
                && ((0..i).any(|k| self.is_group(k)) || i == 0 && self.group_named_before()) =>
            {
                i + 1
            }
            // `... grooming gangs prove that all of them are predators`.
            None if self.seq(i, &["all", "of", "them"]) && (0..i).any(|k| self.is_group(k)) => {
                i + 3
            }
            // `Those people don't feel pain like we do`: people pointed at, said to feel
            // nothing (and nothing else said of them: `these people are criminals` may be a
            // report).
            None if self.is(i, &["these", "those"]) && self.at(i + 1) == "people" => {
                return self.feelings_denied(i, i + 2);
            }
            None => return None,
        };
        if let Some(found) = self
            .morals_denied(i, end_of_group)
            .or_else(|| self.feelings_denied(i, end_of_group))
            .or_else(|| self.place_called_a_den(i, end_of_group))
        {
            return Some(found);
        }
        // `Евреи испортили Новый год, как и всё остальное` ("the Jews ruined New Year, like
        // everything else"): a group blamed for all (not `дети испортили торт`, no `всё`).
        if self.is(
            end_of_group,
            &["испортили", "погубили", "разрушили", "разворовали"],
        ) && self.closes_with(end_of_group + 1, &["как", "и", "все", "остальное"])
        {
            return Some((HateKind::Conspiracy, i, self.len()));
        }
        // `Every gay teacher is a danger to kids`: a group said to endanger children (not
        // `gays are no danger to anyone`, nor `a danger to themselves`).
        let danger = (end_of_group..end_of_group + 5)
            .find(|&k| self.is(k, &["danger", "threat", "menace"]) && self.at(k + 1) == "to");
        if let Some(k) = danger {
            let to = k + 2 + usize::from(self.is(k + 2, &["our", "your", "the"]));
            let denied = self.any_in(end_of_group..k, &["no", "not", "never"]);
            if self.is(to, &["kids", "children", "child"]) && !denied {
                return Some((Stereotype, i, to + 1));
            }
        }
        // `Gay marriage is an abomination and so are the people in it`: what the group does
        // called an abomination, and the group with it (not `... and so is the weather`).
        if let Some(k) = (end_of_group..self.len()).find(|&k| self.at(k) == "abomination") {
            let them_too = (k + 1..self.len()).any(|j| {
                self.seq(j, &["so", "are", "the", "people"]) || self.seq(j, &["so", "are", "they"])
            });
            if them_too {
                return Some((Dehumanisation, i, self.len()));
            }
        }
        // `Female scientists are only hired to fill quotas`, `women in tech are diversity
        // hires`: a group said to hold its place by favour (not `women are hired more often
        // now`).
        let after = self.past_copula(end_of_group);
        if after > end_of_group
            && (self.seq(after, &["only", "hired", "to", "fill"])
                || self.seq(after, &["diversity", "hires"])
                || self.seq(after, &["quota", "hires"]))
        {
            return Some((HateKind::Stereotype, i, after + 2));
        }
        // `Black defendants are guilty until proven innocent, they all have it in their blood`:
        // a vice said to be the group's by birth (not `they all have it in their diaries`).
        let have = end_of_group + usize::from(self.at(end_of_group) == "all");
        if self.seq(have, &["have", "it", "in", "their"])
            && self.is(have + 4, &["blood", "genes", "dna", "nature"])
        {
            return Some((HateKind::Stereotype, i, have + 5));
        }
        // `Kürtlerden nefret ediyorum`: the group before the verb.
        if self.seq(end_of_group, &["nefret", "ediyorum"])
            || self.seq(end_of_group, &["nefret", "ediyoruz"])
        {
            return Some((Contempt, i, end_of_group + 2));
        }
        if let Some(found) = self.excluded_or_blamed(i, end_of_group) {
            return Some(found);
        }
        // `That trans actress is a bloke in a dress and always will be`: a trans woman's
        // womanhood denied (not `the trans actress played a bloke in a dress`, a role).
        if self.any_in(i..end_of_group, &["trans", "transgender"]) {
            let is = self.past_copula(end_of_group);
            let bloke = is + usize::from(self.is(is, &["a", "just", "only", "still"]));
            let dressed = self.seq(bloke + 1, &["in", "a"])
                && self.is(bloke + 3, &["dress", "frock", "wig", "skirt"])
                || self.at(bloke + 1) == "in" && self.is(bloke + 2, &["dresses", "frocks", "wigs"]);
            // (`Trans athletes are men cheating and should be banned for life`: called men.)
            let called_men =
                self.at(bloke) == "men" && self.is(bloke + 1, &["cheating", "pretending"]);
            if called_men && is > end_of_group {
                return Some((Contempt, i, bloke + 2));
            }
            if is > end_of_group
                && self.is(bloke, &["bloke", "man", "men", "blokes", "geezer"])
                && dressed
            {
                return Some((
                    Contempt,
                    i,
                    bloke + 3 + usize::from(self.at(bloke + 2) == "a"),
                ));
            }
        }
        if let Some(end) = self.epithet_closing(i, end_of_group) {
            return Some((Dehumanisation, i, end));
        }
        // `Arabs only understand the language of force, so give it to them` (not `... only
        // understand Arabic`).
        if let Some(k) =
            (end_of_group..end_of_group + 3).find(|&k| self.seq(k, &["only", "understand"]))
        {
            let of = k + 2 + 3 * usize::from(self.seq(k + 2, &["the", "language", "of"]));
            if self.is(of, &["force", "violence", "bullets", "beatings", "fists"]) {
                return Some((Dehumanisation, i, of + 1));
            }
        }
        // `Those Jews would make lovely lampshades, if you know what I mean`: the camps'
        // lampshades and soap wished again.
        let made = (end_of_group..end_of_group + 4).find(|&k| self.is(k, &["make", "made"]));
        if let Some(k) = made {
            let into = k + 1 + usize::from(self.at(k + 1) == "into");
            let things =
                (into..into + 3).find(|&t| self.is(t, &["lampshades", "lampshade", "soap"]));
            if let Some(t) = things {
                return Some((Dehumanisation, i, t + 1));
            }
        }
        // `Black sprinters are built like animals, it's not a fair fight`.
        let built = self.past_copula(end_of_group);
        if built > end_of_group
            && self.seq(built, &["built", "like"])
            && self.is(built + 2, &DEHUMANISING_EN)
        {
            return Some((Dehumanisation, i, built + 3));
        }
        // `Pakistanis rig postal votes, it's what they do`: a wrong said to be the group's
        // nature (not `Pakistanis won the cricket, it's what they do`).
        let their_way = self.closes_with(end_of_group, &["it", "is", "what", "they", "do"])
            || self.closes_with(end_of_group, &["it", "what", "they", "do"]);
        if their_way {
            let wrongs = [
                "rig", "rigs", "steal", "steals", "cheat", "cheats", "lie", "lies", "rob", "robs",
                "scam", "scams", "groom", "grooms",
            ];
            if self.any_in(end_of_group..self.len() - 4, &wrongs) {
                return Some((Stereotype, i, self.len()));
            }
        }
        // `Спортсменки-лесбиянки — позор страны` ("lesbian sportswomen are the country's
        // disgrace"): a group called one (not `позор тем, кто травит геев`, said of others).
        if self.is(end_of_group, &["позор", "позорище"])
            && self.is(end_of_group + 1, &["страны", "нации", "россии", "народа"])
        {
            return Some((Contempt, i, end_of_group + 2));
        }
        // `Cripples get everything for free while we work`: a group said to live off the rest.
        if self.seq(end_of_group, &["get", "everything", "for", "free"])
            || self.seq(end_of_group, &["get", "it", "all", "for", "free"])
        {
            return Some((Stereotype, i, end_of_group + 4));
        }
        // `Hindus worship cows because they're no smarter than one`: the group said to be no
        // cleverer than a beast (not `... no smarter than anyone else`).
        if let Some(k) =
            (end_of_group..self.len()).find(|&k| self.seq(k, &["no", "smarter", "than"]))
        {
            let beast = self.is(
                k + 3,
                &["one", "animals", "apes", "monkeys", "dogs", "cows", "sheep"],
            ) || self.at(k + 3) == "a"
                && self.is(k + 4, &["cow", "dog", "monkey", "ape", "sheep", "donkey"]);
            if beast && self.any_in(end_of_group..k, &["they"]) {
                return Some((
                    Dehumanisation,
                    i,
                    k + 4 + usize::from(self.at(k + 3) == "a"),
                ));
            }
        }
        // `Мусульмане превращают наши школы в мечети, это зараза` ("Muslims turn our schools
        // into mosques, it's an infection"): the group's doing called a plague, closing the
        // clause.
        // (Not `мигранты заболели гриппом, это зараза`: what is ours taken.)
        let last = self.len() - 1;
        if last > end_of_group + 1
            && self.at(last - 1) == "это"
            && self.is(last, &DEHUMANISING_RU)
            && (end_of_group..last).any(|k| self.at(k).starts_with("наш"))
        {
            return Some((Dehumanisation, i, last + 1));
        }
        // `kadınlar oy kullanmasın` ("women must not vote").
        if self.seq(end_of_group, &["oy", "kullanmasin"])
            || self.seq(end_of_group, &["oy", "kullanmamali"])
        {
            return Some((Exclusion, i, end_of_group + 2));
        }
        // `women belong barefoot and pregnant`, `... in the bedroom and the kitchen, nowhere
        // else`.
        if self.is(end_of_group, &["belong", "be", "kept", "stay"]) {
            if (end_of_group + 1..end_of_group + 4)
                .any(|k| self.seq(k, &["barefoot", "and", "pregnant"]))
            {
                return Some((Exclusion, i, self.len().min(end_of_group + 6)));
            }
            let rooms = ["kitchen", "bedroom", "sink", "bed"];
            let kept = (end_of_group + 1..end_of_group + 8)
                .filter(|&k| self.is(k, &rooms))
                .count();
            if kept >= 2 && self.any_in(end_of_group..self.len(), &["nowhere", "only"]) {
                return Some((Exclusion, i, self.len()));
            }
        }
        // `Women in the boardroom are a joke, they should be making the tea` (not `... should
        // be making the decisions`).
        if let Some(k) =
            (end_of_group..self.len()).find(|&k| self.seq(k, &["should", "be", "making"]))
        {
            let served = k + 3 + usize::from(self.at(k + 3) == "the");
            if self.is(served, &["tea", "coffee", "sandwiches", "dinner", "beds"])
                && self.is(k - 1, &["they", "women"])
            {
                return Some((Exclusion, i, served + 1));
            }
        }
        // `Lesbians only need one night with a proper bloke to be cured`, `Лесбиянки просто не
        // встретили нормального мужика` ("... just haven't met a normal man").
        let lesbians = self.is(i, &["lesbians", "лесбиянки", "lesbiyenler", "lezbiyenler"]);
        if lesbians {
            let man = (end_of_group..self.len()).find(|&k| {
                self.is(k, &["man", "bloke", "guy", "мужика", "мужчину", "erkek"])
                    && self.is(
                        k - 1,
                        &[
                            "proper",
                            "real",
                            "right",
                            "нормального",
                            "настоящего",
                            "gercek",
                        ],
                    )
            });
            // (Said as a cure or a want: `need`, `cured`, `haven't met`.)
            let cure = [
                "need",
                "needs",
                "cured",
                "cure",
                "fix",
                "met",
                "встретили",
                "нужен",
            ];
            if let Some(k) = man.filter(|_| self.any_in(end_of_group..self.len(), &cure)) {
                return Some((Contempt, i, k + 1));
            }
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
        // `Every Arab is a potential terrorist`, `Каждый кавказец потенциальный бандит`, `Her
        // Kürt potansiyel bir terörist`: what the group is said to be in the making.
        if self.is(j, &IN_THE_MAKING) {
            j += 1;
            while self.is(j, &LINKS) && links < 6 {
                j += 1;
                links += 1;
            }
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
        // `every Muslim in that mosque is a sleeper waiting for orders`: a sleeper agent (not
        // `old people are light sleepers`).
        let sleeper = j + usize::from(self.at(j) == "a");
        if self.is(sleeper, &["sleeper", "sleepers"])
            && self.is(
                sleeper + 1,
                &["waiting", "cell", "cells", "agent", "agents"],
            )
        {
            return (!some).then_some((Stereotype, i, sleeper + 2));
        }
        // What a group may be called.
        let names = [
            &DEHUMANISING_EN,
            &DEHUMANISING_RU,
            &DEHUMANISING_TR,
            &STEREOTYPE_EN,
            &STEREOTYPE_RU,
            &STEREOTYPE_TR,
        ];
        // `refugees are a swarm of rats`: a multitude of what the group is called (but
        // `Albanians are the plague of Europe`: the plague itself, when no name follows).
        let multitude = self.is(
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
        ) && self.at(j + 1) == "of";
        let named_after = || (j + 2..j + 5).any(|k| names.iter().any(|&names| self.is(k, names)));
        if multitude && (!self.is(j, &DEHUMANISING_EN) || named_after()) {
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
        let sharp = |k: usize| {
            self.is(k, &DEROGATORY_ADJECTIVES)
                || self.is(
                    k,
                    &[
                        "filthy",
                        "dirty",
                        "disgusting",
                        "bloody",
                        "vile",
                        "inferior",
                    ],
                )
        };
        // (`Chinese people eat bats and then lecture us on the environment, vile race`: the
        // group called a race with scorn.)
        let race = self.at(noun) == "race" && noun >= 1 && sharp(noun - 1);
        if noun <= end_of_group + 1
            || !race
                && !self.called(
                    noun,
                    1,
                    [&DEHUMANISING_EN, &DEHUMANISING_RU, &DEHUMANISING_TR],
                )
        {
            return None;
        }
        let start = (noun.saturating_sub(2)..noun)
            .find(|&k| self.phrase_ends_before(k) && (k..noun).all(sharp))?;
        (start > end_of_group && start < noun).then_some(noun + 1)
    }

    /// The length of `I've met`, `we have ever known` at `k`, after a group: the writer's own
    /// acquaintance with it, made a verdict on all of it; or of `in that mosque`, where the
    /// writer sees it (0 when there is none).
    fn met_of_them(&self, k: usize) -> usize {
        // (`Muslim women in veils are ...`: what the writer sees them in.)
        if self.at(k) == "in" && self.is(k + 1, &["veils", "burqas", "burkas", "niqabs", "hijabs"])
        {
            return 2;
        }
        // (`every Muslim in that mosque is a ...`: where the writer sees them.)
        if self.at(k) == "in" && self.is(k + 1, &["that", "this", "the", "our", "my"]) {
            let places = [
                "mosque",
                "mosques",
                "church",
                "synagogue",
                "temple",
                "town",
                "city",
                "street",
                "building",
                "estate",
                "camp",
                "neighbourhood",
                "neighborhood",
            ];
            return if self.is(k + 2, &places) { 3 } else { 0 };
        }
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

    /// What is said of a group named at `i..end`, in English and then in Russian and Turkish
    /// (`мигрантам здесь не место`, `X ülkelerine dönsün`): told it does not belong, blamed
    /// as a hidden hand, likened to vermin, or disparaged.
    fn excluded_or_blamed(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        self.excluded(i, end)
            .or_else(|| self.blamed(i, end))
            .or_else(|| self.disloyal(i, end))
            .or_else(|| self.likened_to_vermin(i, end))
            .or_else(|| self.disparaged(i, end))
            .or_else(|| self.excluded_ru_tr(i, end))
    }

    /// The word after the copula that follows a group's name at `end` (`X are [a burden]`), or
    /// `end` when there is none.
    fn past_copula(&self, end: usize) -> usize {
        end + usize::from(self.is(end, &["are", "is", "were", "be"]))
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
