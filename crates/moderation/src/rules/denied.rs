//! Names denied. Readers take insults back as often as they throw them: `the people who voted
//! for it are not idiots`, `nobody here is stupid`, `I never said you were a moron`, and say
//! how others are treated with the same words (`politicians who treat voters like idiots`). The
//! classifier learnt those words from insults and refused every such sentence (`Voters are
//! not idiots`: abusive 1.00). A name denied of someone insults nobody: it is left unread by
//! the classifier, as a name the writer calls themselves is. Read as before:
//! - a denial that says who is one (`I am not the idiot here`) or that the writer is not
//!   (`I'm not stupid, you are`: the writer's denial points at someone else);
//! - one that is only partial (`you are not just stupid but dishonest`, `not only a fool`);
//! - one that marks out those who are (`anyone who isn't an idiot can see it`, `if you are not
//!   a moron, read it again`);
//! - what comes after it (`you're not an idiot, you're a moron`: the second clause is read).
//!
//! A name whose calling the writer condemns is denied too: `calling them parasites is
//! disgusting`, `называть их паразитами — это мерзко`, `onlara parazit demek iğrenç` (the
//! counter-speech the house rules must leave alone); not `calling them parasites is fair`.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary};
use super::hate::{DEHUMANISING_EN, DEHUMANISING_RU, DEHUMANISING_TR};
use super::oneself::NAMES;

/// The names readers call one another, in the plural (their singulars are [`NAMES`]).
static PLURALS: Lexicon = Lexicon::new(
    "idiots morons fools dummies dumbasses dunces clowns muppets numpties prats plonkers twits \
     nitwits halfwits dimwits cretins imbeciles losers jerks",
);

/// Every name: what a clause must hold to be read.
static ANY_NAME: LazyLock<Vocabulary> =
    LazyLock::new(|| NAMES.iter().chain(PLURALS.iter()).collect());

/// Every name whose calling may be condemned: the names, and what groups are called to deny
/// they are human (`parasites`, `паразиты`, `parazit`).
static CONDEMNABLE: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[
        &DEHUMANISING_EN,
        &DEHUMANISING_RU,
        &DEHUMANISING_TR,
        &NAMES,
        &PLURALS,
        &CALLED_AS_RU,
    ])
    .collect()
});

/// What Russian calls someone in the instrumental case (`называть их паразитами`).
static CALLED_AS_RU: Lexicon = Lexicon::new(
    "паразитами крысами тараканами животными скотами обезьянами свиньями собаками червями \
     нелюдями недочеловеками мразями тварями отбросами идиотами дебилами",
);

/// Calling as an act, the subject of a sentence that condemns it: `calling them ...`,
/// `называть их ...`; Turkish says it after the name (`... parazit demek`).
static CALLING_ACT: Lexicon =
    Lexicon::new("calling saying называть назвать называя говорить demek demesi");

/// What the writer says of such calling.
static CONDEMNED: Lexicon = Lexicon::new(
    "disgusting vile wrong unacceptable shameful despicable dehumanising dehumanizing racist \
     hateful disgraceful мерзко отвратительно недопустимо позорно стыдно подло мерзость \
     позор igrenc utanc ayip rezalet",
);

/// A verb that says what someone is: `they are not idiots`.
static COPULA: Lexicon = Lexicon::new("is are was were");

/// What may stand between the denial and the name: `not an idiot`, `not remotely stupid`,
/// `never such fools`.
static DEGREE: Lexicon =
    Lexicon::new("a an so such that all at remotely particularly especially really stupid");

/// Verbs of calling someone a name, denied: `I never said you were stupid`, `I'm not calling
/// you an idiot`.
static CALLING: Lexicon = Lexicon::new(
    "said say saying says call called calling calls implied implying suggest suggested \
     suggesting think thought",
);

/// Whom a name is said of, after a verb of calling: `I never said you were stupid`.
static CALLED: Lexicon = Lexicon::new("you him her them anyone anybody someone people us everyone");

/// Verbs of treating someone as something: `treat voters like idiots`.
static TREAT: Lexicon = Lexicon::new("treat treats treated treating");

/// Whom a denial is said to: `nobody here is an idiot`, `none of you are morons`.
static NOBODY: Lexicon = Lexicon::new("nobody noone none");

/// Words that make a denial mark out those who are one: `if you are not a moron`, `only a
/// fool would not ...` (and `who` before its copula: `anyone who isn't an idiot`, not `the
/// people who voted for it are not idiots`).
static MARKING_OUT: Lexicon = Lexicon::new("if unless whoever only");

impl Clause<'_> {
    /// The names denied in this clause, as ((), word, word + 1).
    fn denied_names(&self, out: &mut Vec<((), usize, usize)>) {
        let name = |j: usize| self.is(j, &*ANY_NAME);
        let mut k = 0;
        while k < self.len() {
            if !name(k) {
                k += 1;
                continue;
            }
            // The run of names and degree words the name closes: `such a stupid idiot`.
            let mut start = k;
            while start > 0 && (name(start - 1) || self.is(start - 1, &DEGREE)) {
                start -= 1;
            }
            let mut end = k + 1;
            while name(end) {
                end += 1;
            }
            if !self.any_in(0..start, &MARKING_OUT) && self.denies(start) {
                out.extend((start..end).filter(|&w| name(w)).map(|w| ((), w, w + 1)));
            }
            k = end;
        }
    }

    /// Whether the run of names starting at `start` is denied of someone.
    fn denies(&self, start: usize) -> bool {
        let Some(before) = start.checked_sub(1) else {
            return false;
        };
        // `they are not idiots`, `voters were never stupid`: not `I am not stupid, you are`.
        let denied = self.is(before, &["not", "never"])
            && before >= 1
            && self.is(before - 1, &COPULA)
            && !(before >= 2 && self.is(before - 2, &["i", "we", "who"]));
        // `nobody here is an idiot`, `none of you are stupid`.
        let nobody = self.is(before, &COPULA)
            && (before.saturating_sub(4)..before).any(|j| {
                self.is(j, &NOBODY) || self.seq(j, &["no", "one"]) || self.seq(j, &["not", "one"])
            });
        // `I never said you were stupid`, `I'm not calling you an idiot`: the verb, whom it
        // names, and at most a copula before the name (not `don't say your ass did`).
        let not_called = (1..4).any(|gap| {
            let Some(person) = start.checked_sub(gap) else {
                return false;
            };
            person >= 2
                && self.is(person, &CALLED)
                && self.is(person - 1, &CALLING)
                && self.is(person - 2, &["not", "never"])
                && (person + 1..start).all(|j| self.is(j, &COPULA))
        });
        // `politicians who treat voters like idiots`: how someone is treated, not what anyone
        // is called (`stop treating me like an idiot, you moron`: `moron` is read).
        let treated = self.is(before, &["like", "as"])
            && (before.saturating_sub(4)..before).any(|j| self.is(j, &TREAT));
        // Only [`DEGREE`] words stand between a denial and the name, so a partial one (`not
        // just stupid`) or one that says who is (`not the idiot here`) is no denial.
        denied || nobody || not_called || treated
    }
}

impl Clause<'_> {
    /// The names whose calling this clause condemns, as ((), word, word + 1): the act opens
    /// the clause (or, in Turkish, follows the name), and a word of condemnation follows the
    /// name.
    fn condemned_names(&self, out: &mut Vec<((), usize, usize)>) {
        for k in 0..self.len() {
            if !self.is(k, &*CONDEMNABLE) {
                continue;
            }
            let act = self.is(0, &CALLING_ACT) && k <= 4 || self.is(k + 1, &["demek", "demesi"]);
            if act && self.any_in(k + 1..self.len(), &CONDEMNED) {
                out.push(((), k, k + 1));
            }
        }
    }
}

/// The names denied of someone, or whose calling is condemned (normalized chars), which the
/// policy has the classifier leave unread.
pub(crate) fn denied_names_in(reading: &Reading) -> Vec<Range<usize>> {
    // One reading for both: every name is condemnable.
    reading.unread(&CONDEMNABLE, |clause, found| {
        clause.denied_names(found);
        clause.condemned_names(found);
    })
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, denied_names_in)
    }

    #[test]
    fn names_denied_of_someone_are_found() {
        for (text, words) in [
            (
                "The people who voted for it are not idiots.",
                &["idiots"][..],
            ),
            ("They are not stupid.", &["stupid"]),
            ("Voters aren't morons.", &["morons"]),
            ("You're not an idiot, you just disagree.", &["idiot"]),
            ("Nobody here is an idiot.", &["idiot"]),
            ("None of you are stupid.", &["stupid"]),
            ("I never said you were stupid.", &["stupid"]),
            ("I'm not calling you an idiot.", &["idiot"]),
            ("I didn't call anyone a fool.", &["fool"]),
            (
                "My neighbours weren't fools, they read other papers.",
                &["fools"],
            ),
            // The second clause is read.
            ("You're not an idiot, you're a moron.", &["idiot"]),
            (
                "I'm sick of politicians who treat voters like idiots.",
                &["idiots"],
            ),
            ("Stop treating me like an idiot, you moron.", &["idiot"]),
        ] {
            assert_eq!(unread(text), words, "{text}");
        }
    }

    #[test]
    fn names_not_denied_are_read() {
        for text in [
            "You are an idiot.",
            "I am not the idiot here.",
            "I'm not stupid, you are.",
            "You are not just stupid but dishonest.",
            "Anyone who isn't an idiot can see it.",
            "If you are not a moron, read it again.",
            "Don't be an idiot.",
            "Aren't you an idiot?",
            "Only a fool would not see it.",
            "Who did? And don't say your ass did.",
            "I don't think I can feel my ass!",
            "Calling them parasites is fair, they pay no tax.",
            "They are parasites, and calling it out is not racist.",
        ] {
            assert!(unread(text).is_empty(), "{text}: {:?}", unread(text));
        }
    }

    #[test]
    fn names_whose_calling_is_condemned_are_found() {
        for (text, words) in [
            ("Calling them parasites is disgusting.", &["parasites"][..]),
            ("Называть их паразитами — это мерзко.", &["паразитами"]),
            ("Göçmenlere parazit demek iğrenç.", &["parazit"]),
            (
                "Calling refugees vermin is how genocide starts, and it is vile.",
                &["vermin"],
            ),
        ] {
            assert_eq!(unread(text), words, "{text}");
        }
    }
}
