//! Sets of words the clause reader looks words up in, by hashed keys computed once per word
//! of a text: a [`Vocabulary`] (built at run time), a [`Lexicon`] (a static list, built on
//! first use), [`Tagged`] words (each with bits saying which shapes it belongs to), or a few
//! words inline. Each also reads a word stretched by a reader or a disguise (`kiiiill`) as the
//! word it stretches.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::classifier::{word_hash, MixedHash};

type FastSet<T> = HashSet<T, BuildHasherDefault<MixedHash>>;

/// Words to look up, and the same squeezed (each run of a letter cut to one), for the words of
/// a text stretched by a reader or a disguise (`kiiiill`, read `kiill`, is `kill`).
pub(in crate::rules) struct Vocabulary {
    /// The [`key`]s of the words and of their squeezed forms: a word of a text is looked up
    /// by the keys computed once when the text is read.
    keys: FastSet<u64>,
    filter: KeyFilter,
}

/// A bit for each key (of `2^FILTER_LOG2`, the key's top bits), set for every key of a set:
/// most words of a text are in no vocabulary, and a clear bit says so without a look in it.
struct KeyFilter(Box<[u64; FILTER_WORDS]>);

impl KeyFilter {
    fn of<'k>(keys: impl IntoIterator<Item = &'k u64>) -> KeyFilter {
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        for &k in keys {
            let (word, bit) = filter_bit(k);
            filter[word] |= bit;
        }
        KeyFilter(filter)
    }

    /// Whether the set may hold key `k`: `false` when it surely does not.
    #[inline]
    fn may_hold(&self, k: u64) -> bool {
        let (word, bit) = filter_bit(k);
        self.0[word] & bit != 0
    }
}

/// The size of a [`Vocabulary`]'s filter, `2^14` bits: a vocabulary of 1,000 words (2,000
/// keys at most) sets at most 2,000 of them, so a word outside it finds its bit set at most
/// one time in eight.
const FILTER_LOG2: u32 = 14;
const FILTER_WORDS: usize = 1 << (FILTER_LOG2 - 6);

#[inline]
fn filter_bit(k: u64) -> (usize, u64) {
    let bit = k >> (64 - FILTER_LOG2);
    ((bit / 64) as usize, 1 << (bit % 64))
}

impl FromIterator<&'static str> for Vocabulary {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Vocabulary {
        let keys: FastSet<u64> = words.into_iter().flat_map(keys_of).collect();
        let filter = KeyFilter::of(&keys);
        Vocabulary { keys, filter }
    }
}

/// The keys a vocabulary holds a word by: its own, and its squeezed form's.
fn keys_of(word: &str) -> [u64; 2] {
    [key(word, false), key(&squeeze(word), true)]
}

/// A word's hash, apart for squeezed forms.
pub(super) fn key(word: &str, squeezed: bool) -> u64 {
    word_hash(word.as_bytes()) ^ u64::from(squeezed)
}

/// A word of a text as the vocabularies look it up: its key, and its squeezed form's when it
/// was stretched (`kiiiill`).
#[derive(Clone, Copy, Debug)]
pub(in crate::rules) struct Keys {
    pub(super) exact: u64,
    squeezed: Option<u64>,
}

impl Keys {
    pub(super) fn of(word: &str, stretched: bool) -> Keys {
        Keys {
            exact: key(word, false),
            squeezed: stretched.then(|| key(&squeeze(word), true)),
        }
    }
}

impl Vocabulary {
    /// The word, as written, is in the vocabulary.
    pub(in crate::rules) fn contains(&self, word: &str) -> bool {
        self.has_key(key(word, false))
    }

    /// The word is in the vocabulary, or was stretched and is one of its words squeezed.
    #[inline]
    pub(super) fn reads(&self, word: Keys) -> bool {
        self.has_key(word.exact) || word.squeezed.is_some_and(|k| self.has_key(k))
    }

    #[inline]
    fn has_key(&self, k: u64) -> bool {
        self.filter.may_hold(k) && self.keys.contains(&k)
    }
}

/// Words each tagged with bits, looked up like a [`Vocabulary`]'s: which of a rule's shapes a
/// word lets match (a shape without one of its words in a clause cannot).
pub(in crate::rules) struct Tagged {
    tags: HashMap<u64, u128, BuildHasherDefault<MixedHash>>,
    filter: KeyFilter,
}

impl Tagged {
    /// Word `w` with tag bit `b` (below 128) for each `(w, b)`.
    ///
    /// # Panics
    ///
    /// On a bit of 128 or more: a 129th shape would share the first one's bit, silently in a
    /// release build, and go unread where the first is not possible.
    pub(in crate::rules) fn new(words: impl IntoIterator<Item = (&'static str, u32)>) -> Tagged {
        let mut tags: HashMap<u64, u128, _> = HashMap::default();
        for (w, bit) in words {
            assert!(
                bit < u128::BITS,
                "tag bit {bit} for {w:?}: 128 tags at most"
            );
            for k in keys_of(w) {
                *tags.entry(k).or_default() |= 1 << bit;
            }
        }
        let filter = KeyFilter::of(tags.keys());
        Tagged { tags, filter }
    }

    /// The tags of a word of a text, of its squeezed form's too when it was stretched.
    #[inline]
    pub(super) fn of(&self, word: Keys) -> u128 {
        self.get(word.exact) | word.squeezed.map_or(0, |k| self.get(k))
    }

    #[inline]
    fn get(&self, k: u64) -> u128 {
        if self.filter.may_hold(k) {
            self.tags.get(&k).copied().unwrap_or_default()
        } else {
            0
        }
    }
}

/// Word sequences a text is searched for all at once (`Reading::has_any_seq`): each one's
/// first word's key, computed once, and a filter of those keys.
pub(in crate::rules) struct Sequences {
    seqs: &'static [&'static [&'static str]],
    firsts: Vec<u64>,
    filter: KeyFilter,
}

impl Sequences {
    /// # Panics
    ///
    /// On an empty sequence.
    pub(in crate::rules) fn new(seqs: &'static [&'static [&'static str]]) -> Sequences {
        let firsts: Vec<u64> = seqs.iter().map(|seq| key(seq[0], false)).collect();
        let filter = KeyFilter::of(&firsts);
        Sequences {
            seqs,
            firsts,
            filter,
        }
    }

    /// Every sequence.
    pub(in crate::rules) fn all(&self) -> impl Iterator<Item = &'static [&'static str]> + '_ {
        self.seqs.iter().copied()
    }

    /// The first word of every sequence.
    pub(in crate::rules) fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.all().map(|seq| seq[0])
    }

    /// The sequences whose first word has key `k`.
    #[inline]
    pub(super) fn starting_with(
        &self,
        k: u64,
    ) -> impl Iterator<Item = &'static [&'static str]> + '_ {
        let may = self.filter.may_hold(k);
        self.firsts
            .iter()
            .zip(self.seqs)
            .filter(move |&(&first, _)| may && first == k)
            .map(|(_, &seq)| seq)
    }
}

/// `word` with each run of a letter cut to one. By characters, unlike the classifier's
/// `word_classes::squeezed`, which works on bytes and so leaves Cyrillic runs (`убьюююю`)
/// as they are.
fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// A set of words, written as one string (split on whitespace) and hashed on first use.
pub(in crate::rules) struct Lexicon {
    list: &'static str,
    vocabulary: OnceLock<Vocabulary>,
}

impl Lexicon {
    pub(in crate::rules) const fn new(list: &'static str) -> Lexicon {
        Lexicon {
            list,
            vocabulary: OnceLock::new(),
        }
    }

    pub(in crate::rules) fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| self.iter().collect())
    }

    pub(in crate::rules) fn contains(&self, word: &str) -> bool {
        self.vocabulary().contains(word)
    }

    pub(in crate::rules) fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.list.split_whitespace()
    }

    /// The words of all of `lexicons`, in turn: what a rule's cues are built from.
    pub(in crate::rules) fn all_of<'a>(
        lexicons: &'a [&'static Lexicon],
    ) -> impl Iterator<Item = &'static str> + 'a {
        lexicons.iter().flat_map(|l| l.iter())
    }
}

/// What [`Clause::is`] looks words up in: a [`Lexicon`] or [`Vocabulary`], which also read
/// stretched words, or a few words inline, which are matched as written.
pub(in crate::rules) trait WordSet {
    fn has(&self, word: &str, keys: Keys) -> bool;
}

impl WordSet for Vocabulary {
    fn has(&self, _: &str, keys: Keys) -> bool {
        self.reads(keys)
    }
}

impl WordSet for Lexicon {
    fn has(&self, _: &str, keys: Keys) -> bool {
        self.vocabulary().reads(keys)
    }
}

impl<const N: usize> WordSet for [&str; N] {
    fn has(&self, word: &str, _: Keys) -> bool {
        self.contains(&word)
    }
}

impl WordSet for [&str] {
    fn has(&self, word: &str, _: Keys) -> bool {
        self.contains(&word)
    }
}
