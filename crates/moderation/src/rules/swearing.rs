//! Swearing at nobody. The editor's house rules let readers say "pretty much anything except
//! the F word", and issue #14 names "profanity that insults nobody" among what must be left
//! alone; but the classifier learnt `shit` and `bullshit` from comments that aimed them at
//! people (Jigsaw's annotators marked them obscene wherever they stood), and it refused "Shit
//! happens, let's move on", "Holy shit, what a goal!", "This weather is shit" and "That's a
//! shitty deal for pensioners". Such a word is left unread by the classifier, as the F word
//! and the words of criticism said of an idea are, when it is
//! - an exclamation: a phrase of swearing and exclamation words only (`Shit, I forgot my
//!   keys`, `Oh shit`, `Holy shit`, `Bullshit.`, `Damn it`, `Bloody hell`);
//! - `shit happens`;
//! - what a thing is called (`this weather is shit`, `that's bullshit`, `the service was
//!   crap`), the thing being no person;
//! - said of a thing before it (`a shitty deal`, `goddamn potholes`), the thing being no
//!   person and no group of people;
//! - what a thing does (`this weather sucks`, `the new app really sucks`).
//!
//! Aimed at anyone (`you are full of shit`, `shitty people`, `bloody foreigners`, `my
//! shitty boss`, `he is shit`), it is read as before.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Lexicon, Reading, Vocabulary, WordSet, IDENTITIES};

/// Swear words that say nothing of anyone until aimed at someone.
static SWEARS: Lexicon = Lexicon::new(
    "shit shite shitty crap crappy bullshit damn damned dammit goddamn goddamned hell bloody \
     arse piss bugger sod bollocks",
);

/// Those that are said of a thing before it: `a shitty deal`, `goddamn potholes`.
static BEFORE_A_THING: Lexicon = Lexicon::new("shitty crappy damn damned goddamn goddamned bloody");

/// Those that are what a thing is called: `this weather is shit`.
static WHAT_IT_IS: Lexicon = Lexicon::new("shit shite crap bullshit");

/// Words an exclamation may hold beside its swearing: `oh shit`, `holy shit`, `damn it`,
/// `what the hell`, `hell yeah`, `no shit`.
static EXCLAIMING: Lexicon =
    Lexicon::new("oh ohh ah aw ugh well holy what the it yeah yes no and so");

/// Persons by pronoun: `you`, `my`, `everyone`.
static PRONOUNS: Lexicon = Lexicon::new(
    "you your yourself u ur ya i me my we us our he him his she her they them their who \
     everyone everybody anyone anybody someone somebody nobody",
);

/// Persons by noun, who are not things: kin, roles.
static PERSONS: Lexicon = Lexicon::new(
    "people person persons guy guys man men woman women boy boys girl girls kid kids child \
     children mother mom mum father dad wife husband son daughter brother sister family friend \
     friends neighbour neighbor boss author writer reporter journalist editor columnist fan fans \
     voter voters player players referee ref coach manager teacher doctor cop cops officer authors \
     writers reporters journalists editors columnists politicians politician ministers minister \
     mayor",
);

/// What may stand before a thing that is its clause's subject: `this weather`, `the whole
/// thing`, `today's game`.
static LEAD: Lexicon = Lexicon::new(
    "the this that these those it its whole entire new latest today tonight s all everything",
);

/// Copulas: `is`, `was`, `that's`.
static COPULA: Lexicon =
    Lexicon::new("is was are were been s looks looked sounds seems tastes smells");

/// Prepositions, after which a subject's words are not its head: `the wifi on this train`,
/// `the author of this article`.
static PREPOSITIONS: Lexicon = Lexicon::new("of on in at for from with about by");

/// What may stand between a copula and what a thing is called: `is absolute shit`, `is a load
/// of crap`, `is pure bullshit`.
static DEGREE: Lexicon = Lexicon::new(
    "just absolute absolutely total totally complete completely utter utterly pure so such a \
     an load of bit real really all",
);

/// What a thing does when it is no good: `this weather sucks`.
static SUCKS: Lexicon = Lexicon::new("sucks sucked suck");

/// What may stand between a thing and what it does: `the app really sucks`.
static ADVERBS: Lexicon = Lexicon::new(
    "really totally just so kinda still always truly absolutely seriously royally also too \
     sort of kind",
);

/// What may follow `sucks` said with no object: `sucks at it`, `sucks so much`.
static AFTER_SUCKS: Lexicon = Lexicon::new(
    "at because so and but now again too today big as when if for compared though anyway \
     lol tbh ass that",
);

/// Every swear word, looked up once a text.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| SWEARS.iter().chain(SUCKS.iter()).collect());

/// The swear words said at nobody (normalized chars), which the policy has the classifier
/// leave unread.
pub(crate) fn at_nobody_in(reading: &Reading) -> Vec<Range<usize>> {
    if !reading.has_any(&CUES) {
        return Vec::new();
    }
    reading
        .phrases()
        .flat_map(|words| Phrase { reading, words }.at_nobody())
        .map(|i| reading.word_chars(i))
        .collect()
}

/// The words of one phrase: between commas, sentence punctuation and line breaks.
struct Phrase<'r, 'a> {
    reading: &'r Reading<'a>,
    words: Range<usize>,
}

impl<'r, 'a> Phrase<'r, 'a> {
    fn is(&self, i: usize, set: &(impl WordSet + ?Sized)) -> bool {
        self.words.contains(&i) && self.reading.is(i, set)
    }

    fn person(&self, i: usize) -> bool {
        self.is(i, &PRONOUNS) || self.is(i, &PERSONS) || self.is(i, &*IDENTITIES)
    }

    /// The swear words of this phrase said at nobody.
    fn at_nobody(self) -> impl Iterator<Item = usize> + use<'r, 'a> {
        let words = self.words.clone();
        let exclamation = words
            .clone()
            .all(|i| self.is(i, &SWEARS) || self.is(i, &EXCLAIMING) || self.is(i, &DEGREE));
        words.filter(move |&i| {
            self.is(i, &SWEARS)
                && (exclamation
                    || self.exclaimed_about_a_thing(i)
                    || self.happens(i)
                    || self.what_a_thing_is(i)
                    || self.before_a_thing(i))
                || self.a_thing_sucks(i)
                || self.asked_what_the_hell(i)
                || self.suck_it_up(i)
        })
    }

    /// `what the hell is going on?`, `how the hell did that pass?`: a question made louder,
    /// at nobody (not `what the hell is wrong with you`, nor `who the hell ...`).
    fn asked_what_the_hell(&self, i: usize) -> bool {
        self.is(i, &["hell", "heck"])
            && i >= self.words.start + 2
            && self.reading.word(i - 1) == "the"
            && self.is(i - 2, &["what", "where", "how", "why", "when"])
            && !(i + 1..self.words.end).any(|k| self.person(k))
    }

    /// `suck it up`: endure it; `suck it and see`: try it and find out.
    fn suck_it_up(&self, i: usize) -> bool {
        let up = self.words.contains(&(i + 2)) && self.reading.word(i + 2) == "up";
        let see = self.words.contains(&(i + 3))
            && self.reading.word(i + 2) == "and"
            && self.reading.word(i + 3) == "see";
        self.is(i, &SUCKS) && self.reading.word(i + 1) == "it" && (up || see)
    }

    /// `what a load of crap from the council`: an exclamation, then what it is about, a
    /// thing (not `what a load of crap from you`).
    fn exclaimed_about_a_thing(&self, i: usize) -> bool {
        let about = i + 1;
        (self.words.start..=i)
            .all(|k| self.is(k, &SWEARS) || self.is(k, &EXCLAIMING) || self.is(k, &DEGREE))
            && self.is(about, &["from", "about", "on", "in", "at", "by"])
            && about + 1 < self.words.end
            && self.a_thing(about + 1..self.words.end)
    }

    /// `shit happens`.
    fn happens(&self, i: usize) -> bool {
        self.reading.word(i) == "shit"
            && self.words.contains(&(i + 1))
            && matches!(self.reading.word(i + 1), "happens" | "happened" | "happen")
    }

    /// `this weather is shit`, `that's bullshit`: what the phrase's subject, a thing, is
    /// called after its copula.
    fn what_a_thing_is(&self, i: usize) -> bool {
        if !self.is(i, &WHAT_IT_IS) {
            return false;
        }
        let mut k = i;
        while k > self.words.start && self.is(k - 1, &DEGREE) {
            k -= 1;
        }
        if k == self.words.start || !self.is(k - 1, &COPULA) {
            return false;
        }
        self.a_thing(self.words.start..k - 1)
    }

    /// `this weather sucks`, `the service really sucked`: what the phrase's subject, a thing,
    /// is said to do.
    fn a_thing_sucks(&self, i: usize) -> bool {
        if !self.is(i, &SUCKS) {
            return false;
        }
        // Said with no object (`sucks.`, `sucks at ...`, `sucks because ...`): `sucks cocks`,
        // `sucks the life out of` are other verbs.
        let next = i + 1;
        if self.words.contains(&next) && !self.is(next, &AFTER_SUCKS) {
            return false;
        }
        let mut k = i;
        while k > self.words.start && self.is(k - 1, &ADVERBS) {
            k -= 1;
        }
        self.a_thing(self.words.start..k)
    }

    /// Whether `subject` names a thing: lead words and four others at most, no pronoun among
    /// them, and a head (its last word, or the last before a preposition) that is no person:
    /// `the wifi on this train`, `that referee decision`; not `my neighbour`, `the author of
    /// this article`.
    fn a_thing(&self, subject: Range<usize>) -> bool {
        let others = subject.clone().filter(|&s| !self.is(s, &LEAD)).count();
        let Some(head) = subject
            .clone()
            .take_while(|&s| !self.is(s, &PREPOSITIONS))
            .last()
        else {
            return false;
        };
        others <= 4 && !self.person(head) && !subject.clone().any(|s| self.is(s, &PRONOUNS))
    }

    /// `a shitty deal`, `goddamn potholes`: said of the thing that follows it, in a phrase
    /// that names no person before it (not `my neighbour is a shitty drunk`).
    fn before_a_thing(&self, i: usize) -> bool {
        let thing = i + 1;
        self.is(i, &BEFORE_A_THING)
            && self.words.contains(&thing)
            && !self.is(thing, &SWEARS)
            && !self.is(thing, &PREPOSITIONS)
            && !self.person(thing)
            && !(self.words.start..i).any(|k| self.person(k))
    }
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, at_nobody_in)
    }

    #[test]
    fn swearing_at_nobody_is_found() {
        for (text, words) in [
            ("Shit, I forgot my keys.", &["Shit"][..]),
            ("Oh shit, the train is late.", &["shit"]),
            ("Holy shit, what a goal!", &["shit"]),
            ("Bullshit. The numbers don't add up.", &["Bullshit"]),
            ("Damn it, they lost again.", &["Damn"]),
            ("Bloody hell, petrol is dear.", &["Bloody", "hell"]),
            ("Shit happens, let's move on.", &["Shit"]),
            ("This weather is shit.", &["shit"]),
            ("That's bullshit, the tax went up.", &["bullshit"]),
            ("The whole thing is a load of crap", &["crap"]),
            ("That's a shitty deal for pensioners.", &["shitty"]),
            ("Goddamn potholes ruined my tyre.", &["Goddamn"]),
            ("The wifi on this train is shit.", &["shit"]),
            ("The whole season has been shit.", &["shit"]),
            ("That referee decision was shit.", &["shit"]),
            ("Pure bullshit, this headline.", &["bullshit"]),
            ("This weather sucks.", &["sucks"]),
            ("The new app really sucks, it logs me out.", &["sucks"]),
            ("These roads suck because of the winter.", &["suck"]),
            ("The bot sucks at spelling and so does the app", &["sucks"]),
            ("What a load of crap from the council.", &["crap"]),
            ("What the hell is going on?", &["hell"]),
            ("How the hell did that pass the council?", &["hell"]),
            ("Suck it up, the season is long.", &["Suck"]),
            ("Suck it and see.", &["Suck"]),
        ] {
            assert_eq!(unread(text), words, "{text}");
        }
    }

    #[test]
    fn swearing_at_someone_is_read() {
        for text in [
            "You are full of shit.",
            "You're shit at this.",
            "He is shit.",
            "Your argument is shit and so are you",
            "Shitty people voted for this.",
            "My shitty boss fired me.",
            "My neighbour is a shitty drunk.",
            "The author of this article is shit.",
            "Bloody foreigners, go home.",
            "The author is a load of crap",
            "What a load of crap from you.",
            "Eat shit",
            "Shit for brains",
            "You shitty little man",
            "Shit on you",
            "Damn you",
            "You shit",
            "You suck.",
            "What the hell is wrong with you?",
            "Who the hell do you think you are?",
            "Crap journalists like this one should retire.",
            "Your mother sucks",
            "This guy sucks",
            "The referee sucked all game",
            "Omicron sucks his cock daily",
            "This article sucks the balls",
        ] {
            assert_eq!(unread(text), Vec::<String>::new(), "{text}");
        }
    }
}
