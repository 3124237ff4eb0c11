//! Names that are also rude words. The classifier reads words in lower case, so `Dick Cheney`,
//! `Moby Dick`, `Philip K. Dick`, `Pussy Riot` and `Emily Dickinson` were refused or held as
//! obscene and abusive: on a news site, a vice president, a novel and a band. What tells them
//! apart is how they are written, which the classifier never sees:
//! - a rude word written `Like This` beside another capitalised word that is a name's
//!   (`Dick Cheney`, `Cock Robin`, `Tom Butt`, `Mr. Dick`, `K. Dick`) is a name;
//! - but not beside a word that makes it the word (`You Dick`, `Big Dick Energy`, `Dick
//!   Head`, `Suck My Dick`), and not when nothing else is written that way.
//!
//! A few surnames, places and a mushroom's common misspelling hold a rude word's letters and are never it (`Dickinson`,
//! `Scunthorpe`). Both are left unread by the classifier, as the F word is.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{ends_phrase, Lexicon, Reading, Vocabulary};
use super::title_case;

/// Rude words that are also given names, surnames or parts of names.
static NAME_WORDS: Lexicon = Lexicon::new("dick pussy cock butt dyke");

/// Names (and a mushroom) that hold a rude word's letters and are never it, however written.
static NEVER_RUDE: Lexicon = Lexicon::new(
    "dickens dickensian dickinson dickenson dickson dickerson dickey dickie scunthorpe \
     shitake shitakes",
);

/// The words of both lists, looked up once a text.
static CUES: LazyLock<Vocabulary> =
    LazyLock::new(|| NAME_WORDS.iter().chain(NEVER_RUDE.iter()).collect());

/// Words beside which a capitalised rude word is the word itself: persons and determiners
/// (`You Dick`, `My Dick`), size and insult (`Big Dick`, `Stupid Dick`), what is done to it
/// (`Suck Dick`), and the compounds it makes (`Dick Head`, `Dick Move`).
static NOT_A_NAME: Lexicon = Lexicon::new(
    "you your yourself yourselves ur u me my mine his her their our a an the this that what \
     such big bigger biggest little small tiny huge giant massive fat limp hard wet long \
     stupid dumb ugly lil total absolute complete real fucking eat eats suck sucks sucking \
     lick licks licking blow blows ride rides sit kiss grab show flash \
     head heads face faces hole holes wad wads weed bag bags sucker suckers licker lickers \
     move moves pic pics energy joke measuring",
);

/// Titles that stand before a name with a full stop (`Mr. Dick`, `Sen. Dick Durbin`).
static TITLES: Lexicon = Lexicon::new("mr mrs ms dr sen rep gov gen prof st jr");

/// The names (normalized chars) the policy has the classifier leave unread.
pub(crate) fn names_in(reading: &Reading) -> Vec<Range<usize>> {
    if !reading.has_any(&CUES) {
        return Vec::new();
    }
    (0..reading.len())
        .filter(|&i| {
            reading.is(i, &NEVER_RUDE) || reading.is(i, &NAME_WORDS) && is_a_name(reading, i)
        })
        .map(|i| reading.word_chars(i))
        .collect()
}

/// Whether the rude word at `i` is written as part of a name: `Like This`, with a neighbour
/// in the same sentence written so (or an initial, or a title) that is a name's and not the
/// word's, and no neighbour that makes it the word.
fn is_a_name(reading: &Reading, i: usize) -> bool {
    if !title_case(reading.written(i)) {
        return false;
    }
    // `K. Dick`, `Sen. Dick Durbin`: an initial's or a title's full stop.
    let before = i.checked_sub(1).filter(|&k| {
        let gap = reading.gap_before(i);
        let initial = reading.written(k).chars().count() == 1 || reading.is(k, &TITLES);
        !ends_phrase(gap) || initial && gap.trim() == "."
    });
    // `Dick's Sporting Goods`: past the possessive.
    let possessive = reading.word(i + 1) == "s" && !reading.gap_before(i + 1).contains(' ');
    let after = Some(i + 1 + usize::from(possessive))
        .filter(|&k| k < reading.len() && !reading.phrase_ends_before(k));
    let neighbours = || before.into_iter().chain(after);
    !neighbours().any(|k| reading.is(k, &NOT_A_NAME))
        && neighbours()
            .any(|k| starts_with_capital(reading.written(k)) && !reading.is(k, &NAME_WORDS))
}

/// `Cheney`, `K`, `McCain`, `DeSantis`.
fn starts_with_capital(written: &str) -> bool {
    written.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, names_in)
    }

    #[test]
    fn rude_words_written_as_names_are_found() {
        assert_eq!(unread("Dick Cheney lied about Iraq"), ["Dick"]);
        assert_eq!(
            unread("Dick Van Dyke starred in Mary Poppins"),
            ["Dick", "Dyke"]
        );
        assert_eq!(unread("Herman Melville wrote Moby Dick."), ["Dick"]);
        assert_eq!(unread("Philip K. Dick wrote great novels"), ["Dick"]);
        assert_eq!(unread("Sen. Dick Durbin objected"), ["Dick"]);
        assert_eq!(unread("Dick's Sporting Goods closed"), ["Dick"]);
        assert_eq!(unread("Pussy Riot protested in Moscow"), ["Pussy"]);
        assert_eq!(unread("Who Killed Cock Robin"), ["Cock"]);
        assert_eq!(unread("Tom Butt spoke"), ["Butt"]);
        assert_eq!(
            unread("Emily Dickinson and Charles Dickens"),
            ["Dickinson", "Dickens"]
        );
    }

    #[test]
    fn the_words_themselves_are_read() {
        for text in [
            "He is a dick",
            "You Dick",
            "what a Dick",
            "Big Dick Energy",
            "Suck My Dick",
            "Dick Head",
            "Stupid Dick Cheney",
            "DICK CHENEY",
            "Dick. Cheney",
            "the pussy cat sat",
            "Dick",
            "Dick Butt",
        ] {
            assert_eq!(unread(text), Vec::<String>::new(), "{text}");
        }
    }
}
