//! Said of oneself. Readers call themselves names all the time (`I'm such an idiot, I left my
//! umbrella on the train`, `call me stupid, but ...`, `silly me`, `what a fool I was`), and the
//! classifier, which learnt those words from insults aimed at others, held or refused every
//! one of them ("I feel so stupid today": abusive 0.996). An insult word said of the writer
//! insults nobody: it is left unread by the classifier, as the words of criticism said of an
//! idea are. Said of anyone else (`you idiot`, `he is stupid`), in a clause that speaks to
//! the reader (`I'm an idiot like you`, `I'm stupid? You are the idiot`, where the second
//! clause is read), or denied (`I am not the idiot here`, which says who is: a denial stands
//! between the writer and the name), it is read as before.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary};

/// What readers call themselves, in English.
pub(super) static NAMES: Lexicon = Lexicon::new(
    "idiot moron fool dummy dumbass dunce clown muppet numpty prat plonker twit nitwit \
     halfwit dimwit cretin imbecile loser klutz ass jerk stupid dumb idiotic moronic silly \
     foolish brainless clueless dense thick naive crazy insane mad pathetic useless hopeless",
);

/// The same in Russian, which needs no copula (`я дурак`, `ну и дура же я`).
static NAMES_RU: Lexicon = Lexicon::new(
    "дурак дура идиот идиотка дебил дебилка тупой тупая тупица глупый глупая балда олух кретин",
);

/// Turkish says it with the name's first-person ending: `aptalım` ("I am stupid"),
/// `salağım`, `gerizekalıyım`, as normalization folds them.
static NAMES_TR: Lexicon =
    Lexicon::new("aptalim salagim gerizekaliyim ahmagim enayiyim malim aptalmisim salakmisim");

/// Harm the writer asks for, of a Monday: `kill me now`, `убейте меня`, `öldürün beni`.
static KILL_ME: Lexicon =
    Lexicon::new("kill shoot убей убейте пристрели пристрелите застрелите oldurun oldur vurun");

/// Every name, in the three languages.
static ANY_NAME: LazyLock<Vocabulary> = LazyLock::new(|| {
    NAMES
        .iter()
        .chain(NAMES_RU.iter())
        .chain(NAMES_TR.iter())
        .collect()
});

/// Every name and every harm asked for oneself: what a clause must hold to be read.
static CUES: LazyLock<Vocabulary> =
    LazyLock::new(|| Lexicon::all_of(&[&NAMES, &NAMES_RU, &NAMES_TR, &KILL_ME]).collect());

/// What may stand between the verb and the name: `I am such a complete idiot`, `I felt like
/// the biggest fool`, `I'm too dumb to do my own taxes`, `ну я и полный дурак`.
static DEGREE: Lexicon = Lexicon::new(
    "so such too a an the biggest total complete absolute utter real right bit of little old \
     really just truly like kind sort and or bloody same и же ну такой такая полный полная \
     круглый круглая просто ben ne cok",
);

/// What may follow a name said of the writer: the end of what it is said of (`I'm such an
/// idiot for ...`, `I was stupid enough to ...`, `what an idiot I am`).
static AFTER_A_NAME: Lexicon = Lexicon::new(
    "to for and but because enough today now sometimes at about with when of like as lol \
     haha so again then i me or too right yesterday here there in on ever alive это что",
);

/// What the writer is, feels or looks like: `I am`, `I felt`, `I must have been`.
static BEING: Lexicon = Lexicon::new(
    "am was feel felt feeling look looked sound sounded be been being seem seemed act acted",
);

/// What may stand between `I` and its verb: `I must have been`, `I really am`.
static AUXILIARY: Lexicon = Lexicon::new(
    "must have ve had will would could might may should really truly do did just so always \
     sometimes often can",
);

/// Words that speak to the reader: a clause holding one is read as it stands.
static TO_THE_READER: Lexicon = Lexicon::new(
    "you your yours yourself ты тебя тебе тобой твой вы вас вам ваш sen seni sana senin",
);

impl Clause<'_> {
    /// The names the writer calls themselves in this clause, and the harm they ask for
    /// themselves, as ((), word, word + 1).
    fn said_of_oneself(&self, out: &mut Vec<((), usize, usize)>) {
        let name = |j: usize| self.is(j, &*ANY_NAME);
        if self.any_in(0..self.len(), &TO_THE_READER) {
            return;
        }
        if let Some(k) = self.kill_me() {
            out.push(((), k, k + 1));
        }
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
            while name(end) || self.is(end, &DEGREE) && name(end + 1) {
                end += 1;
            }
            // A name that describes a noun after it says what that noun is (`I'm a dumb
            // faggot`, `a stupid person`): the noun is read, and so is the name.
            let closes = self.phrase_ends_before(end) || self.is(end, &AFTER_A_NAME);
            // Turkish says who with the name's ending (`aptalım`).
            let turkish = (start..end).any(|w| self.is(w, &NAMES_TR));
            if turkish || closes && self.of_the_writer(start, end) {
                out.extend((start..end).filter(|&w| name(w)).map(|w| ((), w, w + 1)));
            }
            k = end;
        }
    }

    /// The harm word of a clause that asks it for the writer, opening the clause and closing
    /// its phrase: `Kill me now, it's Monday`, `Убейте меня, опять понедельник`, `Öldürün
    /// beni, yine pazartesi`; not `kill me a spider` nor `they'll kill me and my family`.
    fn kill_me(&self) -> Option<usize> {
        let k = usize::from(self.is(0, &["oh", "just", "please", "god", "боже", "господи", "ну"]));
        let me = k + 1;
        let closes = self.phrase_ends_before(me + 1)
            || self.is(
                me + 1,
                &["now", "already", "please", "уже", "пожалуйста", "lutfen"],
            );
        (self.is(k, &KILL_ME) && self.is(me, &["me", "меня", "beni"]) && closes).then_some(k)
    }

    /// Whether the names in `start..end` are said of the writer.
    fn of_the_writer(&self, start: usize, end: usize) -> bool {
        let i_before = |verb: usize| {
            let mut j = verb;
            while j > 0 && j + 2 >= verb && self.is(j - 1, &AUXILIARY) {
                j -= 1;
            }
            j > 0 && self.is(j - 1, &["i"])
        };
        let before = start.checked_sub(1);
        // `I am such an idiot`, `I felt like a fool`, `I must have been stupid`.
        let i_am = before.is_some_and(|v| self.is(v, &BEING) && i_before(v));
        // `am I stupid?`
        let am_i = start >= 2 && self.is(start - 1, &["i"]) && self.is(start - 2, &["am", "was"]);
        // `call me stupid, but ...`.
        let call_me = start >= 2 && self.is(start - 1, &["me"]) && self.is(start - 2, &["call"]);
        // `silly me`, `stupid me`: opening the clause, after an interjection at most.
        let opening = start == 0 || start == 1 && self.is(0, &["oh", "well", "so", "ah", "ugh"]);
        let silly_me = opening && self.is(end, &["me"]) && !self.is(end + 1, &["and"]);
        // `what an idiot I am`, `how stupid of me`, `how stupid I was`; not `he is stupid, I
        // am ...`.
        let exclaimed = start == 0 || self.is(start - 1, &["what", "how", "so"]);
        let i_was = exclaimed
            && (self.is(end, &["i"]) && self.is(end + 1, &BEING)
                || self.seq(end, &["of", "me"]) && !self.is(end + 2, &["to"]));
        // `я дурак`, `дура же я`.
        let russian = self.is(start.wrapping_sub(1), &["я"])
            || self.is(end, &["я"]) && !self.phrase_ends_before(end);
        i_am || am_i || call_me || silly_me || i_was || russian
    }
}

/// The names the writer calls themselves (normalized chars), which the policy has the
/// classifier leave unread.
pub(crate) fn said_of_oneself_in(reading: &Reading) -> Vec<Range<usize>> {
    reading.unread(&CUES, |clause, found| clause.said_of_oneself(found))
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, said_of_oneself_in)
    }

    #[test]
    fn names_the_writer_calls_themselves_are_found() {
        assert_eq!(
            unread("I'm too dumb to do my own taxes, so I pay someone."),
            ["dumb"]
        );
        for (text, words) in [
            (
                "I'm such an idiot, I left my umbrella on the train.",
                &["idiot"][..],
            ),
            (
                "Call me stupid, but I don't get the new rules.",
                &["stupid"],
            ),
            ("I feel so stupid today.", &["stupid"]),
            ("I was an idiot to believe him.", &["idiot"]),
            ("Silly me, I forgot the tickets.", &["Silly"]),
            ("What an idiot I was.", &["idiot"]),
            ("How stupid of me.", &["stupid"]),
            (
                "I must have been a complete moron to vote for them.",
                &["moron"],
            ),
            ("I felt like a stupid fool.", &["stupid", "fool"]),
            ("Am I dumb or does this chart make no sense?", &["dumb"]),
            ("I've been an idiot about this.", &["idiot"]),
            ("Ну я и дурак, забыл ключи.", &["дурак"]),
            ("Dün anahtarları unuttum, ne aptalım.", &["aptalım"]),
            ("I'm the biggest idiot in the street.", &["idiot"]),
            (
                "Otobüste uyuyakaldım, gerizekalıyım resmen.",
                &["gerizekalıyım"],
            ),
            ("Kill me now, it's Monday again.", &["Kill"]),
            ("Убейте меня, опять понедельник.", &["Убейте"]),
            ("Öldürün beni, yine pazartesi.", &["Öldürün"]),
        ] {
            assert_eq!(unread(text), words, "{text}");
        }
    }

    #[test]
    fn names_said_of_anyone_else_are_read() {
        for text in [
            "Kill me a spider, it's in the bath.",
            "They'll kill me and my family.",
            "Kill him, not me.",
            "You idiot.",
            "You are stupid.",
            "He is such an idiot.",
            "I think you are an idiot.",
            "I'm an idiot like you.",
            "I am not the idiot here.",
            "I'm not stupid, you are.",
            "I called him an idiot.",
            "I know a moron when I see one.",
            "Stupid people voted for this.",
            "Ты дурак.",
            "Sen aptalsın.",
            "Stupid me and stupid you.",
            "I am with stupid.",
            "Ну тупой и тупой (я тоже не гений).",
            "I'm a dumb faggot.",
            "This guy is stupid, I am working for the people.",
        ] {
            assert_eq!(unread(text), Vec::<String>::new(), "{text}");
        }
    }
}
