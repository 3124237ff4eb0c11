//! The character grams of the shipped vocabulary's words, summed per label once the weights
//! are known: a word of it costs the classifier one look-up instead of one for each of its
//! grams (eight to twelve), and the table of weights, far larger than a processor's cache, is
//! read that many times less. The sums are the very integers the grams add one by one, so
//! scores are the same to the bit.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::{ascii_grams, shared_space, word_hash, MixedHash};
use super::{Classifier, N_LABELS};
use crate::word_classes::{entries, Class, IDENTITY, VOCABULARY};

#[derive(Clone, Debug, Default)]
pub(super) struct KnownWords {
    /// The words, one after another.
    text: String,
    by_hash: HashMap<u64, KnownWord, BuildHasherDefault<MixedHash>>,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct KnownWord {
    /// Where the word is in [`KnownWords::text`].
    start: u32,
    end: u32,
    pub(super) class: Class,
    /// How many grams the word has, and what they add to each label's weighted sum (at
    /// most a few dozen weights of 16 bits: far inside 32).
    pub(super) grams: u16,
    pub(super) sums: [i32; N_LABELS],
}

impl KnownWords {
    /// The vocabulary's words that `classifier` knows as words of their own (its word classes
    /// hold them; not names of groups of people, which have no grams).
    pub(super) fn of(classifier: &Classifier) -> KnownWords {
        let mut known = KnownWords::default();
        let mut padded = Vec::with_capacity(32);
        // A line of the shipped table that could not be read would only leave its word to be
        // read gram by gram (a test counts the words summed).
        for (word, _) in entries(VOCABULARY).flatten() {
            let hash = word_hash(word.as_bytes());
            let Some(class) = classifier.classes.class_of(hash).filter(|&c| c != IDENTITY) else {
                continue;
            };
            padded.clear();
            padded.push(b' ');
            padded.extend_from_slice(word.as_bytes());
            padded.push(b' ');
            let mut sums = [0i64; N_LABELS];
            let mut grams = 0;
            ascii_grams(&padded, |h| {
                classifier.add_weights(shared_space(h), &mut sums);
                grams += 1;
            });
            let start = known.text.len() as u32;
            known.text.push_str(word);
            let end = known.text.len() as u32;
            known.by_hash.insert(
                hash,
                KnownWord {
                    start,
                    end,
                    class,
                    grams,
                    sums: sums
                        .map(|s| i32::try_from(s).expect("a word's grams sum within 32 bits")),
                },
            );
        }
        known
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.by_hash.len()
    }

    /// The word with this `word_hash`, if it is one of the known words (its letters compared,
    /// so that another word with the same hash is never read as it).
    pub(super) fn get(&self, hash: u64, word: &[u8]) -> Option<&KnownWord> {
        self.by_hash
            .get(&hash)
            .filter(|k| &self.text.as_bytes()[k.start as usize..k.end as usize] == word)
    }
}
