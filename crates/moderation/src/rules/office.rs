//! Criticism of those in office: the words of political criticism (`liar`, `crooks`,
//! `incompetent fool`, `cowards and hypocrites`) said of a government, a minister, a parliament
//! or politicians, which a news site's readers may say. The classifier learnt those words from
//! comments that aimed them at other people, and held or refused "the mayor is an incompetent
//! fool" as it holds "you are an incompetent fool"; the policy has it read such a clause
//! without them, as it reads a text without the F word. Only the listed words of criticism are
//! left unread: slurs, obscenities and threats said of a politician are read as anywhere else
//! ("the mayor is a retarded whore" is held), and the same words said to a reader or of a
//! private person are read ("you are a liar and a fraud").

use std::ops::Range;

use super::clauses::{Clause, Lexicon, Reading};

/// Offices, institutions and those who hold them, in the three languages (Russian and Turkish
/// as normalization leaves them).
pub(super) static OFFICE: Lexicon = Lexicon::new(
    "government governments minister ministers president parliament senate senator senators \
     mp mps mayor council councillors councilors politician politicians party parties \
     opposition leader leaders officials regime cabinet chancellor congress congressman \
     congressmen governor administration establishment ministry secretary premier bureaucrats \
     authorities junta kremlin dictator candidate candidates nominee \
     правительство министр министры депутаты депутат президент власть власти чиновники \
     чиновник дума мэр губернатор партия режим кремль \
     hukumet bakan bakanlar milletvekilleri milletvekili cumhurbaskani baskani iktidar \
     muhalefet siyasetciler parti rejim",
);

/// The words of political criticism, which are left unread when they are said of an office.
static CRITICISM: Lexicon = Lexicon::new(
    "liar liars lying fraud frauds crook crooks crooked thief thieves thieving corrupt \
     incompetent incompetents inept fool fools foolish idiot idiots idiotic clown clowns \
     circus coward cowards cowardly hypocrite hypocrites hypocritical disgrace disgraceful \
     traitor traitors treacherous puppet puppets criminal criminals gang pathetic useless \
     moron morons moronic stupid dumb dishonest spineless weak joke clueless dangerous greedy \
     parasites shameful rotten lazy failures losers bunch excuse \
     воры вор воров лжец лжецы трус трусы клоуны клоун бездарные бездарь бездельники \
     сборище позор идиоты идиот дураки дурак предатели предатель марионетки марионетка \
     yalanci hirsiz hirsizlar beceriksiz korkak palyaco rezalet hain hainler kukla aciz",
);

/// How far into its clause an office may stand and still be what the clause is about (`the
/// health minister is ...`, `these senators are ...`).
const SUBJECT_REACH: usize = 4;

impl Clause<'_> {
    /// The words of criticism in a clause about an office, as ((), word, word + 1). A clause
    /// that also speaks to someone (`you and the mayor are idiots`) is read whole.
    fn criticism(&self, out: &mut Vec<((), usize, usize)>) {
        let aside = self.aside();
        if (aside..self.len()).any(|i| self.is(i, &SECOND_PERSON)) {
            return;
        }
        let subject =
            (aside..(aside + SUBJECT_REACH).min(self.len())).find(|&i| self.is(i, &OFFICE));
        // `what a pathetic excuse for a government`: the office ends the clause.
        let last = self.len().saturating_sub(1);
        let object = self.is(last, &OFFICE)
            && (last.saturating_sub(3)..last).any(|i| self.is(i, &["for", "of"]));
        let words = match (subject, object) {
            (Some(office), _) => office + 1..self.len(),
            (None, true) => 0..last,
            (None, false) => return,
        };
        // (`these politicians are liars, every last one of them`: the criticism said of them
        // all, unread with it.)
        let all_of_them = words.clone().find_map(|i| {
            [
                &["every", "last", "one", "of", "them"][..],
                &["every", "one", "of", "them"],
            ]
            .iter()
            .find(|all| self.seq(i, all))
            .map(|all| i..i + all.len())
        });
        out.extend(
            words
                .filter(|&i| self.is(i, &CRITICISM))
                .chain(all_of_them.into_iter().flatten())
                .map(|i| ((), i, i + 1)),
        );
    }
}

impl Clause<'_> {
    /// The length of an aside that opens the clause and only asks the reader to agree with
    /// the criticism after it (`you have to admit the minister is a liar`, `you know the
    /// mayor is a crook`), or 0.
    fn aside(&self) -> usize {
        let asides: [&[&str]; 5] = [
            &["you", "have", "to", "admit"],
            &["you", "must", "admit"],
            &["you", "know"],
            &["you", "could", "say"],
            &["you", "might", "say"],
        ];
        asides
            .iter()
            .find(|a| self.seq(0, a))
            .map_or(0, |a| a.len())
    }
}

/// The reader spoken to.
static SECOND_PERSON: Lexicon = Lexicon::new(
    "you your yourself yourselves ты тебя тебе вы вас вам sen seni sana siz sizi size",
);

/// The words of political criticism said of an office (normalized chars), which the policy
/// has the classifier leave unread.
pub(crate) fn criticism_in(reading: &Reading) -> Vec<Range<usize>> {
    reading.unread(OFFICE.vocabulary(), |clause, found| clause.criticism(found))
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, criticism_in)
    }

    #[test]
    fn criticism_of_an_office_is_found() {
        assert_eq!(
            unread("The mayor is an incompetent fool."),
            ["incompetent", "fool"]
        );
        assert_eq!(
            unread("The health minister is a dangerous moron"),
            ["dangerous", "moron"]
        );
        assert_eq!(
            unread("What a pathetic excuse for a government"),
            ["pathetic", "excuse"]
        );
        assert_eq!(unread("Министр — трус и лжец."), ["трус", "лжец"]);
        assert_eq!(
            unread("You have to admit the minister is a gifted liar."),
            ["liar"]
        );
        assert_eq!(unread("Bakan korkak bir yalancı."), ["korkak", "yalancı"]);
        assert_eq!(
            unread("The candidate is dumb as a rock on economics, but honest."),
            ["dumb"]
        );
        assert_eq!(
            unread("These politicians are liars, every last one of them."),
            ["liars", "every", "last", "one", "of", "them"]
        );
    }

    #[test]
    fn the_same_words_about_people_and_other_words_about_an_office_are_read() {
        assert!(unread("You are a liar and a fraud.").is_empty());
        assert!(unread("The author is a clueless idiot.").is_empty());
        assert!(unread("The mayor is a retarded whore.").is_empty());
        assert!(unread("My neighbour says the mayor is fine. You are an idiot.").is_empty());
        assert!(unread("You and the mayor are idiots.").is_empty());
        assert!(unread("You know you are a liar, like the mayor.").is_empty());
        assert!(unread("You are a liar, just like the president.").is_empty());
    }
}
