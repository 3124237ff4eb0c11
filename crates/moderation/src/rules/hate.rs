//! Attacks on a group of people for who they are, read from how a clause is built: a group
//! named (`data/identities.txt`: women, Muslims, Kurds, refugees... in English, Russian and
//! Turkish) and said to be vermin, a disease or not human (**dehumanisation**: `refugees are
//! cockroaches`, `мигранты — тараканы`, `göçmenler birer parazit`, `X are not human`), or
//! hated by the writer (**contempt**: `I hate Muslims`, `ненавижу евреев`, `Kürtlerden nefret
//! ediyorum`), or said to be criminal or lesser by nature (**stereotype**: `Black people are
//! criminals`, `Mexicans are lazy`, `цыгане — воры`, `Kürtler hain`).
//!
//! The same words said of anything else are not attacks (`rats are everywhere in the subway`,
//! `politicians are parasites`, `the strikers were lazy`: criticism of people for what they
//! do is the classifier's to judge), nor are they when negated (`migrants are not vermin`,
//! `I don't hate Jews`, `immigrants are less likely to be criminals`), quoted, reported or
//! believed by others (`calling refugees cockroaches is how genocides start`, `the myth that
//! refugees are criminals`; in Turkish the report follows: `Suriyelilere hayvan diyenler
//! utansın`).

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary, IDENTITIES};
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
}

/// What a group is called to deny it is human.
static DEHUMANISING_EN: Lexicon = Lexicon::new(
    "vermin rats rat cockroaches roaches parasites parasite animals beasts apes monkeys pigs \
     dogs insects maggots leeches lice locusts savages subhuman subhumans untermenschen \
     disease cancer plague virus infestation pestilence filth scum trash garbage freaks",
);

/// The same in Russian, as normalization leaves it (`ё` as `е`).
static DEHUMANISING_RU: Lexicon = Lexicon::new(
    "тараканы крысы паразиты паразит животные звери скоты скот обезьяны свиньи собаки черви \
     вши нелюди недочеловеки болезнь рак чума зараза мразь мрази твари отбросы мусор саранча",
);

/// The same in Turkish, its letters folded to Latin (`haşere` is `hasere`).
static DEHUMANISING_TR: Lexicon = Lexicon::new(
    "hayvan hayvanlar parazit parazitler asalak asalaklar hasere haseret fare fareler bocek \
     bocekler hamamboceki hamambocekleri domuz domuzlar kopek kopekler mikrop virus kanser \
     veba pislik cop",
);

/// What a group is called to say it is criminal, depraved or lesser by nature.
static STEREOTYPE_EN: Lexicon = Lexicon::new(
    "criminals thieves rapists terrorists murderers killers thugs barbarians barbaric \
     primitive inferior lazy greedy stupid dumb idiots morons retarded violent perverts \
     perverted degenerates degenerate traitors abomination abominations useless worthless \
     evil backward uncivilised uncivilized inbred",
);

/// The same in Russian.
static STEREOTYPE_RU: Lexicon = Lexicon::new(
    "воры преступники бандиты террористы насильники убийцы дикари варвары предатели тупые \
     ленивые грязные вонючие извращенцы дегенераты",
);

/// The same in Turkish, folded (`hırsız` is `hirsiz`).
static STEREOTYPE_TR: Lexicon = Lexicon::new(
    "hirsiz hirsizlar hain hainler tecavuzcu tecavuzculer terorist teroristler katil \
     katiller barbar barbarlar aptal aptallar tembel sapik sapiklar",
);

/// Words that take part of a group: `some Kurds`, `a few`, `некоторые`, `bazı`.
static PART_OF: Lexicon = Lexicon::new(
    "some few several many two three four five certain individual некоторые многие иные \
     отдельные bazi birkac",
);

/// Words that sharpen what a group is called: `drunk animals`, `violent criminals`.
static DEROGATORY_ADJECTIVES: Lexicon = Lexicon::new(
    "drunk drunken lazy stupid dumb violent dangerous primitive savage wild rabid greedy \
     worthless useless inbred smelly stinking godless evil",
);

/// Between a group and what it is called: copulas and the words that strengthen them
/// (`are nothing but`, `are basically`, `— это`, `birer`).
static LINKS: Lexicon = Lexicon::new(
    "are is were be just all nothing but basically simply literally really only like a an \
     the total complete filthy dirty disgusting bloody damn fucking это все просто как \
     настоящие birer bir gibi hepsi resmen tam zaten",
);

static PREPOSITIONS: Lexicon =
    Lexicon::new("on of for with to by about from in at against among between like than");

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
];

/// Hatred said by the writer: `I hate`, `ненавижу`, `nefret ediyorum` (after the group).
static HATE: Lexicon = Lexicon::new("hate despise loathe detest ненавижу презираю");

/// Words that make a clause about an attack rather than one, besides the reports every
/// sentence rule knows (`saying`, `called`...): `stop spreading the lie that`, `nobody should
/// say that`, `the stereotype that`.
static ABOUT: Lexicon = Lexicon::new(
    "say says lie lies myth myths call calls stereotype stereotypes trope tropes prejudice \
     notion idea seem seems portray portrays portraying depict depicts depicting",
);

/// Beliefs that are someone else's unless the writer holds them: `people who think Roma
/// are thieves are wrong`, but `I think Roma are thieves`.
static BELIEF: Lexicon =
    Lexicon::new("think thinks thought believe believes believed assume assumes claim claims");

/// Turkish reports follow what they report: `... diyenler utansın` ("those who say ...").
static TR_REPORT_AFTER: Lexicon =
    Lexicon::new("diyen diyenler demek diyerek dedi dediler diye diyor diyorlar diyenlere");

/// The words every attack [`Clause::attack_at`] reads has one of.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    [
        &DEHUMANISING_EN,
        &DEHUMANISING_RU,
        &DEHUMANISING_TR,
        &STEREOTYPE_EN,
        &STEREOTYPE_RU,
        &STEREOTYPE_TR,
        &HATE,
    ]
    .into_iter()
    .flat_map(Lexicon::iter)
    .chain(["human", "humans", "люди", "человек", "insan", "nefret"])
    .collect()
});

impl Clause<'_> {
    fn is_group(&self, i: usize) -> bool {
        self.is(i, &*IDENTITIES)
    }

    /// The end of a group named at `i` (`Muslims`, `gay people`, `those immigrants`), if one is.
    fn group(&self, i: usize) -> Option<usize> {
        let start = i + usize::from(self.is(i, &["those", "these", "the", "all", "most"]));
        let mut j = start;
        // `Black people`, `Asian men`.
        while self.is_group(j) {
            j += 1;
        }
        if j == start {
            return None;
        }
        Some(j + usize::from(self.is(j, &["people", "folk", "men", "women"])))
    }

    /// The attacks of this clause: (kind, first token, end token).
    fn attacks(&self, out: &mut Vec<(HateKind, usize, usize)>) {
        for i in 0..self.len() {
            if let Some(found) = self.attack_at(i) {
                let about = self.reported(found.1)
                    || self.any_in(0..found.1, &ABOUT)
                    || self.believed_by_others(found.1)
                    || self.any_in(found.2..found.2 + 3, &TR_REPORT_AFTER);
                if !about {
                    out.push(found);
                }
            }
        }
    }

    /// Whether a belief not the writer's comes before word `i`: `people who think ...`,
    /// not `I think ...`.
    fn believed_by_others(&self, i: usize) -> bool {
        (0..i).any(|k| self.is(k, &BELIEF) && !(k > 0 && self.is(k - 1, &["i", "we"])))
    }

    fn attack_at(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Dehumanisation, Stereotype};
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
            None => return None,
        };
        // `Kürtlerden nefret ediyorum`: the group before the verb.
        if self.seq(end_of_group, &["nefret", "ediyorum"])
            || self.seq(end_of_group, &["nefret", "ediyoruz"])
        {
            return Some((Contempt, i, end_of_group + 2));
        }
        let mut j = end_of_group;
        let mut links = 0;
        while self.is(j, &LINKS) && links < 4 {
            j += 1;
            links += 1;
        }
        if let Some(phrase) = NOT_HUMAN.iter().find(|p| self.seq(j, p)) {
            return Some((Dehumanisation, i, j + phrase.len()));
        }
        // Not `X are not vermin`, `X hayvan değil`.
        if self.is(j + 1, &["degil", "degiller"]) {
            return None;
        }
        // `drunk animals`, `violent criminals`.
        let mut k = j;
        while self.is(k, &DEROGATORY_ADJECTIVES) && k < j + 2 {
            k += 1;
        }
        let noun = if k > j && self.is(k, &*CUES) { k } else { j };
        if self.called(
            noun,
            links,
            [&DEHUMANISING_EN, &DEHUMANISING_RU, &DEHUMANISING_TR],
        ) {
            return Some((Dehumanisation, i, noun + 1));
        }
        // What is said of some of a group is not said of the group: `some Australians are
        // idiots`.
        let some = i > 0 && self.is(i - 1, &PART_OF);
        let called = self.called(
            noun,
            links,
            [&STEREOTYPE_EN, &STEREOTYPE_RU, &STEREOTYPE_TR],
        );
        (called && !some).then_some((Stereotype, i, noun + 1))
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
            // word ends the clause, or a link word stands before or after it.
            links > 0 || j + 1 == self.len() || self.is(j + 1, &LINKS)
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
    reading.find(&CUES, |clause, found| clause.attacks(found))
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
        assert!(!is_attack("Stop spreading the lie that Roma are animals."));
        assert!(!is_attack(
            "Говорить, что цыгане — животные, отвратительно."
        ));
        assert!(!is_attack("Suriyelilere hayvan diyenler utansın."));
        assert!(!is_attack("Muslims are our neighbours and friends."));
        assert!(!is_attack("Chest tattoos on females are trash."));
        assert!(!is_attack("Kadın hayvan hakları için yürüdük."));
    }
}
