//! The classifier's features: what a text becomes before the weights are read. Shared by
//! scoring, explanations and training, so that the three always see the same features.
//!
//! Per word of the [`Normalized`] text (words the F-word rules own are skipped, and their
//! neighbours are not paired across them): the word, the pair with the previous word, the
//! character 4- and 5-grams, and when the word is in the [`WordClasses`] table its class, the
//! class beside the previous word and the previous word's class. A name of a group of people
//! (the [`IDENTITY`] class) is one word for all of them, without character grams. Inside a
//! negation or a report ([`Scope`]) the word-level ones are hashed apart. A word counts at most
//! twice a text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::known::{KnownWord, KnownWords};
use crate::normalize::{function_word, FunctionWord, Normalized};
use crate::word_classes::{squeezed, WordClasses, IDENTITY};

/// The word feature every name of a group of people is read as.
const IDENTITY_WORD: u64 = 0x1d3e_9a7c_55b0_2f41;

/// Character n-gram lengths (in characters: bytes for ASCII). Shorter grams (`mor`, `hos`)
/// spread the weight of `moron` and `hoes` onto "Morale" and "hospital"; see
/// docs/benchmarks.md for the sweep.
const MIN_GRAM: usize = 4;
const MAX_GRAM: usize = 5;
/// The same for words that are not ASCII (Cyrillic, after normalization), counted in
/// characters, from 3: Russian inflects on short endings, and 3-grams lifted held-out Russian
/// ROC AUC from 0.930 to 0.937 (from 2: 0.938; up to 6: 0.936) without moving English.
const MIN_GRAM_WIDE: usize = 3;
const MAX_GRAM_WIDE: usize = 5;

/// The FxHash step: fast, and the same on every platform so the model is portable.
#[inline(always)]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[inline(always)]
fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| mix(h, u64::from(b)))
}

/// The hash of a word's feature (the word padded with spaces), which also keys
/// [`WordClasses`].
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    mix(hash_bytes(mix(1, u64::from(b' ')), word), u64::from(b' '))
}

/// Calls `f(word_index, hash)` for every feature of the text, leaving out the words whose
/// normalized chars fall inside one of the `skip` ranges.
///
/// A word read [`MAX_REPEATS`] times already is skipped with its features: `no no no ...`
/// three hundred times is the text `no no`, not three hundred times the evidence of it
/// (summed and scaled by the square root of their count, repeated features would otherwise
/// push any score towards 0 or 1 as the text grows: that refused such a text as abusive 0.97).
///
/// A word with a [`WordClasses`] class also gives its class, and the class beside the previous
/// word and its class: `are` + (class of `rats`), (class of `kill`) + `you`.
///
/// A Russian or Turkish text then gives every feature again, in its language's own space (see
/// [`Language`]). The language is known only once every word is read, so those texts are read
/// twice: English ones, most of them, once, with nothing kept.
pub(super) fn for_each_feature(
    n: &Normalized,
    skip: &[Range<usize>],
    classes: &WordClasses,
    out: &mut impl Features,
) {
    let language = read_features(n, skip, classes, &mut Shared(&mut *out));
    if let Some(salt) = language.salt(n.has_turkish_letters()) {
        read_features(n, skip, classes, &mut |wi, h| {
            out.feature(wi, own_space(salt, h))
        });
    }
}

/// The lowest bit of a feature's hash says which space it is in: clear for the space every
/// language shares, set for a language's own. The two spaces have buckets of their own, so
/// that a text is never scored by a weight learnt for another language's own features:
/// Turkish `aq`, the model's heaviest abusive weight, once shared a bucket with "the" +
/// "apartment", and "The apartment was quiet." was held at 0.89.
const OWN_SPACE: u64 = 1;

/// A feature's hash in the space every language shares.
#[inline(always)]
pub(super) fn shared_space(h: u64) -> u64 {
    h & !OWN_SPACE
}

/// A feature's hash in the own space of the language salted `salt`.
#[inline(always)]
fn own_space(salt: u64, h: u64) -> u64 {
    mix(salt, h) | OWN_SPACE
}

/// How many buckets a model of `bits` has: 2^bits for the shared space, half as many for the
/// languages' own spaces together (Russian and Turkish are read from ~60,000 rows, English
/// from the rest).
pub(super) fn buckets(bits: u32) -> usize {
    (1 << bits) + (1 << (bits - 1))
}

/// The bucket of a feature's hash, among [`buckets`]`(bits)`.
#[inline(always)]
pub(super) fn bucket(bits: u32, h: u64) -> usize {
    if h & OWN_SPACE == 0 {
        (h >> (64 - bits)) as usize
    } else {
        (1 << bits) + (h >> (65 - bits)) as usize
    }
}

/// The features of the shared space: every hash with its space's bit cleared.
struct Shared<'a, F>(&'a mut F);

impl<F: Features> Features for Shared<'_, F> {
    fn feature(&mut self, word: usize, hash: u64) {
        self.0.feature(word, shared_space(hash));
    }

    fn known(&self) -> Option<&KnownWords> {
        self.0.known()
    }

    fn summed(&mut self, word: usize, known: &KnownWord) {
        self.0.summed(word, known);
    }
}

/// What takes the features of a text: each feature's hash with the index of its word, and,
/// for a taker that knows the vocabulary's words, the character grams of each of them summed.
pub(super) trait Features {
    fn feature(&mut self, word: usize, hash: u64);

    /// The words whose grams this taker takes summed ([`Features::summed`]), if any.
    fn known(&self) -> Option<&KnownWords> {
        None
    }

    /// Takes the character grams of word `word`, one of [`Features::known`], summed.
    fn summed(&mut self, _word: usize, _known: &KnownWord) {}
}

impl<F: FnMut(usize, u64)> Features for F {
    fn feature(&mut self, word: usize, hash: u64) {
        self(word, hash);
    }
}

/// Calls `f` with the hash of every character 4- and 5-gram of an ASCII word padded with
/// spaces: all those starting at one position from one running hash, five multiplications a
/// position instead of fourteen.
pub(super) fn ascii_grams(padded: &[u8], mut f: impl FnMut(u64)) {
    for start in 0..padded.len() - 1 {
        let mut h = mix(3, u64::from(padded[start]));
        for (len, &b) in (2..).zip(&padded[start + 1..padded.len().min(start + MAX_GRAM)]) {
            h = mix(h, u64::from(b));
            if len >= MIN_GRAM {
                f(h);
            }
        }
    }
}

/// Whether word `wi` is what a contraction leaves after its apostrophe (`s`, `d`, `m`, `ll`,
/// `re`, `ve`): a piece of the same chunk as the word before it.
fn contraction_piece(n: &Normalized, wi: usize) -> bool {
    let words = n.words();
    wi > 0
        && words[wi].chunk == words[wi - 1].chunk
        && matches!(n.word_as_read(wi), "s" | "d" | "m" | "ll" | "re" | "ve")
}

/// The features of [`for_each_feature`] in the shared space, and what the words say of the
/// text's language.
fn read_features(
    n: &Normalized,
    skip: &[Range<usize>],
    classes: &WordClasses,
    out: &mut impl Features,
) -> Language {
    let mut language = Language::default();
    let mut word = Vec::with_capacity(32);
    let mut short = Vec::with_capacity(32);
    let mut bounds = Vec::new();
    let mut prev_word_hash: Option<u64> = None;
    let mut prev_class: Option<u64> = None;
    let mut scope = Scope::default();
    // (One look for `değil` in the whole text, not one a word.)
    let turkish_denial = n.reads_somewhere("degil");
    let mut seen: HashMap<u64, u8, BuildHasherDefault<MixedHash>> =
        HashMap::with_capacity_and_hasher(n.words().len(), BuildHasherDefault::default());
    for (wi, w) in n.words().iter().enumerate() {
        if skip
            .iter()
            .any(|s| s.start <= w.chars.start && w.chars.end <= s.end)
        {
            // The words on either side of a skipped one are not neighbours: "what the f*ck
            // is this" must not teach that "the is" is obscene.
            prev_word_hash = None;
            prev_class = None;
            continue;
        }
        // The piece a contraction leaves after its apostrophe (`she's` is `she`, `s`; `she'd`,
        // `she`, `d`) is grammar, not evidence: read as a word, `s` carried "She's lovely." to
        // obscene 0.90. Left out, and its neighbours paired across it (`n't`'s `t` stays: it
        // opens a negation).
        if contraction_piece(n, wi) {
            continue;
        }
        // Padded with spaces so that n-grams know where the word starts and ends.
        word.clear();
        word.push(b' ');
        word.extend_from_slice(n.word_as_read(wi).as_bytes());
        word.push(b' ');
        if word.len() == 2 {
            continue;
        }
        language.read(&word[1..word.len() - 1]);
        let mut word_hash = hash_bytes(1, &word);
        // A word that is not in the vocabulary as read (stretches cut to two letters) is read,
        // n-grams and all, with its stretched letters once (`moooron` as `moron`, while
        // `tooo` stays `too`), or, if it has no stretch, as the known word it squeezes to
        // (`yoou`).
        // A known word's entry holds its class: one look-up for both.
        let known = out
            .known()
            .and_then(|known| known.get(word_hash, &word[1..word.len() - 1]))
            .copied();
        let mut class = match known {
            Some(known) => Some(known.class),
            None => classes.class_of(word_hash),
        };
        if class.is_none() {
            short.clear();
            let read_as_short = if n.unstretched_word(wi, &mut short) {
                true
            } else if let Some(squeezed) = squeezed(&word[1..word.len() - 1])
                .filter(|squeezed| classes.knows(self::word_hash(squeezed)))
            {
                short = squeezed;
                true
            } else {
                false
            };
            if read_as_short {
                word.truncate(1);
                word.extend_from_slice(&short);
                word.push(b' ');
                word_hash = self::word_hash(&short);
            }
            class = classes.get(word_hash, &word[1..word.len() - 1]);
        }
        let mut class = class.map(u64::from);
        // A word naming a group of people is read as "a group of people": no group's name is
        // evidence, and what is learnt of a frame carries to every group.
        let identity = class == Some(u64::from(IDENTITY));
        if identity {
            word_hash = IDENTITY_WORD;
            class = None;
        }
        let times = seen.entry(word_hash).or_insert(0);
        if *times >= MAX_REPEATS {
            continue;
        }
        *times += 1;
        // Word-level features inside a negation or a report are other features: "are vermin"
        // after "not" or "saying" is not the "are vermin" of a slur. Turkish denies after
        // the word (`Kürtler hain değil`, "Kurds are not traitors"; not `..., değil mi?`,
        // "aren't they?").
        let word_after = |k: usize| (wi + k < n.words().len()).then(|| n.word_as_read(wi + k));
        let denied_after = turkish_denial
            && word_after(1).is_some_and(|w| w.starts_with("degil"))
            && word_after(2) != Some("mi");
        let tag = if denied_after { NEGATION } else { scope.tag() };
        let mut word_feature =
            |h: u64| out.feature(wi, if tag == 0 { h } else { mix(mix(8, tag), h) });
        word_feature(word_hash);
        if let Some(p) = prev_word_hash {
            word_feature(mix(mix(2, p), word_hash));
        }
        if let Some(c) = class {
            word_feature(mix(4, c));
            if let Some(p) = prev_word_hash {
                word_feature(mix(mix(5, p), c));
            }
        }
        if let Some(pc) = prev_class {
            word_feature(mix(mix(6, pc), word_hash));
            if let Some(c) = class {
                word_feature(mix(mix(7, pc), c));
            }
        }
        prev_word_hash = Some(word_hash);
        prev_class = class;
        scope.after(&word[1..word.len() - 1]);
        if identity {
            continue;
        }
        if let Some(known) = known {
            out.summed(wi, &known);
        } else if word.is_ascii() {
            ascii_grams(&word, |h| out.feature(wi, h));
        } else {
            // Grams counted in characters, so that a Cyrillic gram (two bytes a letter) spans
            // as many letters as a Latin one.
            bounds.clear();
            bounds.extend((0..word.len()).filter(|&i| (word[i] as i8) >= -0x40));
            bounds.push(word.len());
            for start in 0..bounds.len() - 2 {
                let mut h = 3;
                for (len, end) in (1..).zip(&bounds[start + 1..]) {
                    if len > MAX_GRAM_WIDE {
                        break;
                    }
                    let from = bounds[start + len - 1];
                    h = word[from..*end]
                        .iter()
                        .fold(h, |h, &b| mix(h, u64::from(b)));
                    if len >= MIN_GRAM_WIDE {
                        out.feature(wi, h);
                    }
                }
            }
        }
    }
    language
}

/// What a text's words say of its language. Russian and Turkish texts get every feature
/// twice: once as it is, shared with the other languages, and once in a space of their own,
/// whose weights are learnt from that language alone. Turkish, folded to Latin letters, shares
/// grams with English that mean other things there (`sik`, `amk`), and each language's own
/// copy lets its function words weigh as that language's data says.
#[derive(Clone, Copy, Debug, Default)]
struct Language {
    cyrillic: u32,
    latin: u32,
    english: u32,
    turkish: u32,
}

const RUSSIAN_SALT: u64 = 0x5275_7373_6961_6e00;
const TURKISH_SALT: u64 = 0x5475_726b_6973_6800;

impl Language {
    /// Counts one word (as the classifier reads it, unpadded).
    fn read(&mut self, word: &[u8]) {
        match word.first() {
            // The lead bytes of U+0400..U+04FF.
            Some(0xd0..=0xd3) => self.cyrillic += 1,
            Some(b) if b.is_ascii_alphabetic() => {
                self.latin += 1;
                match function_word(word) {
                    Some(FunctionWord::English) => self.english += 1,
                    Some(FunctionWord::Turkish) => self.turkish += 1,
                    None => {}
                }
            }
            _ => {}
        }
    }

    /// The salt of the text's own copy of its features, `None` for a text in neither
    /// language. Mostly Cyrillic words: Russian. A letter only Turkish has and no more English
    /// function words than Turkish ones, or more Turkish function words than English ones (two
    /// at least, or one in a text of six words or fewer): Turkish. On the training sets this
    /// reads 96% of the Turkish tweets as Turkish and 0.07% of the English comments.
    fn salt(&self, turkish_letters: bool) -> Option<u64> {
        if self.cyrillic > self.latin {
            Some(RUSSIAN_SALT)
        } else if (turkish_letters && self.turkish >= self.english)
            || (self.turkish > self.english && (self.turkish >= 2 || self.latin <= 6))
        {
            Some(TURKISH_SALT)
        } else {
            None
        }
    }
}

/// The negation or report that the next few words are read in: "not", "never", `n't` open a
/// negation, "saying", "calling", "said" a report (counter-speech quotes what it condemns:
/// "saying X are vermin is disgusting"), and their Russian counterparts ("не", "называть");
/// "but" ("а", "но" in Russian) ends it. Four words long, the usual reach of such a scope in
/// comments, where punctuation is unreliable.
#[derive(Clone, Copy, Debug, Default)]
struct Scope {
    kind: u64,
    left: u8,
}

impl Scope {
    const REACH: u8 = 4;

    /// 0 outside any scope, else which scope the current word is in.
    fn tag(&self) -> u64 {
        if self.left > 0 {
            self.kind
        } else {
            0
        }
    }

    /// Moves past one word (as the classifier reads it, unpadded).
    fn after(&mut self, word: &[u8]) {
        match turn(word) {
            Turn::Open(kind) => {
                *self = Scope {
                    kind,
                    left: Self::REACH,
                }
            }
            // "not people but parasites": what follows the contrast is said, not denied.
            Turn::Close => *self = Scope::default(),
            Turn::Pass => self.left = self.left.saturating_sub(1),
        }
    }
}

/// What a word does to the [`Scope`] it is read in.
#[derive(Clone, Copy, Debug)]
enum Turn {
    /// Opens a negation ([`NEGATION`]) or a report ([`REPORT`]).
    Open(u64),
    /// Ends the scope.
    Close,
    Pass,
}

const NEGATION: u64 = 1;
const REPORT: u64 = 2;

fn turn(word: &[u8]) -> Turn {
    if word.is_ascii() {
        return match word {
            b"not" | b"no" | b"never" | b"t" | b"nobody" | b"nothing" | b"without" | b"stop"
            | b"nor" | b"neither" => Turn::Open(NEGATION),
            b"saying" | b"say" | b"said" | b"says" | b"calling" | b"call" | b"called"
            | b"calls" | b"claim" | b"claims" | b"claiming" | b"accused" | b"accusing"
            | b"quote" | b"quoted" | b"denied" | b"deny" | b"denies" => Turn::Open(REPORT),
            b"but" => Turn::Close,
            _ => Turn::Pass,
        };
    }
    RUSSIAN
        .iter()
        .find(|(w, _)| w.as_bytes() == word)
        .map_or(Turn::Pass, |(_, turn)| *turn)
}

/// The Russian words of [`turn`] (Cyrillic words are kept Cyrillic by normalization).
const RUSSIAN: [(&str, Turn); 23] = [
    ("не", Turn::Open(NEGATION)),
    ("нет", Turn::Open(NEGATION)),
    ("ни", Turn::Open(NEGATION)),
    ("никогда", Turn::Open(NEGATION)),
    ("никто", Turn::Open(NEGATION)),
    ("ничего", Turn::Open(NEGATION)),
    ("без", Turn::Open(NEGATION)),
    ("хватит", Turn::Open(NEGATION)),
    ("называть", Turn::Open(REPORT)),
    ("называет", Turn::Open(REPORT)),
    ("называют", Turn::Open(REPORT)),
    ("называя", Turn::Open(REPORT)),
    ("говорить", Turn::Open(REPORT)),
    ("говорит", Turn::Open(REPORT)),
    ("говорят", Turn::Open(REPORT)),
    ("сказал", Turn::Open(REPORT)),
    ("сказала", Turn::Open(REPORT)),
    ("пишет", Turn::Open(REPORT)),
    ("пишут", Turn::Open(REPORT)),
    ("якобы", Turn::Open(REPORT)),
    ("а", Turn::Close),
    ("но", Turn::Close),
    ("однако", Turn::Close),
];

/// How many times one word counts in a text.
const MAX_REPEATS: u8 = 2;

/// The hasher for word hashes that are already mixed: it keeps them as they are.
#[derive(Default)]
pub(crate) struct MixedHash(u64);

impl Hasher for MixedHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::fword_ranges;

    fn features(text: &str) -> Vec<u64> {
        features_with(text, &WordClasses::default())
    }

    fn features_with(text: &str, classes: &WordClasses) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_feature(&Normalized::new(text), &[], classes, &mut |_, h| {
            out.push(h)
        });
        out
    }

    #[test]
    fn r14_words_in_a_negation_or_a_report_are_other_features() {
        let vermin = shared_space(word_hash(b"vermin"));
        assert!(features("they are vermin").contains(&vermin));
        assert!(!features("they are not vermin").contains(&vermin));
        assert!(!features("saying they are vermin is vile").contains(&vermin));
        assert!(
            features("not one two three four they are vermin").contains(&vermin),
            "the scope ends after four words"
        );
    }

    #[test]
    fn r14_a_contrast_ends_the_scope_and_russian_opens_one() {
        let parasites = shared_space(word_hash(b"parasites"));
        assert!(!features("they are not people parasites").contains(&parasites));
        assert!(
            features("they are not people but parasites").contains(&parasites),
            "what follows `but` is said, not denied"
        );
        let russian = shared_space(word_hash("паразиты".as_bytes()));
        assert!(features("мигранты паразиты").contains(&russian));
        assert!(!features("мигранты не паразиты").contains(&russian));
        assert!(!features("называть мигрантов паразиты").contains(&russian));
        assert!(features("мигранты не люди, а паразиты").contains(&russian));
        let traitor = shared_space(word_hash(b"hain"));
        let has = |text: &str| features(text).contains(&traitor);
        assert!(has("kurtler hain"));
        assert!(!has("kurtler hain degil"), "Turkish denies after the word");
        assert!(has("kurtler hain degil mi"), "a question tag affirms");
    }

    #[test]
    fn words_around_a_skipped_word_are_not_a_bigram() {
        let text = "what the fuck is this";
        let n = Normalized::new(text);
        let mut skipping = Vec::new();
        for_each_feature(
            &n,
            &fword_ranges(text, &n),
            &WordClasses::default(),
            &mut |_, h| skipping.push(h),
        );
        let the_is = shared_space(mix(mix(2, word_hash(b"the")), word_hash(b"is")));
        assert!(!skipping.contains(&the_is));
        assert!(features("the is").contains(&the_is));
    }

    #[test]
    fn r14_a_stretched_word_is_read_as_the_word_meant() {
        let classes = WordClasses::parse("too 1\nto 2\n").expect("table");
        let with = |text: &str| features_with(text, &classes);
        for (written, read_as, same, why) in [
            ("moooron", "moron", true, "unknown: the stretch read once"),
            ("tooo", "too", true, "known with the stretch read twice"),
            ("tto", "to", true, "no stretch: squeezed to a known word"),
            ("mooron", "moron", false, "no stretch, not known squeezed"),
        ] {
            assert_eq!(with(written) == with(read_as), same, "{written}: {why}");
        }
    }

    #[test]
    fn r14_a_contraction_s_piece_is_no_feature() {
        // `she's` is `she`, `s`: the `s` gives nothing, and `she` pairs with what follows.
        assert_eq!(features("She's lovely."), features("She lovely."));
        assert_eq!(features("she'd go"), features("she go"));
        // `n't` keeps its `t`, which opens a negation; a lone letter is a word.
        assert_ne!(features("don't kill"), features("don kill"));
        assert_ne!(features("plan s"), features("plan"));
    }

    #[test]
    fn r14_a_word_counts_twice_at_most() {
        assert_eq!(features(&"no ".repeat(300)), features("no no"));
    }

    #[test]
    fn r14_names_of_groups_of_people_are_one_word() {
        let classes = WordClasses::parse("vermin 3\n")
            .and_then(|c| c.with_identities("# groups\nkurds turks\nкурды турки\n"))
            .expect("tables");
        let with = |text: &str| features_with(text, &classes);
        assert_eq!(with("Kurds are vermin"), with("Turks are vermin"));
        assert_eq!(
            with("I stand with the Kurds"),
            with("I stand with the Turks")
        );
        assert_ne!(
            with("Kurds are vermin"),
            with("Poles are vermin"),
            "not in the list"
        );
        assert!(!with("Kurds are vermin").contains(&shared_space(word_hash(b"kurds"))));
    }

    fn language(text: &str) -> Option<u64> {
        let n = Normalized::new(text);
        let mut language = Language::default();
        for i in 0..n.words().len() {
            language.read(n.word_as_read(i).as_bytes());
        }
        language.salt(n.has_turkish_letters())
    }

    #[test]
    fn r14_russian_and_turkish_texts_are_told_apart_from_english() {
        assert_eq!(language("Пошёл вон отсюда, урод"), Some(RUSSIAN_SALT));
        assert_eq!(language("Ты дурак, ok?"), Some(RUSSIAN_SALT));
        assert_eq!(language("Bu ne biçim iş"), Some(TURKISH_SALT));
        assert_eq!(
            language("bu adam cok kotu ve yalanci"),
            Some(TURKISH_SALT),
            "without a Turkish letter, by its function words"
        );
        assert_eq!(language("Sıkıntı"), Some(TURKISH_SALT));
        for english in [
            "Erdoğan is a dictator and his government is corrupt",
            "I've read it, and the minister is wrong",
            "Ben and Mia went to the market",
            "",
        ] {
            assert_eq!(language(english), None, "{english}");
        }
    }

    #[test]
    fn r14_a_russian_text_gets_each_feature_again_in_its_own_space() {
        let english = features("they are parasites");
        assert!(
            english
                .iter()
                .all(|&h| !english.contains(&own_space(RUSSIAN_SALT, h))
                    && !english.contains(&own_space(TURKISH_SALT, h))),
            "an English text has one copy"
        );
        assert!(english.iter().all(|&h| h & OWN_SPACE == 0));
        let russian = features("они паразиты");
        let (shared, own) = russian.split_at(russian.len() / 2);
        assert!(shared.iter().all(|&h| h & OWN_SPACE == 0));
        assert!(own.iter().all(|&h| h & OWN_SPACE == OWN_SPACE));
        let bits = 20;
        assert!(shared.iter().all(|&h| bucket(bits, h) < 1 << bits));
        assert!(own
            .iter()
            .all(|&h| (1 << bits..buckets(bits)).contains(&bucket(bits, h))));
    }
}
